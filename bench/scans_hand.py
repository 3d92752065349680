"""Handwritten dates and numbers on scans, by blank style (issue 12).

    .venv/bin/python bench/scans_hand.py            # realdocs and the odd half of realdocs2
    .venv/bin/python bench/scans_hand.py --reread   # OCR the scans again (after a reader change)

For every scan with a gold number or date (realdocs and the odd-numbered
files of realdocs2; the even half is never read here), the record's date
and number and the handwriting reader's digits (``handwritten.number_digits``,
shown on the card and indexed) are each counted right, wrong or abstained
(left empty), grouped by the blank's style: the issuer word of the file's
name (``bryansk``, ``rybinsk``, ``minzdrav``, ``moskva``, ``lipetsk``,
``samara``, ``fstek`` …). A wrong reading is worse than none.
Files are read through ``bench/requisites2.py``'s cache.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.requisites2 import is_scan, parsed_for, rows  # noqa: E402
from ingest.numbers import number_base  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import same  # noqa: E402

MEASURES = ("date", "number", "digits")


def verdict(ok: bool, got) -> str:
    return "right" if ok else ("abstained" if got in (None, "") else "wrong")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reread", action="store_true", help="OCR the scans again")
    ap.add_argument("--list", action="store_true", help="one line per scan")
    args = ap.parse_args(argv)
    table = defaultdict(lambda: defaultdict(int))
    for g in rows():
        if g.get("half") == "even":
            continue
        if not (g.get("number") or g.get("date")) or not str(g["path"]).endswith((".pdf", ".png", ".jpg", ".tif", ".tiff")):
            continue
        parsed = parsed_for(g["path"], False)
        if isinstance(parsed, str) or not is_scan(parsed):
            continue
        if args.reread:
            parsed = parsed_for(g["path"], True)
        acts = extract_acts(parsed.text, dict(parsed.meta))
        a = acts[0] if acts else None
        hand = parsed.meta.get("handwritten") or {}
        style = g["file"].split("_")[1]
        got = {"date": a and a.date, "number": a and a.number, "digits": hand.get("number_digits")}
        line = []
        for m in MEASURES:
            gold = g.get("number" if m == "digits" else m)
            if not gold:
                continue
            if m == "digits":
                ok = bool(got[m]) and number_base(got[m]) == number_base(gold)
            else:
                ok = same(m, gold, got[m])
            v = verdict(ok, got[m])
            table[style][(m, v)] += 1
            table["ALL"][(m, v)] += 1
            line.append(f"{m}={got[m]}({v[0]})")
        if args.list:
            print(f"  {g['key']:4} {style:9} gold {g.get('number')!s:>10} {g.get('date')!s:>10}  " + " ".join(line))
    print(f"{'blank style':12}" + "".join(f"{m + ' r/w/a':>16}" for m in MEASURES))
    for style in sorted(table, key=lambda s: (s == "ALL", s)):
        t = table[style]
        print(f"{style:12}" + "".join(
            f"{t[(m, 'right')]:>10}/{t[(m, 'wrong')]}/{t[(m, 'abstained')]}" for m in MEASURES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
