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

Wrong passwords: after ``MAX_FAILURES`` within ``WINDOW`` seconds for one
user name or one client address, logins are refused (even right ones)
until the window has passed.
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
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS web_sessions (
    token_sha TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    csrf TEXT NOT NULL,
    created REAL NOT NULL,
    seen REAL NOT NULL
);
"""

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
NAME_RE = re.compile(r"^[\w.@-]{1,64}$")
MIN_PASSWORD = 8
MAX_FAILURES = 5
WINDOW = 15 * 60


class AuthError(ValueError):
    pass


def _kdf(password: str, salt: bytes, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=64 * 1024 * 1024, dklen=32)


def ensure_schema(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)


def add_user(db: sqlite3.Connection, name: str, password: str) -> bool:
    """Create or reset a user; returns True if the user is new."""
    if not NAME_RE.match(name or ""):
        raise AuthError("a user name is 1–64 letters, digits, '.', '@', '_' or '-'")
    if len(password or "") < MIN_PASSWORD:
        raise AuthError(f"the password must have at least {MIN_PASSWORD} characters")
    ensure_schema(db)
    salt = secrets.token_bytes(16)
    digest = _kdf(password, salt)
    existed = db.execute("SELECT 1 FROM web_users WHERE name=?", (name,)).fetchone() is not None
    from ingest.fund import now_iso
    db.execute("INSERT OR REPLACE INTO web_users VALUES (?,?,?,?,?)",
               (name, f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}", salt, digest, now_iso()))
    # a new password ends the user's open sessions
    db.execute("DELETE FROM web_sessions WHERE user=?", (name,))
    db.commit()
    return not existed


def check_password(db: sqlite3.Connection, name: str, password: str) -> bool:
    ensure_schema(db)
    row = db.execute("SELECT kdf, salt, hash FROM web_users WHERE name=?", (name,)).fetchone()
    if row is None:
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
            row = db.execute("SELECT user, csrf, created, seen FROM web_sessions "
                             "WHERE token_sha=?", (key,)).fetchone()
        except sqlite3.OperationalError:  # no staff tables yet (or a read-only fund)
            return None
        if row is None:
            return None
        now = self.clock()
        if now - row[3] > self.idle or now - row[2] > self.absolute:
            db.execute("DELETE FROM web_sessions WHERE token_sha=?", (key,))
            db.commit()
            return None
        if db.execute("SELECT 1 FROM web_users WHERE name=?", (row[0],)).fetchone() is None:
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


class LoginBrake:
    """Counts wrong passwords per user name and per client address (memory)."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW,
                 clock: Callable[[], float] = time.time):
        self.max = max_failures
        self.window = window
        self.clock = clock
        self._fails: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        xs = [t for t in self._fails.get(key, ()) if now - t < self.window]
        if xs:
            self._fails[key] = xs
        else:
            self._fails.pop(key, None)
        return xs

    def retry_after(self, *keys: str) -> int:
        """Seconds until a login may be tried again (0: now)."""
        now = self.clock()
        with self._lock:
            wait = 0.0
            for k in keys:
                xs = self._recent(k, now)
                if len(xs) >= self.max:
                    wait = max(wait, self.window - (now - xs[-self.max]))
            return int(wait + 0.999)

    MAX_KEYS = 10_000

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._fails) > self.MAX_KEYS:  # a spray of names must not grow memory
                for k in list(self._fails):
                    self._recent(k, now)
            for k in keys:
                self._fails.setdefault(k, []).append(now)
                del self._fails[k][:-self.max * 2]

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._fails.pop(k, None)


def new_token() -> str:
    return secrets.token_urlsafe(24)


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())
