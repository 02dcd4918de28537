#include "core/jobs/export.hpp"

#include "core/validation/rule_table.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace baocao::core::jobs {
namespace {

constexpr std::string_view kLinePrefix = "baocao-check:";

// The record's fields: the key in the line, the property's name after "BaoCao.Check.".
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kFields{{
    {"template", "Template"},
    {"rules", "RuleSet"},
    {"errors", "Errors"},
    {"warnings", "Warnings"},
    {"forced", "Forced"},
    {"data", "DataFile"},
    {"sha256", "DataSha256"},
    {"checked", "Time"},
    {"baocao", "Version"},
}};

std::vector<std::pair<std::string_view, std::string>> values(const CheckRecord& r) {
  const std::string tmpl = r.templateId.empty() ? std::string() : r.templateId + " " + r.templateVersion;
  return {{"template", tmpl},
          {"rules", r.ruleSet},
          {"errors", std::to_string(r.errors)},
          {"warnings", std::to_string(r.warnings)},
          {"forced", r.forced ? "yes" : "no"},
          {"data", r.dataFile},
          {"sha256", r.dataSha256},
          {"checked", r.checkedAt},
          {"baocao", r.extensionVersion}};
}

int number(const std::string& s) {
  int n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc() && end == s.data() + s.size() ? n : -1;
}

// Back from key -> value; nullopt when the counts are not numbers (not our record).
std::optional<CheckRecord> fromValues(const std::map<std::string, std::string, std::less<>>& v) {
  auto get = [&](std::string_view key) {
    const auto it = v.find(key);
    return it == v.end() ? std::string() : it->second;
  };
  CheckRecord r;
  const std::string tmpl = get("template");
  if (const auto space = tmpl.rfind(' '); space != std::string::npos) {
    r.templateId = tmpl.substr(0, space);
    r.templateVersion = tmpl.substr(space + 1);
  } else {
    r.templateId = tmpl;
  }
  r.ruleSet = get("rules");
  r.errors = number(get("errors"));
  r.warnings = number(get("warnings"));
  if (r.errors < 0 || r.warnings < 0) return std::nullopt;
  r.forced = get("forced") == "yes";
  r.dataFile = get("data");
  r.dataSha256 = get("sha256");
  r.checkedAt = get("checked");
  r.extensionVersion = get("baocao");
  return r;
}

std::string propertyName(std::string_view property) { return "BaoCao.Check." + std::string(property); }

std::string_view propertyFor(std::string_view key) {
  for (const auto& [k, property] : kFields)
    if (k == key) return property;
  return {};
}

// The file's name without its folder, for either kind of separator (a report made on Windows).
std::string baseName(const std::string& path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A name Windows accepts: the forbidden characters and control characters become '-', runs of
// '-' and spaces one '-', none at either end, no trailing dot, no device name.
std::string windowsSafe(std::string_view in) {
  std::string out;
  for (const char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    const bool bad = c < 0x20 || c == 0x7F || std::string_view("\\/:*?\"<>|").find(ch) != std::string_view::npos;
    const char put = bad || ch == ' ' ? '-' : ch;
    if (put == '-' && (out.empty() || out.back() == '-')) continue;
    out += put;
  }
  while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
  std::string upper;
  for (const char ch : out.substr(0, out.find('.')))
    upper += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
  static constexpr std::array<std::string_view, 4> kDevices{"CON", "PRN", "AUX", "NUL"};
  const bool device = std::find(kDevices.begin(), kDevices.end(), upper) != kDevices.end() ||
                      (upper.size() == 4 && (upper.starts_with("COM") || upper.starts_with("LPT")) && upper[3] >= '1' &&
                       upper[3] <= '9');
  if (device) out += '_';
  return out;
}

}  // namespace

std::string ruleSetVersion() {
  std::string all;
  for (const RuleInfo& r : ruleTable()) {
    all += r.code;
    all += ':';
    all += severityName(r.severity);
    all += '\n';
  }
  return std::to_string(ruleTable().size()) + "." + sha256Hex(all).substr(0, 8);
}

std::vector<std::pair<std::string, std::string>> recordProperties(const CheckRecord& record) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [key, value] : values(record)) out.emplace_back(propertyName(propertyFor(key)), value);
  return out;
}

std::optional<CheckRecord> recordFromProperties(const std::map<std::string, std::string>& properties) {
  std::map<std::string, std::string, std::less<>> v;
  bool any = false;
  for (const auto& [key, ignored] : values(CheckRecord{})) {
    const auto it = properties.find(propertyName(propertyFor(key)));
    if (it == properties.end()) continue;
    v.emplace(std::string(key), it->second);
    any = true;
  }
  if (!any) return std::nullopt;
  return fromValues(v);
}

std::optional<CheckRecord> recordedCheck(ReportDocument& doc) {
  std::map<std::string, std::string> properties;
  for (const auto& [key, property] : kFields)
    if (std::string value = doc.property(propertyName(property)); !value.empty()) properties.emplace(propertyName(property), value);
  return recordFromProperties(properties);
}

std::optional<CheckRecord> recordFromPdf(std::string_view pdf) {
  constexpr std::string_view open = "<pdf:Keywords>", close = "</pdf:Keywords>";
  const auto at = pdf.find(open);
  if (at == std::string_view::npos) return std::nullopt;
  const auto end = pdf.find(close, at);
  if (end == std::string_view::npos) return std::nullopt;
  std::string text(pdf.substr(at + open.size(), end - at - open.size()));
  // the XML escapes LibreOffice writes
  for (const auto& [escaped, plain] : std::array<std::pair<std::string_view, std::string_view>, 5>{
           {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}})
    for (std::size_t i = text.find(escaped); i != std::string::npos; i = text.find(escaped, i + plain.size()))
      text.replace(i, escaped.size(), plain);
  return recordFromLine(text);
}

