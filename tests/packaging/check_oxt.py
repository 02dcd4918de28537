#!/usr/bin/env python3
"""Checks a baocao .oxt the way LibreOffice's extension manager reads it, for a given set of platforms.

What LibreOffice needs (facts from desktop/source/deployment and cppuhelper, see
docs/building-windows.md) is written out here on its own, not read from the build's platform table,
so a wrong row in cmake/BaocaoPlatforms.cmake fails this check instead of agreeing with it.

    check_oxt.py --oxt baocao.oxt --platforms linux_x86_64,windows_x86_64 --version 0.1.0 \
                 [--min-version 7.4] [--library windows_x86_64=path/to/baocao.uno.dll]

Exit 0 when the package is right; otherwise every problem found is printed and the exit is 1.
"""
import argparse
import posixpath
import struct
import sys
import zipfile
import xml.etree.ElementTree as ET

# key: (manifest platform=, UNO environment, library file, executable format, machine)
PLATFORMS = {
    "linux_x86_64": ("Linux_X86_64", "gcc3", "baocao.uno.so", "elf", 0x3E),  # EM_X86_64
    "windows_x86_64": ("Windows_X86_64", "mscx", "baocao.uno.dll", "pe", 0x8664),  # IMAGE_FILE_MACHINE_AMD64
    "macosx_x86_64": ("MacOSX_X86_64", "gcc3", "baocao.uno.dylib", "macho", 0x01000007),  # CPU_TYPE_X86_64
    "macosx_aarch64": ("MacOSX_AARCH64", "gcc3", "baocao.uno.dylib", "macho", 0x0100000C),  # CPU_TYPE_ARM64
}
LIBRARY_SUFFIXES = (".so", ".dll", ".dylib")
COMPONENTS_MEDIA = "application/vnd.sun.star.uno-components"
MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
COMPONENTS_NS = "http://openoffice.org/2010/uno-components"
DESCRIPTION_NS = "http://openoffice.org/extensions/description/2006"
DESCRIPTION_2011_NS = "http://libreoffice.org/extensions/description/2011"


def executable_machines(data):
    """The format and machine(s) of an executable image: ("elf", {62}), ("pe", {0x8664}), ("macho", {…})."""
    if data[:4] == b"\x7fELF" and len(data) >= 20:
        endian = "<" if data[5] == 1 else ">"
        return "elf", {struct.unpack_from(endian + "H", data, 18)[0]}
    if data[:2] == b"MZ" and len(data) >= 0x40:
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        if data[pe:pe + 4] == b"PE\0\0" and len(data) >= pe + 6:
            return "pe", {struct.unpack_from("<H", data, pe + 4)[0]}
        return "mz", set()
    if data[:4] in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe") and len(data) >= 8:  # thin Mach-O, little-endian
        return "macho", {struct.unpack_from("<I", data, 4)[0]}
    if data[:4] == b"\xca\xfe\xba\xbe" and len(data) >= 8:  # universal: a big-endian list of architectures
        count = struct.unpack_from(">I", data, 4)[0]
        return "macho", {struct.unpack_from(">I", data, 8 + 20 * i)[0] for i in range(count) if len(data) >= 12 + 20 * i}
    return "unknown", set()


def parse(zf, name, problems):
    try:
        return ET.fromstring(zf.read(name))
    except KeyError:
        problems.append(f"{name}: missing from the package")
    except ET.ParseError as e:
        problems.append(f"{name}: not well-formed XML: {e}")
    return None


