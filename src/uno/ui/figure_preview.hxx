// The refresh preview dialog: each figure of the document with its key, label, old and new value
// and source, before anything changes. Modal; true when the clerk confirms.
#pragma once

#include "core/figures/figures.hpp"
#include "uno/context.hxx"

#include <string>
#include <vector>

namespace baocao::uno {

struct PreviewFacts {
  std::string file;                 // the data file
  std::vector<core::PreviewRow> rows;
  std::string fileChangedNote;      // "the data file has changed since …", or empty
};

[[nodiscard]] bool confirmFigurePreview(const Context& ctx, const PreviewFacts& facts);

}  // namespace baocao::uno
