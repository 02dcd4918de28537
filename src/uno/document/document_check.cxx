#include "uno/document/document_check.hxx"

#include "uno/document/data_file.hxx"
#include "uno/document/document_reader.hxx"
#include "uno/document/figure_fields.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/frame/XModel.hpp>

#include <chrono>
#include <optional>

namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

CheckRun checkDocument(const Context& ctx, const Reference<css::text::XTextDocument>& doc, const std::string& templateId,
                       core::Language language, const Reference<css::task::XStatusIndicator>& progress) {
  const core::Document snapshot =
      readDocument(doc, toUtf8(Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getURL()), progress);
  const auto catalog = templateCatalog(ctx);
  // The figures: the data file of the last fill, when it can still be read (quickly).
  std::optional<DataFile> data;
  if (auto stored = storedProvenance(doc)) {
    auto read = readDataFile(ctx, stored->file, std::chrono::seconds(3));
    if (read) data = std::move(*read);
  }
  core::CheckRequest request;
  request.document = &snapshot;
  request.catalog = catalog.get();
  request.templateId = templateId;
  request.language = language;
  if (data) {
    request.data = &data->data;
    request.dataNow = data->provenance;
  }
  return CheckRun{core::checkReport(request), snapshot.trackedChanges};
}

}  // namespace baocao::uno
