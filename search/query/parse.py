"""Free text as typed by a reader -> ``Parsed``: requisites and word tokens.

Free text understands:

* words with morphology (``ярмарки`` finds ``ярмарок``), ё = е, any case;
* ``"phrases"`` (also «…»): adjacent words;
* ``AND`` / ``OR`` / ``NOT`` and ``И`` / ``ИЛИ`` / ``НЕ`` (upper case), a
  leading ``-word``, parentheses (search/query/boolean.py reads them);
* requisites typed the way people type them: ``№ 145-п``, ``145``,
  ``12/3``, ``131-ФЗ``, ``от 12.03.2024``, ``12 марта 2024 г.``,
  ``2023 года``, kind words (``постановления``). Numbers and dates become
  heavily boosted exact clauses (the act itself first; ``145`` finds
  ``145-п`` through the number's base), years with ``год``/``г.`` and kind
  words (first word, or next to a requisite) become filters;
* requisites said in words or cut short (``постановление сто сорок пять``,
  ``от семнадцатого июля 1997 года``, ``реш. 186``): as if typed in digits
  and in full (search/query/spoken.py).

What it cannot read it refuses (``check_syntax``, ``errors.QueryError``):
a question over ``MAX_QUERY_CHARS``, only operators, an unclosed quote, an
unbalanced parenthesis, an operator with nothing on one side.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.requisites import KIND_WORDS, kind_from_word
from ingest.ru_dates import DATE_RE, match_to_iso
from search import analysis
from search.query import kind_typos, relative, spoken
from search.query.errors import MAX_QUERY_CHARS, QueryError

KINDS = KIND_WORDS + ("публикация",)
_LIBRARIAN_KINDS = ("публикация",)


@dataclass(frozen=True)
class Token:
    """A piece of free text: ``kind`` is word, phrase, num (a number with
    letters or separators), int (digits), date (ISO), op (AND/OR/NOT), lp,
    rp (parentheses), or thes (a reader's phrase of the thesaurus)."""

    kind: str
    text: str


# Dates are read by the same rules as in the acts themselves (ingest.ru_dates:
# ``12.03.2024``, ``12.03.24``, ``12/03/2024``, ``2024-03-12``, ``«12» марта
# 2024 г.``, ``12 марта 2024г``), so a reader can type a date as printed.
_LEX = re.compile(
    r"(?P<date>" + DATE_RE.pattern + r")"  # before phrases: «12» марта 2024 г.
    r'|(?P<phrase>"[^"]*"?|«[^»]*»?)'
    r"|(?P<lp>\()|(?P<rp>\))"
    # N and No glued to the number too (N145-п, No3): not before a letter
    r"|(?P<signed>(?:№|\bN(?![^\W\d_])|\bNo\.?(?![^\W\d_]))\s*"
    r"(?P<signum>[0-9A-Za-zА-Яа-яЁё][\w\-‐–/.]*))"
    r"|(?P<neg>(?<![\w])-(?=[^\W\d_]))"
    r"|(?P<word>[^\W_]+(?:[-‐–/.][^\W_]+)*)",
    re.I)

_OPS = {"AND": "AND", "И": "AND", "OR": "OR", "ИЛИ": "OR", "NOT": "NOT", "НЕ": "NOT"}
_YEAR_WORDS = {"год", "года", "году", "годом", "годы", "годов", "годах", "г", "гг"}
_YEAR_SPAN = re.compile(r"(\d{4})[-‐–](\d{4})")
# a year with its word glued on or an ordinal ending (2016г, 2016гг, 2016-й, 2016-го,
# 2016-м): a year as "2016 год"; a kind's letter (2016-р, 2016-п) stays a number
_YEAR_GLUED = re.compile(r"(\d{4})(?:гг?|[-‐–](?:й|го|м|му|х|ый|ого|ом))", re.I)
_GLUED_YEAR_WORD = Token("word", "г")   # stands after a glued year (one object: `is`)
MAX_YEAR_SPAN = 10      # years a span may cover (2013-2017), more reads as something else


def _lex(text: str) -> list[Token]:
    toks: list[Token] = []
    for m in _LEX.finditer(text):
        k = m.lastgroup
        v = m.group()
        if k == "phrase":
            toks.append(Token("phrase", v.strip('"«»')))
        elif k in ("lp", "rp"):
            toks.append(Token(k, v))
        elif k == "date":
            iso = match_to_iso(m)
            day = relative.day_words(iso) if iso and toks and toks[-1].kind == "word" and (
                analysis.fold(toks[-1].text) in relative.TIME_PREPOSITIONS) else None
            if day:   # «к 9 мая 2004 года»: the day the act is about, not its date
                toks += [Token("word", day[1]), Token("int", day[2]), _GLUED_YEAR_WORD]
            else:
                toks.append(Token("date", iso) if iso else Token("word", v))
        elif k == "signed":
            num = m.group("signum").rstrip(".")
            toks.append(Token("num", num))
        elif k == "neg":
            toks.append(Token("op", "NOT"))
        else:
            glued = _YEAR_GLUED.fullmatch(v)
            if v in _OPS:
                toks.append(Token("op", _OPS[v]))
            elif glued and _is_year(glued[1]):
                toks.append(Token("int", glued[1]))
                toks.append(_GLUED_YEAR_WORD)
            elif relative.year_adjective(v) is not None:
                # «прошлогоднее постановление»: the year, as «прошлого года»
                toks.append(Token("int", str(relative.year_adjective(v))))
                toks.append(_GLUED_YEAR_WORD)
            elif re.fullmatch(r"\d+", v):
                toks.append(Token("int", v))
            elif re.fullmatch(r"\d[\w\-‐–/.]*", v) and re.search(r"[^\W\d_]|/|\.", v):
                toks.append(Token("num", v))  # 145-п, 12/3, 131-ФЗ, 01.04/81, 17-л/с
            elif re.fullmatch(r"\d+(?:[-‐–]\d+)+", v) and not all(
                    _is_year(x) for x in re.split(r"[-‐–]", v)):
                toks.append(Token("num", v))  # 01-02-252, 8-3542; not a span of years 2011-2012
            else:
                toks.append(Token("word", v))
    # «постановление сто сорок пять», «от семнадцатого июля 1997», «реш. 186»
    toks = spoken.read(toks, _kind_of)
    toks = _join_year_like_numbers(toks)
    # «прошлого года», «в этом году»: the year said relative to today
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if t.kind == "word" and nxt.kind == "word" and analysis.fold(nxt.text) in _YEAR_WORDS:
            year = relative.relative_year(t.text)
            if year is not None:
                toks[i] = Token("int", str(year))
    # "2016-го года": the year word typed after a glued one is the same word
    return [t for i, t in enumerate(toks)
            if not (i and toks[i - 1] is _GLUED_YEAR_WORD and t.kind == "word"
                    and analysis.fold(t.text) in _YEAR_WORDS)]


# The letters of act numbers that are no Russian word of their own (not «с», «в»,
# «к», «о», «у»: prepositions) and never follow a year (``г``, ``гг`` do).
_NUMBER_LETTERS = frozenset(
    "р п н па пп рп рг пг пм зп од фз кз оз рз ра пр нпа мпа".split())


def _join_year_like_numbers(toks: list[Token]) -> list[Token]:
    """``1993 р`` -> the number ``1993-р``: a reader who types the kind's letter
    of a number apart (``распоряжение 1993 р 2009``) is naming the act
    ``1993-р``; read apart, a number between 1900 and 2100 is taken for a
    year and the act is looked for in 1993. Only year-like numbers are
    joined: any other bare number already finds ``145-п`` through its base."""
    out: list[Token] = []
    for t in toks:
        prev = out[-1] if out else None
        if (t.kind == "word" and prev is not None and prev.kind in ("int", "num")
                and prev.text.isdigit() and _is_year(prev.text)
                and analysis.fold(t.text) in _NUMBER_LETTERS):
            out[-1] = Token("num", f"{prev.text}-{analysis.fold(t.text)}")
            continue
        out.append(t)
    return out


def check_syntax(text: str) -> None:
    """Raise ``QueryError`` saying what is wrong with the question's syntax.

    Read on the same lexemes as ``_lex``; what it lets through, the boolean
    parser reads without guessing (search/query/boolean.py)."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError("too_long", n=len(text), max=MAX_QUERY_CHARS)
    seq: list[tuple[str, str]] = []      # (atom | bin | not | lp | rp, as typed)
    for m in _LEX.finditer(text):
        k, v = m.lastgroup, m.group()
        if k == "phrase":
            closer = '"' if v[0] == '"' else "»"
            if len(v) < 2 or not v.endswith(closer):
                raise QueryError("unclosed_quote", q=v[0])
            if not re.search(r"[^\W_]", v[1:-1]):
                raise QueryError("empty_phrase", q=v)
            seq.append(("atom", v))
        elif k in ("lp", "rp"):
            seq.append((k, v))
        elif k == "neg":
            seq.append(("not", "-"))
        elif k == "word" and v in _OPS:
            seq.append(("not" if _OPS[v] == "NOT" else "bin", v))
        else:
            seq.append(("atom", v))
    ops = [v for k, v in seq if k in ("bin", "not")]
    if ops and not any(k == "atom" for k, _ in seq):
        raise QueryError("no_words", ops=", ".join(dict.fromkeys(ops)))
    depth = 0
    prev, prev_v = None, ""
    for k, v in seq:
        if k == "lp":
            depth += 1
        elif k == "rp":
            if depth == 0:
                raise QueryError("extra_paren")
            if prev == "lp":
                raise QueryError("empty_parens")
            if prev in ("bin", "not"):
                raise QueryError("op_last", op=prev_v)
            depth -= 1
        elif k == "bin":
            if prev is None or prev == "lp":
                raise QueryError("op_first", op=v)
            if prev in ("bin", "not"):
                raise QueryError("ops_together", a=prev_v, b=v)
        prev, prev_v = k, v
    if prev in ("bin", "not"):
        raise QueryError("op_last", op=prev_v)
    if depth:
        raise QueryError("unclosed_paren")


def _kind_of(word: str) -> str | None:
    """The act kind a word names (any case form), as the requisite extractor
    reads it; ``публикация`` is a kind only the librarian gives."""
    kind = kind_from_word(word)
    if kind is None and analysis.lemma(analysis.fold(word)) in _LIBRARIAN_KINDS:
        kind = analysis.lemma(analysis.fold(word))
    if kind is None:   # «постоновление», «роспоряжения»: search/query/kind_typos.py
        kind = kind_typos.misspelt_kind(analysis.fold(word), KIND_WORDS)
    return kind if kind in KINDS else None


@dataclass
class Parsed:
    """What the free text was understood as (engine-neutral)."""

    tokens: list[Token]                      # remaining boolean text tokens
    numbers: list[str] = field(default_factory=list)       # exact numbers
    numbers_or_years: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    # a topic question (words, no number or date naming an act): its kind
    # word and its bare numbers rank, its years narrow the topic
    topic: bool = False
    kind_words: list[str] = field(default_factory=list)   # lemmas of the typed kind words
    year_spans: list[str] = field(default_factory=list)   # 2011-2012 as typed (in titles so)
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


def _year_span(v: str) -> list[str]:
    """The years of a span typed as one word (``2011-2012``); none for
    anything else (``2011-2099``, ``1-2``)."""
    m = _YEAR_SPAN.fullmatch(v)
    if not m or not (_is_year(m[1]) and _is_year(m[2])):
        return []
    lo, hi = int(m[1]), int(m[2])
    return [str(y) for y in range(lo, hi + 1)] if 0 < hi - lo <= MAX_YEAR_SPAN else []


def _topic_words(toks: list[Token], skip_words: set[int]) -> bool:
    """Words are left that say what the act is about (not only requisites)."""
    return any(t.kind in ("word", "phrase") and i not in skip_words
               and analysis.fold(t.text) not in {"от", "n", "no"} | _YEAR_WORDS
               and any(p for *_, p in analysis.analyze(t.text))
               for i, t in enumerate(toks))


def parse_text(text: str) -> Parsed:
    """Split free text into recognised requisites and boolean word tokens.

    A question names an act when it has a number or a date (``№ 145-п``,
    ``от 12.03.2024``), or a kind word with a bare number (``указ 431``):
    the act comes first and the kind filters (a question it cannot read
    raises ``QueryError``). Otherwise words with at most
    a year or a small bare number are a topic question (``ярмарки 2013``,
    ``положение о кладбищах``, ``кладбище 1``): the topic must match, a year
    narrows it to that year, and a kind word or a bare number only rank —
    they would otherwise empty the list or flood it with every act of the
    year or every act numbered 1."""
    check_syntax(text or "")
    toks = _lex(text or "")
    out = Parsed(tokens=[])
    has_req = any(t.kind in ("num", "int", "date") for t in toks)
    first_word = next((i for i, t in enumerate(toks) if t.kind == "word"), None)
    kind_at = None
    if first_word is not None and _kind_of(toks[first_word].text):
        kind_at = first_word
    elif has_req:
        kind_at = next((i for i, t in enumerate(toks) if t.kind == "word" and _kind_of(t.text)),
                       None)
    strong = any(t.kind in ("num", "date") for t in toks)
    ints = [t.text for t in toks if t.kind == "int"]
    names_act = strong or (kind_at is not None and any(not _is_year(v) for v in ints))
    skip_kind = {kind_at} if kind_at is not None else set()
    out.topic = not names_act and _topic_words(toks, skip_kind)
    skip = set()
    for i, tok in enumerate(toks):
        if i in skip:
            continue
        k, v = tok.kind, tok.text
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        year_word = bool(nxt and nxt.kind == "word" and analysis.fold(nxt.text) in _YEAR_WORDS)
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
        elif k == "word" and out.topic and _year_span(v):
            # a topic in a span of years (отопительный сезон 2011-2012, программа на
            # 2013-2017 годы): the topic in any of those years, as a year narrows
            out.years.extend(y for y in _year_span(v) if y not in out.years)
            out.year_spans.append(v)
            if year_word:
                skip.add(i + 1)
        elif k == "word":
            if i == kind_at:
                out.kinds.append(_kind_of(v))
                out.kind_words.append(analysis.lemma(analysis.fold(v)))
            elif analysis.fold(v) in ("от", "n", "no"):
                continue
            else:
                out.tokens.append(tok)
        else:
            out.tokens.append(tok)
    return out


# --- boolean parsing of the remaining tokens -> plan nodes --------------------------
