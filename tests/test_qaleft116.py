"""Defects earlier QA passes saw and left (helper qaleft116): the act card
that said the reader's question five times (37 KB), «Найдено: 0» beside a
refused question or filter, the help in English among a Russian CLI, the
watcher's lines in Russian under ``ACTDESK_LANG=en`` and the two shapes of
the JSON report's per-file rows.

The acts are the web QA passes' two decrees of a fictional settlement
(Сосновское сельское поселение Заречного района) and, for the delivery
folder, a fictional Заречный район's decrees as a clerk would save them.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest
from click.testing import CliRunner
from markupsafe import escape

from cli import main
from ingest import inbox
# the web QA passes' two acts, their fund and a client of it
from tests.test_qaweb101 import ACT, client, fund_home  # noqa: F401
from tests.test_watch import COUNCIL, FAIR

# what a reader pastes into the box: the title of the decree as a newspaper
# printed it, with its quotes and a bracket, and a few words of her own
QUESTION = ('постановление администрации Сосновского сельского поселения «Об организации ярмарки '
            'выходного дня на территории поселения» <от 14 мая 2024 г.> — где проводится ярмарка '
            'выходного дня, у дома культуры или на площади, и кто её организует "в этом году"')


def _card_of(client, question: str) -> tuple[str, str]:
    """The card the first hit of ``question`` links to: (its href, the page)."""
    found = client.get("/?text=" + quote(question))
    assert found.status == 200, found.text[:500]
    href = html.unescape(re.search(r'<h2><a href="(/act/[^"]+)"', found.text).group(1))
    page = client.get(href)
    assert page.status == 200
    return href, page.text


def _header_nexts(page: str) -> dict[str, str]:
    header = re.search(r"<header.*?</header>", page, re.S).group(0)
    out = {}
    for href in re.findall(r'href="(/(?:login|lang)\?[^"]*)"', header):
        parts = urlsplit(html.unescape(href))
        out[parts.path] = parse_qs(parts.query)["next"][0]
    return out


# --- 1. the act card says each thing once ----------------------------------------------

def test_the_card_header_links_back_to_the_card_not_to_the_question(client):
    href, page = _card_of(client, QUESTION)
    card = urlsplit(href).path
    assert _header_nexts(page) == {"/login": card, "/lang": card}
    assert "%25D0" not in page and "%25D1" not in page     # the question encoded twice over
    # the question once as the box's text, once in «back» and once in «add to the list»
    assert page.count(quote_plus(QUESTION)) == 2
    assert page.count(str(escape(QUESTION))) == 1


def test_the_card_of_a_long_question_is_not_swollen_by_it(client):
    _, plain = _card_of(client, "ярмарки")
    _, page = _card_of(client, QUESTION)
    grown = len(page.encode()) - len(plain.encode())
    said = len(str(escape(QUESTION)).encode()) + 2 * len(quote_plus(QUESTION))
    assert grown < said + 600, (grown, said)               # was said + 2 × 9 KB-ish


def test_the_card_stays_faithful_escaped_and_its_links_work(client):
    href, page = _card_of(client, QUESTION)
    assert "<от 14 мая" not in page and "&lt;от 14 мая 2024 г.&gt;" in page   # escaped in the box
    back = html.unescape(re.search(r'<p class="noprint back"><a href="([^"]+)"', page).group(1))
    assert parse_qs(urlsplit(back).query)["text"] == [QUESTION]
    assert "<mark" in page                                  # the question's words marked
    # «add to the list» comes back to the card with the marks, not with «saved»
    form = re.search(r'<form method="post" action="/basket" class="inline noprint">.*?</form>', page,
                     re.S).group(0)
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))
    nxt = html.unescape(fields["next"])
    assert nxt == href
    r = client.post("/basket", {"action": "add", "id": fields["id"], "csrf": fields["csrf"],
                                "next": nxt})
    assert r.status == 303 and parse_qs(urlsplit(r.headers["location"]).query)["text"] == [QUESTION]
    back_to = client.get(r.headers["location"])
    assert "<mark" in back_to.text and 'id="saved"' not in back_to.text
    client.post("/basket", {"action": "clear", "csrf": client.csrf(), "next": "/"})


def test_a_saved_card_does_not_say_saved_again_after_the_language_switch(client):
    href, _ = _card_of(client, "ярмарки")
    page = client.get(urlsplit(href).path + "?saved=1").text
    assert 'id="saved"' in page
    assert _header_nexts(page)["/lang"] == urlsplit(href).path


def test_the_404_of_a_card_with_a_long_question_is_small(client):
    r = client.get("/act/nyet-1?text=" + quote(QUESTION * 4))
    assert r.status == 404
    assert _header_nexts(r.text) == {"/login": "/act/nyet-1", "/lang": "/act/nyet-1"}
    assert len(r.body) < 8_000, len(r.body)


# --- 2. no «Найдено: 0» where nothing was searched --------------------------------------

def test_a_bad_filter_date_does_not_claim_a_search_ran(client):
    r = client.get("/?text=" + quote("ярмарки") + "&date_from=31.02.2024")
    assert r.status == 400 and 'aria-invalid="true"' in r.text
    assert 'id="total"' not in r.text and "Найдено" not in r.text
    assert 'class="sort' not in r.text                     # no sorting of nothing


def test_a_refused_question_does_not_claim_a_search_ran(client):
    r = client.get("/?text=" + quote('ярмарки "выходного'))
    assert r.status == 400 and 'id="query-error"' in r.text
    assert 'id="total"' not in r.text and "Найдено" not in r.text


def test_a_search_that_ran_still_says_its_count(client):
    r = client.get("/?text=" + quote("ярмарки") + "&date_from=2024-01-01")
    assert r.status == 200 and re.search(r'id="total">Найдено: [12] ', r.text)
    r = client.get("/?text=" + quote("космодром"))
    assert r.status == 200 and 'id="total">Найдено: 0' in r.text


# --- 4. the watcher's lines in the CLI's language ---------------------------------------

@pytest.fixture
def waiting_desk(tmp_path: Path):
    box = tmp_path / "Входящие"
    box.mkdir()
    (box / "пустая папка от поселения").mkdir()
    copying = box / "от Совета"
    copying.mkdir()
    (copying / "решение 14-2.txt").write_text(COUNCIL, encoding="utf-8")
    (copying / "приложение.docx.crdownload").write_bytes(b"PK\3\4 half")
    (box / "311-п ярмарка.txt").write_text(FAIR, encoding="utf-8")
    return tmp_path, box


def _watch_once(home: Path, box: Path):
    return CliRunner().invoke(main, ["--home", str(home), "watch", "--once", "--settle", "0",
                                     "--no-ocr", "-j", "1", str(box)], catch_exceptions=False)


def test_the_watchers_lines_are_english_under_actdesk_lang_en(waiting_desk, monkeypatch):
    root, box = waiting_desk
    monkeypatch.setenv("ACTDESK_LANG", "en")
    res = _watch_once(root / "fund", box)
    assert res.exit_code == 0, res.output
    assert "пустая папка от поселения: empty folder: waiting for files" in res.output
    assert "от Совета: a file in the folder is still being copied (приложение.docx.crdownload): waiting" \
        in res.output
    assert "arrived: 311-п ярмарка.txt" in res.output
    for russian in ("ждёт", "пустая папка:", "недокопированный", "поступило"):
        assert russian not in res.output, res.output


def test_the_watchers_lines_stay_russian_by_default(waiting_desk, monkeypatch):
    root, box = waiting_desk
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    res = _watch_once(root / "fund", box)
    assert res.exit_code == 0, res.output
    assert "пустая папка от поселения: пустая папка: ждёт файлов" in res.output
    assert "от Совета: в папке недокопированный файл приложение.docx.crdownload: ждёт" in res.output


def test_a_delivery_that_vanished_before_the_move_is_said_in_english(tmp_path):
    filed = inbox.file_away(tmp_path, inbox.Filed(tmp_path / "88-р уборка снега.txt", False), "2025-12-02")
    assert filed.problem == "исчезло из папки до перемещения (удалено или переименовано)"   # the report's
    assert filed.problem_in("en") == "gone from the folder before the move (deleted or renamed)"
    assert filed.problem_in("ru") == filed.problem


# --- 5. one shape of the JSON report's per-file rows ------------------------------------

def test_the_folders_report_rows_have_the_shape_of_ingest_report(tmp_path):
    runner = CliRunner()
    delivery = tmp_path / "доставка"
    delivery.mkdir()
    (delivery / "311-п ярмарка.txt").write_text(FAIR, encoding="utf-8")
    (delivery / "скан.pdf").write_bytes(b"%PDF-1.4 broken off in the middle")
    out = tmp_path / "report.json"
    r = runner.invoke(main, ["--home", str(tmp_path / "fund1"), "ingest", "--no-ocr", "-j", "1",
                             str(delivery), "--report", str(out)])
    assert r.exit_code == 1, r.output
    ingest_rows = json.loads(out.read_text(encoding="utf-8"))

    box = tmp_path / "Входящие"
    box.mkdir()
    (box / "311-п ярмарка.txt").write_text(FAIR, encoding="utf-8")
    (box / "скан.pdf").write_bytes(b"%PDF-1.4 broken off in the middle")
    res = _watch_once(tmp_path / "fund2", box)
    assert res.exit_code == 1, res.output
    report = json.loads(next((box / inbox.DONE).rglob("отчёт-*.json")).read_text(encoding="utf-8"))
    rows = report["files"]
    keys = {"file", "sha256", "status", "records", "reason", "warnings", "media_type",
            "reason_key", "reason_ru", "batch"}
    assert [set(x) for x in ingest_rows] == [keys] * len(ingest_rows)
    assert [set(x) for x in rows] == [keys] * len(rows)
    assert {x["batch"] for x in rows} == {report["batch"]}          # the top-level key kept
    assert sorted((x["status"], x["reason_key"]) for x in rows) == \
        sorted((x["status"], x["reason_key"]) for x in ingest_rows)


# --- 3. the help in the CLI's language --------------------------------------------------

def _help(*args, env=None):
    res = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.output


def test_the_help_is_russian_by_default(monkeypatch, tmp_path):
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    monkeypatch.chdir(tmp_path)                      # ./fund: no settings, Russian
    top = _help("--help")
    assert top.startswith("Использование: ") and "[ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]..." in top
    assert "Параметры:" in top and "Команды:" in top
    assert "Импорт файлов, папок и zip-архивов в фонд." in top          # its line in the list
    assert "Показать эту справку и выйти." in top and "Show this message" not in top
    watch = _help("--home", str(tmp_path / "fund"), "watch", "-h")
    assert "Секунд между просмотрами папки.  [по умолчанию: 60" in watch
    assert "Код выхода с --once: 0" in watch and "Exit status" not in watch
    assert "Сеанс сотрудника завершается" in _help("serve", "--help")
    assert "Создать сотрудника NAME" in _help("user", "add", "-h")      # a group's command


def test_the_help_follows_actdesk_lang_and_the_funds_setting(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTDESK_LANG", "en")
    top = _help("--help")
    assert top.startswith("Usage: ") and "Import delivered files, folders" in top
    assert "Параметры" not in top and "Импорт поступивших" not in top
    monkeypatch.delenv("ACTDESK_LANG")
    assert _help("--help").startswith("Использование:")                  # the same process, back
    home = tmp_path / "fund"
    home.mkdir()
    (home / "settings.yaml").write_text("language: en\n", encoding="utf-8")
    assert "Seconds between looks at the folder.  [default: 60" in _help("--home", str(home), "watch", "-h")
    assert "Seconds between looks" in _help(f"--home={home}", "watch", "-h")
    monkeypatch.setenv("ACTDESK_HOME", str(home))
    assert "Import delivered files" in _help("ingest", "-h")


def test_every_help_text_has_its_russian():
    """An option added later without its Russian is shown in English: named here."""
    from cli.helptext import _RU, key, walk
    lacking = []
    for cmd in walk(main):
        for obj in [cmd] + [p for p in cmd.params if isinstance(p, __import__("click").Option)]:
            text = getattr(obj, "_help_en", obj.help)
            if text and key(text) not in _RU and obj.name not in ("version", "help"):
                lacking.append(f"{cmd.name} {obj.name}: {key(text)}")
    assert not lacking, "add to cli/helptext.RU:\n" + "\n".join(lacking)


def test_json_output_is_the_same_in_either_language(monkeypatch, tmp_path):
    delivery = tmp_path / "доставка"
    delivery.mkdir()
    (delivery / "311-п ярмарка.txt").write_text(FAIR, encoding="utf-8")
    home = tmp_path / "fund"
    runner = CliRunner()
    assert runner.invoke(main, ["--home", str(home), "ingest", "-j", "1", str(delivery)]).exit_code == 0
    out = {}
    for lang in ("ru", "en"):
        monkeypatch.setenv("ACTDESK_LANG", lang)
        res = runner.invoke(main, ["--home", str(home), "search", "ярмарка", "--format", "json"])
        assert res.exit_code == 0, res.output
        out[lang] = {k: v for k, v in json.loads(res.stdout).items() if k != "took_ms"}
    assert out["ru"] == out["en"] and out["ru"]["total"] == 1


def test_a_usage_error_is_not_half_translated(monkeypatch):
    """The usage line, the hint and the message in one language: Russian by
    default (cli/messages.py), click's English whole under ACTDESK_LANG=en."""
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    res = CliRunner().invoke(main, ["arrivals", "--since", "31.02.2024"])
    assert res.exit_code == 2
    assert res.output.startswith("Использование: ") and "Usage" not in res.output
    assert "Ошибка: Неверное значение «--since»: «31.02.2024» — не дата" in res.output
    monkeypatch.setenv("ACTDESK_LANG", "en")
    res = CliRunner().invoke(main, ["arrivals", "--since", "31.02.2024"])
    assert res.exit_code == 2
    assert res.output.startswith("Usage: ") and "Использование" not in res.output
    assert "Error: Invalid value for '--since'" in res.output


