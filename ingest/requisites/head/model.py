"""What reading a heading passes on: the heading found, and the places in
the lines it was found at."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..date_number import DateNumber
from ..kind_line import KindLine


@dataclass(frozen=True)
class Head:
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
    card_under_text: bool = False  # read from a portal's card printed after the act's text


@dataclass(frozen=True)
class Zone:
    """The heading zone: the first 60 usable lines of an act, and the line
    the heading's title and requisites may run to (40 lines further)."""
    lines: tuple[int, ...]
    limit: int


@dataclass(frozen=True)
class Anchor:
    """The kind line the heading is read from, and the date and number of
    a database's reference line above it that named the same act."""
    line: int
    kind_line: KindLine
    ref: DateNumber = field(default_factory=DateNumber)
    ref_title: str | None = None  # the title the reference line prints after its number
    ref_kind_line: KindLine | None = None  # the reference line itself (its issuer, in the genitive)


@dataclass(frozen=True)
class OneLineHeading:
    """A database's heading on one line (``Постановление … от … № …``):
    the line, its text, and where ``find_date``/``find_number`` found the
    date and the number on it (a listing line with no date: ``(None, i, i)``
    at the number's start)."""
    line: int
    text: str
    date: tuple[str | None, int, int]
    number: tuple[str, int, int]
