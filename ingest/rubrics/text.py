"""A record as the scheme's rules see it: folded, without boilerplate, cut into zones.

Before matching, the body text loses the boilerplate every act carries:
quoted titles of the acts it cites (``«Об общих принципах организации
местного самоуправления …»``) and the formulas on publication, control,
entry into force and "руководствуясь Уставом …" (``BOILERPLATE``; the
scheme may add more patterns under ``ignore``). The title is left whole: an
amending act's title quoting the amended act's title is real evidence. Only
the scheme's ``title_ignore`` patterns leave it: names of organisations
(``в комитете по строительству и архитектуре``) say who acts, not what the
act is about.

An act read without a title is matched on its first words (``head``): the
formulas leave them as they leave the body, so that the preamble of a web
page's act does not stand for its title. When the act opens with its preamble
(``В соответствии с решением … «О бюджете …», постановляю:``), its head is the
first clause after the operative formula: the acts it is based on are not
what it does. When its first line reads as a title («Об утверждении Порядка …»,
a page that lost its heading), that line is the title; when its first operative
clause amends or approves («1. Внести в муниципальную программу «…» изменения»,
«1. Утвердить Порядок …»), that clause is.

An amending act whose title names the amended act by number alone ("О внесении
изменений в постановление … от 15.03.2017 № 477") says what it amends in its
first operative clause ("Внести в ведомственную целевую программу «Физическая
культура и спорт …» изменения"): that clause counts as part of the title.
"""
from __future__ import annotations

import re
from typing import Iterable

from ingest.heading import DATABASE_INVITATION
from ingest.morph import fold
from .prefilter import Alternation, lowered
from .approved import approved_documents
from .together import together_with
from .issuer_title import issuer_only
from .operative_clause import OPERATIVE_WORDS, operative_clause

HEAD_TOKENS = 60        # "title" of an act whose title is unknown
PROGRAMME_HEAD = 700     # characters an annex's programme name is looked for in, under a title

# Quoted titles of other acts: «О …», "Об …" (innermost first, repeated so a
# title quoting a title goes too), and any quotation right after a number.
_Q = r"(?:«[^«»]{1,600}»|\"[^\"\n]{1,600}\"|“[^“”]{1,600}”|„[^„“”]{1,600}[“”])"
#
# Written out as N?(T) | (№|N) … Q would read,
#     (?:(?:№|N)\s*[\w./-]+\s*(?:\([^()]{0,80}\))?\s*)?(?:«…»|"…"|“…”|„…“)|(?:№|N)\s*[\w./-]+\s*<_Q>
# but spelt as alternatives that each begin with one literal character (same
# matches, tried in the same order): the regex engine then skips the positions
# where no match can begin instead of trying each of them (4x faster).
_CITED_T = (r"«\s*(?:О|Об|Обо)\s[^«»]{0,600}»|\"\s*(?:О|Об|Обо)\s[^\"\n]{0,600}\""
            r"|“\s*(?:О|Об|Обо)\s[^“”]{0,600}”|„\s*(?:О|Об|Обо)\s[^„“”]{0,600}[“”]")
_CITED_N = r"\s*[\w./-]+\s*(?:\([^()]{0,80}\))?\s*"
CITED_TITLE = re.compile(
    "№" + _CITED_N + "(?:" + _CITED_T + ")|N" + _CITED_N + "(?:" + _CITED_T + ")|" + _CITED_T
    + r"|№\s*[\w./-]+\s*" + _Q + r"|N\s*[\w./-]+\s*" + _Q)

# Formulas every act carries; each strips from the match to the end of its
# sentence or clause. Bounded repetitions only: no catastrophic backtracking.
# a legal database's note on a misprint ("По-видимому, … допущена опечатка", "видимо, допущена
# опечатка"): its opening, up to the word that names it
_MISPRINT = r"\b(?:по-)?видимо(?:му)?\b[^\n]{0,100}?\bопечатк"
_MISPRINT_TEXT = _MISPRINT + r"[^\n]{0,300}"   # the note with what it says

BOILERPLATE = (
    r"\bопубликова\w*[^.;\n]{0,300}",
    r"\bобнародова\w*[^.;\n]{0,300}",
    r"\bразме(?:стить|щение|щению|щения|щается)[^.;\n]{0,120}?(?:официальн\w+\s+сайт|сети\s+.?интернет|информационно-телекоммуникационн)[^.;\n]{0,300}",
    r"\bконтроль\s+(?:за|над)\s+(?:исполнением|выполнением)[^.;\n]{0,300}",
    r"\bоставляю\s+за\s+собой[^.;\n]{0,100}",
    # the final clauses say who carries the act out and who gets a copy, not what it is about:
    # "Ответственность за исполнение … возложить на начальника отдела культуры", "Направить копию
    # настоящего постановления в прокуратуру района, отдел образования …", "Рассылка: в дело, отдел ЖКХ …"
    r"\bответственност\w*\s+за\s+(?:исполнение|выполнение)[^.;\n]{0,300}",
    r"\bнаправить\s+(?:копи\w+|настоящ\w+|данн\w+)[^.;\n]{0,300}",
    r"\bкопи(?:ю|и)\s+настоящ\w+[^.;\n]{0,300}",
    r"\b(?:рассылка|разослать|разослано)\b[^\n]{0,300}",
    # an application form's fields: the applicant's consent to the processing of personal data (152-ФЗ,
    # ст. 9) and the copy of a passport among the documents attached say nothing of the act's topic
    r"\b(?:даю\s+)?(?:согласи\w*|согласн?[еа]н?)\s+на\s+обработку\s+(?:мо\w+\s+|сво\w+\s+|его\s+|е[её]\s+)?персональн\w+\s+данн\w+[^.;\n]{0,200}",
    r"\bкопи\w+\s+паспорт\w*[^,;.\n]{0,60}",
    r"\bвступает\s+в\s+(?:законную\s+)?силу[^.;\n]{0,300}",
    r"\bруководствуясь[^.;:\n]{0,400}",
    r"\bв\s+соответствии\s+с\s+(?:федеральн\w+\s+закон\w*|закон\w*|устав\w*|ст\.|стать\w+)[^,;:.\n]{0,200}",
    r"\bустав(?:ом|а|у|е)\s+[^,;:.\n]{0,120}?(?:муниципальн\w+|городск\w+|сельск\w+|город\w*|район\w*|округ\w*|поселени\w+|области|края)\b[^,;:.\n]{0,60}",
    r"\bфедеральн\w+\s+закон\w*\s+от\s+\d\d?\.\d\d?\.\d{4}\s*(?:г\.?\s*)?(?:№|N)\s*131-фз[^,;:\n]{0,40}",
    r"\bоб\s+общих\s+принципах\s+организации\s+местного\s+самоуправления[^,;:\n]{0,60}",
    # (bodies of local government said in passing; «организация местного самоуправления», 131-ФЗ's own subject and
    # the spec's «organisation of local government», is no body: rubrand149, sample 80)
    r"\bорган(?!изац)\w*\s+местного\s+самоуправления\b",
    # a legal database's note on a misprint ("По-видимому, в тексте предыдущего абзаца допущена
    # опечатка. Номер … следует читать как …", "В официальном тексте документа, видимо, допущена
    # опечатка: …"): the editor's, not the act's
    _MISPRINT_TEXT,
)

_MISPRINT_RE = re.compile(_MISPRINT_TEXT)

