"""What the query layer asks of an engine, written down once.

The catalog (ingest/fund.py) is the source of truth; an engine's index is a
cache rebuilt from it at will. search/query only builds plans
(search/engine/nodes.py) and calls what is below, so another engine (a
PostgreSQL one, search/engine/pg_*.py) plugs in without touching the query layer:

* ``Backend``: the index of one fund directory: open or heal it, build it
  from records, add and delete records, hand out the open ``Engine``;
* ``Engine``: one open reader on the last committed state: run a plan with
  filters, sort and paging (exact total, facet counts, per-range counts),
  look a record up, and the vocabulary the query layer needs for
  suggestions and related words (document frequencies, near terms, terms
  by prefix). Snippets are made by the query layer from ``EngineHit.text()``.

Writers are one at a time (search/engine/lock.py); readers never wait for
them and see the last commit. Messages meant for the person running a
command go through ``on_message`` (and logging).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Protocol

from ingest.records import Record
from search.engine.documents import stored_text
from search.engine.nodes import Node, Range

log = logging.getLogger("actdesk.search.index")

Message = Callable[[str], None]
RecordSource = Callable[[], Iterable[Record]]


class SearchIndexError(Exception):
    """The index cannot be used and cannot be healed here (the message says
    what to run)."""


class IndexBusy(SearchIndexError):
    """Another writer kept the index longer than we were willing to wait."""


def say(on_message: Message | None, msg: str) -> None:
    """A message for the person running the command, logged too."""
    log.warning(msg)
    if on_message:
        on_message(msg)


@dataclass
class EngineHit:
    docnum: int
    score: float
    data: dict          # the stored fields (search/engine/documents.py)

    def text(self) -> str:
        return stored_text(self.data)


@dataclass
class EngineResult:
    total: int
    hits: list[EngineHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


class Engine(Protocol):
    def execute(self, must: Node | None, filters: Iterable[Node] = (),
                sort: str = "relevance", offset: int = 0, limit: int = 10,
                facets: bool = True, exclude_ids: Iterable[str] = (),
                range_counts: dict[str, Range] | None = None) -> EngineResult:
        """The page ``[offset, offset + limit)`` of the documents matching
        ``must`` (scored; None: every document) and every filter (unscored),
        by score, by ``sort="date"`` (newest first), ``"oldest"`` (adoption
        date, oldest first) or ``"number"`` (the number's digits as numbers,
        then its letters); undated or unnumbered documents last under the
        last two; the exact total; with
        ``facets``, counts per value of each facet field
        (documents.FACET_FIELDS) and, under ``"ranges"``, how many matches
        fall in each of ``range_counts``."""

    def lookup(self, record_id: str) -> EngineHit | None: ...

    def doc_count(self) -> int: ...

    def doc_frequency(self, field: str, term: str) -> int: ...

    def similar_terms(self, field: str, word: str, maxdist: int = 1,
                      prefix: int = 1, limit: int = 5) -> list[tuple[str, int]]:
        """Terms within ``maxdist`` edits of ``word`` (sharing its first
        ``prefix`` letters), most frequent first: the suggestions."""

    def terms_with_prefix(self, field: str, prefix: str,
                          scan: int = 30) -> list[tuple[str, int]]:
        """Terms starting with ``prefix`` and their document frequencies."""

    def terms_with_prefixes(self, field: str, prefixes: Iterable[str],
                            scan: int = 30) -> dict[str, list[tuple[str, int]]]:
        """``terms_with_prefix`` of each of ``prefixes`` (the kin words of a
        lemma ask several at once: one round trip on a database)."""

    def key_values(self, field: str, limit: int = 5000) -> list[tuple[str, int]]:
        """The values of an exact field (``region``, ``municipality``,
        ``district``) and how many documents hold each, in key order: a
        territory typed by hand is matched against them."""


class Backend(Protocol):
    """An engine's index kept beside the catalog (a module may be one)."""

    SCHEMA_VERSION: int

    def check(self, index_dir) -> str | None:
        """Why the index cannot be used as is (None when healthy)."""

    def open_index(self, index_dir, records: RecordSource | None = None,
                   on_message: Message | None = None, timeout: float = 600.0) -> Path:
        """A usable index at ``index_dir``, rebuilt from ``records`` (default:
        the fund at ``index_dir.parent``) when missing, outdated or corrupt."""

    def rebuild(self, index_dir, records: Iterable[Record],
                progress: Callable[[int], None] | None = None,
                on_message: Message | None = None, timeout: float = 600.0) -> int:
        """A fresh index of ``records`` swapped in; returns the count."""

    def update(self, index_dir, records: Iterable[Record], on_message: Message | None = None,
               timeout: float = 600.0, source: RecordSource | None = None) -> int:
        """Add or replace ``records`` by id."""

    def delete(self, index_dir, ids: Iterable[str], on_message: Message | None = None,
               timeout: float = 600.0) -> int:
        """Remove records by id; returns how many were removed."""

    def stats(self, index_dir) -> dict: ...

    def engine(self, index_dir, records: RecordSource | None = None,
               on_message: Message | None = None) -> Engine:
        """The process-wide open engine for ``index_dir`` (healed on first use)."""

    def recover(self, index_dir, on_message: Message | None = None) -> Engine:
        """After an engine error mid-search: check, heal and reopen."""

    def close_engines(self) -> None: ...
