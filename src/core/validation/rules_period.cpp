// period.figure-date and period.report-date: a periodic report's figures and date against the
// cut-off window of the period its trích yếu names (core/validation/period.hpp).
#include "core/figures/figures.hpp"
#include "core/validation/period.hpp"
#include "core/validation/rules.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace baocao::core {
namespace {

std::vector<std::string> tokens(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char ch : s) {
    if (ch == ' ' || ch == ',' || ch == ';' || ch == '(' || ch == ')' || ch == ':') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

int asNumber(const std::string& t, std::size_t maxDigits) {
  if (t.empty() || t.size() > maxDigits) return -1;
  int v = 0;
  for (const char ch : t) {
    if (!std::isdigit(static_cast<unsigned char>(ch))) return -1;
    v = v * 10 + (ch - '0');
  }
  return v;
}

int asYear(const std::string& t) {
  std::string y = t;
  while (!y.empty() && (y.back() == '.' || y.back() == ';')) y.pop_back();
  return y.size() == 4 ? asNumber(y, 4) : -1;
}

int asQuarter(const std::string& t) {
  if (t == "i" || t == "1") return 1;
  if (t == "ii" || t == "2") return 2;
  if (t == "iii" || t == "3") return 3;
  if (t == "iv" || t == "4") return 4;
  return -1;
}

CivilDate monthBefore15(int year, int month) {  // the 15th of the month before
  return month == 1 ? CivilDate{year - 1, 12, 15} : CivilDate{year, month - 1, 15};
}

// "năm 2026" after index i (optionally without "năm"), the year; -1 when absent.
int yearAfter(const std::vector<std::string>& w, std::size_t i, std::size_t* used) {
  if (i < w.size() && w[i] == "năm" && i + 1 < w.size() && asYear(w[i + 1]) > 0) {
    *used = 2;
    return asYear(w[i + 1]);
  }
  if (i < w.size() && asYear(w[i]) > 0) {
    *used = 1;
    return asYear(w[i]);
  }
  return -1;
}

std::string joined(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < w.size(); ++i) out += (out.empty() ? "" : " ") + w[i];
  while (!out.empty() && (out.back() == '.' || out.back() == ';')) out.pop_back();
  return out;
}

}  // namespace

