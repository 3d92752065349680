"""RUSMARC bibliographic records of the fund's acts, for the library's
electronic catalog (IRBIS64, OPAC-Global, MARC-SQL, Koha/UNIMARC) and the
regional union catalog of local history.

* ``fields.py``: one ``Record`` (with what the fund adds: status, links,
  URLs) → one ``pymarc.Record``; pure, so generated records test it too.
* ``text.py``: what a cataloguer reads off the act's text (the abstract, the
  place of issue).
* ``charset.py``: UTF-8, or Windows-1251 for older IRBIS installations
  (characters outside the code page transliterated or replaced, and named).
* ``serialize.py``: ISO 2709 and MARCXML through pymarc, and reading back.
* ``export.py``: records of the fund (linked copies once) → bytes and the
  warnings naming each record that lost characters.

The field mapping and the RUSMARC documents it follows are in the README,
section "RUSMARC export".
"""
from __future__ import annotations

from search.rusmarc.export import ENCODINGS, FORMATS, MarcExport, export_records, primary_records

__all__ = ["ENCODINGS", "FORMATS", "MarcExport", "export_records", "primary_records"]
