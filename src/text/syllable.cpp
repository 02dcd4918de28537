#include "text/syllable.hpp"

#include "text/vntext.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <unordered_map>

namespace baocao::text {
namespace {

// ICU's answers, with ASCII (most characters of a report) answered without the call: there
// u_isalpha is A-Z a-z, no character is a non-spacing mark, and White_Space is TAB..CR and space.
bool alpha(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : u_isalpha(c) != 0; }

// A letter or a non-spacing mark (a decomposed diacritic belongs to its word).
bool wordChar(UChar32 c) { return alpha(c) || (c >= 0x80 && u_charType(c) == U_NON_SPACING_MARK); }

// White space or NBSP.
bool whiteOrNbsp(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return u_isUWhiteSpace(c) || c == 0x00A0;
}

// Marks as NFD writes them.
constexpr UChar32 kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;
constexpr std::array<UChar32, 6> kToneMarks{0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};  // index = tone

enum Quality { Plain, Circumflex, Breve, Horn };

struct Letter {
  UChar32 base = 0;  // lower case: a-z or đ
  Quality quality = Plain;
  int tone = 0;      // index into kToneMarks
  bool upper = false;
};

bool isVowelBase(UChar32 c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

const icu::Normalizer2& nfdNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || n == nullptr)
    throw std::runtime_error(std::string("ICU NFD normaliser unavailable: ") + u_errorName(status));
  return *n;
}

// The word as letters with their marks; nullopt when it holds anything a Vietnamese word cannot.
std::optional<std::vector<Letter>> decompose(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString u = nfdNormalizer().normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  if (U_FAILURE(status)) return std::nullopt;
  std::vector<Letter> out;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) {
      if (out.empty()) return std::nullopt;
      Letter& l = out.back();
      if (c == kCircumflex || c == kBreve || c == kHorn) {
        if (l.quality != Plain) return std::nullopt;
        l.quality = c == kCircumflex ? Circumflex : c == kBreve ? Breve : Horn;
        continue;
      }
      const auto tone = std::find(kToneMarks.begin() + 1, kToneMarks.end(), c);
      if (tone == kToneMarks.end() || l.tone != 0) return std::nullopt;
      l.tone = static_cast<int>(tone - kToneMarks.begin());
      continue;
    }
    const UChar32 lower = u_tolower(c);
    if (!((lower >= 'a' && lower <= 'z') || lower == 0x0111)) return std::nullopt;
    out.push_back(Letter{lower, Plain, 0, lower != c});
  }
  for (const auto& l : out) {
    const bool ok = l.quality == Plain || (l.base == 'a' && (l.quality == Circumflex || l.quality == Breve)) ||
                    (l.base == 'e' && l.quality == Circumflex) || (l.base == 'o' && l.quality != Breve) ||
                    (l.base == 'u' && l.quality == Horn);
    if (!ok) return std::nullopt;
  }
  return out;
}

std::string vowelKey(const Letter& l) {
  switch (l.base) {
    case 'a': return l.quality == Circumflex ? "â" : l.quality == Breve ? "ă" : "a";
    case 'e': return l.quality == Circumflex ? "ê" : "e";
    case 'o': return l.quality == Circumflex ? "ô" : l.quality == Horn ? "ơ" : "o";
    case 'u': return l.quality == Horn ? "ư" : "u";
    case 'i': return "i";
    default: return "y";
  }
}

// Every vowel nucleus Vietnamese writes (after the "qu" and "gi" initials are taken off).
bool validNucleus(const std::string& n, bool hasFinal) {
  static constexpr std::string_view kOpenOrClosed[] = {
      "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "yê", "uô", "ươ", "oa", "oă", "oe",
      "uâ", "uê", "uy", "uyê", "oo"};
  static constexpr std::string_view kOpenOnly[] = {
      "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưa", "ưu", "uơ",
      "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu", "ua"};
  for (const auto k : kOpenOrClosed)
    if (n == k) return true;
  if (hasFinal) return false;
  for (const auto k : kOpenOnly)
    if (n == k) return true;
  return false;
}

bool validFinal(const std::string& f) {
  static constexpr std::string_view kFinals[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
  return std::find(std::begin(kFinals), std::end(kFinals), f) != std::end(kFinals);
}

bool validInitial(const std::string& i) {
  static constexpr std::string_view kInitials[] = {"",   "b",  "c",  "ch", "d",  "g",  "gh", "gi", "h",
                                                   "k",  "kh", "l",  "m",  "n",  "ng", "ngh", "nh", "p",
                                                   "ph", "qu", "r",  "s",  "t",  "th", "tr", "v",  "x",  "đ"};
  return std::find(std::begin(kInitials), std::end(kInitials), i) != std::end(kInitials);
}

std::string asciiOf(const std::vector<Letter>& ls, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t k = from; k < to; ++k) s += ls[k].base == 0x0111 ? std::string("đ") : std::string(1, static_cast<char>(ls[k].base));
  return s;
}

