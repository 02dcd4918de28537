#include "uno/document/package_writer.hxx"

#include "core/civil_date.hpp"
#include "core/portable.hpp"
#include "uno/document/figure_fields.hxx"
#include "uno/document/spreadsheet_writer.hxx"
#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/xml/crypto/SEInitializer.hpp>
#include <com/sun/star/xml/crypto/XSecurityEnvironment.hpp>
#include <com/sun/star/xml/crypto/XXMLSecurityContext.hpp>

#include <osl/file.hxx>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <optional>
#include <system_error>

namespace baocao::uno {

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

OUString fileUrl(const std::filesystem::path& path) {
  OUString url;
  if (osl::FileBase::getFileURLFromSystemPath(toOU(core::utf8FromPath(path)), url) != osl::FileBase::E_None)
    throw css::uno::RuntimeException("not a local path: " + toOU(core::utf8FromPath(path)));
  return url;
}

// The document's descriptive properties and the record's, as they were, put back when this goes.
class PropertiesForExport {
 public:
  PropertiesForExport(const Reference<css::text::XTextDocument>& doc, const core::jobs::ExportPlan& plan)
      : mxDoc(doc),
        mxProps(Reference<css::document::XDocumentPropertiesSupplier>(doc, UNO_QUERY_THROW)->getDocumentProperties()) {
    Reference<css::util::XModifiable> modifiable(doc, UNO_QUERY);
    mbModified = modifiable.is() && modifiable->isModified();
    maTitle = mxProps->getTitle();
    maSubject = mxProps->getSubject();
    maAuthor = mxProps->getAuthor();
    maKeywords = mxProps->getKeywords();
    maLanguage = mxProps->getLanguage();
    Reference<css::beans::XPropertySet> user(mxProps->getUserDefinedProperties(), UNO_QUERY_THROW);
    for (const auto& [name, value] : core::jobs::recordProperties(plan.record)) {
      const OUString n = toOU(name);
      maUser.emplace_back(n, user->getPropertySetInfo()->hasPropertyByName(n) ? std::optional<Any>(user->getPropertyValue(n))
                                                                               : std::nullopt);
      setDocumentProperty(doc, name.c_str(), value);
    }
    if (!plan.pdf.title.empty()) mxProps->setTitle(toOU(plan.pdf.title));
    if (!plan.pdf.subject.empty()) mxProps->setSubject(toOU(plan.pdf.subject));
    if (!plan.pdf.author.empty()) mxProps->setAuthor(toOU(plan.pdf.author));
    // LibreOffice writes no user-defined property into a PDF (7.4 and 25.2): the keywords, which
    // it writes into the Info dictionary and the XMP, carry the record's line.
    Sequence<OUString> keywords(maKeywords);
    keywords.realloc(keywords.getLength() + 1);
    keywords.getArray()[keywords.getLength() - 1] = toOU(core::jobs::recordLine(plan.record));
    mxProps->setKeywords(keywords);
    mxProps->setLanguage(css::lang::Locale("vi", "VN", ""));
  }
  ~PropertiesForExport() {
    try {
      mxProps->setTitle(maTitle);
      mxProps->setSubject(maSubject);
      mxProps->setAuthor(maAuthor);
      mxProps->setKeywords(maKeywords);
      mxProps->setLanguage(maLanguage);
      Reference<css::beans::XPropertySet> user(mxProps->getUserDefinedProperties(), UNO_QUERY_THROW);
      Reference<css::beans::XPropertyContainer> container(user, UNO_QUERY_THROW);
      for (const auto& [name, before] : maUser) {
        if (before) user->setPropertyValue(name, *before);
        else container->removeProperty(name);
      }
      if (Reference<css::util::XModifiable> modifiable(mxDoc, UNO_QUERY); modifiable.is() && !mbModified)
        modifiable->setModified(false);
    } catch (const css::uno::Exception&) {
      // put back as far as it went: the clerk's file on disk was never stored
    }
  }
  PropertiesForExport(const PropertiesForExport&) = delete;
  PropertiesForExport& operator=(const PropertiesForExport&) = delete;

