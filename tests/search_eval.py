"""Evaluation of the search on real documents: the rules, as code.

Used by tests/test_search_quality.py and tests/test_reader_words.py (the
files readable without OCR), bench/search_quality.py and
bench/reader_questions.py (the whole sets).

* The questions are in tests/search_queries.yaml (realdocs) and
  tests/reader_questions.yaml (realdocs + realdocs2; see their headers).
* The answers come from gold (../shared/realdocs/gold.jsonl and realdocs2's
  two gold files): a question names files by key, ``"09"`` for realdocs,
  ``"f01"`` / ``"w17"`` for realdocs2's files/ and web/ (tests/gold.py);
  files whose gold requisites are the same act (kind, number, date) are one
  answer, since the fund links such copies to the first one and indexes the
  act once.
* Figures per set (``per_set``): realdocs, realdocs2 odd half, even half —
  issue 12 tunes on realdocs + the odd half and only measures the even one.
  A question with answers in several sets counts in each, on that set's
  answers only.
* ``requisite`` questions are scored by success@1 (the first hit is the act);
  ``topic`` and ``misspelling`` questions by recall@10 (answers in the first
  ten hits / min(10, answers present in the fund)).
* An answer "present in the fund" has a record read from one of its files.
  A requisite question is *ready* when that record carries the gold number
  (and date, if the question gives one): otherwise the miss is the reader's
  or the requisite extractor's, not the search's, and it is reported apart.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

from tests.gold import REALDOCS, load_gold, load_gold2, same

QUERIES = Path(__file__).resolve().parent / "search_queries.yaml"
READER_QUESTIONS = Path(__file__).resolve().parent / "reader_questions.yaml"
FILES = REALDOCS / "files"
KINDS = ("requisite", "topic", "misspelling")
TOP = 10
SETS = ("realdocs", "odd", "even")      # realdocs, realdocs2 odd half, even half
HALVES = SETS[1:] + ("both",)
_KEY = re.compile(r"\d\d|[fw]\d\d")


def set_of(key: str) -> str:
    """The set a file key belongs to: realdocs, or realdocs2's odd/even half."""
    if key[0].isdigit():
        return "realdocs"
    return "odd" if int(key[1:]) % 2 else "even"


def half_of(keys: Iterable[str]) -> str:
    """What a question's ``half`` must say for these answers."""
    hs = {set_of(k) for k in keys} - {"realdocs"}
    return "realdocs" if not hs else (hs.pop() if len(hs) == 1 else "both")


# --- the questions ----------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    q: str
    kind: str
    expect: tuple[str, ...]
    filters: dict = field(default_factory=dict, hash=False, compare=False)
    note: str = ""
    half: str = ""

    @property
    def label(self) -> str:
        f = " ".join(f"{k}={v}" for k, v in self.filters.items())
        return f"{self.q} [{f}]" if f else self.q


def load_cases(path: Path = QUERIES) -> list[Case]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out = []
    for i, d in enumerate(raw, 1):
        if not isinstance(d, dict) or not d.get("q") or d.get("kind") not in KINDS:
            raise ValueError(f"{path.name} entry {i}: needs q and kind ({'|'.join(KINDS)})")
        exp = d.get("expect") or []
        if not exp or not all(isinstance(x, str) and _KEY.fullmatch(x) for x in exp):
            raise ValueError(f"{path.name} entry {i} ({d['q']!r}): expect is a list of "
                             f"file keys such as \"09\" (realdocs), \"f01\" or \"w17\" "
                             f"(realdocs2 files/ and web/)")
        half = str(d.get("half") or "")
        if half and half != half_of(exp):
            raise ValueError(f"{path.name} entry {i} ({d['q']!r}): half is {half!r}, "
                             f"its answers say {half_of(exp)!r}")
        out.append(Case(str(d["q"]), d["kind"], tuple(exp), dict(d.get("filters") or {}),
                        str(d.get("note") or ""), half))
    return out


# --- gold: files, prefixes, same-act groups -----------------------------------------

