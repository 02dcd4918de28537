// baocao: the command-line face of the extension, for IT admins and for the office that checks
// received reports. Exit codes: 0 done, 1 LibreOffice failed (validate: errors found), 2 usage or input error.
#include "cli/office.hxx"
#include "core/jobs/jobs.hpp"
#include "uno/document/document_closer.hxx"
#include "uno/document/writer_document.hxx"
#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <boost/json.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace css = com::sun::star;
using namespace baocao;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using uno::prop;

constexpr int kOk = 0, kOfficeFailure = 1, kUsage = 2;

struct UsageError {
  std::string message;
};

const char* const kUsageText =
    "usage: baocao <command> [options]\n"
    "\n"
    "commands:\n"
    "  header -o OUT [-o OUT…] [--profile FILE.json] [--date YYYY-MM-DD] [--number N] [--type CODE]\n"
    "        write a new document holding the Decree 30 header; OUT ends in .odt, .docx or .pdf\n"
    "  new --template ID --answers FILE.json -o OUT [-o OUT…] [--profile FILE.json] [--data FILE]\n"
    "        write the report skeleton of a template, filled with the answers (and the figures of the data file;\n"
    "        a data file that cannot be read leaves the figures marked, and the exit code is 1)\n"
    "  fill DOC [--data FILE] [-o OUT…]\n"
    "        refresh the figures of a report from the data file (.ods, .xlsx, .xls, .csv; default: the one of\n"
    "        its last fill); without -o, DOC is updated in place. Figures the file lacks are marked in the\n"
    "        text, listed, and the exit code is 2\n"
    "  validate [--template ID] [--data FILE] [--format text|json] [--lang vi|en] FILE…\n"
    "        check reports (.odt, .docx, .doc) before submission: structure, Decree 30 layout, figures (against\n"
    "        FILE, else the data file of each report's last fill when it can be read), dates, Vietnamese text.\n"
    "        Exit 0: no errors; 1: errors found; 2: a file could not be read, or bad usage\n"
    "  templates [--format text|json]\n"
    "        list the templates found, and the ones that fail to load with their error\n"
    "  (--templates DIR adds a templates folder; default: $BAOCAO_TEMPLATES or the built-in folder)\n"
    "  version\n"
    "\n"
    "office options (any command):\n"
    "  --connect UNO-CONNECTION   use a running office, e.g. socket,host=127.0.0.1,port=2002\n"
    "  --office-profile DIR       user profile for the office baocao starts (default: a fresh temporary one)\n";

struct Args {
  std::string command;
  std::vector<std::string> outputs;
  std::string profileFile, date, number, typeCode, templateId, answersFile, dataFile, format = "text", lang;
  std::vector<std::string> inputs;  // positional arguments
  std::vector<std::string> templateDirs;
  cli::OfficeOptions office;
};

Args parse(int argc, char** argv) {
  Args a;
  if (argc < 2) throw UsageError{"no command given"};
  a.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
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
    else if (!arg.starts_with("-")) a.inputs.push_back(arg);
    else throw UsageError{"unknown option " + arg};
  }
  return a;
}

// The language of what the command says: --lang, else $LANG (English unless it says Vietnamese).
core::Language languageOf(const Args& a) {
  if (!a.lang.empty() && a.lang != "vi" && a.lang != "en") throw UsageError{"--lang must be vi or en"};
  if (a.lang == "vi") return core::Language::Vietnamese;
  if (const char* env = std::getenv("LANG"); a.lang.empty() && env != nullptr) return core::languageForLocale(env);
  return core::Language::English;
}

std::string filterFor(const std::filesystem::path& out) {
  const std::string ext = out.extension().string();
  if (ext == ".odt") return "writer8";
  if (ext == ".docx") return "MS Word 2007 XML";
  if (ext == ".pdf") return "writer_pdf_Export";
  throw UsageError{out.string() + ": unsupported output type (use .odt, .docx or .pdf)"};
}

std::string readFile(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError{path + ": cannot read the " + what};
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

core::AgencyProfile profileOf(const Args& a) {
  if (a.profileFile.empty()) return {};
  auto profile = core::profileFromJson(readFile(a.profileFile, "profile file"), a.profileFile);
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
    if (!d) throw UsageError{"--date: " + d.error().message};
    r.date = *d;
  }
  r.number = a.number;
  r.typeCode = a.typeCode;
  return r;
}

