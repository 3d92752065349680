"""The card of one record as the librarian reads it in a terminal."""
from __future__ import annotations

import textwrap

from ingest.fund import StoredFile
from ingest.records import Record

FIELDS = (("kind", "Вид"), ("number", "Номер"), ("date", "Дата"), ("body", "Орган"),
          ("level", "Уровень"), ("title", "Заголовок"))


def level_text(level: str | None) -> str | None:
    """A level code as the librarian reads it, the code that ``--level`` takes beside it
    (``муниципальный (municipal)``), in the web card's words; an unknown code as it is."""
    if not level:
        return level
    from .web.i18n import tr
    word = tr("ru")("level_" + level)
    return level if word == "level_" + level else f"{word} ({level})"


def format_card(rec: Record, stored: StoredFile | None = None, *, text_chars: int | None = None,
                links: list | None = None, status: dict | None = None) -> str:
    """``links``: ``search.links_view`` Links (outgoing and incoming) to show;
    ``status``: ``search.links_view.status_of`` (the print's note and the fund)."""
    lines = [f"Запись {rec.id}"]
    for attr, label in FIELDS:
        value = level_text(rec.level) if attr == "level" else getattr(rec, attr)
        lines.append(f"  {label + ':':<11} {value if value is not None else '—'}")
    hand = rec.handwritten or {}
    if hand.get("number_digits") and not rec.number:
        lines.append(f"  {'':<11} от руки: № {hand['number_digits']}… (окончание номера не прочитано)")
    if rec.publication:
        p = rec.publication
        lines.append(f"  {'Опубликов.:':<11} {p.name or '—'}, № {p.issue or '—'}, "
                     f"{p.date or '—'}, с. {p.page or '—'}")
    if rec.territory:
        from ingest.territory import territory_text
        lines.append(f"  {'Территория:':<11} {territory_text(rec.territory)}")
    if status is not None:
        lines.append(f"  {'Статус:':<11} {status_line(status)}")
    rub = ", ".join(f"{r.code} ({r.label}){' [вручную]' if r.source == 'manual' else ''}"
                    for r in rec.rubrics) or "—"
    lines.append(f"  {'Рубрики:':<11} {rub}")
    src = rec.source
    pages = f", {src.pages} с." if src.pages else ""
    lines.append(f"  {'Источник:':<11} {src.file_name} ({src.media_type}{pages}), sha256 {src.sha256[:16]}…")
    lines.append(f"  {'Получено:':<11} {rec.received_at} (партия {rec.batch or '—'})")
    if rec.duplicate_of:
        lines.append(f"  {'Копия акта:':<11} {rec.duplicate_of}")
    if links:
        from .web.i18n import tr
        _ = tr("ru")  # the web card's words
        for link in links:
            where = f" [{link.record_id}]" if link.record_id else ""
            lines.append(f"  {_('link_' + link.relation) + ':'} {link.text}{where}")
    if rec.warnings:
        from .web.i18n import tr
        _ = tr("ru")  # the web card's words for each warning, the code beside them

        def said(code: str) -> str:
            text = _("w_" + code)
            return code if text == "w_" + code else f"{text} ({code})"
        lines.append(f"  {'Внимание:':<11} {'; '.join(said(w) for w in rec.warnings)}")
    text = rec.text if text_chars is None else rec.text[:text_chars]
    lines += ["", "Текст:", ""]
    for para in text.split("\n\n"):
        lines.append(textwrap.fill(para, 100) if len(para) > 100 and "\n" not in para else para)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_STATE_WORDS = {"repealed": "утратил силу", "in_force": "действует", "unknown": "не известен"}
_SOURCE_WORDS = {"note": "по отметке правовой базы", "fund": "по акту фонда"}


def status_line(st: dict) -> str:
    """``утратил силу с 01.01.2021 (… № 600-п; по отметке правовой базы)``,
    and a word when the print's note and the fund's own acts differ."""
    out = _STATE_WORDS.get(st.get("state"), st.get("state") or "—")
    since = st.get("since")
    if since:
        out += f" с {since[8:10]}.{since[5:7]}.{since[:4]}"
    why = [x for x in (st.get("repealed_by"), _SOURCE_WORDS.get(st.get("source"))) if x]
    if why:
        out += f" ({'; '.join(why)})"
    if st.get("differs") and st.get("source") == "note":
        # the fund holds the act the note names, and it does not repeal this one
        out += "; акт фонда, названный в отметке, его не отменяет — сведения расходятся"
    elif st.get("differs"):
        out += (f"; отметка правовой базы говорит «{_STATE_WORDS.get(st['differs'], st['differs'])}»"
                " — сведения расходятся")
    elif st.get("source") == "fund" and st.get("note"):
        # both say repealed: the note's own words (it may name another repealing act)
        out += f"; отметка правовой базы: «{st['note'][:200]}»"
    return out
