// The real report the first template was drawn from, pasted as plain text (one paragraph a
// line, headings typed by hand): its known defects must all be found, its outline recognised.
#include "core/templates/template_catalog.hpp"
#include "core/validation/text_issues.hpp"
#include "doc_builder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <utility>
#include <vector>

namespace baocao::core {
namespace {

using namespace testing;

bool has(const ValidationResult& r, std::string_view rule, std::string_view text = {}) {
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
    return f.rule == rule && (text.empty() || f.message.find(text) != std::string::npos);
  });
}

TEST(SeedReport, KnownDefectsFoundOutlineRecognised) {
  auto t = loadTemplateFile(std::filesystem::path(BAOCAO_TEMPLATES_DIR) / "dan-van-2021-2025.json");
  ASSERT_TRUE(t) << t.error().message.en();
  const std::string text = readFile(BAOCAO_SEED_REPORT);
  ASSERT_FALSE(text.empty()) << BAOCAO_SEED_REPORT;
  const Document d = documentFromText(text);
  ValidationInput in;
  in.document = &d;
  in.reportTemplate = &*t;
  const auto r = validate(in);

  std::map<std::string, int> counts;
  for (const auto& f : r.findings) ++counts[f.rule];
  for (const auto& [rule, n] : counts) std::cout << "  " << rule << " x" << n << "\n";

  // every section of the outline found from the hand-typed numbering
  EXPECT_FALSE(has(r, "structure.missing-section")) << describe(r);
  for (const auto& m : r.sections) EXPECT_GE(m.paragraph, 0) << m.path;
  // no header, no signature, no recipients
  for (const char* rule : {"header.national-title", "header.motto", "header.agency", "header.number", "header.place-date",
                           "signature.missing", "recipients.missing"})
    EXPECT_TRUE(has(r, rule)) << rule;
  EXPECT_FALSE(has(r, "header.title")) << "BÁO CÁO and the trích yếu are there";
  // the decomposed phrase, "ngaỳ", "ngay 26/11/2021", the II/III title typed twice
  EXPECT_TRUE(has(r, "text.mixed-normalization", "công tác dân vận")) << describe(r);
  EXPECT_TRUE(has(r, "text.tone-mark-placement", "“ngaỳ”, cần “ngày”")) << describe(r);
  EXPECT_TRUE(has(r, "text.undiacritized-word", "“ngay”, cần “ngày”")) << describe(r);
  EXPECT_TRUE(has(r, "structure.duplicate-heading", "mục III.1 trùng với tiêu đề mục II.1")) << describe(r);
  // nothing the report does right is reported
  for (const char* rule : {"structure.section-order", "structure.numbering", "structure.empty-section", "date.invalid",
                           "text.legacy-encoding", "figure.sum-mismatch"})
    EXPECT_FALSE(has(r, rule)) << rule << "\n" << describe(r);
  // its four typos are text.confusable findings with their corrections, and no other slip is reported
  EXPECT_EQ(counts["text.confusable"], 4) << describe(r);
  for (const char* fix : {"“huyện lụy” → “huyện lỵ”", "“búc xúc” → “bức xúc”", "“trận tự” → “trật tự”",
                          "“thẩn quyền” → “thẩm quyền”"})
    EXPECT_TRUE(has(r, "text.confusable", fix)) << fix << "\n" << describe(r);
  for (const char* rule : {"text.telex-leftover", "text.repeated-word", "text.missing-space", "text.malformed-syllable"})
    EXPECT_FALSE(has(r, rule)) << rule << "\n" << describe(r);
  EXPECT_FALSE(r.readyToSubmit());
  EXPECT_EQ(r.errorCount(), static_cast<int>(std::count_if(r.findings.begin(), r.findings.end(), [](const Finding& f) {
              return f.severity == Severity::Error;
            })));
  EXPECT_GE(r.errorCount(), 7) << "at least the header, signature and recipients";

  // the figures are found through the template's sentence patterns: a wrong total is caught
  std::string wrong = text;
  const auto at = wrong.find("Toàn xã có 433 hộ");
  ASSERT_NE(at, std::string::npos);
  wrong.replace(at, std::string("Toàn xã có 433 hộ").size(), "Toàn xã có 430 hộ");
  const Document w = documentFromText(wrong);
  in.document = &w;
  EXPECT_TRUE(has(validate(in), "figure.sum-mismatch", "“Tổng số hộ” là 430, nhưng 428 + 05 cho 433"));
}

// A long report (the seed's text 40 times, over the size from which the per-paragraph text rules
// share the work with a second thread) gets every paragraph's text findings, in paragraph order,
// exactly as each paragraph alone gives them.
TEST(SeedReport, LongReportTextFindingsAreEachParagraphs) {
  const std::string text = readFile(BAOCAO_SEED_REPORT);
  std::string longText;
  for (int i = 0; i < 40; ++i) longText += text + "\n";
  ASSERT_GT(longText.size(), 256u * 1024u);
  const Document d = documentFromText(longText);
  std::vector<std::pair<int, std::string>> want;
  for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
    bool nfdSaid = false, legacySaid = false;  // one of each per paragraph, as checkText says them
    for (const auto& issue : paragraphTextIssues(d.paragraphs[i].text)) {
      if (issue.rule == Rule::TextMixedNormalization && std::exchange(nfdSaid, true)) continue;
      if (issue.rule == Rule::TextLegacyEncoding && std::exchange(legacySaid, true)) continue;
      want.emplace_back(static_cast<int>(i), std::string(ruleInfo(issue.rule).code));
    }
  }
  ASSERT_GE(want.size(), 40u * 6u);
  ValidationInput in;
  in.document = &d;
  const auto r = validate(in);
  std::vector<std::pair<int, std::string>> got;
  for (const auto& f : r.findings)
    if (f.rule.rfind("text.", 0) == 0 && f.rule != "text.mixed-tone-style") got.emplace_back(f.paragraph, f.rule);
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace baocao::core
