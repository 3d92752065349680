"""The rubric scheme (``rubrics.yaml``) and automatic tagging that explains itself.

* ``load``: the YAML read and checked, every problem with its line;
  the rule language is described there;
* ``rules``: a rubric and its rules as compiled;
* ``scheme``: the compiled scheme (rubrics in order, their tree);
* ``cache``: the compiled scheme kept pickled, in memory and on disk;
* ``text``: a record as the rules see it (boilerplate out, zones);
* ``match``: where a rule's words occur (terms through their lemmas,
  ``ingest.morph``);
* ``score``: points, thresholds, the best guess, the reasons;
* ``review``: the librarian's decisions over automation.
"""
from __future__ import annotations

from .load import (MATCHERS, TOP_LEVEL, WHERE, Problem, SchemeError, check_scheme, check_text,
                   compile_regex, default_scheme_path, load_scheme, term_lemma)
from .match import REGEX_INPUT, REGEX_SECONDS
from .review import UNCERTAIN, merge_manual, needs_review, with_review_warning
from .rules import DEFAULT_THRESHOLD, Combo, Leaf, RubricDef
from .scheme import Node, Scheme
from .score import BODY_SHARE, Assignment, Choice, Reason
from .text import Doc, amended_subject, boilerplate_re, normalize, strip_boilerplate

__all__ = [
    "Assignment", "BODY_SHARE", "Choice", "Combo", "DEFAULT_THRESHOLD", "Doc", "Leaf", "MATCHERS",
    "Node", "Problem", "REGEX_INPUT", "REGEX_SECONDS", "Reason", "RubricDef", "Scheme",
    "SchemeError", "TOP_LEVEL", "UNCERTAIN", "WHERE", "amended_subject", "boilerplate_re",
    "check_scheme", "check_text", "compile_regex", "default_scheme_path", "load_scheme",
    "merge_manual", "needs_review", "normalize", "strip_boilerplate", "term_lemma",
    "with_review_warning",
]
