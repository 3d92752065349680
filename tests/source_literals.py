"""The messages a source file builds, read from its syntax tree.

Two suites check that every message the code words in English has its
Russian: the readers' reasons (``test_reasons_ru``) and the CLI's errors
(``test_cli_messages``). Both need the text a literal at a raise or a call
makes: an f-string's holes filled, ``"a" + "b"`` joined, each branch of
``x if c else y`` taken. A hole is ``FILL``, or ``repr(FILL)`` where the
f-string converts it with ``!r`` (``{rid!r}`` prints the value in quotes,
and a pattern may say so); a module-level string constant fills its own hole.
"""
from __future__ import annotations

import ast

FILL = "7"


def constants(tree: ast.Module) -> dict[str, str]:
    """The module's ``NAME = "text"`` assignments."""
    return {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
            for t in n.targets if isinstance(t, ast.Name)}


def sample(node, consts: dict[str, str]) -> list[str]:
    """The texts a literal makes, its holes filled; [] for what is no literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out = ""
        for v in node.values:
            if isinstance(v, ast.Constant):
                out += v.value
            elif isinstance(v.value, ast.Name) and v.value.id in consts:
                out += consts[v.value.id]
            else:
                out += repr(FILL) if v.conversion == ord("r") else FILL
        return [out]
    if isinstance(node, ast.IfExp):
        return sample(node.body, consts) + sample(node.orelse, consts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = sample(node.left, consts), sample(node.right, consts)
        if left or right:
            return [a + b for a in (left or [FILL]) for b in (right or [FILL])]
    if isinstance(node, ast.Tuple):
        return [s for e in node.elts for s in sample(e, consts)]
    return []
