#include "core/templates/json_positions.hpp"

#include <gtest/gtest.h>

namespace baocao::core::json {
namespace {

TEST(JsonPositions, KeysAndValuesByPath) {
  const std::string text = "{\n  \"a\": [1, {\"b\": true}],\n  \"ý\": \"x\", \"c d\": null\n}";
  const PositionIndex index(text);
  ASSERT_FALSE(index.syntaxError());
  auto at = [&](std::optional<std::size_t> offset) {
    return offset ? toString(lineColumnAt(text, *offset)) : std::string("none");
  };
  EXPECT_EQ(at(index.valueOffset("")), "1:1");
  EXPECT_EQ(at(index.keyOffset("a")), "2:3");
  EXPECT_EQ(at(index.valueOffset("a")), "2:8");
  EXPECT_EQ(at(index.valueOffset("a[0]")), "2:9");
  EXPECT_EQ(at(index.valueOffset("a[1]")), "2:12");
  EXPECT_EQ(at(index.keyOffset("a[1].b")), "2:13");
  EXPECT_EQ(at(index.valueOffset("a[1].b")), "2:18");
  EXPECT_EQ(at(index.valueOffset("[\"ý\"]")), "3:8");
  EXPECT_EQ(at(index.keyOffset("[\"c d\"]")), "3:13");
  EXPECT_EQ(at(index.valueOffset("[\"c d\"]")), "3:20");
  EXPECT_EQ(at(index.valueOffset("a[2]")), "none");
}

TEST(JsonPositions, NumbersAtTheEndOfContainersAndDocuments) {
  const std::string text = "[10,\n 2.5e3 ,-7]";
  const PositionIndex index(text);
  ASSERT_FALSE(index.syntaxError());
  EXPECT_EQ(lineColumnAt(text, *index.valueOffset("[0]")), (LineColumn{1, 2}));
  EXPECT_EQ(lineColumnAt(text, *index.valueOffset("[1]")), (LineColumn{2, 2}));
  EXPECT_EQ(lineColumnAt(text, *index.valueOffset("[2]")), (LineColumn{2, 9}));
  const PositionIndex scalar("  42  ");
  ASSERT_FALSE(scalar.syntaxError());
  EXPECT_EQ(scalar.valueOffset(""), 2U);
}

TEST(JsonPositions, DuplicateKeysAreReported) {
  const PositionIndex index(R"({"a": 1, "b": {"a": 2}, "a": 3})");
  ASSERT_EQ(index.duplicateKeys().size(), 1U);
  EXPECT_EQ(index.duplicateKeys()[0].path, "a");
  EXPECT_EQ(index.duplicateKeys()[0].offset, 24U);
  EXPECT_EQ(index.duplicateKeys()[0].firstOffset, 1U);
  EXPECT_EQ(index.valueOffset("a"), 6U);  // the first
}

TEST(JsonPositions, SyntaxErrorOffsetAndPath) {
  const PositionIndex index(R"({"a": [1, 2,]})");
  ASSERT_TRUE(index.syntaxError());
  EXPECT_EQ(index.syntaxError()->offset, 12U);
  EXPECT_EQ(index.syntaxError()->path, "a");
  EXPECT_EQ(index.syntaxError()->message.en(), "JSON syntax error: unexpected ']'");
}

TEST(JsonPositions, Paths) {
  EXPECT_EQ(memberPath("", "id"), "id");
  EXPECT_EQ(memberPath("sections[2]", "id"), "sections[2].id");
  EXPECT_EQ(memberPath("signature", "bad key"), "signature[\"bad key\"]");
  EXPECT_EQ(memberPath("", "a\nb"), "[\"a\\nb\"]");
  EXPECT_EQ(elementPath("sections", 2), "sections[2]");
  EXPECT_EQ(displayPath(""), "(root)");
}

TEST(JsonPositions, LineColumnCountsCodePointsAndSkipsTheByteOrderMark) {
  EXPECT_EQ(lineColumnAt("ab\ncd", 4), (LineColumn{2, 2}));
  EXPECT_EQ(lineColumnAt("\"Đắk\" x", 9), (LineColumn{1, 7}));  // 'x': 9 bytes, 6 code points before it
  EXPECT_EQ(lineColumnAt("\xEF\xBB\xBFx", 3), (LineColumn{1, 1}));
  EXPECT_EQ(lineColumnAt("ab", 99), (LineColumn{1, 3}));
}

}  // namespace
}  // namespace baocao::core::json
