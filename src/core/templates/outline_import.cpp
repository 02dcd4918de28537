#include "core/templates/outline_import.hpp"

#include "core/civil_date.hpp"
#include "core/templates/fill_marks.hpp"
#include "core/templates/skeleton.hpp"
#include "core/validation/period.hpp"
#include "text/vntext.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

namespace baocao::core {
namespace {

constexpr int kTemplateLevels = 3;          // I, 1, a (report_template.cpp kMaxLevels)
constexpr std::size_t kNoteExcerpt = 80;    // bytes of a line quoted in a note, about
constexpr std::size_t kLongTitle = 250;     // a "title" this long is a title and a sentence of guidance
constexpr std::size_t kBoldLineLimit = 120; // a bold line longer than this is emphasis, not a lost heading
constexpr std::size_t kSectionSlug = 24;
constexpr std::size_t kMaxSummed = 50;       // rows a total's formula adds up (formulas stop at 500 operators)

// ---- UTF-8 ----------------------------------------------------------------------------------

// The code point at s[i] and its length; a bad byte is itself (the text is NFC from the reader).
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) & 0x3FU : 0U; };
  if (b < 0x80U) return {b, 1};
  if (b >= 0xF0U) return {((b & 0x07U) << 18U) | (cont(1) << 12U) | (cont(2) << 6U) | cont(3), 4};
  if (b >= 0xE0U) return {((b & 0x0FU) << 12U) | (cont(1) << 6U) | cont(2), 3};
  if (b >= 0xC0U) return {((b & 0x1FU) << 6U) | cont(1), 2};
  return {b, 1};
}

// The first code point of s as a string ("" for "").
std::string firstChar(std::string_view s) { return s.empty() ? std::string() : std::string(s.substr(0, decode(s, 0).second)); }

bool isUpperLetter(std::string_view ch) {
  if (ch.empty()) return false;
  const std::string folded = text::foldCase(ch);
  return folded != ch && text::upper(ch) == ch;
}

bool isLetter(std::string_view ch) {
  if (ch.empty()) return false;
  if (ch.size() == 1) return std::isalpha(static_cast<unsigned char>(ch[0])) != 0;
  return text::foldCase(ch) != text::upper(ch);  // cased letters: Vietnamese has no uncased ones
}

// A short quotation of a line for a note, cut at a space.
std::string shortened(std::string_view s) {
  if (s.size() <= kNoteExcerpt) return std::string(s);
  std::size_t cut = s.rfind(' ', kNoteExcerpt);
  if (cut == std::string_view::npos || cut < kNoteExcerpt / 2) {
    cut = kNoteExcerpt;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0U) == 0x80U) --cut;  // not inside a character
  }
  return std::string(s.substr(0, cut)) + "…";
}

// Text for a template field: braces would read as {input} references.
std::string templateText(std::string s) {
  for (auto& c : s) {
    if (c == '{') c = '(';
    if (c == '}') c = ')';
  }
  return s;
}

bool startsWithFolded(std::string_view s, std::string_view foldedPrefix) {
  return text::foldCase(s.substr(0, std::min(s.size(), foldedPrefix.size() + 8))).starts_with(foldedPrefix);
}

// ---- numbers --------------------------------------------------------------------------------

// Vietnamese letter order, as section numbers run (report_template.cpp sectionNumber level 2).
constexpr std::array<std::string_view, 23> kLower{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                  "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};

// 1-based place of a letter in that order; letters Vietnamese does not use (f, j, w, z) come after.
int letterValue(std::string_view lowerLetter) {
  for (std::size_t k = 0; k < kLower.size(); ++k)
    if (kLower[k] == lowerLetter) return static_cast<int>(k) + 1;
  return static_cast<int>(kLower.size()) + 1;
}


// The numbering schemes, in the stack of levels as they first appear (as Word's outline guess does).
enum Scheme : int { kPart, kUpper, kRoman, kArabic /* then 1.1 = kArabic + 1, 1.1.1 = kArabic + 2 … */, kLowerLetter = 10 };

struct Marker {
  int scheme = kArabic;
  int value = 0;
  std::string number;  // as written: "II", "1.2", "a", "THỨ NHẤT"
  std::string title;   // the rest of the line
};

// After a number: ".", ")", "-", "–" or ":" and spaces; the title after. False when what follows
// is a digit ("1.530 hộ", "1-2 năm") or nothing.
bool separator(const std::string& s, std::size_t i, Marker& m, bool allowEmptyTitle = false) {
  std::size_t j = i;
  if (j < s.size() && std::string_view(".)-:").find(s[j]) != std::string_view::npos) ++j;
  else if (s.compare(j, 3, "\xE2\x80\x93") == 0) j += 3;  // en dash
  else return false;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j >= s.size()) {
    m.title.clear();
    return allowEmptyTitle;
  }
  if (std::isdigit(static_cast<unsigned char>(s[j])) != 0 && j == i + 1) return false;
  m.title = s.substr(j);
  return true;
}

std::optional<Marker> parseNumeric(const std::string& s) {
  Marker m;
  std::vector<int> groups;
  std::size_t i = 0;
  for (;;) {
    const std::size_t begin = i;
    while (i < s.size() && i - begin < 3 && std::isdigit(static_cast<unsigned char>(s[i])) != 0) ++i;
    if (i == begin || s[begin] == '0') return std::nullopt;
    groups.push_back(std::stoi(s.substr(begin, i - begin)));
    if (i + 1 < s.size() && s[i] == '.' && std::isdigit(static_cast<unsigned char>(s[i + 1])) != 0) {
      ++i;
      continue;
    }
    break;
  }
  if (groups.size() > 4) return std::nullopt;
  m.number = s.substr(0, i);
  m.value = groups.back();
  m.scheme = kArabic + static_cast<int>(groups.size()) - 1;
  if (separator(s, i, m)) return m;
  // "1.1 Kết quả": several groups and a space, then a capital (never "1.5 ha")
  if (groups.size() >= 2 && i < s.size() && s[i] == ' ' && isUpperLetter(firstChar(std::string_view(s).substr(i + 1)))) {
    m.title = s.substr(i + 1);
    return m;
  }
  return std::nullopt;
}