WORD_RE = re.compile(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*")


_LINE_END_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")
_LINE_END_HYPHEN_HINT = re.compile(r"-\s*\n")  # begins with a literal: a fast scan
# ... and the same break flattened into one line, as a newspaper's page read as text keeps its columns'
# hyphens («по установ- лению тарифов», «в го- родском сообщении»): a hyphen between lower-case letters
# followed by one space and lower-case letters joins its halves; a suspended hyphen before a conjunction
# («тепло- и водоснабжение», «средне- или долгосрочный») stays. Begins with a literal: a fast scan.
_INLINE_HYPHEN = re.compile(r"-(?<=[а-я]{2}-) (?!(?:и|или|либо|а|ни|но|да|и/или)\b)(?=[а-я]{2})")


# A website prints its page around an act: the site's name and menus, breadcrumbs, the date of
# publication and views, print and share links, a list of other acts with their titles, the
# footer with address, phone and ©. None of it is the act's: a run of two or more such lines,
# a breadcrumb or a © line, and everything from a list of other acts on, leave the text.
_PAGE_HINT = re.compile(r"(?im)^[ \t]*(?:главная|официальный\s+сайт|версия\s+для\s+печати|©|\(c\)|просмотр"
                        r"|дата\s+публикации|(?:другие|похожие|последние|связанные)\s+(?:документы|материалы|новости)"
                        r"|читайте\s+также|смотрите\s+также)")
_PAGE_LINE = re.compile(
    r"[ \t]*(?:главная|новости|контакты|поиск|документы|власть|обращения\s+граждан|интернет-при[её]мная|карта\s+сайта"
    r"|о\s+(?:поселении|районе|городе|округе|муниципальном\s+образовании)|об\s+округе|версия\s+для\s+печати|поделиться"
    r"|распечатать|(?:дата\s+(?:публикации|размещения)|опубликовано|просмотров|адрес|телефон|факс|e-mail|электронная\s+почта)"
    r"\s*:[^\n]{0,200}|герб[^\n]{0,80})[ \t]*$", re.I)
_PAGE_ALONE = re.compile(r"[ \t]*(?:главная\s*(?:/|»|>|→)[^\n]{0,300}|(?:©|\(c\))[^\n]{0,200}"
                         r"|официальный\s+сайт[^\n]{0,200})[ \t]*$", re.I)
_SITE_LINE = re.compile(r"[ \t]*официальный\s+сайт[ \t]*$", re.I)
_OTHER_ACTS = re.compile(r"(?im)^[ \t]*(?:(?:другие|похожие|последние|связанные)\s+(?:документы|материалы|новости)"
                         r"|читайте\s+также|смотрите\s+также)[ \t]*:?[ \t]*$")


def strip_page(text: str) -> str:
    """The act's text without the website's page around it (itself when there is none)."""
    if not _PAGE_HINT.search(text):
        return text
    m = _OTHER_ACTS.search(text)
    if m:
        text = text[:m.start()]
    lines = text.split("\n")
    page = [bool(_PAGE_LINE.match(x)) for x in lines]
    keep, site_name = [], False
    for i, line in enumerate(lines):
        if site_name and line.strip():   # the site's name under "Официальный сайт"
            site_name = False
            if len(line) < 200:
                continue
        if _PAGE_ALONE.match(line):
            site_name = bool(_SITE_LINE.match(line))
            continue
        if page[i]:
            # a run of page lines (blank lines between them count in the run)
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            if (j >= 0 and page[j]) or (k < len(lines) and page[k]):
                continue
        keep.append(line)
    return "\n".join(keep)


# Place names are no topic: the municipality, region, settlement or street of an act
# (Пожарский район, Лесозаводский городской округ, п. Лесной, с. Рыбное, ул. Кладбищенская,
# Больничный переулок, поселение «Школьное», разъезд Горелый Мост, город-курорт Анапа) say where it
# applies, not what it is about.
# A capitalised adjective before "район", "округ", "поселение", "сельсовет", "область", "край" (a
# municipality's kind in between), a capitalised word after a settlement's or street's
# noun or abbreviation, a capitalised adjective before a street's noun and a quoted name
# after a municipality's noun become a placeholder name.
_ADJ_END = r"(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ие|ые|их|ых|ым|им|ыми|ими)"
_MUNI = r"(?:муниципальн|городск|сельск|поселков|автономн|административн|внутригородск)\w*"
_NOT_NAME = (r"(?:муниципальн|городск|сельск|поселков|районн|автономн|административн|внутригородск|межмуниципальн"
             r"|избирательн|одномандатн|многомандатн|образовательн|учебн|судебн|федеральн|всего|этого|того|данного|каждого|нашего"
             r"|своего|указанного|соответствующ|другого|иного|всей|этой|той|данной|каждой|нашей|своей|указанной"
             r"|другой|иной|жил|одного|одной|нескольк|всех|этих|данных|указанных)" + _ADJ_END + r"?\b")
# a place's name in quotes: capitalised words, a municipality's noun among them («Остров», «Город
# Пожарск», «Пожарский район»), never an institution's name («Детская школа искусств») or a title;
# a quotation in capitals may be either, and stays
_QUOTED_PLACE = (r"(?!(?i:об?|обо)\s)[А-ЯЁ][а-яё][\w-]*(?:[ \t]+(?:[А-ЯЁ][а-яё][\w-]*|район|округ|поселение|сельсовет))"
                 r"{0,2}")
# (every alternative begins a word with one of these letters: a fast test before trying them)
_PLACE_NAMES = re.compile(
    r"(?<![а-яёА-ЯЁ])(?=[А-ЯЁгспдхумборакзв])(?:"
    r"\b(?=[А-ЯЁ])(?!(?i:" + _NOT_NAME + r"))[А-ЯЁ](?i:[а-яё]+(?:-[а-яё]+)?(?P<e1>" + _ADJ_END + r"))"
    r"(?=[ \t]+(?i:(?:" + _MUNI + r"[ \t]+){0,2}(?:район|округ|поселени|сельсовет|област|кра[йяюе]\b)))"
    r"|\b[А-ЯЁ][а-яё]*(?:-[а-яё]+)?(?P<e2>ая|ой|ую|ый|ий|ого|его|ому|ему|ом|ем)"
    r"(?=[ \t]+(?i:улиц|переул|проспект|проезд|площад|бульвар|шоссе|тупик|набережн))"
    r"|(?<![\w.])(?P<a>(?i:г|с|п|пос|д|х|ст|пгт|рп|ул|пер|пр|пл|мкр)\.[ \t]?)[А-ЯЁ][\w-]*"
    r"|\b(?P<b>(?i:(?:город[а-яё]{0,2}-курорт|город|село|поселок|посёлок|деревн|станиц|хутор|разъезд|аул|слобод|починк?"
    r"|кордон|выселк|заимк|улус|местечк)[а-яё]{0,3})[ \t]+)(?!(?i:москв|санкт-петербург|севастопол))"
    # a name of two words, an adjective and a noun («разъезд Горелый Мост», «село Красный Бор»): the noun is
    # the name's too (not a municipality's kind after it: «Сосновского района»)
    r"(?:[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)[ \t]+[А-ЯЁ][а-яё]+\b(?![ \t]+(?i:(?:" + _MUNI + r"[ \t]+){0,2}"
    r"(?:район|округ|поселени|сельсовет|област|кра[йяюе]\b)))|[А-ЯЁ][\w-]*)"
    r"|\b(?P<d>(?i:(?:улиц|переул|проспект|проезд|бульвар|площад|микрорайон)[а-яё]{0,3})[ \t]+)[А-ЯЁ][а-яё][\w-]*"
    r"|\b(?P<c>(?i:(?:поселени|образовани|район|округ|сельсовет)[а-яё]{0,3})[ \t]+)(?:«" + _QUOTED_PLACE + "»|\"" + _QUOTED_PLACE + "\")"
    # a settlement's name after its municipality's noun, unquoted: «сельское поселение Школьное», «с.п. Лесное»
    # (a neuter adjective, as the noun «поселение» wants; no document's kind ends so)
    r"|\b(?P<f>(?i:поселени[а-яё]{0,3}|с\.[ \t]?п\.)[ \t]+)[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ое|ее)\b)")


_RESORT = re.compile(r"-курорт[а-яё]*", re.I)
# a programme named after its municipality («муниципальная программа Заречного района «Забота»»,
# «… сельского поселения «Жилище»»): the quoted name is the programme's, no place's, unless it is an
# adjective («Ижемский») or another quoted name follows it (then it was the municipality's)
_PROGRAMME_BEFORE = re.compile(r"программ[а-яё]*[^«»\"\n]{0,80}$", re.I)
_ADJ_QUOTED = re.compile(r"(?:ий|ый|ой|ая|ое|ие|ые)\W*$", re.I)


def _programme_name(m: re.Match) -> bool:
    s, start, end = m.string, m.start(), m.end()
    return (bool(_PROGRAMME_BEFORE.search(s, max(0, start - 120), start))
            and not _ADJ_QUOTED.search(m.group(0)) and not s[end:end + 3].lstrip().startswith(("«", '"')))


def _opens_programme_name(m: re.Match) -> bool:
    """A capitalised adjective opening a programme's quoted name before «район», «округ» or «поселение»
    («программа «Безопасный район»», «… «Уютное поселение»») names the programme by a figure, no place
    (check12 of bench/rubric_vocab.py)."""
    s, start = m.string, m.start()
    return start > 0 and s[start - 1] in "«\"“„" and bool(_PROGRAMME_BEFORE.search(s, max(0, start - 121), start - 1))


def _placeholder(m: re.Match) -> str:
    noun = m.group("a") or m.group("b") or m.group("d") or m.group("c") or m.group("f") or ""
    if m.group("c") and _programme_name(m):
        return m.group(0)
    if m.group("e1") and _opens_programme_name(m):
        return m.group(0)
    name = m.group(0)[len(noun):].strip()
    if "-" in noun:   # «город-курорт»: the town's status is its name's too, no resort
        noun = _RESORT.sub("", noun)
    word = "энск" + (m.group("e1") or m.group("e2") or "")
    if m.group("c"):
        word = f"«{word}»"
    return noun + (word.upper() if name.isupper() else word)


def drop_place_names(s: str) -> str:
    """The text with the names of places put as a placeholder, «Энск» (their nouns and
    endings stay, so that a pattern of the scheme expecting a name still reads one)."""
    return _PLACE_NAMES.sub(_placeholder, s)


def normalize(s: str) -> str:
    s = fold(drop_place_names(s))
    # hyphenation at line ends from PDFs: "погре-\nбения"
    if _LINE_END_HYPHEN_HINT.search(s):
        s = _LINE_END_HYPHEN.sub(r"\1\2", s)
    if "- " in s:
        s = _INLINE_HYPHEN.sub("", s)
    return s


# one alternation, one pass; the text is lower-cased by then
_BOILER_RE = Alternation(BOILERPLATE)
_QUOTES = re.compile(r"[«\"“„]")


def boilerplate_re(extra: Iterable[str] = ()) -> Alternation:
    """The formulas of ``BOILERPLATE`` plus a scheme's ``ignore`` patterns, as one alternation."""
    return Alternation((*BOILERPLATE, *extra))


# An institution or a company named in the body by its legal form and its name in quotes
# («МБОУ «Лесная средняя общеобразовательная школа»», «ГБУЗ «Заречная ЦРБ»», «МУП «Водоканал»»): a
# member, a partner or an addressee, who takes part, not what the act is about (an act about it says
# so in its title, which keeps the name).
_ORG_FORMS = ("МБОУ", "МАОУ", "МКОУ", "МОУ", "МБДОУ", "МАДОУ", "МКДОУ", "МДОУ", "МБУДО", "МАУДО", "МКУДО", "МБУ",
              "МАУ", "МКУ", "МУП", "МУК", "МБУК", "МКУК", "МАУК", "МБУЗ", "МУЗ", "ГБУЗ", "ГАУЗ", "ГБУ", "ГКУ", "ГАУ",
              "ГУП", "ГБОУ", "ГАОУ", "ГКОУ", "ГБПОУ", "ОГБУЗ", "ОГБУ", "ОГКУ", "КГБУЗ", "КГБУ", "ФГБУ", "ФГКУ", "ФКУ",
              "ООО", "ОАО", "ЗАО", "ПАО", "АО", "АНО")
_ORG_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_ORG_FORMS, key=len, reverse=True))
                       + r")[ \t]*(?:«[^«»\n]{2,150}»|\"[^\"\n]{2,150}\"|“[^“”\n]{2,150}”)")


