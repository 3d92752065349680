"""The batch report as people read it: counts first, then what needs a look."""
from __future__ import annotations

from collections import Counter
from typing import Callable

from .pipeline import FileResult
from .reasons import explain

STATUS_ORDER = ("new", "linked", "duplicate", "pending", "failed")
# a re-read's own (``ingest --reread``): in its report, counted only where they occur
AGAIN_ORDER = ("reread", "kept")
STATUS_RU = {"new": "новые", "linked": "связаны", "duplicate": "повторы",
             "pending": "ждут чтения", "failed": "ошибки",
             "reread": "прочитаны заново", "kept": "оставлены как были"}

# the report's own words in the CLI's language (``ingest.reasons.cli_lang``),
# as its reasons are: Russian keeps the status codes beside the words
HEADINGS = {
    "ru": {"files": "Файлы", "count": "число", "records_n": "записей (records)",
           "with_warnings": "с предупреждениями (warnings)", "file": "Файл", "status": "статус",
           "records": "записи", "reason": "причина / предупреждения", "warnings": "предупреждения: "},
    "en": {"files": "Files", "count": "count", "records_n": "records",
           "with_warnings": "with warnings", "file": "File", "status": "status",
           "records": "records", "reason": "reason / warnings", "warnings": "warnings: "},
}


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
        **{s: counts[s] for s in AGAIN_ORDER if counts.get(s)},
        "records": sum(len(r.records) for r in results if r.status in ("new", "linked", "reread")),
        "with_warnings": sum(1 for r in results if r.warnings),
    }


def file_rows(results: list[FileResult], batch_id: str | None) -> list[dict]:
    """The JSON report's per-file rows, one shape wherever a report is written
    (``actdesk ingest --report FILE.json``, the delivery folder's
    ``_принято/ДАТА/отчёт-….json``): ``file``, ``sha256``, ``status``, ``records``,
    ``reason`` (the English text scripts read), ``warnings``, ``media_type``,
    ``reason_key`` and ``reason_ru`` (``ingest.reasons.for_json``) and ``batch`` (the
    id ``actdesk marc --batch`` takes). The two writers built their rows
    apart and the folder's lacked ``batch``."""
    from .reasons import for_json
    return [{**r.to_dict(), **for_json(r.reason), "batch": batch_id} for r in results]


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else "…" + s[-(n - 1):]


def format_report(results: list[FileResult], *, verbose: bool = False, lang: str = "ru",
                  warning: Callable[[str], str] | None = None) -> str:
    """The report as a table; ``lang`` the language of the reasons (``ingest.reasons``),
    ``warning`` a warning code in words (the CLI passes the web page's words; the code
    itself without it)."""
    s = summarize(results)
    w = HEADINGS.get(lang, HEADINGS["ru"])
    status = (lambda k: STATUS_RU[k] + f" ({k})") if lang == "ru" else (lambda k: k)
    lines = [table([[status(k), str(s[k])] for k in STATUS_ORDER + AGAIN_ORDER if k in s]
                   + [[w["records_n"], str(s["records"])],
                      [w["with_warnings"], str(s["with_warnings"])]],
                   [w["files"], w["count"]])]
    notable = [r for r in results if verbose or r.status in ("failed", "pending", "linked", "duplicate", "kept")
               or r.warnings or (r.status == "reread" and r.reason != "unchanged")]
    if notable:
        rows = []
        for r in notable:
            note = explain(r.reason, lang)
            if r.warnings:
                note = (note + "; " if note else "") + w["warnings"] + ", ".join(
                    warning(w) if warning else w for w in r.warnings)
            rows.append([_short(r.file, 48), r.status, ", ".join(r.records[:3])
                         + (" …" if len(r.records) > 3 else ""), note])
        lines += ["", table(rows, [w["file"], w["status"], w["records"], w["reason"]])]
    return "\n".join(lines)
