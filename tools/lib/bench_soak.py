"""The soak: one LibreOffice with the extension through a clerk's long day, counting what is left behind.

One soffice, visible on an Xvfb display (tests/integration/gui_session.py), runs
  cycles:   CYCLES times (500): a new Writer document; the seed report's skeleton inserted
            (InsertReport with templates/samples/answers-dan-van.json and so-lieu-long-mon.csv);
            its figures refreshed from a second data file whose counts differ (RefreshFigures,
            Confirm=True: the Cập nhật số liệu command without its preview); the check
            (ValidateReport, NoDialog=True); undo through the document's UndoManager until
            nothing is left, the body then empty (no text, table, bookmark or field); closed.
            The documents are visible windows, as a clerk's are.
  dialogs:  DIALOGS times (100) the report wizard opened (ReportWizard, on the office's main
            thread, where the menu runs it) and cancelled with its Thôi button; DIALOGS times the
            findings dialog opened (ValidateReport with the dialog) and closed with its Đóng
            button, ten times in each of DIALOGS/10 documents holding the skeleton (the dialog is
            kept hidden per window until the window closes).
Counted through UNO before, at every checkpoint (every 50 cycles) and at the end: documents
(Desktop.getComponents), frames (Desktop.getFrames), top windows (the Toolkit's
XExtendedToolkit, listed on the office's main thread; hidden ones included: a findings dialog kept
for a window is one); from /proc: soffice.bin's resident memory (VmRSS), threads and open files.
Goals (exit 1 when one is missed): no crash; every cycle's undo leaves an empty body; documents,
frames and top windows at the end as after the first cycle; threads and open files at the end
within 10 of the first checkpoint; VmRSS after the last cycle within 1.1x of the first checkpoint.
Prints a line per checkpoint (the trend) and the medians of a cycle and its steps.
Baseline (BASELINE=0 skips it): as many cycles of LibreOffice's own, in a second fresh office without
the extension: the soak's skeleton, saved by its office as .odt at the end, inserted by insertDocumentFromURL, undone, closed; its
VmRSS ratio says how much of the soak's growth LibreOffice shows by itself.
Usage: [CYCLES=500] [DIALOGS=100] [CHECKPOINT=50] [BASELINE=1] bench_soak.py [OXT]
"""
import csv
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from bench_figures import dispatch  # noqa: E402
from bench_validate import _OnMainThread, rss_mb, soffice_bin  # noqa: E402
from gui_session import GuiOffice, press, texts_of, wait_for, wizard_button  # noqa: E402
from lo_office import office_version, prop, uno  # noqa: E402
from officetest import LONG_MON, PROFILE_KEYS, PROFILE_NODE, _url  # noqa: E402

