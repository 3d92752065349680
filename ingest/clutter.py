"""What an operating system or an office suite leaves inside a delivered
folder or archive, which no administration delivered: Word's owner file
``~$акт.docx`` (162 bytes: who has the document open), LibreOffice's
``.~lock.акт.odt#``, Explorer's ``Thumbs.db`` and ``desktop.ini``, the Mac's
``.DS_Store`` and the ``__MACOSX/._акт.docx`` resource forks its zip tool
adds. Each became a record of garbage with warnings, or a failed file
staff had to look at (qawatch110). A file named on the command line is
always read: only what a walk of a folder or an archive meets is passed over.
"""
from __future__ import annotations

from pathlib import PurePath

_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db", "icon\r"}
_FOLDERS = {"__macosx", "$recycle.bin", "system volume information", ".trashes", ".spotlight-v100",
            ".fseventsd"}
_PREFIXES = ("~$", ".~lock.", "._")


def is_clutter(path: PurePath | str) -> bool:
    """Whether a path met inside a delivered folder or archive (relative to
    it) is the system's or the office suite's, not a delivery."""
    parts = PurePath(str(path).replace("\\", "/")).parts
    if not parts:
        return False
    if any(p.lower() in _FOLDERS for p in parts[:-1]):
        return True
    name = parts[-1]
    return name.lower() in _FILES or name.startswith(_PREFIXES)
