"""The PostgreSQL engine against the Whoosh engine on the same records: the
same ids in the same order with the same scores, the same totals and facets
(tests/pgserver.py starts the server)."""
from __future__ import annotations

from datetime import date

import pytest

from search import index as ix
from search.engine import pg_engine, pg_store, whoosh_engine, whoosh_store
from search.engine.nodes import All, And, Not, Or, Range, Term
from search.query import Query, search
from tests.fixtures import make_record, sample_records

QUESTIONS = [
    "ярмарки", "выборах", "елочных базаров", "ФОКИНСКОГО", "постановление № 145-П",
    "выборы 2023", "место погребения", "распоряжения 2023 года", "ярмарка OR выборы",
    "ярмарка -выходного", "информационной безопасности", "145", "ярморка", "избирательный учасок", "ярмарка депутатов",
    Query(text="выборы", sort="date"), Query(kind=["постановление"], sort="date", per_page=3,
                                            page=2),
    Query(body="Брянская городская администрация"), Query(rubric=["social"]),
    Query(text="выборы", date_from="2023-01-01", date_to="2023-06-30"),
    # the desk's other orders: oldest first, and by number (digits as numbers)
    Query(kind=["постановление"], sort="oldest"), Query(text="ярмарки", sort="oldest"),
    Query(kind=["постановление"], sort="number"), Query(sort="number", per_page=4, page=2),
]


@pytest.fixture(scope="module")
def both(tmp_path_factory, pg_server):
    """One fund indexed by both engines: (whoosh dir, postgresql dir, url)."""
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_engine")
    wd = tmp_path_factory.mktemp("w") / "index"
    pd = tmp_path_factory.mktemp("p") / "index"
    whoosh_store.rebuild(wd, sample_records())
    pg_store.rebuild(pd, sample_records(), url=url)
    yield wd, pd, url
    ix.close_engines()


def _answer(d, q, monkeypatch, url=None):
    if url:
        monkeypatch.setenv(pg_store.URL_ENV, url)
    else:
        monkeypatch.delenv(pg_store.URL_ENV, raising=False)
    res = search(d, q)
    return (res.total, [(h.id, round(h.score, 6)) for h in res.hits], res.facets,
            res.suggestion)


@pytest.mark.parametrize("q", QUESTIONS, ids=str)
def test_both_engines_give_the_same_answer(both, q, monkeypatch):
    wd, pd, url = both
    w = _answer(wd, q, monkeypatch)
    p = _answer(pd, q, monkeypatch, url)
    assert w[0] > 0
    assert p == w


# without facets: a lone word's total comes from the terms table; phrases
# are pair shingles (one, then two), ranked by their field length alone
UNFACETED = [Query(text=t, facets=False) for t in (
    "ярмарки", '"местного самоуправления"', '"организации местного самоуправления"',
    "ярмарка OR выборы", "постановление № 145-П", "спортивная школа -директора")]


@pytest.mark.parametrize("way", ["joined", "in the row", "shortest first", "from the columns"])
def test_every_way_of_ranking_gives_whooshs_answer(both, way, monkeypatch):
    """The PostgreSQL engine picks, per term, a join of its postings or a
    look into each candidate's row, for shingles alone a walk by length, and
    for plans of words their whole postings and the columns in memory; each
    way forced gives the same totals, ids and scores as Whoosh."""
    wd, pd, url = both
    if way == "in the row":
        monkeypatch.setattr(pg_engine._Sql, "JOIN_RATIO", {"text": 0, "pairs": 0})
    if way == "shortest first":
        monkeypatch.setattr(pg_engine.Engine, "ORDERED_SCAN", 0)
    if way == "from the columns":
        monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
    for q in [*QUESTIONS, *UNFACETED]:
        w = _answer(wd, q, monkeypatch)
        assert _answer(pd, q, monkeypatch, url) == w, q
    assert _answer(wd, UNFACETED[2], monkeypatch)[0] > 0


def test_plan_nodes_match_the_same_documents(both):
    wd, pd, url = both
    we = whoosh_engine.engine(wd)
    pe = pg_engine.engine(pd, url=url)
    plans = [
        And([Term("text", "ярмарка"), Not(Term("title", "елочный"))]),
        Or([Term("kind", "решение"), Term("rubric", "social")]),
        And([All(), Not(Term("kind", "постановление"))]),
        Range("date", "2023-01-01", "2024-03-12"),
        Range("received_day", "2023-06-05", ""),
        Term("pairs", "местный_самоуправление"),
    ]
    for plan in plans:
        w, p = we.execute(plan, limit=20), pe.execute(plan, limit=20)
        assert p.total == w.total and p.total > 0, plan
        assert [h.data["id"] for h in p.hits] == [h.data["id"] for h in w.hits], plan
    assert pe.doc_count() == we.doc_count() == 13
    for f, t in [("text", "ярмарка"), ("title", "выборы"), ("body", "брянская городская "
                                                                  "администрация")]:
        assert pe.doc_frequency(f, t) == we.doc_frequency(f, t)
    assert pe.similar_terms("text", "ярмарко") == we.similar_terms("text", "ярмарко")
    assert pe.terms_with_prefix("text", "выбор") == we.terms_with_prefix("text", "выбор")
    assert pe.lookup("r04").text() == we.lookup("r04").text() != ""
    assert pe.lookup("nope") is None


