"""The issuer an act names itself where its heading does not: the body
that adopted it, the subject of its operative formula, the office of its
signer, or the President who signed a law."""
from __future__ import annotations

import re

from ingest.morph import parses, place_adjective

from .head import Head
from .date_number import PLACE_ABBR_WORDS
from .lines import Lines, clean
from .stamp import APPROVING_COLUMN, read_stamp
from .names import body_head_gen, gen_word, has_territory, head_lemma, names_organ, nominative, territory_only
from .vocabulary import ACT_KINDS, CONVOCATION_TAIL, GROUNDS, PERSON

# "… Совет депутатов Лесного района решил:", "администрация … постановляет:":
# the operative formula names the issuer in the nominative, right before the verb
# (letter-spaced in either case before its colon: "р е ш и л :", "Р Е Ш И Л А:"); a joint
# act's two issuers before the verb in the plural ("Областная Дума и Палата … постановляют:")
_FORMULA_VERB = re.compile(
    r"\s(?:решил[аио]?|РЕШИЛ[АИО]?|решает|РЕШАЕТ|решают|РЕШАЮТ|постановляет|ПОСТАНОВЛЯЕТ|"
    r"постановляют|ПОСТАНОВЛЯЮТ|постановил[аио]?|ПОСТАНОВИЛ[АИО]?|приказывает|ПРИКАЗЫВАЕТ|"
    r"приказывают|ПРИКАЗЫВАЮТ|(?:Решил[аио]?|Постановляет|Постановляют)(?=\s*:)|"
    r"(?i:р\s?е\s?ш\s?и\s?л\s?[аио]?|п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?я\s?е\s?т)(?=\s*:))\s*:?",
    )
# a printed heading run into a page's paragraph: the kind word in capitals (or
# letter-spaced) and the body in the genitive before the date or the number
# ("Р Е Ш Е Н И Е СОВЕТА ДЕПУТАТОВ … (ПЯТЫЙ СОЗЫВ) от 12 мая 2022 года № 8/21")
_RUN_ON_HEADING = re.compile(
    r"(?<![А-ЯЁа-яё])(?:" + "|".join(r"\s?".join(k.upper()) for k in sorted(ACT_KINDS - {"закон"}))
    + r")\s+(?P<gen>[А-ЯЁ][А-ЯЁ\s«»\"„“-]{5,160}?)\s*(?:\([^()]{0,40}\)\s*)?(?:от\s+\d|№|N\s*\d)")
# a convocation's or a session's words after the name ("… ТРЕТЬЕГО СОЗЫВА ВНЕОЧЕРЕДНАЯ СЕССИЯ")
_SITTING_TAIL = re.compile(r"\s+[А-ЯЁа-яё-]+\s+(?:созыв[а-яё]*|сесси[яи]|заседани[еяи])\s*$", re.IGNORECASE)


def _without_sittings(gen: str) -> str:
    """The body's name without the convocation and session lines a heading prints
    under it (each on its line, run into one here): no name ends in them."""
    while (cut := _SITTING_TAIL.sub("", gen)) != gen and cut:
        gen = cut
    return gen


# the grounds that open a preamble: never inside a body's name
_GROUNDS_INSIDE = re.compile(r"\s(?:" + GROUNDS + r")")
_PREPOSITIONS = {"в", "во", "на", "о", "об", "при", "для", "с", "со", "к", "от", "из", "за", "по",
                 "через", "между", "перед"}
_FORMULA_HEADS = {"совет", "дума", "собрание", "администрация", "правительство", "глава",
                  "губернатор", "мэр", "мэрия", "комитет", "хурал", "курултай", "управа",
                  "министерство", "департамент", "управление", "комиссия", "президиум",
                  "кабинет", "коллегия"}
# a quote closing the word before the council's name: a name in quotes the formula cites
_CLOSING_QUOTES = frozenset("»\"”“'")
# the signer's office where a decree or order speaks in the first person
_SIGNER = re.compile(
    r"^(?:Временно\s+исполняющий\s+обязанности\s+|И\.\s?о\.\s+|Исполняющий\s+обязанности\s+)?"
    r"(?P<office>(?:Глава|ГЛАВА|Губернатор|ГУБЕРНАТОР|Мэр|МЭР|Президент|ПРЕЗИДЕНТ|"
    r"Городской\s+[Гг]олова|ГОРОДСКОЙ\s+ГОЛОВА)\b[^\d|]{0,120}?)"
    r"\s*(?:[|]|\s{2,}|\t|$|(?=[А-ЯЁ]\.\s?[А-ЯЁ]\.)|(?=[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.))")
