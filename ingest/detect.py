"""Media type of a delivered file from its content, never from its name.

Clerks rename freely: RTF arrives as ``.doc``, Word 97 as ``.docx``, a
plain text export as ``.html``. So the bytes decide; the name is only a
tie-break between kinds of plain text (``.csv``). ``detect`` looks at the
head alone; ``detect_file`` also reads a zip's central directory (bounded,
no member is decompressed) to tell DOCX and ODT from other archives.
"""
from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

from . import textio

HEAD_BYTES = 8192

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ZIP = "application/zip"
DOC = "application/msword"
RTF = "application/rtf"
HTML = "text/html"
TEXT = "text/plain"
CSV = "text/csv"
XML = "application/xml"
EML = "message/rfc822"
MBOX = "application/mbox"
OCTET = "application/octet-stream"
# No registered type exists; this is the name Apache Tika uses.
OOXML_ENCRYPTED = "application/x-tika-ooxml-protected"
_OLE_STREAMS = ("EncryptedPackage", "WordDocument", "Workbook", "Book", "PowerPoint Document")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", DOC),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"AT&TFORM", "image/vnd.djvu"),
    (b"\x1f\x8b", "application/gzip"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"\x78\x9f\x3e\x22", "application/ms-tnef"),   # Outlook's winmail.dat
)

# The mimetype entry ODF requires first and stored: readable in the head
# even when the rest of the zip is damaged (realdocs 33).
_ODF_MIMETYPE = re.compile(rb"mimetype(application/vnd\.oasis\.opendocument\.[a-z.-]+)")

# WHATWG sniffing tags, plus meta; matched after BOM and whitespace.
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|script|iframe|h[1-6]|div|font|table|a|style"
    r"|title|b|br|p|meta|span|center|form)[\s/>]",
    re.IGNORECASE,
)
_HTML_ANYWHERE = re.compile(r"<(?:html|body|head)[\s>]|<!doctype\s+html", re.IGNORECASE)
# a first tag a stray space parted from its bracket ("< !DOCTYPE HTML …>", "< html>"): an
# export pasted into a script or a template and cut out again; the page's own <html>/<body>
# tags below still say it is HTML (a browser shows that first line as text, the rest as a page)
_PARTED_TAG = re.compile(r"<\s+[!A-Za-z]")
_XML_DECL = re.compile(r"<\?xml[^>]*\?>", re.IGNORECASE)
_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MAIL_HEADERS = frozenset(
    b"from to cc subject date message-id mime-version received return-path "
    b"delivered-to reply-to content-type x-mailer sender".split()
)
_KEY_MAIL_HEADERS = frozenset(b"received return-path message-id mime-version delivered-to from".split())


class EmptyFile(ValueError):
    """Nothing to detect: the file has no bytes."""


def detect(head: bytes, name: str = "") -> str:
    """Media type from the first bytes of a file (``HEAD_BYTES`` are plenty).

    Zips are told apart only as far as the head shows; ``detect_file``
    is exact. Raises ``EmptyFile`` on empty input.
    """
    if not head:
        raise EmptyFile("empty file")
    if b"%PDF-" in head[:1024]:
        return PDF
    for magic, media in _MAGIC:
        if head.startswith(magic):
            return media
    if head.startswith(b"BM") and len(head) > 14 and _plausible_bmp(head):
        return "image/bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_from_head(head)
    return _text_kind(head, name)


