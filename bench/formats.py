"""The same act in another format gives the same requisites (issue 12).

    .venv/bin/python bench/formats.py              # conversions cached in /var/tmp/formats-bench
    .venv/bin/python bench/formats.py --misses     # every field a copy reads wrong
    .venv/bin/python bench/formats.py --misses lost  # only those its source read right
    .venv/bin/python bench/formats.py --only real  # real files (or: blanks, samples)
    .venv/bin/python bench/formats.py --samples    # also tests/delivered_samples.py's files
    .venv/bin/python bench/formats.py --json out.json

Every born-digital delivered file we may tune on — the DOCX, DOC, RTF, ODT and
text-layer PDF files of ``realdocs`` with gold, the odd-numbered files of
``realdocs2/files`` (never the even ones) and the blanks composed by
``tests/blanks.py`` (with ``--samples``, also the files of
``tests/delivered_samples.py``) — is converted by LibreOffice (``soffice --headless
--convert-to``, as ``tests/blanks.py`` does) into each other word-processing
format and into PDF, outside the repository (``/var/tmp/formats-bench``), and
every copy is read through the import's own path (``ingest.formats.read``,
then ``extract_acts`` on its text and meta, as ``ingest/pipeline.py`` calls
them). The table gives the fields right against the gold per source format
(rows) and copy format (columns; ``=`` is the file as delivered); ``lost``
counts fields the source read right and its copy wrong. A PDF source is read
as delivered only (LibreOffice makes no word-processing file of a PDF). Scans
are left out: their text comes from OCR, not from the reader.

Conversions are kept by the source's SHA-256; a copy's ``Parsed`` is kept by
its SHA-256 and the readers' code, so a rerun reads again only what a change
of ``ingest/formats`` may read differently.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.text_cache import is_scan, readers_version  # noqa: E402  (one owner of both)

from ingest.detect import detect_file  # noqa: E402
from ingest.formats import read  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import REALDOCS, load_gold, load_gold2, norm, same  # noqa: E402

WORK = Path("/var/tmp/formats-bench")
FIELDS = ("kind", "number", "date", "body", "title")
FORMATS = ("docx", "doc", "rtf", "odt", "pdf")
SHORT = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
         "application/msword": "doc", "application/rtf": "rtf",
         "application/vnd.oasis.opendocument.text": "odt", "application/pdf": "pdf"}
# LibreOffice's export filters, named so a .doc is Word 97 and an .rtf is RTF whatever the source
FILTERS = {"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format",
           "odt": "odt:writer8", "pdf": "pdf:writer_pdf_Export"}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parsed_for(path: Path, version: str):
    cache = WORK / "texts" / f"{sha(path)}-{version}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    try:
        parsed = read(path)
    except Exception as ex:  # counted as a copy that gives nothing
        parsed = f"{type(ex).__name__}: {getattr(ex, 'reason', ex)}"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(parsed))
    return parsed


def fmt_of(path: Path) -> str | None:
    try:
        return SHORT.get(detect_file(path))
    except Exception:
        return None


# -- sources --------------------------------------------------------------------


def real_sources() -> list[dict]:
    """realdocs with gold and the odd half of realdocs2's delivered files."""
    out = []
    for g in load_gold():
        out.append(dict(g, path=REALDOCS / "files" / g["file"], id="rd" + g["file"][:2], set="real"))
    for g in load_gold2(half="odd"):      # the even half is never read here
        if g["key"].startswith("f"):
            out.append(dict(g, id=g["key"], set="real"))
    return out


def blank_sources() -> list[dict]:
    """The blanks of tests/blanks.py, composed once in their own format."""
    from tests.blanks import BLANKS
    folder = WORK / "blanks"
    out = []
    for b in BLANKS:
        own = b.name.split("_")[0]
        path = folder / f"{b.name}.{own}"
        if not path.exists():
            tmp = folder / "tmp" / b.name
            tmp.mkdir(parents=True, exist_ok=True)
            shutil.move(str(b.build(tmp)), path)
            shutil.rmtree(tmp, ignore_errors=True)
        out.append(dict(b.truth, path=path, id=b.name, file=path.name, set="blanks"))
    return out


