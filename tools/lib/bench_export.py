"""Benchmark of the submission package (`baocao export`): the seed report made by `baocao new`
(number 15, the sample data file), then, alternately, RUNS times each:

  baseline: the PDF/A-2b export alone, LibreOffice's storeToURL on the report already loaded
            (Python-UNO over the socket, only the store timed);
  package:  `baocao export --connect … --force --overwrite` against the same office: loading the
            report, the check, the PDF/A, the .docx, the figures' .xlsx and .csv, the rename.
Prints the medians and the ratio; goal: the package in under 3 s. Exits 1 when it is missed.
Usage: bench_export.py OXT CLI
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from lo_office import Office, chown_tree, prop, uno  # noqa: E402

RUNS = int(os.environ.get("BAOCAO_BENCH_RUNS", "7"))
SAMPLES = os.path.join(ROOT, "templates", "samples")


def main():
    oxt, cli = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="baocao-bench-export-")
    os.chmod(work, 0o777)
    with open(os.path.join(SAMPLES, "answers-dan-van.json"), encoding="utf-8") as f:
        answers = json.load(f)
    answers["number"] = "15"
    answers_file = os.path.join(work, "answers.json")
    with open(answers_file, "w", encoding="utf-8") as f:
        json.dump(answers, f, ensure_ascii=False)
    report = os.path.join(work, "bao-cao.odt")
    subprocess.run([cli, "new", "--answers", answers_file, "--profile", os.path.join(SAMPLES, "profile-long-mon.json"),
                    "--data", os.path.join(SAMPLES, "so-lieu-long-mon.csv"), "-o", report], check=True,
                   capture_output=True)
    chown_tree(work)
    office = Office(tempfile.mkdtemp(prefix="baocao-bench-state-"))
    office.install(oxt)
    office.start()
    connect = f"socket,host=127.0.0.1,port={office.state['port']}"
    pdf_times, package_times = [], []
    try:
        fd = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("SelectPdfVersion", 2),))
        out = os.path.join(work, "out")
        for _ in range(RUNS):
            doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(report), "_blank", 0,
                                                      (prop("Hidden", True),))
            try:
                t0 = time.perf_counter()
                uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(os.path.join(work, "alone.pdf")),
                                               (prop("FilterName", "writer_pdf_Export"), prop("FilterData", fd))))
                pdf_times.append(time.perf_counter() - t0)
            finally:
                doc.close(True)
            t0 = time.perf_counter()
            # umask 0: the office may run as another user (lo_office), and writes into the package folder
            r = subprocess.run([cli, "export", report, "-o", out, "--force", "--overwrite", "--connect", connect],
                               capture_output=True, text=True, preexec_fn=lambda: os.umask(0))
            if r.returncode != 0:
                raise RuntimeError(r.stderr)
            package_times.append(time.perf_counter() - t0)
    finally:
        office.stop()
        shutil.rmtree(work, ignore_errors=True)
    pdf, package = statistics.median(pdf_times), statistics.median(package_times)
    print(f"export: PDF/A-2b alone (storeToURL) median {pdf * 1000:.0f} ms "
          f"(range {min(pdf_times) * 1000:.0f}-{max(pdf_times) * 1000:.0f})")
    print(f"export: the package (baocao export --connect) median {package * 1000:.0f} ms "
          f"(range {min(package_times) * 1000:.0f}-{max(package_times) * 1000:.0f}); ratio {package / pdf:.2f}; goal < 3 s: "
          + ("met" if package < 3 else "MISSED"))
    return 0 if package < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
