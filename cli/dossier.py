"""``actdesk dossier create|add|remove|list|show|seen|export``: press dossiers,
thin commands over search/dossier.

The saved query is made from the same words and filters as ``actdesk
search`` (cli/queries.py); a name that does not exist, a taken name or a bad
query is a ``DossierError`` (a ``ListError``), which cli/errors.py turns into
``Error: …``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.context import Ctx, echo_json, err, pass_ctx, ready_index
from cli.queries import build_query, query_options


@click.group()
def dossier() -> None:
    """Press dossiers: a topic's acts and clippings (a saved query plus your choices)."""


@dossier.command()
@click.argument("name")
@click.option("--query", "text", default="", help="The words of the saved query (as for search).")
@query_options
@pass_ctx
def create(c: Ctx, name: str, text: str, **filters) -> None:
    """Create a dossier from a saved query; what it finds now is its first content.

    Example: actdesk dossier create "Выборы-2026" --query "выборы депутатов"
    """
    from search.dossier import create as make
    fund = c.fund()
    d, n = make(fund, name, build_query(text, **filters), index_dir=ready_index(fund))
    click.echo(f"Досье «{d.name}» создано: материалов {n}.")


def _ids_command(what: str, doc: str):
    """``add`` and ``remove``: the same arguments, one of the two choices."""
    @dossier.command(what, help=doc)
    @click.argument("name")
    @click.argument("ids", nargs=-1, required=True)
    @pass_ctx
    def command(c: Ctx, name: str, ids: tuple[str, ...]) -> None:
        from search import dossier as store
        done = getattr(store, what)(c.fund(), name, ids)
        said = "В досье «{}» добавлено" if what == "add" else "Из досье «{}» убрано"
        click.echo(f"{said.format(' '.join(name.split()))}: {', '.join(done)}")
    return command


add = _ids_command("add", "Add records by id: they stay even when the query no longer finds them.")
remove = _ids_command("remove", "Remove records by id: they stay out even when the query finds them.")


@dossier.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for programs.")
@pass_ctx
def list_(c: Ctx, as_json: bool) -> None:
    """The dossiers with how many materials each holds and how many are new."""
    from search.dossier import all_dossiers, members
    fund = c.fund()
    index_dir = ready_index(fund)
    rows = []
    for d in all_dossiers(fund):
        ms = members(fund, d, index_dir=index_dir)
        rows.append({**d.to_dict(), "total": len(ms), "new": sum(m.new for m in ms)})
    if as_json:
        echo_json(rows)
        return
    if not rows:
        err("Досье нет: actdesk dossier create NAME --query \"…\"")
        return
    for r in rows:
        line = f"{r['name']}: материалов {r['total']}"
        if r["new"]:
            line += f", новых {r['new']}"
        click.echo(line + f" (создано {r['created'][:10]})")


@dossier.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for programs.")
@click.option("--keep-new", is_flag=True, help="Do not mark the new materials as seen.")
@pass_ctx
def show(c: Ctx, name: str, as_json: bool, keep_new: bool) -> None:
    """The dossier's materials, the new ones marked; showing them marks them seen."""
    from search.dossier import get, mark_seen, members
    fund = c.fund()
    d = get(fund, name)
    ms = members(fund, d, index_dir=ready_index(fund))
    if as_json:
        echo_json({**d.to_dict(), "members": [m.to_dict() for m in ms]})
    else:
        _table(d, ms)
    if not keep_new and any(m.new for m in ms) and not fund.read_only:
        mark_seen(fund, d.name)


def _table(d, ms) -> None:
    click.echo(f"Досье «{d.name}» — запрос: {d.query_line}")
    click.echo(f"Материалов: {len(ms)}, новых: {sum(m.new for m in ms)}")
    if not ms:
        return
    click.echo("")
    width = max(len(m.record.id) for m in ms)
    for m in sorted(ms, key=lambda m: (not m.new, m.record.date or "", m.record.id)):
        r = m.record
        mark = "НОВОЕ" if m.new else ("вручную" if m.how == "added" else "")
        req = " ".join(x for x in (r.kind, f"№ {r.number}" if r.number else None, r.date) if x)
        title = (r.title or "").replace("\n", " ")
        if len(title) > 70:
            title = title[:69] + "…"
        # as the search table and the dossier's export say it (the stored status)
        lost = " — утратил силу" if (r.status or {}).get("state") == "repealed" else ""
        click.echo(f"{mark:7} {r.id:{width}}  {req}{lost} — {title}".rstrip())


@dossier.command()
@click.argument("name")
@pass_ctx
def seen(c: Ctx, name: str) -> None:
    """Mark the dossier's new materials as seen."""
    from search.dossier import mark_seen
    n = mark_seen(c.fund(), name)
    click.echo(f"Отмечено как просмотренные: {n}")


@dossier.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["docx", "html"]), default=None,
              help="docx or html (default: from the -o extension).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write.")
@click.option("--group-by", type=click.Choice(["year", "rubric"]), default="year",
              show_default=True, help="How the contents are grouped.")
@click.option("--excerpt", type=click.IntRange(min=1), default=None,
              help="Give every text cut to N characters (default: clippings whole, acts 1500).")
@click.option("--full", is_flag=True, help="Give every text whole.")
@pass_ctx
def export(c: Ctx, name: str, fmt: str | None, output: Path, group_by: str,
           excerpt: int | None, full: bool) -> None:
    """Write the dossier: title page, contents, each entry's ГОСТ description and text."""
    from search.dossier.export import compile_dossier, write
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".")
        if suffix not in ("docx", "html"):
            raise click.UsageError("give --format docx|html or an -o file ending in .docx or .html",
                                   ctx=click.get_current_context())
        fmt = suffix
    if excerpt is not None and full:
        raise click.UsageError("--excerpt and --full exclude each other",
                               ctx=click.get_current_context())
    fund = c.fund()
    comp = compile_dossier(fund, name, group_by=group_by, excerpt=excerpt, full=full,
                           index_dir=ready_index(fund))
    if comp.blist.total == 0:
        click.echo(f"Досье «{comp.name}» пусто — файл не записан.", err=True)
        sys.exit(1)
    write(comp, fmt, output)
    click.echo(f"Досье «{comp.name}»: {comp.blist.total} материалов → {output}", err=True)
