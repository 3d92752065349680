"""``actdesk ingest`` and ``actdesk ocr --pending``: thin commands over
``ingest.pipeline.Batch`` and ``ingest.ocrjobs``.

Per-file problems never reach here (the batch report carries them); the
exit status says whether a file failed. ``--no-ocr`` reaches the readers as
``Limits(ocr=False)``, handed to the batch and by it to every worker.
"""
from __future__ import annotations

import json
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import click

from cli.context import Ctx, err, pass_ctx
from ingest.fund import Fund
from ingest.settings import scheme_path

# The batch's workers a few steps below the main process (POSIX nice; on
# Windows the below-normal priority class, ingest/priority.py): the main process and its database backend commit
# what the workers made, and a core they wait for held the whole batch back.
# On the quiet 2-core machine, PostgreSQL --jobs 2 / --jobs 1 went 1.74, 1.77
# -> 1.87, 1.81x; Whoosh 1.84 -> 1.84x (bench/ingest_parallel.py, README).
WORKER_NICE = 5


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Files parsed in parallel (default: all cores).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the per-file report as JSON to this file.")
@click.option("--retry", is_flag=True, help="Read again the failed and pending files of the fund.")
@click.option("--reread", is_flag=True,
              help="Read again every file the fund has read (after an upgrade of actdesk); "
                   "corrections are kept, a file whose new reading fails keeps its records.")
@click.option("--verbose", "-v", is_flag=True, help="List every file in the report, not only problems.")
@click.option("--no-ocr", is_flag=True,
              help="Import fast: pages that need OCR stay pending for `actdesk ocr --pending`.")
@pass_ctx
def ingest(c: Ctx, paths: tuple[Path, ...], jobs: int | None, report_path: Path | None,
           retry: bool, reread: bool, verbose: bool, no_ocr: bool) -> None:
    """Import delivered files, folders and zip archives into the fund.

    Exit status is 0 when no file failed, 1 otherwise.
    """
    if sum(map(bool, (paths, retry, reread))) != 1:
        raise click.UsageError("give files or folders to import, or --retry, or --reread")
    fund = c.fund(create=not reread)
    fund.require_writable()
    with _progress(paths, "reread" if reread else "retry" if retry else None, fund) as progress:
        batch = desk_batch(fund, jobs, no_ocr, progress)
        results = batch.reread() if reread else batch.retry() if retry else batch.run(paths)
    _report(results, verbose, c.home)
    _batch_line(batch.batch_id, c.home)
    if report_path:
        from ingest.report import file_rows
        # the rows of every JSON report (the delivery folder's too): ingest.report.file_rows
        report_path.write_text(json.dumps(file_rows(results, batch.batch_id),
                                          ensure_ascii=False, indent=2), encoding="utf-8")
    _exit_if_failed(results)


def desk_batch(fund: Fund, jobs: int | None, no_ocr: bool, progress: Callable[[str], None]):
    """The import batch of the CLI (``ingest``, ``watch``): ``--jobs`` workers
    niced below the main process, the index following every commit."""
    from ingest.formats import Limits
    from ingest.pipeline import Batch
    from search.sync import catch_up_every
    return Batch(fund, jobs=jobs, scheme_path=scheme_path(fund.home),
                 limits=Limits(ocr=not no_ocr), on_commit=_index_hook(fund, jobs),
                 progress=progress, worker_nice=WORKER_NICE,
                 commit_every=catch_up_every(jobs or os.cpu_count() or 1))


@click.command()
@click.option("--pending", is_flag=True, required=True,
              help="OCR the files an import left pending (--no-ocr, no Tesseract).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Files read in parallel (default: all cores).")
@click.option("--verbose", "-v", is_flag=True, help="List every file in the report, not only problems.")
@pass_ctx
def ocr(c: Ctx, pending: bool, jobs: int | None, verbose: bool) -> None:
    """OCR the scans, images and garbled PDFs waiting in the fund."""
    from ingest.ocrjobs import ocr_pending, waiting_for_ocr

    fund = c.fund()
    fund.require_writable()
    files = waiting_for_ocr(fund)
    with _bar(len(files), _label("ocr", c.home)) as progress:
        results = ocr_pending(fund, jobs=jobs, scheme_path=scheme_path(fund.home),
                              on_commit=_index_hook(fund), progress=progress, files=files)
    _report(results, verbose, c.home)
    _exit_if_failed(results)


