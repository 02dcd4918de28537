#include "core/templates/fill_marks.hpp"

#include <array>

namespace baocao::core {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

}  // namespace

int countLeaders(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size();) {
    // a run of two or more "…", or of four or more ".", or "…/…", or ". . ." (dots and single spaces)
    if (s.compare(i, kEllipsis.size(), kEllipsis) == 0) {
      std::size_t j = i, run = 0;  // the ellipses of the run; dots between them do not count
      while (s.compare(j, kEllipsis.size(), kEllipsis) == 0 || (j < s.size() && s[j] == '.')) {
        run += s[j] == '.' ? 0U : 1U;
        j += s[j] == '.' ? 1 : kEllipsis.size();
      }
      const bool slash = j + 1 < s.size() && s[j] == '/' && s.compare(j + 1, kEllipsis.size(), kEllipsis) == 0;
      if (run >= 2 || slash) ++n;
      i = slash ? j + 1 + kEllipsis.size() : j;
      while (s.compare(i, kEllipsis.size(), kEllipsis) == 0 || (i < s.size() && s[i] == '.')) i += s[i] == '.' ? 1 : kEllipsis.size();
      continue;
    }
    if (s[i] == '.') {
      std::size_t j = i, dots = 0;
      while (j < s.size() && s[j] == '.') ++j, ++dots;
      if (dots >= 4) {
        ++n;
        i = j;
        continue;
      }
      // ". . ." : dots with single spaces between
      std::size_t k = i, spaced = 0;
      while (k < s.size() && s[k] == '.') {
        ++spaced;
        if (k + 2 < s.size() && s[k + 1] == ' ' && s[k + 2] == '.') k += 2;
        else break;
      }
      if (spaced >= 3) {
        ++n;
        i = k + 1;
        continue;
      }
      i = j;
      continue;
    }
    if (s[i] == '_') {
      std::size_t j = i;
      while (j < s.size() && s[j] == '_') ++j;
      if (j - i >= 4) ++n;
      i = j;
      continue;
    }
    ++i;
  }
  return n;
}

int countCheckboxes(std::string_view s) {
  int n = 0;
  for (const std::string_view box : {std::string_view("\xE2\x96\xA1"), std::string_view("\xE2\x98\x90")})  // □ ☐
    for (std::size_t at = s.find(box); at != std::string_view::npos; at = s.find(box, at + box.size())) ++n;
  return n;
}

bool hasTickedBox(std::string_view s) {
  static constexpr std::array<std::string_view, 7> kTicked{"\xE2\x98\x91", "\xE2\x98\x92", "\xE2\x96\xA0", "\xE2\x9C\x93",
                                                           "\xE2\x9C\x94", "[x]", "[X]"};  // ☑ ☒ ■ ✓ ✔
  for (const auto t : kTicked)
    if (s.find(t) != std::string_view::npos) return true;
  return false;
}

}  // namespace baocao::core