# --- 6. an act found by its number as the reader types it -------------------------------

def _order(n: str, date: str, title: str, kind: str = "РАСПОРЯЖЕНИЕ",
           body: str = "АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ") -> str:
    return (f"{body}\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА\n\n{kind}\n\nот {date} № {n}\n\n{title}\n\n"
            "1. Поручить специалисту администрации организовать исполнение.\n"
            "2. Контроль за исполнением оставляю за собой.\n\nГлава поселения С.С. Сосновский\n")


@pytest.fixture(scope="module")
def numbers_home(tmp_path_factory):
    from tests.fixtures import fund_of_texts
    return fund_of_texts(tmp_path_factory.mktemp("qaleft116n"), {
        "12-р.txt": _order("12-р", "03.06.2024", "О проведении субботника у дома культуры"),
        "12-п.txt": _order("12-п", "15.01.2024", "Об установлении платы за пользование залом",
                           kind="ПОСТАНОВЛЕНИЕ"),
        "12-3.txt": _order("12/3", "21.12.2023", "О бюджете поселения на 2024 год", kind="РЕШЕНИЕ",
                           body="СОБРАНИЕ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ"),
        "15-2.txt": _order("15/2", "25.04.2024", "О поддержке многодетных семей поселения", kind="РЕШЕНИЕ",
                           body="СОБРАНИЕ ДЕПУТАТОВ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ"),
        "7р.txt": _order("7р", "10.02.2024", "О дежурстве в праздничные дни"),
    })


