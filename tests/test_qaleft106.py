"""Defects earlier QA passes found and left (helper qaleft106): the search
page's heading and its answers to a bad date or an over-long question, the
upload report's batch id, the download's ASCII file name, the CLI's words on
Ctrl-C and in the import report under ``ACTDESK_LANG=en``, LibreOffice left
running past its time limit, and ``serve`` without a console (``pythonw``).

The fund is two acts of a fictional settlement (Сосновское сельское
поселение Заречного района), imported as a batch does.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

# the web QA passes' two acts, their fund and a client of it
from tests.test_qaweb101 import ACT, ACT2, client, fund_home  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]


class _Inputs(HTMLParser):
    """Every <input> of a page by name (the last wins), and elements by id."""

    def __init__(self):
        super().__init__()
        self.inputs: dict[str, dict] = {}
        self.by_id: dict[str, str] = {}
        self._open: list[tuple[str, str]] = []    # (tag, id) of elements with an id

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "input" and a.get("name"):
            self.inputs.setdefault(a["name"], [])
            self.inputs[a["name"]].append(a)
        if a.get("id"):
            self.by_id[a["id"]] = ""
            self._open.append((tag, a["id"]))

    def handle_data(self, data):
        for _, i in self._open:
            self.by_id[i] += data

    def handle_endtag(self, tag):
        if self._open and self._open[-1][0] == tag:
            self._open.pop()


def _parsed(html: str) -> _Inputs:
    p = _Inputs()
    p.feed(html)
    return p


# --- 1. the search page ------------------------------------------------------------

@pytest.mark.parametrize("target", ["/", "/?text=ярмарка", "/?text=несуществующееслово"])
def test_the_search_page_has_one_top_heading(client, target):
    """A screen reader's list of headings started at the hits' <h2>: the
    search page had no <h1> (the count is a <strong>)."""
    html = client.get(target).text
    assert len(re.findall(r"<h1\b", html)) == 1, re.findall(r"<h1[^>]*>.*?</h1>", html)
    assert html.index("<h1") < html.index("<h2") if "<h2" in html else True


def test_a_bad_date_in_the_filters_shows_the_form_again_with_what_was_typed(client):
    """«31.02.2024» in the «с» field answered with the bare error page (only a
    «Поиск» link): the words, the kind, the number and the other date were
    lost. The search page comes back with every value as typed, the bad one
    marked and its reason beside it."""
    r = client.get("/?text=ярмарка&kind=постановление&date_from=31.02.2024&date_to=2024-12-31"
                   "&number=31-п")
    assert r.status == 400
    p = _parsed(r.text)
    assert p.inputs["text"][0]["value"] == "ярмарка"               # the search box
    bad = next(a for a in p.inputs["date_from"] if a.get("type") != "hidden")
    assert bad["value"] == "31.02.2024" and bad.get("aria-invalid") == "true", bad
    why = p.by_id.get(bad.get("aria-describedby", "-"), "")
    assert "31.02.2024" in why and "не дата" in why, why
    assert any(a["value"] == "2024-12-31" for a in p.inputs["date_to"])
    assert any(a["value"] == "31-п" for a in p.inputs["number"])
    assert any(a["value"] == "постановление" for a in p.inputs.get("kind", []))   # kept for the next search
    assert "Ошибка 400" not in r.text


def test_a_period_back_to_front_is_said_beside_the_dates_and_keeps_the_filters(client):
    r = client.get("/?text=ярмарка&number=31-п&date_from=01.01.2025&date_to=01.01.2024")
    assert r.status == 400
    p = _parsed(r.text)
    assert p.inputs["text"][0]["value"] == "ярмарка"
    assert any(a["value"] == "31-п" for a in p.inputs["number"])
    lo = next(a for a in p.inputs["date_from"] if a.get("type") != "hidden")
    assert lo.get("aria-invalid") == "true"
    assert "позже" in p.by_id.get(lo.get("aria-describedby", "-"), "")


def test_the_english_page_says_the_bad_date_in_english(client):
    client.cookies["ad_lang"] = "en"
    r = client.get("/?text=ярмарка&date_to=2024-13-45")
    assert r.status == 400 and "is not a date" in r.text


def test_an_over_long_question_gets_a_short_page(client):
    """A 3,200-character question was refused with a 246 KB page: every facet
    link, the language switch and the login link repeated it."""
    long = "ярмарка " * 400
    r = client.get("/?text=" + long + "&kind=постановление")
    assert r.status == 400
    assert len(r.body) < 20_000, len(r.body)
    assert "слишком длинный" in r.text
    p = _parsed(r.text)
    boxed = p.inputs["text"][0]["value"]
    assert 0 < len(boxed) <= 1000 and long.startswith(boxed)       # cut, for the reader to shorten
    assert any(a["value"] == "постановление" for a in p.inputs.get("kind", []))
    api = client.get("/api/search?text=" + long)
    assert api.status == 400 and len(api.body) < 5_000


# --- 1. the upload report ----------------------------------------------------------

def test_the_upload_report_names_its_batch_as_the_cli_report_does(client, tmp_path):
    """``actdesk ingest`` ends with «Партия импорта: ID» (what ``marc --batch``
    takes); the upload page's report named no batch."""
    from search.web.uploads import Job
    client.login()
    job = Job("Job0123456789abc", "librarian", tmp_path, [tmp_path / "a.txt"], state="done",
              summary={"files": 1, "new": 1, "records": 1}, batch_id="batch-7f3a9c")
    client.app.uploads._jobs[job.id] = job
    html = client.get(f"/upload/{job.id}").text
    assert "Партия импорта" in html and "batch-7f3a9c" in html
    assert "marc --batch" in html


