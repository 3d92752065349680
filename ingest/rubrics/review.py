"""The librarian's decisions over automation: review warnings and manual rubrics.

A record filed only by the scheme's best guess (or not at all) carries
``UNCERTAIN`` until a librarian confirms or changes its rubrics; a manual
rubric always wins over the automatic ones.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ingest.records import Rubric

from .score import Assignment

if TYPE_CHECKING:
    from .scheme import Scheme

UNCERTAIN = "rubric_uncertain"  # the record's warning: filed by the best guess, or not at all


def needs_review(auto: list[Assignment], manual_add: Iterable[str] = (),
                 rubrics: Iterable = ()) -> bool:
    """Whether a record is to carry ``UNCERTAIN``: no librarian has filed it and
    automation only guessed (or found nothing), or it is left with no rubric."""
    if any(True for _ in manual_add):
        return False
    return not auto or all(a.uncertain for a in auto) or not list(rubrics)


def with_review_warning(warnings: Iterable[str], uncertain: bool) -> tuple[str, ...]:
    """The record's warnings with ``UNCERTAIN`` present exactly when ``uncertain``."""
    out = [w for w in warnings if w != UNCERTAIN]
    return tuple(out + [UNCERTAIN]) if uncertain else tuple(out)


def merge_manual(auto: list[Assignment], manual_add: set[str], manual_remove: set[str],
                 scheme: Scheme | None = None) -> list[Rubric]:
    """The record's rubrics: automation, overridden by the librarian.

    A manual removal suppresses the automatic code and its subrubrics; a
    manual addition is ``source: "manual"`` and implies its parents (manual
    too unless automation already gave them). The librarian wins: a code
    both added and removed stays (added).
    """
    def under(code: str, top: str) -> bool:
        return code == top or code.startswith(top + ".")

    labels = {a.code: a.label for a in auto}

    def label(code: str) -> str:
        if scheme is not None and code in scheme.by_code:
            return scheme.label(code)
        return labels.get(code, code)

    result: dict[str, Rubric] = {}
    for a in auto:
        if any(under(a.code, rm) for rm in manual_remove):
            continue
        result[a.code] = Rubric(a.code, a.label, "auto")
    for code in manual_add:
        # a code the (edited) scheme no longer has: filed under its nearest rubric the
        # scheme still has; the decision itself stays stored as made
        # (spec/record.md: codes from rubrics.yaml)
        while scheme is not None and code not in scheme.by_code and "." in code:
            code = code.rsplit(".", 1)[0]
        if scheme is not None and code not in scheme.by_code:
            continue
        result[code] = Rubric(code, label(code), "manual")
        p = code
        while "." in p:
            p = p.rsplit(".", 1)[0]
            if p not in result:
                result[p] = Rubric(p, label(p), "manual")

    if scheme is not None:
        order = {r.code: i for i, r in enumerate(scheme.rubrics)}
        return sorted(result.values(), key=lambda r: (order.get(r.code, len(order)), r.code))
    return sorted(result.values(), key=lambda r: r.code)
