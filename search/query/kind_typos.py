"""A kind word misspelt before a number: ``постоновление 301`` (issue 12, sample 6).

Readers type the act's kind as they hear it: ``постоновление``,
``роспоряжения``, ``решенние``, ``прикас``. Misspelt, it was no kind, so
``постоновление 301`` read as a topic with a loose number and the fuzzy
reading of the word matched every act saying «постановление», act 301 among
them. A word the dictionary does not know, one letter off a form of a kind
word (two letters for forms of eight letters or more), is that kind; words
the dictionary knows (``распоряжаться``, ``решето``, ``пристань``) never are,
nor words shorter than five letters (``указ`` is left to be spelt right),
and the first letter must be right (it is, in what readers type; and it
keeps the comparison to a few forms).
"""
from __future__ import annotations

from functools import lru_cache

from ingest import morph
from search.query.edits import within

MIN_LEN = 5


@lru_cache(maxsize=1)
def _forms(kinds: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(form, kind) for every case form of every kind word."""
    out: dict[str, str] = {}
    for kind in kinds:
        out.setdefault(kind, kind)
        for p in morph.parses(kind):
            if p.normal_form == kind and p.tag.POS == "NOUN":
                for f in p.lexeme:
                    out.setdefault(morph.fold(f.word), kind)
                break
    return tuple(out.items())


@lru_cache(maxsize=2000)
def misspelt_kind(word: str, kinds: tuple[str, ...]) -> str | None:
    """The kind of ``kinds`` a folded, dictionary-unknown ``word`` misspells."""
    if len(word) < MIN_LEN or not morph.is_cyrillic(word) or morph.is_known(word):
        return None
    best = None
    for form, kind in _forms(kinds):
        if form[0] != word[0]:
            continue
        d = within(form, word, 2 if len(form) >= 8 else 1)
        if d is not None and (best is None or d < best[0]):
            best = (d, kind)
    return best[1] if best else None