def test_updates_and_deletes_are_seen_by_an_open_engine(tmp_path, pg_server):
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_update")
    d = tmp_path / "index"
    recs = [make_record(1, "постановление", "12-п", "2024-02-01", "Администрация Заречного района",
                        "О ярмарке выходного дня", "Провести ярмарку на площади.", ["business"]),
            make_record(2, "распоряжение", "3-р", "2024-02-05", "Администрация Заречного района",
                        "О субботнике", "Провести субботник во дворах.", ["housing"])]
    pg_store.rebuild(d, recs, url=url)
    eng = pg_engine.engine(d, url=url)
    assert eng.execute(Term("text", "ярмарка")).total == 1
    moved = make_record(2, "распоряжение", "3-р", "2024-02-05", "Администрация Заречного района",
                        "О ярмарке мастеров", "Провести ярмарку мастеров.", ["business"])
    pg_store.update(d, [moved], url=url)
    res = pg_engine.engine(d, url=url).execute(Term("text", "ярмарка"))
    assert res.total == 2 and eng.doc_frequency("text", "ярмарка") == 2
    assert res.facets["rubric"] == {"business": 2}
    assert pg_store.delete(d, ["r01"], url=url) == 1
    assert eng.execute(Term("text", "ярмарка")).total == 1
    assert eng.terms_with_prefix("text", "площад") == []   # its only record is gone
    assert pg_store.stats(d, url=url)["records"] == 1
    # the postings written bit by bit are those a rebuild writes, none stale
    fresh = tmp_path / "fresh"
    pg_store.rebuild(fresh, [moved], url=url)
    assert _postings(url, d) == _postings(url, fresh) != set()
    # the totals BM25 averages over, moved by each write, are a rebuild's sums
    assert _totals(url, d) == _totals(url, fresh) and _totals(url, d)[0] == 1
    pg_engine.close_engines()


def _totals(url, index_dir) -> tuple:
    """The ``state`` row without its generation: documents and text lengths."""
    st = pg_store.store(index_dir, url)
    with st.connect() as conn:
        row = conn.execute(f"SELECT * FROM {st.schema}.state").fetchone()
    return tuple(row[1:])


def test_word_plans_from_the_columns_in_memory_follow_adds_and_deletes(tmp_path, pg_server,
                                                                      monkeypatch):
    """Words, an And of words, an Or and phrases (shingles: from their GIN
    index) counted, faceted and ranked from their postings and the
    columns an open engine keeps: the same totals,
    pages, scores, facets and received-day counts as the statement that
    visits every match — on the fund, after acts are added (appended to
    the columns) and after one is deleted (read again)."""
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_columns")
    d = tmp_path / "p" / "index"
    pg_store.rebuild(d, sample_records(), url=url)
    used, counted = [], pg_engine.Engine._from_columns
    monkeypatch.setattr(pg_engine.Engine, "_from_columns",
                        lambda *a: used.append(counted(*a)) or used[-1])
    words = [Query(text=t, per_page=n, facets=f) for t in
             ("администрация", "ярмарка выходного", "ярмарка OR выборы", "избирательных участков",
              '"местного самоуправления"', '"ярмарку выходного дня"')
             for n, f in ((2, False), (10, True))]
    words += [Query(text="администрация", kind=["постановление"], date_from="2023-01-01",
                    date_to="2024-12-31"),
              Query(text="ярмарка OR выборы", rubric=["business"], in_force=True),
              Query(text="администрация", body="Брянская городская администрация",
                    level="municipal")]

    def both_ways():
        monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
        got = []
        for q in words:
            n = len(used)
            got.append(_answer(d, q, monkeypatch, url))
            # each query's plan answered from its postings and the columns
            assert len(used) > n and None not in used[n:], q
        monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 10**9)
        assert got == [_answer(d, q, monkeypatch, url) for q in words]
        return got

    before = both_ways()
    added = [make_record(20 + i, "постановление", f"{30 + i}-п", "2024-03-0{i}",
                         "Администрация Заречного района", "О ярмарке выходного дня",
                         "Провести ярмарку выходного дня у администрации.", ["business"],
                         received=f"{date.today().isoformat()}T10:00:00Z")   # in every range
             for i in range(1, 4)]
    ix.update(d, added)
    after = both_ways()
    assert all(g[0] > 0 for g in after)
    assert set(after[3][2]["received"].values()) == {3}
    assert after[3][0] > before[3][0]           # "ярмарка выходного", faceted
    assert after[3][2]["rubric"]["business"] > before[3][2]["rubric"].get("business", 0)
    # days compared as text when one is not YYYY-MM-DD (a bound, or a day
    # kept from a hand-made delivery date)
    ix.update(d, [make_record(30, "постановление", "40-п", "2024-04-01",
                              "Администрация Заречного района", "О ярмарке",
                              "Провести ярмарку у администрации.", ["business"],
                              received="2024-7-1 утром")])
    eng = pg_engine.engine(d, url=url)
    odd = [Range("received_day", "2024", ""), Range("received_day", "", "2025-01-15T"),
           Range("received_day", "2024-7", "2024-7-2"), Range("received_day", "2024-06-30",
                                                              "2025-01-15"),
           Range("date", "2023-06", "2024-06-03")]
    for lo in odd:
        plan = Or([Term("text", "ярмарка"), Term("text", "администрация")])
        ranges = {str(i): r for i, r in enumerate(odd)}
        monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
        got = eng.execute(plan, [lo], range_counts=ranges)
        monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 10**9)
        want = eng.execute(plan, [lo], range_counts=ranges)
        assert (got.total, [h.docnum for h in got.hits], got.facets) == (
            want.total, [h.docnum for h in want.hits], want.facets) and got.total > 0, lo
    ix.delete(d, [added[0].id])
    gone = both_ways()
    assert gone[3][0] == after[3][0] - 1
    assert gone[3][2]["rubric"]["business"] == after[3][2]["rubric"]["business"] - 1
    # rebuilt under the open engine: the same document numbers, other acts
    pg_store.rebuild(d, [*reversed(sample_records()), *added], url=url)
    assert both_ways() != gone
    ix.close_engines()


