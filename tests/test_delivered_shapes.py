"""Delivered files whose requisites sit where a database or a clerk put them
(issue 12): the date and number in a table row above the heading, a
database's one-line title over the printed heading, a number with a Cyrillic
letter glued on (``6-55Р``), a file holding only an annex of an act.

Each file is composed here, in our own wording, for the fictional Заречный
муниципальный округ Тестовской области; what is asserted is what a
librarian reads off the page.
"""
from __future__ import annotations

import docx as python_docx

from tests.test_binary_shapes import TEXT, TITLE, _esc, _par, _row, _rtf, act_of

COUNCIL = ["СОВЕТ ДЕПУТАТОВ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
COUNCIL_BODY = "СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ"
ANNEX_ROWS = [("1", "Пляж у Заречного пруда", "ул. Береговая, 2"),
              ("2", "Купальня на реке Тестовке", "д. Лесная, ул. Речная, 1")]


def _council_decision(act):
    assert (act.kind, act.number, act.date) == ("решение", "6-55Р", "2024-03-12")
    assert act.body == COUNCIL_BODY
    assert act.title == TITLE


def test_docx_date_and_number_in_a_table_row_above_the_council_heading(tmp_path):
    document = python_docx.Document()
    row = document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].text = "12.03.2024"
    row.cells[1].paragraphs[0].text = "№ 6-55Р"
    for line in COUNCIL + ["шестого созыва", "", "РЕШЕНИЕ", "", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _council_decision(act_of(tmp_path / "act.docx")[1])


def test_rtf_database_title_on_one_line_over_the_printed_heading(tmp_path):
    reference = "Решение Совета депутатов Заречного муниципального округа Тестовской области от 12.03.2024 N 6-55Р"
    body = (_par(reference, "\\ql") + _par("")
            + "".join(_par(x) for x in COUNCIL + ["РЕШЕНИЕ", "от 12 марта 2024 г. № 6-55Р", "г. Заречный"])
            + "".join(_par(x, "\\qj") for x in [TITLE] + TEXT))
    _council_decision(act_of(_rtf(tmp_path, body))[1])


def test_rtf_date_and_number_row_above_the_heading_the_number_with_a_glued_letter(tmp_path):
    body = (_row(["от 12.03.2024"], ["№6-55Р"]) + "\\pard\\plain "
            + "".join(_par(x) for x in COUNCIL + ["РЕШЕНИЕ"])
            + "".join(_par(x, "\\qj") for x in [TITLE] + TEXT))
    _council_decision(act_of(_rtf(tmp_path, body))[1])


def _annex_act(act):
    assert (act.kind, act.number, act.date) == ("постановление", "145-п", "2024-03-12")
    assert act.body.casefold() == "администрация заречного муниципального округа тестовской области"
    assert act.title is None and "annex_only" in act.warnings


def test_docx_holding_only_an_annex_is_the_annex_of_its_act(tmp_path):
    document = python_docx.Document()
    document.add_paragraph("Приложение к постановлению администрации Заречного муниципального округа "
                           "Тестовской области от 12.03.2024 № 145-п")
    document.add_paragraph("ПЕРЕЧЕНЬ")
    document.add_paragraph("мест массового отдыха населения у воды")
    table = document.add_table(rows=len(ANNEX_ROWS), cols=3)
    for r, values in zip(table.rows, ANNEX_ROWS):
        for cell, value in zip(r.cells, values):
            cell.paragraphs[0].text = value
    document.save(tmp_path / "annex.docx")
    _annex_act(act_of(tmp_path / "annex.docx")[1])


def test_rtf_holding_only_an_annex_with_its_stamp_over_several_short_lines(tmp_path):
    stamp = ["Приложение № 2", "к постановлению", "администрации", "Заречного муниципального округа",
             "Тестовской области", "от 12.03.2024 № 145-п"]
    body = ("".join(_par(x, "\\qr") for x in stamp) + _par("")
            + "".join(_par(x) for x in ["ПЕРЕЧЕНЬ", "мест массового отдыха населения у воды"])
            + "".join("\\pard\\plain\\ql\\f0\\fs28 " + "\\tab ".join(_esc(x) for x in r) + "\\par\n"
                      for r in ANNEX_ROWS))
    _annex_act(act_of(_rtf(tmp_path, body))[1])


def test_docx_row_of_date_place_and_number_above_the_heading(tmp_path):
    """``от 12.03.2024 | г. Заречный | № 6-55Р`` in a row over the council's
    name: the ``г.`` of the middle cell is the town's, not the year's."""
    document = python_docx.Document()
    for cell, value in zip(document.add_table(rows=1, cols=3).rows[0].cells,
                           ["от 12.03.2024", "г. Заречный", "№ 6-55Р"]):
        cell.paragraphs[0].text = value
    for line in ["", *COUNCIL, "", "РЕШЕНИЕ", "", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _council_decision(act_of(tmp_path / "act.docx")[1])


def test_rtf_row_of_date_place_and_number_above_the_heading(tmp_path):
    body = (_row(["12 марта 2024 г."], ["с. Сосновка"], ["№ 6-55Р"]) + "\\pard\\plain "
            + "".join(_par(x) for x in COUNCIL + ["РЕШЕНИЕ"])
            + "".join(_par(x, "\\qj") for x in [TITLE] + TEXT))
    _council_decision(act_of(_rtf(tmp_path, body))[1])


def test_docx_session_line_under_the_date_and_number_row_is_not_the_title(tmp_path):
    """``РЕШЕНИЕ`` / a row ``«12» марта 2024 г. | № 6-55Р`` / ``сорок вторая
    сессия шестого созыва`` / the title: the session is the sitting's, not the title's."""
    document = python_docx.Document()
    for line in COUNCIL + ["", "РЕШЕНИЕ", ""]:
        document.add_paragraph(line)
    for cell, value in zip(document.add_table(rows=1, cols=2).rows[0].cells, ["«12» марта 2024 г.", "№ 6-55Р"]):
        cell.paragraphs[0].text = value
    for line in ["сорок вторая сессия шестого созыва", "", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _council_decision(act_of(tmp_path / "act.docx")[1])


# a republic's bilingual blank: the issuer's name in Russian and in the
# republic's language side by side, the kind word in both (fictional words in
# the shape of Tatar and Bashkir blanks)
REPUBLIC = ["СОВЕТ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА", "ТЕСТОВСКОЙ РЕСПУБЛИКИ"]
REPUBLIC_LOCAL = ["ТЕСТ РЕСПУБЛИКАСЫ", "ЗАРЕЧНЫЙ МУНИЦИПАЛЬ", "РАЙОНЫ СОВЕТЫ", "ҖИРЛЕГЕ"]


def _republic_decision(act, number="17"):
    assert (act.kind, act.number, act.date) == ("решение", number, "2024-03-12")
    assert act.body == "СОВЕТ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА ТЕСТОВСКОЙ РЕСПУБЛИКИ"
    assert act.title == TITLE


def test_docx_bilingual_blank_the_russian_cell_first(tmp_path):
    """Russian cell, the republic's language's cell, then ``РЕШЕНИЕ | КАРАР``
    and the date, place and number: the body is the Russian name, the other
    language's kind word is neither title nor body."""
    document = python_docx.Document()
    table = document.add_table(rows=3, cols=3)
    for cell, lines in zip(table.rows[0].cells, [REPUBLIC, [""], REPUBLIC_LOCAL]):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    table.rows[1].cells[0].paragraphs[0].text = "РЕШЕНИЕ"
    table.rows[1].cells[2].paragraphs[0].text = "КАРАР"
    for cell, value in zip(table.rows[2].cells, ["12.03.2024", "г. Заречный", "№ 17"]):
        cell.paragraphs[0].text = value
    for line in ["", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _republic_decision(act_of(tmp_path / "act.docx")[1])


def _uni(s: str) -> str:
    """RTF of ``s``: letters cp1251 lacks as Word writes them (``\\uN?``)."""
    return "".join(_esc(c) if c.encode("cp1251", "ignore") else f"\\u{ord(c)}?" for c in s)


def test_rtf_bilingual_blank_the_republics_language_first(tmp_path):
    local = ["ТЕСТ РЕСПУБЛИКАҺЫ", "ЗАРЕЧНЫЙ РАЙОНЫ", "МУНИЦИПАЛЬ РАЙОНЫНЫҢ", "СОВЕТЫ"]

    def row(*cells):
        def cell(lines):
            return "\\par ".join(f"\\pard\\plain\\intbl\\qc\\f0\\fs28 {x}" for x in lines) + "\\cell "
        return "\\trowd\\cellx4677\\cellx9354 " + "".join(cell(c) for c in cells) + "\\row\n"
    body = (row([_uni(x) for x in local], [_esc(x) for x in REPUBLIC])
            + row([_uni("ҠАРАР")], [_esc("РЕШЕНИЕ")])
            + row([_esc("«12» март 2024 й. № 17-р")], [_esc("«12» марта 2024 г. № 17-р")])
            + "\\pard\\plain " + "".join(_par(x, "\\qj") for x in [TITLE] + TEXT))
    _republic_decision(act_of(_rtf(tmp_path, body))[1], "17-р")


def test_txt_in_cp866_with_the_heading_in_a_box_drawn_frame(tmp_path):
    """An old DOS text: the council's name framed by box-drawing characters
    (``╔═══╗`` / ``║ … ║`` / ``╚═══╝``): the frame is no part of the name."""
    lines = ["╔" + "═" * 46 + "╗", "║   СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО   ║",
             "║        ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ             ║", "╚" + "═" * 46 + "╝", "",
             "                    Р Е Ш Е Н И Е", "", "  12.03.2024                            N 6-55Р", "",
             "  " + TITLE, ""] + TEXT
    path = tmp_path / "act.txt"
    path.write_bytes("\r\n".join(lines).replace("«", '"').replace("»", '"').replace("№", "N").encode("cp866"))
    act = act_of(path)[1]
    assert (act.kind, act.number, act.date) == ("решение", "6-55Р", "2024-03-12")
    assert act.body == COUNCIL_BODY
    assert act.title == TITLE.replace("«", '"').replace("»", '"')


def _docx_act(tmp_path, lines):
    document = python_docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    return act_of(tmp_path / "act.docx")[1]


SHORT_TITLE = "О внесении изменения в решение Совета депутатов от 12.01.2024 № 1-3Р"


def test_docx_act_of_one_clause_with_no_preamble_keeps_its_title(tmp_path):
    """A one-clause amendment with no preamble: ``Пункт 2 … изложить в новой
    редакции: «…».`` under the title is the act's text (an instruction in the
    infinitive), not the title's second line."""
    act = _docx_act(tmp_path, COUNCIL + ["", "РЕШЕНИЕ", "", "12.03.2024\t\t\t\t\t№ 6-55Р", "", SHORT_TITLE,
                                         "Пункт 2 решения изложить в новой редакции: «2. Решение вступает в силу "
                                         "со дня его подписания.».", "Председатель Совета депутатов\t\tЛ.Н. Ермакова"])
    assert (act.number, act.date, act.title) == ("6-55Р", "2024-03-12", SHORT_TITLE)


def test_docx_publication_stamp_anchored_in_the_title_is_not_the_title(tmp_path):
    """A stamp ``ОПУБЛИКОВАНО`` / the newspaper / its issue and date, in a text
    box anchored in the title's paragraph: neither the title nor its start."""
    from docx.oxml import parse_xml
    from tests.test_binary_shapes import _text_box
    document = python_docx.Document()
    for line in COUNCIL + ["", "РЕШЕНИЕ", "", "12.03.2024\t\t\t\t\t№ 6-55Р", ""]:
        document.add_paragraph(line)
    paragraph = document.add_paragraph(TITLE)
    paragraph._p.append(parse_xml(_text_box(["ОПУБЛИКОВАНО", "в газете «Заречный вестник»", "№ 11 от 15.03.2024"])))
    for line in TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _council_decision(act_of(tmp_path / "act.docx")[1])


def test_rtf_register_stamp_in_the_corner_cell_is_not_the_title(tmp_path):
    """``Зарегистрировано`` / ``в реестре муниципальных актов`` / ``№ 1012 от
    19.03.2024`` in the cell beside the heading: the register's, not the act's."""
    body = (_row(COUNCIL + ["", "РЕШЕНИЕ"], ["Зарегистрировано", "в реестре муниципальных актов",
                                            "№ 1012 от 19.03.2024"])
            + "\\pard\\plain " + _par("12.03.2024\t\t\t\t№ 6-55Р", "\\ql")
            + "".join(_par(x, "\\qj") for x in [TITLE] + TEXT))
    _council_decision(act_of(_rtf(tmp_path, body))[1])


def test_rtf_title_over_a_one_sentence_text_with_no_blank_between(tmp_path):
    """``За многолетний … труд наградить … .`` right under the title, no blank
    line between (RTF paragraphs): the sentence's infinitive says, a title names."""
    body = ("".join(_par(x) for x in COUNCIL + ["РЕШЕНИЕ", "от 12.03.2024 № 6-55Р"])
            + _par(TITLE, "\\ql")
            + _par("За многолетний добросовестный труд наградить Почетной грамотой Совета депутатов "
                   "Кузнецову Марию Ивановну.", "\\qj")
            + _par("Председатель Совета депутатов\tЛ.Н. Ермакова", "\\ql"))
    _council_decision(act_of(_rtf(tmp_path, body))[1])


def test_pdf_title_over_an_instruction_in_the_infinitive(tmp_path):
    """A PDF whose text opens at once with ``Провести …`` wrapped over two lines
    under the two lines of the title: an instruction is no line of a title."""
    from tests.test_formats import write_pdf
    lines = [(200, 800 - 14 * i, x) for i, x in enumerate(COUNCIL + ["РЕШЕНИЕ"])]
    lines += [(70, 720, "12.03.2024"), (480, 720, "№ 6-55Р"),
              (70, 690, "Об установлении тарифов на услуги муниципального бюджетного"),
              (70, 676, "учреждения «Заречный парк»"),
              (85, 640, "Установить с 1 апреля 2024 года тарифы на платные услуги учреждения согласно"),
              (70, 626, "приложению к настоящему решению"),
              (70, 580, "Председатель Совета депутатов"), (420, 580, "Л.Н. Ермакова")]
    _council_decision(act_of(write_pdf(tmp_path / "act.pdf", [lines]))[1])


def test_pdf_whose_font_printed_the_number_sign_as_No(tmp_path):
    """A PDF made with a font lacking ``№``: the converter wrote ``No 6-55Р``."""
    from tests.test_formats import write_pdf
    lines = [(200, 800 - 14 * i, x) for i, x in enumerate(COUNCIL + ["РЕШЕНИЕ"])]
    lines += [(70, 720, "12.03.2024"), (480, 720, "No 6-55Р"), (70, 690, TITLE)]
    lines += [(70, 660 - 14 * i, x[:90]) for i, x in enumerate(TEXT)]
    _council_decision(act_of(write_pdf(tmp_path / "act.pdf", [lines]))[1])


def test_docx_bilingual_blank_whose_other_language_uses_no_letter_russian_lacks(tmp_path):
    """``ТЕСТ РЕСПУБЛИКАСЫ`` / ``ЗАРЕЧНЫЙ МУНИЦИПАЛЬ`` / ``РАЙОНЫ БАШКАРМА`` /
    ``КОМИТЕТЫ`` beside the Russian name, ``КАРАР`` beside the kind word: the
    words no Russian dictionary reads tell the other language's block."""
    document = python_docx.Document()
    table = document.add_table(rows=2, cols=2)
    for cell, lines in zip(table.rows[0].cells, [REPUBLIC, ["ТЕСТ РЕСПУБЛИКАСЫ", "ЗАРЕЧНЫЙ МУНИЦИПАЛЬ",
                                                            "РАЙОНЫ БАШКАРМА", "КОМИТЕТЫ"]]):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    table.rows[1].cells[0].paragraphs[0].text = "РЕШЕНИЕ"
    table.rows[1].cells[1].paragraphs[0].text = "КАРАР"
    for line in ["12.03.2024\t\t\t\t\t№ 17", "", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    _republic_decision(act_of(tmp_path / "act.docx")[1])


def _bilingual_docx(tmp_path, name_cells, kind_cells, requisite_cells):
    document = python_docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [name_cells, [[k] for k in kind_cells], [[r] for r in requisite_cells]]):
        for cell, lines in zip(row.cells, cells):
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for line in ["", TITLE] + TEXT:
        document.add_paragraph(line)
    document.save(tmp_path / "act.docx")
    return tmp_path / "act.docx"


def test_bilingual_row_read_across_its_cells_line_by_line(tmp_path):
    """The two names' cells given line by line with a tab between them (an ODT
    copy): the other language's cell of each line goes, the Russian one stays."""
    from tests.blanks import convert
    src = _bilingual_docx(tmp_path, [REPUBLIC, ["«ЗАРЕЧНЫЙ» МУНИЦИПАЛЬНÖЙ", "РАЙОНСА СОВЕТ"]],
                          ["РЕШЕНИЕ", "ПОМШУÖМ"], ["от 12 марта 2024 г.", "№ 17"])
    _republic_decision(act_of(convert([src], "odt", tmp_path / "odt")[0])[1])


def test_bilingual_number_printed_after_its_sign_in_the_other_cell(tmp_path):
    """``12.03.2024 17 №`` (the sign after the number, as the other language
    prints it) beside ``12.03.2024 № 17``: a date after a sign is no number."""
    act = act_of(_bilingual_docx(tmp_path, [["ТЕСТ РЕСПУБЛИКИ", "ЗАРЕЧНЫЙ МУНИЦИПАЛЛĂ", "РАЙОНĔН ПУХĂВĔ"], REPUBLIC],
                                 ["ЙЫШĂНУ", "РЕШЕНИЕ"], ["12.03.2024 17 №", "12.03.2024 № 17"]))[1]
    _republic_decision(act)


def test_bilingual_name_wrapped_in_a_narrow_cell_of_a_pdf(tmp_path):
    """A PDF's narrow cell wraps ``ТЕСТ РЕСПУБЛИКАҺЫ`` into ``ТЕСТ`` / ``РЕСПУБЛИКАҺЫ``:
    the lone word over the other language's line is that line's."""
    from ingest.requisites import extract_acts
    text = "\n".join(["ТЕСТ", "РЕСПУБЛИКАҺЫ", "ЗАРЕЧНЫЙ РАЙОНЫ", "СОВЕТЫ"] + REPUBLIC
                     + ["ҠАРАР РЕШЕНИЕ", "«12» март 2024 й. № 17 «12» марта 2024 г.", TITLE] + TEXT)
    _republic_decision(extract_acts(text)[0])
