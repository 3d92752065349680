"""Two ways law-text sites print a one-line heading that the kind-first reading
missed.

A title printed unquoted between the kind (and the issuer) and the date:
``Федеральный закон РФ О ветеранах от 12.01.1995 № 5-ФЗ`` /
``Постановление Правительства РФ О мерах поддержки от … № …``. The words from a
capital ``О``/``Об``/``Обо`` standing alone on are the title, not the issuer's
name in the genitive (no issuer's name holds that word alone, capitalised).

A law-code site's article page opens its reference line with the article's
label: ``Статья 12. Федеральный закон РФ О … от 15.12.2001 № 166-ФЗ``. The label
is the page's, the rest is the law's one-line heading.
"""
from __future__ import annotations

import re

# a title's first word, capitalised, standing alone after the issuer's words
_TITLE_IN_GENITIVE = re.compile(r"(?:^|\s)(?=(?:О|Об|Обо)\s+[а-яё])")
# "Статья 12. ", "Статья 5.1. " before a kind word
_ARTICLE_LABEL = re.compile(r"^Статья\s+\d+(?:\.\d+)*\.?\s+(?=[А-ЯЁ])")


def split_title_from_genitive(gen: str) -> tuple[str, str | None]:
    """``gen`` (the words between the kind and «от») cut into the issuer's part and
    an unquoted title, or unchanged with None."""
    m = _TITLE_IN_GENITIVE.search(gen)
    if m is None:
        return gen, None
    title = gen[m.end():].strip()
    return gen[:m.start()].strip(), (title or None)


def without_article_label(s: str) -> str:
    """The line without an article page's label before the kind word."""
    return _ARTICLE_LABEL.sub("", s, count=1)


# "Федеральный закон РФ …": the territory a law's heading names, abbreviated
_RF_SHORT = re.compile(r"^(?:РФ|Российской\s+Федерации)$")


def law_territory(kind: str | None, body: str | None) -> str | None:
    """A law's body is the territory its heading names, in full (record.md: «Российская
    Федерация»); a reference line abbreviates it after the kind (``Федеральный закон РФ …``)."""
    if kind == "закон" and body and _RF_SHORT.match(body.strip()):
        return "Российская Федерация"
    return body
