#include "core/report_template.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace baocao::core {
namespace {

// ---------------------------------------------------------------------------------------------
// Errors: every one collected, each "source:line:column: path: message"

std::string errorOf(std::string_view json) {
  const auto t = parseTemplate(json, "t.json");
  EXPECT_FALSE(t) << "expected an error";
  return t ? std::string() : t.error().message;
}

TEST(TemplateErrors, MinimalTemplateLoadsWithDefaults) {
  const auto t = parseTemplate(R"({"schema": 1, "id": "t", "title": "Thu\u0309", "version": "1",
                                   "sections": [{"id": "a", "title": "A"}]})",
                               "t.json");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->title, "Thủ");  // NFC
  EXPECT_EQ(t->source, "t.json");
  EXPECT_EQ(t->typeCode, "BC");
  EXPECT_EQ(t->typeName, "BÁO CÁO");
  EXPECT_EQ(t->closing, "./.");
  ASSERT_EQ(t->sections.size(), 1U);
  EXPECT_TRUE(t->sections[0].required);
  EXPECT_TRUE(t->inputs.empty());
}

TEST(TemplateErrors, SyntaxErrorGivesWhereTheParserStopped) {
  EXPECT_EQ(errorOf("{\n  \"schema\": 1,\n  \"id\": \"x\",,\n}"),
            "t.json:3:13: (root): JSON syntax error: unexpected ','");
  // Columns count code points: "Báo cáo" is 7 columns, 9 bytes.
  EXPECT_EQ(errorOf(R"({"schema": 1, "title": "Báo cáo" "id": "x"})"),
            "t.json:1:34: (root): JSON syntax error: unexpected '\"'");
  EXPECT_EQ(errorOf("{\"sections\": [{\"id\": }]}"), "t.json:1:22: sections[0].id: JSON syntax error: unexpected '}'");
  EXPECT_EQ(errorOf("{\"schema\": 1,\n \"id\": \"a"),
            "t.json:2:10: id: JSON syntax error: the text ends before the JSON value does");
  EXPECT_EQ(errorOf("{} x"), "t.json:1:4: (root): JSON syntax error: unexpected 'x' after the end of the JSON value");
  EXPECT_EQ(errorOf(""), "t.json:1:1: (root): JSON syntax error: the text ends before the JSON value does");
}

constexpr std::string_view kNested = R"({
  "schema": 1,
  "id": "t",
  "title": "T",
  "version": "1",
  "sections": [
    {"id": "a", "title": "A"},
    {"id": "b", "title": "B", "children": [
      {"id": "b.1", "tittle": "B1"}
    ]}
  ]
})";

TEST(TemplateErrors, UnknownFieldAtDepthNamesPathAndKeyPosition) {
  EXPECT_EQ(errorOf(kNested),
            "t.json:9:7: sections[1].children[0].title: required field is missing\n"
            "t.json:9:21: sections[1].children[0].tittle: unknown field (known: "
            "id|title|required|guidance|figures|children)");
}

TEST(TemplateErrors, DuplicateSectionIdNamesBothPlaces) {
  std::string json(kNested);
  json.replace(json.find("\"tittle\""), 8, "\"title\"");
  json.replace(json.find("\"b.1\""), 5, "\"a\"");
  EXPECT_EQ(errorOf(json), "t.json:9:14: sections[1].children[0].id: duplicate section id \"a\" (first at 7:12)");
}

TEST(TemplateErrors, UnknownReference) {
  const std::string e = errorOf(R"({"schema": 1, "id": "t", "title": "T", "version": "1",
 "inputs": [{"id": "so", "label": "Số"}],
 "opening": "Thực hiện Công văn số {so} ngày {ngay}, {co_quan_bao_cao} báo cáo:",
 "trichYeu": "Kỳ {ky_bao_cao} {dia_danh}",
 "recipients": {"kinhGui": "{noi_gui"},
 "sections": [{"id": "a", "title": "A"}]})");
  EXPECT_EQ(e,
            "t.json:3:13: opening: unknown reference {ngay}: the inputs are so; the built-ins are co_quan_bao_cao, "
            "dia_danh, ky_bao_cao\n"
            "t.json:5:28: recipients.kinhGui: '{' without '}': references are written {name}");
}

