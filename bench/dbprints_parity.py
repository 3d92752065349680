"""Database prints as delivered FILES against the same print read as text: a field the file loses is a reader's miss (issue 12).

    .venv/bin/python bench/dbprints_parity.py                 # per format and printer
    .venv/bin/python bench/dbprints_parity.py --misses all    # and each field lost
    .venv/bin/python bench/dbprints_parity.py --n 40 --seed 2

Why: on the even half of realdocs2 the weakest ground is delivered born-digital
files, legal-database exports among them (ConsultantPlus's Word/RTF export with
its ``ConsPlusTitle`` heading style, the page header naming the act and "Документ
предоставлен КонсультантПлюс", Garant's and Kodeks's exports). No public store
we can reach holds such files as text (issue 12's helper reqfiles63 looked), so
this bench writes them: the acts and prints are ``bench/dbprints.py``'s (its
grammar, our own wording with fictional places, imported, not copied), each
print written as a DOCX in one of two layouts and converted by LibreOffice to
RTF and DOC (``bench/bodies_files.py``'s ``convert`` and ``read_act``):

* ``lines``: every printed line its own paragraph (a file typed line by line,
  or a print pasted into Word), so the reader puts a blank line between any two;
* ``blocks``: every blank-separated block one paragraph, its lines joined by
  soft breaks (as an export keeps a heading block together);

the heading block and the title set in a bold centred ``ConsPlusTitle`` style
(most acts), and, for ConsultantPlus, most files carrying the export's page
header (a table: the act's database line | "Документ предоставлен
КонсультантПлюс" and the save date) and footer. The same act is also read as
text, so a field a file loses and its text keeps is a reader's miss.

Unlike ``bench/dbprints_files.py`` (the exports' own cover pages and running
headers, built from the acts), this bench lays out any printer's print as a
file and asks only for parity with its text.

Truth: dbprints' gold (``../shared/spec/record.md``). Needs ``soffice``; the
files are cached under /var/tmp.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import docx as python_docx  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.shared import Pt  # noqa: E402

import dbprints  # noqa: E402
from bench import bodies_files as bf  # noqa: E402
from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import same  # noqa: E402

CACHE = Path("/var/tmp/dbprints-parity-bench")
VERSION = 2  # of build(): raise it when build() changes, so the cached files are written again
FIELDS = ("kind", "number", "date", "body", "title")
FORMATS = ("text", "docx", "rtf", "doc", "pdf")


def draw_layout(rng: random.Random, printer: str) -> dict:
    return {"layout": rng.choice(("lines", "blocks")), "styled": rng.random() < 0.7,
            "header": printer == "consultant" and rng.random() < 0.7}


_KINDS = ("Решение", "Постановление", "Распоряжение", "Приказ")


def _database_line(lines: list[str]) -> str:
    """The print's reference line (``Решение Совета … от 02.06.2012 N 22``), or ''."""
    return next((s for s in lines if s.startswith(_KINDS) and " от " in s and (" N " in s or "№" in s)), "")


