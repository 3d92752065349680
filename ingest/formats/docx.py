"""DOCX: paragraphs, tables and the first page header, in document order.

python-docx opens the package, but its ``paragraphs``/``tables`` lists
lose the order between them and skip content controls and text boxes, so
the body XML is walked directly. Municipal letterheads are often a table
(date cell at the left, number cell at the right): each table row becomes
lines whose cells are joined by ``textio.CELL_SEP``, nested tables
included, so the date and the number stay on one line. Paragraphs are
separated by blank lines, rows of one table by line breaks.
"""
from __future__ import annotations

from pathlib import Path

import docx as python_docx

from .. import textio
from ..records import IngestError, Parsed
from .limits import DEFAULT_LIMITS, Limits
from .text import cap_text
from .zipsafe import check_zip

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Run content that is not the printed text: deletions and the old place
# of moved text (tracked changes read as accepted), field codes, and the
# VML duplicate of every modern text box.
_SKIP = frozenset({W + "delText", W + "moveFrom", W + "instrText", MC + "Fallback", W + "rPr",
                   W + "pPr"})
_CHARS = {W + "tab": textio.CELL_SEP, W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}


def read_docx(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """One page of text; refuses zip bombs before python-docx opens it."""
    names = check_zip(Path(path), limits, kind="DOCX")
    if "word/document.xml" not in names:
        raise IngestError("not a DOCX: zip without word/document.xml")
    try:
        document = python_docx.Document(str(path))
        blocks = _header_blocks(document) + _blocks(document.element.body)
    except IngestError:
        raise
    except Exception as ex:  # python-docx and lxml raise many types
        raise IngestError(f"damaged DOCX: {type(ex).__name__}: {ex}") from ex
    body, warnings = cap_text(textio.tidy("\n\n".join(blocks)), limits)
    if not body.strip():
        warnings += ("empty_document",)
    return Parsed(media_type=MEDIA_TYPE, pages=(body,), warnings=warnings, meta=_meta(document))


def _meta(document) -> dict:
    title = (document.core_properties.title or "").strip()
    return {"docx_title": title} if title else {}


def _header_blocks(document) -> list[str]:
    """The letterhead printed on page 1, which often holds the body's name.

    Only the first section's header is taken, once: repeating it for
    every section would repeat the letterhead inside the text.
    """
    if not document.sections:
        return []
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:
        return []
    return _blocks(header._element)


def _blocks(container) -> list[str]:
    """Paragraph and table blocks of a body, cell, header or text box."""
    out: list[str] = []
    for child in container:
        tag = child.tag
        if tag == W + "p":
            text, boxes = _paragraph(child)
            out.extend(boxes)
            out.append(text)
        elif tag == W + "tbl":
            out.append("\n".join(_table_lines(child)))
        elif tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "ins", W + "moveTo", W + "smartTag"):
            out.extend(_blocks(child if tag != W + "sdt" else _sdt_content(child)))
    return [block for block in out if block.strip()]


def _sdt_content(sdt):
    content = sdt.find(W + "sdtContent")
    return content if content is not None else []


def _paragraph(p) -> tuple[str, list[str]]:
    """The paragraph's text, and the blocks of text boxes anchored in it."""
    parts: list[str] = []
    boxes: list[str] = []
    _runs(p, parts, boxes)
    return "".join(parts), boxes


def _runs(el, parts: list[str], boxes: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        elif tag == W + "txbxContent":
            boxes.extend(_blocks(child))
        else:
            _runs(child, parts, boxes)


def _table_lines(tbl) -> list[str]:
    lines: list[str] = []
    for row in _rows(tbl):
        cells = [_cell_lines(tc) for tc in _cells(row)]
        lines.extend(textio.join_cells(cells))
    return lines


def _children(el, tag: str):
    """Children ``w:<tag>`` of ``el``, also those wrapped in content controls."""
    for child in el:
        if child.tag == W + tag:
            yield child
        elif child.tag == W + "sdt":
            yield from (c for c in _sdt_content(child) if c.tag == W + tag)


def _rows(tbl):
    return _children(tbl, "tr")


def _cells(tr):
    return _children(tr, "tc")


def _cell_lines(tc) -> list[str]:
    """A cell's paragraphs and nested tables, one line each, blanks dropped."""
    lines = (textio.tidy_line(line) for block in _blocks(tc) for line in block.split("\n"))
    return [line for line in lines if line]
