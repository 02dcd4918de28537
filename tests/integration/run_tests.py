"""Runs test modules as `python3 -m unittest -v MODULE…` does, then ends the process without
Python's teardown, with the tests' result: 0 when they all passed, 1 otherwise.

The tests hold pyuno proxies into a remote LibreOffice. Torn down at exit, pyuno's runtime and
the UNO bridge's threads now and then crashed Python after its last test had passed (CI,
2026-12-03: it.validate and it.collect reported SEGFAULT after "OK"). The bridges are disposed
first (lo_office.dispose_bridges, an atexit function, run here with the others); what the tests
found is decided before any of that."""
import atexit
import os
import sys
import unittest


def main():
    program = unittest.main(module=None, argv=[sys.argv[0], "-v", *sys.argv[1:]], exit=False)
    code = 0 if program.result.wasSuccessful() else 1
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
