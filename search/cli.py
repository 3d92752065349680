"""The ``actdesk`` command: each command parses options and calls one function.

Errors of the fund or of the user become ``click.ClickException`` /
``click.UsageError`` with the fix in the message; per-file problems never
reach here (the batch report carries them).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ingest.fund import FundError
from ingest.settings import default_home, scheme_path
from search.cli_common import (Ctx, _echo_json, _err, _ready_index, _resolve_id,
                               build_query, pass_ctx, query_options)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Fund directory (default: $ACTDESK_HOME, else ./fund).")
@click.version_option(package_name="actdesk")
@click.pass_context
def main(ctx: click.Context, home: Path | None) -> None:
    """actdesk — the legal-information desk of a municipal library."""
    ctx.obj = Ctx(home or default_home())


# -- ingest ------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Files parsed in parallel (default: all cores).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the per-file report as JSON to this file.")
@click.option("--retry", is_flag=True, help="Read again the failed and pending files of the fund.")
@click.option("--verbose", "-v", is_flag=True, help="List every file in the report, not only problems.")
@click.option("--no-ocr", is_flag=True,
              help="Import fast: pages that need OCR stay pending for `actdesk ocr --pending`.")
@pass_ctx
def ingest(c: Ctx, paths: tuple[Path, ...], jobs: int | None, report_path: Path | None,
           retry: bool, verbose: bool, no_ocr: bool) -> None:
    """Import delivered files, folders and zip archives into the fund.

    Exit status is 0 when no file failed, 1 otherwise.
    """
    from ingest.pipeline import Batch, iter_input_files
    from ingest.report import format_report
    from search.sync import sync_index

    if not paths and not retry:
        raise click.UsageError("give files or folders to import, or --retry")
    fund = c.fund(create=True)
    try:
        fund.require_writable()
    except FundError as ex:
        raise click.ClickException(str(ex)) from ex
    total = None if retry else sum(1 for _ in iter_input_files(paths))
    show_bar = sys.stderr.isatty() and (total or 0) > 3
    bar = click.progressbar(length=total or 0, label="Импорт", file=sys.stderr) if show_bar else None
    top = {str(p) for p, _ in iter_input_files(paths)} if bar else set()

    def progress(name: str) -> None:
        if bar is not None and name in top:
            bar.update(1)

    batch = Batch(fund, jobs=jobs, scheme_path=scheme_path(fund.home),
                  on_commit=lambda: sync_index(fund, echo=_err), progress=progress)
    from ingest.ocrjobs import ocr_mode
    try:
        with ocr_mode(not no_ocr):
            results = batch.retry() if retry else batch.run(paths)
    except FundError as ex:
        raise click.ClickException(str(ex)) from ex
    finally:
        if bar is not None:
            bar.render_finish()
    click.echo(format_report(results, verbose=verbose))
    if report_path:
        report_path.write_text(json.dumps([r.to_dict() for r in results], ensure_ascii=False,
                                          indent=2), encoding="utf-8")
    if any(r.status == "failed" for r in results):
        sys.exit(1)


@main.command()
@click.option("--pending", is_flag=True, required=True,
              help="OCR the files an import left pending (--no-ocr, no Tesseract).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Files read in parallel (default: all cores).")
@click.option("--verbose", "-v", is_flag=True, help="List every file in the report, not only problems.")
@pass_ctx
def ocr(c: Ctx, pending: bool, jobs: int | None, verbose: bool) -> None:
    """OCR the scans, images and garbled PDFs waiting in the fund."""
    from ingest.ocrjobs import OcrNotAvailable, ocr_pending
    from ingest.report import format_report
    from search.sync import sync_index

    fund = c.fund()
    try:
        fund.require_writable()
        results = ocr_pending(fund, jobs=jobs, scheme_path=scheme_path(fund.home),
                              on_commit=lambda: sync_index(fund, echo=_err))
    except (FundError, OcrNotAvailable) as ex:
        raise click.ClickException(str(ex)) from ex
    click.echo(format_report(results, verbose=verbose))
    if any(r.status == "failed" for r in results):
        sys.exit(1)


# -- export and stats ----------------------------------------------------------
@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@pass_ctx
def export(c: Ctx, fmt: str, output: Path | None) -> None:
    """Write every record, one JSON object per line (../shared/spec/record.md)."""
    from search.links_view import record_dict
    fund = c.fund()
    out = open(output, "w", encoding="utf-8", newline="\n") if output else None
    try:
        for rec in fund.iter_records():
            line = json.dumps(record_dict(fund, rec), ensure_ascii=False)
            if out:
                out.write(line + "\n")
            else:
                click.echo(line)
    finally:
        if out:
            out.close()


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def stats(c: Ctx, fmt: str) -> None:
    """Counts of the fund by kind, level, year and issuing body."""
    from ingest.report import table
    s = c.fund().stats()
    if fmt == "json":
        _echo_json(s)
        return
    click.echo(f"Записей: {s['records']} (актов: {s['acts']}, связанных копий: {s['linked']})")
    click.echo("Файлы: " + ", ".join(f"{k}: {v}" for k, v in sorted(s["files"].items())))
    for key, title in (("by_kind", "Вид"), ("by_level", "Уровень"), ("by_year", "Год"),
                       ("by_body", "Орган")):
        click.echo("")
        click.echo(table([[k[:70], str(v)] for k, v in s[key].items()], [title, "записей"]))


@main.command()
@click.argument("record_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_ctx
def show(c: Ctx, record_id: str, fmt: str) -> None:
    """Print the card of one record: requisites, rubrics, source, warnings, text."""
    from search.card import format_card
    fund = c.fund()
    rec = fund.get_record(_resolve_id(fund, record_id))
    from search.links_view import incoming, links_of, record_dict, status_of
    if fmt == "json":
        out = record_dict(fund, rec)
        # the fund's view: which of its acts amend or repeal this one
        out["cited_by"] = [{"relation": link.relation, "id": link.record_id, "act": link.text}
                           for link in incoming(fund, rec)]
        _echo_json(out)
    else:
        click.echo(format_card(rec, fund.get_file(rec.source.sha256), links=links_of(fund, rec),
                               status=status_of(fund, rec)))


# -- rubrics: manual decisions and re-tagging -----------------------------------
def _scheme(c: Ctx):
    from search.cli_rubrics import _load  # every problem with its line, as `rubrics check`
    path = scheme_path(c.home)
    if path is None:
        raise click.ClickException("no rubric scheme found (rubrics.yaml)")
    return _load(path)


@main.command(context_settings={"ignore_unknown_options": True})
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
        rec = do_tag(fund, _resolve_id(fund, record_id), add, remove, scheme)
    except TagError as ex:
        raise click.UsageError(str(ex)) from ex
    sync_index(fund, echo=_err)
    click.echo(f"{rec.id}: " + (", ".join(f"{r.code}{' (вручную)' if r.source == 'manual' else ''}"
                                         for r in rec.rubrics) or "без рубрик"))


@main.command()
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
    sync_index(fund, echo=_err)
    click.echo(f"Записей: {n}, рубрики изменились у {changed} ({n / dt if dt else 0:.0f} записей/с)")


# -- search ----------------------------------------------------------------------
@main.command()
@click.argument("words", nargs=-1)
@query_options
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True)
@click.option("--page", type=click.IntRange(1, None), default=1, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def search(c: Ctx, words: tuple[str, ...], sort: str, limit: int, page: int, fmt: str, **filters) -> None:
    """Search the fund: free text with requisites (постановление 145 от 12.03.2024), filters, facets."""
    from search.present import format_results_json, format_results_table
    from search.query import search as run_search
    fund = c.fund()
    q = build_query(" ".join(words), sort=sort, per_page=limit, page=page, **filters)
    res = run_search(_ready_index(fund), q)
    click.echo(format_results_json(res) if fmt == "json" else format_results_table(res))


@main.command()
@pass_ctx
def reindex(c: Ctx) -> None:
    """Rebuild the search index from the catalog (the catalog is the source of truth)."""
    import time
    from search.sync import rebuild_index
    fund = c.fund()
    fund.require_writable()
    total = fund.count_records()
    t0 = time.perf_counter()
    with click.progressbar(length=total, label="Индексация", file=sys.stderr) as bar:
        done = [0]

        def progress(n: int) -> None:  # the index reports a running total
            bar.update(n - done[0])
            done[0] = n

        n = rebuild_index(fund, progress=progress)
    dt = time.perf_counter() - t0
    click.echo(f"Проиндексировано записей: {n} за {dt:.1f} с")


def run() -> None:  # pragma: no cover - console entry on Windows too
    main(prog_name="actdesk")


from search.cli_rubrics import rubrics as _rubrics_group  # noqa: E402

main.add_command(_rubrics_group)
from search.cli_lists import arrivals as _arrivals, biblist as _biblist, sdi as _sdi  # noqa: E402
main.add_command(_biblist)
main.add_command(_arrivals)
main.add_command(_sdi)
from search.cli_web import serve as _serve, user as _user  # noqa: E402
main.add_command(_serve)
main.add_command(_user)

if __name__ == "__main__":  # pragma: no cover
    run()
