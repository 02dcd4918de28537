"""Báo cáo › Xuất gửi đi… by the menu under Xvfb: the dialog (the folder, PDF/A; no certificate list
when there is no certificate), the errors-left confirmation, the message saying where the package
went; the package on disk with its check record saying the errors were forced."""
import os
import re
import subprocess
import tempfile
import unittest

from gui_session import ROLE, GuiTestCase, texts_of, wait_for, walk
from test_export import make_report, pdfinfo
from lo_office import uno

TITLE = "Xuất gửi đi"


def button(window, name):
    return next(c for c in walk(window.getAccessibleContext())
                if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName().replace("~", "") == name)


class ExportMenuTest(GuiTestCase):
    def test_the_package_from_the_menu(self):
        folder = tempfile.mkdtemp(prefix="baocao-gui-export-")
        os.chmod(folder, 0o777)
        report = make_report(folder)
        os.chmod(report, 0o666)
        doc = self.gui.office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(report), "_default", 0, ())
        self.assertIsNotNone(doc)
        out = os.path.join(folder, "goi")
        os.makedirs(out)
        os.chmod(out, 0o777)
        self.gui.menu("g")
        dialog = wait_for(lambda: self.gui.find_window(TITLE), 30, "the export dialog")
        texts = [c for c in walk(dialog.getAccessibleContext()) if c.getAccessibleRole() == ROLE["TEXT"]]
        self.assertEqual(len(texts), 1, "one field: the folder")
        self.assertEqual(texts[0].getText(), folder, "the report's own folder by default")
        self.assertNotIn("Ký số bằng", texts_of(dialog), "no certificate: no certificate list")
        self.assertIn("PDF/A-2b", texts_of(dialog))
        texts[0].setText(out)
        self.shot("export-dialog.png")
        button(dialog, "Xuất").doAccessibleAction(0)
        ask = wait_for(lambda: next((w for w in self.gui.top_windows() if "Vẫn xuất gửi đi?" in texts_of(w)), None),
                       60, "the errors-left question")
        self.assertIn("placeholder.unfilled", texts_of(ask))
        button(ask, "Có").doAccessibleAction(0)
        done = wait_for(lambda: next((w for w in self.gui.top_windows() if "Đã xuất bộ hồ sơ gửi đi" in texts_of(w)), None),
                        60, "the message saying where the package went")
        self.shot("export-done.png")
        package = os.path.join(out, "15-BC-UBND_2025-05-07")
        self.assertIn(package, texts_of(done))
        next(c for c in walk(done.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"]).doAccessibleAction(0)
        self.assertTrue(self.gui.alive())
        self.assertEqual(sorted(os.listdir(package)), sorted("15-BC-UBND_2025-05-07" + s for s in
                                                             (".pdf", ".docx", "_so-lieu.xlsx", "_so-lieu.csv")))
        info = pdfinfo(os.path.join(package, "15-BC-UBND_2025-05-07.pdf"))
        self.assertRegex(info, r"Keywords:\s+baocao-check: .*forced=yes")
        self.assertFalse(doc.isModified(), "the clerk's document keeps no trace")


if __name__ == "__main__":
    unittest.main()
