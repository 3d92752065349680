"""Acts as legal databases and registers print them: a generative, seeded bench (issue 12).

    .venv/bin/python bench/dbprints.py                    # per printer and per layout
    .venv/bin/python bench/dbprints.py --misses title     # and each field lost ('all' or fields)
    .venv/bin/python bench/dbprints.py --seed 2 --n 600   # other draws, more acts
    .venv/bin/python bench/dbprints.py --show 5           # print the first acts drawn

Where its material comes from: nothing here is copied. The acts are those of
``bench/bodies.py`` (its grammar of issuers and heading blocks, imported, in
our own wording with fictional places: Тестовская область, Заречный район,
Сосновское поселение …), and this module wraps them the way the public
legal databases and registers lay out a print, from what their pages are
known to show (the shapes issue 12 lists, class 3 and 4), written anew:

* ``consultant`` (ConsultantPlus): ``Документ предоставлен КонсультантПлюс``,
  the cover's one-line heading in the genitive (``Постановление Администрации
  … от 12.03.2019 N 45``, ``(ред. от …)``, the title in straight quotes), the
  heading block with the title in capitals, ``Список изменяющих документов`` /
  ``(в ред. постановлений … от … N …, от … N …)``, ``Документ утратил силу
  или отменен``, ``Утратил силу - …``, page footers;
* ``garant`` (Garant): the one-line heading with ``(с изменениями и
  дополнениями)``, ``С изменениями и дополнениями от:`` and its dates,
  ``<act> настоящее постановление признано утратившим силу``, ``ГАРАНТ:`` /
  ``См. …`` notes, ``Информация об изменениях:``, often no heading block;
* ``kodeks`` (Kodeks, a docs.cntd.ru-like page): ``Действующий`` /
  ``Недействующий``, ``Редакция от …``, the page's heading with ``(с
  изменениями на 12 марта 2024 года)``, ``Документ с изменениями,
  внесенными: …;``, ``В официальном тексте документа, видимо, допущена
  опечатка: … - Примечание изготовителя базы данных.``, ``Утратил силу с …
  на основании …``;
* ``minjust`` (the Ministry of Justice's register «Нормативные правовые акты в
  Российской Федерации»): the register's banner, ``НГР: RU…``, ``(В редакции
  решения … от … № … НГР RU…)``, ``(Утратило силу - … (НГР RU…))``;
* ``register`` (a region's register of municipal acts): card fields (``Вид
  акта``, ``Номер``, ``Дата принятия``, ``Статус: Действующий`` / ``Статус
  документа: Утративший силу``), then the text.

Titles are drawn from bodies.py's list and from amending titles that cite an
earlier act with its own quoted title (nested «ёлочки», or straight quotes
as the databases print them, the closing ones merged), printed on one line or
wrapped at any word, in capitals or not, quoted wholly or not.

Each act carries its truth, written by the grammar (``../shared/spec/record.md``):
kind, number, date, body (nominative, the whole name; a territory printed
above may be read with it), title (never a note, never a database's chrome,
no outer quotes), and ``status`` (repealed / in force) where a note says so.
The table gives, per printer and per layout feature, the fields right over
the fields generated; ``status`` is scored on the state ``ingest.status``
reads from the print (an act without a note must read none). Seeded.
"""
from __future__ import annotations

import argparse
import random
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bodies import FAMILIES, GENERATORS, MONTHS, TITLES, _wrap, draw, print_misses, tally  # noqa: E402
from bodies import _table as bodies_table, score as score_fields  # noqa: E402

from ingest.status import read_status  # noqa: E402

FIELDS = ("kind", "number", "date", "body", "title", "status")
PRINTERS = ("consultant", "garant", "kodeks", "minjust", "register")
KIND_GEN = {"постановление": "постановлений", "решение": "решений", "распоряжение": "распоряжений",
            "приказ": "приказов"}
KIND_INSTR = {"постановление": "постановлением", "решение": "решением", "распоряжение": "распоряжением",
              "приказ": "приказом"}
KIND_GEN1 = {"постановление": "постановления", "решение": "решения", "распоряжение": "распоряжения",
             "приказ": "приказа"}
