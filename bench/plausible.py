"""Fields no right reading would give: a sweep of requisites without gold.

    .venv/bin/python bench/plausible.py bench/out/pool56            # table by check
    .venv/bin/python bench/plausible.py bench/out/pool56 --show title_lower
    .venv/bin/python bench/plausible.py DIR1 DIR2 --show all        # every flag
    .venv/bin/python bench/plausible.py DIR --today 2026-12-07      # the date check's "today"

A labelled sample finds the classes of heading that occur in one act of ten;
the rarer ones (one act in fifty) need hundreds of acts, more than anyone can
label. Most wrong readings, though, break a rule of the language of Russian
acts that holds whatever the act says: an issuer does not hold a date or a
convocation, a title does not end in a preposition, a number holds no words,
a municipal act is not dated before 1990. This bench reads every case of a
folder (``cases/ID.txt`` as a pasted page, the way ``bench/requisites2.py
--heldout`` reads one) with ``extract_acts`` and flags the first act's fields
that break such a rule. A flag is a suspect, not a miss: look at the cases
(``--show CHECK``), and where a flag is a true reading, refine the check.
The share of cases with any flag is the folder's anomaly rate.

Checks (``CHECKS`` below, in the order printed):

- body: digits (outside a quoted name: «Школа № 7»), a date, a
  convocation/session/sitting, a place line (``г. Тверь``, not a name's
  genitive ``Администрация г. Тобольска``) at its end, an adoption (``принят
  … Думой``), a table's cell bar or a bracket, a lower-case start that is not a
  body's own noun, over 20 words, a kind word at its end;
- title: empty, a lower-case start, a start on punctuation (a table's bar), no
  word at all (a date line read as the title), the heading's own requisites run
  into it (a kind word in capitals, a date and a number with no «от» before them), an end on a preposition, conjunction or comma,
  site chrome (``Скачать``, ``Версия для печати``, ``©``), a phone number, a
  signature (a position word, then initials and a surname), a ``Глава …``
  heading or signature run into it, an edition note (``(в ред.``,
  ``утратил силу``), over 60 words (the last two not on an amending title
  ``О внесении изменений в …``, which quotes the amended act's whole name);
- number: a space inside, letters that are words (``от``, ``года``), cut short
  where the page prints more of it (``РС-10`` of ``№ РС-10(26)-80/28``), or
  none though a first line files the act as ``№ 91-па О …``;
- date: after today, or before 1990 on a municipal act;
- kind: none although the first lines print a kind word as a heading; one that
  disagrees with the page's reference line (``Постановление … от DATE № NUM``)
  naming the same number.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.requisites import KINDS, extract_acts  # noqa: E402

_KIND_FORMS = "|".join(sorted(KINDS, key=len, reverse=True))
_KIND_WORD = re.compile(rf"(?i)(?<![А-ЯЁа-яё])(?:{_KIND_FORMS})(?![А-ЯЁа-яё])")
_ACT_KIND_HEAD = ("постановление", "распоряжение", "решение", "приказ", "указ", "закон")
_MONTHS = "январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"
_DATE = re.compile(rf"(?i)\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})[а-я]*\s+\d{{4}}")
_CONVOCATION = re.compile(r"(?i)созыва\b|\bсесси[ияйю]\b|\bзаседани[ея]\b")
_PLACE_END = re.compile(r"(?:^|\s)(?:г|с|п|пос|пгт|ст|ст-ца|д|рп|р\.п)\.\s?[А-ЯЁ][а-яё-]+$")
# the nouns a body opens with, printed lower case where a sentence names it
# (the operative formula "… администрация района постановляет")
_BODY_NOUN = re.compile(r"(?i)^(?:администраци|совет|дум|собрани|глав|мэри|правительств|губернатор|"
                        r"министерств|департамент|комитет|управлени|кабинет|законодательн|"
                        r"муниципальн|городск|районн|сельск|поселков|окружн|областн|краев|"
                        r"избирательн|контрольн|хурал|курултай|ил тумэн|народн|государственн|"
                        r"территориальн|исполнительн|представительн|земск|мэр|президент|"
                        r"федеральн|служб|агентств|инспекци|отдел)")
_DANGLING = re.compile(r"(?i)(?:^|\s)(?:в|во|на|о|об|обо|по|с|со|к|ко|от|до|для|за|из|у|при|"
                       r"без|над|под|через|и|или|а|но|либо|что|как|его|её|ее|их)$|,$")
_CHROME = re.compile(r"(?i)скачать|версия для печати|©|\bподробнее\b|\bфайл:")
_PHONE = re.compile(r"(?:\+7|\b8)[\s(-]*\d{3,5}[\s)-]*\d{1,3}[\s-]?\d{2}[\s-]?\d{2}\b|\bтел\.")
_POSITION = (r"(?:Глава|Главы|Председатель|Губернатор|Мэр|Министр|Руководитель|Начальник|"
             r"Директор|Заместитель|И\.\s?о\.|Исполняющий обязанности|Президент|Премьер-министр)")
_SIGNATURE = re.compile(rf"{_POSITION}[^.]{{0,80}}?\b[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яёА-ЯЁ-]+|"
                        rf"{_POSITION}[^.]{{0,80}}?\b[А-ЯЁ][а-яё-]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.")
_GLAVA_AFTER = re.compile(r"\S\s+Глава\s+(?:[IVXLC]+\b|\d+\b|[а-яё]|муниципальн|администрац|город|район|сельск|поселени)")
_EDITION = re.compile(r"(?i)\(\s*в\s+ред\.|\(\s*в\s+редакции|утратил[оаи]?\s+силу|"
                      r"\(с изменениями")
_NUMBER_WORD = re.compile(r"(?i)(?<![А-ЯЁа-яё])(?:от|года|год|г|дата|номер|пункт)(?![А-ЯЁа-яё])|[А-ЯЁа-яё]{5,}")
_HEAD_KIND = re.compile(r"(?i)^\s*(?:(?:[А-ЯЁа-яё]\s){3,}[А-ЯЁа-яё]|"
                        + "|".join(_ACT_KIND_HEAD) + r")\b")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")
_GENITIVE_END = re.compile(r"[аяыи]$")
_ADOPTED = re.compile(r"(?i)(?<![А-ЯЁа-яё])(?:принят[аоы]?|одобрен[аоы]?)(?![А-ЯЁа-яё])")
_AMENDING = re.compile(r"(?i)^\s*о\s+внесении\s+(?:изменени|дополнени)")
_NUMBER_LINE = re.compile(r"^\s*№\s*\d")
# the heading's own requisites run into the title: a kind word in capitals, or a date
# and a number with no «от» before them (a cited act is «… от 12.03.2010 № 5 …»)
# (a kind word after a preposition is a cited act's: «В ПРИКАЗ МИНИСТЕРСТВА …»)
_TITLE_REQUISITES = re.compile(r"(?<![А-ЯЁа-яё])(?<!В )(?<!ВО )(?<!НА )(?<!О )(?<!ОБ )(?<!К )(?<!ПО )(?<!И )"
                               r"(?:ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|ПРИКАЗ|УКАЗ)\s+[А-ЯЁ]{3,}|"
                               rf"(?<!(?i:от)\s)\b\d{{1,2}}\s+(?i:{_MONTHS})[а-яА-Я]*\s+\d{{4}}\s*(?i:г\.|года)?\s*[№N]\s*\d")
_REF_LINE = re.compile(rf"(?i)^\s*({'|'.join(_ACT_KIND_HEAD)})\b[^\n]{{0,250}}?\bот\s+[^\n]{{0,40}}?[№N]\s*(\S+)")


def _words(s: str) -> int:
    return len(s.split())


def _despace(line: str) -> str:
    """A letter-spaced heading word (``П О С Т А Н О В Л Е Н И Е``) read whole."""
    return re.sub(r"(?<=[А-ЯЁа-яё]) (?=[А-ЯЁа-яё](?: |$))", "", line.strip())


def check_body(b: str | None) -> list[str]:
    if not b:
        return []
    out = []
    if re.search(r"\d", _QUOTED.sub("", b)):  # «Средняя школа № 7» names the body
        out.append("body_digits")
    if _DATE.search(b):
        out.append("body_date")
    if _CONVOCATION.search(b):
        out.append("body_convocation")
    if _PLACE_END.search(b) and not _GENITIVE_END.search(b):  # "Администрация г. Тобольска" names it
        out.append("body_place")
    if _ADOPTED.search(b):
        out.append("body_adopted")
    if re.search(r"[|{}\[\]<>]", b):
        out.append("body_table")
    if b[:1].islower() and not _BODY_NOUN.match(b):
        out.append("body_lower")
    if _words(b) > 20:
        out.append("body_long")
    last = re.sub(r"[^\w-]+$", "", b).rsplit(None, 1)[-1:] or [""]
    if last[0].lower().replace("ё", "е") in KINDS:
        out.append("body_kind_end")
    return out


def check_title(t: str | None) -> list[str]:
    if t is not None and not t.strip():
        return ["title_empty"]
    if not t:
        return []
    out = []
    if _TITLE_REQUISITES.search(t):
        out.append("title_requisites")
    first = t.lstrip("«\"'“„(«[ ")[:1]
    if first.islower():
        out.append("title_lower")
    if first and not (first.isalnum() or first in "«\"'“„([№"):
        out.append("title_punct_start")
    if not re.search(r"[А-ЯЁа-яёA-Za-z]{3}", t):
        out.append("title_no_words")
    if _DANGLING.search(t.rstrip()):
        out.append("title_dangling")
    if _CHROME.search(t):
        out.append("title_chrome")
    if _PHONE.search(t):
        out.append("title_phone")
    if _SIGNATURE.search(t):
        out.append("title_signature")
    if _GLAVA_AFTER.search(t):
        out.append("title_glava")
    # an amending title quotes the amended act's whole name, its editions and all
    amending = _AMENDING.match(t) is not None
    if _EDITION.search(t) and not amending:
        out.append("title_edition")
    if _words(t) > 60 and not amending:
        out.append("title_long")
    return out


def check_number(n: str | None, kind: str | None = None, text: str = "") -> list[str]:
    lines = [ln for ln in text.splitlines() if ln.strip()][:15]
    if not n:
        return ["number_missing"] if kind is not None and any(_NUMBER_LINE.match(ln) for ln in lines) else []
    out = []
    m = re.search(r"[№N]\s*" + re.escape(n) + r"(?=(.{0,4}))", text)
    if m and re.match(r"\(\d|[-/]\d|\d", m.group(1)):
        out.append("number_cut")
    if re.search(r"\s", n.strip()):
        out.append("number_space")
    if _NUMBER_WORD.search(n):
        out.append("number_words")
    return out


def check_date(d: str | None, level: str | None, today: str) -> list[str]:
    if not d:
        return []
    out = []
    if d > today:
        out.append("date_future")
    if level == "municipal" and d < "1990-01-01":
        out.append("date_old_municipal")
    return out


def check_kind(kind: str | None, number: str | None, text: str) -> list[str]:
    lines = [ln for ln in text.splitlines() if ln.strip()][:15]
    out = []
    if kind is None and any(_HEAD_KIND.match(_despace(ln)) and _despace(ln).split()[0].lower().replace("ё", "е")
                            in KINDS for ln in lines):
        out.append("kind_missing")
    if kind is not None and number:
        for ln in lines:
            m = _REF_LINE.match(ln)
            if m and m.group(2).strip('",.;:«»') == number and KINDS.get(m.group(1).lower()) != kind:
                out.append("kind_reference")
                break
    return out


CHECKS = ("body_digits", "body_date", "body_convocation", "body_place", "body_adopted", "body_table",
          "body_lower", "body_long", "body_kind_end",
          "title_empty", "title_lower", "title_punct_start", "title_no_words", "title_requisites",
          "title_dangling", "title_chrome", "title_phone", "title_signature",
          "title_glava", "title_edition", "title_long",
          "number_space", "number_words", "number_cut", "number_missing", "date_future", "date_old_municipal",
          "kind_missing", "kind_reference")


def flags_for(text: str, today: str) -> tuple[object, list[str]]:
    """The first act of a pasted page and the checks its fields fail."""
    acts = extract_acts(text)
    a = acts[0] if acts else None
    if a is None:
        return None, check_kind(None, None, text)
    return a, (check_body(a.body) + check_title(a.title) + check_number(a.number, a.kind, text)
               + check_date(a.date, a.level, today) + check_kind(a.kind, a.number, text))


def sweep(folders: list[Path], today: str) -> dict:
    """Every case of the folders -> (act, flags)."""
    out = {}
    for folder in folders:
        for path in sorted((folder / "cases").glob("*.txt")):
            out[f"{folder.name}/{path.stem}"] = flags_for(path.read_text(encoding="utf-8"), today)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders holding cases/*.txt")
    ap.add_argument("--show", default="", help="a check's name (or 'all'): print its flagged cases")
    ap.add_argument("--today", default=date.today().isoformat(), help="the date check's today (ISO)")
    args = ap.parse_args()
    res = sweep(args.folders, args.today)
    by = defaultdict(list)
    for key, (_, fl) in res.items():
        for f in fl:
            by[f].append(key)
    n = len(res)
    flagged = sum(1 for _, fl in res.values() if fl)
    print(f"{'check':22}{'cases':>6}")
    for c in CHECKS:
        print(f"{c:22}{len(by[c]):>6}")
    print(f"{'no act read':22}{sum(1 for a, _ in res.values() if a is None):>6}")
    print(f"flagged {flagged}/{n} cases ({flagged / max(n, 1):.1%}), {sum(len(v) for v in by.values())} flags")
    if args.show:
        for c in CHECKS if args.show == "all" else [args.show]:
            for key in by[c]:
                a, _ = res[key]
                print(f"\n[{c}] {key}\n  kind={a.kind!r} number={a.number!r} date={a.date!r}"
                      f"\n  body={a.body!r}\n  title={(a.title or '')[:300]!r}" if a else f"\n[{c}] {key}: no act")


if __name__ == "__main__":
    main()
