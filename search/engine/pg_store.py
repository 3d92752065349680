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

Writers take a transaction-wide advisory lock (one at a time, as the file
lock does for Whoosh); readers see the last commit (MVCC), never wait.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ingest import replica
from ingest.records import Record
from search import analysis
from search.engine.documents import SCHEMA_VERSION, Document, document
from search.engine.interface import Message, RecordSource, SearchIndexError, say

ENGINE = "postgresql"
URL_ENV = "ACTDESK_DATABASE_URL"
READ_URL_ENV = replica.READ_URL_ENV   # a streaming replica the searches read from
TEXT_FIELDS = ("title", "text", "meta", "pairs")
KEY_FIELDS = ("kind", "number", "number_base", "date", "year", "received", "received_day",
              "level", "status", "body", "publication")
# word fields whose terms are a set (documents.py: the sorted shingles): a
# term's frequency is 1, no count is stored
SET_FIELDS = ("pairs",)
LOCK_KEY = 0x61637464  # "actd": the advisory lock of writers


def length_code(n: int) -> int:
    """A field length as Whoosh keeps it (one byte, logarithmic): BM25 on
    the same lengths gives the same scores in both engines."""
    from whoosh.util.numeric import byte_to_length, length_to_byte
    return byte_to_length(length_to_byte(n))


def split_url(url: str, index_dir) -> tuple[str, str]:
    """``(libpq conninfo URL, schema)``: ``?schema=`` taken off the URL, or
    a schema named after the resolved index folder."""
    parts = urlsplit(url)
    q = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in q if k == "schema"), None)
    rest = [(k, v) for k, v in q if k != "schema"]
    conninfo = urlunsplit(parts._replace(query=urlencode(rest)))
    if not schema:
        h = hashlib.sha1(str(Path(index_dir).resolve()).encode("utf-8")).hexdigest()[:16]
        schema = f"actdesk_{h}"
    if not schema.replace("_", "").isalnum() or not schema.isascii():
        raise SearchIndexError(f"schema name {schema!r} in {URL_ENV}: use letters, digits, _")
    return conninfo, schema.lower()


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
    return {"schema_version": SCHEMA_VERSION, "engine": ENGINE,
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
        f'UNIQUE, {keys}, rubric text[] COLLATE "C", {texts}, data jsonb NOT NULL, z bytea)',
        f'CREATE TABLE {s}.terms (field text NOT NULL, term text COLLATE "C" NOT NULL, '
        f"df integer NOT NULL, PRIMARY KEY (field, term))",
    ]
    for f in TEXT_FIELDS:
        out.append(f"CREATE INDEX ON {s}.docs USING gin ({f}_tsv)")
    for f in KEY_FIELDS:
        out.append(f"CREATE INDEX ON {s}.docs ({f})")
    out.append(f"CREATE INDEX ON {s}.docs USING gin (rubric)")
    return out


def check_conn(conn, schema: str) -> str | None:
    row = conn.execute("SELECT to_regclass(%s)", (f"{schema}.stamp",)).fetchone()
    if row[0] is None:
        return "missing"
    st = conn.execute(f"SELECT stamp FROM {schema}.stamp").fetchone()
    if st is None:
        return "missing version stamp"
    if st[0] != _stamp():
        return f"outdated (schema {st[0].get('schema_version')}, needs {SCHEMA_VERSION})"
    return None


def _row(doc: Document) -> list:
    data = dict(doc.data)
    z = data.pop("z", None)
    row = [doc.id]
    for f in KEY_FIELDS:
        v = doc.keys.get(f)
        row.append(v if v else None)
    rub = doc.keys.get("rubric")
    row.append(list(rub) if rub else None)
    for f in TEXT_FIELDS:
        terms = getattr(doc, f) or [""]   # as Whoosh: an empty field is one empty term
        tf = {} if f in SET_FIELDS else Counter(terms)
        row += [[t for t in set(terms) if t], json.dumps(tf, ensure_ascii=False),
                length_code(len(terms)), len(terms)]
    row += [json.dumps(data, ensure_ascii=False), z]
    return row


def _insert_sql(s: str) -> str:
    cols = ["id", *KEY_FIELDS, "rubric"]
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


