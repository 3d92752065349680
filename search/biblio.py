"""Bibliographic descriptions of records per ГОСТ Р 7.0.100–2018.

One style for every list: the description under the title (официальные
документы are described under their title, not under the issuing body).

    describe(record, url=None, electronic=None) -> str

Forms (prescribed punctuation of the standard: ``. – `` between areas,
`` : `` before other title information, `` / `` before the statement of
responsibility, `` // `` before the host document of an analytic, ``, ``
between names):

* an act as a separate document::

    Об утверждении … : постановление администрации Андроповского
    муниципального округа Ставропольского края от 12 марта 2024 г. № 145-п.
    – Текст : непосредственный.

* an act published in a newspaper or bulletin (analytic description)::

    … № 145-п. – Текст : непосредственный // Призыв. – 2024. – 15 марта
    (№ 21). – С. 3.

* a newspaper article (``kind == "публикация"``; the author is the record's
  ``body`` when it is a person's name)::

    Иванова, А. В. Название / А. В. Иванова. – Текст : непосредственный
    // Призыв. – 2024. – 15 марта. – С. 2.

* an electronic original (an HTML page, a file whose source URL is known, a
  publication on an internet portal) takes ``Текст : электронный`` and
  ``– URL: … (дата обращения: ДД.ММ.ГГГГ).`` when the URL is known; the
  date of access is the date the library received the file.

* in a list (``describe(..., repeal=True)``), an act no longer in force ends
  with the note area's ``. – Утратил силу`` (``с 1 января 2025 г.`` when the
  date is known)::

    … № 12-п. – Текст : непосредственный. – Утратил силу.

Abbreviations per ГОСТ Р 7.0.12–2011: ``г.`` (год), ``№``, ``С.``
(страница), ``Ст.`` (статья), months in the host document's date
(``янв.``, ``февр.``, ``апр.``, ``авг.``, ``сент.``, ``окт.``, ``нояб.``,
``дек.``; март, май, июнь, июль are not abbreviated). Titles and the date
of the act in the other title information are not abbreviated. The dash is
the en dash with spaces (`` – ``); page ranges take the en dash without
spaces (``С. 3–4``).

Letter case (rule used throughout). Headings delivered in capitals
(``ОБ УТВЕРЖДЕНИИ …``, ``ТЮМЕНСКАЯ ГОРОДСКАЯ ДУМА``) are written in
sentence case: the first word and proper names keep a capital, the rest is
lower case. A word is a proper name when the dictionary (pymorphy3) marks it
as a place or person name, when it is an adjective formed from one
(``брянский`` ← Брянск, ``российский`` ← Россия; also adjectives the
dictionary does not know, such as ``краснопольский``), when it opens a name
in quotes (``«Специализированная похоронная служба»``), or by fixed usage:
``Российская Федерация``, ``Совет Федерации``, ``Дума`` always,
``Республика``/``Правительство``/``Президент`` before a proper name, the
word after a specialty code (``38.05.01 Экономическая безопасность``).
Abbreviations (``ФСТЭК``, ``РФ``, ``МБУ``, unknown words of up to five
letters) stay in capitals. Headings in mixed case are kept as printed,
except single all-capital dictionary words (``УСТАВ Муниципального …`` →
``Устав Муниципального …``).

The issuing body is put in the genitive with real morphology: only the head
noun phrase (adjectives up to the first noun) inflects, the tail stays
(``Совет депутатов …`` → ``Совета депутатов …``). ``администрация``,
``глава`` and ``мэр`` are common nouns and are written in lower case after
the kind of act (``постановление администрации …``, as in the standard's
examples); other bodies keep their capital (``Брянской городской
администрации``, ``Федеральной службы по …``). A parenthesised
abbreviation after the name (``(ФСТЭК России)``) is dropped.
"""
from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache

from ingest.morph import fold, parses
from ingest.records import Publication, Record

__all__ = ["describe", "repeal_note", "is_electronic", "sentence_case", "genitive", "act_designation",
           "format_date", "format_pub_date", "sort_key"]

DASH = "–"
SEP = f". {DASH} "           # between areas and elements of the host document

MONTHS = ("января февраля марта апреля мая июня июля августа сентября октября "
          "ноября декабря").split()
# ГОСТ Р 7.0.12–2011: months in the genitive, abbreviated where the standard allows
MONTHS_ABBR = ("янв. февр. марта апр. мая июня июля авг. сент. окт. нояб. дек.").split()

