"""The text of a file as the heading parser reads it: lines, with the
database noise and the OCR debris among them marked."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.linememo import per_line
from ingest.morph import fold, is_known
from ingest.heading import PrintedWords, fix_glued, is_garbage, noise_mask
from ingest.ru_dates import MONTHS, find_date
from ingest.textio import CELL_SEP

from .bilingual import drop_other_language
from .spread_date import fold_spread_date
from .file_heads import join_split_kind
from .file_pages import join_lone_words
from .date_number import NUM_CHARS, find_number, is_date_or_number_line, requisites_only
from .kind_line import kind_line
from .names import issuer_line, territory_only
from .issuer_kind_line import split_issuer_kind
from .quotes import quote_for_prime
from .vocabulary import KIND_WORDS, OTHER_ACTS, PLACE, dangles, despace, kind_alternation
from .wrapped import join_wrapped_reference, range_broken
from .heading_strays import despaced_glued_kind


_SPACES = re.compile(r"\s+")


@per_line()
def clean(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    s = _SPACES.sub(" ", s)
    return join_split_kind(s.strip())  # "постановлени е": a converter's split, read whole


def folded(s: str) -> str:
    """``s`` with its spaces folded and its case dropped: lines compared as words."""
    return _SPACES.sub(" ", s).strip().casefold()


def _hyphenated_word(out: str, p: str) -> bool:
    """Whether ``out`` ends with a word's first part before a line-end hyphen
    and ``p`` opens with its rest: the whole is a dictionary word (``автомо-`` /
    ``бильных``), not a compound (``военно-`` / ``патриотического``)."""
    head = re.search(r"[А-Яа-яЁё]+(?=-$)", out)
    tail = re.match(r"[А-Яа-яЁё]+", p)
    return bool(head and tail) and p[:1].islower() and is_known(head.group(0) + tail.group(0))


def join_lines(parts: list[str]) -> str:
    out = ""
    for p in parts:
        p = p.strip()
        if not out:
            out = p
        elif re.search(r"[А-Яа-яЁё]-$", out) and p[:1].islower() \
                or re.search(r"[А-ЯЁ]{2}-$", out) and p[:2].isupper():
            # hyphen at the line end (АДМИНИСТРАТИВНО- / ТЕРРИТОРИАЛЬНОМ too): no space;
            # a word hyphenated there (автомо- / бильных) loses it, a compound keeps it
            out = out[:-1] + p if _hyphenated_word(out, p) else out + p
        elif range_broken(out, p):
            out += p
        else:
            out += " " + p
    return clean(out)


class _Garbage:
    """OCR debris per line, judged when first asked: only the heading and
    the signature block are ever judged (``_GARBAGE_HEAD``/``_GARBAGE_TAIL``
    lines), and of those only the lines the parser looks at."""

    __slots__ = ("raw", "_known")

    def __init__(self, raw: list[str]):
        self.raw = raw
        self._known: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, i: int) -> bool:
        got = self._known.get(i)
        if got is None:
            n = len(self.raw)
            k = i + n if i < 0 else i
            ln = self.raw[i]
            got = ((k < _GARBAGE_HEAD or k >= n - _GARBAGE_TAIL) and bool(ln.strip()) and len(ln) < 200
                   and is_garbage(despace(ln)) and not is_date_or_number_line(ln)
                   and not kind_line(ln) and not _TITLE_WORD_ALONE.fullmatch(ln.strip())
                   and not _MUNICIPAL_ABBREVIATION.fullmatch(ln.strip()))
            self._known[i] = got
        return got


# a title's first word alone on its line, a quoted title's or «Об» ('"Об' /
# "антитеррористической комиссии …"): a narrow block's cut, never OCR debris
_TITLE_WORD_ALONE = re.compile(r"[«\"„“]\s?(?:о|об|обо)|об|обо", re.IGNORECASE)

# a municipality's kind abbreviated on a line of its own ("МЕСТНАЯ АДМИНИСТРАЦИЯ" / "МО" /
# "СОСНОВСКОЕ СЕЛЬСКОЕ ПОСЕЛЕНИЕ"): a narrow block's wrap, never OCR debris
_MUNICIPAL_ABBREVIATION = re.compile(r"МО|МР|СП|ГП|ГО")

_GARBAGE_HEAD = 300
_GARBAGE_TAIL = 150


@dataclass
class Lines:
    raw: list[str]
    noise: list[bool]
    garbage: "_Garbage | list[bool]" = field(default_factory=list)
    spaced: bool = False  # a blank line after every paragraph: one blank ends nothing
    scan: bool = False    # recognised text (OCR): glued words may be split freely
    _words: "PrintedWords | None" = field(default=None, repr=False, compare=False)
    _fixed: dict[tuple[str, str], str] = field(default_factory=dict, repr=False, compare=False)
    stamps: frozenset = frozenset()  # the lines of a register's stamp (its word and entry), noise too

    def fix(self, s: str, before: str = "") -> str:
        """Glued words split (``натерритории``); typed text only where both
        parts are dictionary words and the document never prints the token
        whole elsewhere (``ТЕСТОГРАДА`` beside ``г. Тестограда``), so an
        unknown place name stays as printed; a comma glued to the next word
        (``области,подлежащих``), a word glued to a closing bracket
        (``(муниципальных)услуг``) and a cited title's opening quote
        (``области"О гербе``) spaced. ``before``: the line above (a town's
        name under ``ГЛАВА ГОРОДА`` stays whole). Remembered per line and
        line above: the title's and the body's readers ask for them again."""
        got = self._fixed.get((s, before))
        if got is None:
            got = self._fixed[(s, before)] = self._fix(s, before)
        return got

    def _fix(self, s: str, before: str = "") -> str:
        s = _COMMA_GLUED.sub(", ", s)
        s = _QUOTE_GLUED.sub(" ", s)
        s = _BRACKET_GLUED.sub(" ", s)
        if self.scan:
            return fix_glued(s)
        if self._words is None:
            self._words = PrintedWords(self.raw)
        return fix_glued(s, strict=True, words=self._words, before=before)

    def gap(self, i: int) -> bool:
        """Whether the blank line ``i`` separates blocks."""
        if not self.spaced:
            return True
        return i + 1 < len(self.raw) and not self.raw[i + 1].strip()

    def above(self, i: int) -> str | None:
        """The line above line ``i`` in its paragraph; None where a paragraph
        (or the text) begins at ``i``."""
        k = self.above_at(i)
        return None if k is None else self.raw[k].strip()

    def above_at(self, i: int) -> int | None:
        """The index of the line ``above`` returns: the line right over ``i``, or in a
        spaced text (a DOCX read one paragraph a line) the one over a single blank."""
        k = next((k for k in range(i - 1, -1, -1) if self.raw[k].strip()), None)
        if k is None or any(self.gap(b) for b in range(k + 1, i)):
            return None
        return k

    def continues_above(self, i: int) -> bool:
        """A kind word opening a line that goes on from a title's preposition
        ("О внесении изменений в" / "Постановление Администрации … от … N …")
        is the cited act's, not the heading of an act."""
        above = self.above(i)
        return above is not None and dangles(above)

    def filled(self, i: int, limit: int) -> int:
        """The first line from ``i`` on that holds text; ``limit`` when none before it."""
        while i < limit and not self.raw[i].strip():
            i += 1
        return i

    def ok(self, i: int) -> bool:
        """A non-empty line that is neither database noise nor OCR debris."""
        return bool(self.raw[i].strip()) and not self.noise[i] and not self.garbage[i]


