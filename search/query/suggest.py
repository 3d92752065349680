"""Help when a question finds nothing: what was searched, what was read in
it, and where to go next.

The web page's empty result used to say "check the spelling or remove some
filters" whatever was asked, even with no filter set. ``no_hits_help``
gives what the query layer knows instead: the words it kept and the
requisites it recognised (``Results.understood``), single words that do
find acts on their own (a word typed, or the words acts use for it from
the thesaurus), the rubrics whose words the question uses (the scheme reads
the question as it reads an act's title), and whether filters are set.
The spelling correction stays ``Results.suggestion`` (run.py finds it).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search import analysis
from search import index as ix
from search import thesaurus
from search.query.model import Query, Results
from search.query.parse import parse_text
from search.query.plan import known

MAX_WORDS = 6            # single-word suggestions shown
MAX_RUBRICS = 4          # rubrics shown
FILTER_FIELDS = ("kind", "body", "number", "date_from", "date_to", "received_from",
                 "received_to", "rubric", "level", "publication", "in_force", "region",
                 "municipality")


@dataclass
class NoHitsHelp:
    text: str                                         # the question as typed
    words: list[str] = field(default_factory=list)    # the words searched for (not requisites)
    words_alone: str | None = None                    # the words without the requisites typed
    broader: list[str] = field(default_factory=list)  # single words that find acts alone
    rubrics: list[str] = field(default_factory=list)  # codes of rubrics the words belong to
    filtered: bool = False                            # filters are set: removing them may help

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def filters_set(q: Query) -> bool:
    default = Query()
    return any(getattr(q, f) != getattr(default, f) for f in FILTER_FIELDS)


def _lemmas(word: str) -> tuple[str, ...]:
    return tuple(t for *_, t, primary in analysis.analyze(word) if primary)


def no_hits_help(index_dir, q: Query, res: Results, scheme=None) -> NoHitsHelp:
    """What to offer a reader whose question ``q`` found nothing (``res``)."""
    p = parse_text(q.text)
    words = [t.text for t in p.tokens if t.kind in ("word", "phrase", "thes")]
    help_ = NoHitsHelp(text=q.text, words=words, filtered=filters_set(q))
    if words and (p.numbers or p.dates or p.numbers_or_years or p.years):
        help_.words_alone = " ".join(f'"{t.text}"' if t.kind == "phrase" else t.text
                                     for t in p.tokens if t.kind in ("word", "phrase", "thes"))
    eng = ix.engine(index_dir)
    seen = {analysis.fold(w) for w in words} if len(words) == 1 else set()
    candidates: list[str] = []
    alt_words: list[str] = []
    for t in p.tokens:
        if t.kind != "word":
            continue
        if len(words) > 1:
            candidates.append(t.text)       # one word of several may find acts alone
        for alt in thesaurus.word_alternatives(t.text):
            alt_words.append(" ".join(alt))
            if len(alt) == 1:   # a phrase is kept as lemmas ("место погребение"): not offered
                candidates.append(alt[0])
    for cand in candidates:
        key = analysis.fold(cand)
        if key in seen:
            continue
        seen.add(key)
        lemmas = _lemmas(cand)
        if lemmas and all(known(eng, x) for x in lemmas):
            help_.broader.append(cand)
        if len(help_.broader) >= MAX_WORDS:
            break
    if scheme is not None and words:
        question = " ".join(words + alt_words)
        found = sorted(scheme.explain(question, ""), key=lambda a: (-a.score, a.code))
        help_.rubrics = [a.code for a in found
                         if a.score > 0 and a.code not in q.rubric][:MAX_RUBRICS]
    return help_
