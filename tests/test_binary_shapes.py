"""Act forms (бланки) as administrations lay them out in binary files.

Each case is a small document composed here, in our own wording, for the
fictional Заречный муниципальный округ Тестовской области, in a shape found
in delivered files: the letterhead in the page header, the heading in text
boxes or frames, a heading table with «УТВЕРЖДАЮ» or «ПРОЕКТ» beside it,
tracked changes, fields, comments. What is asserted is what a librarian
reads off the printed page: kind, number, date, body and title.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx as python_docx
import pytest
from docx.oxml import parse_xml

from ingest import textio
from ingest.formats import legacy, read, word97
from ingest.requisites import extract_acts
from ingest.requisites.date_number import DateNumber, requisites_only
from tests.test_formats import write_pdf

HEAD = ["АДМИНИСТРАЦИЯ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
BODY = "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ"
TITLE = "Об установлении тарифов на услуги муниципального бюджетного учреждения «Заречный парк»"
TEXT = [
    "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
    "местного самоуправления в Российской Федерации», руководствуясь Уставом Заречного "
    "муниципального округа, администрация Заречного муниципального округа Тестовской области "
    "постановляет:",
    "1. Установить тарифы на платные услуги муниципального бюджетного учреждения «Заречный парк» "
    "согласно приложению.",
    "2. Опубликовать настоящее постановление в газете «Заречный вестник».",
    "Глава Заречного муниципального округа\tИ.В. Соколов",
]
APPROVAL = ["УТВЕРЖДАЮ", "Глава Заречного", "муниципального округа", "_________ И.В. Соколов",
            "«14» марта 2024 г."]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def act_of(path: Path):
    parsed = read(path)
    return parsed, extract_acts(parsed.text, dict(parsed.meta))[0]


def check(act, kind="постановление", number="145-п", date="2024-03-12", body=BODY, title=TITLE):
    assert (act.kind, act.number, act.date) == (kind, number, date)
    assert act.body == body
    assert act.title == title


# -- DOCX ----------------------------------------------------------------------


def _docx_text(document, title: bool = True) -> None:
    if title:
        document.add_paragraph(TITLE)
    for line in TEXT:
        document.add_paragraph(line)


def _heading_table(document, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def test_docx_heading_beside_an_approval_is_read_column_by_column(tmp_path):
    document = python_docx.Document()
    _heading_table(document, HEAD + ["РАСПОРЯЖЕНИЕ", "12.03.2024 № 145-р"], APPROVAL)
    _docx_text(document)
    document.save(tmp_path / "act.docx")
    parsed, act = act_of(tmp_path / "act.docx")
    assert "ТЕСТОВСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\n12.03.2024 № 145-р\n\nУТВЕРЖДАЮ" in parsed.text
    check(act, kind="распоряжение", number="145-р")  # not the approval's date, nor its signer


def test_docx_draft_mark_beside_the_heading_is_not_the_body(tmp_path):
    document = python_docx.Document()
    _heading_table(document, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п", "г. Заречный"],
                   ["ПРОЕКТ"])
    _docx_text(document)
    document.save(tmp_path / "act.docx")
    check(act_of(tmp_path / "act.docx")[1])


def test_docx_date_and_number_cells_of_a_form_stay_one_line(tmp_path):
    document = python_docx.Document()
    for line in HEAD + ["ПОСТАНОВЛЕНИЕ"]:
        document.add_paragraph(line)
    _heading_table(document, ["от «12» марта 2024 г.", "г. Заречный"], ["№ 145-п"])
    _docx_text(document)
    document.save(tmp_path / "act.docx")
    parsed, act = act_of(tmp_path / "act.docx")
    assert "от «12» марта 2024 г.\t№ 145-п\nг. Заречный" in parsed.text
    check(act)


def test_docx_letterhead_only_in_the_first_page_header(tmp_path):
    document = python_docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.first_page_header
    header.paragraphs[0].text = HEAD[0]
    for line in HEAD[1:] + ["", "ПОСТАНОВЛЕНИЕ"]:
        header.add_paragraph(line)
    section.header.paragraphs[0].text = "2"  # the other pages' header: a page number
    document.add_paragraph("12.03.2024\t\t\t\t\t\t№ 145-п")
    document.add_paragraph("г. Заречный")
    _docx_text(document)
    document.save(tmp_path / "act.docx")
    parsed, act = act_of(tmp_path / "act.docx")
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ") and "\n2\n" not in parsed.text
    check(act)


def _text_box(lines: list[str]) -> str:
    """A DrawingML text box with its VML fallback, as Word 2010+ saves it."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{x}</w:t></w:r></w:p>' for x in lines)
    return (f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
            '<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
            f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def test_docx_heading_date_and_number_in_text_boxes_read_once(tmp_path):
    document = python_docx.Document()
    document.add_paragraph()._p.append(parse_xml(_text_box(HEAD + ["ПОСТАНОВЛЕНИЕ"])))
    anchor = document.add_paragraph()._p
    anchor.append(parse_xml(_text_box(["12.03.2024"])))
    anchor.append(parse_xml(_text_box(["№ 145-п"])))
    _docx_text(document)
    document.save(tmp_path / "act.docx")
    parsed, act = act_of(tmp_path / "act.docx")
    assert parsed.text.count("ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА") == 1  # the VML copy is not read
    check(act)


def _runs(paragraph, *xml: str) -> None:
    """Append runs written as WordprocessingML (the namespace added to each)."""
    for x in xml:
        paragraph._p.append(parse_xml(x.replace(">", f" {W}>", 1)))


def _decree_with_line(tmp_path: Path, *runs: str):
    """A decree whose date-and-number line is the given runs; its reading."""
    document = python_docx.Document()
    for line in HEAD + ["ПОСТАНОВЛЕНИЕ"]:
        document.add_paragraph(line)
    _runs(document.add_paragraph(), *runs)
    _docx_text(document)
    document.save(tmp_path / "act.docx")
    return act_of(tmp_path / "act.docx")


def test_docx_tracked_changes_read_as_accepted(tmp_path):
    parsed, act = _decree_with_line(
        tmp_path,
        '<w:r><w:t xml:space="preserve">от </w:t></w:r>',
        '<w:del w:id="1" w:author="Общий отдел"><w:r><w:delText>11.03.2024</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="Общий отдел"><w:r><w:t>12.03.2024</w:t></w:r></w:ins>',
        '<w:r><w:t xml:space="preserve"> № </w:t></w:r>',
        '<w:moveFrom w:id="3" w:author="Общий отдел"><w:r><w:t>144-п</w:t></w:r></w:moveFrom>',
        '<w:moveTo w:id="4" w:author="Общий отдел"><w:r><w:t>145-п</w:t></w:r></w:moveTo>')
    assert "от 12.03.2024 № 145-п" in parsed.text.split("\n")
    check(act)


def test_docx_date_and_number_from_field_results(tmp_path):
    parsed, act = _decree_with_line(
        tmp_path,
        '<w:r><w:t xml:space="preserve">от </w:t></w:r>',
        '<w:fldSimple w:instr=" DOCPROPERTY RegDate \\* MERGEFORMAT "><w:r><w:t>12.03.2024</w:t></w:r>'
        '</w:fldSimple>',
        '<w:r><w:tab/><w:t xml:space="preserve">№ </w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> MERGEFIELD RegNumber </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r><w:t>145-п</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    assert "MERGEFIELD" not in parsed.text and "DOCPROPERTY" not in parsed.text
    check(act)


# -- RTF -----------------------------------------------------------------------

RTF_HEAD = ("{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1049"
            "{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}\n")


def _esc(s: str) -> str:
    return "".join("\\" + c if c in "\\{}" else c if ord(c) < 128
                   else "".join(f"\\'{b:02x}" for b in c.encode("cp1251")) for c in s)


def _par(s: str, fmt: str = "\\qc") -> str:
    return f"\\pard\\plain{fmt}\\f0\\fs28 {_esc(s)}\\par\n"


def _rtf_text(title: bool = True) -> str:
    return "".join(_par(x, "\\qj") for x in ([TITLE] if title else []) + TEXT)


def _rtf(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "act.rtf"
    path.write_bytes((RTF_HEAD + body + "}").encode("ascii"))
    return path


def test_rtf_letterhead_in_the_first_page_header(tmp_path):
    header = "{\\headerf " + "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"]) + "}{\\header " + _par("2") + "}"
    parsed, act = act_of(_rtf(tmp_path, "\\sectd\\titlepg" + header
                              + _par("от 12.03.2024\\tab\\tab № 145-п", "\\ql") + _par("г. Заречный")
                              + _rtf_text()))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО") and "\n2\n" not in parsed.text
    check(act)


def test_rtf_cover_page_with_an_empty_first_header_does_not_take_the_running_one(tmp_path):
    running = "{\\header " + _par("Постановление администрации Заречного муниципального округа от 12.03.2024 N 145-п") + "}"
    parsed, act = act_of(_rtf(tmp_path, "\\sectd\\titlepg{\\headerf " + _par("") + "}" + running
                              + "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"])
                              + _rtf_text()))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО")
    check(act)


