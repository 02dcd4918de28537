// The submission package (core/jobs/export.hpp) written through LibreOffice: the check record
// into the document's properties and the PDF's keywords, the PDF (PDF/A-2b by default, signed
// when a certificate is given) and the .docx through Writer's own export filters, the figures as
// .xlsx (Calc) and .csv. Everything is written into a temporary folder beside the target, renamed
// at the end: a failure leaves no folder that looks complete. Also the certificates LibreOffice's
// security environment offers (NSS on Linux, the system store on Windows).
#pragma once

#include "core/error.hpp"
#include "core/jobs/export.hpp"
#include "uno/context.hxx"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/security/XCertificate.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::uno {

struct PackageOptions {
  bool pdfa = true;  // PDF/A-2b (SelectPdfVersion=2); else LibreOffice's default PDF
  css::uno::Reference<css::security::XCertificate> certificate;  // empty: not signed
  bool overwrite = false;  // replace an existing package folder
};

struct WrittenPackage {
  std::filesystem::path folder;
  std::vector<std::filesystem::path> files;
};

// `doc` is the clerk's document as loaded: the record goes into its properties for the export,
// and they are put back as they were afterwards (the file on disk is never stored). `parent` is
// made when missing. Errors, naming `parent` and why: the target exists (without `overwrite`), no
// permission to write there, the disk full, any other failure to write (the temporary folder is
// removed: no package is left that looks complete).
[[nodiscard]] core::Result<WrittenPackage> writePackage(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                                                        const css::uno::Reference<css::text::XTextDocument>& doc,
                                                        const core::jobs::ExportPlan& plan,
                                                        const std::filesystem::path& parent, const PackageOptions& options);

// The certificates the user can sign with: each one's subject name, and the certificate. The
// security environment lists only certificates whose private key it holds (NSS: those of the
// private keys in its slots; Windows: the MY store's with a key), so a certificate without its
// key never appears here, on either system (it.export shows it for NSS).
struct SigningCertificate {
  std::string subject;  // "CN=Văn thư UBND xã Long Môn,O=…"
  std::string notAfter;  // ISO date
  bool expired = false;
  css::uno::Reference<css::security::XCertificate> certificate;
};
[[nodiscard]] std::vector<SigningCertificate> signingCertificates(const Context& ctx);

// The one whose subject contains `name` (its CN, or the whole subject), usable to sign: errors
// name the certificate and why (expired; none by that name that can sign, which is also what a
// certificate without its private key gives, since it is not listed).
[[nodiscard]] core::Result<SigningCertificate> findSigningCertificate(const Context& ctx, const std::string& name,
                                                                      const std::string& store);

}  // namespace baocao::uno
