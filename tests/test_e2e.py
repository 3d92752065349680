"""End-to-end: the reference-desk pages in Debian's Chromium, driven by Playwright.

No browser is downloaded: Playwright launches the system's Chromium
(``chromium`` on Debian, Astra, RED OS and ALT, ``chromium-browser`` on some
Ubuntu releases), which ``make test`` installs when missing
(tools/system-packages.tsv). Without it the tests skip with the reason
(and under CI=true a skip fails the run).

Flows: search by requisites, filter by rubric, open a card, download the
original, build and export a list, log in and correct a rubric, upload a
file and watch its import finish; the layout at a phone's, a tablet's and a
desktop's width. The layout test saves its screenshots to
``ACTDESK_SCREENSHOTS=DIR`` when set (that is how docs/screenshots/ was
made), else to a temporary directory.
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import realdoc

_FOUND = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM = Path(_FOUND) if _FOUND else Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
DOCS = ("09", "15", "16", "21", "35", "39", "40", "41", "42")
PASSWORD = "пароль-библиотекаря"

if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed (make test installs it: sh tools/sysdeps.sh)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the playwright package is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from search.web.app import App
    from tests.fixtures import imported_fund
    from search.web.server import make_server, stop
    root = tmp_path_factory.mktemp("e2e")
    delivery = root / "delivery"
    delivery.mkdir()
    for p in DOCS:
        src = realdoc(p)
        shutil.copy(src, delivery / src.name)
    home = imported_fund(root, delivery, PASSWORD)
    app = App(home, log=lambda m: None)
    server = make_server(app, "127.0.0.1", 0, log_requests=False)
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.effective_port}", home
    stop(server)
    t.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True,
                              locale="ru-RU")
    pg = ctx.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    ctx.close()


def _search(page, base: str, text: str) -> None:
    page.goto(base + "/")
    page.fill("input[name=text]", text)
    page.press("input[name=text]", "Enter")
    page.wait_for_load_state()


def _first_hit(page) -> str:
    return page.locator("ol.hits li.hit h2 a").first.inner_text()


def test_search_by_requisites(page, server):
    base, _home = server
    _search(page, base, "постановление 3077-п от 08.09.2004")
    assert "ПОЛОЖЕНИЯ О ПОРЯДКЕ СОДЕРЖАНИЯ КЛАДБИЩ" in _first_hit(page).upper()
    # the URL reproduces the search: open it afresh, same first hit
    url = page.url
    assert parse_qs(urlsplit(url).query)["text"] == ["постановление 3077-п от 08.09.2004"]
    page.goto(url)
    assert "КЛАДБИЩ" in _first_hit(page).upper()
    _search(page, base, "приказ № 21")
    assert "СОСТАВА И СОДЕРЖАНИЯ" in _first_hit(page).upper()


def test_filter_by_rubric(page, server):
    base, _home = server
    _search(page, base, "погребение")
    facet = page.locator("aside ul.tree li", has_text="Кладбища и похоронное дело").first
    expected = int(facet.locator(".n").inner_text())
    facet.locator("a").click()
    page.wait_for_load_state()
    assert "rubric=housing.funeral" in page.url
    assert page.locator("#total").inner_text().startswith(f"Найдено: {expected}")
    hits = page.locator("ol.hits li.hit")
    assert hits.count() == expected
    for i in range(hits.count()):
        assert "Кладбища и похоронное дело" in hits.nth(i).inner_text()
    # the active filter is shown and removable
    page.locator(".chips a.chip", has_text="Кладбища").click()
    assert "rubric=" not in page.url


def test_open_a_card_and_download_the_original(page, server):
    base, _home = server
    _search(page, base, "кладбища")
    page.locator("ol.hits li.hit h2 a").first.click()
    page.wait_for_load_state()
    assert page.locator("#act-title").is_visible()
    assert page.locator("#fulltext mark").count() > 0          # the query's words
    assert page.locator("table.req").inner_text()
    name = page.locator("#download + .meta").inner_text().split(" (")[0]
    with page.expect_download() as dl:
        page.click("#download")
    d = dl.value
    assert d.suggested_filename == name
    src = next(realdoc(p) for p in DOCS if realdoc(p).name == name)
    assert Path(d.path()).read_bytes() == src.read_bytes()


def test_build_and_export_a_list(page, server):
    base, _home = server
    _search(page, base, "приказ")
    boxes = page.locator("ol.hits li.hit input[type=checkbox]")
    assert boxes.count() >= 2
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.locator("#hits-form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert page.locator("#basket-link").inner_text() == "Список (2)"
    page.click("#basket-link")
    assert page.locator("ol.biblist li").count() == 2
    with page.expect_download() as dl:
        page.click("#export-txt")
    txt = Path(dl.value.path()).read_text(encoding="utf-8")
    assert dl.value.suggested_filename.endswith(".txt")
    assert "Текст : " in txt and "Всего документов: 2" in txt
    with page.expect_download() as dl:
        page.click("#export-docx")
    assert Path(dl.value.path()).read_bytes()[:2] == b"PK"


def test_log_in_and_correct_a_rubric(page, server):
    base, home = server
    page.goto(base + "/")
    page.click("text=Вход для сотрудников")
    page.fill("input[name=user]", "librarian")
    page.fill("input[name=password]", "неверный")
    page.click("#login-form button")
    assert page.locator("#login-error").is_visible()
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button")
    page.wait_for_load_state()
    assert "librarian" in page.locator("header.top").inner_text()
    _search(page, base, "приказ № 21")
    page.locator("ol.hits li.hit h2 a").first.click()
    page.wait_for_load_state()
    rid = page.url.split("/act/")[1].split("?")[0]
    page.select_option("#rubric-add", "culture")
    page.click("#rubric-add-btn")
    page.wait_for_load_state()
    assert page.locator("#saved").is_visible()
    chip = page.locator('ul.rubrics li:has(span[data-code="culture"])')
    assert "вручную" in chip.inner_text()
    from ingest.fund import Fund
    rec = Fund(home).get_record(rid)
    assert {"code": "culture", "source": "manual"}.items() <= \
        next(r.to_dict() for r in rec.rubrics if r.code == "culture").items()
    # and the search knows it at once
    _search(page, base, "приказ № 21")
    assert page.locator("ol.hits li.hit").first.locator('.rub.manual').count() >= 1


def test_upload_a_file_and_watch_the_import(page, server, tmp_path):
    """The upload returns at once; the job's page reloads itself until the
    background import is done, then shows the report with the new act."""
    base, _home = server
    page.goto(base + "/login")
    page.fill("input[name=user]", "librarian")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button")
    page.wait_for_load_state()
    doc = tmp_path / "Постановление 512-п.txt"
    doc.write_text("АДМИНИСТРАЦИЯ ГОРОДА БРЯНСКА\n\nПОСТАНОВЛЕНИЕ\n\nот 14 мая 2024 г. № 512-п\n\n"
                   "О порядке содержания детских площадок\n\nАдминистрация постановляет:\n"
                   "1. Утвердить порядок содержания детских площадок.\n", encoding="utf-8")
    page.goto(base + "/upload")
    page.set_input_files("#upload-form input[type=file]", str(doc))
    page.click("#upload-form button")
    page.wait_for_load_state()
    assert "/upload/" in page.url
    page.wait_for_selector("#report", timeout=60_000)   # after one or more reloads
    report = page.locator("#report").inner_text()
    assert "Постановление 512-п.txt" in report
    page.locator("#report a[href^='/act/']").first.click()
    page.wait_for_load_state()
    assert "детских площадок" in page.locator("#act-title").inner_text()


WIDTHS = {"phone": (390, 844), "tablet": (768, 1024), "desktop": (1366, 768)}


def _no_overflow(page, what: str) -> None:
    sw, iw = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert sw <= iw, f"{what}: the page is {sw} px wide in a {iw} px window"


def _box(page, selector: str) -> dict:
    b = page.locator(selector).first.bounding_box()
    assert b is not None, selector
    return b


def _apart(a: dict, b: dict) -> bool:
    return (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
            or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


@pytest.mark.parametrize("device", list(WIDTHS))
def test_layout_fits_every_width(browser, server, device, tmp_path):
    """Search (with a filter on), card and list at a phone's, a tablet's and a
    desktop's width: nothing runs past the window's right edge, the filters
    fold above the results on a narrow screen and stand beside them on a
    wide one, the card's requisites and rubrics never overlap."""
    base, _home = server
    w, h = WIDTHS[device]
    shots = Path(os.environ.get("ACTDESK_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    suffix = "" if device == "desktop" else f"-{w}"
    ctx = browser.new_context(viewport={"width": w, "height": h}, locale="ru-RU")
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    try:
        _search(page, base, "кладбища")
        _no_overflow(page, f"search at {w}")
        page.screenshot(path=str(shots / f"search{suffix}.png"))
        if w < 760:   # folded: a tap unfolds them
            page.click("details.filters > summary")
        page.locator("aside ul.tree li a").first.click()   # a rubric: chips and a narrower list
        page.wait_for_load_state()
        assert "rubric=" in page.url
        _no_overflow(page, f"search with a rubric at {w}")
        filters, results = _box(page, "details.filters"), _box(page, "ol.hits")
        if w < 760:
            assert not page.locator("details.filters").evaluate("d => d.open")
            assert filters["y"] + filters["height"] <= results["y"]
            page.click("details.filters > summary")
            assert page.locator("aside").is_visible()
            _no_overflow(page, f"search with the filters open at {w}")
        else:
            assert page.locator("aside").is_visible()
            assert filters["x"] + filters["width"] <= results["x"]

        page.locator("ol.hits li.hit h2 a").first.click()
        page.wait_for_load_state()
        _no_overflow(page, f"card at {w}")
        assert _apart(_box(page, "table.req"), _box(page, "ul.rubrics"))
        page.screenshot(path=str(shots / f"card{suffix}.png"))

        page.locator(".actions form.inline button").click()      # «В список»
        page.wait_for_load_state()
        page.goto(base + "/basket")
        assert page.locator("ol.biblist li").count() == 1
        _no_overflow(page, f"list at {w}")
        page.screenshot(path=str(shots / f"basket{suffix}.png"))
    finally:
        ctx.close()
    for name in ("search", "card", "basket"):
        assert (shots / f"{name}{suffix}.png").stat().st_size > 10_000


def test_copy_citation_and_print_the_card(browser, server):
    """The copy button puts the act's ГОСТ description on the clipboard; the
    printed card and result list carry no filters, buttons or forms."""
    base, _home = server
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="ru-RU")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    try:
        _search(page, base, "кладбища")
        page.locator("ol.hits li.hit details.cite summary").first.click()
        hit_cite = page.locator("ol.hits li.hit .citation textarea").first.input_value()
        page.locator("ol.hits li.hit h2 a").first.click()
        page.wait_for_load_state()
        field = page.locator(".card .citation textarea")
        text = field.input_value()
        assert text == hit_cite and "КЛАДБИЩ" in text.upper() and "– Текст" in text
        button = page.locator(".card .citation button[data-copy]")
        assert button.is_visible()                      # shown by the script
        button.click()
        assert page.evaluate("navigator.clipboard.readText()") == text
        assert button.inner_text() == "Скопировано"
        page.emulate_media(media="print")
        for hidden in ("header.top", "form.q", "#download", ".card .citation textarea",
                       ".actions form.inline button", "footer"):
            assert not page.locator(hidden).first.is_visible(), hidden
        assert page.locator(".card .citation .printonly").inner_text() == text
        assert page.locator("#act-title").is_visible() and page.locator("table.req").is_visible()
        page.emulate_media(media="screen")
        _search(page, base, "кладбища")
        page.emulate_media(media="print")
        for hidden in ("details.filters", "aside", ".bar", "ol.hits input[type=checkbox]",
                       "details.cite", ".sort"):
            assert not page.locator(hidden).first.is_visible(), hidden
        assert page.locator("ol.hits li.hit h2").first.is_visible()
        assert page.locator("#total").is_visible()
    finally:
        ctx.close()
