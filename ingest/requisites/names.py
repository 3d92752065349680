"""Names of issuing bodies: the nouns a name is built on, the genitive of a
name printed under the kind word, and the words that say whose a body is."""
from __future__ import annotations

import re

from ingest.heading import starts_name
from ingest.morph import parses, place_adjective, to_nominative
from .office_apposition import second_office_nominative

GEN_BODY_HEADS = {
    "администрация", "глава", "совет", "дума", "правительство", "министерство", "губернатор",
    "мэр", "комитет", "управление", "департамент", "собрание", "президент", "служба", "министр",
    "агентство", "комиссия", "руководитель", "начальник", "директор", "председатель",
    "префект", "аким", "инспекция", "палата", "прокурор", "прокуратура", "голова", "управа",
    "мэрия", "хурал", "курултай", "кабинет", "коллегия", "президиум",
    "орган",  # "Контрольно-счётный орган муниципального образования …" (6-FZ)
}


# "Минприроды", "Минобразования", "Минэкономразвития", "Минэнерго": a
# ministry's short form built on a noun in the genitive does not decline
# (Минздрава, Минстроя, Минфина do: the head is Минздрав, Минстрой, Минфин)
_INDECLINABLE_SHORT = re.compile(r"^Мин[а-яё]{3,}(?:ия|ии|ы|и|о)$")


# "Кабардино-Балкарской", "Ханты-Мансийского": a compound adjective declines in its last part
# (and in the instrumental: "Контрольно-счётным органом")
_COMPOUND_ADJ = re.compile(r"^((?:[А-ЯЁа-яё]+-)+)([А-ЯЁа-яё]{3,}(?:ой|ого|ей|его|ых|их|ому|ему|ым|им))$", re.IGNORECASE)


# "Главы администрации (губернатора) …": the office in brackets after the head
_APPOSITION = re.compile(r"^(?P<head>\S+(?:\s+\S+)?\s+\()(?P<word>[А-ЯЁа-яё]+)(?=\))")


# "ГОРОДА СЕВАСТОПОЛЯ" (a law's territory): the city's name agrees with the word город
# a region's second name after a dash ("… АВТОНОМНЫЙ ОКРУГ - ЗАРЕЧЬЯ"): it takes the case of the
# territory it names once that is put in the nominative
_DASHED = re.compile(r"^(?P<head>.+?)(?P<dash>\s+[-–—]\s+)(?P<word>[А-ЯЁ][А-ЯЁа-яё]+)$")
_DASHED_HEADS = {"округ", "область", "республика", "край"}
_CITY = re.compile(r"^(?P<head>город\s+)(?P<word>[А-ЯЁ][А-ЯЁа-яё-]+)$", re.IGNORECASE)


def nominative(name: str) -> str:
    """A body's name printed in the genitive, in the nominative; a ministry's
    indeclinable short form stays as printed, a compound adjective changes
    its last part only, an office in brackets after the head goes with it,
    and so does a city's name after the word город."""
    out = _nominative(name)
    m = _APPOSITION.match(out)
    if m and out != name and gen_body_head(m.group("word")):
        out = m.group("head") + to_nominative(m.group("word")) + out[m.end("word"):]
    m = _CITY.match(out)
    if m and out != name and m.group("word")[:1].isupper():
        out = m.group("head") + _nominative(m.group("word"))
    m = _DASHED.match(out)
    if m and out != name and m.group("head").split()[-1].lower() in _DASHED_HEADS and gen_word(m.group("word")):
        out = m.group("head") + m.group("dash") + to_nominative(m.group("word"))  # "… округ - Заречье"
    if out != name:
        out = second_office_nominative(out)  # "Глава города … - мэра города": the second office too
    return out


def _nominative(name: str) -> str:
    words = name.split()
    if words and _INDECLINABLE_SHORT.match(words[0].strip("«»\"'(),.:;")):
        return name
    prefixes = {}
    for i, w in enumerate(words):
        m = _COMPOUND_ADJ.match(w)
        if m:
            prefixes[i] = m.group(1)
            words[i] = m.group(2)
    out = to_nominative(" ".join(words))
    if not prefixes:
        return out
    got = out.split()
    if len(got) != len(words):
        return to_nominative(name)
    return " ".join(prefixes.get(i, "") + w for i, w in enumerate(got))


# ЗАКОН / ТЕСТОВСКОЙ ОБЛАСТИ: a law is named after its territory
_GEN_TERRITORY_HEADS = {"область", "край", "республика", "федерация", "округ", "город"}


