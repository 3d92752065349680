"""The PostgreSQL index: tables, version stamp, building and updating; the
only module that writes it (search/engine/pg_engine.py reads it).

Selected by a URL (``ACTDESK_DATABASE_URL=postgresql://…``, see
search/index.py). One database can hold several indexes, one schema each:
the schema named by ``?schema=`` in the URL (a regional fund: every desk
shares it), else one derived from the index folder (a desk's own fund; the
tests make several).

A record is one row of ``docs``: the exact fields of
search/engine/documents.py as ``COLLATE "C"`` columns (ranges compare as
Whoosh compares terms: by code point), the words of ``title``, ``text``,
``meta`` and the phrase shingles of ``pairs`` as ``tsvector`` built with
``array_to_tsvector`` from OUR analysis (search.analysis: pymorphy3 lemmas,
ё/е folded), so both engines match the same terms and PostgreSQL's parser
never re-splits a lemma like ``145-п`` or ``a_b``; a GIN index on each.
BM25 needs term frequencies and field lengths: ``*_tf`` (jsonb term ->
count) and ``len_*`` (Whoosh's one-byte length quantisation, so the two
engines' scores agree). ``terms`` holds the document frequency of every
word (suggestions, prefixes, idf); ``state`` the totals BM25 averages over
and a generation readers use to drop their caches.

``postings`` holds the term frequencies of ``title``, ``meta`` and
``text`` once more, by term: one row per term and block of document numbers
(``docs``, ``tfs`` arrays). Ranking reads a term's frequencies from there
for all candidates at once instead of decompressing each candidate's
``text_tf`` (35 µs a row: at 20 k acts the scoring of a common word took
100 ms of 110); see search/engine/pg_engine.py for when each way is used.
Each row also keeps the highest BM25 saturation ``tf / (tf + K1·(1 - B)
+ K1·B·length / avgl)`` of its documents (``maxsat``) and the average
length it was computed with (``avgl``): a bound of the term's score in its
block. Block-max ranking read them until stop 23, when the columns in
memory (search/engine/pg_columns.py) ranked a word in most acts 15 times
faster; no reader uses them now, and they stay in the layout so that no
fund is rebuilt for their sake (drop them at the next layout change).

``word_counts`` holds the facet counts of the frequent words
(search/engine/pg_counts.py), changed with every add and delete;
``bitmaps`` the common terms' lists once more, as bytes ready to send
(search/engine/pg_bitmaps.py), kept by the same writers.

Writers take a transaction-wide advisory lock (one at a time, as the file
lock does for Whoosh); readers see the last commit (MVCC), never wait.
"""
from __future__ import annotations

import json
import threading
from collections import Counter
from concurrent.futures import Future
from pathlib import Path
from typing import Callable, Iterable

from ingest import replica
from ingest.records import Record
from search import analysis
from search.engine.documents import MULTI_VALUED, SCHEMA_VERSION, Document, document
from search.engine import pg_bitmaps, pg_counts, workers
from search.engine.interface import Message, RecordSource, SearchIndexError, say

ENGINE = "postgresql"
K1, B = 1.2, 0.75      # Whoosh's BM25F defaults (the Whoosh engine's weighting)
URL_ENV = "ACTDESK_DATABASE_URL"
READ_URL_ENV = replica.READ_URL_ENV   # a streaming replica the searches read from
TEXT_FIELDS = ("title", "text", "meta", "pairs")
KEY_FIELDS = ("kind", "number", "number_base", "date", "year", "received", "received_day",
              "level", "status", "body", "publication",
              "region", "municipality", "district")
# exact fields holding several values each (a text[] column with a GIN index)
ARRAY_FIELDS = MULTI_VALUED
# word fields whose terms are a set (documents.py: the sorted shingles): a
# term's frequency is 1, no count is stored
SET_FIELDS = ("pairs",)
# word fields whose term frequencies are also kept by term (``postings``)
POSTED_FIELDS = ("title", "meta", "text")
# the phrase shingles in at least PAIR_SHARE of the acts (and PAIR_MINIMUM
# acts) are posted too, frequency 1: a phrase's common shingle was read
# through its GIN index and the rows of its matches, ~0.5 µs a match (three
# words in 83 % of 300,000 acts: 130-160 ms), a posted list as one bytea.
# Its rows hold no frequencies (``tfs`` empty). A shingle is posted once it
# has rows, and then all its acts are in them;
# one that becomes common gets its rows in the batch that made it so, and
# keeps them when it becomes rarer (as pg_counts' words).
PAIR_SHARE = 0.01
PAIR_MINIMUM = 5000
# a postings row holds one term's documents of one block of 2**BLOCK_BITS
# document numbers (one batch's part of it when written by update())
BLOCK_BITS = 7
# the table layout of this module (part of the stamp: a change rebuilds,
# or ``Store.upgrade`` brings an older one here in place)
LAYOUT = 7
# the fields whose common terms' lists have bitmaps (pg_bitmaps; a
# postings block lies within one bitmap's span: BLOCK_BITS <= pg_bitmaps.BITS)
BITMAP_FIELDS = (*POSTED_FIELDS, *SET_FIELDS)
LOCK_KEY = 0x61637464  # "actd": the advisory lock of writers


