"""Status in force from the notes legal databases print (issue 12, class 3).

The notes are written by us in the shapes Garant, ConsultantPlus, Kodeks and
municipal registers print them, on acts of the fictional Тестовская область.
A note is the act's status, never its title; the operative clause of an act
that repeals *another* act is a link, not this act's status; the fund's own
repealing act and the note agree, or the card says they differ.
"""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from ingest.requisites import extract_acts
from ingest.status import read_status
from cli import main

GARANT = (
    "Постановление Администрации Лесного района Тестовской области\n"
    "от 1 февраля 2012 г. N 106\n"
    "\"Об утверждении порядка разработки муниципальных программ\"\n"
    "Постановлением Администрации Лесного района Тестовской области от 3 мая 2012 г. N 398 "
    "настоящее постановление признано утратившим силу\n"
    "В соответствии с Бюджетным кодексом Российской Федерации постановляю:\n"
    "1. Утвердить Порядок (прилагается).\n")

# Garant's note when several acts repealed this one: «Решениями … от …, от … настоящее решение
# признано утратившим силу» (sample 36 of issue 12: the note ran on into the title)
GARANT_MANY = (
    "Решение Совета депутатов Лесного сельского поселения Тестовской области\n"
    "от 7 апреля 2014 г. N 16\n"
    "\"О внесении дополнения в Правила благоустройства Лесного сельского поселения\"\n"
    "Решениями Совета депутатов Лесного сельского поселения от 24 марта 2015 г. N 21, "
    "от 16 апреля 2015 г. N 33 настоящее решение признано утратившим силу\n"
    "В соответствии с Уставом поселения Совет депутатов решил:\n"
    "1. Внести в Правила дополнения согласно приложению.\n")

CONSULTANT = (
    "Документ утратил силу или отменен. Подробнее см. Справку\n\n"
    "ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\nот 12 марта 2019 г. N 145-пп\n\n"
    "О ПОРЯДКЕ ПРЕДОСТАВЛЕНИЯ СУБСИДИЙ\n\nПравительство Тестовской области постановляет:\n")

BRACES = (
    "ГЛАВА РЕСПУБЛИКИ ТЕСТОВИЯ\n\nУКАЗ\n\nот 5 июня 2015 года N 62\n\n"
    "{Утратил силу - Указ Главы Республики Тестовия от 12.03.2019 г. N 45}\n\n"
    "О наградах Республики Тестовия\n\nПостановляю:\n")

KODEKS = (
    "АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО\nПОСТАНОВЛЕНИЕ\nот 20 декабря 2010 года N 600\n"
    "Об оплате питания в школах\n"
    "Утратил силу с 1 января 2021 года на основании постановления Администрации города "
    "Заречного от 20.12.2020 N 1600\n"
    "В целях поддержки семей постановляю:\n")

REGISTER = ("Статус документа: Утративший силу\nВид документа: Постановление\n\n"
            "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\n01.02.2013 № 5\nО сходах граждан\n")

IN_FORCE = ("Статус документа: Действующий\nВид документа: Решение\n\n"
            "СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО ОКРУГА\nРЕШЕНИЕ\n01.02.2013 № 5/1\nО старостах\n")

WARNING = ("Внимание! Документ недействующий.\n\nПРАВИТЕЛЬСТВО РЕСПУБЛИКИ ТЕСТОВИЯ\n\n"
           "ПОСТАНОВЛЕНИЕ\n\nот 14 января 2014 г. N 3-П\n\nО внесении изменений в Положение о "
           "имуществе\n\nПравительство Республики Тестовия постановляет:\n")


@pytest.mark.parametrize("text, by, since", [
    (GARANT, "постановление Администрации Лесного района Тестовской области от 3 мая 2012 г. № 398",
     None),
    (CONSULTANT, None, None),
    (BRACES, "указ Главы Республики Тестовия от 12.03.2019 г. № 45", None),
    (KODEKS, "постановление Администрации города Заречного от 20.12.2020 № 1600", "2021-01-01"),
    (REGISTER, None, None),
    (WARNING, None, None),
])
def test_notes_that_say_the_act_lost_force(text, by, since):
    st = read_status(text)
    assert st is not None and st.state == "repealed" and st.source == "note"
    assert st.repealed_by == by
    assert st.since == since
    assert st.note and "сил" in st.note.lower() or "недейств" in st.note.lower()


