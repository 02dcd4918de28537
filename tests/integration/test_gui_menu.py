"""The real menu path: Xvfb, the keyboard on the Báo cáo menu, the .xdl dialog through
accessibility. An exception escaping dispatch() on this path terminates soffice (bridge tests
cannot see that); here a real failure must end in a message box with LibreOffice still running."""
import os
import unittest

from gui_session import ROLE, GuiTestCase, texts_of, wait_for, walk


class MenuPathTest(GuiTestCase):
    def test_1_insert_header_from_the_menu(self):
        doc = self.gui.doc
        doc.getText().setString("Nội dung báo cáo")
        self.gui.focus_document()
        self.gui.x.key("ctrl+Home", "alt+b")
        self.shot("menu.png")
        self.gui.x.key("t")
        wait_for(lambda: doc.getTextTables().hasByName("BaoCaoHeader"), 20, "the header table")
        self.assertTrue(self.gui.alive())
        table = doc.getTextTables().getByName("BaoCaoHeader")
        self.assertIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", table.getCellByName("B1").getString())
        self.shot("header-empty-profile.png")

    def test_2_settings_dialog_saves_the_profile(self):
        self.gui.menu("c")
        dialog = wait_for(lambda: self.gui.find_window("Thông tin cơ quan"), 20, "the agency profile dialog")
        fields = {c.getAccessibleName(): c for c in walk(dialog.getAccessibleContext())
                  if c.getAccessibleRole() == ROLE["TEXT"]}
        values = {"Tên cơ quan ban hành:": "Ủy ban nhân dân xã Long Môn", "Chữ viết tắt tên cơ quan:": "UBND",
                  "Địa danh:": "Long Môn", "Cơ quan chủ quản (nếu có):": "UBND huyện Vân Hồ"}
        for label, value in values.items():
            self.assertIn(label, fields, f"no text field labelled {label!r}; have {list(fields)}")
            fields[label].setText(value)
        self.shot("settings.png")
        ok = next(c for c in walk(dialog.getAccessibleContext())
                  if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName() == "Đồng ý")
        ok.doAccessibleAction(0)
        wait_for(lambda: self.gui.find_window("Thông tin cơ quan") is None, 20, "the dialog to close")
        profile = self.read_profile()
        self.assertEqual(profile["Agency"], "Ủy ban nhân dân xã Long Môn")
        self.assertEqual(profile["PlaceName"], "Long Môn")

    def test_3_a_real_failure_shows_a_message_and_office_survives(self):
        dialog_file = os.path.join(self.gui.uno_package_dir(), "dialogs", "AgencyProfile.xdl")
        os.chmod(dialog_file, 0)  # a broken installation: the dialog cannot be read
        try:
            self.gui.menu("c")
            box = wait_for(lambda: next((w for w in self.gui.top_windows()
                                         if "Không thực hiện được lệnh" in texts_of(w)), None), 20, "the error message")
            self.shot("error-message.png")
            self.assertTrue(self.gui.alive(), "soffice must survive a failing command")
            self.assertIn("Thông tin cơ quan", texts_of(box))
            ok = next(c for c in walk(box.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
            ok.doAccessibleAction(0)  # no window manager gives the box the keyboard focus
            wait_for(lambda: not any(w.isVisible() and "Không thực hiện được lệnh" in texts_of(w)
                                     for w in self.gui.top_windows()),
                     20, "the message box to close")
        finally:
            os.chmod(dialog_file, 0o644)
        self.assertTrue(self.gui.alive())
        self.assertTrue(self.gui.doc.getTextTables().hasByName("BaoCaoHeader"), "the clerk's document is intact")
        with open(os.path.join(self.gui.office.profile, "user", "baocao.log"), encoding="utf-8") as f:
            log = f.read()
        self.assertIn("vnd.baocao:AgencySettings failed", log)

    def test_4_profile_is_remembered_across_restarts(self):
        self.gui.restart()
        self.assertEqual(self.read_profile()["Agency"], "Ủy ban nhân dân xã Long Môn")
        doc = self.gui.doc
        self.gui.menu("t")
        wait_for(lambda: doc.getTextTables().hasByName("BaoCaoHeader"), 20, "the header table")
        a1 = doc.getTextTables().getByName("BaoCaoHeader").getCellByName("A1").getString()
        self.assertIn("XÃ LONG MÔN", a1)
        self.shot("header.png")

    def read_profile(self):
        from officetest import PROFILE_KEYS, PROFILE_NODE
        node = self.gui.office.config(PROFILE_NODE)
        return {k: node.getByName(k) for k in PROFILE_KEYS}


if __name__ == "__main__":
    unittest.main(verbosity=2)
