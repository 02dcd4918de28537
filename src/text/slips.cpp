#include "text/slips.hpp"

#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace baocao::text {
namespace data {
extern const char kConfusablesTsv[];
}

namespace {

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool allAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

UChar32 codePointAt(std::string_view s, std::size_t at, std::size_t* next = nullptr) {
  auto i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  if (next != nullptr) *next = static_cast<std::size_t>(i);
  return c;
}

// The code point that ends just before byte `at`.
// (Back over at most three continuation bytes, then decode forward: ICU's U8_PREV expands to an
// old-style cast that -Werror=old-style-cast rejects under gcc.) An ill-formed sequence gives a
// negative value and the one byte before `at`, as U8_PREV does.
UChar32 codePointBefore(std::string_view s, std::size_t at, std::size_t* start = nullptr) {
  std::size_t from = at;
  while (from > 0 && at - from < 4) {
    --from;
    if ((static_cast<unsigned char>(s[from]) & 0xC0) != 0x80) break;
  }
  auto i = static_cast<int32_t>(from);
  UChar32 c = 0;
  if (from < at) U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(at), c);
  if (static_cast<std::size_t>(i) != at) {  // not one whole character ending at `at`
    from = at > 0 ? at - 1 : 0;
    c = -1;
  }
  if (start != nullptr) *start = from;
  return c;
}

bool isSpace(UChar32 c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || (c >= 0x80 && u_isUWhiteSpace(c)); }
bool isLetter(UChar32 c) { return c >= 0 && (c < 0x80 ? isAsciiLetter(static_cast<char>(c)) : u_isalpha(c) != 0); }
bool isUpper(UChar32 c) { return c >= 0 && (c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) != 0); }
bool isLower(UChar32 c) { return c >= 0 && (c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(c) != 0); }

// Only white space between two byte offsets (and at least one character of it).
bool onlySpaceBetween(std::string_view s, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  for (std::size_t i = from; i < to;) {
    std::size_t next = 0;
    if (!isSpace(codePointAt(s, i, &next))) return false;
    i = next;
  }
  return true;
}

// White-space separated chunks of a paragraph: "(avf," "BC-UBND" "a@b.vn".
using Chunk = SlipText::Chunk;
std::vector<Chunk> chunksOf(std::string_view s) {
  std::vector<Chunk> out;
  std::size_t i = 0, start = std::string_view::npos;
  while (i < s.size()) {
    std::size_t next = 0;
    const bool space = isSpace(codePointAt(s, i, &next));
    if (!space && start == std::string_view::npos) start = i;
    if (space && start != std::string_view::npos) {
      out.push_back({start, i - start});
      start = std::string_view::npos;
    }
    i = next > i ? next : i + 1;
  }
  if (start != std::string_view::npos) out.push_back({start, s.size() - start});
  return out;
}

bool looksLikeAddress(std::string_view chunk) {
  if (chunk.find_first_of("@.:") == std::string_view::npos) return false;  // each mark has one: one pass for most words
  for (const std::string_view mark : {"@", "://", "www.", ".vn", ".com", ".gov", ".org", ".net", ".edu"})
    if (chunk.find(mark) != std::string_view::npos) return true;
  return false;
}

// The chunk without the punctuation around it: "(avf," -> "avf".
std::pair<std::size_t, std::size_t> core(std::string_view s, const Chunk& c) {
  std::size_t b = c.offset, e = c.offset + c.length;
  while (b < e) {
    std::size_t next = 0;
    const UChar32 ch = codePointAt(s, b, &next);
    if (isLetter(ch) || (ch >= '0' && ch <= '9')) break;
    b = next;
  }
  while (e > b) {
    std::size_t start = 0;
    const UChar32 ch = codePointBefore(s, e, &start);
    if (isLetter(ch) || (ch >= '0' && ch <= '9') || (ch >= 0x80 && u_charType(ch) == U_NON_SPACING_MARK)) break;
    e = start;
  }
  return {b, e - b};
}