_PROPER_TAGS = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"}
# heads written in lower case after the kind of act (common nouns)
_LOWER_HEADS = {"администрация", "глава", "мэр"}
# heads capitalised only before a proper name
_NAME_HEADS = {"республика", "правительство", "президент", "федерация"}
_ALWAYS_CAP = {"дума"}
# an organisational form (муниципальное учреждение «…») is written in lower case
_FORM_HEADS = {"учреждение", "предприятие", "организация", "общество", "фонд"}
# adjectives in -ский that are not formed from a proper name
_COMMON_ADJ = {"городской", "сельский", "детский", "женский", "мужской", "морской",
               "человеческий", "депутатский", "президентский", "министерский", "отцовский",
               "материнский", "братский", "плотницкий", "людской", "конский", "земской",
               "поселковский", "районский", "светский", "вузовский", "внутригородской"}
_JOURNAL_WORDS = ("собрание законодательства", "ведомости")
_ISSUED_KINDS = {"постановление", "распоряжение", "решение", "приказ", "указ", "закон"}


# --- dates ------------------------------------------------------------------

def _d(iso: str | None) -> _date | None:
    if not iso:
        return None
    try:
        return _date.fromisoformat(iso[:10])
    except ValueError:
        return None


def format_date(iso: str | None) -> str | None:
    """``2024-03-12`` -> ``12 марта 2024 г.`` (the act's own date)."""
    d = _d(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} г." if d else None


def format_pub_date(iso: str | None) -> str | None:
    """Day and month of a newspaper issue, abbreviated per ГОСТ Р 7.0.12."""
    d = _d(iso)
    return f"{d.day} {MONTHS_ABBR[d.month - 1]}" if d else None


def format_access_date(iso: str | None) -> str | None:
    d = _d(iso)
    return d.strftime("%d.%m.%Y") if d else None


# --- letter case ------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+|\d[\d.]*|\s+|.", re.S)


def _is_cyr(s: str) -> bool:
    return bool(re.search(r"[а-яёА-ЯЁ]", s))


def _mostly_caps(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    if len(letters) < 4:
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) > 0.7


# abbreviations the dictionary reads as common words: ЗАТО (закрытое
# административно-территориальное образование) is the conjunction «зато» to it
_ABBR_WORDS = {"зато"}


def _is_abbr(word: str) -> bool:
    """An all-capital word that is an abbreviation (keeps its capitals)."""
    if word.lower() in _ABBR_WORDS:
        return True
    p = parses(word.lower())[0]
    if "Abbr" in p.tag:
        return True
    if not p.is_known and len(word) <= 5:
        return True
    if len(word) > 1 and not re.search(r"[аеёиоуыэюяАЕЁИОУЫЭЮЯ]", word):
        return True  # no vowel: ВЦП
    return False


_TERRITORY = {"муниципальный", "сельский", "городской", "район", "область", "край", "округ",
              "поселение", "сельсовет", "автономный", "городской округ"}
# after these (with a dot) a place name follows: р.п. Белые Берега, ул. Абашева
_PLACE_MARKERS = {"п", "г", "с", "д", "ул", "пос", "пгт", "х", "ст", "пер", "мкр", "пр", "пл", "рп"}


@lru_cache(maxsize=20000)
def _is_proper(low: str, nxt: str = "") -> bool:
    """A proper name or an adjective formed from one (see module doc);
    ``nxt`` is the following word, lower case (context for adjectives)."""
    p = parses(low)[0]
    if p.is_known and _PROPER_TAGS & set(p.tag.grammemes):
        return True
    if "ADJF" not in p.tag and "ADJS" not in p.tag:
        return False
    lemma = p.normal_form
    m = re.match(r"(.+?)(ский|цкий|ской|цкой)$", lemma)
    if not m or lemma in _COMMON_ADJ or re.search(r"[еи]ческий$|[еэ]ский$", lemma):
        return False
    if not p.is_known:
        return True  # краснопольский, снежетьский: not in the dictionary
    stem = m.group(1)
    base = stem[:-1] if stem.endswith("й") else stem
    cands = [stem + "ск", stem, stem + "ь", stem + "а", stem + "о", base + "ия", base + "я",
             stem + "е", stem + "ы", stem + "и", stem + "цк"]
    if stem.endswith(("ов", "ев")):
        cands.append(stem[:-2] + "ва")
    for c in cands:
        for q in parses(c)[:3]:
            if q.is_known and (_PROPER_TAGS & set(q.tag.grammemes)):
                return True
    # торбеевский муниципальный район: a place adjective before a territory word
    if nxt:
        nl = parses(nxt)[0].normal_form
        if nl in _TERRITORY:
            return True
    return False