def test_postings_lists_read_once_per_generation_and_most_acts_counted_as_the_rest(
        tmp_path, pg_server, monkeypatch):
    """A word's postings list read by one search is not read again by the
    next (another query sharing the word) until a writer commits; the facet
    counts of most of the fund (every act's counts less the rest's) equal
    those counted over the acts themselves, for every share of the fund."""
    import numpy as np
    from tests.pgserver import create_database
    from search.engine import pg_columns
    url = create_database(pg_server, "pg_lists")
    d = tmp_path / "p" / "index"
    pg_store.rebuild(d, sample_records(), url=url)
    monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
    statements, execute = [], pg_engine.Engine.__init__

    def spied(self, *a, **k):
        execute(self, *a, **k)
        run = self.conn.execute
        self.conn.execute = lambda q, *b, **c: statements.append(q) or run(q, *b, **c)
    monkeypatch.setattr(pg_engine.Engine, "__init__", spied)
    ix.close_engines()

    def lists_read(text):
        n = len(statements)
        got = _answer(d, Query(text=text), monkeypatch, url)
        return sum(s.count(".postings WHERE field") for s in statements[n:]), got

    first = lists_read("администрация")[0]
    assert first > 0
    assert lists_read("администрация ярмарка")[0] > 0   # the new word's
    assert lists_read("ярмарка")[0] == 0
    again, cached = lists_read("администрация")
    assert again == 0
    ix.update(d, [make_record(40, "постановление", "50-п", "2024-05-02", "Администрация "
                              "Заречного района", "О ярмарке", "Провести ярмарку у "
                              "администрации.", ["business"])])
    fresh, got = lists_read("администрация")
    assert fresh == first and got[0] == cached[0] + 1
    monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 10**9)
    assert got == _answer(d, Query(text="администрация"), monkeypatch, url)

    eng = pg_engine.engine(d, url=url)
    cols = eng._columns
    with eng.conn.transaction():
        rows = eng.conn.execute(f"SELECT docnum, {', '.join(pg_columns.FACET_FIELDS)} "
                                f"FROM {eng.s}.docs").fetchall()
    by = {r[0]: r[1:] for r in rows}
    n = len(cols.docnum)
    rnd = np.random.default_rng(5)
    for size in (0, 1, n // 2, n // 2 + 1, n - 1, n):
        at = np.sort(rnd.choice(n, size, replace=False))
        want = {}
        for dn in cols.docnum[at].tolist():
            for f, v in zip(pg_columns.FACET_FIELDS, by[dn]):
                for x in (v if isinstance(v, list) else [v]):
                    if x is not None:
                        want[(f, x)] = want.get((f, x), 0) + 1
        assert {(f, v): k for f, v, k in cols.facet_rows(at)} == want, size
    ix.close_engines()


def _fairs(count: int, text: str) -> list:
    """Decrees of the Заречный district on a weekend fair, 61-п onwards."""
    return [make_record(40 + i, "постановление", f"{60 + i}-п", f"2024-06-0{i}",
                        "Администрация Заречного района", "О ярмарке выходного дня", text,
                        ["business"]) for i in range(1, count + 1)]


def _posted_pairs(url, index_dir) -> tuple[dict, dict]:
    """(shingle -> its acts as its postings rows list them, shingle -> its
    acts as the documents hold it)."""
    st = pg_store.store(index_dir, url)
    s = st.schema
    with st.connect() as conn:
        rows = conn.execute(f"SELECT p.term, array_agg(d.id ORDER BY d.id) FROM {s}.postings p "
                            f"CROSS JOIN LATERAL unnest(p.docs) u(dn) LEFT JOIN {s}.docs d "
                            f"ON d.docnum = u.dn WHERE p.field = 'pairs' GROUP BY p.term")
        posted = dict(rows.fetchall())
        held = dict(conn.execute(f"SELECT k, array_agg(id ORDER BY id) FROM {s}.docs CROSS JOIN "
                                 f"LATERAL unnest(tsvector_to_array(pairs_tsv)) k "
                                 f"WHERE k <> '' GROUP BY k").fetchall())
    return posted, held


def test_common_shingles_are_posted_and_follow_adds_and_deletes(tmp_path, pg_server,
                                                                monkeypatch):
    """Shingles in at least 3 acts have postings rows holding exactly their
    acts — after a rebuild, after adds (one made common by the batch that
    adds its third act) and after deletes — and phrases answered from those
    lists give the totals, pages, scores and facets of the statement that
    visits every match, and Whoosh's."""
    from tests.pgserver import create_database
    monkeypatch.setattr(pg_store, "PAIR_MINIMUM", 3)
    monkeypatch.setattr(pg_store, "PAIR_SHARE", 0)
    url = create_database(pg_server, "pg_pairs")
    wd, pd = tmp_path / "w" / "index", tmp_path / "p" / "index"
    whoosh_store.rebuild(wd, sample_records())
    pg_store.rebuild(pd, sample_records(), url=url)

    def consistent(made_common=()):
        posted, held = _posted_pairs(url, pd)
        assert posted and all(posted[k] == held.get(k) for k in posted)
        assert {k for k, ids in held.items() if len(ids) >= 3} <= set(posted)
        assert set(made_common) <= set(posted)
        return posted, held

    from search.engine import pg_columns
    read_posted, ask = [], pg_columns.Columns.posted
    monkeypatch.setattr(pg_columns.Columns, "posted",
                        lambda *a: read_posted.append(ask(*a)) or read_posted[-1])
    posted, held = consistent()
    rare = "местный_самоуправление"   # in 2 acts
    assert len(held[rare]) == 2 and rare not in posted and "спортивный_школа" in posted
    phrases = [Query(text=t, per_page=n, facets=f) for t in (
        '"местного самоуправления"', '"организации местного самоуправления"',
        '"спортивной школы"', '"федерального закона" школа', '"спортивная школа" OR выборы')
        for n, f in ((3, False), (10, True))]

    def same_answers(whoosh=False):
        got = []
        for q in phrases:
            monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
            a = _answer(pd, q, monkeypatch, url)
            monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 10**9)
            assert a == _answer(pd, q, monkeypatch, url), q
            if whoosh:
                assert a == _answer(wd, q, monkeypatch), q
            got.append(a)
        return got
    before = same_answers(whoosh=True)
    assert before[0][0] == 2 and before[4][0] == 3
    assert ("pairs", "спортивный_школа") in set().union(*read_posted)
    monkeypatch.setenv(pg_store.URL_ENV, url)
    added = _fairs(2, "Провести ярмарку выходного дня; органы местного самоуправления "
                      "обеспечивают порядок.")
    ix.update(pd, added)
    posted, held = consistent([rare])
    assert len(posted[rare]) == 4
    after = same_answers()
    assert ("pairs", rare) in read_posted[-1] or ("pairs", rare) in set().union(*read_posted)
    assert after[0][0] == before[0][0] + 2
    ix.delete(pd, [added[0].id, "r01"])
    consistent()
    gone = same_answers()
    assert gone[0][0] < after[0][0]
    ix.close_engines()