def sample_sources() -> list[dict]:
    """The delivered files composed by tests/delivered_samples.py (``--samples``)."""
    from tests.delivered_samples import CASES
    folder = WORK / "samples"
    out = []
    for c in CASES:
        made = sorted(folder.glob(f"{c.name}.*"))
        if not made:
            tmp = folder / "tmp" / c.name
            tmp.mkdir(parents=True, exist_ok=True)
            built = c.build(tmp)
            made = [folder / f"{c.name}{built.suffix}"]
            shutil.move(str(built), made[0])
            shutil.rmtree(tmp, ignore_errors=True)
        out.append(dict(c.truth, path=made[0], id=c.name, file=made[0].name, set="samples"))
    return out


# -- conversion -----------------------------------------------------------------


def convert(todo: list[tuple[Path, Path]], fmt: str) -> None:
    """LibreOffice's copy of each source at its target path (one run per folder)."""
    by_dir = defaultdict(list)
    for src, dst in todo:
        by_dir[dst.parent].append(src)
    for out, srcs in by_dir.items():
        out.mkdir(parents=True, exist_ok=True)
        profile = (WORK / "lo-profile").resolve().as_uri()
        log(f"  soffice → {fmt}: {len(srcs)} file(s)")
        proc = subprocess.run(["nice", "-n", "19", "soffice", "--headless", f"-env:UserInstallation={profile}",
                               "--convert-to", FILTERS[fmt], "--outdir", str(out.resolve())]
                              + [str(p.resolve()) for p in srcs], capture_output=True, timeout=1800)
        if proc.returncode:
            log(f"  soffice failed: {proc.stderr.decode(errors='replace')[:300]}")


def copies(src: dict) -> dict[str, Path]:
    """The source under its real format's extension and the copies made of it
    (named by the source's digest, so one LibreOffice run makes a format's copies)."""
    digest = sha(src["path"])[:16]
    own = src["fmt"]
    base = WORK / "conv" / "src" / f"{digest}.{own}"
    if not base.exists():
        base.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src["path"], base)
    made = {"=": base}
    if own != "pdf":
        for fmt in FORMATS:
            if fmt != own:
                made[fmt] = WORK / "conv" / fmt / f"{digest}.{fmt}"
    return made


def make_copies(sources: list[dict]) -> None:
    for fmt in FORMATS:
        todo = [(c["="], c[fmt]) for c in (s["copies"] for s in sources)
                if fmt in c and not c[fmt].exists()]
        if todo:
            convert(todo, fmt)


# -- measuring ------------------------------------------------------------------


def requisites(path: Path, version: str):
    if not path.exists():
        return None, "no copy (LibreOffice made none)"
    parsed = parsed_for(path, version)
    if isinstance(parsed, str):
        return None, parsed
    acts = extract_acts(parsed.text, dict(parsed.meta))
    return (acts[0] if acts else None), parsed


