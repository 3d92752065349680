"""A desk's territory scope: its own municipality, its region, or the whole
fund. A district library's desk in a regional fund mostly searches its own
acts and sometimes the whole region's; the scope is the library's setting
(``ingest.settings.search_scope``) unless the reader chooses another, and it
becomes the ``region`` / ``municipality`` filters of the ``Query``, so saved
queries and links keep what was searched."""
from __future__ import annotations

from dataclasses import replace

from ingest.settings import SCOPES
from ingest.territory import Place
from search.query.model import Query


def scoped(q: Query, scope: str, place: Place) -> Query:
    """``q`` narrowed to ``scope`` of the library at ``place``; a region or
    municipality the query names already wins, and a scope the library's
    settings cannot give (no municipality set) leaves ``q`` as it is."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    if q.region or q.municipality or scope == "all":
        return q
    if scope == "own" and place.municipality:
        return replace(q, municipality=place.municipality, region=place.region)
    if scope in ("own", "region") and place.region:
        return replace(q, region=place.region)
    return q


def scope_of(q: Query, place: Place) -> str:
    """Which scope ``q`` is in, for the switch on the search page."""
    if place.municipality and q.municipality == place.municipality:
        return "own"
    if place.region and q.region == place.region and not q.municipality:
        return "region"
    return "all" if not (q.region or q.municipality) else ""
