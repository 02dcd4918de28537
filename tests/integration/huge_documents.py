"""Huge and strange documents, written at test time (never kept in the repository): OpenDocument
text packages made directly as zip files, so a 5,000-page report takes seconds to write, not the
minutes Writer would take to lay it out. Used by test_hostile.py and tools/lib/bench_huge.py.

Each writer takes the path and a size, and returns the path."""
import os
import struct
import zipfile

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
        ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
        ' office:version="1.3"><office:automatic-styles>'
        '<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Heading_20_2">'
        '<style:paragraph-properties fo:break-before="page"/></style:style>'
        '</office:automatic-styles><office:body><office:text>')
TAIL = '</office:text></office:body></office:document-content>'

# The kind of sentences a commune's report is made of, varied by numbers so that the XML packs as
# real reports do (about ten times), not as one sentence repeated.
SENTENCES = [
    "Ủy ban nhân dân xã đã chỉ đạo các ban, ngành, đoàn thể triển khai thực hiện công tác dân vận {n} lần trong kỳ.",
    "Tổng số hộ tham gia xây dựng nông thôn mới là {n} hộ, đạt {p},{q}% kế hoạch năm.",
    "Các tổ chức chính trị - xã hội đã vận động nhân dân hiến {n} m² đất để mở rộng đường giao thông nông thôn.",
    "Công tác tiếp công dân được duy trì thường xuyên; tiếp nhận {n} đơn, giải quyết dứt điểm {q} đơn.",
    "Phong trào thi đua “Dân vận khéo” có {n} mô hình điển hình được biểu dương, khen thưởng.",
    "Thu ngân sách trên địa bàn ước đạt {n} triệu đồng, tăng {p},{q}% so với cùng kỳ năm trước.",
]


def _sentence(i):
    return SENTENCES[i % len(SENTENCES)].format(n=1000 + (i * 7919) % 90000, p=i % 100, q=(i * 31) % 10)


def _body_paragraph(i, sentences=4):
    return "<text:p>" + " ".join(_sentence(i * sentences + k) for k in range(sentences)) + "</text:p>"


