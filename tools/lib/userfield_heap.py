"""What LibreOffice keeps when Writer updates user fields, with no extension in the office.

The soak's heap profile on LibreOffice 25.2 (soak_heap.py) finds memory that grows with every
cycle under Writer's evaluation of user fields (SwUserFieldType::GetValue, a new SwCalc and its
i18n CharClass and LocaleData objects each time), the way the figures are kept in a report. This
reproduces it in an office that has no extension at all: each cycle, a new visible Writer
document gets FIELDS user fields (each its own field master, content as the figures are written,
"1.530,5 ha", or a plain number with CONTENT=number), each master's content is then changed
once (as a refresh of the figures does), and the document is closed. heaptrack is attached after
WARM cycles for CYCLES more (soak_heap.profile_after_warmup), and what is still alive is grouped
as soak_heap groups it.

Usage: [WARM=10] [CYCLES=100] [FIELDS=15] [CONTENT=text|number] userfield_heap.py [OUT]
On LibreOffice 25.2, in its root: tools/lib/heap-in-root /usr/bin/python3 tools/lib/userfield_heap.py OUT
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "integration"))
from gui_session import GuiOffice  # noqa: E402
from lo_office import office_version  # noqa: E402
from soak_heap import folded_stacks, profile_after_warmup, where  # noqa: E402

WARM = int(os.environ.get("WARM", "10"))
CYCLES = int(os.environ.get("CYCLES", "100"))
FIELDS = int(os.environ.get("FIELDS", "15"))
NUMBER = os.environ.get("CONTENT", "text") == "number"
REPAINTS = int(os.environ.get("REPAINTS", "0"))


def content(i, changed):
    value = 1530 + i + (1 if changed else 0)
    return str(value) if NUMBER else f"{value // 1000}.{value % 1000:03d},5 ha"


def cycle(office, toolkit):
    doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
    text = doc.getText()
    cursor = text.createTextCursor()
    masters = []
    for i in range(FIELDS):
        master = doc.createInstance("com.sun.star.text.fieldmaster.User")
        master.Name = f"so_lieu_{i}"
        master.Content = content(i, False)
        field = doc.createInstance("com.sun.star.text.TextField.User")
        field.attachTextFieldMaster(master)
        text.insertTextContent(cursor, field, False)
        text.insertString(cursor, "\n", False)
        masters.append(master)
    for i, master in enumerate(masters):
        master.Content = content(i, True)
    view = doc.getCurrentController().getViewCursor()
    for _ in range(REPAINTS):  # the view moved to the end and back, painted each time
        view.gotoEnd(False)
        toolkit.processEventsToIdle()
        view.gotoStart(False)
        toolkit.processEventsToIdle()
    doc.close(True)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "userfield-heap"
    gui = GuiOffice(None)  # no extension
    try:
        toolkit = gui.office.create("com.sun.star.awt.Toolkit")
        print(f"LibreOffice {office_version()}, no extension; {FIELDS} user fields a cycle, "
              f"{'numbers' if NUMBER else 'text'}, each changed once", flush=True)
        folded, profile = profile_after_warmup(gui, WARM, CYCLES, lambda: cycle(gui.office, toolkit), out)
    finally:
        gui.close()
    alive = collections.Counter()
    for stack, cost in folded_stacks(folded):
        alive[where(stack)] += cost
    print(f"alive after cycle {WARM + CYCLES} of what was allocated after cycle {WARM}:")
    for kept_by, cost in alive.most_common():
        print(f"  {cost / 1e6:7.2f} MB  {kept_by} ({cost / CYCLES / 1e3:.1f} KB a cycle)")
    print(f"profile: {profile}")


if __name__ == "__main__":
    main()
