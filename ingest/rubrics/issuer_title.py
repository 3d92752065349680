"""A title that is only the issuer's heading.

When an act's own title line is lost (a session's note «(принято на … сессии …)» under the date, a site's header
over the heading), a reader may take the heading block for the title: the region over the council's, the duma's or
the administration's name («ТЕСТОВСКАЯ ОБЛАСТЬ / СОБРАНИЕ ДЕПУТАТОВ ЗАРЕЧНОГО РАЙОНА»). Such a line says who acts,
never what the act is about: read as a title it files every council's decision under local self-government by the
word «депутатов» alone. Once the title zone has lost its proper names (place names become the «энск…» placeholder,
a council's own name goes with the title's boilerplate), what is left of such a heading is the words of a region's
and a body's kind only; the act is then read as one without a title (its subject from its own lines).

A database's one-line print joins the heading into one line with the head's title, the kind of act and the
date's stub («ТЕСТОВСКАЯ ОБЛАСТЬ ЗАРЕЧНЫЙ МУНИЦИПАЛЬНЫЙ РАЙОН ГЛАВА ПОСТАНОВЛЕНИЕ от 9»; rubrec146, sample 79):
those words say who acts and in what form, never about what, and are heading words too (the head, «глава», is
the body's kind then).

A title about the council itself opens with «О …» / «Об …» and holds other words («О Совете депутатов …»,
«Об утверждении Регламента Собрания депутатов …»): it is never matched here.
"""
from __future__ import annotations

import re

# the words a heading block is made of, as the title zone has them (lower case, ё as е, names already gone): the
# region and the municipality's kind, the council's, the duma's or the administration's kind, a convocation
_HEADING_WORD = (r"(?:энск\w*|област\w*|кра[йяюе]|республик\w*|автономн\w*|округ\w*|район\w*|городск\w*|сельск\w*"
                 r"|поселков\w*|поселени\w*|муниципальн\w*|образовани\w*|представительн\w*|орган\w*|собрани\w*"
                 r"|совет\w*|народн\w*|депутат\w*|дум[аыеу]|администраци\w*|мэри[яи]|хурал\w*|российск\w*|федераци\w*"
                 r"|созыв\w*"
                 # the head and the kind of act a one-line heading carries, and a date's «от» cut from its month
                 r"|глав[аыеу]|постановлени\w*|распоряжени\w*|решени\w*|от)")
_ISSUER_ONLY = re.compile(r"[\W\d_]*" + _HEADING_WORD + r"(?:[\W\d_]+" + _HEADING_WORD + r")*[\W\d_]*")
# a body's kind must be among them: a region's or a municipality's name alone is a place, which the title zone
# already reads as no title when nothing is left of it
_BODY_KIND = re.compile(r"\b(?:собрани|совет|депутат|дум[аыеу]\b|администраци|мэри[яи]\b|хурал|представительн"
                        r"|глав[аыеу]\b)")


def issuer_only(zone: str) -> bool:
    """Whether a title zone (folded, names gone) holds only the words of an issuer's heading."""
    return len(zone) <= 200 and bool(_BODY_KIND.search(zone)) and _ISSUER_ONLY.fullmatch(zone) is not None
