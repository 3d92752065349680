"""QA of the delivery folder (``actdesk watch``, ``serve --watch``): what a
real folder does that the first tests did not — a delivery left in place
after its import, a name as long as a name may be, a delivery gone between
the look and the move, the folder gone a while. The acts are ours: a
fictional Сосновское сельское поселение's decrees."""
from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from cli import main
from ingest import inbox

ACT = """АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 03.03.2025 № 17-п

О порядке предоставления субсидий субъектам малого предпринимательства

1. Утвердить прилагаемый порядок.
2. Постановление вступает в силу со дня подписания.

Глава поселения                                   А.А. Сосновый
"""


def _box(tmp_path: Path) -> Path:
    box = tmp_path / "Входящие"
    box.mkdir()
    (box / "17-п субсидии.txt").write_text(ACT, encoding="utf-8")
    return box


def test_a_delivery_that_stays_after_its_import_waits_the_interval(runner, tmp_path, monkeypatch):
    """A delivery whose move failed is still ready at the next look: the loop
    must wait its interval, not import it again and again at once (it did:
    hundreds of batches a second, each one a batch of the catalog)."""
    box = _box(tmp_path)

    def held_open(src, dst):
        raise PermissionError(13, "The process cannot access the file")
    monkeypatch.setattr("ingest.inbox.shutil.move", held_open)
    import cli.watch as watch_cli
    real_import = watch_cli._import
    calls = []

    def counted(*a, **k):
        calls.append(1)
        if len(calls) > 3:
            raise KeyboardInterrupt   # the guard of the test: the loop did not wait
        return real_import(*a, **k)
    monkeypatch.setattr(watch_cli, "_import", counted)

    def interrupted(seconds):
        raise KeyboardInterrupt
    monkeypatch.setattr("cli.watch.time.sleep", interrupted)
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "watch", "--settle", "0", "--no-ocr",
                               "-j", "1", str(box)], catch_exceptions=False)
    assert res.exit_code == 0 and "не удалось переместить" in res.output
    assert len(calls) == 1
    assert (box / "17-п субсидии.txt").read_text(encoding="utf-8") == ACT


def test_the_server_s_watcher_waits_the_interval_after_a_delivery_that_stays(tmp_path):
    from search.web.watch import FolderWatch
    box = _box(tmp_path)
    calls = []

    class Stub(FolderWatch):
        def _import(self, ready):      # the job ran, the move failed: the entry stays
            calls.append(list(ready))
            return True
    w = Stub(uploads=None, folder=box, log=lambda s: None, interval=30, settle=0)
    w.start()
    time.sleep(1.0)
    w.stop(timeout=5)
    assert len(calls) == 1


def test_a_name_as_long_as_a_name_may_be_is_filed_a_second_time(tmp_path):
    """A second delivery of a file whose name fills the 255 bytes a name may
    have: `` (2)`` does not fit, the stem is shortened, the move succeeds."""
    box = tmp_path / "Входящие"
    box.mkdir()
    name = "Сосновское" * 12 + "огоы.txt"            # 252 bytes in UTF-8
    assert len(name.encode("utf-8")) == 252
    day = box / inbox.DONE / "2026-12-07"
    day.mkdir(parents=True)
    (day / name).write_text("первая доставка", encoding="utf-8")
    (box / name).write_text(ACT, encoding="utf-8")
    filed = inbox.file_away(box, inbox.Filed(box / name, failed=False), "2026-12-07")
    assert filed.problem is None and filed.moved_to is not None
    assert filed.moved_to.name.endswith(" (2).txt") and len(filed.moved_to.name.encode("utf-8")) <= 255
    assert filed.moved_to.read_text(encoding="utf-8") == ACT
    assert (day / name).read_text(encoding="utf-8") == "первая доставка"
    assert not (box / name).exists()


def test_a_delivery_gone_before_its_move_is_said_so(runner, tmp_path, monkeypatch):
    """Deleted or renamed between the look and the move: the message says it
    is gone (not «left in the folder»), and no empty dated folder is made."""
    box = _box(tmp_path)
    (box / "18-п.txt").write_text(ACT.replace("17-п", "18-п"), encoding="utf-8")
    real_observe = inbox.Settling.observe
    looks = []

    def observe(self, now, t):
        ready = real_observe(self, now, t)
        looks.append(1)
        if len(looks) == 2:            # --once's second look: the clerk deletes one now
            (box / "18-п.txt").unlink()
        return ready
    monkeypatch.setattr(inbox.Settling, "observe", observe)
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "watch", "--once", "--settle", "0",
                               "--no-ocr", "-j", "1", str(box)], catch_exceptions=False)
    assert "18-п.txt: исчезло из папки" in res.output and "не удалось переместить" not in res.output
    assert not (box / inbox.FAILED).exists()
    day = next((box / inbox.DONE).iterdir())
    assert (day / "17-п субсидии.txt").read_text(encoding="utf-8") == ACT


