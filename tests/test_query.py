"""The query layer on a dozen realistic records (tests/test_index.py)."""
from __future__ import annotations

import json

import pytest

from search import index as ix
from search.engine import whoosh_store
from search.query import Query, Results, more_like_this, parse_text, search
from tests.fixtures import sample_records


@pytest.fixture(scope="module")
def idx(tmp_path_factory, engine):
    d = tmp_path_factory.mktemp("q") / "index"
    ix.rebuild(d, sample_records())
    yield d
    ix.close_engines()


def ids(res: Results) -> list[str]:
    return [h.id for h in res.hits]


# --- words -------------------------------------------------------------------------

def test_morphology(idx):
    assert set(ids(search(idx, "ярмарки"))) == {"r02", "r03"}
    assert set(ids(search(idx, "выборах"))) == {"r07", "r08", "r09"}


def test_yo_equals_e(idx):
    assert ids(search(idx, "ёлочные")) == ["r03"]
    assert ids(search(idx, "елочных базаров")) == ["r03"]


def test_case_folding(idx):
    assert ids(search(idx, "ФОКИНСКОГО")) == ["r01"]


def test_title_weighs_more_than_text(idx):
    res = search(idx, "самоуправления")
    assert ids(res)[-1] == "r02"  # only in its text
    assert set(ids(res)[:2]) == {"r09", "r12"}


def test_phrase(idx):
    assert set(ids(search(idx, '"избирательных участков"'))) == {"r07", "r08"}
    assert ids(search(idx, '«общих принципах организации»'))[0] == "r12"
    # the words without adjacency match more
    assert search(idx, "местного значения").total >= search(idx, '"местного значения"').total


def test_boolean_operators(idx):
    assert set(ids(search(idx, "выборы NOT ученического"))) == {"r07", "r08"}
    assert set(ids(search(idx, "выборы НЕ ученического"))) == {"r07", "r08"}
    assert set(ids(search(idx, "выборы -ученического"))) == {"r07", "r08"}
    assert set(ids(search(idx, "выборы ИЛИ ярмарка"))) == {"r02", "r03", "r07", "r08", "r09"}
    assert set(ids(search(idx, "выборы OR ярмарка"))) == {"r02", "r03", "r07", "r08", "r09"}
    assert set(ids(search(idx, "выборы AND депутатов"))) == {"r07", "r08"}
    assert set(ids(search(idx, "выборы И (депутатов ИЛИ ученического)"))) == {"r07", "r08", "r09"}


# --- requisites --------------------------------------------------------------------

def test_exact_requisites(idx):
    assert ids(search(idx, "131-ФЗ"))[0] == "r12"
    assert ids(search(idx, "131-фз"))[0] == "r12"
    assert ids(search(idx, "12/3"))[0] == "r07"  # 12-р follows: same base number
    assert ids(search(idx, "№ 5")) == ["r13"]
    assert ids(search(idx, "17-л/с"))[0] == "r06"


@pytest.mark.parametrize("text, first", [
    ("постановление 145 от 12.03.2024", "r04"),
    ("постановление № 145-п", "r04"),
    ("постановление N 145-П", "r04"),
    ("постановление от 12 марта 2024 г. № 145", "r04"),
    ("145-п", "r04"),
    ("решение № 12/3", "r07"),
    ("приказ ФСТЭК 17", "r10"),
    ("распоряжение 17-л/с", "r06"),
    ("закон 131-ФЗ", "r12"),
])
def test_requisites_in_free_text_put_the_act_first(idx, text, first):
    res = search(idx, text)
    assert res.hits and res.hits[0].id == first, (text, ids(res))


def test_bare_number_finds_suffixed_number(idx):
    assert set(ids(search(idx, "145"))[:2]) == {"r04", "r05"}


def test_kind_and_year_without_a_topic_filter_with_a_topic_rank(idx):
    # a topic question: the year narrows the topic (not r09 of 2022), the kind
    # orders the hits (the распоряжение before the решение), it filters nothing
    res = search(idx, "распоряжения 2023 года о выборах")
    assert ids(res) == ["r08", "r07"]
    assert res.understood["kinds"] == ["распоряжение"] and res.understood["years"] == ["2023"]
    assert res.understood["kinds_rank"] is True
    # no topic words: a list of the acts of that kind and year
    assert ids(search(idx, "распоряжения 2023 года")) == ["r08"]
    p = parse_text("постановление 145 от 12.03.2024")
    assert p.kinds == ["постановление"] and p.numbers == ["145"] and p.dates == ["2024-03-12"]
    # a kind word in the middle of a topic query stays a word
    assert parse_text("о решении вопросов").kinds == []


# --- filters -----------------------------------------------------------------------

