"""Requisites must not depend on what a site or a legal database prints around an act (issue 12).

    .venv/bin/python bench/wrapping.py                  # per-style table
    .venv/bin/python bench/wrapping.py --misses         # and each field lost
    .venv/bin/python bench/wrapping.py --heldout bench/out/heldout9 ...   # other samples
    .venv/bin/python bench/wrapping.py --seed 7         # other draws of the wrappings

The same act reaches a library as the administration's file, as a page of
its site and as a print of a legal database. Every act whose text and gold
may be used while tuning (realdocs and the odd half of realdocs2,
born-digital; the held-out samples heldout9..15, or those given) is wrapped
in four shapes composed here in our own wording (fictional site names):

* ``site``: a municipal site's page - header with the issuer's name and the
  coat of arms' caption, menu lines, breadcrumbs, a page title (the act's
  reference line in one of the usual forms, or its title), publication date,
  views; after the act print/share links, other acts with their own dates
  and numbers, a footer with address, phone and ``© 2024``;
* ``consultant``: a ConsultantPlus print - cover with the database's
  reference line and quoted title, ``Дата сохранения``; ``Список изменяющих
  документов`` / ``(в ред. …)`` under the title; page headers and footers
  (``Страница 3 из 7``) in the middle of the text;
* ``garant``: a Garant print - ``ГАРАНТ.РУ``, a one-paragraph reference
  line, ``С изменениями и дополнениями от: …``, ``ГАРАНТ:`` notes;
* ``kodeks``: a Kodeks print - the title as the page's title, the reference
  line, ``(с изменениями на …)`` under the title, ``Информация об изменяющих
  документах``, the database's closing notes.

Edition notes are set apart from the title (the gold title excludes them),
and a database's outer quotes are put around a title only when its own
quotes are balanced (a title cut short leaves the closing one ambiguous),
so the gold stays well defined. Each act is read with no meta both bare
(``bare``: the baseline, fields right / fields with gold) and wrapped; a
field right on the bare act is "kept" when it is still right wrapped. The
draws (forms of the page title, dates, numbers, where page breaks fall) are
seeded by the act's key: the same seed gives the same pages.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from requisites2 import FIELDS  # noqa: E402
from title_wrap import acts, first, right, title_lines  # noqa: E402

STYLES = ("site", "consultant", "garant", "kodeks")
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
PLURAL = {"постановление": "Постановления", "решение": "Решения", "распоряжение": "Распоряжения",
          "приказ": "Приказы", "закон": "Законы", "указ": "Указы"}
# the issuer's head word in the genitive, as a reference line prints it
GEN = {"администрация": "Администрации", "совет": "Совета", "дума": "Думы", "собрание": "Собрания",
       "глава": "Главы", "правительство": "Правительства", "губернатор": "Губернатора",
       "мэр": "Мэра", "комитет": "Комитета", "управление": "Управления",
       "министерство": "Министерства", "департамент": "Департамента", "коллегия": "Коллегии",
       "президент": "Президента", "республика": "Республики", "область": "области", "край": "края",
       "округ": "округа", "администрация": "Администрации"}
OTHER_TITLES = ("О проведении месячника по благоустройству территории",
                "Об утверждении плана мероприятий по подготовке к отопительному периоду",
                "О внесении изменений в муниципальную программу «Развитие культуры»",
                "О мерах по обеспечению безопасности людей на водных объектах",
                "Об организации ярмарки выходного дня",
                "О назначении публичных слушаний по проекту бюджета")


def one(v):
    return v[0] if isinstance(v, tuple) else v


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def dotted(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


def worded(d: dt.date, year: str = "г.") -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} {year}"


def _gen_adj(w: str) -> str:
    for a, b in (("ая", "ой"), ("яя", "ей"), ("ый", "ого"), ("ий", "его" if w[-3:-2] in "нж" else "ого"),
                 ("ой", "ого"), ("ое", "ого"), ("ее", "его")):
        if w.lower().endswith(a):
            return w[:-2] + (b.upper() if w.isupper() else b)
    return ""


def issuer_gen(body: str | None) -> str:
    """The issuer in the genitive, as a reference line prints it: the adjectives
    before the head noun and the noun inflected, the rest (already genitive)
    kept; '' when the head noun is not a known one (the line then names none
    rather than a wrong form)."""
    if not body:
        return ""
    words = body.split()
    out = []
    for k, w in enumerate(words):
        g = GEN.get(w.lower())
        if g:
            g = g.upper() if w.isupper() else (g[0].upper() if w[0].isupper() else g[0].lower()) + g[1:]
            out.append(g)
            return " ".join(out + words[k + 1:])
        a = _gen_adj(w)
        if not a or k > 3:
            return ""
        out.append(a)
    return ""


class Act:
    """What the wrappings print of an act: its requisites as gold gives them."""

    def __init__(self, gold: dict, rnd: random.Random):
        self.kind = one(gold.get("kind", ("",))) or ""
        self.number = one(gold.get("number", ("",))) or ""
        self.date = _date(one(gold.get("date", (None,))))
        self.title = one(gold.get("title", (None,)))
        self.body = one(gold.get("body", (None,)))
        self.issuer = issuer_gen(self.body)
        base = self.date or dt.date(2020, 1, 15)
        self.later = sorted(base + dt.timedelta(days=rnd.randint(60, 900)) for _ in range(2))
        self.amend_numbers = [str(rnd.randint(2, 999)) for _ in self.later]
        self.rnd = rnd

    def ref(self, upper_kind=False, worded_date=False, sign="N", year="г.") -> str:
        """'Постановление Администрации … от 05.03.2019 N 18'."""
        if not self.kind:
            return ""  # no kind in the gold: no reference line a database would print
        k = self.kind.upper() if upper_kind else self.kind.capitalize()
        parts = [k] + ([self.issuer] if self.issuer else [])
        if self.date:
            parts.append("от " + (worded(self.date, year) if worded_date else dotted(self.date)))
        if self.number:
            parts.append(f"{sign} {self.number}")
        return " ".join(parts)

    def edition(self) -> str:
        """'(в ред. постановлений … от … N …, от … N …)'."""
        plural = {"постановление": "постановлений", "решение": "решений",
                  "распоряжение": "распоряжений", "приказ": "приказов"}.get(self.kind, "документов")
        refs = ", ".join(f"от {dotted(d)} N {n}" for d, n in zip(self.later, self.amend_numbers))
        return f"(в ред. {plural} {refs})"

    def others(self, n=3) -> list[str]:
        """Other acts of the site, each with its own date and number."""
        out = []
        base = self.date or dt.date(2020, 1, 15)
        num = int(re.match(r"\d+", self.number).group()) if re.match(r"\d+", self.number) else 100
        for i in range(n):
            d = base + dt.timedelta(days=self.rnd.randint(1, 40))
            out.append(f"{(self.kind or 'постановление').capitalize()} № {num + i + 1} от {dotted(d)} "
                       f"«{self.rnd.choice(OTHER_TITLES)}»")
            out.append(dotted(d))
        return out


def quotable(title: str | None) -> bool:
    """Whether a database's outer quotes around the title keep it well defined:
    its own quotes balanced (a title cut short or with a quote left open would
    lend the outer closing quote to the cited name)."""
    return bool(title) and title.count("«") == title.count("»") and title.count('"') % 2 == 0


def after_title(lines: list[str], gold: dict) -> int | None:
    """The index of the line after the act's printed title, when it is found."""
    for t in gold.get("title", ()):
        if not t:   # a sample's gold may allow "no title" beside the title
            continue
        span = title_lines(lines, t)
        if span:
            return span[1]
    return None


