"""Rubric tagging: quality against the gold sets, and speed on a generated fund.

    .venv/bin/python bench/rubrics.py            # sets + speed
    .venv/bin/python bench/rubrics.py sets [--misses realdocs,odd] [--json FILE]
                                                 # micro-F1 and acts with no rubric, per set
    .venv/bin/python bench/rubrics.py sets --only realdocs,odd --heldout DIR [--misses heldout]
    .venv/bin/python bench/rubrics.py sets --only realdocs,odd --heldout D1 --heldout D2 --per-rubric D1,odd
                                                 # several samples (named by folder); P/R/F1 per rubric
                                                 # the tuning sets and an independent sample
    .venv/bin/python bench/rubrics.py quality    # realdocs read now (+ gold titles alone)
    .venv/bin/python bench/rubrics.py speed [N]  # records/s on N generated records (10000)
    .venv/bin/python bench/rubrics.py fund HOME  # on an imported fund (OCR done): its first
                                                 # record per gold file, current rubrics.yaml

``sets`` is issue 12's measure: top-level micro-F1 and the share of acts left
with no rubric (and of acts filed only under an uncertain best guess), on
``realdocs``, the odd half of ``realdocs2`` and its even half (``--only`` names
the sets to read: tuning runs leave the even half out). Each file is
read by the import pipeline's reader (``ingest.formats.read``, OCR included)
once and its ``Parsed`` cached under ``bench/out/texts/<sha256>.pickle``
(git-ignored; the cache bench/requisites2.py keeps too, so a scan is OCR'd
once for both); ``extract_acts`` then runs on the cached text as the pipeline
calls it and the first act's title and text are tagged. OCR'd files are
counted in their set and also shown apart. Tuning protocol: only the misses
of ``realdocs`` and ``odd`` may be looked at (``--misses``); the even half is
measured, its misses are not printed unless asked for by name.

``--heldout DIR`` adds an independent labelled sample: ``DIR/cases.jsonl``, one
JSON object a line with ``key``, ``rubrics`` (top-level gold codes, given by
reading the act before the rules ran on it) and ``text`` (the act as found,
heading included; third-party text, kept git-ignored under bench/out/).
``extract_acts`` cuts each text as the pipeline does and its first act is tagged.

The fund mode reads titles and texts from HOME/catalog.sqlite as ingest left
them (OCR included) and tags them in process, without writing: copy a fund
(bench/out/search_quality/fund) if you also want to ``actdesk retag`` it.
"""
from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.rubrics import Scheme, load_scheme  # noqa: E402
from tests.gold import REALDOCS  # noqa: E402  (../shared, or ACTDESK_SHARED: a worktree has no ../shared)

GOLD = REALDOCS / "gold.jsonl"
FILES = REALDOCS / "files"


# --- quality ------------------------------------------------------------------

def top_codes(scheme: Scheme, title: str | None, text: str) -> set[str]:
    return {a.code for a in scheme.assign(title, text) if "." not in a.code}


def top_assignments(scheme: Scheme, title: str | None, text: str) -> tuple[set[str], bool]:
    """(top-level codes, whether they are only the uncertain best guess)."""
    got = [a for a in scheme.assign(title, text) if "." not in a.code]
    return {a.code for a in got}, bool(got) and all(getattr(a, "uncertain", False) for a in got)


# --- the gold sets of issue 12, read as the import pipeline reads them -----------------------

TEXTS = ROOT / "bench" / "out" / "texts"
OCR_WARNINGS = {"ocr", "ocr_layer", "scanner_ocr_layer", "garbled_text_layer", "image_only_pages"}


def parsed_for(path: Path, reread: bool = False, ocr: bool = True):
    """``ingest.formats.read(path)`` (OCR included), cached by the file's SHA-256;
    a string (the reason) when the file cannot be read. Without ``ocr`` the
    file is read in place with OCR off (scans stay unread) and nothing is cached:
    what a test can afford on every run."""
    if not ocr:
        from ingest.formats import Limits, read
        try:
            return read(path, Limits(ocr=False))
        except Exception as ex:
            return f"{type(ex).__name__}: {getattr(ex, 'reason', ex)}"
    from bench.text_cache import cached_read
    return cached_read(path, reread)