def test_rtf_heading_in_a_shape_text_box_read_once(tmp_path):
    box = "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"])
    shape = ("{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpright5000\\shpbottom2000\\shpwr3"
             "{\\sp{\\sn shapeType}{\\sv 202}}{\\sp{\\sn fFilled}{\\sv 0}}{\\shptxt " + box + "}}"
             "{\\shprslt{\\*\\do\\dobxcolumn\\dptxbx{\\dptxbxtext " + box + "}}}}")
    parsed, act = act_of(_rtf(tmp_path, "\\pard\\plain " + shape + "\\par\n"
                              + _par("от 12.03.2024 № 145-п", "\\ql") + _rtf_text()))
    assert parsed.text.count("ТЕСТОВСКОЙ ОБЛАСТИ") == 1 and "202\n" not in parsed.text
    check(act)


def _row(*cells: list[str]) -> str:
    def cell(lines):
        return "\\par ".join(f"\\pard\\plain\\intbl\\qc\\f0\\fs28 {_esc(x)}" for x in lines) + "\\cell "
    return "\\trowd\\cellx4677\\cellx9354 " + "".join(cell(c) for c in cells) + "\\row\n"


def test_rtf_heading_table_with_an_approval_beside_it(tmp_path):
    parsed, act = act_of(_rtf(tmp_path, _row(HEAD + ["РАСПОРЯЖЕНИЕ", "12.03.2024 № 145-р"], APPROVAL)
                              + "\\pard\\plain " + _rtf_text()))
    assert "РАСПОРЯЖЕНИЕ\n12.03.2024 № 145-р\n\nУТВЕРЖДАЮ" in parsed.text
    check(act, kind="распоряжение", number="145-р")


