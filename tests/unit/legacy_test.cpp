#include "text/legacy.hpp"

#include <gtest/gtest.h>

namespace baocao::text {
namespace {

// The samples are the published mojibake of decree30.md §13 (S13): TCVN3 read as Latin-1
// ("TrËt tù ch÷ c¸i", informatik.uni-leipzig.de) and VNI read as Latin-1 ("Xin chaøo caùc baïn",
// the vietnamese-conversion README), plus "ViÖt Nam"/"Vieät Nam" spelled out byte by byte below.
TEST(Legacy, DecodesTcvn3) {
  EXPECT_EQ(decodeTcvn3("TrËt tù ch÷ c¸i"), "Trật tự chữ cái");
  // "Việt Nam" in TCVN3 is 56 69 D6 74 20 4E 61 6D; D6 read as Latin-1 is "Ö".
  EXPECT_EQ(decodeTcvn3("Vi\u00D6t Nam"), "Việt Nam");
  // "Nhân dân" = 4E 68 A9 6E 20 64 A9 6E; "Đồng" = A7 E5 6E 67
  EXPECT_EQ(decodeTcvn3("Nh\u00A9n d\u00A9n \u00A7\u00E5ng"), "Nhân dân Đồng");
  EXPECT_EQ(decodeTcvn3("\u20AC"), std::nullopt);
}

TEST(Legacy, DecodesVni) {
  EXPECT_EQ(decodeVni("Xin chaøo caùc baïn"), "Xin chào các bạn");
  // "Việt" in VNI is V i e E4; E4 (ä) is circumflex with the dot below.
  EXPECT_EQ(decodeVni("Vie\u00E4t Nam"), "Việt Nam");
  // "Đường" = D1 F6 F4 F8 6E 67 (Ñ ö ô ø): Đ, ư, ơ with the grave
  EXPECT_EQ(decodeVni("\u00D1\u00F6\u00F4\u00F8ng"), "Đường");
  // "Hạnh phúc" = H a ï n h  p h u ù c
  EXPECT_EQ(decodeVni("Ha\u00EFnh phu\u00F9c"), "Hạnh phúc");
}

TEST(Legacy, WordsAreRecognisedWithTheirEncoding) {
  const auto t = legacyWord("ViÖt");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->encoding, LegacyEncoding::Tcvn3);
  EXPECT_EQ(t->decoded, "Việt");
  const auto c = legacyWord("c¸i;");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->decoded, "cái");
  const auto v = legacyWord("Vieät");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->encoding, LegacyEncoding::Vni);
  EXPECT_EQ(v->decoded, "Việt");
  const auto w = legacyWord("chaøo,");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->decoded, "chào");
}

TEST(Legacy, CorrectTextAndForeignWordsAreNotMojibake) {
  for (const char* s : {"Việt", "hoà", "cán", "tôi", "Müller", "Peña", "m²", "25°C", "×", "façade", "Straße", "Nam",
                        "UBND", "“Dân", "©2025", "n°5", "Ô", "Ý"}) {
    EXPECT_EQ(legacyWord(s), std::nullopt) << s;
  }
}

}  // namespace
}  // namespace baocao::text