def test_filters(idx):
    assert set(ids(search(idx, Query(kind=["распоряжение"])))) == {"r06", "r08", "r09"}
    assert ids(search(idx, Query(text="выборы", date_from="2023-01-01", date_to="2023-06-30"))) == ["r08"]
    assert set(ids(search(idx, Query(received_from="2023-06-05", received_to="2023-09-20")))) == {"r07", "r08"}
    assert set(ids(search(idx, Query(level="federal")))) == {"r10", "r12"}
    assert set(ids(search(idx, Query(body="Брянская городская администрация")))) == {"r01", "r02", "r03"}
    assert ids(search(idx, Query(body="ФСТЭК России"))) == ["r10"]  # words, not the whole name
    assert ids(search(idx, Query(number="145-П"))) == ["r04"]
    assert set(ids(search(idx, Query(number="145")))) == {"r04", "r05"}
    assert ids(search(idx, Query(publication="Призыв"))) == ["r04"]


def test_rubric_includes_subrubrics(idx):
    assert ids(search(idx, Query(rubric=["social"]))) == ["r04"]
    assert ids(search(idx, Query(rubric=["social.disabled"]))) == ["r04"]
    assert set(ids(search(idx, Query(rubric=["elections", "business"])))) == {"r02", "r03", "r07", "r08"}


def test_facets(idx):
    res = search(idx, "выборы")
    f = res.facets
    assert f["kind"] == {"распоряжение": 2, "решение": 1}
    assert f["year"] == {"2022": 1, "2023": 2}
    assert f["rubric"] == {"elections": 2, "education": 1}
    assert sum(f["body"].values()) == 3
    assert "Администрация Рыбинского муниципального района" in f["body"]
    all_ = search(idx, Query(per_page=1))
    assert all_.total == 13 and sum(all_.facets["kind"].values()) == 13
    assert all_.facets["rubric"]["social"] == 1  # parent counted from its subrubric


# --- presentation ------------------------------------------------------------------

def test_snippets_and_highlights(idx):
    h = search(idx, "ярмарок").hits[0]
    assert h.highlights
    for s, e in h.highlights:
        assert h.snippet[s:e].lower().startswith("ярмар")
    assert "[[" in h.marked() and "]]" in h.marked()
    assert h.title_highlights and "ярмар" in h.marked(what="title")
    d = h.to_dict()
    json.dumps(d, ensure_ascii=False)
    assert set(d) >= {"id", "kind", "number", "date", "title", "body", "rubrics", "source",
                      "score", "snippet"}
    assert d["source"]["file_name"].endswith(".pdf")


def test_sort_by_date_and_paging(idx):
    q = Query(kind=["постановление"], sort="date", per_page=2)
    p1 = search(idx, q)
    assert p1.total == 5
    assert [h.date for h in p1.hits] == ["2024-11-28", "2024-06-03"]
    p3 = search(idx, Query(kind=["постановление"], sort="date", per_page=2, page=3))
    assert [h.date for h in p3.hits] == ["2011-03-04"]
    dates = [h.date for h in search(idx, Query(text="выборы", sort="date")).hits]
    assert dates == sorted(dates, reverse=True)


def test_suggestion_and_fuzzy_fallback(idx):
    res = search(idx, "ярморка")
    assert res.suggestion == "ярмарка"
    assert res.relaxed == "fuzzy" and set(ids(res)) == {"r02", "r03"}
    res = search(idx, "избирательный учасок")
    assert res.suggestion and "участок" in res.suggestion
    assert res.total >= 1
    assert search(idx, "выборы").suggestion is None
    assert search(idx, "зюзюкающий").total == 0  # bounded: nothing near, nothing found


def test_any_word_fallback(idx):
    res = search(idx, "ярмарка депутатов")  # no act has both
    assert res.relaxed == "any" and res.total == 4 + 1


def test_more_like_this(idx):
    res = more_like_this(idx, "r02")
    assert res.hits and res.hits[0].id == "r03"
    assert "r02" not in ids(res)
    with pytest.raises(KeyError):
        more_like_this(idx, "nope")


def test_query_dict_round_trip():
    q = Query(text="постановление 145", kind=["постановление"], rubric=["social"],
              date_from="2024-01-01", sort="date", page=2)
    d = q.to_dict()
    assert d["v"] == 1 and "per_page" not in d
    assert json.loads(json.dumps(d)) == d
    assert Query.from_dict(d) == q
    assert Query.from_dict({"text": "x"}) == Query(text="x")
    with pytest.raises(ValueError):
        Query.from_dict({"text": "x", "whoosh": "title:x"})
    with pytest.raises(ValueError):
        Query(sort="random")
    with pytest.raises(ValueError):
        Query(date_from="12.03.2024")


def test_search_accepts_dict_and_results_json(idx):
    res = search(idx, {"text": "выборы", "kind": ["решение"]})
    assert ids(res) == ["r07"]
    out = json.loads(json.dumps(res.to_dict(), ensure_ascii=False))
    assert out["total"] == 1 and out["hits"][0]["id"] == "r07"
    assert set(out) >= {"total", "hits", "facets", "suggestion"}


