"""The acts a repealing act lists one a line are references, never the
headings of further acts in the file.

A repealer names the acts it repeals in a list under its clause: each item
a line of its own that reads like a one-line heading (``Постановление
администрации … от 10.02.2023 № 12 «Об …».``), under a point number of its
own (``1.1.`` / ``1)``, alone on its line where a converter or the layout put
it there) or none. The first item follows the clause's colon and is seen as
a reference; the items after it followed the item above. Read as headings,
they cut the repealer into several "acts" — the repealed acts' doubles,
holding their keys — and the repealer lost its list, so the acts it repealed
stayed in force (qarepeal135). A heading of a further act never stands under
a lone point number, nor right under a reference of the same shape with no
text between."""
from __future__ import annotations

import re

from ingest.ru_dates import find_date

from .date_number import find_number
from .kind_line import kind_line
from .lines import clean

# a point number or a list mark alone on its line: «1.1.», «2)», «3.», «–»
_ORDINAL_ALONE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[-–—•])$")


def under_ordinal(above: str) -> bool:
    """The line above is a point number or a list mark alone."""
    return bool(_ORDINAL_ALONE.match(above.strip()))


def one_line_citation(line: str) -> bool:
    """``line`` names an act with its kind, date and number on one line (a list's item)."""
    s = clean(line)
    kl = kind_line(s)
    return bool(kl) and bool(find_date(kl.rest)) and bool(find_number(s))
