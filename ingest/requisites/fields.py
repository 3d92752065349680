"""A parsed heading completed from the rest of the page and turned into
``ActFields``: the body and title cleaned as printed, the warnings named."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.records import ActFields, Publication

from .adopted_charter import charter_adoption
from .body import clean_body, expand_rf, respelled_body, respelled_title, restore_initial
from .card import read_card
from .card_keys import card_key
from .date_number import cyrillic_letters
from .head import Head
from .issuer import issuer_from_text, signer_body
from .level import level_for
from .lines import Lines, clean
from .title import restore_quotes, unquote, without_amended_as_of, without_later_editions
from .vocabulary import CONVOCATION_TAIL, TITLE_START


def complete(L: Lines, h: Head, lo: int, hi: int) -> Head:
    """What the heading left empty, from the rest of the page: the issuer
    the text names, then a register's card."""
    card = read_card(L, lo, hi)
    if card is None or card.body is None:
        # a charter's page: its adoption stamp names issuer, date, number (a register's card names them first)
        h = charter_adoption(L, h, lo, hi) or h
    if h.body is None and card is not None and card.body is not None:
        h = replace(h, body=card.body)  # a register's "Орган:" row names the issuer whole, the text may not
    h = replace(h, body=respelled_body(L, issuer_from_text(L, h, lo, hi), lo, hi),
                title=respelled_title(L, h.title, lo, hi))
    if card is None:
        return h
    # no heading (no kind line, date or number): a line of the site's chrome is
    # no title where the card names the act's
    chrome = h.anchor < 0 and h.number is None and h.date is None and card.title is not None \
        and h.title is not None and not TITLE_START.match(h.title) \
        or card_key(h.title) or card.title is not None and h.title in card.values
    return replace(h, kind=h.kind if h.kind is not None else card.kind,
                   number=h.number if h.number is not None else card.number,
                   date=h.date if h.date is not None else card.date,
                   title=h.title if h.title is not None and not chrome else card.title,
                   body=h.body if h.body is not None and not card_key(h.body) else card.body)


# "Минтруд России,Минобразования России": a comma glued to the next name of a joint
# act's issuers in a database's line; the body is whitespace-normalized (record.md)
_GLUED_COMMA = re.compile(r",(?=[А-ЯЁа-яё])")
# a sitting, session or convocation in parentheses after the name on a heading run into one
# line («… СОВЕТ ДЕПУТАТОВ (сорок первое (очередное) заседание второго созыва) РЕШЕНИЕ …»),
# whole or cut where the convocation's words were taken off: never the body's (record.md)
_SITTING_PAREN = re.compile(
    r"\s*\((?:[^()]|\([^()]*\))*?\b(?:созыв|сесси|заседани|пленарн)[а-яё]*\b(?:[^()]|\([^()]*\))*(?:\)|$)\s*$",
    re.IGNORECASE)

# a site's download link at a title's end, its file's format and size in brackets after it;
# its link for printing ("Версия для печати", "Распечатать"); the attached file's note alone,
# with no «Скачать» before it ("… Пермского края (doc, 65 kb)", "(120 Кб, pdf)"), heldout71
_FILE_FORMAT = r"(?:docx?|pdf|rtf|odt|ods|xlsx?|zip|rar|7z|txt|jpe?g|png|tiff?)"
_FILE_NOTE = (r"[(\[]\s*(?:" + _FILE_FORMAT + r"\s*[,;]?\s*)?\d+(?:[.,]\d+)?\s*(?:kb|mb|кб|мб|байт|bytes?)\.?"
              r"(?:\s*[,;]\s*" + _FILE_FORMAT + r")?\s*[)\]]")
_DOWNLOAD_END = re.compile(r"\s+(?i:скачать(?:\s*\([^()]{0,40}\))?|версия\s+для\s+печати|распечатать|"
                           + _FILE_NOTE + r")\s*$")

# a blank's corner marks typed around the title ("⌐ О … ¬", "┌ … ┐"): the form's, not the title's
_CORNERS = "⌐¬┌┐└┘⌜⌝⌞⌟「」 \t"


def to_fields(h: Head, text: str, pub: Publication | None, scan: bool = False) -> ActFields:
    """The act's fields; ``scan`` (recognised text) lets the body's scan
    repairs run (a lost first letter, a stamp's Latin debris): never on typed
    text, whose words stay as printed."""
    warnings = []
    if h.inferred_kind:
        warnings.append("kind_from_text")
    if h.annex_only:
        warnings.append("annex_only")
    if h.disputed:
        warnings.append("number_disputed")
    if h.body:
        # a convocation printed at the end of the name's last line is never the body's (record.md)
        named = _SITTING_PAREN.sub("", clean(h.body)) or clean(h.body)
        body = clean_body(CONVOCATION_TAIL.sub("", named) or named, scan)
        body = expand_rf(restore_initial(body) if scan else body, text)
        body = _GLUED_COMMA.sub(", ", body)
    else:
        body = None
    body = signer_body(body, h.kind, text)
    for name, value in (("kind", h.kind), ("number", h.number), ("date", h.date), ("body", body),
                        ("title", h.title)):
        if value is None:
            warnings.append("no_" + name)
    title = unquote(restore_quotes(clean(h.title.strip(_CORNERS)).rstrip(" |"))) if h.title else None
    if title and title.endswith(' "') and title.count('"') % 2:
        # "… от 3 марта 2016 года N 125 "": the cited act's title a database lost
        title = title[:-2].rstrip()
    if title:
        # a list counter or a stray sign before "О …" ("9 О Законе …", "©О внесении …")
        title = re.sub(r"^(?:\d{1,3}\s+|[©®*•·]\s*)(?=(?:О|Об|Обо)\s)", "", title)
        # a site's download link glued after the title ("… «Развитие культуры» Скачать (doc, 45 Кб)")
        title = _DOWNLOAD_END.sub("", title) or title
        title = without_amended_as_of(without_later_editions(title, h.date))
    return ActFields(
        kind=h.kind, number=cyrillic_letters(h.number) if h.number else None, date=h.date, body=body,
        level=level_for(body, h.raw_kind or h.kind),
        title=title, publication=pub, text=text, warnings=tuple(warnings))