def _write(path, parts):
    """An .odt of the content.xml made of `parts` (strings, written as they come: no whole copy in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # stored, first
        z.writestr("META-INF/manifest.xml", MANIFEST)
        with z.open("content.xml", "w", force_zip64=True) as f:
            pending = []
            size = 0
            for part in parts:
                pending.append(part)
                size += len(part)
                if size > 1 << 20:
                    f.write("".join(pending).encode("utf-8"))
                    pending, size = [], 0
            f.write("".join(pending).encode("utf-8"))
    return path


def report(path, pages):
    """A report of `pages` pages: each begins on a new page with a numbered heading, then eight
    paragraphs of four sentences (about 50 lines, one A4 page in 14 pt Times New Roman)."""
    def parts():
        yield HEAD
        for page in range(pages):
            yield f'<text:h text:style-name="PB" text:outline-level="2">{page + 1}. Kết quả thực hiện nhiệm vụ {page + 1}</text:h>'
            for k in range(8):
                yield _body_paragraph(page * 8 + k)
        yield TAIL
    return _write(path, parts())


def long_paragraph(path, size):
    """One paragraph of `size` bytes of Vietnamese text, no break."""
    def parts():
        yield HEAD + "<text:p>"
        written, i = 0, 0
        while written < size:
            s = _sentence(i) + " "
            yield s
            written += len(s.encode("utf-8"))
            i += 1
        yield "</text:p>" + TAIL
    return _write(path, parts())


def fields(path, count):
    """`count` figure fields (user fields, as the skeleton's figures are), twenty to a paragraph."""
    def parts():
        yield (HEAD.replace("<office:text>", "<office:text><text:user-field-decls>"
                            '<text:user-field-decl office:value-type="float" office:value="1530" text:name="bc_so_ho"/>'
                            "</text:user-field-decls>"))
        for p in range(0, count, 20):
            yield ("<text:p>Số hộ: " + ", ".join('<text:user-field-get text:name="bc_so_ho">1.530</text:user-field-get>'
                                                for _ in range(min(20, count - p))) + ".</text:p>")
        yield TAIL
    return _write(path, parts())


def nested_tables(path, depth):
    """A table in a table … `depth` deep, a sentence in each cell."""
    def parts():
        yield HEAD
        for level in range(depth):
            yield (f'<table:table table:name="T{level}"><table:table-column table:number-columns-repeated="2"/>'
                   f"<table:table-row><table:table-cell><text:p>{_sentence(level)}</text:p></table:table-cell>"
                   "<table:table-cell>")
        yield "<text:p>Ô trong cùng.</text:p>"
        for _ in range(depth):
            yield "</table:table-cell></table:table-row></table:table>"
        yield "<text:p>Hết.</text:p>" + TAIL
    return _write(path, parts())


def bookmarks(path, count):
    """`count` bookmarks, one to a short paragraph."""
    def parts():
        yield HEAD
        for i in range(count):
            yield f'<text:p><text:bookmark text:name="bm_{i}"/>{_sentence(i)}</text:p>'
        yield TAIL
    return _write(path, parts())


def huge_xml_odt(path, megabytes=500, zip64=True):
    """An .odt whose content.xml unpacks to `megabytes` MB of ordinary paragraphs (1 MB of them,
    written again and again: deflate's window is 32 KB, so it packs as the first MB does)."""
    chunk = []
    size = 0
    i = 0
    while size < 1 << 20:
        p = _body_paragraph(i)
        chunk.append(p)
        size += len(p.encode("utf-8"))
        i += 1
    block = "".join(chunk).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", MANIFEST)
        with z.open("content.xml", "w", force_zip64=zip64) as f:
            f.write(HEAD.encode("utf-8"))
            for _ in range((megabytes << 20) // len(block) + 1):
                f.write(block)
            f.write(TAIL.encode("utf-8"))
    return path


DOCX_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
DOCX_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def zip_bomb_docx(path, megabytes=200):
    """A .docx whose document.xml is a valid document padded with `megabytes` MB of spaces: about
    a thousand times its packed size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("_rels/.rels", DOCX_RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
                    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>B\xc3\xa1o c\xc3\xa1o</w:t></w:r></w:p>')
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                f.write(block)
            f.write(b"</w:body></w:document>")
    return path


def _children(pid):
    """Children of every thread (LibreOffice's oosplash forks soffice.bin from a helper thread)."""
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                found.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def _peak(pid):
    """(name, VmHWM in bytes) of a process, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            status = dict(line.split(":", 1) for line in f if ":" in line)
        return status["Name"].strip(), int(status.get("VmHWM", "0 kB").split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        return None


def _tree(pid):
    seen, todo = [], [pid]
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.append(p)
            todo.extend(_children(p))
    return seen


def run_measured(command, timeout=900, env=None):
    """Runs `command` and watches its process tree (the CLI, oosplash, soffice.bin) every 50 ms.
    Returns (CompletedProcess, seconds, {pid: (name, peak resident bytes)}). Past `timeout` the
    whole tree is killed (the office too: the CLI would leave it behind) and the return code is None."""
    import signal
    import subprocess
    import threading
    import time
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peaks = {}
    out = {}
    reader = threading.Thread(target=lambda: out.update(zip(("stdout", "stderr"), proc.communicate())))
    reader.start()
    timed_out = False
    while reader.is_alive():
        tree = _tree(proc.pid)
        for pid in tree:
            if (p := _peak(pid)) is not None:
                peaks[pid] = (p[0], max(p[1], peaks.get(pid, ("", 0))[1]))
        if time.monotonic() - start > timeout and not timed_out:
            timed_out = True
            for pid in reversed(tree):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        reader.join(0.05)
    seconds = time.monotonic() - start
    return (subprocess.CompletedProcess(command, None if timed_out else proc.returncode, out.get("stdout", ""),
                                        out.get("stderr", "")), seconds, peaks)


OFFICE = ("soffice.bin", "soffice")  # Debian's soffice.bin calls itself soffice


def peak_of(peaks, name):
    """The highest peak resident size (bytes) of the processes called `name` (baocao, or
    "soffice.bin" for the office under either of its names)."""
    names = OFFICE if name == "soffice.bin" else (name,)
    return max((rss for n, rss in peaks.values() if n in names), default=0)


def lying_odt(path, megabytes=300, declared=100_000):
    """As huge_xml_odt, but the zip's headers declare content.xml `declared` bytes unpacked: a bomb
    that the sizes check cannot see, left to LibreOffice's package reader."""
    huge_xml_odt(path, megabytes, zip64=False)
    with zipfile.ZipFile(path) as z:
        local = z.getinfo("content.xml").header_offset
        directory = z.start_dir
    with open(path, "r+b") as f:
        f.seek(local + 22)  # the local header's unpacked size
        f.write(struct.pack("<I", declared))
        f.seek(directory)
        blob = f.read()
        i = blob.find(b"PK\x01\x02")
        while i != -1:
            if blob[i + 46:i + 46 + len(b"content.xml")] == b"content.xml":
                f.seek(directory + i + 24)  # the central directory's
                f.write(struct.pack("<I", declared))
            i = blob.find(b"PK\x01\x02", i + 4)
    return path
