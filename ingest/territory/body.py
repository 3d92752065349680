"""What the name of an issuing body says of its territory (``printed``),
read in the language of Russian acts; see ``ingest.territory`` for the rules."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ingest.morph import fold, is_known, parses
from ingest.requisites.names import GEN_BODY_HEADS

from .inflect import adj_nominative as _adj_nominative
from .inflect import city_of_adjective as _city_of_adjective
from .inflect import noun_nominative as _noun_nominative
from .spelling import GENERIC_WORDS, display, is_district as _is_district


@dataclass(frozen=True)
class Printed:
    """What a body's name says of its territory (None: not named)."""

    region: str | None = None
    municipality: str | None = None
    district: str | None = None   # the district a named settlement lies in
    federal: bool = False         # a federal body (names the Federation)


_FEDERAL_CITIES = {"москва": "Москва", "санкт-петербург": "Санкт-Петербург",
                   "севастополь": "Севастополь"}

# municipal kinds named by an adjective before them, as (words, gender);
# the longest first
_MUNICIPAL_KINDS = (
    (("муниципальный", "район"), "masc"),
    (("муниципальный", "округ"), "masc"),
    (("городской", "округ"), "masc"),
    (("сельский", "поселение"), "neut"),
    (("городской", "поселение"), "neut"),
    (("внутригородской", "район"), "masc"),
    (("район",), "masc"),
    (("сельсовет",), "masc"),
)
_REGION_KINDS = (
    (("автономный", "округ"), "masc"),
    (("автономный", "область"), "femn"),
    (("область",), "femn"),
    (("край",), "masc"),
)
# a body's adjective that names its territory's kind: "Брянская областная Дума"
_ADJ_KINDS = {"областной": ("область", "femn"), "краевой": ("край", "masc"),
              "районный": ("район", "masc"), "городской": (None, None)}
# a name printed after its kind word (``города Брянска``, ``г. Кирова``)
_NAMED_AFTER = {"город": "город", "г": "город", "гор": "город", "село": "село",
                "посёлок": "посёлок", "поселок": "посёлок", "пос": "посёлок", "пгт": "посёлок",
                "станица": "станица", "ст-ца": "станица", "деревня": "деревня"}
# nouns of territories' kinds: a name after a place's kind word stops before them
_KIND_NOUNS = {"область", "край", "округ", "район", "поселение", "республика", "сельсовет"}
_PLACE_GENDER = {"город": "masc", "село": "neut", "посёлок": "masc", "станица": "femn",
                 "деревня": "femn"}
# abbreviated kind words (``Тестовской обл.``, ``Сосновского р-на``), read as the word
_ABBREV = {"обл": "область", "р-н": "район", "р-на": "район", "р-не": "район"}
_STOP = {"по", "и", "от", "о", "об", "при", "в", "на", "для", "№", "n"}
_FEDERAL = re.compile(r"российск\w*\s+федераци|\bрф\b|\bроссии\b|федеральн\w*\s+(?:служб|агентств)",
                      re.IGNORECASE)
_TOKEN = re.compile(r"[«»\"“”„]|\(|\)|[—–]|[A-Za-zА-Яа-яЁё0-9]+(?:[-.][A-Za-zА-Яа-яЁё0-9]+)*\.?")


# --- reading a body's name ------------------------------------------------------------

def _tokens(body: str) -> list[str]:
    s = re.sub(r"(?<![\w-])(г|гор|пос|обл)\.(?=[А-ЯЁа-яё])", r"\1. ", body)
    return _TOKEN.findall(s)


def _core(tok: str) -> str:
    return fold(tok).rstrip(".").replace("ё", "е")


def _lemma_in(tok: str, lemmas: set[str]) -> str | None:
    """The lemma of ``tok`` among ``lemmas`` (an abbreviated kind word as the word)."""
    w = _core(tok)
    if w in _ABBREV:
        return _ABBREV[w] if _ABBREV[w] in lemmas else None
    for p in parses(w)[:4]:
        n = p.normal_form.replace("ё", "е")
        if n in lemmas:
            return n
    return None


# adjectives of bodies' names that are no territory's name
_NOT_NAMES = {"государственный", "бюджетный", "казенный", "казённый", "федеральный",
              "законодательный", "представительный", "избирательный", "территориальный",
              "общественный", "контрольный", "контрольно-счетный", "региональный", "местный",
              "исполнительный", "главный", "единый"}