def gen_word(word: str) -> bool:
    w = word.strip("«»\"'(),.:;").lower()
    compound = _COMPOUND_ADJ.match(w)
    if compound:  # "КАРАЧАЕВО-ЧЕРКЕССКОЙ": the case is in the last part
        w = compound.group(2)
    if not w.replace("-", "").isalpha():  # "САНКТ-ПЕТЕРБУРГА": one noun
        return False
    for p in parses(w)[:3]:
        if p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF"):
            return True
    return False


def locative_word(word: str) -> bool:
    """A name in the locative or dative only (``Москве``, ``Сосновке``): the end
    of ``… в городе Москве`` wrapped after its preposition, never a place line,
    which names a place in the nominative."""
    w = word.strip("«»\"'(),.:;").lower()
    ps = [p for p in parses(w)[:3] if p.tag.POS in ("NOUN", "ADJF")] if w.isalpha() else []
    return bool(ps) and all(p.tag.case in ("loct", "datv") for p in ps)


def body_head_gen(line: str, law: bool = False) -> bool:
    """A line naming a body in the genitive: ``АДМИНИСТРАЦИИ КУРСАВСКОГО РАЙОНА``
    (for a law, its territory: ``ТЕСТОВСКОЙ ОБЛАСТИ``)."""
    words = line.split()
    if not words:
        return False
    heads = GEN_BODY_HEADS | _GEN_TERRITORY_HEADS if law else GEN_BODY_HEADS
    for w in words[:5]:  # "Заречной районной территориальной избирательной комиссии": four adjectives first
        core = w.strip("«»\"'(),.:;").lower()
        for p in parses(core)[:3]:
            if p.tag.case == "gent" and p.normal_form in heads:
                return True
        if not gen_word(core):
            return False
    return False


# A body's name is complete when it says whose it is: a territory in the
# genitive or a place adjective ("БРЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ"); an
# adjective in "-ческий" says what, not where ("САНИТАРНО-ЭПИДЕМИОЛОГИЧЕСКАЯ").
_TERRITORY = re.compile(
    r"област|\bкра[йяюе]\b|район|округ|поселени|\bгород[ау]?\b|\bг\.|республик|москв|"
    r"петербург|севастопол|федераци|росси|сельсовет|\bзато\b|\bмо\b|"
    r"\b(?!(?:город|сельс|районн|федеральн|муниципальн|государственн|финансов))"
    r"[а-яё]{3,}(?<!че)(?:ск|цк)(?:ая|ий|ой|ого|ое|ому|им|их)\b",
    re.IGNORECASE)
# heads of bodies that report to another one printed above them
UNIT_HEADS = {"департамент", "управление", "комитет", "отдел", "служба", "инспекция",
              "агентство", "комиссия", "управа"}
PARENT_HEADS = {"правительство", "администрация", "мэрия", "министерство", "управа"}
# nouns a complete name of an issuer is built on (bodies, units, institutions)
_INSTITUTION_HEADS = {"учреждение", "организация", "предприятие", "центр", "фонд", "библиотека",
                      "школа", "музей", "казначейство", "суд", "университет", "колледж", "отделение"}
COUNCIL_HEADS = {"совет", "дума", "собрание", "глава", "хурал", "курултай", "кенеш", "хасэ"}
MUNICIPALITY_NAME = re.compile(
    r"^(?:муниципальное\s+образование|городской\s+округ|муниципальный\s+(?:район|округ)|"
    r"(?:сельское|городское)\s+поселение|внутригородск\w+\s+(?:муниципальное|район))",
    re.IGNORECASE)
_STATE_LINE = re.compile(r"^(?:российская\s+федерация|р\s?о\s?с\s?с\s?и\s?й\s?с\s?к\s?а\s?я.*)$",
                         re.IGNORECASE)


NAME_HEADS = GEN_BODY_HEADS | UNIT_HEADS | _INSTITUTION_HEADS


def head_lemma(text: str) -> str | None:
    """The noun a body's name is built on: ``ФИНАНСОВОЕ УПРАВЛЕНИЕ`` -> управление."""
    for w in text.split()[:4]:
        core = w.strip("«»\"'(),.:;").lower()
        if not core.replace("-", "").isalpha():
            return None  # a compound adjective ("КОНТРОЛЬНО-СЧЕТНАЯ") goes on to its noun
        for p in parses(core)[:2]:
            if p.tag.POS == "NOUN" and not place_adjective(p):
                return p.normal_form
    return None


def has_territory(text: str) -> bool:
    return bool(_TERRITORY.search(text))


