"""Scoring a record against the scheme: which rubrics, and the evidence for each.

A hit in the title scores ``TITLE_POINTS`` x weight; hits in the body score
little (``TEXT_POINTS`` per distinct term, a bit more for repeats) and are
damped for long texts, so body text alone needs several distinct hits. A
rubric is assigned when its score reaches its ``threshold`` (default
``DEFAULT_THRESHOLD``). A parent's score includes its children's; an
assigned subrubric implies its parent.

The body words of a rubric and its subrubrics together give at most
``FAMILY_TEXT_CAP`` (damped like a leaf's for long texts): a long act that
touches pensions, disabled people, veterans and orphans once each in passing
(a federal law, a register of services) is not about social protection, yet
each subrubric's words would add up to more than one leaf's cap.

A top-level rubric found in the body alone needs ``BODY_SHARE`` of the best
score, unless a precise pattern of the scheme (a phrase or a regex) fired in
the body: scattered words may be side remarks, a librarian's pattern is not.

No act is left out of the card file: when no rubric reaches its threshold,
the top-level rubric with the best score is still assigned, marked
``uncertain``, and the record carries the warning ``rubric_uncertain`` until
a librarian confirms it or chooses another (``actdesk rubrics review``, the
staff page ``/review``). A reader browsing a rubric finds the act where a
librarian would most likely have put it, and the desk knows which filings
nobody has checked. When not one word of the scheme occurs (score 0) there
is nothing to guess from: no rubric is assigned rather than one at random,
and the record carries the same warning so that it is listed for review.
When the runner-up comes close to the best (``GUESS_SECOND_SHARE`` of its
score), both are guessed: an act whose evidence is split between two topics
(a fee for a kindergarten, a subsidy for bus routes) is more often about both
than about the one that edged ahead, and a librarian confirming the filing
drops a wrong one faster than she thinks of a missing one.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from ingest.records import Rubric

from .match import Hits, leaf_hits
from .rules import Combo, Leaf
from .text import Doc

if TYPE_CHECKING:
    from .scheme import Scheme

TITLE_POINTS = 3.0      # a rule matching in the title, per unit weight
HEAD_POINTS = 2.0       # ... in the first lines of text when there is no title
TEXT_POINTS = 0.75      # a distinct term found in the body
REPEAT_POINTS = 0.25    # each further occurrence in the body ...
REPEAT_CAP = 8          # ... counted up to this many
TEXT_CAP = 3.0          # body points one leaf rule may give, per unit weight
LONG_TEXT = 1500        # body tokens beyond which body points are damped
BODY_SHARE = 0.8        # a top-level rubric from body text alone needs this share of the best
FAMILY_TEXT_CAP = 5.0   # body-word points of a rubric with its subrubrics, per record (damped)
GUESS_SECOND_SHARE = 0.75  # a runner-up this close to the best guess is guessed too


@dataclass(frozen=True)
class Reason:
    """One rule that fired: what it looks for, where, on which words."""

    rubric: str
    rule: str                 # terms | phrases | regex
    matched: tuple[str, ...]  # the scheme's terms/phrases/pattern that matched
    where: str                # title | head (no title: first lines) | text
    forms: tuple[str, ...]    # the word forms as they stand in the record
    count: int
    points: float

    def __str__(self) -> str:
        what = ", ".join(self.matched)
        forms = ", ".join(f"«{f}»" for f in self.forms)
        times = f" x{self.count}" if self.count > 1 else ""
        return f"{self.rule} [{what}] in {self.where}: {forms}{times} (+{self.points:g})"


@dataclass(frozen=True)
class Assignment:
    code: str
    label: str
    score: float
    reasons: tuple[Reason, ...] = ()
    implied: bool = False   # assigned only because a subrubric was
    uncertain: bool = False  # no rule reached its threshold: the best guess, for review

    def rubric(self, source: str = "auto") -> Rubric:
        return Rubric(self.code, self.label, source)


@dataclass(slots=True)
class Evidence:
    """A rubric's points on one record and the rules that gave them."""
    points: float
    reasons: list[Reason]


@dataclass(slots=True)
class Fired:
    """One rule on one record: whether it holds, its points, its reasons."""
    fired: bool
    points: float
    reasons: list[Reason] | tuple[()]


_MISSED = Fired(False, 0.0, ())   # shared: most rules miss most records
_HOLDS = Fired(True, 0.0, ())     # a "not" whose words are absent


