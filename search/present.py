"""Search results as text for the terminal and as JSON (for `actdesk search`).

    format_results_table(results) -> str      rank, kind, number, date, title,
                                               rubrics, snippet, facet summary
    format_results_json(results) -> str        the JSON of issue 4
    format_query_understood(results) -> str    what the free text was read as

Highlights are shown with ``[[``/``]]`` in the table; JSON keeps the plain
snippet plus ``highlights`` spans (front ends escape, then wrap).
"""
from __future__ import annotations

import json
import textwrap

from ingest.numbers import number_key
from search.query import Results

FACET_LABELS = {"kind": "Вид", "year": "Год", "rubric": "Рубрика", "body": "Орган", "level": "Уровень",
                "received": "Поступило за дней", "region": "Регион", "territory": "Территория"}


def facet_value(field: str, key: str) -> str:
    """A facet's value as people read it: a territory's folded key in its
    one spelling (``город брянск`` -> ``город Брянск``), ``region|municipality``
    as the municipality with its region."""
    from search.engine.documents import NO_REGION
    from ingest.territory import display
    if field == "region":
        return "регион не указан" if key == NO_REGION else display(key)
    if field == "territory":
        region, _, muni = key.partition("|")
        return display(muni) + ("" if region == NO_REGION else f" ({display(region)})")
    return key


def _cut(s: str | None, n: int) -> str:
    s = " ".join((s or "—").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def format_query_understood(res: Results) -> str:
    u = res.understood or {}
    parts = []
    if u.get("kinds"):
        parts.append("вид: " + ", ".join(u["kinds"]))
    if u.get("numbers"):
        parts.append("№ " + ", ".join(u["numbers"]))
    if u.get("numbers_or_years"):
        parts.append("№ или год: " + ", ".join(u["numbers_or_years"]))
    if u.get("dates"):
        parts.append("дата: " + ", ".join(u["dates"]))
    if u.get("years"):
        parts.append("год: " + ", ".join(u["years"]))
    if u.get("region"):
        parts.append("регион: " + ", ".join(u["region"]))
    if u.get("municipality"):
        parts.append("муниципалитет: " + ", ".join(u["municipality"]))
    return "; ".join(parts)


def requisites_differ(res: Results) -> dict[str, tuple[str, ...]]:
    """Per hit id, which of the requisites a reader typed the hit does not
    carry when it carries the other: ``("date",)`` for act № 145-п of
    12.03.2024 found by ``№ 145-п от 15.03.2024``, ``("number",)`` the other
    way round. Requisites rank, they do not filter, so the act a reader
    half-remembered comes first; this says which half was remembered wrong.
    Hits matching neither (a topic's acts) are not remarked on, and none is
    when the act asked for is among the hits. Read once for the page."""
    u = res.understood or {}
    numbers, dates = u.get("numbers") or [], u.get("dates") or []
    if not (numbers and dates):
        return {}
    keys, days = {number_key(n) for n in numbers}, {d[:10] for d in dates}
    found = {h.id: (bool(h.number) and number_key(h.number) in keys,
                    bool(h.date) and str(h.date)[:10] in days) for h in res.hits}
    if any(number_ok and date_ok for number_ok, date_ok in found.values()):
        return {}  # the act asked for is here: the others are no near misses of it
    return {hid: ("date",) if number_ok else ("number",)
            for hid, (number_ok, date_ok) in found.items() if number_ok != date_ok}


_DIFFER_RU = {"date": "дата не та, что в запросе", "number": "номер не тот, что в запросе"}


_STATUS_RU = {"repealed_by": "утратил силу", "amended_by": "изменялся"}


def format_results_table(res: Results, width: int = 110, facets: bool = True,
                         status: dict[str, str] | None = None) -> str:
    """``status``: hit id -> ``repealed_by`` | ``amended_by``
    (``search.links_view.hit_status``), said beside the requisites as the
    page says it."""
    status = status or {}
    lines = []
    first = (res.page - 1) * res.per_page + 1
    last = first + len(res.hits) - 1
    head = f"Найдено: {res.total}"
    if res.hits:
        head += f" (показаны {first}–{last})"
    if res.relaxed == "fuzzy":
        head += " — точных совпадений нет, показаны близкие по написанию"
    elif res.relaxed == "any":
        head += " — все слова вместе не встречаются, показаны документы с любым из них"
    elif res.relaxed == "most":
        head += " — после документов со всеми словами показаны те, где нет одного из них"
    elif res.relaxed == "kind":
        head += " — актов этого вида нет, показаны акты любого вида"
    elif res.relaxed == "year":
        head += " — в этом году акта с таким номером нет, показаны акты других лет"
    elif res.relaxed == "layout":
        head += f" — запрос набран в латинской раскладке, искали: {res.suggestion}"
    lines.append(head)
    if not res.hits and res.total:
        # a page typed past the last (--page 50 of 5 hits): say why it is empty
        pages = -(-res.total // res.per_page)
        lines.append(f"Страница {res.page} пуста — всего страниц: {pages}")
    if res.repealed_out:
        lines.append(f"Ещё утративших силу актов по запросу: {res.repealed_out} "
                     "— не показаны (только действующие); без --in-force видны все")
    if res.suggestion:
        lines.append(f"Возможно, вы имели в виду: {res.suggestion}")
    und = format_query_understood(res)
    if und:
        lines.append(f"Распознано: {und}")
    lines.append("")
    differs = requisites_differ(res)
    for i, h in enumerate(res.hits, first):
        req = " ".join(x for x in (h.kind or "", f"№ {h.number}" if h.number else "",
                                   f"от {h.date}" if h.date else "") if x)
        differ = "; ".join(_DIFFER_RU[d] for d in differs.get(h.id, ()))
        mark = f"  — {_STATUS_RU[status[h.id]]}" if status.get(h.id) in _STATUS_RU else ""
        lines.append(f"{i:>3}. {req or '—'}{mark}  [{h.id}]" + (f"  ({differ})" if differ else ""))
        lines.append("     " + _cut(h.marked(what="title") if h.title else None, width - 5))
        if h.body:
            lines.append("     " + _cut(h.body, width - 5))
        if h.rubrics:
            lines.append("     Рубрики: " + ", ".join(r.get("code", "") for r in h.rubrics))
        if h.snippet:
            for ln in textwrap.wrap(h.marked(), width - 5)[:3]:
                lines.append("     " + ln)
        lines.append("")
    if facets and res.facets:
        for f, counts in res.facets.items():
            if any(counts.values()):   # not the arrival periods' zeros of a search that found nothing
                shown = ", ".join(f"{facet_value(f, k)} ({v})" for k, v in list(counts.items())[:8])
                lines.append(f"{FACET_LABELS.get(f, f)}: {shown}")
    return "\n".join(lines).rstrip() + "\n"


def format_results_json(res: Results, indent: int | None = 2, status: dict | None = None) -> str:
    """``status``: hit id -> ``search.links_view.hit_status`` mark; each hit then
    says it as ``mark`` (``repealed_by``, ``amended_by`` or null), as the table
    says «утратил силу» / «изменялся» beside it."""
    d = res.to_dict()
    if status is not None:
        for h in d["hits"]:
            h["mark"] = status.get(h["id"])
    return json.dumps(d, ensure_ascii=False, indent=indent)
