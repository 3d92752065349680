"""The date an act lost force when the fund holds its repealer
(``ingest.lost_force``): read from the repealing clause or the repealer's
entry into force, never guessed from its publication. Acts of the fictional
Заречный район, in the shapes municipal repealers print."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli import main
from ingest.lost_force import from_clause, from_entry_into_force, lost_force_since
from tests.fixtures import fund_of_texts

_ADM = "администрации Заречного муниципального района"


@pytest.mark.parametrize("text, number, since", [
    # the date inside the repealing clause, before the act
    (f"1. Признать утратившим силу с 1 января 2025 года постановление {_ADM} от 12.03.2024 № 145-п "
     "«Об утверждении порядка содержания детских игровых площадок».\n2. Опубликовать.", "145-п", "2025-01-01"),
    # a lead-in with the date and a list of acts
    ("2. С 01.07.2024 признать утратившими силу:\n2.1. постановление от 10.01.2020 № 3 «О тарифах»;\n"
     f"2.2. постановление {_ADM} от 15.02.2021 № 45 «О внесении изменений в постановление от 10.01.2020 № 3».",
     "45", "2024-07-01"),
    # after the act, at the end of its item
    (f"Признать утратившим силу постановление {_ADM} от 03.02.2023 № 55п «Об организации ярмарок» "
     "с «15» мая 2024 г.", "55-п", "2024-05-15"),
    # «г.» of a city's name ends no sentence
    ("1. С 01.02.2025 признать утратившим силу постановление администрации г. Заречного "
     "от 03.02.2023 № 12.", "12", "2025-02-01"),
    # a spelled-out number «№ 55п» and «N 55-П» are the same
    ("3. Отменить с 01.09.2024 распоряжение от 03.02.2023 N 55-П.", "55-п", "2024-09-01"),
])
def test_the_repealing_clause_dates_the_loss_of_force(text, number, since):
    assert from_clause(text, number) == since


@pytest.mark.parametrize("text, number", [
    # the cited act's own date is «от», never the day it lost force
    (f"1. Признать утратившим силу постановление {_ADM} от 12.03.2024 № 145-п.", "145-п"),
    # a date in the quoted title is the title's
    ("1. Признать утратившим силу постановление от 20.12.2023 № 900 «О повышении оплаты труда "
     "с 1 января 2024 года».", "900"),
    # the previous point's date is another sentence's
    ("1. Утвердить тарифы с 01.01.2025.\n2. Признать утратившим силу постановление от 20.12.2023 № 900.",
     "900"),
    # another act of the list, not this one
    ("1. Признать утратившим силу постановление от 01.02.2022 № 7.\n"
     "2. Внести с 01.03.2024 изменения в постановление от 20.12.2023 № 900.", "900"),
])
def test_no_date_where_the_clause_has_none(text, number):
    assert from_clause(text, number) is None


@pytest.mark.parametrize("text, since", [
    ("3. Настоящее постановление вступает в силу с 01.01.2025.", "2025-01-01"),
    ("3. Настоящее решение вступает в силу с «1» января 2025 года.", "2025-01-01"),
    ("3. Настоящее постановление вступает в силу со дня его подписания.", "2024-09-05"),
    ("3. Настоящее распоряжение вступает в силу с момента подписания.", "2024-09-05"),
    ("3. Настоящее постановление вступает в силу со дня его официального опубликования.", None),
    ("3. Настоящее решение вступает в силу после его опубликования в газете «Заречные вести».", None),
    ("3. Настоящее решение вступает в силу по истечении десяти дней после дня его опубликования.", None),
    ("3. Контроль за исполнением оставляю за собой.", None),
])
def test_the_repealers_entry_into_force_when_it_is_a_date(text, since):
    assert from_entry_into_force(text, "2024-09-05") == since


def test_the_clause_wins_over_the_entry_into_force():
    text = ("1. Признать утратившим силу с 01.03.2025 постановление от 01.02.2022 № 7.\n"
            "2. Настоящее постановление вступает в силу со дня его подписания.")
    assert lost_force_since(text, "2024-12-20", "7") == "2025-03-01"
    assert lost_force_since(text, "2024-12-20", None) is None


def _act(date: str, n: str, title: str, body: str) -> str:
    return ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\n"
            f"от {date} № {n}\n\nс. Заречное\n\n{title}\n\n{body}\n\nГлава района В.В. Петров\n")


def test_a_card_says_since_when_the_fund_act_lost_force(tmp_path):
    """``show`` and ``export`` give the day from the fund's repealer."""
    fares = _act("12.03.2024", "145-п", "Об утверждении тарифов на перевозки по муниципальным маршрутам",
                 "1. Утвердить тарифы на перевозки пассажиров.\n2. Опубликовать.")
    repeal = _act("20.12.2024", "810-п", "О признании утратившим силу постановления от 12.03.2024 № 145-п",
                  f"1. Признать утратившим силу с 1 января 2025 года постановление {_ADM} от 12.03.2024 "
                  "№ 145-п «Об утверждении тарифов на перевозки по муниципальным маршрутам».\n"
                  "2. Настоящее постановление вступает в силу со дня его официального опубликования.")
    home = str(fund_of_texts(tmp_path, {"a.txt": fares, "r.txt": repeal}))
    recs = {json.loads(x)["number"]: json.loads(x)
            for x in CliRunner().invoke(main, ["--home", home, "export"]).stdout.splitlines()}
    st = recs["145-п"]["status"]
    assert st["state"] == "repealed" and st["source"] == "fund" and st["since"] == "2025-01-01"
    shown = CliRunner().invoke(main, ["--home", home, "show", recs["145-п"]["id"]]).stdout
    assert "утратил силу с 01.01.2025" in shown


