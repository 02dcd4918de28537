"""The submission package (`baocao export`) through a real LibreOffice: the check first (errors
stop it without --force), the folder named from the number and date, the PDF/A-2b PDF (pdfaid in
its XMP), the .docx and the figures, the check record in the PDF's keywords and the .docx's custom
properties (and `baocao validate` printing it back), an existing package refused without
--overwrite, the clerk's file left as it was, and the signature: a throwaway NSS database made by
make_certdb.py (the export.certdb fixture), the PDF signed and checked with poppler's pdfsig; an
expired certificate and one without its private key sign nothing (NSS does not even list the
latter). Bad folders: one the CLI may not write into (run as nobody against root's folder) and a
full disk (a small tmpfs in a mount namespace of its own, small_disk.py): the folder named and
why, in the clerk's language, and no package left that looks complete. The check is validate's,
spelling included (--no-spelling honoured)."""
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

from officetest import FAILURE, SUCCESS, OfficeTestCase
from skeleton_check import SOURCE

SAMPLES = os.path.join(SOURCE, "templates", "samples")
CLI = os.environ.get("BAOCAO_CLI")
CERT_DB = os.environ.get("BAOCAO_CERT_DB")
VALID = "Van thu UBND xa Long Mon"
PACKAGE = "15-BC-UBND_2025-05-07"


def run_cli(*args):
    return subprocess.run([CLI, *args, "--lang", "en"], capture_output=True, text=True, timeout=600)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def pdfinfo(*args):
    return subprocess.run(["pdfinfo", *args], capture_output=True, text=True, check=True).stdout


def make_report(folder, ve_viec=None):
    """The seed report by `baocao new`, numbered 15, with the sample data file's figures; `ve_viec`
    replaces the request's subject (which the report's opening paragraph quotes)."""
    with open(os.path.join(SAMPLES, "answers-dan-van.json"), encoding="utf-8") as f:
        a = json.load(f)
    a["number"] = "15"  # so the folder is named from it
    if ve_viec is not None:
        a["inputs"]["ve_viec"] = ve_viec
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
                           # NSS lists no certificate without its private key among the personal
                           # ones (nor among all: getAllCertificates is empty on 7.4 and 25.2), so
                           # the clerk reads that none by that name can sign, and why it may be so
                           ("Chung thu khong khoa", "no certificate named Chung thu khong khoa can sign on this machine "
                                                    "(a certificate without its private key is not listed; there are: "),
                           ("Nobody", "no certificate named Nobody can sign on this machine (a certificate without its private "
                                       "key is not listed; there are: CN=" + VALID)):
            with self.subTest(name):
                out = self.out("unsigned")
                r = run_cli("export", self.report, "-o", out, "--force", "--sign", name, "--cert-db", CERT_DB)
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertIn(said, r.stderr)
                self.assertNotIn("CN=Chung thu khong khoa", r.stderr, "the certificate without its key is not listed")
                self.assertFalse(os.path.exists(out) and os.listdir(out), "nothing is written")


NOBODY = 65534  # the CLI as a clerk without write access to root's folder (CI runs as root)


def as_nobody(work, *args):
    """The CLI run as nobody, with a home and an office profile of its own it can write."""
    home, profile = os.path.join(work, "home-nobody"), os.path.join(work, "profile-nobody")
    for d in (home, profile):
        os.makedirs(d, exist_ok=True)
        os.chown(d, NOBODY, NOBODY)
    return subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "env", f"HOME={home}",
                           CLI, *args, "--office-profile", profile], capture_output=True, text=True, timeout=600)


class ExportBadFolderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="baocao-export-bad-")
        os.chmod(cls.tmp, 0o755)  # nobody reads the report
        cls.report = make_report(cls.tmp)
        os.chmod(cls.report, 0o644)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_a_folder_without_write_access(self):
        self.assertEqual(os.geteuid(), 0, "this test runs the CLI as nobody, which needs root (as CI runs)")
        locked = os.path.join(self.tmp, "locked")
        os.makedirs(locked)
        os.chmod(locked, 0o755)  # root's: nobody may not write into it
        r = as_nobody(self.tmp, "export", self.report, "-o", locked, "--force", "--lang", "vi")
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertIn(f"Không ghi được bộ hồ sơ vào thư mục {locked}: không có quyền ghi vào thư mục này", r.stderr)
        self.assertEqual(os.listdir(locked), [], "nothing is written")
        # a folder to be made inside it: the same, not a crash
        inner = os.path.join(locked, "goi")
        r = as_nobody(self.tmp, "export", self.report, "-o", inner, "--force", "--lang", "en")
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertIn(f"Cannot write the package into the folder {inner}: no permission to write there", r.stderr)
        self.assertEqual(os.listdir(locked), [])

    def test_a_full_disk(self):
        # the package's PDF, to size a disk that takes it and then fills up with the .docx
        whole = os.path.join(self.tmp, "whole")
        r = run_cli("export", self.report, "-o", whole, "--force")
        self.assertEqual(r.returncode, 0, r.stderr)
        pdf = os.path.getsize(os.path.join(whole, PACKAGE, PACKAGE + ".pdf"))
        docx = os.path.getsize(os.path.join(whole, PACKAGE, PACKAGE + ".docx"))
        self.assertGreater(docx, 8192)
        pages = -(-pdf // 4096) + 2  # tmpfs counts 4 KB pages: the PDF and 8 KB more, less than the .docx
        for size, what in (("16k", "the PDF does not fit"), (f"{pages * 4}k", "the PDF written, then the .docx does not fit")):
            with self.subTest(what):
                full = os.path.join(self.tmp, "full")
                r = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "small_disk.py"),
                                    size, full, "--", CLI, "export", self.report, "-o", full, "--force", "--lang", "en"],
                                   capture_output=True, text=True, timeout=600)
                self.assertNotEqual(r.returncode, 125, "the small disk could not be made (a mount namespace and tmpfs "
                                                       "need root, as CI runs):\n" + r.stderr)
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertIn(f"Cannot write the package into the folder {full}: the disk is full (", r.stderr)
                self.assertIn("no partial package was left", r.stderr)
                left = json.loads(re.search(r"^small_disk: left: (.*)$", r.stderr, re.M).group(1))
                self.assertEqual(left, [], "no package folder, finished or not, is left on the full disk")
                self.assertNotIn("The submission package was written", r.stdout)


class ExportSpellingTest(unittest.TestCase):
    def test_the_check_is_validates_spelling_included(self):
        work = tempfile.mkdtemp(prefix="baocao-export-spell-")
        self.addCleanup(shutil.rmtree, work, True)
        a = "báo cáo sơ kết 5 năm thực hiện công tác dân vận, những việc búc thiết của cơ quan hành chính nhà nước"
        report = make_report(work, ve_viec=a)
        v = run_cli("validate", "--layout", "--format", "json", report)  # export checks with the layout too
        entry = json.loads(v.stdout)["files"][0]
        self.assertEqual(entry["spelling"], "checked", "LibreOffice's vi-VN spell checker (hunspell-vi) is there")
        spelling = [f for f in entry["findings"] if f["rule"] == "text.spelling"]
        self.assertTrue(any("“búc”" in f["message"] for f in spelling), spelling)
        errors = sum(f["severity"] == "error" for f in entry["findings"])
        warnings = sum(f["severity"] == "warning" for f in entry["findings"])

        def record(*extra):
            out = os.path.join(work, "goi")
            shutil.rmtree(out, ignore_errors=True)
            r = run_cli("export", report, "-o", out, "--force", *extra)
            self.assertEqual(r.returncode, 0, r.stderr)
            info = pdfinfo(os.path.join(out, "15-BC-UBND_2025-05-07", "15-BC-UBND_2025-05-07.pdf"))
            return {k: int(n) for k, n in re.findall(r"(errors|warnings)=(\d+)", info)}

        self.assertEqual(record(), {"errors": errors, "warnings": warnings}, "export's check counts what validate's does")
        self.assertEqual(record("--no-spelling"), {"errors": errors, "warnings": warnings - len(spelling)})


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
