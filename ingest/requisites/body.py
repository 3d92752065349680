"""The issuing body printed above the kind word (``АДМИНИСТРАЦИЯ … РАЙОНА`` /
``ПОСТАНОВЛЕНИЕ``), and its name cleaned of what a scan or a copy added."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.heading import SETTLEMENT_NOUN, inserted_note, starts_name
from ingest.morph import is_known, parses, place_adjective, to_genitive
from ingest.ru_dates import find_date
from ingest.status import is_note_line

from .file_text import DRAFT_MARK, unspace
from .date_number import PLACE_ABBR, PLACE_ABBR_WORDS, find_number, is_date_or_number_line, place_and_date, requisites_only
from .kind_line import kind_line
from .lines import Lines, clean, join_lines
from .names import (
    COUNCIL_HEADS, GEN_BODY_HEADS, MUNICIPALITY_NAME, NAME_HEADS, PARENT_HEADS, UNIT_HEADS,
    body_head_gen, gen_body_head, gen_word, has_territory, head_lemma, locative_word, nominative,
    state_line, territory_only,
)
from .quotes import open_quote
from .heading_strays import repeats_block, see_also
from .vocabulary import (
    BODY_WORDS, CONTACT_LINE, CONVOCATION, CONVOCATION_TAIL, NOM_KINDS, PLACE, TITLE_START, despace, kinds_listed,
    national_line,
)


@dataclass(frozen=True)
class BodyBlock:
    """The body's name (None when the lines above name none) and its first line."""
    name: str | None
    top: int


# an intra-city municipality's generic name, with its city (in the genitive), at a line's
# end; the municipality's own name goes on below it (муниципальный округ …, посёлок …)
_INTRA_CITY = re.compile(r"\bвнутригородск\w*\s+муниципальн\w+\s+образовани[яе](?:\s+\S+){0,5}\s*$",
                         re.IGNORECASE)
_OWN_NAME = re.compile(r"^[–-]?\s*(?:муниципальн\w+\s+округ\w*|" + SETTLEMENT_NOUN + r")\b", re.IGNORECASE)
# the federal city of an intra-city municipality on a line of its own, between the generic name
# and the municipality's own ("ВНУТРИГОРОДСКОГО МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ" / "ГОРОДА ФЕДЕРАЛЬНОГО
# ЗНАЧЕНИЯ САНКТ-ПЕТЕРБУРГА" / "МУНИЦИПАЛЬНЫЙ ОКРУГ …"): a piece of the name, not a place line
_FEDERAL_CITY_LINE = re.compile(
    r"^(?:города\s+федерального\s+значения(?:\s+(?:Санкт-Петербурга|Севастополя|Москвы))?"
    r"|(?:города\s+)?(?:Санкт-Петербурга|Севастополя|Москвы))\s*$", re.IGNORECASE)


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
    if _FEDERAL_CITY_LINE.match(upper) and _OWN_NAME.match(block):
        return True  # "ГОРОДА ФЕДЕРАЛЬНОГО ЗНАЧЕНИЯ САНКТ-ПЕТЕРБУРГА" / "МУНИЦИПАЛЬНЫЙ ОКРУГ …"
    if territory_only(upper) or kind_line(upper) or is_date_or_number_line(upper) and not _number_in_name(upper):
        return False
    head, up_head = head_lemma(lowest or block), head_lemma(upper)
    if MUNICIPALITY_NAME.match(upper) and unnamed_kind(lowest or block):
        return True  # "МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ «…»" / "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА": whose it is
    if head in ("мэр", "глава") and _SELF_GOVERNMENT_HEAD.match(upper):
        return True  # "ГЛАВА ГОРОДСКОГО САМОУПРАВЛЕНИЯ …" / "МЭР ГОРОДА …": the double office of the 1990s
    if not has_territory(block):
        return True
    if not has_territory(upper) and re.search(r"\bобразовани[яй]\s*$", upper, re.IGNORECASE):
        return True  # "Администрация муниципального образования" / "городское поселение «…»"
    if _INTRA_CITY.search(upper) and _OWN_NAME.match(block):
        return True  # "… внутригородского муниципального образования Санкт-Петербурга" / "муниципальный округ …"
    if head in UNIT_HEADS and up_head in PARENT_HEADS:
        return True
    if head in ("администрация", "министерство") and up_head == "правительство":
        # "ПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА" / "АДМИНИСТРАЦИЯ … РАЙОНА САНКТ-ПЕТЕРБУРГА":
        # a district's administration under the government of the city it names
        where = upper.split(None, 1)[1:]
        return bool(where) and block.casefold().endswith(where[0].casefold())
    if head in UNIT_HEADS and _office_of_parent(upper, block):
        return True
    return head in COUNCIL_HEADS and bool(MUNICIPALITY_NAME.match(upper))


# the head's title of the 1990s (the law of 1995 on local self-government) printed over his
# office as mayor or head of the administration: "Глава местного самоуправления Заречного района"
_SELF_GOVERNMENT_HEAD = re.compile(r"^глава\s+(?:городского|местного|районного)\s+самоуправления\b",
                                   re.IGNORECASE)


