"""RUSMARC export (issue 17): every record written is read back by pymarc
field for field identical, and by yaz-marcdump without errors, for ISO 2709
and MARCXML, in UTF-8 and Windows-1251; on the composed corpus imported into
a fund (OCR off) and on records written here in the house style."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.records import Publication, Record, Rubric, Source
from search.rusmarc.charset import CP1251, fit_record
from search.rusmarc.fields import CHARSET_CP1251, Extras, Linked, Settings, to_marc
from search.rusmarc.serialize import fields_of, read, write

CORPUS_FILES = Path(__file__).resolve().parent.parent / "corpus" / "files"
BODY = "Администрация Заречного муниципального округа Тестовской области"
TEXT = ("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\nТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n"
        "12.03.2024 № 145-п\n\nг. Заречный\n\nОб утверждении Порядка организации ярмарок\n"
        "на территории Заречного муниципального округа\n\n"
        "В соответствии с Федеральным законом от 28.12.2009 № 381-ФЗ «Об основах "
        "государственного регулирования торговой деятельности в Российской Федерации», "
        "Уставом Заречного муниципального округа администрация Заречного муниципального "
        "округа постановляет:\n\n1. Утвердить Порядок организации ярмарок на территории "
        "Заречного муниципального округа (приложение).\n\n2. Опубликовать настоящее "
        "постановление в газете «Заречный вестник».\n\nГлава Заречного муниципального округа И.В. Соколов")


def yaz_ok() -> bool:
    return shutil.which("yaz-marcdump") is not None


def act(**more) -> Record:
    base = dict(
        id="a1b2c3d4e5f6-1",
        source=Source("145-п ярмарки.pdf", "ab" * 32, "application/pdf", 3),
        received_at="2024-03-20T08:15:00Z", kind="постановление", number="145-п",
        date="2024-03-12", body=BODY, level="municipal",
        title="Об утверждении Порядка организации ярмарок на территории Заречного муниципального округа",
        publication=Publication("Заречный вестник", "14", "2024-03-15", "3"),
        rubrics=(Rubric("economy", "Экономика и предпринимательство"),
                 Rubric("economy.trade", "Торговля")),
        text=TEXT, warnings=(), amends=("постановление администрации Заречного муниципального "
                                        "округа от 10.01.2023 № 3-п «О ярмарках»",))
    base.update(more)
    return Record(**base)


SETTINGS = Settings(library_code="RU-ЗарЦБС", scheme_name="zarechny-rubrics",
                    rubric_labels={"economy": "Экономика и предпринимательство",
                                   "economy.trade": "Торговля"})


def sub(m, tag: str, code: str) -> list[str]:
    return [v for f in m.get_fields(tag) for v in f.get_subfields(code)]


# --- the fields ---------------------------------------------------------------

def test_fields_of_an_act_published_in_the_gazette():
    m = to_marc(act(), Extras.of_record(act()), SETTINGS)
    lead = str(m.leader)
    assert (lead[5], lead[6], lead[7], lead[8]) == ("n", "a", "m", "2")
    assert m["001"].data == "a1b2c3d4e5f6-1"
    g = m["100"]["a"]
    assert len(g) == 36 and g[:8] == "20240320" and g[8:13] == "d2024"
    assert g[20] == "d" and g[22:25] == "rus" and g[26:30] == "50  "
    assert sub(m, "101", "a") == ["rus"] and sub(m, "102", "a") == ["RU"]
    assert m["200"].indicators[0] == "1"
    assert sub(m, "200", "a") == ["Об утверждении Порядка организации ярмарок на территории "
                                  "Заречного муниципального округа"]
    assert sub(m, "200", "e") == ["постановление от 12 марта 2024 г. № 145-п"]
    assert sub(m, "210", "a") == ["г. Заречный"] and sub(m, "210", "d") == ["2024"]
    assert sub(m, "215", "a") == ["3 с."]
    assert sub(m, "330", "a")[0].startswith("В соответствии с Федеральным законом от 28.12.2009")
    assert "Об утверждении" not in sub(m, "330", "a")[0]
    assert sub(m, "461", "a") == ["Заречный вестник"]
    assert sub(m, "463", "a") == ["№ 14 (15 марта)"] and sub(m, "463", "v") == ["С. 3"]
    assert sub(m, "463", "d") == ["2024"]
    assert sub(m, "311", "a")[0].startswith("Вносит изменения в: постановление")
    assert sub(m, "488", "a")[0].endswith("№ 3-п «О ярмарках»")
    assert sub(m, "606", "a") == ["Экономика и предпринимательство"]
    assert sub(m, "606", "x") == ["Торговля"]
    assert sub(m, "610", "a") == ["ярмарка"]
    assert sub(m, "686", "a") == ["economy", "economy.trade"]
    assert set(sub(m, "686", "2")) == {"zarechny-rubrics"}
    assert sub(m, "710", "a") == [BODY]
    assert sub(m, "801", "b") == ["RU-ЗарЦБС"] and sub(m, "801", "c") == ["20240320"]
    assert [f.tag for f in m.fields] == sorted(f.tag for f in m.fields)


def test_status_handwriting_links_of_the_fund_and_urls():
    other = act(id="ffeeddccbbaa-1", number="3-п", date="2023-01-10", title="О ярмарках",
                publication=None)
    ex = Extras(status={"state": "repealed", "since": "2025-01-01",
                        "repealed_by": "постановление от 20.12.2024 № 610-п"},
                links=(Linked("amends", "постановление … № 3-п", other),),
                file_url="http://desk.local:8080/file/a1b2c3d4e5f6-1",
                card_url="http://desk.local:8080/act/a1b2c3d4e5f6-1", alone_in_file=False)
    rec = act(warnings=("handwritten_requisites",),
              handwritten={"date": "2024-03-12", "number": "145-п", "number_digits": "145"})
    m = to_marc(rec, ex, SETTINGS)
    assert sub(m, "300", "a") == ["Утратил силу с 1 января 2025 г.: постановление от 20.12.2024 № 610-п"]
    assert sub(m, "316", "a") == ["Дата или номер вписаны от руки (прочитано: дата 12.03.2024, "
                                  "номер 145-п); сверить со сканом"]
    assert sub(m, "316", "5") == ["RU-ЗарЦБС"]
    assert sub(m, "488", "1") == ["001ffeeddccbbaa-1", "2001 "]
    assert sub(m, "488", "e") == ["постановление от 10 января 2023 г. № 3-п"]
    assert not m.get_fields("215")      # the file holds other acts: its pages are not this act's
    assert sub(m, "856", "u") == [ex.file_url, ex.card_url]
    assert sub(m, "856", "f") == ["145-п ярмарки.pdf"]


def test_an_article_names_its_authors_not_an_issuing_body():
    rec = act(kind="публикация", number=None, body="Морозова А. В., Ершов П. П.", level=None,
              title="Ярмарка выходного дня открылась на Центральной площади", amends=())
    m = to_marc(rec, None, SETTINGS)
    assert not m.get_fields("210") and not m.get_fields("710")
    assert sub(m, "700", "a") == ["Морозова"] and sub(m, "701", "a") == ["Ершов"]
    assert m["100"]["a"][20] == "y" and sub(m, "200", "e") == []


def test_an_act_without_requisites_still_gives_a_record():
    rec = act(kind=None, number=None, date=None, body=None, level=None, title=None,
              publication=None, rubrics=(), text="", amends=())
    m = to_marc(rec, None, SETTINGS)
    assert sub(m, "200", "a") == ["[Без заглавия]"] and not m.get_fields("330")
    assert m["100"]["a"][8:13] == "u    " and m["100"]["a"][20] == "h"
    assert sub(m, "210", "a") == ["[Б. м.]"]


def test_control_characters_never_reach_a_subfield():
    rec = act(title="Об утверждении\x1eпорядка\x1f\x1d ярмарок")
    m = to_marc(rec, None, SETTINGS)
    assert sub(m, "200", "a") == ["Об утверждении порядка ярмарок"]


def test_a_consolidated_act_citing_hundreds_of_acts_stays_one_valid_record(tmp_path):
    refs = tuple(f"постановление администрации Заречного муниципального округа от 10.01.2023 "
                 f"№ {i}-п «{'О внесении изменений в порядок организации ярмарок ' * 20}»"
                 for i in range(300))
    rec = act(title="Об утверждении " + "порядка организации ярмарок " * 400, amends=refs,
              body="Администрация " * 900)
    m = to_marc(rec, None, SETTINGS)
    assert 10 < len(m.get_fields("488")) < 60 and len(m.get_fields("311")) == len(m.get_fields("488"))
    assert all(len(f.as_marc("utf-8")) <= 9999 for f in m.fields)
    assert len(write([m], "iso2709")) <= 99999
    check_file([m], "iso2709", "utf-8", tmp_path)


# --- character sets -------------------------------------------------------------

def test_cp1251_keeps_russian_and_names_what_it_replaced():
    rec = act(title="О конкурсе «Café du Nord» – ярмарка № 5 ✓")
    m = to_marc(rec, None, replace(SETTINGS, charset=CHARSET_CP1251))
    lost = fit_record(m, CP1251)
    assert lost == {"é", "✓"}
    assert sub(m, "200", "a") == ["О конкурсе «Cafe du Nord» – ярмарка № 5 ?"]
    assert m["100"]["a"][26:30] == "0189" and str(m.leader)[9] == " "
    data = write([m], "iso2709", CP1251)
    assert "ярмарка".encode("cp1251") in data and "ярмарка".encode("utf-8") not in data
    assert fields_of(read(data, "iso2709", CP1251)[0]) == fields_of(m)


# --- round trips: pymarc and yaz-marcdump -----------------------------------------

def generated(n: int) -> list[Record]:
    from bench.marc import generate
    return generate(n)


def check_file(records, fmt: str, encoding: str, tmp_path: Path):
    data = write(records, fmt, encoding)
    back = read(data, fmt, encoding)
    assert [fields_of(m) for m in back] == [fields_of(m) for m in records]
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(data)
    yaz = yaz_dump(path, fmt, encoding)
    assert read(yaz, "marcxml") and [fields_of(m)[1:] for m in read(yaz, "marcxml")] == \
        [fields_of(m)[1:] for m in records]


def yaz_dump(path: Path, fmt: str, encoding: str) -> bytes:
    """yaz-marcdump's MARCXML of the file; its complaints fail the test."""
    if not yaz_ok():
        pytest.fail("yaz-marcdump is missing: sh tools/sysdeps.sh installs it (package yaz)")
    from bench.marc import yaz_command
    p = subprocess.run(yaz_command(path, fmt, encoding), capture_output=True, timeout=120)
    assert p.returncode == 0 and not p.stderr, p.stderr.decode(errors="replace")
    return p.stdout


