// The core's document interface (core/jobs/report_document.hpp) over a Writer text document, and
// its data files over LibreOffice's import: what the jobs call, written once for the commands and
// the CLI. The face says where insertions go (the view cursor; the text's start by default),
// whether the status bar shows progress, and what the document is called in messages.
#pragma once

#include "core/cancel.hpp"
#include "core/jobs/report_document.hpp"
#include "uno/context.hxx"
#include "uno/document/figure_fields.hxx"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <optional>
#include <string>

namespace baocao::uno {

class WriterDocument final : public core::ReportDocument {
 public:
  WriterDocument(Context ctx, css::uno::Reference<css::text::XTextDocument> doc);

  WriterDocument& insertAt(css::uno::Reference<css::text::XTextRange> at);                     // default: the text's start
  // The status bar shows `text` while the document is read or the skeleton written; default: nothing.
  WriterDocument& showProgress(css::uno::Reference<css::task::XStatusIndicator> progress, std::string text);
  WriterDocument& named(std::string path);                                                  // default: the model's URL
  // The snapshot also says where each paragraph prints, if the document has a view (the page-flow
  // rules need it; it costs a layout pass). Default: not read.
  WriterDocument& withLayout();
  // The snapshot asks `stop` before each paragraph it reads (core::Stopped when the user stopped);
  // default: it reads to the end.
  WriterDocument& stopWhen(core::Cancellation* stop);

  [[nodiscard]] core::Document snapshot() override;
  void edit(std::string_view title, const std::function<void()>& change) override;
  void preparePage() override;
  void insertHeader(const core::HeaderBlock& header) override;
  void insertSkeleton(const core::Skeleton& skeleton) override;
  [[nodiscard]] std::map<std::string, std::string> figures() override;
  int setFigures(const std::vector<core::FigureValue>& values, const core::Provenance& provenance) override;
  [[nodiscard]] std::string property(std::string_view name) override;
  void setProperty(std::string_view name, const std::string& value) override;

 private:
  const css::uno::Reference<css::text::XTextRange>& at();
  const FigureMasters& masters();

  Context mxContext;
  css::uno::Reference<css::text::XTextDocument> mxDoc;
  css::uno::Reference<css::text::XTextRange> mxAt;
  css::uno::Reference<css::task::XStatusIndicator> mxProgress;
  std::string maProgressText;
  std::optional<std::string> maPath;
  bool mbLayout = false;
  core::Cancellation* mpStop = nullptr;
  std::optional<FigureMasters> maMasters;  // one pass over the fields per command; reset by insertions
  rtl::OUString maEditTitle;               // the open edit's: our own undo actions take it
};

// Data files read through LibreOffice (src/uno/document/data_file.hxx).
class OfficeDataFiles final : public core::DataFiles {
 public:
  explicit OfficeDataFiles(Context ctx) : mxContext(std::move(ctx)) {}
  [[nodiscard]] core::Result<core::DataFile> read(const std::string& path, std::chrono::milliseconds timeout) override;

 private:
  Context mxContext;
};

}  // namespace baocao::uno
