#include "uno/component/commands.hxx"

#include "core/figures/figures.hpp"
#include "core/jobs/collect.hpp"
#include "core/jobs/export.hpp"
#include "core/jobs/jobs.hpp"
#include "core/portable.hpp"
#include "uno/component/names.hxx"
#include "uno/component/report_check.hxx"
#include "uno/document/received_report.hxx"
#include "uno/document/spreadsheet_writer.hxx"
#include "uno/document/package_writer.hxx"
#include "uno/document/spell_oracle.hxx"
#include "uno/document/writer_document.hxx"
#include "uno/property_values.hxx"
#include "uno/ui/dialog_support.hxx"
#include "uno/ui/export_dialog.hxx"
#include "uno/ui/figure_preview.hxx"
#include "uno/ui/findings_dialog.hxx"
#include "uno/ui/message_box.hxx"
#include "uno/ui/outline_review.hxx"
#include "uno/ui/progress_dialog.hxx"
#include "uno/ui/report_wizard.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <com/sun/star/uno/RuntimeException.hpp>

#include <osl/file.hxx>

#include <atomic>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::frame::XModel> modelOf(const Reference<css::frame::XFrame>& frame) {
  if (!frame.is()) return {};
  Reference<css::frame::XController> controller = frame->getController();
  return controller.is() ? controller->getModel() : Reference<css::frame::XModel>();
}

Reference<css::text::XTextDocument> textDocumentOf(const Reference<css::frame::XFrame>& frame) {
  return Reference<css::text::XTextDocument>(modelOf(frame), UNO_QUERY);
}

const css::uno::Any* findArg(const CommandEnv& env, const char* name) { return findValue(env.args, name); }

bool boolArg(const CommandEnv& env, const char* name) {
  bool v = false;
  if (const auto* a = findArg(env, name)) *a >>= v;
  return v;
}

std::string stringArg(const CommandEnv& env, const char* name) {
  OUString v;
  if (const auto* a = findArg(env, name)) *a >>= v;
  return toCore(v);
}

// Refusals are expected outcomes, not failures: the user is told why and nothing changes.
CommandOutcome refuse(const CommandEnv& env, const core::Message& why) {
  const OUString msg = toOU(why.in(env.language));
  showMessage(env.ctx, env.frame, MessageKind::Warning, msg);
  return {false, msg};
}

// The document a text-inserting command may change, or the refusal to give the user.
struct Target {
  Reference<css::text::XTextDocument> doc;
  std::optional<CommandOutcome> refusal;
};

Target writableTextDocument(const CommandEnv& env) {
  Target t{textDocumentOf(env.frame), std::nullopt};
  if (!t.doc.is())
    t.refusal = refuse(env, core::say(core::MessageId::NotATextDocument));
  else if (Reference<css::frame::XStorable>(t.doc, UNO_QUERY_THROW)->isReadonly())
    t.refusal = refuse(env, core::say(core::MessageId::ReadOnlyDocument));
  return t;
}

Reference<css::text::XTextRange> cursorPosition(const Reference<css::text::XTextDocument>& doc) {
  Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
  Reference<css::text::XTextViewCursorSupplier> views(model->getCurrentController(), UNO_QUERY_THROW);
  return views->getViewCursor()->getStart();
}

// The frame's status bar, for a job's progress.
Reference<css::task::XStatusIndicator> progressOf(const CommandEnv& env) {
  if (Reference<css::task::XStatusIndicatorFactory> f(env.frame, UNO_QUERY); f.is()) return f->createStatusIndicator();
  return {};
}

// What a job says, with a warning box when it says something went wrong.
CommandOutcome tell(const CommandEnv& env, const std::string& summary, const std::string& problems) {
  if (problems.empty()) return {true, toOU(summary)};
  const std::string text = summary + "\n" + problems;
  showMessage(env.ctx, env.frame, MessageKind::Warning, toOU(text));
  return {true, toOU(text)};
}

// The commands that write into a Writer document: enabled only there, titled by their undo text.
class TextDocumentCommand : public Command {
 public:
  explicit TextDocumentCommand(core::MessageId titleId) : mnTitle(titleId) {}
  std::string title(core::Language lang) const override { return std::string(core::message(mnTitle, lang)); }
  bool isEnabled(const CommandEnv& env) const override { return textDocumentOf(env.frame).is(); }

 private:
  core::MessageId mnTitle;
};

class InsertHeaderCommand final : public TextDocumentCommand {
 public:
  InsertHeaderCommand() : TextDocumentCommand(core::MessageId::UndoInsertHeader) {}

