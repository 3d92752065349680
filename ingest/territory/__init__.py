"""Where an act belongs: its region and municipality, read from the name of
the issuing body and completed from the delivering library's settings.

A regional fund gathers the acts of hundreds of municipalities; readers
narrow it to theirs. The body's name says whose it is in the language of
Russian acts, so the rules (``body.py``) read that language, not particular files:

* a region is a name before ``область`` / ``край`` / ``автономный округ`` /
  ``автономная область`` (``Курской области``), a republic's name before or
  after ``Республика`` (``Республики Мордовия``, ``Удмуртской Республики``),
  a city of federal significance (``Правительство Москвы``), or a body's
  adjective (``Брянская областная Дума``, ``краевой``);
* a municipality is a name before ``муниципальный район`` / ``муниципальный
  округ`` / ``городской округ`` / ``сельское`` or ``городское поселение`` /
  ``район`` / ``сельсовет`` (``Рыбинского муниципального района``), a name
  after ``город`` / ``г.`` / ``село`` / ``посёлок`` / ``станица``
  (``города Брянска``), a name in quotes after ``городской округ`` or
  ``муниципальное образование`` (``"ГОРОДСКОЙ ОКРУГ ЧЕРНОГОЛОВКА"``), or a
  body's adjective (``Брянская городская администрация`` -> ``город Брянск``,
  ``Шушенский районный Совет`` -> ``Шушенский район``);
* a settlement's district, named after it (``… сельского поселения
  Торбеевского муниципального района``), is kept as ``district``: a district
  desk searching its own territory finds its settlements' acts too.

Names come out in the nominative and in one spelling (``display``), so the
same municipality printed in capitals or in another case is one facet value.
What the body does not name comes from the library's settings
(``ingest.settings.library_place``): a municipal act whose body names no
region is the library's region's; an act whose body names nothing at all is,
if municipal, the library's municipality's. What the act prints is never
overridden. A federal body has no territory (None) unless it names a region
(a territorial office: ``Прокуратура Челябинской области``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from .body import Printed, printed
from .spelling import display, is_district, is_settlement, name_key

__all__ = ["Place", "Printed", "printed", "territory", "territory_text", "display", "name_key",
           "fill_catalog"]

# the rules that filled a catalog's older records (its meta row ``territory_rules``)
RULES_VERSION = 1


@dataclass(frozen=True)
class Place:
    """The library's own territory (settings ``region:`` and ``municipality:``)."""

    region: str | None = None
    municipality: str | None = None


# --- the territory of a record --------------------------------------------------------

def territory(body: str | None, level: str | None, place: Place | None = None) -> dict | None:
    """The record's ``territory`` (../shared/spec/record.md): what the body
    prints, completed from the library's ``place`` where the body is silent;
    None when nothing is known or the body is federal."""
    place = place or Place()
    got = printed(body)
    if got.federal or (level == "federal" and not got.region):
        return None
    region, municipality, district = got.region, got.municipality, got.district
    named = bool(region or municipality)
    if level == "federal":
        municipality = district = None   # a federal body's office in a region
    elif municipality or level in ("municipal", "regional") or named:
        if region is None and municipality is not None:
            region = place.region
        if not named:
            region = place.region
            if level == "municipal":
                municipality = place.municipality
    if municipality and district is None and is_settlement(municipality) \
            and place.municipality and is_district(place.municipality) \
            and (got.region is None or got.region == place.region):
        district = place.municipality   # the library's district's own settlement
    if not (region or municipality):
        return None
    out = {"region": region, "municipality": municipality}
    if district:
        out["district"] = district
    return out


def territory_text(t: dict | None) -> str:
    """A territory for people, smallest first: ``Краснопольское сельское
    поселение, Торбеевский муниципальный район, Республика Мордовия``."""
    t = t or {}
    return ", ".join(v for v in (t.get("municipality"), t.get("district"), t.get("region")) if v)


# --- catalogs written before territories --------------------------------------------

_META = "territory_rules"


def fill_catalog(db, home) -> int:
    """Give every record of a catalog written before this field its
    territory, from its stored body and level and the settings of the
    library at ``home`` (no file is read again); the records go to the index journal. Runs once
    per catalog (a ``meta`` row); records that already have the field keep it
    (they were derived with their importing library's settings). Returns how
    many records changed."""
    row = db.execute("SELECT value FROM meta WHERE key=?", (_META,)).fetchone()
    if row is not None:
        return 0
    from ingest.settings import library_place
    place, n = library_place(home), 0
    with db:
        for rid, data in db.execute("SELECT id, data FROM records").fetchall():
            d = json.loads(data)
            if "territory" in d:
                continue
            d["territory"] = territory(d.get("body"), d.get("level"), place)
            db.execute("UPDATE records SET data=? WHERE id=?", (json.dumps(d, ensure_ascii=False), rid))
            db.execute("INSERT INTO index_queue VALUES (?, 'update') "
                       "ON CONFLICT (record_id) DO UPDATE SET op=excluded.op", (rid,))
            n += 1
        db.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                   (_META, str(RULES_VERSION)))
    return n
