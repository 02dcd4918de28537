"""Benchmark of `baocao collect`: BASES reports made by `baocao new` from the seed template, each with
its own commune and data file (varied figures), then copied up to REPORTS files, each copy made a
report of its own unit (the header's commune renamed in the copy's content.xml, so every copy is
counted, as a province's communes are); the set collected with --jobs 1 and --jobs 2, alternately.

  scale:  the median time of each, the ratio (goal: --jobs 2 at least 1.7x faster than --jobs 1
          on this 2-core machine), and the tables compared byte for byte (goal: identical); the
          totals row checked against the data files' sums over every report.
  memory: each office's resident memory (VmRSS of the soffice.bin processes below the CLI, read
          every half second, with the progress the CLI shows on a terminal): after its first file
          (when as many files are done as there are offices) and after the last; goal: the last
          within 1.2x of the first. The peak, while a file is open (its document in memory too),
          is printed beside it, and where it stood after the 1st, 50th and 200th file.
The issue's set is 1,000 reports (REPORTS=1000; the default, 100, keeps a run of tools/bench
short); ROUNDS (default 3) rounds of both; BASES (default 10) reports made by `baocao new`. Prints the figures; exits 1 when a goal is missed.
Usage: bench_collect.py CLI
"""
import csv
import io
import json
import os
import pty
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

from proc_tree import descendants_named

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "templates", "samples")
REPORTS = int(os.environ.get("REPORTS", "100"))
ROUNDS = int(os.environ.get("ROUNDS", "3"))
BASES = int(os.environ.get("BASES", "10"))
SUMMED = {"ho_dan_dan_toc_thieu_so": "Số hộ đồng bào dân tộc thiểu số (hộ)", "ho_dan_kinh": "Số hộ người Kinh (hộ)"}


