"""Where things are: the rubric scheme (the fund directory is the CLI's
``--home``, ``$ACTDESK_HOME``: ``cli/context.py``).

Settings live here, never in rubrics.yaml (that file is the scheme only).
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_SCHEME = Path(__file__).resolve().parent.parent / "rubrics.yaml"


def scheme_path(home: Path) -> Path | None:
    """A fund may carry its own edited scheme; otherwise the bundled one.

    ``ACTDESK_RUBRICS`` overrides both (a librarian testing an edit).
    """
    env = os.environ.get("ACTDESK_RUBRICS")
    if env:
        return Path(env)
    own = Path(home) / "rubrics.yaml"
    if own.exists():
        return own
    return REPO_SCHEME if REPO_SCHEME.exists() else None
