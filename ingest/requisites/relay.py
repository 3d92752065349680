"""A heading run into one paragraph, laid out again in lines."""
from __future__ import annotations

import re

from ingest.heading import EDITION_NOTE_OPEN
from ingest.ru_dates import find_date

from .body import split_names
from .date_number import find_number
from .lines import filled_in


_RUN_KIND = re.compile(
    r"(?<![А-ЯЁа-яё])(ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|ПРИКАЗ|УКАЗ|"
    r"П О С Т А Н О В Л Е Н И Е|Р А С П О Р Я Ж Е Н И Е|Р Е Ш Е Н И Е|П Р И К А З|"
    # a council's regulation numbered as an act of its own ("… ПОЛОЖЕНИЕ № 4/1-СД «23» 01 2002 О …"):
    # only with its number's sign right after the word, as such a heading prints it (heldout72)
    r"ПОЛОЖЕНИЕ(?=\s*№))(?![А-ЯЁа-яё])")
_FILLED_WINDOW = 120  # how far after the kind word a blank's filled rules are read


def _filled_after_kinds(head: str) -> str:
    """``head`` with the blank's rules around the values typed into them (``№ ___4/1___-СД
    « __23__ » __01__ 2002``) read as ``lines.filled_in`` reads a line, in the stretch after each
    kind word: the requisites a flattened heading gives there."""
    if "_" not in head:
        return head
    for m in reversed(list(_RUN_KIND.finditer(head))):
        end = m.end() + _FILLED_WINDOW
        head = head[:m.end()] + filled_in(head[m.end():end]) + head[end:]
    return head


# the kind word glued between the body's last word and the date ("… ОБЛАСТИРЕШЕНИЕот 26 апреля …"):
# a page that lost the heading's line breaks
GLUED_KIND = re.compile(r"(?<=[А-ЯЁ]{4})(ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|ПРИКАЗ)(?=(?:от|ОТ)\s*\d)")

# a database's edition note after the title's last word, ending the title
_EDITION_AFTER_WORD = re.compile(r"[А-ЯЁа-яё]\s+" + EDITION_NOTE_OPEN + r"[^()]*(?:\([^()]*\)[^()]*)*\)\s*$",
                                 re.IGNORECASE)
_SITTING = re.compile(r"^\s*\(\s*принят[оаы]?\s+на\s[^()]*(?:заседани|сесси)[^()]*\)", re.IGNORECASE)
_STATE = re.compile(r"^\s*((?i:российская\s+федерация))\s+(?=\S)")


def relay_heading(text: str) -> str | None:
    """A heading run into one paragraph (a bulletin's or a site's flattened
    copy: ``… БИБЛИОТЕКА» ПРИКАЗ 14 марта 2025 г. № 41-ОД г. Мурманск О
    проведении … С целью …``) laid out again in lines: the body, the kind
    word, the date and number, the place, the title and the text. Only a
    capitalised kind word followed by a date and a number is taken."""
    head = _filled_after_kinds(GLUED_KIND.sub(r" \1 ", text[:3000]))
    if head != text[:3000]:
        # the number glued to the title ("№ 11Об отключении …")
        head = re.sub(r"((?:№|N)\s*\d[\d/-]*)(?=(?:О|Об|Обо)\s+[а-яё])", r"\1 ", head)
    for m in _RUN_KIND.finditer(head):
        after = head[m.end():m.end() + 120]
        d, n = find_date(after), find_number(after)
        kind_text = m.group(1)
        if d and n and min(d[1], n[1]) <= 20:
            before, cut = head[:m.start()], m.end() + max(d[2], n[2])
            requisites = head[m.end():cut].strip()
        elif (issuer := ISSUER_AFTER_KIND.match(head, m.end())) is not None \
                and (req := _requisites_at(head, issuer.end())) is not None:
            # "ПОСТАНОВЛЕНИЕ администрации Сосновского сельсовета от «11» марта 2015 г. № 5 Об …":
            # the kind line names the issuer in the genitive before the date and the number
            kind_text = f"{m.group(1)} {issuer.group(1)}"
            before, cut, requisites = head[:m.start()], req, head[issuer.end():req].strip()
        elif (signless := _date_and_signless_number_at(head, m.end())) is not None:
            # "… ОБЛАСТИ РАСПОРЯЖЕНИЕ 06.07.2021 183-ра О проведении …": a site's one-line heading,
            # the number typed after the date without its sign (the blank's sign was a picture)
            before, cut, requisites = head[:m.start()], signless[0], signless[1]
        elif (at := _requisites_before(head, m.start())) is not None:
            # "… РАЙОНА № 04 «20» марта 2015 г. РЕШЕНИЕ О …": the number and the date before the kind word
            before, cut, requisites = head[:at], m.end(), head[at:m.start()].strip()
        else:
            continue
        rest = head[cut:] + text[3000:]
        # the place, then the title up to where the preamble or the first clause begins
        pm = re.match(r"\s*((?:г\.|с\.|п\.|пос\.|ст-ца|д\.)\s*[А-ЯЁ][А-ЯЁа-яё-]+)", rest)
        place = pm.group(1) if pm else ""
        rest = rest[pm.end():] if pm else rest
        # "(принято на двадцать третьем заседании городского Совета)": the sitting, not the title
        rest = _SITTING.sub("", rest)
        # (after a space, or glued to the title's closing bracket, quote or last
        # word: "… (2 этап)В целях …", "… структурыРассмотрев …"); the operative verb
        # whole, not the «приказов»/«постановлений» of a note or of a cited act
        tm = re.search(r"(?:\s|(?<=[)»\"а-яё]))(?=(?:В\s+(?:целях|соответстви[ие]|связи)|С\s+целью|Руководствуясь|На\s+основании|"
                       r"Во\s+исполнение|Рассмотрев|Заслушав|В\s+рамках|п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в|"
                       r"п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?(?:л\s?я|и\s?л)|"
                       r"1\.\s))", rest)
        title, body_text = (rest[:tm.start()], rest[tm.start():]) if tm else (rest, "")
        # "… МЕСТНОГО БЮДЖЕТА (в редакции приказов … от …, от …)": the database's note of the
        # act's editions, closing the title where the text begins, goes on a line of its own
        # (a note after a cited act's number or quoted name is the cited act's and stays)
        note = _EDITION_AFTER_WORD.search(title) if tm else None
        if note:
            title, body_text = title[:note.start() + 1], title[note.start() + 1:].strip() + "\n" + body_text
        # the body block: the last paragraph before the kind word, split where
        # a new name starts (a ministry above its institution)
        block = re.sub(r"^\s*\d{1,3}\s+", "", before.split("\n")[-1])
        lines = before.split("\n")[:-1]
        state = _STATE.match(block)
        if state:  # the state's name over the body: a line of its own, never the body's
            lines.append(state.group(1))
            block = block[state.end():]
        rule = _BLANK_RULE.search(block)
        address = ""
        if rule:  # "… СЕЛЬСОВЕТА ________ 660000, с. Сосновка, ул. …": the blank's rule, then its address
            block, address = block[:rule.start()], block[rule.end():].strip()
        lines += split_names(block)
        if rule:
            lines += ["__________"] + ([address] if address else [])
        return "\n".join(lines + [kind_text, requisites, place, title.strip(), body_text.strip()])
    return None


