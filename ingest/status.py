"""An act's status in force, as the print it came in states it.

Legal databases and registers print a note on an act that is no longer in
force, above or just under its heading; a reader asking "is it in force?"
needs it, and it must never be read as the act's title. The shapes, each
seen on several sites and database prints:

- Garant: ``Постановлением Администрации … от 3 мая 2012 г. N 398 настоящее
  постановление признано утратившим силу``;
- ConsultantPlus: ``Документ утратил силу или отменен``, ``Утратил силу -
  Постановление … от … N …``, ``(утратил силу с 01.01.2024 в связи с
  изданием Постановления … от … N …)``;
- Kodeks: ``Документ фактически утратил силу``, ``Утратил силу с 1 января
  2021 года на основании …``;
- municipal registers and their copies: ``{Утратил силу - Указ … от …}``,
  ``Утратило силу … (НГР RU…)``, ``Внимание! Документ недействующий.``,
  ``Статус документа: Утративший силу`` (or ``Действующий``).

The operative clause of an act that repeals *another* act (``Признать
утратившим силу постановление …``) is a link (``ingest.links``), not this
act's status; a repealed clause (``5. Утратил силу. - …``) is an amendment.
So a note counts only in the act's head (``HEAD_LINES``) and only when it
speaks of the document itself.

``for_record`` joins this with what the fund knows (an act of the fund that
repeals this one): both say repealed, or the card says they differ.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from .lost_force import lost_force_since
from .ru_dates import find_date

HEAD_LINES = 40        # non-empty lines from the top where a note stands
NOTE_CHARS = 400       # of a note kept as provenance

# (the plural when several acts repealed it: "Решениями … от …, от … настоящее решение …")
_KINDS_INSTR = (r"(?:[Пп]остановлени(?:ем|ями)|[Рр]ешени(?:ем|ями)|[Рр]аспоряжени(?:ем|ями)|[Пп]риказ(?:ом|ами)"
                r"|[Уу]каз(?:ом|ами)|[Зз]акон(?:ом|ами))")
_SELF = r"настоящ(?:ее|ий|ая)\s+(?:постановление|решение|распоряжение|приказ|указ|закон|документ)"

# Garant: "<repealing act> настоящее постановление признано утратившим силу"; a PDF's
# narrow column breaks the note over lines, so it runs on over line breaks, never
# onto a numbered clause ("2. Настоящее постановление …") of the act
_GARANT = re.compile(
    r"(?P<by>" + _KINDS_INSTR + r"\s(?:[^\n]|\n(?!\d+(?:\.\d+)*[.)]\s)){5,400}?)\s+" + _SELF
    + r"\s+(?:признан[оаы]?\s+утратившим\s+силу|отменен[оаы]?)", re.IGNORECASE)
# "Настоящее постановление утратило силу с 01.01.2020 в связи с изданием …"
_SELF_LOST = re.compile(_SELF + r"\s+утратил[аиоo]?\s+силу(?P<rest>[^\n]{0,400})", re.IGNORECASE)
# a line that is the note: "Утратил силу - …", "Документ утратил силу или отменен",
# "{Утратил силу - …}", "(утратил силу с … )", "Документ фактически утратил силу";
# databases typed the ending's «о» as a Latin «o» as often as not ("Утратилo силу")
_LINE = re.compile(
    r"^[\s{(\[‹<]*(?:документ\s+)?(?:фактически\s+)?утратил[аиоo]?\s+силу\b(?P<rest>.*)$",
    re.IGNORECASE)
# (a site's card field "Статус: утратил силу с …"; a database's status word
# alone on its line over the title: "Недействующий", "Действующий")
_NOT_IN_FORCE = re.compile(
    r"^\s*(?:Внимание!\s*)?(?:Документ\s+(?:недействующий|не\s+действует|отменен)|"
    r"Статус(?:\s+документа)?\s*:?\s*\|?\s*(?:Утративший\s+силу|утратил[аиоo]?\s+силу|Недействующ\w*"
    r"|Не\s+действует|Отменен\w*))"
    r"\b|^\s*Недействующ(?:ий|ая|ее)\s*$", re.IGNORECASE)
_IN_FORCE = re.compile(
    r"^\s*Статус(?:\s+документа)?\s*:?\s*\|?\s*(?:Действующ\w*|Действует)\b"
    r"|^\s*Действующ(?:ий|ая|ее)\s*$", re.IGNORECASE)
# a database's note that the act was restated, or the line it wraps onto:
# "Законом … от … № 116-ОЗ данный Закон" / "изложен в новой редакции"
_RESTATED = re.compile(
    r"(?:^|\b(?:данн|настоящ)(?:ый|ий|ая|ое|ее)\s+(?:закон|постановление|решение|распоряжение|приказ|указ|документ)\s+)"
    r"изложен[аоы]?\s+в\s+новой\s+редакции\b", re.IGNORECASE)
# a site's mark over the text of an edition that lost force ("Редакция утратившая силу"):
# a note on the page, not the act's status (a later edition may be in force)
_EDITION_LOST = re.compile(r"^\s*(?:редакция|версия)(?:\s+документа)?\s+утратившая\s+силу\s*\.?\s*$",
                           re.IGNORECASE)
# Kontur.Normativ's card: "Данный документ полностью ОТМЕНЕН" with the repealing act on
# the next line ("ПОСТАНОВЛЕНИЕМ … от … N …"); "частично ОТМЕНЕН" and "ИЗМЕНЕН" leave the
# act standing, and "Данная редакция … не действует" speaks of an edition
_DB_CANCELLED = re.compile(
    r"^\s*Данный\s+документ\s+(?:полностью\s+)?(?:отменен|утратил\s+силу)\b(?P<rest>.*)$",
    re.IGNORECASE)
# a note whose repealing act runs on to the next lines (Kodeks between two rules:
# "Утратил силу на основании" / "закона … области" / "от … N …"; a register's copy:
# "Утратил силу решением Совета …" / its title / "от … № …"): the rest opens with
# the act's instrumental kind or "на основании" and holds no date and number yet
_RUNS_ON = re.compile(r"^[\s.,:;-]*(?:на\s+основании|в\s+связи\s+с|" + _KINDS_INSTR + r")\b",
                      re.IGNORECASE)
_RULE = re.compile(r"^[\s_=*-]{3,}$")
_HAS_NUMBER = re.compile(r"(?:№|\bN)\s*[\w]")
# Kodeks's pointer after the repealing act: " - см. предыдущую редакцию"
_SEE = re.compile(r"\s[-–—]\s*см\.|\(\s*см\.", re.IGNORECASE)
# a numbered clause of the act's text ("5. Утратил силу. - …" repeals a clause, not the act)
_CLAUSE = re.compile(r"^\d+(?:\.\d+)*[.)]")
_CLAUSE_OPENS = re.compile(_CLAUSE.pattern + r"\s")  # ... with its text after a space
_SINCE = re.compile(r"\bс\s+(?P<d>\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[а-я]+\s+\d{4})", re.IGNORECASE)


@dataclass(frozen=True)
class Status:
    state: str                    # in_force | repealed | unknown
    repealed_by: str | None = None
    since: str | None = None      # ISO date the act lost force, when printed
    source: str = "note"          # note | fund
    note: str | None = None       # the printed note, as provenance

    def to_dict(self) -> dict:
        return asdict(self)


def _repealing_act(text: str) -> str | None:
    """The repealing act named in a note, as a reference (nominative kind)."""
    from .links import citations
    text = _SEE.split(text, 1)[0]
    found = citations(text, first_only=True)
    return found[0].text() if found else None


def _since(rest: str) -> str | None:
    m = _SINCE.search(rest)
    if not m:
        return None
    d = find_date(m.group("d"))
    return d[0] if d else None


def _dated(text: str) -> bool:
    return bool(find_date(text)) and bool(_HAS_NUMBER.search(text))


def _run_on(rest: str, following: list[str]) -> tuple[str, int]:
    """A note's rest with the lines its repealing act runs on to, when it does,
    and how many lines it took (the note keeps them as printed).

    Only a rest that opens with the act's instrumental kind or «на основании»
    and lacks its date and number runs on (an empty rest only onto a line that
    so opens: Kontur's "ПОСТАНОВЛЕНИЕМ …"); up to three lines, never over a
    rule or a numbered clause, ending at the line holding a date and a number.
    A line opening with «о»/«об» between is the act's title: it goes after
    the date, where a reference prints it."""
    if _dated(rest):
        return rest, 0
    if rest.strip(" .,:;-"):
        if not _RUNS_ON.match(rest):
            return rest, 0
    elif not (following and _RUNS_ON.match(following[0])):
        return rest, 0
    parts, titles = [rest], []
    for n, ln in enumerate(following[:3], 1):
        if _RULE.match(ln) or _CLAUSE_OPENS.match(ln):
            break
        if re.match(r"^об?\s", ln) and (len(parts) > 1 or rest.strip(" .,:;-")):
            titles.append(ln)
            continue
        parts.append(ln)
        if _dated(ln):
            joined = " ".join(p for p in parts if p.strip())
            return joined + (" «" + " ".join(titles) + "»" if titles else ""), n
    return rest, 0


def _own_line(by: str) -> str:
    """Garant's repealing act from the note's own line: the lazy match may start
    at an instrumental kind in the title above ("утвержденные решением … N 7"),
    so a later line that opens with an instrumental kind is where the note is."""
    parts = by.split("\n")
    for k in range(len(parts) - 1, 0, -1):
        if re.match(r"\s*" + _KINDS_INSTR, parts[k]):
            return "\n".join(parts[k:])
    return by


def _since_opening(tail: str) -> str | None:
    """«… признано утратившим силу с 31 октября 2017 г.»: the date right after."""
    return _since(tail) if re.match(r"\s*с\s+\d", tail) else None


# a database's headline that ends with the status: "… области". Утратил силу с 01 января 2008 года"
_HEADLINE_LOST = re.compile(r"[.)]\s*\(?\s*утратил[аиоo]?\s+силу\s+(?P<rest>с\s+[^\n]{4,40})$", re.IGNORECASE)
# ... or in brackets right after the title, dated with «от» (Kodeks: "… в городе Заречном
# (утратил силу от 21.03.06)"): the bracket holds the date alone, so «от» is the date it lost force
_HEADLINE_LOST_FROM = re.compile(r"\(\s*утратил[аиоo]?\s+силу\s+от\s+(?P<d>\d{1,2}[./]\d{1,2}[./]\d{2,4}"
                                 r"|\d{1,2}\s+[а-я]+\s+\d{4})(?:\s*(?:г\.|года?))?\s*\)\s*$", re.IGNORECASE)


# an aggregator's headline with the note run on after the act's number, glued or not
# (lawmix: "Распоряжение … от 23.11.2010 № 394-ПрУтратилo силу - Распоряжение … от
# 30.11.2012 г. N 383-Пр ПРАВИТЕЛЬСТВО …"): the headline opens with the act's kind word,
# the note with a capital, the repealing act ends at its number
_HEADLINE = re.compile(r"^(?:Постановление|Решение|Распоряжение|Приказ|Указ|Закон)\s", re.IGNORECASE)
_NUMBER_THEN_NOTE = re.compile(r"(?:№|\bN)\s*\d[\w./-]*?\s*(?P<note>Утратил[аиоo]?\s+силу\b(?P<rest>.*))$")
_UP_TO_NUMBER = re.compile(r"^.*?(?:№|\bN)\s*\d[\w./-]*")
HEADLINE_LINES = 3     # lines from the top where an aggregator's headline stands


def _headline_note(line: str) -> Status | None:
    """The note run on after the number of an aggregator's one-line headline."""
    if not _HEADLINE.match(line):
        return None
    m = _NUMBER_THEN_NOTE.search(line)
    if not m:
        return None
    rest = m.group("rest")
    cut = _UP_TO_NUMBER.match(rest)
    rest = cut.group(0) if cut else rest[:200]
    note = m.group("note")[:len(m.group("note")) - len(m.group("rest")) + len(rest)]
    return Status("repealed", _repealing_act(rest), _since(rest), "note", note[:NOTE_CHARS])


def _note_at(lines: list[str], i: int) -> Status | None:
    """Line ``i`` as a repeal note (``Утратил силу …``, Kontur's ``Данный документ
    полностью ОТМЕНЕН``), its repealing act read on over the lines it runs to."""
    m = _LINE.match(lines[i]) or _DB_CANCELLED.match(lines[i])
    if not m:
        return None
    rest, took = _run_on(m.group("rest"), lines[i + 1:i + 4])
    note = " ".join(lines[i:i + 1 + took])
    return Status("repealed", _repealing_act(rest), _since(rest), "note", note[:NOTE_CHARS])


def _word_then_note(word: str, following: list[str]) -> Status:
    """A status word alone over the title ("Недействующий"): the page may print the
    full note lower down (Kodeks, between rules, naming the repealing act) or end
    its headline with the date; either fills in what the word alone does not."""
    for j, ln in enumerate(following):
        if _CLAUSE.match(ln):
            break  # the act's clauses: a repealed clause is no note on the act
        st = _note_at(following, j)
        if st is not None:
            return st
        if j < 2:
            h = _HEADLINE_LOST.search(ln)
            if h and _since(h.group("rest")):
                return Status("repealed", None, _since(h.group("rest")), "note", word[:NOTE_CHARS])
            h = _HEADLINE_LOST_FROM.search(ln)
            d = find_date(h.group("d")) if h else None
            if d:
                return Status("repealed", None, d[0], "note", word[:NOTE_CHARS])
    return Status("repealed", None, _since(word), "note", word[:NOTE_CHARS])


def read_status(text: str) -> Status | None:
    """The status the print states in the act's head, or None when it says nothing."""
    lines = []
    for ln in (text or "").splitlines():
        if ln.strip():
            lines.append(ln.strip())
            if len(lines) >= HEAD_LINES:
                break
    head = "\n".join(lines)
    m = _GARANT.search(head)
    if m:
        by = _own_line(m.group("by"))
        tail = head[m.end():].split("\n", 1)[0]
        note = " ".join((by + m.group(0)[len(m.group("by")):] + tail).split())
        return Status("repealed", _repealing_act(" ".join(by.split())), _since_opening(tail), "note",
                      note[:NOTE_CHARS])
    m = _SELF_LOST.search(head)
    if m:
        rest = m.group("rest")
        return Status("repealed", _repealing_act(rest), _since(rest), "note", m.group(0)[:NOTE_CHARS])
    for i, ln in enumerate(lines):
        if _CLAUSE.match(ln):
            continue  # "5. Утратил силу. - …": a clause of the act, repealed
        st = _note_at(lines, i) or (_headline_note(ln) if i < HEADLINE_LINES else None)
        if st is not None:
            return st
        if _NOT_IN_FORCE.match(ln):
            return _word_then_note(ln, lines[i + 1:])
        if _IN_FORCE.match(ln):
            return Status("in_force", None, None, "note", ln[:NOTE_CHARS])
    return None


def is_note_line(line: str) -> bool:
    """Whether a heading line is a status note (never a title or its part)."""
    s = line.strip()
    return bool(_LINE.match(s) or _DB_CANCELLED.match(s) or _NOT_IN_FORCE.match(s) or _IN_FORCE.match(s)
                or _GARANT.search(s) or _SELF_LOST.search(s) or _RESTATED.search(s)
                or _EDITION_LOST.match(s))


def for_record(note: dict | None, repealed_in_fund: list[str],
               note_act_stands: bool = False, fund_since: str | None = None) -> dict | None:
    """The status a record exports: the print's note, the fund's repealing
    acts, or both. ``repealed_in_fund`` are references of acts held in the
    fund that repeal this one, the earliest first. When the two disagree (the
    note says in force, the fund holds a repealing act) the fund's evidence
    wins the state and ``differs`` keeps the note's word, so the card can say
    so. When both say repealed, ``repealed_by`` is the fund's act (``source``
    says where it came from; the note keeps its own wording in ``note``) and
    ``since`` the note's date.

    ``fund_since``: the date the earliest repealing act of the fund says the
    act lost force (``ingest.lost_force``), when the note prints none.

    ``note_act_stands``: the note names a repealing act the fund holds, and
    that act does not repeal this one (it amends it, or speaks of another):
    the note's word stands (``source: note``) and ``differs`` says the fund's,
    ``in_force``."""
    if repealed_in_fund:
        out = {"state": "repealed", "repealed_by": repealed_in_fund[0], "since": fund_since,
               "source": "fund", "note": note.get("note") if note else None}
        if note and note.get("state") == "repealed":
            out["since"] = note.get("since") or fund_since
        elif note:
            out["differs"] = note.get("state")
        return out
    if note and note.get("state") == "repealed" and note_act_stands:
        return {**note, "differs": "in_force"}
    return dict(note) if note else None


def reference_of(rec) -> str:
    """An act of the fund as references print it, the gold's form of
    ``amends``/``repeals``: ``постановление Брянской городской администрации
    от 08.09.2004 № 3077-п «…»`` (the body in the genitive)."""
    from .morph import to_genitive
    parts = [rec.kind or "акт"]
    if rec.body:
        parts.append(to_genitive(rec.body))
    if rec.date:
        parts.append(f"от {rec.date[8:10]}.{rec.date[5:7]}.{rec.date[:4]}")
    if rec.number:
        parts.append(f"№ {rec.number}")
    out = " ".join(parts)
    return f"{out} «{rec.title}»" if rec.title else out


_READ = object()


def status_in_fund(fund, rec, note: Status | None | object = _READ) -> dict | None:
    """The status a record carries: its print's note (read again from the
    text it keeps) joined with the acts of ``fund`` that repeal it. The
    catalog stores it at each commit that can change it (the record's own,
    and that of an act repealing it) so the index can filter by it; export
    and cards compute it afresh, so an older catalog shows it too.
    ``note``: ``read_status`` of the record's text when the caller has it
    already (an import's workers read it beside the requisites, so the
    process that commits does not read the text again)."""
    if note is _READ:
        note = read_status(rec.text or "")
    refs, since = [], None
    for from_id, relation, text in fund.cited_by(rec.kind, rec.number, rec.date, rec.body):
        if relation == "repeals" and from_id != rec.id:
            other = fund.get_record(from_id)
            if other and not refs:   # the earliest repealer: the one the act lost force by
                since = lost_force_since(other.text, other.date, rec.number)
            refs.append(reference_of(other) if other else text)
    stands = not refs and note is not None and _note_act_in_fund(fund, rec, note)
    return for_record(note.to_dict() if note else None, refs, stands, since)


def _note_act_in_fund(fund, rec, note: Status) -> bool:
    """Whether the repealing act ``note`` names is an act of the fund (which,
    the caller knows, does not repeal ``rec``)."""
    if note.state != "repealed" or not note.repealed_by:
        return False
    other = act_in_fund(fund, note.repealed_by)
    return other is not None and other.id != rec.id


def act_in_fund(fund, reference: str, exclude_sha: str = ""):
    """The record of the act of ``fund`` a reference names (``постановление
    администрации … от … № …``): its kind, number and date, and a body that
    can be the cited one; None when the fund holds no such act. ``exclude_sha``:
    the citing file's own acts are not looked at."""
    from .links import body_matches, citations
    found = citations(reference, first_only=True)
    if not found:
        return None
    c = found[0]
    target = fund.find_cited(c.kind, c.number, c.date, exclude_sha)
    other = fund.get_record(target) if target else None
    return other if other is not None and body_matches(c.body, other.body) else None
