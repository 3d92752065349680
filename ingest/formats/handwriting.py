"""Hand-filled requisites on scanned forms: the date and number written
by pen on the printed ``от ________ № ________`` line.

Municipal administrations print acts on a form and fill in the date and
number by hand after signing. Tesseract has no handwriting model and
reads these fields as junk (``о-03.06-207 LOE``), so without this module
a scan's record has neither date nor number — the two fields a reader
asks for first.

How it reads them:

- **Where**: on the first page, the line below the kind heading
  (``ПОСТАНОВЛЕНИЕ``, ``РАСПОРЯЖЕНИЕ`` …) and above the next line Tesseract
  read with confidence (``г. Брянск``, the title), found from Tesseract's
  word boxes and trimmed to its ink. Nothing is done when Tesseract
  already read a date and a number there (printed requisites).
- **Recogniser**: PaddleOCR's PP-OCRv4 line recogniser (Apache-2.0) as
  ONNX, the file shipped in the ``rapidocr_onnxruntime`` wheel, run with
  onnxruntime on one line crop (~30 ms). It was trained on printed and
  handwritten Latin/Chinese text including digits; it has no Cyrillic.
  Both packages are optional (``pip install actdesk[handwriting]``): when
  missing, the fields stay empty with the warning ``handwriting_unread``.
- **Date, by constraint, not by reading alone**: every calendar date
  from ``FIRST_YEAR`` to today (as ``ДД.ММ.ГГГГ``, with and without dots)
  is scored against the recogniser's per-frame character probabilities
  (CTC Viterbi, the text around the date free), summed over the three cuts
  of ``VARIANTS``; the best one is taken only when its cost is under
  ``DATE_MAX_COST`` and it is ``DATE_MIN_MARGIN`` cheaper than the next.
  A month "18" or a year "7024" is impossible and never chosen; a ``2``
  read as ``a`` costs little; a tie between two years gives no date.
- **Number**: the digits after the date (or after the ``№``), taken as the
  number only when every cut reads the same digits and nothing is written
  after them. A Cyrillic suffix (``-п``, ``-зп``) cannot be read by a Latin
  model and is not guessed: the number stays empty, the digits are kept in
  ``HandRead.digits`` for the warning ``handwriting_unread``.
"""
from __future__ import annotations

import datetime as _dt
import importlib.util
import os
import re
import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..requisites import ACT_KINDS
from ..ru_dates import find_date
from ingest.morph import fold

MODEL_ENV = "ACTDESK_HANDWRITING_MODEL"
MODEL_FILE = "ch_PP-OCRv4_rec_infer.onnx"
HEIGHT = 48                 # the recogniser's input height
# cuts of the same line read and combined: (gap between ink runs, in text
# heights; extra margin above and below, in pixels)
VARIANTS = ((1.0, 0), (0.5, 12), (2.0, 24))
FIRST_YEAR = 1991           # acts of the Russian Federation's municipalities and bodies
DATE_MAX_COST = 9.0         # sum of -log(p / p_best) over the date's frames; tuned on realdocs
DATE_MIN_MARGIN = 0.5       # ... and how much cheaper than the next best date it must be
YEAR_WINDOW = 2.0           # another year of the same day and month this close is kept ...
YEAR_MIN_EVIDENCE = 3       # ... and chosen when the text's own dates name it this often
PRINTED_MIN_CONF = 60       # Tesseract's confidence in each digit word of printed requisites:
                            # below it, digits it "read" on the line are a pen's (07.02.40 for 05.06.2013)
NUMBER_MIN_PROB = 0.5       # mean probability of the number's digits
NUMBER_WHOLE_PROB = 0.6     # lowest digit probability of a whole number (all cuts agreeing,
                            # nothing unread after it)

_NUMBER_RE = re.compile(r"(?:№|\bN[oо°]?)\s*\d")
_SEPARATORS = ".,-/·"
_LETTER_OR_DIGIT = re.compile(r"[0-9A-Za-z]")


