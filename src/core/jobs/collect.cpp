#include "core/jobs/collect.hpp"

#include "core/figures/expression.hpp"
#include "core/figures/figures.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace baocao::core::jobs {
namespace {

// How the column adds up; a formula's figure is computed from the totals instead.
Aggregate aggregateOf(const FigureSlot& s) {
  if (!s.formula.empty()) return Aggregate::None;
  if (s.aggregate != Aggregate::Default) return s.aggregate;
  return s.type == FigureType::Integer || s.type == FigureType::Decimal ? Aggregate::Sum : Aggregate::None;
}

int decimalsOf(const FigureSlot& s) {
  switch (s.type) {
    case FigureType::Integer: return 0;
    case FigureType::Decimal:
    case FigureType::Percent:
    case FigureType::Change: return s.decimals;
    default: return -1;
  }
}

std::string heading(const FigureSlot& s) {
  const std::string label = s.label.empty() ? s.key : s.label;
  const std::string unit = s.type == FigureType::Percent || s.type == FigureType::Change ? std::string("%") : s.unit;
  return unit.empty() ? label : label + " (" + unit + ")";
}

// The template most reports follow (the first of equals in file order).
const ReportTemplate* mostFollowed(const std::vector<CollectedReport>& reports, const Catalog& catalog) {
  std::map<std::string, int> count;
  std::vector<std::string> order;
  for (const auto& r : reports)
    if (r.outcome && !r.outcome->templateId.empty())
      if (count[r.outcome->templateId]++ == 0) order.push_back(r.outcome->templateId);
  const ReportTemplate* best = nullptr;
  int most = 0;
  for (const auto& id : order)
    if (count[id] > most)
      if (const ReportTemplate* t = catalog.find(id)) {
        best = t;
        most = count[id];
      }
  return best;
}

}  // namespace

