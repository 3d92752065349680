"""A press dossier as a document to hand out: DOCX or HTML.

    compile_dossier(fund, name, group_by="year") -> Compiled
    write(compiled, fmt, path)

Layout (what a library's press dossier looks like): a title page with the
dossier's name, «Пресс-досье», the years covered and the date of
compilation; the contents — the ГОСТ Р 7.0.100 list of its materials
grouped by year or by rubric (search/lists.py builds it: the descriptions
are search/biblio.py's, with the ``//`` part for what a newspaper
published); then the materials in the same order and numbering, each its
description followed by the text. A clipping (``публикация``) is given
whole; an act by an excerpt of ``ACT_EXCERPT`` characters, cut at a word
(``excerpt`` sets it for every entry, ``full`` gives every text whole).

The writers start from search/render.py's (its DOCX styles, its HTML
escaping and typesetting); only what a list has not — the title page and
the texts — is here.
"""
from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ingest.fund import Fund
from search import lists, render
from search.dossier.store import CLIPPING, DossierError, get, members

__all__ = ["GROUP_BY", "FORMATS", "ACT_EXCERPT", "Compiled", "compile_dossier", "passage",
           "render_dossier", "write"]

GROUP_BY = ("year", "rubric")
FORMATS = ("docx", "html")
ACT_EXCERPT = 1500
SUBTITLE = "Пресс-досье"
CONTENTS = "Содержание"
MATERIALS = "Материалы"


@dataclass
class Compiled:
    """The list of a dossier's materials and how much of each text to give."""
    blist: lists.BibList
    excerpt: int | None = None    # characters of every text (None: clippings whole, acts ACT_EXCERPT)
    full: bool = False            # every text whole

    @property
    def name(self) -> str:
        return self.blist.title


def compile_dossier(fund: Fund, name: str, *, group_by: str = "year",
                    excerpt: int | None = None, full: bool = False, today: date | None = None,
                    index_dir: Path | None = None) -> Compiled:
    if group_by not in GROUP_BY:
        raise DossierError(f"group by one of {', '.join(GROUP_BY)}, not {group_by!r}")
    if excerpt is not None and excerpt < 1:
        raise DossierError("an excerpt is at least 1 character long")
    d = get(fund, name)
    records = [m.record for m in members(fund, d, index_dir=index_dir)]
    labels, rorder = lists.rubric_scheme(fund.home)
    covered = lists._years(records)
    bl = lists.build_list(records, title=d.name,
                          period=f"Хронологический охват: {covered}" if covered else None,
                          compiled=(today or date.today()).isoformat(), group_by=group_by,
                          order="date", rubric_labels=labels, rubric_order=rorder,
                          prefer_rubrics=d.query.rubric, urls=lists.source_urls(fund, records),
                          query=d.query.to_dict(), note=SUBTITLE)
    return Compiled(bl, excerpt, full)


def _cut(text: str, limit: int) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:–-") + " […]", True


def passage(rec, c: Compiled) -> tuple[list[str], bool]:
    """The paragraphs of a record's text as the dossier gives it, and
    whether they are an excerpt."""
    text = render.printable(rec.text or "").strip()
    if c.full:
        limit = None
    elif c.excerpt is not None:
        limit = c.excerpt
    else:
        limit = None if (rec.kind or "").lower() == CLIPPING else ACT_EXCERPT
    cut = False
    if limit is not None:
        text, cut = _cut(text, limit)
    if re.search(r"\n\s*\n", text):   # paragraphs apart: the lines inside one are joined
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    else:
        paras = [" ".join(p.split()) for p in text.splitlines()]
    return [p for p in paras if p], cut


def _title_lines(bl: lists.BibList) -> list[str]:
    return [x for x in (bl.period, bl.compiled_line, f"Всего материалов: {bl.total}") if x]


# --- HTML -------------------------------------------------------------------------

_CSS = render._CSS + """
section.title-page{min-height:90vh;display:flex;flex-direction:column;justify-content:center;
text-align:center;page-break-after:always;break-after:page}
section.title-page h1{font-size:2em}p.sub{font-size:1.2em;letter-spacing:.1em}
article.entry{margin:1.2em 0}p.desc{font-weight:bold}p.excerpt{font-style:italic;color:#444}
div.text p{text-indent:1.25em;margin:.2em 0;text-align:justify}"""


