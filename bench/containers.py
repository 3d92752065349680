"""Container-metamorphic bench of the requisites: the same act, delivered in a file.

    .venv/bin/python bench/containers.py                    # a seeded sample of acts, all layouts
    .venv/bin/python bench/containers.py --acts 80 --seed 2 # a bigger or other sample (default 40)
    .venv/bin/python bench/containers.py --full             # every act that decomposes
    .venv/bin/python bench/containers.py --misses corner    # what a layout (or container) lost
    .venv/bin/python bench/containers.py --only docx,rtf --layouts plain,corner
    .venv/bin/python bench/containers.py --no-soffice       # DOCX only (no LibreOffice)

Each act whose text and gold we may tune on -- realdocs' born-digital files,
the ODD half of realdocs2 (texts cached by ``bench/requisites2.py``; the even
half is never loaded) and the held-out samples under ``$ACTDESK_SAMPLES`` (default ``bench/out``)
(``--heldout`` to name others) -- is cut into its heading (the issuer's and
kind lines, the date and number, the place, the title) and its text, using
the gold to find the parts; an act whose heading does not cut cleanly is
left out (counted). The cut act, as plain lines, is the reference: fields
right on it are "right before".

It is then laid out as Russian offices lay out an act, in the layouts
catalogued from the delivered files of realdocs and the odd half (see
``LAYOUTS``: centred lines with a tab-stop requisites line; a «продольный»
blank under a coat of arms; the heading as a borderless table with date |
place | number; the «угловой» blank of ГОСТ Р 7.0.97-2016, the heading in
the left cell beside an empty or emblem cell; date | place | number as one
table row under centred lines; the heading in the first page's header;
text boxes; a fill-in row «от | date | № | number»; a closing signature as
a two-cell table wherever the act has one) and written as DOCX (python-docx), and from that DOCX as RTF,
ODT, Word 97 DOC and PDF by LibreOffice (headless; without it only DOCX runs,
and the table says so). Each file is read back by the product's own reader
(``ingest.formats.read``) and ``extract_acts`` runs on its text and meta as
the import does. A cell is fields kept / fields right on the text: a loss
is the reader's (order, tables, headers, boxes), not the rules'.

LibreOffice's output is cached by the DOCX's SHA-256 under
``bench/out/containers`` (reruns after a reader fix convert nothing); the
reader and the extraction run every time. Seeded and deterministic.
"""
from __future__ import annotations

import argparse
import os
import hashlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.metamorphic import cases as text_cases  # noqa: E402
from bench.metamorphic_edits import Case  # noqa: E402
from bench.requisites2 import FIELDS  # noqa: E402
from ingest.formats import read  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from ingest.ru_dates import find_date  # noqa: E402
from tests.gold import norm, same  # noqa: E402

OUT = ROOT / "bench" / "out" / "containers"
# held-out text samples: $ACTDESK_SAMPLES, else this checkout's bench/out (git-ignored:
# third-party text never enters the repository); a folder missing is no sample
SAMPLES = Path(os.environ.get("ACTDESK_SAMPLES") or ROOT / "bench" / "out")
CONTAINERS = ("docx", "rtf", "odt", "doc", "pdf")
SOFFICE_FILTERS = {"rtf": "rtf", "odt": "odt", "doc": "doc:MS Word 97", "pdf": "pdf:writer_pdf_Export"}


# --- cutting an act into its heading and text ------------------------------------------------

