"""File -> ``Parsed``: detect the format from content and call its reader.

``READERS`` is the registry: media type -> reader, a plain function
``(path, limits) -> Parsed`` that mutates nothing. A format this build
cannot read yet maps to ``needs(reason)``, which raises ``NeedsReader`` so
the pipeline keeps the file as pending; adding a reader later is one line
here. Every library exception is turned into ``IngestError`` at the
reader's boundary, with a short reason a librarian can act on.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Callable

from ..detect import EmptyFile, detect_file
from ..records import IngestError, NeedsReader, Parsed
from . import docx, html, legacy, mail, ocr, pdf, pdf_ocr, text, wordml
from .limits import DEFAULT_LIMITS, Limits
from ..textio import compose, unmangle

Reader = Callable[[Path, Limits], Parsed]


def needs(reason: str) -> Reader:
    """A placeholder reader for a format a later build will read."""

    def pending(path: Path, limits: Limits) -> Parsed:
        raise NeedsReader(reason)

    pending.__doc__ = reason
    return pending


def refuse(reason: str) -> Reader:
    """A reader for content that is not a document at all."""

    def refused(path: Path, limits: Limits) -> Parsed:
        raise IngestError(reason)

    refused.__doc__ = reason
    return refused


READERS: dict[str, Reader] = {
    "application/pdf": pdf_ocr.read_pdf,  # pdf.read_pdf + OCR of the pages it cannot trust
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": docx.read_docx,
    "text/plain": text.read_text,
    "text/csv": text.read_text,
    "text/html": html.read_html,
    "application/msword": legacy.read_doc,
    "application/x-tika-ooxml-protected": refuse("password-protected Office document: needs a password"),
    "application/vnd.ms-excel": needs("Excel 97 workbook (.xls): needs a spreadsheet reader"),
    "application/vnd.ms-powerpoint": needs("PowerPoint 97 file (.ppt): needs a presentation reader"),
    "application/rtf": legacy.read_rtf,
    "application/vnd.oasis.opendocument.text": legacy.read_odt,
    "image/png": ocr.read_image,
    "image/jpeg": ocr.read_image,
    "image/tiff": ocr.read_image,
    "image/gif": ocr.read_image,
    "image/bmp": ocr.read_image,
    "image/webp": ocr.read_image,
    "image/vnd.djvu": needs("DjVu scan: needs a DjVu reader and OCR"),
    "message/rfc822": mail.read_mail,  # a batch opens messages like archives (pipeline)
    "application/mbox": mail.read_mail,
    "application/xml": wordml.read_xml,  # Word 2003 XML; other XML pending (NeedsReader)
    "application/octet-stream": refuse("binary data, not text or a known document format"),
    "application/zip": refuse("zip archive, not a document: expand it first"),
    "application/gzip": needs("gzip archive: needs an archive reader"),
    "application/vnd.rar": needs("RAR archive: needs an archive reader"),
    "application/x-7z-compressed": needs("7z archive: needs an archive reader"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
        needs("Excel workbook (.xlsx): needs a spreadsheet reader"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation":
        needs("PowerPoint file (.pptx): needs a presentation reader"),
}


def read(path: Path, limits: Limits | None = None) -> Parsed:
    """Detect the format of ``path`` and read it into text by page.

    Raises ``NeedsReader`` for formats kept pending, ``IngestError`` for
    files that cannot be read (with the reason), nothing else.
    """
    limits = limits or DEFAULT_LIMITS
    path = Path(path)
    media = media_type(path, limits)
    reader = READERS.get(media)
    if reader is None:
        raise IngestError(f"unsupported format {media}: not a document this desk reads")
    try:
        return _read_back(reader(path, limits))
    except IngestError:
        raise
    except MemoryError as ex:
        raise IngestError(f"file too large to read in memory ({media})") from ex
    except Exception as ex:  # a reader's own gap must not stop the batch
        raise IngestError(f"unreadable {media}: {type(ex).__name__}: {ex}") from ex


def _read_back(parsed: Parsed) -> Parsed:
    """Pages and page title that went through a latin-1 reading once (``ÏÎÑÒÀÍÎÂËÅÍÈÅ``)
    back to Cyrillic, whatever the format. ``textio.decode`` does it for a text
    file's bytes, but it sees an HTML page's markup (a long ``<head>`` fills its
    sample) and never sees what a PDF, DOCX or OCR gives; without this the
    record's text, which search and rubrics read, stayed mojibake while
    ``extract_acts`` read the requisites from its own repaired copy."""
    pages = tuple(unmangle(p) for p in parsed.pages)
    title = parsed.meta.get("html_title")
    fixed_title = unmangle(title) if isinstance(title, str) else title
    unmangled = not all(a is b for a, b in zip(pages, parsed.pages)) or fixed_title is not title
    # letters spelled with a combining mark (NFD) composed (``textio.compose``)
    pages = tuple(compose(p) for p in pages)
    fixed_title = compose(fixed_title) if isinstance(fixed_title, str) else fixed_title
    if all(a is b for a, b in zip(pages, parsed.pages)) and fixed_title is title:
        return parsed
    meta = dict(parsed.meta)
    if fixed_title is not title:
        meta["html_title"] = fixed_title
    if unmangled:
        meta["unmangled"] = True
    return dataclasses.replace(parsed, pages=pages, meta=meta)


def media_type(path: Path, limits: Limits | None = None) -> str:
    """The detected media type, after the size limit; IngestError if unusable."""
    limits = limits or DEFAULT_LIMITS
    try:
        too_large = limits.too_large(path.stat().st_size)
        if too_large:
            raise IngestError(too_large)
        return detect_file(path)
    except EmptyFile as ex:
        raise IngestError("empty file: 0 bytes") from ex
    except OSError as ex:
        raise IngestError(f"cannot open file: {ex.strerror or ex}") from ex


__all__ = ["READERS", "Limits", "DEFAULT_LIMITS", "Reader", "read", "media_type", "needs", "refuse"]
