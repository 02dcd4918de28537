#include "core/templates/odf_body.hpp"

#include "text/vntext.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace baocao::core {

namespace {

constexpr double kHmmPerPt = 2540.0 / 72.0;

constexpr const char* kNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " office:version=\"1.3\"";

// U+FFFE and U+FFFF are not XML characters either (UTF-8 EF BF BE / EF BF BF).
bool isNonCharacter(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
         (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF);
}

// Ill-formed UTF-8 is not XML, and Writer refuses the whole package for one bad byte: text from
// the office (a lone surrogate converted from UTF-16) or a macro can hold some. Each such byte
// becomes U+FFFD.
std::string wellFormed(std::string_view s) {
  std::string out;
  for (std::size_t bad = text::invalidUtf8At(s); bad != std::string_view::npos; bad = text::invalidUtf8At(s)) {
    out.append(s.substr(0, bad));
    out += "\xEF\xBF\xBD";
    s.remove_prefix(bad + 1);
  }
  out.append(s);
  return out;
}

void appendAttribute(std::string& out, std::string_view value) {
  if (!text::isValidUtf8(value)) {
    appendAttribute(out, wellFormed(value));
    return;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': out += "&#9;"; break;  // a parser would turn them into spaces
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) break;
        if (isNonCharacter(value, i)) {
          i += 2;
          break;
        }
        out += c;
    }
  }
}

// Paragraph text. Writer's import drops leading spaces and collapses runs, so a space is written
// as itself only between two other characters of the same run; everywhere else as <text:s/>.
// A field's content is read as it stands (`asField`): no elements there, characters kept as they are.
void appendText(std::string& out, std::string_view text, bool asField = false) {
  if (!text::isValidUtf8(text)) {
    appendText(out, wellFormed(text), asField);
    return;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case ' ': {
        if (asField) {
          out += ' ';
          break;
        }
        const auto blank = [](char b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r'; };
        const bool between = i > 0 && i + 1 < text.size() && !blank(text[i - 1]) && !blank(text[i + 1]);
        out += between ? " " : "<text:s/>";
        break;
      }
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\t': out += asField ? "\t" : "<text:tab/>"; break;
      case '\r':
        if (asField) {
          out += "&#13;";
          break;
        }
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        [[fallthrough]];
      case '\n': out += asField ? "\n" : "<text:line-break/>"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) break;
        if (isNonCharacter(text, i)) {
          i += 2;
          break;
        }
        out += c;
    }
  }
}

std::string mm(std::int64_t hmm) {
  const std::int64_t a = std::llabs(hmm);
  std::string frac = std::to_string(a % 100);
  if (frac.size() < 2) frac.insert(0, 1, '0');
  return (hmm < 0 ? "-" : "") + std::to_string(a / 100) + "." + frac + "mm";
}

// Style references: the package declares each display name under a plain XML name (bcs0, bcs1…);
// Writer maps it back by display name to the document's existing style.
class StyleRefs {
 public:
  const std::string& operator[](std::string_view displayName) {
    const auto it = std::find_if(used_.begin(), used_.end(), [&](const auto& u) { return u.first == displayName; });
    if (it != used_.end()) return it->second;
    used_.emplace_back(std::string(displayName), "bcs" + std::to_string(used_.size()));
    return used_.back().second;
  }
  [[nodiscard]] std::string declarations() const {
    std::string out;
    for (const auto& [display, name] : used_) {
      out += "<style:style style:name=\"" + name + "\" style:display-name=\"";
      appendAttribute(out, display);
      out += "\" style:family=\"paragraph\"/>";
    }
    return out;
  }

 private:
  std::vector<std::pair<std::string, std::string>> used_;
};

// The rule paragraph: what the Writer adapter's insertRuleParagraph sets as direct formatting.
std::string ruleStyle(const std::string& name, const std::string& parent, const RuleLayout& rule) {
  return "<style:style style:name=\"" + name + "\" style:family=\"paragraph\" style:parent-style-name=\"" + parent +
         "\"><style:paragraph-properties fo:text-align=\"center\" fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\""
         " fo:text-indent=\"0mm\" fo:line-height=\"100%\" fo:margin-left=\"" + mm(rule.indentHmm) +
         "\" fo:margin-right=\"" + mm(rule.indentHmm) + "\" fo:border-top=\"" + mm(rule.lineWidthHmm) +
         " solid #000000\" fo:padding-top=\"0mm\"/><style:text-properties fo:font-size=\"4pt\""
         " fo:font-weight=\"normal\"/></style:style>";
}

