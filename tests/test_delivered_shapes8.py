"""Legal databases' exports saved as PDF (issue 12, helper dbfiles): the running
header and footer every page prints (the database's one-line heading, its name,
``Страница 2 из 5`` or ``2/5``) stand in the text layer wherever a page breaks —
in the middle of the heading block or of the title when the page is small.

Each file is composed here (python-docx, converted by LibreOffice), in our own
wording, for fictional municipalities (Сосновское сельское поселение of a
Заречный район, Тестовская область); what is asserted is what a librarian
reads off the pages.
"""
from __future__ import annotations

import shutil

import docx as python_docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from tests.blanks import convert
from tests.test_binary_shapes import act_of
from tests.test_delivered_shapes3 import _fields

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")

BODY = "Администрация Сосновского сельского поселения Заречного района Тестовской области"
TITLE = ("О внесении изменений в постановление администрации Сосновского сельского поселения "
         "от 14.05.2019 № 12 «Об утверждении Порядка содержания мест захоронения на территории поселения»")
ONE_LINE = ("Постановление администрации Сосновского сельского поселения Заречного района Тестовской области "
            "от 12.03.2024 N 14 \"О внесении изменений в постановление администрации Сосновского сельского "
            "поселения от 14.05.2019 N 12 \"Об утверждении Порядка содержания мест захоронения\"")
TEXT = ["В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
        "местного самоуправления в Российской Федерации» администрация поселения постановляет:",
        "1. Внести в постановление изменения согласно приложению.",
        "2. Настоящее постановление вступает в силу со дня его официального опубликования.",
        "Глава поселения\tИ.И. Иванов"]