std::optional<Marker> parseRoman(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && std::string_view("IVXLCDM").find(s[i]) != std::string_view::npos) ++i;
  if (i == 0) return std::nullopt;
  Marker m;
  m.scheme = kRoman;
  m.value = romanValue(std::string_view(s).substr(0, i));
  m.number = s.substr(0, i);
  if (m.value == 0 || !separator(s, i, m)) return std::nullopt;
  return m;
}

std::optional<Marker> parseUpperLetter(const std::string& s) {
  const std::string ch = firstChar(s);
  if (ch.empty() || !(ch == "Đ" || (ch.size() == 1 && ch[0] >= 'A' && ch[0] <= 'Z'))) return std::nullopt;
  Marker m;
  m.scheme = kUpper;
  m.number = ch;
  m.value = letterValue(text::foldCase(ch));
  if (!separator(s, ch.size(), m)) return std::nullopt;
  return m;
}

std::optional<Marker> parseLowerLetter(const std::string& s) {
  const std::string ch = firstChar(s);
  if (ch.empty() || !(ch == "đ" || (ch.size() == 1 && ch[0] >= 'a' && ch[0] <= 'z'))) return std::nullopt;
  if (ch.size() >= s.size() || std::string_view(").-").find(s[ch.size()]) == std::string_view::npos) return std::nullopt;
  Marker m;
  m.scheme = kLowerLetter;
  m.number = ch;
  m.value = letterValue(ch);
  if (!separator(s, ch.size(), m)) return std::nullopt;
  return m;
}

// "Phần I", "PHẦN THỨ NHẤT", "Phần 2:": the title may be on the next line.
std::optional<Marker> parsePart(const std::string& s) {
  static constexpr std::string_view kPhan = "phần ";
  if (s.size() <= kPhan.size() || text::foldCase(s.substr(0, kPhan.size())) != kPhan) return std::nullopt;
  Marker m;
  m.scheme = kPart;
  std::size_t i = kPhan.size();
  const std::string rest = text::foldCase(s.substr(i));
  static constexpr std::array<std::pair<std::string_view, int>, 12> kOrdinals{{
      {"thứ nhất", 1}, {"thứ một", 1}, {"thứ hai", 2}, {"thứ ba", 3}, {"thứ tư", 4}, {"thứ bốn", 4},
      {"thứ năm", 5}, {"thứ sáu", 6}, {"thứ bảy", 7}, {"thứ tám", 8}, {"thứ chín", 9}, {"thứ mười", 10},
  }};
  for (const auto& [word, value] : kOrdinals) {
    // folded and original have the same byte length here: Vietnamese letters keep theirs in case
    if (rest.starts_with(word) && (rest.size() == word.size() || std::string_view(" .:-)").find(rest[word.size()]) != std::string_view::npos ||
                                   rest.compare(word.size(), 3, "\xE2\x80\x93") == 0)) {
      m.value = value;
      m.number = s.substr(i, word.size());
      i += word.size();
      break;
    }
  }
  if (m.value == 0) {
    std::size_t j = i;
    if (std::isdigit(static_cast<unsigned char>(s[j])) != 0) {
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) != 0) ++j;
      m.value = std::stoi(s.substr(i, std::min<std::size_t>(j - i, 4)));
    } else {
      while (j < s.size() && std::string_view("IVXLCDM").find(s[j]) != std::string_view::npos) ++j;
      m.value = romanValue(std::string_view(s).substr(i, j - i));
    }
    if (m.value == 0) return std::nullopt;
    m.number = s.substr(i, j - i);
    i = j;
  }
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size()) return m;
  if (!separator(s, i, m, true)) m.title = s.substr(i);  // "Phần I TÌNH HÌNH"
  return m;
}

// ---- lines ----------------------------------------------------------------------------------

struct Line {
  int paragraph = -1;
  std::string text;         // the list label and the text, white space collapsed, NFC
  std::string italicTail;   // the italic end of a partly italic paragraph, collapsed
  bool bold = false;        // every visible run bold
  bool italic = false;      // every visible run italic
};

Line lineOf(const DocParagraph& p, int index) {
  Line l;
  l.paragraph = index;
  const std::string body = text::nfc(p.text);
  l.text = text::collapseSpaces(p.listLabel.empty() ? body : text::nfc(p.listLabel) + " " + body);
  bool anyVisible = false;
  l.bold = l.italic = true;
  for (const auto& r : p.runs) {
    if (text::isBlank(r.text)) continue;
    anyVisible = true;
    l.bold = l.bold && r.bold;
    l.italic = l.italic && r.italic;
  }
  if (!anyVisible) l.bold = l.italic = false;
  if (anyVisible && !l.italic) {
    std::string tail;
    for (auto it = p.runs.rbegin(); it != p.runs.rend() && (it->italic || text::isBlank(it->text)); ++it) tail.insert(0, it->text);
    l.italicTail = text::collapseSpaces(text::nfc(tail));
  }
  return l;
}

// Whether a line is the outline's end: Nơi nhận, or the signature's authority line.
bool isEnd(const std::string& s) {
  if (startsWithFolded(s, "nơi nhận")) return true;
  for (const std::string_view a : {"TM. ", "KT. ", "Q. ", "TL. ", "TUQ. "})
    if (s.starts_with(a) && isUpperLetter(firstChar(std::string_view(s).substr(a.size())))) return true;
  return false;
}

