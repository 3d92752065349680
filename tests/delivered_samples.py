"""A sample of delivered files (DOCX, RTF, PDF text layers) in the heading
shapes municipal administrations and councils send (issue 12).

The shapes were gathered from municipal sites and legal-database prints
(the stored pages of the ``search`` tool) and from the odd half of
realdocs2: a corner blank whose heading, date, number and title sit in the
left cell of a borderless table beside the coat of arms; the date, the
place and the number in cells or tab stops of one row, or the place line
between them; the blank's ``от`` and ``№`` in cells of their own; a
letterhead set with line breaks inside one paragraph; a database's cover
page before the printed heading; a number with a letter glued on; a file
holding only an annex whose stamp sits in the right cell of a table; the
date and number printed under the signature of a council's decision.

Every document is composed here in our own wording for the fictional
Заречный муниципальный округ and Сосновское сельское поселение Тестовской
области; ``CASES`` pairs each builder with what a librarian reads off the
page. ``python -m tests.delivered_samples`` prints the share of fields
read exactly (and the misses), the figure quoted in the README.
"""
from __future__ import annotations

import struct
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import docx as python_docx
import yaml
from docx.enum.text import WD_BREAK
from docx.shared import Cm

from tests.test_binary_shapes import _text_box
from tests.test_formats import write_pdf

