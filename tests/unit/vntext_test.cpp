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

TEST(VnText, CollapseSpacesHandlesNbspAndTabs) {
  EXPECT_EQ(collapseSpaces("  III.\xC2\xA0\tKẾT  QUẢ "), "III. KẾT QUẢ");
  EXPECT_EQ(collapseSpaces(""), "");
  EXPECT_EQ(collapseSpaces("\xC2\xA0"), "");
}

}  // namespace
}  // namespace baocao::text
