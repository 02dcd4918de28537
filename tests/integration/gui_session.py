"""A LibreOffice with the real GUI under Xvfb, driven as a person drives it: keyboard and mouse
through xdotool, dialogs read and filled through the accessibility API, screenshots with import."""
import faulthandler
import fnmatch
import glob
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "lib"))
from lo_office import Office, office_version, uno  # noqa: E402

import unohelper  # noqa: E402 (lo_office sets up LibreOffice's Python)
from com.sun.star.awt import XCallback  # noqa: E402
from com.sun.star.lang import DisposedException  # noqa: E402

ROLE = {name: uno.getConstantByName(f"com.sun.star.accessibility.AccessibleRole.{name}")
        for name in ("TEXT", "PUSH_BUTTON", "LABEL", "DIALOG", "ALERT", "OPTION_PANE", "MENU", "MENU_ITEM", "PANEL",
                     "LIST", "SCROLL_PANE", "STATIC", "COMBO_BOX", "TABLE", "PARAGRAPH")}


def read_only_text_role():
    """The role of a read-only multi-line text field (named after its text): 7.4 exposes it as a
    scroll pane, 25.2 as STATIC text."""
    return ROLE["SCROLL_PANE"] if office_version() == "7.4" else ROLE["STATIC"]


def has_state(ctx, name):
    """Whether an accessible context is in that AccessibleStateType. LibreOffice 7.5 made the state
    set a bit mask (a hyper, with constants to match) instead of an XAccessibleStateSet."""
    states = ctx.getAccessibleStateSet()
    flag = uno.getConstantByName(f"com.sun.star.accessibility.AccessibleStateType.{name}")
    return bool(states & flag) if isinstance(states, int) else states.contains(flag)


def wizard_button(key):
    """The accessible name of a button of the report wizard (its own, the same on every version)."""
    return {"back": "< Quay lại", "next": "Tiếp theo >", "finish": "Hoàn thành", "cancel": "Thôi"}[key]


# A loaded CI machine (two cores, a build just finished) can be slow to paint and to open a
# modal dialog: every GUI wait gets twice the time its call names.
SLACK = 2

# How long top_windows() waits for the office's main thread to list its windows before saying
# none (a caller that polls asks again; the listing stays queued).
LISTING_WAIT = 5


# The GUI office a wait that times out describes (GuiOffice.diagnose); none before one starts.
_watched = None


def wait_for(predicate, timeout=20, what="condition"):
    timeout *= SLACK
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except DisposedException:  # the bridge went: say whether the office ended, and how
            if _watched is None or _watched.alive():
                raise
            raise AssertionError(f"the office ended while waiting for {what}: {_watched.ended()}\n"
                                 + _watched.diagnose(what)) from None
        if value:
            return value
        if time.monotonic() > deadline:
            said = f"timed out after {timeout} s waiting for {what}"
            if _watched is not None:
                said += "\n" + _watched.diagnose(what)
            raise AssertionError(said)
        time.sleep(0.1)


