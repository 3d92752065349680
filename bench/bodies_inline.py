"""The issuing body where NO heading block names it: a generative, seeded bench (issue 12, class 2).

    .venv/bin/python bench/bodies_inline.py                   # per family and per layout
    .venv/bin/python bench/bodies_inline.py --misses body     # and each field lost ('all' or fields)
    .venv/bin/python bench/bodies_inline.py --seed 2 --n 600  # other draws, more acts
    .venv/bin/python bench/bodies_inline.py --show 5          # print the first acts drawn

Web pages and legal-database prints seldom print the heading block a blank
has: the act opens with a database's one-line heading, with a site's
breadcrumbs and an aggregator line, with a site's card, or with its title,
and the issuer is named there or only in the operative formula. The names
come from the grammar of ``bench/bodies.py`` (our own wording, fictional
places; imported, not copied), each with its genitive; the layouts are
composed here:

* ``db line``: a database's one-line heading, the kind word and the body in
  the genitive, then the date and the number with ``№`` or ``N``, in title
  case (``Решение Совета депутатов … от … № …``; a head's or a committee's
  word in lower case, ``Постановление главы …``) or in capitals; the title on
  the next line or in quotes on the same line; or the line without the
  body, then ``, принятое Советом депутатов …`` (the instrumental) at its end;
* ``aggregator``: a site's chrome (the site's name, ``Версия для
  слабовидящих``, breadcrumbs ``Главная / Документы / …``, ``Скачать
  документ``, a posting date) over an aggregator line naming the body in the
  genitive (``Постановление Администрации … от 14 июня 2015 г. N 211``) or
  not (``Решение от 12.04.2011 г № 37``: the formula names it then);
* ``card``: a site's card (``Принявший орган``, ``Орган власти``, ``Вид
  документа``, ``Номер``, ``Дата принятия``), each value beside its key
  after a colon or under its key, the body in the nominative, under or over
  the title;
* ``formula``: the title first, maybe a line with the kind, date and number
  and no body, then the first paragraph whose operative formula names the
  body in the nominative: a council's ``Совет депутатов … РЕШИЛ:``,
  ``… Дума решила:``, ``Собрание депутатов … р е ш и л о:`` (the verb
  agreeing with the head's gender, in capitals, lower case or letter-spaced,
  the name's first word in lower case where a sentence runs it in),
  an administration's ``администрация … ПОСТАНОВЛЯЕТ:`` /
  ``… п о с т а н о в л я е т:``, an electoral commission's ``… РЕШИЛА:``, a head's
  third-person ``Глава … ПОСТАНОВЛЯЕТ:``; or a head's first-person
  ``ПОСТАНОВЛЯЮ:``.

Apart from the layout (drawn so that the acts above stay as they were):
the number before the date (``№ 37 от …``), the year's ``г`` without its dot
or glued to the year, a card printed as a table (``key | value``, ``key<TAB>value``),
the name in the formula in capitals, the first paragraph hard-wrapped at 60
to 80 characters as a database's print wraps it; a database's heading over
lines (the kind word and the body, the requisites, the quoted title, wrapped);
a register's ``(недействующий)`` after the card's body (the note is no part
of the name).

The truth is the record's (``../shared/spec/record.md``): the body in the
nominative and whole, as the grammar composes it. Where the heading names no
issuer, record.md takes the one the aggregator line or the operative formula
names. A head's ``ПОСТАНОВЛЯЮ`` names nobody in the formula itself: the
first person is the signer, so the rule followed here is that the body is the
signer's office as the signature prints it (``Глава Сосновского сельского
поселения`` over or beside the signer's name, the name left out), which is
the office that speaks in the formula; a ``ПОСТАНОВЛЯЮ`` act without a
signature is not drawn (nothing names its issuer: null). Kind, number, date
and title are checked where the layout prints them. Seeded: the same seed
gives the same acts.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bodies import (  # noqa: E402
    FAMILIES, GENERATORS, MONTHS, TITLES, Act, Body, _spaced, _table, _wrap, print_misses, score, tally,
    generate as generate_acts,
)

# the words of a body's name that change in the instrumental (принято Советом депутатов …)
HEAD_INS = {
    "Совет депутатов": "Советом депутатов", "Дума": "Думой", "Собрание депутатов": "Собранием депутатов",
    "Собрание представителей": "Собранием представителей", "Совет": "Советом",
    "Совет народных депутатов": "Советом народных депутатов", "Земское собрание": "Земским собранием",
    "Муниципальный совет": "Муниципальным советом", "Хурал представителей": "Хуралом представителей",
    "Курултай": "Курултаем", "Администрация": "Администрацией", "Местная администрация": "Местной администрацией",
    "Исполнительный комитет": "Исполнительным комитетом", "Мэрия": "Мэрией",
    "Городская Управа": "Городской Управой", "Глава": "Главой", "Глава администрации": "Главой администрации",
    "Мэр": "Мэром", "Контрольно-счётная палата": "Контрольно-счётной палатой",
    "Контрольно-счетная палата": "Контрольно-счетной палатой", "Ревизионная комиссия": "Ревизионной комиссией",
    "Контрольно-счётный орган": "Контрольно-счётным органом",
    "Территориальная избирательная комиссия": "Территориальной избирательной комиссией",
    "Избирательная комиссия": "Избирательной комиссией",
}

# the grammatical gender of a body's head noun, for the verb of its formula
_FEMININE = ("Дума", "Мэрия", "Управа", "палата", "комиссия", "Администрация", "администрация")
_NEUTER = ("Собрание", "собрание")


def _head(name: str) -> str | None:
    return next((h for h in sorted(HEAD_INS, key=len, reverse=True) if name.startswith(h + " ")), None)


def instrumental(b: Body) -> str | None:
    """The name in the instrumental where its head word leads it (None for a
    name opened by adjectives: ``Ольховская городская Дума``)."""
    h = _head(b.name)
    return HEAD_INS[h] + b.name[len(h):] if h and not b.gen else None


def gender(b: Body) -> str:
    """m, f or n: the gender of the name's head noun (its first noun of a body)."""
    words = b.name.split()
    for w in words:
        if w in ("Совет", "Курултай", "Хурал", "комитет", "Комитет", "орган", "Мэр", "совет"):
            return "m"
        if w in ("Глава",):
            return "m"   # the verb of a head agrees with the person (ПОСТАНОВЛЯЕТ takes no gender)
        if w in _FEMININE or w.endswith("Дума") or w in ("Управа", "Мэрия"):
            return "f"
        if w in _NEUTER:
            return "n"
    return "m"