def length_code(n: int) -> int:
    """A field length as Whoosh keeps it (one byte, logarithmic): BM25 on
    the same lengths gives the same scores in both engines."""
    from whoosh.util.numeric import byte_to_length, length_to_byte
    return byte_to_length(length_to_byte(n))


def split_url(url: str, index_dir) -> tuple[str, str]:
    """``(libpq conninfo URL, schema)``: ``?schema=`` taken off the URL, or
    a schema named after the resolved index folder."""
    from ingest.catalog import FundError
    from ingest.catalog import split_url as catalog_split   # one rule: catalog and index
    try:
        return catalog_split(url, index_dir)
    except FundError as ex:
        raise SearchIndexError(str(ex)) from ex


def connect(url: str, env: str = URL_ENV):
    try:
        import psycopg
    except ImportError as e:  # a clear reason, not a traceback
        raise SearchIndexError("the PostgreSQL engine needs psycopg (pip install "
                               "'psycopg[binary]')") from e
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as e:
        raise SearchIndexError(f"cannot connect to {env}: {e}") from e


def _stamp() -> dict:
    return {"schema_version": SCHEMA_VERSION, "engine": ENGINE, "layout": LAYOUT,
            "morphology": analysis.MORPHOLOGY}


def _ddl(s: str) -> list[str]:
    keys = ", ".join(f'{f} text COLLATE "C"' for f in KEY_FIELDS)
    texts = ", ".join(f"{f}_tsv tsvector NOT NULL, {f}_tf jsonb NOT NULL, "
                      f"len_{f} integer NOT NULL, raw_len_{f} integer NOT NULL"
                      for f in TEXT_FIELDS)
    out = [
        f"CREATE SCHEMA {s}",
        f"CREATE TABLE {s}.stamp (stamp jsonb NOT NULL)",
        f"CREATE TABLE {s}.state (gen bigint NOT NULL, n bigint NOT NULL, "
        + ", ".join(f"total_{f} bigint NOT NULL" for f in TEXT_FIELDS) + ")",
        f'CREATE TABLE {s}.docs (docnum bigserial PRIMARY KEY, id text COLLATE "C" NOT NULL '
        f'UNIQUE, {keys}, '
        + "".join(f'{f} text[] COLLATE "C", ' for f in ARRAY_FIELDS)
        + f'{texts}, data jsonb NOT NULL, z bytea)',
        f'CREATE TABLE {s}.terms (field text NOT NULL, term text COLLATE "C" NOT NULL, '
        f"df integer NOT NULL, PRIMARY KEY (field, term))",
    ]
    for f in TEXT_FIELDS:
        out.append(f"CREATE INDEX ON {s}.docs USING gin ({f}_tsv)")
    for f in KEY_FIELDS:
        out.append(f"CREATE INDEX ON {s}.docs ({f})")
    for f in ARRAY_FIELDS:
        out.append(f"CREATE INDEX ON {s}.docs USING gin ({f})")
    return out


def _ranking_indexes(s: str) -> list[str]:
    """A set field's matches rank by its length alone (term frequency 1):
    for a common shingle the engine walks this index, shortest first, and
    stops at the page (search/engine/pg_engine.py, ``_length_ordered``).
    A body's first record (its printed name on the facet) is the first
    entry of its key in ``(body, docnum)``."""
    return ([f"CREATE INDEX ON {s}.docs (len_{f}, docnum)" for f in SET_FIELDS]
            + [f"CREATE INDEX ON {s}.docs (body, docnum)"])


def _postings_ddl(s: str) -> list[str]:
    return [f'CREATE TABLE {s}.postings (field text COLLATE "C" NOT NULL, '
            f'term text COLLATE "C" NOT NULL, lo bigint NOT NULL, docs bigint[] NOT NULL, '
            f"tfs integer[] NOT NULL, maxsat float8 NOT NULL, avgl float8 NOT NULL, "
            f"PRIMARY KEY (field, term, lo))"]


def saturation(tf: int, length: int, avgl: float) -> float:
    """``tf / (tf + K1·(1 - B) + K1·B·length / avgl)``: BM25 without its
    idf × boost × (K1 + 1); ``length`` the quantised length code."""
    return tf / (tf + K1 * (1 - B) + K1 * B * length / avgl)


def postings_rows(field: str, docs: Iterable[tuple[int, dict, int, int]]) -> list[tuple]:
    """``postings`` rows of ``field`` for ``(docnum, {term: count}, length
    code, length)`` given in ascending document number, which no earlier
    row reaches: a bulk loader (bench/regional.py) makes them beside its
    ``docs`` rows, as ``_add_postings`` makes them in the database (the
    bounds under these documents' average length)."""
    docs = list(docs)
    avgl = max(1.0, sum(d[3] for d in docs) / max(len(docs), 1))
    by: dict[tuple[str, int], tuple[list, list, list]] = {}
    for dn, tf, n, _ in docs:
        for t, k in tf.items():
            if t:
                ds, fs, sat = by.setdefault((t, dn >> BLOCK_BITS), ([], [], []))
                ds.append(dn)
                fs.append(int(k))
                sat.append(saturation(int(k), n, avgl))
    return [(field, t, ds[0], ds, fs, max(sat), avgl) for (t, _), (ds, fs, sat) in by.items()]


