"""Báo cáo › Kiểm tra báo cáo on a long report, on the real GUI: past a second the check shows a
progress dialog with a Stop button; clicked with the mouse, the check ends within moments, with no
findings window, a message saying it stopped, the document unchanged and its window given its
input back; the dispatch result says it stopped (a message, or with NoDialog the JSON). A short
check shows no progress dialog at all; a check left to run ends with its findings, the dialog
gone and nothing said of stopping."""
import json
import os
import tempfile
import time
import unittest

import huge_documents as huge
from gui_session import ROLE, GuiTestCase, on_main_thread, press, texts_of, wait_for, walk
from lo_office import prop
from officetest import _Result, _url

PROGRESS = "Đang kiểm tra báo cáo"
FINDINGS = "Kiểm tra báo cáo"
STOPPED = "Đã dừng kiểm tra."
# Long enough that the check reads for several seconds in Writer, short enough that Writer loads it
# in a few (the check reads about 1,000 pages a second in the office, on an idle machine)
PAGES = int(os.environ.get("BAOCAO_CHECK_PAGES", "4000"))
# A report whose check runs past the dialog's second but ends in seconds in a visible window (600
# pages: 4.6 s on 7.4; 150 took 1.1 s, too short; the page lookups move the view cursor and
# repaint, and 4,000 pages took over two minutes)
MEDIUM_PAGES = int(os.environ.get("BAOCAO_CHECK_MEDIUM_PAGES", "600"))


