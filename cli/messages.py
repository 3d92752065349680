"""The CLI's error messages in the CLI's language.

The commands speak Russian by default (``ingest.reasons.cli_lang``), and so
does their help (``cli/helptext.py``); but a mistake in what the user typed
came back in click's English («Error: No such option '--retri'»), and so did
the desk's own refusals («no record with id 'x'», «the fund at … is
read-only»), which the fund, the index and the lists word in English, the
language of the code and of ``ACTDESK_LANG=en``. A librarian at a Russian
desk met English exactly when something went wrong.

``localise`` words one ``click.ClickException`` in the CLI's language just
before click shows it: the frame («Ошибка: …», «Справка: actdesk ingest
--help», the usage line) and the message, matched whole against ``PATTERNS``
(each English wording the code or click raises, its variable parts as named
groups, and its Russian). A message that is already Russian (the query
layer's, ``search.query.errors``) passes as it is; an English one no pattern
knows is shown as raised, never lost or cut (``tests/test_cli_messages.py``
names every message of the ``cli`` package that no pattern knows). Only
the words change: the exit status, stdout and JSON output do not.
"""
from __future__ import annotations

import re
import types

import click

# click's kinds of value, as ``'x' is not a valid integer.`` names them
_TYPES = {"integer": "целое число", "integer range": "целое число", "float": "число",
          "float range": "число", "boolean": "да или нет (yes/no)", "UUID": "UUID"}
_PATHS = {"File": "Файл", "Directory": "Папка", "Path": "Путь"}


def _q(value: str) -> str:
    """A name or value in «ёлочки», without click's straight quotes."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return f"«{value}»"


def _quoted_list(value: str) -> str:
    return ", ".join(_q(v) for v in re.findall(r"'[^']*'|\"[^\"]*\"", value)) or value


def _names(value: str) -> str:
    """``'-o' / '--output'``: one option's names, each in «ёлочки»."""
    return " / ".join(_q(v) for v in value.split(" / "))


_SUBSCRIBER = re.compile(r"(?P<f>.*): subscriber (?P<i>\d+)(?: \((?P<n>.*)\))?")


def _who(where: str) -> str:
    """``subs.yaml: subscriber 2 (Иванова)`` → ``subs.yaml: подписчик 2 (Иванова)``."""
    m = _SUBSCRIBER.fullmatch(where)
    if not m:
        return where
    return f"{m['f']}: подписчик {m['i']}" + (f" ({m['n']})" if m["n"] is not None else "")


def _maybe(possible: str | None, many: str | None) -> str:
    if possible:
        return f" Может быть, {_q(possible)}?"
    if many:
        return f" Может быть, одно из: {_quoted_list(many)}?"
    return ""


# (English wording, matched whole; its Russian: a format string over the
# groups, or a function of the match for the parts that need words)
# why an index is rebuilt, as ``search.index.check`` words it («outdated (schema 7, needs 8)»)
_INDEX_STATES = (("missing version stamp", "без отметки версии"),
                 ("missing table of contents", "без оглавления"),
                 ("outdated", "устарел"), ("corrupt", "повреждён"))


def _index_rebuilt(where: str, why: str) -> str:
    """A progress line: the index ``where`` (a folder, a schema, or none) is rebuilt for ``why``."""
    where = f" {where}" if where else ""
    if why == "missing":
        return f"поискового индекса{where} нет: он строится по каталогу…"
    for en, ru in _INDEX_STATES:
        if why.startswith(en):
            why = ru + why[len(en):]
            break
    return f"поисковый индекс{where} {why}: он строится заново по каталогу…"


