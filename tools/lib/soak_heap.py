"""Where the soak's memory goes: a heap profile of the office over the soak's cycles.

One soffice, visible on an Xvfb display, runs WARM cycles of the soak (bench_soak.cycle: new
document, skeleton, figures refreshed, check, undone, closed); heaptrack (Debian's heaptrack) is
then attached to soffice.bin and CYCLES more run; soffice.bin is then killed, so that everything
allocated after the warm-up and still alive counts as left behind. Prints VmRSS at both ends
(with what glibc's malloc_trim gives back, through gdb), then what is alive, by who asked:
LibreOffice's glyph-layout cache (VCL's SalLayoutGlyphsCache, bounded by the office's
Office.Common/Cache/Font/GlyphsCacheSize), Writer's evaluation of user fields, each of our
commands, and the rest; and the largest stacks through our code. The profile is kept as OUT.zst
(OUT.gz from the heaptrack in a root); open it with `heaptrack --analyze`. heaptrack slows the
office about threefold: a hundred cycles take about three minutes.

Usage: [WARM=50] [CYCLES=100] soak_heap.py [OXT] [OUT]
On LibreOffice 25.2, in its root: tools/lib/heap-in-root /usr/bin/python3 tools/lib/soak_heap.py OXT OUT
"""
import collections
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
import bench_soak  # noqa: E402
from bench_validate import rss_mb, soffice_bin  # noqa: E402
from gui_session import GuiOffice  # noqa: E402

WARM = int(os.environ.get("WARM", "50"))
CYCLES = int(os.environ.get("CYCLES", "100"))
GLYPHS = "SalLayoutGlyphsCache"
# Writer computing a user field's value (a new SwCalc, with its i18n objects, each time): what
# LibreOffice 25.2 keeps of it grows with every update of a field (tools/lib/userfield_heap.py)
USERFIELD = "SwUserFieldType::GetValue"


def trimmed(pid):
    """VmRSS, and VmRSS after glibc gave back what it can (malloc_trim in the office, by gdb)."""
    before = rss_mb(pid)
    subprocess.run(["gdb", "-p", str(pid), "-batch", "-ex", "call (int)malloc_trim(0)"],
                   capture_output=True, text=True, timeout=120)
    time.sleep(1)
    return before, rss_mb(pid)


def folded_stacks(folded):
    """(stack, bytes) from heaptrack's folded stacks (the cost: bytes allocated and not freed)."""
    with open(folded, encoding="utf-8", errors="replace") as f:
        for line in f:
            stack, _, cost = line.rstrip("\n").rpartition(" ")
            if cost.isdigit():
                yield stack, int(cost)


def where(stack):
    """The part of LibreOffice a stack's memory is kept by: its glyph cache, its user fields, other."""
    return ("LibreOffice's glyph-layout cache" if GLYPHS in stack
            else "Writer's user-field evaluation" if USERFIELD in stack else "other")


def alive_by_origin(folded):
    """{(where, our command): bytes} and the largest stacks through our code."""
    origins, ours = collections.Counter(), collections.Counter()
    for stack, cost in folded_stacks(folded):
        frames = stack.split(";")
        command = next((fr.split("namespace)::")[-1].split("::")[0] for fr in frames
                        if "Command::execute" in fr), None)
        kept_by = where(stack)
        origins[(kept_by, command or "no command of ours")] += cost
        if kept_by == "other" and command:
            deepest = max(i for i, fr in enumerate(frames) if "baocao::" in fr)
            named = [fr[:70] for fr in frames[deepest + 1:] if fr and not fr.startswith("0x")]
            ours[(frames[deepest][:90], " > ".join(named[:2] + ["…"] + named[-2:] if len(named) > 4 else named))] += cost
    return origins, ours


def profile_after_warmup(gui, warm, cycles, one, out):
    """warm calls of one(), then heaptrack attached to soffice.bin for cycles more, soffice.bin
    killed (so whatever those allocated and still holds counts as left behind); VmRSS at both ends
    printed. Returns the folded stacks' file (cost: bytes allocated after the warm-up, not freed)
    and the profile's."""
    if not shutil.which("heaptrack"):
        sys.exit("heaptrack is not installed (apt-get install heaptrack; in a root: tools/lib/heap-in-root)")
    pid = soffice_bin(gui.office)
    for _ in range(warm):
        one()
    start = trimmed(pid)
    print(f"after {warm} cycles: VmRSS {start[0]:.0f} MB, {start[1]:.0f} MB after malloc_trim", flush=True)
    base = re.sub(r"\.(zst|gz)$", "", os.path.abspath(out))
    with open(base + ".log", "w") as log:
        tracker = subprocess.Popen(["heaptrack", "-p", str(pid)], stdout=log, stderr=subprocess.STDOUT,
                                   cwd=os.path.dirname(base))
        time.sleep(15)  # heaptrack injects itself through gdb
        for _ in range(cycles):
            one()
        end = trimmed(pid)
        print(f"after {warm + cycles} cycles: VmRSS {end[0]:.0f} MB, {end[1]:.0f} MB after malloc_trim "
              f"(heaptrack's own memory included)", flush=True)
        os.kill(pid, 9)
        tracker.wait(timeout=900)
    # Attached to a running process, heaptrack names its file itself (-o is not honoured): it says where.
    with open(base + ".log", encoding="utf-8", errors="replace") as f:
        written = re.search(r'output will be written to "([^"]+)"', f.read())
    if not written:
        sys.exit(f"heaptrack wrote no profile; its log is {base}.log")
    # .zst, or .gz where heaptrack was built without zstd (Debian's, in a root): heaptrack_print
    # reads by the name's end
    profile = base + os.path.splitext(written.group(1))[1]
    shutil.move(written.group(1), profile)
    folded = base + ".folded"
    subprocess.run(["heaptrack_print", "-f", profile, "--print-leaks", "0", "--print-peaks", "0",
                    "--print-allocators", "0", "--print-temporary", "0", "-F", folded,
                    "--flamegraph-cost-type", "leaked"], capture_output=True, check=True)
    return folded, profile


def main():
    oxt = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "dev", "baocao.oxt")
    out = sys.argv[2] if len(sys.argv) > 2 else "soak-heap"
    gui = GuiOffice(oxt)
    try:
        answers, data_b, _ = bench_soak.profile_and_answers(gui.office)
        steps = {}
        folded, profile = profile_after_warmup(gui, WARM, CYCLES,
                                               lambda: bench_soak.cycle(gui.office, answers, data_b, steps), out)
    finally:
        gui.close()
    origins, ours = alive_by_origin(folded)
    total = sum(origins.values())
    print(f"alive after cycle {WARM + CYCLES} of what was allocated after cycle {WARM}: {total / 1e6:.1f} MB "
          f"({total / CYCLES / 1e3:.0f} KB a cycle)")
    for (where, command), cost in origins.most_common():
        print(f"  {cost / 1e6:7.2f} MB  {where}, {command}")
    print("largest stacks through our code, outside the glyph cache (our deepest frame; LibreOffice's frames under it):")
    for (frame, below), cost in ours.most_common(12):
        print(f"  {cost / 1e6:7.2f} MB  {frame}\n             {below}")
    print(f"profile: {profile}")


if __name__ == "__main__":
    main()