def site(text: str, act: Act, gold: dict) -> str:
    r = act.rnd
    name = act.body or "Сосновское сельское поселение"
    forms = [act.ref(sign="№"), f"{act.kind.capitalize()} № {act.number} от {dotted(act.date)}"
             if act.date and act.number else act.ref(sign="№")]
    if act.title:
        forms += [act.title, f"{act.ref(sign='№')} «{act.title}»"]
    page_title = r.choice([f for f in forms if f.strip() and not f.startswith(" ")] or ["Документы"])
    pub = (act.date or dt.date(2020, 1, 15)) + dt.timedelta(days=r.randint(1, 20))
    head = ["Официальный сайт", name, "Герб муниципального образования", "",
            "Главная", "О поселении", "Власть", "Документы", "Новости", "Обращения граждан", "Контакты",
            "Поиск", "", f"Главная / Документы / {PLURAL.get(act.kind, 'Нормативные правовые акты')}", "",
            page_title, "", f"Дата публикации: {dotted(pub)}", f"Просмотров: {r.randint(12, 900)}", ""]
    tail = ["", "Версия для печати", "Поделиться", "", "Другие документы", *act.others(), "",
            "Адрес: 000000, ул. Центральная, д. 1", "Телефон: 8 (000) 000-00-00",
            "Электронная почта: info@example.org", f"© 2024 {name}"]
    return "\n".join(head + [text] + tail)


def consultant(text: str, act: Act, gold: dict) -> str:
    r = act.rnd
    saved = dt.date(2024, r.randint(1, 12), r.randint(1, 28))
    ref = act.ref(upper_kind=True)
    quoted = [f'"{act.title}"'] if quotable(act.title) else []
    cover = ["Документ предоставлен КонсультантПлюс", "", ref, *quoted, "",
             "Документ предоставлен КонсультантПлюс", "www.consultant.ru",
             f"Дата сохранения: {dotted(saved)}", ""]
    lines = text.split("\n")
    at = after_title(lines, gold)
    if at is not None:
        lines[at:at] = ["", "Список изменяющих документов", act.edition(), ""]
    start = (at or 0) + 5
    pages, page = [], 2
    step = r.randint(35, 55)
    out = lines[:start]
    for i in range(start, len(lines), step):
        out += lines[i:i + step]
        if i + step < len(lines):
            pages.append(len(out))
            out += ["", "Документ предоставлен КонсультантПлюс", "www.consultant.ru",
                    f"Страница {page} из {{total}}", "", ref, *quoted,
                    "Документ предоставлен КонсультантПлюс", f"Дата сохранения: {dotted(saved)}", ""]
            page += 1
    total = page
    body = "\n".join(out).replace("{total}", str(total))
    return "\n".join(cover + ["", "Страница 1 из " + str(total), ""]) + "\n" + body + \
        f"\n\nДокумент предоставлен КонсультантПлюс\nwww.consultant.ru\nСтраница {total} из {total}\n"