 private:
  Reference<css::text::XTextDocument> mxDoc;
  Reference<css::document::XDocumentProperties> mxProps;
  bool mbModified = false;
  OUString maTitle, maSubject, maAuthor;
  Sequence<OUString> maKeywords;
  css::lang::Locale maLanguage;
  std::vector<std::pair<OUString, std::optional<Any>>> maUser;
};

void store(const Reference<css::text::XTextDocument>& doc, const std::filesystem::path& path, const char* filter,
           const Sequence<css::beans::PropertyValue>& filterData = {}) {
  std::vector<css::beans::PropertyValue> args{prop("FilterName", Any(OUString::createFromAscii(filter))),
                                              prop("Overwrite", Any(true))};
  if (filterData.hasElements()) args.push_back(prop("FilterData", Any(filterData)));
  Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)
      ->storeToURL(fileUrl(path), Sequence<css::beans::PropertyValue>(args.data(), static_cast<sal_Int32>(args.size())));
}

// "12 KB", "35 MB": the same in both languages.
std::string sizeText(std::uintmax_t bytes) {
  constexpr std::uintmax_t kKB = 1024, kMB = 1024 * 1024;
  return bytes < 10 * kMB ? std::to_string((bytes + kKB - 1) / kKB) + " KB" : std::to_string(bytes / kMB) + " MB";
}

// Why writing into `folder` failed, as the clerk reads it: no permission, the disk full (by the
// error, or by the space left: LibreOffice's export says only that it could not write), else the
// system's own words.
core::Message writeFailure(const std::filesystem::path& folder, std::error_code ec, const std::string& detail) {
  using core::MessageId;
  const std::string name = core::utf8FromPath(folder);
  if (ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted || ec == std::errc::read_only_file_system)
    return core::say(MessageId::ExportNoPermission, {name});
  std::error_code probe;
  const std::filesystem::space_info space = std::filesystem::space(folder, probe);
  constexpr std::uintmax_t kNearlyFull = 1024 * 1024;  // less than the smallest package's PDF
  if (ec == std::errc::no_space_on_device || ec == std::errc::file_too_large || (!probe && space.available < kNearlyFull))
    return core::say(MessageId::ExportDiskFull, {name, probe ? std::string("?") : sizeText(space.available)});
  return core::say(MessageId::ExportWriteFailed, {name, detail});
}

}  // namespace

