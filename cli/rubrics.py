"""``actdesk rubrics check | tree | explain | review | confirm``, ``actdesk tag``
and ``actdesk retag``: thin commands over ``ingest.rubrics`` and ``ingest.tagging``.

The ``rubrics`` group gets catalog access through the click context object
(``ctx.obj``), duck-typed, so that it runs on a scheme file alone too:

* ``rubric_counts() -> dict[str, int]``   records under each code (for ``tree``)
* ``record_text(record_id) -> (title, text)``   one record (for ``explain``)
* ``scheme_file() -> Path | None``   the scheme in use (else the repository's)
* ``fund() -> ingest.fund.Fund``   the catalog (for ``review`` and ``confirm``)

Missing hooks degrade gracefully: ``tree`` prints no counts, ``explain``
says it needs the catalog. The printing is in plain functions
(``format_tree``, ``format_explanation``, ``format_problems``) so the tests
can call them directly. A scheme with problems ends every command with
each problem and its line (``cli.errors``).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.context import Ctx, err, pass_ctx, resolve_id
from cli.errors import DeskGroup
from ingest.rubrics import Problem, Scheme, check_scheme, default_scheme_path, load_scheme
from ingest.settings import scheme_path


# --- printing ---------------------------------------------------------------

def format_problems(path: str | Path, problems: list[Problem]) -> str:
    if not problems:
        return f"{path}: OK"
    lines = [f"{path}:{p.line}: {p.message}" for p in problems]
    lines.append(f"{len(problems)} problem(s)")
    return "\n".join(lines)


def format_tree(scheme: Scheme, counts: dict[str, int] | None = None) -> str:
    """The scheme as an indented tree, with record counts when given.

    A parent's count is what the catalog says for the parent code itself
    (every record under a subrubric carries its parent too).
    """
    lines: list[str] = []

    def walk(node, depth: int):
        n = "" if counts is None else f"  [{counts.get(node.code, 0)}]"
        lines.append(f"{'  ' * depth}{node.code:<{28 - 2 * depth}} {node.label} / {node.label_en}{n}")
        for ch in node.children:
            walk(ch, depth + 1)

    for top in scheme.tree():
        walk(top, 0)
    if counts is not None:
        unknown = sorted(c for c in counts if c not in scheme.by_code)
        if unknown:
            lines.append("codes in the catalog but not in the scheme: "
                         + ", ".join(f"{c} [{counts[c]}]" for c in unknown))
    return "\n".join(lines)


def format_explanation(record_title: str | None, record_text: str, scheme: Scheme) -> str:
    """Which rubrics the record gets and, for each, which rules fired on which words.

    Rubrics with some evidence but below their threshold are listed too, so a
    librarian sees what almost matched.
    """
    assigned = {a.code: a for a in scheme.assign(record_title, record_text)}
    evidence = {a.code: a for a in scheme.explain(record_title, record_text)}
    lines = [f"Заголовок: {record_title}" if record_title
             else "Заголовок: (нет — вместо него первые строки текста)"]
    lines.append("Рубрики: " + (", ".join(assigned) if assigned else "нет"))
    for r in scheme.rubrics:
        code = r.code
        if code not in assigned and code not in evidence:
            continue
        a = assigned.get(code)
        own = evidence.get(code)
        if a is not None and a.uncertain:
            mark = "?"
            how = (f"балл {a.score:g} < порог {r.threshold:g}, но лучший из всех — "
                   f"присвоена как догадка (rubric_uncertain), ждёт решения: actdesk rubrics review")
        elif a is not None:
            mark = "+"
            how = f"балл {a.score:g} ≥ порог {r.threshold:g}"
            if a.implied:
                how += ", по подрубрике"
        else:
            mark = " "
            how = f"балл {own.score:g} < порог {r.threshold:g} — не присвоена"
        lines.append(f"{mark} {code} «{r.label_ru}»: {how}")
        for reason in (own.reasons if own else ()):
            lines.append(f"      {reason}")
    return "\n".join(lines)


def format_review(rows: list[dict]) -> str:
    if not rows:
        return "Нет актов, ждущих решения о рубрике."
    lines = [f"{'ID':12} {'дата':10} {'рубрика (догадка)':22} {'ещё':24} заглавие"]
    for r in rows:
        guess = ", ".join(g["code"] for g in r["guess"]) or "—"
        other = ", ".join(f"{c['code']} {c['score']:g}" for c in r["candidates"]
                          if c["code"] not in {g["code"] for g in r["guess"]})
        title = (r["title"] or r["file_name"] or "").replace("\n", " ")
        if len(title) > 70:
            title = title[:69] + "…"
        lines.append(f"{r['id'][:12]:12} {r['date'] or '':10} {guess:22} {other[:24]:24} {title}")
    lines.append(f"{len(rows)} акт(ов) ждут решения: actdesk rubrics confirm ID [КОД]")
    return "\n".join(lines)


# --- commands -----------------------------------------------------------------

def _hook(ctx: click.Context, name: str):
    return getattr(ctx.obj, name, None) if ctx.obj is not None else None


def _scheme_path(ctx: click.Context, given: Path | None) -> Path:
    if given is not None:
        return given
    hook = _hook(ctx, "scheme_file")
    path = hook() if callable(hook) else None
    return Path(path) if path else default_scheme_path()


scheme_option = click.option("--scheme", "scheme_file", type=click.Path(dir_okay=False, path_type=Path),
                             default=None, help="Rubric scheme file (default: the one in use).")


@click.group(cls=DeskGroup)
def rubrics() -> None:
    """The rubric scheme (rubrics.yaml): check it, show it, explain a record's rubrics."""