_SIGNER_AT_END = re.compile(
    r"(?:^|[.;]\s+)(?:И\.\s?о\.\s+|Исполняющий\s+обязанности\s+)?"
    r"(?P<office>(?:Глава|главы|Главы|ГЛАВА|Глава\s+администрации|главы\s+администрации)\b[^.\d|]{3,100}?)"
    r"\s+" + PERSON + r"\s*$")
_NAME_TAIL = re.compile(r"\s*" + PERSON + r"\s*$")          # at the end of an office's line
_NAME_LINE = re.compile(r"^\|?\s*" + PERSON + r"\s*\|?$")  # a line of its own


# an abbreviation's dot ends a name ("Губернатор Тестовской обл."): it stays
_ABBREVIATED_END = re.compile(r"(?<![А-ЯЁа-яё])(?:обл|г|гор|р-на|респ|им)\.$")


def trim_name(name: str) -> str:
    """A name cut from a sentence, without the spaces, commas and the
    sentence's full stop around it (an abbreviation keeps its dot)."""
    name = name.strip(" ,")
    return name if _ABBREVIATED_END.search(name) else name.strip(" ,.")


def _formula_subject(sentence: str) -> str | None:
    """``… руководствуясь Уставом, Лесной районный Совет депутатов`` ->
    ``Лесной районный Совет депутатов``: from the body's head noun (and the
    adjectives before it) to the verb, in the last clause of the sentence.
    A head after a preposition (``внесения в Совет …`` of a title run into
    the formula) is no subject, nor one whose name would run on too long:
    the subject is a later one."""
    # "… Совет народных депутатов … района,   РЕШИЛ:": a comma typed between the name and the verb
    clauses = re.split(r"([,;:()]|\s[-–—]\s)", sentence.rstrip(" ,"))
    subject = _subject_of(clauses[-1])
    # a name goes on over a dash or brackets ("… образования – муниципального округа …",
    # "… улуса (района) Республики Саха (Якутия)"): the clause before joins the last
    k, tail = len(clauses) - 1, clauses[-1]
    while subject is None and k >= 2 and clauses[k - 1].strip() in ("(", ")", "-", "–", "—"):
        tail, k = clauses[k - 2] + clauses[k - 1] + tail, k - 2
        subject = _subject_of(tail)
    if subject is not None:
        return subject
    # a name with an enumeration ("министерство труда, занятости и социального
    # развития … области постановляет"): its head stands a comma before
    if len(clauses) >= 3 and clauses[-2] == ",":
        subject = _subject_of(clauses[-3] + ", " + clauses[-1].strip())
        if subject is not None and "," in subject:
            return subject
    return None  # (a head in the clause before the name is none)


# a person's two initials, in one word or two ("В.М." / "А. В."), before a surname (one
# capital with its dot alone may be a place's abbreviation: "Г. ЛЕСНАЯ ГОРОДСКАЯ ДУМА")
_INITIAL = re.compile(r"^[А-ЯЁ]\.$")
_INITIALS = re.compile(r"^[А-ЯЁ]\.[А-ЯЁ]\.$")


