"""A real LibreOffice for the integration tests, the demo and the screenshots: a fresh profile with baocao.oxt installed by
unopkg, a soffice on a free loopback port, and a shutdown that leaves no process behind.

As root (CI), unopkg refuses to run, so unopkg and soffice run as `nobody` in a temporary
folder that user owns; the tests talk to soffice over a loopback socket, which crosses users.

Used as a module by the tests and as a command by the CTest fixtures:
    lo_office.py install --state DIR --oxt FILE [--work DIR]  (fixture setup: profile + unopkg add)
    lo_office.py start   --state DIR                          (fixture setup: headless soffice)
    lo_office.py stop    --state DIR                          (fixture cleanup: terminate, verify nothing is left)
    lo_office.py gui     --state DIR                          (tools/demo: Writer on $DISPLAY, left running)
"""
import argparse
import atexit
import functools
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

LO_PROGRAM = "/usr/lib/libreoffice/program"
sys.path.append(LO_PROGRAM)
import uno  # noqa: E402  (python3-uno, from Debian)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.connection import NoConnectException  # noqa: E402
from com.sun.star.lang import DisposedException  # noqa: E402

IS_ROOT = os.geteuid() == 0
# Seeded into a new profile so a GUI start shows no first-run dialog over the document.
QUIET_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>{version}</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>{locale}</value></prop></item>
</oor:items>
"""


@functools.lru_cache(maxsize=None)
def office_version():
    """The installed LibreOffice's major.minor ("7.4", "25.2"), from `soffice --version`."""
    with tempfile.TemporaryDirectory() as home:  # it writes a .config and a .cache there
        out = subprocess.run([f"{LO_PROGRAM}/soffice", "--version"], capture_output=True, text=True, timeout=120,
                             env=dict(os.environ, HOME=home)).stdout
    words = out.split()
    if len(words) < 2 or words[0] != "LibreOffice":
        raise RuntimeError(f"{LO_PROGRAM}/soffice --version says {out!r}")
    return ".".join(words[1].split(".")[:2])


def check_version():
    """A test leg names the LibreOffice it is for (BAOCAO_EXPECT_LO, "7.4" or "25.2"); any other
    one installed there fails the leg instead of testing the wrong office."""
    version = office_version()
    want = os.environ.get("BAOCAO_EXPECT_LO")
    if want and version != want:
        raise RuntimeError(f"this test leg is for LibreOffice {want}, {LO_PROGRAM} has {version}")
    return version


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def run_user():
    """The account unopkg and soffice run as: nobody when we are root, else ourselves."""
    return pwd.getpwnam("nobody") if IS_ROOT else pwd.getpwuid(os.geteuid())


def as_user(cmd, home):
    if not IS_ROOT:
        return cmd
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "env", f"HOME={home}"] + cmd


def chown_tree(path):
    if IS_ROOT:
        u = run_user()
        for root, dirs, files in os.walk(path):
            for name in [root] + [os.path.join(root, n) for n in dirs + files]:
                os.chown(name, u.pw_uid, u.pw_gid)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dispose_bridges():
    """Ends this process's UNO bridges while the interpreter still stands (atexit runs before
    Python tears its modules down). Left to the end, the bridge's threads still run while the
    interpreter and pyuno's runtime are destroyed under them, and Python now and then dies by
    SIGSEGV after its last line: a test run whose tests all passed, reported as a crash (seen in
    CI, and about once in 50 runs of a script that opens and closes three documents). Proxies
    released after this go nowhere."""
    try:
        local = uno.getComponentContext()
        factory = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.BridgeFactory", local)
        for bridge in factory.getExistingBridges():
            bridge.dispose()
    except Exception as e:  # an office already gone: nothing to end
        print(f"lo_office: the UNO bridges could not be disposed: {e}", file=sys.stderr)


