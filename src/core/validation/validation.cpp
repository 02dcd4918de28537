#include "core/validation/validation.hpp"

#include "core/figures/figures.hpp"
#include "core/validation/rules.hpp"
#include "core/templates/skeleton.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace baocao::core {

std::string_view severityName(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    default: return "info";
  }
}

bool ValidationResult::readyToSubmit() const { return errorCount() == 0; }

int ValidationResult::errorCount() const {
  return static_cast<int>(
      std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; }));
}

namespace {
// The title comes after the header (a dozen paragraphs, more in a table); a line further down that
// reads "THÔNG BÁO" is body text.
constexpr int kTitleSearchParagraphs = 40;
}  // namespace

namespace rules {

void Context::add(Rule rule, int paragraph, const std::vector<std::string>& args) const {
  add(rule, paragraph, ruleInfo(rule).message, args);
}

void Context::add(Rule rule, int paragraph, MessageId message, const std::vector<std::string>& args) const {
  const RuleInfo& info = ruleInfo(rule);
  Finding f;
  f.rule = std::string(info.code);
  f.severity = info.severity;
  f.paragraph = paragraph;
  f.section = sections != nullptr ? sections->pathOf(paragraph) : std::string();
  f.message = text(message, args) + " (" + placeText(f.section, paragraph, language) + ")";
  out.push_back(std::move(f));
}

std::string Context::text(MessageId id, const std::vector<std::string>& args) const {
  return format(message(id, language), args);
}

bool Context::isHeading(int paragraph) const {
  if (sections == nullptr) return false;
  return std::any_of(sections->headings.begin(), sections->headings.end(),
                     [&](const DocHeading& h) { return h.paragraph == paragraph; });
}

std::string Context::typeName() const {
  if (kind.source == DocKindSource::Template && tmpl != nullptr && !tmpl->typeName.empty()) return tmpl->typeName;
  return std::string(docKindInfo(kind.kind).name);
}

std::string Context::typeCode() const {
  if (kind.source == DocKindSource::Template && tmpl != nullptr) return tmpl->typeCode;
  return std::string(docKindInfo(kind.kind).code);
}

std::string placeText(std::string_view section, int paragraph, Language lang) {
  if (paragraph < 0) return std::string(message(MessageId::PlaceDocument, lang));
  const std::string number = std::to_string(paragraph + 1);
  if (section.empty()) return format(message(MessageId::PlaceParagraph, lang), number);
  return format(message(MessageId::PlaceSectionParagraph, lang), {std::string(section), number});
}

bool formattingKnown(const DocParagraph& p) { return !p.runs.empty(); }

bool hasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; }); }

std::string excerpt(std::string_view raw, std::size_t maxCodePoints) {
  const std::string s = text::collapseSpaces(raw);
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++count > maxCodePoints) return s.substr(0, i) + "…";
  }
  return s;
}

std::string number(double v, Language lang) {
  const double rounded = std::round(v * 100.0) / 100.0;
  if (std::fabs(rounded - std::round(rounded)) < 1e-9) return std::to_string(std::llround(rounded));
  std::string s = text::formatDecimal(rounded, std::fabs(rounded * 10 - std::round(rounded * 10)) < 1e-9 ? 1 : 2);
  if (lang == Language::English) std::replace(s.begin(), s.end(), ',', '.');
  return s;
}

namespace {

// The first visible byte, lower-cased if ASCII: a cheap filter before folding a whole paragraph.
char firstLetter(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] != ' ' && s[i] != '\t' && !(s.compare(i, 2, "\xC2\xA0") == 0 && ++i))
      return static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  return 0;
}

bool startsWithFolded(const std::string& raw, std::string_view prefix) {
  if (firstLetter(raw) != prefix.front()) return false;  // "kính gửi", "nơi nhận": ASCII first letters
  return text::foldCase(text::collapseSpaces(raw)).rfind(prefix, 0) == 0;
}

