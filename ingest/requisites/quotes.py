"""Quotes of printed acts: guillemets, straight quotes and a word processor's curly ones."""
from __future__ import annotations

import re

# the quotes acts are printed with: guillemets, straight quotes and a word processor's curly
# ones (“…”, „…“, and a page's “…“ with one sign for both)
OPEN_QUOTES = "«\"„“"
CLOSE_QUOTES = "»\"“”"
# curly quotes read as straight ones: “ opens in “…” and closes in „…“, so only their count tells
_CURLY_AS_STRAIGHT = str.maketrans({q: '"' for q in "„“”"})


def open_quote(s: str) -> bool:
    """Whether ``s`` ends inside quotes it opened: its last guillemet an opening
    one («сельсовет «Заречный» closes both at once), or an odd straight or curly
    quote that opens a word (``Совет муниципального образования "Заречный``,
    ``программы “Развитие``)."""
    s = s.translate(_CURLY_AS_STRAIGHT)
    return s.rfind("«") > s.rfind("»") or \
        s.count('"') % 2 == 1 and bool(re.search(r'(?:^|\s)"[^"\s][^"]*$', s))


def quotes_left_open(s: str) -> bool:
    """Whether ``s`` opens more quotes than it closes: guillemets, or an odd count of
    straight and curly ones together."""
    s = s.translate(_CURLY_AS_STRAIGHT)
    return s.count("«") > s.count("»") or s.count('"') % 2 == 1


def closes_quote(s: str) -> bool:
    """Whether ``s`` holds a quote that may close one (``»``, ``"``, ``“``, ``”``)."""
    return any(q in s for q in CLOSE_QUOTES)


# a blog's typography turns a straight quote after a digit into a double prime, taking it for
# inches (a title closing on «… от 21 декабря 2015 г. N 373″»); a prime after minutes and
# degrees (55°45′30″) is a coordinate's and stays
_PRIME_AFTER_DIGIT = re.compile(r"(?<=\d)\u2033(?=\s|$|[.,;:)\]])")
_COORDINATE = re.compile(r"[°′'][\d.,]*$")


def quote_for_prime(text: str) -> str:
    """``… N 373″`` -> ``… N 373"``: a double prime after a number that is no
    coordinate's seconds is a quote a page's typography misread as inches."""
    if "\u2033" not in text:
        return text
    return _PRIME_AFTER_DIGIT.sub(
        lambda m: m.group(0) if _COORDINATE.search(text[max(0, m.start() - 12):m.start()]) else '"', text)
