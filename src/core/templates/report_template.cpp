#include "core/templates/report_template.hpp"

#include "core/figures/expression.hpp"
#include "core/templates/json_positions.hpp"
#include "core/templates/skeleton.hpp"
#include "core/validation/period.hpp"
#include "text/vntext.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

namespace baocao::core {

namespace {

namespace bj = boost::json;

constexpr int kSchema = 1;
constexpr int kMaxLevels = 3;  // I, 1, a
constexpr std::string_view kBom = "\xEF\xBB\xBF";

constexpr std::array<std::string_view, 16> kTemplateFields{
    "schema",   "id",      "title",    "version", "description", "typeCode", "typeName",   "trichYeu",
    "inputs",   "opening", "sections", "closing", "signature",   "recipients", "period",   "deadline"};
constexpr std::array<std::string_view, 5> kInputFields{"id", "label", "type", "required", "default"};
constexpr std::array<std::string_view, 6> kSectionFields{"id", "title", "required", "guidance", "figures", "children"};
constexpr std::array<std::string_view, 13> kFigureFields{"key", "type", "decimals", "minDigits", "unit", "label",
                                                         "dateStyle", "formula", "pattern", "aggregate",
                                                         "earlier", "of", "against"};
constexpr std::array<std::pair<std::string_view, Earlier>, 2> kEarlier{{
    {"previous", Earlier::Previous},
    {"last-year", Earlier::LastYear},
}};
constexpr std::array<std::pair<std::string_view, DateStyle>, 2> kDateStyles{{
    {"short", DateStyle::Short},
    {"long", DateStyle::Long},
}};
constexpr std::array<std::pair<std::string_view, Aggregate>, 4> kAggregates{{
    {"sum", Aggregate::Sum},
    {"min", Aggregate::Min},
    {"max", Aggregate::Max},
    {"none", Aggregate::None},
}};
constexpr std::array<std::string_view, 3> kSignatureFields{"authority", "body", "position"};
constexpr std::array<std::string_view, 2> kRecipientFields{"kinhGui", "noiNhan"};

constexpr std::array<std::pair<std::string_view, FigureType>, 6> kFigureTypes{{
    {"integer", FigureType::Integer},
    {"decimal", FigureType::Decimal},
    {"percent", FigureType::Percent},
    {"date", FigureType::Date},
    {"text", FigureType::Text},
    {"change", FigureType::Change},
}};
constexpr std::array<std::pair<std::string_view, InputType>, 2> kInputTypes{{
    {"text", InputType::Text},
    {"date", InputType::Date},
}};
constexpr std::array<std::string_view, 6> kAuthorities{"", "TM.", "KT.", "Q.", "TL.", "TUQ."};

constexpr bool isLowerOrDigit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Section and template ids: [a-z0-9][a-z0-9.-]*
bool isSectionId(std::string_view s) {
  if (s.empty() || !isLowerOrDigit(s.front())) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return isLowerOrDigit(c) || c == '.' || c == '-'; });
}

// Input ids, figure keys and {references}: [a-z][a-z0-9_]*
bool isSnakeName(std::string_view s) {
  if (s.empty() || !(s.front() >= 'a' && s.front() <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return isLowerOrDigit(c) || c == '_'; });
}

template <std::size_t N>
std::string joined(const std::array<std::string_view, N>& names) {
  std::string out;
  for (const auto n : names) out += (out.empty() ? "" : "|") + std::string(n);
  return out;
}

// A value written as a JSON string's contents: a line break or other control character in it stays
// escaped, so each diagnostic stays one line ("file:line:column: path: message").
std::string escaped(std::string_view s) {
  const std::string q = bj::serialize(bj::string(s));
  return q.substr(1, q.size() - 2);
}

Message kindName(const bj::value& v) {
  switch (v.kind()) {
    case bj::kind::null: return say(MessageId::KindNull);
    case bj::kind::bool_: return say(MessageId::KindBool);
    case bj::kind::int64:
    case bj::kind::uint64:
    case bj::kind::double_: return say(MessageId::KindNumber);
    case bj::kind::string: return say(MessageId::KindString);
    case bj::kind::array: return say(MessageId::KindArray);
    case bj::kind::object: return say(MessageId::KindObject);
  }
  return say(MessageId::KindValue);
}