_COMMA_GLUED = re.compile(r"(?<=[а-яё]),(?=[а-яё])")
# a word glued to the bracket closed before it: государственных (муниципальных)услуг
_BRACKET_GLUED = re.compile(r"(?<=[а-яё]\))(?=[а-яё]{2})")
# a cited title's opening quote glued to the word before it: области"О гербе …"
_QUOTE_GLUED = re.compile(r"(?<=[а-яё])(?=[\"«„](?:О|Об|Обо)\s)")
_CELLS_ONLY = re.compile(r"^[\s|]*\|[\s|]*$")
# a site's posting stamp over the page: "26.09.2018 17:14", "08.01.2020, 16:41 | |||" (a comma
# before the time, the empty cells of the post's card after it): when the page was posted, not the act's date
_POSTED_AT = re.compile(r"^\s*\d{2}\.\d{2}\.\d{4},?\s+\d{1,2}:\d{2}\s*(?:(?=[А-ЯЁ][а-яё])|[\s|]*$)")
# the state register of charters prints each entry as "№ RU" and fifteen digits, then its day
_CHARTER_REGISTER = re.compile(r"(?:\s*[;,]?\s*(?:№|N)\s*RU\s*\d{9,}\s+от\s+\d{1,2}\.\d{1,2}\.\d{4}\s*[;.,]?)+\s*$")
_DAY_ALONE = re.compile(r"^\s*(?:от\s*)?[«\"„“]?\s?\d{1,2}\s?[»\"“”]?\s*$", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"^\s*(?:" + "|".join(MONTHS) + r")\.?\s*(?:19|20)\d{2}(?!\d)", re.IGNORECASE)


# a narrow column broke the date after its month ("от 29 апреля" / "2016 г. N 270-па")
_DAY_MONTH = re.compile(r"^\s*(?:от\s*)?[«\"„“]?\s?\d{1,2}\s?[»\"“”]?\s*(?:" + "|".join(MONTHS)
                        + r")\s*$", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:г\.|года)?(?:\s|$)")


def _join_split_dates(raw: list[str]) -> None:
    """A blank's date split over two lines (``от «12»`` / ``марта 2019 г.``,
    ``от 29 апреля`` / ``2016 г. N 270-па``) becomes one line, so that it
    reads as a date; the second line is left empty. In a table row read
    across its cells line by line (``«12»\t№ 145-п`` / ``марта 2024 г.``)
    the date's cell is the first: its two lines join before the other cells,
    and a number sign left alone at the end of the first line
    (``«19» апреля\t№`` / ``2024 г.\t37``) takes the number under it."""
    for i in range(min(len(raw) - 1, 150)):
        first, tab, cells = raw[i].partition("\t")
        nxt, tab2, rest = (raw[i + 1].partition("\t") if tab else (raw[i + 1], "", ""))
        if _DAY_ALONE.match(first) and _MONTH_YEAR.match(nxt) \
                or _DAY_MONTH.match(first) and _YEAR_FIRST.match(nxt):
            if _SIGN_LAST.search(cells) and _NUMBER_ALONE.match(rest):
                cells, rest = cells.rstrip() + " " + rest.strip(), ""
            raw[i] = first.rstrip() + " " + nxt.strip() + tab + cells
            raw[i + 1] = tab2 + rest if rest.strip() else ""
        elif not tab and _DAY_ALONE.match(first):
            _join_date_cells(raw, i)


_MONTH_ALONE = re.compile(r"^\s*(?:" + "|".join(MONTHS) + r")\s*$", re.IGNORECASE)
_YEAR_ALONE = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:г\.?|года)?\s*$")


