"""`actdesk compact`: a PostgreSQL index whose postings were written batch
by batch is rewritten in term order (each word's list then lies on a few
pages), answering as before; on Whoosh it says there is nothing to do."""
from __future__ import annotations

import json

from click.testing import CliRunner

from cli import main
from ingest.fund import Fund
from ingest.pipeline import Batch
from ingest.settings import scheme_path
from search.engine import pg_store
from tests.fixtures import fund_of_texts, resolution

TOPICS = ["ярмарки саженцев", "ремонта тротуаров", "выборов депутатов", "праздника урожая"]


def _act(i: int, topic: str) -> str:
    return resolution(f"{10 + i}.03.2025", f"{200 + i}-п", f"Об организации {topic}", f"""\
В соответствии с Уставом Заречного муниципального округа Тестовской области
администрация Заречного муниципального округа постановляет:
1. Обеспечить проведение {topic} в срок до 1 июня 2025 года.
2. Контроль за исполнением постановления возложить на заместителя главы округа.
""")


def _cli(*args: str):
    res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


def _order(url: str, home) -> tuple[list, list]:
    """The postings rows' keys as stored (ctid order) and as sorted."""
    st = pg_store.store(home / "index", url)
    with st.connect() as conn:
        stored = [tuple(r) for r in conn.execute(
            f"SELECT field, term, lo FROM {st.schema}.postings ORDER BY ctid").fetchall()]
    return stored, sorted(stored)


def test_compact_puts_a_postgresql_index_in_term_order(tmp_path, pg_server, monkeypatch):
    from tests.pgserver import create_database
    url = create_database(pg_server, "pg_compact")
    monkeypatch.setenv(pg_store.URL_ENV, url)
    home = fund_of_texts(tmp_path, {f"act{i}.txt": _act(i, t) for i, t in enumerate(TOPICS[:2])})
    later = tmp_path / "later"
    later.mkdir()
    for i, t in enumerate(TOPICS[2:], start=2):
        (later / f"act{i}.txt").write_text(_act(i, t), encoding="utf-8")
    fund = Fund(home)
    Batch(fund, jobs=1, scheme_path=scheme_path(home)).run([later])   # a second batch
    fund.close()
    before = _cli("--home", str(home), "search", "постановление", "--format", "json").stdout
    stored, ordered = _order(url, home)
    assert stored != ordered   # the second batch's rows after the first's
    out = _cli("--home", str(home), "compact").output
    assert "уплотнён" in out and "МБ" in out
    stored, ordered = _order(url, home)
    assert stored == ordered and len(stored) > 50
    after = _cli("--home", str(home), "search", "постановление", "--format", "json").stdout
    assert json.loads(after)["total"] == json.loads(before)["total"] == 4
    assert json.loads(after)["hits"] == json.loads(before)["hits"]


def test_compact_on_whoosh_has_nothing_to_do(tmp_path, monkeypatch):
    monkeypatch.delenv(pg_store.URL_ENV, raising=False)
    home = fund_of_texts(tmp_path, {"act.txt": _act(0, TOPICS[0])})
    assert "уплотнять нечего" in _cli("--home", str(home), "compact").output
