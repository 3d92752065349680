"""Which word a misspelt one most likely was (issue 12, sample 6).

The index holds lemmas, and the correction used to be looked for near the
lemma of what was typed: ``выбры`` (its own lemma ``выбр``) found ``выбор``,
one edit from ``выбр`` but two from ``выбры``, while ``выборы``, one letter
missing from what the reader typed, was never considered; the page offered
«выбор депутатов» and searched acts on choosing something. A reader misses
or swaps a letter in the word as typed, so the candidates of a word the
dictionary does not know are the index's terms near the lemma *and* near
the typed form (a dictionary word the fund lacks, ``весной``, keeps only
those near its lemma, as before), and each is judged by the
form of its own word nearest to what was typed (``выбор`` -> ``выборы``):
the nearest wins (frequency breaks ties, as before), and that form is what
the suggestion shows, so it reads as the reader's phrase with the letter
put right.
"""
from __future__ import annotations

from ingest import morph
from search import analysis
from search.query.edits import distance
from search.query.plan import near_terms

MAX_FORMS = 60      # forms of a word compared with what was typed (a verb has ~150)


def nearest_form(term: str, typed: str) -> tuple[int, str]:
    """(edits, form): the form of the word whose lemma is ``term`` nearest to
    ``typed`` (``выбор``, ``выбры`` -> (1, ``выборы``)); the term itself when
    the dictionary does not know it."""
    best = (distance(term, typed), term)
    for p in morph.parses(term):
        if analysis.fold(p.normal_form) != term:
            continue
        for i, f in enumerate(p.lexeme):
            if i >= MAX_FORMS:
                break
            w = analysis.fold(f.word)
            d = distance(w, typed)
            if d < best[0]:
                best = (d, w)
        break
    return best


def corrections(eng, surface: str, lemma: str) -> list[tuple[str, str]]:
    """(index term, form to show) for an unknown word typed as ``surface``
    with lemma ``lemma``, the likeliest first; empty when nothing is near."""
    typed = analysis.fold(surface)
    found = near_terms(eng, lemma)
    if typed != lemma and not morph.is_known(typed):
        # a dictionary word (``весной``) is no misspelling: a word the fund
        # lacks is not corrected into another that looks like it (``верный``)
        found += [t for t in near_terms(eng, typed) if t not in found]
    ranked = []
    for rank, t in enumerate(found):
        d, form = nearest_form(t, typed)
        ranked.append((d, rank, t, form))
    ranked.sort()
    return [(t, form) for _, _, t, form in ranked]
