// Internal to the validator: what every rule module sees (the document, the template, where the
// sections are, the parts of the page) and the one way a rule reports a finding. validation.cpp
// builds the context and calls each module; messages come from core/messages.hpp
// through the rule table (core/validation/rule_table.hpp).
#pragma once

#include "core/cancel.hpp"
#include "core/civil_date.hpp"
#include "core/figures/data_sheet.hpp"
#include "core/validation/doc_type.hpp"
#include "core/validation/findings.hpp"
#include "core/messages.hpp"
#include "core/validation/rule_table.hpp"
#include "core/validation/sections.hpp"
#include "core/validation/signature.hpp"
#include "core/validation/spelling.hpp"

#include <optional>
#include <string>
#include <vector>

namespace baocao::core::rules {

// Where the parts of a report are, by paragraph index (-1 when not found).
struct Zones {
  int typeName = -1;        // "BÁO CÁO", "KẾ HOẠCH"; none in a công văn
  int trichYeu = -1;        // under the type name; a công văn's "V/v …" line
  int kinhGui = -1;
  int headerEnd = 0;        // the header (ô 1-4) lies in [0, headerEnd), or in the header table
  int bodyBegin = 0;        // body paragraphs: [bodyBegin, bodyEnd)
  int bodyEnd = 0;
  int noiNhan = -1;
  int signature = -1;       // the first authority/position line
};

// What the rules read of each paragraph's text, worked out once before they run (a long report's
// by two threads): its per-paragraph text findings and its folded key.
struct ParagraphFacts {
  std::vector<TextIssue> issues;  // paragraphTextIssues(text)
  std::string key;                // foldCase(collapseSpaces(text)): the guidance and the dates
};
// One per paragraph of `doc`, in order. From 256 KB of text the paragraphs are split at half
// the text between the caller's thread and a second one: the work is pure and its memos are per
// thread. A shorter document stays on the caller's thread, whose memos are warm. `stop` (may be
// null) is asked before each of the caller's paragraphs, on the caller's thread only (its question
// may run the window events); stopped, the second thread ends at its next paragraph and Stopped
// leaves once it has.
[[nodiscard]] std::vector<ParagraphFacts> paragraphFacts(const Document& doc, Cancellation* stop = nullptr);

struct Context {
  const Document& doc;
  const ReportTemplate* tmpl;     // may be null
  const SectionMap* sections;     // null without a template
  const DataSet* data;            // null: no data file to compare the figures with
  std::optional<bool> dataFileChanged;  // the data file changed since the last fill; empty: unknown
  Language language;
  Zones zones;
  std::vector<Finding>& out;
  std::vector<StatedFigure>* stated = nullptr;  // checkFigures writes the figures it found here
  DetectedKind kind{};      // what kind of document this is (core/validation/doc_type.hpp)
  bool electronic = false;  // an electronic document: the system assigns the number and the date
  SpellingOracle* spelling = nullptr;  // available, or null: text.spelling is skipped
  // Asked between paragraphs by the rules that take long on a huge report (text, with spelling);
  // null: never stops.
  Cancellation* stop = nullptr;
  const std::vector<ParagraphFacts>* facts = nullptr;  // paragraphFacts(doc)

  // A finding of the rule (core/validation/rule_table.hpp) at a paragraph (-1: the whole document),
  // its message filled with `args` and followed by the place.
  void add(Rule rule, int paragraph, const std::vector<std::string>& args) const;
  // The same with another of the rule's messages (a rule that can fail in more than one way).
  void add(Rule rule, int paragraph, MessageId message, const std::vector<std::string>& args) const;
  [[nodiscard]] std::string text(MessageId id, const std::vector<std::string>& args = {}) const;
  [[nodiscard]] bool isHeading(int paragraph) const;
  [[nodiscard]] std::string typeName() const;  // "KẾ HOẠCH"; empty for a công văn
  [[nodiscard]] std::string typeCode() const;  // "KH"; empty for a công văn
};

// "mục III.4, đoạn 17" / "section III.4, paragraph 17"; paragraphs count from 1 for people.
[[nodiscard]] std::string placeText(std::string_view section, int paragraph, Language lang);

// Formatting is known for a paragraph when the reader gave its runs (a plain-text import has none).
[[nodiscard]] bool formattingKnown(const DocParagraph& p);
// An ASCII digit anywhere: the cheap test before looking for dates and figures.
[[nodiscard]] bool hasDigit(std::string_view s);
// A short quotation of a paragraph for messages ("Trên cơ sở Chỉ thị 33/CT-TTg…").
[[nodiscard]] std::string excerpt(std::string_view text, std::size_t maxCodePoints = 60);
// "12", "12,5": a measurement the Vietnamese way (or with a point in English).
[[nodiscard]] std::string number(double v, Language lang);

// The header's place and date ("Long Môn, ngày 07 tháng 5 năm 2025"), when written in full.
struct HeaderDate {
  int paragraph = -1;
  std::string place;  // "Long Môn"
  CivilDate date;
};
[[nodiscard]] std::optional<HeaderDate> headerDate(const Context& c);

[[nodiscard]] Zones findZones(const Document& doc, const ReportTemplate* tmpl, const SectionMap* sections,
                              const DetectedKind& kind);

void checkStructure(const Context& c);
[[nodiscard]] ReportFacts readFacts(const Context& c);  // report_facts.cpp
void checkPlaceholders(const Context& c);
void checkHeader(const Context& c);
void checkSignatureAndRecipients(const Context& c);
void checkFormat(const Context& c);
void checkDates(const Context& c);
void checkText(const Context& c);
void checkFigures(const Context& c);
void checkLocalGovernment(const Context& c);
// The district-level unit a line names ("UBND huyện Minh Long", "Phòng Nội vụ huyện", "thị xã Ba
// Đồn", "quận 3"), as written; nullopt for a commune ("xã Long Môn") or history ("(huyện X cũ)").
[[nodiscard]] std::optional<std::string> abolishedUnitIn(std::string_view line);
void checkPeriod(const Context& c);

}  // namespace baocao::core::rules
