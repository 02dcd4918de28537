#include "core/portable.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>

namespace baocao::core {
namespace {

// A clerk's profile folder holds their name; the path must reach the file system as those letters.
TEST(Portable, Utf8PathsRoundTripAndOpenTheFile) {
  const std::string folder = ::testing::TempDir() + "Nguyễn Văn Ánh - Ủy ban";
  const std::filesystem::path dir = pathFromUtf8(folder);
  std::filesystem::create_directories(dir);
  EXPECT_EQ(utf8FromPath(dir), folder);
  EXPECT_EQ(utf8FromPath(dir.filename()), "Nguyễn Văn Ánh - Ủy ban");
  const std::filesystem::path file = dir / pathFromUtf8("số liệu.csv");
  std::ofstream(file) << "key,value\n";
  EXPECT_TRUE(std::filesystem::exists(pathFromUtf8(folder + "/số liệu.csv")));
  EXPECT_EQ(utf8FromPath(file.extension()), ".csv");
  EXPECT_EQ(utf8FromPath(file.stem()), "số liệu");
  std::filesystem::remove_all(dir);
}

TEST(Portable, ClockHelpers) {
  EXPECT_EQ(isoUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(isoUtc(1764618830), "2025-12-01T19:53:50Z");
  const std::tm utc = utcTime(1764618830);
  EXPECT_EQ(utc.tm_year + 1900, 2025);
  EXPECT_EQ(utc.tm_mon + 1, 12);
  EXPECT_EQ(utc.tm_mday, 1);
  const std::tm local = localTime(1764618830);
  EXPECT_EQ(local.tm_year + 1900, 2025);  // whatever the zone, still 2025 on that evening
}

// A data file's "modified" in the record is its mtime as the C clock has it.
TEST(Portable, FileTimesAreTheCClock) {
  const std::filesystem::path file = pathFromUtf8(::testing::TempDir() + "baocao-mtime.txt");
  std::ofstream(file) << "x";
  const std::time_t now = std::time(nullptr);
  const std::time_t modified = toTimeT(std::filesystem::last_write_time(file));
  EXPECT_LE(std::llabs(static_cast<long long>(modified - now)), 5);
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace baocao::core
