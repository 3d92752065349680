"""DOCX: paragraphs, tables and the first page header, in document order.

python-docx opens the package, but its ``paragraphs``/``tables`` lists
lose the order between them and skip content controls and text boxes, so
the body XML is walked directly. Municipal letterheads are often a table
(date cell at the left, number cell at the right): each table row becomes
lines whose cells are joined by ``textio.CELL_SEP``, nested tables
included, so the date and the number stay on one line. Paragraphs are
separated by blank lines, rows of one table by line breaks.

What is read is what Word prints, not what it stores: letters stored in
lower case under ``w:caps``/``w:smallCaps`` (of the run, its character
style or its paragraph style and the styles these are based on — a
form's heading style often sets capitals) come out as capitals; hidden
text (``w:vanish``) is left out; of a field only its result is read, also
when the field's code holds other fields (``IF { MERGEFIELD … }``) or the
field runs over several paragraphs; an imported chunk (``w:altChunk``:
a DOCX, HTML, RTF or text a generating system pasted in) is read where it
stands,
and so is an old WordArt's text (``v:textpath``, a letterhead's «АДМИНИСТРАЦИЯ»).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import docx as python_docx
from docx.opc.part import Part, PartFactory

from .. import textio
from ..records import IngestError, Parsed
from .limits import DEFAULT_LIMITS, Limits
from .text import cap_text
from .zipsafe import check_zip

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
V = "{urn:schemas-microsoft-com:vml}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"

# Run content that is not the printed text: deletions and the old place
# of moved text (tracked changes read as accepted), field codes, and the
# VML duplicate of every modern text box.
_SKIP = frozenset({W + "delText", W + "moveFrom", W + "instrText", W + "delInstrText", MC + "Fallback",
                   W + "rPr", W + "pPr", W + "sdtPr", W + "sdtEndPr", W + "del"})
_CHARS = {W + "tab": textio.CELL_SEP, W + "ptab": textio.CELL_SEP, W + "br": "\n", W + "cr": "\n",
          W + "noBreakHyphen": "-", W + "softHyphen": ""}
# Word's Insert Symbol from the Symbol font stores the font's own code
# (0xF000 + the byte); the characters an act's heading may use.
_SYMBOL_FONT = {0x2D: "-", 0xBE: "—", 0xB7: "•", 0xB0: "°", 0xB1: "±", 0xD7: "×", 0x3D: "=",
                0x2B: "+", 0x2F: "/", 0x28: "(", 0x29: ")", 0x2C: ",", 0x2E: ".", 0x3A: ":", 0x3B: ";"}


_CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


_SELECTOR = PartFactory.part_class_selector  # python-docx's own (images)


def _chunk_as_bytes(content_type: str, reltype: str):
    """An imported chunk stays bytes: python-docx would parse a DOCX chunk
    (a whole package, typed as a document's main part) as XML and refuse
    the file that holds it."""
    if reltype == _CHUNK_REL:
        return Part
    return _SELECTOR(content_type, reltype) if _SELECTOR else None


PartFactory.part_class_selector = _chunk_as_bytes  # python-docx's documented hook


@dataclass(frozen=True)
class _Look:
    """How a run prints: in capitals, or not at all."""

    caps: bool = False
    hidden: bool = False

    def over(self, rpr) -> "_Look":
        """This look with the toggles set in an ``rPr`` applied over it."""
        if rpr is None:
            return self
        caps, hidden = self.caps, self.hidden
        for child in rpr:
            if child.tag in (W + "caps", W + "smallCaps"):
                caps = _on(child)
            elif child.tag == W + "vanish":
                hidden = _on(child)
        return _Look(caps, hidden)


def _on(toggle) -> bool:
    return toggle.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


def read_docx(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """One page of text; refuses zip bombs before python-docx opens it."""
    names = check_zip(Path(path), limits, kind="DOCX")
    if "word/document.xml" not in names:
        raise IngestError("not a DOCX: zip without word/document.xml")
    try:
        document = python_docx.Document(str(path))
        walker = Walker(document.styles.element)
        header = _header_blocks(document, walker)
        walker.fields.clear()
        blocks = header + walker.blocks(document.element.body, document.part)
        blocks += _first_footer_blocks(document, walker)
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


def _header_blocks(document, walker: "Walker") -> list[str]:
    """The letterhead printed on page 1, which often holds the body's name.

    Only the first section's header is taken, once: repeating it for
    every section would repeat the letterhead inside the text.
    """
    if not document.sections:
        return []
    section = document.sections[0]
    header = (section.first_page_header if section.different_first_page_header_footer
              else section.header)
    if header.is_linked_to_previous:
        return []
    return walker.blocks(header._element, header.part)


def _first_footer_blocks(document, walker: "Walker") -> list[str]:
    """The first page's own footer (a blank's register stamp, ``Рег. № …
    от …``), at the end; a running footer (page numbers) is not taken."""
    if not document.sections or not document.sections[0].different_first_page_header_footer:
        return []
    footer = document.sections[0].first_page_footer
    if footer.is_linked_to_previous:
        return []
    blocks = walker.blocks(footer._element, footer.part)
    return blocks if any(c.isalpha() for b in blocks for c in b) else []


class Walker:
    """One document's text, with its styles and the fields open so far
    (also used for Word 2003 XML, whose elements are the same)."""

    def __init__(self, styles_root):
        self.paragraph_looks, self.run_looks, self.default_paragraph = _style_looks(styles_root)
        self.fields: list[bool] = []  # per open field: still in its code part
        self.place: tuple | None = None  # where the shape being read sits on the page

    def blocks(self, container, part) -> list[str]:
        """Paragraph and table blocks of a body, cell, header or text box."""
        out: list[str] = []
        frames: list[tuple] = []  # a run of framed paragraphs: (origin, top, left, blocks)

        def flush() -> None:
            """The run of framed paragraphs in print order (tops within 10 pt: a line)."""
            out.extend(block for _, _, blocks in textio.print_order([f[1:] for f in frames], 200)
                       for block in blocks)
            frames.clear()

        for child in container:
            tag = child.tag
            frame = _frame_place(child) if tag == W + "p" else None
            if frames and (frame is None or frame[0] != frames[0][0]):
                flush()
            if tag == W + "p":
                text, boxes = self.paragraph(child, part)
                if frame is not None:
                    frames.append((frame[0], frame[1], frame[2], boxes + [text]))
                    continue
                out.extend(boxes)
                out.append(text)
            elif tag == W + "tbl":
                out.append("\n".join(self.table_lines(child, part)))
            elif tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "ins", W + "moveTo",
                         W + "smartTag"):
                out.extend(self.blocks(child if tag != W + "sdt" else _sdt_content(child), part))
            elif tag == W + "altChunk":
                out.append(_alt_chunk(child, part))
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                out.extend(self.blocks(choice if choice is not None else [], part))
        flush()
        return [block for block in out if block.strip()]

    def paragraph(self, p, part) -> tuple[str, list[str]]:
        """The paragraph's text, and the blocks of text boxes anchored in it,
        top to bottom and left to right as they are printed (a form's boxes
        are stored in the order they were drawn: the date's before the
        letterhead's) when every box has its place on the page."""
        parts: list[str] = []
        boxes: list[tuple[tuple | None, list[str]]] = []
        self.runs(p, self.paragraph_look(p), parts, boxes, part)
        # a field code ends within its paragraph: a lost "end" must not
        # swallow the rest of the document
        self.fields = [code for code in self.fields if not code]
        places = [place for place, _ in boxes]
        if len(boxes) > 1 and all(places) and len({place[0] for place in places}) == 1:
            placed = textio.print_order([(place[1], place[2], blocks) for place, blocks in boxes], 10)
            boxes = [(None, blocks) for _, _, blocks in placed]
        return "".join(parts), [block for _, blocks in boxes for block in blocks]

    def paragraph_look(self, p) -> _Look:
        ppr = p.find(W + "pPr")
        style = ppr.find(W + "pStyle") if ppr is not None else None
        name = style.get(W + "val") if style is not None else self.default_paragraph
        return self.paragraph_looks.get(name, self.paragraph_looks.get(self.default_paragraph, _Look()))

    def runs(self, el, look: _Look, parts: list[str], boxes: list[str], part) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == W + "r":
                self.runs(child, self.run_look(child, look), parts, boxes, part)
            elif tag == W + "fldChar":
                self.field_char(child.get(W + "fldCharType"))
            elif tag == W + "txbxContent":
                boxes.append((self.place, self.blocks(child, part)))
            elif tag == V + "textpath":  # old WordArt: its text is an attribute
                boxes.append((self.place, [child.get("string") or ""]))
            elif tag == WP + "anchor" or tag in _VML_SHAPES:
                outer, self.place = self.place, _place(child)
                self.runs(child, look, parts, boxes, part)
                self.place = outer
            elif look.hidden or any(self.fields):
                continue  # hidden, or inside a field's code
            elif tag == W + "t":
                text = child.text or ""
                parts.append(text.upper() if look.caps else text)
            elif tag in _CHARS:
                parts.append(_CHARS[tag])
            elif tag == W + "sym":
                parts.append(_symbol(child))
            else:
                self.runs(child, look, parts, boxes, part)

    def run_look(self, r, look: _Look) -> _Look:
        rpr = r.find(W + "rPr")
        if rpr is None:
            return look
        style = rpr.find(W + "rStyle")
        if style is not None:
            look = _merge(look, self.run_looks.get(style.get(W + "val")))
        return look.over(rpr)

    def field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(True)
        elif kind == "separate" and self.fields:
            self.fields[-1] = False
        elif kind == "end" and self.fields:
            self.fields.pop()

    def table_lines(self, tbl, part) -> list[str]:
        lines: list[str] = []
        for row in _children(tbl, "tr"):
            cells = [self.cell_lines(tc, part) for tc in _children(row, "tc")]
            lines.extend(textio.join_cells(cells))
        return lines

    def cell_lines(self, tc, part) -> list[str]:
        """A cell's paragraphs and nested tables, one line each, blanks dropped."""
        lines = (textio.tidy_line(line) for block in self.blocks(tc, part) for line in block.split("\n"))
        return [line for line in lines if line]


def _frame_place(p) -> tuple | None:
    """(what the offsets are measured from, top, left) in twips of a framed
    paragraph (``w:framePr`` with ``w:x``/``w:y``: an old form's date or
    number set over the blank's rule), else None."""
    ppr = p.find(W + "pPr")
    frame = ppr.find(W + "framePr") if ppr is not None else None
    if frame is None:
        return None
    x, y = frame.get(W + "x"), frame.get(W + "y")
    if not (x and y and x.lstrip("-").isdigit() and y.lstrip("-").isdigit()):
        return None
    return (frame.get(W + "vAnchor", "margin"), int(y), int(x))


_VML_SHAPES = frozenset({V + "shape", V + "rect", V + "roundrect"})
_EMU_PER_PT = 12700
_CSS_LENGTH = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75}


