"""``actdesk migrate --to postgresql://…``: a desk's fund into the region's database.

The source is the SQLite catalog in ``--home`` whatever ``--db`` says; the
target is the database of ``--to`` (default: ``--db``), with the regional
fund's folder ``--to-home`` (default: the same folder: the originals stay
where they are). The index of the region is brought up to date at the end
(its journal holds every migrated record). Run it again at will: what is
there already is left as it is (ingest/catalog/migrate.py).
"""
from __future__ import annotations

import os
from pathlib import Path

import click

from cli.context import Ctx, echo_json, err, pass_ctx


@click.command()
@click.option("--to", "to_url", metavar="postgresql://…", default=None,
              help="The regional database (default: --db / $ACTDESK_DATABASE_URL).")
@click.option("--to-home", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The regional fund's folder, shared by its importers (default: --home).")
@click.option("--json", "as_json", is_flag=True, help="The counts as JSON, for programs.")
@pass_ctx
def migrate(c: Ctx, to_url: str | None, to_home: Path | None, as_json: bool) -> None:
    """Copy this desk's fund (SQLite) into a regional PostgreSQL fund."""
    from ingest.catalog import URL_ENV
    from ingest.catalog.migrate import migrate as copy_fund
    from ingest.fund import Fund
    from search.sync import sync_index
    from search.web.auth import ensure_schema

    url = to_url or os.environ.get(URL_ENV)
    if not url or not url.startswith(("postgresql://", "postgres://")):
        raise click.UsageError("name the regional database: --to postgresql://user@host/db"
                               "[?schema=…]")
    from ingest.catalog import SQLITE_FILE
    if not (c.home / SQLITE_FILE).exists():
        raise click.ClickException(f"no desk catalog to migrate: {c.home / SQLITE_FILE} "
                                   "does not exist (--home names the desk's fund)")
    source = Fund(c.home, create=False, url="")
    before = os.environ.get(URL_ENV)
    os.environ[URL_ENV] = url     # the index follows the catalog into the database
    try:
        target = Fund(to_home or c.home, url=url)
        if source.db.has_table("web_users") and not source.read_only:
            ensure_schema(source.db)          # an older catalog: the column "disabled"
        ensure_schema(target.db)
        moved = copy_fund(source, target, progress=lambda what, n: err(f"{what}: {n}"))
        sync_index(target, echo=err)
        target.close()
    finally:
        if before is None:
            os.environ.pop(URL_ENV, None)
        else:
            os.environ[URL_ENV] = before
    if as_json:
        echo_json(moved.to_dict())
        return
    click.echo(f"Перенесено в {url.split('?')[0]}: записей {moved.records} (из них уже "
               f"были в фонде региона как акты — связаны как копии: {moved.linked}), "
               f"файлов {moved.files}, оригиналов скопировано {moved.originals}, "
               f"прочих строк {moved.rows}.")
