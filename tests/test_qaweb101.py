"""A librarian's and a reader's QA pass of the web page (helper qaweb101):
what a keyboard or screen-reader user meets (every control named, focus not
pulled away from the page's own content, a way past the filters) and what a
reader reads in the active-filter chips.

The fund is two acts of a fictional municipality, imported as a batch does.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from search.web.app import App
from tests.fixtures import Client, Clock, fund_of_texts

ACT = """АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ
ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА САМАРСКОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от 14 мая 2024 г. № 31-п

Об организации ярмарки выходного дня на территории поселения

В соответствии с Уставом поселения администрация постановляет:
1. Провести ярмарку выходного дня на площади у дома культуры.
2. Контроль за исполнением настоящего постановления оставляю за собой.

Глава поселения С.С. Сосновский
"""

ACT2 = ACT.replace("31-п", "32-п").replace("14 мая", "15 мая").replace(
    "ярмарки выходного дня", "праздника села")


@pytest.fixture(scope="module")
def fund_home(tmp_path_factory):
    return fund_of_texts(tmp_path_factory.mktemp("qaweb101"),
                         {"yarmarka.txt": ACT, "prazdnik.txt": ACT2})


@pytest.fixture
def client(fund_home) -> Client:
    return Client(App(fund_home, clock=Clock(), max_upload_mb=1, log=lambda m: None))


def _an_id(client) -> str:
    return re.search(r'href="/act/([A-Za-z0-9_-]+)"', client.get("/").text).group(1)


class _Controls(HTMLParser):
    """The form controls a person fills in, and whether each has a name a
    screen reader can say: a wrapping <label>, a <label for=id>, aria-label,
    aria-labelledby or title."""

    SKIP_TYPES = {"hidden", "submit", "button", "reset", "image"}

    def __init__(self):
        super().__init__()
        self.depth = 0            # open <label> elements
        self.label_for: set[str] = set()
        self.controls: list[tuple[str, bool, str]] = []   # (markup, named, id)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "label":
            self.depth += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        elif tag in ("input", "select", "textarea"):
            if tag == "input" and (a.get("type") or "text") in self.SKIP_TYPES:
                return
            named = bool(self.depth or a.get("aria-label") or a.get("aria-labelledby") or a.get("title"))
            self.controls.append((self.get_starttag_text(), named, a.get("id") or ""))

    def handle_endtag(self, tag):
        if tag == "label" and self.depth:
            self.depth -= 1

    def unnamed(self) -> list[str]:
        return [m for m, named, i in self.controls if not named and i not in self.label_for]


def _unnamed(html: str) -> list[str]:
    p = _Controls()
    p.feed(html)
    return p.unnamed()


def test_every_control_of_the_readers_and_staff_pages_has_a_name(client):
    """The period of the new-arrivals bulletin, the RUSMARC encoding of the
    list and the file field of the upload page were bare controls: a screen
    reader said «поле ввода даты», «список», «кнопка выбора файла» and nothing
    of what they were for."""
    rid = _an_id(client)
    tok = client.csrf("/")
    assert client.post("/basket", {"csrf": tok, "action": "add", "id": rid, "next": "/basket"}).status == 303
    reader = ["/", f"/act/{rid}", "/basket", "/arrivals", "/dossiers", "/login"]
    for url in reader:
        page = client.get(url)
        assert page.status == 200, url
        assert _unnamed(page.text) == [], url
    assert client.login().status == 303
    for url in ["/upload", "/review", f"/act/{rid}"]:
        page = client.get(url)
        assert page.status == 200, url
        assert _unnamed(page.text) == [], url


def test_the_label_checker_sees_a_bare_control():
    assert _unnamed('<input type="date" name="d">') == ['<input type="date" name="d">']
    assert _unnamed('<label>с <input type="date" name="d"></label>') == []
    assert _unnamed('<label for="x">с</label><input id="x" name="d">') == []
    assert _unnamed('<input type="hidden" name="csrf"><button>Найти</button>') == []


def test_the_chip_of_the_no_region_filter_says_so_in_words(client):
    """The facet «регион не указан» links to ``?region=-``; its chip read
    «Регион: -», a dash a reader cannot make sense of."""
    html = client.get("/?region=-").text
    chips = re.search(r'(?s)class="chips.*?</(?:div|ul|p)>', html)
    assert chips, "no chips shown"
    assert "регион не указан" in chips.group(0)
    assert ": -<" not in chips.group(0) and ": -\n" not in chips.group(0)


def test_only_the_search_page_pulls_the_focus_into_the_search_box(client):
    """On the card and the list the box took the focus (``autofocus`` in the
    layout): a screen reader began at the search field instead of the act,
    and Tab left the page's own content behind."""
    rid = _an_id(client)
    assert "autofocus" in client.get("/").text
    assert "autofocus" in client.get("/?text=ярмарка").text
    for url in (f"/act/{rid}", "/basket"):
        html = client.get(url).text
        assert 'name="text"' in html, url          # the box is still there
        assert "autofocus" not in html, url


