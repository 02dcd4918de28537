#include "core/templates/profile.hpp"

#include "text/vntext.hpp"

#include <boost/json.hpp>

namespace baocao::core {

AgencyProfile normalized(AgencyProfile p) {
  for (const auto& f : kProfileFields) p.*f.member = text::collapseSpaces(p.*f.member);
  return p;
}

Result<AgencyProfile> profileFromJson(std::string_view json, std::string_view source) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(json, ec);
  if (ec) return Error{say(MessageId::JsonInvalid, {source, ec.message()})};
  if (!v.is_object()) return Error{say(MessageId::ProfileNotObject, {source})};
  AgencyProfile p;
  for (const auto& [key, value] : v.as_object()) {
    const ProfileField* field = nullptr;
    for (const auto& f : kProfileFields)
      if (f.key == std::string_view(key)) field = &f;
    const std::string_view name(key.data(), key.size());
    if (field == nullptr) return Error{say(MessageId::ProfileUnknownField, {source, name})};
    if (!value.is_string()) return Error{say(MessageId::ProfileFieldNotString, {source, name})};
    const auto& s = value.as_string();
    if (!text::isValidUtf8(std::string_view(s.data(), s.size())))
      return Error{say(MessageId::ProfileFieldNotUtf8, {source, name})};
    p.*field->member = std::string(s.data(), s.size());
  }
  return normalized(std::move(p));
}

}  // namespace baocao::core
