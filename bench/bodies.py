"""The issuing body on acts nobody tuned on: a generative, seeded bench (issue 12).

    .venv/bin/python bench/bodies.py                  # per family and per layout
    .venv/bin/python bench/bodies.py --misses body    # and each field lost ('all' or fields)
    .venv/bin/python bench/bodies.py --seed 2 --n 600 # other draws, more acts
    .venv/bin/python bench/bodies.py --show 5         # print the first acts drawn
    .venv/bin/python bench/bodies.py --title-first 0  # without the date line under the title

The body was the requisite the held-out samples read worst: a municipality's
name is made of a few dozen words that 131-FZ and the regional charters
combine (the body's word, the municipality's kind and name, its district,
its region), and a sample meets only a few of them. Here a grammar, written
in our own wording with fictional place names, composes the names of the
issuers of municipal acts, each in the case its place in the name asks for:

* ``council``: Совет депутатов, Дума, Собрание депутатов, Собрание
  представителей, Совет (Bashkortostan, Tatarstan), Земское собрание,
  Муниципальный совет (St Petersburg), a town's or a village's own council
  (``Сосновская городская Дума``, ``Ольховский поселковый Совет``,
  ``… сельский Совет депутатов``), Хурал представителей, Курултай;
* ``executive``: администрация, местная администрация, исполнительный
  комитет (Tatarstan), мэрия, городская управа;
* ``head``: глава, глава администрации, мэр;
* ``audit``: контрольно-счётная палата, ревизионная комиссия;
* ``election``: territorial and municipal electoral commissions;

of municipalities of every kind: urban and rural settlements (``сельсовет``,
``наслег``, ``сумон``, ``станица``, ``хутор``, ``рабочий посёлок``),
municipal districts (``улус``, ``кожуун``), municipal and urban okrugs,
intra-city municipalities of Moscow and St Petersburg. Each name is laid out
as a heading block is printed: on one line or wrapped over two to five lines
at any word, in capitals or not, under the region's (and the district's)
name and ``РОССИЙСКАЯ ФЕДЕРАЦИЯ``, over a convocation or a session line, a
kind word (letter-spaced or not; or the kind word over the name put in
the genitive, ``ПОСТАНОВЛЕНИЕ`` / ``ГЛАВЫ …``, as blanks of heads and of
councils print it), a date-and-number line in one of the usual
forms, a place line, and a title on one line or wrapped; blank lines between
the lines or not. A share of the acts dated «от …» (``--title-first``, 0.2;
0 draws the acts of the bench before it) print the date line under the title,
as old regional prints set it. Each act comes with its record: the body as the contract
says (``../shared/spec/record.md``: nominative, the whole name, no
convocation, place, date or number; with a territory's line printed above
the name either way; in the letters printed, so that a parenthesised word
such as ``(ЯКУТИЯ)`` compares alike), and the kind, number, date and title, which must stay
right too.

The table gives, per body family and per layout feature, the fields right
over the fields generated. The draws are seeded: the same seed gives the
same acts.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.requisites import extract_acts  # noqa: E402
from tests.gold import same  # noqa: E402

FIELDS = ("kind", "number", "date", "body", "title")
FAMILIES = ("council", "executive", "head", "audit", "election")

# --- places (fictional) -------------------------------------------------------------

# adjective endings: m nom, m gen, f nom, f gen, n nom
_ENDS = {"sk": ("ий", "ого", "ая", "ой", "ое"), "n": ("ый", "ого", "ая", "ой", "ое"),
         "oj": ("ой", "ого", "ая", "ой", "ое")}


@dataclass(frozen=True)
class Adj:
    stem: str
    decl: str

    def __call__(self, form: str) -> str:
        i = ("m", "mg", "f", "fg", "n").index(form)
        return self.stem + _ENDS[self.decl][i]


# an adjective of place, the town named from it (nominative, genitive), a village
PLACES = [
    (Adj("Ольховск", "sk"), ("Ольховск", "Ольховска"), "Ольховка"),
    (Adj("Приозёрн", "n"), ("Приозёрск", "Приозёрска"), "Приозёрное"),
    (Adj("Кедровск", "sk"), ("Кедровск", "Кедровска"), "Кедровка"),
    (Adj("Лугов", "oj"), ("Луговск", "Луговска"), "Луговое"),
    (Adj("Сосновск", "sk"), ("Сосновск", "Сосновска"), "Сосновка"),
    (Adj("Тумановск", "sk"), ("Туманов", "Туманова"), "Тумановка"),
    (Adj("Верескинск", "sk"), ("Верескино", "Верескино"), "Верескино"),
    (Adj("Белоярн", "n"), ("Белоярск", "Белоярска"), "Белый Яр"),
]
DISTRICTS = [Adj("Заречн", "n"), Adj("Тестовск", "sk"), Adj("Боровск", "sk"),
             Adj("Нагорн", "n"), Adj("Полев", "oj")]
# regions: nominative, genitive; the fictional ones for any name, the real
# subjects only where the name's structure is theirs
REGIONS = [("Тестовская область", "Тестовской области"), ("Приреченский край", "Приреченского края"),
           ("Республика Тестовия", "Республики Тестовия"),
           ("Тестовский автономный округ", "Тестовского автономного округа")]
BASHKIRIA = ("Республика Башкортостан", "Республики Башкортостан")
TATARSTAN = ("Республика Татарстан", "Республики Татарстан")
YAKUTIA = ("Республика Саха (Якутия)", "Республики Саха (Якутия)")
TUVA = ("Республика Тыва", "Республики Тыва")


@dataclass
class Muni:
    """A municipality: its name in the genitive (as it follows a body's
    word), the lines a blank prints above the body's name (nominative), and
    its kind."""
    gen: str
    above: list[str]
    kind: str          # settlement, district, okrug, city, intra-city
    town: tuple[str, str] | None = None   # the town it is named after (nom, gen)
    place: str = ""    # the place line ("г. Ольховск", "с. Ольховка")


def _region(rng) -> tuple[str, str]:
    return rng.choice(REGIONS)


def _opt(rng, s: str, p: float = 0.5) -> str:
    return (" " + s) if rng.random() < p else ""


def settlement(rng) -> Muni:
    a, town, village = rng.choice(PLACES)
    d = rng.choice(DISTRICTS)
    reg = _region(rng)
    form = rng.randrange(10)
    district_above = f"{d('m')} муниципальный район"
    if form == 0:
        gen = f"{a('mg')} сельского поселения" + _opt(rng, f"{d('mg')} муниципального района") + _opt(rng, reg[1])
    elif form == 1:
        gen = f"{a('mg')} городского поселения" + _opt(rng, f"{d('mg')} района {reg[1]}")
        return Muni(gen, [reg[0], district_above], "settlement", town, f"г. {town[0]}")
    elif form == 2:
        gen = f"{a('mg')} сельсовета {d('mg')} района {reg[1]}"
    elif form == 3:
        reg = BASHKIRIA
        gen = f"сельского поселения {a('m')} сельсовет муниципального района {d('m')} район {reg[1]}"
        district_above = f"муниципальный район {d('m')} район"
    elif form == 4:
        gen = f"муниципального образования «{a('n')} сельское поселение»" + _opt(rng, f"{d('mg')} района")
    elif form == 5:
        reg = YAKUTIA
        gen = f"муниципального образования «{a('m')} наслег» {d('mg')} улуса" + _opt(rng, "(района)", 0.5) + f" {reg[1]}"
        district_above = f"{d('m')} улус"
    elif form == 6:
        reg = TUVA
        gen = f"сельского поселения сумон {a('m')} {d('mg')} кожууна {reg[1]}"
        district_above = f"{d('m')} кожуун"
    elif form == 7:
        st = rng.choice([f"«Станица {a('f')}»", f"«Хутор {a('m')}»"])
        gen = f"муниципального образования {st}" + _opt(rng, f"{d('mg')} района {reg[1]}")
    elif form == 8:
        gen = f"городского поселения «Рабочий посёлок {village}»" + _opt(rng, f"{d('mg')} муниципального района")
    else:
        gen = f"сельского поселения «Село {village}»" + _opt(rng, f"{d('mg')} муниципального района {reg[1]}")
    return Muni(gen, [reg[0], district_above], "settlement", town, f"с. {village}")


def district(rng) -> Muni:
    a, town, _ = rng.choice(PLACES)
    d = rng.choice(DISTRICTS)
    reg = _region(rng)
    form = rng.randrange(5)
    if form == 0:
        gen = f"{d('mg')} муниципального района" + _opt(rng, reg[1])
    elif form == 1:
        gen = f"муниципального района «{d('m')} район»" + _opt(rng, reg[1])
    elif form == 2:
        gen = f"{d('mg')} района" + _opt(rng, reg[1])
    elif form == 3:
        reg = BASHKIRIA
        gen = f"муниципального района {d('m')} район {reg[1]}"
    else:
        gen = f"муниципального образования «{d('m')} район»" + _opt(rng, reg[1])
    return Muni(gen, [reg[0]], "district", town, f"г. {town[0]}")


def okrug(rng) -> Muni:
    a, town, _ = rng.choice(PLACES)
    reg = _region(rng)
    form = rng.randrange(6)
    if form == 0:
        gen = f"{a('mg')} муниципального округа" + _opt(rng, reg[1])
    elif form == 1:
        gen = f"{a('mg')} городского округа" + _opt(rng, reg[1])
    elif form == 2:
        gen = f"городского округа «Город {town[0]}»" + _opt(rng, reg[1])
    elif form == 3:
        gen = f"города {town[1]}" + _opt(rng, reg[1])
    elif form == 4:
        gen = f"городского округа город {town[0]}" + _opt(rng, reg[1])
    else:
        gen = f"муниципального образования «Город {town[0]}»" + _opt(rng, reg[1])
    return Muni(gen, [reg[0]], "okrug", town, f"г. {town[0]}")


def intra_city(rng) -> Muni:
    a, town, village = rng.choice(PLACES)
    form = rng.randrange(4)
    if form == 0:
        return Muni(f"муниципального округа {village}" + _opt(rng, "в городе Москве", 0.7),
                    ["город Москва"], "intra-city", None, "г. Москва")
    if form == 1:
        return Muni(f"внутригородского муниципального образования – муниципального округа {village} в городе Москве",
                    ["город Москва"], "intra-city", None, "г. Москва")
    if form == 2:
        return Muni(f"внутригородского муниципального образования Санкт-Петербурга муниципальный округ {a('m')}",
                    ["Санкт-Петербург"], "intra-city", None, "Санкт-Петербург")
    return Muni("внутригородского муниципального образования города федерального значения "
                f"Санкт-Петербурга посёлок {village}", ["Санкт-Петербург"], "intra-city", None, "Санкт-Петербург")


MUNIS = (settlement, district, okrug, intra_city)


# --- bodies ---------------------------------------------------------------------------

@dataclass
class Body:
    family: str
    name: str               # nominative, as the gold holds it
    above: list[str]        # territory lines a blank may print above it
    place: str
    kinds: tuple[str, ...]  # the kind words the body issues
    convocation: bool = False
    gen: str = ""           # the name in the genitive (ПОСТАНОВЛЕНИЕ / ГЛАВЫ …); from HEAD_GEN when empty

    def genitive(self) -> str:
        if self.gen:
            return self.gen
        for head in sorted(HEAD_GEN, key=len, reverse=True):
            if self.name.startswith(head + " "):
                return HEAD_GEN[head] + self.name[len(head):]
        raise ValueError(self.name)


# the words of a body's name that change in the genitive, as a kind word over it asks
HEAD_GEN = {
    "Совет депутатов": "Совета депутатов", "Дума": "Думы", "Собрание депутатов": "Собрания депутатов",
    "Собрание представителей": "Собрания представителей", "Совет": "Совета",
    "Совет народных депутатов": "Совета народных депутатов", "Земское собрание": "Земского собрания",
    "Муниципальный совет": "Муниципального совета", "Хурал представителей": "Хурала представителей",
    "Курултай": "Курултая", "Администрация": "Администрации", "Местная администрация": "Местной администрации",
    "Исполнительный комитет": "Исполнительного комитета", "Мэрия": "Мэрии",
    "Городская Управа": "Городской Управы", "Глава": "Главы", "Глава администрации": "Главы администрации",
    "Мэр": "Мэра", "Контрольно-счётная палата": "Контрольно-счётной палаты",
    "Контрольно-счетная палата": "Контрольно-счетной палаты", "Ревизионная комиссия": "Ревизионной комиссии",
    "Контрольно-счётный орган": "Контрольно-счётного органа",
    "Территориальная избирательная комиссия": "Территориальной избирательной комиссии",
    "Избирательная комиссия": "Избирательной комиссии",
}


def council(rng) -> Body:
    form = rng.randrange(12)
    a, town, village = rng.choice(PLACES)
    d = rng.choice(DISTRICTS)
    reg = _region(rng)
    if form <= 4:
        m = rng.choice(MUNIS[:3])(rng)
        word = ("Совет депутатов", "Дума", "Собрание депутатов", "Собрание представителей",
                "Совет народных депутатов")[form]
        return Body("council", f"{word} {m.gen}", m.above, m.place, ("решение",), True)
    if form == 5:
        m = settlement(rng) if rng.random() < 0.5 else district(rng)
        return Body("council", f"Совет {m.gen}", m.above, m.place, ("решение",), True)
    if form == 6:
        return Body("council", f"Земское собрание {d('mg')} муниципального района" + _opt(rng, reg[1]),
                    [reg[0]], f"г. {town[0]}", ("решение",), True)
    if form == 7:
        m = intra_city(rng)
        word = "Муниципальный совет" if "Санкт" in m.gen else "Совет депутатов"
        return Body("council", f"{word} {m.gen}", m.above, m.place, ("решение",), True)
    if form == 8:
        word, gen = rng.choice([(f"{a('f')} городская Дума", f"{a('fg')} городской Думы"),
                                (f"{a('m')} городской Совет депутатов", f"{a('mg')} городского Совета депутатов"),
                                (f"{d('f')} районная Дума", f"{d('fg')} районной Думы"),
                                (f"{d('m')} районный Совет народных депутатов",
                                 f"{d('mg')} районного Совета народных депутатов")])
        tail = _opt(rng, reg[1], 0.4)
        return Body("council", word + tail, [reg[0]], f"г. {town[0]}", ("решение",), True, gen + tail)
    if form == 9:
        word, gen = rng.choice([(f"{a('m')} поселковый Совет", f"{a('mg')} поселкового Совета"),
                                (f"{a('m')} сельский Совет депутатов", f"{a('mg')} сельского Совета депутатов"),
                                (f"{a('m')} поселковый Совет депутатов", f"{a('mg')} поселкового Совета депутатов")])
        tail = _opt(rng, f"{d('mg')} района {reg[1]}", 0.5)
        return Body("council", word + tail, [reg[0], f"{d('m')} район"], f"п. {village}", ("решение",), True,
                    gen + tail)
    if form == 10:
        return Body("council", f"Хурал представителей сельского поселения сумон {a('m')} {d('mg')} кожууна {TUVA[1]}",
                    [TUVA[0], f"{d('m')} кожуун"], f"с. {village}", ("решение",), True)
    return Body("council", f"Курултай муниципального района {d('m')} район {BASHKIRIA[1]}",
                [BASHKIRIA[0]], f"с. {village}", ("решение",), True)


def executive(rng) -> Body:
    form = rng.randrange(7)
    a, town, village = rng.choice(PLACES)
    d = rng.choice(DISTRICTS)
    kinds = ("постановление", "распоряжение")
    if form <= 2:
        m = rng.choice(MUNIS[:3])(rng)
        return Body("executive", f"Администрация {m.gen}", m.above, m.place, kinds)
    if form == 3:
        m = intra_city(rng) if rng.random() < 0.6 else settlement(rng)
        return Body("executive", f"Местная администрация {m.gen}", m.above, m.place, kinds)
    if form == 4:
        return Body("executive", f"Исполнительный комитет {a('mg')} сельского поселения {d('mg')} "
                    f"муниципального района {TATARSTAN[1]}", [TATARSTAN[0]], f"с. {village}",
                    ("постановление", "распоряжение", "решение"))
    if form == 5:
        reg = _region(rng)
        return Body("executive", f"Мэрия города {town[1]}" + _opt(rng, reg[1], 0.4), [reg[0]],
                    f"г. {town[0]}", kinds)
    reg = _region(rng)
    return Body("executive", f"Городская Управа города {town[1]}" + _opt(rng, reg[1], 0.4), [reg[0]],
                f"г. {town[0]}", kinds)


def head(rng) -> Body:
    form = rng.randrange(4)
    a, town, village = rng.choice(PLACES)
    kinds = ("постановление", "распоряжение")
    if form <= 1:
        m = rng.choice(MUNIS[:3])(rng)
        word = ("Глава", "Глава администрации")[form]
        return Body("head", f"{word} {m.gen}", m.above, m.place, kinds)
    if form == 2:
        reg = _region(rng)
        return Body("head", f"Мэр города {town[1]}" + _opt(rng, reg[1], 0.4), [reg[0]], f"г. {town[0]}", kinds)
    m = intra_city(rng)
    return Body("head", f"Глава {m.gen}", m.above, m.place, kinds)


def audit(rng) -> Body:
    m = rng.choice(MUNIS[:3])(rng)
    word = rng.choice(["Контрольно-счётная палата", "Контрольно-счетная палата", "Ревизионная комиссия",
                       "Контрольно-счётный орган"])
    return Body("audit", f"{word} {m.gen}", m.above, m.place, ("распоряжение", "приказ"))


def election(rng) -> Body:
    d = rng.choice(DISTRICTS)
    reg = _region(rng)
    form = rng.randrange(3)
    kinds = ("решение", "постановление")
    if form == 0:
        return Body("election", f"Территориальная избирательная комиссия {d('mg')} района" + _opt(rng, reg[1]),
                    [reg[0]], "", kinds)
    if form == 1:
        return Body("election", f"{d('f')} районная территориальная избирательная комиссия", [reg[0]], "", kinds,
                    gen=f"{d('fg')} районной территориальной избирательной комиссии")
    m = rng.choice(MUNIS[:3])(rng)
    return Body("election", f"Избирательная комиссия {m.gen}", m.above, m.place, kinds)


GENERATORS = {"council": council, "executive": executive, "head": head, "audit": audit,
              "election": election}

# --- the rest of the heading ------------------------------------------------------------

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
ORDINALS = ("первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого")
SESSIONS = ("(двадцать третья сессия)", "тридцать второе заседание", "(очередное заседание)",
            "внеочередная сессия", "5-я сессия")
TITLES = (
    "О внесении изменений в бюджет на 2024 год и на плановый период 2025 и 2026 годов",
    "Об утверждении Положения о порядке проведения конкурса на замещение должности муниципальной службы",
    "О назначении публичных слушаний по проекту изменений в Устав",
    "Об утверждении муниципальной программы «Благоустройство территории» на 2024–2026 годы",
    "О мерах по обеспечению пожарной безопасности в весенне-летний период",
    "Об установлении размера платы за содержание жилого помещения",
    "О проведении месячника по благоустройству и санитарной очистке территории",
    "Об утверждении отчёта об исполнении бюджета за 2023 год",
    "О формировании участковых избирательных комиссий",
    "О создании комиссии по предупреждению и ликвидации чрезвычайных ситуаций",
)
VERBS = {"решение": "РЕШИЛ:", "постановление": "ПОСТАНОВЛЯЕТ:", "распоряжение": "",
         "приказ": "ПРИКАЗЫВАЮ:"}


@dataclass
class Act:
    family: str
    features: dict
    text: str
    gold: dict = field(default_factory=dict)   # field -> tuple of accepted values


def _wrap(words: list[str], n: int, rng) -> list[str]:
    """``words`` over ``n`` lines broken at random word boundaries (a dash
    and a one-letter preposition go with the word after them, as typesetters
    keep them: no line holds a dash or «в» alone, nor ends with it)."""
    words = re.sub(r"(?<!\S)(–|[вВ]) ", "\\1\u00a0", " ".join(words)).split(" ")
    n = max(1, min(n, len(words)))
    cuts = sorted(rng.sample(range(1, len(words)), n - 1)) if n > 1 else []
    out, prev = [], 0
    for c in cuts + [len(words)]:
        out.append(" ".join(words[prev:c]).replace("\u00a0", " "))
        prev = c
    return out


def _spaced(word: str) -> str:
    return " ".join(word)


def draw(family: str, rng: random.Random, title_first: float = 0.0) -> Act:
    """One act of ``family``; ``title_first``: the share of acts whose «от …
    № …» line (with its place) is printed under the title, as old regional
    prints set it (``ПОСТАНОВЛЕНИЕ`` / the title / ``от 14 марта 1997 г.  г.
    Заречный  N 118``), drawn apart so that the other acts stay as they were."""
    b = GENERATORS[family](rng)
    kind = rng.choice(b.kinds)
    caps = rng.random() < 0.6
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    feats = {"caps": "caps" if caps else "as-typed"}

    # the body's lines
    n = rng.choice((1, 1, 2, 3, 4, 5))
    name_lines = _wrap(b.name.split(), n, rng)
    feats["wrap"] = "one line" if len(name_lines) == 1 else f"{len(name_lines)} lines"
    lines = [up(x) for x in name_lines]

    # territory lines above
    above = []
    r = rng.random()
    if r < 0.25:
        above = [b.above[0]]
        feats["above"] = "region"
    elif r < 0.4 and len(b.above) > 1:
        above = list(b.above[:2])
        feats["above"] = "region+district"
    elif r < 0.55:
        above = ["Российская Федерация"] + b.above[:1]
        feats["above"] = "RF+region"
    else:
        feats["above"] = "none"
    top = [up(x) for x in above]

    # convocation and session lines below a council
    conv, on_line = [], ""
    if b.convocation and rng.random() < 0.5:
        c = rng.randrange(3)
        o = rng.choice(ORDINALS)
        conv = ([f"{o} созыва"], [rng.choice(SESSIONS)], [f"{o} созыва", rng.choice(SESSIONS)])[c]
        feats["convocation"] = ("convocation", "session", "both")[c]
        if c == 0 and rng.random() < 0.3:
            on_line = " " + up(conv[0])   # on the name's last line
            conv = []
            feats["convocation"] = "on the name's line"
        conv = [up(x) for x in conv]
    else:
        feats["convocation"] = "none"

    # kind word, date and number, place
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2012, 2025)
    num = rng.choice([str(rng.randint(1, 240)), f"{rng.randint(1, 240)}-п", f"{rng.randint(1, 60)}/{rng.randint(1, 400)}",
                      f"{rng.randint(1, 99)}-р", f"{rng.randint(1, 99)}-рс"])
    kw = kind.upper()
    ks = rng.random()
    if ks < 0.25:
        kw = _spaced(kw)
        feats["kind word"] = "letter-spaced"
    else:
        feats["kind word"] = "plain"
    dstyle = rng.randrange(4)
    if dstyle == 0:
        dl = f"от {day} {MONTHS[month - 1]} {year} г. № {num}"
    elif dstyle == 1:
        dl = f"{day:02d}.{month:02d}.{year}" + " " * rng.randint(8, 40) + f"№ {num}"
    elif dstyle == 2:
        dl = f"«{day:02d}» {MONTHS[month - 1]} {year} года" + " " * rng.randint(4, 20) + f"№ {num}"
    else:
        dl = f"от {day:02d}.{month:02d}.{year} № {num}"
    feats["date line"] = ("от D месяца", "dd.mm.yyyy   №", "«dd» месяца года", "от dd.mm.yyyy №")[dstyle]
    place = b.place if b.place and rng.random() < 0.6 else ""
    pstyle = rng.randrange(3) if place else -1
    tail = []
    if pstyle == 0:
        tail = [dl, place]
        feats["place"] = "under the date"
    elif pstyle == 1:
        tail = [dl + "    " + place]
        feats["place"] = "on the date's line"
    elif pstyle == 2:
        tail = [place, dl]
        feats["place"] = "over the date"
    else:
        tail = [dl]
        feats["place"] = "none"
    # the kind word over the body's name in the genitive (ПОСТАНОВЛЕНИЕ / ГЛАВЫ …), drawn
    # apart from the rest so that the other acts stay as they were
    orng = random.Random(f"{b.name}:{num}:{day}:{month}")
    if orng.random() < 0.25:
        gen = [up(x) for x in _wrap(b.genitive().split(), len(lines), orng)]
        gen[-1] += on_line
        if " " not in kw and orng.random() < 0.4:
            head = top + [f"{kw} {gen[0]}"] + gen[1:] + conv + tail
            feats["order"] = "kind word, then the body (genitive) on its line"
        else:
            head = top + [kw] + gen + conv + tail
            feats["order"] = "kind word over the body (genitive)"
    else:
        lines[-1] += on_line
        head = top + lines + conv + [kw] + tail
        feats["order"] = "body over the kind word"

    title = rng.choice(TITLES)
    if rng.random() < 0.5:
        import textwrap
        tlines = textwrap.wrap(title, rng.choice((30, 40, 50)), break_long_words=False, break_on_hyphens=False)
        feats["title"] = "wrapped"
    else:
        tlines = [title]
        feats["title"] = "one line"
    if caps and rng.random() < 0.4:
        tlines = [t.upper() for t in tlines]

    blanks = rng.random() < 0.35
    feats["blank lines"] = "between" if blanks else "none"
    sep = "\n\n" if blanks else "\n"
    verb = VERBS[kind]
    operative = ("В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах "
                 "организации местного самоуправления в Российской Федерации», Уставом"
                 + (f" {verb}" if verb else ":"))
    frng = random.Random(f"title first:{b.name}:{num}:{day}:{month}")
    if title_first and dstyle in (0, 3) and frng.random() < title_first:
        # the requisites under the title: the heading's lines, the title, then the date line
        feats["requisites"] = "under the title"
        text = sep.join(head[:len(head) - len(tail)]) + "\n\n" + "\n".join(tlines) + "\n\n" + sep.join(tail)
    else:
        if title_first:
            feats["requisites"] = "over the title"
        text = sep.join(head) + "\n\n" + "\n".join(tlines)
    text += "\n\n" + operative + \
        "\n1. Утвердить прилагаемый документ.\n2. Настоящее решение вступает в силу со дня его опубликования.\n"

    # the gold: the body as named; a territory's lines printed above it may be read with it
    bodies = [up(b.name)]
    for i in range(len(above)):
        bodies.append(up(" ".join(above[i:] + [b.name])))
    gold = {"kind": (kind,), "number": (num,), "date": (f"{year}-{month:02d}-{day:02d}",),
            "body": tuple(bodies), "title": (" ".join(tlines),)}
    return Act(family, feats, text, gold)


def generate(seed: int, n: int, drawer=None, salt: str = "") -> list[Act]:
    """``n`` acts of each family, seeded; ``drawer`` lays them out (``draw``
    here, another bench's own layouts), ``salt`` keeps its draws apart."""
    drawer = drawer or draw
    out = []
    for fam in FAMILIES:
        rng = random.Random(f"{salt}{seed}:{fam}")
        out += [drawer(fam, rng) for _ in range(n)]
    return out


def score(act: Act, skip: tuple[str, ...] = ()) -> dict[str, tuple[bool, object]]:
    """Each field of the act's truth (but ``skip``): whether the first act read has it, and what it has."""
    acts = extract_acts(act.text)
    a = acts[0] if acts else None
    return {f: (any(same(f, w, getattr(a, f) if a else None) for w in wants), getattr(a, f) if a else None)
            for f, wants in act.gold.items() if f not in skip}


def tally(acts, score, group, fields=FIELDS):
    """Fields right / fields generated per group (family, printer), per layout
    feature and in all, and the misses: the one count the generative benches
    (this one, ``bodies_inline``, ``dbprints``) print their tables from."""
    def blank():
        d = {f: [0, 0] for f in fields}
        d["n"] = 0
        return d
    by, feat, total = defaultdict(blank), defaultdict(blank), blank()
    misses = []
    for act in acts:
        res = score(act)
        rows = [by[group(act)], total] + [feat[f"{k}: {v}"] for k, v in act.features.items()]
        for row in rows:
            row["n"] += 1
        for f, (ok, got) in res.items():
            for row in rows:
                row[f][0] += ok
                row[f][1] += 1
            if not ok:
                misses.append((act, f, got))
    return by, feat, total, misses


def _table(title: str, rows: dict, order=None, fields=FIELDS, width: int = 52) -> None:
    print(f"\n{title:{width}}{'acts':>6}" + "".join(f"{f:>10}" for f in fields) + f"{'ALL':>16}")
    for key in order or sorted(rows):
        r = rows[key]
        k = sum(r[f][0] for f in fields)
        t = sum(r[f][1] for f in fields)
        print(f"{key[:width]:{width}}{r['n']:>6}" + "".join(f"{r[f][0]:>5}/{r[f][1]:<4}" for f in fields)
              + f"{k:>7}/{t:<5}{k / max(t, 1):>6.1%}")


def print_misses(misses, fields: str, limit: int, label, lines: int = 14, keep=lambda act: True) -> None:
    """Each field lost (``fields``: names, comma-separated, or ``all``), at most
    ``limit``, with what was got and wanted and the act's first ``lines`` lines."""
    wanted = set(fields.split(","))
    shown = 0
    print("\nmisses:")
    for act, f, got in misses:
        if "all" not in wanted and f not in wanted or shown >= limit or not keep(act):
            continue
        shown += 1
        print(f"  {label(act):10} {f:6} got  {str(got)[:160]!r}\n  {'':17} want {str(act.gold[f][0])[:160]!r}")
        print("      | " + "\n      | ".join(re.sub(r"\n{2,}", "\n", act.text).split("\n")[:lines]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=300, help="acts per family")
    ap.add_argument("--misses", default="", help="print the acts losing these fields ('all' or names)")
    ap.add_argument("--limit", type=int, default=60, help="at most this many misses printed")
    ap.add_argument("--show", type=int, default=0, help="print the first N acts drawn")
    ap.add_argument("--title-first", type=float, default=0.2,
                    help="share of acts (of those dated «от …») whose date line is printed under the title")
    args = ap.parse_args(argv)
    todo = generate(args.seed, args.n, drawer=lambda fam, rng: draw(fam, rng, title_first=args.title_first))
    for act in todo[:args.show]:
        print(act.text, act.gold, act.features, sep="\n", end="\n-----\n")

    fam, feat, total, misses = tally(todo, score, lambda act: act.family)
    print(f"{len(todo)} acts ({args.n} a family), seed {args.seed}; cells: fields right / fields generated")
    _table("family", fam, FAMILIES)
    _table("layout", feat)
    _table("all", {"all": total})
    if args.misses:
        print_misses(misses, args.misses, args.limit, lambda act: act.family)
    return 0


if __name__ == "__main__":
    sys.exit(main())
