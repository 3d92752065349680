"""The acts of one file: a newspaper's official section or a bulletin
holds several, each beginning at its own heading; a huge register or code
is one act read at its head and its tail."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.gazette import IssueInfo, IssueText, clipping_header, read_issue
from ingest.gazette_items import articles, signature_end
from ingest.records import ActFields, Publication
from ingest.running import drop_running
from ingest.ru_dates import find_date
from ingest.status import is_note_line
from ingest.textio import compose, unmangle

from .body import body_above
from .cited_list import one_line_citation, under_ordinal
from .date_number import find_number
from .fields import complete, to_fields
from .file_heads import name_then_kind
from .file_pages import relay_draft
from .names import issuer_line
from .head import Head, parse_head
from .kind_line import kind_line
from .lines import Lines, clean, prepare
from .publication import find_publication
from .quotes import OPEN_QUOTES
from .relay import GLUED_KIND, relay_heading
from .scan import disputed_number, recognised_text
from .stray_digit import drop_stray_digit
from .title import after_note
from .approval_note import approval_note
from .vocabulary import ACT_KINDS, KIND_FIRST, PREAMBLE, TITLE_START

_MAX_SPLIT_TEXT = 400_000  # bigger texts are one act: read head and tail only
_HEAD_CHARS = 60_000
_TAIL_CHARS = 20_000


_LIST_CONTINUES = re.compile(r"[»\"”)]\s*[;,]|[;,]\s*$")


def _reference_not_heading(L: Lines, i: int, s: str, depth: int = 0) -> bool:
    """An act cited in a table or a list, not the heading of a published act.

    A heading stands alone: not in a table row (cells joined by a tab), not
    followed by ``;``/``,`` as the items of a list of legal grounds are, and
    not in the middle of a sentence (the line above ends a paragraph); nor
    under a lone point number, nor under a list's item of the same shape
    (``cited_list``: a repealer's list, one act a line).
    """
    if "\t" in L.raw[i]:
        return True
    if _LIST_CONTINUES.search(s):
        return True
    above = L.above(i)
    if above is None:
        # a paragraph (or the text) begins here, or a list or a table goes on past a print's
        # page break (its footer and running header, database noise)
        broken = _above_page_break(L, i)
        return broken is not None and ("\t" in broken or bool(re.search(r"[;,:]\s*$", broken)))
    if "\t" in above or re.search(r"[;,:]\s*$|[а-яё]\s*$", above) or under_ordinal(above):
        return True
    k = L.above_at(i)
    # the item under another: a reference when the item above is one (the first follows the colon)
    return depth < _MAX_ITEMS and k is not None and one_line_citation(above) \
        and _reference_not_heading(L, k, clean(L.raw[k]), depth + 1)


_MAX_ITEMS = 60   # items of a list looked back over


def _above_page_break(L: Lines, i: int) -> str | None:
    """The text line above the page break line ``i`` follows (None when no database noise is
    between them)."""
    k, crossed = i - 1, False
    while k >= 0 and (not L.raw[k].strip() or L.noise[k]):
        crossed = crossed or L.noise[k]
        k -= 1
    return L.raw[k].strip() if crossed and k >= 0 else None


_ANNEX_CONTEXT = re.compile(
    r"^(?:Приложение|ПРИЛОЖЕНИЕ|УТВЕРЖДЕН|Утвержден|к\s+(?:постановлению|решению|приказу|распоряжению))",
    re.IGNORECASE)


def act_starts(L: Lines, first: Head) -> list[int]:
    """Line indexes where a further act begins (a newspaper's official section)."""
    starts: list[int] = []
    n = len(L.raw)
    seen = {(first.date, first.number)}
    # a kind line starts with the capital of a kind word or of a law's
    # adjective (kind_line): the other lines are not read at all
    for i in range(max(first.anchor, 0) + 1, n):
        if L.raw[i].lstrip()[:1] not in KIND_FIRST or not L.ok(i):
            continue
        s = clean(L.raw[i])
        kl = kind_line(s)
        if not kl or kl.kind not in ACT_KINDS or kl.titled:
            continue
        if L.continues_above(i):
            continue
        # annexes ("Приложение к постановлению …") are part of the act
        prev = [k for k in range(max(0, i - 10), i) if L.raw[k].strip()][-6:]
        if any(_ANNEX_CONTEXT.match(L.raw[k].strip()) for k in prev):
            continue
        # "Утратило силу -" / "Постановление Правительства" / "… от … N 4": the
        # repealing act a status note names, not a further act
        if any(is_note_line(clean(L.raw[k])) and after_note(L, k, n) > i for k in prev[-4:]):
            continue
        rest = s[len(kl.raw_kind):]
        if is_note_line(rest.strip()):
            # "ЗАКОН      Утратил силу - Закон Тестовской" / "области от … N 5-ОЗ"
            win = _lines_under(L, after_note(L, i, n) - 1)
        else:
            win = [rest] + _lines_under(L, i)
        d = next((find_date(w) for w in win if find_date(w)), None)
        num = next((find_number(w) for w in win if find_number(w)), None)
        if not d or not num or (d[0], num[0]) in seen:
            continue
        if find_date(kl.rest):
            # "Постановление администрации … от … № …" on one line: a heading
            # only when the title follows, not a reference in running text
            nxt = next((clean(L.raw[k]) for k in range(i + 1, min(n, i + 4)) if L.raw[k].strip()), "")
            tail = s[find_number(s)[2]:] if find_number(s) else ""
            if not (TITLE_START.match(nxt) or re.match(r"^\s*[«\"]", tail)) \
                    or _reference_not_heading(L, i, s):
                continue
        seen.add((d[0], num[0]))
        top = body_above(L, i, 0).top
        # do not reach back into the previous act's lines
        floor = starts[-1] if starts else first.anchor + 1
        starts.append(max(top, floor))
    return starts


def _lines_under(L: Lines, i: int) -> list[str]:
    """Up to four lines under a kind line that may hold its requisites. A
    status note beside the kind word (``Утратил силу - Закон … от … N 5-ОЗ``)
    and a law's adoption line (``Принят … от … N 300``) name other acts:
    they never make the kind line a new act's heading."""
    out: list[str] = []
    n = len(L.raw)
    k = i + 1
    while k < min(n, i + 12) and len(out) < 4:
        t = clean(L.raw[k])
        if not t or L.noise[k]:
            k += 1
            continue
        if is_note_line(t):
            k = after_note(L, k, n)
            continue
        if PREAMBLE.match(t):
            break
        out.append(t)
        k += 1
    return out


def _fields(L: Lines, lo: int, hi: int, text: str, pub: Publication | None) -> ActFields:
    return _act(L, parse_head(L, lo, hi), lo, hi, text, pub)


def _act(L: Lines, h: Head, lo: int, hi: int, text: str, pub: Publication | None) -> ActFields:
    """Head ``h`` of lines ``lo``..``hi`` completed and made the act's fields
    (the body's scan repairs only where ``L`` is recognised text)."""
    return to_fields(complete(L, h, lo, hi), text, pub, L.scan)


def _body_from_run_heading(L: Lines, first: Head, scan: bool) -> Head:
    """A reference line (``РЕШЕНИЕ от 14.03.2016 N 5/21``: a database's or a site's) names no
    body; the act's own heading run into one paragraph below it (``Заречная … комиссия …
    РЕШЕНИЕ 14 марта 2016 года № 5/21 О …``) does: its body, when its kind, date and number
    are the reference line's, and its title where the line under a site's reference line
    opens no title (a menu: ``Решения комиссии [405] | …``)."""
    if first.body is not None or first.anchor < 0 or not (first.date and first.number):
        return first
    relaid = relay_heading("\n".join(L.raw[first.anchor + 1:]))
    if relaid is None:
        return first
    L2 = prepare(relaid, scan)
    again = parse_head(L2, 0, len(L2.raw))
    same = (again.kind, again.date, again.number) == (first.kind, first.date, first.number)
    if not (same and again.body):
        return first
    own_title = again.title and TITLE_START.match(again.title) \
        and not (first.title and TITLE_START.match(first.title.lstrip(OPEN_QUOTES + " ")))
    return replace(first, body=again.body, title=again.title if own_title else first.title)


def _read_again(laid: str, scan, text: str, pub, accept) -> list[ActFields] | None:
    """The page as a repair laid it out again (its heading run into one paragraph,
    a sharing site's file name, a draft's blank, a programme's approval note), read
    as one act when its head passes ``accept``; None leaves the first reading."""
    L2 = prepare(laid, scan)
    again = parse_head(L2, 0, len(L2.raw))
    return [_act(L2, again, 0, len(L2.raw), text, pub)] if accept(again) else None


def extract_acts(text: str, meta: dict | None = None) -> list[ActFields]:
    """Requisites of each act in ``text`` (at least one element).

    A newspaper's official section or a bulletin gives one ``ActFields`` per
    act with its own ``text``; otherwise ``text`` is the whole text. A field
    that is not printed is None and named in ``warnings``.
    """
    meta = meta or {}
    # a pasted page whose Russian went through a Latin-1 reading (a site that
    # declared the wrong charset: «ÐÅØÅÍÈÅ» for «РЕШЕНИЕ») is read back first, as
    # a file's bytes are when decoded (``textio.unmangle``; any other text is kept)
    text = drop_stray_digit(compose(unmangle(text or "")))  # NFD letters composed (textio.compose)
    scan = recognised_text(meta)
    if len(text) > _MAX_SPLIT_TEXT:
        # huge registers and codes: the heading is on top, a law's signature at the end
        view = text[:_HEAD_CHARS] + "\n\n" + text[-_TAIL_CHARS:]
        L = prepare(view, scan)
        pub = find_publication(L, meta)
        return [_fields(L, 0, len(L.raw), text, pub)]
    issue = read_issue(text)
    if issue is not None:
        acts = issue_acts(issue, scan)
        if acts:
            return acts
    if "running_spans" in meta:   # a PDF's running headers and footers (ingest.running)
        text = drop_running(text, meta)
    clip = clipping_header(text)
    if clip is not None:
        return clipping_acts(text, *clip, scan, meta)
    L = prepare(text, scan)
    pub = find_publication(L, meta)
    first = disputed_number(parse_head(L, 0, len(L.raw)), meta)
    if first.anchor < 0 and first.kind is None or first.inferred_kind \
            or first.body is None and first.title is None and GLUED_KIND.search(text[:3000]):
        # (or a site's card line over a heading whose line breaks were lost)
        # a page or bulletin that ran the heading into one paragraph
        relaid = relay_heading(text)
        if relaid is not None and (acts := _read_again(relaid, scan, text, pub,
                                                       lambda h: h.anchor >= 0 and h.date and h.number)):
            return acts
    if first.kind is None and (laid := name_then_kind(text, issuer_line)) is not None:
        # a sharing site's name of the file: its first lines run into one, the kind word last
        if acts := _read_again(laid, scan, text, pub, lambda h: h.kind is not None and h.body is not None):
            return acts
    if first.title is None and first.date is None and first.number is None \
            and (laid := relay_draft(text)) is not None:
        # a draft's blank run into one paragraph on a sharing page: the issuer, the
        # draft's mark and kind word, the title and the text laid out again
        if acts := _read_again(laid, scan, text, pub, lambda h: h.kind is not None and h.title is not None):
            return acts
    if first.kind is None and first.date is None and first.number is None \
            and (laid := approval_note(text)) is not None:
        # a program's page opening with its bracketed approval note (``approval_note``):
        # the act that approved it, read from the note's approving clause as from a stamp
        if acts := _read_again(laid, scan, text, pub, lambda h: h.kind is not None and h.date and h.number):
            return acts
    first = _body_from_run_heading(L, first, scan)
    starts = act_starts(L, first) if first.anchor >= 0 and first.kind is not None else []
    if not starts:
        return [_act(L, first, 0, len(L.raw), text, pub)]
    bounds = [0] + starts + [len(L.raw)]
    acts = []
    for a, b in zip(bounds, bounds[1:]):
        seg_text = "\n".join(L.raw[a:b]).strip("\n")
        # the first act ends where the second begins: re-read its tail
        h = parse_head(L, a, b)
        if a == 0:
            h = disputed_number(h, meta)  # the hand-filled line is the first page's
        acts.append(_act(L, h, a, b, seg_text, pub))
    return acts


def issue_acts(issue: IssueText, scan: bool = False) -> list[ActFields]:
    """Every item of a newspaper issue (``ingest.gazette``) in print order:
    each act with its own requisites and text, each article between them
    as a ``публикация``; each with the issue's publication and the page it
    begins on. Empty when no act heading is found (the caller reads the
    text as one act)."""
    L = prepare(issue.text, scan)
    n = len(L.raw)
    starts = act_starts(L, Head())
    if not starts:
        return []
    info = issue.info

    def pub(line: int) -> Publication:
        return Publication(name=info.name, issue=info.number, date=info.date,
                           page=issue.pages[line] if 0 <= line < n else None)

    items: list[ActFields] = []

    def add_articles(lo: int, hi: int) -> None:
        for a in articles(L.raw, lo, hi):
            body = "\n".join(L.raw[a.start:a.end]).strip("\n")
            items.append(ActFields(kind="публикация", number=None, date=info.date, body=None,
                                   level=None, title=a.headline, publication=pub(a.start),
                                   text=body, warnings=("no_number", "no_body")))

    add_articles(0, starts[0])
    bounds = starts + [n]
    for a, b in zip(bounds, bounds[1:]):
        end = signature_end(L.raw, a, b) or b
        rest = articles(L.raw, end, b)
        if not rest:
            end = b
        h = parse_head(L, a, end)
        first = next((k for k in range(a, end) if L.raw[k].strip()), a)
        items.append(_act(L, h, a, end, "\n".join(L.raw[a:end]).strip("\n"), pub(first)))
        if rest:
            add_articles(end, b)
    return items


def clipping_acts(text: str, info: IssueInfo, page: str | None, scan: bool,
                  meta: dict) -> list[ActFields]:
    """A clipping: one act or article cut from a page with the page's
    running header, which gives its publication; without an act's heading
    it is an article (``публикация``) under its headline."""
    lines = [ln for ln in text.split("\n") if clipping_header(ln) is None]
    body = "\n".join(lines).strip("\n")
    pub = Publication(name=info.name, issue=info.number, date=info.date, page=page)
    L = prepare(body, scan)
    first = disputed_number(parse_head(L, 0, len(L.raw)), meta)
    if first.anchor >= 0 and first.kind is not None and not first.inferred_kind:
        return [_act(L, first, 0, len(L.raw), body, pub)]
    found = articles(L.raw, 0, len(L.raw))
    title = found[0].headline if found else None
    return [ActFields(kind="публикация", number=None, date=info.date, body=None, level=None,
                      title=title, publication=pub, text=body,
                      warnings=("no_number", "no_body") + (() if title else ("no_title",)))]
