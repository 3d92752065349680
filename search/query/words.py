"""A reader's word or phrase -> plan nodes: lemmas, thesaurus, kin words.

A word is its lemma in title, meta and text; the ways acts say the same
(search/thesaurus.py) and the words of the same root the index holds come
in ranked lower. A quoted phrase is its adjacent lemma pairs (the ``pairs``
field): exact-term conjunctions, not positional scans.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from itertools import chain

from ingest import morph
from search import analysis
from search import thesaurus
from search.engine.nodes import And, DisMax, Node, Or, Term
from search.query.parse import Token
from search.query.weights import W_ALT, W_KIN, W_META, W_PHRASE, W_READING, W_TEXT, W_TITLE

KIN_MIN_LEMMA, KIN_MAX = 8, 4
KIN_MIN_ROOT = 5      # "пожар", "выбор": shorter roots (сад, школ) join unrelated words
# prefixes that make an adjective of the reader's noun: пожар -> противопожарный,
# коррупция -> антикоррупционный
KIN_PREFIXES = ("противо", "анти")


@dataclass
class WordNode:
    """A word or phrase as a plan node (None for stop words) and the
    lemmas it stands for (highlighted in hits, checked for suggestions)."""

    node: Node | None
    lemmas: list[str] = field(default_factory=list)


def lemma_node(t: str, w: float = 1.0) -> DisMax:
    """One lemma: dismax over title (boosted), meta (body, publication), text."""
    return DisMax([Term("title", t, W_TITLE * w), Term("meta", t, W_META * w),
                   Term("text", t, W_TEXT * w)], 0.1)


def _analyze_with_words(text: str):
    """``analysis.analyze`` with the folded surface word of each term."""
    folded = analysis.fold(text)
    for pos, s, e, t, primary in analysis.analyze(text):
        yield pos, s, e, folded[s:e], t, primary


def _pairs(lemmas, weight: float) -> list[Term]:
    return [Term("pairs", f"{a}_{b}", weight) for a, b in zip(lemmas, lemmas[1:])]


def _alt_node(alt: tuple[str, ...]) -> Node:
    if len(alt) == 1:
        return lemma_node(alt[0], W_ALT)
    pairs = _pairs(alt, W_PHRASE * W_ALT)
    return pairs[0] if len(pairs) == 1 else And(pairs)


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


# an adjective's suffix before its ending, the longer first: what is left is the
# noun it was made from (спортивный -> спорт, автобусный -> автобус,
# кладбищенский -> кладбищ-е); shorter than KIN_MIN_ROOT: none (детский, школьный)
_ADJ_SUFFIXES = ("ическ", "енск", "ивн", "евн", "овн", "ск", "н", "ов", "ев")
_ADJ_ENDING = re.compile(r"(?:ый|ий|ой)$")
# the noun's own endings a root may take in the index (спорт, кладбище, пожар)
_NOUN_ENDINGS = ("", "а", "я", "о", "е", "ь", "ие", "ия")


def _noun_roots(lemma: str) -> list[str]:
    """The nouns an adjective was made from, as roots (``спортивный`` ->
    ``спорт``, ``собачий`` -> ``собак``: ч alternates with к or ц): a reader's adjective often stands in the act as its noun
    (``спортивные соревнования`` / ``соревнования … по спорту``), which the
    prefixes of ``kin_finder`` never reach (they only grow a word)."""
    if not _ADJ_ENDING.search(lemma):
        return []
    stem = _ADJ_ENDING.sub("", lemma)
    root = stem
    for suf in _ADJ_SUFFIXES:
        if stem.endswith(suf):
            root = stem[:-len(suf)]
            break
    if root.endswith("ч"):      # собачий -> собак-а, молочный -> молок-о
        roots = [root[:-1] + "к", root[:-1] + "ц"]
    elif root.endswith("ж") and root != stem:   # дорожный -> дорог-а, грузный: груз
        roots = [root[:-1] + "г", root[:-1] + "з", root[:-1] + "д"]
    elif root != stem:
        roots = [root]
        if root.endswith("ион"):    # коррупционный -> коррупци-я, пенсионный -> пенси-я
            roots.append(root[:-2])
        elif root.endswith("ль"):   # ритуальный -> ритуал, материальный -> материал
            roots.append(root[:-1])
    else:
        return []
    return [r for r in roots if len(r) >= KIN_MIN_ROOT]


# a verb's stem consonant before -ение, as it alternates (утвердить -> утверждение,
# установить -> установление, осветить -> освещение, снизить -> снижение)
_ALTERNATIONS = (("ст", "щ"), ("зд", "зж"), ("д", "жд"), ("д", "ж"), ("т", "щ"), ("т", "ч"),
                 ("з", "ж"), ("с", "ш"), ("в", "вл"), ("б", "бл"), ("п", "пл"), ("м", "мл"),
                 ("ф", "фл"))
VERB_MIN_STEM = 4     # "дать", "мыть": shorter stems say nothing of the noun
# prefixes that make a perfective of an -овать verb made from a noun
# (о-протест-овать): the noun is what is left without the prefix
PERFECTIVE_PREFIXES = ("об", "о", "за", "по", "рас")


def verbal_nouns(lemma: str) -> tuple[str, ...]:
    """The nouns an act's heading makes of a reader's verb (``закрыть
    кладбище`` / ``О закрытии кладбища``, ``провести конкурс`` / ``О
    проведении конкурса``, ``организовать`` / ``организация``): candidates
    by the regular patterns of Russian (-ание/-ение with the stem's
    alternation, -тие, -ация, -ование, -ка, the bare stem, that of an
    imperfective in -ивать: ``выгуливать`` / ``выгул``, and the noun an
    -овать verb was made from, under a perfective prefix too:
    ``опротестовать`` / ``протест``); the index keeps those it holds. Empty for anything but an infinitive."""
    if not re.fullmatch(r"[а-я]+", lemma) or not any(
            p.tag.POS == "INFN" and p.normal_form.replace("ё", "е") == lemma
            for p in morph.parses(lemma)[:2]):
        return ()
    out: list[str] = []

    def add(stem: str, *ends: str) -> None:
        if len(stem) >= VERB_MIN_STEM:
            out.extend(stem + e for e in ends if stem + e != lemma)

    if lemma.endswith(("ивать", "ывать")):
        add(lemma[:-5], "", "ка")                         # выгул, отгрузка (imperfective)
    if lemma.endswith("ировать"):
        add(lemma[:-7], "ация", "")                       # регистрация, ремонт
    if lemma.endswith(("овать", "евать")):
        add(lemma[:-5], "ование", "евание", "ация")       # финансирование, организация
        if lemma.endswith("овать"):
            # the bare noun the verb was made from (протестовать / протест), also
            # under a perfective prefix (опротестовать, обжаловать: о-, об-, за-, по-)
            stem = lemma[:-5]
            add(stem, "")
            for pre in PERFECTIVE_PREFIXES:
                if stem.startswith(pre) and len(stem) - len(pre) >= KIN_MIN_ROOT:
                    add(stem[len(pre):], "")
    elif lemma.endswith(("ать", "ять")):
        add(lemma[:-2], "ние")                            # сжигание
        add(lemma[:-3], "ение", "ка", "")                 # предоставление, обработка
    elif lemma.endswith(("ить", "еть")):
        stem = lemma[:-3]
        add(stem, "ение", "ка", "")                       # включение, вырубка, запрет
        for a, b in _ALTERNATIONS:
            if stem.endswith(a):
                add(stem[:-len(a)] + b, "ение")           # утверждение, освещение
    if lemma.endswith(("ыть", "уть", "ить")):
        add(lemma[:-1], "ие")                             # закрытие, развитие
    if lemma.endswith("сти"):
        add(lemma[:-3], "дение", "сение")                 # проведение, вынесение
    return tuple(dict.fromkeys(out))


_KIN: "weakref.WeakKeyDictionary[object, dict]" = weakref.WeakKeyDictionary()
_KIN_MAX = 20_000      # lemmas kept per searcher; then its list starts again


def _kin_cache(eng) -> dict[str, tuple[str, ...]]:
    """The kin words found so far on ``eng``'s current searcher (Whoosh);
    an engine without one (PostgreSQL: its vocabulary changes under it)
    gets a list for this question only."""
    searcher = getattr(eng, "searcher", None)
    if searcher is None:
        return {}
    try:
        cache = _KIN.get(searcher)
        if cache is None or len(cache) > _KIN_MAX:
            cache = _KIN[searcher] = {}
    except TypeError:        # not weakly referable: no reuse
        return {}
    return cache


def kin_finder(eng):
    """Words of the same root that the index holds: ``тренировка`` ->
    ``тренировочный``, ``кладбище`` -> ``кладбищенский``, ``пожар`` ->
    ``пожарный`` and ``противопожарный``, ``коррупция`` ->
    ``антикоррупционный``. Lemmas join inflected forms only; a reader's noun
    often stands in the act as an adjective, with or without a prefix.
    The roots: the lemma without its last 1-3 letters (at least 7 of them)
    for long words, and its stem without the ending (``_roots``) for any
    word whose stem has KIN_MIN_ROOT letters; the most frequent few
    candidates of each, never compounds. An adjective also finds the noun
    it was made from when the index holds it (``спортивный`` -> ``спорт``,
    ``_noun_roots``), and a verb the nouns acts head with (``закрыть`` ->
    ``закрытие``, ``verbal_nouns``), first.

    The words found are kept while the engine's searcher is the same (a
    commit gives a new one, with its new vocabulary): each costs a few
    lexicon scans, ~6 ms a question, and the desk's questions share words."""
    cache = _kin_cache(eng)

    def near(found: list[tuple[str, int]], lemma: str, longest: int) -> list[str]:
        cands = [(t, df) for t, df in found
                 if t != lemma and len(t) <= longest and re.fullmatch(r"[а-я]+", t)]
        cands.sort(key=lambda x: (-x[1], x[0]))
        return [t for t, _ in cands[:KIN_MAX]]

    def kin(lemma: str) -> tuple[str, ...]:
        got = cache.get(lemma)
        if got is not None:
            return got
        out: list[str] = []
        if re.fullmatch(r"[а-я]+", lemma):
            # a verb's nouns, then an adjective's noun: kept where the index holds them
            made = chain(verbal_nouns(lemma),
                         (root + e for root in _noun_roots(lemma) for e in _NOUN_ENDINGS))
            for t in made:
                if t not in out and t != lemma and (eng.doc_frequency("text", t)
                                                    or eng.doc_frequency("title", t)):
                    out.append(t)
            roots = _roots(lemma)
            if len(lemma) >= KIN_MIN_LEMMA:
                roots.insert(0, lemma[:max(7, len(lemma) - 3)])
            asked = [(pre + root, len(pre) + len(lemma) + 5)
                     for root in roots for pre in ("",) + KIN_PREFIXES]
            found = eng.terms_with_prefixes("text", [p for p, _ in asked])
            for prefix, longest in asked:
                for t in near(found[prefix], lemma, longest):
                    if t not in out:
                        out.append(t)
        cache[lemma] = tuple(out[:2 * KIN_MAX])
        return cache[lemma]
    return kin


