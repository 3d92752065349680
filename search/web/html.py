"""The few helpers templates call that build HTML or URLs in Python.

Everything else is in templates/ with autoescaping (jinja.py): a value
becomes markup only here, and only after it was escaped.
"""
from __future__ import annotations

from typing import Iterable
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape


def marked(text: str | None, spans, tag: str = "mark") -> Markup:
    """``text`` escaped, with the ``(start, end)`` spans wrapped in ``<mark>``.
    The pieces are escaped one by one and joined as plain strings, made
    Markup once (twenty of these on every page of hits)."""
    text = text or ""
    if not spans:
        return escape(text)
    opening, closing = f"<{tag}>", f"</{tag}>"
    out, last = [], 0
    for s, e in sorted(spans):
        if s < last or e <= s:
            continue
        out += (str(escape(text[last:s])), opening, str(escape(text[s:e])), closing)
        last = e
    out.append(str(escape(text[last:])))
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
