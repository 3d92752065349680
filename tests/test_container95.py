"""Acts laid out in containers as offices lay them out, read back whole
(bench/containers.py found these losses: the same act right as text, wrong
in the file). Documents composed here, in our own wording, for the fictional
Заречный муниципальный округ Тестовской области."""
from __future__ import annotations

from tests.test_binary_shapes import HEAD, TEXT, TITLE, _esc, _par, _rtf, _rtf_text, act_of, check


def _box(top: int, left: int, inner: str) -> str:
    return ("{\\shp{\\*\\shpinst\\shpleft%d\\shptop%d\\shpright%d\\shpbottom%d\\shpwr3"
            "{\\sp{\\sn shapeType}{\\sv 202}}{\\sp{\\sn fFilled}{\\sv 0}}{\\shptxt %s}}}"
            % (left, top, left + 3000, top + 600, inner))


def test_rtf_text_box_runs_in_their_own_groups_stay_on_one_line(tmp_path):
    # LibreOffice writes each run of a text box as a group: «№ » bold, then the
    # number; the group's end is not the end of the box's line
    head = "".join(_par(x) for x in HEAD + ["ПОСТАНОВЛЕНИЕ"])
    date = _box(3000, 0, "\\pard\\ql{\\b " + _esc("от 12.03.2024") + "}\\par")
    number = _box(3000, 6500, "\\pard\\qr{\\b\\u8470\\'3f }{\\b " + _esc("145-п") + "}\\par")
    parsed, act = act_of(_rtf(tmp_path, head + "\\pard\\plain " + number + date + "\\par\n"
                              + _rtf_text()))
    assert "№ 145-п" in parsed.text
    check(act)


def test_pdf_date_cell_wrapped_before_its_year_word(tmp_path):
    # a narrow date cell of a heading table wraps «года» under the date; the
    # number cell stands on the date's first line at the right
    from tests.test_formats import write_pdf
    lines = [(150, 780, "АДМИНИСТРАЦИЯ"), (110, 765, "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА"),
             (140, 750, "ТЕСТОВСКОЙ ОБЛАСТИ"), (160, 730, "ПОСТАНОВЛЕНИЕ"),
             (72, 700, "от 12 марта 2024"), (72, 686, "года"), (450, 700, "№ 145-п"),
             (72, 650, TITLE)]
    lines += [(72, 630 - 14 * i, x[:90]) for i, x in enumerate(TEXT)]
    parsed, act = act_of(write_pdf(tmp_path / "act.pdf", [lines]))
    assert "от 12 марта 2024 года\t№ 145-п" in parsed.text
    check(act)


def test_numbered_settlement_between_the_date_and_the_number(tmp_path):
    # the place cell of a form's requisites row is a settlement whose name holds
    # a number («посёлок Участок № 26»); the act's number is the next cell's
    import docx as python_docx
    document = python_docx.Document()
    for line in ["СОВЕТ НАРОДНЫХ ДЕПУТАТОВ", "ЗАРЕЧНОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ТЕСТОВСКОЙ ОБЛАСТИ",
                 "РЕШЕНИЕ"]:
        document.add_paragraph(line)
    row = document.add_table(rows=1, cols=3).rows[0].cells
    for cell, text in zip(row, ["от 23 ноября 2016 г.", "п. Участок N 26", "№ 44"]):
        cell.paragraphs[0].text = text
    document.add_paragraph("Об утверждении Положения о бюджетном процессе")
    document.add_paragraph("В соответствии с Бюджетным кодексом Российской Федерации Совет народных "
                           "депутатов Заречного сельского поселения решил:")
    document.add_paragraph("1. Утвердить Положение о бюджетном процессе согласно приложению.")
    document.save(tmp_path / "act.docx")
    parsed, act = act_of(tmp_path / "act.docx")
    assert "п. Участок N 26\t№ 44" in parsed.text
    assert (act.number, act.date) == ("44", "2016-11-23")
    assert act.title == "Об утверждении Положения о бюджетном процессе"
    # the same line typed in one paragraph
    from ingest.requisites.date_number import find_number
    assert find_number("от 23 ноября 2016 г. п.Участок N 26 № 44")[0] == "44"
    assert find_number("от 12.03.2024 г. Заречный № 145-п (в ред. от 01.04.2024 № 12)")[0] == "145-п"


