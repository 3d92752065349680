"""Territories derived from the real acts' bodies (issue 16): no gold holds
territories, so the rules are checked by hand on the bodies of realdocs and
the odd half of realdocs2, and measured on the acts as read.

    .venv/bin/python bench/territory.py                 # figures; texts cached as bench/requisites2.py
    .venv/bin/python bench/territory.py --list          # each act of realdocs and the odd half, to check by hand
    .venv/bin/python bench/territory.py --cache DIR     # read cached texts from another checkout's bench/out/texts

Two figures per set: ``rules`` — the territory of the gold body at the gold
level (what the rules make of a body read right), and ``as read`` — the
territory of the body and level the requisites read from the file, and how
often it equals the first. Coverage counts the acts of regional and
municipal bodies given a territory. The even half of realdocs2 is only
counted (its bodies are never printed).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bench.requisites2 as r2  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from ingest.territory import territory, territory_text  # noqa: E402
from tests.gold import REALDOCS, load_gold, load_gold2, readable  # noqa: E402


def rows() -> list[tuple[str, str, dict]]:
    out = [("realdocs", f"r{g['file'][:2]}", {**g, "path": REALDOCS / "files" / g["file"]})
           for g in load_gold()]
    out += [(f"realdocs2 {g['half']}", g["key"], g) for g in load_gold2()]
    return out


def as_read(path: Path, reread: bool):
    parsed = r2.parsed_for(path, reread)
    if isinstance(parsed, str) or not readable(parsed.text):
        return None
    acts = extract_acts(parsed.text, meta=parsed.meta)   # as the pipeline calls it
    return acts[0] if acts else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print realdocs and the odd half, act by act")
    ap.add_argument("--reread", action="store_true")
    ap.add_argument("--cache", type=Path, help="the cached texts' folder (default bench/out/texts)")
    a = ap.parse_args()
    if a.cache:
        r2.CACHE = a.cache
    stats: dict[str, Counter] = {}
    for part, key, g in rows():
        st = stats.setdefault(part, Counter())
        want = territory(g.get("body"), g.get("level"))
        act = as_read(Path(g["path"]), a.reread)
        got = territory(act.body, act.level) if act else None
        local = g.get("level") in ("regional", "municipal")
        st["acts"] += 1
        st["local"] += local
        st["rules_given"] += local and want is not None
        st["read_given"] += local and got is not None
        st["read_same"] += got == want
        if a.list and part != "realdocs2 even":
            print(f"{key:4} {g.get('level') or '-':9} {g.get('body') or '—'}\n"
                  f"     rules: {territory_text(want) or '—'}\n"
                  f"     read:  {territory_text(got) or '—'}{'' if got == want else '   ≠'}")
    print(f"{'set':16} {'acts':>4} {'local':>5} {'rules cover':>11} {'as read cover':>13} "
          f"{'as read = rules':>15}")
    for part, st in stats.items():
        print(f"{part:16} {st['acts']:>4} {st['local']:>5} "
              f"{st['rules_given'] / max(1, st['local']):>11.0%} "
              f"{st['read_given'] / max(1, st['local']):>13.0%} "
              f"{st['read_same'] / max(1, st['acts']):>15.0%}")


if __name__ == "__main__":
    main()
