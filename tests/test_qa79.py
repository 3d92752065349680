"""What a librarian and a deputy's assistant saw going wrong while using the
desk end to end (qa79; qa74's findings are in tests/test_qa74.py).

* ГОСТ descriptions wrote the names of federal subjects with a lower-case
  word: ``Удмуртской республики`` (an adjective of a name before
  ``Республика``), ``кабардино-Балкарской``, ``ханты-Мансийского`` and
  ``САНКТ-Петербурга`` (a compound name whose first part was cased on its
  own), ``зато`` (the abbreviation ЗАТО read as the conjunction), and kept a
  body's straight quotes (``"город Заречный"``) where the title beside it
  has «…»; a unit printed under its parent body (``АДМИНИСТРАЦИЯ …`` /
  ``УПРАВЛЕНИЕ ОБРАЗОВАНИЯ``) was described as ``приказ администрации …
  управление образования`` (qa74's note): the unit issues, its parent follows
  in the genitive;
* `actdesk ocr --pending` (minutes of Tesseract) and `ingest --retry` showed
  no progress at all on a terminal: the batch never reported a stored file
  it read again;
* `actdesk search` in the terminal listed a repealed act (by an act of the
  fund or by its print's note) with nothing to say so, where the page marks
  it «утратил силу» (and «изменялся» for an amended one);
* `--rubric finance` (no such code) or a label typed for a code filtered
  silently to «Найдено: 0»: now a usage error with the nearest codes, and a
  code in any case or a rubric's label is taken;
* a title ending in an initial lost its dot (``… Аксёнова Д.А : приказ``);
  an empty list printed to the terminal said «файл не записан» though no
  file was asked for, and an empty bulletin did not say which period it
  covered (since the previous bulletin: often today only);
* the search page past the last page said «Найдено: 12» and «Ничего не
  найдено.» together (qa74 fixed the terminal only): it now says the page is
  empty, how many there are, and links the first.
"""
from __future__ import annotations

import pytest

from search.biblio import genitive, sentence_case


@pytest.mark.parametrize("caps,sentence", [
    # an adjective of a name before «Республика»: the republic's official name
    ("ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ РЕСПУБЛИКИ", "Правительство Тестовской Республики"),
    ("О ПРАЗДНОВАНИИ ДНЯ ГОРОДА В УДМУРТСКОЙ РЕСПУБЛИКЕ", "О праздновании дня города в Удмуртской Республике"),
    ("КАБИНЕТ МИНИСТРОВ ЧУВАШСКОЙ РЕСПУБЛИКИ", "Кабинет министров Чувашской Республики"),
    # a common adjective before it stays common
    ("ОБ УЧАСТИИ В РЕСПУБЛИКАНСКОМ КОНКУРСЕ", "Об участии в республиканском конкурсе"),
    ("О ГОСУДАРСТВЕННОЙ ГРАНИЦЕ РЕСПУБЛИКИ ТАТАРСТАН", "О государственной границе Республики Татарстан"),
    # compound names: every part takes the case of the last
    ("ПАРЛАМЕНТ КАБАРДИНО-БАЛКАРСКОЙ РЕСПУБЛИКИ", "Парламент Кабардино-Балкарской Республики"),
    ("ДУМА ХАНТЫ-МАНСИЙСКОГО АВТОНОМНОГО ОКРУГА - ЮГРЫ", "Дума Ханты-Мансийского автономного округа - Югры"),
    ("АДМИНИСТРАЦИЯ ЯМАЛО-НЕНЕЦКОГО АВТОНОМНОГО ОКРУГА", "Администрация Ямало-Ненецкого автономного округа"),
    ("О РАЗВИТИИ САНКТ-ПЕТЕРБУРГА", "О развитии Санкт-Петербурга"),
    ("О СОЦИАЛЬНО-ЭКОНОМИЧЕСКОМ РАЗВИТИИ", "О социально-экономическом развитии"),
    ("О ПРОФИЛАКТИКЕ ВИЧ-ИНФЕКЦИИ", "О профилактике ВИЧ-инфекции"),
    # ЗАТО is an abbreviation, not the conjunction «зато»
    ("СОВЕТ ДЕПУТАТОВ ЗАТО г. ЗАРЕЧНЫЙ", "Совет депутатов ЗАТО г. Заречный"),
    ("О внесении изменений в решение Совета депутатов ЗАТО г. Заречный",
     "О внесении изменений в решение Совета депутатов ЗАТО г. Заречный"),
])
def test_names_of_federal_subjects_and_zato_keep_their_capitals(caps, sentence):
    assert sentence_case(caps) == sentence


