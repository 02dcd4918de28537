// Stopping a long job (core/cancel.hpp): the Cancellation's throttle and its stickiness, and the
// check job stopped at every place it asks, while the document is read and while the rules run:
// each stop gives an outcome that says so, with no findings, and the document untouched.
#include "core/cancel.hpp"
#include "core/jobs/jobs.hpp"

#include "fakes/fake_document.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace baocao::core {
namespace {

using namespace std::chrono_literals;
using testing::FakeDataFiles;
using testing::FakeDocument;

TEST(Cancellation, ADefaultOneNeverStops) {
  Cancellation never;
  EXPECT_FALSE(never.stopRequested());
  EXPECT_NO_THROW(never.throwIfStopped());
  EXPECT_NO_THROW(throwIfStopped(nullptr));
}

TEST(Cancellation, AsksAtMostOncePerInterval) {
  int asked = 0;
  Cancellation c([&] {
    ++asked;
    return false;
  }, 1h);
  for (int i = 0; i < 1000; ++i) EXPECT_FALSE(c.stopRequested());
  EXPECT_EQ(asked, 1);  // the first question polls, the rest fall inside the hour
  EXPECT_EQ(c.polls(), 1);
}

TEST(Cancellation, AsksAgainOnceTheIntervalHasPassed) {
  int asked = 0;
  Cancellation c([&] {
    ++asked;
    return false;
  }, 5ms);
  EXPECT_FALSE(c.stopRequested());
  std::this_thread::sleep_for(20ms);
  EXPECT_FALSE(c.stopRequested());
  EXPECT_EQ(asked, 2);
}

TEST(Cancellation, OnceStoppedStaysStoppedWithoutAskingAgain) {
  int asked = 0;
  Cancellation c([&] { return ++asked >= 2; }, 0ms);
  EXPECT_FALSE(c.stopRequested());
  EXPECT_TRUE(c.stopRequested());
  EXPECT_TRUE(c.stopRequested());
  EXPECT_EQ(asked, 2);
  EXPECT_THROW(c.throwIfStopped(), Stopped);
}

// A report long enough for every rule to have work: a title, body paragraphs, a figure.
Document longReport(int paragraphs) {
  Document d;
  d.path = "bao-cao-dai.odt";
  DocParagraph title;
  title.text = "BÁO CÁO";
  d.paragraphs.push_back(title);
  for (int i = 0; i < paragraphs; ++i) {
    DocParagraph p;
    p.text = "Ủy ban nhân dân xã đã chỉ đạo triển khai công tác dân vận " + std::to_string(i) + " lần trong kỳ.";
    d.paragraphs.push_back(p);
  }
  DocParagraph figure;
  figure.text = "Tổng số hộ: 433 hộ";
  figure.fields.push_back(DocField{DocField::Kind::Figure, "ho_dan_tong", "433"});
  d.paragraphs.push_back(figure);
  return d;
}

// Stops at the n-th question (counting from 1); asks every time (no throttle).
struct StopAt {
  int n;
  int asked = 0;
  Cancellation token() {
    return Cancellation([this] { return ++asked >= n; }, 0ms);
  }
};

TEST(CheckJob, RunsToTheEndWhenNobodyStopsIt) {
  FakeDocument doc;
  doc.state.text = longReport(50);
  FakeDataFiles files;
  StopAt never{1 << 30};
  Cancellation token = never.token();
  jobs::CheckOptions options;
  options.stop = &token;
  const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, options);
  EXPECT_FALSE(outcome.stopped);
  EXPECT_FALSE(outcome.result.findings.empty());
  EXPECT_EQ(outcome.path, "bao-cao-dai.odt");
  // asked between the rules and between the paragraphs of the text rule, at least
  EXPECT_GE(never.asked, 50 + 10);
}

