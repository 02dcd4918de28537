#include "core/validation/spelling.hpp"

#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>

namespace baocao::core {
namespace {

// A Vietnamese syllable has at most 7 letters ("nghiêng"); a longer word is a name, a foreign
// word or garbage (a 10,000-letter "word" is not the spell checker's business).
constexpr std::size_t kMaxWordBytes = 30;

bool asciiDigit(char ch) { return ch >= '0' && ch <= '9'; }
bool asciiLetter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

// Joined to a number, a code, an address or a file name: "Covid19", "19Covid", "a@b.vn",
// "www.longmon", "ma_so", "479/UBND", "CT-TTg" (the hyphen between letters).
bool glued(std::string_view s, std::size_t offset, std::size_t length) {
  const std::size_t end = offset + length;
  const char before = offset > 0 ? s[offset - 1] : ' ';
  const char after = end < s.size() ? s[end] : ' ';
  const auto joiner = [](char ch) { return asciiDigit(ch) || ch == '@' || ch == '_' || ch == '/' || ch == '\\' || ch == '#'; };
  if (joiner(before) || joiner(after)) return true;
  // a dot or hyphen with a letter or digit on its other side ("gov.vn", "BC-UBND"); a hyphen
  // between spaces ("kinh tế - xã hội") and a sentence's full stop are not joins
  const auto inside = [](char ch) { return asciiLetter(ch) || asciiDigit(ch) || static_cast<unsigned char>(ch) >= 0x80; };
  if ((before == '.' || before == '-') && offset >= 2 && inside(s[offset - 2])) return true;
  if ((after == '.' || after == '-') && end + 1 < s.size() && inside(s[end + 1])) return true;
  return false;
}

// At a sentence's start: the paragraph's first word, or after . ! ? : ; … or a list label's
// ")" / "-" / "+" / "*" / "•", with spaces, quotes and opening brackets between.
bool sentenceStart(std::string_view s, std::size_t offset) {
  std::size_t i = offset;
  while (i > 0) {
    const auto ch = static_cast<unsigned char>(s[i - 1]);
    if (ch == ' ' || ch == '\t' || ch == '"' || ch == '\'' || ch == '(' || ch == '[' || ch == '\n') {
      --i;
      continue;
    }
    if (ch >= 0x80) {
      // step back over one UTF-8 character: NBSP, curly quotes, dashes, the ellipsis and bullets
      std::size_t j = i - 1;
      while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
      const std::string_view c = s.substr(j, i - j);
      if (c == "\u00A0" || c == "\u201C" || c == "\u2018") {
        i = j;
        continue;
      }
      return c == "\u2026" || c == "\u2013" || c == "\u2014" || c == "\u2022";
    }
    return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' || ch == ')' || ch == '-' || ch == '+' || ch == '*';
  }
  return true;
}

// A unit after a number: "15 km", "20 ha", "3 kg".
bool afterNumber(std::string_view s, std::size_t offset) {
  std::size_t i = offset;
  if (i >= 1 && s[i - 1] == ' ') --i;
  else if (i >= 2 && s.compare(i - 2, 2, "\u00A0") == 0) i -= 2;
  else return false;
  return i > 0 && asciiDigit(s[i - 1]);
}

}  // namespace