def strip_boilerplate(text: str, boiler: Alternation | None = None) -> str:
    """The body text, normalized, without cited acts' titles, institutions named with their
    legal form, and the standard formulas."""
    if _QUOTES.search(text):
        for _ in range(3):  # innermost quotations first, then the ones around them
            new = CITED_TITLE.sub(" ", text)
            if new == text:
                break
            text = new
        text = _ORG_NAME.sub(" ", text)
    return (boiler or _BOILER_RE).sub(" ", normalize(text))


# a municipality's name in quotes («МО «Сосновский сельсовет»», «муниципального образования «Заречный
# район»»), its name put as the placeholder by then: where, no amended act's title (which opens «О …»)
_QUOTED_MUNI = r"[«\"“„](?!\s*(?:о|об|обо)\s)[^«»\"“”„\n]{0,40}?\bэнск\w*[^«»\"“”„\n]{0,30}[»\"”“]"

# "О внесении изменений в постановление администрации … от 15.03.2017 № 477":
# the title names the amended act by its number only (no quoted title); additions
# ("О внесении дополнений в постановление …") amend it as changes do
_CHANGES = r"(?:изменени\w*(?:\s+и\s+дополнени\w*)?|дополнени\w*(?:\s+и\s+изменени\w*)?)"
# the acts such a title names, and the rest of it up to its end: no quoted title, a municipality's
# quoted name aside
# (a governor's or a head's decree, «указ», as well: sample 49 of issue 12)
_ACTS_NAMED = r"постановлени|решени|распоряжени|приказ|указ|муниципальн\w+\s+(?:нормативн\w+\s+)?правов|нормативн\w+\s+правов"
_BY_NUMBER = r"(?:[^«\"“„]|" + _QUOTED_MUNI + r")*"
# a point, a part or an article of the act the title names («О внесении изменений в пункт 6 указа …», «… в
# подпункт 2.1 постановления …», «… в статью 3 решения …»; sample 49 of issue 12)
# (or its annex: «… в приложение к постановлению …», «… в приложение № 2 к решению …»; sample 56)
_POINT_OF = (r"(?:(?:(?:под)?пункт\w*|абзац\w*|част\w*|стать\w*|раздел\w*)\s+[\w.,)( -]{1,40}?\s+"
             r"|приложени\w*\s+(?:(?:№|n)\s*)?(?:[\w.-]{1,6}\s+)?к\s+)")
AMENDING_TITLE = re.compile(
    r"^\s*об?\s+(?:внесении\s+)?" + _CHANGES + r"\s+в(?:\s+(?:отдельн\w+\s+|некотор\w+\s+)?"
    r"(?:" + _POINT_OF + r")?(?:" + _ACTS_NAMED + r")" + _BY_NUMBER + r")?\s*$")   # (also a title cut after "в" where it wrapped: the clause completes it)
# its first operative clause: "1. Внести в <what is amended> (следующие) изменения"
# (also "1. Внести следующие изменения (и дополнения) в Положение «…»": the words before "в")
# (a date's «г.» is no full stop: «… от 24 января 2002 г. N 20 «О тарифах на проезд …» следующие изменения»; the
# amended act's quoted title after it says what is amended: rubfile107, sample 62)
AMENDED_SUBJECT = re.compile(r"\bвнести\s+(?:в\s+|(?:следующ\w+\s+)?" + _CHANGES + r"\s+в\s+)"
                             r"([^;]{10,300}?)(?:\s(?:следующ\w+\s+)?(?:изменени|дополнени)|[;:]|(?<!\bг)(?<!\bгг)\.\s|$)")
# ... and when that clause does not reach its "изменения" within 300 characters (the approving act's title
# and its editions quoted after the name, or a page cut mid-clause), what it names in its first quotes:
# "1. Внести в государственную программу … «Управление государственными финансами …», утвержденную …"
# (a service's or a programme's name runs past 300 characters when written in full: «Выдача специального разрешения
# на движение … участкам таких автомобильных дорог», up to 600 read; rubfile107, sample 62)
AMENDED_NAMED = re.compile(r"\bвнести\s+в\s+([^;«\"“„\n]{3,120}?[«\"“„][^«»\"“”„]{5,600}[»\"”])")
# ... the quoted title itself holding a quoted name, the service's or the programme's, at its end («Об утверждении
# административного регламента предоставления муниципальной услуги «Предоставление жилых помещений …»»): read whole
# with the name, whose words say the field (rubrand139, sample 75; two quotes apart are never read as one)
AMENDED_NESTED = re.compile(r"\bвнести\s+в\s+([^;«\"“„\n]{3,120}?[«\"“„][^«»\"“”„]{5,400}[«\"“„][^«»\"“”„\n;]{3,400}"
                            r"[»\"”“]\s*[»\"”])")


# the amended acts named one by one in the list of changes: "1. В постановлении
# администрации … от 12.03.2019 № 245 «Об утверждении Порядка …» пункт 3 …"
AMENDED_TITLES = re.compile(
    r"\bв\s+(?:постановлени|решени|распоряжени|приказ)\w*\s[^«\"“„\n]{0,200}?[«\"“„]\s*(об?\s[^«»\"“”„]{5,400})")


