"""Territory facets and filters on both engines (issue 16): a district
library's delivery composed by us — its district's administration, two of
its settlements (one naming its district, one not), a town of another
region, the region's government and a federal act — searched by region and
municipality, counted by the «Территория» facet, scoped to the library's
own territory or region, exported and shown."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode

import pytest

from cli import main
from search.query import Query, search
from tests.fixtures import Client, imported_fund
from tests.test_desk import _check_counts, _get, facets, total

ACTS = {
"zarechny_rayon_45.txt": """АДМИНИСТРАЦИЯ
ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА
ТЕСТОВСКОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от 05.02.2024 № 45

О подготовке к весеннему паводку

1. Создать комиссию по подготовке к паводку.
2. Контроль за исполнением постановления оставляю за собой.

Глава Заречного муниципального района                     А.Н. Полевой
""",
"lugovoe_sp_7.txt": """СОВЕТ ДЕПУТАТОВ
ЛУГОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ
ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА
ТЕСТОВСКОЙ ОБЛАСТИ

РЕШЕНИЕ

от 20.03.2024 № 7

О весеннем субботнике в поселении

1. Провести субботник 20 апреля 2024 года.
2. Решение вступает в силу со дня опубликования.

Глава Луговского сельского поселения                     И.П. Травин
""",
"olhovskoe_sp_19.txt": """АДМИНИСТРАЦИЯ
ОЛЬХОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 11.04.2024 № 19

О мерах по охране лесов от пожаров

1. Запретить разведение костров в лесах поселения.
2. Постановление вступает в силу со дня подписания.

Глава администрации                     С.В. Ольхин
""",
"sosnovsk_300.txt": """АДМИНИСТРАЦИЯ ГОРОДА СОСНОВСКА
ПРИМЕРНОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от 15.05.2024 № 300

О проведении ярмарки выходного дня

1. Провести ярмарку выходного дня на площади Победы.
2. Контроль оставляю за собой.

Глава города Сосновска                     Р.Т. Бором
""",
"oblast_512.txt": """ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от 22.05.2024 № 512-п

О мерах поддержки сельских библиотек

1. Утвердить порядок предоставления субсидий сельским библиотекам.
2. Постановление вступает в силу через десять дней после опубликования.

Губернатор Тестовской области                     В.В. Степной
""",
"rf_1001.txt": """ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ

ПОСТАНОВЛЕНИЕ

от 3 июня 2024 г. № 1001

О порядке учета муниципальных библиотек

1. Утвердить прилагаемые Правила учета.
2. Настоящее постановление вступает в силу с 1 сентября 2024 г.

