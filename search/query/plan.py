"""A ``Query`` and its ``Parsed`` text -> an engine-neutral ``Plan``.

The plan is nodes (search/engine/nodes.py) with the weights of
search/query/weights.py: a scored part (requisites, words, a topic's year
and ranking clauses) and unscored filters (the query's fields, kind words
and years that narrow). The looser readings search/query/run.py falls back
on when a question finds nothing are built here too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.numbers import number_base, number_key, typed_keys
from search.query.layout import cyrillic_reading
from ingest.requisites.vocabulary import kind_from_word
from search import analysis
from search.engine.documents import norm_body
from search.engine.nodes import All, And, DisMax, Node, Not, Or, Range, Term, negatives, positives
from search.query.boolean import WordsPlan, normalize_nodes, without_question_words, words_plan
from search.query.model import Query
from search.query.parse import KINDS, Parsed, Token, parse_text
from search.query.weights import (
    MIN_MOST_WORDS, RANK_ONLY, W_DATE, W_KIND, W_KIND_SHARE, W_KIND_TITLE, W_LOOSE_NUMBER,
    W_NUMBER, W_NUMBER_BASE, W_NUMBER_TEXT, W_YEAR, W_YEAR_TEXT, W_YEAR_TITLE,
)
from search.query.territory_names import resolve as resolve_territory
from search.query.words import kin_finder


@dataclass
class Requisites:
    """The numbers and dates typed, as one scored clause (None: none typed),
    and the number keys to highlight."""

    node: Node | None
    highlight: set[str] = field(default_factory=set)


@dataclass
class Plan:
    """What search/query/run.py executes, and what it keeps for the looser
    readings and the hits."""

    query: Query
    parsed: Parsed
    words: WordsPlan
    requisites: Requisites
    must: Node | None           # scored; None: every document
    filters: list[Node]         # unscored
    terms: set[str]             # highlighted in snippets and titles
    # a territory filter typed otherwise than the fund keys it ({"region":
    # ["самарская область"]} for --region самарская), said with the hits
    territory: dict[str, list[str]] = field(default_factory=dict)


def build_plan(q: Query, eng) -> Plan:
    """The plan of ``q`` on ``eng`` (whose vocabulary decides kin words and
    whether a body is an exact key)."""
    p = parse_text(q.text)
    words = words_plan(without_question_words(p.tokens), kin_finder(eng))
    req = requisite_clause(p)
    must = topic_clauses(q, p, combine(req.node, words.node))
    territory = territories(q, eng)
    return Plan(query=q, parsed=p, words=words, requisites=req, must=must,
                filters=filters_of(q, p, eng, territory),
                terms=set(words.terms) | req.highlight | set(p.years) | set(p.loose_numbers),
                territory={f: keys for f, (keys, as_typed) in territory.items() if not as_typed})


def requisite_clause(p: Parsed) -> Requisites:
    subs, hl = [], set()
    for n in p.numbers:
        nn = number_key(n)
        base = number_base(n)
        if re.fullmatch(r"\d+(?:[-‐–]\d+)+", n):
            base = None  # 01-02-252: the digit groups together are the number, "1" is not
        if base and base == nn.lstrip("0"):
            # a bare number: 145 finds 145 and 145-п alike; date/kind decide
            subs.append(Term("number_base", base, W_NUMBER))
        else:
            # 12р for 12-р, 15-2 for 15/2 (ingest.numbers.typed_keys)
            subs.extend(Term("number", k, W_NUMBER) for k in typed_keys(n) or [nn])
            if base:
                subs.append(Term("number_base", base, W_NUMBER_BASE))
        subs.append(Term("text", nn, W_NUMBER_TEXT))
        hl.update(typed_keys(n) or [nn])
        cyr = cyrillic_reading(n)
        if cyr and number_key(cyr) != nn:      # 6-59P typed for 6-59Р (query/layout.py)
            subs.append(Term("number", number_key(cyr), W_NUMBER))
            hl.add(number_key(cyr))
    for n in p.numbers_or_years:
        subs.append(Term("number_base", n.lstrip("0") or "0", W_NUMBER_BASE))
        subs.append(Term("year", n, W_YEAR))
        hl.add(n)
    for d in p.dates:
        subs.append(Term("date", d, W_DATE))
    if not subs:
        return Requisites(None, hl)
    return Requisites(subs[0] if len(subs) == 1 else Or(subs), hl)


def territories(q: Query, eng) -> dict[str, tuple[list[str], bool]]:
    """The region and municipality typed, as the fund's keys
    (search/query/territory_names.resolve; ``UnknownTerritory`` when a name
    names none)."""
    out = {}
    for f, value in (("region", q.region), ("municipality", q.municipality)):
        if value and value.strip():
            out[f] = resolve_territory(eng, f, value)
    return out


def territory_filters(territory: dict[str, tuple[list[str], bool]]) -> list[Node]:
    """The region and municipality chosen: a district's municipality takes
    its settlements' acts too (search/engine/documents.territory_keys)."""
    fl: list[Node] = []
    if "region" in territory:
        fl.append(Or([Term("region", k) for k in territory["region"][0]]))
    if "municipality" in territory:
        fl.append(Or([Term(f, k) for k in territory["municipality"][0]
                      for f in ("municipality", "district")]))
    return fl


