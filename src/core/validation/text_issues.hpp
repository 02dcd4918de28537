// The text rules that look at one paragraph alone, each finding with its byte range and its
// correction: ONE function read by the validator (rules_text.cpp) and by Writer's live proofreader
// (src/uno/component/proofreader.cxx), so the findings dialog and the underlines never disagree.
//
// Worked examples (offsets are bytes of the paragraph as given, NFD or not):
//   paragraphTextIssues("Phó chỉ tịch avf để để")
//     == {{Rule::TextConfusable, 4, 15, "chủ tịch"},    // "chỉ tịch"
//         {Rule::TextTelexLeftover, 20, 3, "và"},        // "avf"
//         {Rule::TextRepeatedWord, 24, 9, "để"}}         // "để để" (ordered by rule, then place)
//   utf16Span("Phó chỉ tịch", 4, 15) == {4, 8}           // what Writer counts
#pragma once

#include "core/messages.hpp"
#include "core/validation/rule_table.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

struct TextIssue {
  Rule rule = Rule::End;
  std::size_t offset = 0;          // bytes of the paragraph as given
  std::size_t length = 0;
  std::string correction;          // replaces exactly [offset, offset + length); empty: no certain fix
  std::vector<std::string> args;   // the arguments of ruleInfo(rule).message
};

// Every per-paragraph text finding: decomposed words (NFD), legacy-encoded words (TCVN3/VNI), tone
// marks on the wrong vowel, undiacritised date words, then the typing slips of text/slips.hpp
// (Telex leftovers, repeated words, missing spaces, malformed syllables, confusables). Grouped in
// that order, each group in text order. The document-wide text.mixed-tone-style is not here.
[[nodiscard]] std::vector<TextIssue> paragraphTextIssues(std::string_view utf8);

// The finding's sentence in one language ("Viết nhầm: “trận tự” → “trật tự”.").
[[nodiscard]] std::string issueMessage(const TextIssue& issue, Language lang);

// A byte range of UTF-8 text as UTF-16 code units (what Writer's and Java's strings count).
struct Utf16Span {
  std::size_t offset = 0;
  std::size_t length = 0;
};
[[nodiscard]] Utf16Span utf16Span(std::string_view utf8, std::size_t offset, std::size_t length);

// The same for many ranges of one text (a paragraph with hundreds of issues): the table is made
// once, in one pass, and each range is then two look-ups.
class Utf16Positions {
 public:
  explicit Utf16Positions(std::string_view utf8);
  [[nodiscard]] Utf16Span span(std::size_t offset, std::size_t length) const;

 private:
  std::vector<std::uint32_t> mUnitsBefore;  // UTF-16 units before each byte offset, and at the end
};

}  // namespace baocao::core
