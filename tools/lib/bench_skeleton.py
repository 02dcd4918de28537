"""Benchmarks of the skeleton insertion, run against a real LibreOffice with the extension.

  seed:      the seed report's skeleton (templates/dan-van-2021-2025.json) inserted in-process by
             the InsertReport command; goal < 100 ms (median).
  synthetic: a generated 1,000-paragraph template inserted by InsertReport, against LibreOffice's
             own insertDocumentFromURL of the same content saved as .odt, in the same run;
             goal: ratio of medians <= 1.5.
Timing is taken around the dispatch call (the command runs inside soffice; the socket round trip
is about 1 ms). Prints medians and the ratio; exits 1 when a goal is missed.
"""
import json
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))  # tools/lib -> repository
sys.path.insert(0, os.path.join(ROOT, "tools", "lib"))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from lo_office import Office, prop, uno  # noqa: E402

RUNS = int(os.environ.get("BAOCAO_BENCH_RUNS", "7"))


def synthetic_template(paragraphs=1000):
    """I..X, each with 1..9, each with guidance: 10 * (1 + 9 * (1 + 1)) = 190 headings... scaled to ~1,000."""
    sections, count, i = [], 0, 0
    while count < paragraphs:
        children = []
        for j in range(9):
            children.append({"id": f"s{i}-{j}", "title": f"Nội dung thứ {j + 1} của phần {i + 1}",
                             "guidance": "Nêu kết quả thực hiện, số liệu cụ thể, so sánh với cùng kỳ năm trước."})
            count += 2
        sections.append({"id": f"s{i}", "title": f"PHẦN KẾT QUẢ SỐ {i + 1}", "children": children})
        count += 1
        i += 1
    return {"schema": 1, "id": "bench-1000", "title": "Benchmark", "version": "1", "sections": sections,
            "signature": {"authority": "TM.", "body": "Ủy ban nhân dân", "position": "Chủ tịch"},
            "recipients": {"noiNhan": ["Như trên;", "Lưu: VT."]}}


def set_config(office, path, name, value):
    node = office.config(path, update=True)
    node.replaceByName(name, value)
    node.commitChanges()


def dispatch_ms(office, doc, answers):
    frame = doc.getCurrentController().getFrame()
    url = uno.createUnoStruct("com.sun.star.util.URL")
    url.Complete = "vnd.baocao:InsertReport"
    url = office.create("com.sun.star.util.URLTransformer").parseStrict(url)[1]
    d = frame.queryDispatch(url, "", 0)
    t0 = time.perf_counter()
    d.dispatch(url, (prop("Answers", answers),))
    return (time.perf_counter() - t0) * 1000


def median_of(f):
    return statistics.median(f() for _ in range(RUNS))


def main():
    oxt = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "dev", "baocao.oxt")
    office = Office(tempfile.mkdtemp(prefix="baocao-bench-state-"))
    office.install(oxt)
    office.start()
    try:
        shared = os.path.join(office.out, "templates")
        os.makedirs(shared, exist_ok=True)
        with open(os.path.join(shared, "bench-1000.json"), "w", encoding="utf-8") as f:
            json.dump(synthetic_template(), f, ensure_ascii=False)
        os.chmod(shared, 0o755)
        set_config(office, "/org.baocao.Settings/Templates", "SharedFolder", shared)
        with open(os.path.join(ROOT, "templates", "samples", "answers-dan-van.json"), encoding="utf-8") as f:
            seed_answers = f.read()
        bench_answers = json.dumps({"template": "bench-1000"})

        def fresh():
            return office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))

        def timed_insert(answers, keep=None):
            doc = fresh()
            ms = dispatch_ms(office, doc, answers)
            if keep is not None:
                doc.storeToURL(uno.systemPathToFileUrl(keep), ())
            doc.close(True)
            return ms

        dispatch_ms(office, fresh(), seed_answers)  # warm-up: loads the component and the fonts
        seed = median_of(lambda: timed_insert(seed_answers))
        odt = os.path.join(office.out, "bench-1000.odt")
        timed_insert(bench_answers, keep=odt)
        ours = median_of(lambda: timed_insert(bench_answers))

        def timed_import():
            doc = fresh()
            cursor = doc.getText().createTextCursor()
            t0 = time.perf_counter()
            cursor.insertDocumentFromURL(uno.systemPathToFileUrl(odt), ())
            ms = (time.perf_counter() - t0) * 1000
            doc.close(True)
            return ms

        baseline = median_of(timed_import)
        ratio = ours / baseline
        print(f"seed skeleton, InsertReport: median {seed:.1f} ms over {RUNS} runs (goal < 100 ms)")
        print(f"1,000-paragraph skeleton, InsertReport: median {ours:.1f} ms")
        print(f"same content as .odt, insertDocumentFromURL: median {baseline:.1f} ms")
        print(f"ratio {ratio:.2f} (goal <= 1.5)")
        return 0 if seed < 100 and ratio <= 1.5 else 1
    finally:
        office.stop()
        office.remove()


if __name__ == "__main__":
    sys.exit(main())
