"""``actdesk watch``: a delivery folder imported without a command typed
(ingest/inbox.py, cli/watch.py). The acts are ours: a fictional Заречный
район's decrees as a clerk would save them."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from filelock import FileLock

from cli import main
from ingest import inbox

FAIR = """АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА
ТЕСТОВСКОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от 14.05.2025 № 311-п

О проведении ярмарки «Заречная осень»

В соответствии с Федеральным законом от 28.12.2009 № 381-ФЗ администрация постановляет:
1. Провести ярмарку «Заречная осень» 20 сентября 2025 года на площади Победы.
2. Постановление вступает в силу со дня подписания.

Глава района                                   П.С. Луговой
"""

SNOW = """АДМИНИСТРАЦИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА

РАСПОРЯЖЕНИЕ

от 02.12.2025 № 88-р

Об уборке снега на улицах села Заречного

1. Организовать уборку снега силами МКУ «Благоустройство».
2. Контроль оставляю за собой.

Глава района                                   П.С. Луговой
"""

COUNCIL = """СОВЕТ ДЕПУТАТОВ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА

РЕШЕНИЕ

от 25.11.2025 № 14/2

О бюджете Заречного муниципального района на 2026 год

1. Утвердить бюджет района на 2026 год.
2. Решение вступает в силу с 1 января 2026 года.

