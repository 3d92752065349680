"""A batch: delivered paths -> originals in the fund -> records in the catalog.

Three stages, so that one bad file never stops the others and a kill -9 never
leaves the fund half-written:

1. *receive* (main process, sequential): stream each delivered file into the
   fund's tmp/ while hashing it; known bytes are reported as duplicates;
   archives are kept and their entries received one by one.
2. *parse* (worker processes under ``--jobs``): reader -> requisites ->
   rubrics. Pure: reads the fund's copy, returns plain data.
3. *commit* (main process, in input order): the original is renamed to its
   content address, then one catalog transaction writes the file row and its
   records and queues them for the index. The index is updated afterwards
   from that queue (the journal), by the hook the caller passes; under
   ``--jobs`` it borrows the same worker processes to analyse and write
   (ingest/workpool.py), so this process only commits.
"""
from __future__ import annotations

import os
import re
import time
import zipfile
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

# Imported here, not in the workers' functions: a broken build must fail
# loudly at start, not mark every delivered file as failed.
from .clutter import is_clutter
from .detect import EmptyFile, detect_file
from .formats import DEFAULT_LIMITS, Limits, read, zipsafe
from .links import Links, extract_links
from . import workpool
from .fund import Fund, StoredFile, now_iso, record_id
from .numbers import number_key
from .requisites import extract_acts
from .status import Status, act_in_fund, read_status, status_in_fund
from .settings import library_place
from .territory import territory
from .winpath import long_path
from .records import ActFields, IngestError, NeedsReader, Record, Rubric, Source
from .rubrics import needs_review, with_review_warning

CHUNK = 1 << 20


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds for zip archives: zip bombs and absurd archives are refused."""

    max_entries: int = 10_000
    max_entry_bytes: int = 200 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: int = 200          # uncompressed / compressed, for entries > 1 MB
    max_depth: int = 3            # archives inside archives


@dataclass
class FileResult:
    """One line of the batch report (``--report FILE.json``)."""

    file: str
    sha256: str | None
    status: str  # new | duplicate | linked | failed | pending | reread | kept
    records: list[str] = field(default_factory=list)
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    media_type: str | None = None

    def to_dict(self) -> dict:
        return {"file": self.file, "sha256": self.sha256, "status": self.status,
                "records": self.records, "reason": self.reason, "warnings": self.warnings,
                "media_type": self.media_type}


@dataclass
class _Received:
    display: str
    file_name: str
    sha256: str
    tmp: Path | None            # None when the bytes are already stored (retry)
    size: int
    parent: str | None
    provenance: dict | None
    media_type: str | None = None   # as routing detected it: not detected again


@dataclass(frozen=True)
class ParseOutcome:
    """What a worker sends back: everything needed to commit, nothing more."""

    status: str  # read | pending | failed
    media_type: str | None
    pages: int | None
    acts: tuple[ActFields, ...] = ()
    auto_rubrics: tuple[tuple[Rubric, ...], ...] = ()
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    meta: dict = field(default_factory=dict)  # e.g. the page's own URL (HTML)
    links: tuple[Links, ...] = ()              # per act: what it amends and repeals
    uncertain: tuple[bool, ...] = ()           # per act: its rubric is a guess, to review
    notes: tuple[Status | None, ...] = ()      # per act: the status its print states


# -- the parse stage (runs in workers) ---------------------------------------
_scheme = None
_scheme_path: str | None = None


def _worker_init(scheme_path: str | None, nice: int = 0) -> None:
    global _scheme, _scheme_path
    _scheme_path = scheme_path
    _scheme = None
    if nice:
        from ingest.priority import lower
        lower(nice)   # POSIX nice, Windows' priority class


def _get_scheme():
    global _scheme
    if _scheme is None and _scheme_path:
        from .rubrics import load_scheme
        _scheme = load_scheme(Path(_scheme_path))
    return _scheme


# what a delivery is opened as, not read: ``_route`` unpacks them
CONTAINERS = ("application/zip", "message/rfc822", "application/mbox", "application/ms-tnef")


def parse_stored(path: str, limits: Limits = DEFAULT_LIMITS,
                 media_type: str | None = None) -> ParseOutcome:
    """Read one stored original into acts; every failure becomes an outcome.

    ``limits`` come as an argument, pickled to the worker with the path:
    what the batch was told (``--no-ocr``) reaches every reader, in any
    process, with no environment variable between. ``media_type``: what
    the batch's routing detected, not sniffed again (for a TXT act the
    sniffing costs a quarter of what its requisites do)."""
    try:
        media_type = media_type or detect_file(Path(path))
        parsed = read(Path(path), limits)
    except EmptyFile:  # no bytes: the same words as routing's size check, not a reader bug
        return ParseOutcome("failed", media_type, None, reason="empty file: 0 bytes")
    except NeedsReader as ex:
        return ParseOutcome("pending", media_type, None, reason=ex.reason)
    except IngestError as ex:
        return ParseOutcome("failed", media_type, None, reason=ex.reason)
    except MemoryError:
        return ParseOutcome("failed", media_type, None, reason="file too large to read in memory")
    except Exception as ex:  # a reader bug must not stop the batch
        return ParseOutcome("failed", media_type, None,
                            reason=f"unexpected reader error: {type(ex).__name__}: {ex}")
    try:
        acts = extract_acts(parsed.text, dict(parsed.meta))
    except Exception as ex:
        return ParseOutcome("failed", parsed.media_type, parsed.page_count,
                            reason=f"requisites extraction failed: {type(ex).__name__}: {ex}")
    scheme = _get_scheme()
    assigned = [scheme.assign(a.title, a.text) if scheme is not None else [] for a in acts]
    rubrics = tuple(tuple(Rubric(x.code, x.label, "auto") for x in g) for g in assigned)
    # a rubric only guessed (no rule reached its threshold), or none at all:
    # the record is listed by `actdesk rubrics review` (warning rubric_uncertain)
    uncertain = tuple(scheme is not None and needs_review(g, (), g) for g in assigned)
    keep = {k: parsed.meta[k] for k in ("url", "handwritten") if parsed.meta.get(k)}
    try:
        links = tuple(extract_links(a.title, a.text) for a in acts)
    except Exception:  # links are a help, never a reason to lose the file
        links = tuple(Links() for _ in acts)
    # the print's status note, read here (a worker) rather than where the
    # record is committed: the one process that commits reads no text
    notes = tuple(read_status(a.text or "") for a in acts)
    return ParseOutcome("read", parsed.media_type, parsed.page_count, tuple(acts), rubrics,
                        warnings=tuple(parsed.warnings), meta=keep, links=links,
                        uncertain=uncertain, notes=notes)


# Files quick to read (a TXT act: 3 ms) go to a worker GROUP at a time:
# one hand-over each costs this process a wake-up of the pool's threads
# and a GIL hand-back (up to 5 ms under load, bench/ingest_parallel.py
# --profile) beside the work it sends. Scans and documents go one by one,
# so that the batch's last ones still spread over the workers.
GROUP = 8
_QUICK = frozenset({"text/plain", "text/html", "text/csv"})


def parse_group(files: list[tuple[str, str | None]], limits: Limits = DEFAULT_LIMITS
                ) -> list[ParseOutcome]:
    """``parse_stored`` of each ``(path, media type)``, in order."""
    return [parse_stored(path, limits, media_type) for path, media_type in files]


def _with_cited_number(rec: Record, number: str) -> Record:
    warnings = [w for w in rec.warnings if w != "no_number"] + ["number_from_citation"]
    return replace(rec, number=number, warnings=tuple(dict.fromkeys(warnings)))


def _hand_fields(hand: dict | None) -> dict | None:
    """The record's view of what the handwriting reader read (ISO date)."""
    if not hand or not (hand.get("date") or hand.get("number_digits")):
        return None
    date = hand.get("date")
    if date and re.fullmatch(r"\d\d\.\d\d\.\d{4}", date):
        date = f"{date[6:]}-{date[3:5]}-{date[:2]}"
    return {"date": date, "number": hand.get("number"), "number_digits": hand.get("number_digits")}


