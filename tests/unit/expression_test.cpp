#include "core/figures/expression.hpp"
#include "core/templates/report_template.hpp"

#include <gtest/gtest.h>

#include <map>

namespace baocao::core {
namespace {

Expression::Lookup from(const std::map<std::string, double, std::less<>>& values) {
  return [&values](std::string_view key) -> std::optional<double> {
    const auto it = values.find(key);
    return it == values.end() ? std::nullopt : std::optional<double>(it->second);
  };
}

TEST(Expression, SumOfFiguresIsASum) {
  auto e = Expression::parse("ho_dan_dan_toc_thieu_so + ho_dan_kinh");
  ASSERT_TRUE(e) << e.error().message.en();
  EXPECT_EQ(e->shape(), Expression::Shape::Sum);
  EXPECT_EQ(e->keys(), (std::vector<std::string>{"ho_dan_dan_toc_thieu_so", "ho_dan_kinh"}));
  const std::map<std::string, double, std::less<>> values{{"ho_dan_dan_toc_thieu_so", 428}, {"ho_dan_kinh", 5}};
  EXPECT_DOUBLE_EQ(*e->evaluate(from(values)), 433);
}

TEST(Expression, ShareIsARatioWhicheverWayItIsWritten) {
  const std::map<std::string, double, std::less<>> values{{"part", 31}, {"total", 33}};
  for (const char* text : {"part / total * 100", "part * 100 / total", "(part) / (total) * 100"}) {
    auto e = Expression::parse(text);
    ASSERT_TRUE(e) << text << ": " << e.error().message.en();
    EXPECT_EQ(e->shape(), Expression::Shape::Ratio) << text;
    EXPECT_NEAR(*e->evaluate(from(values)), 93.939, 1e-3) << text;
  }
  EXPECT_EQ(Expression::parse("a * 2")->shape(), Expression::Shape::Other);
}

TEST(Expression, PrecedenceParenthesesAndUnaryMinus) {
  const std::map<std::string, double, std::less<>> none;
  EXPECT_DOUBLE_EQ(*Expression::parse("1 + 2 * 3")->evaluate(from(none)), 7);
  EXPECT_DOUBLE_EQ(*Expression::parse("(1 + 2) * 3")->evaluate(from(none)), 9);
  EXPECT_DOUBLE_EQ(*Expression::parse("10 - 4 - 3")->evaluate(from(none)), 3);
  EXPECT_DOUBLE_EQ(*Expression::parse("-2 * -3")->evaluate(from(none)), 6);
  EXPECT_DOUBLE_EQ(*Expression::parse("6947.51")->evaluate(from(none)), 6947.51);
}

TEST(Expression, MissingValuesAndDivisionByZeroAreErrorsNotNumbers) {
  const std::map<std::string, double, std::less<>> values{{"part", 3}, {"total", 0}};
  auto missing = Expression::parse("part + other")->evaluate(from(values));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message.en(), "no value for other");
  auto zero = Expression::parse("part / total * 100")->evaluate(from(values));
  ASSERT_FALSE(zero);
  EXPECT_EQ(zero.error().message.en(), "division by zero");
}

TEST(Expression, AnythingButTheLanguageIsRefusedWithItsColumn) {
  struct Case {
    const char* text;
    const char* error;
  };
  for (const Case& c : {Case{"a +", "column 4: expected a figure key, a number or '(' after '+' but found end of formula"},
                        Case{"system(\"rm\")", "column 7: unexpected '('"},
                        Case{"a ^ 2", "column 3: unexpected '^'"},
                        Case{"(a + b", "column 7: expected ')' but found end of formula"},
                        Case{"1,5 * a", "column 2: unexpected ','"},
                        Case{"1..5", "column 1: \"1..5\" is not a number (write decimals with a point: 6947.51)"},
                        Case{"hộ + 1", "column 2: unexpected a non-ASCII character"},
                        Case{"", "column 1: expected a figure key, a number or '(' but found end of formula"}}) {
    auto e = Expression::parse(c.text);
    ASSERT_FALSE(e) << c.text;
    EXPECT_EQ(e.error().message.en(), c.error) << c.text;
  }
  std::string deep(200, '(');
  EXPECT_FALSE(Expression::parse(deep + "1" + std::string(200, ')')));  // bounded depth, no stack overflow
}

// Found by tests/fuzz/expression_fuzz: a long formula ("a+a+…", 1 MB, as a template in a shared
// folder may hold) parsed into a 500,000-deep tree whose evaluation and destruction overflowed the
// stack; a number too long for a double made std::stod throw out of the parser.
TEST(Expression, LongFormulasAndHugeNumbersAreErrorsNotCrashes) {
  std::string sum = "a";
  for (int i = 0; i < 500; ++i) sum += "+a";  // 500 operators: the limit
  const auto ok = Expression::parse(sum);
  ASSERT_TRUE(ok) << ok.error().message.en();
  const std::map<std::string, double, std::less<>> values{{"a", 2}};
  EXPECT_EQ(*ok->evaluate(from(values)), 1002.0);
  const auto tooLong = Expression::parse(sum + "+a");
  ASSERT_FALSE(tooLong);
  EXPECT_NE(tooLong.error().message.en().find("the formula is too long: at most 500 operators"), std::string::npos);
  std::string huge = "a";
  while (huge.size() < (1u << 20)) huge += "+a";
  EXPECT_FALSE(Expression::parse(huge));
  std::string negations(400, '-');
  EXPECT_FALSE(Expression::parse(negations + "a"));  // unary minus counts, and nests
  const auto big = Expression::parse(std::string(400, '9') + " + a");
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().message.en(), "column 1: \"99999999999999999999…\" is too large a number");
}