class Choice(NamedTuple):
    """A top-level rubric a librarian may choose, with its evidence's score."""
    code: str
    score: float


def zone_points(zone: str, m: Hits, weight: float, ntext: int, damp: bool = True) -> float:
    if zone == "title":
        return TITLE_POINTS * weight
    if zone == "head":
        return HEAD_POINTS * weight
    d = len(m.distinct)
    extra = min(m.count - d, REPEAT_CAP)
    pts = min(TEXT_POINTS * d + REPEAT_POINTS * extra, TEXT_CAP)
    if damp and ntext > LONG_TEXT:   # phrases and regexes are precise: not damped
        pts *= math.sqrt(LONG_TEXT / ntext)
    return round(pts * weight, 3)


def evaluate(rule, doc: Doc, term_hits, rubric: str) -> Fired:
    if isinstance(rule, Leaf):
        if rule.kind == "terms" and id(rule) not in term_hits:
            return _MISSED
        got = leaf_hits(rule, doc, term_hits)
        if not got:
            return _MISSED
        reasons, total = [], 0.0
        for z, m in got.items():
            pts = zone_points(z, m, rule.weight, doc.ntext, rule.kind == "terms")
            total += pts
            reasons.append(Reason(rubric, rule.kind, rule.shown_for(m.distinct), z,
                                  tuple(m.forms[:8]), m.count, pts))
        return Fired(True, total, reasons)
    if rule.kind == "not":
        return _MISSED if evaluate(rule.parts[0], doc, term_hits, rubric).fired else _HOLDS
    results = [evaluate(p, doc, term_hits, rubric) for p in rule.parts]
    if rule.kind == "all":
        if not all(f.fired for f in results):
            return _MISSED
    elif not any(f.fired for f in results):
        return _MISSED
    total = sum(f.points for f in results) * rule.weight
    reasons = [r for f in results for r in f.reasons]
    return Fired(True, total, reasons)


def _is_veto(rule) -> bool:
    return isinstance(rule, Combo) and rule.kind == "not"


def rubric_evidence(scheme: Scheme, code: str, doc: Doc, term_hits) -> Evidence:
    """One rubric's own points on a record (its subrubrics' not included)."""
    total, reasons = 0.0, []
    for rule in scheme.by_code[code].rules:
        if _is_veto(rule):
            if not evaluate(rule, doc, term_hits, code).fired:   # the excluded words are there: veto
                return Evidence(0.0, [])
            continue
        f = evaluate(rule, doc, term_hits, code)
        if f.fired:
            total += f.points
            reasons.extend(f.reasons)
    return Evidence(total, reasons)


def vetoed(scheme: Scheme, code: str, doc: Doc, term_hits) -> bool:
    """Whether one of the rubric's top-level ``not`` rules fired."""
    for rule in scheme.by_code[code].rules:
        if _is_veto(rule) and not evaluate(rule, doc, term_hits, code).fired:
            return True
    return False


