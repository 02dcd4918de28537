#include "core/validation/doc_type.hpp"

#include "core/templates/report_template.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <array>

namespace baocao::core {
namespace {

constexpr std::array kKinds{
    DocKindInfo{DocKind::BaoCao, "bao-cao", "BC", "BÁO CÁO"},
    DocKindInfo{DocKind::KeHoach, "ke-hoach", "KH", "KẾ HOẠCH"},
    DocKindInfo{DocKind::HuongDan, "huong-dan", "HD", "HƯỚNG DẪN"},
    DocKindInfo{DocKind::ThongBao, "thong-bao", "TB", "THÔNG BÁO"},
    DocKindInfo{DocKind::ToTrinh, "to-trinh", "TTr", "TỜ TRÌNH"},
    DocKindInfo{DocKind::QuyetDinh, "quyet-dinh", "QĐ", "QUYẾT ĐỊNH"},
    DocKindInfo{DocKind::CongVan, "cong-van", "", ""},
};

}  // namespace

std::span<const DocKindInfo> docKinds() { return kKinds; }

const DocKindInfo& docKindInfo(DocKind kind) { return kKinds.at(static_cast<std::size_t>(kind)); }

std::optional<DocKind> docKindForCode(std::string_view code) {
  for (const auto& k : kKinds)
    if (!k.code.empty() && text::equalFolded(k.code, code)) return k.kind;
  return std::nullopt;
}

std::optional<DocKind> docKindForTitle(std::string_view line) {
  if (line.size() > 40) return std::nullopt;  // a type name is one or two words
  const std::string key = text::normalizeHeading(line);
  for (const auto& k : kKinds)
    if (!k.name.empty() && key == text::normalizeHeading(k.name)) return k.kind;
  return std::nullopt;
}

bool isCongVanSubject(std::string_view line) {
  const std::string s = text::foldCase(text::collapseSpaces(line));
  return s.rfind("v/v ", 0) == 0 || s.rfind("v/v:", 0) == 0 || s.rfind("v/v.", 0) == 0;
}

DetectedKind detectDocKind(const Document& doc, const ReportTemplate* tmpl, int limit) {
  const int n = std::min(limit, static_cast<int>(doc.paragraphs.size()));
  DetectedKind out;
  int subject = -1;
  for (int i = 0; i < n; ++i) {
    const std::string& t = doc.paragraphs[static_cast<std::size_t>(i)].text;
    if (const auto kind = docKindForTitle(t)) {
      out.kind = *kind;
      out.source = DocKindSource::Title;
      out.paragraph = i;
      return out;
    }
    if (subject < 0 && isCongVanSubject(t)) subject = i;
  }
  if (subject >= 0) {
    out.kind = DocKind::CongVan;
    out.source = DocKindSource::Title;
    out.paragraph = subject;
  } else if (tmpl != nullptr) {
    out.source = DocKindSource::Template;
    out.kind = tmpl->typeCode.empty() ? DocKind::CongVan : docKindForCode(tmpl->typeCode).value_or(DocKind::BaoCao);
  } else {
    // no type name yet (a header just inserted): the number's type code, "Số: 15/KH-UBND"
    for (int i = 0; i < n; ++i) {
      const auto kind = docKindForNumber(doc.paragraphs[static_cast<std::size_t>(i)].text);
      if (!kind) continue;
      out.kind = *kind;
      out.source = DocKindSource::Number;
      out.paragraph = i;
      break;
    }
  }
  return out;
}

std::optional<DocKind> docKindForNumber(std::string_view line) {
  if (line.size() > 120) return std::nullopt;  // a number line is short
  const std::string s = text::collapseSpaces(line);
  if (text::foldCase(s).rfind("số", 0) != 0) return std::nullopt;
  const std::size_t slash = s.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const std::size_t dash = s.find('-', slash + 1);
  if (dash == std::string::npos) return std::nullopt;
  return docKindForCode(text::collapseSpaces(std::string_view(s).substr(slash + 1, dash - slash - 1)));
}

}  // namespace baocao::core
