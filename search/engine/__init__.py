"""Search engines behind one interface (interface.py), and what they share.

* ``nodes`` — the plan language the query layer speaks;
* ``interface`` — what the query layer calls (``Backend``, ``Engine``);
* ``documents`` — the fields of a record's index document, the schema version;
* ``ranking`` — match sets, facet counts, top hits;
* ``lock`` — one writer at a time;
* ``whoosh_store``, ``whoosh_engine``, ``whoosh_patches`` — the Whoosh engine
  (the default, a desk's fund);
* ``pg_store``, ``pg_engine`` — the PostgreSQL engine (a regional fund),
  chosen by ``ACTDESK_DATABASE_URL``; it borrows only Whoosh's one-byte field
  length code, so that both engines score BM25F alike and give the same
  answers (tests/test_pg_engine.py).

``search.index`` is the facade the rest of the code uses.
"""