def render_html(c: Compiled) -> str:
    bl, e = c.blist, html.escape
    out = ["<!DOCTYPE html>", '<html lang="ru">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(bl.title)} — {SUBTITLE}</title>", f"<style>{_CSS}</style>", "</head>",
           "<body>", '<section class="title-page">', f'<p class="sub">{SUBTITLE}</p>',
           f"<h1>{e(bl.title)}</h1>"]
    out += [f'<p class="meta">{e(ln)}</p>' for ln in _title_lines(bl)]
    out += ["</section>", f'<nav class="contents"><h2>{CONTENTS}</h2>']
    for g in bl.groups:
        if g.heading:
            out.append(f"<h3>{e(g.heading)}</h3>")
        out.append(f'<ol start="{g.entries[0].n}">')
        # an entry whose description holds a link (its page's URL, a portal's
        # publication) is not wrapped in the link to its text: no <a> in an <a>
        out += [f'<li value="{en.n}"><a href="#e{en.n}">{render._html_desc(en)}</a></li>'
                if not (en.url or render._url_in(en.description))
                else f'<li value="{en.n}">{render._html_desc(en)}</li>'
                for en in g.entries]
        out.append("</ol>")
    out += ["</nav>", f"<h2>{MATERIALS}</h2>"]
    for g in bl.groups:
        if g.heading:
            out.append(f'<h2 class="group">{e(g.heading)}</h2>')
        for en in g.entries:
            paras, cut = passage(en.record, c)
            out.append(f'<article class="entry" id="e{en.n}">')
            out.append(f'<p class="desc">{en.n}. {render._html_desc(en)}</p>')
            out.append('<div class="text">' + "".join(f"<p>{e(p)}</p>" for p in paras) + "</div>")
            if cut:
                out.append('<p class="excerpt">(Фрагмент текста)</p>')
            out.append("</article>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# --- DOCX -------------------------------------------------------------------------

def render_docx(c: Compiled) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    bl = c.blist
    doc = render.docx_document(bl.title, SUBTITLE)
    for _ in range(8):
        doc.add_paragraph()
    sub = doc.add_paragraph(SUBTITLE)
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(bl.title)
    run.bold, run.font.size = True, Pt(20)
    doc.add_paragraph()
    for ln in _title_lines(bl):
        doc.add_paragraph(ln).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    doc.add_heading(CONTENTS, level=1)
    list_id = doc.styles["List Number"].style_id
    for g in bl.groups:
        if g.heading:
            doc.add_heading(g.heading, level=2)
        for en in g.entries:
            doc.add_paragraph(render.typeset(en.description))._p.get_or_add_pPr().style = list_id
    doc.add_page_break()

    doc.add_heading(MATERIALS, level=1)
    for g in bl.groups:
        if g.heading:
            doc.add_heading(g.heading, level=2)
        for en in g.entries:
            head = doc.add_paragraph()
            head.paragraph_format.space_before = Pt(12)
            head.paragraph_format.space_after = Pt(6)
            head.paragraph_format.keep_with_next = True
            head.add_run(f"{en.n}. {render.typeset(en.description)}").bold = True
            paras, cut = passage(en.record, c)
            for t in paras:
                tp = doc.add_paragraph(t)
                tp.paragraph_format.first_line_indent = Cm(1.25)
                tp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if cut:
                doc.add_paragraph().add_run("(Фрагмент текста)").italic = True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


_WRITERS = {"docx": render_docx, "html": lambda c: render_html(c).encode("utf-8")}


def render_dossier(c: Compiled, fmt: str) -> bytes:
    if fmt not in _WRITERS:
        raise DossierError(f"a dossier is exported as {' or '.join(FORMATS)}, not {fmt!r}")
    return _WRITERS[fmt](c)


def write(c: Compiled, fmt: str, path: Path) -> None:
    """Atomic, as every list is written (search/render.py)."""
    render.write_bytes(path, render_dossier(c, fmt))


def file_name(name: str, fmt: str) -> str:
    """A download's name: the dossier's, without what a file name cannot hold."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or "dossier"
    return f"{stem}.{render.format_of(fmt).suffix}"


def mime(fmt: str) -> str:
    return render.format_of(fmt).mime

