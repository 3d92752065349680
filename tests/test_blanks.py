"""Requisites of municipal blanks as delivered (issue 12): each blank of
``tests/blanks.py`` is composed in DOCX or RTF and converted by LibreOffice
into DOC, ODT, PDF or DOCX; every copy gives the kind, number, date, body
and title a librarian reads off the page. LibreOffice is required (CI
installs it), as in ``tests/test_lists.py``."""
from __future__ import annotations

import pytest

from tests.blanks import BLANKS, compose, misses, read_blank

COPIES = [(b, fmt) for b in BLANKS for fmt in b.formats]


@pytest.fixture(scope="module")
def composed(tmp_path_factory):
    return {(b.name, path.suffix[1:]): path for b, path in compose(tmp_path_factory.mktemp("blanks"))}


@pytest.mark.parametrize("blank, fmt", COPIES, ids=[f"{b.name}.{fmt}" for b, fmt in COPIES])
def test_delivered_blank_gives_its_requisites(blank, fmt, composed):
    act = read_blank(composed[blank.name, fmt])
    wrong = {f: (getattr(act, f), blank.truth[f]) for f in misses(blank, act)}
    assert not wrong, wrong