// ---- Telex and VNI ----------------------------------------------------------------------------

enum Quality { Plain, Circumflex, Breve, Horn };
struct Key {
  char base;  // a-z, or 'D' for đ
  Quality quality = Plain;
  bool upper = false;
};
bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The last run of vowels in the output, as [begin, end) indexes; empty when there is no vowel.
std::pair<std::size_t, std::size_t> lastVowelGroup(const std::vector<Key>& out) {
  std::size_t e = out.size();
  while (e > 0 && !isVowel(out[e - 1].base)) --e;
  std::size_t b = e;
  while (b > 0 && isVowel(out[b - 1].base)) --b;
  return {b, e};
}

bool hasVowel(const std::vector<Key>& out) {
  return std::any_of(out.begin(), out.end(), [](const Key& k) { return isVowel(k.base); });
}

bool applyHorn(std::vector<Key>& out) {  // w (Telex) or 7 (VNI)
  const auto [b, e] = lastVowelGroup(out);
  for (std::size_t k = b; k + 1 < e; ++k)
    if (out[k].base == 'u' && out[k + 1].base == 'o' && out[k + 1].quality == Plain) {  // uo -> ươ
      out[k].quality = Horn;
      out[k + 1].quality = Horn;
      return true;
    }
  for (std::size_t k = e; k > b; --k) {
    Key& v = out[k - 1];
    if ((v.base == 'o' || v.base == 'u') && v.quality == Plain) {
      v.quality = Horn;
      return true;
    }
  }
  return false;
}

bool applyMark(std::vector<Key>& out, Quality q, std::string_view bases) {  // 6 and 8 (VNI)
  const auto [b, e] = lastVowelGroup(out);
  for (std::size_t k = e; k > b; --k) {
    Key& v = out[k - 1];
    if (bases.find(v.base) != std::string_view::npos && v.quality == Plain) {
      v.quality = q;
      return true;
    }
  }
  return false;
}

// c/k, g/gh, ng/ngh as Vietnamese spells them: "kưa" and "ghà" are no words.
bool spelledRight(const std::vector<Key>& ks) {
  std::size_t i = 0;
  while (i < ks.size() && !isVowel(ks[i].base)) ++i;
  if (i == ks.size()) return false;
  std::string initial;
  for (std::size_t k = 0; k < i; ++k) initial += ks[k].base;
  const Key& v = ks[i];
  const bool front = v.base == 'i' || v.base == 'y' || v.base == 'e';
  if (initial == "k" || initial == "gh" || initial == "ngh") return front;
  if (initial == "c" || initial == "ng") return !front;
  if (initial == "g") return !(v.base == 'e');
  if (initial == "q") return v.base == 'u' && v.quality == Plain;
  return true;
}

