"""``actdesk rubrics check | tree | explain``: thin commands over ``ingest.rubrics``.

The main CLI registers the group and hands it catalog access through the
click context object (``ctx.obj``), duck-typed, so this module needs nothing
of the fund:

* ``rubric_counts() -> dict[str, int]``   records under each code (for ``tree``)
* ``record_text(record_id) -> (title, text)``   one record (for ``explain``)
* ``scheme_file() -> Path | None``   the scheme in use (else the repository's)

Missing hooks degrade gracefully: ``tree`` prints no counts, ``explain``
says it needs the catalog. The printing is in plain functions
(``format_tree``, ``format_explanation``, ``format_problems``) so the main CLI
and the tests can call them directly.
"""
from __future__ import annotations

from pathlib import Path

import click

from ingest.rubrics import (Problem, Scheme, SchemeError, check_scheme, default_scheme_path,
                            load_scheme)


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
        if a is not None:
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


# --- commands -----------------------------------------------------------------

def _hook(ctx: click.Context, name: str):
    return getattr(ctx.obj, name, None) if ctx.obj is not None else None


def _scheme_path(ctx: click.Context, given: Path | None) -> Path:
    if given is not None:
        return given
    hook = _hook(ctx, "scheme_file")
    path = hook() if callable(hook) else None
    return Path(path) if path else default_scheme_path()


def _load(path: Path) -> Scheme:
    try:
        return load_scheme(path)
    except SchemeError as ex:
        raise click.ClickException(
            f"{format_problems(path, ex.problems)}\nFix the scheme (actdesk rubrics check).") from ex


scheme_option = click.option("--scheme", "scheme_file", type=click.Path(dir_okay=False, path_type=Path),
                             default=None, help="Rubric scheme file (default: the one in use).")


@click.group()
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
    scheme = _load(_scheme_path(ctx, scheme_file))
    hook = _hook(ctx, "rubric_counts")
    click.echo(format_tree(scheme, hook() if callable(hook) else None))


@rubrics.command()
@click.argument("record_id")
@scheme_option
@click.pass_context
def explain(ctx: click.Context, record_id: str, scheme_file: Path | None) -> None:
    """Show which rules fired on which words of record RECORD_ID."""
    scheme = _load(_scheme_path(ctx, scheme_file))
    hook = _hook(ctx, "record_text")
    if not callable(hook):
        raise click.UsageError("explain needs the catalog: run it as 'actdesk rubrics explain ID'")
    got = hook(record_id)
    if got is None:
        raise click.ClickException(f"no record {record_id!r} in the fund (see 'actdesk export')")
    title, text = got
    click.echo(format_explanation(title, text, scheme))