def _act_key(g: dict) -> tuple | None:
    if not (g.get("kind") and g.get("number") and g.get("date")):
        return None
    num = re.sub(r"\s+", "", str(g["number"]).casefold())
    return g["kind"], num, g["date"]


def gold_rows(realdocs2: bool = False) -> list[dict]:
    """Gold rows keyed for questions: ``key`` and ``path`` on every row;
    realdocs2's rows (load_gold2) too when asked."""
    rows = [dict(g, key=g["file"][:2], path=FILES / g["file"]) for g in load_gold()]
    return rows + (load_gold2() if realdocs2 else [])


class Gold:
    """Gold rows by question key (``by_prefix``: "09", and "f01"/"w17" when
    realdocs2 is loaded), same-act files grouped."""

    def __init__(self, rows: list[dict] | None = None, realdocs2: bool = False):
        rows = rows if rows is not None else gold_rows(realdocs2)
        self.by_prefix = {g.get("key") or g["file"][:2]: g for g in rows}
        names = [g["file"] for g in rows]
        if len(names) != len(set(names)):
            raise ValueError("two gold files share a name: hits could not be told apart")
        keys: dict[tuple, list[str]] = {}
        for p, g in self.by_prefix.items():
            k = _act_key(g)
            if k:
                keys.setdefault(k, []).append(p)
        self.group_of = {p: frozenset([p]) for p in self.by_prefix}
        for ps in keys.values():
            for p in ps:
                self.group_of[p] = frozenset(ps)

    def file(self, prefix: str) -> Path:
        g = self.by_prefix[prefix]
        return Path(g["path"]) if g.get("path") else FILES / g["file"]

    def files(self) -> list[Path]:
        return [self.file(p) for p in self.by_prefix]

    def groups(self, prefixes: Iterable[str]) -> list[frozenset]:
        out: list[frozenset] = []
        for p in prefixes:
            g = self.group_of[p]
            if g not in out:
                out.append(g)
        return out


# --- the fund ---------------------------------------------------------------------

def build_fund(home: Path, files: Iterable[Path], jobs: int = 2, ocr: bool = False):
    """Import ``files`` into a fund at ``home`` and bring its index up to date."""
    from ingest.formats import Limits
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from ingest.settings import scheme_path
    from search.sync import sync_index

    fund = Fund(Path(home), create=True)
    Batch(fund, jobs=jobs, scheme_path=scheme_path(fund.home), limits=Limits(ocr=ocr),
          on_commit=lambda: sync_index(fund)).run(list(files))
    sync_index(fund)
    return fund


def cached_fund(home: Path, files: list[Path], ocr: bool, jobs: int, rebuild: bool):
    """The benches' fund: reused when it holds every file (only the index is
    brought up to date, a changed analyzer rebuilds it), else imported again."""
    import shutil
    import sys
    import time

    from ingest.fund import Fund
    from search import index as ix
    from search.sync import sync_index

    if home.exists() and not rebuild:
        fund = Fund(home, create=False)
        known = {f.file_name for f in fund.files()}
        if {p.name for p in files} <= known:
            t = time.perf_counter()
            sync_index(fund)
            ix.open_index(fund.index_dir, on_message=lambda m: print(m, file=sys.stderr))
            print(f"fund: {home} (cached; index checked in {time.perf_counter() - t:.1f} s)")
            return fund
        fund.close()
    if home.exists():
        shutil.rmtree(home)
    t = time.perf_counter()
    print(f"fund: importing {len(files)} files into {home} (--jobs {jobs}, OCR "
          f"{'on' if ocr else 'off'})…", flush=True)
    fund = build_fund(home, files, jobs=jobs, ocr=ocr)
    print(f"fund: imported in {time.perf_counter() - t:.0f} s")
    return fund