TEST(CheckJob, StoppedAtAnyQuestionSaysSoWithNoFindingsAndTouchesNothing) {
  FakeDocument probe;
  probe.state.text = longReport(30);
  probe.state.properties[DocumentProperty::kTemplate] = "dan-van-2021-2025 1.0";
  FakeDataFiles probeFiles;
  StopAt never{1 << 30};
  Cancellation counting = never.token();
  probe.readingParagraph = [&] { counting.throwIfStopped(); };
  jobs::CheckOptions probeOptions;
  probeOptions.stop = &counting;
  ASSERT_FALSE(jobs::check(probe, Catalog{}, probeFiles, probeOptions).stopped);
  const int questions = never.asked;
  ASSERT_GT(questions, 2 * 30);  // while reading (one a paragraph) and while the rules run

  for (int n = 1; n <= questions; ++n) {
    FakeDocument doc;
    doc.state.text = longReport(30);
    doc.state.properties[DocumentProperty::kTemplate] = "dan-van-2021-2025 1.0";
    const FakeDocument::State before = doc.state;
    FakeDataFiles files;
    StopAt stop{n};
    Cancellation token = stop.token();
    doc.readingParagraph = [&] { token.throwIfStopped(); };
    jobs::CheckOptions options;
    options.stop = &token;
    const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, options);
    EXPECT_TRUE(outcome.stopped) << "question " << n;
    EXPECT_TRUE(outcome.result.findings.empty()) << "question " << n;
    EXPECT_EQ(stop.asked, n) << "nothing asked after the stop";
    EXPECT_TRUE(doc.edits.empty());
    EXPECT_TRUE(doc.state == before) << "the document untouched";
    EXPECT_EQ(fileJson(outcome), R"({"path":"","stopped":true})");
  }
}

TEST(CheckJob, StoppedBetweenThePageLookupsOfTheHeadings) {
  // Writer's page lookup moves the view cursor and repaints: the page-flow rule asks before each
  Document text = longReport(0);
  for (int i = 0; i < 200; ++i) {
    DocParagraph heading;
    heading.text = std::to_string(i + 1) + ". Kết quả thực hiện nhiệm vụ " + std::to_string(i + 1);
    heading.outlineLevel = 2;
    text.paragraphs.push_back(heading);
    DocParagraph body;
    body.text = "Ủy ban nhân dân xã đã chỉ đạo triển khai công tác dân vận.";
    text.paragraphs.push_back(body);
  }
  int looked = 0;
  bool stopping = false;
  text.pages = [&](int i, PageEnds) {
    ++looked;
    return PageSpan{i / 10 + 1, i / 10 + 1};
  };
  FakeDocument doc;
  doc.state.text = text;
  FakeDataFiles files;
  // asks nothing until the tenth lookup, then stops
  Cancellation token([&] { return stopping = stopping || looked >= 10; }, 0ms);
  jobs::CheckOptions options;
  options.stop = &token;
  const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, options);
  EXPECT_TRUE(outcome.stopped);
  EXPECT_EQ(looked, 10) << "no page asked after the stop";
}

TEST(CheckJob, StoppedWhileTheTextRulesRunOnTwoThreads) {
  // from 256 KB of text the per-paragraph text rules are shared with a second thread: the caller's
  // half asks, and a stop there ends the other half too
  FakeDocument doc;
  doc.state.text = longReport(4000);  // about 400 KB
  FakeDataFiles files;
  StopAt stop{200};  // the rule groups ask a dozen times first; then the caller's half, one a paragraph
  Cancellation token = stop.token();
  jobs::CheckOptions options;
  options.stop = &token;
  const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, options);
  EXPECT_TRUE(outcome.stopped);
  EXPECT_TRUE(outcome.result.findings.empty());
  EXPECT_EQ(stop.asked, 200) << "nothing asked after the stop";
}

TEST(CheckJob, StoppedWhileReadingRunsNoRule) {
  FakeDocument doc;
  doc.state.text = longReport(1000);
  FakeDataFiles files;
  StopAt stop{10};
  Cancellation token = stop.token();
  int read = 0;
  doc.readingParagraph = [&] {
    ++read;
    token.throwIfStopped();
  };
  jobs::CheckOptions options;
  options.stop = &token;
  const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, options);
  EXPECT_TRUE(outcome.stopped);
  EXPECT_EQ(read, 9);  // the first question is the job's own, before the reading
  EXPECT_EQ(stop.asked, 10);
}

}  // namespace
}  // namespace baocao::core