def first_act(parsed) -> tuple[str | None, str] | None:
    """The first act's (title, text) as the pipeline tags it; None when nothing was read."""
    if isinstance(parsed, str) or not parsed.text.strip():
        return None
    from ingest.requisites import extract_acts
    acts = extract_acts(parsed.text, dict(parsed.meta))
    if not acts:
        return None, parsed.text
    return acts[0].title, acts[0].text


def gold_sets() -> dict[str, list[tuple[str, Path, set[str]]]]:
    """set name -> [(key, path, gold top-level codes)]."""
    sys.path.insert(0, str(ROOT))
    from tests.gold import REALDOCS, load_gold2
    out = {"realdocs": [(f"r{g['file'][:2]}", REALDOCS / "files" / g["file"], set(g["rubrics"]), g.get("title"))
                        for g in load_gold()],
           "odd": [], "even": []}
    for g in load_gold2():
        out[g["half"]].append((g["key"], g["path"], set(g["rubrics"]), g.get("title")))
    return out


def heldout_rows(folder: Path) -> list[tuple[str, str, set[str]]]:
    """(key, text, gold top-level codes) of an independent sample (``DIR/cases.jsonl``)."""
    path = folder / "cases.jsonl"
    if not path.exists():
        raise SystemExit(f"{path}: no such file (an independent sample: one JSON case a line)")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = json.loads(line)
            rows.append((str(c["key"]), c["text"], set(c["rubrics"])))
        except (ValueError, KeyError, TypeError) as ex:
            raise SystemExit(f"{path}:{n}: not a case ({type(ex).__name__}: {ex})") from ex
    return rows


def evaluate_heldout(scheme: Scheme, folder: Path) -> dict:
    """The sets' figures for an independent sample: its texts cut by ``extract_acts``."""
    from ingest.requisites import extract_acts
    score, rules = Score(), Score()
    for key, text, gold in heldout_rows(folder):
        acts = extract_acts(text, {})
        title, body = (acts[0].title, acts[0].text) if acts else (None, text)
        codes, unsure = top_assignments(scheme, title, body)
        label = f"{key} {(title or body)[:60]}".replace("\n", " ")
        score.add(label, gold, codes, unsure)
        rules.add(label, gold, set() if unsure else codes)
    return {"score": score, "rules": rules, "gold_title": Score(), "ocr": Score(), "unread": []}


def evaluate_sets(scheme: Scheme, reread: bool = False, ocr: bool = True,
                  only: tuple[str, ...] = ("realdocs", "odd", "even")) -> dict[str, dict]:
    """set -> {"score": Score (as filed, best guesses included), "rules": Score (the
    guesses left out: what the rules alone assign), "gold_title": Score with the
    gold title in place of the extracted one (how much of a miss is the title's
    extraction, not the rubric rules), "ocr": Score over the OCR'd files,
    "unread": [keys]}."""
    res = {}
    for name, rows in gold_sets().items():
        if name not in only:
            continue
        score, rules, gtitle, ocrd, unread = Score(), Score(), Score(), Score(), []
        for key, path, gold, gold_title in rows:
            parsed = parsed_for(path, reread, ocr)
            got = first_act(parsed)
            if got is None:
                unread.append(f"{key} {parsed if isinstance(parsed, str) else 'no text'}"[:100])
                continue
            codes, unsure = top_assignments(scheme, *got)
            label = f"{key} {path.name}"
            score.add(label, gold, codes, unsure)
            rules.add(label, gold, set() if unsure else codes)
            gtitle.add(label, gold, *top_assignments(scheme, gold_title or got[0], got[1]))
            if set(getattr(parsed, "warnings", ()) or ()) & OCR_WARNINGS:
                ocrd.add(label, gold, codes, unsure)
        res[name] = {"score": score, "rules": rules, "gold_title": gtitle, "ocr": ocrd, "unread": unread}
    return res