def _small(monkeypatch, owner, **values) -> None:
    """Thresholds and block sizes of ``owner`` set for a fund of a few acts."""
    for name, value in values.items():
        monkeypatch.setattr(owner, name, value)


def _lists(url, index_dir) -> tuple[dict, dict]:
    """(term -> {(record id, frequency)} as ``bitmaps`` hold its list, the
    same as ``postings`` hold it) of every bitmapped term (field, term); a
    shingle's frequency is 1 in both."""
    import struct
    st = pg_store.store(index_dir, url)
    s = st.schema
    with st.connect() as conn:
        ids = dict(conn.execute(f"SELECT docnum, id FROM {s}.docs").fetchall())
        bitmapped = set(conn.execute(f"SELECT field, term FROM {s}.bitmapped").fetchall())
        packed: dict = {}
        for f, t, lo, bm, tf in conn.execute(f"SELECT field, term, lo, bm, tf FROM {s}.bitmaps"):
            docs = [lo + k for k, bit in enumerate(bm) if bit == "1"]
            freqs = struct.unpack(f">{len(tf) // 2}h", tf) if tf else [1] * len(docs)
            assert len(freqs) == len(docs) and (f, t) in bitmapped
            packed.setdefault((f, t), set()).update((ids.get(d), k) for d, k in zip(docs, freqs))
        posted: dict = {}
        for f, t, d, k in conn.execute(
                f"SELECT p.field, p.term, u.d, u.f FROM {s}.postings p JOIN {s}.bitmapped b "
                f"ON b.field = p.field AND b.term = p.term "
                f"CROSS JOIN LATERAL unnest(p.docs, p.tfs) u(d, f)"):
            posted.setdefault((f, t), set()).add((ids.get(d), k or 1))
    return packed, posted


