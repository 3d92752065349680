"""The issuer on DELIVERED blanks of regional and federal executive bodies (issue 12).

    .venv/bin/python bench/blanks_gov.py                    # per family, layout and format
    .venv/bin/python bench/blanks_gov.py --misses body      # and each field lost ('all' or fields)
    .venv/bin/python bench/blanks_gov.py --seed 2 --formats docx

Why: the weakest field of born-digital files from ministries, governors and
regional governments is the body, and such files are not in the stores. This
bench draws, seeded and in our own wording with fictional names (Тестовская
область, Министерство … Тестовской области, Федеральная служба по …, its
Управление по Тестовской области), the heading blocks such bodies print on
their own Word blanks: the body's full name over one to four lines, a parent
line over it (``ПРАВИТЕЛЬСТВО ТЕСТОВСКОЙ ОБЛАСТИ`` over ``МИНИСТЕРСТВО …``; a
federal service over its regional office; a ministry over its agency), an
abbreviation line in brackets, the kind word, the date and a number of these
bodies' shapes (``123-п``, ``45-пп``, ``01-07/45``, ``45н``, ``П-12``), a
place line, and, for a federal order, the Ministry of Justice's registration
stamp over the heading.

The layouts and the files are ``bench/bodies_files.py``'s (imported, not
copied): its ``draw_layout`` and ``build`` lay the heading out (paragraphs,
soft breaks, an emblem's table, a header, a text box, a frame; the date line by
spaces, tabs or cells; capitals typed or by style), its ``convert`` makes
RTF/DOC/ODT/PDF with LibreOffice and its ``read_act`` reads each file as the
import does. This module adds only the grammar, the stamp, and the tables.

Truth (record.md "What body holds"): the whole block naming the issuer, the
parent line and a bracketed abbreviation line included (``… РОССИЙСКОЙ
ФЕДЕРАЦИИ (Минздрав России)``, as the odd half of realdocs2 keeps it), lines
joined by a space, as printed (the comparison folds case).
"""
from __future__ import annotations

import argparse
import datetime
import random
import shutil
import sys
import textwrap
from pathlib import Path

import docx as python_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import bodies_files as bf  # noqa: E402
from bench.bodies import FIELDS, MONTHS, Act, _spaced, _table, _wrap, print_misses  # noqa: E402

CACHE = Path("/var/tmp/blanks-gov-bench")
VERSION = 1
FAMILIES = ("government", "governor", "regional body", "federal body", "federal office")
# the signer's office under each family's acts (build() prints it)
bf.SIGNER.update({"government": "Губернатор Тестовской области", "governor": "Губернатор",
                  "regional body": "Министр", "federal body": "Министр", "federal office": "Руководитель"})

REGION = "Тестовской области"
CITY = "Тестограда"
SUBJECTS = ("образования и науки", "здравоохранения", "социальной защиты населения", "культуры",
            "природных ресурсов и экологии", "строительства и жилищно-коммунального хозяйства",
            "сельского хозяйства и продовольствия", "цифрового развития и связи", "транспорта и дорожного хозяйства")
REG_BODIES = ("Министерство {s}", "Департамент {s}", "Комитет {s}", "Управление {s}", "Агентство {s}")
SERVICES = (("Федеральная служба по надзору в сфере тестовых испытаний", "Ростестнадзор"),
            ("Федеральная служба по ветеринарному и фитосанитарному контролю в тестовой отрасли", "Ростестконтроль"),
            ("Федеральная служба государственной регистрации тестовых объектов", "Ростестреестр"))
MINISTRIES = (("Министерство тестовой промышленности Российской Федерации", "Минтестпром России"),
              ("Министерство труда и тестовой защиты Российской Федерации", "Минтесттруд России"))
AGENCIES = ("Федеральное агентство по тестовым ресурсам", "Федеральное агентство по делам тестовой молодежи")
TITLES = ("Об утверждении Порядка предоставления субсидий на проведение тестовых мероприятий",
          "О внесении изменений в приказ от 12 марта 2021 года № 45 «Об утверждении административного регламента»",
          "Об утверждении Положения о комиссии по проведению конкурса на замещение вакантной должности",
          "О мерах по реализации отдельных положений закона Тестовской области о социальной поддержке",
          "Об установлении тарифов на тепловую энергию для потребителей на 2025 год",
          "Об утверждении требований к оформлению документов, представляемых заявителями")
