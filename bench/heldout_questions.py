"""Reader questions over an independent sample of acts gathered apart (issue 12).

    .venv/bin/python bench/heldout_questions.py bench/out/questions_heldout
    .venv/bin/python bench/reader_questions.py --heldout bench/out/questions_heldout

The folder (git-ignored: third-party text stays out of the repository) holds
``acts/`` (one file an act, any format the importer reads; the file's stem is
its key), ``questions.yaml`` (``- {q: …, expect: [key, …]}``, written before
any of them was searched) and, once run, ``fund/`` (the acts imported, reused
while it holds every file). The sample keeps acts on other topics beside the
answers, so a question that floods its list shows in R-precision (relevant
acts among the first R hits, R the number of answers) as well as in recall@10.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TOP = 10


@dataclass
class Asked:
    q: str
    expect: tuple[str, ...]
    hits: list[str]

    @property
    def recall(self) -> float:
        return sum(k in self.hits[:TOP] for k in self.expect) / min(TOP, len(self.expect))

    @property
    def r_precision(self) -> float:
        r = len(self.expect)
        return sum(k in self.expect for k in self.hits[:r]) / r


def load_questions(folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    path = folder / "questions.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    keys = {p.stem for p in (folder / "acts").iterdir()}
    out = []
    for i, d in enumerate(raw, 1):
        exp = tuple(d.get("expect") or ()) if isinstance(d, dict) else ()
        if not isinstance(d, dict) or not d.get("q") or not exp:
            raise ValueError(f"{path}: entry {i} needs q and expect")
        unknown = [k for k in exp if k not in keys]
        if unknown:
            raise ValueError(f"{path}: entry {i} ({d['q']!r}) names no act {unknown}")
        out.append((str(d["q"]), exp))
    return out


def run(folder: Path, jobs: int = 2, rebuild: bool = False, show: bool = True) -> list[Asked]:
    from search import index as ix
    from search.query import Query, search
    from tests.search_eval import cached_fund

    folder = Path(folder)
    files = sorted(p for p in (folder / "acts").iterdir() if p.is_file())
    questions = load_questions(folder)
    fund = cached_fund(folder / "fund", files, False, jobs, rebuild)
    try:
        asked = []
        for q, exp in questions:
            res = search(fund.index_dir, Query(text=q, per_page=TOP, facets=False), snippets=False)
            hits: list[str] = []
            for h in res.hits:
                k = Path(h.source.get("file_name") or "?").stem
                if k not in hits:
                    hits.append(k)
            asked.append(Asked(q, exp, hits))
    finally:
        ix.close_engines()
        fund.close()
    if show:
        print(report(asked, len(files)))
    return asked


def report(asked: list[Asked], n_acts: int) -> str:
    n = len(asked)
    rec = sum(a.recall for a in asked) / n
    rp = sum(a.r_precision for a in asked) / n
    full = sum(a.recall >= 1 for a in asked)
    lines = [f"{n} questions over {n_acts} acts: recall@10 {rec:.3f} ({full}/{n} full), "
             f"R-precision {rp:.3f}"]
    for a in asked:
        if a.recall < 1 or a.r_precision < 1:
            got = " ".join(f"{k}@{a.hits.index(k) + 1 if k in a.hits else '-'}" for k in a.expect)
            lines.append(f"  {'MISS' if a.recall < 1 else 'low '} {a.q}: recall {a.recall:.2f}, "
                         f"R-prec {a.r_precision:.2f}; {got}; top: {' '.join(a.hits[:5]) or '-'}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rebuild", action="store_true", help="import the acts again")
    a = ap.parse_args(argv)
    run(a.folder, a.jobs, a.rebuild)
    return 0


if __name__ == "__main__":
    sys.exit(main())