def bulk_tables(s: str) -> list[str]:
    """An empty index of schema ``s`` without the indexes of ``docs``: a
    bulk loader COPYs ``docs`` (and ``postings``: ``postings_rows``) in,
    then runs ``bulk_indexes`` and ``bulk_finish``."""
    return ([q for q in _ddl(s) if not q.startswith("CREATE INDEX")] + _postings_ddl(s)
            + pg_counts.ddl(s) + pg_bitmaps.ddl(s))


def bulk_indexes(s: str) -> list[str]:
    """Every index of ``docs`` (each statement on its own: they can be
    built side by side), the ones ranking needs included."""
    return [q for q in _ddl(s) if q.startswith("CREATE INDEX")] + _ranking_indexes(s)


def bulk_finish(cur, s: str) -> None:
    """After a bulk load (rows, postings, ``terms`` and the indexes in):
    the common shingles posted, the common terms' bitmaps and the frequent
    words' facet counts (made again over all acts), the totals BM25
    averages over, a new generation, ``postings`` in term order, planner
    statistics."""
    cur.execute(f"SELECT setval(pg_get_serial_sequence('{s}.docs', 'docnum'), "
                f"greatest((SELECT max(docnum) FROM {s}.docs), 1))")
    cur.execute(f"TRUNCATE {s}.word_counts")
    _promote_pairs(cur, s)
    pg_bitmaps.rebuild_all(cur, s, BITMAP_FIELDS)
    pg_counts.promote(cur, s)
    _refresh_state(cur, s)
    # the loader's chunks wrote each term's rows one chunk apart: in term
    # order a word's list is read from a few pages (Store.compact)
    cur.execute(f"CLUSTER {s}.postings USING postings_pkey")
    for t in ("docs", "postings", "terms", "word_counts", "bitmaps", "bitmapped"):
        cur.execute(f"ANALYZE {s}.{t}")


def _add_postings(cur, s: str, where: str, args: list, fields=POSTED_FIELDS) -> None:
    """Postings rows of the documents ``where`` selects (written already):
    per term and block, ``lo`` the first document number. Document numbers
    only grow, so a later batch's rows never overlap an earlier one's: the
    row holding document ``d`` is the term's last with ``lo <= d``."""
    for f in fields:
        cur.execute(f"SELECT greatest(avg(raw_len_{f}), 1)::float8 FROM {s}.docs WHERE {where}",
                    args)
        avgl = cur.fetchone()[0]
        cur.execute(f"INSERT INTO {s}.postings (field, term, lo, docs, tfs, maxsat, avgl) "
                    f"SELECT %s, k, min(docnum), array_agg(docnum ORDER BY docnum), "
                    f"array_agg(v::integer ORDER BY docnum), {_sat_sql(f'len_{f}')}, %s "
                    f"FROM {s}.docs, jsonb_each_text({f}_tf) e(k, v) WHERE ({where}) AND k <> '' "
                    f"GROUP BY k, docnum >> {BLOCK_BITS}", [f, avgl, avgl, *args])


def _pair_query(term: str) -> str:
    """SQL of a one-lexeme tsquery of the text ``term`` (a column): the
    quoting of pg_engine._tsquery, done by the server."""
    return (f"('''' || replace(replace({term}, '\\', '\\\\'), '''', '''''') "
            f"|| '''')::tsquery")


def _add_pair_postings(cur, s: str, where: str, args: list) -> None:
    """The documents ``where`` selects (written, their ``terms`` counted) put
    in the lists of the shingles already posted; then the shingles they
    made common (``_promote_pairs``) posted with all their documents."""
    f = SET_FIELDS[0]
    cur.execute(f"SELECT greatest(avg(raw_len_{f}), 1)::float8 FROM {s}.docs WHERE {where}",
                args)
    avgl = cur.fetchone()[0]
    # each distinct shingle of the batch looked up once (an act's ~400
    # shingles one by one were 100,000 lookups a batch of 250)
    cur.execute(f"WITH mine AS MATERIALIZED (SELECT docnum, len_{f}, k FROM {s}.docs "
                f"CROSS JOIN LATERAL unnest(tsvector_to_array({f}_tsv)) k "
                f"WHERE ({where}) AND k <> ''), "
                f"posted AS MATERIALIZED (SELECT u.k FROM (SELECT DISTINCT k FROM mine) u "
                f"WHERE EXISTS (SELECT 1 FROM {s}.postings p WHERE p.field = %s AND p.term = u.k)) "
                f"INSERT INTO {s}.postings (field, term, lo, docs, tfs, maxsat, avgl) "
                f"SELECT %s, k, min(docnum), array_agg(docnum ORDER BY docnum), '{{}}'::integer[], "
                f"{_sat_sql(f'len_{f}')}, %s FROM mine CROSS JOIN (SELECT 1 AS v) one "
                f"WHERE k IN (SELECT k FROM posted) GROUP BY k, docnum >> {BLOCK_BITS}",
                [*args, f, f, avgl, avgl])
    _promote_pairs(cur, s, where, args)


