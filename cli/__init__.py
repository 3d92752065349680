"""The ``actdesk`` command: each command parses options and calls one function.

One module per command group: ``ingest`` (ingest, ocr), ``watch`` (a delivery folder), ``search`` (search,
show, reindex, compact), ``export`` (export, stats), ``lists`` (biblist, arrivals,
sdi), ``dossier`` (dossier …), ``marc`` (marc), ``rubrics`` (rubrics …, tag, retag), ``users`` (user add), ``migrate`` (a desk's fund into PostgreSQL), ``web``
(serve); what they share is in ``context`` and ``queries``. Errors of the
fund, the index and the lists become ``Error: …`` with exit status 1 in one
place (``errors.DeskGroup``); mistakes in what the user typed are
``click.UsageError`` naming the option; per-file problems never reach here
(the batch report carries them).
"""
from __future__ import annotations

from pathlib import Path

import click

from cli.context import Ctx, default_home, use_database, use_read_db
from cli.errors import DeskGroup


@click.group(cls=DeskGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Fund directory (default: $ACTDESK_HOME, else ./fund).")
@click.option("--db", "db_url", metavar="postgresql://…", default=None,
              help="A regional fund: catalog and index in this PostgreSQL database "
                   "(default: $ACTDESK_DATABASE_URL, else SQLite and Whoosh in --home); "
                   "originals stay in --home, a folder every importer shares.")
@click.option("--read-db", metavar="URL", envvar="ACTDESK_READ_DATABASE_URL",
              help="A streaming replica (postgresql://…) searches and the catalog's reads "
                   "(show, export, stats, lists, marc, readers' web pages) go to; writes go "
                   "to the primary. Unreachable: the primary, with a message.")
@click.version_option(package_name="actdesk")
@click.pass_context
def main(ctx: click.Context, home: Path | None, db_url: str | None, read_db: str | None) -> None:
    """actdesk — the legal-information desk of a municipal library."""
    use_database(ctx, db_url)
    ctx.obj = Ctx(home or default_home())
    use_read_db(ctx, read_db)


def run() -> None:  # pragma: no cover - console entry on Windows too
    main(prog_name="actdesk")


from cli import dossier, export, ingest, lists, marc, migrate, rubrics, search, users, watch, web  # noqa: E402

for _command in (ingest.ingest, ingest.ocr, watch.watch, export.export, export.stats, search.search,
                 search.show, search.reindex, search.compact, lists.biblist, lists.arrivals, lists.sdi, marc.marc,
                 rubrics.rubrics, rubrics.tag, rubrics.retag, users.user, web.serve,
                 dossier.dossier, migrate.migrate):
    main.add_command(_command)
del _command
