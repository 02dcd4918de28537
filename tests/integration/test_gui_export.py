"""Báo cáo › Xuất gửi đi… by the menu under Xvfb. Without a certificate: the dialog (the folder, its
… button opening the folder picker, PDF/A, the certificate row disabled and saying that none can
sign), the errors-left confirmation, the message saying where the package went, the package on
disk with its check record saying the errors were forced. With the office given the throwaway
NSS database (MOZILLA_CERTIFICATE_FOLDER, the export.certdb fixture): the list offers the one
certificate that can sign (not the expired one, not the one without its private key), the clerk
picks it, and the PDF is signed (poppler's pdfsig)."""
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest

from gui_session import ROLE, GuiTestCase, has_state, texts_of, wait_for, walk
from test_export import VALID, make_report, pdfinfo
from lo_office import chown_tree, uno

TITLE = "Xuất gửi đi"
PICKER = "Chọn thư mục lưu bộ hồ sơ gửi đi"
PACKAGE = "15-BC-UBND_2025-05-07"


def button(window, name):
    return next(c for c in walk(window.getAccessibleContext())
                if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName().replace("~", "") == name)


class ExportGui:
    """What both offices do: a report of their own, the dialog opened from the menu."""

    def open_report(self):
        folder = tempfile.mkdtemp(prefix="baocao-gui-export-")
        self.addCleanup(shutil.rmtree, folder, True)
        os.chmod(folder, 0o777)
        report = make_report(folder)
        os.chmod(report, 0o666)
        doc = self.gui.office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(report), "_default", 0, ())
        self.assertIsNotNone(doc)
        out = os.path.join(folder, "goi")
        os.makedirs(out)
        os.chmod(out, 0o777)
        return folder, doc, out

    def open_dialog(self):
        self.gui.menu("g")
        return wait_for(lambda: self.gui.find_window(TITLE), 30, "the export dialog")

    def certificate_list(self, dialog):
        return next(c for c in walk(dialog.getAccessibleContext()) if c.getAccessibleRole() == ROLE["LIST"])

    def items(self, lst):
        return [lst.getAccessibleChild(i).getAccessibleContext().getAccessibleName() for i in range(lst.getAccessibleChildCount())]

    def export_forced(self, dialog, out):
        """Xuất, Có to the errors-left question; the message window when done."""
        button(dialog, "Xuất").doAccessibleAction(0)
        ask = wait_for(lambda: next((w for w in self.gui.top_windows() if "Vẫn xuất gửi đi?" in texts_of(w)), None),
                       60, "the errors-left question")
        self.assertIn("placeholder.unfilled", texts_of(ask))
        button(ask, "Có").doAccessibleAction(0)
        return wait_for(lambda: next((w for w in self.gui.top_windows() if "Đã xuất bộ hồ sơ gửi đi" in texts_of(w)), None),
                        90, "the message saying where the package went")

    def close(self, window):
        next(c for c in walk(window.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"]).doAccessibleAction(0)


class ExportMenuTest(ExportGui, GuiTestCase):
    def test_the_package_from_the_menu(self):
        folder, doc, out = self.open_report()
        dialog = self.open_dialog()
        texts = [c for c in walk(dialog.getAccessibleContext()) if c.getAccessibleRole() == ROLE["TEXT"]
                 and c.getAccessibleParent().getAccessibleContext().getAccessibleRole() != ROLE["COMBO_BOX"]]
        self.assertEqual(len(texts), 1, "one field: the folder")
        self.assertEqual(texts[0].getText(), folder, "the report's own folder by default")
        self.assertIn("PDF/A-2b", texts_of(dialog))
        # no certificate: the row stays in its place, disabled, and says why
        self.assertIn("Ký số bằng", texts_of(dialog))
        lst = self.certificate_list(dialog)
        self.assertEqual(self.items(lst), ["(không có chứng thư số nào ký được trên máy này)"])
        combo = lst.getAccessibleParent().getAccessibleContext()
        self.assertTrue(has_state(combo, "SHOWING"))
        self.assertFalse(has_state(combo, "ENABLED"), "nothing to choose: the list is disabled")

        # … opens the folder picker; cancelled, the folder stays
        button(dialog, "…").doAccessibleAction(0)
        picker = wait_for(lambda: self.gui.find_window(PICKER), 30, "the folder picker")
        buttons = {re.sub(r" \(\w\)$", "", c.getAccessibleName().replace("~", "")): c
                   for c in walk(picker.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"]}
        cancel = next((b for name, b in buttons.items() if name.lower() in ("thôi", "hủy", "huỷ", "cancel")), None)
        self.assertIsNotNone(cancel, f"no Cancel among the picker's buttons {list(buttons)}")
        cancel.doAccessibleAction(0)
        wait_for(lambda: self.gui.find_window(PICKER) is None or not picker.isVisible(), 20, "the picker to close")
        self.assertEqual(texts[0].getText(), folder, "a cancelled picker changes nothing")

        texts[0].setText(out)
        self.shot("export-dialog.png")
        done = self.export_forced(dialog, out)
        self.shot("export-done.png")
        package = os.path.join(out, PACKAGE)
        self.assertIn(package, texts_of(done))
        self.assertNotIn("Đã ký", texts_of(done))
        self.close(done)
        self.assertTrue(self.gui.alive())
        self.assertEqual(sorted(os.listdir(package)), sorted(PACKAGE + s for s in (".pdf", ".docx", "_so-lieu.xlsx", "_so-lieu.csv")))
        info = pdfinfo(os.path.join(package, PACKAGE + ".pdf"))
        self.assertRegex(info, r"Keywords:\s+baocao-check: .*forced=yes")
        self.assertFalse(doc.isModified(), "the clerk's document keeps no trace")


class SignedExportMenuTest(ExportGui, GuiTestCase):
    @classmethod
    def setUpClass(cls):
        source = os.environ.get("BAOCAO_CERT_DB")
        if not (source and os.path.isdir(source)):
            raise AssertionError("the export.certdb fixture made no database (BAOCAO_CERT_DB)")
        # the office's own copy: it runs as nobody under root, and NSS opens its database to write
        cls.certdb = tempfile.mkdtemp(prefix="baocao-gui-certdb-")
        shutil.rmtree(cls.certdb)
        shutil.copytree(source, cls.certdb)
        chown_tree(cls.certdb)
        os.chmod(cls.certdb, 0o755)
        before = os.environ.get("MOZILLA_CERTIFICATE_FOLDER")
        os.environ["MOZILLA_CERTIFICATE_FOLDER"] = "sql:" + cls.certdb
        try:
            super().setUpClass()
        finally:
            if before is None:
                os.environ.pop("MOZILLA_CERTIFICATE_FOLDER")
            else:
                os.environ["MOZILLA_CERTIFICATE_FOLDER"] = before

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.certdb, ignore_errors=True)

    def test_signed_from_the_dialog(self):
        folder, doc, out = self.open_report()
        dialog = self.open_dialog()
        lst = self.certificate_list(dialog)
        items = self.items(lst)
        self.assertEqual(items[0], "(không ký số)")
        self.assertEqual([i for i in items[1:] if "CN=" in i], [i for i in items[1:]])
        self.assertEqual(len(items), 2, f"only the certificate that can sign (not the expired one, not the one "
                                        f"without its private key): {items}")
        self.assertIn("CN=" + VALID, items[1])
        self.assertTrue(has_state(lst.getAccessibleParent().getAccessibleContext(), "ENABLED"))
        field = next(c for c in walk(dialog.getAccessibleContext()) if c.getAccessibleRole() == ROLE["TEXT"]
                     and c.getAccessibleParent().getAccessibleContext().getAccessibleRole() != ROLE["COMBO_BOX"])
        field.setText(out)
        lst.selectAccessibleChild(1)
        wait_for(lambda: VALID in texts_of(dialog) and lst.isAccessibleChildSelected(1), 10, "the certificate chosen")
        # 25.2 without a window manager may leave the document's window over the dialog after the
        # list's popup: the dialog in front for the picture
        dialog.toFront()
        time.sleep(1)
        self.shot("export-dialog-sign.png")
        done = self.export_forced(dialog, out)
        self.assertIn("Đã ký bằng chứng thư số CN=" + VALID, texts_of(done))
        self.close(done)
        self.assertTrue(self.gui.alive())
        pdf = os.path.join(out, PACKAGE, PACKAGE + ".pdf")
        sig = subprocess.run(["pdfsig", "-nssdir", "sql:" + self.certdb, pdf], capture_output=True, text=True).stdout
        self.assertIn("Signer Certificate Common Name: " + VALID, sig)
        self.assertIn("Signature is Valid.", sig)
        self.assertIn("<pdfaid:part>2</pdfaid:part>", pdfinfo("-meta", pdf))
        self.assertFalse(doc.isModified())


if __name__ == "__main__":
    unittest.main()
