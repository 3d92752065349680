"""The compiled rubric scheme: its rubrics in order, their tree, the index of their terms.

The scheme is a flat list of rubrics; a subrubric's code extends its parent's
(``social.disabled`` lives under ``social``). ``load.load_scheme`` builds it
from ``rubrics.yaml``; ``score`` does the tagging, which the methods here
hand over to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.records import Rubric

from . import score
from .match import TermIndex
from .prefilter import Alternation
from .rules import RubricDef, leaves
from .text import Doc, boilerplate_re


@dataclass(frozen=True)
class Node:
    code: str
    label: str
    label_en: str
    children: tuple["Node", ...] = ()


class Scheme:
    def __init__(self, rubrics: list[RubricDef], ignore: list[re.Pattern] | None = None,
                 path: str | None = None, mask: list[tuple[str, ...]] = (),
                 title_ignore: list = ()):
        self.rubrics = rubrics
        self.by_code = {r.code: r for r in rubrics}
        self.ignore = ignore or []
        self.boiler = boilerplate_re(rx.pattern for rx in self.ignore)
        self.title_ignore = list(title_ignore)
        self.title_boiler = (Alternation(rx.pattern for rx in self.title_ignore)
                             if self.title_ignore else None)
        self.path = path
        self.children: dict[str, list[str]] = {}
        for r in rubrics:
            if r.parent:
                self.children.setdefault(r.parent, []).append(r.code)
        self.mask = list(mask)
        self.terms = TermIndex([leaf for r in rubrics for leaf in leaves(r.rules)], self.mask)

    def label(self, code: str) -> str:
        r = self.by_code.get(code)
        return r.label_ru if r else code

    def doc(self, title: str | None, text: str) -> Doc:
        """A record prepared for this scheme's rules (its ``ignore`` and ``title_ignore``)."""
        return Doc(title, text, self.boiler, self.title_boiler)

    # -- tagging (ingest.rubrics.score) ------------------------------------------
    def assign(self, title: str | None, text: str) -> list[score.Assignment]:
        """Rubrics for one record, in scheme order, each with its reasons."""
        return score.assign(self, title, text)

    def rubrics_for(self, title: str | None, text: str) -> list[Rubric]:
        return [a.rubric() for a in self.assign(title, text)]

    def explain(self, title: str | None, text: str) -> list[score.Assignment]:
        """Every rubric with any evidence, assigned or not (for ``explain``)."""
        return score.explain(self, title, text)

    def candidates(self, title: str | None, text: str, n: int = 3) -> list[score.Choice]:
        """The ``n`` top-level rubrics with the most evidence, best first (``score.candidates``)."""
        return score.candidates(self, title, text, n)

    # -- the tree ------------------------------------------------------------------
    def tree(self) -> list[Node]:
        def node(code: str) -> Node:
            r = self.by_code[code]
            return Node(code, r.label_ru, r.label_en,
                        tuple(node(c) for c in self.children.get(code, ())))
        return [node(r.code) for r in self.rubrics if r.parent is None]

    def descendants(self, code: str) -> list[str]:
        out = []
        for c in self.children.get(code, ()):
            out.append(c)
            out.extend(self.descendants(c))
        return out
