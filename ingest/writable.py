"""Whether this process may write in a folder, on every platform.

On Windows ``os.access(folder, os.W_OK)`` looks only at the read-only
attribute, which Windows ignores on folders: it said yes for a fund on a
share the reading room may only read, the catalog was then opened for
writing, and every search failed with "attempt to write a readonly
database" where on Linux it runs read-only (qawin94). There a file is
made and removed to know; elsewhere ``os.access`` answers (the mode bits
are what the kernel checks).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

WINDOWS = os.name == "nt"


def can_write(folder: Path) -> bool:
    if not os.access(folder, os.W_OK):
        return False
    if not WINDOWS:
        return True
    try:
        fd, name = tempfile.mkstemp(prefix=".actdesk-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(name)
    except OSError:
        pass
    return True