// Offset of the first byte of the first ill-formed UTF-8 sequence (Unicode 15, table 3-7: no
// overlong forms, no surrogates, nothing above U+10FFFF).
std::optional<std::size_t> firstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80U) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80U;
    unsigned char high = 0xBFU;
    if (b >= 0xC2U && b <= 0xDFU) {
      length = 2;
    } else if (b >= 0xE0U && b <= 0xEFU) {
      length = 3;
      if (b == 0xE0U) low = 0xA0U;
      if (b == 0xEDU) high = 0x9FU;
    } else if (b >= 0xF0U && b <= 0xF4U) {
      length = 4;
      if (b == 0xF0U) low = 0x90U;
      if (b == 0xF4U) high = 0x8FU;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if (c < (k == 1 ? low : 0x80U) || c > (k == 1 ? high : 0xBFU)) return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::string hexByte(unsigned char b) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("0x") + kHex[b >> 4U] + kHex[b & 0xFU];
}

// Reads the parsed JSON into a ReportTemplate, collecting every problem with its place.
class Loader {
 public:
  Loader(std::string_view text, std::string_view source, const json::PositionIndex& index)
      : text_(text), source_(source), index_(index) {}

  void readTemplate(const bj::value& root, ReportTemplate& t) {
    const bj::object* o = objectAt(root, "", say(MessageId::WhatTemplate));
    if (o == nullptr) return;
    if (!readSchema(*o)) return;  // another schema's fields would only give noise
    for (const auto& d : index_.duplicateKeys())
      add(d.offset, d.path, say(MessageId::TemplateDuplicateField, {at(d.firstOffset)}));
    unknownFields(*o, "", kTemplateFields);
    readText(*o, "", "id", Need::NonEmpty, t.id);
    if (!t.id.empty() && !isSectionId(t.id))
      addAtValue("id", say(MessageId::TemplateBadId, {escaped(t.id)}));
    readText(*o, "", "title", Need::NonEmpty, t.title);
    readText(*o, "", "version", Need::NonEmpty, t.version);
    readText(*o, "", "description", Need::Optional, t.description);
    readText(*o, "", "typeCode", Need::Optional, t.typeCode);
    readText(*o, "", "typeName", Need::Optional, t.typeName);
    readText(*o, "", "trichYeu", Need::Optional, t.trichYeu);
    readText(*o, "", "opening", Need::Optional, t.opening);
    readText(*o, "", "closing", Need::Optional, t.closing);
    readInputs(*o, t.inputs);
    if (readText(*o, "", "period", Need::Optional, t.period) && !t.period.empty() && !periodFromTitle(t.period))
      addAtValue("period", say(MessageId::TemplateBadPeriod, {escaped(t.period)}));
    if (readText(*o, "", "deadline", Need::Optional, t.deadline) && !t.deadline.empty())
      if (auto d = parseIsoDate(t.deadline); !d) addAtValue("deadline", d.error().message);
    readSections(*o, t.sections);
    readSignature(*o, t.signature);
    readRecipients(*o, t.recipients);
    checkReferences("trichYeu", t.trichYeu, t.inputs);
    checkReferences("opening", t.opening, t.inputs);
    checkReferences("recipients.kinhGui", t.recipients.kinhGui, t.inputs);
    checkFormulas();
  }

  // Formulas read figure keys declared anywhere in the template, and never themselves, directly
  // or through another computed figure.
  void checkFormulas() {
    std::map<std::string, const std::vector<std::string>*, std::less<>> reads;
    for (const auto& f : formulas_) reads.emplace(f.key, &f.keys);
    for (const auto& f : formulas_) {
      for (const auto& key : f.keys)
        if (!figureKeys_.contains(key))
          addAtValue(f.path, say(MessageId::TemplateUnknownFormulaKey, {escaped(key)}));
      // Depth-first from this figure's inputs: reaching the figure again is a cycle.
      std::vector<std::string> stack(f.keys.begin(), f.keys.end());
      std::set<std::string, std::less<>> seen;
      while (!stack.empty()) {
        const std::string key = stack.back();
        stack.pop_back();
        if (key == f.key) {
          addAtValue(f.path, say(MessageId::TemplateFormulaCycle, {escaped(f.key)}));
          break;
        }
        if (!seen.insert(key).second) continue;
        if (auto it = reads.find(key); it != reads.end()) stack.insert(stack.end(), it->second->begin(), it->second->end());
      }
    }
  }