def _lemma(low: str) -> str:
    return parses(low)[0].normal_form


# «ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА», «ЛЕСНОГО ГОРОДСКОГО ОКРУГА», «НОВОГО СЕЛЬСКОГО
# ПОСЕЛЕНИЯ»: an adjective before the kind of municipality names it, whatever its
# suffix (the -ский ones are caught by _is_proper already); «ГОРОДСКОГО ОКРУГА ЗАРЕЧНЫЙ»:
# the name printed after it, in the nominative while the territory words are not.
_MUNI_KIND = {"муниципальный", "городской", "сельский"}
_MUNI_UNIT = {"район", "округ", "поселение"}
# adjectives that only point at a municipality already named
_MUNI_NOT_NAME = {"данный", "единый", "соседний", "каждый", "любой", "иной", "другой", "местный",
                  "указанный", "соответствующий", "настоящий"}


# a body's name word right before «… района/округа» (Совет депутатов Центрального района,
# Дума Заречного района, Избирательная комиссия Первомайского района)
_BODY_HEADS = {"администрация", "совет", "депутат", "дума", "глава", "собрание", "комитет",
               "управление", "отдел", "мэрия", "префектура", "управа", "комиссия", "прокуратура",
               "суд"}
# adjectives that say what kind of district, circuit or town it is, never its name
_PLACE_KIND = {"избирательный", "одномандатный", "многомандатный", "административный",
               "территориальный", "судебный", "военный", "федеральный",
               "областной", "краевой", "районный", "окружной", "республиканский", "жилой",
               "промышленный", "межмуниципальный"}


def _names_municipality(low: str, prev: tuple[str, str], nxt: tuple[str, str]) -> bool:
    """``prev``/``nxt``: the two words before / after, lower case ('' when none)."""
    p = parses(low)[0]
    if ("ADJF" not in p.tag or p.normal_form in _TERRITORY or p.normal_form in _COMMON_ADJ
            or p.normal_form in _MUNI_NOT_NAME):
        return False
    if nxt[0] and nxt[1] and _lemma(nxt[0]) in _MUNI_KIND and _lemma(nxt[1]) in _MUNI_UNIT:
        return True
    if (prev[0] and prev[1] and "nomn" in p.tag and _lemma(prev[1]) in _MUNI_KIND
            and _lemma(prev[0]) in _MUNI_UNIT and "nomn" not in parses(prev[0])[0].tag):
        return True
    if p.normal_form in _PLACE_KIND:
        return False
    # «СОВЕТ ДЕПУТАТОВ ЦЕНТРАЛЬНОГО РАЙОНА»: a body, then the adjective, then the unit
    if nxt[0] and _lemma(nxt[0]) in ("район", "округ") and prev[0] and _lemma(prev[0]) in _BODY_HEADS:
        return True
    # «ГОРОДА ЗАРЕЧНОГО», «ГОРОДА НОВОГО ЗАРЕЧЬЯ»: the town's name after «города»,
    # unless the adjective goes with the noun after it («города старшего возраста»)
    if prev[0] and _lemma(prev[0]) == "город" and _agrees(p, parses(prev[0])[0]):
        return not nxt[0] or not _noun_agreeing(p, nxt[0])
    # «ГОРОДА ОБЛАСТНОГО ЗНАЧЕНИЯ ЗАРЕЧНЫЙ»: the name in the nominative after the status
    if (prev[0] and prev[1] and "nomn" in p.tag and _lemma(prev[0]) == "значение"
            and _lemma(prev[1]) in _PLACE_KIND):
        return True
    return False


def _agrees(adj, noun) -> bool:
    """The adjective can stand in the noun's case (genitive or nominative alike)."""
    return any(c in adj.tag and c in noun.tag for c in ("nomn", "gent", "datv", "ablt", "loct", "accs"))


