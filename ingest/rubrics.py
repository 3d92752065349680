"""The rubric scheme (``rubrics.yaml``) and automatic tagging that explains itself.

The scheme is a flat list of rubrics; a subrubric's code extends its parent's
(``social.disabled`` lives under ``social``). Each rubric has rules:

``terms``
    words or word sequences matched in every word form: a text token matches a
    term word when one of the token's lemmas (pymorphy3) is the term word's
    lemma, so ``избирательный участок`` matches ``избирательных участков``.
    A term word ending in ``*`` matches any lemma starting with it
    (``антикоррупц*``).
``phrases``
    literal strings, matched case-insensitively (ё = е) on word boundaries.
``regex``
    one pattern, compiled at load, run on bounded input (see ``REGEX_INPUT``).
``any`` / ``all`` / ``not``
    combinations of rules. A top-level ``not`` vetoes the rubric.

A rule may say ``where`` it looks (``title``, ``text``, ``both``; default
both) and carry a ``weight`` (default 1). A hit in the title scores
``TITLE_POINTS`` x weight; hits in the body score little (``TEXT_POINTS`` per
distinct term, a bit more for repeats) and are damped for long texts, so body
text alone needs several distinct hits. A rubric is assigned when its score
reaches its ``threshold`` (default ``DEFAULT_THRESHOLD``). A parent's score
includes its children's; an assigned subrubric implies its parent.

Before matching, the body text loses the boilerplate every act carries:
quoted titles of the acts it cites (``«Об общих принципах организации
местного самоуправления …»``) and the formulas on publication, control,
entry into force and "руководствуясь Уставом …" (``BOILERPLATE``; the
scheme may add more patterns under ``ignore``). The title is left whole: an
amending act's title quoting the amended act's title is real evidence. Only
the scheme's ``title_ignore`` patterns leave it: names of organisations
(``в комитете по строительству и архитектуре``) say who acts, not what the
act is about.

An amending act whose title names the amended act by number alone ("О внесении
изменений в постановление … от 15.03.2017 № 477") says what it amends in its
first operative clause ("Внести в ведомственную целевую программу «Физическая
культура и спорт …» изменения"): that clause counts as part of the title.

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
"""
from __future__ import annotations

import math
import re
from itertools import compress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

import regex
import yaml

from ingest.records import Rubric

# --- scoring ---------------------------------------------------------------
TITLE_POINTS = 3.0      # a rule matching in the title, per unit weight
HEAD_POINTS = 2.0       # ... in the first lines of text when there is no title
TEXT_POINTS = 0.75      # a distinct term found in the body
REPEAT_POINTS = 0.25    # each further occurrence in the body ...
REPEAT_CAP = 8          # ... counted up to this many
TEXT_CAP = 3.0          # body points one leaf rule may give, per unit weight
LONG_TEXT = 1500        # body tokens beyond which body points are damped
DEFAULT_THRESHOLD = 3.0
UNCERTAIN = "rubric_uncertain"  # the record's warning: filed by the best guess, or not at all
BODY_SHARE = 0.8        # a top-level rubric from body text alone needs this share of the best
HEAD_TOKENS = 60        # "title" of an act whose title is unknown
REGEX_INPUT = 20_000    # characters of body text a regex sees
REGEX_SECONDS = 0.2     # and how long one search may run before it counts as no match

# The fixed top level (../shared/spec/rubrics.md).
TOP_LEVEL = (
    "lsg", "social", "elections", "budget", "economy", "business", "housing",
    "land", "environment", "transport", "education", "culture", "health",
    "safety", "labor", "statistics", "personnel", "law",
)

RUBRIC_KEYS = {"code", "label_ru", "label_en", "threshold", "rules", "note"}
MATCHERS = ("terms", "phrases", "regex", "any", "all", "not")
RULE_KEYS = set(MATCHERS) | {"where", "weight", "note"}
WHERE = ("title", "text", "both")
SCHEME_KEYS = {"rubrics", "ignore", "title_ignore", "mask", "version"}
CODE_RE = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$")

# Quoted titles of other acts: «О …», "Об …" (innermost first, repeated so a
# title quoting a title goes too), and any quotation right after a number.
_Q = r"(?:«[^«»]{1,600}»|\"[^\"\n]{1,600}\"|“[^“”]{1,600}”|„[^„“”]{1,600}[“”])"
#
# Written out as N?(T) | (№|N) … Q would read,
#     (?:(?:№|N)\s*[\w./-]+\s*(?:\([^()]{0,80}\))?\s*)?(?:«…»|"…"|“…”|„…“)|(?:№|N)\s*[\w./-]+\s*<_Q>
# but spelt as alternatives that each begin with one literal character (same
# matches, tried in the same order): the regex engine then skips the positions
# where no match can begin instead of trying each of them (4x faster).
_CITED_T = (r"«\s*(?:О|Об|Обо)\s[^«»]{0,600}»|\"\s*(?:О|Об|Обо)\s[^\"\n]{0,600}\""
            r"|“\s*(?:О|Об|Обо)\s[^“”]{0,600}”|„\s*(?:О|Об|Обо)\s[^„“”]{0,600}[“”]")
_CITED_N = r"\s*[\w./-]+\s*(?:\([^()]{0,80}\))?\s*"
CITED_TITLE = re.compile(
    "№" + _CITED_N + "(?:" + _CITED_T + ")|N" + _CITED_N + "(?:" + _CITED_T + ")|" + _CITED_T
    + r"|№\s*[\w./-]+\s*" + _Q + r"|N\s*[\w./-]+\s*" + _Q)