def _write_docs(cur, s: str, records: Iterable[Record], progress=None, batch: int = 500) -> int:
    sql = _insert_sql(s)
    n, rows = 0, []
    for r in records:
        rows.append(_row(document(r)))
        n += 1
        if len(rows) >= batch:
            cur.executemany(sql, rows)
            rows = []
            if progress:
                progress(n)
    if rows:
        cur.executemany(sql, rows)
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

    def rebuild(self, records: Iterable[Record], progress: Callable[[int], None] | None = None
                ) -> int:
        """A fresh index of ``records`` in one transaction: readers see the
        old one until the commit."""
        s = self.schema
        with self.connect() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            cur.execute(f"DROP SCHEMA IF EXISTS {s} CASCADE")
            for stmt in _ddl(s):
                cur.execute(stmt)
            cur.execute(f"INSERT INTO {s}.stamp VALUES (%s::jsonb)", (json.dumps(_stamp()),))
            cur.execute(f"INSERT INTO {s}.state VALUES (0, 0{', 0' * len(TEXT_FIELDS)})")
            n = _write_docs(cur, s, records, progress)
            cur.execute(f"INSERT INTO {s}.terms (field, term, df) SELECT field, term, count(*) "
                        f"FROM ({_terms_of(s, 'true')}) x GROUP BY field, term")
            _refresh_state(cur, s)
            cur.execute(f"ANALYZE {s}.docs")
        if progress:
            progress(n)
        return n

    def update(self, records: Iterable[Record]) -> int:
        s = self.schema
        records = list({r.id: r for r in records}.values())  # an id twice: the last wins
        with self.connect() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            ids = [r.id for r in records]
            _add_terms(cur, s, ids, -1)
            cur.execute(f"DELETE FROM {s}.docs WHERE id = ANY(%s)", (ids,))
            _write_docs(cur, s, records)
            _add_terms(cur, s, ids, +1)
            _refresh_state(cur, s)
        return len(records)

    def delete(self, ids: Iterable[str]) -> int:
        s = self.schema
        ids = list(ids)
        with self.connect() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            _add_terms(cur, s, ids, -1)
            cur.execute(f"DELETE FROM {s}.docs WHERE id = ANY(%s)", (ids,))
            n = cur.rowcount
            _refresh_state(cur, s)
        return n

    def stats(self) -> dict:
        with self.connect() as conn:
            n = conn.execute(f"SELECT n FROM {self.schema}.state").fetchone()[0]
            size = conn.execute("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) "
                                "FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace "
                                "WHERE ns.nspname = %s AND c.relkind = 'r'",
                                (self.schema,)).fetchone()[0]
        return {"records": n, "bytes": int(size), "schema": self.schema, **_stamp()}


def database_url() -> str | None:
    """The PostgreSQL URL in use (``ACTDESK_DATABASE_URL``), None: Whoosh."""
    return os.environ.get(URL_ENV) or None


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
    src = records or _default_source(index_dir)
    if src is None:
        raise SearchIndexError(f"search index {st.schema} is {why} and no catalog to rebuild "
                               f"it from; run `actdesk reindex`")
    say(on_message, f"search index {st.schema} is {why}; rebuilding it from the catalog…")
    n = st.rebuild(src())
    say(on_message, f"search index rebuilt: {n} records")
    return Path(index_dir)


def check(index_dir, url: str | None = None) -> str | None:
    return store(index_dir, url).check()


def rebuild(index_dir, records: Iterable[Record], progress: Callable[[int], None] | None = None,
            on_message: Message | None = None, timeout: float = 600.0, url: str | None = None,
            **_whoosh_options) -> int:
    return store(index_dir, url).rebuild(records, progress)


def update(index_dir, records: Iterable[Record], on_message: Message | None = None,
           timeout: float = 600.0, source: RecordSource | None = None,
           url: str | None = None) -> int:
    """Add or replace ``records`` by id (heals a missing index first)."""
    st = store(index_dir, url)
    records = list(records)
    if st.check() is not None:
        open_index(index_dir, source, on_message, timeout, url)
        return len(records)
    return st.update(records)


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