class CheckProgressTest(GuiTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.work = tempfile.mkdtemp(prefix="check-gui-", dir=cls.gui.office.out)
        os.chmod(cls.work, 0o777)  # soffice may run as another user (the 25.2 leg)
        cls.long_path = huge.report(os.path.join(cls.work, f"bao-cao-{PAGES}-trang.odt"), PAGES)
        os.chmod(cls.long_path, 0o666)

    def progress_geometry(self):
        """The progress dialog's place on screen (through X: the office's main thread is busy
        checking and answers UNO calls only between its steps); None when not shown."""
        return self.gui.x.window_geometry(PROGRESS)

    @classmethod
    def tearDownClass(cls):
        if getattr(cls, "long_doc", None) is not None:
            cls.long_doc.close(True)
        super().tearDownClass()

    def long_document(self):
        """The long report in its own window, loaded once for the tests that stop its check."""
        cls = type(self)
        if getattr(cls, "long_doc", None) is None:
            loaded = time.monotonic()
            cls.long_doc = self.gui.office.desktop.loadComponentFromURL("file://" + self.long_path, "_blank", 0, ())
            # laid out, as a report the clerk has had open a while (Writer lays out the rest when idle)
            wait_for(lambda: cls.long_doc.getCurrentController().getPropertyValue("PageCount") >= PAGES, 300, "the layout")
            print(f"\n{PAGES} pages loaded and laid out in {time.monotonic() - loaded:.1f} s")
        return cls.long_doc

    def start_check(self, doc, *args):
        url = _url(self.gui.office.ctx, "vnd.baocao:ValidateReport")
        dispatcher = doc.getCurrentController().getFrame().queryDispatch(url, "", 0)
        listener = _Result()
        started = time.monotonic()
        call = on_main_thread(self.gui.office, lambda: dispatcher.dispatchWithNotification(url, tuple(args), listener))
        return call, listener, started

    def stop_the_check(self, started):
        """Waits for the progress dialog, clicks its Stop button; the seconds it took to go."""
        geometry = wait_for(self.progress_geometry, 120, "the progress dialog")
        self.assertGreater(time.monotonic() - started, 0.9, "shown only once the check has run a second")
        time.sleep(1.5)  # checking on
        self.assertTrue(self.progress_geometry(), "the check still running: make the report longer")
        self.shot("check-progress.png")
        clicked = time.monotonic()
        self.gui.x.click_in(geometry, 186, 47, 220, 62)  # the Stop button's middle (dialogs/Progress.xdl)
        wait_for(lambda: self.progress_geometry() is None, 30, "the progress dialog to go")
        return time.monotonic() - clicked

    def state(self, doc):
        """What a stopped check must leave as it was: the user-defined properties' names, and where
        the view cursor is (the page lookups move it, and put it back)."""
        props = doc.getDocumentProperties().getUserDefinedProperties()
        cursor = doc.getCurrentController().getViewCursor()
        return {"properties": sorted(p.Name for p in props.getPropertySetInfo().getProperties()),
                "cursor": doc.getText().createTextCursorByRange(cursor.getStart())}

    def assert_unchanged(self, doc, before):
        self.assertFalse(doc.isModified(), "the document unchanged")
        self.assertFalse(doc.getUndoManager().isUndoPossible(), "nothing to undo")
        after = self.state(doc)
        self.assertEqual(after["properties"], before["properties"])
        cursor = doc.getCurrentController().getViewCursor()
        self.assertEqual(doc.getText().compareRegionStarts(before["cursor"], cursor.getStart()), 0,
                         "the view cursor where it was")
        self.assertTrue(doc.getCurrentController().getFrame().getContainerWindow().isEnabled(),
                        "the document's window takes input again")
        findings = self.gui.find_window(FINDINGS)  # test 1's, hidden and kept for the next check
        self.assertTrue(findings is None or not findings.isVisible(), "no findings window")
        self.assertTrue(self.gui.alive())

    def test_1_a_short_check_shows_no_progress_dialog(self):
        doc = self.gui.doc
        doc.getText().setString("BÁO CÁO\nKết quả thực hiện công tác dân vận quý I năm 2026.")
        seen = []
        self.gui.menu("b")
        while True:  # until the findings, looking out for the progress dialog all along
            if self.progress_geometry():
                seen.append(True)
            findings = self.gui.find_window(FINDINGS)
            if findings is not None and findings.isVisible():
                break
            time.sleep(0.1)
        self.assertFalse(seen, "no progress dialog for a short check")
        self.assertIsNone(self.gui.find_window(PROGRESS))
        press(findings, "Đóng")
        wait_for(lambda: not findings.isVisible(), 20, "the findings window to close")
        self.assertTrue(doc.getCurrentController().getFrame().getContainerWindow().isEnabled())

    def test_2_stop_ends_a_long_check_with_no_findings_and_nothing_changed(self):
        doc = self.long_document()
        before = self.state(doc)
        call, listener, started = self.start_check(doc)
        took = self.stop_the_check(started)
        print(f"\nstopped {took:.2f} s after the click")
        self.assertLess(took, 3.0, "stopping is prompt")
        message = wait_for(lambda: next((w for w in self.gui.top_windows()
                                         if w.isVisible() and STOPPED in texts_of(w)), None), 60, "the stopped message")
        self.shot("check-stopped.png")
        ok = next(c for c in walk(message.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
        ok.doAccessibleAction(0)
        self.assertTrue(call.done.wait(60), "the command returned")
        self.assertIsNone(call.error)
        self.assertIsNotNone(listener.event, "the result told")
        self.assertEqual(listener.event.State, 0, "FAILURE: the check did not run to its end")
        self.assertEqual(listener.event.Result, STOPPED)
        self.assert_unchanged(doc, before)

    def test_3_stopped_with_no_dialog_the_json_says_so(self):
        doc = self.long_document()
        before = self.state(doc)
        call, listener, started = self.start_check(doc, prop("NoDialog", True))
        self.stop_the_check(started)
        self.assertTrue(call.done.wait(60), "the command returned, with no message box")
        self.assertIsNone(call.error)
        self.assertEqual(listener.event.State, 0)
        result = json.loads(listener.event.Result)
        self.assertTrue(result["stopped"])
        self.assertTrue(result["path"].endswith(os.path.basename(self.long_path)))
        self.assertNotIn("findings", result)
        self.assertFalse([w for w in self.gui.top_windows() if w.isVisible() and STOPPED in texts_of(w)])
        self.assert_unchanged(doc, before)

    def test_4_a_check_left_to_run_ends_with_its_findings_and_the_dialog_gone(self):
        path = huge.report(os.path.join(self.work, f"bao-cao-{MEDIUM_PAGES}-trang.odt"), MEDIUM_PAGES)
        os.chmod(path, 0o666)
        doc = self.gui.office.desktop.loadComponentFromURL("file://" + path, "_blank", 0, ())
        try:
            wait_for(lambda: doc.getCurrentController().getPropertyValue("PageCount") >= MEDIUM_PAGES, 120, "the layout")
            before = self.state(doc)
            call, listener, started = self.start_check(doc, prop("NoDialog", True))
            shown = None
            while not call.done.is_set() and time.monotonic() - started < 300:  # the dialog seen, untouched
                shown = shown or self.progress_geometry()
                time.sleep(0.1)
            took = time.monotonic() - started
            print(f"\n{MEDIUM_PAGES} pages checked in {took:.1f} s")
            self.assertTrue(call.done.is_set(), "the check ended")
            self.assertGreater(took, 1.5, "long enough for the dialog: make the report longer")
            self.assertTrue(shown, "the progress dialog shown while it ran")
            self.assertIsNone(self.progress_geometry(), "and gone when it ended")
            self.assertIsNone(call.error)
            self.assertEqual(listener.event.State, 1, "SUCCESS: the check ran to its end")
            result = json.loads(listener.event.Result)
            self.assertNotIn("stopped", result)
            self.assertTrue(result["findings"], "the findings of the whole report")
            self.assertFalse([w for w in self.gui.top_windows() if w.isVisible() and STOPPED in texts_of(w)])
            self.assert_unchanged(doc, before)
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
