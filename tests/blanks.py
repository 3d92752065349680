"""Municipal blanks (бланки) delivered as DOCX, RTF, DOC, ODT and PDF (issue 12).

A blank sets the coat of arms, the issuer's block, the kind word, the date and
the number in tables, text boxes, the first page's header, tab stops or over
the rules of the form; a clerk saves it in whatever format the office uses.
Each blank below is composed once (DOCX with python-docx or RTF by hand, in our
own wording for the fictional Тестовская область) and converted by LibreOffice
(``soffice --headless --convert-to``) into the other formats (DOCX, DOC, ODT,
PDF), so the same page is read by every reader. ``python -m tests.blanks`` prints the misses.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import docx as python_docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm

from tests.delivered_samples import (ADM, ADM_BODY, COUNCIL, COUNCIL_BODY, EDU, EDU_BODY, HEAD, HEAD_BODY,
                                     T_AWARD, T_BUDGET, T_FAIR, T_PARK, T_RENT, T_SCHOOL, T_SNOW, T_WATER,
                                     VILLAGE, VILLAGE_BODY, FIELDS, _arms, _cell, _corner, _esc, _par, _paras, _row,
                                     _rtf, _save, _text, misses, text_of, truth)

DEPUTIES = ["СОБРАНИЕ ДЕПУТАТОВ", "СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО РАЙОНА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
DEPUTIES_BODY = "Собрание депутатов Сосновского сельского поселения Заречного района Тестовской области"


# what LibreOffice converts each composed file into (but its own format)
FORMATS = ("docx", "doc", "odt", "pdf")


@dataclass(frozen=True)
class Blank:
    name: str
    build: Callable[[Path], Path]
    truth: dict

    @property
    def formats(self) -> tuple[str, ...]:
        """The format it is composed in, then those it is converted to."""
        own = self.name.split("_")[0]
        return (own,) + tuple(f for f in FORMATS if f != own)


BLANKS: list[Blank] = []


def blank(kind, number, date, body, title):
    def register(build):
        BLANKS.append(Blank(build.__name__, build, truth(kind, number, date, body, title)))
        return build
    return register


def _docx_row(d, cells: list[list[str]]) -> None:
    for cell, lines in zip(d.add_table(rows=1, cols=len(cells)).rows[0].cells, cells):
        _cell(cell, lines)


# -- composed in DOCX -----------------------------------------------------------


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_guillemet_date_and_number_in_two_cells(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
    _docx_row(d, [["«12» марта 2024 г."], ["№ 145-п"]])
    _paras(d, ["г. Заречный", "", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


@blank("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def docx_council_three_cells_place_in_the_middle(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, COUNCIL + ["седьмого созыва", "", "РЕШЕНИЕ", ""])
    _docx_row(d, [["21.05.2024"], ["г. Заречный"], ["№ 6-55Р"]])
    _paras(d, ["", T_BUDGET] + text_of("решение"))
    return _save(d, tmp)


def _box(lines: list[str], left_cm: float, width_cm: float = 5.0) -> str:
    """A text box of Word 2010+ floating beside its paragraph, with its size."""
    emu = 360000
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{x}</w:t></w:r></w:p>' for x in lines)
    cx, cy = int(width_cm * emu), int(0.5 * emu * (len(lines) + 1))
    return (f'<w:r {_NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            f'<wp:posOffset>{int(left_cm * emu)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
            f'<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:wrapNone/>'
            f'<wp:docPr id="{int(left_cm * 10) + 1}" name="box"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


@blank("постановление", "1203-п", "2024-11-05", ADM_BODY, T_SNOW)
def docx_date_and_number_in_text_boxes(tmp: Path) -> Path:
    """The date in a box at the left margin, the number in one at the right."""
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ"])
    anchor = d.add_paragraph()._p
    anchor.append(parse_xml(_box(["05.11.2024"], 0)))
    anchor.append(parse_xml(_box(["№ 1203-п"], 12)))
    _paras(d, ["", "г. Заречный", "", T_SNOW] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_issuer_in_the_first_page_header(tmp: Path) -> Path:
    """The blank's issuer and kind word printed in the first page's header;
    the pages after it carry a running header of their own."""
    d = python_docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    _cell(first, ADM + ["", "ПОСТАНОВЛЕНИЕ"])
    section.header.paragraphs[0].text = "Продолжение постановления от 12.03.2024 № 145-п"
    _paras(d, ["от 12.03.2024 № 145-п", "г. Заречный", "", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "145", "2024-03-12", VILLAGE_BODY, T_FAIR)
def docx_date_and_number_after_tab_stops(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024\t\t\t\t\t\t\t\t№ 145", "с. Сосновка", "", T_FAIR]
           + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "145", "2024-03-12", VILLAGE_BODY, T_FAIR)
def docx_values_over_the_underscores(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", "", "от __12.03.2024__ № __145__", "с. Сосновка", "", T_FAIR]
           + text_of("постановление"))
    return _save(d, tmp)


@blank("распоряжение", "12-рг", "2024-04-01", HEAD_BODY, T_AWARD)
def docx_letter_spaced_kind_of_the_head(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, HEAD + ["", "Р А С П О Р Я Ж Е Н И Е", ""])
    _docx_row(d, [["от 01.04.2024"], ["№ 12-рг"]])
    _paras(d, ["", T_AWARD] + text_of("распоряжение"))
    return _save(d, tmp)


@blank("постановление", "611", "2024-06-03", ADM_BODY, T_WATER)
def docx_title_in_the_left_cell(tmp: Path) -> Path:
    """The title set in the left column of a borderless row, the right empty."""
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ", "", "03.06.2024\t\t\t\t\t\t\t№ 611", ""])
    _docx_row(d, [[T_WATER], []])
    _paras(d, text_of("постановление"))
    return _save(d, tmp)


@blank("приказ", "01-02/123", "2024-04-15", EDU_BODY, T_SCHOOL)
def docx_register_number_at_the_bottom(tmp: Path) -> Path:
    """An order whose blank has no date or number: the register's stamp at the foot."""
    d = python_docx.Document()
    _paras(d, EDU + ["", "ПРИКАЗ", "", T_SCHOOL] + text_of("приказ") + ["", "Рег. № 01-02/123 от 15.04.2024"])
    return _save(d, tmp)


