"""Gazette issues of a fictional municipality, with their truth.

Береговской муниципальный округ Тестовской области (город Береговой), its
newspapers «Береговской вестник» and «Береговские ведомости», their staff,
acts, news and figures are invented by the project; no sentence is copied.
The layouts follow what municipal gazettes print (studied, not copied): a
masthead with the issue number as printed (``№ 12 (345)``) and the date, a
contents box («В номере»), the rubric «Официальное опубликование», acts one
after another in two or three columns, running headers with the page number,
news items and announcements of public hearings between the acts, and the
imprint (founder, editor, print run, printer) at the end.

``build(out)`` writes the issues (PDF in one, two and three columns drawn
with PDFium, a DOCX of the official section, a site's HTML page, a TXT
issue) and ``gazettes_truth.jsonl`` beside them: per issue its publication
and, per item, kind/number/date/body/title and the page where it begins
(None where the format has no pages). PDFs are drawn line by line with
PDFium's own text objects, so where every line lands, and so every act's
first page, is known exactly; one issue draws its columns row by row across
the page (as some typesetters' PDFs do) so stream order does not help.

Run: ``python -m corpus.gazettes OUT_DIR``.
"""
from __future__ import annotations

import ctypes
import io
import json
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REGION = "Тестовской области"
ADM = ("АДМИНИСТРАЦИЯ", "БЕРЕГОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ")
ADM_BODY = "Администрация Береговского муниципального округа Тестовской области"
COUNCIL = ("СОВЕТ ДЕПУТАТОВ", "БЕРЕГОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ")
COUNCIL_BODY = "Совет депутатов Береговского муниципального округа Тестовской области"
HEAD = ("ГЛАВА", "БЕРЕГОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", "ТЕСТОВСКОЙ ОБЛАСТИ")
HEAD_BODY = "Глава Береговского муниципального округа Тестовской области"
FZ131 = ("Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
         "местного самоуправления в Российской Федерации»")
USTAV = "Уставом Береговского муниципального округа Тестовской области"
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")

# what the acts are about: (title, the object of the first clause)
TOPICS = (
    ("Об утверждении Порядка предоставления субсидий на ремонт фасадов многоквартирных домов",
     "Порядок предоставления субсидий на ремонт фасадов многоквартирных домов"),
    ("О проведении смотра-конкурса на лучшее новогоднее оформление предприятий торговли",
     "Положение о смотре-конкурсе на лучшее новогоднее оформление"),
    ("Об установлении тарифов на перевозку пассажиров по муниципальным маршрутам",
     "тарифы на перевозку пассажиров по муниципальным маршрутам № 1, 3 и 7"),
    ("О создании комиссии по приемке детских игровых площадок",
     "состав комиссии по приемке детских игровых площадок"),
    ("Об утверждении муниципальной программы «Чистая вода Берегового» на 2024–2028 годы",
     "муниципальную программу «Чистая вода Берегового» на 2024–2028 годы"),
    ("О мерах по обеспечению безопасности людей на водных объектах в летний период",
     "План мероприятий по обеспечению безопасности людей на водных объектах"),
    ("Об организации ярмарки выходного дня на улице Речной",
     "схему размещения торговых мест ярмарки выходного дня"),
    ("О внесении изменений в Положение о бюджетном процессе в Береговском муниципальном округе",
     "изменения в Положение о бюджетном процессе"),
    ("Об утверждении Правил благоустройства территории Береговского муниципального округа",
     "Правила благоустройства территории округа"),
    ("О присвоении наименования скверу в микрорайоне Заводской",
     "наименование «Сквер Строителей» скверу в микрорайоне Заводской"),
    ("Об утверждении административного регламента выдачи разрешений на ввод объектов в эксплуатацию",
     "административный регламент выдачи разрешений на ввод объектов в эксплуатацию"),
    ("О порядке использования открытых плоскостных спортивных сооружений",
     "Порядок использования открытых плоскостных спортивных сооружений"),
    ("Об установлении размера платы за содержание жилого помещения",
     "размер платы за содержание жилого помещения для нанимателей"),
    ("О подготовке объектов жилищно-коммунального хозяйства к отопительному периоду",
     "План подготовки объектов жилищно-коммунального хозяйства к отопительному периоду"),
    ("Об утверждении перечня автомобильных дорог общего пользования местного значения",
     "перечень автомобильных дорог общего пользования местного значения"),
    ("О проведении праздника «День реки» в городе Береговом",
     "программу праздника «День реки»"),
    ("Об утверждении Положения о почетной грамоте главы округа",
     "Положение о почетной грамоте главы Береговского муниципального округа"),
    ("О временном ограничении движения транспортных средств по улице Мостовой",
     "схему объезда участка улицы Мостовой"),
    ("Об утверждении стоимости услуг по погребению на 2024 год",
     "стоимость услуг, предоставляемых согласно гарантированному перечню услуг по погребению"),
    ("О закреплении муниципальных образовательных организаций за территориями округа",
     "перечень территорий, закрепленных за муниципальными школами"),
    ("Об организации отдыха и оздоровления детей в каникулярное время",
     "План организации отдыха и оздоровления детей"),
    ("О назначении публичных слушаний по проекту генерального плана округа",
     "проект генерального плана Береговского муниципального округа"),
    ("Об утверждении Положения о муниципальном земельном контроле",
     "Положение о муниципальном земельном контроле"),
    ("О создании муниципального казенного учреждения «Центр закупок»",
     "Устав муниципального казенного учреждения «Центр закупок»"),
    ("Об определении мест для выгула домашних животных",
     "перечень мест для выгула домашних животных"),
)

