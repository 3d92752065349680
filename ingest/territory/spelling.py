"""The one spelling of territories' names: what the facets show and the
keys the index and the filters compare (``Тестовская область``,
``город Заречный``, ``Заречный муниципальный район``)."""
from __future__ import annotations

import re

from ingest.morph import fold

# generic words of a territory's name, lower case in the one spelling; the
# rest of a name is capitalised (``Заречный муниципальный округ``)
GENERIC_WORDS = {
    "область", "край", "автономный", "автономная", "округ", "город", "муниципальный",
    "район", "городской", "сельское", "городское", "поселение", "сельсовет", "село",
    "посёлок", "поселок", "станица", "деревня", "рабочий", "образование", "муниципальное",
    "федерального", "значения", "на", "де", "внутригородской", "внутригородское",
    "городского", "типа", "поселка", "посёлка", "хутор", "аул",
}
_UPPER = {"зато"}

# What kind of place a name is, as dictionary lemmas: the words a reader may
# type in any case, or leave out, around a territory's proper name
# («Луговского сельсовета», «городского округа Сосновск»). One list for
# the facets' spelling above and for the search's reading of typed names.
KIND_LEMMAS = frozenset((GENERIC_WORDS - {"на", "де", "рабочий", "типа", "поселка", "посёлка",
                                         "городского", "значения", "федерального"})
                        | {"республика", "значение", "федеральный", "внутригородской",
                           "территория", "сельский", "поселковый", "слобода", "обл", "г"})


def is_kind_word(word: str) -> bool:
    """Whether a folded word says what kind of place a name is (any case:
    ``сельсовета``, ``городского``, ``обл``), not which place."""
    from ingest.morph import lemma
    return word in KIND_LEMMAS or lemma(word).replace("ё", "е") in KIND_LEMMAS


def _cap(word: str) -> str:
    """One name word in the one spelling: ``ХАНТЫ-МАНСИЙСКИЙ`` -> ``Ханты-Мансийский``."""
    w = word.lower()
    if w in _UPPER:
        return w.upper()
    if w in GENERIC_WORDS:
        return w
    return "-".join(p if p in ("на", "де") else p[:1].upper() + p[1:] for p in w.split("-"))


def display(name: str) -> str:
    """A territory's name in the one spelling the facets show: generic words
    lower case, the proper name capitalised, ``Республика`` capitalised, as
    the Constitution prints it. ``display(name_key(x)) == display(x)`` for a
    name without ё, so a facet's folded key reads back as the name."""
    out = []
    for w in name.split():
        core = w.strip("()")
        new = "Республика" if core.lower() == "республика" else _cap(core)
        out.append(w.replace(core, new) if core else w)
    return " ".join(out)


def name_key(name: str | None) -> str:
    """A territory's name as an index key and a filter's value: folded, one
    space, quotes dropped (and commas and ``|``, which join keys), an
    abbreviated kind spelt out (``Брянская обл.``)."""
    if not name:
        return ""
    s = re.sub(r"[«»\"“”„]", "", fold(name)).replace(",", " ").replace("|", " ")
    s = re.sub(r"\bобл\.?(?=\s|$)", "область", s)
    s = re.sub(r"\bр-н\b", "район", s)
    s = re.sub(r"(?<![\w-])г\.\s*", "город ", s)
    return re.sub(r"\s+", " ", s).strip()


def is_district(name: str) -> bool:
    """A district that settlements lie in (``… район``, ``… муниципальный округ``)."""
    return name.endswith(" район") or name.endswith(" муниципальный округ")


def is_settlement(name: str) -> bool:
    """A settlement (``… сельское поселение``, ``… сельсовет``, ``село …``)."""
    return bool(re.search(r"поселение$|сельсовет$|^(?:село|посёлок|станица|деревня) ", name))