def print_sets(res: dict[str, dict], misses: set[str]) -> None:
    print("F1: as filed (best guesses included); rules: the guesses left out;"
          " none: acts with no rubric; guess: acts filed by the best guess only")
    print("gold title: F1 with the gold title in place of the extracted one")
    print(f"{'set':10} {'acts':>4} {'P':>6} {'R':>6} {'F1':>6} {'rules':>6} {'none':>5} {'guess':>5}"
          f" {'gold title':>10}   OCR'd: acts F1     unread")
    for name, r in res.items():
        s, o, ru = r["score"].summary(), r["ocr"].summary(), r["rules"].summary()
        gt = r["gold_title"].summary()
        print(f"{name:10} {s['acts']:4} {s['P']:6.3f} {s['R']:6.3f} {s['micro_f1']:6.3f} "
              f"{ru['micro_f1']:6.3f} {s['no_rubric']:5} {s['uncertain']:5} {gt['micro_f1']:10.3f}   "
              f"{o['acts']:10} {o['micro_f1']:.3f}  {len(r['unread'])}")
    for name in misses:
        if name in res:
            print()
            print(res[name]["score"].table(name))
            for u in res[name]["unread"]:
                print(f"    unread: {u}")


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_gold_file(name: str, ocr: bool = True) -> tuple[str | None, str] | None:
    """(title, text) as ingest would see them; None when unreadable here.

    ``ocr=False`` leaves out the files that need OCR, as the tests do: OCR of
    every scan of realdocs took most of the suite's time for one figure the
    bench measures anyway."""
    try:
        from ingest.formats import Limits, read
    except ImportError:
        return None
    try:
        parsed = read(FILES / name, Limits(ocr=ocr))
    except Exception:  # unreadable in this build (pending reader, OCR, ...)
        return None
    text = parsed.text
    if not text.strip():
        return None
    title = None
    try:
        from ingest.requisites import extract_acts
        acts = extract_acts(text)
        if acts:
            title = acts[0].title
            if len(acts) > 1:   # several acts: tag the whole file's text
                title = acts[0].title
    except ImportError:
        pass
    return title, text


class Score:
    def __init__(self):
        self.tp = Counter()
        self.fp = Counter()
        self.fn = Counter()
        self.misses: list[str] = []
        self.n = 0
        self.empty: list[str] = []      # acts that got no rubric at all
        self.uncertain: list[str] = []  # acts filed only under the best guess

    def add(self, name: str, gold: set[str], got: set[str], uncertain: bool = False):
        self.n += 1
        if not got:
            self.empty.append(name)
        elif uncertain:
            self.uncertain.append(name)
        for c in gold & got:
            self.tp[c] += 1
        for c in got - gold:
            self.fp[c] += 1
        for c in gold - got:
            self.fn[c] += 1
        if gold != got:
            extra = " ".join(f"+{c}" for c in sorted(got - gold))
            miss = " ".join(f"-{c}" for c in sorted(gold - got))
            self.misses.append(f"{name[:48]:48} {miss} {extra}".rstrip())

    def prf(self) -> tuple[float, float, float]:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def summary(self) -> dict:
        p, r, f = self.prf()
        n = self.n or 1
        return {"acts": self.n, "P": round(p, 3), "R": round(r, 3), "micro_f1": round(f, 3),
                "no_rubric": len(self.empty), "no_rubric_share": round(len(self.empty) / n, 3),
                "uncertain": len(self.uncertain), "uncertain_share": round(len(self.uncertain) / n, 3)}

    def per_rubric(self, heading: str) -> str:
        """Precision, recall and F1 of each code: which rubrics the micro figure hides."""
        lines = [f"{heading}: {self.n} acts", f"  {'code':12} {'tp':>3} {'fp':>3} {'fn':>3} {'P':>6} {'R':>6} {'F1':>6}"]
        for c in sorted(set(self.tp) | set(self.fp) | set(self.fn)):
            tp, fp, fn = self.tp[c], self.fp[c], self.fn[c]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"  {c:12} {tp:3} {fp:3} {fn:3} {p:6.3f} {r:6.3f} {f:6.3f}")
        return "\n".join(lines)

    def table(self, heading: str) -> str:
        p, r, f = self.prf()
        lines = [f"{heading}: {self.n} files   P={p:.3f}  R={r:.3f}  micro-F1={f:.3f}"
                 f"   no rubric {len(self.empty)}   uncertain only {len(self.uncertain)}",
                 f"  {'code':12} {'tp':>3} {'fp':>3} {'fn':>3}"]
        for c in sorted(set(self.tp) | set(self.fp) | set(self.fn)):
            lines.append(f"  {c:12} {self.tp[c]:3} {self.fp[c]:3} {self.fn[c]:3}")
        if self.misses:
            lines.append("  differences (-missed +extra):")
            lines += [f"    {m}" for m in self.misses]
        return "\n".join(lines)


