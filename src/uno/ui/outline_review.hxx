// The review of a template made from a đề cương, before it is saved (Báo cáo › Tạo mẫu từ đề
// cương…): the dialog shows core::OutlineReview's rows and forwards the clerk's edits to it; the
// template is saved to the user's folder or the admin's shared one, or nothing is saved.
#pragma once

#include "core/templates/outline_review.hpp"
#include "uno/context.hxx"

#include <com/sun/star/frame/XFrame.hpp>

#include <filesystem>
#include <optional>

namespace baocao::uno {

struct TemplateFolders {
  std::filesystem::path user;                   // the user's own (userTemplatesFolder)
  std::optional<std::filesystem::path> shared;  // the admin's, when set
};

// Modal. The file saved, or nothing when the clerk cancelled.
[[nodiscard]] std::optional<std::filesystem::path> reviewOutlineTemplate(
    const Context& ctx, const css::uno::Reference<css::frame::XFrame>& frame, core::OutlineReview& review,
    const TemplateFolders& folders);

}  // namespace baocao::uno
