// core/profile: the agency profile as a JSON file (`--profile`), and the header built from it.
// Properties: a profile that loads is normalised (NFC, spaces collapsed) and idempotently so;
// written back as JSON it loads to the same profile; the header's agency lines are the upper-cased
// name split once; the number is zero-padded only when it is one digit.
#include "core/templates/header.hpp"
#include "core/templates/profile.hpp"
#include "fuzz_support.hpp"
#include "text/vntext.hpp"

#include <boost/json.hpp>

using namespace baocao;
using fuzz::quote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json = fuzz::bytes(data, size);
  const auto p = core::profileFromJson(json, "profile.json");
  if (!p) {
    FUZZ_CHECK(p.error().message.en().rfind("profile.json: ", 0) == 0);
    return 0;
  }
  boost::json::object o;
  for (const auto& f : core::kProfileFields) {
    const std::string& v = (*p).*f.member;
    FUZZ_CHECK_MSG(text::isNfc(v) && text::collapseSpaces(v) == v, quote(v));
    o[f.key] = v;
  }
  FUZZ_CHECK(core::normalized(*p) == *p);
  const std::string written = boost::json::serialize(o);
  const auto back = core::profileFromJson(written, "written");
  FUZZ_CHECK_MSG(back && *back == *p, written);

  // The header, with a number and type code from the profile's own fields.
  const core::HeaderRequest request{*p, core::CivilDate{2025, 5, 7}, p->signerName, p->typeCode};
  const core::HeaderBlock h = core::buildHeader(request);
  FUZZ_CHECK(!h.agency.lines.empty() && h.number.lines.size() == 1 && h.placeDate.lines.size() == 1);
  const std::string upperAgency = text::upper(p->agency);
  std::string joined;
  for (const auto& l : core::agencyLines(upperAgency)) joined += (joined.empty() ? "" : " ") + l;
  FUZZ_CHECK_MSG(joined == upperAgency, quote(upperAgency) + " -> " + quote(joined));
  const std::string number = h.number.lines.front().plainText();
  FUZZ_CHECK(number.rfind("Số: ", 0) == 0);
  if (p->signerName.size() == 1 && p->signerName[0] >= '1' && p->signerName[0] <= '9')
    FUZZ_CHECK(number.rfind("Số: 0" + p->signerName + "/", 0) == 0);
  return 0;
}