def _promote_pairs(cur, s: str, where: str | None = None, args: list = ()) -> None:
    """Post the shingles in ``PAIR_SHARE`` of the acts not posted yet —
    among those of the acts ``where`` selects (only theirs grew), or all:
    each one's documents found through its GIN index."""
    f = SET_FIELDS[0]
    cond, cargs = pg_counts.common_terms(cur, s, (f,), PAIR_SHARE, PAIR_MINIMUM, where, args)
    cur.execute(f"SELECT greatest(avg(raw_len_{f}), 1)::float8 FROM {s}.docs")
    avgl = cur.fetchone()[0]
    cur.execute(f"WITH c AS MATERIALIZED (SELECT t.term AS k FROM {s}.terms t "
                f"WHERE {cond} AND NOT EXISTS "
                f"(SELECT 1 FROM {s}.postings p WHERE p.field = %s AND p.term = t.term)) "
                f"INSERT INTO {s}.postings (field, term, lo, docs, tfs, maxsat, avgl) "
                f"SELECT %s, c.k, min(d.docnum), array_agg(d.docnum ORDER BY d.docnum), "
                f"'{{}}'::integer[], {_sat_sql(f'd.len_{f}')}, %s FROM c CROSS JOIN LATERAL "
                f"(SELECT docnum, len_{f}, 1 AS v FROM {s}.docs "
                f"WHERE {f}_tsv @@ {_pair_query('c.k')}) d GROUP BY c.k, d.docnum >> {BLOCK_BITS}",
                [*cargs, f, f, avgl, avgl])


def _sat_sql(length: str) -> str:
    """``max(saturation)`` over the grouped rows (frequency ``v``), the
    average length the first parameter."""
    return (f"max(v::float8 / (v::float8 + {K1 * (1 - B)!r} + {K1 * B!r} * {length} "
            f"/ %s::float8))")


def _drop_postings(cur, s: str, ids: list[str]) -> None:
    """Records ``ids`` (about to be deleted) taken out of the postings rows
    that hold them; rows left empty go."""
    for f in (*POSTED_FIELDS, *SET_FIELDS):
        keys = (f"unnest(tsvector_to_array(d.{f}_tsv))" if f in SET_FIELDS
                else f"jsonb_object_keys(d.{f}_tf)")
        tfs = ("'{}'::integer[]" if f in SET_FIELDS else  # a shingle's frequency is 1
               "coalesce(array_agg(u.f ORDER BY u.d) FILTER (WHERE u.d NOT IN "
               "(SELECT docnum FROM dead)), '{}')")
        cur.execute(
            f"WITH dead AS MATERIALIZED (SELECT docnum, {f}_tf, {f}_tsv FROM {s}.docs "
            f"WHERE id = ANY(%s)), "
            f"hit AS MATERIALIZED (SELECT DISTINCT p.term, p.lo FROM dead d "
            f"CROSS JOIN LATERAL {keys} k(term) "
            f"CROSS JOIN LATERAL (SELECT q.term, q.lo FROM {s}.postings q WHERE q.field = %s "
            f"AND q.term = k.term AND q.lo <= d.docnum ORDER BY q.lo DESC LIMIT 1) p), "
            f"kept AS (SELECT h.term, h.lo, "
            f"coalesce(array_agg(u.d ORDER BY u.d) FILTER (WHERE u.d NOT IN "
            f"(SELECT docnum FROM dead)), '{{}}') AS docs, "
            f"{tfs} AS tfs "
            f"FROM hit h JOIN {s}.postings q ON q.field = %s AND q.term = h.term AND q.lo = h.lo "
            f"CROSS JOIN LATERAL unnest(q.docs, q.tfs) u(d, f) GROUP BY h.term, h.lo) "
            f"UPDATE {s}.postings p SET docs = kept.docs, tfs = kept.tfs FROM kept "
            f"WHERE p.field = %s AND p.term = kept.term AND p.lo = kept.lo "
            f"RETURNING p.term, p.lo, cardinality(kept.docs) = 0", [ids, f, f, f])
        empty = [(t, lo) for t, lo, gone in cur.fetchall() if gone]
        if empty:
            cur.execute(f"DELETE FROM {s}.postings p USING unnest(%s::text[], %s::bigint[]) "
                        f"e(term, lo) WHERE p.field = %s AND p.term = e.term AND p.lo = e.lo",
                        [[t for t, _ in empty], [lo for _, lo in empty], f])


