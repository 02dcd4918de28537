"""The live proofreader in Writer's window under Xvfb: installed with the extension, it is the
configured proofreader for vi-VN (LibreOffice activates a newly found one), Writer underlines the
slips of a Vietnamese paragraph, and the context menu of one offers its correction. Screenshots:
docs/proofreader-underlines.png, docs/proofreader-menu.png (tools/screenshots)."""
import time

from gui_session import ROLE, GuiTestCase, wait_for, walk
from lo_office import uno

IMPL = "org.baocao.writer.Proofreader"
SERVICE = "com.sun.star.linguistic2.Proofreader"
TEXT = ("Phó chỉ tịch UBND xã avf các ban để để thực hiện công tác.Ủy ban giao ông ĐứcMạnh, "
        "Thưòng trực HĐND xã kiểm tra.")


def vi_vn():
    loc = uno.createUnoStruct("com.sun.star.lang.Locale")
    loc.Language, loc.Country = "vi", "VN"
    return loc


class ProofreaderGuiTest(GuiTestCase):
    def menu_items(self):
        names = []
        for w in self.gui.top_windows():
            try:
                for c in walk(w.getAccessibleContext()):
                    if c.getAccessibleRole() == ROLE["MENU_ITEM"]:
                        names.append(c.getAccessibleName())
            except Exception:  # a window closing while we look
                continue
        return names

    def test_underlines_and_the_context_menu(self):
        office = self.gui.office
        lsm = office.create("com.sun.star.linguistic2.LinguServiceManager")
        self.assertIn(IMPL, lsm.getAvailableServices(SERVICE, vi_vn()))
        self.assertIn(IMPL, lsm.getConfiguredServices(SERVICE, vi_vn()), "not activated for vi-VN on install")
        props = office.create("com.sun.star.linguistic2.LinguProperties")
        props.setPropertyValue("IsSpellAuto", True)
        props.setPropertyValue("IsGrammarAuto", True)

        doc = self.gui.doc
        body = doc.getText()
        body.setString(TEXT)
        cursor = body.createTextCursor()
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        cursor.setPropertyValue("CharLocale", vi_vn())
        cursor.setPropertyValue("CharHeight", 16.0)
        self.gui.focus_document()
        view = doc.getCurrentController().getViewCursor()
        view.gotoStart(False)
        view.goRight(len("Phó ch"), False)  # inside "chỉ tịch"
        time.sleep(6)  # Writer proofreads when idle
        self.shot("proofreader-underlines.png")

        self.gui.x.key("shift+F10")  # the context menu at the cursor
        items = wait_for(lambda: (lambda n: n if "chủ tịch" in n else None)(self.menu_items()), 20,
                         "the correction in the context menu")
        self.assertIn("chủ tịch", items)
        self.shot("proofreader-menu.png")
        self.gui.x.key("Escape")


if __name__ == "__main__":
    import unittest
    unittest.main()