def test_the_conjunction_zato_in_a_sentence_is_still_lower_case():
    assert sentence_case("ВСЕ ОТДЫХАЮТ, ЗАТО МЫ РАБОТАЕМ") == "Все отдыхают, зато мы работаем"


def test_a_body_in_the_genitive_keeps_the_name_of_its_republic():
    assert genitive("ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ РЕСПУБЛИКИ") == "Правительства Тестовской Республики"


def test_a_bodys_straight_quotes_become_the_titles_quotes():
    from ingest.records import Record, Source
    from search.biblio import act_designation
    rec = Record(id="x-1", source=Source("z.txt", "0" * 64, "text/plain", None),
                 received_at="2024-05-01T00:00:00+00:00", kind="постановление", number="7",
                 date="2024-04-02", body='Администрация городского округа "город Заречный"',
                 level="municipal", title="О сквере", publication=None, rubrics=(), text="",
                 warnings=())
    assert act_designation(rec) == ("постановление администрации городского округа «город Заречный» "
                                    "от 2 апреля 2024 г. № 7")


# --- progress of the long reads: --retry and ocr --pending --------------------

def _broken_delivery(tmp_path, n: int = 4):
    d = tmp_path / "delivery"
    d.mkdir()
    for i in range(n):   # a docx cut short: failed, kept for --retry
        (d / f"zarechny_{i}.docx").write_bytes(b"PK\x03\x04" + bytes([i]) * 40)
    return d


def test_a_retry_moves_the_progress_bar_once_per_stored_file(tmp_path):
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    fund = Fund(tmp_path / "fund", create=True)
    Batch(fund, jobs=1).run([_broken_delivery(tmp_path)])
    seen: list[str] = []
    results = Batch(fund, jobs=1, progress=seen.append).retry()
    assert sorted(seen) == [f"zarechny_{i}.docx" for i in range(4)]
    assert len(results) == 4


def test_the_terminal_shows_a_bar_while_failed_files_are_read_again(tmp_path, monkeypatch):
    from click.testing import CliRunner
    from cli import main
    import cli.ingest as cli_ingest
    home, d = tmp_path / "fund", _broken_delivery(tmp_path)
    CliRunner().invoke(main, ["--home", str(home), "ingest", "-j", "1", str(d)])
    monkeypatch.setattr(cli_ingest, "_on_terminal", lambda: True)
    res = CliRunner().invoke(main, ["--home", str(home), "ingest", "--retry", "-j", "1"])
    assert "Повторное чтение" in res.stderr, res.stderr


# --- the terminal's result list says an act lost force, as the page does ------

_DECREE = """АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 10.01.2023 № {n}

{title}

{body}

Глава поселения П.П. Петров
"""


def test_the_terminal_list_marks_a_repealed_act(tmp_path):
    from click.testing import CliRunner
    from cli import main
    from tests.fixtures import fund_of_texts
    home = fund_of_texts(tmp_path, {
        "sosnovka_4p.txt": _DECREE.format(
            n="4-п", title="О порядке уборки дворовых территорий поселения",
            body="Утвердить порядок уборки дворовых территорий Сосновского сельского поселения."),
        "sosnovka_9p.txt": _DECREE.format(
            n="9-п", title="О признании утратившим силу постановления администрации поселения",
            body="Признать утратившим силу постановление администрации Сосновского сельского "
                 "поселения от 10.01.2023 № 4-п «О порядке уборки дворовых территорий поселения».")
        .replace("10.01.2023 № 9-п", "15.06.2023 № 9-п"),
    })
    res = CliRunner().invoke(main, ["--home", str(home), "search", "постановление 4-п"],
                             catch_exceptions=False)
    line = next(ln for ln in res.output.splitlines() if "№ 4-п от" in ln and "[" in ln)
    assert "утратил силу" in line, res.output
    other = next(ln for ln in res.output.splitlines() if "№ 9-п от" in ln)
    assert "утратил силу" not in other


# --- a rubric filter the scheme does not know is said, not searched -----------

@pytest.mark.parametrize("command", [["search"], ["biblist"]])
def test_an_unknown_rubric_code_is_a_usage_error_naming_the_nearest(tmp_path, command):
    from click.testing import CliRunner
    from cli import main
    from ingest.fund import Fund
    Fund(tmp_path / "fund", create=True)
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), *command, "--rubric", "budgte"])
    assert res.exit_code == 2, res.output
    assert "«--rubric»" in res.output and "«budgte»" in res.output and "имелась в виду: budget" in res.output


