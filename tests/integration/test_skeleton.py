"""The report skeleton: `baocao new` and the InsertReport command, read back through LibreOffice."""
import json
import os
import subprocess
import tempfile
import unittest

from header_check import HeaderChecker
from decree30 import header_rules
from officetest import FAILURE, LONG_MON, SUCCESS, OfficeTestCase, paragraphs
from skeleton_check import SOURCE, body_paragraphs, check_skeleton, fields, load_template

CLI = os.environ.get("BAOCAO_CLI")
ANSWERS = os.path.join(SOURCE, "templates", "samples", "answers-dan-van.json")
PROFILE = os.path.join(SOURCE, "templates", "samples", "profile-long-mon.json")


class NewCommandTest(OfficeTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.out = os.path.join(cls.office.out, "skeleton")
        r = subprocess.run([CLI, "new", "--answers", ANSWERS, "--profile", PROFILE, "-o", f"{cls.out}/r.odt",
                            "-o", f"{cls.out}/r.docx", "-o", f"{cls.out}/r.pdf"], capture_output=True, text=True,
                           timeout=300)
        if r.returncode != 0:
            raise AssertionError(f"baocao new failed ({r.returncode}): {r.stderr}")
        cls.template = load_template("dan-van-2021-2025")

    def test_odt_has_the_seed_outline_section_by_section(self):
        doc = self.load(os.path.join(self.out, "r.odt"), Hidden=True)
        check_skeleton(self, doc, self.template)
        HeaderChecker(self, self.office, header_rules()).check(doc, {
            "parent_agency": "UBND HUYỆN VÂN HỒ", "agency": "ỦY BAN NHÂN DÂN\nXÃ LONG MÔN",
            "number": "Số: …/BC-UBND", "place_date": "Long Môn, ngày 07 tháng 5 năm 2025"})
        texts = [p.getString() for p in body_paragraphs(doc)]
        self.assertIn("BÁO CÁO", texts)
        opening = next(t for t in texts if t.startswith("Thực hiện Công văn số 479/UBND-NC ngày 07/5/2025"))
        self.assertIn("UBND huyện Minh Long", opening)
        self.assertEqual(doc.getTextTables().getByIndex(0).PageDescName, "Báo cáo NĐ30 - Trang đầu")
        page = doc.getStyleFamilies().getByName("PageStyles").getByName("Báo cáo NĐ30")
        for got, want in zip((page.Width, page.Height, page.LeftMargin, page.RightMargin), (21000, 29700, 3000, 1500)):
            self.assertAlmostEqual(got, want, delta=2)  # 1/100 mm, rounded through twips
        self.assertTrue(page.HeaderIsOn)
        # the page number sits in the top margin: the text starts 20 mm from the edge on every page
        self.assertAlmostEqual(page.TopMargin + page.HeaderHeight, 2000, delta=2)

    def test_docx_round_trip_keeps_headings_bookmarks_and_fields(self):
        doc = self.load(os.path.join(self.out, "r.docx"), Hidden=True)
        check_skeleton(self, doc, self.template, docx=True)

    def test_pdf_shows_the_outline(self):
        text = subprocess.run(["pdftotext", "-layout", os.path.join(self.out, "r.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        for heading in ("I. KHÁI QUÁT CHUNG", "III. KẾT QUẢ THỰC HIỆN", "Nơi nhận:"):
            self.assertIn(heading, text)


class InsertReportCommandTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        self.set_profile(LONG_MON)
        with open(ANSWERS, encoding="utf-8") as f:
            self.answers = f.read()

    def test_inserts_the_skeleton_as_one_undo_step(self):
        doc = self.new_doc()
        doc.getText().setString("Văn bản gốc của cán bộ")
        undo = doc.getUndoManager()
        before = doc.getText().getString()
        doc.getCurrentController().getViewCursor().gotoStart(False)
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", Answers=self.answers)
        self.assertEqual(state, SUCCESS, message)
        check_skeleton(self, doc, load_template("dan-van-2021-2025"))
        self.assertIn("Văn bản gốc của cán bộ", doc.getText().getString())
        # At the start of a document the page header is set up first, which Writer cannot undo
        # (it clears the undo stack); the insertion itself is the one step on top.
        self.assertEqual(undo.getCurrentUndoActionTitle(), "Chèn khung báo cáo")
        undo.undo()
        self.assertEqual(doc.getText().getString(), before)
        self.assertEqual(doc.getTextTables().getCount(), 0)
        self.assertEqual(doc.getBookmarks().getCount(), 0)
        self.assertEqual(fields(doc, "com.sun.star.text.TextField.User"), [])

    def test_inside_a_document_it_is_exactly_one_more_undo_step(self):
        doc = self.new_doc()
        doc.getText().setString("Đoạn đầu\nĐoạn cuối")
        undo = doc.getUndoManager()
        depth = len(undo.getAllUndoActionTitles())
        before = doc.getText().getString()
        cursor = doc.getCurrentController().getViewCursor()
        cursor.gotoEnd(False)
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", Answers=self.answers)
        self.assertEqual(state, SUCCESS, message)
        self.assertEqual(len(undo.getAllUndoActionTitles()), depth + 1)
        undo.undo()
        self.assertEqual(doc.getText().getString(), before)
        self.assertEqual(doc.getTextTables().getCount(), 0)

    def test_text_after_the_cursor_follows_the_signature_in_its_own_style(self):
        doc = self.new_doc()
        doc.getText().setString("Văn bản gốc của cán bộ")
        doc.getCurrentController().getViewCursor().gotoStart(False)
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", Answers=self.answers)
        self.assertEqual(state, SUCCESS, message)
        items = list(paragraphs(doc.getText()))
        signature = max(i for i, p in enumerate(items) if p.supportsService("com.sun.star.text.TextTable"))
        self.assertTrue(items[signature - 1].getString().endswith("./."))
        self.assertEqual(items[signature - 1].ParaStyleName, "Báo cáo - Nội dung")
        self.assertEqual([p.getString() for p in items[signature + 1:]], ["Văn bản gốc của cán bộ"])
        self.assertEqual(items[-1].ParaStyleName, "Standard")

    def test_a_second_skeleton_keeps_the_figures_already_filled(self):
        doc = self.new_doc()
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", Answers=self.answers)
        self.assertEqual(state, SUCCESS, message)
        doc.getTextFieldMasters().getByName("com.sun.star.text.fieldmaster.User.bc_ho_dan_tong").Content = "1.530"
        doc.getTextFields().refresh()
        doc.getCurrentController().getViewCursor().gotoEnd(False)
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", Answers=self.answers)
        self.assertEqual(state, SUCCESS, message)
        shown = [f.getPresentation(False) for f in fields(doc, "com.sun.star.text.TextField.User")
                 if f.getTextFieldMaster().Name == "bc_ho_dan_tong"]
        self.assertEqual(shown, ["1.530", "1.530"])

    def test_unknown_template_and_bad_answers_are_refused_with_the_place(self):
        doc = self.new_doc()
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", TemplateId="khong-co")
        self.assertEqual(state, FAILURE)
        self.assertIn("khong-co", message)
        bad = json.loads(self.answers)
        bad["inputs"]["ngay_cong_van"] = "2025-02-30"
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", Answers=json.dumps(bad))
        self.assertEqual(state, FAILURE)
        self.assertIn("inputs.ngay_cong_van", message)
        self.assertEqual(doc.getText().getString(), "")
        self.assertEqual(doc.getTextTables().getCount(), 0)


class CliNewBadInputTest(unittest.TestCase):
    def test_invalid_date_in_answers_exits_2_naming_the_field(self):
        tmp = tempfile.mkdtemp()
        with open(ANSWERS, encoding="utf-8") as f:
            answers = json.load(f)
        answers["inputs"]["ngay_cong_van"] = "2025-13-01"
        path = os.path.join(tmp, "a.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(answers, f, ensure_ascii=False)
        r = subprocess.run([CLI, "new", "--answers", path, "-o", os.path.join(tmp, "x.odt")], capture_output=True,
                           text=True, timeout=60)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("inputs.ngay_cong_van", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(tmp, "x.odt")))

    def test_templates_lists_both_shipped_templates(self):
        r = subprocess.run([CLI, "templates", "--format", "json"], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        ids = {t.get("id") for t in json.loads(r.stdout)["templates"]}
        self.assertLessEqual({"dan-van-2021-2025", "bao-cao-dinh-ky"}, ids)

    def test_a_malformed_template_is_listed_as_unavailable_with_its_position(self):
        tmp = tempfile.mkdtemp()
        with open(os.path.join(tmp, "hong.json"), "w", encoding="utf-8") as f:
            f.write('{"schema": 1,\n  "id": "hong",\n  "tittle": "x"\n}\n')
        r = subprocess.run([CLI, "templates", "--templates", tmp], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(f"unavailable: {tmp}/hong.json", r.stdout)
        self.assertRegex(r.stdout, r"hong\.json:3:3: tittle: unknown field")


if __name__ == "__main__":
    unittest.main(verbosity=2)
