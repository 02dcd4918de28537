// text/legacy: TCVN3 and VNI mojibake decoding and the legacy-word guess. Half the inputs are
// raw bytes; the other half are Vietnamese text built from an alphabet, encoded the legacy way
// and decoded again, which must give the text back (the encoders are derived from the decoders
// themselves, character by character, so they cover exactly what the decoders claim to read).
#include "fuzz_support.hpp"
#include "text/legacy.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <map>

using namespace baocao;
using fuzz::quote;

namespace {

using Encoder = std::map<std::string, std::string>;  // one composed letter -> its legacy bytes (as Latin-1 UTF-8)

Encoder tcvn3Encoder() {
  Encoder e;
  for (char32_t c = 0xA1; c <= 0xFE; ++c) {
    const std::string in = fuzz::utf8(c);
    if (const auto d = text::decodeTcvn3(in); d && *d != in && fuzz::codePoints(*d).size() == 1) e.emplace(*d, in);
  }
  return e;
}

Encoder vniEncoder() {
  Encoder e;
  std::vector<std::string> bases;
  for (char c = 'A'; c <= 'z'; ++c)
    if (std::isalpha(static_cast<unsigned char>(c))) bases.emplace_back(1, c);
  for (char32_t c = 0xA1; c <= 0xFF; ++c) {  // letters VNI writes as one byte (ơ ư đ ì í …)
    const std::string in = fuzz::utf8(c);
    if (const auto d = text::decodeVni(in); d && *d != in && fuzz::codePoints(*d).size() == 1) {
      e.emplace(*d, in);
      bases.push_back(in);
    }
  }
  for (const auto& base : bases)  // a letter and its mark byte
    for (char32_t m = 0xC0; m <= 0xFF; ++m) {
      const std::string in = base + fuzz::utf8(m);
      if (const auto d = text::decodeVni(in); d && fuzz::codePoints(*d).size() == 1) e.emplace(*d, in);
    }
  return e;
}

std::string encode(const Encoder& e, const std::vector<std::string>& letters) {
  std::string out;
  for (const auto& l : letters) {
    if (l.size() == 1) out += l;  // ASCII stands for itself
    else if (const auto it = e.find(l); it != e.end()) out += it->second;
  }
  return out;
}

std::string keepEncodable(const Encoder& e, const std::vector<std::string>& letters) {
  std::string out;
  for (const auto& l : letters)
    if (l.size() == 1 || e.count(l) != 0) out += l;
  return out;
}

void checkRaw(std::string_view in) {
  const bool ascii = std::all_of(in.begin(), in.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  for (const auto& decoded : {text::decodeTcvn3(in), text::decodeVni(in)}) {
    if (!decoded) continue;
    FUZZ_CHECK_MSG(text::isNfc(*decoded), quote(in));
    if (ascii) FUZZ_CHECK_MSG(*decoded == in, quote(in));
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i <= in.size(); ++i) {
    if (i < in.size() && in[i] != ' ') continue;
    const std::string_view token = in.substr(start, i - start);
    start = i + 1;
    const auto guess = text::legacyWord(token);
    if (!guess) continue;
    FUZZ_CHECK(text::isNfc(guess->decoded));
    // what it decoded is the token without its ASCII punctuation, in the encoding it names
    std::string_view core = token;
    auto punct = [](char c) { return c != 0 && static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)); };
    while (!core.empty() && punct(core.front())) core.remove_prefix(1);
    while (!core.empty() && punct(core.back())) core.remove_suffix(1);
    const auto again = guess->encoding == text::LegacyEncoding::Tcvn3 ? text::decodeTcvn3(core) : text::decodeVni(core);
    FUZZ_CHECK_MSG(again && *again == guess->decoded, quote(token));
    for (const auto& w : text::words(guess->decoded)) {
      const bool asciiWord = std::all_of(w.text.begin(), w.text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      FUZZ_CHECK_MSG(asciiWord || text::isVietnameseSyllable(w.text), quote(token));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Encoder tcvn3 = tcvn3Encoder();
  static const Encoder vni = vniEncoder();
  static const std::vector<std::string> alphabet = [] {
    std::vector<std::string> out;
    for (char c = ' '; c < 0x7F; ++c) out.emplace_back(1, c);
    for (const auto* e : {&tcvn3, &vni})
      for (const auto& [letter, bytes] : *e)
        if (std::find(out.begin(), out.end(), letter) == out.end()) out.push_back(letter);
    return out;
  }();
  if (size == 0) return 0;
  if (data[0] % 2 == 0) {
    checkRaw(fuzz::bytes(data + 1, size - 1));
    return 0;
  }
  std::vector<std::string> letters;
  for (std::size_t i = 1; i < size; ++i) letters.push_back(alphabet[data[i] % alphabet.size()]);
  for (const auto& [encoder, name] : {std::pair{&tcvn3, "TCVN3"}, std::pair{&vni, "VNI"}}) {
    const std::string original = keepEncodable(*encoder, letters);
    const std::string legacy = encode(*encoder, letters);
    const auto decoded = encoder == &tcvn3 ? text::decodeTcvn3(legacy) : text::decodeVni(legacy);
    FUZZ_CHECK_MSG(decoded && *decoded == original,
                   std::string(name) + ": " + quote(original) + " -> " + quote(legacy) + " -> " + (decoded ? quote(*decoded) : "nullopt"));
    checkRaw(legacy);
  }
  return 0;
}
