"""Running headers and footers of a PDF's pages (issue 12).

A legal database's export (and many a printed file) repeats on every page a
header (the act's one-line heading, the database's name) and a footer with the
page's number (``Страница 2 из 5``, ``2/5``). A text layer keeps them where
each page begins and ends, so they fall into the middle of a heading block or
a title wherever a page breaks. Lines two neighbouring pages share at their
top or at their foot are page furniture when the shared lines also carry the
page's number (a line the two pages print alike but for its digits); a shared
block holding a line typed wholly in capitals is left alone (a letterhead
that each act of a collection prints on its own first page).

The reader keeps the pages as printed (a newspaper's masthead on each page
tells ``ingest.gazette`` its page) and names the furniture's places in the
joined text (``running_spans`` in the meta); ``extract_acts`` reads an act's
requisites with them left out (``drop_running``).
"""
from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")
MAX_EDGE = 25  # lines at most in a page's running header or footer


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _shared(a: list[str], b: list[str]) -> int:
    """How many of their first lines two pages print alike, digits aside."""
    k = 0
    while k < min(len(a), len(b), MAX_EDGE) and _key(a[k]) == _key(b[k]):
        k += 1
    return k


def _letterhead(lines: list[str]) -> bool:
    return any(x.isupper() and not any(ch.isdigit() for ch in x) for x in lines)


def _edges(texts: list[str]) -> tuple[list[int], list[int]]:
    """Per page, how many of its first and of its last lines are furniture."""
    lines = [[x for x in p.split("\n") if x.strip()] for p in texts]
    top, foot = [0] * len(texts), [0] * len(texts)
    for i in range(len(texts) - 1):
        a, b = lines[i], lines[i + 1]
        t, f = _shared(a, b), _shared(a[::-1], b[::-1])
        if t + f >= min(len(a), len(b)):
            continue   # two pages alike: no furniture to tell from the text
        if not any(x != y for x, y in zip(a[:t] + a[len(a) - f:], b[:t] + b[len(b) - f:])):
            continue   # the same lines but no page number: the text's own
        t = 0 if _letterhead(a[:t]) else t
        f = 0 if _letterhead(a[len(a) - f:]) else f
        top[i], top[i + 1] = max(top[i], t), max(top[i + 1], t)
        foot[i], foot[i + 1] = max(foot[i], f), max(foot[i + 1], f)
    return top, foot


def _cut_at(page: str, k: int, from_end: bool) -> int:
    """The offset in ``page`` after its first ``k`` lines (or where its last ``k`` begin)."""
    rows = page.split("\n")
    seen, at = 0, 0
    order = range(len(rows) - 1, -1, -1) if from_end else range(len(rows))
    starts = [0]
    for r in rows:
        starts.append(starts[-1] + len(r) + 1)
    for j in order:
        if rows[j].strip():
            seen += 1
        if seen == k:
            at = starts[j] if from_end else min(starts[j + 1], len(page))
            break
    return at


def running_spans(pages: list[str]) -> list[list[int]]:
    """Where the furniture stands in ``"\\n\\n".join`` of the non-empty pages: [start, end) spans."""
    texts = [p for p in pages if p]
    if len(texts) < 2:
        return []
    top, foot = _edges(texts)
    if not any(top) and not any(foot):
        return []
    spans, o = [], 0
    for i, p in enumerate(texts):
        if top[i]:
            spans.append([o, o + _cut_at(p, top[i], False)])
        if foot[i]:
            spans.append([o + _cut_at(p, foot[i], True), o + len(p)])
        o += len(p) + 2
    return spans


def drop_running(text: str, meta: dict) -> str:
    """``text`` (the reader's) without the furniture ``meta`` names; a page
    break where lines were left out joins the pages' lines as one page's."""
    spans = meta.get("running_spans")
    if not spans or meta.get("running_len") != len(text):
        return text
    cuts: list[list[int]] = []
    for s, e in spans:   # the page break beside a cut goes with it; a footer and the next header are one cut
        while s > 0 and text[s - 1] == "\n":
            s -= 1
        while e < len(text) and text[e] == "\n":
            e += 1
        if cuts and s <= cuts[-1][1]:
            cuts[-1][1] = max(cuts[-1][1], e)
        else:
            cuts.append([s, e])
    out, prev = [], 0
    for s, e in cuts:
        out.append(text[prev:s])
        out.append("\n" if s > 0 and e < len(text) else "")
        prev = e
    out.append(text[prev:])
    return "".join(out)
