"""Status in force on held-out database prints, as the import reads it (issue 12).

    .venv/bin/python bench/status_heldout.py bench/out/heldout41            # the table
    .venv/bin/python bench/status_heldout.py bench/out/heldout41 --misses   # and the misses

A legal database's editorial note («Документ утратил силу или отменен»,
«Недействующий», «Постановлением … настоящее постановление признано утратившим
силу») is the act's status, never its title. This bench reads a held-out
folder's cases exactly as ``bench/requisites2.py --heldout`` does (a pasted
page through ``extract_acts``, a delivered file through ``ingest.formats.read``
first) and then calls ``ingest.status.read_status`` on the first act's text,
as ``ingest.pipeline`` does for each record it commits.

The gold is the folder's ``status_gold.py`` holding ``S = {ID: {...}}``:
``state`` is ``"repealed"``, ``"in_force"`` or ``None`` (the print states
nothing; a tuple lists accepted values); ``by``, where the page names the
repealing act, a token its reference must hold (its number); ``since``, an
ISO date where the page prints one. A case counts when every key it has
matches; the table also gives the state alone and the repealing references.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.requisites2 import heldout_case, heldout_gold  # noqa: E402
from ingest.status import read_status  # noqa: E402


def status_gold(folder: Path) -> dict:
    return heldout_gold(folder, "status_gold.py", "S")


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "").casefold().replace("ё", "е")


def _has_token(ref: str | None, token: str) -> bool:
    """The reference holds the number as a whole token (``16`` is not in ``1635``)."""
    if not ref:
        return False
    t = re.escape(_norm(token))
    return re.search(r"(?<![0-9a-zа-я/-])" + t + r"(?![0-9a-zа-я/-])", _norm(ref)) is not None


def check(gold: dict, st) -> dict:
    """Per key of the gold: whether the reading agrees."""
    state = st.state if st else None
    want = gold.get("state")
    ok = {"state": state in (want if isinstance(want, tuple) else (want,))}
    if "by" in gold:
        ok["by"] = _has_token(st.repealed_by if st else None, gold["by"])
    if "since" in gold:
        ok["since"] = bool(st) and st.since == gold["since"]
    return ok


def report(folder: Path, misses: bool) -> dict:
    gold = status_gold(folder)
    t0 = time.perf_counter()
    rows, out = [], []
    for cid in sorted(gold):
        _fmt, acts = heldout_case(folder, cid)
        st = read_status(acts[0].text or "") if acts else None
        ok = check(gold[cid], st)
        rows.append((cid, gold[cid], st, ok))
    elapsed = time.perf_counter() - t0
    n = len(rows)
    cases = sum(all(ok.values()) for *_, ok in rows)
    states = sum(ok["state"] for *_, ok in rows)
    by_n = sum(1 for *_, ok in rows if "by" in ok)
    by_ok = sum(ok["by"] for *_, ok in rows if "by" in ok)
    rep = sum(1 for _c, g, _s, _o in rows if g.get("state") == "repealed")
    print(f"{'sample':<14}{'cases':>9}{'state':>9}{'repealed':>10}{'by':>8}{'all':>9}")
    rep_ok = sum(ok["state"] for _c, g, _s, ok in rows if g.get("state") == "repealed")
    print(f"{folder.name:<14}{n:>9}{states:>5}/{n:<3}{rep_ok:>6}/{rep:<3}{by_ok:>4}/{by_n:<3}"
          f"{100.0 * cases / max(n, 1):>8.1f}%   ({elapsed:.2f} s)")
    if misses:
        for cid, g, st, ok in rows:
            if not all(ok.values()):
                got = st.to_dict() if st else None
                print(f"  {cid}: gold {g} | read {got}")
    return {"cases": n, "all": cases, "state": states, "by": (by_ok, by_n)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    for folder in args.folders:
        report(folder, args.misses)


if __name__ == "__main__":
    main()
