"""Runs a command with a small tmpfs mounted on a folder, in a mount namespace of its own, so the
mount is seen by that command alone and goes when it ends; then says what the command left on
the small disk (one line, "small_disk: left: [...]" on stderr) and exits with its code.
Usage: small_disk.py SIZE FOLDER -- CMD... (SIZE as mount(8)'s tmpfs size=, e.g. 16k).
unshare(2) and mount(2) are called directly: the 25.2 root has no mount(8). A namespace or mount
that cannot be made exits 125 with the reason: the test fails, it is never skipped."""
import ctypes
import json
import os
import re
import subprocess
import sys

CLONE_NEWNS = 0x00020000
MS_REC, MS_PRIVATE = 0x4000, 1 << 18


def die(what):
    err = ctypes.get_errno()
    print(f"small_disk: {what}: {os.strerror(err)} (errno {err}); needs root (CAP_SYS_ADMIN)", file=sys.stderr)
    sys.exit(125)


def main():
    size, folder = sys.argv[1], os.path.abspath(sys.argv[2])
    cmd = sys.argv[4:] if sys.argv[3] == "--" else sys.argv[3:]
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
    if libc.unshare(CLONE_NEWNS) != 0:
        die("unshare(CLONE_NEWNS)")
    os.makedirs(folder, exist_ok=True)
    # The mount the folder is on, made private in the new namespace, so the tmpfs propagates back
    # to no other namespace. Not "/": in a chroot (the 25.2 root) "/" is no mount point (EINVAL).
    # (Found in mountinfo: os.path.ismount misses a bind mount from the same file system, the
    # 25.2 session's /tmp.)
    with open("/proc/self/mountinfo") as f:
        points = [re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), line.split()[4]) for line in f]
    parent = max((p for p in points if folder == p or folder.startswith(p.rstrip("/") + "/")), key=len)
    if libc.mount(b"none", parent.encode(), None, MS_REC | MS_PRIVATE, None) != 0:
        die(f"making {parent} private in the new namespace")
    if libc.mount(b"tmpfs", folder.encode(), b"tmpfs", 0, f"size={size},mode=0755".encode()) != 0:
        die(f"mount -t tmpfs -o size={size} {folder}")
    rc = subprocess.run(cmd).returncode
    left = sorted(os.path.relpath(os.path.join(root, name), folder)
                  for root, dirs, files in os.walk(folder) for name in dirs + files)
    print("small_disk: left: " + json.dumps(left), file=sys.stderr)
    sys.exit(rc)


if __name__ == "__main__":
    main()