  // All messages, in text order, one per line.
  [[nodiscard]] bool failed() const { return !diagnostics_.empty(); }
  [[nodiscard]] Message message() {
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.offset < b.offset; });
    std::vector<Message> all;
    for (const auto& d : diagnostics_) all.push_back(d.text);
    return lines(all);
  }

  void add(std::size_t offset, std::string_view path, const Message& message) {
    diagnostics_.push_back(Diagnostic{
        offset, Message::verbatim(std::string(source_) + ":" + at(offset) + ": " + json::displayPath(path) + ": ") + message});
  }

 private:
  enum class Need { Optional, Required, NonEmpty };

  struct Diagnostic {
    std::size_t offset;
    Message text;
  };

  [[nodiscard]] std::string at(std::size_t offset) const { return json::toString(json::lineColumnAt(text_, offset)); }
  [[nodiscard]] std::size_t valueOffset(std::string_view path) const { return index_.valueOffset(path).value_or(0); }
  void addAtValue(std::string_view path, const Message& message) { add(valueOffset(path), path, message); }

  template <std::size_t N>
  void unknownFields(const bj::object& o, std::string_view path, const std::array<std::string_view, N>& known) {
    for (const auto& member : o) {
      const std::string_view key(member.key().data(), member.key().size());
      if (std::find(known.begin(), known.end(), key) != known.end()) continue;
      const std::string p = json::memberPath(path, key);
      add(index_.keyOffset(p).value_or(valueOffset(path)), p, say(MessageId::TemplateUnknownField, {joined(known)}));
    }
  }

  // The member, or nullptr after reporting it missing when `need` says so.
  const bj::value* member(const bj::object& o, std::string_view path, std::string_view key, Need need) {
    if (const bj::value* v = o.if_contains(key)) return v;
    if (need != Need::Optional) add(valueOffset(path), json::memberPath(path, key), say(MessageId::TemplateMissingField));
    return nullptr;
  }

  const bj::object* objectAt(const bj::value& v, std::string_view path, const Message& what) {
    if (const bj::object* o = v.if_object()) return o;
    addAtValue(path, say(MessageId::TemplateNotObject, {what, kindName(v)}));
    return nullptr;
  }

  bool readSchema(const bj::object& o) {
    const bj::value* v = member(o, "", "schema", Need::Required);
    if (v == nullptr) return true;
    if (const auto* n = v->if_int64(); n != nullptr && *n == kSchema) return true;
    const Message found = v->is_number() || v->is_string() ? Message::verbatim(bj::serialize(*v)) : kindName(*v);
    addAtValue("schema", say(MessageId::TemplateSchema, {found, std::to_string(kSchema)}));
    return false;
  }

  // NFC text into `out` (left as is when the field is absent).
  bool readText(const bj::object& o, std::string_view path, std::string_view key, Need need, std::string& out) {
    const bj::value* v = member(o, path, key, need);
    if (v == nullptr) return false;
    return readString(*v, json::memberPath(path, key), need, out);
  }

  bool readString(const bj::value& v, std::string_view path, Need need, std::string& out) {
    const bj::string* s = v.if_string();
    if (s == nullptr) {
      addAtValue(path, say(MessageId::TemplateNotString, {kindName(v)}));
      return false;
    }
    std::string value = text::nfc(std::string_view(s->data(), s->size()));
    if (need == Need::NonEmpty && value.empty()) {
      addAtValue(path, say(MessageId::TemplateEmpty));
      return false;
    }
    out = std::move(value);
    return true;
  }

  void readBool(const bj::object& o, std::string_view path, std::string_view key, bool& out) {
    const bj::value* v = member(o, path, key, Need::Optional);
    if (v == nullptr) return;
    if (const bool* b = v->if_bool())
      out = *b;
    else
      addAtValue(json::memberPath(path, key), say(MessageId::TemplateNotBool, {kindName(*v)}));
  }

  void readInt(const bj::object& o, std::string_view path, std::string_view key, int low, int high, int& out) {
    const bj::value* v = member(o, path, key, Need::Optional);
    if (v == nullptr) return;
    const std::string p = json::memberPath(path, key);
    std::optional<std::int64_t> n;
    if (const auto* i = v->if_int64()) n = *i;
    if (const auto* u = v->if_uint64())
      n = *u > static_cast<std::uint64_t>(high) ? high + 1 : static_cast<std::int64_t>(*u);
    if (!n) {
      addAtValue(p, say(MessageId::TemplateNotInRange, {std::to_string(low), std::to_string(high), kindName(*v)}));
    } else if (*n < low || *n > high) {
      addAtValue(p, say(MessageId::TemplateNotInRange, {std::to_string(low), std::to_string(high), bj::serialize(*v)}));
    } else {
      out = static_cast<int>(*n);
    }
  }

  const bj::array* readArray(const bj::object& o, std::string_view path, std::string_view key, Need need) {
    const bj::value* v = member(o, path, key, need);
    if (v == nullptr) return nullptr;
    const bj::array* a = v->if_array();
    if (a == nullptr) addAtValue(json::memberPath(path, key), say(MessageId::TemplateNotArray, {kindName(*v)}));
    return a;
  }

  template <class T, std::size_t N>
  bool readEnum(const bj::object& o, std::string_view path, std::string_view key, Need need,
                const std::array<std::pair<std::string_view, T>, N>& names, T& out) {
    std::string s;
    if (!readText(o, path, key, need, s)) return false;
    for (const auto& [name, value] : names)
      if (name == s) {
        out = value;
        return true;
      }
    std::string known;
    for (const auto& [name, value] : names) known += (known.empty() ? "" : "|") + std::string(name);
    addAtValue(json::memberPath(path, key), say(MessageId::TemplateNotOneOf, {escaped(s), known}));
    return false;
  }

  void readInputs(const bj::object& o, std::vector<Input>& inputs) {
    const bj::array* a = readArray(o, "", "inputs", Need::Optional);
    if (a == nullptr) return;
    std::map<std::string, std::size_t, std::less<>> seen;
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string path = json::elementPath("inputs", i);
      const bj::object* io = objectAt((*a)[i], path, say(MessageId::WhatInput));
      if (io == nullptr) continue;
      unknownFields(*io, path, kInputFields);
      Input input;
      const std::string idPath = json::memberPath(path, "id");
      if (readText(*io, path, "id", Need::NonEmpty, input.id)) {
        const bool builtin = std::any_of(kBuiltinReferences.begin(), kBuiltinReferences.end(),
                                         [&](const BuiltinReference& r) { return r.name == input.id; });
        if (!isSnakeName(input.id))
          addAtValue(idPath, say(MessageId::TemplateBadInputId, {escaped(input.id)}));
        else if (builtin)
          addAtValue(idPath, say(MessageId::TemplateBuiltinInput, {escaped(input.id)}));
        else if (const auto first = seen.find(input.id); first != seen.end())
          addAtValue(idPath, say(MessageId::TemplateDuplicateInput, {escaped(input.id), at(first->second)}));
        else
          seen.emplace(input.id, valueOffset(idPath));
      }
      readText(*io, path, "label", Need::NonEmpty, input.label);
      readEnum(*io, path, "type", Need::Optional, kInputTypes, input.type);
      readBool(*io, path, "required", input.required);
      if (readText(*io, path, "default", Need::Optional, input.defaultValue) && input.type == InputType::Date &&
          !input.defaultValue.empty())
        if (auto d = parseIsoDate(input.defaultValue); !d) addAtValue(json::memberPath(path, "default"), d.error().message);
      inputs.push_back(std::move(input));
    }
  }

  void readSections(const bj::object& o, std::vector<Section>& sections) {
    const bj::array* a = readArray(o, "", "sections", Need::Required);
    if (a == nullptr) return;
    if (a->empty()) addAtValue("sections", say(MessageId::TemplateNoSections));
    readSectionList(*a, "sections", 0, sections);
  }

  void readSectionList(const bj::array& a, std::string_view path, int level, std::vector<Section>& out) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::string p = json::elementPath(path, i);
      const bj::object* so = objectAt(a[i], p, say(MessageId::WhatSection));
      if (so == nullptr) continue;
      out.push_back(readSection(*so, p, level));
    }
  }

  Section readSection(const bj::object& o, std::string_view path, int level) {
    unknownFields(o, path, kSectionFields);
    Section s;
    const std::string idPath = json::memberPath(path, "id");
    if (readText(o, path, "id", Need::NonEmpty, s.id)) {
      if (!isSectionId(s.id))
        addAtValue(idPath, say(MessageId::TemplateBadSectionId, {escaped(s.id)}));
      else if (const auto first = sectionIds_.find(s.id); first != sectionIds_.end())
        addAtValue(idPath, say(MessageId::TemplateDuplicateSection, {escaped(s.id), at(first->second)}));
      else if (const auto same = bookmarks_.find(bookmarkName(s.id)); same != bookmarks_.end())
        // The wizard marks each section with a bookmark named after its id, and finds it again by it.
        addAtValue(idPath, say(MessageId::TemplateSameBookmark,
                               {escaped(s.id), escaped(same->second.first), at(same->second.second)}));
      else {
        sectionIds_.emplace(s.id, valueOffset(idPath));
        bookmarks_.emplace(bookmarkName(s.id), std::make_pair(s.id, valueOffset(idPath)));
      }
    }
    readText(o, path, "title", Need::NonEmpty, s.title);
    readBool(o, path, "required", s.required);
    readText(o, path, "guidance", Need::Optional, s.guidance);
    if (const bj::array* figures = readArray(o, path, "figures", Need::Optional))
      for (std::size_t i = 0; i < figures->size(); ++i) {
        const std::string p = json::elementPath(json::memberPath(path, "figures"), i);
        if (const bj::object* fo = objectAt((*figures)[i], p, say(MessageId::WhatFigure))) s.figures.push_back(readFigure(*fo, p));
      }
    if (const bj::array* children = readArray(o, path, "children", Need::Optional)) {
      const std::string p = json::memberPath(path, "children");
      if (level + 1 >= kMaxLevels && !children->empty())
        addAtValue(p, say(MessageId::TemplateTooDeep, {std::to_string(kMaxLevels)}));
      else
        readSectionList(*children, p, level + 1, s.children);
    }
    return s;
  }

  FigureSlot readFigure(const bj::object& o, std::string_view path) {
    unknownFields(o, path, kFigureFields);
    FigureSlot f;
    const std::string keyPath = json::memberPath(path, "key");
    if (readText(o, path, "key", Need::NonEmpty, f.key)) {
      if (!isSnakeName(f.key))
        addAtValue(keyPath, say(MessageId::TemplateBadFigureKey, {escaped(f.key)}));
      else if (const auto first = figureKeys_.find(f.key); first != figureKeys_.end())
        addAtValue(keyPath, say(MessageId::TemplateDuplicateFigure, {escaped(f.key), at(first->second)}));
      else
        figureKeys_.emplace(f.key, valueOffset(keyPath));
    }
    readEnum(o, path, "type", Need::Required, kFigureTypes, f.type);
    readInt(o, path, "decimals", 0, 6, f.decimals);
    readInt(o, path, "minDigits", 0, 9, f.minDigits);
    readText(o, path, "unit", Need::Optional, f.unit);
    readText(o, path, "label", Need::NonEmpty, f.label);
    if (f.decimals > 0 && f.type != FigureType::Decimal && f.type != FigureType::Percent && f.type != FigureType::Change)
      addAtValue(json::memberPath(path, "decimals"), say(MessageId::TemplateDecimals));
    if (f.minDigits > 0 && f.type != FigureType::Integer)
      addAtValue(json::memberPath(path, "minDigits"), say(MessageId::TemplateMinDigits));
    if ((f.type == FigureType::Percent || f.type == FigureType::Change) && !f.unit.empty())
      addAtValue(json::memberPath(path, "unit"), say(MessageId::TemplatePercentUnit));
    if (readEnum(o, path, "dateStyle", Need::Optional, kDateStyles, f.dateStyle) && f.type != FigureType::Date)
      addAtValue(json::memberPath(path, "dateStyle"), say(MessageId::TemplateDateStyle));
    const std::string formulaPath = json::memberPath(path, "formula");
    if (readText(o, path, "formula", Need::Optional, f.formula) && !f.formula.empty()) {
      if (f.type == FigureType::Date || f.type == FigureType::Text)
        addAtValue(formulaPath, say(MessageId::TemplateComputedType));
      else if (auto e = Expression::parse(f.formula); !e)
        addAtValue(formulaPath, e.error().message);
      else
        formulas_.push_back({formulaPath, f.key, e->keys()});
    }
    if (readEnum(o, path, "aggregate", Need::Optional, kAggregates, f.aggregate) && f.aggregate != Aggregate::None &&
        (f.type == FigureType::Date || f.type == FigureType::Text || f.type == FigureType::Change ||
         (f.type == FigureType::Percent && f.aggregate == Aggregate::Sum) ||
         !f.formula.empty()))
      addAtValue(json::memberPath(path, "aggregate"), say(MessageId::TemplateAggregate));
    // comparison with an earlier period: what it reads is checked with the formulas' keys
    const bool earlier = readEnum(o, path, "earlier", Need::Optional, kEarlier, f.earlier);
    readText(o, path, "of", Need::Optional, f.of);
    readText(o, path, "against", Need::Optional, f.against);
    if (f.type == FigureType::Change) {
      if (f.of.empty() || f.against.empty() || !f.formula.empty() || earlier)
        addAtValue(json::memberPath(path, "type"), say(MessageId::TemplateChange));
      else
        formulas_.push_back({json::memberPath(path, "of"), f.key, {f.of, f.against}});
    } else if (earlier || !f.of.empty() || !f.against.empty()) {
      if (!earlier || f.of.empty() || !f.against.empty() || !f.formula.empty() ||
          (f.type != FigureType::Integer && f.type != FigureType::Decimal && f.type != FigureType::Percent))
        addAtValue(json::memberPath(path, earlier ? "earlier" : "of"), say(MessageId::TemplateEarlier));
      else
        formulas_.push_back({json::memberPath(path, "of"), f.key, {f.of}});
    }
    if (readText(o, path, "pattern", Need::Optional, f.pattern) && !f.pattern.empty()) {
      const std::size_t first = f.pattern.find("{}");
      if (first == std::string::npos || f.pattern.find("{}", first + 2) != std::string::npos)
        addAtValue(json::memberPath(path, "pattern"), say(MessageId::TemplatePattern));
    }
    return f;
  }

  void readSignature(const bj::object& o, Signature& signature) {
    const bj::value* v = member(o, "", "signature", Need::Optional);
    if (v == nullptr) return;
    const bj::object* so = objectAt(*v, "signature", say(MessageId::WhatSignature));
    if (so == nullptr) return;
    unknownFields(*so, "signature", kSignatureFields);
    if (readText(*so, "signature", "authority", Need::Optional, signature.authority) &&
        std::find(kAuthorities.begin(), kAuthorities.end(), signature.authority) == kAuthorities.end())
      addAtValue("signature.authority", say(MessageId::TemplateAuthority, {escaped(signature.authority)}));
    readText(*so, "signature", "body", Need::Optional, signature.body);
    readText(*so, "signature", "position", Need::Optional, signature.position);
  }

  void readRecipients(const bj::object& o, Recipients& recipients) {
    const bj::value* v = member(o, "", "recipients", Need::Optional);
    if (v == nullptr) return;
    const bj::object* ro = objectAt(*v, "recipients", say(MessageId::WhatRecipients));
    if (ro == nullptr) return;
    unknownFields(*ro, "recipients", kRecipientFields);
    readText(*ro, "recipients", "kinhGui", Need::Optional, recipients.kinhGui);
    if (const bj::array* a = readArray(*ro, "recipients", "noiNhan", Need::Optional))
      for (std::size_t i = 0; i < a->size(); ++i) {
        std::string line;
        if (readString((*a)[i], json::elementPath("recipients.noiNhan", i), Need::NonEmpty, line))
          recipients.noiNhan.push_back(std::move(line));
      }
  }

  // {name} must name an input or a built-in; braces appear in no other way.
  void checkReferences(std::string_view path, std::string_view s, const std::vector<Input>& inputs) {
    auto known = [&](std::string_view name) {
      return std::any_of(inputs.begin(), inputs.end(), [&](const Input& i) { return i.id == name; }) ||
             std::any_of(kBuiltinReferences.begin(), kBuiltinReferences.end(),
                         [&](const BuiltinReference& r) { return r.name == name; });
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '}') {
        addAtValue(path, say(MessageId::TemplateCloseWithoutOpen));
        continue;
      }
      if (s[i] != '{') continue;
      const std::size_t close = s.find_first_of("{}", i + 1);
      if (close == std::string_view::npos || s[close] != '}') {
        addAtValue(path, say(MessageId::TemplateOpenWithoutClose));
        continue;
      }
      const std::string_view name = s.substr(i + 1, close - i - 1);
      if (!isSnakeName(name))
        addAtValue(path, say(MessageId::TemplateBadReference, {escaped(std::string(name))}));
      else if (!known(name))
        addAtValue(path, say(MessageId::TemplateUnknownReference, {name, declaredInputs(inputs), builtinReferences()}));
      i = close;
    }
  }

  static Message declaredInputs(const std::vector<Input>& inputs) {
    std::string declared;
    for (const auto& input : inputs)  // an id that is no name is reported already, and cannot be referenced
      if (isSnakeName(input.id)) declared += (declared.empty() ? "" : ", ") + input.id;
    return declared.empty() ? say(MessageId::NoneOf) : Message::verbatim(declared);
  }

  static std::string builtinReferences() {
    std::string builtin;
    for (const auto& r : kBuiltinReferences) builtin += (builtin.empty() ? "" : ", ") + std::string(r.name);
    return builtin;
  }

  std::string_view text_;
  std::string_view source_;
  const json::PositionIndex& index_;
  std::vector<Diagnostic> diagnostics_;
  std::map<std::string, std::size_t, std::less<>> sectionIds_;
  std::map<std::string, std::pair<std::string, std::size_t>, std::less<>> bookmarks_;  // name -> id, where
  std::map<std::string, std::size_t, std::less<>> figureKeys_;
  struct Formula {
    std::string path, key;
    std::vector<std::string> keys;
  };
  std::vector<Formula> formulas_;
};