_RAW: list[tuple[str, object]] = [
    # --- click's usage errors
    (r"No such option (?P<n>'[^']*')\.(?: Did you mean (?P<p>'[^']*')\?| \(Did you mean one of: "
     r"(?P<ps>.*)\?\))?",
     lambda m: f"Нет параметра {_q(m['n'])}." + _maybe(m["p"], m["ps"])),
    (r"No such command (?P<n>'[^']*')\.(?: Did you mean (?P<p>'[^']*')\?| \(Did you mean one of: "
     r"(?P<ps>.*)\?\))?",
     lambda m: f"Нет команды {_q(m['n'])}." + _maybe(m["p"], m["ps"])),
    (r"Missing command\.", "Не указана команда."),
    (r"Missing argument (?P<n>'[^']*'(?: / '[^']*')*)\.", lambda m: f"Не указан аргумент {_names(m['n'])}."),
    (r"Missing option (?P<n>'[^']*'(?: / '[^']*')*)\.", lambda m: f"Не указан параметр {_names(m['n'])}."),
    (r"Missing parameter (?P<n>'[^']*'(?: / '[^']*')*)\.", lambda m: f"Не указан параметр {_names(m['n'])}."),
    (r"Got unexpected extra arguments? \((?P<a>.*)\)", lambda m: f"Лишние аргументы: {m['a']}."),
    (r"Option (?P<n>'[^']*') requires an argument\.",
     lambda m: f"После параметра {_q(m['n'])} нужно значение."),
    (r"Option (?P<n>'[^']*') requires (?P<k>\d+) arguments\.",
     lambda m: f"После параметра {_q(m['n'])} нужно значений: {m['k']}."),
    (r"Option (?P<n>'[^']*') does not take a value\.",
     lambda m: f"Параметр {_q(m['n'])} пишут без значения."),
    (r"Argument (?P<n>'[^']*') takes (?P<k>\d+) values\.",
     lambda m: f"Аргументу {_q(m['n'])} нужно значений: {m['k']}."),
    (r"Invalid value for (?P<p>'[^']*'(?: / '[^']*')*|[^:]+): (?P<m>.*)",
     lambda m: f"Неверное значение {_names(m['p'])}: {say(m['m'])}"),
    (r"Invalid value: (?P<m>.*)", lambda m: f"Неверное значение: {say(m['m'])}"),
    # --- the values click's types refuse
    (r"(?P<v>'.*') is not a valid (?P<t>integer range|float range|integer|float|boolean|UUID)\.",
     lambda m: f"{_q(m['v'])} — не {_TYPES[m['t']]}."),
    (r"(?P<v>'.*') is not one of (?P<c>.*)\.",
     lambda m: f"{_q(m['v'])} — допустимо: {_quoted_list(m['c'])}."),
    (r"(?P<v>.+) is not in the range (?P<r>.+)\.",
     lambda m: f"{m['v']} вне допустимых пределов {m['r']}."),
    (r"(?P<v>'.*') does not match the formats? .*\.",
     lambda m: f"{_q(m['v'])} — не дата (пишите 2024-03-12 или 12.03.2024)."),
    (r"(?P<k>File|Directory|Path) (?P<f>'.*') does not exist\.",
     lambda m: f"{_PATHS[m['k']]} {_q(m['f'])} не существует."),
    (r"(?P<k>File|Directory|Path) (?P<f>'.*') is a directory\.",
     lambda m: f"{_PATHS[m['k']]} {_q(m['f'])} — это папка, нужен файл."),
    (r"(?P<k>File|Directory|Path) (?P<f>'.*') is a file\.",
     lambda m: f"{_PATHS[m['k']]} {_q(m['f'])} — это файл, нужна папка."),
    (r"(?P<k>File|Directory|Path) (?P<f>'.*') is not (?P<w>readable|writable|executable)\.",
     lambda m: f"{_PATHS[m['k']]} {_q(m['f'])}: нет прав на "
               + {"readable": "чтение", "writable": "запись", "executable": "запуск"}[m["w"]] + "."),
    (r"Could not open file (?P<f>'.*'): (?P<m>.*)",
     lambda m: f"Не удалось открыть файл {_q(m['f'])}: {m['m']}"),
    # --- the commands' own (cli/*.py)
    (r"(?P<v>'.*') is not a date \(use 2024-03-12 or 12\.03\.2024\)",
     lambda m: f"{_q(m['v'])} — не дата (пишите 2024-03-12 или 12.03.2024)"),
    (r"no rubric (?P<v>'.*') in the scheme \((?P<h>.*); every code and label: actdesk rubrics tree\)",
     lambda m: f"рубрики {_q(m['v'])} в рубрикаторе нет ({say(m['h'])}; все коды и названия: "
               "actdesk rubrics tree)"),
    (r"did you mean: (?P<c>.*)", "возможно, имелась в виду: {c}"),
    (r"top-level codes: (?P<c>.*)", "рубрики верхнего уровня: {c}"),
    (r"(?P<k>sort|scope) must be one of (?P<l>.*), not (?P<v>.*)", "{k} — одно из: {l}, а не {v}"),
    (r"unsupported saved query version (?P<v>.*)", "версия сохранённого запроса {v} не поддерживается"),
    (r"unknown query fields: (?P<l>.*)", "неизвестные поля запроса: {l}"),
    (r"no record with id (?P<v>'.*')", lambda m: f"записи с номером {_q(m['v'])} нет"),
    (r"id (?P<v>'.*') is ambiguous: (?P<l>.*)",
     lambda m: f"номер {_q(m['v'])} подходит к нескольким записям: {m['l']}"),
    (r"no record (?P<v>'.*') in the fund \(see 'actdesk export'\)",
     lambda m: f"записи {_q(m['v'])} в фонде нет (см. actdesk export)"),
    (r"no single record (?P<v>'.*') in the fund \(see 'actdesk rubrics review'\)",
     lambda m: f"записи {_q(m['v'])} в фонде нет или их несколько (см. actdesk rubrics review)"),
    (r"(?P<v>'.*'): write \+CODE to add a rubric or -CODE to remove it",
     lambda m: f"{_q(m['v'])}: пишите +КОД, чтобы добавить рубрику, или -КОД, чтобы снять её"),
    (r"unknown rubric code\(s\): (?P<c>.*) \(see 'actdesk rubrics tree'\)",
     "нет таких кодов рубрик: {c} (см. actdesk rubrics tree)"),
    (r"unknown rubric code: (?P<c>.*) \(see 'actdesk rubrics tree'\)",
     "нет такого кода рубрики: {c} (см. actdesk rubrics tree)"),
    (r"no rubric code to file the record under", "не названа рубрика, к которой отнести запись"),
    (r"no guess to confirm: name the rubric \(actdesk rubrics tree\)",
     "подтверждать нечего: назовите рубрику (actdesk rubrics tree)"),
    (r"no rubric scheme found \(rubrics\.yaml\)", "рубрикатор не найден (rubrics.yaml)"),
    (r"explain needs the catalog: run it as 'actdesk rubrics explain ID'",
     "для explain нужен каталог: запустите как «actdesk rubrics explain НОМЕР»"),
    (r"this command needs the catalog: run it as 'actdesk rubrics …'",
     "этой команде нужен каталог: запустите как «actdesk rubrics …»"),
    (r"give files or folders to import, or --retry, or --reread",
     "укажите файлы или папки для импорта, либо --retry, либо --reread"),
    (r"give --format docx\|html or an -o file ending in \.docx or \.html",
     "укажите --format docx|html или файл -o с окончанием .docx или .html"),
    (r"--excerpt and --full exclude each other", "--excerpt и --full вместе не бывают: выберите одно"),
    (r"DOCX is a binary format: give a file with -o/--output",
     "DOCX — двоичный формат: укажите файл в -o/--output"),
    (r"is after --until", "позже --until"),
    (r"(?P<v>'.*') is not HOST:PORT", lambda m: f"{_q(m['v'])} — не ХОСТ:ПОРТ"),
    (r"(?P<v>'.*') is not an http\(s\) address", lambda m: f"{_q(m['v'])} — не адрес http(s)"),
    (r"give --since or --received-from, not both", "укажите --since или --received-from, не оба"),
    (r"no import batch (?P<v>'.*') in this fund", lambda m: f"партии импорта {_q(m['v'])} в этом фонде нет"),
    (r"name the regional database: --to postgresql://user@host/db\[\?schema=…\]",
     "назовите региональную базу: --to postgresql://user@host/db[?schema=…]"),
    (r"no desk catalog to migrate: (?P<p>.*) does not exist \(--home names the desk's fund\)",
     "нечего переносить: каталога {p} нет (--home называет фонд рабочего места)"),
    (r"a PostgreSQL URL: (?P<s>.*)", "нужен адрес PostgreSQL: {s}"),
    (r"--read-db \((?P<r>\w+)\) is a replica of the primary: give it too \((?P<u>\w+)\)",
     "--read-db ({r}) — реплика основной базы: укажите и её ({u})"),
    (r"cannot listen on (?P<a>.*?): (?P<e>.*) \(another server there\? try --port\)",
     "не удалось открыть {a}: {e} (там уже работает сервер? попробуйте --port)"),
    # --- the fund's, the index's and the lists' (ingest/, search/)
    (r"no fund at (?P<h>.*): run 'actdesk ingest' first",
     "фонда в {h} нет: сначала импортируйте файлы (actdesk ingest)"),
    (r"cannot create the fund at (?P<h>.*?): (?P<e>.*)", "не удалось создать фонд в {h}: {e}"),
    (r"cannot open the catalog (?P<p>.*?): (?P<e>.*)", "не удалось открыть каталог {p}: {e}"),
    (r"the fund at (?P<h>.*) is read-only: nothing can be imported or changed "
     r"\(check the folder's permissions\)",
     "фонд в {h} открыт только для чтения: импортировать и изменять нельзя (проверьте права на папку)"),
    (r"the fund at (?P<h>.*) is read-only and has no catalog yet",
     "фонд в {h} открыт только для чтения, и каталога в нём ещё нет"),
    (r"the catalog of (?P<h>.*) is opened for reading only \((?P<w>.*)\): writes go to the primary",
     lambda m: f"каталог {m['h']} открыт только для чтения ("
               + ("реплика" if m["w"] == "the read replica" else "только чтение") + "): запись идёт в основную базу"),
    (r"original (?P<s>\w+) is missing from the fund", "оригинала {s} в фонде нет"),
    (r"(?P<p>.*): cannot read the settings \((?P<e>.*)\)", "{p}: не удалось прочитать настройки ({e})"),
    (r"(?P<p>.*): the settings must be 'name: value' lines",
     "{p}: настройки пишут строками «имя: значение»"),
    (r"search index (?P<d>.*) is still being written by another process(?P<w>.*?) after (?P<t>\S+) s; "
     r"try again when it has finished \(the lock is released automatically when that process ends\)",
     "поисковый индекс {d} ещё записывает другой процесс{w} (ждали {t} с); повторите, когда он "
     "закончит (блокировка снимается сама, когда процесс завершится)"),
    (r"search index (?P<d>.*?) is in use by another program \(the web page `actdesk serve`, another "
     r"`actdesk`, an antivirus\) and cannot be replaced: (?P<e>.*); stop it and run `actdesk reindex` "
     r"again \(the index in use is unchanged\)",
     "поисковый индекс {d} занят другой программой (веб-страница actdesk serve, другой actdesk, "
     "антивирус) и не может быть заменён: {e}; закройте её и снова запустите actdesk reindex "
     "(индекс, которым пользуются, не изменён)"),
    (r"search index (?P<d>.*?) is (?P<w>.*?) and no catalog to rebuild it from; run `actdesk reindex`",
     "поисковый индекс {d} не читается ({w}), и каталога, чтобы его перестроить, нет; "
     "запустите actdesk reindex"),
    # --- progress lines on stderr (``cli.context.err``): the index and the dossiers at work
    (r"search index (?P<w>.*?): building it from the catalog…", lambda m: _index_rebuilt("", m["w"])),
    (r"search index (?P<d>.*?) is (?P<w>.*?); rebuilding it from the catalog…",
     lambda m: _index_rebuilt(m["d"], m["w"])),
    (r"search index rebuilt: (?P<n>\d+) records", "поисковый индекс построен: записей {n}"),
    (r"search index (?P<d>.*?): postings of layout (?P<l>\S+) added in place",
     "поисковый индекс {d}: списки терминов формата {l} добавлены на месте"),
    (r"search index (?P<d>.*?) is being written by another process(?P<w>.*?); waiting up to (?P<t>\S+) s…",
     "поисковый индекс {d} записывает другой процесс{w}; ждём до {t} с…"),
    (r"dossier «(?P<n>.*?)»: (?P<k>\d+) new", "досье «{n}»: новых материалов {k}"),
    (r"dossier «(?P<n>.*?)»: its query failed \((?P<e>.*)\); not updated",
     "досье «{n}»: запрос не выполнен ({e}); не обновлено"),
    (r"search index (?P<d>.*?) is (?P<w>.*?); run `actdesk reindex`",
     "поисковый индекс {d} не читается ({w}); запустите actdesk reindex"),
    (r"the period is empty: --since is after --until", "период пуст: --since позже --until"),
    (r"no (?P<p>.*): create it with a 'subscribers:' list \(name, email, profile for each reader\)",
     "файла {p} нет: создайте его со списком «subscribers:» (name, email, profile для каждого читателя)"),
    (r"(?P<p>.*): not valid YAML: (?P<e>.*)", "{p}: ошибка в YAML: {e}"),
    (r"(?P<p>.*): expected a 'subscribers:' list", "{p}: нужен список «subscribers:»"),
    (r"no fund in (?P<w>.*?): run 'actdesk ingest' first, or name the fund with \?schema= in the URL "
     r"\(the schema is otherwise named after the folder (?P<h>.*?)\)(?:; this database holds: (?P<l>.*))?",
     lambda m: f"фонда в {m['w']} нет: сначала импортируйте файлы (actdesk ingest) или назовите фонд "
               f"параметром ?schema= в адресе (иначе схема называется по папке {m['h']})"
               + (f"; в этой базе есть: {m['l']}" if m["l"] else "")),
    (r"(?P<k>'.*') cannot be corrected by hand", lambda m: f"поле {_q(m['k'])} вручную не исправляют"),
    (r"the catalog's database failed (?P<n>\S+) times in a row \((?P<e>.*)\); nothing of this file was "
     r"written, run the import again",
     "база каталога отказала {n} раз подряд ({e}); из этого файла ничего не записано, запустите импорт снова"),
    (r"(?P<p>.*): (?P<k>\w+) must be a non-empty text, not (?P<v>.*)",
     "{p}: {k} — нужен непустой текст, а не {v}"),
    (r"(?P<p>.*): search_scope must be one of (?P<l>.*), not (?P<v>.*)",
     "{p}: search_scope — одно из: {l}, а не {v}"),
    (r"schema name (?P<s>.*) in (?P<e>\S+): use letters, digits, _",
     "имя схемы {s} в {e}: только буквы, цифры и _"),
    (r"a read replica \((?P<r>\S+)\) is a replica of the primary: give it too \((?P<u>\S+)\)",
     "реплика для чтения ({r}) — копия основной базы: укажите и её ({u})"),
    (r"actdesk migrate copies a desk's SQLite fund into PostgreSQL: give the database with --to postgresql://…",
     "actdesk migrate переносит фонд рабочего места (SQLite) в PostgreSQL: укажите базу в --to postgresql://…"),
    (r"the regional catalog has no table (?P<t>\S+) yet \(the staff tables are made by "
     r"search\.web\.auth\.ensure_schema before migrating\)",
     "в региональном каталоге ещё нет таблицы {t} (таблицы сотрудников создаёт "
     "search.web.auth.ensure_schema перед переносом)"),
    (r"(?P<w>a catalog in PostgreSQL|the PostgreSQL engine) needs psycopg \(pip install 'psycopg\[binary\]'\)",
     "для работы с PostgreSQL нужен psycopg (pip install 'psycopg[binary]')"),
    (r"cannot connect to the catalog's database \((?P<e>.*?)\): (?P<m>.*)",
     "не удалось подключиться к базе каталога ({e}): {m}"),
    (r"cannot connect to (?P<e>\S+): (?P<m>.*)", "не удалось подключиться к {e}: {m}"),
    (r"no PostgreSQL URL: set (?P<e>\S+)", "нет адреса PostgreSQL: задайте {e}"),
    (r"cannot write (?P<p>.*?): the file is open in another program \(Word, Excel, a viewer\) or the "
     r"folder is read-only; close it or choose another name",
     "не удалось записать {p}: файл открыт в другой программе (Word, Excel, просмотрщик) или папка "
     "только для чтения; закройте его или выберите другое имя"),
    (r"cannot write (?P<p>.*?): (?P<e>.*)", "не удалось записать {p}: {e}"),
    (r"(?P<p>.*): expected name, email and profile", lambda m: f"{_who(m['p'])}: нужны name, email и profile"),
    (r"(?P<p>.*): 'name' is missing", lambda m: f"{_who(m['p'])}: нет «name»"),
    (r"(?P<p>.*): 'email' is missing or not an e-mail address: (?P<v>.*)",
     lambda m: f"{_who(m['p'])}: «email» нет или это не адрес электронной почты: {m['v']}"),
    (r"(?P<p>.*): e-mail (?P<v>.*) is listed twice", lambda m: f"{_who(m['p'])}: адрес {m['v']} указан дважды"),
    (r"(?P<p>.*): 'profile' must be a query \(text, kind, rubric, …\)",
     lambda m: f"{_who(m['p'])}: «profile» — это запрос (text, kind, rubric, …)"),
    (r"(?P<p>.*): bad profile: (?P<e>.*)", lambda m: f"{_who(m['p'])}: ошибка в profile: {say(m['e'])}"),
]