def _noun_agreeing(adj, word: str) -> bool:
    """``word`` is a known noun the adjective agrees with: the adjective is its
    attribute, not a name (a name's own second word is not in the dictionary or
    is a proper noun: «нового Уренгоя»)."""
    for q in parses(word)[:3]:
        if q.is_known and "NOUN" in q.tag and not (_PROPER_TAGS & set(q.tag.grammemes)) \
                and _agrees(adj, q):
            return True
    return False


def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def sentence_case(text: str | None, *, first: bool = True) -> str | None:
    """Capitals -> sentence case with proper names kept (see module doc)."""
    if text is None:
        return None
    text = " ".join(text.split())
    if not text:
        return text
    caps = _mostly_caps(text)
    toks = _TOKEN.findall(text)
    words = [i for i, t in enumerate(toks) if t[0].isalpha()]
    out = list(toks)
    lows = {i: toks[i].lower() for i in words}
    place = 0                          # words left in a place name after р.п., ул., …
    for n, i in enumerate(words):
        w = toks[i]
        low = lows[i]
        prev = toks[i - 1] if i > 0 else ""
        prev2 = toks[i - 2] if i > 1 else ""
        between = "".join(toks[words[n - 1] + 1:i]) if n > 0 else ""
        if n > 0 and (re.search(r"[,;:()«»\d!?]", between) or _lemma(low) in _TERRITORY):
            place = 0
        if (low in _PLACE_MARKERS and i + 1 < len(toks) and toks[i + 1] == "."
                and not (n > 0 and re.search(r"\d\s*$", "".join(toks[:i])))):
            place = 3
            if w.isupper() and (caps or len(w) > 1):
                out[i] = low
            continue
        in_place = place > 0
        place = max(0, place - 1)
        if not _is_cyr(w) or not w.isupper():
            continue
        if not caps and (len(w) < 4 or not parses(low)[0].is_known or _is_abbr(w)):
            continue  # mixed case heading: only dictionary words in capitals change
        if len(w) > 1 and _is_abbr(w) and not (low in _ABBR_WORDS and re.search(r"[,;–—]\s*$", between)):
            continue  # but «…, ЗАТО МЫ …»: the conjunction after a comma
        prev_word = lows[words[n - 1]] if n > 0 else ""
        nxt = lows[words[n + 1]] if n + 1 < len(words) else ""
        lem = _lemma(low)
        cap = False
        if lem in _ALWAYS_CAP or (in_place and len(low) > 1):
            cap = True
        elif len(low) > 1 and _is_proper(low, nxt):
            cap = True
        elif len(low) > 1 and _names_municipality(
                low, (prev_word, lows[words[n - 2]] if n > 1 else ""),
                (nxt, lows[words[n + 2]] if n + 2 < len(words) else "")):
            cap = True
        elif nxt and _lemma(nxt) == "кодекс" and "ADJF" in parses(low)[0].tag:
            cap = True  # Гражданский кодекс, Бюджетный кодекс
        elif lem in _NAME_HEADS and nxt and (_is_proper(nxt) or nxt.startswith("федерац")):
            cap = True
        elif (lem == "республика" and n > 0 and out[words[n - 1]][:1].isupper()
              and "ADJF" in parses(prev_word)[0].tag):
            cap = True  # Удмуртская Республика, Кабардино-Балкарской Республики: its official name
        elif lem == "федерация" and _lemma(prev_word) in ("российский", "совет"):
            cap = True
        elif (lem == "победа" and _lemma(prev_word) == "день") or (lem == "день" and _lemma(nxt) == "победа"):
            cap = True  # День Победы, a holiday's name
        elif prev == "«" or (prev.isspace() and prev2 == "«"):
            cap = True
        elif prev.isspace() and re.fullmatch(r"\d+\.\d+\.\d+", prev2 or ""):
            cap = True
        out[i] = _cap(low) if cap else low
    _compounds(toks, out)
    s = "".join(out)
    if first and s and s[0].islower():
        s = _cap(s)
    return s