  CommandOutcome execute(const CommandEnv& env) override {
    const Target target = writableTextDocument(env);
    if (target.refusal) return *target.refusal;

    core::HeaderRequest request;
    request.profile = readProfile(env.ctx);
    request.number = stringArg(env, "Number");
    request.setType(stringArg(env, "Type"));  // the menu's "?Type=ke-hoach"; none: the profile's
    request.date = core::today();
    if (const std::string date = stringArg(env, "Date"); !date.empty()) {
      auto parsed = core::parseIsoDate(date);
      if (!parsed) return refuse(env, core::say(core::MessageId::DateArgument, {parsed.error().message}));
      request.date = *parsed;
    }
    WriterDocument doc(env.ctx, target.doc);
    doc.insertAt(cursorPosition(target.doc));
    core::jobs::insertHeader(doc, request, env.language);
    return {true, toOU(core::message(core::MessageId::HeaderInserted, env.language))};
  }
};

// The new report job at the view cursor, with progress in the status bar.
CommandOutcome insertAtCursor(const CommandEnv& env, const Reference<css::text::XTextDocument>& target,
                              const core::ReportTemplate& t, const core::Answers& answers, std::string_view source) {
  auto report = core::jobs::planNewReport(t, answers, readProfile(env.ctx), core::today(), source);
  if (!report) return refuse(env, report.error().message);
  WriterDocument doc(env.ctx, target);
  doc.insertAt(cursorPosition(target))
      .showProgress(progressOf(env), std::string(core::message(core::MessageId::AppTitle, env.language)));
  OfficeDataFiles files(env.ctx);
  const core::jobs::Inserted inserted = core::jobs::newReport(doc, files, *report, env.language);
  return tell(env, inserted.summary, inserted.problems);
}

// Inserts a whole report skeleton. Arguments: TemplateId, Answers (the answers as JSON, the
// format of templates/samples/*.json); the wizard collects them from the clerk.
class InsertReportCommand final : public TextDocumentCommand {
 public:
  InsertReportCommand() : TextDocumentCommand(core::MessageId::UndoInsertReport) {}

  CommandOutcome execute(const CommandEnv& env) override {
    const Target target = writableTextDocument(env);
    if (target.refusal) return *target.refusal;
    const std::string answersJson = stringArg(env, "Answers");
    auto answers = core::answersFromJson(answersJson.empty() ? "{}" : answersJson, "Answers");
    if (!answers) return refuse(env, answers.error().message);
    std::string id = stringArg(env, "TemplateId");
    if (id.empty()) id = answers->templateId;
    const auto catalog = templateCatalog(env.ctx);
    const auto t = core::jobs::findTemplate(*catalog, id);
    if (!t) return refuse(env, t.error().message);
    return insertAtCursor(env, target.doc, **t, *answers, "Answers");
  }
};

// The report wizard (Báo cáo > Chèn khung báo cáo…): collects the answers, then inserts as above.
class ReportWizardCommand final : public TextDocumentCommand {
 public:
  ReportWizardCommand() : TextDocumentCommand(core::MessageId::UndoInsertReport) {}

  CommandOutcome execute(const CommandEnv& env) override {
    const Target target = writableTextDocument(env);
    if (target.refusal) return *target.refusal;
    const auto result = runReportWizard(env.ctx);
    if (!result) return {false, OUString()};  // cancelled: nothing changes
    return insertAtCursor(env, target.doc, result->templ, result->answers, "wizard");
  }
};

// Báo cáo > Cập nhật số liệu: reads the data file, shows old and new values, applies on
// confirmation as one undo step. Arguments (for macros, tests and the CLI): DataFile (path),
// Preview (true: return the preview as JSON, change nothing), Confirm (true: no dialog).
class RefreshFiguresCommand : public TextDocumentCommand {
 public:
  RefreshFiguresCommand() : TextDocumentCommand(core::MessageId::UndoRefreshFigures) {}

  CommandOutcome execute(const CommandEnv& env) override { return refresh(env, stringArg(env, "DataFile")); }

 protected:
  CommandOutcome refresh(const CommandEnv& env, const std::string& dataFile) {
    const Target target = writableTextDocument(env);
    if (target.refusal) return *target.refusal;
    WriterDocument doc(env.ctx, target.doc);
    OfficeDataFiles files(env.ctx);
    auto plan = core::jobs::planRefresh(doc, files, dataFile, defaultDataFile(env.ctx));
    if (!plan) return refuse(env, plan.error().message);  // the old values stay
    if (boolArg(env, "Preview")) return {true, toOU(plan->previewJson(env.language))};
    if (!boolArg(env, "Confirm") &&
        !confirmFigurePreview(env.ctx, {plan->fill.file.provenance.file, plan->rows, plan->fileChangedNote(env.language)}))
      return {false, OUString()};  // Cancel: nothing changes
    const core::jobs::Refreshed done = core::jobs::applyRefresh(doc, *plan, env.language);
    return tell(env, done.summary, done.problems);
  }
};