@dataclass(frozen=True)
class HandRead:
    """What was read off the requisites line; None where nothing sure."""
    date: str | None            # ДД.ММ.ГГГГ
    number: str | None          # the whole number: digits with nothing written after them
    digits: str | None          # the digits read, also when a suffix followed them
    date_cost: float | None
    number_prob: float | None
    box: tuple[int, int, int, int]
    other_years: tuple[str, ...] = ()   # the same day and month, another year, nearly as likely
    # the digits were read after the date or a recognised "№" (not from the
    # last ink segment alone): sure enough to dispute another reading
    anchored: bool = False


# -- the model ---------------------------------------------------------------


def model_path() -> Path | None:
    """The recogniser's ONNX file: ``$ACTDESK_HANDWRITING_MODEL`` or the one
    inside the installed ``rapidocr_onnxruntime`` package (found without
    importing it, which would load OpenCV)."""
    env = os.environ.get(MODEL_ENV)
    if env:
        p = Path(env)
        return p if p.is_file() else None
    try:
        spec = importlib.util.find_spec("rapidocr_onnxruntime")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        p = Path(base) / "models" / MODEL_FILE
        if p.is_file():
            return p
    return None


def installed() -> bool:
    """Whether the recogniser can run (model file and onnxruntime present)."""
    return model_path() is not None and importlib.util.find_spec("onnxruntime") is not None


@lru_cache(maxsize=1)
def _session():
    path = model_path()
    if path is None:
        return None
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    opts = ort.SessionOptions()
    # the batch runs --jobs files in parallel already
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    chars = sess.get_modelmeta().custom_metadata_map.get("character", "").splitlines()
    # PaddleOCR's CTC: index 0 is the blank, then the dictionary, then a space
    return sess, ["\0"] + chars + [" "]


def probabilities(image):
    """Per-frame character probabilities (frames × classes) of one line image."""
    import numpy as np
    from PIL import Image

    sess, chars = _session()
    rgb = image.convert("RGB")
    w, h = rgb.size
    width = max(HEIGHT, int(round(HEIGHT * w / max(h, 1))))
    arr = np.asarray(rgb.resize((width, HEIGHT), Image.Resampling.BICUBIC), dtype=np.float32)
    arr = (arr.transpose(2, 0, 1) / 255.0 - 0.5) / 0.5
    out = sess.run(None, {sess.get_inputs()[0].name: arr[None]})[0][0]
    return out, chars


# -- decoding ----------------------------------------------------------------


class _Classes:
    """The recogniser's output folded to what a date or number is made of:
    blank, the ten digits, a separator (any of ``. , - /``), and the cost
    of each frame relative to its best class."""

    def __init__(self, probs, chars):
        import numpy as np

        index = {c: i for i, c in enumerate(chars)}
        digits = [index[d] for d in "0123456789"]
        seps = [index[c] for c in _SEPARATORS if c in index]
        eps = 1e-9
        best = probs.max(axis=1) + eps
        cols = [probs[:, 0]] + [probs[:, d] for d in digits] + [probs[:, seps].max(axis=1)]
        # cost of emitting each class at each frame: -log(p / p_best) >= 0
        self.cost = -np.log(np.stack(cols, axis=1) / best[:, None] + eps)
        self.cost = np.maximum(self.cost, 0.0)
        self.frames = probs.shape[0]
        self.digit_probs = probs[:, digits]
        self.top = [chars[i] for i in probs.argmax(axis=1)]


_BLANK, _SEP = 0, 11


def _label(s: str) -> list[int]:
    return [_SEP if c == "." else 1 + int(c) for c in s]


@lru_cache(maxsize=4)
def _date_candidates(first_year: int, last: _dt.date):
    import numpy as np

    day = _dt.date(first_year, 1, 1)
    texts, dotted, bare = [], [], []
    one = _dt.timedelta(days=1)
    while day <= last:
        s = day.strftime("%d.%m.%Y")
        texts.append(s)
        dotted.append(_label(s))
        bare.append(_label(s.replace(".", "")))
        day += one
    return texts, np.array(dotted, dtype=np.int64), np.array(bare, dtype=np.int64)