// The đề cương's own header lines: national title, motto, number, place and date, rules.
bool isHeaderLine(const std::string& s) {
  const std::string f = text::foldCase(s);
  if (f.starts_with("cộng hòa") || f.starts_with("cộng hoà") || f.starts_with("độc lập") || f.starts_with("số:")) return true;
  if (f.find("ngày") != std::string::npos && f.find("tháng") != std::string::npos && f.find("năm") != std::string::npos &&
      f.size() < 80)
    return true;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || c == '_' || c == ' ' || c == '*'; });
}

struct Heading {
  Marker marker;
  int level = 0;
};

// ---- the import -----------------------------------------------------------------------------

// The byte offset just after `word` (folded, followed by a space) in `folded`, from `from`; npos
// when absent.
std::size_t after(const std::string& folded, std::string_view word, std::size_t from = 0) {
  for (std::size_t at = folded.find(word, from); at != std::string::npos; at = folded.find(word, at + 1)) {
    const bool starts = at == 0 || folded[at - 1] == ' ' || folded[at - 1] == '(';
    const std::size_t end = at + word.size();
    if (starts && end < folded.size() && folded[end] == ' ') return end + 1;
  }
  return std::string::npos;
}

class Importer {
 public:
  Importer(const Document& doc, const OutlineOptions& options) : mDoc(doc), mOptions(options) {}

  Result<OutlineImport> run() {
    std::vector<Line> lines;
    std::set<int> tablesSeen;
    for (std::size_t i = 0; i < mDoc.paragraphs.size(); ++i) {
      const DocParagraph& p = mDoc.paragraphs[i];
      if (p.table >= 0) {
        if (tablesSeen.insert(p.table).second) mTables.push_back({p.table, static_cast<int>(i), lines.size()});
        continue;
      }
      Line l = lineOf(p, static_cast<int>(i));
      if (!l.text.empty()) lines.push_back(std::move(l));
    }
    // The headings first: the preamble is everything before the first.
    std::vector<std::optional<Heading>> headings(lines.size());
    std::size_t firstHeading = lines.size();
    std::size_t end = lines.size();
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (firstHeading < lines.size() && isEnd(lines[k].text)) {
        end = k;
        break;
      }
      headings[k] = heading(lines[k]);
      if (headings[k] && firstHeading == lines.size()) firstHeading = k;
    }
    int count = 0;
    for (const auto& h : headings) count += h ? 1 : 0;
    if (count < 2) return Error{say(MessageId::OutlineNone, {mDoc.path.empty() ? std::string("?") : mDoc.path})};

