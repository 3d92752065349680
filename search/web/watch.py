"""``actdesk serve --watch FOLDER``: the delivery folder watched by the desk's
own server, so that a library on one PC starts one program.

What is ready (``ingest.inbox``: unchanged for ``settle`` seconds, opens,
not a temporary name) becomes an upload job of the server's queue
(``search/web/uploads.py``): imported by the same worker thread and worker
processes as a librarian's upload, never at the same time as one, its
status page and log line like theirs. After the catalog committed, the job
files the deliveries away (``_принято`` / ``_ошибки``) with the JSON report,
exactly as ``actdesk watch`` does. The folder's lock is held while the
server runs: an ``actdesk watch`` on the same folder is refused meanwhile.
"""
from __future__ import annotations

import datetime as _dt
import threading
import time
from pathlib import Path
from typing import Callable

from ingest import inbox
from search.web.uploads import Job, Uploads, new_job_id

WATCH_THREAD = "actdesk-watch"


class FolderWatch:
    """One watched folder feeding one server's upload queue."""

    def __init__(self, uploads: Uploads, folder: Path, log: Callable[[str], None],
                 interval: float = 60.0, settle: float = 10.0):
        self.uploads, self.folder, self.log = uploads, folder, log
        self.interval, self.settle = interval, settle
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.jobs: list[str] = []          # the ids of the jobs it queued, oldest first

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=WATCH_THREAD, daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        settling = inbox.Settling(self.settle)
        while not self._stop.is_set():
            try:
                ready = settling.observe(inbox.look(self.folder), time.monotonic())
                for p, why in settling.newly_refused.items():   # named once, not at every look
                    self.log(f"watch {self.folder}: {p.name}: {inbox.refused_text(why)}")
                if ready and self._import(ready) and not inbox.still_there(ready):
                    continue   # look again at once: what came meanwhile starts settling
            except OSError as ex:   # the folder unreachable a while (a share): say, go on
                self.log(f"watch {self.folder}: {ex.strerror or ex}")
            self._stop.wait(self.interval)

    def _import(self, ready: list[Path]) -> bool:
        """Whether the job ran to its end (a failed job leaves the deliveries
        in the folder, tried again after ``interval``, not at once)."""
        now = _dt.datetime.now()

        def after(results, batch_id) -> None:
            filed = inbox.file_all(self.folder, ready, results, now)
            for f in filed:
                if f.problem:
                    self.log(f"watch {self.folder}: {f.entry.name}: {f.problem}")
            try:
                inbox.save_report(self.folder, now, batch_id, results, filed)
            except OSError as ex:
                self.log(f"watch {self.folder}: the report could not be written: {ex.strerror or ex}")

        job = Job(new_job_id(), f"папка {self.folder.name}", self.folder, list(ready),
                  temporary=False, after=after)
        self.jobs.append(job.id)
        self.uploads.submit(job)
        # one job at a time from the folder: the next look waits for this import,
        # so nothing is queued twice while it runs
        while not job.finished_event.wait(1.0):
            if self._stop.is_set():
                return False
        return job.state == "done"
