"""The report on paper: a report made by `baocao new` from the seed template (the demo's), exported
to PDF and read back with its text positions (poppler's pdftotext -bbox-layout). No heading is the
last line of a page or split across two; "./.", Nơi nhận and the signature block print on one page,
which also carries the body's last lines. The same while extra body text walks every heading and
the signature over a page boundary, one line at a time."""
import json
import os
import subprocess
import unicodedata
import xml.etree.ElementTree as ET

from officetest import SUCCESS, OfficeTestCase, paragraphs, prop, uno
from skeleton_check import SOURCE, body_paragraphs

CLI = os.environ.get("BAOCAO_CLI")
SAMPLES = os.path.join(SOURCE, "templates", "samples")
XHTML = "{http://www.w3.org/1999/xhtml}"
SIGNATURE_TABLE = "BaoCaoChuKy"
BODY_STYLE = "Báo cáo - Nội dung"
PARAGRAPH_BREAK, LINE_BREAK = 0, 1  # com.sun.star.text.ControlCharacter


def norm(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_lines(pdf):
    """[(page, yMax, text)] for every line of the text in the PDF, in reading order; pages from 1."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, check=True).stdout
    lines = []
    for number, page in enumerate(ET.fromstring(xml).iter(XHTML + "page"), start=1):
        for line in page.iter(XHTML + "line"):
            words = [w.text or "" for w in line.iter(XHTML + "word")]
            lines.append((number, float(line.get("yMin")), float(line.get("yMax")), norm(" ".join(words))))
    # pdftotext's blocks follow the text flow; within a page, top to bottom is what a reader sees.
    lines.sort(key=lambda line: (line[0], line[1]))
    # The page number in the top margin (pages 2 on) is no line of the text.
    lines = [line for i, line in enumerate(lines)
             if not (line[3].isdigit() and (i == 0 or lines[i - 1][0] != line[0]))]
    return [(page, y_max, text) for page, _, y_max, text in lines]


def export_pdf(doc, path):
    """As `baocao new -o X.pdf` exports: the placeholders printed, marked (left out, each heading of
    the skeleton stands above blank space)."""
    data = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("ExportPlaceholders", True),))
    uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(path),
                                   (prop("FilterName", "writer_pdf_Export"), prop("FilterData", data))))


def find_run(lines, text, start=0):
    """(first, last) indexes of the consecutive lines that spell `text`, or None."""
    for i in range(start, len(lines)):
        if not text.startswith(lines[i][2]) or not lines[i][2]:
            continue
        joined, j = lines[i][2], i
        while len(joined) < len(text) and j + 1 < len(lines):
            j += 1
            joined += " " + lines[j][2]
        if joined == text:
            return i, j
    return None


class PrintTest(OfficeTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tmp = cls.shared_folder("baocao-print-")
        cls.odt = os.path.join(cls.tmp, "bao-cao-dan-van.odt")
        cls.pdf = os.path.join(cls.tmp, "bao-cao-dan-van.pdf")
        r = subprocess.run([CLI, "new", "--answers", os.path.join(SAMPLES, "answers-dan-van.json"),
                            "--profile", os.path.join(SAMPLES, "profile-long-mon.json"),
                            "--data", os.path.join(SAMPLES, "so-lieu-long-mon.csv"), "-o", cls.odt, "-o", cls.pdf],
                           capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            raise AssertionError(f"baocao new failed ({r.returncode}):\n{r.stdout}{r.stderr}")
        for path in (cls.odt, cls.pdf):
            os.chmod(path, 0o666)

    # what the document says must be on the page
    @staticmethod
    def headings(doc):
        return [norm(p.getString()) for p in body_paragraphs(doc) if p.OutlineLevel > 0 and p.getString().strip()]

    @staticmethod
    def signature_lines(doc):
        table = doc.getTextTables().getByName(SIGNATURE_TABLE)
        left = [norm(s) for s in table.getCellByName("A1").getString().splitlines() if s.strip()]
        right = [norm(s) for s in table.getCellByName("B1").getString().splitlines() if s.strip()]
        return left[:1] + right  # "Nơi nhận:", then TM. …, CHỦ TỊCH, the signer's name

    def assert_print_ready(self, lines, headings, signature, where):
        """Returns the page of the signature block."""
        start = 0
        for heading in headings:
            run = find_run(lines, heading, start)
            self.assertIsNotNone(run, f"{where}: heading not found in the PDF: {heading!r}")
            first, last = run
            start = last + 1
            self.assertEqual(lines[first][0], lines[last][0], f"{where}: heading split across pages: {heading!r}")
            self.assertLess(last + 1, len(lines), f"{where}: the report ends with a heading: {heading!r}")
            self.assertEqual(lines[last + 1][0], lines[last][0],
                             f"{where}: heading {heading!r} is the last line of page {lines[last][0]}")
        closing = [i for i, line in enumerate(lines) if line[2].endswith("./.")]
        self.assertTrue(closing, f'{where}: no "./." in the PDF')
        page = lines[closing[-1]][0]
        # The signature table's two cells share lines: a PDF line may hold one cell's line and the other's.
        for text in signature:
            found = [line[0] for line in lines if text in line[2]]
            self.assertTrue(found, f"{where}: {text!r} not found in the PDF")
            self.assertEqual(found[-1], page,
                             f'{where}: {text!r} on page {found[-1]}, "./." on page {page}: the end of the report is split')
        return page

    @staticmethod
    def body_lines_above_signature(lines, page, signature):
        """The lines of `page` above "Nơi nhận:" (pdf_lines has left the page number out)."""
        on_page = [line for line in lines if line[0] == page]
        top = next(i for i, line in enumerate(on_page) if signature[0] in line[2])
        return on_page[:top]

    def test_seed_report_prints_headings_with_their_text_and_the_signature_whole(self):
        doc = self.load(self.odt, Hidden=True)
        headings, signature = self.headings(doc), self.signature_lines(doc)
        self.assertGreater(len(headings), 10)
        self.assertEqual(signature[0], "Nơi nhận:")
        self.assertIn("CHỦ TỊCH", signature)
        self.assertIn("Nguyễn Văn An", signature)
        lines = pdf_lines(self.pdf)
        self.assertGreater(lines[-1][0], 1, "the seed report should print on several pages")
        page = self.assert_print_ready(lines, headings, signature, "baocao new")
        self.assertTrue(self.body_lines_above_signature(lines, page, signature))

    def test_extra_text_walks_headings_and_signature_over_page_boundaries(self):
        """One more line of body text at a time, before the first heading: every heading and the
        signature block pass every place on the page, the page's foot included."""
        doc = self.load(self.odt, Hidden=True)
        headings, signature = self.headings(doc), self.signature_lines(doc)
        text = doc.getText()
        paras = body_paragraphs(doc)
        first = next(i for i, p in enumerate(paras) if p.OutlineLevel > 0)
        # A new body paragraph of its own before the first heading, growing by a line break each step.
        cursor = text.createTextCursorByRange(paras[first].getStart())
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.gotoPreviousParagraph(False)
        cursor.ParaStyleName = BODY_STYLE
        cursor.setPropertyValue("OutlineLevel", 0)
        cursor.ParaKeepTogether = False
        cursor.ParaSplit = True
        pdf = os.path.join(self.tmp, "boundary.pdf")
        pages, moved_with_body = [], False
        for step in range(1, 46):
            if step > 1:
                text.insertControlCharacter(cursor, LINE_BREAK, False)
            text.insertString(cursor, f"Dòng thêm số {step} của phần nội dung.", False)
            export_pdf(doc, pdf)
            lines = pdf_lines(pdf)
            page = self.assert_print_ready(lines, headings, signature, f"{step} extra lines")
            if pages and page > pages[-1]:
                # The step that pushed the signature over: the body's last lines went with it.
                moved_with_body = len(self.body_lines_above_signature(lines, page, signature)) >= 1
            pages.append(page)
        self.assertGreater(pages[-1], pages[0], f"the extra text never pushed the signature to a new page: {pages}")
        self.assertTrue(moved_with_body)

    def test_the_page_flow_rules_find_a_typed_reports_breaks_with_the_layout(self):
        """A report typed without those keeps: a page break after the heading "II. …" and a signature
        cell taller than what is left of its page. Writer's check and `baocao validate --layout` find
        both; without --layout the CLI has no pages and says nothing about them."""
        doc = self.load(self.odt, Hidden=True)
        heading = "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"
        paras = body_paragraphs(doc)
        at = next(i for i, p in enumerate(paras) if norm(p.getString()) == heading)
        paras[at + 1].BreakType = uno.Enum("com.sun.star.style.BreakType", "PAGE_BEFORE")
        cell = doc.getTextTables().getByName(SIGNATURE_TABLE).getCellByName("B1")
        position = next(p for p in paragraphs(cell) if p.getString() == "CHỦ TỊCH")
        cursor = cell.createTextCursorByRange(position.getEnd())
        for _ in range(60):
            cell.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        path = os.path.join(self.tmp, "typed.odt")
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "writer8"),))

        def findings(*extra):
            r = subprocess.run([CLI, "validate", "--format", "json", "--lang", "en", *extra, path],
                               capture_output=True, text=True, timeout=600)
            self.assertIn(r.returncode, (0, 1), r.stderr)
            return json.loads(r.stdout)["files"][0]["findings"]

        state, result = self.dispatch(doc, "vnd.baocao:ValidateReport", NoDialog=True)
        self.assertEqual(state, SUCCESS, result)
        for where, found in (("Writer", json.loads(result)["findings"]), ("validate --layout", findings("--layout"))):
            ends = [f for f in found if f["rule"] == "format.heading-at-page-end"]
            self.assertEqual(len(ends), 1, f"{where}: {ends}")
            self.assertEqual(ends[0]["severity"], "warning")
            # Writer speaks the office's language (Vietnamese here), the CLI --lang en.
            self.assertIn(heading, ends[0]["message"], where)
            self.assertRegex(ends[0]["message"], r"(ends page|nằm cuối trang) \d+", where)
            split = [f for f in found if f["rule"] == "format.signature-split"]
            self.assertEqual(len(split), 1, f"{where}: {split}")
            self.assertEqual(split[0]["severity"], "error")
        rules = [f["rule"] for f in findings()]
        self.assertNotIn("format.heading-at-page-end", rules)
        self.assertNotIn("format.signature-split", rules)


if __name__ == "__main__":
    import unittest
    unittest.main(verbosity=2)
