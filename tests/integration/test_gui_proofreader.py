"""The live proofreader in Writer's window under Xvfb: installed with the extension, it is the
configured proofreader for vi-VN (LibreOffice activates a newly found one), Writer underlines the
slips of a Vietnamese paragraph, and the context menu of one offers its correction. Screenshots:
docs/proofreader-underlines.png, docs/proofreader-menu.png (tools/screenshots). Typing into the
seed report is not slowed: a burst of insertString with the proofreader on and off."""
import os
import statistics
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


SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "seed-report-dan-van-2021-2025.txt")


class ProofreaderGuiTest(GuiTestCase):
    def set_enabled(self, on):
        node = self.gui.office.config("/org.baocao.Settings/Proofreading", update=True)
        node.replaceByName("Enabled", on)
        node.commitChanges()
        time.sleep(3.5)  # the proofreader reads its setting again after 3 s

    def test_typing_burst_is_not_slowed(self):
        """The seed report's 51 paragraphs in vi-VN; 3 × 100 insertString calls at its end, each
        burst followed by Writer's idle proofreading, with the setting off then on: clean words
        (what a clerk mostly types) and words that are each a slip (every call adds three
        underlines to the paragraph)."""
        doc = self.gui.doc
        body = doc.getText()

        def burst(words):
            with open(SEED, encoding="utf-8") as f:
                body.setString(f.read())
            cursor = body.createTextCursor()
            cursor.gotoStart(False)
            cursor.gotoEnd(True)
            cursor.setPropertyValue("CharLocale", vi_vn())
            time.sleep(2)
            end = body.createTextCursor()
            end.gotoEnd(False)
            times = []
            for _ in range(3):
                t0 = time.monotonic()
                for _ in range(100):
                    body.insertString(end, words, False)
                times.append(time.monotonic() - t0)
                time.sleep(2)  # Writer proofreads the changed paragraph while idle
            return statistics.median(times)

        clean, slips = "công tác dân vận chính quyền ", "Phó chỉ tịch avf để để "
        try:
            self.set_enabled(False)
            off = {w: burst(w) for w in (clean, slips)}
            self.set_enabled(True)
            on = {w: burst(w) for w in (clean, slips)}
        finally:
            self.set_enabled(True)
        for w, name in ((clean, "clean words"), (slips, "slips")):
            print(f"\n[ timing ] 100 insertString calls of {name} into the seed report: {off[w] * 1000:.0f} ms with "
                  f"the proofreader off, {on[w] * 1000:.0f} ms on (median of 3 bursts)")
        self.assertLess(on[clean], 2 * off[clean] + 1.0)  # generous: a loaded two-core machine

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
