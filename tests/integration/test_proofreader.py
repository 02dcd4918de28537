"""The live proofreader (src/uno/component/proofreader.cxx) in a real LibreOffice: registered for
vi-VN as a linguistic2.Proofreader, it finds the report check's text slips in a Writer paragraph
with Writer's positions (UTF-16) and the correction as the suggestion; "Bỏ qua" (ignoreRule)
silences one slip until resetIgnoreRules; the setting turns it off; other languages are left alone."""
import unicodedata

from officetest import OfficeTestCase, paragraphs, uno

IMPL = "org.baocao.writer.Proofreader"
SERVICE = "com.sun.star.linguistic2.Proofreader"
SETTINGS = "/org.baocao.Settings/Proofreading"
PROOFREADING = 2  # com.sun.star.text.TextMarkupType.PROOFREADING
TEXT = "Phó chỉ tịch UBND xã avf các ban để để thực hiện công tác.Ủy ban giao ông ĐứcMạnh, Thưòng trực."


def locale(language="vi", country="VN"):
    loc = uno.createUnoStruct("com.sun.star.lang.Locale")
    loc.Language, loc.Country = language, country
    return loc


class ProofreaderTest(OfficeTestCase):
    def tearDown(self):
        self.set_enabled(True)
        super().tearDown()

    def set_enabled(self, on):
        node = self.office.config(SETTINGS, update=True)
        node.replaceByName("Enabled", on)
        node.commitChanges()

    def writer_paragraph(self, text):
        """The text as Writer holds it: a paragraph of a new document in Vietnamese (vi-VN)."""
        doc = self.new_doc()
        body = doc.getText()
        body.setString(text)
        cursor = body.createTextCursor()
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        cursor.setPropertyValue("CharLocale", locale())
        para = next(paragraphs(body))
        self.assertEqual(para.getPropertyValue("CharLocale").Language, "vi")
        return para.getString()

    def proofread(self, checker, text, loc=None):
        result = checker.doProofreading("doc-1", text, loc or locale(), 0, len(text), ())
        self.assertEqual(result.nBehindEndOfSentencePosition, len(text))
        return {text[e.nErrorStart:e.nErrorStart + e.nErrorLength]: e for e in result.aErrors}

    def test_registered_for_vietnamese(self):
        checker = self.office.create(IMPL)
        self.assertIsNotNone(checker, "the proofreader could not be created: is it in baocao.components?")
        self.assertTrue(checker.supportsService(SERVICE))
        self.assertTrue(checker.hasLocale(locale()))
        self.assertFalse(checker.hasLocale(locale("en", "US")))
        self.assertFalse(checker.isSpellChecker())
        self.assertEqual(checker.getServiceDisplayName(locale()), "Báo cáo: soát lỗi gõ tiếng Việt")
        # Linguistic.xcu: the linguistic service manager offers it for vi-VN
        lsm = self.office.create("com.sun.star.linguistic2.LinguServiceManager")
        self.assertIn(IMPL, lsm.getAvailableServices(SERVICE, locale()))

    def test_slips_with_writer_positions_and_corrections(self):
        text = self.writer_paragraph(TEXT)
        self.assertEqual(text, TEXT)
        found = self.proofread(self.office.create(IMPL), text)
        want = {"chỉ tịch": "chủ tịch", "avf": "và", "để để": "để", "tác.Ủy": "tác. Ủy", "ĐứcMạnh": "Đức Mạnh",
                "Thưòng": "Thường"}
        self.assertEqual(set(found), set(want), found)
        for typed, fix in want.items():
            e = found[typed]
            self.assertEqual(e.nErrorStart, text.index(typed))
            self.assertEqual(tuple(e.aSuggestions), (fix,))
            self.assertEqual(e.nErrorType, PROOFREADING)
            self.assertIn(f"“{typed}” → “{fix}”", e.aShortComment)
            self.assertTrue(e.aRuleIdentifier.startswith("text."), e.aRuleIdentifier)
        self.assertTrue(found["chỉ tịch"].aShortComment.startswith("Viết nhầm"), "the UI language is Vietnamese")
        # after a start position, only the errors from there on
        start = text.index("ĐứcMạnh")
        later = self.office.create(IMPL).doProofreading("doc-1", text, locale(), start, len(text), ())
        self.assertEqual(later.nStartOfSentencePosition, start)
        self.assertEqual({text[e.nErrorStart:e.nErrorStart + e.nErrorLength] for e in later.aErrors},
                         {"ĐứcMạnh", "Thưòng"})

    def test_decomposed_text_keeps_its_own_offsets(self):
        text = unicodedata.normalize("NFD", "Phó chỉ tịch xã") + " avf"
        found = self.proofread(self.office.create(IMPL), text)
        nfd = unicodedata.normalize("NFD", "chỉ tịch")
        self.assertIn(nfd, found)
        self.assertEqual(tuple(found[nfd].aSuggestions), ("chủ tịch",))
        self.assertEqual(tuple(found["avf"].aSuggestions), ("và",))
        self.assertEqual(found["avf"].nErrorStart, len(text) - 3)

    def test_ignore_one_slip_then_reset(self):
        checker = self.office.create(IMPL)
        text = "Phó chỉ tịch xã và Phó chỉ tịch huyện, avf"
        errors = checker.doProofreading("doc-1", text, locale(), 0, len(text), ()).aErrors
        confusable = [e for e in errors if e.aRuleIdentifier.startswith("text.confusable")]
        self.assertEqual(len(confusable), 2)
        checker.ignoreRule(confusable[0].aRuleIdentifier, locale())  # "Bỏ qua"
        self.assertEqual(set(self.proofread(checker, text)), {"avf"})
        checker.resetIgnoreRules()
        self.assertEqual(len(checker.doProofreading("doc-1", text, locale(), 0, len(text), ()).aErrors), 3)

    def test_setting_turns_it_off(self):
        self.set_enabled(False)
        self.assertEqual(self.proofread(self.office.create(IMPL), TEXT), {})
        self.set_enabled(True)
        self.assertTrue(self.proofread(self.office.create(IMPL), TEXT))

    def test_other_languages_and_clean_text_are_left_alone(self):
        checker = self.office.create(IMPL)
        self.assertEqual(self.proofread(checker, TEXT, locale("en", "US")), {})
        for clean in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "Phó Chủ tịch Ủy ban nhân dân xã chỉ đạo Thường trực HĐND, TP.HCM, 15/BC-UBND", ""):
            self.assertEqual(self.proofread(checker, clean), {}, clean)
        # a long paragraph comes back whole, never an exception into Writer
        long = "Phó chỉ tịch xã avf. " * 5000
        self.assertEqual(len(checker.doProofreading("doc-1", long, locale(), 0, len(long), ()).aErrors), 10000)


if __name__ == "__main__":
    import unittest
    unittest.main()
