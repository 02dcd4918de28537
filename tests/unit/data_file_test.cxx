// The data file reader's bounded wait: a read that blocks (a dead network share; here a FIFO
// nobody writes to, whose open() blocks the same way) gives a message in time instead of a hang.
#include "uno/document/data_file.hxx"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <string>

namespace baocao::uno {
namespace {

std::filesystem::path tempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "baocao-data-XXXXXX").string();
  return mkdtemp(pattern.data());
}

// A pipe named like a data file would keep a reader waiting for ever: refused at once, and no
// thread is left blocked on it.
TEST(DataFile, APipeIsRefusedAtOnce) {
  const auto dir = tempDir();
  const auto fifo = dir / "so-lieu.csv";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const auto start = std::chrono::steady_clock::now();
  auto read = readDataFile(Context(), fifo.string(), std::chrono::seconds(30));
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().message.en().find("not a regular file"), std::string::npos) << read.error().message.en();
  EXPECT_NE(read.error().message.en().find(fifo.string()), std::string::npos);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

// A read slower than its time (a dead network share): the clerk gets a message naming the file
// when the time is up, and the read goes on alone.
TEST(DataFile, AReadSlowerThanItsTimeEndsWithAMessage) {
  const auto dir = tempDir();
  const auto big = dir / "so-lieu.csv";
  {
    std::ofstream out(big, std::ios::binary);
    const std::string line = "ho_dan_tong,433\n";
    for (std::size_t n = 0; n + line.size() < (30u << 20); n += line.size()) out << line;
  }
  const auto start = std::chrono::steady_clock::now();
  auto read = readDataFile(Context(), big.string(), std::chrono::milliseconds(1));
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().message.en().find("did not answer within 1 ms"), std::string::npos) << read.error().message.en();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  // the abandoned read ends on its own (30 MB from the page cache): let it, so the test leaves
  // no thread running into the next one or into the leak checker
  std::this_thread::sleep_for(std::chrono::seconds(1));
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
