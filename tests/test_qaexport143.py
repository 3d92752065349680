"""The record contract (../shared/spec/record.md) as other tools read it:
``actdesk export --format jsonl`` over documents composed here (a fictional
«Заречный район»), checked mechanically by ``bench/record_contract.py``."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.record_contract import check_counts, check_export, check_record
from cli import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "files"

_DECREE = """АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА

ПОСТАНОВЛЕНИЕ

от 12.03.2024 № 45-п

О проведении районного конкурса «Лучший двор» и выдаче премий победителям

1. Провести районный конкурс «Лучший двор».
2. Контроль за исполнением настоящего постановления оставляю за собой.

Глава района  Й. Йошкин
"""


def run(home: Path, *args: str):
    res = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    return res


def export(home: Path) -> list[dict]:
    return [json.loads(line) for line in run(home, "export").stdout.splitlines() if line.strip()]


def ingest(home: Path, *paths: Path):
    return run(home, "ingest", "--jobs", "1", "--no-ocr", *map(str, paths))


def _fund_with_the_decree(tmp_path: Path) -> tuple[Path, dict]:
    """A fund that imported the one decree, and its exported record."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "decree.txt").write_text(_DECREE, encoding="utf-8")
    home = tmp_path / "fund"
    assert ingest(home, d).exit_code == 0
    [rec] = export(home)
    return home, rec


def test_decomposed_letters_are_exported_composed(tmp_path):
    """A text layer or a file saved on a Mac spells «й» and «ё» as a letter and a
    combining mark (NFD); the record's text, body and title are NFC, so an
    exact-match consumer, search and the rubric rules see the same letters."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "decree_nfd.txt").write_text(unicodedata.normalize("NFD", _DECREE.replace("премий", "премий за ёлки")),
                                      encoding="utf-8")
    home = tmp_path / "fund"
    assert ingest(home, d).exit_code == 0
    [rec] = export(home)
    for key in ("text", "body", "title"):
        assert unicodedata.is_normalized("NFC", rec[key]), key
    assert "районного" in rec["title"] and "ёлки" in rec["title"]
    assert check_record(rec) == []


def test_unicode_round_trips_through_export(tmp_path):
    """ё, «», № and the letters of the heading come back as written, both
    from standard output and from ``export -o FILE``."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "ёлки.txt").write_text(_DECREE.replace("двор", "двор» в посёлке «Ёлочки"), encoding="utf-8")
    home = tmp_path / "fund"
    assert ingest(home, d).exit_code == 0
    [rec] = export(home)
    out = tmp_path / "e.jsonl"
    run(home, "export", "-o", str(out))
    assert [json.loads(x) for x in out.read_text("utf-8").splitlines()] == [rec]
    assert rec["source"]["file_name"] == "ёлки.txt"
    assert rec["number"] == "45-п"
    assert "«Лучший двор» в посёлке «Ёлочки»" in rec["title"]
    assert "№ 45-п" in rec["text"]


def test_demo_corpus_export_keeps_the_contract_and_the_stats(tmp_path):
    """The demo corpus imported as a new user would: every record keeps the
    contract, the counts of ``stats`` are the export's, a failed file gives
    no record (it is in the report), and a re-read changes nothing."""
    d = tmp_path / "in"
    d.mkdir()
    for p in sorted(CORPUS.iterdir()):
        (d / p.name).write_bytes(p.read_bytes())
    (d / "zz_empty.txt").write_bytes(b"")
    home = tmp_path / "fund"
    report = tmp_path / "report.json"
    res = run(home, "ingest", "--jobs", "1", "--no-ocr", str(d), "--report", str(report))
    assert res.exit_code == 1  # the empty file failed
    rows = json.loads(report.read_text("utf-8"))
    failed = [r for r in rows if r["status"] == "failed"]
    assert [Path(r["file"]).name for r in failed] == ["zz_empty.txt"] and failed[0]["records"] == []
    records = export(home)
    assert records and all(r["source"]["file_name"] != "zz_empty.txt" for r in records)
    stats = json.loads(run(home, "stats", "--format", "json").stdout)
    assert check_export(records) == []
    assert check_counts(records, stats) == []
    assert run(home, "ingest", "--reread", "--no-ocr").exit_code in (0, 1)
    assert export(home) == records


def test_tag_removes_a_rubric_whose_code_opens_with_h(tmp_path):
    """``actdesk tag ID -housing.funeral`` (or ``-health``) removes the rubric
    and exports the decision as manual; ``-h…`` was taken for the help option,
    printed the usage and exited 0 with nothing recorded."""
    d = tmp_path / "in"
    d.mkdir()
    src = CORPUS / "03_zarechny_98p_kladbishcha.docx"
    (d / src.name).write_bytes(src.read_bytes())
    home = tmp_path / "fund"
    assert ingest(home, d).exit_code == 0
    [rec] = export(home)
    assert "housing.funeral" in [r["code"] for r in rec["rubrics"]]
    res = run(home, "tag", rec["id"], "+lsg", "-housing.funeral")
    assert res.exit_code == 0 and "Использование" not in res.output, res.output
    [after] = export(home)
    codes = {r["code"]: r["source"] for r in after["rubrics"]}
    assert "housing.funeral" not in codes and codes.get("lsg") == "manual"
    assert check_record(after) == []
    assert run(home, "tag", "-h").output.startswith("Использование")


