// The proofreader's memo (core/validation/text_issue_memo.hpp): the same findings as the whole
// paragraph, however it is cut, and a keystroke in a long paragraph re-reads one piece of it.
#include "core/validation/text_issue_memo.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <random>
#include <sstream>

namespace baocao::core {
namespace {

std::string describe(std::string_view text, const std::vector<TextIssue>& issues) {
  std::ostringstream out;
  for (const auto& i : issues) {
    out << ruleInfo(i.rule).code << " @" << i.offset << "+" << i.length << " \"" << text.substr(i.offset, i.length)
        << "\" -> \"" << i.correction << "\"";
    for (const auto& a : i.args) out << " [" << a << "]";
    out << "\n";
  }
  return out.str();
}

// Words that make each text rule fire near one another, the words a piece may not end on (function
// words, the confusables' syllables), punctuation, numbers, other spaces and text that is not NFC.
const std::vector<std::string>& vocabulary() {
  static const std::vector<std::string> words = {
      "Phó", "chỉ", "tịch", "CHỈ", "TỊCH", "Chỉ", "avf", "ddaauf", "nguwowif", "vie65t", "để", "Để", "các", "và",
      "ĐứcMạnh", "tác.Ủy", "Thưòng", "tực", "ngaỳ", "hòa", "hoà", "ngay", "Ngay", "thang", "nam", "Nam", "Việt",
      "26/11/2021", "5", "12/2021", "2025", "2021", "huyÖn", "ViÖt", "chi\xCC\x89", "ti\xCC\xA3\x63h",
      "Vie\xCC\x82\xCC\xA3t", "\xE2\x84\xAB", "trận", "tự", "búc", "xúc", "sử", "lý", "thẩn", "quyền", "lụy", "công",
      "tác", "dân", "vận", "chính", "UBND", "TP.HCM", "BC-UBND", "a.b@c.vn", "as", "of", "the", "taxi", ".", ",", ";",
      "—", "(", ")", "“", "”", "1.530", "6.947,51", "ha", "98,9%", "\xC2\xA0", "\t", "tháng", "năm", "ngày", "xã",
      "thực", "hiện", "được", "của", "Ủy", "ban", "nhân", "\xCC\x81", "\xE3\x80\x80", "日本"};
  return words;
}

const std::vector<std::string> kJoins = {" ", " ", " ", " ", ", ", ". ", "; ", "  ", " \xC2\xA0", "", ": "};

std::string randomParagraph(std::mt19937& rng, std::size_t bytes) {
  const auto& words = vocabulary();
  std::uniform_int_distribution<std::size_t> word(0, words.size() - 1), join(0, kJoins.size() - 1);
  std::string p;
  while (p.size() < bytes) {
    p += words[word(rng)];
    p += kJoins[join(rng)];
  }
  return p;
}

// One edit as a clerk makes them: a word typed in, a span deleted, or text added at the end.
std::string edited(std::mt19937& rng, std::string p) {
  const auto& words = vocabulary();
  std::uniform_int_distribution<std::size_t> where(0, p.size()), kind(0, 2), word(0, words.size() - 1);
  std::size_t at = where(rng);
  while (at < p.size() && (static_cast<unsigned char>(p[at]) & 0xC0) == 0x80) ++at;  // a character's start
  switch (kind(rng)) {
    case 0: p.insert(at, words[word(rng)] + " "); break;
    case 1: {
      std::size_t to = std::min(p.size(), at + 1 + where(rng) % 40);
      while (to < p.size() && (static_cast<unsigned char>(p[to]) & 0xC0) == 0x80) ++to;
      p.erase(at, to - at);
      break;
    }
    default: p += words[word(rng)]; break;
  }
  return p;
}

void expectSame(TextIssueMemo& memo, const std::string& p) {
  const auto want = paragraphTextIssues(p);
  const auto got = memo.issues(p);
  bool same = got.size() == want.size();
  for (std::size_t k = 0; same && k < got.size(); ++k)
    same = got[k].rule == want[k].rule && got[k].offset == want[k].offset && got[k].length == want[k].length &&
           got[k].correction == want[k].correction && got[k].args == want[k].args;
  EXPECT_TRUE(same) << "paragraph: " << p << "\nwhole:\n" << describe(p, want) << "memo:\n" << describe(p, got);
}

// Random paragraphs thick with findings, cut into pieces of 16 bytes and more (every rule's finding
// near a cut), then edited a hundred times each: the memo's answer is the whole paragraph's.
TEST(TextIssueMemo, SameFindingsAsTheWholeParagraph) {
  std::mt19937 rng(20261202);
  for (int round = 0; round < 15; ++round) {
    TextIssueMemo small(TextIssueMemo::Limits{0, 16, 64u << 10});
    TextIssueMemo usual;
    std::string p = randomParagraph(rng, 200 + rng() % 6000);
    for (int edit = 0; edit < 100 && !testing::Test::HasFailure(); ++edit) {
      expectSame(small, p);
      expectSame(usual, p);
      p = edited(rng, p);
    }
    if (testing::Test::HasFailure()) break;  // one paragraph's report is enough to read
  }
}

// Typing at the end of a 30 KB paragraph, with and without punctuation: each keystroke re-reads
// the last piece and its halo, not the paragraph.
TEST(TextIssueMemo, AKeystrokeReadsOnePieceOfALongParagraph) {
  for (const std::string sentence : {"Công tác dân vận của chính quyền được tăng cường, Phó chỉ tịch avf để để. ",
                                     "công tác dân vận chính quyền "}) {
    TextIssueMemo memo;
    std::string p;
    while (p.size() < 30000) p += sentence;
    (void)memo.issues(p);
    const std::size_t before = memo.bytesWorkedOut();
    double slowest = 0;
    for (const char key : std::string("Ủy ban nhân dân xã")) {
      p += key;
      const auto t0 = std::chrono::steady_clock::now();
      const auto issues = memo.issues(p);
      slowest = std::max(slowest, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      EXPECT_EQ(issues.size(), paragraphTextIssues(p).size());
    }
    const std::size_t perKey = (memo.bytesWorkedOut() - before) / std::string("Ủy ban nhân dân xã").size();
    std::cout << "[ timing ] a keystroke at the end of a " << p.size() << "-byte paragraph: " << perKey
              << " bytes worked out, slowest " << slowest << " ms\n";
    EXPECT_LT(perKey, 1200u);
  }
}

// A 1 MB paragraph of slips, twice over its memo's budget: linear, and the same findings.
TEST(TextIssueMemo, AMegabyteParagraphIsLinear) {
  const std::string sentence = "Phó chỉ tịch xã avf để để thực hiện. ";
  std::string p;
  while (p.size() < (1u << 20)) p += sentence;
  TextIssueMemo memo(TextIssueMemo::Limits{2048, 256, 512u << 10});
  const auto t0 = std::chrono::steady_clock::now();
  const auto first = memo.issues(p);
  p += "để để";
  const auto second = memo.issues(p);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const std::size_t n = (p.size() - 5) / sentence.size();
  EXPECT_EQ(first.size(), 3 * n);
  EXPECT_EQ(second.size(), 3 * n + 1);
  EXPECT_LT(s, 20.0);
}

// Short paragraphs are worked out whole; the memo forgets everything past its budget and still
// answers right.
TEST(TextIssueMemo, ShortParagraphsAndAFullMemo) {
  TextIssueMemo memo(TextIssueMemo::Limits{2048, 64, 4096});
  std::mt19937 rng(7);
  for (int k = 0; k < 30; ++k) expectSame(memo, randomParagraph(rng, k % 2 == 0 ? 100 : 9000));
}

}  // namespace
}  // namespace baocao::core
