"""The benches' cache of what the import's readers make of a file
(``bench/out/texts/<sha256>.pickle``), shared by requisites2, rubrics and
the benches built on them.

Reading is not what those benches measure, so a file's ``Parsed`` is kept —
but a reader change must show in them. Each pickle has a sidecar
``<sha256>.reader`` naming the readers' code it was made with
(``readers_version``: a digest of ``ingest/formats``, ``textio``, ``detect``);
a text layer's, a document's or a page's reading made by other code is read
again. A scan's OCR is kept whatever the version (minutes a page set, and
OCR is not what changes): ``--reread`` reads those again too. Stop 37 found
even-half figures measured on texts of older readers this way.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "bench" / "out" / "texts"
_OCR_MARKS = {"ocr", "ocr_layer", "scanner_ocr_layer", "garbled_text_layer"}


@lru_cache(maxsize=1)
def readers_version() -> str:
    h = hashlib.sha256()
    for p in sorted((ROOT / "ingest" / "formats").glob("*.py")) + [ROOT / "ingest" / "textio.py",
                                                                 ROOT / "ingest" / "detect.py"]:
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def is_scan(parsed) -> bool:
    w = set(getattr(parsed, "warnings", ()) or ())
    return bool(w & _OCR_MARKS) or any(str(x).startswith("ocr") for x in w)


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)   # a concurrent run never reads half a file


def cached_read(path: Path, reread: bool = False):
    """``ingest.formats.read(path)`` (OCR included), or the reason as a
    string when the file cannot be read; from the cache when it is fresh."""
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    cache, side = TEXTS / f"{digest}.pickle", TEXTS / f"{digest}.reader"
    version = readers_version()
    if cache.exists() and not reread:
        try:
            parsed = pickle.loads(cache.read_bytes())
        except Exception:  # half written by an older run: read again
            parsed = None
        if parsed is not None and (is_scan(parsed) or (
                side.exists() and side.read_text(encoding="ascii").strip() == version)):
            return parsed
    from ingest.formats import read
    try:
        parsed = read(path)
    except Exception as ex:  # reported, never dropped from the count
        parsed = f"{type(ex).__name__}: {getattr(ex, 'reason', ex)}"
    TEXTS.mkdir(parents=True, exist_ok=True)
    _write(cache, pickle.dumps(parsed))
    _write(side, version.encode("ascii"))
    return parsed
