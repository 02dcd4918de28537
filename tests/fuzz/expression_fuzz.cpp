// core/expression: the derived-figure formulas a template (possibly a shared folder's) carries.
// The first byte chooses: the formula as given, or the formula joined with itself by '+' or '*'
// until it is up to 1 MB long (a template file has no size limit). Properties: errors name a
// column inside the formula; a parsed formula reads each key once, keys that occur in it;
// evaluation is deterministic and finite or an error; "(f)" and "f " mean what f means and
// "-(f)" its negation.
#include "core/figures/expression.hpp"
#include "fuzz_support.hpp"

#include <cmath>
#include <cstring>

using namespace baocao;
using fuzz::quote;

namespace {

// A value for every key but some, from a hash of its name: zeros, negatives, fractions, huge.
std::optional<double> valueOf(std::string_view key) {
  std::uint32_t h = 2166136261u;
  for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  switch (h % 8) {
    case 0: return std::nullopt;
    case 1: return 0.0;
    case 2: return -static_cast<double>(h % 1000);
    case 3: return 1e300;
    case 4: return static_cast<double>(h % 100) / 7.0;
    default: return static_cast<double>(h % 100000);
  }
}

struct Outcome {
  bool ok = false;
  double value = 0;
};

Outcome evaluate(const core::Expression& e) {
  auto v = e.evaluate(valueOf);
  if (!v) return {};
  FUZZ_CHECK(std::isfinite(*v));
  return {true, *v};
}

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

bool tooDeep(const core::Result<core::Expression>& r) {
  return !r && (r.error().message.en().find("nests too deeply") != std::string::npos ||
                r.error().message.en().find("too long") != std::string::npos);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string formula(fuzz::bytes(data + 1, size - 1));
  if (data[0] >= 0xF0 && !formula.empty()) {  // a long formula: the same one, again and again
    const char op = data[0] & 1 ? '*' : '+';
    const int k = std::min((data[0] >> 1) & 7, 5);
    const std::size_t target = std::size_t{1} << (10 + 2 * k);  // 1 KB, 4 KB … 1 MB
    while (formula.size() < target) formula += op + formula;  // doubling: cheap to build
  }

  const auto parsed = core::Expression::parse(formula);
  if (!parsed) {
    const std::string m = parsed.error().message.en();
    FUZZ_CHECK_MSG(m.rfind("column ", 0) == 0, m);
    const std::size_t column = std::stoul(m.substr(7));
    FUZZ_CHECK_MSG(column >= 1 && column <= formula.size() + 1, m);
    return 0;
  }
  const core::Expression& e = *parsed;
  FUZZ_CHECK(e.text() == formula);
  for (std::size_t i = 0; i < e.keys().size(); ++i) {
    const std::string& k = e.keys()[i];
    FUZZ_CHECK(!k.empty() && k[0] >= 'a' && k[0] <= 'z' && formula.find(k) != std::string::npos);
    FUZZ_CHECK(std::find(e.keys().begin() + static_cast<std::ptrdiff_t>(i) + 1, e.keys().end(), k) == e.keys().end());
  }
  const Outcome first = evaluate(e);
  const Outcome second = evaluate(e);
  FUZZ_CHECK(first.ok == second.ok && (!first.ok || sameBits(first.value, second.value)));

  if (formula.size() > 4096) return 0;  // the variants below are for short formulas
  const auto spaced = core::Expression::parse(formula + " ");
  FUZZ_CHECK(spaced && spaced->keys() == e.keys() && spaced->shape() == e.shape());
  const auto wrapped = core::Expression::parse("(" + formula + ")");
  if (!tooDeep(wrapped)) {
    FUZZ_CHECK_MSG(wrapped.has_value(), quote(formula));
    FUZZ_CHECK(wrapped->keys() == e.keys());
    const Outcome w = evaluate(*wrapped);
    FUZZ_CHECK_MSG(w.ok == first.ok && (!w.ok || sameBits(w.value, first.value)), quote(formula));
  }
  const auto negated = core::Expression::parse("-(" + formula + ")");
  if (!tooDeep(negated)) {
    FUZZ_CHECK_MSG(negated.has_value(), quote(formula));
    const Outcome n = evaluate(*negated);
    FUZZ_CHECK_MSG(n.ok == first.ok && (!n.ok || sameBits(n.value, -first.value)), quote(formula));
  }
  return 0;
}