def _viterbi(classes: _Classes, labels):
    """Cheapest CTC alignment of each label sequence somewhere in the line.

    States per candidate: free prefix, then blank/char/blank/…/char/blank,
    then free suffix. Free frames cost 0 (they may be anything: ``От``,
    ``№``, the number); a label frame costs ``-log(p/p_best)``. Returns the
    cost per candidate and the frame where each one's last char ends.
    """
    import numpy as np

    n, length = labels.shape
    states = 2 * length + 1
    # emission class per state: even = blank, odd = label char
    cls = np.zeros((n, states), dtype=np.int64)
    cls[:, 1::2] = labels
    # a char state may be entered from two states back when the chars differ
    skip = np.zeros((n, states), dtype=bool)
    skip[:, 3::2] = labels[:, 1:] != labels[:, :-1]
    inf = np.float64(1e9)
    dp = np.full((n, states), inf)
    best_end = np.full(n, inf)
    end_frame = np.zeros(n, dtype=np.int64)
    for t in range(classes.frames):
        step = np.concatenate([np.full((n, 1), inf), dp[:, :-1]], axis=1)
        jump = np.concatenate([np.full((n, 2), inf), dp[:, :-2]], axis=1)
        best = np.minimum(np.minimum(dp, step), np.where(skip, jump, inf))
        # the free prefix costs nothing at any frame: the first blank or the
        # first char may be entered from it
        best[:, :2] = np.minimum(best[:, :2], 0.0)
        dp = best + classes.cost[t][cls]
        done = np.minimum(dp[:, -1], dp[:, -2])
        better = done < best_end
        best_end = np.where(better, done, best_end)
        end_frame = np.where(better, t, end_frame)
    return best_end, end_frame


def date_costs(classes: _Classes, today: _dt.date | None = None):
    """Cost of every candidate date (and the frame where each ends)."""
    import numpy as np

    today = today or _dt.date.today()
    texts, dotted, bare = _date_candidates(FIRST_YEAR, today)
    # written with dots, or with the dots too faint or spaced for the model
    costs, ends = _viterbi(classes, dotted)
    costs2, ends2 = _viterbi(classes, bare)
    ends = np.where(costs2 < costs, ends2, ends)
    return texts, np.minimum(costs, costs2), ends


def decode_date(variants: list[_Classes], today: _dt.date | None = None) \
        -> tuple[str | None, float, list[int]]:
    """(ДД.ММ.ГГГГ or None, its mean cost, the frame where it ends in each
    variant). The costs of the same line cut slightly differently are
    added: the recogniser's mistakes move with the cut, the date does not."""
    return _decode_date(variants, today)[:3]


def _decode_date(variants: list[_Classes], today: _dt.date | None = None) \
        -> tuple[str | None, float, list[int], tuple[str, ...]]:
    """``decode_date`` plus the same day and month in other years that cost
    at most ``YEAR_WINDOW`` more (a 3 and a 4 written alike): the text of
    the act may decide between them (``settle_year``)."""
    total, ends, texts = None, [], []
    for classes in variants:
        texts, costs, end = date_costs(classes, today)
        total = costs if total is None else total + costs
        ends.append(end)
    first, second = (int(k) for k in total.argsort()[:2])
    cost = float(total[first]) / len(variants)
    margin = (float(total[second]) - float(total[first])) / len(variants)
    if cost > DATE_MAX_COST or margin < DATE_MIN_MARGIN:
        return None, cost, [0] * len(variants), ()
    others = tuple(texts[int(k)] for k in total.argsort()[1:40]
                   if texts[int(k)][:6] == texts[first][:6]
                   and (float(total[int(k)]) - float(total[first])) / len(variants) <= YEAR_WINDOW)
    return texts[first], cost, [int(e[first]) for e in ends], others


# a date in the act's text that is not a citation of another act ("от
# 21.08.2015 № 404-п"): the days of the fair, the deadline, the period
_EVENT_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})\.(\d{4})(?![\d.]*\d)(?!\s*(?:г\.?\s*)?(?:№|N\s*\d))")
_CITATION_BEFORE = re.compile(r"\bот\s*$", re.IGNORECASE)


def event_years(text: str) -> dict[str, int]:
    """How often each year occurs in the text's own dates (citations of
    other acts, ``от ДД.ММ.ГГГГ``, not counted)."""
    counts: dict[str, int] = {}
    for m in _EVENT_DATE.finditer(text):
        if _CITATION_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
            continue
        counts[m.group(3)] = counts.get(m.group(3), 0) + 1
    return counts


