"""Lines a PDF wrapped that a word processor keeps whole (the same act
reads alike in every format).

ConsultantPlus and Garant open a print with the act's reference in one
paragraph (``Решение Совета депутатов … от 21.05.2024 N 6-55Р``, then
``(ред. от …)`` and the quoted title, over ``Документ предоставлен
КонсультантПлюс``; or ``Постановление … N 145-п "Об утверждении …" (с
изменениями от …)``); a PDF of the print, or of its cover page's narrow
column, breaks them where the column ends. ``join_wrapped_reference`` puts
the pieces together again: a piece goes on while its brackets are open, or
its quotes and its last line does not end in one; the reference itself,
until its number, over lines opening in lower case or up to the line that
holds the number (a line ending in ``N`` or ``от`` takes the number or date
on the next); a bracketed note or a quoted title after it is a piece of its
own. A blank line or a database line ends the block. Among the heading's
first lines, a name in guillemets wrapped inside its quotes is one line;
further down, a document's heading line (``Положение об … (утв.``) runs on
while its bracket is open.
"""
from __future__ import annotations

import re

from ingest.heading import OWN_EDITION, noise_mask
from ingest.status import is_note_line

from .quotes import CLOSE_QUOTES, quotes_left_open
from .vocabulary import kind_alternation

_REFERENCE = re.compile(r"^(?:Федеральный\s+)?(?:" + kind_alternation(str.capitalize)
                        + r")\s+[А-ЯЁа-яё]")
_KIND_ALONE = re.compile(r"^(?:" + kind_alternation(str.capitalize) + r")$")
_NUMBERED = re.compile(r"(?<!\w)(?:N|№)\s*\d")
_SIGN_LAST = re.compile(r"(?:(?<!\w)(?:N|№|от)|[-–—,])$")
_PIECE = re.compile(r"^[(«\"„“]")
_NAME_IN_GUILLEMETS = re.compile(r"«[^«»\"]+»(?:\s|$)")
_NUMBER_BROKEN = re.compile(r"(?<!\w)(?:N|№)\s*\d[\w/.-]*-$")
_NUMBER_TAIL = re.compile(r"[\w/.-]{1,8}(?:\s|$)")
_NAME_AHEAD, _KODEKS_AHEAD = 4, 6  # lines: how far a reference's number may come under a line of its name
_REFERENCE_ZONE = 60  # lines: a cover and the first page's running header
_NOTE_LINES = 4  # lines: how far a page may wrap a status note over the cover's reference


def range_broken(a: str, b: str) -> bool:
    """A range of numbers broken after its dash: ``… на 2024–`` / ``2026 годы``."""
    return a[-1:] in "–—-" and a[-2:-1].isdigit() and b[:1].isdigit()


def _open(s: str, last: str) -> bool:
    """Brackets left open, or quotes on a line that does not close one: a
    database merges the closing quotes of nested titles into one, so a title
    whose line ends in a quote is taken as closed whatever the count."""
    if s.count("(") > s.count(")"):
        return True
    return (quotes_left_open(s) or _straight_left_open(s)) and last.rstrip()[-1:] not in CLOSE_QUOTES


def _closes_below(s: str, last: str, below: str) -> bool:
    """A line ending in a quote the count leaves open (``… N 45 "Об утверждении
    программы "Развитие культуры"``) over a line that opens in lower case and
    closes a quote (``на 2021–2025 годы" (с изменениями …)``): the page wrapped
    the title right after the cited name's quote, and the title goes on."""
    return last.rstrip()[-1:] in CLOSE_QUOTES and below[:1].islower() \
        and any(q in below for q in CLOSE_QUOTES) and (quotes_left_open(s) or _straight_left_open(s))


_OPENING = re.compile(r'(?:^|(?<=[\s(«„“]))"(?=\w)')


def _straight_left_open(s: str) -> bool:
    """More straight quotes opening (before a word) than closing: a nested
    title (``"О внесении … "Об утверждении …``) whose closing quotes the
    database merged into one keeps an even count."""
    if '"' not in s:
        return False
    opening = len(_OPENING.findall(s))
    return opening > s.count('"') - opening


