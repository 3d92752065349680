"""QA of what the library sends out (qa93): lists, bulletins, RUSMARC.

Each test names a defect found by checking the outputs against ГОСТ Р
7.0.100–2018 and the RUSMARC format; the records are fictional (Заречный
муниципальный округ, Сосновское сельское поселение) in the acts' own style.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

from ingest.records import Record, Source
from search.biblio import describe, genitive
from search.rusmarc.fields import Extras, Settings, to_marc
from search.rusmarc.serialize import read, write


def _act(**more) -> Record:
    base = dict(id="qa93aa000001-1", source=Source("45-п.pdf", "c3" * 32, "application/pdf", 2),
                received_at="2025-02-03T09:00:00Z", kind="постановление", number="45-п",
                date="2025-01-28", body="Администрация Сосновского сельского поселения",
                level="municipal", title="О мерах по подготовке к весеннему паводку 2025 года",
                publication=None, rubrics=(), text="", warnings=())
    base.update(more)
    return Record(**base)


# --- RUSMARC label: the entry map is "450␣", not MARC 21's "4500" ----------------

@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
@pytest.mark.parametrize("fmt", ["iso2709", "marcxml"])
def test_label_entry_map_is_rusmarcs_450_blank(fmt, encoding):
    st = Settings(charset="50  " if encoding == "utf-8" else "0189")
    data = write([to_marc(_act(), Extras.of_record(_act()), st)], fmt, encoding)
    if fmt == "iso2709":
        assert data[20:24] == b"450 "
        assert data[10:12] == b"22"
    else:
        assert b"3i 450 </leader>" in data
    back = read(data, fmt, encoding)
    assert str(back[0].leader)[20:24] == "450 "


@pytest.mark.skipif(shutil.which("yaz-marcdump") is None, reason="yaz not installed")
def test_label_450_blank_is_read_by_yaz(tmp_path):
    p = tmp_path / "a.iso"
    p.write_bytes(write([to_marc(_act(), Extras.of_record(_act()), Settings())], "iso2709"))
    out = subprocess.run(["yaz-marcdump", "-i", "marc", "-o", "line", str(p)],
                         capture_output=True, check=True)
    assert b"Warning" not in out.stderr + out.stdout
    assert "450 ".encode() in out.stdout


# --- a republic's second name in brackets is part of its name -------------------

@pytest.mark.parametrize("body, gen", [
    ("Президент Республики Саха (Якутия)", "Президента Республики Саха (Якутия)"),
    ("Правительство Республики Саха (Якутия)", "Правительства Республики Саха (Якутия)"),
    ("Министерство образования Республики Адыгея (Адыгея)",
     "Министерства образования Республики Адыгея (Адыгея)"),
    # an abbreviation after the name is still left out
    ("Министерство культуры Российской Федерации (Минкультуры России)",
     "Министерства культуры Российской Федерации"),
])
def test_republic_name_in_brackets_is_kept_in_the_genitive(body, gen):
    assert genitive(body) == gen


def test_decree_of_a_republic_named_with_its_second_name():
    r = _act(kind="указ", number="117", date="2024-06-10", level="regional",
             body="Глава Республики Саха (Якутия)",
             title="О Дне республики в 2024 году")
    assert describe(r) == ("О Дне республики в 2024 году : указ главы Республики Саха (Якутия) "
                           "от 10 июня 2024 г. № 117. – Текст : непосредственный.")


def test_law_of_a_republic_named_with_its_second_name():
    r = _act(kind="закон", number="1021-З № 315-VI", date="2024-11-20", level="regional",
             body="Государственное Собрание (Ил Тумэн) Республики Саха (Якутия)",
             title="О поддержке сельских библиотек")
    assert describe(r).startswith("О поддержке сельских библиотек : закон Республики Саха (Якутия) "
                                  "от 20 ноября 2024 г.")


# --- RUSMARC notes name an act of the fund as the lists do ------------------------

def test_notes_name_a_repealing_act_of_the_fund_in_sentence_case_and_genitive():
    from ingest.status import reference_of
    from search.links_view import requisites_label
    from search.rusmarc.fields import Linked
    later = _act(id="qa93aa000002-1", number="61-п", date="2025-03-14",
                 body="АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ",
                 title="О признании утратившим силу постановления от 28.01.2025 № 45-п")
    ex = Extras(status={"state": "repealed", "repealed_by": reference_of(later), "since": None,
                        "source": "fund"},
                links=(Linked("repealed_by", requisites_label(later), later),))
    m = to_marc(_act(), ex, Settings())
    named = ("постановление администрации Сосновского сельского поселения от 14 марта 2025 г. "
             "№ 61-п «О признании утратившим силу постановления от 28.01.2025 № 45-п»")
    assert [v for f in m.get_fields("300") for v in f.get_subfields("a")] == [f"Утратил силу: {named}"]
    assert [v for f in m.get_fields("311") for v in f.get_subfields("a")] == [
        f"Признан утратившим силу: {named}"]


def test_a_note_of_the_print_keeps_its_own_wording():
    from search.rusmarc.fields import Linked
    other = _act(id="qa93aa000003-1", number="70-п", body="АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ")
    ex = Extras(status={"state": "repealed", "since": "2025-04-01", "source": "note",
                        "repealed_by": "постановление от 20.03.2025 № 70-п"},
                links=(Linked("repealed_by", "постановление № 70-п", other),))
    m = to_marc(_act(), ex, Settings())
    assert [v for f in m.get_fields("300") for v in f.get_subfields("a")] == [
        "Утратил силу с 1 апреля 2025 г.: постановление от 20.03.2025 № 70-п"]


# --- a list marks an act no longer in force (ГОСТ Р 7.0.100: area of notes) ------

def test_a_list_marks_a_repealed_act_in_the_notes_area():
    from search.lists import build_list
    repealed = _act(status={"state": "repealed", "since": "2025-04-01", "source": "note",
                            "repealed_by": None})
    by_fund = _act(id="qa93aa000004-1", number="46-п", date="2025-01-29",
                   title="О порядке содержания мест захоронений",
                   status={"state": "repealed", "since": None, "source": "fund",
                           "repealed_by": "постановление от 14.03.2025 № 61-п"})
    in_force = _act(id="qa93aa000005-1", number="47-п", date="2025-01-30",
                    title="О подготовке к пожароопасному периоду", status={"state": "in_force"})
    bl = build_list([repealed, by_fund, in_force], title="Список", group_by="none", order="date")
    d = [e.description for e in bl.entries()]
    assert d[0] == ("О мерах по подготовке к весеннему паводку 2025 года : постановление администрации "
                    "Сосновского сельского поселения от 28 января 2025 г. № 45-п. – Текст : "
                    "непосредственный. – Утратил силу с 1 апреля 2025 г.")
    assert d[1].endswith("№ 46-п. – Текст : непосредственный. – Утратил силу.")
    assert d[2].endswith("№ 47-п. – Текст : непосредственный.")
    # a citation copied for a footnote describes the act alone
    assert describe(repealed).endswith("№ 45-п. – Текст : непосредственный.")


# --- control characters of old files never break a DOCX or HTML output -----------

def test_a_list_with_a_legacy_word_field_mark_in_a_title_writes_docx_and_html():
    import io

    import docx

    from search import render
    from search.lists import build_list
    r = _act(title="О порядке ведения\x13 реестра\x14 муниципального\x15 имущества\x07")
    bl = build_list([r], title="Список", group_by="kind")
    d = docx.Document(io.BytesIO(render.render(bl, "docx")))
    entry = [p.text for p in d.paragraphs if p.style.name == "List Number"]
    assert len(entry) == 1 and entry[0].startswith("О порядке ведения реестра муниципального имущества")
    page = render.render(bl, "html").decode("utf-8")
    assert "\x13" not in page and "\x07" not in page


def test_a_dossier_of_a_dos_text_with_ctrl_z_exports_docx_and_html():
    import io

    import docx

    from search.dossier.export import Compiled, render_dossier
    from search.lists import build_list
    r = _act(text="АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\nПОСТАНОВЛЕНИЕ\n\n"
                  "1. Провести ярмарку выходного дня.\x0c\n2. Контроль оставляю за собой.\x07\n\n"
                  "Глава поселения А.А. Иванов\n\x1a")
    c = Compiled(build_list([r], title="Ярмарки", group_by="year", order="date"), full=True)
    d = docx.Document(io.BytesIO(render_dossier(c, "docx")))
    texts = [p.text for p in d.paragraphs]
    assert "Глава поселения А.А. Иванов" in texts
    assert not any("\x1a" in t or "\x07" in t for t in texts)
    page = render_dossier(c, "html").decode("utf-8")
    assert "\x1a" not in page and "\x0c" not in page and "Провести ярмарку выходного дня." in page


# --- a dossier's contents never nest a link inside a link -----------------------

def test_dossier_contents_do_not_nest_the_portal_link_in_the_entry_link():
    from html.parser import HTMLParser

    from ingest.records import Publication
    from search.dossier.export import Compiled, render_dossier
    from search.lists import build_list
    r = _act(level="federal", kind="приказ", number="118н", date="2024-02-20",
             body="Министерство культуры Российской Федерации",
             title="Об утверждении порядка комплектования библиотечных фондов",
             publication=Publication("Официальный интернет-портал правовой информации (www.pravo.gov.ru)",
                                     "0001202403150007", "2024-03-15", None))
    c = Compiled(build_list([r], title="Библиотеки", group_by="year", order="date"))
    page = render_dossier(c, "html").decode("utf-8")
    assert "http://publication.pravo.gov.ru/Document/View/0001202403150007" in page

    class Nesting(HTMLParser):
        depth, worst = 0, 0

        def handle_starttag(self, tag, attrs):
            if tag == "a":
                self.depth += 1
                self.worst = max(self.worst, self.depth)

        def handle_endtag(self, tag):
            if tag == "a":
                self.depth -= 1
    p = Nesting()
    p.feed(page)
    assert p.worst == 1