def test_rtf_date_cell_over_the_place_beside_the_number_cell(tmp_path):
    parsed, act = act_of(_rtf(tmp_path, "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"])
                              + _row(["12.03.2024", "г. Заречный"], ["№ 145-п"])
                              + "\\pard\\plain " + _rtf_text()))
    assert "12.03.2024\t№ 145-п\nг. Заречный" in parsed.text
    check(act)


def test_rtf_deleted_revision_is_left_out(tmp_path):
    line = ("\\pard\\plain\\ql\\f0\\fs28 " + _esc("от 12.03.2024 № ") + "{\\deleted\\revauthdel1 144-"
            + _esc("п") + "}{\\revised\\revauth1 145-" + _esc("п") + "}\\par\n")
    parsed, act = act_of(_rtf(tmp_path, "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"]) + line
                              + _rtf_text()))
    assert "144" not in parsed.text
    check(act)


@pytest.mark.parametrize("uc", [0, 1, 2])
def test_rtf_unicode_escapes_with_any_fallback_width(tmp_path, uc):
    def esc(s):
        return "".join(f"\\u{ord(c)}" + "\\'3f" * uc + ("" if uc else " ") if ord(c) > 127 else c for c in s)
    body = f"\\uc{uc}" + "".join(f"\\pard\\plain\\f0 {esc(x)}\\par\n"
                                 for x in HEAD + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п", TITLE] + TEXT)
    path = tmp_path / "act.rtf"
    path.write_bytes(("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}" + body + "}").encode("ascii"))
    check(act_of(path)[1])


# -- ODT -----------------------------------------------------------------------

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _p(*lines: str) -> str:
    return "".join(f"<text:p>{x}</text:p>" for x in lines)


def _odt(tmp_path: Path, content: str, master: str = "") -> Path:
    path = tmp_path / "act.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
                    f"<office:body><office:text>{content}{_p(TITLE, *TEXT)}</office:text></office:body>"
                    "</office:document-content>")
        zf.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>'
                    f'<office:master-styles><style:master-page style:name="Standard">{master}'
                    "</style:master-page></office:master-styles></office:document-styles>")
    return path


