"""Requisites that hold when what should not matter changes (issue 12).

``bench/metamorphic.py`` edits real acts in ways a reader would not notice --
the heading in capitals or as in a sentence, a body line wrapped elsewhere,
other place names, numbers and dates, the date written another way -- and
reports the fields lost. Each class of loss is written here as heading shapes
of our own (tests/requisite_shapes_metamorphic.yaml), fictional names only.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.requisites import extract_acts
from tests.test_requisites_regions import check

CASES = yaml.safe_load((Path(__file__).parent / "requisite_shapes_metamorphic.yaml")
                       .read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[f"m{i}" for i in range(len(CASES))])
def test_metamorphic_shapes(case):
    check(extract_acts(case["text"])[0], **case["want"])
