// recipients.abolished-level: since 1 July 2025 local government has two levels, the province and
// the commune (xã, phường, đặc khu); the 696 district-level units (huyện, quận, thị xã) are gone
// (Luật 72/2025/QH15). A document dated from then that names one as recipient, parent agency or
// place is most likely a copy of an older one.
#include "core/validation/rules.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cctype>

namespace baocao::core::rules {

std::optional<std::string> abolishedUnitIn(std::string_view raw) {
  const std::string s = text::nfc(text::collapseSpaces(raw));
  const auto ws = text::words(s);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string w = text::foldCase(ws[i].text);
    std::size_t begin = ws[i].offset;
    if (w == "xã") {
      // "thị xã" is a district-level town; "xã" alone is a commune, valid
      if (i == 0 || text::foldCase(ws[i - 1].text) != "thị" || ws[i - 1].offset + ws[i - 1].length + 1 != ws[i].offset)
        continue;
      begin = ws[i - 1].offset;
    } else if (w != "huyện" && w != "quận") {
      continue;
    }
    // in parentheses it is history: "xã Long Môn (huyện Minh Long cũ)"
    const std::size_t open = s.rfind('(', begin);
    if (open != std::string::npos && s.find(')', open) > begin) continue;
    // the unit's name: a capitalised word or a number ("quận 3"); or the word ends a recipient
    // line ("- Phòng Nội vụ huyện;")
    const std::size_t after = ws[i].offset + ws[i].length;
    std::size_t end = after;
    const std::size_t clauseEnd = std::min(s.find_first_of(",;.:()", after), s.size());
    bool named = false;
    if (after + 1 < s.size() && s[after] == ' ') {
      if (std::isdigit(static_cast<unsigned char>(s[after + 1]))) {
        named = true;
        end = std::min(s.find_first_of(" ,;.:()", after + 1), s.size());
      } else if (i + 1 < ws.size() && ws[i + 1].offset == after + 1) {
        for (std::size_t j = i + 1; j < ws.size() && ws[j].offset < clauseEnd; ++j) {
          const std::string_view name = ws[j].text;
          if (text::foldCase(name) == name) break;  // lower case: the name has ended
          named = true;
          end = ws[j].offset + ws[j].length;
        }
      }
    }
    const bool endsLine = s.find_first_not_of(" ,;.:", after) == std::string::npos;
    if (!named && !endsLine) continue;
    // "huyện Minh Long cũ": the old name, said as such
    const std::string rest = text::foldCase(s.substr(end, clauseEnd - end));
    if (rest == " cũ" || rest.rfind(" cũ ", 0) == 0) continue;
    // the whole name as written, from the start of its line's clause: "UBND huyện Minh Long"
    std::size_t from = s.find_last_of(",;:", begin);
    from = from == std::string::npos ? 0 : from + 1;
    std::string quoted = text::collapseSpaces(s.substr(from, end - from));
    if (!quoted.empty() && (quoted[0] == '-' || quoted[0] == '+')) quoted = text::collapseSpaces(quoted.substr(1));
    return quoted;
  }
  return std::nullopt;
}

namespace {

constexpr CivilDate kTwoLevels{2025, 7, 1};

int dayKey(const CivilDate& d) { return d.year * 10000 + d.month * 100 + d.day; }

// The paragraph and the lines under it that start with "-" (a list of recipients).
std::vector<std::pair<int, std::string>> listFrom(const Context& c, int first) {
  std::vector<std::pair<int, std::string>> out;
  auto addLines = [&](int p) {
    const std::string& raw = c.doc.paragraphs[static_cast<std::size_t>(p)].text;
    std::size_t start = 0;
    while (start <= raw.size()) {
      const std::size_t end = std::min(raw.find('\n', start), raw.size());
      out.emplace_back(p, raw.substr(start, end - start));
      start = end + 1;
    }
  };
  addLines(first);
  for (int i = first + 1; i < static_cast<int>(c.doc.paragraphs.size()); ++i) {
    const std::string s = text::collapseSpaces(c.doc.paragraphs[static_cast<std::size_t>(i)].text);
    if (s.empty()) continue;
    if (s[0] != '-' && s.rfind("\u2013", 0) != 0) break;
    addLines(i);
  }
  return out;
}

}  // namespace

void checkLocalGovernment(const Context& c) {
  const auto date = headerDate(c);
  if (!date || dayKey(date->date) < dayKey(kTwoLevels)) return;
  const std::string dated = shortDate(date->date);
  std::vector<std::pair<int, std::string>> places;
  // the header: the parent agency ("UBND HUYỆN VÂN HỒ"), the agency, the place
  for (int i = 0; i < c.zones.headerEnd; ++i) {
    const std::string t = text::nfc(c.doc.paragraphs[static_cast<std::size_t>(i)].text);
    if (i == date->paragraph) places.emplace_back(i, date->place);
    else if (t == text::upper(t)) places.emplace_back(i, t);
  }
  if (c.zones.kinhGui >= 0)
    for (auto& l : listFrom(c, c.zones.kinhGui)) places.push_back(std::move(l));
  if (c.zones.noiNhan >= 0)
    for (auto& l : listFrom(c, c.zones.noiNhan)) places.push_back(std::move(l));
  for (const auto& [paragraph, line] : places)
    if (const auto unit = abolishedUnitIn(line)) c.add(Rule::RecipientsAbolishedLevel, paragraph, {*unit, dated});
}

}  // namespace baocao::core::rules
