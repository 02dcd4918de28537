// The data file reader's bounded wait: a read that blocks (a dead network share; here a FIFO
// nobody writes to, whose open() blocks the same way) gives a message in time instead of a hang.
#include "uno/document/data_file.hxx"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace baocao::uno {
namespace {

std::filesystem::path tempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "baocao-data-XXXXXX").string();
  return mkdtemp(pattern.data());
}

TEST(DataFile, AReadThatBlocksEndsWithAMessageInBoundedTime) {
  const auto dir = tempDir();
  const auto fifo = dir / "so-lieu.csv";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const auto start = std::chrono::steady_clock::now();
  auto read = readDataFile(Context(), fifo.string(), std::chrono::milliseconds(300));
  const auto waited = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().message.en().find("did not answer within 300 ms"), std::string::npos) << read.error().message.en();
  EXPECT_NE(read.error().message.en().find(fifo.string()), std::string::npos);
  EXPECT_LT(waited, std::chrono::seconds(5));
  // Unblock the reader thread left waiting on the FIFO, so the test leaves nothing behind.
  std::ofstream(fifo) << "key,value\n";
}

TEST(DataFile, MissingFileAndFolderAreNamed) {
  const auto dir = tempDir();
  auto missing = readDataFile(Context(), (dir / "khong-co.csv").string());
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.en().find("does not exist or cannot be reached"), std::string::npos);
  std::filesystem::create_directory(dir / "thu-muc.csv");
  auto folder = readDataFile(Context(), (dir / "thu-muc.csv").string());
  ASSERT_FALSE(folder);
  EXPECT_NE(folder.error().message.en().find("a folder, not a data file"), std::string::npos);
}

TEST(DataFile, ACsvIsReadWithItsProvenance) {
  const auto dir = tempDir();
  const auto csv = dir / "so-lieu.csv";
  std::ofstream(csv) << "key,value\nho_dan_tong,433\n";
  auto read = readDataFile(Context(), "file://" + csv.string());  // a URL works as well as a path
  ASSERT_TRUE(read) << read.error().message.en();
  EXPECT_EQ(read->data.rows.at("ho_dan_tong").cell, "so-lieu!B2");
  EXPECT_EQ(read->provenance.file, csv.string());
  EXPECT_EQ(read->provenance.sha256, core::sha256Hex("key,value\nho_dan_tong,433\n"));
  EXPECT_EQ(read->provenance.modified.size(), 20u);
}

}  // namespace
}  // namespace baocao::uno
