"""The submission package (`baocao export`) through a real LibreOffice: the check first (errors
stop it without --force), the folder named from the number and date, the PDF/A-2b PDF (pdfaid in
its XMP), the .docx and the figures, the check record in the PDF's keywords and the .docx's custom
properties (and `baocao validate` printing it back), an existing package refused without
--overwrite, the clerk's file left as it was, and the signature: a throwaway NSS database made by
make_certdb.py (the export.certdb fixture), the PDF signed and checked with poppler's pdfsig; an
expired certificate and one without its private key sign nothing."""
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import zipfile

from officetest import FAILURE, SUCCESS, OfficeTestCase
from skeleton_check import SOURCE

SAMPLES = os.path.join(SOURCE, "templates", "samples")
CLI = os.environ.get("BAOCAO_CLI")
CERT_DB = os.environ.get("BAOCAO_CERT_DB")
VALID = "Van thu UBND xa Long Mon"


def run_cli(*args):
    return subprocess.run([CLI, *args, "--lang", "en"], capture_output=True, text=True, timeout=600)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def pdfinfo(*args):
    return subprocess.run(["pdfinfo", *args], capture_output=True, text=True, check=True).stdout


def make_report(folder):
    """The seed report by `baocao new`, numbered 15, with the sample data file's figures."""
    with open(os.path.join(SAMPLES, "answers-dan-van.json"), encoding="utf-8") as f:
        a = json.load(f)
    a["number"] = "15"  # so the folder is named from it
    answers = os.path.join(folder, "answers.json")
    with open(answers, "w", encoding="utf-8") as f:
        json.dump(a, f, ensure_ascii=False)
    report = os.path.join(folder, "bao-cao.odt")
    r = subprocess.run([CLI, "new", "--answers", answers, "--profile", os.path.join(SAMPLES, "profile-long-mon.json"),
                        "--data", os.path.join(SAMPLES, "so-lieu-long-mon.csv"), "-o", report],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return report


class ExportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="baocao-export-")
        cls.report = make_report(cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def out(self, name):
        path = os.path.join(self.tmp, name)
        shutil.rmtree(path, ignore_errors=True)
        return path

    def test_errors_stop_the_export_without_force(self):
        out = self.out("stopped")
        r = run_cli("export", self.report, "-o", out)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("The report still has", r.stderr)
        self.assertIn("placeholder.unfilled", r.stderr)
        self.assertIn("--force", r.stderr)
        self.assertFalse(os.path.exists(out) and os.listdir(out), "nothing is written")

    def test_the_package_forced(self):
        out = self.out("package")
        before = sha256(self.report)
        r = run_cli("export", self.report, "-o", out, "--force")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(sha256(self.report), before, "the clerk's file is not changed")
        self.assertEqual(os.listdir(out), ["15-BC-UBND_2025-05-07"], "one folder, named from the number and date; no leftovers")
        folder = os.path.join(out, "15-BC-UBND_2025-05-07")
        base = os.path.join(folder, "15-BC-UBND_2025-05-07")
        self.assertEqual(sorted(os.listdir(folder)), sorted(os.path.basename(base) + s for s in
                                                            (".pdf", ".docx", "_so-lieu.xlsx", "_so-lieu.csv")))
        # PDF/A-2b, its details from the header, the record in the keywords (Info and XMP)
        meta = pdfinfo("-meta", base + ".pdf")
        self.assertIn("<pdfaid:part>2</pdfaid:part>", meta)
        self.assertIn("<pdfaid:conformance>B</pdfaid:conformance>", meta)
        info = pdfinfo(base + ".pdf")
        self.assertRegex(info, r"Title:\s+BÁO CÁO Sơ kết 5 năm kết quả thực hiện công tác dân vận")
        self.assertRegex(info, r"Author:\s+ỦY BAN NHÂN DÂN XÃ LONG MÔN")
        keywords = re.search(r"Keywords:\s+(.*)", info).group(1)
        self.assertIn("baocao-check: template=dan-van-2021-2025 1.0; rules=", keywords)
        self.assertIn("forced=yes", keywords)
        self.assertIn("data=so-lieu-long-mon.csv; sha256=" + sha256(os.path.join(SAMPLES, "so-lieu-long-mon.csv")), keywords)
        errors = int(re.search(r"errors=(\d+)", keywords).group(1))
        self.assertGreater(errors, 0)
        self.assertIn("<pdf:Keywords>baocao-check:", meta)
        with open(base + ".pdf", "rb") as f:
            self.assertIn(b"/Lang(vi-VN)", f.read())
        fonts = subprocess.run(["pdffonts", base + ".pdf"], capture_output=True, text=True, check=True).stdout
        for line in fonts.splitlines()[2:]:  # name, type, encoding, emb, sub, uni, object, ID
            self.assertEqual(re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line).group(1), "yes",
                             "every font embedded: " + line)
        # the .docx carries the record as custom properties
        with zipfile.ZipFile(base + ".docx") as z:
            custom = z.read("docProps/custom.xml").decode("utf-8")
        self.assertIn('name="BaoCao.Check.Errors"><vt:lpwstr>%d</vt:lpwstr>' % errors, custom)
        self.assertIn('name="BaoCao.Check.Forced"><vt:lpwstr>yes</vt:lpwstr>', custom)
        # the figures, as `baocao figures --format csv` prints them
        with open(base + "_so-lieu.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        figures = run_cli("figures", "--format", "csv", self.report)
        self.assertEqual(rows, list(csv.reader(io.StringIO(figures.stdout))))
        self.assertIn("ho_dan_tong", [r[0] for r in rows])
        with zipfile.ZipFile(base + "_so-lieu.xlsx") as z:
            self.assertIn("xl/workbook.xml", z.namelist())
        # validate prints the record of the PDF and of the .docx
        v = run_cli("validate", base + ".pdf")
        self.assertEqual(v.returncode, 1, v.stdout + v.stderr)  # the record says errors were left
        self.assertIn("Check record (baocao", v.stdout)
        self.assertIn("errors: %d" % errors, v.stdout)
        self.assertIn("sent with errors left, as the clerk confirmed", v.stdout)
        v = run_cli("validate", "--format", "json", base + ".docx")
        self.assertEqual(json.loads(v.stdout)["files"][0]["checkRecord"], keywords)
        v = run_cli("validate", self.report)
        self.assertNotIn("Check record", v.stdout, "the clerk's own file has no record")

        # an existing package is refused without --overwrite, and replaced with it
        r = run_cli("export", self.report, "-o", out, "--force")
        self.assertEqual(r.returncode, 2)
        self.assertIn("exists already; use --overwrite", r.stderr)
        r = run_cli("export", self.report, "-o", out, "--force", "--overwrite")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(os.listdir(out), ["15-BC-UBND_2025-05-07"])

    def test_no_pdfa(self):
        out = self.out("plain")
        r = run_cli("export", self.report, "-o", out, "--force", "--no-pdfa")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("pdfaid", pdfinfo("-meta", os.path.join(out, "15-BC-UBND_2025-05-07", "15-BC-UBND_2025-05-07.pdf")))

    def test_signed_with_a_certificate_from_the_nss_database(self):
        self.assertTrue(CERT_DB and os.path.isdir(CERT_DB), "the export.certdb fixture made no database")
        out = self.out("signed")
        r = run_cli("export", self.report, "-o", out, "--force", "--sign", VALID, "--cert-db", CERT_DB)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Signed with the certificate CN=" + VALID, r.stdout)
        pdf = os.path.join(out, "15-BC-UBND_2025-05-07", "15-BC-UBND_2025-05-07.pdf")
        sig = subprocess.run(["pdfsig", "-nssdir", "sql:" + CERT_DB, pdf], capture_output=True, text=True).stdout
        self.assertIn("Signer Certificate Common Name: " + VALID, sig)
        self.assertIn("Signature is Valid.", sig)
        self.assertIn("Total document signed", sig)
        self.assertIn("<pdfaid:part>2</pdfaid:part>", pdfinfo("-meta", pdf))

    def test_a_certificate_that_cannot_sign_signs_nothing(self):
        self.assertTrue(CERT_DB and os.path.isdir(CERT_DB), "the export.certdb fixture made no database")
        for name, said in (("Chung thu het han", "expired on"),
                           # NSS lists no certificate without its private key among the personal ones
                           ("Chung thu khong khoa", "no certificate named Chung thu khong khoa"),
                           ("Nobody", "no certificate named Nobody (there are: CN=" + VALID)):
            with self.subTest(name):
                out = self.out("unsigned")
                r = run_cli("export", self.report, "-o", out, "--force", "--sign", name, "--cert-db", CERT_DB)
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertIn(said, r.stderr)
                self.assertFalse(os.path.exists(out) and os.listdir(out), "nothing is written")


class ExportCommandTest(OfficeTestCase):
    """The same job from Writer (vnd.baocao:ExportPackage, for macros and tests: the menu item and
    its dialog are still to come): the open report, stopped with errors left, then packaged with
    Force; the document keeps no trace of the record and is not marked modified."""

    def test_the_writer_command_runs_the_same_job(self):
        folder = self.shared_folder("baocao-export-cmd-")
        report = make_report(folder)
        os.chmod(report, 0o666)
        before = sha256(report)
        doc = self.load(report)
        out = os.path.join(folder, "goi")
        state, result = self.dispatch(doc, "vnd.baocao:ExportPackage", NoDialog=True, Folder=out)
        self.assertEqual(state, FAILURE, result)
        self.assertIn("placeholder.unfilled", result)  # the errors, listed (in the office's language)
        self.assertFalse(os.path.exists(out) and os.listdir(out))
        state, result = self.dispatch(doc, "vnd.baocao:ExportPackage", NoDialog=True, Folder=out, Force=True)
        self.assertEqual(state, SUCCESS, result)
        package, line = result.split("\n")[:2]
        self.assertEqual(package, os.path.join(out, "15-BC-UBND_2025-05-07"))
        self.assertTrue(line.startswith("baocao-check: template=dan-van-2021-2025 1.0;"), line)
        self.assertIn("forced=yes", line)
        pdf = os.path.join(package, "15-BC-UBND_2025-05-07.pdf")
        self.assertIn("<pdfaid:part>2</pdfaid:part>", pdfinfo("-meta", pdf))
        self.assertIn(line, pdfinfo(pdf))
        self.assertTrue(os.path.isfile(os.path.join(package, "15-BC-UBND_2025-05-07_so-lieu.csv")))
        # no trace in the clerk's document
        self.assertFalse(doc.isModified())
        user = doc.getDocumentProperties().getUserDefinedProperties().getPropertySetInfo()
        self.assertFalse(user.hasPropertyByName("BaoCao.Check.Errors"))
        self.assertNotIn(line, doc.getDocumentProperties().Keywords)
        self.assertEqual(sha256(report), before)
        state, result = self.dispatch(doc, "vnd.baocao:ExportPackage", NoDialog=True, Folder=out, Force=True)
        self.assertEqual(state, FAILURE)
        self.assertIn("--overwrite", result)


if __name__ == "__main__":
    unittest.main()
