// text.* (Unicode form, legacy encodings, tone marks, missing diacritics) and date.invalid.
#include "core/civil_date.hpp"
#include "core/validation/rules.hpp"
#include "text/legacy.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <unordered_map>

namespace baocao::core::rules {
namespace {

bool ascii(std::string_view s) {
  for (const char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  return true;
}

// The words around a byte offset, composed, for quoting in a message.
std::string around(std::string_view text, std::size_t offset, std::size_t length) {
  const auto ws = text::words(text);
  std::size_t k = 0;
  while (k < ws.size() && ws[k].offset + ws[k].length <= offset) ++k;
  const std::size_t from = k >= 2 ? ws[k - 2].offset : 0;
  std::size_t last = k;
  while (last < ws.size() && ws[last].offset < offset + length) ++last;
  const std::size_t to = last + 1 < ws.size() ? ws[last + 1].offset + ws[last + 1].length : text.size();
  return text::collapseSpaces(text::nfc(text.substr(from, to - from)));
}

std::vector<std::string_view> spaceTokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  auto isSep = [&](std::size_t at, std::size_t& len) {
    if (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\r') return len = 1, true;
    if (s.compare(at, 2, "\xC2\xA0") == 0) return len = 2, true;
    return false;
  };
  while (i < s.size()) {
    std::size_t len = 0;
    if (isSep(i, len)) {
      i += len;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && !isSep(i, len)) ++i;
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

// Combining marks (U+0300-U+036F) are the only way Vietnamese text is not NFC: a byte scan first.
bool mayBeDecomposed(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if ((s[i] == '\xCC' || s[i] == '\xCD') && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) return true;
  return false;
}

bool hasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; }); }

struct WordFacts {
  std::optional<std::string> misplaced;
  text::ToneStyle style;
};

}  // namespace

void checkText(const Context& c) {
  // Most words recur: analyse each spelling once.
  std::unordered_map<std::string_view, WordFacts> facts;  // keys point into the paragraphs
  int oldCount = 0, newCount = 0, firstOld = -1, firstNew = -1;
  std::string oldExample, newExample;

  for (std::size_t i = 0; i < c.doc.paragraphs.size(); ++i) {
    const std::string& t = c.doc.paragraphs[i].text;
    const int pi = static_cast<int>(i);
    if (ascii(t)) {
      for (const auto& u : text::undiacritizedWords(t))
        c.add(Rule::TextUndiacritizedWord, pi, {u.word, u.suggestion});
      continue;
    }
    // text.mixed-normalization: decomposed letters (NFD), which search and sorting treat as other words
    if (mayBeDecomposed(t) && !text::isNfc(t))
      for (const auto& w : text::words(t))
        if (!text::isNfc(w.text)) {
          c.add(Rule::TextMixedNormalization, pi, {around(t, w.offset, w.length)});
          break;
        }
    // text.legacy-encoding: one finding per paragraph, quoting its first legacy word
    for (const auto token : spaceTokens(t))
      if (const auto guess = text::legacyWord(token)) {
        c.add(Rule::TextLegacyEncoding, pi,
              {guess->encoding == text::LegacyEncoding::Tcvn3 ? "TCVN3 (ABC)" : "VNI", std::string(token), guess->decoded});
        break;
      }
    for (const auto& w : text::words(t)) {
      if (ascii(w.text)) continue;
      auto [it, fresh] = facts.try_emplace(w.text);
      if (fresh) it->second = WordFacts{text::misplacedTone(w.text), text::toneStyle(w.text)};
      const WordFacts& f = it->second;
      if (f.misplaced)
        c.add(Rule::TextToneMarkPlacement, pi, {text::nfc(w.text), *f.misplaced});
      if (f.style == text::ToneStyle::Old && oldCount++ == 0) {
        firstOld = pi;
        oldExample = text::nfc(w.text);
      }
      if (f.style == text::ToneStyle::New && newCount++ == 0) {
        firstNew = pi;
        newExample = text::nfc(w.text);
      }
    }
    for (const auto& u : text::undiacritizedWords(t))
      c.add(Rule::TextUndiacritizedWord, pi, {u.word, u.suggestion});
  }
  // text.mixed-tone-style: both placements are correct, one document should use one (decree30.md §13)
  if (oldCount > 0 && newCount > 0)
    c.add(Rule::TextMixedToneStyle, oldCount >= newCount ? firstNew : firstOld,
          {std::to_string(oldCount), oldExample, std::to_string(newCount), newExample});
}

namespace {

bool digit(char ch) { return ch >= '0' && ch <= '9'; }

// Reads up to `max` digits at i; the value, or -1.
int readNumber(const std::string& s, std::size_t& i, std::size_t max) {
  const std::size_t start = i;
  int v = 0;
  while (i < s.size() && digit(s[i]) && i - start < max) v = v * 10 + (s[i++] - '0');
  return i == start || (i < s.size() && digit(s[i])) ? -1 : v;
}

}  // namespace

void checkDates(const Context& c) {
  for (std::size_t pi = 0; pi < c.doc.paragraphs.size(); ++pi) {
    if (!hasDigit(c.doc.paragraphs[pi].text)) continue;
    const std::string s = text::foldCase(text::collapseSpaces(c.doc.paragraphs[pi].text));
    auto report = [&](const std::string& typed) {
      c.add(Rule::DateInvalid, static_cast<int>(pi), {typed});
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!digit(s[i]) || (i > 0 && (digit(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.' || s[i - 1] == '-'))) continue;
      // d/m/yyyy
      std::size_t j = i;
      const int d = readNumber(s, j, 2);
      if (d < 0 || j >= s.size() || s[j] != '/') continue;
      ++j;
      const int m = readNumber(s, j, 2);
      if (m < 0 || j >= s.size() || s[j] != '/') continue;
      ++j;
      const std::size_t yearStart = j;
      const int y = readNumber(s, j, 4);
      if (y < 0 || j - yearStart != 4 || (j < s.size() && (s[j] == '/' || digit(s[j])))) continue;
      if (!isValid(CivilDate{y, m, d})) report(s.substr(i, j - i));
      i = j;
    }
    // ngày d tháng m năm yyyy
    for (std::size_t at = s.find("ngày "); at != std::string::npos; at = s.find("ngày ", at + 1)) {
      std::size_t j = at + std::string("ngày ").size();
      const int d = readNumber(s, j, 2);
      if (d < 0 || s.compare(j, std::string(" tháng ").size(), " tháng ") != 0) continue;
      j += std::string(" tháng ").size();
      const int m = readNumber(s, j, 2);
      if (m < 0 || s.compare(j, std::string(" năm ").size(), " năm ") != 0) continue;
      j += std::string(" năm ").size();
      const std::size_t yearStart = j;
      const int y = readNumber(s, j, 4);
      if (y < 0 || j - yearStart != 4) continue;
      if (!isValid(CivilDate{y, m, d})) report(s.substr(at, j - at));
    }
  }
}

}  // namespace baocao::core::rules
