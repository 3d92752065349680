"""Search performance on a generated fund, with SQLite FTS5 as the baseline.

    .venv/bin/python bench/search.py --n 10000 [--procs 2] [--queries 40]
        [--ablate] [--keep DIR] [--reuse DIR]

Generates N realistic records (deterministic seed; ~600 words of Russian
legal text each, varied kinds/numbers/dates/bodies/rubrics), builds the
Whoosh index (search.index.rebuild) and an FTS5 table on the same data,
then runs a fixed mix of query classes (1 word, 2–3 words, phrase,
requisite, filtered, faceted; snippets for the top 10) and prints
p50/p95 per class for both, build rate, index size and resident memory.
``--ablate`` also measures the design choices one by one (searcher closed
after each query, filter cache off, scoring through Whoosh's matcher tree
instead of the engine's block scorer, with and without its top-N, facets
through Whoosh's groupedby). Resident memory is VmRSS: the index segments
are memory-mapped, so it includes the index pages the mix touched.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.records import Publication, Record, Rubric, Source  # noqa: E402

# --- the generated fund --------------------------------------------------------------

KINDS = [("постановление", 50, "п"), ("распоряжение", 20, "р"), ("решение", 15, ""),
         ("приказ", 10, "од"), ("закон", 2, "ОЗ"), ("положение", 2, ""), ("протокол", 1, "")]
PLACES = ["Андроповского", "Рыбинского", "Брянского", "Кировского", "Тюменского", "Торбеевского",
          "Фокинского", "Октябрьского", "Советского", "Заречного", "Приморского", "Лесного"]
BODY_T = ["Администрация {p} муниципального округа", "Совет депутатов {p} сельского поселения",
          "Дума {p} муниципального района", "Глава {p} городского поселения",
          "Управление образования администрации {p} района", "Финансовое управление {p} района"]
TOPICS = {
    "business": ("ярмарка торговля предприниматель торговый место продажа товар павильон "
                 "нестационарный объект схема размещение базар рынок продукция"),
    "housing": ("кладбище погребение захоронение ритуальный услуга благоустройство двор "
                "территория содержание жилой помещение дом ремонт капитальный"),
    "elections": ("выборы избирательный участок комиссия депутат голосование кандидат "
                  "бюллетень референдум округ список избиратель"),
    "education": ("школа образование учреждение обучающийся педагог детский сад "
                  "дополнительный программа учебный спортивный секция"),
    "budget": ("бюджет финансирование расход доход субсидия ассигнование смета "
               "казначейский дефицит межбюджетный трансферт заимствование"),
    "social": ("социальный поддержка инвалид семья ребенок пенсионер выплата пособие "
               "компенсация малоимущий многодетный помощь"),
    "land": ("земельный участок аренда кадастровый генеральный план застройка "
             "градостроительный межевание территориальный зона"),
    "safety": ("пожарный безопасность чрезвычайный ситуация гражданский оборона "
               "паводок эвакуация оповещение населения учение"),
    "transport": ("автомобильный дорога маршрут перевозка пассажир остановка "
                  "транспорт движение ремонт мост тротуар"),
    "culture": ("культура библиотека клуб праздник мероприятие фестиваль музей "
                "творческий коллектив концерт выставка"),
    "personnel": ("должность назначение увольнение служащий отпуск кадровый "
                  "аттестация резерв стаж оклад"),
    "environment": ("экология отходы озеленение дерево вырубка мусор свалка "
                    "природный охрана воздух водоем"),
}
SUBRUBRICS = {"social": ["social.disabled", "social.family"], "education": ["education.school"],
              "housing": ["housing.funeral"], "budget": ["budget.programs"]}
FILLER = ("в соответствии с федеральным законом об общих принципах организации местного "
          "самоуправления в Российской Федерации руководствуясь уставом муниципального "
          "образования администрация постановляет утвердить прилагаемый порядок настоящее "
          "постановление вступает в силу со дня его официального опубликования контроль за "
          "исполнением возложить на заместителя главы администрации обеспечить исполнение "
          "в установленном порядке сведения разместить на официальном сайте в сети интернет "
          "признать утратившим силу внести следующие изменения пункт подпункт статья "
          "приложение изложить в новой редакции согласно приложению к настоящему решению "
          "финансовому управлению предусмотреть средства на реализацию мероприятий").split()

_MORPH = None


def _forms(lemma_word: str) -> list[str]:
    """Some inflected forms of a word (so the fund is morphologically real)."""
    global _MORPH
    if _MORPH is None:
        import pymorphy3
        _MORPH = pymorphy3.MorphAnalyzer()
    p = _MORPH.parse(lemma_word)[0]
    out = []
    for case in ("nomn", "gent", "datv", "accs", "ablt", "loct"):
        for num in ("sing", "plur"):
            f = p.inflect({case, num})
            if f and f.word not in out:
                out.append(f.word)
    return out or [lemma_word]


class Fund:
    """A deterministic generator of N records plus the query mix over them."""

    def __init__(self, n: int, seed: int = 20240312):
        self.n = n
        self.seed = seed
        rnd = random.Random(seed)
        self.topic_forms = {t: [_forms(w) for w in ws.split()] for t, ws in TOPICS.items()}
        # a long tail: surnames, street and village names (rare words)
        syll = "ба ве ри ко ло ми на по ра со ту фе ха це ша ель ин ов ск ам ор".split()
        self.rare = ["".join(rnd.choice(syll) for _ in range(rnd.randint(2, 4))) + rnd.choice(
            ["ов", "ино", "ская", "ный", "ево", "ка"]) for _ in range(30000)]
        self.bodies = [BODY_T[i % len(BODY_T)].format(p=PLACES[(i * 7) % len(PLACES)])
                       + (f" {i}" if i >= len(BODY_T) * len(PLACES) else "")
                       for i in range(200)]

    def record(self, i: int) -> Record:
        rnd = random.Random(self.seed * 1_000_003 + i)
        kind, _, suffix = rnd.choices(KINDS, weights=[k[1] for k in KINDS])[0]
        num = str(rnd.randint(1, 4999)) + (f"-{suffix}" if suffix and rnd.random() < 0.7 else "")
        if rnd.random() < 0.05:
            num = f"{rnd.randint(1, 60)}/{rnd.randint(1, 20)}"
        y = rnd.randint(2000, 2025)
        date = f"{y}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        topics = rnd.sample(list(TOPICS), k=rnd.choice([1, 1, 2]))
        rubrics = []
        for t in topics:
            rubrics.append(t)
            if t in SUBRUBRICS and rnd.random() < 0.5:
                rubrics.append(rnd.choice(SUBRUBRICS[t]))
        words = []
        tf = self.topic_forms[topics[0]]
        title = "Об утверждении " + " ".join(rnd.choice(rnd.choice(tf)) for _ in range(rnd.randint(3, 8)))
        while len(words) < 600:
            r = rnd.random()
            if r < 0.45:
                words.extend(FILLER[j] for j in range(rnd.randrange(len(FILLER) - 6), len(FILLER))[:rnd.randint(3, 6)])
            elif r < 0.85:
                tf = self.topic_forms[rnd.choice(topics)]
                words.extend(rnd.choice(rnd.choice(tf)) for _ in range(rnd.randint(2, 5)))
            elif r < 0.95:
                words.append(self.rare[int(rnd.paretovariate(1.2)) % len(self.rare)])
            else:
                words.append(f"№ {rnd.randint(1, 4999)}-п от {rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(2000, 2025)}")
            if rnd.random() < 0.12:
                words[-1] += "."
        text = " ".join(words)
        body = self.bodies[int(rnd.paretovariate(0.8)) % len(self.bodies)]
        return Record(
            id=f"g{i:07d}", source=Source(f"act_{i}.pdf", f"{i:064x}", "application/pdf", 3),
            received_at=f"{min(y + 1, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T09:00:00Z",
            kind=kind, number=num, date=date, body=body,
            level=rnd.choice(["municipal"] * 8 + ["regional", "federal"]), title=title,
            publication=Publication(name=rnd.choice(["Призыв", "Вестник", "Знамя"]), issue="1",
                                    date=date, page="2") if rnd.random() < 0.3 else None,
            rubrics=tuple(Rubric(c, c) for c in rubrics), text=text, warnings=())

    def records(self):
        for i in range(self.n):
            yield self.record(i)

    def queries(self, per_class: int, seed: int = 7):
        """The fixed mix: (class, query dict) pairs, distinct queries."""
        from search.query import Query
        rnd = random.Random(seed)
        out = []
        topics = list(TOPICS)
        for k in range(per_class):
            t = rnd.choice(topics)
            tf = self.topic_forms[t]
            out.append(("1 word", Query(text=rnd.choice(rnd.choice(tf)), facets=False)))
            ws = " ".join(rnd.choice(rnd.choice(tf)) for _ in range(rnd.randint(2, 3)))
            out.append(("2-3 words", Query(text=ws, facets=False)))
            r = self.record(rnd.randrange(self.n))
            tw = r.text.split()
            j = rnd.randrange(len(tw) - 3)
            out.append(("phrase", Query(text='"' + " ".join(tw[j:j + rnd.randint(2, 3)]).strip(".") + '"',
                                        facets=False)))
            r = self.record(rnd.randrange(self.n))
            d = r.date.split("-")
            form = rnd.choice(["{k} № {n}", "{k} {n} от {d}", "№ {n}", "{k} от {d} № {n}"])
            out.append(("requisite", Query(text=form.format(k=r.kind, n=r.number,
                                                            d=f"{d[2]}.{d[1]}.{d[0]}"), facets=False)))
            y = rnd.randint(2005, 2024)
            out.append(("filtered", Query(text=rnd.choice(rnd.choice(tf)),
                                          kind=[rnd.choice(KINDS[:4])[0]],
                                          date_from=f"{y}-01-01", date_to=f"{y + 2}-12-31",
                                          rubric=[t], facets=False)))
            out.append(("faceted", Query(text=rnd.choice(rnd.choice(tf)), facets=True)))
        return out


# --- FTS5 baseline ------------------------------------------------------------------

def fts_build(path: Path, fund: Fund) -> float:
    db = sqlite3.connect(path)
    db.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT, kind TEXT, number TEXT,
                          date TEXT, year TEXT, body TEXT, rubrics TEXT);
        CREATE TABLE rub(rowid INTEGER, code TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(title, text, tokenize='unicode61');
    """)
    t = time.perf_counter()
    for i, r in enumerate(fund.records()):
        db.execute("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?)",
                   (i, r.id, r.kind, r.number, r.date, r.date[:4], r.body,
                    ",".join(x.code for x in r.rubrics)))
        db.executemany("INSERT INTO rub VALUES (?,?)", [(i, x.code) for x in r.rubrics])
        db.execute("INSERT INTO fts(rowid, title, text) VALUES (?,?,?)", (i, r.title, r.text))
    db.execute("CREATE INDEX rub_code ON rub(code, rowid)")
    db.execute("CREATE INDEX docs_num ON docs(number)")
    db.commit()
    db.close()
    return time.perf_counter() - t


