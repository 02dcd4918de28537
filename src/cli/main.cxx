// baocao: the command-line face of the extension, for IT admins and for the office that checks
// received reports. The jobs are the core's (core/jobs/jobs.hpp) over a Writer document of a
// headless LibreOffice; this file adds only the command line's things: arguments, files, text or
// JSON output, exit codes. It speaks the language of --lang, else of $LANG.
// Exit codes: 0 done, 1 LibreOffice failed (validate: errors found), 2 usage or input error,
// 3 (validate, figures) a file's check ran past --timeout.
#include "cli/office.hxx"
#include "cli/watchdog.hxx"
#include "core/jobs/collect.hpp"
#include "core/jobs/export.hpp"
#include "core/jobs/jobs.hpp"
#include "core/portable.hpp"
#include "uno/document/document_closer.hxx"
#include "uno/document/received_report.hxx"
#include "uno/document/spell_oracle.hxx"
#include "uno/document/package_writer.hxx"
#include "uno/document/spreadsheet_writer.hxx"
#include "uno/document/writer_document.hxx"
#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

namespace css = com::sun::star;
using namespace baocao;
using core::Message;
using core::MessageId;
using core::say;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using uno::prop;

constexpr int kOk = 0, kOfficeFailure = 1, kUsage = 2, kTimedOut = 3;

struct UsageError {
  Message message;
};

struct Args {
  std::string command;
  std::vector<std::string> outputs;
  std::string profileFile, date, number, typeCode, templateId, answersFile, dataFile, format = "text", lang, jobs;
  int timeout = 0;  // validate, figures, collect: seconds a file's check may take; 0 no limit
  std::string id, title;  // template-from
  bool force = false;     // template-from: replace an existing output
  std::vector<std::string> inputs;  // positional arguments
  std::vector<std::string> templateDirs;
  bool layout = false;  // validate: load with a view, for the page-flow rules
  bool electronic = false;  // validate: number and date assigned by the document system
  bool spelling = true;     // validate, export: text.spelling through the office's spell checker
  bool overwrite = false, pdfa = true;  // export
  std::string sign, certDb;             // export: the certificate's name, the NSS database
  cli::OfficeOptions office;
  core::Language language = core::Language::English;  // of what baocao says
};

// $LANG's language: English unless it says Vietnamese.
core::Language environmentLanguage() {
  const char* env = std::getenv("LANG");
  return env != nullptr ? core::languageForLocale(env) : core::Language::English;
}

Args parse(int argc, char** argv) {
  Args a;
  if (argc < 2) throw UsageError{say(MessageId::CliNoCommand)};
  a.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError{say(MessageId::CliNeedsValue, {arg})};
      return argv[++i];
    };
    if (arg == "-o" || arg == "--output") a.outputs.push_back(value());
    else if (arg == "--profile") a.profileFile = value();
    else if (arg == "--date") a.date = value();
    else if (arg == "--number") a.number = value();
    else if (arg == "--type") a.typeCode = value();
    else if (arg == "--connect") a.office.connect = value();
    else if (arg == "--template") a.templateId = value();
    else if (arg == "--answers") a.answersFile = value();
    else if (arg == "--templates") a.templateDirs.push_back(value());
    else if (arg == "--format") a.format = value();
    else if (arg == "--office-profile") a.office.profileDir = value();
    else if (arg == "--data") a.dataFile = value();
    else if (arg == "--lang") a.lang = value();
    else if (arg == "--jobs") a.jobs = value();
    else if (arg == "--timeout") {
      const std::string v = value();
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), a.timeout);
      if (ec != std::errc() || end != v.data() + v.size() || a.timeout < 1 || a.timeout > 86400)
        throw UsageError{say(MessageId::CliTimeoutValue)};
    }
    else if (arg == "--layout") a.layout = true;
    else if (arg == "--id") a.id = value();
    else if (arg == "--title") a.title = value();
    else if (arg == "--force") a.force = true;
    else if (arg == "--electronic") a.electronic = true;
    else if (arg == "--no-spelling") a.spelling = false;
    else if (arg == "--overwrite") a.overwrite = true;
    else if (arg == "--pdfa") a.pdfa = true;
    else if (arg == "--no-pdfa") a.pdfa = false;
    else if (arg == "--sign") a.sign = value();
    else if (arg == "--cert-db") a.certDb = value();
    else if (!arg.starts_with("-")) a.inputs.push_back(arg);
    else throw UsageError{say(MessageId::CliUnknownOption, {arg})};
  }
  if (!a.lang.empty() && a.lang != "vi" && a.lang != "en") throw UsageError{say(MessageId::CliLang)};
  a.language = a.lang == "vi" ? core::Language::Vietnamese : a.lang == "en" ? core::Language::English : environmentLanguage();
  a.office.language = a.language;
  if (a.timeout > 0 && !a.office.connect.empty()) throw UsageError{say(MessageId::CliTimeoutNeedsOwnOffice)};
  return a;
}

