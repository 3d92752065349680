"""What a cataloguer reads off an act's text: the abstract (RUSMARC 330),
the place of issue (210 $a) and keywords of the title (610).

The text of a record begins with its heading (the issuer, the kind word, the
date and number, the place, the title); the abstract starts after the title,
where the preamble and the first clause say what the act does.
"""
from __future__ import annotations

import re
from functools import lru_cache

ABSTRACT_MIN = 200      # characters: take sentences until this much is said
ABSTRACT_MAX = 600      # and never more than this (cut at a word, with …)
HEAD_LINES = 25         # the place stands within the heading

# a sentence ends at . ! ? or the ":" of the operative formula, unless the
# period closes an abbreviation (г. Заречный, ст. 5, п. 2, т.д.)
_ABBR = re.compile(r"(?:\b(?:г|гг|ст|п|пп|ч|т|д|ул|им|руб|тыс|см|рис|прил|обл|р|с)\.|\b[А-ЯЁ]\.)$")
_END = re.compile(r"[.!?:](?=\s+[А-ЯЁ0-9«\"])")
_PLACE = re.compile(r"^\s*((?:г\.|город|с\.|село|пос\.|п\.|пгт|р\.\s?п\.|ст-ца|д\.)\s*[А-ЯЁ][\w\-]+(?:\s[А-ЯЁ][\w\-]+)?)\s*$")


def _start(text: str, title: str | None) -> int:
    """Where the body begins: after the title's last words, if found."""
    if not title:
        return 0
    words = re.findall(r"\w+", title)[-4:]
    if not words:
        return 0
    m = None
    for m in re.finditer(r"\W+".join(map(re.escape, words)), text, re.IGNORECASE):
        break
    return m.end() if m else 0


def abstract(text: str, title: str | None = None) -> str | None:
    """The first sentences of the act after its title, about ABSTRACT_MIN to
    ABSTRACT_MAX characters; None when the text says nothing more."""
    body = " ".join(text[_start(text, title):].split()).lstrip(" »\".,;:")
    if len(body) < 20:
        return None
    out, pos = "", 0
    for m in _END.finditer(body):
        if _ABBR.search(body[pos:m.end()]):
            continue
        out = body[:m.end()]
        pos = m.end()
        if len(out) >= ABSTRACT_MIN:
            break
    if not out or len(out) < ABSTRACT_MIN:
        out = body
    if len(out) > ABSTRACT_MAX:
        out = out[:ABSTRACT_MAX].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return out.strip()


def place(text: str) -> str | None:
    """``г. Заречный`` when the heading has the place on a line of its own."""
    for i, line in enumerate(text.splitlines()):
        if i >= HEAD_LINES:
            break
        m = _PLACE.match(line)
        if m:
            return " ".join(m.group(1).split())
    return None


TOPICS_MAX = 8
# names of a document's form, not of its subject (the title of nearly any act)
FORM_WORDS = frozenset({("порядок",), ("положение",), ("правило",), ("изменение",), ("перечень",)})


@lru_cache(maxsize=1)
def _act_terms() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The words acts use, as search/thesaurus.yaml lists them (the right-hand
    sides): each as lemmas and as written there, by its first lemma."""
    import yaml
    from search.thesaurus import THESAURUS_FILE, _lemmas
    raw = yaml.safe_load(THESAURUS_FILE.read_text(encoding="utf-8")) or {}
    phrases = sorted({str(a) for alts in (raw.get("words") or {}).values() for a in alts or []})
    by_first: dict[str, list] = {}
    for p in phrases:
        lem = _lemmas(p)
        if lem and lem not in FORM_WORDS:
            by_first.setdefault(lem[0], []).append((lem, p))
    return {k: tuple(v) for k, v in by_first.items()}


def topics(title: str | None) -> list[str]:
    """Keywords (610): the thesaurus's act words that the title says, in
    every word form (``санитарной очистке`` → ``санитарная очистка``), in the
    title's order; a term inside a longer one found is left out."""
    if not title:
        return []
    from search.thesaurus import _lemmas
    words = _lemmas(title)
    terms = _act_terms()
    found: list[tuple[int, int, str]] = []          # start, end, term
    for i, w in enumerate(words):
        for lem, p in terms.get(w, ()):
            if words[i:i + len(lem)] == lem:
                found.append((i, i + len(lem), p))
    keep: list[str] = []
    for s, e, p in found:
        inside = any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _ in found)
        if not inside and p not in keep:
            keep.append(p)
    return keep[:TOPICS_MAX]