def fts_query(db, q) -> int:
    """The same query classes, the plain FTS5 way (no morphology)."""
    import re
    text = q.text
    where, args = [], []
    m = re.search(r"№\s*(\S+)", text)
    if m:  # requisite: exact number lookup then text
        rows = db.execute("SELECT rowid FROM docs WHERE number=? LIMIT 10", (m.group(1),)).fetchall()
        return len(rows)
    words = re.findall(r"[^\W_]+", text)
    if not words:
        return 0
    if text.startswith('"'):
        match = '"' + " ".join(words) + '"'
    else:
        match = " ".join(words)
    sql = ("SELECT fts.rowid, snippet(fts, 1, '[[', ']]', '…', 24) FROM fts JOIN docs ON "
           "docs.rowid=fts.rowid WHERE fts MATCH ?")
    args = [match]
    if q.kind:
        sql += " AND docs.kind=?"
        args.append(q.kind[0])
    if q.date_from:
        sql += " AND docs.date BETWEEN ? AND ?"
        args += [q.date_from, q.date_to]
    if q.rubric:
        sql += " AND docs.rubrics LIKE ?"
        args.append(f"%{q.rubric[0]}%")
    rows = db.execute(sql + " ORDER BY rank LIMIT 10", args).fetchall()
    total = db.execute("SELECT count(*) FROM (" + sql.replace(
        "fts.rowid, snippet(fts, 1, '[[', ']]', '…', 24)", "fts.rowid") + ")", args).fetchone()[0]
    if q.facets:
        base = "SELECT fts.rowid FROM fts WHERE fts MATCH ?"
        for col in ("kind", "year", "body"):
            db.execute(f"SELECT {col}, count(*) FROM docs WHERE rowid IN ({base}) GROUP BY {col}",
                       [match]).fetchall()
        db.execute(f"SELECT code, count(*) FROM rub WHERE rowid IN ({base}) GROUP BY code",
                   [match]).fetchall()
    return total


