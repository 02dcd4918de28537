// The per-paragraph text rules the validator and Writer's proofreader share: ranges, corrections,
// UTF-16 offsets, decomposed input, and the time per paragraph of the seed report.
#include "core/validation/text_issues.hpp"
#include "doc_builder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <sstream>

namespace baocao::core {
namespace {

std::string show(std::string_view text, const TextIssue& i) {
  return std::string(ruleInfo(i.rule).code) + " " + std::string(text.substr(i.offset, i.length)) + " -> " + i.correction;
}

std::vector<std::string> shown(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& i : paragraphTextIssues(text)) out.push_back(show(text, i));
  return out;
}

using V = std::vector<std::string>;
using testing::readFile;

TEST(TextIssues, TheIssuesSlipsWithRangesAndCorrections) {
  const std::string t = "Phó chỉ tịch UBND xã avf các ban để để thực hiện, ĐứcMạnh và Thưòng trực ngaỳ 5";
  EXPECT_EQ(shown(t), (V{"text.tone-mark-placement ngaỳ -> ngày", "text.telex-leftover avf -> và",
                         "text.repeated-word để để -> để", "text.missing-space ĐứcMạnh -> Đức Mạnh",
                         "text.malformed-syllable Thưòng -> Thường", "text.confusable chỉ tịch -> chủ tịch"}));
  const auto issues = paragraphTextIssues(t);
  const auto confusable = std::find_if(issues.begin(), issues.end(), [](const TextIssue& i) { return i.rule == Rule::TextConfusable; });
  ASSERT_NE(confusable, issues.end());
  EXPECT_EQ(issueMessage(*confusable, Language::Vietnamese), "Viết nhầm: “chỉ tịch” → “chủ tịch”.");
  EXPECT_EQ(issueMessage(*confusable, Language::English), "Wrong word: “chỉ tịch” → “chủ tịch”.");
  // Writer counts UTF-16 units: "Phó " is 4 of them (6 bytes), "chỉ tịch" 8 (15 bytes)
  const auto span = utf16Span(t, confusable->offset, confusable->length);
  EXPECT_EQ(span.offset, 4u);
  EXPECT_EQ(span.length, 8u);
  const auto u16 = utf16Span("a𝐀b avf", 7, 3);  // a letter outside the BMP is two units
  EXPECT_EQ(u16.offset, 5u);
  EXPECT_EQ(u16.length, 3u);
  // the table gives the same for every range
  const Utf16Positions positions(t);
  for (const auto& i : issues) {
    const auto one = utf16Span(t, i.offset, i.length), many = positions.span(i.offset, i.length);
    EXPECT_EQ(one.offset, many.offset);
    EXPECT_EQ(one.length, many.length);
  }
  const Utf16Positions astral("a𝐀b avf");
  EXPECT_EQ(astral.span(7, 3).offset, 5u);
  EXPECT_EQ(astral.span(100, 3).length, 0u);  // past the end: empty, never out of bounds
}

TEST(TextIssues, EveryPerParagraphRuleHasARange) {
  EXPECT_EQ(shown("Kế hoạch của UBND huyÖn"), V{"text.legacy-encoding huyÖn -> huyện"});
  EXPECT_EQ(shown("Chỉ thị 33/CT-TTg ngay 26/11/2021"), V{"text.undiacritized-word ngay -> ngày"});
  EXPECT_EQ(shown("nhữngg"), V{"text.malformed-syllable nhữngg -> "});
  EXPECT_TRUE(shown("").empty());
  EXPECT_TRUE(shown("Công tác dân vận chính quyền, văn hóa, hoà giải, thủy lợi, TP.HCM, UBND").empty());
}

// Decomposed text keeps its own offsets: the slip's range covers the original bytes and its
// correction replaces exactly them.
TEST(TextIssues, DecomposedParagraphMapsBackToItsOwnBytes) {
  const std::string t = "Phó chi\xCC\x89 ti\xCC\xA3\x63h avf";  // "chỉ tịch" decomposed
  const auto issues = paragraphTextIssues(t);
  V got;
  for (const auto& i : issues) got.push_back(show(t, i));
  EXPECT_EQ(got, (V{"text.mixed-normalization chi\xCC\x89 -> chỉ", "text.mixed-normalization ti\xCC\xA3\x63h -> tịch",
                    "text.telex-leftover avf -> và", "text.confusable chi\xCC\x89 ti\xCC\xA3\x63h -> chủ tịch"}));
  for (const auto& i : issues) {
    std::string fixed = t;
    fixed.replace(i.offset, i.length, i.correction);
    EXPECT_NE(fixed, t);
  }
}

// A correction inside a run NFC changes widens to the run: "tác.Ủy" with a decomposed Ủ.
TEST(TextIssues, SlipInsideADecomposedRunWidensToTheRun) {
  const std::string t = "công ta\xCC\x81\x63.U\xCC\x89y ban";
  const auto issues = paragraphTextIssues(t);
  const auto space = std::find_if(issues.begin(), issues.end(), [](const TextIssue& i) { return i.rule == Rule::TextMissingSpace; });
  ASSERT_NE(space, issues.end());
  std::string fixed = t;
  fixed.replace(space->offset, space->length, space->correction);
  EXPECT_EQ(fixed, "công tác. Ủy ban");
}

// A letter NFC replaces (U+212B ANGSTROM SIGN, 3 bytes, becomes U+00C5, 2 bytes) in a paragraph
// without any combining mark: the slips after it keep the paragraph's own offsets.
TEST(TextIssues, CompatibilityLetterKeepsTheOffsetsAfterIt) {
  const std::string t = "\xE2\x84\xAB để để";
  EXPECT_EQ(shown(t), (V{"text.mixed-normalization \xE2\x84\xAB -> \xC3\x85", "text.repeated-word để để -> để"}));
}

// A 1 MB paragraph full of slips, and its UTF-16 positions: linear, with a generous bound.
TEST(TextIssues, LongParagraphIsLinear) {
  const std::string sentence = "Phó chỉ tịch xã avf để để thực hiện. ";
  std::string para;
  while (para.size() < (1u << 20)) para += sentence;
  const auto t0 = std::chrono::steady_clock::now();
  const auto issues = paragraphTextIssues(para);
  const Utf16Positions positions(para);
  std::size_t units = 0;
  for (const auto& i : issues) units += positions.span(i.offset, i.length).length;
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const std::size_t n = para.size() / sentence.size();
  EXPECT_EQ(issues.size(), 3 * n);
  EXPECT_EQ(units, n * (8 + 3 + 5));  // "chỉ tịch", "avf", "để để"
  EXPECT_LT(s, 10.0);
}

// A decomposed paragraph (pasted from a PDF or a Mac): every word is a finding quoted with its
// neighbours, and the words are found once, not once per finding (20,000 findings here).
TEST(TextIssues, LongDecomposedParagraphIsLinear) {
  const std::string word = "Vie\u0302\u0323t ";  // "Việt" decomposed
  std::string para;
  for (int i = 0; i < 20000; ++i) para += word;
  const auto t0 = std::chrono::steady_clock::now();
  const auto issues = paragraphTextIssues(para);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const auto nfd = std::count_if(issues.begin(), issues.end(), [](const TextIssue& i) { return i.rule == Rule::TextMixedNormalization; });
  EXPECT_EQ(nfd, 20000);
  EXPECT_EQ(issues.back().args.at(0), "Việt Việt Việt");  // the last word and the two before it
  EXPECT_LT(s, 10.0);
}

// This thread's processor time in ms: on a loaded machine (2 cores, load 7) a wall-clock sample
// now and then includes a whole scheduler slice (~8 ms) spent in other processes.
double cpuMs() {
#ifdef __linux__
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
#else
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
#endif
}

struct Stats {
  double median, p99, max;
};
Stats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v[v.size() * 99 / 100], v.back()};
}