def _compounds(toks: list[str], out: list[str]) -> None:
    """A compound word in capitals (``ХАНТЫ-МАНСИЙСКОГО``, ``САНКТ-ПЕТЕРБУРГА``,
    ``СОЦИАЛЬНО-ЭКОНОМИЧЕСКОМ``) is one word: its first parts take the case
    the last part was given (``Ханты-Мансийского``, ``социально-экономическом``);
    an abbreviation among them keeps its capitals (``ВИЧ-инфекции``)."""
    i = 0
    while i < len(toks):
        run = [i]
        while (run[-1] + 2 < len(toks) and toks[run[-1] + 1] == "-"
               and toks[run[-1] + 2][:1].isalpha()):
            run.append(run[-1] + 2)
        i = run[-1] + 1
        if len(run) < 2 or not all(toks[j].isupper() and _is_cyr(toks[j]) for j in run):
            continue
        last = out[run[-1]]
        if last.isupper():
            continue  # an abbreviation last: nothing was decided
        for j in run[:-1]:
            low = toks[j].lower()
            p = parses(low)[0]
            if "Abbr" in p.tag or low in _ABBR_WORDS:
                continue
            if last[:1].isupper():
                out[j] = _cap(low)
            elif p.is_known or low.endswith("о"):   # юго-, северо-: a linking vowel
                out[j] = low


# --- typography of titles ---------------------------------------------------

def _quotes(s: str) -> str:
    """Straight double quotes -> «…» (the Russian typographic quotes)."""
    if '"' not in s:
        return s
    out = []
    for i, ch in enumerate(s):
        if ch == '"':
            prev = s[i - 1] if i else " "
            out.append("«" if (prev.isspace() or prev in "([«-–—/") else "»")
        else:
            out.append(ch)
    return "".join(out)


def clean_title(title: str | None) -> str:
    if not title or not title.strip():
        return "[Без заглавия]"
    t = " ".join(title.split())
    t = re.sub(r"(?<![\w№])N\s?(?=\d)", "№ ", t)       # N 3077-п -> № 3077-п
    t = re.sub(r"№(?=\d)", "№ ", t)
    t = _quotes(t)
    t = sentence_case(t)
    t = t.rstrip(" .;,:")
    if re.search(r"(?:^|[\s.])(?:[А-ЯЁA-Z]|гг?|др|т\.[дп]|пр)$", t) and title.rstrip(" ;,:").endswith("."):
        t += "."   # an initial or an abbreviation keeps its dot: «… Петрова П.П.», «… 2020-2022 гг.»
    return t or "[Без заглавия]"


# --- the issuing body ---------------------------------------------------------

# a republic's second name in brackets is part of its constitutional name
# («Республика Саха (Якутия)», «Республика Адыгея (Адыгея)»), not an abbreviation
_REPUBLIC_SECOND_NAME = re.compile(r"(?i:республик[аиеуой]+)\s+[А-ЯЁ][а-яё\-]+\s*\([А-ЯЁ][а-яё\-]+\)\s*$")


def _strip_abbrev(body: str) -> str:
    """The body without a trailing bracketed abbreviation (``(ФСТЭК России)``)."""
    b = " ".join(body.split())
    if _REPUBLIC_SECOND_NAME.search(b):
        return b.strip()
    return re.sub(r"\s*\([^()]*\)\s*$", "", b).strip()


def _match_case(src: str, form: str) -> str:
    if src.isupper() and len(src) > 1:
        return form.upper()
    if src[:1].isupper():
        return _cap(form)
    return form


# the head of a structural unit printed under its parent body
# («АДМИНИСТРАЦИЯ ГОРОДА …» / «ДЕПАРТАМЕНТ КУЛЬТУРЫ»)
_UNIT_HEADS = {"управление", "департамент", "комитет", "отдел", "министерство"}


def _unit_start(s: str) -> int | None:
    """Where a unit's name in the nominative starts after its parent's name
    (``Администрация города Заречного Управление образования`` -> the offset
    of ``Управление``), else None."""
    for m in re.finditer(r"(?<=\s)[А-ЯЁа-яё]+", s):
        low = m.group().lower()
        if not any(p.normal_form in _UNIT_HEADS and {"NOUN", "nomn", "sing"} <= set(p.tag.grammemes)
                   for p in parses(low)[:2]):
            continue
        before = re.findall(r"[А-ЯЁа-яё]+", s[:m.start()])
        # the parent's name ends in a word in the genitive (… Липецка, … области)
        if before and any("gent" in p.tag and "PREP" not in p.tag for p in parses(before[-1].lower())[:2]) \
                and not any("nomn" in p.tag for p in parses(before[-1].lower())[:1]):
            return m.start()
    return None


