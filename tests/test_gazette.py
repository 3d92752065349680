"""Gazette issues (issue 14): columns read in order, running lines out of the
text but kept as pages, one record per act and per article, the issue's
publication on each, and the ГОСТ `//` description from it.

The issues are composed by ``corpus/gazettes.py`` (a fictional
municipality); the floors below are what ``bench/gazette.py`` measured
(tests/gazette_eval.py scores both).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from corpus import gazettes as G
from ingest.formats import read
from ingest.formats.pdf import read_pdf
from ingest.gazette import read_issue
from ingest.records import Publication
from ingest.requisites import extract_acts
from search.biblio import describe
from tests.fixtures import rec
from tests.gazette_eval import quality


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gazettes")
    return folder, quality(folder)


def test_at_least_eight_issues_and_forty_acts(built):
    _, q = built
    assert q["issues"] >= 8 and q["acts"] >= 40 and q["articles"] >= 12
    layouts = {t.layout for t in G.issues()}
    assert layouts == {"pdf1", "pdf2", "pdf3", "docx", "html", "txt"}


def test_every_act_and_article_is_a_record_of_its_own(built):
    _, q = built
    assert q["acts_split"] == q["acts"], [m for r in q["per_issue"] for m in r["misses"]]
    assert q["articles_split"] == q["articles"]
    assert q["extra_records"] == 0


def test_requisites_per_act(built):
    _, q = built
    f = q["fields"]
    assert f["kind"] == f["number"] == f["date"] == f["body"] == 1.0
    # measured 44/45: a three-column title wrapped onto a line of one word ("год")
    assert f["title"] >= 0.97


def test_publication_of_every_item(built):
    _, q = built
    assert q["publication_share"] == 1.0, [m for r in q["per_issue"] for m in r["misses"]]


def test_columns_drawn_row_by_row_read_column_by_column(built):
    folder, _ = built
    text = read_pdf(folder / "g02_vestnik_2col_rows.pdf").text
    lines = text.split("\n")
    # the title of the first act, centred in the left column, beside the last
    # lines of another act in the right one
    assert "Об организации ярмарки выходного дня на улице" in lines
    at = lines.index("Об организации ярмарки выходного дня на улице")
    assert lines[at + 1] == "Речной"
    assert not any("за Отпечатано" in ln or "на улице сайте" in ln for ln in lines)


def test_a_table_of_unequal_columns_keeps_its_rows(tmp_path):
    """Labels in a narrow column beside long cells: a table, read row by row."""
    placed = []
    for k in range(10):
        y = 760 - 30 * k
        placed.append(G._Glyphs(1, 40, y, f"Группа {k + 1}", False, 9, "0"))
        placed.append(G._Glyphs(1, 170, y, "Вакцинация против гриппа в осенний период "
                                           "текущего года", False, 9, "1"))
    path = tmp_path / "table.pdf"
    path.write_bytes(G.draw_pdf(placed, "rows"))
    lines = read_pdf(path).text.split("\n")
    assert lines[0].startswith("Группа 1") and "Вакцинация" in lines[0]


def test_running_lines_are_page_marks_not_text(built):
    folder, _ = built
    annexed = 0
    for issue in G.issues():
        if not issue.layout.startswith("pdf") and issue.layout != "txt":
            continue
        parsed = read(folder / issue.file)
        acts = {a.number: a for a in issue.items if isinstance(a, G.GAct)}
        for act in extract_acts(parsed.text, dict(parsed.meta)):
            assert "стр." not in act.text and "Тираж" not in act.text, (issue.file, act.number)
            assert "В НОМЕРЕ" not in act.text and issue.paper.masthead not in act.text
            if act.kind == "публикация":
                continue
            # an act continued onto the next column or page stays whole, its
            # annex (after the signature) with it
            flat = " ".join(act.text.split())
            want = acts[act.number]
            last = want.annex[-1] if want.annex else f"{want.sign[0]} {want.sign[1]}"
            assert "вступает в силу со дня" in flat, (issue.file, act.number)
            assert flat.endswith(last), (issue.file, act.number)
            annexed += bool(want.annex)
    assert annexed >= 3


def test_a_single_act_is_never_an_issue():
    text = ("Расширенный поиск\n"
            "Постановление администрации Береговского округа от 17.07.2023 № 449\n"
            "АДМИНИСТРАЦИЯ БЕРЕГОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\n"
            "от 17.07.2023 № 449\nО резерве материальных ресурсов\n")
    assert read_issue(text) is None
    heading = ("АДМИНИСТРАЦИЯ БЕРЕГОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\n"
               "№ 12 от 15.03.2024\nО резерве материальных ресурсов\n")
    assert read_issue(heading) is None


def test_the_pipeline_makes_a_record_of_each_item(built, tmp_path):
    folder, _ = built
    issue = G.issues()[0]
    truth = json.loads((folder / "gazettes_truth.jsonl").read_text(encoding="utf-8").splitlines()[0])
    runner = CliRunner()
    home = tmp_path / "fund"
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1",
                               str(folder / issue.file)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["--home", str(home), "export", "--format", "jsonl"],
                        catch_exceptions=False)
    records = [json.loads(line) for line in res.output.splitlines()]
    assert len(records) == len(truth["items"])
    assert sorted(r["kind"] for r in records) == sorted(t["kind"] for t in truth["items"])
    by_title = {t["title"]: t for t in truth["items"]}
    for r in records:
        assert r["publication"] == by_title[r["title"]]["publication"]


def test_describe_a_gazette_act_per_gost(built):
    folder, _ = built
    parsed = read(folder / "g01_vestnik_2col.pdf")
    act = next(a for a in extract_acts(parsed.text, dict(parsed.meta)) if a.number == "13-пг")
    r = rec(kind=act.kind, number=act.number, date=act.date, body=act.body, title=act.title,
            level=act.level, publication=act.publication)
    assert describe(r).endswith(
        "Текст : непосредственный // Береговской вестник. – 2024. – 15 марта (№ 12). – С. 2.")


CLIP_HEADER = "Береговской вестник · № 12 (345) · 15 марта 2024 г. · стр. 3"


def test_a_clipped_article_keeps_its_header_as_publication():
    text = (f"{CLIP_HEADER}\n\nБиблиотека приглашает на вечер\nкраеведения\n"
            "Центральная библиотека в четверг проводит вечер, посвященный истории "
            "лесопильного завода, с которого начинался город.")
    [item] = extract_acts(text)
    assert item.kind == "публикация" and item.date == "2024-03-15"
    assert item.title == "Библиотека приглашает на вечер краеведения"
    assert item.publication.to_dict() == {"name": "Береговской вестник", "issue": "12 (345)",
                                          "date": "2024-03-15", "page": "3"}
    assert CLIP_HEADER not in item.text


def test_a_clipped_act_keeps_its_requisites_and_the_header():
    act = G.make_act(0, "2024-03-15")
    text = "\n".join([CLIP_HEADER] + [t for t, _ in G.item_paras(act)])
    [got] = extract_acts(text)
    assert (got.kind, got.number, got.date) == ("постановление", act.number, act.date)
    assert got.publication.page == "3" and got.publication.issue == "12 (345)"


def test_describe_takes_the_issues_own_number():
    for printed in ("15 (348)", "15/348"):
        r = rec(kind="публикация", title="Сезон отопления завершится по погоде",
                publication=Publication("Береговской вестник", printed, "2024-04-05", "2"))
        assert describe(r).endswith("// Береговской вестник. – 2024. – 5 апр. (№ 15). – С. 2.")


@pytest.mark.parametrize("header", [
    "Береговской вестник · № 12 (345) · 15 марта 2024 г. · стр. 2",
    "2\tБЕРЕГОВСКОЙ ВЕСТНИК\t№ 12 (345), 15 марта 2024 г.",
    "Береговской вестник\t№ 12 (345)\t15 марта 2024 г.\t2",
    "БЕРЕГОВСКОЙ ВЕСТНИК № 12/345/ 15 МАРТА 2024 2 ОФИЦИАЛЬНЫЙ ОТДЕЛ",
])
def test_running_header_forms_give_the_page(header):
    """The masthead's page holds a news item; the act begins under the header of page 2."""
    act = G.make_act(0, "2024-03-15")
    text = "\n".join(["БЕРЕГОВСКОЙ ВЕСТНИК", "№ 12 (345)   15 марта 2024 г.", "",
                      "Открыт прием заявок на конкурс «Лучший двор»",
                      "Советы домов могут подать заявку до конца месяца.", "", header, ""]
                     + [t for t, _ in G.item_paras(act)])
    items = extract_acts(text)
    assert [a.kind for a in items] == ["публикация", "постановление"]
    assert [a.publication.page for a in items] == ["1", "2"]
    assert header not in items[1].text
