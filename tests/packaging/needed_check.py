"""The extension's library and the CLI depend on nothing but LibreOffice and the C runtime.

    needed_check.py component OXT PROGRAM_DIR…
                                       the .uno.so inside the .oxt, against the offices whose
                                       program folders are named
    needed_check.py cli BINARY         the baocao command

Reads the ELF dynamic section, the version needs and the dynamic symbol table (readelf) and fails
on anything a machine with only LibreOffice installed might not have: a NEEDED library that is not
one of LibreOffice's URE libraries or glibc's (not libgcc_s either: the component's _Unwind_*
stay undefined and bind to the unwinder the office has loaded, which every office named must
load itself), an undefined symbol no NEEDED library versions other than those _Unwind_* (the
linker's -z defs is off for them), a libstdc++ symbol version (the component carries its own
libstdc++), an exported symbol other than the component's constructors (ICU, Boost and
libstdc++ stay hidden), or an ICU data file looked for at run time."""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

URE = {"libuno_sal.so.3", "libuno_cppu.so.3", "libuno_cppuhelpergcc3.so.3"}
GLIBC = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "ld-linux-x86-64.so.2", "librt.so.1"}
# The one unwinder every C++ library of the process shares (see cmake/BaocaoComponent.cmake).
UNWINDER = {"libgcc_s.so.1"}
CXX_RUNTIME = {"libstdc++.so.6", "libgcc_s.so.1"}  # the CLI only: LibreOffice itself depends on them


def readelf(*args):
    return subprocess.run(["readelf", "--wide", *args], check=True, capture_output=True, text=True).stdout


def needed(path):
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf("-d", path))


def version_needs(path):
    """{library: {version names}} from .gnu.version_r."""
    out, lib = {}, None
    for line in readelf("-V", path).splitlines():
        m = re.search(r"File: (\S+)\s+Cnt:", line)
        if m:
            lib = m.group(1)
            out.setdefault(lib, set())
            continue
        m = re.search(r"Name: (\S+)\s+Flags:", line)
        if m and lib:
            out[lib].add(m.group(1))
    return out


def exported(path):
    """Names of the defined global/weak symbols of .dynsym."""
    names = []
    for line in readelf("--dyn-syms", path).splitlines():
        f = line.split()
        if len(f) >= 8 and f[0].endswith(":") and f[6] != "UND" and f[4] in ("GLOBAL", "WEAK") and f[3] != "SECTION":
            names.append(f[7].split("@")[0])
    return names


def unversioned_undefined(path):
    """Names of the strong undefined symbols of .dynsym that no version need ties to a library."""
    names = []
    for line in readelf("--dyn-syms", path).splitlines():
        f = line.split()
        if len(f) >= 8 and f[0].endswith(":") and f[6] == "UND" and f[4] == "GLOBAL" and "@" not in f[7]:
            names.append(f[7])
    return names


def glibc_max(needs):
    versions = [v for lib, vs in needs.items() if lib in GLIBC for v in vs if v.startswith("GLIBC_")]
    def key(v):
        return tuple(int(x) for x in re.findall(r"\d+", v))
    return max(versions, key=key) if versions else None


def office_unwinder(program_dirs):
    """What libgcc_s the offices load themselves: their URE's libuno_sal.so.3 NEEDs it (the one
    unwinder the component's _Unwind_* bind to, see cmake/BaocaoComponent.cmake), or nothing."""
    loaded = None
    for program in program_dirs:
        sal = os.path.join(program, "libuno_sal.so.3")
        deps = set(needed(sal)) & UNWINDER
        print(f"{sal}: NEEDED {', '.join(sorted(deps)) or 'no libgcc_s'}")
        loaded = deps if loaded is None else loaded & deps
    return loaded or set()


def check_component(oxt, program_dirs):
    problems = []
    if not program_dirs:
        return ["no LibreOffice program folder named: what the office loads itself is not known"]
    if not office_unwinder(program_dirs):
        return ["an office named does not load libgcc_s itself: the component's _Unwind_* would not bind"]
    with zipfile.ZipFile(oxt) as z, tempfile.TemporaryDirectory() as tmp:
        libs = [n for n in z.namelist() if n.endswith(".uno.so")]
        if not libs:
            return [f"{oxt}: no .uno.so inside"]
        for name in libs:
            path = z.extract(name, tmp)
            size = os.path.getsize(path)
            deps = needed(path)
            print(f"{name}: {size} bytes; NEEDED {', '.join(deps)}")
            for d in deps:
                if d not in URE | GLIBC:
                    problems.append(f"{name}: NEEDED {d} is neither LibreOffice's URE nor glibc")
            loose = [u for u in unversioned_undefined(path) if not u.startswith("_Unwind_")]
            print(f"  undefined without a version: {unversioned_undefined(path)}")
            if loose:
                problems.append(f"{name}: undefined symbols nothing provides: {loose}")
            for d in ("libuno_sal.so.3", "libuno_cppu.so.3"):
                if d not in deps:
                    problems.append(f"{name}: does not link {d} (is this the component?)")
            needs = version_needs(path)
            print(f"  symbol versions needed: { {k: sorted(v) for k, v in needs.items()} }")
            print(f"  newest glibc symbol: {glibc_max(needs)}")
            for lib, vs in needs.items():
                bad = sorted(v for v in vs if re.match(r"(GLIBCXX|CXXABI)_", v))
                if bad:
                    problems.append(f"{name}: needs C++ runtime versions {bad} from {lib} (libstdc++ must be linked in)")
            syms = exported(path)
            print(f"  exported: {syms}")
            for s in syms:
                if not s.startswith("org_baocao_writer_"):
                    problems.append(f"{name}: exports {s} (only the component's constructors may be visible)")
            if not any(s.endswith("_get_implementation") for s in syms):
                problems.append(f"{name}: exports no constructor")
            # ICU must find its data in the library itself, never as a file on the clerk's disk.
            with open(path, "rb") as f:
                blob = f.read()
            if re.search(rb"icudt\d+l\.dat", blob):
                problems.append(f"{name}: names an ICU data file (the data must be linked in)")
    return problems


def check_cli(binary):
    problems = []
    deps = needed(binary)
    print(f"{os.path.basename(binary)}: NEEDED {', '.join(deps)}")
    for d in deps:
        if d not in URE | GLIBC | CXX_RUNTIME:
            problems.append(f"{binary}: NEEDED {d} is not LibreOffice's (URE, C++ runtime) nor glibc")
    return problems


def main():
    kind, path = sys.argv[1], sys.argv[2]
    problems = check_component(path, sys.argv[3:]) if kind == "component" else check_cli(path)
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
