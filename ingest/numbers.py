"""Act numbers: how one is printed, and the one key every match uses.

The catalog (duplicate check, links between acts), the pipeline (same act
delivered twice) and the index (search by number) must agree on when two
printed numbers are the same number: ``№ 145 - П``, ``145‐п`` (U+2010, as
Word autocorrects) and ``145-п`` are one act; so are ``12-рё`` and ``12-ре``.
Two normalisers once disagreed on exactly those characters, so an act found
by the catalog was missed by the index; this module is now the only one.
"""
from __future__ import annotations

import re

# Every dash a print uses between the parts of a number: hyphen, U+2010..U+2015
# (hyphen, non-breaking hyphen, figure dash, en, em, horizontal bar), minus.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SIGN = re.compile(r"^(?:№|No|Nо|N|n(?=\s*\d))\.?\s*")
_JOINER = re.compile(r"\s*([" + _DASHES + r"/])\s*")


def normalize_number(s: str | None) -> str:
    """The number as printed, without the sign and stray spaces: ``№ 145 - п`` -> ``145-п``.

    Case and letters are kept: this is what a card and a list show.
    """
    if not s:
        return ""
    t = _SIGN.sub("", s.strip())
    t = _JOINER.sub(lambda m: "/" if m.group(1) == "/" else "-", t)
    t = re.sub(r"\s+", " ", t)
    kept = re.fullmatch(r"[\s.,;:«»\"(]*(?P<n>\S.*?\(\d{1,5}\))[\s.,;:«»\"]*", t)
    if kept and not kept.group("n").startswith("("):
        return kept.group("n")  # "317(357)": a council's running number in brackets
    return t.strip(" .,;:)(«»\"")


def number_key(s: str | None) -> str:
    """The key two numbers are matched by: case, ё/е, dashes and spaces do not count."""
    return normalize_number(s).casefold().replace("ё", "е").replace(" ", "")


def typed_keys(s: str | None) -> list[str]:
    """``number_key`` of a number a reader typed, and the keys of the same number
    printed the other common way: a letter suffix with or without its hyphen
    (``12р`` / ``12 р`` for ``12-р``, ``12-р`` for an act printed ``№12р``) and
    two digit groups with a slash or a hyphen (``15-2`` for ``15/2``: a slash
    cannot stand in a file name, so a clerk's ``решение 15-2.docx`` is what the
    reader copies). The search's number filter found nothing for either, and a
    number in the words ranked the act among every act of the same digits."""
    key = number_key(s)
    if not key:
        return []
    other = None
    if m := re.fullmatch(r"(\d+)-?([^\W\d_][^\W_]*)", key):
        other = m.group(1) + ("" if "-" in key else "-") + m.group(2)
    elif m := re.fullmatch(r"(\d+)([-/])(\d+)", key):
        other = m.group(1) + ("/" if m.group(2) == "-" else "-") + m.group(3)
    return [key] + ([other] if other and other != key else [])


def cite_key(s: str | None) -> str:
    """The key a cited number is matched to an act of the fund by: ``number_key``
    without a hyphen between the digits and a letter suffix. Acts cite one
    another's numbers as typed (``№145п``, ``№ 145-П`` for ``145-п``); a
    hyphen between digits (``12-3`` beside ``123``) still counts. Only for
    links, whose kind, date and body narrow the match; ``match_key`` (the
    same act in two files) keeps ``number_key``."""
    return re.sub(r"(?<=\d)-(?=[^\W\d_])", "", number_key(s))


def number_base(s: str | None) -> str:
    """The leading digits without leading zeros (``0145-п`` -> ``145``); ``""`` when none.

    A reader asking for «№ 145» means 145-п as well; the index keeps this
    beside the full key for that looser match.
    """
    m = re.match(r"0*(\d+)", normalize_number(s))
    return (m.group(1) or "0") if m else ""