def _place(shape) -> tuple | None:
    """(what the offsets are measured from, top, left) in points of a
    floating shape: DrawingML's ``wp:positionV``/``wp:positionH`` offsets,
    or a VML shape's ``margin-top``/``top`` and ``margin-left``/``left``;
    None when the shape is placed otherwise (aligned, inline)."""
    if shape.tag == WP + "anchor":
        spots = []
        for axis in ("positionV", "positionH"):
            pos = shape.find(WP + axis)
            offset = pos.find(WP + "posOffset") if pos is not None else None
            if offset is None or not (offset.text or "").strip().lstrip("-").isdigit():
                return None
            spots.append((pos.get("relativeFrom"), int(offset.text) / _EMU_PER_PT))
        return (spots[0][0], round(spots[0][1]), round(spots[1][1]))
    style = dict(part.split(":", 1) for part in (shape.get("style") or "").replace(" ", "").split(";")
                 if ":" in part)
    top, left = _css_pt(style.get("margin-top", style.get("top"))), \
        _css_pt(style.get("margin-left", style.get("left")))
    if top is None or left is None:
        return None
    return (style.get("mso-position-vertical-relative", "paragraph"), round(top), round(left))


def _css_pt(value: str | None) -> float | None:
    if not value:
        return None
    for unit, factor in _CSS_LENGTH.items():
        if value.endswith(unit):
            try:
                return float(value[:-len(unit)]) * factor
            except ValueError:
                return None
    try:
        return float(value) * 0.75  # a bare number is in pixels
    except ValueError:
        return None


