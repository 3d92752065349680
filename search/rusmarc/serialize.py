"""ISO 2709 and MARCXML through pymarc, and reading them back.

pymarc writes ISO 2709 in UTF-8 (label position 9 ``a``) or, otherwise,
byte for byte as Latin-1; a Windows-1251 file is written by handing pymarc
each value as the Latin-1 spelling of its Windows-1251 bytes, so pymarc
still computes every length and the directory. MARCXML is one
``<collection>`` in the MARC XML namespace (what yaz and IRBIS read), in
UTF-8 or declared ``windows-1251``.
"""
from __future__ import annotations

import copy
import io
import xml.etree.ElementTree as ET

import pymarc
from pymarc import Record as MarcRecord, Subfield

from search.rusmarc.charset import CP1251

UTF8 = "utf-8"
XML_ENCODING = {UTF8: "utf-8", CP1251: "windows-1251"}


def _as_bytes_of(m: MarcRecord, encoding: str) -> MarcRecord:
    """A copy of ``m`` whose values are the Latin-1 spelling of their
    ``encoding`` bytes (every value already fits ``encoding``)."""
    c = copy.deepcopy(m)
    c.to_unicode, c.force_utf8 = False, False
    c.leader = str(c.leader)[:9] + " " + str(c.leader)[10:]

    def conv(s: str) -> str:
        return s.encode(encoding).decode("latin-1")
    for f in c.fields:
        if f.is_control_field():
            f.data = conv(f.data)
        else:
            f.subfields = [Subfield(sf.code, conv(sf.value)) for sf in f.subfields]
    return c


def iso2709(records: list[MarcRecord], encoding: str = UTF8) -> bytes:
    out = io.BytesIO()
    for m in records:
        out.write(m.as_marc() if encoding == UTF8 else _as_bytes_of(m, encoding).as_marc())
    return out.getvalue()


def marcxml(records: list[MarcRecord], encoding: str = UTF8) -> bytes:
    root = ET.Element("collection", {"xmlns": pymarc.MARC_XML_NS})
    for m in records:
        root.append(pymarc.record_to_xml_node(m, namespace=False))
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding=XML_ENCODING[encoding], xml_declaration=True) + b"\n"


def write(records: list[MarcRecord], fmt: str, encoding: str = UTF8) -> bytes:
    return iso2709(records, encoding) if fmt == "iso2709" else marcxml(records, encoding)


def read(data: bytes, fmt: str, encoding: str = UTF8) -> list[MarcRecord]:
    """The records of an export, as pymarc reads them (strictly: a record
    pymarc cannot read raises)."""
    if fmt == "marcxml":
        return pymarc.parse_xml_to_array(io.BytesIO(data), strict=True)
    reader = pymarc.MARCReader(data, to_unicode=True, utf8_handling="strict",
                               file_encoding=encoding if encoding != UTF8 else "iso8859-1")
    out = []
    for m in reader:
        if m is None:
            raise ValueError(f"pymarc could not read a record: {reader.current_exception!r}")
        out.append(m)
    return out


def fields_of(m: MarcRecord) -> list[tuple]:
    """A record as comparable values: the label's coded positions and every
    field with its indicators and subfields in order."""
    lead = str(m.leader)
    out: list[tuple] = [("LDR", lead[5:10] + lead[17:])]
    for f in m.fields:
        if f.is_control_field():
            out.append((f.tag, f.data))
        else:
            out.append((f.tag, "".join(f.indicators),
                        tuple((sf.code, sf.value) for sf in f.subfields)))
    return out
