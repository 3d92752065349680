"""``actdesk user add|passwd|list|disable [--enable]|remove``: staff accounts of
the web page, over ``search.web.auth``. Messages are Russian like the page's
(``search.web.i18n``); ``list --json`` is for programs."""
from __future__ import annotations

import sys
from datetime import datetime

import click

from cli.context import Ctx, echo_json, pass_ctx


@click.group()
def user() -> None:
    """Staff accounts of the web page (stored in the fund's catalog)."""


def _password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    # asked twice in the desk's language: click's own confirmation speaks
    # English ("Repeat for confirmation", "The two entered values do not match")
    while True:
        first = click.prompt("Пароль", hide_input=True)
        if click.prompt("Повторите пароль", hide_input=True) == first:
            return first
        click.echo("Пароли не совпадают, введите ещё раз.", err=True)


def _writable(c: Ctx):
    fund = c.fund()
    fund.require_writable()
    return fund


def _account(c: Ctx, operation, name: str, *args, password_stdin: bool | None = None,
             confirm: str | None = None):
    """``operation(db, name, *args)`` of search.web.auth on the writable fund
    (checked before a password is asked for or a confirmation), with the
    password typed (``password_stdin`` not None) as the last argument. A
    mistyped name or a short password is a usage error (status 2), an
    absent account an ordinary one (status 1)."""
    from search.web.auth import AuthError
    fund = _writable(c)
    if confirm:
        click.confirm(confirm, abort=True)
    if password_stdin is not None:
        args = (*args, _password(password_stdin))
    try:
        return operation(fund.db, name, *args)
    except AuthError as ex:
        if ex.key == "acc_no_user":
            raise click.ClickException(str(ex)) from ex
        raise click.UsageError(str(ex)) from ex


password_stdin_option = click.option("--password-stdin", is_flag=True,
                                     help="Read the password from standard input.")


@user.command("add")
@click.argument("name")
@password_stdin_option
@pass_ctx
def user_add(c: Ctx, name: str, password_stdin: bool) -> None:
    """Create staff user NAME, or set a new password (which ends their sessions)."""
    from search.web.auth import add_user
    new = _account(c, add_user, name, password_stdin=password_stdin)
    click.echo(f"Сотрудник {name}: {'создан' if new else 'пароль изменён'}")


@user.command("passwd")
@click.argument("name")
@password_stdin_option
@pass_ctx
def user_passwd(c: Ctx, name: str, password_stdin: bool) -> None:
    """Set a new password for existing user NAME (their sessions end)."""
    from search.web.auth import set_password
    _account(c, set_password, name, password_stdin=password_stdin)
    click.echo(f"Сотрудник {name}: пароль изменён, открытые сеансы закрыты")


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%d.%m.%Y %H:%M") if ts else "—"


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON list, for programs.")
@pass_ctx
def user_list(c: Ctx, as_json: bool) -> None:
    """The staff accounts: name, state, created, open sessions, last seen."""
    from ingest.report import table
    from search.web.auth import accounts
    rows = accounts(c.fund().db) if _has_users(c) else []
    if as_json:
        echo_json([a.to_dict() for a in rows])
        return
    if not rows:
        click.echo("Сотрудников нет: добавьте командой actdesk user add ИМЯ")
        return
    click.echo(table([[a.name, "отключён" if a.disabled else "действует", a.created_at[:16],
                       str(a.sessions), _when(a.last_seen)] for a in rows],
                     ["имя", "состояние", "создан", "сеансов", "последний запрос"]))


def _has_users(c: Ctx) -> bool:
    return c.fund().db.has_table("web_users")


@user.command("disable")
@click.argument("name")
@click.option("--enable", is_flag=True, help="Let the user log in again (the same password).")
@pass_ctx
def user_disable(c: Ctx, name: str, enable: bool) -> None:
    """Disable user NAME: their sessions end and their password is refused."""
    from search.web.auth import set_disabled
    ended = _account(c, set_disabled, name, not enable)
    click.echo(f"Сотрудник {name} снова может входить" if enable
               else f"Сотрудник {name} отключён; закрыто сеансов: {ended}")


@user.command("remove")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_ctx
def user_remove(c: Ctx, name: str, yes: bool) -> None:
    """Remove user NAME and their sessions (their corrections stay)."""
    from search.web.auth import remove_user
    _account(c, remove_user, name, confirm=None if yes else f"Удалить сотрудника {name}?")
    click.echo(f"Сотрудник {name} удалён")
