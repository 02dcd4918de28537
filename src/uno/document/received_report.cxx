#include "uno/document/received_report.hxx"

#include "core/archive_limits.hpp"
#include "core/portable.hpp"
#include "uno/document/document_closer.hxx"
#include "uno/document/writer_document.hxx"
#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <cctype>
#include <fstream>

namespace baocao::uno {

using core::MessageId;
using core::say;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// Answers every question LibreOffice asks while loading with "abort" (nobody is there to type a
// password or pick a filter), remembering whether it asked for a password.
class AbortingInteraction : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
 public:
  bool passwordAsked = false;
  void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
    css::task::PasswordRequest password;
    if (request->getRequest() >>= password) passwordAsked = true;
    for (const auto& c : request->getContinuations())
      if (Reference<css::task::XInteractionAbort> abort(c, UNO_QUERY); abort.is()) {
        abort->select();
        return;
      }
  }
};

std::string lowerExtension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string head4(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4, '\0');
  in.read(head.data(), 4);
  return head;
}

// Why LibreOffice could not open a file: an encrypted .docx is an OLE container, not a zip.
core::Message unreadableReason(const std::filesystem::path& path) {
  if (head4(path) == "\xD0\xCF\x11\xE0" && lowerExtension(path) == ".docx") return say(MessageId::CliPasswordProtected);
  return say(MessageId::CliCannotOpen);
}

// LibreOffice opens almost anything as plain text, so a damaged .odt or .docx would be "validated"
// as a page of garbage: check that the file is the container its name says first.
core::Message containerProblem(const std::filesystem::path& path) {
  const std::string ext = lowerExtension(path);
  const std::string head = head4(path);
  const bool zip = head.rfind("PK\x03\x04", 0) == 0;
  const bool ole = head == "\xD0\xCF\x11\xE0";
  if ((ext == ".odt" || ext == ".docx") && !zip)
    return ole && ext == ".docx" ? unreadableReason(path) : say(MessageId::CliDamaged, {ext});
  // a zip bomb, or XML of half a gigabyte: refused from the sizes it declares, before LibreOffice inflates it
  if (zip)
    if (core::Message big = core::archiveProblem(path); !big.empty()) return big;
  if (ext == ".doc" && !ole) return say(MessageId::CliDamaged, {ext});
  if (ext != ".odt" && ext != ".docx" && ext != ".doc" && ext != ".fodt" && ext != ".rtf" && ext != ".txt")
    return say(MessageId::CliUnsupportedType);
  return {};
}

}  // namespace

Reference<css::lang::XComponent> loadModel(const Context& ctx, const std::string& url,
                                           const css::uno::Sequence<css::beans::PropertyValue>& args) {
  const Reference<css::lang::XMultiComponentFactory> factory = ctx->getServiceManager();
  auto create = [&](const rtl::OUString& service) { return factory->createInstanceWithContext(service, ctx); };
  css::uno::Sequence<css::beans::PropertyValue> descriptor(args);
  const auto n = descriptor.getLength();
  descriptor.realloc(n + 1);
  descriptor.getArray()[n] = prop("URL", css::uno::Any(toOU(url)));
  Reference<css::document::XTypeDetection> detection(create("com.sun.star.document.TypeDetection"), UNO_QUERY_THROW);
  const rtl::OUString type = detection->queryTypeByDescriptor(descriptor, true);
  if (type.isEmpty()) return {};
  rtl::OUString filter = stringValue(descriptor, "FilterName");
  if (filter.isEmpty()) {
    css::uno::Sequence<css::beans::PropertyValue> typeProps;
    Reference<css::container::XNameAccess>(detection, UNO_QUERY_THROW)->getByName(type) >>= typeProps;
    filter = stringValue(typeProps, "PreferredFilter");
    if (filter.isEmpty()) return {};
    const auto m = descriptor.getLength();
    descriptor.realloc(m + 1);
    descriptor.getArray()[m] = prop("FilterName", css::uno::Any(filter));
  }
  css::uno::Sequence<css::beans::PropertyValue> filterProps;
  Reference<css::container::XNameAccess>(create("com.sun.star.document.FilterFactory"), UNO_QUERY_THROW)->getByName(filter) >>=
      filterProps;
  const rtl::OUString service = stringValue(filterProps, "DocumentService");
  if (service.isEmpty()) return {};
  Reference<css::lang::XComponent> model(create(service), UNO_QUERY_THROW);
  try {
    Reference<css::frame::XLoadable>(model, UNO_QUERY_THROW)->load(descriptor);
  } catch (...) {
    model->dispose();  // half loaded and ours alone
    throw;
  }
  return model;
}