def test_a_rubric_is_found_by_its_code_in_any_case_or_by_its_label(tmp_path):
    from click.testing import CliRunner
    from cli import main
    from tests.fixtures import fund_of_texts
    home = fund_of_texts(tmp_path, {"sosnovka_4p.txt": _DECREE.format(
        n="4-п", title="Об исполнении бюджета Сосновского сельского поселения за 2022 год",
        body="Утвердить отчет об исполнении бюджета поселения за 2022 год по доходам и расходам.")})
    for value in ("budget", "BUDGET", "Бюджет и финансы"):
        res = CliRunner().invoke(main, ["--home", str(home), "search", "--rubric", value])
        assert res.exit_code == 0 and "№ 4-п" in res.output, (value, res.output)


@pytest.mark.parametrize("body,issuer", [
    # a unit printed under its parent: the unit issues, its parent follows in the genitive
    ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА ТЕСТОВСКОЙ ОБЛАСТИ УПРАВЛЕНИЕ ОБРАЗОВАНИЯ",
     "Управления образования администрации Заречного муниципального округа Тестовской области"),
    ("АДМИНИСТРАЦИЯ ГОРОДА ТВЕРИ ДЕПАРТАМЕНТ КУЛЬТУРЫ",
     "Департамента культуры администрации города Твери"),
    ("Администрация Сосновского района Комитет по культуре",
     "Комитета по культуре администрации Сосновского района"),
    # the unit's name names its place already: the parent adds nothing
    ("ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ТЕСТОВСКОЙ ОБЛАСТИ",
     "Департамента образования Тестовской области"),
    # not a unit under a parent
    ("Финансовое управление администрации Сосновского района",
     "Финансового управления администрации Сосновского района"),
    ("Комитет по управлению имуществом города Заречного", "Комитета по управлению имуществом города Заречного"),
    ("Территориальный отдел Управления Роспотребнадзора по Тестовской области",
     "Территориального отдела Управления Роспотребнадзора по Тестовской области"),
])
def test_a_unit_under_its_parent_body_is_the_issuer(body, issuer):
    assert genitive(body) == issuer


# --- small wording of lists -------------------------------------------------------

@pytest.mark.parametrize("title,clean", [
    ("О приёме на работу Петрова П.П.", "О приёме на работу Петрова П.П."),
    ("О плане мероприятий на 2025-2026 гг.", "О плане мероприятий на 2025-2026 гг."),
    ("Об утверждении порядка уборки снега.", "Об утверждении порядка уборки снега"),
    ("О внесении изменений в пункт 3.", "О внесении изменений в пункт 3"),
])
def test_a_title_ending_in_an_initial_keeps_its_dot(title, clean):
    from search.biblio import clean_title
    assert clean_title(title) == clean


def test_an_empty_list_printed_to_the_terminal_speaks_of_no_file(tmp_path):
    from click.testing import CliRunner
    from cli import main
    from ingest.fund import Fund
    Fund(tmp_path / "fund", create=True)
    home = str(tmp_path / "fund")
    res = CliRunner().invoke(main, ["--home", home, "biblist", "сосновка"])
    assert "ничего не найдено" in res.stderr and "файл" not in res.stderr, res.stderr
    res = CliRunner().invoke(main, ["--home", home, "arrivals", "--since", "2024-03-01",
                                    "--until", "2024-03-31"])
    assert "ничего не найдено (поступления с 1 марта 2024 г. по 31 марта 2024 г.)" in res.stderr, res.stderr
    out = tmp_path / "bulletin.txt"
    res = CliRunner().invoke(main, ["--home", home, "arrivals", "--since", "2024-03-01", "-o", str(out)])
    assert "файл не записан" in res.stderr and not out.exists()


def test_the_page_says_a_page_past_the_last_is_empty_not_that_nothing_was_found(tmp_path):
    import html as _html
    from search.web.app import App
    from tests.fixtures import Client, fund_of_texts
    home = fund_of_texts(tmp_path, {"sosnovka_4p.txt": _DECREE.format(
        n="4-п", title="О порядке уборки дворовых территорий поселения",
        body="Утвердить порядок уборки дворовых территорий Сосновского сельского поселения.")})
    page = _html.unescape(Client(App(home, log=lambda m: None)).get("/?text=уборка&page=40").text)
    assert "Найдено: 1" in page
    assert "Страница 40 пуста — всего страниц: 1" in page and "Ничего не найдено" not in page