EXTRA = (
    "Отделу жилищно-коммунального хозяйства администрации округа в срок до 1 июня "
    "обеспечить проверку исполнения мероприятий и представить сведения главе округа.",
    "Финансовому управлению администрации округа предусмотреть средства на "
    "выполнение мероприятий в пределах бюджетных ассигнований текущего года.",
    "Руководителям муниципальных учреждений довести настоящий документ до сведения "
    "работников и обеспечить его соблюдение.",
    "Рекомендовать управляющим организациям и товариществам собственников жилья "
    "принять участие в выполнении мероприятий на придомовых территориях.",
    "Признать утратившими силу ранее принятые документы по тому же вопросу в части, "
    "противоречащей настоящему документу.",
    "Отделу информационной политики администрации обеспечить освещение хода "
    "выполнения мероприятий в средствах массовой информации.",
)

NEWS = (
    ("На улице Речной открылся новый пешеходный мост",
     ("В субботу жители микрорайона Заречье впервые прошли по новому пешеходному мосту "
      "через протоку. Строительство заняло четыре месяца.",
      "Мост длиной сорок два метра оборудован освещением и перилами. На открытии "
      "подрядчик передал округу ключи от щитовой и паспорт сооружения.")),
    ("Юные шахматисты округа привезли три медали",
     ("Воспитанники шахматного клуба «Ладья» успешно выступили на областном турнире "
      "среди школьников. Две бронзы и одно серебро — лучший результат клуба за пять лет.",
      "Тренер клуба Н.А. Белова благодарит родителей за поддержку поездки.")),
    ("Библиотека приглашает на вечер краеведения",
     ("Центральная библиотека в четверг проводит вечер, посвященный истории "
      "лесопильного завода, с которого начинался город.",
      "Вход свободный, начало в 18 часов. Краеведы покажут фотографии из фондов музея.")),
    ("Сезон отопления завершится по погоде",
     ("Отопительный период закончится, когда среднесуточная температура воздуха пять "
      "дней подряд будет выше восьми градусов.",
      "Дату окончания сезона сообщат управляющие организации и сайт администрации.")),
    ("В школах прошли уроки безопасности",
     ("Сотрудники пожарной части рассказали ученикам о правилах поведения при пожаре "
      "и показали, как пользоваться огнетушителем.",
      "Всего уроки посетили около семисот школьников.")),
    ("Открыт прием заявок на конкурс «Лучший двор»",
     ("Советы домов и товарищества собственников жилья могут подать заявку до конца "
      "месяца в отдел благоустройства.",
      "Победители получат средства на установку скамеек и цветников.")),
)

HEARING = ("ОПОВЕЩЕНИЕ о начале публичных слушаний",
           ("Публичные слушания по проекту внесения изменений в правила землепользования и "
            "застройки округа пройдут в актовом зале администрации по адресу: г. Береговой, "
            "ул. Советская, д. 10.",
            "Замечания и предложения по проекту принимаются в письменной форме в отделе "
            "архитектуры до дня проведения слушаний включительно. Информационные материалы "
            "размещены на официальном сайте администрации округа."))


