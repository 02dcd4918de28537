// text.spelling: the words of a report that LibreOffice's own spell checker (hunspell-vi, vi-VN)
// does not know, asked through a small oracle the adapter implements over
// css.linguistic2.XSpellChecker (src/uno/document/spell_oracle) and the unit tests fake.
//
// Which words are asked: NFC, case-folded; each distinct spelling once per check (SpellingCheck
// caches the answers); a word unknown in its tone placement is asked again in the other one
// ("hòa" / "hoà"), so either placement passes. Left alone: abbreviations (UBND, HĐND, TTHC: all
// capitals and no Vietnamese syllable), words with digits or inside codes and addresses
// ("Covid19", "CT-TTg", "www.longmon.gov.vn"), units after a number ("15 km", "20 ha"), capitalised words not at a sentence's start (names:
// "Long Môn", "Zalo"), mixed case ("TTg", "iPhone"), other scripts, single letters, words of more
// than 30 bytes, and in a paragraph of mostly non-Vietnamese words every word without a
// Vietnamese letter (an English quotation).
//   spellingWords("Ủy ban nhân dân xã Long Môn báo cáo UBND huyện") asks "ủy", "ban", "nhân",
//   "dân", "xã", "báo", "cáo", "huyện": "Long Môn" is a name, "UBND" an abbreviation.
#pragma once

#include "core/validation/text_issues.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::core {

// The spell checker, word by word. Words come NFC and case-folded ("hòa", "ủy").
class SpellingOracle {
 public:
  virtual ~SpellingOracle() = default;
  // False when the office has no spell checker for vi-VN: nothing is checked, and the check says so.
  [[nodiscard]] virtual bool available() = 0;
  [[nodiscard]] virtual bool known(const std::string& word) = 0;
  // Asked only for a word that is not known; at most a handful, best first.
  [[nodiscard]] virtual std::vector<std::string> suggestions(const std::string& word) = 0;
};

// A word of a paragraph to ask about: where it is (bytes of the paragraph as given) and the form
// asked (NFC, case-folded).
struct SpellingWord {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string asked;
  std::string asName;       // a capitalised or upper-case word at a sentence's start, as a name
                            // ("Nguyễn", which the dictionary has capitalised only); else empty
};
[[nodiscard]] std::vector<SpellingWord> spellingWords(std::string_view utf8);

namespace detail {
// What a word is, whatever its place: kept per distinct spelling, since a report of 500 pages
// has some 200,000 words and a few thousand spellings.
struct WordClass {
  bool check = false;       // a candidate at all (Latin, cased right, not an abbreviation, short)
  bool capitalised = false; // asked only at a sentence's start
  bool vietnamese = false;  // has a Vietnamese letter or is a Vietnamese syllable
  bool ascii = false;
  std::string asked;        // NFC, case-folded
  std::string asName;       // NFC, its first letter upper case, the rest lower ("Nguyễn"); empty for lower case
};
class WordClasses {
 public:
  // A reference that stays valid until the next trim() (the map's nodes do not move).
  const WordClass& of(std::string_view word);
  // Forgets every class once there are too many (garbage text must not grow it for ever): only
  // between paragraphs, when no reference from of() is held.
  void trim();
 private:
  std::unordered_map<std::string, WordClass> mClasses;
};
std::vector<SpellingWord> spellingWords(std::string_view utf8, WordClasses& classes);
}  // namespace detail

// One check's answers: each distinct word is asked once, whatever the number of paragraphs.
class SpellingCheck {
 public:
  explicit SpellingCheck(SpellingOracle& oracle) : mrOracle(oracle) {}
  // The paragraph's unknown words as text.spelling issues (args: the word as written, then the
  // suggestions joined by ", "), skipping those inside `taken` (bytes other text rules already
  // reported: "búc xúc" is a confusable, not twice a finding).
  [[nodiscard]] std::vector<TextIssue> paragraph(std::string_view utf8, const std::vector<TextIssue>& taken);
  [[nodiscard]] std::size_t asked() const { return mAsked; }  // questions put to the oracle

 private:
  struct Verdict {
    bool known = true;
    std::string suggestions;  // joined
  };
  const Verdict& verdict(const std::string& word, const std::string& asName);
  bool known(const std::string& word);  // the oracle's answer, each word asked once
  SpellingOracle& mrOracle;
  std::unordered_map<std::string, Verdict> mVerdicts;
  std::unordered_map<std::string, bool> mKnown;
  detail::WordClasses mClasses;
  std::size_t mAsked = 0;
};

}  // namespace baocao::core
