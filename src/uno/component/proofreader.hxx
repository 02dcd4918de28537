// Writer's live proofreader for Vietnamese (vi-VN): the per-paragraph text rules of the report
// check (core/validation/text_issues.hpp: tone marks, NFD, legacy fragments, undiacritised date
// words, Telex leftovers, repeated words, missing spaces, malformed syllables, confusables),
// underlined while the clerk types, each with its correction in the context menu. Registered as a
// com.sun.star.linguistic2.Proofreader in baocao.components and for vi-VN in Linguistic.xcu.
// /org.baocao.Settings/Proofreading/Enabled turns it off. Spelling stays LibreOffice's own.
#pragma once

#include "core/messages.hpp"
#include "core/validation/text_issue_memo.hpp"
#include "uno/context.hxx"

#include <com/sun/star/lang/XServiceDisplayName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <cppuhelper/implbase3.hxx>

#include <chrono>
#include <mutex>
#include <optional>
#include <set>

namespace baocao::uno {

class Proofreader final
    : public cppu::WeakImplHelper3<css::linguistic2::XProofreader, css::lang::XServiceInfo, css::lang::XServiceDisplayName> {
 public:
  explicit Proofreader(Context ctx) : mxContext(std::move(ctx)) {}

  // XSupportedLocales
  css::uno::Sequence<css::lang::Locale> SAL_CALL getLocales() override;
  sal_Bool SAL_CALL hasLocale(const css::lang::Locale& locale) override;

  // XProofreader: the whole paragraph is checked on the first call (one "sentence" to its end);
  // errors start at or after nStartOfSentencePosition, in UTF-16 units of aText. Writer asks again
  // after each keystroke: a long paragraph's unchanged pieces come from maMemo.
  sal_Bool SAL_CALL isSpellChecker() override { return false; }
  css::linguistic2::ProofreadingResult SAL_CALL doProofreading(
      const rtl::OUString& documentId, const rtl::OUString& text, const css::lang::Locale& locale,
      sal_Int32 startOfSentence, sal_Int32 suggestedBehindEndOfSentence,
      const css::uno::Sequence<css::beans::PropertyValue>& properties) override;
  // "Bỏ qua" / Ignore: the rule identifier names the rule and the words ("text.confusable:chỉ tịch"),
  // so ignoring one slip leaves the others underlined.
  void SAL_CALL ignoreRule(const rtl::OUString& ruleId, const css::lang::Locale& locale) override;
  void SAL_CALL resetIgnoreRules() override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  // XServiceDisplayName: the name in Tools > Options > Language Settings > Writing Aids
  rtl::OUString SAL_CALL getServiceDisplayName(const css::lang::Locale& locale) override;

 private:
  // The setting and the UI language, read again after a few seconds (not on every paragraph).
  struct Settings {
    bool enabled = true;
    core::Language language = core::Language::Vietnamese;
  };
  [[nodiscard]] Settings settings();

  Context mxContext;
  std::mutex mMutex;
  std::set<rtl::OUString> maIgnored;
  std::optional<Settings> moSettings;
  std::chrono::steady_clock::time_point maSettingsRead;
  core::TextIssueMemo maMemo;
};

}  // namespace baocao::uno
