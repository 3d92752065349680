"""Resource limits every reader obeys, so one hostile or absurd file cannot
stall or exhaust a batch. Each refusal names the limit it hit."""
from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * MB
    # Checked from the page tree before any page is parsed.
    max_pdf_pages: int = 2000
    # PDF decompression bombs (pdfbomb.py), checked before any page is
    # parsed: a Flate stream over 1 MB inflating past this ratio, or all
    # streams past this ratio of the file (at least 16 MB), or past the cap.
    # Image streams are not counted (text reading never decodes them).
    max_pdf_ratio: int = 200
    max_pdf_inflated_bytes: int = 500 * MB
    # Per zip member and in total for one DOCX/ODT: declared sizes are
    # checked first, then real bytes are counted while inflating, because
    # a zip bomb can lie in its directory.
    max_unzipped_bytes: int = 200 * MB
    max_zip_entries: int = 10_000
    # Text beyond this is cut with the warning ``text_truncated``.
    max_text_chars: int = 20_000_000
    # OCR (ingest/formats/ocr.py): pages past ``max_ocr_pages`` of one file
    # stay pending (warning ``ocr_pages_limit``); a page is scaled down to
    # ``max_ocr_pixels`` before Tesseract sees it, and one Tesseract run is
    # killed after ``ocr_page_seconds`` (the page stays pending).
    max_ocr_pages: int = 300
    max_ocr_pixels: int = 40_000_000
    ocr_page_seconds: float = 120.0
    # No OCR at all (``actdesk ingest --no-ocr``: import fast): every page
    # that needs it stays pending for ``actdesk ocr --pending``. A value the
    # batch hands to each reader, its worker processes included.
    ocr: bool = True
    # One run of antiword / catdoc / LibreOffice on a legacy file.
    legacy_seconds: float = 120.0

    def too_large(self, size: int) -> str | None:
        """Why a file of ``size`` bytes is refused, or None: the one wording of
        the size limit (the readers' ``media_type`` and the batch's own
        unpacking of messages)."""
        if size <= self.max_file_bytes:
            return None
        return f"file too large: {size // MB} MB, over the limit of {self.max_file_bytes // MB} MB"


DEFAULT_LIMITS = Limits()