def test_the_loop_outlives_the_folder_gone_a_while(runner, tmp_path, monkeypatch):
    """A share that drops: the loop says so, naming the folder, and looks again."""
    box = _box(tmp_path)
    away = tmp_path / "унесено"
    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 1:
            away.rename(box)           # the share is back
            return
        raise KeyboardInterrupt
    monkeypatch.setattr("cli.watch.time.sleep", sleep)
    real_look = inbox.look
    gone = threading.Event()

    def look(folder):
        if not gone.is_set():
            gone.set()
            shutil.move(str(box), str(away))
        return real_look(folder)
    monkeypatch.setattr(inbox, "look", look)
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "watch", "--settle", "0", "--no-ocr",
                               "-j", "1", str(box)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert f"Папка {box} недоступна" in res.output and "Остановлено." in res.output
    assert (box / inbox.DONE).is_dir() and not (box / "17-п субсидии.txt").exists()


def test_a_file_that_never_opens_is_named_with_the_reason(runner, tmp_path, monkeypatch):
    """A file refused for good (no rights for the desk's account) waited in
    silence for ever, `--once` saying «still being copied»: now the file and
    the system's reason are named, by `--once` and once by the loop."""
    box = _box(tmp_path)
    (box / "закрытый.txt").write_text(ACT.replace("17-п", "19-п"), encoding="utf-8")
    (box / "пустая папка").mkdir()
    real_open = open

    def refusing(path, *a, **k):
        if str(path).endswith("закрытый.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)
    monkeypatch.setattr("builtins.open", refusing)
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "watch", "--once", "--settle", "0",
                               "--no-ocr", "-j", "1", str(box)], catch_exceptions=False)
    assert "закрытый.txt: не открывается (Permission denied)" in res.output
    assert "пустая папка: пустая папка" in res.output
    assert (box / "закрытый.txt").is_file() and not (box / "17-п субсидии.txt").exists()
    s = inbox.Settling(0)
    for t in (0.0, 1.0):
        s.observe(inbox.look(box), t)
    assert {p.name for p in s.refused} == {"закрытый.txt"}


def test_a_folder_with_a_download_still_going_on_inside_waits(runner, tmp_path):
    """A folder whose browser download (``.crdownload``) is still being written
    inside was taken as whole: imported without that file, then moved away
    while the browser finished it in `_принято`. It waits, and says why."""
    box = tmp_path / "Входящие"
    pack = box / "от администрации"
    pack.mkdir(parents=True)
    (pack / "17-п.txt").write_text(ACT, encoding="utf-8")
    (pack / "18-п.docx.crdownload").write_bytes(b"PK\x03\x04 half of it")
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "watch", "--once", "--settle", "0",
                               "--no-ocr", "-j", "1", str(box)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "от администрации: в папке недокопированный файл 18-п.docx.crdownload" in res.output
    assert (pack / "17-п.txt").is_file() and not (box / inbox.DONE).exists()
    (pack / "18-п.docx.crdownload").rename(pack / "18-п.txt")
    (pack / "18-п.txt").write_text(ACT.replace("17-п", "18-п"), encoding="utf-8")
    runner.invoke(main, ["--home", str(tmp_path / "fund"), "watch", "--once", "--settle", "0",
                         "--no-ocr", "-j", "1", str(box)], catch_exceptions=False)
    day = next((box / inbox.DONE).iterdir())
    assert sorted(p.name for p in (day / "от администрации").iterdir()) == ["17-п.txt", "18-п.txt"]


def test_a_symbolic_link_dropped_in_the_folder_is_named_not_taken(runner, tmp_path):
    outside = tmp_path / "чужое"
    outside.mkdir()
    (outside / "секрет.txt").write_text(ACT, encoding="utf-8")
    box = tmp_path / "Входящие"
    box.mkdir()
    (box / "ссылка.txt").symlink_to(outside / "секрет.txt")
    res = runner.invoke(main, ["--home", str(tmp_path / "fund"), "watch", "--once", "--settle", "0",
                               "--no-ocr", "-j", "1", str(box)], catch_exceptions=False)
    assert res.exit_code == 0 and "ссылка.txt: символическая ссылка: не берётся" in res.output
    assert (box / "ссылка.txt").is_symlink() and not (tmp_path / "fund" / "originals").exists()
