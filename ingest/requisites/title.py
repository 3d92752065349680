"""The title of an act: the lines under its requisites up to the preamble
(``Об утверждении …``), the title a listing prints on the requisites' line,
and the quotes a copy put around it or lost."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.heading import EDITION_NOTE, EDITION_NOTE_OPEN, OWN_EDITION, inserted_note
from ingest.morph import is_known, parses
from ingest.ru_dates import GENITIVE_MONTHS, find_date
from ingest.status import is_note_line

from .body_says import body_says
from .byline import byline
from .card_keys import KIND_NUMBER_KEY, card_key
from .date_number import PLACE_ABBR, find_number, place_and_date, requisites_only
from .kind_line import kind_line
from .lines import Lines, clean, folded, join_lines
from .quotes import CLOSE_QUOTES, OPEN_QUOTES, closes_quote, open_quote, quotes_left_open
from .quoted_name import name_goes_on_title
from .stamp import APPROVING_COLUMN
from .names import GEN_BODY_HEADS, gen_word, has_territory
from .vocabulary import CONTACT_LINE, KINDS, OPERATIVE_VERB, PLACE, PREAMBLE, TITLE_START, VERB_KIND, dangles


@dataclass(frozen=True)
class TitleLines:
    """The title read from lines (None when there is none) and the line after it."""
    text: str | None
    end: int


# a database's remark ("‹Утратил силу: …>", "…см. справку", "Номер опубликования: …") and a line naming the
# act that approved a regulation ("решением Думы … от … N 12"): never a title's part
# A site's or a register's note of where the act was published, printed under its heading
# ("Опубликовано в газете «…» № 19 от …", "(Опубликовано: …)", "Официально опубликовано …",
# "Обнародовано … на стенде"): the record's publication, never the title's last words (a title's
# wrapped "опубликования …" is another word)
_EDITORIAL = re.compile(r"^(?:[‹<{]|\(?\s*см\.\s|.*\bсм\.\s+справку"
                        r"|(?:номер|дата)\s+(?:опубликования|публикации)\s*:"
                        r"|[(\[]?\s*(?:официально\s+)?(?:опубликован|обнародован)[оаы]?(?:\s|:|$))",
                        re.IGNORECASE)
# a database's cross-reference under its heading ("О земельном налоге в муниципальных образованиях … см.
# справку"): it reads like a title («О …») but ends with the pointer to the database's reference
_CROSS_REFERENCE = re.compile(r"\bсм\.\s+справк[уи]\s*$", re.IGNORECASE)
_APPROVED_BY = re.compile(
    r"^(?:утвержден[аоы]?\s+)?(?:решением|постановлением|распоряжением|приказом|указом)\s.*\bот\b.*(?:№|N)\s*\d",
    re.IGNORECASE)
# "… программу, утвержденную" / "постановлением администрации … от … N 674": the title
# itself names the approving act
_APPROVED = re.compile(r"\b(?:утвержд[её]нн?(?:ую|ый|ое|ая|ой|ого|ых|ым|ые|ом)?|принят(?:ую|ый|ое|ого|ых)?)$",
                       re.IGNORECASE)
_MONTHS_RE = "(?:" + "|".join(GENITIVE_MONTHS) + ")"
# "2 мая 2007 г.", "22 мая 2008 г., 24 февраля, 13 мая 2009 г.": the dates of a
# database's editions printed under the title
# ("16, 28 мая 2008 г.": a day before the next one shares its month)
_DATES_ONLY = re.compile(
    r"(?:\(?\s*(?:\d{1,2}\s+" + _MONTHS_RE + r"(?:\s+\d{4}\s*(?:г\.?|года)?)?|\d{1,2}\.\d{1,2}\.\d{2,4}"
    r"|\d{1,2}(?=\s*,\s*\d))"
    r"\s*[,;)]?\s*)+", re.IGNORECASE)


# a title ending with an abbreviation keeps its stop: "в 2022-2024 гг.", "на 2023 г.",
# in a title set in capitals too ("В 2013-2015 ГГ.")
_ABBREVIATION_END = re.compile(r"(?<![А-ЯЁа-яё])(?:гг|г|ст|п|пп|ч|руб|тыс|млн|млрд|др|т\.\s?[дп]|обл)\.$",
                               re.IGNORECASE)
_YEARLESS_DATE = re.compile(
    r"(?:от\s*)?[«\"„“]?\s?\d{1,2}\s?[»\"“”]?\s*" + _MONTHS_RE + r"(?:\s*_+)?\s*(?:г\.|года)?", re.IGNORECASE)


def _quote_open(parts: list[str]) -> bool:
    """A cited title's «ёлочки» still open in the title so far: a line in capitals
    that follows is its words, whatever it opens with (``… СУБСИДИЙ`` / ``В РАМКАХ`` /
    ``ПРОГРАММЫ …»»``), not the preamble."""
    return sum(p.count("«") - p.count("»") for p in parts) > 0


# a database's bracketed note under a title: its editions, or what the act amends
_NOTE_UNDER_TITLE = re.compile(r"(?:" + EDITION_NOTE_OPEN + r"|\(\s*(?:вносит|вносят|изменя[ею]т)\s).*", re.IGNORECASE)


# a title citing an act wrapped after its «от»: the next line, a date alone, is that act's
_CITED_FROM = re.compile(r"(?:^|\s)от$", re.IGNORECASE)


# the years a title ends with, cut onto a line of their own by a narrow block:
# "… на 2024" / "год", "… района»" / "в 2023-2025 гг." or "г.г." (no word OCR debris has)
_YEAR_TAIL = re.compile(r"(?:(?:на|в|до|с|по|за)\s+)?(?:(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?\s*)?"
                        r"(?:годы?|года|году|годах|гг?\.?|г\.\s?г\.)[»\")]*\.?", re.IGNORECASE)
_BARE_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?")
# "… в бюджет" / "на 2024" / "год и на …": a preposition and the year, its noun on the next line
_PREP_YEAR = re.compile(r"(?:на|в|до|с|по|за)\s+" + _BARE_YEARS.pattern, re.IGNORECASE)
_ONE_DATE = re.compile(r"\d{1,2}\s+" + _MONTHS_RE + r"\s+(?:19|20)\d{2}\s+года", re.IGNORECASE)


def _lone_word(line: str) -> bool:
    """A preposition or a conjunction alone on its line, a cited title's
    opening quote before it (``"Об`` / ``административно-территориальном …``),
    or a conjunction and a preposition (``… на 2024 год`` / ``и на`` / ``плановый …``)."""
    w = line.strip("«\"„“ ").lower().split()
    return 0 < len(w) <= 2 and all(dangles(x) for x in w)


def _event_date(prev: str, line: str) -> bool:
    """A date spelt out with «года» alone on the line under a title line
    ending on a word: the date of what the title names (``… выборов
    депутатов`` / ``12 сентября 2021 года``), not a database's editions
    (``2 мая 2007 г., 24 февраля …``, under a title closed by its quote)."""
    return bool(_ONE_DATE.fullmatch(line)) and prev[-1:].isalpha()


def _year_of(prev: str, line: str) -> bool:
    """A line opening with the year of the date the line above ends on
    (``… за период с 1 января`` / ``2022 года по 1 января 2024 года``)."""
    return bool(re.search(r"\b\d{1,2}\s+" + _MONTHS_RE + "$", prev, re.IGNORECASE)
                and re.match(r"(?:19|20)\d{2}\s*(?:г\.|года)(?!\S)", line))


def _text_sentence(line: str) -> bool:
    """A line of the act's text, not of its title: a whole sentence with a
    finite verb (``Убываю в командировку … .``), or one opening in a capital
    with an instruction in the infinitive (``Пункт 2 решения изложить в новой
    редакции: «…».``, ``Внести в … изменение.``); titles name, they do not say.
    The verb opens the sentence, or, in a long one, stands anywhere in it
    (``Несмотря на принятые меры, обстановка … остается напряженной.``)."""
    if _instruction(line):
        return True
    words = line.split()
    if not line.endswith(".") or len(words) < 3:
        return False
    capital, long = line[:1].isupper(), len(words) >= 10
    for n, w in enumerate(words if long else words[:6]):
        # a finite verb among the first four words (anywhere in a long sentence); in a
        # sentence of its own (a capital), an infinitive among the first six
        # (``За … труд наградить …``)
        said = {"VERB", "INFN"} if capital and n < 6 else {"VERB"} if n < 4 or long else set()
        core = w.strip("«»\"'(),.:;").lower()
        if said and core.isalpha() and any(p.tag.POS in said and (p.tag.POS == "INFN" or n < 4 or long)
                                           and p.score > 0.5 for p in parses(core)[:1]):
            return True
    return False


def text_sentence(line: str) -> bool:
    """``_text_sentence`` for the heading's other readers: a kind word opening a sentence
    of the text (a review's ``Решение о присвоении звания принимается мэром …``) is no
    printed heading (``head.anchor``)."""
    return _text_sentence(line)


# an amending act's clause, in lower case ("в пункте 2 слова «…» исключить;",
# "б) часть вторую исключить;"): a page of the act's text that opens mid-way
_AMENDMENT_CLAUSE = re.compile(
    r"^(?:[а-я]\)\s*)?(?:в|во)\s+(?:пункте|подпункте|абзаце|части|статье|графе|строке|разделе|"
    r"приложении|наименовании|преамбуле|таблице)\b.*(?:исключить|заменить|изложить|дополнить)\b")


def _amendment_clause(line: str) -> bool:
    """The first line is an amendment's clause in lower case, ending in ``;``
    (``в пункте 2 слова «(приложение 2)» исключить;``): a title never says so."""
    return line.rstrip().endswith(";") and _AMENDMENT_CLAUSE.match(line) is not None


def _instruction(line: str) -> bool:
    """A line opening with an instruction in the infinitive, in a capital
    (``Провести с 1 апреля …``, ``Внести в …``): a text's clause begins there."""
    first = line.split()[0] if line.split() else ""
    if not (len(first) > 3 and first[:1].isupper() and first[1:].islower() and first.isalpha()):
        return False
    return any(p.tag.POS == "INFN" and p.score > 0.5 for p in parses(first.lower())[:1])


def _case_changes(prev: str, line: str) -> bool:
    """A title printed in capitals ends where text in lower case begins, and
    a title in lower case where a line in capitals begins (a database's copy
    repeating the heading, the preamble of a typed copy)."""
    # "prev" is the title so far: its last line alone may hold too few letters
    # to tell ("… от 17.12.2010 N 113-5/н)")
    last = prev.split("\n")[-1]
    if sum(c.isalpha() for c in last) >= 8:
        prev = last
    a, b = [c for c in prev if c.isalpha()], [c for c in line if c.isalpha()]
    if len(a) < 8 or len(b) < 8:
        return False
    upper_a = all(c.isupper() for c in a) or _capitals_but_linking(prev) or _one_capital_and_linking(prev)
    if upper_a and _person_named_after(prev, line):
        return False
    return upper_a != (all(c.isupper() for c in b) or _capitals_but_linking(line) or _capitals_naming(line)
                       or _one_capital_and_linking(line))


def _one_capital_and_linking(s: str) -> bool:
    """``УТВЕРЖДЕНИЯ и``: a line of such a heading that a narrow cell (a «угловой»
    blank's) left with one word in capitals and its linking word in lower case."""
    words = re.findall(r"[А-ЯЁа-яё]+", s)
    return 2 <= len(words) <= 3 and any(w in _LINKING for w in words) \
        and any(len(w) >= 5 and w.isupper() for w in words) and all(w.isupper() or w in _LINKING for w in words)


def _capitals_but_linking(s: str) -> bool:
    """``МУНИЦИПАЛЬНОГО ИМУЩЕСТВА в МУНИЦИПАЛЬНОМ``, ``РАЗРАБОТКИ, УТВЕРЖДЕНИЯ и
    РЕАЛИЗАЦИИ``: a heading typed in capitals but for its prepositions and
    conjunctions (a typist's habit, kept by a copy of the file) is in capitals,
    so a title so typed goes on over such a line and stops at the text's."""
    words = re.findall(r"[А-ЯЁа-яё]+", s)
    return sum(len(w) >= 3 and w.isupper() for w in words) >= 2 \
        and all(w.isupper() or w in _LINKING for w in words)


_NAMED_AFTER = r"(?:им\.|имени)"


def _capitals_naming(line: str) -> bool:
    """``СРЕДНЕЙ ОБЩЕОБРАЗОВАТЕЛЬНОЙ ШКОЛЫ №3 им. Петрова И.И.``: a line in
    capitals but for the person a body is named after."""
    m = re.search(r"\s" + _NAMED_AFTER + r"(?:\s|$)", line)
    head = line[:m.start()] if m else ""
    return len(re.findall(r"[А-ЯЁ]{3,}", head)) >= 2 and not re.search(r"[а-яё]", head)


def _person_named_after(prev: str, line: str) -> bool:
    """A title in capitals wrapped inside the name of a body named after a
    person: the line goes on with «им.» (``№3 им. Петрова И.И.``, ``ШКОЛЫ №3
    им. Петрова``), or the line before ended on it (``… ШКОЛЫ №3 им.`` /
    ``Петрова И.И.``)."""
    m = re.search(r"(?:^|\s)" + _NAMED_AFTER + r"(?:\s|$)", line)
    if m and not re.search(r"[а-яё]", line[:m.start()]):
        return True
    return bool(re.search(r"(?:^|\s)" + _NAMED_AFTER + r"$", prev)
                and re.fullmatch(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?)?", line))


def _continues_lowercase(L: Lines, i: int, limit: int, across_gap: bool = False) -> bool:
    """Whether the next non-empty line (no gap between) starts in lower case."""
    while i < limit and not L.raw[i].strip():
        if L.gap(i) and not across_gap:
            return False
        i += 1
    if i >= limit:
        return False
    s = clean(L.raw[i].strip())
    return s[:1].islower() and not PREAMBLE.match(s) and not s.endswith(":") and not PLACE.match(s)


# the words a title wrapped in lower case goes on with, a preposition or a conjunction
_LINKING = {"в", "во", "на", "по", "о", "об", "при", "для", "с", "со", "к", "из", "за", "до", "от",
            "и", "или", "а", "между", "над", "под", "после"}


def _title_cased(s: str) -> bool:
    """Every word capitalised and none in capitals (``Об Утверждении Порядка …``,
    ``Для Обеспечения Деятельности …``): a heading's typography (a web copy pasted
    into Word keeps it), never a sentence's, so a preamble's opening words set so
    go on with a title set so."""
    words = re.findall(r"[А-ЯЁа-яё]+", s)
    return len(words) >= 3 and all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words)


def capitals(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _capitals_in_quotes(parts: list[str], line: str) -> bool:
    """A title in capitals whose cited name's quotes are still open goes on into a line in
    capitals that sets its linking words in lower case (``… ПРОГРАММЫ "ПРОФИЛАКТИКА`` /
    ``БЕЗНАДЗОРНОСТИ … и ИХ`` / ``ЗАНЯТОСТИ в … на 2009 - 2011 ГОДЫ"``): the name's words."""
    words = re.findall(r"[А-ЯЁа-яё]+", line)
    return (bool(words) and capitals(parts[-1]) and quotes_left_open(join_lines(parts))
            and all(w.isupper() or w in _LINKING for w in words) and any(len(w) > 3 and w.isupper() for w in words))


def _runs_on_past_gap(L: Lines, i: int, limit: int, title: str) -> bool:
    """Whether a title broken by a blank line goes on in the next line: its
    quote left open and closed there (``«Об общественном совете`` /
    ``Заречного района»``), or the next line opening with a word in the
    genitive that no sentence opens with (``… Собрания депутатов`` /
    ``Заречного района от … № …``, ``… РЕЗЕРВА`` / ``УПРАВЛЕНЧЕСКИХ КАДРОВ``)."""
    i = L.filled(i, limit)
    if i >= limit or not L.ok(i) or title.endswith((".", ":", ";", *CLOSE_QUOTES)) and not open_quote(title):
        return False
    s = L.fix(clean(L.raw[i].strip()))  # "Тестовскойобласти от …": a print that lost a space
    if PREAMBLE.match(s) or s.endswith(":") or kind_line(s) or is_note_line(s):
        return False
    if open_quote(title) and closes_quote(s):
        return True  # (a quote still open past this line: the line goes on by its words)
    if name_goes_on_title(title, s):
        return True  # "О введении режима функционирования" / "«Повышенная готовность»"
    first = s.split()[0].strip("«»\"'(),.:;").lower()
    if _noun_of_adjective(title.split()[-1], s.split()[0]):
        return True  # "… Республики Северная" / "Тестовия-Алания «О …»": a name cut in two
    if _adjective_over_noun(title.split()[-1], s.split()[0]):
        return True  # "… в МУНИЦИПАЛЬНОМ" / "ОБРАЗОВАНИИ …": a phrase in capitals cut in two
    if first in _LINKING and capitals(title) and capitals(s):
        return True  # "О ВНЕСЕНИИ ИЗМЕНЕНИЙ" / "В ПЕРЕЧЕНЬ …": in capitals, what goes on in lower case
    if capitals(title) and capitals(s) and _governs_object(title.split()[-1]):
        return True  # "… РАБОТНИКОВ, ОСУЩЕСТВЛЯЮЩИХ" / "ТЕХНИЧЕСКОЕ ОБЕСПЕЧЕНИЕ …": its object follows
    ps = parses(first) if first.isalpha() else ()
    return bool(ps) and any(p.tag.case == "gent" for p in ps[:3]) \
        and not any(p.tag.case == "nomn" for p in ps)


def _governs_object(word: str) -> bool:
    """An active participle of a transitive verb (``осуществляющих``): no title ends on it."""
    w = word.strip("«»\"'(),.:;").lower()
    ps = parses(w)[:2] if w.isalpha() else ()
    return bool(ps) and all(p.tag.POS == "PRTF" and "tran" in p.tag and "actv" in p.tag for p in ps)


def _noun_of_adjective(last: str, first: str) -> bool:
    """A title's last word a full adjective and the next line's first a noun
    with a capital in its gender, number and case: one name (``Северная`` /
    ``Тестовия``); a title ends on a noun, not on the adjective before it."""
    if not first[:1].isupper() or not first.isalpha() and "-" not in first:
        return False
    return any((a.gender, a.number, a.case) == (n.gender, n.number, n.case) and a.case == "nomn"
               for a, n in _adjective_noun_readings(last, first))


def _adjective_noun_readings(last: str, first: str) -> list[tuple]:
    """Each pair of a full adjective's reading of ``last`` and a noun's reading of
    ``first`` (the two likeliest of each): where a phrase cut at a line may agree."""
    adj = [p.tag for p in parses(last.lower())[:2] if p.tag.POS == "ADJF"]
    nouns = [p.tag for p in parses(first.lower())[:2] if p.tag.POS == "NOUN"]
    return [(a, n) for a in adj for n in nouns]


def _approval_column(L: Lines, i: int, limit: int) -> bool:
    """Whether line ``i`` opens an approval set in a narrow column: the
    approving act's word alone, then its issuer over short lines down to its
    date and number (``решением`` / ``Заречной районной Думы`` / ``Тестовской
    области`` / ``от 15 декабря 2005 г. N 307``); read as one line, the stamp
    ``_APPROVED_BY`` knows, which no title goes on into."""
    if not APPROVING_COLUMN.match(clean(L.raw[i].strip())):
        return False
    parts, k = [clean(L.raw[i].strip())], i + 1
    while k < limit and len(parts) < 7:
        t = clean(L.raw[k].strip())
        k += 1
        if not t:
            continue
        if len(t) > 100:
            return False
        parts.append(t)
        if find_date(t) and find_number(t):
            break
    return bool(_APPROVED_BY.match(" ".join(parts)))


def _adjective_over_noun(last: str, first: str) -> bool:
    """A heading in capitals whose line ends on a full adjective and the next
    line opens with a noun agreeing with it in number and case (and gender, in
    the singular): one phrase cut at the line (``… в МУНИЦИПАЛЬНОМ`` /
    ``ОБРАЗОВАНИИ …``, ``… УПРАВЛЕНИЯ МУНИЦИПАЛЬНЫМ`` / ``ИМУЩЕСТВОМ …``); a
    title ends on its noun, never on the adjective before it, whatever blank
    lines a copy of the file left between its paragraphs."""
    last, first = last.strip("«»\"'(),.:;"), first.strip("«»\"'(),.:;")
    if not (len(last) > 3 and last.isupper() and last.isalpha() and first.isupper() and first.isalpha()):
        return False
    return any(a.number == n.number and a.case == n.case and (a.number == "plur" or a.gender == n.gender)
               for a, n in _adjective_noun_readings(last, first))


# the dates an edition note names: after the act's own, the note is of the act's own editions
_NOTE_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|\d{1,2}\s+[а-яё]+\s+(?:19|20)\d{2}", re.IGNORECASE)


def without_later_editions(title: str, date: str | None) -> str:
    """A title without the bracketed note of editions closing it (``… нанимателя
    (в редакции постановлений … от 29.04.2011 № 1732, от 03.04.2013 № 1162)``)
    when every date the note names is later than the act's own ``date``: the
    acts that amended this one, which a site's or a database's copy glues onto
    the title's last line, no words of the title. A note dated before the act
    names the edition of an act the title cites, and stays."""
    m = re.search(r"\s*(" + EDITION_NOTE_OPEN + r"[^()]*(?:\([^()]*\)[^()]*)*\))\s*\.?$", title, re.IGNORECASE)
    if not m or not date or m.start() < 10:
        return title
    dates = [find_date(d) for d in _NOTE_DATE.findall(m.group(1))]
    dates = [d[0] for d in dates if d]
    return title[:m.start()].rstrip() if dates and all(d > date for d in dates) else title


# a database's edition stamp after the title, once or repeated ("… на 2005 год (с изменениями
# на 12 октября 2005 года) (с изменениями на 10 марта 2006 года)"): the state of its copy
_AMENDED_AS_OF = re.compile(r"(?:\s*\(с\s+изменениями\s+на\s+\d{1,2}\s+[а-яё]+\s+(?:19|20)\d{2}(?:\s+года|\s*г\.)?\))+\s*$",
                            re.IGNORECASE)


def without_amended_as_of(title: str) -> str:
    """A title without the database's ``(с изменениями на 10 марта 2006 года)``
    closing it: a title never dates its own copy."""
    m = _AMENDED_AS_OF.search(title)
    return title[:m.start()].rstrip() if m and m.start() >= 10 else title


# a charter's cover under its name: the settlement and the year ("пгт.Заречный", "2016 год")
_COVER_LINE = re.compile(r"^(?:(?i:пгт|рп|с|п|г|д|ст|сл|а)\.\s?[А-ЯЁ][а-яё-]+(?:[ -][А-ЯЁ][а-яё-]+)?"
                         r"|(?:19|20)\d\d\s*(?:год|г\.?)?)$")


def lone_date(s: str) -> bool:
    """``«24» ноября 2021 г.``, ``29.04.2021      8р``: a line holding a date and
    nothing else but a number without its sign (a protocol's blank)."""
    d = find_date(s)
    rest = re.sub(r"(?i)\bгода?\b|\bг\.|[\s.,«»\"]", "", s[:d[1]] + " " + s[d[2]:]) if d else "x"
    return not rest or bool(re.fullmatch(r"\d{1,4}[а-яё]{0,2}", rest))


# "№ 556 от 14.05.2015 О …" under a title its quote or bracket closed: a site's
# list going on with the next act's entry, no line of the title
_NEXT_ENTRY = re.compile(r"(?:№|N)\s*\d\S*\s+от\s+\d")


def dated_line(s: str) -> bool:
    """``от 24.12.2018`` alone: a site's page dating the act under its title."""
    return bool(re.match(r"(?i)от\s", s)) and lone_date(s[3:])


def requisites_line(s: str) -> str | None:
    """``от 14 марта 1997 г.     г. Заречный     N 118-9``: a line holding an act's
    date, its number and perhaps a place, nothing else - "place" when it names a
    place, "bare" when not, else None."""
    if not re.match(r"(?i)от\s", s) or not requisites_only(s):
        return None
    return "place" if PLACE_ABBR.search(s) else "bare"


def _cites_act(parts: list[str]) -> bool:
    """``О внесении изменений в решение Совета`` / ``от 18 декабря 2019``: a
    title naming an act goes on with that act's date."""
    return any(w in KINDS for w in re.findall(r"[а-я]+", " ".join(parts).lower().replace("ё", "е")))


def _cited_in_full(parts: list[str]) -> bool:
    """Whether the title names its act's date and number (``… от 14.12.2023 №
    4-31Р «О бюджете …»``): a further line of a date and a number is not that act's."""
    title = " ".join(parts)
    # ("… от 01.02.2020 № 3 и решения Совета" / "от …": a second act named after them)
    return bool(find_date(title) and find_number(title)) and not _cites_act(re.split(r"№|\bN\b", title)[-1:])


def _cover_line(s: str) -> bool:
    """``с.Заречное``, ``2021 год``; not ``г. Заречного`` (a title's last words)."""
    return bool(_COVER_LINE.match(s)) and not gen_word(re.split(r"[.\s]+", s)[-1])


_ANY_QUOTE = str.maketrans({q: '"' for q in OPEN_QUOTES + CLOSE_QUOTES})


def _cited_again(title: str, s: str) -> bool:
    """Whether line ``s`` repeats words of the title that cite an act by its
    date and number (``… ОТ 18.04.2008 N 425 «О БЮДЖЕТНОМ ПРОЦЕССЕ»`` / ``ОТ
    18.04.2008 N 425 "О БЮДЖЕТНОМ``): a page printing the title's tail again,
    in other quotes; a title cites an act once - unless the title's own quote is
    still open: a database's quoted title citing two points of one law (``"О …
    ПУНКТЕ 21 СТАТЬИ 5 ФЕДЕРАЛЬНОГО ЗАКОНА ОТ … N 115-ФЗ "О …", … ПУНКТА 13`` /
    ``СТАТЬИ 5 ФЕДЕРАЛЬНОГО ЗАКОНА ОТ … N 115-ФЗ "О``) goes on to its closing quote."""
    line = folded(s.translate(_ANY_QUOTE))
    return len(line) >= 30 and bool(find_date(s) and find_number(s)) \
        and line in folded(title.translate(_ANY_QUOTE)) and not _own_quote_open(title)


def _own_quote_open(title: str) -> bool:
    """A title opening with a straight or curly quote that it has not closed yet."""
    return title[:1] in ('"', "“", "„") and quotes_left_open(title)


def _goes_on(L: Lines, i: int, limit: int, parts: list[str]) -> bool:
    """Whether the title of lines ``parts`` goes on at line ``i`` past a blank."""
    return _continues_lowercase(L, i, limit, True) or _runs_on_past_gap(L, i, limit, join_lines(parts)) \
        or _name_goes_on(L, i, limit, parts[-1]) or _cited_number_follows(L, i, limit, parts)


# a line ending on a date, and a line opening with a number after its sign
_ENDS_ON_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:г\.?|года)?$", re.IGNORECASE)
_OPENS_WITH_NUMBER = re.compile(r"(?:№|N)\s*\d")


def _cited_number_follows(L: Lines, i: int, limit: int, parts: list[str]) -> bool:
    """``… РЕШЕНИЕ … ОТ 21 НОЯБРЯ 2020 ГОДА`` / (blank) / ``№ 144 «ОБ …»``: the
    act a title cites is named by its date and then its number, whatever
    blank line a date wrapped over two lines left between them."""
    if not _ENDS_ON_DATE.search(parts[-1]) or not find_date(parts[-1]) or not _cites_act(parts):
        return False
    i = L.filled(i, limit)
    return i < limit and bool(_OPENS_WITH_NUMBER.match(clean(L.raw[i])))


# the text's first paragraph giving the act (or a thing) its short name: "Устав … (далее – Устав) – …"
_SHORT_NAME = re.compile(r"\(\s*далее\b", re.IGNORECASE)


def gives_short_name(L: Lines, i: int, limit: int) -> bool:
    """Whether the paragraph from line ``i`` (past blanks) gives a short name: the
    text, never a title going on past a blank line."""
    i = L.filled(i, limit)
    return i < limit and bool(_SHORT_NAME.search(L.raw[i]))


def _past_inserted_note(L: Lines, i: int, limit: int) -> int | None:
    """The line after a database's note set anywhere in the text (``ГАРАНТ:`` /
    ``См. справку …``) and the blank lines around it, from line ``i``; None
    when no such note is there."""
    k, noted = i, False
    while k < limit and (not L.raw[k].strip() or L.noise[k] and inserted_note(L.raw[k].strip())):
        noted = noted or bool(L.raw[k].strip())
        k += 1
    return k if noted and k < limit else None


def _name_goes_on(L: Lines, i: int, limit: int, last: str) -> bool:
    """``ЗАРЕЧНОГО СЕЛЬСОВЕТА`` / (blank) / ``СОСНОВСКОГО РАЙОНА ТЕСТОВСКОЙ
    ОБЛАСТИ``: a name in capitals wrapped over paragraphs goes on with its
    territory in the genitive."""
    i = L.filled(i, limit)
    if i >= limit or not last.isupper() or not gen_word(last.split()[-1]):
        return False
    s = clean(L.raw[i].strip())
    return (s.isupper() and len(s.split()) <= 8 and gen_word(s.split()[0]) and has_territory(s)
            and not kind_line(s))


def _names_body(s: str) -> bool:
    """A line opening with a body's head noun in the nominative (``Законодательное Собрание …``)."""
    for w in s.split()[:3]:
        core = w.strip("«»\"'(),.:;").lower()
        if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
               and p.normal_form in GEN_BODY_HEADS for p in parses(core)[:2]):
            return True
    return False


def _formula_starts(L: Lines, i: int, limit: int, s: str) -> bool:
    """Whether line ``i`` opens the operative formula (``Законодательное
    Собрание Тестовской`` / ``области постановляет:``): a capital, not a
    title's word, and the verb before a colon within two lines."""
    if not s[:1].isupper() or TITLE_START.match(s):
        return False
    nxt = [clean(L.raw[k]) for k in range(i + 1, min(limit, i + 3)) if L.raw[k].strip()][:1]
    # the formula goes on in the next line when this one names a body
    # ("Законодательное Собрание Республики" / "Карелия постановляет:") or
    # the next one starts in lower case
    nxt = [x for x in nxt if x[:1].islower() or _names_body(s) and (
        VERB_KIND.match(x) or not PREAMBLE.match(x))]
    m = VERB_KIND.search(" ".join([s] + nxt))
    return bool(m) and m.start() > 0


def after_note(L: Lines, i: int, limit: int, start: str | None = None) -> int:
    """The line after a status note that starts at line ``i`` and runs on
    over a column (``Утратил силу - Закон`` / ``Тестовской областной Думы`` /
    ``от 02.02.2010 г. N 5-ОЗ``): its lines go up to the repealing act's date
    and number; a note complete on its line ends there. ``start`` is the
    note's part of line ``i`` when it begins after the act's own requisites."""
    text = clean(L.raw[i]) if start is None else start
    k, lines = i + 1, 1
    # five lines of the note at most, the blank lines between them not counted
    while not (find_date(text) and find_number(text)) and k < limit and lines < 6:
        s = clean(L.raw[k])
        if not s:
            k += 1
            continue
        lines += 1
        # "Утратил силу -" / "Постановление Правительства" / "… от … N 4": after
        # the dash the repealing act is named, its kind word first
        if TITLE_START.match(s) or PREAMBLE.match(s) or kind_line(s) and not re.search(r"[-–—:]$", text):
            return i + 1
        text += " " + s
        k += 1
    return k if find_date(text) and find_number(text) else i + 1


# A form's corner beside the heading: the signer's approval («УТВЕРЖДАЮ» /
# office / signature / date), a visa («СОГЛАСОВАНО»), the mark of a draft.
_APPROVAL = re.compile(r"^(?:УТВЕРЖДАЮ|Утверждаю|СОГЛАСОВАНО|Согласовано)\s*[:.]?(?:\s|$)")
_DRAFT = re.compile(r"^(?:ПРОЕКТ|Проект)\s*[.:]?$")


def after_approval(L: Lines, i: int, limit: int) -> int:
    """The line after an approval corner starting at line ``i`` (``i`` when
    there is none): it runs to its date, its signature or the next gap,
    never more than eight lines."""
    s = clean(L.raw[i])
    if _DRAFT.match(s):
        return _after_introducer(L, i + 1, limit)
    if _ADDRESSEE.match(s) or _DISTRIBUTION.match(s):
        return _block_end(L, i + 1, limit)
    if not _APPROVAL.match(s):
        return i
    k = i + 1
    while k < min(limit, i + 9):
        t = clean(L.raw[k])
        if not t:
            if L.gap(k):
                return k
            k += 1
            continue
        if TITLE_START.match(t) or PREAMBLE.match(t) or kind_line(t):
            return k
        k += 1
        if find_date(t) or re.search(r"_{3,}\s*[А-ЯЁ]\.\s?[А-ЯЁ]?\.?\s?[А-ЯЁ][а-яё]+\s*$", t) and not any(
                find_date(clean(L.raw[x])) for x in range(k, min(limit, k + 2))):
            return k
    return k


# whom an order is sent to, in the corner beside the heading: "Главам сельских
# поселений …", "Руководителям муниципальных учреждений …" (the dative of an office)
_ADDRESSEE = re.compile(r"^(?:Главам?|Главе|Руководител(?:ю|ям)|Начальник(?:у|ам)|Директор(?:у|ам)"
                        r"|Председател(?:ю|ям)|Заведующ(?:ему|им)|Министр(?:у|ам)|Прокурор(?:у|ам))\s")


# whom copies go to, set beside the heading: "Разослано: прокуратура, …", "Рассылка:"
_DISTRIBUTION = re.compile(r"^(?:Разослано|Рассылка|Направлено)\s*:", re.IGNORECASE)


def _block_end(L: Lines, k: int, limit: int) -> int:
    """The line ending a block of the corner from ``k``: a gap, a title, the
    preamble or a kind word, at most four lines on."""
    end = min(limit, k + 4)
    while k < end:
        t = clean(L.raw[k])
        if not t or TITLE_START.match(t) or PREAMBLE.match(t) or kind_line(t):
            break
        k += 1
    return k


# who brings a draft in: "вносится главой … округа", "Вносит: управление …"
# who reported the draft to the council, printed under the title of a city duma's decision
# ("Докладчик: А.В. Иванов, председатель комиссии", "Содокладчик: …"): no part of the title
_SPEAKER = re.compile(r"(?:Со)?[Дд]окладчик[иа]?\s*:|(?:СО)?ДОКЛАДЧИК[ИА]?\s*:")

_INTRODUCER = re.compile(r"^\(?\s*(?:вносит|внесен|подготовлен|разработ)", re.IGNORECASE)


def _after_introducer(L: Lines, k: int, limit: int) -> int:
    """The line after a draft's introducer under its mark (``k`` when none):
    the introducer and the lines going on with its name, up to a gap."""
    j = k
    j = L.filled(j, limit)
    if j >= limit or not _INTRODUCER.match(clean(L.raw[j])):
        return k
    return _block_end(L, j + 1, limit)


# the longest title a narrow block is followed over (500-700 characters are seen)
LONG_TITLE = 900
# "по основной деятельности", "по личному составу" under an order's kind word: the
# register it is numbered in, no title (a title opens with a capital)
_REGISTER_LINE = re.compile(r"по\s+[а-яё]+(?:[ -][а-яё]+){0,3}")


# a blank's field for the copy's number, beside the place line ("р.п. Заречный   Экз. № ___")
# a place set right before the title on its first line, glued to it or not
# ("г. ЗаречныйО проекте …", "с. Сосновка Об утверждении …")
_PLACE = r"^(?i:г|с|п|пос|пгт|рп|р\.\s?п|ст|д|х)\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_PLACE_BEFORE_TITLE = re.compile(_PLACE + r"\s?(?=(?:О|Об|Обо)\s)")
# the place line run on into a database's status note beside it ("г.Заречный Утратилo силу -
# Постановление" / "Губернатора … области" / "от … N 380"): the note, the place dropped
_PLACE_BEFORE_NOTE = re.compile(_PLACE + r"\s+")
# a site's download link under the title ("Скачать Устав …"): never the title's
_DOWNLOAD = re.compile(r"[сc]качать\b", re.IGNORECASE)
_COPY_FIELD = re.compile(r"\s*\b[Ээ]кз(?:емпляр|\.)\s*(?:№|N)\s*_*\s*$")


# a site's number in brackets alone on its line: "(№ПОС.ГЛ-24-01/25)", "(№ 12-р)"
BRACKETED_NUMBER = re.compile(r"\(\s*№\s*([0-9А-ЯЁA-Z][0-9A-Za-zА-Яа-яЁё./-]{0,30})\s*\)")


# the text's first words run on after the title on its line ("… Республики Тестовия» Во исполнение …"),
# or glued to the title's closing quote or bracket where a page lost the line break between
# them ("… на категорию «слобода»В соответствии с …", "… (2026-2030 годы)Руководствуясь …")
_TEXT_RUNS_ON = re.compile(r"(?:\s|(?<=[»\")]))(?=(?:В\s+соответствии|В\s+целях|В\s+связи|Руководствуясь|На\s+основании|"
                           r"Во\s+исполнение|Рассмотрев|Заслушав|В\s+рамках)\s)")


def _before_text(s: str) -> str:
    """Line ``s`` up to the text's first words run on after the title's last words
    (``… (2026-2030 годы)Руководствуясь …, администрация … постановляет:``): the
    formula's colon closing the run-on text is no line of its own."""
    m = _TEXT_RUNS_ON.search(s)
    return s[:m.start()] if m and re.search(r"[а-яё»\")]$", s[:m.start()]) else s


def _longer_copy(so_far: str, s: str) -> bool:
    """Whether ``s`` prints the title read so far again and longer: a page
    title cut short over the title whole."""
    return len(so_far) >= 30 and len(s) > len(so_far) and s.casefold().startswith(so_far.casefold())


def _whole_below(L: Lines, i: int, limit: int, so_far: str) -> bool:
    """Whether the next paragraph from line ``i`` is the title's longer copy."""
    k = L.filled(i, min(limit, i + 3))
    return _longer_copy(so_far, clean(L.raw[k]) if k < limit else "")


def _own_requisites(s: str, parts: list[str], undated: bool) -> bool:
    """Whether ``s``, under the title lines ``parts``, is the act's own line of
    date and number (a row of the blank's table, or ``от … г. Заречный N …`` as
    old prints set it). A title naming an act goes on with that act's date and
    number, unless it printed them already; a line opening with ``от`` is the
    act's own when it names a place or the heading gave no date over the title."""
    if not requisites_only(s):
        return False
    so_far = join_lines(parts)
    if so_far.count("(") > so_far.count(")"):
        return False  # "… (С ИЗМЕНЕНИЯМИ И ДОПОЛНЕНИЯМИ" / "ОТ 20.06.2007 № 8-90; ОТ": inside the
        # bracket the title lists the cited act's editions, wrapped; the act's own line is no bracket's
    if not dangles(parts[-1]) and not parts[-1].endswith(",") \
            and (not _cites_act(parts) or _cited_in_full(parts)):
        return True
    own = requisites_line(s)
    return bool(own) and (own == "place" or undated or not _cites_act(parts))


def _by_date_line(L: Lines, i: int) -> bool:
    """Whether line ``i`` (a bare capitalised word: ``Тестоград``) stands next to
    the date-and-number line, as a blank sets its place over or under it (or
    right under the kind word, the date's row printed over that); a
    word the dictionary knows must be a place's (``РЕЕСТР`` over an annex's
    title is the title's first word)."""
    w = L.raw[i].strip().rstrip(".")
    if is_known(w) and not any("Geox" in str(p.tag) for p in parses(w)):
        return False
    near, at = [], []
    for step in (-1, 1):   # the nearest line with text each way (a DOCX's paragraphs stand apart)
        j = i + step
        while 0 <= j < len(L.raw) and not L.raw[j].strip():
            j += step
        near.append(L.raw[j].strip() if 0 <= j < len(L.raw) else "")
        at.append(j)
    if any(find_date(x) and find_number(x) for x in near):
        return True
    # or right under the kind word, the date and number printed right over that (a row of the blank's table)
    if not near[0] or not kind_line(clean(near[0])):
        return False
    over = [L.raw[k].strip() for k in range(at[0] - 1, max(-1, at[0] - 4), -1) if L.raw[k].strip()][:1]
    return any(find_date(x) and find_number(x) for x in over)


def _without_place_cell(raw: str) -> str:
    """A blank's table row read across (``О создании комиссии по<tab>с. Сосновка``): the
    place's cell beside the title's first line is the place's, no word of the title."""
    if "\t" not in raw:
        return raw
    cells = [c.strip() for c in raw.split("\t") if c.strip()]
    if len(cells) >= 2 and PLACE_ABBR.match(cells[-1]) and PLACE.fullmatch(cells[-1]):
        return " ".join(cells[:-1])
    return raw


# a title's closing quote marks alone on a line (a cited title's and the outer one)
_LONE_CLOSE = re.compile(r"[»\"”]{1,3}")


# the heading of a document's table of contents alone on its line (a charter's or a code's, under its
# name): the contents' entries follow, never the title's words
_CONTENTS = re.compile(r"СОДЕРЖАНИЕ|Содержание|ОГЛАВЛЕНИЕ|Оглавление")
# a site's card for a file under the page's line with the requisites and the title: its fields
# "Наименование:" (the title again), "Дата:", glued to their values or not - never the title's words
_CARD_FIELD = re.compile(r"^(?:Наименование|Заголовок|Дата(?:\s+(?:принятия|подписания|публикации))?)\s*:", re.IGNORECASE)


def title_from(L: Lines, j: int, limit: int, undated: bool = False) -> TitleLines:
    """Title lines from line ``j``: until a blank line, the preamble or noise;
    ``undated``: the heading gave no date and number over the title, so a line
    of them under it is the act's own even after a title citing an act."""
    parts: list[str] = []
    i = j
    # fourteen lines, or as many as a long title in a narrow block takes
    while i < limit and (len(parts) < 14 or sum(map(len, parts)) < LONG_TITLE):
        s = L.raw[i].strip()
        if parts and (not s or L.noise[i]):
            past = _past_inserted_note(L, i, limit)
            if past is not None and _goes_on(L, past, limit, parts):
                i = past  # "ГАРАНТ:" / "См. справку …" set inside the title, which goes on under it
                continue
        if not s:
            if parts and L.gap(i) and not _goes_on(L, i + 1, limit, parts) \
                    and not _whole_below(L, i + 1, limit, join_lines(parts)):
                break  # a title wrapped over paragraphs goes on in lower case
            i += 1
            continue
        if parts and clean(s) in ("№", "N") and _cites_act(parts):
            parts.append(clean(s))  # "… распоряжение от 14 марта 2016 года" / "№" / "31 «Об": the cited act's sign
            i += 1
            continue
        if parts and re.search(r"(?:№|\bN)$", parts[-1]) \
                and re.match(r"\d[\w./-]{0,20}[),;»\"]*(?:\s|$)", clean(s)):
            parts.append(clean(s))  # "… закона Тестовской области №" / "118-IV", "3594-НПА "Об"
            i += 1
            continue
        if parts and re.fullmatch(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.?", clean(s)) \
                and re.search(r"(?:^|\s)" + _NAMED_AFTER + r"\s+[А-ЯЁ][а-яё-]+$", parts[-1]):
            parts.append(clean(s))  # "… ШКОЛЫ №3 им. Петрова" / "И.И.": the initials, no scrap
            i += 1
            continue
        if parts and (_YEAR_TAIL.fullmatch(clean(s)) and re.search(r"\b(?:19|20)\d{2}", s + " ".join(parts[-3:]))
                      and not (_cover_line(clean(s)) and not dangles(parts[-1]))
                      or _event_date(parts[-1], clean(s)) or _lone_word(clean(s)) or _year_of(parts[-1], clean(s))
                      or _BARE_YEARS.fullmatch(clean(s)) and dangles(parts[-1]) or _PREP_YEAR.fullmatch(clean(s))):
            # "… на 2024" / "год", "… района»" / "в 2023-2025 гг.", "… на 2019-2020
            # учебный" / "год", "… в" / "2024" / "году"; a preposition or a cited
            # title's «Об» alone on its line
            parts.append(clean(s))
            i += 1
            continue
        if parts and _LONE_CLOSE.fullmatch(s) and quotes_left_open(join_lines(parts)):
            parts[-1] += s  # "«Об административных правонарушениях" / "»": a database broke before the quote
            i += 1
            continue
        if L.noise[i] or (L.garbage[i] and parts):
            break
        if L.garbage[i]:
            i += 1
            continue
        s = _COPY_FIELD.sub("", clean(_without_place_cell(L.raw[i]))).strip()
        if not parts:
            s = _PLACE_BEFORE_TITLE.sub("", s)  # "г. ЗаречныйО проекте …": the place set before the title
            if (m := _PLACE_BEFORE_NOTE.match(s)) and is_note_line(s[m.end():]):
                s = s[m.end():]
        if not s:
            i += 1
            continue  # a blank's copy number alone ("Экз. № ____")
        if _DOWNLOAD.match(s) or not parts and (_text_sentence(s) or _amendment_clause(s)):
            break  # a download link; the act's first sentence under its requisites: an act without a title
        if parts and s.startswith("(") and BRACKETED_NUMBER.fullmatch(s):
            break  # a site's number in brackets alone under the title ("(№ПОС.ГЛ-24-01/25)")
        if is_note_line(s):
            if parts:
                break
            i = after_note(L, i, limit)
            continue  # a database's status note is never the title
        if _formula_starts(L, i, limit, _before_text(s) if parts else s):
            # "Законодательное Собрание Тестовской" / "области постановляет:"; a
            # print without its title goes from the requisites to the formula
            break
        if parts and (PREAMBLE.match(s) and not (s.isupper() and _quote_open(parts))
                      and not (_title_cased(parts[-1]) and _title_cased(s))
                      and not dangles(parts[-1])  # "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В" / "ПРИЛОЖЕНИЕ К …": a narrow block's line
                      or kind_line(s) and not TITLE_START.match(s) and not dangles(parts[-1])
                      or place_and_date(s) and not re.match(r"от\s", s, re.IGNORECASE)
                      or _cover_line(s) or lone_date(s) and not dangles(parts[-1])
                      or dated_line(s) and not _cites_act(parts)
                      or _own_requisites(s, parts, undated)
                      or _NEXT_ENTRY.match(s) and parts[-1].endswith(("»", "\"", ")"))
                      or parts[-1].endswith(")") and OWN_EDITION.search(join_lines(parts[-3:]))
                      or _without_trailing_note(_before_text(s)).endswith(":")
                      or _case_changes("\n".join(parts), _without_trailing_note(s))
                      and not _capitals_in_quotes(parts, s)
                      or ("\t" in L.raw[i] or "|" in s) and card_key(L.raw[i].strip())  # a card's table row
                      or _CARD_FIELD.match(s)  # a site's card for the file under its line ("Наименование:…")
                      or _CONTENTS.fullmatch(s) and not dangles(parts[-1])  # a charter's "СОДЕРЖАНИЕ" under its name
                      or KIND_NUMBER_KEY.match(s)  # a site's "Номер постановления: 1759" under the title
                      or body_says(s) and not dangles(parts[-1])  # «Коллегия отмечает, что …»: the text
                      or byline(s) and not _quote_open(parts)):  # a newspaper's "Ирина Смирнова" under the title
            break
        if not parts and PREAMBLE.match(s) and not TITLE_START.match(s):
            break
        if not parts and _CONTENTS.fullmatch(s):
            break  # "УСТАВ … «Кедровый»" / "СОДЕРЖАНИЕ": the contents under the name, no title of its own
        if not parts and _approval_column(L, i, limit):
            break  # "ПОЛОЖЕНИЕ о …" / "решением" / "… Думы" / "от … N 307": the approval, no more title
        # a database's bracketed note under the title: its editions (their
        # words run together too, "(Вредакции …"), or what the act amends
        # ("(Вносит изменения в Устав … от … № 3)")
        if _NOTE_UNDER_TITLE.fullmatch(s) or parts and _SPEAKER.match(s):
            break
        so_far = join_lines(parts) if parts else ""
        if _longer_copy(so_far, s):
            # a page's title cut short, then the title whole (run on into the text's first words
            # on its line): the whole copy is the title, up to where the text begins
            cut = _TEXT_RUNS_ON.search(s, len(so_far))
            parts = [s[:cut.start()].strip() if cut else s]
            if cut:
                break
            i += 1
            continue
        if parts and (s.casefold() == so_far.casefold()
                      or len(s) >= 15 and so_far.casefold().endswith(" " + s.casefold())
                      or len(s) >= 15 and so_far.casefold().startswith(s.casefold() + " ")
                      and (title_from(L, i, limit).text or "").casefold() == so_far.casefold()
                      or _cited_again(so_far, s)):
            # a page printing the title twice (the second time wrapped: the lines from
            # there read as the same title, not a cited act's title opening alike),
            # its last words again, or its words citing an act again
            break
        if parts and (_DATES_ONLY.fullmatch(s) and not _CITED_FROM.search(parts[-1]) or _text_sentence(s) or _EDITORIAL.match(s)
                      or (_APPROVED_BY.match(s) or _approval_column(L, i, limit)) and not _APPROVED.search(parts[-1])
                      or len(s) < 4 and s[:1].isalpha()):
            break  # edition dates, the first sentence, a note, an approval line, a scrap
        if after_approval(L, i, limit) > i:
            if parts:
                break  # the corner set beside the title, read after it
            i = after_approval(L, i, limit)
            continue  # «УТВЕРЖДАЮ» / the signer / the date, set beside the heading
        if not parts and _CROSS_REFERENCE.search(s):
            i += 1
            continue  # a database's «О … см. справку» where a heading without its title has none: no title
        if not parts and (_YEARLESS_DATE.fullmatch(s) or PLACE.match(s) and not TITLE_START.match(s)
                          and (" " in s or _by_date_line(L, i))):
            i += 1
            continue  # "от 12 сентября" (a blank whose year was never filled in), the place
        if not parts and (re.fullmatch(r"\([^()]{2,60}\)", s) or _REGISTER_LINE.fullmatch(s)
                          or re.match(r"^(?:от|№|N)\s*_{2,}", s)
                          or find_date(s) and find_number(s)
                          and not TITLE_START.match(s.lstrip("«\"„“ "))):
            i += 1
            continue  # "(по аппарату)" under the kind word, a blank's "от ____ № ___": no title
        if parts and "_____" in s:
            break  # a form's blank to fill in
        # the stop of an abbreviation inside an open bracket ("… (в ред." /
        # "решения от … № 508)") ends no title
        if re.search(r"[а-яёА-ЯЁ»\")]{3}\.$", s) and not re.search(r"\b[А-ЯЁ]\.$", s) \
                and join_lines(parts + [s]).count("(") <= join_lines(parts + [s]).count(")"):
            if _continues_lowercase(L, i + 1, limit):
                # a speck OCR'd as a stop: the title goes on in lower case
                s = s[:-1].rstrip()
            else:
                parts.append(L.fix(s))
                i += 1
                break  # a title printed with a full stop ends there
        run_on = _TEXT_RUNS_ON.search(s)
        if run_on and re.search(r"[а-яё»\")]$", s[:run_on.start()]) \
                and TITLE_START.match(join_lines(parts + [s[:run_on.start()]])) \
                and not _quote_open(parts + [s[:run_on.start()]]) and s[:run_on.start()].count('"') % 2 == 0:
            # "Об организации публичных слушаний Руководствуясь статьей 28 …": a page that lost
            # the line break after the title; its text begins with the grounds' opening word
            parts.append(L.fix(s[:run_on.start()].strip()))
            i += 1
            break
        parts.append(L.fix(s))
        i += 1
    if not parts or _contact(parts[0]):
        return TitleLines(None, j)
    title = join_lines(parts)
    if not re.search(r"(?:^|[\s.])[А-ЯЁ]\.$", title) and not _ABBREVIATION_END.search(title):
        # a closing stop goes; that of "М.В." or of "в 2022-2024 гг." stays
        title = re.sub(r"(?<=[а-яёА-ЯЁ»\")])\.$", "", title).strip()
    title = _without_trailing_note(title)
    if len(title) < 3:
        return TitleLines(None, j)
    return TitleLines(title, i)


def _contact(line: str) -> bool:
    """A blank's telephone, address or e-mail line where a title was looked for (a
    letter's corner block, a scan's letterhead): never a title; one that opens like a
    title («О присвоении адреса: 123456, …») stays one."""
    s = clean(line)
    return bool(CONTACT_LINE.search(s)) and not TITLE_START.match(s)


def listing_title(tail: str, drop_editions: bool = False) -> str | None:
    """The title printed after the requisites on one line: quoted (``… № 57
    "О налоге". Скачать``) or not (``… № 20 от 09.02.2017 г. Об утверждении …``,
    then ``Скачать``); ``drop_editions`` for a database's line, which may
    carry ``(в ред. …)`` first."""
    # the title ends "… в 2019 г." (or a span's "… 2010 и 2011 г.г.", "… 2024-2026 гг.")
    year_abbrev = bool(re.search(r"\d{4}\s*(?:г\.\s*г|гг|г)\.\s*$", tail))
    tail = re.sub(r"^(?:года|г\.|г)(?=\s|$)\s*", "", tail.strip(" .,"))
    # an order's register or institution before its quoted title ("по основной
    # деятельности", "По Сосновской основной школе «Об …»")
    tail = re.sub(r"^(?i:по)\s+[^«\"„“]{3,80}?\s+(?=[«\"„“]\s*(?:О|Об|Обо)\s)", "", tail)
    # a database's body after the requisites ("…, принятое Советом депутатов … «О …»")
    tail = re.sub(r"^(?i:принят\w{0,2})\s+.{3,240}?\s+(?=[«\"„“]\s*(?:О|Об|Обо)\s)", "", tail)
    if drop_editions:
        tail = _EDITION_INLINE.sub("", tail).strip()
    # ConsultantPlus prints the title it gave an untitled act in angle brackets
    am = re.fullmatch(r"<\s*([^<>]+?)\s*>[.,;]?", tail)
    if am and TITLE_START.match(am.group(1) + " "):
        return clean(am.group(1))
    nested = _quoted_title(tail)
    if nested is not None:
        return clean(nested)
    # a title in curly quotes closes with its own right quote: the straight quotes inside are
    # the names it cites (“О … по виду спорта "лыжные гонки" (приложение N 2), …”)
    qm = re.match(r"^“([^“”]+)”[.,;]?(?:\s|$|\()", tail) \
        or re.match(r"^[«\"„“](.+?)[»\"“”][.,;]?(?:\s|$|\()", tail)
    if qm:
        inner = qm.group(1)
        # "О внесении … N 41 "Об утверждении Порядка": the last quote closed the
        # cited act's name as well as the title, so the name keeps it (each name
        # opened inside, when a cited title cites another: … "Об … "Чистая вода")
        missing = _opening_quotes(inner) - _closing_quotes(inner)
        if missing > 1:
            inner += '"' * missing
        elif inner.count('"') % 2:
            inner += '"'
        elif inner.count("«") > inner.count("»"):
            inner += "»"
        return clean(inner)
    if TITLE_START.match(tail + " "):
        title = clean(re.split(r"\s+Скачать\b", tail)[0]).rstrip(" .")
        if year_abbrev and re.search(r"\d{4}\s*(?:г\.\s*г|гг|г)$", title):
            title += "."  # "… в 2019 г.": the stop is the year's abbreviation, part of the title
        # a long line (or one holding the operative formula's verb and colon) is a heading
        # run on into the text: the title ends at the preamble
        run_on = len(title) > 200 or OPERATIVE_VERB.search(title)
        return (run_on_title(title) if run_on else None) or title
    return None


# the note inline, after a listing's requisites: up to its first closing bracket
_EDITION_INLINE = re.compile(EDITION_NOTE_OPEN + r".*?\)", re.IGNORECASE)


def without_notes(s: str) -> str:
    """``s`` without a database's bracketed edition notes (``(В редакции
    Постановлений Главы администрации (губернатора) … N 90)``), brackets
    inside them included."""
    while m := EDITION_NOTE.search(s):
        depth, k = 0, m.start()
        for k in range(m.start(), len(s)):
            depth += {"(": 1, ")": -1}.get(s[k], 0)
            if depth == 0:
                break
        s = s[:m.start()] + " " + s[k + 1:]
    return s


# the opening of the database's note of its own edition (heading.OWN_EDITION), broken
# off at the line's end by a narrow column (a PDF's text layer): "… МУНИЦИПАЛЬНОЙ СЛУЖБЫ (с", "… (с изменениями на:", "… (с изменениями на 2"
_EDITION_OPEN = re.compile(r"\s\(с(?:\s+изменениями(?:\s+(?:на|от)\b[^()]*)?)?$")


# a database's headline closed by the act's status and its date, after the title's
# full stop: "… района". Утратил силу с 01 января 2008 года" (Kodeks's title pages)
_STATUS_TAIL = re.compile(r"\.\s*Утратил[аиоo]?\s+силу\s+с\s+\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+[а-яё]+\s+\d{4})"
                          r"(?:\s*(?:г\.|года?))?\s*\.?$", re.IGNORECASE)


# the act's status in brackets closing a database's headline, after its edition note or
# alone: "… (с изменениями на 13 сентября 2010 года) (утратил силу с 10 января 2014 года)",
# "… в городе Заречном (утратил силу от 21.03.06)" (Kodeks's title pages)
_STATUS_BRACKET = re.compile(r"\s*\(\s*(?:утратил[аиоo]?\s+силу|не\s+действует|отмен[её]н[аоы]?)\b[^()]*\)\s*\.?$",
                             re.IGNORECASE)


# a database's note that it prints the act in part, after the heading: "(Извлечение)", "(Извлечения)"
_EXTRACT_NOTE = re.compile(r"\s*\(\s*(?:извлечени[ея]|выдержк[аи]|фрагмент)\s*\)\s*\.?$", re.IGNORECASE)
# a database's summary of a ruling in square brackets, set where the title goes:
# "[В иске о признании … отказано]" (Kodeks' court prints)
_SUMMARY = re.compile(r"^\[([^\[\]]{3,})\]$")


def _without_trailing_note(title: str) -> str:
    """A title without the database's note of its own edition at its end (or
    the note's opening, where the line broke it off), or the act's status
    closing the database's headline; a database's bracketed summary, printed
    in part, keeps its words only."""
    title = _EXTRACT_NOTE.sub("", title)
    m = _SUMMARY.match(title)
    if m:
        title = m.group(1).strip()
    cut = _STATUS_BRACKET.sub("", title)  # Kodeks: "… (с изменениями на …) (утратил силу с …)"
    cut = OWN_EDITION.sub("", cut)  # the database's edition of the print itself
    cut = _STATUS_TAIL.sub("", cut)
    if "(с" in cut:
        cut = _EDITION_OPEN.sub("", cut)
    return cut if len(cut) >= 3 else title


def run_on_title(tail: str) -> str | None:
    """The title in a heading run into one paragraph after its requisites
    (``… N 858 О нормативах … на 2010 год (В редакции …) В целях …``, ``№ 56
    ЗАКОН … (В редакции …) О НАДЕЛЕНИИ … Принят …``): from the first «О»/«Об»
    past the edition notes to where the preamble, the adoption line or the
    first clause begins."""
    t = clean(without_notes(tail))
    # a file's blank flattened: the place under the date and the adoption line ("с. Сосновка
    # Принято на заседании … Совета народных депутатов Об …") stand before the title
    t = _RUN_ON_PLACE_ADOPTED.sub("", t)
    # not the «О» of a letter-spaced kind word ("З А К О Н")
    start = re.search(r"(?<!\S)(?:О|Об|Обо)\s(?![А-ЯЁ](?:\s|$))", t)
    if start is None or start.start() > 80 and not (
            # a database's reference line run into the file's own heading: the title follows
            # the heading's own number ("… № 7ТЕСТОВСКАЯ ОБЛАСТЬ СОВЕТ … РЕШЕНИЕ от … N 7 Об …")
            start.start() <= 400 and _NUMBER_BEFORE.search(t, 0, start.start())):
        return None
    t = t[start.start():]
    # a new part starts after a space, or glued to the title's closing bracket
    # or quote ("… (2 этап)В целях …"); a database's repeal note is no part of it
    for m in re.finditer(r"\s(?=\S)|(?<=[)»\"])(?=[А-ЯЁ])", t):
        rest = t[m.end():]
        if rest[:1].islower() and not t.isupper():
            continue  # "… имеющим право в соответствии с …": the sentence goes on
        if PREAMBLE.match(rest) or is_note_line(rest):
            return t[:m.start()].rstrip(" .") if m.start() > 10 else None
    return None


_RUN_ON_PLACE_ADOPTED = re.compile(
    r"^(?:(?:г|гор|с|п|пос|пгт|рп|д|дер|ст|х|сл)\.\s*[А-ЯЁ][а-яё-]+\s+)?"
    r"(?:Принят[оа]?\s+(?!(?:О|Об|Обо)\s).{3,200}?\s+(?=(?:О|Об|Обо)\s))?")
_NUMBER_BEFORE = re.compile(r"(?:№|\bN)\s*\d[\w/-]*\s+$")


def _quoted_title(tail: str) -> str | None:
    """The title a listing prints in quotes holding quoted names of its own
    (``"Об утверждении … района "Лесной район" за счет … района "Лесной район"``):
    a straight quote opens a name at the start or after a space or a bracket
    and closes it after a word; the title ends where its own quote closes, or
    with the line when that quote merged with the last name's."""
    if tail[:1] not in ('"', "«"):
        return None
    depth, last_close = 0, None
    for k, c in enumerate(tail):
        if c == "«" or c == '"' and (k == 0 or tail[k - 1] in " \t(«"):
            depth += 1
        elif c in '"»':
            depth, last_close = depth - 1, k
        else:
            continue
        if depth == 0:
            inner = tail[1:k]
            rest = tail[k + 1:].lstrip(".,;")
            if not inner.strip() or rest and not re.match(r"\s|\(", rest):
                return None
            return inner
    # the outer quote merged with the last name's: the title ends there, a
    # bracketed note or «Скачать» after it is not the title's; the names still
    # open when several quotes met in one («… "Об … "Чистая вода"») are closed
    inner = tail[1:last_close + 1] if last_close else ""
    return inner + '"' * (depth - 1) if depth >= 1 and inner else None


# Titles of acts never ask questions: a "?" glued to a word is a quote that a
# code page without «» (cp866, koi8-r, ASCII) could not hold.
_LOST_OPEN_QUOTE = re.compile(r"(?<![\w?])\?(?=\w)")
_LOST_CLOSE_QUOTE = re.compile(r"(?<=[\w.])\?(?![\w?])")


def restore_quotes(title: str) -> str:
    if "?" not in title or "«" in title or "»" in title:
        return title
    return _LOST_CLOSE_QUOTE.sub("»", _LOST_OPEN_QUOTE.sub("«", title))


def _opening_quotes(s: str) -> int:
    """Straight quotes that open a name: at the start or after a space or a bracket."""
    return len(re.findall(r'(?:^|(?<=[\s(]))"', s))


def _closing_quotes(s: str) -> int:
    return s.count('"') - _opening_quotes(s)


# A cited act's edition note closing a database's quoted title: ``… "Об
# утверждении … "Чистая вода" (в редакции … N 301)"`` — the note follows the
# cited name's closing quote, so the quote after the note is the database's own.
_EDITION_NOTE_CLOSE = re.compile(r'"\s*\((?:в\s+ред|с\s+изм)[^()"]*\)"$', re.IGNORECASE)


def unquote(title: str) -> str:
    """``«О бюджете»`` -> ``О бюджете``: a heading printed in quotes as a
    whole (the quotes inside a title, ``программы «Развитие»``, stay)."""
    if title[:1] == '"' and _EDITION_NOTE_CLOSE.search(title):
        return title[1:-1].strip()
    if title[:1] == '"' and title.endswith('"') and _opening_quotes(title) > _closing_quotes(title) \
            or title[:1] == "«" and (title.count("«") == title.count("»") + 1
                                     or title.count("«") > title.count("»") and title.endswith("»")):
        # «О внесении изменений в решение … «Об установлении налога»: the
        # outer closing quote merged with the inner one; only the opening goes
        # ("О Программе "Поддержка … "Город N" на 2012 годы"": a database
        # prints one straight quote for the closing ones that met; «О … «Об …
        # «Чистая вода …»: one guillemet for the three that met)
        return title[1:].lstrip()
    m = re.fullmatch(r"[«\"„“]\s*(.+?)\s*[»\"“”]", title)
    if not m:
        return title
    inner = m.group(1)
    depth = 0
    for c in inner:
        depth += (c == "«") - (c == "»")
        if depth < 0:
            return title  # «Развитие» и «Рост»: two quoted names, not one quoted title
    if depth or inner.count('"') % 2:
        return title
    return inner