# names cited inside amending titles (programmes, rules), in our own wording
NAMES = ("Благоустройство территории Сосновского сельского поселения",
         "Развитие культуры в Заречном районе", "Чистая вода", "Молодёжь Тестовской области",
         "Формирование современной городской среды")
CITED = (
    "Об утверждении муниципальной программы «{name}» на 2021–2025 годы",
    "Об утверждении Порядка предоставления субсидий в рамках программы «{name}»",
    "О бюджете муниципального образования «Сосновское сельское поселение» на 2023 год",
    "Об утверждении Правил благоустройства территории",
    "Об утверждении Положения о муниципальной службе",
)


@dataclass
class Act:
    printer: str
    features: dict
    text: str
    gold: dict = field(default_factory=dict)   # field -> tuple of accepted values


@dataclass
class Req:
    kind: str
    number: str
    day: int
    month: int
    year: int

    def dotted(self) -> str:
        return f"{self.day:02d}.{self.month:02d}.{self.year}"

    def worded(self, year_word: str = "г.") -> str:
        return f"{self.day} {MONTHS[self.month - 1]} {self.year} {year_word}"


def _later(rng, r: Req) -> Req:
    """An act issued after ``r`` (an amending or a repealing one)."""
    y = min(r.year + rng.randint(1, 4), 2026)
    return Req(r.kind, str(rng.randint(1, 300)), rng.randint(1, 28), rng.randint(1, 12), y)


def _title(rng, body_gen: str, kind: str) -> tuple[str, str]:
    """(the title as the act prints it, with «ёлочки»; the form of the title drawn)."""
    r = rng.random()
    if r < 0.45:
        return rng.choice(TITLES), "plain"
    cited = rng.choice(CITED).format(name=rng.choice(NAMES))
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2012, 2020)
    date = rng.choice((f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1]} {y} года", f"{d} {MONTHS[m - 1]} {y} г."))
    num = rng.choice((str(rng.randint(1, 200)), f"{rng.randint(1, 200)}-п", f"{rng.randint(1, 40)}/{rng.randint(1, 200)}"))
    verb = rng.choice(("О внесении изменений в", "О внесении изменений и дополнений в",
                       "О признании утратившим силу"))
    word = KIND_GEN1[kind] if verb.endswith("силу") else kind
    own = rng.random() < 0.6
    who = f"{word} {body_gen[:1].lower() + body_gen[1:] if body_gen.startswith(('Администрации', 'Главы')) else body_gen}" \
        if own else word
    return f"{verb} {who} от {date} № {num} «{cited}»", "amending" + (", nested" if "«" in cited else "")


def _straight(title: str) -> str:
    """A title as the databases quote it: straight quotes, a run of closing ones printed as one."""
    s = title.replace("«", '"').replace("»", '"')
    while '""' in s:
        s = s.replace('""', '"')
    return s


def _lines(rng, text: str, feats: dict, key: str) -> list[str]:
    """``text`` on one line, wrapped at any word, or wrapped by width."""
    r = rng.random()
    if r < 0.4:
        feats[key] = "one line"
        return [text]
    if r < 0.7:
        n = rng.randint(2, 5)
        feats[key] = "wrapped at any word"
        words = text.split()
        if len(words[0].strip("«\"")) <= 3:   # a typesetter keeps «О» with its word
            words[:2] = [words[0] + "\u00a0" + words[1]]
        return [x.replace("\u00a0", " ") for x in _wrap(words, n, rng)]
    feats[key] = "wrapped by width"
    return textwrap.wrap(text, rng.choice((35, 50, 70)), break_long_words=False, break_on_hyphens=False)


def _edition_list(rng, kind: str, body_gen: str, edits: list[Req], word: str = "в ред.") -> str:
    refs = ", ".join(f"от {e.dotted()} N {e.number}" for e in edits)
    k = KIND_GEN1[kind] if len(edits) == 1 else KIND_GEN[kind]
    return f"({word} {k} {body_gen} {refs})"


def _wrapped(rng, s: str) -> list[str]:
    return textwrap.wrap(s, rng.choice((45, 60, 80)), break_long_words=False, break_on_hyphens=False)


OPERATIVE = ("В соответствии с Федеральным законом от 06.10.2003 N 131-ФЗ \"Об общих принципах "
             "организации местного самоуправления в Российской Федерации\", Уставом {verb}")
