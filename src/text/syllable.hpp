// Vietnamese syllables: where the tone mark belongs, which of the two accepted placements a word
// uses, and words typed without the diacritics their context demands. The validator's text.* rules
// read these; the section matcher uses canonicalTone to see "hoá" and "hóa" as one word.
//
// Worked examples:
//   misplacedTone("ngaỳ")   == "ngày"    (the tone of "ay" sits on the a)
//   misplacedTone("hoà")    == nullopt   (new placement: accepted)   misplacedTone("hòa") == nullopt (old)
//   misplacedTone("hoàn")   == nullopt;  misplacedTone("hòan") == "hoàn" (a final consonant fixes it on the last vowel)
//   misplacedTone("Internet") == nullopt (not a Vietnamese syllable: nothing to say)
//   toneStyle("thủy") == ToneStyle::Old; toneStyle("thuỷ") == ToneStyle::New; toneStyle("ngày") == ToneStyle::Neutral
//   canonicalTone("HOÀ") == "HÒA"; canonicalTone("uỷ") == "ủy"; otherTonePlacement("ủy") == "uỷ"
//   undiacritizedWords("Chỉ thị 33/CT-TTg ngay 26/11/2021") == {{"ngay" -> "ngày", offset 22}}
//   undiacritizedWords("thang 5 nam 2025") == {"thang" -> "tháng", "nam" -> "năm"}
//   undiacritizedWords("làm ngay 5 việc; Việt Nam 2025") == {}
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::text {

// A word of the text: a maximal run of letters and combining marks. Offsets are bytes of the input.
struct Word {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string_view text;
};
[[nodiscard]] std::vector<Word> words(std::string_view utf8);
// True when the text holds a word (a letter): hasWord("(2025),") == false.
[[nodiscard]] bool hasWord(std::string_view utf8);

// True when the word (any case, NFC or NFD) is one well-formed Vietnamese syllable: an initial
// consonant, a vowel nucleus Vietnamese has, a final consonant, at most one tone mark, placed where
// one of the two accepted styles puts it.
[[nodiscard]] bool isVietnameseSyllable(std::string_view word);

// The word with its tone mark moved to the vowel that carries it, when it sits on one where no
// spelling puts it; nullopt when the placement is accepted or the word is not a Vietnamese syllable.
[[nodiscard]] std::optional<std::string> misplacedTone(std::string_view word);

// Old placement ("hòa", "hòe", "thủy": on the first vowel of an open oa/oe/uy) or new ("hoà",
// "hoè", "thuỷ"); Neutral for every word the two styles write alike.
enum class ToneStyle { Neutral, Old, New };
[[nodiscard]] ToneStyle toneStyle(std::string_view word);

// The word in the old placement (NFC), so both spellings compare equal; other words unchanged (NFC).
[[nodiscard]] std::string canonicalTone(std::string_view word);

// The word in the other accepted placement: otherTonePlacement("hòa") == "hoà",
// otherTonePlacement("THUỶ") == "THỦY"; nullopt for a word the two styles write alike ("ngày").
[[nodiscard]] std::optional<std::string> otherTonePlacement(std::string_view word);

// How a word is capitalised: "ngày" Lower, "Ngày" Capitalised, "UBND" and "ĐẢNG" Upper,
// "TTg", "iPhone" and "ĐứcMạnh" Mixed; None without a cased letter.
enum class LetterCase { None, Lower, Capitalised, Upper, Mixed };
[[nodiscard]] LetterCase letterCase(std::string_view word);

// True when every letter of the word is Latin (Vietnamese, English, French…): not Cyrillic, Han….
[[nodiscard]] bool latinWord(std::string_view word);

// Every syllable the two placements write differently, in the old placement, lower case:
// "hòa", "khỏe", "ủy", "thủy", "tùy"… (an initial, an open oa/oe/uy, one of the five tones, kept
// when isVietnameseSyllable takes it). Made by this code, not taken from a word list: the user
// dictionary the extension gives LibreOffice's spell checker, whose hunspell-vi has the new
// placement only (src/uno/document/tone_dictionary).
[[nodiscard]] std::vector<std::string> oldPlacementForms();

// Every word of a text with canonicalTone applied.
[[nodiscard]] std::string canonicalToneText(std::string_view utf8);

// Words typed without diacritics where the next words leave no doubt which word was meant:
// "ngay" before a date (ngày), "thang" before a month of a date (tháng), lower-case "nam" before a
// year (năm). Proper names stay: "Nam" capitalised and "Việt Nam" are never taken.
struct Undiacritized {
  std::size_t offset = 0;  // bytes into the input
  std::string word;        // as typed: "ngay"
  std::string suggestion;  // "ngày"
};
[[nodiscard]] std::vector<Undiacritized> undiacritizedWords(std::string_view utf8);

}  // namespace baocao::text
