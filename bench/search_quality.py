"""Search quality over the WHOLE realdocs set, OCR'd scans included.

    .venv/bin/python bench/search_quality.py              # reuse the cached fund
    .venv/bin/python bench/search_quality.py --rebuild    # import everything again
    .venv/bin/python bench/search_quality.py --no-ocr     # the fund the test uses
    .venv/bin/python bench/search_quality.py --json out.json

The questions are tests/search_queries.yaml, the rules tests/search_eval.py
(answers from gold, same-act files as one answer, success@1 for requisites,
recall@10 for topics and misspellings). The fund is imported once with
``--jobs 2`` (OCR takes minutes) and kept under bench/out/ (git-ignored); a
rerun reuses it when it holds every realdocs file, and only the index is
brought up to date (a changed analyzer rebuilds it from the catalog).

Prints a table per question class, then every miss with its reason:
``not read`` (the file is pending or failed: a reader or OCR problem),
``no requisites`` (the record lacks the gold number/date: an extraction
problem), or the ranks at which the answers came (``@-``: not in the top 10).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.fund import Fund  # noqa: E402
from search import index as ix  # noqa: E402
from tests.search_eval import (  # noqa: E402
    FILES, Gold, FundView, cached_fund, figures, load_cases, run_all, table, to_json,
)

OUT = ROOT / "bench" / "out" / "search_quality"


def fund_for(home: Path, ocr: bool, jobs: int, rebuild: bool) -> Fund:
    return cached_fund(home, sorted(p for p in FILES.iterdir() if p.is_file()), ocr, jobs, rebuild)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rebuild", action="store_true", help="import the files again")
    ap.add_argument("--no-ocr", action="store_true", help="scans stay pending (as in the test)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--home", type=Path, help="fund directory (default bench/out/search_quality/)")
    ap.add_argument("--json", type=Path, help="write every question's outcome here")
    a = ap.parse_args(argv)
    home = a.home or OUT / ("fund-no-ocr" if a.no_ocr else "fund")
    gold = Gold()
    fund = fund_for(home, not a.no_ocr, a.jobs, a.rebuild)
    view = FundView.of(fund, gold)
    status = {}
    for s in view.status.values():
        status[s] = status.get(s, 0) + 1
    print("realdocs files: " + ", ".join(f"{k} {v}" for k, v in sorted(status.items())))
    cases = load_cases()
    t = time.perf_counter()
    outs = run_all(view, gold, cases)
    took = time.perf_counter() - t
    print(f"{len(cases)} questions in {took:.2f} s\n")
    print(table(outs))
    figs = figures(outs)
    print(f"\nsuccess@1 (requisites) {figs['requisite'].value:.1%}; recall@10 topics "
          f"{figs['topic'].value:.3f}, misspellings {figs['misspelling'].value:.3f}")

    print("\nmisses and skipped questions:")
    for o in outs:
        c = o.case
        if not o.wanted:
            why = "; ".join(view.why_absent(g) for g in o.missing)
            print(f"  skip [{c.kind}] {c.label}: not read ({why})")
            continue
        partial = ""
        if o.missing:
            partial = " (not read: " + "; ".join(view.why_absent(g) for g in o.missing) + ")"
        if c.kind == "requisite":
            if not o.ready:
                print(f"  skip [{c.kind}] {c.label}: no requisites in the record "
                      f"(extraction); {o.miss_text()}")
            elif not o.success1:
                print(f"  MISS [{c.kind}] {c.label}: {o.miss_text()}")
        elif o.recall < 1:
            print(f"  MISS [{c.kind}] {c.label}: recall {o.recall:.2f}; {o.miss_text()}{partial}")
        elif partial:
            print(f"  part [{c.kind}] {c.label}: found all read answers{partial}")
    if a.json:
        a.json.write_text(to_json(outs), encoding="utf-8")
    ix.close_engines()
    fund.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
