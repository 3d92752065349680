"""A republic's bilingual blank: the issuer's name printed in Russian and in
the republic's state language side by side (Tatarstan, Bashkortostan,
Chuvashia, Yakutia, Mari El, Komi, Buryatia, Tuva, …), the kind word in both
(``ПОСТАНОВЛЕНИЕ | КАРАР``), sometimes the date in both. A reader gives the
cells one after the other; the lines in the other language are no part of
the body, the kind word or the title, and are dropped from the heading.

Only a heading that shows it is bilingual is touched: a line holding a letter
of the republics' Cyrillic alphabets that Russian lacks (``ҖИРЛЕГЕ``,
``РЕСПУБЛИКАҺЫ``, ``ЙЫШӐНУ``) or one of their kind words standing apart
(``КАРАР``, ``БОЕРЫК``, ``УУРААХ``). Its block is then the lines with such a
letter or with half their words foreign (no Russian dictionary knows them and
they have no Russian ending: ``ТЕСТ РЕСПУБЛИКАСЫ``, ``РАЙОНЫ БАШКАРМА``); it
runs on over the lines next to it holding a foreign word or only nouns in the
nominative plural (``КОМИТЕТЫ``), and takes the lines between two of its lines;
a Russian line (``АДМИНИСТРАЦИЯ``, ``СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ``) ends it.
The date as the other language writes it (``2024 елның 12 марты № 145``, a
column holding the whole heading in each language, or a row's cell beside the
Russian date) goes too, where the number it holds is printed on another line
of the heading.
"""
from __future__ import annotations

import re

from ingest.morph import is_known, parses

from .date_number import find_number
from .vocabulary import BODY_WORDS, kind_alternation

# letters of the republics' Cyrillic alphabets that Russian lacks (Chuvash
# typed with Latin Ă Ĕ Ç Ÿ, Komi with Latin Ö too)
_OTHER_LETTERS = re.compile(r"[ӘәӨөҮүҖҗҢңҺһҠҡҒғҘҙҪҫӐӑӖӗӲӳІіҚқҰұӦӧӀӏ]|(?<=[А-ЯЁа-яё])[ĂăĔĕÇçŸÿÖö]|[ĂĔÇŸÖ](?=[А-ЯЁ])")
# kind words of the republics' languages (Tatar and Bashkir, Chuvash, Yakut,
# Mari, Komi, Tuvan, Buryat, Kabardian, Karachay-Balkar)
_OTHER_KINDS = re.compile(
    r"(?<![\w-])(?:КАРАР|ҠАРАР|БОЕРЫК|БОЙОРОҠ|БОЙОРОК|ЙЫШ[ӐĂ]НУ|ХУШУ|УУРААХ|ДЬАҺАЛ|ПУНЧАЛ|ШУ[ӦÖ]М"
    r"|ТШ[ӦÖ]КТ[ӦÖ]М|ДОКТААЛ|ТОГТООЛ|ЗАХИРАМЖА|УНАФЭ|БЕГИМ)(?![\w-])")
# the postposition for «о» closing a title in a republic's language (Tatar, Bashkir, Yakut, Tuvan,
# Buryat, Chuvash, Mari, Komi, Udmurt, Adyghe): such a line is the act's title, not the issuer's name
ABOUT = re.compile(r"(?:турында|хакында|тураһында|хаҡында|туһунан|дугайында|тухай|[çҫ]инчен|нерген|йылысь|сярысь"
                   r"|ехьыл[IӀӏ]агъ)[.»\"]?$", re.IGNORECASE)
_RUSSIAN_KIND = re.compile(r"(?<![А-ЯЁа-яё])(?:" + kind_alternation(str.upper) + r")(?![А-ЯЁа-яё])")
_RUSSIAN_ENDING = re.compile(r"(?:ого|его|ому|ему|ой|ей|ий|ый|ая|яя|ое|ее|ие|ые|их|ых|ия|ии|ию|ов|ев|ами|ями)$")
_HEAD_LINES = 40
_PLACE_LINES = 100