# a body's abbreviation printed on its own line, in brackets: "(Минтестпром России)", "(РОСТЕСТНАДЗОР)"
_ABBREVIATION_LINE = re.compile(r"\((?:[А-ЯЁ][А-ЯЁа-яё-]{2,30})(?:\s+[А-ЯЁ][а-яё]+)?\)")


def _wrapped_parent(L: Lines, i: int, floor: int, s: str, block: str, lowest: str | None) -> tuple[str, int] | None:
    """A parent line wrapped over two to five lines by a narrow block or a
    PDF's layout (``ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ`` / ``ТЕСТОВЫХ
    ИСПЫТАНИЙ`` over ``УПРАВЛЕНИЕ ФЕДЕРАЛЬНОЙ СЛУЖБЫ …``): line ``i`` (``s``)
    does not start a name, the lines right over it do, and together they are
    the block's parent. The parent's abbreviation printed under it, over the
    office (``ФЕДЕРАЛЬНАЯ СЛУЖБА …`` / ``(РОСТЕСТНАДЗОР)`` / ``УПРАВЛЕНИЕ …``),
    goes with it. Returns the joined line and its first line's index."""
    if _ABBREVIATION_LINE.fullmatch(s):
        k = next((k for k in range(i - 1, max(floor, i - 3) - 1, -1) if L.raw[k].strip()), None)
        if k is None or L.noise[k] or L.garbage[k]:
            return None
        up = clean(L.raw[k].strip())
        if starts_name(up.split()[0]) and _parent_joins(up, block, lowest):
            return join_lines([up, s]), k
        got = _wrapped_parent(L, k, floor, up, block, lowest) if not _ABBREVIATION_LINE.fullmatch(up) else None
        return (join_lines([got[0], s]), got[1]) if got else None
    if starts_name(s.split()[0]):
        return None
    ups: list[int] = []
    k = _paragraph_above(L, i, floor)
    while k is not None and len(ups) < 4 and not (L.noise[k] or L.garbage[k]):
        ups.append(k)
        k = _paragraph_above(L, k, floor)
    got: list[str] = [s]
    for k in ups:
        up = clean(L.raw[k].strip())
        if kind_line(up) or is_date_or_number_line(up) or up.endswith((".", ";", ":")):
            return None
        got.insert(0, up)
        if starts_name(up.split()[0]) and not _closes_unopened(join_lines(got)):
            # (a line opening a name inside a quote opened above it - «МУНИЦИПАЛЬНЫЙ РАЙОН"» under
            # «МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ "ЗАРЕЧНЫЙ» - goes on up to where the quote opens)
            joined = join_lines(got)
            return (joined, k) if _parent_joins(joined, block, lowest) else None
    return None


def _closes_unopened(s: str) -> bool:
    """Whether ``s`` closes a quote opened above it: a guillemet closing first, or an odd
    number of straight quotes."""
    return _closes_first(s) or s.count('"') % 2 == 1


def _office_of_parent(upper: str, block: str) -> bool:
    """A territorial office printing its service over it: ``ФЕДЕРАЛЬНАЯ СЛУЖБА
    ПО НАДЗОРУ В СФЕРЕ …`` / ``УПРАВЛЕНИЕ ФЕДЕРАЛЬНОЙ СЛУЖБЫ ПО НАДЗОРУ В СФЕРЕ
    … ПО … ОБЛАСТИ``: the office's name repeats the service's words after its
    head noun (the genitive changes the first two words only)."""
    words = upper.split()
    if len(words) < 4 or head_lemma(upper) not in UNIT_HEADS | {"министерство"}:
        return False
    tail = " ".join(words[2:]).casefold()
    return len(words[2:]) >= 2 and (" " + tail + " ") in (" " + " ".join(block.split()).casefold() + " ")


# an office printed as one word under the name of its territory
_BARE_OFFICES = {"администрация", "губернатор", "правительство", "глава", "мэр", "мэрия",
                 "президент"}


def _bare_office(line: str) -> bool:
    """``АДМИНИСТРАЦИЯ``, ``ГУБЕРНАТОР``, and the head of an administration printed
    ``ГЛАВА АДМИНИСТРАЦИИ`` (a region's or a district's blank of the 1990s): an office
    named by the office words alone, whose territory the line above names."""
    words = line.split()
    if len(words) == 1:
        return head_lemma(line) in _BARE_OFFICES
    if len(words) != 2 or head_lemma(line) != "глава":
        return False
    ps = parses(words[1].strip(" .,").lower())
    return bool(ps) and ps[0].normal_form == "администрация" and "gent" in ps[0].tag


def _office_of(office: str, territory: str) -> str:
    """``АДМИНИСТРАЦИЯ`` under ``ТЕСТОВСКАЯ ОБЛАСТЬ`` -> ``АДМИНИСТРАЦИЯ
    ТЕСТОВСКОЙ ОБЛАСТИ``: one name, in the letters the heading printed."""
    where = to_genitive(territory.strip(" ,."))
    name = f"{office} {where}"
    return name.upper() if office.isupper() else name