def test_odt_letterhead_in_the_first_page_header(tmp_path):
    master = f"<style:header>{_p('2')}</style:header><style:header-first>{_p(*HEAD, 'ПОСТАНОВЛЕНИЕ')}</style:header-first>"
    parsed, act = act_of(_odt(tmp_path, _p("от 12.03.2024<text:tab/>№ 145-п"), master))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ")
    check(act)


def test_odt_letterhead_in_the_page_header(tmp_path):
    master = f"<style:header>{_p(*HEAD)}</style:header>"
    check(act_of(_odt(tmp_path, _p("ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"), master))[1])


def test_odt_heading_in_a_frame_is_a_block_of_its_own(tmp_path):
    frame = f'<draw:frame draw:name="Бланк"><draw:text-box>{_p(*HEAD, "ПОСТАНОВЛЕНИЕ")}</draw:text-box></draw:frame>'
    parsed, act = act_of(_odt(tmp_path, f"<text:p>{frame}</text:p>" + _p("от 12.03.2024 № 145-п")))
    assert "АДМИНИСТРАЦИЯ\n\nЗАРЕЧНОГО" in parsed.text
    check(act)


def _shape(lines: list[str], x: str, y: str) -> str:
    """A Word text box as LibreOffice saves it in ODT: a shape holding paragraphs, placed on the page."""
    return (f'<draw:custom-shape text:anchor-type="char" svg:width="2in" svg:height="0.5in" '
            f'svg:x="{x}" svg:y="{y}">{_p(*lines)}</draw:custom-shape>')


def test_odt_shapes_of_one_paragraph_are_read_in_the_order_they_are_printed(tmp_path):
    """A form's heading, date and number in shapes anchored in one paragraph and
    stored in the order they were drawn (the number first, the heading last), as
    a Word blank saved again as ODT keeps them."""
    shapes = (_shape(["№ 145-п"], "6.4in", "2.64in") + _shape(["от 12.03.2024"], "0.97in", "2.64in")
              + _shape(["ПОСТАНОВЛЕНИЕ"], "2.8in", "2.08in") + _shape(HEAD, "2.1in", "0.53in"))
    parsed, act = act_of(_odt(tmp_path, f"<text:p>{shapes}</text:p>"))
    assert parsed.text.index("АДМИНИСТРАЦИЯ") < parsed.text.index("ПОСТАНОВЛЕНИЕ") < parsed.text.index("от 12.03")
    assert parsed.text.index("от 12.03") < parsed.text.index("№ 145-п")
    check(act)


def test_odt_tracked_deletion_and_comment_are_not_text(tmp_path):
    changes = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
               "<office:change-info><dc:creator>Общий отдел</dc:creator></office:change-info>"
               f"{_p('144-п')}</text:deletion></text:changed-region></text:tracked-changes>")
    line = ('<text:p>от 12.03.2024 № <text:change text:change-id="c1"/>145-п<office:annotation>'
            f"<dc:creator>Общий отдел</dc:creator>{_p('сверить номер с журналом')}</office:annotation></text:p>")
    parsed, act = act_of(_odt(tmp_path, changes + _p(*HEAD, "ПОСТАНОВЛЕНИЕ") + line))
    assert "144" not in parsed.text and "журнал" not in parsed.text
    check(act)


def _cell(*lines: str) -> str:
    return f"<table:table-cell>{_p(*lines)}</table:table-cell>"


def test_odt_heading_table_in_header_rows_beside_an_approval(tmp_path):
    table = ("<table:table><table:table-header-rows><table:table-row>"
             + _cell(*HEAD, "РАСПОРЯЖЕНИЕ", "12.03.2024 № 145-р") + _cell(*APPROVAL)
             + "</table:table-row></table:table-header-rows></table:table>")
    check(act_of(_odt(tmp_path, table))[1], kind="распоряжение", number="145-р")


def test_odt_nested_table_rows_are_read_once(tmp_path):
    table = ("<table:table><table:table-row>" + _cell("12.03.2024")
             + "<table:table-cell><table:table><table:table-row>" + _cell("№ 145-п")
             + "</table:table-row></table:table></table:table-cell></table:table-row></table:table>")
    parsed, act = act_of(_odt(tmp_path, _p(*HEAD, "ПОСТАНОВЛЕНИЕ") + table))
    assert parsed.text.count("145-п") == 1
    check(act)


