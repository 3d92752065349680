"""Press dossiers (issue 14, part 4): through the CLI, the catalog and the web.

The fund is imported as a library receives it: a TXT issue of «Береговские
ведомости» (acts and an announcement of public hearings) and a council
decision of 2023 (RTF) first; later the site's official section of
«Береговской вестник» (acts and two news items), through ``actdesk
ingest``, so the dossiers follow the import. The issues are composed by
corpus/gazettes.py, the RTF is the sample fund's (corpus/files).
"""
from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from corpus import gazettes as G
from ingest.fund import CATALOG_VERSION, Fund
from search import biblio
from tests.fixtures import PASSWORD, Client, Clock, imported_fund

REPO = Path(__file__).resolve().parent.parent
STREETS = "Улицы и дороги"


@pytest.fixture(scope="module")
def deliveries(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("dossier-deliveries")
    issues = {i.file: i for i in G.issues()}
    first, later = root / "first", root / "later"
    first.mkdir()
    later.mkdir()
    (first / "g09_vedomosti.txt").write_bytes(G.issue_bytes(issues["g09_vedomosti.txt"]))
    shutil.copy(REPO / "corpus/files/07_zarechny_sovet_12-3_byudzhet.rtf", first)
    (later / "g08_vestnik_site.html").write_bytes(G.issue_bytes(issues["g08_vestnik_site.html"]))
    return {"first": first, "later": later}


@pytest.fixture(scope="module")
def base_home(tmp_path_factory, deliveries) -> Path:
    return imported_fund(tmp_path_factory.mktemp("dossier-fund"), deliveries["first"])


@pytest.fixture
def home(base_home, tmp_path) -> Path:
    """A fresh copy of the first delivery's fund for each test."""
    dst = tmp_path / "fund"
    shutil.copytree(base_home, dst)
    return dst


def run(home: Path, *args, code: int = 0):
    r = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert r.exit_code == code, r.output
    return r


def show_json(home: Path, name: str, *more) -> dict:
    return json.loads(run(home, "dossier", "show", name, "--json", *more).stdout)


def by_title(home: Path, words: str) -> str:
    fund = Fund(home)
    try:
        found = [r.id for r in fund.iter_records() if words in (r.title or "")]
    finally:
        fund.close()
    assert len(found) == 1, (words, found)
    return found[0]


def ingest_later(home: Path, deliveries) -> None:
    run(home, "ingest", str(deliveries["later"]))


# --- a saved query and the librarian's choices ---------------------------------------------

def test_create_saves_the_query_layers_own_query_and_finds_its_acts(home):
    r = run(home, "dossier", "create", STREETS, "--query", "улица OR дорога", "--kind", "решение")
    assert "материалов 1" in r.output
    fund = Fund(home)
    stored = fund.db.execute("SELECT query FROM dossiers WHERE name=?", (STREETS,)).fetchone()[0]
    fund.close()
    assert json.loads(stored) == {"v": 1, "text": "улица OR дорога", "kind": ["решение"]}
    d = show_json(home, STREETS)
    assert [m["id"] for m in d["members"]] == [by_title(home, "по улице Мостовой")]
    assert d["members"][0]["new"] is False          # what the query found at creation is seen
    assert d["members"][0]["publication"]["name"] == "Береговские ведомости"
    assert d["members"][0]["description"].endswith(
        " // Береговские ведомости. – 2024. – № 9 (1205). – С. 1.")


def test_the_librarians_choices_win_over_the_query(home):
    from ingest.corrections import correct
    from search.sync import sync_index
    street = by_title(home, "по улице Мостовой")
    hearing = by_title(home, "публичных слушаний")
    run(home, "dossier", "create", STREETS, "--query", "улица", "--kind", "решение")
    run(home, "dossier", "create", "Решения", "--query", "улица", "--kind", "решение")
    run(home, "dossier", "create", "Только запрос", "--query", "улица", "--kind", "решение")
    run(home, "dossier", "add", STREETS, street, hearing[:14])     # a short id is enough
    run(home, "dossier", "remove", "Решения", street)
    assert {m["id"] for m in show_json(home, STREETS)["members"]} == {street, hearing}
    assert show_json(home, "Решения")["members"] == []               # removed: out, though found
    assert [m["id"] for m in show_json(home, "Только запрос")["members"]] == [street]
    # the act is no longer a decision: the query stops finding it, the hand-added stays
    fund = Fund(home)
    correct(fund, street, {"kind": "постановление"})
    sync_index(fund)
    fund.close()
    assert show_json(home, "Только запрос")["members"] == []
    members = {m["id"]: m for m in show_json(home, STREETS)["members"]}
    assert set(members) == {street, hearing} and members[street]["how"] == "added"
    # adding back what was removed puts it in again
    run(home, "dossier", "add", "Решения", street)
    assert [m["id"] for m in show_json(home, "Решения")["members"]] == [street]


def test_a_name_that_does_not_exist_is_a_clear_error(home):
    run(home, "dossier", "create", STREETS, "--query", "улица")
    for args in (("show", "Выборы-2026"), ("add", "Выборы-2026", "abc"), ("seen", "Выборы-2026"),
                 ("export", "Выборы-2026", "-o", str(home.parent / "x.html"))):
        r = run(home, "dossier", *args, code=1)
        assert "no dossier named «Выборы-2026»" in r.output and STREETS in r.output, args
    assert not (home.parent / "x.html").exists()
    r = run(home, "dossier", "create", STREETS, "--query", "дорога", code=1)
    assert "exists already" in r.output
    r = run(home, "dossier", "add", STREETS, "нет-такого-id", code=1)
    assert "записи с номером «нет-такого-id» нет" in r.output
    r = run(home, "dossier", "create", "Стройка", "--query", "(улица OR", code=1)
    assert "bad query: " in r.output and "OR" in r.output
    assert "needs words or a filter" in run(home, "dossier", "create", "Пустое", code=1).output
    assert [d["name"] for d in json.loads(run(home, "dossier", "list", "--json").stdout)] == [STREETS]


# --- new on import, then seen --------------------------------------------------------------

def test_records_the_query_finds_on_import_are_new_until_seen(home, deliveries):
    run(home, "dossier", "create", STREETS, "--query", "улица OR дорога")
    assert json.loads(run(home, "dossier", "list", "--json").stdout)[0]["new"] == 0
    ingest_later(home, deliveries)
    bridge = by_title(home, "пешеходный мост")
    roads = by_title(home, "автомобильных дорог")
    # the import itself let them in (the hook after the index sync), before anyone looked
    fund = Fund(home)
    rows = fund.db.execute("SELECT record_id, how FROM dossier_members WHERE dossier=? "
                           "AND seen IS NULL", (STREETS,)).fetchall()
    fund.close()
    assert sorted((r[0], r[1]) for r in rows) == sorted([(bridge, "query"), (roads, "query")])
    listed = json.loads(run(home, "dossier", "list", "--json").stdout)[0]
    assert (listed["total"], listed["new"]) == (3, 2)
    table = run(home, "dossier", "show", STREETS, "--keep-new").stdout
    new_lines = [ln for ln in table.splitlines() if ln.startswith("НОВОЕ")]
    assert sorted(ln.split()[1] for ln in new_lines) == sorted([bridge, roads])
    assert {m["id"] for m in show_json(home, STREETS, "--keep-new")["members"] if m["new"]} \
        == {bridge, roads}
    run(home, "dossier", "show", STREETS)                               # showing marks them seen
    assert not [m for m in show_json(home, STREETS)["members"] if m["new"]]
    assert "НОВОЕ" not in run(home, "dossier", "show", STREETS).stdout


def test_dossier_seen_marks_without_showing(home, deliveries):
    run(home, "dossier", "create", STREETS, "--query", "улица OR дорога")
    ingest_later(home, deliveries)
    assert "просмотренные: 2" in run(home, "dossier", "seen", STREETS).stdout
    assert json.loads(run(home, "dossier", "list", "--json").stdout)[0]["new"] == 0


# --- the document to hand out --------------------------------------------------------------

def _prepared(home, deliveries) -> dict[str, str]:
    ingest_later(home, deliveries)
    ids = {"bridge": by_title(home, "пешеходный мост"), "street": by_title(home, "по улице Мостовой"),
           "roads": by_title(home, "автомобильных дорог"), "budget": by_title(home, "О бюджете")}
    run(home, "dossier", "create", STREETS, "--query", "улица OR дорога")
    run(home, "dossier", "add", STREETS, ids["budget"])
    return ids


def _plain(s: str) -> str:
    return s.replace("\u00a0", " ")


def _describe(home, rid) -> str:
    fund = Fund(home)
    try:
        return biblio.describe(fund.get_record(rid))
    finally:
        fund.close()


def test_export_docx_title_page_years_descriptions_and_texts(home, deliveries):
    import docx
    ids = _prepared(home, deliveries)
    out = home.parent / "dossier.docx"
    run(home, "dossier", "export", STREETS, "--format", "docx", "-o", str(out), "--group-by", "year")
    doc = docx.Document(str(out))
    paras = [(p.style.name, _plain(p.text), p) for p in doc.paragraphs]
    texts = [t for _s, t, _p in paras]
    # the title page: subtitle, name, compiled date, then a page break before the contents
    first = [t for t in texts[:texts.index("Содержание")] if t.strip()]
    assert first[:2] == ["Пресс-досье", STREETS]
    assert any(t.startswith("Дата составления: ") for t in first)
    assert "Хронологический охват: 2023–2024 гг." in first
    assert any('w:br w:type="page"' in p._p.xml for _s, _t, p in paras[:texts.index("Содержание")])
    assert doc.core_properties.title == STREETS
    # contents by year, oldest first; each entry the ГОСТ description, // for the newspaper
    contents = texts[texts.index("Содержание"):texts.index("Материалы")]
    assert [t for s, t, _p in paras if s == "Heading 2"][:2] == ["2023 г.", "2024 г."]
    listed = [t for s, t, _p in paras if s == "List Number"]
    assert len(listed) == 4 and all(t in contents for t in listed)
    bridge = _describe(home, ids["bridge"])
    assert " // Береговской вестник. – 2024. – 26 апр. (№ 18)." in bridge
    assert bridge in listed
    assert listed[0] == _describe(home, ids["budget"])                # 2023 comes first
    # the materials: numbered description, then the text (a clipping whole, an act cut)
    mat = texts[texts.index("Материалы"):]
    n_bridge = listed.index(bridge) + 1
    at = mat.index(f"{n_bridge}. {bridge}")
    assert any("Мост длиной сорок два метра оборудован освещением" in t for t in mat[at:at + 4])
    # --excerpt: every text cut at a word, marked as a fragment
    run(home, "dossier", "export", STREETS, "-o", str(out), "--excerpt", "200")
    mat = [_plain(p.text) for p in docx.Document(str(out)).paragraphs]
    mat = mat[mat.index("Материалы"):]
    n_street = listed.index(_describe(home, ids["street"])) + 1
    at = mat.index(f"{n_street}. {_describe(home, ids['street'])}")
    body = mat[at + 1:mat.index("(Фрагмент текста)", at)]
    assert body and len(" ".join(body)) <= 200 and body[-1].endswith("[…]")


def test_export_html_by_rubric_escaped_with_descriptions(home, deliveries):
    from search.lists import rubric_scheme
    ids = _prepared(home, deliveries)
    out = home.parent / "dossier.html"
    run(home, "dossier", "export", STREETS, "-o", str(out), "--group-by", "rubric", "--full")
    page = out.read_text(encoding="utf-8")
    title = page[page.index('<section class="title-page">'):page.index("</section>")]
    assert f"<h1>{STREETS}</h1>" in title and "Дата составления: " in title
    labels, _order = rubric_scheme(home)
    heads = [html.unescape(h) for h in re.findall(r"<h3>(.*?)</h3>", page)]
    assert len(heads) >= 2 and set(heads) <= set(labels.values()) | {"Без рубрики"}
    descs = [_plain(html.unescape(re.sub(r"<[^>]+>", "", d)))
             for d in re.findall(r'<p class="desc">(.*?)</p>', page)]
    assert sorted(re.sub(r"^\d+\. ", "", d) for d in descs) == \
        sorted(_describe(home, rid) for rid in ids.values())
    assert [int(d.split(".")[0]) for d in descs] == [1, 2, 3, 4]
    assert "(Фрагмент текста)" not in page                             # --full: every text whole
    assert "Мост длиной сорок два метра оборудован освещением" in page
    assert "<script" not in page.lower()


# --- the web page and the card's form ---------------------------------------------------------

def test_web_staff_add_to_dossier_from_the_card(home, deliveries):
    from search.web.app import App
    run(home, "dossier", "create", STREETS, "--query", "улица")
    hearing = by_title(home, "публичных слушаний")
    client = Client(App(home, clock=Clock(), log=lambda m: None))
    card = client.get(f"/act/{hearing}").text
    assert 'id="dossier-add"' not in card                               # readers: no form
    anon = client.csrf(f"/act/{hearing}")
    assert client.post(f"/act/{hearing}/dossier", {"dossier": STREETS, "csrf": anon}).status == 403
    assert client.login(password=PASSWORD).status == 303
    card = client.get(f"/act/{hearing}").text
    assert 'id="dossier-add"' in card and f'<option value="{STREETS}">' in card
    assert client.post(f"/act/{hearing}/dossier", {"dossier": STREETS}).status == 403
    assert client.post(f"/act/{hearing}/dossier", {"dossier": STREETS, "csrf": anon}).status == 403
    staff = client.csrf(f"/act/{hearing}")
    r = client.post(f"/act/{hearing}/dossier", {"dossier": "Нет такого", "csrf": staff})
    assert r.status == 400 and "no dossier named «Нет такого»" in html.unescape(r.text)
    r = client.post(f"/act/{hearing}/dossier", {"dossier": STREETS, "csrf": staff})
    assert r.status == 303 and r.headers["location"].startswith(f"/act/{hearing}?saved=1")
    d = show_json(home, STREETS, "--keep-new")
    assert {m["id"]: m["how"] for m in d["members"]}[hearing] == "added"
    page = client.get("/dossiers").text
    section = page[page.index(f'data-name="{STREETS}"'):]
    assert f'href="/act/{hearing}"' in section
    assert html.escape(_describe(home, hearing), quote=False) in section


def test_web_page_marks_new_materials_and_staff_marks_them_seen(home, deliveries):
    from search.web.app import App
    run(home, "dossier", "create", STREETS, "--query", "улица OR дорога")
    ingest_later(home, deliveries)
    client = Client(App(home, clock=Clock(), log=lambda m: None))
    page = client.get("/dossiers").text
    assert page.count('<li class="new">') == 2 and "новых: 2" in page
    assert 'action="/dossiers/seen"' not in page                         # readers cannot
    assert client.get("/dossiers").text.count('<li class="new">') == 2   # looking is not seeing
    r = client.get("/dossiers/export?" + "name=%D0%A3%D0%BB%D0%B8%D1%86%D1%8B+%D0%B8+"
                   "%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B8&format=docx")
    assert r.status == 200 and r.body[:2] == b"PK"
    client.login(password=PASSWORD)
    token = client.csrf("/dossiers")
    assert client.post("/dossiers/seen", {"name": STREETS}).status == 403
    assert client.post("/dossiers/seen", {"name": STREETS, "csrf": token}).status == 303
    assert '<li class="new">' not in client.get("/dossiers").text


# --- the catalog --------------------------------------------------------------------------

def test_an_older_catalog_gets_the_dossier_tables(home):
    fund = Fund(home)
    with fund.transaction() as db:
        db.execute("DROP TABLE dossier_members")
        db.execute("DROP TABLE dossiers")
        db.execute("UPDATE meta SET value='3' WHERE key='catalog_version'")
    fund.close()
    fund = Fund(home)
    assert fund.db.execute("SELECT value FROM meta WHERE key='catalog_version'").fetchone()[0] \
        == str(CATALOG_VERSION) == "5"
    fund.close()
    run(home, "dossier", "create", STREETS, "--query", "улица")
    assert json.loads(run(home, "dossier", "list", "--json").stdout)[0]["total"] == 1