def _bare_deputies(line: str) -> bool:
    """``СОВЕТ ДЕПУТАТОВ``, ``Собрание депутатов``: a council of deputies whose
    name does not say whose it is (the municipality is in the lines above)."""
    return len(line.split()) <= 4 and head_lemma(line) in COUNCIL_HEADS and not has_territory(line) \
        and bool(re.search(r"депутат", line, re.IGNORECASE))


def _bare_organ(line: str) -> bool:
    """``ГОСУДАРСТВЕННЫЙ СОВЕТ``, ``Законодательное Собрание``: a body's name
    of a few words that does not say whose it is."""
    words = line.split()
    return 1 <= len(words) <= 3 and not has_territory(line) and not territory_only(line) \
        and head_lemma(line) in GEN_BODY_HEADS and not kind_line(line)


# the words of an organ's name that do not say whose it is
_GENERIC_WORDS = {"верховный", "государственный", "законодательный", "народный", "областной",
                  "краевой", "окружной", "республиканский", "городской", "районный"}


_REGIONAL_ADJECTIVES = {"областной", "краевой", "окружной"}


def _regional_adjective_organ(line: str) -> bool:
    """``ОБЛАСТНАЯ ДУМА``, ``КРАЕВОЕ СОБРАНИЕ``: the adjective of a region's kind
    reads as a territory word, yet does not say which region (the line above
    does: ``ТЕСТОВСКАЯ ОБЛАСТЬ`` / ``ОБЛАСТНАЯ ДУМА``, an old regional print)."""
    words = line.split()
    if not 2 <= len(words) <= 3 or territory_only(line) or kind_line(line) \
            or head_lemma(line) not in GEN_BODY_HEADS:
        return False
    return any((ps := parses(w.lower())) and ps[0].normal_form in _REGIONAL_ADJECTIVES for w in words[:-1])


def _generic_organ(line: str) -> bool:
    """``ВЕРХОВНЫЙ СОВЕТ``, ``ОБЛАСТНАЯ ДУМА``: an organ named by generic words
    only (``ЗАРЕЧНАЯ ГОРОДСКАЯ ДУМА`` says whose it is; a council "of
    deputies" is a municipality's, named in the lines above)."""
    if not (_bare_organ(line) or _regional_adjective_organ(line)) or re.search(r"депутат", line, re.IGNORECASE):
        return False
    for w in line.split()[:-1]:
        ps = parses(w.lower())
        if not ps or ps[0].normal_form not in _GENERIC_WORDS:
            return False
    return True


def line_above(L: Lines, i: int, floor: int) -> str:
    """The nearest non-empty line above line ``i`` (``""`` when none)."""
    return " ".join(_lines_above(L, i, floor, 1))


def _two_above(L: Lines, i: int, floor: int) -> str:
    """The two nearest non-empty lines above line ``i``, joined."""
    return " ".join(_lines_above(L, i, floor, 2))


def _lines_above(L: Lines, i: int, floor: int, n: int) -> list[str]:
    """Up to ``n`` non-empty lines above line ``i``, top first, each within
    three lines of the one under it and none above ``floor``."""
    out: list[str] = []
    for _ in range(n):
        k = next((k for k in range(i - 1, max(floor, i - 4) - 1, -1) if L.raw[k].strip()), None)
        if k is None:
            break
        out.insert(0, clean(L.raw[k]))
        i = k
    return out


# a draft's mark printed on the line of the letterhead's first words, at the
# right edge ("АДМИНИСТРАЦИЯ<tab>ПРОЕКТ"): the form's, not the name's
_DRAFT_CELL = re.compile(r"\t\s*(?:ПРОЕКТ|Проект)\s*[.:]?\s*$")



def _agree(adj, word) -> bool:
    return adj.tag.case == word.tag.case and adj.tag.number == word.tag.number and \
        (adj.tag.number == "plur" or adj.tag.gender == word.tag.gender)


def runs_on(line: str, below: str) -> bool:
    """Whether the heading ``line`` was broken inside a phrase that ``below``
    goes on with: a quote opened and not closed (``МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ
    «СОСНОВСКОЕ`` / ``СЕЛЬСКОЕ ПОСЕЛЕНИЕ»``), or an adjective that agrees with
    the first word below and with no noun before it on its line (``ЗАРЕЧНАЯ
    ОБЛАСТНАЯ`` / ``ДУМА``, ``Администрация Заречного`` / ``района …``; not
    ``ГОРОДСКОЙ ОКРУГ ЗАРЕЧНЫЙ``, a name after its noun), or a place's
    abbreviation ending the line (``ГЛАВА АДМИНИСТРАЦИИ Г.`` / ``ЗАРЕЧНЫЙ``)."""
    return bool(open_quote(line)) or agrees_on(line, below) or bool(_PLACE_ABBR_END.search(line))