struct Analysis {
  std::vector<Letter> letters;
  std::size_t nucleusBegin = 0, nucleusEnd = 0;  // letter indexes
  std::vector<std::size_t> accepted;             // letter indexes that may carry the tone
  std::size_t toneAt = std::string::npos;        // where the (single) tone mark is
  int tone = 0;
  int toneCount = 0;
  bool oaOeUyOpen = false;                       // the two styles differ on this word
};

std::optional<Analysis> analyse(std::string_view word) {
  auto letters = decompose(word);
  if (!letters || letters->empty()) return std::nullopt;
  Analysis a;
  a.letters = std::move(*letters);
  const auto& ls = a.letters;
  const std::size_t n = ls.size();
  std::size_t i = 0;
  while (i < n && !isVowelBase(ls[i].base)) ++i;
  if (i == n) return std::nullopt;
  // "qu" and "gi" before another vowel are initials: "quý", "giá"; "gìn" keeps its i.
  if (i + 1 < n && isVowelBase(ls[i + 1].base) &&
      ((i == 1 && ls[0].base == 'q' && ls[1].base == 'u' && ls[1].quality == Plain) ||
       (i == 1 && ls[0].base == 'g' && ls[1].base == 'i')))
    ++i;
  if (!validInitial(asciiOf(ls, 0, i))) return std::nullopt;
  std::size_t j = i;
  while (j < n && isVowelBase(ls[j].base)) ++j;
  const std::string final = asciiOf(ls, j, n);
  if (!validFinal(final)) return std::nullopt;
  std::string nucleus;
  for (std::size_t k = i; k < j; ++k) nucleus += vowelKey(ls[k]);
  if (!validNucleus(nucleus, !final.empty())) return std::nullopt;
  a.nucleusBegin = i;
  a.nucleusEnd = j;
  for (std::size_t k = 0; k < n; ++k)
    if (ls[k].tone != 0) {
      ++a.toneCount;
      if (a.toneAt == std::string::npos) {
        a.toneAt = k;
        a.tone = ls[k].tone;
      }
    }

  const std::size_t len = j - i;
  std::size_t marked = std::string::npos;
  for (std::size_t k = i; k < j; ++k)
    if (ls[k].quality != Plain) marked = k;  // "ươ": the last one, ơ
  if (marked != std::string::npos) a.accepted = {marked};
  else if (len == 1) a.accepted = {i};
  else if (!final.empty()) a.accepted = {j - 1};  // "hoàn", "huỳnh", "thoát"
  else if (len == 3) a.accepted = {i + 1};        // "ngoài", "khuỷu", "ngoẹo"
  else if (nucleus == "oa" || nucleus == "oe" || nucleus == "uy") {
    a.accepted = {i, i + 1};                      // "hòa"/"hoà", "thủy"/"thuỷ"
    a.oaOeUyOpen = true;
  } else a.accepted = {i};                        // "ngày", "mùa", "kìa"
  return a;
}

bool placementAccepted(const Analysis& a) {
  if (a.toneCount == 0) return true;
  if (a.toneCount > 1) return false;
  return std::find(a.accepted.begin(), a.accepted.end(), a.toneAt) != a.accepted.end();
}

std::string compose(const std::vector<Letter>& ls) {
  icu::UnicodeString u;
  for (const auto& l : ls) {
    u.append(l.upper ? u_toupper(l.base) : l.base);
    if (l.quality == Circumflex) u.append(kCircumflex);
    if (l.quality == Breve) u.append(kBreve);
    if (l.quality == Horn) u.append(kHorn);
    if (l.tone != 0) u.append(kToneMarks[static_cast<std::size_t>(l.tone)]);
  }
  std::string out;
  u.toUTF8String(out);
  return nfc(out);
}

std::string withToneAt(Analysis a, std::size_t at) {
  for (auto& l : a.letters) l.tone = 0;
  a.letters[at].tone = a.tone;
  return compose(a.letters);
}

}  // namespace

std::vector<Word> words(std::string_view utf8) {
  std::vector<Word> out;
  out.reserve(utf8.size() / 6);  // about one word in six bytes of Vietnamese text, spaces included
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  int32_t start = -1;
  while (i < length) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    const bool inWord = c >= 0 && wordChar(c);
    if (inWord && start < 0) start = at;
    if (!inWord && start >= 0) {
      out.push_back(Word{static_cast<std::size_t>(start), static_cast<std::size_t>(at - start),
                         utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(at - start))});
      start = -1;
    }
  }
  if (start >= 0)
    out.push_back(Word{static_cast<std::size_t>(start), static_cast<std::size_t>(length - start),
                       utf8.substr(static_cast<std::size_t>(start))});
  return out;
}

