"""Russian morphology (pymorphy3): one analyser per process, one lemma cache.

Four modules used to keep their own: the heading and the ГОСТ descriptions
each loaded a ``MorphAnalyzer`` (a second one costs ~20 MB and 0.03 s), and
the rubric tagger and the index each cached lemmas (the index reading the
tagger's private dict to save the work). Now they all ask this module:

* ``analyzer()``: the analyser, created on first use. A module global, never
  part of pickled state (the index schema, the compiled rubric scheme), so a
  worker process, forked or spawned, makes its own on first use.
* ``parses(word)``: pymorphy3's parses of a word (lower-cased), cached
  (bounded LRU): what the heading, the requisites and the ГОСТ descriptions
  read tags from.
* ``lemmas(word)``: every lemma of a word, for the rubric tagger;
  ``lemma(word)``: the one the index keys a word by. One bounded dict holds
  ``lemmas``; its first lemma is ``lemma`` for every word kept there, so the
  index reads the tagger's work straight from it (a batch that tags and
  indexes in one process lemmatises each word once).
* ``to_nominative`` / ``to_genitive``: the name of a body inflected.
"""
from __future__ import annotations

import functools
import re

__all__ = ["analyzer", "parses", "is_known", "fold", "lemmas", "lemma", "cached_lemmas",
           "is_cyrillic", "FULL_POS", "to_nominative", "to_genitive"]

_ANALYZER = None


def analyzer():
    """The process's ``pymorphy3.MorphAnalyzer`` (the dictionary loads on first use)."""
    global _ANALYZER
    if _ANALYZER is None:
        import pymorphy3
        _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


@functools.lru_cache(maxsize=50000)
def parses(word: str) -> tuple:
    """Every parse of ``word`` (lower-cased first), most likely first."""
    return tuple(analyzer().parse(word.lower()))


@functools.lru_cache(maxsize=20000)
def is_known(word: str) -> bool:
    return analyzer().word_is_known(word.lower())


def fold(s: str) -> str:
    """Case folding and ё→е: the normalisation every comparison starts from."""
    return s.lower().replace("ё", "е")


# --- lemmas ---------------------------------------------------------------------

# a folded word of Cyrillic letters, parts joined by "-": what the dictionary lemmatises
_CYRILLIC = re.compile(r"^[а-я]+(?:-[а-я]+)*$")
# what the cache keeps: two characters or more, no Latin letter. Such a word's
# first lemma is its index term (``lemma``): for a Cyrillic word the first
# parse's normal form, for a word with a digit (``131-фз``) the word itself.
# A single letter is not kept (the tagger takes «д» as it is, the index as
# «далее»), nor a Latin word (the index keeps it as printed).
_KEPT = re.compile(r"[а-я0-9]+(?:-[а-я0-9]+)*")
_LEMMAS: dict[str, tuple[str, ...]] = {}
_LEMMAS_MAX = 500_000   # words; then the cache starts again (a fund's vocabulary is smaller)

cached_lemmas = _LEMMAS.get
"""``lemmas(word)`` if it was computed already, else None: one dict lookup,
for loops that run once per word of every record (the index, the tagger)."""


def is_cyrillic(word: str) -> bool:
    """A folded word of Cyrillic letters (``-`` between parts): one the dictionary lemmatises."""
    return _CYRILLIC.match(word) is not None