def drop_other_language(raw: list[str]) -> list[str]:
    """``raw`` with the other language's lines and kind words taken out of the
    heading (the first lines), or ``raw`` itself where the heading is Russian only."""
    head = raw[:_HEAD_LINES]
    if not any(_OTHER_LETTERS.search(ln) or _OTHER_KINDS.search(ln) for ln in head):
        return raw
    # the place row under the date (a site's page leaves many empty lines over it)
    raw = [_russian_place_cell(ln) for ln in raw[:_PLACE_LINES]] + raw[_PLACE_LINES:]
    head = raw[:_HEAD_LINES]
    # a row read across its cells line by line ("АДМИНИСТРАЦИЯ<tab>РАЙОНСА СОВЕТ"):
    # each cell judged by itself
    whole = head
    head = _without_other_column(head)
    head = ["\t".join(c for c in ln.split("\t") if not (_other_cell(c) or _other_date(c, whole))) if "\t" in ln
            else ln for ln in head]
    other = [_seed(ln) and not _after_republic(head, i) for i, ln in enumerate(head)]
    _spread(head, other)
    for i, ln in enumerate(head):
        other[i] = other[i] or _other_date(ln, head)
    for i in _titled(head):
        other[i] = False  # the act's title in the republic's language: a page holding no Russian one
    out = []
    for ln, drop in zip(head, other):
        if drop:
            continue
        kept = _without_other_kinds(ln)
        if kept is not None:
            out.append(kept)
    return out + raw[_HEAD_LINES:]


def _without_other_column(head: list[str]) -> list[str]:
    """A blank laid out as a two-column table, one language a column, read across its rows
    (``ТЕСТ РЕСПУБЛИКАСЫ<tab>ТЕСТОВСКАЯ РЕСПУБЛИКА`` / ``ЗАРЕЧНЫЙ РАЙОНЫ<tab>СОВЕТ ЗАРЕЧНОГО`` /
    ``СОВЕТЫ<tab>РАЙОНА`` / ``КАРАР<tab>РЕШЕНИЕ``): the column that holds the other language in
    some row and the other column in none is the other language's in every row (its words spelt
    with Russian letters, ``СОВЕТЫ``, are told by the column, not by themselves)."""
    rows = [i for i, ln in enumerate(head) if ln.count("\t") == 1 and all(c.strip() for c in ln.split("\t"))
            and not re.search(r"\d", ln)]
    if len(rows) < 2:
        return head

    def other(c: str) -> bool:
        return _other_cell(c) or bool(_OTHER_LETTERS.search(c))
    marked = [[other(c) for c in head[i].split("\t")] for i in rows]
    for col in (0, 1):
        if any(m[col] for m in marked) and not any(m[1 - col] for m in marked):
            head = list(head)
            for i in rows:
                head[i] = head[i].split("\t")[1 - col]
            return head
    return head


def _seed(ln: str) -> bool:
    """A line of the other language: one of its letters, or half its words
    foreign; never the kind words' line (only the other one's word goes)."""
    if not _short(ln) or _OTHER_KINDS.search(ln) or _RUSSIAN_KIND.search(ln) or _russian_run_on(ln):
        return False
    if _RUSSIAN_PLACE.match(ln.strip()) and not _OTHER_LETTERS.search(ln):
        return False  # "г. Тестовск": a town no dictionary knows, after the Russian abbreviation
    return bool(_OTHER_LETTERS.search(ln)) or _mostly_foreign(ln)


def titled_run(lines: list[str], i: int) -> int | None:
    """The end (exclusive) of a title in the republic's language from ``lines[i]``:
    the lines running on with no empty one between, up to the one closing on the
    postposition for «о» (``… нормативлары`` / ``турында``), sixteen at most (a long
    title in a narrow column)."""
    for k in range(i, min(len(lines), i + 16)):
        ln = lines[k].strip()
        if not ln or re.search(r"[.;:]$", ln) and not ABOUT.search(ln):
            return None
        if ABOUT.search(ln):
            return k + 1
    return None


def _titled(head: list[str]) -> set[int]:
    """Lines of the heading that make a title in the republic's language."""
    out: set[int] = set()
    i = 0
    while i < len(head):
        end = titled_run(head, i) if head[i].strip() and (i == 0 or not head[i - 1].strip()) else None
        if end is not None:
            out.update(range(i, end))
            i = end
        else:
            i += 1
    return out


