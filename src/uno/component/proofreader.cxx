#include "uno/component/proofreader.hxx"

#include "core/validation/text_issues.hpp"

#include "uno/component/names.hxx"
#include "uno/component/office_settings.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/text/TextMarkupType.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <vector>

namespace baocao::uno {

using css::uno::Sequence;
using rtl::OUString;

namespace {

constexpr auto kSettingLifetime = std::chrono::seconds(3);

bool isVietnamese(const css::lang::Locale& locale) { return locale.Language == "vi"; }

}  // namespace

Sequence<css::lang::Locale> SAL_CALL Proofreader::getLocales() {
  Sequence<css::lang::Locale> locales(1);
  locales.getArray()[0] = css::lang::Locale("vi", "VN", OUString());
  return locales;
}

sal_Bool SAL_CALL Proofreader::hasLocale(const css::lang::Locale& locale) { return isVietnamese(locale); }

Proofreader::Settings Proofreader::settings() {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mMutex);
    if (moSettings && now - maSettingsRead < kSettingLifetime) return *moSettings;
  }
  const Settings read{proofreadingEnabled(mxContext), uiLanguage(mxContext)};  // may throw: the caller's barrier catches
  std::lock_guard lock(mMutex);
  moSettings = read;
  maSettingsRead = now;
  return read;
}

css::linguistic2::ProofreadingResult SAL_CALL Proofreader::doProofreading(
    const OUString& documentId, const OUString& text, const css::lang::Locale& locale, sal_Int32 startOfSentence,
    sal_Int32 /*suggestedBehindEndOfSentence*/, const Sequence<css::beans::PropertyValue>& properties) {
  css::linguistic2::ProofreadingResult result;
  result.aDocumentIdentifier = documentId;
  result.aText = text;
  result.aLocale = locale;
  result.aProperties = properties;
  result.xProofreader = this;
  const sal_Int32 start = std::clamp<sal_Int32>(startOfSentence, 0, text.getLength());
  result.nStartOfSentencePosition = start;
  result.nBehindEndOfSentencePosition = text.getLength();
  result.nStartOfNextSentencePosition = text.getLength();

  LogFailureSink log(mxContext);
  (void)barrier("Proofreader doProofreading", log, [&] {
    if (!isVietnamese(locale) || text.isEmpty()) return;
    const Settings now = settings();
    if (!now.enabled) return;
    const core::Language lang = now.language;
    const std::string utf8 = toUtf8(text);
    const std::vector<core::TextIssue> issues = maMemo.issues(utf8);
    if (issues.empty()) return;  // most paragraphs: no position table to build
    const core::Utf16Positions positions(utf8);
    std::vector<css::linguistic2::SingleProofreadingError> errors;
    for (const core::TextIssue& issue : issues) {
      const core::Utf16Span span = positions.span(issue.offset, issue.length);
      const auto offset = static_cast<sal_Int32>(span.offset), length = static_cast<sal_Int32>(span.length);
      if (offset < start || length <= 0 || offset + length > text.getLength()) continue;
      const OUString ruleId =
          toOU(ruleInfo(issue.rule).code) + ":" + toOU(toCore(text.copy(offset, length)));
      {
        std::lock_guard lock(mMutex);
        if (maIgnored.count(ruleId) > 0) continue;
      }
      css::linguistic2::SingleProofreadingError e;
      e.nErrorStart = offset;
      e.nErrorLength = length;
      e.nErrorType = css::text::TextMarkupType::PROOFREADING;
      e.aRuleIdentifier = ruleId;
      e.aShortComment = toOU(core::issueMessage(issue, lang));
      e.aFullComment = e.aShortComment;
      if (!issue.correction.empty()) {
        const OUString fix = toOU(issue.correction);
        e.aSuggestions = Sequence<OUString>(&fix, 1);
      }
      errors.push_back(std::move(e));
    }
    result.aErrors = Sequence<css::linguistic2::SingleProofreadingError>(errors.data(), static_cast<sal_Int32>(errors.size()));
  });
  return result;
}

void SAL_CALL Proofreader::ignoreRule(const OUString& ruleId, const css::lang::Locale&) {
  LogFailureSink log(mxContext);
  (void)barrier("Proofreader ignoreRule", log, [&] {
    std::lock_guard lock(mMutex);
    maIgnored.insert(ruleId);
  });
}

void SAL_CALL Proofreader::resetIgnoreRules() {
  LogFailureSink log(mxContext);
  (void)barrier("Proofreader resetIgnoreRules", log, [&] {
    std::lock_guard lock(mMutex);
    maIgnored.clear();
  });
}

OUString SAL_CALL Proofreader::getImplementationName() { return OUString::createFromAscii(names::kProofreaderImpl); }

sal_Bool SAL_CALL Proofreader::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> SAL_CALL Proofreader::getSupportedServiceNames() {
  const OUString service("com.sun.star.linguistic2.Proofreader");
  return Sequence<OUString>(&service, 1);
}

OUString SAL_CALL Proofreader::getServiceDisplayName(const css::lang::Locale& locale) {
  OUString name;
  LogFailureSink log(mxContext);
  (void)barrier("Proofreader getServiceDisplayName", log, [&] {
    const core::Language lang = isVietnamese(locale) ? core::Language::Vietnamese : core::Language::English;
    name = toOU(core::message(core::MessageId::ProofreaderName, lang));
  });
  return name;
}

}  // namespace baocao::uno