# a place's adjective formed from its name (Брянская, Липецкий, Мариинско-Посадский)
_PLACE_ADJ = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ого|ой|ому|им|ую|ом|ие|их)$")


def _names_before(toks: list[str], i: int, gender: str, place_like: bool = False,
                  agree: set | None = None) -> tuple[list[str], int] | None:
    """The name adjectives ending just before ``toks[i]``, in the nominative
    of ``gender``, and where they start (None: no name there). ``place_like``:
    only an adjective formed from a place's name (a body's ``городская`` is
    also said of bodies that are no city's: ``государственная областная``).
    ``agree``: the genders the name may take (default ``gender``: that of
    the kind word at ``toks[i]``)."""
    out: list[str] = []
    j = i - 1
    # a name agrees with its kind word: "Луговой Тестовского края" is two names
    forms = {(p.tag.case, p.tag.number) for p in parses(_core(toks[i]))
             if p.tag.case} if i < len(toks) else set()
    while j >= 0 and len(out) < 2:
        w = _core(toks[j])
        if not re.fullmatch(r"[а-я]+(?:-[а-я]+)*", w) or w in GENERIC_WORDS or w in _STOP \
                or _lemma_in(toks[j], set(_ADJ_KINDS) | {"муниципальный", "сельский",
                                                         "автономный", "внутригородской"}):
            break
        if forms and not any((p.tag.case, p.tag.number) in forms and p.tag.POS in ("ADJF", "PRTF")
                             and p.tag.gender in (agree or {gender}) | {None}
                             for p in parses(w.rpartition("-")[2])):
            break
        nom = _adj_nominative(w, gender)
        if nom is None or nom in _NOT_NAMES or (place_like and not _PLACE_ADJ.search(w)):
            break
        out.insert(0, nom)
        j -= 1
    return (out, j + 1) if out else None


def _kind_at(toks: list[str], i: int, kinds) -> tuple[tuple[str, ...], str, int] | None:
    """The territory kind of ``kinds`` starting at ``toks[i]`` (its words
    in any case), its gender and how many tokens it takes."""
    for words, gender in kinds:
        if i + len(words) > len(toks):
            continue
        if all(_lemma_in(toks[i + k], {w.replace("ё", "е")}) for k, w in enumerate(words)):
            return _SAID.get(words, words), gender, len(words)
    return None


# a kind's words as the name says them (matched above by their lemmas)
_SAID = {("сельский", "поселение"): ("сельское", "поселение"),
         ("городской", "поселение"): ("городское", "поселение"),
         ("автономный", "область"): ("автономная", "область")}


def _quoted_after(toks: list[str], i: int) -> tuple[list[str], int] | None:
    """The words in quotes at ``toks[i]`` (``«Город Архангельск»``) and the index after."""
    if i < len(toks) and toks[i] in "«\"“„":
        j = i + 1
        words = []
        while j < len(toks) and toks[j] not in "»\"”“":
            words.append(toks[j])
            j += 1
        return (words, j + 1) if words else None
    return None


def _name_after(toks: list[str], i: int, kind_gender: str) -> tuple[str, int] | None:
    """A place's name after its kind word (``Брянска``, ``Нижнего Новгорода``,
    ``Апатиты``; ``Заречного``, an adjective agreeing with the kind word of
    ``kind_gender``), in the nominative, and the index after it."""
    words, j = [], i
    while j < len(toks) and len(words) < 3:
        w = _core(toks[j])
        if not re.fullmatch(r"[а-я]+(?:-[а-я]+)*", w) or w in _STOP or w in GENERIC_WORDS \
                or _lemma_in(toks[j], _KIND_NOUNS):
            break
        if j + 1 < len(toks) and _lemma_in(toks[j + 1], _KIND_NOUNS | {"автономный", "муниципальный"}):
            break   # "станицы Заречной Тестовского края": the kind's own adjective
        words.append(w)
        j += 1
        if any(p.tag.POS == "NOUN" for p in parses(w)[:1]):
            break
    if not words:
        return None
    if not any(p.tag.POS == "NOUN" for p in parses(words[-1])[:1]):
        return " ".join(_adj_nominative(a, kind_gender) or a for a in words), j
    noun = _noun_nominative(words[-1])
    gender = next((p.tag.gender for p in parses(noun) if p.tag.POS == "NOUN"), "masc") or "masc"
    adjs = [_adj_nominative(a, gender) or a for a in words[:-1]]
    return " ".join([*adjs, noun]), j


