"""Requisites of acts from the text of a received file.

``extract_acts(text, meta)`` reads the heading of each act the way a
librarian does: the issuing body above the kind word (``ПОСТАНОВЛЕНИЕ``),
then the date and number, the place, the title (``Об утверждении …``).
It skips what legal databases, portals and e-signature stamps add around the
act (see ``ingest.heading``), never takes a date or number from an amending
act, and leaves a field None with a warning rather than guessing it.

Helpers shared with the search query layer: ``parse_date``,
``normalize_number``, ``KINDS``/``kind_from_word``, ``level_for``.

The modules, in the order the text passes through them:

- ``vocabulary``: kind words and their forms, verbs, the classes of heading lines;
  ``level``: federal / regional / municipal from the body;
- ``date_number``: a number after its sign, a line holding a date and a number;
- ``lines``: the text as lines, with database noise and OCR debris marked;
- ``kind_line``, ``names``, ``body``, ``title``, ``around``, ``stamp``: the parts
  of a heading; ``head``: a heading read from them (``parse_head -> Head``);
- ``issuer``, ``card`` (its keys: ``card_keys``): what the rest of the page
  gives where the heading gave nothing; ``fields``: a heading as ``ActFields``;
- ``publication``: where the act was published;
- ``relay``, ``scan``, ``split``: ``extract_acts`` — a flattened heading laid
  out again, what a recognised text changes, several acts in one file.
"""
from __future__ import annotations

from ingest.numbers import normalize_number, number_base, number_key
from ingest.ru_dates import parse_date

from .date_number import find_number
from .level import level_for
from .scan import recognised_text
from .split import extract_acts
from .vocabulary import ACT_KINDS, KIND_WORDS, KINDS, kind_from_word

__all__ = [
    "extract_acts", "parse_date", "normalize_number", "KINDS", "KIND_WORDS", "ACT_KINDS",
    "kind_from_word", "level_for", "find_number", "number_key", "number_base", "recognised_text",
]
