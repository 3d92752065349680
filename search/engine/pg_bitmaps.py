"""Bitmap copies of the common terms' postings lists, kept by the writers
of the PostgreSQL index (search/engine/pg_store.py) and read whole by its
engine (search/engine/pg_columns.py).

A search by a common word or phrase reads the term's whole list. From
``postings`` that list arrives as arrays in binary, and the server's
``array_send`` converts every element on its own (a function call and an
allocation each, ~160 ns a posting for its document and frequency): at a
million acts a word in 98 % of them took 100–180 ms to send, and that
first read of a list was what kept search p95 over 150 ms (stop 23). The
same list held as bytes ready to send goes out in ~10 ms.

``bitmaps`` holds the lists of the terms in at least ``SHARE`` of the acts
(and ``MINIMUM`` acts) once more, one row per term and ``2**BITS``
document numbers from ``lo``: ``bm`` the numbers there (a bit string, bit
``k`` is ``lo + k``) and ``tf`` their frequencies in that order (two
bytes each, big-endian; none for a shingle, whose frequency is 1). Two
bytes a posting instead of twelve, a row per 2,048 numbers instead of per
128, nothing TOASTed (``toast_tuple_target``). ``bitmapped`` names the
terms that have them.

``postings`` stays what the server's own statements read (taking acts
out, the joins of pg_engine's SQL plans); ``bitmaps`` is derived from it
and from the rows of ``docs``, in the writers' transaction, so readers
never see the two disagree. A term gets its bitmaps in the batch that made
it common and keeps them when it becomes rarer (as pg_counts' words and
the posted shingles). A frequency over ``TF_MAX`` is stored as ``TF_MAX``:
BM25 has saturated long before (the score moves by under 1e-4 of itself).
"""
from __future__ import annotations

from search.engine import pg_counts

BITS = 11
SHARE = 0.03
MINIMUM = 5000
TF_MAX = 32767


def ddl(s: str) -> list[str]:
    span = 1 << BITS
    return [f'CREATE TABLE {s}.bitmaps (field text COLLATE "C" NOT NULL, '
            f'term text COLLATE "C" NOT NULL, lo bigint NOT NULL, bm bit varying NOT NULL, '
            f"tf bytea NOT NULL, PRIMARY KEY (field, term, lo)) "
            f"WITH (toast_tuple_target = 8160)",
            f'CREATE TABLE {s}.bitmapped (field text COLLATE "C" NOT NULL, '
            f'term text COLLATE "C" NOT NULL, PRIMARY KEY (field, term))',
            # the bit string of the offsets aggregated (set_bit on a copy:
            # no aggregate of PostgreSQL's builds one)
            f"CREATE FUNCTION {s}.bit_on(b bit varying, k integer) RETURNS bit varying "
            f"LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT set_bit(b, k, 1)'",
            f"CREATE AGGREGATE {s}.bits_of(integer) (sfunc = {s}.bit_on, "
            f"stype = bit varying, initcond = '{'0' * span}')"]


def _rows_sql(s: str, lo: str, k: str, f: str) -> str:
    """The columns of a ``bitmaps`` row grouped by term and ``lo``: offset
    ``k`` and frequency ``f`` of each posting, in document order ``k``
    (``f`` NULL: a shingle's, none stored)."""
    return (f"{lo}, {s}.bits_of(({k})::integer ORDER BY {k}), "
            f"coalesce(string_agg(int2send((CASE WHEN {f} > {TF_MAX} THEN {TF_MAX} "
            f"ELSE {f} END)::int2), ''::bytea "
            f"ORDER BY {k}), ''::bytea)")


def promote(cur, s: str, fields: tuple, where: str | None = None, args: list = ()) -> None:
    """Bitmaps for the terms of ``fields`` in ``SHARE`` of the acts that
    have none yet and have postings rows (a shingle only once posted) —
    among the terms of the acts ``where`` selects, or all: made from their
    ``postings`` rows, one term at a time (all at once, a million acts'
    common terms were one sort of 260 million postings on disk)."""
    cur.execute(f"SELECT count(*) FROM {s}.docs" if where is None else
                f"SELECT (SELECT n FROM {s}.state) + (SELECT count(*) FROM {s}.docs "
                f"WHERE {where})", args)
    if cur.fetchone()[0] < MINIMUM:   # no term can be in MINIMUM acts yet (a desk's fund)
        return
    cond, cargs = pg_counts.common_terms(cur, s, fields, SHARE, MINIMUM, where, args)
    cur.execute(f"INSERT INTO {s}.bitmapped SELECT t.field, t.term FROM {s}.terms t "
                f"WHERE {cond} AND NOT EXISTS (SELECT 1 FROM {s}.bitmapped b "
                f"WHERE b.field = t.field AND b.term = t.term) "
                f"AND EXISTS (SELECT 1 FROM {s}.postings p "
                f"WHERE p.field = t.field AND p.term = t.term) RETURNING field, term", cargs)
    mask = (1 << BITS) - 1
    for key in cur.fetchall():
        cur.execute(f"INSERT INTO {s}.bitmaps (field, term, lo, bm, tf) "
                    f"SELECT p.field, p.term, "
                    f"{_rows_sql(s, f'(u.d >> {BITS}) << {BITS}', f'u.d & {mask}', 'u.f')} "
                    f"FROM {s}.postings p CROSS JOIN LATERAL unnest(p.docs, p.tfs) u(d, f) "
                    f"WHERE p.field = %s AND p.term = %s "
                    f"GROUP BY p.field, p.term, u.d >> {BITS}", key)