ADM = ["АДМИНИСТРАЦИЯ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
ADM_BODY = "Администрация Заречного муниципального округа Тестовской области"
COUNCIL = ["СОВЕТ ДЕПУТАТОВ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
COUNCIL_BODY = "Совет депутатов Заречного муниципального округа Тестовской области"
VILLAGE = ["АДМИНИСТРАЦИЯ", "СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ЗАРЕЧНОГО РАЙОНА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
VILLAGE_BODY = "Администрация Сосновского сельского поселения Заречного района Тестовской области"
EDU = ["УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "АДМИНИСТРАЦИИ ЗАРЕЧНОГО", "МУНИЦИПАЛЬНОГО ОКРУГА"]
EDU_BODY = "Управление образования администрации Заречного муниципального округа"
HEAD = ["ГЛАВА", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ"]
HEAD_BODY = "Глава Заречного муниципального округа Тестовской области"

T_PARK = "Об утверждении Порядка содержания зеленых насаждений на территории Заречного муниципального округа"
T_SNOW = "О мерах по очистке улиц от снега в зимний период 2024–2025 годов"
T_FAIR = "Об организации ярмарки выходного дня на площади Победы в с. Сосновка"
T_SCHOOL = "О закреплении муниципальных общеобразовательных организаций за территориями Заречного муниципального округа"
T_BUDGET = "О внесении изменений в решение Совета депутатов Заречного муниципального округа от 14.12.2023 № 4-31Р «О бюджете Заречного муниципального округа на 2024 год и плановый период 2025 и 2026 годов»"
T_AWARD = "О награждении Почетной грамотой главы Заречного муниципального округа"
T_WATER = "О мерах по обеспечению безопасности людей на водных объектах в летний период"
T_RENT = "Об утверждении ставок арендной платы за земельные участки, находящиеся в муниципальной собственности"


def text_of(kind: str) -> list[str]:
    """A preamble, two clauses and a signature in the words of the act's kind."""
    formula = {"постановление": "администрация Заречного муниципального округа постановляет:",
               "решение": "Совет депутатов Заречного муниципального округа решил:",
               "распоряжение": "обязываю:", "приказ": "приказываю:"}[kind]
    return [
        "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
        "местного самоуправления в Российской Федерации», Уставом Заречного муниципального округа "
        "Тестовской области " + formula,
        "1. Утвердить прилагаемый документ и довести его до сведения жителей округа.",
        f"2. Настоящее {kind} вступает в силу со дня его официального опубликования в газете «Заречный вестник».",
        "Глава Заречного муниципального округа\tИ.В. Соколов",
    ]


def truth(kind, number, date, body, title) -> dict:
    return {"kind": kind, "number": number, "date": date, "body": body, "title": title}


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Path]
    truth: dict


CASES: list[Case] = []


def case(kind, number, date, body, title):
    """Registers the builder below with what a librarian reads off its file."""
    def register(build):
        CASES.append(Case(build.__name__, build, truth(kind, number, date, body, title)))
        return build
    return register


# -- DOCX ---------------------------------------------------------------------


def _png() -> bytes:
    """A one-pixel PNG: the coat of arms a blank carries as a picture."""
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


def _arms(paragraph, tmp: Path) -> None:
    picture = tmp / "arms.png"
    picture.write_bytes(_png())
    paragraph.add_run().add_picture(str(picture), width=Cm(1.5))


def _corner(document, tmp: Path, lines: list[str]):
    """A corner blank: the coat of arms and ``lines`` in the left cell of a
    borderless row, the right cell empty; the left cell, to go on."""
    left, _right = document.add_table(rows=1, cols=2).rows[0].cells
    _arms(left.paragraphs[0], tmp)
    for line in lines:
        left.add_paragraph(line)
    return left


def _row_under(tmp: Path, heading: list[str], cells: list[list[str]], after: list[str]) -> Path:
    """A DOCX: ``heading`` as paragraphs, one table row of ``cells`` (the
    lines typed in each), then ``after``."""
    d = python_docx.Document()
    _paras(d, heading)
    for cell, lines in zip(d.add_table(rows=1, cols=len(cells)).rows[0].cells, cells):
        _cell(cell, lines)
    _paras(d, after)
    return _save(d, tmp)


def _cell(cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def _paras(document, lines: list[str]) -> None:
    for line in lines:
        document.add_paragraph(line)


def _save(document, tmp: Path, name: str = "act.docx") -> Path:
    path = tmp / name
    document.save(path)
    return path


def _typed(entry: dict) -> Callable[[Path], Path]:
    """A DOCX whose lines are typed as paragraphs, one each
    (``tests/delivered_paragraphs.yaml``)."""
    lines = entry["lines"] + (text_of(entry["text_of"]) if entry.get("text_of") else [])

    def build(tmp: Path) -> Path:
        d = python_docx.Document()
        _paras(d, lines)
        return _save(d, tmp)
    build.__name__ = entry["name"]
    return build


for _entry in yaml.safe_load((Path(__file__).parent / "delivered_paragraphs.yaml").read_text(encoding="utf-8")):
    case(*(_entry["truth"][f] for f in ("kind", "number", "date", "body", "title")))(_typed(_entry))


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_corner_blank_with_arms(tmp: Path) -> Path:
    """The heading, date, number, place and title in the left cell under the
    coat of arms; the right cell left empty."""
    d = python_docx.Document()
    _corner(d, tmp, ADM + ["", "ПОСТАНОВЛЕНИЕ", "", "от 12.03.2024 № 145-п", "г. Заречный", "", T_PARK])
    _paras(d, text_of("постановление"))
    return _save(d, tmp)


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_corner_blank_date_and_number_cells(tmp: Path) -> Path:
    """A corner blank whose date and number are a nested row of two cells."""
    d = python_docx.Document()
    left = _corner(d, tmp, VILLAGE + ["ПОСТАНОВЛЕНИЕ"])
    inner = left.add_table(rows=1, cols=2).rows[0].cells
    _cell(inner[0], ["19.04.2024"])
    _cell(inner[1], ["№ 37"])
    left.add_paragraph("с. Сосновка")
    left.add_paragraph(T_FAIR)
    _paras(d, text_of("постановление"))
    return _save(d, tmp)


@case("постановление", "1203-п", "2024-11-05", ADM_BODY, T_SNOW)
def docx_blank_row_of_four_cells(tmp: Path) -> Path:
    """``от`` | date | ``№`` | number: the blank's printed words in cells of their own."""
    return _row_under(tmp, ADM + ["", "ПОСТАНОВЛЕНИЕ"], [["от"], ["05.11.2024"], ["№"], ["1203-п"]],
                      ["г. Заречный", "", T_SNOW] + text_of("постановление"))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def docx_date_place_number_in_one_row(tmp: Path) -> Path:
    return _row_under(tmp, COUNCIL + ["седьмого созыва", "", "РЕШЕНИЕ"],
                      [["«21» мая 2024 г."], ["г. Заречный"], ["№ 6-55Р"]], ["", T_BUDGET] + text_of("решение"))


@case("приказ", "214-од", "2024-08-28", EDU_BODY, T_SCHOOL)
def docx_letterhead_with_line_breaks(tmp: Path) -> Path:
    """The issuer's lines broken by Shift+Enter inside one paragraph, the
    date and number set apart by tab stops."""
    d = python_docx.Document()
    p = d.add_paragraph()
    for i, line in enumerate(EDU):
        run = p.add_run(line)
        if i < len(EDU) - 1:
            run.add_break(WD_BREAK.LINE)
    _paras(d, ["", "ПРИКАЗ", "", "28.08.2024\t\t\t\t\t\t\t№ 214-од", "", T_SCHOOL] + text_of("приказ"))
    return _save(d, tmp)


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_consultant_cover_page(tmp: Path) -> Path:
    """A database's cover page, then a page break and the printed heading."""
    d = python_docx.Document()
    _paras(d, ["КонсультантПлюс", "надежная правовая поддержка", "",
               "Постановление Администрации Заречного муниципального округа Тестовской области "
               "от 12.03.2024 N 145-п", "(ред. от 20.06.2024)",
               f"\"{T_PARK}\"", "", "Документ предоставлен КонсультантПлюс", "www.consultant.ru",
               "Дата сохранения: 01.07.2024"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _paras(d, [x.title() if i == 0 else x for i, x in enumerate(ADM)] + ["", "ПОСТАНОВЛЕНИЕ",
                                                                        "от 12 марта 2024 г. N 145-п", "",
                                                                        T_PARK.upper(), "",
                                                                        "Список изменяющих документов",
                                                                        "(в ред. Постановления Администрации "
                                                                        "Заречного муниципального округа "
                                                                        "от 20.06.2024 N 702-п)"]
           + text_of("постановление"))
    return _save(d, tmp)


@case("постановление", "9-пг", "2024-02-02", HEAD_BODY, T_AWARD)
def docx_heading_table_two_rows(tmp: Path) -> Path:
    """The issuer in a merged first row, the date and number in the second."""
    d = python_docx.Document()
    table = d.add_table(rows=2, cols=2)
    top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    _cell(top, HEAD + ["", "ПОСТАНОВЛЕНИЕ"])
    _cell(table.rows[1].cells[0], ["«02» февраля 2024 года"])
    _cell(table.rows[1].cells[1], ["№ 9-пг"])
    _paras(d, ["г. Заречный", T_AWARD] + text_of("постановление"))
    return _save(d, tmp)


@case("постановление", "987-п", "2024-08-28", "Администрация Заречного муниципального округа", None)
def docx_annex_stamp_in_the_right_cell(tmp: Path) -> Path:
    """A file holding only an annex: its stamp in the right cell of a
    borderless table, the annexed list below."""
    d = python_docx.Document()
    _left, right = d.add_table(rows=1, cols=2).rows[0].cells
    _cell(right, ["Приложение № 1", "к постановлению администрации", "Заречного муниципального округа",
                  "от 28.08.2024 № 987-п"])
    _paras(d, ["", "ПЕРЕЧЕНЬ", "территорий, закрепленных за муниципальными общеобразовательными организациями"])
    table = d.add_table(rows=3, cols=3)
    for r, values in zip(table.rows, [("№ п/п", "Организация", "Улицы"),
                                      ("1.", "МБОУ «Заречная СОШ № 1»", "ул. Береговая, ул. Лесная"),
                                      ("2.", "МБОУ «Заречная СОШ № 2»", "ул. Полевая, пер. Тихий")]):
        for cell, value in zip(r.cells, values):
            _cell(cell, [value])
    return _save(d, tmp)


@case("решение", "6-55Р", "2024-05-21", "Совет депутатов Заречного муниципального округа", None)
def docx_annex_of_a_council_decision_one_line(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, ["Приложение 2 к решению Совета депутатов Заречного муниципального округа "
               "от 21.05.2024 № 6-55Р", "", "Распределение бюджетных ассигнований по разделам и подразделам",
               "классификации расходов бюджета на 2024 год"])
    table = d.add_table(rows=2, cols=3)
    for r, values in zip(table.rows, [("Наименование", "Раздел", "Сумма, тыс. руб."),
                                      ("Общегосударственные вопросы", "01", "54 318,2")]):
        for cell, value in zip(r.cells, values):
            _cell(cell, [value])
    return _save(d, tmp)


@case("решение", "5-40Р", "2024-04-18", COUNCIL_BODY, T_RENT)
def docx_decision_numbered_under_the_signature(tmp: Path) -> Path:
    """A council's decision whose date and number are printed under the
    signature, with the place: no requisites in the heading."""
    d = python_docx.Document()
    _paras(d, COUNCIL + ["", "РЕШЕНИЕ", "", T_RENT, "",
                         "Принято Советом депутатов Заречного муниципального округа 18 апреля 2024 года", ""]
           + text_of("решение")[:3]
           + ["Председатель Совета депутатов\tЛ.Н. Ермакова", "", "г. Заречный", "18 апреля 2024 года",
              "№ 5-40Р"])
    return _save(d, tmp)


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_kind_and_number_on_one_line(tmp: Path) -> Path:
    """``ПОСТАНОВЛЕНИЕ № 37`` with the date on the next line."""
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ № 37", "от «19» апреля 2024 года", "", T_FAIR]
           + text_of("постановление"))
    return _save(d, tmp)


# -- RTF ----------------------------------------------------------------------

RTF_HEAD = ("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}"
            "\\paperw11906\\paperh16838\\margl1701\\margr850 ")


def _esc(s: str) -> str:
    out = []
    for c in s:
        if c == "\t":
            out.append("\\tab ")
        elif c in "\\{}":
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        else:
            out.append("".join(f"\\'{b:02x}" for b in c.encode("cp1251")))
    return "".join(out)


def _par(s: str, fmt: str = "\\qc") -> str:
    return f"\\pard\\plain{fmt}\\f0\\fs28 {_esc(s)}\\par\n"


def _text(kind: str, title: str | None = None) -> str:
    return "".join(_par(x, "\\qj") for x in ([title] if title else []) + text_of(kind))


def _row(widths: list[int], *cells: list[str]) -> str:
    edges = "".join(f"\\cellx{sum(widths[:i + 1])}" for i in range(len(widths)))

    def cell(lines):
        return "\\par ".join(f"\\pard\\plain\\intbl\\ql\\f0\\fs28 {_esc(x)}" for x in lines or [""]) + "\\cell "
    return "\\trowd\\trgaph108" + edges + " " + "".join(cell(c) for c in cells) + "\\row\n"


def _rtf(tmp: Path, body: str) -> Path:
    path = tmp / "act.rtf"
    path.write_bytes((RTF_HEAD + body + "}").encode("ascii"))
    return path


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def rtf_corner_blank(tmp: Path) -> Path:
    left = ADM + ["", "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п", "г. Заречный", "", T_PARK]
    return _rtf(tmp, _row([4800, 4554], left, []) + "\\pard\\plain " + _text("постановление"))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_letterhead_with_line_breaks(tmp: Path) -> Path:
    head = "\\pard\\plain\\qc\\f0\\fs28 " + "\\line ".join(_esc(x) for x in COUNCIL) + "\\par\n"
    return _rtf(tmp, head + _par("РЕШЕНИЕ") + _par("21.05.2024\\tab\\tab\\tab\\tab № 6-55Р".replace("\\tab", "\t"), "\\ql")
                + _text("решение", T_BUDGET))


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def rtf_blank_row_of_four_cells(tmp: Path) -> Path:
    head = "".join(_par(x) for x in VILLAGE + ["ПОСТАНОВЛЕНИЕ"])
    row = _row([600, 2400, 4800, 600, 954], ["от"], ["19.04.2024"], [], ["№"], ["37"])
    return _rtf(tmp, head + row + "\\pard\\plain " + _par("с. Сосновка") + _text("постановление", T_FAIR))


@case("постановление", "611", "2024-06-03", ADM_BODY, T_WATER)
def rtf_date_place_number_by_tabs(tmp: Path) -> Path:
    head = "".join(_par(x) for x in ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
    line = _par("03.06.2024\tг. Заречный\t№ 611", "\\ql\\tqc\\tx4677\\tqr\\tx9354")
    return _rtf(tmp, head + line + _text("постановление", T_WATER))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_cover_page_then_heading(tmp: Path) -> Path:
    cover = "".join(_par(x) for x in [
        "Решение Совета депутатов Заречного муниципального округа Тестовской области от 21.05.2024 N 6-55Р",
        "\"" + T_BUDGET.replace("«", "\"").replace("»", "\"") + "\"", "",
        "Документ предоставлен КонсультантПлюс", "www.consultant.ru", "Дата сохранения: 03.06.2024"])
    head = "".join(_par(x) for x in COUNCIL + ["", "РЕШЕНИЕ", "от 21 мая 2024 г. N 6-55Р", ""])
    return _rtf(tmp, cover + "\\page\n" + head + _text("решение", T_BUDGET))


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def rtf_garant_cover(tmp: Path) -> Path:
    cover = "".join(_par(x, "\\ql") for x in [
        "Постановление администрации Сосновского сельского поселения Заречного района Тестовской "
        f"области от 19 апреля 2024 г. N 37 \"{T_FAIR}\"", "", "Система ГАРАНТ"])
    head = "".join(_par(x) for x in VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", "от 19 апреля 2024 г. N 37", ""])
    return _rtf(tmp, cover + "\\page\n" + head + _text("постановление", T_FAIR))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, None)
def rtf_annex_stamp_in_the_right_cell(tmp: Path) -> Path:
    stamp = ["Приложение", "к решению Совета депутатов", "Заречного муниципального округа",
             "Тестовской области", "от «21» мая 2024 г. № 6-55Р"]
    body = (_row([4677, 4677], [], stamp) + "\\pard\\plain "
            + "".join(_par(x) for x in ["", "ПРОГРАММА", "муниципальных заимствований Заречного муниципального "
                                        "округа на 2024 год"])
            + _row([600, 6000, 2754], ["№"], ["Вид заимствования"], ["Сумма, тыс. руб."])
            + _row([600, 6000, 2754], ["1."], ["Кредиты кредитных организаций"], ["12 000,0"]))
    return _rtf(tmp, body)


@case("приказ", "214-од", "2024-08-28", EDU_BODY, T_SCHOOL)
def rtf_frame_with_number_before_the_heading(tmp: Path) -> Path:
    """The number typed in a positioned frame (``\\posx``), stored before
    the heading it is printed beside."""
    frame = "\\pard\\plain\\pvpg\\phpg\\posx7900\\posy3100\\absw2200\\f0\\fs28 " + _esc("№ 214-од") + "\\par\n"
    head = "".join(_par(x) for x in EDU + ["", "ПРИКАЗ", ""])
    return _rtf(tmp, frame + head + _par("28.08.2024", "\\ql") + _text("приказ", T_SCHOOL))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_spaced_kind_and_session(tmp: Path) -> Path:
    head = "".join(_par(x) for x in COUNCIL + ["", "Р Е Ш Е Н И Е", "внеочередной сорок второй сессии",
                                               ""])
    row = _row([4677, 4677], ["21.05.2024"], ["№ 6-55Р"])
    return _rtf(tmp, head + row + "\\pard\\plain " + _par("г. Заречный") + _text("решение", T_BUDGET))


@case("постановление", "9-пг", "2024-02-02", HEAD_BODY, T_AWARD)
def rtf_title_in_left_cell_under_the_requisites(tmp: Path) -> Path:
    """A heading centred above a table whose left cell holds the date,
    number and title, the right cell empty (the text under the table)."""
    head = "".join(_par(x) for x in HEAD + ["", "ПОСТАНОВЛЕНИЕ", ""])
    row = _row([5000, 4354], ["от 02.02.2024 № 9-пг", "", T_AWARD], [])
    return _rtf(tmp, head + row + "\\pard\\plain " + _text("постановление"))


@case("постановление", "9-пг", "2024-02-02", HEAD_BODY, T_AWARD)
def rtf_kind_word_first_then_issuer(tmp: Path) -> Path:
    """A head's decree printed ``ПОСТАНОВЛЕНИЕ`` / ``ГЛАВЫ …`` (the issuer
    in the genitive under the kind word)."""
    head = "".join(_par(x) for x in ["ПОСТАНОВЛЕНИЕ", "ГЛАВЫ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА",
                                     "ТЕСТОВСКОЙ ОБЛАСТИ", ""])
    return _rtf(tmp, head + _par("02.02.2024\t\t\t\t\t\t№ 9-пг", "\\ql") + _par("г. Заречный")
                + _text("постановление", T_AWARD))


# -- PDF text layers ------------------------------------------------------------


def _pdf(tmp: Path, items) -> Path:
    return write_pdf(tmp / "act.pdf", [items])


def _lines(x: float, y: float, lines: list[str], step: float = 14):
    return [(x, y - step * i, line) for i, line in enumerate(lines) if line]


def _pdf_text(kind: str, y: float):
    words = [
        "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации",
        "местного самоуправления в Российской Федерации» " + text_of(kind)[0].rsplit("области ", 1)[1],
        "1. Утвердить прилагаемый документ и довести его до сведения жителей округа.",
        f"2. Настоящее {kind} вступает в силу со дня его официального опубликования.",
    ]
    return _lines(85, y, words) + [(85, y - 80, "Глава Заречного муниципального округа"),
                                   (420, y - 80, "И.В. Соколов")]


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def pdf_corner_blank(tmp: Path) -> Path:
    left = _lines(70, 790, ADM + ["", "ПОСТАНОВЛЕНИЕ", "", "от 12.03.2024 № 145-п", "г. Заречный", "",
                                  "Об утверждении Порядка содержания", "зеленых насаждений на территории",
                                  "Заречного муниципального округа"])
    return _pdf(tmp, left + _pdf_text("постановление", 560))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def pdf_date_place_number_on_one_baseline(tmp: Path) -> Path:
    head = _lines(230, 790, COUNCIL) + [(270, 740, "РЕШЕНИЕ")]
    row = [(70, 712, "21.05.2024"), (260, 712, "г. Заречный"), (480, 712, "№ 6-55Р")]
    title = _lines(70, 680, ["О внесении изменений в решение Совета депутатов Заречного муниципального",
                             "округа от 14.12.2023 № 4-31Р «О бюджете Заречного муниципального округа",
                             "на 2024 год и плановый период 2025 и 2026 годов»"])
    return _pdf(tmp, head + row + title + _pdf_text("решение", 600))


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def pdf_date_and_number_under_the_title_block(tmp: Path) -> Path:
    """A village blank: the heading, the kind word, the date at the left
    and the number at the right edge, a place line under them."""
    head = _lines(200, 790, VILLAGE) + [(250, 728, "ПОСТАНОВЛЕНИЕ")]
    row = [(70, 700, "«19» апреля 2024 г."), (470, 700, "№ 37"), (255, 686, "с. Сосновка")]
    title = _lines(70, 660, ["Об организации ярмарки выходного дня на площади Победы", "в с. Сосновка"])
    return _pdf(tmp, head + row + title + _pdf_text("постановление", 610))


@case("постановление", "611", "2024-06-03", "Администрация Заречного муниципального округа", None)
def pdf_annex_only(tmp: Path) -> Path:
    stamp = _lines(330, 800, ["Приложение", "к постановлению администрации", "Заречного муниципального округа",
                              "от 03.06.2024 № 611"])
    body = _lines(70, 730, ["ПЛАН", "мероприятий по обеспечению безопасности людей на водных объектах",
                            "1. Обследование мест массового отдыха у воды — до 15 июня",
                            "2. Установка знаков о запрете купания — до 20 июня"])
    return _pdf(tmp, stamp + body)


# -- legal-database exports of regional acts (DOCX and RTF) ---------------------

T_LAW = "О внесении изменений в Закон Тестовской области «О государственной поддержке многодетных семей в Тестовской области»"
T_GOV = "Об установлении величины прожиточного минимума на душу населения и по основным социально-демографическим группам населения в Тестовской области на 2025 год"
T_MIN = "Об утверждении Порядка организации отдыха детей и их оздоровления в Тестовской области"
LAW_TEXT = [
    "Статья 1",
    "Внести в Закон Тестовской области от 10 марта 2012 года N 18-ЗТО «О государственной поддержке "
    "многодетных семей в Тестовской области» следующие изменения:",
    "1) в части 2 статьи 3 слова «до 18 лет» заменить словами «до 23 лет»;",
    "Статья 2",
    "Настоящий Закон вступает в силу со дня его официального опубликования.",
    "Губернатор", "Тестовской области", "А.Б.ПЕТРОВ", "г. Тестов", "26 ноября 2024 года", "N 93-ЗТО",
]


@case("закон", "93-ЗТО", "2024-11-26", "Тестовская область", T_LAW)
def rtf_law_date_and_number_row_above_the_heading(tmp: Path) -> Path:
    """A database's law: the signing date and number in a table row above
    the heading, a rule under it, the Duma's adoption date below the title."""
    row = _row([4677, 4677], ["26 ноября 2024 года"], ["N 93-ЗТО"])
    rule = "\\pard\\plain\\brdrb\\brdrs\\brdrw10\\f0\\fs28 \\par\n"
    head = "".join(_par(x) for x in ["ЗАКОН", "ТЕСТОВСКОЙ ОБЛАСТИ", "", T_LAW.upper(), "", "Принят",
                                     "Тестовской областной Думой", "19 ноября 2024 года", ""])
    return _rtf(tmp, row + rule + head + "".join(_par(x, "\\qj") for x in LAW_TEXT))


@case("закон", "93-ЗТО", "2024-11-26", "Тестовская область", T_LAW)
def docx_law_cover_then_row_above_the_heading(tmp: Path) -> Path:
    d = python_docx.Document()
    _paras(d, ["Закон Тестовской области от 26.11.2024 N 93-ЗТО", f"\"{T_LAW}\"",
               "(принят Тестовской областной Думой 19.11.2024)", "", "Документ предоставлен КонсультантПлюс",
               "Дата сохранения: 10.12.2024"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    row = d.add_table(rows=1, cols=2).rows[0].cells
    _cell(row[0], ["26 ноября 2024 года"])
    _cell(row[1], ["N 93-ЗТО"])
    _paras(d, ["ЗАКОН", "", "ТЕСТОВСКОЙ ОБЛАСТИ", "", T_LAW.upper(), "", "Принят", "Тестовской областной Думой",
               "19 ноября 2024 года"] + LAW_TEXT)
    return _save(d, tmp)


@case("постановление", "712-пп", "2024-09-09", "Правительство Тестовской области", T_GOV)
def rtf_government_decree_with_edition_box(tmp: Path) -> Path:
    head = "".join(_par(x) for x in ["ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ", "", "ПОСТАНОВЛЕНИЕ",
                                     "от 9 сентября 2024 г. N 712-пп", "", T_GOV.upper()])
    box = _row([9354], ["Список изменяющих документов",
                        "(в ред. Постановления Правительства Тестовской области от 14.10.2024 N 801-пп)"])
    return _rtf(tmp, head + box + "\\pard\\plain " + _text("постановление"))


@case("приказ", None, None, "Министерство образования Тестовской области", T_MIN)
def docx_blank_left_unfilled(tmp: Path) -> Path:
    """A form sent before it was registered: the date and number never filled in."""
    d = python_docx.Document()
    _paras(d, ["МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТЕСТОВСКОЙ ОБЛАСТИ", "", "ПРИКАЗ", "",
               "_______________\t\t\t\t\t№ ___________", "г. Тестов", "", T_MIN] + text_of("приказ"))
    return _save(d, tmp)


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def rtf_two_digit_year_and_spaced_number(tmp: Path) -> Path:
    head = "".join(_par(x) for x in VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", ""])
    return _rtf(tmp, head + _par("от 19.04.24\t\t\t\t\t№ 37", "\\ql") + _text("постановление", T_FAIR))


# -- batch 2: what a clerk types into a blank, and a blank's odd cells ---------

@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_typed_over_the_blank_in_text_boxes(tmp: Path) -> Path:
    """The blank's ``от ______ № ______`` line, and the date and the bare
    number typed in text boxes over its rules."""
    from docx.oxml import parse_xml
    d = python_docx.Document()
    _paras(d, ADM + ["", "ПОСТАНОВЛЕНИЕ", ""])
    line = d.add_paragraph("от ____________________\t\t\t№ ______________")
    line._p.append(parse_xml(_text_box(["12.03.2024"])))
    line._p.append(parse_xml(_text_box(["145-п"])))
    _paras(d, ["г. Заречный", "", T_PARK] + text_of("постановление"))
    return _save(d, tmp)


@case("постановление", "9-пг", "2024-02-02", HEAD_BODY, T_AWARD)
def docx_two_acts_in_one_file(tmp: Path) -> Path:
    """Two decrees of one day in one file: the first is the file's act."""
    d = python_docx.Document()
    _paras(d, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "от 02.02.2024 № 9-пг", "", T_AWARD] + text_of("постановление"))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _paras(d, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "от 02.02.2024 № 10-пг", "",
                      "О назначении публичных слушаний по проекту отчета об исполнении бюджета"]
           + text_of("постановление"))
    return _save(d, tmp)


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_sign_and_number_in_two_lines_of_a_cell(tmp: Path) -> Path:
    """A number cell whose sign and digits were typed on two lines, the date
    cell over two lines as well."""
    return _row_under(tmp, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ"], [["«19» апреля", "2024 г."], ["№", "37"]],
                      ["с. Сосновка", "", T_FAIR] + text_of("постановление"))


@case("постановление", "611", "2024-06-03", ADM_BODY, T_WATER)
def docx_date_and_number_in_one_cell_place_beside(tmp: Path) -> Path:
    return _row_under(tmp, ADM + ["", "ПОСТАНОВЛЕНИЕ"], [["от 03.06.2024", "№ 611"], ["г. Заречный"]],
                      ["", T_WATER] + text_of("постановление"))


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def rtf_heading_in_the_first_page_header_table(tmp: Path) -> Path:
    """The letterhead as a table in the first page's header (arms cell and
    name cell), the kind word and requisites in the text."""
    header = ("{\\headerf " + _row([1200, 8154], [], ADM) + "\\pard\\plain\\par}")
    return _rtf(tmp, "\\sectd\\titlepg" + header + _par("ПОСТАНОВЛЕНИЕ") + _par("")
                + _par("12.03.2024\t\t\t\t\t\t№ 145-п", "\\ql") + _text("постановление", T_PARK))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_word_row_definition_after_the_cells(tmp: Path) -> Path:
    """Word's own RTF: the row's definition repeated in a group after its
    cells (``{\\trowd … \\row}``)."""
    head = "".join(_par(x) for x in COUNCIL + ["", "РЕШЕНИЕ"])
    cells = ("\\pard\\plain\\ql\\intbl\\f0\\fs28 {" + _esc("21.05.2024") + "}\\cell "
             "\\pard\\plain\\qr\\intbl\\f0\\fs28 {" + _esc("№ 6-55Р") + "}\\cell "
             "\\pard\\plain\\intbl{\\trowd\\trgaph108\\cellx4677\\cellx9354\\row}\n")
    return _rtf(tmp, head + "\\trowd\\trgaph108\\cellx4677\\cellx9354 " + cells + "\\pard\\plain "
                + _par("г. Заречный") + _text("решение", T_BUDGET))


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def rtf_nested_table_in_the_corner_cell(tmp: Path) -> Path:
    """A corner blank's left cell holding a nested row of the date and number."""
    def p(x, end="\\par "):
        return f"\\pard\\plain\\intbl\\itap1\\qc\\f0\\fs28 {_esc(x)}{end}"
    nested = ("\\pard\\plain\\intbl\\itap2\\f0\\fs28 " + _esc("от 19.04.2024") + "\\nestcell "
              "\\pard\\plain\\intbl\\itap2\\f0\\fs28 " + _esc("№ 37") + "\\nestcell "
              "{\\*\\nesttableprops\\trowd\\cellx2000\\cellx4000\\nestrow}{\\nonesttables\\par}")
    left = "".join(p(x) for x in VILLAGE + ["ПОСТАНОВЛЕНИЕ"]) + nested + p("с. Сосновка") + p(T_FAIR, "\\cell ")
    right = "\\pard\\plain\\intbl\\itap1 \\cell "
    return _rtf(tmp, "\\trowd\\cellx4800\\cellx9354 " + left + right
                + "\\pard\\plain\\intbl{\\trowd\\cellx4800\\cellx9354\\row}\n\\pard\\plain "
                + _text("постановление"))


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def pdf_corner_blank_number_on_the_title_baseline(tmp: Path) -> Path:
    """A text layer where the date sits at the left under the kind word and
    the number far right; the title starts on the next baseline."""
    left = _lines(70, 790, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ"])
    row = [(70, 700, "от 19.04.2024 г."), (460, 700, "№ 37")]
    title = _lines(70, 676, ["Об организации ярмарки выходного дня", "на площади Победы в с. Сосновка"])
    return _pdf(tmp, left + row + title + _pdf_text("постановление", 620))


# -- batch 3: audit bodies (found by varying the issuer over the shapes above) --

T_AUDIT = "О проведении внешней проверки годового отчета об исполнении бюджета Заречного муниципального округа за 2023 год"
AUDIT_TEXT = [
    "В соответствии со статьей 264.4 Бюджетного кодекса Российской Федерации, Положением о "
    "Контрольно-счетной палате Заречного муниципального округа:",
    "1. Провести внешнюю проверку годового отчета об исполнении бюджета округа за 2023 год.",
    "2. Контроль за исполнением настоящего распоряжения оставляю за собой.",
    "Председатель Контрольно-счетной палаты", "Заречного муниципального округа\tО.П. Лебедева",
]


@case("распоряжение", "12-р", "2024-04-01", "Контрольно-счетная палата Заречного муниципального округа",
      T_AUDIT)
def docx_audit_chamber_under_the_state_line(tmp: Path) -> Path:
    """An audit chamber's order under the state's name, signed by its chair
    with the municipality's name: the heading's body, not the signer's."""
    d = python_docx.Document()
    _paras(d, ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "КОНТРОЛЬНО-СЧЕТНАЯ ПАЛАТА", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "",
               "РАСПОРЯЖЕНИЕ", "", "от 01.04.2024 № 12-р", "г. Заречный", "", T_AUDIT] + AUDIT_TEXT)
    return _save(d, tmp)


@case("приказ", "12-од", "2024-04-01", "Контрольно-счётный орган Заречного муниципального округа", T_AUDIT)
def rtf_audit_organ_in_a_corner_blank(tmp: Path) -> Path:
    left = ["КОНТРОЛЬНО-СЧЁТНЫЙ ОРГАН", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО", "ОКРУГА", "", "ПРИКАЗ",
            "01.04.2024 № 12-од", "г. Заречный"]
    text = [x.replace("Контрольно-счетной палате", "Контрольно-счётном органе")
             .replace("Контрольно-счетной палаты", "Контрольно-счётного органа")
             .replace("распоряжения", "приказа") for x in AUDIT_TEXT]
    return _rtf(tmp, _row([4800, 4554], left, []) + "\\pard\\plain " + _par(T_AUDIT, "\\qj")
                + "".join(_par(x, "\\qj") for x in text))


# -- batch 4: a number printed without its sign in other places of the row ------


@case("решение", "6-55Р", "2024-05-21",
      "Муниципальное образование «Заречный муниципальный округ» Совет депутатов Заречного " "муниципального округа",
      T_BUDGET)
def rtf_signless_number_after_the_place(tmp: Path) -> Path:
    """A council's blank whose row prints the date, the place and the
    number, the ``№`` left off the form."""
    head = "".join(_par(x) for x in ["Муниципальное образование «Заречный муниципальный округ»", "",
                                     "СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА", "", "РЕШЕНИЕ", ""])
    row = _row([3100, 3100, 3154], ["21.05.2024"], ["г. Заречный"], ["6-55Р"])
    return _rtf(tmp, head + row + "\\pard\\plain " + _text("решение", T_BUDGET))


@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_title_between_corner_marks(tmp: Path) -> Path:
    """A blank's corner marks typed around the title (``⌐ … ¬``)."""
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", "", "от 19.04.2024 № 37", "с. Сосновка", "", f"⌐{T_FAIR}¬"]
           + text_of("постановление"))
    return _save(d, tmp)


# -- batch 5: text boxes anchored in the page's first paragraph -----------------


@case("постановление", "1203-п", "2024-11-05", ADM_BODY, T_SNOW)
def docx_date_and_number_boxes_anchored_over_the_heading(tmp: Path) -> Path:
    """The clerk's date and number boxes anchored in the letterhead's first
    paragraph (read before it), the blank's ``от ____ № ____`` under the kind word."""
    from docx.oxml import parse_xml
    d = python_docx.Document()
    first = d.add_paragraph(ADM[0])
    first._p.append(parse_xml(_text_box(["05.11.2024"])))
    first._p.append(parse_xml(_text_box(["1203-п"])))
    _paras(d, ADM[1:] + ["", "ПОСТАНОВЛЕНИЕ", "", "от _______________ № ____________", "г. Заречный", "",
                         T_SNOW] + text_of("постановление"))
    return _save(d, tmp)


@case("приказ", "214-од", "2024-08-28", EDU_BODY, T_SCHOOL)
def docx_number_box_over_the_heading_sign_kept(tmp: Path) -> Path:
    from docx.oxml import parse_xml
    d = python_docx.Document()
    first = d.add_paragraph()
    first._p.append(parse_xml(_text_box(["№ 214-од"])))
    first._p.append(parse_xml(_text_box(["28.08.2024"])))
    _paras(d, EDU + ["", "ПРИКАЗ", "", "г. Заречный", "", T_SCHOOL] + text_of("приказ"))
    return _save(d, tmp)



@case("постановление", "37", "2024-04-19", VILLAGE_BODY, T_FAIR)
def docx_boxes_anchored_in_the_text_under_the_title(tmp: Path) -> Path:
    """The boxes anchored in the text's first paragraph: read after the title."""
    from docx.oxml import parse_xml
    d = python_docx.Document()
    _paras(d, VILLAGE + ["", "ПОСТАНОВЛЕНИЕ", "", "от ________________ № _______", "с. Сосновка", "", T_FAIR])
    text = text_of("постановление")
    first = d.add_paragraph(text[0])
    first._p.insert(0, parse_xml(_text_box(["19.04.2024"])))
    first._p.insert(1, parse_xml(_text_box(["37"])))
    _paras(d, text[1:])
    return _save(d, tmp)


@case("постановление", "9-пг", "2024-02-02", HEAD_BODY, T_AWARD)
def docx_quoted_blank_with_boxes_under_it(tmp: Path) -> Path:
    """A blank whose day is in quotes (``«___» ________ 20__ г.``), the
    date and number typed in boxes anchored under it."""
    from docx.oxml import parse_xml
    d = python_docx.Document()
    _paras(d, HEAD + ["", "ПОСТАНОВЛЕНИЕ", "", "«___» ______________ 20___ г.\t\t\t\t№ ________"])
    anchor = d.add_paragraph("г. Заречный")
    anchor._p.insert(0, parse_xml(_text_box(["02.02.2024"])))
    anchor._p.insert(1, parse_xml(_text_box(["9-пг"])))
    _paras(d, ["", T_AWARD] + text_of("постановление"))
    return _save(d, tmp)


# -- batch 7: a PDF blank whose values were drawn after it ----------------------


def _pdf_blank_typed_over(tmp: Path, rise: float) -> Path:
    """The blank's ``от ____ № ____`` printed, the date and number drawn
    later just over its rules (``rise`` points up): a text layer puts them on
    the blank's line after its rules, or beside them."""
    head = _lines(200, 790, ADM) + [(250, 740, "ПОСТАНОВЛЕНИЕ")]
    row = [(70, 712, "от ______________"), (430, 712, "№ __________"),
           (95, 712 + rise, "12.03.2024"), (450, 712 + rise, "145-п"), (260, 696, "г. Заречный")]
    title = _lines(70, 670, ["Об утверждении Порядка содержания зеленых насаждений на территории",
                             "Заречного муниципального округа"])
    return _pdf(tmp, head + row + title + _pdf_text("постановление", 620))


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def pdf_values_drawn_after_the_blank(tmp: Path) -> Path:
    return _pdf_blank_typed_over(tmp, 6)


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def pdf_values_drawn_beside_the_rules(tmp: Path) -> Path:
    return _pdf_blank_typed_over(tmp, 2)


# -- batch 8: a number typed on the wrong keyboard layout ----------------------


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_number_letter_typed_in_latin(tmp: Path) -> Path:
    """``6-55P`` with a Latin P: it prints, and a librarian reads, ``6-55Р``."""
    head = "".join(_par(x) for x in COUNCIL + ["", "РЕШЕНИЕ", ""])
    return _rtf(tmp, head + _par("21.05.2024\t\t\t\t\t№ 6-55P", "\\ql") + _par("г. Заречный")
                + _text("решение", T_BUDGET))



# -- batch 9: a draft's mark with its introducer beside the heading -------------


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def docx_draft_mark_with_its_introducer(tmp: Path) -> Path:
    """A draft sent for comment: «ПРОЕКТ» and who brings it in, in the cell
    beside the heading."""
    d = python_docx.Document()
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    _cell(left, ADM + ["", "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 145-п", "г. Заречный"])
    _cell(right, ["ПРОЕКТ", "", "вносится главой", "Заречного муниципального округа"])
    _paras(d, [T_PARK] + text_of("постановление"))
    return _save(d, tmp)



# -- batch 10: a form's text boxes stored in the order they were drawn ----------

_WPS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _placed_box(lines: list[str], top_pt: float, left_pt: float) -> str:
    """A text box floating at a place of the page (offsets in points)."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{x}</w:t></w:r></w:p>' for x in lines)
    offset = {axis: f'<wp:position{axis} relativeFrom="page"><wp:posOffset>{int(pt * 12700)}</wp:posOffset>'
              f'</wp:position{axis}>' for axis, pt in (("H", left_pt), ("V", top_pt))}
    return (f'<w:r {_WPS}><w:drawing><wp:anchor>{offset["H"]}{offset["V"]}<a:graphic><a:graphicData>'
            f'<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


@case("постановление", "101", "2024-02-21", "Администрация города Заречного", T_SCHOOL)
def docx_heading_boxes_stored_out_of_order(tmp: Path) -> Path:
    """A city's blank of four boxes in one paragraph, stored date, number,
    kind word, letterhead: printed letterhead, kind word, date left, number right."""
    from docx.oxml import parse_xml
    d = python_docx.Document()
    first = d.add_paragraph()
    for lines, top, left in ((["21.02.2024"], 190, 70), (["№ 101"], 190, 460), (["П О С Т А Н О В Л Е Н И Е"], 150, 200),
                             (["АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО"], 110, 150)):
        first._p.append(parse_xml(_placed_box(lines, top, left)))
    _paras(d, ["", T_SCHOOL] + text_of("постановление"))
    return _save(d, tmp)



def _vml_box(lines: list[str], top_pt: float, left_pt: float) -> str:
    """The same box as Word 2003 wrote it: a VML shape placed by its style."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{x}</w:t></w:r></w:p>' for x in lines)
    return (f'<w:r {_WPS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="position:absolute;'
            f'margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:200pt;height:20pt;'
            'mso-position-vertical-relative:page"><v:textbox>'
            f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


@case("приказ", "214-од", "2024-08-28", EDU_BODY, T_SCHOOL)
def docx_old_vml_boxes_stored_out_of_order(tmp: Path) -> Path:
    from docx.oxml import parse_xml
    d = python_docx.Document()
    first = d.add_paragraph()
    for lines, top, left in ((["№ 214-од"], 200, 450), (EDU, 90, 150), (["28.08.2024"], 200, 70),
                             (["ПРИКАЗ"], 160, 260)):
        first._p.append(parse_xml(_vml_box(lines, top, left)))
    _paras(d, ["", T_SCHOOL] + text_of("приказ"))
    return _save(d, tmp)



def _rtf_shape(lines: list[str], top_twips: int, left_twips: int) -> str:
    """An RTF shape with a text box at a place of the page."""
    box = "".join(_par(x) for x in lines)
    return ("{\\shp{\\*\\shpinst\\shpleft" + str(left_twips) + "\\shptop" + str(top_twips)
            + "\\shpright" + str(left_twips + 4000) + "\\shpbottom" + str(top_twips + 400)
            + "\\shpwr3{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt " + box + "}}}")


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_heading_shapes_stored_out_of_order(tmp: Path) -> Path:
    """A council's blank of shapes anchored in its first paragraph, stored
    number, date, letterhead, kind word; the number a little higher than the date."""
    shapes = (_rtf_shape(["№ 6-55Р"], 3780, 7600) + _rtf_shape(["21.05.2024"], 3800, 1400)
              + _rtf_shape(COUNCIL, 1400, 2600) + _rtf_shape(["РЕШЕНИЕ"], 3000, 4000))
    return _rtf(tmp, "\\pard\\plain " + shapes + "\\par\n" + _par("г. Заречный") + _text("решение", T_BUDGET))



def _framed(text: str, top_twips: int, left_twips: int) -> str:
    """A paragraph in a frame of an old form (``w:framePr``), placed on the page."""
    return (f'<w:p {_WPS}><w:pPr><w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:vAnchor="page" '
            f'w:hAnchor="page" w:x="{left_twips}" w:y="{top_twips}"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


@case("постановление", "1203-п", "2024-11-05", ADM_BODY, T_SNOW)
def docx_framed_heading_stored_out_of_order(tmp: Path) -> Path:
    """A form converted from Word 97: its number, date, letterhead and kind
    word in frames, stored in the order they were made."""
    from docx.oxml import parse_xml
    d = python_docx.Document()
    body = d.element.body
    for text, top, left in (("№ 1203-п", 3600, 8200), ("05.11.2024", 3620, 1700), (ADM[0], 1500, 4200),
                            (ADM[1], 1800, 3000), (ADM[2], 2100, 3500), ("ПОСТАНОВЛЕНИЕ", 2800, 4000)):
        body.insert(len(body) - 1, parse_xml(_framed(text, top, left)))
    _paras(d, ["г. Заречный", "", T_SNOW] + text_of("постановление"))
    return _save(d, tmp)



@case("приказ", "214-од", "2024-08-28", EDU_BODY, T_SCHOOL)
def rtf_framed_heading_stored_out_of_order(tmp: Path) -> Path:
    """An RTF form whose letterhead, kind word, date and number are framed
    paragraphs (``\\posx``/``\\posy``), stored date, number, letterhead, kind word."""
    def framed(text, top, left):
        return (f"\\pard\\plain\\pvpg\\phpg\\posx{left}\\posy{top}\\absw4000\\f0\\fs28 " + _esc(text) + "\\par\n")
    frames = (framed("28.08.2024", 3600, 1700) + framed("№ 214-од", 3580, 8200)
              + "".join(framed(line, 1500 + 300 * k, 3000) for k, line in enumerate(EDU))
              + framed("ПРИКАЗ", 2800, 4500))
    return _rtf(tmp, frames + "\\pard\\plain " + _par("г. Заречный") + _text("приказ", T_SCHOOL))



@case("распоряжение", "145-р", "2024-03-12", ADM_BODY, T_SNOW)
def docx_addressees_beside_the_heading(tmp: Path) -> Path:
    """An order sent out: whom it goes to in the cell beside the heading,
    the title under the table."""
    d = python_docx.Document()
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    _cell(left, ADM + ["", "РАСПОРЯЖЕНИЕ", "", "от 12.03.2024 № 145-р", "г. Заречный"])
    _cell(right, ["Главам сельских поселений", "Заречного муниципального округа", "",
                  "Руководителям муниципальных", "учреждений округа"])
    _paras(d, ["", T_SNOW] + text_of("распоряжение"))
    return _save(d, tmp)



@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def pdf_draft_mark_on_the_letterhead_line(tmp: Path) -> Path:
    """A draft's text layer: «ПРОЕКТ» at the right edge of the letterhead's first line."""
    head = _lines(70, 800, COUNCIL + ["", "РЕШЕНИЕ", "", "от 21.05.2024 № 6-55Р", "г. Заречный"]) + [(470, 800, "ПРОЕКТ")]
    title = _lines(70, 680, ["О внесении изменений в решение Совета депутатов Заречного муниципального",
                             "округа от 14.12.2023 № 4-31Р «О бюджете Заречного муниципального округа",
                             "на 2024 год и плановый период 2025 и 2026 годов»"])
    return _pdf(tmp, head + title + _pdf_text("решение", 620))



# -- batch 11: a row above the heading, a database's line over it ---------------

REFERENCE = "Решение Совета депутатов Заречного муниципального округа Тестовской области от 21.05.2024 N 6-55Р"


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_signless_number_in_a_row_above_the_heading(tmp: Path) -> Path:
    """The date and the number (no sign printed) in a table row over the heading."""
    return _rtf(tmp, _row([4677, 4677], ["21.05.2024"], ["6-55Р"]) + "\\pard\\plain "
                + "".join(_par(x) for x in COUNCIL + ["", "РЕШЕНИЕ", ""]) + _text("решение", T_BUDGET))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def rtf_database_line_over_a_heading_whose_title_cites_an_act(tmp: Path) -> Path:
    """A database's one-line title, the date and number row, the printed heading,
    and a title citing the decision it amends (its date and number are not the act's)."""
    return _rtf(tmp, _par(REFERENCE, "\\ql") + _row([4677, 4677], ["21.05.2024"], ["№ 6-55Р"]) + "\\pard\\plain "
                + "".join(_par(x) for x in COUNCIL + ["", "РЕШЕНИЕ", ""]) + _text("решение", T_BUDGET))


@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def pdf_database_line_over_the_printed_heading(tmp: Path) -> Path:
    items = [(40, 800, REFERENCE)] + _lines(200, 770, COUNCIL + ["", "РЕШЕНИЕ"])
    title = _lines(70, 680, ["О внесении изменений в решение Совета депутатов Заречного муниципального",
                             "округа от 14.12.2023 № 4-31Р «О бюджете Заречного муниципального округа",
                             "на 2024 год и плановый период 2025 и 2026 годов»"])
    return _pdf(tmp, items + title + _pdf_text("решение", 620))



# -- batch 12: the same act saved in another format (bench/formats.py) ---------


@case("постановление", "987-п", "2024-08-28", "Администрация Заречного муниципального округа", None)
def docx_annex_stamp_in_paragraphs_over_a_long_table(tmp: Path) -> Path:
    """An annex-only file as a word processor saves a .doc again as DOCX or ODT:
    the stamp's lines as paragraphs (a blank line after each), then a list in a
    table of many rows whose cells hold several lines."""
    d = python_docx.Document()
    _paras(d, ["Приложение", "к постановлению", "администрации Заречного муниципального округа", "",
               "от 28.08.2024 № 987-п", "", "ПЕРЕЧЕНЬ",
               "территорий, закрепленных за муниципальными общеобразовательными организациями"])
    table = d.add_table(rows=25, cols=3)
    for n, r in enumerate(table.rows, 1):
        for cell, value in zip(r.cells, (f"{n}.", f"МБОУ «Заречная СОШ № {n}»", "")):
            _cell(cell, [value])
        _cell(r.cells[2], [f"ул. Береговая, д. {n}", f"ул. Лесная, д. {n}", "пер. Тихий"])
    return _save(d, tmp)



@case("решение", "6-55Р", "2024-05-21", COUNCIL_BODY, T_BUDGET)
def pdf_database_cover_wrapped_in_its_column(tmp: Path) -> Path:
    """A database print saved as PDF: its cover page's reference, edition and
    quoted title wrapped in a narrow column (the nested titles' closing quotes
    merged into one), the printed heading on the next page."""
    cover = _lines(170, 760, ["Решение Совета депутатов Заречного", "муниципального округа Тестовской",
                              "области от 21.05.2024 N 6-55Р", "(ред. от 10.09.2024)",
                              '"О внесении изменений в решение', "Совета депутатов Заречного",
                              "муниципального округа от 14.12.2023", 'N 4-31Р "О бюджете Заречного',
                              "муниципального округа на 2024 год и", 'плановый период 2025 и 2026 годов"',
                              "", "Документ предоставлен КонсультантПлюс", "www.consultant.ru",
                              "Дата сохранения: 01.10.2024"])
    title = _lines(70, 680, ["О внесении изменений в решение Совета депутатов Заречного муниципального",
                             "округа от 14.12.2023 № 4-31Р «О бюджете Заречного муниципального округа",
                             "на 2024 год и плановый период 2025 и 2026 годов»"])
    page = _lines(200, 800, COUNCIL + ["", "РЕШЕНИЕ", "от 21 мая 2024 г. N 6-55Р"]) + title + _pdf_text("решение", 620)
    return write_pdf(tmp / "act.pdf", [cover, page])


@case("постановление", "145-п", "2024-03-12", ADM_BODY, T_PARK)
def pdf_database_reference_wrapped_over_the_text(tmp: Path) -> Path:
    """A database's print with no heading but its one-paragraph reference (the
    act, its quoted title, its editions), wrapped by the PDF's lines."""
    ref = _lines(70, 800, ["Постановление администрации Заречного муниципального округа Тестовской области",
                           "от 12 марта 2024 г. N 145-п \"Об утверждении Порядка содержания зеленых насаждений",
                           'на территории Заречного муниципального округа" (с изменениями от 5 июня 2024 г.,',
                           "14 октября 2024 г.)"])
    return _pdf(tmp, ref + _pdf_text("постановление", 720))



T_CONTROL = "Об утверждении Положения о муниципальном земельном контроле на территории Заречного муниципального округа"


@case("постановление", "212-п", "2024-04-02", ADM_BODY, T_CONTROL)
def pdf_database_print_with_the_regulations_heading_wrapped(tmp: Path) -> Path:
    """A database's print: the act's reference on its own line, the act, then
    the regulation it approves, whose heading line (``Положение … (утв.``)
    the PDF wrapped inside its bracket."""
    ref = _lines(70, 800, ["Постановление администрации Заречного муниципального округа Тестовской области от 2",
                           'апреля 2024 г. N 212-п "Об утверждении Положения о муниципальном земельном контроле на',
                           'территории Заречного муниципального округа"'])
    sign = _lines(70, 640, ["Глава Заречного муниципального округа", "И.В. Соколов", "г. Заречный", "N 212-п"])
    annex = _lines(70, 570, ["Положение о муниципальном земельном контроле на территории Заречного округа (утв.",
                             "постановлением администрации Заречного муниципального округа Тестовской области от",
                             "2 апреля 2024 г. N 212-п) (с изменениями от 5 июня 2024 г., 14 октября 2024 г.)",
                             "1. Настоящее Положение устанавливает порядок организации контроля."])
    return _pdf(tmp, ref + _pdf_text("постановление", 740)[:4] + sign + annex)



ZATO_BODY = ("Городской округ «Закрытое административно-территориальное образование Заречный Тестовской области» "
             "СОВЕТ ДЕПУТАТОВ ЗАТО г. ЗАРЕЧНЫЙ")


@case("решение", "6-55Р", "2024-05-21", ZATO_BODY, T_BUDGET)
def pdf_municipality_in_guillemets_wrapped_over_the_council(tmp: Path) -> Path:
    """A council's blank saved as PDF: the municipality's legal name in
    guillemets, over the council's line, wrapped inside its quotes."""
    head = _lines(120, 800, ["Городской округ «Закрытое административно-территориальное",
                             "образование Заречный Тестовской области»", "СОВЕТ ДЕПУТАТОВ ЗАТО г. ЗАРЕЧНЫЙ",
                             "РЕШЕНИЕ", "21 мая 2024 6-55Р", "г. Заречный"])
    title = _lines(70, 700, ["О внесении изменений в решение Совета депутатов Заречного муниципального",
                             "округа от 14.12.2023 № 4-31Р «О бюджете Заречного муниципального округа",
                             "на 2024 год и плановый период 2025 и 2026 годов»"])
    return _pdf(tmp, head + title + _pdf_text("решение", 640))


FIELDS = ("kind", "number", "date", "body", "title")


def read_case(case: Case, tmp: Path):
    """The first act extracted from the case's file, as the pipeline reads it."""
    from ingest.formats import read
    from ingest.requisites import extract_acts
    parsed = read(case.build(tmp))
    return extract_acts(parsed.text, dict(parsed.meta))[0]


def misses(case: Case, act) -> list[str]:
    from tests.gold import same
    return [f for f in FIELDS if not same(f, getattr(act, f), case.truth[f])]


def main() -> int:
    exact = total = 0
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            act = read_case(case, Path(tmp))
        wrong = misses(case, act)
        exact += len(FIELDS) - len(wrong)
        total += len(FIELDS)
        for f in wrong:
            print(f"{case.name:48} {f:6} got {getattr(act, f)!r}  want {case.truth[f]!r}")
    print(f"{len(CASES)} files, fields exact {exact}/{total} = {100 * exact / total:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
