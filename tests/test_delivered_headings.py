"""Requisites of delivered files in the heading shapes of
``tests/delivered_samples.py`` (issue 12): each composed DOCX, RTF or PDF
gives the kind, number, date, body and title a librarian reads off it."""
from __future__ import annotations

import pytest

from tests.delivered_samples import CASES, misses, read_case


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_delivered_file_gives_its_requisites(case, tmp_path):
    act = read_case(case, tmp_path)
    wrong = {f: (getattr(act, f), case.truth[f]) for f in misses(case, act)}
    assert not wrong, wrong


def test_a_row_read_across_its_cells_line_by_line_keeps_the_sign_with_its_number(tmp_path):
    """The blank whose cells hold two lines each (``«19» апреля`` / ``2024 г.``
    beside ``№`` / ``37``) saved as Word 97: its reader gives the row line by
    line (``«19» апреля\t№`` / ``2024 г.\t37``), and the number is still the act's."""
    case = _converted("docx_sign_and_number_in_two_lines_of_a_cell", "doc", tmp_path)
    act = read_case(case, tmp_path)
    wrong = {f: (getattr(act, f), case.truth[f]) for f in misses(case, act)}
    assert not wrong, wrong


def _converted(name: str, fmt: str, tmp_path):
    """The composed case ``name`` as LibreOffice saves it in ``fmt``, with its truth."""
    from tests.blanks import convert
    case = next(c for c in CASES if c.name == name)
    made = convert([case.build(tmp_path)], fmt, tmp_path / fmt)[0]
    return type(case)(case.name, lambda tmp: made, case.truth)


def test_a_compound_words_hyphen_in_a_pdf_is_kept(tmp_path):
    """A government decree saved as PDF: PDFium marks the hyphen of
    ``СОЦИАЛЬНО-ДЕМОГРАФИЧЕСКИМ`` as one it joined at a line end; a hyphen
    between two words is printed, and stays in the title."""
    case = _converted("rtf_government_decree_with_edition_box", "pdf", tmp_path)
    act = read_case(case, tmp_path)
    assert act.title == case.truth["title"].upper()


@pytest.mark.parametrize("name", ["docx_addressees_beside_the_heading", "docx_draft_mark_with_its_introducer"])
def test_a_pdf_heading_cell_beside_a_corner_cell_is_read_before_it(name, tmp_path):
    """The heading's cell beside the addressees' (or the draft's) cell, saved
    as PDF: the two cells' lines stand on baselines of their own and are read
    cell by cell, the heading first, not interleaved row by row."""
    case = _converted(name, "pdf", tmp_path)
    act = read_case(case, tmp_path)
    wrong = {f: (getattr(act, f), case.truth[f]) for f in misses(case, act)}
    assert not wrong, wrong


def test_an_incoming_register_stamp_over_a_law_is_not_its_date_or_number():
    from ingest.requisites import extract_acts
    text = "\n".join([
        "№ 4417-2024-118", "от 18.12.24", "", "ТЕСТОВСКАЯ ОБЛАСТЬ", "", "ОБЛАСТНОЙ ЗАКОН", "",
        "О поддержке добровольческой деятельности в Тестовской области", "",
        "(Принят Тестовской областной Думой", "29 ноября 2024 года)", "",
        "Статья 1. Предмет регулирования",
        "Настоящий областной закон регулирует отношения в сфере добровольческой деятельности."])
    act = extract_acts(text, {})[0]
    assert (act.kind, act.date, act.number) == ("закон", "2024-11-29", None)


def _antiword(*rows: tuple[str, ...], width: int = 40) -> str:
    """Table lines as antiword prints them: each cell padded, between bars."""
    return "\n".join("|" + "|".join(c.ljust(width) for c in row) + "|" for row in rows)


