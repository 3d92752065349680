"""``actdesk user add``: staff accounts of the web page, over ``search.web.auth``."""
from __future__ import annotations

import sys

import click

from cli.context import Ctx, pass_ctx


@click.group()
def user() -> None:
    """Staff accounts of the web page (stored in the fund's catalog)."""


@user.command("add")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@pass_ctx
def user_add(c: Ctx, name: str, password_stdin: bool) -> None:
    """Create staff user NAME, or set a new password (which ends their sessions)."""
    from search.web.auth import AuthError, add_user
    fund = c.fund()
    fund.require_writable()
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        new = add_user(fund.db, name, password)
    except AuthError as ex:
        raise click.UsageError(str(ex)) from ex
    click.echo(f"user {name} {'created' if new else 'password changed'}")
