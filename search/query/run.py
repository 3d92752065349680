"""Executing a plan: the page of hits with snippets, facets, suggestions,
and the looser readings tried when a question finds too little."""
from __future__ import annotations

import dataclasses
import math
import re
import time
from collections import Counter
from datetime import date as _date, timedelta as _timedelta

from search import analysis
from search import index as ix
from search.engine.interface import EngineHit
from search.engine.nodes import And, DisMax, Or, Range, Term
from search.query import layout, spelling
from search.query.boolean import normalize_nodes
from search.query.model import Hit, Query, Results
from search.query.parse import Parsed
from search.query.plan import (
    all_but_one, any_of, build_plan, filters_of, known, scaled,
    topic_clauses, with_fuzzy,
)
from search.query.weights import W_ALL_WORDS, W_TEXT, W_TITLE


# --- hits --------------------------------------------------------------------------

def _title_spans(title: str, terms: set[str]) -> list[tuple[int, int]]:
    if not title or not terms:
        return []
    return [(s, e) for _, s, e, t, _ in analysis.analyze(title) if t in terms]


def _hit(eh: EngineHit, terms: set[str], snippets: bool) -> Hit:
    d = eh.data
    if snippets:
        snip, spans = analysis.make_snippet(eh.text(), terms)
    else:
        snip, spans = "", []
    return Hit(id=d["id"], kind=d.get("kind"), number=d.get("number"), date=d.get("date"),
               title=d.get("title"), body=d.get("body"), rubrics=d.get("rubrics") or [],
               source={"file_name": d.get("file_name")}, score=round(eh.score, 4),
               snippet=snip, highlights=spans,
               title_highlights=_title_spans(d.get("title") or "", terms),
               level=d.get("level"), received_at=d.get("received_at"),
               territory=d.get("territory"))


# --- entry points ------------------------------------------------------------------

def _engine(index_dir):
    return ix.engine(index_dir)


RECEIVED_PERIODS = (7, 30, 365)  # days: the received-period filters front ends offer


def received_periods(today: _date | None = None) -> dict[int, str]:
    """First ISO day of each received period ending today."""
    today = today or _date.today()
    return {d: (today - _timedelta(days=d)).isoformat() for d in RECEIVED_PERIODS}


def search(index_dir, q: "Query | dict | str", snippets: bool = True) -> Results:
    """Run a query against the index at ``index_dir``."""
    t0 = time.perf_counter()
    if isinstance(q, str):
        q = Query(text=q)
    elif isinstance(q, dict):
        q = Query.from_dict(q)
    eng = _engine(index_dir)
    typed_on_latin = _layout_reading(eng, q.text)
    if typed_on_latin:   # «gjkj;tybt j rkfl,bot»: the question is «положение о кладбище»
        res = search(index_dir, dataclasses.replace(q, text=typed_on_latin), snippets)
        res.suggestion, res.relaxed = typed_on_latin, "layout"
        res.took_ms = (time.perf_counter() - t0) * 1000
        return res
    pl = build_plan(q, eng)
    p, words, req = pl.parsed, pl.words, pl.requisites.node
    text_node, must, filters, terms = words.node, pl.must, pl.filters, pl.terms
    offset = (q.page - 1) * q.per_page
    sort = q.sort

    periods = received_periods()
    ranges = {str(d): Range("received_day", start, "") for d, start in periods.items()}

    origin = {}                      # id of a result -> the node and filters it came from

    def run(node):
        nonlocal eng
        try:
            res = eng.execute(node, filters, sort=sort, offset=offset, limit=q.per_page,
                              facets=q.facets, range_counts=ranges)
        except (ValueError, KeyError, TypeError):
            raise
        except Exception:  # the engine broke under us (files gone/corrupt): heal once
            eng = ix.recover(index_dir)
            res = eng.execute(node, filters, sort=sort, offset=offset, limit=q.per_page,
                              facets=q.facets, range_counts=ranges)
        if "ranges" in res.facets:  # matches received in the last 7 / 30 / 365 days
            res.facets["received"] = res.facets.pop("ranges")
        origin[id(res)] = (node, list(filters))
        return res

    must_text = normalize_nodes(text_node)
    res = run(must)
    relaxed = None
    suggestion = None
    unknown = [w for w in words.words if any(not known(eng, t) for t in w.lemmas)
               and not any(known(eng, a) for a in words.alts.get(w.surface, ()))]
    if unknown:
        repl = {}
        sugg_text = q.text
        for w in unknown:
            for t in w.lemmas:
                if not known(eng, t):
                    near = spelling.corrections(eng, w.surface, t)
                    repl[t] = [term for term, _ in near]
                    if near:
                        sugg_text = re.sub(re.escape(w.surface), near[0][1], sugg_text, count=1)
        if sugg_text != q.text:
            suggestion = sugg_text
        if res.total == 0 and any(repl.values()):
            res2 = run(with_fuzzy(must, repl))
            if res2.total:
                res, relaxed = res2, "fuzzy"
                for vals in repl.values():
                    terms.update(vals)
    if res.total == 0 and isinstance(text_node, And) and req is None:
        # any of its noun groups, else any of its words (a topic the index only
        # holds as the adjective: "информационной безопасности"); those
        # matching all words but one first
        most = all_but_one(text_node, words.tokens)
        loose = [any_of(text_node, words.groups)]
        if words.groups and any_of(text_node) != loose[0]:
            loose.append(any_of(text_node))
        for node in loose:
            if most is not None:
                node = Or([scaled(most, W_ALL_WORDS), node])
            res2 = run(topic_clauses(q, p, node))
            if res2.total:
                res, relaxed = res2, "any"
                break
    if res.total < q.per_page and req is None and relaxed is None:
        most = all_but_one(text_node, words.tokens)
        if most is not None:
            res2 = run(topic_clauses(q, p, Or([scaled(must_text, W_ALL_WORDS), most])))
            if res2.total > res.total:
                res, relaxed = res2, "most"
    if res.total == 0 and p.kinds and not q.kind and not p.topic:
        # a kind word typed with a year or alone ("положения 2013 года"):
        # no act of that kind; the same question of any kind, and say so
        kind_filter = filters_of(Query(), Parsed(tokens=[], kinds=p.kinds), eng)
        filters = [f for f in filters if f not in kind_filter]
        res2 = run(must)
        if res2.total:
            res, relaxed = res2, "kind"
    if res.total == 0 and p.years and not p.topic and (p.numbers or p.numbers_or_years):
        # «распоряжение 1987-р 2018 года», «прошлогоднее» for an act of two years
        # ago: the number was remembered, the year not; requisites rank, they do
        # not filter, so the acts of that number in other years, and say so
        year_filter = Or([Term("year", y) for y in p.years])
        wider = [f for f in filters if f != year_filter]
        if len(wider) < len(filters):
            filters = wider
            res2 = run(must)
            if res2.total:
                res, relaxed = res2, "year"
    hits = [_hit(h, terms, snippets) for h in res.hits]
    return Results(total=res.total, hits=hits, facets=res.facets, suggestion=suggestion,
                   relaxed=relaxed, understood={**p.understood(), **pl.territory},
                   query=q.to_dict(),
                   repealed_out=_repealed_out(eng, q, *origin[id(res)], res.total),
                   page=q.page, per_page=q.per_page,
                   took_ms=(time.perf_counter() - t0) * 1000)


