"""The receiving office's job: `baocao collect` over reports the CLI made with different data files
(and a damaged file, and a second report of one commune), checked against the data files' sums;
the same table for --jobs 1 and 2; `baocao figures` prints what collect adds up."""
import csv
import io
import json
import os
import subprocess
import unittest

from officetest import OfficeTestCase

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


if __name__ == "__main__":
    unittest.main()