def agrees_on(line: str, below: str) -> bool:
    """The adjective half of ``runs_on``: ``line`` ends with an adjective
    that agrees with the first word of ``below`` and has no noun before it."""
    words = line.split()
    if not words or not below.strip():
        return False
    last, nxt = words[-1], below.split()[0].strip("«»\"(")
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", last) or not re.fullmatch(r"[А-ЯЁа-яё-]+", nxt):
        return False
    adjs = [p for p in parses(last.lower()) if p.tag.POS == "ADJF"]
    if not adjs or parses(last.lower())[0].tag.POS != "ADJF":
        return False
    before = parses(words[-2].lower()) if len(words) > 1 else ()
    heads = [p for p in parses(nxt.lower()) if p.tag.POS in ("NOUN", "ADJF")]
    if any(p.tag.POS == "NOUN" and _agree(a, p) for a in adjs for p in before[:1]):
        return False
    return any(_agree(a, p) for a in adjs for p in heads)


def _number_in_name(s: str) -> bool:
    """``«Средняя школа № 5 Заречного района»``: an institution's number inside
    its quoted name, or a municipality's after its word (``Муниципальный округ
    № 54``), no date or number of the act."""
    n = find_number(s)
    return bool(n) and not find_date(s) and (s[:n[1]].count("«") > s[:n[1]].count("»")
                                             or bool(_NUMBERED_MUNICIPALITY.search(s[:n[1]])))


# a line of a name ending in the number alone ("ТЕСТОВСКОЙ ОБЛАСТИ № 28"), no date on it
_NAME_THEN_NUMBER = re.compile(r"^[^\d№]{3,}\s(?:№|N)\s?\d{1,4}$")
# an election commission's name ("ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ", "участковой избирательной комиссии")
_ELECTION_COMMISSION = re.compile(r"(?i)избирательн[а-яё]*\s+комисси")


def _numbered_commission(L: Lines, i: int, floor: int, s: str) -> bool:
    """``ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ`` / ``ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА`` /
    ``ТЕСТОВСКОЙ ОБЛАСТИ № 28``: an election commission is numbered in its name (the
    commission's own number, printed at its block's last line), no number of the act."""
    if not _NAME_THEN_NUMBER.match(s):
        return False
    above = [L.raw[j].strip() for j in range(max(floor, i - 4), i + 1) if L.raw[j].strip()]
    return bool(_ELECTION_COMMISSION.search(" ".join(above[-4:])))


# "Муниципальный округ № 54", "МО № 7": an intra-city municipality numbered in its name
_NUMBERED_MUNICIPALITY = re.compile(r"(?:\bокруга?|\bМО)\s*$", re.IGNORECASE)


# a heading line ending with a word whose own name must follow it: the line
# under it ("… РЕСПУБЛИКИ" / "ТЕСТОСТАН", "ГОРОДА" / "ТЕСТОГРАДА") is that name,
# not the place the act was signed in
NAME_FOLLOWS = re.compile(r"\b(?:республик[аи]|" + SETTLEMENT_NOUN + r"|сумон[а]?|наслег[а]?)$", re.IGNORECASE)
# a municipality's kind at a line's end, after a noun or opening the line
_KIND_AT_END = re.compile(r"(?:^|(\S+)\s+)(?:сельск|городск|муниципальн)[а-яё]+\s+(?:поселени|район|округ|образовани)[а-яё]*$",
                          re.IGNORECASE)


def unnamed_kind(line: str) -> bool:
    """A name ending with a municipality's kind that names no municipality
    yet (``ГЛАВЫ АДМИНИСТРАЦИИ ГОРОДСКОГО ОКРУГА``, ``МУНИЦИПАЛЬНОГО ОКРУГА``
    opening its line): the municipality's own name follows. Not after a
    place's adjective (``ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА``, ``Кедровского``,
    which the dictionary may read as a surname)."""
    m = _KIND_AT_END.search(line)
    if not m:
        return False
    if m.group(1) is None:
        return True
    w = m.group(1).lower()  # a hyphenated city's name too (САНКТ-ПЕТЕРБУРГА МУНИЦИПАЛЬНЫЙ ОКРУГ)
    return w.replace("-", "").isalpha() and not w.endswith(("ого", "его")) and parses(w)[0].tag.POS == "NOUN"


_HUNDREDS = {"сто", "двести", "триста", "четыреста"}  # numerals the dictionary reads as nouns


def _closes_first(line: str) -> bool:
    """Whether the first guillemet of ``line`` closes one opened above it."""
    c = line.find("»")
    return c >= 0 and not 0 <= line.find("«") < c