// Stores the document to every output, the format chosen by the file's extension.
void storeOutputs(const Reference<css::text::XTextDocument>& doc, const std::vector<std::string>& outputs) {
  for (const auto& o : outputs) {
    const auto path = std::filesystem::absolute(o);
    std::filesystem::create_directories(path.parent_path());
    Sequence<css::beans::PropertyValue> storeArgs(2);
    storeArgs.getArray()[0] = prop("FilterName", css::uno::Any(uno::toOU(filterFor(path))));
    storeArgs.getArray()[1] = prop("Overwrite", css::uno::Any(true));
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(uno::toOU("file://" + path.string()), storeArgs);
    std::cout << "wrote " << path.string() << '\n';
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
  if (a.outputs.empty()) throw UsageError{a.command + " needs at least one -o OUT"};
  for (const auto& o : a.outputs) (void)filterFor(o);
}

int runHeader(const Args& a) {
  checkOutputs(a);
  const core::HeaderRequest request = headerRequest(a);
  cli::Office office(a.office);
  const NewDocument doc(office);
  uno::WriterDocument document(office.context(), doc.get());
  core::jobs::insertHeader(document, request, languageOf(a));
  storeOutputs(doc.get(), a.outputs);
  return kOk;
}

// Exit 0; 1 when the data file could not be read (the figures stay marked); 2 when it lacks figures.
int runNew(const Args& a) {
  checkOutputs(a);
  const core::Language lang = languageOf(a);
  if (a.answersFile.empty()) throw UsageError{"new needs --answers FILE.json"};
  auto answers = core::answersFromJson(readFile(a.answersFile, "answers file"), a.answersFile);
  if (!answers) throw UsageError{answers.error().message};
  const std::string id = a.templateId.empty() ? answers->templateId : a.templateId;
  if (id.empty()) throw UsageError{"no template: give --template ID or \"template\" in the answers file"};
  const core::Catalog catalog = core::loadCatalog(templateFolders(a));
  const auto t = core::jobs::findTemplate(catalog, id, lang);
  if (!t) throw UsageError{t.error().message};
  if (!a.dataFile.empty()) answers->dataFile = a.dataFile;
  auto report = core::jobs::planNewReport(**t, *answers, profileOf(a), core::today(), a.answersFile);
  if (!report) throw UsageError{report.error().message};
  cli::Office office(a.office);
  const NewDocument doc(office);
  uno::WriterDocument document(office.context(), doc.get());
  uno::OfficeDataFiles files(office.context());
  const core::jobs::Inserted inserted = core::jobs::newReport(document, files, *report, lang);
  storeOutputs(doc.get(), a.outputs);
  if (!inserted.problems.empty()) std::cerr << "baocao: " << inserted.problems << '\n';
  return inserted.dataFileUnreadable ? kOfficeFailure : inserted.figuresMissing > 0 ? kUsage : kOk;
}

// Refreshes the figures of an existing report, like Báo cáo > Cập nhật số liệu without the preview.
int runFill(const Args& a) {
  if (a.inputs.size() != 1) throw UsageError{"fill needs exactly one DOC"};
  for (const auto& o : a.outputs) (void)filterFor(o);
  const core::Language lang = languageOf(a);
  const auto input = std::filesystem::absolute(a.inputs.front());
  if (!std::filesystem::is_regular_file(input)) throw UsageError{input.string() + ": no such document"};
  cli::Office office(a.office);
  Sequence<css::beans::PropertyValue> loadArgs(2);
  loadArgs.getArray()[0] = prop("Hidden", css::uno::Any(true));
  loadArgs.getArray()[1] = prop("MacroExecutionMode", css::uno::Any(sal_Int16(0)));  // NEVER_EXECUTE
  Reference<css::text::XTextDocument> doc(
      office.desktop()->loadComponentFromURL(uno::toOU("file://" + input.string()), "_blank", 0, loadArgs), UNO_QUERY);
  if (!doc.is()) throw UsageError{input.string() + ": not a text document LibreOffice can open"};
  const uno::DocumentCloser closer(doc);
  uno::WriterDocument document(office.context(), doc);
  uno::OfficeDataFiles files(office.context());
  auto plan = core::jobs::planRefresh(document, files, a.dataFile, {}, lang);
  if (!plan) throw UsageError{input.string() + ": " + plan.error().message};
  const core::jobs::Refreshed done = core::jobs::applyRefresh(document, *plan, lang);
  std::cout << done.changed << " figure(s) changed from " << plan->fill.file.provenance.file << '\n';
  if (a.outputs.empty()) {
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)->store();
    std::cout << "wrote " << input.string() << '\n';
  }
  storeOutputs(doc, a.outputs);
  if (!done.problems.empty()) std::cerr << "baocao: " << done.problems << '\n';
  return done.problems.empty() ? kOk : kUsage;
}

