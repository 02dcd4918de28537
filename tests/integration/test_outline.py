"""A template from a đề cương, the whole path through a real LibreOffice: the outline (typed text,
automatic numbering in .odt, .docx and .doc) -> `baocao template-from` -> `baocao new --template
PATH` -> `baocao validate --template PATH`: the skeleton has every section, the report once
written has no structure or placeholder error, an unfilled .docx does not pass, and a report
with a section removed misses it."""
import json
import os
import re
import shutil
import subprocess

from officetest import FAILURE, SUCCESS, OfficeTestCase, paragraphs, prop, uno
from skeleton_check import SOURCE, fields

CLI = os.environ.get("BAOCAO_CLI")
OUTLINES = os.path.join(SOURCE, "tests", "data", "outlines")
ANSWERS = {"inputs": {"so_cong_van": "215/UBND-VX", "ngay_cong_van": "2025-03-12",
                      "co_quan_yeu_cau": "Ủy ban nhân dân huyện Vân Hồ"}}


def rules_of(entry, prefix=""):
    return [f["rule"] for f in entry["findings"] if f["rule"].startswith(prefix)]


class OutlineTest(OfficeTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tmp = cls.shared_folder("baocao-outline-")
        cls.connect = f"socket,host=127.0.0.1,port={cls.office.state['port']}"

    def cli(self, *args):
        return subprocess.run([CLI, *args, "--lang", "en", "--connect", self.connect], capture_output=True, text=True,
                              timeout=300)

    def copy(self, name):
        path = os.path.join(self.tmp, name)
        shutil.copy(os.path.join(OUTLINES, name), path)
        os.chmod(path, 0o644)
        return path

    def converted(self, name, filter_name, ext):
        """The .fodt outline stored by the fixture's office as a Word or OpenDocument file."""
        doc = self.load(self.copy(name), Hidden=True)
        path = os.path.join(self.tmp, os.path.splitext(name)[0] + ext)
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name),))
        return path

    def template_from(self, outline, *extra):
        out = os.path.join(self.tmp, os.path.basename(outline) + ".json")
        if os.path.exists(out):
            os.remove(out)
        r = self.cli("template-from", outline, "-o", out, *extra)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("wrote", r.stdout)
        with open(out, encoding="utf-8") as f:
            return out, json.load(f), r.stdout

    def new(self, template, name):
        answers = os.path.join(self.tmp, name + ".answers.json")
        with open(answers, "w", encoding="utf-8") as f:
            json.dump(ANSWERS, f, ensure_ascii=False)
        report = os.path.join(self.tmp, name + ".odt")
        r = self.cli("new", "--template", template, "--answers", answers, "-o", report)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        return report

    def validate(self, template, *files):
        r = self.cli("validate", "--template", template, "--format", "json", *files)
        self.assertTrue(r.stdout.strip(), r.stderr)
        out = json.loads(r.stdout)
        return out["files"]

    def filled(self, report, name, filter_name="writer8", ext=".odt"):
        """The skeleton with every placeholder written over, as the clerk finishes it."""
        doc = self.load(report, Hidden=True)
        for i, f in enumerate(fields(doc, "com.sun.star.text.TextField.JumpEdit")):
            anchor = f.getAnchor()
            anchor.getText().insertString(anchor, f"Nội dung đã viết số {i + 1}, có kết quả và số liệu cụ thể.", True)
        path = os.path.join(self.tmp, name + ext)
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name),))
        return path, doc

    def whole_path(self, outline, name, sections):
        """outline -> template -> skeleton -> validate -> written -> validate; returns the template."""
        template, data, said = self.template_from(outline)
        self.assertEqual(self.count(data["sections"]), sections, said)
        report = self.new(template, name)
        [skeleton] = self.validate(template, report)
        self.assertEqual(skeleton["template"], data["id"])
        for rule in ("structure.missing-section", "structure.section-order", "structure.numbering"):
            self.assertNotIn(rule, rules_of(skeleton), skeleton["findings"])
        written, _ = self.filled(report, name + "-viet")
        [done] = self.validate(template, written)
        self.assertEqual(rules_of(done, "structure."), [], done["findings"])
        self.assertEqual(rules_of(done, "placeholder."), [], done["findings"])
        return template, data, report, written

    @staticmethod
    def count(sections):
        return sum(1 + OutlineTest.count(s.get("children", [])) for s in sections)

    def test_phan_thu_nhat_typed_as_text(self):
        self.whole_path(self.copy("phan-thu-nhat.txt"), "phan", 11)

    def test_letters_and_roman_with_dashes(self):
        self.whole_path(self.copy("a-i-dash.txt"), "a-i", 12)

    def test_pasted_plain_text(self):
        _, data, _, _ = self.whole_path(self.copy("pasted-plain.txt"), "pasted", 5)
        self.assertEqual(data["title"], "Kết quả công tác phòng, chống thiên tai năm 2024")

    def test_leaders_and_check_boxes(self):
        template, data, report, _ = self.whole_path(self.copy("leaders-checkboxes.txt"), "leaders", 7)
        # the guidance typed back as the đề cương had it: its leaders and boxes are found
        doc = self.load(report, Hidden=True)
        for f in fields(doc, "com.sun.star.text.TextField.JumpEdit"):
            anchor = f.getAnchor()
            anchor.getText().insertString(anchor, f.PlaceHolder, True)
        path = os.path.join(self.tmp, "leaders-left.odt")
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "writer8"),))
        [left] = self.validate(template, path)
        rules = rules_of(left, "placeholder.")
        self.assertIn("placeholder.leader", rules, left["findings"])
        self.assertIn("placeholder.checkbox", rules, left["findings"])
        self.assertIn("placeholder.guidance", rules, left["findings"])

    def test_automatic_numbering_in_odt_docx_and_doc(self):
        docx = self.converted("auto-numbering.fodt", "MS Word 2007 XML", ".docx")
        doc = self.converted("auto-numbering.fodt", "MS Word 97", ".doc")
        odt = self.converted("auto-numbering.fodt", "writer8", ".odt")
        shapes = []
        for outline in (odt, docx, doc):
            _, data, said = self.template_from(outline)
            shapes.append([(s["title"], [c["title"] for c in s.get("children", [])]) for s in data["sections"]])
            # the annex table "Biểu số 01" under the last section: a figure per empty or dotted cell
            figures = {f["key"]: f for f in data["sections"][-1].get("figures", [])}
            self.assertEqual(len(figures), 6, said)
            self.assertEqual(figures["mo_hinh_cap_xa_nam_2025_mo_hinh"]["unit"], "mô hình")
            self.assertEqual(figures["tong_so_nam_2024"]["formula"], "mo_hinh_cap_xa_nam_2024 + mo_hinh_cap_thon_nam_2024")
        self.assertEqual(shapes[0], [
            ("ĐẶC ĐIỂM TÌNH HÌNH", []),
            ("KẾT QUẢ THỰC HIỆN", ["Công tác dân vận của chính quyền", "Phong trào thi đua “Dân vận khéo”"]),
            ("ĐÁNH GIÁ CHUNG", ["Ưu điểm", "Hạn chế, nguyên nhân"]),
            ("NHIỆM VỤ, GIẢI PHÁP NĂM 2026", []),
        ])
        self.assertEqual(shapes[1], shapes[0])
        self.assertEqual(shapes[2], shapes[0])
        self.whole_path(docx, "auto", 8)

    def test_unfilled_docx_does_not_pass_and_a_removed_section_is_missing(self):
        template, data, report, written = self.whole_path(self.copy("a-i-dash.txt"), "removed", 12)
        # the skeleton as .docx, nothing written: its guidance is found (as placeholder fields on
        # 25.2, as plain text on 7.4)
        doc = self.load(report, Hidden=True)
        docx = os.path.join(self.tmp, "chua-viet.docx")
        doc.storeToURL(uno.systemPathToFileUrl(docx), (prop("FilterName", "MS Word 2007 XML"),))
        [unfilled] = self.validate(template, docx)
        self.assertFalse(unfilled["readyToSubmit"])
        left = rules_of(unfilled, "placeholder.")
        self.assertTrue("placeholder.guidance" in left or "placeholder.unfilled" in left, unfilled["findings"])
        # the written report without section III ("PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM") and its text
        doc = self.load(written, Hidden=True)
        paras = [p for p in paragraphs(doc.getText()) if p.supportsService("com.sun.star.text.Paragraph")]
        start = next(i for i, p in enumerate(paras) if "PHƯƠNG HƯỚNG NHIỆM VỤ" in p.getString())
        for p in paras[start:start + 2]:
            p.dispose()
        cut = os.path.join(self.tmp, "thieu-muc.odt")
        doc.storeToURL(uno.systemPathToFileUrl(cut), (prop("FilterName", "writer8"),))
        [missing] = self.validate(template, cut)
        self.assertIn("structure.missing-section", rules_of(missing), missing["findings"])

    def test_no_outline_saves_nothing_and_an_existing_template_is_kept(self):
        letter = self.copy("no-outline.txt")
        out = os.path.join(self.tmp, "khong-co.json")
        r = self.cli("template-from", letter, "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("no outline found", r.stderr)
        self.assertFalse(os.path.exists(out))
        template, _, _ = self.template_from(self.copy("decimal.txt"))
        r = self.cli("template-from", self.copy("decimal.txt"), "-o", template)
        self.assertEqual(r.returncode, 2)
        self.assertIn("exists already", r.stderr)
        r = self.cli("template-from", self.copy("decimal.txt"), "-o", template, "--force", "--id", "chuyen-doi-so")
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(template, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["id"], "chuyen-doi-so")

    def test_the_writer_command_saves_to_the_shared_folder_only_when_it_can_be_written(self):
        doc = self.load(self.copy("decimal.txt"), Hidden=True, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")
        blocker = os.path.join(self.tmp, "not-a-folder")
        with open(blocker, "w") as f:
            f.write("x")
        node = self.office.config("/org.baocao.Settings/Templates", update=True)

        def shared(folder):
            node.replaceByName("SharedFolder", folder)
            node.commitChanges()
        try:
            # a folder that cannot be made (root writes through any mode bits: a file stands in its path)
            shared(os.path.join(blocker, "mau"))
            state, result = self.dispatch(doc, "vnd.baocao:TemplateFromOutline", NoDialog=True, Shared=True,
                                          TemplateId="chung-it")
            self.assertEqual(state, FAILURE, result)
            self.assertRegex(result, r"(Không ghi được vào thư mục mẫu|cannot be written to)")
            self.assertIn(os.path.join(blocker, "mau"), result)
            # a folder that can: the template goes there
            folder = os.path.join(self.tmp, "mau-chung")
            shared(folder)
            state, result = self.dispatch(doc, "vnd.baocao:TemplateFromOutline", NoDialog=True, Shared=True,
                                          TemplateId="chung-it")
            self.assertEqual(state, SUCCESS, result)
            with open(os.path.join(folder, "chung-it.json"), encoding="utf-8") as f:
                self.assertEqual(json.load(f)["id"], "chung-it")
            self.assertEqual(os.listdir(folder), ["chung-it.json"], "nothing else left in the folder")
            # no shared folder set: said
            shared("")
            state, result = self.dispatch(doc, "vnd.baocao:TemplateFromOutline", NoDialog=True, Shared=True,
                                          TemplateId="chung-it")
            self.assertEqual(state, FAILURE, result)
            self.assertIn("SharedFolder", result)
        finally:
            shared("")

    def test_the_writer_command_saves_to_the_users_folder_and_the_wizard_uses_it(self):
        doc = self.load(self.copy("decimal.txt"), Hidden=True, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")
        state, result = self.dispatch(doc, "vnd.baocao:TemplateFromOutline", NoDialog=True, Replace=True,
                                      TemplateId="thu-de-cuong-it")
        self.assertEqual(state, SUCCESS, result)
        path = re.search(r"(/\S+?thu-de-cuong-it\.json)", result).group(1)
        try:
            with open(path, encoding="utf-8") as f:
                self.assertEqual(json.load(f)["id"], "thu-de-cuong-it")
            # the wizard's insertion finds it at once
            target = self.new_doc(Hidden=True)
            answers = dict(ANSWERS, template="thu-de-cuong-it")
            state, message = self.dispatch(target, "vnd.baocao:InsertReport", Answers=json.dumps(answers, ensure_ascii=False))
            self.assertEqual(state, SUCCESS, message)
            self.assertIn("Hạ tầng số", target.getText().getString())
            # made again without Replace, and no one to ask: the template is kept
            state, result = self.dispatch(doc, "vnd.baocao:TemplateFromOutline", NoDialog=True, TemplateId="thu-de-cuong-it")
            self.assertEqual(state, FAILURE, result)
        finally:
            os.remove(path)
        # a document with no outline: said, nothing saved
        letter = self.load(self.copy("no-outline.txt"), Hidden=True, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")
        state, result = self.dispatch(letter, "vnd.baocao:TemplateFromOutline", NoDialog=True)
        self.assertEqual(state, FAILURE, result)
        self.assertIn("Phần I", result)
