"""Years and days as readers say them, not as acts print them (issue 12).

* A year said relative to today: readers at the desk remember «постановление
  145 марта прошлого года», «что приняли в этом году», «позапрошлого года».
  The words ``прошлого года`` are in no act; the year they name is, and it
  narrows the search as a typed ``2025 года`` does. ``relative_year`` reads
  the adjective (any case form) before a year word; the parser puts the year
  in its place.
* The same year said in one adjective: «прошлогоднее постановление 145»,
  «позапрошлогодняя ярмарка», «этогодний приказ». ``year_adjective`` reads
  it (any gender, case, number); the parser puts the year and its year word
  in its place, as for «прошлого года».
* A day of the year after a preposition of time («мероприятия к 9 мая 2004
  года», «тарифы на 1 января 2025 года», «до 1 сентября»): acts print their
  own date bare or after ``от``; a date after ``к``, ``на``, ``до``, ``с``,
  ``по``, ``после``, ``перед``, ``накануне`` is what the act is about (a
  holiday, the day a tariff starts), so it must not become the exact-date
  clause that only the act of that very day answers. ``day_words`` gives what
  the parser keeps instead: the day (a number that only ranks), the month's
  word and the year (which narrows a topic).
"""
from __future__ import annotations

import datetime as _dt
import re

from search import analysis

# the adjective as typed before a year word (the dictionary reads ``прошлого``
# as the noun ``прошлое`` and ``этом`` as ``это``, so the forms are spelled out)
_ENDS = r"(?:ый|ий|ого|его|ом|ем|ому|ему)"
_OFFSETS = ((re.compile(r"позапрошл" + _ENDS), -2),
            (re.compile(r"(?:прошл|минувш|прошедш)" + _ENDS), -1),
            (re.compile(r"эт(?:от|ом|ого|ому)|(?:текущ|нынешн)" + _ENDS), 0))

# prepositions of time before a day of the year (not ``от``: an act's own date)
TIME_PREPOSITIONS = frozenset({"к", "ко", "на", "до", "с", "со", "по", "после", "перед",
                               "накануне"})

_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря")


def today() -> _dt.date:
    """Today (a function, so a test can fix the clock)."""
    return _dt.date.today()


def relative_year(word: str, now: _dt.date | None = None) -> int | None:
    """The year an adjective names relative to ``now`` (``прошлого`` ->
    last year), or None for any other word."""
    w = analysis.fold(word)
    for pattern, off in _OFFSETS:
        if pattern.fullmatch(w):
            return (now or today()).year + off
    return None


# «прошлогодний» in every form: -ий -ее -яя -его -ему -ей -юю -им -ем -ие -их -ими
_ADJ_ENDS = r"(?:ий|ее|яя|его|ему|ей|юю|им|ем|ие|их|ими)"
_YEAR_ADJECTIVES = ((re.compile(r"позапрошлогодн" + _ADJ_ENDS), -2),
                    (re.compile(r"прошлогодн" + _ADJ_ENDS), -1),
                    (re.compile(r"(?:этогодн|нынешнегодн)" + _ADJ_ENDS), 0))


def year_adjective(word: str, now: _dt.date | None = None) -> int | None:
    """The year a one-word adjective names (``прошлогоднее`` -> last year),
    or None for any other word."""
    w = analysis.fold(word)
    if "годн" not in w:
        return None
    for pattern, off in _YEAR_ADJECTIVES:
        if pattern.fullmatch(w):
            return (now or today()).year + off
    return None


def day_words(iso: str) -> tuple[str, str, str] | None:
    """``2004-05-09`` -> ("9", "мая", "2004"): the day, the month's word, the year."""
    try:
        d = _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
    return str(d.day), _MONTHS[d.month - 1], str(d.year)