std::string roman(int n) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> kDigits{{
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
  }};
  std::string out;
  for (const auto& [value, digits] : kDigits)
    for (; n >= value; n -= value) out += digits;
  return out;
}

void flattenInto(const std::vector<Section>& sections, int level, const std::string& parentPath,
                 std::vector<NumberedSection>& out) {
  for (std::size_t i = 0; i < sections.size(); ++i) {
    std::string number = sectionNumber(level, static_cast<int>(i));
    std::string path = parentPath.empty() ? number : parentPath + "." + number;
    out.push_back(NumberedSection{&sections[i], level, number, path});
    flattenInto(sections[i].children, level + 1, path, out);
  }
}

}  // namespace

Result<ReportTemplate> parseTemplate(std::string_view text, std::string_view source) {
  if (const auto bad = firstInvalidUtf8(text)) {
    // The path of the bad byte: where a parse of the text before it stops.
    const json::PositionIndex before(text.substr(0, *bad));
    const std::string path = before.syntaxError() ? before.syntaxError()->path : std::string();
    Loader loader(text, source, before);
    loader.add(*bad, path,
               say(MessageId::TemplateNotUtf8, {hexByte(static_cast<unsigned char>(text[*bad])), std::to_string(*bad)}));
    return Error{loader.message()};
  }
  const json::PositionIndex index(text);
  Loader loader(text, source, index);
  if (const auto& syntax = index.syntaxError()) {
    loader.add(syntax->offset, syntax->path, syntax->message);
    return Error{loader.message()};
  }
  boost::system::error_code ec;
  const std::string_view body = text.starts_with(kBom) ? text.substr(kBom.size()) : text;
  const bj::value root = bj::parse(body, ec);
  if (ec) {  // the index accepted it, so this is a bug; still a message, not a crash
    loader.add(0, "", say(MessageId::JsonSyntax, {ec.message()}));
    return Error{loader.message()};
  }
  ReportTemplate t;
  t.source = std::string(source);
  loader.readTemplate(root, t);
  if (loader.failed()) return Error{loader.message()};
  return t;
}

