// structure.* and placeholder.*: the outline against the template, and what is still to fill.
#include "core/templates/fill_marks.hpp"
#include "core/validation/rules.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <map>

namespace baocao::core::rules {
namespace {

bool placeholderOnly(const DocParagraph& p) {
  if (p.fields.empty()) return false;
  std::string shown;
  for (const auto& f : p.fields)
    if (f.kind != DocField::Kind::Placeholder) return false;
    else shown += f.text;
  return text::collapseSpaces(shown) == text::collapseSpaces(p.text);
}

std::string displayNumber(const NumberedSection& s) { return s.path; }

}  // namespace

void checkStructure(const Context& c) {
  const SectionMap& map = *c.sections;
  const auto& outline = map.outline;

  // structure.missing-section: a required section whose parents are present or also missing
  // (a missing parent reports alone, not with each child).
  std::vector<bool> missing(outline.size(), false);
  for (std::size_t s = 0; s < outline.size(); ++s) {
    if (map.matches[s].paragraph >= 0 || !outline[s].section->required) continue;
    missing[s] = true;
    bool parentMissing = false;
    for (std::size_t q = s; q-- > 0;)
      if (outline[q].level < outline[s].level) {
        parentMissing = missing[q];
        break;
      }
    if (parentMissing) continue;
    c.add(Rule::StructureMissingSection, -1,
          {displayNumber(outline[s]), outline[s].section->title});
  }

  const auto& hs = map.headings;
  for (std::size_t k = 0; k < hs.size(); ++k) {
    const DocHeading& h = hs[k];
    const NumberedSection& sec = outline[static_cast<std::size_t>(h.section)];

    // structure.section-order
    if (h.outOfOrder) {
      std::string after = "-";
      for (std::size_t q = k; q-- > 0;)
        if (!hs[q].outOfOrder) {
          after = outline[static_cast<std::size_t>(hs[q].section)].path;
          break;
        }
      c.add(Rule::StructureSectionOrder, h.paragraph,
            {sec.path, sec.section->title, after});
    }

    // structure.empty-section: nothing between this heading and the next one that is not deeper
    const int next = k + 1 < hs.size() ? hs[k + 1].paragraph : static_cast<int>(c.zones.bodyEnd);
    const bool hasChild = k + 1 < hs.size() && hs[k + 1].level > h.level;
    bool content = h.inlineContent || hasChild;
    for (int p = h.paragraph + 1; !content && p < next && p < static_cast<int>(c.doc.paragraphs.size()); ++p) {
      const DocParagraph& dp = c.doc.paragraphs[static_cast<std::size_t>(p)];
      content = !text::isBlank(dp.text) && !placeholderOnly(dp);
    }
    if (!content)
      c.add(Rule::StructureEmptySection, h.paragraph, {sec.path, sec.section->title});
  }

  // structure.duplicate-heading: the same title twice (after folding), wherever the template puts
  // it; one of the two must be a recognised heading (a numbered list may repeat itself)
  std::vector<const DocHeading*> all;
  for (const auto& h : hs) all.push_back(&h);
  for (const auto& h : map.unmatched) all.push_back(&h);
  std::sort(all.begin(), all.end(), [](const DocHeading* a, const DocHeading* b) { return a->paragraph < b->paragraph; });
  auto label = [&](const DocHeading& h) {
    return h.section >= 0 ? outline[static_cast<std::size_t>(h.section)].path : h.number;
  };
  std::map<std::string, const DocHeading*> seen;
  for (const DocHeading* h : all) {
    const std::string key = text::normalizeHeading(h->title);
    if (key.empty()) continue;
    const auto [it, fresh] = seen.emplace(key, h);
    if (fresh) continue;
    const DocHeading& first = *it->second;
    if (first.section < 0 && h->section < 0) continue;
    c.add(Rule::StructureDuplicateHeading, h->paragraph,
          {label(*h), label(first), std::to_string(first.paragraph + 1), excerpt(h->title)});
  }

  // structure.numbering: hand-typed or automatic numbers run I, II, III / 1, 2, 3 / a, b, c under
  // each parent, in document order.
  std::vector<int> counter(4, 0);
  for (const DocHeading& h : hs) {
    if (h.level < 0 || h.level > 2) continue;
    const auto level = static_cast<std::size_t>(h.level);
    const std::string expected = sectionNumber(h.level, counter[level]);
    ++counter[level];
    for (std::size_t deeper = level + 1; deeper < counter.size(); ++deeper) counter[deeper] = 0;
    if (h.number.empty() || text::foldCase(h.number) == text::foldCase(expected)) continue;
    c.add(Rule::StructureNumbering, h.paragraph,
          {h.number, expected, excerpt(h.title, 40)});
  }
}

void checkPlaceholders(const Context& c) {
  for (std::size_t i = 0; i < c.doc.paragraphs.size(); ++i)
    for (const auto& f : c.doc.paragraphs[i].fields)
      if (f.kind == DocField::Kind::Placeholder)
        c.add(Rule::PlaceholderUnfilled, static_cast<int>(i), {excerpt(f.text)});

  // The template's guidance, found by its text: a .docx round trip turns the wizard's placeholder
  // fields into plain text (LibreOffice 7.4 reads Word's content controls back so).
  std::vector<std::string> guidance;
  if (c.tmpl != nullptr)
    for (const auto& s : flatten(*c.tmpl))
      if (!s.section->guidance.empty()) guidance.push_back(text::foldCase(text::collapseSpaces(s.section->guidance)));
  constexpr std::size_t kQuotedGuidance = 24;  // bytes: shorter guidance is only found whole
  const int end = std::min(c.zones.bodyEnd, static_cast<int>(c.doc.paragraphs.size()));
  for (int i = std::max(c.zones.bodyBegin, 0); i < end; ++i) {
    const DocParagraph& p = c.doc.paragraphs[static_cast<std::size_t>(i)];
    if (c.isHeading(i)) continue;
    if (std::any_of(p.fields.begin(), p.fields.end(), [](const DocField& f) { return f.kind == DocField::Kind::Placeholder; }))
      continue;  // placeholder.unfilled said it
    if (countLeaders(p.text) > 0) c.add(Rule::PlaceholderLeader, i, {excerpt(p.text)});
    if (countCheckboxes(p.text) > 0 && !hasTickedBox(p.text)) c.add(Rule::PlaceholderCheckbox, i, {excerpt(p.text)});
    if (guidance.empty() || text::isBlank(p.text)) continue;
    const std::string& key = (*c.facts)[static_cast<std::size_t>(i)].key;
    if (std::any_of(guidance.begin(), guidance.end(), [&](const std::string& g) {
          return key == g || (g.size() >= kQuotedGuidance && key.find(g) != std::string::npos);
        }))
      c.add(Rule::PlaceholderGuidance, i, {excerpt(p.text)});
  }
}

}  // namespace baocao::core::rules