def assign(scheme: Scheme, title: str | None, text: str) -> list[Assignment]:
    """Rubrics for one record, in scheme order, each with its reasons."""
    doc = scheme.doc(title, text)
    hits = scheme.terms.hits(doc)
    own: dict[str, Evidence] = {}
    for r in scheme.rubrics:
        own[r.code] = rubric_evidence(scheme, r.code, doc, hits)

    memo: dict[str, Evidence] = {}

    def total(code: str) -> Evidence:
        """Own score plus the subrubrics' (a parent counts its children's evidence)."""
        got = memo.get(code)
        if got is None:
            s, rs = own[code].points, own[code].reasons
            kids = scheme.children.get(code, ())
            if kids:
                rs = list(rs)
                for ch in kids:
                    child = total(ch)
                    s += child.points
                    rs.extend(child.reasons)
            got = memo[code] = Evidence(s, rs)
        return got

    # a vetoed rubric (its top-level "not" fired) takes its subrubrics with it
    for r in scheme.rubrics:
        if r.parent is None and vetoed(scheme, r.code, doc, hits):
            for c in scheme.descendants(r.code):
                own[c] = Evidence(0.0, [])
    scored = {r.code: _family_capped(total(r.code), doc.ntext) for r in scheme.rubrics}
    # a top-level rubric found in the body alone must be a main topic of
    # the act, not a side remark: it needs BODY_SHARE of the best score
    best = max((scored[c].points for c in scored if "." not in c), default=0.0)
    chosen: dict[str, Assignment] = {}
    for r in scheme.rubrics:
        s, rs = scored[r.code].points, scored[r.code].reasons
        if s <= 0 or s < r.threshold:
            continue
        if (r.parent is None and all(x.where == "text" for x in rs) and not any(x.rule != "terms" for x in rs)
                and (s < BODY_SHARE * best or _in_passing(rs))):
            continue
        chosen[r.code] = Assignment(r.code, r.label_ru, round(s, 3), tuple(rs))
    for code in list(chosen):   # a subrubric of a dropped parent goes too
        top = code.split(".")[0]
        if top != code and top not in chosen and scored[top].points >= scheme.by_code[top].threshold:
            del chosen[code]
    for code in list(chosen):
        p = scheme.by_code[code].parent
        while p:
            if p not in chosen and p in scheme.by_code:
                ev = total(p)
                chosen[p] = Assignment(p, scheme.label(p), round(ev.points, 3), tuple(ev.reasons),
                                       implied=True)
            elif p in chosen and own[p].points < scheme.by_code[p].threshold:
                chosen[p] = replace(chosen[p], implied=True)
            p = scheme.by_code[p].parent if p in scheme.by_code else None
    if not any("." not in c for c in chosen):
        return _best_guesses(scheme, scored)
    return [chosen[r.code] for r in scheme.rubrics if r.code in chosen]


def _in_passing(reasons) -> bool:
    """Body words none of which the act says twice: named in passing (a list of powers, a roster)."""
    return all(x.count <= len(x.matched) for x in reasons)


def _family_capped(ev: Evidence, ntext: int) -> Evidence:
    """``ev`` with its body-word points (terms in the text zone, own and the
    subrubrics') held to ``FAMILY_TEXT_CAP``, damped for long texts as a leaf's are."""
    body = sum(r.points for r in ev.reasons if r.where == "text" and r.rule == "terms")
    cap = FAMILY_TEXT_CAP * (math.sqrt(LONG_TEXT / ntext) if ntext > LONG_TEXT else 1.0)
    if body <= cap:
        return ev
    return Evidence(ev.points - (body - cap), ev.reasons)


def _best_guesses(scheme: Scheme, scored: dict[str, Evidence]) -> list[Assignment]:
    """The top-level rubric with the best score (the scheme's order breaks a
    tie) and a runner-up within ``GUESS_SECOND_SHARE`` of it, in scheme order,
    marked uncertain; none when no word of the scheme occurs."""
    tops = [r for r in scheme.rubrics if r.parent is None and scored[r.code].points > 0]
    ranked = sorted(tops, key=lambda r: -scored[r.code].points)   # stable: scheme order on ties
    if not ranked:
        return []
    best = scored[ranked[0].code].points
    picked = {r.code for r in ranked[:2] if scored[r.code].points >= GUESS_SECOND_SHARE * best}
    return [Assignment(r.code, r.label_ru, round(scored[r.code].points, 3), tuple(scored[r.code].reasons),
                       uncertain=True) for r in tops if r.code in picked]


def explain(scheme: Scheme, title: str | None, text: str) -> list[Assignment]:
    """Every rubric with any evidence, assigned or not (for ``explain``)."""
    doc = scheme.doc(title, text)
    hits = scheme.terms.hits(doc)
    out = []
    for r in scheme.rubrics:
        ev = rubric_evidence(scheme, r.code, doc, hits)
        if ev.reasons:
            out.append(Assignment(r.code, r.label_ru, round(ev.points, 3), tuple(ev.reasons)))
    return out


def candidates(scheme: Scheme, title: str | None, text: str, n: int = 3) -> list[Choice]:
    """The ``n`` top-level rubrics with the most evidence, best first, with their
    scores (a parent's includes its subrubrics'): what a librarian chooses from
    when the scheme could only guess."""
    total: dict[str, float] = {}
    for a in explain(scheme, title, text):
        top = a.code.split(".")[0]
        total[top] = total.get(top, 0.0) + a.score
    order = {r.code: i for i, r in enumerate(scheme.rubrics)}
    best = sorted((c for c, v in total.items() if v > 0), key=lambda c: (-total[c], order.get(c, 0)))
    return [Choice(c, round(total[c], 3)) for c in best[:n]]