Председатель Правительства
Российской Федерации                     М.М. Примеров
""",
}

SETTINGS = ("region: Тестовская область\nmunicipality: Заречный муниципальный район\n"
            "search_scope: own\n")


@pytest.fixture(scope="module")
def home(tmp_path_factory, engine):
    root = tmp_path_factory.mktemp("territory")
    delivery = root / "delivery"
    delivery.mkdir()
    for name, text in ACTS.items():
        (delivery / name).write_text(text, encoding="utf-8")
    (root / "fund").mkdir()
    (root / "fund" / "settings.yaml").write_text(SETTINGS, encoding="utf-8")
    return imported_fund(root, delivery)


def _ids(home, **filters) -> set[str]:
    res = search(home / "index", Query(per_page=50, **filters))
    return {h.source["file_name"] for h in res.hits}


def test_filters_by_region_and_municipality(home):
    assert _ids(home, region="Тестовская область") == {
        "zarechny_rayon_45.txt", "lugovoe_sp_7.txt", "olhovskoe_sp_19.txt", "oblast_512.txt"}
    # a district takes its settlements' acts, whether the body or the library named the district
    assert _ids(home, municipality="ЗАРЕЧНЫЙ МУНИЦИПАЛЬНЫЙ РАЙОН") == {
        "zarechny_rayon_45.txt", "lugovoe_sp_7.txt", "olhovskoe_sp_19.txt"}
    assert _ids(home, municipality="Луговское сельское поселение") == {"lugovoe_sp_7.txt"}
    assert _ids(home, region="Примерная обл.") == {"sosnovsk_300.txt"}
    assert _ids(home, region="Примерная область", municipality="Заречный муниципальный район") == set()
    assert _ids(home, region="-") == set()   # every municipal act here has its region


def test_the_facet_counts_what_its_filters_give(home):
    res = search(home / "index", Query())
    assert res.facets["region"] == {"тестовская область": 4, "примерная область": 1}
    assert res.facets["territory"] == {
        "тестовская область|заречный муниципальный район": 3,
        "тестовская область|луговское сельское поселение": 1,
        "тестовская область|ольховское сельское поселение": 1,
        "примерная область|город сосновск": 1}
    for key, n in res.facets["territory"].items():
        region, _, muni = key.partition("|")
        assert search(home / "index", Query(region=region, municipality=muni)).total == n


def _cli(runner, home, *args) -> dict:
    res = runner.invoke(main, ["--home", str(home), "search", "--format", "json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_the_cli_searches_the_library_territory_or_the_region(runner, home):
    assert _cli(runner, home)["total"] == 3            # search_scope: own
    assert _cli(runner, home, "--scope", "region")["total"] == 4
    assert _cli(runner, home, "--scope", "all")["total"] == 6
    assert _cli(runner, home, "--municipality", "город Сосновск")["total"] == 1   # named wins
    got = _cli(runner, home, "--scope", "all", "--region", "Тестовская область",
               "--municipality", "Ольховское сельское поселение")
    assert [h["source"]["file_name"] for h in got["hits"]] == ["olhovskoe_sp_19.txt"]
    assert got["hits"][0]["territory"]["district"] == "Заречный муниципальный район"
    res = runner.invoke(main, ["--home", str(home), "search", "--scope", "district"])
    assert res.exit_code != 0 and "district" in res.output


def test_export_and_the_card_carry_the_territory(runner, home):
    res = runner.invoke(main, ["--home", str(home), "export", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = {r["source"]["file_name"]: r for r in map(json.loads, res.output.splitlines())}
    assert rows["olhovskoe_sp_19.txt"]["territory"] == {
        "region": "Тестовская область", "municipality": "Ольховское сельское поселение",
        "district": "Заречный муниципальный район"}
    assert rows["sosnovsk_300.txt"]["territory"] == {"region": "Примерная область",
                                                     "municipality": "город Сосновск"}
    assert rows["oblast_512.txt"]["territory"] == {"region": "Тестовская область",
                                                   "municipality": None}
    assert rows["rf_1001.txt"]["territory"] is None
    rid = rows["lugovoe_sp_7.txt"]["id"]
    card = runner.invoke(main, ["--home", str(home), "show", rid])
    assert ("Территория: Луговское сельское поселение, Заречный муниципальный район, "
            "Тестовская область") in " ".join(card.output.split())


def _rid(home, file_name: str) -> str:
    res = search(home / "index", Query(per_page=50))
    return next(h.id for h in res.hits if h.source["file_name"] == file_name)


def test_the_desk_page_offers_the_territory_and_the_scope(home):
    from search.web.app import App
    client = Client(App(home, log=lambda m: None))
    fresh = _get(client, "/")
    assert total(fresh) == 3          # a fresh page: the library's own territory
    scope = {label: (href, on) for g, label, href, n, on in facets(fresh) if g == "Где искать"}
    assert scope["своя территория: Заречный муниципальный район"][1]
    assert total(_get(client, scope["весь регион: Тестовская область"][0])) == 4
    assert total(_get(client, scope["весь фонд"][0])) == 6
    # the chip of the region chosen takes it away, not back to the default scope
    region_page = _get(client, scope["весь регион: Тестовская область"][0])
    chip = re.search(r'<a class="chip" href="([^"]*)"[^>]*>Регион: Тестовская область', region_page)
    assert chip and total(_get(client, html.unescape(chip.group(1)))) == 6
    everything = "/?" + urlencode({"text": ""})
    assert total(_get(client, everything)) == 6
    terr = [(label, n) for g, label, href, n, on in facets(_get(client, everything))
            if g == "Территория"]
    assert ("Тестовская область", 4) in terr and ("Заречный муниципальный район", 3) in terr
    assert ("город Сосновск", 1) in terr
    card = _get(client, f"/act/{_rid(home, 'olhovskoe_sp_19.txt')}")
    assert "Ольховское сельское поселение, Заречный муниципальный район, Тестовская область" in card
    # every count is the number of hits its link gives, with and without a territory chosen
    assert _check_counts(client, everything) >= 8
    for g, label, href, n, on in facets(_get(client, everything)):
        if g == "Территория":
            _check_counts(client, href)


# --- the composed corpus (corpus/files): one fictional municipality end to end ----

CORPUS = __import__("pathlib").Path(__file__).resolve().parent.parent / "corpus" / "files"


@pytest.fixture(scope="module")
def corpus_home(tmp_path_factory, engine):
    from ingest.formats import Limits
    return imported_fund(tmp_path_factory.mktemp("corpus_territory"), CORPUS, limits=Limits(ocr=False))


def test_the_corpus_acts_know_their_municipality_end_to_end(runner, corpus_home):
    res = runner.invoke(main, ["--home", str(corpus_home), "export", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    with_body = [r for r in rows if r["body"]]
    assert len(with_body) >= 10
    for r in with_body:   # every issuer of the corpus is Заречный муниципальный округ's
        assert r["territory"] == {"region": "Тестовская область",
                                  "municipality": "Заречный муниципальный округ"}, r["body"]
    acts = search(corpus_home / "index", Query()).total
    assert _cli(runner, corpus_home, "--municipality", "Заречный муниципальный округ",
                "--region", "тестовская обл.")["total"] == acts
    assert _cli(runner, corpus_home, "--region", "Примерная область")["total"] == 0


def test_a_corrected_body_moves_the_act(corpus_home):
    from ingest.corrections import correct
    from ingest.fund import Fund
    from search.sync import sync_index
    fund = Fund(corpus_home)
    rid = next(r.id for r in fund.iter_records() if r.body and not r.duplicate_of)
    new = correct(fund, rid, {"body": "Администрация Луговского сельского поселения "
                                      "Заречного муниципального округа Тестовской области"})
    assert new.territory == {"region": "Тестовская область",
                             "municipality": "Луговское сельское поселение",
                             "district": "Заречный муниципальный округ"}
    sync_index(fund)
    hits = search(corpus_home / "index", Query(municipality="Луговское сельское поселение")).hits
    assert [h.id for h in hits] == [rid]
    fund.close()


# --- a territory typed by hand (stop 37): the fund's names, not an exact key ------

def test_a_region_typed_as_people_type_it_filters_by_the_fund_s_name(home):
    """``--region тестовская`` / ``Тестовской области`` used to filter by a key no act
    carries and say «Найдено: 0», which looks like an answer."""
    whole = _ids(home, region="Тестовская область")
    for typed in ("тестовская", "Тестовской области", "ТЕСТОВСКОЙ", "Тестовская обл."):
        assert _ids(home, region=typed) == whole, typed
    res = search(home / "index", Query(region="тестовской"))
    assert res.understood.get("region") == ["тестовская область"]
    assert search(home / "index", Query(region="Тестовская область")).understood.get("region") is None
    assert _ids(home, municipality="луговского") == {"lugovoe_sp_7.txt"}
    # a district typed without its kind still takes its settlements
    assert _ids(home, municipality="Заречный") == {
        "zarechny_rayon_45.txt", "lugovoe_sp_7.txt", "olhovskoe_sp_19.txt"}


def test_a_territory_the_fund_does_not_know_is_said_with_the_nearest(home, runner):
    from search.query.errors import UnknownTerritory
    with pytest.raises(UnknownTerritory) as ex:
        search(home / "index", Query(region="Примерская"))
    assert "Региона «Примерская» в фонде нет" in str(ex.value) and "примерная область" in str(ex.value)
    # a whole name with its kind the fund has no act of yet: an honest nothing
    assert _ids(home, region="Тамбовская область") == set()
    res = runner.invoke(main, ["--home", str(home), "search", "--scope", "all", "--region", "Примерн"])
    assert res.exit_code == 0 and "регион: примерная область" in res.output, res.output
    res = runner.invoke(main, ["--home", str(home), "search", "--scope", "all", "--region", "Тамбовская"])
    assert res.exit_code != 0 and "Региона «Тамбовская» в фонде нет" in res.output, res.output


def test_the_api_refuses_an_unknown_territory_and_reads_a_partial_one(home):
    from search.web.app import App
    client = Client(App(home, log=lambda m: None))
    r = client.get("/api/search?" + urlencode({"text": "", "region": "Тамбовская", "lang": "en"}))
    assert r.status == 400
    body = json.loads(r.text)
    assert body["reason"] == "unknown_territory" and "There is no region “Тамбовская”" in body["error"]
    r = client.get("/api/search?" + urlencode({"text": "", "region": "примерной", "scope": "all"}))
    assert r.status == 200, r.text
    assert json.loads(r.text)["total"] == 1
    page = _get(client, "/?" + urlencode({"text": "", "region": "примерной"}))
    assert "регион примерная область" in page


def test_a_territory_typed_with_another_kind_word_or_case_is_still_found(home):
    """The kind words a reader types need not be the fund's, nor in its case:
    «Луговского сельсовета» for the settlement the fund calls «сельское
    поселение», «городского округа Сосновск» for «город Сосновск». Only the
    nominative kind words were left out before, so the genitive ones had to
    begin a word of the fund's name and these were refused as unknown."""
    assert _ids(home, municipality="Луговского сельсовета") == {"lugovoe_sp_7.txt"}
    assert _ids(home, municipality="городского округа Сосновск") == {"sosnovsk_300.txt"}
    assert _ids(home, municipality="Заречного района") == {
        "zarechny_rayon_45.txt", "lugovoe_sp_7.txt", "olhovskoe_sp_19.txt"}
    assert _ids(home, region="Тестовской обл") == _ids(home, region="Тестовская область")
    # a name is never taken for a kind word: a whole name the fund holds no
    # act of is an honest nothing, the bare name is refused
    assert _ids(home, municipality="Берёзовского сельсовета") == set()
    from search.query.errors import UnknownTerritory
    with pytest.raises(UnknownTerritory):
        search(home / "index", Query(municipality="Берёзовского"))