bool isAuthorityLine(const std::string& raw, const ReportTemplate* t) {
  if (std::any_of(raw.begin(), raw.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return false;
  // the first line of a paragraph: a table cell may hold the whole block with line breaks
  const std::string s = text::collapseSpaces(raw.substr(0, raw.find('\n')));
  if (s.empty() || s != text::upper(s)) return false;
  if (signatureLine(s).form != SignatureForm::None) return true;
  return t != nullptr && !t->signature.position.empty() && s == text::upper(t->signature.position);
}

}  // namespace

Zones findZones(const Document& doc, const ReportTemplate* tmpl, const SectionMap* sections, const DetectedKind& kind) {
  Zones z;
  const int n = static_cast<int>(doc.paragraphs.size());
  auto para = [&](int i) -> const DocParagraph& { return doc.paragraphs[static_cast<std::size_t>(i)]; };
  int firstHeading = n, lastHeading = -1;
  if (sections != nullptr)
    for (const auto& h : sections->headings) {
      firstHeading = std::min(firstHeading, h.paragraph);
      lastHeading = std::max(lastHeading, h.paragraph);
    }
  // the type name the detection found, or the template's own (a template may name a type the
  // detection does not know)
  if (kind.source == DocKindSource::Title && kind.kind != DocKind::CongVan) {
    z.typeName = kind.paragraph;
  } else if (kind.source == DocKindSource::Template && tmpl != nullptr && !tmpl->typeName.empty()) {
    const std::string typeKey = text::normalizeHeading(tmpl->typeName);
    for (int i = 0; i < firstHeading; ++i)
      if (text::normalizeHeading(para(i).text) == typeKey) {
        z.typeName = i;
        break;
      }
  }
  for (int i = 0; i < firstHeading; ++i)
    if (startsWithFolded(para(i).text, "kính gửi")) {
      z.kinhGui = i;
      break;
    }
  if (kind.kind == DocKind::CongVan && kind.source == DocKindSource::Title) {
    // a công văn has no type name: its "V/v …" line sits under the number, beside the place and
    // date, and "Kính gửi" closes the header
    z.trichYeu = kind.paragraph;
    z.headerEnd = z.kinhGui > kind.paragraph ? z.kinhGui : std::min(n, kind.paragraph + 3);
  } else {
    z.headerEnd = z.typeName >= 0 ? z.typeName : std::min({firstHeading, n, 12});
    if (z.typeName >= 0)
      for (int i = z.typeName + 1; i < firstHeading && i != z.kinhGui; ++i) {
        if (text::isBlank(para(i).text)) continue;
        z.trichYeu = i;
        break;
      }
  }
  z.bodyBegin = std::max({z.headerEnd, z.typeName + 1, z.trichYeu + 1, z.kinhGui + 1});
  for (int i = std::max(lastHeading + 1, z.bodyBegin); i < n; ++i) {
    if (z.noiNhan < 0 && startsWithFolded(para(i).text, "nơi nhận")) z.noiNhan = i;
    if (z.signature < 0 && isAuthorityLine(para(i).text, tmpl)) z.signature = i;
  }
  z.bodyEnd = n;
  if (z.noiNhan >= 0) z.bodyEnd = std::min(z.bodyEnd, z.noiNhan);
  if (z.signature >= 0) z.bodyEnd = std::min(z.bodyEnd, z.signature);
  // a signature table starts where its first paragraph is
  for (const auto& t : doc.tables)
    if (t.firstParagraph >= z.bodyBegin && t.firstParagraph < z.bodyEnd &&
        ((z.noiNhan >= t.firstParagraph && z.noiNhan < t.firstParagraph + t.paragraphCount) ||
         (z.signature >= t.firstParagraph && z.signature < t.firstParagraph + t.paragraphCount)))
      z.bodyEnd = t.firstParagraph;
  return z;
}

}  // namespace rules

