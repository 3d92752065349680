"""The sample fund (corpus/) against its truth.

corpus/ holds acts the project composed for a fictional municipality
(Заречный муниципальный округ Тестовской области) in every format the
readers take; ``corpus/build.py`` writes them and ``corpus/truth.jsonl``
says what each record should hold (spec/record.md conventions). This test
imports the whole fund once, as ``make demo`` does (OCR included: one scan
page and one garbled page), and checks every truth field of every record.

Fields the extractor gets wrong on these realistic layouts are listed in
``KNOWN_MISSES`` and expected to stay wrong: the test fails when a new miss
appears (the set grows) and when a listed one is read right (remove it).
The truth is never weakened to make a miss disappear.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from tests.gold import norm, same

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FILES = CORPUS / "files"
TRUTH = [json.loads(line) for line in (CORPUS / "truth.jsonl").read_text(encoding="utf-8")
         .splitlines() if line.strip()]
REQUISITES = ("kind", "number", "date", "body", "level", "title")
CHECKED = REQUISITES + ("amends", "repeals", "publication", "status")
OPTIONAL = ("publication", "status")   # checked where the truth line has them


def key_of(t: dict) -> str:
    """``file``, ``file/entry`` for an archive's or a message's part,
    ``file#n`` for the n-th act of a file holding several (a gazette issue)."""
    k = t["file"]
    if t.get("entry"):
        return f"{k}/{t['entry']}"
    if sum(1 for u in TRUTH if u["file"] == t["file"] and not u.get("entry")) > 1:
        return f"{k}#{t['act']}"
    return k


# (record, field): what the extractor reads instead of the truth, found 2026-12
KNOWN_MISSES: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def fund(tmp_path_factory):
    """The corpus imported once, as ``make demo`` does; records by truth key."""
    if not shutil.which("tesseract"):
        pytest.skip("tesseract not installed: the scans of the corpus need OCR")
    tmp = tmp_path_factory.mktemp("corpus")
    home, rep = tmp / "fund", tmp / "report.json"
    runner = CliRunner()
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1", str(FILES),
                               "--report", str(rep)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    report = json.loads(rep.read_text(encoding="utf-8"))
    res = runner.invoke(main, ["--home", str(home), "export", "--format", "jsonl"],
                        catch_exceptions=False)
    records = {r["id"]: r for r in map(json.loads, res.output.splitlines())}
    by_key = {}
    for t in TRUTH:
        path = t["file"] + (f"/{t['entry']}" if t.get("entry") else "")
        entry = next((e for e in report if e["file"].endswith("/" + path)), None)
        ids = entry["records"] if entry else []
        by_key[key_of(t)] = records.get(ids[t["act"] - 1]) if len(ids) >= t["act"] else None
    return {"home": home, "report": report, "records": records, "by_key": by_key}


def run(home: Path, *args: str) -> str:
    res = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.output


def test_every_file_is_read_and_every_act_found(fund):
    report = fund["report"]
    top = {Path(e["file"]).name: e for e in report if Path(e["file"]).parent == FILES}
    assert sorted(top) == sorted(p.name for p in FILES.iterdir())
    assert {e["status"] for e in report} <= {"new", "linked"}, \
        [(e["file"], e["status"], e["reason"]) for e in report if e["status"] not in ("new", "linked")]
    missing = [k for k, r in fund["by_key"].items() if r is None]
    assert not missing, f"no record for {missing}"
    assert len(fund["records"]) == len(TRUTH)


def _matches(field: str, want, got) -> bool:
    if field in ("amends", "repeals"):
        return sorted(map(norm, want or [])) == sorted(map(norm, got or []))
    if field in OPTIONAL:
        got = got or {}
        return all(same("title", v, got.get(k)) for k, v in want.items())
    return same(field, want, got)


CASES = [(key_of(t), f) for t in TRUTH for f in CHECKED if f not in OPTIONAL or f in t]


@pytest.mark.parametrize("key,field", CASES, ids=[f"{k}:{f}" for k, f in CASES])
def test_record_matches_truth(fund, key, field):
    t = next(u for u in TRUTH if key_of(u) == key)
    rec = fund["by_key"][key]
    assert rec is not None, f"{key}: no record"
    want, got = t.get(field), rec.get(field)
    ok = _matches(field, want, got)
    if (key, field) in KNOWN_MISSES:
        if ok:
            pytest.fail(f"{key}: {field} is read right now ({got!r}): remove it from KNOWN_MISSES")
        pytest.xfail(f"known miss: {field} {got!r}, truth {want!r}")
    assert ok, f"{key}: {field} {got!r}, truth {want!r}"


def test_known_misses_name_truth_fields():
    keys = {k for k, _ in CASES}
    stale = [(k, f) for k, f in KNOWN_MISSES if k not in keys or f not in CHECKED]
    assert not stale, f"KNOWN_MISSES names no truth field: {stale}"


def test_the_pdf_of_the_fair_decree_is_linked_to_its_docx(fund):
    for t in TRUTH:
        if t.get("duplicate_of"):
            first = next(u for u in TRUTH if u["file"] == t["duplicate_of"])
            assert fund["by_key"][key_of(t)]["duplicate_of"] == fund["by_key"][key_of(first)]["id"]
    linked = [e for e in fund["report"] if e["status"] == "linked"]
    assert [Path(e["file"]).name for e in linked] == [t["file"] for t in TRUTH if t.get("duplicate_of")]


def test_amended_and_repealed_acts_show_who_did_it(fund):
    """The fund holds both sides of each link: the card of 98-п names 212-п,
    the card of 12-п names 260-п."""
    by_number = {r["number"]: r for r in fund["records"].values()}
    for target, source, relation in (("98-п", "212-п", "amended_by"), ("12-п", "260-п", "repealed_by")):
        card = json.loads(run(fund["home"], "show", by_number[target]["id"], "--format", "json"))
        assert any(c["relation"] == relation and c["id"] == by_number[source]["id"]
                   for c in card["cited_by"]), card["cited_by"]


@pytest.mark.parametrize("query,number", [
    ("постановление 145-п", "145-п"),         # the demo's search (Makefile, README)
    ("решение № 12/3", "12/3"),
    ("уборка снега", "58-р"),
    ("многодетные семьи проезд", "15/2"),
])
def test_search_finds_our_acts(fund, query, number):
    out = json.loads(run(fund["home"], "search", *query.split(), "--format", "json", "--limit", "3"))
    assert out["hits"] and out["hits"][0]["number"] == number, \
        [(h["number"], h["title"][:40]) for h in out["hits"]]


def _build_module():
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.dont_write_bytecode, keep = True, sys.dont_write_bytecode
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.dont_write_bytecode = keep
    return mod


def test_generator_writes_the_committed_files_byte_for_byte():
    """Every file written in Python (all but LibreOffice's four) comes out of
    build.py identical to the committed one, and truth.jsonl is the acts'
    own truth; the LibreOffice files are named in the generator too."""
    build = _build_module()
    made = build.python_files()
    differ = [n for n, data in made.items() if (FILES / n).read_bytes() != data]
    assert not differ, f"corpus/build.py no longer writes {differ}: run it and commit"
    assert sorted(set(made) | set(build.SOFFICE)) == sorted(p.name for p in FILES.iterdir())
    assert build.truth_lines() == TRUTH