def _sitting(line: str) -> bool:
    """A convocation's, session's or sitting's line (``седьмого созыва``,
    ``Сто первое заседание``); not a line opening with a noun, the name's
    last word with its convocation (``Совет седьмого созыва``, ``… РЕСПУБЛИКИ``
    / ``ТЕСТОСТАН СЕДЬМОГО СОЗЫВА``: CONVOCATION_TAIL cuts it off)."""
    if not CONVOCATION.match(line):
        return False
    if len(line.split()) == 1:
        return True  # "созыва" alone: a convocation line whose ordinal a converter lost
    first = line.split()[0].strip("(").lower()
    ps = parses(first) if first.isalpha() and first not in _HUNDREDS else ()
    return not (ps and ps[0].tag.POS == "NOUN")


def _place_over_kind(L: Lines, s: str, i: int, floor: int) -> bool:
    """Whether line ``i`` (``s``, read as a place) is the place the act was signed
    in, under the name, rather than a piece of the name the lines above begin."""
    if " " not in s and (gen_word(s) or locative_word(s)):
        return False  # "САНКТ-ПЕТЕРБУРГА", "в городе" / "Москве": a name's end, not a place
    above = line_above(L, i, floor)
    return not (territory_only(s) and _bare_organ(above)) \
        and not NAME_FOLLOWS.search(above) and not unnamed_kind(_two_above(L, i, floor)) \
        and not (head_lemma(s) in NAME_HEADS and agrees_on(above, s))  # "ЗАРЕЧНАЯ РАЙОННАЯ" / "ДУМА"


# a conjunction or a preposition printed alone on its line inside a name
_CONJUNCTION = re.compile(r"(?i)и|по|в|на|при|с")  # "… ГОРОД ЗАРЕЧНЫЙ" / "С" / "ПОДВЕДОМСТВЕННОЙ ТЕРРИТОРИЕЙ"

# a blank's horizontal rule under the issuer's block, over the kind word
# (a PDF may break it in two, the second part a lone "_" or two)
_RULE = re.compile(r"^(?:_+|-{5,}|={5,})$")
# a place's abbreviation ending a line of the name, the place's own name on the next
# ("ГЛАВА АДМИНИСТРАЦИИ Г." / "ЗАРЕЧНЫЙ" in a narrow cell): no sentence's stop
# ("… 2024 г." is a date's year, not a place)
_PLACE_ABBR_END = re.compile(r"(?i)(?:^|(?<![\d.])\s)(?:" + PLACE_ABBR_WORDS + r"|им)\.$")


_ARMS = re.compile(r"(?i)^герб\b")
_SOURCE_LINE = re.compile(r"(?i)^источник(?:\s+(?:публикации|опубликования|текста))?\s*:")


def _co_issuer(upper: str, lower: str) -> bool:
    """``Министерство здравоохранения … области`` over ``Министерство образования
    … области``: two whole names built on the same noun, each saying whose it is,
    are two issuers of a joint act even where the kind word does not say
    «совместный» (a ministry never prints another ministry as its parent): both
    end on the same territory. A federal body over its territorial one
    (``Генеральная прокуратура Российской Федерации`` / ``Прокуратура … области``)
    is a parent, not a co-issuer; the same name printed twice (a site's page
    title over the blank's, its spaces lost: ``… НИЖЕГОРОДСКОЙОБЛАСТИ``) is one."""
    head = head_lemma(upper)
    whose = upper.lower().split()[-2:]
    return head is not None and head in NAME_HEADS and head == head_lemma(lower) \
        and has_territory(upper) and len(whose) == 2 and whose == lower.lower().split()[-2:] \
        and re.sub(r"\W", "", upper).lower() != re.sub(r"\W", "", lower).lower()