@dataclass(frozen=True)
class Cut:
    cid: str
    top: tuple[str, ...]      # issuer and kind lines, in their order
    kind_at: int | None       # index in ``top`` of the kind line alone (None: none alone)
    date: str                 # the date part of the requisites line(s)
    number: str               # the number part («№ 12-п»)
    joined: bool              # date and number were one line
    place: tuple[str, ...]    # «г. Заречный» lines between the requisites and the title
    title: tuple[str, ...]
    rest: tuple[str, ...]     # the text's paragraphs after the title
    sign: tuple[str, str] | None  # a closing signature: (position lines, name)
    gold: dict

    def text(self) -> str:
        """The cut act as plain lines: the reference the containers are held to."""
        req = [f"{self.date} {self.number}"] if self.joined else [self.date, self.number]
        out = list(self.top) + req + list(self.place) + [""] + list(self.title) + [""]
        out += [p for r in self.rest for p in (r, "")]
        if self.sign:
            out += self.sign[0].split("\n") + [self.sign[1]]
        return "\n".join(out) + "\n"


_NUM_SIGN = re.compile(r"(?:№|N|No\.?)\s*$")
_PLACE = re.compile(r"(?i)^(?:г\.|гор\.|город|с\.|село|п\.|пос\.|пгт|р\.\s?п\.|ст\.|ст-ца|д\.|х\.|аул)\s*\S")
_INITIALS = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*$|"
                       r"[А-ЯЁ][а-яё]+\s+(?:[А-ЯЁ]\.\s?){1,2}\s*$")


def _kind_alone(line: str, kind: str) -> bool:
    return norm(line).replace(" ", "") == norm(kind).replace(" ", "")


def _title_span(lines: list[str], start: int, title: str) -> int | None:
    """The end of the lines from ``start`` that make up ``title`` exactly."""
    want = norm(title)
    acc = ""
    for j in range(start, min(len(lines), start + 12)):
        acc = (acc + " " + norm(lines[j])).strip()
        if same("title", acc, title) or same("title", acc.rstrip("."), title.rstrip(".")):
            return j + 1
        if not want.startswith(acc[: max(1, len(acc) - 2)]):
            return None
    return None


def _first(v):
    return v[0] if isinstance(v, tuple) else v


def cut(case: Case) -> Cut | None:
    """The act's parts found by its gold, or None when they do not line up."""
    g = {f: _first(v) for f, v in case.gold.items()}
    if not all(g.get(f) for f in FIELDS):
        return None
    bodies = [norm(b) for b in case.gold["body"] if b]
    lines = [ln.strip() for ln in case.text.split("\n")]
    lines = [ln for ln in lines if ln]
    number = str(g["number"])
    num_re = re.compile(r"(?<![\w/-])" + re.escape(number).replace(r"\ ", r"\s*") + r"(?![\w/-])", re.I)
    for r, line in enumerate(lines[:60]):
        m = num_re.search(line)
        if not m or len(line) > 90:
            continue
        head = line[:m.start()].rstrip()
        sign = _NUM_SIGN.search(head)
        date_part = head[:sign.start()].rstrip() if sign else head
        num_part = line[sign.start():] if sign else line[m.start():]
        joined = True
        if not re.search(r"\d{4}|\d\d\.\d\d\.\d\d", date_part):
            # the date on the line above (a blank's two-line requisites)
            if r and re.search(r"\d{4}|\d\d\.\d\d\.\d\d", lines[r - 1]) and len(lines[r - 1]) < 40 \
                    and not date_part:
                date_part, joined = lines[r - 1], False
                r0 = r - 1
            else:
                continue
        else:
            r0 = r
        # a place printed on the requisites line (between the date and the number, or after
        # the number) is the place: it goes between them, in its own cell where there are cells
        inline_place = []
        found = find_date(date_part)
        if found and joined:
            tail = date_part[found[2]:]
            year = re.match(r"\s*(?:г\.|года|год)?", tail)
            rest_of = tail[year.end():].strip(" ,\t")
            if rest_of and re.search(r"[А-ЯЁа-яё]{3}", rest_of):
                inline_place.append(rest_of)
                date_part = date_part[:found[2]] + tail[:year.end()]
        after = line[m.end():].strip(" ,\t")
        if after and re.search(r"[А-ЯЁа-яё]{3}", after):
            inline_place.append(after)
            num_part = num_part[:len(num_part) - len(line[m.end():])]
        # the heading's top: from the first line that is part of the body or the kind line
        top_end = r0
        s = None
        for i in range(top_end):
            n = norm(lines[i])
            if len(n) >= 4 and any(n in b or b in n for b in bodies) or _kind_alone(lines[i], g["kind"]):
                s = i
                break
        if s is None or top_end - s > 8 or top_end == s:
            continue
        top = lines[s:top_end]
        if any(len(x) > 160 for x in top):
            continue
        if not any(_kind_alone(x, g["kind"]) for x in top):
            continue
        # place lines, then the title
        t = r + 1
        place = inline_place[:1]
        while t < len(lines) and len(place) < 2 and _PLACE.match(lines[t]) and len(lines[t]) < 40:
            place.append(lines[t])
            t += 1
        u = _title_span(lines, t, g["title"])
        if u is None:
            continue
        rest = lines[u:u + 40]
        sign_block = None
        tail = [x for x in rest[-3:]]
        if tail and _INITIALS.search(tail[-1]) and all(len(x) < 80 for x in tail):
            m2 = _INITIALS.search(tail[-1])
            pos = tail[-1][:m2.start()].strip()
            name = tail[-1][m2.start():].strip()
            above = [x for x in tail[:-1] if not x.endswith((".", ";", ":"))][-2:]
            position = "\n".join(above + ([pos] if pos else []))
            if position:
                rest = rest[:len(rest) - 1 - len([x for x in tail[:-1] if x in above])]
                sign_block = (position, name)
        kind_at = next((i for i, x in enumerate(top) if _kind_alone(x, g["kind"])), None)
        return Cut(case.cid, tuple(top), kind_at, date_part.strip(), num_part.strip(), joined,
                   tuple(place), tuple(lines[t:u]), tuple(rest), sign_block, case.gold)
    return None


