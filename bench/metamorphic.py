"""Metamorphic bench of the requisites (issue 12): change what should not matter.

    .venv/bin/python bench/metamorphic.py                       # the table per edit
    .venv/bin/python bench/metamorphic.py --misses names        # what one edit broke
    .venv/bin/python bench/metamorphic.py --only case,blank+ --seed 2
    .venv/bin/python bench/metamorphic.py --heldout bench/out/heldout9 ...   # samples to add

Each act whose text and gold we may tune on -- realdocs' born-digital files,
the ODD half of realdocs2 (files and web pages; texts cached by
``bench/requisites2.py`` under bench/out/texts; the even half is never
loaded) and the held-out samples given with ``--heldout`` (by default
bench/out/heldout9..14 of this checkout) -- is edited in ways
a reader would not notice (``bench/metamorphic_edits.py``): other place names,
another number or date, the date written another way, the heading or the
title in other case, a title or body line wrapped or two body lines joined,
blank lines added or removed, a convocation line under a council, the space
after «№» taken out or put in. The gold changes with
the text. For each edit and field the table gives the fields that were right
on the act as printed and stay right after the edit (kept / right before): a
field lost is a rule fitted to a file's wording, not to the language of acts.
Seeded and deterministic.
"""
from __future__ import annotations

import argparse
import difflib
import random
import sys
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.metamorphic_edits import EDITS, Case  # noqa: E402
from bench.requisites2 import FIELDS, heldout_gold, is_scan, parsed_for  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import REALDOCS, load_gold, load_gold2, same  # noqa: E402


def _heldout_dirs() -> list[Path]:
    base = ROOT / "bench" / "out"
    return [base / f"heldout{i}" for i in range(9, 15) if (base / f"heldout{i}" / "gold.py").exists()]


def cases(heldout: list[Path]) -> list[Case]:
    """Born-digital realdocs and odd realdocs2 acts (cached texts), then held-out samples."""
    out = []
    rows = [dict(g, path=REALDOCS / "files" / g["file"], key=g["file"][:2], part="realdocs")
            for g in load_gold()]
    rows += [dict(g, part=f"{g['key'][0]}-odd") for g in load_gold2("odd")]
    for g in rows:
        parsed = parsed_for(g["path"], False)
        if isinstance(parsed, str) or is_scan(parsed):
            continue
        gold = {f: (g[f],) for f in FIELDS if g.get(f) is not None}
        out.append(Case(f"{g['part']}:{g['key']}", parsed.text, dict(parsed.meta), gold))
    for folder in heldout:
        for cid, gold in sorted(heldout_gold(folder).items()):
            text = (folder / "cases" / f"{cid}.txt").read_text(encoding="utf-8")
            out.append(Case(f"{folder.name}:{cid}", text, None,
                            {f: v if isinstance(v, tuple) else (v,)
                             for f, v in gold.items() if f in FIELDS}))
    return out


def fields_right(case: Case) -> dict[str, tuple[bool, object]]:
    acts = extract_acts(case.text, dict(case.meta) if case.meta is not None else None) \
        if case.meta is not None else extract_acts(case.text)
    a = acts[0] if acts else None
    out = {}
    for f, wants in case.gold.items():
        got = getattr(a, f) if a else None
        out[f] = (any(same(f, w, got) for w in wants), got)
    return out


def _changed_lines(before: str, after: str, n: int = 4) -> list[str]:
    diff = [x for x in difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0)
            if x[:1] in "+-" and not x.startswith(("+++", "---"))]
    return diff[:n] + (["…"] if len(diff) > n else [])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="", help="edits to run, comma-separated (default all)")
    ap.add_argument("--misses", default="", help="print what these edits broke ('all' or names)")
    ap.add_argument("--heldout", type=Path, action="append", default=None,
                    help="held-out sample folders (default heldout9..14)")
    args = ap.parse_args(argv)
    edits = {k: v for k, v in EDITS.items() if not args.only or k in args.only.split(",")}
    todo = cases(args.heldout if args.heldout is not None else _heldout_dirs())
    base = {c.cid: fields_right(c) for c in todo}

    kept = defaultdict(lambda: defaultdict(int))
    right = defaultdict(lambda: defaultdict(int))
    acts = defaultdict(int)
    misses = []
    for name, edit in edits.items():
        for c in todo:
            rng = random.Random(zlib.crc32(f"{args.seed}:{name}:{c.cid}".encode()))
            e = edit(c, rng)
            if e is None:
                continue
            acts[name] += 1
            after = fields_right(e)
            for f in FIELDS:
                if f not in c.gold or not base[c.cid][f][0]:
                    continue
                right[name][f] += 1
                ok, got = after[f]
                kept[name][f] += ok
                if not ok:
                    misses.append((name, c, e, f, got))

    print(f"{len(todo)} acts; seed {args.seed}; cells: fields kept / fields right before the edit")
    print(f"{'edit':13}{'acts':>5}" + "".join(f"{f:>10}" for f in FIELDS) + f"{'ALL':>20}")
    for name in edits:
        tk, tr = sum(kept[name].values()), sum(right[name].values())
        print(f"{name:13}{acts[name]:>5}"
              + "".join(f"{kept[name][f]:>5}/{right[name][f]:<4}" for f in FIELDS)
              + f"{tk:>7}/{tr:<5}{tk / max(tr, 1):>7.1%}")
    if args.misses:
        wanted = set(args.misses.split(","))
        print("\nmisses:")
        for name, c, e, f, got in misses:
            if "all" not in wanted and name not in wanted:
                continue
            print(f"  {name:11} {c.cid:18} {f:6} got  {str(got)[:100]!r}\n"
                  f"  {'':11} {'':18} {'':6} want {str(e.gold[f][0])[:100]!r}")
            for line in _changed_lines(c.text, e.text):
                print(f"  {'':31}{line[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