def check_manifest(zf, names, platforms, problems):
    root = parse(zf, "META-INF/manifest.xml", problems)
    if root is None:
        return
    expected = {f"{key}/baocao.components": f"{COMPONENTS_MEDIA};platform={PLATFORMS[key][0]}" for key in platforms}
    seen = {}
    for entry in root.iter(f"{{{MANIFEST_NS}}}file-entry"):
        path = entry.get(f"{{{MANIFEST_NS}}}full-path")
        media = entry.get(f"{{{MANIFEST_NS}}}media-type", "")
        if path not in names:
            problems.append(f"manifest: {path} is listed but not in the package")
        if media.split(";")[0] in (COMPONENTS_MEDIA, "application/vnd.sun.star.uno-component"):
            if path in seen:
                problems.append(f"manifest: {path} is listed twice")
            seen[path] = media
    for path, media in sorted(seen.items()):
        if path not in expected:
            problems.append(f"manifest: unexpected component entry {path} ({media})")
        elif media != expected[path]:
            problems.append(f"manifest: {path} has media-type {media!r}, expected {expected[path]!r}")
    for path, media in sorted(expected.items()):
        if path not in seen:
            problems.append(f"manifest: no entry for {path} ({media})")


def check_components(zf, names, platforms, libraries, problems):
    implementations = {}
    for key in platforms:
        _, environment, library, fmt, machine = PLATFORMS[key]
        name = f"{key}/baocao.components"
        root = parse(zf, name, problems)
        if root is None:
            continue
        components = root.findall(f"{{{COMPONENTS_NS}}}component")
        # Two libraries per platform: the component, and beside it the entry (src/entry), the
        # protocol handler that needs only the URE.
        expected = (library, entry_library(library))
        if root.tag != f"{{{COMPONENTS_NS}}}components" or len(components) != len(expected):
            problems.append(f"{name}: expected <components> in {COMPONENTS_NS} with {len(expected)} <component>")
            continue
        registered = []
        for c, lib in zip(components, expected):
            if c.get("loader") != "com.sun.star.loader.SharedLibrary":
                problems.append(f"{name}: loader {c.get('loader')!r}, expected com.sun.star.loader.SharedLibrary")
            if c.get("environment") != environment:
                problems.append(f"{name}: environment {c.get('environment')!r}, expected {environment!r}")
            uri = c.get("uri") or ""
            if uri != lib:
                problems.append(f"{name}: uri {uri!r}, expected {lib!r} (resolved against the .components file)")
            target = posixpath.normpath(posixpath.join(key, uri)) if uri else None
            if target not in names:
                problems.append(f"{name}: the library {uri!r} ({target}) is not in the package")
            else:
                data = zf.read(target)
                found_fmt, machines = executable_machines(data)
                if found_fmt != fmt or machine not in machines:
                    problems.append(f"{target}: a {found_fmt} image for machine(s) {sorted(hex(m) for m in machines)}, "
                                    f"expected {fmt} for {hex(machine)} ({key})")
                if key in libraries and lib == library:
                    with open(libraries[key], "rb") as f:
                        if f.read() != data:
                            problems.append(f"{target}: not the library given for {key} ({libraries[key]})")
            registered += [
                (i.get("name"), i.get("constructor"), tuple(sorted(s.get("name") for s in i.findall(f"{{{COMPONENTS_NS}}}service"))))
                for i in c.findall(f"{{{COMPONENTS_NS}}}implementation")]
            if not c.findall(f"{{{COMPONENTS_NS}}}implementation"):
                problems.append(f"{name}: the component {uri!r} registers no implementation")
        implementations[key] = sorted(registered)
    # Every platform registers the same implementations; only environment and uri differ.
    distinct = {tuple(v) for v in implementations.values()}
    if any(not v for v in implementations.values()):
        problems.append("components: a .components file registers no implementation")
    if len(distinct) > 1:
        problems.append(f"components: the platforms register different implementations: {implementations}")


def entry_library(library):
    """baocao.uno.dll -> baocao_entry.uno.dll: the entry library beside the component."""
    return library.replace("baocao.", "baocao_entry.", 1)


def check_no_strays(names, platforms, problems):
    shipped = ({f"{key}/baocao.components" for key in platforms} | {f"{key}/{PLATFORMS[key][2]}" for key in platforms}
               | {f"{key}/{entry_library(PLATFORMS[key][2])}" for key in platforms})
    for n in sorted(names):
        if (n.endswith(".components") or n.endswith(LIBRARY_SUFFIXES)) and n not in shipped:
            problems.append(f"{n}: a component file for no shipped platform")
        top = n.split("/")[0]
        if top in PLATFORMS and top not in platforms:
            problems.append(f"{n}: in the folder of a platform that is not shipped")


