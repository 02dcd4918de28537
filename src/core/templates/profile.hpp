// The agency profile: who issues the reports. Edited in the settings dialog, stored in the
// extension's configuration, read by every command that writes a header or a signature.
#pragma once

#include "core/error.hpp"

#include <array>
#include <string>
#include <string_view>

namespace baocao::core {

struct AgencyProfile {
  std::string parentAgency;  // tên cơ quan chủ quản trực tiếp, optional ("UBND HUYỆN …")
  std::string agency;        // tên cơ quan ban hành ("Ủy ban nhân dân xã Long Môn")
  std::string agencyCode;    // chữ viết tắt tên cơ quan in the ký hiệu ("UBND")
  std::string placeName;     // địa danh ("Long Môn")
  std::string typeCode = "BC";  // chữ viết tắt tên loại văn bản (Phụ lục III)
  std::string signerName;
  std::string signerTitle;   // "CHỦ TỊCH"
  friend bool operator==(const AgencyProfile&, const AgencyProfile&) = default;
};

// Field names as used in configuration, JSON profile files and messages, in one table.
struct ProfileField {
  std::string_view key;
  std::string AgencyProfile::*member;
};
inline constexpr std::array<ProfileField, 7> kProfileFields{{
    {"ParentAgency", &AgencyProfile::parentAgency},
    {"Agency", &AgencyProfile::agency},
    {"AgencyCode", &AgencyProfile::agencyCode},
    {"PlaceName", &AgencyProfile::placeName},
    {"TypeCode", &AgencyProfile::typeCode},
    {"SignerName", &AgencyProfile::signerName},
    {"SignerTitle", &AgencyProfile::signerTitle},
}};

// NFC-normalises and trims every field (clerks paste names from Word, NBSP and decomposed marks included).
[[nodiscard]] AgencyProfile normalized(AgencyProfile p);

// Reads a profile from JSON text ({"Agency": "...", ...}); unknown keys and non-strings are errors
// naming the key. `source` names the file in messages.
[[nodiscard]] Result<AgencyProfile> profileFromJson(std::string_view json,
                                                                               std::string_view source);

}  // namespace baocao::core