@dataclass(frozen=True)
class GAct:
    heading: tuple[str, ...]
    kind: str            # as printed, upper case
    date: str            # ISO
    number: str
    title: str
    paras: tuple[str, ...]
    sign: tuple[str, str]
    body: str
    annex: tuple[str, ...] = ()   # printed after the signature: heading lines, then clauses

    def truth(self) -> dict:
        return {"kind": self.kind.lower(), "number": self.number, "date": self.date,
                "body": self.body, "title": self.title}


@dataclass(frozen=True)
class Article:
    headline: str
    paras: tuple[str, ...]


@dataclass(frozen=True)
class Paper:
    name: str                 # as the truth has it
    masthead: str             # as the masthead prints it
    subtitle: str
    number: str               # "12 (345)"
    date: str                 # ISO

    @property
    def ru_date(self) -> str:
        y, m, d = self.date.split("-")
        return f"{int(d)} {MONTHS[int(m) - 1]} {y} г."

    def publication(self, page: int | None) -> dict:
        return {"name": self.name, "issue": self.number, "date": self.date,
                "page": None if page is None else str(page)}


@dataclass
class Issue:
    file: str
    layout: str              # pdf2 | pdf3 | pdf1 | docx | html | txt
    paper: Paper
    items: list              # GAct | Article
    contents: bool = True
    order: str = "columns"   # PDF drawing order: columns | rows | header_last
    header: str = "dots"     # running header: dots (name · № · date · стр. N) | bars (N | NAME | …)
    #                          | caps (NAME № 15/348/ 5 АПРЕЛЯ 2024 3 ОФИЦИАЛЬНЫЙ ОТДЕЛ)
    pages: dict = field(default_factory=dict)   # item index -> first page


