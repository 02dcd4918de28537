"""The component's sources compiled for Windows, syntax only: every file of src/core, src/text,
src/uno and src/entry that this build compiles, with the build's own flags (compile_commands.json),
by GCC for x86_64-w64-mingw32 (Debian's g++-mingw-w64-x86-64-posix) with -fsyntax-only. Any
diagnostic in one of our files fails the test, the file and line said.

What it catches: a POSIX-only header or call in the component (<sys/wait.h>, <dlfcn.h> outside
its #if, localtime_r, gmtime_r, setenv, fork), which a Linux build never sees, and our code under
_WIN32 branches (the entry's LoadLibraryExW, core::pathFromUtf8's wide paths). What it does not:
MSVC's own dialect and warnings (mingw's headers have S_ISDIR, MSVC's do not), linking, running.
The Windows job (.github/workflows/windows.yml) is still the real build; none has run.

The LibreOffice 7.4 SDK knows Windows only as MSVC: sal/types.h stops at "unknown platform" for
another Windows compiler, so SAL_UNX takes its GCC branch (visibility attributes, which mingw
ignores: -Wno-attributes), and -fpermissive lets osl/interlck.h's Windows branch pass sal_Int32*
to _InterlockedIncrement's long*, as MSVC does. Only diagnostics in our sources count.

src/cli is left out: the command starts soffice with fork and waitpid (docs/building-windows.md).
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

CHECKED = ("src/core/", "src/text/", "src/uno/", "src/entry/")
# Linux's settings from the SDK (settings.mk) and flags meaningless for a syntax check
DROPPED = {"-c", "-fPIC", "-Werror", "-DLINUX", "-DUNX", "-DGCC", "-g"}
ADDED = ["-fsyntax-only", "-fpermissive", "-Wno-attributes", "-DWNT", "-DSAL_UNX"]


def windows_args(entry, shim):
    args = entry["arguments"][1:] if "arguments" in entry else shlex.split(entry["command"])[1:]
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a in DROPPED or a.startswith("-fvisibility") or a.startswith("-O") or os.path.abspath(
                os.path.join(entry["directory"], a)) == os.path.abspath(entry["file"]):
            continue
        out.append(a)
    return out + ADDED + ["-isystem", shim, entry["file"]]


def check(compiler, entry, source_dir, shim):
    """Our files' diagnostics for one source ([] when clean)."""
    r = subprocess.run([compiler] + windows_args(entry, shim), cwd=entry["directory"],
                       capture_output=True, text=True, timeout=600)
    ours = []
    for line in r.stderr.splitlines():
        m = re.match(r"(.+?):(\d+:\d+: (?:error|warning|fatal error): .*)", line)
        if m:
            where = os.path.relpath(os.path.join(entry["directory"], m.group(1)), source_dir)
            if where.startswith("src" + os.sep):
                ours.append(f"{where}:{m.group(2)}")
    if r.returncode != 0 and not ours:  # the compiler failed in a header not ours: said whole
        ours.append(f"{os.path.relpath(entry['file'], source_dir)}: the compiler failed:\n{r.stderr[-3000:]}")
    return ours


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, help="the build tree (its compile_commands.json)")
    ap.add_argument("--source", required=True)
    ap.add_argument("--boost", required=True, help="the folder holding boost/ (Boost's headers)")
    ap.add_argument("--compiler", default="x86_64-w64-mingw32-g++-posix")
    a = ap.parse_args()
    compiler = shutil.which(a.compiler)
    if compiler is None:
        sys.exit(f"{a.compiler} not found: tools/setup installs g++-mingw-w64-x86-64-posix")
    source_dir = os.path.realpath(a.source)
    # Boost's headers sit in /usr/include beside glibc's: only boost/ is handed to the Windows compiler
    shim = os.path.join(os.path.abspath(a.build), "windows-syntax", "include")
    os.makedirs(shim, exist_ok=True)
    link = os.path.join(shim, "boost")
    if not os.path.islink(link):
        os.symlink(os.path.join(os.path.realpath(a.boost), "boost"), link)
    with open(os.path.join(a.build, "compile_commands.json")) as f:
        entries = [e for e in json.load(f)
                   if os.path.relpath(os.path.realpath(e["file"]), source_dir).replace(os.sep, "/").startswith(CHECKED)]
    if len(entries) < 40:
        sys.exit(f"only {len(entries)} of the component's sources in {a.build}/compile_commands.json")
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        bad = [d for d in pool.map(lambda e: check(compiler, e, source_dir, shim), entries) if d]
    for d in bad:
        print("\n".join(d))
    print(f"{len(entries)} sources compiled for x86_64-w64-mingw32 (syntax only): "
          f"{len(entries) - len(bad)} clean, {len(bad)} with diagnostics")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
