"""Validation through a real LibreOffice: the Writer reader, `baocao validate` over .odt, .docx
and .doc, the seed report as a document, the wizard's own output once filled, and bad files."""
import collections
import json
import os
import shutil
import subprocess
import unittest

from officetest import LONG_MON, SUCCESS, OfficeTestCase, office_version, prop, uno
from skeleton_check import SOURCE, fields

CLI = os.environ.get("BAOCAO_CLI")
SEED = os.path.join(SOURCE, "tests", "data", "seed-report-dan-van-2021-2025.txt")
SAMPLES = os.path.join(SOURCE, "templates", "samples")


def validate(*files, extra=()):
    r = subprocess.run([CLI, "validate", "--format", "json", "--lang", "en", *extra, *files], capture_output=True,
                       text=True, timeout=600)
    return r.returncode, json.loads(r.stdout) if r.stdout.strip() else None, r.stderr


def rules_of(entry):
    return [f["rule"] for f in entry["findings"]]


class ValidateTest(OfficeTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tmp = cls.shared_folder("baocao-validate-")

    def store(self, doc, name, filter_name, *extra):
        path = os.path.join(self.tmp, name)
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name), *extra))
        return path

    def seed_document(self):
        """The seed report's text as a Writer document, as a clerk's typed report arrives."""
        txt = os.path.join(self.tmp, "seed.txt")
        shutil.copy(SEED, txt)
        os.chmod(txt, 0o644)
        doc = self.load(txt, Hidden=True, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")
        return doc

    def wizard_report(self):
        """The wizard's output as it comes out: placeholders still to write over."""
        self.set_profile(LONG_MON)
        with open(os.path.join(SAMPLES, "answers-dan-van.json"), encoding="utf-8") as f:
            answers = json.load(f)
        answers["data"] = os.path.join(SAMPLES, "so-lieu-long-mon.csv")
        answers["number"] = "15"
        doc = self.new_doc(Hidden=True)
        state, message = self.dispatch(doc, "vnd.baocao:InsertReport", Answers=json.dumps(answers, ensure_ascii=False))
        self.assertEqual(state, SUCCESS, message)
        return doc

    def filled_report(self):
        """The wizard's output with every placeholder written over, as a clerk finishes it."""
        doc = ValidateTest.wizard_report(self)  # also lent to test_save_guard
        for i, f in enumerate(fields(doc, "com.sun.star.text.TextField.JumpEdit")):
            anchor = f.getAnchor()
            anchor.getText().insertString(anchor, f"Nội dung đã viết số {i + 1} của cán bộ, có số liệu cụ thể.", True)
        self.assertEqual(fields(doc, "com.sun.star.text.TextField.JumpEdit"), [])
        return doc

    def test_the_seed_report_finds_its_real_defects_and_every_section(self):
        doc = self.seed_document()
        path = self.store(doc, "seed.odt", "writer8")
        code, out, err = validate(path)
        self.assertEqual(code, 1, err)
        entry = out["files"][0]
        self.assertEqual(entry["template"], "dan-van-2021-2025")
        self.assertTrue(entry["templateDetected"])
        rules = rules_of(entry)
        for rule in ("header.national-title", "header.motto", "signature.missing", "recipients.missing",
                     "text.mixed-normalization", "text.tone-mark-placement", "text.undiacritized-word",
                     "structure.duplicate-heading"):
            self.assertIn(rule, rules)
        self.assertNotIn("structure.missing-section", rules)
        messages = "\n".join(f["message"] for f in entry["findings"])
        self.assertIn("ngaỳ", messages)
        self.assertIn("“ngay”", messages)
        dup = next(f for f in entry["findings"] if f["rule"] == "structure.duplicate-heading")
        self.assertEqual(dup["section"], "III.1")
        for f in entry["findings"]:
            self.assertIn(f["severity"], ("error", "warning", "info"))

    def test_the_wizards_output_once_filled_has_no_errors_also_after_docx_and_doc(self):
        doc = self.filled_report()
        paths = [self.store(doc, "filled.odt", "writer8"), self.store(doc, "filled.docx", "MS Word 2007 XML"),
                 self.store(doc, "filled.doc", "MS Word 97")]
        code, out, err = validate(*paths, extra=("--data", os.path.join(SAMPLES, "so-lieu-long-mon.csv")))
        for entry in out["files"]:
            errors = [f for f in entry["findings"] if f["severity"] == "error"]
            self.assertEqual(errors, [], entry["path"])
            self.assertTrue(entry["readyToSubmit"], entry["path"])
            self.assertEqual(entry["template"], "dan-van-2021-2025", entry["path"])
        self.assertEqual(code, 0, err)

    def test_the_unfilled_report_reads_alike_in_odt_and_docx(self):
        """The wizard's output before the clerk writes anything, saved as .odt and as .docx. Its first
        page shows no number in either: LibreOffice 25.2 imports Word's "different first page" as one
        page style whose first page has a header of its own, 7.4 as a "First Page" style before the
        other. Word's placeholders come back as content controls (25.2), read as the unfilled
        placeholders they are; 7.4 imports them as input fields holding the guidance text, which
        reads as written text (docs/compatibility.md)."""
        doc = self.wizard_report()
        odt, docx = self.store(doc, "chua-viet.odt", "writer8"), self.store(doc, "chua-viet.docx", "MS Word 2007 XML")
        code, out, err = validate(odt, docx, extra=("--data", os.path.join(SAMPLES, "so-lieu-long-mon.csv")))
        self.assertEqual(code, 1, err)
        counts = [collections.Counter(rules_of(entry)) for entry in out["files"]]
        for c in counts:
            self.assertNotIn("format.page-number", c)
        self.assertGreater(counts[0]["placeholder.unfilled"], 0)
        self.assertGreater(counts[0]["structure.empty-section"], 0)
        if office_version() == "7.4":
            self.assertEqual(counts[1]["placeholder.unfilled"], 0)
            self.assertEqual(counts[1]["structure.empty-section"], 0)
        else:
            self.assertEqual(counts[1], counts[0])
        # the same in Writer, with a view and its layout, as the menu checks it
        shown = self.load(docx, Hidden=True)
        state, result = self.dispatch(shown, "vnd.baocao:ValidateReport", NoDialog=True)
        self.assertEqual(state, SUCCESS, result)
        inside = collections.Counter(f["rule"] for f in json.loads(result)["findings"])
        self.assertNotIn("format.page-number", inside)
        self.assertEqual(inside["placeholder.unfilled"], counts[1]["placeholder.unfilled"])

    def test_a_changed_figure_and_a_changed_data_file_are_found(self):
        doc = self.filled_report()
        master = doc.getTextFieldMasters().getByName("com.sun.star.text.fieldmaster.User.bc_ho_dan_kinh")
        master.Content = "07"  # typed over by hand: 428 + 7 is not 433
        doc.getTextFields().refresh()
        path = self.store(doc, "sua-tay.odt", "writer8")
        data = os.path.join(self.tmp, "so-lieu.csv")
        with open(os.path.join(SAMPLES, "so-lieu-long-mon.csv"), encoding="utf-8") as f:
            text = f.read()
        with open(data, "w", encoding="utf-8") as f:
            f.write(text.replace("nhan_khau_tong,Tổng số nhân khẩu,1530", "nhan_khau_tong,Tổng số nhân khẩu,1531"))
        code, out, err = validate(path, extra=("--data", data))
        rules = rules_of(out["files"][0])
        self.assertIn("figure.sum-mismatch", rules)
        self.assertIn("figure.data-mismatch", rules)
        self.assertIn("figure.stale", rules)

    def test_the_data_file_of_the_last_fill_is_used_unless_another_is_given(self):
        """As Kiểm tra báo cáo in Writer does: the figures against the file the report was filled from."""
        data = os.path.join(self.tmp, "so-lieu-lan-cuoi.csv")
        shutil.copy(os.path.join(SAMPLES, "so-lieu-long-mon.csv"), data)
        report = os.path.join(self.tmp, "bao-cao-lan-cuoi.odt")
        r = subprocess.run([CLI, "new", "--answers", os.path.join(SAMPLES, "answers-dan-van.json"), "--data", data,
                            "-o", report], capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(data, encoding="utf-8") as f:
            text = f.read()
        with open(data, "w", encoding="utf-8") as f:
            f.write(text.replace("nhan_khau_tong,Tổng số nhân khẩu,1530", "nhan_khau_tong,Tổng số nhân khẩu,1531"))
        code, out, err = validate(report)
        rules = rules_of(out["files"][0])
        self.assertIn("figure.data-mismatch", rules)
        self.assertIn("figure.stale", rules)
        code, out, err = validate(report, extra=("--data", os.path.join(SAMPLES, "so-lieu-long-mon.csv")))
        rules = rules_of(out["files"][0])
        self.assertNotIn("figure.data-mismatch", rules)
        self.assertNotIn("figure.stale", rules)

    def test_bad_files_are_reported_and_the_others_still_validated(self):
        good = self.store(self.seed_document(), "good.odt", "writer8")
        broken = os.path.join(self.tmp, "hong.docx")
        with open(broken, "wb") as f:
            f.write(b"this is not a zip")
        locked = self.store(self.seed_document(), "mat-khau.odt", "writer8",
                            prop("Password", "bi-mat"))
        missing = os.path.join(self.tmp, "khong-co.odt")
        code, out, err = validate(broken, good, locked, missing)
        self.assertEqual(code, 2, err)
        by_path = {e["path"]: e for e in out["files"]}
        self.assertIn("damaged", by_path[broken]["error"])
        self.assertIn("password", by_path[locked]["error"])
        self.assertIn("no such file", by_path[missing]["error"])
        self.assertIn("findings", by_path[good], "the good file is still validated")

    def test_tracked_changes_are_validated_as_printed_and_said(self):
        doc = self.seed_document()
        doc.RecordChanges = True
        search = doc.createSearchDescriptor()
        search.SearchString = "ngaỳ"
        found = doc.findFirst(search)
        found.setString("")  # a tracked deletion: the text no longer prints
        path = self.store(doc, "theo-doi.odt", "writer8")
        code, out, err = validate(path)
        entry = out["files"][0]
        self.assertTrue(entry["trackedChanges"])
        self.assertNotIn("text.tone-mark-placement", rules_of(entry))

    def test_the_writer_command_finds_what_the_cli_finds_also_read_only(self):
        path = self.store(self.seed_document(), "seed-ro.odt", "writer8")
        doc = self.load(path, Hidden=True, ReadOnly=True)
        state, result = self.dispatch(doc, "vnd.baocao:ValidateReport", NoDialog=True)
        self.assertEqual(state, SUCCESS, result)
        inside = json.loads(result)
        code, out, err = validate(path, extra=("--layout",))  # Writer's check has the layout
        cli = out["files"][0]
        self.assertEqual(inside["template"], cli["template"])
        self.assertEqual(sorted(f["rule"] for f in inside["findings"]), sorted(rules_of(cli)))
        self.assertFalse(inside["readyToSubmit"])
        self.assertFalse(any("page" in f for f in inside["findings"]))  # the JSON pages through nothing
        # FindingPages: each finding on the page the findings window shows, in paragraph order
        state, result = self.dispatch(doc, "vnd.baocao:ValidateReport", NoDialog=True, FindingPages=True)
        self.assertEqual(state, SUCCESS, result)
        paged = json.loads(result)["findings"]
        self.assertEqual([(f["rule"], f["paragraph"]) for f in paged], [(f["rule"], f["paragraph"]) for f in inside["findings"]])
        placed = sorted((f["paragraph"], f["page"]) for f in paged if f["paragraph"] >= 0)
        self.assertTrue(placed and all(page >= 1 for _, page in placed), placed)
        self.assertEqual([page for _, page in placed], sorted(page for _, page in placed))
        self.assertGreater(placed[-1][1], placed[0][1], placed)  # the seed report is several pages long
        self.assertFalse(any("page" in f for f in paged if f["paragraph"] < 0))

    def test_the_first_pages_style_is_checked_as_writer_lays_it_out(self):
        """The CLI reads each report without a view, so without Writer's layout: the page style the
        first paragraph asks for is still the one checked (.odt and .docx), as in Writer itself."""
        def report(name, first_left_mm, default_left_mm):
            doc = self.seed_document()
            styles = doc.getStyleFamilies().getByName("PageStyles")
            # Kept referenced while in use: inserting a temporary and looking the style up by name
            # crashed Writer 7.4 now and then (in 1 run in 2, after another test's documents).
            first = doc.createInstance("com.sun.star.style.PageStyle")
            styles.insertByName("Trang dau", first)
            for style, left in ((first, first_left_mm), (styles.getByName("Standard"), default_left_mm)):
                style.TopMargin, style.BottomMargin, style.RightMargin = 2000, 2000, 1500
                style.LeftMargin = left * 100
            doc.getText().createEnumeration().nextElement().PageDescName = "Trang dau"
            return doc, [self.store(doc, name + ".odt", "writer8"), self.store(doc, name + ".docx", "MS Word 2007 XML")]

        def margins(findings):
            return [f["message"] for f in findings if f["rule"] == "format.margins"]

        narrow, narrow_paths = report("trang-dau-hep", 20, 30)
        code, out, err = validate(*narrow_paths)
        for entry in out["files"]:
            self.assertEqual(len(margins(entry["findings"])), 1, entry["path"])
            self.assertIn("20 mm", margins(entry["findings"])[0], entry["path"])
        state, result = self.dispatch(narrow, "vnd.baocao:ValidateReport", NoDialog=True)
        self.assertEqual(state, SUCCESS, result)
        inside = margins(json.loads(result)["findings"])  # in the office's language
        self.assertEqual(len(inside), 1)
        self.assertIn("20 mm", inside[0])

        _, right_paths = report("trang-dau-dung", 30, 20)  # only the default style, unused, is wrong
        code, out, err = validate(*right_paths)
        for entry in out["files"]:
            self.assertEqual(margins(entry["findings"]), [], entry["path"])

    def test_the_follow_page_style_is_checked_too(self):
        """Issue 13, item 6: a first page with a style of its own keeps the decree's margins, the pages
        after it (its follow style, as a report that went through Word has it) do not."""
        doc = self.seed_document()
        styles = doc.getStyleFamilies().getByName("PageStyles")
        first = doc.createInstance("com.sun.star.style.PageStyle")  # kept referenced (see above)
        styles.insertByName("Trang dau", first)
        standard = styles.getByName("Standard")
        for style, left in ((first, 30), (standard, 22)):
            style.TopMargin, style.BottomMargin, style.RightMargin = 2000, 2000, 1500
            style.LeftMargin = left * 100
        first.FollowStyle = "Standard"
        doc.getText().createEnumeration().nextElement().PageDescName = "Trang dau"
        path = self.store(doc, "trang-sau-hep.odt", "writer8")
        code, out, err = validate(path)
        margins = [f["message"] for f in out["files"][0]["findings"] if f["rule"] == "format.margins"]
        self.assertEqual(len(margins), 1, margins)
        self.assertIn("The left margin is 22 mm on the pages in the style “", margins[0])
        state, result = self.dispatch(doc, "vnd.baocao:ValidateReport", NoDialog=True)
        self.assertEqual(state, SUCCESS, result)
        inside = [f["message"] for f in json.loads(result)["findings"] if f["rule"] == "format.margins"]
        self.assertEqual(len(inside), 1, inside)
        self.assertIn("22 mm", inside[0])

    def test_text_output_in_vietnamese(self):
        path = self.store(self.seed_document(), "seed-vi.odt", "writer8")
        r = subprocess.run([CLI, "validate", "--lang", "vi", path], capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("mẫu dan-van-2021-2025 (tự nhận ra)", r.stdout)
        self.assertIn("text.tone-mark-placement", r.stdout)

    def test_a_plan_is_checked_as_a_plan_and_a_blank_number_only_passes_as_electronic(self):
        """A commune's kế hoạch typed as text (issue 18): its type is found from the title line, its
        "Số: 16/KH-MTTQ-BTT" is right for a plan, nothing asks for "BÁO CÁO" or "BC"; dated after
        1 July 2025 it names no district. Its number left blank passes only with --electronic."""
        txt = os.path.join(self.tmp, "ke-hoach.txt")
        shutil.copy(os.path.join(SOURCE, "tests", "data", "ke-hoach-mttq-2025.txt"), txt)
        os.chmod(txt, 0o644)
        doc = self.load(txt, Hidden=True, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")
        path = self.store(doc, "ke-hoach.odt", "writer8")
        code, out, err = validate(path)
        entry = out["files"][0]
        self.assertEqual(entry["documentType"], {"kind": "ke-hoach", "code": "KH", "source": "title"}, err)
        rules = rules_of(entry)
        for rule in ("header.number", "header.title", "signature.missing", "signature.form",
                     "recipients.abolished-level"):
            self.assertNotIn(rule, rules, entry["findings"])
        messages = "\n".join(f["message"] for f in entry["findings"])
        self.assertNotIn("BÁO CÁO", messages)
        self.assertNotIn("“BC”", messages)
        r = subprocess.run([CLI, "validate", "--lang", "vi", path], capture_output=True, text=True, timeout=300)
        self.assertIn("loại văn bản: kế hoạch (KH)", r.stdout)

        with open(txt, encoding="utf-8") as f:
            blank = f.read().replace("Số: 16/KH-MTTQ-BTT", "Số:      /KH-MTTQ-BTT")
        blank_txt = os.path.join(self.tmp, "ke-hoach-dien-tu.txt")
        with open(blank_txt, "w", encoding="utf-8") as f:
            f.write(blank)
        doc = self.load(blank_txt, Hidden=True, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")
        blank_path = self.store(doc, "ke-hoach-dien-tu.odt", "writer8")
        _, paper, _ = validate(blank_path)
        self.assertIn("header.number", rules_of(paper["files"][0]))
        _, electronic, err = validate(blank_path, extra=("--electronic",))
        self.assertNotIn("header.number", rules_of(electronic["files"][0]), err)

    # text.spelling (issue 13): LibreOffice's own spell checker for vi-VN, Debian's hunspell-vi. The
    # office this leg runs has the dictionary or not (the 25.2 root is made from
    # tools/lo25-packages.txt); without it the check must say that spelling was not checked, never
    # pass every word in silence.
    HUNSPELL_VI = "/usr/share/hunspell/vi_VN.dic"

    # old placement -> new, as hunspell-vi writes (its dictionary has the new one only)
    NEW_PLACEMENT = (("HÒA", "HOÀ"), ("hòa", "hoà"), ("ỦY", "UỶ"), ("Ủy", "Uỷ"), ("ủy", "uỷ"), ("thủy", "thuỷ"),
                     ("hóa", "hoá"), ("Hóa", "Hoá"), ("xóa", "xoá"), ("khỏe", "khoẻ"), ("lũy", "luỹ"), ("tùy", "tuỳ"))

    def spelling_document(self, placement_new=False):
        """A short report in one tone placement, an English paragraph and one misspelt word."""
        doc = self.new_doc(Hidden=True)
        text = doc.getText()
        paragraphs = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN XÃ LONG MÔN",
                      "Công tác thủy lợi và hòa giải ở cơ sở được Ủy ban nhân dân xã quan tâm; UBND, HĐND và TTHC "
                      "thực hiện Chỉ thị 33/CT-TTg, cách trung tâm 15 km.",
                      "The commune office submitted the annual report on schedule.",
                      "Những vấn đề búc thiết của nhân dân được giải quyết."]
        cursor = text.createTextCursor()
        for i, p in enumerate(paragraphs):
            if placement_new:
                for old, new in self.NEW_PLACEMENT:
                    p = p.replace(old, new)
            text.insertString(cursor, p, False)
            if i + 1 < len(paragraphs):
                text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        return doc

    def test_spelling_through_libreoffices_own_spell_checker(self):
        has_dictionary = os.path.exists(self.HUNSPELL_VI)
        print(f"\n  {office_version()}: {self.HUNSPELL_VI} {'present' if has_dictionary else 'MISSING'}")
        paths = [self.store(self.spelling_document(new), f"chinh-ta-{'moi' if new else 'cu'}.odt", "writer8")
                 for new in (False, True)]
        code, out, err = validate(*paths)
        for entry in out["files"]:
            spelling = [f for f in entry["findings"] if f["rule"] == "text.spelling"]
            if not has_dictionary:
                self.assertEqual(entry["spelling"], "unavailable", entry["path"])
                self.assertEqual(spelling, [], entry["path"])
                continue
            self.assertEqual(entry["spelling"], "checked", entry["path"])
            # either tone placement, abbreviations, the code, the unit and the English paragraph pass;
            # the one misspelt word is found, with LibreOffice's suggestions
            self.assertEqual(len(spelling), 1, (entry["path"], spelling))
            self.assertIn("“búc”; suggestions: ", spelling[0]["message"])
            self.assertIn("bức", spelling[0]["message"])
            self.assertEqual(spelling[0]["paragraph"], 4)
        if not has_dictionary:
            r = subprocess.run([CLI, "validate", "--lang", "vi", paths[0]], capture_output=True, text=True, timeout=300)
            self.assertIn("không kiểm tra được chính tả: LibreOffice chưa có từ điển tiếng Việt", r.stdout)
        # --no-spelling turns it off
        _, off, err = validate(paths[0], extra=("--no-spelling",))
        self.assertEqual(off["files"][0]["spelling"], "off", err)
        self.assertNotIn("text.spelling", rules_of(off["files"][0]))

        # the same in Writer, where an English paragraph is marked as such: not checked as Vietnamese
        doc = self.spelling_document()
        enum = doc.getText().createEnumeration()
        paras = []
        while enum.hasMoreElements():
            paras.append(enum.nextElement())
        vi, en = uno.createUnoStruct("com.sun.star.lang.Locale"), uno.createUnoStruct("com.sun.star.lang.Locale")
        vi.Language, vi.Country, en.Language, en.Country = "vi", "VN", "en", "US"
        for p in paras:
            p.CharLocale = vi
        paras[3].setString("Đây là búc, viết trong đoạn đánh dấu tiếng Anh")  # a Vietnamese-looking line marked English
        paras[3].CharLocale = en
        state, result = self.dispatch(doc, "vnd.baocao:ValidateReport", NoDialog=True)
        self.assertEqual(state, SUCCESS, result)
        inside = json.loads(result)
        spelling = [f for f in inside["findings"] if f["rule"] == "text.spelling"]
        if has_dictionary:
            self.assertEqual(inside["spelling"], "checked")
            self.assertEqual([f["paragraph"] for f in spelling], [4], spelling)
        else:
            self.assertEqual(inside["spelling"], "unavailable")
            self.assertEqual(spelling, [])

    def test_libreoffices_own_spell_checker_takes_the_old_tone_placement(self):
        """The extension's tone-placement user dictionary (src/uno/document/tone_dictionary.hxx),
        added when Writer opens a view: LibreOffice's own underline no longer flags "CỘNG HÒA"."""
        self.new_doc(Hidden=True)
        ctx = self.office.ctx
        smgr = ctx.ServiceManager
        dictionaries = smgr.createInstanceWithContext("com.sun.star.linguistic2.DictionaryList", ctx)
        tone = dictionaries.getDictionaryByName("baocao-dau-thanh-kieu-cu.dic")
        self.assertIsNotNone(tone, [d.getName() for d in dictionaries.getDictionaries()])
        self.assertTrue(tone.isActive())
        self.assertEqual(tone.getLocale().Language, "vi")
        for word in ("hòa", "Hòa", "HÒA", "ủy", "Ủy", "ỦY", "thủy", "khỏe", "tùy"):
            self.assertIsNotNone(tone.getEntry(word), word)
        self.assertIsNone(tone.getEntry("hoà"))
        vi = uno.createUnoStruct("com.sun.star.lang.Locale")
        vi.Language, vi.Country = "vi", "VN"
        speller = smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager", ctx).getSpellChecker()
        if not os.path.exists(self.HUNSPELL_VI):
            self.assertFalse(speller.hasLocale(vi))  # the dictionary list adds words, never a checker
            return
        # Python-UNO picks XSpellChecker1.isValid(word, language number) on the dispatcher: vi-VN is 0x042A
        for word in ("HÒA", "ỦY", "hòa", "Ủy", "thủy", "hoà", "uỷ"):
            self.assertTrue(speller.isValid(word, 0x042A, ()), word)
        self.assertFalse(speller.isValid("búc", 0x042A, ()))

    def test_the_seed_reports_typos_are_found_and_a_clean_report_has_no_spelling_finding(self):
        has_dictionary = os.path.exists(self.HUNSPELL_VI)
        code, out, err = validate(self.store(self.seed_document(), "seed-chinh-ta.odt", "writer8"))
        entry = out["files"][0]
        messages = "\n".join(f["message"] for f in entry["findings"])
        for typo, fix in (("huyện lụy", "huyện lỵ"), ("búc xúc", "bức xúc"), ("trận tự", "trật tự"),
                          ("thẩn quyền", "thẩm quyền")):
            self.assertIn(f"“{typo}” → “{fix}”", messages)
        self.assertEqual(entry["spelling"], "checked" if has_dictionary else "unavailable")
        # the wizard's report, filled, in the old placement and in the new: no spelling finding
        doc = self.filled_report()
        old = self.store(doc, "sach-cu.odt", "writer8")
        for o, n in self.NEW_PLACEMENT:
            search = doc.createReplaceDescriptor()
            search.SearchString, search.ReplaceString, search.SearchCaseSensitive = o, n, True
            doc.replaceAll(search)
        new = self.store(doc, "sach-moi.odt", "writer8")
        code, out, err = validate(old, new)
        for entry in out["files"]:
            spelling = [f["message"] for f in entry["findings"] if f["rule"] == "text.spelling"]
            self.assertEqual(spelling, [], entry["path"])
            self.assertEqual(entry["spelling"], "checked" if has_dictionary else "unavailable", entry["path"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
