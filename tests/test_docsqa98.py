"""Documentation QA pass (docsqa98): what the README promises and the product
did otherwise, each pinned by a test that failed before the fix."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import cli
from tests.fixtures import fund_of_texts

ACT = ("АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nПОСТАНОВЛЕНИЕ\n"
       "от 12.03.2024 № 14-п\nОб уборке снега\n\n1. Убрать снег с улиц поселения.\n")


def _run(home: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(cli.main, ["--home", str(home), *args], input=input)


def test_user_add_asks_the_password_twice_in_russian(tmp_path):
    """README: `user add NAME` asks the password twice. The desk's messages are
    Russian; the second question and a mismatch were click's English
    ("Repeat for confirmation", "The two entered values do not match")."""
    home = fund_of_texts(tmp_path, {"act.txt": ACT})
    r = _run(home, "user", "add", "dezhurny",
             input="первый-пароль\nдругой-пароль\nпервый-пароль\nпервый-пароль\n")
    assert r.exit_code == 0, r.output
    assert "Repeat for confirmation" not in r.output
    assert "do not match" not in r.output
    assert "Повторите пароль" in r.output
    assert "не совпадают" in r.output
    assert "Сотрудник dezhurny: создан" in r.output


def test_user_passwd_prompt_is_russian_too(tmp_path):
    home = fund_of_texts(tmp_path, {"act.txt": ACT})
    assert _run(home, "user", "add", "smena", "--password-stdin",
                input="вечерняя-смена\n").exit_code == 0
    r = _run(home, "user", "passwd", "smena", input="новый-пароль-1\nновый-пароль-1\n")
    assert r.exit_code == 0, r.output
    assert "Repeat for confirmation" not in r.output and "Повторите пароль" in r.output


def test_ingest_report_names_its_batch_for_marc(tmp_path):
    """README (RUSMARC): `marc --batch ID` takes "its id from the ingest report";
    the report named no batch, neither printed nor in `--report FILE.json`."""
    import json
    import re
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    (delivery / "act.txt").write_text(ACT, encoding="utf-8")
    home = tmp_path / "fund"
    r = _run(home, "ingest", str(delivery), "--report", str(tmp_path / "report.json"))
    assert r.exit_code == 0, r.output
    m = re.search(r"Партия импорта: (\S+)", r.output)
    assert m, r.output
    batch = m.group(1)
    entries = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [e["batch"] for e in entries] == [batch]
    out = tmp_path / "batch.iso"
    r = _run(home, "marc", "--batch", batch, "-o", str(out))
    assert r.exit_code == 0, r.output
    assert out.exists() and "1 зап." in r.output
