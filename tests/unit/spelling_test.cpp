// text.spelling's choice of words and its cache, with the spell checker faked: a set of known
// words, as hunspell-vi would answer (the new tone placement only: "hoà", "uỷ").
#include "core/validation/spelling.hpp"
#include "doc_builder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <set>

namespace baocao::core {
namespace {

using namespace testing;

class FakeSpeller final : public SpellingOracle {
 public:
  explicit FakeSpeller(std::set<std::string> words, bool available = true) : mWords(std::move(words)), mAvailable(available) {}
  bool available() override { return mAvailable; }
  bool known(const std::string& word) override {
    ++calls[word];
    return mWords.count(word) > 0;
  }
  std::vector<std::string> suggestions(const std::string& word) override {
    ++suggested[word];
    if (word == "búc") return {"bức", "búa"};
    return {};
  }
  std::map<std::string, int> calls, suggested;

 private:
  std::set<std::string> mWords;
  bool mAvailable;
};

// hunspell-vi's habits: new placement only ("hoà", "uỷ", "thuỷ")
const std::set<std::string> kWords{"cộng", "hoà", "xã", "hội", "chủ", "nghĩa", "việt", "nam", "uỷ", "ban", "nhân",
                                   "dân", "long", "môn", "báo", "cáo", "kết", "quả", "thực", "hiện", "công", "tác",
                                   "năm", "thuỷ", "lợi", "ngày", "tháng", "và", "các", "đã", "bức", "xúc", "the",
                                   "huyện", "của", "tỉnh", "Nguyễn"};

std::vector<std::string> asked(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& w : spellingWords(text)) out.push_back(w.asked);
  return out;
}

using V = std::vector<std::string>;

// One paragraph of more distinct words than the class memo keeps (65,536): it is forgotten only
// between paragraphs, so the paragraph's own classes stay valid to the end (AddressSanitizer in
// the asan leg: it freed them mid-paragraph once). The next paragraph starts afresh.
TEST(Spelling, AParagraphOfMoreDistinctWordsThanTheMemoKeeps) {
  std::string text, expectLast;
  constexpr int kDistinct = 70000;
  for (int i = 0; i < kDistinct; ++i) {
    std::string w = "đ";  // a Vietnamese letter: the paragraph is not taken for a foreign one
    for (int n = i, k = 0; k < 4; ++k, n /= 26) w += static_cast<char>('a' + n % 26);
    text += w + ' ';
    expectLast = w;
  }
  detail::WordClasses classes;
  const auto first = detail::spellingWords(text, classes);
  ASSERT_EQ(first.size(), static_cast<std::size_t>(kDistinct));
  EXPECT_EQ(first.front().asked, "đaaaa");
  EXPECT_EQ(first.back().asked, expectLast);
  const auto next = detail::spellingWords("báo cáo", classes);
  EXPECT_EQ(next.size(), 2u);
}

TEST(Spelling, WordsAskedAndLeftAlone) {
  // "Long Môn" a name, "UBND" an abbreviation; sentence start checked, folded
  EXPECT_EQ(asked("Ủy ban nhân dân xã Long Môn báo cáo UBND huyện"),
            (V{"ủy", "ban", "nhân", "dân", "xã", "báo", "cáo", "huyện"}));
  // all capitals that are syllables are words ("CỘNG HÒA"); HĐND, TTHC, TTg, iPhone are not asked
  EXPECT_EQ(asked("CỘNG HÒA HĐND TTHC TTg iPhone"), (V{"cộng", "hòa"}));
  // digits, codes, addresses
  EXPECT_EQ(asked("Covid19 và 19Covid, số 479/UBND-NC, CT-TTg, www.longmon.gov.vn, a_b và"), (V{"và", "số", "và"}));
  EXPECT_EQ(asked("cách 15 km, 20\u00A0ha đất"), (V{"cách", "đất"}));
  // after a full stop, a colon, a list label: a sentence starts; elsewhere a capital is a name
  EXPECT_EQ(asked("xong. Trận đấu: Trận a) Trận - Trận Trận"), (V{"xong", "trận", "đấu", "trận", "trận", "trận"}));
  // NFD asked in NFC; a 10,000-letter word, single letters and other scripts are not asked
  EXPECT_EQ(asked("nga\xCC\x80y " + std::string(10000, 'a') + " y x Москва 越南"), (V{"ngày"}));
  // an English paragraph: its words without a Vietnamese letter are not Vietnamese
  EXPECT_EQ(asked("The report was submitted on time by the commune office"), V{});
  EXPECT_EQ(asked("Báo cáo tổng kết công tác dân vận in the commune"), (V{"báo", "cáo", "tổng", "kết", "công", "tác", "dân",
                                                                           "vận", "in", "the", "commune"}));
}

TEST(Spelling, EitherTonePlacementPassesEachWordAskedOnce) {
  FakeSpeller speller(kWords);
  SpellingCheck check(speller);
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(check.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {}).size(), 0u);
    EXPECT_EQ(check.paragraph("Ủy ban nhân dân xã Long Môn; thủy lợi, thuỷ lợi; uỷ ban, ủy ban", {}).size(), 0u);
  }
  for (const auto& [word, n] : speller.calls) EXPECT_LE(n, 1) << word;  // "hòa": once, then "hoà" once
  EXPECT_EQ(speller.calls["hòa"], 1);
  EXPECT_EQ(speller.calls["hoà"], 1);
  EXPECT_TRUE(speller.suggested.empty());
}

