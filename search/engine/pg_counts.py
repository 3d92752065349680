"""Facet counts of the frequent words, kept by the writers of the
PostgreSQL index (search/engine/pg_store.py) and read by its engine.

A word in most acts matches most of the fund, and its facet counts were
counted over every match at each search (at 100,000 acts ~165 ms for a
word in 98 % of them, ten times that at a million). For the words in at
least ``SHARE`` of the acts (and ``MINIMUM`` acts), ``word_counts`` keeps
per word — a lemma in ``title``, ``meta`` or ``text``: the matches of the
query layer's lemma, search/query/words.py ``lemma_node`` — its acts per
value of each facet field (``facet`` '' the total, ``received_day`` per
day for the received ranges). Writers change them in the transaction that
adds or deletes the acts, so they are exact; a word that becomes frequent
is counted from scratch once, in the transaction that made it so. A word
stays counted when it becomes rarer (its counts stay exact).
"""
from __future__ import annotations

from search.engine.documents import FACET_FIELDS, MULTI_VALUED

SHARE = 0.03
MINIMUM = 1000
_WORD_FIELDS = ("title", "meta", "text")
SCALARS = tuple(f for f in FACET_FIELDS if f not in MULTI_VALUED) + ("received_day",)
# received days kept: the query layer asks for the acts received in the
# last 7, 30 and 365 days (search/query/run.py); a day further back than
# this when the counts are written is never asked for again (a word's
# acts over 20 years were 7,000 rows of its counts). The row ('',
# '#horizon', day) names the first day whose counts are whole: the last
# write's; a range starting before it is counted over the matches.
DAYS_KEPT = 400
_CUTOFF = f"to_char(current_date - {DAYS_KEPT}, 'YYYY-MM-DD')"


def ddl(s: str) -> list[str]:
    return [f'CREATE TABLE {s}.word_counts (term text COLLATE "C" NOT NULL, '
            f'facet text COLLATE "C" NOT NULL, value text COLLATE "C" NOT NULL, '
            f"n bigint NOT NULL, PRIMARY KEY (term, facet, value))"]


def _change(cur, s: str, where: str, args: list, sign: int, words: list[str] | None) -> None:
    """Add (``sign`` 1) or take away (-1) the acts ``where`` selects to the
    counts of their counted words (``words``: these words only)."""
    values = ", ".join(["('', '')"] + [f"('{f}', d.{f})" for f in SCALARS
                                       if f != "received_day"]
                       + [f"('received_day', CASE WHEN d.received_day >= {_CUTOFF} "
                          f"THEN d.received_day END)"])
    arrays = "".join(f" UNION ALL SELECT '{f}', unnest(d.{f})" for f in FACET_FIELDS
                     if f in MULTI_VALUED)
    lexemes = " || ".join(f"d.{f}_tsv" for f in _WORD_FIELDS)
    if words is None:
        chosen, wargs = f"w.term IN (SELECT term FROM {s}.word_counts WHERE facet = '')", []
    else:
        # a set the server hashes: ``= ANY(array)`` compared every word of
        # every act with each word of the list in turn (1 s at 2,000 acts)
        chosen, wargs = "w.term IN (SELECT unnest(%s::text[]))", [words]
    cur.execute(
        f"INSERT INTO {s}.word_counts (term, facet, value, n) "
        f"SELECT w.term, f.facet, f.value, {int(sign)} * count(*) FROM {s}.docs d "
        f"CROSS JOIN LATERAL unnest(tsvector_to_array({lexemes})) w(term) "
        f"CROSS JOIN LATERAL (SELECT * FROM (VALUES {values}) v(facet, value) "
        f"WHERE v.value IS NOT NULL{arrays}) f "
        f"WHERE ({where}) AND {chosen} GROUP BY w.term, f.facet, f.value "
        f"ON CONFLICT (term, facet, value) DO UPDATE SET n = word_counts.n + EXCLUDED.n",
        [*args, *wargs])
    if sign < 0:
        cur.execute(f"DELETE FROM {s}.word_counts WHERE n <= 0")
    cur.execute(f"DELETE FROM {s}.word_counts WHERE term = '' AND facet = '#horizon' "
                f"AND value < {_CUTOFF}")
    cur.execute(f"INSERT INTO {s}.word_counts (term, facet, value, n) "
                f"SELECT '', '#horizon', {_CUTOFF}, 1 WHERE NOT EXISTS (SELECT 1 FROM "
                f"{s}.word_counts WHERE term = '' AND facet = '#horizon')")


