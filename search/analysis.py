"""Russian text analysis: tokenizer | lowercase | ё→е | morphology (lemmas).

Engine-neutral on purpose: nothing here imports whoosh. ``RussianAnalyzer``
follows the analyzer *calling convention* Whoosh uses (``analyzer(value,
positions=..., chars=..., mode=...)`` yielding token objects with ``text``,
``pos``, ``startchar``, ``endchar``, ``boost`` and ``stopped``), so
``search/index.py`` puts it into the schema as is. The class is pickled into
the index schema: keep it at this import path and keep its state trivial
(the morphological dictionary is a lazily loaded module global, never part
of the pickled state).

Morphology: pymorphy3 lemmas (first parse's normal form), cached per word
in ``ingest.morph`` together with the rubric tagger's.
``bench/analysis.py`` compares it with PyStemmer and Whoosh's pure-Python
Snowball stemmer; Snowball-family stemmers cannot join ``ярмарки``/``ярмарок``
(stems ``ярмарк``/``ярмарок``), ``выборы``/``выборах`` etc., which lemmas do.

Tokens: words of letters/digits, kept whole across inner ``-`` and ``/``
(``131-фз``, ``12/3``, ``социально-экономический``) and across dots between
digits (``12.03.2024``); a compound also yields its parts at the same
position so ``социально`` still matches. Stop words (prepositions, conjunctions,
pronouns) are dropped from text fields; requisites live in exact fields of
their own and never go through this analyzer.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from ingest import morph
from ingest.morph import fold, lemma

__all__ = [
    "fold", "lemma", "tokenize", "analyze", "terms", "shingles",
    "RussianAnalyzer", "STOPWORDS", "make_snippet", "MORPHOLOGY",
]

MORPHOLOGY = "pymorphy3"  # recorded in the index stamp; a change rebuilds

STOPWORDS = frozenset("""
а без более бы был была были было быть в вам вас весь во вот все всего всех вы
где да даже для до его ее ей ему если есть еще же за и из или им их к как ко
когда кто ли либо между меня мне может мы на над надо наш не него нее нет ни
них но ну о об однако он она они оно от по под при с со так также такой там те
тем то того тоже той только том ту тут у уже чем что чтобы эта эти это этого
этой этом этот я
""".split())

# A word: letters/digits; joined across inner - and / ; digits joined by dots.
_TOKEN_RE = re.compile(r"\d+(?:\.\d+)+(?:[-/][^\W_]+)*|[^\W_]+(?:[-/][^\W_]+)*")
_PART_RE = re.compile(r"[^\W_]+")


def tokenize(text: str) -> Iterator[tuple[int, int, int, str, bool]]:
    """Yield ``(pos, start, end, folded_word, primary)`` for ``text``.

    Positions count primary tokens (a compound's parts share its position,
    ``primary=False``). Folding is done once on the whole text; ``lower()``
    and ``ё→е`` keep string length, so offsets stay valid for the original.
    """
    folded = fold(text)
    pos = 0
    for m in _TOKEN_RE.finditer(folded):
        w = m.group()
        s = m.start()
        yield pos, s, m.end(), w, True
        if ("-" in w or "/" in w) and not w[0].isdigit():
            for p in _PART_RE.finditer(w):
                yield pos, s + p.start(), s + p.end(), p.group(), False
        pos += 1


def analyze(text: str, stop: bool = True) -> Iterator[tuple[int, int, int, str, bool]]:
    """``tokenize`` + lemmas, without stop words; ``pos`` renumbered so that
    kept primary tokens are adjacent (what phrases/shingles rely on)."""
    pos = -1
    last = -1
    for p, s, e, w, primary in tokenize(text):
        if stop and w in STOPWORDS:
            continue
        if p != last:
            pos += 1
            last = p
        yield pos, s, e, lemma(w), primary


def terms(text: str) -> list[str]:
    """Index terms of ``text`` in order (parts of compounds included)."""
    return [t for _, _, _, t, _ in analyze(text)]


def index_terms(text: str, stop: bool = True) -> tuple[list[str], list[str]]:
    """Fast path for indexing: ``(terms, primary_terms)`` of ``text``, the
    same terms ``analyze`` yields (parts of compounds only in ``terms``)."""
    cached = morph.cached_lemmas
    terms: list[str] = []
    prim: list[str] = []
    for w in _TOKEN_RE.findall(fold(text)):
        if stop and w in STOPWORDS:
            continue
        ls = cached(w)
        t = ls[0] if ls is not None else lemma(w)
        terms.append(t)
        prim.append(t)
        if ("-" in w or "/" in w) and not w[0].isdigit():
            terms.extend(lemma(p) for p in _PART_RE.findall(w))
    return terms, prim


def shingles(text: str) -> list[str]:
    """Adjacent pairs of primary terms, ``a_b``: indexed so that a phrase is
    a conjunction of exact pair terms instead of a positional match."""
    prim = [t for _, _, _, t, primary in analyze(text) if primary]
    return [f"{a}_{b}" for a, b in zip(prim, prim[1:])]


class _Tok:
    """The token object handed to the engine (one reused instance, as
    Whoosh's own tokenizers do)."""

    __slots__ = ("text", "pos", "startchar", "endchar", "boost", "stopped",
                 "positions", "chars", "removestops", "mode")

    def __init__(self):
        self.boost = 1.0
        self.stopped = False


class RussianAnalyzer:
    """tokenizer | lowercase | ё→е | pymorphy3 lemma | stop words.

    Callable like a Whoosh analyzer; picklable (no state but a flag)."""

    def __init__(self, stop: bool = True):
        self.stop = stop

    def __eq__(self, other):
        return type(other) is type(self) and other.stop == self.stop

    def __hash__(self):
        return hash((type(self).__name__, self.stop))

    def __repr__(self):
        return f"RussianAnalyzer(stop={self.stop})"

    def has_morph(self) -> bool:
        return True

    def clean(self):  # Whoosh calls this on schema copies
        pass

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True,
                 start_pos: int = 0, start_char: int = 0, tokenize: bool = True,
                 mode: str = "", **kwargs) -> Iterable[_Tok]:
        t = _Tok()
        t.positions, t.chars, t.removestops, t.mode = positions, chars, removestops, mode
        for p, s, e, term, _ in analyze(value, stop=self.stop):
            t.text = term
            t.pos = start_pos + p
            t.startchar = start_char + s
            t.endchar = start_char + e
            yield t


