// text/syllable over any text: the words of a text, each word's analysis (syllable, tone
// placement, old/new style, canonical form), the canonical text and the undiacritized-word finder.
#include "syllable_checks.hpp"

using namespace baocao;
using fuzz::quote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::bytes(data, size);

  // Words: maximal runs, so two words never touch.
  const auto ws = text::words(in);
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const auto& w = ws[k];
    FUZZ_CHECK(w.length > 0 && w.offset + w.length <= in.size());
    FUZZ_CHECK(w.text == in.substr(w.offset, w.length));
    if (k > 0) FUZZ_CHECK_MSG(w.offset > ws[k - 1].offset + ws[k - 1].length, quote(in));
  }
  // Each spelling once, and not without end on a long input.
  std::size_t checked = 0;
  for (const auto& w : ws) {
    if (++checked > 64) break;
    fuzz::checkWord(w.text);
  }

  const std::string canonical = text::canonicalToneText(in);
  FUZZ_CHECK(text::isValidUtf8(canonical));
  FUZZ_CHECK_MSG(text::canonicalToneText(canonical) == canonical, quote(in) + " -> " + quote(canonical));

  for (const auto& u : text::undiacritizedWords(in)) {
    FUZZ_CHECK(u.offset + u.word.size() <= in.size() && in.substr(u.offset, u.word.size()) == u.word);
    FUZZ_CHECK_MSG(text::foldCase(u.word) == "ngay" || text::foldCase(u.word) == "thang" || u.word == "nam", quote(in));
    FUZZ_CHECK(u.suggestion == "ngày" || u.suggestion == "Ngày" || u.suggestion == "tháng" || u.suggestion == "Tháng" ||
               u.suggestion == "năm");
  }
  return 0;
}
