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


def _settings(home: Path) -> dict:
    """FUND/settings.yaml as a dict ({} when there is none). A settings file
    that cannot be read is an error naming the file, never silently the default."""
    path = Path(home) / SETTINGS_FILE
    if not path.exists():
        return {}
    import yaml
    from ingest.edited import read_edited
    from ingest.fund import FundError
    try:
        data = yaml.safe_load(read_edited(path)) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as ex:
        raise FundError(f"{path}: cannot read the settings ({ex})") from ex
    if not isinstance(data, dict):
        raise FundError(f"{path}: the settings must be 'name: value' lines")
    return data


def _text_setting(home: Path, key: str, env: str, default: str | None) -> str | None:
    value = os.environ.get(env, "").strip()
    if value:
        return value
    code = _settings(home).get(key)
    if code is None:
        return default
    if not isinstance(code, (str, int)) or not str(code).strip():
        from ingest.fund import FundError
        raise FundError(f"{Path(home) / SETTINGS_FILE}: {key} must be a non-empty text, not {code!r}")
    return str(code).strip()


def library_code(home: Path) -> str:
    """``ACTDESK_LIBRARY_CODE``, else ``library_code:`` of FUND/settings.yaml,
    else ``DEFAULT_LIBRARY_CODE``."""
    return _text_setting(home, "library_code", "ACTDESK_LIBRARY_CODE", DEFAULT_LIBRARY_CODE)


def region_code(home: Path) -> str | None:
    """The library's region (RUSMARC 102 $b, the place of publication within
    the country): ``ACTDESK_REGION_CODE``, else ``region_code:`` of
    FUND/settings.yaml (the ISO 3166-2 code, e.g. ``RU-TUL``), else None.
    The acts a municipal library receives are its region's, so the library's
    setting stands for every record."""
    return _text_setting(home, "region_code", "ACTDESK_REGION_CODE", None)


def library_place(home: Path):
    """The library's own territory (``ingest.territory.Place``), which fills
    what an act's body does not name: ``ACTDESK_REGION`` / ``region:`` (the
    region's name, ``Брянская область``) and ``ACTDESK_MUNICIPALITY`` /
    ``municipality:`` (``город Брянск``, ``Заречный муниципальный район``),
    each None until set. Written in the one spelling the facets show."""
    from .territory import Place, display
    region = _text_setting(home, "region", "ACTDESK_REGION", None)
    municipality = _text_setting(home, "municipality", "ACTDESK_MUNICIPALITY", None)
    return Place(display(region) if region else None,
                 display(municipality) if municipality else None)


SCOPES = ("own", "region", "all")


def search_scope(home: Path) -> str:
    """What a desk searches unless the reader chooses otherwise:
    ``ACTDESK_SEARCH_SCOPE`` / ``search_scope:`` — ``own`` (the library's
    municipality and its settlements), ``region`` (the library's region) or
    ``all`` (the whole fund, the default)."""
    value = _text_setting(home, "search_scope", "ACTDESK_SEARCH_SCOPE", "all")
    if value not in SCOPES:
        from ingest.fund import FundError
        raise FundError(f"{Path(home) / SETTINGS_FILE}: search_scope must be one of "
                        f"{', '.join(SCOPES)}, not {value!r}")
    return value
