"""Bench: what press dossiers cost an import, and their export.

    .venv/bin/python bench/dossiers.py [--n 1000] [--dossiers 10] [--batch 50]

A fund of ``n`` generated records (bench/lists.py's realistic parts, each
with a page of text) is indexed; ``dossiers`` dossiers are created from
words and filters of those records; then a batch of ``batch`` more records
arrives and the index sync takes it in — the time the dossiers add to that
sync (``follow_changes``: every dossier's query on the batch's day) is
reported, with the time to export the largest dossier as DOCX and HTML.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lists import make_records  # noqa: E402  (bench/lists.py)

from ingest.fund import Fund, StoredFile  # noqa: E402
from search.dossier import create, follow_changes, get, members  # noqa: E402
from search.dossier.export import compile_dossier, render_dossier  # noqa: E402
from search.query import Query  # noqa: E402
from search.sync import sync_index  # noqa: E402

TEXT = ("Администрация постановляет: утвердить прилагаемый порядок, опубликовать настоящее "
        "постановление в газете и разместить на официальном сайте. ") * 12
QUERIES = [Query(text="кладбищ"), Query(text="ярмарок"), Query(text="бюджете"),
           Query(text="многодетных семей"), Query(text="культуры"), Query(text="полномочий"),
           Query(rubric=["housing"]), Query(kind=["публикация"]), Query(text="положения", kind=["постановление"]),
           Query(text="программы", rubric=["culture"]), Query(text="кладбищ OR ярмарок"),
           Query(rubric=["social"], level="municipal")]


def _write(fund: Fund, records) -> None:
    with fund.transaction() as db:
        for r in records:
            fund.write_file(db, StoredFile(r.source.sha256, r.source.file_name, r.source.media_type,
                                           1, None, "read", None, r.received_at, None, None, None))
            fund.write_record(db, r, 1, None)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--dossiers", type=int, default=10)
    ap.add_argument("--batch", type=int, default=50)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-dossiers-"))
    try:
        recs, _urls = make_records(args.n + args.batch)
        recs = [replace(r, text=TEXT) for r in recs]
        first, later = recs[:args.n], recs[args.n:]
        later = [replace(r, received_at="2026-12-01T10:00:00+00:00") for r in later]
        fund = Fund(root / "fund")
        _write(fund, first)
        t = time.perf_counter()
        sync_index(fund)
        print(f"index of {args.n} records: {time.perf_counter() - t:.1f} s")
        for i in range(args.dossiers):
            create(fund, f"Досье {i + 1}", QUERIES[i % len(QUERIES)])
        _write(fund, later)
        queue = [fund.get_record(rid) for rid, _op in fund.index_queue()]
        follow_changes(fund, queue[:1])   # warm: the index opened, the analyser loaded
        t = time.perf_counter()
        sync_index(fund)                  # the hook runs in here
        whole = time.perf_counter() - t
        t = time.perf_counter()
        follow_changes(fund, queue)       # again, now with nothing new: the queries alone
        alone = time.perf_counter() - t
        entered = fund.db.execute("SELECT count(*) FROM dossier_members WHERE seen IS NULL").fetchone()[0]
        print(f"batch of {args.batch}: index sync with {args.dossiers} dossiers {whole:.2f} s "
              f"({entered} entered dossiers as new), of which the dossiers' queries about {alone:.2f} s")
        sizes = []
        for i in range(args.dossiers):
            sizes.append((len(members(fund, get(fund, f"Досье {i + 1}"))), f"Досье {i + 1}"))
        n, name = max(sizes)
        for fmt in ("docx", "html"):
            t = time.perf_counter()
            data = render_dossier(compile_dossier(fund, name), fmt)
            print(f"export of the largest dossier ({n} materials) as {fmt}: "
                  f"{time.perf_counter() - t:.2f} s, {len(data) // 1024} KB")
        fund.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