def _next_filled(raw: list[str], i: int) -> int | None:
    """The next line after ``i`` that holds text, over one empty line at most."""
    return next((j for j in range(i + 1, min(len(raw), i + 3)) if raw[j].strip()), None)


def _join_date_cells(raw: list[str], i: int) -> None:
    """A table row whose cells print one a paragraph: the day (``« 15 »``), the
    month, the year, then the number, its sign left in the table's frame
    (``40``): one line ``« 15 » июля 2021 г. № 40``."""
    j = _next_filled(raw, i)
    k = _next_filled(raw, j) if j is not None and _MONTH_ALONE.match(raw[j]) else None
    if k is None or "\t" in raw[j] + raw[k] or not _YEAR_ALONE.match(raw[k]):
        return
    line = " ".join(raw[n].strip() for n in (i, j, k))
    raw[j] = raw[k] = ""
    n = _next_filled(raw, k)
    if n is not None and _NUMBER_ALONE.match(raw[n]) and any(c.isdigit() for c in raw[n]):
        line, raw[n] = f"{line} № {raw[n].strip()}", ""
    raw[i] = line


# a number a narrow cell or a PDF's line broke at its hyphen ("… № 27/09-" / "146", "№ 12-" / "па")
_NUMBER_BROKEN = re.compile(r"(?:^|\s)(?:№|N)\s*\d[\w./-]*-$")
_NUMBER_REST = re.compile(r"^[0-9А-ЯЁа-яёA-Za-z][0-9А-ЯЁа-яёA-Za-z./-]{0,7}$")


def _join_date_over_number(raw: list[str]) -> None:
    """A date alone on its line over the act's number alone with its sign (a legal
    database's print of a law: ``12 марта 2015 года`` / ``N 45-ОЗ`` above ``ЗАКОН`` and the
    territory; a blank's ``от 2 июня 2027 г.`` / ``№ 60``) becomes one line of requisites,
    as a heading prints them on one; the second line is left empty."""
    for i in range(min(len(raw) - 1, 150)):
        nxt = raw[i + 1].strip()
        if nxt[:1] not in ("№", "N") or len(nxt) > 30 or not raw[i].strip():
            continue  # (a cheap test first: few lines open with the sign)
        n = find_number(nxt)
        if not n or n[1] != 0 or nxt[n[2]:].strip(" .,"):
            continue
        d = find_date(raw[i])
        if d and not re.sub(r"(?i)^\s*от\b|[\s.,]", "", raw[i][:d[1]] + raw[i][d[2]:]):
            raw[i], raw[i + 1] = raw[i].rstrip() + " " + nxt, ""


def _join_broken_numbers(raw: list[str]) -> None:
    """A number broken at its hyphen at a line's end takes its rest from the next line
    (the line under it is left empty): ``от 28.02.2012 № 27/09-`` / ``146``."""
    for i in range(min(len(raw) - 1, 150)):
        if raw[i].endswith("-") and _NUMBER_BROKEN.search(raw[i]) and _NUMBER_REST.match(raw[i + 1].strip()):
            raw[i], raw[i + 1] = raw[i] + raw[i + 1].strip(), ""


_SIGN_LAST = re.compile(r"(?:^|\s)(?:№|N)\s*$")
_NUMBER_ALONE = re.compile(r"^\s*\d[" + NUM_CHARS + r"./-]*\s*$")


# a blank's printed century with the year's last digits typed on its rule
# ("марта 20_24_ г.", "апреля 20 24 г.", the month in digits after the day's
# quote "«12» 03 20 24 г."): one year
_CENTURY_RULE = re.compile(r"(?i)((?:" + "|".join(MONTHS) + r"|[»\"][\s_]*(?:0?[1-9]|1[0-2]))[\s_]+)(19|20)(?: ?_+ ?| )(\d{2})"
                           r"(?=[_\s]*(?:г\.|г\b|года?\b))")


def _typed_year(line: str) -> str:
    return _CENTURY_RULE.sub(r"\g<1>\g<2>\g<3>", line) if "_" in line or " 20 " in line or " 19 " in line else line


_FILLED = re.compile(r"_ ?\d|\d ?_")
# (a space typed between the rule and the blank's quote goes with the rule: «« __14___ »» is «« 14 »»,
# never «14» apart from its quotes by two spaces, which no date reads past - heldout72)
_RULE_AT_VALUE = re.compile(r"(?<=[«\"„“]) ?_+ ?(?=\d)|_+ ?(?=[\dа-яё])|(?<=\d) ?_+ ?(?=[»\"“”])|(?<=[\dа-яё]) ?_+")
# the values a text layer drew after the whole blank ("от ____ № ____12.03.2024 145-п"):
# the date typed after the number's sign is the blank's date, the number follows it
_DATE_AFTER_SIGN = re.compile(r"(?P<sign>№|\bN)\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:\s*г\.)?)\s+"
                              r"(?P<num>[0-9][" + NUM_CHARS + r"./-]*)")


# a letterhead ruled off under the issuer's name: the rule typed as underscores
# at the end of the name's last line ("… Тестовская область ______________");
# a blank's field ("от ______", "№ ____", "г. ______") keeps its rule
_TRAILING_RULE = re.compile(r"(?<=[А-ЯЁа-яё»\")])\s*_{10,}\s*$")
_FIELD_BEFORE_RULE = re.compile(r"(?:\b(?:от|г|года?|дата|подпись)\.?|№|\bN)\s*$", re.IGNORECASE)


def ruled_off(line: str) -> str:
    """A heading line with the letterhead's rule typed after its words, without the rule."""
    m = _TRAILING_RULE.search(line) if "__________" in line else None
    if m is None or "_" in line[:m.start()] or _FIELD_BEFORE_RULE.search(line[:m.start()]):
        return line
    return line[:m.start()]


def filled_in(line: str) -> str:
    """A form's blank filled in by typing over its rule (``от «_12_»
    ___марта___ 2024 г. № _145-п_``): the rule around the values goes, an
    empty blank (``от «__» ______ 20__ г.``) keeps its rule."""
    if "_" not in line or not _FILLED.search(line):
        return line
    out = _RULE_AT_VALUE.sub(" ", line)
    out = _DATE_AFTER_SIGN.sub(r"\g<date> \g<sign> \g<num>", out)
    had = (find_date(line) is not None, find_number(line) is not None)
    got = (find_date(out) is not None, find_number(out) is not None)
    return out if sum(got) > sum(had) and all(g >= h for g, h in zip(got, had)) else line


# A page whose inline elements lost their spaces ("10:00О С.С.ИвановеРаспоряжение
# Правительства … от 11 марта 2017 года №88-рМатериал доступен …"): a kind word
# stuck to the word before it, with its "от <date>" after it, starts a line, and
# a word stuck to the number ends it
_KIND_SEAM = re.compile(r"(?<=[а-яё0-9])(?=(?:" + kind_alternation(str.capitalize)
                        + r")\s[^\n]{0,100}?\bот\s+\d)")
_NUMBER_SEAM = re.compile(r"((?:№|\bN)\s*\d[" + NUM_CHARS + r"./-]*?)(?=[А-ЯЁ][а-яё]{2,})")


# A site's label or a blog's date and rubric before the database's reference
# line on the same line ("Содержание документа: Распоряжение Правительства … от
# 6 мая 2008 г. N 632-р"): the reference line starts a line of its own
_LABELLED_REF = re.compile(
    r"^(?P<label>[^\n]{3,60}?(?::|\s))(?=(?:" + kind_alternation(str.capitalize)
    + r")\s+[А-ЯЁа-яё][^\n]{0,80}?\bот\s+\d[^\n]{0,30}?(?:№|\bN)\s*\d)")


# a database's note citing another act ("{Утратил силу - Указ … от … N 45}",
# "в ред. Постановления …"), a kind word already in the label, or the act naming
# itself in its text ("Настоящий Закон принят в целях реализации … от … N 131-ФЗ") is no label
_NOT_A_LABEL = re.compile(
    r"[{(\[]|[-–—]\s*$|(?i:утрат|\bред\.|редакц|измен|внесен|основани|\bсм\.|^настоящ|"
    + kind_alternation() + r")")


# a database's reference line that ends with the heading's first line, the
# law's territory in capitals ("Закон … от 28.06.2010 № 21-РЗ ТЕСТОВСКАЯ ОБЛАСТЬ")
_REF_THEN_TERRITORY = re.compile(
    r"^(?P<ref>(?:" + kind_alternation(str.capitalize) + r")\s[^\n]{0,120}?"
    r"\bот\s+\d[^\n]{0,30}?(?:№|\bN)\s*\d\S*)\s+(?P<tail>[А-ЯЁ][А-ЯЁ -]{4,60})$")


# A print whose heading lost its line breaks after the kind word ("РЕШЕНИЕот
# 24.06.03 N 32г. ТестоградО плане работы"): the kind word, the date and number,
# the place and the title each start a line (an "о" of "от" may be a Latin one)
_KIND_GLUED_TO_DATE = re.compile(r"^\s*(?P<kind>" + kind_alternation(str.upper)
                                 + r")(?P<rest>[oо]т\s*\d[^\n]*)$")
_GLUED_PLACE = re.compile(r"((?:№|\bN)\s*\d[" + NUM_CHARS + r"./-]*?)(?=г\.\s*[А-ЯЁ])")
_GLUED_TITLE = re.compile(r"(?<=[а-яё])(?=(?:О|Об|Обо)\s+[а-яё])")


def _unglue_kind_line(ln: str) -> list[str] | None:
    m = _KIND_GLUED_TO_DATE.match(despaced_glued_kind(ln))  # "П О С Т А Н О В Л Е Н И Еот …" too
    if not m:
        return None
    rest = "о" + m.group("rest")[1:]
    rest = _GLUED_PLACE.sub("\\1\n", rest, count=1)
    rest = _GLUED_TITLE.sub("\n", rest, count=1)
    return [m.group("kind")] + [p.strip() for p in rest.split("\n")]


# a session's line run into the title: "девятой сессииО Законе …"
_SITTING_THEN_TITLE = re.compile(r"^(?P<sitting>\s*[А-ЯЁа-яё-]+\s+(?:сесси[яи]|СЕССИ[ЯИ]|заседани[ея]|ЗАСЕДАНИ[ЕЯ]))"
                                 r"(?P<title>(?:О|Об|Обо)\s.*)$")


def _unglue_sitting(ln: str) -> list[str] | None:
    m = _SITTING_THEN_TITLE.match(ln)
    return [m.group("sitting"), m.group("title")] if m else None


# a database's annex stamp whose lines ran into one: "Приложение 2УТВЕРЖДЕНОпостановлением
# мэраот 17.09.2004 N 1060" -> "Приложение 2" / "УТВЕРЖДЕНО" / "постановлением мэра" / "от …";
# the date may be a blank's, with its day in quotes ("от «17» сентября 2004 г.")
_GLUED_STAMP = re.compile(r"^(?P<annex>\s*Приложение(?:\s*(?:N|№)?\s*\d+)?)\s*(?P<approved>(?-i:УТВЕРЖДЕН[АОЫ]?))"
                          r"(?P<by>(?:постановлением|решением|распоряжением|приказом)\b.*?[а-яё])"
                          r"(?P<date>от\s*[«\"„“]?\s?\d.*)$", re.IGNORECASE)


# the same stamp with no annex line over it, its approval word in capitals or not, glued
# to the act's kind ("УтвержденопостановлениемПравительства … краяот 12 сентября 2005 года
# N 114-п", a database's titles page): the approval word glued on, never a stamp that
# prints its spaces
_GLUED_APPROVAL = re.compile(r"^\s*(?P<approved>(?-i:УТВЕРЖДЕН[АОЫ]?|Утвержден[аоы]?))"
                             r"(?P<by>(?:постановлением|решением|распоряжением|приказом|указом)(?:\b|(?-i:(?=[А-ЯЁ])))"
                             r".*?[а-яё])"
                             r"\s*(?P<date>от\s*[«\"„“]?\s?\d.*)$", re.IGNORECASE)


def _unglue_stamp(ln: str) -> list[str] | None:
    m = _GLUED_STAMP.match(ln)
    if m:
        return [m.group("annex").strip(), m.group("approved"), m.group("by"), m.group("date")]
    m = _GLUED_APPROVAL.match(ln)
    if not m:
        return None
    # "постановлениемПравительства …": the issuer's line ran on too
    return [m.group("approved"), re.sub(r"(?<=[а-яё])(?=[А-ЯЁ])", " ", m.group("by")), m.group("date")]


def _kind_cell(line: str) -> list[str]:
    """A bare kind word whose row runs on into the next cell (a place, a date
    or a number printed beside it: ``ПОСТАНОВЛЕНИЕ<tab>с. Сосновка``): the
    kind word's line, then the cell's."""
    first, tab, rest = line.partition("\t")
    if not tab or not rest.strip() or "\t" in rest.strip():
        return [line]
    kl = kind_line(clean(first))
    cell = rest.strip()
    if kl and not kl.rest and not kl.titled and (PLACE.match(cell) or is_date_or_number_line(cell)):
        return [first.rstrip(), cell]
    return [line]


# a site's numbered list of acts: "301. Решение № 24 от 19.12.2014г. о …" - the item's ordinal
# before the kind word, its sign and number and its date; a numbered point of the text is no such
# item (a heading's kind line stands over it)
_LISTING_ORDINAL = re.compile(r"^\s*\d{1,4}\.\s+(?=(?:" + kind_alternation(str.capitalize)
                              + r")\s+(?:№|N)\s*\d\S*\s+от\s+\d)")


def _listing_item(raw: list[str], i: int) -> str | None:
    """Line ``i`` without its listing ordinal, where it is the first act's line of the page."""
    m = _LISTING_ORDINAL.match(raw[i]) if i < 60 else None
    if m is None or any(kind_line(clean(r)) for r in raw[:i] if r.strip()):
        return None
    return raw[i][m.end():]


def _unglue_reference(raw: list[str]) -> list[str]:
    out: list[str] = []
    for i, ln in enumerate(raw):
        ln = _listing_item(raw, i) or ln
        parts = (_unglue_kind_line(ln) or _unglue_sitting(ln) or _unglue_stamp(ln)) if i < 60 else None
        if parts:
            out.extend(parts)
            continue
        tm = _REF_THEN_TERRITORY.match(ln.strip()) if i < 30 else None
        if tm and territory_only(tm.group("tail").strip()):
            out.extend([tm.group("ref"), tm.group("tail").strip()])
            continue
        if i < 150 and _KIND_SEAM.search(ln):
            for part in _KIND_SEAM.split(ln):
                out.extend(_NUMBER_SEAM.sub("\\1\n", part).split("\n"))
            continue
        m = _LABELLED_REF.match(ln) if i < 30 and len(ln) < 300 else None
        if m and not kind_line(clean(ln)) and not _NOT_A_LABEL.search(m.group("label")):
            out.extend([m.group("label").strip(), ln[m.end("label"):]])
        else:
            out.append(ln)
    return out


# a heading printed in the cells of a table: the body with the kind word in one
# row ("ПРАВИТЕЛЬСТВО … ОБЛАСТИ ПОСТАНОВЛЕНИЕ | |||"), the date, the sign and the
# number in cells of the next ("30.01.2018 | | № | 32-П |")
_BODY_THEN_KIND = re.compile(r"^(?P<body>[А-ЯЁ][А-ЯЁ\s,.«»\"()-]+?)\s+(?P<kind>"
                             + kind_alternation(str.upper) + r")$")


_SIGN_CELL = re.compile(r"^\s*(?:№|N)\s*\|\s*$")
_NUMBER_CELL = re.compile(r"^\d[\w./-]{0,15}$")