def word_node(word: str, alts: list | None = None, kin=None) -> WordNode:
    """A word: its lemma in title, meta and text, or any of the ways acts say
    the same (search/thesaurus.py: ``похороны`` -> ``погребение``,
    ``спортшкола`` -> ``спортивная школа``), those ranked lower. The
    lemmas of the alternatives are appended to ``alts`` when given."""
    analysed = list(_analyze_with_words(word))
    toks = [(w, t) for _, _, _, w, t, primary in analysed if primary]
    ts = [t for _, t in toks]
    if not ts:
        return WordNode(None)
    nodes = []
    for w, t in toks:
        node = lemma_node(t)
        parts = _hyphen_parts(w, analysed)
        more = thesaurus.word_alternatives(w)
        subs = [_alt_node(a) for a in more]
        other = tuple(r for r in readings(w, t) if (r,) not in more)
        subs += [lemma_node(r, W_READING) for r in other]
        near = tuple(k for k in (kin(t) if kin else ()) if (k,) not in more and k not in other)
        subs += [lemma_node(k, W_KIN) for k in near]
        if parts:
            # a compound declined otherwise ("детей-сирот" / "детям-сиротам": their
            # lemmas differ) or its parts said apart: all its parts, each a word
            # of its own (thesaurus, kin); the index holds a compound's parts too
            pn = [word_node(p, alts, kin).node for p in parts]
            pn = [n for n in pn if n is not None]
            if pn:
                subs.append(pn[0] if len(pn) == 1 else And(pn))
        if subs:
            node = Or([node] + subs)
            if alts is not None:
                alts.extend(x for a in more for x in a)
                alts.extend(other)
                alts.extend(near)
        nodes.append(node)
    return WordNode(nodes[0] if len(nodes) == 1 else And(nodes), ts)