def body_above(L: Lines, k: int, floor: int, law: bool = False, joint: bool = False) -> BodyBlock:
    """Name of the body in the lines right above line ``k``; and its first line.

    The block is read upwards to the line that starts the name; then a
    parent line may join it (``_parent_joins``). A convocation line between
    the name and the kind word is skipped; a date, a number or a place ends
    the block. A joint act (``СОВМЕСТНОЕ РАСПОРЯЖЕНИЕ``) has the names of
    both its issuers stacked above it: the body is both.
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
        if parts and not L.noise[i] and _CONJUNCTION.fullmatch(s) and not starts_name(parts[0].split()[0]) \
                and line_above(L, i, floor):
            # "ДЕПАРТАМЕНТ СТРОИТЕЛЬСТВА" / "И" / "ЖИЛИЩНО-КОММУНАЛЬНОГО …": a name broken around its
            # «и» in a narrow box (a lone letter OCR debris otherwise); it joins the lines over and under it
            parts[0] = f"{s} {parts[0]}"
            i -= 1
            continue
        if L.noise[i] or L.garbage[i]:
            if not parts and i in L.stamps:
                i -= 1  # a register's stamp read between the name and the kind word (the name in
                continue  # the first page's header, the stamp the first lines of the page)
            if L.noise[i] and inserted_note(s) or not parts and (_RULE.match(s) or CONTACT_LINE.search(s)
                                                                  or _ARMS.match(s)):
                i -= 1
                continue  # a database's note set between the lines of the name, or under it; the blank's
                # rule under it, its address and e-mail line (read as debris: Latin letters and digits);
                # the coat of arms' caption a site prints between the name and the kind word («Герб»)
            break
        if DRAFT_MARK.fullmatch(s):
            if parts:
                break  # a draft's mark alone over the heading: the form's, not the name's
            i -= 1
            continue
        s = L.fix(clean(unspace(_DRAFT_CELL.sub("", s))), before=line_above(L, i, floor))
        while i - 1 >= floor and L.raw[i - 1].strip() and not (L.noise[i - 1] or L.garbage[i - 1]):
            # a line broken inside a phrase is one line with the next ("ЗАРЕЧНАЯ
            # ОБЛАСТНАЯ" / "ДУМА", "… «СОСНОВСКОЕ" / "СЕЛЬСКОЕ ПОСЕЛЕНИЕ»")
            up = L.fix(clean(L.raw[i - 1].strip()))
            if not runs_on(up, s) or kind_line(up) or is_date_or_number_line(up) \
                    or _sitting(s) or is_note_line(up):
                break  # a database's status word right over the name ("Недействующий") is no part of it
            s, i = join_lines([up, s]), i - 1
        if _sitting(s) or CONTACT_LINE.search(s) or not parts and (place_and_date(s) or requisites_only(s)):
            # a sitting's line, the body's address, its date and place, or the blank's date and
            # number from a cell beside the heading that a text layer drew over the kind word
            i -= 1
            continue
        if not parts and PLACE_ABBR.match(s) and PLACE.match(s):
            i -= 1  # "д.Сосновка", "г. Заречный": the place the act was issued in, printed between
            continue  # the name and the kind word
        s = CONVOCATION_TAIL.sub("", s) or s  # "СОВЕТ … РАЙОНА ТРЕТЬЕГО СОЗЫВА": its convocation
        if parts and repeats_block(s, join_lines(parts)):
            i -= 1  # the issuer's line a print set twice over the kind word: once
            continue
        if see_also(s):
            break  # a database's link «См. Документы Федеральной службы …» over the heading
        if national_line(s):
            if parts:
                break
            while i >= floor and L.raw[i].strip():
                i -= 1  # the national half of a bilingual blank: its whole block
            continue
        if is_note_line(s) and not parts and len(s) <= 40:
            i -= 1  # "Редакция утратившая силу": a site's mark between the name and the kind word
            continue
        if is_note_line(s) or kinds_listed(s) or _SOURCE_LINE.match(s):
            # a note, a site's category line ("- Распоряжения, приказы … -"), or the line
            # naming where a copy was taken from ("Источник: Официальный сайт …")
            break
        if (is_date_or_number_line(s) and not _number_in_name(s) and not _numbered_commission(L, i, floor, s)
                or len(s) > 220
                or PLACE.match(s) and not parts and head_lemma(s) not in _BARE_OFFICES
                and _place_over_kind(L, s, i, floor)
                or s.endswith((".", ";", ":")) and not s.endswith(("России.",)) and not _PLACE_ABBR_END.search(s)
                or kind_line(s)):
            break
        if not re.search(r"[А-ЯЁа-яё]{2,}", s) or TITLE_START.match(s.lstrip("«\"„“ ")):
            break  # "О ПОРЯДКЕ …" (or in quotes) over the heading: a database's title line, never a name
        if parts and all(p.isupper() for p in parts) and not s.isupper() and not _ABBREVIATION_LINE.fullmatch(s) \
                and not BODY_WORDS.search(s) and not has_territory(s) and len(s.split()) <= 3:
            break  # "Голосование" over a heading in capitals: the site's widget, not the name
        if parts and all(p.isupper() for p in parts) and not s.isupper() and re.search(r"\d", s) \
                and not _number_in_name(s) and not BODY_WORDS.search(s) and not has_territory(s):
            break  # "Фнп 116 по сосудам" over a federal service's heading in capitals: the page's own
            # title naming the document by its code and number, not the name
        # an adjective over the noun it agrees with, a blank line between them
        # ("ЗЕМСКОЕ" / "" / "СОБРАНИЕ …"), or a quote opened over the line that
        # closes it ("… «СОСНОВСКОЕ" / "" / "СЕЛЬСКОЕ ПОСЕЛЕНИЕ» …"): one name
        if boundary and not agrees_on(s, parts[0]) and not (open_quote(s) and _closes_first(parts[0])):
            if not law and len(parts) == 1 and territory_only(s) and _bare_office(parts[0]):
                # "ТЕСТОВСКАЯ ОБЛАСТЬ" / "АДМИНИСТРАЦИЯ": the office of that territory
                return BodyBlock(_office_of(parts[0], s), i)
            if not law and len(parts) == 1 and territory_only(s) and _generic_organ(parts[0]):
                # "ТЕСТОВСКАЯ РЕСПУБЛИКА" / "ВЕРХОВНЫЙ СОВЕТ": that territory's organ (a
                # council "of deputies" is a municipality's: its name is in the lines above)
                return BodyBlock(_office_of(parts[0], s), i)
            if not law and len(parts) == 1 and territory_only(s) and _bare_deputies(parts[0]):
                # "ТЕСТОВСКАЯ ОБЛАСТЬ" / "ЗАРЕЧНЫЙ РАЙОН" / "СОВЕТ ДЕПУТАТОВ" (a file kept in its
                # monospace layout): the territory lines stacked right over it say whose council it is
                where = [s]
                while (j := _paragraph_above(L, i, floor)) is not None \
                        and territory_only(up := clean(L.raw[j].strip())):
                    where.insert(0, up)
                    i = j
                return BodyBlock(join_lines(where + parts), i)
            if len(parts) == 1 and territory_only(parts[0]) and _bare_organ(s):
                # "ГОСУДАРСТВЕННЫЙ СОВЕТ" / "ТЕСТОВСКАЯ РЕСПУБЛИКА": that territory's organ
                return BodyBlock(_office_of(s, parts[0]), i)
            if law:
                break
            both = (joint or _co_issuer(s, parts[0])) and not territory_only(s) and head_lemma(s) in NAME_HEADS
            if not both and not _head_and_chair(s, parts[0]) and not _parent_joins(s, join_lines(parts), lowest):
                wrapped = _wrapped_parent(L, i, floor, s, join_lines(parts), lowest)
                if wrapped is None:
                    break
                s, i = wrapped
        elif parts and gen_body_head(parts[0]) and starts_name(s.split()[0]) and has_territory(s):
            break  # "ГУБЕРНАТОР … КРАЯ" over "Министерства …": two names, not one
        parts.insert(0, s)
        top = i
        if state_line(s):
            break  # the state over the name: nothing above it belongs to the heading
        first = s.split()[0]
        boundary = False
        if first[:1] not in "«\"(„" and starts_name(first):
            # a name starts here; a bare place ("ЗАРЕЧНЫЙ РАЙОН" under
            # "ГЛАВА / МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ") is the end of a longer one
            if law or head_lemma(join_lines(parts)) in NAME_HEADS \
                    or MUNICIPALITY_NAME.match(s):
                boundary = True
                lowest = lowest or join_lines(parts)
        i -= 1
    if parts and _CONJUNCTION.fullmatch(parts[0].split(None, 1)[0]):
        parts[0] = parts[0].split(None, 1)[1]   # a lone «и» over the name's first line: none of it
    if not parts or _wrapped_tail(parts[0]):
        return BodyBlock(None, k)
    body = join_lines(parts)
    if not BODY_WORDS.search(body) and not body.isupper():
        return BodyBlock(None, k)
    if gen_body_head(body) or body_head_gen(body):
        body = nominative(body)  # "ТЕСТОВСКОГО ОБЛАСТНОГО СОВЕТА ДЕПУТАТОВ" over its convocation
    return BodyBlock(body, top)


def _paragraph_above(L: Lines, i: int, floor: int) -> int | None:
    """The line right over line ``i`` in its paragraph (``Lines.above_at``: over a single
    blank in a spaced text), None at a gap or below ``floor``."""
    j = L.above_at(i)
    return j if j is not None and j >= floor else None


# the dash that joins a head's office to the chairman's he also holds
_JOINING_DASH = re.compile(r"\s[–—-]$")


def _head_and_chair(line: str, below: str) -> bool:
    """``ГЛАВА СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ –`` over ``ПРЕДСЕДАТЕЛЬ СОВЕТА ДЕПУТАТОВ …``:
    a head who also chairs the council signs as one office, the head's line ending on
    the dash that joins them; one block, not a parent over a name."""
    return bool(_JOINING_DASH.search(line.rstrip())) and head_lemma(line) == "глава" \
        and head_lemma(below) == "председатель"


def _wrapped_tail(line: str) -> bool:
    """``ПРОВЕДЕНИЯ КОНКУРСА НА … РАЙОНА`` over the kind word: the tail of a
    page's wrapped title, opening with a noun in the genitive that no name of
    a body opens with (a name's own tail opens with an adjective:
    ``МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ …``)."""
    first = line.split()[0].strip("«»\"'(),.:;").lower()
    ps = parses(first)[:1]
    return bool(ps) and ps[0].tag.POS == "NOUN" and ps[0].tag.case == "gent" \
        and ps[0].normal_form not in NAME_HEADS and not starts_name(first) \
        and not place_adjective(ps[0])  # "КЛЮЧЕВСКОГО ОБЛАСТНОГО СОВЕТА": read first as a surname


def split_names(block: str) -> list[str]:
    """``МИНИСТЕРСТВО КУЛЬТУРЫ … ОБЛАСТИ ГОСУДАРСТВЕННОЕ … УЧРЕЖДЕНИЕ …``
    -> one line per name: a new name starts with a nominative word after a
    genitive noun of the previous one."""
    words = block.split()
    out, cur = [], []
    for i, w in enumerate(words):
        if cur and starts_name(w) and w.isupper() and gen_word(words[i - 1]) \
                and not w.startswith(("«", "\"")) and head_lemma(" ".join(words[i:i + 4])):
            out.append(" ".join(cur))
            cur = []
        cur.append(w)
    if cur:
        out.append(" ".join(cur))
    return out


_LATIN_DEBRIS = re.compile(r"(?<!\S)[A-Za-z]{1,3}[.,]?(?!\S)")
_DANGLING_HYPHEN = re.compile(r"(?<=[А-ЯЁ])-(?=\s)")
_WRAPPED_HYPHEN = re.compile(r"(?<=[А-ЯЁ])-\s+(?=[А-ЯЁ])")


def clean_body(body: str, scan: bool = True) -> str:
    """A Russian body printed in capitals holds no short Latin words: those
    are a stamp or a signature OCR'd into the heading (``СЛУЖБА- ot CS ПО``).
    Typed text (``scan`` false) has no such debris: a hyphen before a space
    there is a hyphenated name wrapped at its hyphen (``ТЕСТОВО-`` /
    ``ЗАРЕЧНЫЙ``), joined again, never dropped."""
    letters = [c for c in body if c.isalpha()]
    cyr_caps = sum(1 for c in letters if "А" <= c <= "Я" or c == "Ё")
    if not letters or cyr_caps < 0.8 * len(letters):
        return body
    if not scan:
        return _WRAPPED_HYPHEN.sub("-", body)
    body = _DANGLING_HYPHEN.sub("", _LATIN_DEBRIS.sub(" ", body))
    return re.sub(r"\s+", " ", body).strip()


# "Правительство РФ", "Президент РФ": the abbreviation stands for the
# genitive in every name of a body
_RF = re.compile(r"(?<![А-ЯЁA-Z])РФ(?![А-ЯЁA-Zа-яё])")


def expand_rf(body: str, text: str = "") -> str:
    """``Правительство РФ`` -> ``Правительство Российской Федерации`` when the
    act names the body so itself (``Правительство Российской Федерации
    постановляет``); otherwise it stays as printed."""
    if body.isupper() or not _RF.search(body):
        return body
    full = _RF.sub("Российской Федерации", body)
    return full if full.casefold() in re.sub(r"\s+", " ", text[:20000]).casefold() else body


_CAPITALS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"


def restore_initial(body: str) -> str:
    """``РЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ`` -> ``БРЯНСКАЯ …``: a scanner's OCR
    loses the first letter of a heading at the page's edge or in a large
    initial. Restored only when the word is not in the dictionary and
    exactly one capital in front of it makes a dictionary word; only ever
    asked for recognised text (typed text loses no letter: ``ИТЕЙСКИЙ`` is a
    district's name, not a «житейский» short of its Ж)."""
    m = re.match(r"[А-ЯЁ]{5,}(?![А-ЯЁа-яё])", body)
    if not m or is_known(m.group(0)):
        return body
    word = m.group(0)
    found = [c + word for c in _CAPITALS if is_known(c + word)]
    return found[0] + body[len(word):] if len(found) == 1 else body


# a page's own reference line over a copied heading: "Постановление
# Правительства Тестовской области от 21.01.2020 № 14"
_REFERENCE = re.compile(r"^(?:" + NOM_KINDS + r")\s+(?P<gen>[А-ЯЁ][^\n]{3,200}?)\s+от\s+\d", re.IGNORECASE)


def respelled_body(L: Lines, body: str | None, lo: int, hi: int) -> str | None:
    """A heading's body whose words lost the spaces between them in a copy
    (``ПРАВИТЕЛЬСТВОТЕСТОВСКОЙ ОБЛАСТИ``) is spelled as the page's own
    reference line spells it; only when the letters are the same, the
    spaces aside, and the line has more of them (a copy loses spaces, it
    never adds them), so no word is ever altered."""
    if not body:
        return body
    squashed = re.sub(r"\s+", "", body).casefold()
    for i in [k for k in range(lo, min(hi, lo + 40)) if L.raw[k].strip()][:6]:
        m = _REFERENCE.match(clean(L.raw[i]))
        if not m:
            continue
        named = nominative(m.group("gen"))
        if named and re.sub(r"\s+", "", named).casefold() == squashed and named.count(" ") > body.count(" "):
            return named
    return body


def respelled_title(L: Lines, title: str | None, lo: int, hi: int) -> str | None:
    """The same for a title: the copied heading's ``Тестовскойобласти`` is
    spelled as the line the page printed the title on, the letters alike (not a line whose
    extra spaces letter-space its kind word: ``П О Л О Ж Е Н И Е о …`` is read ``ПОЛОЖЕНИЕ о …``)."""
    if not title:
        return title
    squashed = re.sub(r"\s+", "", title).casefold()
    for i in [k for k in range(lo, min(hi, lo + 40)) if L.raw[k].strip()][:6]:
        s = clean(L.raw[i])
        if s.count(" ") > title.count(" ") and re.sub(r"\s+", "", s).casefold() == squashed \
                and despace(s) == s:
            return s
    return title
