"""``actdesk marc``: the acts a search finds as RUSMARC records for the
library's electronic catalog (search/rusmarc/). The selection is biblist's:
the same words and filters (cli/queries.py)."""
from __future__ import annotations

from pathlib import Path

import click

from cli.context import Ctx, pass_ctx, ready_index
from cli.queries import build_query, query_options


@click.command()
@click.argument("words", nargs=-1)
@query_options
@click.option("--format", "fmt", type=click.Choice(["iso2709", "marcxml"]), default=None,
              help="ISO 2709 (.iso, .mrc) or MARCXML (.xml); default: from the -o extension, else iso2709.")
@click.option("--encoding", type=click.Choice(["utf-8", "cp1251"]), default="utf-8", show_default=True,
              help="cp1251 for older IRBIS: characters outside it are transliterated or replaced, each record named.")
@click.option("--base-url", help="The desk's web address (http://host:port): 856 links to the original and the card.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Write to this file.")
@pass_ctx
def marc(c: Ctx, words: tuple[str, ...], fmt: str | None, encoding: str, base_url: str | None,
         output: Path, **filters) -> None:
    """RUSMARC records (one per act) of everything a search finds.

    Example: actdesk marc --kind постановление --received-from 2024-03-01 -o new.iso
    """
    from search.lists import collect
    from search.rusmarc import export_records
    if fmt is None:
        fmt = "marcxml" if output.suffix.lower() == ".xml" else "iso2709"
    if base_url is not None and not base_url.startswith(("http://", "https://")):
        raise click.BadParameter(f"{base_url!r} is not an http(s) address", param_hint="--base-url")
    fund = c.fund()
    q = build_query(" ".join(words), **filters)
    records = collect(fund, q, index_dir=ready_index(fund))
    if not records:
        click.echo("RUSMARC: ничего не найдено — файл не записан.", err=True)
        return
    out = export_records(fund, records, fmt, encoding, base_url=base_url)
    for w in out.warnings:
        click.echo(f"warning: {w}", err=True)
    output.write_bytes(out.data)
    click.echo(f"RUSMARC: {out.count} зап. → {output}", err=True)