def _index_hook(fund: Fund, jobs: int | None = 1) -> Callable[[], None]:
    """The index follows the catalog after every commit of the batch; under
    ``--jobs`` N (default: all cores) N processes write it (search/sync.py)."""
    from search.sync import sync_index
    procs = jobs or os.cpu_count() or 1
    return lambda: sync_index(fund, echo=err, procs=procs)


def _on_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def _progress(paths: tuple[Path, ...], again: str | None, fund: Fund) -> Iterator[Callable[[str], None]]:
    """A bar on stderr over the delivered files, when a terminal shows it and
    there are more than three; the files inside archives and messages the
    batch also names do not move it. ``again`` (``retry``, ``reread``)
    counts the stored files read again."""
    from ingest.pipeline import iter_input_files

    if again:
        statuses = ("read",) if again == "reread" else ("failed", "pending")
        n = sum(len(fund.files(s)) for s in statuses) if _on_terminal() else 0
        with _bar(n, _label("retry", fund.home)) as step:
            yield step
        return
    top = [str(p) for p, _ in iter_input_files(paths)] if _on_terminal() else []
    with _bar(len(top), _label("import", fund.home), set(top)) as step:
        yield step


_LABELS = {"ru": {"ocr": "Распознавание (OCR)", "retry": "Повторное чтение", "import": "Импорт"},
           "en": {"ocr": "OCR", "retry": "Reading again", "import": "Import"}}


def _label(what: str, home: Path | None) -> str:
    """A progress bar's label in the CLI's language, as the report's words."""
    from ingest.reasons import cli_lang
    return _LABELS.get(cli_lang(home), _LABELS["ru"])[what]


@contextmanager
def _bar(total: int, label: str, names: set[str] | None = None) -> Iterator[Callable[[str], None]]:
    """A progress bar of ``total`` steps on a terminal's stderr (more than
    three); every call moves it, or only a call naming one of ``names``."""
    if total <= 3 or not _on_terminal():
        yield lambda _name: None
        return
    bar = click.progressbar(length=total, label=label, file=sys.stderr)

    def step(name: str) -> None:
        if names is None or name in names:
            bar.update(1)

    try:
        yield step
    finally:
        bar.render_finish()


def _report(results, verbose: bool, home: Path | None = None) -> None:
    """The report in the CLI's language (``$ACTDESK_LANG`` or the fund's
    ``language:`` setting, Russian by default: ``ingest.reasons.cli_lang``)."""
    from ingest.reasons import cli_lang
    from ingest.report import format_report
    from search.web.i18n import tr
    lang = cli_lang(home)
    words = tr(lang)

    def warning(code: str) -> str:
        text = words("w_" + code)
        return code if text == "w_" + code else text
    click.echo(printable(format_report(results, verbose=verbose, lang=lang, warning=warning)))


def _batch_line(batch_id: str | None, home: Path | None) -> None:
    """The batch's id under the report: what ``actdesk marc --batch ID`` takes
    to describe the acts this import wrote (``last`` is only the latest)."""
    if not batch_id:
        return
    from ingest.reasons import cli_lang
    label = "Import batch" if cli_lang(home) == "en" else "Партия импорта"
    click.echo(f"{label}: {batch_id}")


# Control characters (ESC sequences recolour or rewrite a terminal, BEL
# rings it) and the bidirectional overrides (``act\u202etxt.exe`` shows as
# ``actexe.txt``) of delivered names and archive members: the printed
# report shows them as escapes; the JSON report keeps the names as they are.
_UNPRINTABLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: line breaks kept."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


def _exit_if_failed(results) -> None:
    if any(r.status == "failed" for r in results):
        sys.exit(1)
