"""Shared fixtures: where the real delivered documents are, a CLI runner."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.gold import REALDOCS as _REALDOCS

REPO = Path(__file__).resolve().parent.parent
REALDOCS = _REALDOCS.resolve()
FILES = REALDOCS / "files"


def realdoc(prefix: str) -> Path:
    """A real delivered file by its number prefix, e.g. realdoc('40')."""
    hits = sorted(FILES.glob(f"{prefix}_*"))
    if not hits:
        pytest.skip(f"real document {prefix}_* not found in {FILES}")
    return hits[0]


def gold() -> dict[str, dict]:
    with open(REALDOCS / "gold.jsonl", encoding="utf-8") as f:
        return {d["file"]: d for d in map(json.loads, f)}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def batch_dir(tmp_path: Path):
    """A delivery folder holding copies of some real documents."""
    def make(*prefixes: str, name: str = "delivery") -> Path:
        d = tmp_path / name
        d.mkdir(exist_ok=True)
        for p in prefixes:
            src = realdoc(p)
            shutil.copy(src, d / src.name)
        return d
    return make


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI a skip is a failure: a test that could not run proved nothing
    (a missing ../shared, Tesseract or Chromium must stop the run, not pass it)."""
    outcome = yield
    rep = outcome.get_result()
    if os.environ.get("CI", "").lower() in ("1", "true", "yes") and rep.skipped \
            and not hasattr(rep, "wasxfail"):
        rep.outcome = "failed"
        reason = rep.longrepr[2] if isinstance(rep.longrepr, tuple) else rep.longrepr
        rep.longrepr = f"skipped under CI=true, which counts as a failure: {reason}"


@pytest.fixture(scope="session")
def pg_server():
    """One private PostgreSQL for the whole run (tests/pgserver.py)."""
    from tests.pgserver import start_server
    srv = start_server()
    yield srv
    srv.stop()


_PG_DATABASES = iter(range(1, 10**6))


@pytest.fixture(scope="module", params=["whoosh", "postgresql"])
def engine(request):
    """The search engine a test module runs on: Whoosh (the default), or
    PostgreSQL through ``ACTDESK_DATABASE_URL`` on a fresh database of the
    private server — the catalog then lives there too (ingest/catalog) —
    so the same assertions hold for both."""
    from search import index as ix
    if request.param == "whoosh":
        yield "whoosh"
        return
    from tests.pgserver import create_database
    url = create_database(request.getfixturevalue("pg_server"), f"t{next(_PG_DATABASES)}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ACTDESK_DATABASE_URL", url)
        yield "postgresql"
        ix.close_engines()
