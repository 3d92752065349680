"""The issuing body on DELIVERED files: bench/bodies.py's heading blocks laid out as Word blanks (issue 12).

    .venv/bin/python bench/bodies_files.py                   # per layout and per format
    .venv/bin/python bench/bodies_files.py --misses body     # and each field lost ('all' or fields)
    .venv/bin/python bench/bodies_files.py --seed 2 --n 60   # other draws, more acts
    .venv/bin/python bench/bodies_files.py --formats docx    # DOCX only (no LibreOffice)

Where the material comes from: the acts are ``bench/bodies.py``'s (its seeded
grammar of issuers and heading blocks, our own wording, fictional Тестовская
область / Заречный район / Сосновское поселение; imported, not copied). This
bench only lays each drawn heading out as administrations' Word templates lay
out a blank, and writes it as a real file:

* ``container`` (where the heading block stands): centred paragraphs, one a
  line; one paragraph whose lines are soft line breaks (``w:br``); a table of
  two or three columns (an emblem cell, the body's cell, an empty cell); the
  first page's header (different first page); a text box (``w:pict`` /
  ``v:textbox``); framed paragraphs (``w:framePr``);
* ``date line``: as the grammar printed it (spaces); the date left and the
  number right on one line by tab stops (with the place centred between them
  when the grammar put it on the date's line); the date and the number in a
  row of cells, left and right (a row of the heading's table, or a borderless
  table of their own);
* ``kind word``: as drawn (plain or letter-spaced by spaces), or spread by
  character spacing (``w:spacing``: the text layer holds the plain word);
* ``capitals``: typed in capitals as drawn, or typed in lower case with
  capitals by the run's or the paragraph style's ``w:caps`` (the text layer
  holds lower case; the proper nouns are typed as the grammar's acts not in
  capitals spell them);
* ``gap``: a blank line inside the body's block; ``small region``: the region's
  line above in a smaller font; the convocation and session lines are the
  grammar's (its ``convocation`` feature).

Each layout is drawn with its own share from a generator seeded apart from the
grammar's, so that the acts are bench/bodies.py's. The DOCX (python-docx, raw
XML where it has no API) is converted by LibreOffice into RTF, DOC, ODT and PDF
(``soffice --headless --convert-to``, one call per format over the directory;
files named by their hash and cached under ``/var/tmp/bodies-files-bench``),
each file is read through the import's path (``ingest.formats.read``, then
``extract_acts``, as ``bench/requisites2.py`` does) and scored against the
grammar's truth (record.md: the body nominative and whole) per layout feature
and per format.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import docx as python_docx
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401  (kept for readers of the layouts)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bodies import FIELDS, Act, _table, generate, print_misses, tally  # noqa: E402
from ingest.formats import read  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import same  # noqa: E402

CACHE = Path("/var/tmp/bodies-files-bench")
VERSION = 3  # of the layouts: raise it when build() changes, so the cached files are written again
FORMATS = ("docx", "rtf", "doc", "odt", "pdf")
SOFFICE = {"rtf": "rtf", "doc": "doc:MS Word 97", "odt": "odt", "pdf": "pdf"}
# the signer's office as blanks print it under each family's acts (no name of a municipality)
SIGNER = {"council": "Председатель", "executive": "Глава администрации", "head": "Глава",
          "audit": "Председатель", "election": "Председатель комиссии"}
_DATE_SPLIT = re.compile(r"^(.*?)\s*(№\s*\S+)(.*)$")


# --- the drawn act's parts ---------------------------------------------------------------

def parts(act: Act) -> dict:
    """The drawn act's heading cut into its lines' roles: territory lines above,
    the body's lines (with the convocation's), the kind word, the date line
    (split into the date, the number and a place on its line), a place line;
    then the title's lines and the text."""
    blocks = act.text.rstrip("\n").split("\n\n")
    rest, title = blocks[-1].split("\n"), blocks[-2].split("\n")
    head = [x for x in "\n".join(blocks[:-2]).split("\n") if x.strip()]
    kind = act.gold["kind"][0].upper().replace(" ", "")
    ki = next(i for i, x in enumerate(head) if x.replace(" ", "").upper().startswith(kind))
    di = next(i for i, x in enumerate(head) if "№" in x and i > ki)
    n_top = {"region": 1, "region+district": 2, "RF+region": 2}.get(act.features["above"], 0)
    place = ""
    if act.features["place"] == "under the date":
        place = head[di + 1]
    elif act.features["place"] == "over the date":
        place = head[di - 1]
    m = _DATE_SPLIT.match(head[di])
    date, number, on_line = m.group(1).strip(), m.group(2), m.group(3).strip()
    heading = head[:di - 1] if act.features["place"] == "over the date" else head[:di]
    return {"top": heading[:n_top], "heading": heading[n_top:], "kind_at": ki - n_top, "date": date,
            "number": number, "date_line": head[di], "place_on_line": on_line, "place": place,
            "title": title, "rest": rest}


