"""Questions the query layer cannot read say why, and empty results help
(issue 15, part 3): a question of operators only, a lone quote, an
unbalanced parenthesis, an operator with nothing on one side or a question
over 1,000 characters is refused with a message (web page, API 400, CLI exit
1) instead of returning the whole fund or being cut; a question that finds
nothing shows what was searched and recognised, words and rubrics to try,
and "remove the filters" only when filters are set."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

import cli
from search.query import Query, search
from search.query.errors import MAX_QUERY_CHARS, QueryError
from search.query.parse import check_syntax, parse_text
from search.web.app import App
from tests.fixtures import Client, fund_of_texts

FAIRS = """АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ГОРОДСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 12 марта 2024 г. № 145-п

Об организации ярмарок выходного дня на территории поселения

Администрация Заречного городского поселения постановляет:
1. Проводить ярмарки выходного дня на площади у дома культуры.
2. Утвердить схему размещения торговых мест на ярмарке.

Глава поселения П.П. Петров
"""

BURIAL = """СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО ГОРОДСКОГО ПОСЕЛЕНИЯ

РЕШЕНИЕ

от 3 июля 2023 г. № 27

О порядке деятельности общественного кладбища поселения

Совет депутатов решил утвердить порядок содержания мест погребения и
захоронения на общественном кладбище поселения.

