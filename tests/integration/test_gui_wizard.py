"""The report wizard as a clerk uses it: Báo cáo > Chèn khung báo cáo… from the keyboard, every page
filled through the accessibility API, Finish, and the skeleton checked in the document; Cancel
changes nothing; the answers are offered again next time. Every step of the roadmap is on the
screen and every field inside the dialog; the document type and the period travel into the
skeleton and the document's properties."""
import os
import threading
import unittest

from gui_session import ROLE, GuiTestCase, has_state, read_only_text_role, texts_of, wait_for, walk, wizard_button
from officetest import LONG_MON, PROFILE_KEYS, PROFILE_NODE
from skeleton_check import check_skeleton, load_template

TITLE = "Chèn khung báo cáo"
PAGES = ["Mẫu báo cáo", "Văn bản", "Kỳ báo cáo", "Công văn yêu cầu", "Các mục", "Tệp số liệu", "Tóm tắt"]


class Page:
    """A step of the wizard as an accessible tree: the dialog's parts that show on it (the step's
    heading and fields), without the roadmap and the buttons. walk() goes through it."""

    def __init__(self, parts, title):
        self.parts = parts
        self.title = title

    def getAccessibleRole(self):
        return ROLE["PANEL"]

    def getAccessibleName(self):
        return self.title

    def getAccessibleChildCount(self):
        return len(self.parts)

    def getAccessibleChild(self, i):
        return self.parts[i]


def is_roadmap(ctx):
    """The roadmap: a part holding a label for every step (and nothing else)."""
    n = ctx.getAccessibleChildCount()
    return n >= len(PAGES) and all(ctx.getAccessibleChild(i).getAccessibleContext().getAccessibleRole() == ROLE["LABEL"]
                                   for i in range(n))


def dialog_parts(wizard):
    """The dialog's direct parts; none while a step change is replacing them (asked again)."""
    try:
        ctx = wizard.getAccessibleContext()
        return [ctx.getAccessibleChild(i) for i in range(ctx.getAccessibleChildCount())]
    except Exception:
        return []


def on_screen(wizard, ctx):
    """Whether a showing part lies wholly inside the dialog (nothing cut at its edges)."""
    box = wizard.getPosSize()
    comp = ctx  # an XAccessibleComponent
    loc, size = comp.getLocationOnScreen(), comp.getSize()
    dlg = wizard.getAccessibleContext().getLocationOnScreen()
    return (loc.X >= dlg.X and loc.Y >= dlg.Y and loc.X + size.Width <= dlg.X + box.Width
            and loc.Y + size.Height <= dlg.Y + box.Height)

