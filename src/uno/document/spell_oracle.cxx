#include "uno/document/spell_oracle.hxx"

#include "uno/log.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/linguistic2/LinguServiceManager.hpp>
#include <com/sun/star/linguistic2/XLinguServiceManager2.hpp>
#include <com/sun/star/linguistic2/XSpellAlternatives.hpp>

#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace baocao::uno {
namespace {

// Suggestions shown with a finding: the message names a few, as Writer's context menu does.
constexpr sal_Int32 kMaxSuggestions = 5;

css::lang::Locale vietnamese() { return css::lang::Locale("vi", "VN", ""); }

// Hunspell's suggestions are the slowest thing the check asks (a tenth of a long report's check),
// and the same misspellings come back at every check of the day: remembered for the office's
// life, bounded. Whether a word is known is always asked afresh (the clerk may have added it to
// the dictionary since); a word added later is at worst missing from a suggestion list.
class SuggestionMemo {
 public:
  std::optional<std::vector<std::string>> find(const std::string& word) {
    std::lock_guard<std::mutex> lock(mMutex);
    if (const auto it = mKnown.find(word); it != mKnown.end()) return it->second;
    return std::nullopt;
  }
  void keep(const std::string& word, const std::vector<std::string>& suggestions) {
    std::lock_guard<std::mutex> lock(mMutex);
    if (mKnown.size() >= kMaxWords) mKnown.clear();
    mKnown.emplace(word, suggestions);
  }

 private:
  static constexpr std::size_t kMaxWords = 20000;
  std::mutex mMutex;
  std::unordered_map<std::string, std::vector<std::string>> mKnown;
};

SuggestionMemo& suggestionMemo() {
  static SuggestionMemo memo;
  return memo;
}

}  // namespace

bool OfficeSpelling::available() {
  if (mbAvailable) return *mbAvailable;
  mbAvailable = false;
  try {
    auto manager = css::linguistic2::LinguServiceManager::create(mxContext);
    css::uno::Reference<css::linguistic2::XSpellChecker> speller = manager->getSpellChecker();
    if (speller.is() && speller->hasLocale(vietnamese())) {
      mxSpeller = speller;
      mbAvailable = true;
    }
  } catch (const css::uno::RuntimeException& e) {
    logLine(mxContext, "spelling: no spell checker: " + toUtf8(e.Message));
  }
  if (!*mbAvailable) logLine(mxContext, "spelling: LibreOffice has no vi-VN spell checker (hunspell-vi): text.spelling not checked");
  return *mbAvailable;
}

bool OfficeSpelling::known(const std::string& word) {
  if (!available()) return true;
  try {
    return mxSpeller->isValid(toOU(word), vietnamese(), {});
  } catch (const css::uno::Exception& e) {
    if (!std::exchange(mbFailureLogged, true))
      logLine(mxContext, "spelling: the spell checker failed on “" + word + "”: " + toUtf8(e.Message));
    return true;
  }
}

std::vector<std::string> OfficeSpelling::suggestions(const std::string& word) {
  std::vector<std::string> out;
  if (!available()) return out;
  if (auto known = suggestionMemo().find(word)) return std::move(*known);
  try {
    css::uno::Reference<css::linguistic2::XSpellAlternatives> alternatives = mxSpeller->spell(toOU(word), vietnamese(), {});
    if (alternatives.is()) {
      const css::uno::Sequence<OUString> all = alternatives->getAlternatives();
      for (sal_Int32 i = 0; i < all.getLength() && i < kMaxSuggestions; ++i) out.push_back(toUtf8(all[i]));
    }
    suggestionMemo().keep(word, out);
  } catch (const css::uno::Exception& e) {
    if (!std::exchange(mbFailureLogged, true))
      logLine(mxContext, "spelling: the spell checker failed on “" + word + "”: " + toUtf8(e.Message));
  }
  return out;
}

}  // namespace baocao::uno
