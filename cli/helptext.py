"""The CLI's help (``actdesk -h``, ``actdesk КОМАНДА -h``) in the CLI's language.

The commands speak Russian by default — the import report, the watcher, the
lists — and English under ``ACTDESK_LANG=en`` or ``language: en`` in the
fund's ``settings.yaml`` (``ingest.reasons.cli_lang``); their help was
English whatever the choice, click's own words («Usage:», «Options»,
«Show this message and exit.», «[default: 60]») included.

The help texts stay written in English where the options are declared (the
code reads them); ``RU`` gives each one's Russian, keyed by the English with
its white space run together. ``apply`` puts the help of the chosen language
on every command and option before the command line is parsed (each run, so
a test's runner switching languages in one process gets each its own), and
``HelpFormatter`` words click's own parts (a usage error's words are
``cli/messages.py``'s). An English text ``RU`` lacks
(an option added later) is shown in English, never dropped:
``tests/test_qaleft116.py`` names any such text. Only help changes: no
command's output, JSON or exit status depends on it.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import click

_LANG = {"lang": "ru"}    # the language of this run's help, set by ``apply``

CLICK_RU = {
    "Usage:": "Использование:", "Options": "Параметры", "Commands": "Команды",
    "Positional arguments": "Аргументы",
    "Show this message and exit.": "Показать эту справку и выйти.",
    "Show the version and exit.": "Показать версию и выйти.",
    "default": "по умолчанию", "required": "обязательно", "env var": "переменная окружения",
}

RU = {
    # actdesk
    "actdesk — the legal-information desk of a municipal library.":
        "actdesk — правовой информационный центр муниципальной библиотеки.",
    "Fund directory (default: $ACTDESK_HOME, else ./fund).":
        "Папка фонда (по умолчанию: $ACTDESK_HOME, иначе ./fund).",
    "A regional fund: catalog and index in this PostgreSQL database (default: $ACTDESK_DATABASE_URL, "
    "else SQLite and Whoosh in --home); originals stay in --home, a folder every importer shares.":
        "Региональный фонд: каталог и индекс в этой базе PostgreSQL (по умолчанию: $ACTDESK_DATABASE_URL, "
        "иначе SQLite и Whoosh в --home); оригиналы остаются в --home, общей папке всех импортирующих.",
    "A streaming replica (postgresql://…) searches and the catalog's reads (show, export, stats, lists, "
    "marc, readers' web pages) go to; writes go to the primary. Unreachable: the primary, with a message.":
        "Реплика (postgresql://…), к которой идут поиск и чтение каталога (show, export, stats, списки, "
        "marc, страницы читателей); запись идёт в основную базу. Недоступна — основная база, с сообщением.",
    # ingest, ocr
    "Import delivered files, folders and zip archives into the fund. "
    "Exit status is 0 when no file failed, 1 otherwise.":
        "Импорт поступивших файлов, папок и zip-архивов в фонд.\n\n"
        "Код выхода 0, если ни один файл не дал ошибки, иначе 1.",
    "Files parsed in parallel (default: all cores).":
        "Сколько файлов разбирать параллельно (по умолчанию: все ядра).",
    "Write the per-file report as JSON to this file.":
        "Записать отчёт по файлам в этот файл (JSON).",
    "Read again the failed and pending files of the fund.":
        "Прочитать заново файлы фонда с ошибками и ждущие чтения.",
    "Read again every file the fund has read (after an upgrade of actdesk); "
    "corrections are kept, a file whose new reading fails keeps its records.":
        "Прочитать заново все прочитанные файлы фонда (после обновления actdesk); "
        "исправления сохраняются, файл, который не прочитался заново, сохраняет свои записи.",
    "List every file in the report, not only problems.":
        "Перечислить в отчёте все файлы, а не только проблемные.",
    "Import fast: pages that need OCR stay pending for `actdesk ocr --pending`.":
        "Быстрый импорт: страницы, которым нужно распознавание, ждут `actdesk ocr --pending`.",
    "OCR the scans, images and garbled PDFs waiting in the fund.":
        "Распознать (OCR) сканы, изображения и PDF с повреждённым текстом, ждущие в фонде.",
    "OCR the files an import left pending (--no-ocr, no Tesseract).":
        "Распознать файлы, оставленные импортом ждать (--no-ocr, нет Tesseract).",
    "Files read in parallel (default: all cores).":
        "Сколько файлов читать параллельно (по умолчанию: все ядра).",
    # watch
    "Import what is delivered into FOLDER, then file it under FOLDER/_принято/ДАТА "
    "(or FOLDER/_ошибки/ДАТА when a file could not be read). Exit status of --once: 0 when no file "
    "failed, 1 when one did, 3 when another watcher holds the folder (nothing done).":
        "Импортировать то, что поступает в ПАПКУ, и убрать в ПАПКА/_принято/ДАТА "
        "(или в ПАПКА/_ошибки/ДАТА, если файл не прочитан).\n\n"
        "Код выхода с --once: 0 — ни один файл не дал ошибки, 1 — был файл с ошибкой, "
        "3 — папку держит другой наблюдатель (ничего не сделано).",
    "Look, wait --settle seconds, import what did not change, and exit.":
        "Посмотреть, подождать --settle секунд, импортировать то, что не изменилось, и выйти.",
    "Seconds between looks at the folder.": "Секунд между просмотрами папки.",
    "A delivery is imported when it has not changed for this long (seconds).":
        "Поступление импортируется, когда оно не менялось столько секунд.",
    # export, stats
    "Write every record, one JSON object per line (../shared/spec/record.md).":
        "Вывести все записи, по одному объекту JSON в строке (../shared/spec/record.md).",
    "Write to this file instead of standard output.": "Записать в этот файл вместо стандартного вывода.",
    "Counts of the fund by kind, level, year, issuing body and status in force.":
        "Число записей фонда по видам, уровням, годам, органам и действию (утратили силу).",
    # search and its filters
    "Search the fund: free text with requisites (постановление 145 от 12.03.2024), filters, facets.":
        "Поиск по фонду: свободный текст с реквизитами (постановление 145 от 12.03.2024), фильтры, фасеты.",
    "Kind of act (постановление, решение, …); repeatable.":
        "Вид акта (постановление, решение, …); можно повторять.",
    "Issuing body (words of its name).": "Принявший орган (слова его названия).",
    "Number of the act, e.g. 145-п.": "Номер акта, например 145-п.",
    "Adopted on or after this date.": "Принят в эту дату или позже.",
    "Adopted on or before this date.": "Принят в эту дату или раньше.",
    "Received on or after this date.": "Поступил в эту дату или позже.",
    "Received on or before this date.": "Поступил в эту дату или раньше.",
    "Rubric code, subrubrics included; repeatable.": "Код рубрики, вместе с подрубриками; можно повторять.",
    "Where it was published (newspaper name).": "Где опубликован (название газеты).",
    "The act's region (Брянская область; '-': not named).": "Регион акта (Брянская область; '-': не назван).",
    "The act's municipality (город Брянск); a district takes its settlements too.":
        "Муниципальное образование акта (город Брянск); район — вместе с его поселениями.",
    "Only acts in force: leave out those repealed (a database's note or an act of the fund).":
        "Только действующие акты: без утративших силу (по отметке базы или акту фонда).",
    "relevance; date: newest first; oldest: oldest first; number: by the act's number.":
        "relevance — по релевантности; date — сначала новые; oldest — сначала старые; "
        "number — по номеру акта.",
    "own: the library's municipality (with its settlements); region: its region; all: the whole fund. "
    "Default: search_scope in FUND/settings.yaml, else all.":
        "own — муниципальное образование библиотеки (с поселениями); region — её регион; all — весь фонд. "
        "По умолчанию: search_scope в ФОНД/settings.yaml, иначе all.",
    "Print the card of one record: requisites, rubrics, source, warnings, text.":
        "Карточка одной записи: реквизиты, рубрики, источник, предупреждения, текст.",
    "Rebuild the search index from the catalog (the catalog is the source of truth).":
        "Перестроить поисковый индекс по каталогу (каталог — источник истины).",
    "Reorder a PostgreSQL index by term after large imports (searches wait meanwhile).":
        "Упорядочить индекс PostgreSQL по терминам после больших импортов (поиск в это время ждёт).",
    # lists
    "A bibliographic list (ГОСТ Р 7.0.100–2018) of everything a search finds. "
    "Example: actdesk biblist погребение --kind постановление --group-by year -o list.docx":
        "Библиографический список (ГОСТ Р 7.0.100–2018) всего, что находит поиск.\n\n"
        "Пример: actdesk biblist погребение --kind постановление --group-by year -o list.docx",
    "Group headings.": "Заголовки групп.",
    "legal-force: laws, decrees, resolutions, decisions, orders, others; then by date.":
        "legal-force — по юридической силе: законы, указы, постановления, решения, распоряжения, прочие; "
        "затем по дате.",
    "Title of the list.": "Заглавие списка.",
    "Output format (default: from the -o extension, else txt).":
        "Формат вывода (по умолчанию: по расширению -o, иначе txt).",
    "Write to this file (required for docx).": "Записать в этот файл (для docx обязательно).",
    "The bulletin of new arrivals, grouped by rubric. Without dates it covers everything received since "
    "the previous bulletin, whose end the fund remembers once a bulletin is written to a file (-o).":
        "Бюллетень новых поступлений по рубрикам.\n\n"
        "Без дат он охватывает всё поступившее после предыдущего бюллетеня; его конец фонд запоминает, "
        "когда бюллетень записан в файл (-o).",
    "First day of reception (default: since the previous bulletin; the first time, the last 7 days).":
        "Первый день поступления (по умолчанию: с предыдущего бюллетеня; в первый раз — последние 7 дней).",
    "Last day of reception (default: now).": "Последний день поступления (по умолчанию: сейчас).",
    "Selective dissemination: each subscriber's new arrivals matching their profile. Writes one digest "
    "file and one .eml per subscriber (or sends with --smtp). Nobody gets a record twice; a failed send "
    "is retried on the next run. Exit status 1 when a send failed.":
        "Избирательное распространение информации: каждому подписчику — новые поступления по его профилю.\n\n"
        "Пишет по файлу обзора и по письму .eml на подписчика (или отправляет с --smtp). Никто не получает "
        "запись дважды; неудавшаяся отправка повторяется при следующем запуске. Код выхода 1, если "
        "отправка не удалась.",
    "Send the digests through this SMTP server (HOST:PORT) instead of writing .eml files.":
        "Отправить обзоры через этот SMTP-сервер (ХОСТ:ПОРТ) вместо файлов .eml.",
    "Folder for the digests (default: FUND/sdi).": "Папка для обзоров (по умолчанию: ФОНД/sdi).",
    "Format of each subscriber's digest file.": "Формат файла обзора каждого подписчика.",
    "Sender address (default: 'from' of subscribers.yaml).":
        "Адрес отправителя (по умолчанию: 'from' из subscribers.yaml).",
    "The subscribers file (default: FUND/subscribers.yaml).":
        "Файл подписчиков (по умолчанию: ФОНД/subscribers.yaml).",
    # marc
    "RUSMARC records (one per act) of everything a search finds. Examples: actdesk marc --kind "
    "постановление --since 2024-03-01 -o new.iso; actdesk marc --batch last -o delivery.iso "
    "(what the latest import wrote).":
        "Записи RUSMARC (по одной на акт) всего, что находит поиск.\n\n"
        "Примеры: actdesk marc --kind постановление --since 2024-03-01 -o new.iso; "
        "actdesk marc --batch last -o delivery.iso (то, что записал последний импорт).",
    "ISO 2709 (.iso, .mrc) or MARCXML (.xml); default: from the -o extension, else iso2709.":
        "ISO 2709 (.iso, .mrc) или MARCXML (.xml); по умолчанию: по расширению -o, иначе iso2709.",
    "cp1251 for older IRBIS: characters outside it are transliterated or replaced, each record named.":
        "cp1251 для старых ИРБИС: знаки вне неё транслитерируются или заменяются, каждая такая запись "
        "называется.",
    "Received on or after this date (as --received-from).":
        "Поступил в эту дату или позже (как --received-from).",
    "Only the acts one import batch wrote (its id from the ingest report, or 'last').":
        "Только акты одной партии импорта (её номер из отчёта ingest, или 'last').",
    "The desk's web address (http://host:port): 856 links to the original and the card.":
        "Веб-адрес центра (http://хост:порт): в поле 856 ссылки на оригинал и карточку.",
    "Write to this file.": "Записать в этот файл.",
    # rubrics, tag, retag
    "The rubric scheme (rubrics.yaml): check it, show it, explain a record's rubrics.":
        "Рубрикатор (rubrics.yaml): проверить, показать, объяснить рубрики записи.",
    "Validate the scheme; print every problem with its line; exit 1 if any.":
        "Проверить рубрикатор; вывести каждую ошибку с номером строки; код выхода 1, если они есть.",
    "Print the scheme with the number of records under each rubric.":
        "Вывести рубрикатор с числом записей в каждой рубрике.",
    "Rubric scheme file (default: the one in use).": "Файл рубрикатора (по умолчанию: действующий).",
    "Show which rules fired on which words of record RECORD_ID.":
        "Показать, какие правила сработали на каких словах записи RECORD_ID.",
    "List the acts filed only by the scheme's best guess (or not filed at all), with the rubrics that "
    "have the most evidence, for a librarian to confirm.":
        "Акты, отнесённые к рубрике только по догадке рубрикатора (или не отнесённые никуда), "
        "с наиболее обоснованными рубриками — на подтверждение библиотекарю.",
    "A table for people, JSON for programs.": "Таблица для людей, JSON для программ.",
    "File RECORD_ID under CODE (default: the scheme's guess, both rubrics when it guessed two): the "
    "rubric becomes the librarian's (manual) and the record leaves the review list.":
        "Отнести RECORD_ID к рубрике CODE (по умолчанию: догадка рубрикатора, обе рубрики, если их две): "
        "рубрика становится решением библиотекаря (manual), и запись уходит из списка на проверку.",
    "Record the librarian's rubric decision: actdesk tag ID +social.disabled -budget Automatic re-tagging "
    "never overrides it; export marks it \"source\": \"manual\".":
        "Записать решение библиотекаря о рубриках: actdesk tag ID +social.disabled -budget\n\n"
        "Автоматическая перерубрикация его не отменяет; в выгрузке оно помечено \"source\": \"manual\".",
    "Apply the (edited) rubric scheme to the whole fund; manual decisions stay.":
        "Применить (изменённый) рубрикатор ко всему фонду; решения библиотекаря остаются.",
    # user
    "Staff accounts of the web page (stored in the fund's catalog).":
        "Учётные записи сотрудников веб-страницы (хранятся в каталоге фонда).",
    "Create staff user NAME, or set a new password (which ends their sessions).":
        "Создать сотрудника NAME или задать новый пароль (его сеансы завершатся).",
    "Read the password from standard input.": "Прочитать пароль со стандартного ввода.",
    "Set a new password for existing user NAME (their sessions end).":
        "Задать новый пароль существующему пользователю NAME (его сеансы завершатся).",
    "The staff accounts: name, state, created, open sessions, last seen.":
        "Учётные записи сотрудников: имя, состояние, создана, открытые сеансы, последний вход.",
    "One JSON list, for programs.": "Один список JSON, для программ.",
    "Disable user NAME: their sessions end and their password is refused.":
        "Отключить пользователя NAME: его сеансы завершатся, пароль не будет приниматься.",
    "Let the user log in again (the same password).": "Снова разрешить вход (с тем же паролем).",
    "Remove user NAME and their sessions (their corrections stay).":
        "Удалить пользователя NAME и его сеансы (его исправления остаются).",
    "Do not ask for confirmation.": "Не спрашивать подтверждения.",
    # serve
    "Serve the reference-desk web page and the JSON API (/api/openapi.json).":
        "Запустить веб-страницу справочной службы и JSON API (/api/openapi.json).",
    "Address to listen on. The default serves this computer only; give 0.0.0.0 to serve the library's "
    "network (staff pages then travel unencrypted: put an HTTPS proxy in front and use --secure-cookies).":
        "Адрес, на котором слушать. По умолчанию — только этот компьютер; 0.0.0.0 — вся сеть библиотеки "
        "(страницы сотрудников тогда идут без шифрования: поставьте впереди HTTPS-прокси и укажите "
        "--secure-cookies).",
    "Largest batch a librarian can upload at once.":
        "Наибольший объём, который библиотекарь может загрузить за раз.",
    "A staff session ends after this long without a request.":
        "Сеанс сотрудника завершается после стольких минут без запросов.",
    "Mark cookies Secure (behind HTTPS).": "Помечать cookie как Secure (за HTTPS).",
    "Also import what is delivered into this folder, as `actdesk watch` does.":
        "Также импортировать то, что поступает в эту папку, как `actdesk watch`.",
    "Seconds between looks at the --watch folder.": "Секунд между просмотрами папки --watch.",
    # dossier
    "Press dossiers: a topic's acts and clippings (a saved query plus your choices).":
        "Тематические досье: акты и вырезки по теме (сохранённый запрос и ваш выбор).",
    "Create a dossier from a saved query; what it finds now is its first content. "
    "Example: actdesk dossier create \"Выборы-2026\" --query \"выборы депутатов\"":
        "Создать досье по сохранённому запросу; то, что он находит сейчас, — его первое содержание.\n\n"
        "Пример: actdesk dossier create \"Выборы-2026\" --query \"выборы депутатов\"",
    "The words of the saved query (as for search).": "Слова сохраняемого запроса (как для search).",
    "Add records by id: they stay even when the query no longer finds them.":
        "Добавить записи по номерам: они остаются, даже когда запрос их больше не находит.",
    "Remove records by id: they stay out even when the query finds them.":
        "Убрать записи по номерам: они остаются вне досье, даже когда запрос их находит.",
    "The dossiers with how many materials each holds and how many are new.":
        "Досье: сколько в каждом материалов и сколько из них новых.",
    "Print JSON for programs.": "Вывести JSON для программ.",
    "The dossier's materials, the new ones marked; showing them marks them seen.":
        "Материалы досье, новые отмечены; после показа они считаются просмотренными.",
    "Do not mark the new materials as seen.": "Не отмечать новые материалы просмотренными.",
    "Mark the dossier's new materials as seen.": "Отметить новые материалы досье просмотренными.",
    "Write the dossier: title page, contents, each entry's ГОСТ description and text.":
        "Записать досье: титульный лист, содержание, описание каждой записи по ГОСТ и её текст.",
    "docx or html (default: from the -o extension).": "docx или html (по умолчанию: по расширению -o).",
    "The file to write.": "Файл, в который записать.",
    "How the contents are grouped.": "Как группировать содержание.",
    "Give every text cut to N characters (default: clippings whole, acts 1500).":
        "Давать каждый текст, обрезанный до N знаков (по умолчанию: вырезки целиком, акты — 1500).",
    "Give every text whole.": "Давать каждый текст целиком.",
    # migrate
    "Copy this desk's fund (SQLite) into a regional PostgreSQL fund.":
        "Скопировать фонд этого центра (SQLite) в региональный фонд PostgreSQL.",
    "The regional database (default: --db / $ACTDESK_DATABASE_URL).":
        "Региональная база (по умолчанию: --db / $ACTDESK_DATABASE_URL).",
    "The regional fund's folder, shared by its importers (default: --home).":
        "Папка регионального фонда, общая для импортирующих (по умолчанию: --home).",
    "The counts as JSON, for programs.": "Числа в JSON, для программ.",
}


def key(text: str) -> str:
    """An English help text as ``RU`` is keyed: white space run together."""
    return " ".join(text.split())


_RU = {key(k): v for k, v in RU.items()}


def russian(text: str | None) -> str | None:
    """The Russian of an English help text (the English itself when ``RU`` lacks it)."""
    if not text:
        return text
    return _RU.get(key(text), text)


def walk_paths(cmd: click.Command, path: str = ""):
    """(``"rubrics check"``, command) for ``cmd`` (its path ``""``) and every command under it."""
    yield path, cmd
    for name, sub in getattr(cmd, "commands", {}).items():
        yield from walk_paths(sub, f"{path} {name}".strip())


def walk(cmd: click.Command):
    """``cmd`` and every command under it."""
    return (c for _, c in walk_paths(cmd))


# The line each command has in its group's list (``actdesk -h``). click cuts
# a help's first sentence to the terminal's width («… и убрать в...»); the
# Russian sentences are longer than the English, so each gets its short line.
SHORT_RU = {
    "ingest": "Импорт файлов, папок и zip-архивов в фонд.",
    "ocr": "Распознать сканы, ждущие в фонде.",
    "watch": "Импортировать всё, что поступает в папку.",
    "export": "Все записи в JSON, по одной в строке.",
    "stats": "Число записей по видам, годам, органам, действию.",
    "search": "Поиск по фонду: слова, реквизиты, фильтры.",
    "show": "Карточка одной записи.",
    "reindex": "Перестроить поисковый индекс по каталогу.",
    "compact": "Упорядочить индекс PostgreSQL после импортов.",
    "biblist": "Библиографический список найденного (ГОСТ).",
    "arrivals": "Бюллетень новых поступлений по рубрикам.",
    "sdi": "Новые поступления подписчикам по их профилям.",
    "marc": "Записи RUSMARC всего, что находит поиск.",
    "rubrics": "Рубрикатор: проверить, показать, объяснить.",
    "rubrics check": "Проверить рубрикатор.",
    "rubrics tree": "Рубрикатор с числом записей в рубриках.",
    "rubrics explain": "Какие правила дали рубрики записи.",
    "rubrics review": "Рубрики-догадки на подтверждение.",
    "rubrics confirm": "Подтвердить рубрику записи.",
    "tag": "Решение библиотекаря о рубриках записи.",
    "retag": "Применить рубрикатор ко всему фонду заново.",
    "user": "Учётные записи сотрудников веб-страницы.",
    "user add": "Создать сотрудника или задать пароль.",
    "user passwd": "Задать новый пароль сотруднику.",
    "user list": "Список учётных записей сотрудников.",
    "user disable": "Отключить сотрудника.",
    "user remove": "Удалить сотрудника.",
    "serve": "Веб-страница справочной службы и JSON API.",
    "dossier": "Тематические досье.",
    "dossier create": "Создать досье по запросу.",
    "dossier add": "Добавить записи в досье.",
    "dossier remove": "Убрать записи из досье.",
    "dossier list": "Список досье, новое в каждом.",
    "dossier show": "Материалы досье, новые отмечены.",
    "dossier seen": "Отметить новое в досье просмотренным.",
    "dossier export": "Записать досье в DOCX или HTML.",
    "migrate": "Перенести фонд в региональную базу PostgreSQL.",
}


def home_of(args: list[str]) -> Path | None:
    """``--home`` as typed before the command (the fund whose ``language:`` counts)."""
    for i, a in enumerate(args):
        if a == "--home" and i + 1 < len(args):
            return Path(args[i + 1])
        if a.startswith("--home="):
            return Path(a.split("=", 1)[1])
    env = os.environ.get("ACTDESK_HOME")
    return Path(env) if env else Path("fund")


def apply(group: click.Command, args: list[str]) -> str:
    """Every command's and option's help in the CLI's language for this run. The language."""
    from ingest.reasons import cli_lang
    try:
        lang = cli_lang(home_of(args))
    except Exception:   # the help must come out whatever the fund's state
        lang = "ru"
    _LANG["lang"] = lang
    for path, cmd in walk_paths(group):
        cmd.context_class = DeskContext
        # click keeps a command's help option as the first context it ran in named it: a group run
        # on its own first (a test's runner) had «--help» only; each run names it again («-h» too)
        cmd._help_option = None
        if not hasattr(cmd, "_short_en"):
            # click's own words, kept to put back under English
            cmd._short_en, cmd._options_metavar_en = cmd.short_help, cmd.options_metavar
            cmd._subcommand_metavar_en = getattr(cmd, "subcommand_metavar", None)
        ru = lang == "ru"
        if path:   # a command's line in its group's list
            cmd.short_help = SHORT_RU.get(path, cmd._short_en) if ru else cmd._short_en
        # the usage line's own words (``[OPTIONS] COMMAND [ARGS]...``)
        cmd.options_metavar = "[ПАРАМЕТРЫ]" if ru else cmd._options_metavar_en
        if isinstance(cmd, click.Group):
            cmd.subcommand_metavar = "КОМАНДА [АРГУМЕНТЫ]..." if ru else cmd._subcommand_metavar_en
        items = [cmd] + [p for p in cmd.params if isinstance(p, click.Option)]
        for opt in items[1:]:
            _value_word(opt, ru)
        for obj in items:
            if not hasattr(obj, "_help_en"):
                obj._help_en = obj.help
            obj.help = russian(obj._help_en) if ru else obj._help_en
    return lang