# ... or by its kind and name (wrapped over lines as a print has it), the act that approved
# it by number only: "1. В Порядке осуществления деятельности по обращению с животными без
# владельцев …, утвержденном постановлением … от 21.04.2020 N 485-П:" (a regional
# government's "изменения, которые вносятся в некоторые постановления")
AMENDED_DOCS = re.compile(
    r"(?:^|\n)\s*\d{1,2}[.)]\s*в\s+((?:порядк|положени|правил|регламент|административн\w+\s+регламент|перечн"
    r"|(?:муниципальн\w+\s+|государственн\w+\s+|ведомственн\w+\s+)?(?:целев\w+\s+)?программ|методик|стандарт)"
    r"\w*\s[^:;]{10,300}?),?\s+утвержденн")


# ... or, where the act prints the amended annex itself and no clause, by the annex's label: "Приложение 5
# к Примерному положению о системе оплаты труда работников … учреждений культуры" names the document the
# annex belongs to (a label "к постановлению …" names an act by number only and is passed over); the
# heading under it is read along (sample 56 of issue 12)
AMENDED_ANNEX = re.compile(
    r"\bприложени\w*\s*(?:(?:№|n)\s*)?[\w.-]{0,6}\s+к\s+((?:примерн\w+\s+|типов\w+\s+)?(?:положени|порядк|правил"
    r"|регламент|методик|перечн|стандарт|(?:муниципальн\w+\s+|государственн\w+\s+)?программ)\w*\s[^;]{10,250})")


# "О признании утратившими силу некоторых постановлений …", "… постановления … от 26.04.2017 № 90",
# "Об отмене решения … от … №": the title names the repealed acts by number only; their titles, quoted
# in the clause "Признать утратившими силу: … «Об утверждении Порядка …»", say what is repealed (an
# amendment's title among them, "«О внесении изменений в …»", says nothing more)
REPEALING_TITLE = re.compile(
    r"^\s*(?:о\s+признании\s+утративш\w+\s+силу|об\s+отмене)(?:\s+(?:некотор\w+\s+|отдельн\w+\s+)?"
    r"(?:" + _ACTS_NAMED + r"|правов\w+\s+акт)" + _BY_NUMBER + r")?\s*$")
_REPEAL_CLAUSE = re.compile(r"\b(?:признать\s+утративш\w+\s+силу|отменить)\b")
_REPEALED_TITLE = re.compile(r"[«\"“„]\s*((?!о\s+внесении\s)об?\s[^«»\"“”„]{5,400})")


# "О назначении публичных слушаний" and nothing more: the subject is in the first clause
# ("1. Назначить публичные слушания по проекту генерального плана …")
HEARINGS_TITLE = re.compile(r"^\s*о\s+(?:назначении|проведении|организации)\s+(?:публичных\s+слушаний|общественных\s+обсуждений)\s*$")
HEARINGS_SUBJECT = re.compile(r"\b(?:публичн\w+\s+слушани\w*|общественн\w+\s+обсуждени\w*)\s+(?:по\s+|о\s+)([^.;\n]{10,300})")


# "Об утверждении административного регламента предоставления муниципальной услуги" and
# nothing more: the service's name («Выдача разрешения на …») wrapped onto a line the title
# reader left out; the text names it in quotes after the same words
SERVICE_TITLE = re.compile(r"^\s*об\s+утверждении\s+административн\w+\s+регламент\w*\s+(?:по\s+)?"
                           r"предоставлени\w+\s+(?:[\w-]{1,40}\s+){0,4}?(?:муниципальной|государственной)\s+услуги\s*$")
SERVICE_NAME = re.compile(r"\b(?:муниципальной|государственной)\s+услуги\s*[«\"“„]\s*([^»\"”]{5,300})")


def amended_subject(title: str, text: str) -> str:
    """The clause naming what an act amends when its title gives only a number or
    says "в отдельные постановления" ("" otherwise): the "Внести в …" clause, and
    when that names no act by its title, the titles of the first acts in the list
    of changes. Likewise the subject of hearings a bare title only appoints, the
    service a regulation's title stops before naming, and the titles of the acts a
    repeal names by number only."""
    folded = normalize(title)
    if HEARINGS_TITLE.match(folded):
        m = HEARINGS_SUBJECT.search(normalize(text[:20_000]))
        return m.group(1) if m else ""
    if SERVICE_TITLE.match(folded):
        m = SERVICE_NAME.search(normalize(text[:20_000]))
        return m.group(1) if m else ""
    if REPEALING_TITLE.match(folded):
        body = normalize(text[:20_000])
        m = _REPEAL_CLAUSE.search(body)
        return " ".join(_REPEALED_TITLE.findall(body, m.end(), m.end() + 3000)[:3]) if m else ""
    if not AMENDING_TITLE.match(folded):
        return ""
    body = normalize(text[:20_000])
    m = AMENDED_SUBJECT.search(body) or AMENDED_NESTED.search(body) or AMENDED_NAMED.search(body)
    subject = m.group(1) if m else ""
    if not _QUOTES.search(subject):
        named = (AMENDED_TITLES.findall(body)[:3] or AMENDED_DOCS.findall(body)[:3]
                 or AMENDED_ANNEX.findall(body, 0, 3000)[:1])
        subject = " ".join([subject, *named]).strip()
    if occasion := amending_occasion(body):
        subject = f"{subject} {occasion}".strip()
    return subject


# The preamble of an act amending another named by number only may say what the amended act is about
# where its quoted title says nothing («О проведении конкурса»): «В связи с проведением районного конкурса
# на лучшее литературное произведение …:», «В целях организации летнего отдыха детей-инвалидов …». That
# occasion, opening a line in the first 1,500 characters, is read with the subject up to the operative
# formula or the first stop (300 characters at most). An occasion that only says why any act is amended
# (the law changed, the staff changed, a figure or a mistake corrected, acts put in order) names no field
# and is left out.
_OCCASION = re.compile(r"(?m)^[ \t]*((?:в\s+связи\s+с|в\s+целях)\s[^:;.\n]{10,300}?)(?=\s*(?:[:;.\n]|,\s*(?:руководствуясь|в\s+соответствии"
                       r"|на\s+основании|администрация|совет|дума|глава|постановля|реша|реши|приказыва)))")
_ROUTINE_OCCASION = re.compile(r"(?:в\s+связи\s+с|в\s+целях)\s+(?:[\w-]{1,30}\s+){0,2}?(?:приведени|изменени\w*\s+(?:действующего|федерального|законодательств)|"
                               r"кадров|уточнени|исправлени|технической|совершенствовани\w*\s+(?:нормативн|правов)|"
                               r"актуализаци|упорядочени\w*\s+(?:нормативн|правов))", re.I)


def amending_occasion(body: str) -> str:
    """The occasion a preamble opens with («в связи с проведением …», «в целях …»), "" when there is none
    or it only says why any act is amended."""
    m = _OCCASION.search(skip_notes(body), 0, 1500)   # (under the heading a print repeats)
    if not m or _ROUTINE_OCCASION.match(m.group(1)):
        return ""
    return m.group(1)


# An act printed without a title that opens with its preamble ("В соответствии с
# решениями … о районном бюджете …, постановляю: 1. Внести в муниципальную
# программу «…»"): what it does follows the operative formula; what it is based on
# precedes it.
# the words a preamble opens with
_PREAMBLE_WORDS = (r"(?:в\s+соответствии|в\s+целях|руководствуясь|на\s+основании|во\s+исполнение"
                   r"|рассмотрев|в\s+связи\s+с|согласно)\b")
_PREAMBLE_START = re.compile(r"\s*" + _PREAMBLE_WORDS, re.I)
# also spaced out for emphasis, as blanks print it: "п о с т а н о в л я е т:", "Р Е Ш И Л:"; a print's
# doubled colon ("РЕШИЛО::") ends it as one does (sample 32 of issue 12)
_OPERATIVE = re.compile(r"\b(?:" + OPERATIVE_WORDS + r"|"
                        r"обязываю|предлагаю"
                        r"|п ?о ?с ?т ?а ?н ?о ?в ?л ?я ?(?:ю|е ?т|е ?м)|р ?е ?ш ?и ?л ?(?:а|о|и)?"
                        r"|п ?р ?и ?к ?а ?з ?ы ?в ?а ?ю)\s*:+", re.I)