# the heads a sentence prints in lower case («… Уставом, администрация … постановляет»)
_LOWER_IN_SENTENCE = {"Администрация", "Местная администрация", "Глава", "Глава администрации",
                      "Исполнительный комитет", "Мэрия", "Территориальная избирательная комиссия",
                      "Избирательная комиссия"}


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


SIGNS = ("№", "№", "N")
CRUMBS = ("Главная / Документы / Нормативные правовые акты", "Главная » Документы » {kinds}",
          "Главная > Муниципальные правовые акты > {kinds}", "Главная → Документы → {kinds} → {year}",
          "Документы\n{kinds}")
CHROME = ("Версия для слабовидящих", "Поиск по сайту", "Карта сайта", "Обращения граждан",
          "Противодействие коррупции", "Меню")
PLURAL = {"решение": "Решения", "постановление": "Постановления", "распоряжение": "Распоряжения",
          "приказ": "Приказы"}
PREAMBLE = ("В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
            "местного самоуправления в Российской Федерации», руководствуясь Уставом,")
PREAMBLE2 = ("Рассмотрев представленный проект, на основании статьи 14 Федерального закона "
             "от 06.10.2003 № 131-ФЗ,")
PERSONS = ("И.И. Петров", "А.С. Смирнова", "В.Н. Кузнецов", "Е.П. Орлова")


def _date_num(rng) -> tuple[int, int, int, str]:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2008, 2025)
    num = rng.choice([str(rng.randint(1, 240)), f"{rng.randint(1, 240)}-п", f"{rng.randint(1, 60)}/{rng.randint(1, 400)}",
                      f"{rng.randint(1, 99)}-р", f"{rng.randint(1, 99)}-рс"])
    return day, month, year, num


