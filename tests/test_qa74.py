"""What a librarian saw going wrong while using the desk end to end (qa74).

* the search page and the terminal table name every way a search widened
  (``relaxed``: a kind word dropped, acts matching all words but one) —
  the page printed the raw message key ``relaxed_kind`` instead;
* a page number past the last says so instead of an empty list;
* an empty delivered file is reported as an empty file, not as an
  "unexpected reader error" with a Python class name;
* a list or bulletin written with ``-o`` gets the permissions the user's
  umask gives any new file (it was 0600: colleagues could not open it).
"""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from search.present import format_results_table
from search.query import Results
from search.web import i18n

RELAXED = ("fuzzy", "any", "most", "kind")   # search.query.model.Results.relaxed


@pytest.mark.parametrize("lang", sorted(i18n.MESSAGES))
@pytest.mark.parametrize("how", RELAXED)
def test_every_widening_has_a_message_on_the_page(lang, how):
    _ = i18n.tr(lang)
    assert _("relaxed_" + how) != "relaxed_" + how
    assert "relaxed_" + how in i18n.MESSAGES[lang]


def _res(total: int, relaxed: str | None = None, page: int = 1) -> Results:
    return Results(total=total, hits=[], facets={}, relaxed=relaxed, page=page, per_page=10)


@pytest.mark.parametrize("how", RELAXED)
def test_the_terminal_table_says_how_the_search_widened(how):
    head = format_results_table(_res(3, how)).splitlines()[0]
    assert head.startswith("Найдено: 3") and "—" in head, head


def test_a_page_past_the_last_says_so():
    out = format_results_table(_res(5, page=50))
    assert "страница 50" in out.lower() and "всего страниц: 1" in out, out
    assert "страница" not in format_results_table(_res(0)).lower()


def test_an_empty_file_is_reported_as_empty(tmp_path):
    from ingest.pipeline import parse_stored
    empty = tmp_path / "zarechny_empty.txt"
    empty.write_bytes(b"")
    out = parse_stored(str(empty))
    assert out.status == "failed"
    assert out.reason == "empty file: 0 bytes", out.reason


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_written_list_takes_the_umask_like_any_new_file(tmp_path):
    from search.render import write_bytes
    old = os.umask(0o022)
    try:
        write_bytes(tmp_path / "zarechny_list.txt", "Заречный район".encode())
        os.umask(0o007)
        write_bytes(tmp_path / "zarechny_list2.txt", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "zarechny_list.txt").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "zarechny_list2.txt").stat().st_mode) == 0o660
    assert (tmp_path / "zarechny_list.txt").read_text(encoding="utf-8") == "Заречный район"
    assert not [p for p in Path(tmp_path).iterdir() if p.name.startswith(".tmp-")]


@pytest.mark.parametrize("caps,sentence", [
    # a place adjective not in -ский before «муниципальный/городской/сельский + район/округ/поселение»
    ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ",
     "Администрация Заречного муниципального округа Тестовской области"),
    ("СОВЕТ ДЕПУТАТОВ ЛЕСНОГО ГОРОДСКОГО ОКРУГА", "Совет депутатов Лесного городского округа"),
    ("АДМИНИСТРАЦИЯ НОВОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "Администрация Нового сельского поселения"),
    # the name printed after the territory words, in the nominative
    ("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ЗАРЕЧНЫЙ", "Администрация городского округа Заречный"),
    # common words there stay lower case
    ("ОКРУЖНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ОДНОМАНДАТНОГО ИЗБИРАТЕЛЬНОГО ОКРУГА",
     "Окружная избирательная комиссия одномандатного избирательного округа"),
    ("АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "Администрация Сосновского сельского поселения"),
    ("ОБ УТВЕРЖДЕНИИ ГРАНИЦ ГОРОДСКОГО ОКРУГА", "Об утверждении границ городского округа"),
    ("ДУМА ГОРОДСКОГО ОКРУГА", "Дума городского округа"),
])
def test_place_names_of_municipalities_keep_their_capital(caps, sentence):
    from search.biblio import sentence_case
    assert sentence_case(caps) == sentence


def test_the_demo_decree_is_described_with_its_municipality_capitalised():
    from search.biblio import genitive
    assert genitive("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ") == \
        "администрации Заречного муниципального округа Тестовской области"