// Báo cáo > Chọn tệp số liệu…: picks the data file (starting where the current one is), then
// refreshes from it with the preview. The DataFile argument skips the picker.
class ChooseDataFileCommand final : public RefreshFiguresCommand {
 public:
  CommandOutcome execute(const CommandEnv& env) override {
    std::string path = stringArg(env, "DataFile");
    if (path.empty()) {
      const Reference<css::text::XTextDocument> doc = textDocumentOf(env.frame);
      std::string current = doc.is() ? WriterDocument(env.ctx, doc).property(core::DocumentProperty::kDataFile) : std::string();
      if (current.empty()) current = defaultDataFile(env.ctx);
      path = pickDataFile(env.ctx, std::string(core::message(core::MessageId::ChooseDataFileTitle, env.language)),
                          std::string(core::message(core::MessageId::DataFileFilter, env.language)), current);
      if (path.empty()) return {false, OUString()};  // cancelled
    }
    return refresh(env, path);
  }
};

// Báo cáo > Kiểm tra báo cáo: every rule over the document, in a non-modal results dialog.
// Read-only documents are checked too (the higher office opens received reports read-only).
// A long check can be stopped (checkWriterDocumentStoppable): then no findings window, a message
// "Đã dừng kiểm tra." and a failed result. Arguments: TemplateId (else detected), NoDialog (true:
// return the findings as JSON, {"path", "stopped": true} when stopped; no message box), with
// NoDialog: FindingPages (true: each finding's page too, as the findings window places them).
class ValidateReportCommand final : public Command {
 public:
  std::string title(core::Language lang) const override { return std::string(core::message(core::MessageId::CheckReport, lang)); }
  bool isEnabled(const CommandEnv& env) const override { return textDocumentOf(env.frame).is(); }

  CommandOutcome execute(const CommandEnv& env) override {
    const Reference<css::text::XTextDocument> doc = textDocumentOf(env.frame);
    if (!doc.is()) return refuse(env, core::say(core::MessageId::NotATextDocument));
    const std::string templateId = stringArg(env, "TemplateId");
    const Reference<css::task::XStatusIndicator> progress = progressOf(env);
    const Context ctx = env.ctx;
    const core::Language language = env.language;
    const bool noDialog = boolArg(env, "NoDialog");
    const CheckFor purpose = noDialog && !boolArg(env, "FindingPages") ? CheckFor::Data : CheckFor::Window;
    auto check = [ctx, doc, templateId, progress, language] {
      return checkWriterDocument(ctx, doc, templateId, language, progress, CheckFor::Window);
    };
    core::CheckOutcome outcome = checkWriterDocumentStoppable(ctx, env.frame, doc, templateId, language, progress, purpose);
    if (outcome.stopped) {  // nothing was written: the check only reads
      if (noDialog) {
        outcome.path = toUtf8(Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getURL());
        return {false, toOU(core::fileJson(outcome))};
      }
      const OUString said = toOU(core::message(core::MessageId::CheckStopped, language));
      showMessage(env.ctx, env.frame, MessageKind::Info, said);
      return {false, said};
    }
    if (noDialog) return {true, toOU(core::fileJson(outcome))};
    showFindings(env.ctx, env.frame, doc, outcome, check);
    return {true, OUString()};
  }
};

// Báo cáo > Tạo mẫu từ đề cương…: the open document is the đề cương as received. The template
// made from it is shown for review (uno/ui/outline_review.hxx), where the clerk corrects the
// outline and saves it to their own templates folder (userTemplatesFolder) or the admin's shared
// one, where the wizard and the check find it at once; Cancel saves nothing.
// Arguments (macros, tests): TemplateId (else made from the title), NoDialog (true: no review and
// no message box; saved as imported, the result says what was done), with NoDialog: Shared (true:
// to the shared folder), Replace (true: replace a template file of that id).
class TemplateFromOutlineCommand final : public Command {
 public:
  std::string title(core::Language lang) const override {
    return std::string(core::message(core::MessageId::OutlineCommandTitle, lang));
  }
  bool isEnabled(const CommandEnv& env) const override { return textDocumentOf(env.frame).is(); }