@dataclass
class FundView:
    """Which answers are in the fund, and with which requisites."""

    index_dir: Path
    records: dict[str, list]          # prefix -> records read from that file
    status: dict[str, str]            # prefix -> new | linked | pending | failed | absent

    @classmethod
    def of(cls, fund, gold: Gold) -> "FundView":
        by_name = {g["file"]: p for p, g in gold.by_prefix.items()}
        records: dict[str, list] = {}
        for r in fund.iter_records():
            p = by_name.get(r.source.file_name)
            if p:
                records.setdefault(p, []).append(r)
        status = {}
        for p in gold.by_prefix:
            status[p] = "read" if p in records else "absent"
        for f in fund.files("pending"):
            if f.file_name in by_name:
                status[by_name[f.file_name]] = "pending"
        for f in fund.files("failed"):
            if f.file_name in by_name:
                status[by_name[f.file_name]] = "failed"
        return cls(Path(fund.index_dir), records, status)

    def present(self, group: frozenset) -> bool:
        return any(p in self.records for p in group)

    def why_absent(self, group: frozenset) -> str:
        return ", ".join(f"{p} {self.status.get(p, 'absent')}" for p in sorted(group))

    def carries(self, group: frozenset, gold: Gold, with_date: bool) -> bool:
        """A record of the group has the gold number (and date)."""
        for p in group:
            g = gold.by_prefix[p]
            for r in self.records.get(p, []):
                if g.get("number") and not same("number", r.number, g["number"]):
                    continue
                if with_date and g.get("date") and r.date != g["date"]:
                    continue
                return True
        return False


# --- running and scoring ------------------------------------------------------------

_DATE_IN_QUERY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-яё]+\s+\d{4}", re.I)


@dataclass
class Outcome:
    case: Case
    hits: list[str]                  # file prefixes of the hits, in order (no repeats)
    wanted: list[frozenset]          # answers present in the fund
    missing: list[frozenset]         # answers not in the fund (unread files)
    ready: bool = True               # requisite: the record carries the requisites
    ms: float = 0.0

    def rank(self, group: frozenset) -> int | None:
        for i, p in enumerate(self.hits, 1):
            if p in group:
                return i
        return None

    @property
    def success1(self) -> bool:
        return bool(self.hits) and any(self.hits[0] in g for g in self.wanted)

    @property
    def recall(self) -> float:
        if not self.wanted:
            return 0.0
        found = sum(1 for g in self.wanted if (self.rank(g) or TOP + 1) <= TOP)
        return found / min(TOP, len(self.wanted))

    @property
    def scored(self) -> bool:
        """Counted in the figures: something to find, and (requisites) findable."""
        return bool(self.wanted) and (self.kind != "requisite" or self.ready)

    @property
    def kind(self) -> str:
        return self.case.kind

    def within(self, which: str) -> "Outcome":
        """This outcome scored on the answers of one set only (``SETS``)."""
        def mine(groups):
            return [g for g in groups if any(set_of(p) == which for p in g)]
        return Outcome(self.case, self.hits, mine(self.wanted), mine(self.missing),
                       self.ready, self.ms)

    def miss_text(self) -> str:
        parts = []
        for g in self.wanted:
            r = self.rank(g)
            name = "/".join(sorted(g))
            parts.append(f"{name}@{r}" if r else f"{name}@-")
        top = " ".join(self.hits[:5])
        return f"answers {' '.join(parts)}; top: {top or '(nothing)'}"


def run_case(view: FundView, gold: Gold, case: Case) -> Outcome:
    from search.query import Query, search

    q = Query(text=case.q, per_page=TOP, facets=False, **case.filters)
    res = search(view.index_dir, q, snippets=False)
    hits: list[str] = []
    names = {g["file"]: p for p, g in gold.by_prefix.items()}
    for h in res.hits:
        p = names.get(h.source.get("file_name") or "", (h.source.get("file_name") or "??")[:2])
        if p not in hits:
            hits.append(p)
    groups = gold.groups(case.expect)
    wanted = [g for g in groups if view.present(g)]
    missing = [g for g in groups if not view.present(g)]
    ready = True
    if case.kind == "requisite" and wanted:
        with_date = bool(_DATE_IN_QUERY.search(case.q))
        ready = all(view.carries(g, gold, with_date) for g in wanted)
    return Outcome(case, hits, wanted, missing, ready, res.took_ms)


