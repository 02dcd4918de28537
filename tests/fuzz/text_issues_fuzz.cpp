// core/validation/text_issues over any text: every finding's range lies in the text, and the
// proofreader's memo (text_issue_memo.hpp), cutting the text into pieces of any size (the first
// byte), gives exactly the whole text's findings; again after the text grows at its end, when part
// of the answer comes from what the memo remembers.
#include "core/validation/text_issue_memo.hpp"
#include "fuzz_support.hpp"

using namespace baocao;
using fuzz::quote;

namespace {

bool same(const std::vector<core::TextIssue>& a, const std::vector<core::TextIssue>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (a[k].rule != b[k].rule || a[k].offset != b[k].offset || a[k].length != b[k].length ||
        a[k].correction != b[k].correction || a[k].args != b[k].args)
      return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t piece = 1 + data[0] % 64;
  const std::string in(fuzz::bytes(data + 1, size - 1));

  const auto whole = core::paragraphTextIssues(in);
  for (const auto& i : whole) FUZZ_CHECK_MSG(i.offset + i.length <= in.size(), quote(in));

  core::TextIssueMemo memo(core::TextIssueMemo::Limits{0, piece, 1u << 16});
  FUZZ_CHECK_MSG(same(memo.issues(in), whole), quote(in));
  const std::string grown = in + " avf để để. Phó chỉ tịch";
  FUZZ_CHECK_MSG(same(memo.issues(grown), core::paragraphTextIssues(grown)), quote(in));
  return 0;
}
