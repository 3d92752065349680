"""The search page's «Территория» facet (region -> municipality) and the
desk's scope switch (its own territory, its region, the whole fund).

Each count is a promise kept by the link beside it: a region counts its
acts and links to ``region=``; a municipality under it counts the acts whose
municipality or district it is (search/engine/documents.territory_keys) and
links to ``region=`` + ``municipality=``, the very filters that count them.
"""
from __future__ import annotations

from dataclasses import replace

from ingest.territory import Place, display, name_key
from search.engine.documents import NO_REGION
from search.query import Query, Results
from search.query.scope import scope_of, scoped
from search.web.ctx import Ctx
from search.web.pages import FacetGroup, FacetItem
from search.web.params import explicit_url


def _label(c: Ctx, region_key: str) -> str:
    return c._("no_region") if region_key == NO_REGION else display(region_key)


def _resolved(res: Results, field: str) -> set[str]:
    """The fund keys a region or municipality typed otherwise was read as
    (``?region=самарская`` -> «самарская область», said in ``understood``),
    so their facet items show as chosen and their links take the filter off."""
    return set((res.understood or {}).get(field) or ())


def territory_groups(c: Ctx, q: Query, res: Results, place: Place) -> list[FacetGroup]:
    """The scope switch (when the library's settings name its territory) and
    the territory facet of ``res``."""
    groups = []
    f = res.facets or {}
    regions, places = f.get("region") or {}, f.get("territory") or {}
    on_region = ({NO_REGION} if (q.region or "").strip() == NO_REGION
                 else _resolved(res, "region") or {name_key(q.region)})
    on_muni = _resolved(res, "municipality") or {name_key(q.municipality)} - {""}
    if regions or q.region or q.municipality:
        items = []
        for rk, n in regions.items():
            value = NO_REGION if rk == NO_REGION else display(rk)
            on = rk in on_region and not on_muni
            # with a municipality chosen its region widens the search: no count to promise
            items.append(FacetItem(_label(c, rk), "" if on_muni else n, explicit_url(
                q, region=None if on else value, municipality=None, page=None), on))
            for key, m in places.items():
                r, _, mk = key.partition("|")
                if r != rk:
                    continue
                on_m = r in on_region and mk in on_muni
                if on_muni and not on_m:
                    continue   # another municipality's link would replace this one, not narrow it
                items.append(FacetItem(display(mk), m, explicit_url(
                    q, region=None if on_m else value, municipality=None if on_m else display(mk),
                    page=None), on_m, sub=True))
        groups.append(FacetGroup(c._("f_territory"), items, tree=True))
    if place.region or place.municipality:
        now = scope_of(q, place)
        bare = replace(q, region=None, municipality=None)
        items = []
        for scope, name in (("own", place.municipality), ("region", place.region), ("all", "")):
            if scope != "all" and not name:
                continue
            target = scoped(bare, scope, place)
            items.append(FacetItem(c._("scope_" + scope, x=name), "", explicit_url(
                target, region=target.region, municipality=target.municipality, page=None),
                now == scope))
        groups.insert(0, FacetGroup(c._("f_scope"), items))
    return groups
