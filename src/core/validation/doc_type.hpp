// Which kind of administrative document is being checked (Decree 30, Appendix III): told from the
// title line ("KẾ HOẠCH"), from a công văn's "V/v …" line, or from the template, so the header,
// number and title rules ask for that kind's name and code, not always "BÁO CÁO" and "BC".
#pragma once

#include "core/validation/document.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace baocao::core {

struct ReportTemplate;

enum class DocKind { BaoCao, KeHoach, HuongDan, ThongBao, ToTrinh, QuyetDinh, CongVan };

struct DocKindInfo {
  DocKind kind;
  std::string_view id;    // stable, in the JSON output: "ke-hoach"
  std::string_view code;  // the type abbreviation in the number: "KH"; empty for a công văn
  std::string_view name;  // the title line: "KẾ HOẠCH"; empty for a công văn (no type name)
};

[[nodiscard]] std::span<const DocKindInfo> docKinds();
[[nodiscard]] const DocKindInfo& docKindInfo(DocKind kind);
// The kind whose abbreviation is `code` ("KH"), if any.
[[nodiscard]] std::optional<DocKind> docKindForCode(std::string_view code);
// The kind whose type name the line is, whatever its case, spacing or tone placement:
//   docKindForTitle("Kế hoạch") == DocKind::KeHoach; docKindForTitle("KẾ HOẠCH THỰC HIỆN") == nullopt
[[nodiscard]] std::optional<DocKind> docKindForTitle(std::string_view line);
// The kind whose code a number line carries: docKindForNumber("Số: 16/KH-MTTQ-BTT") == KeHoach;
// a công văn's "Số: 12/UBND-VP" names none.
[[nodiscard]] std::optional<DocKind> docKindForNumber(std::string_view line);
// A công văn's trích yếu: "V/v báo cáo …" (any case, "V/v:" too).
[[nodiscard]] bool isCongVanSubject(std::string_view line);

enum class DocKindSource { Title, Template, Number, Default };

struct DetectedKind {
  DocKind kind = DocKind::BaoCao;
  DocKindSource source = DocKindSource::Default;
  int paragraph = -1;  // the title line, or a công văn's "V/v" line; -1 when not from the document
};

// The title line among the paragraphs before `limit` decides; else a "V/v" line makes a công văn;
// else the template's type code; else a báo cáo (the extension's own documents).
[[nodiscard]] DetectedKind detectDocKind(const Document& doc, const ReportTemplate* tmpl, int limit);

}  // namespace baocao::core