@pytest.mark.parametrize("note", [
    "Опубликовано в газете «Заречные вести» № 19 от 20.03.2024",
    "(Опубликовано: «Заречные вести», 20.03.2024, № 19)",
    "Официально опубликовано в бюллетене «Вестник Заречного района» от 20.03.2024 № 7",
    "Обнародовано 20.03.2024 на информационном стенде администрации",
])
def test_publication_note_under_the_title_is_not_the_title(note):
    """A site or a register prints where the act was published right under its
    heading; the note is the record's ``publication`` (or nothing), never the
    title's last words (record.md: the title is the heading of the act)."""
    from ingest.requisites import extract_acts
    text = ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\nот 17.03.2024 № 50-п\n\n"
            "О проведении районного конкурса\n«Лучший двор»\n\n" + note + "\n\n"
            "1. Провести конкурс.\n2. Контроль оставляю за собой.\n\nГлава района И.И. Ёжиков\n")
    [act] = extract_acts(text)
    assert act.title == "О проведении районного конкурса «Лучший двор»"
    assert act.number == "50-п" and act.date == "2024-03-17"


def test_title_naming_publication_keeps_its_words():
    """A title about publication itself runs on over its wrapped line."""
    from ingest.requisites import extract_acts
    text = ("СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО РАЙОНА\n\nРЕШЕНИЕ\n\nот 17.03.2024 № 5/14\n\n"
            "О порядке официального\nопубликования муниципальных правовых актов\n\n"
            "1. Утвердить порядок.\n\nПредседатель И.И. Ёжиков\n")
    [act] = extract_acts(text)
    assert act.title == "О порядке официального опубликования муниципальных правовых актов"


def test_manual_code_the_edited_scheme_dropped_is_exported_under_a_known_rubric(tmp_path):
    """A librarian filed an act under a subrubric; the fund's rubrics.yaml was
    then edited and the subrubric renamed. After ``retag`` the export carried
    the old code (not in rubrics.yaml, its label the code itself). The
    decision is kept as made, and the record is filed under the nearest rubric
    the scheme still has (manual)."""
    home, rec = _fund_with_the_decree(tmp_path)
    assert run(home, "tag", rec["id"], "+social.large-families").exit_code == 0
    scheme = (Path(__file__).resolve().parent.parent / "rubrics.yaml").read_text("utf-8")
    assert "code: social.large-families" in scheme
    (home / "rubrics.yaml").write_text(scheme.replace("code: social.large-families", "code: social.families"),
                                       encoding="utf-8")
    assert run(home, "retag").exit_code == 0
    [after] = export(home)
    rubrics = {r["code"]: r for r in after["rubrics"]}
    assert "social.large-families" not in rubrics
    assert rubrics["social"]["source"] == "manual" and rubrics["social"]["label"] == "Социальная защита"
    codes = frozenset(x.split("code: ", 1)[1].strip() for x in
                      (home / "rubrics.yaml").read_text("utf-8").splitlines() if x.strip().startswith("- code: "))
    assert check_record(after, codes) == []
    # the decision itself stays: the old scheme back, the subrubric is back
    (home / "rubrics.yaml").write_text(scheme, encoding="utf-8")
    assert run(home, "retag").exit_code == 0
    [again] = export(home)
    assert any(r["code"] == "social.large-families" and r["source"] == "manual"
               and r["label"] != r["code"] for r in again["rubrics"])


@pytest.mark.parametrize("typed", ["№", "N", " № ", "№№"])
def test_number_corrected_to_the_sign_alone_is_null(tmp_path, typed):
    """A librarian clearing the number but leaving its sign in the field
    («№») stored an empty string: the export says null where a value is
    missing, never ""."""
    from ingest.corrections import correct
    from ingest.fund import Fund
    home, rec = _fund_with_the_decree(tmp_path)
    assert correct(Fund(home), rec["id"], {"number": typed}).number is None
    [after] = export(home)
    assert after["number"] is None and check_record(after) == []


def test_reread_without_ocr_keeps_the_recognised_pages_of_a_mixed_pdf(tmp_path):
    """A PDF whose text layer is good on some pages and garbled (or missing) on
    others is read at once, its other pages recognised later (``ocr
    --pending``). ``ingest --reread --no-ocr`` read it again without OCR and
    replaced the recognised text and the requisites read from it by the
    reading with pages still waiting: a whole scan is kept, a mixed file must
    be too (README: with --no-ocr the scans keep their recognised text)."""
    from ingest.formats import ocr
    from tests.conftest import realdoc
    if not ocr.available():
        pytest.skip("tesseract with rus data not installed")
    d = tmp_path / "in"
    d.mkdir()
    (d / realdoc("19").name).write_bytes(realdoc("19").read_bytes())  # garbled first page
    home = tmp_path / "fund"
    assert ingest(home, d).exit_code == 0
    [before] = export(home)
    assert "ocr_pending" in before["warnings"]
    assert run(home, "ocr", "--pending", "--jobs", "1").exit_code == 0
    [recognised] = export(home)
    assert "ocr" in recognised["warnings"] and "ocr_pending" not in recognised["warnings"]
    report = tmp_path / "rep.json"
    run(home, "ingest", "--reread", "--jobs", "1", "--no-ocr", "--report", str(report))
    assert export(home) == [recognised]
    [row] = json.loads(report.read_text("utf-8"))
    assert row["status"] == "kept"