int romanValue(std::string_view s) {
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'I': v = 1; break;
      case 'V': v = 5; break;
      case 'X': v = 10; break;
      case 'L': v = 50; break;
      case 'C': v = 100; break;
      case 'D': v = 500; break;
      case 'M': v = 1000; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total > 0 && total < 4000 && roman(total) == s ? total : 0;
}

std::string sectionNumber(int level, int index) {
  if (index < 0) return "";
  switch (level) {
    case 0: return index < 3999 ? roman(index + 1) : std::to_string(index + 1);
    case 1: return std::to_string(index + 1);
    case 2: {
      static constexpr std::array<std::string_view, 23> kLetters{"a", "b", "c", "d", "đ", "e", "g", "h",
                                                                 "i", "k", "l", "m", "n", "o", "p", "q",
                                                                 "r", "s", "t", "u", "v", "x", "y"};
      constexpr int kCount = static_cast<int>(kLetters.size());
      std::string out;
      for (int n = index; n >= 0; n = n / kCount - 1) out.insert(0, kLetters[static_cast<std::size_t>(n % kCount)]);
      return out;
    }
    default: return "";
  }
}

std::vector<NumberedSection> flatten(const ReportTemplate& t) {
  std::vector<NumberedSection> out;
  flattenInto(t.sections, 0, "", out);
  return out;
}

}  // namespace baocao::core