def _russian_place_cell(ln: str) -> str:
    """The place row of the blank with its cells set apart by spaces, not a tab
    (``Тест ауылы            с. Тестово``): the village in the other language
    goes, the Russian place (after its abbreviation) stays."""
    cells = [c.strip() for c in re.split(r"\s{4,}", ln.strip()) if c.strip()]
    if len(cells) < 2 or "\t" in ln:
        return ln
    russian = [c for c in cells if _RUSSIAN_PLACE.match(c) and not _OTHER_LETTERS.search(c)]
    if len(russian) == 1 and all(c in russian or _seed(c) for c in cells):
        return russian[0]
    return ln


# the place line of the Russian half: a Russian abbreviation of a town's or village's kind
_RUSSIAN_PLACE = re.compile(r"(?:г|гор|с|п|пос|пгт|рп|д|ст)\.\s*[А-ЯЁ]")


def _other_date(ln: str, head: list[str]) -> bool:
    """The date in the other language (``2024 елның 12 марты № 145``, a line or
    a row's cell): digits and a letter Russian lacks, its number (if any)
    printed on another line of the heading too, so nothing is lost with it."""
    if len(ln.strip()) > 80 or not re.search(r"\d", ln) or not _OTHER_LETTERS.search(ln) \
            or _RUSSIAN_KIND.search(ln):
        return False
    n = find_number(ln)
    return n is None or any(ln not in x and (find_number(x) or ("",))[0] == n[0] for x in head)


def _russian_run_on(ln: str) -> bool:
    """A Russian line going on from the one above, its first word in lower case
    and known (``деревни Пожегдин``: a title wrapped before a village's name no
    dictionary knows); the other language's lines of a heading open with a capital."""
    first = ln.split()[0] if ln.split() else ""
    return first[:1].islower() and first.isalpha() and is_known(first)


def _other_cell(cell: str) -> bool:
    """A cell of a row in the other language (its kind word among them)."""
    c = cell.strip()
    return bool(c) and (_OTHER_KINDS.fullmatch(c) is not None or _seed(c))


def _short(ln: str) -> bool:
    """A heading line: short, no digits (a date in either language stays)."""
    return 0 < len(ln.strip()) <= 80 and not re.search(r"\d", ln)


# the Russian noun a republic's own name follows (``РЕСПУБЛИКИ ТЕСТОСТАН``): that name is
# no word of any dictionary, yet a Russian line's; the other language puts it first
# (``ТЕСТОСТАН РЕСПУБЛИКАСЫ``)
_RUSSIAN_REPUBLIC = re.compile(r"(?i)(?<![А-ЯЁа-яё])республик(?:а|и|е|у|ой)(?![А-ЯЁа-яё])")
_NAME_AFTER_REPUBLIC = re.compile(_RUSSIAN_REPUBLIC.pattern + r"\s+[А-ЯЁа-яё-]+")


def _russian_words(ln: str) -> str:
    """``ln`` without the republic's name after the Russian noun (it is no foreign word there)."""
    return _NAME_AFTER_REPUBLIC.sub(lambda m: m.group(0).split()[0], ln)


def _after_republic(head: list[str], i: int) -> bool:
    """Line ``i`` goes on from a Russian line ending on «республики» (``МИНИСТЕРСТВО
    КУЛЬТУРЫ РЕСПУБЛИКИ`` / ``ТЕСТОСТАН``): the republic's name, Russian."""
    above = next((head[j] for j in range(i - 1, max(-1, i - 3), -1) if head[j].strip()), "")
    last = above.split()[-1] if above.split() else ""
    return bool(_RUSSIAN_REPUBLIC.fullmatch(last)) and not _OTHER_LETTERS.search(above) \
        and len(head[i].split()) <= 2


def _foreign(w: str) -> bool:
    """A word no Russian dictionary knows, with no Russian ending (``РЕСПУБЛИКАСЫ``)."""
    w = w.lower()
    return not is_known(w) and not _RUSSIAN_ENDING.search(w)


def _foreign_word(ln: str) -> bool:
    """Whether the line holds a foreign word, or only nouns in the nominative
    plural (``КОМИТЕТЫ``, ``РАЙОНЫ``: the other language's words that Russian
    spells alike; a Russian heading's line names one body, not several)."""
    words = re.findall(r"[А-ЯЁа-яё]{3,}", _russian_words(ln))
    return any(map(_foreign, words)) or bool(words) and all(
        any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur" for p in parses(w.lower())[:1])
        for w in words) or _possessive_pair(words)


