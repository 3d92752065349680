"""Check an ``actdesk export --format jsonl`` file against the record contract
(../shared/spec/record.md), mechanically: keys, types, enumerations, ISO
dates, null vs empty string, status consistent with repealed_by, rubric codes
under the fixed top level (../shared/spec/rubrics.md) and known to
rubrics.yaml, and, given ``stats --format json``, the counts.

Why a checker and not a reading: other tools read exactly this output, so a
drift (a key renamed, an empty string where null is the rule, a date in
another shape) breaks them silently; the checker names each drift per record.

    python bench/record_contract.py EXPORT.jsonl [--stats STATS.json]

Prints one line per problem (``id: field: what``) and a total; exit 1 when
there are problems. ``check_record`` and ``check_counts`` are used by tests.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

TOP_CODES = frozenset({"lsg", "social", "elections", "budget", "economy", "business", "housing",
                       "land", "environment", "transport", "education", "culture", "health",
                       "safety", "labor", "statistics", "personnel", "law"})
KINDS = frozenset({"постановление", "распоряжение", "решение", "приказ", "указ", "закон",
                   "положение", "устав", "протокол", "публикация"})
LEVELS = frozenset({"federal", "regional", "municipal"})
STATES = frozenset({"in_force", "repealed", "unknown"})
STATUS_SOURCES = frozenset({"note", "fund"})
RUBRIC_SOURCES = frozenset({"auto", "manual"})

KEYS = ("id", "source", "received_at", "kind", "number", "date", "body", "level", "title",
        "publication", "rubrics", "text", "warnings",
        # added fields
        "batch", "duplicate_of", "handwritten", "amends", "repeals", "amended_by", "status",
        "territory")
SOURCE_KEYS = ("file_name", "sha256", "media_type", "pages")
PUB_KEYS = ("name", "issue", "date", "page")
STATUS_KEYS = ("state", "repealed_by", "since", "source", "note")
HAND_KEYS = ("date", "number", "number_digits")
TERRITORY_KEYS = ("region", "municipality", "district")  # district: a settlement's (records.py)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_MEDIA = re.compile(r"^[a-z]+/[a-z0-9.+-]+$")
_WARNING = re.compile(r"^[a-z0-9_]+(?::.*)?$")


def _is_date(v) -> bool:
    if not isinstance(v, str) or not _ISO_DATE.match(v):
        return False
    try:
        datetime.strptime(v, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def _is_datetime(v) -> bool:
    if not isinstance(v, str) or not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", v):
        return False
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _opt_str(v) -> str | None:
    """None when ``v`` is a string that is not blank or null; else the problem."""
    if v is None:
        return None
    if not isinstance(v, str):
        return f"not a string or null: {v!r}"
    if not v.strip():
        return "empty string where null is the rule"
    if v != v.strip():
        return f"surrounding whitespace: {v!r}"
    return None


def _known_codes() -> frozenset[str]:
    import yaml
    data = yaml.safe_load((Path(__file__).resolve().parent.parent / "rubrics.yaml").read_text("utf-8"))
    codes: set[str] = set()

    def walk(items):
        for it in items or ():
            codes.add(it["code"])
            walk(it.get("children") or it.get("rubrics") or it.get("sub"))
    walk(data.get("rubrics"))
    return frozenset(codes)


def check_record(d: dict, known_codes: frozenset[str] | None = None) -> list[str]:
    """Problems of one exported record, each ``field: what``."""
    p: list[str] = []
    if not isinstance(d, dict):
        return ["record: not an object"]
    for k in KEYS:
        if k not in d:
            p.append(f"{k}: missing")
    for k in d:
        if k not in KEYS:
            p.append(f"{k}: undocumented key")
    if not isinstance(d.get("id"), str) or not d.get("id"):
        p.append("id: not a non-empty string")
    src = d.get("source")
    if not isinstance(src, dict):
        p.append("source: not an object")
    else:
        if set(src) != set(SOURCE_KEYS):
            p.append(f"source: keys {sorted(src)}")
        fn = src.get("file_name")
        if not isinstance(fn, str) or not fn or "/" in fn or "\\" in fn:
            p.append(f"source.file_name: {fn!r}")
        if not isinstance(src.get("sha256"), str) or not _HEX64.match(src.get("sha256") or ""):
            p.append(f"source.sha256: {src.get('sha256')!r}")
        if not isinstance(src.get("media_type"), str) or not _MEDIA.match(src.get("media_type") or ""):
            p.append(f"source.media_type: {src.get('media_type')!r}")
        pg = src.get("pages")
        if pg is not None and (type(pg) is not int or pg < 1):
            p.append(f"source.pages: {pg!r}")
    if not _is_datetime(d.get("received_at")):
        p.append(f"received_at: not ISO 8601 date-time: {d.get('received_at')!r}")
    for k in ("kind", "number", "date", "body", "level", "title", "batch", "duplicate_of"):
        why = _opt_str(d.get(k))
        if why:
            p.append(f"{k}: {why}")
    if isinstance(d.get("kind"), str) and d["kind"] not in KINDS:
        p.append(f"kind: not an allowed value: {d['kind']!r}")
    if isinstance(d.get("level"), str) and d["level"] not in LEVELS:
        p.append(f"level: not an allowed value: {d['level']!r}")
    if d.get("date") is not None and not _is_date(d["date"]):
        p.append(f"date: not ISO YYYY-MM-DD: {d['date']!r}")
    num = d.get("number")
    if isinstance(num, str) and (num[:1] in "№N" and re.match(r"^[№N]\s*\d", num)):
        p.append(f"number: keeps the sign: {num!r}")
    for k in ("body", "title"):
        v = d.get(k)
        if isinstance(v, str) and re.search(r"\s{2,}|[\n\t]", v):
            p.append(f"{k}: whitespace not normalized: {v!r}")
    pub = d.get("publication")
    if pub is not None:
        if not isinstance(pub, dict) or set(pub) != set(PUB_KEYS):
            p.append(f"publication: {pub!r}")
        else:
            for k in PUB_KEYS:
                why = _opt_str(pub[k])
                if why:
                    p.append(f"publication.{k}: {why}")
            if pub["date"] is not None and not _is_date(pub["date"]):
                p.append(f"publication.date: not ISO: {pub['date']!r}")
    rubrics = d.get("rubrics")
    if not isinstance(rubrics, list):
        p.append("rubrics: not a list")
    else:
        seen = set()
        for r in rubrics:
            if not isinstance(r, dict) or set(r) != {"code", "label", "source"}:
                p.append(f"rubrics: item {r!r}")
                continue
            code = r["code"]
            if not isinstance(code, str) or code.split(".")[0] not in TOP_CODES:
                p.append(f"rubrics: code outside the fixed top level: {code!r}")
            elif known_codes is not None and code not in known_codes:
                p.append(f"rubrics: code not in rubrics.yaml: {code!r}")
            if code in seen:
                p.append(f"rubrics: code twice: {code!r}")
            seen.add(code)
            if not isinstance(r["label"], str) or not r["label"].strip():
                p.append(f"rubrics: empty label for {code!r}")
            if r["source"] not in RUBRIC_SOURCES:
                p.append(f"rubrics: source {r['source']!r}")
    if not isinstance(d.get("text"), str):
        p.append("text: not a string")
    for k in ("warnings", "amends", "repeals", "amended_by"):
        v = d.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            p.append(f"{k}: not a list of non-empty strings: {v!r}")
        elif len(set(v)) != len(v):
            p.append(f"{k}: repeats an item")
    for w in d.get("warnings") or ():
        if isinstance(w, str) and not _WARNING.match(w):
            p.append(f"warnings: not a code: {w!r}")
    hw = d.get("handwritten")
    if hw is not None:
        if not isinstance(hw, dict) or set(hw) != set(HAND_KEYS):
            p.append(f"handwritten: {hw!r}")
        elif hw["date"] is not None and not _is_date(hw["date"]):
            p.append(f"handwritten.date: {hw['date']!r}")
    st = d.get("status")
    if st is not None:
        if not isinstance(st, dict) or set(st) != set(STATUS_KEYS):
            p.append(f"status: keys {sorted(st) if isinstance(st, dict) else st!r}")
        else:
            if st["state"] not in STATES:
                p.append(f"status.state: {st['state']!r}")
            if st["source"] not in STATUS_SOURCES:
                p.append(f"status.source: {st['source']!r}")
            for k in ("repealed_by", "note"):
                why = _opt_str(st[k])
                if why:
                    p.append(f"status.{k}: {why}")
            if st["since"] is not None and not _is_date(st["since"]):
                p.append(f"status.since: not ISO: {st['since']!r}")
            if st["state"] != "repealed" and (st["repealed_by"] is not None or st["since"] is not None):
                p.append(f"status: state {st['state']} with repealed_by/since")
            if st["source"] == "fund" and st["state"] == "repealed" and not st["repealed_by"]:
                p.append("status: repealed by the fund without repealed_by")
    terr = d.get("territory")
    if terr is not None:
        if not isinstance(terr, dict) or not set(terr) <= set(TERRITORY_KEYS) or not terr:
            p.append(f"territory: {terr!r}")
        else:
            for k, v in terr.items():
                why = _opt_str(v)
                if why:
                    p.append(f"territory.{k}: {why}")
    for k, v in d.items():
        if isinstance(v, str) and unicodedata.normalize("NFC", v) != v and k != "text":
            p.append(f"{k}: not NFC")
    return p


def check_export(records: list[dict], known_codes=None) -> list[str]:
    """Problems of the whole file: per record, plus order, unique ids and
    ``duplicate_of`` pointing at a record of the file."""
    out = []
    ids = [r.get("id") for r in records]
    if ids != sorted(ids, key=lambda x: x or ""):
        out.append("(file): not in id order")
    for i, n in Counter(ids).items():
        if n > 1:
            out.append(f"{i}: id twice")
    idset = set(ids)
    for r in records:
        for what in check_record(r, known_codes):
            out.append(f"{r.get('id')}: {what}")
        dup = r.get("duplicate_of")
        if dup is not None and (dup not in idset or dup == r.get("id")):
            out.append(f"{r.get('id')}: duplicate_of points nowhere: {dup!r}")
    return out


def check_counts(records: list[dict], stats: dict) -> list[str]:
    """The export against ``stats --format json``: records, acts, linked,
    and the by_kind / by_level / by_year / by_body / by_status groups (acts
    only: a linked copy is counted once)."""
    out = []
    acts = [r for r in records if r.get("duplicate_of") is None]
    want = {"records": len(records), "acts": len(acts), "linked": len(records) - len(acts)}
    for k, v in want.items():
        if stats.get(k) != v:
            out.append(f"(stats): {k} {stats.get(k)} vs export {v}")
    groups = {
        "by_kind": lambda r: r.get("kind"),
        "by_level": lambda r: r.get("level"),
        "by_year": lambda r: (r.get("date") or "")[:4] or None,
        "by_body": lambda r: r.get("body"),
        "by_status": lambda r: (r.get("status") or {}).get("state"),
    }
    for key, fn in groups.items():
        got = Counter((fn(r) if fn(r) is not None else "—") for r in acts)
        if dict(got) != dict(stats.get(key) or {}):
            diff = {k: (stats.get(key, {}).get(k), got.get(k))
                    for k in set(got) | set(stats.get(key) or {})
                    if stats.get(key, {}).get(k) != got.get(k)}
            out.append(f"(stats): {key} differs (stats, export): {diff}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("export", type=Path)
    ap.add_argument("--stats", type=Path)
    a = ap.parse_args(argv)
    records = [json.loads(line) for line in a.export.read_text("utf-8").splitlines() if line.strip()]
    problems = check_export(records, _known_codes())
    if a.stats:
        problems += check_counts(records, json.loads(a.stats.read_text("utf-8")))
    for line in problems:
        print(line)
    print(f"{len(records)} records, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
