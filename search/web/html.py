"""Escaping by default: the one way pages are put together.

Every value put into a template is escaped unless it is ``Markup`` (HTML we
built ourselves from escaped parts). Document text, titles, bodies and file
names are untrusted input: they only ever reach a page through ``esc``.

    T("<a href='$href'>$label</a>")(href=url, label=title)  -> Markup
"""
from __future__ import annotations

import html
import string
from typing import Iterable
from urllib.parse import quote, urlencode


class Markup(str):
    """A string that is already safe HTML."""

    __slots__ = ()

    def __html__(self) -> "Markup":
        return self

    # concatenation keeps the result safe: the other side is escaped
    def __add__(self, other) -> "Markup":
        if not isinstance(other, str):
            return NotImplemented
        return Markup(str.__add__(self, esc(other)))

    def __radd__(self, other) -> "Markup":
        if not isinstance(other, str):
            return NotImplemented
        return Markup(str.__add__(esc(other), self))

    def join(self, parts) -> "Markup":
        return Markup(str.join(self, (esc(p) for p in parts)))


def esc(value) -> Markup:
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(html.escape(str(value), quote=True))


class T:
    """A ``string.Template`` whose every substituted value is escaped."""

    __slots__ = ("_t",)

    def __init__(self, source: str):
        self._t = string.Template(source)

    def __call__(self, **values) -> Markup:
        return Markup(self._t.substitute({k: esc(v) for k, v in values.items()}))


def join(parts: Iterable, sep: str = "") -> Markup:
    return esc(sep).join(parts)


def marked(text: str | None, spans, tag: str = "mark") -> Markup:
    """``text`` escaped, with the ``(start, end)`` spans wrapped in ``<mark>``."""
    text = text or ""
    out, last = [], 0
    for s, e in sorted(spans or ()):
        if s < last or e <= s:
            continue
        out.append(esc(text[last:s]))
        out.append(Markup(f"<{tag}>") + esc(text[s:e]) + Markup(f"</{tag}>"))
        last = e
    out.append(esc(text[last:]))
    return Markup("".join(out))


def attrs(**kw) -> Markup:
    """` name="value"` pairs; True gives a bare attribute, None/False nothing."""
    out = []
    for k, v in kw.items():
        k = k.rstrip("_").replace("_", "-")
        if v is None or v is False:
            continue
        out.append(f" {k}" if v is True else f' {k}="{esc(v)}"')
    return Markup("".join(out))


def url(path: str, params: Iterable[tuple[str, str]] | dict | None = None) -> str:
    """A local URL; path segments are percent-encoded by the caller's helpers."""
    if not params:
        return path
    items = list(params.items()) if isinstance(params, dict) else list(params)
    items = [(k, v) for k, v in items if v not in (None, "")]
    return path + ("?" + urlencode(items) if items else "")


def seg(s: str) -> str:
    """One path segment, percent-encoded."""
    return quote(s, safe="")