def evaluate(scheme: Scheme) -> tuple[Score, Score]:
    """(score on readable files, score on gold titles alone)."""
    on_files, on_titles = Score(), Score()
    for g in load_gold():
        gold = set(g["rubrics"])
        if g.get("title"):
            on_titles.add(g["file"], gold, top_codes(scheme, g["title"], ""))
        got = read_gold_file(g["file"])
        if got is not None:
            title, text = got
            on_files.add(g["file"], gold, top_codes(scheme, title, text))
    return on_files, on_titles


# --- a generated fund ---------------------------------------------------------------

BODIES = ["Администрация {place}", "Совет депутатов {place}", "Дума {place}", "Глава {place}"]
KINDS = ["ПОСТАНОВЛЕНИЕ", "РЕШЕНИЕ", "РАСПОРЯЖЕНИЕ", "ПОСТАНОВЛЕНИЕ"]
PLACES = ["Андроповского муниципального округа", "города Брянска", "Рыбинского муниципального района",
          "Краснопольского сельского поселения", "городского округа город Тюмень",
          "Кировского городского поселения", "Озёрского муниципального района"]
PREAMBLES = [
    "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
    "местного самоуправления в Российской Федерации», Уставом {place}",
    "Руководствуясь Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации местного "
    "самоуправления в Российской Федерации», статьями 30, 43 Устава {place}",
]
CLOSINGS = [
    "Опубликовать настоящее {kind_l} в газете «Призыв» и разместить на официальном сайте администрации "
    "{place} в информационно-телекоммуникационной сети «Интернет».",
    "Контроль за исполнением настоящего {kind_g} возложить на заместителя главы администрации {place}.",
    "Настоящее {kind_l} вступает в силу со дня его официального опубликования.",
]
FILLER = [
    "Ответственным исполнителям обеспечить выполнение мероприятий в установленные сроки и представить "
    "информацию о ходе исполнения в отдел организационной работы администрации.",
    "Финансирование мероприятий осуществляется за счёт средств местного бюджета в пределах "
    "утверждённых бюджетных ассигнований на соответствующий финансовый год.",
    "Руководителям структурных подразделений администрации довести настоящее решение до сведения "
    "подведомственных организаций и обеспечить его исполнение.",
    "Признать утратившим силу постановление администрации от 12.03.2019 № 245 «О порядке ведения "
    "реестра муниципальных нормативных правовых актов».",
    "Отделу по работе с населением организовать информирование жителей о принятых решениях через "
    "старост населённых пунктов и информационные стенды.",
    "Утвердить прилагаемый состав рабочей группы и положение о ней. Рабочей группе провести первое "
    "заседание в течение десяти дней со дня вступления в силу настоящего постановления.",
    "Установить, что сведения о результатах исполнения настоящего постановления представляются ежеквартально "
    "не позднее 15 числа месяца, следующего за отчётным кварталом.",
]
# topic -> (expected top-level codes, titles, body sentences)
TOPICS = {
    "funeral": ({"housing"}, ["О создании места погребения в {village}",
                              "Об утверждении Положения о порядке содержания кладбищ"],
                ["Создать место погребения (кладбище) на земельном участке площадью 2,5 га.",
                 "Специализированной службе по вопросам похоронного дела обеспечить захоронение умерших.",
                 "Установить порядок деятельности общественных кладбищ и предоставления мест для захоронения.",
                 "Ритуальные услуги оказываются в соответствии с гарантированным перечнем услуг по погребению."]),
    "fairs": ({"business"}, ["Об организации и проведении ярмарки выходного дня",
                             "Об организации ёлочных базаров в {year} году"],
              ["Организовать проведение универсальной ярмарки на площади {village}.",
               "Организатору ярмарки обеспечить предоставление торговых мест участникам ярмарки.",
               "Определить режим работы ярмарки с 8.00 до 16.00 часов.",
               "Продажа товаров на ярмарке осуществляется при наличии документов на продукцию."]),
    "msp": ({"business", "budget"}, ["Об утверждении Порядка предоставления субсидий субъектам малого и среднего предпринимательства"],
            ["Субсидии предоставляются субъектам малого и среднего предпринимательства на возмещение затрат.",
             "Получатель субсидии представляет заявку и документы, подтверждающие затраты.",
             "Поддержка предпринимательства осуществляется в рамках муниципальной программы.",
             "Индивидуальный предприниматель вправе получить консультационную поддержку."]),
    "polling": ({"elections"}, ["Об образовании избирательных участков для проведения голосования и подсчёта голосов избирателей"],
                ["Образовать избирательные участки для проведения выборов депутатов представительного органа.",
                 "Территориальной избирательной комиссии уточнить границы избирательных участков.",
                 "Участковым избирательным комиссиям обеспечить информирование избирателей.",
                 "Помещения для голосования предоставляются безвозмездно."]),
    "large_families": ({"social"}, ["О мерах социальной поддержки многодетных семей",
                                    "О бесплатном предоставлении земельных участков многодетным семьям"],
                       ["Многодетным семьям предоставляется ежемесячная денежная выплата.",
                        "Меры социальной поддержки предоставляются семьям с тремя и более детьми.",
                        "Для получения выплаты многодетная семья подаёт заявление в МФЦ.",
                        "Органу социальной защиты населения вести учёт многодетных семей."]),
    "disabled": ({"social"}, ["О мерах по обеспечению доступной среды для инвалидов"],
                 ["Обеспечить условия доступности объектов социальной инфраструктуры для инвалидов.",
                  "Маломобильные группы населения должны иметь беспрепятственный доступ к зданиям.",
                  "Провести паспортизацию объектов с участием общественных организаций инвалидов."]),
    "genplan": ({"land"}, ["О внесении изменений в Генеральный план {place}",
                           "Об утверждении Правил землепользования и застройки {village}"],
                ["Генеральный план определяет функциональные зоны и параметры их развития.",
                 "Правила землепользования и застройки устанавливают градостроительные регламенты.",
                 "Территориальные зоны отображаются на карте градостроительного зонирования.",
                 "Публичные слушания по проекту проводятся в порядке, установленном градостроительным законодательством."]),
    "budget": ({"budget"}, ["О бюджете {place} на {year} год и на плановый период",
                            "Об исполнении бюджета {place} за {year} год"],
               ["Утвердить основные характеристики местного бюджета: общий объём доходов и расходов.",
                "Дефицит бюджета покрывается за счёт остатков средств на счетах.",
                "Бюджетные ассигнования распределяются по разделам бюджетной классификации.",
                "Верхний предел муниципального долга устанавливается в сумме 0 рублей."]),
    "fire": ({"safety"}, ["Об установлении особого противопожарного режима",
                          "О мерах по обеспечению пожарной безопасности в весенне-летний период"],
             ["Запретить разведение костров и выжигание сухой травы.",
              "Организовать патрулирование силами добровольной пожарной охраны.",
              "Обеспечить населённые пункты первичными средствами пожаротушения.",
              "Провести опашку населённых пунктов, граничащих с лесными массивами."]),
    "school": ({"education"}, ["О закреплении муниципальных общеобразовательных организаций за территориями",
                               "Об организации питания обучающихся в общеобразовательных организациях"],
               ["Закрепить общеобразовательные организации за территориями для приёма детей.",
                "Приём обучающихся в первый класс начинается с 1 апреля.",
                "Руководителям образовательных организаций разместить информацию на стендах.",
                "Управлению образования обеспечить контроль за приёмом обучающихся."]),
    "sport": ({"culture"}, ["О проведении спортивных соревнований, посвящённых Дню физкультурника",
                            "Об утверждении календарного плана физкультурных и спортивных мероприятий"],
              ["Провести соревнования по мини-футболу, волейболу и лёгкой атлетике.",
               "Спортивной школе обеспечить судейство соревнований.",
               "Награждение победителей проводится грамотами и медалями.",
               "Физкультурно-спортивные мероприятия проводятся на стадионе."]),
    "awards": ({"personnel"}, ["О награждении Почётной грамотой главы {place}"],
               ["Наградить Почётной грамотой за многолетний добросовестный труд.",
                "Объявить благодарность работникам за высокие показатели.",
                "Вручить благодарственные письма участникам."]),
    "roads": ({"transport"}, ["О временном ограничении движения транспортных средств по автомобильным дорогам",
                              "Об утверждении перечня автомобильных дорог общего пользования местного значения"],
              ["Ввести временное ограничение движения транспортных средств в весенний период.",
               "Содержание автомобильных дорог осуществляется за счёт дорожного фонда.",
               "Установить дорожные знаки и организовать объезд."]),
    "hearings": ({"lsg"}, ["О назначении публичных слушаний по проекту решения о внесении изменений в Устав {place}"],
                 ["Назначить публичные слушания по проекту решения о внесении изменений в Устав муниципального образования.",
                  "Предложения граждан принимаются в письменной форме.",
                  "Итоги публичных слушаний подлежат официальному опубликованию."]),
    "waste": ({"environment"}, ["О ликвидации несанкционированных свалок на территории {place}"],
              ["Выявить места несанкционированного размещения отходов.",
               "Региональному оператору по обращению с твёрдыми коммунальными отходами обеспечить вывоз.",
               "Контейнерные площадки оборудовать ограждением."]),
    "employment": ({"labor"}, ["Об организации временного трудоустройства несовершеннолетних граждан"],
                   ["Организовать временное трудоустройство несовершеннолетних в летний период.",
                    "Центру занятости населения оказать содействие в подборе рабочих мест.",
                    "Работодатели заключают с несовершеннолетними срочные трудовые договоры."]),
}
VILLAGES = ["с. Торбеево", "р.п. Белые Берега", "д. Ивановка", "пос. Лесной", "с. Покровское"]