std::string recordLine(const CheckRecord& record) {
  std::string out(kLinePrefix);
  for (const auto& [key, value] : values(record)) {
    std::string clean = value;  // a value never holds the separator
    std::replace(clean.begin(), clean.end(), ';', ',');
    out += " " + std::string(key) + "=" + clean + ";";
  }
  out.pop_back();
  return out;
}

std::optional<CheckRecord> recordFromLine(std::string_view text) {
  const auto at = text.find(kLinePrefix);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view rest = text.substr(at + kLinePrefix.size());
  std::map<std::string, std::string, std::less<>> v;
  while (!rest.empty()) {
    const auto end = rest.find(';');
    std::string_view item = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    const auto eq = item.find('=');
    if (eq == std::string_view::npos) break;  // the line ended (other keywords may follow)
    v.emplace(std::string(item.substr(0, eq)), std::string(item.substr(eq + 1)));
  }
  return fromValues(v);
}

std::string recordText(const CheckRecord& r, Language lang) {
  auto line = [&](MessageId id, const std::vector<std::string>& args) { return "  " + format(message(id, lang), args) + "\n"; };
  std::string s = format(message(MessageId::ExportRecordHeader, lang), r.extensionVersion) + "\n";
  s += line(MessageId::ExportRecordTemplate,
            {r.templateId.empty() ? std::string("-") : r.templateId + " " + r.templateVersion});
  s += line(MessageId::ExportRecordRules, {r.ruleSet});
  s += line(MessageId::ExportRecordErrors, {std::to_string(r.errors)});
  s += line(MessageId::ExportRecordWarnings, {std::to_string(r.warnings)});
  if (r.forced) s += line(MessageId::ExportRecordForced, {});
  s += line(MessageId::ExportRecordData, {r.dataFile.empty() ? std::string("-") : r.dataFile, r.dataSha256});
  s += line(MessageId::ExportRecordTime, {r.checkedAt});
  return s;
}

std::string packageName(const ReportFacts& facts, std::string_view fallback) {
  std::string name = windowsSafe(facts.number);
  if (name.find_first_of("0123456789") == std::string::npos) {
    // an electronic report's number is left for the document system: the document's own name
    std::string stem(fallback);
    if (const auto dot = stem.rfind('.'); dot != std::string::npos && dot > 0) stem.resize(dot);
    name = windowsSafe(stem);
  }
  if (!facts.date.empty()) name += (name.empty() ? "" : "_") + facts.date;
  if (name.empty()) name = "bao-cao";
  return name;
}

Sheet figuresSheet(const CheckOutcome& outcome) {
  const ReportFacts& facts = outcome.result.facts;
  Sheet sheet{"figures",
              {{std::string("key"), std::string("label"), std::string("value"), std::string("text"), std::string("unit"),
                std::string("unit_of_reporting"), std::string("number"), std::string("date"), std::string("found")}},
              {}};
  for (const auto& f : outcome.result.figures)
    sheet.rows.push_back({f.key, f.label, f.value, f.text, f.unit, facts.agency, facts.number, facts.date,
                          std::string(f.fromField ? "field" : "pattern") + ":" + std::to_string(f.paragraph + 1)});
  return sheet;
}

std::string ExportPlan::stopText(Language lang) const {
  std::string s = format(message(MessageId::ExportErrorsLeft, lang), std::to_string(record.errors)) + "\n";
  for (const auto& f : outcome.result.findings)
    if (f.severity == Severity::Error) s += "  " + f.rule + ": " + f.message + "\n";
  return s;
}

ExportPlan planExport(ReportDocument& doc, const Catalog& catalog, DataFiles& files, const ExportOptions& options) {
  ExportPlan plan;
  plan.outcome = check(doc, catalog, files, options.check);
  const ValidationResult& result = plan.outcome.result;
  CheckRecord& r = plan.record;
  if (!plan.outcome.templateId.empty()) {
    r.templateId = plan.outcome.templateId;
    if (const ReportTemplate* t = catalog.find(plan.outcome.templateId)) r.templateVersion = t->version;
  }
  r.ruleSet = ruleSetVersion();
  r.errors = result.errorCount();
  r.warnings = static_cast<int>(std::count_if(result.findings.begin(), result.findings.end(),
                                              [](const Finding& f) { return f.severity == Severity::Warning; }));
  // The data file the figures were compared with: the one given (read again from the cache the
  // faces keep, or from the disk), else the one the document records of its last fill.
  if (!options.check.dataFile.empty()) {
    if (auto read = files.read(options.check.dataFile, kDataFileTimeout)) {
      r.dataFile = baseName(read->provenance.file);
      r.dataSha256 = read->provenance.sha256;
    }
  } else if (const auto recorded = recordedProvenance(doc)) {
    r.dataFile = baseName(recorded->file);
    r.dataSha256 = recorded->sha256;
  }
  r.checkedAt = options.now;
  r.extensionVersion = options.extensionVersion;
  r.forced = r.errors > 0 && options.force;
  plan.go = r.errors == 0 || options.force;
  plan.folderName = packageName(result.facts, options.fallbackName);

  const ReportFacts& facts = result.facts;
  const std::string typeName(docKindInfo(result.kind.kind).name);
  plan.pdf.subject = facts.subject;
  plan.pdf.title = typeName.empty() ? facts.subject : facts.subject.empty() ? typeName : typeName + " " + facts.subject;
  plan.pdf.author = facts.agency;
  plan.figures = figuresSheet(plan.outcome);
  return plan;
}

}  // namespace baocao::core::jobs