def upgrade_from_4(cur, s: str) -> None:
    """An index of layout 4 (``text`` postings without bounds) brought to
    this layout in place — a loaded regional fund is not rebuilt from its
    catalog for it: the bounds of the ``text`` rows computed from their
    arrays and the documents' lengths, the ``title`` and ``meta`` postings
    written, the frequent words' facet counts counted; then as a layout 5
    index (``upgrade_from_5``). One transaction, writers locked out."""
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
    cur.execute(f"ALTER TABLE {s}.postings ADD COLUMN maxsat float8, ADD COLUMN avgl float8")
    cur.execute(f"SELECT greatest(avg(raw_len_text), 1)::float8 FROM {s}.docs")
    avgl = cur.fetchone()[0]
    cur.execute(f"UPDATE {s}.postings p SET maxsat = x.sat, avgl = %s FROM ("
                f"SELECT q.term, q.lo, {_sat_sql('d.len_text')} AS sat "
                f"FROM {s}.postings q CROSS JOIN LATERAL unnest(q.docs, q.tfs) u(dn, v) "
                f"JOIN {s}.docs d ON d.docnum = u.dn WHERE q.field = 'text' "
                f"GROUP BY q.term, q.lo) x "
                f"WHERE p.field = 'text' AND p.term = x.term AND p.lo = x.lo", [avgl, avgl])
    cur.execute(f"DELETE FROM {s}.postings WHERE field <> 'text'")
    _add_postings(cur, s, "true", [], [f for f in POSTED_FIELDS if f != "text"])
    cur.execute(f"ALTER TABLE {s}.postings ALTER COLUMN maxsat SET NOT NULL, "
                f"ALTER COLUMN avgl SET NOT NULL")
    for q in pg_counts.ddl(s):
        cur.execute(q)
    pg_counts.promote(cur, s)
    upgrade_from_5(cur, s)


def upgrade_from_5(cur, s: str) -> None:
    """An index of layout 5 (no shingle postings) brought to this layout in
    place: the common shingles posted; then as a layout 6 index."""
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
    _promote_pairs(cur, s)
    cur.execute(f"ANALYZE {s}.postings")
    upgrade_from_6(cur, s)


def upgrade_from_6(cur, s: str) -> None:
    """An index of layout 6 (no bitmaps) brought to this layout in place:
    the common terms' bitmaps made from their postings, the stamp renewed."""
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
    for q in pg_bitmaps.ddl(s):
        cur.execute(q)
    pg_bitmaps.promote(cur, s, BITMAP_FIELDS)
    cur.execute(f"UPDATE {s}.stamp SET stamp = %s::jsonb", (json.dumps(_stamp()),))
    cur.execute(f"ANALYZE {s}.bitmaps, {s}.bitmapped")


_UPGRADES = {4: upgrade_from_4, 5: upgrade_from_5, 6: upgrade_from_6}


def _upgradable(conn, schema: str):
    """The step that brings this index here in place, when only the layout
    differs and it is one the steps know; else None."""
    st = conn.execute(f"SELECT stamp FROM {schema}.stamp").fetchone()
    if st is None or {**st[0], "layout": LAYOUT} != _stamp() or LAYOUT != 7:
        return None
    return _UPGRADES.get(st[0].get("layout"))


def check_conn(conn, schema: str) -> str | None:
    row = conn.execute("SELECT to_regclass(%s)", (f"{schema}.stamp",)).fetchone()
    if row[0] is None:
        return "missing"
    st = conn.execute(f"SELECT stamp FROM {schema}.stamp").fetchone()
    if st is None:
        return "missing version stamp"
    if st[0] != _stamp():
        return (f"outdated (schema {st[0].get('schema_version')}, layout "
                f"{st[0].get('layout', 1)}; needs {SCHEMA_VERSION}, layout {LAYOUT})")
    return None


def _row(doc: Document) -> list:
    data = dict(doc.data)
    z = data.pop("z", None)
    row = [doc.id]
    for f in KEY_FIELDS:
        v = doc.keys.get(f)
        row.append(v if v else None)
    for f in ARRAY_FIELDS:
        vals = doc.keys.get(f)
        row.append(list(vals) if vals else None)
    for f in TEXT_FIELDS:
        terms = getattr(doc, f) or [""]   # as Whoosh: an empty field is one empty term
        tf = {} if f in SET_FIELDS else Counter(terms)
        row += [[t for t in set(terms) if t], json.dumps(tf, ensure_ascii=False),
                length_code(len(terms)), len(terms)]
    row += [json.dumps(data, ensure_ascii=False), z]
    return row


def _insert_sql(s: str) -> str:
    cols = ["id", *KEY_FIELDS, *ARRAY_FIELDS]
    vals = ["%s"] * len(cols)
    for f in TEXT_FIELDS:
        cols += [f"{f}_tsv", f"{f}_tf", f"len_{f}", f"raw_len_{f}"]
        vals += ["array_to_tsvector(%s::text[])", "%s::jsonb", "%s", "%s"]
    cols += ["data", "z"]
    vals += ["%s::jsonb", "%s"]
    return f"INSERT INTO {s}.docs ({', '.join(cols)}) VALUES ({', '.join(vals)})"


def _terms_of(s: str, where: str) -> str:
    return " UNION ALL ".join(
        f"SELECT '{f}' AS field, unnest(tsvector_to_array({f}_tsv)) AS term FROM {s}.docs "
        f"WHERE {where}" for f in TEXT_FIELDS)