# click's word for an option's value, from its type (``--kind TEXT``, ``--limit INTEGER RANGE``,
# ``--home DIRECTORY``), where the option names none of its own (``--db postgresql://…``); a choice
# lists its values and a flag takes none. Arguments keep theirs: a usage error names them by it.
VALUE_WORDS_RU = {"text": "ТЕКСТ", "integer": "ЧИСЛО", "integer range": "ЧИСЛО", "float": "ЧИСЛО",
                  "float range": "ЧИСЛО", "file": "ФАЙЛ", "filename": "ФАЙЛ", "directory": "ПАПКА",
                  "path": "ПУТЬ"}


def _value_word(opt: click.Option, ru: bool) -> None:
    if not hasattr(opt, "_metavar_en"):
        opt._metavar_en = opt.metavar
    if opt._metavar_en is None and not opt.is_flag and not isinstance(opt.type, click.Choice):
        opt.metavar = VALUE_WORDS_RU.get(opt.type.name) if ru else None


def language() -> str:
    """The language of this run (``apply`` chose it from the fund and the environment)."""
    return _LANG["lang"]


def _words(text: str) -> str:
    return CLICK_RU.get(text, text) if _LANG["lang"] == "ru" else text


_EXTRA = re.compile(r"\[(default|required|env var)([:\]])")


class HelpFormatter(click.HelpFormatter):
    """click's own words (the usage line, the section headings, the help and
    version options, «[default: …]») in the CLI's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None and _LANG["lang"] == "ru":
            prefix = _words("Usage:") + " "
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(_words(heading))

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        if _LANG["lang"] == "ru":
            rows = [(term, _EXTRA.sub(lambda m: "[" + _words(m.group(1)) + m.group(2), _words(text)))
                    for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


class DeskContext(click.Context):
    """The usage line above a usage error follows the language as the help's
    does: the error under it is in the same language (``cli/messages.py``)."""
    formatter_class = HelpFormatter
