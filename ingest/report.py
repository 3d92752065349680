"""The batch report as people read it: counts first, then what needs a look."""
from __future__ import annotations

from collections import Counter
from typing import Callable

from .pipeline import FileResult
from .reasons import explain

STATUS_ORDER = ("new", "linked", "duplicate", "pending", "failed")
STATUS_RU = {"new": "новые", "linked": "связаны", "duplicate": "повторы",
             "pending": "ждут чтения", "failed": "ошибки"}


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain-text table with columns sized to their content."""
    cols = [headers] + rows
    widths = [max(len(str(r[i])) for r in cols) for i in range(len(headers))]
    def line(r):
        return "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def summarize(results: list[FileResult]) -> dict:
    counts = Counter(r.status for r in results)
    return {
        "files": len(results),
        **{s: counts.get(s, 0) for s in STATUS_ORDER},
        "records": sum(len(r.records) for r in results if r.status in ("new", "linked")),
        "with_warnings": sum(1 for r in results if r.warnings),
    }


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else "…" + s[-(n - 1):]


def format_report(results: list[FileResult], *, verbose: bool = False, lang: str = "ru",
                  warning: Callable[[str], str] | None = None) -> str:
    """The report as a table; ``lang`` the language of the reasons (``ingest.reasons``),
    ``warning`` a warning code in words (the CLI passes the web page's words; the code
    itself without it)."""
    s = summarize(results)
    lines = [table([[STATUS_RU[k] + f" ({k})", str(s[k])] for k in STATUS_ORDER]
                   + [["записей (records)", str(s["records"])],
                      ["с предупреждениями (warnings)", str(s["with_warnings"])]],
                   ["Файлы", "число"])]
    notable = [r for r in results if verbose or r.status in ("failed", "pending", "linked", "duplicate")
               or r.warnings]
    if notable:
        rows = []
        for r in notable:
            note = explain(r.reason, lang)
            if r.warnings:
                label = "предупреждения: " if lang == "ru" else "warnings: "
                note = (note + "; " if note else "") + label + ", ".join(
                    warning(w) if warning else w for w in r.warnings)
            rows.append([_short(r.file, 48), r.status, ", ".join(r.records[:3])
                         + (" …" if len(r.records) > 3 else ""), note])
        lines += ["", table(rows, ["Файл", "статус", "записи", "причина / предупреждения"])]
    return "\n".join(lines)