def _after_initials(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` follows a person's two initials that do not close a name
    begun by the surname (``… специалистом Петренко А.В. Сосновская сельская Дума``:
    the surname stands before the initials, the council's adjective after them)."""
    if k >= 1 and _INITIALS.match(words[k - 1]):
        before = k - 2
    elif k >= 2 and _INITIAL.match(words[k - 1]) and _INITIAL.match(words[k - 2]):
        before = k - 3
    else:
        return False
    return not (before >= 0 and _surname(words[before]))


def _surname(w: str) -> bool:
    """A capitalised word the dictionary knows as a surname first (``Петренко``, ``Смирнова``)."""
    first = parses(w.strip(",").lower())[:1]
    return w[:1].isupper() and bool(first) and "Surn" in first[0].tag


def _agrees(word: str, head) -> bool:
    """Whether ``word`` reads as a nominative adjective of the head noun's gender. After a
    person's surname and initials ("… специалистом Кузнецовой А.П. Луговская сельская Дума
    решила") the word after the initials opens the body's name when another adjective
    of it follows: a surname stands right before the noun, and one of another gender
    never agrees with it ("В.М. Зимина сельский Совет")."""
    return any((p.tag.POS == "ADJF" or place_adjective(p)) and p.tag.case == "nomn"
               and p.tag.gender == head.tag.gender
               for p in parses(word.strip("«»\"'").lower()))


def _subject_of(clause: str) -> str | None:
    clause = CONVOCATION_TAIL.sub("", clause.strip()).strip()
    words = clause.split()
    for i, w in enumerate(words):
        core = w.strip("«»\"'").lower()
        if not core.isalpha() or i and words[i - 1].lower() in _PREPOSITIONS:
            continue
        # a council is one: "Думы" read as a plural nominative is the genitive
        # of a name in the title above ("О принятии обращения … Думы")
        ps = [p for p in parses(core)[:3]
              if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number != "plur"]
        if not ps or ps[0].normal_form not in _FORMULA_HEADS:
            continue
        j = i
        while j > 0:
            if words[j - 1][-1] in _CLOSING_QUOTES:
                break  # "… городское поселение «Город Заречный» городская Дума": the charter's name ends there
            if _after_initials(words, j - 1) and not (j < i and _agrees(words[j - 1], ps[0])):
                break  # "… поручений Главы В.М. Зимина Совет депутатов": a surname after initials, never the name's adjective
            prev = words[j - 1].strip("«»\"'").lower()
            if any((p.tag.POS == "ADJF" or place_adjective(p)) and p.tag.case == "nomn"
                   for p in parses(prev)):
                j -= 1
            else:
                break
        name = trim_name(" ".join(words[j:]))
        if _GROUNDS_INSIDE.search(name):
            return None  # a card's line run into a formula naming no one ("… поселение» В соответствии с …")
        if 2 <= len(name.split()) <= 16 or ps[0].normal_form in ("правительство",):
            return name
    return None


def issuer_from_text(L: Lines, h: Head, lo: int, hi: int) -> str | None:
    """Where no heading names the issuer (a web page under an aggregator
    line, a print that starts with the title), the act names it itself: in
    the operative formula, or — when the formula is in the first person —
    the signature's office (``Губернатор … области``). The heading's body
    stays when it names one. The formula is read after the heading, or — for
    a portal's card printed under the text (``Решение собрания депутатов`` /
    its date) — from the act's first line, above the card."""
    start = lo if h.card_under_text else max(h.anchor, lo)
    if h.kind in ACT_KINDS and h.kind != "закон" and h.body and h.body[:1].islower():
        # "Решение территориальной избирательной комиссии №…" over "… территориальная
        # избирательная комиссия Заречного района решила:": the formula says whose
        who = _named_in_formula(L, h.kind, start, hi)
        if who is None and h.anchor > lo:
            # requisites read from the annex's stamp under the act's text ("УТВЕРЖДЕН" /
            # "постановлением администрации" / "от … N 347"): the formula stands above it
            who = _named_in_formula(L, h.kind, lo, h.anchor)
        if who is None and h.card_under_text:
            # "Постановление главы" under a text in the first person: the signer's office names
            # the head whole ("Глава Ольховского сельского поселения")
            who = _signer_office(L, lo, h.anchor)
        if who and len(who) > len(h.body) and who.casefold().startswith(h.body.casefold() + " "):
            return who
    if h.body is None and h.kind not in ACT_KINDS and (by := _approving_body(L, h, lo, hi)):
        return by
    if h.kind == "устав" and not (h.body and names_organ(h.body)) and (by := _charter_adopted_by(L, lo, hi)):
        # a charter's page under the municipality's name: "ПРИНЯТ" / "решением Совета …"
        return by
    if h.kind not in ACT_KINDS or h.body is not None and (
            h.kind == "закон" or not (territory_only(h.body) or territory_tail(h.body))):
        return h.body
    # a region's name over a council's decision says where, not who: look further
    who = _named_in_formula(L, h.kind, start, hi)
    if who is not None and h.body and (at := h.body.casefold().find(who.casefold())) > 0:
        # "Российская Федерация Городской Совет депутатов Сосновска" on one line over a
        # formula's "городской Совет решил": the heading's name from the formula's words on
        return h.body[at:]
    if who is not None and h.body and names_organ(h.body):
        # "РОССИЙСКАЯ ФЕДЕРАЦИЯ МАЛЫЙ СОВЕТ ТЕСТОВСКОГО ОБЛАСТНОГО СОВЕТА …" over "малый Совет
        # областного Совета … решил": the formula names the heading's body shorter, the heading whole
        return h.body
    if who is not None:
        return who
    if h.kind not in ("постановление", "распоряжение", "указ"):
        return h.body
    office = _signer_office(L, lo, hi)
    return office if office is not None else h.body


# the territory's words of a block's last line ("ПРИМОРСКОГО КРАЯ", "ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА")
_TERRITORY_WORD = re.compile(r"(?i)област|кра[йя]\b|республик|район|округ")


def territory_tail(body: str) -> bool:
    """A "body" that is only a territory in the genitive, no organ named
    (``ПРИМОРСКОГО КРАЯ``): the last line of an issuer block whose upper lines
    the page lost (it starts there). It says where, not who: the formula names
    the issuer (``Дума Пограничного муниципального района решила``)."""
    words = body.split()
    return 1 <= len(words) <= 6 and not names_organ(body) and bool(_TERRITORY_WORD.search(body)) \
        and all(gen_word(w) for w in words)


# an approval stamp's word (``УТВЕРЖДЕНО``, ``Утвержден постановлением …``) under a regulation's name
_APPROVED_WORD = re.compile(r"^(?:УТВЕРЖДЕН[АОЫ]?|Утвержден[аоы]?)\b")


def _approving_body(L: Lines, h: Head, lo: int, hi: int) -> str | None:
    """A regulation or a charter a copy prints with no heading of its issuer
    (``Положение от … № 307`` / its title / ``решением`` / ``Заречной районной
    Думы`` / ``от … N 307``, or ``УТВЕРЖДЕНО`` / ``постановлением Правительства`` /
    ``Заречной области`` / ``от … N 214``): the approval under its title names the body that
    adopted it, in the genitive; taken where the approving act's date or number
    is the document's own."""
    for i in range(max(lo, h.anchor if h.anchor >= 0 else lo), min(hi, lo + 25)):
        line = clean(L.raw[i].strip())
        if APPROVING_COLUMN.match(line):
            st = read_stamp(L, i, hi, APPROVING_COLUMN)
        elif _APPROVED_WORD.match(line):
            # «УТВЕРЖДЕНО» / «постановлением Правительства» / «Заречной области» / «от … N 214»
            # under the regulation's name: the stamp whole, its word on its own line or not
            st = read_stamp(L, i, hi)
        else:
            continue
        if st is not None and st.body and (st.number and st.number == h.number or st.date and st.date == h.date):
            return st.body
    return None


# a charter's adoption under its name: "ПРИНЯТ" (alone on its line or not) "решением Совета
# депутатов … от 12 декабря 2005 года № 14": the adopting body, in the genitive, before the date
_CHARTER_ADOPTED = re.compile(
    r"^\(?\s*(?i:принят|одобрен)[аоы]?\s+(?i:постановлением|решением)\s+"
    r"(?P<who>[А-ЯЁа-яё][^\d№«\"]{5,220}?)\s*(?:от\s+)?(?:«\s*)?\d")


def _charter_adopted_by(L: Lines, lo: int, hi: int) -> str | None:
    """The body a charter says adopted it, in the nominative (``Совет депутатов …``)."""
    lines = [clean(L.raw[i]) for i in range(lo, min(hi, lo + 60)) if L.raw[i].strip() and not L.noise[i]][:30]
    for prev, s in zip([""] + lines, lines):
        joined = f"{prev} {s}" if re.fullmatch(r"(?i)\(?\s*(?:принят|одобрен)[аоы]?", prev) else s
        m = _CHARTER_ADOPTED.match(joined)
        if m and head_lemma(m.group("who")) in _ACCEPTING_HEADS:
            who = nominative(trim_name(m.group("who")))
            return who[:1].upper() + who[1:]
    return None


# a bracketed office inside an adopting body's name and the name's words after it, in the
# genitive ("(губернатор) Тестовской обл.", "(губернатора) Заречного края")
_BRACKETED_OFFICE = re.compile(r"\s*\([а-яё]{4,20}\)(?:\s+[А-ЯЁ][а-яё-]+(?:ой|ого|ей|его)\b)+(?:\s+(?:обл\.|области|края|округа|республики))?")


def _named_in_formula(L: Lines, kind: str, start: int, hi: int) -> str | None:
    """The body a decision says adopted it (``Принято … Думой``) or the
    subject of the operative formula (``… Совет депутатов решил:``)."""
    lines = [clean(L.raw[i]) for i in range(start, min(hi, start + 80))
             if L.raw[i].strip() and not L.noise[i]]
    flat = " ".join(lines)[:6000]
    if kind != "закон" and (rm := _RUN_ON_HEADING.search(flat[:2000])) \
            and body_head_gen(gen := _without_sittings(rm.group("gen").strip())):
        return nominative(gen)  # the heading in the paragraph names it
    if (who := _accepted_by(lines[:3])) is not None:
        return who
    # "Принято / Заречной городской Думой (Тестовская обл.) / 22 июня 2012 года"
    # (an aggregator's edition bullets "• В редакции • № 9" end the name, the bullets lost too)
    am = re.search(r"\bПринят[оаы]?\s+(?:[-–—]\s+)?(?P<who>[А-ЯЁа-яё][^()\d•]{3,120}?)\s*(?:\(|\d|•|В\s+редакци|$)", flat)
    if am and kind != "закон" and head_lemma(am.group("who")) in _FORMULA_HEADS:
        # "Главой администрации (губернатор) Тестовской обл.": the office in brackets
        # inside the name, the name going on to the region after it
        inner = _BRACKETED_OFFICE.match(flat, am.end("who"))
        who = am.group("who") + (f" {inner.group(0).strip()}" if inner else "")
        return nominative(trim_name(who))
    m = _FORMULA_VERB.search(flat)
    if m:
        head = flat[:m.start()]
        sentence = _last_sentence(head)
        who = _formula_subject(L.fix(sentence))
        if who:
            return who
    return None


# a database's line naming the body after the requisites, in the instrumental ("Решение от
# 15.12.2020 № 5, принятое Советом депутатов …", maybe the title in quotes after it)
_ACCEPTED_BY = re.compile(r",\s*(?i:принят(?:ое|ый|ая|ые|о|а|ы)?)\s+(?P<who>[А-ЯЁа-яё][^\d]{3,200}?)"
                          r'\s*(?:["«„“](?=(?:О|Об|Обо)\s)|$)')
_ACCEPTING_HEADS = _FORMULA_HEADS | {"палата", "орган"}


def _accepted_by(lines: list[str]) -> str | None:
    """``…, принятое Советом депутатов Заречного района`` on the act's first lines -> the
    body in the nominative (a name in lower case, ``главой …``, capitalised)."""
    for s in lines:
        if "ринят" not in s and "РИНЯТ" not in s:
            continue
        m = _ACCEPTED_BY.search(s)
        if m and head_lemma(m.group("who")) in _ACCEPTING_HEADS:
            who = nominative(trim_name(m.group("who")))
            return who[:1].upper() + who[1:]
    return None


# a place's abbreviation before its name ("Совет депутатов г. Заречного решил", "… рп. Сосновка …"):
# no sentence ends there
_PLACE_ABBR = re.compile(r"(?:^|\s)(?:" + PLACE_ABBR_WORDS + r")\.$")


# a sentence ends at a stop before a capital, not at a person's initial ("… Главы В.М. Зимина Совет …")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!(?<![А-ЯЁа-яё])[А-ЯЁ]\.)\s+(?=[А-ЯЁ])|\n")


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``; a place's abbreviation ends none."""
    pieces = _SENTENCE_END.split(text)
    out = pieces.pop()
    while pieces and _PLACE_ABBR.search(pieces[-1]):
        out = pieces.pop() + " " + out
    return out


# a municipality's kind in the genitive, its own name after it in the nominative
_MUNICIPALITY_KIND_GEN = re.compile(r"(?i:округа|поселения|образования|сельсовета|наслега|сумона|района)")


# the words of an office that say what kind of head and of what kind of place, never which
# place ("Глава города", "ГЛАВА РАЙОНА", "И.о. главы администрации сельского поселения")
_GENERIC_OFFICE_WORDS = frozenset((
    "глава главы мэр мэра руководитель руководителя председатель председателя и о исполняющий "
    "обязанности временно заместитель заместителя первый первого администрации администрация "
    "города район района поселения поселение округа округ муниципального муниципальный городского "
    "городской сельского сельский образования сельсовета совета депутатов думы собрания местной "
    "мо г").split())
# the operative verb in the first person: the signer says he issues the act himself
_FIRST_PERSON = re.compile(r"(?<![а-яё])(?:" + "|".join(
    r"\s?".join(w) for w in ("постановляю", "приказываю", "распоряжаюсь")) + r")(?![а-яё])",
    re.IGNORECASE)


def _names_no_place(office: str) -> bool:
    """``Глава города``, ``Глава района``: an office whose every word is a kind of
    head or of place names no particular issuer."""
    words = re.findall(r"[а-яё]+", office.casefold())
    return bool(words) and all(w in _GENERIC_OFFICE_WORDS for w in words)


def _signer_office(L: Lines, lo: int, hi: int) -> str | None:
    """The office of the signer over a name (``Глава администрации … /
    И.И. Иванов``) in the signature block, when it names a territory. An
    office naming only kinds of place (a mirror's page that lost the heading:
    ``Глава района`` / ``В.Н. Петров``) is taken where the text speaks in the
    first person (``постановляю:`` -- the signer says he issues it), not under
    a text with no operative formula, where it names no issuer (record.md: null)."""
    office = _signer_office_any(L, lo, hi)
    if office is not None and _names_no_place(office) and not _FIRST_PERSON.search(
            "\n".join(L.raw[max(lo, 0):hi])[:20000]):
        return None
    return office


def _signer_office_any(L: Lines, lo: int, hi: int) -> str | None:
    """The signature block's office as printed (see ``_signer_office``)."""
    tail = [i for i in range(max(lo, hi - 200), hi) if L.raw[i].strip() and not L.noise[i]][-25:]
    for pos, i in enumerate(tail):
        s = clean(L.raw[i]).strip("| ")
        sm = _SIGNER.match(s)
        if not sm:
            continue
        office = sm.group("office").strip(" ,")
        rest = s[sm.end():].strip(" |")
        if rest and not _NAME_LINE.match(rest) and (nm := _NAME_TAIL.search(s)) and nm.start() > sm.end("office"):
            # "… Республики Башкортостан Е.П. Орлова": a word of the office read as a surname
            office, rest = s[sm.start("office"):nm.start()].strip(" ,"), nm.group(0).strip()
        nxt = clean(L.raw[tail[pos + 1]]) if pos + 1 < len(tail) else ""
        if not rest and not _NAME_LINE.match(nxt):
            # the office over several lines ("Глава администрации / посёлка
            # Заречный / Тестовской области И.И. Иванов"): up to the name
            more = []
            for k in tail[pos + 1:pos + 4]:
                t = clean(L.raw[k]).strip("| ")
                nm = _NAME_TAIL.search(t)
                if nm:
                    more.append(t[:nm.start()])
                    office, nxt = " ".join([office] + more).strip(" ,"), nm.group(0).strip()
                    break
                prev = (more[-1] if more else office).split()[-1]
                if not (t[:1].islower() or gen_word(t.split()[0]) or _MUNICIPALITY_KIND_GEN.fullmatch(prev)):
                    break  # (after "… муниципального округа" its own name, in the nominative)
                more.append(t)
        if (rest and _NAME_LINE.match(rest)) or _NAME_LINE.match(nxt):
            # (a municipality named by its quoted legal name: "Глава муниципального образования «Хутор …»")
            if has_territory(office) or re.search(r"администрац|образовани[яе]\s*[«\"]", office, re.IGNORECASE):
                return office
    return _office_closing_text(L, tail)


def _office_closing_text(L: Lines, tail: list[int]) -> str | None:
    """A page that runs the act's text into one paragraph ends it with the
    signer (``… стадион. И.о. главы Заречного района И.И. Иванов``): the
    office, in the nominative."""
    for i in reversed(tail):
        s = clean(L.raw[i])
        if len(s) < 150:
            continue
        m = _SIGNER_AT_END.search(s)
        if not m or not has_territory(m.group("office")):
            return None
        office = nominative(m.group("office").strip(" ,"))
        office = re.sub(r"(?<=[а-яё])-\s+(?=[А-ЯЁ])", "-", office)  # "Заречного- Лесного"
        return office[:1].upper() + office[1:]
    return None


# A decree with no body over it, or only the state's name, is its President's
# ("Президент / Российской Федерации / Б.Ельцин" at the end); a law's body is
# the territory its heading prints (record.md), so the state's name stays.
_STATE_ONLY = re.compile(r"^\s*российская\s+федерация\s*$", re.IGNORECASE)
_PRESIDENT = re.compile(r"\bПрезидент\s+Российской\s+Федерации\b")
_SIGNATURE_ZONE = 3000


def signer_body(body: str | None, kind: str | None, text: str) -> str | None:
    """``Президент Российской Федерации`` for a law or decree with no body
    (or the state's name) over it and the President's signature at its end."""
    if kind in ("закон", "указ") and (body is None or kind == "указ" and _STATE_ONLY.match(body)):
        m = _PRESIDENT.search(re.sub(r"\s+", " ", text[-_SIGNATURE_ZONE:]))
        if m:
            return "Президент Российской Федерации"
    return body
