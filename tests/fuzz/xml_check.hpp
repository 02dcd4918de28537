// A small XML 1.0 well-formedness check for what renderOdfBody writes: UTF-8, only XML
// characters, balanced elements, quoted attributes without '<', known entities and character
// references to XML characters. It also gives the text of every text:p and text:h as Writer's
// import would read it (<text:s/> a space, <text:tab/> a tab, <text:line-break/> a new line).
#pragma once

#include "fuzz_support.hpp"

#include <set>

namespace baocao::fuzz {

FUZZ_HARNESS inline bool isXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

struct XmlDocument {
  std::string error;                    // empty when well-formed
  std::vector<std::string> paragraphs;  // text of each text:p / text:h, in order
};

class XmlChecker {
 public:
  explicit XmlChecker(std::string_view xml) : s_(xml) {}

  FUZZ_HARNESS XmlDocument run() {
    if (const std::size_t bad = referenceInvalidUtf8(s_); bad != std::string_view::npos)
      return fail("ill-formed UTF-8 at " + std::to_string(bad));
    for (const char32_t c : codePoints(s_))
      if (!isXmlChar(c)) return fail("not an XML character: U+" + std::to_string(static_cast<unsigned>(c)));
    if (s_.starts_with("<?xml")) {
      const std::size_t end = s_.find("?>");
      if (end == std::string_view::npos) return fail("unterminated XML declaration");
      i_ = end + 2;
    }
    int roots = 0;
    while (i_ < s_.size() && out_.error.empty()) {
      if (s_[i_] == '<') {
        if (stack_.empty() && s_.compare(i_, 2, "</") != 0) ++roots;
        tag();
      } else {
        charData();
      }
    }
    if (!out_.error.empty()) return out_;
    if (!stack_.empty()) return fail("unclosed <" + stack_.back() + ">");
    if (roots != 1) return fail(std::to_string(roots) + " root elements");
    return out_;
  }

 private:
  FUZZ_HARNESS XmlDocument fail(const std::string& why) {
    if (out_.error.empty()) out_.error = why + " (at byte " + std::to_string(i_) + ")";
    return out_;
  }

  FUZZ_HARNESS static bool nameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' ||
           c == '.';
  }

  FUZZ_HARNESS std::string name() {
    const std::size_t start = i_;
    while (i_ < s_.size() && nameChar(s_[i_])) ++i_;
    if (i_ == start || (s_[start] >= '0' && s_[start] <= '9') || s_[start] == '-' || s_[start] == '.') {
      fail("bad name");
      return {};
    }
    return std::string(s_.substr(start, i_ - start));
  }

  FUZZ_HARNESS void spaces() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  // An entity or character reference at i_ ('&'); appends what it stands for.
  FUZZ_HARNESS void reference(std::string& text) {
    const std::size_t semi = s_.find(';', i_);
    if (semi == std::string_view::npos || semi - i_ > 12) {
      fail("bad reference");
      return;
    }
    const std::string_view ref = s_.substr(i_ + 1, semi - i_ - 1);
    i_ = semi + 1;
    if (ref == "amp") text += '&';
    else if (ref == "lt") text += '<';
    else if (ref == "gt") text += '>';
    else if (ref == "quot") text += '"';
    else if (ref == "apos") text += '\'';
    else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x';
      const std::string digits(ref.substr(hex ? 2 : 1));
      if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") != std::string::npos) {
        fail("bad character reference");
        return;
      }
      const unsigned long c = std::stoul(digits, nullptr, hex ? 16 : 10);
      if (c > 0x10FFFF || !isXmlChar(static_cast<char32_t>(c))) {
        fail("reference to a non-character");
        return;
      }
      text += utf8(static_cast<char32_t>(c));
    } else {
      fail("unknown entity &" + std::string(ref) + ";");
    }
  }

  FUZZ_HARNESS bool inParagraph() const { return paragraphDepth_ > 0; }

  FUZZ_HARNESS void charData() {
    std::string text;
    while (i_ < s_.size() && s_[i_] != '<' && out_.error.empty()) {
      if (s_[i_] == '&') {
        reference(text);
      } else {
        if (s_.compare(i_, 3, "]]>") == 0) {
          fail("]]> in text");
          return;
        }
        text += s_[i_++];
      }
    }
    if (inParagraph()) out_.paragraphs.back() += text;
    else if (!stack_.empty() && text.find_first_not_of(" \t\r\n") != std::string::npos && stack_.back() != "text:user-field-decls")
      fail("text outside a paragraph in <" + stack_.back() + ">");
  }

  FUZZ_HARNESS void tag() {
    ++i_;  // '<'
    if (i_ < s_.size() && s_[i_] == '/') {
      ++i_;
      const std::string n = name();
      spaces();
      if (i_ >= s_.size() || s_[i_] != '>') {
        fail("bad end tag");
        return;
      }
      ++i_;
      if (stack_.empty() || stack_.back() != n) {
        fail("</" + n + "> does not close " + (stack_.empty() ? std::string("anything") : "<" + stack_.back() + ">"));
        return;
      }
      stack_.pop_back();
      if (n == "text:p" || n == "text:h") --paragraphDepth_;
      return;
    }
    const std::string n = name();
    if (!out_.error.empty()) return;
    std::set<std::string> attributes;
    for (;;) {
      const std::size_t before = i_;
      spaces();
      if (i_ >= s_.size()) {
        fail("unterminated tag");
        return;
      }
      if (s_[i_] == '>' || s_.compare(i_, 2, "/>") == 0) break;
      if (i_ == before) {
        fail("no space before an attribute");
        return;
      }
      const std::string a = name();
      if (!out_.error.empty()) return;
      if (!attributes.insert(a).second) {
        fail("repeated attribute " + a);
        return;
      }
      if (i_ + 1 >= s_.size() || s_[i_] != '=' || s_[i_ + 1] != '"') {
        fail("attribute without a quoted value");
        return;
      }
      i_ += 2;
      std::string value;
      while (i_ < s_.size() && s_[i_] != '"' && out_.error.empty()) {
        if (s_[i_] == '<') {
          fail("'<' in an attribute");
          return;
        }
        if (s_[i_] == '&') reference(value);
        else ++i_;
      }
      if (i_ >= s_.size()) {
        fail("unterminated attribute");
        return;
      }
      ++i_;  // '"'
    }
    const bool empty = s_[i_] == '/';
    i_ += empty ? 2 : 1;
    const bool paragraph = n == "text:p" || n == "text:h";
    if (paragraph) {
      if (inParagraph()) {
        fail("a paragraph inside a paragraph");
        return;
      }
      out_.paragraphs.emplace_back();
    }
    if (inParagraph() && empty) {
      if (n == "text:s") out_.paragraphs.back() += ' ';
      else if (n == "text:tab") out_.paragraphs.back() += '\t';
      else if (n == "text:line-break") out_.paragraphs.back() += '\n';
    }
    if (!empty) {
      stack_.push_back(n);
      if (paragraph) ++paragraphDepth_;
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::vector<std::string> stack_;
  int paragraphDepth_ = 0;
  XmlDocument out_;
};

FUZZ_HARNESS inline XmlDocument checkXml(std::string_view xml) { return XmlChecker(xml).run(); }

}  // namespace baocao::fuzz