  CommandOutcome execute(const CommandEnv& env) override {
    const Reference<css::text::XTextDocument> doc = textDocumentOf(env.frame);
    if (!doc.is()) return refuse(env, core::say(core::MessageId::NotATextDocument));
    const bool quiet = boolArg(env, "NoDialog");
    WriterDocument document(env.ctx, doc);
    core::OutlineOptions options;
    options.id = stringArg(env, "TemplateId");
    auto made = core::jobs::templateFromOutline(document, options);
    auto fail = [&](const core::Message& why) -> CommandOutcome {
      const OUString text = toOU(why.in(env.language));
      if (!quiet) showMessage(env.ctx, env.frame, MessageKind::Warning, text);
      return {false, text};
    };
    if (!made) return fail(made.error().message);
    const TemplateFolders folders{userTemplatesFolder(env.ctx), sharedTemplatesFolder(env.ctx)};
    if (!quiet) {
      core::OutlineReview review(made->imported);
      const std::optional<std::filesystem::path> saved = reviewOutlineTemplate(env.ctx, env.frame, review, folders);
      if (!saved) return {false, toOU(core::say(core::MessageId::ReviewCancelled).in(env.language))};
      const OUString text = toOU(core::say(core::MessageId::OutlineSaved, {core::utf8FromPath(*saved)}).in(env.language));
      showMessage(env.ctx, env.frame, MessageKind::Info, text);
      return {true, text};
    }
    const bool shared = boolArg(env, "Shared");
    if (shared && !folders.shared) return fail(core::say(core::MessageId::ReviewNoSharedFolder));
    const core::TemplateSavePlan plan =
        core::planTemplateSave(shared ? *folders.shared : folders.user, made->imported.tmpl.id);
    if (plan.check == core::TemplateSavePlan::Check::NotWritable) return fail(core::folderNotWritable(plan));
    if (plan.check == core::TemplateSavePlan::Check::Exists && !boolArg(env, "Replace"))
      return fail(core::say(core::MessageId::OutlineNotReplaced, {core::utf8FromPath(plan.file)}));
    auto written = core::writeTemplateFile(plan.file.parent_path(), made->imported.tmpl.id, made->json);
    if (!written) return fail(written.error().message);
    core::Message said = made->imported.summary() + core::Message::verbatim("\n") +
                         core::say(core::MessageId::OutlineSaved, {core::utf8FromPath(*written)});
    if (!made->imported.notes.empty())
      said += core::Message::verbatim("\n\n") + core::say(core::MessageId::OutlineNotesHeader) +
              core::Message::verbatim("\n") + made->imported.notesText();
    return {true, toOU(said.in(env.language))};
  }
};

// Báo cáo > Xuất gửi đi…: the submission package of the open report (core/jobs/export.hpp, the job
// `baocao export` runs): a dialog (the folder, PDF/A, the certificate, offered only when there is
// one), the check, a confirmation when errors are left (the record then says so), then the PDF,
// the .docx and the figures in <folder>/<number>_<date>; the document keeps no trace (its
// properties are put back, it is never stored). Arguments (macros, tests): NoDialog (true: no
// dialog or message box), Folder (the package's parent; required with NoDialog), Force, Overwrite,
// NoPdfa, Certificate (a subject name: sign). The result: the folder and the record's line, or why not.
class ExportPackageCommand final : public Command {
 public:
  std::string title(core::Language lang) const override {
    return std::string(core::message(core::MessageId::ExportWrote, lang));
  }
  bool isEnabled(const CommandEnv& env) const override { return textDocumentOf(env.frame).is(); }

