"""A delivery folder the desk watches: administrations (or a colleague, a
mail client's rule, a scanner) drop files there and the desk imports them
without anyone typing ``actdesk ingest`` — Paperless-ngx's consume folder,
kept to what a library needs.

What this module decides, and why:

* **When a delivery is whole.** A file still being copied (over a share, by
  Explorer, by a scanner writing page after page) must not be imported half
  written. An entry of the folder — a file, or a folder delivered whole — is
  ready when what it holds (each file's relative path, size and change time)
  is the same at two looks at least ``settle`` seconds apart, every file
  opens for reading (Windows refuses one still being written), and it holds
  at least one file (an empty folder is a copy that has not started).
* **What is never taken:** hidden names, Office's lock and owner files
  (``~$…``, ``.~lock…``), the partial names of browsers and copiers
  (``.part``, ``.crdownload``, ``.tmp``, ``.partial``, ``.download``), and
  the folders this module files deliveries into. A delivered folder holding
  a partial name waits: a copy or download is still going on inside it.
* **Where a delivery goes after the import.** Only after the batch has
  committed the catalog (the fund then holds the original, read or not), the
  entry moves to ``_принято/ДАТА/`` — or, when a file of it could not be
  read, to ``_ошибки/ДАТА/``, where staff see it; the fund keeps that file
  too and ``actdesk ingest --retry`` reads it again. A name already there
  gets `` (2)``, `` (3)`` …: nothing is overwritten. A move that fails (a
  file held open on Windows) leaves the entry where it is; the next look
  imports it again as a duplicate of what the fund holds and moves it then.
  So a kill at any moment loses nothing and imports nothing twice.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ingest.clutter import is_clutter

DONE = "_принято"
FAILED = "_ошибки"
LOCK_NAME = ".actdesk-watch.lock"
_RESERVED = {DONE, FAILED, LOCK_NAME}
_PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".tmp", ".download", ".!ut", ".filepart")
_PARTIAL_PREFIXES = ("~wr",)   # Word's temporary save file (~WRL0001.tmp)


def is_taken(name: str) -> bool:
    """Whether a name in the folder is a delivery: not reserved, hidden,
    partial, nor the clutter a folder's walk passes over too
    (``ingest.clutter``: owner files, Thumbs.db …)."""
    low = name.lower()
    return not (name in _RESERVED or name.startswith(".") or is_clutter(name)
                or low.startswith(_PARTIAL_PREFIXES) or low.endswith(_PARTIAL_SUFFIXES))


# (relative path, size, change time in ns) of every file an entry holds;
# size -1: the file could not be looked at, PARTIAL: a partial name in a folder
Signature = tuple[tuple[str, int, int], ...]
PARTIAL = -2


def signature(entry: Path) -> Signature:
    """What ``entry`` holds now; a file that vanishes or cannot be listed
    meanwhile makes the signature differ from the last look's."""
    if entry.is_file():
        st = entry.stat()
        return (("", st.st_size, st.st_mtime_ns),)
    out = []
    for root, dirs, files in os.walk(entry):
        dirs[:] = sorted(d for d in dirs if is_taken(d))
        for name in sorted(files):
            p = Path(root) / name
            if name.lower().endswith(_PARTIAL_SUFFIXES):
                # a download or copy still going on inside the delivered folder:
                # the folder is not whole (it would be imported without that
                # file and moved away while the file is being finished in it)
                out.append((str(p.relative_to(entry)), PARTIAL, -1))
                continue
            if not is_taken(name):
                continue
            try:
                st = p.stat()
            except OSError:
                out.append((str(p.relative_to(entry)), -1, -1))
                continue
            out.append((str(p.relative_to(entry)), st.st_size, st.st_mtime_ns))
    return tuple(out)


def look(folder: Path) -> dict[Path, Signature]:
    """The folder's deliveries and what each holds now."""
    seen: dict[Path, Signature] = {}
    for p in sorted(folder.iterdir()):
        if not is_taken(p.name) or p.is_symlink():
            continue
        try:
            seen[p] = signature(p)
        except OSError:
            continue   # gone or unreadable this time: looked at again next time
    return seen


def links(folder: Path) -> list[Path]:
    """Symbolic links dropped into the folder: never taken (one could lead
    to any file of the PC), but named, not left there in silence."""
    try:
        return [p for p in sorted(folder.iterdir()) if is_taken(p.name) and p.is_symlink()]
    except OSError:
        return []


