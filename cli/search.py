"""``actdesk search``, ``show`` and ``reindex``: thin commands over
``search.query``, the record card and ``search.sync``."""
from __future__ import annotations

import sys

import click

from cli.context import Ctx, echo_json, pass_ctx, ready_index, resolve_id
from cli.queries import build_query, query_options
from search.query import SORTS


@click.command()
@click.argument("words", nargs=-1)
@query_options
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="relevance; date: newest first; oldest: oldest first; number: by the act's number.")
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True)
@click.option("--page", type=click.IntRange(1, None), default=1, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--scope", type=click.Choice(["own", "region", "all"]), default=None,
              help="own: the library's municipality (with its settlements); region: its region; "
                   "all: the whole fund. Default: search_scope in FUND/settings.yaml, else all.")
@pass_ctx
def search(c: Ctx, words: tuple[str, ...], sort: str, limit: int, page: int, fmt: str,
           scope: str | None, **filters) -> None:
    """Search the fund: free text with requisites (постановление 145 от 12.03.2024), filters, facets."""
    from ingest.settings import library_place, search_scope
    from search.present import format_results_json, format_results_table
    from search.query import search as run_search
    from search.query.scope import scoped
    # what was typed is checked before the fund is opened: a bad date is
    # named as such, even where no fund is
    q = build_query(" ".join(words), sort=sort, per_page=limit, page=page, **filters)
    fund = c.fund()
    q = scoped(q, scope or search_scope(fund.home), library_place(fund.home))
    res = run_search(ready_index(fund, c.say), q)
    from search.links_view import hit_status
    marks = {h.id: hit_status(fund, h, fund.get_record(h.id)) for h in res.hits}
    if fmt == "json":
        click.echo(format_results_json(res, status=marks))
        return
    click.echo(format_results_table(res, status={k: v for k, v in marks.items() if v}))


@click.command()
@click.argument("record_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_ctx
def show(c: Ctx, record_id: str, fmt: str) -> None:
    """Print the card of one record: requisites, rubrics, source, warnings, text."""
    from search.card import format_card
    from search.links_view import incoming, links_of, record_dict, status_of
    fund = c.reader()
    rec = fund.get_record(resolve_id(fund, record_id))
    if fmt == "json":
        out = record_dict(fund, rec)
        # the fund's view: which of its acts amend or repeal this one
        out["cited_by"] = [{"relation": link.relation, "id": link.record_id, "act": link.text}
                           for link in incoming(fund, rec)]
        echo_json(out)
    else:
        click.echo(format_card(rec, fund.get_file(rec.source.sha256), links=links_of(fund, rec),
                               status=status_of(fund, rec)))


@click.command()
@pass_ctx
def compact(c: Ctx) -> None:
    """Reorder a PostgreSQL index by term after large imports (searches wait meanwhile)."""
    from search import index as ix
    fund = c.fund()
    fund.require_writable()
    got = ix.compact(fund.index_dir)
    if got is None:
        click.echo("Индекс Whoosh объединяет сегменты сам: уплотнять нечего.")
        return
    click.echo(f"Индекс {got['schema']} уплотнён: списки терминов "
               f"{got['lists_bytes_before'] / 1e6:.0f} → "
               f"{got['lists_bytes_after'] / 1e6:.0f} МБ")


@click.command()
@pass_ctx
def reindex(c: Ctx) -> None:
    """Rebuild the search index from the catalog (the catalog is the source of truth)."""
    import time
    from search.sync import rebuild_index
    fund = c.fund()
    fund.require_writable()
    total = fund.count_records()
    t0 = time.perf_counter()
    with click.progressbar(length=total, label="Индексация", file=sys.stderr) as bar:
        done = [0]

        def progress(n: int) -> None:  # the index reports a running total
            bar.update(n - done[0])
            done[0] = n

        n = rebuild_index(fund, progress=progress)
    dt = time.perf_counter() - t0
    click.echo(f"Проиндексировано записей: {n} за {dt:.1f} с")
