"""The warning on Save As and Export as PDF (/org.baocao.Settings/Validation/WarnOnSaveAs) through a
real LibreOffice: off, the frame's dispatch is LibreOffice's own; on, ours for a Writer document and
never for Calc; No leaves no file, Yes writes the PDF; our own failure never blocks the export.

Headless LibreOffice cancels every dialog, so the question is answered in advance with the
BaocaoSaveDespiteErrors argument, as a macro would. The export is .uno:ExportDirectToPDF with a URL
argument: the one guarded command that writes its file without a dialog (storeToURL bypasses the
frame, so no interceptor can see it)."""
import os
import shutil

import test_validate
from officetest import FAILURE, OfficeTestCase, prop, uno
from skeleton_check import SOURCE

GUARD = "org.baocao.writer.SaveGuardDispatch"
SETTINGS = "/org.baocao.Settings/Validation"
TEMPLATES = "/org.baocao.Settings/Templates"
SEED = os.path.join(SOURCE, "tests", "data", "seed-report-dan-van-2021-2025.txt")
GUARDED = (".uno:SaveAs", ".uno:ExportToPDF", ".uno:ExportDirectToPDF")


def is_ours(dispatcher):
    try:
        return dispatcher.getImplementationName() == GUARD
    except AttributeError:  # LibreOffice's own dispatch has no XServiceInfo
        return False


class SaveGuardTest(OfficeTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tmp = cls.shared_folder("baocao-guard-")

    def tearDown(self):
        self.set_warn(False)
        super().tearDown()

    def set_warn(self, on):
        node = self.office.config(SETTINGS, update=True)
        node.replaceByName("WarnOnSaveAs", on)
        node.commitChanges()

    def report_with_errors(self):
        """The seed report as typed: no header, no signature, no recipients."""
        txt = os.path.join(self.tmp, "seed.txt")
        shutil.copy(SEED, txt)
        os.chmod(txt, 0o644)
        return self.load(txt, FilterName="Text (encoded)", FilterOptions="UTF8,LF,,,")

    def export_pdf(self, doc, name, **args):
        """.uno:ExportDirectToPDF through the frame, as a toolbar button or a macro dispatches it. The
        document must not be loaded Hidden: LibreOffice exports nothing from a hidden view."""
        path = os.path.join(self.tmp, name)
        helper = self.office.create("com.sun.star.frame.DispatchHelper")
        frame = doc.getCurrentController().getFrame()
        result = helper.executeDispatch(frame, ".uno:ExportDirectToPDF", "", 0,
                                        (prop("URL", uno.systemPathToFileUrl(path)),
                                         *(prop(k, v) for k, v in args.items())))
        return path, result

    def log(self):
        try:
            with open(os.path.join(self.office.profile, "user", "baocao.log"), encoding="utf-8") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def assert_pdf(self, path):
        self.assertTrue(os.path.exists(path), f"no PDF at {path}")
        with open(path, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")

    def test_off_the_dispatch_is_libreoffices_own(self):
        self.set_warn(False)
        doc = self.report_with_errors()
        for command in GUARDED:
            dispatcher = self.query(doc, command)
            self.assertIsNotNone(dispatcher, command)
            self.assertFalse(is_ours(dispatcher), command)
        path, _ = self.export_pdf(doc, "off.pdf", BaocaoSaveDespiteErrors=False)
        self.assert_pdf(path)

    def test_on_ours_for_writer_not_for_calc_nor_other_commands(self):
        self.set_warn(True)
        doc = self.report_with_errors()
        for command in GUARDED:
            self.assertTrue(is_ours(self.query(doc, command)), command)
        for command in (".uno:Save", ".uno:Print", ".uno:ExportTo"):
            self.assertFalse(is_ours(self.query(doc, command)), command)
        calc = self.new_doc("scalc", Hidden=True)
        for command in GUARDED:
            dispatcher = self.query(calc, command)
            self.assertIsNotNone(dispatcher, command)
            self.assertFalse(is_ours(dispatcher), command)
        # the setting is read when the command is looked up: off again, LibreOffice's own again
        self.set_warn(False)
        self.assertFalse(is_ours(self.query(doc, ".uno:ExportToPDF")))

    def test_no_leaves_no_file(self):
        self.set_warn(True)
        path, result = self.export_pdf(self.report_with_errors(), "no.pdf", BaocaoSaveDespiteErrors=False)
        self.assertEqual(result.State, FAILURE)
        self.assertRegex(result.Result, r"^Báo cáo còn \d+ lỗi\. Vẫn lưu\?")
        self.assertFalse(os.path.exists(path))

    def test_yes_writes_the_pdf(self):
        self.set_warn(True)
        path, _ = self.export_pdf(self.report_with_errors(), "yes.pdf", BaocaoSaveDespiteErrors=True)
        self.assert_pdf(path)

    def test_a_report_without_errors_is_not_questioned(self):
        self.set_warn(True)
        filled = test_validate.ValidateTest.filled_report(self)  # made Hidden: stored and opened in a view
        odt = os.path.join(self.tmp, "ready.odt")
        filled.storeToURL(uno.systemPathToFileUrl(odt), (prop("FilterName", "writer8"),))
        doc = self.load(odt)
        before = self.log()
        path, _ = self.export_pdf(doc, "ready.pdf", BaocaoSaveDespiteErrors=False)  # the answer is never asked for
        self.assert_pdf(path)
        self.assertNotIn("SaveGuard", self.log()[len(before):], "checked, not skipped by a failure")

    def test_our_failure_never_blocks_the_export(self):
        self.set_warn(True)
        node = self.office.config(TEMPLATES, update=True)
        node.replaceByName("SharedFolder", "file://another-host/mau")  # not a local folder: the check throws
        node.commitChanges()
        try:
            path, _ = self.export_pdf(self.report_with_errors(), "failed.pdf", BaocaoSaveDespiteErrors=False)
        finally:
            node.replaceByName("SharedFolder", "")
            node.commitChanges()
        self.assert_pdf(path)
        self.assertIn("SaveGuard check before .uno:ExportDirectToPDF failed", self.log())
