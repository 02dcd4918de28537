"""The receiving office's job: `baocao collect` over reports the CLI made with different data files
(and damaged, password-protected and other-unit files, and a second report of one commune),
checked against the data files' sums; the same table for --jobs 1 and 2; an office killed in the
middle of a run; the header kept in view in .ods and .xlsx; `baocao figures` prints what collect
adds up; the Writer command runs the same job; a change against an earlier period."""
import csv
import io
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import threading
import time
import unittest
import zipfile

from officetest import OfficeTestCase
from lo_office import prop, uno  # noqa: E402 (officetest puts tools/lib on the path)
from proc_tree import descendants_named  # noqa: E402

SOURCE = os.environ.get("BAOCAO_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("BAOCAO_CLI")
TEMPLATES = os.path.join(SOURCE, "templates")
COMMUNES = [("Long Môn", "long-mon", 428, 5), ("Ba Điền", "ba-dien", 1200, 30), ("Sơn Kỳ", "son-ky", 700, 100)]


def run_cli(command, *args):
    return subprocess.run([CLI, command, "--lang", "vi", *args], capture_output=True, text=True, timeout=600)


def data_file(path, dtts, kinh):
    with open(os.path.join(TEMPLATES, "samples", "so-lieu-long-mon.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for row in rows:
        if row[0] == "ho_dan_dan_toc_thieu_so":
            row[2] = str(dtts)
        elif row[0] == "ho_dan_kinh":
            row[2] = str(kinh)
        elif row[0] == "ho_dan_tong":
            row[2] = str(dtts + kinh)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return {r[0]: r[2] for r in rows[1:]}


class CollectTest(OfficeTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.work = cls.shared_folder("collect-")
        cls.inbox = os.path.join(cls.work, "nhan")
        os.makedirs(cls.inbox)
        with open(os.path.join(TEMPLATES, "samples", "profile-long-mon.json"), encoding="utf-8") as f:
            base = json.load(f)
        cls.data = {}
        for name, slug, dtts, kinh in COMMUNES:
            data = os.path.join(cls.work, f"so-lieu-{slug}.csv")
            cls.data[slug] = data_file(data, dtts, kinh)
            profile = dict(base, Agency=f"Ủy ban nhân dân xã {name}", PlaceName=name)
            profile.pop("ParentAgency", None)
            profile_path = os.path.join(cls.work, f"profile-{slug}.json")
            with open(profile_path, "w", encoding="utf-8") as f:
                json.dump(profile, f, ensure_ascii=False)
            r = run_cli("new", "--template", "dan-van-2021-2025", "--answers",
                        os.path.join(TEMPLATES, "samples", "answers-dan-van.json"), "--profile", profile_path,
                        "--data", data, "-o", os.path.join(cls.inbox, f"{slug}.odt"))
            if r.returncode != 0:
                raise AssertionError(f"baocao new failed:\n{r.stdout}{r.stderr}")

    def collect(self, out, *extra, jobs="2"):
        r = run_cli("collect", "--jobs", jobs, "-o", out, *extra)
        return r

    def test_totals_are_the_data_files_sums_for_any_number_of_offices(self):
        tables = {}
        for jobs in ("1", "2"):
            out = os.path.join(self.work, f"tong-hop-{jobs}.csv")
            r = self.collect(out, self.inbox, jobs=jobs)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("3 báo cáo: 3 được cộng vào tổng, 0 không cộng", r.stderr)
            with open(out, encoding="utf-8") as f:
                tables[jobs] = f.read()
        self.assertEqual(tables["1"], tables["2"], "the same table whatever the number of offices")
        rows = list(csv.reader(io.StringIO(tables["1"])))
        header, body, total = rows[0], rows[1:-1], rows[-1]
        self.assertEqual(header[:9], ["STT", "Đơn vị báo cáo", "Số, ký hiệu", "Ngày", "Tệp", "Mẫu", "Lỗi", "Cảnh báo",
                                      "Tình trạng"])
        self.assertEqual([row[1] for row in body], ["ỦY BAN NHÂN DÂN XÃ BA ĐIỀN", "ỦY BAN NHÂN DÂN XÃ LONG MÔN",
                                                    "ỦY BAN NHÂN DÂN XÃ SƠN KỲ"])
        self.assertEqual(total[1], "Tổng cộng")
        col = {h: i for i, h in enumerate(header)}
        for key, heading in (("ho_dan_dan_toc_thieu_so", "Số hộ đồng bào dân tộc thiểu số (hộ)"),
                             ("ho_dan_kinh", "Số hộ người Kinh (hộ)"), ("nhan_khau_tong", "Tổng số nhân khẩu (nhân khẩu)")):
            expected = sum(int(d[key]) for d in self.data.values())
            self.assertEqual(float(total[col[heading]]), expected, heading)
        # the total of households is the template's formula over the summed parts
        self.assertEqual(float(total[col["Tổng số hộ (hộ)"]]), 428 + 5 + 1200 + 30 + 700 + 100)
        # a share is not averaged, a distance not summed
        self.assertEqual(total[col["Tỷ lệ người đồng bào dân tộc thiểu số (%)"]], "")
        self.assertEqual(total[col["Khoảng cách đến trung tâm huyện lỵ (km)"]], "")

    def test_ods_has_the_three_sheets_numbers_as_numbers_and_bad_files_are_said(self):
        bad = os.path.join(self.work, "hong.docx")
        with open(bad, "wb") as f:
            f.write(b"this is not a zip")
        again = os.path.join(self.work, "long-mon-lan-2.odt")
        with open(os.path.join(self.inbox, "long-mon.odt"), "rb") as src, open(again, "wb") as dst:
            dst.write(src.read())
        out = os.path.join(self.work, "tong-hop.ods")
        r = self.collect(out, self.inbox, bad, again)
        self.assertEqual(r.returncode, 1, "reports left out: exit 1\n" + r.stderr)
        self.assertIn("5 báo cáo: 3 được cộng vào tổng, 2 không cộng", r.stderr)
        self.assertIn("hong.docx: không đọc được", r.stderr)
        self.assertIn("long-mon-lan-2.odt: cùng đơn vị với", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.work, ".tong-hop.ods.part")), "no half-written file left")
        doc = self.load(out, Hidden=True)
        sheets = doc.getSheets()
        self.assertEqual(list(sheets.getElementNames()), ["Tổng hợp", "Lỗi", "Nguồn"])
        summary = sheets.getByName("Tổng hợp")
        self.assertEqual(summary.getCellByPosition(1, 0).getString(), "Đơn vị báo cáo")
        # row 7 (index 6) is the totals: a number, shown the Vietnamese way
        heading = {summary.getCellByPosition(c, 0).getString(): c for c in range(40)}
        cell = summary.getCellByPosition(heading["Số hộ đồng bào dân tộc thiểu số (hộ)"], 6)
        self.assertEqual(summary.getCellByPosition(1, 6).getString(), "Tổng cộng")
        self.assertEqual(cell.getValue(), 428 + 1200 + 700)
        self.assertEqual(cell.getString(), "2.328")
        sources = sheets.getByName("Nguồn")
        self.assertEqual(len(sources.getCellByPosition(1, 1).getString()), 64, "a SHA-256 per file")
        findings = sheets.getByName("Lỗi")
        rules = {findings.getCellByPosition(1, r).getString() for r in range(1, 400)}
        self.assertIn("file.unreadable", rules)

    def collect_killing(self, folder, out, kills):
        """`baocao collect --jobs 1` with stderr on a terminal (so it shows its progress); once the
        first file is done, its office (soffice.bin, found among the CLI's own processes) is killed
        with SIGKILL while files remain; with kills=2, the office started in its place is killed
        too as soon as it appears. Returns the run and the pids killed."""
        master, slave = pty.openpty()
        proc = subprocess.Popen([CLI, "collect", "--lang", "vi", "--jobs", "1", "-o", out, folder],
                                stdout=subprocess.PIPE, stderr=slave, text=True)
        os.close(slave)
        said, killed = [], []

        def read():
            while True:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the CLI closed its end
                    return
                if not chunk:
                    return
                said.append(chunk.decode("utf-8", "replace"))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 300
            while not re.search(r"\b1/\d+ báo cáo", "".join(said)):
                self.assertIsNone(proc.poll(), "the CLI ended before its first file:\n" + "".join(said))
                self.assertLess(time.monotonic(), deadline, "no progress:\n" + "".join(said))
                time.sleep(0.05)
            while len(killed) < kills and time.monotonic() < deadline and proc.poll() is None:
                for pid in descendants_named(proc.pid, "soffice.bin"):
                    if pid not in killed:
                        os.kill(pid, signal.SIGKILL)
                        killed.append(pid)
                time.sleep(0.02)
            stdout = proc.communicate(timeout=600)[0]
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        reader.join(10)
        os.close(master)
        return proc.returncode, stdout, "".join(said).replace("\r", "\n"), killed

    def check_totals(self, out):
        """Every row's figures are its commune's data file's; the totals are the sums of the rows
        counted. Returns the rows by file name, with their status."""
        with open(out, encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header, body, total = rows[0], rows[1:-1], rows[-1]
        col = {h: i for i, h in enumerate(header)}
        keys = {"ho_dan_dan_toc_thieu_so": "Số hộ đồng bào dân tộc thiểu số (hộ)", "ho_dan_kinh": "Số hộ người Kinh (hộ)"}
        units = {f"ỦY BAN NHÂN DÂN XÃ {name.upper()}": slug for name, slug, _, _ in COMMUNES}
        counted = [r for r in body if r[col["Tình trạng"]] in ("hợp lệ", "có lỗi (số liệu vẫn được cộng)")]
        for key, heading in keys.items():
            for r in counted:
                self.assertEqual(float(r[col[heading]]), float(self.data[units[r[1]]][key]), r[col["Tệp"]])
            self.assertEqual(float(total[col[heading]]), sum(float(r[col[heading]]) for r in counted), heading)
        return {os.path.basename(r[col["Tệp"]]): r[col["Tình trạng"]] for r in body}, len(counted)

    def test_an_office_killed_in_the_middle_is_restarted_and_no_file_is_lost(self):
        """Issue 14: an office that dies is restarted and its file tried once more, then reported,
        never lost from the summary; the totals are the data files' sums for the rest."""
        folder = os.path.join(self.work, "kill")
        os.makedirs(folder)
        for _, slug, _, _ in COMMUNES:
            shutil.copy(os.path.join(self.inbox, f"{slug}.odt"), folder)
        for n in range(6):  # later in the queue: files remain when the office dies
            shutil.copy(os.path.join(self.inbox, COMMUNES[n % 3][1] + ".odt"), os.path.join(folder, f"z-ban-sao-{n}.odt"))
        files = sorted(os.listdir(folder))

        # killed once: restarted, the file read again and counted
        out = os.path.join(self.work, "tong-hop-kill-1.csv")
        code, stdout, said, killed = self.collect_killing(folder, out, kills=1)
        self.assertEqual(len(killed), 1, said)
        self.assertIn("LibreOffice ngừng khi đọc tệp này; đã khởi động lại và thử lại một lần", said)
        self.assertIn("9 báo cáo: 3 được cộng vào tổng, 6 không cộng", said)
        self.assertEqual(code, 1, "the copies are left out: exit 1\n" + said)
        status, counted = self.check_totals(out)
        self.assertEqual(sorted(status), files, "every file in the table")
        self.assertEqual(counted, 3, status)
        self.assertFalse(any("LibreOffice gặp lỗi" in s for s in status.values()), status)

        # killed again on its second try: that file is reported, the others still collected
        out = os.path.join(self.work, "tong-hop-kill-2.csv")
        code, stdout, said, killed = self.collect_killing(folder, out, kills=2)
        self.assertEqual(len(killed), 2, said)
        self.assertIn("đã khởi động lại và thử lại một lần", said)
        self.assertIn("9 báo cáo:", said)
        status, counted = self.check_totals(out)
        self.assertEqual(sorted(status), files, "every file in the table, the one the office died on too")
        failed = [f for f, s in status.items() if s.startswith("không đọc được (LibreOffice gặp lỗi")]
        self.assertEqual(len(failed), 1, status)
        self.assertIn(failed[0] + ": không đọc được (LibreOffice gặp lỗi", said, "reported in the summary")
        self.assertEqual(counted, 3, "each commune's report or a copy of it still counted once: " + repr(status))
        self.assertTrue(os.path.getsize(out) > 0)
        self.assertFalse(descendants_named(os.getpid(), "soffice.bin"), "no office left behind")

    def test_the_header_row_and_the_units_stay_in_view_in_ods_and_xlsx(self):
        """The table's header row is frozen, and on "Tổng hợp" the number and the unit beside it:
        read back from each file's own view settings."""
        for ext in ("ods", "xlsx"):
            with self.subTest(ext):
                out = os.path.join(self.work, f"dong-bang.{ext}")
                r = self.collect(out, self.inbox, jobs="1")
                self.assertEqual(r.returncode, 0, r.stderr)
                with zipfile.ZipFile(out) as z:  # what the file itself says
                    if ext == "ods":
                        modes = re.findall(r'"(Horizontal|Vertical)SplitMode" config:type="short">(\d)',
                                           z.read("settings.xml").decode())
                        self.assertEqual(len(modes), 6, "two split modes a sheet")
                        self.assertEqual({m for _, m in modes}, {"2"}, "fixed: frozen")
                    else:
                        panes = [re.search(r"<pane [^>]*>", z.read(f"xl/worksheets/sheet{n}.xml").decode()) for n in (1, 2, 3)]
                        self.assertEqual([p.group(0) if p else None for p in panes],
                                         ['<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>',
                                          '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
                                          '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>'])
                doc = self.load(out, Hidden=True)  # and as Calc reads it back
                view = doc.getCurrentController()
                for name, columns in (("Tổng hợp", 2), ("Lỗi", 1), ("Nguồn", 1)):
                    view.setActiveSheet(doc.getSheets().getByName(name))
                    self.assertTrue(view.hasFrozenPanes(), f"{ext} {name}: frozen")
                    self.assertEqual((view.getSplitColumn(), view.getSplitRow()), (columns, 1), f"{ext} {name}")

    def test_a_data_file_that_cannot_be_read_is_said_not_ignored(self):
        missing = os.path.join(self.work, "khong-co.csv")
        r = self.collect(os.path.join(self.work, "x.csv"), "--data", missing, self.inbox)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("khong-co.csv", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.work, "x.csv")), "nothing written")
        r = run_cli("figures", "--data", missing, os.path.join(self.inbox, "son-ky.odt"))
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("khong-co.csv", r.stderr)

    def test_figures_prints_what_collect_adds_up(self):
        r = run_cli("figures", "--format", "json", os.path.join(self.inbox, "son-ky.odt"))
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(out["unit"], "ỦY BAN NHÂN DÂN XÃ SƠN KỲ")
        self.assertEqual(out["template"], "dan-van-2021-2025")
        figures = {f["key"]: f for f in out["figures"]}
        self.assertEqual(figures["ho_dan_dan_toc_thieu_so"]["value"], 700)
        self.assertEqual(figures["ho_dan_dan_toc_thieu_so"]["source"], "field")
        self.assertEqual(figures["dien_tich_tu_nhien"]["text"], "6.947,51")
        self.assertEqual(figures["dien_tich_tu_nhien"]["unit"], "ha")
        r = run_cli("figures", "--format", "csv", os.path.join(self.inbox, "son-ky.odt"))
        rows = list(csv.reader(io.StringIO(r.stdout)))
        self.assertEqual(rows[0][:3], ["key", "label", "value"])
        self.assertIn(["ho_dan_kinh", "Số hộ người Kinh", "100"], [row[:3] for row in rows])

    def test_password_protected_and_other_unit_reports_are_said_and_the_rest_collected(self):
        folder = os.path.join(self.work, "bad-input")
        os.makedirs(folder, exist_ok=True)
        os.chmod(folder, 0o777)  # soffice may run as another user (the 25.2 leg)
        # a report its sender protected with a password
        doc = self.load(os.path.join(self.inbox, "son-ky.odt"), Hidden=True)
        locked = os.path.join(folder, "son-ky-mat-khau.odt")
        doc.storeToURL(uno.systemPathToFileUrl(locked), (prop("FilterName", "writer8"), prop("Password", "bi-mat")))
        # a report whose area is written in m² where the template says ha (the field kept)
        doc = self.load(os.path.join(self.inbox, "ba-dien.odt"), Hidden=True)
        replace = doc.createReplaceDescriptor()
        replace.SearchString = "\\bha\\b"
        replace.ReplaceString = "m²"
        replace.SearchRegularExpression = True
        replace.SearchCaseSensitive = True
        self.assertGreater(doc.replaceAll(replace), 0)
        other = os.path.join(folder, "ba-dien-m2.odt")
        doc.storeToURL(uno.systemPathToFileUrl(other), (prop("FilterName", "writer8"),))
        out = os.path.join(self.work, "tong-hop-bad.csv")
        r = self.collect(out, os.path.join(self.inbox, "long-mon.odt"), locked, other)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("3 báo cáo: 1 được cộng vào tổng, 2 không cộng", r.stderr)
        self.assertIn("son-ky-mat-khau.odt: không đọc được (có mật khẩu bảo vệ", r.stderr)
        self.assertIn("ba-dien-m2.odt: Tổng diện tích tự nhiên ghi là 6.947,51 m², mẫu dùng đơn vị ha: không cộng vào tổng",
                      r.stderr)
        with open(out, encoding="utf-8") as f:
            rows = list(csv.reader(f))
        col = {h: i for i, h in enumerate(rows[0])}
        self.assertEqual(float(rows[-1][col["Số hộ đồng bào dân tộc thiểu số (hộ)"]]), 428, "Long Môn's alone")

    def test_the_writer_command_runs_the_same_job(self):
        """Báo cáo › Tổng hợp báo cáo… without its dialog (NoDialog), as a macro calls it: the same
        table as `baocao collect`, the summary skeleton filled with the totals; a read-only
        document asked for the summary changes nothing and writes nothing."""
        out = os.path.join(self.work, "tu-writer.ods")
        doc = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                       (prop("Hidden", True),))
        self.docs.append(doc)
        state, result = self.dispatch(doc, "vnd.baocao:CollectReports", Folder=self.inbox, Output=out, InsertSummary=True,
                                      NoDialog=True, NoOpen=True)
        self.assertTrue(state, result)
        self.assertIn("3 báo cáo: 3 được cộng vào tổng, 0 không cộng", result)
        self.assertIn(out, result)
        table = self.load(out, Hidden=True).getSheets().getByName("Tổng hợp")
        heading = {table.getCellByPosition(c, 0).getString(): c for c in range(40)}
        self.assertEqual(table.getCellByPosition(heading["Số hộ đồng bào dân tộc thiểu số (hộ)"], 4).getValue(),
                         428 + 1200 + 700)
        text = doc.getText().getString()
        self.assertIn("Số hộ đồng bào dân tộc thiểu số: 2.328 hộ", text, "the summary's figure is the total")
        self.assertIn("Tổng số hộ: 2.463 hộ", text, "the template's formula over the totals")
        # the figures without a total: counted and a few named, not one line each; all in "Lỗi"
        self.assertNotIn("không có trong tệp số liệu", result)
        said = re.search(r"(\d+) số liệu của báo cáo tổng hợp không có tổng và được đánh dấu trong văn bản: (.*)\.", result)
        self.assertIsNotNone(said, result)
        marked = int(said.group(1))
        self.assertIn("Tỷ lệ người đồng bào dân tộc thiểu số", said.group(2))
        if marked > 3:
            self.assertIn(f"và {marked - 3} số liệu khác (đủ danh sách ở trang “Lỗi” của bảng tổng hợp)", said.group(2))
        self.assertLess(len(result.splitlines()), 8, result)
        findings = self.load(out, Hidden=True).getSheets().getByName("Lỗi")
        no_total = [findings.getCellByPosition(3, r).getString() for r in range(1, 400)
                    if findings.getCellByPosition(1, r).getString() == "collect.no-total"]
        self.assertGreaterEqual(len(no_total), marked, no_total)
        self.assertIn("Tỷ lệ người đồng bào dân tộc thiểu số: không có tổng (số liệu không cộng được: tỷ lệ, chữ, hoặc mẫu "
                      "không cho cộng)", no_total)
        self.assertTrue(os.path.exists(os.path.join(self.work, "tu-writer-so-lieu.csv")), "the totals' data file")

        readonly_out = os.path.join(self.work, "khong-ghi.ods")
        report = self.load(os.path.join(self.inbox, "long-mon.odt"), Hidden=True, ReadOnly=True)
        state, result = self.dispatch(report, "vnd.baocao:CollectReports", Folder=self.inbox, Output=readonly_out,
                                      InsertSummary=True, NoDialog=True, NoOpen=True)
        self.assertFalse(state)
        self.assertIn("chỉ đọc", result)
        self.assertFalse(os.path.exists(readonly_out), "nothing written")

    def test_a_change_against_the_same_period_last_year_from_a_workbook_of_periods(self):
        """Item 4: a data file with one sheet per period; a template that derives "tăng 5,3% so với
        cùng kỳ"; the check says figure.comparison-mismatch when a typed report's change disagrees."""
        template = {"schema": 1, "id": "so-sanh-cung-ky", "title": "Báo cáo so sánh", "version": "1",
                    "sections": [{"id": "so-lieu", "title": "SỐ LIỆU", "figures": [
                        {"key": "ho_dan_tong", "type": "integer", "unit": "hộ", "label": "Tổng số hộ",
                         "pattern": "năm nay có {} hộ"},
                        {"key": "ho_dan_tong_cung_ky", "type": "integer", "unit": "hộ", "label": "Tổng số hộ cùng kỳ",
                         "earlier": "last-year", "of": "ho_dan_tong", "pattern": "cùng kỳ năm trước {} hộ"},
                        {"key": "ho_dan_tong_thay_doi", "type": "change", "decimals": 1, "label": "Số hộ so với cùng kỳ",
                         "of": "ho_dan_tong", "against": "ho_dan_tong_cung_ky", "pattern": "{} so với cùng kỳ"}]}]}
        template_path = os.path.join(self.work, "so-sanh-cung-ky.json")
        answers_path = os.path.join(self.work, "answers-so-sanh.json")
        with open(template_path, "w", encoding="utf-8") as f:
            json.dump(template, f, ensure_ascii=False)
        with open(answers_path, "w", encoding="utf-8") as f:
            json.dump({"template": "so-sanh-cung-ky", "inputs": {}}, f)
        book = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
        self.docs.append(book)
        sheets = book.getSheets()
        sheets.getByIndex(0).setName("6 tháng đầu năm 2024")
        sheets.insertNewByName("6 tháng đầu năm 2025", 1)
        for name, households in (("6 tháng đầu năm 2024", 1580), ("6 tháng đầu năm 2025", 1663)):
            sheet = sheets.getByName(name)
            sheet.getCellByPosition(0, 0).setString("key")
            sheet.getCellByPosition(1, 0).setString("value")
            sheet.getCellByPosition(0, 1).setString("ho_dan_tong")
            sheet.getCellByPosition(1, 1).setValue(households)
        data = os.path.join(self.work, "so-lieu-hai-ky.ods")
        book.storeToURL(uno.systemPathToFileUrl(data), (prop("FilterName", "calc8"),))
        out = os.path.join(self.work, "so-sanh.odt")
        r = run_cli("new", "--template", template_path, "--answers", answers_path, "--data", data, "-o", out)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = run_cli("figures", "--template", template_path, "--format", "json", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        figures = {f["key"]: f["text"] for f in json.loads(r.stdout)["figures"]}
        self.assertEqual(figures["ho_dan_tong"], "1.663")
        self.assertEqual(figures["ho_dan_tong_cung_ky"], "1.580", "the same period last year: the sheet of 2024")
        self.assertEqual(figures["ho_dan_tong_thay_doi"], "tăng 5,3%")

        typed = self.office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        self.docs.append(typed)
        typed.getText().setString("Năm nay có 1.663 hộ, cùng kỳ năm trước 1.580 hộ, tăng 5,0% so với cùng kỳ.")
        wrong = os.path.join(self.work, "so-sanh-sai.odt")
        typed.storeToURL(uno.systemPathToFileUrl(wrong), (prop("FilterName", "writer8"),))
        r = run_cli("validate", "--template", template_path, "--format", "json", wrong)
        rules = [f["rule"] for f in json.loads(r.stdout)["files"][0]["findings"]]
        self.assertIn("figure.comparison-mismatch", rules, r.stdout)


if __name__ == "__main__":
    unittest.main()
