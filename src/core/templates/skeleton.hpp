// The whole report skeleton as data: the header, the title block, Kính gửi, the opening sentence,
// the numbered sections with their guidance placeholders and figure fields, the closing and the
// signature block with Nơi nhận. Built from a template, the wizard's answers and the agency
// profile; the Writer adapter renders it in one undo step, the CLI writes it to a file.
#pragma once

#include "core/templates/header.hpp"
#include "core/templates/report_template.hpp"

#include <map>
#include <string>
#include <vector>

namespace baocao::core {

struct Answers {
  std::string templateId;
  std::map<std::string, std::string> inputs;  // input id -> value (dates as YYYY-MM-DD)
  std::optional<CivilDate> date;              // the document's date; empty: the caller's today
  std::string number;                         // registered number, usually empty ("…")
  std::vector<std::string> omit;              // optional sections left out
  std::string dataFile;                       // the figures' data file (the figures issue)
  std::string docType;                        // a document kind's id ("ke-hoach"); empty: the template's
};

// The answers' inputs the wizard's period page fills besides ky_bao_cao, any template's (they go
// into the document's properties for the period rules, not into its text).
inline constexpr const char* kPeriodFromInput = "ky_bao_cao_tu";
inline constexpr const char* kPeriodToInput = "ky_bao_cao_den";
inline constexpr const char* kDeadlineInput = "han_gui";

// The answers as the JSON answersFromJson reads (the wizard remembers the last ones this way).
[[nodiscard]] std::string answersToJson(const Answers& a);

// {"template": "dan-van-2021-2025", "number": "15", "date": "2025-05-07",
//  "inputs": {"so_cong_van": "479/UBND-NC", …}, "omit": ["section-id", …], "type": "ke-hoach"}
// The wizard's period page adds inputs ky_bao_cao (the phrase), ky_bao_cao_tu and ky_bao_cao_den
// (the cut-off window) and han_gui (the deadline), dates as YYYY-MM-DD.
[[nodiscard]] Result<Answers> answersFromJson(std::string_view json, std::string_view source);

enum class ParaRole { TypeName, TrichYeu, KinhGui, Opening, Heading, Guidance, Figure };

struct BodyParagraph {
  ParaRole role;
  int level = 0;               // headings: 0 (I.), 1 (1.), 2 (a))
  std::vector<Segment> segments;
  std::string sectionId;       // headings: the template section
  std::string bookmark;        // headings: stable name found again after edits ("bc_ket_qua")
  std::optional<RuleSpec> rule;  // a rule under it (the trích yếu's)
  [[nodiscard]] std::string plainText() const;
};

struct SignatureBlock {
  std::vector<std::string> authorityLines;  // "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
  Segment signer;                           // the name, or a placeholder
  std::vector<std::string> noiNhan;         // "- Như trên;", …, "- Lưu: VT, VP."
};

struct Skeleton {
  std::string templateId;
  HeaderBlock header;
  std::vector<BodyParagraph> body;
  SignatureBlock signature;
};

// Errors name the answer field: "answers.json: inputs.ngay_cong_van: no such calendar date: 2025-02-30".
[[nodiscard]] Result<Skeleton> buildSkeleton(const ReportTemplate& t, const Answers& answers,
                                             const AgencyProfile& profile, CivilDate today,
                                             std::string_view answersSource = "answers");

// Bookmark name for a section id: "bc_" + the id with every other character as "_". Names over
// Word's 40-character limit keep a prefix plus a hash of the id, so they stay unique and survive
// a .docx round trip.
[[nodiscard]] std::string bookmarkName(std::string_view sectionId);

// The style every paragraph role is written in (the adapter creates these styles).
struct BodyLayout {
  static constexpr TextStyle kTypeName{14.0, true, false};
  static constexpr TextStyle kTrichYeu{14.0, true, false};
  static constexpr TextStyle kBody{14.0, false, false};
  static constexpr TextStyle kHeading0{14.0, true, false};
  static constexpr TextStyle kHeading1{14.0, true, false};
  static constexpr TextStyle kHeading2{14.0, false, false};
  static constexpr TextStyle kNoiNhanLabel{12.0, true, true};
  static constexpr TextStyle kNoiNhanItem{11.0, false, false};
  static constexpr TextStyle kSignature{14.0, true, false};
  static constexpr double kFirstLineIndentMm = 10.0;   // decree: 1 cm or 1.27 cm
  static constexpr double kSpacingAfterPt = 6.0;       // decree: at least 6 pt
  static constexpr int kLineSpacingPercent = 115;      // decree: single to 1.5 lines
};

}  // namespace baocao::core