std::optional<ReportPeriod> periodFromTitle(std::string_view trichYeu) {
  const auto w = tokens(text::foldCase(text::collapseSpaces(trichYeu)));
  for (std::size_t i = 0; i < w.size(); ++i) {
    ReportPeriod p;
    std::size_t used = 0;
    // "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "9 tháng (đầu) năm 2026"
    if ((w[i] == "6" || w[i] == "06" || w[i] == "9" || w[i] == "09") && i + 1 < w.size() && w[i + 1] == "tháng") {
      std::size_t j = i + 2;
      const bool last = j < w.size() && w[j] == "cuối";
      if (j < w.size() && (w[j] == "đầu" || w[j] == "cuối")) ++j;
      const int y = yearAfter(w, j, &used);
      if (y < 0) continue;
      p.year = y;
      if (w[i] == "9" || w[i] == "09") {
        p.kind = ReportPeriod::Kind::NineMonths;
        p.from = CivilDate{y - 1, 12, 15};
        p.to = CivilDate{y, 9, 14};
      } else if (last) {
        p.kind = ReportPeriod::Kind::SecondHalf;
        p.from = CivilDate{y, 6, 15};
        p.to = CivilDate{y, 12, 14};
      } else {
        p.kind = ReportPeriod::Kind::FirstHalf;
        p.from = CivilDate{y - 1, 12, 15};
        p.to = CivilDate{y, 6, 14};
      }
      p.text = joined(w, i, j + used);
      return p;
    }
    // "quý III năm 2026", "quý 3/2026"
    if (w[i] == "quý" && i + 1 < w.size()) {
      std::string q = w[i + 1], yearText;
      if (const auto slash = q.find('/'); slash != std::string::npos) {
        yearText = q.substr(slash + 1);
        q = q.substr(0, slash);
      }
      const int quarter = asQuarter(q);
      if (quarter < 0) continue;
      const int y = yearText.empty() ? yearAfter(w, i + 2, &used) : asYear(yearText);
      if (y < 0) continue;
      p.kind = ReportPeriod::Kind::Quarter;
      p.number = quarter;
      p.year = y;
      p.from = monthBefore15(y, quarter * 3 - 2);
      p.to = CivilDate{y, quarter * 3, 14};
      p.text = joined(w, i, i + 2 + used);
      return p;
    }
    // "tháng 10 năm 2026", "tháng 10/2026"; not "ngày 05 tháng 3 năm 2026", a date
    if (w[i] == "tháng" && i + 1 < w.size() && !(i >= 2 && w[i - 2] == "ngày")) {
      std::string m = w[i + 1], yearText;
      if (const auto slash = m.find('/'); slash != std::string::npos) {
        yearText = m.substr(slash + 1);
        m = m.substr(0, slash);
      }
      const int month = asNumber(m, 2);
      if (month < 1 || month > 12) continue;
      const int y = yearText.empty() ? yearAfter(w, i + 2, &used) : asYear(yearText);
      if (y < 0) continue;
      p.kind = ReportPeriod::Kind::Month;
      p.number = month;
      p.year = y;
      p.from = monthBefore15(y, month);
      p.to = CivilDate{y, month, 14};
      p.text = joined(w, i, i + 2 + used);
      return p;
    }
    // "giai đoạn 2021 - 2025", "giai đoạn 2021-2025"
    if (w[i] == "giai" && i + 2 < w.size() && w[i + 1] == "đoạn") {
      const std::string& a = w[i + 2];
      int first = -1, lastYear = -1;
      std::size_t end = i + 3;
      if (a.size() == 9 && a[4] == '-') {
        first = asYear(a.substr(0, 4));
        lastYear = asYear(a.substr(5));
      } else if (i + 4 < w.size() && (w[i + 3] == "-" || w[i + 3] == "\u2013")) {
        first = asYear(a);
        lastYear = asYear(w[i + 4]);
        end = i + 5;
      }
      if (first < 0 || lastYear < first) continue;
      p.kind = ReportPeriod::Kind::Span;
      p.firstYear = first;
      p.year = lastYear;
      p.text = joined(w, i, end);
      return p;
    }
    // "năm 2026": the year; not in a date ("ngày 05 tháng 3 năm 2026")
    if (w[i] == "năm" && i + 1 < w.size() && asYear(w[i + 1]) > 0 && !(i >= 2 && w[i - 2] == "tháng")) {
      p.kind = ReportPeriod::Kind::Year;
      p.year = asYear(w[i + 1]);
      p.from = CivilDate{p.year - 1, 12, 15};
      p.to = CivilDate{p.year, 12, 14};
      p.text = joined(w, i, i + 2);
      return p;
    }
  }
  return std::nullopt;
}

std::string periodPhrase(ReportPeriod::Kind kind, int number, int year, int firstYear) {
  using Kind = ReportPeriod::Kind;
  if (year < 1000 || year > 9999) return {};
  const std::string y = std::to_string(year);
  switch (kind) {
    case Kind::Month:
      return number >= 1 && number <= 12 ? "tháng " + std::to_string(number) + " năm " + y : std::string();
    case Kind::Quarter: {
      static constexpr const char* kRoman[] = {"I", "II", "III", "IV"};
      return number >= 1 && number <= 4 ? std::string("quý ") + kRoman[number - 1] + " năm " + y : std::string();
    }
    case Kind::FirstHalf: return "6 tháng đầu năm " + y;
    case Kind::SecondHalf: return "6 tháng cuối năm " + y;
    case Kind::NineMonths: return "9 tháng năm " + y;
    case Kind::Year: return "năm " + y;
    case Kind::Span:
      return firstYear >= 1000 && firstYear < year ? "giai đoạn " + std::to_string(firstYear) + " - " + y : std::string();
  }
  return {};
}

