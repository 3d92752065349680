"""One writer at a time for an index directory, on every platform.

The lock is ``<dir>.lock`` held through ``filelock`` (``flock`` on Unix,
``LockFileEx`` on Windows): the operating system releases it when the
holder dies, so it is never stale and nothing has to be cleaned up after a
kill -9. Who holds it is written to ``<dir>.lock.holder`` (the lock file
itself cannot say: Windows forbids reading a locked range and deletes the
file on release), so a waiting writer can name the holder. A second writer
waits (``on_message`` says so once) up to ``timeout`` seconds, then gets
``IndexBusy``. Readers never take the lock: they see the last commit.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from search.engine.interface import IndexBusy, Message, say


def lock_path(d: Path) -> Path:
    return d.parent / (d.name + ".lock")


def holder_path(d: Path) -> Path:
    return d.parent / (d.name + ".lock.holder")


@contextmanager
def writer_lock(index_dir, timeout: float = 600.0, on_message: Message | None = None,
                poll: float = 0.2):
    """Exclusive writer lock on ``index_dir``. Waits with one message, then
    ``IndexBusy`` naming the holder."""
    d = Path(index_dir)
    d.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path(d)))  # one per call: a second one waits, in-process too
    try:
        lock.acquire(timeout=0)
    except Timeout:
        say(on_message, f"search index {d} is being written by another "
            f"process{_holder(d)}; waiting up to {timeout:.0f} s…")
        try:
            lock.acquire(timeout=max(0.0, timeout), poll_interval=poll)
        except Timeout:
            raise IndexBusy(
                f"search index {d} is still being written by another process"
                f"{_holder(d)} after {timeout:.0f} s; try again when it has finished "
                f"(the lock is released automatically when that process ends)") from None
    hp = holder_path(d)
    try:
        hp.write_text(f"{os.getpid()}\n", "utf-8")
        yield
    finally:
        try:
            hp.unlink(missing_ok=True)  # while still holding: never the next holder's
        except OSError:
            pass
        lock.release()


def _holder(d: Path) -> str:
    try:
        pid = holder_path(d).read_text("utf-8").strip()
        return f" (pid {pid})" if pid else ""
    except OSError:
        return ""
