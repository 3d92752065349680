"""Extraction and rubric tagging cost per act of two code trees, side by side in one run.

A rule's cost shows only against the code before it, on the same acts and the
same machine load: each tree runs in its own subprocess (its own imports and
``rubrics.yaml``), the trees taking turns, three rounds, best of each. The
acts are bench/ingest_parallel.py's generated TXT acts (the house style of
``corpus/acts.py``), made here when no folder is given::

    git archive <start> | tar -x -C /tmp/base            # an empty folder
    .venv/bin/python bench/cost_side_by_side.py /tmp/base .  [--files DIR] [--n 400]

Prints CPU milliseconds an act for each tree and the ratio of each later tree
to the first (issue 16: the import of 100,000 acts stays under 15 minutes).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

# run inside each tree: its own ingest and rubrics.yaml
_PROBE = r'''
import sys, time, json
from pathlib import Path
root, folder, n = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, root)
from ingest.formats import read
from ingest.requisites import extract_acts
from ingest.rubrics import load_scheme
scheme = load_scheme(Path(root) / "rubrics.yaml")
parsed = [read(f) for f in sorted(folder.rglob("*.txt"))[:n]]
for p in parsed[:20]:
    extract_acts(p.text, dict(p.meta))
t = time.process_time()
for p in parsed:
    extract_acts(p.text, dict(p.meta))
extract = time.process_time() - t
t = time.process_time()
for p in parsed:
    scheme.assign(p.text[:300], p.text)
tagging = time.process_time() - t
print(json.dumps({"extract_ms": extract / len(parsed) * 1000, "rubrics_ms": tagging / len(parsed) * 1000}))
'''


def measure(roots: list[Path], folder: Path, n: int, rounds: int = 3) -> dict[Path, dict[str, float]]:
    """Best of ``rounds`` for each tree, the trees taking turns."""
    runs: dict[Path, list[dict]] = {r: [] for r in roots}
    for _ in range(rounds):
        for r in roots:
            out = subprocess.run([sys.executable, "-c", _PROBE, str(r), str(folder), str(n)],
                                 capture_output=True, text=True, cwd=r)
            if out.returncode:
                raise SystemExit(f"{r}: {out.stderr.strip().splitlines()[-1:]}")
            runs[r].append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {r: {k: min(x[k] for x in xs) for k in ("extract_ms", "rubrics_ms")} for r, xs in runs.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="+", type=Path, help="code trees; the first is the baseline")
    ap.add_argument("--files", type=Path, help="a folder of TXT acts (default: generate --n of them)")
    ap.add_argument("--n", type=int, default=400)
    a = ap.parse_args(argv)
    roots = [r.resolve() for r in a.roots]
    with tempfile.TemporaryDirectory() as tmp:
        folder = a.files
        if folder is None:
            from ingest_parallel import make_delivery
            folder = Path(tmp)
            make_delivery(folder, a.n)
        res = measure(roots, folder.resolve(), a.n)
    base = res[roots[0]]
    print(f"{'tree':50} {'extract ms':>11} {'×':>6} {'rubrics ms':>11} {'×':>6}")
    for r in roots:
        x = res[r]
        print(f"{str(r)[-50:]:50} {x['extract_ms']:>11.2f} {x['extract_ms'] / base['extract_ms']:>6.2f}"
              f" {x['rubrics_ms']:>11.2f} {x['rubrics_ms'] / base['rubrics_ms']:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
