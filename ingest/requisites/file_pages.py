"""How a municipal administration's delivered file shows on the page that
offers it (heldout56, issue 12): what the page or the converter did to the
file's heading, read back.

- a converter's narrow text box breaks the heading's lines after a lone
  preposition or «от» (``С`` / ``ПОДВЕДОМСТВЕННОЙ ТЕРРИТОРИЕЙ``, ``от`` /
  ``6 июня 2007 г. № 304``, ``О`` / ``СОСТАВЕ КОМИССИИ``): the lone word belongs
  to the line under it (``join_lone_words``);
- a blank's date row keeps its day between guillemets (``от «04» сентября``,
  ``от « 04» сентября``): those guillemets open no title (``title_quote``);
- a site's listing line gives the kind word, the number and the title
  unquoted, no date (``Постановление №312 О проведении …``)
  (``unquoted_listing``);
- a municipal platform's listing line names the issuer in the genitive and
  gives the date without «от» (``Постановление администрации города …
  14.11.2017 № 1703 «О …»``) (``undated_genitive``);
- a file catalogue's sidebar prints its categories with their counts in
  brackets, each with its description under it (``Документы [666]`` /
  ``другие документы``): that description is a menu item, not the list of
  other acts a page prints under the act (``menu_description``);
- a site's card for the file (its line, ``Наименование:``, ``Дата:``,
  ``Скачать: ms-word``) stands over the file's own text, which opens with the
  issuer's block: when the card's line names no issuer, the block under the
  card does (``issuer_under_card``);
- a sharing page runs a draft's blank into one paragraph after its own words
  (``… Администрация … Проект постановления Об утверждении … В соответствии
  с …``): laid out again in lines (``relay_draft``).
"""
from __future__ import annotations

import re

from .date_number import find_number, is_date_or_number_line
from .kind_line import kind_line
from .names import NAME_HEADS, gen_body_head, head_lemma, starts_name
from .vocabulary import TITLE_START


# --- lines broken after a lone preposition --------------------------------------------------

# a preposition or «от» alone on a line (one-letter prepositions in either case)
_LONE_WORD = re.compile(r"^\s*(?:[ОСВКУовсук]|Об|ОБ|об|от|От|ОТ)\s*$")


def join_lone_words(raw: list[str], first: int = 150) -> list[str]:
    """``raw`` with each of its first lines holding a lone preposition or «от»
    joined to the line under it when that line goes on with a word or a digit
    (a blank line under the lone word keeps it apart: no phrase broken there)."""
    if not any(_LONE_WORD.match(ln) for ln in raw[:first]):
        return raw
    out: list[str] = []
    i, n = 0, len(raw)
    while i < n:
        ln = raw[i]
        if i < first and i + 1 < n and _LONE_WORD.match(ln) and raw[i + 1][:1].isalnum():
            out.append(f"{ln.strip()} {raw[i + 1]}")
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


# --- a quoted day is no title's quote -------------------------------------------------------

# the day of a blank's date row between guillemets or quotes, a space typed inside or not
_QUOTED_DAY = re.compile(r"[«\"„“]\s?\d{1,2}\s?[»\"“”]")
_QUOTE = re.compile(r"[«\"„“]")


def title_quote(s: str) -> re.Match | None:
    """The first quote of ``s`` that does not wrap the day of a date."""
    pos = 0
    while (q := _QUOTE.search(s, pos)) is not None:
        day = _QUOTED_DAY.match(s, q.start())
        if day is None:
            return q
        pos = day.end()
    return None


# --- listing lines ----------------------------------------------------------------------------

def unquoted_listing(s: str, n: tuple) -> bool:
    """A site's listing line opening with the kind word and the number, the
    title right after the number unquoted (``Постановление №312 О проведении
    …``): the title starts with О/Об/Обо in a capital, on a listing's line (no
    longer than 300 characters: a paragraph of text is not one)."""
    tail = s[n[2]:].strip()
    return bool(tail) and tail[:1].isupper() and bool(TITLE_START.match(tail)) and len(s) <= 300


def undated_genitive(prefix: str) -> str | None:
    """What a listing line prints between its kind word and its date when the
    date has no «от» (``администрации города Арзамаса``): the issuer in the
    genitive, or None when it is anything else (a number, a word of a title)."""
    gen = prefix.strip(" ,")
    if not gen or re.search(r"\d", gen) or not gen_body_head(gen):
        return None
    return gen


# --- a catalogue's menu ---------------------------------------------------------------------

_COUNTED_CATEGORY = re.compile(r"\S\s*\[\d{1,6}\]\s*$")


