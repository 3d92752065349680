"""One query layer for every front end (CLI, web, saved lists, SDI).

A question goes through four stages, one module each: ``model`` (``Query``,
``Hit``, ``Results``: what a reader asked and gets), ``parse`` (free text ->
``Parsed``: requisites, kinds, years, word tokens), ``plan`` (-> an
engine-neutral ``Plan`` of search/engine/nodes.py, built with ``words``,
``boolean`` and the ``weights``), ``run`` (the engine executes it; snippets,
suggestions, looser readings). ``search(index_dir, q)`` does all four.
"""
from __future__ import annotations

from search.query.model import MAX_PER_PAGE, QUERY_VERSION, SORTS, Hit, Query, Results
from search.query.parse import KINDS, Parsed, Token, parse_text
from search.query.plan import Plan, build_plan
from search.query.run import RECEIVED_PERIODS, more_like_this, received_periods, search

__all__ = ["Query", "Hit", "Results", "search", "more_like_this", "parse_text",
           "QUERY_VERSION", "MAX_PER_PAGE", "SORTS", "KINDS", "Parsed", "Token", "Plan", "build_plan",
           "RECEIVED_PERIODS", "received_periods"]
