"""The batch import end to end: real files in, fund and report out."""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from ingest.fund import Fund
from ingest.pipeline import Batch
from cli import main
from tests.conftest import REPO, realdoc

SPEC_FIELDS = {"id", "source", "received_at", "kind", "number", "date", "body", "level", "title",
               "publication", "rubrics", "text", "warnings"}


def ingest(runner, home: Path, *args: str):
    return runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1", *args],
                         catch_exceptions=False)


def export(runner, home: Path) -> list[dict]:
    res = runner.invoke(main, ["--home", str(home), "export", "--format", "jsonl"],
                        catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.output.splitlines() if line.strip()]


def report(path: Path) -> dict[str, dict]:
    return {Path(e["file"]).name: e for e in json.loads(path.read_text(encoding="utf-8"))}


def test_real_batch_becomes_records_and_export_follows_the_spec(runner, tmp_path, batch_dir):
    delivery = batch_dir("35", "40", "15", "42")
    home = tmp_path / "fund"
    res = ingest(runner, home, str(delivery), "--report", str(tmp_path / "r.json"))
    assert res.exit_code == 0, res.output
    rep = report(tmp_path / "r.json")
    assert {e["status"] for e in rep.values()} == {"new"}
    recs = export(runner, home)
    assert len(recs) == 4
    for r in recs:
        assert SPEC_FIELDS <= set(r)
        assert set(r["source"]) == {"file_name", "sha256", "media_type", "pages"}
        assert r["received_at"][:4].isdigit() and "T" in r["received_at"]
        assert r["text"]
    assert [r["id"] for r in recs] == sorted(r["id"] for r in recs)
    by_file = {r["source"]["file_name"]: r for r in recs}
    fstek = by_file[realdoc("35").name]
    assert fstek["source"]["media_type"] == "application/pdf"
    assert fstek["source"]["pages"] == 2
    assert fstek["kind"] == "приказ" and fstek["number"] == "17" and fstek["date"] == "2013-02-11"
    docx = by_file[realdoc("15").name]
    assert docx["number"] == "1164-п" and docx["date"] == "2020-05-12"
    # Originals are kept byte for byte under their content address.
    fund = Fund(home)
    for r in recs:
        stored = fund.original_path(r["source"]["sha256"])
        src = delivery / r["source"]["file_name"]
        assert stored.read_bytes() == src.read_bytes()


def test_same_bytes_again_creates_nothing(runner, tmp_path, batch_dir):
    delivery = batch_dir("40")
    home = tmp_path / "fund"
    assert ingest(runner, home, str(delivery)).exit_code == 0
    first = export(runner, home)
    res = ingest(runner, home, str(delivery), "--report", str(tmp_path / "r.json"))
    assert res.exit_code == 0
    entry = report(tmp_path / "r.json")[realdoc("40").name]
    assert entry["status"] == "duplicate"
    assert entry["records"] == [first[0]["id"]]
    assert export(runner, home) == first


def test_same_act_in_another_file_is_linked_not_counted_twice(runner, tmp_path, batch_dir):
    # 40 is the FSTEC order in UTF-8, 44 the same order in koi8-r: other bytes, same act.
    delivery = batch_dir("40", "44")
    home = tmp_path / "fund"
    res = ingest(runner, home, str(delivery), "--report", str(tmp_path / "r.json"))
    assert res.exit_code == 0, res.output
    rep = report(tmp_path / "r.json")
    assert rep[realdoc("40").name]["status"] == "new"
    linked = rep[realdoc("44").name]
    assert linked["status"] == "linked"
    first_id = rep[realdoc("40").name]["records"][0]
    assert first_id in linked["reason"]
    stats = runner.invoke(main, ["--home", str(home), "stats", "--format", "json"])
    s = json.loads(stats.output)
    assert s["records"] == 2 and s["acts"] == 1 and s["linked"] == 1