def settle_year(pages: list[str], hand: dict | None) -> tuple[list[str], dict | None]:
    """The act's year decided by its own text when the handwriting left two
    years close (``08.02.2023`` or ``08.02.2024``): a decree's schedule
    (``с 06.03.2024 по 10.03.2024``) names its year several times, a year
    it never names is unlikely. Switched only when the read year occurs in
    none of the text's own dates and one close alternative occurs in at
    least ``YEAR_MIN_EVIDENCE`` of them, more than any other."""
    if not hand or not hand.get("date") or not hand.get("other_years"):
        return pages, hand
    date = hand["date"]
    first = pages[0] if pages else ""
    # the requisites line itself does not count
    text = "\n".join([first.replace(date, "", 1)] + list(pages[1:]))
    counts = event_years(text)
    if counts.get(date[6:], 0):
        return pages, hand
    scored = sorted(((counts.get(o[6:], 0), o) for o in hand["other_years"]), reverse=True)
    best_n, best = scored[0]
    if best_n < YEAR_MIN_EVIDENCE or (len(scored) > 1 and scored[1][0] == best_n):
        return pages, hand
    pages = [first.replace(date, best, 1)] + list(pages[1:])
    hand = dict(hand, date=best, year_from_text=date[6:] + "->" + best[6:])
    return pages, hand


def decode_number(classes: _Classes, start: int, anchored: bool = False) \
        -> tuple[str | None, float | None, bool]:
    """The first run of digits after frame ``start``, the mean probability
    of its digits, and whether more was written after them (a suffix).

    A frame joins the number when a digit is at least ``1/e³`` as likely
    as the best class there (a 7 written like a ``T``); the number ends at
    a separator or dash (``-зп``) or at a frame where no digit is likely.
    Digits before the number are skipped until one is the best class.
    """
    import numpy as np

    # the number begins after the printed "№" (read as N, n or №)
    loose = False
    for t in range(start, min(classes.frames, start + 12)):
        if classes.top[t] in ("N", "n", "№", "No", "Nº"):
            start, loose = t + 1, True
            # the "o" of a "No" is the sign, not a zero
            while start < classes.frames and classes.top[start] in ("\0", "o", "O", "°", "º"):
                start += 1
            break
    if anchored and not loose:
        return None, None, False
    out, probs, prev, started, end = [], [], _BLANK, False, classes.frames
    for t in range(start, classes.frames):
        top = classes.top[t]
        if top == "\0":
            prev = _BLANK
            continue
        if started and top in _SEPARATORS + "–—_":
            end = t
            break
        digit_costs = classes.cost[t, 1:11]
        k = int(digit_costs.argmin())
        ok = digit_costs[k] < (3.0 if started or loose else 0.5)
        if not ok:
            if started:
                end = t
                break
            prev = _BLANK
            continue
        if k + 1 != prev:
            out.append(str(k))
            probs.append(float(classes.digit_probs[t, k]))
            started = True
        prev = k + 1
    number = "".join(out) or None
    if number and not number.strip("0"):
        number = None
    if number is None or not (1 <= len(number) <= 6):
        return None, None, False
    mean = float(np.mean(probs))
    # anything but blanks and the form's underline after the digits is a suffix
    more = any(_LETTER_OR_DIGIT.match(c) for c in classes.top[end:])
    if mean < NUMBER_MIN_PROB:
        return None, mean, more
    return number, mean, more


# -- the requisites line -----------------------------------------------------


def _text(line) -> str:
    return " ".join(w.text for w in line.words)


def _letters(text: str) -> str:
    return re.sub(r"[^А-ЯЁ]", "", text.upper())


def is_kind_heading(text: str) -> bool:
    """A line that is only the kind word of an act (``ПОСТАНОВЛЕНИЕ``, also
    letter-spaced ``П О С Т А Н О В Л Е Н И Е`` or with specks around)."""
    return fold(_letters(text)) in ACT_KINDS


def requisites_line(date: str | None, number: str | None) -> str:
    """The line written in place of a hand-filled one: what was read, only."""
    return " ".join(["от"] + ([date] if date else []) + (["№", number] if number else []))


