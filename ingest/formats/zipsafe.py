"""Zip bombs are refused before anything inflates a package: the one guard.

Three kinds of zip reach us: a DOCX or ODT (a zip of XML), a delivered
``.zip`` of acts (the pipeline unpacks it entry by entry into the fund), and
a zip attached to an e-mail. A hostile one declares small sizes and inflates
to gigabytes, or holds a million entries, or lies in its directory. Every
reader and the pipeline go through these functions, so the rules are one:
the directory is checked (entry count, encryption, declared sizes), then
bytes are counted as they are really inflated, never trusting the directory.
``check_zip`` inflates a whole package into nothing first, which costs one
extra inflate of a small document and is cheap.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterator

from ..records import IngestError
from .limits import Limits

_CHUNK = 1 << 16
_MB = 1024 * 1024

# What zipfile raises on a damaged or lying member (it never inflates past
# a member's declared size: a lying directory ends as a CRC or length error).
DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
          NotImplementedError, RuntimeError)


class ZipBomb(IngestError):
    """More bytes than declared or than the limit allows."""


def open_zip(path: Path, kind: str = "zip") -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as ex:
        raise IngestError(f"damaged {kind}: the zip directory cannot be read ({ex})") from ex


def check_directory(infos: list[zipfile.ZipInfo], *, max_entries: int, max_total: int,
                    kind: str = "zip") -> None:
    """Refuse by what the directory says: too many entries, a password, a declared bomb."""
    if len(infos) > max_entries:
        raise IngestError(f"{kind} has {len(infos)} zip entries, over the limit of {max_entries}")
    if any(info.flag_bits & 0x1 for info in infos):
        raise IngestError(f"encrypted {kind}: needs a password")
    declared = sum(info.file_size for info in infos)
    if declared > max_total:
        raise ZipBomb(_bomb(kind, declared, max_total))


def entry_problem(info: zipfile.ZipInfo, *, max_bytes: int, max_ratio: int) -> str | None:
    """Why one entry of a delivered archive is refused, by its directory record."""
    if info.flag_bits & 0x1:
        return "encrypted archive entry: needs a password"
    if info.file_size > max_bytes:
        return f"entry unpacks to {info.file_size >> 20} MB (limit {max_bytes >> 20} MB)"
    if info.file_size > _MB and info.compress_size and info.file_size / info.compress_size > max_ratio:
        return (f"entry compressed {info.file_size // info.compress_size}:1 "
                f"(limit {max_ratio}:1): refused as a zip bomb")
    return None


def member_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int,
                  chunk: int = _CHUNK) -> Iterator[bytes]:
    """A member's bytes, counted as they are inflated: declared sizes can lie."""
    total = 0
    with zf.open(info) as f:
        while data := f.read(chunk):
            total += len(data)
            if total > max_bytes or total > max(info.file_size, 0) + chunk:
                raise ZipBomb("entry unpacks to more bytes than it declares or than the "
                              "limit allows: refused as a zip bomb")
            yield data


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> bytes:
    return b"".join(member_chunks(zf, info, max_bytes))


def check_zip(path: Path, limits: Limits, kind: str = "zip") -> list[str]:
    """Member names of a package that is safe to open; IngestError otherwise."""
    with open_zip(path, kind) as zf:
        infos = zf.infolist()
        check_directory(infos, max_entries=limits.max_zip_entries,
                        max_total=limits.max_unzipped_bytes, kind=kind)
        total = 0
        try:
            for info in infos:
                for data in member_chunks(zf, info, limits.max_unzipped_bytes):
                    total += len(data)
                    if total > limits.max_unzipped_bytes:
                        raise ZipBomb(_bomb(kind, total, limits.max_unzipped_bytes, at_least=True))
        except IngestError:
            raise
        except DAMAGE as ex:
            raise IngestError(f"damaged {kind}: {ex}") from ex
        return [info.filename for info in infos]


def _bomb(kind: str, size: int, limit: int, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return f"zip bomb: {kind} unpacks to {more}{size // _MB} MB, over the limit of {limit // _MB} MB"