def test_unread_formats_are_kept_pending_with_a_reason(runner, tmp_path, batch_dir):
    delivery = batch_dir("26", "37")  # a legacy .doc, an image-only scan
    home = tmp_path / "fund"
    res = ingest(runner, home, str(delivery), "--report", str(tmp_path / "r.json"), "--no-ocr")
    assert res.exit_code == 0, res.output  # pending is not a failure
    rep = report(tmp_path / "r.json")
    doc, scan = rep[realdoc("26").name], rep[realdoc("37").name]
    assert scan["status"] == "pending" and "needs OCR (--no-ocr)" in scan["reason"]
    if shutil.which("antiword") or shutil.which("catdoc") or shutil.which("soffice"):
        assert doc["status"] == "new"
    else:
        assert doc["status"] == "pending" and "antiword" in doc["reason"]
    fund = Fund(home)
    for e in (doc, scan):
        assert fund.original_path(e["sha256"]).exists()
    assert "pending" in res.output


def test_bad_inputs_are_reported_and_the_batch_goes_on(runner, tmp_path, batch_dir):
    delivery = batch_dir("40", name="мой пакет")
    (delivery / "пустой файл.txt").write_bytes(b"")
    (delivery / "junk.txt").write_bytes(bytes(range(256)) * 40)
    pdf = realdoc("35").read_bytes()
    (delivery / "обрезанный.pdf").write_bytes(pdf[: len(pdf) // 3])
    (delivery / "not-a-docx.docx").write_bytes(realdoc("26").read_bytes())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    (delivery / "zip-not-docx.docx").write_bytes(buf.getvalue())
    home = tmp_path / "fund"
    res = ingest(runner, home, str(delivery), "--report", str(tmp_path / "r.json"))
    assert res.exit_code == 1, res.output
    rep = report(tmp_path / "r.json")
    assert rep[realdoc("40").name]["status"] == "new"
    assert rep["пустой файл.txt"]["status"] == "failed" and "empty" in rep["пустой файл.txt"]["reason"]
    assert rep["junk.txt"]["status"] == "failed"
    assert rep["обрезанный.pdf"]["status"] == "failed"
    # A .doc renamed .docx is recognised by content and read as a .doc.
    assert rep["not-a-docx.docx"]["media_type"] == "application/msword"
    assert rep["not-a-docx.docx"]["status"] in ("new", "pending")
    # A zip holding a text file is an archive: its entry is imported.
    assert rep["zip-not-docx.docx"]["status"] == "new"
    assert "not a DOCX" in rep["zip-not-docx.docx"]["reason"]
    assert rep["hello.txt"]["status"] == "new"
    # Every file named in the human report with its reason.
    for name in ("пустой файл.txt", "junk.txt", "обрезанный.pdf"):
        assert name in res.output
    # Failed originals are kept in quarantine, and --retry reads them again.
    fund = Fund(home)
    for name in ("junk.txt", "обрезанный.pdf"):
        assert fund.quarantine_path(rep[name]["sha256"]).exists()
    res2 = runner.invoke(main, ["--home", str(home), "ingest", "--retry", "--jobs", "1",
                                "--report", str(tmp_path / "r2.json")])
    assert res2.exit_code == 1
    rep2 = report(tmp_path / "r2.json")
    assert rep2["junk.txt"]["status"] == "failed"


def test_zip_archive_entries_one_by_one_and_hostile_archives(runner, tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("папка/приказ.txt", realdoc("40").read_bytes())
        z.writestr("../../evil.txt", "zip slip")
        z.writestr("bomb.txt", b"0" * (30 << 20))
    delivery = tmp_path / "in"
    delivery.mkdir()
    (delivery / "пакет.zip").write_bytes(buf.getvalue())
    home = tmp_path / "fund"
    res = ingest(runner, home, str(delivery), "--report", str(tmp_path / "r.json"))
    entries = {e["file"].split("пакет.zip/")[-1]: e
               for e in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))}
    assert entries["папка/приказ.txt"]["status"] == "new"
    assert "zip-slip" in entries["../../evil.txt"]["reason"]
    assert "zip bomb" in entries["bomb.txt"]["reason"]
    assert res.exit_code == 1
    assert not (tmp_path / "evil.txt").exists() and not (home.parent / "evil.txt").exists()
    rec = export(runner, home)[0]
    assert rec["source"]["file_name"] == "приказ.txt"
    assert rec["number"] == "21"


def test_a_file_that_vanishes_mid_batch(tmp_path, batch_dir):
    delivery = batch_dir("40", "43")
    victim = delivery / realdoc("43").name

    def progress(name: str) -> None:
        if name.endswith(realdoc("40").name):
            victim.unlink()

    fund = Fund(tmp_path / "fund")
    results = Batch(fund, jobs=1, progress=progress).run([delivery])
    by = {Path(r.file).name: r for r in results}
    assert by[realdoc("40").name].status == "new"
    assert by[victim.name].status == "failed" and "vanished" in by[victim.name].reason


def test_read_only_fund_is_a_clear_error(runner, tmp_path, batch_dir, monkeypatch):
    delivery = batch_dir("40")
    home = tmp_path / "fund"
    assert ingest(runner, home, str(delivery)).exit_code == 0
    home.chmod(0o555)
    try:
        if os.access(home, os.W_OK):  # root ignores modes: emulate a read-only mount
            real_access = os.access
            monkeypatch.setattr(os, "access", lambda p, m, *a, **k:
                                False if Path(p) == home and m & os.W_OK else real_access(p, m, *a, **k))
        res = runner.invoke(main, ["--home", str(home), "ingest", str(batch_dir("43", name="d2"))])
        assert res.exit_code == 1
        assert "только для чтения" in res.output and str(home) in res.output
        # Reading still works on a read-only fund.
        assert len(export(runner, home)) == 1
    finally:
        home.chmod(0o755)


def test_parallel_jobs_give_the_same_records(runner, tmp_path, batch_dir):
    delivery = batch_dir("35", "40", "43", "39", "15")
    one, two = tmp_path / "f1", tmp_path / "f2"
    assert ingest(runner, one, str(delivery)).exit_code == 0
    res = runner.invoke(main, ["--home", str(two), "ingest", "--jobs", "2", str(delivery)])
    assert res.exit_code == 0, res.output
    strip = lambda rs: [{k: v for k, v in r.items() if k not in ("received_at", "batch")} for r in rs]
    assert strip(export(runner, one)) == strip(export(runner, two))


def _stable_fund_view(home: Path) -> tuple:
    fund = Fund(home)
    recs = [{k: v for k, v in r.to_dict().items() if k not in ("received_at", "batch")}
            for r in fund.iter_records()]
    files = sorted((f.sha256, f.status, f.file_name) for f in fund.files())
    originals = sorted(p.name for p in (home / "originals").rglob("*") if p.is_file())
    quarantine = sorted(p.name for p in (home / "quarantine").glob("*")) \
        if (home / "quarantine").exists() else []
    return recs, files, originals, quarantine


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_kill_9_mid_batch_then_rerun_equals_one_clean_run(tmp_path, batch_dir):
    delivery = batch_dir("35", "40", "43", "44", "45", "39", "41", "42", "15", "16", "09", "21")
    # Many distinct files so the kill lands mid-batch.
    base = realdoc("40").read_text(encoding="utf-8-sig")
    for i in range(60):
        (delivery / f"copy-{i:03d}.txt").write_text(base.replace("№ 21", f"№ {100 + i}"),
                                                    encoding="utf-8")
    cmd = [sys.executable, "-m", "cli", "--home", str(tmp_path / "killed"), "ingest",
           "--jobs", "1", str(delivery)]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    errors = tmp_path / "stderr.txt"
    with open(errors, "wb") as err:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=err)
    catalog = tmp_path / "killed" / "catalog.sqlite"
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until it has committed something, then kill
        assert proc.poll() is None, "the import ended before the kill: " + errors.read_text()
        if catalog.exists():
            try:
                n = Fund(tmp_path / "killed").count_records()
            except sqlite3.OperationalError:  # the poller met the writer's lock: look again
                time.sleep(0.05)
                continue
            if n >= 5:
                break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_view = _stable_fund_view(tmp_path / "killed")
    assert 5 <= len(killed_view[0]) < 72, "the kill should land mid-batch"
    subprocess.run(cmd, cwd=REPO, env=env, check=False, stdout=subprocess.DEVNULL)
    clean = [sys.executable, "-m", "cli", "--home", str(tmp_path / "clean"), "ingest",
             "--jobs", "1", str(delivery)]
    subprocess.run(clean, cwd=REPO, env=env, check=False, stdout=subprocess.DEVNULL)
    assert _stable_fund_view(tmp_path / "killed") == _stable_fund_view(tmp_path / "clean")
    # The index journal was replayed: nothing is left waiting.
    assert Fund(tmp_path / "killed").index_queue() == []


