"""``actdesk watch FOLDER``: import what is dropped into a delivery folder.

A thin loop over ``ingest.inbox`` (when a delivery is whole, where it goes
afterwards) and the same batch ``actdesk ingest`` runs. ``--once`` looks,
waits ``--settle`` seconds, imports what did not change and exits: what the
Windows Task Scheduler or cron runs every few minutes, where a program that
never ends is awkward. Without it the command keeps looking every
``--interval`` seconds until Ctrl-C. One watcher per folder: a second one is
refused (the lock is the operating system's and dies with its holder).
"""
from __future__ import annotations

import datetime as _dt
import os
import sys
import time
from pathlib import Path

import click

from cli.context import Ctx, err, pass_ctx


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--once", is_flag=True,
              help="Look, wait --settle seconds, import what did not change, and exit.")
@click.option("--interval", type=click.IntRange(1, 86_400), default=60, show_default=True,
              help="Seconds between looks at the folder.")
@click.option("--settle", type=click.FloatRange(0, 3_600), default=10.0, show_default=True,
              help="A delivery is imported when it has not changed for this long (seconds).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Files parsed in parallel (default: all cores).")
@click.option("--no-ocr", is_flag=True,
              help="Import fast: pages that need OCR stay pending for `actdesk ocr --pending`.")
@click.option("--verbose", "-v", is_flag=True, help="List every file in the report, not only problems.")
@pass_ctx
def watch(c: Ctx, folder: Path, once: bool, interval: int, settle: float, jobs: int | None,
          no_ocr: bool, verbose: bool) -> None:
    """Import what is delivered into FOLDER, then file it under
    FOLDER/_принято/ДАТА (or FOLDER/_ошибки/ДАТА when a file could not be read).

    Exit status of --once: 0 when no file failed, 1 when one did, 3 when
    another watcher holds the folder (nothing done)."""
    from ingest import inbox
    from ingest.winpath import long_path

    folder = Path(long_path(str(folder))) if os.name == "nt" else folder
    lock = claim(c, folder)
    try:
        settling = inbox.Settling(settle)
        if once:
            for p in inbox.links(folder):
                click.echo(f"  {p.name}: {inbox.said('link', _lang(c))}")
            first = inbox.look(folder)
            if not first:
                click.echo(_say(c, "empty", folder=folder))
                sys.exit(0)
            settling.observe(first, time.monotonic())
            time.sleep(settle)
            second = inbox.look(folder)
            ready = settling.observe(second, time.monotonic())
            for p, sig in second.items():   # what waits is named, with the reason
                if p not in ready:
                    click.echo(f"  {p.name}: {inbox.why_waiting(p, sig, _lang(c))}")
            if not ready:
                click.echo(_say(c, "copying"))
                sys.exit(0)
            sys.exit(1 if _import(c, folder, ready, jobs, no_ocr, verbose) else 0)
        err(_say(c, "watching", folder=folder, interval=interval))
        try:
            while True:
                try:
                    ready = settling.observe(inbox.look(folder), time.monotonic())
                except OSError as ex:   # the folder unreachable a while (a share): say, go on
                    err(_say(c, "unreachable", folder=folder, ex=ex.strerror or ex))
                    ready = []
                else:
                    for p, why in settling.newly_refused.items():   # named once, not at every look
                        err(f"  {p.name}: {inbox.refused_text(why, _lang(c))}")
                if ready:
                    try:
                        _import(c, folder, ready, jobs, no_ocr, verbose)
                        if not inbox.still_there(ready):
                            continue   # look again at once: what came meanwhile starts settling
                    except click.ClickException:
                        raise
                    except Exception as ex:   # noqa: BLE001 - the watcher outlives one bad batch
                        # (the fund busy, a share gone): the deliveries stay, tried again next look
                        err(_say(c, "batch_failed", ex=ex))
                time.sleep(interval)
        except KeyboardInterrupt:
            err(_say(c, "stopped"))
    finally:
        lock.release()


BUSY = 3   # exit status: the folder is another watcher's (nothing was done)


