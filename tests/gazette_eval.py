"""Scoring gazette issues against their truth (``corpus/gazettes.py``):
shared by ``bench/gazette.py`` (the figures) and ``tests/test_gazette.py``
(the floors).

Each issue is read as the batch reads it (``ingest.formats.read`` then
``extract_acts``). Per truth item:

- **split**: an act is split right when one record has its kind, number and
  date and nothing else was glued to it (its text holds no other act's
  requisites line); an article when a ``публикация`` record has its
  headline; records matching no item are counted as extra;
- **requisites** of the acts split right: kind, number, date, body, title
  (the comparison rules of ``tests/gold.py``);
- **publication**: name, issue as printed, date and page all right.
"""
from __future__ import annotations

from pathlib import Path

from corpus import gazettes as G
from ingest.formats import read
from ingest.requisites import extract_acts
from tests.gold import same

FIELDS = ("kind", "number", "date", "body", "title")
PUB = ("name", "issue", "date", "page")


def _key_match(want: dict, got) -> bool:
    if want["kind"] == "публикация":
        return got.kind == "публикация" and same("title", want["title"], got.title)
    return all(same(f, want[f], getattr(got, f)) for f in ("kind", "number", "date"))


def score_issue(path: Path, truth: dict) -> dict:
    parsed = read(path)
    acts = extract_acts(parsed.text, dict(parsed.meta))
    used: set[int] = set()
    out = {"file": path.name, "items": len(truth["items"]), "records": len(acts),
           "acts": 0, "acts_split": 0, "articles": 0, "articles_split": 0,
           "fields": {f: 0 for f in FIELDS}, "pub_right": 0, "misses": []}
    for want in truth["items"]:
        is_act = want["kind"] != "публикация"
        out["acts" if is_act else "articles"] += 1
        k = next((k for k, a in enumerate(acts) if k not in used and _key_match(want, a)), None)
        if k is None:
            out["misses"].append(f"not split: {want['kind']} {want.get('number')} {want['title'][:40]}")
            continue
        used.add(k)
        got = acts[k]
        others = [t for t in truth["items"] if t is not want and t["kind"] != "публикация"]
        glued = any(f"№ {t['number']}\n" in got.text + "\n" for t in others)
        if is_act and not glued:
            out["acts_split"] += 1
            for f in FIELDS:
                ok = same(f, want[f], getattr(got, f))
                out["fields"][f] += ok
                if not ok:
                    out["misses"].append(f"{want['number']} {f}: {getattr(got, f)!r} != {want[f]!r}")
        elif not is_act:
            out["articles_split"] += 1
        elif glued:
            out["misses"].append(f"glued: {want['number']}")
        pub = got.publication.to_dict() if got.publication else {}
        if all(same("title", want["publication"][p], pub.get(p)) for p in PUB):
            out["pub_right"] += 1
        else:
            out["misses"].append(f"{want.get('number') or want['title'][:20]} publication: {pub} != "
                                 f"{want['publication']}")
    out["extra_records"] = len(acts) - len(used)
    return out


def quality(folder: Path) -> dict:
    truths = G.build(folder)
    rows = [score_issue(folder / t["file"], t) for t in truths]
    acts = sum(r["acts"] for r in rows)
    items = sum(r["items"] for r in rows)
    split = sum(r["acts_split"] for r in rows)
    return {
        "issues": len(rows), "acts": acts, "articles": sum(r["articles"] for r in rows),
        "acts_split": split, "acts_split_share": round(split / acts, 3),
        "articles_split": sum(r["articles_split"] for r in rows),
        "extra_records": sum(r["extra_records"] for r in rows),
        "fields": {f: round(sum(r["fields"][f] for r in rows) / max(split, 1), 3) for f in FIELDS},
        "publication_share": round(sum(r["pub_right"] for r in rows) / items, 3),
        "per_issue": rows,
    }