def _hyphen_parts(word: str, analysed) -> list[str]:
    """The parts of a reader's word written with a hyphen (``инвалиды-колясочники``:
    ``инвалиды``, ``колясочники``); none for a plain word or a number's
    (``131-фз``), whose parts alone mean nothing."""
    if "-" not in word or word[0].isdigit():
        return []
    parts = [w for _, _, _, w, _, primary in analysed if not primary and w != word]
    return parts if len(parts) >= 2 and all(not p.isdigit() for p in parts) else []


def readings(word: str, lemma: str) -> tuple[str, ...]:
    """The other dictionary forms a typed word may stand for: the index keys
    each word by its first reading only, and a place name's adjective does
    not read alike in every case (``Белые Берега``: белые, ``в Белых
    Берегах``: белый), so the question looks for every reading of the word."""
    if not morph.is_cyrillic(word):
        return ()
    out = []
    for p in morph.parses(word):
        nf = p.normal_form.replace("ё", "е")
        if nf != lemma and nf not in out:
            out.append(nf)
    return tuple(out)


def reader_phrase_node(text: str, alts: list, kin=None) -> WordNode:
    """A reader's phrase of the thesaurus (``детский сад``): its words, or
    the ways acts say it (``дошкольный``), those ranked lower."""
    parts = [word_node(w, alts, kin) for w in text.split()]
    nodes = [p.node for p in parts if p.node is not None]
    lemmas = [t for p in parts for t in p.lemmas]
    if not nodes:
        return WordNode(None)
    node = nodes[0] if len(nodes) == 1 else And(nodes)
    more = thesaurus.phrase_alternatives(tuple(lemmas))
    for a in more:
        alts.extend(a)
    return WordNode(Or([node] + [_alt_node(a) for a in more]) if more else node, lemmas)


