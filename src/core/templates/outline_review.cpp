#include "core/templates/outline_review.hpp"

#include "core/portable.hpp"
#include "core/templates/skeleton.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <system_error>

#if defined(_WIN32)
#include <process.h>
#define BAOCAO_GETPID _getpid
#else
#include <unistd.h>
#define BAOCAO_GETPID getpid
#endif

namespace baocao::core {
namespace {

constexpr int kLevels = 3;                 // I, 1, a (report_template.cpp kMaxLevels)
constexpr std::size_t kSectionSlug = 24;   // as outline_import.cpp makes section ids

// The guidance the importer gives a section the đề cương gives none (outline_import.cpp).
std::string defaultGuidance(std::string_view title) { return "Viết nội dung mục “" + std::string(title) + "”."; }

std::string clean(std::string_view s) {
  std::string out = text::collapseSpaces(text::nfc(s));
  for (auto& c : out) {  // braces would read as {input} references (outline_import.cpp templateText)
    if (c == '{') c = '(';
    if (c == '}') c = ')';
  }
  return out;
}

void flattenInto(std::vector<ReviewRow>& rows, std::vector<Section>& sections, int level) {
  for (auto& s : sections) {
    rows.push_back({level, std::move(s.title), std::move(s.guidance), s.required, std::move(s.figures)});
    flattenInto(rows, s.children, level + 1);
  }
}

// The end (exclusive) of the rows under `row`: its subsections.
std::size_t subtreeEnd(const std::vector<ReviewRow>& rows, std::size_t row) {
  std::size_t end = row + 1;
  while (end < rows.size() && rows[end].level > rows[row].level) ++end;
  return end;
}

bool goodId(std::string_view id) {
  return !id.empty() && id.front() != '.' && id.front() != '-' && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  });
}

}  // namespace

OutlineReview::OutlineReview(OutlineImport imported) : mImported(std::move(imported)) {
  std::vector<Section> sections = mImported.tmpl.sections;
  flattenInto(mRows, sections, 0);
  mId = mImported.tmpl.id;
  mTitle = mImported.tmpl.title;
}

std::optional<Message> OutlineReview::badRow(std::size_t row) const {
  if (row >= mRows.size()) return say(MessageId::ReviewNoRow);
  return std::nullopt;
}

void OutlineReview::remember() { mHistory.push_back({mRows, mId, mTitle}); }

bool OutlineReview::undo() {
  if (mHistory.empty()) return false;
  mRows = std::move(mHistory.back().rows);
  mId = std::move(mHistory.back().id);
  mTitle = std::move(mHistory.back().title);
  mHistory.pop_back();
  return true;
}

std::optional<Message> OutlineReview::rename(std::size_t row, std::string_view title) {
  if (auto bad = badRow(row)) return bad;
  const std::string now = clean(title);
  if (now.empty()) return say(MessageId::ReviewTitleEmpty);
  ReviewRow& r = mRows[row];
  if (now == r.title) return std::nullopt;
  remember();
  if (r.guidance == defaultGuidance(r.title)) r.guidance = defaultGuidance(now);
  r.title = now;
  return std::nullopt;
}

std::optional<Message> OutlineReview::setGuidance(std::size_t row, std::string_view guidance) {
  if (auto bad = badRow(row)) return bad;
  const std::string now = clean(guidance);
  if (now == mRows[row].guidance) return std::nullopt;
  remember();
  mRows[row].guidance = now;
  return std::nullopt;
}

std::optional<Message> OutlineReview::setRequired(std::size_t row, bool required) {
  if (auto bad = badRow(row)) return bad;
  if (mRows[row].required == required) return std::nullopt;
  remember();
  mRows[row].required = required;
  return std::nullopt;
}

std::optional<Message> OutlineReview::setLevel(std::size_t row, int level) {
  if (auto bad = badRow(row)) return bad;
  const ReviewRow& r = mRows[row];
  if (level == r.level) return std::nullopt;
  if (row == 0 || level < 0) return say(MessageId::ReviewLevelFirst);
  if (level > mRows[row - 1].level + 1) return say(MessageId::ReviewLevelJump, {r.title});
  const int delta = level - r.level;
  const std::size_t end = subtreeEnd(mRows, row);
  for (std::size_t k = row; k < end; ++k)
    if (mRows[k].level + delta >= kLevels) return say(MessageId::ReviewLevelDeep, {r.title, std::to_string(level + 1)});
  remember();
  for (std::size_t k = row; k < end; ++k) mRows[k].level += delta;
  return std::nullopt;
}

