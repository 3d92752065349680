"""``actdesk ingest --reread``: the files a fund has read are read again by
today's readers, so a fund imported by an older actdesk gets today's
requisites, rubrics and links — keeping what the librarian corrected, the day
each act arrived, and every act whose new reading fails. Acts of the fictional
Заречный муниципальный район."""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace

from click.testing import CliRunner

from cli import main
from tests.fixtures import fund_of_texts

ADM = "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА"


def _act(date: str, n: str, title: str, body: str) -> str:
    return (f"{ADM}\nСОСНОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\nот {date} № {n}\n\nс. Заречное\n\n{title}\n\n"
            f"{body}\n\nГлава района В.В. Петров\n")


FAIRS = _act("12.03.2024", "145-п", "Об организации ярмарок выходного дня на территории района",
             "1. Организовать ярмарки выходного дня по субботам на площади Победы.\n"
             "2. Настоящее постановление вступает в силу со дня его опубликования.")
ROADS = _act("02.04.2024", "160-п", "О ремонте автомобильных дорог общего пользования местного значения",
             "1. Утвердить перечень автомобильных дорог, подлежащих ремонту в 2024 году.\n"
             "2. Финансовому управлению обеспечить финансирование работ.")
SCHOOL = _act("15.04.2024", "171-п", "О закреплении муниципальных общеобразовательных организаций за территориями",
              "1. Закрепить муниципальные общеобразовательные организации за территориями района.")


def _rid(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12] + "-1"


def _run(home, *args, code: int = 0):
    r = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert r.exit_code == code, r.output
    return r


def _export(home) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, _run(home, "export").stdout.splitlines())}


def _fund_of_three(root):
    root.mkdir(exist_ok=True)
    return fund_of_texts(root, {"fairs.txt": FAIRS, "roads.txt": ROADS, "school.txt": SCHOOL})


def _as_an_older_reader_left_it(home, rid: str, **fields) -> None:
    """The record as an older actdesk wrote it (a wrong body, a link it read)."""
    from ingest.fund import Fund
    fund = Fund(home)
    rec = fund.get_record(rid)
    with fund.transaction() as db:
        fund.update_record_data(db, replace(rec, **fields))
    fund.close()


def test_a_reread_brings_todays_reading_and_keeps_the_librarians_decisions(tmp_path):
    home = _fund_of_three(tmp_path)
    fairs, roads = _rid(FAIRS), _rid(ROADS)
    before = _export(home)
    _as_an_older_reader_left_it(home, fairs, body="Сосновской области", title="Об организации ярмарок")
    # the librarian's decisions: a corrected date on one act, a rubric added on another
    _run(home, "tag", roads, "+economy")
    from ingest.corrections import correct
    from ingest.fund import Fund
    fund = Fund(home)
    correct(fund, roads, {"date": "2024-04-03"})
    fund.close()

    r = _run(home, "ingest", "--reread", "--jobs", "1", "--no-ocr", "--report", str(tmp_path / "rep.json"))
    after = _export(home)
    assert after[fairs]["body"] == before[fairs]["body"] != "Сосновской области"
    assert after[fairs]["title"] == before[fairs]["title"]
    assert after[roads]["date"] == "2024-04-03"
    assert "economy" in {x["code"] for x in after[roads]["rubrics"]}
    assert all(after[k]["received_at"] == before[k]["received_at"] for k in before)
    rows = {Path_name(e["file"]): e for e in json.loads((tmp_path / "rep.json").read_text(encoding="utf-8"))}
    assert rows["fairs.txt"]["status"] == "reread" and rows["fairs.txt"]["reason"] == "changed: body, title"
    assert rows["school.txt"]["reason"] == "unchanged"
    # people read which acts changed, in Russian; unchanged files are not listed
    assert "прочитаны заново (reread)" in r.stdout and "Изменились: орган, заголовок" in r.stdout
    assert "school.txt" not in r.stdout


def Path_name(p: str) -> str:
    return p.replace("\\", "/").rsplit("/", 1)[-1]


def test_a_link_an_older_reader_saw_goes_with_the_reread(tmp_path):
    """A fund imported before a links fix kept «160-п repeals 145-п» until its
    files were read again: the reread drops the link and 145-п is in force,
    in the index too."""
    home = _fund_of_three(tmp_path)
    fairs, roads = _rid(FAIRS), _rid(ROADS)
    from ingest.fund import Fund
    fund = Fund(home)
    rec = fund.get_record(roads)
    wrong = replace(rec, repeals=("постановление администрации Заречного муниципального района "
                                  "от 12.03.2024 № 145-п",))
    with fund.transaction() as db:
        fund.update_record_data(db, wrong)
        fund._write_links(db, wrong)
    fund.close()
    _as_an_older_reader_left_it(home, fairs, status={"state": "repealed", "repealed_by": "x", "since": None,
                                                     "source": "fund", "note": None})
    hits = json.loads(_run(home, "search", "ярмарки", "--in-force", "--format", "json").stdout)["hits"]
    assert fairs not in {h["id"] for h in hits}
    _run(home, "ingest", "--reread", "--jobs", "1", "--no-ocr")
    assert _export(home)[roads]["repeals"] == []
    assert (_export(home)[fairs]["status"] or {}).get("state") != "repealed"
    hits = json.loads(_run(home, "search", "ярмарки", "--in-force", "--format", "json").stdout)["hits"]
    assert fairs in {h["id"] for h in hits}


