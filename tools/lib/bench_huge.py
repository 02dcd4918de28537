"""Huge and strange documents through `baocao validate` (issue 16): a ladder of two or three sizes
of each kind, written at run time by tests/integration/huge_documents.py, each checked by one
`baocao validate --no-spelling` run that starts its own LibreOffice. For each: the wall time, the
peak resident memory (VmHWM) of the CLI and of soffice.bin, the exit code, and the number of
findings. The growth from one rung to the next is printed as time and memory ratios against the
size ratio, to show whether it is linear. Bombs (a .docx of 200 MB of spaces, an .odt of 500 MB
of XML) are refused before LibreOffice loads them; an .odt whose zip headers lie about its 300 MB
of XML is refused by LibreOffice.

Also, for comparison, the office alone: the same CLI on an empty document (its start and idle size).

Usage: bench_huge.py CLI [KIND…]   (kinds: pages paragraph fields tables bookmarks bombs; all by default)
Env: BAOCAO_BENCH_LADDER=small gives the lower rungs only (a quick look).
Exits 1 when a run fails (a crash, no output) or exceeds 15 minutes.
"""
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
import huge_documents as huge  # noqa: E402

MB = 1 << 20
SMALL = os.environ.get("BAOCAO_BENCH_LADDER") == "small"

LADDERS = {
    "pages": (huge.report, [1000, 2500, 5000], "pages"),
    "paragraph": (huge.long_paragraph, [256 * 1024, 512 * 1024, 1024 * 1024], "bytes in one paragraph"),
    "fields": (huge.fields, [25_000, 50_000, 100_000], "fields"),
    "tables": (huge.nested_tables, [10, 25, 50], "tables nested"),
    "bookmarks": (huge.bookmarks, [2_500, 5_000, 10_000], "bookmarks"),
}


def run(cli, path):
    r, seconds, peaks = huge.run_measured([cli, "validate", "--format", "json", "--lang", "en", "--no-spelling", path],
                                          timeout=900)
    findings, error = None, None
    try:
        entry = json.loads(r.stdout)["files"][0]
        findings = len(entry["findings"]) if "findings" in entry else None
        error = entry.get("error")
    except (ValueError, KeyError, IndexError):
        error = (r.stderr or "no output").strip().splitlines()[-1:]
    return {"code": r.returncode, "seconds": seconds, "cli": huge.peak_of(peaks, "baocao"),
            "office": huge.peak_of(peaks, "soffice.bin"), "findings": findings, "error": error,
            "packed": os.path.getsize(path)}


def row(label, m):
    what = f"{m['findings']} findings" if m["findings"] is not None else f"refused: {m['error']}"
    print(f"| {label} | {m['packed'] / 1024:,.0f} KB | {m['seconds']:.1f} | {m['cli'] / MB:.0f} | {m['office'] / MB:.0f} "
          f"| {m['code']} | {what} |", flush=True)


def main():
    cli = sys.argv[1]
    kinds = sys.argv[2:] or list(LADDERS) + ["bombs"]
    tmp = tempfile.mkdtemp(prefix="baocao-bench-huge-")
    failed = False
    try:
        print("| document | packed | seconds | baocao MB | soffice.bin MB | exit | result |")
        print("|---|---:|---:|---:|---:|---:|---|")
        base = run(cli, huge.report(os.path.join(tmp, "empty.odt"), 0))
        row("an empty document (the office's start and idle size)", base)
        for kind in kinds:
            if kind == "bombs":
                for label, make in (("a .docx zip bomb (200 MB of spaces)", lambda p: huge.zip_bomb_docx(p + ".docx", 200)),
                                    (".odt, content.xml of 500 MB", lambda p: huge.huge_xml_odt(p + ".odt", 500)),
                                    (".odt, 300 MB of XML declared as 100 KB", lambda p: huge.lying_odt(p + ".odt", 300))):
                    path = make(os.path.join(tmp, "bomb"))
                    m = run(cli, path)
                    row(label, m)
                    failed = failed or m["code"] != 2
                    os.remove(path)
                continue
            make, sizes, unit = LADDERS[kind]
            previous = None
            for size in sizes[:2] if SMALL else sizes:
                path = make(os.path.join(tmp, f"{kind}-{size}.odt"), size)
                m = run(cli, path)
                os.remove(path)
                row(f"{size:,} {unit}", m)
                failed = failed or m["code"] not in (0, 1) or m["seconds"] > 900
                if previous:
                    size0, m0 = previous
                    # what grows with the document: time and memory above the empty document's, when
                    # it is more than the noise of a shared machine (5 s, 4 MB)
                    dt, dt0 = m["seconds"] - base["seconds"], m0["seconds"] - base["seconds"]
                    dc, dc0 = m["cli"] - base["cli"], m0["cli"] - base["cli"]
                    t = f"×{dt / dt0:.1f} time" if min(dt, dt0) > 5 else "time: within the noise"
                    c = f"×{dc / dc0:.1f} baocao memory" if min(dc, dc0) > 4 * MB else "memory: within the noise"
                    print(f"| ×{size / size0:.1f} size → | | {t} | {c} | | | |", flush=True)
                previous = (size, m)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
