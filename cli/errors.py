"""Errors of the library become one clear CLI error, here and nowhere else.

The fund, the index, the lists and the rubric scheme raise their own errors
with a message that says what to do; a command lets them pass and
``DeskGroup`` turns each into ``click.ClickException``: the message after
``Error:`` («Ошибка:»), exit status 1, no traceback. Mistakes in what the user
typed stay ``click.UsageError`` in the command that knows the option (status
2). Every such error, click's own included, is shown in the CLI's language
(``cli/messages.py``).
"""
from __future__ import annotations

import sys

import click


def _desk_errors() -> tuple[type[Exception], ...]:
    # Imported on the error path only: ``actdesk --help`` stays quick.
    from ingest.fund import FundError
    from ingest.ocrjobs import OcrNotAvailable
    from ingest.rubrics import SchemeError
    from search.index import SearchIndexError  # IndexBusy too
    from search.lists import ListError
    from search.query.errors import QueryError
    from search.render import OutputError
    return FundError, OcrNotAvailable, SchemeError, SearchIndexError, ListError, QueryError, OutputError


def _message(ex: Exception) -> str:
    from ingest.rubrics import SchemeError
    if isinstance(ex, SchemeError):
        # every problem with its line, as `actdesk rubrics check` prints them
        from cli.rubrics import format_problems
        return f"{format_problems(ex.path, ex.problems)}\nFix the scheme (actdesk rubrics check)."
    return str(ex)


class DeskGroup(click.Group):
    """A click group whose commands' library errors end as ``Error: …``."""

    def main(self, *args, **kwargs):
        # before any output, --help and usage errors included: a cp1251 or
        # cp866 standard output prints look-alikes, never a traceback
        from cli.console import install
        install()
        # the help in the CLI's language, as the commands' own words (cli/helptext.py)
        from cli.helptext import apply
        argv = kwargs.get("args", args[0] if args else None)
        apply(self, list(sys.argv[1:] if argv is None else argv))
        return super().main(*args, **kwargs)

    def make_context(self, *args, **kwargs) -> click.Context:
        # the group's own options (``--home`` without its folder, ``--hme``)
        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as ex:
            _localised(ex)
            raise

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.Abort, KeyboardInterrupt, EOFError) as ex:
            _interrupted(ctx, ex)
        except click.exceptions.Exit:
            raise
        except click.ClickException as ex:
            _localised(ex)      # click's own and the commands': shown in the CLI's language
            raise
        except Exception as ex:
            if not isinstance(ex, _desk_errors()):
                raise
            raise _localised(click.ClickException(_message(ex))) from ex


def _localised(ex: click.ClickException) -> click.ClickException:
    from cli.helptext import language
    from cli.messages import localise
    return localise(ex, language())


INTERRUPTED = {"ru": "Прервано.", "en": "Interrupted."}


def _interrupted(ctx: click.Context, ex: BaseException):
    """Ctrl-C, end of input at a prompt, or «n» to a confirmation: click said
    «Aborted!» in English among the desk's Russian. The same exit status 1,
    no traceback, in the CLI's language (``ingest.reasons.cli_lang``)."""
    from ingest.reasons import cli_lang
    home = getattr(ctx.obj, "home", None)
    try:
        lang = cli_lang(home)
    except Exception:   # the message must come out whatever the fund's state
        lang = "ru"
    if not isinstance(ex, click.Abort):
        click.echo(err=True)   # closes the terminal's «^C» line, as click does
    click.echo(INTERRUPTED.get(lang, INTERRUPTED["ru"]), err=True)
    raise click.exceptions.Exit(1) from None
