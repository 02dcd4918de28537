"""A machine where the extension's library cannot load (a library or symbol missing on some
build): the Báo cáo menu must not go dead. The entry library, which needs only LibreOffice's URE,
answers every command with a message naming the loader's cause, logs it, and LibreOffice and the
document carry on. The .oxt under test is the real one with its component library swapped for one
that needs a library no machine has."""
import os
import shutil
import tempfile
import unittest
import zipfile

from gui_session import ROLE, GuiOffice, texts_of, wait_for, walk

HEADLINE_VI = "Phần mở rộng Báo cáo không khởi động được trên máy này"


def broken_oxt(good, unloadable, folder):
    out = os.path.join(folder, "baocao-broken.oxt")
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        libs = [n for n in names if n.endswith("/baocao.uno.so")]
        assert libs, f"no baocao.uno.so in {good}: {names}"
        for n in names:
            if n in libs:
                dst.write(unloadable, n)
            else:
                dst.writestr(n, src.read(n))
    return out


class LoadFailureTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="baocao-broken-")
        os.chmod(cls.tmp, 0o755)
        oxt = broken_oxt(os.environ["BAOCAO_OXT"], os.environ["BAOCAO_UNLOADABLE_LIB"], cls.tmp)
        os.chmod(oxt, 0o644)
        cls.gui = GuiOffice(oxt)

    @classmethod
    def tearDownClass(cls):
        cls.gui.close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def shot(self, name):
        if os.environ.get("BAOCAO_SCREENSHOTS"):
            self.gui.x.screenshot(os.path.join(os.environ["BAOCAO_SCREENSHOTS"], name))

    def test_a_menu_command_names_the_cause_and_office_survives(self):
        doc = self.gui.doc
        doc.getText().setString("Nội dung chưa lưu")
        self.gui.menu("t", "b")  # Chèn tiêu đề văn bản › Báo cáo
        box = wait_for(lambda: next((w for w in self.gui.top_windows() if HEADLINE_VI in texts_of(w)), None),
                       20, "the message that the extension did not start")
        self.shot("load-failure.png")
        text = texts_of(box)
        self.assertIn("libbaocao_missing.so", text, "the message names the loader's cause")
        self.assertIn("CNTT", text, "the message says whom to tell")
        ok = next(c for c in walk(box.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
        ok.doAccessibleAction(0)
        wait_for(lambda: not any(w.isVisible() and HEADLINE_VI in texts_of(w) for w in self.gui.top_windows()),
                 20, "the message box to close")
        self.assertTrue(self.gui.alive(), "soffice must survive")
        self.assertEqual(doc.getText().getString(), "Nội dung chưa lưu", "the clerk's document is untouched")
        self.assertFalse(doc.getTextTables().hasByName("BaoCaoHeader"))
        with open(os.path.join(self.gui.office.profile, "user", "baocao.log"), encoding="utf-8") as f:
            log = f.read()
        self.assertIn("did not start", log)
        self.assertIn("libbaocao_missing.so", log)


if __name__ == "__main__":
    unittest.main()
