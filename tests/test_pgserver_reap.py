"""A test run killed before its teardown leaves its private PostgreSQL
running (tests/pgserver.py); the next run stops it and removes its folder."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.pgserver import OWNER, _alive, reap_orphans, start_server

ROOT = Path(__file__).resolve().parent.parent


def _postmaster_pid(folder: Path) -> int:
    return int((folder / "data" / "postmaster.pid").read_text().splitlines()[0])


def test_a_killed_runs_server_is_stopped_by_the_next_run(tmp_path):
    code = ("import sys, time; sys.path.insert(0, %r); from tests.pgserver import start_server; "
            "s = start_server(); print(s.folder, flush=True); time.sleep(120)" % str(ROOT))
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    folder = Path(p.stdout.readline().strip())
    try:
        assert (folder / OWNER).read_text().strip() == str(p.pid)
        postmaster = _postmaster_pid(folder)
        assert _alive(postmaster)
        ours = start_server()          # a live run's server: its owner is alive
        try:
            p.send_signal(signal.SIGKILL)   # no teardown runs
            p.wait(30)
            assert _alive(postmaster)       # the orphan
            removed = reap_orphans()
            assert folder in removed and not folder.exists()
            deadline = time.monotonic() + 30
            while _alive(postmaster) and time.monotonic() < deadline:
                time.sleep(0.1)
                try:
                    os.waitpid(postmaster, os.WNOHANG)
                except ChildProcessError:
                    pass
            assert not _alive(postmaster)
            assert ours.folder.exists() and ours.folder not in removed
        finally:
            ours.stop()
    finally:
        if p.poll() is None:
            p.kill()
        reap_orphans()


def test_a_folder_without_an_owner_is_left_alone(tmp_path):
    stray = tmp_path / "actdesk-pg-stray"
    stray.mkdir()
    (stray / "note.txt").write_text("kept")
    assert reap_orphans(tmp_path) == []
    assert stray.exists()
    dead = tmp_path / "actdesk-pg-dead"
    dead.mkdir()
    (dead / OWNER).write_text("999999999")   # no such process
    assert reap_orphans(tmp_path) == [dead]
    assert not dead.exists() and stray.exists()
