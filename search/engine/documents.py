"""The index document of a record: the same fields for every engine.

Requisites are indexed whole and exact in keyword fields (``number``,
``number_base``, ``date``, ``year``, ``kind``, ``rubric`` with parents,
``level``, ``status``, ``body``, ``publication``, the territory's ``region``,
``municipality``, ``district`` and ``territory``); words are in ``title``,
``text`` and ``meta`` (body and publication words), analysed by
``search.analysis``; ``pairs`` holds adjacent-lemma shingles so phrases are
exact-term conjunctions, not positional scans.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Iterable

from ingest.numbers import number_base, number_key
from ingest.records import Record
from ingest.territory import name_key
from search import analysis

# 2: received_day (received-period filters and counts); 3: handwritten digits;
# 4: status (in force / repealed: the "только действующие" filter); 5: number keys
# from ingest/numbers.py (U+2010 dashes and ё matched as the catalog matches them);
# 6: territory (region, municipality, district; the region -> municipality facet)
SCHEMA_VERSION = 6

# exact fields whose values the search page counts
FACET_FIELDS = ("kind", "year", "rubric", "body", "level", "region", "territory")
# the facet fields holding several values each (rubrics with their parents;
# the territories an act counts under): every value counted, overlapping
MULTI_VALUED = ("rubric", "territory")

_QUOTES = re.compile(r"[«»„“”\"'`]")


def norm_body(s: str | None) -> str:
    """Issuing body as a filter key: folded, quotes dropped, whitespace
    collapsed, a parenthesised abbreviation removed."""
    if not s:
        return ""
    s = analysis.fold(s)
    # "Правительство РФ" as printed is the same body as "… Российской Федерации"
    s = re.sub(r"(?<![\w])рф(?![\w])", "российской федерации", s)
    s = re.sub(r"\([^)]*\)", " ", s)
    s = _QUOTES.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


# the region key of an act whose municipality is known and its region not
NO_REGION = "-"


def territory_keys(t: dict | None) -> dict:
    """A record's territory as exact keys (``ingest.territory.name_key``):
    ``region``; ``municipality`` and, for a settlement, ``district`` (a
    municipality filter matches either: a district's own acts and its
    settlements'); ``territory``, the facet under each region: ``region|name``
    for the municipality and for its district, so each counts what a
    ``region`` + ``municipality`` filter gives."""
    t = t or {}
    muni, district = name_key(t.get("municipality")), name_key(t.get("district"))
    region = name_key(t.get("region")) or (NO_REGION if muni else "")
    out: dict = {"region": region, "municipality": muni, "district": district}
    if muni:
        out["territory"] = [f"{region}|{m}" for m in dict.fromkeys((muni, district)) if m]
    return {k: v for k, v in out.items() if v}


def rubric_keys(codes: Iterable[str]) -> list[str]:
    """Codes plus their parents: ``social.disabled`` -> also ``social``."""
    out: list[str] = []
    for c in codes:
        parts = c.split(".")
        for i in range(1, len(parts) + 1):
            k = ".".join(parts[:i])
            if k not in out:
                out.append(k)
    return out


def stored_text(data: dict) -> str:
    """The record's text kept in the stored fields (compressed: at 100 k
    records the texts are most of the index)."""
    z = data.get("z")
    return zlib.decompress(z).decode("utf-8") if z else ""


@dataclass
class Document:
    """What an engine indexes of a record. Text fields are handed over
    already analysed (term lists), so each text is analysed once for words
    and shingles."""

    id: str
    title: list[str]
    text: list[str]
    meta: list[str]
    pairs: list[str]                     # sorted adjacent-lemma shingles
    keys: dict[str, str | list[str]] = field(default_factory=dict)  # exact fields with a value
    data: dict = field(default_factory=dict)                         # stored, shown in hits


def document(r: Record) -> Document:
    title = r.title or ""
    text = r.text or ""
    pub = r.publication.name if r.publication and r.publication.name else ""
    t_title, tprim = analysis.index_terms(title)
    body_terms, prim = analysis.index_terms(text)
    pairs = {f"{a}_{b}" for seq in (tprim, prim) for a, b in zip(seq, seq[1:])}
    meta = analysis.terms(" ".join(x for x in (r.body or "", pub) if x))
    codes = [rb.code for rb in r.rubrics]
    data = {
        "id": r.id, "kind": r.kind, "number": r.number, "date": r.date,
        "title": r.title, "body": r.body, "level": r.level,
        "rubrics": [rb.to_dict() for rb in r.rubrics],
        "file_name": r.source.file_name, "received_at": r.received_at,
        "publication": r.publication.to_dict() if r.publication else None,
        "territory": r.territory,
        "z": zlib.compress(text.encode("utf-8"), 3),
    }
    keys: dict = {}

    def put(name, value):
        if value:
            keys[name] = value

    put("kind", analysis.fold(r.kind) if r.kind else "")
    put("number", number_key(r.number))
    # digits read from handwriting whose suffix stayed unread (2067 of
    # 2067-зп): found by a question with the number, never as the number
    hand = (r.handwritten or {}).get("number_digits") if not r.number else None
    put("number_base", number_base(r.number or hand))
    put("date", r.date or "")
    put("year", (r.date or "")[:4])
    put("received", r.received_at or "")
    put("received_day", (r.received_at or "")[:10])
    put("rubric", rubric_keys(codes))
    put("level", r.level or "")
    # repealed by a note of its print or by an act of the fund (ingest.status);
    # everything else counts as in force for "только действующие"
    put("status", "repealed" if (r.status or {}).get("state") == "repealed" else "in_force")
    put("body", norm_body(r.body))
    put("publication", norm_body(pub))
    keys.update(territory_keys(r.territory))
    return Document(id=r.id, title=t_title, text=body_terms, meta=meta,
                    pairs=sorted(pairs), keys=keys, data=data)