def _add_terms(cur, s: str, ids: list[str], sign: int) -> None:
    """Document frequencies of the words of records ``ids`` added (+1) or
    about to be removed (-1)."""
    q = (f"SELECT field, term, count(*) FROM ({_terms_of(s, 'id = ANY(%s)')}) x "
         f"GROUP BY field, term")
    args = [ids] * len(TEXT_FIELDS)
    if sign > 0:
        cur.execute(f"INSERT INTO {s}.terms (field, term, df) {q} ON CONFLICT (field, term) "
                    f"DO UPDATE SET df = terms.df + EXCLUDED.df", args)
    else:
        cur.execute(f"UPDATE {s}.terms t SET df = t.df - x.count FROM ({q}) x "
                    f"WHERE t.field = x.field AND t.term = x.term", args)
        cur.execute(f"DELETE FROM {s}.terms WHERE df <= 0")


def _refresh_state(cur, s: str) -> None:
    sums = ", ".join(f"coalesce(sum(raw_len_{f}), 0)" for f in TEXT_FIELDS)
    cur.execute(f"UPDATE {s}.state SET gen = gen + 1, (n, "
                + ", ".join(f"total_{f}" for f in TEXT_FIELDS)
                + f") = (SELECT count(*), {sums} FROM {s}.docs)")


def _shift_state(cur, s: str, ids: list[str], sign: int) -> None:
    """The totals moved by the documents ``ids`` (-1: about to be deleted,
    +1: just written): a writer's work in proportion to its records, where
    summing every document (``_refresh_state``) grew with the fund, inside
    the lock two importers take in turn. Exact: the totals are integers."""
    sums = ", ".join(f"coalesce(sum(raw_len_{f}), 0)" for f in TEXT_FIELDS)
    cur.execute(f"SELECT count(*), {sums} FROM {s}.docs WHERE id = ANY(%s)", (ids,))
    delta = [sign * int(x) for x in cur.fetchone()]
    cur.execute(f"UPDATE {s}.state SET gen = gen + 1, n = n + %s, "
                + ", ".join(f"total_{f} = total_{f} + %s" for f in TEXT_FIELDS), delta)


def _remove(cur, s: str, ids: list[str]) -> int:
    """The documents of ``ids`` the index holds taken out of it, with their
    terms, postings, word counts and totals; how many there were. Only
    those held: an import's records are new, and the statements that take
    a document's words back cost the server as much as adding them did
    (half its time in a batch of new acts went on removing nothing)."""
    cur.execute(f"SELECT id FROM {s}.docs WHERE id = ANY(%s)", (ids,))
    held = [i for (i,) in cur.fetchall()]
    if not held:
        return 0
    _add_terms(cur, s, held, -1)
    _drop_postings(cur, s, held)
    pg_bitmaps.drop(cur, s, BITMAP_FIELDS, SET_FIELDS, held)
    pg_counts.remove(cur, s, "id = ANY(%s)", [held])
    _shift_state(cur, s, held, -1)
    cur.execute(f"DELETE FROM {s}.docs WHERE id = ANY(%s)", (held,))
    return cur.rowcount


# where a row (``_row``) holds the lexemes of each word field
_TSV_AT = tuple(1 + len(KEY_FIELDS) + len(ARRAY_FIELDS) + 4 * i for i in range(len(TEXT_FIELDS)))


def text_array(items: Iterable[str]) -> str:
    """``items`` as the text of a PostgreSQL ``text[]`` (every element
    quoted, ``\\`` and ``"`` escaped): what the server reads for
    ``%s::text[]``. Made by a worker, the process that sends the row hands
    psycopg one string where it dumped each of a document's thousand-odd
    lexemes and shingles in Python (1 ms a document, 1,500 of them)."""
    return "{" + ",".join('"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
                          for t in items) + "}"


def _sendable(row: list) -> list:
    for k in _TSV_AT:
        row[k] = text_array(row[k])
    return row


def rows(records: Iterable[Record]) -> list[list]:
    """The ``docs`` rows of ``records``: their analysis, term counts and
    lengths (a bulk loader's, the lexemes as lists)."""
    return [_row(document(r)) for r in records]


def send_rows(records: Iterable[Record]) -> list[list]:
    """``rows`` as ``update`` sends them, the lexemes as ``text_array``. Run
    by the workers of an import (search/engine/workers.py), so that the
    process committing the catalog only sends rows."""
    return [_sendable(_row(document(r))) for r in records]


def _write_docs(cur, s: str, rows: Iterable[list], progress=None, batch: int = 500) -> int:
    sql = _insert_sql(s)
    n, chunk = 0, []
    for row in rows:
        chunk.append(row)
        n += 1
        if len(chunk) >= batch:
            cur.executemany(sql, chunk)
            chunk = []
            if progress:
                progress(n)
    if chunk:
        cur.executemany(sql, chunk)
    return n