def _refusal(entry: Path, sig: Signature) -> str | None:
    """The first file of the entry that does not open, and why."""
    for rel, _size, _mtime in sig:
        try:
            with open(entry / rel if rel else entry, "rb"):
                pass
        except OSError as ex:
            return f"{rel}: {ex.strerror or ex}" if rel else str(ex.strerror or ex)
    return None


def _opens(entry: Path, sig: Signature) -> bool:
    return _refusal(entry, sig) is None


# What staff read of a delivery left in the folder, in the CLI's language
# (``ingest.reasons.cli_lang``; the report's words follow it too). Russian is
# what the JSON report keeps (``filed[].problem``); a line printed under
# ``ACTDESK_LANG=en`` used to stay Russian among the English report.
WORDS = {
    "ru": {"empty": "пустая папка: ждёт файлов",
           "partial": "в папке недокопированный файл {rel}: ждёт",
           "unreadable": "файл {rel} не удаётся прочесть: ждёт",
           "refused": "не открывается ({why}): ждёт",
           "changing": "ещё меняется (копируется): ждёт",
           "link": "символическая ссылка: не берётся",
           "vanished": "исчезло из папки до перемещения (удалено или переименовано)",
           "not_moved": "оставлено в папке: не удалось переместить ({why})"},
    "en": {"empty": "empty folder: waiting for files",
           "partial": "a file in the folder is still being copied ({rel}): waiting",
           "unreadable": "the file {rel} cannot be read: waiting",
           "refused": "does not open ({why}): waiting",
           "changing": "still changing (being copied): waiting",
           "link": "symbolic link: not taken",
           "vanished": "gone from the folder before the move (deleted or renamed)",
           "not_moved": "left in the folder: the move failed ({why})"},
}


def said(key: str, lang: str = "ru", **fields) -> str:
    """One of ``WORDS`` in ``lang`` (Russian for any other)."""
    return WORDS.get(lang, WORDS["ru"])[key].format(**fields)


def why_waiting(entry: Path, sig: Signature, lang: str = "ru") -> str:
    """Why an entry was not taken at this look, in the words the staff read:
    a file refused for good (no rights) looks on POSIX just like one being
    copied on Windows, so the message names the file and the system's reason."""
    if not sig:
        return said("empty", lang)
    partial = [rel for rel, size, _ in sig if size == PARTIAL]
    if partial:
        return said("partial", lang, rel=partial[0])
    gone = [rel for rel, size, _ in sig if size < 0]
    if gone:
        return said("unreadable", lang, rel=gone[0])
    refused = _refusal(entry, sig)
    if refused:
        return refused_text(refused, lang)
    return said("changing", lang)


def refused_text(why: str, lang: str = "ru") -> str:
    """What staff read of a delivery whose file does not open (``why``: the system's reason)."""
    return said("refused", lang, why=why)


class Settling:
    """The deliveries' signatures over successive looks: an entry is ready
    once its signature has stayed the same for ``settle`` seconds (the clock
    is the caller's: ``time.monotonic``), it holds a file, and every file of
    it opens."""

    def __init__(self, settle: float):
        self.settle = settle
        self._since: dict[Path, tuple[Signature, float]] = {}
        self.refused: dict[Path, str] = {}   # settled entries a file of which does not open
        self.newly_refused: dict[Path, str] = {}   # of them, those refused otherwise at the last look

    def observe(self, now: dict[Path, Signature], t: float) -> list[Path]:
        since = {}
        for p, sig in now.items():
            old = self._since.get(p)
            since[p] = (sig, old[1] if old and old[0] == sig else t)
        self._since = since
        settled = [p for p, (sig, t0) in since.items()
                   if t - t0 >= self.settle and sig and all(s >= 0 for _, s, _ in sig)]
        refused = {p: _refusal(p, since[p][0]) for p in settled}
        # unchanged for the whole wait yet refused (no rights, held open):
        # the loops name them once (``newly_refused``), instead of waiting in silence for ever
        before, self.refused = self.refused, {p: why for p, why in refused.items() if why}
        self.newly_refused = {p: why for p, why in self.refused.items() if before.get(p) != why}
        return [p for p in settled if not refused[p]]


