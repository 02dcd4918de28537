// The bounds a received .odt or .docx (a zip container) must keep before LibreOffice is asked to
// load it: read from the zip's central directory alone, nothing inflated, so a zip bomb (a
// gigabyte of zeros in a 1 MB .docx) or an .odt whose content.xml unpacks to half a gigabyte is
// refused with its figures instead of filling the office's memory for minutes.
//
// The sizes checked are the ones the archive declares. A file that lies about them (300 MB of XML
// declared as 100 KB) is left to LibreOffice's package reader, which refuses it when what it
// inflates disagrees with the header (measured on 7.4 and 25.2: tests/integration/test_hostile.py),
// and to the CLI's --timeout.
#pragma once

#include "core/messages.hpp"

#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace baocao::core {

struct ArchiveLimits {
  // All entries together, unpacked. A 5,000-page report's content.xml is about 40 MB.
  std::uint64_t maxUnpackedBytes = 256ULL << 20;
  // Unpacked / packed for one entry, once it is larger than `ratioFloorBytes`. Office XML packs
  // 5 to 30 times, and a report of one paragraph repeated a thousand times about 150 times;
  // deflate's own ceiling is about 1,030.
  std::uint64_t maxRatio = 200;
  std::uint64_t ratioFloorBytes = 16ULL << 20;
  std::uint64_t maxEntries = 10'000;
};

// What the central directory declares.
struct ArchiveEntry {
  std::string name;
  std::uint64_t packed = 0, unpacked = 0;
};
struct ArchiveSizes {
  std::uint64_t declaredEntries = 0;  // by the end record
  std::vector<ArchiveEntry> entries;
  bool directoryTooLarge = false;  // over 16 MB (a million names): not read, refused
};

// The central directory of a zip (ZIP64 included); nullopt when there is none to find (not a zip,
// or damaged: LibreOffice says what it makes of that).
[[nodiscard]] std::optional<ArchiveSizes> readArchiveSizes(std::istream& in);

// Why the archive is refused, or an empty message.
[[nodiscard]] Message archiveProblem(const ArchiveSizes& sizes, const ArchiveLimits& limits = {});

// Both, for a file: an empty message when it is not a zip or keeps the limits.
[[nodiscard]] Message archiveProblem(const std::filesystem::path& file, const ArchiveLimits& limits = {});

}  // namespace baocao::core
