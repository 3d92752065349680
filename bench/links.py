"""Links between acts (amends / repeals) against gold.jsonl.

    .venv/bin/python bench/links.py            # every realdocs file, OCR included (~2.5 min)
    .venv/bin/python bench/links.py --no-ocr   # text layers and legacy formats only

A link counts when kind, number and date of the cited act match a gold
reference of the same relation (gold references are parsed by the same
``citations`` reader, so a difference of quotes or "N"/"№" does not count);
precision counts every link we read, also on files whose gold has none.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.links import citations, extract_links  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import REALDOCS, load_gold  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-ocr", action="store_true")
    args = ap.parse_args(argv)
    from ingest.formats import Limits, read

    tp = fp = fn = 0
    rows = []
    t0 = time.perf_counter()
    for g in load_gold():
        try:
            parsed = read(REALDOCS / "files" / g["file"], Limits(ocr=not args.no_ocr))
        except Exception as ex:
            rows.append((g["file"], f"not read: {type(ex).__name__}"))
            got = {"amends": set(), "repeals": set()}
        else:
            act = extract_acts(parsed.text, dict(parsed.meta))[0]
            links = extract_links(act.title, act.text)
            got = {"amends": {c.key() for c in links.amends},
                   "repeals": {c.key() for c in links.repeals}}
        for rel in ("amends", "repeals"):
            want = set()
            for ref in g.get(rel) or []:
                found = citations(ref, first_only=True)
                want.add(found[0].key() if found else ("?", ref[:40], None))
            hit = got[rel] & want
            tp += len(hit)
            for k in sorted(got[rel] - want, key=str):
                fp += 1
                rows.append((g["file"], f"{rel}: extra {k}"))
            for k in sorted(want - got[rel], key=str):
                fn += 1
                rows.append((g["file"], f"{rel}: missed {k}"))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"links over {len(load_gold())} gold files ({'no OCR' if args.no_ocr else 'OCR included'}, "
          f"{time.perf_counter() - t0:.0f} s): {tp} right, {fp} extra, {fn} missed; "
          f"precision {p:.2f}, recall {r:.2f}")
    for name, what in rows:
        print(f"  {name[:45]:45} {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
