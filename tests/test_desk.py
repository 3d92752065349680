"""The reference desk's search page on a real fund: the project's own composed
delivery (corpus/files, a fictional Заречный муниципальный округ) imported
as a batch would, OCR off.

A facet value's count is a promise: clicking it gives that many hits. It is
checked for every value of every facet (kind, year, rubric with its
subrubrics, body, level, received, territory), on the whole fund, on typed questions
and with one filter already chosen, by following the links the page itself
shows.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.fixtures import Client, imported_fund

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "files"
QUESTIONS = ("", "постановление", "2024", "ярмарка", "родительская плата")


@pytest.fixture(scope="module")
def corpus_home(tmp_path_factory) -> Path:
    from ingest.formats import Limits
    return imported_fund(tmp_path_factory.mktemp("desk"), CORPUS, limits=Limits(ocr=False))


@pytest.fixture(scope="module")
def client(corpus_home) -> Client:
    from search.web.app import App
    return Client(App(corpus_home, log=lambda m: None))


FACET_LI = re.compile(r'<li[^>]*><a href="([^"]*)"( class="on")?>(.*?)</a><span class="n">([^<]*)</span></li>')


def facets(page: str) -> list[tuple[str, str, str, int | None, bool]]:
    """(group heading, label, href, count or None, on) of the filter column."""
    aside = page[page.index("<aside"):page.index("</aside>")]
    out = []
    for part in re.split(r"(?=<h3>)", aside):
        m = re.match(r"<h3>(.*?)</h3>", part)
        if not m:
            continue
        for href, on, label, n in FACET_LI.findall(part):
            out.append((html.unescape(m.group(1)), html.unescape(label), html.unescape(href),
                        int(n) if n.strip().isdigit() else None, bool(on)))
    return out


def total(page: str) -> int:
    return int(re.search(r'id="total">[^<\d]*(\d+)', page).group(1))


def _get(client: Client, url: str) -> str:
    r = client.get(url)
    assert r.status == 200, url
    return r.text


def _check_counts(client: Client, url: str) -> int:
    """Every counted, not yet chosen value on ``url`` gives as many hits as it says."""
    checked = 0
    for heading, label, href, n, on in facets(_get(client, url)):
        if on or n is None:
            continue
        got = total(_get(client, href))
        assert got == n, f"{url}: {heading} «{label}» says {n}, gives {got} ({href})"
        checked += 1
    return checked


def test_the_corpus_gives_every_facet(client):
    groups = {g for g, *_ in facets(_get(client, "/"))}
    assert {"Вид акта", "Год принятия", "Рубрики", "Орган", "Уровень", "Поступление",
            "Территория"} <= groups
    subs = [x for x in facets(_get(client, "/")) if x[0] == "Рубрики" and "rubric=" in x[2]
            and "." in x[2].split("rubric=")[1]]
    assert subs, "the composed fund has subrubrics"


@pytest.mark.parametrize("text", QUESTIONS)
def test_each_facet_value_gives_the_hits_it_counts(client, text):
    assert _check_counts(client, "/?" + urlencode({"text": text})) >= 5


def test_counts_hold_with_one_filter_chosen(client):
    """For every facet, its first value chosen, then every value still offered."""
    first: dict[str, str] = {}
    for heading, _label, href, n, on in facets(_get(client, "/")):
        if not on and n and heading not in first:
            first[heading] = href
    checked = 0
    for heading in ("Вид акта", "Год принятия", "Рубрики", "Орган", "Уровень", "Поступление",
                    "Территория"):
        checked += _check_counts(client, first[heading])
    assert checked >= 20
    # and under each top rubric that has subrubrics
    tops = [href for heading, label, href, n, on in facets(_get(client, "/"))
            if heading == "Рубрики" and n and "." not in href.split("rubric=")[1]]
    for href in tops:
        _check_counts(client, href)


def test_counts_hold_within_dates_typed_in_the_form(client):
    """A year or a received period offered within dates already typed keeps
    them: its count is of these hits."""
    from datetime import date
    today = date.today().isoformat()
    for url in ("/?date_from=2024-03-01&date_to=2024-10-31", "/?date_from=12.03.2024",
                f"/?received_to={today}", f"/?received_from={today}&kind=постановление"):
        assert _check_counts(client, url) >= 3
    page = _get(client, "/?date_from=2024-03-01&date_to=2024-10-31")
    year = next(x for x in facets(page) if x[0] == "Год принятия")
    assert year[3] == total(page) < total(_get(client, "/?date_from=2024-01-01&date_to=2024-12-31"))


def test_a_subrubric_narrows_its_parent(client):
    """«Бюджет» then its «Тарифы»: the parent's hits narrow to the subrubric's,
    as its count promised; unrelated rubrics stay any-of."""
    page = _get(client, "/?rubric=budget")
    parent = total(page)
    sub = next(x for x in facets(page) if x[0] == "Рубрики" and "rubric=budget.tariffs" in x[2])
    assert sub[3] < parent
    narrowed = _get(client, sub[2])
    assert "rubric=budget&amp;rubric=budget.tariffs" in narrowed or \
        sub[2].count("rubric=") == 2
    assert total(narrowed) == sub[3] == total(_get(client, "/?rubric=budget.tariffs"))
    both = total(_get(client, "/?rubric=budget&rubric=elections"))
    assert both == parent + total(_get(client, "/?rubric=elections"))
    # once a rubric is chosen, an unrelated one is not offered (it would widen)
    offered = {x[2] for x in facets(page) if x[0] == "Рубрики"}
    assert not any("rubric=elections" in h for h in offered)


# --- the desk's everyday tools ---------------------------------------------------

def _hit_ids(page: str) -> list[str]:
    return re.findall(r'<li class="hit"><input type="checkbox" name="id" value="([^"]+)"', page)


def test_sorts_by_date_both_ways_and_by_number(corpus_home):
    from search.query import Query, search
    idx = corpus_home / "index"
    newest = search(idx, Query(sort="date", per_page=50)).hits
    oldest = search(idx, Query(sort="oldest", per_page=50)).hits
    assert [h.date for h in oldest] == sorted(h.date for h in oldest)
    assert [h.id for h in oldest] == [h.id for h in reversed(newest)]   # every act is dated
    numbers = [h.number for h in search(idx, Query(sort="number", per_page=50)).hits]
    pos = {n: i for i, n in enumerate(numbers)}
    # by the number's digits as a number: 98-п before 145-п before 1164-п
    assert pos["12-п"] < pos["63-п"] < pos["98-п"] < pos["145-п"] < pos["212-п"] < pos["355-п"]
    assert pos["12-п"] < pos["12/3"] < pos["15/2"]
    # pages continue the order
    p2 = search(idx, Query(sort="number", per_page=4, page=2)).hits
    assert [h.number for h in p2] == numbers[4:8]
    # a typed question keeps its hits, only their order changes
    by_score = search(idx, Query(text="ярмарка", per_page=50))
    by_number = search(idx, Query(text="ярмарка", sort="number", per_page=50))
    assert {h.id for h in by_score.hits} == {h.id for h in by_number.hits}
    with pytest.raises(ValueError, match="sort must be one of relevance, date, oldest, number"):
        Query(sort="title")


def test_the_page_offers_every_order(client):
    page = _get(client, "/?text=постановление&sort=oldest")
    sort = page[page.index('class="sort'):page.index("</span>", page.index('class="sort'))]
    assert "<b>сначала старые</b>" in sort
    for s in ("date", "number"):
        assert f"sort={s}" in sort
    ids = _hit_ids(page)
    assert ids and ids != _hit_ids(_get(client, "/?text=постановление&sort=date"))


def _pager(page: str) -> list[str]:
    m = re.search(r'<nav class="pager[^>]*>(.*?)</nav>', page, re.S)
    if not m:
        return []
    return [html.unescape(x) for x in re.findall(r">([^<>]+)</(?:a|b|span)>", m.group(1))]


def test_pages_are_numbered(client):
    assert _pager(_get(client, "/?per_page=1&page=8")) == [
        "← Назад", "1", "…", "6", "7", "8", "9", "10", "…", "15", "Дальше →"]
    assert _pager(_get(client, "/?per_page=2&page=5")) == [
        "← Назад", "1", "2", "3", "4", "5", "6", "7", "8", "Дальше →"]
    first = _get(client, "/?per_page=5")
    assert _pager(first) == ["1", "2", "3", "Дальше →"]
    assert '<b aria-current="page">1</b>' in first
    # each number leads to its page
    href = re.search(r'<a href="([^"]+)">3</a>', first).group(1)
    third = _get(client, html.unescape(href))
    assert '<b aria-current="page">3</b>' in third and "показаны 11–15" in third
    assert _pager(_get(client, "/?text=ярмарка")) == []        # one page: no pager


def test_copy_citation_on_the_card_and_each_hit(client, corpus_home):
    from ingest.fund import Fund
    from search.biblio import describe
    page = _get(client, "/?text=ярмарка")
    fund = Fund(corpus_home)
    try:
        ids = _hit_ids(page)
        assert ids
        for rid in ids:
            m = re.search(rf'<textarea readonly rows="3" id="cite-{rid}"[^>]*>([^<]*)</textarea>', page)
            assert m and html.unescape(m.group(1)) == describe(fund.get_record(rid))
        card = _get(client, f"/act/{ids[0]}")
        text = describe(fund.get_record(ids[0]))
    finally:
        fund.close()
    m = re.search(rf'<textarea readonly rows="3" id="cite-{ids[0]}"[^>]*>([^<]*)</textarea>', card)
    assert html.unescape(m.group(1)) == text and "ярмарк" in text.lower() and "– Текст" in text
    # the button copies with the script and is hidden without it (the field is selectable)
    assert f'data-copy="cite-{ids[0]}"' in card and re.search(r"<button[^>]*data-copy[^>]*hidden", card)
    assert "data-copy" in client.get("/static/app.js").text


def _basket_ids(client: Client) -> list[str]:
    return [i for i in client.cookies.get("ad_basket", "").split(".") if i]


def test_add_all_found_to_the_list(corpus_home):
    from search.web.app import App
    c = Client(App(corpus_home, log=lambda m: None))
    token = c.csrf()
    r = c.post("/basket", {"action": "add_found", "text": "постановление", "sort": "number",
                           "page": "2", "per_page": "3", "csrf": token, "next": "/"})
    assert r.status in (302, 303)
    found = total(_get(c, "/?text=постановление"))
    added = _basket_ids(c)
    assert len(added) == found > 5
    # in the order searched, every page (not the page the button was on)
    assert added == _hit_ids(_get(c, f"/?text=постановление&sort=number&per_page={found}"))
    page = _get(c, r.headers["location"])
    assert f"В списке все найденные: {found}." in page


def test_add_all_found_stops_at_the_lists_capacity(corpus_home, monkeypatch):
    from search.web.app import App
    from search.web.views import basket
    monkeypatch.setattr(basket, "MAX_BASKET", 5)
    c = Client(App(corpus_home, log=lambda m: None))
    r = c.post("/basket", {"action": "add_found", "csrf": c.csrf(), "next": "/"})
    assert len(_basket_ids(c)) == 5
    page = _get(c, r.headers["location"])
    assert "В список добавлены 5 из 15 найденных: список вмещает не больше 5 актов." in page


def test_add_all_found_refuses_a_malformed_question_as_the_search_does(corpus_home):
    """A question the parser refuses (an unclosed quote) is a 400 that says so,
    not a server error and not the whole fund added to the list."""
    from search.web.app import App
    c = Client(App(corpus_home, log=lambda m: None))
    r = c.post("/basket", {"action": "add_found", "text": '"ярмарка', "csrf": c.csrf(), "next": "/"})
    assert r.status == 400
    assert "кавыч" in r.text.lower()
    assert _basket_ids(c) == []


def test_the_list_is_reordered_and_trimmed_before_export(client):
    client.cookies.pop("ad_basket", None)
    ids = _hit_ids(_get(client, "/?sort=number&per_page=3"))
    token = client.csrf()
    client.post("/basket", {"action": "add", "id": ids, "csrf": token})
    assert _basket_ids(client) == ids
    client.post("/basket", {"action": "down", "id": ids[0], "csrf": token})
    assert _basket_ids(client) == [ids[1], ids[0], ids[2]]
    client.post("/basket", {"action": "up", "id": ids[2], "csrf": token})
    assert _basket_ids(client) == [ids[1], ids[2], ids[0]]
    client.post("/basket", {"action": "up", "id": ids[1], "csrf": token})   # already first
    assert _basket_ids(client) == [ids[1], ids[2], ids[0]]
    client.post("/basket", {"action": "remove", "id": ids[2], "csrf": token})
    assert _basket_ids(client) == [ids[1], ids[0]]
    # the page shows the list in that order, the export keeps it when asked,
    # under the title typed
    page = _get(client, "/basket")
    assert page.index(f"/act/{ids[1]}") < page.index(f"/act/{ids[0]}")
    txt = client.get("/basket/export?" + urlencode(
        {"format": "txt", "order": "given", "title": "Ярмарки Заречного"})).text
    assert txt.lstrip().startswith("Ярмарки Заречного")
    from search.web.views.basket import ORDERS
    assert set(ORDERS) <= {"legal-force", "given", "date", "title"}
    assert client.get("/basket/export?format=txt&order=random").status == 400


def test_the_lists_print_view(client):
    client.cookies.pop("ad_basket", None)
    ids = _hit_ids(_get(client, "/?text=постановление"))[:3]
    client.post("/basket", {"action": "add", "id": ids, "csrf": client.csrf()})
    page = _get(client, "/basket?" + urlencode({"print": "1", "title": "Для читателя Иванова",
                                                 "group_by": "kind"}))
    printed = page[page.index('id="printed"'):]
    assert "Для читателя Иванова" in printed and "Постановления" in printed
    assert printed.count("<li value=") == 3
    assert 'method="post"' not in printed            # no controls in what is printed
    assert "data-print" in page


def test_the_print_stylesheet_leaves_out_the_controls(client):
    css = client.get("/static/app.css").text
    rules = css[css.index("@media print"):]
    for sel in ("aside", "details.filters", ".noprint", "form.q", ".pager", ".bar", "#staff"):
        assert sel in rules.split("{")[1], sel