def thesaurus_phrases(tokens: list[Token]) -> list[Token]:
    """Adjacent words that make a reader's phrase of the thesaurus become one
    ``Token("thes", "детского сада")`` (longest first; stop words inside
    count: ``семьи с детьми``)."""
    th = thesaurus.load()
    if not th.phrases:
        return tokens
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(thesaurus.MAX_PHRASE + 1, len(tokens) - i), 1, -1):
            span = tokens[i:i + n]
            if all(t.kind == "word" for t in span):
                text = " ".join(t.text for t in span)
                lem = tuple(t for *_, t, prim in analysis.analyze(text) if prim)
                if len(lem) >= 2 and thesaurus.phrase_alternatives(lem, th):
                    out.append(Token("thes", text))
                    i += n
                    break
        else:
            out.append(tokens[i])
            i += 1
    return out


def phrase_node(text: str) -> WordNode:
    """A quoted phrase: its adjacent lemma pairs, all of them."""
    prim = [t for _, _, _, t, p in analysis.analyze(text) if p]
    if not prim:
        return WordNode(None)
    if len(prim) == 1:
        return WordNode(word_node(prim[0]).node, prim)
    pairs = _pairs(prim, W_PHRASE)
    return WordNode(pairs[0] if len(pairs) == 1 else And(pairs), prim)


_MODIFIERS = ("ADJF", "PRTF")


def _agree(modifier: str, head: str) -> bool:
    """``modifier`` is an adjective or participle agreeing with ``head`` (a
    noun or another adjective) in case and number, and gender in the
    singular: ``выходного дня``, ``аварийных домов``, ``сухой травы``."""
    if not (morph.is_cyrillic(modifier) and morph.is_cyrillic(head)):
        return False
    for a in morph.parses(modifier.lower()):
        if a.tag.POS not in _MODIFIERS:
            continue
        for b in morph.parses(head.lower()):
            if (b.tag.POS in ("NOUN",) + _MODIFIERS and a.tag.case == b.tag.case
                    and a.tag.number == b.tag.number
                    and (a.tag.number != "sing" or a.tag.gender in (None, b.tag.gender))):
                return True
    return False


def noun_groups(words: list[str]) -> list[list[int]]:
    """The typed words (in order) as noun groups: adjectives agreeing with
    the next word join it (``ярмарки | выходного дня``, ``снос | аварийных
    домов``). A question none of whose acts holds every word falls back on
    any one group, not any one word: ``дня`` alone would bring every act
    of some day (search/query/plan.any_of)."""
    groups: list[list[int]] = []
    for i, w in enumerate(words):
        if groups and i - 1 in groups[-1] and _agree(words[i - 1], w):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups
