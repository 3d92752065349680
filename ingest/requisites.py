"""Requisites of acts from the text of a received file.

``extract_acts(text, meta)`` reads the heading of each act the way a
librarian does: the issuing body above the kind word (``ПОСТАНОВЛЕНИЕ``),
then the date and number, the place, the title (``Об утверждении …``).
It skips what legal databases, portals and e-signature stamps add around the
act (see ``ingest.heading``), never takes a date or number from an amending
act, and leaves a field None with a warning rather than guessing it.

Helpers shared with the search query layer: ``parse_date``,
``normalize_number``, ``KINDS``/``kind_from_word``, ``level_for``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.heading import (
    fix_glued, is_garbage, is_known, noise_mask, starts_name, to_nominative, _parses,
)
from ingest.numbers import normalize_number, number_base, number_key  # noqa: F401  (re-exported)
from ingest.records import ActFields, Publication
from ingest.status import is_note_line
from ingest.ru_dates import find_date, parse_date

__all__ = [
    "extract_acts", "parse_date", "normalize_number", "KINDS", "KIND_WORDS",
    "kind_from_word", "level_for", "find_number", "number_key", "number_base",
]

# --- kinds -------------------------------------------------------------------

KIND_WORDS = ("постановление", "распоряжение", "решение", "приказ", "указ",
              "закон", "положение", "устав", "протокол")
# Kinds that are acts of their own in a newspaper page; положение/устав are
# usually annexes approved by one of these.
ACT_KINDS = {"постановление", "распоряжение", "решение", "приказ", "указ", "закон"}

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
    """``П Р И К А З`` -> ``ПРИКАЗ`` (letter-spaced words, two spaces between words)."""
    s = line.strip()
    if not _LETTER_SPACED.match(s):
        return s
    words = re.split(r"\s{2,}", s)
    return " ".join(w.replace(" ", "") if re.fullmatch(r"(?:\S )+\S", w) else w for w in words)


def kind_from_word(word: str | None) -> str | None:
    """Nominative kind of an inflected (or letter-spaced) kind word, or None.

    ``постановления`` -> ``постановление``; ``П Р И К А З`` -> ``приказ``;
    ``Федерального закона`` -> ``закон``.
    """
    if not word:
        return None
    w = despace(word).lower().replace("ё", "е").strip(" .,:;«»\"()")
    if not w:
        return None
    if w in KINDS:
        return KINDS[w]
    last = w.split()[-1]
    if len(w.split()) <= 3 and last in KINDS and KINDS[last] == "закон":
        return "закон"
    return None


_KIND_ALT = "|".join(sorted(KINDS, key=len, reverse=True))
_LAW_ADJ = r"(?:федеральный|федеральный\s+конституционный|областной|краевой|окружной|республиканский|конституционный)"
_NOM_KINDS = "|".join(KIND_WORDS)
# a heading line: the kind word alone, or followed by the body in the genitive
_KIND_LINE = re.compile(
    r"^(?P<kind>(?:" + _LAW_ADJ + r"\s+)?(?:" + _NOM_KINDS + r"))(?![а-яё])"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_INSTR_KIND = re.compile(
    r"\b(?P<kind>постановлением|распоряжением|решением|приказом|указом|законом|"
    r"постановлению|распоряжению|решению|приказу|указу|закону)\b",
    re.IGNORECASE)
_APPROVED = re.compile(
    r"^(?:#G0)?\s*(?:УТВЕРЖДЕН[АОЫ]?|Утвержден[аоы]?|"
    r"(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s*(?:№|N)?\s*\d+)?(?=\s*(?:к|К)\s|\s*$))\b(?P<rest>.*)$")

# --- numbers -------------------------------------------------------------------
# (how a number is printed and matched lives in numbers.py; here only how one is found)

_NUM_CHARS = r"0-9A-Za-zА-Яа-яЁё"
NUMBER_RE = re.compile(
    r"(?:№|(?<![A-Za-zА-Яа-яЁё])(?:N|No|Nо|Ns)\.?|(?<![A-Za-zА-Яа-яЁё.])Н(?=\s?\d))\s*"
    r"(?P<num>[" + _NUM_CHARS + r"](?:[" + _NUM_CHARS + r"./]|[-–—](?=[" + _NUM_CHARS + r"])"
    r"|\s+[-–—/]\s*(?=[" + _NUM_CHARS + r"])|[-–—/]\s+(?=[" + _NUM_CHARS + r"]))*)"
)


_GLUED_KIND = re.compile(r"(?<=\d)(?:" + "|".join(w.upper() for w in KIND_WORDS) + r")$")


def find_number(s: str) -> tuple[str, int, int] | None:
    """First ``№ …``/``N …`` number with at least one digit: (number, start, end)."""
    for m in NUMBER_RE.finditer(s):
        num = normalize_number(m.group("num"))
        num = _GLUED_KIND.sub("", num)  # "№ 56ЗАКОН …": a flattened print ran on
        num = re.sub(r"(?<=\d)[А-ЯЁ][а-яё]{2,}.*$", "", num)  # "№ 567Постановление …"
        if any(c.isdigit() for c in num):
            return num, m.start(), m.end()
    return None


# --- level -------------------------------------------------------------------

_FEDERAL = re.compile(
    r"российск\w*\s+федераци|\bрф\b|федеральн|\bросси[ияю]\b|прокуратур|президент\s+росс"
    r"|государственн\w+\s+дум\w*\s+федеральн|центральн\w+\s+банк|генеральн\w+\s+прокурат"
    r"|^росстат|^ростех|^росреестр|^роспотреб|^рос[а-я]+$",
    re.IGNORECASE)
_MUNICIPAL = re.compile(
    r"муниципальн|городск|районн|сельск|поселени|поселк|\bрайона\b|\bрайон\b|округа?\b(?<!автономного округа)"
    r"|\bгорода\b|\bг\.\s*[А-ЯЁ]|совет\w*\s+депутатов|совет\w*\s+народных\s+депутатов|местн\w+\s+самоуправ"
    r"|муниципальное\s+учреждение|\bмо\b|\bгп\b|\bсп\b",
    re.IGNORECASE)
_REGIONAL = re.compile(
    r"област|\bкра[йяюе]\b|краев|республик|автономн|губернатор|законодательн\w+\s+собрани"
    r"|правительств|государственн\w+\s+(комитет|собрани|совет)|\bмосквы\b|санкт-петербург|севастопол"
    r"|^министерств|^департамент|^комитет",
    re.IGNORECASE)


def level_for(body: str | None, kind: str | None = None) -> str | None:
    """federal / regional / municipal from the issuing body and the kind phrase.

    ``kind`` may be the raw phrase (``ФЕДЕРАЛЬНЫЙ ЗАКОН``, ``областной закон``).
    A municipal body is named after a town, district or settlement; a federal
    one after the Russian Federation or a federal service (a prosecutor's
    office is a territorial organ of a federal system); anything of an
    oblast/krai/republic is regional.
    """
    k = (kind or "").lower()
    if "федеральн" in k:
        return "federal"
    if re.search(r"областн|краев|окружн|республиканск", k):
        return "regional"
    if not body:
        return None
    b = body.lower().replace("ё", "е")
    # the body's own words decide before the places it is "of":
    # "Управление Федеральной службы … по Брянской области" is federal,
    # "Администрация … района … области" is municipal.
    fed = _FEDERAL.search(b)
    mun = _MUNICIPAL.search(b)
    if fed and not (mun and mun.start() < fed.start() and "прокурат" not in b):
        # "Правительство Российской Федерации" but not "Совет депутатов … Российской Федерации"
        return "federal"
    if mun:
        return "municipal"
    if _REGIONAL.search(b):
        return "regional"
    return None


# --- line classes ---------------------------------------------------------------

_PLACE = re.compile(
    r"^(?i:г\.|гор\.|город\s|с\.|село\s|пос\.|п\.|пгт\.?\s|р\.\s?п\.|рп\.?\s|ст\.|ст-ца|станица\s"
    r"|х\.|хутор\s|д\.|дер\.|деревня\s|аул\s|сл\.|слобода\s)\s*[А-ЯЁ][А-ЯЁа-яё\-]+(?:[\s-][А-ЯЁа-яё\-]+){0,2}[.,]?"
    r"(?:\s+[^\w\s]{1,3})?$"  # a scan's speck after the place: "г. Брянск <)"
    r"|^(?!(?i:области|района|края|округа|республики|поселения|сельсовета)\b)"
    r"[А-ЯЁ][А-ЯЁа-яё\-]+(?:,\s*Кремль)?\.?$",
)
_TITLE_START = re.compile(r"^(?:О|Об|Обо)\s", re.IGNORECASE)
_PREAMBLE = re.compile(
    r"^\(?(?:(?:В\s+)?соответствии\s|В\s+целях|В\s+связи|Руководствуясь|На\s+основании|Рассмотрев|"
    r"Во\s+исполнение|Согласно|В\s+рамках|Учитывая|С\s+целью|Заслушав|Принимая|В\s+порядке|"
    r"В\s+ознаменование|Настоящ(?:ее|ий|ая|им)\s|"
    r"Для\s+(?:обеспечения|реализации|организации)|Статья\s+\d|Глава\s+[IVX\d]|\d+(?:\.\d+)*[.)](?!\d)\s*\S|"
    r"[IVX]+\.\s|ПОСТАНОВЛЯ|ПРИКАЗЫВА|РЕШИЛ|РЕШАЕТ|ПОСТАНОВИЛ|П\s?О\s?С\s?Т\s?А\s?Н\s?О\s?В\s?Л\s?Я|"
    r"П\s?Р\s?И\s?К\s?А\s?З\s?Ы\s?В|Р\s?Е\s?Ш\s?И\s?Л|Принят[аоы]?\s|Одобрен[аоы]?\s|Зарегистрирован|"
    r"(?-i:Приложение|ПРИЛОЖЕНИЕ|СОГЛАСОВАН|УТВЕРЖДЕН|Утвержден[аоы]?\b)|Глава\s+администрации|Глава\s+города|Президент\s+Российской)",
    re.IGNORECASE)
_ANNEX_CONTEXT = re.compile(
    r"^(?:Приложение|ПРИЛОЖЕНИЕ|УТВЕРЖДЕН|Утвержден|к\s+(?:постановлению|решению|приказу|распоряжению))",
    re.IGNORECASE)
_GEN_BODY_HEADS = {
    "администрация", "глава", "совет", "дума", "правительство", "министерство", "губернатор",
    "мэр", "комитет", "управление", "департамент", "собрание", "президент", "служба",
    "агентство", "комиссия", "руководитель", "начальник", "директор", "председатель",
    "префект", "аким", "инспекция", "палата", "прокурор", "прокуратура", "голова", "управа",
    "мэрия", "хурал", "курултай", "кабинет", "коллегия", "президиум",
}
_ADDRESSEE = re.compile(
    r"^(?:Во?\s+(?:\w+\s+){0,2}?(?:администрацию|управление|комитет|департамент|министерство|"
    r"отдел|комиссию|службу|инспекцию|прокуратуру|суд|думу|совет)\b"
    r"|(?:Главе|Руководителю|Начальнику|Председателю|Директору|Мэру|Губернатору)\s)",
    re.IGNORECASE)
_BODY_WORDS = re.compile(
    r"администрац|правительств|министерств|служб|агентств|комитет|управлени|департамент|"
    r"\bдум[аы]\b|совет|собрани|глав[аы]\b|губернатор|президент|мэр|прокуратур|суд\b|"
    r"палат|комисси|инспекци|учреждени|образовани|федераци|област|кра[йя]\b|республик|"
    r"город|район|поселени|округ|фонд|казначейств|отдел|центр|школ",
    re.IGNORECASE)


def _is_date_or_number_line(s: str) -> bool:
    return bool(find_date(s) or find_number(s) or re.search(r"(?:от|№|N)\s*_{2,}", s))


def _clean(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def _join_lines(parts: list[str]) -> str:
    out = ""
    for p in parts:
        p = p.strip()
        if not out:
            out = p
        elif re.search(r"[А-Яа-яЁё]-$", out) and p[:1].islower():
            out += p  # hyphen at the line end: keep it, no space
        else:
            out += " " + p
    return _clean(out)


# --- the parser -----------------------------------------------------------------


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
                   and is_garbage(despace(ln)) and not _is_date_or_number_line(ln)
                   and not _kind_line(ln))
            self._known[i] = got
        return got


_GARBAGE_HEAD = 300
_GARBAGE_TAIL = 150


@dataclass
class _Lines:
    raw: list[str]
    noise: list[bool]
    garbage: "_Garbage | list[bool]" = field(default_factory=list)
    spaced: bool = False  # a blank line after every paragraph: one blank ends nothing
    scan: bool = False    # recognised text (OCR): glued words may be split freely

    def fix(self, s: str) -> str:
        """Glued words split (``натерритории``); typed text only where both
        parts are dictionary words, so an unknown place name stays as printed."""
        return fix_glued(s, strict=not self.scan)

    def gap(self, i: int) -> bool:
        """Whether the blank line ``i`` separates blocks."""
        if not self.spaced:
            return True
        return i + 1 < len(self.raw) and not self.raw[i + 1].strip()

    def ok(self, i: int) -> bool:
        """A non-empty line that is neither database noise nor OCR debris."""
        return bool(self.raw[i].strip()) and not self.noise[i] and not self.garbage[i]


def _prepare(text: str, scan: bool = False) -> _Lines:
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # pdfium marks a hyphen at a line break with U+FFFE: keep it before a capital
    t = re.sub(r"\ufffe\s*(?=[А-ЯЁA-Z])", "-", t)
    t = re.sub(r"\ufffe\s*", "", t)
    t = t.replace("\u00a0", " ").replace("\u00ad", "")
    raw = [ln.rstrip() for ln in t.split("\n")]
    if "#G0" in t:
        raw = [ln[3:] if ln.startswith("#G0") else ln for ln in raw]
    noise = noise_mask(raw)
    # OCR debris matters in the heading and the signature block only
    garbage = _Garbage(raw)
    head = raw[:120]
    after = [i for i in range(len(head) - 1) if head[i].strip()]
    spaced = bool(after) and sum(1 for i in after if not head[i + 1].strip()) >= 0.6 * len(after)
    return _Lines(raw, noise, garbage, spaced, scan)


def _kind_line(line: str):
    """(kind, raw kind phrase, rest) when ``line`` is a heading kind line."""
    s = despace(line)
    if len(s) < 40 and " " in s and re.sub(r"\s", "", s).lower().replace("ё", "е") in KIND_WORDS:
        s = re.sub(r"\s", "", s)  # "УК А З": letter-spacing with a space lost
    if s and s.strip(" .:").lower().replace("ё", "е") in ACT_KINDS:
        s = s.strip(" .:").upper()  # "постановление" alone on its line, in lower case
    if not s or not s[0].isupper() or len(s) > 160:
        return None
    m = _KIND_LINE.match(s)
    if not m:
        return None
    rest = m.group("rest").strip()
    raw_kind = m.group("kind")
    kind = kind_from_word(raw_kind)
    if not kind:
        return None
    if rest and re.search(r"\bот\b", rest) and not find_date(rest):
        return None  # "Решение Коломенского района от 05" (a cut website title)
    if rest:
        rest_clean = rest.strip(" .:")
        if not rest_clean:
            rest = ""
        else:
            first = rest_clean.split()[0]
            # "ПОСТАНОВЛЕНИЕ АДМИНИСТРАЦИИ …", "Решение Совета депутатов …",
            # "ЗАКОН ЛЕНИНГРАДСКОЙ ОБЛАСТИ"; not "Положение о …" (a title).
            if _TITLE_START.match(rest_clean + " ") and kind in ("положение", "устав", "протокол"):
                return kind, raw_kind, rest_clean, "titled"
            only_number = find_number(rest_clean) and not re.sub(
                r"(?:№|N)\s*[" + _NUM_CHARS + r"./-]+", "", rest_clean).strip()
            if not raw_kind.isupper() and not _gen_word(first) and not find_date(rest) \
                    and not only_number:
                return None
            if raw_kind.isupper() and rest_clean.split()[0][:1].islower() and not _gen_word(first):
                return None
    return kind, raw_kind, rest.strip(" .:"), "line"


def _gen_word(word: str) -> bool:
    w = word.strip("«»\"'(),.:;").lower()
    if not w.isalpha():
        return False
    for p in _parses(w)[:3]:
        if p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF"):
            return True
    return False


# ЗАКОН / ТЕСТОВСКОЙ ОБЛАСТИ: a law is named after its territory
_GEN_TERRITORY_HEADS = {"область", "край", "республика", "федерация", "округ", "город"}


def _body_head_gen(line: str, law: bool = False) -> bool:
    """A line naming a body in the genitive: ``АДМИНИСТРАЦИИ КУРСАВСКОГО РАЙОНА``
    (for a law, its territory: ``ТЕСТОВСКОЙ ОБЛАСТИ``)."""
    words = line.split()
    if not words:
        return False
    heads = _GEN_BODY_HEADS | _GEN_TERRITORY_HEADS if law else _GEN_BODY_HEADS
    for w in words[:3]:
        core = w.strip("«»\"'(),.:;").lower()
        for p in _parses(core)[:3]:
            if p.tag.case == "gent" and p.normal_form in heads:
                return True
        if not _gen_word(core):
            return False
    return False


# "третьего созыва", "ВТОРОГО СОЗЫВА", "(четвёртый созыв)", "6-го созыва": when the
# council was elected, never part of its name
_CONVOCATION = re.compile(
    r"^\(?\s*(?:[А-ЯЁа-яё]+|\d+(?:\s*-?\s*(?:го|й|ого|ий))?)\s+(?:созыв[а-яё]*|СОЗЫВ[А-ЯЁ]*)\s*\)?\.?$"
    r"|^\(?\s*(?:[А-ЯЁа-яё-]+|\d+(?:\s*-?\s*(?:я|ая|ой))?)\s+(?:сесси[яи]|СЕССИ[ЯИ])\b.{0,60}\)?\.?$")
_CONVOCATION_TAIL = re.compile(
    r"\s*\(?\s*(?:[А-ЯЁа-яё]+|\d+(?:\s*-?\s*(?:го|й|ого|ий))?)\s+(?:созыв[а-яё]*|СОЗЫВ[А-ЯЁ]*)\s*\)?\s*$")

# A body's name is complete when it says whose it is: a territory in the
# genitive or a place adjective ("БРЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ").
_TERRITORY = re.compile(
    r"област|\bкра[йяюе]\b|район|округ|поселени|\bгород[ау]?\b|\bг\.|республик|москв|"
    r"петербург|севастопол|федераци|росси|сельсовет|\bзато\b|\bмо\b|"
    r"\b(?!(?:город|сельс|районн|федеральн|муниципальн|государственн|финансов))"
    r"[а-яё]{3,}(?:ск|цк)(?:ая|ий|ой|ого|ое|ому|им|их)\b",
    re.IGNORECASE)
# heads of bodies that report to another one printed above them
_UNIT_HEADS = {"департамент", "управление", "комитет", "отдел", "служба", "инспекция",
               "агентство", "комиссия", "управа"}
_PARENT_HEADS = {"правительство", "администрация", "мэрия", "министерство", "управа"}
# nouns a complete name of an issuer is built on (bodies, units, institutions)
_INSTITUTION_HEADS = {"учреждение", "организация", "предприятие", "центр", "фонд", "библиотека",
                      "школа", "музей", "казначейство", "суд", "университет", "колледж", "отделение"}
_COUNCIL_HEADS = {"совет", "дума", "собрание", "глава", "хурал", "курултай", "кенеш", "хасэ"}
_MUNICIPALITY_NAME = re.compile(
    r"^(?:муниципальное\s+образование|городской\s+округ|муниципальный\s+(?:район|округ)|"
    r"(?:сельское|городское)\s+поселение|внутригородск\w+\s+(?:муниципальное|район))",
    re.IGNORECASE)
_STATE_LINE = re.compile(r"^(?:российская\s+федерация|р\s?о\s?с\s?с\s?и\s?й\s?с\s?к\s?а\s?я.*)$",
                         re.IGNORECASE)


_NAME_HEADS = _GEN_BODY_HEADS | _UNIT_HEADS | _INSTITUTION_HEADS


def _head_lemma(text: str) -> str | None:
    """The noun a body's name is built on: ``ФИНАНСОВОЕ УПРАВЛЕНИЕ`` -> управление."""
    for w in text.split()[:4]:
        core = w.strip("«»\"'(),.:;").lower()
        if not core.isalpha():
            return None
        for p in _parses(core)[:2]:
            if p.tag.POS == "NOUN":
                return p.normal_form
    return None


def _has_territory(text: str) -> bool:
    return bool(_TERRITORY.search(text))


def _territory_only(line: str) -> bool:
    """``ТЕСТОВСКАЯ ОБЛАСТЬ``, ``РОСТОВСКАЯ ОБЛАСТЬ, ОРЛОВСКИЙ РАЙОН``: a place, not a body."""
    if _STATE_LINE.match(line):
        return True
    if not starts_name(line.split()[0]):
        return False  # "ТЕСТОВСКОГО КРАЯ": the end of a name begun above
    return (not re.search(r"администрац|совет|дума|собрани|глав[аы]|правительств|министерств|"
                          r"управлени|департамент|комитет|губернатор|мэри|образовани|округ\s*[«\"]",
                          line, re.IGNORECASE)
            and bool(re.search(r"област|кра[йя]\b|республик|район|округ", line, re.IGNORECASE)))


def _parent_joins(upper: str, block: str, lowest: str | None = None) -> bool:
    """Whether the heading line ``upper`` belongs to the body ``block`` below it.

    A department, committee or office prints the body it belongs to above
    it (``ПРАВИТЕЛЬСТВО МОСКВЫ`` / ``ДЕПАРТАМЕНТ …``); a council prints the
    legal name of its municipality (``Городской округ «…»`` / ``СОВЕТ
    ДЕПУТАТОВ``); a name that does not say whose it is (``СОВЕТ ДЕПУТАТОВ``)
    needs the lines above. A complete administration under the name of its
    region, district or state (``РОСТОВСКАЯ ОБЛАСТЬ`` / ``АДМИНИСТРАЦИЯ …
    ПОСЕЛЕНИЯ``) stands alone: those lines say where, not who.
    """
    if _territory_only(upper) or _kind_line(upper) or _is_date_or_number_line(upper):
        return False
    head, up_head = _head_lemma(lowest or block), _head_lemma(upper)
    if not _has_territory(block):
        return True
    if head in _UNIT_HEADS and up_head in _PARENT_HEADS:
        return True
    return head in _COUNCIL_HEADS and bool(_MUNICIPALITY_NAME.match(upper))


def _gen_body_head(line: str) -> bool:
    """A line opening with a body's head noun in the genitive (``Министерства …``)."""
    w = line.split()[0].strip("«»\"'(),.:;").lower() if line.split() else ""
    return any(p.tag.case == "gent" and p.normal_form in _GEN_BODY_HEADS for p in _parses(w)[:2])


def _territory_of(body: str) -> str | None:
    """``ГОРОДСКАЯ УПРАВА Г. КАЛУГИ`` -> ``Г. КАЛУГИ``: the part of a body's
    name that says whose it is (from its first genitive word after the head)."""
    words = body.split()
    for i, w in enumerate(words[1:], 1):
        core = w.strip("«»\"'(),.:;").lower()
        if core in ("г", "гор") or any(p.tag.case == "gent" for p in _parses(core)[:1]) and \
                _has_territory(" ".join(words[i:])):
            return " ".join(words[i:])
    return None


def _requisites_only(s: str) -> tuple[str, str] | None:
    """(date, number) of a line that holds nothing else (``№ 65 31.10.2018
    года``, ``от 12.03.2024<tab>№ 145-п``); None for a sentence citing an act."""
    d, n = find_date(s), find_number(s)
    if not (d and n):
        return None
    rest = s
    for a, b in sorted(((d[1], d[2]), (n[1], n[2])), reverse=True):
        rest = rest[:a] + " " + rest[b:]
    if len(re.sub(r"(?i)\bот\b|\bгода?\b|\bг\.|[\s.,|№]", "", rest)) <= 3:
        return d[0], n[0]
    return None


def _requisites_below(L: _Lines, start: int, limit: int) -> tuple[str | None, str | None]:
    seen = 0
    for i in range(start, min(limit, start + 8)):
        s = _clean(L.raw[i])
        if not s or L.noise[i]:
            continue
        seen += 1
        got = _requisites_only(s)
        if got:
            return got
        if seen >= 3:
            break
    return None, None


def _requisites_above(L: _Lines, top: int, floor: int) -> tuple[str | None, str | None]:
    """A date-and-number line printed over the body block (a register's
    copy, a table row above the heading): up to three lines above it, rules
    and blank lines aside, and only when the line holds nothing else."""
    seen = 0
    i = top - 1
    while i >= floor and seen < 3:
        s = _clean(L.raw[i])
        i -= 1
        if not s or re.fullmatch(r"[-_=*—–\s]+", s):
            continue
        seen += 1
        got = _requisites_only(s)
        if got:
            return got
    return None, None


def _body_above(L: _Lines, k: int, floor: int, law: bool = False) -> tuple[str | None, int]:
    """Name of the body in the lines right above line ``k``; and its first line.

    The block is read upwards to the line that starts the name; then a
    parent line may join it (``_parent_joins``). A convocation line between
    the name and the kind word is skipped; a date, a number or a place ends
    the block.
    """
    parts: list[str] = []
    top = k
    i = k - 1
    lowest = None   # the name nearest the kind word: the issuer itself
    boundary = False  # the line above starts a name: a parent line may join
    while i >= floor and len(parts) < 8:
        s = L.raw[i].strip()
        if not s:
            i -= 1
            continue
        if L.noise[i] or L.garbage[i]:
            break
        s = L.fix(_clean(s))
        if _CONVOCATION.match(s):
            i -= 1
            continue
        if is_note_line(s):
            break
        if (_is_date_or_number_line(s) or len(s) > 220 or _PLACE.match(s) and not parts
                or s.endswith((".", ";", ":")) and not s.endswith(("России.",))
                or _kind_line(s)):
            break
        if not re.search(r"[А-ЯЁа-яё]{2,}", s):
            break
        if boundary:
            if law or not _parent_joins(s, _join_lines(parts), lowest):
                break
        elif parts and _gen_body_head(parts[0]) and starts_name(s.split()[0]) and _has_territory(s):
            break  # "ГУБЕРНАТОР … КРАЯ" over "Министерства …": two names, not one
        parts.insert(0, s)
        top = i
        first = s.split()[0]
        boundary = False
        if first[:1] not in "«\"(„" and starts_name(first):
            # a name starts here; a bare place ("ЗАРЕЧНЫЙ РАЙОН" under
            # "ГЛАВА / МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ") is the end of a longer one
            if law or _head_lemma(_join_lines(parts)) in _NAME_HEADS \
                    or _MUNICIPALITY_NAME.match(s):
                boundary = True
                lowest = lowest or _join_lines(parts)
        i -= 1
    if not parts:
        return None, k
    body = _join_lines(parts)
    if not _BODY_WORDS.search(body) and not body.isupper():
        return None, k
    if _gen_body_head(body):
        body = to_nominative(body)
    return body, top


# a database's remark ("‹Утратил силу: …>", "…см. справку") and a line naming the
# act that approved a regulation ("решением Думы … от … N 12"): never a title's part
_EDITORIAL = re.compile(r"^(?:[‹<{]|\(?\s*см\.\s|.*\bсм\.\s+справку)", re.IGNORECASE)
_APPROVED_BY = re.compile(
    r"^(?:утвержден[аоы]?\s+)?(?:решением|постановлением|распоряжением|приказом|указом)\s.*\bот\b.*(?:№|N)\s*\d",
    re.IGNORECASE)
_MONTHS_RE = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# "2 мая 2007 г.", "22 мая 2008 г., 24 февраля, 13 мая 2009 г.": the dates of a
# database's editions printed under the title
_DATES_ONLY = re.compile(
    r"(?:\(?\s*(?:\d{1,2}\s+" + _MONTHS_RE + r"(?:\s+\d{4}\s*(?:г\.?|года)?)?|\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"\s*[,;)]?\s*)+", re.IGNORECASE)


def _text_sentence(line: str) -> bool:
    """A line of the act's text, not of its title: a whole sentence with a
    finite verb (``Убываю в командировку … .``); titles name, they do not say."""
    if not line.endswith(".") or len(line.split()) < 3:
        return False
    for w in line.split()[:4]:
        core = w.strip("«»\"'(),.:;").lower()
        if core.isalpha() and any(p.tag.POS == "VERB" and p.score > 0.5 for p in _parses(core)[:1]):
            return True
    return False


def _case_changes(prev: str, line: str) -> bool:
    """A title printed in capitals ends where text in lower case begins, and
    a title in lower case where a line in capitals begins (a database's copy
    repeating the heading, the preamble of a typed copy)."""
    a, b = [c for c in prev if c.isalpha()], [c for c in line if c.isalpha()]
    if len(a) < 8 or len(b) < 8:
        return False
    return (all(c.isupper() for c in a)) != (all(c.isupper() for c in b))


def _continues_lowercase(L: _Lines, i: int, limit: int, across_gap: bool = False) -> bool:
    """Whether the next non-empty line (no gap between) starts in lower case."""
    while i < limit and not L.raw[i].strip():
        if L.gap(i) and not across_gap:
            return False
        i += 1
    if i >= limit:
        return False
    s = _clean(L.raw[i].strip())
    return s[:1].islower() and not _PREAMBLE.match(s) and not s.endswith(":") and not _PLACE.match(s)


def _title_from(L: _Lines, j: int, limit: int) -> tuple[str | None, int]:
    """Title lines from line ``j``: until a blank line, the preamble or noise."""
    parts: list[str] = []
    i = j
    while i < limit and len(parts) < 14:
        s = L.raw[i].strip()
        if not s:
            if parts and L.gap(i) and not _continues_lowercase(L, i + 1, limit, True):
                break  # a title wrapped over paragraphs goes on in lower case
            i += 1
            continue
        if L.noise[i] or (L.garbage[i] and parts):
            break
        if L.garbage[i]:
            i += 1
            continue
        s = _clean(s)
        if is_note_line(s):
            if parts:
                break
            i += 1
            continue  # a database's status note is never the title
        if parts and (_PREAMBLE.match(s) or _kind_line(s) and not _TITLE_START.match(s)
                      or s.endswith(":") or _case_changes(parts[-1], s)):
            break
        if not parts and _PREAMBLE.match(s) and not _TITLE_START.match(s):
            break
        if re.fullmatch(r"\(\s*(?:с\s+изм|в\s+ред|ред\.).*", s, re.IGNORECASE):
            break
        if parts and (_DATES_ONLY.fullmatch(s) or _text_sentence(s) or _EDITORIAL.match(s)
                      or _APPROVED_BY.match(s) or len(s) < 4 and s[:1].isalpha()):
            break  # edition dates, the first sentence, a note, an approval line, a scrap
        if not parts and (re.fullmatch(r"\([^()]{2,60}\)", s)
                          or re.match(r"^(?:от|№|N)\s*_{2,}", s)
                          or find_date(s) and find_number(s)
                          and not _TITLE_START.match(s.lstrip("«\"„“ "))):
            i += 1
            continue  # "(по аппарату)" under the kind word, a blank's "от ____ № ___": no title
        if parts and "_____" in s:
            break  # a form's blank to fill in
        if re.search(r"[а-яёА-ЯЁ»\")]{3}\.$", s) and not re.search(r"\b[А-ЯЁ]\.$", s):
            if _continues_lowercase(L, i + 1, limit):
                # a speck OCR'd as a stop: the title goes on in lower case
                s = s[:-1].rstrip()
            else:
                parts.append(L.fix(s))
                i += 1
                break  # a title printed with a full stop ends there
        parts.append(L.fix(s))
        i += 1
    if not parts:
        return None, j
    title = _join_lines(parts)
    if not re.search(r"(?:^|[\s.])[А-ЯЁ]\.$", title):  # keep the stop of "М.В."
        title = re.sub(r"(?<=[а-яёА-ЯЁ»\")])\.$", "", title).strip()
    if len(title) < 3:
        return None, j
    return title, i


@dataclass
class _Head:
    kind: str | None = None
    raw_kind: str | None = None
    number: str | None = None
    date: str | None = None
    body: str | None = None
    title: str | None = None
    start: int = 0          # first line of the act (its body line)
    anchor: int = -1        # the kind line
    inferred_kind: bool = False
    annex_only: bool = False  # the text is an annex; the act's own heading is elsewhere
    disputed: bool = False    # two readings of a handwritten number differed: none kept


def _listing_title(tail: str, drop_editions: bool = False) -> str | None:
    """The title printed after the requisites on one line: quoted (``… № 57
    "О налоге". Скачать``) or not (``… № 20 от 09.02.2017 г. Об утверждении …``,
    then ``Скачать``); ``drop_editions`` for a database's line, which may
    carry ``(в ред. …)`` first."""
    tail = re.sub(r"^(?:года|г\.|г)(?=\s|$)\s*", "", tail.strip(" .,"))
    if drop_editions:
        tail = re.sub(r"\(\s*(?:ред|с\s+изм|в\s+ред).*?\)", "", tail).strip()
    qm = re.match(r"^[«\"„“](.+?)[»\"“”][.,;]?(?:\s|$|\()", tail)
    if qm:
        return _clean(qm.group(1))
    if _TITLE_START.match(tail + " "):
        return _clean(re.split(r"\s+Скачать\b", tail)[0]).rstrip(" .")
    return None


def _heading_follows(L: _Lines, zone: list[int], i: int) -> bool:
    """Whether an act's own heading (an act's kind line with a date and a
    number near it) comes within the next lines of the zone."""
    pos = zone.index(i)
    for k in zone[pos + 1:pos + 8]:
        kl = _kind_line(_clean(L.raw[k]))
        if kl and kl[0] in ACT_KINDS and kl[3] == "line":
            d, n = _window_requisites(L, k)
            rest = kl[2]
            return bool((d or find_date(rest)) and (n or find_number(rest)))
    return False


def _window_requisites(L: _Lines, k: int, n_lines: int = 5) -> tuple[str | None, str | None]:
    d = n = None
    seen = 0
    j = k + 1
    while j < len(L.raw) and seen < n_lines:
        if L.ok(j):
            s = _clean(L.raw[j])
            seen += 1
            fd, fn = find_date(s), find_number(s)
            d = d or (fd[0] if fd else None)
            n = n or (fn[0] if fn else None)
            if d and n:
                break
        j += 1
    return d, n


def _printed_heading_below(L: _Lines, zone: list[int], i: int, kl) -> tuple | None:
    d, n = find_date(kl[2]), find_number(kl[2])
    pos = zone.index(i)
    for k in zone[pos + 1:pos + 15]:
        kl2 = _kind_line(_clean(L.raw[k]))
        if kl2 and kl2[0] == kl[0] and not find_date(kl2[2]):
            got = _window_requisites(L, k)
            ref = (d[0] if d else None, n[0] if n else None)
            if got == ref or got[1] is None:
                return (k, kl2, ref)
            return None
    return None


def _stamp(L: _Lines, i: int, limit: int) -> tuple[dict, int] | None:
    """``УТВЕРЖДЕН постановлением администрации … от ____ № ____`` at line ``i``."""
    m = _APPROVED.match(L.raw[i].strip())
    if not m:
        return None
    parts = [m.group("rest").strip()]
    j = i + 1
    while j < limit and len(parts) < 7:
        s = L.raw[j].strip()
        if not s:
            nxt = next((L.raw[k].strip() for k in range(j + 1, min(limit, j + 3)) if L.raw[k].strip()), "")
            if any(p for p in parts) and L.gap(j) and not re.match(r"(?:от|№|N)\s*[\d_«\"]", nxt):
                break  # the stamp's date line may stand apart: «от 06.03.2025 № 252»
            j += 1
            continue
        parts.append(s)
        j += 1
        if find_number(s) or re.search(r"№\s*_+|N\s*_+", s):
            break
    text = _clean(" ".join(parts))
    km = _INSTR_KIND.search(text)
    if not km:
        return None
    kind = kind_from_word(km.group("kind"))
    after = text[km.end():]
    om = re.search(r"\bот\b", after)
    body_gen = after[:om.start()] if om else after
    body_gen = re.sub(r"\s+", " ", body_gen).strip(" ,")
    body = to_nominative(L.fix(body_gen)) if body_gen else None
    rest = after[om.end():] if om else ""
    d = find_date(rest)
    n = find_number(rest)
    annex = bool(re.match(r"^(?:#G0)?\s*(?:Приложение|ПРИЛОЖЕНИЕ)", L.raw[i].strip()))
    return {"kind": kind, "body": body or None, "date": d[0] if d else None, "annex": annex,
            "number": n[0] if n else None}, j


# the operative verb of an act with no heading: its kind
def _spaced(word: str) -> str:
    """A word as printed letter-spaced or not: ``п о с т а н о в л я ю``."""
    return r"\s?".join(word)


_VERB_KIND = re.compile(
    r"(?<![а-яё])(" + "|".join(_spaced(w) for w in (
        "постановляет", "постановляю", "решила", "решило", "решили", "решил", "решает",
        "приказывает", "приказываю", "распоряжаюсь")) + r")\s*:", re.IGNORECASE)
# the kind by the verb's stem (постановляет/постановляю, решил/решила/решили/решает, …)
_VERB_KINDS = {"пост": "постановление", "реши": "решение", "реша": "решение",
               "прик": "приказ", "расп": "распоряжение"}
_SELF_REF = re.compile(
    r"\bнастоящ(?:ее|его|ему|им|ем|ий|ая|ей|ую)\s+(постановлени[еяюми]+|распоряжени[еяюми]+|"
    r"решени[еяюми]+|приказ[аеуом]*|указ[аеуом]*|устав[аеуом]*)\b",
    re.IGNORECASE)


def _tail_requisites(L: _Lines, lo: int, hi: int) -> tuple[str | None, str | None]:
    """Date and number printed after the signature (laws, decrees):
    ``Москва, Кремль`` / ``12 января 1996 года`` / ``N 8-ФЗ``."""
    idx = [i for i in range(max(lo, hi - 120), hi) if L.raw[i].strip() and not L.noise[i]]
    for pos in range(len(idx) - 1, -1, -1):
        s = _clean(L.raw[idx[pos]])
        n = find_number(s)
        if not n or len(s) - (n[2] - n[1]) > 3:
            continue  # not a line holding only the number
        for back in (1, 2):
            if pos - back < 0:
                break
            t = _clean(L.raw[idx[pos - back]])
            d = find_date(t)
            if d and len(t) - (d[2] - d[1]) <= 4:
                return d[0], n[0]
    return None, None


# first letters of the words _KIND_LINE can start with (kinds and law adjectives)
_KIND_FIRST = frozenset(w[0].upper() for w in (*KIND_WORDS, "федеральный", "областной", "краевой",
                                                 "окружной", "республиканский", "конституционный"))
_ADOPTED = re.compile(r"^\(?(?:Принят[аоы]?|ПРИНЯТ[АОЫ]?)\b")


def _parse_head(L: _Lines, lo: int, hi: int, meta: dict) -> _Head:
    h = _Head(start=lo)
    # the heading zone: the first 60 usable lines
    zone: list[int] = []
    for i in range(lo, hi):
        if L.ok(i):
            zone.append(i)
            if len(zone) >= 60:
                break
    zone_end = (zone[-1] + 1) if zone else lo
    head_limit = min(hi, zone_end + 40)

    stamp = None
    if zone and zone.index(zone[0]) == 0:
        for i in zone[:3]:
            st = _stamp(L, i, head_limit)
            if st:
                stamp = st
                break

    anchor = None
    inline = None
    ref_requisites = (None, None)
    for i in zone:
        s = _clean(L.raw[i])
        kl = _kind_line(s)
        if kl and kl[3] == "titled" and _heading_follows(L, zone, i):
            continue  # a page's title ("Положение об Общественном совете …") over the act's heading
        if kl:
            anchor = (i, kl)
            if kl[2] and find_date(kl[2]):
                # a database reference line ("Постановление Правительства РФ
                # от … N …") above the printed heading repeats it: prefer
                # the heading when it gives the same date and number
                alt = _printed_heading_below(L, zone, i, kl)
                if alt is not None:
                    anchor = (alt[0], alt[1])
                    ref_requisites = alt[2]
            break
        if inline is None and re.match(r"^(?:" + _LAW_ADJ + r"\s+)?(?:" + _NOM_KINDS + r")\b", s, re.I) \
                and s[0].isupper():
            # requisites inside the quoted title belong to the act it cites
            q = re.search(r"[«\"„“]", s)
            head_part = s[:q.start()] if q else s
            d, n = find_date(head_part), find_number(head_part)
            if d and n:
                inline = (i, s, d, n)

    if stamp and (anchor is None or anchor[0] > stamp[1] - 1):
        info, after = stamp
        h.body = info["body"]
        h.date = info["date"]
        h.number = info["number"]
        h.start = lo
        # the document's own heading follows the stamp
        j = after
        while j < head_limit and not L.ok(j):
            j += 1
        kl = _kind_line(_clean(L.raw[j])) if j < head_limit else None
        if kl and kl[0] in ("устав", "положение", "протокол"):
            h.kind, h.raw_kind = kl[0], kl[1]
            word = despace(_clean(L.raw[j])).split()[0]
            rest_title, _ = _title_from(L, j + 1, head_limit)
            extra = kl[2] if kl[3] == "titled" else ""
            pieces = [word] + ([extra] if extra else []) + ([rest_title] if rest_title else [])
            h.title = _clean(" ".join(pieces)) if len(pieces) > 1 else None
        elif info.get("annex"):
            # a file holding only an annex («Приложение к постановлению … от … № …»
            # over «ПЕРЕЧЕНЬ …»): the act's requisites, but its title is not printed
            h.kind, h.raw_kind = info["kind"], info["kind"]
            h.annex_only = True
        else:
            h.kind, h.raw_kind = info["kind"], info["kind"]
            h.title, _ = _title_from(L, j, head_limit)
        h.anchor = j
        return h

    if anchor is not None:
        k, (kind, raw_kind, rest, how) = anchor
        h.kind, h.raw_kind, h.anchor = kind, raw_kind, k
        if how == "titled":
            word = despace(_clean(L.raw[k])).split()[0]
            t2, _ = _title_from(L, k + 1, head_limit)
            h.title = _clean(" ".join([word, rest] + ([t2] if t2 else [])))
        body, top = _body_above(L, k, lo, law=kind == "закон")
        h.start = top
        gen_parts: list[str] = []
        if rest and how == "line":
            d = find_date(rest)
            rest_body = rest[:d[1]] if d else rest
            rest_body = re.sub(r"\bот\s*$", "", rest_body.strip()).strip()
            n = find_number(rest)
            if d:
                h.date = d[0]
            if n:
                h.number = n[0]
                if not d or n[1] < d[1]:
                    # "Распоряжение № 12-р от …", "… Коллегии …№375 от …": the number first
                    rest_body = rest[:n[1]].strip()
            rest_body = re.sub(r"\s+\S+\s+созыва\b", "", rest_body)
            if rest_body and not re.match(r"^(?:от|№|N)(?:\s|$)", rest_body):
                gen_parts.append(rest_body)
            if d and n:
                h.title = _listing_title(rest[max(d[2], n[2]):])
        # lines after the kind line: genitive body, date, number, place
        j = k + 1
        seen = 0
        title_at = None
        while j < head_limit and seen < 8:
            if not L.raw[j].strip() or L.noise[j]:
                j += 1
                continue
            if L.garbage[j]:
                j += 1
                seen += 1
                continue
            s = L.fix(_clean(L.raw[j]))
            seen += 1
            if _TITLE_START.match(s) or (h.date and h.number and not _PLACE.match(s)):
                title_at = ("line", j)
                break
            if h.date is None and len(s) <= 12 and not find_date(s):
                # "« 15 »" / "июля" / "2021 г.": a date set over short lines
                more, k2 = [s], j + 1
                while k2 < head_limit and len(more) < 4:
                    t = L.raw[k2].strip()
                    if t and (len(t) > 12 or L.noise[k2]):
                        break
                    if t:
                        more.append(_clean(t))
                    k2 += 1
                if len(more) > 1 and find_date(" ".join(more)):
                    s, j = " ".join(more), k2 - 1
            if h.date and h.number is None and re.fullmatch(r"[0-9][" + _NUM_CHARS + r"./-]{0,15}", s) \
                    and not re.fullmatch(r"(?:19|20)\d\d", s):
                # the number on a line of its own under the date, without its sign
                h.number = normalize_number(s)
                j += 1
                continue
            d, n = find_date(s), find_number(s)
            blank_req = re.search(r"(?:от|№|N)\s*_{2,}|_{3,}\s*(?:№|N)|№", s)
            if d and not n:
                # "№" lost by a code page without it (KOI8-R): "18 февраля 2013 г. ? 21"
                q = re.search(r"(?<=\s)\?\s*([0-9][" + _NUM_CHARS + r"./-]*)\s*$", s[d[2]:])
                # or never printed: "18 марта 2021<tab>6-55Р" (date left, number right)
                q = q or re.fullmatch(r"\s+([0-9][" + _NUM_CHARS + r"./-]*)\s*", s[d[2]:])
                if q:
                    n = (normalize_number(q.group(1)), d[2] + q.start(), d[2] + q.end())
            if d or n or blank_req:
                if d and h.date is None:
                    h.date = d[0]
                if n and h.number is None:
                    h.number = n[0]
                # the title may follow the number on the same line
                tail = s[max(d[2] if d else 0, n[2] if n else 0):].strip(" .,")
                tail = re.sub(r"^(?:года|г\.|г)\s*", "", tail)
                if tail and (_TITLE_START.match(tail + " ") or tail[0] in "«\""):
                    title_at = ("inline", tail.strip("«»\" "))
                    break
                j += 1
                continue
            if h.date is None and h.number is None and _body_head_gen(s, h.kind == "закон") \
                    and not _TITLE_START.match(s):
                gen_parts.append(_CONVOCATION_TAIL.sub("", s))  # "Собрания депутатов третьего созыва"
                j += 1
                continue
            if gen_parts and h.date is None and h.number is None and not starts_name(s.split()[0]) \
                    and not _TITLE_START.match(s) and not _PLACE.match(s) and len(s) < 120 \
                    and not _PREAMBLE.match(s) and s.split()[0][:1].isupper():
                gen_parts.append(s)  # continuation of the genitive body
                j += 1
                continue
            if _PLACE.match(s) and not _TITLE_START.match(s):
                j += 1
                continue
            title_at = ("line", j)
            break
        if gen_parts:
            joined = _join_lines(gen_parts)
            if _BODY_WORDS.search(joined) or body is None:
                nominative = to_nominative(joined)
                # "ГОРОДСКАЯ УПРАВА Г. КАЛУГИ / РАСПОРЯЖЕНИЕ / ГОРОДСКОГО ГОЛОВЫ":
                # the head of the body above, of the same place
                terr = _territory_of(body) if body and not _has_territory(nominative) else None
                body = f"{nominative} {terr}" if terr else nominative
        h.body = body
        if h.title is None and title_at is not None:
            if title_at[0] == "inline":
                h.title = _clean(title_at[1]) or None
            else:
                h.title, after_title = _title_from(L, title_at[1], head_limit)
                if h.date is None and h.number is None and h.title:
                    # "РЕШЕНИЕ / О земельном налоге / Принято … / № 65 31.10.2018":
                    # the requisites printed under the title, on a line of their own
                    h.date, h.number = _requisites_below(L, after_title, head_limit)
        # "20 августа 2002 года N 431" / "-----" / "УКАЗ": printed above the heading
        if h.date is None and h.number is None:
            h.date, h.number = _requisites_above(L, top, lo)
        # laws and decrees carry the date and number after the signature
        if h.date is None or h.number is None:
            td, tn = _tail_requisites(L, k + 1, hi)
            if td and tn:
                h.date = h.date or td
                h.number = h.number or tn
        # the database reference line above the heading names the act too
        h.date = h.date or ref_requisites[0]
        h.number = h.number or ref_requisites[1]
        if h.date is None and h.kind == "закон":
            for i in zone:
                s = _clean(L.raw[i])
                if _ADOPTED.match(s):
                    # "(Принят Законодательным собранием … / 29 июня 2016 года)":
                    # the date often wraps to the next line
                    k = zone.index(i)
                    d = find_date(" ".join([s] + [_clean(L.raw[j]) for j in zone[k + 1:k + 3]]))
                    if d:
                        h.date = d[0]
                        break
        return h

    if inline is not None:
        i, s, d, n = inline
        m = re.match(r"^(?P<kind>(?:" + _LAW_ADJ + r"\s+)?(?:" + _NOM_KINDS + r"))\s*(?P<gen>.*?)\s*\bот\s*$",
                     s[:d[1]], re.IGNORECASE)
        h.kind = kind_from_word(m.group("kind")) if m else kind_from_word(s.split()[0])
        h.raw_kind = m.group("kind") if m else s.split()[0]
        h.date, h.number, h.anchor, h.start = d[0], n[0], i, i
        gen = m.group("gen") if m else ""
        nm = NUMBER_RE.search(gen)
        if nm:  # "Постановление Коллегии … №375 от 13.09.2013": the number first
            gen = gen[:nm.start()]
        gen = _CONVOCATION_TAIL.sub("", re.sub(r"\s+\S+\s+созыва\b", "", gen.strip()))
        if gen.strip():
            h.body = to_nominative(L.fix(gen.strip()))
        h.title = _listing_title(s[max(d[2], n[2]):], drop_editions=True)
        if h.title is None:
            h.title, _ = _title_from(L, i + 1, head_limit)
            if h.title and not _TITLE_START.match(h.title.lstrip("«\"„“ ")):
                h.title = None
        return h

    # no heading: not an act, or a page without its heading
    sample = "\n".join(L.raw[lo:min(hi, lo + 4000)])
    refs = {kind_from_word(m.group(1)) for m in _SELF_REF.finditer(sample)}
    refs.discard(None)
    if not refs:
        # the operative verb says what the act is: "… постановляет:", "п о с т а н о в л я ю:"
        vm = _VERB_KIND.search(sample[:6000])
        if vm:
            refs = {_VERB_KINDS[re.sub(r"\s", "", vm.group(1)).lower()[:4]]}
    if len(refs) == 1:
        h.kind = refs.pop()
        h.inferred_kind = True
        first = next((i for i in zone[:3] if _TITLE_START.match(_clean(L.raw[i]))), None)
        if first is not None:
            h.anchor = first - 1 if first > lo else lo
            h.title, _ = _title_from(L, first, head_limit)
        return h
    # a leaflet or article: the body lines on top and the headline under them
    for pos, i in enumerate(zone[:12]):
        s = _clean(L.raw[i])
        if _BODY_WORDS.search(s) and starts_name(s.split()[0]) and len(s) < 120:
            nxt = zone[pos + 1] if pos + 1 < len(zone) else None
            if nxt is not None:
                s2 = _clean(L.raw[nxt])
                if _BODY_WORDS.search(s2) and starts_name(s2.split()[0]) and len(s2) < 120:
                    continue
                body, _ = _body_above(L, nxt, lo)
                # a form's addressee ("В управление …", "Главе города …")
                # stands between the body and the form's own heading
                while _ADDRESSEE.match(_clean(L.raw[nxt])) and pos + 2 < len(zone):
                    pos += 1
                    nxt = zone[pos + 1]
                title, _ = _title_from(L, nxt, head_limit)
                if title and title.isupper() or (title and len(title) < 200):
                    h.body, h.title = body, title
            break
    return h


# --- publication ---------------------------------------------------------------------

_PUB_TRIGGER = re.compile(
    r"^[(\[]?(?:опубликован[оаы]?|официальное\s+опубликование|источник\s+(?:официального\s+)?опубликования"
    r"|публикуется)\b\s*(?:в\s+|:\s*)?", re.IGNORECASE)
_PUB_NAME = re.compile(
    r"(?:газет[еа]|журнал[еа]?|бюллетен[еья]|вестник[еа]?|сборник[еа]?)?\s*"
    r"(?P<name>[«\"„“][^»\"“”]{2,80}[»\"“”])")
# the characters a _PUB_TRIGGER match can start with (re.IGNORECASE folds ᲂ onto о)
_PUB_FIRST = frozenset("([оОᲂиИпП")
_PAGE = re.compile(r"(?:\bстр\.?|\bс\.)\s*(?P<page>\d{1,3})\b|\b(?P<page2>\d{1,3})\s*стр\.?", re.IGNORECASE)


def _publication(L: _Lines, meta: dict) -> Publication | None:
    pub = meta.get("publication") if meta else None
    if isinstance(pub, Publication):
        return pub
    if isinstance(pub, dict):
        return Publication(**{k: pub.get(k) for k in ("name", "issue", "date", "page")})
    # only a line starting like _PUB_TRIGGER can match it: skip the others unread
    head = [i for i in range(min(len(L.raw), 400)) if L.raw[i].strip()
            and L.raw[i].lstrip()[0] in _PUB_FIRST]
    for i in head:
        s = _clean(L.raw[i])
        m = _PUB_TRIGGER.search(s)
        if not m:
            continue
        tail = s[m.end():]
        if not tail.strip() and i + 1 < len(L.raw):
            k = i + 1
            while k < len(L.raw) and not L.raw[k].strip():
                k += 1
            tail = _clean(L.raw[k]) if k < len(L.raw) else ""
        if not tail:
            continue
        nm = _PUB_NAME.match(tail.strip())
        if nm:
            name = nm.group("name").strip("«»\"„“”")
            rest = tail.strip()[nm.end():]
        else:
            d = find_date(tail)
            cut = d[1] if d else len(tail)
            name = tail[:cut].strip(" ,.;:")
            rest = tail[cut:]
            if not name or len(name) > 160:
                continue
        d = find_date(rest)
        n = find_number(rest)
        pg = _PAGE.search(rest)
        return Publication(name=name or None, issue=n[0] if n else None,
                           date=d[0] if d else None,
                           page=(pg.group("page") or pg.group("page2")) if pg else None)
    return None


# --- splitting several acts ----------------------------------------------------------------

_MAX_SPLIT_TEXT = 400_000  # bigger texts are one act: read head and tail only
_HEAD_CHARS = 60_000
_TAIL_CHARS = 20_000


_LIST_CONTINUES = re.compile(r"[»\"”)]\s*[;,]|[;,]\s*$")


def _reference_not_heading(L: _Lines, i: int, s: str) -> bool:
    """An act cited in a table or a list, not the heading of a published act.

    A heading stands alone: not in a table row (cells joined by a tab), not
    followed by ``;``/``,`` as the items of a list of legal grounds are, and
    not in the middle of a sentence (the line above ends a paragraph).
    """
    if "\t" in L.raw[i]:
        return True
    if _LIST_CONTINUES.search(s):
        return True
    k = next((k for k in range(i - 1, -1, -1) if L.raw[k].strip()), None)
    if k is None or any(L.gap(b) for b in range(k + 1, i)):
        return False  # a paragraph (or the text) begins here
    above = L.raw[k].strip()
    return "\t" in above or bool(re.search(r"[;,:]\s*$|[а-яё]\s*$", above))


def _act_starts(L: _Lines, first: _Head) -> list[int]:
    """Line indexes where a further act begins (a newspaper's official section)."""
    starts: list[int] = []
    n = len(L.raw)
    seen = {(first.date, first.number)}
    # a kind line starts with the capital of a kind word or of a law's
    # adjective (_kind_line): the other lines are not read at all
    for i in range(max(first.anchor, 0) + 1, n):
        if L.raw[i].lstrip()[:1] not in _KIND_FIRST or not L.ok(i):
            continue
        s = _clean(L.raw[i])
        kl = _kind_line(s)
        if not kl or kl[0] not in ACT_KINDS or kl[3] != "line":
            continue
        # annexes ("Приложение к постановлению …") are part of the act
        prev = [k for k in range(max(0, i - 10), i) if L.raw[k].strip()][-6:]
        if any(_ANNEX_CONTEXT.match(L.raw[k].strip()) for k in prev):
            continue
        win = [s[len(kl[1]):]] + [_clean(L.raw[k]) for k in range(i + 1, min(n, i + 8))
                                  if L.raw[k].strip() and not L.noise[k]][:4]
        d = next((find_date(w) for w in win if find_date(w)), None)
        num = next((find_number(w) for w in win if find_number(w)), None)
        if not d or not num or (d[0], num[0]) in seen:
            continue
        if find_date(kl[2]):
            # "Постановление администрации … от … № …" on one line: a heading
            # only when the title follows, not a reference in running text
            nxt = next((_clean(L.raw[k]) for k in range(i + 1, min(n, i + 4)) if L.raw[k].strip()), "")
            tail = s[find_number(s)[2]:] if find_number(s) else ""
            if not (_TITLE_START.match(nxt) or re.match(r"^\s*[«\"]", tail)) \
                    or _reference_not_heading(L, i, s):
                continue
        seen.add((d[0], num[0]))
        _, top = _body_above(L, i, 0)
        # do not reach back into the previous act's lines
        floor = starts[-1] if starts else first.anchor + 1
        starts.append(max(top, floor))
    return starts