def menu_description(raw: list[str], i: int) -> bool:
    """Line ``i`` is the description printed under a catalogue's category and
    its count (``Документы [666]`` / ``другие документы``)."""
    k = i - 1
    while k >= 0 and not raw[k].strip():
        k -= 1
    return k >= 0 and bool(_COUNTED_CATEGORY.search(raw[k]))


# --- the issuer under a site's card ---------------------------------------------------------

# a card's key and its value on one line ("Дата:26.09.2017", "Скачать: ms-word" - a
# Latin «C» typed for the Cyrillic one too), or a download link's words
_CARD_KEY = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]{2,15}\s*:")
_DOWNLOAD = re.compile(r"(?i)\b[сc]качать\b|\bms-word\b|\((?:doc|docx|pdf|rtf)\b")


def _card_line(s: str) -> bool:
    return bool(_CARD_KEY.match(s) or _DOWNLOAD.search(s))


def issuer_under_card(raw: list[str], k: int, limit: int, clean) -> tuple[int, int] | None:
    """The lines of the issuer's block that opens the file under a site's card
    whose line ``k`` gave the kind, the date and the number: the card's keys
    and download link right under line ``k``, then a line opening a body's
    name (``АДМИНИСТРАЦИЯ …``). Returns the block's first line and the line
    after its last (the file's kind line, its date row, its title, a text
    line, or the page's end), or None."""
    j = k + 1
    # the line laid out again under its kind word first (its date and number, its title):
    # the card comes after them
    while j < limit and j - k <= 6 and not _card_line(s := clean(raw[j])):
        if len(s) > 250 or s.endswith((".", ";", ":")) or starts_name(s.split()[0] if s else "") \
                and head_lemma(s) in NAME_HEADS:
            return None
        j += 1
    seen_card = False
    while j < limit and j - k <= 14:
        s = clean(raw[j])
        if not s:
            j += 1
            continue
        if _card_line(s):
            seen_card = True
            j += 1
            continue
        break
    if not seen_card or j >= limit:
        return None
    first = clean(raw[j])
    if not (starts_name(first.split()[0]) and head_lemma(first) in NAME_HEADS):
        return None
    top, end = j, j + 1
    # the block is typed in capitals, or in small letters as a name is ("Администрация
    # муниципального образования" / "Сосновское сельское поселение" / …): a line in the other
    # case (the title under capitals, the kind word under small letters) ends it
    capitals = first.isupper()
    while end < limit and end - top <= 10:
        s = clean(raw[end])
        if s and (kind_line(s) or is_date_or_number_line(s) or find_number(s)
                  or TITLE_START.match(s + " ") or s.endswith((".", ";", ":")) or len(s) > 120
                  or s.isupper() != capitals or _card_line(s)):
            break
        end += 1
    return top, end


# --- a draft's blank flattened on a sharing page ----------------------------------------------

# "… Администрация … Проект постановления Об утверждении …": the draft's mark and its kind
# word in the genitive right before an unquoted title
_DRAFT_RUN = re.compile(r"(?<=\S)\s+(Проект\s+(?:постановления|распоряжения|решения|приказа))\s+(?=(?:О|Об|Обо)\s+[а-яё])")
# where the title ends and the text begins: the preamble's first words or the first clause
_TEXT_OPENS = re.compile(r"\s(?=(?:В\s+(?:целях|соответстви[ие]|связи)|С\s+целью|Руководствуясь|На\s+основании|"
                         r"Во\s+исполнение|Рассмотрев|1\.\s))")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[А-ЯЁ])")


def relay_draft(text: str) -> str | None:
    """A draft's blank run into one paragraph on a sharing page (``… на нашем
    форуме. Администрация … Проект постановления Об утверждении … В соответствии
    с …``) laid out again in lines: the issuer (from the last sentence's end to
    the draft's mark, a body's name), the mark and the kind word, the title, the
    text. None when the paragraph is not so."""
    head = text[:4000]
    for m in _DRAFT_RUN.finditer(head):
        before = head[:m.start()]
        cut = [s.end() for s in _SENTENCE_END.finditer(before)]
        start = max(cut[-1] if cut else 0, before.rfind("\n") + 1)
        issuer = before[start:].strip(" |")
        words = issuer.split()
        if not (2 <= len(words) <= 16) or not starts_name(words[0]) or head_lemma(issuer) not in NAME_HEADS:
            continue
        rest = head[m.end():]
        t = _TEXT_OPENS.search(rest)
        if t is None or t.start() > 400:
            continue
        title, body_text = rest[:t.start()].strip(), rest[t.start():].strip()
        return "\n".join([before[:start].rstrip(), "", issuer, "", m.group(1), "",
                          title, "", body_text]) + text[4000:]
    return None