VERBS = {"постановление": "постановляет:", "распоряжение": "", "приказ": "приказываю:"}
# seeds from NEW_FROM on also draw the variants below (seeds 1-4 draw exactly what they drew before)
NEW_FROM = 5
REPUBLIC = "Республики Тестостан"
# the republic's state language (fictional wording in the letters of the Volga republics' alphabets)
NATIONAL_NAMES = {"образования и науки": "МӘГАРИФ ҺӘМ ФӘН", "здравоохранения": "СӘЛАМӘТЛЕК САКЛАУ",
                  "культуры": "МӘДӘНИЯТ", "социальной защиты населения": "ХАЛЫКНЫ СОЦИАЛЬ ЯКЛАУ"}
NATIONAL_KIND = "БОЕРЫК"


def heading(family: str, rng: random.Random) -> dict:
    """The body's lines (parent first), its kinds and number shapes, a place, an abbreviation."""
    n = rng.randint(1, 400)
    if family == "government":
        name = rng.choice((f"Правительство {REGION}", f"Администрация {REGION}", f"Правительство {CITY}"))
        return {"lines": [name], "parent": [], "kinds": ("постановление", "распоряжение"),
                "numbers": (f"{n}-п", f"{n}-пп", f"{n}-па", f"{n}-р", f"{n}-рп", f"{n}-ПП"),
                "place": rng.choice(("г. Тестовск", "Тестоград")), "abbr": ""}
    if family == "governor":
        return {"lines": [rng.choice((f"Губернатор {REGION}", f"Глава {REGION}", f"Мэр {CITY}"))], "parent": [],
                "kinds": ("постановление", "распоряжение", "указ"),
                "numbers": (f"{n}-пг", f"{n}-рг", str(n), f"{n}-УГ", f"{n}-ум"), "place": "г. Тестовск", "abbr": ""}
    if family == "regional body":
        s = rng.choice(SUBJECTS)
        where = REGION if rng.random() < 0.75 else f"города {CITY}"
        name = rng.choice(REG_BODIES).format(s=s) + " " + where
        parent = ([f"Правительство {REGION}" if where == REGION else f"Правительство {CITY}"]
                  if rng.random() < 0.5 else [])
        return {"lines": [name], "parent": parent, "kinds": ("приказ", "приказ", "распоряжение"),
                "numbers": (str(n), f"01-07/{n}", f"{n}-од", f"{n}-р", f"{n}-к", f"П-{n}"),
                "place": "г. Тестовск", "abbr": ""}
    if family == "federal body":
        if rng.random() < 0.6:
            name, abbr = rng.choice(MINISTRIES)
            parent = []
        else:
            name, abbr = rng.choice(AGENCIES), ""
            parent = [rng.choice(MINISTRIES)[0]]
        return {"lines": [name], "parent": parent, "kinds": ("приказ",),
                "numbers": (f"{n}н", str(n), f"{n}н", f"{n}пр"), "place": "Москва", "abbr": abbr}
    service, abbr = rng.choice(SERVICES)
    office = "Управление " + service.replace("Федеральная служба", "Федеральной службы", 1).replace(
        "надзору", "надзору", 1) + f" по {REGION.replace('ской области', 'ской области')}"
    office = office.replace(f"по {REGION}", "по Тестовской области")
    lines = [office]
    parent = [service] if rng.random() < 0.6 else []
    return {"lines": lines, "parent": parent, "kinds": ("приказ", "распоряжение"),
            "numbers": (f"П-{n}", f"01-07/{n}", str(n), f"{n}-од"), "place": "г. Тестовск",
            "abbr": abbr if parent else ""}


def variant(family: str, nrng: random.Random | None) -> str:
    """A layout real blanks print that seeds 1-4 did not draw (``nrng`` None: none)."""
    if nrng is None:
        return ""
    x = nrng.random()
    if family == "governor" and x < 0.4:
        return "УКАЗ over ГУБЕРНАТОРА"          # «УКАЗ» / «ГУБЕРНАТОРА ТЕСТОВСКОЙ ОБЛАСТИ» (genitive)
    if family == "regional body" and x < 0.4:
        return "republic, bilingual"             # a republic's ministry: its name in both languages
    if family == "federal body" and x < 0.5:
        return "database stamp"                  # «Зарегистрировано в Минюсте России … № …» over the heading
    if family == "federal office" and x < 0.4:
        return "abbreviation under the service"  # the service, its abbreviation, then its office
    if x > 0.8:
        return "place г. Тестов"                  # a town whose name reads as a common word («тестов»)
    return ""