// The syllable a word typed with the input method off was meant to be; nullopt when the keys do
// not make one. `raw` is ASCII letters and digits.
std::optional<std::string> decodeKeys(std::string_view raw) {
  std::vector<Key> out;
  int tone = 0;
  bool changed = false;
  for (const char ch : raw) {
    const char c = asciiLower(ch);
    const bool upper = ch != c;
    const auto setTone = [&](int t) {
      if (tone != 0 || !hasVowel(out)) return false;
      tone = t;
      return true;
    };
    if (isAsciiDigit(c)) {
      bool ok = false;
      switch (c) {
        case '1': ok = setTone(1); break;
        case '2': ok = setTone(2); break;
        case '3': ok = setTone(3); break;
        case '4': ok = setTone(4); break;
        case '5': ok = setTone(5); break;
        case '6': ok = applyMark(out, Circumflex, "aeo"); break;
        case '7': ok = applyHorn(out); break;
        case '8': ok = applyMark(out, Breve, "a"); break;
        case '9': ok = out.size() == 1 && out[0].base == 'd' && (out[0].base = 'D', true); break;
        default: break;
      }
      if (!ok) return std::nullopt;
      changed = true;
      continue;
    }
    if (hasVowel(out) && (c == 's' || c == 'f' || c == 'r' || c == 'x' || c == 'j')) {
      if (!setTone(c == 's' ? 1 : c == 'f' ? 2 : c == 'r' ? 3 : c == 'x' ? 4 : 5)) return std::nullopt;
      changed = true;
      continue;
    }
    if (c == 'w') {
      if (!applyHorn(out)) {
        if (hasVowel(out) && lastVowelGroup(out).second == out.size()) {
          // "aw" -> ă; a w after any other vowel is no key
          if (out.back().base != 'a' || out.back().quality != Plain) return std::nullopt;
          out.back().quality = Breve;
        } else {
          out.push_back(Key{'u', Horn, upper});  // w alone: ư
        }
      }
      changed = true;
      continue;
    }
    if (!out.empty() && (c == 'a' || c == 'e' || c == 'o') && out.back().base == c && out.back().quality == Plain) {
      out.back().quality = Circumflex;
      changed = true;
      continue;
    }
    if (c == 'd' && out.size() == 1 && out[0].base == 'd') {
      out[0].base = 'D';
      changed = true;
      continue;
    }
    out.push_back(Key{c, Plain, upper});
  }
  if (!changed || !spelledRight(out)) return std::nullopt;
  // Compose with the tone on the first vowel; misplacedTone moves it where it belongs.
  icu::UnicodeString u;
  bool toned = false;
  for (const auto& k : out) {
    const UChar32 base = k.base == 'D' ? 0x0111 : k.base;
    u.append(k.upper ? u_toupper(base) : base);
    if (k.quality == Circumflex) u.append(static_cast<UChar32>(0x0302));
    if (k.quality == Breve) u.append(static_cast<UChar32>(0x0306));
    if (k.quality == Horn) u.append(static_cast<UChar32>(0x031B));
    if (tone != 0 && !toned && isVowel(k.base)) {
      static constexpr std::array<UChar32, 6> kTone{0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};
      u.append(kTone[static_cast<std::size_t>(tone)]);
      toned = true;
    }
  }
  std::string word;
  u.toUTF8String(word);
  word = nfc(word);
  if (auto moved = misplacedTone(word)) return moved;
  if (isVietnameseSyllable(word)) return word;
  return std::nullopt;
}

// English words (and a few loan words) that read as Telex for a real syllable: "as" á, "of" ò,
// "how" hơ, "taxi" tãi. Lower case.
bool isCommonForeignWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords{
      "as",  "is",   "us",   "of",   "if",   "or",   "ax",   "ox",   "ex",   "its",  "his",  "her",  "has",
      "was", "how",  "now",  "new",  "low",  "row",  "cow",  "bow",  "tow",  "vow",  "wow",  "bar",  "car",
      "tar", "bus",  "box",  "tax",  "max",  "fax",  "mix",  "six",  "sex",  "lux",  "taxi", "boss", "moon",
      "soon", "seen", "been", "see", "tree", "keep", "teen", "room", "boom", "doom", "loop", "hoop", "noon",
      "mar", "nor",  "tor",  "cos",  "dos",  "ios",  "mac",  "macs", "hex",  "rex",  "ms",   "mrs",  "bis",
      "ris", "sos",  "tos",  "los",  "mas",  "nas",  "vas",  "las",  "ban",  "bans", "cats", "hats", "tips",
      "maps", "cups", "tops", "pots", "bits", "nets", "cuts", "songs", "things", "kings", "its", "bias",
      "visa", "via",  "lex",  "tex",  "ax",   "uber", "lol",  "hoax", "nox",  "lox",  "pox",  "vox",  "sox"};
  return kWords.count(lower) != 0;
}