PATTERNS: list[tuple[re.Pattern, object]] = [(re.compile(p, re.S), ru) for p, ru in _RAW]

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def say(message: str, lang: str = "ru") -> str:
    """One message in ``lang``: Russian from ``PATTERNS`` when one matches it
    whole; as raised otherwise (English, or already Russian)."""
    if lang != "ru" or not message:
        return message
    text = message.strip()
    for pattern, ru in PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            groups = {k: (v or "") for k, v in m.groupdict().items()}
            return ru(m) if callable(ru) else ru.format(**groups)
    return message


def known(message: str) -> bool:
    """Whether ``say`` has Russian for this message (or it is Russian already)."""
    return bool(_CYRILLIC.search(message)) or say(message) != message


FRAME = {
    "ru": {"error": "Ошибка: {message}", "hint": "Справка: {command} {option}"},
    "en": {"error": "Error: {message}", "hint": "Try '{command} {option}' for help."},
}


def localise(ex: click.ClickException, lang: str) -> click.ClickException:
    """``ex`` shown in ``lang`` when click shows it; the same exception, the
    same exit status. English is click's own show, untouched."""
    if lang != "ru" or getattr(ex, "_localised", False):
        return ex
    ex._localised = True
    english = ex.format_message
    ex.format_message = lambda: say(english())
    ex.show = types.MethodType(_show, ex)
    return ex


def _show(self: click.ClickException, file=None) -> None:
    """click's ``UsageError.show`` / ``ClickException.show``, in Russian."""
    frame = FRAME["ru"]
    ctx = getattr(self, "ctx", None)
    color = None
    if isinstance(self, click.UsageError) and ctx is not None:
        color = ctx.color
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            names = ctx.command.get_help_option_names(ctx)
            hint = frame["hint"].format(command=ctx.command_path, option=max(names, key=len)) + "\n"
        click.echo(f"{ctx.get_usage()}\n{hint}", file=file, err=True, color=color)
    click.echo(frame["error"].format(message=self.format_message()), file=file, err=True,
               color=color if color is not None else getattr(self, "show_color", None))
