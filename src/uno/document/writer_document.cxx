#include "uno/document/writer_document.hxx"

#include "uno/document/data_file.hxx"
#include "uno/document/document_reader.hxx"
#include "uno/document/edit_scope.hxx"
#include "uno/document/header_writer.hxx"
#include "uno/document/skeleton_writer.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/frame/XModel.hpp>

namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

WriterDocument::WriterDocument(Context ctx, Reference<css::text::XTextDocument> doc)
    : mxContext(std::move(ctx)), mxDoc(std::move(doc)) {}

WriterDocument& WriterDocument::insertAt(Reference<css::text::XTextRange> at) {
  mxAt = std::move(at);
  return *this;
}

WriterDocument& WriterDocument::showProgress(Reference<css::task::XStatusIndicator> progress, std::string text) {
  mxProgress = std::move(progress);
  maProgressText = std::move(text);
  return *this;
}

WriterDocument& WriterDocument::named(std::string path) {
  maPath = std::move(path);
  return *this;
}

WriterDocument& WriterDocument::withLayout() {
  mbLayout = true;
  return *this;
}

WriterDocument& WriterDocument::stopWhen(core::Cancellation* stop) {
  mpStop = stop;
  return *this;
}

const Reference<css::text::XTextRange>& WriterDocument::at() {
  if (!mxAt.is()) mxAt = mxDoc->getText()->getStart();
  return mxAt;
}

const FigureMasters& WriterDocument::masters() {
  if (!maMasters) maMasters = figureMasters(mxDoc);
  return *maMasters;
}

core::Document WriterDocument::snapshot() {
  const std::string path = maPath ? *maPath : toUtf8(Reference<css::frame::XModel>(mxDoc, UNO_QUERY_THROW)->getURL());
  return readDocument(mxContext, mxDoc, path, mxProgress, maProgressText, mbLayout, mpStop);
}

void WriterDocument::edit(std::string_view title, const std::function<void()>& change) {
  maEditTitle = toOU(title);
  EditScope scope(mxContext, Reference<css::frame::XModel>(mxDoc, UNO_QUERY_THROW), maEditTitle);
  change();
  scope.commit();
}

void WriterDocument::preparePage() {
  if (atDocumentStart(mxDoc, at())) preparePageStyles(mxDoc);
}

void WriterDocument::insertHeader(const core::HeaderBlock& header) {
  maMasters.reset();
  uno::insertHeader(mxContext, mxDoc, at(), header);
}

void WriterDocument::insertSkeleton(const core::Skeleton& skeleton) {
  maMasters.reset();
  uno::insertSkeleton(mxContext, mxDoc, at(), skeleton, mxProgress, maProgressText);
}

std::map<std::string, std::string> WriterDocument::figures() { return figureTexts(masters()); }

int WriterDocument::setFigures(const std::vector<core::FigureValue>& values, const core::Provenance& provenance) {
  return applyFigures(mxContext, mxDoc, masters(), values, provenance, maEditTitle);
}

std::string WriterDocument::property(std::string_view name) { return documentProperty(mxDoc, std::string(name).c_str()); }

void WriterDocument::setProperty(std::string_view name, const std::string& value) {
  setDocumentProperty(mxDoc, std::string(name).c_str(), value);
}

core::Result<core::DataFile> OfficeDataFiles::read(const std::string& path, std::chrono::milliseconds timeout) {
  return readDataFile(mxContext, path, timeout);
}

}  // namespace baocao::uno
