"""Writers of a ``BibList`` (search/lists.py): txt, md, html, docx, csv, json.

    render(blist, fmt) -> bytes          the whole file
    write(blist, fmt, path)              atomic write (temporary file, rename)

* txt: UTF-8, the title, the period, the date of compilation, group headings
  and numbered entries, one per line.
* md: ``#`` title, ``##`` groups, an ordered list whose numbers continue
  across groups (each list starts at its first number).
* html: a standalone page; every piece of data is escaped (``html.escape``),
  a URL becomes a link only when it is http(s).
* docx: python-docx with the template's real styles — ``Title``-less:
  ``Heading 1`` for the title, ``Heading 2`` for groups, ``List Number`` for
  entries (one numbering across groups, so Word and LibreOffice number
  1…N continuously); Times New Roman, Russian as the proofing language.
* csv: UTF-8 with a BOM (Excel opens Cyrillic correctly), one row per entry.
* json: ``BibList.to_dict()``.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

__all__ = ["ListFormat", "REGISTRY", "FORMATS", "BASKET_FORMATS", "format_of", "render",
           "write", "write_bytes", "printable", "typeset"]


def _header_lines(bl) -> list[str]:
    lines = []
    if bl.note:
        lines.append(bl.note)
    if bl.period:
        lines.append(bl.period)
    lines.append(bl.compiled_line)
    lines.append(f"Всего документов: {bl.total}")
    return lines


def render_txt(bl) -> str:
    out = [bl.title, ""] + _header_lines(bl) + [""]
    width = len(str(bl.total))
    for g in bl.groups:
        if g.heading:
            out += [g.heading, ""]
        for e in g.entries:
            out.append(f"{e.n:>{width}}. {e.description}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _md(s: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", s)


def render_md(bl) -> str:
    out = [f"# {_md(bl.title)}", ""]
    for ln in _header_lines(bl):
        out += [_md(ln), ""]
    for g in bl.groups:
        if g.heading:
            out += [f"## {_md(g.heading)}", ""]
        for e in g.entries:
            out.append(f"{e.n}. {_md(e.description)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


_NBSP = [(re.compile(r" – "), "\u00a0– "), (re.compile(r"№ (?=\S)"), "№\u00a0"), (re.compile(r" (?=г\.)"), "\u00a0"),
         (re.compile(r"(?<=\b[СсТт]\.) (?=\d)"), "\u00a0"), (re.compile(r"(?<=Ст\.) (?=\d)"), "\u00a0")]


# characters XML 1.0 (DOCX, ODT) cannot hold and HTML calls parse errors: the
# C0 controls but tab, newline and return. Texts bring them: a DOS file's
# end-of-file mark (Ctrl-Z, \x1a), a legacy Word file's field and cell marks
# (\x13 \x14 \x15 \x07); python-docx refuses the whole document for one of them
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def printable(s: str) -> str:
    """``s`` without the control characters a DOCX or HTML page cannot hold
    (a form feed or vertical tab becomes a space, the rest goes)."""
    if not _NOT_XML.search(s):
        return s
    return _NOT_XML.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", s)


def typeset(desc: str) -> str:
    """No-break spaces where a line must not break (№ 17, 2013 г., С. 3, and
    before a dash, which ends a line rather than starts one) — for
    the page formats (docx, html); the plain formats keep plain spaces.
    Control characters a page cannot hold are left out (``printable``)."""
    desc = printable(desc)
    for rx, rep in _NBSP:
        desc = rx.sub(rep, desc)
    return desc


def _html_desc(e) -> str:
    text = html.escape(typeset(e.description), quote=True)
    url = e.url or _url_in(e.description)
    if url and re.match(r"https?://", url):
        esc = html.escape(url, quote=True)
        text = text.replace(esc, f'<a href="{esc}">{esc}</a>', 1)
    return text


def _url_in(desc: str) -> str | None:
    m = re.search(r"URL: (https?://\S+?)(?= \(дата обращения| ?$|\.$)", desc)
    return m.group(1) if m else None


_CSS = """body{font-family:"Times New Roman",serif;max-width:50em;margin:2em auto;line-height:1.4}
h1{font-size:1.4em;text-align:center}h2{font-size:1.15em;margin-top:1.5em}
p.meta{margin:.2em 0;text-align:center}ol{padding-left:2.5em}li{margin:.3em 0}"""


def render_html(bl) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="ru">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(bl.title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{e(bl.title)}</h1>"]
    for ln in _header_lines(bl):
        out.append(f'<p class="meta">{e(ln)}</p>')
    for g in bl.groups:
        if g.heading:
            out.append(f"<h2>{e(g.heading)}</h2>")
        if g.entries:
            out.append(f'<ol start="{g.entries[0].n}">')
            for en in g.entries:
                out.append(f'<li value="{en.n}">{_html_desc(en)}</li>')
            out.append("</ol>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


CSV_COLUMNS = ["n", "group", "description", "id", "kind", "number", "date", "body", "title",
               "publication", "received_at", "rubrics", "url"]


# a cell a spreadsheet would take for a formula (=, +, -, @, a tab or CR first)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(v) -> str:
    """A text cell as Excel and LibreOffice show it, never run: titles and
    bodies come from delivered documents (untrusted), and a title printed as
    ``=HYPERLINK(…)`` opened from a CSV list would be a live formula. An
    apostrophe first (OWASP's advice) keeps it text; nothing else changes."""
    s = "" if v is None else str(v)
    return "'" + s if s.startswith(_FORMULA_START) else s


def render_csv(bl) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for g in bl.groups:
        for en in g.entries:
            d = en.to_dict()
            pub = d["publication"]
            pub_s = ", ".join(f"{k}={v}" for k, v in pub.items() if v) if pub else ""
            w.writerow([en.n] + [_cell(v) for v in (
                g.heading, en.description, d["id"], d["kind"], d["number"], d["date"], d["body"],
                d["title"], pub_s, d["received_at"], " ".join(d["rubrics"]), d["url"])])
    return buf.getvalue()


def render_json(bl) -> str:
    return json.dumps(bl.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _set_font(style, name: str, size_pt: float | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(a), None)   # a theme font would win over the name
    if size_pt:
        style.font.size = Pt(size_pt)


def _set_lang(style, lang: str = "ru-RU") -> None:
    from docx.oxml.ns import qn
    rpr = style.element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = rpr.makeelement(qn("w:lang"), {})
        rpr.append(el)
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")


def docx_document(title: str, subject: str | None = None):
    """An empty A4 python-docx document in the lists' styles (Times New
    Roman, Russian proofing, black headings); press dossiers start from it too."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)   # A4, not the template's Letter
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    styles = doc.styles
    normal = styles["Normal"]
    _set_font(normal, "Times New Roman", 12)
    _set_lang(normal)
    normal.paragraph_format.space_after = Pt(0)
    for name, size in (("Heading 1", 14), ("Heading 2", 13)):
        st = styles[name]
        _set_font(st, "Times New Roman", size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True
        st.paragraph_format.space_before = Pt(12)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.keep_with_next = True
    styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lst = styles["List Number"]
    lst.paragraph_format.space_after = Pt(4)
    lst.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT  # justified URLs tear lines apart

    cp = doc.core_properties
    cp.title = title
    cp.language = "ru-RU"
    cp.author = "actdesk"
    cp.subject = subject or ""
    return doc


def render_docx(bl) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = docx_document(printable(bl.title), bl.period)
    lst = doc.styles["List Number"]
    doc.add_heading(printable(bl.title), level=1)
    for ln in _header_lines(bl):
        p = doc.add_paragraph(printable(ln))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    list_id = lst.style_id
    for g in bl.groups:
        if g.heading:
            doc.add_heading(printable(g.heading), level=2)
        for en in g.entries:
            # the style id set on the XML directly: python-docx resolves a style
            # by scanning every style per paragraph (0.9 s for 1,000 entries)
            doc.add_paragraph(typeset(en.description))._p.get_or_add_pPr().style = list_id
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@dataclass(frozen=True)
class ListFormat:
    """One way a list leaves actdesk. The CLI's choices, the web's download
    buttons, the API's ``format=`` and the SDI digests all read this table,
    so a new format is one entry here and one writer above."""
    name: str
    suffix: str
    mime: str
    write: Callable[[object], bytes]
    basket: bool  # offered as a download button on the web page (the others: API and CLI)


REGISTRY: dict[str, ListFormat] = {f.name: f for f in (
    ListFormat("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               lambda bl: render_docx(bl), basket=True),
    ListFormat("html", "html", "text/html; charset=utf-8",
               lambda bl: render_html(bl).encode("utf-8"), basket=True),
    ListFormat("txt", "txt", "text/plain; charset=utf-8",
               lambda bl: render_txt(bl).encode("utf-8"), basket=True),
    ListFormat("md", "md", "text/markdown; charset=utf-8",
               lambda bl: render_md(bl).encode("utf-8"), basket=False),
    # utf-8-sig: Excel on Windows opens a CSV as cp1251 unless it starts with a BOM
    ListFormat("csv", "csv", "text/csv; charset=utf-8",
               lambda bl: render_csv(bl).encode("utf-8-sig"), basket=False),
    ListFormat("json", "json", "application/json",
               lambda bl: render_json(bl).encode("utf-8"), basket=False),
)}
FORMATS = tuple(REGISTRY)
BASKET_FORMATS = tuple(n for n, f in REGISTRY.items() if f.basket)


def format_of(name: str) -> ListFormat:
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {name!r}") from None


def render(bl, fmt: str) -> bytes:
    return format_of(fmt).write(bl)


def _as_new_file(tmp: str) -> None:
    """mkstemp makes 0600; a list or bulletin is written for colleagues, so it
    gets what the umask gives any new file (0644 under the usual 022). The
    umask can only be read by setting it: set back at once. Windows keeps
    its own ACLs (chmod there only toggles read-only)."""
    if os.name != "posix":
        return
    mask = os.umask(0o022)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)


class OutputError(Exception):
    """A file the user named cannot be written; the message says why and what to do."""


def output_error(path: Path, ex: OSError) -> OutputError:
    """On Windows a file open in Word or Excel cannot be replaced ("Access is
    denied", ``PermissionError``): last week's bulletin left open stopped
    ``biblist -o`` with a traceback. The words name the likely cause."""
    if isinstance(ex, PermissionError):
        return OutputError(f"cannot write {path}: the file is open in another program (Word, "
                           "Excel, a viewer) or the folder is read-only; close it or choose "
                           "another name")
    return OutputError(f"cannot write {path}: {ex.strerror or ex}")


def write_bytes(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename: a crash
    never leaves half a bulletin under the final name. ``OutputError`` when
    the file or its folder cannot be written."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError as ex:
        raise output_error(path, ex) from ex
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        _as_new_file(tmp)
        os.replace(tmp, path)
    except BaseException as ex:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(ex, OSError):
            raise output_error(path, ex) from ex
        raise


def write(bl, fmt: str, path: Path) -> None:
    write_bytes(path, render(bl, fmt))