Collection collect(const std::vector<CollectedReport>& reports, const Catalog& catalog, const ReportTemplate* tmpl,
                   Language lang) {
  Collection out;
  out.tmpl = tmpl != nullptr ? tmpl : mostFollowed(reports, catalog);

  // The columns: the template's figures in its order, then figures it does not name, as first met.
  std::vector<FigureSlot> columns;
  if (out.tmpl != nullptr) columns = allSlots(*out.tmpl);
  std::set<std::string> known;
  for (const auto& c : columns) known.insert(c.key);
  for (const auto& r : reports)
    if (r.outcome)
      for (const auto& f : r.outcome->result.figures)
        if (known.insert(f.key).second) {
          FigureSlot s;
          s.key = f.key;
          s.label = f.label;
          s.unit = f.unit;
          s.type = FigureType::Decimal;
          s.decimals = 2;
          columns.push_back(s);
        }

  auto text = [&](MessageId id, const std::vector<MessageArg>& args = {}) -> std::string { return say(id, args).in(lang); };
  Sheet summary{text(MessageId::CollectSheetSummary), {}, {}};
  Sheet findings{text(MessageId::CollectSheetFindings), {}, {}};
  Sheet sources{text(MessageId::CollectSheetSources), {}, {}};

  const std::vector<MessageId> fixed{MessageId::CollectColumnNo,     MessageId::CollectColumnUnit,
                                     MessageId::CollectColumnNumber, MessageId::CollectColumnDate,
                                     MessageId::CollectColumnFile,   MessageId::CollectColumnTemplate,
                                     MessageId::CollectColumnErrors, MessageId::CollectColumnWarnings,
                                     MessageId::CollectColumnStatus};
  std::vector<Cell> header;
  for (const MessageId id : fixed) header.emplace_back(text(id));
  summary.numberDecimals.assign(fixed.size(), -1);
  summary.numberDecimals[0] = summary.numberDecimals[6] = summary.numberDecimals[7] = 0;
  for (const auto& c : columns) {
    header.emplace_back(heading(c));
    summary.numberDecimals.push_back(decimalsOf(c));
  }
  summary.rows.push_back(std::move(header));
  findings.rows.push_back({text(MessageId::CollectColumnFile), text(MessageId::CollectColumnRule),
                           text(MessageId::CollectColumnSeverity), text(MessageId::CollectColumnMessage),
                           text(MessageId::CollectColumnSection), text(MessageId::CollectColumnParagraph)});
  findings.numberDecimals = {-1, -1, -1, -1, -1, 0};
  sources.rows.push_back({text(MessageId::CollectColumnFile), Cell(std::string("SHA-256")),
                          text(MessageId::CollectColumnTemplate), text(MessageId::CollectColumnStatus)});
  sources.numberDecimals = {-1, -1, -1, -1};

  std::map<std::string, double> sums;
  std::map<std::string, std::string> unitSeenIn;  // folded agency -> the first file naming it
  int number = 0;
  for (const auto& r : reports) {
    ++number;
    std::vector<Cell> row{static_cast<double>(number)};
    std::string status;
    bool counted = false;
    if (!r.outcome) {
      row.insert(row.end(), {Cell(), Cell(), Cell(), r.path, Cell(), Cell(), Cell()});
      status = text(MessageId::CollectStatusUnreadable, {r.problem.in(lang)});
      findings.rows.push_back({r.path, Cell(std::string("file.unreadable")), Cell(std::string(severityName(Severity::Error))),
                               r.problem.in(lang), Cell(), Cell()});
    } else {
      const auto& res = r.outcome->result;
      int errors = 0, warnings = 0;
      bool figureErrors = false;
      for (const auto& f : res.findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        figureErrors = figureErrors || (f.severity == Severity::Error && f.rule.rfind("figure.", 0) == 0);
        findings.rows.push_back({r.path, f.rule, Cell(std::string(severityName(f.severity))), f.message,
                                 f.section.empty() ? Cell() : Cell(f.section),
                                 f.paragraph < 0 ? Cell() : Cell(static_cast<double>(f.paragraph + 1))});
      }
      // a figure in another unit than the template's ("m²" for "ha") is said, and not added up
      std::vector<std::string> otherUnits;
      for (const auto& f : res.figures)
        if (!f.writtenUnit.empty()) {
          otherUnits.push_back(text(MessageId::CollectStatusOtherUnit, {f.label.empty() ? f.key : f.label, f.text + " " + f.writtenUnit, f.unit}));
          findings.rows.push_back({r.path, Cell(std::string("collect.other-unit")), Cell(std::string(severityName(Severity::Error))),
                                   otherUnits.back(), Cell(), Cell(static_cast<double>(f.paragraph + 1))});
        }
      const std::string unitKey = text::foldCase(text::collapseSpaces(res.facts.agency));
      const auto first = unitKey.empty() ? unitSeenIn.end() : unitSeenIn.find(unitKey);
      if (first != unitSeenIn.end()) status = text(MessageId::CollectStatusDuplicate, {first->second});
      else if (!otherUnits.empty()) {
        for (const auto& u : otherUnits) status += (status.empty() ? "" : "; ") + u;
        status += text(MessageId::CollectLeftOut);
      } else if (figureErrors) status = text(MessageId::CollectStatusFigureErrors);
      else {
        counted = true;
        status = text(errors == 0 ? MessageId::CollectStatusValid : MessageId::CollectStatusErrors);
      }
      if (!unitKey.empty()) unitSeenIn.emplace(unitKey, r.path);
      row.insert(row.end(), {res.facts.agency.empty() ? Cell() : Cell(res.facts.agency),
                             res.facts.number.empty() ? Cell() : Cell(res.facts.number),
                             res.facts.date.empty() ? Cell() : Cell(res.facts.date), r.path,
                             r.outcome->templateId.empty() ? Cell() : Cell(r.outcome->templateId),
                             static_cast<double>(errors), static_cast<double>(warnings)});
    }
    row.emplace_back(status);
    std::map<std::string, double> values;
    if (r.outcome)
      for (const auto& f : r.outcome->result.figures) values.emplace(f.key, f.value);
    for (const auto& c : columns) {
      const auto v = values.find(c.key);
      row.push_back(v == values.end() ? Cell() : Cell(v->second));
      if (!counted || v == values.end()) continue;
      switch (aggregateOf(c)) {
        case Aggregate::Sum: sums[c.key] += v->second; break;
        case Aggregate::Min: sums[c.key] = sums.count(c.key) != 0 ? std::min(sums[c.key], v->second) : v->second; break;
        case Aggregate::Max: sums[c.key] = sums.count(c.key) != 0 ? std::max(sums[c.key], v->second) : v->second; break;
        default: break;
      }
    }
    summary.rows.push_back(std::move(row));
    sources.rows.push_back({r.path, r.sha256.empty() ? Cell() : Cell(r.sha256),
                            r.outcome && !r.outcome->templateId.empty() ? Cell(r.outcome->templateId) : Cell(), status});
    if (counted) ++out.counted;
    else out.leftOut.push_back(r.path + ": " + status);
  }

  // The totals: sums of the counted reports; a derived figure computed from the summed parts.
  std::vector<Cell> total(fixed.size());
  total[1] = text(MessageId::CollectTotal);
  total[8] = text(MessageId::CollectCounted, {std::to_string(out.counted), std::to_string(reports.size())});
  auto lookup = [&](std::string_view k) -> std::optional<double> {
    const auto it = sums.find(std::string(k));
    return it == sums.end() ? std::nullopt : std::optional<double>(it->second);
  };
  for (const auto& c : columns) {
    if (aggregateOf(c) != Aggregate::None) {
      const auto v = lookup(c.key);
      total.push_back(v ? Cell(*v) : Cell());
      if (v) out.totals.emplace_back(c, *v);
    } else if (!c.formula.empty()) {
      const auto expr = Expression::parse(c.formula);
      const auto v = expr ? expr->evaluate(lookup) : Result<double>(expr.error());
      total.push_back(v ? Cell(*v) : Cell());
      if (v) out.totals.emplace_back(c, *v);
    } else if (c.type == FigureType::Change) {  // from the summed values, never averaged
      const auto now = lookup(c.of), before = lookup(c.against);
      if (now && before && *before != 0) {
        total.emplace_back((*now - *before) / *before * 100);
        out.totals.emplace_back(c, (*now - *before) / *before * 100);
      } else {
        total.emplace_back();
      }
    } else {
      total.emplace_back();
    }
    // every figure without a total said once in "Lỗi", which the summary's message points to
    if (std::holds_alternative<std::monostate>(total.back())) {
      const bool summable = aggregateOf(c) != Aggregate::None || !c.formula.empty() || c.type == FigureType::Change;
      findings.rows.push_back({Cell(), Cell(std::string("collect.no-total")), Cell(std::string(severityName(Severity::Info))),
                               text(summable ? MessageId::CollectNoTotalNoReport : MessageId::CollectNoTotal,
                                    {c.label.empty() ? c.key : c.label}),
                               Cell(), Cell()});
    }
  }
  summary.rows.push_back(std::move(total));
  summary.keptColumns = 2;  // the number and the reporting unit beside every figure
  findings.keptColumns = sources.keptColumns = 1;  // the file
  out.sheets = {std::move(summary), std::move(findings), std::move(sources)};
  return out;
}

