"""An import's workers yield the cores to the process that commits.

With ``--jobs 2`` on two cores the workers parse and analyse while the main
process (and its database backend) commits what they made; when the
workers held both cores, the commits waited and PostgreSQL imports stayed
at 1.74× one job. The workers now run a few steps lower (cli.ingest.
WORKER_NICE; POSIX only — Windows keeps normal priority)."""
from __future__ import annotations

import concurrent.futures
import json
import os

import pytest
from click.testing import CliRunner

from cli import main
from cli import ingest as cli_ingest
from ingest import pipeline

NOTICE = """АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА

ПОСТАНОВЛЕНИЕ

от {day:02d}.04.2025 № {n}-п

Об организации субботника на улице Садовой ({n})

Провести субботник по уборке улицы Садовой {day} апреля 2025 года.
Глава Заречного муниципального округа И.В. Соколов
"""


def _niceness_after_init(nice: int) -> int:
    pipeline._worker_init(None, nice)
    return os.nice(0)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="process priority is POSIX-only")
def test_a_worker_started_with_a_nice_runs_lower():
    """The pool's initializer really lowers the worker's priority."""
    base = os.nice(0)
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        assert pool.submit(_niceness_after_init, 0).result() == base
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        assert pool.submit(_niceness_after_init, cli_ingest.WORKER_NICE).result() == \
            min(base + cli_ingest.WORKER_NICE, 19)
    assert os.nice(0) == base   # the importing process itself keeps its priority


def test_ingest_starts_its_workers_lower(tmp_path, monkeypatch):
    """``actdesk ingest --jobs 2`` asks its pool for lower-priority workers,
    and the acts still all arrive."""
    asked = []
    real = concurrent.futures.ProcessPoolExecutor

    def pool(*args, **kw):
        asked.append(kw.get("initargs"))
        return real(*args, **kw)

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", pool)
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    for i in range(1, 7):
        (delivery / f"Постановление {i}-п.txt").write_text(NOTICE.format(day=i + 1, n=i), "utf-8")
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), "ingest", "--jobs", "2",
                                    str(delivery)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert asked and all(args[1] == cli_ingest.WORKER_NICE for args in asked)
    assert cli_ingest.WORKER_NICE > 0
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), "stats", "--format", "json"])
    assert json.loads(res.stdout)["records"] == 6
