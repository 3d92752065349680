"""What the click commands share: the context object, index readiness, query options.

Every command module (cli.py, cli_lists.py, cli_web.py, …) imports from here,
never from cli.py, so that cli.py can register them all without import cycles.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from ingest.fund import Fund, FundError
from ingest.settings import scheme_path


class Ctx:
    """The click context object; also the catalog hooks of ``actdesk rubrics``."""

    def __init__(self, home: Path):
        self.home = home
        self._fund: Fund | None = None

    def scheme_file(self) -> Path | None:
        return scheme_path(self.home)

    def rubric_counts(self) -> dict[str, int] | None:
        if not (self.home / "catalog.sqlite").exists():
            return None
        return self.fund().rubric_counts()

    def record_text(self, rid: str) -> tuple[str | None, str] | None:
        fund = self.fund()
        found = fund.find_record_ids(rid)
        rec = fund.get_record(rid) or (fund.get_record(found[0]) if len(found) == 1 else None)
        return (rec.title, rec.text) if rec else None

    def fund(self, *, create: bool = False) -> Fund:
        if self._fund is None:
            try:
                self._fund = Fund(self.home, create=create)
                self._fund.db  # open now, so errors surface here
            except FundError as ex:
                raise click.ClickException(str(ex)) from ex
        return self._fund


pass_ctx = click.make_pass_decorator(Ctx)


def _echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _err(msg: str) -> None:
    click.echo(msg, err=True)


def _resolve_id(fund: Fund, rid: str) -> str:
    if fund.get_record(rid):
        return rid
    found = fund.find_record_ids(rid)
    if len(found) == 1:
        return found[0]
    if not found:
        raise click.ClickException(f"no record with id {rid!r}")
    raise click.ClickException(f"id {rid!r} is ambiguous: " + ", ".join(found[:10]))


def _ready_index(fund: Fund) -> Path:
    """An index that answers: healed if broken, the journal replayed if we can."""
    from search import index
    from search.sync import sync_index
    try:
        if not fund.read_only:
            # A short wait only: a batch importing now holds the writer and
            # will replay the journal itself; searching goes on meanwhile.
            sync_index(fund, echo=_err, timeout=2.0)
        else:
            index.open_index(fund.index_dir, on_message=_err)
    except index.IndexBusy:
        pass
    except index.SearchIndexError as ex:
        raise click.ClickException(str(ex)) from ex
    return fund.index_dir


def _iso_option(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from ingest.requisites import parse_date
    iso = parse_date(value)
    if iso is None:
        raise click.BadParameter(f"{value!r} is not a date (use 2024-03-12 or 12.03.2024)",
                                 param_hint=option)
    return iso


def query_options(f):
    """Filters shared by every command that runs a search (search, biblist)."""
    for opt in reversed([
        click.option("--kind", multiple=True, help="Kind of act (постановление, решение, …); repeatable."),
        click.option("--body", help="Issuing body (words of its name)."),
        click.option("--number", help="Number of the act, e.g. 145-п."),
        click.option("--from", "date_from", help="Adopted on or after this date."),
        click.option("--to", "date_to", help="Adopted on or before this date."),
        click.option("--received-from", help="Received on or after this date."),
        click.option("--received-to", help="Received on or before this date."),
        click.option("--rubric", multiple=True, help="Rubric code, subrubrics included; repeatable."),
        click.option("--level", type=click.Choice(["federal", "regional", "municipal"])),
        click.option("--publication", help="Where it was published (newspaper name)."),
        click.option("--in-force", is_flag=True,
                     help="Only acts in force: leave out those repealed (a database's note or an act of the fund)."),
    ]):
        f = opt(f)
    return f


def build_query(text: str, *, kind=(), body=None, number=None, date_from=None, date_to=None,
                received_from=None, received_to=None, rubric=(), level=None, publication=None,
                in_force=False, **extra):
    from search.query import Query
    return Query(text=text, kind=list(kind), body=body, number=number,
                 date_from=_iso_option(date_from, "--from"), date_to=_iso_option(date_to, "--to"),
                 received_from=_iso_option(received_from, "--received-from"),
                 received_to=_iso_option(received_to, "--received-to"),
                 rubric=list(rubric), level=level, publication=publication,
                 in_force=bool(in_force), **extra)
