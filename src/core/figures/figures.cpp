#include "core/figures/figures.hpp"

#include "core/figures/expression.hpp"

#include <boost/json.hpp>

#include <array>
#include <cstdint>
#include <set>

namespace baocao::core {
namespace bj = boost::json;

namespace {

std::optional<double> numberOf(const CellValue& v) {
  if (v.kind == CellValue::Kind::Number) return v.number;
  if (v.kind == CellValue::Kind::Text) return parseVietnameseNumber(v.text);
  return std::nullopt;
}

class Resolver {
 public:
  Resolver(const std::vector<FigureSlot>& slots, const DataSet& data) : data_(data) {
    for (const auto& s : slots) slots_.emplace(s.key, &s);
  }

  FigureValue resolve(const FigureSlot& slot) {
    FigureValue v{slot.key, slot.label, {}, FigureValue::Status::Ok, {}, {}, {}};
    DataRow computed;
    const DataRow* row = &computed;
    if (!slot.formula.empty() || slot.earlier != Earlier::None || slot.type == FigureType::Change) {
      v.cell = slot.formula.empty() ? slot.key : slot.formula;
      v.source = !slot.formula.empty() ? "= " + slot.formula
                 : slot.type == FigureType::Change ? "= " + slot.of + " / " + slot.against
                                                   : slot.of + " (" + earlierPeriod(data_, slot.earlier).value_or("?") + ")";
      auto n = number(slot.key);
      if (!n) return fail(std::move(v), FigureValue::Status::Missing, n.error().message);
      computed.value = CellValue{CellValue::Kind::Number, *n, {}};
      computed.cell = slot.key + " = " + slot.formula;
    } else {
      const auto it = data_.rows.find(slot.key);
      if (it == data_.rows.end())
        return fail(std::move(v), FigureValue::Status::Missing, say(MessageId::FigureNoRow, {data_.file, slot.key}));
      row = &it->second;
      v.cell = row->cell;
      v.source = row->source;
    }
    auto text = formatFigure(slot, *row);
    if (!text)
      return fail(std::move(v), FigureValue::Status::Invalid, Message::verbatim(data_.file + ": ") + text.error().message);
    v.text = *text;
    return v;
  }

 private:
  static FigureValue fail(FigureValue v, FigureValue::Status status, Message problem) {
    v.status = status;
    v.problem = std::move(problem);
    v.text = missingMarker(v.key);
    return v;
  }

  // The value of a key: from its data row, or computed from its formula; in `period` when given
  // (an earlier figure's), else in the current one.
  Result<double> number(const std::string& key, const std::optional<std::string>& period = std::nullopt) {
    const auto slot = slots_.find(key);
    const FigureSlot* s = slot == slots_.end() ? nullptr : slot->second;
    if (s != nullptr && (s->earlier != Earlier::None || s->type == FigureType::Change)) {
      if (!visiting_.insert(key).second) return Error{say(MessageId::FigureDependsOnItself, {key})};
      Result<double> out = Error{};
      if (s->earlier != Earlier::None) {
        // the earlier period's value of `of`; a file of one period may give it under its own key
        // (the totals baocao collect writes)
        const auto earlier = earlierPeriod(data_, s->earlier);
        const auto own = data_.rows.find(key);
        if (earlier) out = number(s->of, earlier);
        else if (own != data_.rows.end() && numberOf(own->second.value)) out = *numberOf(own->second.value);
        else out = Error{say(MessageId::FigureNoEarlierPeriod, {data_.file, key})};
      } else {
        const auto now = number(s->of, period);
        const auto before = number(s->against, period);
        if (!now) out = now.error();
        else if (!before) out = before.error();
        else if (*before == 0) out = Error{say(MessageId::FigureNoEarlierPeriod, {data_.file, key})};
        else out = (*now - *before) / *before * 100;
      }
      visiting_.erase(key);
      return out;
    }
    if (s == nullptr || s->formula.empty()) {
      const std::map<std::string, DataRow>* rows = &data_.rows;
      if (period) {
        const auto p = data_.byPeriod.find(*period);
        if (p == data_.byPeriod.end()) return Error{say(MessageId::FigureNoRow, {data_.file, key + " (" + *period + ")"})};
        rows = &p->second;
      }
      const auto it = rows->find(key);
      if (it == rows->end())
        return Error{say(MessageId::FigureNoRow, {data_.file, period ? key + " (" + *period + ")" : key})};
      if (auto n = numberOf(it->second.value)) return *n;
      return Error{say(MessageId::FigureCellNotANumber, {it->second.cell, it->second.value.text, key})};
    }
    if (!visiting_.insert(key).second) return Error{say(MessageId::FigureDependsOnItself, {key})};
    auto e = Expression::parse(s->formula);
    if (!e) return Error{Message::verbatim(key + ": ") + e.error().message};
    Message firstProblem;
    auto value = e->evaluate([&](std::string_view k) -> std::optional<double> {
      auto n = number(std::string(k), period);
      if (n) return *n;
      if (firstProblem.empty()) firstProblem = n.error().message;
      return std::nullopt;
    });
    visiting_.erase(key);
    if (!value)
      return Error{Message::verbatim(key + " = " + s->formula + ": ") +
                   (firstProblem.empty() ? value.error().message : firstProblem)};
    return *value;
  }