def _numbers(home, *args) -> list[str]:
    res = CliRunner().invoke(main, ["--home", str(home), "search", *args, "--format", "json"])
    assert res.exit_code == 0, res.output
    return [h["number"] for h in json.loads(res.stdout)["hits"]]


@pytest.mark.parametrize("typed, number", [
    ("12р", "12-р"), ("12 р", "12-р"), ("12-Р", "12-р"), ("№12-р", "12-р"),
    ("15-2", "15/2"), ("15/2", "15/2"),
    ("7-р", "7р"), ("7р", "7р"),                  # an act printed without the hyphen
])
def test_the_number_filter_takes_the_number_as_typed(numbers_home, typed, number):
    assert _numbers(numbers_home, "--number", typed) == [number]


@pytest.mark.parametrize("words, number", [
    ("12р", "12-р"), ("распоряжение 12 р от 03.06.2024", "12-р"), ("решение 15-2", "15/2"),
    ("7-р дежурство", "7р"),
])
def test_a_number_in_the_words_finds_its_act_first(numbers_home, words, number):
    assert _numbers(numbers_home, words)[:1] == [number]


def test_a_number_of_two_digit_groups_is_not_a_bare_number(numbers_home):
    assert _numbers(numbers_home, "--number", "12-3") == ["12/3"]
    assert sorted(_numbers(numbers_home, "--number", "12")) == ["12-п", "12-р", "12/3"]   # a bare one: all


