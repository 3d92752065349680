"""Bench: RUSMARC records of the whole demo fund and of 1,000 generated
records, each file read back by pymarc (field for field identical) and by
yaz-marcdump (no complaint, the same fields), with the time per 1,000.

    .venv/bin/python bench/marc.py [--n 1000] [--fund DIR] [--out DIR]

The demo fund is corpus/files imported into a temporary fund (OCR off)
unless --fund names one. Generated records are bench/lists.py's (every kind,
bodies in capitals, newspaper publications, articles), with a text, links,
a repealed status and handwritten requisites added to some, and a few
characters outside Windows-1251.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.records import Record  # noqa: E402

TEXTS = [
    "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах "
    "организации местного самоуправления в Российской Федерации», Уставом Заречного "
    "муниципального округа администрация постановляет:\n\n1. Утвердить Положение (приложение).\n\n"
    "2. Контроль за исполнением настоящего постановления оставляю за собой.",
    "В целях обеспечения безопасности дорожного движения в зимний период на территории "
    "г. Заречного:\n\n1. Начальнику отдела ЖКХ Петрову П. П. организовать уборку снега.\n\n"
    "2. Распоряжение вступает в силу со дня подписания.",
    "На ярмарке «Café Zarechny» выступили ансамбли ✓ из Заречного; гости — жители округа.",
]


def generate(n: int, seed: int = 7) -> list[Record]:
    """``n`` records in the house style, with everything the export maps."""
    from bench.lists import make_records   # never bench/ itself on sys.path: its ingest.py would shadow the package
    recs, _urls = make_records(n, seed)
    rnd = random.Random(seed)
    out = []
    for i, rec in enumerate(recs):
        more: dict = {"text": f"{rec.title}\n\n{rnd.choice(TEXTS)}"}
        if rnd.random() < 0.2:
            more["amends"] = (f"постановление администрации Заречного муниципального округа "
                              f"от 10.01.2023 № {i}-п «О ярмарках»",)
        if rnd.random() < 0.1:
            more["status"] = {"state": "repealed", "since": "2025-01-01",
                              "repealed_by": f"постановление от 20.12.2024 № {i}-п"}
        if rnd.random() < 0.1:
            more["warnings"] = ("handwritten_requisites",)
            more["handwritten"] = {"date": rec.date, "number": rec.number, "number_digits": None}
        out.append(replace(rec, **more))
    return out


def yaz_command(path: Path, fmt: str, encoding: str) -> list[str]:
    """yaz-marcdump reading ``path`` and writing MARCXML in UTF-8."""
    if fmt == "marcxml":
        return ["yaz-marcdump", "-i", "marcxml", "-o", "marcxml", str(path)]
    return ["yaz-marcdump", "-i", "marc", "-o", "marcxml",
            "-f", "windows-1251" if encoding == "cp1251" else "utf-8", "-t", "utf-8", str(path)]


def check(records, fmt: str, encoding: str, out_dir: Path) -> tuple[float, int, int]:
    """Write, read back with pymarc and yaz: (seconds to write, bytes, bad records)."""
    from search.rusmarc.serialize import fields_of, read, write
    t0 = time.perf_counter()
    data = write(records, fmt, encoding)
    spent = time.perf_counter() - t0
    path = out_dir / f"records.{encoding}.{'xml' if fmt == 'marcxml' else 'iso'}"
    path.write_bytes(data)
    want = [fields_of(m) for m in records]
    back = [fields_of(m) for m in read(data, fmt, encoding)]
    bad = sum(1 for a, b in zip(want, back) if a != b) + abs(len(want) - len(back))
    p = subprocess.run(yaz_command(path, fmt, encoding), capture_output=True)
    if p.returncode or p.stderr:
        print(f"  yaz-marcdump {path.name}: {p.stderr.decode(errors='replace')[:300]}")
        bad += len(want)
    else:
        yaz = [fields_of(m)[1:] for m in read(p.stdout, "marcxml")]
        bad += sum(1 for a, b in zip(want, yaz) if a[1:] != b) + abs(len(want) - len(yaz))
    return spent, len(data), bad


def build(records: list[Record], encoding: str, fund=None):
    from search.rusmarc.charset import fit_record
    from search.rusmarc.fields import CHARSET_CP1251, CHARSET_UTF8, Settings, to_marc
    st = Settings(charset=CHARSET_CP1251 if encoding == "cp1251" else CHARSET_UTF8)
    t0 = time.perf_counter()
    out, lost = [], 0
    for rec in records:
        m = to_marc(rec, None, st)
        lost += bool(fit_record(m, encoding))
        out.append(m)
    return out, time.perf_counter() - t0, lost


def demo_fund(tmp: Path) -> Path:
    from ingest.formats import Limits
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from ingest.settings import scheme_path
    from search.sync import sync_index
    home = tmp / "fund"
    fund = Fund(home)
    Batch(fund, jobs=1, scheme_path=scheme_path(home), limits=Limits(ocr=False)).run([ROOT / "corpus" / "files"])
    sync_index(fund)
    fund.close()
    return home


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--fund", type=Path, help="a fund to export (default: the demo fund, imported)")
    ap.add_argument("--out", type=Path, help="keep the files here")
    a = ap.parse_args()
    from ingest.fund import Fund
    from search.rusmarc import export_records
    from search.rusmarc.serialize import read
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = a.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        home = a.fund or demo_fund(Path(tmp))
        fund = Fund(home, create=False)
        try:
            recs = list(fund.iter_records())
            print(f"demo fund {home}: {len(recs)} records")
            fund_dir = out_dir / "fund"
            fund_dir.mkdir(exist_ok=True)
            for fmt in ("iso2709", "marcxml"):
                for enc in ("utf-8", "cp1251"):
                    t0 = time.perf_counter()
                    ex = export_records(fund, recs, fmt, enc, base_url="http://localhost:8080")
                    spent = time.perf_counter() - t0
                    marc = read(ex.data, fmt, enc)
                    _s, _b, bad = check(marc, fmt, enc, fund_dir)
                    print(f"  {fmt:<8} {enc:<7} {ex.count:>5} records  {spent * 1000:7.0f} ms  "
                          f"warnings {len(ex.warnings)}  invalid {bad}")
        finally:
            fund.close()
        gen = generate(a.n)
        t0 = time.perf_counter()
        build(gen[:20], "utf-8")      # loads the morphology and the thesaurus once
        print(f"generated: {a.n} records (cold start: {(time.perf_counter() - t0) * 1000:.0f} ms)")
        for enc in ("utf-8", "cp1251"):
            marc, t_build, lost = build(gen, enc)
            for fmt in ("iso2709", "marcxml"):
                t_write, size, bad = check(marc, fmt, enc, out_dir)
                per = (t_build + t_write) / a.n * 1000
                print(f"  {fmt:<8} {enc:<7} build {t_build * 1000:6.0f} ms + write {t_write * 1000:5.0f} ms"
                      f" = {per * 1000:6.0f} ms per 1,000  {size:>10,} bytes  "
                      f"records with replaced characters {lost}  invalid {bad}")


if __name__ == "__main__":
    main()