def test_common_terms_bitmaps_hold_their_postings_lists_through_adds_and_deletes(
        tmp_path, pg_server, monkeypatch):
    """Terms in 3 acts get bitmaps (spans of 4 document numbers, so a list
    has many rows and a batch grows a row another batch began): after a
    rebuild, adds (one term made common by its batch), a replaced act and
    deletes they hold exactly the postings lists, and searches reading
    them answer as the same engine reading ``postings`` and as Whoosh."""
    from tests.pgserver import create_database
    from search.engine import pg_bitmaps, pg_columns
    _small(monkeypatch, pg_bitmaps, MINIMUM=3, SHARE=0, BITS=2)
    _small(monkeypatch, pg_store, BLOCK_BITS=1, PAIR_MINIMUM=3, PAIR_SHARE=0)
    _small(monkeypatch, pg_engine.Engine, COLUMNS_MIN=0)
    url = create_database(pg_server, "pg_bitmaps")
    wd, pd = tmp_path / "w" / "index", tmp_path / "p" / "index"
    whoosh_store.rebuild(wd, sample_records())
    pg_store.rebuild(pd, sample_records(), url=url)

    def consistent():
        packed, posted = _lists(url, pd)
        assert packed == posted and len(packed) > 20
        assert {("pairs", "спортивный_школа"), ("text", "школа")} <= set(packed)
        return packed
    packed = consistent()
    assert ("text", "ярмарка") not in packed   # in 2 acts
    read = []
    real = pg_columns.Columns.bitmapped
    monkeypatch.setattr(pg_columns.Columns, "bitmapped",
                        lambda *a: read.append(real(*a)) or read[-1])
    queries = [Query(text=t, per_page=n, facets=f) for t in (
        "школа", "ярмарка", '"спортивной школы"', "утвердить положение",
        '"федерального закона" школа') for n, f in ((3, False), (10, True))]

    def same_answers(whoosh=False):
        got = []
        for q in queries:
            ix.close_engines()   # each read from the database, none from a kept list
            a = _answer(pd, q, monkeypatch, url)
            ix.close_engines()
            with monkeypatch.context() as m:
                m.setattr(pg_columns.Columns, "bitmapped", lambda *a: set())
                assert a == _answer(pd, q, monkeypatch, url), q
            ix.close_engines()
            if whoosh:
                assert a == _answer(wd, q, monkeypatch), q
            got.append(a)
        return got
    before = same_answers(whoosh=True)
    assert ("text", "школа") in set().union(*read)
    monkeypatch.setenv(pg_store.URL_ENV, url)
    fairs = _fairs(3, "Провести ярмарку выходного дня в спортивной школе; утвердить "
                      "порядок её работы.")
    ix.update(pd, fairs[:1])
    ix.update(pd, fairs[1:])
    packed = consistent()
    assert ("text", "ярмарка") in packed and len(packed[("text", "ярмарка")]) == 5
    after = same_answers()
    assert after[2][0] == before[2][0] + 3
    ix.update(pd, [make_record(41, "постановление", "61-п", "2024-06-01",
                               "Администрация Заречного района", "О ярмарке",
                               "Ярмарка отменена.", ["business"])])
    ix.delete(pd, [fairs[2].id, "r01", "r02"])
    consistent()
    gone = same_answers(whoosh=False)
    assert gone[2][0] == before[2][0] + 1
    ix.close_engines()


def test_frequent_words_facet_counts_kept_by_the_writers_equal_a_recount(tmp_path, pg_server,
                                                                         monkeypatch):
    """Words in 3 of the 13 acts counted: a lone word's total and facets
    read from ``word_counts`` are Whoosh's; after acts added (one making a
    word frequent), replaced and deleted, the counts equal a recount and
    the answers those counted over the matches."""
    from tests.pgserver import create_database
    from search.engine import pg_counts
    monkeypatch.setattr(pg_counts, "MINIMUM", 3)
    monkeypatch.setattr(pg_counts, "SHARE", 0.2)
    monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
    url = create_database(pg_server, "pg_counts")
    wd, pd = tmp_path / "w" / "index", tmp_path / "p" / "index"
    whoosh_store.rebuild(wd, sample_records())
    pg_store.rebuild(pd, sample_records(), url=url)
    used, read = [], pg_counts.read
    monkeypatch.setattr(pg_counts, "read", lambda *a: used.append(a[2]) or read(*a))
    words = [Query(text=t, facets=f) for t in ("администрация", "постановление", "брянск",
                                               "ярмарки") for f in (True, False)]
    for q in words:
        assert _answer(pd, q, monkeypatch, url) == _answer(wd, q, monkeypatch), q
    st = pg_store.store(pd, url)

    def counts():
        with st.connect() as conn:
            return {(t, f, v): n for t, f, v, n in conn.execute(
                f"SELECT * FROM {st.schema}.word_counts")}
    assert {t for t, f, _ in counts() if f == ""} >= {"администрация", "закон"}
    assert "ярмарка" not in {t for t, _, _ in counts()}
    monkeypatch.setenv(pg_store.URL_ENV, url)
    import datetime
    today = datetime.date.today()
    fairs = [make_record(20 + i, "распоряжение", f"{i}-р", "2024-03-0{i}",
                         "Администрация Заречного района", f"О ярмарке № {i}",
                         "Провести ярмарку выходного дня.", ["business"],
                         received=f"{today - datetime.timedelta(days=10 * i)}T10:00:00Z")
             for i in range(1, 4)]
    ix.update(pd, fairs)
    ix.update(pd, [make_record(2, "распоряжение", "3-р", "2024-02-05", "Администрация "
                               "Заречного района", "О ярмарке мастеров", "Провести ярмарку.",
                               ["business"])])
    ix.delete(pd, ["r03", "r21"])
    kept = counts()
    # made frequent by the adds: counted from then on
    assert kept[("ярмарка", "", "")] >= 3 and kept[("ярмарка", "rubric", "business")] >= 3
    with st.connect() as conn, conn.transaction(), conn.cursor() as cur:
        cur.execute(f"DELETE FROM {st.schema}.word_counts")
        pg_counts._change(cur, st.schema, "true", [], +1,
                          sorted({t for t, f, _ in kept if f == ""}))
    assert counts() == kept
    # received days kept from 400 days back: the fairs' days counted, an
    # older range counted over the matches
    assert kept[("ярмарка", "received_day", str(today - datetime.timedelta(days=20)))] == 1
    with st.connect() as conn:
        old = [("old", Range("received_day", str(today - datetime.timedelta(days=500)), ""))]
        assert pg_counts.read(conn, st.schema, "ярмарка", old) is None
        assert pg_counts.read(conn, st.schema, "ярмарка", old[:0])[0] == kept[("ярмарка", "", "")]
    n = len(used)
    ix.close_engines()
    for q in [*words, Query(text="ярмарка")]:
        got = _answer(pd, q, monkeypatch, url)
        with monkeypatch.context() as m:
            m.setattr(pg_counts, "read", lambda *a: None)
            assert got == _answer(pd, q, monkeypatch, url) and got[0] > 0, q
    assert len(used) > n
    ix.close_engines()