def test_doc_heading_table_beside_an_approval_is_read_column_by_column():
    from ingest.formats.legacy import _antiword_tables
    from ingest.requisites import extract_acts
    from tests.test_binary_shapes import BODY, TEXT, TITLE
    table = _antiword(("АДМИНИСТРАЦИЯ", "УТВЕРЖДАЮ"), ("ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "Глава Заречного"),
                      ("ТЕСТОВСКОЙ ОБЛАСТИ", "муниципального округа"), ("РАСПОРЯЖЕНИЕ", "_________ И.В. Соколов"),
                      ("12.03.2024 № 145-р", "«14» марта 2024 г."))
    text = _antiword_tables("\n".join([table, "", TITLE] + TEXT))
    assert text.startswith("АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА\nТЕСТОВСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\n"
                           "12.03.2024 № 145-р\n\nУТВЕРЖДАЮ")
    act = extract_acts(text, {})[0]
    assert (act.kind, act.number, act.date, act.body, act.title) == (
        "распоряжение", "145-р", "2024-03-12", BODY, TITLE)


def test_doc_draft_corner_with_its_introducer_and_a_requisites_row_under_it():
    from ingest.formats.legacy import _antiword_tables
    from ingest.requisites import extract_acts
    from tests.test_binary_shapes import BODY, TEXT, TITLE
    table = _antiword(("АДМИНИСТРАЦИЯ", "ПРОЕКТ"), ("ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", ""),
                      ("ТЕСТОВСКОЙ ОБЛАСТИ", "вносится главой"), ("", "Заречного муниципального округа"),
                      ("ПОСТАНОВЛЕНИЕ", ""), ("от 12.03.2024", "№ 145-п"))
    text = _antiword_tables("\n".join([table, "г. Заречный", "", TITLE] + TEXT))
    assert "от 12.03.2024\t№ 145-п" in text.split("\n")  # the row under the form stays one line
    act = extract_acts(text, {})[0]
    assert (act.kind, act.number, act.date, act.body, act.title) == (
        "постановление", "145-п", "2024-03-12", BODY, TITLE)


def test_doc_data_table_of_three_columns_stays_line_by_line():
    from ingest.formats.legacy import _antiword_tables
    rows = [("№ п/п", "Наименование", "Адрес")] + [(f"{i}.", f"Пляж № {i}", f"ул. Береговая, {i}") for i in range(1, 7)]
    assert _antiword_tables(_antiword(*rows, width=20)).split("\n")[1] == "1.\tПляж № 1\tул. Береговая, 1"


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2212"])
def test_a_number_joined_by_any_printed_dash_keeps_its_letters(dash):
    """A text layer gives a non-breaking hyphen or a minus where Word printed a dash."""
    from ingest.requisites.date_number import find_number
    assert find_number(f"от 12.03.2024 № 145{dash}п")[0] == "145-п"
    assert find_number(f"от 21.05.2024 № 6{dash}55Р")[0] == "6-55Р"


def test_doc_text_boxes_are_read_in_print_order_not_the_order_they_were_drawn():
    """A Word 97 form (written by LibreOffice from
    ``delivered_samples.docx_heading_boxes_stored_out_of_order``) whose boxes
    were drawn date, number, kind word, letterhead."""
    from pathlib import Path

    from ingest import textio
    from ingest.formats import legacy, word97
    from ingest.requisites import extract_acts
    from tests.delivered_samples import T_SCHOOL, text_of
    path = Path(__file__).parent / "data" / "form_boxes_out_of_order.doc"
    lines = [x for x in word97.doc_stories(path).text_boxes.split("\n") if x]
    assert lines == ["АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО", "П О С Т А Н О В Л Е Н И Е", "21.02.2024", "№ 101"]
    main = "\n\n".join([T_SCHOOL] + text_of("постановление"))  # what antiword prints of it
    act = extract_acts(textio.tidy(legacy._with_form_stories(path, main)))[0]
    assert (act.kind, act.number, act.date, act.body) == (
        "постановление", "101", "2024-02-21", "АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО")