# Whoosh only: the two tests below break Whoosh's own files and hook its store
def test_search_heals_a_broken_index(tmp_path, monkeypatch):
    d = tmp_path / "index"
    monkeypatch.setattr(whoosh_store, "_default_source", lambda _d: sample_records)
    res = search(d, "ярмарки")  # no index at all: built from the "fund"
    assert res.total == 2
    ix.close_engines()


def test_search_recovers_when_files_break_under_an_open_searcher(tmp_path, monkeypatch):
    d = tmp_path / "index"
    ix.rebuild(d, sample_records())
    monkeypatch.setattr(whoosh_store, "_default_source", lambda _d: sample_records)
    assert search(d, "ярмарки").total == 2
    eng = ix.engine(d)

    def boom(*a, **k):
        raise OSError("segment file vanished")
    monkeypatch.setattr(eng, "execute", boom)
    for f in d.glob("*.toc"):
        f.unlink()
    assert search(d, "ярмарки").total == 2  # rebuilt from the "fund", answered
    assert ix.check(d) is None
    ix.close_engines()


# --- the reader's words (search/thesaurus.py) ---------------------------------------

def test_readers_words_find_the_acts_wording(idx):
    res = search(idx, "похороны")                                  # acts: погребение, захоронение
    assert set(ids(res)) >= {"r01", "r13"}
    assert res.suggestion is None and res.relaxed is None           # not a misspelling
    assert "[[погребения]]" in res.hits[0].marked(what="title")     # highlighted as matched
    assert set(ids(search(idx, "спортшкола"))) == {"r05", "r06", "r11"}  # спортивная школа


def test_question_words_are_dropped_from_plain_questions(idx):
    assert set(ids(search(idx, "где хоронить"))) >= {"r01", "r13"}
    assert set(ids(search(idx, "сколько выборы"))) == set(ids(search(idx, "выборы")))
    # with operators the words stay as typed
    res = search(idx, "сколько AND выборы")
    assert res.relaxed == "any"  # no act has "сколько": the any-word fallback answers


def test_the_act_named_by_its_number_outranks_acts_citing_it(idx):
    # r02 cites "131-ФЗ «Об общих принципах организации…»" in its text; r12 *is* 131-ФЗ
    assert ids(search(idx, "общих принципах организации 131-ФЗ"))[0] == "r12"
    # r01's text cites № 8-ФЗ and says "погребении"; r13 is решение № 5
    assert ids(search(idx, "решение 5 о погребении"))[0] == "r13"


def test_a_typed_kind_word_keeps_records_whose_kind_is_unknown(tmp_path, engine):
    from tests.fixtures import make_record as _rec
    recs = sample_records() + [_rec(
        20, None, None, None, None, None,
        "Статья 1. Муниципальное образование «Город Киров» — городской округ.", ["lsg"])]
    d = tmp_path / "index"
    ix.rebuild(d, recs)
    try:
        assert ids(search(d, "устав города Кирова")) == ["r20"]   # its kind was never read
        assert ids(search(d, Query(text="города Кирова", kind=["устав"]))) == []  # chosen filter
        assert ids(search(d, "распоряжения 2023 года о выборах"))[0] == "r08"
    finally:
        ix.close_engines()


def test_received_periods_are_counted_and_filter_by_day(tmp_path, engine):
    """The desk's "received in the last 7 / 30 / 365 days" filters come with
    live counts computed by the query layer, for any search."""
    from dataclasses import replace
    from datetime import date, datetime, time, timedelta, timezone

    from search.query import received_periods

    today = date.today()

    def at(days_ago: int) -> str:
        d = today - timedelta(days=days_ago)
        return datetime.combine(d, time(9, 30), timezone.utc).isoformat()

    recs = sample_records()
    ages = [2, 20, 200, 800]
    recs = [replace(r, received_at=at(ages[i % len(ages)])) for i, r in enumerate(recs)]
    d = tmp_path / "index"
    ix.rebuild(d, recs)
    try:
        res = search(d, Query())
        want = {str(days): sum(1 for i in range(len(recs)) if ages[i % len(ages)] <= days)
                for days in (7, 30, 365)}
        assert res.facets["received"] == want
        # the same periods as filters give the same counts
        for days, start in received_periods().items():
            got = search(d, Query(received_from=start, per_page=50))
            assert got.total == want[str(days)]
        # a filter is by day: a record received at 09:30 on the last day is in
        day = (today - timedelta(days=20)).isoformat()
        assert search(d, Query(received_from=day, received_to=day)).total == \
            sum(1 for i in range(len(recs)) if ages[i % len(ages)] == 20)
    finally:
        ix.close_engines()
