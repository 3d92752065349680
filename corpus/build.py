"""Write the sample fund: the acts of ``acts.py`` in every format actdesk reads.

    .venv/bin/python corpus/build.py                 # rewrite corpus/files/ and corpus/truth.jsonl
    .venv/bin/python corpus/build.py --out DIR       # the files somewhere else (truth untouched)
    .venv/bin/python corpus/build.py --no-soffice    # only the files written in Python

Everything written in Python here is byte-for-byte deterministic (fixed zip
times, document properties, MIME boundary, random seed): TXT, RTF, HTML,
e-mail, zip, DOCX and the two image PDFs. The files LibreOffice writes (the
text PDFs, Word 97 ``.doc``, ODT) carry its time stamps and are not; they
are committed so that ``make demo`` needs no LibreOffice, and
``tests/test_corpus.py`` checks every committed file against ``truth.jsonl``.
"""
from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

sys.dont_write_bytecode = True  # no __pycache__ beside the fund
import acts as A  # noqa: E402
from acts import Act  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype")
SERIF = FONTS / "liberation" / "LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "liberation" / "LiberationSerif-Bold.ttf"
HAND = FONTS / "dejavu" / "DejaVuSans-Oblique.ttf"
ZIP_TIME = (2024, 5, 2, 9, 30, 0)


# --- plain text: the act as typed lines -------------------------------------------------

def requisites_line(act: Act, width: int = 72) -> str:
    left = f"от {act.date}"
    right = f"№ {act.number}"
    return left + " " * max(4, width - len(left) - len(right)) + right


def annex_stamp(act: Act) -> list[str]:
    return ["УТВЕРЖДЕН", "постановлением администрации", "Заречного муниципального округа",
            f"от {iso_to_ru(act.truth['date'])} № {act.number}"]


