"""Requisites on acts from regions the rules were not written on (realdocs2).

Issue 12's protocol: rules are tuned on realdocs and the odd-numbered files
of ../shared/realdocs2; the even-numbered ones are only measured. Both
halves have floors here, at what the extractor reaches, so a regression on
either fails CI; a gap of more than three points between the halves means a
rule fits files rather than the language of acts (see bench/requisites2.py
for the table and the misses).

Files are read in place, OCR off: a file whose text needs OCR (a scan) is
outside this born-digital measure and is counted by bench/requisites2.py
apart. A file a reader fails on stays in the score as a miss on every field.
"""
from __future__ import annotations

import os

import pytest

from tests.gold import REALDOCS2, load_gold2, readable, same

from ingest.formats import Limits, read  # noqa: E402
from ingest.records import NeedsReader  # noqa: E402
from ingest.requisites import extract_acts, recognised_text  # noqa: E402

FIELDS = ("kind", "number", "date", "body", "title")
# 2026-12 (issue 12), born-digital files and web pages: odd 166/166, even
# 144/166 of the five fields; body odd 31/31, even 23/32; title odd 33/33,
# even 29/35. The even half trails: see the closing note of issue 12 (the
# fourth held-out sample's fixes moved the odd half and no even field).
# After the eighth sample and the rubric samples' heading classes (stop 25),
# measured once: even 152/166, body 26/32, title 31/35; odd unchanged.
FLOORS = {"odd": 1.0, "even": 0.92}
FIELD_FLOORS = {("even", "body"): 0.81, ("even", "title"): 0.91,
                ("odd", "body"): 1.0, ("odd", "title"): 1.0}


@pytest.fixture(scope="module")
def results():
    if not (REALDOCS2 / "gold.jsonl").exists():
        if os.environ.get("CI"):
            pytest.fail(f"{REALDOCS2} is missing: the real documents are read in place")
        pytest.skip(f"{REALDOCS2} not present (the real documents are read in place)")
    out = []
    for g in load_gold2():
        try:
            parsed = read(g["path"], Limits(ocr=False))
        except NeedsReader:
            continue  # an image-only scan waiting for OCR: measured apart
        except Exception as ex:  # a reader failing is a miss, never dropped
            out.append((g, None, f"{type(ex).__name__}: {ex}"))
            continue
        if not readable(parsed.text) or recognised_text(parsed.meta):
            continue  # a scan (or a scanner's OCR layer): measured apart
        out.append((g, extract_acts(parsed.text, dict(parsed.meta))[0], None))
    return out


def _score(results, half, fields=FIELDS):
    hits = total = 0
    misses = []
    for g, a, err in results:
        if g["half"] != half:
            continue
        for f in fields:
            if g.get(f) is None:
                continue
            total += 1
            got = getattr(a, f) if a is not None else None
            if same(f, g[f], got):
                hits += 1
            else:
                misses.append((g["key"], f, got if err is None else err))
    return hits, total, misses


@pytest.mark.parametrize("half", ["odd", "even"])
def test_requisites_floor(results, half):
    hits, total, misses = _score(results, half)
    assert total > 100, f"{half}: only {total} fields measured"
    # the even half is only measured: its misses are not printed, so that
    # nobody tunes on them (bench/requisites2.py --misses even, to report)
    shown = misses if half == "odd" else f"{len(misses)} (not listed)"
    assert hits / total >= FLOORS[half], f"{half}: {hits}/{total}; misses {shown}"


@pytest.mark.parametrize("half, field", sorted(FIELD_FLOORS))
def test_body_and_title_floors(results, half, field):
    hits, total, misses = _score(results, half, (field,))
    shown = misses if half == "odd" else f"{len(misses)} (not listed)"
    assert hits / total >= FIELD_FLOORS[(half, field)], f"{half} {field}: {hits}/{total}; {shown}"