def test_a_bulk_loaded_index_ranks_and_counts_as_whoosh(tmp_path, pg_server, monkeypatch):
    """The bulk path (bench/regional.py: rows, ``postings_rows`` with their
    bounds, ``bulk_indexes``, ``bulk_finish`` counting the frequent words)
    gives an index whose postings and kept counts answer as Whoosh."""
    import json
    from collections import Counter
    from tests.pgserver import create_database
    from search.engine import pg_bitmaps, pg_counts
    _small(monkeypatch, pg_counts, SHARE=0, MINIMUM=1)
    _small(monkeypatch, pg_bitmaps, SHARE=0, MINIMUM=2)
    _small(monkeypatch, pg_store, BLOCK_BITS=1)
    _small(monkeypatch, pg_engine.Engine, COLUMNS_MIN=0)
    url = create_database(pg_server, "pg_bulk")
    wd, pd = tmp_path / "w" / "index", tmp_path / "p" / "index"
    whoosh_store.rebuild(wd, sample_records())
    st = pg_store.store(pd, url)
    s = st.schema
    cols = ["id", *pg_store.KEY_FIELDS, *pg_store.ARRAY_FIELDS]
    for f in pg_store.TEXT_FIELDS:
        cols += [f"{f}_tsv", f"{f}_tf", f"len_{f}", f"raw_len_{f}"]
    rows = pg_store.rows(sample_records())
    df = Counter((f, t) for r in rows for f in pg_store.TEXT_FIELDS
                 for t in r[cols.index(f"{f}_tsv")])
    with st.connect() as conn, conn.transaction(), conn.cursor() as cur:
        for q in pg_store.bulk_tables(s):
            cur.execute(q)
        cur.execute(f"INSERT INTO {s}.stamp VALUES (%s::jsonb)", (json.dumps(pg_store._stamp()),))
        cur.execute(f"INSERT INTO {s}.state VALUES (0, 0{', 0' * len(pg_store.TEXT_FIELDS)})")
        cur.executemany(pg_store._insert_sql(s), rows)
        for f in pg_store.POSTED_FIELDS:
            k, n = cols.index(f"{f}_tf"), cols.index(f"len_{f}")
            cur.executemany(f"INSERT INTO {s}.postings VALUES (%s, %s, %s, %s, %s, %s, %s)",
                            pg_store.postings_rows(f, ((i + 1, json.loads(r[k]), r[n], r[n + 1])
                                                       for i, r in enumerate(rows))))
        cur.executemany(f"INSERT INTO {s}.terms VALUES (%s, %s, %s)",
                        [(f, t, k) for (f, t), k in df.items()])
        for q in pg_store.bulk_indexes(s):
            cur.execute(q)
        pg_store.bulk_finish(cur, s)
    assert pg_store.check(pd, url=url) is None
    packed, posted = _lists(url, pd)
    assert packed == posted and ("text", "школа") in packed
    kept, read = [], pg_counts.read
    monkeypatch.setattr(pg_counts, "read", lambda *a: kept.append(read(*a)) or kept[-1])
    for q in [Query(text=t, per_page=n, facets=f) for t in ("администрация", "постановление",
                                                            "школа")
              for n, f in ((1, False), (3, True))]:
        assert _answer(pd, q, monkeypatch, url) == _answer(wd, q, monkeypatch), q
    assert kept and all(k is not None for k in kept)
    ix.close_engines()


def _postings(url, index_dir) -> set:
    """(term, record id, frequency) of every postings entry; a document
    number no record has shows as None."""
    st = pg_store.store(index_dir, url)
    with st.connect() as conn:
        return set(conn.execute(
            f"SELECT p.term, d.id, u.f FROM {st.schema}.postings p CROSS JOIN LATERAL "
            f"unnest(p.docs, p.tfs) u(dn, f) LEFT JOIN {st.schema}.docs d ON d.docnum = u.dn"
        ).fetchall())


def test_a_missing_index_is_built_from_the_fund_and_a_bad_url_is_named(tmp_path, pg_server,
                                                                      monkeypatch):
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_heal")
    d = tmp_path / "index"
    monkeypatch.setenv(pg_store.URL_ENV, url)
    said = []
    eng = ix.engine(d, records=sample_records, on_message=said.append)
    assert eng.doc_count() == 13 and "missing" in said[0]
    assert ix.engine_name() == "postgresql" and ix.check(d) is None
    ix.close_engines()
    monkeypatch.setenv(pg_store.URL_ENV, url.replace("port=", "port=1"))
    with pytest.raises(ix.SearchIndexError, match="cannot connect"):
        ix.check(d)


