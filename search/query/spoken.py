"""Requisites as readers say and shorten them, not as acts print them (issue 12).

Acts print their number and date in digits; a reader at the desk or a deputy
on the phone says them, and the desk types what was said:

* A number said in words after the kind word («постановление тысяча сто
  сорок два», «указ четыреста тридцать один», «решение номер двадцать один»,
  «распоряжение № триста двадцать четыре»): the number, as if typed in
  digits. Only right after a kind word (or its short form), ``номер`` or
  ``№``: elsewhere «три дня», «сто лет району» are words of the topic.
* A date said with its day in words («от семнадцатого июля 1997 года», «от
  двадцать первого марта 2019»; the year in words too: «две тысячи восьмого
  года», «тысяча девятьсот девяносто седьмого», «двухтысячного»), or with
  the day in digits and an ordinal ending («от 17-го июля 1997»): the date.
  Not after a preposition of time («к девятому мая 2004»: the day the act is
  about, search/query/relative.py), and never without its year.
* A year said in words with its year word («две тысячи восьмого года»): the
  year, as ``2008 года``.
* A kind word cut short before a number («реш. 186», «пост. 96», «расп.
  324», «распор.», «постан.», «прик.»): the kind. Only before a number:
  «пост охраны» is a post.

``read`` works on the lexer's tokens (search/query/parse.py), word by word
with dictionaries: no regex over the question, nothing per vocabulary.
"""
from __future__ import annotations

from ingest.ru_dates import MONTHS
from search import analysis
from search.query.relative import TIME_PREPOSITIONS

_UNITS = {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
          "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
          "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
          "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
          "девятнадцать": 19}
_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
         "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
_HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
             "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
_THOUSANDS = frozenset({"тысяча", "тысячи", "тысяч"})

# ordinals in the genitive, as a date says them («от семнадцатого июля»)
_ORD_UNITS = {"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "пятого": 5,
              "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10,
              "одиннадцатого": 11, "двенадцатого": 12, "тринадцатого": 13,
              "четырнадцатого": 14, "пятнадцатого": 15, "шестнадцатого": 16,
              "семнадцатого": 17, "восемнадцатого": 18, "девятнадцатого": 19}
_ORD_TENS = {"двадцатого": 20, "тридцатого": 30, "сорокового": 40, "пятидесятого": 50,
             "шестидесятого": 60, "семидесятого": 70, "восьмидесятого": 80,
             "девяностого": 90}
_ORD_ROUND = {"двухтысячного": 2000, "тысячного": 1000, "сотого": 100}
_ORD_ENDING = ("го", "ого", "его")       # 17-го, 3-его

# a kind word cut short, as desks and deputies write it (a dot or none)
_SHORT_KINDS = {"пост": "постановление", "постан": "постановление",
                "постанов": "постановление", "постановл": "постановление",
                "расп": "распоряжение", "распор": "распоряжение",
                "распоряж": "распоряжение", "реш": "решение", "прик": "приказ"}
_NUMBER_WORDS = frozenset({"номер", "номером", "номеру", "n", "no"})
_YEAR_WORDS = frozenset({"год", "года", "году", "г", "гг"})


# every word this module reads (a question with none of them is left as it is)
_SAID = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_HUNDREDS) | _THOUSANDS | frozenset(
    _ORD_UNITS) | frozenset(_ORD_TENS) | frozenset(_ORD_ROUND) | frozenset(_SHORT_KINDS)