# the issuer in the genitive after the capitalised kind word of a flattened heading, up to
# «от» and the date ("ПОСТАНОВЛЕНИЕ администрации Сосновского сельсовета от …")
ISSUER_AFTER_KIND = re.compile(
    r"\s+((?:администрации|главы|совета|собрания|думы|комитета|управления|министерства|правительства|"
    r"губернатора|мэра|мэрии|председателя)\s[^.;:«»\"\n\d]{3,110}?)\s+(?=от\s)")

# the rule a blank draws under the body's name (its address under it)
_BLANK_RULE = re.compile(r"\s_{5,}\s*")


def _requisites_at(head: str, k: int) -> int | None:
    """Where the date and the number opening ``head`` at ``k`` end (``от «11» марта
    2015 г. № 5``); None unless both are there, right at the start."""
    after = head[k:k + 60]
    d, n = find_date(after), find_number(after)
    if not (d and n) or min(d[1], n[1]) > 4:
        return None
    return k + max(d[2], n[2])


# the date right after the kind word, then a register number with no sign (digits first, a
# register's letters after a hyphen or a slash: "183-ра", "45/2", "12"), then a title («О …»)
_SIGNLESS_AFTER_KIND = re.compile(
    r"\s{1,4}(?:от\s+)?(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\s*(?:г\.|года)?\s+"
    r"(?P<num>\d{1,5}(?:[-/]\d{1,5})?(?:-?[а-яё]{1,3})?)\s+(?=(?:О|Об|Обо)\s+[а-яё])")


def _date_and_signless_number_at(head: str, k: int) -> tuple[int, str] | None:
    """Where a date in digits and a number without its sign, printed right after the
    kind word at ``k`` and before the title, end, and the two as a requisites line with
    the sign restored (``06.07.2021 № 183-ра``); None unless exactly that shape is there
    (a year alone is no number; a date with a sign the other readings take)."""
    m = _SIGNLESS_AFTER_KIND.match(head, k)
    if m is None or re.fullmatch(r"(?:19|20)\d\d", m.group("num")) or not find_date(m.group("date")):
        return None
    return m.end(), f"{m.group('date')} № {m.group('num')}"


def _requisites_before(head: str, k: int) -> int | None:
    """Where the number and the date printed right before the kind word at ``k``
    begin (nothing but spaces between them and the kind word); None if they are not there."""
    lo = max(0, k - 60)
    pre = head[lo:k]
    d, n = find_date(pre), find_number(pre)
    if not (d and n) or pre[max(d[2], n[2]):].strip():
        return None
    return lo + min(d[1], n[1])
