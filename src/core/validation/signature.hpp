// The lines of a Decree 30 signature block (Art. 13, Appendix I II.7): an authority prefix
// ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. BỘ TRƯỞNG", "TUQ. GIÁM ĐỐC"), a head's
// own title ("GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG PHÒNG") or a deputy's ("PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG").
// The validator finds the block with it and says what is wrong with a block that is there.
#pragma once

#include <string>
#include <string_view>

namespace baocao::core {

enum class SignatureForm {
  None,       // not a signature line
  Collective, // "TM. ỦY BAN NHÂN DÂN"
  Deputy,     // "KT. GIÁM ĐỐC": a deputy signs for the head; the deputy's title follows
  Acting,     // "Q. GIÁM ĐỐC"
  ByOrder,    // "TL. GIÁM ĐỐC" (thừa lệnh): the signer's own title follows
  ByAuthority,// "TUQ. GIÁM ĐỐC" (thừa ủy quyền): likewise
  HeadTitle,  // "GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG", "BỘ TRƯỞNG"
  DeputyTitle // "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "THỨ TRƯỞNG"
};

struct SignatureLine {
  SignatureForm form = SignatureForm::None;
  std::string prefix;  // "KT." (authority forms only)
  std::string title;   // after the prefix: "GIÁM ĐỐC"; a deputy's without "PHÓ": "GIÁM ĐỐC"
};

// Classifies one line (NFC; upper case expected, as the decree writes them):
//   signatureLine("KT. CHỦ TỊCH")  == {Deputy, "KT.", "CHỦ TỊCH"}
//   signatureLine("PHÓ GIÁM ĐỐC")  == {DeputyTitle, "", "GIÁM ĐỐC"}
//   signatureLine("TRƯỞNG PHÒNG")  == {HeadTitle, "", "TRƯỞNG PHÒNG"}
//   signatureLine("I. KHÁI QUÁT CHUNG").form == None
[[nodiscard]] SignatureLine signatureLine(std::string_view line);

}  // namespace baocao::core
