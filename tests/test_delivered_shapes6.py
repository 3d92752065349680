"""Delivered files in the shapes held-out sample 32 found in the text of real
delivered files (issue 12, helper heldout32): a letterhead ruled off under the
issuer's name by a run of underscores typed at the end of the name's last
paragraph, as a Word user draws the blank's rule.

Each file is composed here, in our own wording, for fictional municipalities
(Сосновское сельское поселение of a Заречный район, Тестовская область); what
is asserted is what a librarian reads off the page.
"""
from __future__ import annotations

import docx as python_docx
import pytest

from tests.test_binary_shapes import act_of
from tests.test_delivered_shapes3 import _fields

TEXT = ["В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
        "местного самоуправления в Российской Федерации» администрация поселения постановляет:",
        "1. Утвердить прилагаемый порядок.", "Глава поселения\tИ.И. Иванов"]
TITLE = "Об утверждении порядка содержания мест захоронения"
RULE = "_" * 48


@pytest.mark.parametrize("name, rule", [
    (["Администрация Сосновского сельского поселения", "Заречный муниципальный район Тестовская область"], " "),
    (["Администрация Сосновского сельского поселения", "Заречный муниципальный район Тестовская область"], ""),
    (["АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО РАЙОНА ТЕСТОВСКОЙ ОБЛАСТИ"], " "),
])
def test_a_letterheads_rule_of_underscores_after_the_names_last_line(tmp_path, name, rule):
    """``… Тестовская область ______________``: the rule is the blank's, the
    name is the body (spaced from it or glued to it, in capitals or not)."""
    document = python_docx.Document()
    for line in [name[0], "", name[1] + rule + RULE, "", "", "ПОСТАНОВЛЕНИЕ", "", "от 12.03.2024 г. № 14", "",
                 TITLE, ""] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _fields(act_of(tmp_path / "act.docx")[1], "постановление", "14", "2024-03-12",
            f"{name[0]} {name[1]}", TITLE)
