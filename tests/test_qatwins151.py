"""qatwins151: what a librarian met trying the commands on the sample fund.

The progress lines the fund and the index print on stderr while a command
runs (the index built for a new fund, rebuilt after an upgrade, a dossier
refreshed) came out in English among the Russian report, though
``cli/messages.py`` words the desk's errors in the CLI's language. Fictional
acts only.
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from cli import main
from cli.messages import say

ACT = ("АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\n\nПОСТАНОВЛЕНИЕ\n\nот 14.05.2024 № 31\n\n"
       "О месячнике благоустройства\n\nАдминистрация Сосновского сельского поселения постановляет:\n"
       "1. Провести месячник благоустройства.\n")


def _language(monkeypatch, lang: str) -> None:
    """The CLI's language for the test: ``ACTDESK_LANG`` set, or Russian by default."""
    if lang:
        monkeypatch.setenv("ACTDESK_LANG", lang)
    else:
        monkeypatch.delenv("ACTDESK_LANG", raising=False)


def _import_into_a_new_fund(tmp_path, monkeypatch, lang: str = ""):
    """The output of importing one act into a new fund, one process (``--jobs 1``: it builds the index)."""
    _language(monkeypatch, lang)
    f = tmp_path / "act.txt"
    f.write_text(ACT, encoding="utf-8")
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), "ingest", "--jobs", "1", str(f)],
                             prog_name="actdesk")
    assert res.exit_code == 0, res.output
    return res.output


def test_the_index_built_for_a_new_fund_is_said_in_russian(monkeypatch, tmp_path):
    out = _import_into_a_new_fund(tmp_path, monkeypatch)
    assert "search index" not in out
    assert "поискового индекса нет: он строится по каталогу…" in out


def test_the_index_built_for_a_new_fund_stays_english_under_actdesk_lang_en(monkeypatch, tmp_path):
    out = _import_into_a_new_fund(tmp_path, monkeypatch, "en")
    assert "search index missing: building it from the catalog…" in out


@pytest.mark.parametrize("english, russian", [
    ("search index /f/index is outdated (schema 7, needs 8); rebuilding it from the catalog…",
     "поисковый индекс /f/index устарел (schema 7, needs 8): он строится заново по каталогу…"),
    ("search index /f/index is corrupt (EmptyIndexError: x); rebuilding it from the catalog…",
     "поисковый индекс /f/index повреждён (EmptyIndexError: x): он строится заново по каталогу…"),
    ("search index /f/index is missing version stamp; rebuilding it from the catalog…",
     "поисковый индекс /f/index без отметки версии: он строится заново по каталогу…"),
    ("search index outdated (schema 7, needs 8): building it from the catalog…",
     "поисковый индекс устарел (schema 7, needs 8): он строится заново по каталогу…"),
    # a corrupt index's reason naming a file keeps it
    ("search index corrupt (OSError: /f/index/_MAIN_1.toc): building it from the catalog…",
     "поисковый индекс повреждён (OSError: /f/index/_MAIN_1.toc): он строится заново по каталогу…"),
    ("search index rebuilt: 17 records", "поисковый индекс построен: записей 17"),
    ("search index /f/index is being written by another process (pid 12); waiting up to 600 s…",
     "поисковый индекс /f/index записывает другой процесс (pid 12); ждём до 600 с…"),
    ("dossier «Кладбища»: 3 new", "досье «Кладбища»: новых материалов 3"),
    ("dossier «Кладбища»: its query failed (bad date); not updated",
     "досье «Кладбища»: запрос не выполнен (bad date); не обновлено"),
])
def test_the_indexs_and_the_dossiers_progress_lines_have_their_russian(english, russian):
    assert say(english) == russian


# --- the card and the counts named a level and a file's state by their codes alone --------------------

def _fund(tmp_path):
    from tests.fixtures import fund_of_texts
    fund_of_texts(tmp_path, {"a31.txt": ACT})
    return tmp_path / "fund"


def test_the_card_names_the_level_in_russian_with_its_code(monkeypatch, tmp_path):
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    home = _fund(tmp_path)
    res = CliRunner().invoke(main, ["--home", str(home), "search", "--format", "json", "месячник"])
    import json
    rid = json.loads(res.output)["hits"][0]["id"]
    res = CliRunner().invoke(main, ["--home", str(home), "show", rid])
    assert res.exit_code == 0, res.output
    assert "  Уровень:    муниципальный (municipal)\n" in res.output
    res = CliRunner().invoke(main, ["--home", str(home), "show", "--format", "json", rid])
    assert json.loads(res.output)["level"] == "municipal"       # the JSON keeps the code alone


