"""Where Windows installs the external programs the readers run.

``ProgramFiles`` is what the running Python sees: a 32-bit Python on 64-bit
Windows (old office PCs keep one) sees ``C:\\Program Files (x86)`` there,
while the 64-bit Tesseract and LibreOffice sit in ``C:\\Program Files``,
which only ``ProgramW6432`` names; per-user installs go under
``LOCALAPPDATA`` (``…\\Programs`` for most installers).
"""
from __future__ import annotations

import os
from pathlib import Path


def program_dirs() -> list[Path]:
    """The folders programs are installed in, each once, in search order."""
    seen, out = set(), []
    local = os.environ.get("LOCALAPPDATA", "")
    for base in (os.environ.get("ProgramW6432", ""), os.environ.get("ProgramFiles", ""),
                 os.environ.get("ProgramFiles(x86)", ""), local,
                 str(Path(local) / "Programs") if local else ""):
        if base and base.casefold() not in seen:
            seen.add(base.casefold())
            out.append(Path(base))
    return out


def installed(*parts: str) -> str | None:
    """The first ``DIR/parts…`` that exists over ``program_dirs``."""
    for base in program_dirs():
        exe = base.joinpath(*parts)
        if exe.exists():
            return str(exe)
    return None


def from_env(var: str, which) -> str | None:
    """The program a variable names: a path, else a name on PATH."""
    env = os.environ.get(var)
    if not env:
        return None
    return env if Path(env).exists() else which(env)