def _fields(L: _Lines, lo: int, hi: int, text: str, meta: dict, pub) -> ActFields:
    h = _parse_head(L, lo, hi, meta)
    _complete(L, h, lo, hi)
    return _to_fields(h, text, pub)


# "… Совет депутатов Лесного района решил:", "администрация … постановляет:":
# the operative formula names the issuer in the nominative, right before the verb
_FORMULA_VERB = re.compile(
    r"\s(?:решил[аио]?|РЕШИЛ[АИО]?|решает|РЕШАЕТ|постановляет|ПОСТАНОВЛЯЕТ|постановил[аио]?|"
    r"ПОСТАНОВИЛ[АИО]?|приказывает|ПРИКАЗЫВАЕТ|"
    r"(?:р\s?е\s?ш\s?и\s?л|п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?я\s?е\s?т)(?=\s*:))\s*:?",
    )
_FORMULA_HEADS = {"совет", "дума", "собрание", "администрация", "правительство", "глава",
                  "губернатор", "мэр", "мэрия", "комитет", "хурал", "курултай", "управа",
                  "министерство", "департамент", "управление", "комиссия", "президиум",
                  "кабинет", "коллегия"}
# the signer's office where a decree or order speaks in the first person
_SIGNER = re.compile(
    r"^(?:Временно\s+исполняющий\s+обязанности\s+|И\.\s?о\.\s+|Исполняющий\s+обязанности\s+)?"
    r"(?P<office>(?:Глава|ГЛАВА|Губернатор|ГУБЕРНАТОР|Мэр|МЭР|Президент|ПРЕЗИДЕНТ|"
    r"Городской\s+[Гг]олова|ГОРОДСКОЙ\s+ГОЛОВА)\b[^\d|]{0,120}?)"
    r"\s*(?:[|]|\s{2,}|\t|$|(?=[А-ЯЁ]\.\s?[А-ЯЁ]\.)|(?=[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.))")
# a signer's name: "И.И. Петров", "И.И.ПЕТРОВ", "Петров И.И."
_PERSON = r"(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][А-ЯЁа-яё-]+|[А-ЯЁ][А-ЯЁа-яё-]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?)"
_NAME_TAIL = re.compile(r"\s*" + _PERSON + r"\s*$")          # at the end of an office's line
_NAME_LINE = re.compile(r"^\|?\s*" + _PERSON + r"\s*\|?$")  # a line of its own


def _formula_subject(sentence: str) -> str | None:
    """``… руководствуясь Уставом, Лесной районный Совет депутатов`` ->
    ``Лесной районный Совет депутатов``: from the body's head noun (and the
    adjectives before it) to the verb, in the last clause of the sentence."""
    clause = re.split(r"[,;:()]|\s[-–—]\s", sentence)[-1].strip()
    clause = _CONVOCATION_TAIL.sub("", clause).strip()
    words = clause.split()
    for i, w in enumerate(words):
        core = w.strip("«»\"'").lower()
        if not core.isalpha():
            continue
        ps = [p for p in _parses(core)[:3] if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        if not ps or ps[0].normal_form not in _FORMULA_HEADS:
            continue
        j = i
        while j > 0:
            prev = words[j - 1].strip("«»\"'").lower()
            if any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in _parses(prev)):
                j -= 1
            else:
                break
        name = " ".join(words[j:]).strip(" ,.")
        return name if 2 <= len(name.split()) <= 16 or ps[0].normal_form in ("правительство",) \
            else None
    return None


def _complete(L: _Lines, h: _Head, lo: int, hi: int) -> None:
    """What the heading left empty, from the rest of the page: the issuer
    the text names, then a register's card."""
    _issuer_from_text(L, h, lo, hi)
    _fill_from_card(L, h, lo, hi)


# a register's or portal's card: "Номер: | 16 |", "Дата: 28.05.2012", "Содержание: …",
# "Принявший орган: …" (its "Номер документа: RU…" is the register's own id)
_CARD_ROW = re.compile(
    r"^\s*(?P<key>номер|номер\s+акта|дата|дата\s+принятия|дата\s+подписания|содержание|наименование"
    r"|заголовок|принявший\s+орган|орган,?\s+принявший(?:\s+акт)?)\s*:\s*\|?\s*(?P<value>.+?)\s*\|?\s*$",
    re.IGNORECASE)


def _fill_from_card(L: _Lines, h: _Head, lo: int, hi: int) -> None:
    card = {}
    for i in range(lo, min(hi, lo + 60)):
        m = _CARD_ROW.match(L.raw[i])
        if m:
            card.setdefault(re.sub(r"\s+", " ", m.group("key").lower()), m.group("value"))
    if not card:
        return
    num = card.get("номер") or card.get("номер акта")
    if h.number is None and num and re.fullmatch(r"(?:№\s*)?[0-9][" + _NUM_CHARS + r"./-]{0,20}", num):
        h.number = normalize_number(num)
    when = card.get("дата") or card.get("дата принятия") or card.get("дата подписания")
    found = find_date(when) if h.date is None and when else None
    if found:
        h.date = found[0]
    what = card.get("содержание") or card.get("наименование") or card.get("заголовок")
    if h.title is None and what and _TITLE_START.match(what.strip("«\"„“ ")):
        h.title = what
    who = card.get("принявший орган") or next((v for k, v in card.items() if k.startswith("орган")), None)
    if h.body is None and who and _head_lemma(who) in _NAME_HEADS:
        h.body = who


def _issuer_from_text(L: _Lines, h: _Head, lo: int, hi: int) -> None:
    """Where no heading names the issuer (a web page under an aggregator
    line, a print that starts with the title), the act names it itself: in
    the operative formula, or — when the formula is in the first person —
    the signature's office (``Губернатор … области``)."""
    if h.kind not in ACT_KINDS or h.body is not None and (
            h.kind == "закон" or not _territory_only(h.body)):
        return
    # a region's name over a council's decision says where, not who: look further
    fallback, h.body = h.body, None
    start = max(h.anchor, lo)
    lines = [_clean(L.raw[i]) for i in range(start, min(hi, start + 80))
             if L.raw[i].strip() and not L.noise[i]]
    flat = " ".join(lines)[:6000]
    # "Принято / Заречной городской Думой (Тестовская обл.) / 22 июня 2012 года"
    am = re.search(r"\bПринят[оаы]?\s+(?P<who>[А-ЯЁа-яё][^()\d]{3,120}?)\s*(?:\(|\d|$)", flat)
    if am and h.kind != "закон" and _head_lemma(am.group("who")) in _FORMULA_HEADS:
        h.body = to_nominative(am.group("who").strip(" ,."))
        return
    m = _FORMULA_VERB.search(flat)
    if m:
        head = flat[:m.start()]
        sentence = re.split(r"(?<=[.!?])\s+(?=[А-ЯЁ])|\n", head)[-1]
        who = _formula_subject(L.fix(sentence))
        if who:
            h.body = who
            return
    if h.kind not in ("постановление", "распоряжение", "указ"):
        h.body = fallback
        return
    tail = [i for i in range(max(lo, hi - 200), hi) if L.raw[i].strip() and not L.noise[i]][-25:]
    for pos, i in enumerate(tail):
        s = _clean(L.raw[i]).strip("| ")
        sm = _SIGNER.match(s)
        if not sm:
            continue
        office = sm.group("office").strip(" ,")
        rest = s[sm.end():].strip(" |")
        nxt = _clean(L.raw[tail[pos + 1]]) if pos + 1 < len(tail) else ""
        if not rest and not _NAME_LINE.match(nxt):
            # the office over several lines ("Глава администрации / посёлка
            # Заречный / Тестовской области И.И. Иванов"): up to the name
            more = []
            for k in tail[pos + 1:pos + 4]:
                t = _clean(L.raw[k]).strip("| ")
                nm = _NAME_TAIL.search(t)
                if nm:
                    more.append(t[:nm.start()])
                    office, nxt = " ".join([office] + more).strip(" ,"), nm.group(0).strip()
                    break
                if not (t[:1].islower() or _gen_word(t.split()[0])):
                    break
                more.append(t)
        if (rest and _NAME_LINE.match(rest)) or _NAME_LINE.match(nxt):
            if _has_territory(office) or re.search(r"администрац", office, re.IGNORECASE):
                h.body = office
                return
    h.body = fallback


# A state's name over a law is a heading, not a body: the law is signed by
# its President ("Президент / Российской Федерации / Б.Ельцин" at the end).
_STATE_ONLY = re.compile(r"^\s*российская\s+федерация\s*$", re.IGNORECASE)
_PRESIDENT = re.compile(r"\bПрезидент\s+Российской\s+Федерации\b")
_SIGNATURE_ZONE = 3000

# Titles of acts never ask questions: a "?" glued to a word is a quote that a
# code page without «» (cp866, koi8-r, ASCII) could not hold.
_LOST_OPEN_QUOTE = re.compile(r"(?<![\w?])\?(?=\w)")
_LOST_CLOSE_QUOTE = re.compile(r"(?<=[\w.])\?(?![\w?])")


def _restore_quotes(title: str) -> str:
    if "?" not in title or "«" in title or "»" in title:
        return title
    return _LOST_CLOSE_QUOTE.sub("»", _LOST_OPEN_QUOTE.sub("«", title))


def _signer_body(body: str | None, kind: str | None, text: str) -> str | None:
    if kind in ("закон", "указ") and (body is None or _STATE_ONLY.match(body)):
        m = _PRESIDENT.search(re.sub(r"\s+", " ", text[-_SIGNATURE_ZONE:]))
        if m:
            return "Президент Российской Федерации"
    return body


_LATIN_DEBRIS = re.compile(r"(?<!\S)[A-Za-z]{1,3}[.,]?(?!\S)")
_DANGLING_HYPHEN = re.compile(r"(?<=[А-ЯЁ])-(?=\s)")