class Xvfb:
    def __init__(self, size="1280x800x24"):
        # The server picks its display (-displayfd): it takes a number only when it can bind that
        # display's sockets, which no other server then can. A number looked up free here and then
        # started was not: two GUI tests starting at once (another run of the suite on the machine)
        # both took the first free one; the second server exited, its socket being the first's, and
        # both offices drew on one screen and took each other's keys and clicks, until the first
        # test stopped the server under the second. Tried again should the server exit at start.
        for _ in range(3):
            number = self._start(size)
            if number is not None:
                self.display = f":{number}"
                break
        else:
            raise RuntimeError("Xvfb exited three times without taking a display")
        self._mapped = set()

    def _start(self, size):
        """The display number the new server took, or None when it exited without one."""
        r, w = os.pipe()
        try:
            self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", size, "-ac", "-nolisten", "tcp"],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                                         pass_fds=(w,))
        finally:
            os.close(w)
        said = b""
        deadline = time.monotonic() + 20 * SLACK
        try:
            while not said.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([r], [], [], left)[0]:
                    self.stop()
                    raise RuntimeError(f"Xvfb named no display within {20 * SLACK} s")
                chunk = os.read(r, 16)
                if not chunk:  # exited
                    self.proc.wait(10)
                    return None
                said += chunk
        finally:
            os.close(r)
        return int(said)

    def run(self, *cmd, check=True):
        env = dict(os.environ, DISPLAY=self.display)
        return subprocess.run(list(cmd), env=env, capture_output=True, text=True, check=check, timeout=30)

    def key(self, *keys):
        for k in keys:
            self.run("xdotool", "key", "--clearmodifiers", k)
            time.sleep(0.4)

    def type(self, text):
        """Types text as keystrokes. Letters the keyboard map lacks (Vietnamese ones) get keys of
        their own first: xdotool would otherwise remap a spare key for each such letter as it
        types, and under load the office sometimes reads the key after it was remapped again."""
        need = sorted({c for c in text if ord(c) > 127} - self._mapped)
        if need:
            keymap = self.run("xmodmap", "-pke").stdout
            free = [int(m.group(1)) for m in re.finditer(r"^keycode\s+(\d+) =\s*$", keymap, re.M)]
            if len(free) < len(need):
                raise RuntimeError(f"no free keys for {len(need)} letters")
            args = []
            for keycode, c in zip(free, need):
                args += ["-e", f"keycode {keycode} = U{ord(c):04X} U{ord(c):04X}"]
            self.run("xmodmap", *args)
            self._mapped |= set(need)
            time.sleep(0.3)  # the office rereads the keyboard map
        self.run("xdotool", "type", "--delay", "60", text)

    def window_geometry(self, title):
        """The visible X window titled `title`: {"X", "Y", "WIDTH", "HEIGHT"}, or None. Through X alone:
        while a command works on the office's main thread (a progress dialog up), UNO calls into the
        office wait for the command's next pause."""
        for wid in self.run("xdotool", "search", "--onlyvisible", "--name", title, check=False).stdout.split():
            shown = self.run("xdotool", "getwindowgeometry", "--shell", wid, check=False)
            if shown.returncode == 0:
                return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", shown.stdout)}
        return None

    def click_in(self, geometry, x, y, width, height):
        """A mouse click at (x, y) of a window laid out `width` x `height` (its .xdl's units), shown
        at `geometry` (window_geometry's)."""
        self.run("xdotool", "mousemove", str(geometry["X"] + geometry["WIDTH"] * x // width),
                 str(geometry["Y"] + geometry["HEIGHT"] * y // height), "click", "1")

    def screenshot(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.run("import", "-window", "root", path)

    def stop(self):
        self.proc.terminate()  # lets Xvfb remove its lock and socket
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class GuiOffice:
    """A fresh profile with the extension (none when oxt is None), soffice --writer on the Xvfb display."""

    def __init__(self, oxt, locale="vi", window_manager=False):
        self.x = Xvfb()
        self.wm = None
        if window_manager:  # openbox: gives each new dialog the keyboard focus, as a desktop does
            self.wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=self.x.display),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            time.sleep(0.5)
        self.office = Office(tempfile.mkdtemp(prefix="baocao-gui-state-"))
        if oxt is None:
            self.office.prepare(locale=locale)
        else:
            self.office.install(oxt, locale=locale)
        self.proc = self.office.start(gui_display=self.x.display)
        self.diagnosed = []  # the folders diagnose() filled
        self._listing = None  # top_windows()'s call on the main thread, while queued
        global _watched
        _watched = self
        self.doc = wait_for(self._writer_doc, 60, "the Writer window")
        time.sleep(1.5)  # let the first paint and the toolbars settle before typing

    def _writer_doc(self):
        comps = self.office.desktop.getComponents().createEnumeration()
        while comps.hasMoreElements():
            c = comps.nextElement()
            if c.supportsService("com.sun.star.text.TextDocument"):
                return c
        return None

    def restart(self):
        self.office.stop()
        self._listing = None  # queued in the office that ended
        self.proc = self.office.start(gui_display=self.x.display)
        self.doc = wait_for(self._writer_doc, 60, "the Writer window")
        time.sleep(1.5)

    def focus_document(self):
        wid = wait_for(lambda: self.x.run("xdotool", "search", "--onlyvisible", "--name", "LibreOffice Writer",
                                          check=False).stdout.split(), 20, "the Writer X window")[0]
        self.x.run("xdotool", "mousemove", "--window", wid, "640", "450", "click", "1")
        time.sleep(0.5)

    def menu(self, *keys):
        """Opens Báo cáo (Alt+B) and picks an entry by its mnemonic, as a person would."""
        self.focus_document()
        self.x.key("alt+b", *keys)

    def top_windows(self):
        """The office's top-level windows, listed on the office's main thread; none while that
        thread is busy elsewhere (a caller polls again). The toolkit's getTopWindowCount and
        getTopWindow take no lock (toolkit/source/awt/vclxtoolkit.cxx, 7.4 to 25.2): called from
        the bridge's thread, they walk VCL's frames while the main thread adds or ends one, and
        make a window's UNO peer there. The office crashed so (CI of 3 December, 25.2: the export
        dialog's folder picker opening while a wait looked for it). The main thread, where every
        window is made and ended, lists them between its own changes. One listing at a time: a
        poll while the last is still queued waits for that one."""
        return self.listed(LISTING_WAIT) or []

    def listed(self, wait):
        """top_windows()'s list, or None when the main thread has not made it within `wait` s."""
        if self._listing is None:
            self._listing = on_main_thread(self.office, self._list_top_windows)
        listing = self._listing
        if not listing.done.wait(wait):
            if not self.alive():
                raise RuntimeError(f"the office ended with a listing of its windows queued: {self.ended()}")
            return None
        self._listing = None
        if listing.error is not None:
            raise listing.error
        return listing.result

    def _list_top_windows(self):
        """On the office's main thread (top_windows); one closing while we look is skipped."""
        tk = self.office.create("com.sun.star.awt.Toolkit")
        return [w for w in (tk.getTopWindow(i) for i in range(tk.getTopWindowCount())) if w is not None]

    def ended(self):
        """How the office ended, for a message: its exit status, and from its log the crash
        handler's line with the stack's top frames (LibreOffice's "Fatal exception: Signal 11"),
        or else the log's last lines."""
        status = self.proc.poll()
        try:
            with open(os.path.join(self.office.work, "soffice.log"), errors="replace") as f:
                lines = f.read().splitlines()
        except OSError as e:
            return f"exit status {status}; no log: {e}"
        fatal = next((i for i, line in enumerate(lines) if line.startswith("Fatal exception")), None)
        shown = lines[fatal:fatal + 12] if fatal is not None else lines[-8:]
        return f"exit status {status}; its log: " + (" | ".join(line[:200] for line in shown) or "(empty)")

    def find_window(self, title):
        for w in self.top_windows():
            try:
                ctx = w.getAccessibleContext()
                if ctx is not None and ctx.getAccessibleName() == title:
                    return w
            except Exception:  # disposed between the listing and the look
                continue
        return None

    def uno_package_dir(self):
        return glob.glob(os.path.join(self.office.profile, "user/uno_packages/cache/uno_packages/*/baocao.oxt"))[0]

    def alive(self):
        return self.proc.poll() is None

    def diagnose(self, what):
        """What the screen and the office show when a wait for `what` timed out, kept where a
        person can look after the run (the office's own folder goes with close()): a screenshot,
        the X windows and the office's top-level windows, the office's log, the test's threads
        and, where gdb is installed, the office's. Returns a few lines for the failure's message.
        Each part is bounded in time and never raises: the office may be the thing that hangs."""
        base = os.environ.get("BAOCAO_GUI_DIAGNOSTICS") or os.path.join(tempfile.gettempdir(), "baocao-gui-diagnostics")
        folder = os.path.join(base, time.strftime("%Y%m%d-%H%M%S-") + re.sub(r"\W+", "-", what, flags=re.A).strip("-")[:60])
        lines = [f"diagnostics in {folder}"]

        def part(name, f):
            try:
                got = f()
                if got:
                    lines.append(f"{name}: {got}")
            except Exception as e:  # noqa: BLE001 (a part that fails says so; the rest still run)
                lines.append(f"{name}: not taken ({type(e).__name__}: {e})")

        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as e:
            return f"no diagnostics: {folder}: {e}"
        self.diagnosed.append(folder)
        part("screenshot", lambda: self._screenshot(folder))
        part("X windows shown", lambda: self._x_windows(folder))
        part("office windows", lambda: self._office_windows(folder))
        part("office log", lambda: self._keep_log(folder, "soffice.log"))
        part("test threads", lambda: self._test_threads(folder))
        part("office threads", lambda: self._office_threads(folder))
        return "\n".join(lines)

    def _screenshot(self, folder):
        self.x.screenshot(os.path.join(folder, "screen.png"))
        return "screen.png"

    def _x_windows(self, folder):
        """The X windows: the whole tree into a file, the shown ones' names returned. Bytes, not
        text: an old-style window name (WM_NAME) is not UTF-8."""
        def x(*cmd):
            out = subprocess.run(list(cmd), env=dict(os.environ, DISPLAY=self.x.display), capture_output=True,
                                 timeout=30).stdout
            try:
                return out.decode("utf-8")
            except UnicodeDecodeError:
                return out.decode("latin-1")

        with open(os.path.join(folder, "x-windows.txt"), "w") as f:
            f.write(x("xwininfo", "-root", "-tree"))
        shown = []
        for wid in x("xdotool", "search", "--onlyvisible", "--name", ".").split():
            name = x("xdotool", "getwindowname", wid).strip()
            if name:
                shown.append(name)
        return shown

    def _office_windows(self, folder):
        """Through UNO, in a thread of its own: an office whose main thread holds the solar mutex
        answers nothing, and that is worth saying instead of hanging here too."""
        found = {}

        # a dialog's or a message box's words (not a document window's: its accessible tree is
        # the whole document, menus and toolbars, far too slow to walk here)
        boxes = {uno.getConstantByName(f"com.sun.star.accessibility.AccessibleRole.{name}")
                 for name in ("DIALOG", "ALERT", "OPTION_PANE", "FILE_CHOOSER")}

        def look():
            rows = []
            try:
                windows = self.listed(15)
            except Exception as e:  # noqa: BLE001 (the office ended: said, the other parts still run)
                found["rows"] = [f"(no listing: {type(e).__name__}: {e})"]
                return
            if windows is None:
                found["rows"] = ["(the office's main thread did not list its windows within 15 s: busy, or held)"]
                return
            for w in windows:
                try:
                    ctx = w.getAccessibleContext()
                    row = f"{ctx.getAccessibleName()!r} visible={w.isVisible()}"
                    if w.isVisible() and ctx.getAccessibleRole() in boxes:
                        row += " says " + repr(texts_of(w)[:300])
                    rows.append(row)
                except Exception as e:  # noqa: BLE001 (closing meanwhile)
                    rows.append(f"? ({type(e).__name__})")
            found["rows"] = rows

        looker = threading.Thread(target=look, daemon=True)
        looker.start()
        looker.join(20)
        rows = found.get("rows")
        if rows is None:
            rows = ["(the office did not answer within 20 s: its main thread or the solar mutex is held)"]
        with open(os.path.join(folder, "office-windows.txt"), "w") as f:
            f.write("\n".join(rows) + "\n")
        return rows

    def _keep_log(self, folder, name):
        shutil.copy(os.path.join(self.office.work, "soffice.log"), os.path.join(folder, name))
        with open(os.path.join(folder, name), errors="replace") as f:
            tail = [line[:200] for line in f.read().splitlines()[-5:]]
        return " | ".join(tail) if tail else "empty"

    @staticmethod
    def _test_threads(folder):
        with open(os.path.join(folder, "test-threads.txt"), "w") as f:
            faulthandler.dump_traceback(f, all_threads=True)

    def _office_threads(self, folder):
        """soffice.bin's threads' stacks, by gdb (not in every root: then only said)."""
        gdb = shutil.which("gdb")
        if gdb is None:
            return "no gdb here"
        pids = []
        for pid in self.office.processes():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if f.read().split(b"\0")[0].endswith(b"soffice.bin"):
                        pids.append(pid)
            except OSError:
                pass
        if not pids:
            return "no soffice.bin running"
        r = subprocess.run([gdb, "-batch", "-nx", "-p", str(pids[0]), "-ex", "thread apply all bt"],
                           capture_output=True, text=True, timeout=120)
        with open(os.path.join(folder, "office-threads.txt"), "w") as f:
            f.write(r.stdout + r.stderr)
        return f"{r.stdout.count('Thread ')} stacks of soffice.bin {pids[0]}"

    def close(self):
        global _watched
        if _watched is self:
            _watched = None
        try:
            self.office.stop()
        finally:
            for folder in self.diagnosed:  # what the office said until its end, after the timeout
                try:
                    self._keep_log(folder, "soffice-at-close.log")
                except Exception:  # noqa: BLE001 (no log: nothing more to keep)
                    pass
            if self.wm is not None:
                self.wm.terminate()
                self.wm.wait(10)
            self.x.stop()
            self.office.remove()
            shutil.rmtree(self.office.state_dir, ignore_errors=True)


class GuiTestCase(unittest.TestCase):
    """One GUI office for the test class; screenshots into $BAOCAO_SCREENSHOTS when set."""

    @classmethod
    def setUpClass(cls):
        cls.gui = GuiOffice(os.environ["BAOCAO_OXT"])

    @classmethod
    def tearDownClass(cls):
        cls.gui.close()

    def shot(self, name):
        """Into $BAOCAO_SCREENSHOTS; only the names $BAOCAO_SCREENSHOTS_ONLY matches (globs), if set."""
        only = os.environ.get("BAOCAO_SCREENSHOTS_ONLY", "").split()
        if os.environ.get("BAOCAO_SCREENSHOTS") and (not only or any(fnmatch.fnmatch(name, g) for g in only)):
            self.gui.x.screenshot(os.path.join(os.environ["BAOCAO_SCREENSHOTS"], name))


class OnMainThread(unohelper.Base, XCallback):
    """f() run from soffice's main thread (com.sun.star.awt.AsyncCallback), where a menu's command
    runs: the URP bridge runs the calls f makes on that thread. `started` is set when the main
    thread took it up, `done` when f returned; `result` is what it returned, `error` what it raised."""

    def __init__(self, f):
        self.f = f
        self.started = threading.Event()
        self.done = threading.Event()
        self.result = None
        self.error = None

    def notify(self, data):
        self.started.set()
        try:
            self.result = self.f()
        except Exception as e:  # noqa: BLE001 (handed to the test)
            self.error = e
        finally:
            self.done.set()

    def state(self):
        """Where the call is, for a failure's message."""
        if not self.started.is_set():
            return "the office's main thread has not taken the call up (busy, or its event loop stopped)"
        if not self.done.is_set():
            return "the call is running on the office's main thread"
        return f"the call returned {self.result!r}" if self.error is None else f"the call raised {self.error!r}"


def on_main_thread(office, f):
    """Starts f() on soffice's main thread and returns its OnMainThread without waiting (a command
    with a dialog holds the thread until the dialog closes)."""
    call = OnMainThread(f)
    office.create("com.sun.star.awt.AsyncCallback").addCallback(call, None)
    return call


def press(window, name):
    """Clicks the push button called `name` (its "~" mnemonic marks ignored) in `window`, through
    its accessibility action, as a mouse click would."""
    next(c for c in walk(window.getAccessibleContext())
         if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName().replace("~", "") == name
         ).doAccessibleAction(0)


def walk(ctx):
    """Every accessible context below ctx, depth first."""
    yield ctx
    for i in range(ctx.getAccessibleChildCount()):
        child = ctx.getAccessibleChild(i)
        if child is None:
            continue
        try:
            inner = child.getAccessibleContext()
        except AttributeError:  # grid cells are their own context
            inner = child
        yield from walk(inner)


def shown_paragraphs(doc, text):
    """The paragraphs of doc's window as Writer lays them out (accessibility reads the layout, not
    the model: a field whose value changed but whose layout was not updated shows the old one),
    after bringing the first paragraph holding `text` into view."""
    search = doc.createSearchDescriptor()
    search.SearchString = text
    found = doc.findFirst(search)
    if found is None:
        return []
    controller = doc.getCurrentController()
    controller.select(found)
    window = controller.getFrame().getComponentWindow()
    return [c.getText() for c in walk(window.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PARAGRAPH"]]


def texts_of(window):
    """Every name and text in the window; "" for a window that closed meanwhile."""
    try:
        return _texts_of(window)
    except Exception:
        return ""


def _texts_of(window):
    out = []
    for c in walk(window.getAccessibleContext()):
        out.append(c.getAccessibleName())
        try:
            out.append(c.getText())
        except Exception:
            pass
    return "\n".join(t for t in out if t)
