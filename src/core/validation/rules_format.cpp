// format.*: page, fonts and paragraph layout against Decree 30 (decree30.md §2, §6). Only what the
// reader knows is checked: a page of width 0 or a paragraph without runs (a plain-text import)
// is left alone. Paragraph-level findings are grouped by value (one finding per font, size …,
// at its first paragraph, with the count), so a report typed in Arial gives one finding, not 500.
#include "core/validation/decree30.hpp"
#include "core/templates/header.hpp"
#include "core/validation/rules.hpp"
#include "core/templates/skeleton.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace baocao::core::rules {

// The layout the extension writes must itself pass the decree's checks.
static_assert(Decree30::kBodyPt.contains(BodyLayout::kBody.sizePt));
static_assert(BodyLayout::kFirstLineIndentMm == Decree30::kIndentsMm[0]);
static_assert(BodyLayout::kSpacingAfterPt >= Decree30::kMinParagraphSpacingPt);
static_assert(Decree30::kLineSpacingPercent.contains(BodyLayout::kLineSpacingPercent));
static_assert(Decree30::kNationalTitlePt.contains(HeaderLayout::kNationalTitle.sizePt));
static_assert(Decree30::kMottoPt.contains(HeaderLayout::kMotto.sizePt));

namespace {

struct Tally {
  int count = 0;
  int first = -1;
};

void report(const Context& c, Rule rule, const std::map<std::string, Tally>& tallies, const std::vector<std::string>& extra) {
  for (const auto& [value, t] : tallies) {
    std::vector<std::string> args{value, std::to_string(t.count)};
    args.insert(args.end(), extra.begin(), extra.end());
    c.add(rule, t.first, args);
  }
}

void count(std::map<std::string, Tally>& m, const std::string& key, int paragraph) {
  Tally& t = m[key];
  if (t.count++ == 0) t.first = paragraph;
}

// Size and margins of one page style: the first page's (`style` empty) or another in use, named.
void checkPageStyle(const Context& c, const PageSetup& pg, const std::string& style) {
  if (pg.widthMm <= 0 || pg.heightMm <= 0) return;
  const Language lang = c.language;
  const bool other = !style.empty();
  const auto named = [&](std::vector<std::string> args) {
    if (other) args.push_back(style);
    return args;
  };
  if (std::fabs(pg.widthMm - Decree30::kPageWidthMm) > Decree30::kPageToleranceMm ||
      std::fabs(pg.heightMm - Decree30::kPageHeightMm) > Decree30::kPageToleranceMm)
    c.add(other ? Rule::FormatPageSizeInStyle : Rule::FormatPageSize, -1,
          named({number(pg.widthMm, lang), number(pg.heightMm, lang), number(Decree30::kPageWidthMm, lang),
                 number(Decree30::kPageHeightMm, lang)}));
  const struct {
    double value;
    Range range;
    MessageId side;
  } sides[] = {{pg.topMm, Decree30::kTopMarginMm, MessageId::SideTop},
               {pg.bottomMm, Decree30::kBottomMarginMm, MessageId::SideBottom},
               {pg.leftMm, Decree30::kLeftMarginMm, MessageId::SideLeft},
               {pg.rightMm, Decree30::kRightMarginMm, MessageId::SideRight}};
  for (const auto& s : sides)
    if (!s.range.contains(s.value, Decree30::kMarginToleranceMm))
      c.add(other ? Rule::FormatMarginsInStyle : Rule::FormatMargins, -1,
            named({c.text(s.side), number(s.value, lang), number(s.range.min, lang), number(s.range.max, lang)}));
}

// Every page style pages print in: the first page's, then the others (the follow page of a
// document whose first page differs is where a report that went through Word loses its margins).
void checkPage(const Context& c) {
  const PageSetup& pg = c.doc.page;
  checkPageStyle(c, pg, {});
  for (const auto& s : c.doc.otherPageStyles) checkPageStyle(c, s.page, s.name.empty() ? std::string("?") : s.name);
  if (pg.widthMm <= 0 || pg.heightMm <= 0) return;
  if (!pg.pageNumberInHeader) c.add(Rule::FormatPageNumberMissing, -1, {});
  else if (pg.pageNumberOnFirstPage) c.add(Rule::FormatPageNumberOnFirstPage, -1, {});
}

// The printed pages, when the reader has the layout (a Writer view): no heading ends a page apart
// from its text, and the signature block is on one page. Pages are asked for the headings, the
// paragraph after each and the signature block only; the Cancellation before each (a lookup moves
// Writer's view cursor and repaints: a 4,000-page report's headings took longer than its reading).
void checkPageFlow(const Context& c) {
  if (!c.doc.pages) return;
  const auto& ps = c.doc.paragraphs;
  const auto printed = [&](std::size_t i) { return !text::isBlank(ps[i].text); };
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const int pi = static_cast<int>(i);
    if (!printed(i) || ps[i].table >= 0 || !(c.isHeading(pi) || ps[i].outlineLevel > 0)) continue;
    std::size_t next = i + 1;
    while (next < ps.size() && !printed(next)) ++next;
    if (next >= ps.size()) continue;
    throwIfStopped(c.stop);
    const PageSpan heading = c.doc.pages(pi, PageEnds::Both);
    const PageSpan after = c.doc.pages(static_cast<int>(next), PageEnds::First);
    if (heading.last > 0 && after.first > heading.last)
      c.add(Rule::FormatHeadingAtPageEnd, pi, {std::to_string(heading.last), excerpt(ps[i].text)});
  }
  const int sig = c.zones.signature;
  if (sig < 0) return;
  // The block: the signature's table (Nơi nhận beside it), or from Nơi nhận or the authority line on.
  std::size_t begin = static_cast<std::size_t>(c.zones.noiNhan >= 0 ? std::min(c.zones.noiNhan, sig) : sig);
  std::size_t end = ps.size();
  if (const int t = ps[static_cast<std::size_t>(sig)].table; t >= 0) {
    const DocTable& table = c.doc.tables[static_cast<std::size_t>(t)];
    begin = static_cast<std::size_t>(table.firstParagraph);
    end = static_cast<std::size_t>(table.firstParagraph + table.paragraphCount);
  }
  int first = 0, last = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (!printed(i)) continue;
    throwIfStopped(c.stop);
    const PageSpan span = c.doc.pages(static_cast<int>(i), PageEnds::Both);
    if (span.first <= 0) continue;
    first = first == 0 ? span.first : std::min(first, span.first);
    last = std::max(last, span.last);
  }
  if (first > 0 && last > first) c.add(Rule::FormatSignatureSplit, sig, {std::to_string(first), std::to_string(last)});
}

}  // namespace