# --- snippets (engine-neutral: built from the stored text) -------------------

def make_snippet(text: str, query_terms: set[str], width: int = 240,
                 max_tokens: int = 4000) -> tuple[str, list[tuple[int, int]]]:
    """The best window of ``text`` for ``query_terms`` (index terms, i.e.
    lemmas) and the spans to highlight inside it.

    Returns ``(plain, spans)``: ``plain`` is unescaped text, ``spans`` are
    ``(start, end)`` offsets into ``plain``; front ends escape ``plain`` and
    wrap the spans (see ``search.query.Hit.marked``). Only the first
    ``max_tokens`` words are scanned, which bounds the cost per hit.
    """
    if not text:
        return "", []
    folded = fold(text)
    hits = _term_spans(folded, query_terms, max_tokens) if query_terms else []
    if not hits:
        end = min(len(text), width)
        plain = _trim(text, 0, end)
        return plain, []
    # window start: the hit whose window holds the most distinct words; the
    # window of hit i runs up to the first hit ending beyond ``width`` from
    # it, an index that only grows with i (``folded`` has the offsets of
    # ``text``: folding keeps the length)
    words = [folded[s:e] for s, e in hits]
    best, best_score, j, n = 0, -1, 0, len(hits)
    for i, (s, _) in enumerate(hits):
        j = max(j, i)
        limit = s + width
        while j < n and hits[j][1] <= limit:
            j += 1
        score = len(set(words[i:j]))
        if score > best_score:
            best, best_score = i, score
    start = hits[best][0]
    start = max(0, start - width // 6)
    # back to a word boundary
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and end - start < width + 20 and not text[end].isspace():
        end += 1
    raw = text[start:end]
    lead = raw.lstrip()
    off = start + (len(raw) - len(lead))
    plain, mapping = _collapse(lead)
    spans = []
    for s, e in hits:
        if s >= off and e <= off + len(lead):
            spans.append((mapping[s - off], mapping[e - off - 1] + 1))
    prefix = "…" if off > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix)
    return prefix + plain.rstrip() + suffix, [(a + shift, b + shift) for a, b in spans]


# A text's words, read once per distinct whitespace-separated chunk ("ярмарки,",
# "131-фз", "12.03.2024"): tokens never cross whitespace, so the tokens of a
# text are those of its chunks in place. Per chunk: its tokens as (start, end,
# lemma, parts), a compound's parts as (start, end, lemma); and per lemma, the
# chunks that hold it, so that the chunks of a text holding a query term are
# found by set operations in C instead of a loop over its words; and per text
# already read (its length and hash: the hits of a page come back on other
# pages), where its first ``max_tokens`` words end, so it is not split again.
_CHUNKS_MAX = 300_000   # distinct chunks kept; then the lists start again
_FIND_AT_MOST = 24      # chunks looked for in one scan; more: split the text first
_known: tuple[dict[str, tuple], dict[str, set[str]], dict[tuple, int]] = ({}, {}, {})


def _learn(c: str, chunks: dict, where: dict) -> None:
    toks = []
    for m in _TOKEN_RE.finditer(c):
        w = m.group()
        t = lemma(w)
        parts = ()
        if ("-" in w or "/" in w) and not w[0].isdigit():
            s0 = m.start()
            parts = tuple((s0 + p.start(), s0 + p.end(), lemma(p.group()))
                          for p in _PART_RE.finditer(w))
        toks.append((m.start(), m.end(), t, parts))
        for x in (t, *(p[2] for p in parts)):
            where.setdefault(x, set()).add(c)
    chunks[c] = tuple(toks)


