#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <algorithm>

namespace baocao::text {
namespace {

TEST(Syllable, ToneOnTheWrongVowelIsCorrected) {
  EXPECT_EQ(misplacedTone("ngaỳ"), "ngày");      // the seed report's opening sentence
  EXPECT_EQ(misplacedTone("NGAỲ"), "NGÀY");
  EXPECT_EQ(misplacedTone("hòan"), "hoàn");      // a final consonant: on the last vowel
  EXPECT_EQ(misplacedTone("muà"), "mùa");
  EXPECT_EQ(misplacedTone("ngườì"), "người");   // two tone marks: one, on ơ
  EXPECT_EQ(misplacedTone("giạ"), std::nullopt);
  EXPECT_EQ(misplacedTone("gịa"), "giạ");        // gi is the initial: the tone goes on a
  EXPECT_EQ(misplacedTone("ngoaì"), "ngoài");
  EXPECT_EQ(misplacedTone("thuyên"), std::nullopt);
  EXPECT_EQ(misplacedTone("thùyên"), "thuyền");
}

TEST(Syllable, HasWordMeansALetter) {
  EXPECT_TRUE(hasWord("(avf,"));
  EXPECT_TRUE(hasWord("Đ"));
  EXPECT_TRUE(hasWord("\xCC\x89x"));  // a mark, then a letter
  EXPECT_FALSE(hasWord("(2025),"));
  EXPECT_FALSE(hasWord("\xCC\x89"));  // a mark alone
  EXPECT_FALSE(hasWord(""));
  EXPECT_FALSE(hasWord("\xFF\xFE"));
}

TEST(Syllable, BothAcceptedPlacementsAndCorrectWordsPass) {
  for (const char* w : {"hòa", "hoà", "thủy", "thuỷ", "hòe", "hoè", "ủy", "uỷ", "quý", "giữa", "người", "được",
                        "khuỷu", "ngoài", "huỳnh", "hoàn", "thoát", "quốc", "gìn", "rượu", "khuấy", "Ngày", "ĐỘC",
                        "LẬP", "Việt", "nghiêng", "xoong"}) {
    EXPECT_EQ(misplacedTone(w), std::nullopt) << w;
    EXPECT_TRUE(isVietnameseSyllable(w)) << w;
  }
}

TEST(Syllable, DecomposedInputIsReadLikeComposed) {
  EXPECT_EQ(misplacedTone("ngay\xCC\x80"), "ngày");  // y + combining grave (NFD)
  EXPECT_EQ(misplacedTone("nga\xCC\x80y"), std::nullopt);
  EXPECT_EQ(toneStyle("hoa\xCC\x80"), ToneStyle::New);
}

TEST(Syllable, NonVietnameseWordsAreLeftAlone) {
  for (const char* w : {"Internet", "Egov", "UBND", "HĐND", "TTg", "café", "Müller", "Office", "CBCCVC", "x"}) {
    EXPECT_EQ(misplacedTone(w), std::nullopt) << w;
    EXPECT_EQ(toneStyle(w), ToneStyle::Neutral) << w;
  }
  EXPECT_FALSE(isVietnameseSyllable("Internet"));
}

TEST(Syllable, ToneStyleOfOpenOaOeUy) {
  EXPECT_EQ(toneStyle("hòa"), ToneStyle::Old);
  EXPECT_EQ(toneStyle("hoà"), ToneStyle::New);
  EXPECT_EQ(toneStyle("Thủy"), ToneStyle::Old);
  EXPECT_EQ(toneStyle("thuỷ"), ToneStyle::New);
  EXPECT_EQ(toneStyle("uỷ"), ToneStyle::New);
  EXPECT_EQ(toneStyle("khoá"), ToneStyle::New);
  EXPECT_EQ(toneStyle("hoàn"), ToneStyle::Neutral);  // closed: one placement only
  EXPECT_EQ(toneStyle("quý"), ToneStyle::Neutral);   // qu + y
  EXPECT_EQ(toneStyle("ngày"), ToneStyle::Neutral);
  EXPECT_EQ(toneStyle("hoa"), ToneStyle::Neutral);   // no tone mark
}

TEST(Syllable, CanonicalToneIsTheOldPlacement) {
  EXPECT_EQ(canonicalTone("HOÀ"), "HÒA");
  EXPECT_EQ(canonicalTone("uỷ"), "ủy");
  EXPECT_EQ(canonicalTone("hòa"), "hòa");
  EXPECT_EQ(canonicalToneText("Đảng uỷ, văn hoá – xã hội"), "Đảng ủy, văn hóa – xã hội");
}

TEST(Syllable, WordsGiveByteOffsets) {
  const std::string s = "Số: 15/BC-UBND ngày";
  const auto ws = words(s);
  ASSERT_EQ(ws.size(), 4u);
  EXPECT_EQ(ws[0].text, "Số");
  EXPECT_EQ(ws[1].text, "BC");
  EXPECT_EQ(ws[3].offset, s.find("ngày"));
}

// The tokenizers answer ASCII without calling ICU: they must give ICU's answer for every ASCII
// character (a word breaks exactly where u_isalpha says no; white space as u_isUWhiteSpace).
TEST(Syllable, WordsSplitAsIcuSaysForEveryAsciiCharacter) {
  for (UChar32 c = 1; c < 0x80; ++c) {
    const std::string text = std::string("ab") + static_cast<char>(c) + "cd";
    const auto ws = words(text);
    if (u_isalpha(c)) {
      ASSERT_EQ(ws.size(), 1u) << c;
      EXPECT_EQ(ws[0].text, text) << c;
    } else {
      ASSERT_EQ(ws.size(), 2u) << c;
      EXPECT_EQ(ws[1].offset, 3u) << c;
    }
    // "ngay" + c + "26/11/2021": a finding only when c is white space (a digit joins the date)
    if (c >= '0' && c <= '9') continue;
    const auto u = undiacritizedWords(std::string("ngay") + static_cast<char>(c) + "26/11/2021");
    EXPECT_EQ(u.size(), u_isUWhiteSpace(c) ? 1u : 0u) << c;
  }
  EXPECT_EQ(words("ti\u1EBFng Vi\u1EC7t").size(), 2u);
  EXPECT_EQ(words("tie\u0302\u0301ng").size(), 1u) << "a decomposed mark stays in its word";
}

TEST(Syllable, UndiacritizedWordsBeforeDates) {
  const std::string seed = "Chỉ thị 33/CT-TTg ngay 26/11/2021 của Thủ tướng";
  const auto found = undiacritizedWords(seed);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].word, "ngay");
  EXPECT_EQ(found[0].suggestion, "ngày");
  EXPECT_EQ(found[0].offset, seed.find("ngay"));