std::string filterFor(const std::filesystem::path& out) {
  const std::string ext = out.extension().string();
  if (ext == ".odt") return "writer8";
  if (ext == ".docx") return "MS Word 2007 XML";
  if (ext == ".pdf") return "writer_pdf_Export";
  throw UsageError{say(MessageId::CliOutputType, {out.string()})};
}

std::string readFile(const std::string& path, MessageId cannotRead) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError{say(cannotRead, {path})};
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

core::AgencyProfile profileOf(const Args& a) {
  if (a.profileFile.empty()) return {};
  auto profile = core::profileFromJson(readFile(a.profileFile, MessageId::CliCannotReadProfile), a.profileFile);
  if (!profile) throw UsageError{profile.error().message};
  return *profile;
}

// The templates that come with the command: installed beside it (<prefix>/bin/baocao →
// <prefix>/share/baocao/templates, as the .deb lays it out), else the source tree it was built from.
std::filesystem::path builtInTemplates() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / BAOCAO_INSTALLED_TEMPLATES_DIR;
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return BAOCAO_TEMPLATES_DIR;
}

std::vector<std::filesystem::path> templateFolders(const Args& a) {
  std::vector<std::filesystem::path> dirs;
  if (const char* env = std::getenv("BAOCAO_TEMPLATES"); env != nullptr && *env != '\0') dirs.emplace_back(env);
  else dirs.push_back(builtInTemplates());
  for (const auto& d : a.templateDirs) dirs.emplace_back(d);
  return dirs;
}

core::HeaderRequest headerRequest(const Args& a) {
  core::HeaderRequest r;
  r.profile = profileOf(a);
  r.date = core::today();
  if (!a.date.empty()) {
    auto d = core::parseIsoDate(a.date);
    if (!d) throw UsageError{Message::verbatim("--date: ") + d.error().message};
    r.date = *d;
  }
  r.number = a.number;
  r.setType(a.typeCode);
  return r;
}

// Stores the document to every output, the format chosen by the file's extension.
void storeOutputs(const Args& a, const Reference<css::text::XTextDocument>& doc) {
  for (const auto& o : a.outputs) {
    const auto path = std::filesystem::absolute(o);
    std::filesystem::create_directories(path.parent_path());
    const std::string filter = filterFor(path);
    Sequence<css::beans::PropertyValue> storeArgs(filter == "writer_pdf_Export" ? 3 : 2);
    storeArgs.getArray()[0] = prop("FilterName", css::uno::Any(uno::toOU(filter)));
    storeArgs.getArray()[1] = prop("Overwrite", css::uno::Any(true));
    if (filter == "writer_pdf_Export") {
      // The guidance placeholders print, marked as placeholders, as Writer shows them: left out,
      // each heading of a new skeleton would stand alone above blank space, and an unfilled one
      // in a filled report would go unseen.
      Sequence<css::beans::PropertyValue> pdf(1);
      pdf.getArray()[0] = prop("ExportPlaceholders", css::uno::Any(true));
      storeArgs.getArray()[2] = prop("FilterData", css::uno::Any(pdf));
    }
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(uno::toOU("file://" + path.string()), storeArgs);
    std::cout << say(MessageId::CliWrote, {path.string()}).in(a.language) << '\n';
  }
}

// A new hidden Writer document that closes when this goes out of scope.
class NewDocument {
 public:
  explicit NewDocument(const cli::Office& office)
      : mxDoc(office.desktop()->loadComponentFromURL("private:factory/swriter", "_blank", 0, hidden()), UNO_QUERY_THROW),
        maCloser(mxDoc) {}
  [[nodiscard]] const Reference<css::text::XTextDocument>& get() const { return mxDoc; }

 private:
  static Sequence<css::beans::PropertyValue> hidden() {
    Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0] = prop("Hidden", css::uno::Any(true));
    return args;
  }
  Reference<css::text::XTextDocument> mxDoc;
  uno::DocumentCloser maCloser;
};

void checkOutputs(const Args& a) {
  if (a.outputs.empty()) throw UsageError{say(MessageId::CliNeedsOutput, {a.command})};
  for (const auto& o : a.outputs) (void)filterFor(o);
}

// What went wrong with the figures or the templates, on stderr.
void tellProblems(const std::string& text) {
  if (!text.empty()) std::cerr << "baocao: " << text << '\n';
}

int runHeader(const Args& a) {
  checkOutputs(a);
  const core::HeaderRequest request = headerRequest(a);
  cli::Office office(a.office);
  const NewDocument doc(office);
  uno::WriterDocument document(office.context(), doc.get());
  core::jobs::insertHeader(document, request, a.language);
  storeOutputs(a, doc.get());
  return kOk;
}