@pytest.mark.parametrize("text, state, since", [
    ("Об уборке снега\nСтатус: утратил силу с 01.02.2021\nФайлы:\n", "repealed", "2021-02-01"),
    ("Недействующий\n\nО порядке учета муниципального имущества\n", "repealed", None),
    ("Действующий\n\nО порядке учета муниципального имущества\n", "in_force", None),
])
def test_a_sites_status_field_and_a_databases_bare_status_word(text, state, since):
    """A site's card field (``Статус: утратил силу с …``) and a database's
    status word alone on its line over the title."""
    st = read_status(text)
    assert st is not None and st.state == state and st.since == since


def test_register_that_says_in_force():
    st = read_status(IN_FORCE)
    assert st is not None and st.state == "in_force"


@pytest.mark.parametrize("text", [
    # the act repeals another one: a link, not its own status
    "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\n01.02.2024 № 50\nО признании утратившим силу "
    "постановления от 12.03.2019 № 5\n\n1. Признать утратившим силу постановление администрации "
    "Заречного округа от 12.03.2019 № 5.\n",
    # a repealed clause of the act itself
    "СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО ОКРУГА\nРЕШЕНИЕ\n01.02.2013 № 5/1\nО старостах\n"
    "1. Утвердить Положение.\n2. Утратил силу. - Решение Совета депутатов от 03.03.2016 № 9/2.\n",
    # nothing said
    "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\n01.02.2024 № 50\nО ярмарках\n",
])
def test_no_status_where_the_print_says_nothing_of_this_act(text):
    assert read_status(text) is None


@pytest.mark.parametrize("text, title", [
    (GARANT, "Об утверждении порядка разработки муниципальных программ"),
    (GARANT_MANY, "О внесении дополнения в Правила благоустройства Лесного сельского поселения"),
    (CONSULTANT, "О ПОРЯДКЕ ПРЕДОСТАВЛЕНИЯ СУБСИДИЙ"),
    (BRACES, "О наградах Республики Тестовия"),
    (KODEKS, "Об оплате питания в школах"),
    (WARNING, "О внесении изменений в Положение о имуществе"),
])
def test_a_note_is_never_the_title_or_part_of_it(text, title):
    a = extract_acts(text)[0]
    assert a.title == title


def _fund(tmp_path, files: dict[str, str]):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    home = tmp_path / "fund"
    r = CliRunner().invoke(main, ["--home", str(home), "ingest", str(src), "--jobs", "1", "--no-ocr"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["--home", str(home), "export"])
    assert r.exit_code == 0, r.output
    return home, {d["source"]["file_name"]: d for d in map(json.loads, r.output.splitlines())}


REPEALED = ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\n\nПОСТАНОВЛЕНИЕ\n\nот 12.03.2019 № 5\n\n"
            "О порядке проведения ярмарок\n\nАдминистрация постановляет:\n1. Утвердить порядок.\n")
REPEALING = ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ОКРУГА\n\nПОСТАНОВЛЕНИЕ\n\nот 01.02.2024 № 50\n\n"
             "О порядке организации ярмарок\n\nАдминистрация постановляет:\n"
             "1. Утвердить порядок (прилагается).\n"
             "2. Признать утратившим силу постановление администрации Заречного округа "
             "от 12.03.2019 № 5 «О порядке проведения ярмарок».\n")


def test_export_and_card_carry_the_status(tmp_path):
    home, recs = _fund(tmp_path, {"garant.txt": GARANT, "old.txt": REPEALED, "new.txt": REPEALING,
                                  "plain.txt": IN_FORCE})
    g = recs["garant.txt"]["status"]
    assert g["state"] == "repealed" and g["source"] == "note" and "№ 398" in g["repealed_by"]
    old = recs["old.txt"]["status"]
    assert old["state"] == "repealed" and old["source"] == "fund" and "№ 50" in old["repealed_by"]
    assert recs["new.txt"]["status"] is None
    assert recs["plain.txt"]["status"]["state"] == "in_force"
    r = CliRunner().invoke(main, ["--home", str(home), "show", recs["old.txt"]["id"]])
    assert "Статус:" in r.output and "утратил силу" in r.output and "по акту фонда" in r.output