class Store:
    """The index of one fund in one schema of one database."""

    def __init__(self, url: str, index_dir):
        self.url, self.schema = split_url(url, index_dir)
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()

    def connect(self):
        return connect(self.url)

    def connect_read(self, on_message: Message | None = None) -> tuple[object, bool]:
        """``(connection, on_replica)`` for the searches: the server
        ingest.replica chooses (the replica when it answers and holds this
        index, else the primary)."""
        try:
            url = replica.read_database_url(self.url, f"{self.schema}.state", on_message)
        except replica.ReplicaError as e:
            raise SearchIndexError(str(e)) from e
        if url == self.url:
            return self.connect(), False
        return connect(replica.libpq_url(url), READ_URL_ENV), True

    def check(self) -> str | None:
        with self.connect() as conn:
            return check_conn(conn, self.schema)

    def upgrade(self) -> bool:
        """The index brought to this layout in place when it can be
        (``upgrade_from_4`` … ``upgrade_from_6``); False: it must be rebuilt."""
        with self.connect() as conn:
            why = check_conn(conn, self.schema)
            step = _upgradable(conn, self.schema) if (why or "").startswith("outdated") else None
            if step is None:
                return False
            with conn.transaction(), conn.cursor() as cur:
                step(cur, self.schema)
            if step is upgrade_from_4:
                # every postings row was rewritten: the old versions' index
                # entries would double what a term's lookup visits
                conn.execute(f"VACUUM (ANALYZE) {self.schema}.postings")
        return True

    def rebuild(self, records: Iterable[Record], progress: Callable[[int], None] | None = None,
                heal: bool = False) -> int | None:
        """A fresh index of ``records`` in one transaction: readers see the
        old one until the commit. ``heal``: only if the index is still
        unusable once the lock is held, else None (two importers finding a
        new fund's index missing at once: the second must not drop what the
        first built, nor build it all again while the first waits)."""
        s = self.schema
        with self.connect() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            if heal and check_conn(conn, s) is None:
                return None
            cur.execute(f"DROP SCHEMA IF EXISTS {s} CASCADE")
            for stmt in (_ddl(s) + _postings_ddl(s) + _ranking_indexes(s) + pg_counts.ddl(s)
                         + pg_bitmaps.ddl(s)):
                cur.execute(stmt)
            cur.execute(f"INSERT INTO {s}.stamp VALUES (%s::jsonb)", (json.dumps(_stamp()),))
            cur.execute(f"INSERT INTO {s}.state VALUES (0, 0{', 0' * len(TEXT_FIELDS)})")
            n = _write_docs(cur, s, (_sendable(_row(document(r))) for r in records), progress)
            cur.execute(f"INSERT INTO {s}.terms (field, term, df) SELECT field, term, count(*) "
                        f"FROM ({_terms_of(s, 'true')}) x GROUP BY field, term")
            _add_postings(cur, s, "true", [])
            _promote_pairs(cur, s)
            pg_bitmaps.promote(cur, s, BITMAP_FIELDS)
            pg_counts.promote(cur, s)
            _refresh_state(cur, s)
            cur.execute(f"ANALYZE {s}.docs, {s}.postings")
        if progress:
            progress(n)
        return n

    def update(self, records: Iterable[Record], prepared: list[list] | None = None) -> int:
        """Add or replace ``records`` by id; ``prepared``: their rows, made
        by workers (``send_rows``), in the same order."""
        s = self.schema
        records = list(records)
        if prepared is None:
            prepared = send_rows(records)
        # an id twice: the last wins
        by_id = {r.id: row for r, row in zip(records, prepared)}
        ids = list(by_id)
        with self.connect() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            _remove(cur, s, ids)
            _write_docs(cur, s, by_id.values())
            _add_terms(cur, s, ids, +1)
            _add_postings(cur, s, "id = ANY(%s)", [ids])
            _add_pair_postings(cur, s, "id = ANY(%s)", [ids])
            pg_bitmaps.append(cur, s, BITMAP_FIELDS, SET_FIELDS, "id = ANY(%s)", [ids])
            pg_counts.add(cur, s, "id = ANY(%s)", [ids])
            _shift_state(cur, s, ids, +1)
        return len(ids)

    def delete(self, ids: Iterable[str]) -> int:
        s = self.schema
        ids = list(ids)
        with self.connect() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            return _remove(cur, s, ids)

    def compact(self) -> dict:
        """``postings`` and ``bitmaps`` rewritten in term order (``CLUSTER``):
        each batch of an import (and each chunk of a bulk load) adds a term's
        rows beside every other term's (and each batch a new version of the
        bitmap it grew), so reading a word's whole list at a million acts
        touched one page per row (9,722 pages, 88 ms from the OS cache
        against 22 ms once they are in memory). Readers wait while it runs
        (an exclusive lock): run it at night after large imports, as VACUUM.
        Sizes of both, before and after."""
        s = self.schema
        with self.connect() as conn:
            size = (f"SELECT pg_total_relation_size('{s}.postings') "
                    f"+ pg_total_relation_size('{s}.bitmaps')")
            before = conn.execute(size).fetchone()[0]
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                conn.execute(f"CLUSTER {s}.postings USING postings_pkey")
                conn.execute(f"CLUSTER {s}.bitmaps USING bitmaps_pkey")
            conn.execute(f"ANALYZE {s}.postings, {s}.bitmaps")
            after = conn.execute(size).fetchone()[0]
        return {"engine": ENGINE, "schema": s, "lists_bytes_before": int(before),
                "lists_bytes_after": int(after)}

    def stats(self) -> dict:
        with self.connect() as conn:
            n = conn.execute(f"SELECT n FROM {self.schema}.state").fetchone()[0]
            size = conn.execute("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) "
                                "FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace "
                                "WHERE ns.nspname = %s AND c.relkind = 'r'",
                                (self.schema,)).fetchone()[0]
        return {"records": n, "bytes": int(size), "schema": self.schema, **_stamp()}