def test_an_index_of_an_older_table_layout_is_rebuilt(tmp_path, pg_server, monkeypatch):
    """A schema written before the postings table (no ``layout`` in its
    stamp) is outdated: opened, it is built again from the fund."""
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_layout")
    d = tmp_path / "index"
    pg_store.rebuild(d, sample_records(), url=url)
    st = pg_store.store(d, url)
    with st.connect() as conn:
        conn.execute(f"UPDATE {st.schema}.stamp SET stamp = stamp - 'layout'")
        conn.execute(f"DROP TABLE {st.schema}.postings")
    assert "layout 1; needs" in pg_store.check(d, url=url)
    monkeypatch.setenv(pg_store.URL_ENV, url)
    said = []
    assert ix.engine(d, records=sample_records, on_message=said.append).doc_count() == 13
    assert "outdated" in said[0] and pg_store.check(d, url=url) is None
    res = ix.engine(d).execute(Term("text", "ярмарка"))
    assert res.total == 2 and res.hits[0].score > 0
    ix.close_engines()


# what an index of each older layout lacked
_NO_BITMAPS = ["DROP TABLE {s}.bitmaps, {s}.bitmapped", "DROP AGGREGATE {s}.bits_of(integer)",
               "DROP FUNCTION {s}.bit_on(bit varying, integer)"]
_AGED = {
    4: ["DELETE FROM {s}.postings WHERE field <> 'text'",   # no bounds, title/meta, shingles
        "ALTER TABLE {s}.postings DROP COLUMN maxsat, DROP COLUMN avgl",
        "DROP TABLE {s}.word_counts", *_NO_BITMAPS],
    5: ["DELETE FROM {s}.postings WHERE field = 'pairs'", *_NO_BITMAPS],   # no common shingles
    6: _NO_BITMAPS,
}


@pytest.mark.parametrize("layout", sorted(_AGED))
def test_an_index_of_an_older_layout_is_brought_here_in_place(tmp_path, pg_server, monkeypatch,
                                                              layout):
    """A fund loaded before the bounds (layout 4: ``text`` postings without
    ``maxsat``/``avgl``, no ``title``/``meta`` postings, no word counts),
    before the shingle postings (layout 5) or before the bitmaps (layout 6)
    is brought to this layout where it is — no rebuild from a catalog (a
    bulk-loaded regional fund has none at hand) — and holds what a rebuild
    writes."""
    from tests.pgserver import create_database
    from search.engine import pg_bitmaps, pg_counts
    monkeypatch.setattr(pg_counts, "MINIMUM", 3)   # words in 3 of the 13 acts counted
    monkeypatch.setattr(pg_bitmaps, "MINIMUM", 3)   # and given bitmaps
    monkeypatch.setattr(pg_bitmaps, "SHARE", 0)
    monkeypatch.setattr(pg_store, "PAIR_MINIMUM", 2)   # shingles in 2 posted
    monkeypatch.setattr(pg_store, "PAIR_SHARE", 0)
    url = create_database(pg_server, f"pg_layout{layout}")
    d, fresh = tmp_path / "index", tmp_path / "fresh"
    pg_store.rebuild(d, sample_records(), url=url)
    pg_store.rebuild(fresh, sample_records(), url=url)
    st = pg_store.store(d, url)
    with st.connect() as conn:
        for q in _AGED[layout]:
            conn.execute(q.format(s=st.schema))
        conn.execute(f"UPDATE {st.schema}.stamp SET stamp = jsonb_set(stamp, '{{layout}}', "
                     f"'{layout}')")
    assert f"layout {layout}; needs" in pg_store.check(d, url=url)
    monkeypatch.setenv(pg_store.URL_ENV, url)
    said = []
    assert ix.engine(d, records=lambda: [], on_message=said.append).doc_count() == 13
    assert "in place" in said[0] and pg_store.check(d, url=url) is None

    def tables(index_dir):
        s = pg_store.store(index_dir, url).schema
        with st.connect() as conn:
            return (sorted(conn.execute(f"SELECT field, term, lo, docs, tfs, maxsat, avgl "
                                        f"FROM {s}.postings").fetchall()),
                    sorted(conn.execute(f"SELECT * FROM {s}.word_counts").fetchall()),
                    sorted(conn.execute(f"SELECT * FROM {s}.bitmaps").fetchall()),
                    sorted(conn.execute(f"SELECT * FROM {s}.bitmapped").fetchall()))
    got = tables(d)
    assert got == tables(fresh) and got[1] and got[2]
    assert {"title", "meta", "text", "pairs"} <= {row[0] for row in got[0]}
    assert {"text", "pairs"} <= {row[0] for row in got[3]}
    ix.close_engines()


def test_the_postgresql_backend_has_the_interface_the_query_layer_calls(both):
    """As tests/test_index.py checks Whoosh: every member of the protocols of
    search/engine/interface.py, with at least the parameters named there."""
    import inspect
    import types
    from search.engine import interface

    _, pd, url = both
    backend = types.SimpleNamespace(**{n: getattr(pg_store, n, None) or getattr(pg_engine, n)
                                       for n in ("SCHEMA_VERSION", "check", "open_index",
                                                 "rebuild", "update", "delete", "stats",
                                                 "engine", "recover", "close_engines")})
    for proto, obj in ((interface.Backend, backend),
                       (interface.Engine, pg_engine.engine(pd, url=url))):
        names = {n for n in [*vars(proto), *proto.__annotations__] if not n.startswith("_")}
        for name in names:
            assert getattr(obj, name, None) is not None, (proto.__name__, name)
            want = getattr(proto, name, None)
            if callable(want):
                params = list(inspect.signature(want).parameters)[1:]
                have = inspect.signature(getattr(obj, name)).parameters
                assert set(params) <= set(have), (proto.__name__, name)