OpenedDocument openForReading(const Context& ctx, const std::filesystem::path& path,
                              const std::vector<css::beans::PropertyValue>& extra, bool layout) {
  if (!std::filesystem::is_regular_file(path)) return {{}, {}, say(MessageId::CliNoSuchFile)};
  if (const core::Message bad = containerProblem(path); !bad.empty()) return {{}, {}, bad};
  rtl::Reference<AbortingInteraction> interaction(new AbortingInteraction);
  std::vector<css::beans::PropertyValue> args{
      prop("InteractionHandler", css::uno::Any(Reference<css::task::XInteractionHandler>(interaction.get()))),
      prop("ReadOnly", css::uno::Any(true)),
      prop("MacroExecutionMode", css::uno::Any(sal_Int16(0))),  // NEVER_EXECUTE
      prop("UpdateDocMode", css::uno::Any(sal_Int16(0)))};      // NO_UPDATE
  args.insert(args.end(), extra.begin(), extra.end());
  if (layout) args.push_back(prop("Hidden", css::uno::Any(true)));
  const css::uno::Sequence<css::beans::PropertyValue> descriptor(args.data(), static_cast<sal_Int32>(args.size()));
  rtl::OUString url;
  if (osl::FileBase::getFileURLFromSystemPath(toOU(core::utf8FromPath(path)), url) != osl::FileBase::E_None)
    return {{}, {}, say(MessageId::CliNoSuchFile)};
  OpenedDocument opened;
  try {
    opened.component = layout ? css::frame::Desktop::create(ctx)->loadComponentFromURL(url, "_blank", 0, descriptor)
                              : loadModel(ctx, toUtf8(url), descriptor);
  } catch (const css::lang::DisposedException&) {
    throw;  // the office is gone, not the file
  } catch (const css::uno::Exception&) {
    // Said below with the others: a file LibreOffice fails on is one it cannot open.
  }
  opened.text.set(opened.component, UNO_QUERY);
  if (!opened.text.is())
    opened.problem = interaction->passwordAsked ? say(MessageId::CliPasswordProtected)
                     : opened.component.is()    ? say(MessageId::CliNotText)
                                                : unreadableReason(path);
  return opened;
}

CheckedFile checkFile(const Context& ctx, const core::Catalog& catalog, core::DataFiles& files,
                      const core::jobs::CheckOptions& options, const std::string& input, bool layout) {
  const OpenedDocument opened = openForReading(ctx, std::filesystem::absolute(core::pathFromUtf8(input)), {}, layout);
  const DocumentCloser closer(opened.component);
  if (!opened.text.is()) return {std::nullopt, opened.problem, std::nullopt};
  WriterDocument document(ctx, opened.text);
  document.named(input);
  if (layout) document.withLayout();
  auto outcome = core::jobs::check(document, catalog, files, options);
  return {std::move(outcome), {}, core::jobs::recordedCheck(document)};
}

std::vector<std::string> reportFilesIn(const std::string& folder) {
  static const std::vector<std::string> kTypes{".odt", ".docx", ".doc", ".fodt", ".rtf"};
  std::vector<std::string> found;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(core::pathFromUtf8(folder),
                                                               std::filesystem::directory_options::skip_permission_denied, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string ext = lowerExtension(it->path());
    const std::string name = core::utf8FromPath(it->path().filename());
    if (std::find(kTypes.begin(), kTypes.end(), ext) != kTypes.end() && !name.starts_with("~$") && !name.starts_with(".~lock"))
      found.push_back(core::utf8FromPath(it->path()));
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace baocao::uno