bool hasWord(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && alpha(c)) return true;
  }
  return false;
}

bool isVietnameseSyllable(std::string_view word) {
  const auto a = analyse(word);
  return a && placementAccepted(*a);
}

std::optional<std::string> misplacedTone(std::string_view word) {
  const auto a = analyse(word);
  if (!a || placementAccepted(*a)) return std::nullopt;
  return withToneAt(*a, a->accepted.front());
}

ToneStyle toneStyle(std::string_view word) {
  const auto a = analyse(word);
  if (!a || !a->oaOeUyOpen || a->toneCount != 1 || !placementAccepted(*a)) return ToneStyle::Neutral;
  return a->toneAt == a->nucleusBegin ? ToneStyle::Old : ToneStyle::New;
}

std::string canonicalTone(std::string_view word) {
  // Headings are normalised again and again (each template tried, then the rules), and analyse()
  // is what that costs; a report's vocabulary is a few thousand syllables, so each is kept.
  thread_local std::unordered_map<std::string, std::string> memo;
  std::string key(word);
  if (const auto it = memo.find(key); it != memo.end()) return it->second;
  std::string out;
  if (toneStyle(word) != ToneStyle::New) {
    out = nfc(word);
  } else {
    const auto a = analyse(word);
    out = withToneAt(*a, a->nucleusBegin);
  }
  if (memo.size() >= 1u << 15) memo.clear();  // bounded: text that is not Vietnamese does not grow it forever
  return memo.emplace(std::move(key), std::move(out)).first->second;
}

std::optional<std::string> otherTonePlacement(std::string_view word) {
  const auto a = analyse(word);
  if (!a || !a->oaOeUyOpen || a->toneCount != 1 || !placementAccepted(*a)) return std::nullopt;
  return withToneAt(*a, a->toneAt == a->nucleusBegin ? a->nucleusBegin + 1 : a->nucleusBegin);
}

std::vector<std::string> oldPlacementForms() {
  static const char* const kInitials[] = {"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
                                          "ng", "ngh", "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"};
  // grave, hook above, tilde, acute, dot below: on the first vowel (the old placement)
  static const char* const kTones[] = {"\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
  std::vector<std::string> out;
  for (const char* initial : kInitials)
    for (const char* nucleus : {"oa", "oe", "uy"})
      for (const char* tone : kTones) {
        const std::string word = nfc(std::string(initial) + nucleus[0] + tone + nucleus[1]);
        if (isVietnameseSyllable(word) && toneStyle(word) == ToneStyle::Old) out.push_back(word);
      }
  return out;
}

LetterCase letterCase(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  int uppers = 0, lowers = 0;
  bool firstUpper = false, laterUpper = false;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    const bool up = c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) != 0;
    const bool low = c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(c) != 0;
    if (up) {
      if (uppers + lowers == 0) firstUpper = true;
      else laterUpper = true;
      ++uppers;
    }
    if (low) ++lowers;
  }
  if (uppers + lowers == 0) return LetterCase::None;
  if (uppers == 0) return LetterCase::Lower;
  if (lowers == 0) return LetterCase::Upper;
  return firstUpper && !laterUpper ? LetterCase::Capitalised : LetterCase::Mixed;
}

bool latinWord(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0x80 || !alpha(c)) continue;  // ASCII, ill-formed bytes, marks of the letter before
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) != USCRIPT_LATIN) return false;
  }
  return true;
}

std::string canonicalToneText(std::string_view utf8) {
  std::string out;
  std::size_t done = 0;
  for (const auto& w : words(utf8)) {
    out += nfc(utf8.substr(done, w.offset - done));
    const bool ascii = std::all_of(w.text.begin(), w.text.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (ascii) out += w.text;  // no tone mark to move
    else out += canonicalTone(w.text);
    done = w.offset + w.length;
  }
  out += nfc(utf8.substr(done));
  return out;
}

namespace {

struct Token {
  enum Kind { Letters, Number, Other } kind;
  std::size_t offset;
  std::string_view text;
};

// Letters, numbers ("26/11/2021", "5", "2025") and single other characters; white space dropped.
std::vector<Token> tokens(std::string_view utf8) {
  std::vector<Token> out;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0 || whiteOrNbsp(c)) continue;
    auto take = [&](Token::Kind kind, auto&& belongs) {
      int32_t end = i;
      while (end < length) {
        int32_t next = end;
        UChar32 d = 0;
        U8_NEXT(s, next, length, d);
        if (d < 0 || !belongs(d, next)) break;
        end = next;
      }
      i = end;
      out.push_back(Token{kind, static_cast<std::size_t>(at),
                          utf8.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(end - at))});
    };
    if (alpha(c)) {
      take(Token::Letters, [](UChar32 d, int32_t) { return wordChar(d); });
    } else if (c >= '0' && c <= '9') {
      // digits with inner separators: a separator must be followed by a digit
      take(Token::Number, [&](UChar32 d, int32_t next) {
        if (d >= '0' && d <= '9') return true;
        return (d == '/' || d == '-' || d == '.') && next < length && s[next] >= '0' && s[next] <= '9';
      });
    } else {
      out.push_back(Token{Token::Other, static_cast<std::size_t>(at),
                          utf8.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(i - at))});
    }
  }
  return out;
}

