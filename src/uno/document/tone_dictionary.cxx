#include "uno/document/tone_dictionary.hxx"

#include "text/syllable.hpp"
#include "text/vntext.hpp"
#include "uno/ustr.hxx"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/linguistic2/DictionaryList.hpp>
#include <com/sun/star/linguistic2/DictionaryType.hpp>
#include <com/sun/star/linguistic2/XSearchableDictionaryList.hpp>

#include <atomic>
#include <mutex>

namespace baocao::uno {

using css::uno::Reference;

void ensureToneDictionary(const Context& ctx) {
  static std::mutex mutex;
  static std::atomic<bool> done{false};
  if (done) return;
  const std::lock_guard<std::mutex> lock(mutex);
  if (done) return;
  Reference<css::linguistic2::XSearchableDictionaryList> list = css::linguistic2::DictionaryList::create(ctx);
  const OUString name = OUString::createFromAscii(kToneDictionaryName);
  Reference<css::linguistic2::XDictionary> dictionary = list->getDictionaryByName(name);
  if (!dictionary.is()) {
    // no URL: a dictionary in memory, nothing written to the profile
    dictionary = list->createDictionary(name, css::lang::Locale("vi", "VN", ""),
                                        css::linguistic2::DictionaryType_POSITIVE, OUString());
    list->addDictionary(dictionary);
  }
  // the capitalised and upper-case forms too: "Hòa Bình", "CỘNG HÒA"
  const auto capitalised = [](const std::string& w) {
    std::size_t n = 1;
    while (n < w.size() && (static_cast<unsigned char>(w[n]) & 0xC0) == 0x80) ++n;
    return text::upper(w.substr(0, n)) + w.substr(n);
  };
  for (const std::string& word : text::oldPlacementForms())
    for (const std::string& form : {word, capitalised(word), text::upper(word)}) {
      const OUString w = toOU(form);
      if (!dictionary->getEntry(w).is()) dictionary->add(w, false, OUString());
    }
  dictionary->setActive(true);
  done = true;
}

}  // namespace baocao::uno
