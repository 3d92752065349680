"""Territories (issue 16): the shapes of bodies' names (tests/territory_shapes.yaml),
the library's settings filling what a body does not name, and catalogs
written before the field getting it from their stored bodies."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from ingest.territory import Place, display, name_key, territory, territory_text

SHAPES = yaml.safe_load((Path(__file__).parent / "territory_shapes.yaml")
                        .read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", SHAPES, ids=[c["shape"][:60] for c in SHAPES])
def test_territory_shapes(case):
    place = Place(**(case.get("place") or {}))
    got = territory(case["body"], case["level"], place)
    want = case["want"]
    if want is not None:
        want = {k: v for k, v in want.items()}
        want.setdefault("region", None)
        want.setdefault("municipality", None)
    assert got == want


def test_the_one_spelling_reads_back_from_its_key():
    for name in ("Тестовская область", "город Заречный", "Ханты-Мансийский автономный округ — Югра",
                 "Республика Саха (Якутия)", "Заречный муниципальный район", "город Ростов-на-Дону"):
        assert display(name_key(name)) == name
    assert name_key("ТЕСТОВСКАЯ ОБЛ.") == name_key("Тестовская область")
    assert name_key("г. Заречный") == name_key("город Заречный")
    assert display("тестовская республика") == "Тестовская Республика"


def test_the_card_says_the_territory_smallest_first():
    t = {"region": "Тестовская область", "municipality": "Луговское сельское поселение",
         "district": "Заречный муниципальный район"}
    assert territory_text(t) == ("Луговское сельское поселение, Заречный муниципальный район, "
                                 "Тестовская область")


def test_settings_and_their_environment_overrides(tmp_path, monkeypatch):
    from ingest.fund import FundError
    from ingest.settings import library_place, search_scope
    monkeypatch.delenv("ACTDESK_REGION", raising=False)
    monkeypatch.delenv("ACTDESK_MUNICIPALITY", raising=False)
    monkeypatch.delenv("ACTDESK_SEARCH_SCOPE", raising=False)
    assert library_place(tmp_path) == Place() and search_scope(tmp_path) == "all"
    (tmp_path / "settings.yaml").write_text(
        "region: ТЕСТОВСКАЯ ОБЛАСТЬ\nmunicipality: Заречный муниципальный район\nsearch_scope: own\n",
        encoding="utf-8")
    assert library_place(tmp_path) == Place("Тестовская область", "Заречный муниципальный район")
    assert search_scope(tmp_path) == "own"
    monkeypatch.setenv("ACTDESK_MUNICIPALITY", "город Заречный")
    assert library_place(tmp_path).municipality == "город Заречный"
    (tmp_path / "settings.yaml").write_text("search_scope: district\n", encoding="utf-8")
    with pytest.raises(FundError, match="search_scope"):
        search_scope(tmp_path)


COUNCIL = """СОВЕТ ДЕПУТАТОВ
ЛУГОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

РЕШЕНИЕ

от 14.03.2024 № 12

О благоустройстве территории Луговского сельского поселения

1. Утвердить правила благоустройства территории поселения.
2. Решение вступает в силу со дня опубликования.

Глава Луговского сельского поселения                     П.С. Ветров
"""


def test_a_catalog_written_before_territories_gets_them_from_its_bodies(tmp_path, monkeypatch):
    """The catalog's records lose the field (as an older actdesk wrote them);
    opening it again fills it from the stored body and the settings, reading
    no file, and the index learns it from the journal."""
    import sqlite3
    from ingest.fund import Fund
    from search.query import Query, search
    from search.sync import sync_index
    from tests.fixtures import fund_of_texts
    for env in ("ACTDESK_REGION", "ACTDESK_MUNICIPALITY"):
        monkeypatch.delenv(env, raising=False)
    home = fund_of_texts(tmp_path, {"reshenie_12.txt": COUNCIL})
    db = sqlite3.connect(home / "catalog.sqlite")
    for rid, data in db.execute("SELECT id, data FROM records").fetchall():
        d = json.loads(data)
        assert d["territory"] == {"region": None, "municipality": "Луговское сельское поселение"}
        del d["territory"]
        db.execute("UPDATE records SET data=? WHERE id=?", (json.dumps(d, ensure_ascii=False), rid))
    db.execute("DELETE FROM meta WHERE key='territory_rules'")
    db.commit()
    db.close()
    (home / "settings.yaml").write_text(
        "region: Тестовская область\nmunicipality: Заречный муниципальный район\n", encoding="utf-8")
    originals = home / "originals"
    for p in originals.rglob("*"):   # no file is read again
        if p.is_file():
            p.unlink()
    fund = Fund(home)
    rec = next(fund.iter_records())
    assert rec.territory == {"region": "Тестовская область",
                             "municipality": "Луговское сельское поселение",
                             "district": "Заречный муниципальный район"}
    sync_index(fund)
    res = search(home / "index", Query(municipality="Заречный муниципальный район"))
    assert [h.id for h in res.hits] == [rec.id]
    # once: a record imported later with other settings keeps its own
    assert fund.db.execute("SELECT value FROM meta WHERE key='territory_rules'").fetchone()
    fund.close()