def check_description(zf, platforms, version, min_version, problems):
    root = parse(zf, "description.xml", problems)
    if root is None:
        return
    if root.tag != f"{{{DESCRIPTION_NS}}}description":
        problems.append(f"description.xml: root element {root.tag}, expected description in {DESCRIPTION_NS}")
    v = root.find(f"{{{DESCRIPTION_NS}}}version")
    if v is None or v.get("value") != version:
        problems.append(f"description.xml: version {None if v is None else v.get('value')!r}, expected {version!r}")
    p = root.findall(f"{{{DESCRIPTION_NS}}}platform")
    if len(p) != 1:
        problems.append(f"description.xml: {len(p)} <platform> elements, expected one")
    else:
        tokens = [t.strip() for t in p[0].get("value", "").split(",")]
        if sorted(tokens) != sorted(platforms) or len(set(tokens)) != len(tokens):
            problems.append(f"description.xml: platform value {p[0].get('value')!r}, expected the tokens {sorted(platforms)}")
    # LibreOffice 7.4 refuses the extension (unsatisfied dependencies) when this element is in the
    # 2006 namespace: it must be in the 2011 one, inside <dependencies>.
    minimal = [e for e in root.iter() if e.tag.endswith("}LibreOffice-minimal-version") or e.tag == "LibreOffice-minimal-version"]
    if len(minimal) != 1:
        problems.append(f"description.xml: {len(minimal)} LibreOffice-minimal-version elements, expected one")
    else:
        e = minimal[0]
        if e.tag != f"{{{DESCRIPTION_2011_NS}}}LibreOffice-minimal-version":
            problems.append(f"description.xml: LibreOffice-minimal-version is {e.tag}, expected the {DESCRIPTION_2011_NS} namespace")
        deps = root.find(f"{{{DESCRIPTION_NS}}}dependencies")
        if deps is None or e not in list(deps):
            problems.append("description.xml: LibreOffice-minimal-version is not a child of <dependencies>")
        if e.get("value") != min_version:
            problems.append(f"description.xml: LibreOffice-minimal-version {e.get('value')!r}, expected {min_version!r}")


def check(oxt, platforms, version, min_version="7.4", libraries=None):
    """Every problem found in the package, as messages; an empty list when it is right."""
    libraries = libraries or {}
    unknown = [p for p in platforms if p not in PLATFORMS] + [p for p in libraries if p not in platforms]
    if unknown or not platforms:
        return [f"bad arguments: platforms {platforms}, libraries {sorted(libraries)}"]
    problems = []
    try:
        zf = zipfile.ZipFile(oxt)
    except (OSError, zipfile.BadZipFile) as e:
        return [f"{oxt}: not a readable zip: {e}"]
    with zf:
        names = zf.namelist()
        if len(set(names)) != len(names):
            problems.append("the package has duplicate entries")
        names = set(names)
        check_manifest(zf, names, platforms, problems)
        check_components(zf, names, platforms, libraries, problems)
        check_no_strays(names, platforms, problems)
        check_description(zf, platforms, version, min_version, problems)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--platforms", required=True, help="comma-separated keys, e.g. linux_x86_64,windows_x86_64")
    ap.add_argument("--version", required=True)
    ap.add_argument("--min-version", default="7.4")
    ap.add_argument("--library", action="append", default=[], metavar="KEY=PATH",
                    help="the library expected byte for byte in KEY's folder")
    a = ap.parse_args()
    platforms = [p for p in a.platforms.split(",") if p]
    libraries = dict(item.split("=", 1) for item in a.library)
    problems = check(a.oxt, platforms, a.version, a.min_version, libraries)
    for p in problems:
        print(f"FAIL {p}")
    if problems:
        return 1
    print(f"{a.oxt}: right for {', '.join(platforms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
