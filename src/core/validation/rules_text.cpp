// text.* (Unicode form, legacy encodings, tone marks, missing diacritics, typing slips: the per-paragraph
// ones in text_issues.hpp) and date.invalid.
#include "core/civil_date.hpp"
#include "core/validation/rules.hpp"
#include "core/validation/text_issues.hpp"
#include "text/syllable.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>

namespace baocao::core::rules {
namespace {

bool ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

// The language a paragraph is marked in: its runs' (the one most of its text has); empty when unmarked.
std::string_view markedLanguage(const DocParagraph& p) {
  std::unordered_map<std::string_view, std::size_t> bytes;
  for (const auto& r : p.runs)
    if (!r.language.empty()) bytes[r.language] += r.text.size();
  std::string_view best;
  std::size_t most = 0;
  for (const auto& [lang, n] : bytes)
    if (n > most) {
      most = n;
      best = lang;
    }
  return best;
}

}  // namespace

std::vector<ParagraphFacts> paragraphFacts(const Document& doc, Cancellation* stop) {
  constexpr std::size_t kSharedFromBytes = 256 * 1024;
  const auto& ps = doc.paragraphs;
  std::vector<ParagraphFacts> out(ps.size());
  const auto facts = [&](std::size_t i) {
    out[i].issues = paragraphTextIssues(ps[i].text);
    out[i].key = text::foldCase(text::collapseSpaces(ps[i].text));
  };
  std::atomic<bool> quit{false};
  const auto theirs = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to && !quit.load(std::memory_order_relaxed); ++i) facts(i);
  };
  const auto mine = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      if (stop != nullptr && stop->stopRequested()) {
        quit = true;
        throw Stopped();
      }
      facts(i);
    }
  };
  std::size_t bytes = 0;
  for (const auto& p : ps) bytes += p.text.size();
  if (bytes < kSharedFromBytes || std::thread::hardware_concurrency() < 2) {
    mine(0, ps.size());
    return out;
  }
  std::size_t half = 0;
  for (std::size_t before = 0; half < ps.size() && before * 2 < bytes; ++half) before += ps[half].text.size();
  std::future<void> second;
  try {
    second = std::async(std::launch::async, theirs, half, ps.size());
  } catch (const std::system_error&) {  // no thread to be had: all on this one
    mine(half, ps.size());
  }
  try {
    mine(0, half);
  } catch (...) {
    quit = true;  // the other half ends at its next paragraph; the future's destructor waits for it
    throw;
  }
  if (second.valid()) second.get();
  return out;
}

void checkText(const Context& c) {
  // text.spelling: a paragraph marked in another language (an English quotation) is not checked as
  // Vietnamese, but only in a document that marks its Vietnamese as such: one left all in the
  // default language (en-US on many machines, whatever the clerk typed) says nothing.
  std::optional<SpellingCheck> spelling;
  if (c.spelling != nullptr) spelling.emplace(*c.spelling);
  const bool marksVietnamese = std::any_of(c.doc.paragraphs.begin(), c.doc.paragraphs.end(), [](const DocParagraph& p) {
    return std::any_of(p.runs.begin(), p.runs.end(), [](const TextRun& r) { return r.language == "vi"; });
  });
  // Most words recur: each spelling's tone style is looked at once.
  std::unordered_map<std::string_view, text::ToneStyle> styles;  // keys point into the paragraphs
  int oldCount = 0, newCount = 0, firstOld = -1, firstNew = -1;
  std::string oldExample, newExample;

  for (std::size_t i = 0; i < c.doc.paragraphs.size(); ++i) {
    const std::string& t = c.doc.paragraphs[i].text;
    const int pi = static_cast<int>(i);
    // The per-paragraph rules, shared with Writer's proofreader; a paragraph's decomposed or
    // legacy-encoded text is one finding (quoting its first word), not one per word.
    const ParagraphFacts& facts = (*c.facts)[i];
    bool nfdSaid = false, legacySaid = false;
    const auto& issues = facts.issues;
    for (const auto& issue : issues) {
      if (issue.rule == Rule::TextMixedNormalization && std::exchange(nfdSaid, true)) continue;
      if (issue.rule == Rule::TextLegacyEncoding && std::exchange(legacySaid, true)) continue;
      c.add(issue.rule, pi, issue.args);
    }
    if (spelling && !legacySaid) {
      const std::string_view lang = markedLanguage(c.doc.paragraphs[i]);
      if (!marksVietnamese || lang.empty() || lang == "vi")
        for (const auto& issue : spelling->paragraph(t, issues)) c.add(issue.rule, pi, issue.args);
    }
    if (ascii(t)) continue;
    for (const auto& w : text::words(t)) {
      if (ascii(w.text)) continue;
      auto [it, fresh] = styles.try_emplace(w.text);
      if (fresh) it->second = text::toneStyle(w.text);
      if (it->second == text::ToneStyle::Old && oldCount++ == 0) {
        firstOld = pi;
        oldExample = text::nfc(w.text);
      }
      if (it->second == text::ToneStyle::New && newCount++ == 0) {
        firstNew = pi;
        newExample = text::nfc(w.text);
      }
    }
  }
  // text.mixed-tone-style: both placements are correct, one document should use one (decree30.md §13)
  if (oldCount > 0 && newCount > 0)
    c.add(Rule::TextMixedToneStyle, oldCount >= newCount ? firstNew : firstOld,
          {std::to_string(oldCount), oldExample, std::to_string(newCount), newExample});
}

void checkDates(const Context& c) {
  for (std::size_t pi = 0; pi < c.doc.paragraphs.size(); ++pi) {
    if (!hasDigit(c.doc.paragraphs[pi].text)) continue;
    const std::string& s = (*c.facts)[pi].key;
    auto report = [&](const std::string& typed) {
      c.add(Rule::DateInvalid, static_cast<int>(pi), {typed});
    };
    // each written date once: where a number starts ("07/5/2025"), or after "ngày " (the long form)
    for (std::size_t i = 0; i < s.size(); ++i) {
      const bool digitHere = s[i] >= '0' && s[i] <= '9';
      const char before = i > 0 ? s[i - 1] : ' ';
      if (!digitHere || (before >= '0' && before <= '9') || before == '/' || before == '.' || before == '-') continue;
      const auto date = readWrittenDate(std::string_view(s).substr(i));
      if (!date) continue;
      const bool afterNgay = i >= 6 && s.compare(i - 6, 6, "ngày ") == 0;
      if (date->longForm && !afterNgay) continue;  // "05 tháng 3 năm 2026" without "ngày": not read as a date
      if (!isValid(date->date)) report(s.substr(date->longForm ? i - 6 : i, date->end + (date->longForm ? 6 : 0)));
      i += date->end - 1;
    }
  }
}

}  // namespace baocao::core::rules