# Formulas every act carries; each strips from the match to the end of its
# sentence or clause. Bounded repetitions only: no catastrophic backtracking.
BOILERPLATE = (
    r"\bопубликова\w*[^.;\n]{0,300}",
    r"\bобнародова\w*[^.;\n]{0,300}",
    r"\bразме(?:стить|щение|щению|щения|щается)[^.;\n]{0,120}?(?:официальн\w+\s+сайт|сети\s+.?интернет|информационно-телекоммуникационн)[^.;\n]{0,300}",
    r"\bконтроль\s+(?:за|над)\s+(?:исполнением|выполнением)[^.;\n]{0,300}",
    r"\bоставляю\s+за\s+собой[^.;\n]{0,100}",
    r"\bвступает\s+в\s+(?:законную\s+)?силу[^.;\n]{0,300}",
    r"\bруководствуясь[^.;:\n]{0,400}",
    r"\bв\s+соответствии\s+с\s+(?:федеральн\w+\s+закон\w*|закон\w*|устав\w*|ст\.|стать\w+)[^,;:.\n]{0,200}",
    r"\bустав(?:ом|а|у|е)\s+[^,;:.\n]{0,120}?(?:муниципальн\w+|городск\w+|сельск\w+|город\w*|район\w*|округ\w*|поселени\w+|области|края)\b[^,;:.\n]{0,60}",
    r"\bфедеральн\w+\s+закон\w*\s+от\s+\d\d?\.\d\d?\.\d{4}\s*(?:г\.?\s*)?(?:№|N)\s*131-фз[^,;:\n]{0,40}",
    r"\bоб\s+общих\s+принципах\s+организации\s+местного\s+самоуправления[^,;:\n]{0,60}",
    r"\bорган\w*\s+местного\s+самоуправления\b",
)

WORD_RE = re.compile(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*")


class SchemeError(Exception):
    """The scheme file cannot be used; ``problems`` lists every problem."""

    def __init__(self, path: str, problems: list["Problem"]):
        self.path = path
        self.problems = problems
        super().__init__(
            f"{path}: {len(problems)} problem(s)\n"
            + "\n".join(f"  line {p.line}: {p.message}" for p in problems))


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based; 0 when the problem concerns the whole file
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


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


@dataclass(frozen=True)
class Node:
    code: str
    label: str
    label_en: str
    children: tuple["Node", ...] = ()


# --- text normalization and lemmas ------------------------------------------

_LINE_END_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")
_LINE_END_HYPHEN_HINT = re.compile(r"-\s*\n")  # begins with a literal: a fast scan


def normalize(s: str) -> str:
    s = s.lower().replace("ё", "е")
    # hyphenation at line ends from PDFs: "погре-\nбения"
    if _LINE_END_HYPHEN_HINT.search(s):
        s = _LINE_END_HYPHEN.sub(r"\1\2", s)
    return s


def _morph():
    # one analyzer per process, shared with the requisites (ingest.heading)
    from ingest.heading import morph
    return morph()


_LEMMAS: dict[str, tuple[str, ...]] = {}


def lemmas(word: str) -> tuple[str, ...]:
    """Every lemma pymorphy3 gives for ``word`` (lower case, ё→е), and for each
    part of a hyphenated compound, cached."""
    got = _LEMMAS.get(word)
    if got is None:
        if len(word) < 2 or any(c.isdigit() for c in word):
            seen = [word]
        else:
            seen = []
            for p in _morph().parse(word):
                n = p.normal_form.replace("ё", "е")
                if n not in seen:
                    seen.append(n)
        # a compound stands for its parts too: "фестиваль-конкурс" is a festival,
        # "санитарно-противоэпидемический" is about epidemics, "370-летие" a jubilee
        if "-" in word:
            for part in word.split("-"):
                if len(part) >= 4 and not any(c.isdigit() for c in part):
                    for p in _morph().parse(part):
                        n = p.normal_form.replace("ё", "е")
                        if n not in seen:
                            seen.append(n)
        got = tuple(seen) or (word,)
        if len(_LEMMAS) > 500_000:
            _LEMMAS.clear()
        _LEMMAS[word] = got
    return got


def term_lemma(word: str) -> str:
    """The lemma a term word stands for: its first parse, as written."""
    word = word.lower().replace("ё", "е")
    if len(word) < 2 or any(c.isdigit() for c in word):
        return word
    forms = [p.normal_form.replace("ё", "е") for p in _morph().parse(word)]
    # a term written in its dictionary form means that word ("устав" the
    # charter, not the gerund of "устать"; "выборы", not "выбор")
    return word if word in forms else (forms[0] if forms else word)


# one alternation, one pass; the text is lower-cased by then
_BOILER_RE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE))
_QUOTES = re.compile(r"[«\"“„]")


def boilerplate_re(extra: Iterable[str] = ()) -> re.Pattern:
    """The formulas of ``BOILERPLATE`` plus a scheme's ``ignore`` patterns, as one regex."""
    return re.compile("|".join(f"(?:{p})" for p in (*BOILERPLATE, *extra)))


def strip_boilerplate(text: str, boiler: re.Pattern | None = None) -> str:
    """The body text, normalized, without cited acts' titles and the standard formulas."""
    if _QUOTES.search(text):
        for _ in range(3):  # innermost quotations first, then the ones around them
            new = CITED_TITLE.sub(" ", text)
            if new == text:
                break
            text = new
    return (boiler or _BOILER_RE).sub(" ", normalize(text))


# "О внесении изменений в постановление администрации … от 15.03.2017 № 477":
# the title names the amended act by its number only (no quoted title)
AMENDING_TITLE = re.compile(
    r"^\s*об?\s+(?:внесении\s+)?изменени\w*(?:\s+и\s+дополнени\w*)?\s+в\s+"
    r"(?:постановлени|решени|распоряжени|приказ|муниципальн\w+\s+правов)[^«\"“„]*$")
