// core/odf_body: the skeleton's body rendered as content.xml and styles.xml, from text a clerk or
// a macro typed: markup, control characters, lone surrogates (ill-formed UTF-8 by the time they
// reach the core), strings of 1 MB. The first byte chooses the route:
//   even: paragraphs straight from the input, separated by 0x1E; a paragraph's first byte gives
//         its role, level and rule, its second byte a bookmark; its segments are separated by
//         0x1F, each led by a byte saying text / placeholder / figure field and whether its
//         value is already in the document; each rule layout comes from 16 raw bytes.
//   odd:  the whole way through buildSkeleton: a shipped template, the answers' inputs and the
//         agency profile taken from the input's strings (0x1E-separated, each after a lead byte).
// One input in 1024 (by a hash of its bytes, so a crash reproduces) also has one of its strings
// repeated to 1 MB: the size matters, not its variety, and a 1 MB render takes half a second
// under the sanitizers, which would otherwise be most of the run.
// Properties: both parts are well-formed XML (xml_check.hpp); one paragraph per body paragraph
// and rule, and the closing empty one; each paragraph reads back as the text it was given (for
// well-formed UTF-8 input: what Writer's import will show); the rules' indents are the lengths
// they were given.
#include "core/templates/odf_body.hpp"
#include "core/templates/skeleton.hpp"
#include "fuzz_support.hpp"
#include "text/vntext.hpp"
#include "xml_check.hpp"

#include <cstring>

using namespace baocao;
using fuzz::quote;

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

// The strings taken from the input, in order; one of them, in one input of 1024 (chosen by a hash
// of the input), repeated to 1 MB.
class Strings {
 public:
  explicit Strings(std::string_view input) {
    std::uint32_t h = 2166136261u;
    for (const char c : input) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    huge_ = h % 1024 == 0 ? 1 + (h >> 10) % 8 : 0;
  }
  std::string take(std::string_view s) {
    std::string out(s);
    if (++taken_ == huge_ && !s.empty())
      while (out.size() < (1u << 20)) out += out;
    return out;
  }

 private:
  std::size_t huge_ = 0;  // which one, counted from 1; 0 none
  std::size_t taken_ = 0;
};

// What Writer reads back from a segment as renderOdfBody writes it: control characters but tab
// and line break dropped (a field keeps CR as well), CR LF and CR a line break in running text,
// U+FFFE and U+FFFF dropped.
FUZZ_HARNESS std::string expectedText(const std::string& s, bool field) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\r' && !field) {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += '\n';
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      continue;
    } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

FUZZ_HARNESS std::string expectedParagraph(const core::BodyParagraph& p) {
  std::string out;
  for (const auto& s : p.segments) {
    if (!s.fieldKey.empty()) out += expectedText(s.text, true);
    else if (s.placeholder) out += "<" + expectedText(s.text, true) + ">";
    else out += expectedText(s.text, false);
  }
  return out;
}

// Every length the rule styles write is "[-]digits.dd" + "mm" and says the 1/100 mm it was given.
void checkLengths(const std::string& odf, const std::vector<core::RuleLayout>& rules) {
  const std::string content = odf.substr(0, odf.find("</office:automatic-styles>"));  // not the text
  std::size_t k = 0;
  for (std::size_t at = content.find("fo:margin-left=\""); at != std::string::npos;
       at = content.find("fo:margin-left=\"", at + 1), ++k) {
    const std::size_t start = at + 16;
    const std::string value = content.substr(start, content.find('"', start) - start);
    const std::int64_t hmm = rules.at(k).indentHmm;
    const std::uint64_t magnitude = hmm < 0 ? 0 - static_cast<std::uint64_t>(hmm) : static_cast<std::uint64_t>(hmm);
    const std::string digits = std::to_string(magnitude / 100) + "." + (magnitude % 100 < 10 ? "0" : "") +
                               std::to_string(magnitude % 100) + "mm";
    FUZZ_CHECK_MSG(value == (hmm < 0 ? "-" : "") + digits, value + " for " + std::to_string(hmm));
  }
  FUZZ_CHECK(k == rules.size());
}