core::Result<WrittenPackage> writePackage(const Reference<css::frame::XDesktop2>& desktop,
                                          const Reference<css::text::XTextDocument>& doc, const core::jobs::ExportPlan& plan,
                                          const std::filesystem::path& parent, const PackageOptions& options) {
  using core::MessageId;
  namespace fs = std::filesystem;
  const fs::path target = parent / core::pathFromUtf8(plan.folderName);
  std::error_code ec;
  if (fs::exists(target, ec) && !options.overwrite)
    return core::Error{core::say(MessageId::ExportTargetExists, {core::utf8FromPath(target)})};
  const fs::path partial = parent / core::pathFromUtf8("." + plan.folderName + ".part-" + std::to_string(::getpid()));
  fs::create_directories(parent, ec);
  if (!ec) fs::remove_all(partial, ec);
  if (!ec) fs::create_directories(partial, ec);
  if (ec) return core::Error{writeFailure(parent, ec, ec.message())};
  WrittenPackage out;
  try {
    const std::string base = plan.folderName;
    {
      const PropertiesForExport record(doc, plan);
      std::vector<css::beans::PropertyValue> pdf;
      if (options.pdfa) pdf.push_back(prop("SelectPdfVersion", Any(sal_Int32(2))));  // PDF/A-2b
      if (options.certificate.is()) {  // never SignPDF without one: the whole export fails
        pdf.push_back(prop("SignPDF", Any(true)));
        pdf.push_back(prop("SignatureCertificate", Any(options.certificate)));
      }
      store(doc, partial / (base + ".pdf"), "writer_pdf_Export",
            Sequence<css::beans::PropertyValue>(pdf.data(), static_cast<sal_Int32>(pdf.size())));
      out.files.push_back(base + ".pdf");
      store(doc, partial / (base + ".docx"), "MS Word 2007 XML");
      out.files.push_back(base + ".docx");
    }
    const std::string figures = base + "_so-lieu";
    writeSpreadsheet(desktop, {plan.figures}, core::utf8FromPath(partial / (figures + ".xlsx")), "Calc MS Excel 2007 XML", false);
    out.files.push_back(figures + ".xlsx");
    {
      std::ofstream csv(partial / (figures + ".csv"), std::ios::binary);
      csv << core::jobs::toCsv(plan.figures);
      if (!csv.flush()) throw css::uno::RuntimeException(toOU(core::utf8FromPath(partial / (figures + ".csv"))));
    }
    out.files.push_back(figures + ".csv");
  } catch (const css::uno::Exception& e) {
    // LibreOffice's failures carry no errno: the disk is judged while the partial files still fill it
    const core::Message why = writeFailure(parent, {}, toUtf8(e.Message));
    fs::remove_all(partial, ec);
    return core::Error{why};
  }
  // The old package goes aside first, so that a failed rename leaves it whole.
  const fs::path old = parent / core::pathFromUtf8("." + plan.folderName + ".old-" + std::to_string(::getpid()));
  const bool replacing = fs::exists(target, ec);
  if (replacing) fs::rename(target, old, ec);
  if (!ec) fs::rename(partial, target, ec);
  if (ec) {
    const core::Message why = writeFailure(parent, ec, ec.message());
    std::error_code ignored;
    if (replacing) fs::rename(old, target, ignored);
    fs::remove_all(partial, ignored);
    return core::Error{why};
  }
  if (replacing) fs::remove_all(old, ec);
  out.folder = target;
  return out;
}

std::vector<SigningCertificate> signingCertificates(const Context& ctx) {
  std::vector<SigningCertificate> out;
  Reference<css::xml::crypto::XSEInitializer> init = css::xml::crypto::SEInitializer::create(ctx);
  Reference<css::xml::crypto::XXMLSecurityContext> security = init->createSecurityContext(OUString());
  if (!security.is()) return out;
  Reference<css::xml::crypto::XSecurityEnvironment> env = security->getSecurityEnvironment();
  if (!env.is()) return out;
  const std::string today = core::isoUtc(std::time(nullptr)).substr(0, 10);  // "2026-12-05"
  for (const auto& cert : env->getPersonalCertificates()) {
    if (!cert.is()) continue;
    SigningCertificate c;
    c.subject = toUtf8(cert->getSubjectName());
    const css::util::DateTime notAfter = cert->getNotValidAfter();
    c.notAfter = core::isoDate(core::CivilDate{notAfter.Year, notAfter.Month, notAfter.Day});
    c.expired = c.notAfter < today;
    c.certificate = cert;
    out.push_back(std::move(c));
  }
  return out;
}

core::Result<SigningCertificate> findSigningCertificate(const Context& ctx, const std::string& name, const std::string& store) {
  using core::MessageId;
  const std::vector<SigningCertificate> all = signingCertificates(ctx);
  if (all.empty()) return core::Error{core::say(MessageId::ExportNoCertificates, {store})};
  std::string names;
  const SigningCertificate* expired = nullptr;  // the first by that name, expired
  for (const auto& c : all) {
    if (c.subject.find(name) == std::string::npos) {
      names += (names.empty() ? "" : "; ") + c.subject;
      continue;
    }
    if (!c.expired) return c;
    if (expired == nullptr) expired = &c;
  }
  if (expired != nullptr) return core::Error{core::say(MessageId::ExportCertificateExpired, {expired->subject, expired->notAfter})};
  return core::Error{core::say(MessageId::ExportCertificateNotFound, {name, names})};
}

}  // namespace baocao::uno