# its first operative clause: "1. Внести в <what is amended> (следующие) изменения"
AMENDED_SUBJECT = re.compile(r"\bвнести\s+(?:в\s+|изменени\w*\s+в\s+)([^;]{10,300}?)(?:\s(?:следующ\w+\s+)?изменени|[;:]|\.\s|$)")


def amended_subject(title: str, text: str) -> str:
    """The clause naming what an act amends when its title gives only a number ("" otherwise)."""
    if not AMENDING_TITLE.match(normalize(title)):
        return ""
    m = AMENDED_SUBJECT.search(normalize(text[:20_000]))
    return m.group(1) if m else ""


class Doc:
    """A record prepared for matching: tokens and lemmas of title and body."""

    __slots__ = ("zones", "raw", "ntext")

    def __init__(self, title: str | None, text: str, boiler: re.Pattern | None = None,
                 title_boiler: re.Pattern | None = None):
        text = text or ""
        self.zones: dict[str, list[str]] = {}
        self.raw: dict[str, str] = {}
        if title and title.strip():
            t = normalize(title)
            subject = amended_subject(title, text)
            if subject:
                t = f"{t} {subject}"
            if title_boiler is not None:
                t = title_boiler.sub(" ", t)
            self.raw["title"] = t
            self.zones["title"] = WORD_RE.findall(t)
        else:
            head = WORD_RE.findall(normalize(text[:2000]))[:HEAD_TOKENS]
            self.raw["head"] = " ".join(head)
            self.zones["head"] = head
        body = strip_boilerplate(text, boiler)
        self.raw["text"] = body
        self.zones["text"] = WORD_RE.findall(body)
        self.ntext = len(self.zones["text"])


# --- rules -----------------------------------------------------------------

@dataclass
class Leaf:
    kind: str                      # terms | phrases | regex
    items: list                    # terms: list[tuple[lemma...]]; phrases: list[str]; regex: [pattern]
    shown: list[str]               # as written in the scheme
    where: str = "both"
    weight: float = 1.0

    def shown_for(self, keys) -> tuple[str, ...]:
        if self.kind == "regex":
            return tuple(self.shown)
        return tuple(self.shown[i] for i in sorted(keys))


@dataclass
class Combo:
    kind: str                      # any | all | not
    parts: list
    where: str = "both"
    weight: float = 1.0


MASK = Leaf("terms", [], [], "both", 0.0)   # "mask" terms: they hide the words they cover


def _leaf_reduce_ex(self, protocol):
    # MASK is compared by identity: a pickled scheme must find the same object
    if self is MASK:
        return "MASK"
    return object.__reduce_ex__(self, protocol)


Leaf.__reduce_ex__ = _leaf_reduce_ex


class _Match:
    """Hits of one leaf in one zone: term index -> (count, forms)."""

    __slots__ = ("count", "forms", "distinct", "timed_out")

    def __init__(self):
        self.count = 0
        self.forms: list[str] = []
        self.distinct: set = set()
        self.timed_out = False


def _zone_points(zone: str, m: _Match, weight: float, ntext: int, damp: bool = True) -> float:
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


