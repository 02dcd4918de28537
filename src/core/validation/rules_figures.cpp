// figure.*: the figures a report states, found through their fields (wizard-made reports) or
// through the template's sentence patterns (typed reports), checked against the template's
// formulas, the data file and the data file's provenance.
#include "core/figures/data_sheet.hpp"
#include "core/figures/expression.hpp"
#include "core/validation/rules.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>

namespace baocao::core::rules {
namespace {

struct Slot {
  const FigureSlot* slot;
  int section;  // index into the outline
};

struct Stated {
  double value = 0;
  std::string text;  // as the report writes it: "1.530", "98,9%"
  int paragraph = -1;
  std::string writtenUnit;  // a unit of the template unit's kind other than the template's ("m²" for "ha")
};

// Units of one kind, folded: a figure written in another of its kind than the template says
// ("69.475.100 m²" where the template has "ha") cannot be added to the others as it stands.
const std::vector<std::vector<std::string>>& unitKinds() {
  static const std::vector<std::vector<std::string>> kinds{
      {"ha", "m²", "m2", "km²", "km2", "sào", "mẫu"}, {"km", "m", "cm", "mm"}, {"tấn", "tạ", "yến", "kg", "g"},
      {"tỷ đồng", "triệu đồng", "nghìn đồng", "đồng"}};
  return kinds;
}

const std::vector<std::string>* kindOf(const std::string& foldedUnit) {
  for (const auto& kind : unitKinds())
    if (std::find(kind.begin(), kind.end(), foldedUnit) != kind.end()) return &kind;
  return nullptr;
}

bool sameUnit(const std::string& a, const std::string& b) {
  auto norm = [](std::string u) {
    if (u == "m2") return std::string("m²");
    if (u == "km2") return std::string("km²");
    return u;
  };
  return norm(a) == norm(b);
}

// The unit of `unit`'s kind written at `pos` of folded text (spaces skipped) when it is not
// `unit` itself; empty otherwise. The longest unit that ends at a word boundary wins.
std::string otherUnitAt(const std::string& folded, std::size_t pos, const std::string& unit) {
  const std::vector<std::string>* kind = kindOf(text::foldCase(unit));
  if (kind == nullptr) return {};
  while (pos < folded.size() && folded[pos] == ' ') ++pos;
  std::string best;
  for (const auto& u : *kind) {
    if (folded.compare(pos, u.size(), u) != 0 || u.size() <= best.size()) continue;
    const std::size_t end = pos + u.size();
    const bool boundary = end >= folded.size() || folded[end] == ' ' || std::ispunct(static_cast<unsigned char>(folded[end]));
    if (boundary) best = u;
  }
  return best.empty() || sameUnit(best, text::foldCase(unit)) ? std::string() : best;
}

bool numberChar(char ch) { return (ch >= '0' && ch <= '9') || ch == '.' || ch == ',' || ch == '%'; }

// The number that starts at i (digits, "." and "," inside, "%" at the end); sentence punctuation
// after it ("433." "30%;") is not part of it.
std::string numberAt(const std::string& s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && numberChar(s[j])) ++j;
  std::string n = s.substr(i, j - i);
  while (!n.empty() && (n.back() == '.' || n.back() == ',')) n.pop_back();
  return n;
}

// A pattern "có {} hộ" in folded text: the number between the words before and after "{}",
// with or without a space around it.
std::optional<std::string> matchPattern(const std::string& folded, const std::string& pattern) {
  const std::size_t hole = pattern.find("{}");
  if (hole == std::string::npos) return std::nullopt;
  const std::string before = text::collapseSpaces(pattern.substr(0, hole));
  const std::string after = text::collapseSpaces(pattern.substr(hole + 2));
  auto afterMatches = [&](std::size_t pos) {
    while (pos < folded.size() && folded[pos] == ' ') ++pos;
    return after.empty() || folded.compare(pos, after.size(), after) == 0;
  };
  if (!before.empty()) {
    for (std::size_t at = folded.find(before); at != std::string::npos; at = folded.find(before, at + 1)) {
      std::size_t i = at + before.size();
      while (i < folded.size() && folded[i] == ' ') ++i;
      if (i >= folded.size() || !(folded[i] >= '0' && folded[i] <= '9')) continue;
      const std::string n = numberAt(folded, i);
      if (afterMatches(i + n.size())) return n;
    }
    return std::nullopt;
  }
  for (std::size_t at = folded.find(after); at != std::string::npos; at = folded.find(after, at + 1)) {
    std::size_t end = at;
    while (end > 0 && folded[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && numberChar(folded[start - 1])) --start;
    if (start == end) continue;
    const std::string n = numberAt(folded, start);
    if (!n.empty()) return n;
  }
  return std::nullopt;
}

double roundTo(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

int decimalsOf(const FigureSlot& s) { return s.type == FigureType::Integer ? 0 : s.decimals; }

bool sameFigure(double a, double b, int decimals) {
  return std::fabs(roundTo(a, decimals) - roundTo(b, decimals)) < 0.5 * std::pow(10.0, -decimals);
}

std::string formatValue(const FigureSlot& s, double v) {
  switch (s.type) {
    case FigureType::Percent: return text::formatPercent(v, s.decimals);
    case FigureType::Change: return changeText(v, s.decimals);
    case FigureType::Decimal: return text::formatDecimal(v, s.decimals);
    default: return text::formatInteger(std::llround(v), s.minDigits);
  }
}

// "ho_dan_dan_toc_thieu_so + ho_dan_kinh" with the stated figures: "428 + 05".
std::string withValues(const std::string& formula, const std::map<std::string, Stated>& stated) {
  std::string out;
  for (std::size_t i = 0; i < formula.size();) {
    const char ch = formula[i];
    if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '_') {
      std::size_t j = i;
      while (j < formula.size() && (std::isalnum(static_cast<unsigned char>(formula[j])) || formula[j] == '_')) ++j;
      const std::string key = formula.substr(i, j - i);
      const auto it = stated.find(key);
      out += it != stated.end() ? it->second.text : key;
      i = j;
    } else {
      out += ch;
      ++i;
    }
  }
  return out;
}

std::optional<double> dataValue(const DataRow& row) {
  if (row.value.kind == CellValue::Kind::Number) return row.value.number;
  return parseVietnameseNumber(row.value.text);
}

bool looksLikeMarker(const std::string& shown) {
  const std::string s = text::collapseSpaces(shown);
  return s.empty() || (s.front() == '[' && s.back() == ']');
}

}  // namespace

void checkFigures(const Context& c) {
  if (c.dataFileChanged.value_or(false))
    c.add(Rule::FigureStale, -1, {});

  std::map<std::string, Slot> slots;
  if (c.sections != nullptr)
    for (std::size_t s = 0; s < c.sections->outline.size(); ++s)
      for (const auto& f : c.sections->outline[s].section->figures) slots.emplace(f.key, Slot{&f, static_cast<int>(s)});
  auto labelOf = [&](const std::string& key) {
    const auto it = slots.find(key);
    return it != slots.end() && !it->second.slot->label.empty() ? it->second.slot->label : key;
  };

  // 1. Figure fields: the wizard's and the refresh command's.
  std::map<std::string, Stated> stated;
  for (std::size_t i = 0; i < c.doc.paragraphs.size(); ++i)
    for (const auto& f : c.doc.paragraphs[i].fields) {
      if (f.kind != DocField::Kind::Figure || f.key.empty()) continue;
      const auto slot = slots.find(f.key);
      const bool change = slot != slots.end() && slot->second.slot->type == FigureType::Change;
      const auto v = looksLikeMarker(f.text) ? std::nullopt : change ? parseChange(f.text) : parseVietnameseNumber(f.text);
      const bool textual = slot != slots.end() && (slot->second.slot->type == FigureType::Text || slot->second.slot->type == FigureType::Date);
      if (!v && !textual && looksLikeMarker(f.text)) {
        c.add(Rule::FigureMissingValue, static_cast<int>(i), {labelOf(f.key), f.key});
        continue;
      }
      if (!v) continue;
      Stated st{*v, text::collapseSpaces(f.text), static_cast<int>(i), {}};
      if (slot != slots.end()) {
        const std::string para = text::foldCase(text::collapseSpaces(c.doc.paragraphs[i].text));
        const std::string shown = text::foldCase(st.text);
        if (const std::size_t at = shown.empty() ? std::string::npos : para.find(shown); at != std::string::npos)
          st.writtenUnit = otherUnitAt(para, at + shown.size(), slot->second.slot->unit);
      }
      stated.try_emplace(f.key, std::move(st));
    }

  // 2. Sentence patterns, in the slot's section (and its subsections), or anywhere when the
  // section was not found.
  if (c.sections != nullptr) {
    // folded on first use, and only paragraphs with a digit can hold a figure
    std::vector<std::optional<std::string>> foldedCache(c.doc.paragraphs.size());
    auto folded = [&](std::size_t i) -> const std::string& {
      static const std::string none;
      const std::string& raw = c.doc.paragraphs[i].text;
      if (std::none_of(raw.begin(), raw.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return none;
      if (!foldedCache[i]) foldedCache[i] = text::foldCase(text::collapseSpaces(raw));
      return *foldedCache[i];
    };
    for (const auto& [key, s] : slots) {
      if (stated.count(key) != 0 || s.slot->pattern.empty()) continue;
      const std::string pattern = text::foldCase(text::collapseSpaces(s.slot->pattern));
      const auto& sec = c.sections->outline[static_cast<std::size_t>(s.section)];
      const bool located = c.sections->matches[static_cast<std::size_t>(s.section)].paragraph >= 0;
      for (std::size_t i = 0; i < c.doc.paragraphs.size(); ++i) {
        if (located) {
          const std::string path = c.sections->pathOf(static_cast<int>(i));
          if (path != sec.path && path.rfind(sec.path + ".", 0) != 0) continue;
        }
        std::string writtenUnit;
        auto n = matchPattern(folded(i), pattern);
        // the sentence with the unit of the same kind in place of the template's ("… m²" for "… ha")
        const std::string unit = text::foldCase(s.slot->unit);
        if (const auto* kind = kindOf(unit); !n && kind != nullptr && !folded(i).empty()) {
          const std::size_t hole = pattern.find("{}");
          const std::size_t at = hole == std::string::npos ? std::string::npos : pattern.find(unit, hole);
          for (const auto& other : *kind) {
            if (at == std::string::npos || n) break;
            if (sameUnit(other, unit)) continue;
            n = matchPattern(folded(i), pattern.substr(0, at) + other + pattern.substr(at + unit.size()));
            if (n) writtenUnit = other;
          }
        }
        if (!n) continue;
        if (auto v = parseVietnameseNumber(*n)) {
          std::string shown = *n;
          if (s.slot->type == FigureType::Change) {  // the word before the number gives the sign
            const bool down = folded(i).find("giảm " + *n) != std::string::npos;
            if (down) *v = -*v;
            shown = (down ? "giảm " : "tăng ") + *n;
          }
          stated.emplace(key, Stated{*v, shown, static_cast<int>(i), writtenUnit});
          break;
        }
      }
    }
  }

  if (c.stated != nullptr) {
    // in the template's order (its outline), then the fields the template does not name
    std::vector<std::string> order;
    if (c.sections != nullptr)
      for (const auto& sec : c.sections->outline)
        for (const auto& f : sec.section->figures) order.push_back(f.key);
    for (const auto& [key, st] : stated)
      if (std::find(order.begin(), order.end(), key) == order.end()) order.push_back(key);
    for (const auto& key : order) {
      const auto st = stated.find(key);
      if (st == stated.end()) continue;
      const auto slot = slots.find(key);
      const FigureSlot* fs = slot != slots.end() ? slot->second.slot : nullptr;
      const bool field = std::any_of(c.doc.paragraphs[static_cast<std::size_t>(st->second.paragraph)].fields.begin(),
                                     c.doc.paragraphs[static_cast<std::size_t>(st->second.paragraph)].fields.end(),
                                     [&](const DocField& f) { return f.kind == DocField::Kind::Figure && f.key == key; });
      c.stated->push_back(StatedFigure{key, fs != nullptr ? fs->label : std::string(),
                                       fs != nullptr ? (fs->type == FigureType::Percent ? std::string("%") : fs->unit) : std::string(),
                                       st->second.text, st->second.value, st->second.paragraph, field,
                                       st->second.writtenUnit});
    }
  }

  // 3. Derived figures: the stated total or share against the stated parts.
  for (const auto& [key, s] : slots) {
    if (s.slot->formula.empty()) continue;
    const auto own = stated.find(key);
    if (own == stated.end()) continue;
    auto expr = Expression::parse(s.slot->formula);
    if (!expr) continue;  // parseTemplate has reported it
    const auto computed = expr->evaluate([&](std::string_view k) -> std::optional<double> {
      const auto it = stated.find(std::string(k));
      return it == stated.end() ? std::nullopt : std::optional<double>(it->second.value);
    });
    if (!computed || sameFigure(own->second.value, *computed, decimalsOf(*s.slot))) continue;
    const bool ratio = expr->shape() == Expression::Shape::Ratio;
    c.add(ratio ? Rule::FigureRatioMismatch : Rule::FigureSumMismatch, own->second.paragraph,
          {labelOf(key), own->second.text, withValues(s.slot->formula, stated), formatValue(*s.slot, *computed)});
  }

  // 3b. Comparisons with an earlier period: the stated change against the two stated values.
  for (const auto& [key, s] : slots) {
    if (s.slot->type != FigureType::Change) continue;
    const auto own = stated.find(key);
    const auto now = stated.find(s.slot->of);
    const auto before = stated.find(s.slot->against);
    if (own == stated.end() || now == stated.end() || before == stated.end() || before->second.value == 0) continue;
    const double computed = (now->second.value - before->second.value) / before->second.value * 100;
    if (sameFigure(own->second.value, computed, decimalsOf(*s.slot))) continue;
    c.add(Rule::FigureComparisonMismatch, own->second.paragraph,
          {labelOf(key), own->second.text, now->second.text, before->second.text, formatValue(*s.slot, computed)});
  }

  // 4. The data file: each stated figure against its row (a derived one against its parts' rows).
  if (c.data == nullptr) return;
  const DataSet& data = *c.data;
  for (const auto& [key, st] : stated) {
    const auto slot = slots.find(key);
    const FigureSlot* fs = slot != slots.end() ? slot->second.slot : nullptr;
    const int decimals = fs != nullptr ? decimalsOf(*fs) : 2;
    // a comparison's earlier value is in another period's rows, its change checked in 3b
    if (fs != nullptr && (fs->earlier != Earlier::None || fs->type == FigureType::Change)) continue;
    if (fs != nullptr && !fs->formula.empty()) {
      auto expr = Expression::parse(fs->formula);
      if (!expr) continue;
      const auto fromData = expr->evaluate([&](std::string_view k) -> std::optional<double> {
        const auto row = data.rows.find(std::string(k));
        return row == data.rows.end() ? std::nullopt : dataValue(row->second);
      });
      if (fromData && !sameFigure(st.value, *fromData, decimals))
        c.add(Rule::FigureDataMismatch, st.paragraph,
              {labelOf(key), st.text, formatValue(*fs, *fromData), data.file});
      continue;
    }
    const auto row = data.rows.find(key);
    if (row == data.rows.end()) {
      c.add(Rule::FigureMissingInData, st.paragraph, {labelOf(key), key});
      continue;
    }
    const auto v = dataValue(row->second);
    if (!v || sameFigure(st.value, *v, decimals)) continue;
    std::string expected = row->second.value.text;
    if (fs != nullptr)
      if (auto formatted = formatFigure(*fs, row->second)) expected = *formatted;
    c.add(Rule::FigureDataMismatch, st.paragraph,
          {labelOf(key), st.text, expected, row->second.cell});
  }
}

}  // namespace baocao::core::rules