def typed_case(acts: list[Act]) -> dict[str, str]:
    """Each word as the acts NOT in capitals spell it (a proper noun capitalised,
    a common word in lower case): how a clerk types a line the style capitalises."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for act in acts:
        if act.features["caps"] != "caps":
            for w in re.findall(r"[\w-]+", act.text):
                seen[w.lower()][w] += 1
    return {k: c.most_common(1)[0][0] for k, c in seen.items()}


def retype(line: str, case: dict[str, str], first: bool) -> str:
    """A line typed in capitals retyped in lower case (proper nouns capitalised)."""
    out = re.sub(r"[\w-]+", lambda m: case.get(m.group(0).lower(), m.group(0).lower()), line)
    return out[:1].upper() + out[1:] if first else out


# --- the DOCX ------------------------------------------------------------------------

def _rpr_flag(run, tag: str, **attrs) -> None:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    run._r.get_or_add_rPr().append(el)


def draw_layout(rng: random.Random, p: dict, act: Act) -> dict:
    """The layout's features, each with its own share."""
    c = rng.random()
    container = ("paragraphs" if c < 0.25 else "soft breaks" if c < 0.4 else "table" if c < 0.65
                 else "header" if c < 0.8 else "text box" if c < 0.9 else "frame")
    d = rng.random()
    date = "spaces" if d < 0.35 else "tabs" if d < 0.7 else "row of cells"
    kw = act.features["kind word"]
    alone = p["heading"][p["kind_at"]].strip().upper() == act.gold["kind"][0].upper()
    k = "char spacing" if kw == "plain" and alone and rng.random() < 0.3 else kw
    caps = "by style" if act.features["caps"] == "caps" and rng.random() < 0.4 else act.features["caps"]
    lay = {"container": container, "date line": date, "kind word": k, "capitals": caps,
           "gap": "blank line in the body" if len(p["heading"]) > 2 and rng.random() < 0.2 else "none",
           "small region": "smaller font" if p["top"] and rng.random() < 0.5 else "none"}
    if container == "table":
        lay["container"] = rng.choice(("table, 2 columns", "table, 3 columns"))
        if date == "row of cells" and container == "table" and lay["container"].endswith("3 columns"):
            # the date across the emblem's and the body's cells (the emblem's alone is too narrow for it)
            lay["date line"] = rng.choice(("row of the table, date over two cells", "row of cells"))
    if lay["container"] in ("header", "text box", "frame") or lay["container"].startswith("table"):
        # the kind word under the box only where the grammar printed it under the name (not over a genitive)
        under = act.features["order"] == "body over the kind word" and rng.random() >= 0.5
        lay["kind word at"] = "under it, in the text" if under else "with the body"
    if container == "text box":
        lay["box"] = "grows to its text"   # a box sized to its lines (a fixed height clipped wrapped names in PDF)
    if caps == "by style":
        lay["caps by"] = rng.choice(("run", "paragraph style"))
    return lay


def _first_then(first, add):
    """A new-paragraph callable for a cell or a header, which python-docx
    creates holding one empty paragraph: that one first, then added ones."""
    pending = [first]
    return lambda: pending.pop() if pending else add()