def _confident(line) -> bool:
    """A line Tesseract read as print: sure of its words, several letters."""
    return statistics.mean(w.conf for w in line.words) >= 80 and len(_letters(_text(line))) >= 5


def find_line(lines, image_size) -> tuple[int, int, int, int] | None:
    """The box of the requisites line below the kind heading, or None when
    there is none or Tesseract read it already."""
    ordered = sorted(lines, key=lambda l: l.top)
    for i, line in enumerate(ordered):
        if is_kind_heading(_text(line)):
            head = line
            break
    else:
        return None
    below = [l for l in ordered[i + 1:] if l.top >= head.bottom - head.height // 2]
    if not below:
        return None
    unit = statistics.median(l.height for l in ordered)
    top = head.bottom + head.height // 2
    # the rest of a heading set on several lines (АДМИНИСТРАЦИИ / Рыбинского
    # муниципального района) comes before the requisites line
    while len(below) > 1 and _confident(below[0]) and not re.search(r"\d", _text(below[0])) \
            and below[0].top < top + 4 * unit:
        top = below[0].bottom + 2
        below = below[1:]
    first = below[0]
    row = [l for l in below
           if min(l.bottom, first.bottom) - max(l.top, first.top) > 0.5 * min(l.height, first.height)]
    text = " ".join(_text(l) for l in sorted(row, key=lambda l: l.left))
    digit_words = [w for l in row for w in l.words if re.search(r"\d", w.text)]
    if find_date(text) and _NUMBER_RE.search(text) \
            and min((w.conf for w in digit_words), default=0) >= PRINTED_MIN_CONF:
        return None  # printed requisites, read by Tesseract (sure of every digit)
    bottom = None
    for l in below:
        if _confident(l) and l.top > top + unit and l not in row:
            bottom = l.top
            break
    limit = top + 6 * unit
    bottom = min(bottom or limit, limit)
    if bottom - top < unit:
        return None
    left = min(l.left for l in ordered)
    right = max(l.right for l in ordered)
    width, height = image_size
    return (max(0, left - unit), top, min(width, right + unit), min(height, bottom))


def _longest_run(row) -> int:
    import numpy as np

    padded = np.concatenate(([0], row.astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    return int((edges[1::2] - edges[::2]).max()) if len(edges) else 0


def _ink_box(crop, unit: int):
    """The handwritten line inside the band: down to the form's underline
    (the place line and a signature's loop below it are cut off), up to the
    first white gap above the writing, and from the left edge of the ink to
    the first wide white gap (specks and page edges at the right)."""
    import numpy as np

    ink = np.asarray(crop.convert("L")) < 140
    height, width = ink.shape
    runs = [_longest_run(r) for r in ink]
    rules = [y for y, n in enumerate(runs) if n > 0.2 * width]
    if rules:
        # the first underline from the top that has writing above it
        firsts = [y for y in rules if ink[max(0, y - unit):y].sum() > unit]
        bottom = (firsts or rules)[0]
        while bottom + 1 < height and runs[bottom + 1] > 0.2 * width:
            bottom += 1
    else:
        rows = np.flatnonzero(ink.sum(axis=1) > 2)
        if not len(rows):
            return None
        bottom = int(rows[-1])
    text = ink.copy()
    for y in rules:
        text[y] = False
    counts = text.sum(axis=1)
    top, white = bottom, 0
    while top > 0 and bottom - top < 4 * unit:
        if counts[top - 1] > 2:
            white = 0
        else:
            white += 1
            if white > unit // 3 and bottom - top > unit:
                break
        top -= 1
    top += white
    cols = text[top:bottom + 1].sum(axis=0) > 1
    xs = np.flatnonzero(cols)
    if not len(xs):
        return None
    # runs of ink columns; a run with little ink (specks, a page edge) is dropped
    segments, start, prev = [], int(xs[0]), int(xs[0])
    for x in list(xs[1:]) + [None]:
        if x is None or x - prev > 3 * unit:
            amount = int(text[top:bottom + 1, start:prev + 1].sum())
            if amount > unit * unit // 2:
                segments.append((max(0, start - 10), min(width, prev + 11)))
            if x is not None:
                start = int(x)
        if x is not None:
            prev = int(x)
    if not segments:
        return None
    return max(0, top - 8), min(height, bottom + 4), segments


def _compose(crop, top: int, bottom: int, segments, gap: int):
    """The ink segments side by side, ``gap`` pixels apart, so the date at
    the left and the number at the far right become one short line."""
    from PIL import Image

    width = sum(b - a for a, b in segments) + gap * (len(segments) + 1)
    line = Image.new("L", (width, bottom - top), 255)
    x = gap
    for a, b in segments:
        line.paste(crop.crop((a, top, b, bottom)).convert("L"), (x, 0))
        x += b - a + gap
    return line


def _runs_merged(digits: str) -> str:
    return re.sub(r"(\d)\1+", r"\1", digits)


def agreed_digits(reads, cuts: int) -> str | None:
    """The digits most cuts read (``decode_number`` results), or None when
    there is no majority. Cuts that differ only in how many times a digit
    repeats vote together, for the longest of their readings: CTC merges a
    digit written twice unless it sees a gap between them, so a cut reading
    1110 saw what the cuts reading 110 missed."""
    votes = [r[0] for r in reads if r[0]]
    if not votes:
        return None
    groups: dict[str, list[str]] = {}
    for v in votes:
        groups.setdefault(_runs_merged(v), []).append(v)
    best = max(groups.values(), key=len)
    if len(best) * 2 <= cuts:
        return None  # the cuts disagree
    return max(best, key=lambda v: (len(v), best.count(v)))


def read_requisites(image, lines, today: _dt.date | None = None) -> HandRead | None:
    """Date and number written by hand on the page's requisites line."""
    if _session() is None:
        return None
    box = find_line(lines, image.size)
    if box is None:
        return None
    crop = image.crop(box)
    unit = max(8, int(statistics.median(l.height for l in lines)))
    ink = _ink_box(crop, unit)
    if ink is None:
        return None
    top, bottom, segments = ink

    def cuts(segs) -> list[_Classes]:
        """The ink segments ``segs`` read as one line, once per cut of ``VARIANTS``."""
        out = []
        for gap, pad in VARIANTS:
            probs, chars = probabilities(_compose(crop, max(0, top - pad), min(crop.height, bottom + pad),
                                                  segs, int(unit * gap)))
            out.append(_Classes(probs, chars))
        return out

    variants = cuts(segments)
    date, cost, ends, other_years = _decode_date(variants, today)
    # without a date to start after, only digits right after a "№" count
    reads = [decode_number(v, e + 1 if date else 0, anchored=date is None)
             for v, e in zip(variants, ends)]
    digits_only = False
    if date is None and len(segments) > 1 and not any(r[0] for r in reads):
        # no date read and the "№" not recognised: a form with the date at the
        # left and the number at the right (a date in words, "11 марта 2015 г.",
        # that a Latin model cannot read) still gives the number's digits,
        # the ink of the last segment read alone. Kept as digits only (for
        # search and the card), never as the number: without the "№" to start
        # from, a digit can be lost at the segment's edge (5 for 75).
        digits_only = True
        reads = [decode_number(v, 0) for v in cuts(segments[-1:])]
    digits = agreed_digits(reads, len(variants))
    if date is None and len(segments) > 1:
        # the date stands at the left of the line ("28.10.2016   г. Липецк
        # № 166-к"): glued to the printed place and number, its frames may
        # lose their margin over the next best date; its own ink read alone
        # is held to the same cost and margin
        date, cost, _, other_years = _decode_date(cuts(segments[:1]), today)
    chosen = [r for r in reads if r[0] == digits] if digits else []
    prob = min(r[1] for r in chosen) if chosen else None
    suffix = any(r[2] for r in chosen)
    unanimous = len(chosen) == len(variants)
    box = (box[0] + segments[0][0], box[1] + top, box[0] + segments[-1][1], box[1] + bottom)
    number = digits if digits and unanimous and not suffix and prob >= NUMBER_WHOLE_PROB \
        and not digits_only else None
    return HandRead(date, number, digits, round(cost, 2),
                    None if prob is None else round(prob, 2), box, other_years,
                    anchored=bool(digits) and not digits_only)
