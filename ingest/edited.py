"""Text files a librarian edits by hand: ``settings.yaml``, ``rubrics.yaml``,
``subscribers.yaml``, read in whatever encoding the editor saved them.

Notepad of Windows 7 and 8 (still on the desks of many libraries) saves a
new file in the ANSI code page, cp1251 on Russian Windows, and offers
"Unicode" (UTF-16 with a BOM); the files were read as UTF-8 only, so a
``region: Брянская область`` typed there stopped every command with a
codec error (qawin94). A BOM names its encoding; else strict UTF-8; else
the Cyrillic scoring that reads delivered texts (``textio.decode``: cp1251,
KOI8-R, cp866).
"""
from __future__ import annotations

from pathlib import Path

from . import textio


def read_edited(path: str | Path) -> str:
    """The text of ``path``, every line end LF (as ``read_text`` gives
    them); ``OSError`` when it cannot be read."""
    data = Path(path).read_bytes()
    bom = textio.sniff_bom(data)
    if bom:
        enc, size = bom
        text = data[size:].decode(enc, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = textio.decode(data).text
    return text.replace("\r\n", "\n").replace("\r", "\n")