  CommandOutcome execute(const CommandEnv& env) override {
    const Reference<css::text::XTextDocument> doc = textDocumentOf(env.frame);
    if (!doc.is()) return {false, toOU(core::say(core::MessageId::NotATextDocument).in(env.language))};
    const bool quiet = boolArg(env, "NoDialog");
    std::string folder = stringArg(env, "Folder");
    PackageOptions options;
    options.overwrite = boolArg(env, "Overwrite");
    options.pdfa = !boolArg(env, "NoPdfa");
    bool force = boolArg(env, "Force");
    std::string signer;
    auto fail = [&](const core::Message& why) -> CommandOutcome {
      const OUString text = toOU(why.in(env.language));
      if (!quiet) showMessage(env.ctx, env.frame, MessageKind::Warning, text);
      return {false, text};
    };
    OUString url = Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getURL();
    if (quiet) {
      if (folder.empty()) return fail(core::say(core::MessageId::ExportNeedsOutput));
      if (const std::string name = stringArg(env, "Certificate"); !name.empty()) {
        const char* store = std::getenv("MOZILLA_CERTIFICATE_FOLDER");
        auto found = findSigningCertificate(env.ctx, name, store != nullptr ? store : "");
        if (!found) return fail(found.error().message);
        options.certificate = found->certificate;
        signer = found->subject;
      }
    } else {
      // the dialog: the report's own folder by default; only certificates that can sign
      if (folder.empty() && url.startsWith("file:")) {
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(url.copy(0, url.lastIndexOf('/')), path) == osl::FileBase::E_None)
          folder = toCore(path);
      }
      std::vector<SigningCertificate> certificates;
      std::vector<std::string> subjects;
      for (auto& c : signingCertificates(env.ctx))
        if (!c.expired) {
          subjects.push_back(c.subject);
          certificates.push_back(std::move(c));
        }
      const auto chosen = runExportDialog(env.ctx, env.language, {folder, options.pdfa, -1}, subjects);
      if (!chosen) return {false, OUString()};  // Cancel: nothing happens
      folder = chosen->folder;
      options.pdfa = chosen->pdfa;
      if (chosen->certificate >= 0) {
        options.certificate = certificates[static_cast<std::size_t>(chosen->certificate)].certificate;
        signer = certificates[static_cast<std::size_t>(chosen->certificate)].subject;
      }
      if (folder.empty()) return fail(core::say(core::MessageId::ExportNeedsOutput));
    }
    WriterDocument document(env.ctx, doc);
    document.withLayout().showProgress(progressOf(env), std::string(core::message(core::MessageId::CheckReport, env.language)));
    OfficeDataFiles files(env.ctx);
    OfficeSpelling speller(env.ctx);
    core::jobs::ExportOptions exportOptions;
    exportOptions.check = officeCheckOptions(env.ctx, std::string(), env.language, &speller);  // as Kiểm tra báo cáo
    exportOptions.force = force;
    exportOptions.extensionVersion = names::kVersion;
    exportOptions.now = core::isoUtc(std::time(nullptr));
    exportOptions.fallbackName = url.isEmpty() ? std::string() : toCore(url.copy(url.lastIndexOf('/') + 1));
    const core::Catalog& catalog = *templateCatalog(env.ctx);
    core::jobs::ExportPlan plan = core::jobs::planExport(document, catalog, files, exportOptions);
    if (!plan.go) {
      const OUString stop = toOU(plan.stopText(env.language));
      if (quiet) return {false, stop};
      const OUString ask = stop + "\n" + toOU(core::message(core::MessageId::ExportConfirmForce, env.language));
      if (askYesNo(env.ctx, env.frame, ask) != Answer::Yes) return {false, stop};
      exportOptions.force = true;  // the clerk confirmed: the record says so
      plan = core::jobs::planExport(document, catalog, files, exportOptions);
    }
    const std::filesystem::path parent = core::pathFromUtf8(folder);
    if (!quiet && !options.overwrite && std::filesystem::exists(parent / core::pathFromUtf8(plan.folderName))) {
      const core::Message ask = core::say(core::MessageId::ExportReplace, {core::utf8FromPath(parent / core::pathFromUtf8(plan.folderName))});
      if (askYesNo(env.ctx, env.frame, toOU(ask.in(env.language))) != Answer::Yes) return {false, OUString()};
      options.overwrite = true;
    }
    const auto written = writePackage(css::frame::Desktop::create(env.ctx), doc, plan, parent, options);
    if (!written) return fail(written.error().message);
    std::string said = core::utf8FromPath(written->folder) + "\n" + core::jobs::recordLine(plan.record);
    if (!signer.empty()) said += "\n" + core::say(core::MessageId::ExportSigned, {signer}).in(env.language);
    if (!quiet) {
      std::string shown = core::say(core::MessageId::ExportWrote, {core::utf8FromPath(written->folder)}).in(env.language) + "\n";
      for (const auto& f : written->files) shown += "  " + core::utf8FromPath(f) + "\n";
      if (!signer.empty()) shown += core::say(core::MessageId::ExportSigned, {signer}).in(env.language) + "\n";
      shown += "\n" + core::jobs::recordText(plan.record, env.language);
      showMessage(env.ctx, env.frame, plan.record.forced ? MessageKind::Warning : MessageKind::Info, toOU(shown));
    }
    return {true, toOU(said)};
  }
};

class AgencySettingsCommand final : public Command {
 public:
  std::string title(core::Language lang) const override {
    return std::string(core::message(core::MessageId::AgencySettingsTitle, lang));
  }
  bool isEnabled(const CommandEnv&) const override { return true; }

