"""The harness's own connection to an office (tools/lib/lo_office.py, Office.connect), against
stand-in servers on the loopback: no office is started.

An office that closes a new connection in its first call (seen once: it25.skeleton's
setUpClass, "Binary URP bridge disposed during call") is connected to again, said on stderr, at
most three times; one that is gone is not waited for."""
import contextlib
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "lib"))
from lo_office import DisposedException, Office  # noqa: E402

SAID = "closed the connection being made"


class ClosingServer:
    """Accepts connections on a free loopback port and closes each at once, before a byte of
    URP; after `serve` of them it stops listening (None: never)."""

    def __init__(self, serve=None):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.serve = serve
        self.accepted = 0
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        with self.sock:
            while self.serve is None or self.accepted < self.serve:
                try:
                    conn, _ = self.sock.accept()
                except OSError:  # closed by close()
                    return
                self.accepted += 1
                conn.close()

    def close(self):
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(10)


def gone_pid():
    """The pid of a process that has ended (and been reaped)."""
    p = subprocess.Popen(["true"])
    p.wait()
    return p.pid


class ConnectTest(unittest.TestCase):
    def office(self, port, pid):
        state = tempfile.mkdtemp(prefix="baocao-harness-")
        self.addCleanup(shutil.rmtree, state, True)
        o = Office(state)
        o.state.update(pid=pid, port=port)
        return o

    def connect(self, office, timeout):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                office.connect(timeout=timeout)
            except Exception as e:
                return e, err.getvalue()
        self.fail("connect() returned from a server that speaks no URP")

    def test_a_closed_connection_is_tried_again_three_times_then_raised(self):
        server = ClosingServer()
        self.addCleanup(server.close)
        # this process stands in for the office: alive throughout
        e, said = self.connect(self.office(server.port, os.getpid()), timeout=60)
        self.assertIsInstance(e, DisposedException)
        self.assertEqual(said.count(SAID), 2, said)
        self.assertEqual(server.accepted, 3)

    def test_an_office_that_has_gone_is_not_tried_again(self):
        server = ClosingServer()
        self.addCleanup(server.close)
        e, said = self.connect(self.office(server.port, gone_pid()), timeout=60)
        self.assertIsInstance(e, DisposedException)
        self.assertNotIn(SAID, said)
        self.assertEqual(server.accepted, 1)

    def test_after_a_closed_connection_a_silent_port_times_out_as_before(self):
        server = ClosingServer(serve=1)  # closes one connection, then stops listening
        self.addCleanup(server.close)
        e, said = self.connect(self.office(server.port, os.getpid()), timeout=3)
        self.assertIsInstance(e, RuntimeError)
        self.assertIn(f"did not answer on port {server.port} within 3 s", str(e))
        self.assertEqual(said.count(SAID), 1, said)
        self.assertEqual(server.accepted, 1)


if __name__ == "__main__":
    unittest.main()
