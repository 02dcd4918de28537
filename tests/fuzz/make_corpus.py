#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (tests/fuzz/corpus/<name>/) from the project's own
samples: the shipped templates, templates/samples/*, the seed report in tests/data. Run it again
when a sample or an input format of a target changes; the seeds are small (a few KB each) so
that every seed runs in the CTest's 20 s.

    tests/fuzz/make_corpus.py
"""
import json
import pathlib
import shutil
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fuzz" / "corpus"
TEMPLATES = sorted((ROOT / "templates").glob("*.json"))
SAMPLES = ROOT / "templates" / "samples"
REPORT = (ROOT / "tests" / "data" / "seed-report-dan-van-2021-2025.txt").read_text(encoding="utf-8")


def write(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def chunks(text, limit):
    """The text in pieces of at most `limit` bytes, cut at line ends."""
    out, cur = [], ""
    for line in text.splitlines(keepends=True):
        if cur and len((cur + line).encode()) > limit:
            out.append(cur)
            cur = ""
        cur += line
    if cur:
        out.append(cur)
    return out


def figures(sections):
    for s in sections:
        yield from s.get("figures", [])
        yield from figures(s.get("children", []))


def flatten(sections, level=0):
    for s in sections:
        yield level, s
        yield from flatten(s.get("children", []), level + 1)


def bookmark(section_id):
    # core::bookmarkName for ids under 37 characters (the shipped ones)
    return "bc_" + "".join(c if c.isascii() and c.isalnum() else "_" for c in section_id)


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def template():
    for t in TEMPLATES:
        write("template", t.name, t.read_bytes())
    minimal = {"schema": 1, "id": "a", "title": "T", "version": "1", "sections": [{"id": "s", "title": "S"}]}
    write("template", "minimal.json", json.dumps(minimal))
    write("template", "bom.json", "\ufeff" + json.dumps(minimal, ensure_ascii=False))
    full = json.loads(TEMPLATES[0].read_text(encoding="utf-8"))
    full["sections"] = full["sections"][:2]
    write("template", "short.json", json.dumps(full, ensure_ascii=False, indent=1))
    broken = dict(minimal, sections=[{"id": "s", "title": "S", "figures": [{"key": "x", "type": "integer", "label": "X",
                                                                              "formula": "x + 1"}]}], extra=[1, None, True, 1.5e300])
    write("template", "errors.json", json.dumps(broken))


def slots():
    for t in TEMPLATES:
        data = json.loads(t.read_text(encoding="utf-8"))
        write("slots", t.stem + ".json", json.dumps(list(figures(data["sections"])), ensure_ascii=False))
    write("slots", "empty.json", "[]")
    write("slots", "splice.json", '[]}],"closing":"x","sections":[{"id":"b","title":"c","figures":[]')


def answers():
    write("answers", "answers-dan-van.json", (SAMPLES / "answers-dan-van.json").read_bytes())
    write("answers", "all-fields.json", json.dumps({
        "template": "bao-cao-dinh-ky", "number": "15", "date": "2025-02-28", "data": "/tmp/so-lieu.ods",
        "inputs": {"ky_bao_cao": "6 tháng đầu năm 2025", "so": "2025-05-07"}, "omit": ["kien-nghi"]}, ensure_ascii=False))
    write("answers", "hostile.json",
          '{"template":"dan-van-2021-2025","inputs":{"ve_viec":"<text:p>&amp;\\u0000\\u000b\\r\\n\\t\\ud800 \\u00a0x",'
          '"so_cong_van":"\\ufffe\\uffff"},"omit":[],"number":" 1 "}')


def profile():
    write("profile", "profile-long-mon.json", (SAMPLES / "profile-long-mon.json").read_bytes())
    write("profile", "empty.json", "{}")
    write("profile", "nbsp-nfd.json", json.dumps({"Agency": "\u00a0U\u0309y ban nha\u0302n da\u0302n  thị xã  Sơn Tây ",
                                                  "SignerName": "7", "TypeCode": "bc"}, ensure_ascii=False))


def csv_and_sheet():
    sample = (SAMPLES / "so-lieu-long-mon.csv").read_text(encoding="utf-8")
    write("csv", "so-lieu-long-mon.csv", sample)
    lines = sample.splitlines()
    vi = "ma;chi_tieu;gia_tri;don_vi;ky;nguon\r\n" + "\r\n".join(
        l.replace(",", ";") for l in lines[1:6] if '"' not in l) + "\r\n"
    write("csv", "semicolons-crlf.csv", "\ufeff" + vi)
    write("csv", "quoted.csv", 'key,label,value\n"a;b","say ""x""\nnext line",1.530\n,,\n"",x,98,9%\n')
    write("csv", "tcvn3.csv", "key,label,value\nx,ViÖt Nam,1\n".encode("latin-1"))
    rows = []
    for line in lines:
        cells = []
        for cell in line.split(","):
            plain = cell.replace(".", "").replace(",", ".")
            try:
                float(plain)
                cells.append("#" + plain)
            except ValueError:
                cells.append(cell.strip('"'))
        rows.append("\t".join(cells))
    write("sheet", "so-lieu-long-mon.tsv", "\n".join(rows) + "\n")
    write("sheet", "extremes.tsv", "ma\tgia_tri\ta\t#1e400\nb\t#nan\nc\t#-9223372036854775808\nd\t#4.5e15\ne\t#2025.5\n")


def expression():
    formulas = [f["formula"] for t in TEMPLATES for f in figures(json.loads(t.read_text(encoding="utf-8"))["sections"])
                if f.get("formula")]
    formulas += ["ho_ngheo / ho_dan_tong * 100", "-(a + 2.5) * (b - c) / 4", "((x))", "a-- b", "1.5.5 + x"]
    for i, f in enumerate(formulas):
        write("expression", f"formula-{i}", b"\x00" + f.encode())
    write("expression", "long-sum", b"\xf0ho_ngheo")


def text_targets():
    for i, piece in enumerate(chunks(REPORT, 1000)):
        write("normalize", f"report-{i:02}.txt", piece)
    for i, piece in enumerate(chunks(REPORT[:8000], 250)):
        write("syllable", f"report-{i:02}.txt", piece)
    odd = ["Nha\u0302n da\u0302n\u00a0\u2028x\u3000", "III.\tKẾT QUẢ\u00a0 THỰC HIỆN:", "Văn hoá – xã hội.",
           "ngay 26/11/2021, thang 5 nam 2025; Việt Nam 2025", "ngaỳ hòan thủy thuỷ hoà ḱ"]
    for i, s in enumerate(odd):
        write("normalize", f"odd-{i}.txt", s)
        write("syllable", f"odd-{i}.txt", s)
    # text_issues: the first byte is the memo's piece size
    for i, piece in enumerate(chunks(REPORT, 1500)[:12]):
        write("text_issues", f"report-{i:02}.txt", b"\x10" + piece.encode())
    slips = ["Phó chỉ tịch avf để để, ĐứcMạnh công tác.Ủy ban Thưòng tực; ngaỳ 26/11/2021 huyÖn",
             "Phó chi\u0309 ti\u0323ch \u212b để để ddaauf nguwowif vie65t. as of now, UBND TP.HCM a.b@c.vn"]
    for i, s in enumerate(slips + odd):
        write("text_issues", f"odd-{i}.txt", bytes([i * 7]) + s.encode())
    write("normalize", "ill-formed.bin", b"a\xc0\xaf b\xed\xa0\x80 c\xf4\x90\x80\x80 \xe2\x82")
    legacy = ["ViÖt Nam", "TrËt tù ch÷ c¸i", "Vieät Nam", "Xin chaøo caùc baïn", "(ViÖt, nhÊt;", "Müller m² Việt"]
    for i, s in enumerate(legacy):
        write("legacy", f"raw-{i}", b"\x00" + s.encode())
    write("legacy", "alphabet", b"\x01" + bytes(range(0, 256, 7)))


def tone():
    # the alphabet of tone_fuzz.cpp, in its order
    alphabet = []
    for c in range(ord("a"), ord("z") + 1):
        alphabet += [chr(c), chr(c).upper()]
    alphabet += ["đ", "Đ"]
    for v in ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"]:
        for tone in ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]:
            for upper in (False, True):
                s = (v[0].upper() + v[1:]) if upper else v
                alphabet.append(unicodedata.normalize("NFC", s + tone))
    alphabet += ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"]
    index = {a: i for i, a in enumerate(alphabet)}
    words = [unicodedata.normalize("NFC", w) for w in REPORT.split() if w.isalpha()]
    words = [w for w in dict.fromkeys(words) if all(c in index for c in w) and not w.isascii()]
    for n in range(0, min(len(words), 240), 8):  # a few words a seed: the target reads at most 64 bytes
        write("tone", f"report-words-{n // 8:02}", b"\xff".join(bytes(index[c] for c in w) for w in words[n:n + 8]))
    misplaced = ["ngaỳ", "hòan", "thuỷ", "khuỷu", "quý", "gìn", "ươu"]
    write("tone", "misplaced", b"\xff".join(bytes(index[c] for c in unicodedata.normalize("NFC", w)) for w in misplaced))


def attr(a0, a1, a2, a3, text):
    return b"\x1f" + bytes([a0, a1, a2, a3]) + text.encode()


def snapshot():
    """Document snapshots (snapshot_input.hpp), for the sections, validation and outline targets."""
    def put(name, data):
        write("sections", name, data)
        write("validation", name, data)
        write("outline", name, data)

    for i, piece in enumerate(chunks(REPORT[:12000], 4000)):
        put(f"report-{i:02}.txt", piece)
    t = json.loads(TEMPLATES[0].read_text(encoding="utf-8"))
    body_lines = [l[:100] for l in REPORT.splitlines() if len(l) > 80][:6]
    lines = [b"\x1e\x00\x01\x00",
             attr(0x90 | 4, 0, 0, 0, "ỦY BAN NHÂN DÂN"), attr(0x90 | 4, 0, 0, 0, "XÃ LONG MÔN"),
             attr(0x90 | 4, 0, 0, 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), attr(0x90 | 4, 0, 0, 0, "Độc lập - Tự do - Hạnh phúc"),
             attr(0x90, 0, 0, 0, "Số: 15/BC-UBND"), attr(0x90 | 8, 0, 0, 0, "Long Môn, ngày 07 tháng 5 năm 2025"),
             attr(0x10 | 4, 0, 1, 0, "BÁO CÁO"), attr(0x10 | 4, 0, 1, 0, t.get("trichYeu", "")[:120]),
             attr(0x10, 0, 1, 0, "Kính gửi: Ủy ban nhân dân huyện Minh Long")]
    counters = [0, 0, 0]
    marks = [(level, s) for level, s in flatten(t["sections"])]
    for k, (level, s) in enumerate(marks):
        counters[level] += 1
        for deeper in range(level + 1, 3):
            counters[deeper] = 0
        number = [ROMAN[counters[0] - 1] + ".", f"{counters[1]}.", LETTERS[counters[2] - 1] + ")"][level]
        a0 = 0x10 | (level + 1) | (4 if level < 2 else 0) | (0x40 if k % 2 == 0 else 0) | (0x20 if k % 3 == 0 else 0)
        lines.append(attr(a0, k, 0, 0, f"{number} {s['title']}"))
        if k < len(body_lines):
            lines.append(attr(0x10, k, 0, 5 if k % 4 == 0 else 0, body_lines[k] + " 433"))
    lines += [attr(0x10, 0, 0, 4, "./."), attr(0x90 | 4 | 8, 0, 0, 0x80, "Nơi nhận:"),
              attr(0x90, 0, 0, 0, "- Như trên;"), attr(0x90 | 4, 0, 0, 0, "TM. ỦY BAN NHÂN DÂN"),
              attr(0x90 | 4, 0, 0, 0, "CHỦ TỊCH"), attr(0x90 | 4, 0, 0, 0, "Nguyễn Văn An")]
    put("skeleton-dan-van", b"\n".join(lines) + b"\n")
    typed = ["\x1e\x00\x00\x02", "BÁO CÁO", "Kết quả 6 tháng đầu năm 2025", "I. TÌNH HÌNH CHUNG", "1. Kết quả thực hiện",
             "Trên cơ sở Chỉ thị 33/CT-TTg ngay 26/11/2021, có 433 hộ.", "a) Ưu điểm: ngaỳ 31/02/2025 ViÖt Nam",
             "II. PHƯƠNG HƯỚNG, NHIỆM VỤ", "Nơi nhận:", "- Lưu: VT."]
    put("typed", "\n".join(typed) + "\n")


def odf_body():
    def seg(lead, text):  # a segment: its lead byte, then the text (UTF-8) or bytes
        return bytes([lead]) + (text.encode() if isinstance(text, str) else text)

    def para(p0, p1, *segments):
        return bytes([p0, p1]) + b"\x1f".join(segments)

    rule = (1500).to_bytes(8, "little", signed=True) + (18).to_bytes(8, "little", signed=True)
    paragraphs = [
        para(0, 0, seg(0, "BÁO CÁO")),
        para(0x81, 0, rule + seg(0, "Kết quả công tác dân vận "), seg(1, "ve_viec")),
        para(2, 0, seg(0, "Kính gửi: "), seg(1, 'Cơ quan  <nhận> & "báo cáo"')),
        para(3, 0, seg(0, "Thực hiện Công văn số 479/UBND-NC\tngày 07/5/2025\r\n  của <text:p>&amp;\x01\x0b".encode()
                       + b"\xef\xbf\xbe")),
        para(4 | 8, 1, seg(0, "I. KẾT QUẢ")),
        para(5 | 16, 0, seg(1, "Nêu kết quả đạt được")),
        para(6 | 16, 0, seg(0, "Tổng số hộ: "), seg(0x42, "ho_dan_tong [ho_dan_tong]"), seg(0, " hộ")),
        para(3, 0, seg(0, b"lone surrogate \xed\xa0\x80 and \xc0\xaf")),
    ]
    write("odf_body", "direct", b"\x00" + b"\x1e".join(paragraphs))
    answers = json.loads((SAMPLES / "answers-dan-van.json").read_text(encoding="utf-8"))
    profile = json.loads((SAMPLES / "profile-long-mon.json").read_text(encoding="utf-8"))
    strings = list(answers["inputs"].values()) + [profile[k] for k in
                                                 ["ParentAgency", "Agency", "AgencyCode", "PlaceName", "TypeCode",
                                                  "SignerName", "SignerTitle"]] + ["15"]
    write("odf_body", "skeleton-dan-van", b"\x01\x00" + b"\x1e".join(b"\x00" + s.encode() for s in strings))
    hostile = ["479/<UBND>&NC".encode(), b"2025-05-07", "UBND\x00 huyện \x1b[31m".encode(), b"\xed\xa0\x80 lone surrogate"]
    write("odf_body", "skeleton-hostile", b"\x01\x00" + b"\x1e".join(b"\x00" + s for s in hostile) + b"\x1e\x00<b>x</b>&")


def outline():
    """The project's đề cương samples as plain-text snapshots, cut to the target's -max_len."""
    for path in sorted((ROOT / "tests" / "data" / "outlines").glob("*.txt")):
        for i, piece in enumerate(chunks(path.read_text(encoding="utf-8"), 1400)):
            write("outline", f"{path.stem}-{i:02}.txt", piece)


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    template()
    slots()
    answers()
    profile()
    csv_and_sheet()
    expression()
    text_targets()
    tone()
    snapshot()
    outline()
    odf_body()
    for d in sorted(OUT.iterdir()):
        files = list(d.iterdir())
        print(f"{d.name}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
