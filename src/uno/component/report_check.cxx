#include "uno/component/report_check.hxx"

#include "core/jobs/jobs.hpp"
#include "uno/component/office_settings.hxx"
#include "uno/document/spell_oracle.hxx"
#include "uno/document/writer_document.hxx"

namespace baocao::uno {

core::CheckOutcome checkWriterDocument(const Context& ctx, const css::uno::Reference<css::text::XTextDocument>& doc,
                                       const std::string& templateId, core::Language language,
                                       const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                       bool spelling) {
  WriterDocument document(ctx, doc);
  document.withLayout().showProgress(progress, std::string(core::message(core::MessageId::CheckReport, language)));
  OfficeDataFiles files(ctx);
  core::jobs::CheckOptions options;
  options.templateId = templateId;
  options.language = language;
  options.electronic = electronicDocuments(ctx);
  OfficeSpelling speller(ctx);
  if (spelling && spellingChecked(ctx)) options.spelling = &speller;
  return core::jobs::check(document, *templateCatalog(ctx), files, options);
}

}  // namespace baocao::uno
