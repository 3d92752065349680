"""One query layer for every front end (CLI, web, saved lists, SDI).

``Query`` is our own structure; saved queries store ``Query.to_dict()``,
never engine syntax. ``search(index_dir, q)`` turns it into an
engine-neutral plan (tuples, see search/index.py) and returns ``Results``.

Free text understands:

* words with morphology (``ярмарки`` finds ``ярмарок``), ё = е, any case;
* ``"phrases"`` (also «…»): adjacent words, matched via indexed word pairs;
* ``AND`` / ``OR`` / ``NOT`` and ``И`` / ``ИЛИ`` / ``НЕ`` (upper case), a
  leading ``-word``, parentheses; adjacent words are ANDed, OR binds tighter;
* requisites typed the way people type them: ``№ 145-п``, ``145``,
  ``12/3``, ``131-ФЗ``, ``от 12.03.2024``, ``12 марта 2024 г.``,
  ``2023 года``, kind words (``постановления``). Numbers and dates become
  heavily boosted exact clauses (the act itself first; ``145`` finds
  ``145-п`` through the number's base), years with ``год``/``г.`` and kind
  words (first word, or next to a requisite) become filters.

Snippets: ``Hit.snippet`` is plain, unescaped text; ``Hit.highlights`` lists
``(start, end)`` offsets of matched words in it (``title_highlights`` the
same for the title). Front ends escape the text and wrap the spans;
``Hit.marked("[[", "]]")`` does it for plain-text output.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field, fields, asdict
from datetime import date as _date, timedelta as _timedelta
from typing import Any

from ingest.numbers import number_base, number_key
from ingest.requisites import KIND_WORDS, kind_from_word
from ingest.ru_dates import DATE_RE, match_to_iso
from search import analysis
from search import index as ix
from search import thesaurus

__all__ = ["Query", "Hit", "Results", "search", "more_like_this", "parse_text",
           "QUERY_VERSION"]

QUERY_VERSION = 1
MAX_PER_PAGE = 200

KINDS = KIND_WORDS + ("публикация",)
_LIBRARIAN_KINDS = ("публикация",)

# weights: title and requisites weigh more than body text
W_TITLE, W_META, W_TEXT = 3.0, 1.5, 1.0
# A requisite typed by the reader names the act: a match in the requisite
# fields must outweigh any number of word matches (a title that merely cites
# "№ 9" must not come before act № 9), hence weights an order above words.
W_NUMBER, W_NUMBER_BASE, W_DATE, W_NUMBER_TEXT, W_YEAR = 120.0, 60.0, 80.0, 0.5, 2.0
W_PHRASE = 2.0
W_ALT = 0.6   # a reader's word matched through the thesaurus (search/thesaurus.py)
W_KIN = 0.5   # a word of the same root in the index (тренировка -> тренировочный)
KIN_MIN_LEMMA, KIN_MAX = 8, 4
KIN_MIN_ROOT = 5      # "пожар", "выбор": shorter roots (сад, школ) join unrelated words
# prefixes that make an adjective of the reader's noun: пожар -> противопожарный,
# коррупция -> антикоррупционный
KIN_PREFIXES = ("противо", "анти")
# a topic question's kind word, year and bare number (see parse_text)
W_KIND, W_KIND_TITLE, W_KIND_SHARE = 2.0, 1.0, 0.5
W_YEAR_TITLE, W_YEAR_TEXT = 1.0, 0.3
W_LOOSE_NUMBER = 3.0
RANK_ONLY = 1e-6
# a plain question matched by all its words but one (search: relaxed "most")
# comes after the acts matching every word
MIN_MOST_WORDS, W_ALL_WORDS = 3, 10.0      # a copy of the question inside a ranking clause: adds (almost) nothing


# --- the query structure ---------------------------------------------------------

@dataclass
class Query:
    """What a reader asked: free text plus filters. JSON-safe via to_dict."""

    text: str = ""
    kind: list[str] = field(default_factory=list)
    body: str | None = None
    number: str | None = None
    date_from: str | None = None        # adoption date, ISO, inclusive
    date_to: str | None = None
    received_from: str | None = None    # received_at, ISO date, inclusive
    received_to: str | None = None
    rubric: list[str] = field(default_factory=list)   # includes subrubrics
    level: str | None = None
    publication: str | None = None
    in_force: bool = False              # leave out acts known to be repealed
    sort: str = "relevance"             # relevance | date
    page: int = 1
    per_page: int = 10
    facets: bool = True

    def __post_init__(self):
        if isinstance(self.kind, str):
            self.kind = [self.kind]
        if isinstance(self.rubric, str):
            self.rubric = [self.rubric]
        self.kind = list(self.kind or [])
        self.rubric = list(self.rubric or [])
        if self.sort not in ("relevance", "date"):
            raise ValueError(f"sort must be 'relevance' or 'date', not {self.sort!r}")
        self.page = max(1, int(self.page))
        self.per_page = max(1, min(MAX_PER_PAGE, int(self.per_page)))
        for name in ("date_from", "date_to", "received_from", "received_to"):
            v = getattr(self, name)
            if v:
                _date.fromisoformat(v[:10])  # ValueError on nonsense

    def to_dict(self) -> dict:
        """Plain dict (only non-default fields, plus ``v``): what saved
        queries, SDI profiles and web links store."""
        out: dict[str, Any] = {"v": QUERY_VERSION}
        default = Query()
        for f in fields(self):
            val = getattr(self, f.name)
            if val != getattr(default, f.name):
                out[f.name] = list(val) if isinstance(val, list) else val
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Query":
        d = dict(d)
        v = d.pop("v", QUERY_VERSION)
        if v != QUERY_VERSION:
            raise ValueError(f"unsupported saved query version {v}")
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown query fields: {', '.join(sorted(unknown))}")
        return cls(**d)


@dataclass
class Hit:
    id: str
    kind: str | None
    number: str | None
    date: str | None
    title: str | None
    body: str | None
    rubrics: list[dict]
    source: dict
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    title_highlights: list[tuple[int, int]] = field(default_factory=list)
    level: str | None = None
    received_at: str | None = None

    def marked(self, open: str = "[[", close: str = "]]", what: str = "snippet") -> str:
        """The snippet (or title) with highlights wrapped in markers."""
        text = (self.snippet if what == "snippet" else self.title) or ""
        spans = self.highlights if what == "snippet" else self.title_highlights
        out, last = [], 0
        for s, e in spans:
            out.append(text[last:s])
            out.append(open + text[s:e] + close)
            last = e
        out.append(text[last:])
        return "".join(out)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["highlights"] = [list(x) for x in self.highlights]
        d["title_highlights"] = [list(x) for x in self.title_highlights]
        return d


@dataclass
class Results:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    # how we widened: None | "fuzzy" | "any" (any word) | "most" (acts matching
    # all words but one follow those matching all) | "kind" (no act of the kind typed)
    relaxed: str | None = None
    understood: dict = field(default_factory=dict)  # requisites recognised
    query: dict = field(default_factory=dict)
    page: int = 1
    per_page: int = 10
    took_ms: float = 0.0

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "relaxed": self.relaxed,
            "understood": self.understood,
            "query": self.query,
            "page": self.page,
            "per_page": self.per_page,
            "took_ms": round(self.took_ms, 1),
        }


# --- free text: lexing and requisite recognition ----------------------------------

# Dates are read by the same rules as in the acts themselves (ingest.ru_dates:
# ``12.03.2024``, ``12.03.24``, ``12/03/2024``, ``2024-03-12``, ``«12» марта
# 2024 г.``, ``12 марта 2024г``), so a reader can type a date as printed.
_LEX = re.compile(
    r"(?P<date>" + DATE_RE.pattern + r")"  # before phrases: «12» марта 2024 г.
    r'|(?P<phrase>"[^"]*"?|«[^»]*»?)'
    r"|(?P<lp>\()|(?P<rp>\))"
    r"|(?P<signed>(?:№|\bN\b|\bNo\b\.?)\s*(?P<signum>[0-9A-Za-zА-Яа-яЁё][\w\-‐–/.]*))"
    r"|(?P<neg>(?<![\w])-(?=[^\W\d_]))"
    r"|(?P<word>[^\W_]+(?:[-‐–/.][^\W_]+)*)",
    re.I)

_OPS = {"AND": "AND", "И": "AND", "OR": "OR", "ИЛИ": "OR", "NOT": "NOT", "НЕ": "NOT"}
_YEAR_WORDS = {"год", "года", "году", "годом", "г", "гг"}


def _lex(text: str) -> list[tuple[str, str]]:
    toks: list[tuple[str, str]] = []
    for m in _LEX.finditer(text):
        k = m.lastgroup
        v = m.group()
        if k == "phrase":
            toks.append(("phrase", v.strip('"«»')))
        elif k in ("lp", "rp"):
            toks.append((k, v))
        elif k == "date":
            iso = match_to_iso(m)
            toks.append(("date", iso) if iso else ("word", v))
        elif k == "signed":
            num = m.group("signum").rstrip(".")
            toks.append(("num", num))
        elif k == "neg":
            toks.append(("op", "NOT"))
        else:
            if v in _OPS:
                toks.append(("op", _OPS[v]))
            elif re.fullmatch(r"\d+", v):
                toks.append(("int", v))
            elif re.fullmatch(r"\d[\w\-‐–/.]*", v) and re.search(r"[^\W\d_]|/|\.", v):
                toks.append(("num", v))  # 145-п, 12/3, 131-ФЗ, 01.04/81, 17-л/с
            elif re.fullmatch(r"\d+(?:[-‐–]\d+)+", v) and not all(
                    _is_year(x) for x in re.split(r"[-‐–]", v)):
                toks.append(("num", v))  # 01-02-252, 8-3542; not a span of years 2011-2012
            else:
                toks.append(("word", v))
    return toks


def _kind_of(word: str) -> str | None:
    """The act kind a word names (any case form), as the requisite extractor
    reads it; ``публикация`` is a kind only the librarian gives."""
    kind = kind_from_word(word)
    if kind is None and analysis.lemma(analysis.fold(word)) in _LIBRARIAN_KINDS:
        kind = analysis.lemma(analysis.fold(word))
    return kind if kind in KINDS else None


@dataclass
class Parsed:
    """What the free text was understood as (engine-neutral)."""

    tokens: list[tuple[str, str]]            # remaining boolean text tokens
    numbers: list[str] = field(default_factory=list)       # exact numbers
    numbers_or_years: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    # a topic question (words, no number or date naming an act): its kind
    # word and its bare numbers rank, its years narrow the topic
    topic: bool = False
    kind_words: list[str] = field(default_factory=list)   # lemmas of the typed kind words
    loose_numbers: list[str] = field(default_factory=list)

    def understood(self) -> dict:
        out = {}
        for k in ("numbers", "numbers_or_years", "dates", "years", "kinds", "loose_numbers"):
            v = getattr(self, k)
            if v:
                out[k] = list(v)
        if self.topic and self.kinds:
            out["kinds_rank"] = True   # the kind orders the hits, it does not filter them
        return out


def _is_year(v: str) -> bool:
    return len(v) == 4 and 1900 <= int(v) <= 2100


def _topic_words(toks, skip_words: set[int]) -> bool:
    """Words are left that say what the act is about (not only requisites)."""
    return any(k in ("word", "phrase") and i not in skip_words
               and analysis.fold(v) not in {"от", "n", "no"} | _YEAR_WORDS
               and any(p for *_, p in analysis.analyze(v))
               for i, (k, v) in enumerate(toks))


def parse_text(text: str) -> Parsed:
    """Split free text into recognised requisites and boolean word tokens.

    A question names an act when it has a number or a date (``№ 145-п``,
    ``от 12.03.2024``), or a kind word with a bare number (``указ 431``):
    the act comes first and the kind filters. Otherwise words with at most
    a year or a small bare number are a topic question (``ярмарки 2013``,
    ``положение о кладбищах``, ``кладбище 1``): the topic must match, a year
    narrows it to that year, and a kind word or a bare number only rank —
    they would otherwise empty the list or flood it with every act of the
    year or every act numbered 1."""
    toks = _lex(text or "")
    out = Parsed(tokens=[])
    has_req = any(k in ("num", "int", "date") for k, _ in toks)
    first_word = next((i for i, (k, _) in enumerate(toks) if k == "word"), None)
    kind_at = None
    if first_word is not None and _kind_of(toks[first_word][1]):
        kind_at = first_word
    elif has_req:
        kind_at = next((i for i, (k, v) in enumerate(toks) if k == "word" and _kind_of(v)), None)
    strong = any(k in ("num", "date") for k, _ in toks)
    ints = [v for k, v in toks if k == "int"]
    names_act = strong or (kind_at is not None and any(not _is_year(v) for v in ints))
    skip_kind = {kind_at} if kind_at is not None else set()
    out.topic = not names_act and _topic_words(toks, skip_kind)
    skip = set()
    for i, (k, v) in enumerate(toks):
        if i in skip:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        year_word = bool(nxt and nxt[0] == "word" and analysis.fold(nxt[1]) in _YEAR_WORDS)
        if k == "date":
            out.dates.append(v)
            if year_word:
                skip.add(i + 1)
        elif k == "num":
            out.numbers.append(v)
        elif k == "int":
            if _is_year(v) and (year_word or out.topic):
                out.years.append(v)
                if year_word:
                    skip.add(i + 1)
            elif out.topic:
                out.loose_numbers.append(v)
            elif _is_year(v):
                out.numbers_or_years.append(v)
            else:
                out.numbers.append(v)
        elif k == "word":
            if i == kind_at:
                out.kinds.append(_kind_of(v))
                out.kind_words.append(analysis.lemma(analysis.fold(v)))
            elif analysis.fold(v) in ("от", "n", "no"):
                continue
            else:
                out.tokens.append((k, v))
        else:
            out.tokens.append((k, v))
    return out


# --- boolean parsing of the remaining tokens -> plan nodes --------------------------

def _lemma_node(t: str, w: float = 1.0):
    """One lemma: dismax over title (boosted), meta (body, publication), text."""
    return ("dismax", [("term", "title", t, W_TITLE * w), ("term", "meta", t, W_META * w),
                       ("term", "text", t, W_TEXT * w)], 0.1)


def _analyze_with_words(text: str):
    """``analysis.analyze`` with the folded surface word of each term."""
    folded = analysis.fold(text)
    for pos, s, e, t, primary in analysis.analyze(text):
        yield pos, s, e, folded[s:e], t, primary


def _alt_node(alt: tuple[str, ...]):
    if len(alt) == 1:
        return _lemma_node(alt[0], W_ALT)
    pairs = [("term", "pairs", f"{a}_{b}", W_PHRASE * W_ALT) for a, b in zip(alt, alt[1:])]
    return pairs[0] if len(pairs) == 1 else ("and", pairs)


_ENDING = re.compile(r"(?:ия|ие|ья|ье|ий|ый|ой|ая|ое|ые|а|я|о|е|ь|й|ы|и)$")
_FLEETING = re.compile(r"([бвгджзклмнпрстфхцчшщ])[ое]([кц])$")


def _roots(lemma: str) -> list[str]:
    """Stems a word shares with its derivatives: without its ending
    (коррупция -> коррупц), without the fleeting vowel (паводок -> паводк),
    and without a final к/ц that alternates with ч (праздник -> праздни,
    праздничный); the longer first. Shorter than KIN_MIN_ROOT: none."""
    r = _FLEETING.sub(r"\1\2", _ENDING.sub("", lemma))
    out = [r] if len(r) >= KIN_MIN_ROOT else []
    if r[-1:] in ("к", "ц") and len(r) - 1 >= KIN_MIN_ROOT:
        out.append(r[:-1])
    return out


def _kin_finder(eng):
    """Words of the same root that the index holds: ``тренировка`` ->
    ``тренировочный``, ``кладбище`` -> ``кладбищенский``, ``пожар`` ->
    ``пожарный`` and ``противопожарный``, ``коррупция`` ->
    ``антикоррупционный``. Lemmas join inflected forms only; a reader's noun
    often stands in the act as an adjective, with or without a prefix.
    The roots: the lemma without its last 1-3 letters (at least 7 of them)
    for long words, and its stem without the ending (``_roots``) for any
    word whose stem has KIN_MIN_ROOT letters; the most frequent few
    candidates of each, never compounds."""
    cache: dict[str, tuple[str, ...]] = {}

    def near(prefix: str, lemma: str, longest: int) -> list[str]:
        cands = [(t, df) for t, df in eng.terms_with_prefix("text", prefix)
                 if t != lemma and len(t) <= longest and re.fullmatch(r"[а-я]+", t)]
        cands.sort(key=lambda x: (-x[1], x[0]))
        return [t for t, _ in cands[:KIN_MAX]]

    def kin(lemma: str) -> tuple[str, ...]:
        got = cache.get(lemma)
        if got is not None:
            return got
        out: list[str] = []
        if re.fullmatch(r"[а-я]+", lemma):
            roots = _roots(lemma)
            if len(lemma) >= KIN_MIN_LEMMA:
                roots.insert(0, lemma[:max(7, len(lemma) - 3)])
            for root in roots:
                for pre in ("",) + KIN_PREFIXES:
                    for t in near(pre + root, lemma, len(pre) + len(lemma) + 5):
                        if t not in out:
                            out.append(t)
        cache[lemma] = tuple(out[:2 * KIN_MAX])
        return cache[lemma]
    return kin


def _word_node(word: str, alts: list | None = None, kin=None):
    """A word: its lemma in title, meta and text, or any of the ways acts say
    the same (search/thesaurus.py: ``похороны`` -> ``погребение``,
    ``спортшкола`` -> ``спортивная школа``), those ranked lower.
    Returns (node, lemmas) or (None, []) for stop words; the lemmas of the
    alternatives are appended to ``alts`` when given."""
    toks = [(w, t) for _, _, _, w, t, primary in _analyze_with_words(word) if primary]
    ts = [t for _, t in toks]
    if not ts:
        return None, []
    nodes = []
    for w, t in toks:
        node = _lemma_node(t)
        more = thesaurus.word_alternatives(w)
        subs = [_alt_node(a) for a in more]
        near = tuple(k for k in (kin(t) if kin else ()) if (k,) not in more)
        subs += [_lemma_node(k, W_KIN) for k in near]
        if subs:
            node = ("or", [node] + subs)
            if alts is not None:
                alts.extend(x for a in more for x in a)
                alts.extend(near)
        nodes.append(node)
    return (nodes[0] if len(nodes) == 1 else ("and", nodes)), ts


def _reader_phrase_node(text: str, alts: list, kin=None):
    """A reader's phrase of the thesaurus (``детский сад``): its words, or
    the ways acts say it (``дошкольный``), those ranked lower."""
    parts = [_word_node(w, alts, kin) for w in text.split()]
    nodes = [n for n, _ in parts if n is not None]
    lemmas = [t for _, ts in parts for t in ts]
    if not nodes:
        return None, []
    node = nodes[0] if len(nodes) == 1 else ("and", nodes)
    more = thesaurus.phrase_alternatives(tuple(lemmas))
    for a in more:
        alts.extend(a)
    return (("or", [node] + [_alt_node(a) for a in more]) if more else node), lemmas


def _thesaurus_phrases(tokens):
    """Adjacent words that make a reader's phrase of the thesaurus become one
    ``("thes", "детского сада")`` token (longest first; stop words inside
    count: ``семьи с детьми``)."""
    th = thesaurus.load()
    if not th.phrases:
        return tokens
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(thesaurus.MAX_PHRASE + 1, len(tokens) - i), 1, -1):
            span = tokens[i:i + n]
            if all(k == "word" for k, _ in span):
                text = " ".join(v for _, v in span)
                lem = tuple(t for *_, t, prim in analysis.analyze(text) if prim)
                if len(lem) >= 2 and thesaurus.phrase_alternatives(lem, th):
                    out.append(("thes", text))
                    i += n
                    break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _phrase_node(text: str):
    prim = [t for _, _, _, t, p in analysis.analyze(text) if p]
    if not prim:
        return None, []
    if len(prim) == 1:
        return _word_node(prim[0])[0], prim
    pairs = [("term", "pairs", f"{a}_{b}", W_PHRASE) for a, b in zip(prim, prim[1:])]
    return (pairs[0] if len(pairs) == 1 else ("and", pairs)), prim


class _BoolParser:
    """expr := and_expr ; and_expr := or_expr ((AND)? or_expr)* ;
    or_expr := unary (OR unary)* ; unary := NOT unary | atom ; atom := word |
    phrase | '(' expr ')'. Collects the lemmas of positive words."""

    def __init__(self, tokens, kin=None):
        self.t = _thesaurus_phrases(tokens)
        self.kin = kin
        self.i = 0
        self.words: list[tuple[str, list[str]]] = []  # (surface, lemmas), positive
        self.terms: set[str] = set()
        self.alts: dict[str, list[str]] = {}  # surface -> lemmas of its alternatives

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def parse(self):
        node = self.and_expr()
        while self.peek() is not None:  # stray ')' and the like
            self.i += 1
            more = self.and_expr()
            if more is not None:
                node = more if node is None else ("and", [node, more])
        return node

    def and_expr(self):
        items = []
        while True:
            p = self.peek()
            if p is None or p[0] == "rp":
                break
            if p == ("op", "AND"):
                self.i += 1
                continue
            if p == ("op", "OR"):  # OR without a left operand
                self.i += 1
                continue
            n = self.or_expr()
            if n is not None:
                items.append(n)
        if not items:
            return None
        return items[0] if len(items) == 1 else ("and", items)

    def or_expr(self):
        items = [self.unary()]
        while self.peek() == ("op", "OR"):
            self.i += 1
            items.append(self.unary())
        items = [x for x in items if x is not None]
        if not items:
            return None
        return items[0] if len(items) == 1 else ("or", items)

    def unary(self, neg=False):
        p = self.peek()
        if p is None:
            return None
        if p == ("op", "NOT"):
            self.i += 1
            n = self.unary(neg=not neg)
            return ("not", n) if n is not None else None
        self.i += 1
        if p[0] == "lp":
            n = self.and_expr()
            if self.peek() and self.peek()[0] == "rp":
                self.i += 1
            return n
        if p[0] == "rp" or p[0] == "op":
            return None
        if p[0] == "phrase":
            n, ts = _phrase_node(p[1])
        elif p[0] == "thes":
            alts: list[str] = []
            n, ts = _reader_phrase_node(p[1], alts, self.kin)
            if alts and not neg:
                self.alts[p[1]] = alts
                self.terms.update(alts)
        else:
            alts: list[str] = []
            n, ts = _word_node(p[1], alts, self.kin)
            if alts and not neg:
                self.alts[p[1]] = alts
                self.terms.update(alts)
        if n is not None and not neg:
            self.words.append((p[1], ts))
            self.terms.update(ts)
        return n


def _without_question_words(tokens):
    """A plain question (no operators, parentheses or phrases) without its
    question and request words: ``сколько стоят похороны`` -> ``стоят
    похороны``. Kept when nothing else would be left."""
    if any(k != "word" for k, _ in tokens):
        return tokens
    keep = [(k, v) for k, v in tokens
            if not thesaurus.ignorable(analysis.lemma(analysis.fold(v)))]
    return keep if any(k == "word" for k, _ in keep) else tokens


def _normalize_nodes(node):
    """Lift NOTs so every ("not", x) sits inside an "and" with a positive part."""
    if node is None:
        return None
    if node[0] == "not":
        return ("and", [("all",), node])
    return node


# --- building the plan -----------------------------------------------------------

def _requisite_clause(p: Parsed) -> tuple[Any, set[str]]:
    subs, hl = [], set()
    for n in p.numbers:
        nn = number_key(n)
        base = number_base(n)
        if re.fullmatch(r"\d+(?:[-‐–]\d+)+", n):
            base = None  # 01-02-252: the digit groups together are the number, "1" is not
        if base and base == nn.lstrip("0"):
            # a bare number: 145 finds 145 and 145-п alike; date/kind decide
            subs.append(("term", "number_base", base, W_NUMBER))
        else:
            subs.append(("term", "number", nn, W_NUMBER))
            if base:
                subs.append(("term", "number_base", base, W_NUMBER_BASE))
        subs.append(("term", "text", nn, W_NUMBER_TEXT))
        hl.add(nn)
    for n in p.numbers_or_years:
        subs.append(("term", "number_base", n.lstrip("0") or "0", W_NUMBER_BASE))
        subs.append(("term", "year", n, W_YEAR))
        hl.add(n)
    for d in p.dates:
        subs.append(("term", "date", d, W_DATE))
    if not subs:
        return None, hl
    return (subs[0] if len(subs) == 1 else ("or", subs)), hl


def _filters(q: Query, p: Parsed, eng) -> list:
    fl = []
    if q.kind:
        fl.append(("or", [("term", "kind", analysis.fold(k), 1.0) for k in q.kind]))
    elif p.kinds and not p.topic:
        # a kind word typed in the text also keeps the records whose kind
        # could not be read (a scan's heading, a fragment): the reader cannot
        # know it is missing; a number or the words still decide
        no_kind = ("and", [("all",), ("not", ("or", [("term", "kind", k, 1.0)
                                                     for k in KINDS]))])
        fl.append(("or", [("term", "kind", k, 1.0) for k in p.kinds] + [no_kind]))
    if q.body:
        key = ix.norm_body(q.body)
        if eng.doc_frequency("body", key):
            fl.append(("term", "body", key, 1.0))
        else:  # not an exact body: all its words in the body/publication text
            ws = [("term", "meta", t, 1.0) for t in analysis.terms(q.body)]
            fl.append(("and", ws) if ws else ("term", "body", key, 1.0))
    if q.number:
        nn, base = number_key(q.number), number_base(q.number)
        alts = [("term", "number", nn, 1.0)]
        if base and base == nn:
            alts.append(("term", "number_base", base, 1.0))
        fl.append(("or", alts))
    if q.date_from or q.date_to:
        fl.append(("range", "date", q.date_from or "", (q.date_to or "") and q.date_to[:10]))
    if q.received_from or q.received_to:
        fl.append(("range", "received_day", (q.received_from or "")[:10],
                   (q.received_to or "")[:10]))
    if q.rubric:
        fl.append(("or", [("term", "rubric", c.strip().lower(), 1.0) for c in q.rubric]))
    if q.level:
        fl.append(("term", "level", q.level.strip().lower(), 1.0))
    if q.publication:
        fl.append(("term", "publication", ix.norm_body(q.publication), 1.0))
    if q.in_force:
        fl.append(("term", "status", "in_force", 1.0))
    if p.years and not p.topic:
        fl.append(("or", [("term", "year", y, 1.0) for y in p.years]))
    return fl


def _scaled(node, factor: float):
    """``node`` with every boost multiplied by ``factor``."""
    op = node[0]
    if op == "term":
        return ("term", node[1], node[2], node[3] * factor)
    if op in ("and", "or"):
        return (op, [_scaled(n, factor) for n in node[1]])
    if op == "dismax":
        return (op, [_scaled(n, factor) for n in node[1]], node[2])
    if op == "not":
        return node
    return node


def _ranked(must, clause, share: float = RANK_ONLY):
    """``must`` ordered also by ``clause``, which matches nothing by itself:
    the hits are those of ``must``; those matching ``clause`` gain its score
    and ``share`` of their own (a relative lift: among acts about the topic
    alike, those matching ``clause`` first, without lifting an act that
    merely mentions the topic above one that is about it)."""
    if must is None or clause is None:
        return must
    return ("or", [must, ("and", [clause, _scaled(must, share)])])


def _topic_clauses(q: Query, p: Parsed, must):
    """A topic question's year (that topic in that year: adopted then, or the
    year in its title or text) and its kind word and bare numbers (ranking)."""
    if not p.topic:
        return must
    if p.years:
        yc = ("or", [n for y in p.years for n in (
            ("term", "year", y, W_YEAR), ("term", "title", y, W_YEAR_TITLE),
            ("term", "text", y, W_YEAR_TEXT))])
        must = yc if must is None else ("and", [must, yc])
    if p.kinds and not q.kind:
        kind = [("term", "kind", k, W_KIND) for k in p.kinds]
        kind += [("term", "title", w, W_KIND_TITLE) for w in p.kind_words]
        must = _ranked(must, ("or", kind), W_KIND_SHARE)
    num = [n for x in p.loose_numbers for n in (
        ("term", "number_base", x.lstrip("0") or "0", W_LOOSE_NUMBER),
        ("term", "title", x, W_NUMBER_TEXT), ("term", "text", x, W_NUMBER_TEXT))]
    return _ranked(must, ("or", num) if num else None)


def _combine(req, text_node):
    if req is None:
        return _normalize_nodes(text_node)
    if text_node is None:
        return req
    # lift top-level NOTs of the text so they apply to requisite matches too
    nots = []
    if text_node[0] == "and":
        nots = [n for n in text_node[1] if n[0] == "not"]
        pos = [n for n in text_node[1] if n[0] != "not"]
        text_node = None if not pos else (pos[0] if len(pos) == 1 else ("and", pos))
    elif text_node[0] == "not":
        nots, text_node = [text_node], None
    core = req if text_node is None else ("or", [req, text_node])
    return ("and", [core] + nots) if nots else core


def _with_fuzzy(node, repl: dict[str, list[str]]):
    """Replace word terms whose lemma is unknown by their near terms."""
    if node is None:
        return None
    op = node[0]
    if op == "term":
        _, f, t, b = node
        if f in ("title", "meta", "text") and t in repl:
            alts = repl[t]
            if not alts:
                return node
            return ("or", [("term", f, a, b * 0.8) for a in alts])
        return node
    if op in ("and", "or"):
        return (op, [_with_fuzzy(n, repl) for n in node[1]])
    if op == "dismax":
        return (op, [_with_fuzzy(n, repl) for n in node[1]], node[2])
    if op == "not":
        return ("not", _with_fuzzy(node[1], repl))
    return node


def _any_of(node):
    """The loosest reading: any positive word (for a last resort)."""
    if node is None or node[0] != "and":
        return node
    pos = [n for n in node[1] if n[0] != "not"]
    nots = [n for n in node[1] if n[0] == "not"]
    core = ("or", pos) if len(pos) > 1 else (pos[0] if pos else None)
    if core is None:
        return node
    return ("and", [core] + nots) if nots else core


def _all_but_one(text_node, tokens):
    """A plain question of MIN_MOST_WORDS words or more (no operators,
    phrases or negations) matched by all its words but one: a reader's
    question carries words no act uses (``когда включат отопление``,
    ``запасы на случай …``). None for anything else."""
    if (text_node is None or text_node[0] != "and"
            or any(k not in ("word", "thes") for k, _ in tokens)):
        return None
    parts = text_node[1]
    if len(parts) < MIN_MOST_WORDS or any(n[0] == "not" for n in parts):
        return None
    return ("or", [("and", parts[:i] + parts[i + 1:]) if len(parts) > 2 else parts[1 - i]
                   for i in range(len(parts))])


def _known(eng, t: str) -> bool:
    return bool(eng.doc_frequency("text", t) or eng.doc_frequency("title", t)
                or eng.doc_frequency("meta", t))


def _near_terms(eng, t: str, limit: int = 5) -> list[str]:
    if len(t) < 4 or not re.fullmatch(r"[а-я]+", t):
        return []
    near = eng.similar_terms("text", t, maxdist=1, prefix=1, limit=limit)
    if not near and len(t) >= 6:
        near = eng.similar_terms("text", t, maxdist=2, prefix=2, limit=limit)
    return [w for w, _ in near]


# --- hits --------------------------------------------------------------------------

def _title_spans(title: str, terms: set[str]) -> list[tuple[int, int]]:
    if not title or not terms:
        return []
    return [(s, e) for _, s, e, t, _ in analysis.analyze(title) if t in terms]


def _hit(eh: "ix.EngineHit", terms: set[str], snippets: bool) -> Hit:
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
               level=d.get("level"), received_at=d.get("received_at"))


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
    p = parse_text(q.text)
    bp = _BoolParser(_without_question_words(p.tokens), _kin_finder(eng))
    text_node = bp.parse()
    req, hl = _requisite_clause(p)
    must = _topic_clauses(q, p, _combine(req, text_node))
    filters = _filters(q, p, eng)
    terms = set(bp.terms) | hl | set(p.years) | set(p.loose_numbers)
    offset = (q.page - 1) * q.per_page
    sort = q.sort

    periods = received_periods()
    ranges = {str(d): ("range", "received_day", start, "") for d, start in periods.items()}

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
        return res

    must_text = _normalize_nodes(text_node)
    res = run(must)
    relaxed = None
    suggestion = None
    unknown = [(w, ts) for w, ts in bp.words if any(not _known(eng, t) for t in ts)
               and not any(_known(eng, a) for a in bp.alts.get(w, ()))]
    if unknown:
        repl = {}
        sugg_text = q.text
        for w, ts in unknown:
            for t in ts:
                if not _known(eng, t):
                    near = _near_terms(eng, t)
                    repl[t] = near
                    if near:
                        sugg_text = re.sub(re.escape(w), near[0], sugg_text, count=1)
        if sugg_text != q.text:
            suggestion = sugg_text
        if res.total == 0 and any(repl.values()):
            res2 = run(_with_fuzzy(must, repl))
            if res2.total:
                res, relaxed = res2, "fuzzy"
                for vals in repl.values():
                    terms.update(vals)
    if res.total == 0 and text_node is not None and text_node[0] == "and" and req is None:
        res2 = run(_topic_clauses(q, p, _any_of(text_node)))
        if res2.total:
            res, relaxed = res2, "any"
    if res.total < q.per_page and req is None and relaxed is None:
        most = _all_but_one(text_node, bp.t)
        if most is not None:
            res2 = run(_topic_clauses(q, p, ("or", [_scaled(must_text, W_ALL_WORDS), most])))
            if res2.total > res.total:
                res, relaxed = res2, "most"
    if res.total == 0 and p.kinds and not q.kind and not p.topic:
        # a kind word typed with a year or alone ("положения 2013 года"):
        # no act of that kind; the same question of any kind, and say so
        kind_filter = _filters(Query(), Parsed(tokens=[], kinds=p.kinds), eng)
        filters = [f for f in filters if f not in kind_filter]
        res2 = run(must)
        if res2.total:
            res, relaxed = res2, "kind"
    hits = [_hit(h, terms, snippets) for h in res.hits]
    return Results(total=res.total, hits=hits, facets=res.facets, suggestion=suggestion,
                   relaxed=relaxed, understood=p.understood(), query=q.to_dict(),
                   page=q.page, per_page=q.per_page,
                   took_ms=(time.perf_counter() - t0) * 1000)


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
    import math
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
    must = ("or", [("dismax", [("term", "title", t, W_TITLE), ("term", "text", t, W_TEXT)], 0.1)
                   for t in top])
    res = eng.execute(must, (), limit=per_page, facets=False, exclude_ids=(record_id,))
    hits = [_hit(h, set(top), True) for h in res.hits]
    return Results(total=res.total, hits=hits, facets={}, understood={"terms": top},
                   per_page=per_page, took_ms=(time.perf_counter() - t0) * 1000)