def run_all(view: FundView, gold: Gold, cases: list[Case]) -> list[Outcome]:
    return [run_case(view, gold, c) for c in cases]


@dataclass
class Figures:
    kind: str
    n: int              # questions counted
    skipped: int        # nothing to find in this fund / not findable by requisites
    value: float        # success@1 (requisite) or mean recall@10
    full: int           # requisite: first-hit successes; topics: questions with recall 1
    read: int = 0       # requisite: questions whose act was read, requisites or not
    read_full: int = 0  # ... and of those, first-hit successes

    @property
    def metric(self) -> str:
        return "success@1" if self.kind == "requisite" else "recall@10"


def figures(outcomes: list[Outcome]) -> dict[str, Figures]:
    out = {}
    for k in KINDS:
        mine = [o for o in outcomes if o.kind == k]
        sc = [o for o in mine if o.scored]
        read = [o for o in mine if o.wanted]
        if k == "requisite":
            full = sum(o.success1 for o in sc)
            val = full / len(sc) if sc else 0.0
        else:
            full = sum(o.recall >= 1.0 for o in sc)
            val = sum(o.recall for o in sc) / len(sc) if sc else 0.0
        out[k] = Figures(k, len(sc), len(mine) - len(sc), val, full, len(read),
                         sum(o.success1 for o in read))
    return out


def per_set(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    """The outcomes of each set (``SETS``), each scored on that set's answers;
    questions with no answer in a set are left out of it."""
    out: dict[str, list[Outcome]] = {}
    for s in SETS:
        mine = [o.within(s) for o in outcomes]
        out[s] = [o for o in mine if o.wanted or o.missing]
    return out


def set_table(outcomes: list[Outcome]) -> str:
    """One line per set: requisite success@1 and topic recall@10."""
    lines = [f"{'set':<10} {'requisite success@1':>22} {'topic recall@10':>18} "
             f"{'(full)':>8}"]
    for s, outs in per_set(outcomes).items():
        f = figures(outs)
        r, t = f["requisite"], f["topic"]
        req = f"{r.value:.3f} ({r.full}/{r.n})" if r.n else "-"
        top = f"{t.value:.3f} (n={t.n})" if t.n else "-"
        lines.append(f"{s:<10} {req:>22} {top:>18} {t.full:>4}/{t.n:<3}")
    return "\n".join(lines)


def misses(outcomes: list[Outcome]) -> list[Outcome]:
    return [o for o in outcomes if o.scored and
            ((o.kind == "requisite" and not o.success1) or (o.kind != "requisite" and o.recall < 1))]


def table(outcomes: list[Outcome]) -> str:
    figs = figures(outcomes)
    lines = [f"{'class':<12} {'n':>3} {'skipped':>7}  {'metric':<10} {'value':>6}  {'full':>5}"]
    for f in figs.values():
        lines.append(f"{f.kind:<12} {f.n:>3} {f.skipped:>7}  {f.metric:<10} "
                     f"{f.value:>6.3f}  {f.full:>3}/{f.n}")
    r = figs["requisite"]
    if r.read > r.n:
        lines.append(f"requisite questions whose act was read, with or without its requisites: "
                     f"success@1 {r.read_full}/{r.read} = {r.read_full / r.read:.3f}")
    return "\n".join(lines)


def to_json(outcomes: list[Outcome]) -> str:
    return json.dumps([{
        "q": o.case.q, "kind": o.kind, "filters": o.case.filters, "hits": o.hits,
        "wanted": [sorted(g) for g in o.wanted], "missing": [sorted(g) for g in o.missing],
        "ready": o.ready, "success1": o.success1, "recall10": round(o.recall, 3),
        "ms": round(o.ms, 1)} for o in outcomes], ensure_ascii=False, indent=1)