TEST(TemplateErrors, WrongTypes) {
  EXPECT_EQ(errorOf(R"({"schema": 1, "id": "t", "title": 5, "version": "1", "inputs": {},
 "sections": [{"id": "a", "title": "A", "required": "yes", "figures": [
   {"key": "n", "type": "integer", "decimals": 1.5, "label": "N"},
   {"key": "m", "type": "float", "label": "M"}, 3]}]})"),
            "t.json:1:35: title: must be a string, not a number\n"
            "t.json:1:64: inputs: must be an array, not an object\n"
            "t.json:2:53: sections[0].required: must be true or false, not a string\n"
            "t.json:3:48: sections[0].figures[0].decimals: must be an integer from 0 to 6, not a number\n"
            "t.json:4:25: sections[0].figures[1].type: \"float\" is not one of integer|decimal|percent|date|text\n"
            "t.json:4:49: sections[0].figures[2]: a figure must be an object, not a number");
}

TEST(TemplateErrors, BadUtf8NamesTheFirstBadByte) {
  EXPECT_EQ(errorOf("{\"schema\": 1,\n \"title\": \"B\xC3\xA1o c\xC3\x28o\"}"),
            "t.json:2:17: title: not valid UTF-8: byte 0xC3 at byte offset 31 (save the file as UTF-8)");
  EXPECT_EQ(errorOf("\xFF{}"),
            "t.json:1:1: (root): not valid UTF-8: byte 0xFF at byte offset 0 (save the file as UTF-8)");
}

TEST(TemplateErrors, AllErrorsAreCollectedInTextOrder) {
  const std::string e = errorOf(R"({"schema": 1, "id": "Bad Id", "version": "",
 "signature": {"authority": "T.M.", "name": "x"},
 "sections": [{"id": "a", "title": "A", "figures": [{"key": "ty_le", "type": "percent", "unit": "%", "label": "L"}]},
              {"id": "b", "title": "B", "children": [{"id": "b.1", "title": "B1", "children": [
                 {"id": "b.1.a", "title": "Ba", "children": [{"id": "b.1.a.x", "title": "X"}]}]}]}]})");
  EXPECT_EQ(e,
            "t.json:1:1: title: required field is missing\n"
            "t.json:1:21: id: template id \"Bad Id\" must match [a-z0-9][a-z0-9.-]*\n"
            "t.json:1:42: version: must not be empty\n"
            "t.json:2:29: signature.authority: \"T.M.\" is not one of "
            "\"\", \"TM.\", \"KT.\", \"Q.\", \"TL.\", \"TUQ.\"\n"
            "t.json:2:37: signature.name: unknown field (known: authority|body|position)\n"
            "t.json:3:97: sections[0].figures[0].unit: a percent figure has no unit: the % sign is implied\n"
            "t.json:5:61: sections[1].children[0].children[0].children: sections nest at most 3 levels (I, 1, a); "
            "these children would be a level deeper");
}

TEST(TemplateErrors, SchemaTwoIsRefusedAlone) {
  EXPECT_EQ(errorOf(R"({"schema": 2, "newField": true, "sections": []})"),
            "t.json:1:12: schema: unsupported schema 2: this version reads schema 1");
  EXPECT_EQ(errorOf(R"({"schema": "1"})"),
            "t.json:1:12: schema: unsupported schema \"1\": this version reads schema 1");
}

TEST(TemplateErrors, RequiredFieldsAndEmptySections) {
  EXPECT_EQ(errorOf(R"({"schema": 1, "sections": []})"),
            "t.json:1:1: id: required field is missing\n"
            "t.json:1:1: title: required field is missing\n"
            "t.json:1:1: version: required field is missing\n"
            "t.json:1:27: sections: a template needs at least one section");
  EXPECT_EQ(errorOf("[]"), "t.json:1:1: (root): a template must be an object, not an array");
  EXPECT_EQ(errorOf(R"({"id": "t", "title": "T", "version": "1", "sections": [{"title": "A"}]})"),
            "t.json:1:1: schema: required field is missing\n"
            "t.json:1:56: sections[0].id: required field is missing");
}

TEST(TemplateErrors, InputsFiguresAndDuplicateKeys) {
  EXPECT_EQ(errorOf(R"({"schema": 1, "id": "t", "title": "T", "version": "1", "title": "U",
 "inputs": [{"id": "dia_danh", "label": "Nơi"}, {"id": "so", "label": "Số", "type": "number"},
            {"id": "so", "label": "Số 2"}],
 "sections": [{"id": "a", "title": "A", "figures": [
   {"key": "n", "type": "integer", "minDigits": 2, "label": "N"},
   {"key": "n", "type": "text", "minDigits": 2, "label": "N"}]}]})"),
            "t.json:1:56: title: duplicate field (first at 1:26)\n"
            "t.json:2:20: inputs[0].id: {dia_danh} is built in; it needs no input\n"
            "t.json:2:85: inputs[1].type: \"number\" is not one of text|date\n"
            "t.json:3:20: inputs[2].id: duplicate input id \"so\" (first at 2:56)\n"
            "t.json:6:12: sections[0].figures[1].key: duplicate figure key \"n\" (first at 5:12)\n"
            "t.json:6:46: sections[0].figures[1].minDigits: only integer figures have minDigits");
}