def _heading_cells(raw: list[str]) -> list[str]:
    """Rows of a heading table among the first lines read as lines: the cells
    joined, the empty ones dropped, the kind word after the body on a line of
    its own; other tables stay as they are."""
    out: list[str] = []
    for i, ln in enumerate(raw):
        cells = [c.strip() for c in ln.split("|") if c.strip()] if i < 40 and "|" in ln else []
        joined = " ".join(cells)
        # the row before, across one blank line (a converter spacing every paragraph)
        k = len(out) - 2 if len(out) > 1 and not out[-1].strip() else len(out) - 1
        if cells and k >= 0 and _SIGN_CELL.match(out[k]) and _NUMBER_CELL.match(joined):
            out[k] = out[k].split("|")[0].strip() + " " + joined
            continue  # the sign in a cell of its own, the number in the next row: "№ |" / "21 |"
        if not cells or len(cells) > 5 or any(len(c) > 80 for c in cells):
            out.append(ln)
        elif m := _BODY_THEN_KIND.match(joined):
            out.extend([m.group("body"), m.group("kind")])
        elif len(cells) == 2 and cells[0] in ("№", "N") and _NUMBER_CELL.match(cells[1]):
            out.append(joined)  # "от | 29.05.2012 |" / "| № | 82 |": the sign and the number in a row's cells
        else:
            out.append(joined if requisites_only(joined) else ln)
    return out


# a heading line letter-spaced as a whole, capitals only ("Р О С С И Й С К А Я
# Ф Е Д Е Р А Ц И Я", "М А Г А Д А Н С К О Й  О Б Л А С Т И"): its words
_SPACED_CAPS = re.compile(r"[А-ЯЁ](?: [А-ЯЁ])+(?:\s{2,}[А-ЯЁ](?: [А-ЯЁ])*)*")


# a frame drawn with box-drawing characters round a heading in an old DOS text
# (``╔═══╗`` / ``║ СОВЕТ … ║`` / ``╚═══╝``): a line of the frame alone, its sides
_BOX_RULE = re.compile(r"^[\s\u2500-\u257f]*[\u2500-\u257f][\s\u2500-\u257f]*$")
_BOX_SIDES = re.compile(r"^\s*[\u2502\u2503\u2551]\s*(?P<text>.*?)\s*[\u2502\u2503\u2551]\s*$")


def _unframed(ln: str) -> str:
    """A heading line without the box-drawn frame round it ("" for the frame's rules)."""
    if _BOX_RULE.match(ln):
        return ""
    m = _BOX_SIDES.match(ln)
    return m.group("text") if m and not re.search(r"[\u2502\u2503\u2551]", m.group("text")) else ln


# a letter-spaced kind word a layout broke over two lines ("П О С Т А Н О" / "В Л Е Н И Е",
# a blank line between the halves or none): one kind word, neither half is a word
_SPACED_PART = re.compile(r"[А-ЯЁ](?: [А-ЯЁ])+")


def _join_broken_kind(raw: list[str]) -> None:
    """Joins the two halves of a letter-spaced kind word on the first half's line."""
    for i in range(min(len(raw), 150)):
        a = raw[i].strip()
        if not (a[1:2] == " " and len(a) < 30 and _SPACED_PART.fullmatch(a)):
            continue
        k = next((j for j in range(i + 1, min(len(raw), i + 3)) if raw[j].strip()), None)
        b = raw[k].strip() if k is not None else ""
        if len(b) < 30 and _SPACED_PART.fullmatch(b):
            word = (a + b).replace(" ", "")
            if fold(word) in KIND_WORDS:
                raw[i], raw[k] = " ".join(word), ""


def _unspaced(ln: str) -> str:
    s = ln.strip()
    if not _SPACED_CAPS.fullmatch(s):
        return ln
    return ln[:len(ln) - len(ln.lstrip())] + despace(s)


# A kind word in capitals run into the title's first word («ПОСТАНОВЛЕНИЕОб утверждении …»,
# «РЕШЕНИЕО внесении …», «ПОЛОЖЕНИЕо порядке …»): a page that lost the line break between the
# kind line and the title. No word of the language ends in a kind word followed by «о»/«об»,
# so the title's opener glued to it at the line's start can only be the title's
_KIND_GLUED_TITLE = re.compile(r"^(?P<kind>\s*(?:" + kind_alternation(str.upper) + r"))"
                               r"(?=(?:О|Об|Обо|ОБ|ОБО|о|об|обо)\s+[А-ЯЁа-яё])")


def _unglued_title(ln: str) -> list[str]:
    """The kind word's line, then the title's, where ``ln`` runs one into the other."""
    m = _KIND_GLUED_TITLE.match(ln)
    return [m.group("kind"), ln[m.end():]] if m else [ln]


# An act's kind word and its title set on one line («ПОСТАНОВЛЕНИЕ о назначении публичных
# слушаний …», «РЕШЕНИЕ Об утверждении …», «Распоряжение о проведении …»), the date and the
# number on a line of their own above or below: a site that printed the kind line and the title
# as one paragraph. Laid out as the kind word's line over the title's, the heading reads as any
# other. Only with a line of requisites alone near it: a sentence of the text that opens on the
# word («Решение о назначении … принимается …») stands in no heading's reach of one.
_KIND_THEN_TITLE = re.compile(r"^(?P<kind>\s*(?:" + "|".join(sorted(
    f(w) for w in ("постановление", "распоряжение", "решение", "приказ", "указ")
    for f in (str.upper, str.capitalize))) + r"))[ \t]+(?=(?:О|Об|Обо|ОБ|ОБО|о|об|обо)\s+[А-ЯЁа-яё])")
_REQUISITES_REACH = 3  # non-empty lines above or below the kind line (a title wrapped on two lines)


def _split_kind_title(raw: list[str]) -> list[str]:
    """``raw`` with each such kind line of the heading's first lines split in two."""
    out = list(raw)
    for i in range(min(len(raw), 150) - 1, -1, -1):
        m = _KIND_THEN_TITLE.match(raw[i])
        if not m or not _requisites_near(raw, i):
            continue
        out[i:i + 1] = [m.group("kind"), raw[i][m.end():]]
    return out