VERBS = {"решение": "решил:", "постановление": "постановляет:", "распоряжение": "",
         "приказ": "приказываю:"}
BODY_TEXT = ("1. Утвердить прилагаемый документ.\n2. Контроль за исполнением оставляю за собой.\n"
             "3. Настоящее {kind} вступает в силу со дня его официального опубликования.")


def draw_print(printer: str, i: int, seed: int) -> Act:
    family = FAMILIES[i % len(FAMILIES)]
    rng = random.Random(f"{seed}:{printer}:{i}")
    # the act: bodies.py's heading block; its body drawn first from the same state
    hrng = random.Random(f"{seed}:{printer}:{i}:head")
    twin = random.Random()
    twin.setstate(hrng.getstate())
    body = GENERATORS[family](twin)
    base = draw(family, hrng)
    old_title = base.gold["title"][0]
    kind = base.gold["kind"][0]
    number = base.gold["number"][0]
    y, m, d = map(int, base.gold["date"][0].split("-"))
    req = Req(kind, number, d, m, y)
    # the heading block as bodies.py printed it (up to its title)
    head = base.text.split("\n\n")
    title_at = next(k for k, part in enumerate(head) if " ".join(part.split("\n")).strip() == old_title)
    block = "\n\n".join(head[:title_at])
    body_gen = body.genitive()
    feats = {"family": family}

    title, tform = _title(rng, body_gen, kind)
    feats["title form"] = tform
    kw = kind[:1].upper() + kind[1:]
    edits = [_later(rng, req) for _ in range(rng.choice((0, 1, 1, 2, 3)))]
    edits.sort(key=lambda e: (e.year, e.month, e.day))
    st = rng.random()
    status = "repealed" if st < 0.35 else ("in_force" if st < 0.55 else None)
    if status == "in_force" and printer not in ("kodeks", "register"):
        status = None   # only these print the word of an act in force
    rep = _later(rng, edits[-1] if edits else req)
    if printer == "consultant":
        block = block.replace("№", "N")
    elif printer in ("garant", "kodeks"):
        block = block.replace("№", "N")

    out: list[str] = []          # the lines of the print
    heading_block = True
    status_line = None

    def title_lines(caps: bool | None = None, quote: str | None = None) -> list[str]:
        t = title
        if caps is None:
            caps = rng.random() < 0.4
        if caps:
            t = t.upper()
        q = quote if quote is not None else rng.choice(("", "", "", "«»", '""'))
        feats["title quoted"] = "wholly" if q else "no"
        if q == '""':
            t = '"' + _straight(t) + '"'
        elif q:
            t = "«" + t + "»"
        feats["title caps"] = "caps" if caps else "as typed"
        return _lines(rng, t, feats, "title lines")

    if printer == "consultant":
        if rng.random() < 0.8:
            out += ["Документ предоставлен КонсультантПлюс", ""]
        if status == "repealed":
            status_line = rng.choice((
                "Документ утратил силу или отменен. Подробнее см. Справку",
                f"Утратил силу - {kw} {body_gen} от {rep.dotted()} N {rep.number}",
                f"(утратил силу с {rep.dotted()} в связи с изданием {KIND_GEN1[kind]} {body_gen} "
                f"от {rep.dotted()} N {rep.number})"))
            out += [status_line, ""]
        if rng.random() < 0.6:
            feats["database line"] = "cover"
            out += [f"{kw} {body_gen} от {req.dotted()} N {req.number}"]
            if edits:
                out += [f"(ред. от {edits[-1].dotted()})"]
            out += [_straight(f'"{title}"'), ""]
        else:
            feats["database line"] = "none"
        out += [block, ""]
        out += title_lines(caps=rng.random() < 0.7, quote="")
        if edits:
            out += [""]
            if rng.random() < 0.7:
                out += ["Список изменяющих документов"]
                feats["editions"] = "Список изменяющих документов"
            else:
                feats["editions"] = "(в ред. …)"
            out += _wrapped(rng, _edition_list(rng, kind, body_gen, edits))
        else:
            feats["editions"] = "none"
        out += [""]
    elif printer == "garant":
        if rng.random() < 0.4:
            out += ["Система ГАРАНТ", ""]
        tail = " (с изменениями и дополнениями)" if edits else ""
        line = f"{kw} {body_gen} от {req.worded()} N {req.number} {_straight(chr(34) + title + chr(34))}{tail}"
        feats["database line"] = "one line"
        out += [line, ""]
        if edits:
            feats["editions"] = "С изменениями и дополнениями от:"
            out += ["С изменениями и дополнениями от:", "", ", ".join(e.worded() for e in edits), ""]
        else:
            feats["editions"] = "none"
        if status == "repealed":
            status_line = (f"{KIND_INSTR[kind].capitalize()} {body_gen} от {rep.worded()} N {rep.number} "
                           f"настоящее {kind} признано утратившим силу")
            out += [status_line, ""]
        if rng.random() < 0.5:
            out += ["ГАРАНТ:", "", f"См. справку о документах, изменяющих настоящее {kind}", ""]
        heading_block = rng.random() < 0.4
        if heading_block:
            out += [block, ""] + title_lines(quote="") + [""]
        if edits and rng.random() < 0.6:
            out += ["Информация об изменениях:", "",
                    f"Пункт 2 изменен с {edits[0].worded()} - {kw} "
                    f"{body_gen} от {edits[0].worded()} N {edits[0].number}", "",
                    "См. предыдущую редакцию", ""]
    elif printer == "kodeks":
        if status == "repealed":
            out += [rng.choice(("Недействующий", "Документ утратил силу")), ""]
        elif status == "in_force":
            out += ["Действующий", ""]
        if edits and rng.random() < 0.7:
            out += [f"Редакция от {edits[-1].worded('года')}", ""]
        if rng.random() < 0.6:
            feats["database line"] = "page heading"
            note = f" (с изменениями на {edits[-1].worded('года')})" if edits else ""
            out += [title.upper() + note if rng.random() < 0.5 else title + note, "",
                    f"{kw} {body_gen} от {req.worded('года')} N {req.number}", ""]
        else:
            feats["database line"] = "none"
        if rng.random() < 0.5:
            out += ["Информация об изменениях", ""]
        out += [block, ""]
        tl = title_lines(quote=rng.choice(("", "", "«»")))
        if edits and rng.random() < 0.4:
            tl[-1] += f" (с изменениями на {edits[-1].worded('года')})"
            feats["editions"] = "(с изменениями на …) on the title's line"
            out += tl + [""]
        elif edits:
            feats["editions"] = "(с изменениями на …)"
            out += tl + ["", f"(с изменениями на {edits[-1].worded('года')})", ""]
        else:
            feats["editions"] = "none"
            out += tl + [""]
        if status == "repealed" and rng.random() < 0.6:
            status_line = (f"Утратил силу с {rep.worded('года')} на основании {KIND_GEN1[kind]} "
                           f"{body_gen} от {rep.worded('года')} N {rep.number}")
            out += [status_line, ""]
        if edits:
            out += ["Документ с изменениями, внесенными:"]
            out += [f"{KIND_INSTR[kind]} {body_gen} от {e.worded('года')} N {e.number}"
                    + (";" if k < len(edits) - 1 else ".") for k, e in enumerate(edits)]
            out += [""]
        if rng.random() < 0.3:
            feats["typo note"] = "yes"
            out += ["В официальном тексте документа, видимо, допущена опечатка: следует читать "
                    "\"пункта 3\". - Примечание изготовителя базы данных.", ""]
    elif printer == "minjust":
        out += ["Нормативные правовые акты в Российской Федерации", ""]
        ngr = f"RU{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}{req.year}{rng.randint(1, 999):03d}"
        if rng.random() < 0.5:
            out += [f"НГР: {ngr}", ""]
        if status == "repealed":
            rngr = f"RU{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}{rep.year}{rng.randint(1, 999):03d}"
            status_line = rng.choice((
                f"(Утратило силу - {kw} {body_gen} от {rep.dotted()} "
                f"№ {rep.number} (НГР {rngr}))",
                f"Утратило силу {KIND_INSTR[kind]} {body_gen} от {rep.dotted()} № {rep.number} (НГР {rngr})"))
            out += [status_line, ""]
        out += [block, ""] + title_lines(quote=rng.choice(("", "", "«»")))
        if edits:
            feats["editions"] = "(В редакции … НГР)"
            k = KIND_GEN1[kind] if len(edits) == 1 else KIND_GEN[kind]
            refs = ", ".join(f"от {e.dotted()} № {e.number}" for e in edits)
            out += [""] + _wrapped(rng, f"(В редакции {k} {body_gen} {refs} "
                                         f"(НГР {ngr}))")
        else:
            feats["editions"] = "none"
        out += [""]
    else:  # register
        region = rng.choice(("Тестовской области", "Приреченского края"))
        out += [f"Регистр муниципальных нормативных правовых актов {region}", ""]
        card = [f"Вид акта: {kw}", f"Номер: {req.number}", f"Дата принятия: {req.dotted()}"]
        if status == "repealed":
            card.append(rng.choice(("Статус документа: Утративший силу", "Статус: утратил силу")))
        elif status == "in_force":
            card.append(rng.choice(("Статус: Действующий", "Статус документа: Действующий")))
        if rng.random() < 0.5:
            card.append(f"Наименование: {title}")
        out += card + [""]
        if status == "repealed" and rng.random() < 0.5:
            status_line = (f"{KIND_INSTR[kind].capitalize()} {body_gen} от {rep.dotted()} № {rep.number} "
                           f"настоящее {kind} признано утратившим силу")
            out += [status_line, ""]
        out += [block, ""] + title_lines(quote=rng.choice(("", "", "«»")))
        if edits:
            feats["editions"] = "(в редакции …)"
            out += [""] + _wrapped(rng, _edition_list(rng, kind, body_gen, edits, "в редакции"))
        else:
            feats["editions"] = "none"
        out += [""]
    feats["heading block"] = "yes" if heading_block else "no"
    feats["status"] = status or "none"
    verb = VERBS[kind]
    out += [OPERATIVE.format(verb=verb).rstrip() if verb else OPERATIVE.format(verb="").rstrip() + ":",
            BODY_TEXT.format(kind=kind if kind != "приказ" else "приказ"), ""]
    if printer == "consultant" and rng.random() < 0.5:
        out += ["", "", "КонсультантПлюс", "надежная правовая поддержка", "www.consultant.ru",
                f"Страница 1 из {rng.randint(2, 9)}"]
    text = "\n".join(out)

    gold = dict(base.gold)
    gold["title"] = (title,)
    if not heading_block:
        gold["body"] = (body.name,)
    gold["status"] = (status,)
    feats["status note"] = "printed" if status_line else "card/word" if status else "none"
    return Act(printer, feats, text, gold)


