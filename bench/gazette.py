"""Gazette issues: acts split, requisites per act, publication of every
item, and what reading columns costs.

Run: ``.venv/bin/python bench/gazette.py [--json]``

The issues are composed by ``corpus/gazettes.py`` (nine issues: PDF in one,
two and three columns, one drawn row by row; a DOCX, a web page, a TXT; 45
acts, seven with an annex, and 12 articles) and scored by
``tests/gazette_eval.py`` (acts split right, requisites per act, publication
name/issue/date/page per item), the scoring ``tests/test_gazette.py`` holds
floors on.

Reading cost: one issue long enough for 16 pages in two columns, drawn in
two columns (column by column and row by row) and in one column, each read
with ``read_pdf`` (best of ``--repeat``, taking turns), in the same run; the
ratio is per page and per character (one column holds the same text on more
pages).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from corpus import gazettes as G  # noqa: E402
from ingest.formats.pdf import read_pdf  # noqa: E402
from tests.gazette_eval import quality  # noqa: E402

def long_issue(pages: int = 16) -> G.Issue:
    """One issue of about ``pages`` pages in two columns."""
    items: list = []
    k = 0
    while True:
        items.append(G.make_act(k, "2024-06-28"))
        if k % 3 == 1:
            items.append(G.Article(*G.NEWS[k % len(G.NEWS)]))
        k += 1
        issue = G.Issue("long.pdf", "pdf2", G.Paper(G.VESTNIK, G.VESTNIK.upper(), "", "26 (359)",
                                                   "2024-06-28"), items)
        placed = G.layout_pdf(issue, 2)
        if max(g.page for g in placed) >= pages:
            return issue


def cost(folder: Path, repeat: int) -> dict:
    """Best of ``repeat`` reads of each drawing, the drawings taking turns so
    that the load of a shared machine falls on all of them alike."""
    issue = long_issue()
    variants = (("two_columns", 2, "columns"), ("two_columns_rows", 2, "rows"),
                ("one_column", 1, "columns"))
    paths = {}
    for name, ncols, order in variants:
        issue.order = order
        paths[name] = folder / f"long_{name}.pdf"
        paths[name].write_bytes(G.pdf_bytes(issue, ncols))
    best = {name: float("inf") for name in paths}
    size = {}
    for _ in range(repeat):
        for name, path in paths.items():
            t = time.perf_counter()
            p = read_pdf(path)
            best[name] = min(best[name], time.perf_counter() - t)
            size[name] = (p.page_count, len(p.text))
    out = {}
    for name, secs in best.items():
        pages, chars = size[name]
        out[name] = {"pages": pages, "chars": chars, "ms": round(secs * 1000, 1),
                     "ms_per_page": round(secs * 1000 / pages, 2),
                     "us_per_kchar": round(secs * 1e6 / chars * 1000, 1)}
    one = out["one_column"]
    for name in ("two_columns", "two_columns_rows"):
        out[name]["ratio_per_page"] = round(out[name]["ms_per_page"] / one["ms_per_page"], 2)
        out[name]["ratio_per_char"] = round(out[name]["us_per_kchar"] / one["us_per_kchar"], 2)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        q = quality(Path(tmp))
        c = cost(Path(tmp), args.repeat)
    if args.json:
        print(json.dumps({"quality": q, "cost": c}, ensure_ascii=False, indent=1))
        return 0
    print(f"{q['issues']} issues, {q['acts']} acts, {q['articles']} articles")
    print(f"acts split right: {q['acts_split']}/{q['acts']} ({q['acts_split_share']:.1%}); "
          f"articles: {q['articles_split']}/{q['articles']}; extra records: {q['extra_records']}")
    print("requisites of the acts split right: "
          + ", ".join(f"{f} {v:.1%}" for f, v in q["fields"].items()))
    print(f"publication name/issue/date/page right: {q['publication_share']:.1%}")
    for r in q["per_issue"]:
        for m in r["misses"]:
            print(f"  {r['file']}: {m}")
    for name, v in c.items():
        print(f"{name}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
