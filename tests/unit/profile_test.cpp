#include "core/templates/profile.hpp"

#include <gtest/gtest.h>

namespace baocao::core {
namespace {

TEST(Profile, ReadsJsonAndNormalises) {
  const auto p = profileFromJson(R"({"Agency": " Ủy ban nhân dân\u00a0xã Long Môn ", "PlaceName": "Long Mo\u0302n"})",
                                 "profile.json");
  ASSERT_TRUE(p) << p.error().message.en();
  EXPECT_EQ(p->agency, "Ủy ban nhân dân xã Long Môn");
  EXPECT_EQ(p->placeName, "Long Môn");
  EXPECT_EQ(p->typeCode, "BC");  // default kept
}

TEST(Profile, UnknownFieldIsAnErrorNamingFileAndField) {
  const auto p = profileFromJson(R"({"Agncy": "x"})", "shared/profile.json");
  ASSERT_FALSE(p);
  EXPECT_NE(p.error().message.en().find("shared/profile.json"), std::string::npos);
  EXPECT_NE(p.error().message.en().find("Agncy"), std::string::npos);
}

TEST(Profile, NonStringAndBrokenJsonAreErrors) {
  EXPECT_FALSE(profileFromJson(R"({"Agency": 3})", "p.json"));
  EXPECT_FALSE(profileFromJson(R"({"Agency": )", "p.json"));
  EXPECT_FALSE(profileFromJson(R"([1,2])", "p.json"));
}

}  // namespace
}  // namespace baocao::core