void checkFormat(const Context& c) {
  checkPage(c);
  checkPageFlow(c);
  const Language lang = c.language;
  std::map<std::string, Tally> fonts, sizes, indents, spacings, paraSpacings;
  for (std::size_t i = 0; i < c.doc.paragraphs.size(); ++i) {
    const DocParagraph& p = c.doc.paragraphs[i];
    if (!formattingKnown(p) || text::isBlank(p.text)) continue;
    const int pi = static_cast<int>(i);
    for (const auto& r : p.runs) {
      if (r.font.empty() || text::isBlank(r.text)) continue;
      if (r.font != HeaderLayout::kFontFamily && r.font != HeaderLayout::kFallbackFontFamily) {
        count(fonts, r.font, pi);
        break;
      }
    }
    const bool body = pi >= c.zones.bodyBegin && pi < c.zones.bodyEnd && p.table < 0;
    if (!body) continue;
    for (const auto& r : p.runs)
      if (r.sizePt > 0 && !text::isBlank(r.text) && !Decree30::kBodyPt.contains(r.sizePt, 0.05)) {
        count(sizes, number(r.sizePt, lang), pi);
        break;
      }
    if (c.isHeading(pi)) continue;
    bool indentOk = false;
    for (const double mm : Decree30::kIndentsMm) indentOk = indentOk || std::fabs(p.firstLineIndentMm - mm) <= Decree30::kIndentToleranceMm;
    if (!indentOk) count(indents, number(p.firstLineIndentMm, lang), pi);
    if (p.lineSpacing.mode == LineSpacing::Mode::Proportional && !Decree30::kLineSpacingPercent.contains(p.lineSpacing.value, 0.5))
      count(spacings, number(p.lineSpacing.value, lang) + "%", pi);
    const double gap = p.spaceBeforePt + p.spaceAfterPt;
    if (gap < Decree30::kMinParagraphSpacingPt - 0.05) count(paraSpacings, number(gap, lang), pi);
  }
  report(c, Rule::FormatFontFamily, fonts, {HeaderLayout::kFontFamily});
  report(c, Rule::FormatFontSize, sizes,
         {number(Decree30::kBodyPt.min, lang), number(Decree30::kBodyPt.max, lang)});
  report(c, Rule::FormatBodyIndent, indents, {});
  report(c, Rule::FormatLineSpacing, spacings, {});
  report(c, Rule::FormatParagraphSpacing, paraSpacings,
         {number(Decree30::kMinParagraphSpacingPt, lang)});
}

}  // namespace baocao::core::rules