std::optional<Message> OutlineReview::drop(std::size_t row) {
  if (auto bad = badRow(row)) return bad;
  if (mRows.size() == 1) return say(MessageId::ReviewLastSection);
  remember();
  const std::size_t end = subtreeEnd(mRows, row);
  ReviewRow gone = std::move(mRows[row]);
  for (std::size_t k = row + 1; k < end; ++k) --mRows[k].level;
  mRows.erase(mRows.begin() + static_cast<std::ptrdiff_t>(row));
  // the line and its guidance are text of the section it stands in: the row before, else (the
  // first row) the one that takes its place
  ReviewRow& into = mRows[row == 0 ? 0 : row - 1];
  std::string moved = gone.title;
  if (!gone.guidance.empty() && gone.guidance != defaultGuidance(gone.title)) moved += " " + gone.guidance;
  if (into.guidance.empty() || into.guidance == defaultGuidance(into.title)) into.guidance = moved;
  else if (row == 0) into.guidance = moved + " " + into.guidance;
  else into.guidance += " " + moved;
  for (auto& f : gone.figures) into.figures.push_back(std::move(f));
  return std::nullopt;
}

std::optional<Message> OutlineReview::setId(std::string_view id) {
  const std::string now = text::collapseSpaces(id);
  if (!goodId(now)) return say(MessageId::OutlineBadId, {now});
  if (now == mId) return std::nullopt;
  remember();
  mId = now;
  return std::nullopt;
}

std::optional<Message> OutlineReview::setTitle(std::string_view title) {
  const std::string now = clean(title);
  if (now.empty()) return say(MessageId::ReviewTemplateTitleEmpty);
  if (now == mTitle) return std::nullopt;
  remember();
  mTitle = now;
  return std::nullopt;
}

std::string OutlineReview::number(std::size_t row) const {
  if (row >= mRows.size()) return {};
  int counters[kLevels] = {-1, -1, -1};
  for (std::size_t k = 0; k <= row; ++k) {
    const int level = std::clamp(mRows[k].level, 0, kLevels - 1);
    ++counters[level];
    for (int deeper = level + 1; deeper < kLevels; ++deeper) counters[deeper] = -1;
  }
  const int level = std::clamp(mRows[row].level, 0, kLevels - 1);
  return sectionNumber(level, counters[level]);
}

std::string OutlineReview::line(std::size_t row, Language lang) const {
  if (row >= mRows.size()) return {};
  const ReviewRow& r = mRows[row];
  std::string out(static_cast<std::size_t>(r.level) * 6, ' ');
  out += number(row) + (r.level == 2 ? ") " : ". ") + r.title;
  if (!r.required) out += " " + std::string(message(MessageId::ReviewOptional, lang));
  if (!r.figures.empty()) out += " · " + say(MessageId::ReviewFigures, {std::to_string(r.figures.size())}).in(lang);
  return out;
}

Message OutlineReview::detail(std::size_t row) const {
  if (row >= mRows.size()) return {};
  std::string path;
  int counters[kLevels] = {-1, -1, -1};
  std::string numbers[kLevels];
  for (std::size_t k = 0; k <= row; ++k) {
    const int level = std::clamp(mRows[k].level, 0, kLevels - 1);
    numbers[level] = sectionNumber(level, ++counters[level]);
    for (int deeper = level + 1; deeper < kLevels; ++deeper) counters[deeper] = -1;
  }
  for (int level = 0; level <= mRows[row].level && level < kLevels; ++level)
    path += (level == 0 ? "" : ".") + numbers[level];
  std::string keys;
  for (const auto& f : mRows[row].figures) keys += (keys.empty() ? "" : ", ") + f.key;
  if (keys.empty()) return say(MessageId::ReviewDetail, {std::to_string(mRows[row].level + 1), path});
  return say(MessageId::ReviewDetailFigures, {std::to_string(mRows[row].level + 1), path, keys});
}

Message OutlineReview::notesText() const {
  if (mImported.notes.empty()) return say(MessageId::ReviewNoNotes);
  return say(MessageId::OutlineNotesHeader) + Message::verbatim("\n") + mImported.notesText();
}