const char* const kPasswordProtected = "protected by a password; ask the sender for an unprotected copy";

// Answers every question LibreOffice asks while loading with "abort" (nobody is there to type a
// password or pick a filter), remembering whether it asked for a password.
class AbortingInteraction : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
 public:
  bool passwordAsked = false;
  void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
    css::task::PasswordRequest password;
    if (request->getRequest() >>= password) passwordAsked = true;
    for (const auto& c : request->getContinuations())
      if (Reference<css::task::XInteractionAbort> abort(c, UNO_QUERY); abort.is()) {
        abort->select();
        return;
      }
  }
};

// Why LibreOffice could not open a file: an encrypted .docx is an OLE container, not a zip.
std::string unreadableReason(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4, '\0');
  in.read(head.data(), 4);
  if (head == "\xD0\xCF\x11\xE0" && path.extension() == ".docx") return kPasswordProtected;
  return "LibreOffice cannot open it as a text document (damaged, or not a report)";
}

// LibreOffice opens almost anything as plain text, so a damaged .odt or .docx would be "validated"
// as a page of garbage: check that the file is the container its name says first.
std::string containerProblem(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::ifstream in(path, std::ios::binary);
  std::string head(4, '\0');
  in.read(head.data(), 4);
  const bool zip = head.rfind("PK\x03\x04", 0) == 0;
  const bool ole = head == "\xD0\xCF\x11\xE0";
  if ((ext == ".odt" || ext == ".docx") && !zip) return ole && ext == ".docx" ? unreadableReason(path) : "damaged: not a " + ext + " file";
  if (ext == ".doc" && !ole) return "damaged: not a .doc file";
  if (ext != ".odt" && ext != ".docx" && ext != ".doc" && ext != ".fodt" && ext != ".rtf" && ext != ".txt")
    return "unsupported file type (validate reads .odt, .docx and .doc)";
  return {};
}