# qareread120: shapes municipal repealers use that gave a wrong day
@pytest.mark.parametrize("text, number, since", [
    # the act first, the repeal after it («Постановление … № 12 … признать утратившим силу с …»)
    (f"1. Постановление {_ADM} от 10.01.2020 № 12 «О тарифах» признать утратившим силу с 01.01.2025.\n"
     "2. Настоящее постановление вступает в силу со дня его подписания.", "12", "2025-01-01"),
    ("1. Решение Совета депутатов Сосновского сельского поселения от 10.01.2020 № 12 считать "
     "утратившим силу с 1 марта 2025 года.", "12", "2025-03-01"),
    # each item of the list its own day: the earlier item's day is another act's
    ("1. Признать утратившими силу:\n- постановление от 01.01.2020 № 3 с 01.03.2024;\n"
     "- постановление от 02.02.2021 № 45 с 01.06.2024.", "45", "2024-06-01"),
    # a lead-in over a list longer than a clause's span
    ("1. С 01.07.2024 признать утратившими силу следующие постановления администрации:\n"
     + "".join(f"- постановление {_ADM} от 1{i % 9}.02.2019 № {100 + i} «О внесении изменений в "
               "постановление об утверждении муниципальной программы»;\n" for i in range(12))
     + "- постановление от 01.02.2022 № 777.\n2. Настоящее постановление вступает в силу со дня его "
       "подписания.", "777", "2024-07-01"),
    # a lead-in over items numbered «1.», «2.»
    ("Признать утратившими силу с 01.01.2025 года следующие постановления:\n1. от 01.02.2022 № 7 "
     "«О налоге»;\n2. от 01.03.2022 № 8 «О сборе».", "8", "2025-01-01"),
])
def test_qareread120_repealing_clause_shapes(text, number, since):
    assert lost_force_since(text, "2024-05-05", number) == since


@pytest.mark.parametrize("text, number", [
    # a title in a word processor's straight quotes is the title's, its «с» date too
    ('1. Признать утратившим силу постановление от 01.02.2022 № 7 "Об утверждении программы на период '
     'с 1 января 2022 по 2025 годы".\n2. Настоящее постановление вступает в силу после опубликования.', "7"),
    # a new wording given to another act is that act's entry into force
    ("1. Признать утратившим силу постановление от 01.02.2022 № 7.\n2. Внести в постановление от "
     "05.05.2021 № 9 изменение: пункт 4 изложить в редакции: «4. Настоящее постановление вступает в "
     "силу с 01.01.2021.».\n3. Настоящее постановление вступает в силу со дня его официального "
     "опубликования.", "7"),
])
def test_qareread120_no_day_from_another_acts_words(text, number):
    assert lost_force_since(text, "2024-05-05", number) is None