def build(text: str, printer: str, lay: dict, path: Path) -> None:
    """The print ``text`` as a DOCX laid out as ``lay`` says (see the module doc)."""
    doc = python_docx.Document()
    style = doc.styles.add_style("ConsPlusTitle", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold, style.font.name, style.font.size = True, "Arial", Pt(10)
    lines = text.split("\n")
    if lay["header"] and _database_line(lines):   # the export's page header names the act
        sec = doc.sections[0]
        cells = sec.header.add_table(1, 2, width=Pt(480)).rows[0].cells
        cells[0].text = _database_line(lines)
        cells[1].text = "Документ предоставлен КонсультантПлюс\nДата сохранения: 14.03.2025"
        sec.footer.paragraphs[0].text = ("КонсультантПлюс надежная правовая поддержка "
                                         "www.consultant.ru Страница 1 из 5")
    blocks: list[list[str]] = [[]]
    for s in lines:
        if s.strip():
            blocks[-1].append(s.strip())
        elif blocks[-1]:
            blocks.append([])
    heading = True   # the heading and the title come before the first operative line
    for block in blocks:
        if not block:
            continue
        groups = [[s] for s in block] if lay["layout"] == "lines" else [block]
        for group in groups:
            par = doc.add_paragraph()
            for k, s in enumerate(group):
                run = par.add_run(s)
                if k < len(group) - 1:
                    run.add_break(WD_BREAK.LINE)
            first = group[0]
            if lay["styled"] and heading and (first.isupper() or first.lower().startswith(("от ", "«", "г. "))):
                par.style, par.alignment = style, WD_ALIGN_PARAGRAPH.CENTER
            if any(s.rstrip().endswith(":") for s in group):
                heading = False
    doc.save(path)


def compose(seed: int, n: int) -> list[tuple[object, dict, Path]]:
    CACHE.mkdir(parents=True, exist_ok=True)
    out = []
    for i, act in enumerate(dbprints.generate(seed, n)):
        lay = draw_layout(random.Random(f"dbfiles:{seed}:{i}"), act.printer)
        key = hashlib.sha256(f"{VERSION}\n{sorted(lay.items())}\n{act.text}".encode()).hexdigest()[:16]
        path = CACHE / f"{act.printer}-{key}.docx"
        if not path.exists():
            build(act.text, act.printer, lay, path)
        out.append((act, lay, path))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=30, help="acts per printer")
    ap.add_argument("--misses", default="", help="print the fields lost ('all' or names)")
    args = ap.parse_args(argv)
    items = compose(args.seed, args.n)
    for fmt in FORMATS[2:]:
        paths = [p for _, _, p in items]
        for k in range(0, len(paths), 40):  # LibreOffice may stop inside a long batch: small ones,
            bf.convert(paths[k:k + 40], fmt, CACHE)  # each tried again for what it left
            bf.convert(paths[k:k + 40], fmt, CACHE)
    tally: dict[tuple, list[int]] = {}
    misses = []
    for act, lay, path in items:
        for fmt in FORMATS:
            if fmt == "text":
                acts = extract_acts(act.text)
                got_act = acts[0] if acts else None
            else:
                f = path if fmt == "docx" else CACHE / fmt / f"{path.stem}.{fmt}"
                got_act = bf.read_act(f)
                got_act = None if isinstance(got_act, str) else got_act
            for field in FIELDS:
                if field not in act.gold:
                    continue
                got = getattr(got_act, field) if got_act else None
                ok = any(same(field, w, got) for w in act.gold[field])
                for key in ((fmt, act.printer), (fmt, "layout: " + lay["layout"]), (fmt, "all")):
                    t = tally.setdefault(key + (field,), [0, 0])
                    t[0] += ok
                    t[1] += 1
                if not ok and fmt != "text":
                    misses.append((fmt, act.printer, lay, field, got, act.gold[field][0]))
    rows = list(dbprints.PRINTERS) + ["layout: lines", "layout: blocks", "all"]
    print(f"{len(items)} prints ({args.n} a printer), seed {args.seed}; fields right / generated")
    print(f"{'':6}{'':16}" + "".join(f"{f:>10}" for f in FIELDS) + f"{'ALL':>12}")
    for fmt in FORMATS:
        for r in rows:
            cells = [tally.get((fmt, r, f), [0, 0]) for f in FIELDS]
            h, t = sum(c[0] for c in cells), sum(c[1] for c in cells)
            print(f"{fmt:6}{r:16}" + "".join(f"{c[0]:>5}/{c[1]:<4}" for c in cells)
                  + f"{h:>6}/{t:<5}{h / max(t, 1):7.1%}")
    if args.misses:
        for m in misses:
            if args.misses == "all" or m[3] in args.misses.split(","):
                print(*m, sep=" | ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