def test_a_file_whose_new_reading_fails_keeps_its_records(tmp_path, monkeypatch):
    home = _fund_of_three(tmp_path)
    before = _export(home)
    from ingest import pipeline
    real = pipeline.parse_stored

    def failing_on_roads(path, limits, media_type=None):
        out = real(path, limits, media_type)
        if "160-п" in (out.acts[0].text if out.acts else ""):
            return pipeline.ParseOutcome("failed", out.media_type, None, reason="damaged TXT: test")
        return out
    monkeypatch.setattr(pipeline, "parse_stored", failing_on_roads)
    r = _run(home, "ingest", "--reread", "--jobs", "1", "--no-ocr", "--report", str(tmp_path / "rep.json"))
    assert _export(home) == before
    rows = {Path_name(e["file"]): e for e in json.loads((tmp_path / "rep.json").read_text(encoding="utf-8"))}
    assert rows["roads.txt"]["status"] == "kept" and rows["roads.txt"]["records"] == [_rid(ROADS)]
    assert "записи оставлены как были" in r.stdout
    # the original is where it was, still read
    from ingest.fund import Fund
    fund = Fund(home)
    f = fund.get_file(hashlib.sha256(ROADS.encode("utf-8")).hexdigest())
    assert f.status == "read" and fund.stored_path(f.sha256).read_text(encoding="utf-8") == ROADS
    fund.close()


def test_reread_takes_no_paths_and_needs_a_fund(tmp_path):
    r = _run(tmp_path / "fund", "ingest", "--reread", str(tmp_path), code=2)
    assert "--reread" in r.output


def test_a_rereads_reasons_in_words():
    from ingest.reasons import explain, key_of
    assert explain("changed: body, title, rubrics") == "Изменились: орган, заголовок, рубрики"
    assert explain("changed: records 1 -> 3") == "Изменилось число актов в файле: 1 → 3"
    assert explain("unchanged") == "Без изменений"
    kept = "read again: damaged DOCX: bad zip; the earlier reading is kept"
    assert key_of(kept) == "reread_kept"
    assert explain(kept) == "При повторном чтении: повреждённый файл (DOCX): bad zip; записи оставлены как были"


def _split_in_two(real):
    """A newer reader that finds a second act in the file (an annex read apart)."""
    from dataclasses import replace as swap

    def reader(path, limits, media_type=None):
        out = real(path, limits, media_type)
        if out.status != "read" or "160-п" not in out.acts[0].text:
            return out
        twice = lambda xs: tuple(xs) + tuple(xs[:1]) if xs else xs   # noqa: E731
        return swap(out, acts=twice(out.acts), auto_rubrics=twice(out.auto_rubrics), links=twice(out.links),
                    uncertain=twice(out.uncertain), notes=twice(out.notes))
    return reader


def test_a_file_read_into_more_acts_keeps_its_reading_when_the_librarian_decided(tmp_path, monkeypatch):
    """Corrections and rubric decisions belong to an act by its place in the
    file: a re-read that splits the file otherwise would carry them to another
    act, so the earlier reading stays (and says why); undecided, it is taken."""
    home = _fund_of_three(tmp_path)
    home2 = _fund_of_three(tmp_path / "second")
    roads = _rid(ROADS)
    from ingest import pipeline
    monkeypatch.setattr(pipeline, "parse_stored", _split_in_two(pipeline.parse_stored))
    r = _run(home, "ingest", "--reread", "--jobs", "1", "--no-ocr", "--report", str(tmp_path / "a.json"))
    rows = {Path_name(e["file"]): e for e in json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))}
    assert rows["roads.txt"]["status"] == "reread" and rows["roads.txt"]["reason"] == "changed: records 1 -> 2"
    assert "Изменилось число актов в файле: 1 → 2" in r.stdout

    _run(home2, "tag", roads, "+culture")
    before = _export(home2)
    r = _run(home2, "ingest", "--reread", "--jobs", "1", "--no-ocr", "--report", str(tmp_path / "b.json"))
    rows = {Path_name(e["file"]): e for e in json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))}
    assert rows["roads.txt"]["status"] == "kept" and rows["roads.txt"]["records"] == [roads]
    assert "в его записях есть исправления библиотекаря" in r.stdout
    assert _export(home2) == before