# A legal database's print opens with notes on the document, not with the act: its status
# ("Действующий", "Недействующий", "Утратил силу с 01.01.2024 на основании …") between
# rules of underscores. They are read past, as the page's own heading would be.
# Garant also prints the dates of the acts that amended the document, a line of dates alone
# ("22 января, 12 февраля 2015 г., 14 января 2016 г."): at least two, a year among them.
_MONTH = r"(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_DATES = (rf"\d{{1,2}}(?:[ \t]*,[ \t]*\d{{1,2}})*[ \t]+{_MONTH}(?:[ \t]+\d{{4}}[ \t]*г\.?)?"
          rf"(?:[ \t]*,[ \t]*\d{{1,2}}(?:[ \t]*,[ \t]*\d{{1,2}})*[ \t]+{_MONTH}(?:[ \t]+\d{{4}}[ \t]*г\.?)?)*[ \t]*,?")
_DATES_LINE = rf"(?=[^\n]{{0,400}}\d{{4}}[ \t]*г)(?=[^\n,]{{0,40}},){_DATES}"
# Kodeks prints the edition above the text ("(с изменениями на 26 июня 2024 года)", "(в ред.
# решений … от … N …)"), Garant what later acts changed ("Преамбула изменена с 18 июня 2021 г. -
# Постановление …", "Пункт 2 изменен …", "Постановлением … в настоящее постановление внесены
# изменения"): which edition is shown, not what the act does.
_EDITION = (r"\(\s*(?:с\s+изменениями\s+на|в\s+ред(?:\.|акции))[^\n]{0,600}\)"
            r"|(?:преамбула|наименование|(?:под)?пункт|абзац|стать[яи]|раздел|глава|приложение)(?:\s+[\w.]{1,12})?\s+"
            r"(?:изменен|дополнен|исключен|утратил)\w*\b[^\n]{0,300}"
            r"|[^\n]{0,200}\bв\s+настоящ\w+\s+[^\n]{0,40}?\bвнесены\s+изменения[^\n]{0,200}"
            # (Garant's own form: the amending act first, "Решением … от … N 61 главы 5 настоящего приложения
            # дополнена статьей 25(1)", "Постановлением … в паспорт настоящего приложения внесены изменения")
            r"|(?:решением|постановлением|распоряжением|приказом|законом|указом)\s[^\n]{0,250}?\bнастоящ\w+\s+"
            r"(?:приложени|постановлени|решени|распоряжени|приказ|закон|положени|порядк|правил)\w*\s+(?:[^\n]{0,40}?\s)?"
            r"(?:изменен|дополнен|изложен|исключен|внесены\s+изменения)[^\n]{0,300}")
# Garant's invitation to open the current version and its note for its users stand above
# the act, its note that a clause's numbering follows the source ("Нумерация пунктов приводится
# в соответствии с источником") above the clauses: notes on the print, not the act's words;
# its sign-in link ("Вход", a line alone) over an extract's article too (sample 48 of issue 12).
_PRINT_NOTES = (r"(?:" + DATABASE_INVITATION + r")[^\n]{0,300}|вход"
                r"|нумерация\s+(?:пунктов|подпунктов|статей|разделов|глав)\s+приводится\s+в\s+соответствии\s+с\s+источником\.?")
_NOTES = re.compile(r"(?:\s*(?:_{3,}|-{5,}|(?:не)?действующ\w*|(?:документ\s+)?утратил\w*\s+силу[^\n]{0,300}"
                    r"|[^\n]{0,200}\bпризнан\w*\s+утратившим\s+силу[^\n]{0,200}|" + _DATES_LINE + "|" + _EDITION
                    + "|" + _PRINT_NOTES + r")[ \t]*(?=\n|$))+", re.I)


def skip_notes(text: str) -> str:
    """The text after a database print's opening notes on the document (itself when there are none)."""
    m = _NOTES.match(text[:3000])
    return text[m.end():] if m else text


# (a clause that only names who acts or leads in, "1. Отделу по делам молодёжи (Иванова А.А.):",
# "1. Утвердить прилагаемые:", runs on into the line under it: that says what is done)
_FIRST_PARAGRAPH = re.compile(r"\s*([^\n]{20,}?:[ \t]*\n\s*[^\n]{10,}|[^\n]{20,})")

# An act printed without a title whose first line is its title all the same
# ("Об утверждении Порядка предоставления субсидий … перевозчикам\n В целях …"),
# also under a line of requisites ("Акт от 25.07.2012 г № 18-МПА\n О внесении …"):
# a page or a pasted text that lost the heading, not the preamble of the act.
# That line is read as the title; the head's lesser weight is for openings
# that may be anything (a preamble, a letterhead, the first clause).
# The body's name may stand on a line of its own above it ("Администрация Лесного
# сельского поселения\n\nО нормативах …"), as a page prints its letterhead.
_TITLE_LINE = re.compile(r"\s*(?:(?:информаци|администраци|совет|дума|собрани|глава|правительств|губернатор|кабинет|министерств|комитет|департамент)[^\n:]{0,150}\n\s*)?(?:(?:постановление|решение|распоряжение|приказ|акт|указ|закон)\s[^\n]{0,40}?\bот\s[^\n]{4,30}?№\s*[^\s\n]{1,20}[^\n]{0,20}\n\s*)?((?:о|об)\s[^\n:]{15,600}?)\s*(?:\n|$)", re.I)


# A page may print the act's title on its line of requisites, after the number ("Решение
# от 20 августа 2013 г. № 22/5-192 о создании муниципального дорожного фонда …"), under a
# line or two of its own ("Приложение к решению от … № … Решение"): the rest of that line is
# the title.
# (also the number before the date and the title in quotes: "Постановление администрации … № 21 от 20 июня
# 2018 года «Об утверждении …»", as a newspaper prints it)
_INLINE_TITLE = re.compile(r"(?:[^\n]{0,200}\n\s*){0,2}?(?:постановление|решение|распоряжение|приказ|указ|закон)"
                           r"\s[^\n]{0,80}?(?:\bот\s[^\n]{4,30}?(?:№|N)\s*[^\s\n]{1,20}|(?:№|N)\s*[^\s\n]{1,20}\s+от\s"
                           r"[^\n]{4,30}?\b(?:года|г)\.?)\s+[«\"“„]?\s*((?:о|об)\s[^\n:]{15,600}?)"
                           r"\s*(?:\n|$)", re.I)


# A newspaper page prints its masthead over the act (the gazette's name, "Выпуск № 7 от 20 июня 2018 года",
# "Газета органов местного самоуправления …", "Издается с …", "ОФИЦИАЛЬНЫЙ ОТДЕЛ № 215"): the act begins at
# its line of requisites, the first line opening with a kind word
_KIND_AT_LINE = re.compile(r"(?im)^[ \t|]*(?:постановление|решение|распоряжение|приказ|указ|закон)\b")
_MASTHEAD = re.compile(r"(?i)\b(?:газет\w*\s+(?:органов|администраци\w*|совета)|(?:выпуск|вестник|бюллетен)\w*\s*(?:№|n)"
                       r"\s*\d|изда[её]тся\s+с\s|официальн\w+\s+отдел|спецвыпуск\w*|тираж\s*:?\s*\d)")


def masthead_dropped(text: str) -> str:
    """The text from the act's line of requisites when a newspaper's masthead stands over it."""
    m = _KIND_AT_LINE.search(text, 0, 1500)
    if m and m.start() > 0 and _MASTHEAD.search(text, 0, m.start()):
        return text[m.start():]
    return text


# A document issued on its own prints its kind on the line of requisites ("Инструкция от
# 26.09.2008 № 3") and its full name under it, beginning with the same kind word ("Инструкция
# по делопроизводству в администрации …", "Положение о …"): that line is the title.
_DOC_TITLE_LINE = re.compile(r"\s*(инструкци|положени|порядок|правила|регламент)\w*\s[^\n]{0,40}?\bот\s[^\n]{4,30}?"
                             r"(?:№|N)\s*[^\s\n]{1,20}[^\n]{0,20}\n\s*(\1\w*\s+(?:о|об|по|для)\s[^\n:]{15,600}?)\s*(?:\n|$)",
                             re.I)


def title_line(text: str) -> str:
    """The opening line of a text that reads as an act's title ("" otherwise)."""
    text = masthead_dropped(skip_notes(text)[:1500])[:1200]
    m = _TITLE_LINE.match(text) or _INLINE_TITLE.match(text)
    if m:
        return m.group(1)
    m = _DOC_TITLE_LINE.match(text)
    return m.group(2) if m else ""


