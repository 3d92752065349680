"""The librarian's corrections of a record's requisites.

Kept apart from the record (``manual_fields`` in the catalog) like manual
rubric decisions, so that re-importing the file, ``ingest --retry`` or
``retag`` rebuild the automatic part and still apply every correction on
top: automation never overrides a person.

A refused value raises ``CorrectionError`` with a ``key`` and ``params``
naming the message, so the web page says it in the reader's language
(``corr_<key>`` in ``search.web.i18n``); ``str()`` is the English text for
logs and scripts.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .fund import Fund
from .records import Record
from .settings import library_place
from .territory import territory

KINDS = ("постановление", "распоряжение", "решение", "приказ", "указ", "закон",
         "положение", "устав", "протокол", "публикация")
MAX_LEN = {"kind": 40, "number": 60, "date": 10, "body": 500, "title": 2000, "level": 20}
LEVELS = ("federal", "regional", "municipal")
# the level as a librarian may type it in Russian (the form sends the code)
LEVEL_WORDS = {"федеральный": "federal", "региональный": "regional",
               "муниципальный": "municipal"}


class CorrectionError(ValueError):
    """A refused correction: ``key`` names the message, ``params`` its values."""

    def __init__(self, key: str, english: str, **params):
        self.key, self.params = key, params
        super().__init__(english)


def normalize(field: str, value: str | None) -> str | None:
    """A typed value as the record keeps it; raises CorrectionError."""
    if value is None:
        return None
    value = re.sub(r"\s+", " ", str(value)).strip()
    if not value:
        return None
    if field == "kind":
        value = value.lower()
        if value not in KINDS:
            raise CorrectionError("kind", f"kind: {value!r} is not one of " + ", ".join(KINDS),
                                  v=value, allowed=", ".join(KINDS))
    elif field == "date":
        from .requisites import parse_date
        iso = parse_date(value)
        if iso is None:
            raise CorrectionError("date", f"date: {value!r} is not a date (2024-03-12 or 12.03.2024)",
                                  v=value)
        value = iso
    elif field == "level":
        code = LEVEL_WORDS.get(value.lower(), value.lower())
        if code not in LEVELS:
            raise CorrectionError("level", f"level: {value!r} is not one of " + ", ".join(LEVELS),
                                  v=value)
        value = code
    elif field == "number":
        # the sign typed (or left) before the number, once or doubled («№№ 12»); the
        # sign alone is no number: null, never "" (spec/record.md)
        value = re.sub(r"^(?:(?:№|N)\s*)+", "", value)
        if not value:
            return None
    if len(value) > MAX_LEN[field]:
        raise CorrectionError("too_long", f"{field}: longer than {MAX_LEN[field]} characters",
                              f=field, n=MAX_LEN[field])
    return value


def correct(fund: Fund, rid: str, changes: dict[str, str | None]) -> Record:
    """Record corrected requisites (only those that differ) and apply them.

    Returns the updated record; the index learns it from the journal.
    """
    from .pipeline import match_key
    rec = fund.get_record(rid)
    if rec is None:
        raise CorrectionError("no_record", f"no record with id {rid!r}", v=rid)
    unknown = set(changes) - set(Fund.MANUAL_FIELDS)
    if unknown:
        raise CorrectionError("unknown", "cannot correct: " + ", ".join(sorted(unknown)),
                              v=", ".join(sorted(unknown)))
    clean = {k: normalize(k, v) for k, v in changes.items()}
    clean = {k: v for k, v in clean.items() if v != getattr(rec, k)}
    if not clean:
        return rec
    with fund.transaction() as db:
        fund.set_manual_fields(db, rid, clean)
    new = fund.apply_manual_fields(replace(rec, **clean))
    if {"body", "level"} & set(clean):   # the territory follows the corrected body
        new = replace(new, territory=territory(new.body, new.level, library_place(fund.home)))
    if {"kind", "number", "date", "body"} & set(clean):
        # the corrected requisites may be those an act of the fund repeals: the
        # stored status (what «только действующие» filters by) follows them
        from .status import status_in_fund
        new = replace(new, status=status_in_fund(fund, new))
    with fund.transaction() as db:
        fund.update_record_data(db, new, match_key=match_key(new.kind, new.number, new.date))
    return new