def _field(paragraph, code: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {code} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _export(path, header: list[str], footer: str, numbers: str) -> None:
    """A pocket page (the heading block crosses page breaks), a running header
    and a footer with the page's number (``Страница N из M`` or ``N/M``)."""
    document = python_docx.Document()
    document.styles["Normal"].font.size = Pt(14)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(11), Cm(9)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(1.2)
    for i, line in enumerate(header):
        p = section.header.paragraphs[0] if i == 0 else section.header.add_paragraph()
        p.add_run(line).font.size = Pt(8)
    f = section.footer.paragraphs[0]
    f.add_run(footer + ("\tСтраница " if numbers == "of" else "\t")).font.size = Pt(8)
    _field(f, "PAGE")
    f.add_run(" из " if numbers == "of" else "/")
    _field(f, "NUMPAGES")
    for line in ["Тестовская область", "Заречный район", "АДМИНИСТРАЦИЯ СОСНОВСКОГО", "СЕЛЬСКОГО ПОСЕЛЕНИЯ",
                 "ЗАРЕЧНОГО РАЙОНА", "ТЕСТОВСКОЙ ОБЛАСТИ", "", "ПОСТАНОВЛЕНИЕ", "", "от 12.03.2024 № 14", "",
                 TITLE, ""] + TEXT:
        document.add_paragraph(line)
    document.save(path)


@needs_soffice
@pytest.mark.parametrize("header, footer, numbers", [
    ([ONE_LINE], "Система ГАРАНТ", "slash"),
    ([ONE_LINE, "Документ предоставлен КонсультантПлюс", "Дата сохранения: 12.03.2024"],
     "КонсультантПлюс надежная правовая поддержка www.consultant.ru", "of"),
    ([], "Система ГАРАНТ", "slash"),
])
def test_a_database_exports_running_header_and_footer_inside_the_heading(tmp_path, header, footer, numbers):
    """The lines every page repeats at its top and its foot, its number aside,
    are the database's, not the act's: the body and the title read whole."""
    _export(tmp_path / "act.docx", header, footer, numbers)
    pdf = convert([tmp_path / "act.docx"], "pdf", tmp_path / "pdf")[0]
    _fields(act_of(pdf)[1], "постановление", "14", "2024-03-12", BODY, TITLE)


def test_a_title_broken_by_the_running_footer_and_header_reads_whole():
    """Page 1 ends inside the title, its footer and page 2's header between
    the title's halves (as a PDF's text layer gives them): the title reads whole."""
    from ingest.requisites import extract_acts
    from ingest.running import running_spans
    header = ["Документ предоставлен КонсультантПлюс", "Дата сохранения: 12.03.2024"]
    footer = ["КонсультантПлюс надежная правовая поддержка", "www.consultant.ru"]
    half = len(TITLE) // 2
    cut = TITLE.rfind(" ", 0, half)
    pages = [
        "\n".join(header + ["АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО РАЙОНА ТЕСТОВСКОЙ ОБЛАСТИ",
                            "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 14", TITLE[:cut]] + footer + ["Страница 1 из 3"]),
        "\n".join(header + [TITLE[cut + 1:]] + TEXT[:2] + footer + ["Страница 2 из 3"]),
        "\n".join(header + TEXT[2:] + footer + ["Страница 3 из 3"]),
    ]
    text = "\n\n".join(pages)
    meta = {"running_spans": running_spans(pages), "running_len": len(text)}
    _fields(extract_acts(text, meta)[0], "постановление", "14", "2024-03-12",
            "Администрация Сосновского сельского поселения Заречного района Тестовской области", TITLE)


@needs_soffice
@pytest.mark.parametrize("banner", [True, False])
def test_a_database_exports_wrapped_one_line_heading_on_its_cover_and_its_running_header(tmp_path, banner):
    """A two-page export (its header printed once, on page 2: nothing repeats to
    tell it for furniture): the one-line heading in the genitive that a narrow
    column wrapped, on the cover and in the header, is the database's reference,
    not the heading block — the body and the title are read from the block."""
    from docx.enum.text import WD_BREAK
    document = python_docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(10), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.2)
    section.different_first_page_header_footer = True
    head, title = ONE_LINE.split(' "', 1)
    section.header.paragraphs[0].add_run(f'{head} (ред. от 20.05.2024) "{title}').font.size = Pt(9)
    section.header.add_paragraph("Документ предоставлен КонсультантПлюс")
    section.header.add_paragraph("Дата сохранения: 12.03.2024")
    cover = (["КонсультантПлюс", "надежная правовая поддержка"] if banner else []) + [
        "Документ предоставлен КонсультантПлюс", ONE_LINE.split(' "')[0], "(ред. от 20.05.2024)",
        '"' + ONE_LINE.split(' "', 1)[1], "www.consultant.ru", "Дата сохранения: 12.03.2024"]
    for line in cover:
        document.add_paragraph(line)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for line in ["АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ ЗАРЕЧНОГО РАЙОНА ТЕСТОВСКОЙ ОБЛАСТИ",
                 "ПОСТАНОВЛЕНИЕ", "от 12 марта 2024 г. N 14", "", TITLE.upper(), ""] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    pdf = convert([tmp_path / "act.docx"], "pdf", tmp_path / "pdf")[0]
    _fields(act_of(pdf)[1], "постановление", "14", "2024-03-12", BODY.upper(), TITLE)


COVER = ["КонсультантПлюс", "надежная правовая поддержка", "Документ предоставлен КонсультантПлюс",
         "Распоряжение Контрольно-счётной палаты Сосновского сельского",
         "поселения Заречного района от 04.04.2024 N", "43-р", "(ред. от 20.05.2024)",
         "\"Об установлении размера платы за пользование жилым помещением\"",
         "www.consultant.ru", "Дата сохранения: 12.03.2024"]
HEADER = ["Распоряжение Контрольно-счётной палаты Сосновского",
          "сельского поселения Заречного района от 04.04.2024 N",
          "43-р (ред. от 20.05.2024) \"Об установлении размера",
          "платы за пользование жилым помещением\"",
          "Документ предоставлен КонсультантПлюс", "Дата сохранения: 12.03.2024"]