def _dotted(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def make_act(i: int, issue_date: str) -> GAct:
    """The ``i``-th act of the fund: kind, issuer and length vary with ``i``."""
    title, obj = TOPICS[i % len(TOPICS)]
    y, m, d = (int(x) for x in issue_date.split("-"))
    date = f"{y:04d}-{m:02d}-{max(1, d - 1 - i % 5):02d}"
    kind_no = i % 4
    if kind_no == 0:
        heading, kind, body, number = ADM, "ПОСТАНОВЛЕНИЕ", ADM_BODY, f"{100 + 7 * i}-п"
        pre = (f"В соответствии с {FZ131}, руководствуясь {USTAV}, администрация "
               "Береговского муниципального округа постановляет:")
        what, sign = "постановление", ("Глава Береговского муниципального округа", "А.С. Ветров")
    elif kind_no == 1:
        heading, kind, body, number = ADM, "РАСПОРЯЖЕНИЕ", ADM_BODY, f"{20 + 3 * i}-р"
        pre = f"В целях реализации полномочий органов местного самоуправления, руководствуясь {USTAV}:"
        what, sign = "распоряжение", ("Глава Береговского муниципального округа", "А.С. Ветров")
    elif kind_no == 2:
        heading, kind, body, number = COUNCIL, "РЕШЕНИЕ", COUNCIL_BODY, f"{i // 4 + 5}/{30 + i}"
        pre = (f"Рассмотрев предложение администрации округа, в соответствии с {FZ131}, "
               "Совет депутатов Береговского муниципального округа решил:")
        what, sign = "решение", ("Председатель Совета депутатов", "Т.Г. Крылова")
    else:
        heading, kind, body, number = HEAD, "ПОСТАНОВЛЕНИЕ", HEAD_BODY, f"{10 + i}-пг"
        pre = f"В соответствии с {FZ131}, руководствуясь {USTAV}, постановляю:"
        what, sign = "постановление", ("Глава Береговского муниципального округа", "А.С. Ветров")
    paras = [pre, f"1. Утвердить {obj} (прилагается)."]
    extra = EXTRA[: 2 + (i * 5) % 5] if i % 3 == 0 else EXTRA[i % 4: i % 4 + 1]
    paras += [f"{k}. {p}" for k, p in enumerate(extra, 2)]
    k = len(paras)
    paras.append(f"{k}. Опубликовать настоящее {what} в газете «Береговской вестник» и "
                 "разместить на официальном сайте администрации округа.")
    paras.append(f"{k + 1}. Настоящее {what} вступает в силу со дня его официального опубликования.")
    annex = ()
    if i % 7 == 3:
        annex = (obj[:1].upper() + obj[1:],
                 "1. Настоящий документ определяет сроки, участников и порядок выполнения "
                 "мероприятий на территории Береговского муниципального округа.",
                 "2. Участники представляют сведения о выполнении мероприятий ежеквартально, "
                 "до 5-го числа месяца, следующего за отчетным кварталом.",
                 "3. Сведения обобщает отдел экономики администрации округа.")
    return GAct(heading, kind, date, number, title, tuple(paras), sign, body, annex)


VESTNIK = "Береговской вестник"
VEDOMOSTI = "Береговские ведомости"


def issues() -> list[Issue]:
    """Nine issues, 45 acts (seven with an annex) and 12 articles in all."""
    plan = [  # file, layout, paper, number, date, acts, articles after act k, order
        ("g01_vestnik_2col.pdf", "pdf2", VESTNIK, "12 (345)", "2024-03-15", 6, {1: [0], 4: [-1]}, "columns"),
        ("g02_vestnik_2col_rows.pdf", "pdf2", VESTNIK, "13 (346)", "2024-03-22", 5, {2: [1]}, "rows"),
        ("g03_vestnik_3col.pdf", "pdf3", VESTNIK, "14 (347)", "2024-03-29", 6, {0: [2], 3: [-1]},
         "header_last"),
        ("g04_vestnik_3col.pdf", "pdf3", VESTNIK, "15/348", "2024-04-05", 5, {4: [3]}, "columns"),
        ("g05_vestnik_1col.pdf", "pdf1", VESTNIK, "16 (349)", "2024-04-12", 4, {1: [4, -1]}, "columns"),
        ("g06_vestnik_2col.pdf", "pdf2", VESTNIK, "17 (350)", "2024-04-19", 5, {}, "header_last"),
        ("g07_vedomosti_official.docx", "docx", VEDOMOSTI, "8 (1204)", "2024-04-26", 5, {2: [5]}, ""),
        ("g08_vestnik_site.html", "html", VESTNIK, "18 (351)", "2024-04-26", 4, {-1: [3], 1: [0]}, ""),
        ("g09_vedomosti.txt", "txt", VEDOMOSTI, "9 (1205)", "2024-05-03", 5, {3: [-1]}, ""),
    ]
    out, n = [], 0
    for file, layout, name, number, date, count, arts, order in plan:
        masthead = name.upper()
        subtitle = ("Официальное периодическое печатное издание Береговского муниципального "
                    "округа Тестовской области")
        paper = Paper(name, masthead, subtitle, number, date)
        # articles under key -1 come before the first act (news opening the page)
        items: list = [Article(*NEWS[a]) for a in arts.get(-1, [])]
        for k in range(count):
            items.append(make_act(n, date))
            n += 1
            for a in arts.get(k, []):
                items.append(Article(*HEARING) if a == -1 else Article(*NEWS[a]))
        out.append(Issue(file, layout, paper, items, order=order or "columns",
                         header={"g06": "bars", "g04": "caps"}.get(file[:3], "dots")))
    return out


# --- text of an item as paragraphs with a style -------------------------------------------

def item_paras(item) -> list[tuple[str, str]]:
    """(text, style) paragraphs: style is head (bold, centred), text or sign."""
    if isinstance(item, Article):
        return [(item.headline, "head")] + [(p, "text") for p in item.paras]
    out = [(h, "head") for h in item.heading]
    out += [(item.kind, "head"), (f"от {_dotted(item.date)} № {item.number}", "center"),
            ("г. Береговой", "center"), (item.title, "head")]
    out += [(p, "text") for p in item.paras]
    out.append((f"{item.sign[0]} {item.sign[1]}", "text"))
    if item.annex:
        what = {"ПОСТАНОВЛЕНИЕ": "постановлению", "РАСПОРЯЖЕНИЕ": "распоряжению",
                "РЕШЕНИЕ": "решению"}[item.kind]
        who = {ADM_BODY: "администрации", COUNCIL_BODY: "Совета депутатов",
               HEAD_BODY: "главы"}[item.body]
        out += [("Приложение", "right"),
                (f"к {what} {who} Береговского муниципального округа от {_dotted(item.date)} "
                 f"№ {item.number}", "right"), (item.annex[0], "head")]
        out += [(p, "text") for p in item.annex[1:]]
    return out


def contents_lines(issue: Issue, pages: dict | None) -> list[str]:
    lines = ["В НОМЕРЕ:"]
    for i, it in enumerate(issue.items):
        if isinstance(it, GAct):
            who = {ADM_BODY: "администрации", COUNCIL_BODY: "Совета депутатов",
                   HEAD_BODY: "главы округа"}[it.body]
            page = f" — стр. {pages[i]}" if pages and i in pages else ""
            lines.append(f"{it.kind.capitalize()} {who} от {_dotted(it.date)} № {it.number} "
                         f"«{it.title}»{page}")
    return lines


def imprint(paper: Paper) -> list[str]:
    return [
        f"Учредитель: Совет депутатов Береговского муниципального округа. Издатель: "
        f"МБУ «Редакция газеты «{paper.name}». Главный редактор О.П. Лыкова.",
        "Адрес редакции: 000000, Тестовская обл., г. Береговой, ул. Садовая, д. 3, тел. 0-00-00.",
        f"Номер подписан в печать {_dotted(paper.date)} в 16.00. Тираж 900 экз. "
        "Отпечатано в ООО «Типография-Тест». Распространяется бесплатно.",
    ]


def header_line(paper: Paper, page: int, style: str = "dots") -> str:
    if style == "bars":
        return f"{page} | {paper.masthead} | № {paper.number} | {paper.ru_date}"
    if style == "caps":   # the page number after the date, the section's name last
        day = paper.ru_date.removesuffix(" г.").upper()
        return f"{paper.masthead} № {paper.number}/ {day} {page} ОФИЦИАЛЬНЫЙ ОТДЕЛ"
    return f"{paper.name} · № {paper.number} · {paper.ru_date} · стр. {page}"


# --- PDF drawn with PDFium ----------------------------------------------------------------

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
W, H, MARGIN, GUTTER = 595.0, 842.0, 36.0, 14.0


@lru_cache(maxsize=None)
def _measure(path: str, size: float):
    from PIL import ImageFont
    return ImageFont.truetype(path, size=int(size * 10))


def text_width(s: str, bold: bool, size: float) -> float:
    return _measure(FONT_BOLD if bold else FONT, size).getlength(s) / 10


def wrap(text: str, width: float, bold: bool, size: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        cand = f"{cur} {word}" if cur else word
        if cur and text_width(cand, bold, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


@dataclass
class _Glyphs:
    """A text line placed on a page."""
    page: int
    x: float
    y: float
    text: str
    bold: bool
    size: float
    zone: str   # head | body | column index as str


def layout_pdf(issue: Issue, ncols: int, size: float = 8.5) -> list[_Glyphs]:
    """Every line of the issue placed; ``issue.pages`` filled with first pages."""
    lead = size * 1.32
    colw = (W - 2 * MARGIN - (ncols - 1) * GUTTER) / ncols
    placed: list[_Glyphs] = []
    p = issue.paper
    # page 1: masthead and contents across the page
    y = H - MARGIN - 24
    for text, bold, sz in ((p.masthead, True, 24), (p.subtitle, False, 8),
                           (f"№ {p.number}    {p.ru_date}    Распространяется бесплатно", True, 9)):
        placed.append(_Glyphs(1, (W - text_width(text, bold, sz)) / 2, y, text, bold, sz, "head"))
        y -= sz * 1.6
    y -= 6
    # the contents box needs the pages: lay the columns out first, then fill it
    # in (room is kept for two-digit pages)
    box_lines = len(contents_lines(issue, None)) if issue.contents else 0
    full = W - 2 * MARGIN
    wide_pages = {i: 99 for i in range(len(issue.items))}
    box_wrapped = sum(len(wrap(s, full, False, size))
                      for s in contents_lines(issue, wide_pages)) if box_lines else 0
    box_top = y
    y -= box_wrapped * lead + (8 if box_lines else 0)
    top1 = y - 6
    rubric = ("ОФИЦИАЛЬНОЕ ОПУБЛИКОВАНИЕ", "head")
    paras: list[tuple[int, str, str]] = [(-1, *rubric)]
    for i, it in enumerate(issue.items):
        paras += [(i, t, s) for t, s in item_paras(it)]
        paras.append((i, "", "gap"))
    paras += [(-2, t, "small") for t in imprint(p)]
    page, col, y = 1, 0, top1
    bottom = MARGIN + 20

    def advance():
        nonlocal page, col, y
        col += 1
        if col == ncols:
            page, col = page + 1, 0
        y = (top1 if page == 1 else H - MARGIN - 22)

    for owner, text, style in paras:
        if style == "gap":
            y -= lead * 0.8
            continue
        bold = style == "head"
        sz = size - 1 if style == "small" else size
        for k, line in enumerate(wrap(text, colw - (8 if style == "text" else 0), bold, sz)):
            if y < bottom:
                advance()
            if owner >= 0 and owner not in issue.pages:
                issue.pages[owner] = page
            x0 = MARGIN + col * (colw + GUTTER)
            if style in ("head", "center"):
                x = x0 + (colw - text_width(line, bold, sz)) / 2
            elif style == "right":
                x = x0 + colw - text_width(line, bold, sz)
            else:
                x = x0 + (8 if style == "text" and k == 0 else 0)
            placed.append(_Glyphs(page, x, y, line, bold, sz, str(col)))
            y -= lead
    if box_lines:
        yy = box_top
        for s in contents_lines(issue, issue.pages):
            for line in wrap(s, full, s == "В НОМЕРЕ:", size):
                placed.append(_Glyphs(1, MARGIN, yy, line, s == "В НОМЕРЕ:", size, "head"))
                yy -= lead
    for pg in range(2, page + 1):   # running headers; page 1 has the masthead
        placed.append(_Glyphs(pg, MARGIN, H - MARGIN, header_line(p, pg, issue.header), False, 7.5, "run"))
    for pg in range(1, page + 1 if issue.header != "bars" else 1):   # footers: the page number alone
        s = str(pg)
        placed.append(_Glyphs(pg, (W - text_width(s, False, 8)) / 2, MARGIN - 4, s, False, 8, "run"))
    return placed


def draw_pdf(placed: list[_Glyphs], order: str) -> bytes:
    """The placed lines as a PDF, each line one PDFium text object, drawn in
    ``order``: by column (as most typesetters), row by row across the
    columns, or with the running headers and footers last."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c
    doc = pdfium.PdfDocument.new()
    fonts, keep = {}, []
    for bold, path in ((False, FONT), (True, FONT_BOLD)):
        data = Path(path).read_bytes()
        buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        keep.append(buf)
        fonts[bold] = c.FPDFText_LoadFont(doc.raw, buf, len(data), c.FPDF_FONT_TRUETYPE, True)
    npages = max(g.page for g in placed)
    for pg in range(1, npages + 1):
        page = doc.new_page(W, H)
        mine = [g for g in placed if g.page == pg]
        if order == "rows":
            mine.sort(key=lambda g: (g.zone != "head", -round(g.y), g.x))
        elif order == "header_last":
            mine.sort(key=lambda g: (g.zone != "head", g.zone == "run"))
        else:
            # stable: the masthead, the columns in turn, headers and footers
            mine.sort(key=lambda g: (g.zone != "head", g.zone == "run", g.zone))
        for g in mine:
            obj = c.FPDFPageObj_CreateTextObj(doc.raw, fonts[g.bold], g.size)
            u = (g.text + "\0").encode("utf-16-le")
            c.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(u, len(u)),
                                                ctypes.POINTER(ctypes.c_ushort)))
            c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, g.x, g.y)
            c.FPDFPage_InsertObject(page.raw, obj)
        c.FPDFPage_GenerateContent(page.raw)
        page.close()
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    return buf.getvalue()


def pdf_bytes(issue: Issue, ncols: int) -> bytes:
    issue.pages.clear()
    return draw_pdf(layout_pdf(issue, ncols), issue.order)


# --- DOCX, HTML, TXT ---------------------------------------------------------------------

def docx_bytes(issue: Issue) -> bytes:
    """The official section as the editors send it: masthead paragraphs, the
    acts and notes one after another, the imprint last."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = issue.paper
    doc = docx.Document()
    doc.core_properties.author = f"Редакция газеты «{p.name}»"

    def para(text, bold=False, center=False):
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = bold
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(p.masthead, True, True)
    para(p.subtitle, False, True)
    para(f"№ {p.number}, {p.ru_date}", True, True)
    para("ОФИЦИАЛЬНОЕ ОПУБЛИКОВАНИЕ", True, True)
    for it in issue.items:
        for text, style in item_paras(it):
            para(text, style == "head", style in ("head", "center", "right"))
        para("")
    for line in imprint(p):
        para(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def html_bytes(issue: Issue) -> bytes:
    from html import escape as e
    p = issue.paper
    body = []
    for it in issue.items:
        body.append("<article>")
        for text, style in item_paras(it):
            tag = "h3" if style == "head" else "p"
            body.append(f"<{tag}>{e(text)}</{tag}>")
        body.append("</article>")
    page = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{e(p.name)} № {e(p.number)} от {e(p.ru_date)} — официальное опубликование</title></head>
<body>
<nav class="menu"><a href="/">Главная</a> <a href="/archive">Архив номеров</a></nav>
<main>
<h1>{e(p.name)}</h1>
<p>{e(p.subtitle)}</p>
<p><b>№ {e(p.number)} от {e(p.ru_date)}</b></p>
<h2>Официальное опубликование</h2>
{chr(10).join(body)}
</main>
<footer>{e(imprint(p)[0])} {e(imprint(p)[2])}</footer>
</body></html>
"""
    return page.encode("utf-8")


def txt_bytes(issue: Issue, per_page: int = 70) -> bytes:
    """A TXT issue as a layout program exports it: page by page, each page
    after the first under its running header, the page number below."""
    p = issue.paper
    lines = [p.masthead, p.subtitle, f"№ {p.number}   {p.ru_date}", ""]
    lines += contents_lines(issue, None) + ["", "ОФИЦИАЛЬНОЕ ОПУБЛИКОВАНИЕ", ""]
    owners: list[int] = [-1] * len(lines)
    for i, it in enumerate(issue.items):
        for text, _ in item_paras(it):
            for line in wrap(text, 330, False, 10):
                lines.append(line)
                owners.append(i)
        lines.append("")
        owners.append(i)
    lines += [""] + imprint(p)
    owners += [-2] * (len(imprint(p)) + 1)
    out, page = [], 1
    issue.pages.clear()
    for k in range(0, len(lines), per_page):
        if page > 1:
            out += [header_line(p, page), ""]
        for line, owner in zip(lines[k:k + per_page], owners[k:k + per_page]):
            out.append(line)
            if owner >= 0 and line and owner not in issue.pages:
                issue.pages[owner] = page
        out += ["", f"— {page} —", ""]
        page += 1
    return "\n".join(out).encode("utf-8")


# --- the build -----------------------------------------------------------------------------

def issue_bytes(issue: Issue) -> bytes:
    if issue.layout.startswith("pdf"):
        return pdf_bytes(issue, int(issue.layout[3:]))
    issue.pages.clear()
    return {"docx": docx_bytes, "html": html_bytes, "txt": txt_bytes}[issue.layout](issue)


def truth(issue: Issue) -> dict:
    paged = issue.layout.startswith("pdf") or issue.layout == "txt"
    items = []
    for i, it in enumerate(issue.items):
        page = issue.pages.get(i) if paged else None
        if isinstance(it, GAct):
            t = it.truth()
        else:
            t = {"kind": "публикация", "number": None, "date": issue.paper.date, "body": None,
                 "title": it.headline}
        t["publication"] = issue.paper.publication(page)
        items.append(t)
    return {"file": issue.file, "layout": issue.layout, "items": items}


def build(out: Path, only: list[Issue] | None = None) -> list[dict]:
    """Write every issue into ``out`` and return (and write) their truth."""
    out.mkdir(parents=True, exist_ok=True)
    truths = []
    for issue in only or issues():
        (out / issue.file).write_bytes(issue_bytes(issue))
        truths.append(truth(issue))
    (out / "gazettes_truth.jsonl").write_text(
        "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truths), encoding="utf-8")
    return truths


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m corpus.gazettes OUT_DIR", file=sys.stderr)
        return 2
    truths = build(Path(argv[0]))
    acts = sum(t["kind"] != "публикация" for x in truths for t in x["items"])
    print(f"{len(truths)} issues, {acts} acts, "
          f"{sum(len(x['items']) for x in truths) - acts} articles -> {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