def test_no_ocr_reaches_the_worker_processes_as_a_parameter(tmp_path, batch_dir):
    """``--no-ocr`` is a value handed to the batch (``Limits``), not an
    environment variable the workers happen to inherit."""
    from ingest.formats import Limits
    delivery = batch_dir("38", "40")
    fund = Fund(tmp_path / "fund")
    results = {Path(r.file).name: r for r in Batch(fund, jobs=2, limits=Limits(ocr=False)).run([delivery])}
    scan = results[realdoc("38").name]
    assert scan.status == "pending" and scan.reason == "image: needs OCR (--no-ocr)"
    assert results[realdoc("40").name].status == "new"


def test_a_pending_file_read_later_is_a_new_arrival_then(tmp_path, monkeypatch):
    """The day a kept file becomes readable is the day its act arrives."""
    import ingest.formats as formats
    from ingest.records import Parsed
    delivery = tmp_path / "in"
    delivery.mkdir()
    scan = delivery / "скан.djvu"
    scan.write_bytes(b"AT&TFORM\x00\x00\x10\x00DJVUINFO" + bytes(200))
    fund = Fund(tmp_path / "fund")
    first = Batch(fund, jobs=1).run([delivery])
    assert first[0].status == "pending" and "DjVu" in first[0].reason
    delivered = fund.get_file(first[0].sha256).received_at

    act = ("АДМИНИСТРАЦИЯ КУРСАВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\n\nПОСТАНОВЛЕНИЕ\n\n"
           "12.03.2024 № 145-п\n\nОб организации ярмарки выходного дня\n\nВ целях ...")
    monkeypatch.setitem(formats.READERS, "image/vnd.djvu",
                        lambda path, limits: Parsed("image/vnd.djvu", (act,), 1))
    time.sleep(1.1)  # received_at has a resolution of one second
    again = Batch(fund, jobs=1).retry()
    assert again[0].status == "new"
    rec = fund.get_record(again[0].records[0])
    assert rec.number == "145-п"
    assert rec.received_at > delivered
    assert fund.get_file(first[0].sha256).received_at == delivered  # the delivery is not rewritten


def test_the_url_of_a_delivered_page_is_kept_as_provenance(tmp_path):
    delivery = tmp_path / "in"
    delivery.mkdir()
    (delivery / "page.html").write_text(
        '<html><head><link rel="canonical" href="https://adm-kursavka.ru/docs/145-p">'
        "</head><body><p>АДМИНИСТРАЦИЯ КУРСАВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА</p><p>ПОСТАНОВЛЕНИЕ</p>"
        "<p>12.03.2024 № 145-п</p><p>Об организации ярмарки</p><p>В целях ...</p></body></html>",
        encoding="utf-8")
    fund = Fund(tmp_path / "fund")
    res = Batch(fund, jobs=1).run([delivery])
    assert res[0].status == "new"
    assert fund.get_file(res[0].sha256).provenance["url"] == "https://adm-kursavka.ru/docs/145-p"