// Validates every file with one office, closing each document after it; files that cannot be
// read are reported and the others still checked.
int runValidate(const Args& a) {
  if (a.inputs.empty()) throw UsageError{"validate needs at least one FILE"};
  if (a.format != "text" && a.format != "json") throw UsageError{"--format must be text or json"};
  const core::Language lang = languageOf(a);
  const core::Catalog catalog = core::loadCatalog(templateFolders(a));
  if (!a.templateId.empty() && catalog.find(a.templateId) == nullptr)
    throw UsageError{"no template \"" + a.templateId + "\"" + catalog.unavailableText()};
  cli::Office office(a.office);
  uno::OfficeDataFiles officeFiles(office.context());
  core::CachedDataFiles files(officeFiles);  // one data file for many reports: read once
  if (!a.dataFile.empty())
    if (auto read = files.read(a.dataFile, core::kDataFileTimeout); !read) throw UsageError{read.error().message};
  core::jobs::CheckOptions options;
  options.templateId = a.templateId;
  options.dataFile = a.dataFile;
  options.language = lang;
  bool fileErrors = false, errors = false;
  boost::json::array results;
  for (const auto& input : a.inputs) {
    const auto path = std::filesystem::absolute(input);
    auto failed = [&](const std::string& why) {
      fileErrors = true;
      if (a.format == "json") results.push_back(core::fileErrorJsonObject(input, why));
      else std::cout << input << ": " << why << '\n';
    };
    if (!std::filesystem::is_regular_file(path)) {
      failed("no such file");
      continue;
    }
    if (const std::string bad = containerProblem(path); !bad.empty()) {
      failed(bad);
      continue;
    }
    rtl::Reference<AbortingInteraction> interaction(new AbortingInteraction);
    Sequence<css::beans::PropertyValue> loadArgs(4);
    auto* l = loadArgs.getArray();
    l[0] = prop("InteractionHandler", css::uno::Any(Reference<css::task::XInteractionHandler>(interaction.get())));
    l[1] = prop("ReadOnly", css::uno::Any(true));
    l[2] = prop("MacroExecutionMode", css::uno::Any(sal_Int16(0)));  // NEVER_EXECUTE
    l[3] = prop("UpdateDocMode", css::uno::Any(sal_Int16(0)));       // NO_UPDATE
    // The model alone: the reader needs no layout, and a view would have Writer format every
    // page of every report and keep the caches that formatting fills.
    Reference<css::lang::XComponent> component;
    try {
      component = office.loadModel("file://" + path.string(), loadArgs);
    } catch (const css::uno::Exception&) {
      // Said below: a file LibreOffice cannot load is reported like one no filter recognises.
    }
    Reference<css::text::XTextDocument> doc(component, UNO_QUERY);
    const uno::DocumentCloser closer(component);
    if (!doc.is()) {
      failed(interaction->passwordAsked ? kPasswordProtected
                                        : component.is() ? "not a text document" : unreadableReason(path));
      continue;
    }
    uno::WriterDocument document(office.context(), doc);
    document.named(input);
    const core::CheckOutcome outcome = core::jobs::check(document, catalog, files, options);
    errors = errors || !outcome.result.readyToSubmit();
    if (a.format == "json") results.push_back(core::fileJsonObject(outcome));
    else std::cout << core::findingsText(outcome, lang);
  }
  if (a.format == "json") {
    boost::json::object root;
    root["files"] = std::move(results);
    std::cout << boost::json::serialize(root) << '\n';
  }
  return fileErrors ? kUsage : errors ? kOfficeFailure : kOk;
}

int runTemplates(const Args& a) {
  if (a.format != "text" && a.format != "json") throw UsageError{"--format must be text or json"};
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
      o["error"] = e.loaded.error().message;
      if (a.format == "text") {
        std::cout << "unavailable: " << e.file.string() << '\n';
        std::istringstream lines(e.loaded.error().message);
        for (std::string line; std::getline(lines, line);) std::cout << "  " << line << '\n';
      }
    }
    list.push_back(std::move(o));
  }
  for (const auto& p : catalog.problems) std::cerr << "baocao: " << p << '\n';
  if (a.format == "json") {
    boost::json::object root;
    root["templates"] = std::move(list);
    boost::json::array problems;
    for (const auto& p : catalog.problems) problems.push_back(boost::json::string(p));
    root["problems"] = std::move(problems);
    std::cout << boost::json::serialize(root) << '\n';
  }
  return catalog.entries.empty() ? kUsage : kOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Args a = parse(argc, argv);
    if (a.command == "version" || a.command == "--version") {
      std::cout << "baocao " << BAOCAO_VERSION << '\n';
      return kOk;
    }
    if (a.command == "help" || a.command == "--help" || a.command == "-h") {
      std::cout << kUsageText;
      return kOk;
    }
    if (a.command == "header") return runHeader(a);
    if (a.command == "new") return runNew(a);
    if (a.command == "templates") return runTemplates(a);
    if (a.command == "fill") return runFill(a);
    if (a.command == "validate") return runValidate(a);
    throw UsageError{"unknown command " + a.command};
  } catch (const UsageError& e) {
    std::cerr << "baocao: " << e.message << "\n\n" << kUsageText;
    return kUsage;
  } catch (const css::uno::Exception& e) {
    std::cerr << "baocao: LibreOffice failed: " << uno::toUtf8(e.Message) << '\n';
    return kOfficeFailure;
  } catch (const std::exception& e) {
    std::cerr << "baocao: " << e.what() << '\n';
    return kOfficeFailure;
  }
}