void render(const std::vector<core::BodyParagraph>& body, const std::vector<core::RuleLayout>& rules,
            const std::map<std::string, std::string>& values) {
  static const core::BodyStyleNames styles{"Báo cáo - Nội dung", "Báo cáo - Tên loại", "Báo cáo - Trích yếu",
                                           "Báo cáo - Kính gửi",
                                           {"Báo cáo - Đề mục 1", "Báo cáo - Đề mục 2", "Báo cáo - Đề mục 3"}};
  const core::OdfBody odf = core::renderOdfBody(body, styles, rules, values);
  const auto content = fuzz::checkXml(odf.content);
  FUZZ_CHECK_MSG(content.error.empty(), content.error + "\n" + quote(odf.content, 4000));
  const auto stylesXml = fuzz::checkXml(odf.styles);
  FUZZ_CHECK_MSG(stylesXml.error.empty(), stylesXml.error + "\n" + quote(odf.styles, 4000));
  FUZZ_CHECK(content.paragraphs.size() == body.size() + rules.size() + 1);
  checkLengths(odf.content, rules);
  bool wellFormed = true;
  for (const auto& p : body)
    for (const auto& s : p.segments) wellFormed = wellFormed && text::isValidUtf8(s.text);
  if (!wellFormed) return;
  std::size_t k = 0;
  for (const auto& p : body) {
    FUZZ_CHECK_MSG(content.paragraphs[k] == expectedParagraph(p), quote(content.paragraphs[k]) + " vs " + quote(expectedParagraph(p)));
    k += p.rule ? 2 : 1;
  }
}

void direct(std::string_view in, Strings& strings) {
  std::vector<core::BodyParagraph> body;
  std::vector<core::RuleLayout> rules;
  std::map<std::string, std::string> values;
  for (const auto para : split(in, '\x1E')) {
    if (para.size() < 2 || body.size() >= 64) continue;
    const auto p0 = static_cast<std::uint8_t>(para[0]), p1 = static_cast<std::uint8_t>(para[1]);
    core::BodyParagraph p{static_cast<core::ParaRole>(p0 % 7), static_cast<int>((p0 >> 3) % 6) - 1, {}, {}, {}, std::nullopt};
    std::string_view rest = para.substr(2);
    if (p0 & 0x80) {
      p.rule = core::RuleSpec{};
      core::RuleLayout r;
      if (rest.size() >= 16) {
        std::memcpy(&r.indentHmm, rest.data(), 8);
        std::memcpy(&r.lineWidthHmm, rest.data() + 8, 8);
        rest.remove_prefix(16);
      }
      rules.push_back(r);
    }
    for (const auto seg : split(rest, '\x1F')) {
      if (seg.empty()) continue;
      const auto s0 = static_cast<std::uint8_t>(seg[0]);
      core::Segment s;
      s.text = strings.take(seg.substr(1));
      switch (s0 % 3) {
        case 1:
          s.placeholder = true;
          s.hint = s.text.substr(0, 64);
          break;
        case 2:
          s.fieldKey = s.text.substr(0, s.text.find(' '));
          if (s0 & 0x40) values[s.fieldKey.empty() ? "k" : s.fieldKey] = s.text.substr(s.fieldKey.size());
          if (s.fieldKey.empty()) s.fieldKey = "k";
          break;
        default: break;
      }
      p.segments.push_back(std::move(s));
    }
    if (p1 & 1) p.bookmark = p.segments.empty() ? "bc_x" : p.segments.front().text.substr(0, 64);
    body.push_back(std::move(p));
  }
  render(body, rules, values);
}

void throughSkeleton(std::string_view in, Strings& taken) {
  if (in.empty()) return;
  const auto& templates = fuzz::shippedTemplates();
  const core::ReportTemplate& t = templates[static_cast<std::uint8_t>(in[0]) % templates.size()];
  std::vector<std::string> strings;
  for (const auto s : split(in.substr(1), '\x1E'))
    strings.push_back(s.empty() ? std::string() : taken.take(s.substr(1)));
  std::size_t next = 0;
  auto take = [&]() -> std::string { return next < strings.size() ? strings[next++] : std::string(); };
  core::Answers a;
  a.templateId = t.id;
  for (const auto& input : t.inputs) {
    std::string v = take();
    if (input.type == core::InputType::Date && !core::parseIsoDate(v)) v = "2025-05-07";
    a.inputs[input.id] = v;
  }
  core::AgencyProfile profile;
  for (const auto& f : core::kProfileFields) profile.*f.member = take();
  a.number = take();
  const auto skeleton = core::buildSkeleton(t, a, profile, core::CivilDate{2025, 5, 7});
  if (!skeleton) return;
  std::vector<core::RuleLayout> rules;
  for (const auto& p : skeleton->body)
    if (p.rule) rules.push_back(core::layoutRule(*p.rule, 5000.0 * p.rule->fraction, 16000));
  render(skeleton->body, rules, {});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view in = fuzz::bytes(data + 1, size - 1);
  Strings strings(fuzz::bytes(data, size));
  if (data[0] % 2 == 0) direct(in, strings);
  else throughSkeleton(in, strings);
  return 0;
}
