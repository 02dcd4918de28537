"""The report wizard by the keyboard alone, as a clerk who does not use the mouse (or a screen
reader user) goes through it: under a real window manager (openbox), so dialogs get the keyboard
focus the way they do on a desktop. Only keys are sent; the accessibility API is used to look."""
import os
import unittest

from gui_session import ROLE, GuiOffice, GuiTestCase, has_state, texts_of, wait_for, walk, wizard_button
from officetest import LONG_MON, PROFILE_KEYS, PROFILE_NODE
from skeleton_check import check_skeleton, load_template
import test_gui_wizard as wizard_test  # the module, so its test case is not run again here
from test_gui_wizard import PAGES, TITLE


class KeyboardTest(GuiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.gui = GuiOffice(os.environ["BAOCAO_OXT"], window_manager=True)
        node = cls.gui.office.config(PROFILE_NODE, update=True)
        for k in PROFILE_KEYS:
            node.replaceByName(k, LONG_MON.get(k, ""))
        node.commitChanges()

    open_wizard = wizard_test.WizardTest.open_wizard
    page = wizard_test.WizardTest.page

    def focused(self, wizard):
        """The accessible context that has the keyboard focus in the wizard, or None. A list box
        has the focus as a whole: its list is returned."""
        for c in walk(wizard.getAccessibleContext()):
            if has_state(c, "FOCUSED"):
                if c.getAccessibleRole() == ROLE["PANEL"] and c.getAccessibleChildCount():
                    inner = c.getAccessibleChild(0).getAccessibleContext()
                    if inner.getAccessibleRole() == ROLE["LIST"]:
                        return inner
                return c
        return None

    def focus_on(self, wizard, page_title, role):
        """Waits until the focus is on a field of that role on that (showing) page, and returns it."""
        page = self.page(wizard, page_title)

        def inside():
            c = self.focused(wizard)
            roles = role if isinstance(role, tuple) else (role,)
            return c if c is not None and c.getAccessibleRole() in roles and any(x == c for x in walk(page)) else None
        return wait_for(inside, 10, f"the focus in a field of the page {page_title}")

    def to_button(self, wizard, name):
        """Tab until the wizard's button of that name has the focus."""
        for _ in range(10):
            c = self.focused(wizard)
            if c is not None and c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName() == name:
                return
            self.gui.x.key("Tab")
        self.fail(f"Tab never reached the button {name}")

    def type(self, text):
        """Replaces the focused field's text by typing, and checks what arrived."""
        self.gui.x.key("ctrl+a")
        self.gui.x.type(text)
        field = wait_for(lambda: self.focused(self.wizard), 10, "the focused field")
        wait_for(lambda: field.getText() == text, 10, f"the typed text {text!r} in the field (has {field.getText()!r})")

    def test_the_whole_wizard_by_keyboard_alone(self):
        """Alt+B K, then only keys: every page takes the focus in its first field, Tab walks the
        page's fields and then the wizard's buttons (never a field of a page not shown) and comes
        round to the page again, Enter goes to the next page, a bad date keeps the clerk on the
        page with a message, Finish inserts."""
        doc = self.gui.doc
        doc.getText().setString("")
        wizard = self.wizard = self.open_wizard()
        seed = load_template("dan-van-2021-2025")

        templates = self.focus_on(wizard, PAGES[0], ROLE["LIST"])
        names = [templates.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                 for i in range(templates.getAccessibleChildCount())]
        self.gui.x.key("Home", *["Down"] * names.index(seed["title"]))
        self.gui.x.key("Return")

        number = self.focus_on(wizard, PAGES[1], ROLE["TEXT"])
        self.type("16")
        self.gui.x.key("Tab")
        date = self.focus_on(wizard, PAGES[1], ROLE["TEXT"])
        self.assertIsNot(date, number, "Tab moves to the date field")
        self.type("31/02/2025")
        self.gui.x.key("Return")
        box = wait_for(lambda: next((w for w in self.gui.top_windows()
                                     if w.isVisible() and "Ngày không hợp lệ" in texts_of(w)), None),
                       20, "the message about the bad date")
        self.shot("wizard-keyboard-bad-date.png")
        self.gui.x.key("Return")  # closes the message
        wait_for(lambda: not self._alive(box) or not box.isVisible(), 10, "the message to close")
        self.assertEqual(self.focus_on(wizard, PAGES[1], ROLE["TEXT"]), date,
                         "the clerk is still on the page, back in the date field")
        self.type("08/5/2025")
        self.gui.x.key("Tab", "Tab")  # place, then out of the page
        after = wait_for(lambda: self.focused(wizard), 10, "the focus")
        self.assertEqual(after.getAccessibleRole(), ROLE["PUSH_BUTTON"],
                         "after the page's last field Tab goes to the wizard's buttons, not to a hidden page")
        for _ in range(16):  # on round the buttons and the roadmap, back into the page
            c = self.focused(wizard)
            if c is not None and c.getAccessibleRole() == ROLE["TEXT"]:
                break
            self.gui.x.key("Tab")
        self.assertEqual(self.focus_on(wizard, PAGES[1], ROLE["TEXT"]), number,
                         "Tab comes round to the page's first field")
        self.to_button(wizard, wizard_button("next"))
        self.gui.x.key("Return")

        # the period: the kind's drop-down first; Down picks "Tháng", the month and year follow
        self.focus_on(wizard, PAGES[2], (ROLE["COMBO_BOX"], ROLE["TEXT"], ROLE["LIST"]))
        self.gui.x.key("Down", "Tab")
        self.type("5")
        self.gui.x.key("Tab")
        self.type("2025")
        page = self.page(wizard, PAGES[2])
        phrase = wait_for(lambda: next((f for f in wizard_test.WizardTest.fields(self, page)
                                        if f.getText() == "tháng 5 năm 2025"), None), 10, "the period's phrase")
        self.assertIsNotNone(phrase)
        self.gui.x.key("Return")

        self.focus_on(wizard, PAGES[3], ROLE["TEXT"])
        values = ["480/UBND-NC", "07/5/2025", "UBND huyện Minh Long",
                  "báo cáo sơ kết 5 năm thực hiện công tác dân vận giai đoạn 2021 - 2025"]
        for i, v in enumerate(values):
            if i:
                self.gui.x.key("Tab")
            self.type(v)
        self.shot("wizard-keyboard-request.png")
        self.gui.x.key("Return")

        self.focus_on(wizard, PAGES[4], ROLE["LIST"])
        self.gui.x.key("Return")
        self.focus_on(wizard, PAGES[5], ROLE["TEXT"])
        self.gui.x.key("Return")
        self.page(wizard, PAGES[6])
        self.to_button(wizard, wizard_button("finish"))  # the buttons come after the summary
        self.gui.x.key("Return")

        wait_for(lambda: doc.getTextTables().getCount() >= 2, 30, "the skeleton")
        self.assertTrue(self.gui.alive())
        check_skeleton(self, doc, seed)
        header = doc.getTextTables().getByName("BaoCaoHeader")
        self.assertIn("Số: 16/BC-UBND", header.getCellByName("A2").getString())
        self.assertIn("ngày 08 tháng 5 năm 2025", header.getCellByName("B2").getString())
        text = doc.getText().getString()
        self.assertIn("Công văn số 480/UBND-NC", text)
        self.assertIn("UBND huyện Minh Long", text, "Vietnamese typed by keys arrives intact")
        self.assertIn("công tác dân vận giai đoạn 2021 - 2025", text)

    @staticmethod
    def _alive(window):
        try:
            window.isVisible()
            return True
        except Exception:
            return False



if __name__ == "__main__":
    unittest.main(verbosity=2)
