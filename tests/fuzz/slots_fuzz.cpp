// core/figures' slotsFromJson: the figure slots a report keeps in its "BaoCao.Figures" document
// property, read back from any document the office receives (the text is spliced into a template
// and read by the template loader). Properties: slots that load write back (slotsToJson) to JSON
// that loads to the same slots, with unique keys; and the spliced text cannot make the loader
// return anything but the slots' own section.
#include "core/figures/figures.hpp"
#include "fuzz_support.hpp"

#include <set>

using namespace baocao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json = fuzz::bytes(data, size);
  const auto slots = core::slotsFromJson(json, "BaoCao.Figures");
  if (!slots) {
    FUZZ_CHECK(slots.error().message.en().rfind("BaoCao.Figures: ", 0) == 0);
    return 0;
  }
  std::set<std::string> keys;
  for (const auto& s : *slots) FUZZ_CHECK_MSG(keys.insert(s.key).second, "duplicate key " + s.key);
  const std::string written = core::slotsToJson(*slots);
  const auto back = core::slotsFromJson(written, "written");
  FUZZ_CHECK_MSG(back.has_value(), written + "\n" + back.error().message.en());
  FUZZ_CHECK_MSG(core::slotsToJson(*back) == written, written);
  return 0;
}
