"""Acts the tagger files under no rubric, or only under an uncertain best guess.

    .venv/bin/python bench/rubric_gaps.py DIR [DIR ...] [--show] [--codes]

Each DIR is either a folder of unlabelled act pages (``DIR/cases/*.txt``) or a
labelled sample (``DIR/cases.jsonl``, its ``text`` read, its gold ignored).
Every text is cut by ``extract_acts`` as the import pipeline cuts it and its
first act is tagged, as bench/rubrics.py does. Printed per folder and in all:
acts read, acts with no rubric (not one word of the scheme), acts filed only
under the uncertain best guess. ``--show`` lists those acts (title and first
lines), ``--codes`` adds the guessed codes, so that recurring classes of
wording can be read and, where the act names a field, closed by a rule.

Why: issue 12 says no act is left without a rubric, yet a guess is a filing
nobody has checked; the count of both on a wide unlabelled pool is where
missing classes of wording show first, before any gold is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.rubrics import heldout_rows, top_assignments  # noqa: E402
from ingest.rubrics import load_scheme  # noqa: E402


def texts(folder: Path) -> list[tuple[str, str]]:
    """(key, text) of every case in a folder of .txt pages or a cases.jsonl."""
    if (folder / "cases.jsonl").exists():
        return [(f"{folder.name}/{key}", text) for key, text, _gold in heldout_rows(folder)]
    cases = folder / "cases" if (folder / "cases").is_dir() else folder
    return [(f"{folder.name}/{p.stem}", p.read_text(encoding="utf-8", errors="replace"))
            for p in sorted(cases.glob("*.txt"))]


def gaps(scheme, rows):
    """Yield (key, title, body, state, codes); state is 'none', 'guess' or 'ok'."""
    from ingest.requisites import extract_acts
    for key, text in rows:
        acts = extract_acts(text, {})
        title, body = (acts[0].title, acts[0].text) if acts else (None, text)
        got, unsure = top_assignments(scheme, title, body)
        state = "none" if not got else "guess" if unsure else "ok"
        yield key, title, body, state, sorted(got)


def main(argv: list[str]) -> int:
    show = "--show" in argv
    codes = "--codes" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")]
    if not folders:
        print(__doc__)
        return 2
    scheme = load_scheme()
    total = {"acts": 0, "none": 0, "guess": 0}
    listed: list[str] = []
    for folder in folders:
        n = {"acts": 0, "none": 0, "guess": 0}
        for key, title, body, state, got in gaps(scheme, texts(folder)):
            n["acts"] += 1
            if state == "ok":
                continue
            n[state] += 1
            if show:
                head = " ".join(body.split())[:160]
                extra = f" {','.join(got)}" if codes and got else ""
                listed.append(f"[{state}{extra}] {key}: {(title or '-')[:140]!s}\n      {head}")
        for k in total:
            total[k] += n[k]
        print(f"{folder.name:24} acts {n['acts']:4}  no rubric {n['none']:3}  guess only {n['guess']:3}")
    print(f"{'all':24} acts {total['acts']:4}  no rubric {total['none']:3}  guess only {total['guess']:3}")
    for line in listed:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
