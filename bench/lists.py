"""Bench: a bibliographic list of 1,000 records rendered in every format.

    .venv/bin/python bench/lists.py [--n 1000] [--repeat 3] [--out DIR]

Records are generated from realistic parts (bodies in capitals and in mixed
case, every kind, newspaper publications, articles, HTML originals with a
URL), so the morphology (genitive of bodies, sentence case of titles) is
exercised with a realistic share of distinct bodies. Reports the time to
build the list (descriptions, grouping, ordering) and to render each format;
the target is the whole thing within 2 s. The first build pays the
dictionary load of pymorphy3 and is reported separately ("cold").
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.records import Publication, Record, Rubric, Source  # noqa: E402
from search import render  # noqa: E402
from search.lists import build_list  # noqa: E402

BODIES = [
    "Брянская городская администрация", "БРЯНСКАЯ ГОРОДСКАЯ АДМИНИСТРАЦИЯ",
    "Администрация Рыбинского муниципального района", "ТЮМЕНСКАЯ ГОРОДСКАЯ ДУМА",
    "СОВЕТ ДЕПУТАТОВ КРАСНОПОЛЬСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ ТОРБЕЕВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА "
    "РЕСПУБЛИКИ МОРДОВИЯ", "ФЕДЕРАЛЬНАЯ СЛУЖБА ПО ТЕХНИЧЕСКОМУ И ЭКСПОРТНОМУ КОНТРОЛЮ",
    "Правительство Российской Федерации", "ПРАВИТЕЛЬСТВО БРЯНСКОЙ ОБЛАСТИ",
    "Губернатор Брянской области", "Глава города Брянска", "Президент Российской Федерации",
    "Министерство науки и высшего образования Российской Федерации",
    "Государственный комитет Республики Башкортостан по строительству и архитектуре",
]
KINDS = ["постановление", "распоряжение", "решение", "приказ", "указ", "закон", "устав",
         "положение", None, "публикация"]
TITLES = [
    "ОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ О ПОРЯДКЕ СОДЕРЖАНИЯ КЛАДБИЩ В ГОРОДЕ БРЯНСКЕ",
    "О внесении изменений в постановление от 08.09.2004 N 3077-п \"Об утверждении положения\"",
    "Об организации и проведении специализированных ярмарок МУСП по ВПД г. Брянска",
    "О ПЕРЕДАЧЕ ОСУЩЕСТВЛЕНИЯ ЧАСТИ ПОЛНОМОЧИЙ КРАСНОПОЛЬСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ",
    "О бюджете на 2024 год и на плановый период 2025 и 2026 годов",
    "О мерах социальной поддержки многодетных семей",
    "Об утверждении муниципальной программы «Развитие культуры» на 2024–2030 годы",
]
RUBRICS = ["lsg", "social", "budget", "economy", "housing", "land", "education", "culture", "law"]
PAPERS = ["Призыв", "Брянск", "Российская газета", "Собрание законодательства Российской Федерации"]


def make_records(n: int, seed: int = 1) -> tuple[list[Record], dict[str, str]]:
    rnd = random.Random(seed)
    recs, urls = [], {}
    for i in range(n):
        kind = rnd.choice(KINDS)
        y, m, d = rnd.randint(1996, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
        iso = f"{y:04d}-{m:02d}-{d:02d}"
        body = "Иванова А. В." if kind == "публикация" else rnd.choice(BODIES)
        pub = None
        if kind == "публикация" or rnd.random() < 0.3:
            pub = Publication(rnd.choice(PAPERS), str(rnd.randint(1, 99)), iso, str(rnd.randint(1, 12)))
        media = "text/html" if rnd.random() < 0.15 else "application/pdf"
        rid = f"{i:012x}-1"
        if media == "text/html":
            urls[rid] = f"https://example.ru/docs/{i}"
        title = rnd.choice(TITLES) + f" (№ {i})"
        top = rnd.choice(RUBRICS)
        recs.append(Record(
            id=rid, source=Source(f"{i}.pdf", f"{i:064x}", media, 1),
            received_at="2026-11-20T10:00:00+00:00", kind=kind,
            number=f"{rnd.randint(1, 5000)}-п" if kind not in (None, "публикация") else None,
            date=iso, body=body, level=rnd.choice(["federal", "regional", "municipal"]),
            title=title, publication=pub, rubrics=(Rubric(top, top.title()),), text="",
            warnings=()))
    return recs, urls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, help="also write the files here")
    a = ap.parse_args()
    recs, urls = make_records(a.n)

    t0 = time.perf_counter()
    build_list(recs[:50], title="warm-up", urls=urls)
    cold = time.perf_counter() - t0

    best: dict[str, float] = {}
    sizes: dict[str, int] = {}
    for _ in range(a.repeat):
        from search import biblio
        biblio.genitive.cache_clear()   # descriptions are recomputed each round
        biblio._is_proper.cache_clear()
        t0 = time.perf_counter()
        bl = build_list(recs, title="Библиографический список", period="1996–2025 гг.",
                        group_by="rubric", order="legal-force", urls=urls)
        best["build"] = min(best.get("build", 1e9), time.perf_counter() - t0)
        for fmt in render.FORMATS:
            t0 = time.perf_counter()
            data = render.render(bl, fmt)
            best[fmt] = min(best.get(fmt, 1e9), time.perf_counter() - t0)
            sizes[fmt] = len(data)
            if a.out:
                a.out.mkdir(parents=True, exist_ok=True)
                render.write_bytes(a.out / f"list.{render.EXT[fmt]}", data)
    total = sum(best.values())
    print(f"records: {a.n}; cold start (dictionary load + 50 records): {cold * 1000:.0f} ms")
    print(f"{'step':<8}{'best of ' + str(a.repeat):>14}{'bytes':>12}")
    for k, v in best.items():
        print(f"{k:<8}{v * 1000:>11.0f} ms{sizes.get(k, 0):>12,}")
    print(f"{'total':<8}{total * 1000:>11.0f} ms   (target: 2000 ms) "
          f"{'OK' if total < 2.0 else 'OVER'}")


if __name__ == "__main__":
    main()