def filters_of(q: Query, p: Parsed, eng, territory=None) -> list[Node]:
    fl: list[Node] = []
    if q.kind:
        # a kind typed in any form (--kind постановлений, ?kind=Распоряжения) is its kind
        fl.append(Or([Term("kind", kind_from_word(k) or analysis.fold(k)) for k in q.kind]))
    elif p.kinds and not p.topic:
        # a kind word typed in the text also keeps the records whose kind
        # could not be read (a scan's heading, a fragment): the reader cannot
        # know it is missing; a number or the words still decide
        no_kind = And([All(), Not(Or([Term("kind", k) for k in KINDS]))])
        fl.append(Or([Term("kind", k) for k in p.kinds] + [no_kind]))
    if q.body:
        key = norm_body(q.body)
        if eng.doc_frequency("body", key):
            fl.append(Term("body", key))
        else:  # not an exact body: all its words in the body/publication text
            ws = [Term("meta", t) for t in analysis.terms(q.body)]
            fl.append(And(ws) if ws else Term("body", key))
    if q.number:
        nn, base = number_key(q.number), number_base(q.number)
        alts = [Term("number", k) for k in typed_keys(q.number) or [nn]]
        if base and base == nn:
            alts.append(Term("number_base", base))
        fl.append(Or(alts))
    if q.date_from or q.date_to:
        fl.append(Range("date", q.date_from or "", (q.date_to or "") and q.date_to[:10]))
    if q.received_from or q.received_to:
        fl.append(Range("received_day", (q.received_from or "")[:10],
                        (q.received_to or "")[:10]))
    if q.rubric:
        fl.append(Or([Term("rubric", c) for c in narrowest(q.rubric)]))
    if q.level:
        fl.append(Term("level", q.level.strip().lower()))
    if q.publication:
        fl.append(Term("publication", norm_body(q.publication)))
    if q.in_force:
        fl.append(Term("status", "in_force"))
    fl.extend(territory_filters(territories(q, eng) if territory is None else territory))
    if p.years and not p.topic:
        fl.append(Or([Term("year", y) for y in p.years]))
    return fl


def narrowest(codes: list[str]) -> list[str]:
    """The rubrics a filter keeps: unrelated rubrics widen (any of them), a
    subrubric chosen with its parent narrows it (``business`` and
    ``business.fairs``: the fairs only), as the facet's count promised."""
    keys = list(dict.fromkeys(c.strip().lower() for c in codes if c.strip()))
    return [c for c in keys if not any(o.startswith(c + ".") for o in keys)]


def scaled(node: Node, factor: float) -> Node:
    """``node`` with every boost multiplied by ``factor``."""
    if isinstance(node, Term):
        return Term(node.field, node.text, node.boost * factor)
    if isinstance(node, (And, Or, DisMax)):
        return replace(node, items=[scaled(n, factor) for n in node.items])
    return node


def _ranked(must: Node | None, clause: Node | None, share: float = RANK_ONLY) -> Node | None:
    """``must`` ordered also by ``clause``, which matches nothing by itself:
    the hits are those of ``must``; those matching ``clause`` gain its score
    and ``share`` of their own (a relative lift: among acts about the topic
    alike, those matching ``clause`` first, without lifting an act that
    merely mentions the topic above one that is about it)."""
    if must is None or clause is None:
        return must
    return Or([must, And([clause, scaled(must, share)])])


