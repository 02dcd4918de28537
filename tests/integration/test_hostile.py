"""Huge and hostile documents through `baocao validate` and a real LibreOffice (issue 16): zip
bombs refused from the sizes they declare before LibreOffice inflates anything, a moderately
large report checked in bounded time and memory, and --timeout stopping a check that runs too
long while the other files are still checked. The documents are written here, at test time
(huge_documents.py); the ladder of sizes is tools/lib/bench_huge.py's."""
import json
import os
import shutil
import tempfile
import unittest

import huge_documents as huge

CLI = os.environ.get("BAOCAO_CLI")
MB = 1 << 20


def validate(*args):
    """(exit code, parsed JSON output, stderr, seconds, {pid: (name, peak bytes)})"""
    r, seconds, peaks = huge.run_measured([CLI, "validate", "--format", "json", "--no-spelling", *args], timeout=600)
    return r.returncode, json.loads(r.stdout) if r.stdout.strip() else None, r.stderr, seconds, peaks


def by_path(out):
    return {os.path.basename(f["path"]): f for f in out["files"]}


class HostileDocumentsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="baocao-hostile-")
        cls.small = huge.report(os.path.join(cls.tmp, "small.odt"), 2)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_zip_bombs_are_refused_before_libreoffice_inflates_them(self):
        bomb = huge.zip_bomb_docx(os.path.join(self.tmp, "bomb.docx"), 200)
        xml = huge.huge_xml_odt(os.path.join(self.tmp, "xml-500mb.odt"), 500)
        # 200 MB of XML whose zip headers say 100 KB: the sizes check cannot see it, LibreOffice can
        lie = huge.lying_odt(os.path.join(self.tmp, "lying.odt"), 200)
        self.assertLess(os.path.getsize(bomb), 1 * MB)
        code, out, err, seconds, peaks = validate("--lang", "vi", bomb, xml, lie, self.small)
        self.assertEqual(code, 2, err)  # files that cannot be read
        files = by_path(out)
        # (the packed size is zlib's, which differs a little between the hosts' Pythons)
        self.assertRegex(files["bomb.docx"]["error"],
                         r"^word/document\.xml giải nén ra gấp 1\d\d\d lần kích thước nén \(200 MB từ \d+ KB; tối đa 200 lần\):"
                         r" tệp nén độc hại, không mở$")
        self.assertTrue(files["xml-500mb.odt"]["error"].startswith("giải nén ra 500 MB, quá 256 MB"),
                        files["xml-500mb.odt"]["error"])
        self.assertEqual(files["lying.odt"]["error"],
                         "LibreOffice không mở được tệp này như một văn bản (bị hỏng, hoặc không phải báo cáo)")
        self.assertIn("findings", files["small.odt"])  # the other file is still checked
        # nothing was inflated: the office stays at its idle size, far below the 500 MB of XML
        office = huge.peak_of(peaks, "soffice.bin")
        print(f"\nbombs refused in {seconds:.1f} s; peak resident: baocao {huge.peak_of(peaks, 'baocao') / MB:.0f} MB,"
              f" soffice.bin {office / MB:.0f} MB")
        self.assertGreater(office, 0)
        self.assertLess(office, 400 * MB)

    def test_a_500_page_report_is_checked_in_bounded_time_and_memory(self):
        report = huge.report(os.path.join(self.tmp, "report-500-pages.odt"), 500)
        code, out, err, seconds, peaks = validate("--lang", "en", report)
        self.assertEqual(code, 1, err)  # a generated report has errors: no header, no signature
        entry = by_path(out)["report-500-pages.odt"]
        rules = [f["rule"] for f in entry["findings"]]
        self.assertIn("header.national-title", rules)
        self.assertIn("signature.missing", rules)
        office, cli = huge.peak_of(peaks, "soffice.bin"), huge.peak_of(peaks, "baocao")
        print(f"\n500 pages checked in {seconds:.1f} s; peak resident: baocao {cli / MB:.0f} MB, soffice.bin {office / MB:.0f} MB")
        # bounds with room for a loaded machine: tools/lib/bench_huge.py has the measured ladder
        self.assertLess(seconds, 300)
        self.assertLess(cli, 1024 * MB)
        self.assertLess(office, 1536 * MB)

    def test_timeout_stops_a_long_check_and_the_other_files_are_checked(self):
        # 5,000 pages take minutes; a small report, loaded by a fresh office on a loaded machine, a
        # few seconds: 15 s parts them with room on both sides
        long = huge.report(os.path.join(self.tmp, "long-5000-pages.odt"), 5000)
        code, out, err, seconds, peaks = validate("--lang", "en", "--timeout", "15", long, self.small)
        self.assertEqual(code, 3, err)
        files = by_path(out)
        self.assertEqual(files["long-5000-pages.odt"]["error"],
                         "the check took longer than --timeout 15 s and was stopped")
        self.assertTrue(files["long-5000-pages.odt"]["timedOut"])
        self.assertIn("findings", files["small.odt"])
        offices = [pid for pid, (name, _) in peaks.items() if name == "oosplash"]  # one per office started
        self.assertEqual(len(offices), 2, peaks)  # the one ended, and the one started for small.odt
        print(f"\n--timeout 15: done in {seconds:.1f} s with a restart")
        self.assertLess(seconds, 15 + 120)  # not the minutes the long file would take
        # Vietnamese, in text form: the file and the limit named
        r, _, _ = huge.run_measured([CLI, "validate", "--lang", "vi", "--no-spelling", "--timeout", "1", long])
        self.assertEqual(r.returncode, 3, r.stderr)
        self.assertEqual(r.stdout.strip(), f"{long}: kiểm tra lâu hơn --timeout 1 giây nên đã dừng")
        # figures reads one file: the same limit, the same words on stderr, exit 3
        r, _, _ = huge.run_measured([CLI, "figures", "--lang", "en", "--timeout", "1", long])
        self.assertEqual(r.returncode, 3, r.stderr)
        # the last line: the office may warn before it (7.4: "failed to launch javaldx")
        self.assertEqual(r.stderr.strip().splitlines()[-1],
                         f"baocao: {long}: the check took longer than --timeout 1 s and was stopped")
        self.assertEqual(r.stdout, "")

    def test_collect_leaves_out_a_file_past_its_timeout_and_adds_up_the_others(self):
        long = huge.report(os.path.join(self.tmp, "collect-5000-pages.odt"), 5000)
        table = os.path.join(self.tmp, "tong-hop.csv")
        r, seconds, _ = huge.run_measured([CLI, "collect", "--lang", "en", "--jobs", "1", "--timeout", "15", "-o", table,
                                           long, self.small], timeout=600)
        self.assertEqual(r.returncode, 1, r.stderr)  # a file left out
        self.assertIn(f"{long}: cannot be read (the check took longer than --timeout 15 s and was stopped)", r.stderr)
        self.assertIn("2 reports: 1 added up, 1 left out", r.stderr)
        with open(table, encoding="utf-8-sig") as f:
            self.assertIn("small.odt", f.read())
        self.assertLess(seconds, 15 + 120)

    def test_a_bad_timeout_is_a_usage_error(self):
        r, _, _ = huge.run_measured([CLI, "validate", "--lang", "en", "--timeout", "0", self.small])
        self.assertEqual(r.returncode, 2)
        self.assertIn("--timeout needs a whole number of seconds, 1 to 86400", r.stderr)
        r, _, _ = huge.run_measured([CLI, "validate", "--lang", "en", "--timeout", "5", "--connect",
                                     "socket,host=127.0.0.1,port=1", self.small])
        self.assertEqual(r.returncode, 2)
        self.assertIn("--timeout cannot be used with --connect", r.stderr)


if __name__ == "__main__":
    unittest.main()
