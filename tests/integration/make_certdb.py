"""A throwaway NSS certificate database for the signing tests (libnss3-tools' certutil), made on
the host before either leg runs (the 25.2 root has no certutil): a valid self-signed certificate
with its private key, one that expired last month, and one whose private key was removed.
Usage: make_certdb.py DIR (DIR is emptied first)."""
import os
import shutil
import subprocess
import sys
import tempfile

VALID = "CN=Van thu UBND xa Long Mon,O=UBND xa Long Mon,C=VN"
EXPIRED = "CN=Chung thu het han,O=UBND xa Long Mon,C=VN"
NO_KEY = "CN=Chung thu khong khoa,O=UBND xa Long Mon,C=VN"


def certutil(db, *args, stdin=None):
    subprocess.run(["certutil", "-d", "sql:" + db, *args], check=True, input=stdin, capture_output=True)


def make(db):
    shutil.rmtree(db, ignore_errors=True)
    os.makedirs(db)
    certutil(db, "-N", "--empty-password")
    noise = os.path.join(db, "noise")
    for serial, (nick, subject, extra) in enumerate([("valid", VALID, []),
                                                     ("expired", EXPIRED, ["-w", "-14", "-v", "12"]),
                                                     ("nokey", NO_KEY, [])], start=1):
        with open(noise, "wb") as f:
            f.write(os.urandom(2048))
        certutil(db, "-S", "-x", "-n", nick, "-s", subject, "-t", "CTu,Cu,Cu", "-k", "rsa", "-g", "2048",
                 "-m", str(1000 + serial), "-z", noise, *extra)
    os.remove(noise)
    # the third keeps its certificate but loses its private key
    with tempfile.TemporaryDirectory() as tmp:
        pem = os.path.join(tmp, "nokey.pem")
        with open(pem, "wb") as f:
            f.write(subprocess.run(["certutil", "-d", "sql:" + db, "-L", "-n", "nokey", "-a"], check=True,
                                   capture_output=True).stdout)
        certutil(db, "-F", "-n", "nokey")
        certutil(db, "-A", "-n", "nokey", "-t", "CTu,Cu,Cu", "-a", "-i", pem)


if __name__ == "__main__":
    make(sys.argv[1])
