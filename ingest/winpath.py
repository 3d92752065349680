"""Paths longer than Windows' ``MAX_PATH`` (260 characters).

A delivered act's file name is often its whole title (``Постановление №
145-п от 12.03.2025 Об утверждении порядка …``): in a folder a few levels
down it passes 260 characters, which Windows opens only when the long-path
opt-in is set in the registry (off by default on Windows 10). Opening it
failed and the report said the file "vanished". The extended form
``\\\\?\\C:\\…`` (``\\\\?\\UNC\\server\\share\\…`` on a share) is opened
whatever the opt-in; it needs an absolute path, which it gets here.
Elsewhere the path is given back as it is.
"""
from __future__ import annotations

import ntpath
import os

WINDOWS = os.name == "nt"
MAX_PATH = 260


def long_path(path) -> str:
    """``path`` as ``open`` takes it on this platform, however long."""
    s = str(path)
    if not WINDOWS or len(s) < MAX_PATH or s.startswith("\\\\?\\"):
        return s
    s = ntpath.abspath(s)
    if s.startswith("\\\\"):
        return "\\\\?\\UNC\\" + s[2:]
    return "\\\\?\\" + s
