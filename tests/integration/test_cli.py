"""The baocao CLI and the demo's main job (tools/lib/demo-job), read back through LibreOffice."""
import json
import os
import subprocess
import tempfile
import unittest

from decree30 import header_rules
from header_check import HeaderChecker
from officetest import OfficeTestCase

SOURCE = os.environ.get("BAOCAO_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("BAOCAO_CLI")
BUILD = os.environ.get("BAOCAO_BUILD_DIR")
EXPECTED = {"parent_agency": "UBND HUYỆN VÂN HỒ", "agency": "ỦY BAN NHÂN DÂN\nXÃ LONG MÔN", "number": "Số: 15/BC-UBND"}


def run_cli(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300)


class DemoJobTest(OfficeTestCase):
    """tools/demo's headless job writes out/header.* and out/bao-cao-dan-van.*; they must meet
    Decree 30's header rules (decree30.py) and follow the seed template."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.out = os.path.join(cls.office.out, "demo")
        r = subprocess.run([os.path.join(SOURCE, "tools", "lib", "demo-job"), BUILD, cls.out],
                           capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            raise AssertionError(f"demo-job failed ({r.returncode}):\n{r.stdout}{r.stderr}")

    def test_odt_header_meets_decree30(self):
        doc = self.load(os.path.join(self.out, "header.odt"), Hidden=True)
        HeaderChecker(self, self.office, header_rules()).check(doc, EXPECTED)

    def test_docx_keeps_the_header(self):
        doc = self.load(os.path.join(self.out, "header.docx"), Hidden=True)
        # Word has no table names, so the header is found as the first table.
        HeaderChecker(self, self.office, header_rules()).check(doc, EXPECTED, table_name=None)

    def test_seed_skeleton_follows_its_template(self):
        from skeleton_check import check_skeleton, load_template
        doc = self.load(os.path.join(self.out, "bao-cao-dan-van.odt"), Hidden=True)
        check_skeleton(self, doc, load_template("dan-van-2021-2025"))

    def test_seed_skeleton_has_every_figure_filled_from_the_sample_data(self):
        from skeleton_check import fields
        doc = self.load(os.path.join(self.out, "bao-cao-dan-van.odt"), Hidden=True)
        shown = {f.getTextFieldMaster().Name: f.getPresentation(False)
                 for f in fields(doc, "com.sun.star.text.TextField.User")}
        self.assertEqual(len(shown), 17)
        for name, text in shown.items():
            self.assertNotIn("[", text, f"{name} is not filled")
        self.assertEqual(shown["bc_nhan_khau_tong"], "1.530")
        self.assertEqual(shown["bc_ty_le_dan_toc_thieu_so"], "98,9%")
        pdf = subprocess.run(["pdftotext", "-layout", os.path.join(self.out, "bao-cao-dan-van.pdf"), "-"],
                             capture_output=True, text=True, check=True).stdout
        self.assertIn("6.947,51 ha", pdf)

    def test_pdf_shows_the_header(self):
        text = subprocess.run(["pdftotext", "-layout", os.path.join(self.out, "header.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        for line in ("UBND HUYỆN VÂN HỒ", "ỦY BAN NHÂN DÂN", "XÃ LONG MÔN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 15/BC-UBND", "Long Môn, ngày"):
            self.assertIn(line, text)


class CliBadInputTest(unittest.TestCase):
    """Bad input is refused before any office starts: exit code 2 and a message naming the place."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def profile(self, content):
        path = os.path.join(self.tmp, "profile.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        return path

    def test_impossible_date(self):
        r = run_cli("header", "--date", "2025-02-30", "-o", os.path.join(self.tmp, "x.odt"))
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("2025-02-30", r.stderr)

    def test_unknown_profile_field_names_file_and_field(self):
        path = self.profile(json.dumps({"Agncy": "x"}))
        r = run_cli("header", "--profile", path, "-o", os.path.join(self.tmp, "x.odt"))
        self.assertEqual(r.returncode, 2)
        self.assertIn(path, r.stderr)
        self.assertIn("Agncy", r.stderr)

    def test_missing_profile_file(self):
        r = run_cli("header", "--profile", os.path.join(self.tmp, "none.json"), "-o", os.path.join(self.tmp, "x.odt"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("none.json", r.stderr)

    def test_unsupported_output_type(self):
        r = run_cli("header", "-o", os.path.join(self.tmp, "x.txt"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("x.txt", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "x.txt")))

    def test_version(self):
        r = run_cli("version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^baocao \d+\.\d+\.\d+")


if __name__ == "__main__":
    unittest.main(verbosity=2)
