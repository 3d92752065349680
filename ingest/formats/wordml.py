"""XML files: Word 2003 XML (WordprocessingML 2003) read, other XML pending.

Word 2003 could save a document as one XML file (``<w:wordDocument>``,
"XML Document" in its Save As list); sites deliver such files as ``.xml``
and also as ``.doc``, which Word opens the same. Its elements are those of
DOCX under an older namespace, with sections wrapped in ``wx:sect`` and
``wx:sub-section``, the page headers inside ``w:sectPr`` and the styles in
``w:styles``: the tree is renamed into the DOCX namespace and read by the
DOCX walker, so capitals, hidden text, fields and text boxes are read the
same way. Any other XML stays pending for an XML reader.
"""
from __future__ import annotations

from pathlib import Path

from xml.etree import ElementTree

from .. import textio
from ..records import IngestError, NeedsReader, Parsed
from .docx import W, Walker
from .limits import DEFAULT_LIMITS, Limits
from .text import cap_text

MEDIA_TYPE = "application/xml"

W2003 = "{http://schemas.microsoft.com/office/word/2003/wordml}"
WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"


def read_xml(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """Word 2003 XML as one page of text; ``NeedsReader`` for other XML."""
    try:
        root = ElementTree.parse(path).getroot()  # expat: no external entities fetched
    except OSError as ex:
        raise IngestError(f"cannot open XML file: {ex.strerror or ex}") from ex
    except ElementTree.ParseError as ex:
        raise IngestError(f"damaged XML: {ex}") from ex
    if root.tag != W2003 + "wordDocument":
        raise NeedsReader("XML file: needs an XML reader")
    _rename(root)
    body = root.find(W + "body")
    if body is None:
        raise IngestError("Word 2003 XML without w:body")
    walker = Walker(root.find(W + "styles"))
    header = walker.blocks(_first_header(body), None)
    walker.fields.clear()
    text, warnings = cap_text(textio.tidy("\n\n".join(header + walker.blocks(body, None))), limits)
    if not text.strip():
        warnings += ("empty_document",)
    return Parsed(media_type=MEDIA_TYPE, pages=(text,), warnings=warnings, meta={"reader": "wordml2003"})


def _rename(root) -> None:
    """2003 names into the DOCX namespace; section wrappers unwrapped."""
    for el in root.iter():
        if el.tag.startswith(W2003):
            el.tag = W + el.tag[len(W2003):]
        for key in [k for k in el.attrib if k.startswith(W2003)]:
            el.attrib[W + key[len(W2003):]] = el.attrib.pop(key)
    _unwrap(root)


def _unwrap(parent) -> None:
    children = []
    for child in parent:
        _unwrap(child)
        children.extend(list(child) if child.tag in (WX + "sect", WX + "sub-section") else [child])
    parent[:] = children


def _first_header(body) -> list:
    """The header of page 1: the first section's own first-page header
    under ``w:titlePg``, else its odd-page one (a section's ``w:sectPr``
    closes it, in its last paragraph or at the body's end)."""
    sect = next(body.iter(W + "sectPr"), None)
    if sect is None:
        return []
    kinds = ("first",) if sect.find(W + "titlePg") is not None else ("odd",)
    for hdr in sect.findall(W + "hdr"):
        if hdr.get(W + "type", "odd") in kinds:
            return hdr
    return []
