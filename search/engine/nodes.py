"""The plan language: what search/query builds and every engine executes.

Engine-neutral on purpose: a plan names fields and exact terms (already
analysed by search.analysis), never an engine's query syntax, so saved
queries and the query layer outlive any engine. Nodes are frozen and
hashable: an engine may key its caches by the node itself.

* ``Term(field, text, boost)``: documents holding ``text`` in ``field``,
  scored by the engine's weighting times ``boost``;
* ``And(items)``: every positive item; a ``Not`` among them subtracts;
* ``Or(items)``: any item, scores summed;
* ``DisMax(items, tiebreak)``: any item (scored as ``Or``; see the Whoosh
  engine for why);
* ``Not(node)``: only inside ``And`` (``Not`` alone means "all but");
* ``Range(field, lo, hi)``: terms of ``field`` in ``[lo, hi]`` (``""``:
  open), unscored;
* ``All()``: every live document.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Term:
    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class And:
    items: tuple

    def __post_init__(self):
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True)
class Or:
    items: tuple

    def __post_init__(self):
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True)
class DisMax:
    items: tuple
    tiebreak: float = 0.1

    def __post_init__(self):
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True)
class Not:
    node: "Node"


@dataclass(frozen=True)
class Range:
    field: str
    lo: str = ""
    hi: str = ""


@dataclass(frozen=True)
class All:
    pass


Node = Union[Term, And, Or, DisMax, Not, Range, All]


def positives(node: And) -> list:
    """The items of an ``And`` that are not ``Not``."""
    return [n for n in node.items if not isinstance(n, Not)]


def negatives(node: And) -> list:
    """The ``Not`` items of an ``And``."""
    return [n for n in node.items if isinstance(n, Not)]


def leaves(node: Node, combinators: tuple, accept) -> list[Term] | None:
    """The terms of a plan made only of ``combinators`` over terms that
    ``accept`` takes, left to right (a term twice: twice), or None: the
    plan holds anything else (an engine's shortcut applies to these only)."""
    if isinstance(node, Term):
        return [node] if accept(node) else None
    if isinstance(node, combinators) and node.items:
        out: list[Term] = []
        for n in node.items:
            got = leaves(n, combinators, accept)
            if got is None:
                return None
            out += got
        return out
    return None
