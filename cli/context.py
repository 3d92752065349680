"""What the commands share: the context object (the fund home and its
fund), record ids, a ready index, and stdout/stderr helpers.

Every command module imports from here, never from ``cli/__init__.py``, so
that the package can register them all without import cycles.
"""
from __future__ import annotations

import os
from pathlib import Path

import click

from ingest.fund import Fund
from ingest.settings import scheme_path


def _url_for_command(ctx: click.Context, env: str, url: str | None, option: str,
                     shape: str) -> None:
    """``url`` in the variable ``env`` for this command, as if it were set
    (the parts read it at each call, worker processes inherit it); restored
    when the command ends (tests run many commands in one process)."""
    if not url:
        return
    if not url.startswith(("postgresql://", "postgres://")):
        raise click.BadParameter(f"a PostgreSQL URL: {shape}", param_hint=option)
    before = os.environ.get(env)
    os.environ[env] = url

    def restore() -> None:
        if before is None:
            os.environ.pop(env, None)
        else:
            os.environ[env] = before
    ctx.call_on_close(restore)


def use_database(ctx: click.Context, url: str | None) -> None:
    """``--db``: the URL every part reads (ingest.catalog.database_url, the
    index, worker processes): catalog and index in PostgreSQL."""
    from ingest.catalog import URL_ENV
    _url_for_command(ctx, URL_ENV, url, "--db", "postgresql://user@host/database[?schema=…]")


def default_home() -> Path:
    """``$ACTDESK_HOME``, else ``./fund``: read here, where ``--home`` is."""
    env = os.environ.get("ACTDESK_HOME")
    return Path(env) if env else Path("fund")


def use_read_db(ctx: click.Context, url: str | None) -> None:
    """``--read-db``: searches and catalog reads go to this replica (ingest.replica)."""
    from ingest.replica import READ_URL_ENV
    _url_for_command(ctx, READ_URL_ENV, url, "--read-db", "postgresql://…")


class Ctx:
    """The click context object; also the catalog hooks of ``actdesk rubrics``."""

    def __init__(self, home: Path):
        self.home = home
        self._fund: Fund | None = None
        self._reader: Fund | None = None
        self._said: set[str] = set()

    def say(self, msg: str) -> None:
        """A message on stderr once per command (the catalog and the index
        both fall back from one replica: one line)."""
        if msg not in self._said:
            self._said.add(msg)
            err(msg)

    def scheme_file(self) -> Path | None:
        return scheme_path(self.home)

    def rubric_counts(self) -> dict[str, int] | None:
        if not Fund.has_catalog(self.home):
            return None
        return self.reader().rubric_counts()

    def record_text(self, rid: str) -> tuple[str | None, str] | None:
        fund = self.reader()
        found = fund.find_record_ids(rid)
        rec = fund.get_record(rid) or (fund.get_record(found[0]) if len(found) == 1 else None)
        return (rec.title, rec.text) if rec else None

    def fund(self, *, create: bool = False) -> Fund:
        """The fund as it is written: the primary's catalog."""
        if self._fund is None:
            self._fund = Fund(self.home, create=create)
            self._fund.db  # open now, so errors surface here
        return self._fund

    def reader(self) -> Fund:
        """The fund for a command that only reads the catalog (show, export,
        lists, stats, marc): opened read-only on the read replica when one
        is given (``--read-db``; ingest.replica decides, and falls back to
        the primary saying why), else the command's own fund."""
        if not replica_wanted():
            return self.fund()
        if self._reader is None:
            self._reader = Fund(self.home, create=False, reading=True, on_message=self.say)
            self._reader.db  # open now: the fallback is said before the output
        return self._reader


pass_ctx = click.make_pass_decorator(Ctx)


def echo_json(obj) -> None:
    from cli.console import json_text
    click.echo(json_text(obj, indent=2))


def err(msg: str) -> None:
    """A line on stderr (the fund's and the index's progress, a fallback), in the CLI's language."""
    from cli.helptext import language
    from cli.messages import say
    click.echo(say(msg, language()), err=True)


def resolve_id(fund: Fund, rid: str) -> str:
    if fund.get_record(rid):
        return rid
    found = fund.find_record_ids(rid)
    if len(found) == 1:
        return found[0]
    if not found:
        raise click.ClickException(f"no record with id {rid!r}")
    raise click.ClickException(f"id {rid!r} is ambiguous: " + ", ".join(found[:10]))


def ready_index(fund: Fund, say=None) -> Path:
    """An index that answers: healed if broken, the journal replayed if we can
    (``fund``: the primary's, which the replay writes)."""
    from search import index
    from search.sync import sync_index
    try:
        if not fund.read_only:
            # A short wait only: a batch importing now holds the writer and
            # will replay the journal itself; searching goes on meanwhile.
            sync_index(fund, echo=err, timeout=2.0)
        else:
            index.open_index(fund.index_dir, on_message=err)
    except index.IndexBusy:
        pass
    if replica_wanted():
        # opened here, so that a fallback from the replica is said on stderr
        index.engine(fund.index_dir, on_message=say or err)
    return fund.index_dir


def replica_wanted() -> bool:
    """Whether reads go to a read replica (``--read-db``); a replica with no
    primary to write to and fall back on is a mistake in what was typed."""
    from ingest.catalog import URL_ENV, database_url
    from ingest.replica import READ_URL_ENV
    if not os.environ.get(READ_URL_ENV):
        return False
    if not database_url():
        raise click.UsageError(f"--read-db ({READ_URL_ENV}) is a replica of "
                               f"the primary: give it too ({URL_ENV})")
    return True