  CommandOutcome execute(const CommandEnv& env) override {
    const ScopedDialog scoped(env.ctx, "AgencyProfile.xdl");
    const Reference<css::awt::XDialog>& dialog = scoped.get();
    Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
    auto field = [&](std::string_view key) {
      return Reference<css::awt::XTextComponent>(controls->getControl("txt" + toOU(key)), UNO_QUERY_THROW);
    };
    const core::AgencyProfile current = readProfile(env.ctx);
    for (const auto& f : core::kProfileFields) field(f.key)->setText(toOU(current.*f.member));
    if (dialog->execute() != 1) return {false, OUString()};  // Cancel: nothing changes
    core::AgencyProfile edited;
    for (const auto& f : core::kProfileFields) edited.*f.member = toCore(field(f.key)->getText());
    writeProfile(env.ctx, edited);
    return {true, toOU(core::message(core::MessageId::SettingsSaved, env.language))};
  }
};


// Báo cáo > Tổng hợp báo cáo…: the receiving office's table, as `baocao collect` makes it (the same
// job, core/jobs/collect.hpp, and the same reader, uno/document/received_report.hxx: each report
// opened hidden, read-only, macros never run). Picks the folder, asks where the table goes and
// whether to insert a summary report here, shows the progress in the status bar, writes the table
// and opens it in Calc. Nothing is written when the folder holds no report, the document cannot
// take the summary (read-only), or the clerk cancels. Arguments (macros, tests): Folder (skips the
// picker), Output (.ods or .xlsx; else "<folder>-tong-hop.ods" beside the folder), InsertSummary,
// NoDialog (true: neither the dialog nor a message box; the result says what was done), NoOpen
// (true: the table is not opened).
class CollectReportsCommand final : public Command {
 public:
  std::string title(core::Language lang) const override {
    return std::string(core::message(core::MessageId::CollectCommandTitle, lang));
  }
  bool isEnabled(const CommandEnv& env) const override { return !running() && textDocumentOf(env.frame).is(); }

  CommandOutcome execute(const CommandEnv& env) override {
    if (running()) return {false, OUString()};  // one collect at a time (see Running)
    const bool quiet = boolArg(env, "NoDialog");
    auto refuseQuietly = [&](const core::Message& why) {
      return quiet ? CommandOutcome{false, toOU(why.in(env.language))} : refuse(env, why);
    };
    std::string folder = stringArg(env, "Folder");
    if (folder.empty()) {
      folder = pickFolder(env.ctx, std::string(core::message(core::MessageId::CollectChooseFolder, env.language)));
      if (folder.empty()) return {false, OUString()};  // cancelled: nothing changes
    }
    while (folder.size() > 1 && (folder.back() == '/' || folder.back() == '\\')) folder.pop_back();
    std::string output = stringArg(env, "Output");
    if (output.empty()) output = folder + "-tong-hop.ods";
    bool summary = boolArg(env, "InsertSummary");
    if (!quiet && !askOptions(env, folder, output, summary)) return {false, OUString()};  // Cancel

    std::string ext = core::utf8FromPath(core::pathFromUtf8(output).extension());
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".ods" && ext != ".xlsx") return refuseQuietly(core::say(core::MessageId::CollectOutputType, {output}));
    const std::vector<std::string> files = reportFilesIn(folder);
    if (files.empty()) return refuseQuietly(core::say(core::MessageId::CollectNoReports, {folder}));
    Reference<css::text::XTextDocument> target;
    if (summary) {  // before any work: a document that cannot take the summary changes nothing
      target = textDocumentOf(env.frame);
      if (!target.is()) return refuseQuietly(core::say(core::MessageId::NotATextDocument));
      if (Reference<css::frame::XStorable>(target, UNO_QUERY_THROW)->isReadonly())
        return refuseQuietly(core::say(core::MessageId::ReadOnlyDocument));
    }