def test_note_and_fund_that_differ_are_both_shown(tmp_path):
    in_force_note = "Статус документа: Действующий\n\n" + REPEALED
    home, recs = _fund(tmp_path, {"old.txt": in_force_note, "new.txt": REPEALING})
    st = recs["old.txt"]["status"]
    assert st["state"] == "repealed" and st["source"] == "fund" and st["differs"] == "in_force"
    r = CliRunner().invoke(main, ["--home", str(home), "show", recs["old.txt"]["id"]])
    assert "сведения расходятся" in r.output


def test_search_in_force_leaves_out_repealed_acts(tmp_path):
    home, recs = _fund(tmp_path, {"garant.txt": GARANT.replace("муниципальных программ", "ярмарок"),
                                  "old.txt": REPEALED, "new.txt": REPEALING})

    def ids(*extra):
        r = CliRunner().invoke(main, ["--home", str(home), "search", "ярмарок", "--format", "json",
                                      *extra])
        assert r.exit_code == 0, r.output
        return {h["id"] for h in json.loads(r.output)["hits"]}

    every, in_force = ids(), ids("--in-force")
    assert {recs[n]["id"] for n in ("garant.txt", "old.txt", "new.txt")} <= every
    assert in_force == {recs["new.txt"]["id"]}


def test_repealed_act_arriving_before_its_repealer_is_filtered_after_it(tmp_path):
    home, recs = _fund(tmp_path, {"old.txt": REPEALED})
    src = tmp_path / "in2"
    src.mkdir()
    (src / "new.txt").write_text(REPEALING, encoding="utf-8")
    r = CliRunner().invoke(main, ["--home", str(home), "ingest", str(src), "--jobs", "1", "--no-ocr"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["--home", str(home), "search", "ярмарок", "--in-force",
                                  "--format", "json"])
    assert recs["old.txt"]["id"] not in {h["id"] for h in json.loads(r.output)["hits"]}
    assert json.loads(r.output)["hits"], "the repealing act is in force and found"


def test_in_force_in_a_web_link_round_trips():
    from search.query import Query
    from search.web.params import params_of, query_from_params
    q = Query(text="ярмарки", in_force=True)
    pairs = params_of(q)
    assert ("in_force", "1") in pairs
    back = query_from_params({k: [v] for k, v in pairs})
    assert back.in_force is True
    assert query_from_params({"in_force": ["0"]}).in_force is False


def test_a_catalog_from_before_statuses_settles_them_on_opening(tmp_path):
    """Version 2 catalogs kept no status: opening one reads each print's note
    and joins the fund's repealing acts, and the index learns them."""
    import sqlite3

    from ingest.fund import CATALOG_VERSION, Fund
    home, recs = _fund(tmp_path, {"garant.txt": GARANT, "old.txt": REPEALED, "new.txt": REPEALING})
    db = sqlite3.connect(home / "catalog.sqlite")
    for rid, data in db.execute("SELECT id, data FROM records").fetchall():
        d = json.loads(data)
        d.pop("status")
        db.execute("UPDATE records SET data=? WHERE id=?", (json.dumps(d, ensure_ascii=False), rid))
    db.execute("UPDATE meta SET value='2' WHERE key='catalog_version'")
    db.commit()
    db.close()
    shutil.rmtree(home / "index")  # the index is rebuilt from the settled catalog
    fund = Fund(home)
    old = fund.get_record(recs["old.txt"]["id"]).status
    assert old["state"] == "repealed" and old["source"] == "fund"
    assert fund.get_record(recs["garant.txt"]["id"]).status["source"] == "note"
    assert fund.get_record(recs["new.txt"]["id"]).status is None
    assert fund.db.execute("SELECT value FROM meta WHERE key='catalog_version'").fetchone()[0] \
        == str(CATALOG_VERSION)
    fund.close()
    r = CliRunner().invoke(main, ["--home", str(home), "search", "ярмарок", "--in-force", "--format", "json"])
    assert r.exit_code == 0, r.output
    hits = {h["id"] for h in json.loads(r.stdout)["hits"]}  # stderr says the index is rebuilt
    assert recs["old.txt"]["id"] not in hits and recs["new.txt"]["id"] in hits


def test_a_note_naming_several_repealing_acts():
    st = read_status(GARANT_MANY)
    assert st is not None and st.state == "repealed"


# Sample 41 of issue 12 (reqdb59): notes as Kontur.Normativ, Kodeks and the copies of
# municipal registers print them, in our own wording.

# Kontur.Normativ's card over the text: what the act was issued under, then whether
# it stands; the repealing act on the next line
KONTUR = ("Данный документ принят ВО ИСПОЛНЕНИЕ\n"
          "ПОСТАНОВЛЕНИЯ Администрации Тестовской области от 02.03.2001 N 41\n"
          "Данный документ полностью ОТМЕНЕН\n"
          "ПОСТАНОВЛЕНИЕМ Администрации Тестовской области от 14.05.2009 N 210-па\n")

# Kodeks between two rules, and a register's copy: the note breaks its repealing act
# over lines (the act's kind and body, its title, its date and number)
KODEKS_BROKEN = ("______________________________\n"
                 "Утратил силу на основании\n"
                 "постановления Администрации Заречного района\n"
                 "от 3 марта 2016 года N 77\n"
                 "______________________________\n"
                 "Принят Заречным районным Советом 12 апреля 2010 года\n")
REGISTER_BROKEN = ("Совет депутатов Сосновского сельского поселения\n\n"
                   "Утратил силу решением Совета депутатов Сосновского сельского поселения "
                   "Заречного района Тестовской области\n\n"
                   "об утверждении устава в новой редакции\n\n"
                   "от 12.05.2011г. № 4/20 НГР RU695010002011001\n\n"
                   "Р Е Ш Е Н И Е\n")

# Kodeks's pointer to the earlier edition after the repealing act
KODEKS_SEE = ("Приложение 3УТВЕРЖДЕНОпостановлением главы городаот 10.02.2005 N 95\n"
              "Утратило силу - постановление главы города от 10.10.07 N 812 - см. предыдущую редакцию\n")


@pytest.mark.parametrize("text, number", [
    (KONTUR, "210-па"),
    (KODEKS_BROKEN, "77"),
    (REGISTER_BROKEN, "4/20"),
    (KODEKS_SEE, "812"),
])
def test_a_note_names_its_repealing_act_whole(text, number):
    st = read_status(text)
    assert st is not None and st.state == "repealed"
    assert st.repealed_by and st.repealed_by.endswith("№ " + number)


@pytest.mark.parametrize("text", [
    # the card says the act was changed, or changed in part: it stands
    "Данный документ ИЗМЕНЕН\nПОСТАНОВЛЕНИЕМ Администрации Тестовской области от 14.05.2009 N 210-па\n",
    "Данный документ частично ОТМЕНЕН\nПОСТАНОВЛЕНИЕМ Администрации Тестовской области от 14.05.2009 N 210-па\n",
])
def test_a_card_that_says_changed_is_no_repeal(text):
    assert read_status(text) is None


def test_a_bare_note_does_not_run_onto_the_acts_own_heading():
    st = read_status("Утратил силу\n\nАДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\n"
                     "от 4 апреля 2014 г. N 12\nО ярмарках\n")
    assert st is not None and st.state == "repealed" and st.repealed_by is None


# reqdb62 (heldout42): Garant's note under a title that itself cites an act in the
# instrumental ("утвержденные решением … N 7"): the repealing act is the note's own
# line, and the date the note prints after «признано утратившим силу с» is kept
GARANT_TITLE_CITES = (
    "Решение Заречного районного Совета от 3 марта 2011 г. N 9\n"
    '"О внесении изменений в Правила содержания улиц, утвержденные решением '
    'Заречного районного Совета от 5 мая 2005 года N 4"\n'
    "Решением Заречного районного Совета от 12 ноября 2016 г. N 2 настоящее решение "
    "признано утратившим силу с 1 декабря 2016 г.\n"
    "Заречный районный Совет решил:\n")


def test_a_garant_note_under_a_title_citing_an_act():
    st = read_status(GARANT_TITLE_CITES)
    assert st is not None and st.state == "repealed"
    assert st.repealed_by and st.repealed_by.startswith("решение") and st.repealed_by.endswith("№ 2")
    assert "2005" not in st.repealed_by
    assert st.since == "2016-12-01"


# a database's status word over the title, then the note between rules further down:
# the note names the repealing act; a headline ending «Утратил силу с …» gives the date
KODEKS_WORD_THEN_NOTE = (
    "Недействующий\n\n"
    "О порядке найма жилья в Заречном районе (утратило силу)\n\n"
    "ЗАРЕЧНЫЙ РАЙОННЫЙ СОВЕТ\n\nПОСТАНОВЛЕНИЕ\n\nот 05.06.96 г. N 41\n\n"
    "О порядке найма жилья в Заречном районе\n\n"
    "______________________________\n"
    "Утратило силу на основании\n"
    "постановления Заречного районного Совета\n"
    "от 14 мая 1999 года N 77\n"
    "______________________________\n\n"
    "Районный Совет постановляет:\n")
KODEKS_WORD_HEADLINE_SINCE = (
    "Недействующий\n\n"
    'О Законе Тестовской области "О гербе Заречного района". Утратил силу с 01 июля 2010 года\n\n\n'
    'О Законе Тестовской области\n"О гербе Заречного района"\n\n'
    "областная Дума\n\nпостановила:\n")


def test_a_status_word_then_a_note_takes_the_notes_act():
    st = read_status(KODEKS_WORD_THEN_NOTE)
    assert st is not None and st.state == "repealed"
    assert st.repealed_by and st.repealed_by.endswith("№ 77")


def test_a_status_word_then_a_headline_with_the_date():
    st = read_status(KODEKS_WORD_HEADLINE_SINCE)
    assert st is not None and st.state == "repealed" and st.since == "2010-07-01"


# Sample 44's classes (our own wording): an aggregator's one-line headline with the repeal
# note glued to the act's number; Kodeks's bracketed status dated with «от» after the title
HEADLINE_GLUED_NOTE = (
    "Расширенный поиск\n"
    "Постановление Правительства Тестовской области от 14.03.2011 № 88-ПрУтратилo силу - "
    "Постановление Правительства Тестовской области от 02.02.2014 г. N 17-Пр ПРАВИТЕЛЬСТВО "
    "ТЕСТОВСКОЙ ОБЛАСТИ ПОСТАНОВЛЕНИЕ от 14 марта 2011 года N 88-Пр г.Тестоград О мерах по "
    "подготовке к паводку с 1 апреля 2011 года В целях безопасности населения: 1. Создать комиссию.\n")
KODEKS_BRACKET_FROM = (
    "Недействующий\n\n"
    "Об утверждении Положения о муниципальной службе в городе Заречном (утратил силу от 14.02.07)\n\n"
    "Статья 1. Муниципальная служба\n")


def test_a_note_glued_to_a_headlines_number_names_the_repealing_act():
    st = read_status(HEADLINE_GLUED_NOTE)
    assert st is not None and st.state == "repealed"
    assert st.repealed_by and st.repealed_by.endswith("№ 17-Пр")
    assert st.since is None  # «с 1 апреля 2011 года» further on is the text's, not the note's


def test_a_headline_whose_title_speaks_of_repeal_is_no_note():
    text = ("Постановление Правительства Тестовской области от 14.03.2011 № 88 "
            "О признании утратившим силу постановления от 01.02.2005 № 3\n"
            "Правительство области постановляет:\n")
    assert read_status(text) is None


def test_a_bracketed_status_dated_with_ot_after_the_title():
    st = read_status(KODEKS_BRACKET_FROM)
    assert st is not None and st.state == "repealed" and st.since == "2007-02-14"