def detect_file(path: Path, head_bytes: int = HEAD_BYTES) -> str:
    """Media type of a file; for zips, decided by the central directory."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(head_bytes)
    media = detect(head, path.name)
    if media in (ZIP, DOCX) or media.startswith("application/vnd.oasis.opendocument."):
        return zip_kind(path, fallback=media)
    if media == DOC:
        return ole_kind(path)
    return media


def ole_kind(path: Path, scan_bytes: int = 8 * 1024 * 1024) -> str:
    """Word, Excel, PowerPoint or a password-protected DOCX in an OLE2 file.

    Stream names sit in the OLE directory as UTF-16; scanning the first
    megabytes for them is enough for documents (their directory is small
    and written early or late, and such files are small).
    """
    names = {stream: False for stream in _OLE_STREAMS}
    with path.open("rb") as fh:
        data = fh.read(scan_bytes)
    for stream in names:
        names[stream] = stream.encode("utf-16-le") in data
    if names["EncryptedPackage"]:
        return OOXML_ENCRYPTED
    if names["WordDocument"]:
        return DOC
    if names["Workbook"] or names["Book"]:
        return "application/vnd.ms-excel"
    if names["PowerPoint Document"]:
        return "application/vnd.ms-powerpoint"
    return DOC


def zip_names(path: Path, max_entries: int = 100_000) -> list[str] | None:
    """Member names from a zip's central directory, or None if unreadable.

    The end record is checked first so a forged directory with millions of
    entries is refused before ``zipfile`` builds its list in memory.
    """
    entries = _eocd_entries(path)
    if entries is None or entries > max_entries:
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return None


def zip_kind(path: Path, fallback: str = ZIP) -> str:
    """DOCX/XLSX/PPTX/ODT/zip from the member names of a zip file."""
    names = zip_names(path)
    if names is None:
        # Damaged directory: keep what the head said (an ODT stays an ODT,
        # so its reader can name the damage).
        return fallback
    members = set(names)
    if "word/document.xml" in members:
        return DOCX
    if "xl/workbook.xml" in members:
        return XLSX
    if "ppt/presentation.xml" in members:
        return PPTX
    if "mimetype" in members:
        return _odf_type(path) or ZIP
    return ZIP


def _odf_type(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("mimetype")
            if info.file_size > 200:
                return None
            value = zf.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, NotImplementedError):
        return None
    return value if value.startswith("application/vnd.oasis.opendocument.") else None


def _eocd_entries(path: Path) -> int | None:
    """Total entries declared by the end-of-central-directory record."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            tail_len = min(size, 65_536 + 22)
            fh.seek(size - tail_len)
            tail = fh.read(tail_len)
    except OSError:
        return None
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or len(tail) - pos < 22:
        return None
    (entries,) = struct.unpack_from("<H", tail, pos + 10)
    if entries == 0xFFFF:  # zip64: the real count is elsewhere; zipfile copes
        return 0
    return entries


def _zip_from_head(head: bytes) -> str:
    found = _ODF_MIMETYPE.search(head[:200])
    if found:
        return found.group(1).decode("ascii")
    if b"word/document.xml" in head or (b"[Content_Types].xml" in head and b"word/" in head):
        return DOCX
    return ZIP


def _plausible_bmp(head: bytes) -> bool:
    (header_size,) = struct.unpack_from("<I", head, 14)
    return header_size in (12, 40, 52, 56, 64, 108, 124) and head[6:10] == b"\x00\x00\x00\x00"


def _text_kind(head: bytes, name: str) -> str:
    if head.startswith(b"{\\rtf"):
        return RTF
    if textio.looks_binary(head):
        return OCTET
    mail = _mail_kind(head)
    if mail:
        return mail
    text = _head_text(head)
    if text is None:
        return OCTET
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{\\rtf"):
        return RTF
    if _is_html(stripped):
        return HTML
    if stripped.startswith("<?xml"):
        return XML
    if Path(name).suffix.lower() == ".csv":
        return CSV
    return TEXT


def _head_text(head: bytes) -> str | None:
    """The head as text for sniffing; None when it is not text at all.

    A multi-byte character may be cut at the end of the head, so UTF-8 is
    decoded leniently there; legacy code pages decode any byte.
    """
    bom = textio.sniff_bom(head)
    if bom:
        return head[bom[1]:].decode(bom[0], errors="replace")
    lanes = textio.utf16_without_bom(head)
    if lanes:
        return head.decode(lanes, errors="replace")
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as ex:
        if ex.start >= len(head) - 3:
            return head[: ex.start].decode("utf-8")
    return head.decode("cp1251", errors="replace")


def _is_html(text: str) -> bool:
    if text.startswith("<!--") or _PARTED_TAG.match(text):
        return bool(_HTML_ANYWHERE.search(text))
    xml = _XML_DECL.match(text)
    if xml:
        rest = text[xml.end():].lstrip()
        return bool(_HTML_START.match(rest)) or "http://www.w3.org/1999/xhtml" in text
    return bool(_HTML_START.match(text))


def _mail_kind(head: bytes) -> str | None:
    """message/rfc822 for RFC 822 headers at the top, mbox for a From_ line."""
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    mbox = lines[0].startswith(b"From ") and not lines[0].startswith(b"From: ")
    if mbox:
        lines = lines[1:]
    names: list[bytes] = []
    for line in lines[:40]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue  # folded continuation
        if not _HEADER.match(line):
            return None
        names.append(line.split(b":", 1)[0].lower())
    known = [n for n in names if n in _MAIL_HEADERS]
    if len(known) >= 2 and any(n in _KEY_MAIL_HEADERS for n in known):
        return MBOX if mbox else EML
    return None