    const auto catalog = templateCatalog(env.ctx);
    OfficeDataFiles officeFiles(env.ctx);
    core::CachedDataFiles dataFiles(officeFiles);  // the communes' reports name few data files
    core::jobs::CheckOptions options;
    options.language = env.language;
    options.electronic = electronicDocuments(env.ctx);
    std::vector<core::jobs::CollectedReport> reports(files.size());
    {
      const Running busy;  // the menu entry is off meanwhile: the progress dialog runs the event loop
      const Reference<css::task::XStatusIndicator> progress = progressOf(env);
      const ProgressEnd end(progress);
      if (progress.is()) progress->start(toOU(core::say(core::MessageId::CollectReading, {"0", std::to_string(files.size())}).in(env.language)),
                                         static_cast<sal_Int32>(files.size()));
      // with the dialogs, a Stop button; stopped, nothing is written: a table of the reports read
      // so far would look like the folder's
      std::optional<ProgressDialog> window;
      if (!quiet)
        window.emplace(env.ctx, std::string(core::message(core::MessageId::CollectProgressTitle, env.language)),
                       core::say(core::MessageId::CollectReading, {"0", std::to_string(files.size())}).in(env.language), files.size());
      for (std::size_t i = 0; i < files.size(); ++i) {
        if (window && window->stopped()) {
          const core::Message said = core::say(core::MessageId::CollectCancelled, {std::to_string(i), std::to_string(files.size())});
          window.reset();
          showMessage(env.ctx, env.frame, MessageKind::Info, toOU(said.in(env.language)));
          return {false, toOU(said.in(env.language))};
        }
        auto& r = reports[i];
        r.path = files[i];
        r.sha256 = sha256OfFile(files[i]);
        try {
          CheckedFile checked = checkFile(env.ctx, *catalog, dataFiles, options, files[i]);
          r.outcome = std::move(checked.outcome);
          r.problem = checked.problem;
        } catch (const css::uno::RuntimeException&) {
          throw;  // a bug or a broken office: the barrier says it
        } catch (const css::uno::Exception& e) {  // this file only: the rest are still collected
          r.outcome.reset();
          r.problem = core::say(core::MessageId::CliOfficeFailed, {toUtf8(e.Message)});
        }
        if (progress.is()) {
          progress->setText(toOU(core::say(core::MessageId::CollectReading, {std::to_string(i + 1), std::to_string(files.size())})
                                     .in(env.language)));
          progress->setValue(static_cast<sal_Int32>(i + 1));
        }
        if (window)
          window->step(core::say(core::MessageId::CollectReading, {std::to_string(i + 1), std::to_string(files.size())}).in(env.language),
                       i + 1);
      }
    }
    const core::jobs::Collection collection = core::jobs::collect(reports, *catalog, nullptr, env.language);
    const Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(env.ctx);
    try {
      // hidden: on the clerk's screen a Calc window would flash up; the view opened below is frozen
      writeSpreadsheet(desktop, collection.sheets, output, ext == ".ods" ? "calc8" : "Calc MS Excel 2007 XML", false);
    } catch (const css::uno::RuntimeException&) {
      throw;
    } catch (const css::uno::Exception&) {  // a folder without write access: nothing was written
      return refuseQuietly(core::say(core::MessageId::CliCannotWrite, {output}));
    }

