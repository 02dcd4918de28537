#include "text/vntext.hpp"

#include "text/syllable.hpp"

#include <unicode/bytestream.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/numberformatter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <utility>

namespace baocao::text {
namespace {

const icu::Normalizer2& nfcNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    // ICU's data is linked into libicudata; failing here means a broken installation, a bug-class error.
    throw std::runtime_error(std::string("ICU NFC normaliser unavailable: ") + u_errorName(status));
  }
  return *n;
}

icu::UnicodeString fromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string toUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

icu::UnicodeString normalized(const icu::UnicodeString& u) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = nfcNormalizer().normalize(u, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU normalize: ") + u_errorName(status));
  return out;
}

const icu::Locale& vietnamese() {
  static const icu::Locale vi("vi");
  return vi;
}

// Most text is already NFC (and much of it ASCII): checked on the UTF-8 bytes, it needs no
// conversion to UTF-16 and back, which is what the rules spent their time on in a 500-page report.
bool alreadyNfc(std::string_view utf8) {
  bool ascii = true;
  for (const char ch : utf8)
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return true;
  if (invalidUtf8At(utf8) != std::string_view::npos) return false;
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = nfcNormalizer().isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  return U_SUCCESS(status) && yes;
}

bool isSpaceChar(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);  // ICU's White_Space in ASCII, without the call
  return u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007;
}

}  // namespace

std::string nfc(std::string_view utf8) {
  if (alreadyNfc(utf8)) return std::string(utf8);
  return toUtf8(normalized(fromUtf8(utf8)));
}

bool isNfc(std::string_view utf8) { return alreadyNfc(utf8); }  // checked in UTF-8, without a UTF-16 copy

