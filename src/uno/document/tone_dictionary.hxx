// The tone-placement user dictionary: Debian's hunspell-vi knows the new placement only ("hoà",
// "uỷ"), so LibreOffice's own spell checker underlines "CỘNG HÒA" and "ỦY BAN" in every Decree 30
// header. The extension gives it the old placement's forms (text::oldPlacementForms, made by the
// project's code) as a positive dictionary for vi-VN in LibreOffice's dictionary list, which the
// spell checker consults before it reports a word. Kept in memory, not in the user's profile:
// made again in each session, and never a spell checker of its own (without hunspell-vi LibreOffice
// has no vi-VN spell checker, and these words change nothing).
#pragma once

#include "uno/context.hxx"

namespace baocao::uno {

inline constexpr const char* kToneDictionaryName = "baocao-dau-thanh-kieu-cu.dic";

// Adds the dictionary to LibreOffice's list once per process; later calls return at once.
// May throw (UNO); callers run it in a barrier.
void ensureToneDictionary(const Context& ctx);

}  // namespace baocao::uno