namespace rules {
namespace {

int dayKey(const CivilDate& d) { return d.year * 10000 + d.month * 100 + d.day; }

bool samePeriod(const ReportPeriod& a, const ReportPeriod& b) {
  return a.kind == b.kind && a.year == b.year && a.number == b.number && a.firstYear == b.firstYear;
}

}  // namespace

void checkPeriod(const Context& c) {
  if (c.kind.kind != DocKind::BaoCao) return;
  std::optional<ReportPeriod> titled;
  if (c.zones.trichYeu >= 0) titled = periodFromTitle(c.doc.paragraphs[static_cast<std::size_t>(c.zones.trichYeu)].text);
  // the period the wizard was given ("Kỳ báo cáo"), kept in the document: it is the report's own
  std::optional<ReportPeriod> declared;
  if (const auto p = c.doc.properties.find(DocumentProperty::kPeriod); p != c.doc.properties.end())
    declared = periodFromTitle(p->second);
  if (declared && c.zones.trichYeu >= 0 && (!titled || !samePeriod(*titled, *declared)))
    c.add(Rule::PeriodTitle, c.zones.trichYeu,
          {titled ? titled->text : text::collapseSpaces(c.doc.paragraphs[static_cast<std::size_t>(c.zones.trichYeu)].text),
           declared->text});
  auto period = declared ? declared : titled;
  // the window and deadline the wizard was given (a request letter's own), else Decree 09's
  auto property = [&](const char* name) -> std::optional<CivilDate> {
    const auto p = c.doc.properties.find(name);
    if (p == c.doc.properties.end()) return std::nullopt;
    const auto d = parseIsoDate(p->second);
    return d ? std::optional<CivilDate>(*d) : std::nullopt;
  };
  if (period) {
    if (const auto from = property(DocumentProperty::kPeriodFrom)) period->from = from;
    if (const auto to = property(DocumentProperty::kPeriodTo)) period->to = to;
  }
  if (!period || !period->from || !period->to) return;
  const int from = dayKey(*period->from), to = dayKey(*period->to);
  // figures "tính đến ngày …", "số liệu đến ngày …", "từ ngày … đến ngày …"
  for (int i = c.zones.bodyBegin; i < c.zones.bodyEnd; ++i) {
    const std::string& raw = c.doc.paragraphs[static_cast<std::size_t>(i)].text;
    if (!hasDigit(raw)) continue;  // no date here (the raw text may be decomposed: look for digits, not "đến")
    const std::string s = text::foldCase(text::collapseSpaces(raw));
    for (std::size_t at = s.find("đến "); at != std::string::npos; at = s.find("đến ", at + 1)) {
      std::size_t j = at + std::string("đến ").size();
      if (s.compare(j, std::string("hết ").size(), "hết ") == 0) j += std::string("hết ").size();
      if (s.compare(j, std::string("ngày ").size(), "ngày ") == 0) j += std::string("ngày ").size();
      const auto date = readWrittenDate(std::string_view(s).substr(j));
      if (!date || !isValid(date->date)) continue;
      // what the date ends: the figures ("tính đến", "số liệu … đến", "từ ngày … đến"), not a
      // plan's deadline ("hoàn thành đến ngày …")
      const std::size_t clause = s.find_last_of(".;", at);
      const std::string before = s.substr(clause == std::string::npos ? 0 : clause + 1, at - (clause == std::string::npos ? 0 : clause + 1));
      const bool figures = std::string_view(s).substr(0, at).ends_with("tính ") || before.find("số liệu") != std::string::npos ||
                           before.find("từ ngày") != std::string::npos;
      if (!figures) continue;
      const int k = dayKey(date->date);
      if (k < from || k > to)
        c.add(Rule::PeriodFigureDate, i, {s.substr(at, j - at + date->end), period->text, shortDate(*period->from),
                                          shortDate(*period->to)});
    }
  }
  // dated before the window closes, or after the request letter's deadline (when the wizard was given one)
  if (const auto dated = headerDate(c)) {
    const auto deadline = property(DocumentProperty::kDeadline);
    if (dayKey(dated->date) < to)
      c.add(Rule::PeriodReportDate, dated->paragraph, {period->text, shortDate(dated->date), shortDate(*period->to)});
    else if (deadline && dayKey(dated->date) > dayKey(*deadline))
      c.add(Rule::PeriodReportDate, dated->paragraph, MessageId::PeriodAfterDeadline,
            {period->text, shortDate(dated->date), shortDate(*deadline)});
  }
}

}  // namespace rules
}  // namespace baocao::core
