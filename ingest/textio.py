"""Decoding of delivered text bytes and the clean-up every reader shares.

Municipal files arrive in whatever the clerk's machine wrote: UTF-8 with or
without a BOM, UTF-16 from Windows "Unicode text", cp1251, KOI8-R from old
mail gateways, cp866 from DOS-era archives. ``decode`` tries what can be
proved first (BOM, strict UTF-8, an explicit declaration) and only then
guesses, and it guesses among Cyrillic code pages only: chardet alone
confuses cp1251 with MacCyrillic (they differ only in capitals), so every
candidate decoding is scored by how Russian it looks and the best one wins.

The clean-up helpers give every reader the same text shape: ``\\n`` line
ends, no NULs or soft hyphens, NBSP as a plain space, runs of spaces
collapsed, one blank line between paragraphs, and table cells on one line
separated by ``CELL_SEP`` so a heading laid out as a table (date at the
left, number at the right) stays one line.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import chardet

from ingest.ru_dates import GENITIVE_MONTHS

# Between cells of one table row, and between the left and right parts of
# a PDF line with a wide gap. A tab survives space-collapsing and any
# ``\s+`` regex in the requisites parser still matches it.
CELL_SEP = "\t"

# Order is the tie-break: cp1251 is by far the commonest legacy encoding.
CYRILLIC_CANDIDATES = ("cp1251", "koi8_r", "cp866")

# The most frequent lower-case Russian letters cover ~70% of running text;
# a wrong code page spreads letters over rare ones (and swaps case).
_TOP_LETTERS = frozenset("оеаинтсрвлкмдп")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Box drawing and C1 controls anywhere, or any symbol glued to a Russian
# letter other than ordinary punctuation: a wrong code page turns letters
# into such symbols ("—овета", "поселени€" for cp1251 read as MacCyrillic).
_RU = "а-яёА-ЯЁ"
_PLAIN = r"\s\w«»„“”\"'.,;:!?()\[\]\-/№"
_ODD = re.compile(
    rf"[\u0080-\u009f\u2500-\u25ff]|(?<=[{_RU}])[^{_RU}{_PLAIN}]|[^{_RU}{_PLAIN}](?=[{_RU}])"
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bytes that never occur in text files; \t \n \f \r and ESC/SUB (DOS EOF) do.
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset((0x0B,)) | frozenset(range(0x0E, 0x1A)) | frozenset(range(0x1C, 0x20))
_CONTROL_BYTES = bytes(sorted(_CONTROL))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    how: str  # bom | utf-8 | utf-8 unmangled | declared | guessed


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """The codec and BOM length when ``data`` starts with a BOM."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when every other byte is NUL, as in BOM-less UTF-16.

    Cyrillic UTF-16 has 0x04 high bytes, Latin has 0x00: either way one
    byte lane is nearly constant. Checked on the head only.
    """
    head = data[:4096]
    if len(head) < 4:
        return None
    # counted by bytes.count, not byte by byte: routing sniffs every
    # delivered file in the one process that commits the batch
    zeros = head.count(0) / len(head)
    if zeros < 0.2:
        return None
    even, odd = head[0::2], head[1::2]
    lane_even = (even.count(0) + even.count(4)) / len(even)
    lane_odd = (odd.count(0) + odd.count(4)) / max(1, len(odd))
    if lane_odd > 0.9 and lane_even < 0.5:
        return "utf-16-le"
    if lane_even > 0.9 and lane_odd < 0.5:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True when the bytes hold control codes no text file has.

    A few stray NULs are tolerated (textio strips them); a real binary
    has them everywhere. UTF-16 is text and is recognised first.
    """
    if not data:
        return False
    if sniff_bom(data) or utf16_without_bom(data):
        return False
    bad = len(data) - len(bytes(data).translate(None, _CONTROL_BYTES))
    return bad > max(1, 0.01 * len(data))


_RU_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_RU_UPPER = _RU_LOWER.upper()
_NOT_LETTER = re.compile(r"[\W\d_]+")
SCORE_SAMPLE = 16384  # characters: plenty to tell code pages apart