# --- 2. downloads -------------------------------------------------------------------

@pytest.mark.parametrize("name,ascii_name", [
    ("Постановление №145 «о ярмарках».txt", "Postanovlenie N145 o yarmarkakh.txt"),
    ("Решение Совета депутатов Заречного района.docx", "Reshenie Soveta deputatov Zarechnogo rayona.docx"),
    ("ЩЁЛКОВО, объявление — подъезд.pdf", "SHCHELKOVO, obyavlenie - podezd.pdf"),
    ("Юность и Щука.rtf", "Yunost i Shchuka.rtf"),
])
def test_the_ascii_file_name_of_a_download_is_transliterated(name, ascii_name):
    """The fallback name (``filename=``) of a Cyrillic file was all
    underscores; ``filename*`` keeps the real name in UTF-8."""
    from urllib.parse import quote
    from search.web.respond import content_disposition
    cd = content_disposition(name)
    got = re.search(r'filename="([^"]*)"', cd).group(1)
    assert got == ascii_name
    assert "filename*=UTF-8''" + quote(name, safe="") in cd


def test_the_ascii_file_name_stays_safe():
    from search.web.respond import content_disposition
    cd = content_disposition('Акт "5"\r\n; x\\y/z ☃.txt')
    got = re.search(r'filename="([^"]*)"', cd).group(1)
    assert all(32 <= ord(ch) < 127 for ch in got) and '"' not in got and "\\" not in got
    assert got.startswith("Akt _5___; x_y_z") and got.endswith(".txt")


# --- 3. the CLI ---------------------------------------------------------------------

def _cli(args, **kw):
    from cli import main
    return CliRunner().invoke(main, args, **kw)


def test_an_interrupted_password_prompt_says_so_in_russian(fund_home):
    """End of input (Ctrl-D, Ctrl-Z) or Ctrl-C at ``user add``'s password
    prompt printed click's English «Aborted!» among Russian messages."""
    r = _cli(["--home", str(fund_home), "user", "add", "reader2"], input="")
    assert r.exit_code == 1
    assert "Aborted!" not in r.output and "Прервано" in r.output, r.output
    assert "Traceback" not in r.output


def test_a_ctrl_c_in_a_command_says_so_in_the_desks_language(fund_home, monkeypatch):
    import cli.users

    def interrupted(_stdin):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli.users, "_password", interrupted)
    r = _cli(["--home", str(fund_home), "user", "add", "reader2"])
    assert r.exit_code == 1 and "Прервано" in r.output and "Aborted!" not in r.output, r.output
    monkeypatch.setenv("ACTDESK_LANG", "en")
    r = _cli(["--home", str(fund_home), "user", "add", "reader2"])
    assert r.exit_code == 1 and "Interrupted" in r.output and "Прервано" not in r.output, r.output


