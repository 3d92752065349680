"""Uploaded batches imported in the background, one at a time per fund.

The upload request only stores the files (forms.py streams them to disk)
and queues a ``Job``; one worker thread runs the ordinary import (reading,
OCR of scans, rubrics, the index) job after job. A request thread never
waits for OCR (a scanned page takes seconds), and two uploads never race
for the fund's writer: the queue serializes them, on top of the pipeline's
own locks. The status page reads the job: files done of the total, the
file being read, and the report rows so far.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import secrets
import shutil
import threading
import traceback
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


@dataclass
class Job:
    """One uploaded batch: its files wait in ``folder`` until imported."""

    id: str
    user: str
    folder: Path
    files: list[Path]
    state: str = "queued"          # queued | running | done | failed
    done: int = 0                  # files finished (an archive counts once)
    current: str | None = None     # the file being read
    rows: list[dict] = field(default_factory=list)   # FileResult.to_dict(), names relative
    summary: dict = field(default_factory=dict)      # ingest.report.summarize
    batch_id: str | None = None
    finished_event: threading.Event = field(default_factory=threading.Event, repr=False)
    # a watched delivery folder's job (search/web/watch.py): its files are the
    # librarian's, not ours to delete; ``after`` files them away once committed
    temporary: bool = True
    after: Callable[[list, str | None], None] | None = field(default=None, repr=False)

    @property
    def total(self) -> int:
        return len(self.files)

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    def name_of(self, path: str) -> str:
        """A path of the batch as the librarian delivered it (without our folder)."""
        prefix = str(self.folder)
        if path.startswith(prefix) and path[len(prefix):len(prefix) + 1] in ("/", "\\", os.sep):
            return path[len(prefix) + 1:]
        return Path(path).name


# Files are read (text, requisites, rubrics) in worker processes, not in the
# server's: that work holds the interpreter, and in the server's process it
# made every search wait its turn (issue 15: p95 1 s during an import). The
# server's worker thread only commits to the catalog and the index. The
# workers run at a lower priority (IMPORT_NICE, on POSIX), so that on the
# desk's two cores a reader's search comes before a file. They are started
# by "spawn", as on Windows: forking the threaded server is unsafe.
IMPORT_JOBS = 2
IMPORT_NICE = 10
WORKER_THREAD = "actdesk-import"


def new_job_id() -> str:
    return secrets.token_urlsafe(12)


class Uploads:
    """The queue of a fund's uploads and its one worker thread."""

    KEEP = 100                     # finished jobs remembered for their status page

    def __init__(self, home: Path, log: Callable[[str], None]):
        self.home = home
        self.log = log
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        with self._lock:
            self._jobs[job.id] = job
            finished = [k for k, j in self._jobs.items() if j.finished]
            for k in finished[:max(0, len(self._jobs) - self.KEEP)]:
                del self._jobs[k]
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name=WORKER_THREAD,
                                                daemon=True)
                self._worker.start()
        self._queue.put(job)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def wait(self, job_id: str, timeout: float | None = None) -> bool:
        """True when the job has finished within ``timeout`` seconds."""
        job = self.get(job_id)
        return job is not None and job.finished_event.wait(timeout)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            try:
                self._import(job)
            except Exception:  # a bug: the job says so, the worker goes on with the next
                self.log(traceback.format_exc())
                job.state = "failed"
            finally:
                if job.temporary:
                    shutil.rmtree(job.folder, ignore_errors=True)
                job.finished_event.set()

    def _import(self, job: Job) -> None:
        from ingest.fund import Fund
        from ingest.pipeline import Batch
        from ingest.report import summarize
        from ingest.settings import scheme_path
        from search.sync import sync_index
        tops = {str(p): i for i, p in enumerate(job.files)}
        fund = Fund(self.home, create=False)
        try:
            job.state = "running"

            def progress(name: str) -> None:
                if name in tops:
                    job.done = tops[name]
                job.current = job.name_of(name)
                job.rows = [self._row(job, r) for r in list(batch.results)]
            batch = Batch(fund, jobs=IMPORT_JOBS, scheme_path=scheme_path(self.home),
                          progress=progress, worker_nice=IMPORT_NICE,
                          mp_context=multiprocessing.get_context("spawn"),
                          on_commit=lambda: sync_index(fund, echo=self.log, timeout=60))
            results = batch.run(job.files)
            if job.after is not None:
                job.after(results, batch.batch_id)
            job.rows = [self._row(job, r) for r in results]
            job.summary = summarize(results)
            job.batch_id = batch.batch_id
            job.done, job.current, job.state = job.total, None, "done"
        finally:
            fund.close()
        self.log(f"upload by {job.user}: {job.total} file(s), batch {job.batch_id}")

    @staticmethod
    def _row(job: Job, result) -> dict:
        d = result.to_dict()
        d["file"] = job.name_of(d["file"])
        return d