// isVietnameseSyllable, remembered: a report has a few thousand distinct words, each analysed once.
bool knownSyllable(std::string_view word) {
  thread_local std::unordered_map<std::string, bool> memo;
  std::string w(word);
  if (const auto it = memo.find(w); it != memo.end()) return it->second;
  const bool yes = isVietnameseSyllable(word);
  if (memo.size() >= 1u << 15) memo.clear();
  return memo.emplace(std::move(w), yes).first->second;
}

bool hasVietnameseLetter(std::string_view word) {
  // A non-ASCII letter in a word that reads as a Vietnamese syllable: the context is Vietnamese.
  return !allAscii(word) && knownSyllable(word);
}

// ---- Repeated words ---------------------------------------------------------------------------

// A Vietnamese word is often two syllables, so a syllable typed twice is often right: "phân công
// công chức", "Ủy ban ban hành", "từ từ", "dần dần", "ngày ngày", "người người" (reduplications
// and compounds meeting). Only the little words a report never doubles are taken: "để để", "các
// các". Lower case. Left out on purpose: "từ" (từ từ), "ra" (ra ra vào vào), "hay" (hay hay),
// "mãi", "đâu", "ai" (mãi mãi, đâu đâu, ai ai).
bool isFunctionWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords{
      "để",   "và",   "của",  "các",  "những", "có",   "là",   "được", "đã",   "sẽ",   "đang",  "trong", "với",
      "cho",  "theo", "về",   "tại",  "đến",   "thì",  "mà",   "nhưng", "này", "đó",   "cũng",  "không", "chưa",
      "bị",   "do",   "vì",   "nên",  "như",   "khi",  "nếu",  "hoặc", "một",  "rất",  "đều",   "vẫn",   "còn",
      "lại",  "vào",  "trên", "dưới", "sau",   "trước", "giữa", "bằng", "tới",  "từng", "mọi",   "ở",     "cùng",
      "việc", "sự",   "nhằm", "nhau", "đối",   "tuy",  "thêm", "luôn", "hơn",  "nhất", "phải",  "cần",   "đồng",
      "the",  "and",  "of",   "to",   "a",     "in",   "is"};
  return kWords.count(folded) != 0;
}

// ---- Keys of words for the confusables ---------------------------------------------------------

// Case folded, old tone placement; remembered, since a report has a few thousand distinct words.
std::string wordKey(std::string_view word) {
  if (allAscii(word)) {
    std::string s(word);
    for (char& c : s) c = asciiLower(c);
    return s;
  }
  thread_local std::unordered_map<std::string, std::string> memo;
  std::string w(word);
  if (const auto it = memo.find(w); it != memo.end()) return it->second;
  std::string key = canonicalTone(foldCase(w));
  if (memo.size() >= 1u << 15) memo.clear();
  return memo.emplace(std::move(w), std::move(key)).first->second;
}