// Exit 0; 1 when the data file could not be read (the figures stay marked); 2 when it lacks figures.
int runNew(const Args& a) {
  checkOutputs(a);
  if (a.answersFile.empty()) throw UsageError{say(MessageId::CliNeedsAnswers)};
  auto answers = core::answersFromJson(readFile(a.answersFile, MessageId::CliCannotReadAnswers), a.answersFile);
  if (!answers) throw UsageError{answers.error().message};
  const std::string named = a.templateId.empty() ? answers->templateId : a.templateId;
  if (named.empty()) throw UsageError{say(MessageId::CliNoTemplate)};
  core::Catalog catalog = core::loadCatalog(templateFolders(a));
  const auto id = core::resolveTemplate(catalog, named);
  if (!id) throw UsageError{id.error().message};
  const auto t = core::jobs::findTemplate(catalog, *id);
  if (!t) throw UsageError{t.error().message};
  if (!a.dataFile.empty()) answers->dataFile = a.dataFile;
  auto report = core::jobs::planNewReport(**t, *answers, profileOf(a), core::today(), a.answersFile);
  if (!report) throw UsageError{report.error().message};
  cli::Office office(a.office);
  const NewDocument doc(office);
  uno::WriterDocument document(office.context(), doc.get());
  uno::OfficeDataFiles files(office.context());
  const core::jobs::Inserted inserted = core::jobs::newReport(document, files, *report, a.language);
  storeOutputs(a, doc.get());
  tellProblems(inserted.problems);
  return inserted.dataFileUnreadable ? kOfficeFailure : inserted.figuresMissing > 0 ? kUsage : kOk;
}

// Refreshes the figures of an existing report, like Báo cáo > Cập nhật số liệu without the preview.
int runFill(const Args& a) {
  if (a.inputs.size() != 1) throw UsageError{say(MessageId::CliFillOneDocument)};
  for (const auto& o : a.outputs) (void)filterFor(o);
  const auto input = std::filesystem::absolute(a.inputs.front());
  if (!std::filesystem::is_regular_file(input)) throw UsageError{say(MessageId::CliNoSuchDocument, {input.string()})};
  cli::Office office(a.office);
  Sequence<css::beans::PropertyValue> loadArgs(2);
  loadArgs.getArray()[0] = prop("Hidden", css::uno::Any(true));
  loadArgs.getArray()[1] = prop("MacroExecutionMode", css::uno::Any(sal_Int16(0)));  // NEVER_EXECUTE
  Reference<css::text::XTextDocument> doc(
      office.desktop()->loadComponentFromURL(uno::toOU("file://" + input.string()), "_blank", 0, loadArgs), UNO_QUERY);
  if (!doc.is()) throw UsageError{say(MessageId::CliNotOpenable, {input.string()})};
  const uno::DocumentCloser closer(doc);
  uno::WriterDocument document(office.context(), doc);
  uno::OfficeDataFiles files(office.context());
  auto plan = core::jobs::planRefresh(document, files, a.dataFile, {});
  if (!plan) throw UsageError{Message::verbatim(input.string() + ": ") + plan.error().message};
  const core::jobs::Refreshed done = core::jobs::applyRefresh(document, *plan, a.language);
  std::cout << say(MessageId::CliFiguresChanged, {std::to_string(done.changed), plan->fill.file.provenance.file}).in(a.language)
            << '\n';
  if (a.outputs.empty()) {
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)->store();
    std::cout << say(MessageId::CliWrote, {input.string()}).in(a.language) << '\n';
  }
  storeOutputs(a, doc);
  tellProblems(done.problems);
  return done.problems.empty() ? kOk : kUsage;
}

using uno::CheckedFile;

// The shared reader (uno/document/received_report.hxx) on this office.
uno::OpenedDocument openForReading(const cli::Office& office, const std::filesystem::path& path,
                                   const std::vector<css::beans::PropertyValue>& extra = {}, bool layout = false) {
  return uno::openForReading(office.context(), path, extra, layout);
}

CheckedFile checkFile(const cli::Office& office, const core::Catalog& catalog, core::DataFiles& files,
                      const core::jobs::CheckOptions& options, const std::string& input, bool layout = false) {
  return uno::checkFile(office.context(), catalog, files, options, input, layout);
}

// An office with what is made over it: the data-file cache (the reports of one commune name one
// data file) and the spell checker; all made again when the office dies or is ended by --timeout.
struct Worker {
  std::unique_ptr<cli::Office> office;
  std::unique_ptr<uno::OfficeDataFiles> officeFiles;
  std::unique_ptr<core::CachedDataFiles> files;
  std::unique_ptr<uno::OfficeSpelling> spelling;
  void start(const cli::OfficeOptions& o) {
    stop();
    office = std::make_unique<cli::Office>(o);
    officeFiles = std::make_unique<uno::OfficeDataFiles>(office->context());
    files = std::make_unique<core::CachedDataFiles>(*officeFiles);
    spelling = std::make_unique<uno::OfficeSpelling>(office->context());
  }
  void stop() noexcept {
    spelling.reset();
    files.reset();
    officeFiles.reset();
    office.reset();
  }
};

