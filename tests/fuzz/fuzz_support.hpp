// What every fuzz target shares: a property check that stops the run with a message (libFuzzer
// then saves the input), the shipped templates, and a few byte-level helpers.
#pragma once

#include "core/templates/report_template.hpp"
#include "core/templates/template_catalog.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::fuzz {

// A property that does not hold is a finding like a crash: print it and abort, so libFuzzer
// writes the input out as crash-<hash>.
[[noreturn]] inline void propertyFailed(const char* what, const char* file, int line, const std::string& detail) {
  std::fprintf(stderr, "\n%s:%d: property failed: %s\n%s\n", file, line, what, detail.c_str());
  std::abort();
}
#define FUZZ_CHECK(cond) \
  ((cond) ? static_cast<void>(0) : ::baocao::fuzz::propertyFailed(#cond, __FILE__, __LINE__, std::string()))
#define FUZZ_CHECK_MSG(cond, detail) \
  ((cond) ? static_cast<void>(0) : ::baocao::fuzz::propertyFailed(#cond, __FILE__, __LINE__, (detail)))

// For the harness's own checking code (an XML parser, a reference UTF-8 decoder): no coverage
// instrumentation. Its branches are not the product's and would only steer the fuzzer, and over
// a 1 MB string they took most of the time.
#define FUZZ_HARNESS __attribute__((no_sanitize("coverage")))

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The templates that ship in templates/ (the path is compiled in, as for the unit tests).
inline const std::vector<core::ReportTemplate>& shippedTemplates() {
  static const std::vector<core::ReportTemplate> all = [] {
    std::vector<core::ReportTemplate> out;
    for (const char* name : {"dan-van-2021-2025.json", "bao-cao-dinh-ky.json"}) {
      auto t = core::loadTemplateFile(std::string(BAOCAO_TEMPLATES_DIR) + "/" + name);
      if (!t) {
        std::fprintf(stderr, "cannot load the shipped template %s: %s\n", name, t.error().message.en().c_str());
        std::abort();
      }
      out.push_back(std::move(*t));
    }
    return out;
  }();
  return all;
}

// Unicode 15, table 3-7: the offset of the first ill-formed sequence, or npos. A second,
// independent reading of UTF-8 to hold text::invalidUtf8At to.
FUZZ_HARNESS inline std::size_t referenceInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length = 1;
    unsigned char low = 0x80, high = 0xBF;
    if (b < 0x80) length = 1;
    else if (b >= 0xC2 && b <= 0xDF) length = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) low = 0xA0;
      if (b == 0xED) high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) low = 0x90;
      if (b == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

// The code points of well-formed UTF-8 (callers check it is well-formed first).
FUZZ_HARNESS inline std::vector<char32_t> codePoints(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1Fu : n == 3 ? b & 0x0Fu : b & 0x07u;
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    out.push_back(c);
    i += n;
  }
  return out;
}

inline std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// A short quotation of bytes for a failure message (escaped, so the terminal shows it).
inline std::string quote(std::string_view s, std::size_t limit = 200) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size() && i < limit; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  if (s.size() > limit) out += "...";
  return out + "\"";
}

}  // namespace baocao::fuzz
