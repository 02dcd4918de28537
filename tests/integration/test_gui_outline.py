"""Báo cáo › Tạo mẫu từ đề cương… by the menu under Xvfb: the review dialog shows the recognised
outline and what was not used; the clerk renames a section, drops a line taken for a heading,
marks one optional and saves; the template on disk has the edits and the wizard lists it at once.
Made again with the same id: the clerk is asked before it is replaced, and Cancel saves nothing."""
import json
import os
import re
import shutil
import tempfile
import unittest

from gui_session import ROLE, GuiTestCase, press, has_state, texts_of, wait_for, walk, wizard_button
from lo_office import prop, uno

SOURCE = os.environ.get("BAOCAO_SOURCE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUTLINE = os.path.join(SOURCE, "tests", "data", "outlines", "decimal.txt")
REVIEW = "Xem lại mẫu tạo từ đề cương"
WIZARD = "Chèn khung báo cáo"
CHECK_BOX = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.CHECK_BOX")


def the_list(window, holding=None):
    """The window's first list, or the one with an item holding that text."""
    return next(c for c in walk(window.getAccessibleContext()) if c.getAccessibleRole() == ROLE["LIST"]
                and (holding is None or any(holding in name for name in items(c))))


def items(lst):
    return [lst.getAccessibleChild(i).getAccessibleContext().getAccessibleName() for i in range(lst.getAccessibleChildCount())]


def field(window, text):
    """The text field holding exactly this text."""
    return next(c for c in walk(window.getAccessibleContext()) if c.getAccessibleRole() == ROLE["TEXT"] and c.getText() == text)


def row_of(lst, title):
    found = [i for i, name in enumerate(items(lst)) if re.match(r"^\s*\w+[.)] " + re.escape(title) + r"( |$)", name)]
    assert len(found) == 1, (title, items(lst))
    return found[0]


class OutlineReviewTest(GuiTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.work = tempfile.mkdtemp(prefix="baocao-gui-outline-")
        os.chmod(cls.work, 0o777)
        cls.outline = os.path.join(cls.work, "de-cuong-chuyen-doi-so.txt")
        # as a real đề cương arrives: with the line naming its request letter, whose facts the
        # wizard then offers
        with open(OUTLINE, encoding="utf-8") as f:
            lines = f.read().split("\n")
        lines.insert(2, "(Kèm theo Công văn số 215/UBND-VX ngày 12/3/2025 của UBND tỉnh Sơn La)")
        with open(cls.outline, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        os.chmod(cls.outline, 0o644)

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.work, ignore_errors=True)

    def open_review(self):
        doc = self.gui.office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(self.outline), "_default", 0,
            (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF,,,")))
        self.assertIsNotNone(doc)
        self.gui.menu("m")
        return doc, wait_for(lambda: self.gui.find_window(REVIEW), 30, "the review dialog")

    def message(self, text):
        return wait_for(lambda: next((w for w in self.gui.top_windows() if w.isVisible() and text in texts_of(w)), None),
                        30, f"a message saying {text!r}")

    def test_1_review_edit_save_and_the_wizard_offers_it(self):
        outline, dialog = self.open_review()
        lst = the_list(dialog)
        rows = items(lst)
        self.assertRegex(rows[0], r"^I\. Hạ tầng số$")
        self.assertIn("Thiết bị của cơ quan", "\n".join(rows))
        shown = texts_of(dialog)
        # what was not understood is shown: "2.3." after "2.1" at its level
        notes = items(the_list(dialog, "không nối tiếp"))
        self.assertEqual(len(notes), 1, notes)
        self.assertIn("“2.3. Dữ liệu chuyên ngành”", notes[0])
        self.assertIn("9 đề mục", shown)
        # rename one
        lst.selectAccessibleChild(row_of(lst, "Thiết bị của cơ quan"))
        wait_for(lambda: any(c.getAccessibleRole() == ROLE["TEXT"] and c.getText() == "Thiết bị của cơ quan"
                             for c in walk(dialog.getAccessibleContext())), 10, "the selected row's title in its field")
        field(dialog, "Thiết bị của cơ quan").setText("Trang thiết bị của cơ quan")
        press(dialog, "Sửa tên và hướng dẫn")
        wait_for(lambda: any("Trang thiết bị của cơ quan" in r for r in items(the_list(dialog))), 10, "the renamed row")
        # drop one: "Chữ ký số" is a line, not a heading; its text joins the section before
        lst = the_list(dialog)
        before = len(items(lst))
        lst.selectAccessibleChild(row_of(lst, "Chữ ký số"))
        wait_for(lambda: any(c.getAccessibleRole() == ROLE["TEXT"] and c.getText() == "Chữ ký số"
                             for c in walk(dialog.getAccessibleContext())), 10, "the row to drop chosen")
        press(dialog, "Không phải đề mục")
        wait_for(lambda: len(items(the_list(dialog))) == before - 1, 10, "the dropped row gone")
        self.assertNotIn("Chữ ký số", "\n".join(items(the_list(dialog))))
        # mark one optional
        lst = the_list(dialog)
        lst.selectAccessibleChild(row_of(lst, "Kinh tế số và xã hội số"))
        box = next(c for c in walk(dialog.getAccessibleContext()) if c.getAccessibleRole() == CHECK_BOX)
        wait_for(lambda: not has_state(box, "CHECKED"), 10, "the row chosen")
        box.doAccessibleAction(0)
        wait_for(lambda: any("Kinh tế số và xã hội số (nếu có)" in r for r in items(the_list(dialog))), 10,
                 "the optional mark")
        template_id = next(c.getText() for c in walk(dialog.getAccessibleContext())
                           if c.getAccessibleRole() == ROLE["TEXT"] and re.fullmatch(r"[a-z0-9-]+", c.getText() or ""))
        field(dialog, template_id).setText("chuyen-doi-so-2025")
        field(dialog, "Báo cáo chuyển đổi số năm 2025").setText("Chuyển đổi số năm 2025 (mẫu xã)")
        lst = the_list(dialog)
        lst.selectAccessibleChild(row_of(lst, "Máy tính, máy chủ"))
        self.shot("outline-review.png")
        press(dialog, "Lưu mẫu")
        saved = self.message("Đã lưu mẫu vào")
        path = re.search(r"(/\S+?chuyen-doi-so-2025\.json)", texts_of(saved)).group(1)
        next(c for c in walk(saved.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"]).doAccessibleAction(0)
        self.assertTrue(self.gui.alive())
        with open(path, encoding="utf-8") as f:
            template = json.load(f)
        self.assertEqual(template["id"], "chuyen-doi-so-2025")
        self.assertEqual(template["title"], "Chuyển đổi số năm 2025 (mẫu xã)")

        def flat(sections, level=0):
            for s in sections:
                yield level, s
                yield from flat(s.get("children", []), level + 1)
        sections = {s["title"]: (level, s) for level, s in flat(template["sections"])}
        self.assertIn("Trang thiết bị của cơ quan", sections)
        self.assertNotIn("Thiết bị của cơ quan", sections)
        self.assertNotIn("Chữ ký số", sections)
        self.assertIn("Chữ ký số", sections["Máy tính, máy chủ"][1]["guidance"], "the dropped line's text is kept")
        self.assertIs(sections["Kinh tế số và xã hội số"][1].get("required"), False)
        self.assertEqual(sections["Trang thiết bị của cơ quan"][0], 1)

        # the wizard offers it at once, in a new report (the đề cương opened read-only: the wizard
        # would refuse to write into it)
        outline.close(True)
        report = self.gui.office.desktop.loadComponentFromURL("private:factory/swriter", "_default", 0, ())
        self.assertIsNotNone(report)
        self.gui.menu("k")
        wizard = wait_for(lambda: self.gui.find_window(WIZARD), 30, "the wizard")
        templates = the_list(wizard)
        names = items(templates)
        self.assertIn("Chuyển đổi số năm 2025 (mẫu xã)", names)
        templates.selectAccessibleChild(names.index("Chuyển đổi số năm 2025 (mẫu xã)"))
        self.shot("wizard-new-template.png")
        # its request page offers the letter's facts the đề cương named
        for _ in range(3):  # Văn bản, Kỳ báo cáo, Công văn yêu cầu
            press(wizard, wizard_button("next"))
        offered = wait_for(lambda: next((c for c in walk(wizard.getAccessibleContext())
                                         if c.getAccessibleRole() == ROLE["TEXT"] and c.getText() == "215/UBND-VX"), None),
                           20, "the request letter's number offered")
        self.assertIsNotNone(offered)
        field(wizard, "12/3/2025")
        field(wizard, "UBND tỉnh Sơn La")
        self.shot("wizard-request-defaults.png")
        press(wizard, "Thôi")
        wait_for(lambda: self.gui.find_window(WIZARD) is None, 20, "the wizard closed")
        type(self).saved = path

    def test_2_the_same_id_asks_before_replacing_and_cancel_saves_nothing(self):
        path = getattr(type(self), "saved", None)
        if path is None:
            self.skipTest("needs the template test_1 saved")
        with open(path, encoding="utf-8") as f:
            kept = f.read()
        folder = os.path.dirname(path)
        files = sorted(os.listdir(folder))
        _, dialog = self.open_review()
        template_id = next(c.getText() for c in walk(dialog.getAccessibleContext())
                           if c.getAccessibleRole() == ROLE["TEXT"] and re.fullmatch(r"[a-z0-9-]+", c.getText() or ""))
        field(dialog, template_id).setText("chuyen-doi-so-2025")
        press(dialog, "Lưu mẫu")
        ask = self.message("Đã có mẫu")
        self.assertIn(path, texts_of(ask))
        press(ask, "Không")
        wait_for(lambda: "Đã có mẫu" not in "".join(texts_of(w) for w in self.gui.top_windows() if w.isVisible()), 20,
                 "the question gone")
        self.assertIsNotNone(self.gui.find_window(REVIEW), "No keeps the review open")
        press(self.gui.find_window(REVIEW), "Hủy")
        wait_for(lambda: self.gui.find_window(REVIEW) is None, 20, "the review closed")
        self.assertTrue(self.gui.alive())
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), kept, "the template kept")
        self.assertEqual(sorted(os.listdir(folder)), files, "nothing else saved")


if __name__ == "__main__":
    unittest.main()
