"""The "Chèn tiêu đề văn bản" command inside a real LibreOffice, dispatched as the framework does."""
import os
import subprocess
import unittest

from decree30 import header_rules
from header_check import HeaderChecker, para_text, read_header
from officetest import FAILURE, LONG_MON, SUCCESS, OfficeTestCase, paragraphs, uno

CMD = "vnd.baocao:InsertHeader"


class InsertHeaderTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        self.set_profile(LONG_MON)
        self.checker = HeaderChecker(self, self.office, header_rules())

    def writer_with_text(self, text="Nội dung báo cáo."):
        doc = self.new_doc()
        doc.getText().setString(text)
        doc.getCurrentController().getViewCursor().gotoStart(False)
        return doc

    def test_inserts_the_decree30_header_at_the_cursor(self):
        doc = self.writer_with_text()
        state, message = self.dispatch(doc, CMD, Date="2025-05-07", Number="15")
        self.assertEqual(state, SUCCESS, message)
        self.checker.check(doc, {"parent_agency": "UBND HUYỆN VÂN HỒ", "agency": "ỦY BAN NHÂN DÂN\nXÃ LONG MÔN",
                                 "number": "Số: 15/BC-UBND", "place_date": "Long Môn, ngày 07 tháng 5 năm 2025"})
        # the clerk's text is still there, after the header
        texts = [p.getString() for p in paragraphs(doc.getText()) if p.supportsService("com.sun.star.text.Paragraph")]
        self.assertIn("Nội dung báo cáo.", texts)

    def test_the_menus_type_goes_into_the_number_and_the_check_finds_that_type(self):
        """The Báo cáo › Chèn tiêu đề văn bản submenu dispatches "InsertHeader?Type=…" (parsed by
        LibreOffice's own URL transformer, as the menu's URL is)."""
        import json
        for kind, number in (("ke-hoach", "Số: 15/KH-UBND"), ("to-trinh", "Số: 15/TTr-UBND"),
                             ("cong-van", "Số: 15/UBND-<ĐƠN VỊ>")):
            with self.subTest(kind=kind):
                doc = self.writer_with_text()
                state, message = self.dispatch(doc, f"{CMD}?Type={kind}", Date="2025-05-07", Number="15")
                self.assertEqual(state, SUCCESS, message)
                cell = doc.getTextTables().getByName("BaoCaoHeader").getCellByName("A2").getString()
                lines = cell.split("\n")
                self.assertEqual(lines[0], number)
                if kind == "cong-van":  # ô 5b: the subject under the number, no type name
                    self.assertEqual(lines[1], "V/v <trích yếu nội dung>")
                else:
                    self.assertEqual(len(lines), 1, cell)
                state, result = self.dispatch(doc, "vnd.baocao:ValidateReport", NoDialog=True)
                self.assertEqual(state, SUCCESS, result)
                found = json.loads(result)
                self.assertEqual(found["documentType"]["kind"], kind, found["documentType"])
                self.assertNotIn("header.number-form", [f["rule"] for f in found["findings"]])
                doc.close(True)

    def test_is_one_undo_step_that_restores_the_original(self):
        doc = self.writer_with_text("Dòng thứ nhất\nDòng thứ hai")
        before = doc.getText().getString()
        undo = doc.getUndoManager()
        depth = len(undo.getAllUndoActionTitles())
        state, message = self.dispatch(doc, CMD, Date="2025-01-05")
        self.assertEqual(state, SUCCESS, message)
        self.assertEqual(len(undo.getAllUndoActionTitles()), depth + 1, "exactly one undo step")
        self.assertIn(undo.getCurrentUndoActionTitle(), ("Chèn tiêu đề văn bản", "Insert document header"))
        undo.undo()
        self.assertEqual(doc.getTextTables().getCount(), 0)
        self.assertEqual(doc.getText().getString(), before)
        self.assertFalse(doc.getTextFields().createEnumeration().hasMoreElements())

    def test_read_only_document_is_refused_and_unchanged(self):
        doc = self.writer_with_text("Văn bản đã ban hành")
        path = os.path.join(self.office.out, "readonly.odt")
        doc.storeToURL(uno.systemPathToFileUrl(path), ())
        ro = self.load(path, ReadOnly=True)
        state, message = self.dispatch(ro, CMD)
        self.assertEqual(state, FAILURE)
        self.assertTrue("chỉ đọc" in message or "read-only" in message, message)
        self.assertEqual(ro.getTextTables().getCount(), 0)
        self.assertEqual(ro.getText().getString(), "Văn bản đã ban hành")
        self.assertFalse(ro.isModified())

    def test_messages_follow_the_ui_language(self):
        doc = self.writer_with_text("x")
        path = os.path.join(self.office.out, "readonly-lang.odt")
        doc.storeToURL(uno.systemPathToFileUrl(path), ())
        ro = self.load(path, ReadOnly=True)
        try:
            self.set_ui_locale("en-US")
            self.assertIn("read-only", self.dispatch(ro, CMD)[1])
            self.set_ui_locale("vi")
            self.assertIn("chỉ đọc", self.dispatch(ro, CMD)[1])
        finally:
            self.set_ui_locale("vi")

    def set_ui_locale(self, locale):
        node = self.office.config("/org.openoffice.Setup/L10N", update=True)
        node.replaceByName("ooLocale", locale)
        node.commitChanges()

    def test_disabled_outside_writer(self):
        self.assertIsNotNone(self.query(self.new_doc(), CMD))
        self.assertIsNone(self.query(self.new_doc("scalc"), CMD), "no dispatch, so the entry is disabled")
        self.assertIsNone(self.query(self.new_doc(), "vnd.baocao:NoSuchCommand"))

    def test_empty_profile_gives_visible_placeholders(self):
        self.set_profile({})
        doc = self.writer_with_text()
        state, message = self.dispatch(doc, CMD, Date="2025-02-03")
        self.assertEqual(state, SUCCESS, message)
        table, cells = read_header(doc)
        a1 = [para_text(p) for p in cells["A1"]["paras"]]
        self.assertEqual(a1[0], "<TÊN CƠ QUAN BAN HÀNH>")
        self.assertEqual(para_text(cells["A2"]["paras"][0]), "Số: …/BC-<CƠ QUAN>")
        self.assertEqual(para_text(cells["B2"]["paras"][0]), "<Địa danh>, ngày 03 tháng 02 năm 2025")
        placeholders = []
        e = doc.getTextFields().createEnumeration()
        while e.hasMoreElements():
            f = e.nextElement()
            if f.supportsService("com.sun.star.text.TextField.JumpEdit"):
                placeholders.append((f.PlaceHolder, f.Hint))
        self.assertEqual(len(placeholders), 3)
        self.assertTrue(all(text and hint for text, hint in placeholders))

    def test_bad_date_argument_is_refused_with_the_reason(self):
        doc = self.writer_with_text()
        state, message = self.dispatch(doc, CMD, Date="2025-02-30")
        self.assertEqual(state, FAILURE)
        self.assertIn("2025-02-30", message)
        self.assertEqual(doc.getTextTables().getCount(), 0)

    def test_pdf_uses_times_new_roman_or_its_metric_twin(self):
        doc = self.writer_with_text()
        self.assertEqual(self.dispatch(doc, CMD, Date="2025-05-07")[0], SUCCESS)
        pdf = os.path.join(self.office.out, "header.pdf")
        doc.storeToURL(uno.systemPathToFileUrl(pdf), (self.pv("FilterName", "writer_pdf_Export"),))
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
        installed = subprocess.run(["fc-list", ":family=Times New Roman"], capture_output=True, text=True).stdout
        expected = "TimesNewRoman" if installed.strip() else "LiberationSerif"
        for variant in ("Bold", "Italic"):
            self.assertRegex(fonts, rf"{expected}[-,]?{variant}", fonts)
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        self.assertIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text)
        self.assertIn("Độc lập - Tự do - Hạnh phúc", text)

    @staticmethod
    def pv(name, value):
        from lo_office import prop
        return prop(name, value)


if __name__ == "__main__":
    unittest.main(verbosity=2)
