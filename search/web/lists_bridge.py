"""The basket export and the arrivals bulletin, through the lists module.

The web writes no bibliographic description of its own: ГОСТ descriptions
(search.biblio), grouping, ordering and numbering (search.lists) and the
DOCX/HTML/TXT writers (search.render) are the lists issue's. This module
only feeds them records and hands back bytes or the ``BibList``.
"""
from __future__ import annotations

from datetime import date

from search.render import BASKET_FORMATS as FORMATS, format_of  # noqa: F401  (FORMATS: the basket buttons)

GROUP_BY = ("rubric", "kind", "year", "none")


def mime(fmt: str) -> str:
    return format_of(fmt).mime


class Unavailable(RuntimeError):
    """The lists module is not installed in this build."""


class PeriodError(ValueError):
    pass


def available() -> bool:
    try:
        import search.lists  # noqa: F401
        import search.render  # noqa: F401
    except ImportError:
        return False
    return True


def _mods():
    try:
        from search import lists, render
    except ImportError as ex:
        raise Unavailable("the lists module (search.lists) is not installed yet") from ex
    return lists, render


def build(fund, records, title: str, group_by: str = "rubric", order: str = "legal-force"):
    """The ГОСТ list of the given records (a ``search.lists.BibList``);
    ``order="given"`` keeps the records' own order (the basket's)."""
    lists, _render = _mods()
    labels, rubric_order = lists.rubric_scheme(fund.home)
    return lists.build_list(records, title=title, group_by=group_by, order=order,
                            rubric_labels=labels, rubric_order=rubric_order,
                            urls=lists.source_urls(fund, records))


def export_records(fund, records, fmt: str, title: str, group_by: str = "rubric",
                   order: str = "legal-force") -> bytes:
    _lists, render = _mods()
    return render.render(build(fund, records, title, group_by, order), fmt)


def arrivals(fund, start: str, end: str, index_dir=None):
    """The bulletin of what was received from ``start`` to ``end`` (ISO dates).

    Viewing a bulletin on the web does not move the "previous bulletin" mark
    of ``actdesk arrivals``: only the command that sends it out does.
    """
    lists, _render = _mods()
    try:
        bl, _w = lists.arrivals(fund, date.fromisoformat(start), date.fromisoformat(end),
                                index_dir=index_dir)
    except lists.ListError as ex:
        raise PeriodError(str(ex)) from ex
    return bl


def render(bl, fmt: str) -> bytes:
    _lists, render = _mods()
    return render.render(bl, fmt)