# --- layouts: how offices lay an act out -----------------------------------------------------

def _b():
    from corpus import build as B
    return B


def _doc():
    return _b()._new_doc("Общий отдел", "")


def _lines_para(container, lines, align="center", bold=True):
    return _b()._para(container, "\n".join(lines), align, bold=bold)


def _text_after(doc, c: Cut, title_in_doc: bool = True) -> None:
    B = _b()
    if title_in_doc:
        B._para(doc)
        B._para(doc, "\n".join(c.title), "left", bold=True, right_indent_cm=7.0)
    B._para(doc)
    for p in c.rest:
        B._para(doc, p, "justify", indent=True)
    if c.sign:
        B._para(doc)
        _sign_table(doc, c.sign)


def _sign_table(doc, sign) -> None:
    """The signature as a two-cell borderless table (position | name)."""
    from docx.shared import Cm
    B = _b()
    t = doc.add_table(rows=1, cols=2)
    B._no_borders(t)
    t.cell(0, 0).width, t.cell(0, 1).width = Cm(11), Cm(5.5)
    B._cell_text(t.cell(0, 0), sign[0], "left")
    B._cell_text(t.cell(0, 1), "\n" * sign[0].count("\n") + sign[1], "right")


def _req_tab(doc, c: Cut) -> None:
    """Date at the left margin, the number at a right tab stop; two lines when printed so."""
    B = _b()
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm
    if not c.joined:
        B._para(doc, c.date, "left")
        B._para(doc, c.number, "left")
        return
    p = B._para(doc, "", "left")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(f"{c.date}\t{c.number}")


def lay_plain(c: Cut, rng):
    """Centred lines, the requisites on one line with a tab stop (the control)."""
    doc = _doc()
    for x in c.top:
        _lines_para(doc, [x])
    _req_tab(doc, c)
    for x in c.place:
        _b()._para(doc, x, "center")
    _text_after(doc, c)
    return doc