CYCLES = int(os.environ.get("CYCLES", "500"))
DIALOGS = int(os.environ.get("DIALOGS", "100"))
BASELINE = os.environ.get("BASELINE", "1") != "0"
CHECKPOINT = int(os.environ.get("CHECKPOINT", "50" if CYCLES >= 100 else str(max(1, CYCLES // 4))))
SAMPLES = os.path.join(ROOT, "templates", "samples")
WIZARD = "Chèn khung báo cáo"
FINDINGS = "Kiểm tra báo cáo"


# --- what is counted -----------------------------------------------------------------------------

def proc_count(pid, what):
    if what == "fds":
        return len(os.listdir(f"/proc/{pid}/fd"))
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("Threads:"))


def counts(gui, pid):
    office = gui.office
    docs = 0
    e = office.desktop.getComponents().createEnumeration()
    while e.hasMoreElements():
        e.nextElement()
        docs += 1
    windows = gui.listed(60)  # on the office's main thread (gui_session.GuiOffice.top_windows), idle here
    if windows is None:
        raise RuntimeError("the office's main thread did not list its windows within 60 s")
    return {"documents": docs, "frames": office.desktop.getFrames().getCount(),
            "top windows": len(windows),
            "visible top windows": sum(1 for w in windows if w.isVisible()),
            "threads": proc_count(pid, "threads"), "open files": proc_count(pid, "fds"),
            "VmRSS MB": round(rss_mb(pid), 1)}


def show(label, c):
    print(f"{label:>22}: " + ", ".join(f"{k} {v}" for k, v in c.items()), flush=True)


# --- one cycle -----------------------------------------------------------------------------------

def data_files(office):
    """The sample data file, and a copy whose whole-number counts are one higher (every refresh changes them)."""
    a = os.path.join(office.out, "so-lieu-a.csv")
    b = os.path.join(office.out, "so-lieu-b.csv")
    shutil.copy(os.path.join(SAMPLES, "so-lieu-long-mon.csv"), a)
    with open(a, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    changed = 0
    for r in rows[1:]:
        if r[2].isdigit():
            r[2], changed = str(int(r[2]) + 1), changed + 1
    with open(b, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    for p in (a, b):
        os.chmod(p, 0o644)
    return a, b, changed


def body_left(doc):
    """What the undo left in the body: text, tables, bookmarks, fields (all nothing when it undid everything).
    The report's styles stay, as styles made through the API do in Writer: its page style's header
    holds a page number field, not counted here."""
    fields = 0
    e = doc.getTextFields().createEnumeration()
    while e.hasMoreElements():
        if e.nextElement().getAnchor().getText().getImplementationName() == "SwXBodyText":
            fields += 1
    return {"text": len(doc.getText().getString()), "tables": doc.getTextTables().getCount(),
            "bookmarks": doc.getBookmarks().getCount(), "fields": fields}


def cycle(office, answers, data_b, steps):
    t = [time.perf_counter()]
    doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
    t.append(time.perf_counter())
    _, inserted = dispatch(office, doc, "vnd.baocao:InsertReport", Answers=answers)
    t.append(time.perf_counter())
    _, refreshed = dispatch(office, doc, "vnd.baocao:RefreshFigures", DataFile=data_b, Confirm=True)
    t.append(time.perf_counter())
    _, checked = dispatch(office, doc, "vnd.baocao:ValidateReport", NoDialog=True)
    findings = len(json.loads(checked)["findings"])
    t.append(time.perf_counter())
    undo = doc.getUndoManager()
    undone = 0
    while undo.isUndoPossible():
        undo.undo()
        undone += 1
    left = body_left(doc)
    t.append(time.perf_counter())
    doc.close(True)
    t.append(time.perf_counter())
    for name, a, b in zip(("new", "insert", "refresh", "check", "undo", "close"), t, t[1:]):
        steps.setdefault(name, []).append((b - a) * 1000)
    steps.setdefault("cycle", []).append((t[-1] - t[0]) * 1000)
    return {"inserted": inserted, "refreshed": refreshed, "findings": findings, "undone": undone, "left": left}


# --- the dialogs ---------------------------------------------------------------------------------

def on_main_thread_async(office, f):
    """f() on soffice's main thread (as the menu runs a command), not waited for: a modal dialog blocks it."""
    call = _OnMainThread(f)
    office.create("com.sun.star.awt.AsyncCallback").addCallback(call, None)
    return call


def command(office, doc, name, **args):
    """The command dispatched on the main thread, its dispatch handle returned (not waited for)."""
    frame = doc.getCurrentController().getFrame()
    url = _url(office.ctx, name)
    d = frame.queryDispatch(url, "", 0)
    return on_main_thread_async(office, lambda: d.dispatch(url, tuple(prop(k, v) for k, v in args.items())))


def what_shows(gui, call):
    """For a failure's message: the dispatch's state and the visible windows' texts."""
    shown = [texts_of(w)[:300] for w in gui.top_windows() if w.isVisible()]
    return f"dispatch returned: {call.done.is_set()}, error: {call.error!r}; visible windows: {shown}; alive: {gui.alive()}"


def wizard_cycle(gui):
    doc = gui.doc
    before = doc.getText().getString()
    call = command(gui.office, doc, "vnd.baocao:ReportWizard")
    try:
        wizard = wait_for(lambda: gui.find_window(WIZARD), 30, "the wizard")
    except AssertionError as e:
        raise RuntimeError(f"{e}; {what_shows(gui, call)}") from None
    press(wizard, wizard_button("cancel"))
    wait_for(lambda: gui.find_window(WIZARD) is None, 30, "the wizard to close")
    if not call.done.wait(60):
        raise RuntimeError("the wizard's dispatch did not return after Thôi")
    if call.error is not None:
        raise call.error
    if doc.getText().getString() != before:
        raise RuntimeError("the cancelled wizard changed the document")


def findings_cycle(gui, doc):
    call = command(gui.office, doc, "vnd.baocao:ValidateReport")
    try:
        dialog = wait_for(lambda: (lambda w: w if w is not None and w.isVisible() else None)(gui.find_window(FINDINGS)),
                          30, "the findings dialog")
    except AssertionError as e:
        raise RuntimeError(f"{e}; {what_shows(gui, call)}") from None
    if not call.done.wait(60):
        raise RuntimeError("the check's dispatch did not return with its dialog open")
    press(dialog, "Đóng")
    wait_for(lambda: not dialog.isVisible(), 30, "the findings dialog to close")


# --- the baseline: LibreOffice's own cycle -------------------------------------------------------

def profile_and_answers(office):
    node = office.config(PROFILE_NODE, update=True)
    for key in PROFILE_KEYS:
        node.replaceByName(key, LONG_MON.get(key, "BC" if key == "TypeCode" else ""))
    node.commitChanges()
    data_a, data_b, changed = data_files(office)
    with open(os.path.join(SAMPLES, "answers-dan-van.json"), encoding="utf-8") as f:
        answers = json.load(f)
    answers["data"] = data_a
    return json.dumps(answers, ensure_ascii=False), data_b, changed


def skeleton_odt(office, answers):
    """The soak's skeleton (our InsertReport) saved as .odt in a new folder any user can read (the
    baseline's office runs as nobody under root); the caller removes the folder."""
    doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    dispatch(office, doc, "vnd.baocao:InsertReport", Answers=answers)
    saved = os.path.join(office.out, "skeleton.odt")
    doc.storeToURL(uno.systemPathToFileUrl(saved), (prop("FilterName", "writer8"),))
    doc.close(True)
    folder = tempfile.mkdtemp(prefix="baocao-soak-")
    os.chmod(folder, 0o755)
    shutil.copy(saved, os.path.join(folder, "skeleton.odt"))
    os.chmod(os.path.join(folder, "skeleton.odt"), 0o644)
    return os.path.join(folder, "skeleton.odt")


def baseline(skeleton):
    """The same number of cycles in a second, fresh office without the extension: a new document,
    the skeleton .odt (made by the soak's office) inserted by LibreOffice (insertDocumentFromURL),
    undone, closed. What LibreOffice's own memory does over as many documents with none of our code
    loaded; returns {cycle: VmRSS MB}, the cycle median."""
    gui = GuiOffice(None)
    office = gui.office
    try:
        pid = soffice_bin(office)
        odt = uno.systemPathToFileUrl(skeleton)
        marks, ms = {}, []
        for i in range(1, CYCLES + 1):
            t0 = time.perf_counter()
            doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
            doc.getText().createTextCursor().insertDocumentFromURL(odt, ())
            undo = doc.getUndoManager()
            while undo.isUndoPossible():
                undo.undo()
            left = body_left(doc)
            doc.close(True)
            ms.append((time.perf_counter() - t0) * 1000)
            if any(left.values()):
                raise RuntimeError(f"baseline cycle {i}: the undo left {left}")
            if i % CHECKPOINT == 0 or i == CYCLES:
                marks[i] = rss_mb(pid)
        print("baseline, LibreOffice without the extension inserting the skeleton (.odt), undone, closed; VmRSS MB: "
              + ", ".join(f"{i}: {mb:.0f}" for i, mb in marks.items()), flush=True)
        return marks, statistics.median(ms)
    finally:
        gui.close()


# --- the soak ------------------------------------------------------------------------------------

def main():
    oxt = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "dev", "baocao.oxt")
    started = time.time()
    gui = GuiOffice(oxt)
    office = gui.office
    failures = []
    try:
        version = office_version()
        pid = soffice_bin(office)
        answers, data_b, changed = profile_and_answers(office)
        with open("/proc/loadavg") as f:
            load = f.read().split()[:3]
        print(f"LibreOffice {version}, soffice.bin pid {pid}; {CYCLES} cycles (checkpoint every {CHECKPOINT}), "
              f"{DIALOGS} wizards, {DIALOGS} findings dialogs; load average {' '.join(load)}", flush=True)
        show("started", counts(gui, pid))

        steps, marks, first = {}, {}, None
        for i in range(1, CYCLES + 1):
            r = cycle(office, answers, data_b, steps)
            if i == 1:
                first = r
                after_first = counts(gui, pid)
                print(f"cycle 1: {r['inserted'].splitlines()[0] if r['inserted'] else ''} | "
                      f"{r['refreshed'].splitlines()[0]} | {r['findings']} findings | {r['undone']} undo steps | "
                      f"left {r['left']}", flush=True)
                show("after cycle 1", after_first)
            if any(r["left"].values()):
                failures.append(f"cycle {i}: the undo left {r['left']}")
                if len(failures) > 5:
                    raise RuntimeError("; ".join(failures))
            if (r["undone"], r["findings"]) != (first["undone"], first["findings"]):
                failures.append(f"cycle {i}: {r['undone']} undo steps, {r['findings']} findings "
                                f"(cycle 1: {first['undone']}, {first['findings']})")
            if i % CHECKPOINT == 0 or i == CYCLES:
                marks[i] = counts(gui, pid)
                show(f"after cycle {i}", marks[i] | {"cycle median ms": round(statistics.median(steps['cycle'][-CHECKPOINT:]))})
            if not gui.alive():
                raise RuntimeError(f"soffice died in cycle {i}")

        wizard_ms, findings_ms = [], []
        for i in range(DIALOGS):
            t0 = time.perf_counter()
            try:
                wizard_cycle(gui)
            except Exception as e:
                raise RuntimeError(f"wizard {i + 1}: {e}") from None
            wizard_ms.append((time.perf_counter() - t0) * 1000)
        show(f"after {DIALOGS} wizards", counts(gui, pid))
        per_window = 10
        for w in range((DIALOGS + per_window - 1) // per_window):
            doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
            dispatch(office, doc, "vnd.baocao:InsertReport", Answers=answers)
            for _ in range(min(per_window, DIALOGS - w * per_window)):
                t0 = time.perf_counter()
                findings_cycle(gui, doc)
                findings_ms.append((time.perf_counter() - t0) * 1000)
            doc.close(True)
        time.sleep(1)  # the frame's disposing closes its kept dialog
        end = counts(gui, pid)
        show(f"after {DIALOGS} findings", end)
        if not gui.alive():
            raise RuntimeError("soffice died in the dialogs")

        # the goals
        for key in ("documents", "frames", "top windows", "visible top windows"):
            if end[key] != after_first[key]:
                failures.append(f"{key}: {end[key]} at the end, {after_first[key]} after cycle 1")
        base = marks[min(marks)]
        for key in ("threads", "open files"):
            if end[key] > base[key] + 10:
                failures.append(f"{key}: {end[key]} at the end, {base[key]} after cycle {min(marks)}")
        ratio = marks[CYCLES]["VmRSS MB"] / base["VmRSS MB"]
        print(f"VmRSS after cycle {CYCLES} / after cycle {min(marks)}: {marks[CYCLES]['VmRSS MB']:.0f} / "
              f"{base['VmRSS MB']:.0f} MB = {ratio:.3f} (goal <= 1.1: {'met' if ratio <= 1.1 else 'NOT met'}); "
              f"after the dialogs {end['VmRSS MB']:.0f} MB")
        if ratio > 1.1:
            failures.append(f"VmRSS ratio {ratio:.3f}")
        dialogs = (f"; wizard open+cancel {statistics.median(wizard_ms):.0f}, findings open+close "
                   f"{statistics.median(findings_ms):.0f}") if DIALOGS else ""
        print("medians, ms: " + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in steps.items()) + dialogs)
        print(f"{changed} figures changed per refresh; whole run {time.time() - started:.0f} s; "
              f"load average at the end {' '.join(open('/proc/loadavg').read().split()[:3])}")
        skeleton = skeleton_odt(office, answers) if BASELINE else None  # measured above: no count moves
    finally:
        gui.close()
    if BASELINE:
        try:
            lo, lo_ms = baseline(skeleton)
        finally:
            shutil.rmtree(os.path.dirname(skeleton), ignore_errors=True)
        first_mark = min(lo)
        print(f"  baseline VmRSS after cycle {CYCLES} / after cycle {first_mark}: {lo[CYCLES] / lo[first_mark]:.3f} "
              f"(the soak: {ratio:.3f}); its cycle median {lo_ms:.0f} ms", flush=True)
    for f in failures:
        print(f"NOT met: {f}")
    print("soak: all goals met" if not failures else f"soak: {len(failures)} goal(s) missed", flush=True)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