// One file checked on the worker's office within `seconds` (0: no limit). Past the limit the
// office is ended and the file reported as timed out; an office that died on its own throws, as
// checkFile does. Either way the worker is left without an office, to be started again.
struct TimedCheck {
  CheckedFile checked;
  bool timedOut = false;
};
TimedCheck checkWithin(Worker& worker, const cli::OfficeOptions& officeOptions, const core::Catalog& catalog,
                       core::jobs::CheckOptions options, const std::string& input, bool layout, bool spelling,
                       int seconds) {
  if (!worker.office) worker.start(officeOptions);
  if (spelling) options.spelling = worker.spelling.get();
  TimedCheck result;
  try {
    const cli::Watchdog watchdog(*worker.office, seconds);
    try {
      result.checked = checkFile(*worker.office, catalog, *worker.files, options, input, layout);
    } catch (...) {  // past the limit, whatever a call into the ended office threw
      if (!watchdog.fired()) throw;
    }
    result.timedOut = watchdog.fired();
  } catch (...) {
    worker.stop();
    throw;
  }
  if (result.timedOut) {
    worker.stop();
    result.checked = {std::nullopt, say(MessageId::CliTimedOut, {std::to_string(seconds)}), std::nullopt};
  }
  return result;
}

// The check's options from the command line; `spelling` (the office's spell checker) is asked
// unless --no-spelling: validate and export check alike.
core::jobs::CheckOptions checkOptions(const Args& a, const std::string& templateId, core::SpellingOracle* spelling = nullptr) {
  core::jobs::CheckOptions options;
  options.templateId = templateId;
  options.dataFile = a.dataFile;
  options.language = a.language;
  options.electronic = a.electronic;
  if (a.spelling) options.spelling = spelling;
  return options;
}

// The templates, with the one --template names (an id, or a template file's path, which is loaded
// into the catalog) as `templateId`; empty when none is named.
core::Catalog catalogFor(const Args& a, std::string& templateId) {
  core::Catalog catalog = core::loadCatalog(templateFolders(a));
  templateId.clear();
  if (!a.templateId.empty()) {
    const auto id = core::resolveTemplate(catalog, a.templateId);
    if (!id) throw UsageError{id.error().message};
    if (const auto t = core::jobs::findTemplate(catalog, *id); !t) throw UsageError{t.error().message};
    templateId = *id;
  }
  return catalog;
}