@lru_cache(maxsize=4096)
def genitive(body: str) -> str:
    """``Брянская городская администрация`` -> ``Брянской городской
    администрации``; only the head noun phrase inflects. A unit printed
    under its parent (``Администрация города Заречного`` / ``Управление
    образования``) is the issuer, its parent after it in the genitive
    (``Управления образования администрации города Заречного``) unless the
    unit's own name already names its place (``Департамент образования
    города Заречного`` under ``Правительство …``)."""
    s = _quotes(sentence_case(_strip_abbrev(body)))
    k = _unit_start(s)
    if k is None:
        return _genitive_one(s)
    unit, parent = _cap(s[k:].strip()), s[:k].strip()
    if _lemma(parent.split()[0].lower()) in _UNIT_HEADS:
        return _genitive_one(s)   # a joint act of two ministries, not a unit and its parent
    if re.search(r"\s[А-ЯЁ]", unit):
        return _genitive_one(unit)
    return f"{_genitive_one(unit)} {_genitive_one(parent)}"


def _genitive_one(s: str) -> str:
    toks = _TOKEN.findall(s)
    words = [i for i, t in enumerate(toks) if t[0].isalpha()]
    plan: list[tuple[int, object]] = []   # (token index, parse to inflect)
    head = None
    for i in words:
        w = toks[i]
        low = w.lower()
        if len(w) > 1 and w.isupper() and _is_abbr(w):
            break  # ФСТЭК России: an abbreviation does not decline
        ps = [p for p in parses(low) if "nomn" in p.tag]
        noun = next((p for p in ps if "NOUN" in p.tag), None)
        adj = next((p for p in ps if {"ADJF"} & set(p.tag.grammemes)
                    or "PRTF" in p.tag), None)
        if adj is not None and noun is not None:
            # both readings: an adjective when the next word is nominative too
            nxt = next((j for j in words if j > i), None)
            if nxt is not None and any("nomn" in p.tag for p in parses(toks[nxt].lower())):
                noun = None
        if noun is not None:
            head = (i, noun)
            break
        if adj is None:
            break
        plan.append((i, adj))
        continue
    if head is None:
        return s
    hi, hp = head
    gender, number = hp.tag.gender, hp.tag.number
    out = list(toks)
    g = hp.inflect({"gent"})
    if g is None:
        return s
    out[hi] = _match_case(toks[hi], _yo(toks[hi], g.word))
    for i, ap in plan:
        want = {"gent", number or "sing"}
        if number != "plur" and gender in ("masc", "femn", "neut"):
            want.add(gender)
        # pick the adjective reading that agrees with the head
        cand = next((p for p in parses(toks[i].lower())
                     if "nomn" in p.tag and (p.tag.gender == gender or number == "plur"
                                             or gender not in ("masc", "femn", "neut"))), ap)
        f = cand.inflect(want) or cand.inflect({"gent"})
        if f is not None:
            out[i] = _match_case(toks[i], _yo(toks[i], f.word))
    res = "".join(out)
    first = toks[words[0]].lower() if words else ""
    if first in _LOWER_HEADS or hp.normal_form in _FORM_HEADS:
        res = res[:1].lower() + res[1:]
    return res


def _yo(src: str, form: str) -> str:
    """Keep ё only where the printed name has it (КАЗЕННОЕ -> казенного)."""
    return form if "ё" in src.lower() else form.replace("ё", "е")


def _region_tail(body: str | None) -> str | None:
    """The region a regional law belongs to, in the genitive:
    ``Губернатор Брянской области`` -> ``Брянской области``,
    ``ЛЕНИНГРАДСКАЯ ОБЛАСТЬ`` -> ``Ленинградской области``."""
    if not body:
        return None
    s = sentence_case(_strip_abbrev(body))
    if re.fullmatch(r"[А-ЯЁ][а-яё\-]+(?:ая|ий|ой)\s+(?:область|край|автономный округ)"
                    r"|Республика\s+[А-ЯЁ][\w\- ()]+|[А-ЯЁ][\w\-]+ автономный округ(?: – [А-ЯЁ]\w+)?", s):
        return genitive(s)
    m = re.search(r"\b([А-ЯЁ][а-яё\-]+(?:ой|ого)\s+(?:области|края|автономного округа)"
                  r"|Республики\s+[А-ЯЁ][\w\- ]+(?:\([А-ЯЁ][\w\-]+\))?)$", s)
    return m.group(1) if m else None


