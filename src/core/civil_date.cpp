#include "core/civil_date.hpp"

#include "core/portable.hpp"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace baocao::core {
namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

std::string twoDigits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

CivilDate today() {
  const std::time_t now = std::time(nullptr);
  const std::tm tm = localTime(now);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

bool isValid(const CivilDate& d) {
  return d.year >= 1900 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= daysInMonth(d.year, d.month);
}

Result<CivilDate> parseIsoDate(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
    return Error{say(MessageId::DateExpectedIso, {iso})};
  CivilDate d;
  auto number = [&](std::size_t pos, std::size_t len, int& out) {
    const char* first = iso.data() + pos;
    const auto [ptr, ec] = std::from_chars(first, first + len, out);
    return ec == std::errc() && ptr == first + len;
  };
  if (!number(0, 4, d.year) || !number(5, 2, d.month) || !number(8, 2, d.day))
    return Error{say(MessageId::DateExpectedIsoDigits, {iso})};
  if (!isValid(d)) return Error{say(MessageId::DateNoSuchDay, {iso})};
  return d;
}

Result<CivilDate> parseTypedDate(std::string_view text) {
  if (text.size() == 10 && text[4] == '-') return parseIsoDate(text);
  int parts[3] = {0, 0, 0};
  int n = 0;
  std::size_t digits = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      if (n > 2 || ++digits > 4) return Error{say(MessageId::DateExpectedTyped, {text})};
      parts[n] = parts[n] * 10 + (c - '0');
    } else if ((c == '/' || c == '-' || c == '.') && digits > 0 && n < 2) {
      ++n;
      digits = 0;
    } else {
      return Error{say(MessageId::DateExpectedTyped, {text})};
    }
  }
  if (n != 2 || digits != 4) return Error{say(MessageId::DateExpectedTyped, {text})};
  const CivilDate d{parts[2], parts[1], parts[0]};
  if (!isValid(d)) return Error{say(MessageId::DateNoSuchDay, {text})};
  return d;
}

namespace {
std::string monthText(int month) { return month <= 2 ? twoDigits(month) : std::to_string(month); }
}  // namespace

std::string headerDatePhrase(const CivilDate& d) {
  return "ngày " + twoDigits(d.day) + " tháng " + monthText(d.month) + " năm " + std::to_string(d.year);
}

std::string shortDate(const CivilDate& d) {
  return twoDigits(d.day) + "/" + monthText(d.month) + "/" + std::to_string(d.year);
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
long daysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

}  // namespace

CivilDate addDays(const CivilDate& from, long days) {
  return civilFromDays(daysFromCivil(from.year, from.month, from.day) + days);
}

std::string isoDate(const CivilDate& d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<WrittenDate> readWrittenDate(std::string_view s) {
  std::size_t j = 0;
  auto digit = [&](std::size_t at) { return at < s.size() && s[at] >= '0' && s[at] <= '9'; };
  // exactly 1..maxDigits digits, not followed by another: the value, or -1
  auto number = [&](std::size_t minDigits, std::size_t maxDigits) {
    const std::size_t start = j;
    int v = 0;
    while (digit(j) && j - start < maxDigits) v = v * 10 + (s[j++] - '0');
    return j - start < minDigits || digit(j) ? -1 : v;
  };
  auto literal = [&](std::string_view word) {
    if (s.substr(j, word.size()) != word) return false;
    j += word.size();
    return true;
  };
  WrittenDate out;
  out.date.day = number(1, 2);
  if (out.date.day < 0 || j >= s.size()) return std::nullopt;
  if (s[j] == '/' || s[j] == '-' || s[j] == '.') {
    const char sep = s[j++];
    out.date.month = number(1, 2);
    if (out.date.month < 0 || j >= s.size() || s[j++] != sep) return std::nullopt;
    out.date.year = number(4, 4);
    // "1/2/2025/3", "1.2.2025.4": a longer number, not a date
    if (out.date.year < 0 || (j + 1 < s.size() && s[j] == sep && digit(j + 1))) return std::nullopt;
  } else if (literal(" tháng ")) {
    out.date.month = number(1, 2);
    if (out.date.month < 0 || !literal(" năm ")) return std::nullopt;
    out.date.year = number(4, 4);
    if (out.date.year < 0) return std::nullopt;
    out.longForm = true;
  } else {
    return std::nullopt;
  }
  out.end = j;
  return out;
}

}  // namespace baocao::core
