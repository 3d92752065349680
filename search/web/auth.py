"""Staff accounts, sessions, CSRF tokens and the wrong-password brake.

Users live in the fund's catalog (``web_users``), passwords hashed with
scrypt and a per-user salt; nothing reversible is stored. A session is a
random token in an HttpOnly cookie; the catalog keeps only its SHA-256, so
a copied catalog does not give anyone a live session. Sessions end after
``idle`` seconds without a request and ``absolute`` seconds after login.

Every POST carries a CSRF token: the session's own for staff, and for
anonymous forms (login, basket) a random value also set as a cookie
(double submit): a foreign site can make the browser send the cookie but
cannot read it to put it in the form.

Wrong passwords are braked per account, not per client address: behind
the HTTPS proxy the README recommends every client has the proxy's address,
so a per-address lockout let one reader lock out every librarian. After
``FREE_TRIES`` wrong passwords for one user name the account waits
``FIRST_DELAY`` seconds, and each wrong password after a wait doubles the
next wait up to ``MAX_DELAY``; during a wait even the right password is
refused (a guesser learns nothing), and the right one after the wait
resets the count. One client address is limited only coarsely
(``ADDRESS_MAX`` wrong passwords a minute): each try costs the server an
scrypt (tens of milliseconds of CPU), so the limit keeps one address from
busying every thread, and it is far above what a desk of librarians behind
one proxy mistype, and lasts a minute at most.

Accounts can be disabled (their sessions end, their password is refused)
and removed; ``users_table`` lists them for ``actdesk user list``.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import Callable

SCHEMA = """
CREATE TABLE IF NOT EXISTS web_users (
    name TEXT PRIMARY KEY,
    kdf TEXT NOT NULL,            -- scrypt$n$r$p
    salt BLOB NOT NULL,
    hash BLOB NOT NULL,
    created_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS web_sessions (
    token_sha TEXT PRIMARY KEY,
    "user" TEXT NOT NULL,        -- quoted: a reserved word of PostgreSQL
    csrf TEXT NOT NULL,
    created REAL NOT NULL,
    seen REAL NOT NULL
);
"""

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
NAME_RE = re.compile(r"^[\w.@-]{1,64}$")
MIN_PASSWORD = 8
FREE_TRIES = 5                 # wrong passwords for one account before the first wait
FIRST_DELAY = 60.0             # seconds of the first wait, doubled by each later failure
MAX_DELAY = 60 * 60.0          # the longest wait
ADDRESS_MAX = 60               # wrong passwords a minute from one client address
ADDRESS_WINDOW = 60.0


class AuthError(ValueError):
    """A refused account operation; ``key`` and ``params`` name its message in
    ``search.web.i18n`` (``str()`` is the Russian text, for the CLI)."""

    def __init__(self, key: str, **params):
        from search.web.i18n import tr
        self.key, self.params = key, params
        super().__init__(tr("ru")(key, **params))


def _kdf(password: str, salt: bytes, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=64 * 1024 * 1024, dklen=32)


def ensure_schema(db: sqlite3.Connection) -> None:
    """The staff tables in the catalog (``db``: its connection, SQLite or
    PostgreSQL, ingest/catalog)."""
    if db.has_table("web_sessions") and "disabled" in db.columns("web_users"):
        return
    db.executescript(SCHEMA)
    if "disabled" not in db.columns("web_users"):   # a catalog from before accounts could be disabled
        db.execute("ALTER TABLE web_users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0")
        db.commit()


def add_user(db: sqlite3.Connection, name: str, password: str) -> bool:
    """Create or reset a user; returns True if the user is new."""
    if not NAME_RE.match(name or ""):
        raise AuthError("acc_bad_name")
    if len(password or "") < MIN_PASSWORD:
        raise AuthError("acc_short_password", n=MIN_PASSWORD)
    ensure_schema(db)
    salt = secrets.token_bytes(16)
    digest = _kdf(password, salt)
    existed = _exists(db, name)
    from ingest.fund import now_iso
    kdf = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}"
    if existed:   # a disabled account stays disabled: a new password does not re-enable it
        db.execute("UPDATE web_users SET kdf=?, salt=?, hash=? WHERE name=?",
                   (kdf, salt, digest, name))
    else:
        db.execute("INSERT INTO web_users (name, kdf, salt, hash, created_at) VALUES (?,?,?,?,?)",
                   (name, kdf, salt, digest, now_iso()))
    # a new password ends the user's open sessions
    db.execute('DELETE FROM web_sessions WHERE "user"=?', (name,))
    db.commit()
    return not existed


def _exists(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM web_users WHERE name=?", (name,)).fetchone() is not None


def set_password(db: sqlite3.Connection, name: str, password: str) -> None:
    """A new password for an existing account (its sessions end)."""
    ensure_schema(db)
    if not _exists(db, name):
        raise AuthError("acc_no_user", u=name)
    add_user(db, name, password)


def set_disabled(db: sqlite3.Connection, name: str, disabled: bool = True) -> int:
    """Disable (or enable) an account; disabling ends its sessions.
    Returns the number of sessions ended."""
    ensure_schema(db)
    if not _exists(db, name):
        raise AuthError("acc_no_user", u=name)
    db.execute("UPDATE web_users SET disabled=? WHERE name=?", (int(disabled), name))
    ended = db.execute('DELETE FROM web_sessions WHERE "user"=?', (name,)).rowcount if disabled else 0
    db.commit()
    return ended


def remove_user(db: sqlite3.Connection, name: str) -> None:
    """Remove an account and its sessions (its corrections stay in the catalog)."""
    ensure_schema(db)
    if not _exists(db, name):
        raise AuthError("acc_no_user", u=name)
    db.execute('DELETE FROM web_sessions WHERE "user"=?', (name,))
    db.execute("DELETE FROM web_users WHERE name=?", (name,))
    db.commit()


@dataclass(frozen=True)
class Account:
    name: str
    created_at: str
    disabled: bool
    sessions: int                 # open sessions (some may have expired unseen)
    last_seen: float | None       # the latest request of any of its sessions (epoch)

    def to_dict(self) -> dict:
        return {"name": self.name, "created_at": self.created_at, "disabled": self.disabled,
                "sessions": self.sessions, "last_seen": self.last_seen}


def accounts(db: sqlite3.Connection) -> list[Account]:
    ensure_schema(db)
    return [Account(r[0], r[1], bool(r[2]), r[3], r[4]) for r in db.execute(
        "SELECT u.name, u.created_at, u.disabled, count(s.token_sha), max(s.seen) "
        'FROM web_users u LEFT JOIN web_sessions s ON s."user" = u.name '
        "GROUP BY u.name ORDER BY u.name")]


def check_password(db: sqlite3.Connection, name: str, password: str) -> bool:
    ensure_schema(db)
    row = db.execute("SELECT kdf, salt, hash, disabled FROM web_users WHERE name=?",
                     (name,)).fetchone()
    if row is None or row[3]:
        # spend the same time as for a real user: no user enumeration by timing
        _kdf(password or "", b"\0" * 16)
        return False
    algo, n, r, p = row[0].split("$")
    if algo != "scrypt":
        return False
    return hmac.compare_digest(_kdf(password or "", row[1], int(n), int(r), int(p)), row[2])


def users(db: sqlite3.Connection) -> list[str]:
    ensure_schema(db)
    return [r[0] for r in db.execute("SELECT name FROM web_users ORDER BY name")]


@dataclass(frozen=True)
class Session:
    user: str
    csrf: str


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


class Sessions:
    """Sessions in the catalog; ``clock`` is injectable for tests."""

    def __init__(self, idle: float = 30 * 60, absolute: float = 12 * 3600,
                 clock: Callable[[], float] = time.time):
        self.idle = idle
        self.absolute = absolute
        self.clock = clock

    def create(self, db: sqlite3.Connection, user: str) -> str:
        ensure_schema(db)
        token = secrets.token_urlsafe(32)
        now = self.clock()
        db.execute("INSERT INTO web_sessions VALUES (?,?,?,?,?)",
                   (_sha(token), user, secrets.token_urlsafe(32), now, now))
        db.execute("DELETE FROM web_sessions WHERE seen < ? OR created < ?",
                   (now - self.idle, now - self.absolute))
        db.commit()
        return token

    def get(self, db: sqlite3.Connection, token: str | None) -> Session | None:
        if not token or len(token) > 100:
            return None
        key = _sha(token)
        try:
            row = db.execute('SELECT "user", csrf, created, seen FROM web_sessions '
                             "WHERE token_sha=?", (key,)).fetchone()
        except sqlite3.OperationalError:  # no staff tables yet (or a read-only fund)
            return None
        except Exception as ex:  # the same in PostgreSQL
            if type(ex).__name__ != "UndefinedTable":
                raise
            return None
        if row is None:
            return None
        now = self.clock()
        if now - row[3] > self.idle or now - row[2] > self.absolute:
            db.execute("DELETE FROM web_sessions WHERE token_sha=?", (key,))
            db.commit()
            return None
        user = db.execute("SELECT disabled FROM web_users WHERE name=?", (row[0],)).fetchone()
        if user is None or user[0]:
            return None
        if now - row[3] > 30:  # do not write on every request
            db.execute("UPDATE web_sessions SET seen=? WHERE token_sha=?", (now, key))
            db.commit()
        return Session(row[0], row[1])

    def end(self, db: sqlite3.Connection, token: str | None) -> None:
        if token:
            ensure_schema(db)
            db.execute("DELETE FROM web_sessions WHERE token_sha=?", (_sha(token),))
            db.commit()


@dataclass
class _Account:
    failures: int = 0              # wrong passwords since the last right one
    until: float = 0.0             # no login before this time


class LoginBrake:
    """Wrong passwords per account (a growing wait) and per client address
    (a coarse rate), in memory: a restart forgets them, as it should after
    an administrator's intervention."""

    MAX_KEYS = 10_000

    def __init__(self, free: int = FREE_TRIES, first: float = FIRST_DELAY,
                 longest: float = MAX_DELAY, address_max: int = ADDRESS_MAX,
                 address_window: float = ADDRESS_WINDOW,
                 clock: Callable[[], float] = time.time):
        self.free, self.first, self.longest = free, first, longest
        self.address_max, self.address_window = address_max, address_window
        self.clock = clock
        self._accounts: dict[str, _Account] = {}
        self._addresses: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(name: str) -> str:
        return name.casefold()

    def retry_after(self, name: str, address: str) -> int:
        """Seconds until a login to ``name`` from ``address`` may be tried (0: now)."""
        now = self.clock()
        with self._lock:
            wait = 0.0
            acc = self._accounts.get(self._key(name))
            if acc is not None and acc.until > now:
                wait = acc.until - now
            recent = [t for t in self._addresses.get(address, ()) if now - t < self.address_window]
            if len(recent) >= self.address_max:
                wait = max(wait, self.address_window - (now - recent[-self.address_max]))
            return int(wait + 0.999)

    def failed(self, name: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._accounts) + len(self._addresses) > self.MAX_KEYS:
                self._forget(now)   # a spray of names must not grow memory
            acc = self._accounts.setdefault(self._key(name), _Account())
            acc.failures += 1
            over = acc.failures - self.free
            if over >= 0:
                acc.until = now + min(self.longest, self.first * 2 ** min(over, 30))
            xs = self._addresses.setdefault(address, [])
            xs.append(now)
            del xs[:-self.address_max]

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._accounts.pop(self._key(name), None)

    def _forget(self, now: float) -> None:
        """Drop accounts whose wait is over and that are below the free tries
        (their count restarts: a slow guesser still meets the wait after a
        few more tries), and addresses quiet for a window."""
        for k, a in list(self._accounts.items()):
            if a.until <= now and a.failures < self.free:
                del self._accounts[k]
        if len(self._accounts) > self.MAX_KEYS // 2:
            for k, a in list(self._accounts.items()):
                if a.until <= now - self.longest:
                    del self._accounts[k]
        for k, xs in list(self._addresses.items()):
            if not xs or now - xs[-1] >= self.address_window:
                del self._addresses[k]


def new_token() -> str:
    return secrets.token_urlsafe(24)


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())
