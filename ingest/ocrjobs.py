"""``actdesk ocr --pending``: read later what an import left for OCR.

An import run with ``--no-ocr`` (or on a machine without Tesseract) keeps
image-only PDFs, garbled PDFs and images as ``pending`` files, and reads
PDFs that mix text and scanned pages from their text pages alone with the
warning ``ocr_pending``. This module finds both and reads them again in a
batch (``--jobs`` worker processes), now with OCR.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .formats import Limits, ocr
from .fund import Fund, StoredFile
from .pipeline import Batch, FileResult


class OcrNotAvailable(Exception):
    """Tesseract or its Russian data is missing; the message says what to install."""


def waiting_for_ocr(fund: Fund) -> list[StoredFile]:
    """Pending files, and read files whose records still miss OCR'd pages."""
    files = fund.files("pending")
    seen = {f.sha256 for f in files}
    rows = fund.db.execute(
        "SELECT DISTINCT sha256 FROM records WHERE data LIKE '%\"ocr_pending\"%'").fetchall()
    for (sha,) in rows:
        f = fund.get_file(sha)
        if f is not None and f.sha256 not in seen:
            files.append(f)
            seen.add(f.sha256)
    return files


def ocr_pending(fund: Fund, *, jobs: int | None = None, scheme_path: Path | None = None,
                on_commit: Callable[[], None] | None = None,
                progress: Callable[[str], None] | None = None,
                files: list[StoredFile] | None = None) -> list[FileResult]:
    """Read again, with OCR, every file waiting for it (or ``files``, the
    caller's list of them); the batch report. ``progress`` is called with
    each file's name as its reading starts."""
    limits = Limits(ocr=True)
    try:
        ocr.require("pending files", limits)
    except ocr.NeedsReader as ex:
        raise OcrNotAvailable(ex.reason) from ex
    batch = Batch(fund, jobs=jobs, scheme_path=scheme_path, on_commit=on_commit, limits=limits,
                  progress=progress)
    return batch.retry(waiting_for_ocr(fund) if files is None else files)
