#include "text/legacy.hpp"

#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cctype>
#include <vector>

namespace baocao::text {
namespace {

std::vector<UChar32> codePoints(std::string_view utf8) {
  std::vector<UChar32> out;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

void append(std::string& out, UChar32 c) { icu::UnicodeString(c).toUTF8String(out); }

// TCVN 5712:1993 (VN3, the ".Vn" fonts) bytes 0xA1-0xFE as the letters they stand for; 0 where the
// byte is not a letter. Lower case only for toned letters: capitals were drawn by ".VnTimeH" fonts
// with the same bytes, which no text-level reading can tell apart.
constexpr std::array<char16_t, 0x5E> kTcvn3{
    // A1     A2      A3      A4      A5      A6      A7      A8      A9      AA      AB      AC      AD      AE      AF
    u'Ă', u'Â', u'Ê', u'Ô', u'Ơ', u'Ư', u'Đ', u'ă', u'â', u'ê', u'ô', u'ơ', u'ư', u'đ', 0,
    // B0 B1 B2 B3 B4  B5      B6      B7      B8      B9   BA   BB      BC      BD      BE   BF
    0, 0, 0, 0, 0, u'à', u'ả', u'ã', u'á', u'ạ', 0, u'ằ', u'ẳ', u'ẵ', u'ắ', 0,
    // C0-C5             C6      C7      C8      C9      CA      CB      CC      CD   CE      CF
    0, 0, 0, 0, 0, 0, u'ặ', u'ầ', u'ẩ', u'ẫ', u'ấ', u'ậ', u'è', 0, u'ẻ', u'ẽ',
    // D0     D1      D2      D3      D4      D5      D6      D7      D8      D9 DA DB  DC      DD      DE      DF
    u'é', u'ẹ', u'ề', u'ể', u'ễ', u'ế', u'ệ', u'ì', u'ỉ', 0, 0, 0, u'ĩ', u'í', u'ị', u'ò',
    // E0 E1      E2      E3      E4      E5      E6      E7      E8      E9      EA      EB      EC      ED      EE      EF
    0, u'ỏ', u'õ', u'ó', u'ọ', u'ồ', u'ổ', u'ỗ', u'ố', u'ộ', u'ờ', u'ở', u'ỡ', u'ớ', u'ợ', u'ù',
    // F0 F1      F2      F3      F4      F5      F6      F7      F8      F9      FA      FB      FC      FD      FE
    0, u'ủ', u'ũ', u'ú', u'ụ', u'ừ', u'ử', u'ữ', u'ứ', u'ự', u'ỳ', u'ỷ', u'ỹ', u'ý', u'ỵ'};

// NFD marks.
constexpr UChar32 kGrave = 0x0300, kAcute = 0x0301, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;
constexpr UChar32 kCircumflex = 0x0302, kBreve = 0x0306;

struct VniMark {
  UChar32 lower;   // the Latin-1 character of the mark byte (its capital is the upper-case form)
  UChar32 quality; // 0, circumflex or breve
  UChar32 tone;    // 0 or a tone mark
};
// VNI-Windows mark bytes after a base vowel: ø ù û õ ï tones; â circumflex (â ê ô), ê breve (ă);
// à á å ã ä circumflex with a tone; è é ú ü ë breve with a tone.
constexpr std::array<VniMark, 17> kVniMarks{{
    {0xF8, 0, kGrave}, {0xF9, 0, kAcute}, {0xFB, 0, kHook}, {0xF5, 0, kTilde}, {0xEF, 0, kDot},
    {0xE2, kCircumflex, 0}, {0xEA, kBreve, 0},
    {0xE0, kCircumflex, kGrave}, {0xE1, kCircumflex, kAcute}, {0xE5, kCircumflex, kHook},
    {0xE3, kCircumflex, kTilde}, {0xE4, kCircumflex, kDot},
    {0xE8, kBreve, kGrave}, {0xE9, kBreve, kAcute}, {0xFA, kBreve, kHook}, {0xFC, kBreve, kTilde},
    {0xEB, kBreve, kDot},
}};

const VniMark* vniMark(UChar32 c) {
  const UChar32 lower = c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 0x20 : c;
  for (const auto& m : kVniMarks)
    if (m.lower == lower) return &m;
  return nullptr;
}

// VNI letters that stand alone: ô ơ, ö ư, ñ đ, and the i/y forms ì í æ ó ò î.
UChar32 vniLetter(UChar32 c) {
  switch (c) {
    case 0xF4: return 0x01A1;  // ơ
    case 0xD4: return 0x01A0;
    case 0xF6: return 0x01B0;  // ư
    case 0xD6: return 0x01AF;
    case 0xF1: return 0x0111;  // đ
    case 0xD1: return 0x0110;
    case 0xEC: return 0x00EC;  // ì
    case 0xCC: return 0x00CC;
    case 0xED: return 0x00ED;  // í
    case 0xCD: return 0x00CD;
    case 0xE6: return 0x1EC9;  // ỉ
    case 0xC6: return 0x1EC8;
    case 0xF3: return 0x0129;  // ĩ
    case 0xD3: return 0x0128;
    case 0xF2: return 0x1ECB;  // ị
    case 0xD2: return 0x1ECA;
    case 0xEE: return 0x1EF5;  // ỵ
    case 0xCE: return 0x1EF4;
    default: return 0;
  }
}

bool isAsciiLetter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Latin-1 letters Vietnamese writes: À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their small forms.
bool vietnameseLatin1(UChar32 c) {
  const UChar32 l = c >= 0xC0 && c <= 0xDE ? c + 0x20 : c;
  static constexpr std::array<UChar32, 17> kLetters{0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED,
                                                    0xF2, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA, 0xFD, 0};
  for (const auto k : kLetters)
    if (k != 0 && k == l) return true;
  return false;
}

// Characters and patterns correct Vietnamese text never holds inside a word.
bool hasLegacySignal(const std::vector<UChar32>& cps) {
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const UChar32 c = cps[i];
    if (c >= 0xA1 && c <= 0xFF && !vietnameseLatin1(c)) return true;
    if (i > 0 && c >= 0xC0 && c <= 0xDE && u_islower(cps[i - 1])) return true;  // "ViÖt", "nhÊt"
  }
  return false;
}

bool allSyllables(std::string_view decoded) {
  bool any = false;
  for (const auto& w : words(decoded)) {
    bool ascii = true;
    for (const char c : w.text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) continue;  // "Nam", "UBND"
    if (!isVietnameseSyllable(w.text)) return false;
    any = true;
  }
  return any;
}

}  // namespace

std::optional<std::string> decodeTcvn3(std::string_view utf8) {
  std::string out;
  for (const UChar32 c : codePoints(utf8)) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c >= 0xA1 && c <= 0xFE && kTcvn3[static_cast<std::size_t>(c - 0xA1)] != 0) {
      append(out, kTcvn3[static_cast<std::size_t>(c - 0xA1)]);
    } else if (c == 0xA0) {
      out += ' ';
    } else {
      return std::nullopt;
    }
  }
  return nfc(out);
}