def claim(c: Ctx, folder: Path):
    """The delivery folder checked and locked for this watcher (``actdesk
    watch`` and ``serve --watch``): a usage error when it is no folder or lies
    in the fund (or the fund in it), another watcher's lock refused. The
    held ``FileLock``."""
    from filelock import FileLock, Timeout

    from ingest import inbox
    if not folder.is_dir():
        raise click.UsageError(_say(c, "no_folder", folder=folder), ctx=click.get_current_context())
    if inbox.nested(folder, c.home):
        raise click.UsageError(_say(c, "nested", folder=folder, home=c.home), ctx=click.get_current_context())
    lock = FileLock(str(folder / inbox.LOCK_NAME))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        # its own exit status: the Task Scheduler running `watch --once` tells
        # "another watcher had it, nothing done" from "a file failed" (1)
        err(_say(c, "busy", folder=folder))
        sys.exit(BUSY)
    return lock


_WORDS = {
    "ru": {"empty": "В папке {folder} нечего импортировать.",
           "copying": "Ничего не импортировано: доставки ждут следующего запуска.",
           "watching": "Слежу за папкой {folder} (каждые {interval} с; остановить: Ctrl+C)",
           "batch_failed": "Импорт не выполнен, файлы остались в папке: {ex}",
           "stopped": "Остановлено.", "arrived": "поступило: ",
           "unreachable": "Папка {folder} недоступна ({ex}): посмотрю снова позже.",
           "no_folder": "нет такой папки: {folder}",
           "nested": "папка поступлений {folder} и фонд {home} не должны лежать одна в другой",
           "busy": "Ошибка: из папки {folder} уже импортирует другой `actdesk watch`",
           "no_report": "Отчёт не удалось записать в {where}: {ex}"},
    "en": {"empty": "Nothing to import in {folder}.",
           "copying": "Nothing imported: the deliveries wait for the next run.",
           "watching": "Watching {folder} (every {interval} s; Ctrl+C stops)",
           "batch_failed": "Import not done, the files stay in the folder: {ex}",
           "stopped": "Stopped.", "arrived": "arrived: ",
           "unreachable": "The folder {folder} is unreachable ({ex}): looking again later.",
           "no_folder": "no such folder: {folder}",
           "nested": "the delivery folder {folder} and the fund {home} must not lie one inside the other",
           "busy": "Error: another `actdesk watch` is already importing from {folder}",
           "no_report": "The report could not be written to {where}: {ex}"},
}


def _lang(c: Ctx) -> str:
    """The CLI's language (``ingest.reasons.cli_lang``): the watcher's lines follow it, as the report's."""
    from ingest.reasons import cli_lang
    return "en" if cli_lang(c.home) == "en" else "ru"


def _say(c: Ctx, key: str, **kw) -> str:
    """A message in the CLI's language, as the report's headings."""
    return _WORDS[_lang(c)][key].format(**kw)


def _import(c: Ctx, folder: Path, ready: list[Path], jobs, no_ocr: bool, verbose: bool) -> bool:
    """One batch over the ready deliveries; each filed away after the
    catalog committed. Whether a file failed."""
    from cli.ingest import _batch_line, _progress, _report, desk_batch
    from ingest import inbox

    now = _dt.datetime.now()
    click.echo(f"{now:%d.%m.%Y %H:%M} — " + _say(c, "arrived") + ", ".join(p.name for p in ready))
    fund = c.fund(create=True)
    fund.require_writable()
    with _progress(tuple(ready), False, fund) as progress:   # a bar on a terminal, as ingest shows
        batch = desk_batch(fund, jobs, no_ocr, progress)
        results = batch.run(ready)
    _report(results, verbose, c.home)
    _batch_line(batch.batch_id, c.home)
    filed = inbox.file_all(folder, ready, results, now)
    for f in filed:
        if f.moved_to is not None:
            click.echo(f"  {f.entry.name} → {f.moved_to.relative_to(folder)}")
        else:
            err(f"  {f.entry.name}: {f.problem_in(_lang(c))}")
    try:
        inbox.save_report(folder, now, batch.batch_id, results, filed)
    except OSError as ex:
        err(_say(c, "no_report", where=folder / inbox.DONE, ex=ex.strerror or ex))
    return any(r.status == "failed" for r in results)