// Validates every file with one office, closing each document after it; files that cannot be
// read are reported and the others still checked.
int runValidate(const Args& a) {
  if (a.inputs.empty()) throw UsageError{say(MessageId::CliValidateNeedsFile)};
  if (a.format != "text" && a.format != "json") throw UsageError{say(MessageId::CliFormat)};
  std::string templateId;
  const core::Catalog catalog = catalogFor(a, templateId);
  Worker worker;  // one office; a new one after a file that ran past --timeout
  worker.start(a.office);
  // one data file for many reports: read once (again by the next office after a timeout)
  if (!a.dataFile.empty())
    if (auto read = worker.files->read(a.dataFile, core::kDataFileTimeout); !read) throw UsageError{read.error().message};
  const core::jobs::CheckOptions options = checkOptions(a, templateId);
  bool fileErrors = false, errors = false, timedOut = false;
  boost::json::array results;
  for (const auto& input : a.inputs) {
    // A package's PDF: its check record is all there is to print (LibreOffice cannot check a PDF).
    if (std::string ext = std::filesystem::path(input).extension().string(); ext == ".pdf" || ext == ".PDF") {
      std::ifstream in(input, std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      const auto record = in ? core::jobs::recordFromPdf(bytes.str()) : std::nullopt;
      if (!record) {
        fileErrors = true;
        const Message why = in ? say(MessageId::ExportNoRecord) : say(MessageId::CliNoSuchFile);
        if (a.format == "json") results.push_back(core::fileErrorJsonObject(input, why.in(a.language)));
        else std::cout << input << ": " << why.in(a.language) << '\n';
        continue;
      }
      errors = errors || record->errors > 0;
      if (a.format == "json") results.push_back(boost::json::object{{"path", input}, {"checkRecord", core::jobs::recordLine(*record)}});
      else std::cout << input << ": " << core::jobs::recordText(*record, a.language);
      continue;
    }
    const TimedCheck timed = checkWithin(worker, a.office, catalog, options, input, a.layout, a.spelling, a.timeout);
    const CheckedFile& checked = timed.checked;
    if (!checked.outcome) {
      (timed.timedOut ? timedOut : fileErrors) = true;
      if (a.format == "json") {
        boost::json::object o = core::fileErrorJsonObject(input, checked.problem.in(a.language));
        if (timed.timedOut) o["timedOut"] = true;
        results.push_back(std::move(o));
      } else std::cout << input << ": " << checked.problem.in(a.language) << '\n';
      continue;
    }
    const core::CheckOutcome& outcome = *checked.outcome;
    errors = errors || !outcome.result.readyToSubmit();
    if (a.format == "json") {
      boost::json::object o = core::fileJsonObject(outcome);
      if (checked.record) o["checkRecord"] = core::jobs::recordLine(*checked.record);
      results.push_back(std::move(o));
    } else {
      std::cout << core::findingsText(outcome, a.language);
      if (checked.record) std::cout << "  " << core::jobs::recordText(*checked.record, a.language);
    }
  }
  if (a.format == "json") {
    boost::json::object root;
    root["files"] = std::move(results);
    std::cout << boost::json::serialize(root) << '\n';
  }
  return timedOut ? kTimedOut : fileErrors ? kUsage : errors ? kOfficeFailure : kOk;
}

// One report's figures, for a provincial system or a spreadsheet: `baocao figures DOC`.
int runFigures(const Args& a) {
  if (a.inputs.size() != 1) throw UsageError{say(MessageId::CliValidateNeedsFile)};
  if (a.format != "text" && a.format != "json" && a.format != "csv") throw UsageError{say(MessageId::CliFormat)};
  std::string templateId;
  const core::Catalog catalog = catalogFor(a, templateId);
  Worker worker;
  worker.start(a.office);
  if (!a.dataFile.empty())
    if (auto read = worker.files->read(a.dataFile, core::kDataFileTimeout); !read) throw UsageError{read.error().message};
  const TimedCheck timed =
      checkWithin(worker, a.office, catalog, checkOptions(a, templateId), a.inputs[0], false, false, a.timeout);
  const CheckedFile& checked = timed.checked;
  if (timed.timedOut) {
    std::cerr << "baocao: " << a.inputs[0] << ": " << checked.problem.in(a.language) << '\n';
    return kTimedOut;
  }
  if (!checked.outcome) throw UsageError{Message::verbatim(a.inputs[0] + ": ") + checked.problem};
  const core::CheckOutcome& outcome = *checked.outcome;
  const core::ReportFacts& facts = outcome.result.facts;
  const auto& figures = outcome.result.figures;
  auto place = [&](const core::StatedFigure& f) {
    return std::string(f.fromField ? "field" : "pattern") + ":" + std::to_string(f.paragraph + 1);
  };
  if (a.format == "json") {
    boost::json::object root;
    root["path"] = a.inputs[0];
    root["template"] = outcome.templateId;
    root["unit"] = facts.agency;
    root["number"] = facts.number;
    root["date"] = facts.date;
    boost::json::array list;
    for (const auto& f : figures)
      list.push_back(boost::json::object{{"key", f.key}, {"label", f.label}, {"value", f.value}, {"text", f.text},
                                         {"unit", f.unit}, {"paragraph", f.paragraph + 1},
                                         {"source", f.fromField ? "field" : "pattern"}});
    root["figures"] = std::move(list);
    std::cout << boost::json::serialize(root) << '\n';
  } else if (a.format == "csv") {
    const core::jobs::Sheet sheet = core::jobs::figuresSheet(outcome);  // as the submission package has them
    std::cout << core::jobs::toCsv(sheet);
  } else {
    std::cout << a.inputs[0] << ": " << facts.agency << (facts.number.empty() ? "" : ", " + facts.number)
              << (facts.date.empty() ? "" : ", " + facts.date) << '\n';
    for (const auto& f : figures)
      std::cout << "  " << f.key << "\t" << f.text << (f.unit.empty() || f.unit == "%" ? "" : " " + f.unit) << "\t"
                << f.label << "\t" << place(f) << '\n';
  }
  if (figures.empty()) {
    tellProblems(say(MessageId::FiguresNone, {a.inputs[0]}).in(a.language));
    return kOfficeFailure;
  }
  return kOk;
}

// The files a collect reads: each file named, and the reports in each folder named (recursively,
// in name order, links not followed).
std::vector<std::string> reportFiles(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(std::filesystem::path(input), ec)) {
      out.push_back(input);
      continue;
    }
    const std::vector<std::string> found = uno::reportFilesIn(input);
    if (found.empty()) throw UsageError{say(MessageId::CollectNoReports, {input})};
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::string sha256OfFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return core::sha256Hex(bytes.str());
}