# An act printed without a title says what it does in its first operative clause
# ("1. Внести в муниципальную программу «Модернизация …» изменения", "1. Утвердить
# муниципальную целевую программу «Переселение граждан …»", after a preamble
# "… постановляю: 1. Произвести индексацию окладов …"): as for an amending title
# that names a number only, that clause is what the act is about, and reads as
# its title. An opening that is neither (a letterhead, a list) stays the head.
# (a decision set out in articles opens with «Статья 1» over its first clause: «Статья 1\n Внести в
# Положение «О земельном налоге …» изменения»)
_AMENDING_CLAUSE = re.compile(r"\s*(?:(?:\d{1,2}[.)]|статья\s+1\.?)\s*)?((?:внести|утвердить)\s[^\n]{10,600})", re.I)
_CLAUSE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?([^\n]{10,600}?:[ \t]*\n\s*[^\n]{10,600}|[^\n]{10,600})")


# ... also when the print opens with the operative formula itself, no preamble before it
# ("Администрация района постановляет: 1. Внести в административный регламент …"), the issuer's
# name also on a line of its own over it, as a regional government's act with no preamble is printed
# («Правительство … области\nПОСТАНОВЛЯЕТ:\n1. Утвердить прилагаемые изменения, которые вносятся в
# государственную программу …»; sample 55 of issue 12)
_FORMULA_OPENING = re.compile(r"\s*(?:[^\n.;:]{3,80}\n[ \t]*)?[^\n.;:]{0,80}?" + _OPERATIVE.pattern, re.I)


# A print that lost only its title keeps the letterhead over the preamble (the issuer, the kind
# word, the date and number, the place, an edition note): read past it to the preamble, which
# starts a line. A preamble with no operative formula (a Government's order has none: «… Лесного
# кодекса Российской Федерации:», or a page cut it: «В связи с введением режима …,») is followed
# by the first numbered clause all the same: that clause is what the act does.
_PREAMBLE_LINE = re.compile(r"(?im)^[ \t]*" + _PREAMBLE_WORDS)
_FIRST_CLAUSE = re.compile(r"[:,;][ \t]*\n[ \t]*1[.)][ \t]*(?=[А-ЯЁа-яё])")
_NEXT_CLAUSE = re.compile(r"\s2[.)]\s+(?=[А-ЯЁа-яё])")
# (a line over the preamble that reads as a title, «О проведении месячника …» under a page's date: the
# letterhead is not read past, its title is the head)
_TITLE_OVER = re.compile(r"(?im)^[ \t]*(?:о|об|обо)[ \t]")


# A title line the reader lost between the heading block and the preamble (under a session's note «(принято на …
# сессии …)», a site's header over the heading): a line opening «О»/«Об» in the first 1,500 characters, with up to
# three lines wrapped under it, the preamble's line after it («На основании …», «В соответствии …»). It is the act's
# own title: read as such, before an annex's heading further down or the page's first words (rubrand139, sample 75).
_TITLE_OVER_PREAMBLE = re.compile(r"(?im)^[ \t]*((?:о|об|обо)[ \t][^\n]{3,300}(?:\n[ \t]*(?!" + _PREAMBLE_WORDS
                                  + r")[^\n]{3,300}){0,3}?)[ \t]*\n\s*(?=" + _PREAMBLE_WORDS + r")")


def title_over_preamble(text: str) -> str:
    """The title line standing over the preamble of a title-less text ("" when there is none)."""
    m = _TITLE_OVER_PREAMBLE.search(skip_notes(text)[:1500])
    return re.sub(r"\s+", " ", m.group(1)).strip() if m else ""


def amending_clause(text: str) -> str:
    """The first operative clause of a title-less text ("" when it cannot be told)."""
    text = skip_notes(text)
    past = False
    if (not _PREAMBLE_START.match(text[:2000]) and (p := _PREAMBLE_LINE.search(text, 0, 1500))
            and not _TITLE_OVER.search(text, 0, p.start())):
        text, past = text[p.start():], True
    if _PREAMBLE_START.match(text[:2000]):
        if _OPERATIVE.search(text, 0, 4000):
            m = _CLAUSE.match(operative_head(text))
            clause = m.group(1) if m else ""
        elif c := _FIRST_CLAUSE.search(text, 0, 1500):
            m, past = _CLAUSE.match(text, c.end(), c.end() + 1200), True
            clause = m.group(1) if m else ""
        else:
            return ""
        # (a page that ran the clauses into one paragraph: up to the second)
        return _NEXT_CLAUSE.split(clause, 1)[0] if past else clause
    m = _AMENDING_CLAUSE.match(text[:2000])
    if not m and (f := _FORMULA_OPENING.match(text[:300])):
        m = _AMENDING_CLAUSE.match(text, f.end(), 2000)
    return m.group(1) if m else ""


# A database's note under the operative formula ("По-видимому, в тексте предыдущего абзаца
# допущена опечатка …") stands on a line of its own before the first clause.
_MISPRINT_NOTE = re.compile(r"\s*[^\n]{0,100}?" + _MISPRINT + r"[^\n]*", re.I)


def operative_head(text: str) -> str:
    """The first words an act without a title is matched on: its opening, or,
    when it opens with its preamble, the first clause after the operative formula
    (a database's note on a misprint under the formula read past)."""
    text = skip_notes(text)
    opening = text[:2000]
    if _PREAMBLE_START.match(opening):
        m = _OPERATIVE.search(text, 0, 4000)
        if m:   # its first clause: the signature may follow at once
            start = m.end()
            while note := (_MISPRINT_NOTE.match(text, start, start + 800)
                           or _NOTES.match(text, start, start + 1000)):
                start = note.end()
            clause = _FIRST_PARAGRAPH.match(text, start, start + 1000)
            if clause:
                return clause.group(1)
    return opening


# An annex printed without the act's title (a programme's passport, its table of measures)
# names the programme it belongs to at the head of a line or of a table cell: «Муниципальная
# программа «Развитие культуры …»», «Паспорт муниципальной программы «…»». That line is
# its title, wherever the table puts it; a programme cited in a sentence ("в рамках
# государственной программы «…»") is not caught, only one that heads a line.
# (rubrand149, sample 80: a subprogramme heads its line with no adjective, «Подпрограмма\n"Газификация …"», «Паспорт
# подпрограммы "…"»; a programme named after its municipality's quoted name, «Муниципальная программа муниципального
# образования "Город Энск" "Развитие …"», is named by the second quoted name, the municipality's being passed over)
_PROGRAMME_NAME = re.compile(
    r"(?:^|\n|\|)[ \t]*((?:паспорт\w*\s+)?(?:(?:(?:муниципальн|государственн|ведомственн|областн|районн|городск|краев"
    r"|республиканск|региональн|долгосрочн|целев|адресн)\w*\s+){1,3}(?:под)?программ|подпрограмм)\w*\s*[^«\"“\n|]{0,60}?"
    r"(?:(?:(?<=образования\s)|(?<=округа\s)|(?<=района\s)|(?<=поселения\s))[«\"“][^«»\"“”\n]{2,60}[»\"”]\s{1,3}(?=[«\"“]))?"
    r"[«\"“]\s*[^«»\"“”\n]{8,300}"
    # (a quoted name inside the programme's, after a word and a space: «Развитие комплекса «Безопасный
    # город» на территории …»; the programme's name goes on after it)
    r"(?:(?<=\s)[«\"“](?-i:[А-ЯЁ])[^«»\"“”\n]{0,80}[»\"”][^«»\"“”\n]{0,200})?)", re.I)


def programme_title(text: str) -> str:
    """The line naming the programme a title-less text belongs to ("" when none)."""
    m = _PROGRAMME_NAME.search(skip_notes(text)[:8000])
    return m.group(1) if m else ""


