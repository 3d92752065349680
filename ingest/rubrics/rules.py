"""A rubric of the scheme and its rules, as compiled from ``rubrics.yaml``.

Leaves match words: ``terms`` (lemma sequences), ``phrases`` (one regex, a
group per phrase), ``regex`` (the librarian's pattern); combinations hold
other rules (``any``, ``all``, ``not``). Each says ``where`` it looks.
"""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_THRESHOLD = 3.0


@dataclass
class Leaf:
    kind: str                      # terms | phrases | regex
    items: list                    # terms: list[tuple[lemma...]]; phrases: [one regex]; regex: [pattern, prefilter.needed, prefilter.scanned]
    shown: list[str]               # as written in the scheme
    where: str = "both"
    weight: float = 1.0

    def shown_for(self, keys) -> tuple[str, ...]:
        if self.kind == "regex":
            return tuple(self.shown)
        return tuple(self.shown[i] for i in sorted(keys))


@dataclass
class Combo:
    kind: str                      # any | all | not
    parts: list
    where: str = "both"
    weight: float = 1.0


MASK = Leaf("terms", [], [], "both", 0.0)   # "mask" terms: they hide the words they cover


def _leaf_reduce_ex(self, protocol):
    # MASK is compared by identity: a pickled scheme must find the same object
    if self is MASK:
        return "MASK"
    return object.__reduce_ex__(self, protocol)


Leaf.__reduce_ex__ = _leaf_reduce_ex


@dataclass
class RubricDef:
    code: str
    label_ru: str
    label_en: str
    rules: list
    threshold: float = DEFAULT_THRESHOLD
    line: int = 0

    @property
    def parent(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None


def leaves(rules):
    """Every leaf of ``rules``, combinations opened, in order."""
    for r in rules:
        if isinstance(r, Leaf):
            yield r
        else:
            yield from leaves(r.parts)


def looks(where: str, zone: str) -> bool:
    """Whether a rule that looks ``where`` reads ``zone`` (title, head or text)."""
    if where == "both":
        return True
    if where == "title":
        return zone in ("title", "head")
    return zone == "text"
