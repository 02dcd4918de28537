"""Benchmark of `baocao collect`: ten reports made by `baocao new` from the seed template, each with
its own commune and data file, copied up to REPORTS files (a copy is collected as a second report of
its unit, listed and left out of the totals, but checked all the same), then the set collected with
--jobs 1 and --jobs 2, alternately.

  scale: the median time of each, the ratio (goal: --jobs 2 at least 1.7x faster than --jobs 1 on
         this 2-core machine), and the tables compared byte for byte (goal: identical).
The issue's set is 1,000 reports (REPORTS=1000 in the environment; the default, 100, keeps a run
of tools/bench short). Prints the figures; exits 1 when a goal is missed.
Usage: bench_collect.py CLI
"""
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "templates", "samples")
REPORTS = int(os.environ.get("REPORTS", "100"))
ROUNDS = 3


def make_reports(cli, folder, n):
    """Ten reports made by the CLI, then copies: making each one would start an office per report."""
    with open(os.path.join(SAMPLES, "so-lieu-long-mon.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    with open(os.path.join(SAMPLES, "profile-long-mon.json"), encoding="utf-8") as f:
        base = json.load(f)
    made = []
    for k in range(min(n, 10)):
        for row in rows:
            if row[0] in ("ho_dan_dan_toc_thieu_so", "ho_dan_kinh"):
                row[2] = str(100 + 7 * k if row[0] == "ho_dan_kinh" else 400 + 13 * k)
        for row in rows:
            if row[0] == "ho_dan_tong":
                row[2] = str(sum(int(r[2]) for r in rows if r[0] in ("ho_dan_dan_toc_thieu_so", "ho_dan_kinh")))
        data = os.path.join(folder, f"so-lieu-{k}.csv")
        with open(data, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
        profile = dict(base, Agency=f"Ủy ban nhân dân xã Thử Nghiệm {k}", PlaceName=f"Thử Nghiệm {k}")
        profile.pop("ParentAgency", None)
        profile_path = os.path.join(folder, f"profile-{k}.json")
        with open(profile_path, "w", encoding="utf-8") as f:
            json.dump(profile, f, ensure_ascii=False)
        out = os.path.join(folder, "reports", f"bao-cao-{k:04}.odt")
        subprocess.run([cli, "new", "--template", "dan-van-2021-2025", "--answers",
                        os.path.join(SAMPLES, "answers-dan-van.json"), "--profile", profile_path, "--data", data,
                        "-o", out], check=True, capture_output=True)
        made.append(out)
    for i in range(len(made), n):
        shutil.copy(made[i % len(made)], os.path.join(folder, "reports", f"bao-cao-{i:04}.odt"))


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    cli = sys.argv[1]
    work = tempfile.mkdtemp(prefix="baocao-bench-collect-")
    os.makedirs(os.path.join(work, "reports"))
    make_reports(cli, work, REPORTS)
    times = {"1": [], "2": []}
    tables = {}
    for _ in range(ROUNDS):
        for jobs in ("1", "2"):
            out = os.path.join(work, f"tong-hop-{jobs}.csv")
            start = time.monotonic()
            subprocess.run([cli, "collect", "--jobs", jobs, "-o", out, os.path.join(work, "reports")],
                           capture_output=True)
            times[jobs].append(time.monotonic() - start)
            with open(out, "rb") as f:
                tables[jobs] = f.read()
    one, two = statistics.median(times["1"]), statistics.median(times["2"])
    ratio = one / two
    identical = tables["1"] == tables["2"]
    print(f"collect, {REPORTS} reports: --jobs 1 median {one:.1f} s ({', '.join(f'{t:.1f}' for t in times['1'])}), "
          f"--jobs 2 median {two:.1f} s ({', '.join(f'{t:.1f}' for t in times['2'])}); "
          f"speed-up {ratio:.2f}x (goal >= 1.7x); tables identical: {identical}; "
          f"{one / REPORTS * 1000:.0f} ms a report with one office")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if ratio >= 1.7 and identical else 1


if __name__ == "__main__":
    sys.exit(main())
