"""Search engines behind one interface (interface.py), and what they share.

* ``nodes`` — the plan language the query layer speaks;
* ``interface`` — what the query layer calls (``Backend``, ``Engine``);
* ``documents`` — the fields of a record's index document, the schema version;
* ``ranking`` — match sets, facet counts, top hits;
* ``lock`` — one writer at a time;
* ``whoosh_store``, ``whoosh_engine``, ``whoosh_patches`` — the Whoosh engine,
  the only modules that import whoosh.

``search.index`` is the facade the rest of the code uses.
"""