@dataclass
class RubricDef:
    code: str
    label_ru: str
    label_en: str
    rules: list
    threshold: float = DEFAULT_THRESHOLD
    line: int = 0

    @property
    def parent(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None


class Scheme:
    def __init__(self, rubrics: list[RubricDef], ignore: list[re.Pattern] | None = None,
                 path: str | None = None, mask: list[tuple[str, ...]] = (),
                 title_ignore: list = ()):
        self.rubrics = rubrics
        self.by_code = {r.code: r for r in rubrics}
        self.ignore = ignore or []
        self._boiler = boilerplate_re(rx.pattern for rx in self.ignore)
        self.title_ignore = list(title_ignore)
        self._title_boiler = (re.compile("|".join(f"(?:{rx.pattern})" for rx in self.title_ignore))
                              if self.title_ignore else None)
        self.path = path
        self.children: dict[str, list[str]] = {}
        for r in rubrics:
            if r.parent:
                self.children.setdefault(r.parent, []).append(r.code)
        # term index: first lemma -> [(leaf, term index, lemma sequence)]
        self._first: dict[str, list] = {}
        self._prefix: list[tuple[str, Leaf, int, tuple]] = []
        self._cand_cache: dict[str, tuple] = {}
        self._zone_cache: dict[str, dict[str, tuple]] = {}
        self.mask = list(mask)
        leaves = [(leaf, list(enumerate(leaf.items))) for r in rubrics
                  for leaf in self._leaves(r.rules) if leaf.kind == "terms"]
        leaves.append((MASK, [(-1, seq) for seq in self.mask]))
        for leaf, items in leaves:
            for i, seq in items:
                first = seq[0]
                if first.endswith("*"):
                    self._prefix.append((first[:-1], leaf, i, seq))
                else:
                    self._first.setdefault(first, []).append((leaf, i, seq))

    def _leaves(self, rules):
        for r in rules:
            if isinstance(r, Leaf):
                yield r
            else:
                yield from self._leaves(r.parts)

    def label(self, code: str) -> str:
        r = self.by_code.get(code)
        return r.label_ru if r else code

    # -- matching -------------------------------------------------------
    def _candidates(self, tok: str) -> tuple[tuple[str, ...], tuple]:
        """(lemmas, terms that may start at this token, longest first), cached."""
        got = self._cand_cache.get(tok)
        if got is None:
            lems = lemmas(tok)
            cands: list = []
            for l in lems:
                cands.extend(self._first.get(l, ()))
            for pre, leaf, i, seq in self._prefix:
                if tok.startswith(pre) or any(l.startswith(pre) for l in lems):
                    cands.append((leaf, i, seq))
            cands.sort(key=lambda c: -len(c[2]))
            got = (lems, tuple(cands))
            if len(self._cand_cache) > 500_000:
                self._cand_cache.clear()
            self._cand_cache[tok] = got
        return got

    def _zone_candidates(self, zone: str, toks: list[str]) -> dict[str, tuple]:
        """token -> the terms that may start at it and look in ``zone``
        (``_candidates`` order), each as (leaf, index, length, id(leaf),
        ((word, prefix or None), …) for the words after the first); cached."""
        zc = self._zone_cache.get(zone)
        if zc is None or len(zc) > 500_000:
            zc = self._zone_cache[zone] = {}
        for tok in set(toks).difference(zc):
            prepared = []
            for leaf, i, seq in self._candidates(tok)[1]:
                if leaf.where != "both" and not _looks(leaf.where, zone):
                    continue
                rest = tuple((w, w[:-1] if w.endswith("*") else None) for w in seq[1:])
                prepared.append((leaf, i, len(seq), id(leaf), rest))
            zc[tok] = tuple(prepared)
        return zc

    def _term_hits(self, doc: Doc) -> dict[int, dict[str, _Match]]:
        """id(leaf) -> zone -> _Match for every terms leaf that matched."""
        out: dict[int, dict[str, _Match]] = {}
        for zone, toks in doc.zones.items():
            zc = self._zone_candidates(zone, toks)
            cands_at = list(map(zc.__getitem__, toks))
            n = len(toks)
            busy: dict[int, int] = {}   # id(leaf) -> end of its last match here
            busy_get = busy.get
            lemma_get = _LEMMAS.get
            cover_end, cover_len = 0, 0  # the longest match covering this position
            # only the positions where some term may start (most have none)
            for pos in compress(range(n), cands_at):
                for leaf, i, k, lid, rest in cands_at[pos]:
                    end = pos + k
                    if end > n or busy_get(lid, 0) > pos:
                        continue
                    # (a term that does not look in this zone neither counts
                    # here nor hides the shorter terms inside it: not a candidate)
                    # inside a longer match ("безопасность людей на водных
                    # объектах" holds "водных объектах"): the longer one wins
                    if end <= cover_end and k < cover_len:
                        continue
                    if rest:
                        ok = True
                        for j, (w, pre) in enumerate(rest, pos + 1):
                            ls = lemma_get(toks[j]) or lemmas(toks[j])
                            if pre is not None:
                                if not any(x.startswith(pre) for x in ls) and not toks[j].startswith(pre):
                                    ok = False
                                    break
                            elif w not in ls:
                                ok = False
                                break
                        if not ok:
                            continue
                    busy[lid] = end   # one leaf counts a word once
                    if end > cover_end or k >= cover_len:
                        cover_end, cover_len = max(cover_end, end), k
                    if leaf is MASK:
                        continue
                    m = out.setdefault(lid, {}).setdefault(zone, _Match())
                    m.count += 1
                    m.distinct.add(i)
                    form = " ".join(toks[pos:end])
                    if form not in m.forms:
                        m.forms.append(form)
        return out

    def _leaf_matches(self, leaf: Leaf, doc: Doc, term_hits) -> dict[str, _Match]:
        zones = [z for z in doc.zones if _looks(leaf.where, z)]
        if leaf.kind == "terms":
            got = term_hits.get(id(leaf), {})
            return {z: m for z, m in got.items() if z in zones}
        out = {}
        for z in zones:
            s = doc.raw[z]
            m = _Match()
            if leaf.kind == "phrases":   # one regex, a group per phrase
                for mt in leaf.items[0].finditer(s):
                    i = mt.lastindex - 1
                    m.count += 1
                    if i not in m.distinct:
                        m.distinct.add(i)
                        m.forms.append(mt.group(0))
            else:  # regex: the librarian's pattern, so it runs under a time limit
                try:
                    for mt in leaf.items[0].finditer(s[:REGEX_INPUT], timeout=REGEX_SECONDS):
                        m.count += 1
                        m.distinct.add(mt.group(0))
                        if len(m.forms) < 5 and mt.group(0) not in m.forms:
                            m.forms.append(mt.group(0))
                except TimeoutError:
                    m.timed_out = True
            if m.count:
                out[z] = m
        return out

    def _eval(self, rule, doc: Doc, term_hits, rubric: str) -> tuple[bool, float, list[Reason]]:
        if isinstance(rule, Leaf):
            if rule.kind == "terms" and id(rule) not in term_hits:
                return False, 0.0, []
            got = self._leaf_matches(rule, doc, term_hits)
            if not got:
                return False, 0.0, []
            reasons, total = [], 0.0
            for z, m in got.items():
                pts = _zone_points(z, m, rule.weight, doc.ntext, rule.kind == "terms")
                total += pts
                reasons.append(Reason(rubric, rule.kind, rule.shown_for(m.distinct), z,
                                      tuple(m.forms[:8]), m.count, pts))
            return True, total, reasons
        if rule.kind == "not":
            ok, _, _ = self._eval(rule.parts[0], doc, term_hits, rubric)
            return (not ok), 0.0, []
        results = [self._eval(p, doc, term_hits, rubric) for p in rule.parts]
        if rule.kind == "all":
            if not all(ok for ok, _, _ in results):
                return False, 0.0, []
        elif not any(ok for ok, _, _ in results):
            return False, 0.0, []
        total = sum(s for _, s, _ in results) * rule.weight
        reasons = [r for _, _, rs in results for r in rs]
        return True, total, reasons

    def score(self, code: str, doc: Doc, term_hits) -> tuple[float, list[Reason]]:
        r = self.by_code[code]
        total, reasons = 0.0, []
        for rule in r.rules:
            if isinstance(rule, Combo) and rule.kind == "not":
                ok, _, _ = self._eval(rule, doc, term_hits, code)
                if not ok:          # the excluded words are there: veto
                    return 0.0, []
                continue
            ok, s, rs = self._eval(rule, doc, term_hits, code)
            if ok:
                total += s
                reasons.extend(rs)
        return total, reasons

    def vetoed(self, code: str, doc: Doc, term_hits) -> bool:
        """Whether one of the rubric's top-level ``not`` rules fired."""
        for rule in self.by_code[code].rules:
            if isinstance(rule, Combo) and rule.kind == "not":
                if not self._eval(rule, doc, term_hits, code)[0]:
                    return True
        return False

    def assign(self, title: str | None, text: str) -> list[Assignment]:
        """Rubrics for one record, in scheme order, each with its reasons."""
        doc = Doc(title, text, self._boiler, self._title_boiler)
        hits = self._term_hits(doc)
        own: dict[str, tuple[float, list[Reason]]] = {}
        for r in self.rubrics:
            own[r.code] = self.score(r.code, doc, hits)

        memo: dict[str, tuple[float, list[Reason]]] = {}

        def total(code: str) -> tuple[float, list[Reason]]:
            """Own score plus the subrubrics' (a parent counts its children's evidence)."""
            got = memo.get(code)
            if got is None:
                s, rs = own[code]
                kids = self.children.get(code, ())
                if kids:
                    rs = list(rs)
                    for ch in kids:
                        cs, crs = total(ch)
                        s += cs
                        rs.extend(crs)
                got = memo[code] = (s, rs)
            return got

        # a vetoed rubric (its top-level "not" fired) takes its subrubrics with it
        for r in self.rubrics:
            if r.parent is None and self.vetoed(r.code, doc, hits):
                for c in self.descendants(r.code):
                    own[c] = (0.0, [])
        scored = {r.code: total(r.code) for r in self.rubrics}
        # a top-level rubric found in the body alone must be a main topic of
        # the act, not a side remark: it needs BODY_SHARE of the best score
        best = max((scored[c][0] for c in scored if "." not in c), default=0.0)
        chosen: dict[str, Assignment] = {}
        for r in self.rubrics:
            s, rs = scored[r.code]
            if s <= 0 or s < r.threshold:
                continue
            if (r.parent is None and s < BODY_SHARE * best and all(x.where == "text" for x in rs)
                    and not any(x.rule != "terms" for x in rs)):
                continue
            chosen[r.code] = Assignment(r.code, r.label_ru, round(s, 3), tuple(rs))
        for code in list(chosen):   # a subrubric of a dropped parent goes too
            top = code.split(".")[0]
            if top != code and top not in chosen and scored[top][0] >= self.by_code[top].threshold:
                del chosen[code]
        for code in list(chosen):
            p = self.by_code[code].parent
            while p:
                if p not in chosen and p in self.by_code:
                    s, rs = total(p)
                    chosen[p] = Assignment(p, self.label(p), round(s, 3), tuple(rs), implied=True)
                elif p in chosen and own[p][0] < self.by_code[p].threshold:
                    chosen[p] = replace(chosen[p], implied=True)
                p = self.by_code[p].parent if p in self.by_code else None
        if not any("." not in c for c in chosen):
            guess = self._best_guess(scored)
            if guess is not None:
                return [guess]
        return [chosen[r.code] for r in self.rubrics if r.code in chosen]

    def _best_guess(self, scored: dict[str, tuple[float, list[Reason]]]) -> Assignment | None:
        """The top-level rubric with the best score (the scheme's order breaks a
        tie), marked uncertain; None when no word of the scheme occurs."""
        best = None
        for r in self.rubrics:
            if r.parent is None and scored[r.code][0] > 0 and (
                    best is None or scored[r.code][0] > scored[best.code][0]):
                best = r
        if best is None:
            return None
        s, rs = scored[best.code]
        return Assignment(best.code, best.label_ru, round(s, 3), tuple(rs), uncertain=True)

    def rubrics_for(self, title: str | None, text: str) -> list[Rubric]:
        return [a.rubric() for a in self.assign(title, text)]

    def explain(self, title: str | None, text: str) -> list[Assignment]:
        """Every rubric with any evidence, assigned or not (for ``explain``)."""
        doc = Doc(title, text, self._boiler, self._title_boiler)
        hits = self._term_hits(doc)
        out = []
        for r in self.rubrics:
            s, rs = self.score(r.code, doc, hits)
            if rs:
                out.append(Assignment(r.code, r.label_ru, round(s, 3), tuple(rs)))
        return out

    def candidates(self, title: str | None, text: str, n: int = 3) -> list[tuple[str, float]]:
        """The ``n`` top-level rubrics with the most evidence, best first, with their
        scores (a parent's includes its subrubrics'): what a librarian chooses from
        when the scheme could only guess."""
        total: dict[str, float] = {}
        for a in self.explain(title, text):
            top = a.code.split(".")[0]
            total[top] = total.get(top, 0.0) + a.score
        order = {r.code: i for i, r in enumerate(self.rubrics)}
        best = sorted((c for c, v in total.items() if v > 0), key=lambda c: (-total[c], order.get(c, 0)))
        return [(c, round(total[c], 3)) for c in best[:n]]

    def tree(self) -> list[Node]:
        def node(code: str) -> Node:
            r = self.by_code[code]
            return Node(code, r.label_ru, r.label_en,
                        tuple(node(c) for c in self.children.get(code, ())))
        return [node(r.code) for r in self.rubrics if r.parent is None]

    def descendants(self, code: str) -> list[str]:
        out = []
        for c in self.children.get(code, ()):
            out.append(c)
            out.extend(self.descendants(c))
        return out


def _looks(where: str, zone: str) -> bool:
    if where == "both":
        return True
    if where == "title":
        return zone in ("title", "head")
    return zone == "text"


# --- manual decisions ---------------------------------------------------------

def needs_review(auto: list[Assignment], manual_add: Iterable[str] = (),
                 rubrics: Iterable = ()) -> bool:
    """Whether a record is to carry ``UNCERTAIN``: no librarian has filed it and
    automation only guessed (or found nothing), or it is left with no rubric."""
    if any(True for _ in manual_add):
        return False
    return not auto or all(a.uncertain for a in auto) or not list(rubrics)


def with_review_warning(warnings: Iterable[str], uncertain: bool) -> tuple[str, ...]:
    """The record's warnings with ``UNCERTAIN`` present exactly when ``uncertain``."""
    out = [w for w in warnings if w != UNCERTAIN]
    return tuple(out + [UNCERTAIN]) if uncertain else tuple(out)


def merge_manual(auto: list[Assignment], manual_add: set[str], manual_remove: set[str],
                 scheme: Scheme | None = None) -> list[Rubric]:
    """The record's rubrics: automation, overridden by the librarian.

    A manual removal suppresses the automatic code and its subrubrics; a
    manual addition is ``source: "manual"`` and implies its parents (manual
    too unless automation already gave them). The librarian wins: a code
    both added and removed stays (added).
    """
    def under(code: str, top: str) -> bool:
        return code == top or code.startswith(top + ".")

    labels = {a.code: a.label for a in auto}

    def label(code: str) -> str:
        if scheme is not None and code in scheme.by_code:
            return scheme.label(code)
        return labels.get(code, code)

    result: dict[str, Rubric] = {}
    for a in auto:
        if any(under(a.code, rm) for rm in manual_remove):
            continue
        result[a.code] = Rubric(a.code, a.label, "auto")
    for code in manual_add:
        result[code] = Rubric(code, label(code), "manual")
        p = code
        while "." in p:
            p = p.rsplit(".", 1)[0]
            if p not in result:
                result[p] = Rubric(p, label(p), "manual")

    if scheme is not None:
        order = {r.code: i for i, r in enumerate(scheme.rubrics)}
        return sorted(result.values(), key=lambda r: (order.get(r.code, len(order)), r.code))
    return sorted(result.values(), key=lambda r: r.code)


# --- loading and checking ------------------------------------------------------

def default_scheme_path() -> Path:
    return Path(__file__).resolve().parent.parent / "rubrics.yaml"


_NESTED_QUANT = re.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]")


