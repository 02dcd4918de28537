// text.spelling's oracle (core/validation/spelling.hpp) over LibreOffice's own spell checker:
// css.linguistic2.LinguServiceManager's XSpellChecker for vi-VN (Debian's hunspell-vi). Used by
// the Writer check inside soffice and by `baocao validate` through its office.
#pragma once

#include "core/validation/spelling.hpp"
#include "uno/context.hxx"

#include <com/sun/star/linguistic2/XSpellChecker.hpp>

#include <optional>

namespace baocao::uno {

class OfficeSpelling final : public core::SpellingOracle {
 public:
  explicit OfficeSpelling(Context ctx) : mxContext(std::move(ctx)) {}
  // Whether a spell checker for vi-VN is configured; asked once.
  [[nodiscard]] bool available() override;
  // A word the spell checker fails on is taken as known (logged): its failure is no finding.
  [[nodiscard]] bool known(const std::string& word) override;
  [[nodiscard]] std::vector<std::string> suggestions(const std::string& word) override;

 private:
  Context mxContext;
  css::uno::Reference<css::linguistic2::XSpellChecker> mxSpeller;
  std::optional<bool> mbAvailable;
  bool mbFailureLogged = false;
};

}  // namespace baocao::uno