def join_wrapped_reference(raw: list[str]) -> list[str]:
    return _place_abbreviations(_quoted_names(_bracketed_headings(_reference_block(raw))))


# «СОВЕТ ДЕПУТАТОВ г.» / «СОСНОВСК»: a place's abbreviation after a word ends the line
_PLACE_ABBR_LAST = re.compile(r"[А-ЯЁа-яё»\")]\s+(?:г|гор|с|п|пос|пгт|р\.\s?п|рп|д|дер|ст|х|сл)\.$")
_PLACE_NAME_FIRST = re.compile(r"[А-ЯЁ][А-ЯЁа-яё-]+(?:\s|$)")


def _place_abbreviations(raw: list[str]) -> list[str]:
    """A heading line that a narrow cell (a «угловой» blank's left one) broke
    after a place's abbreviation (``СОВЕТ ДЕПУТАТОВ г.`` / ``СОСНОВСК``), among
    the heading's first lines: one line, as a wider page prints it. The
    abbreviation must follow a word (a date's ``2024 г.`` is the year's), and
    the next line must open with a capitalised name and be short."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        line = raw[k]
        k += 1
        if len(out) < 15 and k < len(raw) and len(line) < 120 and _PLACE_ABBR_LAST.search(line.rstrip()) \
                and len(raw[k].strip()) < 60 and _PLACE_NAME_FIRST.match(raw[k].strip()):
            line = f"{line.rstrip()} {raw[k].strip()}"
            k += 1
        out.append(line)
    return out


def _quoted_names(raw: list[str]) -> list[str]:
    """A name in guillemets that a PDF wrapped inside its quotes, among the
    heading's first lines (``Городской округ «Закрытое административно-
    территориальное`` / ``образование … края»``): one line, as printed."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        line = raw[k]
        k += 1
        if len(out) < 15:
            while (k < len(raw) and line.count("«") > line.count("»") and raw[k][:1].islower()
                   and len(line) < 300):
                line = f"{line.rstrip()} {raw[k].strip()}"
                k += 1
        out.append(line)
    return out


def _bracketed_headings(raw: list[str]) -> list[str]:
    """A document's heading line in the print whose bracket runs on to the
    next lines (``Положение об … (утв.`` / ``постановлением … N 841) (с
    изменениями от …`` / ``2008 г.)``): one line, up to where it closes."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        line = raw[k]
        k += 1
        if len(out) < 150 and _REFERENCE.match(line.strip()) and line.count("(") > line.count(")"):
            while k < len(raw) and raw[k].strip() and line.count("(") > line.count(")") and len(line) < 600:
                line = f"{line.rstrip()} {raw[k].strip()}"
                k += 1
        out.append(line)
    return out


def _name_goes_on(cur: str, s: str, ahead: list[str]) -> bool:
    """The reference's name wrapped at a word a capital opens (``… поселения`` /
    ``Заречного района`` / ``Тестовской области от 12 марта``, a name in
    guillemets too: ``«Город Сосновск» от 25 июня``): no number yet, the line is
    no heading's line in capitals, no other quote or bracket opens it, and the
    number comes on it or on the next lines."""
    if _NUMBERED.search(cur) or s.isupper() or _PIECE.match(s) and not _NAME_IN_GUILLEMETS.match(s) \
            or _REFERENCE.match(s):
        return False
    # (the number itself broken off after its sign: "… 2013 года N" / "38-рс")
    return bool(_NUMBERED.search(" ".join(x.strip() for x in (s, *ahead) if x.strip())))


def _reference_starts(raw: list[str]) -> list[int]:
    """Where a reference may open: the text's first line, or a line under the
    database's own lines (``Документ предоставлен КонсультантПлюс``, ``Дата
    сохранения: …``: a print's banner over its cover, a page's running header
    under the cover) or its status note (``Документ утратил силу или отменен``)
    among the first lines; or under a reference's last line,
    its title's quote closed (a running header's reference, then the page's own);
    or under Kodeks' page heading closed by its own edition."""
    starts, prev = [], None
    for i, line in enumerate(raw[:_REFERENCE_ZONE]):
        s = line.strip()
        if not s:
            continue
        # (under Kodeks' page heading the kind may stand alone on its line: "Распоряжение" /
        # "Администрации сельского поселения …" / "… от" / "27 мая 2021 года N 27")
        kodeks = prev is not None and s[:1].isupper() and _under_own_edition(raw, prev)
        if s[:1].isupper() and (_REFERENCE.match(s) or kodeks and _KIND_ALONE.match(s)) and (
                prev is None or starts and raw[prev].rstrip()[-1:] in CLOSE_QUOTES and _NUMBERED.search(
                    " ".join(raw[starts[-1]:i])) or kodeks or noise_mask([raw[prev]])[0]
                or _under_note(raw, prev)):
            starts.append(i)
        prev = i
    return starts


def _under_note(raw: list[str], prev: int) -> bool:
    """Line ``prev`` is a database's status note (``Документ утратил силу или
    отменен``), or the line a page wrapped it onto (``Утратил силу - Решение …
    муниципального`` / ``района … от`` / ``15.08.2017 N 276``): the cover's
    reference comes under it."""
    for j in range(prev, max(-1, prev - _NOTE_LINES), -1):
        if is_note_line(raw[j]):
            return True
        first = raw[j].lstrip()[:1]
        if not (first.islower() or first.isdigit() or first == "«"):
            return False  # (a wrapped note's lines open in lower case, or with its date)
    return False


def _under_own_edition(raw: list[str], prev: int) -> bool:
    """Line ``prev`` closes Kodeks' page heading, the title with the print's own
    edition (``… (с изменениями на 9 сентября 2017 года)``, broken over lines by a
    narrow column): the act's one-line reference comes under it."""
    if not raw[prev].rstrip().endswith(")"):
        return False
    return bool(OWN_EDITION.search(" ".join(x.strip() for x in raw[max(0, prev - 3):prev + 1])))


def _reference_block(raw: list[str]) -> list[str]:
    for first in reversed(_reference_starts(raw)):
        raw = _one_reference(raw, first)
    return raw


def _one_reference(raw: list[str], first: int) -> list[str]:
    end = first
    while end < min(len(raw), first + 40) and raw[end].strip():
        end += 1
    if end - first < 2:
        return raw
    noise = noise_mask(raw[first:end])
    pieces = [raw[first].strip()]
    # a kind alone on its line (Kodeks' reference in a narrow column) has its whole name to come
    ahead = _KODEKS_AHEAD if _KIND_ALONE.match(pieces[0]) else _NAME_AHEAD
    k = first + 1
    # a database's own line ends the block; its edition note in brackets is a piece
    while k < end and not (noise[k - first] and not raw[k].lstrip().startswith("(")):
        s, cur = raw[k].strip(), pieces[-1]
        goes_on = (_open(cur, raw[k - 1]) or _closes_below(cur, raw[k - 1], s)
                   or (len(pieces) == 1 and not _NUMBERED.search(cur)
                       and (s[:1].islower() or bool(_NUMBERED.search(s) and not _REFERENCE.match(s))))
                   or (_SIGN_LAST.search(cur) and s[:1].isdigit())
                   or (len(pieces) == 1 and _name_goes_on(cur, s, raw[k + 1:min(end, k + ahead)])))
        if _NUMBER_BROKEN.search(cur) and _NUMBER_TAIL.match(s):
            pieces[-1] = cur + s  # the number broken at its hyphen ("N 71-" / "рс")
        elif goes_on and not (len(pieces) > 1 and not _open(cur, raw[k - 1]) and _PIECE.match(s)):
            pieces[-1] = cur + s if range_broken(cur, s) else f"{cur} {s}"
        elif _PIECE.match(s):
            pieces.append(s)
        else:
            break
        k += 1
    if len(pieces) == k - first:
        return raw  # every line a piece of its own: nothing was wrapped
    return raw[:first] + pieces + raw[k:]