Председатель Совета депутатов                  Н.В. Полевая
"""


@pytest.fixture
def desk(tmp_path: Path):
    inbox_dir = tmp_path / "Входящие"
    inbox_dir.mkdir()
    (inbox_dir / "311-п ярмарка.txt").write_text(FAIR, encoding="utf-8")
    pack = inbox_dir / "от Совета"
    pack.mkdir()
    (pack / "решение 14-2.txt").write_text(COUNCIL, encoding="cp1251")
    (inbox_dir / "скан.pdf").write_bytes(b"%PDF-1.4 broken off in the middle")
    # what a clerk's computer leaves beside deliveries: never taken
    (inbox_dir / "~$311-п ярмарка.docx").write_bytes(b"owner")
    (inbox_dir / "88-р.txt.part").write_text(SNOW[:40], encoding="utf-8")
    (inbox_dir / "Thumbs.db").write_bytes(b"\0")
    return tmp_path, inbox_dir


def _watch(runner, home: Path, *args):
    return runner.invoke(main, ["--home", str(home), "watch", *args], catch_exceptions=False)


def _records(runner, home: Path) -> dict[str, dict]:
    res = runner.invoke(main, ["--home", str(home), "export", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.output.splitlines() if line.strip()]
    return {r["number"]: r for r in recs}


def test_once_imports_what_is_whole_and_files_it_away(runner, desk):
    root, box = desk
    home = root / "fund"
    res = _watch(runner, home, "--once", "--settle", "0", "--no-ocr", "-j", "1", str(box))
    assert res.exit_code == 1, res.output        # the broken scan failed: said by the status
    recs = _records(runner, home)
    assert set(recs) == {"311-п", "14/2"}
    assert recs["14/2"]["kind"] == "решение"
    day = next((box / inbox.DONE).iterdir()).name
    done, failed = box / inbox.DONE / day, box / inbox.FAILED / day
    assert (done / "311-п ярмарка.txt").read_text(encoding="utf-8") == FAIR     # moved, unaltered
    assert (done / "от Совета" / "решение 14-2.txt").is_file()
    assert (failed / "скан.pdf").is_file()
    # the failed file is kept by the fund too, for `ingest --retry`
    assert "скан.pdf" in res.output and "_ошибки" in res.output
    left = sorted(p.name for p in box.iterdir() if p.name != inbox.LOCK_NAME)  # Windows deletes it
    assert left == sorted([inbox.DONE, inbox.FAILED, "~$311-п ярмарка.docx", "88-р.txt.part", "Thumbs.db"])
    report = json.loads(next(done.glob("отчёт-*.json")).read_text(encoding="utf-8"))
    assert report["batch"] and report["batch"] in res.output
    assert {f["entry"]: f["failed"] for f in report["filed"]} == {
        "311-п ярмарка.txt": False, "от Совета": False, "скан.pdf": True}
    assert any(f["status"] == "failed" and f["file"].endswith("скан.pdf") for f in report["files"])


def test_a_file_still_being_copied_waits_for_the_next_look(runner, desk, monkeypatch):
    root, box = desk
    home = root / "fund"
    growing = box / "88-р уборка снега.txt"
    growing.write_text(SNOW[:60], encoding="utf-8")
    real_sleep = __import__("time").sleep

    def copying(seconds):   # the copy goes on during the settle wait
        with open(growing, "a", encoding="utf-8") as f:
            f.write(SNOW[60:])
        real_sleep(seconds)
    monkeypatch.setattr("cli.watch.time.sleep", copying)
    _watch(runner, home, "--once", "--settle", "0.2", "--no-ocr", "-j", "1", str(box))
    assert growing.is_file()                        # not taken half written
    assert "88-р" not in _records(runner, home) and "311-п" in _records(runner, home)
    monkeypatch.undo()
    _watch(runner, home, "--once", "--settle", "0", "--no-ocr", "-j", "1", str(box))
    assert not growing.exists()
    assert _records(runner, home)["88-р"]["title"] == "Об уборке снега на улицах села Заречного"


def test_a_redelivery_is_a_duplicate_and_nothing_is_overwritten(runner, desk):
    root, box = desk
    home = root / "fund"
    _watch(runner, home, "--once", "--settle", "0", "--no-ocr", "-j", "1", str(box))
    (box / "311-п ярмарка.txt").write_text(FAIR, encoding="utf-8")
    res = _watch(runner, home, "--once", "--settle", "0", "--no-ocr", "-j", "1", str(box))
    assert res.exit_code == 0, res.output
    done = next((box / inbox.DONE).iterdir())
    assert sorted(p.name for p in done.glob("311-п*")) == ["311-п ярмарка (2).txt", "311-п ярмарка.txt"]
    assert len([r for r in _records(runner, home).values() if r["number"] == "311-п"]) == 1


def test_a_delivery_that_cannot_be_moved_stays_and_is_filed_next_time(runner, desk, monkeypatch):
    root, box = desk
    home = root / "fund"
    real_move = shutil.move

    def held_open(src, dst):
        if Path(src).name == "311-п ярмарка.txt":
            raise PermissionError(13, "The process cannot access the file")
        return real_move(src, dst)
    monkeypatch.setattr("ingest.inbox.shutil.move", held_open)
    res = _watch(runner, home, "--once", "--settle", "0", "--no-ocr", "-j", "1", str(box))
    assert "не удалось переместить" in res.output
    assert (box / "311-п ярмарка.txt").is_file() and "311-п" in _records(runner, home)
    monkeypatch.undo()
    res = _watch(runner, home, "--once", "--settle", "0", "--no-ocr", "-j", "1", str(box))
    assert not (box / "311-п ярмарка.txt").exists()
    assert "duplicate" in res.output or "повтор" in res.output


def test_the_fund_inside_the_folder_is_refused(runner, desk):
    root, box = desk
    res = runner.invoke(main, ["--home", str(box / "fund"), "watch", "--once", "--settle", "0", str(box)])
    assert res.exit_code == 2 and "не должны лежать одна в другой" in res.output
    assert (box / "311-п ярмарка.txt").is_file() and not (box / inbox.DONE).exists()


def test_a_second_watcher_on_the_folder_is_refused(runner, desk):
    root, box = desk
    with FileLock(str(box / inbox.LOCK_NAME)):
        res = runner.invoke(main, ["--home", str(root / "fund"), "watch", "--once", "--settle", "0",
                                   str(box)])
    assert res.exit_code == 3 and "уже импортирует другой" in res.output   # not 1: no file failed
    assert (box / "311-п ярмарка.txt").is_file()


def test_the_loop_imports_then_stops_on_ctrl_c(runner, desk, monkeypatch):
    root, box = desk
    home = root / "fund"

    def interrupted(seconds):
        raise KeyboardInterrupt
    monkeypatch.setattr("cli.watch.time.sleep", interrupted)
    res = _watch(runner, home, "--settle", "0", "--no-ocr", "-j", "1", str(box))
    assert res.exit_code == 0 and "Остановлено." in res.output
    assert {"311-п", "14/2"} <= set(_records(runner, home))


def test_settling_needs_the_same_content_for_the_whole_wait(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("1", encoding="utf-8")
    empty = tmp_path / "пустая папка"
    empty.mkdir()
    s = inbox.Settling(10)
    assert s.observe(inbox.look(tmp_path), 0.0) == []
    assert s.observe(inbox.look(tmp_path), 5.0) == []          # not yet 10 s
    a.write_text("12", encoding="utf-8")                         # changed: the wait starts again
    assert s.observe(inbox.look(tmp_path), 11.0) == []
    assert s.observe(inbox.look(tmp_path), 21.0) == [a]          # an empty folder never is
    assert [inbox.is_taken(n) for n in ("акт.docx", "~$акт.docx", ".~lock.акт.odt#", "a.pdf.crdownload",
                                        "a.tmp", ".hidden", "_принято", "_ошибки")] == \
        [True, False, False, False, False, False, False, False]


def test_the_desk_server_watches_the_folder_through_its_upload_queue(runner, desk):
    """``serve --watch``: the folder's deliveries become jobs of the server's
    own queue (never beside a librarian's upload) and are filed as `watch` files them."""
    import time

    from search.web.app import App
    from search.web.watch import FolderWatch
    root, box = desk
    home = root / "fund"
    seed = root / "seed"
    seed.mkdir()
    (seed / "88-р.txt").write_text(SNOW, encoding="utf-8")
    assert runner.invoke(main, ["--home", str(home), "ingest", "--no-ocr", "-j", "1", str(seed)]).exit_code == 0
    log: list[str] = []
    app = App(home, log=log.append)
    watcher = FolderWatch(app.uploads, box, log.append, interval=0.2, settle=0)
    watcher.start()
    try:
        deadline = time.monotonic() + 120
        while (box / "311-п ярмарка.txt").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert watcher.jobs and app.uploads.wait(watcher.jobs[0], timeout=60)
    finally:
        watcher.stop(timeout=10)
    job = app.uploads.get(watcher.jobs[0])
    assert job.state == "done" and job.batch_id and box.is_dir()     # the folder is ours to keep
    assert {"311-п", "14/2", "88-р"} <= set(_records(runner, home))
    day = next((box / inbox.DONE).iterdir())
    assert (day / "311-п ярмарка.txt").is_file() and (box / inbox.FAILED / day.name / "скан.pdf").is_file()
    assert (box / "~$311-п ярмарка.docx").is_file()                    # never taken
    assert json.loads(next(day.glob("отчёт-*.json")).read_text(encoding="utf-8"))["batch"] == job.batch_id


def test_serve_refuses_a_watched_folder_holding_the_fund(runner, desk, monkeypatch):
    def never(*a, **k):
        raise AssertionError("the server was started")
    monkeypatch.setattr("search.web.server.make_server", never)
    root, box = desk
    home = box / "fund"
    assert runner.invoke(main, ["--home", str(home), "ingest", "--no-ocr", "-j", "1",
                                str(box / "311-п ярмарка.txt")]).exit_code == 0
    res = runner.invoke(main, ["--home", str(home), "serve", "--port", "8765", "--watch", str(box)])
    assert res.exit_code == 2 and "не должны лежать одна в другой" in res.output


def test_the_watcher_speaks_the_cli_s_language(runner, desk, monkeypatch):
    root, box = desk
    monkeypatch.setenv("ACTDESK_LANG", "en")
    res = _watch(runner, root / "fund", "--once", "--settle", "0", "--no-ocr", "-j", "1", str(box))
    assert "arrived: 311-п ярмарка.txt" in res.output and "поступило" not in res.output


def test_the_watcher_s_refusals_speak_the_cli_s_language(runner, desk, monkeypatch):
    root, box = desk
    monkeypatch.setenv("ACTDESK_LANG", "en")
    res = runner.invoke(main, ["--home", str(box / "fund"), "watch", "--once", str(box)])
    assert res.exit_code == 2 and "one inside the other" in res.output
    with FileLock(str(box / inbox.LOCK_NAME)):
        res = runner.invoke(main, ["--home", str(root / "fund"), "watch", "--once", str(box)])
    assert res.exit_code == 3 and "already importing" in res.output
