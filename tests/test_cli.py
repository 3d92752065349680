"""The CLI over a small real fund: search, show, tag, retag, rubrics, stats."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from cli import main
from tests.conftest import realdoc


@pytest.fixture(scope="module")
def fund_home(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("delivery")
    for p in ("35", "40", "15", "09", "39", "42"):
        shutil.copy(realdoc(p), d)
    home = tmp_path_factory.mktemp("fund") / "fund"
    res = CliRunner().invoke(main, ["--home", str(home), "ingest", "--jobs", "1", str(d)],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return home


def run(home: Path, *args: str):
    res = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    return res


def record_id_of(home: Path, prefix: str) -> str:
    for line in run(home, "export").stdout.splitlines():
        r = json.loads(line)
        if r["source"]["file_name"] == realdoc(prefix).name:
            return r["id"]
    raise AssertionError(prefix)


def test_every_command_has_help():
    def walk(cmd: click.Command, path: str):
        assert cmd.help or cmd.short_help, f"{path} has no help text"
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{path} {name}")
    walk(main, "actdesk")


def test_search_by_requisites_json_shape(fund_home):
    res = run(fund_home, "search", "постановление", "№", "3077-п", "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert {"total", "hits", "facets", "suggestion"} <= set(data)
    top = data["hits"][0]
    assert {"id", "kind", "number", "date", "title", "body", "rubrics", "source", "score",
            "snippet"} <= set(top)
    assert top["number"] == "3077-п" and top["source"]["file_name"] == realdoc("09").name


def test_search_table_is_for_people(fund_home):
    res = run(fund_home, "search", "приказ", "ФСТЭК", "17")
    assert res.exit_code == 0
    assert "Найдено" in res.output and "№ 17" in res.output


def test_bad_date_filter_is_a_usage_error_naming_the_option(fund_home):
    res = run(fund_home, "search", "кладбища", "--from", "32.13.2024")
    assert res.exit_code == 2 and "--from" in res.output


def test_show_prints_the_card(fund_home):
    rid = record_id_of(fund_home, "39")
    res = run(fund_home, "show", rid[:8])
    assert res.exit_code == 0
    assert "решение" in res.output and "Краснопольского".upper() in res.output.upper()
    assert realdoc("39").name in res.output


def test_manual_tag_survives_retag_and_is_exported_as_manual(fund_home):
    rid = record_id_of(fund_home, "40")
    res = run(fund_home, "tag", rid, "+social.disabled", "-law")
    assert res.exit_code == 0, res.output
    assert run(fund_home, "retag").exit_code == 0
    rec = next(json.loads(l) for l in run(fund_home, "export").stdout.splitlines()
               if json.loads(l)["id"] == rid)
    codes = {r["code"]: r["source"] for r in rec["rubrics"]}
    assert codes["social.disabled"] == "manual" and codes["social"] == "manual"
    assert not any(c == "law" or c.startswith("law.") for c in codes)
    # The index follows: the record is found under its manual rubric.
    found = json.loads(run(fund_home, "search", "--rubric", "social", "--format", "json").stdout)
    assert rid in [h["id"] for h in found["hits"]]


def test_tag_rejects_unknown_codes(fund_home):
    rid = record_id_of(fund_home, "35")
    res = run(fund_home, "tag", rid, "+no.such.rubric")
    assert res.exit_code == 2 and "no.such.rubric" in res.output


def test_rubrics_tree_counts_records(fund_home):
    res = run(fund_home, "rubrics", "tree")
    assert res.exit_code == 0
    housing = next(l for l in res.output.splitlines() if l.startswith("housing "))
    assert int(housing.rsplit("[", 1)[1].rstrip("]")) >= 2  # 09 and 15: cemeteries


def test_stats_json_and_table(fund_home):
    s = json.loads(run(fund_home, "stats", "--format", "json").stdout)
    assert s["acts"] == 6 and s["by_kind"]["приказ"] == 3
    assert "Вид" in run(fund_home, "stats").output


def test_reindex_after_index_loss(fund_home):
    shutil.rmtree(fund_home / "index")
    res = run(fund_home, "search", "кладбищ", "--format", "json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["total"] >= 2
    assert run(fund_home, "reindex").exit_code == 0


# -- errors of the fund, the index and the lists: a message and status 1 -----------

@pytest.fixture
def read_only(monkeypatch):
    """The fund's folder cannot be written (as for a user without rights):
    ``Fund`` asks ``os.access``, which is always true for root."""
    import os

    def read_only(home: Path):
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw:
                            False if mode == os.W_OK and Path(p) == home else real(p, mode, **kw))
    return read_only


def assert_clean_error(res, *words: str):
    """Exit status 1, the message on a line of stderr after «Ошибка:» (the CLI's
    language, Russian by default: cli/messages.py), no traceback."""
    assert res.exit_code == 1, res.output
    assert isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output and "\nОшибка: " in "\n" + res.stderr, res.stderr
    for w in words:
        assert w in res.stderr


@pytest.mark.parametrize("command", [["reindex"], ["sdi"], ["ingest", "--retry"], ["ocr", "--pending"],
                                     ["user", "add", "x", "--password-stdin"]])
def test_a_read_only_fund_is_an_error_message_not_a_traceback(fund_home, read_only, command):
    read_only(fund_home)
    res = run(fund_home, *command)
    assert_clean_error(res, "только для чтения")


def test_a_catalog_that_is_not_a_database_is_an_error_message(tmp_path):
    home = tmp_path / "fund"
    home.mkdir()
    (home / "catalog.sqlite").write_bytes(b"not a catalog " * 100)
    for command in (["stats"], ["reindex"], ["search", "x"]):
        assert_clean_error(run(home, *command), "catalog.sqlite")


def test_a_fund_home_that_is_a_file_is_an_error_message(tmp_path, monkeypatch):
    home = tmp_path / "fund"
    home.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("ACTDESK_HOME", str(home))
    for command in (["reindex"], ["sdi"], ["stats"]):
        res = CliRunner().invoke(main, command, catch_exceptions=False)
        assert_clean_error(res, "каталог")


def test_a_busy_index_is_an_error_message(fund_home, monkeypatch):
    from search import index, sync

    def busy(*args, **kwargs):
        raise index.IndexBusy("search index is still being written by another process")
    monkeypatch.setattr(sync, "rebuild_index", busy)
    assert_clean_error(run(fund_home, "reindex"), "another process")


def test_a_broken_subscribers_file_is_an_error_message(fund_home, tmp_path):
    subs = tmp_path / "subscribers.yaml"
    subs.write_text("subscribers: [", encoding="utf-8")
    assert_clean_error(run(fund_home, "sdi", "--subscribers", str(subs)), "ошибка в YAML")


def test_search_sorts_by_number_and_oldest_first(tmp_path, runner):
    """The CLI offers the query layer's sorts: by number (digits compared as
    numbers) and oldest first, as the web page does."""
    from cli import main
    from tests.fixtures import fund_of_texts
    home = fund_of_texts(tmp_path, {
        f"{num}.txt": "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\n"
                      f"{day[8:10]}.{day[5:7]}.{day[:4]}                  № {num}\n\n"
                      "О ярмарке выходного дня\n\nВ целях обеспечения населения товарами постановляю:\n"
                      "1. Провести ярмарку.\n"
        for num, day in (("1164-п", "2024-05-02"), ("98-п", "2024-03-01"), ("145-п", "2024-01-10"))},
        encoding="cp1251")
    numbers = {}
    for order in ("number", "oldest"):
        res = runner.invoke(main, ["--home", str(home), "search", "ярмарка", "--sort", order,
                                   "--format", "json"])
        assert res.exit_code == 0, res.output
        numbers[order] = [h["number"] for h in json.loads(res.output)["hits"]]
    assert numbers["number"] == ["98-п", "145-п", "1164-п"]
    assert numbers["oldest"] == ["145-п", "98-п", "1164-п"]
