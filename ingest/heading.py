"""The heading zone of an act: which lines are noise, and Russian morphology.

Legal databases (КонсультантПлюс, Кодекс/Техэксперт, Гарант, pravo.gov.ru),
e-signature stamps, blank-form serial numbers, page numbers and OCR debris
surround the real heading of an act. ``noise_mask(lines)`` marks them so the
requisites parser never reads a date or number from them (the dates inside
``Список изменяющих документов`` belong to amending acts, not to this one).

Morphology (``ingest.morph``) answers three questions: is this caps token
two words glued by a bad conversion (``ДЕПУТАТОВКРАСНОПОЛЬСКОГО``), does
this line start a new name of a body (nominative) or continue the previous
one (genitive), and what is the nominative of a body named in the genitive
(``администрации Рыбинского района`` -> ``администрация Рыбинского района``,
``ingest.morph.to_nominative``).
"""
from __future__ import annotations

import bisect
import functools
import re

from ingest.press_lines import mark_press_lines
from ingest.sharing_card import mark_sharing_card

from ingest.morph import FULL_POS, is_known, parses

# --- noise -----------------------------------------------------------------

# A legal database's or portal's artefact that may sit anywhere in a line
# (Garant's "Постановление изменено с 14 сентября 2020 г. - Постановление … N
# 168-ПГ" is anchored below: it names the amending act, never the act's own
# heading). Searched only in lines where a key word of ``_NOISE_KEYS`` occurs.
_NOISE_ANYWHERE = re.compile(
    r"""(
      документ\s+предоставлен\s+консультант
    | консультантплюс | consultant\.ru | надежная\s+правовая\s+поддержка
    | ис\s+[«"]?кодекс | [«"]кодекс[:»"] | ао\s+[«"]кодекс | техэксперт | docs\.cntd\.ru
    | система\s+гарант | garant\.ru
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A legal database's invitation to open the current version, and its note for its users
# (Garant prints both above the act): chrome, never the act's words.
DATABASE_INVITATION = (r"(?:вы\s+можете\s+)?откр(?:ойте|ыть)\s+актуальную\s+версию\s+документа"
                       r"|если\s+вы\s+являетесь\s+пользователем\s+интернет-верси")

# Garant's entry of a change: "Пункт 2 изменен с 2 ноября 2016 г. - Постановление … N 119"
_CHANGED_FROM = (r"(?:постановление|решение|распоряжение|приказ|указ|закон|документ|преамбула|наименование"
                 r"|приложение|пункт|статья|глава|раздел)(?:\s+[\d.]+)?\s+(?:изменен[оаы]?|дополнен[оаы]?)\s+с\s+\d")
_CHANGE_ENTRY = re.compile(_CHANGED_FROM, re.IGNORECASE)
ENTRY_LINES = 4  # lines a narrow column breaks such an entry into, past its first
# Kodeks' note of a misprint in the official text: "В официальном тексте документа, видимо,
# допущена опечатка: следует читать … - Примечание изготовителя базы данных."
_MISPRINT = r"в\s+официальном\s+тексте(?:\s+документа\b|\s*$)"
_MISPRINT_END = re.compile(r"примечание\s+изготовителя\s+базы\s+данных\W*$", re.IGNORECASE)
NOTE_LINES = 8

# A whole line of page or database chrome, anchored at the line's start and
# tried with one ``match`` on every line of every text.
_NOISE_START = re.compile(
    r"""(?:
      дата\s+сохранения
    | страница\s+\d+(\s+из\s+\d+)?\s*$
    | стр\.?\s*\d+(\s+из\s+\d+)?\s*$
    | редакция\s+документа\s+с\s+учетом | изменений\s+и\s+дополнений\s+подготовлена
    | информационно-правов
    | зарегистрирован[оаы]?\s+в\s+(министерстве\s+юстиции|минюсте)
    | ЗАРЕГИСТРИРОВАНО\b
    | опубликовано\s*:?\s*$
    | """ + _CHANGED_FROM + r"""
    | """ + _MISPRINT + r"""
    | (основная\s+информация|бесплатная\s+консультация|текущая\s+редакция\s+документа)\s*$
    # a legal database's page chrome and print notes: the invitation to open the current
    # version, the note for its users, its shop line; the date the print stands at, a text
    # given in part or checked against a source
    | """ + DATABASE_INVITATION + r"""
    | купить\s+систему\s | (текст\s+)?документ(а)?\s+по\s+состоянию\s+на\s.{0,40}$
    # a legal portal's own wording of it: «Текст правового акта по состоянию на август 2012 года» (heldout71)
    | текст\s+((муниципального|нормативного)\s+)?(правового\s+)?акта\s+по\s+состоянию\s+на\s.{0,40}$
    | текст\s+документа\s+(приводится\s+не\s+полностью|сверен\s+по\b)
    | (дата\s+опубликования|номер\s+документа|текущая\s+редакция|статус\s+нормативности
        |субъект\s+(рф|российской\s+федерации)|принявший\s+орган|раздел\s+на\s+сайте|тип\s+документа
        |дата\s+принятия|вид\s+документа|назначение\s+документа|дата\s+начала\s+действия
        |дата\s+окончания\s+действия|субъект\s+нормотворчества|орган,?\s+принявший)\s*:
    | [сc]качать(\s+документ|\s+[\d.,]+\s*(kb|кб|mb|мб)|\s*[(:]|\s.{0,40}(\bв\s+формате\b|\b(doc|docx|rtf|pdf|odt|zip|rar)\s*$))
    | (©|\(c\)|copyright)\s
    | скан-копия\s+оригинала\b
    # a site's widget headings and navigation, alone on their line (a menu's bullet before them)
    | ([-–—•*]\s*)?((полезные\s+(ресурсы|ссылки)|карта\s+сайта|написать\s+нам|поиск\s+(на\s+сайте|по\s+сайту)
        |главное\s+меню|версия\s+для\s+(слабовидящих|печати)|распечатать|оставить\s+комментарий
        |поделиться|обзор\s+документа|(другие|похожие)\s+(документы|новости|материалы)|читайте\s+также
        |главная|власть|документы|новости|контакты|вход|(расширенный\s+)?поиск|обращения\s+граждан|интернет-при[её]мная
        |опросы?|голосование|меню|статистика|рубрикатор(\s+документов)?
        # a site's contact block: «Наш адрес» over the address, «Приёмная» over its phone (sample 33 of issue 12)
        |наш\s+адрес|при[её]мная
        # a city duma's menu row («Поиск по сайту Где искать», «Список документов»), heldout66
        |где\s+искать|список\s+документов
        # a list entry's teaser link to the full page («читать далее», «Читать полностью…», heldout93)
        |(читать|читайте)\s+(далее|дальше|полностью|подробнее)(\s*(\.{2,}|…|»|>>|→))?
        |о\s+(поселении|районе|городе|округе|муниципалитете|муниципальном\s+образовании))\s*)+$
    # a site's menu row opening with its search or its on-line reception, its other items after
    # them on the same line («Электронная приемная Официальные символы Заречного Устав Заречного»):
    # a menu names no act (no digits, no sign), heldout66
    | (поиск\s+(на\s+сайте|по\s+сайту)|(электронная|интернет-|виртуальная\s+)при[её]мная)\s[^\d№«»"]{0,100}$
    # a municipal site's weather widget: its heading («Погода в Заречном:», a bullet before it),
    # the temperature («+12 °C, ночью +4 °C»; «° C, ночью ° C» unfilled)
    | ([-–—•*]\s*)?погода(\s+в\s+\S+(\s+\S+){0,2})?\s*:\s*$
    | [-+−]?\d{0,3}\s*°\s*[CС](\s*,?\s*(дн[её]м|ночью|утром|вечером)\s*:?\s*[-+−]?\d{0,3}\s*°\s*[CС])*\s*$
    | герб(\s+\S.{0,80})?$    # the coat of arms' caption in a site's header, alone too («Герб»)
    # the misprint-report widget many sites carry (Orphus and its likes): its dialog's lines
    | орфографическая\s+ошибка\s+в\s+тексте\s*$ | послать\s+сообщение\s+об\s+ошибке\s+автору\??\s*$
    | ваш\s+браузер\s+останется\s+на\s+той\s+же\s+странице\.?\s*$
    | комментарий\s+для\s+автора(\s*\(необязательно\))?\s*:?\s*$ | спасибо!\s+ваше\s+сообщение\s+будет\s+направлен
    # a site's name over its pages («Официальный сайт Администрации …»): never an issuer (sample 33)
    | официальный\s+(сайт|портал|интернет-сайт|интернет-портал)(\s+\S.{0,120})?$
    # a law aggregator's provenance line: the date and the database's section («12 марта 2004
    # Источник: Законы»), never part of the title under it (sample 33)
    | (\d{1,2}\s+[а-яё]+\s+\d{4}\s+)?источник\s*:\s*(законы|постановления|решения|распоряжения|приказы|указы|документы)\s*$
    | главная\s*[/»>|›→](?!.*(№|\bN\s*\d|\d\.\d\d\.\d))    # breadcrumbs naming no act
    # a site's page card: when the page was posted and how often viewed
    | (дата\s+(публикации|размещения|обновления|изменения|создания)|последнее\s+обновление|опубликовано|размещено|обновлено
        |просмотр(ов|ы|ено)|последнее\s+изменение(\s+страницы)?|зарегистрирован[аоы]?)\s*:\s*[\d.,:\s-]*(г\.?|года?)?\s*$
    # the date in words («Опубликовано: 15 апреля 2011», «… 2011 г. в 12:30»)
    | (дата\s+(публикации|размещения|создания)|опубликовано|размещено)\s*:\s*\d{1,2}\s+(января|февраля|марта|апреля|мая
        |июня|июля|августа|сентября|октября|ноября|декабря)\s+\d{4}\s*(г\.?|года?)?\s*(в\s+)?(\d{1,2}:\d\d)?\s*$
    # the same card's fields on one line, a bar or a dot between them, a colon lost
    # («Опубликовано 15.06.2015 | Просмотров: 340»)
    | ((дата\s+(публикации|размещения)|опубликовано|размещено|обновлено|просмотр(ов|ы|ено))\s*:?[\d.,:\s-]*(г\.?|года?)?\s*[|·•]\s*)+
        (дата\s+(публикации|размещения)|опубликовано|размещено|обновлено|просмотр(ов|ы|ено))\s*:?[\d.,:\s-]*(г\.?|года?)?\s*$
    | (основной\s+документ|действующ(ий|ая)\s+редакция|текущая\s+редакция|редакции\s+документа)\s*$
    # a legal portal's banners: its name, its free line (Garant's invitation to its internet
    # version is with the database's chrome above), a site's age rating
    | законодательная\s+база\s+российской\s+федерации\s*$
    # the Ministry of Justice's register of municipal acts: its banner, an act's number in it;
    # a database's heading over the account of an act's editions
    | нормативные\s+правовые\s+акты\s+в\s+российской\s+федерации\s*$ | нгр\s*:?\s*ru\s*\d{6,}\s*$
    | информация\s+об\s+изменениях\s*:?\s*$
    # a database card's line of the edition shown and its standing, under the act's title
    # («Редакция от 19.12.2007 — Действует», «… — Вступит в силу с 01.01.2025Перейти в действующую»)
    | редакция\s+от\s+\d{1,2}\.\d{1,2}\.\d{4}\s*[—–-]\s*(действует|не\s+действует|недействующ|вступ|утратил)[^\n]{0,80}$
    | бесплатная\s+горячая\s+линия\b
    | \d{1,2}\+\s*$
    | (8|\+7)\s*\(\d{3,5}\)\s*\d[\d\s-]{4,10}\d\s*$    # a phone number alone
    | [-–—\s]*\d{1,3}[-–—\s]*$
    | \d{5,8}$
    | [ВB]\d{9}$
    | _{5,}\s*$ | -{5,}\s*$ | \*{3,}\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A settlement's or district's passport and contact card in a site's side column (``Статус:`` /
# ``Городское поселение``, ``Население (чел.): 14100``, ``Адрес: 243000, …``, ``Телефон/факс: …``,
# ``Электронная почта: …``, ``Подробнее...``): the site's, never a heading line. A key standing alone
# with its colon has its value on the next line, masked with it (``_PASSPORT_KEY`` with ``value`` empty).
_PASSPORT_KEY = re.compile(
    r"""^[●•·*-]?\s*\(?(?:статус|дата\s+(?:основания|образования)|население(?:\s*\(\s*чел\.?\s*\))?
        |код\s+(?:окато|октмо|октмо/окато)|субъект\s+(?:федерации|рф)|муниципальный\s+район|площадь(?:\s+территории)?
        |(?:административный\s+)?центр(?:\s+муницип\.?\s*образ\.?|\s+поселения|\s+района)?
        |(?:почтовый\s+|юридический\s+)?адрес|телефон(?:\s*/\s*факс)?|тел\.(?:\s*/\s*факс)?|факс
        |электронная\s+почта|эл\.\s*почта|e-?mail)\s*\)?\s*:(?P<value>.{0,120})$""",
    re.IGNORECASE | re.VERBOSE)
_PASSPORT_MORE = re.compile(r"^(?:[●•·*-]\s*)?(?:подробнее(?:\.{2,}|…|\s*»)?|информация\s+о\s+(?:поселении|районе|городе|округе))\s*$",
                            re.IGNORECASE)


# Every alternative of _NOISE_ANYWHERE holds one of these words; a line
# is searched when its lower-cased text holds one, or a character that
# re.IGNORECASE folds onto a letter of them (ſ = s, ᲂ = о, …).
_NOISE_KEYS = re.compile(
    r"консультант|consultant\.ru|надежная|кодекс|техэксперт|docs\.cntd\.ru|гарант|garant\.ru"
    r"|[ſᲀ-ᲈ]")


def _keyed_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines holding a key word of the unanchored noise patterns."""
    low = "\n".join(lines).lower()  # lower() keeps every "\n" where it was
    out: set[int] = set()
    line, at = 0, 0
    for m in _NOISE_KEYS.finditer(low):
        line += low.count("\n", at, m.start())
        at = m.start()
        out.add(line)
    return out


# A legal database's bracketed note of the editions an act went through, as it
# opens: "(в ред. …", "(в редакции …", "(Вредакции …" (its words run together),
# "(ред. от …", "(редакция …", "(с изм. …", "(с изменениями …", "(изм. …". The one
# definition the noise mask, the title's reader and the heading's readers share.
EDITION_NOTE_OPEN = r"\(\s*(?:в\s+ред|вред(?:\.|акци)|ред(?:\.|акци|\s)|с\s+изм|изм\.)"
EDITION_NOTE = re.compile(EDITION_NOTE_OPEN, re.IGNORECASE)
# a legal database's edition of the print itself, closing the title's line:
# "(с изменениями на 12 мая 2019 года)", "(с изменениями на: 19.04.2018)",
# "(с изменениями от 25 июля 2003 года)", Garant's "(с изменениями и дополнениями)";
# a cited act's "(в ред. …)" stays
OWN_EDITION = re.compile(r"\s*\(\s*с\s+изменениями(?:\s+(?:на|от)\s*:?\s*\d[^()]*|\s+и\s+дополнениями\s*)\)\s*\.?$",
                         re.IGNORECASE)
# the heading of ConsultantPlus's list of amending acts, over such a note
_CHANGES_WORDS = r"список\s+изменяющих\s+документов"
# a line opening such a note, or that heading
EDITIONS_LINE = re.compile(r"^(?:" + _CHANGES_WORDS + "|" + EDITION_NOTE_OPEN + ")", re.IGNORECASE)

# A parenthesised block that opens on this line and may run several lines: an
# edition note, or a status note ("(утратил силу …)", "(введен …)").
_PAREN_BLOCK = re.compile(
    r"^(?:" + EDITION_NOTE_OPEN + r"|\(\s*(?:редакция,?\s+действующ|утратил|документ\s+утратил|введен))",
    re.IGNORECASE,
)
_CHANGES_LIST = re.compile("^" + _CHANGES_WORDS, re.IGNORECASE)
_CHANGED_BY = re.compile(r"^документ\s+с\s+изменениями,?\s+внесенными", re.IGNORECASE)
# Garant's note ("ГАРАНТ:" / "См. справку …") set anywhere in the act's text
_GARANT_NOTE = re.compile(r"^гарант\s*:", re.IGNORECASE)
_SEE = re.compile(r"^(см\.|смотри(те)?\s)", re.IGNORECASE)
# Garant's list of editions: "С изменениями и дополнениями от:" / "5 ноября 2021 г., 12 апреля 2022 г."
_EDITIONS_FROM = re.compile(r"^с\s+изменениями\s+и\s+дополнениями\s+от\b", re.IGNORECASE)
# (a narrow column breaks a date off at its line's end, "… 7 ноября" / "2019 г., …")
_DATES_LIST = re.compile(r"^(\d{4}\s*(г\.|года?)?\s*[,;]?\s*)?(\d{1,2}\s+[а-яё]+(\s+\d{4}\s*(г\.|года?)?)?\s*[,;]?\s*)*$",
                         re.IGNORECASE)


def inserted_note(s: str) -> bool:
    """A database's note set anywhere in the act (``ГАРАНТ:``, ``См. справку …``)."""
    return bool(_GARANT_NOTE.match(s) or _SEE.match(s))


_ESIGN = re.compile(r"^документ\s+подписан\s+(ЭП|электронн|усиленн|квалифиц)", re.IGNORECASE)
_ESIGN_PART = re.compile(
    r"^(владелец|сертификат|действителен|издатель|серийный\s+номер|срок\s+действия)\b",
    re.IGNORECASE,
)
_ESIGN_END = re.compile(r"^издатель\b", re.IGNORECASE)
_AMENDING_ITEM = re.compile(
    r"^(федеральн\w+\s+закон\w*|закон\w*|постановлени\w+|приказ\w*|решени\w+|"
    r"распоряжени\w+|указ\w*|изменени\w+)\b.*\bот\b",
    re.IGNORECASE,
)
_KODEKS_PAGE = re.compile(r"^страница\s+\d+\s*$", re.IGNORECASE)


_LETTER = re.compile(r"[^\W\d_]")


def _letters(s: str) -> int:
    return len(_LETTER.findall(s))


_CYR_WORD = re.compile(r"[А-Яа-яЁё]{3,}")
_LAT = re.compile(r"[A-Za-z]")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# a designation's number joined by its separators ("19-13", "12.1.004-91", "2/3"): typed, not debris
_CODE = re.compile(r"(?<![\d./-])\d+(?:[-./]\d+)+(?![\d./-])")


def is_garbage(line: str) -> bool:
    """OCR debris: few real Cyrillic words, many symbols (``/ U u jU >``)."""
    s = line.strip()
    if not s:
        return False
    words = _CYR_WORD.findall(s)
    letters = _letters(s)
    if not words:
        # no Cyrillic word of 3+ letters: debris unless it is a short code
        return True
    # years read as words ("на 2022 - 2026 годы»", a title's last line), and the numbers of
    # designations a title lists ("НОРМ 19-13, НОРМ 24-13")
    years = 4 * len(_YEAR.findall(_CODE.sub("", s))) + sum(map(len, _CODE.findall(s)))
    if letters + years < 0.5 * len(s.replace(" ", "")):
        return True
    lat = len(_LAT.findall(s))
    if lat > 2 and lat > 0.3 * letters:
        return True
    return False


def _paren_balance(s: str) -> int:
    return s.count("(") - s.count(")")


def _mask_entry_rest(lines: list[str], i: int, mask: list[bool]) -> None:
    """Garant's entry of a change (line ``i``) broken over lines by a narrow
    column: the lines down to its «См. предыдущую редакцию» are the entry's (the
    amending act it names is never the act's heading)."""
    k, seen = i + 1, 0
    while k < len(lines) and seen <= ENTRY_LINES:
        t = lines[k].strip()
        if t and _SEE.match(t):
            for q in range(i + 1, k):
                mask[q] = True
            return
        seen += bool(t)
        k += 1


def _mask_note_rest(lines: list[str], i: int, mask: list[bool]) -> None:
    """Kodeks' note of a misprint (line ``i``) broken over lines: its lines down to
    the one that closes it («… - Примечание изготовителя базы / данных.»)."""
    text, k = lines[i].strip(), i + 1
    while k < len(lines) and k - i <= NOTE_LINES:
        text += " " + lines[k].strip()
        if _MISPRINT_END.search(text):
            for q in range(i + 1, k + 1):
                mask[q] = True
            return
        k += 1


# A web address in a line (a scheme, «www.», or a domain with its path). A site's list of acts
# links each entry to a legal database's copy on the entry's own line («Постановление Правительства
# РФ от 17.11.2015 №1239 https://www.consultant.ru/…», «Закон … от … № 27-ОЗ docs.cntd.ru/document/…»):
# the database's name is then the link's, not the database's chrome, and the line is the act's entry.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,6}/\S*", re.IGNORECASE)
# an act's requisites in the words outside the links: «от» and a date (digits or a month's name)
# with a number after its sign, in either order
_DATE_AFTER_OT = r"\bот\s*\d{1,2}(?:[./]\d{1,2}[./]|\s+[а-яё]+\s+)\d{2,4}"
_NUMBER_SIGN = r"(?:№|\bN)\s*\d"
_REQUISITES_WORDS = re.compile(_DATE_AFTER_OT + ".{0,12}?" + _NUMBER_SIGN + "|" + _NUMBER_SIGN + r"\S*\s+"
                               + _DATE_AFTER_OT, re.IGNORECASE)


def _entry_with_database_link(s: str) -> bool:
    """True when every database name the line holds sits inside a web address and the rest
    of the line names an act by its date and number: an entry of a list with its link."""
    links = [m.span() for m in _WEB_ADDRESS.finditer(s)]
    if not links:
        return False
    if any(not any(a <= m.start() < b for a, b in links) for m in _NOISE_ANYWHERE.finditer(s)):
        return False
    return bool(_REQUISITES_WORDS.search(_WEB_ADDRESS.sub(" ", s)))


def noise_mask(lines: list[str]) -> list[bool]:
    """True for each line that is a database/portal/stamp artefact, not the act."""
    n = len(lines)
    mask = [False] * n
    keyed = _keyed_lines(lines)

    def is_noise(k: int, s: str) -> bool:
        return bool(_NOISE_START.match(s) or (k in keyed and _NOISE_ANYWHERE.search(s)
                                               and not _entry_with_database_link(s)))

    i = 0
    while i < n:
        s = lines[i].strip()
        if not s:
            i += 1
            continue
        if _GARANT_NOTE.match(s) or _EDITIONS_FROM.match(s):
            see = _SEE if _GARANT_NOTE.match(s) else _DATES_LIST
            mask[i] = True
            i += 1
            while True:   # its lines, blank lines between them or not
                k = i
                while k < n and not lines[k].strip():
                    k += 1
                if k >= n or not lines[k].strip():
                    break
                nxt = lines[k].strip()
                # "См. справку …" goes on where a narrow column broke it ("… изменяющих настоящее" /
                # "постановление"): a few words in lower case, no quote (Garant sets the note inside
                # a wrapped title too, whose next line is no part of it)
                if not (see.match(nxt) or see is _SEE and nxt[:1].islower() and len(nxt.split()) <= 3
                        and not any(q in nxt for q in '"«»')):
                    break
                mask[k] = True
                i = k + 1
            continue
        pk = _PASSPORT_KEY.match(s) or _PASSPORT_MORE.match(s)
        if pk:
            mask[i] = True
            i += 1
            if pk.re is _PASSPORT_KEY and not pk.group("value").strip():
                while i < n and not lines[i].strip():
                    i += 1
                if i < n and len(lines[i].strip()) <= 80:
                    mask[i] = True
                    i += 1
            continue
        if len(s) <= 200 and is_noise(i, s):
            mask[i] = True
            if _CHANGE_ENTRY.match(s):
                _mask_entry_rest(lines, i, mask)
            elif s[:1] in "Вв" and not _MISPRINT_END.search(s) and re.match(_MISPRINT, s, re.IGNORECASE):
                _mask_note_rest(lines, i, mask)
            # Kodeks page footer: "<title> (с изменениями…)" / "<kind> от … N …"
            # sit right above "Страница N"; they repeat the act, mark them too.
            if _KODEKS_PAGE.match(s):
                k, back = i - 1, 0
                while k >= 0 and back < 2:
                    if lines[k].strip():
                        mask[k] = True
                        back += 1
                    k -= 1
            i += 1
            continue
        if _ESIGN.match(s):
            # stamp: Документ подписан ЭП … Владелец … Сертификат … Издатель
            j, end = i, i
            while j < n and j - i <= 10:
                if _ESIGN_END.match(lines[j].strip()):
                    end = j
                    break
                if _ESIGN_PART.match(lines[j].strip()):
                    end = j
                j += 1
            for k in range(i, end + 1):
                mask[k] = True
            i = end + 1
            continue
        if _CHANGES_LIST.match(s) or _PAREN_BLOCK.match(s):
            mask[i] = True
            bal = _paren_balance(s) if not _CHANGES_LIST.match(s) else 0
            j = i + 1
            if _CHANGES_LIST.match(s):
                # the list itself is the next parenthesised block
                while j < n and not lines[j].strip():
                    j += 1
                if j < n and lines[j].lstrip().startswith("("):
                    bal = _paren_balance(lines[j])
                    mask[j] = True
                    j += 1
            while bal > 0 and j < n and j - i < 60:
                mask[j] = True
                bal += _paren_balance(lines[j])
                j += 1
            i = j
            continue
        if _CHANGED_BY.match(s):
            mask[i] = True
            j = i + 1
            # a rule right above the note opened its block (a database's print: «____» /
            # «Документ с изменениями, внесенными:» / the amending acts / «____»): the first
            # rule under the note closes it, and the heading follows
            above = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
            depth = 1 if re.match(r"^_{5,}", above) else 0
            while j < n and j - i < 400:
                t = lines[j].strip()
                if not t:
                    j += 1
                    continue
                if re.match(r"^_{5,}", t):
                    mask[j] = True
                    j += 1
                    if depth:  # closing rule of the block
                        break
                    depth = 1
                    continue
                cont = (depth > 0 or _AMENDING_ITEM.match(t) or _paren_balance_open(lines, i, j)
                        or t[0].islower() or t.startswith("(") or is_noise(j, t)
                        or _prev_unfinished(lines, j))
                if not cont:
                    break
                mask[j] = True
                j += 1
            i = j
            continue
        i += 1
    mark_press_lines(lines, mask)
    mark_sharing_card(lines, mask)
    _mark_running_headers(lines, mask)
    return mask


_OF_PAGES = re.compile(r"^страница\s+\d+\s+из\s+\d+\s*$", re.IGNORECASE)
_SAVED = re.compile(r"^дата\s+сохранения", re.IGNORECASE)


def _mark_running_headers(lines: list[str], mask: list[bool]) -> None:
    """A ConsultantPlus print's running header under each page's footer: the act's reference line
    and quoted title (at most three lines) between ``Страница 2 из 7`` and the database's lines
    closing with ``Дата сохранения: …``. They repeat the act on every page: noise."""
    n = len(lines)
    for i in range(n):
        if not (mask[i] and _OF_PAGES.match(lines[i].strip())):
            continue
        block, j = [], i + 1
        while j < n and len(block) <= 3:
            if lines[j].strip():
                if mask[j]:
                    break
                block.append(j)
            j += 1
        if 0 < len(block) <= 3 and any(mask[k] and _SAVED.match(lines[k].strip()) for k in range(j, min(n, j + 4))):
            for k in block:
                mask[k] = True


def _paren_balance_open(lines: list[str], i: int, j: int) -> bool:
    return sum(_paren_balance(lines[k]) for k in range(i, j)) > 0


def _prev_unfinished(lines: list[str], j: int) -> bool:
    """The previous non-empty line does not end an item (no ';' or '.')."""
    k = j - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0:
        return False
    return not lines[k].rstrip().endswith((";", ".", ":"))


# --- morphology ------------------------------------------------------------

def _full_word(word: str) -> bool:
    """A dictionary word that can be part of a name of a body (not ADVB/ADJS)."""
    if not is_known(word):
        return False
    return any(p.tag.POS in FULL_POS for p in parses(word)[:3])


# a preposition or conjunction a monospaced web copy glues to the next word
# ("натерритории", "итехногенного", "Всоответствии")
_GLUED_LEAD = ("на", "в", "во", "по", "о", "об", "при", "для", "с", "со", "к", "от", "из",
               "до", "и", "за", "не")


# a place adjective (КРАСНОПОЛЬСКОГО, Шушенский) and the words of a heading a
# bad conversion glues it to: only after these is a glued place name split
_PLACE_ADJ = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ого|ому|им|ом|ие|их|ую)$", re.IGNORECASE)
_HEADING_NOUNS = {"депутат", "совет", "администрация", "район", "поселение", "округ", "область",
                  "край", "город", "образование", "дума", "собрание", "глава", "комитет",
                  "управление", "правительство", "республика", "муниципальный", "сельский",
                  "городской", "представитель", "губернатор", "министерство", "мэр", "мэрия",
                  "президент", "департамент", "комиссия"}


# a parse below this score is no reading of the word ("града" is no plural)
_READING_FLOOR = 0.01
_ADJ_POS = {"ADJF", "PRTF"}


def _readings(word: str) -> list:
    """The parses of ``word`` as a noun or a full adjective/participle above the floor."""
    return [p for p in parses(word) if p.score >= _READING_FLOOR and p.tag.POS in FULL_POS]


def _reads_as_phrase(left: str, right: str) -> bool:
    """Whether ``left right`` reads as two words of a Russian phrase: an
    adjective agreeing with the next word in case, number and gender
    (``самарской области``, ``заречного муниципального``); a noun and the
    adjective a dependent name starts with (``правительство самарской``); a
    noun and a noun in the genitive (``совет депутатов``), or in the dative or
    instrumental after a noun of action (``управление имуществом``) or after
    a word read first as a genitive, whose head governs it (``наказов жителей
    города депутатам``; ``тест ограде`` is none: «тест» is a genitive last).
    A noun then a noun in the nominative or the locative (``тесто граде``) is
    none."""
    for lp in _readings(left):
        lt = lp.tag
        for rp in _readings(right):
            rt = rp.tag
            if lt.POS in _ADJ_POS:
                if lt.case == rt.case and lt.number == rt.number and (
                        lt.number == "plur" or None in (lt.gender, rt.gender) or lt.gender == rt.gender
                        or "ms-f" in rt):
                    return True
            elif rt.POS in _ADJ_POS or rt.case in ("gent", "gen2") \
                    or rt.case in ("datv", "ablt") and (lp.normal_form.endswith(("ние", "тие"))
                                                        or lp is parses(left)[0] and lt.case == "gent"):
                return True
    return False


# a federal agency's short name opens with «Рос» and its field (Росстат, Ространснадзор): its first
# few letters are no word of their own («Росс тата»); «России», «Ростов…» are words and are not such names
_AGENCY_LEAD = re.compile(r"(?i)рос(?!си|тов)")


@functools.lru_cache(maxsize=20000)
def split_glued(token: str, strict: bool = False) -> tuple[str, ...]:
    """Two words glued by a bad conversion, or the token itself.

    ``ДЕПУТАТОВКРАСНОПОЛЬСКОГО`` -> (``ДЕПУТАТОВ``, ``КРАСНОПОЛЬСКОГО``).
    Only a token unknown to the dictionary is split, and only where the left
    part is a full noun/adjective form; the right part must be a known word
    too, or both parts must be long (a proper adjective like
    ``КРАСНОПОЛЬСКОГО`` is not in the dictionary).

    ``strict`` is for text that was typed, not recognised (a text layer,
    DOCX, TXT, HTML): an unknown word there is far more often a place name
    (``Каменномостский``, ``Сергиевопосадский``) than two glued words, so it
    is split only where both parts are dictionary words, or a preposition
    is glued to a dictionary word (``натерритории``), and the two parts
    must read as two words of a phrase (``_reads_as_phrase``: ``Тестограде``
    is no «тесто граде»).
    """
    if len(token) < 5 or not token.isalpha() or is_known(token):
        return (token,)
    low = token.lower()
    for lead in _GLUED_LEAD:
        rest = token[len(lead):]
        # not in capitals (КАЛИНСКИЙ is no «к алинский»), not before a place adjective
        if low.startswith(lead) and len(rest) >= 5 and _full_word(rest) and not _PLACE_ADJ.search(rest) \
                and (token[:len(lead)].islower() or token[:len(lead) + 1].istitle()):
            return (token[:len(lead)], rest)
    if len(token) < 8:
        return (token,)
    best = None
    for cut in range(3, len(token) - 2):
        left, right = token[:cut], token[cut:]
        if cut < 7 and _AGENCY_LEAD.match(token):
            continue  # a federal agency's short name (Рос|стата, Рос|транснадзора): one word, no seam
        if right[0].lower() in "ьъы" or right[:2].lower() in ("ск", "цк"):
            continue  # "ТЕСТОВ|СКАЯ": an adjective's suffix is not a word
        if not _full_word(left):
            continue
        if strict and left[-1].lower() in "оеи" and parses(right)[0].tag.POS == "ADJF" \
                and parses(left)[0].normal_form not in _HEADING_NOUNS:
            continue  # a compound adjective: Сергиево|посадский; ПРАВИТЕЛЬСТВО|САМАРСКОЙ a seam
        if strict and not _reads_as_phrase(left, right):
            continue  # Тесто|граде: no two words of a phrase
        if strict and _PLACE_ADJ.search(right) and parses(left)[0].normal_form not in _HEADING_NOUNS:
            continue  # ЕКАТЕРИН|КИНСКОГО: a place name; ДЕПУТАТОВ|КРАСНОПОЛЬСКОГО is a seam
        if _full_word(right) and len(right) >= 4 and len(left) >= 4:
            score = 2 * min(len(left), len(right))
        elif len(left) >= 6 and len(right) >= 6 and parses(right)[0].tag.POS in FULL_POS \
                and (not strict or parses(left)[0].tag.POS == "NOUN"
                     and right[0].lower() not in "оеи"):  # not Сергиев|опосадский
            score = min(len(left), len(right))
        else:
            continue
        if best is None or score >= best[0]:  # a tie: the ending stays with the left word
            best = (score, left, right)
    if best is None:
        return (token,)
    return (best[1], best[2])


_TOKEN = re.compile(r"[А-Яа-яЁё]+")


_DIGIT_GLUE = re.compile(r"(?<=\d)(?=(?:году|года|год|годах|годов|годы)\b)")


class PrintedWords:
    """The words a typed document prints: the evidence against a glue seam.

    A token the document prints elsewhere as one word — the same letters in
    any case (``ТЕСТОГРАДА`` / ``г. Тестограда``) or a longer word sharing its
    stem (``Тестоградского``) — is a word of the document, not two words a
    copy glued, unless the document also prints its two parts apart
    (``Тестовской области`` beside a glued ``ТЕСТОВСКОЙОБЛАСТИ``)."""

    def __init__(self, lines: list[str]):
        self._lines = lines   # read when first asked: most texts never need it
        self._sorted: list[str] = []
        self._apart: set[tuple[str, str]] = set()

    def _read(self) -> None:
        words = [w.casefold() for w in _TOKEN.findall("\n".join(self._lines))]
        self._sorted = sorted(words)          # every occurrence, for a stem's count
        self._apart = set(zip(words, words[1:]))
        self._lines = None

    def whole(self, token: str, parts: tuple[str, ...]) -> bool:
        """Whether ``token`` (split by the splitter into ``parts``) is a word
        the document prints whole: twice or more, counting its longer forms,
        and its parts never printed apart."""
        if self._lines is not None:
            self._read()
        if len(parts) != 2 or tuple(p.casefold() for p in parts) in self._apart:
            return False
        stem = token.casefold()[:max(len(token) - 2, len(parts[0]) + 2)]
        at = bisect.bisect_left(self._sorted, stem)
        return at + 1 < len(self._sorted) and self._sorted[at + 1].startswith(stem)

    def apart(self, token: str) -> tuple[str, ...] | None:
        """``ТЕСТОВСКОЙОБЛАСТИ`` where the document prints ``Тестовской области``:
        a place's adjective the dictionary does not know glued to a word it
        knows, two words the document prints one after the other (a name it
        prints whole elsewhere, ``Железногорск``, stays whole)."""
        if self._lines is not None:
            self._read()
        low = token.casefold()
        if bisect.bisect_right(self._sorted, low) - bisect.bisect_left(self._sorted, low) > 1:
            return None
        for cut in range(4, len(token) - 3):
            if (low[:cut], low[cut:]) in self._apart and is_known(low[cut:]):
                return token[:cut], token[cut:]
        return None


# the noun of a settlement, printed before its own name ("города", "посёлок", "с.")
SETTLEMENT_NOUN = r"город[а]?|пос[её]л(?:ок|ка)|сел[оа]|станиц[аы]|хутор[а]?"
# what a municipality's or a settlement's own name follows: a settlement's noun
# (``города``, ``с.``) or ``поселение`` / ``образования`` (``сельское поселение
# Верескино``, as 131-ФЗ names them); and one word quoted alone (``МО «Верескино»``)
_SETTLEMENT_BEFORE = re.compile(r"(?:\b(?:" + SETTLEMENT_NOUN + r"|поселени[еяю]|образовани[еяю]|деревн[яиюе]"
                                r"|аул[аеу]?|слобод[аыеу])|(?<![А-Яа-яЁё])(?:г|с|п|д|ст|х|пгт)\.)"
                                r"\s*[«\"„“]?\s*$", re.IGNORECASE)
_QUOTE_AFTER = re.compile(r"\s*[»\"“”]")
_QUOTE_BEFORE = re.compile(r"(?:[«„]|(?:^|\s)[\"“])\s*$")  # opening only: a line above may end on a closing "


def fix_glued(line: str, strict: bool = False, words: "PrintedWords | None" = None,
              before: str = "") -> str:
    """Split glued words in a heading line (``СОВЕТ ДЕПУТАТОВКРАСНОПОЛЬСКОГО``,
    ``в 2017году``); ``strict`` for typed text (see ``split_glued``), where
    ``words`` (the document's, see ``PrintedWords``) keeps a word the document
    prints whole elsewhere as printed (``ТЕСТОГРАДА`` is no «тесто града»),
    and a capitalised word after a settlement's noun is that settlement's
    name (``города`` / ``ТЕСТОГРАДА``, ``города Приборовска``); ``before`` is
    the line above, the context of the line's first word."""
    def repl(m: re.Match) -> str:
        w = m.group(0)
        if m.string.endswith("-") and m.end() == len(m.string) - 1:
            return w  # "… общего пользова-": half a word hyphenated at the line's end
        # lower->Upper inside a mixed-case token is a glue seam by itself
        seam = re.search(r"(?<=[а-яё]{3})(?=[А-ЯЁ][а-яё])", w)
        if seam and not w.isupper():
            return w[:seam.start()] + " " + w[seam.start():]
        if strict and w[:1].isupper() and len(w) >= 5 and not is_known(w):
            ctx = m.string[:m.start()]
            near = ctx if ctx.strip() else before
            if _SETTLEMENT_BEFORE.search(near) or _QUOTE_BEFORE.search(ctx) \
                    and _QUOTE_AFTER.match(m.string, m.end()):
                # a name, or one word quoted alone («ВЕРЕСКИНО»), as names are - unless the
                # document prints it apart from the word glued to it (``города Заречногомуниципальной``
                # where a mirror's own line has ``города Заречного муниципальной``: heldout72)
                ap = words.apart(w) if words is not None and len(w) >= 10 else None
                return " ".join(ap) if ap else w
        parts = split_glued(w, strict)
        if len(parts) == 1 and strict and words is not None and len(w) >= 8:
            parts = words.apart(w) or parts
        if len(parts) > 1 and strict and words is not None and words.whole(w, parts):
            return w
        if len(parts) > 1 and strict and not _continues(m.string[:m.start()], parts):
            return w
        return " ".join(parts)
    return _TOKEN.sub(repl, _DIGIT_GLUE.sub(" ", line))


_PREV_WORD = re.compile(r"([А-Яа-яЁё]+)\.?\s+$")


def _continues(before: str, parts: tuple[str, ...]) -> bool:
    """Whether a split into a noun and a noun in the genitive continues the
    word printed before it: after a noun (``города``, ``администрация``) the
    first part must read as a phrase with it too (``города тесто града`` is
    none, so ``Тестограда`` there is a name printed once)."""
    m = _PREV_WORD.search(before)
    if m is None or len(parts) != 2 or not _readings(parts[0]) \
            or any(p.tag.POS in _ADJ_POS for p in _readings(parts[1])):
        return True
    prev = _readings(m.group(1))
    if not prev or any(p.tag.POS in _ADJ_POS for p in prev):
        return True
    return _reads_as_phrase(m.group(1), parts[0])


_PREPOSITIONS = {"по", "в", "во", "при", "и", "на", "для", "с", "со", "к", "о", "об", "от", "за"}


@functools.lru_cache(maxsize=20000)
def starts_name(word: str) -> bool:
    """Whether a body line starting with ``word`` starts a new name (nominative).

    ``АДМИНИСТРАЦИЯ``, ``Государственный``, ``СОВЕТ`` start a name;
    ``РЫБИНСКОГО``, ``ПО``, ``РЕСПУБЛИКИ``, ``(ФСТЭК`` continue one.
    """
    w = word.strip("«»\"'„“”(),.:;").lower()
    if not w or not w[0].isalpha():
        return False
    if w in _PREPOSITIONS:
        return False
    for p in parses(w)[:4]:
        t = p.tag
        if t.POS in FULL_POS and t.case == "nomn" and t.number != "plur" and p.score >= 0.05:
            return True
    return False


