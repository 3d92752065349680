"""Legacy office formats: Word 97-2003 ``.doc``, RTF and OpenDocument text.

Which tool reads what (measured by ``bench/ocr.py --legacy`` on realdocs
22-34; see the README):

- **RTF** is read here, in pure Python (no program, works on Windows): a
  small tokenizer of groups, control words and ``\\'xx`` escapes that skips
  non-text destinations (font and colour tables, styles, pictures, field
  instructions). The code page of ``\\'xx`` bytes is the font's
  ``\\fcharset`` (204 = Cyrillic; Word on an English Windows writes
  ``\\ansicpg1252`` with Cyrillic fonts), else ``\\ansicpgN``, else guessed
  from all escaped bytes with the Cyrillic scoring of ``textio``
  (realdocs 32 declares none). ``\\uN`` escapes win over both. Same
  requisites as LibreOffice on 23, 32, 34, at ~0.1 s instead of ~2 s.
- **.doc** goes to ``antiword`` (Debian ``antiword``): ~5 ms a file, keeps
  list numbers ("1.", "2.") and table rows (``|cell|cell|`` becomes one
  line of ``CELL_SEP``-separated cells). ``catdoc`` is the fallback (it
  drops list numbers and leaves binary garbage after the text on 22) and
  LibreOffice (``soffice --headless --convert-to txt``, 2-12 s a file) the
  last resort for files both refuse. A ``.doc`` that is really RTF is
  recognised by content before it gets here.
- **ODT** is a zip of XML: read here with ``zipfile`` and ElementTree,
  paragraphs, headings, line breaks, tabs, table rows. A damaged zip is
  an ``IngestError`` naming the damage (realdocs 33: a zip whose bytes
  went through a text conversion); LibreOffice cannot open it either.

Every external program runs with a time limit (``Limits.legacy_seconds``)
and no shell; when none is installed, a ``.doc`` raises ``NeedsReader``
naming the programs to install.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from .. import textio
from ..records import IngestError, NeedsReader, Parsed
from .limits import DEFAULT_LIMITS, Limits
from . import word97, zipsafe

DOC = "application/msword"
RTF = "application/rtf"
ODT = "application/vnd.oasis.opendocument.text"

# -- RTF ---------------------------------------------------------------------

_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"   # control word
    rb"|\\'([0-9a-fA-F]{2})"                 # hex byte
    rb"|\\([^a-zA-Z'])"                       # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"
    rb"|([^\\{}\r\n]+)"
)
# Destinations whose text is not the document's text.
_SKIP = frozenset(b"""fonttbl colortbl stylesheet info pict object objdata fldinst
    footer footerl footerr listtable listoverridetable
    revtbl rsidtbl generator xmlnstbl themedata colorschememapping datastore latentstyles
    sp sn sv
    pgdsctbl filetbl bkmkstart bkmkend xe tc txe private userprops docvar mmathPr shprslt
    footnote annotation atnid atnauthor atrfstart atrfend
    operator author company title subject keywords comment doccomm nonshppict shpinst
    blipuid wgrffmtfilter listtext pntext pntxta pntxtb""".split())
_CHARSET_CODEPAGE = {
    0: None, 1: None, 2: None, 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "cp936",
    136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
    186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp850",
}
_SYMBOLS = {
    b"par": "\n", b"line": "\n", b"sect": "\n\n", b"page": "\n\n", b"tab": "\t",
    b"cell": textio.CELL_SEP, b"nestcell": textio.CELL_SEP, b"row": "\n", b"nestrow": "\n",
    b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“",
    b"rdblquote": "”", b"bullet": "•", b"emspace": " ", b"enspace": " ", b"qmspace": " ",
}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        import codecs
        return codecs.lookup(name).name
    except LookupError:
        return None


# Where text goes: the document, the page header kept for the top, or the
# first page's own footer kept for the end.
_HEADERS = frozenset({b"header", b"headerl", b"headerr", b"headerf", b"footerf"})
# Marks inside a table while it is read, turned into lines by ``_rtf_tables``.
_IN_CELL, _CELL, _ROW = "\x1c", "\x1f", "\x1e"


class _RtfState:
    __slots__ = ("skip", "uc", "font", "fonttbl", "sink", "shape", "deleted", "intbl", "caps", "place",
                 "box_depth")

    def __init__(self, skip=False, uc=1, font=None, fonttbl=False, sink=None, shape=False,
                 deleted=False, intbl=False, caps=False, place=(None, None), box_depth=-1):
        self.skip, self.uc, self.font, self.fonttbl = skip, uc, font, fonttbl
        self.sink, self.shape, self.deleted, self.intbl = sink, shape, deleted, intbl
        self.caps = caps
        self.place = place          # (\shptop, \shpleft) of the shape being read
        self.box_depth = box_depth  # the group depth of its text box (\shptxt)

    def copy(self) -> "_RtfState":
        return _RtfState(self.skip, self.uc, self.font, self.fonttbl, self.sink, self.shape,
                         self.deleted, self.intbl, self.caps, self.place, self.box_depth)


# A text box's text between marks while the RTF is read, its place in the first
# ("\x02top,left\x03 … \x04"): boxes anchored one after another are put in
# the order they are printed (``_boxes_in_print_order``).
_BOX_START, _BOX_PLACE_END, _BOX_END = "\x02", "\x03", "\x04"
_BOX = re.compile("\x02(-?\\d+),(-?\\d+)\x03([^\x02\x04]*)\x04")
_BOX_RUN = re.compile("(?:\x02-?\\d+,-?\\d+\x03[^\x02\x04]*\x04[ \t\n]*){2,}")  # not across cells


def _boxes_in_print_order(text: str) -> str:
    """Text boxes stored one after another (a form's heading, date and
    number drawn as shapes in the order they were made) put top to bottom
    and left to right by their places; the marks taken out."""
    def order(run: re.Match) -> str:
        boxes = [(int(top), int(left), body) for top, left, body in _BOX.findall(run.group(0))]
        return "".join(body for _, _, body in textio.print_order(boxes, 200)) + "\n"  # 10 pt, in twips
    text = _BOX_RUN.sub(order, text)
    return re.sub("\x02[^\x03]*\x03|\x04", "", text)


def rtf_to_text(data: bytes, max_chars: int = 20_000_000) -> tuple[str, str]:
    """(text, how the code page was chosen) of an RTF document.

    Besides the body: the first page's header (``\\headerf`` under
    ``\\titlepg``, else the first ``\\header``) goes on top, where a form
    prints the issuer; text boxes (``\\shptxt`` of a ``\\shp``, the
    ``\\dptxbxtext`` of an old drawing object) are read where they are
    anchored (a WordArt's ``gtextUNICODE`` too), their ``\\shprslt``
    duplicate is not; text marked
    ``\\deleted`` by tracked changes or hidden (``\\v``) is left out, as
    are footnotes (they are printed at the page's foot, not in the line);
    letters under ``\\caps``/``\\scaps`` are printed as capitals; table rows
    become lines as in the other readers (``textio.join_cells``).
    """
    if not data.lstrip().startswith(b"{\\rtf"):
        raise IngestError("not an RTF document")
    if b"gtext" in data:
        data = _WORDART.sub(rb"{\\shptxt \1\\par}", data)
    tokens = list(_tokens(data))
    fonts = _font_charsets(tokens)
    declared = None
    m = re.search(rb"\\ansicpg(\d+)", data[:4096])
    if m:
        declared = _codec("cp" + m.group(1).decode())
    default_font = None
    m = re.search(rb"\\deff(\d+)", data[:4096])
    if m:
        default_font = int(m.group(1))
    guessed = None
    if declared is None or declared == "cp1252":
        guessed = _guess_codepage(tokens)
    how = "declared" if declared and not guessed else ("guessed" if guessed else "default")
    title_page = re.search(rb"\\titlepg(?![a-z])", data) is not None

    out: list[str] = []
    headers: dict[bytes, list[str]] = {}
    pending = bytearray()
    pending_cp = ["cp1252"]
    size = 0

    def codepage(state: _RtfState) -> str:
        font = state.font if state.font is not None else default_font
        cp = fonts.get(font) if font is not None else None
        if cp:
            return cp
        if guessed:
            return guessed
        return declared or "cp1252"

    def sink(state: _RtfState) -> list[str]:
        return out if state.sink is None else headers[state.sink]

    def flush(state: _RtfState) -> None:
        if pending:
            text = bytes(pending).decode(pending_cp[0], errors="replace")
            sink(state).append(text.upper() if state.caps else text)
            pending.clear()

    stack: list[_RtfState] = []
    state = _RtfState()
    frame: list[int | None] = [None, None]  # \posy, \posx of the paragraph being read
    par_start = [0]  # where in ``out`` the paragraph being read starts
    skip_bytes = 0  # characters to skip after \uN (the \ucN fallback)
    i = 0
    n = len(tokens)
    while i < n:
        kind, value, param = tokens[i]
        i += 1
        if kind == "{":
            flush(state)
            stack.append(state)
            state = state.copy()
            first = tokens[i] if i < n else ("", None, None)
            if first[0] == "sym" and first[1] == b"*":
                word = tokens[i + 1][1] if i + 1 < n and tokens[i + 1][0] == "word" else None
                if word in (b"shpinst", b"do") and not state.skip:
                    state.shape = True  # only its text box is read
                state.skip = True
            elif first[0] == "word" and first[1] in _HEADERS and not state.skip:
                name = first[1]
                if name not in headers:
                    headers[name] = []
                    state.sink = name
                else:
                    state.skip = True  # a later section's header: printed once is enough
            elif first[0] == "word" and first[1] in (b"shptxt", b"dptxbxtext") and state.shape:
                state.skip = False
                state.box_depth = len(stack)
                top, left = state.place if first[1] == b"shptxt" else (None, None)
                sink(state).append((f"{_BOX_START}{top},{left}{_BOX_PLACE_END}"
                                    if top is not None and left is not None else "") + "\n")
            elif first[0] == "word" and first[1] in _SKIP:
                state.skip = True
            continue
        if kind == "}":
            flush(state)
            if state.shape and not state.skip and state.box_depth == len(stack):
                # the text box's own group ends its lines; a run's group inside it
                # (LibreOffice writes «{\b №}{\b 145-п}») does not
                sink(state).append("\n")
                if state.place[0] is not None and state.place[1] is not None:
                    sink(state).append(_BOX_END)
            state = stack.pop() if stack else _RtfState()
            skip_bytes = 0
            continue
        if kind == "word":
            if value == b"bin" and param:
                i += 1  # the binary payload was tokenized as one text run at most
                continue
            if state.shape and value in (b"shptop", b"shpleft") and param is not None:
                top, left = state.place
                state.place = (param, left) if value == b"shptop" else (top, param)
                continue
            if state.skip:
                continue
            if value == b"uc":
                state.uc = param or 0
            elif value == b"f":
                flush(state)
                state.font = param
            elif value in (b"deleted", b"v"):  # a tracked deletion, hidden text
                flush(state)
                state.deleted = param != 0
            elif value in (b"caps", b"scaps"):
                flush(state)
                state.caps = param != 0
            elif value == b"plain":
                flush(state)
                state.deleted = state.caps = False
            elif value == b"pard":
                state.intbl = False
                frame[:] = [None, None]
            elif value in (b"posy", b"posx") and param is not None:
                frame[0 if value == b"posy" else 1] = param  # a framed paragraph's place
            elif value == b"intbl":
                state.intbl = True
            elif value == b"itap":
                state.intbl = bool(param)
            elif value == b"u" and param is not None:
                flush(state)
                code = param + 65536 if param < 0 else param
                if not state.deleted:
                    char = chr(code) if 0 < code < 0x110000 else ""
                    sink(state).append(char.upper() if state.caps else char)
                skip_bytes = state.uc
            elif value in _SYMBOLS:
                flush(state)
                framed = value == b"par" and state.sink is None and not state.shape and not state.intbl \
                    and None not in frame
                if framed:  # marked as a text box is, to be read in print order
                    out.insert(par_start[0], f"{_BOX_START}{frame[0]},{frame[1]}{_BOX_PLACE_END}")
                sink(state).append(_symbol(value, state) + (_BOX_END if framed else ""))
                if value == b"par" and state.sink is None:
                    par_start[0] = len(out)
            continue
        if state.skip:
            continue
        if kind == "hex":
            if skip_bytes:
                skip_bytes -= 1
                continue
            if state.deleted:
                continue
            cp = codepage(state)
            if pending and cp != pending_cp[0]:
                flush(state)
            pending_cp[0] = cp
            pending.append(value)
            continue
        if kind == "sym":
            flush(state)
            if skip_bytes:
                skip_bytes -= 1
                continue
            if state.deleted:
                continue
            sink(state).append({b"~": "\u00a0", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}",
                                b"\n": "\n", b"\r": "\n", b"tab": "\t"}.get(value, ""))
            continue
        if kind == "text":
            flush(state)
            if skip_bytes:
                cut = min(skip_bytes, len(value))
                value = value[cut:]
                skip_bytes -= cut
            if state.deleted:
                continue
            text = value.decode(codepage(state), errors="replace")
            sink(state).append(text.upper() if state.caps else text)
            size += len(text)
            if size > max_chars:
                break
    flush(state)
    head = _first_page_header(headers, title_page)
    foot = "".join(headers.get(b"footerf", ())) if title_page else ""
    foot = "\n\n" + foot.strip("\n") if any(c.isalpha() for c in foot) else ""
    return _rtf_tables(_boxes_in_print_order(head + "".join(out) + foot)), how


# A WordArt's text is a shape property, not shape text: read as its text box
# (a letterhead's «АДМИНИСТРАЦИЯ» set as WordArt)
_WORDART = re.compile(rb"\{\\sp\s*\{\\sn\s+gtextUNICODE\s*\}\s*\{\\sv\s?((?:[^{}\\]|\\.)*)\}\s*\}")


def _symbol(word: bytes, state: _RtfState) -> str:
    """A control word's character; inside a table, a paragraph's end is a
    line of its cell."""
    if state.intbl and word in (b"par", b"line", b"nestrow"):
        return _IN_CELL
    if word in (b"cell", b"row"):
        return _CELL if word == b"cell" else _ROW
    return _SYMBOLS[word]


def _first_page_header(headers: dict[bytes, list[str]], title_page: bool) -> str:
    """What page 1 prints on top: under ``\\titlepg`` its own header only
    (empty on a database's cover page, whose running title is in
    ``\\header``), else the header of odd pages."""
    order = (b"headerf",) if title_page else (b"header", b"headerr")
    for name in order:
        text = "".join(headers.get(name, ()))
        if any(c.isalpha() for c in text):
            return text.strip("\n") + "\n\n"
    return ""


_TABLE_ROW = re.compile(r"[^\n\x1e]*\x1e")


def _rtf_tables(text: str) -> str:
    """Rows marked while reading -> lines of ``CELL_SEP``-joined cells."""

    def row(m: re.Match) -> str:
        cells = m.group(0)[:-1].split(_CELL)
        if cells and not cells[-1].strip(_IN_CELL + " \t"):
            cells.pop()  # the text after the last \cell: row properties only
        lines = textio.join_cells([cell.split(_IN_CELL) for cell in cells])
        return "\n".join(lines) + "\n"

    text = _TABLE_ROW.sub(row, text)
    return text.replace(_IN_CELL, "\n").replace(_CELL, textio.CELL_SEP).replace(_ROW, "\n")


def _tokens(data: bytes):
    for m in _RTF_TOKEN.finditer(data):
        word, param, hexbyte, sym, brace, text = m.groups()
        if word is not None:
            yield ("word", word, int(param) if param else None)
        elif hexbyte is not None:
            yield ("hex", int(hexbyte, 16), None)
        elif sym is not None:
            yield ("sym", sym, None)
        elif brace is not None:
            yield (brace.decode(), None, None)
        elif text is not None:
            yield ("text", text, None)


def _font_charsets(tokens: list) -> dict[int, str]:
    """Font number -> codec from the font table's ``\\fcharset``."""
    fonts: dict[int, str] = {}
    depth = 0
    in_table = None
    current = None
    for kind, value, param in tokens:
        if kind == "{":
            depth += 1
        elif kind == "}":
            if in_table is not None and depth == in_table:
                in_table = None
            depth -= 1
        elif kind == "word":
            if value == b"fonttbl":
                in_table = depth
            elif in_table is not None and value == b"f" and param is not None:
                current = param
            elif in_table is not None and value == b"fcharset" and current is not None:
                cp = _CHARSET_CODEPAGE.get(param or 0)
                if cp:
                    fonts[current] = cp
        if in_table is None and kind == "word" and value in (b"pard", b"sectd", b"par"):
            break
    return fonts


def _guess_codepage(tokens: list) -> str | None:
    """The Cyrillic code page that makes the ``\\'xx`` bytes most Russian."""
    sample = bytearray()
    run = bytearray()
    for kind, value, _ in tokens:
        if kind == "hex":
            run.append(value)
        elif run:
            sample += run + b" "
            run.clear()
        if len(sample) > 8192:
            break
    sample += run
    letters = [b for b in sample if b >= 0x80]
    if len(letters) < 20:
        return None
    best = max(textio.CYRILLIC_CANDIDATES + ("cp1252",),
               key=lambda enc: textio.russian_score(bytes(sample).decode(enc, "replace")))
    return best if best != "cp1252" and textio.russian_score(bytes(sample).decode(best, "replace")) > 0.2 else None


def read_rtf(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as ex:
        raise IngestError(f"cannot open RTF file: {ex.strerror or ex}") from ex
    text, how = rtf_to_text(data, limits.max_text_chars)
    text = textio.tidy(text)
    if not text.strip():
        raise IngestError("RTF document holds no text")
    return Parsed(media_type=RTF, pages=(text,), meta={"rtf_codepage": how, "reader": "rtf"})


# -- .doc ----------------------------------------------------------------------


def _which(name: str) -> str | None:
    return shutil.which(name)


def soffice_path() -> str | None:
    """``$ACTDESK_SOFFICE`` (a portable LibreOffice on a PC without admin
    rights), PATH, then where Windows installs it."""
    from .programs import from_env, installed
    return (from_env("ACTDESK_SOFFICE", _which) or _which("soffice") or _which("libreoffice")
            or installed("LibreOffice", "program", "soffice.exe"))


def _run(cmd: list[str], limits: Limits, what: str) -> subprocess.CompletedProcess:
    # proctree: at the limit LibreOffice's soffice.bin dies with its launcher
    from .proctree import run
    try:
        return run(cmd, limits.legacy_seconds)
    except subprocess.TimeoutExpired as ex:
        raise IngestError(f"{what} took over {limits.legacy_seconds:.0f} s: stopped") from ex
    except OSError as ex:
        raise IngestError(f"{what} cannot be run: {ex}") from ex


_PICTURE_CELL = re.compile(r"(\|[ \t]*)\[pic\](?=[ \t]*\|)")


def antiword_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> str | None:
    exe = _which("antiword")
    if not exe:
        return None
    done = _run([exe, "-m", "UTF-8.txt", "-w", "0", str(path)], limits, "antiword")
    if done.returncode != 0:
        return None
    text = done.stdout.decode("utf-8", "replace")
    # antiword's placeholder for a picture (the emblem over a heading) is no text
    text = re.sub(r"(?m)^[ \t]*\[pic\][ \t]*$", "", text)
    if "[pic]" in text:  # and the emblem's cell beside a heading cell, blanked to its width
        text = _PICTURE_CELL.sub(r"\1     ", text)
    return _antiword_tables(text)


def _antiword_tables(text: str) -> str:
    """``|cell |cell |`` rows as lines of ``CELL_SEP``-separated cells.

    antiword prints a table line by line across its cells, so a form's
    heading cell and the «УТВЕРЖДАЮ» or «ПРОЕКТ» cell beside it come out
    interleaved; a table of two or three columns shaped as a form is read
    column by column instead, as the other readers read it
    (``textio.join_cells``). A line of a date cell beside a number cell at
    its top or foot is a row of its own and stays one line."""
    out: list[str] = []
    block: list[list[str]] = []
    for line in text.split("\n") + [""]:
        row = line.strip()
        if len(row) > 1 and row.startswith("|") and row.endswith("|"):
            block.append([c.strip() for c in row[1:-1].split("|")])
            continue
        out.extend(_antiword_block(block))
        block = []
        out.append(line)
    return "\n".join(out[:-1])


def _antiword_block(rows: list[list[str]]) -> list[str]:
    def one_line(cells: list[str]) -> str:
        return textio.CELL_SEP.join(c for c in cells if c)

    width = len(rows[0]) if rows else 0
    if not 2 <= width <= 3 or any(len(r) != width for r in rows):
        return [one_line(r) for r in rows]
    top, bottom = 0, len(rows)
    while top < bottom and _requisites_row(rows[top]):
        top += 1
    while bottom > top and _requisites_row(rows[bottom - 1]):
        bottom -= 1
    columns = [[r[i] for r in rows[top:bottom]] for i in range(width)]
    cells = [[x for x in column if x] for column in columns]
    if len([c for c in cells if c]) < 2 or not textio.form_row([c for c in cells if c]) \
            or len(rows) > 20 or not any(_FORM_WORD.match(x) for column in cells for x in column):
        return [one_line(r) for r in rows]  # a data table: line by line
    return ([one_line(r) for r in rows[:top]] + textio.join_cells(columns)
            + [one_line(r) for r in rows[bottom:]])


# a form's words: the kind of act, an approval, a visa, a draft's mark, an annex's stamp
_FORM_WORD = re.compile(r"(?:ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|УКАЗ|ЗАКОН|УТВЕРЖДАЮ|УТВЕРЖДЕН[АОЫ]?"
                        r"|СОГЛАСОВАНО|ПРОЕКТ|Приложение|ПРИЛОЖЕНИЕ)\b")
# a cell holding only a date, or only a number with its sign
_DATE_CELL = re.compile(r"(?:от\s*)?[«\"]?\d{1,2}[»\"]?[\s.]\s*(?:\d{1,2}\.|[а-я]+\s)\s*\d{2,4}\s*(?:г\.|года)?", re.I)
_NUMBER_CELL = re.compile(r"(?:№|N)\s*\S{1,20}")


def _requisites_row(cells: list[str]) -> bool:
    """A table line of a date cell and a number cell (a place between them
    allowed), each holding nothing else."""
    full = [c for c in cells if c]
    return len(full) >= 2 and bool(_DATE_CELL.fullmatch(full[0])) and bool(_NUMBER_CELL.fullmatch(full[-1]))


def catdoc_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> str | None:
    exe = _which("catdoc")
    if not exe:
        return None
    done = _run([exe, "-d", "utf-8", "-w", str(path)], limits, "catdoc")
    if done.returncode != 0:
        return None
    return _drop_binary_tail(done.stdout.decode("utf-8", "replace"))


def _drop_binary_tail(text: str) -> str:
    """catdoc prints the bytes after the text stream when the piece table lies."""
    lines = text.split("\n")
    while lines and _junk(lines[-1]):
        lines.pop()
    return "\n".join(lines)


def _junk(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    letters = sum(1 for c in s if c.isalpha() and ("а" <= c.lower() <= "я" or "a" <= c.lower() <= "z"))
    return len(s) <= 3 or letters < len(s) / 2


def soffice_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> str | None:
    exe = soffice_path()
    if not exe:
        return None
    # on Windows a LibreOffice killed at its time limit leaves soffice.bin
    # holding its profile: the folder stays in TEMP, the file is not failed
    with tempfile.TemporaryDirectory(prefix="actdesk-soffice-", ignore_cleanup_errors=True) as tmp:
        profile = Path(tmp) / "profile"
        cmd = [exe, "--headless", "--norestore", "--nolockcheck",
               f"-env:UserInstallation={profile.as_uri()}",
               "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, str(path)]
        _run(cmd, limits, "LibreOffice")
        outs = [p for p in Path(tmp).glob("*.txt")]
        if not outs:
            return None
        return outs[0].read_text(encoding="utf-8-sig", errors="replace")


DOC_TOOLS = (("antiword", antiword_text), ("catdoc", catdoc_text), ("LibreOffice", soffice_text))
# Text boxes go on top only when they are few lines, as a form's heading,
# date or number are; a long box (a chart, an annex's frame) stays out.
_BOX_LINES, _BOX_CHARS = 15, 600


def _with_form_stories(path: Path, text: str) -> str:
    """antiword's main text under what it leaves out: the first page's
    header and a form's text boxes (``word97``), where the form prints them,
    and the first page's own footer at the end;
    its hidden text taken out and capitals set as printed (antiword prints
    letters as stored)."""
    stories = word97.doc_stories(path)
    text = _restyle(text, stories.restyled)
    top = [stories.header] if stories.header else []
    boxes = stories.text_boxes
    if boxes and len(boxes) <= _BOX_CHARS and len([x for x in boxes.split("\n") if x.strip()]) <= _BOX_LINES:
        top.append(boxes)
    return "\n\n".join(top + [text] + ([stories.footer] if stories.footer else []))


def _restyle(text: str, restyled) -> str:
    """Each (position, stored, printed) piece replaced in antiword's text,
    in order, found near where its position says (antiword adds only line
    breaks and spaces around the stored text); a piece not found there is
    left as it is rather than changed elsewhere."""
    cursor, last = 0, 0
    for cp, stored, printed in restyled:
        if not printed and len(stored.strip()) < 2:
            continue  # a hidden letter or space: too short to find safely
        stored = stored.strip() if not printed else stored
        reach = cursor + int((cp - last) * 1.5) + len(stored) + 200
        at = text.find(stored, cursor, reach)
        if at < 0:
            continue
        text = text[:at] + printed + text[at + len(stored):]
        cursor, last = at + len(printed), cp + len(stored)
    return text


def read_doc(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """Word 97-2003: antiword, else catdoc, else LibreOffice."""
    path = Path(path)
    tried = []
    for name, tool in DOC_TOOLS:
        text = tool(path, limits)
        if text is None:
            if name == "LibreOffice" and soffice_path() or name != "LibreOffice" and _which(name):
                tried.append(name)
            continue
        if name == "antiword":
            text = _with_form_stories(path, text)
        text = textio.tidy(text)[: limits.max_text_chars]
        if sum(1 for c in text if c.isalpha()) >= 3:
            return Parsed(media_type=DOC, pages=(text,), meta={"reader": name})
        tried.append(name)
    if not tried:
        raise NeedsReader("no .doc reader is installed: legacy Word .doc kept pending "
                          "(install antiword, catdoc or LibreOffice, then run actdesk ingest --retry)")
    raise IngestError(f"legacy Word .doc: {', '.join(tried)} found no text "
                      "(damaged, encrypted, or an older Word version)")


# -- ODT -----------------------------------------------------------------------

_NS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_NS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_T = "{%s}" % _NS_TEXT
_TB = "{%s}" % _NS_TABLE


_NS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_NS_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_NS_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_O = "{%s}" % _NS_OFFICE
_S = "{%s}" % _NS_STYLE
_D = "{%s}" % _NS_DRAW
# Not the printed text: deleted passages kept for the change log, comments,
# footnotes (the reference mark stays in the line).
_ODT_SKIP = frozenset({_T + "tracked-changes", _O + "annotation", _O + "annotation-end", _T + "note"})
_ROW_GROUPS = frozenset({_TB + "table-header-rows", _TB + "table-rows", _TB + "table-row-group"})


def read_odt(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """Text of ``content.xml``, after the first page's header from
    ``styles.xml`` (where a form's letterhead, the issuer's name, often is)."""
    path = Path(path)
    try:
        with zipsafe.open_zip(path, "ODT") as zf:
            data = _odt_member(zf, "content.xml", limits, required=True)
            styles = _odt_member(zf, "styles.xml", limits, required=False)
    except IngestError:
        raise
    except zipsafe.DAMAGE as ex:
        raise IngestError(f"damaged ODT: {ex}") from ex
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as ex:
        raise IngestError(f"damaged ODT: content.xml is not well-formed ({ex})") from ex
    styles_root = _odt_parse(styles)
    looks = _odt_looks(root, styles_root)
    master = _first_master_page(root)
    lines: list[str] = _odt_header(styles_root, master, looks)
    body = root.find(".//" + _O + "body")
    _odt_block(body if body is not None else root, lines, looks)
    lines += _odt_first_footer(styles_root, master, looks)
    text = textio.tidy("\n".join(lines))
    if not text.strip():
        raise IngestError("ODT document holds no text")
    return Parsed(media_type=ODT, pages=(text,), meta={"reader": "odt"})


def _odt_member(zf, name: str, limits: Limits, required: bool) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError as ex:
        if required:
            raise IngestError(f"damaged ODT: no {name} in the package") from ex
        return None
    zipsafe.check_directory([info], max_entries=1, max_total=limits.max_unzipped_bytes,
                            kind=f"ODT {name.split('.')[0]}")
    return zipsafe.read_member(zf, info, limits.max_unzipped_bytes)


def _first_master_page(content) -> str | None:
    """The page style the text opens with (``First Page`` on a form), named
    by the first automatic style that starts a page."""
    for style in content.iter(_S + "style"):
        name = style.get(_S + "master-page-name")
        if name:
            return name
    return None


def _odt_parse(styles: bytes | None):
    if not styles:
        return None
    try:
        return ElementTree.fromstring(styles)
    except ElementTree.ParseError:
        return None  # the text is in content.xml; a broken styles part costs only the letterhead


_NS_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_FO = "{%s}" % _NS_FO
_PLAIN = (False, False)  # (capitals, hidden)


def _odt_looks(content, styles) -> dict[tuple[str, str], tuple[bool, bool]]:
    """(family, style name) -> (capitals, hidden) of every paragraph and
    text style, automatic or common, parents followed: a form's heading
    style often sets ``fo:text-transform="uppercase"`` over lower-case
    letters, and ``text:display="none"`` hides text from print."""
    own: dict[tuple[str, str], tuple[str | None, bool | None, bool | None]] = {}
    for root in (styles, content):
        if root is None:
            continue
        for style in root.iter(_S + "style"):
            family, name = style.get(_S + "family"), style.get(_S + "name")
            props = style.find(_S + "text-properties")
            caps = hidden = None
            if props is not None:
                transform, variant = props.get(_FO + "text-transform"), props.get(_FO + "font-variant")
                if transform is not None or variant is not None:
                    caps = transform == "uppercase" or variant == "small-caps"
                display = props.get(_T + "display")
                if display is not None:
                    hidden = display == "none"
            own[(family, name)] = (style.get(_S + "parent-style-name"), caps, hidden)
    done: dict[tuple[str, str], tuple[bool, bool]] = {}

    def look(key, seen=()) -> tuple[bool, bool]:
        if key in done:
            return done[key]
        parent, caps, hidden = own[key]
        up = (key[0], parent)
        base = look(up, seen + (key,)) if up in own and up not in seen else _PLAIN
        done[key] = (base[0] if caps is None else caps, base[1] if hidden is None else hidden)
        return done[key]

    return {key: look(key) for key in own}


def _odt_page(root, master: str | None):
    """The page style the text opens with (else the first one)."""
    pages = list(root.iter(_S + "master-page")) if root is not None else []
    return next((p for p in pages if p.get(_S + "name") == master), pages[0] if pages else None)


def _odt_words(part, looks) -> list[str]:
    """A header's or footer's lines, when it holds words (page numbers are not text)."""
    lines: list[str] = []
    if part is not None:
        _odt_block(part, lines, looks)
    return lines if any(c.isalpha() for line in lines for c in line) else []


def _odt_header(root, master: str | None, looks) -> list[str]:
    """The header printed on page 1: that of the page style the text opens
    with, its first-page variant (ODF 1.3) before its own; once."""
    page = _odt_page(root, master)
    if page is None:
        return []
    header = page.find(_S + "header-first")
    return _odt_words(header if header is not None else page.find(_S + "header"), looks)


def _odt_first_footer(root, master: str | None, looks) -> list[str]:
    """The first page's own footer, where a blank prints its register stamp
    (``Рег. № … от …``): the first-page variant, or the footer of a page
    style used for the first page only (one followed by another style);
    a running footer is not taken."""
    page = _odt_page(root, master)
    if page is None:
        return []
    footer = page.find(_S + "footer-first")
    if footer is None and page.get(_S + "next-style-name") not in (None, page.get(_S + "name")):
        footer = page.find(_S + "footer")
    return _odt_words(footer, looks)


def _odt_block(node, lines: list[str], looks=None) -> None:
    looks = looks or {}
    for child in node:
        tag = child.tag
        if tag in _ODT_SKIP:
            continue
        if tag in (_T + "p", _T + "h"):
            if _hidden_paragraph(child):
                continue
            boxes: list[tuple[float | None, float | None, str]] = []
            look = looks.get(("paragraph", child.get(_T + "style-name")), _PLAIN)
            text = _odt_inline(child, boxes, looks, look)
            lines.extend(_odt_boxes_in_print_order(boxes))
            lines.append(text)
            lines.append("")
        elif tag == _TB + "table":
            for row in _odt_rows(child):
                cells = []
                for cell in row:
                    if cell.tag != _TB + "table-cell":
                        continue
                    inner: list[str] = []
                    _odt_block(cell, inner, looks)
                    cells.append([line for part in inner for line in part.split("\n") if line.strip()])
                lines.extend(textio.join_cells(cells))
            lines.append("")
        else:
            _odt_block(child, lines, looks)


_ODF_UNITS = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12.0, "px": 0.75}


def _odf_length(value: str | None) -> float | None:
    """An ODF length (``2.639in``, ``1.2cm``) in points; None if absent or unread."""
    m = re.fullmatch(r"\s*(-?[\d.]+)\s*([a-z]+)\s*", value or "")
    if not m or m.group(2) not in _ODF_UNITS:
        return None
    try:
        return float(m.group(1)) * _ODF_UNITS[m.group(2)]
    except ValueError:
        return None


def _odt_boxes_in_print_order(boxes: list) -> list[str]:
    """The text boxes anchored in one paragraph, each a block of its own, in
    the order they are printed (by their place on the page: a Word form's
    heading, date and number are stored in the order they were drawn); in
    the order stored when any has no place."""
    if all(top is not None and left is not None for top, left, _ in boxes):
        boxes = textio.print_order(boxes, 10)  # 10 pt
    return [line for _, _, text in boxes for line in (text, "")]


def _hidden_paragraph(p) -> bool:
    """A paragraph a condition hides (``text:hidden-paragraph``)."""
    mark = p.find(_T + "hidden-paragraph")
    return mark is not None and mark.get(_T + "is-hidden", "true") != "false"


def _odt_rows(table):
    """The rows of one table, header rows and row groups included, not those
    of tables nested in its cells."""
    for child in table:
        if child.tag == _TB + "table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _odt_rows(child)


def _odt_inline(node, boxes: list, looks=None, look=_PLAIN) -> str:
    """A paragraph's text as printed (capitals, hidden spans left out); the
    text boxes (``draw:frame``, or a ``draw:custom-shape`` with text, as a
    Word text box is saved) anchored in it go to ``boxes`` with their place
    on the page (top, left, text), blocks of their own, as Word's text boxes do."""
    looks = looks or {}

    def printed(text: str | None) -> str:
        return "" if not text or look[1] else text.upper() if look[0] else text

    parts = [printed(node.text)]
    for child in node:
        tag = child.tag
        if tag == _T + "s":
            parts.append(" " * int(child.get(_T + "c", "1") or 1))
        elif tag == _T + "tab":
            parts.append("\t")
        elif tag == _T + "line-break":
            parts.append("\n")
        elif tag in _ODT_SKIP:
            pass
        elif tag.startswith(_D):  # a frame, or a shape holding paragraphs (a Word text box)
            inner: list[str] = []
            _odt_block(child, inner, looks)
            boxes.append((_odf_length(child.get(_SVG + "y")), _odf_length(child.get(_SVG + "x")),
                          "\n".join(inner)))
        else:
            inner_look = look
            name = child.get(_T + "style-name")
            if name is not None and ("text", name) in looks:
                span = looks[("text", name)]
                inner_look = (look[0] or span[0], look[1] or span[1])
            parts.append(_odt_inline(child, boxes, looks, inner_look))
        parts.append(printed(child.tail))
    return "".join(parts)
