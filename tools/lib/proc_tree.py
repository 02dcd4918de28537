"""Processes below a given one, read from /proc: the soffice.bin a CLI started (tests and benches)."""
import os


def descendants_named(pid, name):
    """The processes below `pid` whose command is `name` (soffice.bin below the CLI's oosplash)."""
    parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                pass
    found = []
    for p in parent:
        q = p
        while q in parent and q != pid and q > 1:
            q = parent[q]
        if q == pid and p != pid:
            try:
                with open(f"/proc/{p}/comm") as f:
                    if f.read().strip() == name:
                        found.append(p)
            except OSError:
                pass
    return found