@rubrics.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def check(ctx: click.Context, file: Path | None) -> None:
    """Validate the scheme; print every problem with its line; exit 1 if any."""
    path = _scheme_path(ctx, file)
    problems = check_scheme(path)
    click.echo(format_problems(path, problems))
    if problems:
        ctx.exit(1)


@rubrics.command()
@scheme_option
@click.pass_context
def tree(ctx: click.Context, scheme_file: Path | None) -> None:
    """Print the scheme with the number of records under each rubric."""
    scheme = load_scheme(_scheme_path(ctx, scheme_file))
    hook = _hook(ctx, "rubric_counts")
    click.echo(format_tree(scheme, hook() if callable(hook) else None))


@rubrics.command()
@click.argument("record_id")
@scheme_option
@click.pass_context
def explain(ctx: click.Context, record_id: str, scheme_file: Path | None) -> None:
    """Show which rules fired on which words of record RECORD_ID."""
    scheme = load_scheme(_scheme_path(ctx, scheme_file))
    hook = _hook(ctx, "record_text")
    if not callable(hook):
        raise click.UsageError("explain needs the catalog: run it as 'actdesk rubrics explain ID'")
    got = hook(record_id)
    if got is None:
        raise click.ClickException(f"no record {record_id!r} in the fund (see 'actdesk export')")
    title, text = got
    click.echo(format_explanation(title, text, scheme))


def _fund(ctx: click.Context):
    hook = _hook(ctx, "fund")
    if not callable(hook):
        raise click.UsageError("this command needs the catalog: run it as 'actdesk rubrics …'")
    return hook()


@rubrics.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="A table for people, JSON for programs.")
@scheme_option
@click.pass_context
def review(ctx: click.Context, fmt: str, scheme_file: Path | None) -> None:
    """List the acts filed only by the scheme's best guess (or not filed at all),
    with the rubrics that have the most evidence, for a librarian to confirm."""
    from cli.console import json_text
    from ingest.tagging import review_queue, review_rows
    scheme = load_scheme(_scheme_path(ctx, scheme_file))
    rows = review_rows(review_queue(_fund(ctx)), scheme)
    if fmt == "json":
        click.echo(json_text(rows, indent=2))
    else:
        click.echo(format_review(rows))


