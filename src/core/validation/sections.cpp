#include "core/validation/sections.hpp"

#include "core/templates/skeleton.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace baocao::core {
namespace {

// A typed title must be this close to the template's to count as its heading: numbered or styled
// paragraphs, and bold paragraphs without a number (a stricter bar: more body text is bold).
constexpr double kNumberedThreshold = 0.6;
constexpr double kUnnumberedThreshold = 0.85;


bool isSpace(char c) { return c == ' '; }

// The words of an already normalised title (normalizeHeading), ASCII punctuation dropped.
std::vector<std::string> splitTokens(const std::string& n) {
  std::vector<std::string> out;
  std::string cur;
  for (const char c : n) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::vector<std::string> tokens(std::string_view s) { return splitTokens(text::normalizeHeading(s)); }

// Over sorted token lists: merge, count the common ones (with multiplicity).
double diceSorted(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    const int cmp = a[i].compare(b[j]);
    if (cmp == 0) {
      ++common;
      ++i;
      ++j;
    } else if (cmp < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) { return diceSorted(sorted(a), sorted(b)); }

// The start of a long text, cut at a space.
std::string head(const std::string& s, std::size_t limit) {
  if (s.size() <= limit) return s;
  const std::size_t cut = s.rfind(' ', limit);
  return s.substr(0, cut == std::string::npos ? limit : cut);
}

// "Ưu điểm: Với sự quan tâm …": the title, a punctuation mark, then body text.
bool titleThenText(const std::string& para, const std::string& title) {
  if (title.empty() || para.size() <= title.size() + 1 || para.compare(0, title.size(), title) != 0) return false;
  std::size_t i = title.size();
  if (para[i] == ' ') ++i;
  return i < para.size() && std::string_view(".:;-)").find(para[i]) != std::string_view::npos;
}

// More words than the title, the last of them not the title's: "8. … và địa phương. Không".
bool goesOn(const std::vector<std::string>& para, const std::vector<std::string>& title) {
  return para.size() > title.size() && std::find(title.begin(), title.end(), para.back()) == title.end();
}

bool allBold(const DocParagraph& p) {
  bool any = false;
  for (const auto& r : p.runs) {
    if (text::isBlank(r.text)) continue;
    if (!r.bold) return false;
    any = true;
  }
  return any;
}

// "Heading 2", "Báo cáo - Đề mục 1", "Tiêu đề 3": the level (0-based), or nullopt.
std::optional<int> headingStyleLevel(const std::string& style) {
  const std::string f = text::foldCase(style);
  if (f.find("heading") == std::string::npos && f.find("tiêu đề") == std::string::npos &&
      f.find("đề mục") == std::string::npos)
    return std::nullopt;
  if (!f.empty() && f.back() >= '1' && f.back() <= '9') return f.back() - '1';
  return -1;
}

// A cheap look at the first character: could this paragraph start with "III.", "4." or "a)"?
bool mayBeNumbered(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') ++i;
    else if (s.compare(i, 2, "\xC2\xA0") == 0) i += 2;
    else break;
  }
  if (i >= s.size()) return false;
  const char ch = s[i];
  if ((ch >= '0' && ch <= '9') || std::string_view("IVXLC").find(ch) != std::string_view::npos) return true;
  if (std::isalpha(static_cast<unsigned char>(ch))) return i + 1 < s.size() && s[i + 1] == ')';
  return (s.compare(i, 2, "\xC4\x91") == 0 || s.compare(i, 2, "\xC4\x90") == 0) && i + 2 < s.size() && s[i + 2] == ')';
}

struct Candidate {
  int paragraph;
  int level;  // -1 unknown
  std::string number, title;
  bool numbered, strong;
  std::vector<std::string> paraTokens, sortedTokens;
  std::string normalized;  // normalizeHeading(title), of its start when long
  bool long_ = false;      // far longer than any title: body text, unless it starts with one
  std::string bookmarked;  // a wizard bookmark in this paragraph
};

}  // namespace

std::optional<HeadingNumber> parseHeadingNumber(std::string_view raw) {
  const std::string s = text::collapseSpaces(raw);
  std::size_t i = 0;
  HeadingNumber h;
  auto restAfter = [&](std::size_t end) -> bool {
    // the number ends with "." or ")", then a space or the title's first letter (never a digit: "1.530")
    if (end >= s.size()) return false;
    if (std::isdigit(static_cast<unsigned char>(s[end]))) return false;
    std::size_t t = end;
    while (t < s.size() && isSpace(s[t])) ++t;
    h.title = s.substr(t);
    return !h.title.empty();
  };
  while (i < s.size() && std::string_view("IVXLC").find(s[i]) != std::string_view::npos) ++i;
  if (i > 0 && i < s.size() && s[i] == '.') {
    const int v = romanValue(std::string_view(s).substr(0, i));
    if (v > 0 && sectionNumber(0, v - 1) == s.substr(0, i) && restAfter(i + 1)) {
      h.level = 0;
      h.number = s.substr(0, i);
      return h;
    }
  }
  i = 0;
  while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')') && s[0] != '0' && restAfter(i + 1)) {
    h.level = 1;
    h.number = s.substr(0, i);
    return h;
  }
  // a Vietnamese letter and ")": "a)", "đ)"
  const std::size_t close = s.find(')');
  if (close != std::string::npos && close >= 1 && close <= 2) {
    const std::string letter = text::foldCase(s.substr(0, close));
    for (int k = 0; k < 24; ++k)
      if (sectionNumber(2, k) == letter && restAfter(close + 1)) {
        h.level = 2;
        h.number = letter;
        return h;
      }
  }
  return std::nullopt;
}