def _date_text(rng, day, month, year) -> tuple[str, str]:
    s = rng.randrange(4)
    text = (f"{day:02d}.{month:02d}.{year}", f"{day} {MONTHS[month - 1]} {year} г.",
            f"{day:02d}.{month:02d}.{year} г.", f"{day} {MONTHS[month - 1]} {year} года")[s]
    return text, ("dd.mm.yyyy", "D месяца YYYY г.", "dd.mm.yyyy г.", "D месяца YYYY года")[s]


def _verb(b: Body, kind: str, rng) -> tuple[str, str]:
    """The formula's verb for a body speaking of itself in the third person
    (a decision's agreeing with the head's gender), and its style."""
    if kind == "решение":
        word = {"m": "решил", "f": "решила", "n": "решило"}[gender(b)]
    else:
        word = "постановляет"
    style = rng.randrange(3)
    return ((word.upper(), word, _spaced(word))[style] + ":",
            ("capitals", "lower case", "letter-spaced")[style])


def _formula(b: Body, kind: str, rng, feats: dict) -> str:
    """The first paragraph: the preamble, then the body in the nominative and its verb."""
    verb, style = _verb(b, kind, rng)
    name = b.name
    if rng.random() < 0.5 and _head(name) in _LOWER_IN_SENTENCE:
        name = lower_first(name)   # "… Уставом, администрация Сосновского … постановляет:"
        feats["name in formula"] = "first word lower case"
    else:
        feats["name in formula"] = "as named"
    feats["verb"] = style
    pre = rng.choice((PREAMBLE, PREAMBLE2))
    return f"{pre} {name} {verb}"


def _first_person(b: Body, rng, feats: dict) -> tuple[str, str]:
    """A head's first-person formula and the signature under the act naming the office."""
    verb = rng.choice(("ПОСТАНОВЛЯЮ:", "постановляю:", "П О С Т А Н О В Л Я Ю:"))
    who = rng.choice(PERSONS)
    style = rng.randrange(3)
    if style == 0:
        sig = f"{b.name}" + " " * rng.randint(4, 30) + who
        feats["signature"] = "office and name on one line"
    elif style == 1:
        sig = f"{b.name}\n{who}"
        feats["signature"] = "office over the name"
    else:
        lines = _wrap(b.name.split(), rng.choice((2, 3)), rng)
        lines[-1] += " " * rng.randint(4, 30) + who
        sig = "\n".join(lines)
        feats["signature"] = "office wrapped, name on its last line"
    return f"{PREAMBLE} {verb}", sig