def act_designation(rec: Record) -> str:
    """``постановление Брянской городской администрации от 8 сентября 2004 г. № 3077-п``."""
    kind = (rec.kind or "").strip().lower()
    parts = []
    if kind == "закон":
        num = (rec.number or "").upper()
        if "ФКЗ" in num:
            parts.append("Федеральный конституционный закон")
        elif "ФЗ" in num or rec.level == "federal":
            parts.append("Федеральный закон")
        else:
            tail = _region_tail(rec.body)
            parts.append(f"закон {tail}" if tail else "закон")
    elif kind:
        parts.append(kind)
        if rec.body:
            parts.append(genitive(rec.body))
    d = format_date(rec.date)
    if d:
        parts.append(f"от {d}")
    if rec.number:
        parts.append(f"№ {rec.number.strip()}")
    return " ".join(parts)


# --- persons (authors of articles) ------------------------------------------

_INIT = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?"
_SURN = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"


def _person(s: str) -> tuple[str, str] | None:
    """A person's name -> (surname, initials ``А. В.``) or None."""
    s = " ".join(s.split())
    m = re.fullmatch(rf"({_SURN}),?\s+({_INIT})", s)
    if m:
        return m.group(1), _initials(m.group(2))
    m = re.fullmatch(rf"({_INIT})\s*({_SURN})", s)
    if m:
        return m.group(2), _initials(m.group(1))
    m = re.fullmatch(rf"({_SURN})\s+([А-ЯЁ][а-яё]+)(?:\s+([А-ЯЁ][а-яё]+))?", s)
    if m:
        first = parses(m.group(2).lower())[0]
        if "Name" in first.tag:
            ini = m.group(2)[0] + "."
            if m.group(3):
                ini += " " + m.group(3)[0] + "."
            return m.group(1), ini
    return None


def _initials(s: str) -> str:
    return " ".join(re.findall(r"[А-ЯЁ]\.", s))


def authors_of(body: str | None) -> list[tuple[str, str]]:
    """Authors of an article from ``body`` (``Иванова А. В., Петров П. П.``)."""
    if not body:
        return []
    parts = [p.strip() for p in re.split(r"[;,]\s*(?=[А-ЯЁ])", body) if p.strip()]
    people = [_person(p) for p in parts]
    if parts and all(people):
        return people  # type: ignore[return-value]
    return []


# --- the host document (newspaper, bulletin, portal) ---------------------------

def _pub_name(name: str) -> tuple[str, str | None]:
    """Name without a trailing ``(www.site.ru)``, and that site as a URL."""
    n = " ".join(name.split())
    url = None
    m = re.search(r"\s*\(((?:https?://)?(?:www\.)?[\w.-]+\.[a-zа-я]{2,}[^\s()]*)\)\s*$", n, re.I)
    if m:
        url = m.group(1)
        if not url.lower().startswith("http"):
            url = "http://" + url
        n = n[:m.start()]
    n = sentence_case(n.strip(" .«»\""))
    return n, url


def _pages(page: str) -> str:
    p = " ".join(str(page).split()).strip(" .")
    m = re.fullmatch(r"(?i)(ст|с|стр)\.?\s*(.+)", p)
    label = "С."
    if m:
        label = "Ст." if m.group(1).lower() == "ст" else "С."
        p = m.group(2)
    p = re.sub(r"\s*[-‐–—]\s*", "–", p)
    return f"{label} {p}"


def _host(pub: Publication) -> tuple[str, str | None]:
    """``Призыв. – 2024. – 15 марта (№ 21). – С. 3`` and the portal URL, if any."""
    name, url = _pub_name(pub.name or "")
    els = [name or "[Без названия]"]
    d = _d(pub.date)
    issue = (pub.issue or "").strip().lstrip("№N ").strip() or None
    journal = any(w in name.lower() for w in _JOURNAL_WORDS)
    if d:
        els.append(str(d.year))
    if journal and issue:
        els.append(f"№ {issue}")
    elif d:
        # a paper's running number after the issue's own ("12 (345)",
        # "12/345/") would nest brackets: the date area takes the issue's (№ 12)
        own = re.sub(r"\s*(?:\(\s*\d+\s*\)|/\d+/?)\s*$", "", issue) if issue else None
        els.append(format_pub_date(pub.date) + (f" (№ {own})" if own else ""))
    elif issue:
        els.append(f"№ {issue}")
    if pub.page:
        els.append(_pages(pub.page))
    if url and "pravo.gov.ru" in url and issue and re.fullmatch(r"\d{16}", issue):
        url = f"http://publication.pravo.gov.ru/Document/View/{issue}"
    return SEP.join(e.rstrip(".") if not e.endswith("г.") else e for e in els), url


