// The one message table: every message in Vietnamese and English, with the same arguments; the
// dialogs' own strings (dialogs/*.properties, read by LibreOffice for the .xdl dialogs) likewise.
#include "core/messages.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace baocao::core {
namespace {

TEST(Messages, LanguageFollowsTheUiLocale) {
  EXPECT_EQ(languageForLocale("vi"), Language::Vietnamese);
  EXPECT_EQ(languageForLocale("vi-VN"), Language::Vietnamese);
  EXPECT_EQ(languageForLocale("vi_VN.UTF-8"), Language::Vietnamese);
  EXPECT_EQ(languageForLocale("en-US"), Language::English);
  EXPECT_EQ(languageForLocale("de"), Language::English);
}

// The arguments a text takes: {0}, {1} …
std::multiset<std::string> placeholders(std::string_view text) {
  static const std::regex arg(R"(\{[0-9]\})");
  std::multiset<std::string> out;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), arg); it != std::sregex_iterator(); ++it) out.insert(it->str());
  return out;
}

TEST(Messages, EveryMessageExistsInBothLanguagesWithTheSameArguments) {
  for (int i = 0; i < static_cast<int>(MessageId::End); ++i) {
    const auto id = static_cast<MessageId>(i);
    const std::string_view vi = message(id, Language::Vietnamese), en = message(id, Language::English);
    EXPECT_FALSE(vi.empty()) << "message " << i << " has no Vietnamese";
    EXPECT_FALSE(en.empty()) << "message " << i << " has no English";
    EXPECT_NE(vi, "?") << i;
    EXPECT_NE(vi, en) << "message " << i << " is not translated: " << en;
    EXPECT_EQ(placeholders(vi), placeholders(en)) << "message " << i << ": " << vi << " / " << en;
  }
  EXPECT_EQ(message(MessageId::End, Language::English), "?");
}

// key -> text of a .properties file (comments and blank lines left out).
std::map<std::string, std::string> properties(const std::filesystem::path& file) {
  std::map<std::string, std::string> out;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto eq = line.find('=');
    if (eq != std::string::npos) out[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return out;
}

TEST(Messages, EveryDialogStringExistsInBothLanguages) {
  int tables = 0;
  for (const auto& entry : std::filesystem::directory_iterator(BAOCAO_DIALOGS_DIR)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with("_vi_VN.properties")) continue;
    ++tables;
    const auto vi = properties(entry.path());
    const auto en = properties(entry.path().parent_path() / (name.substr(0, name.size() - 17) + "_en_US.properties"));
    for (const auto& [key, text] : vi) {
      EXPECT_FALSE(text.empty()) << name << ": " << key;
      const auto it = en.find(key);
      if (it == en.end()) {
        ADD_FAILURE() << name << ": " << key << " has no English";
        continue;
      }
      EXPECT_FALSE(it->second.empty()) << key;
      EXPECT_EQ(placeholders(text), placeholders(it->second)) << name << ": " << key;
    }
    for (const auto& [key, text] : en) EXPECT_EQ(vi.count(key), 1u) << name << ": " << key << " has no Vietnamese";
  }
  EXPECT_GE(tables, 4);  // AgencyProfile, FigurePreview, Findings, ReportWizard
}

TEST(Messages, FormatFillsNumberedArgumentsInAnyOrder) {
  EXPECT_EQ(format("mục {0}, đoạn {1}; lại {0}", std::vector<std::string>{"III.4", "17"}), "mục III.4, đoạn 17; lại III.4");
  EXPECT_EQ(format("{1} trước {0}", std::vector<std::string>{"a", "b"}), "b trước a");
  EXPECT_EQ(format("thiếu {2}", std::vector<std::string>{"a"}), "thiếu {2}");  // a missing argument stays visible
}

TEST(Messages, FormatFillsTheCommandName) {
  EXPECT_EQ(format("Không thực hiện được lệnh \"{0}\".", "Chèn"), "Không thực hiện được lệnh \"Chèn\".");
}

TEST(Messages, TheSaveQuestionCountsTheErrors) {
  EXPECT_TRUE(format(message(MessageId::SaveWithErrors, Language::Vietnamese), "3").starts_with("Báo cáo còn 3 lỗi. Vẫn lưu?"));
  EXPECT_TRUE(format(message(MessageId::SaveWithErrors, Language::English), "3").starts_with("The report still has 3 errors. Save anyway?"));
}

TEST(Messages, AMessageCarriesBothLanguagesAndItsArgumentsInEach) {
  const Message inner = say(MessageId::DateNoSuchDay, {"30/02/2025"});
  const Message m = Message::verbatim("so-lieu!C7: ") + say(MessageId::FigureCellProblem, {"so-lieu!C7", inner, "ngay"});
  EXPECT_EQ(m.in(Language::Vietnamese),
            "so-lieu!C7: so-lieu!C7: không có ngày này trong lịch: 30/02/2025 (số liệu ngay)");
  EXPECT_EQ(m.in(Language::English), "so-lieu!C7: so-lieu!C7: no such calendar date: 30/02/2025 (slot ngay)");
  EXPECT_EQ(lines({say(MessageId::CliNoSuchFile), Message::verbatim("x")}).en(), "no such file\nx");
  EXPECT_TRUE(Message().empty());
}

}  // namespace
}  // namespace baocao::core