# the words of a body's name: a line holding one names who, not only where
_ORGAN_WORDS = re.compile(r"администрац|совет|дума|собрани|глав[аы]|правительств|министерств|"
                          r"управлени|департамент|комитет|губернатор|мэри|\bмэр\b|образовани|округ\s*[«\"]|"
                          r"палат|служб|инспекци|агентств|комисси|отдел\b|прокуратур|\bсуд\b|казначейств|"
                          r"фонд\b|аппарат|\bорган\b", re.IGNORECASE)


def state_line(line: str) -> bool:
    """``РОССИЙСКАЯ ФЕДЕРАЦИЯ`` (letter-spaced too): the topmost line of a heading."""
    return bool(_STATE_LINE.match(line))


def names_organ(line: str) -> bool:
    """A line holding a word of a body's name (``совет``, ``администрация``, ``палата`` …)."""
    return bool(_ORGAN_WORDS.search(line))


def territory_only(line: str) -> bool:
    """``ТЕСТОВСКАЯ ОБЛАСТЬ``, ``РОСТОВСКАЯ ОБЛАСТЬ, ОРЛОВСКИЙ РАЙОН``: a place, not a body
    (the state line, and any line it opens, is one)."""
    if _STATE_LINE.match(line):
        return True
    if not starts_name(line.split()[0]):
        return False  # "ТЕСТОВСКОГО КРАЯ": the end of a name begun above
    return (not _ORGAN_WORDS.search(line)
            and bool(re.search(r"област|кра[йя]\b|республик|район|округ", line, re.IGNORECASE)))


def issuer_line(line: str) -> bool:
    """A line naming an issuer in the nominative, its head noun first and the rest
    in the genitive or an abbreviation (``АДМИНИСТРАЦИЯ ТЕСТОВСКОЙ ОБЛАСТИ``,
    ``ГЛАВА ЗАРЕЧНОГО РАЙОНА``, ``ПРЕЗИДЕНТ РФ``): no title, no sentence."""
    words = line.split()
    if len(words) < 2 or len(line) > 120 or not line[:1].isupper():
        return False
    # a head noun's nominative singular is its dictionary form: a set lookup, no parse
    h = next((i for i, w in enumerate(words[:4]) if w.strip("«»\"'(),.:;").lower() in GEN_BODY_HEADS), None)
    if h is None:
        return False
    if h == 0:
        return genitive_words(words[1:])
    # "Сосновский сельский Совет депутатов", "ЗАРЕЧНАЯ РАЙОННАЯ ДУМА": the head's
    # adjectives before it, in the nominative and agreeing with it
    return _nominative_adjectives(words[:h], words[h]) and (h + 1 == len(words) or genitive_words(words[h + 1:]))


def _nominative_adjectives(adjs: list[str], head: str) -> bool:
    noun = next((p for p in parses(head.strip("«»\"'(),.:;").lower())
                 if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
    if noun is None:
        return False
    for w in adjs:
        core = w.strip("«»\"'(),.:;").lower()
        if not core.replace("-", "").isalpha() or not any(
                (p.tag.POS == "ADJF" or place_adjective(p)) and p.tag.case == "nomn"
                and p.tag.number == noun.tag.number and p.tag.gender in (noun.tag.gender, None)
                for p in parses(core)[:4]):
            return False
    return True


def genitive_words(words: list[str]) -> bool:
    """Words going on with a name: each in the genitive, or an abbreviation (``РФ``)."""
    return bool(words) and all(
        gen_word(w) or (len(core := w.strip("«»\"'(),.:;")) <= 6 and core.isupper() and core.isalpha())
        for w in words)


def gen_body_head(line: str) -> bool:
    """A line opening with a body's head noun in the genitive (``Министерства …``)."""
    w = line.split()[0].strip("«»\"'(),.:;").lower() if line.split() else ""
    return any(p.tag.case == "gent" and p.normal_form in GEN_BODY_HEADS for p in parses(w)[:2])


def territory_of(body: str) -> str | None:
    """``ГОРОДСКАЯ УПРАВА Г. КАЛУГИ`` -> ``Г. КАЛУГИ``: the part of a body's
    name that says whose it is (from its first genitive word after the head)."""
    words = body.split()
    for i, w in enumerate(words[1:], 1):
        core = w.strip("«»\"'(),.:;").lower()
        if core in ("г", "гор") or any(p.tag.case == "gent" for p in parses(core)[:1]) and \
                has_territory(" ".join(words[i:])):
            return " ".join(words[i:])
    return None