def draw(family: str, rng: random.Random, nrng: random.Random | None = None) -> Act:
    """One act of ``family`` as its blank prints it, with its truth; the text
    is cut as bodies_files.parts() expects (the heading, the title, the rest);
    ``nrng`` (seeds from NEW_FROM) draws the new variants apart from ``rng``."""
    h = heading(family, rng)
    var = variant(family, nrng)
    national = []
    if var == "republic, bilingual":
        s = nrng.choice(tuple(NATIONAL_NAMES))
        h["lines"], h["parent"] = [f"Министерство {s} {REPUBLIC}"], []
        national = ["ТЕСТОСТАН РЕСПУБЛИКАСЫНЫҢ", f"{NATIONAL_NAMES[s]} МИНИСТРЛЫГЫ"]
    if var == "place г. Тестов":
        h["place"] = "г. Тестов"
    if var == "УКАЗ over ГУБЕРНАТОРА":
        h["lines"], h["kinds"] = [f"Губернатор {REGION}"], ("указ",)
        h["numbers"] = (str(rng.randint(1, 400)), f"{rng.randint(1, 400)}-УГ", f"{rng.randint(1, 400)}-у")
    kind = rng.choice(h["kinds"])
    caps = rng.random() < 0.75
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    feats = {"family": family, "caps": "caps" if caps else "as-typed"}
    name_lines = []
    for x in h["lines"]:
        words = x.split()
        name_lines += _wrap(words, rng.randint(1, min(3, max(1, len(words) // 2))), rng)
    parent = [up(x) for x in h["parent"]]
    lines = parent + [up(x) for x in name_lines]
    feats["parent line"] = "yes" if parent else "no"
    feats["body lines"] = str(len(lines))
    abbr = f"({h['abbr']})" if h["abbr"] and rng.random() < 0.6 else ""
    if abbr and var == "abbreviation under the service" and parent:
        lines.insert(len(parent), abbr)
    elif abbr:
        lines.append(abbr)
    feats["abbreviation"] = "line in brackets" if abbr else "none"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
    num = rng.choice(h["numbers"])
    kw = kind.upper()
    if rng.random() < 0.25:
        kw = _spaced(kw)
        feats["kind word"] = "letter-spaced"
    else:
        feats["kind word"] = "plain"
    if national:
        kw += " " * 12 + NATIONAL_KIND   # the other language's kind word beside it (a row's cells)
        order = nrng.random() < 0.3       # the national half first (its cell on the left)
        feats["bilingual"] = "national half first" if order else "Russian half first"
    ds = rng.randrange(4)
    dl = (f"от {day} {MONTHS[month - 1]} {year} г. № {num}", f"{day:02d}.{month:02d}.{year}" + " " * 20 + f"№ {num}",
          f"«{day:02d}» {MONTHS[month - 1]} {year} г." + " " * 10 + f"№ {num}", f"от {day:02d}.{month:02d}.{year} № {num}")[ds]
    place = h["place"] if rng.random() < 0.7 else ""
    ps = rng.randrange(3) if place else -1
    tail = ([dl, place], [dl + "    " + place], [place, dl], [dl])[ps]
    feats["place"] = ("under the date", "on the date's line", "over the date", "none")[ps]
    feats["above"] = "none"
    feats["order"] = "body over the kind word"
    feats["convocation"] = "none"
    head = lines + [kw] + tail
    if national:
        head = (national + lines if order else lines + national) + [kw] + tail
    if var == "УКАЗ over ГУБЕРНАТОРА":
        gen = [up(x) for x in _wrap(f"Губернатора {REGION}".split(), len(name_lines), nrng)]
        head = [kw] + gen + tail
        feats["order"] = "kind word over the body (genitive)"
    if var:
        feats["variant"] = var
    title = rng.choice(TITLES)
    if rng.random() < 0.6:
        tl = textwrap.wrap(title, rng.choice((35, 45)), break_long_words=False, break_on_hyphens=False)
        feats["title"] = "wrapped"
    else:
        tl = [title]
        feats["title"] = "one line"
    verb = VERBS[kind] if kind in VERBS else "постановляю:"
    who = (h["parent"] + h["lines"])[-1]
    rest = (f"В соответствии с законом Тестовской области от 10.02.2014 № 12-ОЗ {who} "
            + (verb or "") + "\n1. Утвердить прилагаемый документ.\n2. Контроль за исполнением оставляю за собой.\n")
    text = "\n".join(head) + "\n\n" + "\n".join(tl) + "\n\n" + rest
    body = " ".join(lines)   # a bracketed abbreviation line is the block's, as realdocs2's gold keeps it
    gold = {"kind": (kind,), "number": (num,), "date": (f"{year}-{month:02d}-{day:02d}",),
            "body": (body,), "title": (" ".join(tl),)}
    stamp = family == "federal body" and kind == "приказ" and rng.random() < 0.7
    feats["Минюст stamp"] = "over the heading" if stamp else "none"
    if var == "database stamp":
        reg = datetime.date(year, month, day) + datetime.timedelta(days=nrng.randint(5, 40))
        entry = f"{reg.day} {MONTHS[reg.month - 1]} {reg.year} г. {nrng.choice(('N', '№'))} {nrng.randint(50000, 80000)}"
        two = nrng.random() < 0.4
        feats["Минюст stamp"] = "database line, two lines" if two else "database line"
        feats["stamp text"] = ("Зарегистрировано в Минюсте России\n" if two else "Зарегистрировано в Минюсте России ") \
            + entry
        feats["stamp align"] = "left"
    elif stamp:
        feats["stamp text"] = (f"ЗАРЕГИСТРИРОВАНО\nМинистерство юстиции\nРоссийской Федерации\n"
                               f"Регистрационный № {rng.randint(50000, 80000)}\n"
                               f"от «{rng.randint(1, 28)}» {MONTHS[month - 1]} {year} г.")
    return Act(family, feats, text, gold)


def generate(seed: int, n: int) -> list[Act]:
    out = []
    for fam in FAMILIES:
        rng = random.Random(f"blanks-gov:{seed}:{fam}")
        nrng = random.Random(f"blanks-gov new:{seed}:{fam}") if seed >= NEW_FROM else None
        out += [draw(fam, rng, nrng) for _ in range(n)]
    return out


def build(act: Act, lay: dict, case: dict, path: Path) -> None:
    """bodies_files' blank, with the registration stamp (right-aligned lines) put first."""
    bf.build(act, lay, case, path)
    stamp = act.features.get("stamp text")
    if not stamp:
        return
    document = python_docx.Document(str(path))
    first = document.element.body[0]
    for x in stamp.split("\n"):
        par = document.add_paragraph(x)
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT if act.features.get("stamp align") == "left" \
            else WD_ALIGN_PARAGRAPH.RIGHT
        first.addprevious(par._p)
    document.save(str(path))


def compose(acts: list[Act], seed: int) -> list[tuple[Act, dict, Path]]:
    case = bf.typed_case(acts)
    out = []
    for i, act in enumerate(acts):
        lay = bf.draw_layout(random.Random(f"blanks-gov files:{seed}:{i}"), bf.parts(act), act)
        path = bf.cached_docx(CACHE, f"{VERSION}\n{sorted(lay.items())}\n{sorted(act.features.items())}\n{act.text}",
                              lambda tmp, act=act, lay=lay: build(act, lay, case, tmp))
        out.append((act, lay, path))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=12, help="acts per family (five families)")
    ap.add_argument("--formats", default="docx,rtf,pdf", help="comma-separated, of " + ",".join(bf.FORMATS))
    ap.add_argument("--misses", default="", help="print the acts losing these fields ('all' or names)")
    ap.add_argument("--limit", type=int, default=60)
    args = ap.parse_args(argv)
    fmts = [f for f in args.formats.split(",") if f]
    if any(f != "docx" for f in fmts) and shutil.which("soffice") is None:
        print("soffice not found: DOCX only", file=sys.stderr)
        fmts = ["docx"]
    made = compose(generate(args.seed, args.n), args.seed)
    for fmt in fmts:
        if fmt != "docx":
            bf.convert([p for _, _, p in made], fmt, CACHE)
    items = []
    for act, lay, path in made:
        for fmt in fmts:
            f = path if fmt == "docx" else CACHE / fmt / (path.stem + "." + fmt)
            feats = {"format": fmt, **lay, **{k: v for k, v in act.features.items() if k not in ("stamp text", "stamp align")}}
            items.append((Act(act.family, feats, act.text, act.gold), f))
    fam, feat, total, misses = bf.score_files(items)
    print(f"{len(made)} acts ({args.n} a family), seed {args.seed}, formats {','.join(fmts)}; "
          "cells: fields right / fields generated")
    _table("format", fam)
    _table("layout", feat)
    _table("all", {"all": total})
    if args.misses:
        where = {id(a): f for a, f in items}
        print_misses(misses, args.misses, args.limit,
                     lambda a: f"{a.features['format']} {a.features['container']}"[:22] + f" {where[id(a)].name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
