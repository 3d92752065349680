"""The reference desk's search page on a real fund: the project's own composed
delivery (corpus/files, a fictional Заречный муниципальный округ) imported
as a batch would, OCR off.

A facet value's count is a promise: clicking it gives that many hits. It is
checked for every value of every facet (kind, year, rubric with its
subrubrics, body, level, received), on the whole fund, on typed questions
and with one filter already chosen, by following the links the page itself
shows.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.fixtures import Client

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "files"
QUESTIONS = ("", "постановление", "2024", "ярмарка", "родительская плата")


@pytest.fixture(scope="module")
def corpus_home(tmp_path_factory) -> Path:
    from ingest.formats import Limits
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from ingest.settings import scheme_path
    from search.sync import sync_index
    home = tmp_path_factory.mktemp("desk") / "fund"
    fund = Fund(home)
    Batch(fund, jobs=1, scheme_path=scheme_path(home), limits=Limits(ocr=False)).run([CORPUS])
    sync_index(fund)
    fund.close()
    return home


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
    assert {"Вид акта", "Год принятия", "Рубрики", "Орган", "Уровень", "Поступление"} <= groups
    subs = [x for x in facets(_get(client, "/")) if x[0] == "Рубрики" and "rubric=" in x[2]
            and "." in x[2].split("rubric=")[1]]
    assert subs, "the composed fund has subrubrics"


@pytest.mark.parametrize("text", QUESTIONS)
def test_each_facet_value_gives_the_hits_it_counts(client, text):
    from urllib.parse import urlencode
    assert _check_counts(client, "/?" + urlencode({"text": text})) >= 5


def test_counts_hold_with_one_filter_chosen(client):
    """For every facet, its first value chosen, then every value still offered."""
    first: dict[str, str] = {}
    for heading, _label, href, n, on in facets(_get(client, "/")):
        if not on and n and heading not in first:
            first[heading] = href
    checked = 0
    for heading in ("Вид акта", "Год принятия", "Рубрики", "Орган", "Уровень", "Поступление"):
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