def lay_emblem(c: Cut, rng):
    """The «продольный» blank: a coat of arms above centred lines, the place centred under."""
    from docx.shared import Cm
    B = _b()
    doc = _doc()
    pic = B._para(doc, "", "center")
    import io
    pic.add_run().add_picture(io.BytesIO(B.emblem_png()), width=Cm(1.5))
    for x in c.top:
        _lines_para(doc, [x])
    B._para(doc)
    _req_tab(doc, c)
    for x in c.place:
        B._para(doc, x, "center")
    _text_after(doc, c)
    return doc


def _date_place_number(B, cells, c: Cut, widths) -> None:
    """The row a blank prints its requisites in: date left, place centred, number right."""
    from docx.shared import Cm
    for cell, w in zip(cells, widths):
        cell.width = Cm(w)
    B._cell_text(cells[0], c.date, "left")
    B._cell_text(cells[1], "\n".join(c.place), "center")
    B._cell_text(cells[2], c.number, "right")


def lay_table(c: Cut, rng):
    """The heading as a borderless table: issuer, kind, then date | place | number."""
    B = _b()
    doc = _doc()
    kind = c.top[c.kind_at] if c.kind_at == len(c.top) - 1 else None
    upper = c.top[:-1] if kind else c.top
    t = doc.add_table(rows=3, cols=3)
    B._no_borders(t)
    B._cell_text(t.cell(0, 0).merge(t.cell(0, 2)), "\n".join(upper), "center", bold=True)
    B._cell_text(t.cell(1, 0).merge(t.cell(1, 2)), kind or "", "center", bold=True)
    _date_place_number(B, [t.cell(2, i) for i in range(3)], c, (5.5, 5.5, 5.5))
    _text_after(doc, c)
    return doc


def lay_corner(c: Cut, rng):
    """ГОСТ Р 7.0.97's «угловой» blank: the heading in the left cell of a two-column
    table beside an empty cell or the emblem; the title in that cell or under it."""
    from docx.shared import Cm
    import io
    B = _b()
    doc = _doc()
    t = doc.add_table(rows=1, cols=2)
    B._no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Cm(8.5), Cm(8.0)
    lines = list(c.top) + ([f"{c.date} {c.number}"] if c.joined else [c.date, c.number]) + list(c.place)
    B._cell_text(left, "\n".join(lines), "center", bold=True)
    title_in_cell = rng.random() < 0.5
    if title_in_cell:
        B._para(left, "")
        B._para(left, "\n".join(c.title), "left", bold=True)
    if rng.random() < 0.5:
        B._cell_text(right, "", "center")
        right.paragraphs[0].add_run().add_picture(io.BytesIO(B.emblem_png()), width=Cm(1.2))
    _text_after(doc, c, title_in_doc=not title_in_cell)
    return doc


def lay_daterow(c: Cut, rng):
    """Centred heading lines, then date | place | number as one table row."""
    B = _b()
    doc = _doc()
    for x in c.top:
        _lines_para(doc, [x])
    B._para(doc)
    t = doc.add_table(rows=1, cols=3)
    B._no_borders(t)
    _date_place_number(B, [t.cell(0, i) for i in range(3)], c, (6.0, 4.5, 6.0))
    _text_after(doc, c)
    return doc


def lay_header(c: Cut, rng):
    """The issuer and kind lines in the first page's header section (half the
    acts: the requisites too, as a table row of the header)."""
    B = _b()
    doc = _doc()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hdr = sec.first_page_header
    first = True
    for x in c.top:
        if first:
            p = hdr.paragraphs[0]
            p.text = x
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first = False
        else:
            _lines_para(hdr, [x])
    if rng.random() < 0.5:
        _req_tab(doc, c)
    else:  # the whole blank in the header: the requisites as its last row
        from docx.shared import Cm
        t = hdr.add_table(rows=1, cols=2, width=Cm(16.5))
        B._no_borders(t)
        B._cell_text(t.cell(0, 0), c.date if c.joined else f"{c.date}\n{c.number}", "left")
        B._cell_text(t.cell(0, 1), c.number if c.joined else "", "right")
    for x in c.place:
        B._para(doc, x, "center")
    _text_after(doc, c)
    return doc


