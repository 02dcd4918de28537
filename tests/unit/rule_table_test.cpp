// The rule table against docs/rules.md: every code the check can report is documented, with the
// severities it can have, and the document lists no code the check does not have.
#include "core/validation/rule_table.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace baocao::core {
namespace {

// code -> severities, from the table.
std::map<std::string, std::set<std::string>> fromTable() {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& r : ruleTable()) out[std::string(r.code)].insert(std::string(severityName(r.severity)));
  return out;
}

// code -> severities, from the rows of docs/rules.md's tables: | `code` | error / warning | …
std::map<std::string, std::set<std::string>> fromDocs() {
  std::ifstream in(BAOCAO_RULES_DOC);
  EXPECT_TRUE(in) << BAOCAO_RULES_DOC;
  std::map<std::string, std::set<std::string>> out;
  const std::regex row(R"(^\|\s*`([a-z]+\.[a-z-]+)`\s*\|\s*([a-z /]+?)\s*\|)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_search(line, m, row)) continue;
    EXPECT_EQ(out.count(m[1]), 0u) << m[1] << " is listed twice";
    std::istringstream severities(m[2]);
    for (std::string s; std::getline(severities, s, '/');) {
      s.erase(0, s.find_first_not_of(' '));
      s.erase(s.find_last_not_of(' ') + 1);
      out[m[1]].insert(s);
    }
  }
  return out;
}

TEST(RuleTable, DocsRulesMdListsEveryCodeWithItsSeveritiesAndNothingElse) {
  const auto table = fromTable();
  const auto docs = fromDocs();
  for (const auto& [code, severities] : table) {
    const auto it = docs.find(code);
    if (it == docs.end()) {
      ADD_FAILURE() << code << " is not in docs/rules.md";
      continue;
    }
    EXPECT_EQ(it->second, severities) << code << ": the severities differ";
  }
  for (const auto& [code, severities] : docs) EXPECT_EQ(table.count(code), 1u) << code << " is in docs/rules.md but no rule has it";
}

TEST(RuleTable, EveryRuleHasACodeAMessageAndItsDocumentationLine) {
  for (const auto& r : ruleTable()) {
    EXPECT_EQ(&ruleInfo(r.rule), &r);
    EXPECT_NE(r.code.find('.'), std::string_view::npos) << r.code;
    EXPECT_FALSE(r.documentation.empty()) << r.code;
    EXPECT_NE(message(r.message, Language::Vietnamese), "?") << r.code;
  }
}

}  // namespace
}  // namespace baocao::core
