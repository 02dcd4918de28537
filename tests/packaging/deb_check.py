"""The .oxt and the Debian package on a machine that has LibreOffice and nothing else: run as root
inside a throwaway copy of a root made by tools/lib/lo-root (tools/lib/in-root --overlay), so
installing changes nothing that lasts.

    BAOCAO_OXT=… BAOCAO_EXPECT_LO=7.4|25.2 python3 -m unittest -v deb_check.ExtensionOnly
    BAOCAO_DEB=… BAOCAO_EXPECT_LO=7.4|25.2 python3 -m unittest -v deb_check.DebianPackage
(one overlay each: the bundled extension and a user-installed copy must not meet)

What a clerk's IT admin would see: `dpkg -i` succeeds with nothing but LibreOffice present (the
dependencies hold), the command runs from /usr/bin with the templates installed beside it, and
every user's LibreOffice takes the extension up from the bundled folder at its next start: the
Báo cáo commands work in a new profile that never ran unopkg, and removing the package takes
the extension away again."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "lib"))
from lo_office import LO_PROGRAM, Office, check_version, prop, uno  # noqa: E402

DEB = os.environ.get("BAOCAO_DEB", "")
OXT = os.environ.get("BAOCAO_OXT", "")
EXPECT_LO = os.environ.get("BAOCAO_EXPECT_LO", "")
SAMPLES = "/usr/share/doc/baocao/examples"  # installed by the package
REPO_SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "templates", "samples")
EXTENSION = "/usr/lib/libreoffice/share/extensions/baocao"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=kw.pop("timeout", 300), **kw)


def url(ctx, text):
    u = uno.createUnoStruct("com.sun.star.util.URL")
    u.Complete = text
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.util.URLTransformer", ctx).parseStrict(u)[1]


def in_bare_root():
    if not os.path.exists("/etc/baocao-root"):
        raise RuntimeError("not inside a root made by tools/lib/lo-root: this test installs packages")
    version = check_version()
    if EXPECT_LO and not version.startswith(EXPECT_LO):
        raise RuntimeError(f"LibreOffice {version} here, the test expects {EXPECT_LO}")


def exercise(test, office, samples):
    """The Báo cáo commands on a new Writer document of `office` (a prepared profile): the menu's
    dispatches exist, the seed report's skeleton goes in, the check names its template."""
    office.start()
    try:
        doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        frame = doc.getCurrentController().getFrame()
        for command in ("InsertHeader", "InsertReport", "ReportWizard", "RefreshFigures", "ChooseDataFile",
                        "ValidateReport", "AgencySettings"):
            test.assertIsNotNone(frame.queryDispatch(url(office.ctx, f"vnd.baocao:{command}"), "", 0),
                                 f"no dispatch for vnd.baocao:{command}")
        with open(os.path.join(samples, "answers-dan-van.json"), encoding="utf-8") as f:
            answers = f.read()
        dispatcher = office.create("com.sun.star.frame.DispatchHelper")
        result = dispatcher.executeDispatch(frame, "vnd.baocao:InsertReport", "", 0, (prop("Answers", answers),))
        test.assertEqual(result.State, 1, f"InsertReport failed: {result.Result}")
        test.assertTrue(doc.getTextTables().hasByName("BaoCaoHeader"), "the skeleton was not inserted")
        test.assertIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      doc.getTextTables().getByName("BaoCaoHeader").getCellByName("B1").getString())
        result = dispatcher.executeDispatch(frame, "vnd.baocao:ValidateReport", "", 0, (prop("NoDialog", True),))
        findings = json.loads(result.Result)
        test.assertEqual(findings["template"], "dan-van-2021-2025", findings)
        doc.close(True)
    finally:
        test.assertEqual(office.stop(), [], "soffice left processes behind")


class ExtensionOnly(unittest.TestCase):
    """The .oxt added by unopkg to a new profile, as a clerk adds it, with nothing installed but
    LibreOffice: no ICU or Boost development library to lean on."""

    def test_the_oxt_installs_and_its_commands_work(self):
        in_bare_root()
        if not OXT or not os.path.isfile(OXT):
            raise RuntimeError(f"no extension at BAOCAO_OXT={OXT!r}")
        work = tempfile.mkdtemp(prefix="baocao-oxt-")
        office = Office(os.path.join(work, "state"))
        office.install(OXT, locale="vi")
        exercise(self, office, REPO_SAMPLES)