def test_declining_a_confirmation_is_said_in_russian(fund_home):
    r = _cli(["--home", str(fund_home), "user", "remove", "librarian"], input="n\n")
    assert r.exit_code == 1 and "Aborted!" not in r.output and "Прервано" in r.output, r.output


def test_the_import_report_follows_the_cli_language():
    """``ACTDESK_LANG=en`` translated the reasons only: the headings stayed
    «Файлы … новые (new) … записи»."""
    from ingest.pipeline import FileResult
    from ingest.report import format_report
    rows = [FileResult("a.txt", "0" * 64, "failed", [], "damaged zip archive: bad", []),
            FileResult("b.txt", "1" * 64, "new", ["r1"], None, ["ocr"])]
    en = format_report(rows, lang="en")
    assert not re.search("[А-Яа-яЁё]", en), en
    assert "Files" in en and "reason / warnings" in en
    ru = format_report(rows, lang="ru")
    assert "Файлы" in ru and "новые (new)" in ru and "причина / предупреждения" in ru


# --- 4. Windows leftovers ------------------------------------------------------------

def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state


@pytest.mark.skipif(sys.platform == "win32" or not Path("/proc").is_dir(), reason="POSIX /proc")
def test_libreoffice_stopped_at_its_limit_leaves_no_process_behind(tmp_path, monkeypatch):
    """``soffice`` is a launcher: ``subprocess.run``'s timeout killed it and
    left ``soffice.bin`` (here a ``sleep`` it started) converting on, holding
    a core and the profile folder."""
    from ingest.formats.limits import Limits
    from ingest.records import IngestError
    from ingest.formats.legacy import soffice_text
    pidfile = tmp_path / "child.pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {pidfile}\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setenv("ACTDESK_SOFFICE", str(fake))
    doc = tmp_path / "a.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    pid = None
    try:
        t0 = time.monotonic()
        with pytest.raises(IngestError, match="LibreOffice took over"):
            soffice_text(doc, Limits(legacy_seconds=1))
        assert time.monotonic() - t0 < 20
        pid = int(pidfile.read_text())
        for _ in range(50):
            if not _alive(pid):
                break
            time.sleep(0.1)
        assert not _alive(pid), "the converter's child is still running"
    finally:
        if pid and _alive(pid):
            os.kill(pid, 9)


def test_on_windows_the_whole_tree_is_killed_by_taskkill(monkeypatch):
    """Windows has no process groups: ``taskkill /T`` ends the launcher and
    the ``soffice.bin`` it started (simulated: the calls are recorded)."""
    from ingest.formats import proctree
    calls = []

    class Proc:
        pid = 4242

        def kill(self):
            calls.append("kill")
    monkeypatch.setattr(proctree, "WINDOWS", True)
    monkeypatch.setattr(proctree.subprocess, "run", lambda cmd, **kw: calls.append(cmd))
    proctree.kill_tree(Proc())
    assert calls[0] == ["taskkill", "/F", "/T", "/PID", "4242"]
    assert "kill" in calls


def test_serve_without_a_console_does_not_crash(fund_home, tmp_path):
    """Under ``pythonw.exe`` ``sys.stdout`` and ``sys.stderr`` are None:
    importing the server failed (``sys.stderr.write`` bound at import) and
    every request's log line would have failed too."""
    out = tmp_path / "out.txt"
    script = textwrap.dedent(f"""
        import sys
        log = open({str(out)!r}, "w")
        sys.stdout = sys.stderr = None
        try:
            from waitress.server import BaseWSGIServer

            def run(self):   # one request through the logged application, then stop
                env = {{"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": "",
                       "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
                       "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000",
                       "REMOTE_ADDR": "127.0.0.1"}}
                import io
                env["wsgi.input"] = io.BytesIO(b"")
                body = b"".join(self.application(env, lambda s, h, e=None: None))
                log.write("page %d bytes\\n" % len(body))
            BaseWSGIServer.run = run
            from cli import main
            import socket
            with socket.socket() as s:   # a free port (the option takes 1-65535)
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            main(["--home", {str(fund_home)!r}, "serve", "--port", str(port)], standalone_mode=False)
            log.write("ok\\n")
        except BaseException:
            import traceback
            traceback.print_exc(file=log)
        log.close()
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", script], env=env, timeout=120, cwd=str(ROOT))
    text = out.read_text()
    assert text.endswith("ok\n") and "page" in text, text
