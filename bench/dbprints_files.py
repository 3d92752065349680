"""Legal databases' EXPORTS as real files: bench/dbprints.py's prints written as RTF, DOCX and PDF (issue 12).

    .venv/bin/python bench/dbprints_files.py                    # per database × format, per layout
    .venv/bin/python bench/dbprints_files.py --misses title     # and each field lost ('all' or fields)
    .venv/bin/python bench/dbprints_files.py --seed 2 --n 30    # other draws, more acts
    .venv/bin/python bench/dbprints_files.py --formats docx     # DOCX only (no LibreOffice)

Where the material comes from: nothing here is copied. The acts and their
prints are ``bench/dbprints.py``'s (imported: its ``draw_print`` over
``bench/bodies.py``'s grammar, our own wording, fictional Тестовская область /
Заречный район / Сосновское поселение). This bench lays each print out as the
databases' exports are known to be laid out (the shapes issue 12 lists,
written anew from what such a file shows, no file copied):

* ``consultant`` (ConsultantPlus's «Сохранить в Word/PDF»): a cover page — the
  banner, the one-line heading in the genitive with ``(ред. от …)`` and the
  title in straight quotes, ``Документ предоставлен КонсультантПлюс``,
  ``www.consultant.ru``, ``Дата сохранения: …`` — then a page break, the
  heading block, the change list (``Список изменяющих документов`` and its
  ``(в ред. …)``) in a framed one-cell table; from page 2 a running header
  (the one-line heading left, ``Документ предоставлен КонсультантПлюс`` /
  ``Дата сохранения`` right) and footer (``КонсультантПлюс`` / ``надежная
  правовая поддержка``, ``www.consultant.ru``, ``Страница N из M`` by page
  fields), in Arial as the export sets it;
* ``garant`` (Garant's export): the one-line heading on top, the notes
  (``ГАРАНТ:``, ``Информация об изменениях:``) in framed cells, a running
  footer ``Система ГАРАНТ`` with ``N/M`` by page fields and, in some draws, the
  one-line heading as a running header; Times New Roman;
* ``kodeks`` (Kodeks / Техэксперт's print): the page's heading and the
  status words on their own first page (a page break after them) in some
  draws, a running header with the title ``(с изменениями на …)`` and a
  running footer ``Внимание! Документ …`` with ``Страница N``.

The page is narrow and short in some draws (a pocket page, large type), so
the heading block or a long title crosses a page break and a PDF's text layer
carries the running header and footer into its middle. The DOCX is written
with python-docx (raw XML for page fields and borders), LibreOffice converts it
into RTF and PDF (``soffice --headless --convert-to``, one call per format;
files named by their hash and cached under ``/var/tmp/dbprints-files``), each
file is read through the import's own path (``ingest.formats.read`` then
``extract_acts`` on its text and meta, ``ingest.status.read_status`` for the
status, as ``bench/formats.py`` and ``bench/dbprints.py`` do) and scored
against dbprints' truth per database × format and per layout feature.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

import docx as python_docx
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bodies_files  # noqa: E402
from bodies import print_misses, tally  # noqa: E402
from dbprints import FIELDS, Act, _straight, _table, draw_print  # noqa: E402

from ingest.formats import read  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from ingest.running import drop_running  # noqa: E402
from ingest.status import read_status  # noqa: E402
from tests.gold import same  # noqa: E402

CACHE = Path("/var/tmp/dbprints-files")
VERSION = 4  # of the layouts: raise it when build() changes, so the cached files are written again
PRINTERS = ("consultant", "garant", "kodeks")
FORMATS = ("docx", "rtf", "pdf")
SOFFICE = {"rtf": "rtf:Rich Text Format", "pdf": "pdf:writer_pdf_Export"}
FONT = {"consultant": "Arial", "garant": "Times New Roman", "kodeks": "Arial"}
# the chrome dbprints types into its text that an export prints as a running footer instead
FOOTER_LINES = ("КонсультантПлюс", "надежная правовая поддержка", "www.consultant.ru")


# --- the print cut into its parts ------------------------------------------------------

def cut(act: Act) -> dict:
    """dbprints' print cut into what stands before the heading block (a
    cover), the heading block and the title, the change list, the notes, the
    operative text; the typed page-footer lines dropped (the file prints its own)."""
    lines = act.text.split("\n")
    while lines and (lines[-1] in FOOTER_LINES or lines[-1].startswith("Страница ") or not lines[-1].strip()):
        lines.pop()
    op = next(i for i, x in enumerate(lines) if x.startswith("В соответствии с Федеральным законом"))
    head = lines[:op]
    # the cover: the database's paragraphs before the heading block (its chrome, status words,
    # the one-line heading, the page's heading), each paragraph a run of lines up to a blank one
    at = 0
    while at < len(head):
        end = next((j for j in range(at, len(head)) if not head[j].strip()), len(head))
        if not _cover_line(head[at], act):
            break
        at = end + 1
    return {"lines": head, "rest": lines[op:], "cover": head[:at], "after": head[at:]}


COVER_WORDS = ("Документ предоставлен", "Документ утратил", "Утратил силу", "(утратил силу", "Недействующий",
               "Действующий", "Редакция от", "Информация об изменениях")


def _cover_line(first: str, act: Act) -> bool:
    """A paragraph of the database's own above the heading block (``first`` its first line)."""
    if not first.strip() or first.startswith(COVER_WORDS):
        return True
    if first.startswith(act.gold["kind"][0].capitalize() + " ") and " от " in first:
        return True   # the one-line heading in the genitive
    return _bare(first)[:30] == _bare(act.gold["title"][0])[:30]   # the page's heading: the title