def add(cur, s: str, where: str, args: list) -> None:
    """The acts ``where`` selects, just written: counted for the words
    already counted, then the words they made frequent counted from scratch."""
    _change(cur, s, where, args, +1, None)
    promote(cur, s, where, args)


def remove(cur, s: str, where: str, args: list) -> None:
    """The acts ``where`` selects, about to be deleted, taken off the counts."""
    _change(cur, s, where, args, -1, None)


def promote(cur, s: str, where: str | None = None, args: list = ()) -> list[str]:
    """Count from scratch the words now in ``SHARE`` of the acts (their
    document frequency in one of the word fields, ``terms``) not counted
    yet — among the words of the acts ``where`` selects (just added: only
    theirs grew; a scan of every word's statistics cost each batch of an
    import), or all."""
    cond, cargs = common_terms(cur, s, _WORD_FIELDS, SHARE, MINIMUM, where, args)
    cur.execute(f"SELECT DISTINCT term FROM {s}.terms WHERE {cond} "
                f"EXCEPT SELECT term FROM {s}.word_counts WHERE facet = ''", cargs)
    words = [t for (t,) in cur.fetchall()]
    if words:
        _change(cur, s, "true", [], +1, words)
    return words


def common_terms(cur, s: str, fields: tuple, share: float, minimum: int,
                 where: str | None = None, args: list = ()) -> tuple[str, list]:
    """``(condition, args)`` on ``terms`` for the terms of ``fields`` in at
    least ``share`` of the acts (and ``minimum``) — among those of the acts
    ``where`` selects (just added: only theirs grew; a scan of every term's
    statistics cost each batch of an import), or all. A batch's threshold
    comes from the acts before it (no count of the fund)."""
    cur.execute(f"SELECT count(*) FROM {s}.docs" if where is None else f"SELECT n FROM {s}.state")
    least = max(minimum, share * cur.fetchone()[0])
    cond, cargs = "field = ANY(%s) AND df >= %s", [list(fields), least]
    if where is not None:
        lexemes = " || ".join(f"{f}_tsv" for f in fields)
        cond += (f" AND term IN (SELECT unnest(tsvector_to_array({lexemes})) FROM {s}.docs "
                 f"WHERE {where})")
        cargs += list(args)
    return cond, cargs


def lone_word(terms: list) -> str | None:
    """The word whose matches a plan of ``terms`` (pg_columns.summands) are,
    when they are one lemma in exactly the counted fields."""
    words = {t.text for t in terms}
    if len(words) == 1 and {t.field for t in terms} == set(_WORD_FIELDS):
        return words.pop()
    return None


def read(conn, s: str, word: str, ranges: list) -> tuple[int, list, dict] | None:
    """``(total, [(facet, value, count)], {range name: count})`` of a
    counted word, or None: not counted, or a range on another field or
    starting before the days kept. The days are summed by the server."""
    if any(node.field != "received_day" for _, node in ranges):
        return None
    sums, args = [], [word]
    for i, (_, node) in enumerate(ranges):
        sums.append(f" UNION ALL SELECT '#{i}', NULL, coalesce(sum(n), 0) FROM {s}.word_counts "
                    f"WHERE term = %s AND facet = 'received_day' AND value >= %s "
                    f"AND value <= %s")
        args += [word, node.lo, node.hi or "\U0010ffff"]
    rows = conn.execute(f"SELECT facet, value, n FROM {s}.word_counts WHERE term = %s "
                        f"AND facet <> 'received_day' UNION ALL SELECT facet, value, n FROM "
                        f"{s}.word_counts WHERE term = '' AND facet = '#horizon'"
                        + "".join(sums), args).fetchall()
    total = next((n for f, _, n in rows if f == ""), None)
    horizon = next((v for f, v, _ in rows if f == "#horizon"), None)
    if total is None or any(not node.lo or horizon is None or node.lo < horizon
                            for _, node in ranges):
        return None
    got = {name: int(next(n for f, _, n in rows if f == f"#{i}"))
           for i, (name, _) in enumerate(ranges)}
    return int(total), [(f, v, int(n)) for f, v, n in rows if f in FACET_FIELDS], got
