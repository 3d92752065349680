"""A rubric filter on the web page and the API names a rubric of the scheme or is
refused saying so (qa79's note: ``?rubric=finance`` showed its chip over «Ничего не
найдено»); a code in any case or a rubric's label is taken, as the CLI takes it.
Fictional acts of Сосновское поселение."""
from __future__ import annotations

import html as _html
import json

import pytest

_DECREE = """АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 10.01.2024 № 4-п

Об исполнении бюджета Сосновского сельского поселения Заречного муниципального района за 2023 год

Утвердить отчет об исполнении бюджета поселения за 2023 год по доходам и расходам.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from search.web.app import App
    from tests.fixtures import Client, fund_of_texts
    home = fund_of_texts(tmp_path_factory.mktemp("rubricnames"), {"sosnovka_4p.txt": _DECREE})
    return Client(App(home, log=lambda m: None))


def test_a_rubric_code_no_scheme_knows_is_said_with_the_nearest(client):
    r = client.get("/?text=&rubric=budjet")
    page = _html.unescape(r.text)
    assert r.status == 400
    assert "Рубрики «budjet» в рубрикаторе нет. Возможно, имелась в виду: budget" in page


def test_a_code_in_capitals_or_a_label_filters_as_the_code(client):
    budget = next(r for r in client.app.scheme.rubrics if r.code == "budget")
    for value in ("BUDGET", budget.label_ru):
        from urllib.parse import urlencode
        page = _html.unescape(client.get("/?" + urlencode({"text": "", "rubric": value})).text)
        assert "Найдено: 1" in page and "в рубрикаторе нет" not in page, value


def test_the_api_answers_400_with_the_reason(client):
    r = client.get("/api/search?text=&rubric=financ&lang=en")
    assert r.status == 400
    body = json.loads(r.text)
    assert body["reason"] == "unknown_rubric" and "There is no rubric “financ”" in body["error"]



def test_a_long_heading_is_cut_in_the_browser_tab_at_a_word_with_an_ellipsis(client):
    """The card page's <title> (the tab, bookmarks, history): cut at 80 characters it used
    to end mid-word with nothing to say so (qa79's note)."""
    import re
    hit = re.search(r'href="(/act/[^"?]+)', client.get("/").text)
    title = _html.unescape(re.search(r"<title>(.*?) — ", client.get(hit.group(1)).text, re.S).group(1))
    assert title.endswith("…") and len(title) <= 81, title
    whole = "Об исполнении бюджета Сосновского сельского поселения Заречного муниципального района за 2023 год"
    kept = title[:-1].rstrip()
    assert whole.startswith(kept) and whole[len(kept)] == " ", title   # cut between words
