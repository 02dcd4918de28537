// Text typed in a legacy Vietnamese encoding and read as Windows-1252/Latin-1, the mojibake that
// old .doc files and copied .VnTime text carry into reports (decree30.md §13): TCVN3/ABC
// (one byte per letter) and VNI-Windows (a base letter followed by a mark byte).
//
// Worked examples:
//   decodeTcvn3("ViÖt Nam") == "Việt Nam";  decodeTcvn3("TrËt tù ch÷ c¸i") == "Trật tự chữ cái"
//   decodeVni("Vieät Nam") == "Việt Nam";   decodeVni("Xin chaøo caùc baïn") == "Xin chào các bạn"
//   legacyWord("ViÖt")  == {Tcvn3, "Việt"}
//   legacyWord("Vieät") == {Vni, "Việt"}
//   legacyWord("Việt") == nullopt; legacyWord("Müller") == nullopt; legacyWord("m²") == nullopt
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace baocao::text {

enum class LegacyEncoding { Tcvn3, Vni };

// The text decoded as if its Latin-1 characters were the bytes of that encoding (NFC result);
// nullopt when a character has no meaning there.
[[nodiscard]] std::optional<std::string> decodeTcvn3(std::string_view utf8);
[[nodiscard]] std::optional<std::string> decodeVni(std::string_view utf8);

struct LegacyGuess {
  LegacyEncoding encoding;
  std::string decoded;
};

// A whitespace-delimited token (surrounding ASCII punctuation ignored) that is legacy mojibake:
// it mixes ASCII letters with Latin-1 characters Vietnamese text never holds ("Ö", "¸", "ø", a
// capital after a small letter), and decoding it gives well-formed Vietnamese syllables only.
[[nodiscard]] std::optional<LegacyGuess> legacyWord(std::string_view token);

}  // namespace baocao::text
