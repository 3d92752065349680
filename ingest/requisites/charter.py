"""Who adopted a charter printed without its issuer's heading.

A charter's page (a municipal site's, a database's) gives its name in capitals
(``УСТАВ СОСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА``) and under it the stamp of the
decision that adopted it, in a narrow column (``ПРИНЯТ`` / ``решением Совета
Сосновского`` / ``муниципального района`` / ``от «14» ноября 2007 года № 3``).
No heading over the name names the issuer; the stamp does, in the genitive
after the adopting act's word: the council that adopted it is the body
(record.md: the one the formula or a line names when no heading does; heldout63
r15 took the adopting body for a charter under a database's decree line).
"""
from __future__ import annotations

from .lines import Lines
from .stamp import ADOPTED_STAMP, read_stamp

_LOOK = 12  # lines under the name the stamp may stand within (blank lines between its pieces)


def charter_adopter(L: Lines, k: int, limit: int) -> str | None:
    """The body named by the adoption stamp under the charter's name at line ``k``
    (the nominative of its genitive), or None when no such stamp stands there."""
    for j in range(k + 1, min(limit, k + _LOOK)):
        if not ADOPTED_STAMP.match(L.raw[j].strip()):
            continue
        stamp = read_stamp(L, j, limit, ADOPTED_STAMP)
        if stamp and stamp.kind and stamp.body:
            return stamp.body
        return None
    return None
