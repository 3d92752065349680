"""The words a heading is read by: the kind words in every case, the
operative verbs that name a kind where no heading does, and the classes of
heading lines (a place, a title's start, a preamble, a convocation, the
words a body's name holds)."""
from __future__ import annotations

import re
from ingest.morph import fold
from ingest.ru_dates import GENITIVE_MONTHS
from .file_text import NUMBERED_SETTLEMENT

# --- kinds -------------------------------------------------------------------

KIND_WORDS = ("постановление", "распоряжение", "решение", "приказ", "указ",
              "закон", "положение", "устав", "протокол")


def kind_alternation(form=str.lower) -> str:
    """The kind words as one regex alternation, each as ``form`` prints it
    (``str.upper`` in a heading, ``str.capitalize`` in a reference line)."""
    return "|".join(sorted(form(w) for w in KIND_WORDS))


# Kinds that are acts of their own in a newspaper page; положение/устав are
# usually annexes approved by one of these.
ACT_KINDS = {"постановление", "распоряжение", "решение", "приказ", "указ", "закон"}

# Kind words a heading prints alone on its line for papers that are not acts
# of the fund's own vocabulary: a court's ruling, a hearing's conclusion. The
# record keeps the word (record.md: "the act's own word"); queries, links and
# the splitting of a gazette do not read them as kinds.
HEADING_KINDS = ("определение", "заключение")

_SOFT_ENDINGS = ("е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях")
_HARD_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")


def _forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for k in KIND_WORDS:
        if k.endswith("ние"):
            stem = k[:-1]
            for e in _SOFT_ENDINGS:
                forms[stem + e] = k
        else:
            for e in _HARD_ENDINGS:
                forms[k + e] = k
    return forms


KINDS: dict[str, str] = _forms()
"""Every case form of every kind word (lower case, ё as е) -> its nominative."""

_LETTER_SPACED = re.compile(r"^(?:[А-ЯЁа-яё] ){3,}[А-ЯЁа-яё](?=\s|$|[:.,])")


def despace(line: str) -> str:
    """``П Р И К А З`` -> ``ПРИКАЗ`` (letter-spaced words, two spaces between words;
    a letter-spaced kind word may run on after one space: ``П О С Т А Н О В Л Е Н И Е
    АДМИНИСТРАЦИИ …``, a heading a site printed on one line)."""
    s = line.strip()
    if not _LETTER_SPACED.match(s):
        return s
    words = re.split(r"\s{2,}", s)
    return " ".join(w.replace(" ", "") if re.fullmatch(r"(?:\S )+\S", w) else _spaced_kind_lead(w) for w in words)


# a kind word in letter-spaced capitals before a title in lower case: the title's first
# word is no letter of it, whether a space follows the last capital or not ("П О Л О Ж Е Н И Е
# о комиссии", "П О Л О Ж Е Н И Ео комиссии" as a database's copy glued them)
_SPACED_CAPITALS = re.compile(r"^(?:[А-ЯЁ] ){3,}[А-ЯЁ](?=\s|[а-яё])")


def _spaced_kind_lead(w: str) -> str:
    """A letter-spaced kind word at the head of a run of words, joined."""
    m = _LETTER_SPACED.match(w)
    if m and fold(m.group(0).replace(" ", "")) in KINDS:
        return m.group(0).replace(" ", "") + w[m.end():]
    c = _SPACED_CAPITALS.match(w)
    if c and fold(c.group(0).replace(" ", "")) in KINDS:
        return c.group(0).replace(" ", "") + " " + w[c.end():].lstrip()
    return w


def kind_from_word(word: str | None) -> str | None:
    """Nominative kind of an inflected (or letter-spaced) kind word, or None.

    ``постановления`` -> ``постановление``; ``П Р И К А З`` -> ``приказ``;
    ``Федерального закона`` -> ``закон``.
    """
    if not word:
        return None
    w = fold(despace(word)).strip(" .,:;«»\"()")
    w = re.sub(r"^совместн(?:ое|ый|ого|ому|ым|ом)\s+", "", w)  # a joint act of two bodies
    if not w:
        return None
    if w in KINDS:
        return KINDS[w]
    last = w.split()[-1]
    if len(w.split()) <= 3 and last in KINDS and KINDS[last] == "закон":
        return "закон"
    return None