@dataclass
class Filed:
    """Where one delivered entry went after its batch."""

    entry: Path
    failed: bool                   # a file of it could not be read
    moved_to: Path | None = None   # None: left in the folder (``problem`` says why)
    problem: str | None = None     # in Russian, as the JSON report keeps it
    files: list[str] = field(default_factory=list)   # report lines of the entry
    problem_key: str | None = None  # ``WORDS`` key of ``problem``; ``problem_in`` words it
    problem_why: str = ""

    def problem_in(self, lang: str) -> str | None:
        """``problem`` in ``lang`` (the CLI's language)."""
        if self.problem_key is None:
            return self.problem
        return said(self.problem_key, lang, why=self.problem_why)

    def _problem(self, key: str, why: str = "") -> None:
        self.problem_key, self.problem_why = key, why
        self.problem = said(key, "ru", why=why)


def _belongs(display: str, entry: Path) -> bool:
    e = str(entry)
    return display == e or display.startswith(e + os.sep) or display.startswith(e + "/")


def outcome(entries: Iterable[Path], results) -> list[Filed]:
    """Each entry with whether any file of it (archives' members included)
    failed, from the batch's report lines (``FileResult``)."""
    out = []
    for entry in entries:
        mine = [r for r in results if _belongs(r.file, entry)]
        out.append(Filed(entry, any(r.status == "failed" for r in mine), files=[r.file for r in mine]))
    return out


NAME_MAX = 255   # bytes of one name on Linux and macOS, UTF-16 units on Windows


def _fits(name: str) -> bool:
    return len(name) <= NAME_MAX and len(os.fsencode(name)) <= NAME_MAX


def _free_name(dest: Path) -> Path:
    """``dest``, or ``dest`` with `` (2)``, `` (3)`` … when taken. A name
    that is already as long as a name may be (a decree's whole title saved
    as its file name) loses the end of its stem to make room for the mark:
    otherwise the move fails at every look and the delivery never leaves."""
    if not dest.exists():
        return dest
    stem, suffix = dest.stem, dest.suffix
    k = 2
    while True:
        mark = f" ({k}){suffix}"
        cut = stem
        while cut and not _fits(cut + mark):
            cut = cut[:-1]
        cand = dest.with_name(cut.rstrip() + mark)
        if not cand.exists():
            return cand
        k += 1


def file_away(folder: Path, filed: Filed, day: str) -> Filed:
    """Move one entry into ``_принято/day`` or ``_ошибки/day`` (see module doc)."""
    target = folder / (FAILED if filed.failed else DONE) / day
    if not os.path.lexists(filed.entry):
        # deleted or renamed by someone between the look and the move: nothing
        # to file (a renamed one is a new delivery, imported at the next look)
        filed._problem("vanished")
        return filed
    try:
        target.mkdir(parents=True, exist_ok=True)
        dest = _free_name(target / filed.entry.name)
        shutil.move(str(filed.entry), str(dest))
        filed.moved_to = dest
    except OSError as ex:
        filed._problem("not_moved", str(ex.strerror or ex))
    return filed


def still_there(entries: Iterable[Path]) -> bool:
    """Whether an imported entry is still in the folder (its move failed):
    the watcher then waits its interval before the next look, instead of
    importing the same entry again and again at once."""
    return any(os.path.lexists(p) for p in entries)


def nested(folder: Path, home: Path) -> bool:
    """Whether the delivery folder and the fund lie one inside the other: the
    fund would be imported into itself and moved away."""
    f, h = folder.resolve(), home.resolve()
    return f == h or f in h.parents or h in f.parents


def file_all(folder: Path, ready: list[Path], results, now: _dt.datetime) -> list[Filed]:
    """Every delivered entry of a committed batch filed away (``file_away``)."""
    day = now.strftime("%Y-%m-%d")
    return [file_away(folder, f, day) for f in outcome(ready, results)]


def save_report(folder: Path, now: _dt.datetime, batch_id: str | None, results,
                filed: list[Filed]) -> Path:
    """The batch's JSON report beside what it filed (``_принято/ДАТА``): what a
    colleague checks later without the terminal or page that ran it.
    Raises ``OSError`` when it cannot be written."""
    from ingest.report import file_rows
    where = folder / DONE / now.strftime("%Y-%m-%d")
    where.mkdir(parents=True, exist_ok=True)
    path = where / f"отчёт-{now:%H%M%S}-{batch_id}.json"
    path.write_text(json.dumps({
        "batch": batch_id,
        "files": file_rows(results, batch_id),   # the rows of `ingest --report` (ingest.report)
        "filed": [{"entry": f.entry.name, "failed": f.failed,
                   "moved_to": str(f.moved_to) if f.moved_to else None, "problem": f.problem}
                  for f in filed],
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
