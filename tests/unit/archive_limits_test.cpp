#include "core/archive_limits.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace baocao::core {
namespace {

void put(std::string& out, std::uint64_t v, int width) {
  for (int i = 0; i < width; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

struct Declared {
  std::string name;
  std::uint64_t packed, unpacked;
};

// The central directory and end record of a zip declaring these entries (their data left out:
// the reader never goes there), with `padding` bytes of local data before it, ZIP64 records when
// a size does not fit 32 bits, and an archive comment.
std::string zipDeclaring(const std::vector<Declared>& entries, const std::string& comment = "", std::size_t padding = 64) {
  std::string out(padding, 'x');
  out.replace(0, 4, "PK\x03\x04");
  const std::uint64_t directoryAt = out.size();
  bool zip64 = false;
  for (const auto& e : entries) {
    const bool big = e.packed >= 0xFFFFFFFF || e.unpacked >= 0xFFFFFFFF;
    zip64 = zip64 || big;
    put(out, 0x02014b50, 4);
    put(out, 45, 2);  // made by
    put(out, 45, 2);  // needed
    put(out, 0, 2);   // flags
    put(out, 8, 2);   // deflate
    put(out, 0, 4);   // time, date
    put(out, 0, 4);   // crc
    put(out, big ? 0xFFFFFFFF : e.packed, 4);
    put(out, big ? 0xFFFFFFFF : e.unpacked, 4);
    put(out, e.name.size(), 2);
    put(out, big ? 20 : 0, 2);  // extra
    put(out, 0, 2);             // comment
    put(out, 0, 2);             // disk
    put(out, 0, 2);             // internal attributes
    put(out, 0, 4);             // external attributes
    put(out, 0, 4);             // local header offset
    out += e.name;
    if (big) {
      put(out, 0x0001, 2);
      put(out, 16, 2);
      put(out, e.unpacked, 8);
      put(out, e.packed, 8);
    }
  }
  const std::uint64_t directorySize = out.size() - directoryAt;
  if (zip64) {
    const std::uint64_t zip64End = out.size();
    put(out, 0x06064b50, 4);
    put(out, 44, 8);
    put(out, 45, 2);
    put(out, 45, 2);
    put(out, 0, 4);
    put(out, 0, 4);
    put(out, entries.size(), 8);
    put(out, entries.size(), 8);
    put(out, directorySize, 8);
    put(out, directoryAt, 8);
    put(out, 0x07064b50, 4);
    put(out, 0, 4);
    put(out, zip64End, 8);
    put(out, 1, 4);
  }
  put(out, 0x06054b50, 4);
  put(out, 0, 4);
  put(out, zip64 ? 0xFFFF : entries.size(), 2);
  put(out, zip64 ? 0xFFFF : entries.size(), 2);
  put(out, zip64 ? 0xFFFFFFFF : directorySize, 4);
  put(out, zip64 ? 0xFFFFFFFF : directoryAt, 4);
  put(out, comment.size(), 2);
  out += comment;
  return out;
}

Message problemOf(const std::string& bytes, const ArchiveLimits& limits = {}) {
  std::istringstream in(bytes);
  const auto sizes = readArchiveSizes(in);
  EXPECT_TRUE(sizes.has_value());
  return sizes ? archiveProblem(*sizes, limits) : Message{};
}

constexpr std::uint64_t MB = 1ULL << 20;

// A 5,000-page report: 40 MB of XML packed ten times, styles, pictures.
TEST(ArchiveLimits, AReportLikeOneAsLargeAsAnyPasses) {
  const std::string zip = zipDeclaring({{"mimetype", 39, 39},
                                        {"content.xml", 4 * MB, 40 * MB},
                                        {"styles.xml", 20'000, 150'000},
                                        {"Pictures/1.png", 3 * MB, 3 * MB},
                                        {"META-INF/manifest.xml", 400, 1'200}});
  std::istringstream in(zip);
  const auto sizes = readArchiveSizes(in);
  ASSERT_TRUE(sizes);
  ASSERT_EQ(sizes->entries.size(), 5U);
  EXPECT_EQ(sizes->entries[1].name, "content.xml");
  EXPECT_EQ(sizes->entries[1].unpacked, 40 * MB);
  EXPECT_EQ(sizes->entries[1].packed, 4 * MB);
  EXPECT_TRUE(archiveProblem(*sizes).empty());
  // a small entry packed a thousand times (an empty table's XML) is no bomb
  EXPECT_TRUE(problemOf(zipDeclaring({{"settings.xml", 10, 1 * MB}})).empty());
}

TEST(ArchiveLimits, XmlOfHalfAGigabyteIsRefusedWithItsSize) {
  const Message m = problemOf(zipDeclaring({{"mimetype", 39, 39}, {"content.xml", 5 * MB, 500 * MB}}));
  EXPECT_EQ(m.en(), "unpacks to 500 MB, more than the 256 MB a report may hold; not opened (a zip bomb, or not a report)");
  EXPECT_EQ(m.vi(), "giải nén ra 500 MB, quá 256 MB một báo cáo có thể có; không mở (tệp nén độc hại, hoặc không phải báo cáo)");
  // the total counts, not one entry: many entries of 30 MB each
  std::vector<Declared> many;
  for (int i = 0; i < 10; ++i) many.push_back({"word/part" + std::to_string(i) + ".xml", 3 * MB, 30 * MB});
  EXPECT_EQ(problemOf(zipDeclaring(many)).en().substr(0, 17), "unpacks to 300 MB");
}

TEST(ArchiveLimits, AZipBombIsRefusedByItsRatioUnderTheTotal) {
  // 100 MB of zeros packed into 100 KB: under the total, but a thousand times its size
  const Message m = problemOf(zipDeclaring({{"[Content_Types].xml", 300, 1'000}, {"word/document.xml", 100 * 1024, 100 * MB}}));
  EXPECT_EQ(m.en(), "word/document.xml unpacks to 1024 times its packed size (100 MB from 100 KB; at most 200 times): a zip bomb, not opened");
  EXPECT_NE(m.vi().find("tệp nén độc hại"), std::string::npos);
  // the same ratio in a file too small to matter passes; the limits are the caller's to change
  EXPECT_TRUE(problemOf(zipDeclaring({{"word/document.xml", 10 * 1024, 10 * MB}})).empty());
  ArchiveLimits strict;
  strict.ratioFloorBytes = 1 * MB;
  EXPECT_FALSE(problemOf(zipDeclaring({{"word/document.xml", 10 * 1024, 10 * MB}}), strict).empty());
}

TEST(ArchiveLimits, Zip64SizesAndSizesNearTwoToTheSixtyFourAreRead) {
  // a 5 GB entry declared through ZIP64 (a classic bomb's layer)
  const std::string zip = zipDeclaring({{"content.xml", 6 * MB, 5ULL << 30}});
  std::istringstream in(zip);
  const auto sizes = readArchiveSizes(in);
  ASSERT_TRUE(sizes);
  ASSERT_EQ(sizes->entries.size(), 1U);
  EXPECT_EQ(sizes->entries[0].unpacked, 5ULL << 30);
  EXPECT_EQ(archiveProblem(*sizes).en().substr(0, 19), "unpacks to 5120 MB,");
  // declared sizes that would wrap round to a small sum when added
  const Message wrap = problemOf(zipDeclaring({{"a.xml", 1000, UINT64_MAX - 10}, {"b.xml", 1000, 20}}));
  EXPECT_EQ(wrap.en().substr(0, 11), "unpacks to ");
}

TEST(ArchiveLimits, TooManyEntriesAreRefused) {
  std::vector<Declared> many;
  for (int i = 0; i < 10'001; ++i) many.push_back({"f" + std::to_string(i), 10, 10});
  EXPECT_EQ(problemOf(zipDeclaring(many)).en(),
            "the archive holds 10001 entries, more than the 10000 a report may hold; not opened");
  many.pop_back();
  EXPECT_TRUE(problemOf(zipDeclaring(many)).empty());
}

TEST(ArchiveLimits, TheEndRecordIsFoundBehindAComment) {
  const std::string zip = zipDeclaring({{"content.xml", 1 * MB, 600 * MB}}, std::string(60'000, 'c'));
  EXPECT_FALSE(problemOf(zip).empty());
  // a comment that itself holds an end record's signature does not fool the search
  const std::string tricky = zipDeclaring({{"content.xml", 1 * MB, 600 * MB}}, std::string("PK\x05\x06", 4) + std::string(30, '\0'));
  EXPECT_FALSE(problemOf(tricky).empty());
}

TEST(ArchiveLimits, WhatIsNoZipIsLeftToLibreOffice) {
  for (const std::string& bytes : {std::string(), std::string("PK\x03\x04 truncated", 14), std::string(100'000, 'a')}) {
    std::istringstream in(bytes);
    EXPECT_FALSE(readArchiveSizes(in).has_value());
  }
  // a directory said to lie beyond the file's end: damaged, not judged here
  std::string zip = zipDeclaring({{"content.xml", 1 * MB, 600 * MB}});
  zip[zip.size() - 3] = '\x7F';  // the directory's offset, high byte
  std::istringstream in(zip);
  EXPECT_FALSE(readArchiveSizes(in).has_value());
}

TEST(ArchiveLimits, AFileOnDiskIsJudgedAndAMissingOneIsNot) {
  const std::string path = ::testing::TempDir() + "bomb.docx";
  std::ofstream(path, std::ios::binary) << zipDeclaring({{"word/document.xml", 1 * MB, 1024 * MB}});
  EXPECT_EQ(archiveProblem(std::filesystem::path(path)).en().substr(0, 18), "unpacks to 1024 MB");
  std::filesystem::remove(path);
  EXPECT_TRUE(archiveProblem(std::filesystem::path(path)).empty());
}

}  // namespace
}  // namespace baocao::core
