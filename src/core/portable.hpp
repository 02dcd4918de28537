// What differs between the platforms baocao runs on, in one place: file paths and the C clock.
//
// Every path in baocao is UTF-8 text (LibreOffice's URLs and system paths, the CLI's arguments, a
// template's folder). A std::filesystem::path made from a narrow std::string is read in the ANSI
// code page on Windows, so "C:\Users\Nguyễn Văn A\…" would not be found there: paths go through
// pathFromUtf8 / utf8FromPath, which are the identity on Linux and macOS.
#pragma once

#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>

namespace baocao::core {

[[nodiscard]] std::filesystem::path pathFromUtf8(std::string_view utf8);
[[nodiscard]] std::string utf8FromPath(const std::filesystem::path& path);

// gmtime_r / localtime_r on POSIX, gmtime_s / localtime_s on Windows.
[[nodiscard]] std::tm utcTime(std::time_t t);
[[nodiscard]] std::tm localTime(std::time_t t);

// "2026-12-01T19:53:50Z"
[[nodiscard]] std::string isoUtc(std::time_t t);

// A file's last modification as time_t (std::filesystem's clock is not time_t's everywhere).
[[nodiscard]] std::time_t toTimeT(std::filesystem::file_time_type t);

}  // namespace baocao::core
