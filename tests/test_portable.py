"""Every module imports where POSIX-only modules do not exist (Windows).

The library's reading room runs Windows; a POSIX-only import at module level
(``fcntl`` for the index lock, once) stops the program before it starts.
Each module of the packages is imported in a fresh interpreter in which
``fcntl``, ``termios``, ``pwd``, ``grp`` and ``resource`` cannot be imported;
what a function imports when it runs is not covered here.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSIX_ONLY = ("fcntl", "termios", "pwd", "grp", "resource")
PACKAGES = ("ingest", "search", "cli")

_PROBE = """
import importlib, importlib.util, json, pkgutil, sys, traceback, warnings
for name in {posix!r}:
    sys.modules[name] = None  # "import fcntl" now raises ImportError
warnings.simplefilter("ignore")  # filelock says it falls back to a soft lock here
failed, seen = {{}}, []
for pkg in {packages!r}:
    if importlib.util.find_spec(pkg) is None:
        continue
    try:
        p = importlib.import_module(pkg)
    except Exception as e:
        failed[pkg] = "".join(traceback.format_exception_only(e)).strip()
        continue
    seen.append(pkg)
    for m in pkgutil.walk_packages(p.__path__, pkg + "."):
        if m.name.endswith(".__main__"):  # runs the program when imported
            continue
        seen.append(m.name)
        try:
            importlib.import_module(m.name)
        except Exception as e:
            failed[m.name] = "".join(traceback.format_exception_only(e)).strip()
print(json.dumps({{"failed": failed, "seen": seen}}))
"""


def test_every_module_imports_without_posix_only_modules():
    code = _PROBE.format(posix=POSIX_ONLY, packages=PACKAGES)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert {"ingest", "search", "search.index", "search.query", "search.engine.lock",
            "search.engine.whoosh_store", "cli", "cli.ingest", "search.web.server"} <= set(got["seen"])
    assert got["failed"] == {}, "\n".join(f"{k}: {v}" for k, v in got["failed"].items())
