"""Writes the validation benchmark's 50 reports (tools/lib/bench_validate.py: the seed text in five
forms at four lengths and the wizard's filled skeleton, .odt and .docx) into a folder and keeps them,
so that two builds' findings can be compared byte for byte:

  findings_corpus.py OXT DIR        # makes DIR/*.odt, DIR/*.docx with the extension in OXT
  baocao validate --format json --lang en DIR/* > before.json   # with each build's CLI, then diff

The reports are made by the installed extension (the skeletons through InsertReport), so make them
once and check them with both CLIs.
"""
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_validate import fifty_reports  # noqa: E402
from lo_office import Office, chown_tree  # noqa: E402


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    oxt, target = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(target, exist_ok=True)
    office = Office(tempfile.mkdtemp(prefix="baocao-corpus-state-"))
    office.install(oxt)
    office.start()
    try:
        work = os.path.join(office.out, "corpus")
        os.makedirs(work, exist_ok=True)
        chown_tree(work)
        os.chmod(work, 0o777)
        for path in fifty_reports(office, work):
            shutil.copy(path, target)
    finally:
        office.stop()
        office.remove()
    print(f"{len(os.listdir(target))} files in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
