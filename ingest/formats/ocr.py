"""OCR with Tesseract: image files, image-only PDF pages, garbled text layers
and scanners' poor OCR layers, page by page and only where needed.

Tesseract is an optional external program (Debian ``tesseract-ocr`` and
``tesseract-ocr-rus``; on Windows the UB Mannheim installer). It is run
through its command line, one page per run, with a time limit per page
(``Limits.ocr_page_seconds``) and one thread (``OMP_THREAD_LIMIT=1``: the
batch already runs ``--jobs`` files in parallel, and Tesseract's OpenMP
threads only fight over the same cores). When it is missing, files that
need it raise ``NeedsReader`` with a message naming the program, so the
batch keeps them pending until ``actdesk ocr --pending``.

What is done to each page (figures from ``bench/ocr.py`` on realdocs):

- **Rendering**: PDF pages are rendered by PDFium at ``RENDER_DPI`` (300)
  in grey. Measured on six scan pages (``bench/ocr.py --dpi``): mean
  confidence 91.5 at 200 dpi, 91.4 at 300, 90.7 at 400, at 1.3 / 1.8 /
  2.4 s a page. 400 is worse and slower; 200 reads as well ~30 % faster
  and is the candidate for a faster default once requisites are compared
  at 200 over all of gold; 300 is kept meanwhile as Tesseract's documented
  optimum for body text. Pages over ``Limits.max_ocr_pixels`` are scaled
  down first.
- **Orientation**: a page read with low confidence (under
  ``ROTATE_BELOW``) is asked for its orientation (``--psm 0``, OSD) and
  read again turned upright when OSD is sure enough; OSD costs ~1-2 s, so
  it is not run on pages that read well.
- **Skew**: the slope of every text line is measured from Tesseract's word
  boxes; a page whose median slope is over ``DESKEW_DEGREES`` is turned
  back and read again.
- **Line order**: Tesseract's TSV gives block/paragraph/line numbers and a
  box per word. Lines of different blocks that share one baseline (the
  date at the left and the number at the right of a heading) are joined
  into one line, ``textio.CELL_SEP`` marking the gap; two blocks that sit
  side by side over several lines are real columns and keep Tesseract's
  reading order.
- **Confidence**: the mean word confidence, weighted by word length, is
  kept per page and for the file (``meta["ocr_confidence"]``).

``--no-ocr`` (``Limits(ocr=False)``, handed by the batch to every reader)
makes every file that would need OCR pending with the reason
``needs OCR (--no-ocr)``.
"""
from __future__ import annotations

import csv
import io
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import textio
from ..records import IngestError, NeedsReader, Parsed
from .limits import DEFAULT_LIMITS, Limits

LANGS = "rus+eng"
RENDER_DPI = 300
ROTATE_BELOW = 55.0        # mean confidence under which orientation is checked
OSD_MIN_CONFIDENCE = 2.0   # Tesseract's own "orientation confidence" scale
DESKEW_DEGREES = 0.5
MIN_LINES_FOR_SKEW = 5
WIDE_GAP_HEIGHTS = 2.5     # a gap wider than this many text heights is a cell gap
COLUMN_LINES = 3           # blocks side by side over this many lines are columns

NO_OCR_REASON = "needs OCR (--no-ocr)"


class OcrUnavailable(NeedsReader):
    """Tesseract (or its Russian data) is not installed: the file stays pending."""


# -- the program -------------------------------------------------------------


def tesseract_path() -> str | None:
    """The tesseract executable: ``$ACTDESK_TESSERACT``, PATH, Windows default."""
    env = os.environ.get("ACTDESK_TESSERACT")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    found = shutil.which("tesseract")
    if found:
        return found
    if sys.platform == "win32":
        from .programs import installed
        return installed("Tesseract-OCR", "tesseract.exe")
    return None