# --- 6. a damaged archive read again is still said to be damaged ------------------------

def test_retry_says_a_damaged_zip_is_damaged_not_to_unpack_it(tmp_path):
    delivery = tmp_path / "доставка"
    delivery.mkdir()
    (delivery / "решения Собрания.zip").write_bytes(b"PK\x03\x04" + "обрыв передачи".encode() * 20)
    (delivery / "12-р.txt").write_text(_order("12-р", "03.06.2024", "О проведении субботника"),
                                       encoding="utf-8")
    home, runner = tmp_path / "fund", CliRunner()
    first = tmp_path / "first.json"
    r = runner.invoke(main, ["--home", str(home), "ingest", "-j", "1", str(delivery), "--report", str(first)])
    assert r.exit_code == 1
    again = tmp_path / "again.json"
    r = runner.invoke(main, ["--home", str(home), "ingest", "--retry", "--report", str(again)])
    assert r.exit_code == 1
    assert "сначала распакуйте" not in r.output and "не читается оглавление zip" in r.output
    was = {x["reason_key"] for x in json.loads(first.read_text(encoding="utf-8")) if x["status"] == "failed"}
    now = [x for x in json.loads(again.read_text(encoding="utf-8"))]
    assert was == {"zip_directory"}
    assert [(x["status"], x["reason_key"]) for x in now] == [("failed", "zip_directory")]