# a site's category line: kinds of acts listed ("- Распоряжения, приказы, законы
# администрации … области -", "Постановления и распоряжения главы …"): a section
# of the site, never the issuer's name
_LISTED = re.compile(r"^[-–—•»\s]*([А-ЯЁа-яё]+)\s*(?:,|\s и)\s+([А-ЯЁа-яё]+)")


def kinds_listed(line: str) -> bool:
    """Whether ``line`` opens with two kinds of acts listed (a site's category)."""
    m = _LISTED.match(line)
    return bool(m) and all(kind_from_word(w) in ACT_KINDS for w in m.groups())


LAW_ADJ = r"(?:федеральный|федеральный\s+конституционный|областной|краевой|окружной|республиканский|конституционный)"
NOM_KINDS = "|".join(KIND_WORDS)
# a heading line: the kind word alone, or followed by the body in the genitive
KIND_LINE = re.compile(
    r"^(?P<kind>(?:" + LAW_ADJ + r"\s+|совместн(?:ое|ый)\s+)?(?:" + NOM_KINDS + r"))(?![а-яё])"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


# --- line classes ---------------------------------------------------------------

PLACE = re.compile(
    r"^(?i:г\.|гор\.|город\s|с\.|село\s|пос\.|п\.|пгт\.?\s|р\.\s?п\.|рп\.?\s|ст\.|ст-ца|станица\s"
    # a name may keep an abbreviation with its stop: "с.С-з.Чаусово" (село Совхоз «…»)
    r"|х\.|хутор\s|д\.|дер\.|деревня\s|аул\s|сл\.|слобода\s)\s*[А-ЯЁ][А-ЯЁа-яё\-]+"
    r"(?:(?:[\s-]|\.\s?(?=[А-ЯЁ]))[А-ЯЁа-яё\-]+){0,2}[.,]?"
    r"(?:\s+[^\w\s]{1,3})?$"  # a scan's speck after the place: "г. Брянск <)"
    r"|^(?!(?i:области|района|края|округа|республики|поселения|сельсовета)\b)"
    r"[А-ЯЁ][А-ЯЁа-яё\-]+(?:,\s*Кремль)?\.?$"
    r"|^" + NUMBERED_SETTLEMENT + r"$",  # "п.Участок N 26": a settlement numbered in its name
)
# a site's list of other acts or news under the act's page: nothing under it is the act's
OTHER_ACTS = re.compile(r"^(?:(?:другие|похожие|последние|связанные)\s+(?:документы|новости|материалы|публикации)"
                        r"|читайте\s+также|смотрите\s+также)\s*:?\s*$", re.IGNORECASE)
TITLE_START = re.compile(r"^(?:О|Об|Обо)\s", re.IGNORECASE)
# the operative formula's verb ("… администрация постановляет:", "Совет депутатов РЕШИЛ:", "ПОСТАНОВЛЯЮ:")
OPERATIVE_VERB = re.compile(r"(?i)\b(?:постановля|постанови|реши|приказыва|распоряжа)\w*\s*:")
# the kinds of a document an act approves or adopts and prints under its own name ("ПОЛОЖЕНИЕ / о …")
APPROVED_DOCUMENTS = ("положение", "устав")
# an annex's word alone on its line, with its number or not ("Приложение", "Приложение N 2",
# "ПРИЛОЖЕНИЕ № 1."): over the name of the document an act approves, or over the act's requisites
ANNEX_ALONE = re.compile(r"^Приложение(?:\s*(?:N|№)\s*\d+)?\.?$", re.IGNORECASE)
# a legal database's line of the dates of an act's editions under its requisites
# ("9 февраля 2010 г.", "18 января, 20 апреля 2021 г.", "5, 16 февраля 2018 г."):
# never its title
_DAYS_MONTH = r"\d{1,2}(?:\s*(?:,|и)\s*\d{1,2})*\s+(?:" + "|".join(GENITIVE_MONTHS) + r")"
_EDITION_YEAR = r"\s+(?:19|20)\d\d\s*(?:г\.?|года?)"
EDITION_DATES = re.compile(r"^(?:" + _DAYS_MONTH + r"(?:" + _EDITION_YEAR + r")?\s*,\s*)*"
                           + _DAYS_MONTH + _EDITION_YEAR + r"\s*$")
# the words opening a preamble's sentence of grounds and aims ("В соответствии с
# Федеральным законом от … № 131-ФЗ «Об …»", "Руководствуясь …"): the acts it
# cites lend the act under way neither their date and number nor their title
# (misspelt "В соответствие с …" too)
# a stamp of adoption or approval opening with the full participle, capitalised, and
# the adopting act's word or sitting after it ("Принятый Решением Совета …",
# "Утверждённое постановлением …"), as charters and regulations print it under their
# name: never a line of that name (a page may cut the stamp mid-word, so nothing after
# its second word is required). Capitalised only: in a title set in capitals the same
# words go on its name ("… О ЗАПОВЕДНИКЕ "УТРИШ", / УТВЕРЖДЕННОЕ ПРИКАЗОМ …")
FULL_STAMP = (r"(?-i:Принят(?:ый|ое|ая)|Утвержд[её]нн(?:ый|ое|ая))"
              r"\s+(?:решени|постановлени|распоряжени|приказ|указ|сесси|совет|собрани|дум|на\s)")
# a preamble that opens on the act it rests on, in the instrumental, the act's date on the same
# line («Постановлением Правительства … от 13 августа 1997 г. № 1009 утверждены …»); capitalised
# only: a title in capitals wraps onto «ПОСТАНОВЛЕНИЕМ … ОТ …» and goes on
_CITED_ACT_FIRST = (r"(?-i:(?:Постановлением|Распоряжением|Приказом|Указом|Решением|Федеральным\s+законом|Законом)"
                    r"\s[^\n]{3,150}?\sот\s+\d)")
GROUNDS = (r"(?:В\s+)?соответстви[ие]\s|В\s+целях|В\s+связи|Руководствуясь|На\s+основании|Рассмотрев|"
           r"Во\s+исполнение|Согласно|В\s+рамках|Учитывая|С\s+целью|Заслушав|Принимая|В\s+порядке|"
           r"В\s+ознаменование|" + _CITED_ACT_FIRST)
OPENS_GROUNDS = re.compile(r"^\(?(?:" + GROUNDS + r")", re.IGNORECASE)
PREAMBLE = re.compile(
    r"^\(?(?:" + GROUNDS + r"|Настоящ(?:ее|ий|ая|им)\s|"
    r"Для\s+(?:обеспечения|реализации|организации)|Статья\s+\d|Глава\s+[IVX\d]|(?-i:Раздел|РАЗДЕЛ)\s+[IVX\d]+\.?(?:\s|$)|\d+(?:\.\d+)*[.)](?!\d)\s*\S|"
    r"[IVX]+\.\s|ПОСТАНОВЛЯ|ПРИКАЗЫВА|РЕШИЛ|РЕШАЕТ|ПОСТАНОВИЛ|П\s?О\s?С\s?Т\s?А\s?Н\s?О\s?В\s?Л\s?Я|"
    r"П\s?Р\s?И\s?К\s?А\s?З\s?Ы\s?В|Р\s?Е\s?Ш\s?И\s?Л|(?:[-–—]\s*)?(?:Принят|Подписан|Одобрен)[аоы]?(?:\s|$)|Зарегистрирован|" + FULL_STAMP + r"|"
    r"(?-i:Приложение|ПРИЛОЖЕНИЕ|СОГЛАСОВАН[АОЫ]?\b|УТВЕРЖДЕН[АОЫ]?\b|Утвержден[аоы]?\b)|Глава\s+администрации|Глава\s+города|Президент\s+Российской)",
    re.IGNORECASE)
BODY_WORDS = re.compile(
    r"администрац|правительств|министерств|служб|агентств|комитет|управлени|департамент|"
    r"\bдум[аы]\b|совет|собрани|глав[аы]\b|губернатор|президент|мэр|прокуратур|суд\b|"
    r"палат|комисси|инспекци|учреждени|образовани|федераци|област|кра[йя]\b|республик|"
    r"город|район|поселени|округ|фонд|казначейств|отдел|центр|школ",
    re.IGNORECASE)


# "третьего созыва", "ВТОРОГО СОЗЫВА", "(четвёртый созыв)", "6-го созыва": when the
# council was elected, never part of its name
# a convocation, session or sitting line: "ТРЕТЬЕГО СОЗЫВА", "51 сессии", "шестого созыва
# (двадцатая сессия)", "Тридцать седьмое заседание" — never part of the body's name
# (the ordinal's ending after a hyphen or a dash of any width: "6-го", "6 – го созыва")
# a word of an ordinal in words: "внеочередной", "сорок", "второй", "ДВАДЦАТЬ"
_ORD_WORD = (r"(?i:[а-яё-]+(?:ой|ый|ий|ая|яя|ое|ее|ого|его|ья|ье|ьей|ьего)|сорок|двадцать|тридцать|пятьдесят|шестьдесят"
             r"|семьдесят|восемьдесят|девяносто|сто)")
_ORDINAL = (r"(?:(?!(?:О|Об|Обо|О\s+созыв)\s)[А-ЯЁа-яё-]+(?:\s+[А-ЯЁа-яё-]+)?|" + _ORD_WORD + r"(?:\s+" + _ORD_WORD + r"){2}|\d+(?:\s*[-–—]?\s*(?i:го|й|ого|ий|я|ая|ой|ое|е))?"
            r"|[IVXLC]{1,8}(?:\s*[-–—]?\s*(?:го|й|ое|е|я|ая))?)")  # "XLVIII заседание"
# "сорок пятая (внеочередная) сессия": an ordinal qualified in brackets
_SITTING = (_ORDINAL + r"(?:\s*\(\s*" + _ORD_WORD + r"\s*\))?\s+(?:созыв[а-яё]*|СОЗЫВ[А-ЯЁ]*|сесси[яи]|СЕССИ[ЯИ]|заседани[еяи]|ЗАСЕДАНИ[ЕЯИ])")
# (a site may set the line between slashes instead of brackets: "/очередная сорок третья сессия
# четвертого созыва/")
CONVOCATION = re.compile(
    r"^[(/]?\s*(?:(?:[А-ЯЁа-яё]+|\d+(?:\s*[-–—]?\s*(?i:го|й|ого|ий))?)\s+)?(?:созыв[а-яё]*|СОЗЫВ[А-ЯЁ]*)\s*[)/]?\.?$"
    r"|^[(/]?\s*(?:[А-ЯЁа-яё-]+|\d+(?:\s*[-–—]?\s*(?i:я|ая|ой))?)\s+(?:сесси[яи]|СЕССИ[ЯИ])\b.{0,60}[)/]?\.?$"
    r"|^[(/]?\s*" + _SITTING + r"(?:\s*[,(]\s*" + _SITTING + r"\s*\)?|\s+" + _SITTING + r")?\s*[)/]?\.?$")
CONVOCATION_TAIL = re.compile(
    r"\s*\(?\s*(?:[А-ЯЁа-яё]+|\d+(?:\s*[-–—]?\s*(?i:го|й|ого|ий))?)\s+(?:созыв[а-яё]*|СОЗЫВ[А-ЯЁ]*)\s*\)?\s*$")
# "9-ой сессии", "двадцать пятой сессии", "очередного заседания" before the council's name in the
# genitive on a portal's line («Решение 9-ой сессии … сельского совета 1-го созыва № 12 от …»): the sitting
SITTING_HEAD = re.compile(
    r"^\s*(?:\d+\s*-?\s*(?i:ой|ый|ий|й|го|ого|я|ая)?|" + _ORD_WORD + r"(?:\s+" + _ORD_WORD + r"){0,2})"
    r"\s+(?i:сессии|заседания)\s+(?=\S)")
# "(заседание N 5)", "(сессия № 12)" after the council's name in a database's
# heading line: the sitting's number, not the act's
SITTING_BRACKET = re.compile(r"\(\s*(?:[А-ЯЁа-яё-]+\s+)?(?:заседани[еяи]|сесси[яи])\b[^()]{0,30}\)", re.IGNORECASE)


# the operative verb of an act with no heading: its kind (a duma's resolution says it in
# the past, «Дума п о с т а н о в и л а:», as a council's decision says «решила»)
def _spaced(word: str) -> str:
    """A word as printed letter-spaced or not: ``п о с т а н о в л я ю``."""
    return r"\s?".join(word)


VERB_KIND = re.compile(
    r"(?<![а-яё])(" + "|".join(_spaced(w) for w in (
        "постановляют", "постановляет", "постановляю", "постановили", "постановила", "постановило",
        "постановил", "решила", "решило", "решили", "решил",
        "решают", "решает", "приказывают", "приказывает", "приказываю", "распоряжаюсь"))
    + r")\s*:", re.IGNORECASE)
# the kind by the verb's stem (постановляет/постановляю, решил/решила/решили/решает, …)
VERB_KINDS = {"пост": "постановление", "реши": "решение", "реша": "решение",
              "прик": "приказ", "расп": "распоряжение"}
SELF_REF = re.compile(
    r"\bнастоящ(?:ее|его|ему|им|ем|ий|ая|ей|ую)\s+(постановлени[еяюми]+|распоряжени[еяюми]+|"
    r"решени[еяюми]+|приказ[аеуом]*|указ[аеуом]*|устав[аеуом]*)\b",
    re.IGNORECASE)


# first letters of the words KIND_LINE can start with (kinds and law adjectives)
KIND_FIRST = frozenset(w[0].upper() for w in (*KIND_WORDS, "федеральный", "областной", "краевой",
                                                "окружной", "республиканский", "конституционный",
                                                "совместное"))


# --- the national half of a republic's bilingual blank --------------------------

# The kind words printed beside the Russian one on the blanks of the republics:
# Bashkir and Tatar карар, Bashkir бойороҡ, Chuvash йышăну / хушу, Buryat
# тогтоол / захирамжа, Yakut уураах / дьаһал, Mari пунчал / куштымаш.
NATIONAL_KIND = re.compile(
    r"^(?:КАРАР|БОЙОРО[КҠ]|Й[ЫЫ]Ш[ĂА]НУ|ХУШУ|ТОГТООЛ|ЗАХИРАМЖА|УУРААХ|ДЬАҺАЛ|ПУНЧАЛ|КУШТЫМАШ)"
    r"\s+(?=\S)|\s+(?:КАРАР|БОЙОРО[КҠ]|Й[ЫЫ]Ш[ĂА]НУ|ХУШУ|ТОГТООЛ|ЗАХИРАМЖА|УУРААХ|ДЬАҺАЛ|ПУНЧАЛ|КУШТЫМАШ)$")
# letters of the Turkic, Chuvash, Yakut, Buryat and Mari alphabets that Russian
# has not, and words of the national names of bodies without such letters
_NATIONAL_LETTERS = "ҡңәһүөғҙҫҗӑĕçӳҥӧӱӓӹҺҢӘҠҮӨҒҘҪҖӐĔÇӲҤӦӰӒӸ"
_NATIONAL_WORDS = re.compile(r"(?i)\b(?:муниципаль|районы|ауыл|авыл|хакимиәте|Республикасы|биләмәһе)\b")


def national_line(line: str) -> bool:
    """A line of the national half of a bilingual heading (never part of the Russian body)."""
    return any(c in _NATIONAL_LETTERS for c in line) or bool(_NATIONAL_WORDS.search(line))


# a line ending on a preposition or a conjunction goes on in the next line;
# a signature or a sentence never ends so
DANGLING = re.compile(r"(?:^|\s)(?:в|во|о|об|на|к|ко|по|и|или|от|для|с|со|за|при|из|а)\s*$")


def dangles(line: str) -> bool:
    """A line ending on a preposition or a conjunction, in a line of capitals
    too (``О ВНЕСЕНИИ ИЗМЕНЕНИЙ В`` / ``РЕШЕНИЕ СОВЕТА …``)."""
    return bool(DANGLING.search(line) or line.isupper() and DANGLING.search(line.lower()))


# a signer's name: "И.И. Петров", "И.И.ПЕТРОВ", "Петров И.И."
# ("В.Сердюков": a regional portal keeps one initial)
PERSON = r"(?:[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][А-ЯЁа-яё-]+|[А-ЯЁ][А-ЯЁа-яё-]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?)"


# "123456, Тестовская область, с. Сосновка, ул. …, тел. 2-11-33": a blank's postal
# address and telephone on a line of their own, under or over the body's name; the
# address from the street to the postcode ("ул. Ленина, д. 1, …, 123456"), the
# registration codes. Never the body's name, never a title.
CONTACT_LINE = re.compile(r"(?:^|,\s*)\d{6}\s*(?:,|\.?$)|^(?:ул|пр-т|пер|пл|мкр)\.\s*[А-ЯЁ0-9]"
                          r"|\b(?:телефон|тел|факс)\s*[./:]|\be-?mail\b|\b(?:ОГРН|ИНН|КПП|ОКПО)\s*:?\s*\d",
                          re.IGNORECASE)