_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0"
 relativeHeight="{rel}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{rel}" name="Text Box {rel}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"
 lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>"""
_EMU_CM = 360000


def _box(rel: int, x_cm: float, y_cm: float, w_cm: float, h_cm: float, lines, jc="center"):
    from xml.sax.saxutils import escape
    from docx.oxml import parse_xml
    paras = "".join(f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                    f'<w:t xml:space="preserve">{escape(x)}</w:t></w:r></w:p>' for x in lines)
    return parse_xml(_BOX.format(rel=rel, x=int(x_cm * _EMU_CM), y=int(y_cm * _EMU_CM),
                                 cx=int(w_cm * _EMU_CM), cy=int(h_cm * _EMU_CM), paras=paras))


def lay_textbox(c: Cut, rng):
    """A form whose heading and requisites are text boxes over the blank (the
    boxes stored in the order they were drawn: sometimes the date's first)."""
    B = _b()
    doc = _doc()
    top_h = sum(0.65 * (1 + len(x) // 48) for x in c.top) + 0.5
    head = _box(1, 3.0, 1.5, 16.5, top_h, c.top)
    req = (_box(2, 3.0, 1.7 + top_h, 6.0, 1.0, [c.date] + ([] if c.joined else [c.number]), "left"),
           _box(3, 14.0, 1.7 + top_h, 5.5, 1.0, [c.number] if c.joined else [""], "right"))
    p = B._para(doc, "", "left")
    boxes = [head, *req] if rng.random() < 0.5 else [*req, head]
    for el in boxes:
        p._p.append(el)
    for _ in range(int(top_h + 2)):
        B._para(doc)
    for x in c.place:
        B._para(doc, x, "center")
    _text_after(doc, c)
    return doc


_OT = re.compile(r"(?i)^(от)\s+(.+)$")


def lay_cells(c: Cut, rng):
    """A fill-in blank: «от», the date, «№» and the number each in a cell of one row
    under centred heading lines (the date cell and the number cell underlined on paper)."""
    from docx.shared import Cm
    B = _b()
    doc = _doc()
    for x in c.top:
        _lines_para(doc, [x])
    B._para(doc)
    m = _OT.match(c.date)
    ot, date = (m.group(1), m.group(2)) if m else ("", c.date)
    n = re.match(r"(№|N)\s*(.+)$", c.number)
    sign, number = (n.group(1), n.group(2)) if n else ("", c.number)
    t = doc.add_table(rows=1, cols=5)
    B._no_borders(t)
    for i, (w, x, al) in enumerate(((1.0, ot, "left"), (5.0, date, "center"), (5.5, "", "center"),
                                    (1.0, sign, "right"), (4.0, number, "center"))):
        t.cell(0, i).width = Cm(w)
        B._cell_text(t.cell(0, i), x, al)
    for x in c.place:
        B._para(doc, x, "center")
    _text_after(doc, c)
    return doc


LAYOUTS = {
    "plain": lay_plain,
    "emblem": lay_emblem,
    "table": lay_table,
    "corner": lay_corner,
    "daterow": lay_daterow,
    "header": lay_header,
    "textbox": lay_textbox,
    "cells": lay_cells,
}


# --- writing and reading back ----------------------------------------------------------------

def docx_bytes(doc) -> bytes:
    import io
    buf = io.BytesIO()
    doc.save(buf)
    return _b()._fixed_zip(buf.getvalue())


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_all(sources: dict[str, Path], fmt: str, progress) -> dict[str, Path]:
    """Each DOCX converted to ``fmt`` (cached by the DOCX's hash); one LibreOffice run
    for all the files not yet converted."""
    ext = fmt.split(":")[0]
    out, todo = {}, []
    for key, src in sources.items():
        digest = hashlib.sha256(src.read_bytes()).hexdigest()[:24]
        target = OUT / "converted" / f"{digest}.{ext}"
        out[key] = target
        if not target.exists():
            todo.append((src, target))
    if todo:
        exe = soffice()
        profile = Path(tempfile.gettempdir()) / "actdesk-containers-lo-profile"
        with tempfile.TemporaryDirectory() as td:
            td = Path(td)
            for i in range(0, len(todo), 40):
                chunk = todo[i:i + 40]
                progress(f"LibreOffice → {ext}: {i + len(chunk)}/{len(todo)}")
                subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                                "--convert-to", fmt, "--outdir", str(td)] + [str(s) for s, _ in chunk],
                               capture_output=True, timeout=900)
                for s, target in chunk:
                    made = td / (s.stem + "." + ext)
                    if made.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.move(str(made), target)
    return out


def fields_of(text: str, meta: dict | None) -> dict:
    acts = extract_acts(text, meta) if meta is not None else extract_acts(text)
    a = acts[0] if acts else None
    return {f: getattr(a, f) if a else None for f in FIELDS}


def right(c: Cut, got: dict) -> dict[str, bool]:
    return {f: any(same(f, w, got[f]) for w in (c.gold[f] if isinstance(c.gold[f], tuple)
                                                 else (c.gold[f],))) for f in FIELDS}


def heldout_dirs() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("heldout*") if (p / "gold.py").exists()
                  and (p / "cases").is_dir() and all(x.suffix == ".txt" for x in (p / "cases").iterdir()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--acts", type=int, default=40, help="acts in the sample (default 40)")
    ap.add_argument("--full", action="store_true", help="every act that cuts cleanly")
    ap.add_argument("--only", default="", help="containers, comma-separated (default all)")
    ap.add_argument("--layouts", default="", help="layouts, comma-separated (default all)")
    ap.add_argument("--misses", default="", help="print losses of these layouts/containers ('all')")
    ap.add_argument("--no-soffice", action="store_true", help="DOCX only")
    ap.add_argument("--heldout", type=Path, action="append", default=None,
                    help="held-out folders (default every heldout* text sample in $ACTDESK_SAMPLES, else bench/out)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()

    def progress(msg: str) -> None:
        print(f"[{time.perf_counter() - t0:6.1f} s] {msg}", file=sys.stderr, flush=True)

    containers = [c for c in CONTAINERS if not args.only or c in args.only.split(",")]
    layouts = {k: v for k, v in LAYOUTS.items() if not args.layouts or k in args.layouts.split(",")}
    missing = []
    if args.no_soffice or not soffice():
        missing = [c for c in containers if c != "docx"]
        containers = [c for c in containers if c == "docx"]
    progress("loading acts")
    everything = text_cases(args.heldout if args.heldout is not None else heldout_dirs())
    cuts = [x for x in (cut(c) for c in everything) if x is not None]
    progress(f"{len(everything)} acts, {len(cuts)} cut cleanly")
    rng = random.Random(args.seed)
    # the sample: realdocs and odd-half acts first (few, delivered), then held-out ones
    own = [c for c in cuts if not c.cid.startswith("heldout")]
    others = [c for c in cuts if c.cid.startswith("heldout")]
    rng.shuffle(others)
    k_own = min(len(own), args.acts // 2)
    sample = cuts if args.full else sorted(rng.sample(own, k_own), key=lambda c: c.cid) \
        + others[:args.acts - k_own]
    base = {}
    for c in sample:
        base[c.cid] = right(c, fields_of(c.text(), None))
    progress(f"sample of {len(sample)} acts × {len(layouts)} layouts × {len(containers)} containers")

    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="actdesk-containers-"))
    files: dict[tuple[str, str], dict[str, Path]] = defaultdict(dict)
    for lname, lay in layouts.items():
        for c in sample:
            r = random.Random(zlib.crc32(f"{args.seed}:{lname}:{c.cid}".encode()))
            key = re.sub(r"\W+", "_", f"{lname}_{c.cid}")
            path = work / f"{key}.docx"
            path.write_bytes(docx_bytes(lay(c, r)))
            files[(lname, c.cid)]["docx"] = path
    progress(f"{len(files)} DOCX written")
    for fmt in containers:
        if fmt == "docx":
            continue
        conv = convert_all({k: v["docx"] for k, v in files.items()}, SOFFICE_FILTERS[fmt], progress)
        for k, p in conv.items():
            files[k][fmt] = p

    kept = defaultdict(lambda: defaultdict(int))
    was = defaultdict(lambda: defaultdict(int))
    losses = []
    by_cid = {c.cid: c for c in sample}
    n = 0
    for (lname, cid), paths in files.items():
        c = by_cid[cid]
        for fmt in containers:
            n += 1
            if n % 50 == 0:
                progress(f"read {n}/{len(files) * len(containers)}")
            p = paths.get(fmt)
            text = ""
            if p is None or not p.exists():
                got = {f: None for f in FIELDS}
                text = "(not converted)"
            else:
                try:
                    parsed = read(p)
                    text = parsed.text
                    got = fields_of(parsed.text, dict(parsed.meta))
                except Exception as ex:  # counted as lost, printed with --misses
                    got = {f: None for f in FIELDS}
                    text = f"{type(ex).__name__}: {ex}"
            ok = right(c, got)
            for f in FIELDS:
                if not base[cid][f]:
                    continue
                for key in ((fmt, lname), (fmt, "ALL"), ("ALL", lname)):
                    was[key][f] += 1
                    kept[key][f] += ok[f]
                if not ok[f]:
                    losses.append((fmt, lname, c, f, got[f], text))

    print(f"{len(sample)} acts (of {len(cuts)} cut cleanly, {len(everything)} loaded); seed {args.seed}; "
          "cells: fields kept in the container / fields right on the act's text")
    if missing:
        print(f"LibreOffice {'not used' if args.no_soffice else 'not found'}: "
              f"{', '.join(missing)} not run")
    print(f"{'container':10}{'layout':9}" + "".join(f"{f:>10}" for f in FIELDS) + f"{'ALL':>20}")
    rows = [(fmt, ln) for fmt in containers for ln in list(layouts) + ["ALL"]]
    rows += [("ALL", ln) for ln in layouts]
    for key in rows:
        tk, tr = sum(kept[key].values()), sum(was[key].values())
        print(f"{key[0]:10}{key[1]:9}" + "".join(f"{kept[key][f]:>5}/{was[key][f]:<4}" for f in FIELDS)
              + f"{tk:>7}/{tr:<5}{tk / max(tr, 1):>7.1%}")
    tk = sum(sum(kept[(fmt, 'ALL')].values()) for fmt in containers)
    tr = sum(sum(was[(fmt, 'ALL')].values()) for fmt in containers)
    print(f"{'TOTAL':19}{'':50}{tk:>7}/{tr:<5}{tk / max(tr, 1):>7.1%}")
    if args.misses:
        wanted = set(args.misses.split(","))
        print("\nlosses:")
        for fmt, lname, c, f, got, text in losses:
            if "all" not in wanted and fmt not in wanted and lname not in wanted:
                continue
            want = c.gold[f][0] if isinstance(c.gold[f], tuple) else c.gold[f]
            print(f"  {fmt:5} {lname:8} {c.cid:28} {f:6} got  {str(got)[:90]!r}\n"
                  f"  {'':44} {'':6} want {str(want)[:90]!r}")
            head = [x for x in text.split("\n") if x.strip()][:8]
            for x in head:
                print(f"  {'':50}| {x[:100]}")
    shutil.rmtree(work, ignore_errors=True)
    progress("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