def _requisites_near(raw: list[str], i: int) -> bool:
    """Whether a line of the date and number alone is among the few non-empty lines around ``i``."""
    for step in (-1, 1):
        seen, j = 0, i + step
        while 0 <= j < len(raw) and seen < _REQUISITES_REACH:
            if raw[j].strip():
                if requisites_only(raw[j].strip()):
                    return True
                seen += 1
            j += step
    return False


# A law's heading whose acceptance line was run onto the territory's line across a
# wide gap ("САРАТОВСКОЙ ОБЛАСТИ          принят … Думой     31 октября 2007 года", a
# portal's copy of a typed page): the acceptance starts a line of its own, so that it
# is read as the adoption it is, neither the body's words nor the act's date
_ADOPTION_GLUED = re.compile(r"^(?P<name>\s*\S.*?[А-ЯЁ]{3,}[»\"]?)\s{3,}"
                             r"(?P<adopted>(?i:принят[аоы]?|одобрен[аоы]?)\s+[А-ЯЁа-яё].*)$")


def _unglued_adoption(ln: str) -> list[str]:
    m = _ADOPTION_GLUED.match(ln)
    if not m or m.group("name").strip() != m.group("name").strip().upper():
        return [ln]
    adopted = m.group("adopted")
    return [m.group("name"), adopted[:1].upper() + adopted[1:]]  # a line's first word, capitalised


_BULLETS = "•●▪◦‣∙"
_BULLET = re.compile(r"^(\s*)[" + _BULLETS + r"]\s*")


def prepare(text: str, scan: bool = False) -> Lines:
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # pdfium marks a hyphen at a line break with U+FFFE: keep it before a capital
    t = re.sub(r"\ufffe\s*(?=[А-ЯЁA-Z])", "-", t)
    t = re.sub(r"\ufffe\s*", "", t)
    t = t.replace("\u00a0", " ").replace("\u00ad", "")
    # "в„–": the sign № (UTF-8) read as Windows-1251 by a page that mixed the two
    t = t.replace("в„–", "№")
    t = quote_for_prime(t)  # a blog's «… N 373″»: the title's closing quote
    raw = [ln.rstrip() for ln in t.split("\n")]
    if any(b in t[:30000] for b in _BULLETS):
        # a converter's list marks before the heading's lines ("• РАЙОНА …", "• РЕШЕНИЕ"): no text
        raw = [_BULLET.sub(r"\1", ln) for ln in raw[:150]] + raw[150:]
    raw = fold_spread_date(raw)  # a date row printed one cell a paragraph, its quotes apart
    raw = drop_other_language(raw)  # a republic's bilingual blank: the Russian heading
    raw = join_wrapped_reference(raw)
    raw = join_lone_words(raw)  # a narrow text box's lone «С» / «от» / «О» over the line it opens
    # a table's empty cells ("|", "||||") are no text; a site's posting time
    # run into the heading ("24.06.2015 10:30Решение №18 …") or alone on its
    # line ("24.12.2012 14:51 |") is not the act's
    raw = ["" if _CELLS_ONLY.match(ln) else _POSTED_AT.sub("", ln) for ln in raw]
    # a charter's entries in the state register after its name or alone on their lines
    # ("Устав … «…»№ RU 123450002020001 от 12.03.2020;" / "№ RU … от ….") are the register's
    raw = [_CHARTER_REGISTER.sub("", ln) if "RU" in ln else ln for ln in raw[:150]] + raw[150:]
    raw = [_unframed(ln) for ln in raw[:150]] + raw[150:]
    raw = _unglue_reference(raw)
    raw = _heading_cells(raw)
    raw = split_issuer_kind(raw, issuer_line)  # "ПРАВИТЕЛЬСТВО … ОКРУГА ПОСТАНОВЛЕНИЕ" over its date row
    if "#G0" in t:
        raw = [ln[3:] if ln.startswith("#G0") else ln for ln in raw]
    raw = [ruled_off(ln) for ln in raw[:40]] + raw[40:]  # the letterhead: the first lines
    raw = [filled_in(_typed_year(ln)) for ln in raw]
    _join_broken_kind(raw)
    raw = [part for ln in raw[:150] for part in _unglued_title(ln)] + raw[150:]
    raw = _split_kind_title(raw)
    raw = [part for ln in raw[:150] for part in _kind_cell(_unspaced(ln))] + raw[150:]
    raw = [part for ln in raw[:150] for part in _unglued_adoption(ln)] + raw[150:]
    raw = [part for ln in raw[:150] for part in _crumbs_then_act(ln)] + raw[150:]
    _join_split_dates(raw)
    _join_broken_numbers(raw)
    _join_date_over_number(raw)
    noise = noise_mask(raw)
    stamps = _stamps(raw, noise)
    # OCR debris matters in the heading and the signature block only
    garbage = _Garbage(raw)
    # whether paragraphs are spaced is judged on the act's lines: a site's page
    # tools, menus and list of other acts print theirs close together
    head = raw[:next((i for i, ln in enumerate(raw[:120]) if OTHER_ACTS.match(ln.strip())), 120)]
    return Lines(raw, noise, garbage, _spaced(head, noise), scan, stamps=frozenset(stamps))