// Collects received reports into one table: N offices (each its own profile) take files from one
// queue; an office that dies is restarted and the file tried once more, then reported.
int runCollect(const Args& a) {
  if (a.inputs.empty()) throw UsageError{say(MessageId::CollectNeedsFiles)};
  if (a.outputs.size() != 1) throw UsageError{say(MessageId::CollectNeedsOutput)};
  const std::filesystem::path out = a.outputs[0];
  std::string ext = out.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".ods" && ext != ".xlsx" && ext != ".csv") throw UsageError{say(MessageId::CollectOutputType, {out.string()})};
  int jobs = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  if (!a.jobs.empty()) {
    const auto [end, ec] = std::from_chars(a.jobs.data(), a.jobs.data() + a.jobs.size(), jobs);
    if (ec != std::errc() || end != a.jobs.data() + a.jobs.size() || jobs < 1 || jobs > 32)
      throw UsageError{say(MessageId::CollectJobs)};
  }
  if (!a.office.connect.empty()) jobs = 1;  // one office was given
  std::string templateId;
  const core::Catalog catalog = catalogFor(a, templateId);
  const core::ReportTemplate* tmpl = templateId.empty() ? nullptr : catalog.find(templateId);
  const std::vector<std::string> inputs = reportFiles(a.inputs);
  jobs = std::min(jobs, static_cast<int>(inputs.size()));
  const core::jobs::CheckOptions options = checkOptions(a, templateId);

  std::vector<Worker> workers(static_cast<std::size_t>(jobs));
  for (auto& w : workers) w.start(a.office);  // fails early, before any work
  // a data file named that cannot be read is said, not silently left uncompared (as validate)
  if (!a.dataFile.empty())
    if (auto read = workers[0].files->read(a.dataFile, core::kDataFileTimeout); !read) throw UsageError{read.error().message};

  std::vector<core::jobs::CollectedReport> reports(inputs.size());
  std::atomic<std::size_t> next{0}, done{0};
  std::mutex lock;  // stderr
  const bool progress = ::isatty(STDERR_FILENO) != 0;
  const auto start = std::chrono::steady_clock::now();
  // Runs on its own thread: nothing may leave it (an exception out of a thread ends the process).
  auto work = [&](Worker& worker) noexcept {
    for (std::size_t i; (i = next++) < inputs.size();) {
      auto& r = reports[i];
      r.path = inputs[i];
      r.sha256 = sha256OfFile(inputs[i]);
      for (int attempt = 0;; ++attempt) {
        try {
          TimedCheck timed = checkWithin(worker, a.office, catalog, options, inputs[i], false, false, a.timeout);
          r.outcome = std::move(timed.checked.outcome);
          r.problem = timed.checked.problem;  // past --timeout: said, not tried again
          break;
        } catch (const css::uno::RuntimeException& e) {
          // the office died on this file (or the bridge broke): a new one, and one more try
          worker.stop();
          if (attempt == 1) {
            r.problem = say(MessageId::CliOfficeFailed, {uno::toUtf8(e.Message)});
            break;
          }
          std::lock_guard g(lock);
          std::cerr << say(MessageId::CollectOfficeRestarted, {inputs[i]}).in(a.language) << '\n';
        } catch (const std::exception& e) {  // no new office could be started; the next file tries again
          worker.stop();
          r.problem = say(MessageId::CliOfficeFailed, {e.what()});
          break;
        } catch (const css::uno::Exception& e) {
          worker.stop();
          r.problem = say(MessageId::CliOfficeFailed, {uno::toUtf8(e.Message)});
          break;
        }
      }
      const std::size_t n = ++done;
      if (progress) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double rate = seconds > 0 ? static_cast<double>(n) / seconds : 0;
        const auto left = rate > 0 ? static_cast<long>(static_cast<double>(inputs.size() - n) / rate) : 0L;
        char rateText[32];
        std::snprintf(rateText, sizeof rateText, "%.1f", rate);
        std::lock_guard g(lock);
        std::cerr << '\r' << say(MessageId::CollectProgress, {std::to_string(n), std::to_string(inputs.size()), rateText,
                                                               std::to_string(left)}).in(a.language)
                  << "   " << std::flush;
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers.size(); ++w) threads.emplace_back(work, std::ref(workers[w]));
  work(workers[0]);
  for (auto& t : threads) t.join();
  if (progress) std::cerr << '\n';

  const core::jobs::Collection collection = core::jobs::collect(reports, catalog, tmpl, a.language);
  if (ext == ".csv") {
    std::ofstream file(out, std::ios::binary);
    file << core::jobs::toCsv(collection.sheets[0]);
    if (!file.flush()) throw UsageError{say(MessageId::CliCannotWrite, {out.string()})};
  } else {
    if (!workers[0].office) workers[0].start(a.office);
    // with a view (so the file keeps its frozen header) when the office is ours: headless, nothing shows
    uno::writeSpreadsheet(workers[0].office->desktop(), collection.sheets, std::filesystem::absolute(out).string(),
                          ext == ".ods" ? "calc8" : "Calc MS Excel 2007 XML", a.office.connect.empty());
  }
  std::cerr << collection.summary(a.language) << '\n';
  std::cout << say(MessageId::CliWrote, {out.string()}).in(a.language) << '\n';
  return collection.leftOut.empty() ? kOk : kOfficeFailure;
}


