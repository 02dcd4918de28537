// The properties every word must have under text/syllable, shared by the syllable target (words of
// any text) and the tone target (words built from Vietnamese letters and marks).
#pragma once

#include "fuzz_support.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace baocao::fuzz {

// NFD: the decomposed spelling that Word and macOS produce, which the analysis must read alike.
inline std::string nfd(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  FUZZ_CHECK(U_SUCCESS(status));
  std::string out;
  n->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status)
      .toUTF8String(out);
  FUZZ_CHECK(U_SUCCESS(status));
  return out;
}

// The word with its tone marks taken off (NFC): what moving a tone mark must leave unchanged.
inline std::string withoutTones(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  FUZZ_CHECK(U_SUCCESS(status));
  const icu::UnicodeString d =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length(); ++i) {
    const char16_t c = d.charAt(i);
    if (c != 0x0300 && c != 0x0301 && c != 0x0303 && c != 0x0309 && c != 0x0323) kept.append(c);
  }
  std::string out;
  nfc->normalize(kept, status).toUTF8String(out);
  FUZZ_CHECK(U_SUCCESS(status));
  return out;
}

inline void checkWord(std::string_view w) {
  using text::ToneStyle;
  const bool syllable = text::isVietnameseSyllable(w);
  const auto misplaced = text::misplacedTone(w);
  const ToneStyle style = text::toneStyle(w);
  const std::string canonical = text::canonicalTone(w);
  const std::string composed = text::nfc(w);
  if (syllable) FUZZ_CHECK_MSG(!misplaced, quote(w));
  if (misplaced) {
    FUZZ_CHECK_MSG(!syllable, quote(w));
    FUZZ_CHECK(text::isNfc(*misplaced));
    FUZZ_CHECK_MSG(text::isVietnameseSyllable(*misplaced), quote(w) + " -> " + quote(*misplaced));
    FUZZ_CHECK_MSG(!text::misplacedTone(*misplaced), quote(w) + " -> " + quote(*misplaced));
    FUZZ_CHECK_MSG(withoutTones(*misplaced) == withoutTones(composed), quote(w) + " -> " + quote(*misplaced));
  }
  if (style != ToneStyle::Neutral) FUZZ_CHECK_MSG(syllable, quote(w));
  FUZZ_CHECK(text::isNfc(canonical));
  FUZZ_CHECK_MSG(text::canonicalTone(canonical) == canonical, quote(w));
  FUZZ_CHECK_MSG(text::toneStyle(canonical) != ToneStyle::New, quote(w));
  if (style == ToneStyle::New) FUZZ_CHECK_MSG(text::toneStyle(canonical) == ToneStyle::Old, quote(w));
  FUZZ_CHECK_MSG(text::isVietnameseSyllable(canonical) == syllable, quote(w) + " -> " + quote(canonical));
  FUZZ_CHECK_MSG(withoutTones(canonical) == withoutTones(composed), quote(w) + " -> " + quote(canonical));
  if (syllable) {
    // A syllable holds only Vietnamese letters: its upper case is one too, and tone placement
    // does not depend on case.
    const std::string up = text::upper(w);
    FUZZ_CHECK_MSG(text::isVietnameseSyllable(up), quote(w) + " -> " + quote(up));
    FUZZ_CHECK_MSG(text::toneStyle(up) == style, quote(w));
    FUZZ_CHECK_MSG(text::canonicalTone(up) == text::upper(canonical), quote(w));
  }
}

}  // namespace baocao::fuzz
