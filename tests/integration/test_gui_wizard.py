"""The report wizard as a clerk uses it: Báo cáo > Chèn khung báo cáo… from the keyboard, every page
filled through the accessibility API, Finish, and the skeleton checked in the document; Cancel
changes nothing; the answers are offered again next time."""
import os
import unittest

from gui_session import ROLE, GuiTestCase, has_state, read_only_text_role, texts_of, wait_for, walk, wizard_button
from officetest import LONG_MON, PROFILE_KEYS, PROFILE_NODE
from skeleton_check import check_skeleton, load_template

TITLE = "Chèn khung báo cáo"
PAGES = ["Mẫu báo cáo", "Văn bản", "Công văn yêu cầu", "Các mục", "Tệp số liệu", "Tóm tắt"]


class WizardTest(GuiTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        node = cls.gui.office.config(PROFILE_NODE, update=True)
        for k in PROFILE_KEYS:
            node.replaceByName(k, LONG_MON.get(k, ""))
        node.commitChanges()

    def open_wizard(self):
        self.gui.menu("k")
        return wait_for(lambda: self.gui.find_window(TITLE), 20, "the wizard")

    def page(self, wizard, title):
        """The visible page panel with that roadmap title."""
        def find():
            for c in walk(wizard.getAccessibleContext()):
                if c.getAccessibleRole() == ROLE["PANEL"] and c.getAccessibleName() == title and c.getAccessibleChildCount():
                    return c
            return None
        return wait_for(find, 20, f"the wizard page {title}")

    def button(self, wizard, name):
        return next(c for c in walk(wizard.getAccessibleContext())
                    if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName() == name)

    def fields(self, panel):
        return [c for c in walk(panel) if c.getAccessibleRole() == ROLE["TEXT"]]

    def next(self, wizard):
        self.button(wizard, wizard_button("next")).doAccessibleAction(0)

    def test_1_walk_every_page_and_finish(self):
        doc = self.gui.doc
        doc.getText().setString("")
        wizard = self.open_wizard()
        roadmap = [c.getAccessibleName() for c in walk(wizard.getAccessibleContext())
                   if c.getAccessibleRole() == ROLE["LABEL"]]
        for title in PAGES:
            self.assertIn(title, roadmap)

        page = self.page(wizard, PAGES[0])
        templates = next(c for c in walk(page) if c.getAccessibleRole() == ROLE["LIST"])
        items = [templates.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                 for i in range(templates.getAccessibleChildCount())]
        seed = load_template("dan-van-2021-2025")
        templates.selectAccessibleChild(items.index(seed["title"]))
        self.shot("wizard-1-template.png")
        self.next(wizard)

        page = self.page(wizard, PAGES[1])
        number, date, place, period = self.fields(page)[:4]
        self.assertEqual(place.getText(), LONG_MON["PlaceName"], "the place comes from the agency profile")
        date.setText("07/5/2025")
        number.setText("15")
        self.shot("wizard-2-document.png")
        self.next(wizard)

        page = self.page(wizard, PAGES[2])
        values = ["479/UBND-NC", "07/5/2025", "UBND huyện Minh Long",
                  "báo cáo sơ kết 5 năm thực hiện công tác dân vận giai đoạn 2021 - 2025"]
        visible = [f for f in self.fields(page) if has_state(f, "VISIBLE")]
        self.assertEqual(len(visible), len(seed["inputs"]))
        for f, v in zip(visible, values):
            f.setText(v)
        self.shot("wizard-3-request.png")
        self.next(wizard)

        self.page(wizard, PAGES[3])
        self.shot("wizard-4-sections.png")
        self.next(wizard)
        self.page(wizard, PAGES[4])
        self.shot("wizard-5-data.png")
        self.next(wizard)

        page = self.page(wizard, PAGES[5])
        # the read-only multi-line field, named after its text
        role = read_only_text_role()
        summary = wait_for(lambda: next((c.getAccessibleName() for c in walk(page)
                                         if c.getAccessibleRole() == role and c.getAccessibleName()),
                                        None), 10, "the summary")
        self.assertIn("07/5/2025", summary)
        self.assertIn(seed["title"], summary)
        self.assertIn("15/BC", summary)
        self.shot("wizard-6-summary.png")
        self.button(wizard, wizard_button("finish")).doAccessibleAction(0)

        wait_for(lambda: doc.getTextTables().getCount() >= 2, 30, "the skeleton")
        self.assertTrue(self.gui.alive())
        check_skeleton(self, doc, seed)
        self.assertIn("Số: 15/BC-UBND", doc.getTextTables().getByName("BaoCaoHeader").getCellByName("A2").getString())
        self.shot("skeleton.png")
        remembered = self.gui.office.config("/org.baocao.Settings/Wizard").getByName("LastAnswers")
        self.assertIn("479/UBND-NC", remembered)

    def test_2_cancel_changes_nothing_and_answers_come_back(self):
        doc = self.gui.doc
        before = doc.getText().getString()
        wizard = self.open_wizard()
        self.next(wizard)
        page = self.page(wizard, PAGES[1])
        self.assertEqual(self.fields(page)[1].getText(), "07/5/2025", "the last date is offered again")
        self.button(wizard, wizard_button("cancel")).doAccessibleAction(0)
        wait_for(lambda: self.gui.find_window(TITLE) is None, 20, "the wizard to close")
        self.assertEqual(doc.getText().getString(), before)
        self.assertTrue(self.gui.alive())

    def set_shared_folder(self, path):
        node = self.gui.office.config("/org.baocao.Settings/Templates", update=True)
        node.replaceByName("SharedFolder", path)
        node.commitChanges()

    def test_3_a_malformed_template_shows_as_unavailable_with_its_error(self):
        shared = os.path.join(self.gui.office.out, "mau-chung")
        os.makedirs(shared, exist_ok=True)
        with open(os.path.join(shared, "hong.json"), "w", encoding="utf-8") as f:
            f.write('{"schema": 1,\n  "id": "hong",\n  "tittle": "x"\n}\n')
        os.chmod(shared, 0o755)
        self.set_shared_folder(shared)
        try:
            wizard = self.open_wizard()
            page = self.page(wizard, PAGES[0])
            templates = next(c for c in walk(page) if c.getAccessibleRole() == ROLE["LIST"])
            items = [templates.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                     for i in range(templates.getAccessibleChildCount())]
            broken = [i for i, name in enumerate(items) if name.startswith("hong.json")]
            self.assertEqual(len(broken), 1, items)
            self.assertIn("không dùng được", items[broken[0]])
            templates.selectAccessibleChild(broken[0])
            description = wait_for(lambda: next((c.getAccessibleName() for c in walk(page)
                                                 if "hong.json:3:3" in c.getAccessibleName()), None), 10,
                                   "the template's error in the description")
            self.assertIn("tittle", description)
            self.shot("wizard-unavailable-template.png")
            self.assertFalse(has_state(self.button(wizard, wizard_button("next")), "ENABLED"))
            self.button(wizard, wizard_button("cancel")).doAccessibleAction(0)
            wait_for(lambda: self.gui.find_window(TITLE) is None, 20, "the wizard to close")
        finally:
            self.set_shared_folder("")

    def test_4_a_missing_shared_folder_is_said(self):
        self.set_shared_folder("/khong/co/thu-muc")
        try:
            self.gui.menu("k")
            box = wait_for(lambda: next((w for w in self.gui.top_windows() if w.isVisible()
                                         and "/khong/co/thu-muc" in texts_of(w)), None), 20, "the warning")
            self.assertIn("thư mục mẫu", texts_of(box))
            ok = next(c for c in walk(box.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
            ok.doAccessibleAction(0)
            wizard = wait_for(lambda: self.gui.find_window(TITLE), 20, "the wizard, with the shipped templates")
            self.button(wizard, wizard_button("cancel")).doAccessibleAction(0)
            wait_for(lambda: self.gui.find_window(TITLE) is None, 20, "the wizard to close")
            self.assertTrue(self.gui.alive())
        finally:
            self.set_shared_folder("")


if __name__ == "__main__":
    unittest.main(verbosity=2)
