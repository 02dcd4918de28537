"""The baocao CLI and the demo's main job (tools/lib/demo-job), read back through LibreOffice."""
import glob
import json
import os
import signal
import subprocess
import tempfile
import time
import unittest

from decree30 import header_rules
from header_check import HeaderChecker
from officetest import OfficeTestCase

SOURCE = os.environ.get("BAOCAO_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("BAOCAO_CLI")
BUILD = os.environ.get("BAOCAO_BUILD_DIR")
ANSWERS = os.path.join(SOURCE, "templates", "samples", "answers-dan-van.json")
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


def cli_offices():
    """The soffice processes a CLI started: the only ones with a /tmp/baocao-profile-* profile."""
    found = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"UserInstallation=file:///tmp/baocao-profile-" in f.read():
                    found.add(int(pid))
        except OSError:
            pass
    return found


def offices_left(before, seconds=10):
    """The CLI offices not in `before` still there after `seconds`: a killed soffice.bin may take a
    moment to tear its memory down after the CLI has ended."""
    deadline = time.monotonic() + seconds
    while (left := cli_offices() - before) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


class CliEndingTest(unittest.TestCase):
    """However the CLI ends, its soffice ends with it. Output whose reader has gone is an error the
    CLI says, not a SIGPIPE death that loses what it had not flushed and leaves its soffice and
    temporary profile behind; Ctrl-C or a kill ends the office's process group, then the CLI."""

    @classmethod
    def setUpClass(cls):
        cls.doc = os.path.join(tempfile.mkdtemp(), "r.odt")
        r = run_cli("new", "--answers", ANSWERS, "-o", cls.doc)
        if r.returncode != 0:
            raise AssertionError(f"baocao new failed ({r.returncode}): {r.stderr}")

    def test_a_closed_output_is_said_and_the_office_is_still_ended(self):
        before = cli_offices()
        read, write = os.pipe()
        os.close(read)  # the reader is gone before the CLI writes a byte
        try:
            # an office left behind holds the CLI's stderr open: the run then ends by the timeout
            r = subprocess.run([CLI, "validate", "--lang", "en", self.doc], stdout=write, stderr=subprocess.PIPE,
                               text=True, timeout=120)
        finally:
            os.close(write)
            left = offices_left(before)
            for pid in left:
                os.kill(pid, 9)
        self.assertGreaterEqual(r.returncode, 0, f"killed by signal {-r.returncode}")
        self.assertEqual(r.returncode, 1, r.stderr)  # the unfilled report's errors: the code stays
        self.assertIn("could not be written to standard output", r.stderr)
        self.assertEqual(left, set(), "the CLI's soffice outlived it")

    def test_an_interrupted_cli_ends_its_office_too(self):
        """Its temporary profile, which a signal handler cannot remove, the next CLI run removes."""
        interrupted = []
        for sig in (signal.SIGINT, signal.SIGTERM):
            with self.subTest(signal=sig.name):
                before = cli_offices()
                p = subprocess.Popen([CLI, "validate", "--lang", "en", self.doc], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                started = set()
                deadline = time.monotonic() + 60
                while not started and p.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.05)
                    started = cli_offices() - before
                p.send_signal(sig)
                try:
                    p.wait(timeout=30)
                finally:
                    left = offices_left(before)
                    for pid in left:
                        os.kill(pid, 9)
                self.assertTrue(started, "its office was seen running")
                self.assertEqual(p.returncode, -sig, "ended by the signal, as without the handler")
                self.assertEqual(left, set(), "the CLI's soffice outlived it")
                interrupted.append(p.pid)
        first, last = (glob.glob(f"/tmp/baocao-profile-{pid}-*") for pid in interrupted)
        self.assertEqual(first, [], "the second run removed the first one's")
        self.assertEqual(len(last), 1, "an interrupted run's profile is left in /tmp")
        r = run_cli("validate", "--lang", "en", self.doc)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertFalse(os.path.exists(last[0]), "the next run removed it")


if __name__ == "__main__":
    unittest.main(verbosity=2)