TEST(TemplateErrors, ByteOrderMarkIsSkipped) {
  const auto t = parseTemplate("\xEF\xBB\xBF{\"schema\": 1, \"id\": \"t\", \"title\": \"T\", \"version\": \"1\", "
                               "\"sections\": [{\"id\": \"a\", \"title\": \"A\"}]}",
                               "t.json");
  EXPECT_TRUE(t) << t.error().message;
  EXPECT_EQ(errorOf("\xEF\xBB\xBF{\"schema\": 2}"),
            "t.json:1:12: schema: unsupported schema 2: this version reads schema 1");
}

// ---------------------------------------------------------------------------------------------
// Numbering

TEST(SectionNumber, RomanNumeralsForLevelZero) {
  const std::vector<std::string> expected{
      "I",     "II",     "III",     "IV",     "V",      "VI",      "VII",      "VIII",    "IX",    "X",
      "XI",    "XII",    "XIII",    "XIV",    "XV",     "XVI",     "XVII",     "XVIII",   "XIX",   "XX",
      "XXI",   "XXII",   "XXIII",   "XXIV",   "XXV",    "XXVI",    "XXVII",    "XXVIII",  "XXIX",  "XXX",
      "XXXI",  "XXXII",  "XXXIII",  "XXXIV",  "XXXV",   "XXXVI",   "XXXVII",   "XXXVIII", "XXXIX"};
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(sectionNumber(0, static_cast<int>(i)), expected[i]);
  EXPECT_EQ(sectionNumber(0, 39), "XL");
  EXPECT_EQ(sectionNumber(0, 1993), "MCMXCIV");
  EXPECT_EQ(sectionNumber(0, 3998), "MMMCMXCIX");
  EXPECT_EQ(sectionNumber(0, 3999), "4000");
}

TEST(SectionNumber, ArabicForLevelOne) {
  EXPECT_EQ(sectionNumber(1, 0), "1");
  EXPECT_EQ(sectionNumber(1, 9), "10");
  EXPECT_EQ(sectionNumber(1, 41), "42");
}

TEST(SectionNumber, VietnameseLettersForLevelTwo) {
  std::string letters;
  for (int i = 0; i < 23; ++i) letters += sectionNumber(2, i) + " ";
  EXPECT_EQ(letters, "a b c d đ e g h i k l m n o p q r s t u v x y ");
  EXPECT_EQ(sectionNumber(2, 4), "đ");
  for (const char* absent : {"f", "j", "w", "z"}) EXPECT_EQ(letters.find(absent), std::string::npos) << absent;
  // Past y: pairs, like spreadsheet columns.
  EXPECT_EQ(sectionNumber(2, 23), "aa");
  EXPECT_EQ(sectionNumber(2, 24), "ab");
  EXPECT_EQ(sectionNumber(2, 27), "ađ");
  EXPECT_EQ(sectionNumber(2, 45), "ay");
  EXPECT_EQ(sectionNumber(2, 46), "ba");
  EXPECT_EQ(sectionNumber(2, 23 + 23 * 23 - 1), "yy");
  EXPECT_EQ(sectionNumber(2, 23 + 23 * 23), "aaa");
}

TEST(SectionNumber, OutsideTheDomainIsEmpty) {
  EXPECT_EQ(sectionNumber(3, 0), "");
  EXPECT_EQ(sectionNumber(-1, 0), "");
  EXPECT_EQ(sectionNumber(0, -1), "");
}

Section section(std::string id, std::vector<Section> children = {}) {
  Section s;
  s.title = id;
  s.id = std::move(id);
  s.children = std::move(children);
  return s;
}

TEST(Flatten, DocumentOrderWithPaths) {
  ReportTemplate t;
  t.sections = {section("a"), section("b", {section("b1", {section("x"), section("y")}), section("b2")})};
  std::vector<std::string> got;
  for (const auto& n : flatten(t)) got.push_back(n.path + "=" + n.section->id + "@" + std::to_string(n.level));
  EXPECT_EQ(got, (std::vector<std::string>{"I=a@0", "II=b@0", "II.1=b1@1", "II.1.a=x@2", "II.1.b=y@2", "II.2=b2@1"}));
}

}  // namespace
}  // namespace baocao::core