def make_reports(cli, folder, n):
    """BASES reports made by the CLI (each start of `baocao new` starts an office), then copies,
    each renamed to a unit of its own. Returns the expected sums of SUMMED over all n reports."""
    with open(os.path.join(SAMPLES, "so-lieu-long-mon.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    with open(os.path.join(SAMPLES, "profile-long-mon.json"), encoding="utf-8") as f:
        base = json.load(f)
    made, values = [], []
    for k in range(min(n, BASES)):
        for row in rows:
            if row[0] in ("ho_dan_dan_toc_thieu_so", "ho_dan_kinh"):
                row[2] = str(100 + 7 * k if row[0] == "ho_dan_kinh" else 400 + 13 * k)
        for row in rows:
            if row[0] == "ho_dan_tong":
                row[2] = str(sum(int(r[2]) for r in rows if r[0] in ("ho_dan_dan_toc_thieu_so", "ho_dan_kinh")))
        data = os.path.join(folder, f"so-lieu-{k}.csv")
        with open(data, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
        values.append({r[0]: float(r[2]) for r in rows if r[0] in SUMMED})
        profile = dict(base, Agency=f"Ủy ban nhân dân xã Thử Nghiệm {k}", PlaceName=f"Thử Nghiệm {k}")
        profile.pop("ParentAgency", None)
        profile_path = os.path.join(folder, f"profile-{k}.json")
        with open(profile_path, "w", encoding="utf-8") as f:
            json.dump(profile, f, ensure_ascii=False)
        out = os.path.join(folder, "reports", f"bao-cao-{k:04}.odt")
        for attempt in range(3):  # on a loaded machine the data file's read may time out
            r = subprocess.run([cli, "new", "--template", "dan-van-2021-2025", "--answers",
                                os.path.join(SAMPLES, "answers-dan-van.json"), "--profile", profile_path, "--data", data,
                                "-o", out], capture_output=True, text=True)
            if r.returncode == 0:
                break
            print(f"baocao new exited {r.returncode}: {r.stderr.strip()}", file=sys.stderr, flush=True)
        else:
            raise RuntimeError("baocao new failed three times")
        made.append(out)
    for i in range(len(made), n):
        k = i % len(made)
        renamed(made[k], os.path.join(folder, "reports", f"bao-cao-{i:04}.odt"), f">XÃ THỬ NGHIỆM {k}<",
                f">XÃ THỬ NGHIỆM {k} SỐ {i}<")
    return {key: sum(values[i % len(made)][key] for i in range(n)) for key in SUMMED}


def renamed(source, target, old, new):
    """A copy of the .odt with `old` replaced in its content.xml (the mimetype kept first, stored)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                if old not in text:
                    raise RuntimeError(f"{source}: no {old!r} in content.xml")
                data = text.replace(old, new).encode("utf-8")
            zout.writestr(info, data)


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def collect(cli, jobs, folder, out):
    """One `baocao collect` with stderr on a terminal; returns the seconds, and per office its
    memory after its first file and at its largest."""
    if os.path.exists(out):
        os.remove(out)
    master, slave = pty.openpty()
    start = time.monotonic()
    proc = subprocess.Popen([cli, "collect", "--lang", "en", "--jobs", str(jobs), "-o", out, folder],
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    said = []

    def read():
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            said.append(chunk.decode("utf-8", "replace"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    first, largest, trace = {}, {}, {}
    while proc.poll() is None:
        done = [int(m) for m in re.findall(r"(\d+)/\d+ reports", "".join(said[-3:]))]
        for pid in descendants_named(proc.pid, "soffice.bin"):
            mb = rss_mb(pid)
            if mb is None:
                continue
            largest[pid] = max(largest.get(pid, 0), mb)
            if pid not in first and done and max(done) >= jobs:
                first[pid] = mb
            if done:
                trace.setdefault(pid, []).append((max(done), mb))
        time.sleep(0.5)
    for pid, samples in trace.items():  # how it grows: after the 1st, 50th, 200th file and at the end
        marks = [next((f"{mb:.0f} MB at {n}" for n, mb in samples if n >= k), None) for k in (1, 50, 200)]
        print(f"    office {pid}: " + ", ".join(m for m in marks if m) + f", {samples[-1][1]:.0f} MB at {samples[-1][0]}",
              flush=True)
    seconds = time.monotonic() - start
    reader.join(10)
    os.close(master)
    if proc.returncode not in (0, 1) or not os.path.exists(out):
        raise RuntimeError(f"baocao collect --jobs {jobs} exited {proc.returncode}: {''.join(said)[-2000:]}")
    # (after its first file, after its last, the largest sample: while a file is open it holds that
    # document too, so the peak is not what the office keeps)
    return seconds, {pid: (first[pid], trace[pid][-1][1], largest[pid]) for pid in first if pid in trace}


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    cli = sys.argv[1]
    work = tempfile.mkdtemp(prefix="baocao-bench-collect-")
    os.makedirs(os.path.join(work, "reports"))
    t0 = time.monotonic()
    expected = make_reports(cli, work, REPORTS)
    print(f"made {REPORTS} reports ({min(REPORTS, BASES)} by `baocao new`) in {time.monotonic() - t0:.0f} s", flush=True)
    times = {1: [], 2: []}
    memory = []
    tables = {}
    for _ in range(ROUNDS):
        for jobs in (1, 2):
            out = os.path.join(work, f"tong-hop-{jobs}.csv")
            seconds, offices = collect(cli, jobs, os.path.join(work, "reports"), out)
            times[jobs].append(seconds)
            memory.extend(offices.values())
            with open(out, "rb") as f:
                tables[jobs] = f.read()
            print(f"  --jobs {jobs}: {seconds:.1f} s; offices' memory (MB, after the first file -> after the last, "
                  "largest while a file was open): " + ", ".join(f"{a:.0f} -> {b:.0f}, {c:.0f}" for a, b, c in offices.values()),
                  flush=True)
    one, two = statistics.median(times[1]), statistics.median(times[2])
    ratio = one / two
    identical = tables[1] == tables[2]
    rows = list(csv.reader(io.StringIO(tables[1].decode("utf-8"))))
    col = {h: i for i, h in enumerate(rows[0])}
    counted = rows[-1][col["Status"]] if "Status" in col else ""
    sums_ok = all(abs(float(rows[-1][col[h]]) - expected[k]) < 1e-6 for k, h in SUMMED.items())
    worst = max((b / a for a, b, _ in memory), default=0)
    peak = max((c / a for a, _, c in memory), default=0)
    print(f"collect, {REPORTS} reports: --jobs 1 median {one:.1f} s ({', '.join(f'{t:.1f}' for t in times[1])}), "
          f"--jobs 2 median {two:.1f} s ({', '.join(f'{t:.1f}' for t in times[2])}); "
          f"speed-up {ratio:.2f}x (goal >= 1.7x: {'met' if ratio >= 1.7 else 'NOT met'}); "
          f"tables identical: {identical}; totals = the data files' sums: {sums_ok} ({counted}); "
          f"{one / REPORTS * 1000:.0f} ms a report with one office; "
          f"each office's memory after its last file / after its first: at most {worst:.2f} "
          f"(goal <= 1.2: {'met' if worst <= 1.2 else 'NOT met'}); its peak while a file was open: at most {peak:.2f}")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if ratio >= 1.7 and identical and sums_ok and worst <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