namespace detail {

const WordClass& WordClasses::of(std::string_view word) {
  if (const auto it = mClasses.find(std::string(word)); it != mClasses.end()) return it->second;
  WordClass c;
  c.ascii = std::all_of(word.begin(), word.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  const text::LetterCase lc = text::letterCase(word);
  const bool syllable = text::isVietnameseSyllable(word);
  c.vietnamese = !c.ascii || syllable;
  c.capitalised = lc == text::LetterCase::Capitalised;
  const bool abbreviation = lc == text::LetterCase::Upper && !syllable;
  c.check = word.size() >= 2 && word.size() <= kMaxWordBytes && lc != text::LetterCase::Mixed &&
            lc != text::LetterCase::None && !abbreviation && (c.ascii || text::latinWord(word));
  if (c.check) c.asked = text::foldCase(word);
  if (c.check && (lc == text::LetterCase::Capitalised || lc == text::LetterCase::Upper)) {
    std::size_t n = 1;
    while (n < c.asked.size() && (static_cast<unsigned char>(c.asked[n]) & 0xC0) == 0x80) ++n;
    c.asName = text::upper(c.asked.substr(0, n)) + c.asked.substr(n);
  }
  return mClasses.emplace(std::string(word), std::move(c)).first->second;
}

void WordClasses::trim() {
  if (mClasses.size() >= 1u << 16) mClasses.clear();
}

std::vector<SpellingWord> spellingWords(std::string_view utf8, WordClasses& classes) {
  std::vector<SpellingWord> out;
  classes.trim();  // before the paragraph's references are taken
  const auto ws = text::words(utf8);
  if (ws.empty()) return out;
  // A paragraph of mostly non-Vietnamese words (an English quotation): its words without a
  // Vietnamese letter are not Vietnamese to check.
  std::size_t vietnamese = 0;
  std::vector<const WordClass*> cs;
  cs.reserve(ws.size());
  for (const auto& w : ws) {
    cs.push_back(&classes.of(w.text));
    vietnamese += cs.back()->vietnamese ? 1u : 0u;
  }
  const bool foreign = vietnamese * 2 < ws.size();
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const WordClass& c = *cs[k];
    if (!c.check || (foreign && c.ascii)) continue;
    if (glued(utf8, ws[k].offset, ws[k].length)) continue;
    if (c.ascii && ws[k].length <= 3 && afterNumber(utf8, ws[k].offset)) continue;
    if (c.capitalised && !sentenceStart(utf8, ws[k].offset)) continue;
    out.push_back(SpellingWord{ws[k].offset, ws[k].length, c.asked, c.asName});
  }
  return out;
}

}  // namespace detail

std::vector<SpellingWord> spellingWords(std::string_view utf8) {
  detail::WordClasses classes;
  return detail::spellingWords(utf8, classes);
}

bool SpellingCheck::known(const std::string& word) {
  if (const auto it = mKnown.find(word); it != mKnown.end()) return it->second;
  ++mAsked;
  return mKnown.emplace(word, mrOracle.known(word)).first->second;
}

const SpellingCheck::Verdict& SpellingCheck::verdict(const std::string& word, const std::string& asName) {
  const std::string key = asName.empty() ? word : word + '\n' + asName;
  if (const auto it = mVerdicts.find(key); it != mVerdicts.end()) return it->second;
  Verdict v;
  v.known = known(word);
  if (!v.known) {
    // hunspell-vi knows one tone placement ("hoà", "uỷ"); Decree 30's own headers use the other
    if (const auto other = text::otherTonePlacement(word)) v.known = known(*other);
  }
  // a name at a sentence's start (the signer's "Nguyễn Văn A" on a line of its own)
  if (!v.known && !asName.empty()) v.known = known(asName);
  if (!v.known) {
    ++mAsked;
    for (const auto& s : mrOracle.suggestions(word)) v.suggestions += (v.suggestions.empty() ? "" : ", ") + s;
  }
  return mVerdicts.emplace(key, std::move(v)).first->second;
}

std::vector<TextIssue> SpellingCheck::paragraph(std::string_view utf8, const std::vector<TextIssue>& taken) {
  std::vector<TextIssue> out;
  for (const auto& w : detail::spellingWords(utf8, mClasses)) {
    const bool reported = std::any_of(taken.begin(), taken.end(), [&](const TextIssue& t) {
      return w.offset < t.offset + t.length && t.offset < w.offset + w.length;
    });
    if (reported) continue;
    const Verdict& v = verdict(w.asked, w.asName);
    if (v.known) continue;
    TextIssue issue;
    issue.rule = v.suggestions.empty() ? Rule::TextSpellingNoSuggestion : Rule::TextSpelling;
    issue.offset = w.offset;
    issue.length = w.length;
    const std::string written = text::nfc(utf8.substr(w.offset, w.length));
    issue.args = {written};
    if (!v.suggestions.empty()) issue.args.push_back(v.suggestions);
    out.push_back(std::move(issue));
  }
  return out;
}

}  // namespace baocao::core