@pytest.mark.parametrize("fmt", ["iso2709", "marcxml"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_generated_records_round_trip(fmt, encoding, tmp_path):
    st = replace(SETTINGS, charset=CHARSET_CP1251 if encoding == CP1251 else "50  ")
    records = []
    for rec in generated(60) + [act()]:
        m = to_marc(rec, None, st)
        fit_record(m, encoding)
        records.append(m)
    check_file(records, fmt, encoding, tmp_path)


@pytest.fixture(scope="module")
def corpus_fund(tmp_path_factory):
    from ingest.formats import Limits
    from tests.fixtures import imported_fund
    return imported_fund(tmp_path_factory.mktemp("marc"), CORPUS_FILES, limits=Limits(ocr=False))


@pytest.mark.parametrize("fmt,suffix", [("iso2709", "iso"), ("marcxml", "xml")])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_the_corpus_fund_through_the_command(corpus_fund, fmt, suffix, encoding, tmp_path):
    from cli import main
    from ingest.fund import Fund
    out = tmp_path / f"fund.{suffix}"
    r = CliRunner().invoke(main, ["--home", str(corpus_fund), "marc", "--encoding", encoding,
                                  "--base-url", "http://desk.local:8080", "-o", str(out)])
    assert r.exit_code == 0, r.output
    back = read(out.read_bytes(), fmt, encoding)
    fund = Fund(corpus_fund, create=False)
    try:
        acts = [rec for rec in fund.iter_records() if not rec.duplicate_of]
    finally:
        fund.close()
    assert sorted(m["001"].data for m in back) == sorted(rec.id for rec in acts)
    titles = {m["001"].data: m["200"]["a"] for m in back}
    assert any(t.startswith("Об утверждении") for t in titles.values())
    assert all(m["801"]["b"] == "actdesk" for m in back)
    assert all(m["856"]["u"].startswith("http://desk.local:8080/file/") for m in back)
    by_number = {m["200"]["e"].rsplit("№ ", 1)[-1]: m for m in back if m["200"]["e"]}
    ids = {rec.number: rec.id for rec in acts}
    # 260-п enters into force on 1 May 2024: the day 12-п lost force (ingest/lost_force.py)
    assert sub(by_number["12-п"], "300", "a")[0].startswith("Утратил силу с 1 мая 2024 г.: постановление")
    assert sub(by_number["12-п"], "488", "1")[0] == "001" + ids["260-п"]
    assert sub(by_number["212-п"], "488", "1")[0] == "001" + ids["98-п"]
    assert sub(by_number["212-п"], "311", "a")[0].startswith("Вносит изменения в: постановление")
    yaz = read(yaz_dump(out, fmt, encoding), "marcxml")
    assert [fields_of(m)[1:] for m in yaz] == [fields_of(m)[1:] for m in back]


def test_a_search_selects_and_a_copy_gives_its_act(corpus_fund, tmp_path):
    from cli import main
    from ingest.fund import Fund
    from search.rusmarc import primary_records
    out = tmp_path / "k.iso"
    r = CliRunner().invoke(main, ["--home", str(corpus_fund), "marc", "--kind", "распоряжение",
                                  "-o", str(out)])
    assert r.exit_code == 0, r.output
    back = read(out.read_bytes(), "iso2709")
    assert back and all("распоряжение" in m["200"]["e"] for m in back)
    fund = Fund(corpus_fund, create=False)
    try:
        copies = [rec for rec in fund.iter_records() if rec.duplicate_of]
        assert copies, "the corpus delivers 145-п twice (DOCX and PDF)"
        act_ = fund.get_record(copies[0].duplicate_of)
        assert [x.id for x in primary_records(fund, [copies[0], act_])] == [act_.id]
    finally:
        fund.close()


def test_nothing_found_writes_no_file(corpus_fund, tmp_path):
    from cli import main
    out = tmp_path / "none.iso"
    r = CliRunner().invoke(main, ["--home", str(corpus_fund), "marc", "несуществующеслово", "-o", str(out)])
    assert r.exit_code == 0 and not out.exists() and "ничего не найдено" in r.output


def test_the_scheme_name_is_its_name_line(tmp_path):
    from search.rusmarc.export import scheme_name
    path = tmp_path / "rubrics.yaml"
    path.write_text("# Рубрикатор\nversion: 1\nname: zarechny-rubrics\nrubrics:\n  - code: lsg\n"
                    "    name: not this one\n", encoding="utf-8")
    assert scheme_name(path) == "zarechny-rubrics"
    path.write_text("version: 1\nrubrics: []\n", encoding="utf-8")
    assert scheme_name(path) == "actdesk" and scheme_name(None) == "actdesk"


def test_bad_settings_file_is_named(corpus_fund, tmp_path, monkeypatch):
    from ingest.fund import FundError
    from ingest.settings import library_code
    monkeypatch.delenv("ACTDESK_LIBRARY_CODE", raising=False)
    (tmp_path / "settings.yaml").write_text("library_code: [1, 2]\n", encoding="utf-8")
    with pytest.raises(FundError, match="settings.yaml: library_code"):
        library_code(tmp_path)
    (tmp_path / "settings.yaml").write_text("library_code: RU-1234567\n", encoding="utf-8")
    assert library_code(tmp_path) == "RU-1234567"
    assert library_code(tmp_path / "nowhere") == "actdesk"


def test_the_librarys_region_goes_to_102(tmp_path, monkeypatch):
    """102 $b: the region from the library's settings; without it, the country alone."""
    from cli import main
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from search.sync import sync_index
    monkeypatch.delenv("ACTDESK_REGION_CODE", raising=False)
    home = tmp_path / "fund"
    fund = Fund(home)
    _txt_act(tmp_path / "d", "145-п", "О ярмарке выходного дня")
    Batch(fund, jobs=1).run([tmp_path / "d"])
    sync_index(fund)
    fund.close()
    out = tmp_path / "a.iso"
    assert CliRunner().invoke(main, ["--home", str(home), "marc", "-o", str(out)]).exit_code == 0
    f102 = read(out.read_bytes(), "iso2709")[0]["102"]
    assert f102["a"] == "RU" and f102.get_subfields("b") == []
    (home / "settings.yaml").write_text("library_code: RU-1234567\nregion_code: RU-TUL\n",
                                        encoding="utf-8")
    assert CliRunner().invoke(main, ["--home", str(home), "marc", "-o", str(out)]).exit_code == 0
    m = read(out.read_bytes(), "iso2709")[0]
    assert (m["102"]["a"], m["102"]["b"], m["801"]["b"]) == ("RU", "RU-TUL", "RU-1234567")


# --- the web basket ---------------------------------------------------------------

def test_the_basket_downloads_its_acts_as_rusmarc(corpus_fund):
    from ingest.fund import Fund
    from search.web.app import App
    from tests.fixtures import Client, Clock
    fund = Fund(corpus_fund, create=False)
    try:
        copy = next(rec for rec in fund.iter_records() if rec.duplicate_of)
        other = next(rec for rec in fund.iter_records()
                     if not rec.duplicate_of and rec.id != copy.duplicate_of)
    finally:
        fund.close()
    client = Client(App(corpus_fund, clock=Clock(), max_upload_mb=1, log=lambda m: None))
    assert client.get("/basket/marc?format=iso2709").status == 303    # nothing in the basket yet
    client.post("/basket", {"action": "add", "id": [copy.id, copy.duplicate_of, other.id],
                            "csrf": client.csrf(), "next": "/basket"})
    page = client.get("/basket").text
    assert 'id="export-marc"' in page and 'value="marcxml"' in page
    r = client.get("/basket/marc?format=marcxml")
    assert r.status == 200 and "filename*=UTF-8''rusmarc-2.xml" in r.headers["content-disposition"]
    back = read(r.body, "marcxml")
    assert sorted(m["001"].data for m in back) == sorted([copy.duplicate_of, other.id])
    assert all(m["856"]["u"].startswith("http://") for m in back)
    r = client.get("/basket/marc?format=iso2709&encoding=cp1251")
    assert r.status == 200 and len(read(r.body, "iso2709", CP1251)) == 2
    assert client.get("/basket/marc?format=exe").status == 400
    assert client.get("/basket/marc?format=iso2709&encoding=koi8-r").status == 400


def _txt_act(folder, number, title):
    folder.mkdir(exist_ok=True)
    (folder / f"{number}.txt").write_text(
        "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\n"
        f"12.03.2024                  № {number}\n\n{title}\n\n"
        "В целях обеспечения населения товарами постановляю:\n1. Провести ярмарку.\n",
        encoding="cp1251")


def test_batch_and_since_select_what_one_delivery_brought(tmp_path):
    """After each delivery the librarian sends its acts on to the catalog:
    --batch ID (or last) keeps the acts that import wrote; --since is
    --received-from; an unknown batch is named."""
    from cli import main
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from search.sync import sync_index
    home = tmp_path / "fund"
    fund = Fund(home)
    _txt_act(tmp_path / "d1", "145-п", "О ярмарке выходного дня")
    first = Batch(fund, jobs=1)
    first.run([tmp_path / "d1"])
    _txt_act(tmp_path / "d2", "146-п", "О весенней ярмарке")
    _txt_act(tmp_path / "d2", "147-п", "Об осенней ярмарке")
    Batch(fund, jobs=1).run([tmp_path / "d2"])
    sync_index(fund)
    fund.close()

    def numbers(*args):
        out = tmp_path / "out.iso"
        out.unlink(missing_ok=True)
        r = CliRunner().invoke(main, ["--home", str(home), "marc", *args, "-o", str(out)])
        return r, (sorted(m["200"]["e"].rsplit("№ ", 1)[-1] for m in read(out.read_bytes(), "iso2709"))
                   if out.exists() else [])

    r, got = numbers("--batch", "last")
    assert r.exit_code == 0, r.output
    assert got == ["146-п", "147-п"]
    assert numbers("--batch", first.batch_id)[1] == ["145-п"]
    assert numbers("ярмарке", "--batch", "last", "--number", "147-п")[1] == ["147-п"]
    assert numbers("--since", "2000-01-01")[1] == ["145-п", "146-п", "147-п"]
    r, got = numbers("--since", "31.02.2024")
    assert r.exit_code == 2 and "--since" in r.output and got == []
    r, _ = numbers("--batch", "20240101T000000Z-nosuch")
    assert r.exit_code == 2 and "партии импорта «20240101T000000Z-nosuch» в этом фонде нет" in r.output
    # a later batch that wrote nothing (the same delivery again, a retry with
    # nothing to read) is no delivery: `last` is still the one that brought acts
    fund = Fund(home)
    Batch(fund, jobs=1).run([tmp_path / "d2"])
    fund.close()
    assert numbers("--batch", "last")[1] == ["146-п", "147-п"]