class DebianPackage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not DEB or not os.path.isfile(DEB):
            raise RuntimeError(f"no package at BAOCAO_DEB={DEB!r}")
        in_bare_root()
        r = run(["dpkg", "-i", DEB])
        if r.returncode != 0:
            raise AssertionError(f"dpkg -i {DEB} failed:\n{r.stdout}{r.stderr}")
        cls.work = tempfile.mkdtemp(prefix="baocao-deb-")
        os.chmod(cls.work, 0o777)

    def test_1_installs_with_only_libreoffice(self):
        status = run(["dpkg-query", "-W", "-f", "${Status} ${Version}", "baocao"]).stdout
        self.assertTrue(status.startswith("install ok installed"), status)
        depends = run(["dpkg-query", "-W", "-f", "${Depends}", "baocao"]).stdout
        self.assertEqual(depends, "libreoffice-writer (>= 4:7.4)")
        self.assertEqual(run(["apt-get", "check"]).returncode, 0, "dpkg's dependencies are not satisfied")
        # Nothing the extension or the command needs at run time is missing: ldd finds everything.
        for binary in ["/usr/bin/baocao", f"{EXTENSION}/linux_x86_64/baocao.uno.so",
                       f"{EXTENSION}/linux_x86_64/baocao_entry.uno.so"]:
            r = run(["ldd", binary], env=dict(os.environ, LD_LIBRARY_PATH=LO_PROGRAM))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertNotIn("not found", r.stdout, f"{binary}:\n{r.stdout}")
            self.assertNotIn("libicu", r.stdout, f"{binary} loads a system ICU")
            self.assertNotIn("libboost", r.stdout, f"{binary} loads a Boost library")

    def test_2_the_command_finds_its_installed_templates(self):
        r = run(["baocao", "templates"], env=dict(os.environ, BAOCAO_TEMPLATES=""))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("dan-van-2021-2025", r.stdout)
        self.assertIn("bao-cao-dinh-ky", r.stdout)
        out = os.path.join(self.work, "bao-cao.odt")
        home = os.path.join(self.work, "home-cli")
        os.makedirs(home, exist_ok=True)
        r = run(["baocao", "new", "--answers", f"{SAMPLES}/answers-dan-van.json",
                 "--profile", f"{SAMPLES}/profile-long-mon.json", "--data", f"{SAMPLES}/so-lieu-long-mon.csv",
                 "-o", out], env=dict(os.environ, HOME=home), timeout=600)
        self.assertEqual(r.returncode, 0, f"{r.stdout}{r.stderr}")
        self.assertTrue(os.path.getsize(out) > 0)
        r = run(["baocao", "validate", "--format", "json", out], env=dict(os.environ, HOME=home), timeout=600)
        self.assertIn(r.returncode, (0, 1), f"{r.stdout}{r.stderr}")
        report = json.loads(r.stdout)["files"][0]
        self.assertEqual(report["template"], "dan-van-2021-2025", report)

    def test_3_every_users_office_takes_the_bundled_extension_up(self):
        listing = run([f"{LO_PROGRAM}/unopkg", "list", "--bundled"], env=dict(os.environ, HOME=self.work))
        self.assertIn("org.baocao.writer", listing.stdout, listing.stdout + listing.stderr)
        office = Office(os.path.join(self.work, "state"))
        office.prepare(locale="vi")  # a new profile: no unopkg add, only what the package installed
        exercise(self, office, SAMPLES)

    def test_4_removing_the_package_takes_the_extension_away(self):
        r = run(["dpkg", "-r", "baocao"])
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertFalse(os.path.exists(EXTENSION))
        self.assertFalse(os.path.exists("/usr/bin/baocao"))
        listing = run([f"{LO_PROGRAM}/unopkg", "list", "--bundled"], env=dict(os.environ, HOME=self.work))
        self.assertNotIn("org.baocao.writer", listing.stdout)


if __name__ == "__main__":
    unittest.main()