def _numbered_fund() -> list:
    """Acts sharing numbers and their bases across kinds and bodies, a date
    kept as printed (not ISO) and one act whose kind was not read: what a
    requisite lookup scores and filters."""
    town, council = "Администрация города Заречного", "Совет депутатов города Заречного"
    rows = [("распоряжение", "50/8", "2024-03-12", town, "О дежурстве в праздничные дни"),
            ("постановление", "50", "2024-03-12", town, "О ярмарке выходного дня"),
            ("решение", "50/9", "2023-11-30", council, "О бюджете города на 2024 год"),
            ("распоряжение", "50-р", "2023-02-01", town, "Об отпуске главы"),
            ("постановление", "145-п", "2024-03-12", town, "О выборах в Совет депутатов"),
            ("постановление", "145", "2023-05-04", town, "О ярмарке мастеров"),
            (None, "50/8", "2022-07-15", town, "О порядке проведения ярмарок"),
            ("решение", "8", "март 2024", council, "О выборах главы города")]
    return [make_record(40 + i, kind, number, d, body, title,
                        f"{title}. Провести мероприятия согласно приложению № {number}.",
                        ["lsg"]) for i, (kind, number, d, body, title) in enumerate(rows)]


def test_requisite_lookups_are_answered_from_the_columns_as_by_the_rows(tmp_path, pg_server,
                                                                        monkeypatch):
    """A lookup by number, its base, a date, a kind typed in the question
    and a year is told from the columns in memory (no match's row read
    from the heap) and gives Whoosh's totals, page, scores and facets, and
    those of the statement that visits every match."""
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_requisites")
    wd, pd = tmp_path / "w" / "index", tmp_path / "p" / "index"
    recs = _numbered_fund()
    whoosh_store.rebuild(wd, recs)
    pg_store.rebuild(pd, recs, url=url)
    used, counted = [], pg_engine.Engine._from_columns
    monkeypatch.setattr(pg_engine.Engine, "_from_columns",
                        lambda *a: used.append(counted(*a)) or used[-1])
    monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
    asked = ["распоряжение № 50/8", "№ 50", "постановление № 145-П от 12.03.2024",
             "от 12 марта 2024", "145 2023", "решение 50/9", "ярмарка 2023",
             "постановление о ярмарке", Query(text="выборы", number="145-п"),
             Query(text="№ 50/8", kind=["распоряжение"], per_page=1),
             Query(text="выборы", date_from="2024-01-01", date_to="2024-12-31")]
    for q in asked:
        n = len(used)
        want = _answer(wd, q, monkeypatch)
        got = _answer(pd, q, monkeypatch, url)
        assert len(used) > n and None not in used[n:], q   # from the columns
        assert got == want and want[0] > 0, q
    monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 10**9)
    n = len(used)
    assert [_answer(pd, q, monkeypatch, url) for q in asked[:3]] == [
        _answer(wd, q, monkeypatch) for q in asked[:3]]
    assert len(used) == n   # the rows' statement, the same answers
    # the act whose kind was not read stays among a kind's lookups
    assert "r46" in [h[0] for h in _answer(pd, asked[0], monkeypatch, url)[1]]
    eng = pg_engine.engine(pd, url=url)
    cols = eng._columns
    assert cols.on_day("date", "март 2024").sum() == 1 and cols.on_day("date", "2024-03-12").sum() == 3
    ix.close_engines()


def test_a_large_funds_columns_are_read_in_the_background_while_the_rows_answer(
        tmp_path, pg_server, monkeypatch):
    """Above BACKGROUND_COLUMNS acts the first search does not wait for
    every act's columns (13 s at a million): it is answered by the rows'
    statement while a thread reads them, and the searches after it from
    the columns — the same answers either way."""
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_background")
    d = tmp_path / "index"
    pg_store.rebuild(d, sample_records(), url=url)
    monkeypatch.setattr(pg_engine.Engine, "COLUMNS_MIN", 0)
    monkeypatch.setattr(pg_engine.Engine, "BACKGROUND_COLUMNS", 0)
    ix.close_engines()
    eng = pg_engine.engine(d, url=url)
    plan = Or([Term("text", "ярмарка"), Term("text", "администрация")])
    used, counted = [], pg_engine.Engine._from_columns
    monkeypatch.setattr(pg_engine.Engine, "_from_columns",
                        lambda *a: used.append(counted(*a)) or used[-1])
    first = eng.execute(plan, [Term("kind", "постановление")])
    assert used == [None] and first.total > 0          # the rows answered
    assert eng.columns_ready(wait=30)
    again = eng.execute(plan, [Term("kind", "постановление")])
    assert used[-1] is not None                         # the columns answered
    assert (again.total, [(h.docnum, round(h.score, 9)) for h in again.hits], again.facets) == (
        first.total, [(h.docnum, round(h.score, 9)) for h in first.hits], first.facets)
    ix.close_engines()
