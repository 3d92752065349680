"""The reader's words -> the words acts use (search/thesaurus.yaml).

Engine-neutral, like search/analysis.py: everything here is lemmas.

* ``alternatives(lemma)`` -> the other ways acts say it, each a tuple of
  lemmas (one word, or a phrase of adjacent words): the entries of the
  thesaurus, and for a compound abbreviation (``спортшкола``, ``генплан``,
  ``госуслуга``) its spelled-out pair (``спортивный школа``) when the rest of
  the word is a noun of its own.
* ``word_alternatives(word)`` -> the same for a typed word, under every
  reading of it (``стоят`` is both стоять and стоить).
* ``phrase_alternatives(lemmas)`` -> the same for a reader's phrase of two or
  three words (``детский сад`` -> ``дошкольный``): readers name many things
  with a phrase whose words, taken one by one, mean something else.
* ``ignorable(lemma)`` -> a question or request word (``сколько``, ``найти``)
  that a plain question can do without.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ingest import morph
from search import analysis

__all__ = ["THESAURUS_FILE", "Thesaurus", "load", "alternatives", "word_alternatives",
           "phrase_alternatives", "ignorable", "MAX_PHRASE"]

THESAURUS_FILE = Path(__file__).resolve().with_name("thesaurus.yaml")
MIN_COMPOUND_REST = 4   # "план", "школа": shorter rests are too often accidents
MAX_PHRASE = 3          # words in a reader's phrase (key) of the thesaurus


@dataclass(frozen=True, eq=False)  # hashed by identity (lru_cache keys)
class Thesaurus:
    words: dict[str, tuple[tuple[str, ...], ...]]
    compounds: dict[str, str]
    ignore: frozenset[str]
    phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = None  # type: ignore[assignment]


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(t for _, _, _, t, primary in analysis.analyze(str(text)) if primary)


@lru_cache(maxsize=4)
def load(path: Path = THESAURUS_FILE) -> Thesaurus:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raw = {}
    words: dict[str, list[tuple[str, ...]]] = {}
    phrases: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key, alts in (raw.get("words") or {}).items():
        k = _lemmas(key)
        if not 1 <= len(k) <= MAX_PHRASE:
            raise ValueError(f"{Path(path).name}: {key!r} must be one to {MAX_PHRASE} words")
        out = words.setdefault(k[0], []) if len(k) == 1 else phrases.setdefault(k, [])
        for a in alts or []:
            lem = _lemmas(a)
            if lem and lem != k and lem not in out:
                out.append(lem)
    compounds = {analysis.fold(str(p)): analysis.lemma(analysis.fold(str(full)))
                 for p, full in (raw.get("compounds") or {}).items()}
    ignore = frozenset(analysis.lemma(analysis.fold(str(w))) for w in raw.get("ignore") or [])
    return Thesaurus({k: tuple(v) for k, v in words.items()}, compounds, ignore,
                     {k: tuple(v) for k, v in phrases.items()})


def _noun_lemma(word: str) -> bool:
    """``word`` is the dictionary form of a known noun."""
    for p in morph.parses(word)[:2]:
        if p.normal_form == word and p.tag.POS == "NOUN" and p.is_known:
            return True
    return False


@lru_cache(maxsize=20000)
def _compound(lemma: str, th: Thesaurus) -> tuple[str, ...] | None:
    for prefix, full in th.compounds.items():
        rest = lemma[len(prefix):]
        if lemma.startswith(prefix) and len(rest) >= MIN_COMPOUND_REST and _noun_lemma(rest):
            return (full, rest)
    return None


# a bare noun of action is its verb's stem (спил / спилить, вывоз / вывозить,
# отлов / отловить, выгул / выгулять): the infinitive endings tried
_VERB_ENDS = ("ить", "ать", "ять", "еть")


def _verbs_entry(lemma: str, th: Thesaurus) -> tuple[tuple[str, ...], ...]:
    """The entry of the verb a bare noun of action was made from, when the
    noun has none of its own (``спил`` takes ``спилить``'s): readers say the
    noun as often as the verb, and the file lists each once."""
    if len(lemma) < 3 or not morph.is_cyrillic(lemma) or lemma[-1] in "аеёиоуыэюяйь":
        return ()
    for end in _VERB_ENDS:
        got = th.words.get(lemma + end)
        if got:
            return got
    return ()


def alternatives(lemma: str, th: Thesaurus | None = None) -> tuple[tuple[str, ...], ...]:
    """Other ways acts say ``lemma`` (each a tuple of lemmas), best first."""
    th = th or load()
    out = list(th.words.get(lemma, ()) or _verbs_entry(lemma, th))
    if morph.is_cyrillic(lemma):
        c = _compound(lemma, th)
        if c and c not in out:
            out.insert(0, c)
    return tuple(out)


def _normal_forms(word: str) -> list[str]:
    """Every dictionary form a folded word may stand for (``стоят``: стоять,
    стоить), the first parse's first; the index keeps only that one."""
    if not morph.is_cyrillic(word):
        return [word]
    out = [analysis.lemma(word)]
    for p in morph.parses(word):
        nf = p.normal_form.replace("ё", "е")
        if nf not in out:
            out.append(nf)
    return out


def word_alternatives(word: str, th: Thesaurus | None = None) -> tuple[tuple[str, ...], ...]:
    """``alternatives`` of every reading of a typed word (folded, any form)."""
    th = th or load()
    lem = analysis.lemma(word)
    out = list(alternatives(lem, th))
    for nf in _normal_forms(word)[1:]:
        for a in th.words.get(nf, ()) or _verbs_entry(nf, th):
            if a not in out and a != (lem,):
                out.append(a)
    return tuple(out)


def phrase_alternatives(lemmas: tuple[str, ...], th: Thesaurus | None = None
                        ) -> tuple[tuple[str, ...], ...]:
    """Other ways acts say a reader's phrase (its words' lemmas, in order)."""
    return (th or load()).phrases.get(tuple(lemmas), ())


def ignorable(lemma: str, th: Thesaurus | None = None) -> bool:
    return lemma in (th or load()).ignore