# a site's breadcrumbs («Главная > Власть > Районный Совет > Регламент») run on into the first act
# the page lists, its kind word in capitals with its date or number («… > Регламент РЕШЕНИЕ 23.12.2022
# № 36 О …»): the act's line is its own, the trail the site's (heldout89 02)
_CRUMB_SEP = r"\s*[>»›→/|]\s*"
_CRUMBS = re.compile(r"главная" + _CRUMB_SEP + r"[^>»›→/|]+(?:" + _CRUMB_SEP + r"[^>»›→/|]+)+", re.IGNORECASE)
_CAPS_ACT = re.compile(r"\s(?=(?:ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|УКАЗ|ЗАКОН)\s+(?:от\s+)?"
                       r"(?:№\s*\d|N\s*\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|«?\d{1,2}»?\s+[а-яё]+\s+\d{4}))")


def _crumbs_then_act(ln: str) -> list[str]:
    """A breadcrumbs line split before the act's kind word run on after its last crumb."""
    if ">" not in ln and "»" not in ln and "›" not in ln and "→" not in ln and "/" not in ln:
        return [ln]
    m = _CRUMBS.search(ln)
    if m is None:
        return [ln]
    k = _CAPS_ACT.search(ln, m.start())
    if k is None:
        return [ln]
    crumbs, act = ln[:k.start()].rstrip(), ln[k.end():].lstrip()
    if m.start() and ln[m.start() - 1].isalpha():
        # the page's title glued before the trail («РегламентГлавная > …»): a line of its own too
        return [crumbs[:m.start()], crumbs[m.start():], act]
    return [crumbs, act]


# a register's or a newspaper's stamp: its word alone on a line, then what was
# registered or published where, ending at the entry's number or date
# ("Зарегистрировано" / "в реестре муниципальных актов" / "№ 1012 от 19.03.2024",
# "ОПУБЛИКОВАНО" / "в газете «Заречный вестник»" / "№ 11 от 15.03.2024")
_REGISTERED_AT_MINJUST = r"^зарегистрирован[оаы]?\s+в\s+(?:минюст\w*|министерств\w*\s+юстиции)"
_STAMP_WORD = re.compile(r"(?i)^(?:зарегистрирован[оаы]?|опубликован[оаы]?|обнародован[оаы]?)\s*:?$"
                         # a database's «Зарегистрировано в Минюсте России» / «29 апреля 2025 г. N 75573»
                         r"|" + _REGISTERED_AT_MINJUST + r"(?:\s+[А-ЯЁа-яё]+){0,2}\s*:?$")


# a database's Минюст stamp on one line: «Зарегистрировано в Минюсте России 1 октября 2020 г. N 62989»
_STAMP_LINE = re.compile(r"(?i)" + _REGISTERED_AT_MINJUST + r"\b")


def _stamps(raw: list[str], noise: list[bool]) -> list[int]:
    """Marks as noise the lines of a stamp under its word, up to the one with
    its date or number (three lines at most), in the first lines of a text;
    the entry's date under its number (or its number under its date) on the
    next line is the stamp's too (the Ministry of Justice's «ЗАРЕГИСТРИРОВАНО»
    / «Министерство юстиции» / «Российской Федерации» / «Регистрационный № …» /
    «от «…» … г.»). Returns the stamps' lines, their words included."""
    out: list[int] = []
    for i in range(min(len(raw), 150)):
        s = raw[i].strip()
        if _STAMP_LINE.match(s) and len(s) <= 110 and find_date(s) and re.search(r"(?:№|\bN)\s*\d", s):
            noise[i] = True   # the whole stamp on one line
            out.append(i)
            continue
        if not _STAMP_WORD.match(s):
            continue
        lines = [k for k in range(i + 1, min(len(raw), i + 10)) if raw[k].strip()][:4]
        for n, k in enumerate(lines[:3]):
            s = clean(raw[k])
            if len(s) > 70 or kind_line(s):
                break
            d, num = find_date(s), find_number(s)
            if d or num:
                took = lines[:n + 1]
                nxt = clean(raw[lines[n + 1]]) if n + 1 < len(lines) else ""
                if nxt and _entry_half(nxt, need_date=not d) and not kind_line(nxt):
                    took.append(lines[n + 1])
                for m in took:
                    noise[m] = True
                out += [i] + took
                break
    return out


def _entry_half(s: str, need_date: bool) -> bool:
    """A stamp's line holding only its entry's date (``от «18» января 2025 г.``)
    or only its number (``№ 67009``, ``Регистрационный № 67009``)."""
    if need_date:
        d = find_date(s)
        return bool(d) and not find_number(s) and \
            not re.sub(r"(?i)\bот\b|\bгода?\b|\bг\.|[\s.,«»\"]", "", s[:d[1]] + s[d[2]:])
    n = find_number(s)
    return bool(n) and not find_date(s) and \
        bool(re.fullmatch(r"(?i)(?:регистрационный\s+)?(?:№|N)\s*\S+", s.strip()))


def _spaced(head: list[str], noise: list[bool]) -> bool:
    """Whether a blank line follows every paragraph (DOCX, ODT, most web pages).
    A table's rows and its cells' lines follow each other with no blank line
    between: a block of lines holding cells is no evidence either way, or a
    long list under an annex stamp typed in paragraphs would unspace its stamp;
    nor are a page's noise lines (menus, page tools)."""
    after: list[int] = []
    block: list[int] = []
    for i, s in enumerate(head + [""]):
        if s.strip():
            block.append(i)
            continue
        if not (len(block) > 1 and any(CELL_SEP in head[k] for k in block)):
            after += [k for k in block if k + 1 < len(head) and not noise[k]]
        block = []
    return bool(after) and sum(1 for i in after if not head[i + 1].strip()) >= 0.6 * len(after)