def draw(family: str, rng: random.Random) -> Act:
    b = GENERATORS[family](rng)
    kind = rng.choice(b.kinds)
    day, month, year, num = _date_num(rng)
    dtext, dstyle = _date_text(rng, day, month, year)
    sign = rng.choice(SIGNS)
    title = rng.choice(TITLES)
    feats: dict = {"date": dstyle, "sign": sign}
    gold = {"kind": (kind,), "number": (num,), "date": (f"{year}-{month:02d}-{day:02d}",),
            "body": (b.name,), "title": (title,)}
    first_person = b.family == "head" and rng.random() < 0.5
    # an audit body's orders speak in its chairman's first person: its name is never the
    # formula's subject, so its layouts are those that print the name
    layout = rng.choice(("db line", "aggregator", "card") + (("formula",) if b.family != "audit" else ()))
    if kind in ("распоряжение", "приказ") and not first_person and (
            layout == "formula" or b.family not in ("audit",) and rng.random() < 0.5):
        # an order has no third-person formula: where one names the body, the act is a resolution
        kind = "постановление" if "постановление" in b.kinds else kind
        gold["kind"] = (kind,)
    feats["layout"] = layout
    top: list[str] = []
    sig = ""
    if first_person:
        formula, sig = _first_person(b, rng, feats)
        feats["formula"] = "first person, office in the signature"
    elif kind in ("решение", "постановление") and (layout == "formula" or rng.random() < 0.5):
        formula = _formula(b, kind, rng, feats)
        feats["formula"] = "names the body"
    else:
        formula = PREAMBLE + {"решение": " РЕШИЛ:", "постановление": " ПОСТАНОВЛЯЕТ:"}.get(kind, "")
        formula = formula.rstrip(",") + ("" if formula.endswith(":") else ":")
        feats["formula"] = "names no body"
    K = kind.capitalize()
    if layout == "db line":
        caps = rng.random() < 0.35
        gen = b.genitive()
        ins = instrumental(b)
        if ins and rng.random() < 0.25:
            part = "принятый" if kind == "приказ" else "принятое"
            line = f"{K} от {dtext} {sign} {num}, {part} {lower_first(ins) if b.family == 'head' else ins}"
            feats["db line"] = "body in the instrumental after the requisites"
        else:
            if b.family in ("head", "executive") and _head(b.name) in ("Глава", "Глава администрации",
                                                                       "Исполнительный комитет") \
                    and rng.random() < 0.5:
                gen = lower_first(gen)
            line = f"{K} {gen} от {dtext} {sign} {num}"
            feats["db line"] = "body in the genitive"
        if caps:
            line = line.upper()
        feats["case"] = "capitals" if caps else "title case"
        if rng.random() < 0.5:
            top = [line + f" \"{title}\""]
            feats["title"] = "in quotes on the line"
        else:
            top = [line, "", title]
            feats["title"] = "next line"
        wr = random.Random(f"dbwrap:{b.name}:{num}:{dtext}")
        if feats["db line"] == "body in the genitive" and wr.random() < 0.35:
            # a database's heading over lines (Garant): the kind word and the body, the
            # requisites, the title in quotes, wrapped as the print wraps it
            at = line.casefold().rfind(" от ")
            tl = textwrap.wrap(f"\"{title}\"", wr.choice((40, 60, 200)), break_long_words=False,
                               break_on_hyphens=False)
            top = [line[:at], line[at + 1:]] + tl
            feats["db line"] = "body in the genitive, heading over lines"
            feats["title"] = "in quotes under the requisites" + (", wrapped" if len(tl) > 1 else "")
    elif layout == "aggregator":
        chrome = rng.sample(CHROME, rng.randint(0, 3))
        crumb = rng.choice(CRUMBS).format(kinds=PLURAL[kind], year=year)
        top = ["Официальный сайт органов местного самоуправления"] + chrome + [crumb]
        if rng.random() < 0.5:
            top.append("Скачать документ")
        if rng.random() < 0.3:
            top.append(f"Опубликовано: {min(day + 2, 28):02d}.{month:02d}.{year}")
        with_body = rng.random() < 0.6 or feats["formula"] != "names the body" and not first_person
        if with_body:
            gen = b.genitive()
            agg = f"{K} {gen} от {dtext} {sign} {num}"
            feats["aggregator"] = "names the body (genitive)"
        else:
            agg = f"{K} от {dtext} {sign} {num}"
            feats["aggregator"] = "no body"
        top += ["", agg, "", title]
    elif layout == "card":
        rows = []
        key = rng.choice(("Принявший орган", "Орган власти", "Орган, принявший акт"))
        beside = rng.random() < 0.5
        feats["card"] = "value beside its key" if beside else "value under its key"
        vals = [(key, b.name), ("Вид документа", K), ("Номер", num), ("Дата принятия", dtext)]
        rng.shuffle(vals)
        # a card printed as a table: key and value in one row, no colon (drawn apart)
        table = random.Random(f"table:{b.name}:{num}").random() < 0.3
        if random.Random(f"void:{b.name}:{num}").random() < 0.15:
            # a register's note after the body's name: no longer in being
            vals = [(k, v + " (недействующий)" if k == key else v) for k, v in vals]
            feats["card body"] = "with the register's «(недействующий)»"
        for k, v in vals:
            if table:
                rows += [f"{k} | {v}" if beside else f"{k}\t{v}"]
            else:
                rows += [f"{k}: {v}"] if beside else [f"{k}:", v]
        if table:
            feats["card"] = "a table: key | value" if beside else "a table: key<TAB>value"
        if rng.random() < 0.5:
            top = [title, ""] + rows
            feats["card title"] = "over the card"
        else:
            top = rows + ["", "Наименование: " + title]
            feats["card title"] = "a row of the card"
    else:  # formula: the title first
        top = [title]
        if rng.random() < 0.5:
            top += [f"{K} от {dtext} {sign} {num}"]
            feats["requisites"] = "a line under the title"
        else:
            feats["requisites"] = "none"
            gold = {k: v for k, v in gold.items() if k in ("body", "title")}
    # the closing clause names the act's own kind («Настоящее постановление вступает в силу …»)
    top, formula = _variants(top, formula, b, dtext, sign, num, feats)
    text = "\n".join(top) + "\n\n" + formula + "\n1. Утвердить прилагаемый документ.\n" \
        f"2. {'Настоящий' if kind == 'приказ' else 'Настоящее'} {kind} вступает в силу со дня его опубликования.\n"
    if sig:
        text += "\n" + sig + "\n"
    if feats.get("case") == "capitals" or feats.get("name in formula") == "capitals":
        # printed in capitals: the record keeps the letters printed, so that a parenthesised
        # word ("(ЯКУТИЯ)", read by the comparison as an abbreviation) compares alike
        gold["body"] = (b.name, b.name.upper())
    return Act(family, feats, text, gold)