def build(act: Act, lay: dict, case: dict[str, str], path: Path) -> None:
    p = parts(act)
    document = python_docx.Document()
    section = document.sections[0]
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    width = section.page_width - section.left_margin - section.right_margin
    styled = lay["capitals"] == "by style"
    if styled and lay.get("caps by") == "paragraph style":
        style = document.styles.add_style("Шапка бланка", 1)
        style.base_style = document.styles["Normal"]
        style.font.all_caps = True
        style.font.bold = True
    else:
        style = None

    def fill(paragraph, text: str, *, size=14, bold=True, caps=False, spacing=False):
        run = paragraph.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
        if caps and style is None:
            run.font.all_caps = True
        if spacing:
            _rpr_flag(run, "w:spacing", **{"w:val": "60"})
        return run

    def heading_lines() -> list[tuple[str, dict]]:
        """(text, look) of the heading's lines in order (None for a blank line)."""
        out = []
        for i, x in enumerate(p["top"]):
            out.append((x, {"size": 10 if lay["small region"] != "none" else 14, "role": "top"}))
        for i, x in enumerate(p["heading"]):
            role = "kind" if i == p["kind_at"] else "body"
            out.append((x, {"size": 16 if role == "kind" else 14, "role": role}))
            if lay["gap"] != "none" and i == 0 and role == "body":
                out.append((None, {}))
        return out

    def text_of(x: str, role: str, first: bool) -> tuple[str, bool]:
        if not styled:
            return x, False
        if role == "kind" and x.replace(" ", "").upper() == act.gold["kind"][0].upper().replace(" ", ""):
            return x[:1] + x[1:].lower(), True
        return retype(x, case, first), True

    lines = heading_lines()
    in_box = lay["container"] not in ("paragraphs", "soft breaks")
    kind_out = in_box and lay.get("kind word at") == "under it, in the text"
    boxed = [(x, look) for x, look in lines if not (kind_out and look.get("role") == "kind")]
    after = [(x, look) for x, look in lines if kind_out and look.get("role") == "kind"]

    def put_lines(new_paragraph, items, frame=None):
        for j, (x, look) in enumerate(items):
            par = new_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.paragraph_format.space_after = Pt(0)
            if style is not None:
                par.style = style
            if frame is not None:
                ppr = par._p.get_or_add_pPr()
                ppr.insert(0, parse_xml(frame))
            if x is None:
                continue
            role = look["role"]
            if role == "kind" and lay["kind word"] == "char spacing":
                x = x.replace(" ", "")
            t, caps = text_of(x, role, j == 0 or role == "kind")
            fill(par, t, size=look["size"], caps=caps, spacing=role == "kind" and lay["kind word"] == "char spacing")

    container = lay["container"]
    if container == "paragraphs":
        put_lines(document.add_paragraph, lines)
    elif container == "soft breaks":
        par = document.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if style is not None:
            par.style = style
        for j, (x, look) in enumerate(lines):
            if j:
                par.runs[-1].add_break() if par.runs else par.add_run().add_break()
            if x is None:
                continue
            if look["role"] == "kind" and lay["kind word"] == "char spacing":
                x = x.replace(" ", "")
            t, caps = text_of(x, look["role"], j == 0 or look["role"] == "kind")
            fill(par, t, size=look["size"], caps=caps,
                 spacing=look["role"] == "kind" and lay["kind word"] == "char spacing")
    elif container.startswith("table"):
        cols = 3 if container.endswith("3 columns") else 2
        table = document.add_table(rows=1, cols=cols)
        table.autofit = False
        widths = (Cm(2.5), Cm(11), Cm(3)) if cols == 3 else (Cm(2.5), Cm(14))
        for col, w in zip(table.columns, widths):   # the template's widths: a narrow emblem cell, a wide body cell
            col.width = w
            for c in col.cells:
                c.width = w
        cells = table.rows[0].cells
        cells[0].paragraphs[0].add_run("")     # the emblem's cell (the arms are a picture)
        cell = cells[1]
        put_lines(_first_then(cell.paragraphs[0], cell.add_paragraph), boxed)
        if lay["date line"].startswith("row of the table"):
            row = table.add_row().cells
            for c, w in zip(row, widths):
                c.width = w
            left = row[0].merge(row[1])
            left.paragraphs[0].add_run(p["date"] + (f"    {p['place_on_line']}" if p["place_on_line"] else ""))
            row[-1].paragraphs[0].add_run(p["number"])
            row[-1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif container == "header":
        section.different_first_page_header_footer = True
        header = section.first_page_header
        header.is_linked_to_previous = False
        put_lines(_first_then(header.paragraphs[0], header.add_paragraph), boxed)
        section.header.paragraphs[0].text = ""
    elif container == "text box":
        holder = python_docx.Document()
        put_lines(holder.add_paragraph, boxed)
        inner = "".join(el.xml for el in holder.element.body if el.tag == qn("w:p"))
        pict = parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/>'
            f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="box1" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:60pt;margin-top:0;width:330pt;height:{40 * len(boxed) + 60}pt;'
            f'z-index:1;mso-fit-shape-to-text:t" stroked="f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
            f'</v:shape></w:pict></w:r>')
        anchor = document.add_paragraph()
        anchor._p.append(pict)
        for _ in range(2 * len(boxed) + 2):
            document.add_paragraph()
    else:  # frame
        frame = (f'<w:framePr {nsdecls("w")} w:w="6500" w:hSpace="180" w:wrap="notBeside" '
                 f'w:vAnchor="text" w:hAnchor="margin" w:x="1400" w:y="1"/>')
        put_lines(document.add_paragraph, boxed, frame=frame)
        document.add_paragraph()
    if after:
        put_lines(document.add_paragraph, after)

    # the place over the date, the date line, the place under it
    def plain(text: str, align=WD_ALIGN_PARAGRAPH.CENTER):
        par = document.add_paragraph()
        par.alignment = align
        fill(par, text, bold=False)
        return par
    if p["place"] and act.features["place"] == "over the date":
        plain(p["place"])
    date = lay["date line"]
    if date == "spaces":
        plain(p["date_line"], WD_ALIGN_PARAGRAPH.LEFT)
    elif date == "tabs":
        par = document.add_paragraph()
        stops = par.paragraph_format.tab_stops
        if p["place_on_line"]:
            stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        middle = f"\t{p['place_on_line']}" if p["place_on_line"] else ""
        fill(par, f"{p['date']}{middle}\t{p['number']}", bold=False)
    elif date == "row of cells":
        row = document.add_table(rows=1, cols=3 if p["place_on_line"] else 2).rows[0].cells
        row[0].paragraphs[0].add_run(p["date"])
        row[-1].paragraphs[0].add_run(p["number"])
        row[-1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if p["place_on_line"]:
            row[1].paragraphs[0].add_run(p["place_on_line"])
    elif p["place_on_line"] and not container.endswith("3 columns"):
        plain(p["place_on_line"])
    if p["place"] and act.features["place"] == "under the date":
        plain(p["place"])
    document.add_paragraph()
    tp = document.add_paragraph()
    tp.paragraph_format.right_indent = Cm(7)
    if act.features["title"] == "wrapped":
        for j, x in enumerate(p["title"]):
            r = fill(tp, x, bold=True)
            if j < len(p["title"]) - 1:
                r.add_break()
    else:
        fill(tp, p["title"][0], bold=True)
    document.add_paragraph()
    for x in p["rest"]:
        par = document.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.paragraph_format.first_line_indent = Cm(1.25)
        fill(par, x, bold=False)
    document.add_paragraph()
    sig = document.add_paragraph()
    fill(sig, f"{SIGNER[act.family]}\tИ.И. Иванов", bold=False)
    sig.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    document.save(path)


# --- files, conversions, reading --------------------------------------------------------

def cached_docx(cache: Path, holds: str, write) -> Path:
    """The DOCX under ``cache``/docx named by what it holds (``holds``: a DOCX's zip
    carries the time it was written, so its bytes would name it anew each run and
    no conversion would be reused), written once through ``write(path)``."""
    src = cache / "docx"
    src.mkdir(parents=True, exist_ok=True)
    path = src / (hashlib.sha256(holds.encode()).hexdigest()[:16] + ".docx")
    if not path.exists():
        tmp = cache / f"tmp-{os.getpid()}.docx"   # a run of its own (two runs at once share the cache)
        write(tmp)
        tmp.replace(path)
    return path


def compose(acts: list[Act], seed: int) -> list[tuple[Act, dict, Path]]:
    """Each act's DOCX (named by what it holds) and its layout."""
    case = typed_case(acts)
    out = []
    for i, act in enumerate(acts):
        lay = draw_layout(random.Random(f"files:{seed}:{i}"), parts(act), act)
        path = cached_docx(CACHE, f"{VERSION}\n{sorted(lay.items())}\n{act.family}\n{act.text}",
                           lambda tmp, act=act, lay=lay: build(act, lay, case, tmp))
        out.append((act, lay, path))
    return out


def convert(paths: list[Path], fmt: str, cache: Path = CACHE, filters: dict | None = None) -> None:
    """LibreOffice's copies in ``fmt`` of the files not converted yet (one call), kept
    in ``cache``/``fmt``; ``filters`` names LibreOffice's filter for each format."""
    out = cache / fmt
    out.mkdir(parents=True, exist_ok=True)
    todo = [str(p) for p in paths if not (out / (p.stem + "." + fmt)).exists()]
    if not todo:
        return
    profile = (cache / f"lo-profile-{os.getpid()}").resolve().as_uri()   # runs at once each with its own
    print(f"  soffice → {fmt}: {len(todo)} file(s)", file=sys.stderr)
    subprocess.run(["nice", "-n", "19", "soffice", "--headless", f"-env:UserInstallation={profile}",
                    "--convert-to", (filters or SOFFICE)[fmt], "--outdir", str(out)] + todo,
                   capture_output=True, timeout=3600)


def read_act(path: Path):
    if not path.exists():
        return "no file"
    try:
        parsed = read(path)
    except Exception as e:  # noqa: BLE001 — a file the reader refuses is a miss, reported
        return f"unread: {type(e).__name__}"
    acts = extract_acts(parsed.text, dict(parsed.meta))
    return acts[0] if acts else None


def score_files(items):
    """Each (act, file) read once and its fields scored against the act's gold, tallied by
    format and by layout: the one scoring every files bench of this family shares."""
    got = {id(a): read_act(f) for a, f in items}

    def score(a: Act):
        r = got[id(a)]
        x = r if r is not None and not isinstance(r, str) else None
        return {f: (any(same(f, w, getattr(x, f) if x else None) for w in wants),
                    getattr(x, f) if x else r) for f, wants in a.gold.items()}
    return tally([a for a, _ in items], score, lambda a: a.features["format"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=40, help="acts per family (five families)")
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated, of " + ",".join(FORMATS))
    ap.add_argument("--misses", default="", help="print the acts losing these fields ('all' or names)")
    ap.add_argument("--only", default="", help="misses of this format only")
    ap.add_argument("--limit", type=int, default=60, help="at most this many misses printed")
    args = ap.parse_args(argv)
    fmts = [f for f in args.formats.split(",") if f]
    if any(f != "docx" for f in fmts) and shutil.which("soffice") is None:
        print("soffice not found: DOCX only", file=sys.stderr)
        fmts = ["docx"]
    acts = generate(args.seed, args.n)
    made = compose(acts, args.seed)
    for fmt in fmts:
        if fmt != "docx":
            convert([path for _, _, path in made], fmt)
    items = []   # one scored item per act and format: an Act whose features hold the layout and the format
    for act, lay, path in made:
        for fmt in fmts:
            f = path if fmt == "docx" else CACHE / fmt / (path.stem + "." + fmt)
            feats = {"format": fmt, **lay, "convocation": act.features["convocation"],
                     "grammar caps": act.features["caps"]}
            items.append((Act(act.family, feats, act.text, act.gold), f))
    fam, feat, total, misses = score_files(items)
    print(f"{len(made)} acts ({args.n} a family), seed {args.seed}, formats {','.join(fmts)}; "
          "cells: fields right / fields generated")
    _table("format", fam, [f for f in FORMATS if f in fam])
    _table("layout", feat)
    _table("all", {"all": total})
    if args.misses:
        where = {id(a): f for a, f in items}
        print_misses([m for m in misses if not args.only or m[0].features["format"] == args.only],
                     args.misses, args.limit,
                     lambda a: f"{a.features['format']} {a.features['container']}"[:22] + f" {where[id(a)].name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