std::vector<std::string> splitSpaces(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

struct ConfusableIndex {
  std::vector<Confusable> list;
  struct Entry {
    std::vector<std::string> keys;
    std::vector<std::string> right;
  };
  std::unordered_map<std::string, std::vector<Entry>> byFirst;
  std::unordered_set<std::string> anyKey;  // every syllable of every phrase
};

const ConfusableIndex& confusableIndex() {
  static const ConfusableIndex index = [] {
    ConfusableIndex ix;
    const std::string_view tsv = data::kConfusablesTsv;
    std::size_t i = 0;
    while (i < tsv.size()) {
      std::size_t end = tsv.find('\n', i);
      if (end == std::string_view::npos) end = tsv.size();
      std::string_view line = tsv.substr(i, end - i);
      i = end + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string_view right = line.substr(tab + 1);
      if (const std::size_t tab2 = right.find('\t'); tab2 != std::string_view::npos) right = right.substr(0, tab2);
      Confusable c{nfc(line.substr(0, tab)), nfc(right)};
      ConfusableIndex::Entry e;
      for (const auto& syl : splitSpaces(c.wrong)) e.keys.push_back(wordKey(syl));
      e.right = splitSpaces(c.right);
      if (!e.keys.empty() && e.keys.size() == e.right.size()) {
        ix.anyKey.insert(e.keys.begin(), e.keys.end());
        ix.byFirst[e.keys.front()].push_back(std::move(e));
        ix.list.push_back(std::move(c));
      }
    }
    return ix;
  }();
  return index;
}

// The replacement syllable in the case of the one typed: "CHỈ" -> "CHỦ", "Chỉ" -> "Chủ".
std::string inCaseOf(std::string_view typed, std::string_view right, bool phraseAllUpper) {
  std::size_t next = 0;
  const UChar32 first = codePointAt(typed, 0, &next);
  if (phraseAllUpper) return upper(right);
  if (isUpper(first)) {
    std::size_t rnext = 0;
    codePointAt(right, 0, &rnext);
    return upper(right.substr(0, rnext)) + std::string(right.substr(rnext));
  }
  return std::string(right);
}

bool allUpperWord(std::string_view w) {
  bool any = false;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t next = 0;
    const UChar32 c = codePointAt(w, i, &next);
    if (isLower(c)) return false;
    any = any || isUpper(c);
    i = next;
  }
  return any;
}

// A word as base letters with their NFD marks: "Thưòng" -> T h u(031B) o(0300) n g.
struct Cluster {
  UChar32 base;
  std::vector<UChar32> marks;
};
std::vector<Cluster> clusters(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::vector<Cluster> out;
  if (U_FAILURE(status) || nfd == nullptr) return out;
  const icu::UnicodeString u =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  if (U_FAILURE(status)) return out;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 && !out.empty()) out.back().marks.push_back(c);
    else out.push_back({c, {}});
  }
  return out;
}

constexpr UChar32 kHornMark = 0x031B;
bool hasMark(const Cluster& c, UChar32 m) { return std::find(c.marks.begin(), c.marks.end(), m) != c.marks.end(); }

// Letters and marks Vietnamese writes, and whether one only Vietnamese has is among them.
bool vietnameseLetters(const std::vector<Cluster>& cs, bool& specific) {
  specific = false;
  for (const auto& c : cs) {
    const UChar32 l = u_tolower(c.base);
    if (l == 0x0111) specific = true;
    else if (!(l >= 'a' && l <= 'z')) return false;
    for (const UChar32 m : c.marks) {
      if (m == 0x0302 || m == 0x0306 || m == kHornMark || m == 0x0309 || m == 0x0303 || m == 0x0323) specific = true;
      else if (m != 0x0300 && m != 0x0301) return false;
    }
  }
  return true;
}

// Adds the horn an ư or ơ is missing from its pair: "Thưòng" -> "Thường", "thuờng" -> "thường".
std::optional<std::string> pairHorn(std::vector<Cluster> cs) {
  bool added = false;
  for (std::size_t k = 0; k + 1 < cs.size(); ++k) {
    Cluster& u = cs[k];
    Cluster& o = cs[k + 1];
    if (u_tolower(u.base) != 'u' || u_tolower(o.base) != 'o') continue;
    if (k > 0 && u_tolower(cs[k - 1].base) == 'q') continue;
    const bool hu = hasMark(u, kHornMark), ho = hasMark(o, kHornMark);
    if (hu == ho) continue;
    (hu ? o : u).marks.insert((hu ? o : u).marks.begin(), kHornMark);  // horn first: canonical order
    added = true;
  }
  if (!added) return std::nullopt;
  icu::UnicodeString u;
  for (const auto& c : cs) {
    u.append(c.base);
    for (const UChar32 m : c.marks) u.append(m);
  }
  std::string word;
  u.toUTF8String(word);
  word = nfc(word);
  if (auto moved = misplacedTone(word)) return moved;
  if (isVietnameseSyllable(word)) return word;
  return std::nullopt;
}

}  // namespace

const std::vector<Confusable>& confusableList() { return confusableIndex().list; }