def generate_fund(n: int, seed: int = 20240521) -> list[tuple[str, str, set[str]]]:
    """``n`` (title, text, expected top-level codes) records of ~600 words each."""
    rng = random.Random(seed)
    topics = list(TOPICS.values())
    out = []
    for i in range(n):
        codes, titles, sentences = topics[i % len(topics)]
        place = rng.choice(PLACES)
        fill = {"place": place, "village": rng.choice(VILLAGES), "year": rng.randint(2015, 2025),
                "kind_l": "постановление", "kind_g": "постановления"}
        title = rng.choice(titles).format(**fill)
        kind = rng.choice(KINDS)
        parts = [rng.choice(BODIES).format(**fill).upper(), kind,
                 f"от {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{fill['year']} № {rng.randint(1, 4000)}-п",
                 title, rng.choice(PREAMBLES).format(**fill) + ", ПОСТАНОВЛЯЮ:"]
        words = sum(len(p.split()) for p in parts)
        k = 1
        while words < 560:
            s = rng.choice(sentences if rng.random() < 0.45 else FILLER)
            parts.append(f"{k}. {s}")
            words += len(s.split())
            k += 1
        for c in CLOSINGS:
            parts.append(f"{k}. " + c.format(**fill))
            k += 1
        parts.append(f"Глава {place} И.И. Иванов")
        out.append((title, "\n\n".join(parts), codes))
    return out