def iso_to_ru(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def text_lines(act: Act, width: int = 72, wrap: bool = False) -> list[str]:
    """The act as a clerk types it: centred heading, requisites line, title
    wrapped at 40 characters, one line per paragraph (or wrapped at ``width``)."""
    c = lambda s: s.center(width).rstrip()  # noqa: E731
    out = [c(x) for x in act.heading]
    if act.convocation:
        out.append(c(act.convocation))
    out += ["", c(act.kind), "", requisites_line(act, width), c(act.place), ""]
    out += textwrap.wrap(act.title, 42)
    out.append("")
    for p in act.paras:
        if p.startswith("## "):
            out += [""] + [s.rjust(width) for s in annex_stamp(act)] + [""]
            out += [c(x) for x in textwrap.wrap(p[3:], 60)] + [""]
            continue
        if wrap:
            out += textwrap.wrap(p, width, initial_indent="     ")
        else:
            out.append("     " + p)
    out.append("")
    for left, right in act.sign:
        ls = left.split("\n")
        for i, s in enumerate(ls):
            out.append(s + (" " * max(4, width - len(s) - len(right)) + right if i == len(ls) - 1 else ""))
        out.append("")
    return out


_TYPED = {"№": "N", "«": '"', "»": '"', "–": "-", "—": "-"}


def txt_bytes(act: Act, encoding: str, newline: str = "\r\n", wrap: bool = False) -> bytes:
    """What the code page cannot hold is typed as a typist would: № as N,
    «» as straight quotes, a dash as a hyphen (koi8-r has none of them)."""
    text = newline.join(text_lines(act, wrap=wrap)) + newline
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode(encoding)
        except UnicodeEncodeError:
            out += _TYPED[ch].encode(encoding)
    return bytes(out)


# --- RTF written by hand (cp1251, \'xx escapes) -------------------------------------------

def _rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1251")
                out.append("".join(f"\\'{x:02x}" for x in b))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def rtf_bytes(act: Act) -> bytes:
    par = []

    def p(text: str, fmt: str = "\\qj\\fi709", bold: bool = False, size: int = 28) -> None:
        b = "\\b " if bold else ""
        eb = "\\b0" if bold else ""
        par.append(f"\\pard\\plain{fmt}\\sa0\\f0\\fs{size} {b}{_rtf_escape(text)}{eb}\\par")

    for line in act.heading:
        p(line, "\\qc", bold=True)
    if act.convocation:
        p(act.convocation, "\\qc")
    p("", "\\qc")
    p(act.kind, "\\qc", bold=True, size=32)
    p("", "\\qc")
    # the requisites line: date at the left, number at a right tab
    par.append("\\pard\\plain\\tqr\\tx9354\\f0\\fs28 " + _rtf_escape(f"от {act.date}") + "\\tab "
               + _rtf_escape(f"№ {act.number}") + "\\par")
    p(act.place, "\\qc")
    p("", "\\qc")
    par.append("\\pard\\plain\\ri4535\\ql\\f0\\fs28\\b " + _rtf_escape(act.title) + "\\b0\\par")
    p("", "\\qc")
    for text in act.paras:
        p(text)
    p("", "\\qc")
    for left, right in act.sign:
        par.append("\\pard\\plain\\tqr\\tx9354\\f0\\fs28 " + "\\line ".join(
            _rtf_escape(x) for x in left.split("\n")) + "\\tab " + _rtf_escape(right) + "\\par")
        p("", "\\qc")
    doc = ("{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1049"
           "{\\fonttbl{\\f0\\froman\\fcharset204\\fprq2 Times New Roman;}}"
           "{\\info{\\author Orgotdel}{\\creatim\\yr2023\\mo12\\dy22\\hr10\\min5}}"
           "\\paperw11906\\paperh16838\\margl1701\\margr851\\margt1134\\margb1134\n"
           + "\n".join(par) + "\n}")
    return doc.encode("ascii")


# --- DOCX (python-docx), made deterministic -------------------------------------------------

def emblem_png() -> bytes:
    """A plain shield with a river: the emblem as a picture, as on real forms."""
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (180, 216), "white")
    d = ImageDraw.Draw(im)
    shield = [(10, 8), (170, 8), (170, 120), (90, 206), (10, 120)]
    d.polygon(shield, fill=(30, 90, 160), outline=(20, 20, 20))
    for k in range(3):
        y = 90 + 22 * k
        d.arc([20, y - 10, 90, y + 10], 180, 360, fill="white", width=5)
        d.arc([90, y - 10, 160, y + 10], 0, 180, fill="white", width=5)
    d.polygon([(60, 60), (90, 24), (120, 60)], fill=(230, 190, 40))
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip package with fixed entry times (python-docx stamps now)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _new_doc(author: str, title: str):
    import datetime as dt

    from docx import Document
    from docx.shared import Cm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    when = dt.datetime(2024, 5, 2, 9, 0, 0)
    cp.created = cp.modified = when
    cp.last_printed = when
    return doc