    preamble(lines, firstHeading);
    // a table belongs to the section it follows; outside the outline it is only said
    std::size_t nextTable = 0;
    auto tablesBefore = [&](std::size_t line) {
      for (; nextTable < mTables.size() && mTables[nextTable].beforeLine <= line; ++nextTable) {
        const PendingTable& t = mTables[nextTable];
        if (t.beforeLine <= firstHeading || t.beforeLine > end || !importTable(t.table, t.paragraph))
          noteTable(t.table, t.paragraph);
      }
    };
    for (std::size_t k = firstHeading; k < end; ++k) {
      tablesBefore(k);
      if (headings[k]) {
        // "PHẦN THỨ NHẤT" alone: its title is the next line when that is no heading
        Marker& m = headings[k]->marker;
        if (m.title.empty() && k + 1 < end && !headings[k + 1] && lines[k + 1].text.size() < kLongTitle) {
          m.title = lines[k + 1].text;
          addHeading(*headings[k], lines[k]);
          ++k;
          continue;
        }
        addHeading(*headings[k], lines[k]);
      } else {
        addGuidance(lines[k]);
      }
    }
    tablesBefore(end);  // up to the outline's end: its last section's
    for (; nextTable < mTables.size(); ++nextTable) noteTable(mTables[nextTable].table, mTables[nextTable].paragraph);
    for (std::size_t k = end; k < lines.size(); ++k) note(OutlineNote::Kind::Unused, lines[k]);
    return finish();
  }

 private:
  // The heading a line starts with, its level from the stack of schemes; nullopt for body text.
  std::optional<Heading> heading(const Line& l) {
    const std::string& s = l.text;
    if (s.starts_with("-") || s.starts_with("+") || s.starts_with("\xE2\x80\xA2") || s.starts_with("*")) return std::nullopt;
    std::optional<Marker> m = parsePart(s);
    if (!m) m = parseNumeric(s);
    if (!m) {
      auto roman = parseRoman(s);
      auto letter = parseUpperLetter(s);
      if (roman && letter) {
        const int upperValue = lastValue(kUpper), romanLast = lastValue(kRoman);
        if (upperValue >= 0 && letter->value == upperValue + 1) roman.reset();
        else if (romanLast >= 0 && roman->value == romanLast + 1) letter.reset();
        else if (std::string_view("IVX").find(roman->number) != std::string_view::npos) letter.reset();
        else roman.reset();
      }
      m = roman ? roman : letter;
    }
    if (!m) m = parseLowerLetter(s);
    if (!m) return std::nullopt;
    if (m->title.empty() && m->scheme != kPart) return std::nullopt;
    // A numbered sentence is body text: a title starts with a letter or a quotation.
    const std::string first = firstChar(m->title);
    if (!m->title.empty() && !isLetter(first) && first != "\"" && first != "\xE2\x80\x9C" && first != "(") return std::nullopt;
    Heading h{*m, 0};
    const auto at = std::find(mSchemes.begin(), mSchemes.end(), m->scheme);
    h.level = static_cast<int>(at - mSchemes.begin());
    if (at == mSchemes.end()) {
      mSchemes.push_back(m->scheme);
      mLast.push_back({0, ""});
    } else {
      mSchemes.resize(static_cast<std::size_t>(h.level) + 1);
      mLast.resize(mSchemes.size());
    }
    auto& [prevValue, prevNumber] = mLast[static_cast<std::size_t>(h.level)];
    if (prevValue > 0 && m->value != prevValue + 1)
      mNotes.push_back({OutlineNote::Kind::NumberGap, l.paragraph, shortened(l.text), prevNumber});
    prevValue = m->value;
    prevNumber = m->number;
    return h;
  }

  // The last number of a scheme in the current stack, -1 when it is not in it.
  int lastValue(int scheme) const {
    for (std::size_t k = 0; k < mSchemes.size(); ++k)
      if (mSchemes[k] == scheme) return mLast[k].first;
    return -1;
  }

  void preamble(const std::vector<Line>& lines, std::size_t firstHeading) {
    // the letter's number, date and agency from the lines before the outline; its deadline from
    // any line ("… gửi về trước ngày 10/7/2026" is often the last)
    // — the "(Kèm theo Công văn số …)" line first: the title may cite another document ("Chỉ thị
    // số 05-CT/TW"), the header has the đề cương's own date
    for (std::size_t k = 0; k < firstHeading; ++k)
      if (const std::string f = text::foldCase(lines[k].text); f.starts_with("(kèm theo") || f.starts_with("kèm theo"))
        readRequestFacts(lines[k].text, mFacts);
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (k < firstHeading) {
        readRequestFacts(lines[k].text, mFacts);
        continue;
      }
      RequestFacts body;
      readRequestFacts(lines[k].text, body);
      if (mFacts.deadline.empty()) mFacts.deadline = body.deadline;
    }
    std::optional<std::size_t> titleLine;
    std::size_t subjectLine = firstHeading;
    for (std::size_t k = 0; k < firstHeading; ++k) {
      const std::string f = text::foldCase(lines[k].text);
      if (f.starts_with("(kèm theo") || f.starts_with("kèm theo")) {
        std::string d = lines[k].text;
        if (d.starts_with("(") && d.ends_with(")")) d = d.substr(1, d.size() - 2);
        mDescription = "Đề cương báo cáo " + text::foldCase(firstChar(d)) + d.substr(firstChar(d).size()) + ".";
        mUsed.insert(k);
      } else if (f.starts_with("đề cương") && !titleLine) {
        titleLine = k;
        mUsed.insert(k);
        std::string rest = text::collapseSpaces(lines[k].text.substr(std::string_view("đề cương").size()));
        if (startsWithFolded(rest, "báo cáo")) rest = text::collapseSpaces(rest.substr(std::string_view("báo cáo").size()));
        if (!rest.empty()) mTitle = rest;
        else subjectLine = k + 1;
      }
    }
    if (mTitle.empty()) {
      if (titleLine) {
        // "ĐỀ CƯƠNG BÁO CÁO" then the subject on the next line(s)
        for (std::size_t k = subjectLine; k < firstHeading && mTitle.empty(); ++k)
          if (!mUsed.contains(k)) {
            mTitle = lines[k].text;
            mUsed.insert(k);
          }
      } else {
        // no "ĐỀ CƯƠNG": the last line before the outline that is neither header nor "BÁO CÁO"
        for (std::size_t k = firstHeading; k-- > 0 && mTitle.empty();) {
          const std::string f = text::foldCase(lines[k].text);
          if (mUsed.contains(k) || isHeaderLine(lines[k].text) || f == "báo cáo" || lines[k].text.size() > kLongTitle) continue;
          mTitle = lines[k].text;
          mUsed.insert(k);
        }
      }
    }
    for (std::size_t k = 0; k < firstHeading; ++k)
      if (!mUsed.contains(k)) note(OutlineNote::Kind::Unused, lines[k]);
  }

  void addHeading(const Heading& h, const Line& l) {
    std::vector<std::string> guidance;
    std::string title = h.marker.title;
    // a partly italic heading: its italic end is guidance
    if (!l.italicTail.empty() && title.size() > l.italicTail.size() && title.ends_with(l.italicTail)) {
      guidance.push_back(unwrapped(l.italicTail));
      title = text::collapseSpaces(title.substr(0, title.size() - l.italicTail.size()));
    }
    bool optional = false;
    // "(nếu có)" anywhere: an optional section
    for (const std::string_view mark : {"(nếu có)", "(Nếu có)", "(NẾU CÓ)"})
      if (const auto at = title.find(mark); at != std::string::npos) {
        optional = true;
        title = text::collapseSpaces(title.erase(at, mark.size()));
      }
    // "Kết quả (nêu rõ …)": the parenthesised end is guidance
    if (title.ends_with(")")) {
      int depth = 0;
      std::size_t open = std::string::npos;
      for (std::size_t i = title.size(); i-- > 0;) {
        if (title[i] == ')') ++depth;
        if (title[i] == '(' && --depth == 0) {
          open = i;
          break;
        }
      }
      if (open != std::string::npos && open > 0) {
        guidance.insert(guidance.begin(), text::collapseSpaces(title.substr(open + 1, title.size() - open - 2)));
        title = text::collapseSpaces(title.substr(0, open));
      }
    }
    // "Kết quả: đánh giá …": what follows the colon is guidance
    if (const auto colon = title.find(": "); colon != std::string::npos && colon > 0) {
      guidance.insert(guidance.begin(), text::collapseSpaces(title.substr(colon + 2)));
      title = title.substr(0, colon);
    }
    // a title that goes on as a sentence: its first sentence is the title
    if (title.size() > kLongTitle)
      if (const auto stop = title.find(". "); stop != std::string::npos && stop > 0) {
        guidance.insert(guidance.begin(), title.substr(stop + 2));
        title = title.substr(0, stop);
      }
    while (!title.empty() && std::string_view(".:;, ").find(title.back()) != std::string_view::npos) title.pop_back();
    if (title.empty()) title = l.text;  // "Phần II" with no title anywhere: the line itself

    if (h.level >= kTemplateLevels) {
      mNotes.push_back({OutlineNote::Kind::TooDeep, l.paragraph, shortened(l.text), std::to_string(h.level + 1)});
      addGuidanceText(l.text);
      return;
    }
    mPath.resize(static_cast<std::size_t>(h.level));
    std::vector<Section>& siblings = mPath.empty() ? mSections : mPath.back()->children;
    Section s;
    s.title = templateText(title);
    s.required = !optional;
    const std::string parentId = mPath.empty() ? std::string() : mPath.back()->id + ".";
    s.id = uniqueId(parentId, title);
    siblings.push_back(std::move(s));
    mPath.push_back(&siblings.back());
    ++mHeadings;
    count(title);
    for (const auto& g : guidance)
      if (!g.empty()) addGuidanceText(g);
  }

  void addGuidance(const Line& l) {
    if (l.bold && !l.italic && l.text.size() <= kBoldLineLimit && !l.text.starts_with("-") && !l.text.starts_with("+") &&
        !l.text.starts_with("("))
      note(OutlineNote::Kind::BoldLine, l);
    addGuidanceText(unwrapped(l.text));
  }

  void addGuidanceText(const std::string& s) {
    Section& target = *mPath.back();
    if (!target.guidance.empty()) target.guidance += ' ';
    target.guidance += templateText(s);
    ++mGuidanceLines;
    count(s);
  }

  // "(nêu rõ …)" -> "nêu rõ …"
  static std::string unwrapped(const std::string& s) {
    if (s.size() > 2 && s.front() == '(' && s.back() == ')' && s.find('(', 1) == std::string::npos)
      return text::collapseSpaces(s.substr(1, s.size() - 2));
    return s;
  }

  void count(const std::string& s) {
    mLeaders += countLeaders(s);
    mCheckboxes += countCheckboxes(s);
  }

  std::string uniqueId(const std::string& parentId, const std::string& title) {
    std::string slug = asciiSlug(title, kSectionSlug);
    if (slug.empty()) slug = "muc-" + std::to_string(mHeadings + 1);
    std::string id = parentId + slug;
    for (int n = 2; mBookmarks.contains(bookmarkName(id)); ++n) id = parentId + slug + "-" + std::to_string(n);
    mBookmarks.insert(bookmarkName(id));
    return id;
  }

  void note(OutlineNote::Kind kind, const Line& l) { mNotes.push_back({kind, l.paragraph, shortened(l.text), {}}); }

  void noteTable(int table, int paragraph) {
    std::string first;
    const int size = static_cast<int>(mDoc.paragraphs.size());
    for (int i = paragraph; i < size && mDoc.paragraphs[static_cast<std::size_t>(i)].table == table && first.empty(); ++i)
      first = text::collapseSpaces(mDoc.paragraphs[static_cast<std::size_t>(i)].text);
    std::string size_;
    if (table < static_cast<int>(mDoc.tables.size())) {
      const DocTable& t = mDoc.tables[static_cast<std::size_t>(table)];
      size_ = std::to_string(t.rows) + "×" + std::to_string(t.columns);
    }
    mNotes.push_back({OutlineNote::Kind::Table, paragraph, shortened(first), size_});
  }

  Result<OutlineImport> finish() {
    OutlineImport out;
    ReportTemplate& t = out.tmpl;
    std::string title = mOptions.title.empty() ? mTitle : mOptions.title;
    if (title.empty()) {
      const std::string stem = std::filesystem::path(mDoc.path).stem().string();
      title = stem.empty() ? "Đề cương báo cáo" : "Đề cương " + stem;
    }
    title = templateText(text::collapseSpaces(text::nfc(title)));
    t.id = mOptions.id.empty() ? asciiSlug(title) : mOptions.id;
    if (t.id.empty()) t.id = "de-cuong";
    const bool goodId = std::all_of(t.id.begin(), t.id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }) && t.id.front() != '.' && t.id.front() != '-';
    if (!goodId) return Error{say(MessageId::OutlineBadId, {t.id})};
    t.title = title;
    t.version = "1.0";
    t.description = mDescription.empty() ? "Mẫu tạo từ đề cương " + std::filesystem::path(mDoc.path).filename().string() + "."
                                          : mDescription;
    t.description = templateText(t.description);
    t.trichYeu = title;
    t.inputs = {
        {"so_cong_van", "Số, ký hiệu công văn yêu cầu (vd: 479/UBND-NC)", InputType::Text, true, mFacts.number},
        {"ngay_cong_van", "Ngày ban hành công văn", InputType::Date, true, mFacts.date},
        {"co_quan_yeu_cau", "Cơ quan yêu cầu, tên đầy đủ", InputType::Text, true, mFacts.agency},
    };
    t.opening = "Thực hiện Công văn số {so_cong_van} ngày {ngay_cong_van} của {co_quan_yeu_cau}, {co_quan_bao_cao} báo cáo như sau:";
    t.deadline = mFacts.deadline;
    if (const auto period = periodFromTitle(title)) t.period = period->text;
    giveEveryLeafGuidance(mSections);
    t.sections = std::move(mSections);
    t.signature = {"TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"};
    t.recipients = {"{co_quan_yeu_cau}", {"Như trên;", "Lưu: VT, VP."}};
    out.headings = mHeadings;
    out.guidanceLines = mGuidanceLines;
    out.leaders = mLeaders;
    out.checkboxes = mCheckboxes;
    out.notes = std::move(mNotes);
    std::stable_sort(out.notes.begin(), out.notes.end(),
                     [](const OutlineNote& a, const OutlineNote& b) { return a.paragraph < b.paragraph; });
    return out;
  }

  // A section the đề cương gives no guidance for still gets a placeholder in the skeleton: the
  // clerk sees where to write, and one left unwritten is found (placeholder.guidance).
  static void giveEveryLeafGuidance(std::vector<Section>& sections) {
    for (auto& s : sections) {
      if (s.children.empty() && s.guidance.empty()) s.guidance = "Viết nội dung mục “" + s.title + "”.";
      giveEveryLeafGuidance(s.children);
    }
  }

  // ---- annex tables ----------------------------------------------------------------------------

  // A table with a header row and row labels ("Biểu số 01": Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm
  // 2025) becomes figure slots of the current section: one per empty or dotted cell under a column,
  // its unit from the header's "(hộ)" or the "Đơn vị tính" column, a percent where the header says
  // "%" or "tỷ lệ", and a formula summing the rows above for a "Tổng"/"Cộng" row. False when the
  // table is no such table (the caller says it was not used).
  bool importTable(int table, int paragraph) {
    if (mPath.empty() || table >= static_cast<int>(mDoc.tables.size())) return false;
    const DocTable& t = mDoc.tables[static_cast<std::size_t>(table)];
    std::map<std::pair<int, int>, std::string> cells;  // (row, column) from 0 -> text
    const int last = std::min(t.firstParagraph + t.paragraphCount, static_cast<int>(mDoc.paragraphs.size()));
    for (int i = std::max(t.firstParagraph, paragraph); i < last; ++i) {
      const DocParagraph& p = mDoc.paragraphs[static_cast<std::size_t>(i)];
      const auto at = cellAddress(p.cell);
      if (p.table != table || !at) continue;
      std::string& cell = cells[*at];
      const std::string more = text::collapseSpaces(text::nfc(p.text));
      if (!more.empty()) cell += (cell.empty() ? "" : " ") + more;
    }
    auto cell = [&](int row, int column) -> std::string {
      const auto it = cells.find({row, column});
      return it == cells.end() ? std::string() : it->second;
    };
    int rows = 0, columns = 0;
    for (const auto& [at, text] : cells) {
      rows = std::max(rows, at.first + 1);
      columns = std::max(columns, at.second + 1);
    }
    if (rows < 2 || columns < 2) return false;
    for (const auto& [at, value] : cells)
      if (isEnd(value)) return false;  // a signature or Nơi nhận table
    // the label column: the first that is not "STT"/"TT"; the unit column, "Đơn vị tính"/"ĐVT"
    int labelColumn = 0, unitColumn = -1;
    const std::string first = text::foldCase(cell(0, 0));
    if (first == "stt" || first == "tt" || first == "số tt") labelColumn = 1;
    std::vector<int> valueColumns;
    for (int c = labelColumn + 1; c < columns; ++c) {
      const std::string h = text::foldCase(cell(0, c));
      if (h.starts_with("đơn vị") || h == "đvt") unitColumn = c;
      else if (!h.empty() && !h.starts_with("ghi chú")) valueColumns.push_back(c);
    }
    if (valueColumns.empty()) return false;
    Section& section = *mPath.back();
    std::vector<std::vector<std::string>> keysOfColumn(valueColumns.size());  // the rows above a total
    int made = 0;
    for (int r = 1; r < rows; ++r) {
      const std::string label = cell(r, labelColumn);
      if (label.empty() || isColumnNumbering(label)) continue;
      const std::string folded = text::foldCase(label);
      const bool total = folded.starts_with("tổng") || folded.starts_with("cộng");
      for (std::size_t v = 0; v < valueColumns.size(); ++v) {
        const std::string value = cell(r, valueColumns[v]);
        if (!value.empty() && countLeaders(value) == 0 && value != "…" && value != "-") continue;  // given, not asked
        const std::string header = cell(0, valueColumns[v]);
        FigureSlot f;
        const std::string foldedHeader = text::foldCase(header);
        if (foldedHeader.find('%') != std::string::npos || foldedHeader.find("tỷ lệ") != std::string::npos ||
            folded.find("tỷ lệ") != std::string::npos || folded.find('%') != std::string::npos)
          f.type = FigureType::Percent;
        f.unit = f.type == FigureType::Percent ? std::string() : unitOf(header, unitColumn >= 0 ? cell(r, unitColumn) : "");
        f.label = templateText(label + (header.empty() ? "" : " - " + header));
        f.key = figureKey(label, header);
        if (total && f.type == FigureType::Integer && keysOfColumn[v].size() >= 2 && keysOfColumn[v].size() <= kMaxSummed) {
          for (const auto& k : keysOfColumn[v]) f.formula += (f.formula.empty() ? "" : " + ") + k;
          keysOfColumn[v].clear();
        } else if (!total) {
          keysOfColumn[v].push_back(f.key);
        }
        section.figures.push_back(std::move(f));
        ++made;
      }
    }
    return made > 0;
  }

  // "B12" -> (11, 1); nested tables' "A1.2.1" and anything else -> nullopt.
  static std::optional<std::pair<int, int>> cellAddress(const std::string& name) {
    std::size_t i = 0;
    int column = 0;
    while (i < name.size() && name[i] >= 'A' && name[i] <= 'Z') column = column * 26 + (name[i++] - 'A' + 1);
    const std::size_t digits = i;
    int row = 0;
    while (i < name.size() && i - digits < 6 && std::isdigit(static_cast<unsigned char>(name[i])) != 0) row = row * 10 + (name[i++] - '0');
    if (column == 0 || row == 0 || i != name.size()) return std::nullopt;
    return std::make_pair(row - 1, column - 1);
  }

  // The row that numbers the columns: "(1)", "1", "A", "B" under the headers.
  static bool isColumnNumbering(const std::string& s) {
    return s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) {
             return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '(' || c == ')' || (c >= 'A' && c <= 'Z');
           });
  }

  // "Số hộ (hộ)" -> "hộ"; else the row's "Đơn vị tính" cell.
  static std::string unitOf(const std::string& header, const std::string& unitCell) {
    const auto open = header.rfind('(');
    if (open != std::string::npos && header.ends_with(")")) {
      const std::string inside = text::collapseSpaces(header.substr(open + 1, header.size() - open - 2));
      if (!inside.empty() && inside.size() <= 24 && !startsWithFolded(inside, "đvt") && !startsWithFolded(inside, "đơn vị"))
        return templateText(inside);
      if (const auto colon = inside.find(':'); colon != std::string::npos) return templateText(text::collapseSpaces(inside.substr(colon + 1)));
    }
    return templateText(unitCell);
  }

  // "ho_ngheo_nam_2025": the row's and the column's words, ASCII, unique in the template.
  std::string figureKey(const std::string& label, const std::string& header) {
    std::string key = asciiSlug(label, 24);
    const std::string column = asciiSlug(header, 16);
    if (!column.empty()) key += (key.empty() ? "" : "-") + column;
    std::replace(key.begin(), key.end(), '-', '_');
    if (key.empty() || !(key.front() >= 'a' && key.front() <= 'z')) key = "so_" + key;
    while (!key.empty() && key.back() == '_') key.pop_back();
    std::string unique = key;
    for (int n = 2; !mFigureKeys.insert(unique).second; ++n) unique = key + "_" + std::to_string(n);
    return unique;
  }

  struct PendingTable {
    int table;
    int paragraph;          // its first paragraph
    std::size_t beforeLine;  // the index into the lines of the first line after it
  };
  std::vector<PendingTable> mTables;
  std::set<std::string> mFigureKeys;

  const Document& mDoc;
  const OutlineOptions& mOptions;
  std::vector<int> mSchemes;                      // the numbering scheme of each level, outermost first
  std::vector<std::pair<int, std::string>> mLast;  // each level's last number: value, as written
  std::vector<Section> mSections;
  std::vector<Section*> mPath;                    // the current section at each level
  std::set<std::string> mBookmarks;
  std::set<std::size_t> mUsed;                    // preamble lines used (title, "Kèm theo …")
  std::string mTitle, mDescription;
  RequestFacts mFacts;
  std::vector<OutlineNote> mNotes;
  int mHeadings = 0, mGuidanceLines = 0, mLeaders = 0, mCheckboxes = 0;
};

