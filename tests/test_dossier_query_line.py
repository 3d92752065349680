"""A dossier's saved query is shown in words, not in the query's field names
(``in_force: True``, ``date_from: 2024-01-01``: qa83's note)."""
from __future__ import annotations

from search.dossier.store import Dossier
from search.query import Query


def test_a_saved_query_reads_as_words():
    d = Dossier("Выборы", Query(text="выборы депутатов", kind=["решение"], date_from="2024-01-01",
                                date_to="2024-12-31", level="municipal", in_force=True,
                                rubric=["elections"]), "2026-12-07")
    line = d.query_line
    assert line == ("«выборы депутатов»; вид: решение; принят с: 01.01.2024; принят по: 31.12.2024; "
                    "рубрика: elections; уровень: муниципальный; только действующие")
    assert "True" not in line and "date_from" not in line
