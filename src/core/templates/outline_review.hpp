// The clerk's review of a template imported from a đề cương (outline_import.hpp) before it is
// saved: the outline as rows (level, number, title, guidance, figures) the clerk renames, moves a
// level up or down, marks optional, or drops when a body line was taken for a heading. The edits
// live here so the review dialog only shows rows and forwards clicks; every edit can be undone.
// Also where a template file goes: a folder that cannot be written is said before anything is.
#pragma once

#include "core/error.hpp"
#include "core/templates/outline_import.hpp"
#include "core/templates/report_template.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

struct ReviewRow {
  int level = 0;             // 0 "I", 1 "1", 2 "a": templates nest at most three levels
  std::string title;
  std::string guidance;
  bool required = true;
  std::vector<FigureSlot> figures;
};

class OutlineReview {
 public:
  explicit OutlineReview(OutlineImport imported);

  [[nodiscard]] const std::vector<ReviewRow>& rows() const { return mRows; }
  [[nodiscard]] const OutlineImport& imported() const { return mImported; }
  [[nodiscard]] const std::string& id() const { return mId; }
  [[nodiscard]] const std::string& title() const { return mTitle; }

  // Each edit returns why it was refused (nothing changed then), or nothing when done.
  // The new title must not be empty; a guidance left as the importer's "Viết nội dung mục “…”."
  // follows the new title.
  [[nodiscard]] std::optional<Message> rename(std::size_t row, std::string_view title);
  [[nodiscard]] std::optional<Message> setGuidance(std::size_t row, std::string_view guidance);
  [[nodiscard]] std::optional<Message> setRequired(std::size_t row, bool required);
  // Moves the row and the rows under it (its subsections) together: level 0 to 2, the first row
  // at level 0, a row at most one level below the row before it.
  [[nodiscard]] std::optional<Message> setLevel(std::size_t row, int level);
  // A line taken for a heading that is not one: its number-less title and guidance join the
  // guidance of the row before (the next row's when it is the first), its figures go with them,
  // and its subsections move up a level into its place. The last row cannot be dropped.
  [[nodiscard]] std::optional<Message> drop(std::size_t row);
  [[nodiscard]] std::optional<Message> setId(std::string_view id);     // a template id: a-z, 0-9, ".", "-"
  [[nodiscard]] std::optional<Message> setTitle(std::string_view title);

  // Undoes the last edit that was done; false when there is none.
  bool undo();
  [[nodiscard]] bool canUndo() const { return !mHistory.empty(); }

  // "I", "1", "a": the row's number as the skeleton will write it.
  [[nodiscard]] std::string number(std::size_t row) const;
  // The row as the dialog's list shows it: indented by level, "II. KẾT QUẢ (nếu có) · 3 số liệu".
  [[nodiscard]] std::string line(std::size_t row, Language lang) const;
  // The row's level, number and figure keys, for the detail under the list.
  [[nodiscard]] Message detail(std::size_t row) const;
  // What the importer did not take (OutlineImport::notes), one per line; "nothing" said when none.
  [[nodiscard]] Message notesText() const;

  // The template as edited: the import's with these sections, id and title; section ids made again
  // from the titles (unique, as the importer makes them).
  [[nodiscard]] ReportTemplate result() const;

 private:
  struct State {
    std::vector<ReviewRow> rows;
    std::string id, title;
  };
  [[nodiscard]] std::optional<Message> badRow(std::size_t row) const;
  void remember();

  OutlineImport mImported;
  std::vector<ReviewRow> mRows;
  std::string mId, mTitle;
  std::vector<State> mHistory;
};

// Where a template file would be written, found out before anything is: a folder that cannot be
// made or written to (tried with a file, not guessed from the permission bits, which root ignores
// and a read-only mount or an ACL do not show), or a template of that id there already.
struct TemplateSavePlan {
  enum class Check { Ready, Exists, NotWritable };
  Check check = Check::Ready;
  std::filesystem::path file;  // <folder>/<id>.json
  std::string reason;          // NotWritable: the system's words
};
[[nodiscard]] TemplateSavePlan planTemplateSave(const std::filesystem::path& folder, std::string_view id);

// The shared folder cannot be written: says so with why, and asks whether to save to the user's
// own folder instead.
[[nodiscard]] Message sharedFolderNotWritable(const TemplateSavePlan& plan, const std::filesystem::path& userFolder);
// Any other folder that cannot be written: says so; nothing saved.
[[nodiscard]] Message folderNotWritable(const TemplateSavePlan& plan);

// Writes <folder>/<id>.json whole or not at all (a temporary file renamed over it), so a wizard
// reading the folder meanwhile never sees half a template. Returns the file.
[[nodiscard]] Result<std::filesystem::path> writeTemplateFile(const std::filesystem::path& folder, std::string_view id,
                                                              std::string_view json);

}  // namespace baocao::core