# --- measuring ----------------------------------------------------------------------

def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def rss_parts() -> tuple[float, float]:
    """(anonymous, file-backed) resident MB."""
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("RssAnon:", "RssFile:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    return out.get("RssAnon", 0.0), out.get("RssFile", 0.0)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run_mix(fn, mix, warm=5):
    for _, q in mix[:warm]:
        fn(q)
    by = {}
    for cls, q in mix:
        t = time.perf_counter()
        fn(q)
        by.setdefault(cls, []).append((time.perf_counter() - t) * 1000)
    allv = [v for vs in by.values() for v in vs]
    by["ALL"] = allv
    return by


def table(title, by):
    print(f"\n{title}")
    print(f"{'class':<12}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for cls, vs in by.items():
        print(f"{cls:<12}{len(vs):>5}{pct(vs, 50):>10.1f}{pct(vs, 95):>10.1f}{max(vs):>10.1f}")


def dir_size(d: Path) -> int:
    return sum(f.stat().st_size for f in Path(d).rglob("*") if f.is_file())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--queries", type=int, default=40, help="queries per class")
    ap.add_argument("--ablate", action="store_true")
    ap.add_argument("--no-fts", action="store_true")
    ap.add_argument("--keep", help="build into this directory and keep it")
    ap.add_argument("--reuse", help="skip the build, use this existing bench directory")
    a = ap.parse_args(argv)

    from search import index as ix
    from search.query import search

    fund = Fund(a.n)
    work = Path(a.reuse or a.keep or tempfile.mkdtemp(prefix="actdesk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    idx = work / "index"
    print(f"fund: {a.n} records, seed {fund.seed}; dir {work}")
    if not a.reuse:
        t = time.perf_counter()
        sample = [fund.record(i) for i in range(min(a.n, 2000))]
        gen_s = (time.perf_counter() - t) / len(sample) * a.n
        words = statistics.mean(len(r.text.split()) for r in sample)
        print(f"generation alone: ~{gen_s:.0f} s for the fund ({words:.0f} words/record)")
        t = time.perf_counter()
        n = ix.rebuild(idx, fund.records(), procs=a.procs,
                       progress=lambda k: print(f"  indexed {k}", end="\r", flush=True)
                       if k % 10000 == 0 else None)
        dt = time.perf_counter() - t
        print(f"whoosh build: {n} records in {dt:.0f} s = {n / dt:.0f} rec/s "
              f"(procs={a.procs}, generation included), size {dir_size(idx) / 1e6:.0f} MB, "
              f"{ix.stats(idx)['segments']} segments")
        if not a.no_fts:
            fts = work / "fts.sqlite"
            if fts.exists():
                fts.unlink()
            dt = fts_build(fts, fund)
            print(f"fts5 build: {a.n / dt:.0f} rec/s, size {fts.stat().st_size / 1e6:.0f} MB")
    mix = fund.queries(a.queries)
    rss0 = rss_mb()
    by = run_mix(lambda q: search(idx, q), mix)
    table("whoosh (searcher kept open, block scoring of matches, cached filters, "
          "pair shingles, bitset facets)", by)
    rss1 = rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    anon, fil = rss_parts()
    print(f"resident memory: {rss1:.0f} MB after the mix (before {rss0:.0f} MB, peak {peak:.0f} MB; "
          f"{anon:.0f} MB heap, {fil:.0f} MB mapped index pages); load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if not a.no_fts and (work / "fts.sqlite").exists():
        db = sqlite3.connect(work / "fts.sqlite")
        table("sqlite fts5 (unicode61, no morphology; GROUP BY facets)",
              run_mix(lambda q: fts_query(db, q), mix))
    if a.ablate:
        ablate(idx, mix)


def ablate(idx, mix):
    from search import index as ix
    from search.query import search
    E = ix.Engine

    def closed(q):
        ix.close_engines()
        return search(idx, q)
    table("ablation: searcher opened per query", run_mix(closed, mix[:60]))
    old = E.FILTER_CACHE
    E.FILTER_CACHE = 0
    table("ablation: no filter cache", run_mix(lambda q: search(idx, q),
                                               [m for m in mix if m[0] == "filtered"]))
    E.FILTER_CACHE = old
    E.SCORER = "whoosh"
    table("ablation: Whoosh's matcher tree scores (its top-N block skipping)",
          run_mix(lambda q: search(idx, q), mix))
    E.SCORE_ALL = True
    table("ablation: Whoosh's matcher tree scoring every match (no top-N)",
          run_mix(lambda q: search(idx, q), mix))
    E.SCORE_ALL = False
    E.SCORER = "own"
    E.FACETS = "groupedby"
    table("ablation: facets through whoosh groupedby",
          run_mix(lambda q: search(idx, q), [m for m in mix if m[0] == "faceted"]))
    E.FACETS = "bitset"


if __name__ == "__main__":
    main()
