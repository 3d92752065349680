"""Accuracy of ``ingest.requisites.extract_acts`` on the hand-checked real files.

    .venv/bin/python bench/requisites_gold.py            # via ingest.formats.read
    .venv/bin/python bench/requisites_gold.py --text-dir DIR   # DIR/<file>.txt dumps

For every gold file whose text can be read (a reader exists and the text is
mostly Cyrillic, i.e. not a garbled text layer waiting for OCR), prints per
field the share of non-null gold values matched under the evaluation's
comparison rules (tests/gold.py), the overall share, the misses, and the
fields we filled where gold is null.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import FIELDS, REALDOCS, load_gold, norm, readable, same  # noqa: E402

TARGET = ("kind", "number", "date", "body", "title")


def read_text(name: str, text_dir: Path | None) -> tuple[str | None, str]:
    """(text, why-not) for one gold file."""
    if text_dir is not None:
        p = text_dir / (name + ".txt")
        if not p.exists():
            return None, "no dump"
        return p.read_text(encoding="utf-8", errors="replace"), ""
    try:
        from ingest.formats import read
    except ImportError as e:
        return None, f"ingest.formats.read unavailable ({e})"
    try:
        parsed = read(REALDOCS / "files" / name)
    except Exception as e:  # IngestError, NeedsReader, or a reader bug
        return None, f"{type(e).__name__}: {getattr(e, 'reason', e)}"
    return parsed.text, ""


def pub_same(gold, ours) -> bool:
    if gold is None or ours is None:
        return gold is None and ours is None
    if isinstance(gold, dict):
        return all(same("title", gold.get(k), getattr(ours, k)) for k in gold if gold.get(k))
    return ours.name is not None and norm(gold).startswith(norm(ours.name))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text-dir", type=Path, help="read <file>.txt dumps instead of ingest.formats")
    args = ap.parse_args(argv)

    hits = {f: 0 for f in FIELDS + ("publication",)}
    total = {f: 0 for f in FIELDS + ("publication",)}
    misses, spurious, skipped = [], [], []
    times = []
    for g in load_gold():
        name = g["file"]
        text, why = read_text(name, args.text_dir)
        if text is None or not readable(text):
            skipped.append((name, why or "text unreadable (garbled layer / no text)"))
            continue
        t0 = time.perf_counter()
        acts = extract_acts(text)
        times.append((time.perf_counter() - t0) * 1000)
        a = acts[0]
        for f in FIELDS:
            gv, av = g.get(f), getattr(a, f)
            if gv is None:
                if av is not None:
                    spurious.append((name, f, av))
                continue
            total[f] += 1
            if same(f, gv, av):
                hits[f] += 1
            else:
                misses.append((name, f, av, gv))
        gp = g.get("publication")
        if gp is not None:
            total["publication"] += 1
            if pub_same(gp, a.publication):
                hits["publication"] += 1
            else:
                misses.append((name, "publication", a.publication, gp))

    print(f"files read: {len(times)}   skipped: {len(skipped)}")
    print(f"{'field':12} {'matched':>8} {'of':>4} {'share':>7}")
    for f in FIELDS + ("publication",):
        if total[f]:
            print(f"{f:12} {hits[f]:8} {total[f]:4} {hits[f] / total[f]:7.1%}")
    th = sum(hits[f] for f in TARGET)
    tt = sum(total[f] for f in TARGET)
    if tt:
        print(f"{'TARGET':12} {th:8} {tt:4} {th / tt:7.1%}   (kind, number, date, body, title)")
    if times:
        times.sort()
        print(f"time per file: median {times[len(times) // 2]:.1f} ms, max {times[-1]:.1f} ms")
    print("\nmisses:")
    for name, f, av, gv in misses:
        print(f"  {name[:40]:40} {f:8} got {str(av)[:90]!r}\n  {'':40} {'':8} want {str(gv)[:90]!r}")
    print("\nfilled where gold is null:")
    for name, f, av in spurious:
        print(f"  {name[:40]:40} {f:8} {str(av)[:90]!r}")
    print("\nskipped:")
    for name, why in skipped:
        print(f"  {name:50} {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