std::string withFigures(const std::string& figures) {
  return R"({"schema": 1, "id": "t", "title": "T", "version": "1", "sections": [
  {"id": "a", "title": "A", "figures": [)" + figures + "]}]}";
}

TEST(TemplateFigures, FormulaPatternAndDateStyleAreRead) {
  auto t = parseTemplate(withFigures(R"(
    {"key": "part", "type": "integer", "label": "P", "pattern": "có {} hộ"},
    {"key": "total", "type": "integer", "label": "T"},
    {"key": "share", "type": "percent", "decimals": 1, "label": "S", "formula": "part / total * 100"},
    {"key": "ngay", "type": "date", "dateStyle": "long", "label": "D"})"),
                         "t.json");
  ASSERT_TRUE(t) << t.error().message.en();
  const auto& f = t->sections[0].figures;
  EXPECT_EQ(f[0].pattern, "có {} hộ");
  EXPECT_EQ(f[2].formula, "part / total * 100");
  EXPECT_EQ(f[3].dateStyle, DateStyle::Long);
  EXPECT_EQ(f[1].dateStyle, DateStyle::Short);
}

TEST(TemplateFigures, BadFormulasAndPatternsAreErrorsAtTheirPlace) {
  auto t = parseTemplate(withFigures(R"(
    {"key": "a", "type": "integer", "label": "A", "formula": "b + nope"},
    {"key": "b", "type": "integer", "label": "B", "formula": "c * 2"},
    {"key": "c", "type": "integer", "label": "C", "formula": "a + 1"},
    {"key": "d", "type": "text", "label": "D", "formula": "a + 1", "dateStyle": "long"},
    {"key": "e", "type": "integer", "label": "E", "formula": "a +", "pattern": "{} and {}"},
    {"key": "f", "type": "integer", "label": "F", "pattern": "no marker"})"),
                         "t.json");
  ASSERT_FALSE(t);
  const std::string m = t.error().message.en();
  EXPECT_NE(m.find("t.json:3:62: sections[0].figures[0].formula: unknown figure key \"nope\""), std::string::npos) << m;
  EXPECT_NE(m.find("sections[0].figures[0].formula: the formula of \"a\" depends on itself"), std::string::npos) << m;
  EXPECT_NE(m.find("sections[0].figures[2].formula: the formula of \"c\" depends on itself"), std::string::npos) << m;
  EXPECT_NE(m.find("sections[0].figures[3].formula: only integer, decimal and percent figures can be computed"),
            std::string::npos) << m;
  EXPECT_NE(m.find("sections[0].figures[3].dateStyle: only date figures have a dateStyle"), std::string::npos) << m;
  EXPECT_NE(m.find("sections[0].figures[4].formula: column 4: expected a figure key"), std::string::npos) << m;
  EXPECT_NE(m.find("sections[0].figures[4].pattern: a pattern marks the figure with exactly one {}"), std::string::npos) << m;
  EXPECT_NE(m.find("sections[0].figures[5].pattern: a pattern marks"), std::string::npos) << m;
}

}  // namespace
}  // namespace baocao::core