def shown(gold, parsed) -> str:
    """Whether a missed value is in the copy's text at all (the conversion's fault if not)."""
    if isinstance(parsed, str) or parsed is None or gold is None:
        return "?"
    text = norm(parsed.text)
    g = norm(gold)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", str(gold)):
        y, m, d = str(gold).split("-")
        return "in text" if re.search(rf"\b0?{int(d)}\.{m}\.{y}\b", text) or y in text else "NOT in text"
    return "in text" if g[:60] in text else "NOT in text"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", nargs="?", const="all", default="",
                    help="print the fields copies read wrong ('lost': only those the source read right)")
    ap.add_argument("--only", choices=("real", "blanks", "samples"), help="one set of sources")
    ap.add_argument("--samples", action="store_true",
                    help="also the delivered files composed by tests/delivered_samples.py")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    version = readers_version()

    sources = []
    if args.only in (None, "real"):
        sources += real_sources()
    if args.only in (None, "blanks"):
        log("composing blanks (once)")
        sources += blank_sources()
    if args.only == "samples" or (args.samples and args.only is None):
        log("composing the delivered samples (once)")
        sources += sample_sources()
    kept = []
    for i, s in enumerate(sources, 1):
        s["fmt"] = fmt_of(s["path"])
        if s["fmt"] is None:
            continue
        parsed = parsed_for(s["path"], version)
        if isinstance(parsed, str) or is_scan(parsed):
            continue
        s["copies"] = copies(s)
        kept.append(s)
    log(f"{len(kept)} born-digital sources of {len(sources)}; converting what is not cached")
    make_copies(kept)

    hits = defaultdict(lambda: defaultdict(int))     # (row, col) -> field -> right
    total = defaultdict(lambda: defaultdict(int))
    lost = defaultdict(int)
    misses = []
    for i, s in enumerate(kept, 1):
        log(f"[{i}/{len(kept)}] {s['id']} ({s['fmt']}): reading {len(s['copies'])} file(s)")
        base, _ = requisites(s["copies"]["="], version)
        for col, path in s["copies"].items():
            act, parsed = requisites(path, version) if col != "=" else (base, None)
            for f in FIELDS:
                gv = s.get(f)
                if gv is None:
                    continue
                av = getattr(act, f) if act else None
                ok = same(f, gv, av)
                src_ok = same(f, gv, getattr(base, f) if base else None)
                for row in (s["fmt"], "all", f"{s['set']}:{s['fmt']}"):
                    total[row, col][f] += 1
                    hits[row, col][f] += ok
                if src_ok and not ok:
                    lost[s["fmt"], col] += 1
                    lost["all", col] += 1
                if not ok and col != "=":
                    misses.append((s["id"], s["fmt"], col, f, av, gv, src_ok,
                                   shown(gv, parsed)))

    cols = ("=",) + FORMATS
    print(f"\nfields right against the gold: source format (rows) → copy (columns; '=' as delivered)")
    print(f"{'source':14}" + "".join(f"{c:>16}" for c in cols) + f"{'lost':>7}")
    report = {}
    rows = [r for r in FORMATS if any(total[r, c] for c in cols)] + ["all"]
    sets = sorted({r for r, _ in total if ":" in r})
    for row in rows + sets:
        cells = []
        for col in cols:
            t, h = sum(total[row, col].values()), sum(hits[row, col].values())
            cells.append(f"{h:>5}/{t:<4}{h / t:6.1%}" if t else f"{'-':>16}")
            if t:
                report.setdefault(row, {})[col] = {f: [hits[row, col][f], total[row, col][f]] for f in FIELDS}
        nlost = sum(lost[row, c] for c in cols) if ":" not in row else 0
        print(f"{row:14}" + "".join(cells) + (f"{nlost:>7}" if ":" not in row else ""))
    print("\nper field, all sources (right/total per copy format)")
    print(f"{'field':14}" + "".join(f"{c:>16}" for c in cols))
    for f in FIELDS:
        print(f"{f:14}" + "".join(f"{hits['all', c][f]:>9}/{total['all', c][f]:<6}" for c in cols))
    if args.misses:
        print("\nmisses (id, source → copy, field; 'lost' where the source read it right):")
        for sid, fmt, col, f, av, gv, src_ok, where in misses:
            if args.misses == "lost" and not src_ok:
                continue
            print(f"  {sid:58} {fmt}→{col:5} {f:6} {'lost' if src_ok else '    '} [{where}]\n"
                  f"  {'':58} got  {str(av)[:110]!r}\n  {'':58} want {str(gv)[:110]!r}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
