"""``actdesk export`` and ``actdesk stats``: the catalog read out, every
record as the contract of ../shared/spec/record.md, or counted."""
from __future__ import annotations

import json
from pathlib import Path

import click

from cli.context import Ctx, echo_json, pass_ctx


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@pass_ctx
def export(c: Ctx, fmt: str, output: Path | None) -> None:
    """Write every record, one JSON object per line (../shared/spec/record.md)."""
    from cli.console import json_text
    from search.links_view import record_dict
    fund = c.reader()
    try:
        out = open(output, "w", encoding="utf-8", newline="\n") if output else None
    except OSError as ex:
        from search.render import output_error
        raise output_error(output, ex) from ex
    try:
        for rec in fund.iter_records():
            if out:
                out.write(json.dumps(record_dict(fund, rec), ensure_ascii=False) + "\n")
            else:   # ASCII escapes when standard output is a legacy code page
                click.echo(json_text(record_dict(fund, rec)))
    finally:
        if out:
            out.close()


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def stats(c: Ctx, fmt: str) -> None:
    """Counts of the fund by kind, level, year, issuing body and status in force."""
    from ingest.report import table
    s = c.reader().stats()
    if fmt == "json":
        echo_json(s)
        return
    click.echo(f"Записей: {s['records']} (актов: {s['acts']}, связанных копий: {s['linked']})")
    from search.card import level_text
    click.echo("Файлы: " + ", ".join(f"{_FILE_WORDS.get(k, k)}: {v}" for k, v in sorted(s["files"].items())))
    for key, title in (("by_kind", "Вид"), ("by_level", "Уровень"), ("by_year", "Год"),
                       ("by_body", "Орган")):
        click.echo("")
        shown = level_text if key == "by_level" else str
        click.echo(table([[shown(k)[:70], str(v)] for k, v in s[key].items()], [title, "записей"]))
    click.echo("")
    st = s["by_status"]
    click.echo(table([[words, str(st[k])] for k, words in _STATUS_WORDS if st.get(k)],
                     ["Действие", "записей"]))


# the files' states (``files.status``) in the import report's words, the code beside them
_FILE_WORDS = {"read": "прочитаны (read)", "archive": "архивы (archive)", "pending": "ждут чтения (pending)",
               "failed": "ошибки (failed)"}

# the status counts in the order a librarian asks about them (ingest.status states)
_STATUS_WORDS = (("repealed", "утратили силу"), ("in_force", "действуют (по отметке правовой базы)"),
                 ("unknown", "статус не известен"), ("—", "нет сведений об утрате силы"))
