#include "uno/component/report_check.hxx"

#include "uno/component/office_settings.hxx"
#include "uno/document/spell_oracle.hxx"
#include "uno/document/writer_document.hxx"

namespace baocao::uno {

core::jobs::CheckOptions officeCheckOptions(const Context& ctx, const std::string& templateId, core::Language language,
                                            core::SpellingOracle* speller) {
  core::jobs::CheckOptions options;
  options.templateId = templateId;
  options.language = language;
  options.electronic = electronicDocuments(ctx);
  if (speller != nullptr && spellingChecked(ctx)) options.spelling = speller;
  return options;
}

core::CheckOutcome checkWriterDocument(const Context& ctx, const css::uno::Reference<css::text::XTextDocument>& doc,
                                       const std::string& templateId, core::Language language,
                                       const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                       CheckFor purpose) {
  WriterDocument document(ctx, doc);
  document.withLayout().showProgress(progress, std::string(core::message(core::MessageId::CheckReport, language)));
  OfficeDataFiles files(ctx);
  OfficeSpelling speller(ctx);
  core::jobs::CheckOptions options =
      officeCheckOptions(ctx, templateId, language, purpose == CheckFor::ErrorCount ? nullptr : &speller);
  options.findingPages = purpose == CheckFor::Window;
  return core::jobs::check(document, *templateCatalog(ctx), files, options);
}

}  // namespace baocao::uno