@pytest.mark.parametrize("cover", [COVER, COVER[2:], COVER[:3] + [" ".join(COVER[3:6])] + COVER[6:]])
def test_a_wrapped_one_line_heading_after_the_databases_lines(tmp_path, cover):
    """A two-page export whose running header is printed once (page 2), so
    nothing repeats to tell it for furniture: the one-line heading in the
    genitive a narrow column wrapped (``… от 04.04.2024 N`` / ``43-р …``),
    under the database's own lines, on the cover and in the header, is the
    database's reference; the body and the title are the heading block's."""
    from tests.test_formats import write_pdf
    page2 = HEADER + ["КОНТРОЛЬНО-СЧЁТНАЯ ПАЛАТА СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО РАЙОНА",
                      "РАСПОРЯЖЕНИЕ", "от 4 апреля 2024 г. N 43-р",
                      "ОБ УСТАНОВЛЕНИИ РАЗМЕРА ПЛАТЫ ЗА ПОЛЬЗОВАНИЕ ЖИЛЫМ ПОМЕЩЕНИЕМ",
                      "1. Установить размер платы согласно приложению.",
                      "2. Настоящее распоряжение вступает в силу со дня его подписания.",
                      "КонсультантПлюс надежная правовая поддержка", "www.consultant.ru", "Страница 2 из 2"]
    pages = [[(60, 800 - 16 * i, x) for i, x in enumerate(lines)] for lines in (cover, page2)]
    path = write_pdf(tmp_path / "act.pdf", pages)
    _fields(act_of(path)[1], "распоряжение", "43-р", "2024-04-04",
            "Контрольно-счётная палата Сосновского сельского поселения Заречного района",
            "Об установлении размера платы за пользование жилым помещением")


@pytest.mark.parametrize("lines", [
    ["Система ГАРАНТ", "Постановление Администрации", "Сосновского сельского поселения", "Заречного района",
     "Тестовской области от 12 марта", "2024 г. N 14 \"О порядке содержания", "мест захоронения\"",
     "(с изменениями и дополнениями)"],
    ["Постановление Администрации", "Сосновского сельского поселения", "Заречного района",
     "Тестовской области от 12 марта 2024 г.", "N 14 \"О порядке содержания", "мест захоронения\""],
])
def test_a_garant_export_whose_wrapped_one_line_heading_is_its_only_heading(tmp_path, lines):
    """Garant's export with no heading block: the one-line heading a narrow
    page wrapped, a line of it opening with a capital (``Заречного района``)
    before its number came, still one reference: the body, the date, the number
    and the title are read off it."""
    from tests.test_formats import write_pdf
    page = lines + ["С изменениями и дополнениями от:", "20 мая 2024 г."] + TEXT[:3] + ["Система ГАРАНТ 1/1"]
    path = write_pdf(tmp_path / "act.pdf", [[(60, 800 - 16 * i, x) for i, x in enumerate(page)]])
    _fields(act_of(path)[1], "постановление", "14", "2024-03-12", BODY, "О порядке содержания мест захоронения")


def test_a_garant_export_whose_running_header_repeats_its_one_line_heading_over_it(tmp_path):
    """A one-page Garant export: the running header prints the one-line heading
    (wrapped), then the page prints it again with ``(с изменениями и
    дополнениями)``, wrapped at other words; the second reference, under the
    first one's closing quote, is read as one line too: the title is whole."""
    from tests.test_formats import write_pdf
    title = "О внесении изменений в постановление от 14.05.2019 № 12 «Об утверждении Порядка содержания мест захоронения»"
    ref = ("Постановление Администрации Сосновского сельского поселения Заречного района Тестовской области "
           "от 12 марта 2024 г. N 14 \"О внесении изменений в постановление от 14.05.2019 № 12 \"Об утверждении "
           "Порядка содержания мест захоронения\"")
    at = [ref.rfind(" ", 0, 120), ref.rfind(" ", 0, 240)]
    header = [ref[:at[0]], ref[at[0] + 1:at[1]], ref[at[1] + 1:]]
    cuts = [ref.rfind(" ", 0, 80), ref.rfind(" ", 0, 160), ref.rfind(" ", 0, 230)]
    again = [ref[:cuts[0]], ref[cuts[0] + 1:cuts[1]], ref[cuts[1] + 1:cuts[2]],
             ref[cuts[2] + 1:] + " (с изменениями и", "дополнениями)"]
    page = header + again + ["С изменениями и дополнениями от:", "20 мая 2024 г."] + TEXT[:3] + ["Система ГАРАНТ 1/1"]
    path = write_pdf(tmp_path / "act.pdf", [[(60, 800 - 16 * i, x) for i, x in enumerate(page)]])
    _fields(act_of(path)[1], "постановление", "14", "2024-03-12", BODY, title)