// ---- JSON -----------------------------------------------------------------------------------

std::string q(std::string_view s) { return boost::json::serialize(boost::json::string(s)); }

void writeSections(std::string& out, const std::vector<Section>& sections, const std::string& indent) {
  out += "[\n";
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const Section& s = sections[i];
    const std::string in = indent + "  ";
    out += in + "{\n";
    out += in + "  \"id\": " + q(s.id) + ",\n";
    out += in + "  \"title\": " + q(s.title);
    if (!s.required) out += ",\n" + in + "  \"required\": false";
    if (!s.guidance.empty()) out += ",\n" + in + "  \"guidance\": " + q(s.guidance);
    if (!s.figures.empty()) {
      out += ",\n" + in + "  \"figures\": [\n";
      for (std::size_t k = 0; k < s.figures.size(); ++k) {
        const FigureSlot& f = s.figures[k];
        out += in + "    {\"key\": " + q(f.key) + ", \"type\": " + q(f.type == FigureType::Percent ? "percent" : "integer") +
               (f.unit.empty() ? "" : ", \"unit\": " + q(f.unit)) + ", \"label\": " + q(f.label) +
               (f.formula.empty() ? "" : ", \"formula\": " + q(f.formula)) + "}" + (k + 1 < s.figures.size() ? ",\n" : "\n");
      }
      out += in + "  ]";
    }
    if (!s.children.empty()) {
      out += ",\n" + in + "  \"children\": ";
      writeSections(out, s.children, in + "  ");
    }
    out += "\n" + in + "}" + (i + 1 < sections.size() ? ",\n" : "\n");
  }
  out += indent + "]";
}

}  // namespace

