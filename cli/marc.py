"""``actdesk marc``: the acts a search finds as RUSMARC records for the
library's electronic catalog (search/rusmarc/). The selection is biblist's:
the same words and filters (cli/queries.py)."""
from __future__ import annotations

from pathlib import Path

import click

from cli.context import Ctx, pass_ctx, ready_index
from cli.queries import build_query, iso_option, query_options


@click.command()
@click.argument("words", nargs=-1)
@query_options
@click.option("--format", "fmt", type=click.Choice(["iso2709", "marcxml"]), default=None,
              help="ISO 2709 (.iso, .mrc) or MARCXML (.xml); default: from the -o extension, else iso2709.")
@click.option("--encoding", type=click.Choice(["utf-8", "cp1251"]), default="utf-8", show_default=True,
              help="cp1251 for older IRBIS: characters outside it are transliterated or replaced, each record named.")
@click.option("--since", help="Received on or after this date (as --received-from).")
@click.option("--batch", "batch_id", metavar="ID",
              help="Only the acts one import batch wrote (its id from the ingest report, or 'last').")
@click.option("--base-url", help="The desk's web address (http://host:port): 856 links to the original and the card.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Write to this file.")
@pass_ctx
def marc(c: Ctx, words: tuple[str, ...], fmt: str | None, encoding: str, since: str | None,
         batch_id: str | None, base_url: str | None, output: Path, **filters) -> None:
    """RUSMARC records (one per act) of everything a search finds.

    Examples: actdesk marc --kind постановление --since 2024-03-01 -o new.iso;
    actdesk marc --batch last -o delivery.iso (what the latest import wrote).
    """
    from search.lists import collect
    from search.rusmarc import export_records
    if fmt is None:
        fmt = "marcxml" if output.suffix.lower() == ".xml" else "iso2709"
    if base_url is not None and not base_url.startswith(("http://", "https://")):
        raise click.BadParameter(f"{base_url!r} is not an http(s) address", param_hint="--base-url")
    if since is not None:
        if filters.get("received_from"):
            raise click.UsageError("give --since or --received-from, not both")
        filters["received_from"] = iso_option(since, "--since")
    q = build_query(" ".join(words), **filters)
    fund = c.fund()
    records = collect(c.reader(), q, index_dir=ready_index(fund, c.say))
    if batch_id is not None:
        wrote = c.reader().batch_record_ids(batch_id)
        if wrote is None:
            raise click.BadParameter(f"no import batch {batch_id!r} in this fund", param_hint="--batch")
        keep = set(wrote)
        records = [r for r in records if r.id in keep]
    if not records:
        click.echo("RUSMARC: ничего не найдено — файл не записан.", err=True)
        return
    out = export_records(c.reader(), records, fmt, encoding, base_url=base_url)
    for w in out.warnings:
        click.echo(f"warning: {w}", err=True)
    from search.render import write_bytes
    write_bytes(output, out.data)   # whole or not at all; a clear error when it is open
    click.echo(f"RUSMARC: {out.count} зап. → {output}", err=True)
