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


# The library's code in the records it sends to other catalogs (RUSMARC 801 $b,
# the originating agency, and 316 $5, the holder of the copy): the code the
# regional union catalog knows the library by (an ISIL such as ``RU-1234567``
# or the catalog's own short name). Until the library sets it, records say
# they came from an actdesk desk, which a union catalog can still tell apart.
DEFAULT_LIBRARY_CODE = "actdesk"
SETTINGS_FILE = "settings.yaml"


def library_code(home: Path) -> str:
    """``ACTDESK_LIBRARY_CODE``, else ``library_code:`` of FUND/settings.yaml,
    else ``DEFAULT_LIBRARY_CODE``. A settings file that cannot be read is an
    error naming the file, never silently the default."""
    env = os.environ.get("ACTDESK_LIBRARY_CODE", "").strip()
    if env:
        return env
    path = Path(home) / SETTINGS_FILE
    if not path.exists():
        return DEFAULT_LIBRARY_CODE
    import yaml
    from ingest.fund import FundError
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as ex:
        raise FundError(f"{path}: cannot read the settings ({ex})") from ex
    if not isinstance(data, dict):
        raise FundError(f"{path}: the settings must be 'name: value' lines")
    code = data.get("library_code")
    if code is None:
        return DEFAULT_LIBRARY_CODE
    if not isinstance(code, (str, int)) or not str(code).strip():
        raise FundError(f"{path}: library_code must be a non-empty text, not {code!r}")
    return str(code).strip()
