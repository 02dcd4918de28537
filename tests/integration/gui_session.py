"""A LibreOffice with the real GUI under Xvfb, driven as a person drives it: keyboard and mouse
through xdotool, dialogs read and filled through the accessibility API, screenshots with import."""
import fnmatch
import glob
import os
import re
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

ROLE = {name: uno.getConstantByName(f"com.sun.star.accessibility.AccessibleRole.{name}")
        for name in ("TEXT", "PUSH_BUTTON", "LABEL", "DIALOG", "ALERT", "OPTION_PANE", "MENU", "MENU_ITEM", "PANEL",
                     "LIST", "SCROLL_PANE", "STATIC", "COMBO_BOX", "TABLE")}


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


def wait_for(predicate, timeout=20, what="condition"):
    timeout *= SLACK
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)


class Xvfb:
    def __init__(self, size="1280x800x24"):
        for n in range(91, 140):
            if self._free(n):
                self.display = f":{n}"
                break
        else:
            raise RuntimeError("no free X display number")
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", size, "-ac", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_for(lambda: os.path.exists(f"/tmp/.X11-unix/X{self.display[1:]}"), 20, "Xvfb")
        self._mapped = set()

    @staticmethod
    def _free(n):
        """A display is free when no live X server holds its lock; a dead one's files are removed."""
        lock, sock = f"/tmp/.X{n}-lock", f"/tmp/.X11-unix/X{n}"
        if os.path.exists(lock):
            try:
                with open(lock) as f:
                    os.kill(int(f.read().strip()), 0)
                return False  # a live server
            except (ValueError, ProcessLookupError):
                pass
            except PermissionError:
                return False  # alive, another user's
            for stale in (lock, sock):
                try:
                    os.remove(stale)
                except FileNotFoundError:
                    pass
        return not os.path.exists(sock)

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
    """A fresh profile with the extension, soffice --writer on the Xvfb display."""

    def __init__(self, oxt, locale="vi", window_manager=False):
        self.x = Xvfb()
        self.wm = None
        if window_manager:  # openbox: gives each new dialog the keyboard focus, as a desktop does
            self.wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=self.x.display),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            time.sleep(0.5)
        self.office = Office(tempfile.mkdtemp(prefix="baocao-gui-state-"))
        self.office.install(oxt, locale=locale)
        self.proc = self.office.start(gui_display=self.x.display)
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
        """The office's top-level windows; one closing while we look is skipped."""
        tk = self.office.create("com.sun.star.awt.Toolkit")
        return [w for w in (tk.getTopWindow(i) for i in range(tk.getTopWindowCount())) if w is not None]

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

    def close(self):
        try:
            self.office.stop()
        finally:
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
    runs: the URP bridge runs the calls f makes on that thread. `done` is set when f returned;
    `result` is what it returned, `error` what it raised."""

    def __init__(self, f):
        self.f = f
        self.done = threading.Event()
        self.result = None
        self.error = None

    def notify(self, data):
        try:
            self.result = self.f()
        except Exception as e:  # noqa: BLE001 (handed to the test)
            self.error = e
        finally:
            self.done.set()


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
