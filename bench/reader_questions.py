"""Reader questions over realdocs + realdocs2, figures per set (issue 12).

    .venv/bin/python bench/reader_questions.py --no-ocr        # scans stay pending (fast)
    .venv/bin/python bench/reader_questions.py                 # OCR on (slow, once)
    .venv/bin/python bench/reader_questions.py --rebuild       # import everything again
    .venv/bin/python bench/reader_questions.py --show-even     # also list the even half's misses
    .venv/bin/python bench/reader_questions.py --json out.json
    .venv/bin/python bench/reader_questions.py --no-ocr --tuning   # no even-half figures at all
    .venv/bin/python bench/reader_questions.py --heldout DIR  # a sample gathered apart

The questions are tests/reader_questions.yaml, the rules tests/search_eval.py
(answers from gold, same-act files as one answer, success@1 for requisite
questions whose record carries the requisites, recall@10 for topics). The
figures are given for realdocs, realdocs2's odd half and its even half apart.
Issue 12's protocol: the search is tuned looking at realdocs and the odd half
only, so the misses of the even half are hidden unless ``--show-even`` asks
for them (when reporting, not while tuning).

The fund (every file of both sets, read in place) is imported once with
``--jobs 2`` and kept under bench/out/reader_questions/ (git-ignored); a
rerun reuses it when it holds every file and only brings the index up to date.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search import index as ix  # noqa: E402
from tests.search_eval import (  # noqa: E402
    READER_QUESTIONS, SETS, FundView, Gold, cached_fund, figures, load_cases, per_set, set_of,
    run_all, set_table, to_json,
)

OUT = ROOT / "bench" / "out" / "reader_questions"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rebuild", action="store_true", help="import the files again")
    ap.add_argument("--no-ocr", action="store_true", help="scans stay pending (as in the test)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--home", type=Path, help="fund directory (default bench/out/reader_questions/)")
    ap.add_argument("--show-even", action="store_true",
                    help="list the even half's misses too (reporting, not tuning)")
    ap.add_argument("--json", type=Path, help="write every question's outcome here")
    ap.add_argument("--tuning", action="store_true",
                    help="leave the even half out: its questions are not run and no "
                         "figure of it is printed (issue 12's protocol while tuning)")
    ap.add_argument("--heldout", type=Path, metavar="DIR",
                    help="run instead the questions of an independent sample "
                         "(bench/heldout_questions.py: DIR/acts, DIR/questions.yaml)")
    a = ap.parse_args(argv)
    if a.heldout:
        from bench.heldout_questions import run as run_heldout
        run_heldout(a.heldout, a.jobs, a.rebuild)
        return 0
    home = a.home or OUT / ("fund-no-ocr" if a.no_ocr else "fund")
    gold = Gold(realdocs2=True)
    fund = cached_fund(home, gold.files(), not a.no_ocr, a.jobs, a.rebuild)
    view = FundView.of(fund, gold)
    status: dict[str, int] = {}
    for s in view.status.values():
        status[s] = status.get(s, 0) + 1
    print("files: " + ", ".join(f"{k} {v}" for k, v in sorted(status.items())))
    cases = load_cases(READER_QUESTIONS)
    if a.tuning:   # an even-half question also answered in realdocs counts there only
        cases = [c for c in cases
                 if c.half != "even" or any(set_of(k) == "realdocs" for k in c.expect)]
    t = time.perf_counter()
    outs = run_all(view, gold, cases)
    took = time.perf_counter() - t
    print(f"{len(cases)} questions in {took:.2f} s (OCR {'off' if a.no_ocr else 'on'})\n")
    table = set_table(outs)
    if a.tuning:
        table = "\n".join(ln for ln in table.splitlines() if not ln.startswith("even"))
    print(table)
    f = figures(outs)
    if not a.tuning:
        print(f"\nall sets: success@1 {f['requisite'].value:.1%} ({f['requisite'].full}/"
              f"{f['requisite'].n}; {f['requisite'].skipped} not answerable), "
              f"recall@10 {f['topic'].value:.3f} (n={f['topic'].n})")

    shown = [s for s in SETS if s != "even" or (a.show_even and not a.tuning)]
    for s, mine in per_set(outs).items():
        if s not in shown:
            continue
        print(f"\n{s}: misses and skipped questions")
        for o in mine:
            c = o.case
            if not o.wanted:
                why = "; ".join(view.why_absent(g) for g in o.missing)
                print(f"  skip [{c.kind}] {c.label}: not read ({why})")
            elif c.kind == "requisite" and not o.ready:
                print(f"  skip [{c.kind}] {c.label}: no requisites in the record "
                      f"(extraction); {o.miss_text()}")
            elif c.kind == "requisite" and not o.success1:
                print(f"  MISS [{c.kind}] {c.label}: {o.miss_text()}")
            elif c.kind != "requisite" and o.recall < 1:
                print(f"  MISS [{c.kind}] {c.label}: recall {o.recall:.2f}; {o.miss_text()}")
    if a.json:
        a.json.write_text(to_json(outs), encoding="utf-8")
    ix.close_engines()
    fund.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
