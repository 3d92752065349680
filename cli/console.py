"""Output that a legacy code page cannot crash.

On Russian Windows, output redirected to a file or a pipe
(``actdesk search … > out.txt``, ``actdesk export | findstr``) is written in
the ANSI code page, cp1251, with Python's strict error handler; a console
started with the legacy I/O, or a Linux box with a KOI8-R or cp1251 locale,
likewise. Acts carry characters those code pages lack (``м²``, ``≤``; cp866
and KOI8-R lack even ``«»—…``): the first one stopped the command with a
``UnicodeEncodeError`` traceback, mid-table (qawin94).

``install`` gives the text streams an error handler that writes the
character's look-alike (``²`` -> ``2``, ``«`` -> ``"``, ``—`` -> ``-``), else
``?``; a stream in UTF-8 (a real Windows console goes through click's
wide-character writer, Linux consoles are UTF-8) is left alone, and so is
an error handler the user chose (``PYTHONIOENCODING=cp1251:strict``).
JSON printed to such a stream escapes what is not ASCII (``\\u00b2``):
lossless, and the same bytes read as cp1251 or as UTF-8.
"""
from __future__ import annotations

import codecs
import json
import os
import sys

HANDLER = "actdesk-lookalike"

_LOOKALIKE = {
    "²": "2", "³": "3", "¹": "1", "½": "1/2", "¼": "1/4", "¾": "3/4",
    "→": "->", "←": "<-", "⇒": "=>", "≥": ">=", "≤": "<=", "≠": "!=", "×": "x", "÷": ":",
    "−": "-", "‐": "-", "‑": "-", "–": "-", "—": "-", "―": "-",
    "«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'",
    "…": "...", "№": "N", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "",
    "•": "*", "·": ".", "°": "o", "±": "+/-", "§": "S", "©": "(c)", "€": "EUR",
    "✓": "+", "✔": "+", "☐": "[ ]", "☑": "[x]", "☒": "[x]",
}


def _lookalike(ex: UnicodeError):
    if not isinstance(ex, UnicodeEncodeError):
        raise ex
    enc = ex.encoding
    out = []
    for ch in ex.object[ex.start:ex.end]:
        for sub in (_LOOKALIKE.get(ch), "?"):
            if sub is None:
                continue
            try:
                sub.encode(enc)
            except (UnicodeError, LookupError):
                continue
            out.append(sub)
            break
    return "".join(out), ex.end


codecs.register_error(HANDLER, _lookalike)


def unicode_safe(stream) -> bool:
    """True when ``stream`` writes every character (a UTF encoding)."""
    enc = getattr(stream, "encoding", None) or "ascii"
    try:
        return codecs.lookup(enc).name.startswith("utf")
    except LookupError:
        return False


def install(streams=None) -> None:
    """Look-alikes instead of a crash on the text streams of this process."""
    chosen = ":" in os.environ.get("PYTHONIOENCODING", "")
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        if stream is None or unicode_safe(stream) or chosen:
            continue
        try:
            stream.reconfigure(errors=HANDLER)
        except (AttributeError, ValueError, OSError):
            pass   # not a TextIOWrapper (a test's capture): nothing to mend


def json_text(obj, **kw) -> str:
    """``obj`` as JSON for standard output: UTF-8 text as it is, else ASCII."""
    return json.dumps(obj, ensure_ascii=not unicode_safe(sys.stdout), **kw)
