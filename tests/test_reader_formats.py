"""Where a format can hide or scramble an act's heading, one case each.

``test_binary_shapes.py`` holds the layouts of forms (letterheads in
headers, heading tables, text boxes); this file audits each reader against
its format: every construct of DOCX, RTF, ODT, Word 97 and PDF text layers
that prints text differently from how it is stored (capitals set by a
style over lower-case letters, hidden text, field codes beside their
results, content controls, symbols, footnotes). Each case is a small
document composed here for the fictional Заречный муниципальный округ
Тестовской области; what is asserted is what the printed page shows.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx as python_docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from ingest.formats import read
from tests.test_binary_shapes import BODY, HEAD, TEXT, TITLE, W, act_of, check

WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _r(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _wp(*inner: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(inner)}</w:p>"


def _docx(tmp_path: Path, *blocks: str, title: bool = True, setup=None) -> Path:
    """A decree whose heading is the given body blocks (WordprocessingML, or
    a function of the document giving it), then its title and text as plain
    paragraphs; ``setup(document)`` adds styles or headers first."""
    document = python_docx.Document()
    if setup:
        setup(document)
    body = document.element.body
    sect = body[-1]
    for xml in blocks:
        xml = xml(document) if callable(xml) else xml
        el = parse_xml(xml.replace(">", f" {WNS}>", 1))
        sect.addprevious(el)
    if title:
        document.add_paragraph(TITLE)
    for line in TEXT:
        document.add_paragraph(line)
    path = tmp_path / "act.docx"
    document.save(path)
    return path


def _plain(*lines: str) -> list[str]:
    return [_wp(_r(x)) for x in lines]


def _styles(*specs: tuple):
    """A setup adding styles: (name, paragraph or character, base name or
    None, font attributes)."""
    def setup(document):
        for name, kind, base, font in specs:
            style = document.styles.add_style(name, kind)
            if base:
                style.base_style = document.styles[base]
            for key, value in font.items():
                setattr(style.font, key, value)
    return setup


# -- DOCX: capitals and hidden text ------------------------------------------


def test_docx_caps_in_the_run_print_lower_case_letters_as_capitals(tmp_path):
    heading = [_wp(_r(x.lower(), "<w:caps/>")) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"]]
    parsed, act = act_of(_docx(tmp_path, *heading, *_plain("от 12.03.2024 № 145-п")))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\n\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА")
    check(act)


def test_docx_caps_switched_off_in_the_run_stays_lower_case(tmp_path):
    setup = _styles(("Бланк", WD_STYLE_TYPE.PARAGRAPH, None, {"all_caps": True}))
    heading = [_wp(_r(x.lower()), ppr='<w:pStyle w:val="Бланк"/>') for x in HEAD + ["ПОСТАНОВЛЕНИЕ"]]
    line = _wp(_r("от 12.03.2024 № 145-"), _r("п", '<w:caps w:val="0"/>'), ppr='<w:pStyle w:val="Бланк"/>')
    parsed, act = act_of(_docx(tmp_path, *heading, line, setup=setup))
    assert "ОТ 12.03.2024 № 145-п" in parsed.text
    check(act)


def test_docx_caps_of_a_paragraph_style_based_on_another(tmp_path):
    setup = _styles(("Шапка", WD_STYLE_TYPE.PARAGRAPH, None, {"all_caps": True}),
                    ("Вид акта", WD_STYLE_TYPE.PARAGRAPH, "Шапка", {"bold": True}),
                    ("Капитель", WD_STYLE_TYPE.CHARACTER, None, {"small_caps": True}))
    heading = [_wp(_r(x.lower()), ppr='<w:pStyle w:val="Шапка"/>') for x in HEAD[:2]]
    heading.append(_wp(f'<w:r><w:rPr><w:rStyle w:val="Капитель"/></w:rPr><w:t>{HEAD[2].lower()}</w:t></w:r>'))
    heading.append(_wp(_r("постановление"), ppr='<w:pStyle w:val="Видакта"/>'))
    parsed, act = act_of(_docx(tmp_path, *heading, *_plain("от 12.03.2024 № 145-п"), setup=setup))
    assert "ТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ" in parsed.text
    check(act)


def test_docx_hidden_text_is_not_printed(tmp_path):
    setup = _styles(("Служебный", WD_STYLE_TYPE.CHARACTER, None, {"hidden": True}))
    line = _wp(_r("от "), _r("11.03.2024 № 144-п ", "<w:vanish/>"), _r("12.03.2024 № 145-п"),
               '<w:r><w:rPr><w:rStyle w:val="Служебный"/></w:rPr><w:t> (черновик)</w:t></w:r>')
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"), line,
                               _wp(_r("Рег. карточка 144-п от 11.03.2024", "<w:vanish/>")), setup=setup))
    assert "144" not in parsed.text and "черновик" not in parsed.text
    check(act)


# -- DOCX: fields ----------------------------------------------------------------


def _field(code: str, *result: str) -> list[str]:
    return (['<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
             f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>']
            + (['<w:r><w:fldChar w:fldCharType="separate"/></w:r>', *result] if result else [])
            + ['<w:r><w:fldChar w:fldCharType="end"/></w:r>'])


def test_docx_nested_field_in_a_field_code_prints_only_the_outer_result(tmp_path):
    # { IF { MERGEFIELD RegNumber } = "" "б/н" "{ MERGEFIELD RegNumber }" } → 145-п
    inner = _field(" MERGEFIELD RegNumber ", _r("145-п"))
    outer = (['<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
              '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>', *inner,
              '<w:r><w:instrText xml:space="preserve"> = "" "б/н" "</w:instrText></w:r>', *inner,
              '<w:r><w:instrText xml:space="preserve">" </w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _r("145-п"),
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'])
    date = _field(' DATE \\@ "dd.MM.yyyy" ', _r("12.03.2024"))
    line = _wp(_r("от "), *date, _r(" № "), *outer)
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"), line))
    assert "от 12.03.2024 № 145-п" in parsed.text.split("\n")
    check(act)


def test_docx_field_result_split_over_runs_and_a_field_without_result(tmp_path):
    line = _wp(_r("от "), *_field(" DOCPROPERTY RegDate ", _r("12."), _r("03."), _r("2024")),
               *_field(" PAGE "), _r(" № "),
               f'<w:fldSimple w:instr=" DOCPROPERTY RegNumber ">{_r("145-п")}</w:fldSimple>')
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"), line))
    assert "от 12.03.2024 № 145-п" in parsed.text.split("\n")
    check(act)


def test_docx_field_spanning_paragraphs_keeps_its_result_lines(tmp_path):
    begin = _wp(_r("от "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r><w:instrText xml:space="preserve"> INCLUDETEXT "реквизиты.docx" </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _r("12.03.2024 № 145-п"))
    end = _wp(_r("г. Заречный"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"), begin, end))
    assert "INCLUDETEXT" not in parsed.text and "г. Заречный" in parsed.text
    check(act)


# -- DOCX: content controls ---------------------------------------------------------


def _sdt(content: str, props: str = "") -> str:
    return f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def test_docx_content_controls_around_runs_paragraphs_rows_and_cells(tmp_path):
    date = _sdt(_r("12.03.2024"), '<w:alias w:val="Дата"/><w:date w:fullDate="2024-03-12T00:00:00Z">'
                '<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="ru-RU"/></w:date>')
    number = _sdt(_r("145-п"), '<w:alias w:val="Номер"/><w:text/>')
    cell = "<w:tc><w:tcPr><w:tcW w:w=\"4500\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>"
    row = ("<w:tr>" + cell.format(_wp(_r("от "), date)) + _sdt(cell.format(_wp(_r("№ "), number)))
           + "</w:tr>")
    table = f"<w:tbl><w:tblPr/>{_sdt(row)}</w:tbl>"
    heading = _sdt("".join(_plain(*HEAD)), '<w:alias w:val="Орган"/>')
    parsed, act = act_of(_docx(tmp_path, heading, *_plain("ПОСТАНОВЛЕНИЕ"), table))
    assert "от 12.03.2024\t№ 145-п" in parsed.text.split("\n")
    check(act)


def test_docx_content_control_in_the_first_page_header(tmp_path):
    def setup(document):
        section = document.sections[0]
        section.different_first_page_header_footer = True
        header = section.first_page_header._element
        header.append(parse_xml(_sdt("".join(_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"))).replace(">", f" {WNS}>", 1)))
        section.header.paragraphs[0].text = "2"
    parsed, act = act_of(_docx(tmp_path, *_plain("от 12.03.2024 № 145-п"), setup=setup))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ")
    check(act)


# -- DOCX: text boxes ----------------------------------------------------------------


def _vml_box(*lines: str) -> str:
    paras = "".join(_wp(_r(x)) for x in lines)
    return (f'<w:r><w:pict><v:shape style="position:absolute;width:200pt;height:80pt"><v:textbox>'
            f"<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")


def _group_of_boxes(*boxes: list[str]) -> str:
    def shape(lines):
        paras = "".join(_wp(_r(x)) for x in lines)
        return f"<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>"
    group = "".join(shape(b) for b in boxes)
    vml = "".join(f"<v:shape><v:textbox><w:txbxContent>{''.join(_wp(_r(x)) for x in b)}"
                  "</w:txbxContent></v:textbox></v:shape>" for b in boxes)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:anchor><a:graphic>'
            f'<a:graphicData><wpg:wgp>{group}</wpg:wgp></a:graphicData></a:graphic></wp:anchor>'
            f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:group>{vml}</v:group></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>')


def test_docx_heading_in_a_vml_text_box_of_an_older_word(tmp_path):
    parsed, act = act_of(_docx(tmp_path, _wp(_vml_box(*HEAD, "ПОСТАНОВЛЕНИЕ")),
                               *_plain("от 12.03.2024 № 145-п")))
    assert parsed.text.count("ТЕСТОВСКОЙ ОБЛАСТИ") == 1
    check(act)


def test_docx_date_and_number_boxes_in_a_group_read_once(tmp_path):
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"),
                               _wp(_group_of_boxes(["12.03.2024"], ["№ 145-п"]))))
    assert parsed.text.count("145-п") == 1
    check(act)


def test_docx_letterhead_in_a_text_box_of_the_default_header(tmp_path):
    def setup(document):
        header = document.sections[0].header._element
        header.append(parse_xml(_wp(_vml_box(*HEAD)).replace(">", f" {WNS}>", 1)))
    parsed, act = act_of(_docx(tmp_path, *_plain("ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"), setup=setup))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ")
    check(act)


# -- DOCX: inline wrappers and characters ---------------------------------------------


def test_docx_number_inside_hyperlink_smart_tag_and_bookmarks(tmp_path):
    line = _wp(_r("от "), '<w:bookmarkStart w:id="0" w:name="РегДата"/>',
               '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
               f'{_r("12.03.2024")}</w:smartTag>', '<w:bookmarkEnd w:id="0"/>', _r(" № "),
               f'<w:hyperlink r:id="" w:anchor="РегНомер">{_r("145-п")}</w:hyperlink>')
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"), line))
    assert "от 12.03.2024 № 145-п" in parsed.text.split("\n")
    check(act)


def test_docx_positional_tab_symbols_and_hyphens(tmp_path):
    hyphen = "<w:r><w:noBreakHyphen/></w:r>"
    soft = "<w:r><w:softHyphen/></w:r>"
    number_sign = '<w:r><w:sym w:font="Times New Roman" w:char="2116"/></w:r>'
    line = _wp(_r("12.03.2024"), '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'
               "</w:r>", number_sign, _r(" 145"), hyphen, _r("п"))
    heading = _plain(*HEAD[:2]) + [_wp(_r("ТЕСТОВ"), soft, _r("СКОЙ ОБЛАСТИ"))]
    parsed, act = act_of(_docx(tmp_path, *heading, *_plain("ПОСТАНОВЛЕНИЕ"), line))
    assert "12.03.2024\t№ 145-п" in parsed.text.split("\n")
    check(act)


def test_docx_symbol_font_dash_in_the_title(tmp_path):
    # Word's Insert Symbol from the Symbol font stores a private-use code
    dash = '<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>'
    title = _wp(_r("Об установлении тарифов на услуги муниципального бюджетного учреждения «Заречный парк» "),
                dash, _r(" 2024 год"))
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"), title,
                               title=False))
    check(act, title=TITLE + " - 2024 год")


def test_docx_letter_spaced_kind_word(tmp_path):
    spaced = _wp(_r("П О С Т А Н О В Л Е Н И Е", '<w:spacing w:val="60"/>'))
    check(act_of(_docx(tmp_path, *_plain(*HEAD), spaced, *_plain("от 12.03.2024 № 145-п")))[1])


def test_docx_footnote_reference_in_the_title_is_no_text(tmp_path):
    title = _wp(_r(TITLE), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                '<w:footnoteReference w:id="1"/></w:r>')
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"), title,
                               title=False))
    check(act)


def test_docx_nested_table_in_the_number_cell(tmp_path):
    inner = ("<w:tbl><w:tblPr/><w:tr><w:tc>" + _wp(_r("№")) + "</w:tc><w:tc>" + _wp(_r("145-п"))
             + "</w:tc></w:tr></w:tbl>")
    table = ("<w:tbl><w:tblPr/><w:tr><w:tc>" + _wp(_r("12.03.2024")) + "</w:tc><w:tc>" + inner
             + _wp() + "</w:tc></w:tr></w:tbl>")
    parsed, act = act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"), table))
    assert parsed.text.count("145-п") == 1
    check(act)


def test_docx_field_left_open_does_not_swallow_the_text_after_it(tmp_path):
    broken = _wp(_r("от 12.03.2024 № 145-п"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                 '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>')
    check(act_of(_docx(tmp_path, *_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"), broken))[1])


def _with_chunk(document, data: bytes, content_type: str, name: str) -> str:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    chunk = Part(PackURI(f"/word/{name}"), content_type, data, document.part.package)
    return document.part.relate_to(
        chunk, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")


@pytest.mark.parametrize("kind", ["html", "rtf", "docx"])
def test_docx_heading_imported_as_an_alt_chunk(tmp_path, kind):
    lines = HEAD + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"]
    if kind == "docx":  # a whole package, typed as a document's main part
        import io
        inner = python_docx.Document()
        for line in lines:
            inner.add_paragraph(line)
        buffer = io.BytesIO()
        inner.save(buffer)
        data = buffer.getvalue()
        content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    elif kind == "html":
        data = ('<html><head><meta charset="utf-8"></head><body>'
                + "".join(f"<p>{x}</p>" for x in lines) + "</body></html>").encode("utf-8")
        content_type = "text/html"
    else:
        from tests.test_binary_shapes import RTF_HEAD, _par
        data = (RTF_HEAD + "".join(_par(x) for x in lines) + "}").encode("ascii")
        content_type = "application/rtf"

    def chunk(document) -> str:
        return f'<w:altChunk r:id="{_with_chunk(document, data, content_type, "chunk1." + kind)}"></w:altChunk>'
    parsed, act = act_of(_docx(tmp_path, chunk))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ")
    check(act)


# -- RTF ---------------------------------------------------------------------------

from tests.test_binary_shapes import RTF_HEAD, _esc, _par, _rtf, _rtf_text  # noqa: E402


def test_rtf_caps_print_lower_case_letters_as_capitals(tmp_path):
    heading = "".join(_par(x.lower(), "\\qc\\caps") for x in HEAD) + _par("постановление", "\\qc\\scaps\\b")
    line = "\\pard\\plain\\ql\\f0\\caps " + _esc("от 12.03.2024 № 145-") + "{\\caps0 " + _esc("п") + "}\\par\n"
    parsed, act = act_of(_rtf(tmp_path, heading + line + _rtf_text()))
    assert "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\nТЕСТОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nОТ 12.03.2024 № 145-п" in parsed.text
    check(act)


def test_rtf_hidden_text_is_not_printed(tmp_path):
    line = ("\\pard\\plain\\ql\\f0 " + _esc("от ") + "{\\v " + _esc("11.03.2024 № 144-п ") + "}"
            + _esc("12.03.2024 № 145-п") + "\\v " + _esc(" (черновик)") + "\\v0\\par\n")
    hidden_par = "\\pard\\plain\\v\\f0 " + _esc("Рег. карточка 144-п") + "\\par\n"
    parsed, act = act_of(_rtf(tmp_path, "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"]) + line
                              + hidden_par + _rtf_text()))
    assert "144" not in parsed.text and "черновик" not in parsed.text
    check(act)


def test_rtf_fields_give_their_results_only(tmp_path):
    date = ("{\\field{\\*\\fldinst {DATE \\\\@ \"dd.MM.yyyy\"}}{\\fldrslt {12.03.2024}}}")
    number = ("{\\field{\\*\\fldinst { IF {\\field{\\*\\fldinst { MERGEFIELD RegNumber }}{\\fldrslt 145-"
              + _esc("п") + "}} = \"\" \"" + _esc("б/н") + "\" }}{\\fldrslt {145-" + _esc("п") + "}}}")
    line = "\\pard\\plain\\ql\\f0 " + _esc("от ") + date + _esc(" № ") + number + "\\par\n"
    parsed, act = act_of(_rtf(tmp_path, "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"]) + line
                              + _rtf_text()))
    assert "от 12.03.2024 № 145-п" in parsed.text.split("\n")
    check(act)


def test_rtf_emblem_picture_object_and_shape_picture_are_no_text(tmp_path):
    emblem = ("{\\*\\shppict{\\pict\\picscalex50\\pngblip 89504e470d0a1a0a0000000d49484452}}"
              "{\\nonshppict{\\pict\\wmetafile8 0100090000}}")
    obj = ("{\\object\\objemb{\\*\\objclass Paint.Picture}{\\*\\objdata 0105000002000000}"
           "{\\result {\\pict\\wmetafile8 0100090000}}}")
    parsed, act = act_of(_rtf(tmp_path, "\\pard\\plain\\qc " + emblem + obj + "\\par\n"
                              + "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"])
                              + _rtf_text()))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ")
    check(act)


def test_rtf_footnote_is_not_mixed_into_the_title(tmp_path):
    title = ("\\pard\\plain\\qc\\f0 " + _esc(TITLE) + "{\\super\\chftn}{\\footnote\\pard\\plain\\f0 {\\super\\chftn} "
             + _esc("В редакции постановления от 01.02.2024 № 20-п") + "}\\par\n")
    parsed, act = act_of(_rtf(tmp_path, "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"])
                              + title + _rtf_text(title=False)))
    assert "20-п" not in parsed.text
    check(act)


def test_rtf_nested_table_in_the_number_cell(tmp_path):
    def cell_text(s, depth):
        return f"\\pard\\plain\\intbl\\itap{depth}\\f0 {_esc(s)}"
    row = ("\\trowd\\cellx4677\\cellx9354 " + cell_text("12.03.2024", 1) + "\\cell "
           + cell_text("№", 2) + "\\nestcell " + cell_text("145-п", 2) + "\\nestcell "
           + "{\\*\\nesttableprops\\trowd\\cellx2000\\cellx4000\\nestrow}{\\nonesttables\\par}"
           + "\\pard\\plain\\intbl\\itap1 \\cell \\trowd\\cellx4677\\cellx9354 \\row\n")
    parsed, act = act_of(_rtf(tmp_path, "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"]) + row
                              + "\\pard\\plain " + _rtf_text()))
    assert parsed.text.count("145-п") == 1
    check(act)


def test_rtf_line_breaks_inside_the_heading_paragraph(tmp_path):
    heading = "\\pard\\plain\\qc\\f0 " + "\\line ".join(_esc(x) for x in HEAD) + "\\par\n"
    parsed, act = act_of(_rtf(tmp_path, heading + "".join(_par(x) for x in ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"])
                              + _rtf_text()))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО")
    check(act)


@pytest.mark.parametrize("header", [
    # Cyrillic bytes under the declared code page, the font naming no charset
    "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}}",
    # an English Word: cp1252 declared, the Cyrillic fonts say 204
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman Cyr;}"
    "{\\f1\\fswiss\\fcharset0 Arial;}}",
])
def test_rtf_code_page_from_the_declaration_or_the_font(tmp_path, header):
    body = "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"])
    line = "\\pard\\plain\\ql\\f0 " + _esc("от 12.03.2024 ") + "{\\f1 N}" + _esc(" 145-п") + "\\par\n"
    path = tmp_path / "act.rtf"
    path.write_bytes((header + body + line + _rtf_text() + "}").encode("ascii"))
    check(act_of(path)[1])


def test_rtf_unicode_with_ansi_alternative_groups(tmp_path):
    # \upr: an ANSI text for old readers and a Unicode one (\*\ud) for new
    def upr(s):
        uni = "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in s)
        return "{\\upr{" + _esc(s) + "}{\\*\\ud{" + uni + "}}}"
    body = "".join(f"\\pard\\plain\\f0 {upr(x)}\\par\n" for x in HEAD + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"])
    parsed, act = act_of(_rtf(tmp_path, body + _rtf_text()))
    assert parsed.text.count("ТЕСТОВСКОЙ ОБЛАСТИ") == 1
    check(act)


# -- PDF text layers -----------------------------------------------------------------

from tests.test_formats import _FONT, _pdf_string  # noqa: E402


def _show(x: float, y: float, text: str, size: float = 11, spacing: float = 0) -> bytes:
    tc = b"%.1f Tc " % spacing if spacing else b""
    return b"BT /F1 %.1f Tf %s%.1f %.1f Td %s Tj ET" % (size, tc, x, y, _pdf_string(text))


def _raw_pdf(path: Path, ops: list[bytes], image: tuple[float, float, float, float] | None = None) -> Path:
    """One page of the given content operators, written by
    ``test_formats.write_pdf`` (Helvetica with Cyrillic glyph names), with
    an optional small image (x, y, width, height): the emblem over a heading."""
    from unittest import mock

    from tests import test_formats
    if image:
        ops = [b"q %.1f 0 0 %.1f %.1f %.1f cm /Im1 Do Q" % (image[2], image[3], image[0], image[1])] + ops
    with mock.patch.object(test_formats, "_content", lambda items, image=False: b"\n".join(ops)):
        return test_formats.write_pdf(path, [[]])


_PDF_TEXT = [
    "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах",
    "организации местного самоуправления в Российской Федерации» администрация",
    "Заречного муниципального округа Тестовской области постановляет:",
    "1. Установить тарифы на платные услуги муниципального бюджетного учреждения",
    "«Заречный парк» согласно приложению.",
    "2. Опубликовать настоящее постановление в газете «Заречный вестник».",
]
_PDF_TITLE = ["Об установлении тарифов на услуги", "муниципального бюджетного учреждения", "«Заречный парк»"]


def _pdf_page(heading: list[bytes], title: list[str] = _PDF_TITLE, top: float = 600) -> list[bytes]:
    ops = list(heading)
    ops += [_show(85, top - 14 * i, x) for i, x in enumerate(title)]
    ops += [_show(85, top - 60 - 14 * i, x) for i, x in enumerate(_PDF_TEXT)]
    return ops


def _pdf_head(date_line: str = "от 12.03.2024 № 145-п") -> list[bytes]:
    return ([_show(200, 780 - 14 * i, x) for i, x in enumerate(HEAD)]
            + [_show(240, 730, "ПОСТАНОВЛЕНИЕ", 14), _show(85, 700, date_line)])


def test_pdf_letter_spaced_kind_word(tmp_path):
    heading = [_show(200, 780 - 14 * i, x) for i, x in enumerate(HEAD)]
    heading += [_show(180, 730, "ПОСТАНОВЛЕНИЕ", 14, spacing=6), _show(85, 700, "от 12.03.2024 № 145-п")]
    check(act_of(_raw_pdf(tmp_path / "act.pdf", _pdf_page(heading)))[1])


def test_pdf_words_drawn_glyph_by_glyph(tmp_path):
    # some printers place every glyph on its own (TJ kerning turned into moves)
    x, ops = 240.0, []
    for ch in "ПОСТАНОВЛЕНИЕ":
        ops.append(_show(x, 730, ch, 14))
        x += 10.5
    heading = [_show(200, 780 - 14 * i, t) for i, t in enumerate(HEAD)] + ops
    heading.append(_show(85, 700, "от 12.03.2024 № 145-п"))
    parsed, act = act_of(_raw_pdf(tmp_path / "act.pdf", _pdf_page(heading)))
    check(act)


def test_pdf_emblem_left_of_a_heading_block_at_the_right(tmp_path):
    right = [_show(300, 790 - 14 * i, x) for i, x in enumerate(HEAD + ["", "ПОСТАНОВЛЕНИЕ", "",
                                                                     "от 12.03.2024 № 145-п", "г. Заречный"])]
    check(act_of(_raw_pdf(tmp_path / "act.pdf", _pdf_page(right), image=(85, 700, 60, 80)))[1])


def test_pdf_date_and_number_at_the_two_edges_of_one_line(tmp_path):
    heading = _pdf_head()[:-1] + [_show(85, 700, "12.03.2024"), _show(470, 700, "№ 145-п")]
    parsed, act = act_of(_raw_pdf(tmp_path / "act.pdf", _pdf_page(heading)))
    assert "12.03.2024 № 145-п" in parsed.text.split("\n")  # PDFium's one line: a space
    check(act)


def test_pdf_lines_drawn_out_of_order_are_read_top_to_bottom(tmp_path):
    # the number and the date stamped in after the form was printed
    ops = _pdf_page(_pdf_head()[:-1])
    ops = [_show(470, 700, "№ 145-п")] + ops + [_show(85, 700, "от 12.03.2024")]
    check(act_of(_raw_pdf(tmp_path / "act.pdf", ops))[1])


def test_pdf_rotated_stamp_in_the_margin_stays_out_of_the_heading(tmp_path):
    stamp = [b"BT /F1 8 Tf 0 1 -1 0 30 300 Tm %s Tj ET" % _pdf_string(
        "Документ подписан электронной подписью. Сертификат 01AB23 от 01.03.2024 № 77")]
    check(act_of(_raw_pdf(tmp_path / "act.pdf", stamp + _pdf_page(_pdf_head())))[1])


def test_pdf_title_hyphenated_at_a_line_end(tmp_path):
    title = ["Об установлении тарифов на услуги муници-", "пального бюджетного учреждения «Заречный",
             "парк»"]
    check(act_of(_raw_pdf(tmp_path / "act.pdf", _pdf_page(_pdf_head(), title=title)))[1])


def test_pdf_text_in_a_font_without_unicode_is_flagged_garbled(tmp_path):
    # glyphs named g192…g255 map to no character: the layer cannot be trusted
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
            b"/Differences [" + b" ".join(b"%d /g%d" % (c, c) for c in range(192, 256)) + b"] >> >>")
    path = _raw_pdf(tmp_path / "act.pdf", _pdf_page(_pdf_head()))
    path.write_bytes(path.read_bytes().replace(_FONT, font.ljust(len(_FONT))))
    assert "garbled_text_layer" in read(path).warnings


# -- Word 97 .doc --------------------------------------------------------------------
# tests/data/form_caps_hidden_field.doc: composed here as DOCX (the first-page
# letterhead and the kind word stored in lower case under w:caps, a hidden
# old date and number, the number a MERGEFIELD's result) and saved as Word 97
# by LibreOffice; antiword prints the letters as stored and the hidden text.

DATA = Path(__file__).parent / "data"


def test_doc_capitals_and_hidden_text_are_read_from_the_character_formats():
    from ingest.formats import word97
    stories = word97.doc_stories(DATA / "form_caps_hidden_field.doc")
    assert stories.header.split("\n")[:3] == HEAD
    assert [(stored, printed) for _, stored, printed in stories.restyled] == [
        ("постановление", "ПОСТАНОВЛЕНИЕ"), ("11.03.2024 № 144-п ", "")]


def test_doc_read_as_printed_capitals_no_hidden_text_and_the_field_result():
    parsed, act = act_of(DATA / "form_caps_hidden_field.doc")
    assert parsed.meta["reader"] == "antiword"
    assert "144" not in parsed.text and "MERGEFIELD" not in parsed.text
    assert "ТЕСТОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ" in parsed.text
    check(act)


def test_doc_restyling_changes_only_the_piece_near_its_place():
    from ingest.formats.legacy import _restyle
    text = "ПОСТАНОВЛЕНИЕ\n\nот 12.03.2024 № 145-п\n\n" + "Текст постановления. " * 40 + "144-п"
    assert _restyle(text, ((5, "144-п", ""),)) == text  # the hidden piece was not printed there
    assert _restyle("от 11.03.2024 № 144-п 12.03.2024", ((3, "11.03.2024 № 144-п ", ""),)) == "от  12.03.2024"


# -- ODT -------------------------------------------------------------------------------

from tests.test_binary_shapes import NS, _p  # noqa: E402

ODT_NS = NS + ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'


def _odt_doc(tmp_path: Path, content: str, automatic: str = "", common: str = "") -> Path:
    """An ODT whose text opens with ``content``; ``automatic`` styles go into
    content.xml, ``common`` ones into styles.xml, as LibreOffice writes them."""
    path = tmp_path / "act.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
                    f"<office:automatic-styles>{automatic}</office:automatic-styles>"
                    f"<office:body><office:text>{content}{_p(TITLE, *TEXT)}</office:text></office:body>"
                    "</office:document-content>")
        zf.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}>'
                    f"<office:styles>{common}</office:styles></office:document-styles>")
    return path


def _style(name: str, family: str, props: str, parent: str = "") -> str:
    up = f' style:parent-style-name="{parent}"' if parent else ""
    return (f'<style:style style:name="{name}" style:family="{family}"{up}>'
            f"<style:text-properties {props}/></style:style>")


def test_odt_capitals_of_a_paragraph_style_and_its_parent(tmp_path):
    common = _style("Шапка", "paragraph", 'fo:text-transform="uppercase"')
    automatic = (_style("P1", "paragraph", 'fo:font-weight="bold"', parent="Шапка")
                 + _style("T1", "text", 'fo:font-variant="small-caps"'))
    heading = "".join(f'<text:p text:style-name="P1">{x.lower()}</text:p>' for x in HEAD)
    heading += '<text:p><text:span text:style-name="T1">постановление</text:span></text:p>'
    parsed, act = act_of(_odt_doc(tmp_path, heading + _p("от 12.03.2024 № 145-п"), automatic, common))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\n\nЗАРЕЧНОГО")
    check(act)


def test_odt_hidden_text_is_not_printed(tmp_path):
    automatic = _style("T2", "text", 'text:display="none"')
    line = ('<text:p>от <text:span text:style-name="T2">11.03.2024 № 144-п </text:span>12.03.2024 № 145-п'
            '<text:hidden-text text:condition="ooow:1" text:string-value="черновик" text:is-hidden="true"/>'
            "</text:p>")
    parsed, act = act_of(_odt_doc(tmp_path, _p(*HEAD, "ПОСТАНОВЛЕНИЕ") + line, automatic))
    assert "144" not in parsed.text and "черновик" not in parsed.text
    check(act)


def test_odt_spaces_soft_page_breaks_and_fields(tmp_path):
    line = ('<text:p>от <text:date text:date-value="2024-03-12">12.03.2024</text:date><text:s text:c="3"/>№ '
            '<text:user-field-get text:name="Номер">145-п</text:user-field-get></text:p>')
    heading = _p(*HEAD[:2]) + "<text:p>ТЕСТОВСКОЙ<text:soft-page-break/> ОБЛАСТИ</text:p>" + _p("ПОСТАНОВЛЕНИЕ")
    parsed, act = act_of(_odt_doc(tmp_path, heading + line))
    assert "от 12.03.2024 № 145-п" in parsed.text.split("\n")
    check(act)


def test_docx_body_name_in_old_wordart(tmp_path):
    art = ('<w:r><w:pict><v:shape type="#_x0000_t136" style="width:400pt;height:30pt">'
           f'<v:textpath style="font-family:&quot;Times New Roman&quot;" string="{HEAD[0]}"/></v:shape></w:pict></w:r>')
    parsed, act = act_of(_docx(tmp_path, _wp(art), *_plain(*HEAD[1:], "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п")))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\n\nЗАРЕЧНОГО")
    check(act)


def test_docx_heading_in_block_level_alternate_content_read_once(tmp_path):
    paras = "".join(_plain(*HEAD, "ПОСТАНОВЛЕНИЕ"))
    block = (f'<mc:AlternateContent><mc:Choice Requires="w14">{paras}</mc:Choice>'
             f"<mc:Fallback>{paras}</mc:Fallback></mc:AlternateContent>")
    parsed, act = act_of(_docx(tmp_path, block, *_plain("от 12.03.2024 № 145-п")))
    assert parsed.text.count("ТЕСТОВСКОЙ ОБЛАСТИ") == 1
    check(act)


def test_rtf_body_name_in_wordart(tmp_path):
    art = ("{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpright8000\\shpbottom600"
           "{\\sp{\\sn shapeType}{\\sv 136}}{\\sp{\\sn gtextUNICODE}{\\sv " + _esc(HEAD[0]) + "}}"
           "{\\sp{\\sn gtextFont}{\\sv Times New Roman}}}{\\shprslt{\\*\\do\\dobxcolumn}}}")
    parsed, act = act_of(_rtf(tmp_path, "\\pard\\plain " + art + "\\par\n"
                              + "".join(_par(x) for x in HEAD[1:] + ["ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п"])
                              + _rtf_text()))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\n\nЗАРЕЧНОГО") and "Times" not in parsed.text
    check(act)


# -- Word 2003 XML ----------------------------------------------------------------------

W2003 = ('xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
         'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
         'xmlns:v="urn:schemas-microsoft-com:vml"')


@pytest.mark.parametrize("name", ["act.xml", "act.doc"])
def test_word_2003_xml_with_caps_style_header_field_and_text_box(tmp_path, name):
    styles = ('<w:styles><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/>'
              '</w:style><w:style w:type="paragraph" w:styleId="head"><w:name w:val="Шапка"/>'
              '<w:basedOn w:val="a"/><w:rPr><w:caps/></w:rPr></w:style></w:styles>')
    header = "".join(f'<w:p><w:pPr><w:pStyle w:val="head"/></w:pPr><w:r><w:t>{x.lower()}</w:t></w:r></w:p>'
                     for x in HEAD)
    box = ('<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>ПОСТАНОВЛЕНИЕ</w:t></w:r></w:p>'
           "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    line = ('<w:p><w:r><w:t>от 12.03.2024 № </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> DOCPROPERTY RegNumber </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
            '</w:r><w:r><w:t>145-п</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t> (144-п)</w:t></w:r></w:p>')
    text = "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in [TITLE] + TEXT)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           f"<w:wordDocument {W2003}>{styles}<w:body><wx:sect><w:p>{box}</w:p>{line}{text}"
           f'<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>2</w:t></w:r></w:p></w:hdr>'
           f'<w:hdr w:type="first">{header}</w:hdr><w:titlePg/></w:sectPr></wx:sect></w:body></w:wordDocument>')
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    parsed, act = act_of(path)
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\n\nЗАРЕЧНОГО") and "144" not in parsed.text
    check(act)


def test_other_xml_stays_pending(tmp_path):
    from ingest.records import NeedsReader
    (tmp_path / "list.xml").write_text('<?xml version="1.0"?><acts><act n="145-п"/></acts>', encoding="utf-8")
    with pytest.raises(NeedsReader, match="XML file: needs an XML reader"):
        read(tmp_path / "list.xml")
