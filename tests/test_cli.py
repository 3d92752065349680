"""The CLI over a small real fund: search, show, tag, retag, rubrics, stats."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from search.cli import main
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
