"""Names of territories inflected: a name adjective or a place's noun as a
body's name prints it (in the genitive, mostly) in the nominative, and the
city an adjective is formed from (``Брянская`` -> Брянск)."""
from __future__ import annotations

from ingest.morph import is_known, parses


def adj_nominative(word: str, gender: str) -> str | None:
    """A name adjective in any case (``Торбеевского``) in the nominative
    singular of ``gender``; None when the word is not an adjective."""
    w = word.lower()
    if "-" in w:   # "Мариинско-Посадского": the last part declines
        head, _, last = w.rpartition("-")
        got = adj_nominative(last, gender)
        return f"{head}-{got}" if got else None
    for p in parses(w):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.number != "plur":
            infl = p.inflect({"nomn", "sing", gender})
            if infl:
                return infl.word
    return None


def noun_nominative(word: str) -> str:
    """A place's proper name in the nominative: ``Брянска`` -> брянск,
    ``Березники`` (a plural name) stays, an unknown word stays."""
    w = word.lower()
    ps = parses(w)
    for p in ps:
        if "Geox" in p.tag and p.tag.case in ("nomn", "accs"):
            return w
    for p in ps:
        if "Geox" in p.tag:
            return p.normal_form
    for p in ps:
        if p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs"):
            return w
    for p in ps:
        if p.tag.POS == "NOUN" and p.tag.case == "gent":
            return p.normal_form
    return w


def city_of_adjective(adj: str) -> str | None:
    """The city an adjective is formed from (``брянская`` -> брянск,
    ``тюменская`` -> тюмень, ``калужская`` -> калуга, ``липецкая`` -> липецк):
    candidates by the suffixes Russian forms such adjectives with, the first
    the dictionary knows as a place name."""
    base = adj_nominative(adj, "masc")
    if not base or not base.endswith(("кий", "кой")):
        return None
    stem = base[:-4] if base.endswith(("ский", "ской")) else base[:-3]
    tail = {"ж": "г", "ч": "к", "ш": "х"}
    cands = [stem + "ск", stem + "к", stem, stem + "ь", stem + "а", stem + "я", stem + "и"]
    if stem[-1:] in tail:
        cands.append(stem[:-1] + tail[stem[-1]] + "а")
    if stem.endswith("ов"):
        cands.append(stem[:-2] + "ва")
    for c in cands:
        if is_known(c) and any("Geox" in p.tag and p.normal_form == c and p.tag.POS == "NOUN"
                               for p in parses(c)):
            return c
    # a town the dictionary does not know: the suffix most such adjectives are made from
    return cands[0] if base.endswith(("ский", "ской")) else cands[1]