def speed(scheme: Scheme, n: int = 10_000) -> tuple[float, float, Score]:
    fund = generate_fund(n)
    words = sum(len(t.split()) for _, t, _ in fund) / n
    score = Score()
    t0 = time.perf_counter()
    for i, (title, text, codes) in enumerate(fund):
        got = top_codes(scheme, title, text)
        score.add(f"gen{i}", codes, got)
    dt = time.perf_counter() - t0
    return n / dt, words, score


def evaluate_fund(scheme: Scheme, home: Path) -> Score:
    """Score the first record of every gold file found in an imported fund."""
    import sqlite3
    con = sqlite3.connect(f"file:{home / 'catalog.sqlite'}?mode=ro", uri=True)
    recs = {}
    for name, data in con.execute(
            "SELECT f.file_name, r.data FROM records r JOIN files f ON f.sha256 = r.sha256 "
            "WHERE r.seq = 1"):
        recs.setdefault(name, json.loads(data))
    con.close()
    score = Score()
    for g in load_gold():
        r = recs.get(g["file"])
        if r is None:
            continue
        score.add(g["file"], set(g["rubrics"]), top_codes(scheme, r.get("title"), r.get("text") or ""))
    return score


def main(argv: list[str]) -> int:
    scheme = load_scheme(ROOT / "rubrics.yaml")
    what = argv[0] if argv else "all"
    if what in ("all", "sets"):
        import argparse
        ap = argparse.ArgumentParser(prog="bench/rubrics.py sets")
        ap.add_argument("--misses", default="", help="sets whose misses to print: realdocs,odd")
        ap.add_argument("--reread", action="store_true", help="read (and OCR) every file again")
        ap.add_argument("--no-ocr", action="store_true", help="read in place without OCR, no cache (as the tests do)")
        ap.add_argument("--json", type=Path, help="write the figures here")
        ap.add_argument("--scheme", type=Path, help="another rubrics.yaml (e.g. an older one, to compare)")
        ap.add_argument("--only", default="realdocs,odd,even",
                        help="sets to read (tuning: realdocs,odd; the even half is the lead's)")
        ap.add_argument("--heldout", type=Path, action="append", default=[],
                        help="an independent sample: DIR/cases.jsonl (repeat for several; each is"
                             " named after its folder)")
        ap.add_argument("--per-rubric", default="",
                        help="sets whose precision/recall/F1 per top-level rubric to print (no misses)")
        a = ap.parse_args(argv[1:] if what == "sets" else [])
        chosen = load_scheme(a.scheme) if a.scheme else scheme
        only = tuple(x for x in a.only.split(",") if x)
        res = evaluate_sets(chosen, a.reread, not a.no_ocr, only)
        for folder in a.heldout:
            res["heldout" if len(a.heldout) == 1 else folder.name] = evaluate_heldout(chosen, folder)
        print_sets(res, {m for m in a.misses.split(",") if m})
        for name in (m for m in a.per_rubric.split(",") if m):
            if name in res:
                print()
                print(res[name]["score"].per_rubric(name))
        if a.json:
            a.json.write_text(json.dumps({k: {"all": v["score"].summary(), "rules": v["rules"].summary(),
                                              "gold_title": v["gold_title"].summary(),
                                              "ocr": v["ocr"].summary(),
                                              "unread": v["unread"]} for k, v in res.items()},
                                         ensure_ascii=False, indent=2), encoding="utf-8")
        print()
        if what == "sets":
            return 0
    if what == "quality":
        on_files, on_titles = evaluate(scheme)
        print(on_files.table("Gold files read by ingest.formats (+requisites title)"))
        print()
        print(on_titles.table("Gold titles alone"))
        print()
    if what == "fund":
        home = Path(argv[1]) if len(argv) > 1 else ROOT / "bench" / "out" / "search_quality" / "fund"
        print(evaluate_fund(scheme, home).table(f"Gold files in the fund {home}"))
        return 0
    if what in ("all", "speed"):
        n = int(argv[1]) if len(argv) > 1 else 10_000
        rate, words, score = speed(scheme, n)
        p, r, f = score.prf()
        print(f"Speed: {n} generated records, {words:.0f} words each: {rate:.0f} records/s "
              f"(cold cache)   [generated-fund micro-F1 {f:.3f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