std::optional<std::string> decodeVni(std::string_view utf8) {
  const auto cps = codePoints(utf8);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const UChar32 c = cps[i];
    UChar32 base = 0;
    if (c < 0x80) base = c;
    else if (const UChar32 l = vniLetter(c); l != 0) base = l;
    else if (c == 0xA0) base = ' ';
    else return std::nullopt;
    append(out, base);
    // a vowel (or ơ, ư) may take one mark byte
    const UChar32 lower = u_tolower(base);
    const bool vowel = lower == 'a' || lower == 'e' || lower == 'o' || lower == 'u' || lower == 'y' ||
                       lower == 'i' || lower == 0x01A1 || lower == 0x01B0;
    if (!vowel || i + 1 >= cps.size()) continue;
    const VniMark* m = vniMark(cps[i + 1]);
    if (m == nullptr) continue;
    const bool qualityOk = m->quality == 0 ||
                           (m->quality == kCircumflex && (lower == 'a' || lower == 'e' || lower == 'o')) ||
                           (m->quality == kBreve && lower == 'a');
    if (!qualityOk) continue;  // then the next character is read on its own (and likely fails)
    if (m->quality != 0) append(out, m->quality);
    if (m->tone != 0) append(out, m->tone);
    ++i;
  }
  return nfc(out);
}

std::optional<LegacyGuess> legacyWord(std::string_view token) {
  // ASCII punctuation around the word is not part of it ("(ViÖt", "c¸i;").
  auto punct = [](char c) { return c != 0 && static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)); };
  while (!token.empty() && punct(token.front())) token.remove_prefix(1);
  while (!token.empty() && punct(token.back())) token.remove_suffix(1);
  // Cheap tests first: most tokens of a report are plain ASCII or real Unicode Vietnamese. On the
  // bytes: no byte from 0x80 is plain ASCII; a byte from 0xC4 starts a code point above U+00FF
  // (or is not UTF-8, U+FFFD): neither is Latin-1 mojibake.
  bool high = false;
  for (const char ch : token) {
    const auto b = static_cast<unsigned char>(ch);
    if (b >= 0xC4) return std::nullopt;
    high = high || b >= 0x80;
  }
  if (!high) return std::nullopt;
  const auto cps = codePoints(token);
  bool asciiLetter = false, latin1 = false;
  for (const UChar32 c : cps) {
    if (c > 0xFF) return std::nullopt;  // real Unicode Vietnamese (or anything else): not Latin-1 mojibake
    asciiLetter = asciiLetter || isAsciiLetter(c);
    latin1 = latin1 || c >= 0xA0;
  }
  if (!asciiLetter || !latin1 || !hasLegacySignal(cps)) return std::nullopt;
  const std::string composed(token);
  if (auto t = decodeTcvn3(composed); t && *t != composed && allSyllables(*t))
    return LegacyGuess{LegacyEncoding::Tcvn3, *t};
  if (auto v = decodeVni(composed); v && *v != composed && allSyllables(*v))
    return LegacyGuess{LegacyEncoding::Vni, *v};
  return std::nullopt;
}

}  // namespace baocao::text
