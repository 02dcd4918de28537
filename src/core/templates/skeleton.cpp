#include "core/templates/skeleton.hpp"

#include "core/validation/doc_type.hpp"

#include "text/vntext.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>

namespace baocao::core {
namespace {

Segment text(std::string s) { return Segment{std::move(s), false, {}, {}}; }
Segment placeholder(std::string s, std::string hint) { return Segment{std::move(s), true, std::move(hint), {}}; }

std::string jsonString(const boost::json::value& v) {
  const auto& s = v.as_string();
  return text::nfc(std::string_view(s.data(), s.size()));
}

// Replaces {name} references with answers; a missing value becomes a placeholder segment named
// after the input's label, so the clerk sees what is still to fill.
std::vector<Segment> expand(std::string_view templ, const std::map<std::string, std::string>& values,
                            const std::map<std::string, std::string>& labels) {
  std::vector<Segment> out;
  std::string pending;
  for (std::size_t i = 0; i < templ.size();) {
    const std::size_t open = templ.find('{', i);
    const std::size_t close = open == std::string_view::npos ? open : templ.find('}', open);
    if (close == std::string_view::npos) {
      pending += templ.substr(i);
      break;
    }
    pending += templ.substr(i, open - i);
    const std::string name(templ.substr(open + 1, close - open - 1));
    if (auto v = values.find(name); v != values.end() && !v->second.empty()) {
      pending += v->second;
    } else {
      if (!pending.empty()) out.push_back(text(std::move(pending)));
      pending.clear();
      const auto label = labels.find(name);
      out.push_back(placeholder(label != labels.end() ? label->second : name, "Điền " + name));
    }
    i = close + 1;
  }
  if (!pending.empty()) out.push_back(text(std::move(pending)));
  return out;
}

std::string headingText(int level, const std::string& number, const std::string& title) {
  return number + (level == 2 ? ") " : ". ") + title;
}

std::string figureMarker(const FigureSlot& f) { return "[" + f.key + "]"; }

}  // namespace

std::string BodyParagraph::plainText() const {
  std::string out;
  for (const auto& s : segments) out += s.text;
  return out;
}

std::string bookmarkName(std::string_view sectionId) {
  constexpr std::size_t kWordLimit = 40;
  std::string out = "bc_";
  for (const char c : sectionId)
    out += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_';
  if (out.size() <= kWordLimit) return out;
  // Too long for Word: keep a readable prefix and make it unique with a hash of the whole id
  // (FNV-1a, so the name is the same on every run and every machine).
  std::uint32_t hash = 2166136261u;
  for (const char c : sectionId) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string suffix = "_";
  for (int shift = 28; shift >= 4; shift -= 4) suffix += kHex[(hash >> static_cast<unsigned>(shift)) & 0xFu];
  return out.substr(0, kWordLimit - suffix.size()) + suffix;
}

Result<Answers> answersFromJson(std::string_view json, std::string_view source) {
  boost::system::error_code ec;
  const boost::json::value v = boost::json::parse(json, ec);
  const std::string src(source);
  if (ec) return Error{say(MessageId::JsonInvalid, {src, ec.message()})};
  if (!v.is_object()) return Error{say(MessageId::AnswersNotObject, {src})};
  Answers a;
  std::vector<Message> errors;
  for (const auto& member : v.as_object()) {
    // Named, not structured, bindings: clang before 16 cannot capture a structured binding.
    const std::string k(member.key());
    const boost::json::value& value = member.value();
    auto expectString = [&](std::string& out) {
      if (value.is_string()) out = jsonString(value);
      else errors.push_back(say(MessageId::AnswersExpectedString, {src, k}));
    };
    if (k == "template") expectString(a.templateId);
    else if (k == "number") expectString(a.number);
    else if (k == "data") expectString(a.dataFile);
    else if (k == "type") expectString(a.docType);
    else if (k == "date") {
      std::string d;
      expectString(d);
      if (!d.empty()) {
        auto parsed = parseIsoDate(d);
        if (parsed) a.date = *parsed;
        else errors.push_back(Message::verbatim(src + ": date: ") + parsed.error().message);
      }
    } else if (k == "inputs") {
      if (!value.is_object()) {
        errors.push_back(say(MessageId::AnswersInputsNotObject, {src}));
        continue;
      }
      for (const auto& [ik, iv] : value.as_object()) {
        if (iv.is_string()) a.inputs[std::string(ik)] = text::collapseSpaces(jsonString(iv));
        else errors.push_back(say(MessageId::AnswersExpectedString, {src, "inputs." + std::string(ik)}));
      }
    } else if (k == "omit") {
      if (!value.is_array()) {
        errors.push_back(say(MessageId::AnswersOmitNotArray, {src}));
        continue;
      }
      for (const auto& id : value.as_array())
        if (id.is_string()) a.omit.push_back(jsonString(id));
        else errors.push_back(say(MessageId::AnswersOmitNotStrings, {src}));
    } else {
      errors.push_back(say(MessageId::AnswersUnknownField, {src, k}));
    }
  }
  if (!errors.empty()) {
    return joinErrors(errors);
  }
  return a;
}

std::string answersToJson(const Answers& a) {
  boost::json::object o;
  if (!a.templateId.empty()) o["template"] = a.templateId;
  if (!a.number.empty()) o["number"] = a.number;
  if (a.date) o["date"] = std::to_string(a.date->year) + "-" + (a.date->month < 10 ? "0" : "") +
                          std::to_string(a.date->month) + "-" + (a.date->day < 10 ? "0" : "") + std::to_string(a.date->day);
  if (!a.dataFile.empty()) o["data"] = a.dataFile;
  if (!a.docType.empty()) o["type"] = a.docType;
  boost::json::object inputs;
  for (const auto& [k, v] : a.inputs) inputs[k] = v;
  o["inputs"] = std::move(inputs);
  boost::json::array omit;
  for (const auto& id : a.omit) omit.push_back(boost::json::string(id));
  o["omit"] = std::move(omit);
  return boost::json::serialize(o);
}

Result<Skeleton> buildSkeleton(const ReportTemplate& t, const Answers& answers, const AgencyProfile& rawProfile,
                               CivilDate today, std::string_view answersSource) {
  const AgencyProfile profile = normalized(rawProfile);
  const std::string src(answersSource);
  std::vector<Message> errors;

  // Inputs: required ones present, dates valid and written the short way.
  std::map<std::string, std::string> values, labels;
  for (const auto& in : t.inputs) {
    labels[in.id] = in.label;
    const auto given = answers.inputs.find(in.id);
    const std::string value = given == answers.inputs.end() ? std::string() : given->second;
    if (value.empty()) {
      if (in.required) errors.push_back(say(MessageId::AnswersInputRequired, {src, in.id, in.label}));
      continue;
    }
    if (in.type == InputType::Date) {
      auto d = parseIsoDate(value);
      if (!d) {
        errors.push_back(Message::verbatim(src + ": inputs." + in.id + ": ") + d.error().message);
        continue;
      }
      values[in.id] = shortDate(*d);
    } else {
      values[in.id] = value;
    }
  }
  for (const auto& [id, value] : answers.inputs)
    if (labels.find(id) == labels.end() && id != "ky_bao_cao" && id != kPeriodFromInput && id != kPeriodToInput &&
        id != kDeadlineInput)
      errors.push_back(say(MessageId::AnswersNoSuchInput, {src, id, t.id}));
  // Built-in references (templates/README.md).
  labels.emplace("co_quan_bao_cao", "Tên cơ quan báo cáo");
  labels.emplace("dia_danh", "Địa danh");
  labels.emplace("ky_bao_cao", "Kỳ báo cáo");
  if (!profile.agency.empty()) values.emplace("co_quan_bao_cao", profile.agency);
  if (!profile.placeName.empty()) values.emplace("dia_danh", profile.placeName);
  if (auto k = answers.inputs.find("ky_bao_cao"); k != answers.inputs.end()) values.emplace("ky_bao_cao", k->second);

  // Omitted sections: only optional ones, and only ones that exist.
  const auto numbered = flatten(t);
  std::set<std::string> omitted(answers.omit.begin(), answers.omit.end());
  for (const auto& id : omitted) {
    const auto it = std::find_if(numbered.begin(), numbered.end(),
                                 [&](const NumberedSection& n) { return n.section->id == id; });
    if (it == numbered.end()) errors.push_back(say(MessageId::AnswersNoSuchSection, {src, id, t.id}));
    else if (it->section->required)
      errors.push_back(say(MessageId::AnswersSectionRequired, {src, it->path, it->section->title}));
  }
  // A kind with a type name and code; a công văn (neither) is not a skeleton's kind.
  std::optional<DocKind> kind;
  if (!answers.docType.empty()) {
    for (const auto& k : docKinds())
      if (k.id == answers.docType && !k.code.empty()) kind = k.kind;
    if (!kind) errors.push_back(say(MessageId::AnswersUnknownDocType, {src, answers.docType}));
  }
  if (!errors.empty()) {
    return joinErrors(errors);
  }

  Skeleton s;
  s.templateId = t.id;
  HeaderRequest header{profile, answers.date.value_or(today), answers.number, t.typeCode};
  std::string typeName = t.typeName;
  if (kind) {  // the kind the clerk chose: its code in the number, its name as the title line
    header.typeCode = std::string(docKindInfo(*kind).code);
    typeName = std::string(docKindInfo(*kind).name);
  }
  s.header = buildHeader(header);

  s.body.push_back(BodyParagraph{ParaRole::TypeName, 0, {text(text::upper(typeName))}, {}, {}, std::nullopt});
  s.body.push_back(BodyParagraph{ParaRole::TrichYeu, 0, expand(t.trichYeu, values, labels), {}, {},
                                 RuleSpec{HeaderLayout::kAgencyRuleFraction, 0.5}});
  if (!t.recipients.kinhGui.empty()) {
    auto segments = expand(t.recipients.kinhGui, values, labels);
    segments.insert(segments.begin(), text("Kính gửi: "));
    s.body.push_back(BodyParagraph{ParaRole::KinhGui, 0, std::move(segments), {}, {}, std::nullopt});
  }
  s.body.push_back(BodyParagraph{ParaRole::Opening, 0, expand(t.opening, values, labels), {}, {}, std::nullopt});

  // Sections, renumbered after omissions so the clerk never sees a gap (I, II, IV); an omitted
  // section takes its children with it.
  const std::function<void(const std::vector<Section>&, int)> walk = [&](const std::vector<Section>& sections,
                                                                        int level) {
    int index = 0;
    for (const auto& sec : sections) {
      if (omitted.count(sec.id) != 0) continue;
      const std::string number = sectionNumber(level, index++);
      s.body.push_back(BodyParagraph{ParaRole::Heading, level, {text(headingText(level, number, sec.title))}, sec.id,
                                     bookmarkName(sec.id), std::nullopt});
      if (!sec.guidance.empty())
        s.body.push_back(BodyParagraph{ParaRole::Guidance, level, {placeholder(sec.guidance, sec.guidance)}, sec.id, {},
                                       std::nullopt});
      for (const auto& f : sec.figures) {
        std::vector<Segment> segs{text(f.label + ": ")};
        segs.push_back(Segment{figureMarker(f), false, f.label, f.key});
        if (!f.unit.empty()) segs.push_back(text(" " + f.unit));
        s.body.push_back(BodyParagraph{ParaRole::Figure, level, std::move(segs), sec.id, {}, std::nullopt});
      }
      walk(sec.children, level + 1);
    }
  };
  walk(t.sections, 0);
  if (!t.closing.empty() && !s.body.empty()) s.body.back().segments.push_back(text(t.closing));

  // Signature: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name.
  const std::string position = text::upper(t.signature.position.empty() ? profile.signerTitle : t.signature.position);
  if (!t.signature.authority.empty())
    s.signature.authorityLines.push_back(t.signature.authority + " " + text::upper(t.signature.body));
  if (!position.empty()) s.signature.authorityLines.push_back(position);
  s.signature.signer = profile.signerName.empty() ? placeholder("Họ và tên người ký", "Họ tên người ký (Thông tin cơ quan)")
                                                  : text(profile.signerName);
  for (std::size_t i = 0; i < t.recipients.noiNhan.size(); ++i) {
    std::string item = t.recipients.noiNhan[i];
    while (!item.empty() && (item.back() == ';' || item.back() == '.')) item.pop_back();
    s.signature.noiNhan.push_back("- " + item + (i + 1 == t.recipients.noiNhan.size() ? "." : ";"));
  }
  return s;
}

}  // namespace baocao::core