def _variants(top: list[str], formula: str, b: Body, dtext: str, sign: str, num: str,
              feats: dict) -> tuple[list[str], str]:
    """What prints vary in besides the layout, drawn apart (so that the layouts
    drawn above stay as they were): the number before the date (``№ 37 от …``),
    the year's ``г`` without its dot or glued to the year (``2011г.``), the
    body's name in the formula in capitals, and the first paragraph
    hard-wrapped as a database's print wraps it (at 60 to 80 characters)."""
    xr = random.Random(f"variants:{b.name}:{num}:{dtext}")
    order = f"от {dtext} {sign} {num}"
    if xr.random() < 0.3 and any(order in t for t in top):
        top = [t.replace(order, f"{sign} {num} от {dtext}") for t in top]
        feats["requisites order"] = "number, then the date"
    if dtext.endswith(" г.") and xr.random() < 0.4 and any(dtext in t for t in top):
        glued = xr.random() < 0.5
        new = dtext[:-3] + ("г." if glued else " г")
        top = [t.replace(dtext, new) for t in top]
        feats["year's г"] = "glued to the year" if glued else "without its dot"
    if feats.get("formula") == "names the body" and xr.random() < 0.15:
        at = formula.casefold().rfind(b.name.casefold())
        if at >= 0:
            formula = formula[:at] + b.name.upper() + formula[at + len(b.name):]
            feats["name in formula"] = "capitals"
    if xr.random() < 0.3:
        width = xr.choice((60, 70, 80))
        # a letter-spaced verb stays whole
        keep = re.sub(r"(?<=\s)(?:\S ){3,}\S+:$", lambda m: m.group(0).replace(" ", "\u00a0"), formula)
        formula = "\n".join(textwrap.wrap(keep, width, break_long_words=False, break_on_hyphens=False))
        formula = formula.replace("\u00a0", " ")
        feats["paragraph"] = f"hard-wrapped at {width}"
    return top, formula


def generate(seed: int, n: int) -> list[Act]:
    """``n`` acts of each family, seeded (draws of their own, apart from bodies.py's)."""
    return generate_acts(seed, n, draw, "inline:")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=300, help="acts per family")
    ap.add_argument("--misses", default="", help="print the acts losing these fields ('all' or names)")
    ap.add_argument("--limit", type=int, default=60, help="at most this many misses printed")
    ap.add_argument("--show", type=int, default=0, help="print the first N acts drawn")
    ap.add_argument("--only", default="", help="misses of this layout only")
    args = ap.parse_args(argv)
    todo = generate(args.seed, args.n)
    for act in todo[:args.show]:
        print(act.text, act.gold, act.features, sep="\n", end="\n-----\n")

    fam, feat, total, misses = tally(todo, score, lambda act: act.family)
    print(f"{len(todo)} acts ({args.n} a family), seed {args.seed}; cells: fields right / fields generated")
    _table("family", fam, FAMILIES)
    _table("layout", feat)
    _table("all", {"all": total})
    if args.misses:
        print_misses(misses, args.misses, args.limit, lambda act: act.family, 9,
                     lambda act: not args.only or act.features["layout"] == args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
