"""Lists, the arrivals bulletin and SDI: through the library and the CLI.

A small real fund is built once from text-layer documents of
../shared/realdocs (no OCR needed). SDI is tested against a tiny SMTP sink
started by the test (socketserver, no extra package).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import socket
import socketserver
import subprocess
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from ingest.fund import Fund, StoredFile
from ingest.records import Record, Rubric
from search.sync import sync_index
from search import render
from cli import main
from search.lists import (ARRIVALS_STATE, build_list, load_subscribers, run_sdi)
from tests.fixtures import gold_records, rec

REAL = ("09", "15", "16", "17", "35", "39", "40", "41", "42")


def gold_fund_records(prefixes, received=None) -> list[Record]:
    """Records of real documents with their hand-checked requisites (gold.jsonl),
    received now: the list tests do not depend on the readers."""
    received = received or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    g = gold_records()
    out = []
    for p in prefixes:
        r = g[p]
        sha = hashlib.sha256(p.encode()).hexdigest()
        gold_rubrics = GOLD_RUBRICS.get(p, ())
        out.append(replace(r, id=f"{sha[:12]}-1", received_at=received,
                           source=replace(r.source, sha256=sha, file_name=f"{p}.{r.source.media_type}"),
                           rubrics=tuple(Rubric(c, c) for c in gold_rubrics)))
    return out


def add_records(home: Path, records: list[Record]) -> None:
    fund = Fund(home)
    with fund.transaction() as db:
        for r in records:
            fund.write_file(db, StoredFile(r.source.sha256, r.source.file_name, r.source.media_type,
                                           1, None, "read", None, r.received_at, None, None, None))
            fund.write_record(db, r, 1, None)
    sync_index(fund)
    fund.close()


def _gold_rubrics() -> dict[str, tuple[str, ...]]:
    from tests.conftest import gold
    try:
        return {f[:2]: tuple(d.get("rubrics") or ()) for f, d in gold().items()}
    except FileNotFoundError:
        return {}


GOLD_RUBRICS = _gold_rubrics()


@pytest.fixture(scope="module")
def fund_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("lists") / "fund"
    add_records(home, gold_fund_records(REAL))
    return home


def run(runner, home, *args):
    return runner.invoke(main, ["--home", str(home), *args], catch_exceptions=False)


# --- building a list (pure) ----------------------------------------------------------

def sample():
    return [
        rec(rid="p1", kind="постановление", number="5", date="2024-03-01", level="municipal",
            body="Брянская городская администрация", title="О ярмарке", rubrics=("economy",)),
        rec(rid="z1", kind="закон", number="8-ФЗ", date="1996-01-12", level="federal",
            title="О погребении и похоронном деле", rubrics=("housing", "housing.funeral")),
        rec(rid="r1", kind="распоряжение", number="7-р", date="2023-05-05", level="municipal",
            body="Брянская городская администрация", title="О субботнике", rubrics=("housing",)),
        rec(rid="u1", kind="указ", number="1", date="2020-01-01", level="regional",
            body="Губернатор Брянской области", title="О мерах", rubrics=("economy",)),
        rec(rid="p2", kind="постановление", number="3", date="2022-02-02", level="federal",
            body="Правительство Российской Федерации", title="Об утверждении правил",
            rubrics=("housing",)),
        rec(rid="x1", kind=None, title="Памятка", body="Прокуратура Брянской области"),
        rec(rid="d1", kind="решение", number="9", date="2024-01-01", level="municipal",
            body="Брянский городской Совет народных депутатов", title="О бюджете",
            rubrics=("budget",)),
    ]


def ids(bl):
    return [e.record.id for e in bl.entries()]


def test_legal_force_order_without_groups():
    bl = build_list(sample(), title="T", group_by="none", order="legal-force")
    assert ids(bl) == ["z1", "u1", "p2", "p1", "d1", "r1", "x1"]
    assert [e.n for e in bl.entries()] == list(range(1, 8))


def test_groups_keep_numbering_continuous():
    bl = build_list(sample(), title="T", group_by="kind", order="date")
    assert [g.heading for g in bl.groups] == ["Законы", "Указы", "Постановления", "Решения",
                                              "Распоряжения", "Другие документы"]
    assert [e.n for e in bl.entries()] == list(range(1, 8))
    assert [e.record.id for e in bl.groups[2].entries] == ["p2", "p1"]  # by date


def test_group_by_rubric_uses_scheme_order_and_labels():
    bl = build_list(sample(), title="T", group_by="rubric", order="legal-force",
                    rubric_labels={"budget": "Бюджет", "economy": "Экономика", "housing": "ЖКХ"},
                    rubric_order=["budget", "economy", "housing"])
    assert [g.heading for g in bl.groups] == ["Бюджет", "Экономика", "ЖКХ", "Без рубрики"]
    assert [e.record.id for e in bl.groups[2].entries] == ["z1", "p2", "r1"]


def test_group_by_year_and_title_order():
    bl = build_list(sample(), title="T", group_by="year", order="title")
    assert [g.heading for g in bl.groups] == ["1996 г.", "2020 г.", "2022 г.", "2023 г.", "2024 г.",
                                              "Без даты"]
    assert [e.record.id for e in bl.groups[4].entries] == ["d1", "p1"]  # «О бюджете» < «О ярмарке»


def test_html_escapes_everything():
    evil = rec(rid="e1", kind="постановление", title='О <script>alert("x")</script> & «мерах»',
               body="Администрация <b>города</b>", date="2024-01-01", number="1")
    bl = build_list([evil], title="<i>Список</i>", group_by="rubric", order="date")
    out = render.render(bl, "html").decode()
    assert "<script>" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;alert(«x»)&lt;/script&gt; &amp; «мерах»" in out


def test_html_links_only_http_urls():
    r = rec(rid="u", kind="постановление", title="О мерах", media="text/html")
    bl = build_list([r], title="T", urls={"u": "https://site.ru/a?b=1&c=2"})
    out = render.render(bl, "html").decode()
    assert '<a href="https://site.ru/a?b=1&amp;c=2">' in out
    bad = build_list([r], title="T", urls={"u": "javascript:alert(1)"})
    assert "<a " not in render.render(bad, "html").decode()


def test_markdown_keeps_numbers_and_escapes():
    bl = build_list(sample(), title="T_*", group_by="kind", order="date")
    md = render.render(bl, "md").decode()
    assert md.startswith("# T\\_\\*\n")
    assert "\n## Указы\n\n2. О мерах" in md


def test_csv_cells_a_spreadsheet_would_run_are_kept_as_text():
    """Titles and bodies come from delivered documents: a title printed as a
    formula must open in Excel as text, not run (CSV injection)."""
    r = rec(rid="f", kind="постановление", title='=HYPERLINK("http://evil.example","Открыть")',
            body="@SUM(1+1)")
    ok = rec(rid="g", kind="решение", title="О бюджете на 2024 год")
    rows = list(csv.DictReader(io.StringIO(render.render(build_list([r, ok], title="T"), "csv")
                                           .decode("utf-8-sig"))))
    bad = next(x for x in rows if x["id"] == "f")
    assert bad["title"].startswith("'=HYPERLINK(") and bad["body"] == "'@SUM(1+1)"
    assert bad["description"].startswith("'=HYPERLINK(")
    good = next(x for x in rows if x["id"] == "g")
    assert good["title"] == "О бюджете на 2024 год" and good["kind"] == "решение"


# --- biblist through the CLI ----------------------------------------------------------

def test_biblist_every_format(runner, fund_home, tmp_path):
    for fmt in render.FORMATS:
        out = tmp_path / f"list.{fmt}"
        res = run(runner, fund_home, "biblist", "--group-by", "kind", "-o", str(out))
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 200
    data = json.loads((tmp_path / "list.json").read_text(encoding="utf-8"))
    assert data["total"] == 9
    assert [g["heading"] for g in data["groups"]][:1] == ["Законы"]
    assert [e["n"] for g in data["groups"] for e in g["entries"]] == list(range(1, 10))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "list.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 9 and rows[0]["description"].startswith("О погребении и похоронном деле")
    txt = (tmp_path / "list.txt").read_text(encoding="utf-8")
    assert txt.startswith("Библиографический список документов\n")
    assert "Дата составления: " in txt and "Хронологический охват: 1996–2021 гг." in txt


def test_biblist_query_and_filters(runner, fund_home):
    res = run(runner, fund_home, "biblist", "персональных данных", "--kind", "приказ",
              "--order", "date", "--group-by", "none", "--title", "Персональные данные",
              "--format", "txt")
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.output.splitlines() if ln[:3].strip().rstrip(".").isdigit()]
    assert len(lines) == 2 and "№ 21." in lines[0] and "№ 380." in lines[1]
    assert res.output.startswith("Персональные данные\n")


def test_docx_structure(runner, fund_home, tmp_path):
    import docx
    out = tmp_path / "l.docx"
    res = run(runner, fund_home, "biblist", "--group-by", "rubric", "--title", "Тематический список",
              "-o", str(out))
    assert res.exit_code == 0, res.output
    d = docx.Document(str(out))
    paras = [(p.style.name, p.text) for p in d.paragraphs]
    assert paras[0] == ("Heading 1", "Тематический список")
    heads = [t for s, t in paras if s == "Heading 2"]
    items = [t for s, t in paras if s == "List Number"]
    assert heads and len(items) == 9
    assert all(t.endswith(".") and "Текст :" in t for t in items)
    # one numbering for all entries: the style carries it, headings do not restart it
    num = d.styles["List Number"].element.pPr.numPr
    assert num is not None and num.numId.val is not None
    assert d.core_properties.title == "Тематический список"
    assert abs(d.sections[0].page_width.cm - 21.0) < 0.01


def test_empty_result_says_so_and_writes_nothing(runner, fund_home, tmp_path):
    out = tmp_path / "none.docx"
    res = run(runner, fund_home, "biblist", "ничегоподобногонет", "-o", str(out))
    assert res.exit_code == 0
    assert "ничего не найдено" in res.output and not out.exists()


@pytest.mark.parametrize("args,option", [
    (["biblist", "--from", "31.02.2024"], "--from"),
    (["biblist", "--group-by", "author"], "--group-by"),
    (["biblist", "--order", "size"], "--order"),
    (["biblist", "--format", "pdf"], "--format"),
    (["arrivals", "--since", "2024-13-01"], "--since"),
    (["arrivals", "--until", "вчера"], "--until"),
    (["arrivals", "--since", "2024-05-02", "--until", "2024-05-01"], "--since"),
    (["sdi", "--smtp", "localhost"], "--smtp"),
])
def test_bad_values_are_usage_errors_naming_the_option(runner, fund_home, args, option):
    res = run(runner, fund_home, *args)
    assert res.exit_code == 2, res.output
    assert option in res.output


def test_docx_to_stdout_is_a_usage_error(runner, fund_home):
    res = run(runner, fund_home, "biblist", "--format", "docx")
    assert res.exit_code == 2 and "-o" in res.output


# --- arrivals ------------------------------------------------------------------------------

def test_arrivals_remembers_the_previous_bulletin(runner, tmp_path):
    home = tmp_path / "fund"
    add_records(home, gold_fund_records(("40", "41")))
    out = tmp_path / "b1.md"
    res = run(runner, home, "arrivals", "-o", str(out))   # first time: the last 7 days
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Бюллетень новых поступлений")
    assert "## Право и правовое просвещение" in text or "## " in text
    assert text.count("\n1. ") == 1 and "\n2. " in text
    stamp = Fund(home).get_state(ARRIVALS_STATE)
    assert stamp is not None
    # nothing new since: says so, writes no file, keeps the stamp
    out2 = tmp_path / "b2.md"
    res = run(runner, home, "arrivals", "-o", str(out2))
    assert "ничего не найдено" in res.output and not out2.exists()
    # a new arrival appears in the next bulletin only
    add_records(home, gold_fund_records(("16",)))
    res = run(runner, home, "arrivals", "--format", "json", "-o", str(out2))
    data = json.loads(out2.read_text(encoding="utf-8"))
    assert data["total"] == 1
    assert data["groups"][0]["entries"][0]["description"].startswith("О погребении")
    # a retrospective bulletin does not move the remembered date back
    newer = Fund(home).get_state(ARRIVALS_STATE)
    today = date.today()
    res = run(runner, home, "arrivals", "--since", (today - timedelta(days=30)).isoformat(),
              "--until", (today - timedelta(days=20)).isoformat(), "-o", str(tmp_path / "old.txt"))
    assert "ничего не найдено" in res.output
    res = run(runner, home, "arrivals", "--since", today.isoformat(), "--format", "txt")
    assert "Всего документов: 3" in res.output
    assert Fund(home).get_state(ARRIVALS_STATE) == newer


# --- SDI -----------------------------------------------------------------------------------

class _SMTPHandler(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode("ascii", "replace").strip().upper()
            if cmd.startswith("EHLO"):
                self.wfile.write(b"250-sink\r\n250 8BITMIME\r\n")
            elif cmd.startswith(("HELO", "MAIL", "RCPT", "RSET", "NOOP")):
                self.reply("250 OK")
            elif cmd == "DATA":
                self.reply("354 go on")
                data = b""
                while True:
                    ln = self.rfile.readline()
                    if ln in (b".\r\n", b".\n", b""):
                        break
                    data += ln[1:] if ln.startswith(b"..") else ln
                self.server.messages.append(data)
                self.reply("250 queued")
            elif cmd == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 no")


@pytest.fixture
def smtp_sink():
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    srv.daemon_threads = True
    srv.messages = []
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


SUBS = """\
from: library@example.org
subscribers:
  - name: Иванов И. И., депутат
    email: ivanov@example.org
    id: ivanov
    profile: {text: "персональных данных", v: 1}
  - name: Отдел ЖКХ
    email: zhkh@example.org
    profile: {rubric: [housing]}