def one_line(act: Act, edits: str = "") -> str:
    """The database's one-line heading (the genitive) as its running header prints it."""
    for x in act.text.split("\n"):
        if " от " in x and " N " in x and not x.startswith(("(", "Утратил", "Пункт")) and len(x) < 400 \
                and x.split()[0].lower() == act.gold["kind"][0]:
            return x.split(' "')[0] + edits + " " + _straight('"' + act.gold["title"][0] + '"')
    return ""


def _bare(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _paragraphs(lines: list[str]) -> list[str]:
    """A framed note's lines as its paragraphs: a heading line alone, a wrapped
    ``(в ред. …)`` or a note's sentence joined (the print's line ends are wrapping)."""
    out: list[str] = []
    for y in lines:
        if not y.strip():
            out.append("")
        elif out and out[-1] and out[-1] not in ("Список изменяющих документов", "ГАРАНТ:",
                                                 "Информация об изменениях:"):
            out[-1] += " " + y
        else:
            out.append(y)
    return [y for y in out if y]


# --- the DOCX ------------------------------------------------------------------------

def _field(paragraph, code: str, shown: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {code} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


def _frame(table) -> None:
    """Single borders round a table (a change list's box)."""
    borders = "".join(f'<w:{s} w:val="single" w:sz="6" w:space="0" w:color="auto"/>'
                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))


def draw_layout(rng: random.Random, act: Act) -> dict:
    pocket = rng.random() < 0.5
    lay = {"page": "pocket" if pocket else "A4",
           "type": rng.choice((12, 14)) if pocket else rng.choice((10, 12)),
           "height": rng.choice((9.0, 10.5, 12.0, 14.0)) if pocket else 29.7,
           "width": rng.choice((10.5, 12.0, 14.8)) if pocket else 21.0}
    if act.printer == "garant":
        lay["running header"] = "one-line heading" if rng.random() < 0.5 else "none"
    if act.printer == "kodeks":
        lay["cover"] = "page heading alone" if rng.random() < 0.5 else "none"
    return lay


def build(act: Act, lay: dict, path: Path) -> None:
    printer = act.printer
    c = cut(act)
    doc = python_docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT[printer], Pt(lay["type"])
    normal.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(lay["width"]), Cm(lay["height"])
    m = Cm(1.5) if lay["page"] == "pocket" else Cm(2)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = m
    sec.header_distance = sec.footer_distance = Cm(0.6)
    saved = "12.03.2024"
    edits = ""
    for x in act.text.split("\n"):
        if x.startswith("(ред. от "):
            edits = " " + x
    heading = one_line(act, edits)

    def par(text: str = "", *, bold=False, align=None, size=None, where=None):
        p = (where or doc).add_paragraph()
        if align is not None:
            p.alignment = align
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        return p

    def small_par(where, text, align=None):
        return par(text, size=8, align=align, where=where)

    lines = c["lines"]
    before, after = c["cover"], c["after"]

    def put(seq: list[str]) -> None:
        """Lines as paragraphs; a change list or a database's note in a framed cell."""
        i = 0
        while i < len(seq):
            x = seq[i]
            boxed = (x == "Список изменяющих документов" or x.startswith(("(в ред.", "ГАРАНТ:",
                                                                           "Информация об изменениях")))
            if boxed:
                j = i
                while j < len(seq) and seq[j].strip():
                    j += 1
                if x in ("ГАРАНТ:", "Информация об изменениях:"):   # a note: up to its paragraph's end
                    j = j + 1
                    while j < len(seq) and seq[j].strip():
                        j += 1
                t = doc.add_table(rows=1, cols=1)
                _frame(t)
                cell = t.rows[0].cells[0]
                first = True
                for y in _paragraphs(seq[i:j]):
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run(y).font.size = Pt(max(lay["type"] - 2, 8))
                i = j
                continue
            j = i
            while j < len(seq) and seq[j].strip():
                j += 1
            if j - i > 1 and _bare(" ".join(seq[i:j])) == _bare(act.gold["title"][0]):
                # the title is one paragraph (the print's line ends are Word's wrapping)
                par(" ".join(seq[i:j]), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
                i = j
                continue
            if x.strip():
                centred = i < len(seq) and not x.startswith(("В соответствии", "1.", "2.", "3."))
                par(x, bold=centred, align=WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY)
            else:
                par()
            i += 1

    if printer == "consultant":
        sec.different_first_page_header_footer = True
        par("КонсультантПлюс", bold=True, size=20)
        par("надежная правовая поддержка", size=10)
        par()
        put(before)
        par()
        if "Документ предоставлен КонсультантПлюс" not in before:
            par("Документ предоставлен КонсультантПлюс", size=10)
        par("www.consultant.ru", size=10)
        par(f"Дата сохранения: {saved}", size=10)
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        put(after)
        hdr = sec.header
        t = hdr.add_table(rows=1, cols=2, width=sec.page_width - 2 * m)
        _frame(t)
        if heading:
            t.rows[0].cells[0].paragraphs[0].add_run(heading).font.size = Pt(8)
        right = t.rows[0].cells[1].paragraphs[0]
        right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        right.add_run("Документ предоставлен КонсультантПлюс").font.size = Pt(8)
        small_par(t.rows[0].cells[1], f"Дата сохранения: {saved}", WD_ALIGN_PARAGRAPH.RIGHT)
        ftr = sec.footer
        f = ftr.paragraphs[0]
        f.add_run("КонсультантПлюс").bold = True
        small_par(ftr, "надежная правовая поддержка")
        p = small_par(ftr, "www.consultant.ru", WD_ALIGN_PARAGRAPH.CENTER)
        p = small_par(ftr, "Страница ", WD_ALIGN_PARAGRAPH.RIGHT)
        _field(p, "PAGE", "1")
        p.add_run(" из ")
        _field(p, "NUMPAGES", "1")
    elif printer == "garant":
        put(lines)
        if lay["running header"] != "none" and heading:
            small_par(sec.header, heading, WD_ALIGN_PARAGRAPH.CENTER)
        f = sec.footer.paragraphs[0]
        f.add_run("Система ГАРАНТ\t\t")
        _field(f, "PAGE", "1")
        f.add_run("/")
        _field(f, "NUMPAGES", "1")
    else:  # kodeks
        if lay["cover"] != "none" and before:
            put(before)
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            put(after)
        else:
            put(lines)
        note = ""
        for x in act.text.split("\n"):
            if "(с изменениями на " in x:
                note = " (" + x.split("(с изменениями на ", 1)[1].split(")")[0].join(("с изменениями на ", ")"))
        small_par(sec.header, act.gold["title"][0] + note)
        sec.footer.paragraphs[0].add_run("Внимание! Документ распечатан из электронного фонда правовой информации")
        f = small_par(sec.footer, "Страница ", WD_ALIGN_PARAGRAPH.RIGHT)   # its own line: a tab pushed it off the page
        _field(f, "PAGE", "1")
    par()
    for x in c["rest"]:
        for y in x.split("\n"):
            if y.strip():
                par(y, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    doc.save(path)


# --- files, conversions, reading --------------------------------------------------------

def compose(acts: list[Act], seed: int) -> list[tuple[Act, dict, Path]]:
    out = []
    for i, act in enumerate(acts):
        lay = draw_layout(random.Random(f"dbfiles:{seed}:{act.printer}:{i}"), act)
        path = bodies_files.cached_docx(CACHE, f"{VERSION}\n{sorted(lay.items())}\n{act.printer}\n{act.text}",
                                        lambda tmp, act=act, lay=lay: build(act, lay, tmp))
        out.append((act, lay, path))
    return out


def convert(paths: list[Path], fmt: str) -> None:
    bodies_files.convert(paths, fmt, CACHE, SOFFICE)


def read_file(path: Path):
    """(the first act read, the status read, the text) or (a reason, None, '')."""
    if not path.exists():
        return "no file", None, ""
    try:
        parsed = read(path)
    except Exception as e:  # noqa: BLE001 — a file the reader refuses is a miss, reported
        return f"unread: {type(e).__name__}", None, ""
    acts = extract_acts(parsed.text, dict(parsed.meta))
    st = read_status(parsed.text)
    return (acts[0] if acts else None), (st.state if st else None), drop_running(parsed.text, parsed.meta)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=20, help="acts per database")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--only", default="", help="databases, comma-separated")
    ap.add_argument("--misses", default="", help="print the files losing these fields ('all' or names)")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--text", action="store_true", help="with --misses, print the text read (not the print; a PDF's running lines left out)")
    args = ap.parse_args(argv)
    fmts = [f for f in args.formats.split(",") if f]
    if any(f != "docx" for f in fmts) and shutil.which("soffice") is None:
        print("soffice not found: DOCX only", file=sys.stderr)
        fmts = ["docx"]
    printers = [p for p in PRINTERS if not args.only or p in args.only.split(",")]
    acts = [draw_print(p, i, args.seed) for p in printers for i in range(args.n)]
    made = compose(acts, args.seed)
    for fmt in fmts:
        if fmt != "docx":
            convert([path for _, _, path in made], fmt)
    items = []
    for act, lay, path in made:
        for fmt in fmts:
            f = path if fmt == "docx" else CACHE / fmt / (path.stem + "." + fmt)
            feats = {"format": fmt, **{k: v for k, v in lay.items() if k in ("page", "running header", "cover")},
                     **{k: v for k, v in act.features.items() if k != "family"}}
            items.append((Act(act.printer, feats, act.text, act.gold), f))
    got = {id(a): read_file(f) for a, f in items}

    def score(a: Act):
        x, st, _ = got[id(a)]
        ok = x if x is not None and not isinstance(x, str) else None
        out = {f: (any(same(f, w, getattr(ok, f) if ok else None) for w in wants), getattr(ok, f) if ok else x)
               for f, wants in a.gold.items() if f != "status"}
        out["status"] = (st == a.gold["status"][0], st)
        return out
    by, feat, total, misses = tally([a for a, _ in items], score,
                                    lambda a: f"{a.printer} {a.features['format']}", FIELDS)
    print(f"{len(made)} acts ({args.n} a database), seed {args.seed}, formats {','.join(fmts)}; "
          "cells: fields right / fields generated")
    _table("database × format", by, [f"{p} {f}" for p in printers for f in fmts if f"{p} {f}" in by])
    _table("layout", feat)
    _table("all", {"all": total})
    if args.misses:
        where = {id(a): f for a, f in items}
        if args.text:   # the text the reader gave instead of the print
            shown = []
            for a, f, g in misses:
                b = Act(a.printer, a.features, got[id(a)][2], a.gold)
                where[id(b)] = where[id(a)]
                shown.append((b, f, g))
            misses = shown
        print_misses(misses, args.misses, args.limit,
                     lambda a: f"{a.printer} {a.features['format']} {where.get(id(a), Path('?')).name}", 24)
    return 0


if __name__ == "__main__":
    sys.exit(main())
