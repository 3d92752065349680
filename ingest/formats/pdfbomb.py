"""PDF decompression bombs are refused before PDFium parses a page.

PDFium inflates a page's content stream (and the fonts, forms and object
streams it needs) whole, with no cap: a 400 KB file whose content stream
inflates to 400 MB took 890 MB of memory (qa85). Under ``--jobs 1`` that is
the batch's own process. So before the document is opened, this guard walks
the file's raw bytes for streams, inflates every Flate stream into nothing
with ``zlib.decompressobj`` and ``max_length`` (never more than the budget
left), and counts the bytes, as ``zipsafe`` does for zips:

- a stream that inflates past 1 MB and past ``max_pdf_ratio`` times its
  compressed size (200:1, the zip rule) is a bomb;
- all streams together may inflate to ``max_pdf_ratio`` times the file's
  size (at least ``FLOOR``) and never past ``max_pdf_inflated_bytes``: a bomb
  split into many small streams is caught too, and counting stops there.

Image streams (``/Subtype /Image``) and attached files are skipped: reading
the text layer never decodes them, and a scanner's white page in Flate
inflates 800:1 by right. JPEG, JBIG2 and CCITT streams are not Flate and
are never inflated. A stream that is not valid zlib (another filter, damage) is left to PDFium.
Text PDFs inflate 2-10 times their size, so the guard costs one extra
inflate of the content and fonts, a few per cent of reading them.
"""
from __future__ import annotations

import re
import zlib

from ..records import IngestError
from .limits import Limits

MB = 1024 * 1024
FLOOR = 16 * MB          # a file may always inflate this far, however small
STREAM_FLOOR = MB        # a stream under this is never judged by its ratio (as in zips)
_STEP = 4 * MB           # inflated per call: memory of the guard stays at this
_LOOKBACK = 4096         # a stream's dictionary lies within this before ``stream``

_IMAGE = re.compile(rb"/Subtype\s*/Image\b|/Type\s*/EmbeddedFile\b")
_FLATE = re.compile(rb"/FlateDecode\b|/Fl\b")
_LENGTH = re.compile(rb"/Length\s+(\d+)\b(?!\s+\d+\s+R)")  # direct, not ``N 0 R``


def check_pdf_streams(data: bytes, limits: Limits) -> int:
    """Raise ``IngestError`` when the Flate streams of ``data`` (a whole PDF file)
    would inflate past the limits; else return the bytes they inflate to."""
    budget = min(limits.max_pdf_inflated_bytes, max(FLOOR, limits.max_pdf_ratio * len(data)))
    total, pos = 0, 0
    while True:
        at = data.find(b"stream", pos)
        if at < 0:
            return total
        pos = at + 6
        start = _body_start(data, at)
        if start is None:
            continue
        head = data[max(0, at - _LOOKBACK):at]
        spec = head[head.rfind(b"obj"):]
        if not spec.startswith(b"obj") or not head.rstrip().endswith(b">>"):
            continue
        length = _LENGTH.search(spec)
        size = int(length.group(1)) if length else None
        if not _FLATE.search(spec) or _IMAGE.search(spec):
            # not inflated: step over its bytes (a scan's images are most of the file)
            end = start + size if size is not None else data.find(b"endstream", start)
            pos = max(pos, end)
            continue
        cap = budget - total
        if size is not None:
            cap = min(cap, max(STREAM_FLOOR, limits.max_pdf_ratio * size))
        out, used = _inflate(data, start, cap + 1)
        total += out
        if out > cap:
            if size is not None and out > max(STREAM_FLOOR, limits.max_pdf_ratio * size):
                raise IngestError(_bomb(size, out, limits))
            raise IngestError(f"PDF decompression bomb: its streams inflate to over {budget // MB} MB "
                              f"(limit {budget // MB} MB for this file)")
        if size is None and out > STREAM_FLOOR and out > limits.max_pdf_ratio * used:
            raise IngestError(_bomb(used, out, limits))
        pos = start + used


def _body_start(data: bytes, at: int) -> int | None:
    """Where the bytes of a stream begin, for the keyword ``stream`` at ``at``
    (None for ``endstream`` or the word inside other bytes)."""
    if data[max(0, at - 3):at] == b"end":
        return None
    eol = data[at + 6:at + 8]
    if eol.startswith(b"\r\n"):
        return at + 8
    if eol[:1] in (b"\n", b"\r"):
        return at + 7
    return None


def _bomb(size: int, out: int, limits: Limits) -> str:
    return (f"PDF decompression bomb: a stream of {max(1, size // 1024)} KB inflates to over "
            f"{out // MB} MB (limit {limits.max_pdf_ratio}:1)")


def _inflate(data: bytes, start: int, most: int) -> tuple[int, int]:
    """Bytes one zlib stream at ``start`` inflates to (counting stops past
    ``most``) and the compressed bytes it used; (0, 0) when it is not zlib."""
    d = zlib.decompressobj()
    view = memoryview(data)[start:]
    out = 0
    try:
        chunk = d.decompress(view, min(_STEP, most))
        out += len(chunk)
        while not d.eof and out < most and d.unconsumed_tail:
            chunk = d.decompress(d.unconsumed_tail, min(_STEP, most - out))
            out += len(chunk)
    except zlib.error:
        return out, 0
    used = len(view) - len(d.unused_data) - len(d.unconsumed_tail)
    return out, used