def rebuild_all(cur, s: str, fields: tuple) -> None:
    """Every common term's bitmaps made again (a bulk load's end)."""
    cur.execute(f"TRUNCATE {s}.bitmaps, {s}.bitmapped")
    promote(cur, s, fields)


def _terms(f: str, sets: tuple) -> tuple[str, str]:
    """``(term, frequency)`` SQL of each of a ``docs`` row's terms of ``f``
    (the row aliased ``d``) for a FROM list: a set field's from its
    vector (frequency 1, not stored: NULL), else from its counts."""
    if f in sets:
        return f"unnest(tsvector_to_array(d.{f}_tsv)) e(k)", "NULL::integer"
    return f"jsonb_each_text(d.{f}_tf) e(k, v)", "e.v::integer"


def append(cur, s: str, fields: tuple, sets: tuple, where: str, args: list) -> None:
    """The acts ``where`` selects — just written: numbered above every act
    already in a bitmap — put in the bitmaps of their bitmapped terms, their
    bits OR-ed in and their frequencies appended (they come last in
    document order); then the terms they made common get theirs."""
    mask = (1 << BITS) - 1
    # the fields that have bitmaps at all: a desk's fund (under MINIMUM
    # acts a term) pays one look at a small table, not a pass over the
    # batch's terms per field
    cur.execute(f"SELECT DISTINCT field FROM {s}.bitmapped")
    having = {f for (f,) in cur.fetchall()}
    for f in (f for f in fields if f in having):
        terms, freq = _terms(f, sets)
        cur.execute(
            f"INSERT INTO {s}.bitmaps (field, term, lo, bm, tf) "
            f"SELECT %s, e.k, {_rows_sql(s, f'(d.docnum >> {BITS}) << {BITS}', f'd.docnum & {mask}', freq)} "
            f"FROM {s}.docs d CROSS JOIN LATERAL {terms} "
            f"WHERE ({where}) AND e.k IN (SELECT term FROM {s}.bitmapped WHERE field = %s) "
            f"GROUP BY e.k, d.docnum >> {BITS} "
            f"ON CONFLICT (field, term, lo) DO UPDATE "
            f"SET bm = bitmaps.bm | excluded.bm, tf = bitmaps.tf || excluded.tf",
            [f, *args, f])
    promote(cur, s, fields, where, args)


def drop(cur, s: str, fields: tuple, sets: tuple, ids: list[str]) -> None:
    """The bitmaps holding acts ``ids`` (about to be deleted, their
    ``postings`` rows already without them) made again from ``postings``."""
    mask = (1 << BITS) - 1
    hit = " UNION ".join(
        f"SELECT '{f}'::text AS field, e.k AS term, (d.docnum >> {BITS}) << {BITS} AS lo "
        f"FROM {s}.docs d CROSS JOIN LATERAL {_terms(f, sets)[0]} WHERE d.id = ANY(%s)"
        for f in fields)
    cur.execute(f"DELETE FROM {s}.bitmaps b USING ({hit}) h WHERE b.field = h.field "
                f"AND b.term = h.term AND b.lo = h.lo RETURNING b.field, b.term, b.lo",
                [ids] * len(fields))
    gone = cur.fetchall()
    if not gone:
        return
    cur.execute(
        f"INSERT INTO {s}.bitmaps (field, term, lo, bm, tf) "
        f"SELECT h.field, h.term, {_rows_sql(s, 'h.lo', f'u.d & {mask}', 'u.f')} "
        f"FROM unnest(%s::text[], %s::text[], %s::bigint[]) h(field, term, lo) "
        f"JOIN {s}.postings p ON p.field = h.field AND p.term = h.term "
        f"AND p.lo >= h.lo AND p.lo < h.lo + {1 << BITS} "
        f"CROSS JOIN LATERAL unnest(p.docs, p.tfs) u(d, f) "
        f"GROUP BY h.field, h.term, h.lo",
        [[g[0] for g in gone], [g[1] for g in gone], [g[2] for g in gone]])
