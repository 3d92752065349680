"""Edit distance between two short words (the query layer's misspelling
rules: search/query/spelling.py, search/query/kind_typos.py)."""
from __future__ import annotations


def distance(a: str, b: str) -> int:
    """Levenshtein distance (both short words)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def within(a: str, b: str, k: int) -> int | None:
    """The distance of ``a`` and ``b`` when it is at most ``k``, else None:
    only the band of cells ``|i - j| <= k`` is computed (a kind word's forms
    are compared with each unknown word of a question: kept cheap)."""
    if abs(len(a) - len(b)) > k:
        return None
    big = k + 1
    prev = [j if j <= k else big for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        lo, hi = max(1, i - k), min(len(b), i + k)
        cur = [big] * (len(b) + 1)
        cur[0] = i if i <= k else big
        for j in range(lo, hi + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]), big)
        if min(cur[max(0, lo - 1):hi + 1]) > k:
            return None
        prev = cur
    return prev[-1] if prev[-1] <= k else None