def test_a_keyboard_user_can_skip_the_filters_to_the_hits(client):
    """Between the search box and the first hit stood every facet link (forty
    on a small fund): a link «к результатам» comes first and lands on them."""
    html = client.get("/?text=ярмарка").text
    skip = re.search(r'<a[^>]*class="skip\b[^"]*"[^>]*href="#([\w-]+)"|<a[^>]*href="#([\w-]+)"[^>]*class="skip\b', html)
    assert skip, "no skip link"
    target = skip.group(1) or skip.group(2)
    assert f'id="{target}"' in html
    assert html.index(skip.group(0)) < html.index('class="filters"') < html.index(f'id="{target}"')


def test_each_hits_checkbox_says_which_act_it_ticks(client):
    """Ten checkboxes all named «Отметить»: a screen reader could not tell
    which act it was about to add to the list."""
    html = client.get("/?text=ярмарка").text
    labels = re.findall(r'<input type="checkbox" name="id"[^>]*aria-label="([^"]*)"', html)
    assert labels
    assert all("31-п" in lab or "32-п" in lab for lab in labels), labels


@pytest.mark.parametrize("lo,hi", [("date_from", "date_to"), ("received_from", "received_to")])
def test_a_period_typed_back_to_front_is_named_not_answered_with_nothing(client, lo, hi):
    """«принят с 01.01.2025 по 01.01.2024» found nothing and said only
    «Ничего не найдено»: the reader could not tell the dates were swapped."""
    r = client.get(f"/?text=ярмарка&{lo}=01.01.2025&{hi}=01.01.2024")
    assert r.status == 400
    assert "01.01.2025" in r.text and "01.01.2024" in r.text and "позже" in r.text
    api = client.get(f"/api/search?{lo}=2025-01-01&{hi}=2024-01-01")
    assert api.status == 400
    assert client.get(f"/?{lo}=01.01.2024&{hi}=01.01.2024").status == 200   # one day is a period


@pytest.mark.parametrize("typed", ["самарская", "Самарской", "Самарская область"])
def test_a_region_typed_by_hand_marks_its_facet_as_chosen(client, typed):
    """``?region=самарская`` is read as «Самарская область» (the hits and
    «Распознано» say so), but the territory facet left that region unmarked
    and its link *added* the filter again instead of taking it off."""
    html = client.get("/?region=" + typed).text
    assert "31-п" in html
    on = re.findall(r'<a href="([^"]*)" class="on">([^<]*)</a>', html)
    assert ("/?text=", "Самарская область") in on, on


def test_a_municipality_typed_by_hand_marks_its_facet_too(client):
    """``municipality=сосновское`` is read as the settlement's full name; the
    facet dropped the settlement's line altogether (its key was compared with
    the words as typed) and the region lost its count for no visible reason."""
    html = client.get("/?region=самарская&municipality=сосновское").text
    assert "31-п" in html
    on = [label for _, label in re.findall(r'<a href="([^"]*)" class="on">([^<]*)</a>', html)]
    assert any(label.startswith("Сосновское") for label in on), on


def test_the_print_control_of_the_bulletin_is_a_button_shown_by_the_script(client):
    """The bulletin's «Печать» was a link to «#»: without the script (the
    pages work without it) a dead link, and a link that acts as a button.
    Like the card's and the list's, it is a button the script un-hides."""
    html = client.get("/arrivals").text
    prints = re.findall(r"<(\w+)[^>]*\bdata-print\b[^>]*>", html)
    assert prints
    for tag in re.findall(r"<\w+[^>]*\bdata-print\b[^>]*>", html):
        assert tag.startswith("<button") and " hidden" in tag and 'href="#"' not in tag, tag
