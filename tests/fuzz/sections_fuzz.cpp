// Section recognition (core/sections) over a random document snapshot (snapshot_input.hpp): the
// hand-typed heading numbers, title similarity, template detection and recognizeSections
// against each shipped template. Properties: the map points inside the document, headings in
// document order, each section found at most once and where the map says; detection's map is
// the one recognizeSections makes; similarity is symmetric, in [0, 1], and 1 for a title and
// itself.
#include "snapshot_input.hpp"

using namespace baocao;
using fuzz::quote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::Parsed parsed = fuzz::parseSnapshot(fuzz::bytes(data, size));
  const core::Document& doc = parsed.doc;
  const auto& templates = fuzz::shippedTemplates();

  for (std::size_t i = 0; i < doc.paragraphs.size() && i < 16; ++i) {
    const std::string t = doc.paragraphs[i].text.substr(0, 300);  // titles, not whole paragraphs
    if (const auto h = core::parseHeadingNumber(t)) {
      FUZZ_CHECK(h->level >= 0 && h->level <= 2 && !h->number.empty() && !h->title.empty());
    }
    if (i > 0) {
      const std::string u = doc.paragraphs[i - 1].text.substr(0, 300);
      const double s = core::titleSimilarity(t, u);
      FUZZ_CHECK_MSG(s >= 0 && s <= 1 && s == core::titleSimilarity(u, t), quote(t) + " / " + quote(u));
    }
  }

  std::vector<core::SectionMap> maps;
  for (const auto& t : templates) {
    maps.push_back(core::recognizeSections(doc, t));
    fuzz::checkMap(doc, maps.back());
  }
  // Detection recognises the sections of every template again: one input in four (by its last
  // byte) is enough for it, and the target runs nearly twice as fast.
  if (size == 0 || data[size - 1] % 4 != 0) return 0;
  std::optional<core::SectionMap> detectedMap;
  const core::ReportTemplate* detected = core::detectTemplate(doc, templates, &detectedMap);
  if (detectedMap) {
    FUZZ_CHECK(detected != nullptr);
    const auto k = static_cast<std::size_t>(detected - templates.data());
    FUZZ_CHECK(detectedMap->sectionOfParagraph == maps[k].sectionOfParagraph);
    FUZZ_CHECK(detectedMap->headings.size() == maps[k].headings.size());
  }
  return 0;
}