def _possessive_pair(words: list[str]) -> bool:
    """``РАЙОН СОВЕТЫ``, ``ПОСЕЛОК КОМИТЕТЫ``: the republic's language names a body by a
    noun and the body noun with its possessive ending, both spelt with Russian letters;
    Russian reads a nominative noun before a nominative plural, which no Russian
    heading's line prints (its body noun is singular, the words after it genitive)."""
    if not 2 <= len(words) <= 3:
        return False
    nominative = [{p.tag.number for p in parses(w.lower())[:3] if p.tag.POS == "NOUN" and p.tag.case == "nomn"}
                  for w in words]
    body = any(p.normal_form in _POSSESSED_BODIES for p in parses(words[-1].lower())[:3])
    return body and "plur" in nominative[-1] and all("sing" in n for n in nominative[:-1])


# the body nouns the republics' languages borrow and give the possessive ending
# (``СОВЕТЫ``, ``КОМИТЕТЫ``): spelt as a Russian plural; a Russian line's plural after a
# noun is a genitive complement (``МИНИСТЕРСТВО КУЛЬТУРЫ``), never one of these
_POSSESSED_BODIES = frozenset({"совет", "комитет"})


def _fragment(ln: str) -> bool:
    """A lone word a narrow cell wrapped off the other language's line
    (``ТЕСТ`` / ``РЕСПУБЛИКАҺЫ``), naming no body (``АДМИНИСТРАЦИЯ`` stays)."""
    words = ln.split()
    return len(words) == 1 and not BODY_WORDS.search(ln) and not _RUSSIAN_KIND.search(ln)


def _opens_russian(ln: str, head: list[str], i: int) -> bool:
    """A lone Russian adjective over the Russian noun it agrees with
    (``ИСПОЛНИТЕЛЬНЫЙ`` / ``КОМИТЕТ``: a narrow cell wraps every word): the
    first word of the Russian name, not a word wrapped off the other line."""
    below = next((x for x in head[i + 1:i + 3] if x.strip()), "").split()
    if not below or _foreign(below[0]) or _OTHER_LETTERS.search(below[0]):
        return False
    adj = [p.tag for p in parses(ln.strip().lower())[:2] if p.tag.POS == "ADJF"]
    noun = [p.tag for p in parses(below[0].lower())[:2] if p.tag.POS == "NOUN"]
    return any(a.case == n.case and a.number == n.number and (a.gender == n.gender or a.number == "plur")
               for a in adj for n in noun)


def _mostly_foreign(ln: str) -> bool:
    """Half the line's words or more foreign (``ТЕСТ РЕСПУБЛИКАСЫ``, ``РАЙОНЫ БАШКАРМА``)."""
    words = re.findall(r"[А-ЯЁа-яё]{3,}", _russian_words(ln))
    return bool(words) and 2 * sum(map(_foreign, words)) >= len(words)


def _spread(head: list[str], other: list[bool]) -> None:
    """The other language's block: from its marked lines over the neighbouring
    lines of the same run (no blank line between) that hold a foreign word, and
    every line between two of its lines in one run."""
    changed = True
    while changed:
        changed = False
        for i, ln in enumerate(head):
            if other[i] or not _short(ln) or _OTHER_KINDS.search(ln) or _russian_run_on(ln) \
                    or _after_republic(head, i):
                continue
            near = any(0 <= j < len(head) and other[j] and head[j].strip() for j in (i - 1, i + 1))
            if near and (_foreign_word(ln) or _fragment(ln) and not _opens_russian(ln, head, i)):
                other[i] = changed = True
    for i in range(len(head)):
        if other[i] or not _short(head[i]) or _OTHER_KINDS.search(head[i]):
            continue  # the kind words' line keeps its Russian one (_without_other_kinds)
        up = next((j for j in range(i - 1, -1, -1) if not _short(head[j]) or other[j]), None)
        down = next((j for j in range(i + 1, len(head)) if not _short(head[j]) or other[j]), None)
        if up is not None and down is not None and other[up] and other[down]:
            other[i] = True


def _without_other_kinds(ln: str) -> str | None:
    """The line without the other language's kind word (None where it held nothing else)."""
    if not _OTHER_KINDS.search(ln):
        return ln
    kept = _OTHER_KINDS.sub("", ln)
    kept = re.sub(r"^[\s|]+|[\s|]+$", "", kept)
    return ln[:len(ln) - len(ln.lstrip())] + kept if kept else None