def _clean_body(body: str) -> str:
    """A Russian body printed in capitals holds no short Latin words: those
    are a stamp or a signature OCR'd into the heading (``СЛУЖБА- ot CS ПО``)."""
    letters = [c for c in body if c.isalpha()]
    cyr_caps = sum(1 for c in letters if "А" <= c <= "Я" or c == "Ё")
    if not letters or cyr_caps < 0.8 * len(letters):
        return body
    body = _DANGLING_HYPHEN.sub("", _LATIN_DEBRIS.sub(" ", body))
    return re.sub(r"\s+", " ", body).strip()


# "Правительство РФ", "Президент РФ": the abbreviation stands for the
# genitive in every name of a body
_RF = re.compile(r"(?<![А-ЯЁA-Z])РФ(?![А-ЯЁA-Zа-яё])")


def _expand_rf(body: str, text: str = "") -> str:
    """``Правительство РФ`` -> ``Правительство Российской Федерации`` when the
    act names the body so itself (``Правительство Российской Федерации
    постановляет``); otherwise it stays as printed."""
    if body.isupper() or not _RF.search(body):
        return body
    full = _RF.sub("Российской Федерации", body)
    return full if full.casefold() in re.sub(r"\s+", " ", text[:20000]).casefold() else body


def _unquote(title: str) -> str:
    """``«О бюджете»`` -> ``О бюджете``: a heading printed in quotes as a
    whole (the quotes inside a title, ``программы «Развитие»``, stay)."""
    if title[:1] == '"' and title.count('"') % 2 and title.endswith('"') \
            or title[:1] == "«" and title.count("«") == title.count("»") + 1:
        # «О внесении изменений в решение … «Об установлении налога»: the
        # outer closing quote merged with the inner one; only the opening goes
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


_CAPITALS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"


def _restore_initial(body: str) -> str:
    """``РЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ`` -> ``БРЯНСКАЯ …``: a scanner's OCR
    loses the first letter of a heading at the page's edge or in a large
    initial. Restored only when the word is not in the dictionary and
    exactly one capital in front of it makes a dictionary word."""
    m = re.match(r"[А-ЯЁ]{5,}(?![А-ЯЁа-яё])", body)
    if not m or is_known(m.group(0)):
        return body
    word = m.group(0)
    found = [c + word for c in _CAPITALS if is_known(c + word)]
    return found[0] + body[len(word):] if len(found) == 1 else body


def _to_fields(h: _Head, text: str, pub) -> ActFields:
    warnings = []
    if h.inferred_kind:
        warnings.append("kind_from_text")
    if h.annex_only:
        warnings.append("annex_only")
    if h.disputed:
        warnings.append("number_disputed")
    body = _expand_rf(_restore_initial(_clean_body(_clean(h.body))), text) if h.body else None
    body = _signer_body(body, h.kind, text)
    h.body = body
    for name in ("kind", "number", "date", "body", "title"):
        if getattr(h, name) is None:
            warnings.append("no_" + name)
    title = _unquote(_restore_quotes(_clean(h.title).rstrip(" |"))) if h.title else None
    if title:
        # a list counter or a stray sign before "О …" ("9 О Законе …", "©О внесении …")
        title = re.sub(r"^(?:\d{1,3}\s+|[©®*•·]\s*)(?=(?:О|Об|Обо)\s)", "", title)
    return ActFields(
        kind=h.kind, number=h.number, date=h.date, body=body,
        level=level_for(body, h.raw_kind or h.kind),
        title=title, publication=pub, text=text, warnings=tuple(warnings))


def extract_acts(text: str, meta: dict | None = None) -> list[ActFields]:
    """Requisites of each act in ``text`` (at least one element).

    A newspaper's official section or a bulletin gives one ``ActFields`` per
    act with its own ``text``; otherwise ``text`` is the whole text. A field
    that is not printed is None and named in ``warnings``.
    """
    meta = meta or {}
    text = text or ""
    scan = recognised_text(meta)
    if len(text) > _MAX_SPLIT_TEXT:
        # huge registers and codes: the heading is on top, a law's signature at the end
        view = text[:_HEAD_CHARS] + "\n\n" + text[-_TAIL_CHARS:]
        L = _prepare(view, scan)
        pub = _publication(L, meta)
        return [_fields(L, 0, len(L.raw), text, meta, pub)]
    L = _prepare(text, scan)
    pub = _publication(L, meta)
    first = _parse_head(L, 0, len(L.raw), meta)
    _disputed_number(first, meta)
    if first.anchor < 0 and first.kind is None or first.inferred_kind:
        # a page or bulletin that ran the heading into one paragraph
        relaid = _relay_heading(text)
        if relaid is not None:
            L2 = _prepare(relaid, scan)
            again = _parse_head(L2, 0, len(L2.raw), meta)
            if again.anchor >= 0 and again.date and again.number:
                _complete(L2, again, 0, len(L2.raw))
                return [_to_fields(again, text, pub)]
    if first.anchor < 0 or first.kind is None:
        _complete(L, first, 0, len(L.raw))
        return [_to_fields(first, text, pub)]
    starts = _act_starts(L, first)
    if not starts:
        _complete(L, first, 0, len(L.raw))
        return [_to_fields(first, text, pub)]
    bounds = [0] + starts + [len(L.raw)]
    acts = []
    for a, b in zip(bounds, bounds[1:]):
        seg_text = "\n".join(L.raw[a:b]).strip("\n")
        # the first act ends where the second begins: re-read its tail
        h = _parse_head(L, a, b, meta)
        if a == 0:
            _disputed_number(h, meta)  # the hand-filled line is the first page's
        _complete(L, h, a, b)
        acts.append(_to_fields(h, seg_text, pub))
    return acts


_RUN_KIND = re.compile(
    r"(?<![А-ЯЁа-яё])(ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|ПРИКАЗ|УКАЗ|"
    r"П О С Т А Н О В Л Е Н И Е|Р А С П О Р Я Ж Е Н И Е|Р Е Ш Е Н И Е|П Р И К А З)(?![А-ЯЁа-яё])")


def _relay_heading(text: str) -> str | None:
    """A heading run into one paragraph (a bulletin's or a site's flattened
    copy: ``… БИБЛИОТЕКА» ПРИКАЗ 14 марта 2025 г. № 41-ОД г. Мурманск О
    проведении … С целью …``) laid out again in lines: the body, the kind
    word, the date and number, the place, the title and the text. Only a
    capitalised kind word followed by a date and a number is taken."""
    head = text[:3000]
    for m in _RUN_KIND.finditer(head):
        after = head[m.end():m.end() + 120]
        d, n = find_date(after), find_number(after)
        if not (d and n) or min(d[1], n[1]) > 20:
            continue
        before = head[:m.start()]
        cut = m.end() + max(d[2], n[2])
        rest = head[cut:] + text[3000:]
        # the place, then the title up to where the preamble or the first clause begins
        pm = re.match(r"\s*((?:г\.|с\.|п\.|пос\.|ст-ца|д\.)\s*[А-ЯЁ][А-ЯЁа-яё-]+)", rest)
        place = pm.group(1) if pm else ""
        rest = rest[pm.end():] if pm else rest
        tm = re.search(r"\s(?=(?:В\s+(?:целях|соответствии|связи)|С\s+целью|Руководствуясь|На\s+основании|"
                       r"Во\s+исполнение|Рассмотрев|В\s+рамках|п\s?р\s?и\s?к\s?а\s?з|п\s?о\s?с\s?т|"
                       r"1\.\s))", rest)
        title, body_text = (rest[:tm.start()], rest[tm.start():]) if tm else (rest, "")
        # the body block: the last paragraph before the kind word, split where
        # a new name starts (a ministry above its institution)
        block = re.sub(r"^\s*\d{1,3}\s+", "", before.split("\n")[-1])
        lines = before.split("\n")[:-1] + _split_names(block)
        return "\n".join(lines + [m.group(1), head[m.end():cut].strip(), place, title.strip(),
                                   body_text.strip()])
    return None


def _split_names(block: str) -> list[str]:
    """``МИНИСТЕРСТВО КУЛЬТУРЫ … ОБЛАСТИ ГОСУДАРСТВЕННОЕ … УЧРЕЖДЕНИЕ …``
    -> one line per name: a new name starts with a nominative word after a
    genitive noun of the previous one."""
    words = block.split()
    out, cur = [], []
    for i, w in enumerate(words):
        if cur and starts_name(w) and w.isupper() and _gen_word(words[i - 1]) \
                and not w.startswith(("«", "\"")) and _head_lemma(" ".join(words[i:i + 4])):
            out.append(" ".join(cur))
            cur = []
        cur.append(w)
    if cur:
        out.append(" ".join(cur))
    return out


def _disputed_number(h: _Head, meta: dict) -> None:
    """Tesseract's number on a pen-filled line against the handwriting
    reader's digits read after the "№": when they differ (766 and 166 of
    166-к) one of them is wrong, and a wrong number is worse than none."""
    hand = meta.get("handwritten") if meta else None
    if not (isinstance(hand, dict) and hand.get("digits_anchored") and h.number):
        return
    digits = hand.get("number_digits")
    if digits and number_base(h.number) != number_base(digits) and not hand.get("number"):
        h.number = None
        h.disputed = True


def recognised_text(meta: dict) -> bool:
    """Whether the text was recognised from images (OCR, a scanner's layer):
    only then may a heading's glued words be split on a guess."""
    if meta.get("ocr_pages") or meta.get("ocr_layer_replaced_pages") or meta.get("handwritten"):
        return True
    cover = meta.get("page_image_coverage") or {}
    values = list(cover.values()) if isinstance(cover, dict) else list(cover)
    return bool(values) and max(values) >= 0.8