def _term_spans(folded: str, query_terms: set[str], max_tokens: int) -> list[tuple[int, int]]:
    """Offsets of the words of ``folded`` (its first ``max_tokens``) whose
    lemma is a query term, and of the parts of compounds whose lemma is.

    This runs for every hit shown: the text is split on whitespace in C,
    its chunks not seen before are tokenised and lemmatised (once per
    process; a text read before is not split again), the chunks holding a
    query term are picked by set operations, and only those are looked for
    in the text."""
    global _known
    chunks, where, read = _known
    if len(chunks) > _CHUNKS_MAX or len(read) > _CHUNKS_MAX:
        chunks, where, read = _known = ({}, {}, {})    # a search holding the old ones goes on
    n = len(folded)
    key = (n, hash(folded), max_tokens)
    endpos = read.get(key)
    distinct = None
    if endpos is None:
        words = folded.split()
        distinct = set(words)
        for c in distinct.difference(chunks):
            _learn(c, chunks, where)
        endpos = n
        # a token is a character at least, and apart from the next by one more
        if n > 2 * max_tokens and sum(map(len, map(chunks.__getitem__, words))) > max_tokens:
            for i, m in enumerate(_TOKEN_RE.finditer(folded)):
                if i == max_tokens - 1:
                    endpos = m.end()
                    break
        read[key] = endpos
    terms = query_terms if isinstance(query_terms, (set, frozenset)) else set(query_terms)
    holding: set[str] = set()
    for t in terms:
        got = where.get(t)
        if got:
            holding |= got
    if distinct is None and len(holding) > _FIND_AT_MOST:   # many spellings
        distinct = set(folded.split())
    hits: list[tuple[int, int]] = []
    spans: dict[str, list[tuple[int, int]]] = {}

    def add(c: str, i: int) -> None:
        got = spans.get(c)
        if got is None:
            got = spans[c] = [x for tok in chunks[c] for x in _marked_in(tok, terms)]
        hits.extend((i + s, i + e) for s, e in got if i + e <= endpos)

    if distinct is not None:
        # the chunks of this text (just split): each looked for by itself
        for c in holding & distinct:
            k, i = len(c), folded.find(c)
            while 0 <= i < endpos:
                j = i + k
                if (i == 0 or folded[i - 1].isspace()) and (j == n or folded[j].isspace()):
                    add(c, i)
                    i = folded.find(c, j)
                else:
                    i = folded.find(c, i + 1)
    elif holding:
        # a text read before: one scan for all of them, with the pattern the
        # page's other hits use. An occurrence counts when whitespace (or the
        # text's edge) is on both sides; chunks have no whitespace, so a
        # rejected match hides no other: two that start at one place are a
        # chunk and its extension, and the longest is tried first.
        for m in _alternation(holding).finditer(folded):
            i, j = m.span()
            if i >= endpos:
                break
            if (i == 0 or folded[i - 1].isspace()) and (j == n or folded[j].isspace()):
                add(m.group(), i)
    hits.sort()
    return hits


def _marked_in(tok: tuple, terms) -> list[tuple[int, int]]:
    """A chunk's token marked whole when its lemma is a query term, else
    those of its parts that are."""
    s, e, t, parts = tok
    if t in terms:
        return [(s, e)]
    return [(ps, pe) for ps, pe, pt in parts if pt in terms]


_PATTERNS: dict[frozenset, "re.Pattern"] = {}


def _alternation(holding: set[str]) -> "re.Pattern":
    """A pattern matching any of the chunks, longest first; the ten hits of
    a page share it."""
    key = frozenset(holding)
    got = _PATTERNS.get(key)
    if got is None:
        if len(_PATTERNS) > 256:
            _PATTERNS.clear()
        got = _PATTERNS[key] = re.compile(
            "|".join(map(re.escape, sorted(holding, key=lambda c: (-len(c), c)))))
    return got


_SPACES = re.compile(r"\s+")
_UNEVEN = re.compile(r"\s\s|[^\S ]")   # a run of whitespace, or whitespace other than " "


def _collapse(s: str) -> tuple[str, "list[int] | range"]:
    """Collapse runs of whitespace to one space; map old offsets to new."""
    if _UNEVEN.search(s) is None:
        return s, range(len(s))
    out, mapping = [], []
    n = last = 0
    for m in _SPACES.finditer(s):
        a, b = m.span()
        out.append(s[last:a])
        mapping.extend(range(n, n + a - last))
        n += a - last
        out.append(" ")
        mapping.extend([n] * (b - a))
        n += 1
        last = b
    out.append(s[last:])
    mapping.extend(range(n, n + len(s) - last))
    return "".join(out), mapping


def _trim(text: str, start: int, end: int) -> str:
    plain, _ = _collapse(text[start:end].strip())
    return plain + ("…" if end < len(text) else "")
