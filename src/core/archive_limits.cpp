#include "core/archive_limits.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string_view>
#include <vector>

namespace baocao::core {

namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50, kZip64End = 0x06064b50, kZip64Locator = 0x07064b50,
                        kDirectoryEntry = 0x02014b50;
constexpr std::size_t kEndSize = 22, kLocatorSize = 20, kZip64EndSize = 56, kEntrySize = 46;
constexpr std::size_t kMaxComment = 0xFFFF;
constexpr std::uint64_t kMaxDirectory = 16ULL << 20;  // 10,000 entries with long names take 1 MB

std::uint64_t le(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint64_t v = 0;
  for (std::size_t i = width; i-- > 0;) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

bool readAt(std::istream& in, std::uint64_t offset, std::size_t size, std::string& out) {
  out.assign(size, '\0');
  in.clear();
  in.seekg(static_cast<std::streamoff>(offset));
  in.read(out.data(), static_cast<std::streamsize>(size));
  return in.gcount() == static_cast<std::streamsize>(size);
}

std::string megabytes(std::uint64_t bytes) { return std::to_string((bytes >> 20) + ((bytes >> 19) & 1)); }

}  // namespace

std::optional<ArchiveSizes> readArchiveSizes(std::istream& in) {
  in.clear();
  in.seekg(0, std::ios::end);
  const auto end = in.tellg();
  if (end < static_cast<std::streamoff>(kEndSize)) return std::nullopt;
  const auto fileSize = static_cast<std::uint64_t>(end);
  // The end record is the last 22 bytes, or sits before a comment of up to 64 KB.
  const std::uint64_t tailSize = std::min<std::uint64_t>(fileSize, kEndSize + kMaxComment + kLocatorSize);
  std::string tail;
  if (!readAt(in, fileSize - tailSize, static_cast<std::size_t>(tailSize), tail)) return std::nullopt;
  std::size_t at = tail.size() - kEndSize + 1;
  bool found = false;
  while (at-- > 0)
    if (le(tail, at, 4) == kEndOfDirectory && at + kEndSize + le(tail, at + 20, 2) == tail.size()) {
      found = true;
      break;
    }
  if (!found) return std::nullopt;
  std::uint64_t count = le(tail, at + 10, 2), directorySize = le(tail, at + 12, 4), directoryOffset = le(tail, at + 16, 4);
  if ((count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) && at >= kLocatorSize &&
      le(tail, at - kLocatorSize, 4) == kZip64Locator) {
    std::string z64;
    if (!readAt(in, le(tail, at - kLocatorSize + 8, 8), kZip64EndSize, z64) || le(z64, 0, 4) != kZip64End)
      return std::nullopt;
    count = le(z64, 32, 8);
    directorySize = le(z64, 40, 8);
    directoryOffset = le(z64, 48, 8);
  }
  ArchiveSizes sizes;
  sizes.declaredEntries = count;
  if (directoryOffset + directorySize > fileSize) return std::nullopt;  // damaged: LibreOffice's to say
  if (directorySize > kMaxDirectory) {
    sizes.directoryTooLarge = true;
    return sizes;
  }
  std::string directory;
  if (!readAt(in, directoryOffset, static_cast<std::size_t>(directorySize), directory)) return std::nullopt;
  for (std::size_t p = 0; p + kEntrySize <= directory.size() && le(directory, p, 4) == kDirectoryEntry;) {
    std::uint64_t packed = le(directory, p + 20, 4), unpacked = le(directory, p + 24, 4);
    const std::size_t nameLength = le(directory, p + 28, 2), extraLength = le(directory, p + 30, 2),
                      commentLength = le(directory, p + 32, 2);
    if (p + kEntrySize + nameLength + extraLength > directory.size()) return std::nullopt;
    // ZIP64: the sizes that do not fit 32 bits follow in extra field 0x0001, unpacked first
    for (std::size_t e = p + kEntrySize + nameLength, stop = e + extraLength; e + 4 <= stop;) {
      const std::size_t tag = le(directory, e, 2), length = le(directory, e + 2, 2);
      if (e + 4 + length > stop) break;
      if (tag == 0x0001) {
        std::size_t v = e + 4;
        if (unpacked == 0xFFFFFFFF && v + 8 <= e + 4 + length) {
          unpacked = le(directory, v, 8);
          v += 8;
        }
        if (packed == 0xFFFFFFFF && v + 8 <= e + 4 + length) packed = le(directory, v, 8);
      }
      e += 4 + length;
    }
    sizes.entries.push_back({std::string(directory, p + kEntrySize, nameLength), packed, unpacked});
    p += kEntrySize + nameLength + extraLength + commentLength;
  }
  return sizes;
}

Message archiveProblem(const ArchiveSizes& sizes, const ArchiveLimits& limits) {
  const std::uint64_t count = std::max<std::uint64_t>(sizes.declaredEntries, sizes.entries.size());
  if (count > limits.maxEntries || sizes.directoryTooLarge)
    return say(MessageId::ArchiveTooManyEntries, {std::to_string(count), std::to_string(limits.maxEntries)});
  std::uint64_t unpacked = 0;  // saturating: declared sizes near 2^64 must not wrap round to a small total
  for (const auto& e : sizes.entries) unpacked = e.unpacked > UINT64_MAX - unpacked ? UINT64_MAX : unpacked + e.unpacked;
  if (unpacked > limits.maxUnpackedBytes)
    return say(MessageId::ArchiveTooLarge, {megabytes(unpacked), megabytes(limits.maxUnpackedBytes)});
  for (const auto& e : sizes.entries) {
    const std::uint64_t ratio = e.unpacked / std::max<std::uint64_t>(e.packed, 1);
    if (e.unpacked > limits.ratioFloorBytes && ratio > limits.maxRatio)
      return say(MessageId::ArchiveRatio, {e.name, std::to_string(ratio), megabytes(e.unpacked),
                                           std::to_string((e.packed + 1023) / 1024), std::to_string(limits.maxRatio)});
  }
  return {};
}

Message archiveProblem(const std::filesystem::path& file, const ArchiveLimits& limits) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  const auto sizes = readArchiveSizes(in);
  return sizes ? archiveProblem(*sizes, limits) : Message{};
}

}  // namespace baocao::core