def _layout_reading(eng, text: str) -> str | None:
    """The question as the Russian layout types it (search/query/layout.py),
    when none of the words typed is in the fund and every word of that
    reading is: Latin words the fund holds (``covid``, a firm's name) stay
    as typed, and so does Latin that makes no Russian words. Single letters
    are not asked: a recognised page's stray ``j`` or ``b`` is in many funds,
    and they are the prepositions of the reading (``j`` is «о»)."""
    alt = layout.cyrillic_layout(text)
    if not alt:
        return None
    typed = [t for *_, t, primary in analysis.analyze(text)
             if primary and not t.isdigit() and len(t) > 1]
    if not typed or any(known(eng, t) for t in typed):
        return None
    read = [t for *_, t, primary in analysis.analyze(alt) if primary and not t.isdigit()]
    return alt if read and all(known(eng, t) for t in read) else None


_IN_FORCE = Term("status", "in_force")


def _repealed_out(eng, q: Query, node, filters, total: int) -> int:
    """How many acts the same question finds that «только действующие» left out.

    A reader asking for «постановление 12-п» with the filter on got the act
    that repealed it and no word of 12-п itself; the count lets the page and
    the terminal say that the fund holds more, repealed. One count query, run
    only when the filter is set."""
    if not q.in_force:
        return 0
    wider = [f for f in filters if f != _IN_FORCE]
    try:
        everything = eng.execute(node, wider, sort="relevance", offset=0, limit=1, facets=False)
    except Exception:  # a count that fails must not take the page with it
        return 0
    return max(0, everything.total - total)


def more_like_this(index_dir, record_id: str, per_page: int = 10,
                   numterms: int = 15) -> Results:
    """Records sharing the most distinctive words of ``record_id``."""
    t0 = time.perf_counter()
    eng = _engine(index_dir)
    eh = eng.lookup(record_id)
    if eh is None:
        raise KeyError(f"no record {record_id!r} in the search index")
    n = max(1, eng.doc_count())
    title = eh.data.get("title") or ""
    tf = Counter(t for t in analysis.terms(eh.text()[:20000]) if len(t) > 2 and not t.isdigit())
    for t in analysis.terms(title):
        tf[t] += 3
    scored = []
    for t, c in tf.most_common(200):
        df = eng.doc_frequency("text", t) + eng.doc_frequency("title", t)
        if df <= 1:
            continue
        scored.append((c * math.log(1 + n / df), t))
    scored.sort(reverse=True)
    top = [t for _, t in scored[:numterms]]
    if not top:
        return Results(total=0, hits=[], facets={}, per_page=per_page)
    must = Or([DisMax([Term("title", t, W_TITLE), Term("text", t, W_TEXT)], 0.1)
               for t in top])
    res = eng.execute(must, (), limit=per_page, facets=False, exclude_ids=(record_id,))
    hits = [_hit(h, set(top), True) for h in res.hits]
    return Results(total=res.total, hits=hits, facets={}, understood={"terms": top},
                   per_page=per_page, took_ms=(time.perf_counter() - t0) * 1000)