// The submission package of one report: checked, stopped with errors left unless --force, then
// the PDF (PDF/A-2b, signed with --sign), the .docx and the figures in one folder named from the
// number and date, inside -o. Exit 0 written; 1 errors left (nothing written) or LibreOffice
// failed; 2 usage, an existing package without --overwrite, a certificate that cannot sign.
int runExport(const Args& a) {
  if (a.inputs.size() != 1 || a.outputs.size() != 1) throw UsageError{say(MessageId::ExportNeedsOutput)};
  const auto input = std::filesystem::absolute(a.inputs.front());
  const auto parent = std::filesystem::absolute(a.outputs.front());
  if (!a.certDb.empty()) {
    // LibreOffice's NSS reads the database named here (the one the signing office uses, or a test's)
    const std::string db = a.certDb.starts_with("sql:") ? a.certDb : "sql:" + std::filesystem::absolute(a.certDb).string();
    ::setenv("MOZILLA_CERTIFICATE_FOLDER", db.c_str(), 1);
  }
  std::string templateId;
  const core::Catalog catalog = catalogFor(a, templateId);
  cli::Office office(a.office);
  uno::OfficeDataFiles officeFiles(office.context());
  core::CachedDataFiles files(officeFiles);
  if (!a.dataFile.empty())
    if (auto read = files.read(a.dataFile, core::kDataFileTimeout); !read) throw UsageError{read.error().message};
  // The certificate first: a wrong name says so before anything is checked or written.
  std::optional<uno::SigningCertificate> certificate;
  if (!a.sign.empty()) {
    const char* store = std::getenv("MOZILLA_CERTIFICATE_FOLDER");
    auto found = uno::findSigningCertificate(office.context(), a.sign, store != nullptr ? store : "");
    if (!found) {
      std::cerr << "baocao: " << found.error().message.in(a.language) << '\n';
      return kUsage;
    }
    certificate = std::move(*found);
  }
  const uno::OpenedDocument opened = openForReading(office, input, {}, true);
  const uno::DocumentCloser closer(opened.component);
  if (!opened.text.is()) throw UsageError{Message::verbatim(input.string() + ": ") + opened.problem};
  uno::WriterDocument document(office.context(), opened.text);
  document.named(a.inputs.front());
  core::jobs::ExportOptions options;
  uno::OfficeSpelling spelling(office.context());
  options.check = checkOptions(a, templateId, &spelling);
  options.force = a.force;
  options.extensionVersion = BAOCAO_VERSION;
  options.now = core::isoUtc(std::time(nullptr));
  options.fallbackName = input.filename().string();
  const core::jobs::ExportPlan plan = core::jobs::planExport(document, catalog, files, options);
  if (!plan.go) {
    std::cerr << plan.stopText(a.language) << "baocao: " << say(MessageId::ExportUseForce).in(a.language) << '\n';
    return kOfficeFailure;
  }
  uno::PackageOptions packageOptions;
  packageOptions.pdfa = a.pdfa;
  packageOptions.overwrite = a.overwrite;
  if (certificate) packageOptions.certificate = certificate->certificate;
  const auto written = uno::writePackage(office.desktop(), opened.text, plan, parent, packageOptions);
  if (!written) {
    std::cerr << "baocao: " << written.error().message.in(a.language) << '\n';
    return kUsage;
  }
  if (plan.record.forced) std::cerr << plan.stopText(a.language);
  std::cout << say(MessageId::ExportWrote, {written->folder.string()}).in(a.language) << '\n';
  for (const auto& f : written->files) std::cout << "  " << f.string() << '\n';
  if (certificate) std::cout << say(MessageId::ExportSigned, {certificate->subject}).in(a.language) << '\n';
  std::cout << core::jobs::recordText(plan.record, a.language);
  return kOk;
}

// A template from the đề cương FILE: written to -o, else ID.json; an existing file is replaced
// only with --force. Exit 0 done; 2 no outline, bad arguments, or the output exists.
int runTemplateFrom(const Args& a) {
  if (a.inputs.size() != 1 || a.outputs.size() > 1) throw UsageError{say(MessageId::CliTemplateFromOneFile)};
  const auto input = std::filesystem::absolute(a.inputs.front());
  auto refuseExisting = [&](const std::filesystem::path& out) {
    if (!a.force && std::filesystem::exists(out)) throw UsageError{say(MessageId::CliOutputExists, {out.string()})};
  };
  if (!std::filesystem::is_regular_file(input)) throw UsageError{say(MessageId::CliNoSuchDocument, {input.string()})};
  if (!a.outputs.empty()) refuseExisting(a.outputs.front());  // before the office starts
  core::OutlineOptions options;
  options.id = a.id;
  options.title = a.title;
  cli::Office office(a.office);
  // a .txt is read as UTF-8: a đề cương pasted from an e-mail
  std::vector<css::beans::PropertyValue> text;
  if (input.extension() == ".txt")
    text = {prop("FilterName", css::uno::Any(uno::toOU("Text (encoded)"))),
            prop("FilterOptions", css::uno::Any(uno::toOU("UTF8,LF,,,")))};
  const uno::OpenedDocument opened = openForReading(office, input, text);
  const uno::DocumentCloser closer(opened.component);
  if (!opened.text.is()) throw UsageError{Message::verbatim(input.string() + ": ") + opened.problem};
  uno::WriterDocument document(office.context(), opened.text);
  document.named(a.inputs.front());
  auto made = core::jobs::templateFromOutline(document, options);
  if (!made) {
    std::cerr << "baocao: " << made.error().message.in(a.language) << '\n';
    return kUsage;
  }
  const std::filesystem::path out =
      a.outputs.empty() ? std::filesystem::path(made->imported.tmpl.id + ".json") : std::filesystem::path(a.outputs.front());
  refuseExisting(out);
  {
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file << made->json;
    if (!file) throw UsageError{say(MessageId::CliCannotWrite, {out.string()})};
  }
  std::cout << made->imported.summary().in(a.language) << '\n';
  if (!made->imported.notes.empty())
    std::cout << say(MessageId::OutlineNotesHeader).in(a.language) << '\n' << made->imported.notesText().in(a.language) << '\n';
  std::cout << say(MessageId::CliWrote, {std::filesystem::absolute(out).string()}).in(a.language) << '\n';
  return kOk;
}

