// Tone placement on words built from Vietnamese letters: each input byte picks a consonant, a
// precomposed vowel (any quality, any tone, either case) or a combining mark, so almost every
// input reaches the syllable analysis that random bytes rarely get past. Properties: those of
// syllable_checks.hpp (a misplaced tone's correction is a syllable with the same letters, the
// canonical form is stable, both placements are one syllable), and that the precomposed and the
// decomposed spelling of a word are analysed alike.
#include "syllable_checks.hpp"

using namespace baocao;
using fuzz::quote;

namespace {

const std::vector<std::string>& alphabet() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out;
    for (char c = 'a'; c <= 'z'; ++c) {
      out.emplace_back(1, c);
      out.emplace_back(1, static_cast<char>(c - 'a' + 'A'));
    }
    out.emplace_back("đ");
    out.emplace_back("Đ");
    // Vowels with their quality: a ă â e ê i o ô ơ u ư y, then each with the five tones.
    const std::vector<std::u32string> vowels{U"a", U"a\u0306", U"a\u0302", U"e", U"e\u0302", U"i", U"o",
                                             U"o\u0302", U"o\u031B", U"u", U"u\u031B", U"y"};
    const char32_t tones[] = {0, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323};
    for (const auto& v : vowels)
      for (const char32_t tone : tones)
        for (const bool upper : {false, true}) {
          std::string s;
          for (std::size_t i = 0; i < v.size(); ++i) s += fuzz::utf8(i == 0 && upper ? v[i] - 0x20 : v[i]);
          if (tone != 0) s += fuzz::utf8(tone);
          out.push_back(text::nfc(s));
        }
    // Combining marks on their own: decomposed text, doubled tones, marks in odd places.
    for (const char32_t mark : {U'\u0300', U'\u0301', U'\u0303', U'\u0309', U'\u0323', U'\u0302', U'\u0306', U'\u031B'})
      out.push_back(fuzz::utf8(mark));
    return out;
  }();
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& letters = alphabet();
  // Words of up to 10 letters; 0xFF ends a word.
  std::string word;
  std::size_t count = 0;
  auto finish = [&] {
    if (word.empty()) return;
    fuzz::checkWord(word);
    const std::string decomposed = fuzz::nfd(word);
    FUZZ_CHECK_MSG(text::isVietnameseSyllable(decomposed) == text::isVietnameseSyllable(word), quote(word));
    FUZZ_CHECK_MSG(text::misplacedTone(decomposed) == text::misplacedTone(word), quote(word));
    FUZZ_CHECK_MSG(text::toneStyle(decomposed) == text::toneStyle(word), quote(word));
    FUZZ_CHECK_MSG(text::canonicalTone(decomposed) == text::canonicalTone(word), quote(word));
    word.clear();
    count = 0;
  };
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == 0xFF || count == 10) finish();
    if (data[i] == 0xFF) continue;
    word += letters[data[i] % letters.size()];
    ++count;
  }
  finish();
  return 0;
}
