// The ICU linked into the extension is our own static build with the data cut down to
// cmake/icu-data.txt: these tests fail if the cut drops what the extension uses (the Vietnamese
// and English formats, normalisation, break iteration), or if a full ICU data library sneaks in.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/numberformatter.h>
#include <unicode/ures.h>
#include <unicode/unistr.h>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

std::string format(const char* locale, double v) {
  UErrorCode status = U_ZERO_ERROR;
  const auto n = icu::number::NumberFormatter::withLocale(icu::Locale(locale)).formatDouble(v, status);
  std::string out;
  n.toString(status).toUTF8String(out);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return out;
}

TEST(IcuData, VietnameseAndEnglishNumberFormatsArePresent) {
  EXPECT_EQ(format("vi", 6947.51), "6.947,51");
  EXPECT_EQ(format("en", 6947.51), "6,947.51");
}

TEST(IcuData, LocalesLeftOutFallBackToRoot) {
  // Japanese is not in the cut: ICU falls back to the root locale instead of finding its data.
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* ja = ures_open(nullptr, "ja", &status);
  EXPECT_EQ(status, U_USING_DEFAULT_WARNING) << "the full ICU data is linked, not the cut: " << u_errorName(status);
  ures_close(ja);
  status = U_ZERO_ERROR;
  UResourceBundle* vi = ures_open(nullptr, "vi", &status);
  EXPECT_EQ(status, U_ZERO_ERROR) << u_errorName(status);
  ures_close(vi);
}

TEST(IcuData, NormalisationAndWordBreaksWork) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
  ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  std::string folded;
  nfkc->normalize(icu::UnicodeString::fromUTF8("ỦY BAN"), status).toUTF8String(folded);
  EXPECT_EQ(folded, "ủy ban");

  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("vi"), status));
  ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8("Ủy ban nhân dân");
  words->setText(text);
  int boundaries = 0;
  for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next()) ++boundaries;
  EXPECT_EQ(boundaries, 8);  // 0 |Ủy| |ban| |nhân| |dân
}

}  // namespace