@rubrics.command()
@click.argument("record_id")
@click.argument("code", required=False)
@scheme_option
@click.pass_context
def confirm(ctx: click.Context, record_id: str, code: str | None, scheme_file: Path | None) -> None:
    """File RECORD_ID under CODE (default: the scheme's guess, both rubrics when it
    guessed two): the rubric becomes the librarian's (manual) and the record
    leaves the review list."""
    from ingest.tagging import TagError, confirm as do_confirm
    scheme = load_scheme(_scheme_path(ctx, scheme_file))
    fund = _fund(ctx)
    found = [record_id] if fund.get_record(record_id) else fund.find_record_ids(record_id)
    if len(found) != 1:
        raise click.ClickException(f"no single record {record_id!r} in the fund (see 'actdesk rubrics review')")
    rec = fund.get_record(found[0])
    codes = [code] if code is not None else [r.code for r in rec.rubrics
                                             if r.source == "auto" and "." not in r.code]
    if not codes:
        raise click.UsageError("no guess to confirm: name the rubric (actdesk rubrics tree)")
    try:
        new = do_confirm(fund, rec.id, codes, scheme)
    except TagError as ex:
        raise click.UsageError(str(ex)) from ex
    from search.sync import sync_index
    sync_index(fund, echo=err)
    click.echo(f"{new.id}: " + ", ".join(f"{r.code} ({r.source})" for r in new.rubrics))


# --- the librarian's decisions and re-tagging, on the fund -------------------------

def _scheme(c: Ctx) -> Scheme:
    path = scheme_path(c.home)
    if path is None:
        raise click.ClickException("no rubric scheme found (rubrics.yaml)")
    return load_scheme(path)


class _ChangesCommand(click.Command):
    """``tag``'s arguments: a removal is typed ``-code`` (``-budget``,
    ``-housing.funeral``), which click's parser reads as short options: ``-h…``
    was the help option (the usage printed, exit 0, nothing recorded). Every
    argument after the record's id that is not exactly ``-h``/``--help`` is
    passed on as a change (an ``--`` put before the first of them)."""

    def parse_args(self, ctx, args):
        args = list(args)
        for i, a in enumerate(args):
            if i >= 1 and a.startswith("-") and a not in ("-h", "--help", "--"):
                args.insert(i, "--")
                break
            if a == "--":
                break
        return super().parse_args(ctx, args)


@click.command(cls=_ChangesCommand, context_settings={"ignore_unknown_options": True})
@click.argument("record_id")
@click.argument("changes", nargs=-1, required=True, type=click.UNPROCESSED)
@pass_ctx
def tag(c: Ctx, record_id: str, changes: tuple[str, ...]) -> None:
    """Record the librarian's rubric decision: actdesk tag ID +social.disabled -budget

    Automatic re-tagging never overrides it; export marks it "source": "manual".
    """
    from ingest.tagging import TagError, parse_changes, tag as do_tag
    from search.sync import sync_index
    fund = c.fund()
    scheme = _scheme(c)
    try:
        add, remove = parse_changes(changes, scheme)
        rec = do_tag(fund, resolve_id(fund, record_id), add, remove, scheme)
    except TagError as ex:
        raise click.UsageError(str(ex)) from ex
    sync_index(fund, echo=err)
    click.echo(f"{rec.id}: " + (", ".join(f"{r.code}{' (вручную)' if r.source == 'manual' else ''}"
                                         for r in rec.rubrics) or "без рубрик"))


@click.command()
@pass_ctx
def retag(c: Ctx) -> None:
    """Apply the (edited) rubric scheme to the whole fund; manual decisions stay."""
    import time
    from ingest.tagging import retag as do_retag
    from search.sync import sync_index
    fund = c.fund()
    scheme = _scheme(c)
    total = fund.count_records()
    t0 = time.perf_counter()
    with click.progressbar(length=total, label="Рубрикация", file=sys.stderr) as bar:
        changed, n = do_retag(fund, scheme, progress=bar.update)
    dt = time.perf_counter() - t0
    sync_index(fund, echo=err)
    click.echo(f"Записей: {n}, рубрики изменились у {changed} ({n / dt if dt else 0:.0f} записей/с)")