def _para(doc_or_cell, text: str = "", align: str = "justify", bold: bool = False,
          size: float | None = None, indent: bool = False, right_indent_cm: float | None = None,
          keep: bool = False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    p = doc_or_cell.add_paragraph()
    p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if right_indent_cm:
        p.paragraph_format.right_indent = Cm(right_indent_cm)
    if text:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if i < len(parts) - 1:
                r.add_break()
    return p


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_text(cell, text: str, align: str, bold: bool = False, size: float | None = None):
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    return _para(cell, text, align, bold=bold, size=size)


def _body(doc, act: Act) -> None:
    for text in act.paras:
        if text.startswith("## "):
            doc.add_page_break()
            _para(doc, "\n".join(annex_stamp(act)), "right")
            _para(doc)
            word, _, rest = text[3:].partition(" ")
            _para(doc, word, "center", bold=True)
            _para(doc, rest, "center", bold=True)
            _para(doc)
        elif text[:1].isdigit() and "." in text[:3] and len(text) < 40:
            _para(doc, text, "center", bold=True)      # a section heading of the annex
        elif text.startswith("Статья "):
            _para(doc, text, "justify", bold=True, indent=True)
        else:
            _para(doc, text, "justify", indent=True)


def _signature(doc, act: Act) -> None:
    from docx.shared import Cm
    _para(doc)
    _para(doc)
    t = doc.add_table(rows=len(act.sign), cols=2)
    _no_borders(t)
    for row, (left, right) in zip(t.rows, act.sign):
        row.cells[0].width, row.cells[1].width = Cm(11), Cm(5.5)
        _cell_text(row.cells[0], left, "left")
        _cell_text(row.cells[1], "\n" * left.count("\n") + right, "right")


def _tab_requisites(doc, act: Act, prefix: str = "от ") -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm
    p = _para(doc, "", "left")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(f"{prefix}{act.date}\t№ {act.number}")


def docx_bytes(act: Act, layout: str = "tabs") -> bytes:
    """``table``: emblem, then the heading laid out as a borderless table with
    the date in the left cell and the number in the right one; ``tabs``:
    centred lines and a requisites line with a right tab stop."""
    from docx.shared import Cm
    doc = _new_doc("Общий отдел администрации Заречного МО", act.title[:60])
    if layout == "table":
        pic = _para(doc, "", "center")
        pic.add_run().add_picture(io.BytesIO(emblem_png()), width=Cm(1.5))
        t = doc.add_table(rows=3, cols=3)
        _no_borders(t)
        top = t.cell(0, 0).merge(t.cell(0, 2))
        _cell_text(top, "\n".join(act.heading), "center", bold=True)
        kind = t.cell(1, 0).merge(t.cell(1, 2))
        _cell_text(kind, act.kind, "center", bold=True, size=18)
        widths = (Cm(5.5), Cm(5.5), Cm(5.5))
        for i, w in enumerate(widths):
            t.cell(2, i).width = w
        _cell_text(t.cell(2, 0), act.date, "left")
        _cell_text(t.cell(2, 1), act.place, "center")
        _cell_text(t.cell(2, 2), f"№ {act.number}", "right")
        _para(doc)
    else:
        for line in act.heading:
            _para(doc, line, "center", bold=True)
        if act.convocation:
            _para(doc, act.convocation, "center")
        _para(doc)
        _para(doc, act.kind, "center", bold=True, size=16)
        _para(doc)
        _tab_requisites(doc, act)
        _para(doc, act.place, "center")
        _para(doc)
    _para(doc, act.title, "left", bold=True, right_indent_cm=7.0)
    _para(doc)
    _body(doc, act)
    _signature(doc, act)
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def gazette_docx_bytes(issue_acts: tuple[Act, ...]) -> bytes:
    """A newspaper issue's official section: masthead across the page, then
    two columns holding the acts one after another."""
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = _new_doc("Редакция газеты «Заречный вестник»", "Заречный вестник № 14 (412)")
    doc.styles["Normal"].font.size = Pt(10)
    _para(doc, "ЗАРЕЧНЫЙ ВЕСТНИК", "center", bold=True, size=28)
    _para(doc, "Официальное периодическое печатное издание Заречного муниципального округа "
               "Тестовской области", "center", size=9)
    _para(doc, "№ 14 (412)          пятница, 19 апреля 2024 года          Распространяется "
               "бесплатно", "center", size=9)
    _para(doc, "ОФИЦИАЛЬНОЕ ОПУБЛИКОВАНИЕ", "center", bold=True, size=12)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    for act in issue_acts:
        for line in act.heading:
            _para(doc, line, "center", bold=True)
        _para(doc, act.kind, "center", bold=True, size=11)
        _para(doc, f"от {act.date} № {act.number}", "center")
        _para(doc, act.place, "center")
        _para(doc, act.title, "center", bold=True)
        for text in act.paras:
            _para(doc, text, "justify", indent=True)
        for left, right in act.sign:
            _para(doc, left.replace("\n", " ") + " " + right, "right")
        _para(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


# --- HTML: the act on the municipality's site -----------------------------------------------

def html_bytes(act: Act) -> bytes:
    import html
    e = html.escape
    url = "https://adm-zarechny.example/dokumenty/postanovleniya/301-p-2024/"
    heading = "".join(f"<p class=\"c\"><b>{e(x)}</b></p>\n" for x in act.heading)
    body = "".join(f"<p class=\"j\">{e(p)}</p>\n" for p in act.paras)
    sign = "".join(f"<p>{e(left)}<span class=\"r\">{e(right)}</span></p>\n"
                   for left, right in act.sign)
    # the number split across spans as site editors' pasting leaves it
    num_a, num_b = act.number[:2], act.number[2:]
    page = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Постановление № {e(act.number)} от {e(act.date)} — Администрация Заречного муниципального округа</title>
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<link rel="stylesheet" href="/static/site.css">
<style>.c{{text-align:center}} .j{{text-align:justify;text-indent:1.25cm}} .r{{float:right}}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<header class="site-header">
  <a href="/" class="logo">Администрация Заречного муниципального округа Тестовской области</a>
  <p class="contacts">г. Заречный, ул. Советская, д. 1 · приемная (48100) 2-11-00</p>
</header>
<nav class="menu">
  <ul>
    <li><a href="/">Главная</a></li>
    <li><a href="/novosti/">Новости</a></li>
    <li><a href="/dokumenty/">Документы</a></li>
    <li><a href="/obrashcheniya/">Обращения граждан</a></li>
    <li><a href="/kontakty/">Контакты</a></li>
  </ul>
</nav>
<main>
<nav class="breadcrumbs"><a href="/">Главная</a> / <a href="/dokumenty/">Документы</a> / <a href="/dokumenty/postanovleniya/">Постановления администрации</a> / № {e(act.number)}</nav>
<article class="document">
<h1>Постановление администрации от {e(act.date)} № {e(act.number)}</h1>
<div class="doc-meta">Опубликовано: 17.05.2024 · Раздел: Пожарная безопасность · <a class="download" href="/upload/docs/2024/301-p.docx">Скачать документ</a> (DOCX, 24 КБ)</div>
<div class="doc-text">
{heading}<p class="c">&nbsp;</p>
<p class="c"><b>{e(act.kind)}</b></p>
<p>{e(act.date)}<span class="r">№ <span>{e(num_a)}</span><span>{e(num_b)}</span></span></p>
<p class="c">{e(act.place)}</p>
<p><b>{e(act.title)}</b></p>
{body}{sign}</div>
<p class="share">Поделиться: <a href="#">ВКонтакте</a> · <a href="#">Одноклассники</a> · <a href="#">Telegram</a></p>
</article>
<aside class="sidebar">
  <h3>Последние документы</h3>
  <ul>
    <li><a href="/dokumenty/postanovleniya/297-p-2024/">Постановление от 14.05.2024 № 297-п «О проведении Дня города»</a></li>
    <li><a href="/dokumenty/rasporyazheniya/71-r-2024/">Распоряжение от 13.05.2024 № 71-р «О графике приема граждан»</a></li>
  </ul>
</aside>
</main>
<footer>© 2024 Администрация Заречного муниципального округа. При использовании материалов ссылка на сайт обязательна.</footer>
</body>
</html>
"""
    return page.encode("utf-8")


# --- e-mail with the DOCX attached --------------------------------------------------------------

def eml_bytes(act: Act, attachment: bytes, filename: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Организационный отдел Совета депутатов <sovet@adm-zarechny.example>"
    msg["To"] = "Центр правовой информации библиотеки <pravo@biblio-zarechny.example>"
    msg["Subject"] = f"Решение Совета депутатов № {act.number} для фонда правовой информации"
    msg["Date"] = "Fri, 26 Apr 2024 10:15:00 +0300"
    msg["Message-ID"] = "<20240426101500.15-2@adm-zarechny.example>"
    msg.set_content(
        "Добрый день!\n\n"
        "Направляем для включения в фонд правовой информации библиотеки решение Совета "
        "депутатов Заречного муниципального округа, принятое на пятнадцатом заседании.\n"
        "Просим разместить его в разделе «Социальная поддержка».\n\n"
        "С уважением,\nведущий специалист организационного отдела\nСовета депутатов "
        "Заречного муниципального округа\nА.В. Милова\nтел. (48100) 2-14-07\n")
    msg.add_attachment(attachment, maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename=filename)
    msg.set_boundary("----=_Part_zarechny_20240426")
    return msg.as_bytes()


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# --- image PDFs: a page rendered with Pillow, written by a minimal PDF writer -------------------

DPI = 200
PAGE_W, PAGE_H = round(8.2677 * DPI), round(11.6929 * DPI)


def _font(path: Path, pt: float):
    from PIL import ImageFont
    return ImageFont.truetype(str(path), round(pt * DPI / 72))


class _Page:
    """A typewriter for one A4 page: lines placed top to bottom, each kept
    with its box so that a text layer can be laid over it."""

    def __init__(self):
        from PIL import Image, ImageDraw
        self.im = Image.new("L", (PAGE_W, PAGE_H), 255)
        self.d = ImageDraw.Draw(self.im)
        self.left, self.right = round(3.0 / 2.54 * DPI), PAGE_W - round(1.5 / 2.54 * DPI)
        self.y = round(1.6 / 2.54 * DPI)
        self.lines: list[tuple[str, int, int, int]] = []   # text, x, baseline y, px size

    def line(self, text: str, font, align: str = "left", x: int | None = None, gap: float = 1.25):
        w = self.d.textlength(text, font=font)
        if x is None:
            x = {"left": self.left, "center": (self.left + self.right - w) / 2,
                 "right": self.right - w}[align]
        self.d.text((x, self.y), text, font=font, fill=20)
        asc = font.getmetrics()[0]
        self.lines.append((text, round(x), self.y + asc, font.size))
        self.y += round(font.size * gap)

    def skip(self, k: float = 1.0, font=None):
        self.y += round((font.size if font else 40) * k)

    def para(self, text: str, font, indent: int = 0, width: int | None = None):
        width = width or (self.right - self.left)
        words, cur, first = text.split(), "", True
        for wd in words:
            trial = (cur + " " + wd).strip()
            lim = width - (indent if first else 0)
            if self.d.textlength(trial, font=font) > lim and cur:
                self.line(cur, font, x=self.left + (indent if first else 0))
                cur, first = wd, False
            else:
                cur = trial
        if cur:
            self.line(cur, font, x=self.left + (indent if first else 0))


def render_act(act: Act, handwritten: bool) -> _Page:
    """The first page of an act on its printed form. ``handwritten``: the
    form's ``от ______ № ____`` is filled in by pen after signing."""
    from PIL import Image, ImageDraw
    pg = _Page()
    reg, bold = _font(SERIF, 14), _font(SERIF_BOLD, 14)
    big = _font(SERIF_BOLD, 18)
    for line in act.heading:
        pg.line(line, bold, "center")
    pg.skip(0.8, reg)
    pg.line(act.kind, big, "center", gap=1.6)
    if handwritten:
        # the printed blanks; the pen writes above them
        y0 = pg.y
        pg.line("от ____________________", reg, x=pg.left)
        pg.y = y0
        blank = "№ ____________"
        pg.line(blank, reg, "right")
        hand = _font(HAND, 15)
        rnd = random.Random(47)

        def pen(text: str, x: int, angle: float) -> None:
            # each entry written on its own, a little askew, in ink lighter than toner
            ink = Image.new("L", (40 + round(hand.size * 0.8 * len(text)), 110), 0)
            di = ImageDraw.Draw(ink)
            cx = 10
            for ch in text:
                di.text((cx, 30 + rnd.randint(-2, 2)), ch, font=hand, fill=255)
                cx += di.textlength(ch, font=hand) + rnd.randint(-1, 2)
            ink = ink.rotate(angle, resample=Image.BICUBIC, expand=False)
            pg.im.paste(70, (x, y0 - 58), ink)

        pen(act.date, pg.left + 60, 1.5)
        pen(act.number, round(pg.right - pg.d.textlength(blank, font=reg)) + 70, -1.0)
    else:
        pg.line(f"от {act.date}", reg, x=pg.left, gap=0)
        pg.line(f"№ {act.number}", reg, "right")
    pg.line(act.place, reg, "center")
    pg.skip(0.8, reg)
    pg.para(act.title, bold, width=round((pg.right - pg.left) * 0.62))
    pg.skip(0.8, reg)
    for text in act.paras:
        pg.para(text, reg, indent=round(1.25 / 2.54 * DPI))
    pg.skip(1.5, reg)
    for left, right in act.sign:
        ls = left.split("\n")
        for i, s in enumerate(ls):
            if i == len(ls) - 1:
                pg.line(s, reg, x=pg.left, gap=0)
                pg.line(right, reg, "right")
            else:
                pg.line(s, reg, x=pg.left)
    return pg


def scanned(im, seed: int, angle: float):
    """A scanner's look: a slight rotation, grey paper, toner specks, blur."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    px = im.load()
    for _ in range(2500):
        x, y = rnd.randrange(PAGE_W), rnd.randrange(PAGE_H)
        px[x, y] = rnd.randint(90, 200)
    paper = Image.new("L", im.size, 0)
    pp = paper.load()
    for _ in range(60000):
        pp[rnd.randrange(PAGE_W), rnd.randrange(PAGE_H)] = rnd.randint(8, 25)
    from PIL import ImageChops
    return ImageChops.subtract(im, paper)


def _pdf(objects: list[bytes], info: dict[str, str]) -> bytes:
    """A PDF 1.4 file from numbered objects (1 = catalog); no dates, a fixed ID."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    info_no = len(objects) + 1
    objects = objects + [("<< " + " ".join(f"/{k} ({v})" for k, v in info.items()) + " >>").encode()]
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    fid = zlib.crc32(b"".join(objects)).to_bytes(4, "big").hex() * 4
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_no} 0 R "
              f"/ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(dict_body: str, data: bytes) -> bytes:
    return f"<< {dict_body} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def image_pdf(im, text_layer: list[tuple[str, int, int, int]] | None = None,
              producer: str = "Scanner") -> bytes:
    """One page: the image over the whole A4 page, and optionally an invisible
    text layer (render mode 3) in Helvetica at the given pixel positions."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=78, dpi=(DPI, DPI), optimize=False)
    jpg = buf.getvalue()
    w_pt, h_pt = 595.28, 841.89
    content = [f"q {w_pt} 0 0 {h_pt} 0 0 cm /Im0 Do Q".encode()]
    if text_layer:
        k = 72 / DPI
        for text, x, base, size in text_layer:
            s = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            content.append(f"BT 3 Tr /F1 {size * k:.2f} Tf {x * k:.2f} {h_pt - base * k:.2f} Td "
                           f"({s}) Tj ET".encode("latin-1"))
    cs = zlib.compress(b"\n".join(content), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt} {h_pt}] /Contents 4 0 R "
         f"/Resources << /XObject << /Im0 5 0 R >> /Font << /F1 6 0 R >> >> >>").encode(),
        _stream("/Filter /FlateDecode", cs),
        _stream(f"/Type /XObject /Subtype /Image /Width {im.width} /Height {im.height} "
                "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", jpg),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return _pdf(objs, {"Producer": producer})


_LOOKALIKE = dict(zip(
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["A", "E", "B", "T", "/\\", "E", "E", "X", "3", "I,I", "I,I", "K", "T", "M", "H", "O", "II",
     "P", "C", "T", "Y", "O", "X", "II", "Y", "III", "III", "b", "bI", "b", "3", "IO", "A",
     "a", "6", "n", "r", "g", "e", "e", "x", "3", "u", "u", "r", "n", "m", "H", "o", "n",
     "p", "c", "r", "y", "qp", "x", "u", "r", "w", "w", "b", "bI", "b", "3", "lo", "n"]))
_PUNCT = {"«": '"', "»": '"', "№": "No", "–": "-", "—": "-"}


def garble(s: str) -> str:
    """What a scanner's embedded font gives for Cyrillic: Latin look-alikes
    (``ПОСТАНОВЛЕНИЕ`` -> ``IIOCTAHOBTEHI,IE``)."""
    return "".join(_LOOKALIKE.get(ch, _PUNCT.get(ch, ch)) for ch in s)


def scan_pdf(act: Act) -> bytes:
    pg = render_act(act, handwritten=True)
    return image_pdf(scanned(pg.im, seed=14, angle=0.7), producer="KM_C250i")


def garbled_pdf(act: Act) -> bytes:
    pg = render_act(act, handwritten=False)
    layer = [(garble(t), x, y, s) for t, x, y, s in pg.lines]
    return image_pdf(scanned(pg.im, seed=15, angle=-0.3), layer, producer="Canon iR-ADV 4545 PDF")


# --- LibreOffice -------------------------------------------------------------------------------

def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert with a private LibreOffice profile (other users may run one)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice not found: install libreoffice-writer-nogui or use --no-soffice")
    profile = Path(tempfile.gettempdir()) / "actdesk-corpus-lo-profile"
    subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=300)
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)


# --- the fund ------------------------------------------------------------------------------------

def python_files() -> dict[str, bytes]:
    """Every file written without LibreOffice, by name (deterministic)."""
    fair_docx = docx_bytes(A.FAIR, "table")
    family_docx = docx_bytes(A.FAMILY, "tabs")
    election_docx = docx_bytes(A.ELECTION, "tabs")
    return {
        "01_zarechny_145p_yarmarka.docx": fair_docx,
        "03_zarechny_98p_kladbishcha.docx": docx_bytes(A.CEMETERY, "tabs"),
        "05_zarechny_12p_roditelskaya_plata_cp1251.txt": txt_bytes(A.KINDERGARTEN, "cp1251"),
        "07_zarechny_sovet_12-3_byudzhet.rtf": rtf_bytes(A.BUDGET),
        "08_zarechny_58r_uborka_snega_koi8r.txt": txt_bytes(A.SNOW, "koi8-r", "\n", wrap=True),
        "09_zarechny_uo_37od_olimpiada_cp866.txt": txt_bytes(A.OLYMPIAD, "cp866"),
        "10_zarechny_301p_pozharnaya_bezopasnost.html": html_bytes(A.FIRE),
        "11_zarechny_sovet_15-2_mnogodetnye.eml": eml_bytes(
            A.FAMILY, family_docx, "Решение 15-2 о поддержке многодетных семей.docx"),
        "12_zarechny_vybory_2024.zip": zip_bytes([
            ("reshenie_17-5_naznachenie_vyborov.docx", election_docx),
            ("postanovlenie_355-p_agitacionnye_mesta.txt",
             txt_bytes(A.AGITATION, "utf-8", "\n")),
        ]),
        "14_zarechny_glava_47_slushaniya_scan.pdf": scan_pdf(A.HEARING),
        "15_zarechny_76r_letniy_otdyh_garbled.pdf": garbled_pdf(A.SUMMER),
    }


# name -> (source made in Python, LibreOffice filter)
SOFFICE = {
    "02_zarechny_145p_yarmarka.pdf": (lambda: docx_bytes(A.FAIR, "table"), "pdf:writer_pdf_Export"),
    "04_zarechny_212p_izm_98p.odt": (lambda: docx_bytes(A.CEMETERY_AMEND, "tabs"), "odt"),
    "06_zarechny_260p_roditelskaya_plata.doc": (lambda: docx_bytes(A.KINDERGARTEN_NEW, "tabs"),
                                                "doc:MS Word 97"),
    "13_zarechny_vestnik_14_2024.pdf": (lambda: gazette_docx_bytes((A.CLEANUP, A.VICTORY)),
                                        "pdf:writer_pdf_Export"),
    "16_zarechny_63p_sport_programma.pdf": (lambda: docx_bytes(A.SPORT, "table"),
                                            "pdf:writer_pdf_Export"),
}


def build(out: Path, soffice: bool = True) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in python_files().items():
        (out / name).write_bytes(data)
        written.append(out / name)
    if soffice:
        with tempfile.TemporaryDirectory() as td:
            td = Path(td)
            for name, (make, fmt) in SOFFICE.items():
                src = td / (Path(name).stem + ".docx")
                src.write_bytes(make())
                (td / "out").mkdir(exist_ok=True)
                res = soffice_convert(src, fmt, td / "out")
                shutil.copyfile(res, out / name)
                written.append(out / name)
    return sorted(written)


# --- truth --------------------------------------------------------------------------------------

# file (entry inside a container or None, act) in import order, with what each exercises
FUND = (
    ("01_zarechny_145p_yarmarka.docx", None, A.FAIR,
     "DOCX: emblem picture, heading in a borderless table (date left, place, number right)"),
    ("02_zarechny_145p_yarmarka.pdf", None, A.FAIR,
     "text PDF of the same act (LibreOffice): table heading on one visual line; linked duplicate"),
    ("03_zarechny_98p_kladbishcha.docx", None, A.CEMETERY,
     "DOCX: date «27» февраля 2024 г. and number at a right tab stop; annex with its own «от … №»"),
    ("04_zarechny_212p_izm_98p.odt", None, A.CEMETERY_AMEND,
     "ODT (LibreOffice): amending act, title cites 98-п"),
    ("05_zarechny_12p_roditelskaya_plata_cp1251.txt", None, A.KINDERGARTEN,
     "TXT cp1251, CRLF: a clerk's typed act; repealed by 260-п"),
    ("06_zarechny_260p_roditelskaya_plata.doc", None, A.KINDERGARTEN_NEW,
     "Word 97 .doc (LibreOffice): repeals 12-п in its clause 3"),
    ("07_zarechny_sovet_12-3_byudzhet.rtf", None, A.BUDGET,
     "RTF by hand, \\ansicpg1251 with \\'xx escapes: council decision № 12/3, convocation line"),
    ("08_zarechny_58r_uborka_snega_koi8r.txt", None, A.SNOW,
     "TXT koi8-r, LF, wrapped at 72: № typed as N, «» as \", dash as hyphen"),
    ("09_zarechny_uo_37od_olimpiada_cp866.txt", None, A.OLYMPIAD,
     "TXT cp866: a department's приказ, heading with the parent administration"),
    ("10_zarechny_301p_pozharnaya_bezopasnost.html", None, A.FIRE,
     "HTML page of the municipal site: menu, breadcrumbs, «Скачать документ», number split in spans"),
    ("11_zarechny_sovet_15-2_mnogodetnye.eml", "Решение 15-2 о поддержке многодетных семей.docx",
     A.FAMILY, "e-mail with a covering letter and the decision attached as DOCX"),
    ("12_zarechny_vybory_2024.zip", "reshenie_17-5_naznachenie_vyborov.docx", A.ELECTION,
     "zip: council decision (DOCX)"),
    ("12_zarechny_vybory_2024.zip", "postanovlenie_355-p_agitacionnye_mesta.txt", A.AGITATION,
     "zip: decree (UTF-8 TXT)"),
    ("13_zarechny_vestnik_14_2024.pdf", None, A.CLEANUP,
     "gazette issue, two columns (LibreOffice): masthead, first act"),
    ("13_zarechny_vestnik_14_2024.pdf", None, A.VICTORY,
     "gazette issue: second act, split from the first"),
    ("14_zarechny_glava_47_slushaniya_scan.pdf", None, A.HEARING,
     "scan (image only, 200 dpi JPEG, skewed, specks): date and number filled in by pen; OCR"),
    ("15_zarechny_76r_letniy_otdyh_garbled.pdf", None, A.SUMMER,
     "scan with a garbled invisible text layer (Latin look-alikes); OCR"),
    ("16_zarechny_63p_sport_programma.pdf", None, A.SPORT,
     "text PDF (LibreOffice): table heading with the date «6» февраля 2024 г."),
)
GAZETTE = {"name": "Заречный вестник", "issue": "14 (412)", "date": "2024-04-19"}  # as printed (issue 14)


def truth_lines() -> list[dict]:
    """One line per record the fund should hold: the file (and the entry of
    an archive or message, or the act's place in a gazette issue), what it
    exercises, and the fields of spec/record.md as printed in it."""
    out, seen = [], {}
    first_file = {}
    for name, entry, act, what in FUND:
        seen[name, entry] = seen.get((name, entry), 0) + 1
        t = dict(act.truth)
        if name.endswith("_koi8r.txt"):   # printed as a koi8-r typist could
            t = {k: (v.translate(str.maketrans(_TYPED)) if isinstance(v, str) else v)
                 for k, v in t.items()}
        line = {"file": name, "entry": entry, "act": seen[name, entry], "exercises": what}
        line.update({k: t.get(k) for k in ("kind", "number", "date", "body", "level", "title")})
        line["amends"] = t.get("amends", [])
        line["repeals"] = t.get("repeals", [])
        if "status" in t:
            line["status"] = t["status"]
        if act.key in first_file:
            line["duplicate_of"] = first_file[act.key]
        else:
            first_file[act.key] = name
        if name.startswith("13_"):
            line["publication"] = GAZETTE
        out.append(line)
    return out


def write_truth(path: Path) -> None:
    import json
    path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth_lines()),
                    encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--no-soffice", action="store_true")
    args = ap.parse_args(argv)
    out = args.out or HERE / "files"
    for p in build(out, soffice=not args.no_soffice):
        print(f"{p.stat().st_size:>9}  {p.name}")
    if args.out is None:
        write_truth(HERE / "truth.jsonl")
        print(f"{'':>9}  truth.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