ReportTemplate OutlineReview::result() const {
  ReportTemplate t = mImported.tmpl;
  t.id = mId;
  if (t.trichYeu == t.title) t.trichYeu = mTitle;
  t.title = mTitle;
  t.sections.clear();
  std::set<std::string> bookmarks;
  std::vector<Section*> path;  // the open section at each level
  for (std::size_t k = 0; k < mRows.size(); ++k) {
    const ReviewRow& r = mRows[k];
    const auto level = static_cast<std::size_t>(std::clamp(r.level, 0, static_cast<int>(path.size())));
    path.resize(level);
    std::vector<Section>& siblings = path.empty() ? t.sections : path.back()->children;
    Section s;
    s.title = r.title;
    s.guidance = r.guidance;
    s.required = r.required;
    s.figures = r.figures;
    const std::string parentId = path.empty() ? std::string() : path.back()->id + ".";
    std::string slug = asciiSlug(r.title, kSectionSlug);
    if (slug.empty()) slug = "muc-" + std::to_string(k + 1);
    s.id = parentId + slug;
    for (int n = 2; bookmarks.contains(bookmarkName(s.id)); ++n) s.id = parentId + slug + "-" + std::to_string(n);
    bookmarks.insert(bookmarkName(s.id));
    siblings.push_back(std::move(s));
    path.push_back(&siblings.back());
  }
  // a section left without subsections and without guidance still gets a placeholder
  auto fill = [](auto& self, std::vector<Section>& sections) -> void {
    for (auto& s : sections) {
      if (s.children.empty() && s.guidance.empty()) s.guidance = defaultGuidance(s.title);
      self(self, s.children);
    }
  };
  fill(fill, t.sections);
  return t;
}

// ---- saving -----------------------------------------------------------------------------------

TemplateSavePlan planTemplateSave(const std::filesystem::path& folder, std::string_view id) {
  TemplateSavePlan plan;
  plan.file = folder / pathFromUtf8(std::string(id) + ".json");
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec || !std::filesystem::is_directory(folder, ec)) {
    plan.check = TemplateSavePlan::Check::NotWritable;
    plan.reason = ec ? ec.message() : std::strerror(ENOTDIR);
    return plan;
  }
  // tried, not guessed: a file made and removed
  const std::filesystem::path probe = folder / pathFromUtf8(".baocao-write-test-" + std::to_string(BAOCAO_GETPID()));
  errno = 0;
  {
    std::ofstream out(probe, std::ios::binary | std::ios::trunc);
    if (!out) {
      plan.check = TemplateSavePlan::Check::NotWritable;
      plan.reason = std::strerror(errno != 0 ? errno : EACCES);
      return plan;
    }
  }
  std::filesystem::remove(probe, ec);
  if (std::filesystem::exists(plan.file, ec)) plan.check = TemplateSavePlan::Check::Exists;
  return plan;
}

Message sharedFolderNotWritable(const TemplateSavePlan& plan, const std::filesystem::path& userFolder) {
  return say(MessageId::SaveSharedNotWritable,
             {utf8FromPath(plan.file.parent_path()), plan.reason, utf8FromPath(userFolder)});
}

Message folderNotWritable(const TemplateSavePlan& plan) {
  return say(MessageId::SaveFolderNotWritable, {utf8FromPath(plan.file.parent_path()), plan.reason});
}

Result<std::filesystem::path> writeTemplateFile(const std::filesystem::path& folder, std::string_view id,
                                                std::string_view json) {
  const std::filesystem::path file = folder / pathFromUtf8(std::string(id) + ".json");
  const std::filesystem::path part = folder / pathFromUtf8("." + std::string(id) + ".json.part");
  errno = 0;
  {
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    out.write(json.data(), static_cast<std::streamsize>(json.size()));
    out.close();
    if (!out) {
      const std::string why = std::strerror(errno != 0 ? errno : EIO);
      std::error_code ignored;
      std::filesystem::remove(part, ignored);
      return Error{say(MessageId::SaveWriteFailed, {utf8FromPath(file), why})};
    }
  }
  std::error_code ec;
  std::filesystem::rename(part, file, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(part, ignored);
    return Error{say(MessageId::SaveWriteFailed, {utf8FromPath(file), ec.message()})};
  }
  return file;
}

}  // namespace baocao::core