std::vector<int> numberParts(std::string_view t, char sep) {
  std::vector<int> parts{0};
  int digits = 0;
  for (const char c : t) {
    if (c == sep) {
      if (digits == 0) return {};
      parts.push_back(0);
      digits = 0;
    } else if (c >= '0' && c <= '9') {
      if (++digits > 4) return {};
      parts.back() = parts.back() * 10 + (c - '0');
    } else {
      return {};
    }
  }
  return digits == 0 ? std::vector<int>{} : parts;
}

bool isYear(std::string_view t) {
  const auto p = numberParts(t, '/');
  return t.size() == 4 && p.size() == 1 && p[0] >= 1900 && p[0] <= 2100;
}

// "26/11/2021", "26/11", "26-11-2021": a day and a month that exist.
bool isDayMonth(std::string_view t) {
  for (const char sep : {'/', '-'}) {
    const auto p = numberParts(t, sep);
    if (p.size() >= 2 && p.size() <= 3 && p[0] >= 1 && p[0] <= 31 && p[1] >= 1 && p[1] <= 12 &&
        (p.size() == 2 || (p[2] >= 1900 && p[2] <= 2100)))
      return true;
  }
  return false;
}

bool isInRange(std::string_view t, int lo, int hi) {
  const auto p = numberParts(t, '/');
  return t.size() <= 2 && p.size() == 1 && p[0] >= lo && p[0] <= hi;
}

// "12/2021": a month and a year.
bool isMonthYear(std::string_view t) {
  const auto p = numberParts(t, '/');
  return p.size() == 2 && p[0] >= 1 && p[0] <= 12 && p[1] >= 1900 && p[1] <= 2100;
}

bool is(const Token& t, std::initializer_list<std::string_view> texts) {
  if (t.kind != Token::Letters) return false;
  for (const auto x : texts)
    if (t.text == x) return true;
  return false;
}

}  // namespace

std::vector<Undiacritized> undiacritizedWords(std::string_view utf8) {
  // Every pattern below ends in a number: no digit, nothing to find (most paragraphs).
  if (utf8.find_first_of("0123456789") == std::string_view::npos) return {};
  const auto ts = tokens(utf8);
  std::vector<Undiacritized> out;
  auto at = [&](std::size_t k) -> const Token* { return k < ts.size() ? &ts[k] : nullptr; };
  auto lettersIs = [&](std::size_t k, std::initializer_list<std::string_view> texts) {
    const Token* t = at(k);
    return t != nullptr && is(*t, texts);
  };
  auto numberAt = [&](std::size_t k) -> std::string_view {
    const Token* t = at(k);
    return t != nullptr && t->kind == Token::Number ? t->text : std::string_view();
  };
  for (std::size_t k = 0; k < ts.size(); ++k) {
    const Token& t = ts[k];
    if (t.kind != Token::Letters) continue;
    const std::string_view next = numberAt(k + 1);
    if (next.empty()) continue;
    // ngay 26/11/2021; ngay 26 tháng 11
    if (is(t, {"ngay", "Ngay"}) &&
        (isDayMonth(next) || (isInRange(next, 1, 31) && lettersIs(k + 2, {"tháng", "thang", "Tháng", "Thang"}))))
      out.push_back({t.offset, std::string(t.text), t.text == "ngay" ? "ngày" : "Ngày"});
    // thang 5 năm 2025; thang 12/2021; ngày 07 thang 5
    else if (is(t, {"thang", "Thang"}) &&
             (isMonthYear(next) ||
              (isInRange(next, 1, 12) &&
               ((lettersIs(k + 2, {"năm", "nam"}) && isYear(numberAt(k + 3))) ||
                (k >= 2 && lettersIs(k - 2, {"ngày", "ngay", "Ngày", "Ngay"}) && !numberAt(k - 1).empty())))))
      out.push_back({t.offset, std::string(t.text), t.text == "thang" ? "tháng" : "Tháng"});
    // nam 2025, but never "Nam" (a name, the south) or "Việt nam"
    else if (t.text == "nam" && isYear(next) && !(k >= 1 && ts[k - 1].kind == Token::Letters &&
                                                 (foldCase(ts[k - 1].text) == "việt" || foldCase(ts[k - 1].text) == "viet")))
      out.push_back({t.offset, std::string(t.text), "năm"});
  }
  return out;
}

}  // namespace baocao::text
