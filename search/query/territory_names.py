"""Territory filters as people type them: ``--region самарская``,
``?region=Самарской области``, ``--municipality Заречный``.

The index keys a territory by its full folded name (``самарская область``,
``заречный муниципальный округ``: ingest/territory/spelling.name_key), and
the web page's facet links carry those keys. A name typed by hand rarely is
one: a bare adjective, another case, the kind word left out. An exact key
that holds no act used to filter silently to nothing («Найдено: 0»), which
looks like an answer. Here a typed name becomes the fund's keys it names —
every typed word the start of a word of the key, its case ending aside —
and a name that names none is refused with the nearest the fund holds.
"""
from __future__ import annotations

import difflib
import re

from ingest.territory import name_key
from ingest.territory.spelling import is_kind_word
from search.engine.documents import NO_REGION
from search.query.errors import UnknownTerritory

MAX_KEYS = 20    # a name matching more than this is too loose to filter by


def _stem(word: str) -> str:
    """A word without its case ending (самарской, самарская -> самарск):
    enough letters kept that kin names stay apart (курская / курганская)."""
    return word[: max(3, len(word) - 3)] if len(word) > 4 else word


def _words(key: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", key) if w]


def _matches(typed: list[str], key: str, exact: bool) -> bool:
    words = _words(key)
    if exact:
        return all(t in words for t in typed)
    return all(any(w.startswith(_stem(t)) for w in words) for t in typed)


def resolve(eng, field: str, value: str | None) -> tuple[list[str], bool]:
    """(the keys ``value`` names in ``field``, whether it was read as typed).

    An exact key the fund holds is taken as is; otherwise the fund's keys
    every typed word begins a word of (the kind words optional). A whole
    name with its kind word that matches none is kept as typed (no act of
    it yet); a bare name matching none or too many raises
    ``UnknownTerritory``."""
    if not value or not value.strip():
        return [], True
    if field == "region" and value.strip() == NO_REGION:
        return [NO_REGION], True
    key = name_key(value)
    if not key or eng.doc_frequency(field, key):
        return [key], True
    values = [k for k, _ in eng.key_values(field)]
    typed = [w for w in _words(key) if not is_kind_word(w)] or _words(key)
    # the typed words as words of a key first (москва: not московская область)
    found = [k for k in values if k != NO_REGION and _matches(typed, k, True)] or \
        [k for k in values if k != NO_REGION and _matches(typed, k, False)]
    if found and len(found) <= MAX_KEYS:
        return found, False
    if not found and len(typed) < len(_words(key)):
        # a whole name with its kind (тамбовская область) the fund holds no
        # act of yet: an honest nothing (a subscriber's profile, a saved query)
        return [key], True
    if found:
        raise UnknownTerritory(field, value, tuple(found[:5]), many=True)
    raise UnknownTerritory(field, value, tuple(difflib.get_close_matches(key, values, n=3,
                                                                         cutoff=0.5)))