Председатель Совета депутатов С.С. Сидоров
"""


@pytest.mark.parametrize("text, key", [
    ("И ИЛИ НЕ", "no_words"),
    ("AND OR", "no_words"),
    ('"', "unclosed_quote"),
    ('"место погребения', "unclosed_quote"),
    ("«место погребения", "unclosed_quote"),
    ('ярмарки ""', "empty_phrase"),
    ("(ярмарки ИЛИ рынки", "unclosed_paren"),
    ("ярмарки ИЛИ рынки)", "extra_paren"),
    ("ярмарки ()", "empty_parens"),
    ("ярмарки ИЛИ", "op_last"),
    ("ярмарки НЕ", "op_last"),
    ("(ярмарки ИЛИ) рынки", "op_last"),
    ("ИЛИ ярмарки", "op_first"),
    ("ярмарки И ИЛИ рынки", "ops_together"),
    ("кладбище " * 200, "too_long"),
])
def test_malformed_questions_are_refused_with_the_reason(text, key):
    with pytest.raises(QueryError) as ex:
        parse_text(text)
    assert ex.value.key == key
    assert ex.value.text("ru") != ex.value.text("en")
    assert str(ex.value) == ex.value.text("ru")


@pytest.mark.parametrize("text", [
    "выборы И (депутатов ИЛИ ученического)", "выборы -ученического", "ярмарки И НЕ рынки",
    '"место погребения"', "«место погребения»", "«12» марта 2024 г. № 145-п",
    "постановление № 145-п от 12.03.2024", "НЕ ярмарки", "", "   ", "а" * MAX_QUERY_CHARS,
    "ЗЕМЛИ НЕ СЕЛЬСКОХОЗЯЙСТВЕННОГО НАЗНАЧЕНИЯ"])
def test_well_formed_questions_pass(text):
    check_syntax(text)


def test_the_messages_say_what_was_typed():
    with pytest.raises(QueryError) as ex:
        check_syntax("И ИЛИ НЕ")
    assert ex.value.text("ru").startswith("В запросе только операторы (И, ИЛИ, НЕ)")
    with pytest.raises(QueryError) as ex:
        check_syntax("ярмарки И ИЛИ рынки")
    assert "«И» и «ИЛИ» стоят подряд" in ex.value.text("ru")
    assert "“И” and “ИЛИ” stand together" in ex.value.text("en")
    with pytest.raises(QueryError) as ex:
        check_syntax("ярмарка " * 1250)
    assert "10000 знаков, допустимо не больше 1000" in ex.value.text("ru")


# --- the fund and its front ends ------------------------------------------------------

@pytest.fixture(scope="module")
def fund_home(tmp_path_factory) -> Path:
    return fund_of_texts(tmp_path_factory.mktemp("qerrors"),
                         {"Постановление 145-п.txt": FAIRS, "Решение 27.txt": BURIAL})


@pytest.fixture(scope="module")
def client(fund_home) -> Client:
    return Client(App(fund_home, log=lambda m: None))


def test_the_page_says_what_is_wrong_and_shows_no_hits(client):
    r = client.get("/?text=" + quote("И ИЛИ НЕ"))
    assert r.status == 400
    assert 'id="query-error"' in r.text and "В запросе только операторы (И, ИЛИ, НЕ)" in r.text
    # nothing was searched: no «Найдено: 0» beside the reason (qaleft116)
    assert 'class="hit"' not in r.text and "Найдено" not in r.text
    assert 'value="И ИЛИ НЕ"' in r.text                 # the question stays in the box
    r = client.get("/?text=" + quote('"'))
    assert r.status == 400 and "Кавычка &#34; не закрыта" in r.text
    en = Client(client.app)
    en.get("/lang?to=en&next=/")
    r = en.get("/?text=" + quote("(ярмарки ИЛИ рынки"))
    assert r.status == 400 and "A parenthesis “(” is not closed" in r.text


def test_a_question_over_the_limit_is_refused_not_cut(client):
    text = "ярмарки " * 1250
    r = client.get("/?text=" + quote(text))
    assert r.status == 400 and "Запрос слишком длинный: 10000 знаков" in r.text
    r = client.get("/api/search?text=" + quote(text))
    assert r.status == 400 and r.json()["reason"] == "too_long"


def test_the_api_answers_400_with_the_reason(client):
    r = client.get("/api/search?text=" + quote("ИЛИ ярмарки"))
    assert r.status == 400 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["reason"] == "op_first" and body["op"] == "ИЛИ"
    assert body["error"].startswith("Оператор «ИЛИ» стоит в начале запроса")
    r = client.get("/api/search?lang=en&text=" + quote('"'))
    assert r.status == 400 and r.json()["error"].startswith("The quote \" is not closed")
    assert client.get("/api/search?text=" + quote("ярмарки ИЛИ кладбище")).status == 200


def test_the_cli_says_what_is_wrong_and_exits_1(fund_home):
    r = CliRunner().invoke(cli.main, ["--home", str(fund_home), "search", "ярмарки", "ИЛИ"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "Ошибка: После оператора «ИЛИ» нет слова" in r.output
    r = CliRunner().invoke(cli.main, ["--home", str(fund_home), "search", "ярмарки"])
    assert r.exit_code == 0 and "145-п" in r.output


def test_the_library_search_raises_too(fund_home):
    with pytest.raises(QueryError):
        search(fund_home / "index", Query(text='ярмарки "'))


# --- empty results that help ------------------------------------------------------------

def _block(html: str) -> str:
    m = re.search(r'<div class="note" id="no-hits">(.*?)</div>', html, re.S)
    assert m, html
    return m.group(1)


def test_without_filters_there_is_no_advice_to_remove_them(client):
    r = client.get("/?text=" + quote("космодром"))
    assert r.status == 200 and "Найдено: 0" in r.text
    block = _block(r.text)
    assert "Ничего не найдено по запросу <b>космодром</b>." in block
    assert "слова: космодром" in block
    assert "nh-remove-filters" not in block and "фильтр" not in block
    assert "Проверьте написание или спросите другими словами" in block


def test_with_filters_the_block_offers_to_remove_them_and_the_rubric(client):
    r = client.get("/?text=" + quote("ярмарки") + "&kind=" + quote("решение"))
    block = _block(r.text)
    assert "с выбранными фильтрами" in block
    assert '<a href="/?text=%D1%8F%D1%80%D0%BC%D0%B0%D1%80%D0%BA%D0%B8" id="nh-remove-filters">' \
        in block
    rubric = re.search(r'<a href="([^"]+)" class="nh-rubric" data-code="business.fairs">', block)
    assert rubric, block
    assert "text=" not in rubric.group(1)
    assert client.get(rubric.group(1).replace("&amp;", "&")).text.count('class="hit"') >= 1


def test_requisites_recognised_and_the_words_alone_offered(client):
    r = client.get("/?text=" + quote("ярмарки 2019 года"))
    assert "Найдено: 0" in r.text
    block = _block(r.text)
    assert "Распознано: год 2019; слова: ярмарки" in block
    link = re.search(r'<a href="([^"]+)" class="nh-words-alone">ярмарки</a>', block)
    assert link
    assert client.get(link.group(1).replace("&amp;", "&")).text.count('class="hit"') == 1


def test_words_that_find_acts_alone_are_offered(client):
    """A year with no act on the topic: the words acts use for the reader's
    word (from the thesaurus) that the fund has are offered one by one."""
    r = client.get("/?text=" + quote("похороны 2019 года"))
    assert "Найдено: 0" in r.text
    block = _block(r.text)
    words = re.findall(r'class="nh-word">([^<]+)</a>', block)
    assert {"кладбище", "погребение", "захоронение"} <= set(words)
    assert "ритуальный" not in words                   # not a word of this fund
    assert "похороны" not in words                     # the word typed is not offered back
    assert 'data-code="housing.funeral"' in block
