// A received report opened for reading, by the CLI (validate, figures, collect, template-from) and
// by Writer's Tổng hợp báo cáo… alike: hidden, read-only, macros never run, links never updated,
// every question LibreOffice asks answered with "abort"; a file that is not the container its
// name says, that asks for a password, or whose zip would unpack beyond core/archive_limits.hpp's
// bounds, is said instead of opened.
#pragma once

#include "core/jobs/export.hpp"
#include "core/jobs/jobs.hpp"
#include "uno/context.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace baocao::uno {

// What loadComponentFromURL does (framework's LoadEnv) up to the point where it would put the
// model into a frame: deep type detection, the type's preferred filter, that filter's document
// service, XLoadable::load with the same media descriptor. No frame, view or layout (which a
// reader of the model does not need, and which an office would otherwise format in full and keep
// caches for). Empty when no filter recognises the file or the filter fails; the caller closes
// what it gets.
[[nodiscard]] css::uno::Reference<css::lang::XComponent> loadModel(
    const Context& ctx, const std::string& url, const css::uno::Sequence<css::beans::PropertyValue>& args);

struct OpenedDocument {
  css::uno::Reference<css::lang::XComponent> component;
  css::uno::Reference<css::text::XTextDocument> text;  // empty: not readable, `problem` says why
  core::Message problem;
};

// `extra` adds to the media descriptor (a filter); `layout` loads it with a hidden view (the
// page-flow rules read where paragraphs print) instead of the model alone. An office that died on
// the way throws css::lang::DisposedException; the caller closes the document.
[[nodiscard]] OpenedDocument openForReading(const Context& ctx, const std::filesystem::path& path,
                                            const std::vector<css::beans::PropertyValue>& extra = {},
                                            bool layout = false);

// One received report checked with the jobs' check, or why it cannot be read; the file is closed
// again before this returns.
struct CheckedFile {
  std::optional<core::CheckOutcome> outcome;
  core::Message problem;  // when there is no outcome
  std::optional<core::jobs::CheckRecord> record;  // the check record it keeps (baocao export), if any
};
[[nodiscard]] CheckedFile checkFile(const Context& ctx, const core::Catalog& catalog, core::DataFiles& files,
                                    const core::jobs::CheckOptions& options, const std::string& input,
                                    bool layout = false);

// The files a collect reads: each file named, and the reports in each folder named (recursively,
// in name order, links not followed); an empty list for a folder without reports.
[[nodiscard]] std::vector<std::string> reportFilesIn(const std::string& folder);

}  // namespace baocao::uno
