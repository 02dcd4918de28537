// Who issued a report, under which number and on which date, read from its header: the unit and
// the row key of `baocao collect`, the identity `baocao figures` prints. The header rules
// (rules_header.cpp) judge the same lines; this only reads them.
#include "core/civil_date.hpp"
#include "core/templates/header.hpp"
#include "core/validation/rules.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>

namespace baocao::core::rules {
namespace {

std::string lineOf(const DocParagraph& p) { return text::nfc(text::collapseSpaces(p.text)); }

bool allBold(const DocParagraph& p) {
  bool any = false;
  for (const auto& r : p.runs) {
    if (text::collapseSpaces(r.text).empty()) continue;
    if (!r.bold) return false;
    any = true;
  }
  return any;
}

}  // namespace

ReportFacts readFacts(const Context& c) {
  ReportFacts facts;
  const std::string titleKey = text::normalizeHeading(HeaderLayout::kNationalTitleText);
  const std::string mottoKey = text::normalizeHeading(HeaderLayout::kMottoText);
  std::vector<const DocParagraph*> agencyLines;
  bool numberSeen = false;
  for (int i = 0; i < c.zones.headerEnd && i < static_cast<int>(c.doc.paragraphs.size()); ++i) {
    const DocParagraph& p = c.doc.paragraphs[static_cast<std::size_t>(i)];
    const std::string s = lineOf(p);
    if (s.empty()) continue;
    const std::string f = text::foldCase(s);
    if (f.rfind("số", 0) == 0 && s.find('/') != std::string::npos) {
      if (facts.number.empty()) {
        const std::size_t colon = s.find(':');
        facts.number = text::collapseSpaces(colon == std::string::npos ? s.substr(std::string("Số").size()) : s.substr(colon + 1));
      }
      numberSeen = true;
      continue;
    }
    const std::string key = text::normalizeHeading(s);
    // The agency: the upper-case lines of ô 1, above the number, that are not the national title
    // and motto (which sit beside them when the header is a table).
    if (!numberSeen && s == text::upper(s) && key != titleKey && key != mottoKey && !text::words(s).empty())
      agencyLines.push_back(&p);
  }
  // A parent agency's line is not bold, the issuing agency's is (Decree 30, Phụ lục I): when the
  // formatting is known, the bold lines name the issuer.
  const bool boldKnown = std::any_of(agencyLines.begin(), agencyLines.end(), [](const DocParagraph* p) { return allBold(*p); });
  for (const DocParagraph* p : agencyLines) {
    if (boldKnown && !allBold(*p)) continue;
    facts.agency += (facts.agency.empty() ? "" : " ") + lineOf(*p);
  }
  // a line of dashes under the agency ("________") is not a name
  while (!facts.agency.empty() && (facts.agency.back() == '_' || facts.agency.back() == '-' || facts.agency.back() == ' '))
    facts.agency.pop_back();
  if (const auto dated = headerDate(c)) facts.date = isoDate(dated->date);
  if (c.zones.trichYeu >= 0 && c.zones.trichYeu < static_cast<int>(c.doc.paragraphs.size()))
    facts.subject = lineOf(c.doc.paragraphs[static_cast<std::size_t>(c.zones.trichYeu)]);
  return facts;
}

}  // namespace baocao::core::rules
