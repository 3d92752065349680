"""Match sets, facet counts and top hits, for any engine that scores itself.

An engine answers a plan in two passes: which documents match (bitmask
algebra on per-term document sets, no scoring: the exact total and the
facet counts come from it), then the scores of those documents only, term
by term, summed along the plan and cut to the page. Document sets are
Python ints used as bitmasks (bit ``n`` = document number ``n``): AND, OR
and counts run in C over whole machine words.
"""
from __future__ import annotations

import heapq
import re
from typing import Iterable

_BITS = [tuple(j for j in range(8) if b >> j & 1) for b in range(256)]


def mask_ids(mask: int, nbytes: int) -> set[int]:
    """The doc numbers of a bitmask (cost ~ bytes + set bits)."""
    out = []
    for i, byte in enumerate(mask.to_bytes(nbytes, "little")):
        if byte:
            base = i << 3
            for j in _BITS[byte]:
                out.append(base + j)
    return set(out)


def bitmask(ids: Iterable[int], nbytes: int) -> int:
    b = bytearray(nbytes)
    for i in ids:
        b[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(b, "little")


def without(scores: dict, mask: int, nbytes: int) -> dict:
    """``scores`` less the documents of ``mask`` (an AND's NOTs)."""
    nb = mask.to_bytes(nbytes, "little")
    return {d: v for d, v in scores.items() if not nb[d >> 3] >> (d & 7) & 1}


class Candidates:
    """The candidate documents of a scoring run as a set, made only when a
    posting list holds documents that are not candidates."""

    __slots__ = ("mask", "nbytes", "_ids", "loose")

    def __init__(self, mask: int, nbytes: int):
        self.mask, self.nbytes, self._ids = mask, nbytes, None
        self.loose = False  # some scores are of documents that are not candidates

    def ids(self) -> set[int]:
        if self._ids is None:
            self._ids = mask_ids(self.mask, self.nbytes)
        return self._ids


def count_facets(masks: dict[str, dict[str, int]], docs_mask: int,
                 labels: dict[str, dict[str, str]] | None = None,
                 top: int = 20) -> dict[str, dict[str, int]]:
    """Per facet field, how many of ``docs_mask`` hold each value (values
    shown through ``labels[field]`` when given, equal labels counted
    together), the ``top`` most frequent first, ties by label."""
    out = {}
    for f, fm in masks.items():
        c: dict[str, int] = {}
        shown = (labels or {}).get(f, {})
        for v, m in fm.items():
            k = (m & docs_mask).bit_count()
            if k:
                label = shown.get(v, v)
                c[label] = c.get(label, 0) + k
        out[f] = dict(sorted(c.items(), key=lambda x: (-x[1], x[0]))[:top])
    return out


def sum_any(score_maps: list[dict]) -> dict:
    """Scores of an OR: every document of any map, its scores summed."""
    subs = sorted(score_maps, key=len)
    if not subs:
        return {}
    out = subs.pop()  # the largest, summed into in place
    for m in subs:
        for d, v in m.items():
            x = out.get(d)
            out[d] = v if x is None else x + v
    return out


def sum_all(score_maps: list[dict]) -> dict:
    """Scores of an AND: the documents of every map, their scores summed."""
    if not score_maps:
        return {}
    pos = sorted(score_maps, key=len)
    first, rest = pos[0], pos[1:]
    out = {}
    for d, v in first.items():
        for m in rest:
            x = m.get(d)
            if x is None:
                break
            v += x
        else:
            out[d] = v
    return out


def top_scores(scores: dict, want: int, matches: bytes | None = None) -> list[tuple[int, float]]:
    """The best ``want`` ``(docnum, score)``, ties by document number (as
    Whoosh orders them). ``matches`` (a bitmask's bytes), when given, drops
    scored documents that are no match after all."""
    k = want
    while True:
        if len(scores) > k:
            # the k-th best score, then everything at or above it
            kth = heapq.nlargest(k, scores.values())[-1]
            items = [(d, v) for d, v in scores.items() if v >= kth]
        else:
            items = list(scores.items())
        if matches is not None:
            items = [(d, v) for d, v in items if matches[d >> 3] >> (d & 7) & 1]
            if len(items) < want and len(scores) > k:
                k *= 4
                continue
        break
    items.sort(key=lambda x: (-x[1], x[0]))
    return items[:want]


def natural_key(number: str) -> tuple:
    """A number's runs of digits compared as numbers: 98-п, 145-п, 1164-п
    (the "number" sort of every engine)."""
    return tuple((0, int(x), "") if x.isdigit() else (1, 0, x)
                 for x in re.findall(r"\d+|\D+", number))