# A programme's passport, printed with the act that approves or amends it, says the programme's field where
# its name («Наш дом», «Патриот», «Семья») says none: who answers for it («Ответственный исполнитель
# муниципальной программы | Управление образования … |», a newer passport's «Главный администратор») and its
# subprogrammes. A passport block is the word «паспорт» followed by two rows or more, each opening a line or a
# table's cell with a passport's label; the rows read are those, each up to the next label. The others are
# read past: co-executors and participants (often every department of the administration), an older
# passport's customer and developers («Заказчик | Администрация … области», «Основные разработчики | …
# департамент природопользования …») and the goals («… путем оказания муниципальных услуг …»), which filed a
# drinking-water programme environment and a sports programme local government. Only for an act whose title
# names a programme.
_PASSPORT = re.compile(r"паспорт", re.I)
_ROW = (r"(?:^|\n|[|¦│])[ \t]*(?:\d{1,2}\.?[ \t]*)?(?:[|¦│][ \t]*)?(?:"
        r"(?P<read>ответственн\w*\s+исполнител\w*|главн\w*\s+администратор\w*|(?:наименовани\w*\s+)?подпрограмм\w*)"
        r"|(?:соисполнител|участник|исполнител|администратор|заказчик|разработчик|директор|цел[ьи]|задач|срок|этап"
        r"|объ[её]м|источник|ожидаем|целев|показател|индикатор|наименовани|основани|обосновани|правов|дата|куратор"
        r"|координатор|программно-целев|структур|перечень|контрол|финансов|ресурсн|приоритет)\w*)")
_PASSPORT_ROW = re.compile(_ROW, re.I)
# the label's own words after it («… муниципальной программы (подпрограммы) |», «Цели и задачи программы:»)
_LABEL_TAIL = re.compile(r"(?:\s*(?:и\s+задач\w*|муниципальн\w*|государственн\w*|ведомственн\w*|районн\w*|областн\w*"
                         r"|городск\w*|краев\w*|республиканск\w*|долгосрочн\w*|целев\w*|\(?(?:под)?программ\w*\)?))*"
                         r"[\s|¦│:–—-]*", re.I)
PASSPORT_WINDOW = 6000    # characters of a passport block read after its heading
PASSPORT_VALUE = 300      # characters of one row's value


def passport_rows(text: str) -> str:
    """A programme's responsible executor (or chief administrator) and subprogrammes as its passport prints
    them ("" when the text holds no passport block)."""
    for n, m in enumerate(_PASSPORT.finditer(text, 0, 40000)):
        if n == 3:
            break
        window = text[m.end():m.end() + PASSPORT_WINDOW]
        rows = list(_PASSPORT_ROW.finditer(window))
        if len(rows) < 2:
            continue
        read = []
        for row, nxt in zip(rows, rows[1:] + [None]):
            if row.group("read"):
                tail = _LABEL_TAIL.match(window, row.end())
                end = min(nxt.start() if nxt else len(window), tail.end() + PASSPORT_VALUE)
                read.append(window[tail.end():end])
        return re.sub(r"[|¦│]", " ", "\n".join(read))   # (a line each: a quoted name opening one is no place)
    return ""


# "Приложение № 1 к решению Совета депутатов … от … № …" labels an annex; it names no topic.
# A file holding only an annex (or a reader that took the label for the title) has the
# annex's own heading under the label: "ПОРЯДОК\nформирования и ведения перечня …",
# "Положение о …", "Муниципальная программа «…»". That heading is what the text is about.
_ANNEX_LABEL = re.compile(r"^\s*приложени\w*\s*(?:(?:№|n)\s*)?[\w.-]{0,6}\s*к\s+(?:постановлени|решени|распоряжени"
                          r"|приказ|указ|закон|положени|порядк)\w*(?:\s+[^«\"“\n]{0,150})?\s*$")
_DOC_KIND = re.compile(r"\s*(?:административн\w+\s+регламент|порядок|положение|правила|перечень|(?:муниципальная\s+|"
                       r"государственная\s+|ведомственная\s+)?(?:целевая\s+)?(?:под)?программа|методика|регламент|состав|"
                       r"схема|план|стандарт|требования|реестр|инструкция|паспорт)\b", re.I)
_HEADING_END = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|(?:глава|раздел|статья|общие\s+положения)\b|[ivx]{1,4}\.\s)", re.I)
# a site's label on one line, dated and numbered, with the kind of document after it («Приложение к
# Постановлению от 04.10.2004 г № 821 Положение»): the next line is the heading, whatever its first
# word («Показатели благоустроенности …», «Стоимость услуг …»)
_ONE_LINE_LABEL = re.compile(r"приложени\w*\s[^\n]{0,150}?\bот\s[^\n]{4,30}?(?:№|n)\s*\S+(?:\s+[а-яё]+)?\s*$", re.I)


_BARE_LABEL = re.compile(r"приложени\w*(?:\s*(?:№|n)?\s*[\w.-]{1,6})?", re.I)
# a print's anchor names left as a line of text («Par407 Par407»: a legal database's HTML anchors): no heading
# (rubrand149, sample 80)
_ANCHOR_LINE = re.compile(r"(?:par\d{1,6}[ \t]*)+", re.I)
_APPROVED_NOTE = re.compile(r"\(\s*утв(?:\.|ержд\w*)\s", re.I)


def annex_heading(text: str) -> str:
    """The heading under an annex's label ("" when the text does not open with one)."""
    lines = [ln.strip() for ln in skip_notes(text)[:2500].splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines or not re.match(r"приложени", lines[0], re.I):
        return ""
    label = [i for i, ln in enumerate(lines[:20]) if ln and not _ANCHOR_LINE.fullmatch(ln)][:9]
    if _BARE_LABEL.fullmatch(lines[0]):
        # Garant's annex: «Приложение 2» / its heading / «(утв. постановлением … от … N …)»
        # (the note may be run into the heading's last line by a reflow)
        for k in label[1:7]:
            if m := _APPROVED_NOTE.search(lines[k]):
                heading = " ".join([lines[j] for j in label if label[1] <= j < k] + [lines[k][:m.start()]]).strip()
                if heading:
                    return heading
    one_line = bool(_ONE_LINE_LABEL.match(lines[0]))
    for i in label[1:]:
        if one_line and i == label[1] and not _DOC_KIND.match(lines[i]):
            # (that line alone: what follows may be the passport's table, not the heading's end)
            if _HEADING_END.match(lines[i]):
                return ""
            return lines[i]
        if _DOC_KIND.match(lines[i]):
            heading = [lines[i]]
            # the heading runs to a blank line, a table's row, the first clause or a database's note
            for more in lines[i + 1:i + 5]:
                if (not more or "\t" in more or "|" in more or _HEADING_END.match(more)
                        or sum(map(len, heading)) > 400 or _NOTES.fullmatch("\n" + more)):
                    break
                heading.append(more)
            return " ".join(heading)
    return ""


# An extract printed from one article (a charter's, a regulation's, a law's: "Статья 25(1). Муниципальный
# дорожный фонд города", under its chapter's line) opens with the article's name: that name is what the
# extract is about, where its first sixty words would run on into whatever the article lists. (A text
# opening at «Статья 1» is a whole code or charter that lost its title: its first words stay its head.)
_ARTICLE_NAME = re.compile(r"\s*(?:глава\s+[\divx]+\.?[^\n]{0,200}\n\s*)?статья\s+(?!1\b)\d{1,3}(?:\s*\(\d{1,2}\)|\.\d{1,2})?\.?"
                           r"[ \t]+((?:[^\W\d_]+[ \t,-]+)+[^\W\d_][^\n]{0,250})", re.I)


def article_name(text: str) -> str:
    """The name of the article an extract opens with ("" when it opens with none)."""
    m = _ARTICLE_NAME.match(skip_notes(text)[:600])
    return m.group(1).strip() if m else ""


# A page's heading or the act's own line of requisites above the text ("Постановление № 17 от
# 19.03.2024", "Решение Совета депутатов … от 05.04.2012 № 97", the kind and the issuer alone) names no topic: an act read
# without a title is matched on what follows it.
_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}(?:[ \t]*г\.?)?"
_KIND_WORDS = ("постановление", "решение", "распоряжение", "приказ", "указ", "закон")
_REF_LINES = re.compile(r"(?:\s*(?:" + "|".join(_KIND_WORDS) + r")(?:[ \t][^\n]{0,150}?)?[ \t]+"
                        r"(?:(?:№|N)[ \t]*[\w./-]+[ \t]+от[ \t]+" + _DATE + r"|от[ \t]+" + _DATE
                        + r"[ \t]*(?:№|N)[ \t]*[\w./-]+)[ \t]*(?=\n|$)"
                        # (or the kind and the issuer alone: "Решение Совета депутатов Лесного поселения")
                        r"|\s*(?:постановление|решение|распоряжение|приказ)[ \t]+(?:администраци|совет|дум|глав|собрани"
                        r"|комитет|управлени|министерств|правительств|губернатор|мэр)(?![^\n]*\s(?:о|об|обо)\s)"
                        r"[^\n]{0,200}(?=\n|$)"
                        # (or the kind word alone, also spaced out: "Приказ", "Р Е Ш Е Н И Е")
                        r"|\s*(?:" + "|".join("[ \t]?".join(k) for k in _KIND_WORDS) + r")[ \t]*(?=\n|$))+", re.I)