def lemmas(word: str) -> tuple[str, ...]:
    """Every lemma pymorphy3 gives for ``word`` (lower case, ё→е), in parse
    order, and for each part of a hyphenated compound, cached."""
    got = _LEMMAS.get(word)
    if got is not None:
        return got
    keep = len(word) > 1 and _KEPT.fullmatch(word) is not None
    parse = analyzer().parse if keep else parses   # a word not kept here is parsed once still
    if len(word) < 2 or any(c.isdigit() for c in word):
        seen = [word]
    else:
        seen = []
        for p in parse(word):
            n = p.normal_form.replace("ё", "е")
            if n not in seen:
                seen.append(n)
    # a compound stands for its parts too: "фестиваль-конкурс" is a festival,
    # "санитарно-противоэпидемический" is about epidemics, "370-летие" a jubilee
    if "-" in word:
        for part in word.split("-"):
            if len(part) >= 4 and not any(c.isdigit() for c in part):
                for p in parse(part):
                    n = p.normal_form.replace("ё", "е")
                    if n not in seen:
                        seen.append(n)
    got = tuple(seen) or (word,)
    if keep:
        if len(_LEMMAS) > _LEMMAS_MAX:
            _LEMMAS.clear()
        _LEMMAS[word] = got
    return got


def lemma(word: str) -> str:
    """The index term of one folded word: its lemma (the first parse's normal
    form, ё→е) for a Cyrillic word, the word itself for numbers, Latin and
    mixed tokens (``131-фз``)."""
    got = _LEMMAS.get(word)
    if got is not None:
        return got[0]
    if _CYRILLIC.match(word) is None:
        return word
    if len(word) > 1:
        return lemmas(word)[0]
    return parses(word)[0].normal_form.replace("ё", "е")


# --- the name of a body, inflected ---------------------------------------------

# the parts of speech a name of a body is made of (not ADVB/ADJS)
FULL_POS = {"NOUN", "ADJF", "PRTF"}

# nouns of common gender naming an office held by one person
_PERSON_HEADS = {"голова", "глава"}


def _match_case(src: str, new: str) -> str:
    if src.isupper():
        return new.upper()
    if src[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _head_gender(words: list[str]) -> str | None:
    """The grammatical gender the adjectives before the head noun take: the
    first word that is only a noun (``Заречного`` may be a surname too, so an
    adjective reading passes it over); an office held by one person is masculine."""
    for w in words[:5]:
        core = w.strip("«»\"',.;:()").lower()
        ps = [p for p in parses(core) if p.tag.case in ("gent", "ablt", "datv")]
        nouns = [p for p in ps if p.tag.POS == "NOUN" and not place_adjective(p)]
        if nouns and not any(p.tag.POS in ("ADJF", "PRTF") or place_adjective(p) for p in ps):
            if nouns[0].normal_form in _PERSON_HEADS:
                return "masc"
            return nouns[0].tag.gender
    return None


def to_nominative(phrase: str) -> str:
    """Name of a body given in the genitive, in the nominative.

    Only the head noun and the adjectives before it change:
    ``Брянской городской администрации`` -> ``Брянская городская администрация``,
    ``администрации Рыбинского муниципального района`` ->
    ``администрация Рыбинского муниципального района``,
    ``Правительства Российской Федерации`` -> ``Правительство Российской Федерации``.
    """
    return _inflect_name(phrase, ("gent", "ablt", "datv"), "nomn")


def to_genitive(name: str) -> str:
    """Name of a body in the nominative, in the genitive, as references
    print it (``постановление Брянской городской администрации от …``): the
    adjectives before the head noun and the head change, the rest (already
    genitive: ``… Рыбинского муниципального района``) stays."""
    return _inflect_name(name, ("nomn",), "gent")


def _inflect_name(phrase: str, cases: tuple[str, ...], target: str) -> str:
    """The head noun of a name and the adjectives before it, from one of
    ``cases`` into ``target``; what follows the head stays as printed."""
    words = phrase.split()
    out = []
    gender = _head_gender(words) if target == "nomn" else None
    for i, w in enumerate(words):
        core = w.strip("«»\"',.;:()")
        forms = [] if not core.isalpha() or (core.isupper() and len(core) <= 6 and not is_known(core)) \
            else [p for p in parses(core) if p.tag.case in cases and p.tag.POS in FULL_POS]
        if not forms:
            out.extend(words[i:])
            break
        if target == "nomn":
            p = forms[0]
            if p.tag.POS == "NOUN":
                p = _adjective_before(forms, words[i + 1:i + 2]) or p
            if p.tag.POS != "NOUN":
                # "городского" is masculine or neuter: the head decides ("городской
                # голова" is a man's office though "голова" declines as feminine)
                adjs = [q for q in forms if q.tag.POS != "NOUN" or place_adjective(q)] or forms
                same = [q for q in adjs if q.tag.gender == gender] or adjs
                # "окружного" is окружной (of a district) before окружный (round):
                # the names of bodies are built on relational adjectives
                p = next((q for q in same if "Qual" not in q.tag), same[0])
        else:
            # a word that may be both is the noun only at the name's end or
            # with no adjective reading ("Брянская" is an adjective here)
            nouns = [q for q in forms if q.tag.POS == "NOUN"]
            adjs = [q for q in forms if q.tag.POS == "ADJF"]
            p = (nouns or forms)[0] if i + 1 == len(words) or not adjs else adjs[0]
        infl = _as_adjective(p, target, gender) if place_adjective(p) else p.inflect({target})
        new = infl.word if infl else core
        out.append(w.replace(core, _match_case(core, new)))
        if p.tag.POS == "NOUN" and not _surname_as_adjective(p, words[i + 1:i + 2], cases):
            out.extend(words[i + 1:])
            break
    return " ".join(out)


def _adjective_before(forms, after: list[str]):
    """``Главного контрольного управления``: a word the dictionary knows as a
    noun too (главное), before an adjective of the name agreeing with it in
    case, gender and number, is the name's adjective too (``Главы
    администрации`` stays a noun before a noun)."""
    if not after:
        return None
    nxt = [r for r in parses(after[0].strip("«»\"',.;:()").lower()) if r.tag.POS in ("ADJF", "PRTF")]
    for q in forms:
        if q.tag.POS == "ADJF" and any(r.tag.case == q.tag.case and r.tag.number == q.tag.number
                                       and r.tag.gender in (q.tag.gender, None) for r in nxt):
            return q
    return None


_ADJ_SURNAME = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ой|ого|ому|ую|им|ом|ие|их|ими)$")