@pytest.mark.parametrize("jobs", [1, 2])
def test_retry_opens_an_archive_that_failed_over_a_limit(tmp_path, jobs):
    """An archive refused by a limit (here a tighter one than the desk's) is
    opened by the retry as a delivery is, its acts imported."""
    import zipfile
    from ingest.fund import Fund
    from ingest.formats import Limits
    from ingest.pipeline import ArchiveLimits, Batch
    delivery = tmp_path / "доставка"
    delivery.mkdir()
    with zipfile.ZipFile(delivery / "от поселения.zip", "w") as zf:
        zf.writestr("12-р.txt", _order("12-р", "03.06.2024", "О проведении субботника у дома культуры"))
        zf.writestr("7р.txt", _order("7р", "10.02.2024", "О дежурстве в праздничные дни"))
    fund = Fund(tmp_path / "fund")
    try:
        first = Batch(fund, jobs=1, limits=Limits(ocr=False),
                      archive_limits=ArchiveLimits(max_entries=1)).run([delivery])
        assert [r.status for r in first] == ["failed"]
        sha = first[0].sha256
        assert fund.quarantine_path(sha).exists()
        again = Batch(fund, jobs=jobs, limits=Limits(ocr=False)).retry()
        got = sorted((Path(r.file).name, r.status) for r in again)
        assert got == [("12-р.txt", "new"), ("7р.txt", "new"), ("от поселения.zip", "new")], got
        assert fund.get_file(sha).status == "archive"
        assert fund.original_path(sha).exists() and not fund.quarantine_path(sha).exists()
        assert sorted(r.number for r in fund.iter_records()) == ["12-р", "7р"]
    finally:
        fund.close()