  const auto all = undiacritizedWords("ngay 07 thang 5 nam 2025; thang 12/2021; Ngay 5/3");
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(all[0].suggestion, "ngày");
  EXPECT_EQ(all[1].suggestion, "tháng");
  EXPECT_EQ(all[2].suggestion, "năm");
  EXPECT_EQ(all[3].suggestion, "tháng");
  EXPECT_EQ(all[4].suggestion, "Ngày");
}

TEST(Syllable, NoUndiacritizedFalsePositives) {
  for (const char* s : {"Quyết định số 396-QĐ/TU, ngày 19/10/2021", "làm ngay 5 việc", "thực hiện ngay trong năm 2025",
                        "Chiến lược Việt Nam 2030", "Việt nam 2030", "Hà Nam 2025", "phía Nam 2025",
                        "thang điểm 10", "thang 5 bậc", "NAM 2025", "nam 25 người", "ngay 45/13/2021"}) {
    EXPECT_TRUE(undiacritizedWords(s).empty()) << s;
  }
}

TEST(NormalizeHeading, FoldsSpacesCaseTonePlacementAndPunctuation) {
  EXPECT_EQ(normalizeHeading("III.\tKẾT QUẢ\u00A0 THỰC HIỆN:"), "iii. kết quả thực hiện");
  EXPECT_EQ(normalizeHeading("Văn hoá – xã hội."), "văn hóa - xã hội");
  EXPECT_EQ(normalizeHeading("văn hóa - xã hội"), "văn hóa - xã hội");
  EXPECT_EQ(normalizeHeading("“Dân vận khéo”"), "\"dân vận khéo\"");
  EXPECT_EQ(normalizeHeading("KE\xCC\x82\xCC\x81T QUA\xCC\x89"), "kết quả");  // NFD
}

TEST(Syllable, OtherTonePlacementForTheSpellChecker) {
  EXPECT_EQ(otherTonePlacement("hòa"), "hoà");
  EXPECT_EQ(otherTonePlacement("hoà"), "hòa");
  EXPECT_EQ(otherTonePlacement("ủy"), "uỷ");
  EXPECT_EQ(otherTonePlacement("THUỶ"), "THỦY");
  EXPECT_EQ(otherTonePlacement("Hoa\xCC\x80"), "Hòa");  // NFD in, NFC out
  for (const char* w : {"ngày", "hoa", "hoàn", "khuỷu", "UBND", "Internet", ""}) EXPECT_EQ(otherTonePlacement(w), std::nullopt) << w;
}

TEST(Syllable, OldPlacementFormsForTheUserDictionary) {
  const auto forms = oldPlacementForms();
  for (const char* w : {"hòa", "hóa", "khỏe", "ủy", "thủy", "tùy", "lũy", "xóa", "họa", "tòa"})
    EXPECT_NE(std::find(forms.begin(), forms.end(), w), forms.end()) << w;
  for (const auto& w : forms) {
    EXPECT_EQ(toneStyle(w), ToneStyle::Old) << w;
    EXPECT_EQ(w, nfc(w)) << w;
  }
  EXPECT_EQ(std::find(forms.begin(), forms.end(), "hoà"), forms.end());
  EXPECT_GT(forms.size(), 100u);
  EXPECT_LT(forms.size(), 500u);
}

TEST(Syllable, LetterCaseAndScript) {
  EXPECT_EQ(letterCase("ngày"), LetterCase::Lower);
  EXPECT_EQ(letterCase("Ủy"), LetterCase::Capitalised);
  EXPECT_EQ(letterCase("HĐND"), LetterCase::Upper);
  EXPECT_EQ(letterCase("ĐẢNG"), LetterCase::Upper);
  EXPECT_EQ(letterCase("TTg"), LetterCase::Mixed);
  EXPECT_EQ(letterCase("ĐứcMạnh"), LetterCase::Mixed);
  EXPECT_EQ(letterCase("iPhone"), LetterCase::Mixed);
  EXPECT_EQ(letterCase(""), LetterCase::None);
  EXPECT_TRUE(latinWord("người"));
  EXPECT_TRUE(latinWord("Straße"));
  EXPECT_TRUE(latinWord("nga\xCC\x80y"));
  EXPECT_FALSE(latinWord("Москва"));
  EXPECT_FALSE(latinWord("越南"));
}

}  // namespace
}  // namespace baocao::text