def generate(seed: int, n: int) -> list[Act]:
    return [draw_print(p, i, seed) for p in PRINTERS for i in range(n)]


def score(act: Act) -> dict[str, tuple[bool, object]]:
    out = score_fields(act, skip=("status",))
    st = read_status(act.text)
    got = st.state if st else None
    out["status"] = (got == act.gold["status"][0], got)
    return out


def _table(title: str, rows: dict, order=None) -> None:
    bodies_table(title, rows, order, FIELDS, 46)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=300, help="acts per printer")
    ap.add_argument("--misses", default="", help="print the acts losing these fields ('all' or names)")
    ap.add_argument("--limit", type=int, default=40, help="at most this many misses printed")
    ap.add_argument("--only", default="", help="printers to draw, comma-separated")
    ap.add_argument("--show", type=int, default=0, help="print the first N acts drawn")
    args = ap.parse_args(argv)
    todo = generate(args.seed, args.n)
    if args.only:
        todo = [a for a in todo if a.printer in args.only.split(",")]
    for act in todo[:args.show]:
        print(act.text, act.gold, act.features, sep="\n", end="\n-----\n")
    if args.show:
        return 0

    by, feat, total, misses = tally(todo, score, lambda act: act.printer, FIELDS)
    print(f"{len(todo)} acts ({args.n} a printer), seed {args.seed}; cells: fields right / fields generated")
    _table("printer", by, [p for p in PRINTERS if p in by])
    _table("layout", feat)
    _table("all", {"all": total})
    if args.misses:
        print_misses(misses, args.misses, args.limit, lambda act: act.printer, 24)
    return 0


if __name__ == "__main__":
    sys.exit(main())
