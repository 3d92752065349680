"""The search filters shared by every command that runs a search (search,
biblist): the options, and the ``Query`` they make, dates checked."""
from __future__ import annotations

import click


def iso_option(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from ingest.requisites import parse_date
    iso = parse_date(value)
    if iso is None:
        raise click.BadParameter(f"{value!r} is not a date (use 2024-03-12 or 12.03.2024)",
                                 param_hint=option)
    return iso


def rubric_codes(values, option: str = "--rubric") -> list[str]:
    """The rubric codes a filter names: a code in any case (``budget``,
    ``BUDGET``) or a rubric's label (``Бюджет и финансы``). A word that is
    neither is a usage error naming the option and the nearest codes — a
    typo used to filter silently to nothing."""
    values = [v for v in values if v and v.strip()]
    if not values:
        return []
    from ingest.rubrics import load_scheme
    from ingest.settings import scheme_path
    from cli.context import Ctx
    from search.query.rubric_names import resolve
    ctx = click.get_current_context(silent=True)
    c = ctx.find_object(Ctx) if ctx is not None else None
    path = scheme_path(c.home) if c is not None else None
    if path is None:
        return list(values)   # no scheme to check against: as given
    codes, unknown = resolve(load_scheme(path), values)
    for u in unknown[:1]:
        hint = (f"did you mean: {', '.join(u.near)}" if u.near
                else "top-level codes: " + ", ".join(u.top))
        raise click.BadParameter(f"no rubric {u.value!r} in the scheme ({hint}; every code and label: "
                                 "actdesk rubrics tree)", param_hint=option)
    return codes


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
        click.option("--region", help="The act's region (Брянская область; '-': not named)."),
        click.option("--municipality",
                     help="The act's municipality (город Брянск); a district takes its settlements too."),
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
                 date_from=iso_option(date_from, "--from"), date_to=iso_option(date_to, "--to"),
                 received_from=iso_option(received_from, "--received-from"),
                 received_to=iso_option(received_to, "--received-to"),
                 rubric=rubric_codes(rubric), level=level, publication=publication,
                 in_force=bool(in_force), **extra)
