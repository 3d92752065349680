"""The words of a question, with AND / OR / NOT and parentheses -> one node.

Adjacent words are ANDed, OR binds tighter, a leading ``-word`` is NOT.
A question with a stray operator, quote or parenthesis never gets here:
``parse.check_syntax`` refuses it with a message; what is left over (a
double ``НЕ НЕ``) is read without guessing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search import analysis
from search import thesaurus
from search.engine.nodes import All, And, Node, Not, Or
from search.query.parse import Token
from search.query.words import (
    WordNode, noun_groups, phrase_node, reader_phrase_node, thesaurus_phrases, word_node,
)

_AND, _OR, _NOT = Token("op", "AND"), Token("op", "OR"), Token("op", "NOT")


@dataclass
class TypedWord:
    """A positive word (or phrase) as typed and the lemmas it stands for."""

    surface: str
    lemmas: list[str]


@dataclass
class WordsPlan:
    """The words of a question as a plan node, and what the query layer
    needs besides: which words were typed (suggestions), which lemmas to
    highlight, the lemmas of each word's alternatives, and the tokens
    after the thesaurus joined its phrases."""

    node: Node | None
    tokens: list[Token]
    words: list[TypedWord] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)
    alts: dict[str, list[str]] = field(default_factory=dict)  # surface -> lemmas
    # a plain question's top-level parts (the items of ``node``) as noun groups
    # (search/query/words.noun_groups); None when the question is not plain
    groups: list[list[int]] | None = None


class _BoolParser:
    """expr := and_expr ; and_expr := or_expr ((AND)? or_expr)* ;
    or_expr := unary (OR unary)* ; unary := NOT unary | atom ; atom := word |
    phrase | '(' expr ')'. Collects the lemmas of positive words."""

    def __init__(self, tokens: list[Token], kin=None):
        self.t = thesaurus_phrases(tokens)
        self.kin = kin
        self.i = 0
        self.words: list[TypedWord] = []  # positive
        self.terms: set[str] = set()
        self.alts: dict[str, list[str]] = {}  # surface -> lemmas of its alternatives
        self.typed: list[Token] = []  # the token of each positive part, in order

    def peek(self) -> Token | None:
        return self.t[self.i] if self.i < len(self.t) else None

    def parse(self):
        node = self.and_expr()
        while self.peek() is not None:  # stray ')' and the like
            self.i += 1
            more = self.and_expr()
            if more is not None:
                node = more if node is None else And([node, more])
        return node

    def and_expr(self):
        items = []
        while True:
            p = self.peek()
            if p is None or p.kind == "rp":
                break
            if p == _AND:
                self.i += 1
                continue
            if p == _OR:  # OR without a left operand
                self.i += 1
                continue
            n = self.or_expr()
            if n is not None:
                items.append(n)
        if not items:
            return None
        return items[0] if len(items) == 1 else And(items)

    def or_expr(self):
        items = [self.unary()]
        while self.peek() == _OR:
            self.i += 1
            items.append(self.unary())
        items = [x for x in items if x is not None]
        if not items:
            return None
        return items[0] if len(items) == 1 else Or(items)

    def unary(self, neg=False):
        p = self.peek()
        if p is None:
            return None
        if p == _NOT:
            self.i += 1
            n = self.unary(neg=not neg)
            return Not(n) if n is not None else None
        self.i += 1
        if p.kind == "lp":
            n = self.and_expr()
            if self.peek() and self.peek().kind == "rp":
                self.i += 1
            return n
        if p.kind in ("rp", "op"):
            return None
        alts: list[str] = []
        if p.kind == "phrase":
            w: WordNode = phrase_node(p.text)
        elif p.kind == "thes":
            w = reader_phrase_node(p.text, alts, self.kin)
        else:
            w = word_node(p.text, alts, self.kin)
        if alts and not neg:
            self.alts[p.text] = alts
            self.terms.update(alts)
        if w.node is not None and not neg:
            self.words.append(TypedWord(p.text, w.lemmas))
            self.terms.update(w.lemmas)
            self.typed.append(p)
        return w.node


def words_plan(tokens: list[Token], kin=None) -> WordsPlan:
    """The boolean reading of ``tokens`` (``kin``: search/query/words.kin_finder)."""
    bp = _BoolParser(tokens, kin)
    node = bp.parse()
    groups = None
    if (isinstance(node, And) and all(t.kind in ("word", "thes") for t in bp.t)
            and len(bp.typed) == len(node.items)):
        groups = noun_groups([t.text for t in bp.typed])
    return WordsPlan(node=node, tokens=bp.t, words=bp.words, terms=bp.terms, alts=bp.alts,
                     groups=groups)


def without_question_words(tokens: list[Token]) -> list[Token]:
    """A plain question (no operators, parentheses or phrases) without its
    question and request words: ``сколько стоят похороны`` -> ``стоят
    похороны``. Kept when nothing else would be left."""
    if any(t.kind != "word" for t in tokens):
        return tokens
    keep = [t for t in tokens
            if not thesaurus.ignorable(analysis.lemma(analysis.fold(t.text)))]
    return keep if any(t.kind == "word" for t in keep) else tokens


def normalize_nodes(node: Node | None) -> Node | None:
    """Lift NOTs so every ``Not(x)`` sits inside an ``And`` with a positive part."""
    if node is None:
        return None
    if isinstance(node, Not):
        return And([All(), node])
    return node