def _region_after_republic(toks: list[str], i: int) -> tuple[str, int] | None:
    """``Республики Саха (Якутия)``, ``Республики Марий Эл``: the name after."""
    words, j = [], i
    while j < len(toks) and len(words) < 4:
        t = toks[j]
        if t == "(":
            k = toks.index(")", j) if ")" in toks[j:] else -1
            if k < 0:
                break
            words.append("(" + " ".join(_core(x) for x in toks[j + 1:k]) + ")")
            j = k + 1
            break
        w = _core(t)
        if not re.fullmatch(r"[а-я]+(?:-[а-я]+)*", w) or w in _STOP or w in GENERIC_WORDS \
                or _lemma_in(t, {"республика", "совет", "правительство", "глава", "министерство"}):
            break
        words.append(w)   # a republic's name after the word is in the nominative
        j += 1
    if not words:
        return None
    return "Республика " + display(" ".join(words)), j


@functools.lru_cache(maxsize=20000)
def printed(body: str | None) -> Printed:
    """What the name of an issuing body says of its territory, in the one
    spelling (``display``); cached: a fund has few bodies and many acts."""
    if not body:
        return Printed()
    toks = _tokens(body)
    region = municipality = district = None
    i = 0
    while i < len(toks):
        t = _core(toks[i])
        # a region by its kind word, its name before it
        k = _kind_at(toks, i, _REGION_KINDS) \
            if _lemma_in(toks[i], {"автономный", "область", "край"}) else None
        if k:
            names = _names_before(toks, i, k[1])
            if names and region is None:
                name = " ".join(names[0] + list(k[0]))
                after = i + k[2]
                # "Кемеровской области — Кузбасса", "… автономного округа — Югры"
                if after + 1 < len(toks) and toks[after] in "—–-":
                    name += " — " + _noun_nominative(_core(toks[after + 1]))
                    after += 2
                region = display(name)
                i = after
                continue
        if _lemma_in(toks[i], {"республика"}):
            names = _names_before(toks, i, "femn")
            if names and region is None:
                region = display(" ".join(names[0]) + " Республика")
                i += 1
                continue
            got = _region_after_republic(toks, i + 1)
            if got and region is None:
                region, i = got
                continue
        # a municipality by its kind word, its name before it
        k = _kind_at(toks, i, _MUNICIPAL_KINDS)
        if k:
            names = _names_before(toks, i, k[1])
            quoted = _quoted_after(toks, i + k[2]) if not names else None
            if quoted and len(quoted[0]) > 3:
                quoted = None   # a long name in quotes: read the words inside
            name, after = None, i + k[2]
            if names:
                name = display(" ".join(names[0] + list(k[0])))
            elif quoted:
                name, after = _quoted_name(quoted[0], " ".join(k[0])), quoted[1]
            elif _proper_name_at(toks, after):   # "сельского поселения Хужир"
                got = _name_after(toks, after, k[1])
                if got:
                    name, after = display(" ".join(k[0]) + " " + got[0]), got[1]
            if name:
                if municipality is None:
                    municipality = name
                elif district is None and municipality != name and _is_district(name):
                    district = name
                i = after
                continue
        # a body's adjective: "Брянская городская администрация", "Шушенский районный Совет"
        adj = _lemma_in(toks[i], set(_ADJ_KINDS))
        nxt = _core(toks[i + 1]) if i + 1 < len(toks) else ""
        if adj and nxt not in ("округ", "округа", "поселение", "поселения", "голова"):
            kind, gender = _ADJ_KINDS[adj]
            said = {p.tag.gender for p in parses(_core(toks[i])) if p.tag.POS == "ADJF"}
            names = _names_before(toks, i, gender or "masc", place_like=True, agree=said)
            if names and adj == "городской":
                city = _city_of_adjective(names[0][-1])
                if city and municipality is None:
                    municipality = "город " + display(city)
            elif names and kind == "район" and municipality is None:
                municipality = display(" ".join(names[0]) + " район")
            elif names and kind and region is None:
                region = display(" ".join(names[0]) + " " + kind)
            i += 1
            continue
        # a name after its kind word: "города Брянска", "г. Кирова", "села Заречного"
        place = _NAMED_AFTER.get(t) or (_NAMED_AFTER.get(_lemma_in(toks[i], set(_NAMED_AFTER)) or ""))
        if place:
            got = _name_after(toks, i + 1, _PLACE_GENDER[place])
            if got:
                name, j = got
                if place == "город" and name in _FEDERAL_CITIES:
                    region = region or _FEDERAL_CITIES[name]
                elif municipality is None or (place == "город" and _is_city_part(municipality)):
                    # "Администрация Фокинского района города Брянска": the city's district
                    municipality = display(f"{place} {name}")
                i = j
                continue
        # "муниципального образования «…»"
        if _lemma_in(toks[i], {"образование"}) and municipality is None:
            quoted = _quoted_after(toks, i + 1)
            if quoted and len(quoted[0]) <= 3:
                municipality = _quoted_name(quoted[0], "муниципальное образование")
                i = quoted[1]
                continue
        # "Правительство Москвы", "Департамент образования города Москвы"
        for p in parses(t)[:2]:
            if p.normal_form in _FEDERAL_CITIES and "Geox" in p.tag and region is None:
                region = _FEDERAL_CITIES[p.normal_form]
        # "Мэрия Новосибирска", "Администрация Нижнего Новгорода": a city named
        # straight after the body's head noun
        if municipality is None and region is None and _lemma_in(toks[i], GEN_BODY_HEADS):
            got = _city_after_head(toks, i + 1)
            if got:
                municipality, i = got
                continue
        i += 1
    federal = bool(_FEDERAL.search(body)) and not (municipality or region)
    return Printed(region, municipality, district, federal)