def _merge(look: _Look, style: _Look | None) -> _Look:
    """A character style's toggles over the paragraph's look."""
    if style is None:
        return look
    return _Look(look.caps or style.caps, look.hidden or style.hidden)


def _style_looks(root) -> tuple[dict[str, _Look], dict[str, _Look], str | None]:
    """Looks of paragraph and character styles, ``basedOn`` chains followed
    over the document defaults, and the default paragraph style's id."""
    if root is None:
        return {None: _Look()}, {}, None
    base = _Look().over(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
    styles = {s.get(W + "styleId"): s for s in root.findall(W + "style")}
    done: dict[str, _Look] = {}

    def look(sid: str, seen: frozenset = frozenset()) -> _Look:
        if sid in done:
            return done[sid]
        style = styles[sid]
        parent = style.find(W + "basedOn")
        pid = parent.get(W + "val") if parent is not None else None
        under = look(pid, seen | {sid}) if pid in styles and pid not in seen else base
        done[sid] = under.over(style.find(W + "rPr"))
        return done[sid]

    paragraph, character, default = {}, {}, None
    for sid, style in styles.items():
        kind = style.get(W + "type")
        if kind == "paragraph":
            paragraph[sid] = look(sid)
            if _on_attr(style.get(W + "default")):
                default = sid
        elif kind == "character":
            character[sid] = look(sid)
    if default is None:
        paragraph[None] = base
    return paragraph, character, default


def _on_attr(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


def _symbol(sym) -> str:
    try:
        code = int(sym.get(W + "char", ""), 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        font = (sym.get(W + "font") or "").lower()
        return _SYMBOL_FONT.get(code - 0xF000, "") if font == "symbol" else ""
    return chr(code) if 0x20 <= code < 0x110000 else ""


def _sdt_content(sdt):
    content = sdt.find(W + "sdtContent")
    return content if content is not None else []


def _children(el, tag: str):
    """Children ``w:<tag>`` of ``el``, also those wrapped in content controls."""
    for child in el:
        if child.tag == W + tag:
            yield child
        elif child.tag == W + "sdt":
            yield from (c for c in _sdt_content(child) if c.tag == W + tag)


def _alt_chunk(chunk, part) -> str:
    """The text of an imported chunk (a DOCX, HTML, RTF or plain text); an
    unknown kind is left out, as a chunk Word could not import."""
    rid = chunk.get(R + "id")
    target = part.related_parts.get(rid) if rid and part is not None else None
    if target is None:
        return ""
    kind = (target.content_type or "").lower()
    data = target.blob
    if "wordprocessingml" in kind:
        check_zip(io.BytesIO(data), DEFAULT_LIMITS, kind="DOCX chunk")
        inner = python_docx.Document(io.BytesIO(data))
        return "\n\n".join(Walker(inner.styles.element).blocks(inner.element.body, inner.part))
    if "html" in kind:
        from .html import _declared_charset, extract
        return extract(textio.decode(data, declared=_declared_charset(data)).text).text
    if "rtf" in kind:
        from .legacy import rtf_to_text
        return rtf_to_text(data)[0]
    if kind.startswith("text/plain"):
        return textio.decode(data).text
    return ""
