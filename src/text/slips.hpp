// Typing slips of Vietnamese clerks: Telex/VNI keys left in a word, a word typed twice, a missing
// space, letters no syllable has, and real-word confusions ("chỉ tịch"). Pure functions over one
// paragraph; the validator and a proofreader read them. ICU stays in the .cpp.
//
// Every function takes UTF-8; offsets and lengths are bytes of nfc(input) (the input itself when it
// is already NFC, as text from the core always is). Each finding carries the text it covers and the
// replacement for exactly that range; an empty correction means "wrong, but no certain fix".
//
// Worked examples:
//   telexLeftovers("công tác avf cán bộ")        == {{"avf" -> "và"}}
//   telexLeftovers("ddaauf, nguwowif, vie65t")    == {"đầu", "người", "việt"} (with Vietnamese around them)
//   telexLeftovers("UBND, COVID, email, PDF, BC-UBND, as of now") == {}
//   repeatedWords("để để thực hiện")              == {{"để để" -> "để"}};  repeatedWords("từ từ") == {}
//   missingSpaces("ĐứcMạnh")                     == {{"ĐứcMạnh" -> "Đức Mạnh"}}
//   missingSpaces("công tác.Ủy ban")             == {{"tác.Ủy" -> "tác. Ủy"}};  missingSpaces("TP.HCM, iPhone") == {}
//   malformedSyllables("Thưòng trực")            == {{"Thưòng" -> "Thường"}}
//   confusables("Phó Chỉ tịch UBND")             == {{"Chỉ tịch" -> "Chủ tịch"}}
#pragma once

#include "text/syllable.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::text {

struct Slip {
  std::size_t offset = 0;  // bytes into nfc(input)
  std::size_t length = 0;
  std::string found;       // the text of that range
  std::string correction;  // what replaces the range; empty when no fix is certain
};

// One paragraph made ready for the slip finders: its NFC text, its white-space separated chunks
// and its words, each found once and read by all five (a report's check runs them all over every
// paragraph, and Writer's proofreader over every paragraph typed). Not copyable: the views point
// into it.
class SlipText {
 public:
  explicit SlipText(std::string_view utf8);
  struct KnownNfc {};  // the caller normalised the text already: not checked again
  SlipText(std::string_view nfcUtf8, KnownNfc);
  SlipText(const SlipText&) = delete;
  SlipText& operator=(const SlipText&) = delete;

  struct Chunk {  // "(avf," "BC-UBND" "a@b.vn": bytes of text()
    std::size_t offset, length;
  };
  [[nodiscard]] std::string_view text() const { return mText; }  // NFC
  [[nodiscard]] const std::vector<Chunk>& chunks() const { return mChunks; }
  [[nodiscard]] const std::vector<Word>& words() const { return mWords; }
  // Each word's key for comparisons: case folded, old tone placement ("hoà" and "HÒA" are "hòa").
  [[nodiscard]] const std::vector<std::string>& keys() const;

 private:
  std::string mStore;  // the normalised copy, when the input was not NFC
  std::string_view mText;
  std::vector<Chunk> mChunks;
  std::vector<Word> mWords;
  mutable std::optional<std::vector<std::string>> mKeys;  // made on first use
};

// Words typed with the input method off: Telex (aa aw ee oo ow uw dd, w alone as ư, tone keys
// s f r x j) or VNI (digits 1-9 after the letters). Reported only when the decoded word is a valid
// Vietnamese syllable, the word as typed is not, it has no capital after its first letter (UBND,
// iPhone), is not part of a code or an address (BC-UBND, a.b@c.vn), is not a common English word
// that happens to decode (as, of, how, taxi), and a nearby word carries Vietnamese diacritics
// (an English sentence has none: its "cats" and "songs" are not "cát" and "sóng").
[[nodiscard]] std::vector<Slip> telexLeftovers(std::string_view utf8);
[[nodiscard]] std::vector<Slip> telexLeftovers(const SlipText& text);

// The same little word twice in a row ("để để", "các các"), separated by white space only, compared
// case-folded. Only function words are taken: a syllable doubled is often right in Vietnamese, as a
// reduplication ("từ từ", "dần dần", "ngày ngày") or two compounds meeting ("phân công công chức").
[[nodiscard]] std::vector<Slip> repeatedWords(std::string_view utf8);
[[nodiscard]] std::vector<Slip> repeatedWords(const SlipText& text);

// "ĐứcMạnh" (a lower-case letter then an upper-case one, every part a Vietnamese syllable) and
// "công tác.Ủy ban" (. , ; : ! ? after a lower-case letter, then an upper-case letter). Left alone:
// TP.HCM, V/v, 1.530, URLs and e-mail addresses, iPhone, eGov.
[[nodiscard]] std::vector<Slip> missingSpaces(std::string_view utf8);
[[nodiscard]] std::vector<Slip> missingSpaces(const SlipText& text);

// Words written with Vietnamese letters and marks (at least one only Vietnamese has: ă â ê ô ơ ư đ,
// hook, tilde or dot below) that no syllable has: "Thưòng" (ư then ò). The correction is given when
// one is certain (ư/ơ missing its pair's horn: "Thưòng" -> "Thường"). A tone on the wrong vowel
// ("ngaỳ") is misplacedTone's finding, not this one.
[[nodiscard]] std::vector<Slip> malformedSyllables(std::string_view utf8);
[[nodiscard]] std::vector<Slip> malformedSyllables(const SlipText& text);

// Real-word errors of administrative Vietnamese from the project's list (src/text/data/confusables.tsv):
// whole syllables, case-insensitive after NFC, either tone placement; the correction keeps each
// syllable's case ("PHÓ CHỈ TỊCH" -> "CHỦ TỊCH").
[[nodiscard]] std::vector<Slip> confusables(std::string_view utf8);
[[nodiscard]] std::vector<Slip> confusables(const SlipText& text);

// The list itself, for tests and documentation: every (wrong, right) pair, NFC, lower case.
struct Confusable {
  std::string wrong;
  std::string right;
};
[[nodiscard]] const std::vector<Confusable>& confusableList();

// True when no slip of several words (a confusable phrase, a word typed twice) can span the space
// at byte `space`: punctuation comes before it, or the word before it is one no such slip holds. A
// text cut there has the same such slips on each side as the whole text:
//   noSlipAcross("công tác dân", 10) == true;  noSlipAcross("để để", 5) == false;
//   noSlipAcross("Phó chỉ tịch", 10) == false ("chỉ tịch");  noSlipAcross("để, để", 6) == true.
[[nodiscard]] bool noSlipAcross(std::string_view utf8, std::size_t space);

}  // namespace baocao::text