@blank("решение", "12", "2024-04-19", DEPUTIES_BODY, T_RENT)
def docx_deputies_of_four_lines_with_convocation_and_number_first(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, DEPUTIES + ["четвертого созыва", "", "РЕШЕНИЕ", "№ 12 от 19 апреля 2024 года", "с. Сосновка",
                          "", T_RENT] + [x.replace("Совет депутатов Заречного муниципального округа",
                                                   "Собрание депутатов Сосновского сельского поселения")
                                         for x in text_of("решение")])
    return _save(d, tmp)


@blank("постановление", "9-пг", "2024-02-02", HEAD_BODY, T_AWARD)
def docx_corner_blank_with_the_date_row_under_it(tmp: Path) -> Path:
    """The arms and the issuer in the left cell of a corner blank; the date
    and the number in a row of their own under it."""
    d = python_docx.Document()
    _corner(d, tmp, HEAD + ["", "П О С Т А Н О В Л Е Н И Е"])
    _docx_row(d, [["«02» февраля 2024 г."], ["№ 9-пг"]])
    _paras(d, ["", T_AWARD] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_whole_blank_in_the_first_page_header(tmp: Path) -> Path:
    """The header of the first page holds the issuer, the kind word and a
    row of the date and the number; the running header repeats the number."""
    d = python_docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    _cell(first, ADM + ["", "ПОСТАНОВЛЕНИЕ"])
    row = first.add_table(rows=1, cols=2, width=Cm(16)).rows[0].cells
    _cell(row[0], ["«12» марта 2024 г."])
    _cell(row[1], ["№ 145-п"])
    section.header.paragraphs[0].text = "2"
    _paras(d, ["г. Заречный", "", T_PARK] + text_of("постановление"))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _paras(d, ["Приложение к постановлению администрации Заречного муниципального округа от 12.03.2024 № 145-п",
               "", "ПОРЯДОК", "содержания зеленых насаждений"])
    return _save(d, tmp)


@blank("постановление", "145", "2024-03-12", VILLAGE_BODY, T_FAIR)
def docx_underscored_values_in_two_cells(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", ""])
    _docx_row(d, [["от «__12__» ____марта____ 2024 г."], ["№ __145__"]])
    _paras(d, ["с. Сосновка", "", T_FAIR] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_date_over_two_paragraphs_of_a_cell(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
    _docx_row(d, [["«12»", "марта 2024 г."], [""], ["№ 145-п"]])
    _paras(d, ["г. Заречный", "", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_place_left_date_and_number_right(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", ""])
    _docx_row(d, [["с. Сосновка"], ["от 19.04.2024 № 37"]])
    _paras(d, ["", T_FAIR] + text_of("постановление"))
    return _save(d, tmp)


@blank("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def docx_heading_table_of_four_rows(tmp: Path) -> Path:
    """Issuer, kind word, date and number, title: each in a row of one table."""
    d = python_docx.Document()
    table = d.add_table(rows=4, cols=2)
    top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    _cell(top, COUNCIL + ["седьмого созыва"])
    kind = table.rows[1].cells[0].merge(table.rows[1].cells[1])
    _cell(kind, ["Р Е Ш Е Н И Е"])
    _cell(table.rows[2].cells[0], ["21.05.2024"])
    _cell(table.rows[2].cells[1], ["№ 6-55Р"])
    _cell(table.rows[3].cells[0], [T_BUDGET])
    _paras(d, text_of("решение"))
    return _save(d, tmp)


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_values_in_legacy_form_fields(tmp: Path) -> Path:
    """The date and the number typed into the blank's form fields (FORMTEXT)."""
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
    p = d.add_paragraph()
    p.add_run("от ")
    _form_field(p, "12.03.2024")
    p.add_run("\t\t\t\t\t\t№ ")
    _form_field(p, "145-п")
    _paras(d, ["г. Заречный", "", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


def _form_field(paragraph, value: str) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for xml in (f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="f"/><w:enabled/>'
                '<w:textInput/></w:ffData></w:fldChar></w:r>',
                f'<w:r {w}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
                f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {w}><w:t>{value}</w:t></w:r>', f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


@blank("приказ", "01-02/123", "2024-04-15", EDU_BODY, T_SCHOOL)
def docx_register_number_in_the_first_page_footer(tmp: Path) -> Path:
    d = python_docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_footer.paragraphs[0].text = "Рег. № 01-02/123 от 15.04.2024"
    _paras(d, EDU + ["", "ПРИКАЗ", "", T_SCHOOL] + text_of("приказ"))
    return _save(d, tmp)


DUMA = ["ДУМА", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ", "первого созыва"]
DUMA_BODY = "Дума Заречного муниципального округа Тестовской области"
PROPERTY = ["КОМИТЕТ ПО УПРАВЛЕНИЮ", "МУНИЦИПАЛЬНЫМ ИМУЩЕСТВОМ", "АДМИНИСТРАЦИИ ЗАРЕЧНОГО", "МУНИЦИПАЛЬНОГО ОКРУГА"]
PROPERTY_BODY = "Комитет по управлению муниципальным имуществом администрации Заречного муниципального округа"


def _long(kind: str) -> list[str]:
    """An act over three pages: its clauses repeated under numbers."""
    text = text_of(kind)
    clause = ("{}. Отделу благоустройства обеспечить учет зеленых насаждений, их осмотр весной и осенью, "
              "составление актов обследования и внесение сведений в реестр в течение месяца после осмотра.")
    return text[:1] + [clause.format(n) for n in range(3, 40)] + text[1:]


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_running_header_repeats_the_kind_date_and_number(tmp: Path) -> Path:
    """Pages 2 and 3 carry the issuer, the kind word, the date and the number
    in their running header."""
    d = python_docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    _cell(section.header, ["Администрация Заречного муниципального округа", "ПОСТАНОВЛЕНИЕ от 12.03.2024 № 145-п"])
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ", "", "от 12.03.2024 № 145-п", "г. Заречный", "", T_PARK]
           + _long("постановление"))
    return _save(d, tmp)


@blank("решение", "15", "2024-06-27", DUMA_BODY, T_RENT)
def docx_issuer_in_a_text_box_beside_the_arms(tmp: Path) -> Path:
    """The Duma's name and convocation in a text box, the kind word and a
    row of the date and number under it."""
    d = python_docx.Document()
    d.add_paragraph()._p.append(parse_xml(_box(DUMA, 3, 10)))
    _paras(d, [""] * 5 + ["РЕШЕНИЕ", ""])
    _docx_row(d, [["27.06.2024"], ["№ 15"]])
    _paras(d, ["", T_RENT] + [x.replace("Совет депутатов", "Дума") for x in text_of("решение")])
    return _save(d, tmp)


@blank("распоряжение", "01-02/123", "2024-07-08", PROPERTY_BODY, T_RENT)
def docx_arms_issuer_and_empty_three_cells(tmp: Path) -> Path:
    """A blank of three columns: the arms, the issuer in the middle, an empty margin."""
    d = python_docx.Document()
    arms, middle, _ = d.add_table(rows=1, cols=3).rows[0].cells
    _arms(arms.paragraphs[0], tmp)
    _cell(middle, PROPERTY + ["", "РАСПОРЯЖЕНИЕ"])
    _paras(d, ["", "08.07.2024\t\t\t\t\t\t№ 01-02/123", "", T_RENT] + text_of("распоряжение"))
    return _save(d, tmp)


@blank("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_rows_of_date_and_title_in_one_table(tmp: Path) -> Path:
    """Under the heading a table of two rows: the date and the number, then
    the title in the left cell."""
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", ""])
    table = d.add_table(rows=2, cols=2)
    _cell(table.rows[0].cells[0], ["от 19 апреля 2024 г."])
    _cell(table.rows[0].cells[1], ["№ 37"])
    _cell(table.rows[1].cells[0], ["", T_FAIR])
    _paras(d, text_of("постановление"))
    return _save(d, tmp)


@blank("приказ", "214-од", "2024-08-28", EDU_BODY, T_SCHOOL)
def docx_state_lines_over_the_issuer_and_a_tab_row(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ТЕСТОВСКАЯ ОБЛАСТЬ", ""] + EDU + ["", "П Р И К А З", "",
               "«28» августа 2024 г.\t\t\t\t\t№ 214-од", "г. Заречный", "", T_SCHOOL] + text_of("приказ"))
    return _save(d, tmp)


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_right_half_blank_with_the_arms_left(tmp: Path) -> Path:
    """The issuer, kind word, date and number in the right cell; the arms left."""
    d = python_docx.Document()
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    _arms(left.paragraphs[0], tmp)
    _cell(right, ADM + ["", "ПОСТАНОВЛЕНИЕ", "", "12.03.2024 № 145-п"])
    _paras(d, ["", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_corner_issuer_left_date_and_number_right(tmp: Path) -> Path:
    """The issuer and kind word in the left cell; the date and number in the
    right cell, level with the kind word."""
    d = python_docx.Document()
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    _cell(left, ADM + ["", "ПОСТАНОВЛЕНИЕ"])
    _cell(right, ["", "", "", "", "от 12.03.2024 № 145-п"])
    _paras(d, ["г. Заречный", "", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_kind_word_set_with_expanded_spacing(tmp: Path) -> Path:
    """The kind word's letters set apart by character spacing, not spaces."""
    d = python_docx.Document()
    _paras(d, VILLAGE + [""])
    run = d.add_paragraph().add_run("ПОСТАНОВЛЕНИЕ")
    run._r.get_or_add_rPr().append(parse_xml(
        '<w:spacing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="120"/>'))
    _paras(d, ["", "19.04.2024\t\t\t\t\t\t\t№ 37", "с. Сосновка", "", T_FAIR] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_year_typed_over_the_blanks_rule(tmp: Path) -> Path:
    """The blank prints ``20__ г.``: the clerk typed the year's last digits on its rule."""
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
    _docx_row(d, [["«_12_» ___марта___ 20_24_ г."], ["№ _145-п_"]])
    _paras(d, ["г. Заречный", "", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_year_typed_over_the_rule_in_one_line(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", "", "от «19» апреля 20 24 г.\t\t\t\t\t№ 37", "с. Сосновка", "", T_FAIR]
           + text_of("постановление"))
    return _save(d, tmp)


@blank("постановление", "1203-п", "2024-11-05", ADM_BODY, T_SNOW)
def docx_page_placed_boxes_number_stored_first(tmp: Path) -> Path:
    """The number's box stored before the date's, both placed on the page at one height."""
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ"])
    anchor = d.add_paragraph()._p
    anchor.append(parse_xml(_box(["№ 1203-п"], 12)))
    anchor.append(parse_xml(_box(["05.11.2024"], 0)))
    _paras(d, ["", "г. Заречный", "", T_SNOW] + text_of("постановление"))
    return _save(d, tmp)


@blank("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def docx_date_in_a_content_control(tmp: Path) -> Path:
    """The date picked in a date control, the number typed in a text control."""
    d = python_docx.Document()
    _paras(d, COUNCIL + ["", "РЕШЕНИЕ", ""])
    p = d.add_paragraph()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(f'<w:sdt {w}><w:sdtPr><w:date w:fullDate="2024-05-21T00:00:00Z"><w:dateFormat '
                          'w:val="dd.MM.yyyy"/></w:date></w:sdtPr><w:sdtContent><w:r><w:t>21.05.2024</w:t></w:r>'
                          '</w:sdtContent></w:sdt>'))
    p.add_run("\t\t\t\t\t\t\t№ ")
    p._p.append(parse_xml(f'<w:sdt {w}><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>6-55Р</w:t></w:r>'
                          '</w:sdtContent></w:sdt>'))
    _paras(d, ["г. Заречный", "", T_BUDGET] + text_of("решение"))
    return _save(d, tmp)


VILLAGE_HEAD = ["ГЛАВА АДМИНИСТРАЦИИ", "СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО РАЙОНА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
VILLAGE_HEAD_BODY = "Глава администрации Сосновского сельского поселения Заречного района Тестовской области"


@blank("распоряжение", "12-рг", "2024-04-01", VILLAGE_HEAD_BODY, T_AWARD)
def docx_head_of_administration_glued_values_in_cells(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, VILLAGE_HEAD + ["", "РАСПОРЯЖЕНИЕ", ""])
    _docx_row(d, [["01.04.2024г."], ["№12-рг"]])
    _paras(d, ["с. Сосновка", "", T_AWARD] + text_of("распоряжение"))
    return _save(d, tmp)


@blank("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_latin_n_sign_and_spaced_date_in_cells(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", ""])
    _docx_row(d, [["19. 04. 2024"], ["N 37"]])
    _paras(d, ["с. Сосновка", "", T_FAIR] + text_of("постановление"))
    return _save(d, tmp)


@blank("приказ", "01-02/123", "2024-04-15", EDU_BODY, T_SCHOOL)
def docx_register_row_at_the_bottom(tmp: Path) -> Path:
    """The register's stamp at the foot as a row of two cells."""
    d = python_docx.Document()
    _paras(d, EDU + ["", "ПРИКАЗ", "", T_SCHOOL] + text_of("приказ") + [""])
    _docx_row(d, [["Рег. № 01-02/123"], ["от 15.04.2024"]])
    return _save(d, tmp)


@blank("постановление", "9-пг", "2024-02-02", HEAD_BODY, T_AWARD)
def docx_date_and_number_broken_in_one_cell_beside_the_place(tmp: Path) -> Path:
    """The date and the number on two lines of one cell (a line break), the place beside."""
    d = python_docx.Document()
    _paras(d, HEAD + ["", "ПОСТАНОВЛЕНИЕ", ""])
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    run = left.paragraphs[0].add_run("«02» февраля 2024 г.")
    run.add_break(WD_BREAK.LINE)
    left.paragraphs[0].add_run("№ 9-пг")
    _cell(right, ["г. Заречный"])
    _paras(d, ["", T_AWARD] + text_of("постановление"))
    return _save(d, tmp)


# -- composed in RTF ------------------------------------------------------------


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def rtf_guillemet_date_and_number_in_two_cells(tmp: Path) -> Path:
    head = "".join(_par(x) for x in ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
    return _rtf(tmp, head + _row([4677, 4677], ["«12» марта 2024 г."], ["№ 145-п"]) + "\\pard\\plain "
                + _par("г. Заречный") + _text("постановление", T_PARK))


@blank("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_council_three_cells_with_convocation(tmp: Path) -> Path:
    head = "".join(_par(x) for x in COUNCIL + ["седьмого созыва", "", "РЕШЕНИЕ", ""])
    return _rtf(tmp, head + _row([3118, 3118, 3118], ["от 21.05.2024"], ["г. Заречный"], ["№ 6-55Р"])
                + "\\pard\\plain " + _text("решение", T_BUDGET))


@blank("приказ", "214-од", "2024-08-28", EDU_BODY, T_SCHOOL)
def rtf_issuer_in_the_first_page_header(tmp: Path) -> Path:
    first = "{\\headerf " + "".join(_par(x) for x in EDU + ["", "ПРИКАЗ"]) + "}"
    running = "{\\header " + _par("Продолжение приказа от 28.08.2024 № 214-од", "\\qr") + "}"
    return _rtf(tmp, "\\titlepg " + first + running + _par("28.08.2024\t№ 214-од", "\\ql\\tqr\\tx9354")
                + _text("приказ", T_SCHOOL))


@blank("распоряжение", "12-рг", "2024-04-01", HEAD_BODY, T_AWARD)
def rtf_letter_spaced_kind_and_a_right_tab(tmp: Path) -> Path:
    head = "".join(_par(x) for x in HEAD + ["", "Р А С П О Р Я Ж Е Н И Е", ""])
    return _rtf(tmp, head + _par("01.04.2024\t№ 12-рг", "\\ql\\tqr\\tx9354") + _text("распоряжение", T_AWARD))


@blank("постановление", "01-02/123", "2024-03-12", VILLAGE_BODY, T_FAIR)
def rtf_values_over_the_underscores(tmp: Path) -> Path:
    head = "".join(_par(x) for x in VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", ""])
    return _rtf(tmp, head + _par("от «__12__» ____марта____ 2024 г.\t№ __01-02/123__", "\\ql\\tqr\\tx9354")
                + _par("с. Сосновка") + _text("постановление", T_FAIR))


@blank("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def rtf_title_in_the_left_cell_under_the_number_line(tmp: Path) -> Path:
    head = "".join(_par(x) for x in VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", "от 19 апреля 2024 года № 37", ""])
    return _rtf(tmp, head + _row([5000, 4354], [T_FAIR], []) + "\\pard\\plain " + _text("постановление"))


@blank("приказ", "01-02/123", "2024-04-15", EDU_BODY, T_SCHOOL)
def rtf_register_number_at_the_bottom(tmp: Path) -> Path:
    head = "".join(_par(x) for x in EDU + ["", "ПРИКАЗ", ""])
    return _rtf(tmp, head + _text("приказ", T_SCHOOL) + _par("") + _par("Рег. № 01-02/123 от 15.04.2024", "\\ql"))


@blank("решение", "12", "2024-04-19", DEPUTIES_BODY, T_RENT)
def rtf_deputies_row_of_number_and_date_under_the_kind(tmp: Path) -> Path:
    head = "".join(_par(x) for x in DEPUTIES + ["пятого созыва", "", "РЕШЕНИЕ", ""])
    return _rtf(tmp, head + _row([4677, 4677], ["«19» апреля 2024 года"], ["№ 12"]) + "\\pard\\plain "
                + _par("с. Сосновка") + _text("решение", T_RENT))


@blank("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def rtf_whole_blank_in_the_first_page_header(tmp: Path) -> Path:
    first = ("{\\headerf " + "".join(_par(x) for x in ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
             + _row([4677, 4677], ["«12» марта 2024 г."], ["№ 145-п"]) + "\\pard\\plain\\par}")
    running = "{\\header " + _par("2") + "}"
    return _rtf(tmp, "\\titlepg " + first + running + _par("г. Заречный") + _text("постановление", T_PARK))


@blank("приказ", "01-02/123", "2024-04-15", EDU_BODY, T_SCHOOL)
def rtf_register_number_in_the_first_page_footer(tmp: Path) -> Path:
    footer = "{\\footerf " + _par("Рег. № 01-02/123 от 15.04.2024", "\\ql") + "}"
    head = "".join(_par(x) for x in EDU + ["", "ПРИКАЗ", ""])
    return _rtf(tmp, "\\titlepg " + footer + head + _text("приказ", T_SCHOOL))


@blank("решение", "15", "2024-06-27", DUMA_BODY, T_RENT)
def rtf_issuer_in_a_frame_and_a_bottom_date(tmp: Path) -> Path:
    """The Duma's block in a positioned frame; its decision's date and number
    printed under the signature with the place."""
    frame = "".join("\\pard\\plain\\qc\\pvpg\\phpg\\posx3000\\posy" + str(1000 + 300 * i)
                    + "\\absw6000\\f0\\fs28 " + _esc(x) + "\\par\n" for i, x in enumerate(DUMA))
    return _rtf(tmp, frame + _par("") * 5 + _par("РЕШЕНИЕ") + _par("")
                + "".join(_par(x, "\\qj") for x in [T_RENT] + [y.replace("Совет депутатов", "Дума")
                                                              for y in text_of("решение")[:3]])
                + "".join(_par(x, "\\ql") for x in ["Председатель Думы\tЛ.Н. Ермакова", "", "г. Заречный",
                                                     "27 июня 2024 года", "№ 15"]))


@blank("распоряжение", "12-рг", "2024-04-01", HEAD_BODY, T_AWARD)
def rtf_number_cell_first_then_date(tmp: Path) -> Path:
    head = "".join(_par(x) for x in HEAD + ["", "РАСПОРЯЖЕНИЕ", ""])
    return _rtf(tmp, head + _row([4677, 4677], ["№ 12-рг"], ["01 апреля 2024 г."]) + "\\pard\\plain "
                + _text("распоряжение", T_AWARD))


@blank("приказ", "01-02/123", "2024-07-08", PROPERTY_BODY, T_RENT)
def rtf_issuer_block_with_line_breaks_and_underscored_row(tmp: Path) -> Path:
    head = "\\pard\\plain\\qc\\f0\\fs28 " + "\\line ".join(_esc(x) for x in PROPERTY) + "\\par\n"
    return _rtf(tmp, head + _par("") + _par("ПРИКАЗ") + _par("")
                + _row([4677, 4677], ["от __08.07.2024__"], ["№ __01-02/123__"]) + "\\pard\\plain "
                + _text("приказ", T_RENT))


@blank("распоряжение", "12-рг", "2024-04-01", HEAD_BODY, T_AWARD)
def rtf_kind_word_with_expanded_spacing(tmp: Path) -> Path:
    head = "".join(_par(x) for x in HEAD + [""])
    kind = "\\pard\\plain\\qc\\f0\\fs28\\expndtw100 " + _esc("РАСПОРЯЖЕНИЕ") + "\\par\n"
    return _rtf(tmp, head + kind + _par("") + _par("01.04.2024\t№ 12-рг", "\\ql\\tqr\\tx9354")
                + _text("распоряжение", T_AWARD))


@blank("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_second_page_header_repeats_the_heading(tmp: Path) -> Path:
    """Pages after the first repeat the council's name and the decision's
    date and number in their header."""
    running = "{\\header " + "".join(_par(x, "\\qr") for x in [
        "Совет депутатов Заречного муниципального округа", "Решение от 21.05.2024 № 6-55Р"]) + "}"
    head = "".join(_par(x) for x in COUNCIL + ["", "РЕШЕНИЕ", ""])
    clauses = [f"{n}. Внести в приложение {n} к решению изменения, изложив его в новой редакции." for n in range(3, 60)]
    return _rtf(tmp, "\\titlepg " + running + head + _par("21.05.2024\t№ 6-55Р", "\\ql\\tqr\\tx9354")
                + _par(T_BUDGET, "\\qj") + "".join(_par(x, "\\qj") for x in text_of("решение")[:2] + clauses
                                                    + text_of("решение")[2:]))


@blank("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def rtf_issuer_left_date_number_right_cells(tmp: Path) -> Path:
    """A two-cell heading: the issuer and kind word left, the date, number and
    place right, on the lines of the kind word."""
    left = VILLAGE + ["", "ПОСТАНОВЛЕНИЕ"]
    right = ["", "", "", "", "", "от 19.04.2024 № 37", "с. Сосновка"]
    return _rtf(tmp, _row([5000, 4354], left, right) + "\\pard\\plain " + _text("постановление", T_FAIR))


# -- conversion and reading -------------------------------------------------------


def convert(paths: list[Path], fmt: str, out: Path) -> list[Path]:
    """LibreOffice's copies of ``paths`` in ``fmt`` (one run for them all)."""
    if not paths:
        return []  # soffice given no file waits for one
    out.mkdir(parents=True, exist_ok=True)
    out = out.resolve()  # the profile's place is a file URL: absolute, or soffice waits
    proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(out / 'lo').as_uri()}",
                           "--convert-to", fmt, "--outdir", str(out)] + [str(p.resolve()) for p in paths],
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return [out / (p.stem + "." + fmt) for p in paths]


def compose(tmp: Path) -> list[tuple[Blank, Path]]:
    """Every blank in the format it was composed in and in each it is converted to."""
    made = []
    for b in BLANKS:
        (tmp / b.name).mkdir(parents=True, exist_ok=True)
        src = b.build(tmp / b.name)
        made.append((b, src.rename(tmp / b.name / (b.name + src.suffix))))
    files = list(made)
    for fmt in FORMATS:
        todo = [(b, p) for b, p in made if p.suffix != "." + fmt]
        files += zip([b for b, _ in todo], convert([p for _, p in todo], fmt, tmp / fmt))
    return files


def read_blank(path: Path):
    from ingest.formats import read
    from ingest.requisites import extract_acts
    parsed = read(path)
    return extract_acts(parsed.text, dict(parsed.meta))[0]


def main() -> int:
    exact = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for b, path in compose(Path(tmp)):
            act = read_blank(path)
            wrong = misses(b, act)
            exact += len(FIELDS) - len(wrong)
            total += len(FIELDS)
            for f in wrong:
                print(f"{path.suffix:6} {b.name:62} {f:6} got {getattr(act, f)!r}  want {b.truth[f]!r}")
    print(f"{len(BLANKS)} blanks, {total // len(FIELDS)} files, fields exact {exact}/{total} "
          f"= {100 * exact / total:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