# -- PDF -----------------------------------------------------------------------


def test_pdf_heading_and_approval_side_by_side(tmp_path):
    left = [(85, 780, HEAD[0]), (85, 766, HEAD[1]), (85, 752, HEAD[2]), (85, 724, "РАСПОРЯЖЕНИЕ"),
            (85, 700, "12.03.2024 № 145-р"), (85, 686, "г. Заречный")]
    right = [(360, 780 - 14 * i, x) for i, x in enumerate(APPROVAL)]
    title = [(85, 640, "Об установлении тарифов на услуги"), (85, 626, "муниципального бюджетного учреждения"),
             (85, 612, "«Заречный парк»")]
    text = [(85, 580 - 14 * i, x) for i, x in enumerate([
        "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах",
        "организации местного самоуправления в Российской Федерации»:",
        "1. Установить тарифы на услуги муниципального бюджетного учреждения «Заречный парк»."])]
    check(act_of(write_pdf(tmp_path / "act.pdf", [left + right + title + text]))[1],
          kind="распоряжение", number="145-р")


def test_pdf_corner_form_with_a_draft_mark_beside_the_title(tmp_path):
    left = [(85, 780, "АДМИНИСТРАЦИЯ"), (85, 766, "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО"), (85, 752, "ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ"),
            (85, 730, "ПОСТАНОВЛЕНИЕ"), (85, 710, "12.03.2024 № 145-п"), (85, 696, "г. Заречный"),
            (85, 672, "Об установлении тарифов на услуги"), (85, 658, "муниципального бюджетного"),
            (85, 644, "учреждения «Заречный парк»")]
    right = [(340, 780, "ПРОЕКТ"), (340, 752, "вносится главой"), (340, 738, "Заречного муниципального округа")]
    text = [(85, 600, "В соответствии с Уставом Заречного муниципального округа администрация постановляет:"),
            (85, 586, "1. Установить тарифы согласно приложению.")]
    check(act_of(write_pdf(tmp_path / "act.pdf", [left + right + text]))[1])


# -- the rule under every format -----------------------------------------------


def test_join_cells_reads_a_form_row_column_by_column_and_a_data_row_line_by_line():
    assert textio.join_cells([HEAD + ["ПОСТАНОВЛЕНИЕ"], ["ПРОЕКТ"]]) == HEAD + ["ПОСТАНОВЛЕНИЕ", "", "ПРОЕКТ"]
    assert textio.join_cells([["12.03.2024", "г. Заречный"], ["№ 145-п"]]) == [
        "12.03.2024\t№ 145-п", "г. Заречный"]
    row = [["1"], ["МБОУ «Заречная школа № 2»", "г. Заречный,", "ул. Лесная, 4", "тел. 2-10-10"],
           ["Лесная"], ["1-15"]]
    assert textio.join_cells(row)[0] == "1\tМБОУ «Заречная школа № 2»\tЛесная\t1-15"


@pytest.mark.parametrize("corner", [APPROVAL, ["СОГЛАСОВАНО", "Начальник финансового управления",
                                               "_________ Н.А. Белова", "13.03.2024"], ["ПРОЕКТ"]])
