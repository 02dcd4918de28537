// text/vntext: UTF-8 validity, NFC, space collapsing, case folding, upper case and the heading key
// over any bytes. Properties: each operation gives well-formed NFC text and is idempotent; the
// byte-level shortcuts (NFC text skips ICU) agree with the ICU path; validity agrees with an
// independent reading of UTF-8; foldCase's shortcuts (ASCII, NFC input, a fold that stays NFC)
// agree with ICU's whole path.
#include "fuzz_support.hpp"
#include "text/vntext.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

using namespace baocao;
using fuzz::quote;

namespace {

// Case folding as ICU spells it out: NFC, fold, NFC again.
std::string referenceFold(std::string_view in) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = nfc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size()))), status);
  u.foldCase(U_FOLD_CASE_DEFAULT);
  std::string out;
  nfc->normalize(u, status).toUTF8String(out);
  return out;
}

bool isCollapsed(const std::string& s) {
  return s.find("  ") == std::string::npos && (s.empty() || (s.front() != ' ' && s.back() != ' '));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::bytes(data, size);

  const std::size_t bad = text::invalidUtf8At(in);
  FUZZ_CHECK_MSG(bad == fuzz::referenceInvalidUtf8(in), quote(in));
  FUZZ_CHECK(text::isValidUtf8(in) == (bad == std::string_view::npos));

  const std::string n = text::nfc(in);
  FUZZ_CHECK(text::isValidUtf8(n));
  FUZZ_CHECK_MSG(text::isNfc(n), quote(in));
  FUZZ_CHECK(text::nfc(n) == n);
  FUZZ_CHECK(text::isNfc(in) == (bad == std::string_view::npos && n == in));

  // The NFC shortcut of collapseSpaces (bytes, no ICU) and its ICU path give the same text.
  const std::string c = text::collapseSpaces(in);
  FUZZ_CHECK_MSG(c == text::collapseSpaces(n), quote(in) + " -> " + quote(c) + " / " + quote(text::collapseSpaces(n)));
  FUZZ_CHECK(text::isNfc(c));
  FUZZ_CHECK_MSG(isCollapsed(c), quote(c));
  FUZZ_CHECK(text::collapseSpaces(c) == c);
  // isBlank is a byte scan; collapseSpaces asks ICU: they agree on what white space is.
  FUZZ_CHECK_MSG(text::isBlank(in) == c.empty(), quote(in));

  const std::string folded = text::foldCase(in);
  FUZZ_CHECK_MSG(folded == referenceFold(in), quote(in) + " -> " + quote(folded));
  FUZZ_CHECK(text::isNfc(folded));
  FUZZ_CHECK_MSG(text::foldCase(folded) == folded, quote(in));
  FUZZ_CHECK(text::equalFolded(in, n));

  const std::string up = text::upper(in);
  FUZZ_CHECK(text::isNfc(up));
  FUZZ_CHECK_MSG(text::upper(up) == up, quote(in));

  const std::string heading = text::normalizeHeading(in);
  FUZZ_CHECK(text::isValidUtf8(heading));
  FUZZ_CHECK_MSG(text::normalizeHeading(heading) == heading, quote(in) + " -> " + quote(heading));
  return 0;
}
