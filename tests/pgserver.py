"""A private PostgreSQL for the tests: started from the Debian binaries
into a temporary folder, its unix socket there, stopped at the end.

No system service and no root at test time: when the test process is root
(CI runs so), the server runs as an unprivileged system user (initdb refuses
root) and the folder is handed to that user. The port is random; it only
names the socket file, TCP is off.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BIN_DIRS = ("/usr/lib/postgresql/15/bin", *sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                                   reverse=True), "/usr/bin")
SUPERUSER = "actdesk"


class PgServerError(RuntimeError):
    """The private server could not be started (the message says why)."""


def find_bin(name: str) -> str:
    for d in BIN_DIRS:
        p = Path(d) / name
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
    raise PgServerError(f"{name} not found in {', '.join(BIN_DIRS)}: install the "
                        f"'postgresql' package (tools/system-packages.tsv)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> str | None:
    """The user the server runs as when we are root (None: ourselves)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise PgServerError("running as root and neither 'postgres' nor 'nobody' exists "
                        "to run PostgreSQL as (initdb refuses root)")


@dataclass
class PgServer:
    folder: Path
    port: int
    user: str | None
    settings: tuple[str, ...] = ()   # extra ``name=value`` server settings

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.folder}&port={self.port}"

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.user, "--", *args] if self.user else list(args)

    def _run(self, *args: str) -> None:
        p = subprocess.run(self._cmd(*args), capture_output=True, text=True)
        if p.returncode:
            log = self.folder / "server.log"
            tail = log.read_text("utf-8", "replace")[-2000:] if log.exists() else ""
            raise PgServerError(f"{Path(args[0]).name} failed ({p.returncode}): "
                                f"{p.stderr.strip() or p.stdout.strip()}\n{tail}")

    def _own_folder(self) -> None:
        if self.user:
            pw = pwd.getpwnam(self.user)
            os.chown(self.folder, pw.pw_uid, pw.pw_gid)

    def _pg_start(self) -> None:
        opts = (f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off "
                f"-c synchronous_commit=off -c full_page_writes=off"
                + "".join(f" -c {kv}" for kv in self.settings))
        self._run(find_bin("pg_ctl"), "-D", str(self.data), "-o", opts,
                  "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start")

    def start(self) -> "PgServer":
        self._own_folder()
        self._run(find_bin("initdb"), "-D", str(self.data), "-U", SUPERUSER,
                  "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
        self._pg_start()
        return self

    def restart(self) -> None:
        """Stop (dropping every connection, as a crash or an update does)
        and start again with the same options."""
        self._run(find_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "60",
                  "-l", str(self.folder / "server.log"), "restart")

    def start_replica(self) -> "PgServer":
        """A streaming replica of this server, running: a base backup taken
        over the unix socket (``pg_basebackup -R`` writes the standby signal
        and the primary's address), started in its own temporary folder.
        The primary needs ``wal_level=replica`` (initdb's default; the
        replication line of initdb's pg_hba.conf trusts local users)."""
        rep = PgServer(Path(tempfile.mkdtemp(prefix="actdesk-pg-replica-")), _free_port(),
                       self.user, self.settings)
        try:
            rep._own_folder()
            rep._run(find_bin("pg_basebackup"), "-h", str(self.folder), "-p", str(self.port),
                     "-U", SUPERUSER, "-D", str(rep.data), "-R", "-X", "stream",
                     "-c", "fast", "--no-sync")
            rep._pg_start()
        except BaseException:
            rep.stop()
            raise
        return rep

    def stop(self, keep: bool = False) -> None:
        """Stopped, its folder removed — or with ``keep`` stopped cleanly
        and left for ``reopen_server`` (a benchmark's loaded database)."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(find_bin("pg_ctl"), "-D", str(self.data), "-m",
                          "fast" if keep else "immediate", "-w", "stop")
        finally:
            if not keep:
                shutil.rmtree(self.folder, ignore_errors=True)


def start_server(settings: tuple[str, ...] = (), folder: Path | None = None) -> PgServer:
    """A running private server (stop it with ``.stop()``); ``settings``:
    extra ``name=value`` pairs (the benchmarks give it a server's memory);
    ``folder``: made there (new or empty) instead of a temporary folder."""
    if folder is None:
        reap_orphans()
        folder = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX))
        (folder / OWNER).write_text(str(os.getpid()), encoding="ascii")
    else:
        folder.mkdir(parents=True, exist_ok=True)
        if any(folder.iterdir()):
            raise PgServerError(f"{folder} is not empty: a new server needs an empty folder")
    srv = PgServer(folder, _free_port(), _run_as(), tuple(settings))
    try:
        return srv.start()
    except BaseException:
        srv.stop()
        raise


_TEMP_PREFIX = "actdesk-pg-"
OWNER = "owner.pid"   # the test process that started a temporary server


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True   # someone's process: not ours to judge
    return True


def reap_orphans(tmp: Path | None = None) -> list[Path]:
    """Stop and remove the temporary servers whose test process is gone.

    A test run killed (SIGTERM from a CI timeout, SIGKILL, a closed
    terminal) never reaches the session fixture's ``stop``: its server kept
    running with its folder, and each killed run left one more. The next
    run stops them; a folder with no owner file (made before it existed, or
    a replica's) is left alone. Returns the folders removed."""
    out = []
    for folder in sorted(Path(tmp or tempfile.gettempdir()).glob(_TEMP_PREFIX + "*")):
        try:
            pid = int((folder / OWNER).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        try:
            PgServer(folder, 0, _run_as()).stop()
        except PgServerError:
            pass   # the folder is gone all the same (``stop``'s finally)
        out.append(folder)
    return out


def reopen_server(folder: Path, settings: tuple[str, ...] = ()) -> PgServer:
    """The server a ``stop(keep=True)`` left in ``folder``, running again."""
    if not (folder / "data" / "PG_VERSION").exists():
        raise PgServerError(f"{folder} holds no server kept by an earlier run (no data/PG_VERSION)")
    srv = PgServer(folder, _free_port(), _run_as(), tuple(settings))
    srv._own_folder()
    srv._pg_start()
    return srv


def wait_for_replay(primary: PgServer, replica: PgServer, timeout: float = 30.0) -> None:
    """Return once ``replica`` has replayed everything ``primary`` has
    written so far (its WAL position now), polling the two positions."""
    import psycopg
    with psycopg.connect(primary.url(), autocommit=True) as p:
        # the insert position, not pg_current_wal_lsn() (what is written
        # out): these servers commit with synchronous_commit=off, so a commit
        # just made may sit in the WAL buffers past the written position —
        # waiting for that, a replica "caught up" without the last commit
        # (the stop-21 CI: the replica's index empty, its catalog full)
        lsn = p.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
    # at a page's start the insert position is past the page header (24
    # bytes; 40 at a segment's start), where no replayed record ends
    hi, lo = (int(x, 16) for x in str(lsn).split("/"))
    pos = (hi << 32) | lo
    if pos % 8192 in (24, 40):
        pos -= pos % 8192
        lsn = f"{pos >> 32:X}/{pos & 0xFFFFFFFF:X}"
    deadline = time.monotonic() + timeout
    with psycopg.connect(replica.url(), autocommit=True) as r:
        while True:
            got = r.execute("SELECT pg_last_wal_replay_lsn(), pg_last_wal_replay_lsn() >= "
                            "%s::pg_lsn", (str(lsn),)).fetchone()
            if got[1]:
                return
            if time.monotonic() > deadline:
                raise PgServerError(f"the replica replayed up to {got[0]}, not {lsn}, "
                                    f"in {timeout:.0f} s")
            time.sleep(0.01)   # a poll of the position, not a guess at the lag


def pause_replay(conn, timeout: float = 30.0) -> None:
    """Pause ``conn``'s replica and return once it has paused:
    pg_wal_replay_pause() only asks, and a replay still under way would
    apply what the caller writes next (PostgreSQL: "a request doesn't mean
    that recovery stops right away")."""
    conn.execute("SELECT pg_wal_replay_pause()")
    deadline = time.monotonic() + timeout
    while True:
        state = conn.execute("SELECT pg_get_wal_replay_pause_state()").fetchone()[0]
        if state == "paused":
            return
        if time.monotonic() > deadline:
            raise PgServerError(f"the replica's replay is {state!r}, not paused, "
                                f"after {timeout:.0f} s")
        time.sleep(0.01)


def create_database(srv: PgServer, name: str) -> str:
    """A fresh database on ``srv``; returns its URL."""
    import psycopg
    with psycopg.connect(srv.url(), autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')
    return srv.url(name)