bool noSlipAcross(std::string_view utf8, std::size_t space) {
  if (space == 0 || space >= utf8.size() || utf8[space] != ' ') return false;
  const auto wordPart = [](UChar32 c) { return isLetter(c) || (c >= 0x80 && u_charType(c) == U_NON_SPACING_MARK); };
  std::size_t start = 0;
  const UChar32 before = codePointBefore(utf8, space, &start);
  if (isSpace(before)) return false;
  if (!wordPart(before)) return true;  // "tác," "2025" "(…)": only white space may join two words of a slip
  while (start > 0) {
    std::size_t previous = 0;
    if (!wordPart(codePointBefore(utf8, start, &previous))) break;
    start = previous;
  }
  const std::string key = wordKey(nfc(utf8.substr(start, space - start)));
  return !isFunctionWord(key) && confusableIndex().anyKey.count(key) == 0;
}

SlipText::SlipText(std::string_view utf8) : mText(utf8) {
  if (!allAscii(utf8) && !isNfc(utf8)) {
    mStore = nfc(utf8);
    mText = mStore;
  }
  mChunks = chunksOf(mText);
  mWords = text::words(mText);
}

SlipText::SlipText(std::string_view nfcUtf8, KnownNfc) : mText(nfcUtf8) {
  mChunks = chunksOf(mText);
  mWords = text::words(mText);
}

const std::vector<std::string>& SlipText::keys() const {
  if (!mKeys) {
    mKeys.emplace();
    mKeys->reserve(mWords.size());
    for (const Word& w : mWords) mKeys->push_back(wordKey(w.text));
  }
  return *mKeys;
}

// The finders over one paragraph alone (tests, callers with one rule in mind).
std::vector<Slip> telexLeftovers(std::string_view utf8) { return telexLeftovers(SlipText(utf8)); }
std::vector<Slip> repeatedWords(std::string_view utf8) { return repeatedWords(SlipText(utf8)); }
std::vector<Slip> missingSpaces(std::string_view utf8) { return missingSpaces(SlipText(utf8)); }
std::vector<Slip> malformedSyllables(std::string_view utf8) { return malformedSyllables(SlipText(utf8)); }
std::vector<Slip> confusables(std::string_view utf8) { return confusables(SlipText(utf8)); }

