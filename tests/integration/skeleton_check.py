"""Reads a report skeleton back from a document and checks it against its template JSON."""
import functools
import json
import os

from officetest import paragraphs, portions

SOURCE = os.environ.get("BAOCAO_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def roman(n):
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def load_template(template_id):
    with open(os.path.join(SOURCE, "templates", f"{template_id}.json"), encoding="utf-8") as f:
        return json.load(f)


def expected_headings(template, omit=()):
    """[(level, text, section)] in document order, numbered as the decree writes them."""
    out = []

    def walk(sections, level):
        index = 0
        for s in sections:
            if s["id"] in omit:
                continue
            number = roman(index + 1) if level == 0 else str(index + 1) if level == 1 else LETTERS[index]
            index += 1
            out.append((level, f"{number}{')' if level == 2 else '.'} {s['title']}", s))
            walk(s.get("children", []), level + 1)

    walk(template["sections"], 0)
    return out


def figure_keys(template):
    keys = []

    def walk(sections):
        for s in sections:
            keys.extend(f["key"] for f in s.get("figures", []))
            walk(s.get("children", []))

    walk(template["sections"])
    return keys


def body_paragraphs(doc):
    return [p for p in paragraphs(doc.getText()) if p.supportsService("com.sun.star.text.Paragraph")]


def fields(doc, service):
    out = []
    e = doc.getTextFields().createEnumeration()
    while e.hasMoreElements():
        f = e.nextElement()
        if f.supportsService(service):
            out.append(f)
    return out


def check_skeleton(t, doc, template, check_styles=True, docx=False):
    """Headings (text, level, style), bookmarks, placeholders, figure fields, closing, signature.
    docx=True: after a Word round trip, placeholders come back as content controls showing their
    text (Word has no placeholder field), so the guidance is checked as text."""
    expected = expected_headings(template)
    paras = body_paragraphs(doc)
    headings = [p for p in paras if p.OutlineLevel > 0]
    t.assertEqual([p.getString() for p in headings], [text for _, text, _ in expected])
    for p, (level, text, _) in zip(headings, expected):
        t.assertEqual(p.OutlineLevel, level + 1, text)
        if check_styles:
            t.assertEqual(p.ParaStyleName, f"Báo cáo - Đề mục {level + 1}", text)
        runs = [r for r in portions(p) if r.getString().strip()]
        t.assertTrue(all(r.CharFontName == "Times New Roman" for r in runs), text)
        t.assertTrue(all(r.CharHeight == 14 for r in runs), text)
    # a bookmark per section, named after its stable id, covering the heading
    # a bookmark per section, named after its stable id, over its heading, in document order
    marks = doc.getBookmarks()
    compare = doc.getText()
    ours = [marks.getByName(n) for n in marks.getElementNames() if n.startswith("bc_")]
    ours.sort(key=functools.cmp_to_key(
        lambda a, b: -compare.compareRegionStarts(a.getAnchor(), b.getAnchor())))
    t.assertEqual([m.getAnchor().getString() for m in ours], [text for _, text, _ in expected])
    for mark, (_, text, section) in zip(ours, expected):
        name = mark.getName()
        readable = "bc_" + "".join(c if c.isascii() and c.isalnum() else "_" for c in section["id"])
        if len(readable) <= 40:
            t.assertEqual(name, readable)
        else:
            t.assertTrue(name.startswith(readable[:30]) and len(name) <= 40, name)
    # guidance placeholders and figure fields
    with_guidance = [s for _, _, s in expected if s.get("guidance")]
    if docx:
        all_text = doc.getText().getString()
        for s in with_guidance:
            t.assertIn(s["guidance"], all_text)
    else:
        placeholders = [f.PlaceHolder for f in fields(doc, "com.sun.star.text.TextField.JumpEdit")]
        for s in with_guidance:
            t.assertIn(s["guidance"], placeholders)
    masters = {f.getTextFieldMaster().Name
               for f in fields(doc, "com.sun.star.text.TextField.User")}
    t.assertEqual(masters, {"bc_" + k for k in figure_keys(template)})
    # body text style: justified, first-line indent, 14 pt
    body = [p for p in paras if p.ParaStyleName == "Báo cáo - Nội dung"] if check_styles else []
    for p in body:
        t.assertEqual(p.ParaAdjust, 2)  # BLOCK
        t.assertGreaterEqual(p.ParaFirstLineIndent, 1000)
        t.assertGreaterEqual(p.ParaBottomMargin, 211)  # at least 6 pt
    # the content ends with ./. and the signature table carries Nơi nhận
    closing = [i for i, p in enumerate(paras) if p.getString().endswith("./.")]
    t.assertEqual(len(closing), 1, "one ./. closes the content")
    last_heading = max(i for i, p in enumerate(paras) if p.OutlineLevel > 0)
    t.assertGreater(closing[0], last_heading, "./. comes after the last section")
    tables = doc.getTextTables()
    signature = tables.getByIndex(tables.getCount() - 1)
    left = signature.getCellByName("A1").getString()
    t.assertTrue(left.startswith("Nơi nhận:"), left)
    t.assertIn("- Như trên;", left)
    t.assertRegex(left, r"- Lưu: VT[^\n]*\.$")
    right = signature.getCellByName("B1").getString()
    sig = template.get("signature", {})
    if sig.get("authority"):
        t.assertIn(f"{sig['authority']} {sig['body'].upper()}", right)
