"""Reads a Decree 30 header table back from a document and checks it against the decree's header rules (decree30.py)."""
import re

from officetest import paragraphs, portions, uno

BOLD, NORMAL = 150.0, 100.0           # com.sun.star.awt.FontWeight
ITALIC, UPRIGHT = "ITALIC", "NONE"    # com.sun.star.awt.FontSlant
CENTER = 3                            # com.sun.star.style.ParagraphAdjust
FONT = "Times New Roman"


def para_text(p):
    """The paragraph as the clerk sees it: placeholder fields show their placeholder text."""
    out = []
    for portion in portions(p):
        if portion.TextPortionType == "TextField" and portion.TextField.supportsService(
                "com.sun.star.text.TextField.JumpEdit"):
            out.append(f"<{portion.TextField.PlaceHolder}>")
        else:
            out.append(portion.getString())
    return "".join(out)


def text_width_pt(office, text, size, bold=False, italic=False):
    """Measured independently of the extension, through the office's toolkit from Python."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    device = toolkit.createScreenCompatibleDevice(16, 16)
    fd = uno.createUnoStruct("com.sun.star.awt.FontDescriptor")
    fd.Name, fd.Height = FONT, 200
    fd.Weight = BOLD if bold else NORMAL
    fd.Slant = uno.Enum("com.sun.star.awt.FontSlant", ITALIC if italic else UPRIGHT)
    return device.getFont(fd).getStringWidth(text) * size / 200


def read_header(doc, name="BaoCaoHeader"):
    """name=None takes the first table (Word has no table names: .docx drops them)."""
    tables = doc.getTextTables()
    if name is None:
        assert tables.getCount() > 0, "no table in the document"
        table = tables.getByIndex(0)
    else:
        assert tables.hasByName(name), f"no table {name}; tables: {tables.getElementNames()}"
        table = tables.getByName(name)
    cells = {}
    for cell_name in ("A1", "B1", "A2", "B2"):
        cell = table.getCellByName(cell_name)
        cells[cell_name] = {"cell": cell, "paras": list(paragraphs(cell.getText()))}
    return table, cells


class HeaderChecker:
    def __init__(self, test, office, rules):
        self.t, self.office, self.rules = test, office, rules

    def check_line(self, p, rule_key, expected_text=None):
        t, rule = self.t, self.rules[rule_key]
        text = para_text(p)
        if expected_text is not None:
            t.assertEqual(text, expected_text)
        if rule["text"]:
            t.assertEqual(text, rule["text"], f"{rule_key} text")
        if rule["upper"] and not text.startswith("<"):
            t.assertEqual(text, text.upper(), f"{rule_key} must be upper case")
        # Character formatting as it prints: every run of the line (a .docx keeps it on the runs,
        # not on the paragraph).
        runs = [r for r in portions(p) if r.getString() or r.TextPortionType == "TextField"]
        t.assertTrue(runs, f"{rule_key} has no text")
        lo, hi = rule["sizes"]
        for r in runs:
            where = f"{rule_key} run {r.getString()!r}"
            t.assertEqual(r.CharFontName, FONT, f"{where}: font")
            t.assertTrue(lo <= r.CharHeight <= hi, f"{where}: size {r.CharHeight} not in {lo}-{hi}")
            t.assertEqual(r.CharWeight, BOLD if rule["bold"] else NORMAL, f"{where}: weight")
            t.assertEqual(r.CharPosture.value, ITALIC if rule["italic"] else UPRIGHT, f"{where}: posture")
        t.assertEqual(p.ParaAdjust, CENTER, f"{rule_key} alignment")
        return text

    def table_width(self, table):
        """As Writer lays it out: a full-width table (HoriOrient FULL) spans the page's text area
        or a percentage of it (the Width property of a loaded, not yet laid out document is not reliable)."""
        page = self.doc.getStyleFamilies().getByName("PageStyles").getByName(
            self.doc.getText().createTextCursor().PageStyleName)
        area = page.Width - page.LeftMargin - page.RightMargin
        if table.HoriOrient == 6:
            return area
        if table.IsWidthRelative:  # a .docx table of w:type="pct"
            return area * table.RelativeWidth / 100
        return table.Width

    @staticmethod
    def size_of(p):
        return next(r.CharHeight for r in portions(p) if r.getString())

    def rule_width_pt(self, table, cell, p, fraction):
        t = self.t
        border = p.TopBorder
        t.assertGreater(border.LineWidth, 0, "a rule paragraph has a visible top border")
        t.assertEqual(p.getString(), "", "a rule paragraph holds no text")
        width_hmm = self.table_width(table) * fraction - cell.LeftBorderDistance - cell.RightBorderDistance
        t.assertAlmostEqual(p.ParaLeftMargin, p.ParaRightMargin, delta=2, msg="the rule is centred")
        return (width_hmm - p.ParaLeftMargin - p.ParaRightMargin) * 72 / 2540

    def check(self, doc, expect, table_name="BaoCaoHeader"):
        """expect: parent_agency (or None), agency (lines joined by \\n), number, place_date texts."""
        t, self.doc = self.t, doc
        table, cells = read_header(doc, table_name)
        border = table.TableBorder2
        for side in ("TopLine", "BottomLine", "LeftLine", "RightLine", "HorizontalLine", "VerticalLine"):
            t.assertEqual(getattr(border, side).LineWidth, 0, f"header table {side} must be invisible")
        seps = table.TableColumnSeparators
        t.assertEqual(len(seps), 1)
        left = seps[0].Position / table.TableColumnRelativeSum
        t.assertAlmostEqual(left, 0.4, delta=0.01)

        a1 = cells["A1"]["paras"]
        agency_lines = expect["agency"].split("\n")
        parent = 1 if expect.get("parent_agency") else 0
        t.assertEqual(len(a1), parent + len(agency_lines) + 1, [para_text(p) for p in a1])
        if parent:
            self.check_line(a1[0], "parent_agency", expect["parent_agency"])
        agency_w = 0
        for p, expected in zip(a1[parent:-1], agency_lines):
            line = self.check_line(p, "agency", expected)
            agency_w = max(agency_w, text_width_pt(self.office, line, self.size_of(p), bold=True))
        rule_w = self.rule_width_pt(table, cells["A1"]["cell"], a1[-1], left)
        t.assertTrue(agency_w / 3 - 1 <= rule_w <= agency_w / 2 + 1,
                     f"agency rule {rule_w:.1f} pt is not 1/3-1/2 of the name ({agency_w:.1f} pt)")

        b1 = cells["B1"]["paras"]
        t.assertEqual(len(b1), 3)
        self.check_line(b1[0], "national_title")
        motto = self.check_line(b1[1], "motto")
        motto_w = text_width_pt(self.office, motto, self.size_of(b1[1]), bold=True)
        rule_w = self.rule_width_pt(table, cells["B1"]["cell"], b1[2], 1 - left)
        t.assertAlmostEqual(rule_w, motto_w, delta=motto_w * 0.03,
                            msg=f"motto rule {rule_w:.1f} pt should be as long as the motto ({motto_w:.1f} pt)")

        (number_p,) = cells["A2"]["paras"]
        number = self.check_line(number_p, "number", expect.get("number"))
        t.assertRegex(number, r"^Số: (\d{2,}|…)/(\S+)-(\S+)$")
        t.assertNotRegex(number, r" /|/ ")

        (date_p,) = cells["B2"]["paras"]
        date = self.check_line(date_p, "place_date", expect.get("place_date"))
        m = re.fullmatch(r"(.+), ngày (\d+) tháng (\d+) năm (\d{4})", date)
        t.assertIsNotNone(m, f"place-date line {date!r}")
        day, month = m.group(2), m.group(3)
        t.assertEqual(len(day), 2, "the day always has two digits")
        t.assertEqual(len(month), 2 if int(month) <= 2 else len(str(int(month))),
                      "months 1 and 2 take a leading zero, others none")
        return table, cells