def garant(text: str, act: Act, gold: dict) -> str:
    r = act.rnd
    ref = act.ref(worded_date=True) + (f' "{act.title}"' if quotable(act.title) else "") + " (с изменениями и дополнениями)"
    head = ["ГАРАНТ.РУ", "Информационно-правовой портал", "", ref, "",
            "С изменениями и дополнениями от:", ", ".join(worded(d) for d in act.later), ""]
    lines = text.split("\n")
    at = after_title(lines, gold)
    if at is not None:
        pos = min(len(lines), at + r.randint(3, 12))
        lines[pos:pos] = ["", "ГАРАНТ:", "См. справку о порядке применения настоящего документа", ""]
    tail = ["", "ГАРАНТ:", f"Документ опубликован в издании «Вестник», {dotted(act.later[0] - dt.timedelta(days=400))}",
            "", "Обзор документа", "", "Система ГАРАНТ"]
    return "\n".join(head + lines + tail)


def kodeks(text: str, act: Act, gold: dict) -> str:
    on = f"(с изменениями на {worded(act.later[-1], 'года')})"
    head = ([act.title] if act.title else []) + [
        "", act.ref(worded_date=True, year="года"), *([act.title] if act.title else []),
        "", on, "", "Информация об изменяющих документах", "", "Действующий", ""]
    lines = text.split("\n")
    at = after_title(lines, gold)
    if at is not None:
        lines[at:at] = ["", on, ""]
    tail = ["", "Редакция документа с учетом изменений и дополнений подготовлена АО \"Кодекс\"", "",
            "Электронный текст документа подготовлен АО \"Кодекс\" и сверен по рассылке"]
    return "\n".join(head + lines + tail)


WRAP = {"site": site, "consultant": consultant, "garant": garant, "kodeks": kodeks}


def run(heldout: list[Path], seed: int = 12):
    """Per style: fields kept, fields counted; the bare baseline; and the misses."""
    kept, total, misses = defaultdict(int), defaultdict(int), []
    for key, text, _meta, gold in acts(heldout):
        gold = {f: v for f, v in gold.items() if f in FIELDS}
        base = first(text, {})
        for f, wants in gold.items():
            total["bare"] += 1
            kept["bare"] += right(f, wants, base)
        for style in STYLES:
            rnd = random.Random(f"{seed}|{key}|{style}")
            a = first(WRAP[style](text, Act(gold, rnd), gold), {})
            for f, wants in gold.items():
                if not right(f, wants, base):
                    continue
                total[style] += 1
                if right(f, wants, a):
                    kept[style] += 1
                else:
                    misses.append((key, style, f, getattr(a, f) if a else None, wants[0]))
    return kept, total, misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each field lost by a wrapping")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--show", default="", help="print the wrappings of the act with this key")
    ap.add_argument("--heldout", type=Path, action="append", default=[],
                    help="held-out sample folders (default: bench/out/heldout9..15)")
    args = ap.parse_args(argv)
    heldout = args.heldout or [ROOT / "bench" / "out" / f"heldout{i}" for i in range(9, 16)
                               if (ROOT / "bench" / "out" / f"heldout{i}" / "gold.py").exists()]
    if args.show:
        for key, text, _m, gold in acts(heldout):
            if key == args.show:
                for style in STYLES:
                    rnd = random.Random(f"{args.seed}|{key}|{style}")
                    print(f"===== {style}\n{WRAP[style](text, Act(gold, rnd), gold)}")
        return 0
    kept, total, misses = run(heldout, args.seed)
    print(f"{'style':>11}{'kept':>7}{'fields':>8}{'share':>9}")
    for s in ("bare",) + STYLES:
        print(f"{s:>11}{kept[s]:>7}{total[s]:>8}{kept[s] / max(total[s], 1):9.1%}")
    k, t = sum(kept[s] for s in STYLES), sum(total[s] for s in STYLES)
    print(f"{'wrapped':>11}{k:>7}{t:>8}{k / max(t, 1):9.1%}")
    if args.misses:
        for key, style, f, got, want in misses:
            print(f"{key:22} {style:10} {f:6} got  {str(got)[:100]!r}\n{'':40}want {str(want)[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
