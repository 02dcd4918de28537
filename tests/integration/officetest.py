"""Shared pieces of the integration tests: the fixture's office, documents, dispatch with result."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "lib"))
from lo_office import Office, office_version, prop, uno  # noqa: E402

import unohelper  # noqa: E402
from com.sun.star.frame import XDispatchResultListener  # noqa: E402

SUCCESS, FAILURE = 1, 0  # com.sun.star.frame.DispatchResultState
PROFILE_NODE = "/org.baocao.Settings/AgencyProfile"
PROFILE_KEYS = ("ParentAgency", "Agency", "AgencyCode", "PlaceName", "TypeCode", "SignerName", "SignerTitle")
LONG_MON = {"ParentAgency": "UBND huyện Vân Hồ", "Agency": "Ủy ban nhân dân xã Long Môn", "AgencyCode": "UBND",
            "PlaceName": "Long Môn", "TypeCode": "BC", "SignerName": "Nguyễn Văn A", "SignerTitle": "Chủ tịch"}


class _Result(unohelper.Base, XDispatchResultListener):
    def __init__(self):
        self.event = None

    def dispatchFinished(self, event):
        self.event = event

    def disposing(self, source):
        pass


def _url(ctx, text):
    url = uno.createUnoStruct("com.sun.star.util.URL")
    url.Complete = text
    transformer = ctx.ServiceManager.createInstanceWithContext("com.sun.star.util.URLTransformer", ctx)
    return transformer.parseStrict(url)[1]


class OfficeTestCase(unittest.TestCase):
    """Talks to the soffice the CTest fixture started (state folder in $BAOCAO_IT_STATE)."""

    office = None

    @classmethod
    def setUpClass(cls):
        state = os.environ.get("BAOCAO_IT_STATE")
        if not state:
            raise RuntimeError("BAOCAO_IT_STATE is not set: run through ctest (the office fixture)")
        cls.office = Office(state)
        cls.office.connect(timeout=30)

    @classmethod
    def shared_folder(cls, prefix):
        """A fresh folder in the office's output area that soffice, running as another user under
        root, can write too."""
        path = tempfile.mkdtemp(prefix=prefix, dir=cls.office.out)
        os.chmod(path, 0o777)
        return path

    def setUp(self):
        self.docs = []

    def tearDown(self):
        for d in self.docs:
            try:
                d.close(True)
            except Exception:
                pass

    # documents
    def new_doc(self, kind="swriter", **load):
        args = tuple(prop(k, v) for k, v in load.items())
        doc = self.office.desktop.loadComponentFromURL(f"private:factory/{kind}", "_blank", 0, args)
        self.docs.append(doc)
        return doc

    def load(self, path, **load):
        args = tuple(prop(k, v) for k, v in load.items())
        doc = self.office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, args)
        self.assertIsNotNone(doc, f"LibreOffice could not load {path}")
        self.docs.append(doc)
        return doc

    # the command under test, as the framework calls it
    def query(self, doc, command):
        frame = doc.getCurrentController().getFrame()
        return frame.queryDispatch(_url(self.office.ctx, command), "", 0)

    def dispatch(self, doc, command, **args):
        dispatcher = self.query(doc, command)
        self.assertIsNotNone(dispatcher, f"no dispatch for {command}")
        listener = _Result()
        dispatcher.dispatchWithNotification(_url(self.office.ctx, command),
                                            tuple(prop(k, v) for k, v in args.items()), listener)
        self.assertIsNotNone(listener.event, "the command did not report a result")
        return listener.event.State, listener.event.Result

    # the extension's configuration
    def set_profile(self, values):
        node = self.office.config(PROFILE_NODE, update=True)
        for key in PROFILE_KEYS:
            node.replaceByName(key, values.get(key, "BC" if key == "TypeCode" else ""))
        node.commitChanges()


def paragraphs(text):
    e = text.createEnumeration()
    while e.hasMoreElements():
        yield e.nextElement()


def portions(paragraph):
    e = paragraph.createEnumeration()
    while e.hasMoreElements():
        yield e.nextElement()
