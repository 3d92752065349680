"""Every act ``extract_acts`` finds in every real file, as JSON lines: a
refactoring of ``ingest/requisites`` must leave this dump byte-identical.

    .venv/bin/python bench/requisites_snapshot.py > /tmp/req_before.jsonl
    ... change the code ...
    .venv/bin/python bench/requisites_snapshot.py > /tmp/req_after.jsonl
    diff /tmp/req_before.jsonl /tmp/req_after.jsonl      # must print nothing

Inputs, read in place: ../shared/realdocs/files, ../shared/realdocs2/files and
web, corpus/files (a zip's members and an e-mail's attachments and body each
read as the batch reads them), and the held-out web excerpts under
``--heldout`` (their run.py feeds each case's text with no meta).

The readers run every time with OCR off (``Limits(ocr=False)``, as
``--no-ocr``), so a scan gives what its text layer holds or nothing. The
recognised text of scans comes from ``--ocr-cache``: the ``Parsed`` that
bench/requisites2.py caches by the file's SHA-256 (OCR of a page takes
seconds; reading is not what a refactoring of the requisites changes). A
file with a cached ``Parsed`` is dumped twice: ``read`` and ``cached``.
A file that needs OCR and is not in the cache is read once with OCR and
cached there. Copy bench/out/texts to the cache folder first, so that a
``--reread`` of the bench between two dumps cannot change their input:

    mkdir -p /tmp/req_snapshot_cache && cp bench/out/texts/*.pickle /tmp/req_snapshot_cache/

Each text is also read cut (``cuts``) so that more paths of the parser run.
An act's ``text`` is dumped as its length and SHA-256 (the whole text would
make a dump of megabytes that says no more).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.formats import media_type, read  # noqa: E402
from ingest.formats.limits import DEFAULT_LIMITS, Limits  # noqa: E402

NO_OCR = Limits(ocr=False)
from ingest.formats.mail import parse_message  # noqa: E402
from ingest.formats.zipsafe import check_zip  # noqa: E402
from ingest.records import IngestError, NeedsReader  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import SHARED  # noqa: E402

HELDOUT = ROOT / "bench" / "out"
OCR_CACHE = Path(tempfile.gettempdir()) / "req_snapshot_cache"


def cuts(text: str) -> list[tuple[str, str]]:
    """The text, and the text cut so that other paths of the heading parser
    run: its first lines dropped (a heading that starts mid-block, a page
    without its heading) and its first lines alone (a stamp or a card)."""
    lines = text.splitlines()
    full = [i for i, ln in enumerate(lines) if ln.strip()]
    out = [("", text)]
    for n in (3, 8):
        if len(full) > n:
            out.append((f"-from{n}", "\n".join(lines[full[n]:])))
    if len(lines) > 40:
        out.append(("-head40", "\n".join(lines[:40])))
    return out


def acts_json(source: str, how: str, text: str, meta: dict) -> list[str]:
    out = []
    for cut, part in cuts(text or ""):
        for k, a in enumerate(extract_acts(part, meta)):
            d = dataclasses.asdict(a)
            body = d.pop("text") or ""
            d["text_len"] = len(body)
            d["text_sha"] = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            out.append(json.dumps({"source": source, "how": how + cut, "act": k, **d},
                                  ensure_ascii=False, sort_keys=True))
    return out


def failure(source: str, how: str, ex: Exception) -> str:
    return json.dumps({"source": source, "how": how, "error": f"{type(ex).__name__}: "
                       f"{getattr(ex, 'reason', ex)}"}, ensure_ascii=False)


def file_lines(path: Path, source: str, cache: Path | None) -> list[str]:
    """The acts of one received file: read now (no OCR), and from the cache."""
    media = None
    try:
        media = media_type(path)
    except IngestError as ex:
        return [failure(source, "read", ex)]
    if media == "application/zip":
        return zip_lines(path, source, cache)
    if media in ("message/rfc822",):
        return mail_lines(path, source, cache)
    out = []
    ocr = False
    try:
        parsed = read(path, NO_OCR)
        ocr = bool(parsed.pending_pages)
        out += acts_json(source, "read", parsed.text, dict(parsed.meta))
    except NeedsReader as ex:
        ocr = "OCR" in ex.reason
        out.append(failure(source, "read", ex))
    except IngestError as ex:
        out.append(failure(source, "read", ex))
    if cache is not None:
        pickled = cache / (hashlib.sha256(path.read_bytes()).hexdigest() + ".pickle")
        if ocr and not pickled.exists():
            pickled.write_bytes(pickle.dumps(read_with_ocr(path)))
        if pickled.exists():
            parsed = pickle.loads(pickled.read_bytes())
            if isinstance(parsed, str):
                out.append(json.dumps({"source": source, "how": "cached", "error": parsed},
                                      ensure_ascii=False))
            else:
                out += acts_json(source, "cached", parsed.text, dict(parsed.meta))
    return out


def read_with_ocr(path: Path):
    """``Parsed`` with OCR on, or the reason it could not be read (as bench/requisites2.py caches)."""
    try:
        return read(path, Limits(ocr=True))
    except IngestError as ex:
        return f"{type(ex).__name__}: {ex.reason}"


def parts_lines(parts: list[tuple[str, bytes]], source: str, cache: Path | None) -> list[str]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, data) in enumerate(parts):
            p = Path(tmp) / f"{k:03d}_{Path(name).name or 'part'}"
            p.write_bytes(data)
            out += file_lines(p, f"{source}/{name}", cache)
    return out


def zip_lines(path: Path, source: str, cache: Path | None) -> list[str]:
    check_zip(path, DEFAULT_LIMITS)
    with zipfile.ZipFile(path) as zf:
        parts = [(i.filename, zf.read(i)) for i in zf.infolist() if not i.is_dir()]
    return parts_lines(parts, source, cache)


def mail_lines(path: Path, source: str, cache: Path | None) -> list[str]:
    mail = parse_message(path.read_bytes())
    out = acts_json(source, "mail_body", mail.body_text, {})
    parts = ([(mail.body.name, mail.body.data)] if mail.body else []) + \
        [(a.name, a.data) for a in mail.attachments]
    return out + parts_lines(parts, source, cache)


def inputs() -> list[tuple[str, Path]]:
    sets = [("realdocs", SHARED / "realdocs" / "files"),
            ("realdocs2", SHARED / "realdocs2" / "files"),
            ("realdocs2-web", SHARED / "realdocs2" / "web"),
            ("corpus", ROOT / "corpus" / "files")]
    out = []
    for name, folder in sets:
        out += [(f"{name}/{p.name}", p) for p in sorted(folder.iterdir()) if p.is_file()]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heldout", type=Path, default=HELDOUT,
                    help="folder holding heldout*/cases/*.txt (git-ignored excerpts)")
    ap.add_argument("--ocr-cache", type=Path, default=OCR_CACHE,
                    help="read files with OCR, as bench/requisites2.py caches them (<sha256>.pickle)")
    args = ap.parse_args(argv)
    cache = args.ocr_cache
    cache.mkdir(parents=True, exist_ok=True)
    count = 0
    for source, path in inputs():
        for line in file_lines(path, source, cache):
            print(line)
            count += 1
    for case in sorted(args.heldout.glob("heldout*/cases/*.txt")):
        text = case.read_text(encoding="utf-8")
        for line in acts_json(f"{case.parent.parent.name}/{case.name}", "text", text, {}):
            print(line)
            count += 1
    print(f"{count} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
