"""Requisites must not depend on how the title is wrapped (issue 12).

    .venv/bin/python bench/title_wrap.py                      # per-width table
    .venv/bin/python bench/title_wrap.py --misses             # and each field lost
    .venv/bin/python bench/title_wrap.py --heldout bench/out/heldout9 ...   # other samples
    .venv/bin/python bench/title_wrap.py --widths 22,33,48,64             # other widths

A delivered file prints the title in a narrow block over several lines, a
web page on one long line: the same act must give the same requisites
whichever way its title is wrapped. For every act whose text and gold may be
used while tuning (realdocs and the odd half of realdocs2, born-digital; the
held-out samples ``bench/out/heldout*``, or those given), the printed
title's lines are found (the first run of lines whose joined text is the
gold title, quotes aside), joined and wrapped again at 28, 40, 55 and 75
characters and as one line (a kind word printed alone on the title's first
line, ``УСТАВ`` / ``Муниципального учреждения …``, keeps its line); each field the code reads right on the act as
printed is counted, and "kept" when it is still right after the re-wrapping.
A width that gives back the lines as printed is skipped for that act. The
first run found may be a site's page title over the act's printed heading: a
page never wraps it, so a miss there is the bench's, not a print's.
"""
from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from requisites2 import FIELDS, heldout_gold, is_scan, parsed_for  # noqa: E402

from ingest.requisites import extract_acts  # noqa: E402
from ingest.requisites.kind_line import kind_line  # noqa: E402
from tests.gold import REALDOCS, load_gold, load_gold2, same  # noqa: E402

WIDTHS = (28, 40, 55, 75, 0)   # 0: the title on one line
_QUOTES = re.compile(r'[«»"“”„]')


def _key(s: str) -> str:
    return _QUOTES.sub("", re.sub(r"\s+", " ", s)).strip().lower().replace("ё", "е")


def acts(heldout: list[Path]):
    """(key, text, meta, gold) of each act, gold values as tuples of accepted ones."""
    for g in load_gold() + load_gold2("odd"):
        path = g.get("path") or REALDOCS / "files" / g["file"]
        p = parsed_for(path, False)
        if isinstance(p, str) or is_scan(p):
            continue
        key = g["key"] if "key" in g else g["file"][:2]
        yield key, p.text, dict(p.meta), {f: (g[f],) for f in FIELDS if g.get(f) is not None}
    for d in heldout:
        for cid, gold in sorted(heldout_gold(d).items()):
            f = d / "cases" / f"{cid}.txt"
            if f.exists():
                yield (f"{d.name}/{cid}", f.read_text(encoding="utf-8"), {},
                       {k: v if isinstance(v, tuple) else (v,) for k, v in gold.items() if v is not None})


def title_lines(lines: list[str], title: str) -> tuple[int, int] | None:
    """[i, j): the first run of lines (at most 14) whose joined text is the title."""
    want = _key(title)
    for i in range(len(lines)):
        acc = ""
        for j in range(i, min(i + 14, len(lines))):
            acc = _key(acc + " " + lines[j])
            if acc == want:
                return i, j + 1
            if not acc or not want.startswith(acc):
                break
    return None


def first(text: str, meta: dict):
    a = extract_acts(text, meta)
    return a[0] if a else None


def right(f: str, wants: tuple, a) -> bool:
    return any(same(f, w, getattr(a, f) if a else None) for w in wants)


def run(heldout: list[Path], widths: tuple[int, ...] = WIDTHS):
    """Per width: fields kept, fields counted; and the misses."""
    kept, total, misses = defaultdict(int), defaultdict(int), []
    for key, text, meta, gold in acts(heldout):
        if not gold.get("title"):
            continue
        base = first(text, meta)
        lines = text.split("\n")
        span = None
        for t in gold["title"]:
            span = span or (title_lines(lines, t) if t else None)  # (None: "no title" accepted too)
        if base is None or span is None:
            continue
        i, j = span
        if j - i > 1 and (kl := kind_line(lines[i].strip())) and not kl.rest:
            i += 1  # "УСТАВ" / "Муниципального учреждения …": the kind word keeps its line
        printed = [x.strip() for x in lines[i:j]]
        one = " ".join(" ".join(printed).split())
        for w in widths:
            new = textwrap.wrap(one, w, break_long_words=False, break_on_hyphens=False) if w else [one]
            if new == printed:
                continue
            a = first("\n".join(lines[:i] + new + lines[j:]), meta)
            for f, wants in gold.items():
                if f not in FIELDS or not right(f, wants, base):
                    continue
                total[w] += 1
                if right(f, wants, a):
                    kept[w] += 1
                else:
                    misses.append((key, w, f, getattr(a, f) if a else None, wants[0]))
    return kept, total, misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each field lost by a re-wrapping")
    ap.add_argument("--widths", default="28,40,55,75,0",
                    help="comma-separated widths to re-wrap at (0: one line); others check the rules out of sample")
    ap.add_argument("--heldout", type=Path, action="append", default=[],
                    help="held-out sample folders (default: every bench/out/heldout* with a gold.py)")
    args = ap.parse_args(argv)
    heldout = args.heldout or sorted((d for d in (ROOT / "bench" / "out").glob("heldout*")
                                      if (d / "gold.py").exists()), key=lambda d: (len(d.name), d.name))
    widths = tuple(int(w) for w in args.widths.split(","))
    kept, total, misses = run(heldout, widths)
    print(f"{'width':>8}{'kept':>7}{'fields':>8}{'share':>9}")
    for w in widths:
        print(f"{w or 'one line':>8}{kept[w]:>7}{total[w]:>8}{kept[w] / max(total[w], 1):9.1%}")
    k, t = sum(kept.values()), sum(total.values())
    print(f"{'all':>8}{k:>7}{t:>8}{k / max(t, 1):9.1%}")
    if args.misses:
        for key, w, f, got, want in misses:
            got, want = str(got), str(want)
            n = next((x for x in range(min(len(got), len(want))) if got[x] != want[x]), min(len(got), len(want)))
            s = max(0, n - 30)
            print(f"{key:22} w={w or 'one':<4} {f:6} @{n} got  {got[s:s + 90]!r}\n"
                  f"{'':40}want {want[s:s + 90]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
