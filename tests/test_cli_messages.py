"""The CLI's errors in the CLI's language (cli/messages.py).

A librarian at a Russian desk met English exactly when something went wrong:
click's «Error: No such option '--retri'», and the desk's own «no record with
id 'x'». These run the real command line on what people mistype and on a
real fund, and read the raising code of the ``cli``, ``ingest`` and
``search`` packages to name any message left without its Russian.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from cli.messages import known, say
from tests.source_literals import constants, sample

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ru(monkeypatch):
    monkeypatch.delenv("ACTDESK_LANG", raising=False)


@pytest.mark.parametrize("args, says", [
    (["ingest", "--retri"], "Нет параметра «--retri». Может быть, одно из: «--report», «--reread», «--retry»?"),
    (["serch", "ярмарки"], "Нет команды «serch». Может быть, одно из: «search», «serve», «user»?"),
    (["search", "--limit", "десять", "ярмарки"], "Неверное значение «--limit»: «десять» — не целое число."),
    (["search", "--format", "xml", "ярмарки"], "Неверное значение «--format»: «xml» — допустимо: «table», «json»."),
    (["arrivals", "--since", "32.13.2024"], "Неверное значение «--since»: «32.13.2024» — не дата"),
    (["search", "--from", "32.13.2024", "кладбища"], "Неверное значение «--from»: «32.13.2024» — не дата"),
    (["marc", "-o", "new.iso", "--since", "вчера"], "Неверное значение «--since»: «вчера» — не дата"),
    (["marc"], "Не указан параметр «-o» / «--output»."),
    (["marc", "-o", "new.iso", "--base-url", "ftp://lib"], "Неверное значение «--base-url»: «ftp://lib» — не адрес http(s)"),
    (["show"], "Не указан аргумент «RECORD_ID»."),
    (["show", "a1", "b2", "c3"], "Лишние аргументы: b2 c3."),
    (["search", "--limit"], "После параметра «--limit» нужно значение."),
    (["ingest"], "укажите файлы или папки для импорта, либо --retry, либо --reread"),
])
def test_a_usage_error_is_russian_whole(ru, tmp_path, args, says):
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), *args], prog_name="actdesk")
    assert res.exit_code == 2, res.output
    assert "Ошибка: " + says in res.output
    assert "Error" not in res.output and "Usage" not in res.output and "Try '" not in res.output
    if "--limit" not in args or len(args) > 2:      # click prints no usage for a bare option
        assert res.output.startswith("Использование: actdesk")
        assert "Справка: actdesk " in res.output


def test_english_is_clicks_own_under_actdesk_lang_en(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTDESK_LANG", "en")
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), "ingest", "--retri"], prog_name="actdesk")
    assert res.exit_code == 2
    assert res.output.startswith("Usage: actdesk ingest")
    assert "Try 'actdesk ingest --help' for help." in res.output
    assert "Error: No such option '--retri'." in res.output and "Ошибка" not in res.output


def test_the_desks_own_refusals_are_russian_with_the_same_status(ru, tmp_path):
    from tests.fixtures import fund_of_texts
    home = tmp_path / "fund"
    home.mkdir()
    fund_of_texts(home, {"p1.txt": "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\n"
                                   "от 12.03.2024 № 145-п\n\nО ярмарках выходного дня\n\n"
                                   "Администрация Заречного района постановляет:\n1. Провести ярмарки.\n"})
    res = CliRunner().invoke(main, ["--home", str(home), "show", "нет-такой"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert "Ошибка: записи с номером «нет-такой» нет" in res.output
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "nowhere"), "search", "ярмарки"])
    assert res.exit_code == 1
    assert f"Ошибка: фонда в {tmp_path / 'nowhere'} нет: сначала импортируйте файлы" in res.output


def test_messages_already_russian_or_unknown_pass_as_raised():
    assert say("После оператора «ИЛИ» нет слова.") == "После оператора «ИЛИ» нет слова."
    assert say("something nobody wrote a pattern for") == "something nobody wrote a pattern for"
    assert say("no record with id 'x1'", "en") == "no record with id 'x1'"
    assert say("no record with id 'x1'") == "записи с номером «x1» нет"


# --- every message the code raises has its Russian ------------------------------------

_RAISED = {"ClickException", "UsageError", "BadParameter", "FundError", "ListError", "SearchIndexError",
           "IndexBusy", "OutputError", "TagError"}


def _raised_messages():
    """Each ``raise X(…)`` (and ``return X(…)`` of a helper that builds the
    error, as ``search.render`` does) of the three packages."""
    for package in ("cli", "ingest", "search"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            consts = constants(tree)
            for node in ast.walk(tree):
                call = node.exc if isinstance(node, ast.Raise) else \
                    node.value if isinstance(node, ast.Return) else None
                if not isinstance(call, ast.Call) or not call.args:
                    continue
                f = call.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in _RAISED:
                    # a message passed on (str(ex)) makes no text: its own raise is read where it is
                    for text in sample(call.args[0], consts):
                        yield f"{path.relative_to(ROOT)}:{node.lineno}", text


def test_every_message_the_code_raises_has_its_russian():
    found = list(_raised_messages())
    assert len(found) > 60           # the scan reads the raising code, not nothing
    missing = [f"{where}: {text}" for where, text in found if not known(text)]
    assert not missing, "no Russian in cli/messages.py for:\n" + "\n".join(missing)


def test_every_command_has_a_whole_short_line_in_russian(ru):
    """``actdesk -h`` and each group's list: click cut the Russian first
    sentences to the width («… и убрать в...»); each command has its line."""
    from cli.helptext import SHORT_RU, walk_paths
    assert {path for path, _ in walk_paths(main) if path} <= set(SHORT_RU)
    for group in ([], ["rubrics"], ["user"], ["dossier"]):
        res = CliRunner().invoke(main, [*group, "-h"], prog_name="actdesk")
        assert res.exit_code == 0
        listing = res.output.split("Команды:")[1]
        assert "..." not in listing and listing.count("\n") >= 5
        assert res.output.startswith("Использование: actdesk ")
        assert "[ПАРАМЕТРЫ]" in res.output.splitlines()[0] and "[OPTIONS]" not in res.output
