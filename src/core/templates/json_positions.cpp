#include "core/templates/json_positions.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>

#include <cstdint>

namespace baocao::core::json {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

bool isPlainKey(std::string_view key) {
  if (key.empty()) return false;
  for (const char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// The offending character for a message: one code point, control characters escaped.
Message describeCharAt(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return say(MessageId::JsonEndOfText);
  const auto c = static_cast<unsigned char>(text[offset]);
  if (c < 0x20U || c == 0x7FU) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    return say(MessageId::JsonCharacter, {std::string{kHex[c >> 4U], kHex[c & 0xFU]}});
  }
  std::size_t end = offset + 1;
  while (end < text.size() && isContinuationByte(text[end])) ++end;
  return Message::verbatim("'" + std::string(text.substr(offset, end - offset)) + "'");
}

}  // namespace

std::string toString(LineColumn lc) { return std::to_string(lc.line) + ":" + std::to_string(lc.column); }

std::string memberPath(std::string_view parent, std::string_view key) {
  if (!isPlainKey(key)) return std::string(parent) + "[" + boost::json::serialize(boost::json::string(key)) + "]";
  if (parent.empty()) return std::string(key);
  return std::string(parent) + "." + std::string(key);
}

std::string elementPath(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

std::string displayPath(std::string_view path) { return path.empty() ? "(root)" : std::string(path); }

LineColumn lineColumnAt(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  std::size_t i = text.starts_with(kBom) && offset >= kBom.size() ? kBom.size() : 0;
  LineColumn lc;
  for (; i < offset; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      lc.column = 1;
    } else if (!isContinuationByte(text[i])) {
      ++lc.column;
    }
  }
  return lc;
}

// The SAX handler. It learns the parser's byte position from `fed` (the driver feeds one byte at a
// time and sets it before each call), and finds where a token starts by scanning forward from the
// end of the previous complete event over white space, ',' and ':' (the only bytes JSON allows
// between tokens). A value's first event can come after its first byte (a number is only reported
// when the byte after it arrives), so the scan, not `fed`, gives the start.
class IndexBuilder {
 public:
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

  IndexBuilder(std::string_view text, PositionIndex& index) : text_(text), index_(index) {}

  void setFed(std::size_t fed) { fed_ = fed; }
  void setStart(std::size_t start) { lastEnd_ = start; }
  // The value being parsed when the parser stopped: a scalar, a member after its key, or else
  // the innermost open container.
  [[nodiscard]] std::string openPath() const {
    if (frames_.empty()) return "";
    const Frame& f = frames_.back();
    if (inScalar_) return f.array ? elementPath(f.path, f.next - 1) : memberPath(f.path, f.key);
    if (!f.array && afterKey_) return memberPath(f.path, f.key);
    return f.path;
  }

  using ErrorCode = boost::json::error_code;
  using StringView = boost::json::string_view;

  bool on_document_begin(ErrorCode&) { return true; }
  bool on_document_end(ErrorCode&) { return true; }

  bool on_object_begin(ErrorCode&) {
    frames_.push_back(Frame{false, 0, beginValue(), {}, {}});
    return ended();
  }
  bool on_object_end(std::size_t, ErrorCode&) {
    frames_.pop_back();
    return ended();
  }
  bool on_array_begin(ErrorCode&) {
    frames_.push_back(Frame{true, 0, beginValue(), {}, {}});
    return ended();
  }
  bool on_array_end(std::size_t, ErrorCode&) {
    frames_.pop_back();
    return ended();
  }

  bool on_key_part(StringView s, std::size_t, ErrorCode&) {
    if (!inKey_) beginKey();
    key_.append(s.data(), s.size());
    return true;
  }
  bool on_key(StringView s, std::size_t, ErrorCode&) {
    if (!inKey_) beginKey();
    key_.append(s.data(), s.size());
    inKey_ = false;
    Frame& object = frames_.back();
    const std::string path = memberPath(object.path, key_);
    if (const auto first = object.keys.find(key_); first != object.keys.end()) {
      index_.duplicates_.push_back(DuplicateKey{path, keyStart_, first->second});
    } else {
      object.keys.emplace(key_, keyStart_);
      index_.keys_.emplace(path, keyStart_);
    }
    object.key = std::move(key_);
    key_.clear();
    afterKey_ = true;
    return ended();
  }