int runTemplates(const Args& a) {
  if (a.format != "text" && a.format != "json") throw UsageError{say(MessageId::CliFormat)};
  const core::Catalog catalog = core::loadCatalog(templateFolders(a));
  boost::json::array list;
  for (const auto& e : catalog.entries) {
    boost::json::object o;
    o["file"] = e.file.string();
    if (e.loaded) {
      o["id"] = e.loaded->id;
      o["title"] = e.loaded->title;
      o["version"] = e.loaded->version;
      if (a.format == "text") std::cout << e.loaded->id << "\t" << e.loaded->version << "\t" << e.loaded->title << '\n';
    } else {
      const std::string error = e.loaded.error().message.in(a.language);
      o["error"] = error;
      if (a.format == "text") {
        std::cout << say(MessageId::CliUnavailable, {e.file.string()}).in(a.language) << '\n';
        std::istringstream lines(error);
        for (std::string line; std::getline(lines, line);) std::cout << "  " << line << '\n';
      }
    }
    list.push_back(std::move(o));
  }
  for (const auto& p : catalog.problems) tellProblems(p.in(a.language));
  if (a.format == "json") {
    boost::json::object root;
    root["templates"] = std::move(list);
    boost::json::array problems;
    for (const auto& p : catalog.problems) problems.push_back(boost::json::string(p.in(a.language)));
    root["problems"] = std::move(problems);
    std::cout << boost::json::serialize(root) << '\n';
  }
  return catalog.entries.empty() ? kUsage : kOk;
}


int runCommand(int argc, char** argv, core::Language& lang) {
  try {
    const Args a = parse(argc, argv);
    lang = a.language;
    if (a.command == "version" || a.command == "--version") {
      std::cout << "baocao " << BAOCAO_VERSION << '\n';
      return kOk;
    }
    if (a.command == "help" || a.command == "--help" || a.command == "-h") {
      std::cout << core::message(MessageId::CliUsage, lang);
      return kOk;
    }
    if (a.command == "header") return runHeader(a);
    if (a.command == "new") return runNew(a);
    if (a.command == "templates") return runTemplates(a);
    if (a.command == "template-from") return runTemplateFrom(a);
    if (a.command == "fill") return runFill(a);
    if (a.command == "validate") return runValidate(a);
    if (a.command == "figures") return runFigures(a);
    if (a.command == "collect") return runCollect(a);
    if (a.command == "export") return runExport(a);
    throw UsageError{say(MessageId::CliUnknownCommand, {a.command})};
  } catch (const UsageError& e) {
    std::cerr << "baocao: " << e.message.in(lang) << "\n\n" << core::message(MessageId::CliUsage, lang);
    return kUsage;
  } catch (const css::uno::Exception& e) {
    std::cerr << "baocao: " << say(MessageId::CliOfficeFailed, {uno::toUtf8(e.Message)}).in(lang) << '\n';
    return kOfficeFailure;
  } catch (const std::exception& e) {
    std::cerr << "baocao: " << e.what() << '\n';
    return kOfficeFailure;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // A write to a closed pipe must be an error, not a death: the office connection is a pipe the
  // office closes as it terminates, and the bridge may still send its last release there; a
  // reader of our output may go away too. Killed by SIGPIPE, the CLI would lose the output it had
  // not flushed and leave its soffice and temporary profile behind (~Office never runs).
#ifdef SIGPIPE
  std::signal(SIGPIPE, SIG_IGN);
#endif
  core::Language lang = environmentLanguage();
  int code = runCommand(argc, argv, lang);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "baocao: " << say(MessageId::CliOutputLost).in(lang) << '\n';
    if (code == kOk) code = kOfficeFailure;
  }
  return code;
}