@lru_cache(maxsize=4)
def _languages(exe: str) -> frozenset[str]:
    try:
        # bytes, read as UTF-8: tesseract prints its tessdata folder's path
        # in UTF-8 whatever the locale, and in the ANSI code page of Russian
        # Windows a folder under C:\Users\Ирина stopped the decoding ("И"
        # is D0 98 in UTF-8, and 98 is no cp1251 character)
        out = subprocess.run([exe, "--list-langs"], capture_output=True,
                             timeout=30, env=_env()).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def require(what: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The tesseract path, or ``OcrUnavailable`` naming what is missing
    (``NeedsReader`` when ``limits`` turn OCR off).

    ``what`` says what waits ("image-only PDF"), for the pending reason.
    """
    if not limits.ocr:
        raise NeedsReader(f"{what}: {NO_OCR_REASON}")
    exe = tesseract_path()
    windows = sys.platform == "win32"   # Debian's package names mean nothing there
    if exe is None and windows:
        raise OcrUnavailable(f"tesseract is not installed: {what} kept pending (install Tesseract "
                             "for Windows with the Russian language or set ACTDESK_TESSERACT to "
                             "its tesseract.exe, then run actdesk ocr --pending)")
    if exe is None:
        raise OcrUnavailable(f"tesseract is not installed: {what} kept pending "
                             "(install tesseract-ocr and tesseract-ocr-rus, then run actdesk ocr --pending)")
    langs = _languages(exe)
    if "rus" not in langs and windows:
        raise OcrUnavailable(f"tesseract has no Russian language data: {what} kept pending (run "
                             "the Tesseract installer again and tick Russian under additional "
                             "languages, then run actdesk ocr --pending)")
    if "rus" not in langs:
        raise OcrUnavailable(f"tesseract has no Russian language data: {what} kept pending "
                             "(install tesseract-ocr-rus, then run actdesk ocr --pending)")
    return exe


def available() -> bool:
    try:
        require("check")
    except NeedsReader:
        return False
    return True


def _env() -> dict:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


# -- one page ----------------------------------------------------------------


@dataclass
class _Word:
    block: int
    par: int
    line: int
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass
class _Line:
    words: list[_Word]
    key: tuple[int, int, int]

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> int:
        return max(1, int(statistics.median(w.height for w in self.words)))


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float | None  # mean word confidence 0..100, None when no words
    words: int
    seconds: float
    rotation: int = 0          # degrees the page was turned to read upright
    skew: float = 0.0          # degrees of skew corrected
    dpi: int = RENDER_DPI
    hand: dict | None = None   # requisites read from handwriting (handwriting.py)


@dataclass
class _Run:
    words: list[_Word] = field(default_factory=list)
    confidence: float | None = None


def ocr_image(image, limits: Limits = DEFAULT_LIMITS, dpi: int = RENDER_DPI,
              first_page: bool = False) -> OcrPage:
    """Text of one page image (a PIL image), upright and deskewed.

    On a document's ``first_page`` a date and number written by hand on the
    form's requisites line are read as well (``handwriting.py``)."""
    exe = require("page image", limits)
    started = time.perf_counter()
    image = _prepare(image, limits)
    dpi = int(dpi * getattr(image, "_actdesk_scale", 1.0)) or dpi
    words = _tesseract(exe, image, limits, dpi)
    conf = _confidence(words)
    rotation = 0
    if conf is None or conf < ROTATE_BELOW:
        turn = _orientation(exe, image, limits, dpi)
        if turn:
            rotated = image.rotate(-turn, expand=True, fillcolor=255)
            other = _tesseract(exe, rotated, limits, dpi)
            other_conf = _confidence(other)
            if other_conf is not None and (conf is None or other_conf > conf):
                image, words, conf, rotation = rotated, other, other_conf, turn
    skew = _skew(words)
    if abs(skew) > DESKEW_DEGREES:
        # PIL turns counter-clockwise; a line rising to the right is turned back clockwise
        straight = image.rotate(-skew, expand=True, fillcolor=255, resample=_bicubic())
        other = _tesseract(exe, straight, limits, dpi)
        other_conf = _confidence(other)
        if other_conf is not None and (conf is None or other_conf > conf):
            image, words, conf = straight, other, other_conf
        else:
            skew = 0.0
    else:
        skew = 0.0
    hand = None
    if first_page and words:
        words, hand = _handwritten_requisites(image, words)
    text = page_text(words)
    return OcrPage(text, conf, len(words), time.perf_counter() - started, rotation,
                   round(skew, 2), dpi, hand)


def _handwritten_requisites(image, words: list[_Word]) -> tuple[list[_Word], dict | None]:
    """The words of a hand-filled requisites line replaced by what the
    handwriting recogniser read there (``от ДД.ММ.ГГГГ № N``).

    Only what was read is written: a number whose suffix could not be read
    (``2067-зп`` seen as ``2067`` and a scrawl) is left out of the line and
    kept in ``hand`` for the warning, never put into the record half-read.
    """
    from . import handwriting

    if not handwriting.installed():
        if handwriting.find_line(_lines(words), image.size) is None:
            return words, None
        return words, {"unread": "handwriting recogniser not installed "
                                 "(pip install actdesk[handwriting])"}
    try:
        read = handwriting.read_requisites(image, _lines(words))
    except Exception as ex:  # a model or runtime failure must not lose the page
        return words, {"unread": f"handwriting recogniser failed: {ex}"}
    if read is None:
        return words, None
    hand = {"date": read.date, "number": read.number, "number_digits": read.digits,
            "date_cost": read.date_cost, "number_prob": read.number_prob,
            "digits_anchored": read.anchored}
    if read.other_years:
        hand["other_years"] = list(read.other_years)
    if read.date is None and read.number is None:
        return words, hand
    left, top, right, bottom = read.box
    band = [w for w in words
            if top <= (w.top + w.bottom) / 2 <= bottom and w.left < right and w.right > left]
    key = min(((w.block, w.par, w.line) for w in band), default=None)
    if key is None:
        key = (max((w.block for w in words), default=0) + 1, 1, 1)
    dropped = {id(w) for w in band}
    kept = [w for w in words if id(w) not in dropped]
    parts = handwriting.requisites_line(read.date, read.number).split()
    step = max(1, (right - left) // len(parts))
    height = max(1, int(statistics.median(w.height for w in words)))
    made = [_Word(key[0], key[1], key[2], left + i * step, bottom - height, step // 2, height,
                  90.0, text) for i, text in enumerate(parts)]
    return kept + made, hand


def _bicubic():
    from PIL import Image
    return Image.Resampling.BICUBIC


def _prepare(image, limits: Limits):
    """Grey, and no larger than ``max_ocr_pixels``."""
    from PIL import Image
    if image.mode not in ("L", "1"):
        if image.mode in ("RGBA", "LA", "P"):
            background = Image.new("RGB", image.size, "white")
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.split()[-1])
            image = background
        image = image.convert("L")
    w, h = image.size
    if w * h > limits.max_ocr_pixels:
        scale = math.sqrt(limits.max_ocr_pixels / (w * h))
        image = image.resize((max(1, int(w * scale)), max(1, int(h * scale))),
                             Image.Resampling.LANCZOS)
        image._actdesk_scale = scale
    return image


def _run(exe: str, image, limits: Limits, dpi: int, args: list[str]) -> str:
    # a file Windows will not delete yet (an antivirus scanning the new PNG,
    # a tesseract still ending after its kill) stays in TEMP: not the page's fault
    with tempfile.TemporaryDirectory(prefix="actdesk-ocr-", ignore_cleanup_errors=True) as tmp:
        src = Path(tmp) / "page.png"
        image.save(src, dpi=(dpi, dpi))
        try:
            # the page by its name in the working folder: Tesseract on Windows
            # opens paths in the ANSI code page (tesseract-ocr/tesseract#3709),
            # and TEMP lies under the user's folder, often a Cyrillic name
            done = subprocess.run([exe, src.name, "stdout", "--dpi", str(dpi), *args],
                                  capture_output=True, timeout=limits.ocr_page_seconds,
                                  env=_env(), cwd=tmp)
        except subprocess.TimeoutExpired as ex:
            raise _PageTimeout(f"OCR of a page took over {limits.ocr_page_seconds:.0f} s") from ex
        except OSError as ex:
            raise OcrUnavailable(f"tesseract cannot be run: {ex}") from ex
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise IngestError(f"tesseract failed: {err[-1] if err else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


class _PageTimeout(IngestError):
    pass


def _tesseract(exe: str, image, limits: Limits, dpi: int) -> list[_Word]:
    tsv = _run(exe, image, limits, dpi, ["-l", LANGS, "--psm", "3", "tsv"])
    return parse_tsv(tsv)


def parse_tsv(tsv: str) -> list[_Word]:
    """Words (level 5 rows with text) of Tesseract's TSV output."""
    words = []
    reader = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if len(row) < 12 or row[0] != "5":
            continue
        text = textio.clean(row[11]).strip()
        if not text:
            continue
        try:
            words.append(_Word(int(row[2]), int(row[3]), int(row[4]), int(row[6]), int(row[7]),
                               int(row[8]), int(row[9]), float(row[10]), text))
        except ValueError:
            continue
    return words


_SHORT_WORDS = frozenset("а в и к о с у я от до по на за из не г гг ст п пп ч № n".split())
_ALNUM = re.compile(r"[^\W_]")


def _junk(w: _Word, unit: float = 0.0) -> bool:
    """Specks, stamps, handwriting and picture edges read as text.

    ``(|``, ``<``, ``UY`` at low confidence; any word under 20; a word
    over twice the page's text height (``unit``) under 60: printed text
    of one size, handwriting and stamps sprawl.
    """
    if w.conf < 20:
        return True
    if unit and w.height > 2.2 * unit and w.conf < 60:
        return True
    alnum = len(_ALNUM.findall(w.text))
    if alnum == 0:
        return w.conf < 60 or set(w.text) <= set("|!_~^`'\"")
    if alnum <= 2 and w.conf < 40 and not w.text.isdigit():
        return w.text.strip(".,:;()").lower() not in _SHORT_WORDS
    return False


# Latin letters Tesseract confuses with Cyrillic ones in Russian text.
_TO_CYRILLIC = str.maketrans("ABCEHKMOPTXYaceopxynurmk", "АВСЕНКМОРТХУасеорхупигтк")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_CYR = re.compile(r"[А-Яа-яЁё]")
_LAT = re.compile(r"[A-Za-z]")


def fix_script(text: str) -> str:
    """Russian-language fixes of OCR output.

    On a page that is mostly Cyrillic, a word made only of Latin letters
    that look like Cyrillic ones (``Ha``, ``no``, ``OT``, ``MYCII``) is read
    as Cyrillic; e-mail addresses and URLs (tokens with ``@``, ``.``, ``/``
    inside) are left alone; so is a word mixing both scripts (``AДMИHИCTPAЦИЯ``)
    whose Latin letters all look like Cyrillic ones. In a word of Cyrillic
    capitals, ``0`` and ``3`` are the ``О`` and ``З`` they were taken for
    (``3АРЕЧНОГО``); ``JVo`` before a number is the sign ``№``. A word never starts with ``Ь`` in Russian, so
    a leading ``Ь`` before a letter is the ``Б`` it was taken for.
    """
    cyr, lat = len(_CYR.findall(text)), len(_LAT.findall(text))
    if lat and cyr >= 3 * lat:
        text = _TOKEN_RE.sub(_cyrillic_if_lookalike, text)
        text = _MIXED_RE.sub(_cyrillic_if_lookalike, text)
    if "0" in text or "3" in text:
        text = _CAPS_WITH_DIGIT.sub(_letters_for_digits, text)
    if "JV" in text:
        text = _JV_SIGN.sub("№", text)
    return re.sub(r"(?<![^\W\d_])Ь(?=[А-ЯЁа-яё])", "Б", text)


# a word with letters of both scripts side by side
_MIXED_RE = re.compile(r"[A-Za-zА-Яа-яЁё]*(?:[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z])[A-Za-zА-Яа-яЁё]*")
# a word of Cyrillic capitals (three at least) with a 0 or 3 among them
_CAPS_WITH_DIGIT = re.compile(r"(?<![\w-])(?=[А-ЯЁ03]*[03])(?=(?:[03]*[А-ЯЁ]){3})[А-ЯЁ03]{4,}(?![\w-])")
_DIGIT_AS_LETTER = str.maketrans("03", "ОЗ")
# the number sign as OCR reads it in Latin shapes before a number ("JVo 37", "JV» 12")
_JV_SIGN = re.compile(r"(?<![A-Za-zА-Яа-яЁё])JV[o°»sе]?(?=\s*\d)")


def _letters_for_digits(m: re.Match) -> str:
    """A lone digit among capitals is a letter; two digits side by side
    (``30ЛЕТ``) are a number glued to a word."""
    word = m.group()
    return word if any(a.isdigit() and b.isdigit() for a, b in zip(word, word[1:])) else word.translate(_DIGIT_AS_LETTER)


_TOKEN_RE = re.compile(r"(?<![^\s(«\"„])[A-Za-z]+(?=[\s),.;:»\"]|$)")


def _cyrillic_if_lookalike(m: re.Match) -> str:
    word = m.group()
    if len(word) > 2 and "II" in word:
        word = word.replace("II", "П")
    converted = word.translate(_TO_CYRILLIC)
    return converted if not _LAT.search(converted) else m.group()


def _confidence(words: list[_Word]) -> float | None:
    weighted = [(w.conf, len(w.text)) for w in words if w.conf >= 0]
    total = sum(n for _, n in weighted)
    if not total:
        return None
    return sum(c * n for c, n in weighted) / total


def _orientation(exe: str, image, limits: Limits, dpi: int) -> int:
    """Degrees clockwise to turn the page upright, 0 when unsure or upright."""
    if "osd" not in _languages(exe):
        return 0
    try:
        out = _run(exe, image, limits, dpi, ["--psm", "0"])
    except IngestError:
        return 0  # too little text to tell
    rotate, confidence = 0, 0.0
    for line in out.splitlines():
        key, _, value = line.partition(":")
        try:
            if key.strip() == "Rotate":
                rotate = int(value.strip())
            elif key.strip() == "Orientation confidence":
                confidence = float(value.strip())
        except ValueError:
            continue
    return rotate if confidence >= OSD_MIN_CONFIDENCE else 0


def _lines(words: list[_Word]) -> list[_Line]:
    by_key: dict[tuple[int, int, int], list[_Word]] = {}
    for w in words:
        by_key.setdefault((w.block, w.par, w.line), []).append(w)
    return [_Line(sorted(ws, key=lambda w: w.left), key) for key, ws in by_key.items()]


def _skew(words: list[_Word]) -> float:
    """Median slope of text lines in degrees (positive: rising to the right)."""
    slopes = []
    for line in _lines(words):
        ws = [w for w in line.words if len(w.text) >= 2]
        if len(ws) < 3:
            continue
        a, b = ws[0], ws[-1]
        run = (b.left + b.width / 2) - (a.left + a.width / 2)
        if run < 10 * line.height:
            continue
        slopes.append(math.degrees(math.atan2(a.bottom - b.bottom, run)))
    if len(slopes) < MIN_LINES_FOR_SKEW:
        return 0.0
    return statistics.median(slopes)


def page_text(words: list[_Word]) -> str:
    """The page's lines in reading order, lines on one baseline joined.

    Tesseract's own order is kept except that a line of another block on
    the same baseline (overlapping vertically by half the smaller height)
    joins the line at its left: a heading table's date and number stay on
    one line. Blocks side by side over ``COLUMN_LINES`` lines or more are
    columns and are not joined.
    """
    unit = statistics.median(w.height for w in words) if words else 0.0
    lines = _lines([w for w in words if not _junk(w, unit)])
    if not lines:
        return ""
    order = {line.key: i for i, line in enumerate(sorted(lines, key=lambda l: l.key))}
    lines.sort(key=lambda l: order[l.key])
    partners: dict[int, list[int]] = {}
    pairs: dict[tuple[int, int], int] = {}
    for i, a in enumerate(lines):
        for j, b in enumerate(lines):
            if j <= i or a.key[0] == b.key[0]:
                continue
            if _same_row(a, b):
                partners.setdefault(i, []).append(j)
                pair = tuple(sorted((a.key[0], b.key[0])))
                pairs[pair] = pairs.get(pair, 0) + 1
    columns = {pair for pair, n in pairs.items() if n >= COLUMN_LINES}
    used: set[int] = set()
    rows: list[list[_Line]] = []
    for i, line in enumerate(lines):
        if i in used:
            continue
        row = [line]
        used.add(i)
        for j in partners.get(i, []):
            if j in used or tuple(sorted((line.key[0], lines[j].key[0]))) in columns:
                continue
            if any(_overlap_x(lines[j], r) for r in row):
                continue
            row.append(lines[j])
            used.add(j)
        rows.append(sorted(row, key=lambda l: l.left))
    if not columns:
        rows.sort(key=lambda r: min(l.top for l in r) + max(l.bottom for l in r))
    heights = [l.height for l in lines]
    unit = statistics.median(heights)
    out: list[str] = []
    prev_bottom = None
    for row in rows:
        top = min(l.top for l in row)
        if prev_bottom is not None and top - prev_bottom > 1.2 * unit:
            out.append("")
        out.append(_join_row(row))
        prev_bottom = max(l.bottom for l in row)
    return textio.tidy(fix_script("\n".join(out)))


def _same_row(a: _Line, b: _Line) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top) and not _overlap_x(a, b)


def _overlap_x(a: _Line, b: _Line) -> bool:
    return min(a.right, b.right) > max(a.left, b.left)


def _join_row(row: list[_Line]) -> str:
    """Words left to right; a wide gap separates cells; a cell of specks
    (under 3 letters or digits, read with low confidence) is dropped."""
    words = [w for line in row for w in line.words]
    words.sort(key=lambda w: w.left)
    unit = statistics.median(w.height for w in words)
    cells: list[list[_Word]] = [[words[0]]]
    for prev, w in zip(words, words[1:]):
        if w.left - prev.right > WIDE_GAP_HEIGHTS * unit:
            cells.append([w])
        else:
            cells[-1].append(w)
    kept = [c for c in cells if not _specks(c)] or cells
    return textio.CELL_SEP.join(" ".join(w.text for w in c) for c in kept)


def _specks(cell: list[_Word]) -> bool:
    alnum = sum(len(_ALNUM.findall(w.text)) for w in cell)
    return alnum < 3 and statistics.mean(w.conf for w in cell) < 75


# -- files -------------------------------------------------------------------


def _summary(pages: list[OcrPage]) -> dict:
    weighted = [(p.confidence, p.words) for p in pages if p.confidence is not None and p.words]
    total = sum(n for _, n in weighted)
    meta = {"ocr_pages": len(pages),
            "ocr_seconds": round(sum(p.seconds for p in pages), 2)}
    if total:
        meta["ocr_confidence"] = round(sum(c * n for c, n in weighted) / total, 1)
    rotated = [i for i, p in enumerate(pages, 1) if p.rotation]
    if rotated:
        meta["ocr_rotated_pages"] = rotated
    hands = [p.hand for p in pages if p.hand]
    if hands:
        meta["handwritten"] = hands[0]
    return meta


def _settle_year(pages: list[str], results: list[OcrPage]) -> tuple[list[str], list[OcrPage]]:
    """The handwritten date's year checked against the whole text (all pages
    are read by now): ``handwriting.settle_year``."""
    from dataclasses import replace

    from .handwriting import settle_year

    for k, r in enumerate(results):
        if r.hand and r.hand.get("other_years"):
            pages, hand = settle_year(pages, r.hand)
            results = results[:k] + [replace(r, hand=hand)] + results[k + 1:]
            break
    return pages, results


def hand_warnings(meta: dict) -> list[str]:
    """``handwritten_requisites`` when a date or number was read from
    handwriting (a librarian should check it against the page);
    ``handwriting_unread`` when a hand-filled line was left unread."""
    hand = meta.get("handwritten")
    if not hand:
        return []
    if hand.get("date") or hand.get("number"):
        out = ["handwritten_requisites"]
        if hand.get("number_digits") and not hand.get("number"):
            out.append("handwriting_unread")
        return out
    return ["handwriting_unread"]


def read_image(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """An image file (PNG, JPEG, multi-page TIFF, GIF, BMP, WebP) read by OCR."""
    from PIL import Image, UnidentifiedImageError
    path = Path(path)
    require("image", limits)
    try:
        image = Image.open(path)
    except (UnidentifiedImageError, OSError, ValueError) as ex:
        raise IngestError(f"damaged or unsupported image: {ex}") from ex
    except Image.DecompressionBombError as ex:
        raise IngestError(f"image too large to read: {ex}") from ex
    media = Image.MIME.get(image.format or "", "image/" + (image.format or "unknown").lower())
    pages: list[str] = []
    results: list[OcrPage] = []
    warnings = ["ocr"]
    pending: list[int] = []
    with image:
        count = getattr(image, "n_frames", 1)
        for index in range(count):
            if index >= limits.max_ocr_pages:
                pending.extend(range(index + 1, count + 1))
                warnings.append("ocr_pages_limit")
                break
            try:
                image.seek(index)
                frame = image.copy()
                frame.load()
            except (OSError, ValueError, EOFError) as ex:
                if index == 0:
                    raise IngestError(f"damaged image: {ex}") from ex
                pending.append(index + 1)
                continue
            if frame.width * frame.height > limits.max_ocr_pixels * 4:
                raise IngestError(f"image of {frame.width}x{frame.height} pixels is over the "
                                  f"limit of {limits.max_ocr_pixels * 4 // 1_000_000} MP")
            dpi = _image_dpi(frame)
            try:
                result = ocr_image(frame, limits, dpi, first_page=index == 0)
            except _PageTimeout:
                pending.append(index + 1)
                pages.append("")
                warnings.append("ocr_timeout")
                continue
            results.append(result)
            pages.append(result.text)
    pages, results = _settle_year(pages, results)
    if not any(p.strip() for p in pages):
        if pending:
            raise NeedsReader("image: OCR timed out on every page")
        raise IngestError("image holds no readable text")
    meta = _summary(results)
    return Parsed(media_type=media, pages=tuple(pages),
                  page_count=count if count > 1 else None,
                  warnings=tuple(dict.fromkeys(warnings + _low(meta) + hand_warnings(meta))),
                  pending_pages=tuple(pending), meta=meta)


def _image_dpi(image) -> int:
    """The image's resolution when it declares a plausible one, else 300."""
    dpi = image.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    return value if 70 <= value <= 1200 else RENDER_DPI


def _low(meta: dict) -> list[str]:
    conf = meta.get("ocr_confidence")
    return ["low_ocr_confidence"] if conf is not None and conf < 60 else []
