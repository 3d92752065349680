"""What the rubric class tests ask of the scheme, written once.

The tests of each held-out sample's classes (``test_rub*.py``) read the real
``rubrics.yaml`` and ask one of two questions: which top-level codes a rule
assigned (``ruled``), or what the card file shows, the uncertain best guess
included (``filed``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.rubrics import load_scheme

ROOT = Path(__file__).resolve().parent.parent


def scheme_fixture():
    """A module-scoped fixture loading the repository's scheme once per test file."""
    @pytest.fixture(scope="module")
    def real():
        return load_scheme(ROOT / "rubrics.yaml")
    return real


def ruled(scheme, title, text=""):
    """Top-level codes a rule assigned (the uncertain best guess left out)."""
    return {a.code for a in scheme.assign(title, text) if "." not in a.code and not a.uncertain}


def filed(scheme, title, text=""):
    """Top-level codes filed, the uncertain best guess included (what the card file shows)."""
    return {a.code for a in scheme.assign(title, text) if "." not in a.code}


top = ruled