class Office:
    """One profile with the extension installed, and at most one soffice on it."""

    def __init__(self, state_dir):
        self.state_dir = state_dir
        self.state_file = os.path.join(state_dir, "state.json")
        self.state = {}
        if os.path.exists(self.state_file):
            with open(self.state_file) as f:
                self.state = json.load(f)

    def save(self):
        os.makedirs(self.state_dir, exist_ok=True)
        with open(self.state_file, "w") as f:
            json.dump(self.state, f, indent=1)

    @property
    def work(self):
        return self.state["work"]

    @property
    def profile(self):
        return os.path.join(self.work, "profile")

    @property
    def out(self):
        """A folder soffice may write to (it runs as another user under root)."""
        return os.path.join(self.work, "out")

    def install(self, oxt, locale="vi", work=None):
        """A new profile with the .oxt added by unopkg, as a clerk adds it."""
        self.prepare(locale, work)
        work = self.work
        shutil.copy(oxt, os.path.join(work, "baocao.oxt"))
        chown_tree(work)
        cmd = as_user([f"{LO_PROGRAM}/unopkg", "add", "-s", f"-env:UserInstallation=file://{self.profile}",
                       os.path.join(work, "baocao.oxt")], os.path.join(work, "home"))
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        if r.returncode != 0:
            raise RuntimeError(f"unopkg add failed ({r.returncode}): {r.stdout}{r.stderr}")
        listing = subprocess.run(as_user([f"{LO_PROGRAM}/unopkg", "list", f"-env:UserInstallation=file://{self.profile}"],
                                         os.path.join(work, "home")), capture_output=True, text=True, timeout=120)
        if "org.baocao.writer" not in listing.stdout:
            raise RuntimeError(f"unopkg list does not show the extension:\n{listing.stdout}{listing.stderr}")
        return listing.stdout

    def prepare(self, locale="vi", work=None):
        """A new, quiet profile and nothing else (the extension, if any, comes from the office's
        own bundled folder: the Debian package's way)."""
        if work:
            shutil.rmtree(work, ignore_errors=True)
            os.makedirs(work)
        else:
            work = tempfile.mkdtemp(prefix="baocao-it-")
        os.chmod(work, 0o755)
        self.state = {"work": work}
        for d in ("home", "profile/user", "out"):
            os.makedirs(os.path.join(work, d), exist_ok=True)
        with open(os.path.join(work, "profile/user/registrymodifications.xcu"), "w") as f:
            # the office's own version as the last one run: no "what's new" bar over the document
            f.write(QUIET_PROFILE.format(locale=locale, version=check_version()))
        chown_tree(work)
        os.chmod(os.path.join(work, "out"), 0o777)
        self.save()

    def start(self, gui_display=None, extra_env=None):
        port = free_port()
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        if gui_display:
            env.update(DISPLAY=gui_display, SAL_USE_VCLPLUGIN="gen")
        env.update(extra_env or {})
        args = [f"{LO_PROGRAM}/soffice", "--norestore", "--nologo", "--nolockcheck",
                f"-env:UserInstallation=file://{self.profile}",
                f"--accept=socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"]
        args += ["--writer"] if gui_display else ["--headless", "--invisible", "--nodefault"]
        log = open(os.path.join(self.work, "soffice.log"), "ab")
        with log:  # the child keeps its own descriptor
            proc = subprocess.Popen(as_user(args, os.path.join(self.work, "home")), env=env,
                                    stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        self.proc = proc
        self.state.update(pid=proc.pid, port=port)
        self.save()
        self.connect(timeout=90, proc=proc)
        return proc

    def connect(self, timeout=30, proc=None):
        atexit.unregister(dispose_bridges)  # registered once, however many times this connects
        atexit.register(dispose_bridges)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:socket,host=127.0.0.1,port={self.state['port']};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + timeout
        closed = 0
        while True:
            try:
                self.ctx = resolver.resolve(url)
                self.smgr = self.ctx.ServiceManager
                self.desktop = self.create("com.sun.star.frame.Desktop")
                return self.ctx
            except NoConnectException:
                if proc is not None and proc.poll() is not None:
                    raise RuntimeError(f"soffice exited with {proc.returncode} while starting; see {self.work}/soffice.log")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"soffice did not answer on port {self.state['port']} within {timeout} s")
                time.sleep(0.05)
            except DisposedException as e:
                # The office ended a new connection in its first call ("Binary URP bridge disposed
                # during call"): seen once (25.2, a test class connecting again to an office that
                # served the class before it, the machine loaded). Said, and tried again; an
                # office that does it three times, or one that has gone, is an error.
                closed += 1
                if closed >= 3 or not self.alive() or time.monotonic() > deadline:
                    raise
                print(f"lo_office: the office closed the connection being made ({e.Message}); connecting again",
                      file=sys.stderr)
                time.sleep(0.5)

    def config(self, path, update=False):
        """A configuration node of the office (read-only, or for update + commitChanges())."""
        from com.sun.star.beans import NamedValue
        nv = NamedValue()
        nv.Name, nv.Value = "nodepath", path
        provider = self.create("com.sun.star.configuration.ConfigurationProvider")
        kind = "ConfigurationUpdateAccess" if update else "ConfigurationAccess"
        return provider.createInstanceWithArguments(f"com.sun.star.configuration.{kind}", (nv,))

    def create(self, service, *args):
        if args:
            return self.smgr.createInstanceWithArgumentsAndContext(service, args, self.ctx)
        return self.smgr.createInstanceWithContext(service, self.ctx)

    def alive(self):
        pid = self.state.get("pid")
        if not pid:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True

    def processes(self):
        """Every process that uses this profile (soffice.bin, oosplash, helpers)."""
        found = []
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if self.profile.encode() in f.read():
                        found.append(int(pid))
            except OSError:
                pass
        return found

    def stop(self):
        """Terminates soffice, then kills whatever of its group is left; returns leftovers (none)."""
        if "port" in self.state and self.processes():
            def terminate():
                try:
                    self.connect(timeout=5)
                    comps = self.desktop.getComponents().createEnumeration()
                    while comps.hasMoreElements():  # no "Save changes?" prompt may block the shutdown
                        c = comps.nextElement()
                        if hasattr(c, "setModified"):
                            c.setModified(False)
                    self.desktop.terminate()
                except Exception:  # the bridge closes under terminate(), or soffice hangs: killed below
                    pass
            worker = threading.Thread(target=terminate, daemon=True)
            worker.start()
            worker.join(20)
        deadline = time.monotonic() + 20
        while self.processes() and time.monotonic() < deadline:
            time.sleep(0.1)
        pid = self.state.get("pid")
        if pid:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for p in self.processes():
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if getattr(self, "proc", None) is not None:
            try:
                self.proc.wait(5)  # reap our child
            except subprocess.TimeoutExpired:
                pass
        time.sleep(0.2)
        return self.processes()

    def remove(self):
        if self.state.get("work") and not os.environ.get("BAOCAO_KEEP_PROFILE"):
            shutil.rmtree(self.work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["install", "start", "stop", "gui"])
    ap.add_argument("--state", required=True)
    ap.add_argument("--oxt")
    ap.add_argument("--work", help="folder for the profile (default: a new temporary one)")
    ap.add_argument("--locale", default="vi")
    a = ap.parse_args()
    office = Office(a.state)
    if a.action == "install":
        if os.path.exists(office.state_file):
            Office(a.state).stop()
            Office(a.state).remove()
        print(office.install(a.oxt, locale=a.locale, work=a.work))
    elif a.action == "gui":
        office.start(gui_display=os.environ["DISPLAY"])
        print(f"soffice pid {office.state['pid']} on {os.environ['DISPLAY']}")
    elif a.action == "start":
        office.start()
        print(f"soffice pid {office.state['pid']} on port {office.state['port']}")
    else:
        left = office.stop()
        if left:
            print(f"processes left behind: {left}", file=sys.stderr)
            return 1
        office.remove()
        os.remove(office.state_file)
        print("soffice stopped, nothing left behind")
    return 0


if __name__ == "__main__":
    sys.exit(main())