Message OutlineNote::message() const {
  const std::string at = std::to_string(paragraph + 1);
  switch (kind) {
    case Kind::Unused: return say(MessageId::OutlineNoteUnused, {at, text});
    case Kind::Table: return say(MessageId::OutlineNoteTable, {at, detail, text});
    case Kind::TooDeep: return say(MessageId::OutlineNoteTooDeep, {at, detail, text});
    case Kind::BoldLine: return say(MessageId::OutlineNoteBold, {at, text});
    case Kind::NumberGap: return say(MessageId::OutlineNoteNumber, {at, text, detail});
  }
  return Message::verbatim(text);
}

Message OutlineImport::summary() const {
  return say(MessageId::OutlineSummary, {tmpl.id, std::to_string(headings), std::to_string(guidanceLines),
                                         std::to_string(leaders), std::to_string(checkboxes), std::to_string(notes.size())});
}

Message OutlineImport::notesText() const {
  std::vector<Message> all;
  for (const auto& n : notes) all.push_back(n.message());
  return lines(all);
}

Result<OutlineImport> importOutline(const Document& doc, const OutlineOptions& options) {
  return Importer(doc, options).run();
}

std::string templateJson(const ReportTemplate& t) {
  std::string out = "{\n";
  out += "  \"schema\": 1,\n";
  out += "  \"id\": " + q(t.id) + ",\n";
  out += "  \"title\": " + q(t.title) + ",\n";
  out += "  \"version\": " + q(t.version) + ",\n";
  out += "  \"description\": " + q(t.description) + ",\n";
  out += "  \"typeCode\": " + q(t.typeCode) + ",\n";
  out += "  \"typeName\": " + q(t.typeName) + ",\n";
  out += "  \"trichYeu\": " + q(t.trichYeu) + ",\n";
  out += "  \"inputs\": [\n";
  for (std::size_t i = 0; i < t.inputs.size(); ++i) {
    const Input& in = t.inputs[i];
    out += "    {\"id\": " + q(in.id) + ", \"label\": " + q(in.label) + ", \"type\": " +
           q(in.type == InputType::Date ? "date" : "text") + (in.required ? "" : ", \"required\": false") +
           (in.defaultValue.empty() ? "" : ", \"default\": " + q(in.defaultValue)) + "}" +
           (i + 1 < t.inputs.size() ? ",\n" : "\n");
  }
  out += "  ],\n";
  out += "  \"opening\": " + q(t.opening) + ",\n";
  out += "  \"sections\": ";
  writeSections(out, t.sections, "  ");
  out += ",\n";
  out += "  \"closing\": " + q(t.closing) + ",\n";
  out += "  \"signature\": {\"authority\": " + q(t.signature.authority) + ", \"body\": " + q(t.signature.body) +
         ", \"position\": " + q(t.signature.position) + "},\n";
  out += "  \"recipients\": {\n    \"kinhGui\": " + q(t.recipients.kinhGui) + ",\n    \"noiNhan\": [";
  for (std::size_t i = 0; i < t.recipients.noiNhan.size(); ++i) out += (i > 0 ? ", " : "") + q(t.recipients.noiNhan[i]);
  out += "]\n  }";
  if (!t.period.empty()) out += ",\n  \"period\": " + q(t.period);
  if (!t.deadline.empty()) out += ",\n  \"deadline\": " + q(t.deadline);
  out += "\n}\n";
  return out;
}