class _Loader:
    """Turns composed YAML nodes into rubric definitions, collecting problems."""

    def __init__(self):
        self.problems: list[Problem] = []
        self._scalar = yaml.SafeLoader("")

    def err(self, node_or_line, msg: str):
        line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + 1
        self.problems.append(Problem(line, msg))

    def scalar(self, node):
        if isinstance(node, yaml.ScalarNode):
            return self._scalar.construct_object(node)
        return node

    def mapping(self, node, what: str) -> dict | None:
        """key -> (key node, value node); reports duplicate keys."""
        if not isinstance(node, yaml.MappingNode):
            self.err(node, f"{what} must be a mapping")
            return None
        out = {}
        for k, v in node.value:
            key = self.scalar(k)
            if not isinstance(key, str):
                self.err(k, f"{what}: key must be a string")
                continue
            if key in out:
                self.err(k, f"{what}: duplicate key '{key}'")
                continue
            out[key] = (k, v)
        return out

    def strings(self, node, what: str) -> list[tuple[str, int]]:
        if isinstance(node, yaml.ScalarNode):
            items = [node]
        elif isinstance(node, yaml.SequenceNode):
            items = node.value
        else:
            self.err(node, f"{what} must be a string or a list of strings")
            return []
        out = []
        for it in items:
            v = self.scalar(it) if isinstance(it, yaml.ScalarNode) else None
            if not isinstance(v, str) or not v.strip():
                self.err(it, f"{what}: empty or non-string entry")
                continue
            out.append((v.strip(), it.start_mark.line + 1))
        if not out and not any(p.line == node.start_mark.line + 1 for p in self.problems):
            self.err(node, f"empty rule: '{what}' lists nothing")
        return out

    def terms(self, node, what: str) -> tuple[list[tuple[str, ...]], list[str]]:
        """Term lemma sequences and the terms as written."""
        items, shown = [], []
        for s, line in self.strings(node, what):
            words = [w for w in re.split(r"\s+", s.lower().replace("ё", "е")) if w]
            bad = [w for w in words if not re.fullmatch(r"[а-яa-z0-9-]+\*?", w)]
            if bad:
                self.err(line, f"term {s!r}: only letters, digits, '-' and a final '*' (use phrases or regex): {bad[0]!r}")
                continue
            items.append(tuple(w if w.endswith("*") else term_lemma(w) for w in words))
            shown.append(s)
        return items, shown

    def rule_terms(self, node, what: str) -> list[tuple[str, ...]]:
        return self.terms(node, what)[0]

    def rule(self, node, inherit_where: str = "both"):
        m = self.mapping(node, "rule")
        if m is None:
            return None
        for key, (kn, _) in m.items():
            if key not in RULE_KEYS:
                self.err(kn, f"unknown key '{key}' in rule (expected one of: {', '.join(sorted(RULE_KEYS))})")
        matchers = [k for k in MATCHERS if k in m]
        if not matchers:
            self.err(node, "empty rule: give one of " + ", ".join(MATCHERS))
            return None
        if len(matchers) > 1:
            self.err(node, f"a rule has one matcher, found {', '.join(matchers)}: split it or use all/any")
            return None
        where = inherit_where
        if "where" in m:
            w = self.scalar(m["where"][1])
            if w not in WHERE:
                self.err(m["where"][1], f"where must be one of {', '.join(WHERE)}, not {w!r}")
            else:
                where = w
        weight = 1.0
        if "weight" in m:
            w = self.scalar(m["weight"][1])
            if isinstance(w, bool) or not isinstance(w, (int, float)) or w <= 0:
                self.err(m["weight"][1], f"weight must be a positive number, not {w!r}")
            else:
                weight = float(w)
        kind = matchers[0]
        kn, vn = m[kind]
        if kind == "terms":
            items, shown = self.terms(vn, "terms")
            return Leaf("terms", items, shown, where, weight) if items else None
        if kind == "phrases":
            shown = [s for s, _ in self.strings(vn, "phrases")]
            if not shown:
                return None
            alts = "|".join("(" + re.escape(normalize(p)).replace(r"\ ", r"\s+") + ")" for p in shown)
            return Leaf("phrases", [re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")], shown, where, weight)
        if kind == "regex":
            pats = self.strings(vn, "regex")
            if len(pats) != 1 or not isinstance(vn, yaml.ScalarNode):
                if pats:
                    self.err(vn, "regex takes one pattern (use any: for several)")
                return None
            pat, line = pats[0]
            rx = compile_regex(pat, line, self)
            return Leaf("regex", [rx], [pat], where, weight) if rx else None
        # any / all / not
        if kind == "not":
            sub = self.rule(vn, where)
            return Combo("not", [sub], where, weight) if sub else None
        if not isinstance(vn, yaml.SequenceNode) or not vn.value:
            self.err(vn, f"empty rule: '{kind}' needs a list of rules")
            return None
        parts = [self.rule(x, where) for x in vn.value]
        if any(p is None for p in parts):
            return None
        return Combo(kind, parts, where, weight)


def compile_regex(pat: str, line: int, loader: _Loader | None = None):
    """Compile a scheme regex, refusing patterns that can backtrack badly.

    Python's ``re`` cannot be interrupted, so scheme regexes run on the
    ``regex`` package (as paperless-ngx does) with a per-search ``timeout``
    (``REGEX_SECONDS``) over bounded input (``REGEX_INPUT`` characters); nested
    quantifiers such as ``(a+)+`` are refused at load, before they ever run.
    """
    def bad(msg):
        if loader:
            loader.err(line, msg)
        return None
    try:
        # the text is matched lower-cased with ё folded to е
        rx = regex.compile(pat.replace("ё", "е").replace("Ё", "Е"), regex.IGNORECASE | regex.V0)
    except regex.error as e:
        return bad(f"bad regex {pat!r}: {e}")
    if _NESTED_QUANT.search(pat):
        return bad(f"regex {pat!r} nests quantifiers (like (a+)+): it may run for ever; rewrite it")
    if rx.search(""):
        return bad(f"regex {pat!r} matches the empty string")
    return rx


def check_text(source: str, path: str = "<scheme>") -> tuple[Scheme | None, list[Problem]]:
    ld = _Loader()
    try:
        root = yaml.compose(source)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark else 0
        msg = getattr(e, "problem", None) or str(e)
        return None, [Problem(line, f"not valid YAML: {msg}")]
    if root is None:
        return None, [Problem(0, "the scheme is empty")]
    top = ld.mapping(root, "the scheme")
    if top is None:
        return None, ld.problems
    for key, (kn, _) in top.items():
        if key not in SCHEME_KEYS:
            ld.err(kn, f"unknown key '{key}' at top level (expected: {', '.join(sorted(SCHEME_KEYS))})")
    ignore = []
    if "ignore" in top:
        for pat, line in ld.strings(top["ignore"][1], "ignore"):
            rx = compile_regex(pat, line, ld)
            if rx:
                ignore.append(rx)
    title_ignore = []
    if "title_ignore" in top:
        for pat, line in ld.strings(top["title_ignore"][1], "title_ignore"):
            rx = compile_regex(pat, line, ld)
            if rx:
                try:
                    re.compile(rx.pattern)
                except re.error as e:
                    ld.err(line, f"bad regex {pat!r}: {e}")
                    continue
                title_ignore.append(rx)
    mask = []
    if "mask" in top:
        leaf = ld.rule_terms(top["mask"][1], "mask")
        mask = leaf
    if "rubrics" not in top:
        ld.err(root, "no 'rubrics' list")
        return None, ld.problems
    rnode = top["rubrics"][1]
    if not isinstance(rnode, yaml.SequenceNode):
        ld.err(rnode, "'rubrics' must be a list")
        return None, ld.problems
    defs: list[RubricDef] = []
    seen: dict[str, int] = {}
    for item in rnode.value:
        line = item.start_mark.line + 1
        m = ld.mapping(item, "rubric")
        if m is None:
            continue
        for key, (kn, _) in m.items():
            if key not in RUBRIC_KEYS:
                ld.err(kn, f"unknown key '{key}' in rubric (expected one of: {', '.join(sorted(RUBRIC_KEYS))})")
        code = ld.scalar(m["code"][1]) if "code" in m else None
        if not isinstance(code, str) or not code:
            ld.err(item, "rubric without a code")
            continue
        if not CODE_RE.match(code):
            ld.err(m["code"][1], f"bad code {code!r}: lower-case latin words joined by '.'")
            continue
        if code in seen:
            ld.err(m["code"][1], f"duplicate code '{code}' (first at line {seen[code]})")
            continue
        seen[code] = line
        labels = {}
        for key in ("label_ru", "label_en"):
            v = ld.scalar(m[key][1]) if key in m else None
            if not isinstance(v, str) or not v.strip():
                ld.err(m[key][1] if key in m else item, f"rubric '{code}': missing {key}")
            labels[key] = v.strip() if isinstance(v, str) else code
        threshold = DEFAULT_THRESHOLD
        if "threshold" in m:
            t = ld.scalar(m["threshold"][1])
            if isinstance(t, bool) or not isinstance(t, (int, float)) or t <= 0:
                ld.err(m["threshold"][1], f"rubric '{code}': threshold must be a positive number")
            else:
                threshold = float(t)
        rules = []
        if "rules" in m:
            rn = m["rules"][1]
            if not isinstance(rn, yaml.SequenceNode):
                ld.err(rn, f"rubric '{code}': rules must be a list")
            elif not rn.value:
                ld.err(rn, f"rubric '{code}': empty rules list (leave 'rules' out for a manual-only rubric)")
            else:
                for rule_node in rn.value:
                    r = ld.rule(rule_node)
                    if r is not None:
                        rules.append(r)
        defs.append(RubricDef(code, labels["label_ru"], labels["label_en"], rules, threshold, line))
    for d in defs:
        if d.parent and d.parent not in seen:
            ld.err(d.line, f"unknown parent '{d.parent}' of '{d.code}'")
        if d.parent is None and d.code not in TOP_LEVEL:
            ld.err(d.line, f"unknown top-level code '{d.code}': the top level is fixed by spec/rubrics.md")
    for code in TOP_LEVEL:
        if code not in seen:
            ld.err(0, f"missing top-level rubric '{code}' (spec/rubrics.md)")
    problems = sorted(ld.problems, key=lambda p: p.line)
    if problems:
        return None, problems
    return Scheme(defs, ignore, path, mask, title_ignore), []


def check_scheme(path: str | Path) -> list[Problem]:
    """Every problem of the scheme file, with its line (empty when fine)."""
    try:
        source = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return [Problem(0, f"cannot read {path}: {e}")]
    return check_text(source, str(path))[1]


def load_scheme(path: str | Path | None = None) -> Scheme:
    """Load and validate ``rubrics.yaml``; raises ``SchemeError`` listing all problems."""
    path = Path(path) if path else default_scheme_path()
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SchemeError(str(path), [Problem(0, f"cannot read: {e}")]) from e
    key = _cache_key(source)
    got = _cached_scheme(key, str(path))
    if got is not None:
        return got
    scheme, problems = check_text(source, str(path))
    if problems:
        raise SchemeError(str(path), problems)
    _keep_scheme(key, scheme)
    return scheme


# --- the compiled scheme, cached -------------------------------------------------
#
# Compiling rubrics.yaml lemmatises ~1,900 term words with pymorphy3 and
# parses 60 KB of YAML (~0.14 s, in every process of an import: the main one
# and each worker). A valid scheme is kept pickled, in memory and, for a
# scheme big enough to be worth it, on disk, under a key made of the YAML
# text, this module's code, the pymorphy3 dictionary and the Python version:
# any change to one of them compiles it again. Each caller gets its own copy.
# ``ACTDESK_CACHE`` names the folder (default: ~/.cache/actdesk); "off" turns
# the disk cache off. A cache that cannot be read or written is ignored.
_DISK_CACHE_MIN_BYTES = 16_000
_PICKLED: dict[str, bytes] = {}


def _cache_key(source: str) -> str:
    import hashlib
    import sys
    h = hashlib.sha256()
    h.update(source.encode("utf-8"))
    try:
        h.update(Path(__file__).read_bytes())
        import pymorphy3
        import pymorphy3_dicts_ru
        h.update(f"{pymorphy3.__version__}|{pymorphy3_dicts_ru.__version__}|{sys.version}".encode())
    except Exception:  # no way to tell what compiled it: no cache
        return ""
    return h.hexdigest()


def _cache_file(key: str) -> Path | None:
    import os
    where = os.environ.get("ACTDESK_CACHE")
    if where == "off":
        return None
    if where:
        base = Path(where)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "actdesk"
    return base / f"scheme-{key[:32]}.pickle"


def _cached_scheme(key: str, path: str) -> "Scheme | None":
    import pickle
    if not key:
        return None
    data = _PICKLED.get(key)
    if data is None:
        f = _cache_file(key)
        try:
            data = f.read_bytes() if f is not None else None
        except OSError:
            data = None
        if data is None:
            return None
    try:
        scheme = pickle.loads(data)
    except Exception:
        return None
    if not isinstance(scheme, Scheme):
        return None
    _PICKLED[key] = data
    scheme.path = path
    return scheme


def _keep_scheme(key: str, scheme: "Scheme") -> None:
    import os
    import pickle
    if not key:
        return
    try:
        data = pickle.dumps(scheme, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return
    _PICKLED[key] = data
    f = _cache_file(key)
    if f is None or len(data) < _DISK_CACHE_MIN_BYTES:
        return
    tmp = f.with_name(f"{f.name}.{os.getpid()}.tmp")
    try:
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, f)  # readers never see half a file
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
