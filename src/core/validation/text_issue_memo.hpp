// Writer's live proofreader asks for a whole paragraph's text findings after every keystroke. A
// long paragraph is cut into pieces where no finding can span the cut, each piece is worked out
// with a halo of the words around it (as far as any text rule looks) and remembered by that text:
// a keystroke re-reads the piece it changed, the others come from the memo. The answer is always
// exactly paragraphTextIssues(text); tests/unit and the text_issues fuzz target compare the two.
//
// Worked example:
//   TextIssueMemo memo;
//   memo.issues(p) == paragraphTextIssues(p)                          // every piece worked out
//   memo.issues(p + " để để") == paragraphTextIssues(p + " để để")    // only the last piece again
#pragma once

#include "core/validation/text_issues.hpp"

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::core {

class TextIssueMemo {
 public:
  struct Limits {
    std::size_t wholeBelow = 2048;   // a shorter paragraph is worked out whole, every time
    std::size_t pieceAtLeast = 256;  // bytes of a piece before it may end
    std::size_t memoBytes = 4u << 20;  // texts and findings remembered; forgotten all at once beyond
  };
  TextIssueMemo() = default;
  explicit TextIssueMemo(Limits limits) : mLimits(limits) {}

  // paragraphTextIssues(utf8), from the memo where a piece's text was seen before. Thread-safe.
  [[nodiscard]] std::vector<TextIssue> issues(std::string_view utf8);

  // Bytes of text worked out (not taken from the memo) so far: what the memo saves, for tests.
  [[nodiscard]] std::size_t bytesWorkedOut() const;

 private:
  Limits mLimits;
  mutable std::mutex mMutex;
  std::unordered_map<std::string, std::vector<TextIssue>> mByText;  // a halo'd piece's text -> its findings
  std::size_t mBytes = 0;
  std::size_t mWorkedOut = 0;
};

}  // namespace baocao::core
