"""An issue's text cut into its items: the acts, and the articles (news,
announcements of hearings) printed between them.

An act runs from its heading (the issuer's lines above the kind word: they
are the next act's, never the end of the previous one) to its signature
(a post and a name: ``Глава … округа А.С. Ветров``) and the annexes after
it. What follows a signature and is not an annex, up to the next act's
heading, is one or more articles: a headline (its first line, with the
lines after it that go on in lower case) and paragraphs; a headline in
capitals (``ОПОВЕЩЕНИЕ …``) after a finished sentence starts another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_NAME_END = re.compile(r"(?:^|\s)(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*$"
                       r"|(?:^|\s)[А-ЯЁ][а-яё]+\s+(?:[А-ЯЁ]\.\s?){1,2}$")
_INITIALS_END = re.compile(r"(?:^|\s)(?:[А-ЯЁ]\.\s?){2}$")
_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")
_POST = re.compile(r"^\s*(?:Глава|Председател|Исполняющ|Временно|И\.\s?о\.|Заместител|Первый\s+заместител"
                   r"|Руководител|Начальник|Мэр|Губернатор|Директор|Секретар)", re.IGNORECASE)
_ANNEX = re.compile(r"^\s*(?:Приложение|ПРИЛОЖЕНИЕ|УТВЕРЖДЕН|Утвержден|ПОЛОЖЕНИЕ|ПОРЯДОК|СОСТАВ|ПЛАН"
                    r"|ПЕРЕЧЕНЬ|ПРАВИЛА|РЕГЛАМЕНТ|СХЕМА|Таблица)")
_CAPS_HEADLINE = re.compile(r"^\s*[А-ЯЁ]{4,}\b")
_MIN_ARTICLE_CHARS = 80
# the end of an article's sentence: a word (not an address's "ул.", "д.") and its stop
_SENTENCE_END = re.compile(r"[а-яё]{4,}[.!?…](?:\s|$)")


@dataclass(frozen=True)
class Article:
    start: int        # line index of the headline
    end: int          # line index after the article
    headline: str


def signature_end(lines: list[str], lo: int, hi: int) -> int | None:
    """The index after the act's last signature in ``lines[lo:hi]`` (the
    line naming a person under a post), or None."""
    for i in range(hi - 1, lo, -1):
        s = lines[i].strip()
        end = None
        if _NAME_END.search(s):
            end = i + 1
        elif _SURNAME.match(s) and i > lo and _INITIALS_END.search(lines[i - 1].strip()):
            end = i + 1     # "… А.С." / "Ветров": the name wrapped
        if end is None:
            continue
        if any(_POST.match(lines[k].strip()) for k in range(max(lo, i - 3), i + 1) if lines[k].strip()):
            return end
    return None


def _blank(s: str) -> bool:
    return not s.strip()


def articles(lines: list[str], lo: int, hi: int) -> list[Article]:
    """The articles in ``lines[lo:hi]`` (text that is no act's), in order."""
    while lo < hi and _blank(lines[lo]):
        lo += 1
    text = " ".join(ln.strip() for ln in lines[lo:hi])
    if len(text) < _MIN_ARTICLE_CHARS or _ANNEX.match(lines[lo] if lo < hi else ""):
        return []
    if not _SENTENCE_END.search(text):
        return []  # a site's contact lines, the masthead: no sentence, no article
    starts = [lo]
    for i in range(lo + 2, hi):
        s, prev = lines[i].strip(), lines[i - 1].strip()
        if _CAPS_HEADLINE.match(s) and (not prev or prev.endswith((".", "!", "?", "»"))):
            starts.append(i)
    out = []
    for a, b in zip(starts, starts[1:] + [hi]):
        head = [lines[a].strip()]
        k = a + 1
        while k < b and lines[k].strip()[:1].islower():
            head.append(lines[k].strip())
            k += 1
        out.append(Article(a, b, " ".join(head).strip(" .")))
    return out