double titleSimilarity(std::string_view a, std::string_view b) { return dice(tokens(a), tokens(b)); }

std::string SectionMap::pathOf(int paragraph) const {
  if (paragraph < 0 || static_cast<std::size_t>(paragraph) >= sectionOfParagraph.size()) return {};
  const int s = sectionOfParagraph[static_cast<std::size_t>(paragraph)];
  return s < 0 ? std::string() : outline[static_cast<std::size_t>(s)].path;
}

SectionMap recognizeSections(const Document& doc, const ReportTemplate& t) {
  SectionMap map;
  map.outline = flatten(t);
  const std::size_t m = map.outline.size();
  for (const auto& n : map.outline) map.matches.push_back(SectionMatch{n.section->id, n.path, -1, false});

  std::map<std::string, std::size_t> byBookmark;
  for (std::size_t s = 0; s < m; ++s) byBookmark[bookmarkName(map.outline[s].section->id)] = s;

  std::size_t longestTitle = 0;
  for (const auto& s : map.outline) longestTitle = std::max(longestTitle, s.section->title.size());
  const std::size_t longLimit = 3 * longestTitle + 64;

  // 1. Paragraphs with a heading sign.
  std::vector<Candidate> cands;
  for (std::size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const DocParagraph& p = doc.paragraphs[pi];
    if (p.table >= 0) continue;
    std::string bookmarked;
    for (const auto& b : p.bookmarks)
      if (byBookmark.count(b) != 0) bookmarked = b;
    const auto styleLevel = headingStyleLevel(p.style);
    const bool strong = p.outlineLevel > 0 || styleLevel.has_value() || !bookmarked.empty();
    const bool bold = allBold(p);
    if (!strong && !bold && !mayBeNumbered(p.listLabel.empty() ? p.text : p.listLabel)) continue;
    const std::string full = text::collapseSpaces(p.listLabel.empty() ? p.text : p.listLabel + " " + p.text);
    if (full.empty()) continue;
    const auto number = parseHeadingNumber(full);
    if (!number && !strong && !(bold && full.size() < 300)) continue;
    Candidate c{static_cast<int>(pi), -1, {}, full, number.has_value(), strong, {}, {}, {}, false, bookmarked};
    if (number) {
      c.level = number->level;
      c.number = number->number;
      c.title = number->title;
    } else if (p.outlineLevel > 0) {
      c.level = p.outlineLevel - 1;
    } else if (styleLevel && *styleLevel >= 0) {
      c.level = *styleLevel;
    }
    // A paragraph three times the longest title cannot reach the similarity threshold; only its
    // start is read (normalising whole paragraphs of a 500-page report is what would cost).
    c.long_ = c.title.size() > longLimit;
    const std::string start = head(c.title, longLimit);
    c.normalized = text::normalizeHeading(start);
    c.paraTokens = splitTokens(c.normalized);
    c.sortedTokens = sorted(c.paraTokens);
    cands.push_back(std::move(c));
  }

  // 2. How well each candidate fits each section; bookmarks decide alone.
  const std::size_t n = cands.size();
  std::vector<std::vector<std::string>> sectionTokens, sectionSorted;
  std::vector<std::string> sectionTitles;
  for (const auto& s : map.outline) {
    sectionTokens.push_back(tokens(s.section->title));
    sectionSorted.push_back(sorted(sectionTokens.back()));
    sectionTitles.push_back(text::normalizeHeading(s.section->title));
  }
  std::vector<std::vector<double>> w(n, std::vector<double>(m, 0.0));
  std::vector<bool> inline_(n * m, false);
  for (std::size_t c = 0; c < n; ++c) {
    const Candidate& cd = cands[c];
    for (std::size_t s = 0; s < m; ++s) {
      if (!cd.bookmarked.empty()) {
        w[c][s] = byBookmark[cd.bookmarked] == s ? 2.0 : 0.0;
        continue;
      }
      if (cd.level >= 0 && cd.level != map.outline[s].level) continue;
      double sim = cd.long_ ? 0.0 : diceSorted(cd.sortedTokens, sectionSorted[s]);
      if (titleThenText(cd.normalized, sectionTitles[s])) {
        sim = std::max(sim, kUnnumberedThreshold);
        inline_[c * m + s] = true;
      } else if (cd.long_ || goesOn(cd.paraTokens, sectionTokens[s])) {
        inline_[c * m + s] = true;
      }
      const double threshold = cd.numbered || cd.strong ? kNumberedThreshold : kUnnumberedThreshold;
      if (sim >= threshold) w[c][s] = sim;
    }
  }

  // 3. The order-preserving assignment with the best total fit (a weighted longest common
  // subsequence): a title that appears twice goes to the occurrence that keeps the order.
  std::vector<std::vector<double>> f(n + 1, std::vector<double>(m + 1, 0.0));
  for (std::size_t c = 1; c <= n; ++c)
    for (std::size_t s = 1; s <= m; ++s) {
      f[c][s] = std::max(f[c - 1][s], f[c][s - 1]);
      if (w[c - 1][s - 1] > 0) f[c][s] = std::max(f[c][s], f[c - 1][s - 1] + w[c - 1][s - 1]);
    }
  std::vector<int> sectionOfCand(n, -1);
  std::vector<bool> outOfOrder(n, false);
  for (std::size_t c = n, s = m; c > 0 && s > 0;) {
    if (w[c - 1][s - 1] > 0 && f[c][s] == f[c - 1][s - 1] + w[c - 1][s - 1]) {
      sectionOfCand[c - 1] = static_cast<int>(s - 1);
      --c;
      --s;
    } else if (f[c][s] == f[c - 1][s]) {
      --c;
    } else {
      --s;
    }
  }
  // 4. Sections left over that a leftover heading fits: present, but out of order.
  std::vector<bool> sectionTaken(m, false);
  for (const int s : sectionOfCand)
    if (s >= 0) sectionTaken[static_cast<std::size_t>(s)] = true;
  for (;;) {
    double best = 0;
    std::size_t bc = 0, bs = 0;
    for (std::size_t c = 0; c < n; ++c) {
      if (sectionOfCand[c] >= 0) continue;
      for (std::size_t s = 0; s < m; ++s)
        if (!sectionTaken[s] && w[c][s] > best) {
          best = w[c][s];
          bc = c;
          bs = s;
        }
    }
    if (best <= 0) break;
    sectionOfCand[bc] = static_cast<int>(bs);
    sectionTaken[bs] = true;
    outOfOrder[bc] = true;
  }

  for (std::size_t c = 0; c < n; ++c) {
    const int s = sectionOfCand[c];
    if (s < 0) {
      if (cands[c].numbered || cands[c].strong)
        map.unmatched.push_back(DocHeading{cands[c].paragraph, cands[c].level, cands[c].number, cands[c].title, -1, false, false, false});
      continue;
    }
    const auto su = static_cast<std::size_t>(s);
    DocHeading h{cands[c].paragraph, cands[c].level >= 0 ? cands[c].level : map.outline[su].level, cands[c].number,
                 cands[c].title, s, !cands[c].bookmarked.empty(), outOfOrder[c], inline_[c * m + su]};
    map.matches[su].paragraph = h.paragraph;
    map.matches[su].byBookmark = h.byBookmark;
    map.headings.push_back(std::move(h));
  }

  map.sectionOfParagraph.assign(doc.paragraphs.size(), -1);
  int current = -1;
  std::size_t next = 0;
  for (std::size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    while (next < map.headings.size() && map.headings[next].paragraph == static_cast<int>(pi))
      current = map.headings[next++].section;
    map.sectionOfParagraph[pi] = current;
  }
  return map;
}

}  // namespace baocao::core
