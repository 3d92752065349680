"""What the arrivals, list, file and rubric-review views say when they refuse
a request: the reader's language, Russian by default, English after the
switch — never a program's English phrase on a Russian page (issue 15).

Each refusal is provoked as a reader or a librarian would (a date typed
by hand, a link edited, a stale bookmark, a form sent twice) and its
message read off the error page. The values the reader typed and the
names of formats and parameters (``txt``, ``date_from``) are technical
words a message may quote; everything else must be in the page's language.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from corpus.acts import ALL
from corpus.build import txt_bytes
from ingest.fund import Fund
from search.query import SORTS
from search.rusmarc import ENCODINGS, FORMATS as MARC_FORMATS
from search.web import lists_bridge
from search.web.app import App
from search.web.params import URL_FIELDS
from tests.fixtures import Client, Clock, fund_of_texts

# what a message may quote as it is: names of formats, encodings, parameters
# and their values, the scheme's file, HTTP methods
TECHNICAL = ({w.lower() for x in (*lists_bridge.FORMATS, *MARC_FORMATS, *ENCODINGS, *URL_FIELDS,
                                  *SORTS) for w in re.findall(r"[A-Za-z]+", x)}
             | {"rubrics", "yaml", "post", "put", "delete"})


@pytest.fixture(scope="module")
def fund_home(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("messages")
    return fund_of_texts(root, {f"act_{i}.txt": txt_bytes(act, "utf-8").decode("utf-8")
                                for i, act in enumerate(ALL[:3])})


@pytest.fixture
def app(fund_home) -> App:
    return App(fund_home, clock=Clock(), log=lambda m: None)


@pytest.fixture(scope="module")
def rid(fund_home) -> str:
    fund = Fund(fund_home)
    try:
        return next(iter(fund.iter_records())).id
    finally:
        fund.close()


def message(r) -> str:
    m = re.search(r'<p class="err">(.*?)</p>', r.text, re.S)
    assert m, (r.status, r.text[:500])
    return html.unescape(m.group(1))


def assert_in_language(msg: str, lang: str, typed: tuple[str, ...] = ()) -> None:
    """``msg`` in ``lang``: the reader's own values left aside, a Russian
    message has Cyrillic and no English word, an English one no Cyrillic."""
    rest = msg
    for v in typed:
        rest = rest.replace(v, " ")
    english = [w for w in re.findall(r"[A-Za-z]{2,}", rest) if w.lower() not in TECHNICAL]
    if lang == "ru":
        assert re.search(r"[а-яё]", rest, re.I) and not english, msg
    else:
        assert english and not re.search(r"[а-яё]", rest, re.I), msg


def refusals(c: Client, rid: str):
    """(view, response, values the reader typed) for every refusal a reader
    or a librarian can run into in the four views."""
    yield "arrivals", c.get("/arrivals?received_from=вчера"), ("вчера",)
    yield "arrivals", c.get("/arrivals?received_from=2024-05-01&received_to=2024-04-01"), ()
    yield "arrivals", c.get("/arrivals/export?format=pdf"), ("pdf",)
    yield "basket", c.get("/basket?group_by=month"), ("month",)
    yield "basket", c.get("/basket?order=newest"), ("newest",)
    yield "basket", c.get("/basket/export?format=pdf"), ("pdf",)
    yield "basket", c.get("/basket/marc?format=mrk"), ("mrk",)
    yield "basket", c.get("/basket/marc?encoding=koi8"), ("koi8",)
    c.get("/basket")
    token = c.cookies["ad_csrf"]          # an anonymous form's double-submit token
    yield "basket", c.post("/basket", {"csrf": token, "action": "shuffle"}), ("shuffle",)
    yield "basket", c.post("/basket", {"csrf": token, "action": "add_found",
                                       "date_from": "вчера"}), ("вчера",)
    yield "basket", c.post("/basket", {"csrf": token, "action": "add_found", "sort": "best"}), \
        ("best",)
    yield "basket", c.post("/basket", {"csrf": "forged", "action": "clear"}), ()
    yield "basket", c.request("POST", "/basket", body=b"--x--\r\n",
                              content_type="multipart/form-data; boundary=x"), ()
    yield "basket", c.request("PUT", "/basket", body=b""), ()
    yield "files", c.get("/file/nosuchrecord"), ()
    yield "files", c.get("/static/nosuch.css"), ()
    c.login()
    token = c.csrf("/review")
    yield "review", c.post("/review", {"csrf": token, "id": rid, "code": "no.such.rubric"}), \
        ("no.such.rubric",)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_refusal_of_the_four_views_is_in_the_readers_language(app, rid, lang):
    c = Client(app)
    if lang == "en":
        c.get("/lang?to=en&next=/")
    seen = set()
    for view, r, typed in refusals(c, rid):
        assert 400 <= r.status < 500, (view, r.status)
        assert_in_language(message(r), lang, typed)
        seen.add(view)
    assert seen == {"arrivals", "basket", "files", "review"}


def test_a_missing_original_and_a_missing_scheme_are_said_in_russian(app, rid, monkeypatch):
    c = Client(app)
    monkeypatch.setattr(Fund, "stored_path", lambda self, sha: None)
    r = c.get(f"/file/{rid}")
    assert r.status == 404
    assert_in_language(message(r), "ru")
    monkeypatch.setattr(Fund, "get_file", lambda self, sha: None)
    r = c.get(f"/file/{rid}")
    assert r.status == 404 and "Оригинала этой записи нет" in message(r)
    c.login()
    app.scheme = None
    r = c.get("/review")
    assert r.status == 400
    assert_in_language(message(r), "ru")


def test_a_bad_search_parameter_names_it_in_the_page_language(app):
    c = Client(app)
    r = c.get("/?date_from=вчера")
    assert r.status == 400 and "date_from" in message(r)
    assert_in_language(message(r), "ru", ("вчера",))
    c.get("/lang?to=en&next=/")
    r = c.get("/?page=abc")
    assert r.status == 400 and "page" in message(r)
    assert_in_language(message(r), "en", ("abc",))


def test_a_bad_period_is_refused_on_the_bulletins_own_page(app):
    """The bare error page left the librarian without the period's form; now
    the bulletin's page says what is wrong above its form (status 400 kept)."""
    c = Client(app)
    r = c.get("/arrivals?received_from=2000-01-01")
    assert r.status == 200 and 'action="/arrivals"' in r.text and 'class="err"' not in r.text
    r = c.get("/arrivals?received_from=31.02.2024")
    assert r.status == 400
    assert 'action="/arrivals"' in r.text and 'name="received_from"' in r.text
    assert "31.02.2024" in message(r)
    assert_in_language(message(r), "ru", ("31.02.2024",))
    r = c.get("/arrivals?received_from=2024-05-01&received_to=2024-04-01")
    assert r.status == 400 and 'action="/arrivals"' in r.text
    assert "01.05.2024" in message(r) and "01.04.2024" in message(r)
    r = c.get("/arrivals?received_from=%3Cscript%3Ealert(1)%3C/script%3E")
    assert r.status == 400 and "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)" in r.text