# A document's kind word printed alone over its name ("УСТАВ" / "СЕЛЬСКОГО ПОСЕЛЕНИЯ …", "У С Т А В",
# "ПОЛОЖЕНИЕ" / "о Почётной грамоте …"): the requisites take the name for the title; the word says
# what the document is, as it does on one line with the name ("Устав сельского поселения …").
_DOC_WORDS = ("устав", "положение", "протокол")
_WORD_OVER = re.compile(r"(?im)^[ \t]*(" + "|".join("[ \t]?".join(w) for w in _DOC_WORDS) + r")[ \t]*\n\s*")


def kind_word_over(title: str, text: str) -> str:
    """The document's kind word printed alone on the line over its title ("" when none)."""
    words = re.findall(r"\w+", title)[:3]
    if not words or words[0].lower() in _DOC_WORDS or not _WORD_OVER.search(text[:5000]):
        return ""  # (no such word alone on a line: no pattern of this title's words to build)
    m = re.search(_WORD_OVER.pattern + r"\W*".join(map(re.escape, words)), text[:5000], re.I | re.M)
    return re.sub(r"\s", "", m.group(1)) if m else ""


def repeats_dropped(text: str, title: str | None) -> str:
    """The text with the act's title printed only once: a database prints it again on its cover
    and over its pages (Kodeks, ConsultantPlus); the repeats are no more evidence than the first."""
    words = re.findall(r"\w+", title or "")
    if len(words) < 4 or len(text) > 400_000:
        return text
    rx = re.compile(r"\W*".join(map(re.escape, words)), re.I)   # (any marks between: «№», quotes, stops)
    found = list(rx.finditer(text))
    if len(found) < 2:
        return text
    # the one kept is the act's own heading, not a cover's quotation (which goes as a cited title)
    keep = next((m for m in found if text[max(0, m.start() - 2):m.start()].strip()[-1:] not in "«\"“„"), found[0])
    for m in reversed(found):
        if m is not keep:
            text = text[:m.start()] + " " + text[m.end():]
    return text


# A PDF's text layer breaks each paragraph into lines of the page's width, where a DOCX or a page
# holds one line per paragraph; the line-bound formulas (publication, the first clause, an
# amendment's "Внести в …") would stop at the first break. A line of 40 characters or more not
# ending a sentence, followed by one opening in lower case, a quote, a bracket, «№» or a number
# that numbers no clause, goes on into it; so does one opening with a capitalised adjective in an
# oblique case after a word in lower case (``… семей города`` / ``Заречного Тестовской области …``:
# a name that no sentence opens with) (a table's rows, their cells set apart by tabs or bars, stay
# as they are).
_WRAPPED_LINE = re.compile(r"(?m)^([^\n\t|]{39,}[^\n\t|.;:!?]) *\n"
                           r"(?= *(?:[а-яё«\"(№]|\d(?!\d*(?:\.\d+)*[.)]\s)"
                           r"|(?<=[а-яё,]\n)[А-ЯЁ][а-яё]+(?:ого|его|ой|ей|ых|их)[\s,])[^\n\t|]*$)")


def reflowed(text: str) -> str:
    """The text with its paragraphs' wrapped lines joined (a PDF's layout undone)."""
    return _WRAPPED_LINE.sub(r"\1 ", text)


def title_zone(title: str | None, text: str, title_boiler: Alternation | None = None) -> str:
    """The title as the rules see it ("" when there is none): folded, a note run into it dropped,
    the kind word printed over it and an amending title's subject added, names of bodies gone."""
    if not (title and title.strip()):
        return ""
    t = _MISPRINT_RE.sub(" ", normalize(title))   # a note run into the title
    if word := kind_word_over(title, text):
        t = f"{fold(word)} {t}"
    subject = amended_subject(title, text)
    if subject:
        t = f"{t} {subject}"
    if approved := approved_documents(text):   # (the documents approved as a list: ``approved``)
        t = f"{t} {normalize(approved)}"
    return title_boiler.sub(" ", t) if title_boiler is not None else t


def head_words(head: str, title_boiler: Alternation | None = None) -> list[str]:
    """The first ``HEAD_TOKENS`` words of an act read without a title, names of bodies gone as from a
    title («Министерство сельского хозяйства …» over a regulation says who acts). The window is cut
    before the names go, so that what follows the name does not slide into it."""
    if title_boiler is not None:
        words = list(WORD_RE.finditer(head))
        if len(words) > HEAD_TOKENS:
            head = head[:words[HEAD_TOKENS - 1].end()]
        head = title_boiler.sub(" ", head)
    return WORD_RE.findall(head)[:HEAD_TOKENS]


class Doc:
    """A record prepared for matching: tokens and lemmas of title and body."""

    __slots__ = ("zones", "raw", "ntext", "_low")

    def __init__(self, title: str | None, text: str, boiler: Alternation | None = None,
                 title_boiler: Alternation | None = None):
        text = reflowed(strip_page(text or ""))
        self.zones: dict[str, list[str]] = {}
        self.raw: dict[str, str] = {}
        self._low: dict[str, str | None] = {}
        if title and (_ANNEX_LABEL.match(normalize(title)) or _DOC_KIND.fullmatch(normalize(title).strip(" ."))):
            title = None  # an annex's label, or the kind of document alone («АДМИНИСТРАТИВНЫЙ РЕГЛАМЕНТ»): no subject
        t = title_zone(title, text, title_boiler)
        heading = False   # a heading block read as the title (``issuer_only``), not a text with no title at all
        if not WORD_RE.search(t) or (heading := issuer_only(t)):
            # no title, or one naming only a body or a place (a corner's «… городской округ», a heading's
            # «… область Собрание депутатов …»: ``issuer_only``): the act is read as one without a title
            # (the page's heading goes from the body too: the issuer's name there is no evidence)
            text = text[m.end():] if (m := _REF_LINES.match(text)) else text
            title = (title_line(text) or amending_clause(text) or title_over_preamble(text) or annex_heading(text)
                     or article_name(text) or programme_title(text) or (operative_clause(text) if heading else ""))
            t = title_zone(title, text, title_boiler)
        elif "программ" not in t and (named := programme_title(text[:PROGRAMME_HEAD])):
            # an annex opening with the programme it is, under a heading a reader took for the act's (a
            # law its passport cites): the programme's name is read with that title
            named = normalize(named)
            t = f"{t} {title_boiler.sub(' ', named) if title_boiler is not None else named}"
        if WORD_RE.search(t):
            self.raw["title"] = t
            self.zones["title"] = WORD_RE.findall(t)
            if "программ" in t and (rows := passport_rows(text)):
                # a programme's passport: read as the head of the act (a title-like zone, less weight)
                head = WORD_RE.findall((boiler or _BOILER_RE).sub(" ", normalize(rows)))[:2 * HEAD_TOKENS]
                self.raw["head"] = " ".join(head)
                self.zones["head"] = head
            if "head" not in self.zones and (together := together_with(title, text)):
                # the annexes a database lists after the title («(вместе с "…")»): the act's own content, read
                # as its head (a title-like zone, less weight: what an annex holds is not all the act is about)
                head = WORD_RE.findall((boiler or _BOILER_RE).sub(" ", normalize(together)))[:2 * HEAD_TOKENS]
                self.raw["head"] = " ".join(head)
                self.zones["head"] = head
        else:
            # the formulas go from the head too ("Руководствуясь статьей 14 Устава …"
            # opens many acts printed without a title); quoted titles stay: a
            # page's own heading is often «№ 13 "Об утверждении …"»
            head = head_words((boiler or _BOILER_RE).sub(" ", normalize(operative_head(text))), title_boiler)
            self.raw["head"] = " ".join(head)
            self.zones["head"] = head
        body = strip_boilerplate(repeats_dropped(text, title), boiler)
        self.raw["text"] = body
        self.zones["text"] = WORD_RE.findall(body)
        self.ntext = len(self.zones["text"])

    def lowered(self, zone: str) -> str | None:
        """``prefilter.lowered`` of a zone's text, once per act: lower-casing a page
        of Cyrillic costs more than most of the regexes that look for their
        literals in it."""
        if zone not in self._low:
            self._low[zone] = lowered(self.raw[zone])
        return self._low[zone]
