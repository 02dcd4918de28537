"""Báo cáo › Tổng hợp báo cáo… on the real GUI: the folder picker (cancelled: nothing changes), the
dialog filled through accessibility, the status bar's progress, the message, and the table opened
in Calc; the summary report's skeleton inserted with the totals as its figures; the progress
dialog's Stop button, clicked while the reports are read: nothing written."""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest

from gui_session import ROLE, GuiTestCase, has_state, on_main_thread, press, texts_of, wait_for, walk
from lo_office import prop
from officetest import _url

SOURCE = os.environ.get("BAOCAO_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
TEMPLATES = os.path.join(SOURCE, "templates")
COMMUNES = [("Long Môn", "long-mon", 428, 5), ("Ba Điền", "ba-dien", 1200, 30)]
TITLE = "Tổng hợp báo cáo"
PROGRESS = "Đang tổng hợp báo cáo"


def make_reports(work):
    """Two communes' reports made by `baocao new` from their own data files."""
    inbox = os.path.join(work, "bao-cao-nhan")
    os.makedirs(inbox)
    os.chmod(inbox, 0o777)  # soffice may run as another user (the 25.2 leg)
    with open(os.path.join(TEMPLATES, "samples", "profile-long-mon.json"), encoding="utf-8") as f:
        base = json.load(f)
    with open(os.path.join(TEMPLATES, "samples", "so-lieu-long-mon.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for name, slug, dtts, kinh in COMMUNES:
        for row in rows:
            if row[0] in ("ho_dan_dan_toc_thieu_so", "ho_dan_kinh", "ho_dan_tong"):
                row[2] = str({"ho_dan_dan_toc_thieu_so": dtts, "ho_dan_kinh": kinh, "ho_dan_tong": dtts + kinh}[row[0]])
        data = os.path.join(work, f"so-lieu-{slug}.csv")
        with open(data, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
        profile = dict(base, Agency=f"Ủy ban nhân dân xã {name}", PlaceName=name)
        profile.pop("ParentAgency", None)
        profile_path = os.path.join(work, f"profile-{slug}.json")
        with open(profile_path, "w", encoding="utf-8") as f:
            json.dump(profile, f, ensure_ascii=False)
        r = subprocess.run([os.environ["BAOCAO_CLI"], "new", "--lang", "vi", "--template", "dan-van-2021-2025", "--answers",
                            os.path.join(TEMPLATES, "samples", "answers-dan-van.json"), "--profile", profile_path,
                            "--data", data, "-o", os.path.join(inbox, f"{slug}.odt")],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            raise AssertionError(f"baocao new failed:\n{r.stdout}{r.stderr}")
    return inbox


class CollectMenuTest(GuiTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.work = tempfile.mkdtemp(prefix="collect-gui-", dir=cls.gui.office.out)
        os.chmod(cls.work, 0o777)
        cls.inbox = make_reports(cls.work)

    def dialog_of(self, call):
        """The collect dialog the dispatch `call` (on_main_thread's) opened. A command that ends
        without it fails at once, saying what it returned and what the screen shows; one that
        never shows it says where the call stood."""
        try:
            found = wait_for(lambda: self.gui.find_window(TITLE) or call.done.is_set(), 30, "the collect dialog")
        except AssertionError as e:
            raise AssertionError(f"{e}\n{call.state()}") from None
        if found is True:
            shown = [texts_of(w)[:300] for w in self.gui.top_windows() if w.isVisible()]
            self.fail(f"the command ended without its dialog: {call.state()}; windows shown: {shown}")
        return found

    def calc_documents(self):
        found = []
        comps = self.gui.office.desktop.getComponents().createEnumeration()
        while comps.hasMoreElements():
            c = comps.nextElement()
            if c.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
                found.append(c)
        return found

    def test_1_the_menu_opens_the_folder_picker_and_cancel_changes_nothing(self):
        before = self.gui.doc.getText().getString()
        self.gui.menu("h")
        picker = wait_for(lambda: self.gui.find_window("Chọn thư mục chứa các báo cáo nhận được"), 20, "the folder picker")
        self.shot("collect-folder-picker.png")
        # no window manager gives the picker the keyboard: its Cancel button, through accessibility
        # "Cancel" in 7.4's picker, "Huỷ (C)" in 25.2's (the mnemonic in brackets, the old tone placement)
        buttons = {re.sub(r" \(\w\)$", "", c.getAccessibleName().replace("~", "")): c
                   for c in walk(picker.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"]}
        cancel = next((b for name, b in buttons.items() if name.lower() in ("thôi", "hủy", "huỷ", "cancel")), None)
        self.assertIsNotNone(cancel, f"no Cancel among the picker's buttons {list(buttons)}")
        cancel.doAccessibleAction(0)
        wait_for(lambda: self.gui.find_window("Chọn thư mục chứa các báo cáo nhận được") is None or not picker.isVisible(),
                 20, "the picker to close")
        self.assertTrue(self.gui.alive())
        self.assertEqual(self.gui.doc.getText().getString(), before, "cancel changes nothing")
        self.assertIsNone(self.gui.find_window(TITLE), "no dialog after a cancelled picker")
        self.assertFalse(self.calc_documents())

    def test_2_the_dialog_collects_the_folder_opens_calc_and_inserts_the_summary(self):
        doc = self.gui.doc
        doc.getText().setString("")
        out = os.path.join(self.work, "tong-hop-quy-1.ods")
        frame = doc.getCurrentController().getFrame()
        url = _url(self.gui.office.ctx, "vnd.baocao:CollectReports")
        dispatcher = frame.queryDispatch(url, "", 0)
        # Folder: as the picker would have answered; the dialog, the message and Calc are real.
        # On the office's main thread, where the menu runs the command (not on a bridge thread,
        # whose modal dialog would turn a second event loop beside the main thread's); not waited
        # for: the dialog is modal and the call returns only when the command is done.
        call = on_main_thread(self.gui.office, lambda: dispatcher.dispatch(url, (prop("Folder", self.inbox),)))
        dialog = self.dialog_of(call)
        fields = [c for c in walk(dialog.getAccessibleContext()) if c.getAccessibleRole() == ROLE["TEXT"]]
        texts = [f.getText() for f in fields]
        self.assertIn(self.inbox, texts, "the folder picked")
        self.assertIn(self.inbox + "-tong-hop.ods", texts, "the table beside the folder by default")
        next(f for f in fields if f.getText().endswith("-tong-hop.ods")).setText(out)
        box = next(c for c in walk(dialog.getAccessibleContext())
                   if c.getAccessibleName().startswith("Chèn khung báo cáo tổng hợp"))
        box.doAccessibleAction(0)
        wait_for(lambda: has_state(box, "CHECKED"), 10, "the summary box ticked")
        self.shot("collect-dialog.png")
        press(dialog, "Tổng hợp")
        message = wait_for(lambda: next((w for w in self.gui.top_windows()
                                         if w.isVisible() and "Đã ghi bảng tổng hợp" in texts_of(w)), None),
                           120, "the message saying what was done")
        said = texts_of(message)
        self.assertIn("2 báo cáo: 2 được cộng vào tổng, 0 không cộng", said)
        self.assertIn(out, said)
        self.shot("collect-message.png")
        ok = next(c for c in walk(message.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
        ok.doAccessibleAction(0)
        self.assertTrue(call.done.wait(60), f"the command returned: {call.state()}")
        self.assertIsNone(call.error)
        sheet_doc = wait_for(lambda: next(iter(self.calc_documents()), None), 60, "the table opened in Calc")
        self.assertTrue(sheet_doc.getURL().endswith("tong-hop-quy-1.ods"))
        summary = sheet_doc.getSheets().getByName("Tổng hợp")
        heading = {summary.getCellByPosition(c, 0).getString(): c for c in range(40)}
        total = summary.getCellByPosition(heading["Số hộ đồng bào dân tộc thiểu số (hộ)"], 3)
        self.assertEqual(summary.getCellByPosition(1, 3).getString(), "Tổng cộng")
        self.assertEqual(total.getValue(), 428 + 1200)
        self.assertEqual(total.getString(), "1.628")
        # painted: the Calc window on screen, and a moment for its first paint
        wait_for(lambda: self.gui.x.run("xdotool", "search", "--onlyvisible", "--name", "LibreOffice Calc",
                                        check=False).stdout.split(), 30, "the Calc window on screen")
        # as a clerk reads it: the header and the units kept in view (frozen by the file itself),
        # the figures scrolled in beside them
        view = sheet_doc.getCurrentController()
        self.assertTrue(view.hasFrozenPanes(), "the table opens with its header and units frozen")
        self.assertEqual((view.getSplitColumn(), view.getSplitRow()), (2, 1))
        view.getByIndex(view.getCount() - 1).setFirstVisibleColumn(8)
        time.sleep(3)
        self.shot("collect-calc.png")
        text = doc.getText().getString()
        self.assertIn("Số hộ đồng bào dân tộc thiểu số: 1.628 hộ", text, "the summary's figures are the totals")
        self.assertIn("Tổng số hộ: 1.663 hộ", text)
        self.assertTrue(self.gui.alive())
        sheet_doc.close(True)

    def test_4_stop_in_the_progress_dialog_writes_nothing(self):
        """Started as the menu starts it (on the main thread), the reports read one after the other
        with a modeless progress dialog; its Stop button, clicked with the mouse while files remain,
        ends the command: a message says how far it got, and no table is written (one with the
        reports read so far would look like the folder's)."""
        many = os.path.join(self.work, "nhieu-bao-cao")
        os.makedirs(many)
        os.chmod(many, 0o777)
        total = 150  # long enough a run to stop in the middle, also on an idle machine (~0.1 s a file)
        for n in range(total):
            slug = COMMUNES[n % 2][1]
            shutil.copy(os.path.join(self.inbox, f"{slug}.odt"), os.path.join(many, f"{n:02}-{slug}.odt"))
        out = os.path.join(self.work, "dung-giua-chung.ods")
        doc = self.gui.doc
        before = doc.getText().getString()
        url = _url(self.gui.office.ctx, "vnd.baocao:CollectReports")
        dispatcher = doc.getCurrentController().getFrame().queryDispatch(url, "", 0)
        call = on_main_thread(self.gui.office, lambda: dispatcher.dispatch(url, (prop("Folder", many), prop("Output", out))))
        dialog = self.dialog_of(call)
        press(dialog, "Tổng hợp")
        # the progress dialog, found and clicked through X alone: while the reports are read the
        # main thread holds the office, and runs its events only between files
        wait_for(lambda: self.gui.x.window_geometry(PROGRESS), 60, "the progress dialog")
        time.sleep(1)  # a few files read
        self.shot("collect-progress.png")
        geometry = wait_for(lambda: self.gui.x.window_geometry(PROGRESS), 20, "the progress dialog, still there")
        self.gui.x.click_in(geometry, 186, 47, 220, 62)  # the Stop button's middle (dialogs/Progress.xdl)
        message = wait_for(lambda: next((w for w in self.gui.top_windows()
                                         if w.isVisible() and "Đã dừng tổng hợp" in texts_of(w)), None),
                           180, "the message saying the collect was stopped")
        said = texts_of(message)
        got = re.search(rf"Đã dừng tổng hợp sau (\d+)/{total} báo cáo; không ghi bảng tổng hợp nào", said)
        self.assertIsNotNone(got, said)
        self.assertLess(int(got.group(1)), total, "stopped while files remained")
        self.shot("collect-stopped.png")
        ok = next(c for c in walk(message.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
        ok.doAccessibleAction(0)
        self.assertTrue(call.done.wait(60), "the command returned")
        self.assertIsNone(call.error)
        self.assertFalse(os.path.exists(out), "no table written")
        self.assertFalse(os.path.exists(os.path.join(self.work, ".dung-giua-chung.ods.part")), "nor a partial one")
        self.assertEqual(doc.getText().getString(), before, "the document unchanged")
        self.assertIsNone(self.gui.find_window(PROGRESS), "the progress dialog gone")
        self.assertFalse(self.calc_documents())
        self.assertTrue(self.gui.alive())

    def test_3_a_read_only_document_asked_for_the_summary_changes_nothing(self):
        from officetest import _Result
        report = self.gui.office.desktop.loadComponentFromURL(
            "file://" + os.path.join(self.inbox, "long-mon.odt"), "_blank", 0, (prop("ReadOnly", True),))
        try:
            before = report.getText().getString()
            out = os.path.join(self.work, "khong-ghi.ods")
            url = _url(self.gui.office.ctx, "vnd.baocao:CollectReports")
            dispatcher = report.getCurrentController().getFrame().queryDispatch(url, "", 0)
            listener = _Result()
            dispatcher.dispatchWithNotification(url, (prop("Folder", self.inbox), prop("Output", out),
                                                      prop("InsertSummary", True), prop("NoDialog", True)), listener)
            self.assertFalse(listener.event.State)
            self.assertIn("chỉ đọc", listener.event.Result)
            self.assertFalse(os.path.exists(out), "nothing written")
            self.assertEqual(report.getText().getString(), before)
            self.assertTrue(self.gui.alive())
        finally:
            report.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