std::string Collection::summary(Language lang, std::size_t listed) const {
  const std::size_t all = static_cast<std::size_t>(counted) + leftOut.size();
  std::string s = say(MessageId::CollectSummary, {std::to_string(all), std::to_string(counted), std::to_string(leftOut.size())}).in(lang);
  for (std::size_t i = 0; i < leftOut.size() && i < listed; ++i) s += "\n  " + leftOut[i];
  if (leftOut.size() > listed)
    s += "\n  " + say(MessageId::CollectMoreLeftOut, {std::to_string(leftOut.size() - listed),
                                                       std::string(message(MessageId::CollectSheetSummary, lang))}).in(lang);
  return s;
}

std::string markedFiguresText(const std::vector<std::string>& labels, Language lang) {
  constexpr std::size_t kListed = 3;
  if (labels.empty()) return {};
  std::string first;
  for (std::size_t i = 0; i < labels.size() && i < kListed; ++i) first += (i == 0 ? "" : ", ") + labels[i];
  if (labels.size() > kListed)
    first = say(MessageId::CollectAndMore, {first, std::to_string(labels.size() - kListed),
                                            std::string(message(MessageId::CollectSheetFindings, lang))}).in(lang);
  return say(MessageId::CollectSummaryMarked, {std::to_string(labels.size()), first}).in(lang);
}

std::string totalsDataFile(const Collection& collection, const std::string& source) {
  Sheet data{"data", {{std::string("key"), std::string("label"), std::string("value"), std::string("unit"),
                       std::string("period"), std::string("source")}}, {}};
  for (const auto& [slot, value] : collection.totals) {
    if (slot.type == FigureType::Change) continue;  // computed again from the figures it compares
    const int decimals = slot.type == FigureType::Integer ? 0 : std::max(0, slot.decimals);
    data.rows.push_back({slot.key, slot.label, text::formatDecimal(value, decimals),
                         slot.type == FigureType::Percent ? std::string("%") : slot.unit, Cell(), source});
  }
  return toCsv(data);
}

Answers summaryAnswers(const ReportTemplate& t, CivilDate today, const std::string& dataFile) {
  Answers a;
  a.templateId = t.id;
  a.dataFile = dataFile;
  for (const auto& in : t.inputs)
    if (in.required) a.inputs[in.id] = in.type == InputType::Date ? isoDate(today) : "[" + in.label + "]";
  return a;
}

std::string toCsv(const Sheet& sheet) {
  std::string out;
  for (const auto& row : sheet.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      if (const auto* s = std::get_if<std::string>(&row[i])) {
        const bool quote = s->find_first_of(",\"\r\n") != std::string::npos;
        if (!quote) {
          out += *s;
          continue;
        }
        out += '"';
        for (const char ch : *s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        out += '"';
      } else if (const auto* d = std::get_if<double>(&row[i])) {
        const int decimals = i < sheet.numberDecimals.size() ? sheet.numberDecimals[i] : -1;
        char buf[64];
        if (decimals >= 0) std::snprintf(buf, sizeof buf, "%.*f", decimals, *d);
        else std::snprintf(buf, sizeof buf, "%.15g", *d);  // as many digits as the value has
        out += buf;
      }
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace baocao::core::jobs