  bool on_string_part(StringView, std::size_t, ErrorCode&) {
    if (!inScalar_) beginScalar();
    return true;
  }
  bool on_string(StringView, std::size_t, ErrorCode&) { return scalarEnds(); }
  bool on_number_part(StringView, ErrorCode&) {
    if (!inScalar_) beginScalar();
    return true;
  }
  bool on_int64(std::int64_t, StringView, ErrorCode&) { return scalarEnds(); }
  bool on_uint64(std::uint64_t, StringView, ErrorCode&) { return scalarEnds(); }
  bool on_double(double, StringView, ErrorCode&) { return scalarEnds(); }
  bool on_bool(bool, ErrorCode&) { return scalarEnds(); }
  bool on_null(ErrorCode&) { return scalarEnds(); }
  bool on_comment_part(StringView, ErrorCode&) { return true; }
  bool on_comment(StringView, ErrorCode&) { return true; }

 private:
  struct Frame {
    bool array;
    std::size_t next;                          // arrays: index of the next element
    std::string path;
    std::string key;                           // objects: the member whose value comes next
    std::map<std::string, std::size_t> keys;   // objects: keys seen, where
  };

  std::size_t tokenStart() const {
    std::size_t i = lastEnd_;
    while (i < text_.size() &&
           (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r' || text_[i] == ',' ||
            text_[i] == ':'))
      ++i;
    return i;
  }

  std::string beginValue() {
    afterKey_ = false;
    std::string path;
    if (!frames_.empty()) {
      Frame& parent = frames_.back();
      path = parent.array ? elementPath(parent.path, parent.next++) : memberPath(parent.path, parent.key);
    }
    index_.values_.emplace(path, tokenStart());
    return path;
  }
  void beginScalar() {
    inScalar_ = true;
    beginValue();
  }
  void beginKey() {
    inKey_ = true;
    keyStart_ = tokenStart();
  }
  bool scalarEnds() {
    if (!inScalar_) beginValue();
    inScalar_ = false;
    return ended();
  }
  bool ended() {
    lastEnd_ = fed_;
    return true;
  }

  std::string_view text_;
  PositionIndex& index_;
  std::vector<Frame> frames_;
  std::size_t fed_ = 0;
  std::size_t lastEnd_ = 0;
  bool inScalar_ = false;
  bool inKey_ = false;
  bool afterKey_ = false;
  std::size_t keyStart_ = 0;
  std::string key_;
};

PositionIndex::PositionIndex(std::string_view text) {
  const std::size_t start = text.starts_with(kBom) ? kBom.size() : 0;
  boost::json::basic_parser<IndexBuilder> parser(boost::json::parse_options{}, text, *this);
  parser.handler().setStart(start);
  boost::json::error_code ec;
  // One byte at a time, so that every event happens at a known offset. Templates are a few KB.
  for (std::size_t i = start; i < text.size(); ++i) {
    parser.handler().setFed(i + 1);
    const std::size_t used = parser.write_some(true, text.data() + i, 1, ec);
    if (ec) {
      syntaxError_ = SyntaxError{i, parser.handler().openPath(), {}};
      break;
    }
    if (used == 0) {  // the document was complete and this byte is not white space
      syntaxError_ = SyntaxError{i, "", say(MessageId::JsonAfterEnd, {describeCharAt(text, i)})};
      return;
    }
  }
  if (!ec && !parser.done()) {
    parser.handler().setFed(text.size());
    parser.write_some(false, text.data() + text.size(), 0, ec);
    if (ec) syntaxError_ = SyntaxError{text.size(), parser.handler().openPath(), {}};
  }
  if (!syntaxError_) return;
  if (ec == boost::json::error::syntax)
    syntaxError_->message = say(MessageId::JsonUnexpected, {describeCharAt(text, syntaxError_->offset)});
  else if (ec == boost::json::error::incomplete)
    syntaxError_->message = say(MessageId::JsonIncomplete);
  else
    syntaxError_->message = say(MessageId::JsonErrorAt, {ec.message(), describeCharAt(text, syntaxError_->offset)});
}

std::optional<std::size_t> PositionIndex::valueOffset(std::string_view path) const {
  if (const auto it = values_.find(path); it != values_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::size_t> PositionIndex::keyOffset(std::string_view path) const {
  if (const auto it = keys_.find(path); it != keys_.end()) return it->second;
  return std::nullopt;
}

}  // namespace baocao::core::json
