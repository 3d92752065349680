"""HTML pages of municipal sites and newspapers: the act's text, no chrome.

Built on the standard library's ``html.parser`` (no new dependency: the
pages are small and the rules below need events, not a full tree).

- Dropped: scripts, styles, head, forms, ``nav``/``aside``, page-level
  ``header``/``footer`` (kept inside ``article``/``main``), hidden elements,
  and elements whose role or class/id token names site navigation.
- Block elements and ``<br>`` break lines; ``<p>``-like blocks give blank
  lines between paragraphs.
- Inline elements (``span``, ``b``, ``a``) are joined without a space:
  export tools split ``145-п`` or a word across spans and they must come
  back whole.
- A table row is one line, cells joined by ``textio.CELL_SEP`` (line by
  line when cells hold several paragraphs), so a heading laid out as a
  table keeps its date and number together.
- ``<title>`` and the canonical/og:url go to ``meta`` only: page titles of
  municipal sites often name another act (realdocs 39).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .. import textio
from ..records import IngestError, Parsed
from .limits import DEFAULT_LIMITS, Limits
from .text import cap_text

MEDIA_TYPE = "text/html"

_PARA = "\x00P"  # paragraph break marker inside token lists
_LINE = "\x00L"  # line break marker

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
_ALWAYS_SKIP = frozenset(
    "script style noscript template svg math head select button textarea iframe object canvas"
    " audio video map datalist option".split()
)
_CHROME_SKIP = frozenset("nav aside form menu dialog".split())
_PAGE_ONLY = frozenset(("header", "footer"))  # chrome unless inside the content
_CONTENT = frozenset(("article", "main"))
_CHROME_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar dialog".split())
_CHROME_TOKENS = frozenset(
    "menu nav navbar navigation breadcrumb breadcrumbs sidebar cookie cookies share social"
    " pagination topmenu mainmenu footer".split()
)
_PARAGRAPHS = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote ul ol dl pre address section article main figure"
    " figcaption fieldset hr center".split()
)
_LINES = frozenset("div li dt dd caption tbody thead tfoot header footer body html legend".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\n\f]+")
# a doctype a stray space parted from its bracket ("< !DOCTYPE HTML …>", see ``detect``): the
# parser would keep it as the page's first line of text
_PARTED_DOCTYPE = re.compile(r"^\ufeff?\s*<\s+!doctype[^>]*>", re.IGNORECASE)
# a blank line inside one run of text: plain text pasted into a page's block (a portal's
# card holding the act as typed, its lines and paragraphs kept by newlines alone). An
# exporter's markup wraps a paragraph's source lines but never leaves a blank line inside
# one, so there the newlines are the text's own line breaks, as in ``<pre>``
_BLANK_LINE = re.compile(r"\n[ \t\r\f]*\n")


def read_html(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """One page of text plus ``html_title`` and ``url`` in ``meta``."""
    try:
        data = Path(path).read_bytes()
    except OSError as ex:
        raise IngestError(f"cannot read file: {ex.strerror or ex}") from ex
    decoded = textio.decode(data, declared=_declared_charset(data))
    try:
        page = extract(decoded.text)
    except Exception as ex:  # html.parser is lenient; this is a last resort
        raise IngestError(f"unreadable HTML: {type(ex).__name__}: {ex}") from ex
    body, warnings = cap_text(page.text, limits)
    if not body.strip():
        warnings += ("empty_document",)
    meta = {"encoding": decoded.encoding}
    if page.title:
        meta["html_title"] = page.title
    if page.url:
        meta["url"] = page.url
    return Parsed(media_type=MEDIA_TYPE, pages=(body,), warnings=warnings, meta=meta)


class Page:
    def __init__(self, text: str, title: str | None, url: str | None):
        self.text, self.title, self.url = text, title, url


def extract(markup: str) -> Page:
    """Text, title and url of an HTML document given as a string.

    If an element dropped as site chrome is never closed it would swallow
    the rest of the page, so then the page is read again keeping chrome.
    """
    markup = _PARTED_DOCTYPE.sub("", markup, count=1)
    parser = _Extractor(drop_chrome=True)
    parser.feed(markup)
    parser.close()
    if parser.unclosed_chrome:
        parser = _Extractor(drop_chrome=False)
        parser.feed(markup)
        parser.close()
    return Page(parser.text(), parser.title(), parser.url)


def _declared_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:8192])
    return found.group(1).decode("ascii") if found else None


class _Table:
    """Rows of cells, each cell a token list, while the table is open."""

    def __init__(self) -> None:
        self.rows: list[list[list[str]]] = []
        self.cell: list[str] | None = None
        self.stray: list[str] = []  # text between cells, kept as a row

    def open_row(self) -> None:
        self.cell = None
        self.rows.append([])

    def open_cell(self) -> list[str]:
        if not self.rows:
            self.rows.append([])
        self.cell = []
        self.rows[-1].append(self.cell)
        return self.cell

    def lines(self) -> list[str]:
        out: list[str] = []
        for row in self.rows:
            cells = [_lines(_render(cell)) for cell in row]
            out.extend(textio.join_cells(cells))
        out.extend(_lines(_render(self.stray)))
        return out


class _Extractor(HTMLParser):
    def __init__(self, drop_chrome: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_chrome = drop_chrome
        self.doc: list[str] = []
        self.tables: list[_Table] = []
        self.skipping: list[str] = []  # open dropped elements, innermost last
        self.open_content = 0  # depth of article/main
        self.in_pre = 0
        self.title_parts: list[str] | None = None
        self.titles: list[str] = []
        self.url: str | None = None
        self.unclosed_chrome = False

    # -- where text goes -------------------------------------------------
    def _out(self) -> list[str]:
        if self.tables:
            table = self.tables[-1]
            return table.cell if table.cell is not None else table.stray
        return self.doc

    # -- events ----------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        attrs = dict(attrs)
        self._note_meta(tag, attrs)
        if tag == "title":
            self.title_parts = []
            return
        if tag == "body" and "head" in self.skipping:
            del self.skipping[self.skipping.index("head"):]  # </head> is optional
        if self.skipping:
            if tag not in _VOID and self._drops(tag, attrs):
                self.skipping.append(tag)
            return
        if tag not in _VOID and self._drops(tag, attrs):
            self.skipping.append(tag)
            return
        self._structure_start(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        attrs = dict(attrs)
        self._note_meta(tag, attrs)
        if not self.skipping and tag in ("br", "hr"):
            self._out().append(_LINE if tag == "br" else _PARA)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.titles.append(_WS.sub(" ", "".join(self.title_parts)).strip())
            self.title_parts = None
            return
        if self.skipping:
            if tag in self.skipping:
                while self.skipping.pop() != tag:
                    pass
            return
        self._structure_end(tag)

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.skipping:
            return
        out = self._out()
        if self.in_pre or _BLANK_LINE.search(data.strip(" \t\r\n\f")):
            for i, line in enumerate(data.split("\n")):
                if i:
                    out.append(_LINE)
                out.append(line)
        else:
            out.append(_WS.sub(" ", data))

    def close(self) -> None:
        super().close()
        self.unclosed_chrome = any(t not in _ALWAYS_SKIP for t in self.skipping)
        while self.tables:
            self._close_table()

    # -- decisions -------------------------------------------------------
    def _drops(self, tag: str, attrs: dict) -> bool:
        if tag in _ALWAYS_SKIP:
            return True
        if "hidden" in attrs or _HIDDEN_STYLE.search(attrs.get("style") or ""):
            return True
        if not self.drop_chrome:
            return False
        if tag in _CHROME_SKIP:
            return True
        if tag in _PAGE_ONLY and not self.open_content:
            return True
        if (attrs.get("role") or "").lower() in _CHROME_ROLES:
            return True
        tokens = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower().split()
        return any(token in _CHROME_TOKENS for token in tokens)

    def _note_meta(self, tag: str, attrs: dict) -> None:
        if tag == "link" and "canonical" in (attrs.get("rel") or "").lower().split():
            self.url = self.url or (attrs.get("href") or "").strip() or None
        elif tag == "meta" and (attrs.get("property") or "").lower() == "og:url":
            self.url = self.url or (attrs.get("content") or "").strip() or None

    # -- structure -------------------------------------------------------
    def _structure_start(self, tag: str) -> None:
        if tag == "table":
            self._out().append(_PARA)
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self.tables[-1].open_row()
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].open_cell()
        elif tag in _PARAGRAPHS:
            self._out().append(_PARA)
        elif tag in _LINES:
            self._out().append(_LINE)
        elif tag == "br":
            self._out().append(_LINE)
        if tag in _CONTENT:
            self.open_content += 1
        if tag == "pre":
            self.in_pre += 1

    def _structure_end(self, tag: str) -> None:
        if tag == "table" and self.tables:
            self._close_table()
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].cell = None
        elif tag in _PARAGRAPHS:
            self._out().append(_PARA)
        elif tag in _LINES:
            self._out().append(_LINE)
        if tag in _CONTENT and self.open_content:
            self.open_content -= 1
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1

    def _close_table(self) -> None:
        lines = self.tables.pop().lines()
        out = self._out()
        out.append(_PARA)
        out.append(_LINE.join(lines))
        out.append(_PARA)

    # -- results ---------------------------------------------------------
    def text(self) -> str:
        return textio.tidy(_render(self.doc))

    def title(self) -> str | None:
        titles = [t for t in self.titles if t]
        return titles[0] if titles else None


def _render(tokens: list[str]) -> str:
    return "".join(tokens).replace(_PARA, "\n\n").replace(_LINE, "\n")


def _lines(text: str) -> list[str]:
    lines = (textio.tidy_line(line) for line in textio.clean(text).split("\n"))
    return [line for line in lines if line]
