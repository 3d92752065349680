"""Staff accounts (issue 15, part 4): the wrong-password brake is per account
with a growing wait (behind the HTTPS proxy every reader has the proxy's
address), accounts are listed, disabled, removed and get new passwords from
the CLI, corrections and their refusals speak the reader's language, the
level of government is corrected with the other requisites, and the upload
report names the acts it created by their requisites."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
from ingest.corrections import CorrectionError, correct
from ingest.fund import Fund
from search.web import auth
from search.web.app import App
from tests.fixtures import PASSWORD, Client, Clock, fund_of_texts

PROXY = "10.0.0.1"      # the HTTPS proxy: every reader and librarian comes from it

ACT = """АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ГОРОДСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 14 апреля 2025 г. № 58

О порядке содержания мест погребения на территории поселения

Администрация Заречного городского поселения постановляет:
1. Утвердить порядок содержания мест погребения.
2. Настоящее постановление вступает в силу со дня его опубликования.

Глава поселения П.П. Петров
"""


@pytest.fixture(scope="module")
def fund_home(tmp_path_factory) -> Path:
    home = fund_of_texts(tmp_path_factory.mktemp("accounts"), {"Постановление 58.txt": ACT})
    fund = Fund(home)
    auth.add_user(fund.db, "kassir", PASSWORD)   # a second librarian
    fund.close()
    return home


@pytest.fixture(scope="module")
def rid(fund_home) -> str:
    fund = Fund(fund_home)
    (rec,) = list(fund.iter_records())
    return rec.id


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(fund_home, clock) -> App:
    return App(fund_home, clock=clock, log=lambda m: None)


def run(home, *args, input=None):
    return CliRunner().invoke(cli.main, ["--home", str(home), *args], input=input)


# --- the brake: per account, a growing wait ------------------------------------------

def test_one_reader_behind_the_proxy_cannot_lock_out_other_staff(app):
    guesser = Client(app, client_ip=PROXY)
    for _ in range(auth.FREE_TRIES + 3):
        guesser.login(user="librarian", password="не-тот-пароль")
    assert guesser.login(user="librarian").status == 429
    colleague = Client(app, client_ip=PROXY)          # the same address, another account
    assert colleague.login(user="kassir").status == 303


def test_the_wait_grows_and_a_right_password_after_it_resets_the_count(clock):
    brake = auth.LoginBrake(clock=clock)
    for _ in range(auth.FREE_TRIES - 1):
        brake.failed("Librarian", PROXY)
    assert brake.retry_after("librarian", PROXY) == 0    # four mistakes cost nothing
    brake.failed("librarian", PROXY)
    assert brake.retry_after("LIBRARIAN", "10.9.9.9") == auth.FIRST_DELAY
    clock.now += auth.FIRST_DELAY
    assert brake.retry_after("librarian", PROXY) == 0
    brake.failed("librarian", PROXY)                     # wrong again after the wait: doubled
    assert brake.retry_after("librarian", PROXY) == 2 * auth.FIRST_DELAY
    for _ in range(20):
        clock.now += auth.MAX_DELAY
        brake.failed("librarian", PROXY)
    assert brake.retry_after("librarian", PROXY) == auth.MAX_DELAY   # capped
    clock.now += auth.MAX_DELAY
    brake.succeeded("librarian", PROXY)
    brake.failed("librarian", PROXY)                     # a fresh start: no wait at once
    assert brake.retry_after("librarian", PROXY) == 0


def test_one_address_is_limited_only_coarsely(clock):
    brake = auth.LoginBrake(clock=clock)
    for i in range(auth.ADDRESS_MAX - 1):                 # a spray over many names
        brake.failed(f"name{i}", PROXY)
    assert brake.retry_after("kassir", PROXY) == 0
    brake.failed("другое-имя", PROXY)
    assert 0 < brake.retry_after("kassir", PROXY) <= auth.ADDRESS_WINDOW
    assert brake.retry_after("kassir", "10.0.0.2") == 0
    clock.now += auth.ADDRESS_WINDOW
    assert brake.retry_after("kassir", PROXY) == 0


def test_the_lockout_message_is_russian_or_english(app, clock):
    c = Client(app, client_ip=PROXY)
    for _ in range(auth.FREE_TRIES):
        c.login(user="nobody", password="не-тот-пароль")
    r = c.login(user="nobody")
    assert r.status == 429 and "Повторите через 1 мин." in r.text
    clock.now += auth.FIRST_DELAY - 20
    assert "Повторите через 20 с." in c.login(user="nobody").text
    c.get("/lang?to=en&next=/")
    assert "Try again in 20 s." in c.login(user="nobody").text


# --- accounts from the CLI -----------------------------------------------------------

def test_user_list_disable_enable_passwd_remove(fund_home, app):
    assert run(fund_home, "user", "add", "smena", "--password-stdin",
               input="вечерняя-смена\n").exit_code == 0
    desk = Client(app)
    assert desk.login(user="smena", password="вечерняя-смена").status == 303
    assert desk.get("/upload").status == 200

    r = run(fund_home, "user", "list")
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if x.lstrip().startswith("smena"))
    assert "действует" in line and "1" in line.split()
    listed = json.loads(run(fund_home, "user", "list", "--json").output)
    assert {a["name"] for a in listed} >= {"librarian", "kassir", "smena"}
    assert next(a for a in listed if a["name"] == "smena")["sessions"] == 1

    r = run(fund_home, "user", "disable", "smena")
    assert r.exit_code == 0 and "закрыто сеансов: 1" in r.output
    assert desk.get("/upload").status == 303              # the session has ended
    assert desk.login(user="smena", password="вечерняя-смена").status == 401
    assert next(a for a in json.loads(run(fund_home, "user", "list", "--json").output)
                if a["name"] == "smena")["disabled"] is True
    assert "отключён" in run(fund_home, "user", "list").output

    assert run(fund_home, "user", "disable", "--enable", "smena").exit_code == 0
    r = run(fund_home, "user", "passwd", "smena", "--password-stdin", input="новый-пароль-2\n")
    assert r.exit_code == 0, r.output
    assert not auth.check_password(Fund(fund_home).db, "smena", "вечерняя-смена")
    assert auth.check_password(Fund(fund_home).db, "smena", "новый-пароль-2")

    r = run(fund_home, "user", "remove", "smena", input="n\n")       # asks first
    assert r.exit_code == 1 and "smena" in {a["name"] for a in json.loads(
        run(fund_home, "user", "list", "--json").output)}
    assert run(fund_home, "user", "remove", "smena", "--yes").exit_code == 0
    assert "smena" not in {a["name"] for a in json.loads(
        run(fund_home, "user", "list", "--json").output)}


def test_user_commands_on_a_missing_account_or_a_short_password(fund_home):
    for cmd in (["disable", "nikto"], ["disable", "--enable", "nikto"], ["remove", "nikto", "--yes"]):
        r = run(fund_home, "user", *cmd)
        assert r.exit_code == 1 and "Сотрудника «nikto» нет." in r.output, (cmd, r.output)
    r = run(fund_home, "user", "passwd", "nikto", "--password-stdin", input="достаточно-длинный\n")
    assert r.exit_code == 1 and "нет" in r.output
    r = run(fund_home, "user", "passwd", "kassir", "--password-stdin", input="short\n")
    assert r.exit_code == 2 and "не короче 8 знаков" in r.output


def test_a_password_reset_does_not_re_enable_a_disabled_account(fund_home):
    fund = Fund(fund_home)
    auth.add_user(fund.db, "vremenny", PASSWORD)
    auth.set_disabled(fund.db, "vremenny")
    auth.add_user(fund.db, "vremenny", PASSWORD + "-2")
    assert not auth.check_password(fund.db, "vremenny", PASSWORD + "-2")
    auth.remove_user(fund.db, "vremenny")


# --- corrections: the reader's language, the level ------------------------------------

def test_a_wrong_date_is_refused_in_russian_and_in_english(app, rid):
    c = Client(app)
    c.login()
    token = c.csrf(f"/act/{rid}")
    r = c.post(f"/act/{rid}/requisites", {"csrf": token, "date": "31.02.2007"})
    assert r.status == 400
    assert "«31.02.2007» — не дата" in r.text and "is not a date" not in r.text
    c.get(f"/lang?to=en&next=/act/{rid}")
    r = c.post(f"/act/{rid}/requisites", {"csrf": c.csrf(f"/act/{rid}"), "kind": "указание"})
    assert r.status == 400 and "The kind “указание” is not one of" in r.text


def test_the_level_is_corrected_with_the_other_requisites(app, rid, fund_home):
    c = Client(app)
    c.login()
    card = c.get(f"/act/{rid}").text
    assert '<select name="level">' in card and '<option value="regional">региональный' in card
    token = c.csrf(f"/act/{rid}")
    r = c.post(f"/act/{rid}/requisites", {"csrf": token, "level": "regional", "number": "58"})
    assert r.status == 303
    assert Fund(fund_home).get_record(rid).level == "regional"
    assert Fund(fund_home).manual_fields(rid)["level"] == "regional"
    r = c.post(f"/act/{rid}/requisites", {"csrf": token, "level": "волостной"})
    assert r.status == 400 and "Уровень «волостной» не из списка" in r.text
    fund = Fund(fund_home)
    assert correct(fund, rid, {"level": "Муниципальный"}).level == "municipal"
    with pytest.raises(CorrectionError) as ex:
        correct(fund, rid, {"level": "federal level"})
    assert ex.value.key == "level" and "is not one of" in str(ex.value)