def russian_score(text: str) -> float:
    """How much ``text`` looks like Russian, roughly 0..0.9 (higher is better).

    Share of Russian letters among letters, times the share of the
    commonest lower-case letters, minus words with impossible case
    (``пЕЬЕМХЕ``) and symbols glued to letters. Measured on realdocs 43-45:
    the right code page ~0.79, the wrong ones <= 0.5. Counting is done
    with ``str.count`` so scoring three candidates stays cheap.
    """
    text = text[:SCORE_SAMPLE]
    letters = len(_NOT_LETTER.sub("", text))
    if not letters:
        return 0.0
    low = sum(text.count(c) for c in _RU_LOWER)
    cyr = low + sum(text.count(c) for c in _RU_UPPER)
    top = sum(text.count(c) for c in _TOP_LETTERS) / max(1, low)
    words = _WORD.findall(text)
    mixed = sum(1 for w in words if not (w.islower() or w.isupper() or w.istitle()))
    odd = len(_ODD.findall(text))
    return cyr / letters * top - mixed / max(1, len(words)) - odd / letters


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _chardet_guess(sample: bytes) -> tuple[str | None, float]:
    result = chardet.detect(sample)
    return _codec(result.get("encoding")), float(result.get("confidence") or 0.0)


def _guess(data: bytes) -> Decoded:
    """Best-scoring Cyrillic decoding; chardet only adds a candidate."""
    sample = data[:SCORE_SAMPLE]
    guessed, confidence = _chardet_guess(sample)
    candidates = list(CYRILLIC_CANDIDATES)
    if guessed and guessed not in candidates and not guessed.startswith(("utf", "ascii")):
        candidates.append(guessed)
    best: tuple[float, str] | None = None
    for enc in candidates:
        try:
            score = russian_score(sample.decode(enc))
        except UnicodeDecodeError:
            continue
        if best is None or score > best[0] + 1e-9:
            best = (score, enc)
    if best is None or (best[0] < 0.2 and guessed and confidence > 0.5):
        enc = guessed or "cp1251"
        return Decoded(data.decode(enc, errors="replace"), enc, "guessed")
    enc = best[1]
    return Decoded(data.decode(enc, errors="replace"), enc, "guessed")


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Bytes -> str: BOM, strict UTF-8, UTF-16 lanes, declared, then scoring.

    ``declared`` (an HTML meta charset, an e-mail header) is trusted after
    UTF-8 because sites declare windows-1251 and serve UTF-8 more often
    than the reverse, and a cp1251 text is almost never valid UTF-8.
    The result is not cleaned: call ``clean`` on it.
    """
    bom = sniff_bom(data)
    if bom:
        enc, size = bom
        return Decoded(data[size:].decode(enc, errors="replace"), enc, "bom")
    try:
        text = data.decode("utf-8")
        fixed = unmangle(text)
        return Decoded(fixed, "utf-8", "utf-8" if fixed is text else "utf-8 unmangled")
    except UnicodeDecodeError:
        pass
    lanes = utf16_without_bom(data)
    if lanes:
        return Decoded(data.decode(lanes, errors="replace"), lanes, "utf-16")
    enc = _codec(declared)
    if enc and not enc.startswith("utf"):
        try:
            text = data.decode(enc)
            # a site declaring windows-1252 or latin-1 over cp1251 bytes: the
            # declaration is trusted only when it reads as Russian no worse
            if enc in ("cp1252", "latin_1", "iso8859_1", "iso8859-1", "latin-1") \
                    and russian_score(text) < 0.3:
                guessed = _guess(data)
                if russian_score(guessed.text) > russian_score(text) + 0.3:
                    return guessed
            return Decoded(text, enc, "declared")
        except UnicodeDecodeError:
            pass
    return _guess(data)


# Every character below the letters a latin-1 reading makes of cp1251's Cyrillic
# (U+00C0-U+00FF): deleted from the sample's latin-1 bytes, what is left is those letters.
_BELOW_MANGLED = bytes(range(0xC0))


def mangled_letters(sample: str) -> int:
    """How many of ``sample``'s characters are U+00C0-U+00FF (``Ï``, ``Î``, ``Ñ``: the
    signature of cp1251 read as latin-1). Counted in C, the characters latin-1
    cannot hold (Cyrillic) dropped by the encoder, the rest by ``bytes.translate``:
    about five times cheaper than a regex scan, which matters because ``unmangle``
    runs up to three times on an imported text file (see ``unmangle``)."""
    return len(sample.encode("latin-1", "ignore").translate(None, _BELOW_MANGLED))


# What a Mac Cyrillic reading makes of cp1251's capitals and «я», and never stands in
# Russian text: Serbian and Macedonian letters (ѕ for П, ќ for О, Ќ for Н, Ћ for Л, ћ
# for М, Џ for Ъ, џ for Ы, ј for А, Ѕ for Б), € for я, Ђ for «. (Ў, ў, є, ї, і are
# left out: Belarusian and Ukrainian letters, a page in those languages is no sign.)
_MAC_SIGNS = "ѕќЌЋћЏџјЅ€Ђ"
# the Mac reading undone character by character: characters outside the Mac code
# page (a page's own markup, a symbol) stay as they are
_MAC_BACK = {ord(bytes([b]).decode("mac_cyrillic")): bytes([b]).decode("cp1251", "replace")
             for b in range(0x80, 0x100)}


def _mac_read(text: str, sample: str) -> str | None:
    """``text`` read back to cp1251 when it bears the signature of a Mac Cyrillic
    reading (``ѕќ—“јЌќ¬Ћ≈Ќ»≈ ѕравительства`` for ``ПОСТАНОВЛЕНИЕ Правительства``:
    the small letters come through, the capitals and «я» do not) and reads better
    as Russian so; else None. Sites that served cp1251 to a crawler or a browser
    guessing Mac Cyrillic left such pages, saved again as UTF-8."""
    signs = sum(sample.count(c) for c in _MAC_SIGNS)
    if signs < 10 or signs < 0.005 * len(_NOT_LETTER.sub("", sample)):
        return None
    back = sample.translate(_MAC_BACK)
    # the small letters read the same either way: a long text gains little score
    # (0.75 -> 0.83 on a decree of 750 letters), a Russian text loses much
    if russian_score(back) > russian_score(sample) + 0.03:
        return text.translate(_MAC_BACK)
    return None


def unmangle(text: str) -> str:
    """Russian text that went through a latin-1 reading once already
    (``ÏÎÑÒÀÍÎÂËÅÍÈÅ`` for ``ПОСТАНОВЛЕНИЕ``, a page saved again as UTF-8), or a
    Mac Cyrillic one (``_mac_read``), back to Cyrillic; anything else is returned
    as it is (the same object).

    Called by ``decode`` on a file's bytes (its ``how`` says so), by
    ``ingest.formats.read`` on every reader's pages (text no decoding made — PDF,
    DOCX — and an HTML page's text where ``decode`` saw its markup: a long
    ``<head>`` can fill the sample and hide the signature), and by
    ``extract_acts`` on every text it is handed (a pasted page, OCR'd pages). Each
    caller meets text the others never see; the signature check they open with is
    cheap, and text already read back has no signature left."""
    sample = text[:SCORE_SAMPLE]
    mangled = mangled_letters(sample)
    if mangled < 20 or mangled < 0.3 * len(_NOT_LETTER.sub("", sample)):
        return _mac_read(text, sample) or text
    for codec in ("cp1252", "latin-1"):
        try:
            back = text.encode(codec).decode("cp1251")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if russian_score(back) > russian_score(text) + 0.3:
            return back
    return text


def compose(text: str) -> str:
    """Letters written as a base and a combining mark (NFD: «й» as «и» + U+0306,
    «ё» as «е» + U+0308 — a PDF's text layer, a file saved on a Mac) composed to
    NFC; text already composed is returned as it is (the same object). The
    record contract's strings are compared and searched as NFC, and the rules
    (requisites, rubrics) are written in composed letters. Called where
    ``unmangle`` is: on a reader's pages and on any text ``extract_acts`` gets."""
    if not text or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_INVISIBLE = {
    "\x00": "",
    "\u00ad": "",  # soft hyphen
    "\ufffe": "",  # PDFium's mark for a hyphen it joined at a line end (see _pdfium_hyphens)
    "\ufeff": "",  # stray BOM / zero-width no-break space
    "\u200b": "",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\f": "\n\n",
    "\v": "\n",
}
_INVISIBLE_RE = re.compile("[" + "".join(_INVISIBLE) + "]")


def clean(text: str) -> str:
    """Normalize line ends and invisible characters; keeps ё and layout.

    Regex substitution rather than ``str.translate``: most lines need no
    change and a search that finds nothing is several times faster.
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    if "\ufffe" in text:
        text = _PDFIUM_HYPHEN.sub(_pdfium_hyphen, text)
    return _INVISIBLE_RE.sub(lambda m: _INVISIBLE[m.group()], text)


_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
_PDFIUM_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\ufffe([^\W\d_]+)")


def _pdfium_hyphen(m: re.Match) -> str:
    """PDFium marks a hyphen it takes for a word broken at a line end; so it
    marks a printed one too (``СОЦИАЛЬНО-ДЕМОГРАФИЧЕСКИМ``, ``Радица-Крыловка``,
    a compound a line broke at its hyphen). The word joined whole when the
    dictionary knows it, else the hyphen printed between two words or two
    parts of a name."""
    from ingest.morph import is_known, parses
    left, right = m.group(1), m.group(2)
    if not _CYRILLIC_WORD.fullmatch(left + right) or is_known(left + right):
        return left + right
    # a name's parts: «Радица-Крыловка»; or a place the dictionary knows after the hyphen
    # (САНКТ-ПЕТЕРБУРГА in capitals, the whole no word)
    name = left[:1].isupper() and (right[:1].isupper() and not right.isupper()
                                   or is_known(right) and "Geox" in parses(right.lower())[0].tag)
    return f"{left}-{right}" if name or (is_known(left) and is_known(right)) else left + right


_SPACES = re.compile(r"[ \u2000-\u200a\u3000]+")
_AROUND_SEP = re.compile(r" *\t[\t ]*")
_BLANKS = re.compile(r"\n{3,}")


def tidy_line(line: str) -> str:
    """One line: spaces collapsed, cell separators single, ends stripped."""
    line = _SPACES.sub(" ", line)
    line = _AROUND_SEP.sub(CELL_SEP, line)
    return line.strip(" \t")


def tidy(text: str) -> str:
    """Whole text: every line tidied, at most one blank line in a row."""
    lines = (tidy_line(line) for line in clean(text).split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def join_cells(cells: list[list[str]]) -> list[str]:
    """Lines of one table row from the lines of its cells.

    Line i of the row is line i of every cell joined by ``CELL_SEP``, as a
    reader sees it: a heading table ``[[date, 'г. Брянск'], ['№ 145-п']]``
    gives ``['date\\t№ 145-п', 'г. Брянск']``. Empty cells vanish.

    A form's row of two or three blocks (a cell of four lines or more, or
    two cells of three: the issuer's heading at the left and «УТВЕРЖДАЮ»,
    «ПРОЕКТ» or an addressee at the right) is read as a reader reads a
    form, column by column, each cell a block of its own after a blank
    line: pairing their lines would splice the approval into the heading.
    A row of four cells or more is a data table's: its first lines stay
    together.
    """
    cells = [_whole_requisites([line for line in cell if line.strip()]) for cell in cells]
    cells = [cell for cell in cells if cell]
    if len(cells) > 1 and form_row(cells):
        out: list[str] = []
        for cell in cells:
            if out:
                out.append("")
            out.extend(cell)
        return out
    depth = max((len(cell) for cell in cells), default=0)
    return [
        CELL_SEP.join(cell[i] for cell in cells if i < len(cell))
        for i in range(depth)
    ]


# a blank's sign typed on a line of its own ("№" / "37"), a date whose year
# went to the next line of its cell ("«19» апреля" / "2024 г.")
_SIGN_ONLY = re.compile(r"\s*(?:№|N|от)\s*")
_MONTH_END = re.compile(r"(?i)(?:" + "|".join(GENITIVE_MONTHS) + r")\s*$")
_YEAR_START = re.compile(r"\s*(?:19|20)\d\d\b")


def _whole_requisites(cell: list[str]) -> list[str]:
    """A cell's lines with a date or a number typed over two lines made one:
    paired with the next cell's lines, their halves would part."""
    out: list[str] = []
    for line in cell:
        if out and (_SIGN_ONLY.fullmatch(out[-1]) or _MONTH_END.search(out[-1]) and _YEAR_START.match(line)):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return out


def form_row(cells: list[list[str]]) -> bool:
    """Whether a row's non-empty cells are a form's blocks, read column by column."""
    if len(cells) > 3:
        return False
    heights = sorted((len(cell) for cell in cells), reverse=True)
    return heights[0] >= 4 or heights[1] >= 3


def print_order(boxes: list, tolerance: float) -> list:
    """``(top, left, payload)`` boxes in the order a page is read: lines of
    boxes top to bottom (tops closer than ``tolerance`` are one line), each
    line left to right."""
    lines: list[list] = []
    for box in sorted(boxes, key=lambda b: b[0]):
        if lines and box[0] - lines[-1][0][0] < tolerance:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [box for line in lines for box in sorted(line, key=lambda b: b[1])]