std::size_t invalidUtf8At(std::string_view bytes) {
  int32_t i = 0;
  const auto length = static_cast<int32_t>(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

bool isValidUtf8(std::string_view bytes) { return invalidUtf8At(bytes) == std::string_view::npos; }

std::string upper(std::string_view utf8) {
  icu::UnicodeString u = normalized(fromUtf8(utf8));
  u.toUpper(vietnamese());
  return toUtf8(normalized(u));
}

std::string foldCase(std::string_view utf8) {
  // ASCII folds to its lower case (A-Z only), without ICU: a report's keys, numbers and codes
  if (std::all_of(utf8.begin(), utf8.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
    std::string out(utf8);
    for (char& ch : out)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
  }
  icu::UnicodeString u = alreadyNfc(utf8) ? fromUtf8(utf8) : normalized(fromUtf8(utf8));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  // folding NFC text mostly leaves it NFC (Vietnamese letters fold to precomposed ones): checked
  // before it is normalised again
  UErrorCode status = U_ZERO_ERROR;
  if (nfcNormalizer().isNormalized(u, status) && U_SUCCESS(status)) return toUtf8(u);
  return toUtf8(normalized(u));
}

bool equalFolded(std::string_view a, std::string_view b) { return foldCase(a) == foldCase(b); }

namespace {

icu::number::LocalizedNumberFormatter vietnameseNumbers() {
  return icu::number::NumberFormatter::withLocale(vietnamese());
}

std::string finish(const icu::number::FormattedNumber& formatted, UErrorCode& status) {
  const icu::UnicodeString s = formatted.toString(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU number format: ") + u_errorName(status));
  return toUtf8(s);
}

}  // namespace

namespace {

// Building an ICU number formatter costs far more than formatting with it (a refresh formats a
// thousand figures), so each shape is built once per thread and kept.
enum class Shape { Decimal, Percent, Integer, IntegerUngrouped };

const icu::number::LocalizedNumberFormatter& formatterFor(Shape shape, int digits) {
  thread_local std::map<std::pair<Shape, int>, icu::number::LocalizedNumberFormatter> cache;
  const auto key = std::make_pair(shape, digits);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  icu::number::LocalizedNumberFormatter f = vietnameseNumbers();
  switch (shape) {
    case Shape::Decimal:
      f = f.precision(icu::number::Precision::fixedFraction(digits)).roundingMode(UNUM_ROUND_HALFUP);
      break;
    case Shape::Percent:
      f = f.unit(icu::NoUnit::percent()).precision(icu::number::Precision::fixedFraction(digits)).roundingMode(UNUM_ROUND_HALFUP);
      break;
    case Shape::Integer:
    case Shape::IntegerUngrouped:
      f = f.precision(icu::number::Precision::integer())
              .integerWidth(icu::number::IntegerWidth::zeroFillTo(digits))
              // "1.530": grouping from four digits; years and document numbers are not grouped
              .grouping(shape == Shape::Integer ? UNUM_GROUPING_ON_ALIGNED : UNUM_GROUPING_OFF);
      break;
  }
  return cache.emplace(key, std::move(f)).first->second;
}

}  // namespace

std::string formatDecimal(double value, int decimals) {
  UErrorCode status = U_ZERO_ERROR;
  return finish(formatterFor(Shape::Decimal, decimals).formatDouble(value, status), status);
}

std::string formatPercent(double percent, int decimals) {
  UErrorCode status = U_ZERO_ERROR;
  return finish(formatterFor(Shape::Percent, decimals).formatDouble(percent, status), status);
}

std::string formatInteger(long long value, int minDigits, bool grouping) {
  UErrorCode status = U_ZERO_ERROR;
  return finish(formatterFor(grouping ? Shape::Integer : Shape::IntegerUngrouped, minDigits)
                    .formatInt(static_cast<int64_t>(value), status),
                status);
}

std::string collapseSpaces(std::string_view utf8) {
  if (alreadyNfc(utf8)) {  // the same result, without the round trip through UTF-16
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    int32_t runStart = -1;  // the characters since the last space go in as one piece
    for (int32_t i = 0; i < length;) {
      const int32_t at = i;
      UChar32 c = 0;
      U8_NEXT(s, i, length, c);
      if (!isSpaceChar(c)) {
        if (runStart < 0) {
          if (pendingSpace) out += ' ';
          pendingSpace = false;
          runStart = at;
        }
        continue;
      }
      if (runStart >= 0) {
        out.append(utf8.substr(static_cast<std::size_t>(runStart), static_cast<std::size_t>(at - runStart)));
        runStart = -1;
      }
      pendingSpace = !out.empty();
    }
    if (runStart >= 0) out.append(utf8.substr(static_cast<std::size_t>(runStart)));
    return out;
  }
  const icu::UnicodeString u = normalized(fromUtf8(utf8));
  icu::UnicodeString out;
  bool pendingSpace = false;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (isSpaceChar(c)) {
      pendingSpace = !out.isEmpty();
      continue;
    }
    if (pendingSpace) out.append(static_cast<UChar>(0x20));
    pendingSpace = false;
    out.append(c);
  }
  return toUtf8(out);
}

bool isBlank(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    if (p[i] < 0x80) {  // most of it: no decoding
      if (!isSpaceChar(p[i++])) return false;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0 || !isSpaceChar(c)) return false;  // ill-formed bytes are not white space
  }
  return true;
}

std::string normalizeHeading(std::string_view utf8) {
  std::string s = canonicalToneText(foldCase(collapseSpaces(utf8)));
  static constexpr std::pair<std::string_view, std::string_view> kAscii[] = {
      {"\u2013", "-"}, {"\u2014", "-"}, {"\u2010", "-"}, {"\u2212", "-"}, {"\u201C", "\""},
      {"\u201D", "\""}, {"\u201E", "\""}, {"\u00AB", "\""}, {"\u00BB", "\""}, {"\u2018", "'"}, {"\u2019", "'"}};
  for (const auto& [from, to] : kAscii)
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
      s.replace(pos, from.size(), to);
  while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == ';' || s.back() == ',' || s.back() == ' '))
    s.pop_back();
  return s;
}

}  // namespace baocao::text