  const DataSet& data_;
  std::map<std::string, const FigureSlot*, std::less<>> slots_;
  std::set<std::string, std::less<>> visiting_;
};

void collect(const std::vector<Section>& sections, std::vector<FigureSlot>& out) {
  for (const auto& s : sections) {
    out.insert(out.end(), s.figures.begin(), s.figures.end());
    collect(s.children, out);
  }
}

constexpr std::array<std::pair<std::string_view, FigureType>, 6> kTypes{{
    {"integer", FigureType::Integer}, {"decimal", FigureType::Decimal}, {"percent", FigureType::Percent},
    {"date", FigureType::Date}, {"text", FigureType::Text}, {"change", FigureType::Change}}};

}  // namespace

std::vector<FigureValue> resolveFigures(const std::vector<FigureSlot>& slots, const DataSet& data) {
  Resolver resolver(slots, data);
  std::vector<FigureValue> out;
  std::set<std::string, std::less<>> seen;
  for (const auto& s : slots)
    if (seen.insert(s.key).second) out.push_back(resolver.resolve(s));
  return out;
}

std::string missingMarker(std::string_view key) { return "[thiếu số liệu: " + std::string(key) + "]"; }

std::vector<FigureSlot> allSlots(const ReportTemplate& t) {
  std::vector<FigureSlot> out;
  collect(t.sections, out);
  return out;
}

std::vector<PreviewRow> preview(const std::map<std::string, std::string>& current, const std::vector<FigureValue>& values) {
  std::vector<PreviewRow> rows;
  for (const auto& v : values) {
    const auto old = current.find(v.key);
    if (old == current.end()) continue;  // a slot the document does not show
    rows.push_back({v.key, v.label, old->second, v.text, v.source, old->second != v.text,
                    v.status != FigureValue::Status::Ok});
  }
  return rows;
}

std::string previewJson(const std::string& file, bool fileChanged, const std::vector<PreviewRow>& rows,
                        const std::vector<FigureValue>& values, Language lang) {
  bj::object o;
  o["file"] = file;
  o["fileChanged"] = fileChanged;
  bj::array a;
  for (const auto& r : rows)
    a.push_back(bj::object{{"key", r.key}, {"label", r.label}, {"old", r.oldText}, {"new", r.newText},
                           {"source", r.source}, {"changed", r.changed}, {"problem", r.problem}});
  o["rows"] = std::move(a);
  bj::array problems;
  for (const auto& v : values)
    if (v.status != FigureValue::Status::Ok) problems.push_back(bj::string(v.problem.in(lang)));
  o["problems"] = std::move(problems);
  return bj::serialize(o);
}

std::string slotsToJson(const std::vector<FigureSlot>& slots) {
  bj::array a;
  for (const auto& s : slots) {
    bj::object o;
    o["key"] = s.key;
    for (const auto& [name, type] : kTypes)
      if (type == s.type) o["type"] = name;
    if (s.decimals) o["decimals"] = s.decimals;
    if (s.minDigits) o["minDigits"] = s.minDigits;
    if (!s.unit.empty()) o["unit"] = s.unit;
    o["label"] = s.label;
    if (s.type == FigureType::Date) o["dateStyle"] = s.dateStyle == DateStyle::Long ? "long" : "short";
    if (!s.formula.empty()) o["formula"] = s.formula;
    if (!s.pattern.empty()) o["pattern"] = s.pattern;
    if (s.earlier != Earlier::None) o["earlier"] = s.earlier == Earlier::Previous ? "previous" : "last-year";
    if (!s.of.empty()) o["of"] = s.of;
    if (!s.against.empty()) o["against"] = s.against;
    a.push_back(std::move(o));
  }
  return bj::serialize(a);
}

Result<std::vector<FigureSlot>> slotsFromJson(std::string_view json, std::string_view source) {
  // The slots are read through the template loader, so the document's copy is checked exactly
  // as a template's figures are (types, formulas, patterns).
  std::string wrapped = R"({"schema": 1, "id": "document", "title": "document", "version": "1", "sections": [)"
                        R"({"id": "figures", "title": "figures", "figures": )";
  wrapped.append(json);
  wrapped += "}]}";
  auto t = parseTemplate(wrapped, source);
  if (!t) return Error{say(MessageId::FigureSlotsDamaged, {source, t.error().message})};
  return std::move(t->sections.front().figures);
}

std::string readableTime(std::string_view iso) {
  if (iso.size() != 20 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[19] != 'Z') return std::string(iso);
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4)) + " " +
         std::string(iso.substr(11, 5)) + " (UTC)";
}

// FIPS 180-4 SHA-256.
std::string sha256Hex(std::string_view bytes) {
  static constexpr std::array<std::uint32_t, 64> k{
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
      0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
      0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
      0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
      0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
      0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
  std::array<std::uint32_t, 8> h{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
  std::string msg(bytes);
  const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8;
  msg += static_cast<char>(0x80);
  while (msg.size() % 64 != 56) msg += '\0';
  for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (i * 8)) & 0xff);
  for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
    std::array<std::uint32_t, 64> w{};
    for (std::size_t i = 0; i < 16; ++i)
      for (std::size_t b = 0; b < 4; ++b) w[i] = (w[i] << 8) | static_cast<unsigned char>(msg[chunk + i * 4 + b]);
    for (std::size_t i = 16; i < 64; ++i) {
      const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, hh] = h;
    for (std::size_t i = 0; i < 64; ++i) {
      const std::uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    const std::array<std::uint32_t, 8> add{a, b, c, d, e, f, g, hh};
    for (std::size_t i = 0; i < 8; ++i) h[i] += add[i];
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::uint32_t x : h)
    for (int i = 7; i >= 0; --i) out += kHex[(x >> (i * 4)) & 0xf];
  return out;
}

}  // namespace baocao::core
