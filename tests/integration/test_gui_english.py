"""With LibreOffice's UI in English, baocao speaks English: the menu, the wizard's title, roadmap
and page texts, and the messages."""
import os
import unittest

from gui_session import ROLE, GuiOffice, wait_for, walk


class EnglishUiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.gui = GuiOffice(os.environ["BAOCAO_OXT"], locale="en-US")

    @classmethod
    def tearDownClass(cls):
        cls.gui.close()

    def test_wizard_in_english(self):
        self.gui.menu("s")  # Báo cáo > Insert report ~skeleton…
        wizard = wait_for(lambda: self.gui.find_window("Insert report skeleton"), 20, "the English wizard")
        names = [c.getAccessibleName() for c in walk(wizard.getAccessibleContext())]
        for title in ("Template", "Document", "Period", "Request letter", "Sections", "Data file", "Summary"):
            self.assertTrue(any(n.endswith(title) for n in names), title)
        self.assertIn("Choose the template that follows the higher level's outline:", names)
        for label in ("< Back", "Next >", "Finish"):
            self.assertIn(label, names)
        import test_gui_wizard
        titles = ["Template", "Document", "Period", "Request letter", "Sections", "Data file", "Summary"]
        page = test_gui_wizard.WizardTest.page
        test_gui_wizard.WizardTest.assert_all_visible(self, wizard, page(self, wizard, "Template"), titles)
        for _ in range(2):  # to the period step: its English labels, nothing cut
            next(c for c in walk(wizard.getAccessibleContext())
                 if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName() == "Next >").doAccessibleAction(0)
        period = page(self, wizard, "Period")
        names = [c.getAccessibleName() for c in walk(period)]
        for label in ("Kind of period:", "Figures from:", "Deadline (if any):"):
            self.assertIn(label, names)
        test_gui_wizard.WizardTest.assert_all_visible(self, wizard, period, titles)
        cancel = next(c for c in walk(wizard.getAccessibleContext())
                      if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName() == "Cancel")
        cancel.doAccessibleAction(0)
        wait_for(lambda: self.gui.find_window("Insert report skeleton") is None, 20, "the wizard to close")

    def test_check_report_in_english(self):
        self.gui.doc.getText().setString("Báo cáo tình hình")
        self.gui.menu("c")  # Báo cáo > ~Check report…
        dialog = wait_for(lambda: self.gui.find_window("Check report"), 30, "the English results dialog")
        from gui_session import texts_of
        texts = texts_of(dialog)
        self.assertIn("errors to fix before submitting", texts)
        self.assertIn("No report template recognised", texts)
        self.assertIn("── Error (", texts)
        close = next(c for c in walk(dialog.getAccessibleContext())
                     if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName().replace("~", "") == "Close")
        close.doAccessibleAction(0)
        wait_for(lambda: not (self.gui.find_window("Check report") or dialog).isVisible(), 20, "the dialog to close")

    def test_messages_in_english(self):
        doc = self.gui.doc
        path = os.path.join(self.gui.office.out, "ro.odt")
        doc.getText().setString("x")
        import uno
        doc.storeToURL(uno.systemPathToFileUrl(path), ())
        from lo_office import prop
        ro = self.gui.office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                                          (prop("ReadOnly", True),))
        try:
            frame = ro.getCurrentController().getFrame()
            url = uno.createUnoStruct("com.sun.star.util.URL")
            url.Complete = "vnd.baocao:InsertHeader"
            url = self.gui.office.create("com.sun.star.util.URLTransformer").parseStrict(url)[1]
            import threading
            dispatcher = frame.queryDispatch(url, "", 0)
            worker = threading.Thread(target=lambda: dispatcher.dispatch(url, ()), daemon=True)
            worker.start()  # the message box is modal: dispatch returns when it closes
            box = wait_for(lambda: next((w for w in self.gui.top_windows() if w.isVisible()
                                         and "nothing was inserted" in __import__("gui_session").texts_of(w)), None), 20,
                           "the English refusal")
            ok = next(c for c in walk(box.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
            ok.doAccessibleAction(0)
            worker.join(30)
        finally:
            ro.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