std::vector<Slip> telexLeftovers(const SlipText& text) {
  const std::string_view s = text.text();
  const auto& cs = text.chunks();
  std::vector<Slip> out;
  constexpr std::size_t kWindow = 4;
  for (std::size_t k = 0; k < cs.size(); ++k) {
    const std::string_view chunk = s.substr(cs[k].offset, cs[k].length);
    const auto [at, size] = core(s, cs[k]);
    const std::string_view w = s.substr(at, size);
    if (w.size() < 2 || w.size() > 16) continue;
    if (!std::all_of(w.begin(), w.end(), [](char c) { return isAsciiLetter(c) || isAsciiDigit(c); })) continue;
    if (!isAsciiLetter(w.front())) continue;
    if (std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;  // UBND, iPhone
    std::string lower(w);
    for (char& c : lower) c = asciiLower(c);
    const auto letters = std::count_if(w.begin(), w.end(), isAsciiLetter);
    if (letters < 2 || isCommonForeignWord(lower) || knownSyllable(w) || looksLikeAddress(chunk)) continue;
    auto decoded = decodeKeys(w);
    // "avf" for "vaf": two keys swapped in a word that holds a key Vietnamese never writes (f j w).
    if (!decoded && lower.find_first_of("fjw") != std::string::npos)
      for (std::size_t j = 0; j + 1 < w.size() && !decoded; ++j) {
        std::string swapped = lower;
        std::swap(swapped[j], swapped[j + 1]);
        for (std::size_t m = 0; m < w.size(); ++m)
          if (w[m] >= 'A' && w[m] <= 'Z') swapped[m] = static_cast<char>(swapped[m] - 'a' + 'A');
        decoded = decodeKeys(swapped);
      }
    if (!decoded) continue;
    // Candidates are rare: the window of words around one is looked at only then.
    bool vietnamese = false;
    for (std::size_t j = k >= kWindow ? k - kWindow : 0; j < std::min(cs.size(), k + kWindow + 1) && !vietnamese; ++j) {
      const auto [b, n] = core(s, cs[j]);
      vietnamese = j != k && hasVietnameseLetter(s.substr(b, n));
    }
    if (vietnamese) out.push_back({at, w.size(), std::string(w), std::move(*decoded)});
  }
  return out;
}

std::vector<Slip> repeatedWords(const SlipText& text) {
  const std::string_view s = text.text();
  const auto& ws = text.words();
  std::vector<Slip> out;
  for (std::size_t k = 1; k < ws.size(); ++k) {
    const Word& a = ws[k - 1];
    const Word& b = ws[k];
    if (a.length != b.length || !onlySpaceBetween(s, a.offset + a.length, b.offset)) continue;
    const std::string& ka = text.keys()[k - 1];
    if (ka != text.keys()[k] || !isFunctionWord(ka) || a.length == 1) continue;
    out.push_back({a.offset, b.offset + b.length - a.offset, std::string(s.substr(a.offset, b.offset + b.length - a.offset)),
                   std::string(a.text)});
  }
  return out;
}

std::vector<Slip> missingSpaces(const SlipText& text) {
  const std::string_view s = text.text();
  const auto& ws = text.words();
  auto word = ws.begin();  // words never cross white space: each chunk's are the next ones
  std::vector<Slip> out;
  for (const Chunk& c : text.chunks()) {
    const std::string_view chunk = s.substr(c.offset, c.length);
    const auto first = word;
    while (word != ws.end() && word->offset < c.offset + c.length) ++word;
    if (looksLikeAddress(chunk)) continue;
    // "ĐứcMạnh": split at every lower -> upper step; every part must be a syllable.
    for (auto it = first; it != word; ++it) {
      const Word& w = *it;
      std::vector<std::size_t> cuts;
      UChar32 previous = -1;
      for (std::size_t i = 0; i < w.text.size();) {
        std::size_t next = 0;
        const UChar32 ch = codePointAt(w.text, i, &next);
        if (isLower(previous) && isUpper(ch)) cuts.push_back(i);
        if (isLetter(ch)) previous = ch;
        i = next;
      }
      if (cuts.empty()) continue;
      bool syllables = true;
      std::size_t from = 0;
      std::string fixed;
      for (std::size_t k = 0; k <= cuts.size() && syllables; ++k) {
        const std::size_t to = k < cuts.size() ? cuts[k] : w.text.size();
        const std::string_view part = w.text.substr(from, to - from);
        syllables = isVietnameseSyllable(part);
        if (!fixed.empty()) fixed += ' ';
        fixed += part;
        from = to;
      }
      if (syllables) out.push_back({w.offset, w.length, std::string(w.text), fixed});
    }
    // "tác.Ủy": punctuation between a lower-case letter and an upper-case one.
    for (std::size_t i = 0; i < chunk.size(); ++i) {
      const char p = chunk[i];
      if (p != '.' && p != ',' && p != ';' && p != ':' && p != '!' && p != '?') continue;
      if (i == 0 || i + 1 >= chunk.size()) continue;
      std::size_t beforeStart = 0, afterEnd = 0;
      if (!isLower(codePointBefore(chunk, i, &beforeStart)) || !isUpper(codePointAt(chunk, i + 1, &afterEnd))) continue;
      std::size_t b = beforeStart;
      while (b > 0) {
        std::size_t start = 0;
        const UChar32 ch = codePointBefore(chunk, b, &start);
        if (!isLetter(ch) && !(ch >= 0x80 && u_charType(ch) == U_NON_SPACING_MARK)) break;
        b = start;
      }
      std::size_t e = i + 1;
      while (e < chunk.size()) {
        std::size_t next = 0;
        const UChar32 ch = codePointAt(chunk, e, &next);
        if (!isLetter(ch) && !(ch >= 0x80 && u_charType(ch) == U_NON_SPACING_MARK)) break;
        e = next;
      }
      out.push_back({c.offset + b, e - b, std::string(chunk.substr(b, e - b)),
                     std::string(chunk.substr(b, i + 1 - b)) + ' ' + std::string(chunk.substr(i + 1, e - i - 1))});
    }
  }
  // Stable: "ĐứcMạnh.Ủy" gives two slips at one offset, in the order found (the same in any text
  // holding the chunk: TextIssueMemo's pieces agree with the whole paragraph).
  std::stable_sort(out.begin(), out.end(), [](const Slip& x, const Slip& y) { return x.offset < y.offset; });
  return out;
}

std::vector<Slip> malformedSyllables(const SlipText& text) {
  std::vector<Slip> out;
  for (const Word& w : text.words()) {
    if (allAscii(w.text) || knownSyllable(w.text)) continue;
    const auto cs = clusters(w.text);
    bool specific = false;
    if (cs.empty() || !vietnameseLetters(cs, specific) || !specific) continue;
    // HĐND, NĐ, QĐ: abbreviations (no vowel, or capitals whose only Vietnamese letter is Đ);
    // ĐứcMạnh: two words (missingSpaces).
    bool vowel = false, lower = false, camel = false, marked = false;
    for (const auto& c : cs) {
      const UChar32 l = u_tolower(c.base);
      vowel = vowel || (l < 0x80 && isVowel(static_cast<char>(l)));
      if (lower && u_isupper(c.base)) camel = true;
      lower = lower || u_islower(c.base);
      marked = marked || !c.marks.empty();
    }
    if (!vowel || camel || (!lower && !marked)) continue;
    if (misplacedTone(w.text)) continue;
    out.push_back({w.offset, w.length, std::string(w.text), pairHorn(cs).value_or(std::string())});
  }
  return out;
}

std::vector<Slip> confusables(const SlipText& text) {
  const std::string_view s = text.text();
  const auto& index = confusableIndex();
  const auto& ws = text.words();
  const auto& keys = text.keys();
  std::vector<Slip> out;
  for (std::size_t k = 0; k < ws.size();) {
    const auto it = index.byFirst.find(keys[k]);
    const ConfusableIndex::Entry* best = nullptr;
    if (it != index.byFirst.end())
      for (const auto& e : it->second) {
        if (k + e.keys.size() > ws.size() || (best != nullptr && best->keys.size() >= e.keys.size())) continue;
        bool match = true;
        for (std::size_t j = 1; j < e.keys.size() && match; ++j)
          match = keys[k + j] == e.keys[j] &&
                  onlySpaceBetween(s, ws[k + j - 1].offset + ws[k + j - 1].length, ws[k + j].offset);
        if (match) best = &e;
      }
    if (best == nullptr) {
      ++k;
      continue;
    }
    const std::size_t n = best->keys.size();
    bool phraseUpper = true;
    for (std::size_t j = 0; j < n; ++j) phraseUpper = phraseUpper && allUpperWord(ws[k + j].text);
    phraseUpper = phraseUpper && (n > 1 || ws[k].length > 1);
    std::string fix;
    for (std::size_t j = 0; j < n; ++j) {
      if (j > 0) fix += ' ';
      fix += inCaseOf(ws[k + j].text, best->right[j], phraseUpper);
    }
    const std::size_t end = ws[k + n - 1].offset + ws[k + n - 1].length;
    out.push_back({ws[k].offset, end - ws[k].offset, std::string(s.substr(ws[k].offset, end - ws[k].offset)), fix});
    k += n;
  }
  return out;
}

}  // namespace baocao::text
