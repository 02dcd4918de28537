#include "core/validation/text_issue_memo.hpp"

#include "text/slips.hpp"
#include "text/syllable.hpp"

#include <algorithm>

namespace baocao::core {
namespace {

// How far the text rules look around a finding, in runs between spaces that hold a letter: the
// Telex rule 4 chunks, the date words 3 tokens, the decomposed-word quotation 2 words. Each such
// run holds at least one of each.
constexpr int kHaloRuns = 4;

// The start of the kHaloRuns-th run holding a letter before `at`, or 0.
std::size_t haloStart(std::string_view t, std::size_t at) {
  int left = kHaloRuns;
  while (left > 0 && at > 0) {
    std::size_t end = at;
    while (end > 0 && t[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && t[begin - 1] != ' ') --begin;
    if (end > begin && text::hasWord(t.substr(begin, end - begin))) --left;
    at = begin;
  }
  return at;
}

// The end of the kHaloRuns-th run holding a letter from `at` on, or the text's end.
std::size_t haloEnd(std::string_view t, std::size_t at) {
  int left = kHaloRuns;
  while (left > 0 && at < t.size()) {
    std::size_t begin = at;
    while (begin < t.size() && t[begin] == ' ') ++begin;
    std::size_t end = begin;
    while (end < t.size() && t[end] != ' ') ++end;
    if (end > begin && text::hasWord(t.substr(begin, end - begin))) --left;
    at = end;
  }
  return at;
}

// Where pieces start: 0, then after a space no slip of several words spans (text::noSlipAcross),
// once a piece has `atLeast` bytes. Each cut depends on the text before it only as far as the
// previous cut, so an edit moves the cuts of its own piece at most, and rarely.
std::vector<std::size_t> pieceStarts(std::string_view t, std::size_t atLeast) {
  std::vector<std::size_t> starts{0};
  std::size_t from = atLeast;
  while (from < t.size()) {
    const std::size_t space = t.find(' ', from);
    if (space == std::string_view::npos || space + 1 >= t.size()) break;
    if (text::noSlipAcross(t, space)) {
      starts.push_back(space + 1);
      from = space + 1 + atLeast;
    } else {
      from = space + 1;
    }
  }
  return starts;
}

// paragraphTextIssues lists its findings rule group by rule group, each in text order.
int group(Rule rule) {
  switch (rule) {
    case Rule::TextMixedNormalization: return 0;
    case Rule::TextLegacyEncoding: return 1;
    case Rule::TextToneMarkPlacement: return 2;
    case Rule::TextUndiacritizedWord: return 3;
    case Rule::TextTelexLeftover: return 4;
    case Rule::TextRepeatedWord: return 5;
    case Rule::TextMissingSpace: return 6;
    case Rule::TextMalformedSyllable:
    case Rule::TextMalformedSyllableNoFix: return 7;
    case Rule::TextConfusable: return 8;
    default: return 9;
  }
}

}  // namespace

std::vector<TextIssue> TextIssueMemo::issues(std::string_view t) {
  if (t.size() < mLimits.wholeBelow) {
    std::vector<TextIssue> whole = paragraphTextIssues(t);
    std::lock_guard lock(mMutex);
    mWorkedOut += t.size();
    return whole;
  }
  const std::vector<std::size_t> starts = pieceStarts(t, mLimits.pieceAtLeast);
  std::vector<TextIssue> out;
  std::lock_guard lock(mMutex);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t from = starts[k], to = k + 1 < starts.size() ? starts[k + 1] : t.size();
    const std::size_t windowFrom = haloStart(t, from), windowTo = haloEnd(t, to);
    std::string window(t.substr(windowFrom, windowTo - windowFrom));
    auto it = mByText.find(window);
    if (it == mByText.end()) {
      if (mBytes + window.size() > mLimits.memoBytes) {
        mByText.clear();
        mBytes = 0;
      }
      std::vector<TextIssue> found = paragraphTextIssues(window);
      mWorkedOut += window.size();
      mBytes += window.size();
      for (const TextIssue& issue : found) {  // a piece thick with slips weighs more than its text
        mBytes += sizeof(TextIssue) + issue.correction.size();
        for (const std::string& a : issue.args) mBytes += sizeof(std::string) + a.size();
      }
      it = mByText.emplace(std::move(window), std::move(found)).first;
    }
    // The piece's own findings: those that start in it (the halo's belong to the neighbours).
    for (const TextIssue& issue : it->second)
      if (issue.offset >= from - windowFrom && issue.offset < to - windowFrom) {
        out.push_back(issue);
        out.back().offset += windowFrom;
      }
  }
  std::stable_sort(out.begin(), out.end(), [](const TextIssue& a, const TextIssue& b) { return group(a.rule) < group(b.rule); });
  return out;
}

std::size_t TextIssueMemo::bytesWorkedOut() const {
  std::lock_guard lock(mMutex);
  return mWorkedOut;
}

}  // namespace baocao::core
