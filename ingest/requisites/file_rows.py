"""More traces of a delivered Word or PDF file in its text (issue 12, held-out 54).

A municipality's blank names the municipality by its legal name on the top
lines and prints the organ in the genitive after the kind word
(``Муниципальное образование «Сосновский сельсовет»`` / ``РЕШЕНИЕ СОВЕТА``):
the organ alone says nothing of whose it is, the line above does. A file whose
line breaks were lost runs the title onto the row of the date and the number,
glued to the place printed between them (``№ 12  г. ЗаречныйО внесении …``),
and leaves the rest of a wrapped title on the next line. A site posting a
draft lists it by its kind in the genitive and its quoted title (``Проект
постановления «Об …». Скачать``): the draft is of that kind, undated and
unnumbered. The helpers here let the readers of the body, the title and the
kind line take these as they are meant.
"""
from __future__ import annotations

import re

from ingest.morph import to_genitive

from .names import MUNICIPALITY_NAME, has_territory

__all__ = ["organ_of_municipality", "title_after_place", "dangling_end", "DRAFT_LISTING"]


def organ_of_municipality(organ: str, above: str | None) -> str | None:
    """``СОВЕТ`` from the kind line (``РЕШЕНИЕ СОВЕТА``) under the municipality's
    legal name (``Муниципальное образование «Сосновский сельсовет»``): ``СОВЕТ
    муниципального образования «Сосновский сельсовет»``. None when the organ names
    its territory itself, or the line above is not a municipality's legal name, or
    the name would not decline."""
    if not above or has_territory(organ) or not MUNICIPALITY_NAME.match(above):
        return None
    gen = to_genitive(above)
    if gen.casefold() == above.casefold():
        return None
    if not above.isupper():
        gen = gen[:1].lower() + gen[1:]  # "Муниципальное образование …" -> "Совет муниципального …"
    return f"{organ} {gen}"


# the place a blank prints between the number and the title, the line break after it lost:
# with its abbreviation or not, one to three words, glued to the title's «О»/«Об» or not
# ("г. ЗаречныйО внесении …", "Великий НовгородО …", "с. Сосновка Об утверждении …")
_PLACE_THEN_TITLE = re.compile(
    r"^(?:(?:г|с|п|пос|пгт|рп|р\.\s?п|ст|д|х)\.\s?)?[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ][а-яё]+){0,2}\s?"
    r"(?=(?:О|Об|Обо)\s+[а-яё])")


def title_after_place(tail: str) -> str:
    """What follows the number on its row, the place before the title left out."""
    return _PLACE_THEN_TITLE.sub("", tail, count=1)


# a title never ends on a preposition or a conjunction: a line ending so is wrapped
_DANGLING = re.compile(r"(?:^|\s)(?:в|во|на|о|об|обо|и|с|со|по|к|ко|для|от|за|при|из|у|до|между|или|а)\s*$",
                       re.IGNORECASE)


def dangling_end(title: str) -> bool:
    """Whether ``title`` stops on a preposition or a conjunction (``… о похоронном
    деле в``): the rest of it is on the next line."""
    return bool(_DANGLING.search(title))


# a site's line for a draft: «Проект» and the kind word (in the genitive or not), then the
# quoted title and nothing but a download link ("Проект постановления «Об …». Скачать (формат - .doc)")
DRAFT_LISTING = re.compile(
    r"^(?:ПРОЕКТ|Проект)\s+(?P<word>[А-ЯЁа-яё]+)\s+(?P<rest>[«\"„“]\s?(?:О|Об|Обо)\s.+?[»\"“”]"
    r"\s*[.,;]?\s*(?:[СсCc]качать\b.*)?)$")