def _is_portal(pub: Publication | None) -> bool:
    if not pub or not pub.name:
        return False
    n = pub.name.lower()
    return "интернет" in n or bool(re.search(r"\b(?:www\.|https?://)|\.ru\b|\.рф\b", n))


def is_electronic(rec: Record, url: str | None = None) -> bool:
    """An electronic original: a web page, a file whose source URL is known, or
    an act published on an internet portal. Everything else is described as the
    printed act the administration delivered (``Текст : непосредственный``)."""
    return bool(url) or rec.source.media_type in ("text/html", "application/xhtml+xml") \
        or _is_portal(rec.publication)


# --- assembling -----------------------------------------------------------------

def _join(a: str, sep: str, b: str) -> str:
    """Areas joined with ``. – ``; a period already ending ``a`` is not doubled,
    nor is one added after ``!``, ``?`` or ``…``."""
    if sep == SEP and a and a[-1] in ".!?…":
        return f"{a} {DASH} {b}"
    return f"{a}{sep}{b}"


def _end(s: str) -> str:
    return s if s and s[-1] in ".!?…" else s + "."


def repeal_note(rec: Record) -> str | None:
    """``Утратил силу`` (``… с 1 января 2025 г.`` when the date is known) for
    an act whose status (a database's note, or an act of the fund repealing
    it: ``ingest.status``) says it is no longer in force, else None."""
    st = rec.status or {}
    if st.get("state") != "repealed":
        return None
    since = format_date(st.get("since")) if st.get("since") else None
    return "Утратил силу" + (f" с {since}" if since else "")


def describe(rec: Record, url: str | None = None, electronic: bool | None = None,
             accessed: str | None = None, repeal: bool = False) -> str:
    """The ГОСТ Р 7.0.100–2018 description of one record (see module doc).

    ``url``: the known source URL of the original; ``electronic``: override the
    content type decision; ``accessed``: ISO date of access (default: the date
    the record was received); ``repeal``: a list's entry ends with the note
    area's ``Утратил силу`` when the act is repealed (``repeal_note``), so a
    reader of a list or bulletin is not sent to an act no longer in force
    unwarned (a citation copied for a footnote leaves it out).
    """
    kind = (rec.kind or "").strip().lower()
    title = clean_title(rec.title)
    host, host_url = _host(rec.publication) if rec.publication and rec.publication.name else (None, None)
    url = url or host_url
    elec = is_electronic(rec, url) if electronic is None else electronic

    head = ""
    if kind == "публикация":
        people = authors_of(rec.body)
        if 1 <= len(people) <= 3:
            head = f"{people[0][0]}, {people[0][1]} "
            resp = ", ".join(f"{i} {s}" for s, i in people)
        elif people:
            resp = ", ".join(f"{i} {s}" for s, i in people[:3]) + " [и др.]"
        else:
            resp = sentence_case(_strip_abbrev(rec.body)) if rec.body else None
        desc = head + title
        if resp:
            desc += f" / {resp}"
    elif kind in _ISSUED_KINDS:
        desc = f"{title} : {act_designation(rec)}"
    else:
        desc = title
        lead = fold(title)
        if kind and not lead.startswith(kind[:5]):
            desc += f" : {kind}"
        when = " ".join(x for x in (f"от {format_date(rec.date)}" if rec.date else "",
                                    f"№ {rec.number.strip()}" if rec.number else "") if x)
        if when:
            desc += f" : {when}"
        if rec.body and kind in ("", "протокол"):
            desc += f" / {sentence_case(_strip_abbrev(rec.body))}"

    desc = _join(desc, SEP, "Текст : " + ("электронный" if elec else "непосредственный"))
    if host:
        desc += f" // {host}"
    if elec and url:
        acc = format_access_date(accessed or rec.received_at)
        desc = _join(desc, SEP, f"URL: {url}" + (f" (дата обращения: {acc})" if acc else ""))
    note = repeal_note(rec) if repeal else None
    if note:
        desc = _join(desc, SEP, note)
    return _end(desc)


def sort_key(description: str) -> str:
    """Alphabetical key of a description (ё = е, quotes and brackets skipped)."""
    s = description.casefold().replace("ё", "е")
    return re.sub(r"^[\W_]+", "", s)
