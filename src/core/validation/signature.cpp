#include "core/validation/signature.hpp"

#include "text/vntext.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace baocao::core {
namespace {

std::vector<std::string> splitWords(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    const std::size_t end = std::min(s.find(' ', start), s.size());
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// A head's title: "CHỦ TỊCH", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "CHỦ NHIỆM", "BÍ THƯ", "TRƯỞNG PHÒNG",
// "TRƯỞNG BAN …", "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "BỘ TRƯỞNG", "CỤC TRƯỞNG", "HIỆU TRƯỞNG".
// Short: a body line in capitals is longer than any title.
bool isHeadTitle(const std::vector<std::string>& w, std::size_t from) {
  const std::size_t n = w.size() - from;
  if (n == 0 || n > 8) return false;
  const auto at = [&](std::size_t i) -> const std::string& { return w[from + i]; };
  if (at(0) == "TRƯỞNG" || at(0) == "CHÁNH") return n >= 2;
  if (n >= 2) {
    const std::string two = at(0) + " " + at(1);
    for (const std::string_view head : {"CHỦ TỊCH", "GIÁM ĐỐC", "CHỦ NHIỆM", "BÍ THƯ", "THỦ TƯỚNG", "TỔNG THƯ"})
      if (two == head) return true;
    // "BỘ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "HIỆU TRƯỞNG", "VIỆN TRƯỞNG", "THỦ TRƯỞNG"
    if (n <= 3 && at(1) == "TRƯỞNG" && at(0) != "THỨ") return true;
  }
  // "TỔNG GIÁM ĐỐC", "TỔNG CỤC TRƯỞNG"
  if (at(0) == "TỔNG" && n >= 3) return isHeadTitle(w, from + 1);
  return false;
}

}  // namespace

SignatureLine signatureLine(std::string_view line) {
  SignatureLine out;
  const std::string s = text::nfc(text::collapseSpaces(line));
  if (s.empty() || s != text::upper(s)) return out;
  for (const auto& [prefix, form] : std::array<std::pair<std::string_view, SignatureForm>, 5>{{
           {"TM.", SignatureForm::Collective},
           {"KT.", SignatureForm::Deputy},
           {"Q.", SignatureForm::Acting},
           {"TL.", SignatureForm::ByOrder},
           {"TUQ.", SignatureForm::ByAuthority},
       }}) {
    // "KT. CHỦ TỊCH", also typed "KT.CHỦ TỊCH"
    if (s.size() > prefix.size() + 1 && s.compare(0, prefix.size(), prefix) == 0) {
      out.form = form;
      out.prefix = std::string(prefix);
      out.title = text::collapseSpaces(s.substr(prefix.size()));
      return out;
    }
  }
  const auto w = splitWords(s);
  if (w.size() == 2 && w[0] == "THỨ" && w[1] == "TRƯỞNG") {  // a deputy minister
    out.form = SignatureForm::DeputyTitle;
    out.title = "BỘ TRƯỞNG";
  } else if (!w.empty() && w[0] == "PHÓ" && isHeadTitle(w, 1)) {
    out.form = SignatureForm::DeputyTitle;
    out.title = s.substr(std::string("PHÓ ").size());
  } else if (isHeadTitle(w, 0)) {
    out.form = SignatureForm::HeadTitle;
    out.title = s;
  }
  return out;
}

}  // namespace baocao::core