# -- receiving ---------------------------------------------------------------
def _file_chunks(path: Path) -> Iterator[bytes]:
    with open(long_path(path), "rb") as f:   # past Windows' MAX_PATH too
        while chunk := f.read(CHUNK):
            yield chunk


def iter_input_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Files under the given paths, folders walked recursively in name order.

    Yields (path, error): a path that does not exist is yielded with a reason
    so that the report names it.

    A folder is delivered as a whole: a symbolic link inside it that leads
    out of it is named, not followed (a link to /etc/passwd or to another
    fund must not be copied into this one and served by the desk), and
    nothing but regular files is opened (a named pipe would wait for a
    writer forever and hang the batch). A folder that cannot be listed (no
    rights; on Windows, one past ``MAX_PATH``) is named, not skipped unsaid.
    """
    for p in paths:
        if p.is_dir():
            top = p.resolve()
            unlisted: list[OSError] = []
            for root, dirs, files in _walk(p, unlisted):
                yield from _unlisted(unlisted)
                dirs.sort()
                for name in sorted(dirs):
                    sub = Path(root) / name
                    if sub.is_symlink() or _is_junction(sub):
                        dirs.remove(name)   # os.walk enters a junction: not followed either
                        error = _link_problem(sub, top)
                        if error:
                            yield sub, error
                dirs[:] = [d for d in dirs if not is_clutter(d + "/x")]
                for name in sorted(files):
                    f = Path(root) / name
                    if is_clutter(name):
                        continue   # an owner file, Thumbs.db, a Mac's resource fork: ingest/clutter.py
                    yield f, _link_problem(f, top) if f.is_symlink() else _not_regular(f)
            yield from _unlisted(unlisted)
        elif p.exists():
            yield p, _not_regular(p)
        else:
            yield p, "no such file or folder"


WINDOWS = os.name == "nt"


def _is_junction(folder: Path) -> bool:
    """A Windows junction (``mklink /J``, made without admin rights): not a
    symbolic link to Python 3.11, so os.walk went through it, out of the
    delivered folder (qa85's guard) or round a cycle. Known by where the
    folder resolves to."""
    if not WINDOWS:
        return False
    try:
        return folder.resolve() != folder.parent.resolve() / folder.name
    except OSError:
        return False


def _walk(top: Path, unlisted: list[OSError]):
    return os.walk(top, onerror=unlisted.append)


def _unlisted(errors: list[OSError]) -> Iterator[tuple[Path, str]]:
    while errors:
        ex = errors.pop(0)
        yield Path(ex.filename or "?"), f"cannot list the folder: {ex.strerror or ex}"


def _not_regular(path: Path) -> str | None:
    try:
        if path.is_file() or not path.exists():
            return None   # a vanished file: the reading says so
    except OSError:
        return None   # the reading says why
    return "not a regular file (a pipe, socket or device): not read"


def _link_problem(link: Path, top: Path) -> str | None:
    """Why a symbolic link found in a delivered folder is not followed."""
    target = link.resolve()
    if not target.is_relative_to(top):
        return "symbolic link pointing outside the delivered folder: not followed"
    return None if target.is_dir() else _not_regular(target)


def match_key(kind: str | None, number: str | None, date: str | None) -> str | None:
    """Requisites that identify one act whatever file it came in."""
    if not (kind and number and date):
        return None
    return f"{kind}|{number_key(number)}|{date}"


class Batch:
    """Imports delivered paths into a fund; produces the per-file report."""

    def __init__(self, fund: Fund, *, jobs: int | None = None, scheme_path: Path | None = None,
                 on_commit: Callable[[], None] | None = None,
                 progress: Callable[[str], None] | None = None,
                 limits: Limits = DEFAULT_LIMITS,
                 archive_limits: ArchiveLimits = ArchiveLimits(),
                 commit_every: int | None = None, worker_nice: int = 0,
                 mp_context=None):
        self.fund = fund
        self.place = library_place(fund.home)   # fills the territory bodies do not name
        # a server importing in the background: workers started by "spawn"
        # (forking a process whose other threads may hold locks is unsafe)
        # and niced below the searches it serves
        self.worker_nice = worker_nice
        self.mp_context = mp_context
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.scheme_path = str(scheme_path) if scheme_path else None
        self.on_commit = on_commit
        self.progress = progress or (lambda _name: None)
        self.limits = limits  # for the readers: Limits(ocr=False) under --no-ocr
        self.alimits = archive_limits
        # records between calls of on_commit (the index catches up): each
        # index commit costs Whoosh a segment and merges, and under --jobs a
        # hand-over to the workers, so a thousand at once (3,000 TXT acts,
        # --jobs 1: 95 docs/s at 200, 142 at 1,000; bench/ingest_parallel.py)
        self.commit_every = commit_every or max(1000, 500 * self.jobs)
        self.results: list[FileResult] = []
        self.batch_id: str | None = None
        self._seen: set[str] = set()
        self._since_hook = 0
        self._rereading = False   # reread(): a failed new reading keeps the earlier one

    # -- public -----------------------------------------------------------
    def run(self, paths: Iterable[Path]) -> list[FileResult]:
        self.fund.require_writable()
        self._clean_stale_tmp()
        self.batch_id = self.fund.start_batch()
        _worker_init(self.scheme_path)  # the main process labels manual tags on commit
        with self.fund.importing():
            self._run_items(self._receive_all(paths))
        self.fund.finish_batch(self.batch_id, [r.to_dict() for r in self.results])
        return self.results

    def retry(self, files: list | None = None) -> list[FileResult]:
        """Read again every failed or pending file (a new reader may exist),
        or the stored ``files`` given (``actdesk ocr --pending``)."""
        self.fund.require_writable()
        self.batch_id = self.fund.start_batch()
        items = []
        if files is None:
            files = self.fund.files("failed") + self.fund.files("pending")
        for f in files:
            items.append(_Received(f.file_name, f.file_name, f.sha256, None, f.size, f.parent,
                                   f.provenance))
        _worker_init(self.scheme_path)
        self._run_items(self._opened_again(self._announced(items)), retry=True)
        self.fund.finish_batch(self.batch_id, [r.to_dict() for r in self.results])
        return self.results

    def reread(self, files: list | None = None) -> list[FileResult]:
        """Read again the files of the fund already read (every one, or the
        stored ``files`` given), so that better readers reach the records an
        older actdesk wrote; the librarian's corrections and rubric decisions
        are applied again on top, and each record keeps the date it arrived.
        A file whose new reading fails or waits for OCR keeps its records as
        they were (``kept``): a re-read never loses an act the fund had.
        Each re-read file says which fields of its records changed."""
        self._rereading = True
        try:
            return self.retry(self.fund.files("read") if files is None else files)
        finally:
            self._rereading = False

    def _opened_again(self, items: Iterable[_Received]) -> Iterator[_Received]:
        """A stored archive or message that failed (damaged, over a limit) is
        opened again as a delivery is (``_route``); the rest is read again.
        Handed to the readers as a document, a damaged zip came back as «zip
        archive, not a document: expand it first»: the librarian was told to
        unpack what cannot be unpacked, and an archive a newer desk opens
        stayed failed."""
        for item in items:
            known = self.fund.get_file(item.sha256)
            if known is None or known.status != "failed" or known.media_type not in CONTAINERS:
                yield item
                continue
            try:
                sha, tmp, size = self.fund.receive_stream(_file_chunks(self._path_of(item)))
            except (OSError, IngestError):
                yield item    # the readers' path says what is wrong with it
                continue
            if sha != item.sha256:   # the stored bytes changed under us: not this file
                tmp.unlink(missing_ok=True)
                yield item
                continue
            yield from self._route(replace(item, tmp=tmp, size=size), depth=0)
            now = self.fund.get_file(item.sha256)
            if now is not None and now.status != "failed" and self.fund.original_path(item.sha256).exists():
                self.fund.quarantine_path(item.sha256).unlink(missing_ok=True)   # out of quarantine

    def _decided(self, records: list[Record]) -> bool:
        """Whether the librarian corrected or tagged any of ``records``."""
        return any(any(self.fund.manual(r.id)) for r in records)

    def _announced(self, items: list[_Received]) -> Iterator[_Received]:
        """A stored file read again moves the progress bar as a delivered one
        does (``--retry`` and ``actdesk ocr --pending`` take minutes)."""
        for item in items:
            self.progress(item.display)
            yield item

    # -- stages -----------------------------------------------------------
    def _run_items(self, items: Iterator[_Received], retry: bool = False) -> None:
        if self.jobs == 1:
            for item in items:
                self._commit(item, parse_stored(str(self._path_of(item)), self.limits,
                                                item.media_type), retry)
        else:
            items = iter(items)
            while not self._pool_round(items, retry):
                pass   # a worker died: its files were read one by one, a new pool goes on
            return
        self._hook(force=True)

    def _pool_round(self, items: Iterator[_Received], retry: bool) -> bool:
        """Parse ``items`` in a pool of workers; True when all are committed.

        A worker killed by the system (out of memory on a decompression
        bomb, a crash in a reader library) breaks the whole pool: every file
        it held would fail with it, and the files after it too. The round
        then ends (the index never borrows a broken pool), the files in
        flight are read again one at a time (``_isolated``), so the one that
        kills its reader is the one failed, and a new round goes on."""
        window = self.jobs * 3
        pending: list[tuple[list[_Received], Future]] = []
        group: list[_Received] = []
        suspects: list[_Received] = []
        # the index borrows these processes to analyse and write what the
        # batch committed (ingest/workpool.py): the last catch-up too
        with ProcessPoolExecutor(self.jobs, mp_context=self.mp_context,
                                 initializer=_worker_init,
                                 initargs=(self.scheme_path, self.worker_nice)) as pool, \
                workpool.lent(pool):
            took = False
            try:
                for item in items:
                    took = True
                    group.append(item)
                    if item.media_type in _QUICK and len(group) < GROUP:
                        continue
                    pending.append((group, self._submit(pool, group)))
                    group = []
                    while len(pending) >= window:
                        self._drain(pending[0], retry)   # popped once committed
                        pending.pop(0)
                if group:
                    pending.append((group, self._submit(pool, group)))
                    group = []
                while pending:
                    self._drain(pending[0], retry)
                    pending.pop(0)
                self._hook(force=True)
                return True
            except BrokenProcessPool:
                suspects = [i for g, _ in pending for i in g] + group
        self._isolated(suspects, retry)
        # a pool that breaks with no file taken (the last catch-up of the
        # index): the journal keeps the records for the next catch-up
        return not took

    def _isolated(self, items: list[_Received], retry: bool) -> None:
        """Each of ``items`` read alone in a one-worker pool, made anew after
        a file that kills it: that file fails, naming the cause."""
        one = None
        try:
            for item in items:
                if one is None:
                    one = ProcessPoolExecutor(1, mp_context=self.mp_context, initializer=_worker_init,
                                              initargs=(self.scheme_path, self.worker_nice))
                try:
                    out = one.submit(parse_group, [(str(self._path_of(item)), item.media_type)],
                                     self.limits).result()[0]
                except BrokenProcessPool:
                    one.shutdown(wait=True)
                    one = None
                    out = ParseOutcome("failed", item.media_type, None, reason=(
                        "the reader process died on this file (killed by the system: out of "
                        "memory, or a crash in a reader library)"))
                self._commit(item, out, retry)
        finally:
            if one is not None:
                one.shutdown(wait=True)

    def _submit(self, pool: ProcessPoolExecutor, group: list[_Received]) -> Future:
        return pool.submit(parse_group, [(str(self._path_of(i)), i.media_type) for i in group],
                           self.limits)

    def _drain(self, job: tuple[list[_Received], Future], retry: bool) -> None:
        group, fut = job
        try:
            outcomes = fut.result()
        except BrokenProcessPool:   # a worker died: its files are read again alone
            raise
        except Exception as ex:  # a worker crashed (e.g. killed by the OS)
            failed = ParseOutcome("failed", None, None,
                                  reason=f"reader process failed: {type(ex).__name__}: {ex}")
            outcomes = [failed] * len(group)
        for item, outcome in zip(list(group), outcomes):
            # off the group as it is committed: what a pool that breaks
            # meanwhile (the index borrows it) leaves in it is read again
            group.pop(0)
            self._commit(item, outcome, retry)

    def _path_of(self, item: _Received) -> Path:
        if item.tmp is not None:
            return item.tmp
        p = self.fund.stored_path(item.sha256)
        if p is None:
            raise IngestError(f"original {item.sha256} is missing from the fund")
        return p

    def _receive_all(self, paths: Iterable[Path]) -> Iterator[_Received]:
        for path, error in iter_input_files(paths):
            self.progress(str(path))
            if error:
                self.results.append(FileResult(str(path), None, "failed", reason=error))
                continue
            try:
                sha, tmp, size = self.fund.receive_stream(_file_chunks(path))
            except FileNotFoundError:
                self.results.append(FileResult(str(path), None, "failed",
                                               reason="the file vanished before it could be read"))
                continue
            except PermissionError:
                self.results.append(FileResult(str(path), None, "failed",
                                               reason="no permission to read the file"))
                continue
            except IsADirectoryError:
                continue
            except OSError as ex:
                self.results.append(FileResult(str(path), None, "failed",
                                               reason=f"cannot read the file: {ex.strerror or ex}"))
                continue
            item = _Received(str(path), path.name, sha, tmp, size, None,
                             {"delivered_as": str(path)})
            yield from self._route(item, depth=0)

    def _route(self, item: _Received, depth: int) -> Iterator[_Received]:
        """Duplicates stop here; archives are kept and opened; the rest is parsed."""
        known = self.fund.get_file(item.sha256)
        if item.sha256 in self._seen or (known and known.status != "failed"):
            assert item.tmp is not None
            item.tmp.unlink(missing_ok=True)
            ids = [r.id for r in self.fund.records_of_file(item.sha256)]
            what = "already in the fund" if known else "delivered twice in this batch"
            if known and known.status == "pending":
                what += ", waiting for a reader"
            self.results.append(FileResult(item.display, item.sha256, "duplicate", ids,
                                           reason=f"{what} (as {known.file_name})" if known else what,
                                           media_type=known.media_type if known else None))
            return
        self._seen.add(item.sha256)
        try:
            media_type = detect_file(item.tmp)
        except Exception:
            media_type = None
        if media_type == "application/zip":
            yield from self._open_archive(item, depth)
            return
        too_large = self.limits.too_large(item.size) \
            if media_type in ("message/rfc822", "application/mbox", "application/ms-tnef") else None
        if too_large:
            # unpacked here, whole in memory (several copies): the readers' size limit
            self._keep_failed(item, media_type, too_large)
            return
        if media_type in ("message/rfc822", "application/mbox"):
            yield from self._open_mail(item, media_type, depth)
            return
        if media_type == "application/ms-tnef":
            yield from self._open_tnef(item, depth)
            return
        item.media_type = media_type
        yield item

    def _open_tnef(self, item: _Received, depth: int) -> Iterator[_Received]:
        """A ``winmail.dat`` saved from a message on its own: kept like an
        archive, the files inside routed as entries."""
        from .formats import mail, tnef
        assert item.tmp is not None
        media_type = tnef.MEDIA_TYPE
        if depth >= self.alimits.max_depth:
            self._keep_failed(item, media_type, f"nested deeper than {self.alimits.max_depth} levels")
            return
        try:
            parts = mail.tnef_parts(item.tmp.read_bytes(), max_files=self.alimits.max_entries,
                                    max_bytes=self.alimits.max_total_bytes)
        except tnef.TnefError as ex:
            self._keep_failed(item, media_type, f"Outlook winmail.dat could not be unpacked: {ex}")
            return
        if not parts:
            self._keep_failed(item, media_type, "Outlook winmail.dat holds no files, only a "
                                                "message's formatting")
            return
        self.fund.place(item.tmp, item.sha256)
        what = f"Outlook winmail.dat with {len(parts)} file(s)"
        self._write_file_row(item, media_type, "archive", what, None)
        self.results.append(FileResult(item.display, item.sha256, "new", reason=what,
                                       media_type=media_type))
        yield from self._route_parts(item, parts, depth, dict(item.provenance or {}), "file")

    def _route_parts(self, item: _Received, parts, depth: int, provenance: dict,
                     noun: str) -> Iterator[_Received]:
        """The files a message or a winmail.dat carries, received and routed
        as entries of ``item`` (each named by its own path)."""
        for part in parts:
            display = f"{item.display}/{part.name}"
            if len(part.data) > self.alimits.max_entry_bytes:
                self.results.append(FileResult(display, None, "failed", reason=(
                    f"{noun} of {len(part.data) >> 20} MB (limit {self.alimits.max_entry_bytes >> 20} MB)")))
                continue
            sha, tmp, size = self.fund.receive_stream(iter([part.data]))
            entry = _Received(display, part.name, sha, tmp, size, item.sha256,
                              {**provenance, "delivered_as": display})
            self.progress(display)
            yield from self._route(entry, depth + 1)

    def _open_mail(self, item: _Received, media_type: str, depth: int) -> Iterator[_Received]:
        """A message is kept like an archive; its body (when it holds an act)
        and its attachments are routed as entries with the sender, date and
        subject as provenance. A mailbox's messages are entries in turn."""
        from .formats import mail
        assert item.tmp is not None
        if depth >= self.alimits.max_depth:
            self._keep_failed(item, media_type, f"message nested deeper than {self.alimits.max_depth} levels")
            return
        stored = self.fund.place(item.tmp, item.sha256)
        try:
            raws = mail.messages_of(stored, media_type)
            if media_type == mail.MBOX and len(raws) > self.alimits.max_entries:
                # an archive of messages: the zip's bound on entries
                raise IngestError(f"mailbox has {len(raws)} messages, over the limit of "
                                  f"{self.alimits.max_entries}")
            if media_type == mail.MBOX:
                parts, what, prov = [mail.Part(f"message-{i:04d}.eml", raw)
                                     for i, raw in enumerate(raws, 1)], f"mailbox with {len(raws)} messages", {}
            else:
                msg = mail.parse_message(raws[0], max_parts=self.alimits.max_entries)
                parts = ([msg.body] if msg.body else []) + list(msg.attachments)
                what, prov = msg.summary(), msg.provenance()
        except IngestError as ex:
            self.fund.move_between(item.sha256, quarantined=True)
            self._write_file_row(item, media_type, "failed", ex.reason, None)
            self.results.append(FileResult(item.display, item.sha256, "failed", reason=ex.reason,
                                           media_type=media_type))
            return
        item.provenance = dict(item.provenance or {}, **prov)
        self._write_file_row(item, media_type, "archive", what, None)
        self.results.append(FileResult(item.display, item.sha256, "new", reason=what,
                                       media_type=media_type))
        yield from self._route_parts(item, parts, depth, {"mail": item.sha256, **prov}, "attachment")

    def _open_archive(self, item: _Received, depth: int) -> Iterator[_Received]:
        assert item.tmp is not None
        if depth >= self.alimits.max_depth:
            self._keep_failed(item, "application/zip",
                              f"archive nested deeper than {self.alimits.max_depth} levels")
            return
        try:
            with zipsafe.open_zip(item.tmp, "zip archive") as zf:
                infos = zf.infolist()
                zipsafe.check_directory(infos, max_entries=self.alimits.max_entries,
                                        max_total=self.alimits.max_total_bytes, kind="zip archive")
        except IngestError as ex:
            self._keep_failed(item, "application/zip", str(ex))
            return
        # The archive itself is kept: nothing delivered is ever lost.
        stored = self.fund.place(item.tmp, item.sha256)
        self._write_file_row(item, "application/zip", "archive", None, None)
        what = f"archive with {len(infos)} entries"
        suffix = Path(item.file_name).suffix.lower()
        if suffix in (".docx", ".odt", ".xlsx"):
            what = f"not a {suffix[1:].upper()} but a plain zip {what}, imported one by one"
        self.results.append(FileResult(item.display, item.sha256, "new", reason=what,
                                       media_type="application/zip"))
        with zipfile.ZipFile(stored) as zf:
            for info in zf.infolist():
                if info.is_dir() or is_clutter(info.filename):
                    continue   # kept in the archive, not a delivery of its own (ingest/clutter.py)
                display = f"{item.display}/{info.filename}"
                name = PurePosixPath(info.filename.replace("\\", "/"))
                if name.is_absolute() or ".." in name.parts or ":" in info.filename:
                    self.results.append(FileResult(display, None, "failed",
                                                   reason="unsafe path in archive (zip-slip): refused"))
                    continue
                reason = zipsafe.entry_problem(info, max_bytes=self.alimits.max_entry_bytes,
                                               max_ratio=self.alimits.max_ratio)
                if reason:
                    self.results.append(FileResult(display, None, "failed", reason=reason))
                    continue
                try:
                    sha, tmp, size = self.fund.receive_stream(
                        zipsafe.member_chunks(zf, info, self.alimits.max_entry_bytes, CHUNK))
                except zipsafe.ZipBomb as ex:
                    self.results.append(FileResult(display, None, "failed", reason=str(ex)))
                    continue
                except zipsafe.DAMAGE as ex:
                    self.results.append(FileResult(display, None, "failed",
                                                   reason=f"cannot unpack the entry: {ex}"))
                    continue
                entry = _Received(display, name.name, sha, tmp, size, item.sha256,
                                  {"delivered_as": display, "archive": item.sha256})
                self.progress(display)
                yield from self._route(entry, depth + 1)

    # -- commit -----------------------------------------------------------
    def _keep_failed(self, item: _Received, media_type: str | None, reason: str) -> None:
        if item.tmp is not None:
            self.fund.place(item.tmp, item.sha256, quarantined=True)
        self._write_file_row(item, media_type, "failed", reason, None)
        self.results.append(FileResult(item.display, item.sha256, "failed", reason=reason,
                                       media_type=media_type))

    def _write_file_row(self, item: _Received, media_type, status, reason, pages) -> None:
        known = self.fund.get_file(item.sha256)
        f = StoredFile(item.sha256, item.file_name, media_type, item.size, pages, status, reason,
                       known.received_at if known else now_iso(),
                       known.batch if known else self.batch_id, item.parent, item.provenance)
        self.fund.transact(lambda db: self.fund.write_file(db, f))

    def _commit(self, item: _Received, out: ParseOutcome, retry: bool) -> None:
        if self._rereading and out.status in ("failed", "pending"):
            # the file stays where it was, read, with whatever records it had
            had = [r.id for r in self.fund.records_of_file(item.sha256)]
            self.results.append(FileResult(
                item.display, item.sha256, "kept", had,
                f"read again: {out.reason or out.status}; the earlier reading is kept",
                media_type=out.media_type))
            return
        if out.status == "failed":
            if item.tmp is not None:
                self.fund.place(item.tmp, item.sha256, quarantined=True)
            else:
                self.fund.move_between(item.sha256, quarantined=True)
            self._write_file_row(item, out.media_type, "failed", out.reason, out.pages)
            self.results.append(FileResult(item.display, item.sha256, "failed",
                                           reason=out.reason, media_type=out.media_type))
            return
        if item.tmp is not None:
            self.fund.place(item.tmp, item.sha256)
        else:
            self.fund.move_between(item.sha256, quarantined=False)
        if out.status == "pending":
            self._write_file_row(item, out.media_type, "pending", out.reason, out.pages)
            self.results.append(FileResult(item.display, item.sha256, "pending",
                                           reason=out.reason, media_type=out.media_type))
            return

        known = self.fund.get_file(item.sha256)
        received_at = known.received_at if known else now_iso()
        batch = known.batch if known else self.batch_id
        # A record enters the new arrivals when it becomes readable: a file
        # kept pending for weeks and read today is today's arrival. Records
        # read again (a better reader) keep the date they first had.
        # no file row, no records (their key refers to it): not asked
        earlier = self.fund.records_of_file(item.sha256) if known else []
        if (self._rereading and "ocr_pending" in out.warnings and "ocr" not in out.warnings
                and any("ocr" in r.warnings for r in earlier)):
            # a file read in part (a text layer) with pages recognised later (``ocr
            # --pending``), read again with pages waiting (--no-ocr, no Tesseract): the
            # recognised text stays, as a whole scan's does
            self.results.append(FileResult(
                item.display, item.sha256, "kept", [r.id for r in earlier],
                "read again: " + ("PDF pages with no text: needs OCR (--no-ocr)"
                                  if self.limits is not None and not self.limits.ocr
                                  else "tesseract is not installed") + "; the earlier reading is kept",
                media_type=out.media_type))
            return
        if self._rereading and len(out.acts) != len(earlier) and self._decided(earlier):
            # the librarian's corrections and rubric decisions belong to an act by its
            # place in the file: split otherwise, they would land on another act
            self.results.append(FileResult(
                item.display, item.sha256, "kept", [r.id for r in earlier],
                f"read again: the file now holds {len(out.acts)} acts, not {len(earlier)}, and "
                "its acts carry the librarian's corrections; the earlier reading is kept",
                media_type=out.media_type))
            return
        rec_received = earlier[0].received_at if earlier else now_iso()
        rec_batch = earlier[0].batch if earlier else self.batch_id
        source = Source(item.file_name, item.sha256, out.media_type or "application/octet-stream",
                        out.pages)
        provenance = dict(item.provenance or {})
        if out.meta.get("url"):
            provenance["url"] = out.meta["url"]
        f = StoredFile(item.sha256, item.file_name, out.media_type, item.size, out.pages, "read",
                       None, received_at, batch, item.parent, provenance or None)
        # one transaction, run again whole if the database asks (a regional
        # catalog: PostgreSQL restarted, two importers deadlocked)
        ids, linked_to, warnings = self.fund.transact(
            lambda db: self._write_records(db, item, out, f, source, rec_received, rec_batch,
                                           fresh=known is None),
            batched=True)
        status = "linked" if ids and len(linked_to) == len(ids) else "new"
        reason = None
        if linked_to:
            reason = "same act as " + ", ".join(linked_to)
        if self._rereading and earlier:
            status = "reread"
            reason = changed_fields(earlier, self.fund.get_records(ids))
        self.results.append(FileResult(item.display, item.sha256, status, ids, reason,
                                       sorted(warnings), out.media_type))
        self._since_hook += len(ids)
        self._hook()

    def _write_records(self, db, item: _Received, out: ParseOutcome, f: StoredFile,
                       source: Source, rec_received: str, rec_batch: str | None,
                       fresh: bool = False):
        """The file row and its records; (ids, the acts they copy, warnings).
        ``fresh``: the catalog held no row of the file when the commit
        began, so no records of it to take away first (an importer that
        wrote the same bytes meanwhile wrote the same record ids, which
        these replace)."""
        ids, linked_to, warnings = [], [], set(out.warnings)
        self.fund.write_file(db, f)
        # the acts the file's earlier reading repealed: settled again below,
        # as the new reading may no longer repeal them
        before = [] if fresh else self.fund.records_of_file(item.sha256)
        repealed_before = [other for prev in before for other in self._repealed_acts(prev)]
        if not fresh:
            self.fund.delete_records_of(db, item.sha256)
        repeals_here = False
        for seq, (act, rubrics) in enumerate(zip(out.acts, out.auto_rubrics), 1):
            lk = out.links[seq - 1] if seq <= len(out.links) else Links()
            rid = record_id(item.sha256, seq)
            add, remove, fixed = self.fund.manual(rid)
            rec = Record(
                id=rid, source=source, received_at=rec_received, kind=act.kind,
                number=act.number, date=act.date, body=act.body, level=act.level,
                title=act.title, publication=act.publication,
                rubrics=apply_manual(rubrics, add, remove),
                text=act.text, warnings=with_review_warning(
                    dict.fromkeys(out.warnings + act.warnings),
                    seq <= len(out.uncertain) and out.uncertain[seq - 1] and not add),
                batch=rec_batch,
                # the hand-filled line is the first page's: the first act's
                handwritten=_hand_fields(out.meta.get("handwritten")) if seq == 1 else None,
                amends=tuple(c.text() for c in lk.amends),
                repeals=tuple(c.text() for c in lk.repeals),
                amended_by=tuple(c.text() for c in lk.amended_by))
            rec = self._number_from_citations(rec)
            # the librarian's corrected requisites win over re-reading
            rec = self.fund.apply_manual_fields(rec, fixed)
            rec = replace(rec, territory=territory(rec.body, rec.level, self.place))
            key = match_key(rec.kind, rec.number, rec.date)
            # the print's note and the fund's repealing acts (ingest.status)
            note = out.notes[seq - 1] if seq <= len(out.notes) else read_status(rec.text or "")
            rec = replace(rec, status=status_in_fund(self.fund, rec, note))
            # the act, or a linked copy of the file holding it: the catalog's
            # key claim decides, also between importers writing at once
            rec = self.fund.write_record(db, rec, seq, key)
            first = rec.duplicate_of
            self._complete_cited(db, rec)
            self._mark_repealed(db, rec)
            repeals_here = repeals_here or bool(rec.repeals)
            ids.append(rid)
            if "number_from_citation" in rec.warnings:
                warnings.add("number_from_citation")
            warnings.update(act.warnings)
            if first:
                linked_to.append(first)
        for rid in dict.fromkeys(o.id for o in repealed_before):
            other = None if rid in ids else self.fund.get_record(rid)   # as it now stands
            if other is not None:
                self._settle_status(db, other)
        self._claim_copies_again(db, before)
        if repeals_here and len(ids) > 1:
            # an issue of a gazette repealing an act it printed earlier: that act
            # was written before its repealer (and _repealed_acts looks at other
            # files only), so its stored status, which the index follows, is settled now
            for rid in ids:
                rec = self.fund.get_record(rid)
                if rec is not None:
                    self._settle_status(db, rec)
        return ids, linked_to, warnings

    def _claim_copies_again(self, db, before: list[Record]) -> None:
        """Linked copies of an act this file held, when the file's new reading
        no longer holds that act (read with another key, or itself a copy now):
        each claims its act again (the first becomes the act, the others its
        copies). They stayed copies of an act they are not, out of the index
        and the counts, when a reread read them before the file they copied."""
        for prev in before:
            copies = self.fund.linked_copies(db, prev.id)
            if not copies:
                continue
            now = self.fund.key_claim(db, prev.id)
            for seq, key, copy in copies:
                if now is not None and now[1] is None and now[0] == key:
                    continue
                self.fund.write_record(db, replace(copy, duplicate_of=None), seq, key)

    # -- numbers completed from citations ---------------------------------
    # A scan whose number ends in a handwritten Cyrillic suffix has only its
    # digits read (2067 of 2067-зп). When another act in the fund cites an
    # act of the same kind and date whose number begins with those digits
    # ("от 03.06.2024 № 2067-зп"), that is the number, printed: it is filled
    # in with the warning ``number_from_citation``. Either may arrive first.

    def _number_from_citations(self, rec: Record) -> Record:
        digits = (rec.handwritten or {}).get("number_digits")
        if rec.number or not digits:
            return rec
        numbers = self.fund.cited_numbers(rec.kind, rec.date, digits, rec.body)
        if len(numbers) != 1:
            return rec
        return _with_cited_number(rec, numbers.pop())

    def _complete_cited(self, db, rec: Record) -> None:
        from .links import body_matches, citations
        for text in rec.amends + rec.repeals:
            found = citations(text, first_only=True)
            if not found or not found[0].number:
                continue
            c = found[0]
            for other in self.fund.awaiting_number(c.kind, c.date, c.number):
                if other.id == rec.id or not body_matches(c.body, other.body) \
                        or len(self.fund.cited_numbers(c.kind, c.date, c.number, other.body)) != 1:
                    continue
                done = _with_cited_number(other, c.number)
                self.fund.update_record_data(db, done, match_key(done.kind, done.number, done.date))

    def _mark_repealed(self, db, rec: Record) -> None:
        """An act of the fund that ``rec`` repeals carries its new status
        (and is indexed again, so "только действующие" leaves it out)."""
        for other in self._repealed_acts(rec):
            self._settle_status(db, other)

    def _repealed_acts(self, rec: Record) -> list[Record]:
        """The acts of the fund (other files) that ``rec``'s repeals cite."""
        out = []
        for text in rec.repeals:
            other = act_in_fund(self.fund, text, rec.source.sha256)
            if other is not None and other.id != rec.id:
                out.append(other)
        return out

    def _settle_status(self, db, other: Record) -> None:
        """``other``'s status stored again from the fund's links as they now
        stand, when it changed (the index follows the stored status)."""
        st = status_in_fund(self.fund, other)
        if st != other.status:
            self.fund.update_record_data(db, replace(other, status=st))

    def _hook(self, force: bool = False) -> None:
        if self.on_commit and (force or self._since_hook >= self.commit_every):
            self._since_hook = 0
            self.on_commit()

    def _clean_stale_tmp(self) -> None:
        """Drop incoming bytes left by batches killed more than an hour ago."""
        if not self.fund.tmp.exists():
            return
        cutoff = time.time() - 3600
        for p in self.fund.tmp.iterdir():
            try:
                if p.stat().st_mtime < cutoff:
                    p.unlink()
            except OSError:
                pass


# what a re-read compares, as the report names it
_COMPARED = ("kind", "number", "date", "body", "title", "rubrics", "status", "amends", "repeals")


def changed_fields(before: list[Record], after: dict[str, Record]) -> str:
    """``changed: body, title`` (the fields of a file's records that a new
    reading changed, in record order) or ``unchanged``; ``records`` when the
    file now holds more or fewer acts."""
    now = [after[k] for k in sorted(after)]
    if len(now) != len(before):
        return f"changed: records {len(before)} -> {len(now)}"
    old = sorted(before, key=lambda r: r.id)
    names = [f for f in _COMPARED
             if any(getattr(a, f) != getattr(b, f) for a, b in zip(old, now))]
    return "changed: " + ", ".join(names) if names else "unchanged"


def apply_manual(auto: tuple[Rubric, ...], add: set[str], remove: set[str]) -> tuple[Rubric, ...]:
    """The librarian's decisions win over automation, whatever the scheme says."""
    if not add and not remove:
        return auto
    from .rubrics import merge_manual
    return tuple(merge_manual(list(auto), add, remove, _get_scheme()))
