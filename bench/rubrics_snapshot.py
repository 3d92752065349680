"""A snapshot of everything the Russian morphology decides, to prove a refactoring changed nothing.

    .venv/bin/python bench/rubrics_snapshot.py OUT.jsonl
    cmp /tmp/rub_before.jsonl OUT.jsonl       # byte-identical, or the change changed output

Issue 13 moved the lemma caches, the pymorphy3 analyser and the rubric scorer
into new modules under the rule "identical output": the index stamp
(``search.analysis.MORPHOLOGY``) decides rebuilds, so the analyser's tokens
must not move, and a rubric's score must not move by a thousandth. The
documents are

* the composed corpus (``corpus/files``) imported by the pipeline into a
  temporary fund, OCR off, one process: every record as the import filed it
  (its rubrics and requisites, read with the heading's morphology), its
  ГОСТ description (``search.biblio``: the issuing body in the genitive);
* every gold file of ``realdocs`` and ``realdocs2`` read in place by the
  readers, OCR off (as ``bench/rubrics.py sets --no-ocr``): every act
  ``extract_acts`` finds, and the whole text with no title (the head zone).

Per document one JSON line: the scheme's assignments (code, score, implied,
uncertain, reasons), the review candidates, and the index analyser's tokens
(``RussianAnalyzer``: term, position, offsets) of title and text, with the
index terms and a snippet. Keys are sorted and documents ordered by name, so
two runs of unchanged code give the same bytes.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ACTDESK_CACHE", "off")   # the compiled scheme is built, not read back


def analysed(text: str) -> dict:
    from search import analysis
    toks = [[t.text, t.pos, t.startchar, t.endchar] for t in analysis.RussianAnalyzer()(text or "")]
    terms, prim = analysis.index_terms(text or "")
    query = set(prim[:3])
    return {"tokens": toks, "terms": terms, "primary": prim,
            "unstopped": [t.text for t in analysis.RussianAnalyzer(stop=False)((text or "")[:3000])],
            "snippet": list(analysis.make_snippet(text or "", query))}


def classified(scheme, title: str | None, text: str) -> dict:
    got = scheme.assign(title, text)
    return {"assigned": [{"code": a.code, "score": a.score, "implied": a.implied,
                          "uncertain": a.uncertain, "reasons": [str(r) for r in a.reasons]}
                         for a in got],
            "candidates": [list(c) for c in scheme.candidates(title, text)]}


def document(scheme, name: str, title: str | None, text: str, extra: dict) -> dict:
    from search import biblio
    row = {"doc": name, "title": title, **extra, **classified(scheme, title, text),
           "title_tokens": analysed(title or "")["tokens"], "text": analysed(text)}
    if title:
        row["sentence_case"] = biblio.sentence_case(title)
    return row


def corpus_rows(scheme) -> list[dict]:
    from ingest.formats import Limits
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from search import biblio
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        fund = Fund(Path(tmp) / "fund")
        Batch(fund, jobs=1, scheme_path=ROOT / "rubrics.yaml", limits=Limits(ocr=False)).run([ROOT / "corpus" / "files"])
        for rec in fund.iter_records():
            extra = {"filed": [[r.code, r.source] for r in rec.rubrics], "warnings": list(rec.warnings),
                     "kind": rec.kind, "number": rec.number, "date": rec.date, "body": rec.body,
                     "describe": biblio.describe(rec),
                     "genitive": biblio.genitive(rec.body) if rec.body else None}
            name = f"corpus/{rec.source.file_name}/{rec.kind}/{rec.number}/{rec.date}/{rec.title}"
            rows.append(document(scheme, name, rec.title, rec.text, extra))
        fund.close()
    return rows


def gold_rows(scheme) -> list[dict]:
    from ingest.formats import Limits, read
    from ingest.requisites import extract_acts
    from search import biblio
    from tests.gold import REALDOCS, load_gold, load_gold2
    paths = [("realdocs/" + g["file"], REALDOCS / "files" / g["file"]) for g in load_gold()]
    paths += [(f"realdocs2/{g['key']}/{g['file']}", g["path"]) for g in load_gold2()]
    rows = []
    for name, path in paths:
        try:
            parsed = read(path, Limits(ocr=False))  # scans stay unread
        except Exception as ex:  # unreadable without OCR: recorded, so a change there shows
            rows.append({"doc": name, "unread": f"{type(ex).__name__}"})
            continue
        acts = extract_acts(parsed.text, dict(parsed.meta)) if parsed.text.strip() else []
        for i, act in enumerate(acts):
            extra = {"kind": act.kind, "number": act.number, "date": act.date, "body": act.body,
                     "genitive": biblio.genitive(act.body) if act.body else None}
            rows.append(document(scheme, f"{name}#{i}", act.title, act.text, extra))
        rows.append(document(scheme, f"{name}#whole", None, parsed.text, {}))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    from ingest.rubrics import load_scheme
    from search import analysis
    scheme = load_scheme(ROOT / "rubrics.yaml")
    rows = corpus_rows(scheme) + gold_rows(scheme)
    rows.sort(key=lambda r: (r["doc"], json.dumps(r, ensure_ascii=False, sort_keys=True)))
    with open(argv[0], "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"morphology": analysis.MORPHOLOGY}) + "\n")
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} documents -> {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
