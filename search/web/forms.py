"""Reading an upload: multipart/form-data parsed by Werkzeug's form parser,
every file streamed to disk as it arrives, within the size limits.

A batch can be hundreds of megabytes (scans): it is never held in memory.
The body's size is checked against the limit before a byte is read; each
file part goes straight into the job's folder under a safe name; form
fields (the CSRF token) are small and capped (ctx.MAX_FORM).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import parse_form_data

from search.web.ctx import MAX_FORM, Request

MAX_UPLOAD_FILES = 500


class UploadRefused(Exception):
    """Not an upload we take; ``status`` 400, 411 or 413 (``too_many``: files, not bytes)."""

    def __init__(self, status: int, reason: str = "", too_many: bool = False):
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.too_many = too_many


@dataclass
class Upload:
    fields: MultiDict             # the form's text fields
    files: list[Path]             # the delivered files, in the order sent, on disk


# The server runs on Windows in many libraries: there a sent name is a file
# name only without ``<>:"|?*`` (``Приказ: 5.doc`` opened a stream ``5.doc``
# of a file ``Приказ``; ``"О бюджете".docx`` was refused, the upload with it),
# without trailing dots or spaces, and not a device's (``CON``, ``nul.txt``
# write to no file). Elsewhere the name is kept as sent. ``MAX_PATH``: the
# whole path Windows opens without the long-path opt-in.
WINDOWS = os.name == "nt"
MAX_PATH = 259
_WIN_FORBIDDEN = re.compile(r'[<>:"|?*]')
_WIN_DEVICE = re.compile(r"(?i)(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)\s*(?:\..*)?")


def windows_name(name: str) -> str:
    """``name`` as Windows takes it as a file name (see ``WINDOWS``)."""
    name = _WIN_FORBIDDEN.sub("_", name).rstrip(". ")
    if _WIN_DEVICE.fullmatch(name):
        name = "_" + name
    return name


def upload_name(raw: str, taken: set[str], room: int | None = None) -> str:
    """The delivered name without any directory part, safe as a file name;
    ``room``: the characters left for it in a path (Windows' ``MAX_PATH``)."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip().lstrip(".")
    if WINDOWS:
        name = windows_name(name)
    name = _fit(name or "upload", 200)
    if WINDOWS and room is not None:
        name = _fit_chars(name, max(room - 4, 12))   # "-NN" of a name taken twice
    base, n = name, 1
    while name.casefold() in taken:
        n += 1
        stem, dot, ext = base.rpartition(".")
        name = f"{stem}-{n}.{ext}" if dot and stem else f"{base}-{n}"
    taken.add(name.casefold())
    return name


def _fit(name: str, max_bytes: int) -> str:
    """``name`` cut to ``max_bytes`` of UTF-8, the extension kept: file
    systems count bytes (255), and a Cyrillic letter takes two."""
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    stem, dot, ext = name.rpartition(".")
    if not (dot and stem and len(ext) <= 16):
        stem, dot, ext = name, "", ""
    room = max_bytes - len((dot + ext).encode("utf-8"))
    return stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip() + dot + ext


def _fit_chars(name: str, max_chars: int) -> str:
    """``name`` cut to ``max_chars`` characters, the extension kept."""
    if len(name) <= max_chars:
        return name
    stem, dot, ext = name.rpartition(".")
    if not (dot and stem and len(ext) <= 16):
        return name[:max_chars].rstrip(". ")
    return stem[:max(1, max_chars - len(ext) - 1)].rstrip(". ") + dot + ext


def receive_upload(req: Request, folder: Path, max_bytes: int) -> Upload:
    """Parse the multipart body of ``req``, writing each file into ``folder``."""
    if req.mimetype != "multipart/form-data":
        raise UploadRefused(400, "multipart/form-data expected")
    n = req.content_length
    if n is None and req.environ.get("HTTP_TRANSFER_ENCODING"):
        raise UploadRefused(411, "Content-Length required")
    if n is not None and n > max_bytes:
        raise UploadRefused(413)
    taken: set[str] = set()

    def to_disk(total_content_length, content_type, filename, content_length=None):
        room = MAX_PATH - len(str(folder.absolute())) - 1
        return open(folder / upload_name(filename or "", taken, room), "wb+")
    try:
        _stream, fields, files = parse_form_data(
            req.environ, stream_factory=to_disk, max_form_memory_size=MAX_FORM,
            max_content_length=max_bytes, max_form_parts=MAX_UPLOAD_FILES + 16, silent=False)
    except RequestEntityTooLarge:
        raise UploadRefused(413, too_many=n is not None and n <= max_bytes) from None
    except ValueError as ex:
        raise UploadRefused(400, f"multipart: {ex}") from None
    paths = []
    for _name, storage in files.items(multi=True):
        path = Path(storage.stream.name)
        storage.close()
        if not storage.filename and path.stat().st_size == 0:
            path.unlink()  # a file input left empty
        else:
            paths.append(path)
    if len(paths) > MAX_UPLOAD_FILES:
        raise UploadRefused(413, too_many=True)
    return Upload(fields, paths)