ValidationResult validate(const ValidationInput& input) {
  ValidationResult result;
  if (input.document == nullptr) return result;
  const Document& doc = *input.document;
  std::optional<SectionMap> sections;
  if (input.reportTemplate != nullptr && input.sections == nullptr) sections = recognizeSections(doc, *input.reportTemplate);
  const SectionMap* map = input.reportTemplate == nullptr ? nullptr : input.sections != nullptr ? input.sections : &*sections;
  int firstHeading = static_cast<int>(doc.paragraphs.size());
  if (map != nullptr)
    for (const auto& h : map->headings) firstHeading = std::min(firstHeading, h.paragraph);
  result.kind = detectDocKind(doc, input.reportTemplate, std::min(firstHeading, kTitleSearchParagraphs));
  rules::Context c{doc, input.reportTemplate, map, input.data, input.dataFileChanged,
                   input.language, rules::findZones(doc, input.reportTemplate, map, result.kind), result.findings,
                   &result.figures, result.kind, input.electronic, nullptr, input.stop};
  if (input.spelling != nullptr) {
    result.spelling = input.spelling->available() ? SpellingState::Checked : SpellingState::Unavailable;
    if (result.spelling == SpellingState::Checked) c.spelling = input.spelling;
  }
  throwIfStopped(input.stop);
  const std::vector<rules::ParagraphFacts> facts = rules::paragraphFacts(doc, input.stop);
  c.facts = &facts;
  if (map != nullptr) {
    rules::checkStructure(c);
    result.sections = map->matches;
  }
  throwIfStopped(input.stop);
  rules::checkPlaceholders(c);
  throwIfStopped(input.stop);
  rules::checkHeader(c);
  throwIfStopped(input.stop);
  rules::checkSignatureAndRecipients(c);
  throwIfStopped(input.stop);
  rules::checkLocalGovernment(c);
  throwIfStopped(input.stop);
  rules::checkPeriod(c);
  throwIfStopped(input.stop);
  rules::checkFormat(c);
  throwIfStopped(input.stop);
  rules::checkDates(c);
  throwIfStopped(input.stop);
  rules::checkText(c);
  throwIfStopped(input.stop);
  rules::checkFigures(c);
  throwIfStopped(input.stop);
  result.facts = rules::readFacts(c);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity < b.severity;
    return a.paragraph < b.paragraph;
  });
  if (input.findingPages && doc.pages) {
    // Where a clerk finds it on paper (the findings window's place column). Each paragraph once,
    // in document order (Writer's view cursor moves forward through a laid-out document), its
    // first page only: a long report has findings in thousands of paragraphs.
    std::vector<int> paragraphs;
    for (const auto& f : result.findings)
      if (f.paragraph >= 0) paragraphs.push_back(f.paragraph);
    std::sort(paragraphs.begin(), paragraphs.end());
    paragraphs.erase(std::unique(paragraphs.begin(), paragraphs.end()), paragraphs.end());
    std::vector<int> pages(paragraphs.size());
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      throwIfStopped(input.stop);  // each page asked of Writer's layout
      pages[i] = doc.pages(paragraphs[i], PageEnds::First).first;
    }
    for (auto& f : result.findings) {
      if (f.paragraph < 0) continue;
      const auto at = std::lower_bound(paragraphs.begin(), paragraphs.end(), f.paragraph);
      f.page = pages[static_cast<std::size_t>(at - paragraphs.begin())];
    }
  }
  return result;
}

const ReportTemplate* detectTemplate(const Document& doc, const std::vector<ReportTemplate>& candidates,
                                     std::optional<SectionMap>* chosenMap) {
  // "dan-van-2021-2025 1.0", written by the wizard and `baocao new`
  if (const auto id = doc.properties.find(DocumentProperty::kTemplate); id != doc.properties.end())
    for (const auto& t : candidates)
      if (t.id == id->second.substr(0, id->second.find(' '))) return &t;
  // The wizard's bookmarks: the template with the most of its sections bookmarked.
  std::set<std::string> marks;
  for (const auto& p : doc.paragraphs) marks.insert(p.bookmarks.begin(), p.bookmarks.end());
  const ReportTemplate* best = nullptr;
  std::size_t bestMarks = 0;
  for (const auto& t : candidates) {
    std::size_t found = 0;
    for (const auto& s : flatten(t)) found += marks.count(bookmarkName(s.section->id));
    if (found > bestMarks) {
      bestMarks = found;
      best = &t;
    }
  }
  if (best != nullptr) return best;
  // Else the outline that fits best: the share of its sections found, at least half.
  constexpr double kMinShare = 0.5;
  double bestShare = kMinShare;
  for (const auto& t : candidates) {
    SectionMap map = recognizeSections(doc, t);
    if (map.outline.empty()) continue;
    const double share = static_cast<double>(map.headings.size()) / static_cast<double>(map.outline.size());
    if (share >= bestShare) {
      bestShare = share;
      best = &t;
      if (chosenMap != nullptr) *chosenMap = std::move(map);
    }
  }
  return best;
}

}  // namespace baocao::core
