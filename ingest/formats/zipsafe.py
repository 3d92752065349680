"""Zip bombs are refused before any library inflates a package.

A DOCX or ODT is a zip; a hostile one declares small sizes and inflates to
gigabytes, or holds a million entries. ``check_zip`` checks the directory
(entry count, declared sizes, encryption) and then inflates every member
into nothing, counting real bytes, so a lying directory is caught too.
Costs one extra inflate of a small document, which is cheap.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..records import IngestError
from .limits import Limits

_CHUNK = 1 << 16


def check_zip(path: Path, limits: Limits, kind: str = "zip") -> list[str]:
    """Member names of a zip that is safe to open; IngestError otherwise."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as ex:
        raise IngestError(f"damaged {kind}: the zip directory cannot be read") from ex
    with zf:
        infos = zf.infolist()
        _check_directory(infos, limits, kind)
        try:
            _count_real_bytes(zf, infos, limits, kind)
        except IngestError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
                NotImplementedError, RuntimeError) as ex:
            # zipfile never inflates past a member's declared size; a lying
            # directory ends here, as a CRC or length error.
            raise IngestError(f"damaged {kind}: {ex}") from ex
        return [info.filename for info in infos]


def _check_directory(infos: list[zipfile.ZipInfo], limits: Limits, kind: str) -> None:
    if len(infos) > limits.max_zip_entries:
        raise IngestError(
            f"{kind} has {len(infos)} zip entries, over the limit of {limits.max_zip_entries}"
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise IngestError(f"encrypted {kind}: needs a password")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_unzipped_bytes:
        raise IngestError(_bomb(kind, declared, limits))


def _count_real_bytes(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: Limits, kind: str) -> None:
    total = 0
    for info in infos:
        with zf.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > limits.max_unzipped_bytes:
                    raise IngestError(_bomb(kind, total, limits, at_least=True))


def _bomb(kind: str, size: int, limits: Limits, at_least: bool = False) -> str:
    mb = 1024 * 1024
    more = "over " if at_least else ""
    return (
        f"zip bomb: {kind} unpacks to {more}{size // mb} MB, over the limit of "
        f"{limits.max_unzipped_bytes // mb} MB"
    )
