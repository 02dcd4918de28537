// Where things are in a JSON text: the line and column at which every key and value starts, by
// JSON path, so that checks made on the parsed value can name the place in the file. Boost.JSON's
// DOM keeps no positions; this index comes from a second, SAX pass over the same text.
//
// Paths: the root is ""; object members append ".key" (no dot at the root); array elements append
// "[i]": "sections[2].children[0].id". A key that is not [A-Za-z0-9_]+ is written as a JSON string
// in brackets: `signature["bad key"]`, so a path is always one line of plain text.
//
// Lines and columns are 1-based. Columns count Unicode code points (a tab is one), which is what
// editors show for UTF-8 text; a leading UTF-8 byte order mark is skipped and not counted.
#pragma once

#include "core/messages.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core::json {

struct LineColumn {
  int line = 1;
  int column = 1;
  friend bool operator==(const LineColumn&, const LineColumn&) = default;
};

// "line:column", e.g. "14:9".
[[nodiscard]] std::string toString(LineColumn lc);

[[nodiscard]] std::string memberPath(std::string_view parent, std::string_view key);
[[nodiscard]] std::string elementPath(std::string_view parent, std::size_t index);

// A path for messages: "(root)" for the root, the path otherwise.
[[nodiscard]] std::string displayPath(std::string_view path);

// Line and column of a byte offset, per the rules above. Offsets past the end give the end.
[[nodiscard]] LineColumn lineColumnAt(std::string_view text, std::size_t offset);

struct SyntaxError {
  std::size_t offset;   // where the parser stopped: the offending byte, or the end of the text
  std::string path;     // the value being parsed there, or the innermost open object or array
  Message message;      // "JSON syntax error: unexpected '}'" …
};

struct DuplicateKey {
  std::string path;          // of the repeated member
  std::size_t offset;        // where the repeated key starts
  std::size_t firstOffset;   // where the first one starts
};

// Byte offsets of every key and value of one JSON text (copied: the index does not refer back to
// the text). Strict JSON, no comments or trailing commas, exactly what boost::json::parse accepts.
class PositionIndex {
 public:
  explicit PositionIndex(std::string_view text);

  // Where the value at `path` starts ('{', '[', '"', the first digit, 't' …). For a path that
  // occurs twice (a duplicate key), the first occurrence.
  [[nodiscard]] std::optional<std::size_t> valueOffset(std::string_view path) const;
  // Where the key naming the member at `path` starts (its opening quote).
  [[nodiscard]] std::optional<std::size_t> keyOffset(std::string_view path) const;

  // Set when the text is not JSON; the index then covers what came before the error.
  [[nodiscard]] const std::optional<SyntaxError>& syntaxError() const { return syntaxError_; }
  // Keys repeated within one object, in text order (boost::json::parse keeps only one of them).
  [[nodiscard]] const std::vector<DuplicateKey>& duplicateKeys() const { return duplicates_; }

 private:
  friend class IndexBuilder;
  std::map<std::string, std::size_t, std::less<>> values_;
  std::map<std::string, std::size_t, std::less<>> keys_;
  std::vector<DuplicateKey> duplicates_;
  std::optional<SyntaxError> syntaxError_;
};

}  // namespace baocao::core::json
