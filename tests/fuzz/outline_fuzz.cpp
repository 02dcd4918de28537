// The outline importer (core/templates/outline_import) over a random document snapshot
// (snapshot_input.hpp) and over the outlines of tests/data/outlines as plain text: whatever the
// đề cương, the import either says why there is no outline or gives a template that the loader
// reads back from its JSON and that builds a skeleton; every note points inside the document.
#include "core/templates/outline_import.hpp"
#include "core/templates/skeleton.hpp"
#include "snapshot_input.hpp"

using namespace baocao;
using fuzz::quote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::Parsed parsed = fuzz::parseSnapshot(fuzz::bytes(data, size));
  const core::Document& doc = parsed.doc;
  const auto imported = core::importOutline(doc);
  if (!imported) {
    FUZZ_CHECK(!imported.error().message.en().empty() && !imported.error().message.vi().empty());
    return 0;
  }
  const core::OutlineImport& o = *imported;
  FUZZ_CHECK(o.headings > 0 && !o.tmpl.sections.empty());
  for (const auto& n : o.notes)
    FUZZ_CHECK_MSG(n.paragraph >= -1 && n.paragraph < static_cast<int>(doc.paragraphs.size()), quote(n.text));
  FUZZ_CHECK(text::isValidUtf8(o.summary().en()) && text::isValidUtf8(o.notesText().vi()));
  // written as JSON, the template loads back: the importer writes only what the loader accepts
  const std::string json = core::templateJson(o.tmpl);
  const auto back = core::parseTemplate(json, "outline.json");
  FUZZ_CHECK_MSG(back.has_value(), quote(json, 2000) + "\n" + (back ? std::string() : back.error().message.en()));
  FUZZ_CHECK(core::flatten(*back).size() == core::flatten(o.tmpl).size());
  // and the wizard can build its skeleton from answers to every input it declares
  core::Answers answers;
  for (const auto& input : back->inputs)
    answers.inputs[input.id] = input.type == core::InputType::Date ? "2026-11-20" : "479/UBND-NC";
  core::AgencyProfile profile;
  profile.agency = "Ủy ban nhân dân xã Long Môn";
  const auto skeleton = core::buildSkeleton(*back, answers, profile, {2026, 12, 1});
  FUZZ_CHECK_MSG(skeleton.has_value(), skeleton ? std::string() : skeleton.error().message.en());
  return 0;
}
