#include "core/validation/text_issues.hpp"

#include "text/legacy.hpp"
#include "text/slips.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace baocao::core {
namespace {

bool ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

bool isSpace(std::string_view s, std::size_t at, std::size_t& len) {
  if (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\r') return len = 1, true;
  if (s.compare(at, 2, "\xC2\xA0") == 0) return len = 2, true;
  return false;
}

std::vector<std::string_view> spaceTokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 0;
    if (isSpace(s, i, len)) {
      i += len;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && !isSpace(s, i, len)) ++i;
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

// The words around a byte offset, composed, for quoting in a message; `ws` are text's words (found
// once per paragraph: a decomposed paragraph of many words must stay linear).
template <class Words>
std::string around(std::string_view text, const Words& ws, std::size_t offset, std::size_t length) {
  const auto first = std::partition_point(ws.begin(), ws.end(), [&](const auto& w) { return w.offset + w.length <= offset; });
  const auto k = static_cast<std::size_t>(first - ws.begin());
  const std::size_t from = k >= 2 ? ws[k - 2].offset : 0;
  std::size_t last = k;
  while (last < ws.size() && ws[last].offset < offset + length) ++last;
  const std::size_t to = last + 1 < ws.size() ? ws[last + 1].offset + ws[last + 1].length : text.size();
  return text::collapseSpaces(text::nfc(text.substr(from, to - from)));
}

// Most words recur in a report and while typing: each spelling's tone verdict is remembered per
// thread (bounded: a pasted dictionary must not grow it for ever).
const std::optional<std::string>& misplacedToneCached(std::string_view word) {
  thread_local std::unordered_map<std::string, std::optional<std::string>> cache;
  if (cache.size() > 50000) cache.clear();
  auto it = cache.find(std::string(word));
  if (it == cache.end()) it = cache.emplace(std::string(word), text::misplacedTone(word)).first;
  return it->second;
}

// The slips report byte ranges of nfc(paragraph). When the paragraph is not NFC, the ranges are
// carried back through its runs between spaces (NFC never composes across a space): a run that is
// NFC maps byte for byte, a run NFC changes maps as a whole. Decomposed marks are the usual cause;
// a compatibility letter (U+212B ANGSTROM SIGN) or bytes that are not UTF-8 change a run too.
class NfcMap {
 public:
  explicit NfcMap(std::string_view original) : mOriginal(original) {
    if (text::isNfc(original)) {  // most paragraphs: the map is the identity
      mNfc = original;
      return;
    }
    std::size_t i = 0;
    while (i < original.size()) {
      std::size_t len = 0;
      const std::size_t start = i;
      if (isSpace(original, i, len)) {
        i += len;
      } else {
        while (i < original.size() && !isSpace(original, i, len)) ++i;
      }
      const std::string_view piece = original.substr(start, i - start);
      Run r{start, piece.size(), mNfc.size(), 0, true};
      if (!text::isNfc(piece)) {
        const std::string composed = text::nfc(piece);
        r.same = composed == piece;
        mNfc += composed;
      } else {
        mNfc += piece;
      }
      r.nfcLength = mNfc.size() - r.nfcOffset;
      mRuns.push_back(r);
    }
  }
  [[nodiscard]] const std::string& nfc() const { return mNfc; }  // NFC: each run that was not is normalised
  [[nodiscard]] bool identity() const { return mRuns.empty(); }

  // The issue's range and correction in the original's bytes.
  [[nodiscard]] TextIssue place(Rule rule, const text::Slip& s, std::vector<std::string> args) const {
    TextIssue out{rule, s.offset, s.length, s.correction, std::move(args)};
    if (mRuns.empty()) return out;
    const Run& first = runAt(s.offset);
    const Run& last = runAt(s.length > 0 ? s.offset + s.length - 1 : s.offset);
    const std::size_t nfcFrom = first.same ? s.offset : first.nfcOffset;
    const std::size_t nfcTo = last.same ? s.offset + s.length : last.nfcOffset + last.nfcLength;
    const std::size_t from = first.same ? first.offset + (s.offset - first.nfcOffset) : first.offset;
    const std::size_t to = last.same ? last.offset + (s.offset + s.length - last.nfcOffset) : last.offset + last.length;
    out.offset = from;
    out.length = to - from;
    if (!s.correction.empty() && (nfcFrom != s.offset || nfcTo != s.offset + s.length))
      out.correction = mNfc.substr(nfcFrom, s.offset - nfcFrom) + s.correction +
                       mNfc.substr(s.offset + s.length, nfcTo - (s.offset + s.length));
    return out;
  }

 private:
  struct Run {
    std::size_t offset, length, nfcOffset, nfcLength;
    bool same;
  };
  const Run& runAt(std::size_t nfcOffset) const {
    auto it = std::upper_bound(mRuns.begin(), mRuns.end(), nfcOffset,
                               [](std::size_t v, const Run& r) { return v < r.nfcOffset; });
    return it == mRuns.begin() ? *it : *std::prev(it);
  }
  std::string_view mOriginal;
  std::string mNfc;
  std::vector<Run> mRuns;
};

}  // namespace

std::vector<TextIssue> paragraphTextIssues(std::string_view t) {
  std::vector<TextIssue> out;
  if (t.empty()) return out;
  const NfcMap map(t);
  const text::SlipText split(map.nfc(), text::SlipText::KnownNfc{});  // the typing slips', and t's words when t is NFC
  const bool plain = ascii(t);
  if (!plain) {
    // text.mixed-normalization: decomposed letters (NFD), which search and sorting treat as other words
    if (!map.identity()) {  // each word on its own: the same answer for the paragraph and any piece of it
      const auto ws = text::words(t);
      for (const auto& w : ws)
        if (!text::isNfc(w.text))
          out.push_back({Rule::TextMixedNormalization, w.offset, w.length, text::nfc(w.text), {around(t, ws, w.offset, w.length)}});
    }
    // text.legacy-encoding: TCVN3 or VNI read as Latin-1
    for (const auto token : spaceTokens(t))
      if (const auto guess = text::legacyWord(token))
        out.push_back({Rule::TextLegacyEncoding, static_cast<std::size_t>(token.data() - t.data()), token.size(),
                       guess->decoded,
                       {guess->encoding == text::LegacyEncoding::Tcvn3 ? "TCVN3 (ABC)" : "VNI", std::string(token),
                        guess->decoded}});
    // text.tone-mark-placement
    // t's words are the split's when t is NFC
    std::vector<text::Word> own;
    const bool same = map.identity();
    for (const auto& w : same ? split.words() : (own = text::words(t))) {
      if (ascii(w.text)) continue;
      if (const auto& fix = misplacedToneCached(w.text))
        out.push_back({Rule::TextToneMarkPlacement, w.offset, w.length, *fix, {text::nfc(w.text), *fix}});
    }
  }
  // text.undiacritized-word
  for (const auto& u : text::undiacritizedWords(t))
    out.push_back({Rule::TextUndiacritizedWord, u.offset, u.word.size(), u.suggestion, {u.word, u.suggestion}});

  // The typing slips (text/slips.hpp), over the NFC text.
  const auto slips = [&](Rule rule, const std::vector<text::Slip>& found, Rule noFix = Rule::End) {
    for (const auto& s : found) {
      if (s.correction.empty() && noFix != Rule::End)
        out.push_back(map.place(noFix, s, {s.found}));
      else
        out.push_back(map.place(rule, s, {s.found, s.correction}));
    }
  };
  slips(Rule::TextTelexLeftover, text::telexLeftovers(split));
  slips(Rule::TextRepeatedWord, text::repeatedWords(split));
  slips(Rule::TextMissingSpace, text::missingSpaces(split));
  slips(Rule::TextMalformedSyllable, text::malformedSyllables(split), Rule::TextMalformedSyllableNoFix);
  slips(Rule::TextConfusable, text::confusables(split));
  return out;
}

std::string issueMessage(const TextIssue& issue, Language lang) {
  return format(message(ruleInfo(issue.rule).message, lang), issue.args);
}

Utf16Span utf16Span(std::string_view utf8, std::size_t offset, std::size_t length) {
  // UTF-16 units of a UTF-8 range: one per lead byte, two for a four-byte sequence (a surrogate pair).
  const auto units = [&](std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t i = from; i < to && i < utf8.size(); ++i) {
      const auto b = static_cast<unsigned char>(utf8[i]);
      if ((b & 0xC0) != 0x80) n += b >= 0xF0 ? 2 : 1;
    }
    return n;
  };
  const std::size_t start = units(0, offset);
  return {start, units(offset, offset + length)};
}

Utf16Positions::Utf16Positions(std::string_view utf8) {
  mUnitsBefore.reserve(utf8.size() + 1);
  std::uint32_t units = 0;
  for (const char ch : utf8) {
    mUnitsBefore.push_back(units);
    const auto b = static_cast<unsigned char>(ch);
    if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
  }
  mUnitsBefore.push_back(units);
}

Utf16Span Utf16Positions::span(std::size_t offset, std::size_t length) const {
  const std::size_t last = mUnitsBefore.size() - 1;
  const std::size_t from = std::min(offset, last), to = std::min(offset + length, last);
  return {mUnitsBefore[from], mUnitsBefore[to] - mUnitsBefore[from]};
}

}  // namespace baocao::core