TEST(Spelling, UnknownWordsCarryTheSuggestions) {
  FakeSpeller speller(kWords);
  SpellingCheck check(speller);
  const auto issues = check.paragraph("Các vấn đề búc xúc đã", {});
  // "vấn", "đề" are not in the fake's list: no suggestion; "búc" has two
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[2].rule, Rule::TextSpelling);
  EXPECT_EQ(issues[2].args, (V{"búc", "bức, búa"}));
  EXPECT_EQ(issueMessage(issues[2], Language::Vietnamese),
            "Từ điển chính tả tiếng Việt của LibreOffice không có từ “búc”; gợi ý: bức, búa.");
  EXPECT_EQ(issues[0].rule, Rule::TextSpellingNoSuggestion);
  EXPECT_EQ(issueMessage(issues[0], Language::English), "LibreOffice's Vietnamese spell checker does not know “vấn”.");
  // a name the dictionary has capitalised only: at a sentence's start, as written; not in lower case
  EXPECT_EQ(check.paragraph("Nguyễn Văn A. NGUYỄN", {}).size(), 0u);
  EXPECT_EQ(check.paragraph("các nguyễn", {}).size(), 1u);
  // a word another rule reported ("búc xúc" as a confusable) is not reported twice
  TextIssue confusable{Rule::TextConfusable, 18, 10, "bức xúc", {}};
  EXPECT_EQ(check.paragraph("Các vấn đề búc xúc đã", {confusable}).size(), 2u);
  EXPECT_EQ(speller.suggested["búc"], 1);
}

bool hasRule(const ValidationResult& r, std::string_view rule, std::string_view text = {}) {
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
    return f.rule == rule && (text.empty() || f.message.find(text) != std::string::npos);
  });
}

TEST(Spelling, ThroughTheValidator) {
  FakeSpeller speller(kWords);
  const auto marked = [](std::string lang) { return [lang](DocParagraph& p) { for (auto& r : p.runs) r.language = lang; }; };
  Document d = DocBuilder()
                   .body("Các búc").with(marked("vi"))
                   .body("vấn đề búc xúc").with(marked("vi"))  // a confusable: "búc" not a second finding
                   .body("Report on the zzyzx commune").with(marked("en"))  // marked English: not checked
                   .body("Chào zzz")  // unmarked: checked
                   .build();
  ValidationInput in;
  in.document = &d;
  in.spelling = &speller;
  const auto r = validate(in);
  EXPECT_EQ(r.spelling, SpellingState::Checked);
  EXPECT_TRUE(hasRule(r, "text.spelling", "“búc”; gợi ý: bức, búa")) << describe(r);
  EXPECT_FALSE(hasRule(r, "text.spelling", "zzyzx")) << describe(r);
  EXPECT_TRUE(hasRule(r, "text.spelling", "“zzz”")) << describe(r);
  EXPECT_TRUE(hasRule(r, "text.confusable", "“búc xúc” → “bức xúc”")) << describe(r);
  EXPECT_EQ(std::count_if(r.findings.begin(), r.findings.end(),
                          [](const Finding& f) { return f.message.find("“búc”") != std::string::npos; }), 1) << describe(r);

  // the same English paragraph in a document that marks nothing as Vietnamese: the language says
  // nothing (the default en-US), the words are English by themselves
  Document unmarked = DocBuilder().body("Report on the zzyzx commune").with(marked("en")).body("Các xã").with(marked("en")).build();
  in.document = &unmarked;
  const auto u = validate(in);
  EXPECT_FALSE(hasRule(u, "text.spelling")) << describe(u);

  // no Vietnamese spell checker: nothing checked, and said
  FakeSpeller none(kWords, false);
  in.document = &d;
  in.spelling = &none;
  const auto n = validate(in);
  EXPECT_EQ(n.spelling, SpellingState::Unavailable);
  EXPECT_FALSE(hasRule(n, "text.spelling"));
  EXPECT_TRUE(none.calls.empty());
  in.spelling = nullptr;
  EXPECT_EQ(validate(in).spelling, SpellingState::Off);
}

// The 514-page report (the seed report repeated) with every word known: the spelling part's own
// cost, the oracle answering from memory (LibreOffice's answers cost per distinct word: asked()).
TEST(Spelling, LongReportEachDistinctWordOnce) {
  const std::string seed = readFile(BAOCAO_SEED_REPORT);
  ASSERT_FALSE(seed.empty());
  std::string text;
  while (text.size() < 514u * 3000u) text += seed;  // ~3,000 bytes a page
  const Document d = documentFromText(text);
  struct All final : SpellingOracle {
    bool available() override { return true; }
    bool known(const std::string&) override { ++calls; return true; }
    std::vector<std::string> suggestions(const std::string&) override { return {}; }
    std::size_t calls = 0;
  } all;
  SpellingCheck check(all);
  const auto start = std::chrono::steady_clock::now();
  std::size_t words = 0;
  for (const auto& p : d.paragraphs) words += check.paragraph(p.text, {}).size();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << "  " << d.paragraphs.size() << " paragraphs, " << text.size() / 1024 << " KiB: " << all.calls
            << " distinct words asked, spelling part " << ms << " ms\n";
  EXPECT_EQ(words, 0u);
  EXPECT_EQ(all.calls, check.asked());
  EXPECT_LT(all.calls, 3000u);
}

}  // namespace
}  // namespace baocao::core
