"""Import workers step back for the desk's searches on POSIX and on Windows
(ingest/priority.py): on Windows they used to keep normal priority."""
from __future__ import annotations

from types import SimpleNamespace

from ingest import priority
from ingest.pipeline import _worker_init


class FakeKernel32:
    def __init__(self, ok: bool = True):
        self.calls: list[tuple] = []
        self.ok = ok

    def GetCurrentProcess(self):          # noqa: N802 - the Windows API's names
        return "current"

    def SetPriorityClass(self, handle, cls):  # noqa: N802
        self.calls.append((handle, cls))
        return 1 if self.ok else 0


def test_windows_workers_ask_for_a_lower_priority_class(monkeypatch):
    k = FakeKernel32()
    monkeypatch.setattr(priority, "os", SimpleNamespace(name="nt"))   # no os.nice, as on Windows
    monkeypatch.setattr(priority, "_kernel32", lambda: k)
    assert priority.lower(5) is True
    assert priority.lower(19) is True
    assert k.calls == [("current", priority.BELOW_NORMAL_PRIORITY_CLASS),
                       ("current", priority.IDLE_PRIORITY_CLASS)]
    assert priority.lower(0) is False and len(k.calls) == 2          # nothing asked: untouched
    refused = FakeKernel32(ok=False)
    monkeypatch.setattr(priority, "_kernel32", lambda: refused)
    assert priority.lower(5) is False                                 # said, never raised


def test_the_batch_worker_init_lowers_through_it(monkeypatch):
    asked: list[int] = []
    monkeypatch.setattr(priority, "os", SimpleNamespace(name="posix", nice=asked.append))
    _worker_init(None, nice=10)
    _worker_init(None, nice=0)
    assert asked == [10]


def test_a_refused_nice_is_not_an_error(monkeypatch):
    def refuse(n):
        raise PermissionError(1, "not permitted")
    monkeypatch.setattr(priority, "os", SimpleNamespace(name="posix", nice=refuse))
    assert priority.lower(5) is False