void appendSegments(std::string& out, const std::vector<Segment>& segments) {
  for (const auto& s : segments) {
    if (!s.fieldKey.empty()) {
      out += "<text:user-field-get text:name=\"";
      appendAttribute(out, figureFieldName(s.fieldKey));
      out += "\">";
      appendText(out, s.text, true);
      out += "</text:user-field-get>";
    } else if (s.placeholder) {
      // Writer shows a placeholder in angle brackets and strips one pair on import.
      out += "<text:placeholder text:placeholder-type=\"text\" text:description=\"";
      appendAttribute(out, s.hint);
      out += "\">&lt;";
      appendText(out, s.text, true);
      out += "&gt;</text:placeholder>";
    } else {
      appendText(out, s.text);
    }
  }
}

}  // namespace

std::string figureFieldName(std::string_view key) { return "bc_" + std::string(key); }

RuleLayout layoutRule(const RuleSpec& rule, double lengthHmm, std::int64_t availableHmm) {
  return {std::llround((static_cast<double>(availableHmm) - lengthHmm) / 2.0), std::llround(rule.lineWidthPt * kHmmPerPt)};
}

std::string_view BodyStyleNames::styleFor(const BodyParagraph& p) const {
  switch (p.role) {
    case ParaRole::TypeName: return typeName;
    case ParaRole::TrichYeu: return trichYeu;
    case ParaRole::KinhGui: return kinhGui;
    case ParaRole::Heading: return heading[static_cast<std::size_t>(std::clamp(p.level, 0, 2))];
    case ParaRole::Opening:
    case ParaRole::Guidance:
    case ParaRole::Figure: return body;
  }
  return body;
}

OdfBody renderOdfBody(const std::vector<BodyParagraph>& body, const BodyStyleNames& styles,
                      const std::vector<RuleLayout>& rules, const std::map<std::string, std::string>& figureValues) {
  const auto ruled = std::count_if(body.begin(), body.end(), [](const BodyParagraph& p) { return p.rule.has_value(); });
  if (static_cast<std::size_t>(ruled) != rules.size())
    throw std::invalid_argument("renderOdfBody: " + std::to_string(rules.size()) + " rule layouts for " +
                                std::to_string(ruled) + " ruled paragraphs");

  StyleRefs refs;
  std::string automatic, decls, text;
  std::vector<std::string> declared;
  std::size_t nextRule = 0;
  text.reserve(body.size() * 200);
  for (const auto& p : body) {
    for (const auto& s : p.segments) {
      if (s.fieldKey.empty() || std::find(declared.begin(), declared.end(), s.fieldKey) != declared.end()) continue;
      declared.push_back(s.fieldKey);
      const auto current = figureValues.find(s.fieldKey);
      decls += "<text:user-field-decl office:value-type=\"string\" office:string-value=\"";
      appendAttribute(decls, current != figureValues.end() ? current->second : s.text);
      decls += "\" text:name=\"";
      appendAttribute(decls, figureFieldName(s.fieldKey));
      decls += "\"/>";
    }
    const std::string style = refs[styles.styleFor(p)];
    const bool heading = p.role == ParaRole::Heading;
    if (heading) {
      text += "<text:h text:style-name=\"" + style + "\" text:outline-level=\"" +
              std::to_string(std::clamp(p.level, 0, 2) + 1) + "\">";
    } else {
      text += "<text:p text:style-name=\"" + style + "\">";
    }
    if (!p.bookmark.empty()) {
      text += "<text:bookmark-start text:name=\"";
      appendAttribute(text, p.bookmark);
      text += "\"/>";
    }
    appendSegments(text, p.segments);
    if (!p.bookmark.empty()) {
      text += "<text:bookmark-end text:name=\"";
      appendAttribute(text, p.bookmark);
      text += "\"/>";
    }
    text += heading ? "</text:h>" : "</text:p>";
    if (p.rule) {
      const std::string name = "bcRule" + std::to_string(nextRule);
      automatic += ruleStyle(name, style, rules[nextRule++]);
      text += "<text:p text:style-name=\"" + name + "\"/>";
    }
  }

  OdfBody out;
  out.content = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") + kNamespaces +
                "><office:automatic-styles>" + automatic + "</office:automatic-styles><office:body><office:text>";
  if (!decls.empty()) out.content += "<text:user-field-decls>" + decls + "</text:user-field-decls>";
  // The closing empty paragraph takes the merge Writer does with the paragraph the package lands
  // in, which would otherwise give the last paragraph the attributes of the one before it.
  out.content += text + "<text:p/></office:text></office:body></office:document-content>\n";
  out.styles = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") + kNamespaces +
               "><office:styles>" + refs.declarations() + "</office:styles></office:document-styles>\n";
  return out;
}

}  // namespace baocao::core
