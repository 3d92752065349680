"""A worker process below the desk's searches in the CPU's queue, on every
platform.

An import's workers read files (OCR of a scan holds a core for seconds); on
the library's two cores a reader's search waits behind them unless they
step back. POSIX has ``os.nice``. Windows — where most desks run — has no
``nice``: the workers kept normal priority there, and a search during an
upload waited its turn (qawin94 left this open). There the process asks
for ``BELOW_NORMAL_PRIORITY_CLASS`` (``IDLE`` for the far end of nice) through
kernel32, which every Windows has; nothing to install.
"""
from __future__ import annotations

import os

BELOW_NORMAL_PRIORITY_CLASS = 0x00004000
IDLE_PRIORITY_CLASS = 0x00000040


def _kernel32():   # a seam for the tests, which run on Linux
    import ctypes
    return ctypes.windll.kernel32   # type: ignore[attr-defined]


def lower(nice: int) -> bool:
    """Lower this process's priority by ``nice`` steps (POSIX) or to the
    matching Windows class. Whether it took; never raises: a worker at
    normal priority still does its work."""
    if nice <= 0:
        return False
    if hasattr(os, "nice"):
        try:
            os.nice(nice)
            return True
        except OSError:
            return False
    if os.name == "nt":
        try:
            k = _kernel32()
            cls = IDLE_PRIORITY_CLASS if nice >= 15 else BELOW_NORMAL_PRIORITY_CLASS
            return bool(k.SetPriorityClass(k.GetCurrentProcess(), cls))
        except (AttributeError, OSError, ImportError):
            return False
    return False