    std::string said = collection.summary(env.language, kListedLeftOut) + "\n" +
                       core::say(core::MessageId::CollectWroteTable, {output}).in(env.language);
    std::string problems;
    if (summary) {
      if (collection.tmpl == nullptr) {
        problems = core::message(core::MessageId::CollectNoTemplateForSummary, env.language);
      } else {
        // the totals as a data file beside the table, which the summary's figures are filled from
        // (and refreshed from, as any data file)
        const std::filesystem::path table = core::pathFromUtf8(output);
        const std::filesystem::path data = table.parent_path() / core::pathFromUtf8(core::utf8FromPath(table.stem()) + "-so-lieu.csv");
        {
          std::ofstream out(data, std::ios::binary | std::ios::trunc);
          out << core::jobs::totalsDataFile(
              collection, core::say(core::MessageId::CollectSummarySource, {std::to_string(collection.counted)}).in(env.language));
          if (!out.flush()) return refuseQuietly(core::say(core::MessageId::CliCannotWrite, {core::utf8FromPath(data)}));
        }
        const core::Answers answers = core::jobs::summaryAnswers(*collection.tmpl, core::today(), core::utf8FromPath(data));
        auto report = core::jobs::planNewReport(*collection.tmpl, answers, readProfile(env.ctx), core::today(), "collect");
        if (!report) {
          problems = report.error().message.in(env.language);
        } else {
          WriterDocument doc(env.ctx, target);
          doc.insertAt(cursorPosition(target));
          const core::jobs::Inserted inserted = core::jobs::newReport(doc, officeFiles, *report, env.language);
          said += "\n" + inserted.summary;
          // the figures without a total in a few words; all of them are in the table's "Lỗi" sheet
          problems = inserted.dataFileUnreadable || inserted.missing.empty()
                         ? inserted.problems
                         : core::jobs::markedFiguresText(inserted.missing, env.language);
        }
      }
    }
    const std::string text = problems.empty() ? said : said + "\n" + problems;
    if (!quiet)
      showMessage(env.ctx, env.frame, collection.leftOut.empty() && problems.empty() ? MessageKind::Info : MessageKind::Warning,
                  toOU(text));
    if (!boolArg(env, "NoOpen")) {  // after the message, which would otherwise be behind Calc
      OUString url;
      if (osl::FileBase::getFileURLFromSystemPath(toOU(output), url) == osl::FileBase::E_None)
        if (Reference<css::frame::XModel> table(desktop->loadComponentFromURL(url, "_blank", 0, {}), UNO_QUERY); table.is())
          keepInView(table->getCurrentController(), collection.sheets);  // the header and units in view
    }
    return {true, toOU(text)};
  }

 private:
  // The dialog: the folder, where the table goes, whether to insert the summary. False: cancelled.
  static bool askOptions(const CommandEnv& env, std::string& folder, std::string& output, bool& summary) {
    const ScopedDialog scoped(env.ctx, "CollectReports.xdl");
    const Reference<css::awt::XDialog>& dialog = scoped.get();
    Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
    Reference<css::awt::XTextComponent> folderField(controls->getControl("txtFolder"), UNO_QUERY_THROW);
    Reference<css::awt::XTextComponent> outputField(controls->getControl("txtOutput"), UNO_QUERY_THROW);
    Reference<css::awt::XCheckBox> summaryBox(controls->getControl("chkSummary"), UNO_QUERY_THROW);
    folderField->setText(toOU(folder));
    outputField->setText(toOU(output));
    summaryBox->setState(static_cast<sal_Int16>(summary ? 1 : 0));
    if (dialog->execute() != 1) return false;
    folder = toCore(folderField->getText());
    output = toCore(outputField->getText());
    summary = summaryBox->getState() == 1;
    return true;
  }

  static constexpr std::size_t kListedLeftOut = 5;  // in the message; all in the table's status column

  // While a collect reads its files: the progress dialog's event loop would otherwise let the
  // clerk start a second one from the menu.
  static std::atomic<bool>& runningFlag() {
    static std::atomic<bool> flag{false};
    return flag;
  }
  static bool running() { return runningFlag().load(); }
  struct Running {
    Running() { runningFlag().store(true); }
    Running(const Running&) = delete;
    Running& operator=(const Running&) = delete;
    ~Running() { runningFlag().store(false); }
  };

  // Ends the status bar's progress however the work ends.
  struct ProgressEnd {
    explicit ProgressEnd(Reference<css::task::XStatusIndicator> p) : progress(std::move(p)) {}
    ProgressEnd(const ProgressEnd&) = delete;
    ProgressEnd& operator=(const ProgressEnd&) = delete;
    ~ProgressEnd() {
      try {
        if (progress.is()) progress->end();
      } catch (...) {
        // the frame is closing: there is no status bar left to clear
      }
    }
    Reference<css::task::XStatusIndicator> progress;
  };

  static std::string sha256OfFile(const std::string& path) {
    std::ifstream in(core::pathFromUtf8(path), std::ios::binary);
    if (!in) return {};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return core::sha256Hex(bytes.str());
  }
};
}  // namespace

std::unique_ptr<Command> makeCommand(const OUString& path) {
  if (path.equalsAscii(names::kCmdInsertHeader)) return std::make_unique<InsertHeaderCommand>();
  if (path.equalsAscii(names::kCmdAgencySettings)) return std::make_unique<AgencySettingsCommand>();
  if (path.equalsAscii(names::kCmdInsertReport)) return std::make_unique<InsertReportCommand>();
  if (path.equalsAscii(names::kCmdReportWizard)) return std::make_unique<ReportWizardCommand>();
  if (path.equalsAscii(names::kCmdRefreshFigures)) return std::make_unique<RefreshFiguresCommand>();
  if (path.equalsAscii(names::kCmdChooseDataFile)) return std::make_unique<ChooseDataFileCommand>();
  if (path.equalsAscii(names::kCmdValidateReport)) return std::make_unique<ValidateReportCommand>();
  if (path.equalsAscii(names::kCmdTemplateFromOutline)) return std::make_unique<TemplateFromOutlineCommand>();
  if (path.equalsAscii(names::kCmdCollectReports)) return std::make_unique<CollectReportsCommand>();
  if (path.equalsAscii(names::kCmdExportPackage)) return std::make_unique<ExportPackageCommand>();
  return nullptr;
}

}  // namespace baocao::uno
