// text.* (Unicode form, legacy encodings, tone marks, missing diacritics, typing slips: the per-paragraph
// ones in text_issues.hpp) and date.invalid.
#include "core/civil_date.hpp"
#include "core/validation/rules.hpp"
#include "core/validation/text_issues.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

namespace baocao::core::rules {
namespace {

bool hasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; }); }

bool ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

// The language a paragraph is marked in: its runs' (the one most of its text has); empty when unmarked.
std::string_view markedLanguage(const DocParagraph& p) {
  std::unordered_map<std::string_view, std::size_t> bytes;
  for (const auto& r : p.runs)
    if (!r.language.empty()) bytes[r.language] += r.text.size();
  std::string_view best;
  std::size_t most = 0;
  for (const auto& [lang, n] : bytes)
    if (n > most) {
      most = n;
      best = lang;
    }
  return best;
}

}  // namespace

void checkText(const Context& c) {
  // text.spelling: a paragraph marked in another language (an English quotation) is not checked as
  // Vietnamese, but only in a document that marks its Vietnamese as such: one left all in the
  // default language (en-US on many machines, whatever the clerk typed) says nothing.
  std::optional<SpellingCheck> spelling;
  if (c.spelling != nullptr) spelling.emplace(*c.spelling);
  const bool marksVietnamese = std::any_of(c.doc.paragraphs.begin(), c.doc.paragraphs.end(), [](const DocParagraph& p) {
    return std::any_of(p.runs.begin(), p.runs.end(), [](const TextRun& r) { return r.language == "vi"; });
  });
  // Most words recur: each spelling's tone style is looked at once.
  std::unordered_map<std::string_view, text::ToneStyle> styles;  // keys point into the paragraphs
  int oldCount = 0, newCount = 0, firstOld = -1, firstNew = -1;
  std::string oldExample, newExample;

  for (std::size_t i = 0; i < c.doc.paragraphs.size(); ++i) {
    const std::string& t = c.doc.paragraphs[i].text;
    const int pi = static_cast<int>(i);
    // The per-paragraph rules, shared with Writer's proofreader; a paragraph's decomposed or
    // legacy-encoded text is one finding (quoting its first word), not one per word.
    bool nfdSaid = false, legacySaid = false;
    const auto issues = paragraphTextIssues(t);
    for (const auto& issue : issues) {
      if (issue.rule == Rule::TextMixedNormalization && std::exchange(nfdSaid, true)) continue;
      if (issue.rule == Rule::TextLegacyEncoding && std::exchange(legacySaid, true)) continue;
      c.add(issue.rule, pi, issue.args);
    }
    if (spelling && !legacySaid) {
      const std::string_view lang = markedLanguage(c.doc.paragraphs[i]);
      if (!marksVietnamese || lang.empty() || lang == "vi")
        for (const auto& issue : spelling->paragraph(t, issues)) c.add(issue.rule, pi, issue.args);
    }
    if (ascii(t)) continue;
    for (const auto& w : text::words(t)) {
      if (ascii(w.text)) continue;
      auto [it, fresh] = styles.try_emplace(w.text);
      if (fresh) it->second = text::toneStyle(w.text);
      if (it->second == text::ToneStyle::Old && oldCount++ == 0) {
        firstOld = pi;
        oldExample = text::nfc(w.text);
      }
      if (it->second == text::ToneStyle::New && newCount++ == 0) {
        firstNew = pi;
        newExample = text::nfc(w.text);
      }
    }
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