def test_a_corner_between_heading_and_title_is_neither_title_nor_date(corner):
    text = "\n".join(HEAD + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п", ""] + corner + ["", TITLE, ""] + TEXT)
    check(extract_acts(text)[0])


# -- how forms print the date and number -------------------------------------


def _decree(*heading: str) -> str:
    return "\n".join(list(heading) + ["", TITLE, ""] + TEXT)


@pytest.mark.parametrize("line", [
    "от «_12_» ___марта___ 2024 г.\t№ _145-п_",   # typed over the blank's rule
    "от 12.03.2024 г. № ___145-п___",
    "«12» марта 2024 г.                                        № 145-п",
    "№ 145-п\tот 12.03.2024",
])
def test_a_filled_in_blank_gives_its_date_and_number(line):
    check(extract_acts(_decree(*HEAD, "ПОСТАНОВЛЕНИЕ", line))[0])


def test_an_empty_blank_gives_no_date_or_number():
    act = extract_acts(_decree(*HEAD, "ПОСТАНОВЛЕНИЕ", "от «__» ______ 20__ г.\t№ ____"))[0]
    assert act.date is None and act.number is None and act.title == TITLE


def test_a_row_of_date_place_and_number_above_the_heading():
    text = _decree("от 12 марта 2024 г.\tг. Заречный\t№ 145-п", "", *HEAD, "", "ПОСТАНОВЛЕНИЕ")
    check(extract_acts(text)[0])


def test_only_a_place_may_stand_between_the_date_and_the_number_of_a_row():
    assert requisites_only("от 12 марта 2024 г. г. Заречный № 145-п") == DateNumber("2024-03-12", "145-п")
    assert requisites_only("Постановление от 02.02.2024 № 17-п") is None
    assert requisites_only("12.03.2024 Заречный парк № 145-п") is None


def test_a_form_whose_kind_word_is_not_text_still_gives_its_requisites():
    # the kind word set as a picture: the issuer, then the date and number row
    check(extract_acts(_decree(*HEAD, "", "12.03.2024\t№ 145-п"))[0])


def test_a_federal_law_keeps_the_territory_its_heading_prints_and_a_decree_its_president():
    tail = ("\n\nО ЗЕЛЕНЫХ НАСАЖДЕНИЯХ В ПОСЕЛЕНИЯХ\n\nСтатья 1. Предмет регулирования\nНастоящий "
            "акт определяет порядок охраны зеленых насаждений.\n\nПрезидент\nРоссийской Федерации\t"
            "В.В. Иванов\nМосква, Кремль\n12 марта 2024 года\nN 45")
    law = extract_acts("РОССИЙСКАЯ ФЕДЕРАЦИЯ\n\nФЕДЕРАЛЬНЫЙ ЗАКОН" + tail.replace("N 45", "N 45-ФЗ"))[0]
    assert (law.kind, law.number, law.body) == ("закон", "45-ФЗ", "РОССИЙСКАЯ ФЕДЕРАЦИЯ")
    decree = extract_acts("РОССИЙСКАЯ ФЕДЕРАЦИЯ\n\nУКАЗ" + tail)[0]
    assert (decree.kind, decree.number, decree.body) == ("указ", "45", "Президент Российской Федерации")


def test_odt_letterhead_in_the_header_of_the_page_style_the_text_opens_with(tmp_path):
    masters = (f'<style:header>{_p("Заречный муниципальный округ")}</style:header></style:master-page>'
               f'<style:master-page style:name="First_20_Page"><style:header>{_p(*HEAD)}</style:header>')
    content = ('<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
               'style:master-page-name="First_20_Page"/></office:automatic-styles>')
    path = _odt(tmp_path, _p("ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"), masters)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b"<office:body>", content.encode() + b"<office:body>")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    check(act_of(path)[1])


# -- Word 97 .doc --------------------------------------------------------------
# tests/data/form_*.doc: forms composed here as DOCX (the first-page letterhead,
# the heading, date and number in text boxes) and saved as Word 97 by
# LibreOffice; antiword prints neither the header nor the text boxes.

DATA = Path(__file__).parent / "data"


def test_doc_first_page_header_is_read_from_the_compound_file():
    stories = word97.doc_stories(DATA / "form_first_page_header.doc")
    assert stories.header.split("\n")[:3] == HEAD and "ПОСТАНОВЛЕНИЕ" in stories.header
    assert "\n2\n" not in f"\n{stories.header}\n" and stories.text_boxes == ""


def test_doc_text_boxes_are_read_from_the_compound_file():
    stories = word97.doc_stories(DATA / "form_text_boxes.doc")
    lines = [x for x in stories.text_boxes.split("\n") if x]
    assert lines == HEAD + ["ПОСТАНОВЛЕНИЕ", "12.03.2024", "№ 145-п"] and stories.header == ""


def test_doc_form_stories_go_over_the_main_text():
    main = "\n\n".join([TITLE] + TEXT)  # what antiword prints of the text-box form
    check(extract_acts(textio.tidy(legacy._with_form_stories(DATA / "form_text_boxes.doc", main)))[0])
    main = "\n\n".join(["12.03.2024\t№ 145-п", "г. Заречный", TITLE] + TEXT)
    check(extract_acts(textio.tidy(legacy._with_form_stories(DATA / "form_first_page_header.doc", main)))[0])


def test_doc_that_is_no_compound_file_has_no_stories(tmp_path):
    (tmp_path / "x.doc").write_bytes(b"{\\rtf1 not a compound file}")
    assert word97.doc_stories(tmp_path / "x.doc") == word97.Stories()
