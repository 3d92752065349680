"""Rubric filters as people type them: a code in any case (``budget``, ``BUDGET``)
or a rubric's label (``Бюджет и финансы``) names the rubric; anything else is
refused with the nearest codes. A typo in a filter used to narrow the search
silently to nothing («Найдено: 0»), which looks like an answer. The CLI's
``--rubric``, the web page's ``?rubric=`` and the API read filters here."""
from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class Unknown:
    value: str               # as typed
    near: tuple[str, ...]    # nearest codes, best first (may be empty)
    top: tuple[str, ...]     # the scheme's top-level codes (when nothing is near)


def _names(scheme) -> dict[str, str]:
    names: dict[str, str] = {}
    for r in scheme.rubrics:
        for name in (r.label_en, r.label_ru, r.code):
            if name:
                names[" ".join(name.split()).casefold()] = r.code
    return names


def resolve(scheme, values) -> tuple[list[str], list[Unknown]]:
    """(codes named, values that name no rubric); ``scheme`` None: taken as given."""
    values = [v for v in values if v and v.strip()]
    if scheme is None:
        return list(values), []
    names = _names(scheme)
    codes, unknown = [], []
    for v in values:
        code = names.get(" ".join(v.split()).casefold())
        if code is not None:
            codes.append(code)
            continue
        low = v.casefold().strip()
        near = [n for n in names if n.startswith(low)] + \
            difflib.get_close_matches(low, list(names), n=3, cutoff=0.6)
        unknown.append(Unknown(v, tuple(list(dict.fromkeys(names[n] for n in near))[:5]),
                               tuple(sorted({c for c in names.values() if "." not in c}))))
    return codes, unknown
