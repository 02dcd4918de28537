// core/report_template (and core/json_positions under it): a template file as an admin's shared
// folder may hold it. Properties: the position index and Boost.JSON agree on what is JSON and the
// index points at every key and value; every error line names file:line:column inside the text;
// a template that loads holds NFC text, gives each section its own bookmark, re-serialises to
// JSON that loads to the same template, and its figure slots survive the document property
// round trip (slotsToJson / slotsFromJson).
#include "core/figures/figures.hpp"
#include "core/templates/json_positions.hpp"
#include "core/templates/skeleton.hpp"
#include "fuzz_support.hpp"
#include "text/vntext.hpp"

#include <boost/json.hpp>

#include <set>

using namespace baocao;
using fuzz::quote;
namespace bj = boost::json;

namespace {

constexpr std::string_view kSource = "fuzz.json";

bj::object sectionJson(const core::Section& s) {
  static constexpr const char* kTypes[] = {"integer", "decimal", "percent", "date", "text"};
  bj::object o{{"id", s.id}, {"title", s.title}, {"required", s.required}, {"guidance", s.guidance}};
  bj::array figures;
  for (const auto& f : s.figures) {
    bj::object fo{{"key", f.key}, {"type", kTypes[static_cast<int>(f.type)]}, {"label", f.label}};
    if (f.decimals != 0) fo["decimals"] = f.decimals;
    if (f.minDigits != 0) fo["minDigits"] = f.minDigits;
    if (!f.unit.empty()) fo["unit"] = f.unit;
    if (f.type == core::FigureType::Date) fo["dateStyle"] = f.dateStyle == core::DateStyle::Long ? "long" : "short";
    if (!f.formula.empty()) fo["formula"] = f.formula;
    if (!f.pattern.empty()) fo["pattern"] = f.pattern;
    figures.push_back(std::move(fo));
  }
  o["figures"] = std::move(figures);
  bj::array children;
  for (const auto& c : s.children) children.push_back(sectionJson(c));
  o["children"] = std::move(children);
  return o;
}

// The template written back as JSON, every field it has.
std::string templateJson(const core::ReportTemplate& t) {
  bj::object o{{"schema", 1},          {"id", t.id},           {"title", t.title},       {"version", t.version},
               {"description", t.description}, {"typeCode", t.typeCode}, {"typeName", t.typeName},
               {"trichYeu", t.trichYeu}, {"opening", t.opening}, {"closing", t.closing}};
  bj::array inputs;
  for (const auto& in : t.inputs)
    inputs.push_back(bj::object{{"id", in.id}, {"label", in.label}, {"type", in.type == core::InputType::Date ? "date" : "text"},
                                {"required", in.required}});
  o["inputs"] = std::move(inputs);
  bj::array sections;
  for (const auto& s : t.sections) sections.push_back(sectionJson(s));
  o["sections"] = std::move(sections);
  o["signature"] = bj::object{{"authority", t.signature.authority}, {"body", t.signature.body}, {"position", t.signature.position}};
  bj::array noiNhan;
  for (const auto& n : t.recipients.noiNhan) noiNhan.push_back(bj::string(n));
  o["recipients"] = bj::object{{"kinhGui", t.recipients.kinhGui}, {"noiNhan", std::move(noiNhan)}};
  return bj::serialize(o);
}

void checkStringsNfc(const bj::value& v) {
  if (const auto* s = v.if_string()) FUZZ_CHECK_MSG(text::isNfc(std::string_view(s->data(), s->size())), quote(*s));
  if (const auto* a = v.if_array())
    for (const auto& e : *a) checkStringsNfc(e);
  if (const auto* o = v.if_object())
    for (const auto& m : *o) checkStringsNfc(m.value());
}

// The index has every key and value of the DOM, each at the character that starts it.
void checkIndex(std::string_view text, const core::json::PositionIndex& index, const bj::value& v, const std::string& path,
                std::size_t& budget) {
  if (budget == 0) return;
  --budget;
  const auto at = index.valueOffset(path);
  FUZZ_CHECK_MSG(at && *at < text.size(), "no offset for " + path);
  const char c = text[*at];
  switch (v.kind()) {
    case bj::kind::object: FUZZ_CHECK_MSG(c == '{', path); break;
    case bj::kind::array: FUZZ_CHECK_MSG(c == '[', path); break;
    case bj::kind::string: FUZZ_CHECK_MSG(c == '"', path); break;
    case bj::kind::bool_: FUZZ_CHECK_MSG(c == 't' || c == 'f', path); break;
    case bj::kind::null: FUZZ_CHECK_MSG(c == 'n', path); break;
    default: FUZZ_CHECK_MSG(c == '-' || (c >= '0' && c <= '9'), path); break;
  }
  if (const auto* a = v.if_array())
    for (std::size_t i = 0; i < a->size(); ++i) checkIndex(text, index, (*a)[i], core::json::elementPath(path, i), budget);
  if (const auto* o = v.if_object())
    for (const auto& m : *o) {
      const std::string p = core::json::memberPath(path, std::string_view(m.key().data(), m.key().size()));
      const auto key = index.keyOffset(p);
      FUZZ_CHECK_MSG(key && *key < text.size() && text[*key] == '"', "no key offset for " + p);
      checkIndex(text, index, m.value(), p, budget);
    }
}

void checkErrorLines(std::string_view text, const std::string& message) {
  const auto lines = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  std::size_t start = 0;
  while (start <= message.size()) {
    const std::size_t end = std::min(message.find('\n', start), message.size());
    const std::string line = message.substr(start, end - start);
    FUZZ_CHECK_MSG(line.rfind(std::string(kSource) + ":", 0) == 0, line);
    std::size_t pos = kSource.size() + 1;
    const unsigned long l = std::stoul(line.substr(pos), &pos);
    FUZZ_CHECK_MSG(l >= 1 && l <= lines, line);
    start = end + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::bytes(data, size);

  // The SAX index and the DOM parser read the same JSON.
  if (text::isValidUtf8(text)) {
    const core::json::PositionIndex index(text);
    const std::string_view body = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
    boost::system::error_code ec;
    const bj::value dom = bj::parse(body, ec);
    FUZZ_CHECK_MSG(static_cast<bool>(ec) == index.syntaxError().has_value(), quote(text) + " boost: " + ec.message());
    if (index.syntaxError()) FUZZ_CHECK(index.syntaxError()->offset <= text.size());
    if (!ec && index.duplicateKeys().empty()) {
      std::size_t budget = 2000;
      checkIndex(text, index, dom, "", budget);
    }
  }

  const auto t = core::parseTemplate(text, kSource);
  if (!t) {
    checkErrorLines(text, t.error().message.en());
    return 0;
  }
  const std::string json = templateJson(*t);
  checkStringsNfc(bj::parse(json));

  // Each section its own bookmark: the wizard finds sections again by them.
  std::set<std::string> bookmarks;
  for (const auto& n : core::flatten(*t))
    FUZZ_CHECK_MSG(bookmarks.insert(core::bookmarkName(n.section->id)).second, "bookmark of " + quote(n.section->id) + " taken");

  const auto again = core::parseTemplate(json, kSource);
  FUZZ_CHECK_MSG(again.has_value(), json + "\n" + again.error().message.en());
  FUZZ_CHECK_MSG(templateJson(*again) == json, json + "\n" + templateJson(*again));

  const auto slots = core::allSlots(*t);
  const auto back = core::slotsFromJson(core::slotsToJson(slots), "slots");
  FUZZ_CHECK_MSG(back.has_value(), core::slotsToJson(slots) + "\n" + back.error().message.en());
  FUZZ_CHECK(core::slotsToJson(*back) == core::slotsToJson(slots));
  return 0;
}