// The time of the shared function per paragraph of the seed report (the proofreader's unit of work).
TEST(TextIssues, PerParagraphTime) {
  const std::string text = readFile(BAOCAO_SEED_REPORT);
  ASSERT_FALSE(text.empty());
  std::vector<std::string> paragraphs;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) paragraphs.push_back(line);
  constexpr int kRounds = 20;
  std::vector<double> wall, cpu;
  std::size_t found = 0;
  for (int round = 0; round < kRounds; ++round)
    for (const auto& p : paragraphs) {
      const double c0 = cpuMs();
      const auto t0 = std::chrono::steady_clock::now();
      found += paragraphTextIssues(p).size();
      wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      cpu.push_back(cpuMs() - c0);
    }
  // the first round is cold (each word's analysis is then remembered per thread), as in a document just opened
  const auto w = stats(wall), c = stats(cpu);
  const auto warm = stats(std::vector<double>(cpu.begin() + static_cast<std::ptrdiff_t>(paragraphs.size()), cpu.end()));
  std::cout << "[ timing ] paragraphTextIssues, " << paragraphs.size() << " paragraphs x " << kRounds
            << ": wall median " << w.median << " ms, p99 " << w.p99 << " ms, max " << w.max << " ms; processor median "
            << c.median << " ms, p99 " << c.p99 << " ms, max " << c.max << " ms; warm rounds: median " << warm.median
            << " ms, p99 " << warm.p99 << " ms (" << found / kRounds << " issues a round)\n";
  EXPECT_LT(c.median, 5.0);  // the goal is 1 ms; the bounds leave room for a slow machine
  EXPECT_LT(c.p99, 50.0);    // the goal is 5 ms
}

}  // namespace
}  // namespace baocao::core