# place names after a body's head that are no city: a republic's or a
# country's (-ия, -стан) or a region's informal name
_NOT_CITY = re.compile(r"(?:ия|стан)$|^(?:федерация|кубань|кузбасс|югра|ямал)$")


def _city_after_head(toks: list[str], i: int) -> tuple[str, int] | None:
    """A city named in the genitive right after a body's head noun, with
    at most one adjective (``Нижнего Новгорода``), and the index after it."""
    for n in (1, 2):
        if i + n > len(toks):
            return None
        noun = _core(toks[i + n - 1])
        geox = [p for p in parses(noun) if "Geox" in p.tag and p.tag.POS == "NOUN"
                and p.tag.case == "gent" and not _NOT_CITY.search(p.normal_form)
                and p.normal_form not in _FEDERAL_CITIES]   # a region: read below
        if geox:
            if i + n < len(toks) and _lemma_in(toks[i + n], _KIND_NOUNS):
                return None   # "Администрации Тверской области" is read as a region
            got = _name_after(toks, i, "masc")
            if got and got[1] == i + n:
                return display("город " + got[0]), got[1]
            return None
        if not any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses(noun)):
            return None
    return None


def _quoted_name(words: list[str], kind: str) -> str:
    """A municipality's name in quotes: ``"ГОРОДСКОЙ ОКРУГ ЧЕРНОГОЛОВКА"`` ->
    городской округ Черноголовка, ``«Город Архангельск»`` -> город Архангельск,
    ``«Заречье»`` after ``городской округ`` -> городской округ «Заречье»."""
    inner = [_core(w) for w in words]
    for k in ("город", "село", "поселок", "станица", "городской округ",
              "муниципальный район", "муниципальный округ", "сельское поселение",
              "городское поселение", "сельсовет", "район"):
        kw = k.split()
        if inner[:len(kw)] == kw:
            return display(" ".join(inner))
        if inner[-len(kw):] == kw:   # «Заречный сельсовет»
            return display(" ".join(inner))
    return f"{kind} «{display(' '.join(inner))}»"


def _is_city_part(name: str) -> bool:
    """A plain ``… район`` (not a municipal one) read before a city's name is
    a part of that city, whose administration is the city's."""
    return name.endswith(" район") and "муниципальный" not in name


def _proper_name_at(toks: list[str], i: int) -> bool:
    """A place's own name printed after its kind (``поселения Хужир``), not
    the next part of the body (``поселения РАЙОНА``, ``поселения по …``): a
    place name in the dictionary, or a word it does not know, in the nominative."""
    if i >= len(toks):
        return False
    w = _core(toks[i])
    if not re.fullmatch(r"[а-я]+(?:-[а-я]+)*", w) or w in _STOP or w in GENERIC_WORDS:
        return False
    ps = parses(w)
    if any("Geox" in p.tag and p.tag.case == "nomn" for p in ps):
        return True
    return not is_known(w.rpartition("-")[2]) and any(p.tag.case == "nomn" for p in ps[:1])