def _cardinal(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, words read) of a cardinal number said from ``words[i]``, the
    orders from the greatest down («две тысячи сто сорок два»), or None."""
    n, j = 0, i
    w = words
    if j < len(w) and w[j] in _THOUSANDS:                   # «тысяча сто …»
        n, j = 1000, j + 1
    elif j + 1 < len(w) and w[j] in _UNITS and _UNITS[w[j]] < 10 and w[j + 1] in _THOUSANDS:
        n, j = _UNITS[w[j]] * 1000, j + 2                   # «две тысячи …»
    if j < len(w) and w[j] in _HUNDREDS:
        n, j = n + _HUNDREDS[w[j]], j + 1
    if j < len(w) and w[j] in _TENS:
        n, j = n + _TENS[w[j]], j + 1
        if j < len(w) and w[j] in _UNITS and _UNITS[w[j]] < 10:
            n, j = n + _UNITS[w[j]], j + 1
    elif j < len(w) and w[j] in _UNITS:
        n, j = n + _UNITS[w[j]], j + 1
    return (n, j - i) if j > i else None


def _ordinal(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, words read) of an ordinal said in the genitive from
    ``words[i]`` (``двадцать первого``, ``две тысячи восьмого``,
    ``тысяча девятьсот девяносто седьмого``, ``двухтысячного``), or None."""
    head = _cardinal(words, i)
    n, j = head if head else (0, 0)
    j += i
    if j < len(words):
        w = words[j]
        last = _ORD_UNITS.get(w) or _ORD_TENS.get(w) or _ORD_ROUND.get(w)
        if last is not None:
            if head and last >= 10 and n % 100:      # «двадцать двадцатого»: not a number
                return None
            return n + last, j + 1 - i
    return None


def _day_in_digits(word: str) -> int | None:
    """``17-го`` -> 17 (a day said with its ordinal ending)."""
    head, _, end = word.partition("-")
    if head.isdigit() and len(head) <= 2 and end in _ORD_ENDING:
        return int(head)
    return None


def read(toks: list, is_kind) -> list:
    """The tokens with numbers, dates and years said in words, and kinds cut
    short before a number, put as a typed question has them (``is_kind``:
    whether a word names a kind, as the parser reads it)."""
    if not toks:
        return toks
    Token = type(toks[0])
    words = [analysis.fold(t.text) if t.kind in ("word", "num") else "" for t in toks]
    if not any(w in _SAID for w in words) and not any(
            t.kind == "num" and _day_in_digits(w) is not None for t, w in zip(toks, words)):
        return toks                      # the common question: nothing said in words
    out: list = []
    i = 0
    while i < len(toks):
        t, w = toks[i], words[i]
        prev = analysis.fold(out[-1].text) if out and out[-1].kind == "word" else ""
        # a date: day (in words or 17-го), month, year (digits or words)
        day = _ordinal(words, i) if w else None
        if day is None and t.kind == "num" and _day_in_digits(w) is not None:
            day = (_day_in_digits(w), 1)
        if day and 1 <= day[0] <= 31 and prev not in TIME_PREPOSITIONS:
            m = i + day[1]
            month = MONTHS.get(words[m].rstrip(".")) if m < len(toks) else None
            if month:
                y, used = None, 0
                if m + 1 < len(toks) and toks[m + 1].kind == "int" and len(toks[m + 1].text) == 4:
                    y, used = int(toks[m + 1].text), 1
                elif m + 1 < len(toks):
                    spoken = _ordinal(words, m + 1)
                    if spoken and 1900 <= spoken[0] <= 2100:
                        y, used = spoken
                if y and 1900 <= y <= 2100:
                    out.append(Token("date", f"{y:04d}-{month:02d}-{day[0]:02d}"))
                    i = m + 1 + used
                    continue
        # a year in words before its year word: «две тысячи восьмого года»
        year = _ordinal(words, i) if w else None
        if year and 1900 <= year[0] <= 2100 and i + year[1] < len(toks) \
                and words[i + year[1]] in _YEAR_WORDS:
            out.append(Token("int", str(year[0])))
            i += year[1]
            continue
        if year and year[1] > 1:   # «тридцать второго мая»: no day, and its tail none either
            out.extend(toks[i:i + year[1]])
            i += year[1]
            continue
        # a number in words after the kind word, «номер» or №
        after_kind = prev and (is_kind(prev) or prev in _SHORT_KINDS or prev in _NUMBER_WORDS)
        if w and (after_kind or t.kind == "num"):
            said = _cardinal(words, i)
            if said and (after_kind or said[1] > 0 and t.kind == "num"):
                out.append(Token("int", str(said[0])))
                i += said[1]
                continue
        out.append(t)
        i += 1
    # a kind cut short, before a number
    for k, t in enumerate(out):
        if t.kind == "word" and k + 1 < len(out) and out[k + 1].kind in ("int", "num"):
            full = _SHORT_KINDS.get(analysis.fold(t.text))
            if full:
                out[k] = Token("word", full)
    return out
