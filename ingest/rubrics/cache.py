"""The compiled scheme, kept pickled in memory and on disk.

Compiling rubrics.yaml lemmatises ~1,900 term words with pymorphy3 and
parses 60 KB of YAML (~0.14 s, in every process of an import: the main one
and each worker). A valid scheme is kept pickled, in memory and, for a
scheme big enough to be worth it, on disk, under a key made of the YAML
text, the code of this package and of ``ingest.morph``, the pymorphy3
dictionary and the Python version: any change to one of them compiles it
again. Each caller gets its own copy. ``ACTDESK_CACHE`` names the folder
(default: ~/.cache/actdesk); "off" turns the disk cache off. A cache that
cannot be read or written is ignored.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

from .scheme import Scheme

_DISK_CACHE_MIN_BYTES = 16_000
_PICKLED: dict[str, bytes] = {}
_PACKAGE = Path(__file__).resolve().parent
_CODE = (*sorted(_PACKAGE.glob("*.py")), _PACKAGE.parent / "morph.py")


def key(source: str) -> str:
    """The cache key of a scheme's YAML text ("" when the compiling code cannot be told)."""
    h = hashlib.sha256()
    h.update(source.encode("utf-8"))
    try:
        for f in _CODE:
            h.update(f.name.encode("utf-8"))
            h.update(f.read_bytes())
        import pymorphy3
        import pymorphy3_dicts_ru
        h.update(f"{pymorphy3.__version__}|{pymorphy3_dicts_ru.__version__}|{sys.version}".encode())
    except Exception:  # no way to tell what compiled it: no cache
        return ""
    return h.hexdigest()


def _cache_file(key: str) -> Path | None:
    where = os.environ.get("ACTDESK_CACHE")
    if where == "off":
        return None
    if where:
        base = Path(where)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "actdesk"
    return base / f"scheme-{key[:32]}.pickle"


def cached(key: str, path: str) -> Scheme | None:
    """A copy of the scheme compiled under ``key`` (its ``path`` set), or None."""
    if not key:
        return None
    data = _PICKLED.get(key)
    if data is None:
        f = _cache_file(key)
        try:
            data = f.read_bytes() if f is not None else None
        except OSError:
            data = None
        if data is None:
            return None
    try:
        scheme = pickle.loads(data)
    except Exception:
        return None
    if not isinstance(scheme, Scheme):
        return None
    _PICKLED[key] = data
    scheme.path = path
    return scheme


def keep(key: str, scheme: Scheme) -> None:
    if not key:
        return
    try:
        data = pickle.dumps(scheme, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return
    _PICKLED[key] = data
    f = _cache_file(key)
    if f is None or len(data) < _DISK_CACHE_MIN_BYTES:
        return
    tmp = f.with_name(f"{f.name}.{os.getpid()}.tmp")
    try:
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, f)  # readers never see half a file
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