def database_url() -> str | None:
    """The PostgreSQL URL in use (``ACTDESK_DATABASE_URL``, ``--db``), None:
    Whoosh. The primary's; the catalog reads the same function."""
    from ingest.catalog import database_url as primary
    return primary()


def store(index_dir, url: str | None = None) -> Store:
    url = url or database_url()
    if not url:
        raise SearchIndexError(f"no PostgreSQL URL: set {URL_ENV}")
    return Store(url, index_dir)


def _default_source(index_dir) -> RecordSource | None:
    from search.engine.whoosh_store import _default_source as fund_source
    return fund_source(Path(index_dir))


def open_index(index_dir, records: RecordSource | None = None,
               on_message: Message | None = None, timeout: float = 600.0,
               url: str | None = None) -> Path:
    """A usable index for ``index_dir``, rebuilt from ``records`` (default:
    the fund at ``index_dir.parent``) when missing or outdated."""
    st = store(index_dir, url)
    why = st.check()
    if why is None:
        return Path(index_dir)
    if st.upgrade():
        say(on_message, f"search index {st.schema}: postings of layout {LAYOUT} added in place")
        return Path(index_dir)
    src = records or _default_source(index_dir)
    if src is None:
        raise SearchIndexError(f"search index {st.schema} is {why} and no catalog to rebuild "
                               f"it from; run `actdesk reindex`")
    say(on_message, f"search index {st.schema} is {why}; rebuilding it from the catalog…")
    n = st.rebuild(src(), heal=True)
    if n is not None:   # else another process built it meanwhile
        say(on_message, f"search index rebuilt: {n} records")
    return Path(index_dir)


def check(index_dir, url: str | None = None) -> str | None:
    return store(index_dir, url).check()


def rebuild(index_dir, records: Iterable[Record], progress: Callable[[int], None] | None = None,
            on_message: Message | None = None, timeout: float = 600.0, url: str | None = None,
            heal: bool = False, **_whoosh_options) -> int | None:
    return store(index_dir, url).rebuild(records, progress, heal=heal)


# Below this many records per worker the rows are made here: handing the
# records over would cost more than it saves.
MIN_ROWS = 32


def hand_rows(records: list[Record], procs: int) -> list[Future] | None:
    """Have worker processes make the rows of ``records`` (``send_rows``);
    their futures, in order, or None when there are too few to be worth it."""
    if procs < 2 or len(records) < 2 * MIN_ROWS:
        return None
    pool = workers.pool(procs)
    return [pool.submit(send_rows, part)
            for part in workers.chunks(records, min(procs, len(records) // MIN_ROWS))]


def handed_rows(records: list[Record], futures: list[Future] | None) -> list[list]:
    """The rows the workers made, or made here when a worker died."""
    if futures:
        try:
            return [row for f in futures for row in f.result()]
        except Exception:
            workers.failed()
    return send_rows(records)


def update(index_dir, records: Iterable[Record], on_message: Message | None = None,
           timeout: float = 600.0, source: RecordSource | None = None,
           url: str | None = None, procs: int = 1, futures: list[Future] | None = None) -> int:
    """Add or replace ``records`` by id (heals a missing index first).
    ``procs`` > 1: that many worker processes make the rows (``rows``);
    this process only sends them and commits. ``futures``: the rows
    already handed to workers (``hand_rows``)."""
    st = store(index_dir, url)
    records = list(records)
    if futures is None:
        futures = hand_rows(records, procs)
    if st.check() is not None:
        open_index(index_dir, source, on_message, timeout, url)
        return len(records)
    return st.update(records, handed_rows(records, futures))


def delete(index_dir, ids: Iterable[str], on_message: Message | None = None,
           timeout: float = 600.0, url: str | None = None) -> int:
    st = store(index_dir, url)
    why = st.check()
    if why is not None:
        raise SearchIndexError(f"search index {st.schema} is {why}; run `actdesk reindex`")
    return st.delete(ids)


def on_catalog_commit(index_dir, records: Iterable[Record],
                      on_message: Message | None = None) -> int:
    return update(index_dir, records, on_message)


def stats(index_dir, url: str | None = None) -> dict:
    return store(index_dir, url).stats()


def compact(index_dir, url: str | None = None) -> dict | None:
    return store(index_dir, url).compact()
