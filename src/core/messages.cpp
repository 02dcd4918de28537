#include "core/messages.hpp"

#include <array>

namespace baocao::core {
namespace {

struct Entry {
  MessageId id;
  std::string_view vi;
  std::string_view en;
};

constexpr std::array kMessages{
    Entry{MessageId::AppTitle, "Báo cáo", "Báo cáo (reports)"},
    Entry{MessageId::ReadOnlyDocument,
          "Tài liệu đang ở chế độ chỉ đọc nên không thể chèn. Hãy chọn Sửa tài liệu (Edit Document) rồi thử lại.",
          "The document is read-only, so nothing was inserted. Choose Edit Document and try again."},
    Entry{MessageId::NotATextDocument, "Lệnh này chỉ dùng được trong văn bản Writer.",
          "This command works in Writer text documents only."},
    Entry{MessageId::CommandFailed,
          "Không thực hiện được lệnh \"{0}\". Tài liệu không bị thay đổi. Chi tiết đã được ghi vào nhật ký.",
          "The command \"{0}\" could not be completed. The document was not changed. The details were logged."},
    Entry{MessageId::HeaderInserted, "Đã chèn tiêu đề văn bản.", "The document header was inserted."},
    Entry{MessageId::UndoInsertHeader, "Chèn tiêu đề văn bản", "Insert document header"},
    Entry{MessageId::SettingsSaved, "Đã lưu thông tin cơ quan.", "The agency profile was saved."},
    Entry{MessageId::UndoInsertReport, "Chèn khung báo cáo", "Insert report skeleton"},
    Entry{MessageId::ReportInserted, "Đã chèn khung báo cáo.", "The report skeleton was inserted."},
    Entry{MessageId::TemplateNotFound, "Không tìm thấy mẫu báo cáo \"{0}\".", "No report template \"{0}\" was found."},
    Entry{MessageId::UndoRefreshFigures, "Cập nhật số liệu", "Refresh figures"},
    Entry{MessageId::NoFigureFields,
          "Tài liệu này không có số liệu gắn với tệp số liệu. Hãy chèn khung báo cáo bằng lệnh Báo cáo > Chèn khung báo cáo.",
          "This document has no figures bound to the data file. Insert a report skeleton with Báo cáo > Insert report skeleton."},
    Entry{MessageId::NoDataFile, "Chưa chọn tệp số liệu. Hãy dùng lệnh Báo cáo > Chọn tệp số liệu.",
          "No data file has been chosen. Use Báo cáo > Choose data file."},
    Entry{MessageId::FiguresUpdated, "Đã cập nhật {0} số liệu.", "{0} figures were updated."},
    Entry{MessageId::FiguresUnchanged, "Số liệu trong tài liệu đã khớp với tệp số liệu; không có gì thay đổi.",
          "The figures already match the data file; nothing changed."},
    Entry{MessageId::FiguresMissing, "{0} số liệu không có trong tệp số liệu và được đánh dấu trong văn bản.",
          "{0} figures are not in the data file and are marked in the text."},
    Entry{MessageId::DataFileChanged, "Tệp số liệu đã thay đổi kể từ lần cập nhật trước ({0}).",
          "The data file has changed since the last refresh ({0})."},
    Entry{MessageId::ChooseDataFileTitle, "Chọn tệp số liệu", "Choose the data file"},
    Entry{MessageId::CheckReport, "Kiểm tra báo cáo", "Check report"},
    Entry{MessageId::SaveWithErrors,
          "Báo cáo còn {0} lỗi. Vẫn lưu?\n\nXem các lỗi bằng lệnh Báo cáo > Kiểm tra báo cáo.",
          "The report still has {0} errors. Save anyway?\n\nBáo cáo > Check report lists them."},
    Entry{MessageId::DataFileFilter, "Tệp số liệu (*.ods, *.xlsx, *.xls, *.csv)", "Data files (*.ods, *.xlsx, *.xls, *.csv)"},
};

}  // namespace

Language languageForLocale(std::string_view bcp47) {
  return bcp47.substr(0, 2) == "vi" ? Language::Vietnamese : Language::English;
}

std::string_view message(MessageId id, Language lang) {
  for (const auto& e : kMessages)
    if (e.id == id) return lang == Language::Vietnamese ? e.vi : e.en;
  return "?";
}

std::string format(std::string_view templ, const std::vector<std::string>& args) {
  std::string out;
  for (std::size_t i = 0; i < templ.size(); ++i) {
    if (templ[i] == '{' && i + 2 < templ.size() && templ[i + 2] == '}' && templ[i + 1] >= '0' && templ[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(templ[i + 1] - '0');
      if (n < args.size()) {
        out += args[n];
        i += 2;
        continue;
      }
    }
    out += templ[i];
  }
  return out;
}


}  // namespace baocao::core