def test_the_counts_name_the_level_and_the_files_state_in_russian(monkeypatch, tmp_path):
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    home = _fund(tmp_path)
    res = CliRunner().invoke(main, ["--home", str(home), "stats"])
    assert res.exit_code == 0, res.output
    assert "Файлы: прочитаны (read): 1\n" in res.output
    assert "муниципальный (municipal)  1" in res.output
    res = CliRunner().invoke(main, ["--home", str(home), "stats", "--format", "json"])
    import json
    s = json.loads(res.output)
    assert s["by_level"] == {"municipal": 1} and s["files"] == {"read": 1}


def test_an_invalid_value_of_an_option_with_two_names_quotes_each(monkeypatch, tmp_path):
    """``export -o FOLDER``: click names the option by both its names ('-o' / '--output');
    the Russian had «-o' / '--output»."""
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), "export", "-o", str(tmp_path)],
                             prog_name="actdesk")
    assert res.exit_code == 2
    assert f"Ошибка: Неверное значение «-o» / «--output»: Файл «{tmp_path}» — это папка, нужен файл." in res.output
    assert say("Invalid value for '--limit': 'десять' is not a valid integer range.") == \
        "Неверное значение «--limit»: «десять» — не целое число."


def test_a_search_that_finds_nothing_prints_no_facet_of_zeros(monkeypatch, tmp_path):
    """«Найдено: 0» was followed by «Поступило за дней: 7 (0), 30 (0), 365 (0)»."""
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    home = _fund(tmp_path)
    res = CliRunner().invoke(main, ["--home", str(home), "search", "кракозябра"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("Найдено: 0") and "Поступило за дней" not in res.output
    res = CliRunner().invoke(main, ["--home", str(home), "search", "месячник"])
    assert "Поступило за дней: 7 (1), 30 (1), 365 (1)" in res.output



# --- the help named an option's value by click's English words (``--kind TEXT``) -------------------

_CLICK_METAVARS = ("TEXT", "INTEGER", "FLOAT", "FILE", "DIRECTORY", "PATH")


def _helps(lang_env, monkeypatch):
    from cli.helptext import walk_paths
    _language(monkeypatch, lang_env)
    for path, _cmd in walk_paths(main):
        res = CliRunner().invoke(main, [*path.split(), "--help"], prog_name="actdesk")
        assert res.exit_code == 0, (path, res.output)
        yield path, res.output


def test_the_russian_help_names_an_options_value_in_russian(monkeypatch):
    import re
    seen = ""
    for path, out in _helps("", monkeypatch):
        options = [ln for ln in out.splitlines() if ln.lstrip().startswith("-")]
        english = [ln for ln in options if re.search(r"\s(?:%s)(?:\s|$)" % "|".join(_CLICK_METAVARS), ln)]
        assert not english, (path, english)
        seen += out
    assert "--kind ТЕКСТ" in seen and "--limit ЧИСЛО" in seen and "--home ПАПКА" in seen
    assert "--report ФАЙЛ" in seen


def test_the_english_help_keeps_clicks_words(monkeypatch):
    seen = "".join(out for _, out in _helps("en", monkeypatch))
    assert "--kind TEXT" in seen and "--home DIRECTORY" in seen and "--report FILE" in seen


def test_a_group_run_on_its_own_first_keeps_its_short_help_option_under_actdesk(monkeypatch):
    """click caches a command's help option with the names of the first context it runs in: the
    ``rubrics`` group run on its own (as tests/test_rubrics.py does) had «--help» only, and
    ``actdesk rubrics -h`` then failed «Нет параметра «-h»» for the rest of the process (the suite
    passed or failed by the order of its files)."""
    from cli.rubrics import rubrics
    _language(monkeypatch, "")
    CliRunner().invoke(rubrics, ["--help"])
    res = CliRunner().invoke(main, ["rubrics", "-h"], prog_name="actdesk")
    assert res.exit_code == 0, res.output
    assert res.output.startswith("Использование: actdesk rubrics")