void readRequestFacts(std::string_view line, RequestFacts& into) {
  // folding keeps byte offsets only where case changes keep lengths: read positions from the
  // folded text, cut the written text's words by the same positions only for ASCII runs
  const std::string written = text::collapseSpaces(text::nfc(line));
  const std::string folded = text::foldCase(written);
  const bool sameBytes = folded.size() == written.size();
  // "số 479/UBND-VP", "số 45-CV/DVH": a word that starts with a digit and holds a "/"
  if (const std::size_t so = after(folded, "số"); so != std::string::npos && sameBytes) {
    std::size_t i = so;
    if (i < written.size() && written[i] == ':') ++i;
    while (i < written.size() && written[i] == ' ') ++i;
    std::size_t k = i;
    while (k < written.size() && written[k] != ' ' && written[k] != ',' && written[k] != ')' && written[k] != ';' &&
           written[k] != '(')
      ++k;
    while (k > i && (written[k - 1] == '.' || written[k - 1] == '-')) --k;
    const std::string word = written.substr(i, k - i);
    if (!word.empty() && word[0] >= '0' && word[0] <= '9' && word.find('/') != std::string::npos && word.size() <= 40 &&
        into.number.empty())
      into.number = word;
  }
  // the letter's date: a "ngày …" that is not the deadline's "trước ngày …"
  std::size_t ngay = after(folded, "ngày");
  constexpr std::string_view kBefore = "trước ngày ";
  while (ngay != std::string::npos && ngay >= kBefore.size() && folded.compare(ngay - kBefore.size(), kBefore.size(), kBefore) == 0)
    ngay = after(folded, "ngày", ngay);
  if (ngay != std::string::npos) {
    if (const auto d = readWrittenDate(std::string_view(folded).substr(ngay)); d && isValid(d->date)) {
      if (into.date.empty()) into.date = isoDate(d->date);
      // "… của UBND tỉnh Sơn La)" after the date: the agency, to a bracket, a ";" or " về "
      const std::size_t cua = after(folded, "của", ngay + d->end);  // d->end counts from ngay
      if (cua != std::string::npos && sameBytes) {
        std::size_t end = written.size();
        for (const std::string_view stop : {")", ";", " về ", " v/v ", ","}) end = std::min(end, folded.find(stop, cua));
        std::string agency = text::collapseSpaces(written.substr(cua, end - cua));
        while (!agency.empty() && (agency.back() == '.' || agency.back() == ':')) agency.pop_back();
        if (!agency.empty() && agency.size() <= 200 && into.agency.empty()) into.agency = agency;
      }
    }
  }
  if (const std::size_t truoc = after(folded, "trước ngày"); truoc != std::string::npos)
    if (const auto d = readWrittenDate(std::string_view(folded).substr(truoc)); d && isValid(d->date) && into.deadline.empty())
      into.deadline = isoDate(d->date);
}

