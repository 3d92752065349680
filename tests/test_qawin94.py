"""Windows portability (qawin94): what differs there, simulated on Linux.

* worker processes started by ``spawn``, Windows' only start method: the
  import under ``--jobs``, the index written by its workers, and a worker
  killed mid-batch (no fork: nothing inherited, every target pickled);
* standard output in a legacy code page (cp1251 when redirected on Russian
  Windows, cp866, KOI8-R): look-alikes, never a traceback; JSON escaped;
* names that become files: uploads sent to a server on Windows, SDI digests
  named after subscribers on a case-blind file system;
* external programs found where Windows installs them.

Every act here is made up (the fictional Заречный район).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from ingest.formats.limits import Limits
from ingest.fund import Fund
from ingest.pipeline import Batch

ROOT = Path(__file__).resolve().parents[1]

ACT = ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n\nот {d:02d}.03.2025 № {n}-п\n\n"
       "Об установлении платы за 1 м² площади нежилых помещений ({n})\n\n"
       "Установить плату «не более 25 руб.» за 1 м² — в месяц.\n"
       "Глава Заречного района И.В. Соколов\n")


def _delivery(tmp_path: Path, n: int) -> Path:
    d = tmp_path / "delivery"
    d.mkdir()
    for i in range(1, n + 1):
        (d / f"p{i:03d}.txt").write_text(ACT.format(d=i % 28 + 1, n=i), encoding="utf-8")
    return d


# -- spawn ---------------------------------------------------------------------

def test_an_import_under_jobs_works_with_spawned_workers(tmp_path, monkeypatch):
    """Workers started as on Windows read the files and write the index."""
    from search.engine import whoosh_store
    from search.sync import sync_index
    monkeypatch.setattr(whoosh_store, "MIN_SEGMENT", 4)
    handed = []
    real = whoosh_store._update_in_workers
    monkeypatch.setattr(whoosh_store, "_update_in_workers",
                        lambda *a, **kw: handed.append(real(*a, **kw)) or handed[-1])
    delivery = _delivery(tmp_path, 24)
    fund = Fund(tmp_path / "fund", create=True)
    try:
        results = Batch(fund, jobs=2, limits=Limits(ocr=False), commit_every=12,
                        mp_context=multiprocessing.get_context("spawn"),
                        on_commit=lambda: sync_index(fund, procs=2)).run([delivery])
        assert {r.status for r in results} == {"new"} and len(results) == 24
        assert fund.count_records() == 24
    finally:
        fund.close()
    assert True in handed   # the spawned workers wrote segments
    from search.query import Query, search
    assert search(tmp_path / "fund" / "index", Query(text="плата помещений")).total == 24


def _group_or_die(files, limits=Limits()):
    """``parse_group`` in a worker that the system kills on a marked file;
    importable, as a spawned worker needs its target to be."""
    from ingest import pipeline
    if any(b"DIE" in Path(p).read_bytes() for p, _ in files):
        os._exit(9)   # what the OOM killer or a crash in a C library leaves
    return [pipeline.parse_stored(p, limits, m) for p, m in files]


def test_a_killed_spawned_worker_fails_its_file_alone(tmp_path, monkeypatch):
    from ingest import pipeline
    monkeypatch.setattr(pipeline, "parse_group", _group_or_die)   # pickled by its name
    delivery = _delivery(tmp_path, 20)
    (delivery / "p010.txt").write_text("DIE " + ACT.format(d=3, n=10), encoding="utf-8")
    fund = Fund(tmp_path / "fund", create=True)
    try:
        results = Batch(fund, jobs=2, limits=Limits(ocr=False),
                        mp_context=multiprocessing.get_context("spawn")).run([delivery])
        assert fund.count_records() == 19
    finally:
        fund.close()
    got = {Path(r.file).name: r for r in results}
    assert got["p010.txt"].status == "failed" and "reader process died" in got["p010.txt"].reason
    assert {r.status for n, r in got.items() if n != "p010.txt"} == {"new"}


# -- a legacy code page on standard output ---------------------------------------

def _fund_with_acts(tmp_path: Path) -> Path:
    home = tmp_path / "fund"
    res = CliRunner().invoke(main, ["--home", str(home), "ingest", "--jobs", "1",
                                    str(_delivery(tmp_path, 2))])
    assert res.exit_code == 0, res.output
    return home


@pytest.mark.parametrize("encoding", ["cp1251", "cp866", "koi8-r"])
def test_search_redirected_in_a_legacy_code_page_prints_lookalikes(tmp_path, encoding):
    """``actdesk search … > out.txt`` on Russian Windows writes cp1251: «м²»
    stopped it with a UnicodeEncodeError; now ² is 2 (and «» — are " - in cp866)."""
    home = _fund_with_acts(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "cli", "--home", str(home), "search", "плата"],
                         capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    text = out.stdout.decode(encoding)
    assert "Traceback" not in out.stderr.decode(encoding, "replace")
    m2 = "м²" if "²".encode(encoding, "ignore") else "м2"   # KOI8-R has ², cp1251 and cp866 not
    assert f"за 1 {m2} площади" in text and "Найдено: 2" in text


def test_json_on_a_legacy_code_page_is_escaped_and_lossless(tmp_path):
    home = _fund_with_acts(tmp_path)
    utf8 = CliRunner().invoke(main, ["--home", str(home), "export"])
    legacy = CliRunner(charset="cp1251").invoke(main, ["--home", str(home), "export"])
    assert legacy.exit_code == 0, legacy.output
    lines = legacy.stdout_bytes.decode("ascii").splitlines()
    assert [json.loads(x) for x in lines] == [json.loads(x) for x in utf8.stdout.splitlines()]
    assert any("м²" in json.loads(x)["title"] for x in lines)
    stats = CliRunner(charset="cp866").invoke(main, ["--home", str(home), "stats", "--format", "json"])
    assert stats.exit_code == 0 and json.loads(stats.stdout_bytes.decode("ascii"))["records"] == 2


def test_lookalikes_fall_back_to_a_question_mark():
    from cli import console
    assert "м² → ≥ «№»—…".encode("cp866", console.HANDLER).decode("cp866") == 'м2 -> >= "№"-...'
    assert "☃ ²".encode("cp1251", console.HANDLER).decode("cp1251") == "? 2"


# -- names that become files -------------------------------------------------------

def test_upload_names_on_windows_are_file_names_there(monkeypatch):
    from search.web import forms
    monkeypatch.setattr(forms, "WINDOWS", True)
    taken: set[str] = set()
    assert forms.upload_name("Приказ: 5.doc", taken) == "Приказ_ 5.doc"
    assert forms.upload_name('Решение "О бюджете" <2025>?.docx', taken) == \
        "Решение _О бюджете_ _2025__.docx"
    assert forms.upload_name("CON.pdf", taken) == "_CON.pdf"
    assert forms.upload_name("nul", taken) == "_nul"
    assert forms.upload_name("com1 .txt", taken) == "_com1 .txt"
    assert forms.upload_name("Постановление 12-п.pdf. ", taken) == "Постановление 12-п.pdf"
    assert forms.upload_name("console.pdf", taken) == "console.pdf"
    # a name that with its folder would pass MAX_PATH is cut, extension kept
    long = forms.upload_name("a" * 230 + ".pdf", taken, room=150)
    assert len(long) <= 146 and long.endswith(".pdf")
    twice = [forms.upload_name("b" * 230 + ".pdf", taken, room=150) for _ in range(2)]
    assert len(set(twice)) == 2 and all(len(x) <= 150 for x in twice)


def test_upload_names_elsewhere_are_kept_as_sent(monkeypatch):
    from search.web import forms
    monkeypatch.setattr(forms, "WINDOWS", False)
    assert forms.upload_name("Приказ: 5.doc", set(), room=20) == "Приказ: 5.doc"


def test_an_upload_to_a_server_on_windows_is_written_under_a_safe_name(tmp_path, monkeypatch):
    import io
    from werkzeug.test import EnvironBuilder
    from search.web import forms
    from search.web.ctx import Request
    monkeypatch.setattr(forms, "WINDOWS", True)
    env = EnvironBuilder(method="POST", data={"files": [
        (io.BytesIO(b"x"), "Приказ: 5 <проект>.txt"), (io.BytesIO(b"y"), "aux.txt")]}).get_environ()
    up = forms.receive_upload(Request(env), tmp_path, 10_000)
    assert [p.name for p in up.files] == ["Приказ_ 5 _проект_.txt", "_aux.txt"]
    assert [p.read_bytes() for p in up.files] == [b"x", b"y"]


def test_sdi_digests_of_subscribers_differing_in_case_get_two_files(tmp_path):
    """Info@… and info@… named one file on Windows: the second digest overwrote the first."""
    from search.lists import load_subscribers
    y = tmp_path / "subscribers.yaml"
    y.write_text("subscribers:\n"
                 "  - {name: Школа 1, email: Info@school1.example, profile: {text: плата}}\n"
                 "  - {name: Школа 2, email: info@school2.example, profile: {text: плата}}\n",
                 encoding="utf-8")
    subs, _ = load_subscribers(y)
    assert len({s.slug.casefold() for s in subs}) == 2


# -- external programs ----------------------------------------------------------------

def _exe(folder: Path, *parts: str) -> Path:
    p = folder.joinpath(*parts)
    p.parent.mkdir(parents=True)
    p.write_bytes(b"MZ")
    return p


def test_programs_of_64_bit_windows_are_found_by_a_32_bit_python(tmp_path, monkeypatch):
    """A 32-bit Python sees ``ProgramFiles`` as ``C:\\Program Files (x86)``; the
    64-bit Tesseract and LibreOffice are in ``ProgramW6432``."""
    from ingest.formats import legacy, ocr
    x64, x86 = tmp_path / "Program Files", tmp_path / "Program Files (x86)"
    x86.mkdir()
    tess = _exe(x64, "Tesseract-OCR", "tesseract.exe")
    office = _exe(x64, "LibreOffice", "program", "soffice.exe")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr("shutil.which", lambda *a, **kw: None)
    for var in ("ACTDESK_TESSERACT", "ACTDESK_SOFFICE", "LOCALAPPDATA"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ProgramFiles", str(x86))
    monkeypatch.setenv("ProgramFiles(x86)", str(x86))
    monkeypatch.setenv("ProgramW6432", str(x64))
    assert ocr.tesseract_path() == str(tess)
    assert legacy.soffice_path() == str(office)


def test_a_portable_libreoffice_is_named_by_a_variable(tmp_path, monkeypatch):
    from ingest.formats import legacy
    office = _exe(tmp_path, "LibreOfficePortable", "App", "libreoffice", "program", "soffice.exe")
    monkeypatch.setattr("shutil.which", lambda *a, **kw: None)
    monkeypatch.setenv("ACTDESK_SOFFICE", str(office))
    assert legacy.soffice_path() == str(office)


def test_missing_tesseract_on_windows_names_what_to_install(monkeypatch):
    from ingest.formats import ocr
    from ingest.reasons import explain
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    with pytest.raises(ocr.OcrUnavailable) as ex:
        ocr.require("image-only PDF")
    assert "ACTDESK_TESSERACT" in ex.value.reason and "tesseract-ocr-rus" not in ex.value.reason
    ru = explain(ex.value.reason, "ru")
    assert "ACTDESK_TESSERACT" in ru and "Tesseract" in ru and "tesseract-ocr-rus" not in ru


# -- files the librarian edits in Notepad ------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig", "utf-8"])
def test_settings_saved_by_notepad_are_read_in_its_encoding(tmp_path, encoding):
    """Notepad of Windows 7 saves ANSI (cp1251) or "Unicode" (UTF-16): the
    region typed there stopped every command with a codec error."""
    from ingest.settings import library_place
    home = tmp_path / "fund"
    home.mkdir()
    (home / "settings.yaml").write_text("region: Брянская область\r\nmunicipality: Заречный район\r\n",
                                        encoding=encoding)
    place = library_place(home)
    assert "Брянская область" in repr(place) and "Заречный район" in repr(place)


def test_subscribers_and_a_scheme_saved_in_cp1251_are_read(tmp_path):
    from ingest.rubrics import load_scheme
    from search.lists import load_subscribers
    y = tmp_path / "subscribers.yaml"
    y.write_text("subscribers:\r\n  - {name: Депутат Петров, email: petrov@zarechny.example, "
                 "profile: {text: благоустройство}}\r\n", encoding="cp1251")
    subs, _ = load_subscribers(y)
    assert subs[0].name == "Депутат Петров"
    own = tmp_path / "rubrics.yaml"
    own.write_bytes((ROOT / "rubrics.yaml").read_text(encoding="utf-8").encode("cp1251", "replace"))
    assert load_scheme(own).rubrics


# -- a fund on a share the reading room may only read ----------------------------------

def test_a_fund_on_a_read_only_windows_share_is_searched_read_only(tmp_path, monkeypatch):
    """Windows' os.access says a folder is writable whatever its share allows:
    the catalog was opened for writing and failed. Simulated: access as
    Windows answers it for folders, and the share refusing a new file."""
    import tempfile
    from ingest import writable
    home = _fund_with_acts(tmp_path)
    monkeypatch.setattr(writable, "WINDOWS", True)
    real_access, real_mkstemp = os.access, tempfile.mkstemp
    monkeypatch.setattr(os, "access", lambda p, m, *a, **kw:
                        True if Path(p).is_dir() else real_access(p, m, *a, **kw))

    def mkstemp(*a, dir=None, **kw):
        if dir is not None and Path(dir) == home:
            raise PermissionError(13, "Access is denied", str(dir))
        return real_mkstemp(*a, dir=dir, **kw)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    fund = Fund(home)
    assert fund.read_only
    fund.close()
    res = CliRunner().invoke(main, ["--home", str(home), "ingest", str(tmp_path / "delivery")])
    assert res.exit_code == 1 and "только для чтения" in res.output
    assert len(CliRunner().invoke(main, ["--home", str(home), "export"]).stdout.splitlines()) == 2


# -- temporary folders Windows will not delete yet -----------------------------------------

def _files_in_use(monkeypatch, marker: str, tmp_path: Path) -> None:
    """``os.unlink`` as Windows answers for a file another process holds
    open (an antivirus scanning it, a killed program's child); what stays
    behind stays in ``tmp_path``."""
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    real = os.unlink

    def unlink(path, *a, **kw):
        if marker in str(path):
            raise PermissionError(32, "The process cannot access the file because it is "
                                      "being used by another process", str(path))
        return real(path, *a, **kw)
    monkeypatch.setattr(os, "unlink", unlink)


def test_an_ocr_page_whose_temporary_png_is_held_is_still_read(monkeypatch, tmp_path):
    from PIL import Image
    from ingest.formats import ocr
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'Постановление'\n", encoding="utf-8")
    fake.chmod(0o755)
    _files_in_use(monkeypatch, "page.png", tmp_path)
    assert ocr._run(str(fake), Image.new("L", (20, 20), 255), Limits(), 300, []).strip() == "Постановление"


def test_a_doc_read_by_libreoffice_whose_profile_is_held_is_still_read(monkeypatch, tmp_path):
    from ingest.formats import legacy
    monkeypatch.setattr(legacy, "soffice_path", lambda: "soffice.exe")

    def run(cmd, limits, what):
        out = Path(cmd[cmd.index("--outdir") + 1])
        (out / "profile").mkdir()
        (out / "profile" / "registrymodifications.xcu").write_text("<x/>", encoding="utf-8")
        (out / "act.txt").write_text("ПОСТАНОВЛЕНИЕ\n", encoding="utf-8")
    monkeypatch.setattr(legacy, "_run", run)
    _files_in_use(monkeypatch, "registrymodifications", tmp_path)
    assert legacy.soffice_text(tmp_path / "act.doc").strip() == "ПОСТАНОВЛЕНИЕ"


# -- delivered folders: long paths, folders that cannot be listed ----------------------------

def test_a_path_past_max_path_is_opened_in_its_extended_form(monkeypatch):
    from ingest import winpath
    title = "Постановление № 145-п от 12.03.2025 Об утверждении порядка " * 4 + ".docx"
    local = "C:\\Users\\Библиотекарь\\Desktop\\Поступления 2025\\" + title
    share = "\\\\srv-library\\fund\\Поступления\\" + title
    monkeypatch.setattr(winpath, "WINDOWS", False)
    assert winpath.long_path(local) == local
    monkeypatch.setattr(winpath, "WINDOWS", True)
    assert winpath.long_path(local) == "\\\\?\\" + local
    assert winpath.long_path(share) == "\\\\?\\UNC\\srv-library\\fund\\Поступления\\" + title
    assert winpath.long_path("C:\\fund\\act.txt") == "C:\\fund\\act.txt"
    assert winpath.long_path("\\\\?\\" + local) == "\\\\?\\" + local


def test_a_folder_that_cannot_be_listed_is_named_not_skipped(tmp_path, monkeypatch):
    """A subfolder the importer may not list (no rights; on Windows one past
    MAX_PATH) was skipped without a word: its acts silently never arrived."""
    from ingest.reasons import explain
    delivery = _delivery(tmp_path, 2)
    hidden = delivery / "Март"
    hidden.mkdir()
    (hidden / "p100.txt").write_text(ACT.format(d=5, n=100), encoding="utf-8")
    real = os.scandir
    monkeypatch.setattr(os, "scandir", lambda p=".": (_ for _ in ()).throw(
        PermissionError(13, "Access is denied", str(p))) if Path(p) == hidden else real(p))
    fund = Fund(tmp_path / "fund", create=True)
    try:
        results = Batch(fund, jobs=1, limits=Limits(ocr=False)).run([delivery])
    finally:
        fund.close()
    got = {Path(r.file).name: r for r in results}
    assert got["Март"].status == "failed" and got["Март"].reason.startswith("cannot list the folder")
    assert explain(got["Март"].reason).startswith("Не удалось просмотреть папку")
    assert {got["p001.txt"].status, got["p002.txt"].status} == {"new"}


# -- an output file open in Word -----------------------------------------------------------

@pytest.mark.parametrize("command", [["biblist", "плата", "-o", "{out}.docx"],
                                     ["marc", "плата", "-o", "{out}.mrc"]])
def test_a_list_written_over_a_file_open_in_word_is_a_clear_error(tmp_path, monkeypatch, command):
    """Windows refuses to replace a file another program holds open (last
    week's bulletin left open in Word): a traceback before, now ``Error:``
    naming the file and what to do."""
    import builtins
    import io
    home = _fund_with_acts(tmp_path)
    out = tmp_path / "Бюллетень"
    held = Path(command[-1].format(out=out))
    held.write_bytes(b"last week")
    denied = PermissionError(13, "Access is denied", str(held))

    def replace(src, dst, *a, **kw):
        if Path(dst) == held:
            raise denied
        return real_replace(src, dst, *a, **kw)

    def opener(real):
        def open_(file, *a, **kw):
            if isinstance(file, (str, Path)) and Path(file) == held:
                raise denied
            return real(file, *a, **kw)
        return open_
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(builtins, "open", opener(builtins.open))
    monkeypatch.setattr(io, "open", opener(io.open))
    res = CliRunner().invoke(main, ["--home", str(home)] + [a.format(out=out) for a in command])
    assert res.exit_code == 1 and not isinstance(res.exception, PermissionError), res.output
    assert "открыт в другой программе" in res.output and "Бюллетень" in res.output
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    monkeypatch.undo()
    assert held.read_bytes() == b"last week"


def test_an_export_to_a_file_that_cannot_be_opened_is_a_clear_error(tmp_path, monkeypatch):
    home = _fund_with_acts(tmp_path)
    res = CliRunner().invoke(main, ["--home", str(home), "export", "-o",
                                    str(tmp_path / "delivery" / "p001.txt" / "records.jsonl")])
    assert res.exit_code == 1 and res.output.startswith("Ошибка: не удалось записать"), res.output


def test_a_junction_out_of_a_delivered_folder_is_not_followed(tmp_path, monkeypatch):
    """On Windows a junction (``mklink /J``, no admin rights needed) is no
    symbolic link to Python 3.11: os.walk went through it and imported what
    lies outside the delivered folder. Simulated: a folder that resolves
    elsewhere, on a Windows-like walk."""
    import pathlib
    from ingest import pipeline
    delivery = _delivery(tmp_path, 1)
    outside = tmp_path / "чужой фонд"
    outside.mkdir()
    (outside / "secret.txt").write_text(ACT.format(d=9, n=900), encoding="utf-8")
    junction = delivery / "ссылка"
    junction.mkdir()
    (junction / "secret.txt").write_text(ACT.format(d=9, n=900), encoding="utf-8")  # what the walk sees
    real = pathlib.Path.resolve
    monkeypatch.setattr(pathlib.Path, "resolve", lambda self, strict=False:
                        real(outside, strict) if self == junction else real(self, strict))
    monkeypatch.setattr(pipeline, "WINDOWS", True, raising=False)
    got = dict(pipeline.iter_input_files([delivery]))
    assert got[junction].startswith("symbolic link pointing outside")
    assert junction / "secret.txt" not in got and got[delivery / "p001.txt"] is None


def test_help_in_a_legacy_console_code_page(tmp_path):
    """``actdesk --help`` in a cp866 console (the legacy Windows console I/O)
    stopped at the first «—» of the help, before any command ran."""
    env = {**os.environ, "PYTHONIOENCODING": "cp866", "PYTHONPATH": str(ROOT)}
    for args in (["--help"], ["ingest", "--help"], ["search", "--wrong-option"]):
        out = subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, cwd=ROOT,
                             env=env, timeout=120)
        assert b"Traceback" not in out.stderr and out.returncode in (0, 2), out.stderr[-300:]
    assert "actdesk - " in subprocess.run([sys.executable, "-m", "cli", "--help"], capture_output=True,
                                          cwd=ROOT, env=env, timeout=120).stdout.decode("cp866")


def test_tesseract_in_a_users_cyrillic_folder_is_found_under_a_cp1251_locale(tmp_path, monkeypatch):
    """``tesseract --list-langs`` prints its tessdata path in UTF-8; read in
    the ANSI code page (cp1251 on Russian Windows) a path with «И» (D0 98)
    raised UnicodeDecodeError, and every scan failed instead of being read."""
    import locale
    from ingest.formats import ocr
    fake = tmp_path / "tesseract"
    fake.write_bytes('#!/bin/sh\nprintf \'List of available languages in "/home/ИРИНА/tessdata/" '
                     '(2):\\neng\\nrus\\n\'\n'.encode("utf-8"))
    fake.chmod(0o755)
    monkeypatch.setattr(locale, "getencoding", lambda: "cp1251")
    ocr._languages.cache_clear()
    try:
        assert ocr._languages(str(fake)) == frozenset({"eng", "rus"})
    finally:
        ocr._languages.cache_clear()


def test_tesseract_is_given_the_page_by_a_plain_relative_name(tmp_path, monkeypatch):
    """TEMP under ``C:\\Users\\Ирина``: Tesseract on Windows opens file names in
    the ANSI code page; the page is named relative to its working folder."""
    import tempfile
    from PIL import Image
    from ingest.formats import ocr
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "Ирина"))
    (tmp_path / "Ирина").mkdir()
    fake = tmp_path / "tesseract"
    fake.write_text('#!/bin/sh\ntest -f "$1" && echo "$1"\n', encoding="utf-8")
    fake.chmod(0o755)
    assert ocr._run(str(fake), Image.new("L", (20, 20), 255), Limits(), 300, []).strip() == "page.png"
