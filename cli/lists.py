"""``actdesk biblist | arrivals | sdi``: thin commands over search/lists.py.

Options parse here; the work is done by ``search.lists`` and
``search.render``. An empty result says so on stderr and writes no file;
bad dates, formats and flags are usage errors naming the option.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.context import Ctx, pass_ctx, ready_index
from cli.queries import build_query, query_options
from search.render import FORMATS

DATE = click.DateTime(formats=["%Y-%m-%d", "%d.%m.%Y"])


def _fmt(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    if output is not None and output.suffix.lower().lstrip(".") in FORMATS:
        return output.suffix.lower().lstrip(".")
    return "txt"


def _emit(bl, fmt: str, output: Path | None, what: str, period: bool = False) -> None:
    """``period``: an empty result names the period it covered (a bulletin
    since the previous one is empty when nothing arrived since)."""
    from search import render
    if bl.total == 0:
        span = f" ({bl.period[:1].lower()}{bl.period[1:]})" if period and bl.period else ""
        # no file was asked for: nothing to say about one
        click.echo(f"{what}: ничего не найдено{span}" + (" — файл не записан." if output else "."),
                   err=True)
        return
    if output is None:
        if fmt == "docx":
            raise click.UsageError("DOCX is a binary format: give a file with -o/--output",
                                   ctx=click.get_current_context())
        sys.stdout.buffer.write(render.render(bl, fmt))
        sys.stdout.flush()
        return
    render.write(bl, fmt, output)
    click.echo(f"{what}: {bl.total} док. → {output}", err=True)


def list_options(f):
    for opt in reversed([
        click.option("--group-by", type=click.Choice(["rubric", "kind", "year", "none"]),
                     default="rubric", show_default=True, help="Group headings."),
        click.option("--order", type=click.Choice(["legal-force", "date", "title"]),
                     default="legal-force", show_default=True,
                     help="legal-force: laws, decrees, resolutions, decisions, orders, others; then by date."),
        click.option("--title", help="Title of the list."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="Output format (default: from the -o extension, else txt)."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write to this file (required for docx)."),
    ]):
        f = opt(f)
    return f


@click.command()
@click.argument("words", nargs=-1)
@query_options
@list_options
@pass_ctx
def biblist(c: Ctx, words: tuple[str, ...], group_by: str, order: str, title: str | None,
            fmt: str | None, output: Path | None, **filters) -> None:
    """A bibliographic list (ГОСТ Р 7.0.100–2018) of everything a search finds.

    Example: actdesk biblist погребение --kind постановление --group-by year -o list.docx
    """
    from search.lists import biblist as make
    q = build_query(" ".join(words), **filters)
    bl = make(c.reader(), q, title=title, group_by=group_by, order=order,
              index_dir=ready_index(c.fund(), c.say))
    _emit(bl, _fmt(fmt, output), output, "Список")


@click.command()
@click.option("--since", type=DATE, help="First day of reception (default: since the previous bulletin; the first time, the last 7 days).")
@click.option("--until", type=DATE, help="Last day of reception (default: now).")
@list_options
@pass_ctx
def arrivals(c: Ctx, since, until, group_by: str, order: str, title: str | None,
             fmt: str | None, output: Path | None) -> None:
    """The bulletin of new arrivals, grouped by rubric.

    Without dates it covers everything received since the previous bulletin,
    whose end the fund remembers once a bulletin is written to a file (-o).
    """
    from search.lists import ListError, arrivals as make, remember_arrivals
    fund = c.fund()
    if since and until and since.date() > until.date():
        raise click.BadParameter("is after --until", param_hint="--since")
    try:
        bl, window = make(c.reader(), since.date() if since else None,
                          until.date() if until else None, group_by=group_by, order=order,
                          title=title, index_dir=ready_index(fund, c.say))
    except ListError as ex:
        raise click.UsageError(str(ex)) from ex
    _emit(bl, _fmt(fmt, output), output, "Бюллетень", period=True)
    if bl.total and output is not None and not fund.read_only:
        remember_arrivals(fund, window, bl)


def _smtp(value: str | None):
    if value is None:
        return None
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter(f"{value!r} is not HOST:PORT", param_hint="--smtp")
    return host, int(port)


@click.command()
@click.option("--smtp", help="Send the digests through this SMTP server (HOST:PORT) instead of writing .eml files.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the digests (default: FUND/sdi).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True,
              help="Format of each subscriber's digest file.")
@click.option("--from", "sender", help="Sender address (default: 'from' of subscribers.yaml).")
@click.option("--subscribers", "subs_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The subscribers file (default: FUND/subscribers.yaml).")
@pass_ctx
def sdi(c: Ctx, smtp: str | None, out_dir: Path | None, fmt: str, sender: str | None,
        subs_path: Path | None) -> None:
    """Selective dissemination: each subscriber's new arrivals matching their profile.

    Writes one digest file and one .eml per subscriber (or sends with --smtp).
    Nobody gets a record twice; a failed send is retried on the next run.
    Exit status 1 when a send failed.
    """
    from search.lists import load_subscribers, run_sdi
    fund = c.fund()
    fund.require_writable()
    server = _smtp(smtp)
    subs, yaml_sender = load_subscribers(subs_path or fund.home / "subscribers.yaml")
    if server is None and out_dir is None:
        out_dir = fund.home / "sdi"
    results = run_sdi(fund, subs, out_dir=out_dir, smtp=server, fmt=fmt,
                      sender=sender or yaml_sender or "library@localhost",
                      index_dir=ready_index(fund))
    failed = 0
    labels = {"sent": "отправлено", "written": "записано", "nothing": "нового нет",
              "failed": "ОШИБКА"}
    for r in results:
        line = f"{r.subscriber.name} <{r.subscriber.email}>: {labels[r.status]}"
        if r.records:
            line += f", документов: {r.records}"
        if r.files:
            line += " → " + ", ".join(str(p) for p in r.files)
        if r.error:
            line += f" ({r.error}; будет повторено при следующем запуске)"
            failed += 1
        click.echo(line)
    if not results:
        click.echo("В subscribers.yaml нет подписчиков.", err=True)
    if failed:
        sys.exit(1)