std::string asciiSlug(std::string_view utf8, std::size_t limit) {
  static const std::map<char32_t, char> kBase = [] {
    std::map<char32_t, char> m;
    const std::array<std::pair<std::string_view, char>, 7> groups{{
        {"àáảãạăằắẳẵặâầấẩẫậ", 'a'},
        {"èéẻẽẹêềếểễệ", 'e'},
        {"ìíỉĩị", 'i'},
        {"òóỏõọôồốổỗộơờớởỡợ", 'o'},
        {"ùúủũụưừứửữự", 'u'},
        {"ỳýỷỹỵ", 'y'},
        {"đ", 'd'},
    }};
    for (const auto& [letters, base] : groups)
      for (std::size_t i = 0; i < letters.size();) {
        const auto [c, n] = decode(letters, i);
        m.emplace(c, base);
        i += n;
      }
    return m;
  }();
  const std::string folded = text::foldCase(text::nfc(utf8));
  std::string out;
  bool dash = false;
  for (std::size_t i = 0; i < folded.size();) {
    const auto [c, n] = decode(folded, i);
    i += n;
    char base = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) base = static_cast<char>(c);
    else if (const auto it = kBase.find(c); it != kBase.end()) base = it->second;
    if (base == 0) {
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    out += base;
  }
  if (out.size() > limit) {
    const std::size_t cut = out.rfind('-', limit);
    out.resize(cut == std::string::npos || cut == 0 ? limit : cut);
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace baocao::core