def place_adjective(p) -> bool:
    """``каменская``: a reading as a surname in -ский, which declines as an
    adjective; before a noun it is a place's adjective (``Каменская городская
    Дума``), though the dictionary may know no adjective reading of it."""
    return "Surn" in p.tag and bool(_ADJ_SURNAME.search(p.word))


# adjectives declining as a surname in -ский/-цкий does, every gender
_MODEL_ADJ = {"ск": "детский", "цк": "немецкий"}


def _as_adjective(p, target: str, gender: str | None):
    """A surname's reading of a place adjective (``Каменского``) in ``target``
    case and the head's gender, as an adjective (``Каменское районное
    Собрание``: a surname has no neuter)."""
    m = re.match(r"^(.*?(ск|цк))[а-яё]+$", p.word)
    model = next((q for q in parses(_MODEL_ADJ[m.group(2)]) if q.tag.POS == "ADJF"), None) if m else None
    grams = {target, "sing"} | ({gender} if gender in ("masc", "femn", "neut") else {p.tag.gender} - {None})
    infl = model.inflect(grams) if model else None
    if infl is None:
        return p.inflect({target})
    return infl._replace(word=m.group(1) + infl.word[len(model.word) - 2:])


def _surname_as_adjective(p, after: list[str], cases: tuple[str, ...]) -> bool:
    """``Каменской области``: a word the dictionary knows only as a surname,
    before a word in the same case, is a place's adjective, not the head of
    the name."""
    if not place_adjective(p) or not after:
        return False
    nxt = after[0].strip("«»\"',.;:()").lower()
    return any(q.tag.case == p.tag.case and q.tag.case in cases and q.tag.POS in FULL_POS
               and q.tag.gender in (p.tag.gender, None) for q in parses(nxt))