def test_pdf_heading_drawn_after_a_body_line_ending_in_a_hyphen(tmp_path):
    # a form's heading (a text box, a header) is drawn after the body; PDFium
    # glues the text drawn after a line ending in «-» onto that line, as it
    # does a word wrapped at its hyphen: the heading at the page's top is not
    # the rest of the body's last line, a word on the next line below is
    from tests.test_formats import write_pdf
    lines = [(72, 650, TITLE),
             (72, 630, "1. Назначить ответственным за исполнение настоящего постановления специалиста-"),
             (72, 616, "эксперта отдела благоустройства."),
             (72, 596, "2. Контроль за исполнением настоящего постановления возложить на заместителя главы-"),
             (150, 780, "АДМИНИСТРАЦИЯ"), (110, 765, "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА"),
             (140, 750, "ТЕСТОВСКОЙ ОБЛАСТИ"), (160, 730, "ПОСТАНОВЛЕНИЕ"),
             (72, 710, "от 12.03.2024"), (450, 710, "№ 145-п")]
    parsed, act = act_of(write_pdf(tmp_path / "act.pdf", [lines]))
    assert parsed.text.startswith("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\nТЕСТОВСКОЙ ОБЛАСТИ")
    assert "специалиста-эксперта отдела" in parsed.text
    assert "заместителя главы-" in parsed.text
    assert (act.kind, act.number, act.date, act.title) == ("постановление", "145-п", "2024-03-12", TITLE)


def test_body_line_wrapped_after_its_place_abbreviation():
    # the left cell of a «угловой» blank is narrow: «СОВЕТ ДЕПУТАТОВ г.» / «СОСНОВСК»
    from ingest.requisites import extract_acts
    text = ("Городской округ «Закрытое\nадминистративно –\nтерриториальное образование\n"
            "Сосновск Тестовского\nкрая»\nСОВЕТ ДЕПУТАТОВ г.\nСОСНОВСК\nРЕШЕНИЕ\n"
            "18 марта 2021 № 6-55Р\nг. Сосновск\n\n"
            "О внесении изменений в решение о бюджетном процессе\n\n"
            "В соответствии с Уставом городского округа Совет депутатов РЕШИЛ:\n"
            "1. Внести в решение о бюджетном процессе изменения согласно приложению.\n")
    act = extract_acts(text)[0]
    assert act.body == ("Городской округ «Закрытое административно – территориальное образование "
                        "Сосновск Тестовского края» СОВЕТ ДЕПУТАТОВ г. СОСНОВСК")
    assert (act.number, act.date) == ("6-55Р", "2021-03-18")
    assert act.title == "О внесении изменений в решение о бюджетном процессе"
    # a date's «г.» at the end of its line is the year's: the title under it stays apart
    act = extract_acts("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\n"
                       "№ 145-п от 12 марта 2024 г.\nОб установлении тарифов\n\n"
                       "В соответствии с Уставом администрация постановляет:\n1. Установить тарифы.\n")[0]
    assert (act.number, act.date, act.title) == ("145-п", "2024-03-12", "Об установлении тарифов")


def test_title_in_capitals_but_its_linking_words_wrapped_in_a_narrow_cell():
    # «РАЗРАБОТКИ, УТВЕРЖДЕНИЯ и РЕАЛИЗАЦИИ …» typed in capitals but for «и», «в»,
    # wrapped by a «угловой» blank's narrow cell: a line may hold one word and «и»
    from ingest.requisites import extract_acts
    text = ("ГЛАВА АДМИНИСТРАЦИИ\nЗАРЕЧНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 29 декабря 2007 г. N 2010\n\n"
            "О ПОРЯДКЕ РАЗРАБОТКИ,\nУТВЕРЖДЕНИЯ и\nРЕАЛИЗАЦИИ\nМУНИЦИПАЛЬНЫХ ЦЕЛЕВЫХ\n"
            "ПРОГРАММ в ЗАРЕЧНОМ\nРАЙОНЕ\n\n"
            "В соответствии с Бюджетным кодексом Российской Федерации постановляю:\n"
            "1. Утвердить Порядок разработки муниципальных целевых программ.\n")
    act = extract_acts(text)[0]
    assert act.title == ("О ПОРЯДКЕ РАЗРАБОТКИ, УТВЕРЖДЕНИЯ и РЕАЛИЗАЦИИ МУНИЦИПАЛЬНЫХ ЦЕЛЕВЫХ "
                         "ПРОГРАММ в ЗАРЕЧНОМ РАЙОНЕ")
