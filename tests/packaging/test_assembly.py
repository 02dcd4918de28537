"""The multi-platform .oxt as a Linux job assembles it from libraries built by other jobs.

A second, packaging-only configure of this source tree (BAOCAO_UNO=OFF, no SDK, no compiling)
gets fake Linux, Windows and macOS libraries through BAOCAO_PREBUILT_<PLATFORM>; the .oxt it
builds must then pass check_oxt.py for exactly those platforms. The fakes carry each platform's
executable header (ELF, PE, Mach-O with the right machine) and a marker, so a library in the
wrong folder is caught. The checker itself must reject broken packages, or its passes mean nothing.

Environment (set by tests/packaging/CMakeLists.txt): BAOCAO_CMAKE, BAOCAO_GENERATOR,
BAOCAO_MAKE_PROGRAM, BAOCAO_SOURCE_DIR, BAOCAO_WORK_DIR, BAOCAO_VERSION.
"""
import io
import os
import shutil
import struct
import subprocess
import unittest
import zipfile

import check_oxt

ENV = os.environ
WORK = ENV["BAOCAO_WORK_DIR"]
VERSION = ENV["BAOCAO_VERSION"]
ALL = ["linux_x86_64", "windows_x86_64", "macosx_x86_64", "macosx_aarch64"]


def fake_library(key):
    marker = f"\0fake {key} component for the packaging test\0".encode()
    fmt, machine = check_oxt.PLATFORMS[key][3:5]
    if fmt == "elf":
        return b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8) + struct.pack("<HH", 3, machine) + marker
    if fmt == "pe":
        return b"MZ" + bytes(0x3A) + struct.pack("<I", 0x40) + b"PE\0\0" + struct.pack("<H", machine) + marker
    return b"\xcf\xfa\xed\xfe" + struct.pack("<I", machine) + marker


def configure(build, prebuilt):
    args = [ENV["BAOCAO_CMAKE"], "-S", ENV["BAOCAO_SOURCE_DIR"], "-B", build, "-G", ENV["BAOCAO_GENERATOR"],
            "-DBAOCAO_UNO=OFF", "-DBUILD_TESTING=OFF"]
    if ENV.get("BAOCAO_MAKE_PROGRAM"):
        args.append(f"-DCMAKE_MAKE_PROGRAM={ENV['BAOCAO_MAKE_PROGRAM']}")
    args += [f"-DBAOCAO_PREBUILT_{key.upper()}={path}" for key, path in prebuilt.items()]
    return subprocess.run(args, capture_output=True, text=True)