"""


def test_sdi_writes_files_and_eml_then_nothing_twice(runner, tmp_path):
    home = tmp_path / "fund"
    add_records(home, gold_fund_records(("35", "40", "41", "16", "09")))
    (home / "subscribers.yaml").write_text(SUBS, encoding="utf-8")
    out = tmp_path / "sdi"
    res = run(runner, home, "sdi", "--out", str(out))
    assert res.exit_code == 0, res.output
    assert "Иванов И. И., депутат <ivanov@example.org>: записано, документов: 2" in res.output
    emls = sorted(out.glob("*.eml"))
    assert [p.name.split("-")[0] for p in emls] == ["ivanov", "zhkh"]
    msg = message_from_bytes(emls[0].read_bytes(), policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "ivanov@example.org"
    assert msg["From"] == "library@example.org"
    body = msg.get_body(("plain",)).get_content()
    assert "Новые поступления по вашему профилю" in body and "Текст : непосредственный" in body
    assert msg.get_body(("html",)) is not None
    assert (out / emls[0].name.replace(".eml", ".html")).exists()
    res = run(runner, home, "sdi", "--out", str(out))
    assert res.output.count("нового нет") == 2


def test_sdi_smtp_failed_send_is_retried_and_nobody_gets_a_record_twice(runner, tmp_path, smtp_sink):
    home = tmp_path / "fund"
    add_records(home, gold_fund_records(("35", "40")))
    (home / "subscribers.yaml").write_text(SUBS, encoding="utf-8")
    # the server is down: failure, exit 1, nothing marked as received
    res = run(runner, home, "sdi", "--smtp", f"127.0.0.1:{_free_port()}")
    assert res.exit_code == 1 and "ОШИБКА" in res.output and "будет повторено" in res.output
    # the server is up: the same records go out now
    port = smtp_sink.server_address[1]
    res = run(runner, home, "sdi", "--smtp", f"127.0.0.1:{port}")
    assert res.exit_code == 0, res.output
    assert len(smtp_sink.messages) == 1          # ЖКХ has nothing in its profile yet
    first = message_from_bytes(smtp_sink.messages[0], policy=policy.default)
    assert "ivanov@example.org" in first["To"]
    text = first.get_body(("plain",)).get_content()
    assert text.count("Текст :") == 1
    # a new arrival: only it is sent, and only to whom it concerns
    add_records(home, gold_fund_records(("41", "16")))
    res = run(runner, home, "sdi", "--smtp", f"127.0.0.1:{port}")
    assert res.exit_code == 0, res.output
    assert len(smtp_sink.messages) == 3
    by_to = {message_from_bytes(m, policy=policy.default)["To"].addresses[0].addr_spec:
             message_from_bytes(m, policy=policy.default) for m in smtp_sink.messages[1:]}
    iv = by_to["ivanov@example.org"].get_body(("plain",)).get_content()
    assert iv.count("Текст :") == 1 and "№ 380" in iv
    zh = by_to["zhkh@example.org"].get_body(("plain",)).get_content()
    assert "О погребении и похоронном деле" in zh
    run(runner, home, "sdi", "--smtp", f"127.0.0.1:{port}")
    assert len(smtp_sink.messages) == 3


def test_sdi_state_is_per_subscriber(tmp_path, runner):
    home = tmp_path / "fund"
    add_records(home, gold_fund_records(("40",)))
    (home / "subscribers.yaml").write_text(SUBS, encoding="utf-8")
    fund = Fund(home)
    subs, sender = load_subscribers(home / "subscribers.yaml")
    now = datetime.now(timezone.utc) + timedelta(seconds=5)
    r = run_sdi(fund, subs, out_dir=tmp_path / "o", now=now, sender=sender)
    assert [x.status for x in r] == ["written", "nothing"]
    st = json.loads(fund.get_state("sdi:ivanov@example.org"))
    assert len(st["sent"]) == 1 and st["last"].startswith(now.date().isoformat())


def test_sdi_a_profile_whose_region_the_fund_does_not_know_fails_that_subscriber_only(tmp_path, runner):
    """A region typed as a bare name the fund holds none of is refused by the
    query layer (territory_names); the others still get their digests."""
    home = tmp_path / "fund"
    add_records(home, gold_fund_records(("40",)))
    (home / "subscribers.yaml").write_text(SUBS.replace(
        "profile: {rubric: [housing]}", "profile: {rubric: [housing], region: Тамбовская}"),
        encoding="utf-8")
    fund = Fund(home)
    subs, sender = load_subscribers(home / "subscribers.yaml")
    now = datetime.now(timezone.utc) + timedelta(seconds=5)
    r = run_sdi(fund, subs, out_dir=tmp_path / "o", now=now, sender=sender)
    assert [x.status for x in r] == ["written", "failed"]
    assert "Региона «Тамбовская» в фонде нет" in r[1].error


@pytest.mark.parametrize("yaml_text,msg", [
    ("subscribers:\n  - name: A\n    profile: {}\n", "подписчик 1 (A): «email» нет"),
    ("subscribers:\n  - name: A\n    email: a@b.ru\n    profile: {sort: nonsense}\n",
     "ошибка в profile: sort — одно из"),
    ("subscribers:\n  - name: A\n    email: a@b.ru\n    profile: {whoosh: 'a:b'}\n",
     "неизвестные поля запроса: whoosh"),
    ("subscribers:\n  - name: A\n    email: a@b.ru\n    profile: {text: 'ярмарки ИЛИ'}\n",
     "ошибка в profile: После оператора «ИЛИ» нет слова"),
    ("subscribers: {}\n", "нужен список «subscribers:»"),
])
def test_bad_subscribers_file_is_a_clear_error(runner, fund_home, tmp_path, yaml_text, msg):
    p = tmp_path / "subs.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    res = run(runner, fund_home, "sdi", "--subscribers", str(p), "--out", str(tmp_path / "o"))
    assert res.exit_code == 1 and msg in res.output


# --- LibreOffice ---------------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: "
                           "apt-get install libreoffice-writer-nogui")
def test_docx_opens_in_libreoffice(runner, fund_home, tmp_path):
    out = tmp_path / "l.docx"
    run(runner, fund_home, "biblist", "-o", str(out))
    proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "l.pdf").stat().st_size > 1000


# --- end to end: delivered files -> ingest -> list ----------------------------------------

def test_end_to_end_from_delivered_files(runner, tmp_path, batch_dir):
    home = tmp_path / "fund"
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1",
                               str(batch_dir("15", "39", "40"))], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    out = tmp_path / "l.json"
    res = run(runner, home, "biblist", "--group-by", "none", "--order", "date", "-o", str(out))
    assert res.exit_code == 0, res.output
    entries = json.loads(out.read_text(encoding="utf-8"))["groups"][0]["entries"]
    assert [e["date"] for e in entries] == ["2013-02-18", "2020-05-12", "2021-02-04"]
    assert entries[0]["description"].endswith(
        ": приказ Федеральной службы по техническому и экспортному контролю от 18 февраля "
        "2013 г. № 21. – Текст : непосредственный.")
    assert entries[2]["description"].endswith("№ 2. – Текст : электронный.")
