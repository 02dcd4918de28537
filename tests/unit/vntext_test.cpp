#include "text/marks.hpp"
#include "text/vntext.hpp"

#include <gtest/gtest.h>

namespace baocao::text {
namespace {

// "Nhân dân" with â written as a + U+0302 (combining circumflex), as the seed report's NFD phrase.
const std::string kDecomposed = "Nha\xCC\x82n da\xCC\x82n";
const std::string kComposed = "Nhân dân";

TEST(VnText, NfcComposesDecomposedVietnamese) {
  EXPECT_NE(kDecomposed, kComposed);
  EXPECT_EQ(nfc(kDecomposed), kComposed);
  EXPECT_TRUE(isNfc(kComposed));
  EXPECT_FALSE(isNfc(kDecomposed));
}

TEST(VnText, NfcReplacesIllFormedUtf8) {
  const std::string bad = "ab\xC3";
  EXPECT_FALSE(isValidUtf8(bad));
  EXPECT_TRUE(isValidUtf8(nfc(bad)));
  EXPECT_EQ(nfc(bad), "ab\xEF\xBF\xBD");
}

TEST(VnText, UpperUsesVietnameseLettersAndStaysNfc) {
  EXPECT_EQ(upper("Ủy ban nhân dân xã Long Môn"), "ỦY BAN NHÂN DÂN XÃ LONG MÔN");
  EXPECT_EQ(upper("đội"), "ĐỘI");
  EXPECT_EQ(upper("ngu\xCC\x9Bo\xCC\x9B\xCC\x80i"), "NGƯỜI");  // decomposed input
}

TEST(VnText, FoldedComparisonIgnoresCaseAndFormNotDiacritics) {
  EXPECT_TRUE(equalFolded("ĐỘC LẬP", "độc lập"));
  EXPECT_TRUE(equalFolded(kDecomposed, "NHÂN DÂN"));
  EXPECT_FALSE(equalFolded("độc lập", "đoc lap"));
  EXPECT_FALSE(equalFolded("Đ", "D"));  // ASCII folding would get this wrong
}

// foldCase's shortcuts (ASCII without ICU, NFC input not normalised first, a folded text that
// stays NFC not normalised again) give what ICU's whole path gives, also where folding changes
// the length or the form.
TEST(VnText, FoldCaseShortcutsKeepIcuAnswers) {
  EXPECT_EQ(foldCase("BC-UBND 2026, Dan Van"), "bc-ubnd 2026, dan van");
  EXPECT_EQ(foldCase("ĐỘC LẬP - Ủy Ban - HÒA - HOÀ"), "độc lập - ủy ban - hòa - hoà");
  EXPECT_EQ(foldCase(kDecomposed), "nhân dân");                     // NFD in, NFC out
  EXPECT_EQ(foldCase("\u212A"), "k");                               // KELVIN SIGN folds to ASCII
  EXPECT_EQ(foldCase("\u212B"), "\u00E5");                          // ANGSTROM SIGN: NFC first, then å
  EXPECT_EQ(foldCase("\u1E9E"), "ss");                              // capital sharp s grows
  EXPECT_EQ(foldCase("\u0149"), "\u02BCn");                         // ŉ folds to two characters
  EXPECT_EQ(foldCase("\u0130"), "i\u0307");                         // İ: i and a combining dot
  EXPECT_EQ(foldCase("\u03A3\u038A\u03A3"), "\u03C3\u03AF\u03C3");  // no final sigma in case folding
  EXPECT_EQ(foldCase("AB\xC3"), "ab\xEF\xBF\xBD");                  // ill-formed UTF-8 as nfc() replaces it
}

TEST(VnText, CollapseSpacesHandlesNbspAndTabs) {
  EXPECT_EQ(collapseSpaces("  III.\xC2\xA0\tKẾT  QUẢ "), "III. KẾT QUẢ");
  EXPECT_EQ(collapseSpaces(""), "");
  EXPECT_EQ(collapseSpaces("\xC2\xA0"), "");
  EXPECT_EQ(collapseSpaces("ab"), "ab");
  EXPECT_EQ(collapseSpaces(" a  b c\n"), "a b c");
  EXPECT_EQ(collapseSpaces("Việt\u2007\u202FNam  đẹp"), "Việt Nam đẹp");
}

// Found by tests/fuzz/normalize_fuzz: isBlank took a truncated "\xE2\x80" followed by any ASCII
// character for a blank (U+2000-U+200A without checking the third byte), and missed the line and
// paragraph separators and the other White_Space characters collapseSpaces removes.
TEST(VnText, BlankIsExactlyWhatCollapseSpacesRemoves) {
  EXPECT_TRUE(isBlank(""));
  EXPECT_TRUE(isBlank(" \t\r\n\xC2\xA0\u2003\u202F\u3000"));
  EXPECT_TRUE(isBlank("\u2028\u2029\u205F\u1680\u0085"));
  EXPECT_EQ(collapseSpaces("\u2028\u2029\u205F\u1680\u0085"), "");
  EXPECT_FALSE(isBlank("\xE2\x80~"));
  EXPECT_FALSE(isBlank("\xE2\x80 "));
  EXPECT_FALSE(isBlank("\xE2\x80"));
  EXPECT_FALSE(isBlank(" \u200B"));  // a zero-width space is not white space
  EXPECT_FALSE(isBlank(" x "));
  for (const std::string s : {"\xE2\x80~", "\xE2\x80 ", " \u200B", "\u2028"})
    EXPECT_EQ(isBlank(s), collapseSpaces(s).empty()) << s;
}

}  // namespace
}  // namespace baocao::text

namespace baocao::text {
namespace {

TEST(VnNumbers, WrittenTheVietnameseWay) {
  EXPECT_EQ(formatInteger(1530), "1.530");
  EXPECT_EQ(formatInteger(433), "433");
  EXPECT_EQ(formatInteger(1234567), "1.234.567");
  EXPECT_EQ(formatDecimal(6947.51, 2), "6.947,51");
  EXPECT_EQ(formatDecimal(1530, 0), "1.530");
  EXPECT_EQ(formatPercent(98.9, 1), "98,9%");
  EXPECT_EQ(formatPercent(30, 0), "30%");
  EXPECT_EQ(formatPercent(100, 0), "100%");
}

TEST(VnNumbers, CountsZeroPaddedAndYearsUngrouped) {
  EXPECT_EQ(formatInteger(5, 2), "05");
  EXPECT_EQ(formatInteger(12, 2), "12");
  EXPECT_EQ(formatInteger(2025, 0, false), "2025");
}

TEST(VnNumbers, RoundsHalfUpAtTheRequestedDecimals) {
  EXPECT_EQ(formatDecimal(2.125, 2), "2,13");
  EXPECT_EQ(formatPercent(98.95, 1), "99,0%");
  EXPECT_EQ(formatDecimal(-1530.5, 1), "-1.530,5");
}

TEST(WithoutMarks, LettersAloneFoldedWithDAsD) {
  EXPECT_EQ(withoutMarks("Nơi nhận:"), "noi nhan:");
  EXPECT_EQ(withoutMarks("Noi nhan"), "noi nhan");
  EXPECT_EQ(withoutMarks("No\u031Bi nha\u0302\u0323n"), "noi nhan");  // decomposed
  EXPECT_EQ(withoutMarks("ĐẶC KHU Côn Đảo"), "dac khu con dao");
}

}  // namespace
}  // namespace baocao::text