def run(args):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def rewrite(src, dst, change):
    """Copies the zip src to dst, with change(name, bytes) -> bytes or None (drop) applied to every entry."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)


class Assembly(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(WORK, ignore_errors=True)
        os.makedirs(WORK)
        cls.fakes = {}
        for key in ALL:
            os.makedirs(os.path.join(WORK, "fakes", key))
            path = os.path.join(WORK, "fakes", key, check_oxt.PLATFORMS[key][2])
            with open(path, "wb") as f:
                f.write(fake_library(key))
            with open(os.path.join(WORK, "fakes", key, check_oxt.entry_library(check_oxt.PLATFORMS[key][2])), "wb") as f:
                f.write(fake_library(key))  # the entry library, expected beside the component
            cls.fakes[key] = path
        cls.build = os.path.join(WORK, "build")
        r = configure(cls.build, cls.fakes)
        if r.returncode != 0:
            raise AssertionError(f"the packaging-only configure failed:\n{r.stdout}\n{r.stderr}")
        run([ENV["BAOCAO_CMAKE"], "--build", cls.build, "--target", "oxt"])
        cls.four = os.path.join(WORK, "four-platforms.oxt")
        shutil.copy(os.path.join(cls.build, "baocao.oxt"), cls.four)

    def test_four_platforms_each_in_its_folder(self):
        self.assertEqual(check_oxt.check(self.four, ALL, VERSION, libraries=self.fakes), [])
        with zipfile.ZipFile(self.four) as z:
            manifest = z.read("META-INF/manifest.xml").decode()
            self.assertIn('manifest:full-path="windows_x86_64/baocao.components"', manifest)
            self.assertIn("application/vnd.sun.star.uno-components;platform=MacOSX_AARCH64", manifest)
            self.assertIn('environment="mscx" uri="baocao.uno.dll"', z.read("windows_x86_64/baocao.components").decode())
            self.assertIn('<platform value="linux_x86_64,windows_x86_64,macosx_x86_64,macosx_aarch64"/>',
                          z.read("description.xml").decode())

    def test_platforms_dropped_leave_nothing_behind(self):
        # The usual release: Linux and Windows. The same build tree, so the stage still holds the
        # macOS files from the first build; none may ship.
        build = os.path.join(WORK, "build")
        two = {k: self.fakes[k] for k in ("linux_x86_64", "windows_x86_64")}
        r = configure(build, {**two, "macosx_x86_64": "", "macosx_aarch64": ""})
        self.assertEqual(r.returncode, 0, r.stderr)
        run([ENV["BAOCAO_CMAKE"], "--build", build, "--target", "oxt"])
        oxt = os.path.join(build, "baocao.oxt")
        self.assertEqual(check_oxt.check(oxt, list(two), VERSION, libraries=two), [])
        self.assertTrue(os.path.exists(os.path.join(build, "extension", "stage", "macosx_aarch64")))

    def test_a_missing_prebuilt_library_stops_the_configure(self):
        r = configure(os.path.join(WORK, "build-missing"), {"windows_x86_64": os.path.join(WORK, "no-such.dll")})
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("BAOCAO_PREBUILT_WINDOWS_X86_64: no such library", r.stderr)

    def test_the_checker_rejects_broken_packages(self):
        def replace(entry, old, new):
            def change(name, data):
                if name != entry:
                    return data
                self.assertIn(old, data, f"{entry} no longer holds {old!r}: update this mutation")
                return data.replace(old, new)
            return change

        def drop(entry):
            return lambda name, data: None if name == entry else data

        def swap_dylibs(name, data):
            if name == "macosx_aarch64/baocao.uno.dylib":
                return fake_library("macosx_x86_64")
            return data

        cases = [
            ("Windows in the gcc3 environment", replace("windows_x86_64/baocao.components", b'environment="mscx"',
                                                        b'environment="gcc3"'), "environment 'gcc3', expected 'mscx'"),
            ("a uri relative to the package root", replace("linux_x86_64/baocao.components", b'uri="baocao.uno.so"',
                                                           b'uri="linux_x86_64/baocao.uno.so"'), "uri"),
            ("a library missing", drop("macosx_aarch64/baocao.uno.dylib"), "is not in the package"),
            ("the Intel dylib in the Apple Silicon folder", swap_dylibs, "expected macho for 0x100000c"),
            ("a Windows entry for 32 and 64 bit", replace("META-INF/manifest.xml", b"platform=Windows_X86_64",
                                                          b"platform=Windows"), "has media-type"),
            ("a platform left out of the manifest", replace(
                "META-INF/manifest.xml",
                b'  <manifest:file-entry manifest:full-path="macosx_x86_64/baocao.components"\n'
                b'    manifest:media-type="application/vnd.sun.star.uno-components;platform=MacOSX_X86_64"/>\n', b""),
             "no entry for macosx_x86_64/baocao.components"),
            ("description.xml without Windows", replace("description.xml", b"linux_x86_64,windows_x86_64,",
                                                         b"linux_x86_64,"), "platform value"),
            ("the minimal version in the 2006 namespace", replace("description.xml",
                                                                  b"<l:LibreOffice-minimal-version",
                                                                  b"<d:LibreOffice-minimal-version"), "namespace"),
            ("the wrong version", replace("description.xml", f'<version value="{VERSION}"/>'.encode(),
                                          b'<version value="0.0.1"/>'), "version"),
        ]
        for what, change, expected in cases:
            with self.subTest(what):
                broken = os.path.join(WORK, "broken.oxt")
                rewrite(self.four, broken, change)
                problems = check_oxt.check(broken, ALL, VERSION, libraries=self.fakes)
                self.assertTrue(any(expected in p for p in problems), f"{what}: {problems}")

        with self.subTest("the old layout's root baocao.components left in"):
            broken = os.path.join(WORK, "broken.oxt")
            shutil.copy(self.four, broken)
            with zipfile.ZipFile(broken, "a") as z:
                z.writestr("baocao.components", b"<components/>")
            self.assertIn("baocao.components: a component file for no shipped platform",
                          check_oxt.check(broken, ALL, VERSION))
        with self.subTest("more platforms shipped than claimed"):
            problems = check_oxt.check(self.four, ["linux_x86_64"], VERSION)
            self.assertTrue(any("unexpected component entry windows_x86_64/baocao.components" in p for p in problems),
                            problems)
        with self.subTest("not a zip"):
            self.assertTrue(check_oxt.check(io.BytesIO(b"not a zip"), ALL, VERSION))


if __name__ == "__main__":
    unittest.main()