def topic_clauses(q: Query, p: Parsed, must: Node | None) -> Node | None:
    """A topic question's year (that topic in that year: adopted then, or the
    year in its title or text) and its kind word and bare numbers (ranking)."""
    if not p.topic:
        return must
    if p.years:
        yc = Or([n for y in p.years for n in (
            Term("year", y, W_YEAR), Term("title", y, W_YEAR_TITLE),
            Term("text", y, W_YEAR_TEXT))]
            + [n for s in p.year_spans for n in (
                Term("title", s, W_YEAR_TITLE), Term("text", s, W_YEAR_TEXT))])
        must = yc if must is None else And([must, yc])
    if p.kinds and not q.kind:
        kind = [Term("kind", k, W_KIND) for k in p.kinds]
        kind += [Term("title", w, W_KIND_TITLE) for w in p.kind_words]
        must = _ranked(must, Or(kind), W_KIND_SHARE)
    num = [n for x in p.loose_numbers for n in (
        Term("number_base", x.lstrip("0") or "0", W_LOOSE_NUMBER),
        Term("title", x, W_NUMBER_TEXT), Term("text", x, W_NUMBER_TEXT))]
    return _ranked(must, Or(num) if num else None)


def combine(req: Node | None, text_node: Node | None) -> Node | None:
    if req is None:
        return normalize_nodes(text_node)
    if text_node is None:
        return req
    # lift top-level NOTs of the text so they apply to requisite matches too
    nots: list[Node] = []
    if isinstance(text_node, And):
        nots = negatives(text_node)
        pos = positives(text_node)
        text_node = None if not pos else (pos[0] if len(pos) == 1 else And(pos))
    elif isinstance(text_node, Not):
        nots, text_node = [text_node], None
    core = req if text_node is None else Or([req, text_node])
    return And([core] + nots) if nots else core


# --- looser readings ---------------------------------------------------------------

def with_fuzzy(node: Node | None, repl: dict[str, list[str]]) -> Node | None:
    """Replace word terms whose lemma is unknown by their near terms."""
    if node is None:
        return None
    if isinstance(node, Term):
        if node.field in ("title", "meta", "text") and node.text in repl:
            alts = repl[node.text]
            if not alts:
                return node
            return Or([Term(node.field, a, node.boost * 0.8) for a in alts])
        return node
    if isinstance(node, (And, Or, DisMax)):
        return replace(node, items=[with_fuzzy(n, repl) for n in node.items])
    if isinstance(node, Not):
        return Not(with_fuzzy(node.node, repl))
    return node


def any_of(node: Node | None, groups: list[list[int]] | None = None) -> Node | None:
    """The loosest reading: any positive word (for a last resort). For a
    plain question (``groups``: its noun groups as indexes into
    ``node.items``, search/query/words.noun_groups) the first group's noun
    stands alone, the question's topic (``музыкальный конкурс для детей``:
    ``конкурс``), and any later group with all its words (``ярмарки
    выходного дня``: ``выходного дня``, never ``дня``); an adjective alone
    never does."""
    if not isinstance(node, And):
        return node
    if groups and (len(groups) > 1 or len(groups[0]) > 1):
        parts = [node.items[groups[0][-1]]]
        parts += [node.items[g[0]] if len(g) == 1 else And([node.items[i] for i in g])
                  for g in groups[1:]]
        return Or(parts)
    pos, nots = positives(node), negatives(node)
    core = Or(pos) if len(pos) > 1 else (pos[0] if pos else None)
    if core is None:
        return node
    return And([core] + nots) if nots else core


def all_but_one(text_node: Node | None, tokens: list[Token]) -> Node | None:
    """A plain question of MIN_MOST_WORDS words or more (no operators,
    phrases or negations) matched by all its words but one: a reader's
    question carries words no act uses (``когда включат отопление``,
    ``запасы на случай …``). None for anything else."""
    if (not isinstance(text_node, And)
            or any(t.kind not in ("word", "thes") for t in tokens)):
        return None
    parts = list(text_node.items)
    if len(parts) < MIN_MOST_WORDS or negatives(text_node):
        return None
    return Or([And(parts[:i] + parts[i + 1:]) if len(parts) > 2 else parts[1 - i]
               for i in range(len(parts))])


def known(eng, t: str) -> bool:
    return bool(eng.doc_frequency("text", t) or eng.doc_frequency("title", t)
                or eng.doc_frequency("meta", t))


def near_terms(eng, t: str, limit: int = 5) -> list[str]:
    if len(t) < 4 or not re.fullmatch(r"[а-я]+", t):
        return []
    near = eng.similar_terms("text", t, maxdist=1, prefix=1, limit=limit)
    if not near and len(t) >= 6:
        near = eng.similar_terms("text", t, maxdist=2, prefix=2, limit=limit)
    return [w for w, _ in near]