class WizardTest(GuiTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        node = cls.gui.office.config(PROFILE_NODE, update=True)
        for k in PROFILE_KEYS:
            node.replaceByName(k, LONG_MON.get(k, ""))
        node.commitChanges()

    def tearDown(self):
        """A test that failed half-way leaves no wizard open for the next one."""
        wizard = self.gui.find_window(TITLE)
        if wizard is not None:
            try:
                self.button(wizard, wizard_button("cancel")).doAccessibleAction(0)
                wait_for(lambda: self.gui.find_window(TITLE) is None, 10, "the wizard to close")
            except Exception:
                pass

    def open_wizard(self):
        self.gui.menu("k")
        return wait_for(lambda: self.gui.find_window(TITLE), 20, "the wizard")

    def page(self, wizard, title):
        """The showing step with that title (its heading, not the roadmap's item), as a Page."""
        def find():
            try:
                parts = [p for p in dialog_parts(wizard) if has_state(p.getAccessibleContext(), "SHOWING")]
                ctxs = [p.getAccessibleContext() for p in parts]
            except Exception:  # a part going as the step changes
                return None
            if not any(c.getAccessibleRole() == ROLE["LABEL"] and c.getAccessibleName() == title for c in ctxs):
                return None
            return Page([p for p, c in zip(parts, ctxs)
                         if c.getAccessibleRole() != ROLE["PUSH_BUTTON"] and not is_roadmap(c)], title)
        return wait_for(find, 20, f"the wizard page {title}")

    def button(self, wizard, name):
        return next(c for c in walk(wizard.getAccessibleContext())
                    if c.getAccessibleRole() == ROLE["PUSH_BUTTON"] and c.getAccessibleName().replace("~", "") == name)

    def fields(self, panel):
        """The page's text fields (not the text a drop-down list shows)."""
        return [c for c in walk(panel) if c.getAccessibleRole() == ROLE["TEXT"]
                and c.getAccessibleParent().getAccessibleContext().getAccessibleRole() != ROLE["COMBO_BOX"]]

    def assert_all_visible(self, wizard, page, titles=PAGES):
        """Every step in the roadmap, and every showing field and label of the page, inside the dialog."""
        roadmap = next(p.getAccessibleContext() for p in dialog_parts(wizard) if is_roadmap(p.getAccessibleContext()))
        items = [c for c in walk(roadmap) if c.getAccessibleRole() == ROLE["LABEL"]]
        for title in titles:
            item = next((c for c in items if c.getAccessibleName().endswith(title)), None)
            self.assertIsNotNone(item, f"the roadmap has {title}")
            self.assertTrue(has_state(item, "SHOWING"), f"the roadmap shows {title}")
            self.assertTrue(on_screen(wizard, item), f"the roadmap item {title} is inside the dialog")
        for c in walk(page):
            if c is page or not has_state(c, "SHOWING"):
                continue
            if c.getAccessibleRole() in (ROLE["TEXT"], ROLE["LABEL"], ROLE["LIST"]):
                self.assertTrue(on_screen(wizard, c), f"{c.getAccessibleName()!r} is inside the dialog")

    def select(self, page, index, nth=0):
        """Selects an item of the page's nth list (a drop-down's too) through accessibility."""
        lists = [c for c in walk(page) if c.getAccessibleRole() == ROLE["LIST"]]
        lists[nth].selectAccessibleChild(index)
        return lists[nth]

    def next(self, wizard):
        self.button(wizard, wizard_button("next")).doAccessibleAction(0)

    def test_1_walk_every_page_and_finish(self):
        doc = self.gui.doc
        doc.getText().setString("")
        wizard = self.open_wizard()
        roadmap = [c.getAccessibleName() for c in walk(wizard.getAccessibleContext())
                   if c.getAccessibleRole() == ROLE["LABEL"]]
        for title in PAGES:
            self.assertTrue(any(name.endswith(title) for name in roadmap), title)

        page = self.page(wizard, PAGES[0])
        templates = next(c for c in walk(page) if c.getAccessibleRole() == ROLE["LIST"])
        items = [templates.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                 for i in range(templates.getAccessibleChildCount())]
        seed = load_template("dan-van-2021-2025")
        templates.selectAccessibleChild(items.index(seed["title"]))
        names = texts_of(wizard)
        for kind in ("BÁO CÁO (BC)", "KẾ HOẠCH (KH)", "HƯỚNG DẪN (HD)", "THÔNG BÁO (TB)", "TỜ TRÌNH (TTr)", "QUYẾT ĐỊNH (QĐ)"):
            self.assertIn(kind, names, "the wizard offers the document types")
        self.assert_all_visible(wizard, page)
        self.shot("wizard-1-template.png")
        self.next(wizard)

        page = self.page(wizard, PAGES[1])
        number, date, place = self.fields(page)[:3]
        self.assertEqual(place.getText(), LONG_MON["PlaceName"], "the place comes from the agency profile")
        date.setText("07/5/2025")
        number.setText("15")
        self.assert_all_visible(wizard, page)
        self.shot("wizard-2-document.png")
        self.next(wizard)

        page = self.page(wizard, PAGES[2])  # the seed's period is its span: no window by default
        self.select(page, 7)  # Giai đoạn
        first, last = self.fields(page)[1:3]
        first.setText("2021")
        last.setText("2025")
        phrase, window_from, window_to, deadline = self.fields(page)[3:7]
        wait_for(lambda: phrase.getText() == "giai đoạn 2021 - 2025", 10, "the period's phrase")
        self.assertEqual(window_from.getText(), "", "a span has no default window")
        window_from.setText("15/12/2020")  # the request letter's own window and deadline
        window_to.setText("30/4/2025")
        deadline.setText("20/5/2025")
        self.assert_all_visible(wizard, page)
        self.next(wizard)

        page = self.page(wizard, PAGES[3])
        values = ["479/UBND-NC", "07/5/2025", "UBND huyện Minh Long",
                  "báo cáo sơ kết 5 năm thực hiện công tác dân vận giai đoạn 2021 - 2025"]
        visible = [f for f in self.fields(page) if has_state(f, "VISIBLE")]
        self.assertEqual(len(visible), len(seed["inputs"]))
        for f, v in zip(visible, values):
            f.setText(v)
        self.assert_all_visible(wizard, page)
        self.shot("wizard-4-request.png")
        self.next(wizard)

        self.assert_all_visible(wizard, self.page(wizard, PAGES[4]))
        self.shot("wizard-5-sections.png")
        self.next(wizard)
        self.assert_all_visible(wizard, self.page(wizard, PAGES[5]))
        self.shot("wizard-6-data.png")
        self.next(wizard)

        page = self.page(wizard, PAGES[6])
        # the read-only multi-line field, named after its text
        role = read_only_text_role()
        summary = wait_for(lambda: next((c.getAccessibleName() for c in walk(page)
                                         if c.getAccessibleRole() == role and c.getAccessibleName()),
                                        None), 10, "the summary")
        self.assertIn("07/5/2025", summary)
        self.assertIn(seed["title"], summary)
        self.assertIn("15/BC", summary)
        self.assertIn("15/12/2020 - 30/4/2025", summary)
        self.assertIn("20/5/2025", summary)
        self.assert_all_visible(wizard, page)
        self.shot("wizard-7-summary.png")
        self.button(wizard, wizard_button("finish")).doAccessibleAction(0)

        wait_for(lambda: doc.getTextTables().getCount() >= 2, 30, "the skeleton")
        self.assertTrue(self.gui.alive())
        check_skeleton(self, doc, seed)
        self.assertIn("Số: 15/BC-UBND", doc.getTextTables().getByName("BaoCaoHeader").getCellByName("A2").getString())
        props = doc.getDocumentProperties().getUserDefinedProperties()
        self.assertEqual(props.getPropertyValue("BaoCao.Period"), "giai đoạn 2021 - 2025")
        self.assertEqual(props.getPropertyValue("BaoCao.PeriodFrom"), "2020-12-15")
        self.assertEqual(props.getPropertyValue("BaoCao.PeriodTo"), "2025-04-30")
        self.assertEqual(props.getPropertyValue("BaoCao.Deadline"), "2025-05-20")
        self.shot("skeleton.png")
        remembered = self.gui.office.config("/org.baocao.Settings/Wizard").getByName("LastAnswers")
        self.assertIn("479/UBND-NC", remembered)

    def test_2_cancel_changes_nothing_and_answers_come_back(self):
        doc = self.gui.doc
        before = doc.getText().getString()
        wizard = self.open_wizard()
        self.next(wizard)
        page = self.page(wizard, PAGES[1])
        self.assertEqual(self.fields(page)[1].getText(), "07/5/2025", "the last date is offered again")
        self.button(wizard, wizard_button("cancel")).doAccessibleAction(0)
        wait_for(lambda: self.gui.find_window(TITLE) is None, 20, "the wizard to close")
        self.assertEqual(doc.getText().getString(), before)
        self.assertTrue(self.gui.alive())

    def set_shared_folder(self, path):
        node = self.gui.office.config("/org.baocao.Settings/Templates", update=True)
        node.replaceByName("SharedFolder", path)
        node.commitChanges()

    def test_3_a_malformed_template_shows_as_unavailable_with_its_error(self):
        shared = os.path.join(self.gui.office.out, "mau-chung")
        os.makedirs(shared, exist_ok=True)
        with open(os.path.join(shared, "hong.json"), "w", encoding="utf-8") as f:
            f.write('{"schema": 1,\n  "id": "hong",\n  "tittle": "x"\n}\n')
        os.chmod(shared, 0o755)
        self.set_shared_folder(shared)
        try:
            wizard = self.open_wizard()
            page = self.page(wizard, PAGES[0])
            templates = next(c for c in walk(page) if c.getAccessibleRole() == ROLE["LIST"])
            items = [templates.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                     for i in range(templates.getAccessibleChildCount())]
            broken = [i for i, name in enumerate(items) if name.startswith("hong.json")]
            self.assertEqual(len(broken), 1, items)
            self.assertIn("không dùng được", items[broken[0]])
            templates.selectAccessibleChild(broken[0])
            description = wait_for(lambda: next((c.getAccessibleName() for c in walk(page)
                                                 if "hong.json:3:3" in c.getAccessibleName()), None), 10,
                                   "the template's error in the description")
            self.assertIn("tittle", description)
            self.shot("wizard-unavailable-template.png")
            self.assertFalse(has_state(self.button(wizard, wizard_button("next")), "ENABLED"))
            self.button(wizard, wizard_button("cancel")).doAccessibleAction(0)
            wait_for(lambda: self.gui.find_window(TITLE) is None, 20, "the wizard to close")
        finally:
            self.set_shared_folder("")

    def test_4_a_missing_shared_folder_is_said(self):
        self.set_shared_folder("/khong/co/thu-muc")
        try:
            self.gui.menu("k")
            box = wait_for(lambda: next((w for w in self.gui.top_windows() if w.isVisible()
                                         and "/khong/co/thu-muc" in texts_of(w)), None), 20, "the warning")
            self.assertIn("thư mục mẫu", texts_of(box))
            ok = next(c for c in walk(box.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"])
            ok.doAccessibleAction(0)
            wizard = wait_for(lambda: self.gui.find_window(TITLE), 20, "the wizard, with the shipped templates")
            self.button(wizard, wizard_button("cancel")).doAccessibleAction(0)
            wait_for(lambda: self.gui.find_window(TITLE) is None, 20, "the wizard to close")
            self.assertTrue(self.gui.alive())
        finally:
            self.set_shared_folder("")


    def test_5_a_plan_for_a_quarter(self):
        """The type the clerk picks names the title line and the number; the period page writes the
        title's period and offers Decree 09's window, which the clerk may change."""
        doc = self.gui.doc
        doc.getText().setString("")
        wizard = self.open_wizard()
        page = self.page(wizard, PAGES[0])
        templates = next(c for c in walk(page) if c.getAccessibleRole() == ROLE["LIST"])
        items = [templates.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                 for i in range(templates.getAccessibleChildCount())]
        periodic = load_template("bao-cao-dinh-ky")
        templates.selectAccessibleChild(items.index(periodic["title"]))
        self.select(page, 1, nth=1)  # KẾ HOẠCH (KH)
        self.next(wizard)
        self.page(wizard, PAGES[1])
        self.next(wizard)

        page = self.page(wizard, PAGES[2])
        self.select(page, 2)  # Quý
        number, year = self.fields(page)[0:2]
        number.setText("3")
        year.setText("2026")
        phrase, window_from, window_to = self.fields(page)[3:6]
        wait_for(lambda: phrase.getText() == "quý III năm 2026", 10, "the period's phrase")
        self.assertEqual(window_from.getText(), "15/6/2026", "Decree 09: from the 15th of the month before")
        self.assertEqual(window_to.getText(), "14/9/2026")
        self.assert_all_visible(wizard, page)
        self.shot("wizard-3-period.png")
        window_to.setText("31/02/2026")
        # the message is modal: the click returns when it closes
        threading.Thread(target=lambda: self.next(wizard), daemon=True).start()
        box = wait_for(lambda: next((w for w in self.gui.top_windows()
                                     if w.isVisible() and "Ngày không hợp lệ" in texts_of(w)), None),
                       20, "the message about the bad date")
        next(c for c in walk(box.getAccessibleContext()) if c.getAccessibleRole() == ROLE["PUSH_BUTTON"]).doAccessibleAction(0)
        page = self.page(wizard, PAGES[2])  # still there
        window_to.setText("10/9/2026")
        self.next(wizard)

        page = self.page(wizard, PAGES[3])
        values = ["công tác cải cách hành chính", "quý IV năm 2026", "12/UBND-VP", "01/9/2026",
                  "Ủy ban nhân dân tỉnh Quảng Ngãi", "báo cáo kết quả cải cách hành chính quý III năm 2026"]
        visible = [f for f in self.fields(page) if has_state(f, "VISIBLE")]
        self.assertEqual(len(visible), len(values))
        for f, v in zip(visible, values):
            f.setText(v)
        self.assert_all_visible(wizard, page)
        self.button(wizard, wizard_button("finish")).doAccessibleAction(0)

        # (the tables of the earlier tests stay: the new header is the one naming the plan)
        wait_for(lambda: "KẾ HOẠCH" in doc.getText().getString(), 30, "the plan's skeleton")
        text = doc.getText().getString()
        self.assertIn("quý III năm 2026", text, "the title's period phrase")
        tables = doc.getTextTables()
        numbers = [tables.getByIndex(i).getCellByName("A2").getString() for i in range(tables.getCount())
                   if tables.getByIndex(i).getName().startswith("BaoCaoHeader")]
        self.assertTrue(any("/KH-" in n for n in numbers), numbers)
        props = doc.getDocumentProperties().getUserDefinedProperties()
        self.assertEqual(props.getPropertyValue("BaoCao.Period"), "quý III năm 2026")
        self.assertEqual(props.getPropertyValue("BaoCao.PeriodFrom"), "2026-06-15")
        self.assertEqual(props.getPropertyValue("BaoCao.PeriodTo"), "2026-09-10")

if __name__ == "__main__":
    unittest.main(verbosity=2)
