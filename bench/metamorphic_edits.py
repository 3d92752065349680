"""The perturbations of ``bench/metamorphic.py``: edits of an act's text that
should not change what a reader takes from its heading, each with the gold
changed to match.

An edit is a function ``edit(case, rng) -> Case | None`` (None: it does not
apply to this act). Edits of names and requisites are string maps applied to
the text, the reader's meta and the gold's strings alike; edits of layout
touch the text's lines only (the gold compares case- and space-blind).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ingest.requisites.kind_line import kind_line
from ingest.requisites.lines import clean
from ingest.requisites.vocabulary import NOM_KINDS
from tests.gold import norm


@dataclass(frozen=True)
class Case:
    cid: str           # "realdocs:07", "w-odd:w03", "heldout9:b01"
    text: str
    meta: dict | None  # the reader's meta (None: a pasted page, read with no meta)
    gold: dict         # field -> tuple of accepted values (None: an expected null)


def _mapped(case: Case, fn, **gold) -> Case | None:
    text = fn(case.text)
    if text == case.text:
        return None
    meta = None if case.meta is None else {
        k: fn(v) if isinstance(v, str) else v for k, v in case.meta.items()}
    g = {f: tuple(fn(v) if isinstance(v, str) and f in ("body", "title") else v for v in vs)
         for f, vs in case.gold.items()}
    g.update(gold)
    return replace(case, text=text, meta=meta, gold=g)


def _cased(model: str, word: str) -> str:
    """``word`` written in the case of ``model`` (КУРСКОЙ, Курской, курской)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:].lower()
    return word.lower()


# --- names -------------------------------------------------------------------------

_PLACE_NOUN = re.compile(r"(?i)район|област|кра[йяею]|округ|поселени|сельсовет|сельск|городск|"
                         r"муниципальн|город|волост|улус|наслег|сомон|станиц|хутор|сумон")
_ADJ = re.compile(r"(?<![\w-])([А-ЯЁ][А-ЯЁа-яё]{2,}?(?:ск|цк))(ий|ая|ое|ого|ой|ому|ом|им|их|ие|ими|ую)"
                  r"(?![\w])(?=[\s\-]+(\w+))")
# capitalised adjectives of a sentence's start or of the state, never a place
_NOT_PLACE = {"городск", "сельск", "российск", "советск", "президентск", "муниципальн",
              "депутатск", "районск", "межрайонск", "краевск", "областск", "поселковск",
              "управленческ", "хозяйственн", "общественск", "молодежск", "детск", "юридическ"}
# stems of unstressed endings (-ский, as the names they replace; not Тверской)
_STEMS = {"ск": ["Брянск", "Заозерск", "Сосновск", "Каменск", "Белореченск",
                 "Ключевск", "Верхнеборск", "Ольховск", "Кедровск"],
          "цк": ["Липецк", "Бобровицк", "Новолуцк", "Заволоцк"]}
_NOUNS = {"femn": ["Тюмень", "Рязань", "Кострома", "Казань"],
          "masc": ["Саратов", "Воронеж", "Ярославль", "Курган"]}
_NOT_NOUN = {"россия", "москва", "федерация", "европа", "азия", "сибирь", "урал", "кавказ",
             "мир", "победа", "дон", "волга"}
_MARKER = re.compile(r"(?i)(?:^|\s)(?:г|гор|с|п|пос|д|ст|пгт|р\.п|рп|х|аул)\.\s*$|"
                     r"(?:город|село|посёлок|поселок|деревня|станица|хутор)[а-яё]*\s+$")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


def _geox(word: str):
    return next((p for p in _morph().parse(word) if "Geox" in p.tag), None)


def _place_stems(text: str) -> list[str]:
    seen = []
    for m in _ADJ.finditer(text):
        stem = m.group(1).lower()
        if stem in _NOT_PLACE or stem in seen or not _PLACE_NOUN.match(m.group(3)):
            continue
        seen.append(stem)
    return seen


def _place_nouns(text: str, stems: list[str]) -> dict[str, object]:
    """Capitalised nouns the dictionary knows as places and the text writes as
    one (after г., с., города …; or the first reading is a place)."""
    out = {}
    for m in re.finditer(r"(?<![\w-])[А-ЯЁ][а-яё]{2,}(?![\w-])", text):
        w = m.group(0)
        lw = w.lower()
        if any(lw.startswith(s) for s in stems):
            continue
        p = _geox(w)
        if p is None or p.normal_form in _NOT_NOUN or "Fixd" in p.tag or "NOUN" not in p.tag:
            continue
        first = _morph().parse(w)[0]
        if "Geox" not in first.tag and not _MARKER.search(text[max(0, m.start() - 12):m.start()]):
            continue
        out.setdefault(p.normal_form, p)
    return out


def swap_names(case: Case, rng) -> Case | None:
    """Every region, district, town and settlement name swapped for another
    real-looking one, in every case form: an adjective's stem (Курск- → Брянск-)
    and a noun through the dictionary (Пермь → Тюмень, Перми → Тюмени)."""
    stems = _place_stems(case.text)
    nouns = _place_nouns(case.text, stems)
    if not stems and not nouns:
        return None
    low = case.text.lower()
    stem_to = {}
    for s in stems:
        pool = [x for x in _STEMS[s[-2:]] if x.lower() not in low and x not in stem_to.values()]
        if pool:
            stem_to[s] = rng.choice(pool)
    noun_to = {}
    for lemma, p in nouns.items():
        gender = "femn" if "femn" in p.tag else "masc" if "masc" in p.tag else None
        pool = [x for x in _NOUNS.get(gender, []) if x.lower() not in low
                and x not in noun_to.values()]
        if pool:
            noun_to[lemma] = _geox(rng.choice(pool))
    # a stem also where a text layer glued it to the word before ("ПРАВИТЕЛЬСТВОСАМАРСКОЙ")
    stem_re = re.compile(r"(?i)(" + "|".join(map(re.escape, stem_to)) + ")") \
        if stem_to else None

    def one_noun(m: re.Match) -> str:
        w = m.group(0)
        p = _geox(w)
        if p is None or p.normal_form not in noun_to:
            return w
        grams = {g for g in (p.tag.case, p.tag.number) if g}
        new = noun_to[p.normal_form].inflect(grams)
        return _cased(w, new.word) if new else w

    def fn(s: str) -> str:
        if stem_re:
            s = stem_re.sub(lambda m: _cased(m.group(0), stem_to[m.group(0).lower()]), s)
        if noun_to:
            s = re.sub(r"(?<![\w-])[А-ЯЁа-яё][а-яё]{2,}(?![\w-])|(?<![\w-])[А-ЯЁ]{3,}(?![\w-])",
                       one_noun, s)
        return s

    return _mapped(case, fn)


# --- requisites --------------------------------------------------------------------

def _number_re(number: str) -> str:
    """The number as printed, with or without spaces around its - and /."""
    return "".join(rf"\s*{re.escape(t.strip())}\s*" if t.strip() in ("-", "/") else re.escape(t)
                   for t in re.split(r"(\s*[-/]\s*)", number))


def other_number(case: Case, rng) -> Case | None:
    """The act's number with other digits, its letters and separators kept
    (145-п → 37-п, 6-55Р → 12-81Р), wherever the text prints it after its sign."""
    nums = [n for n in case.gold.get("number", ()) if n]
    if not nums:
        return None
    old = nums[0]

    def digits(m: re.Match) -> str:
        run = m.group(0)
        size = max(1, len(run) + rng.choice((-1, 0, 0, 1)))
        while True:
            new = str(rng.randint(10 ** (size - 1) if size > 1 else 1, 10 ** size - 1))
            if new != run:
                return new.zfill(len(run)) if run.startswith("0") else new

    new = re.sub(r"\d+", digits, old)
    if new == old:
        return None
    body = _number_re(old)
    bare = bool(re.search(r"\D", old)) or len(old) >= 3
    # after the sign (also "N 32г. Заречный", a place glued on), and a site's
    # "Постановление 1 от 03.01.2025" without it
    end = r"(?:(?![\w/-]|\.\d)|(?=г\.))"
    signed = re.compile(r"(?i)((?:№|N|No|N°|номер)\s*)" + body + end)
    listed = re.compile(r"(?i)((?:" + NOM_KINDS + r")\s+)" + body + r"(?=\s+от\s)")
    loose = re.compile(r"(?i)(?<![\w./-])" + body + r"(?![\w/-]|\.\d)")

    def fn(s: str) -> str:
        s = listed.sub(lambda m: m.group(1) + new, signed.sub(lambda m: m.group(1) + new, s))
        return loose.sub(lambda m: new, s) if bare else s  # a number printed with a backslash ("5\\24"): no template

    return _mapped(case, fn, number=(new,))


MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
_SUFFIX = r"(?P<suf>\s*(?:года|г\.|г(?![\w])))?"


def _date_res(d: date) -> tuple[re.Pattern, re.Pattern]:
    numeric = re.compile(
        rf"(?<![\d.])(?P<d>0?{d.day})(?P<s1>\s?[./]\s?)(?P<m>0?{d.month})(?P<s2>\s?[./]\s?)"
        rf"(?P<y>{d.year}|{d.year % 100:02d})(?![\d])" + _SUFFIX)
    verbal = re.compile(
        rf"(?i)(?P<q1>[«\"“][ \t]?(?=0?{d.day}[ \t]?[»\"”]))?(?<![\d])(?P<d>0?{d.day})(?P<q2>[ \t]?[»\"”])?(?P<s1>\s+)"
        rf"(?P<m>{MONTHS[d.month - 1]})(?P<s2>\s+)(?P<y>{d.year})(?![\d])" + _SUFFIX)
    return numeric, verbal


def _gold_date(case: Case) -> date | None:
    ds = [d for d in case.gold.get("date", ()) if d]
    try:
        return date.fromisoformat(ds[0]) if ds else None
    except ValueError:
        return None


def _with_date(case: Case, numeric_to, verbal_to, new: date) -> Case | None:
    numeric, verbal = _date_res(_gold_date(case))

    def fn(s: str) -> str:
        done: list[str] = []  # one pass: a verbal date made numeric is not read again

        def hold(m: re.Match) -> str:
            done.append(verbal_to(m))
            return f"\x00{len(done) - 1}\x00"

        s = numeric.sub(numeric_to, verbal.sub(hold, s))
        return re.sub(r"\x00(\d+)\x00", lambda m: done[int(m.group(1))], s)

    return _mapped(case, fn, date=(new.isoformat(),))


def other_date(case: Case, rng) -> Case | None:
    """Another day, month and year, each printed as the original was."""
    old = _gold_date(case)
    if old is None:
        return None
    new = date(min(2025, max(1995, old.year + rng.randint(-6, 6))), rng.randint(1, 12),
               rng.randint(1, 28))
    if new == old:
        return None

    def pad(orig: str, value: int) -> str:
        return f"{value:02d}" if len(orig) == 2 else str(value)

    def num(m: re.Match) -> str:
        y = str(new.year) if len(m["y"]) == 4 else f"{new.year % 100:02d}"
        return (pad(m["d"], new.day) + m["s1"] + pad(m["m"], new.month) + m["s2"] + y
                + (m["suf"] or ""))

    def verb(m: re.Match) -> str:
        return ((m["q1"] or "") + pad(m["d"], new.day) + (m["q2"] or "") + m["s1"]
                + _cased(m["m"], MONTHS[new.month - 1]) + m["s2"] + str(new.year)
                + (m["suf"] or ""))

    return _with_date(case, num, verb, new)


def _styles(d: date) -> dict[str, str]:
    return {"numeric": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "quoted": f"«{d.day}» {MONTHS[d.month - 1]} {d.year} г.",
            "verbal": f"{d.day} {MONTHS[d.month - 1]} {d.year} года"}


def date_style(case: Case, rng) -> Case | None:
    """The act's date written another common way: 05.03.2019 ↔ «5» марта 2019 г.
    ↔ 5 марта 2019 года (a numeric date keeps its «г.» when it had one). A date
    inside a longer line (a database's heading, a sentence) is never set with
    a blank's quoted day: there it reads «5 марта 2019 г.»."""
    d = _gold_date(case)
    if d is None:
        return None
    styles = _styles(d)
    to_verbal = rng.choice(("quoted", "verbal"))

    def inline(m: re.Match) -> bool:
        s = m.string
        a, b = s.rfind("\n", 0, m.start()) + 1, s.find("\n", m.end())
        rest = s[a:m.start()] + " " + s[m.end():b if b >= 0 else len(s)]
        return len(re.findall(r"[А-ЯЁа-яё]{2,}", rest)) > 3

    def num(m: re.Match) -> str:
        if inline(m):
            return f"{d.day} {MONTHS[d.month - 1]} {d.year} г."
        return styles[to_verbal]

    def verb(m: re.Match) -> str:
        return styles["numeric"] + (" г." if m["suf"] else "")

    return _with_date(case, num, verb, d)


# --- layout ------------------------------------------------------------------------

def _title_line(lines: list[str], case: Case) -> int | None:
    """Index of the line the act's title starts on (not a line quoting it)."""
    titles = [norm(t) for t in case.gold.get("title", ()) if t]
    if not titles:
        return None
    t = titles[0].strip('"')
    for i, line in enumerate(lines):
        n = norm(line).strip('"')
        if len(n) >= 12 and (n.startswith(t[:40]) or (len(n) >= 20 and t.startswith(n))):
            return i
    return None


def _heading(case: Case) -> tuple[list[str], int, int] | None:
    """The text's lines and the span [a, b) of the heading above the title."""
    lines = case.text.split("\n")
    t = _title_line(lines, case)
    if not t:
        return None
    a = max(0, t - 25)
    return lines, a, t


def _body_lines(lines, a, b, case) -> list[int]:
    bodies = [norm(x) for x in case.gold.get("body", ()) if x]
    if not bodies:
        return []
    return [i for i in range(a, b) if len(norm(lines[i])) >= 4 and
            re.search(r"[а-яё]", norm(lines[i])) and norm(lines[i]) in bodies[0]
            and len(norm(lines[i])) >= 0.2 * len(bodies[0]) or
            (len(norm(lines[i])) >= 4 and norm(lines[i]) == bodies[0])]


def _layout(case: Case, lines: list[str]) -> Case | None:
    text = "\n".join(lines)
    return None if text == case.text else replace(case, text=text)


_KEEP_LOWER = {"и", "в", "во", "на", "по", "от", "о", "об", "при", "для", "с", "со", "к", "из",
               "за", "до", "г.", "с.", "п.", "д.", "ст.", "года", "г"}
_PROPER_ADJ = re.compile(r"(?i)^[а-яё]{3,}(?:ск|цк|н)(?:ий|ый|ой|ая|ое|ого|ой|ому|ом|им|ым|их|ых|ие|ые|ую)$")
_COMMON_ADJ = ("городск", "сельск", "муниципальн", "районн", "областн", "краев", "поселков",
               "народн", "законодательн", "представительн", "государственн", "административн",
               "внутригородск", "межмуниципальн", "окружн", "федеральн", "городов")


def _sentence_case(line: str) -> str:
    """An upper-case heading line as it is set in a sentence: proper names (places
    by the dictionary, place adjectives before район/область…, the first word in
    quotes, abbreviations) keep their capital."""
    words = re.split(r"(\s+)", line)
    out = []
    first = True
    for i, w in enumerate(words):
        if not w or w.isspace():
            out.append(w)
            continue
        core = re.sub(r"^[«\"(]+|[»\",.;:)]+$", "", w)
        lw = w.lower()
        cap = first
        nxt = next((x for x in words[i + 1:] if x and not x.isspace()), "")
        if first and core.lower() in _KEEP_LOWER:
            cap = False  # a line wrapped before a preposition goes on in lower case
        if core and core.lower() not in _KEEP_LOWER:
            ps = _morph().parse(core.lower())
            if any(t in ps[0].tag for t in ("Geox", "Name", "Surn", "Patr")):
                cap = True
            if _PROPER_ADJ.match(core) and not core.lower().startswith(_COMMON_ADJ) and \
                    _PLACE_NOUN.match(re.sub(r"^[«\"(]+", "", nxt)):
                cap = True
            if core.lower().startswith(("российск", "федерац")):
                cap = True
            if w.startswith(("«", '"')):
                cap = True
            if "Abbr" in ps[0].tag or (len(core) <= 5 and not ps[0].is_known):
                out.append(w)
                first = False
                continue
        if re.match(r"(?i)(?:г|с|п|д|х|ст|пос|пгт|рп|р\.п)\.\s*$", (out[-2] if len(out) > 1 else "")):
            cap = True  # "с. Луговое": a settlement after its abbreviation
        m = re.match(r"(?i)((?:г|с|п|д|х|ст|пос|пгт)\.)(\w)", lw)
        if m:  # "с.Луговое"
            lw = m.group(1) + m.group(2).upper() + lw[m.end():]
        if cap:
            j = next((k for k, c in enumerate(lw) if c.isalpha()), 0)
            lw = lw[:j] + lw[j:j + 1].upper() + lw[j + 1:]
        out.append(lw)
        first = False
    return "".join(out)


def heading_case(case: Case, rng) -> Case | None:
    """The heading lines above the title in upper case, or, when they are, as in
    a sentence."""
    h = _heading(case)
    if not h:
        return None
    lines, a, b = h
    letters = "".join(c for c in "".join(lines[a:b]) if c.isalpha())
    upper = sum(c.isupper() for c in letters) > 0.6 * max(1, len(letters))
    for i in range(a, b):
        if any(c.isalpha() for c in lines[i]):
            lines[i] = _sentence_case(lines[i]) if upper else lines[i].upper()
    return _layout(case, lines)


def split_body(case: Case, rng) -> Case | None:
    """A body line of three words or more wrapped at a word boundary."""
    h = _heading(case)
    if not h:
        return None
    lines, a, b = h
    long = [i for i in _body_lines(lines, a, b, case) if len(lines[i].split()) >= 3]
    if not long:
        return None
    i = rng.choice(long)
    indent = re.match(r"\s*", lines[i]).group(0)
    words = lines[i].split()
    # never a preposition alone on a line, nor one left dangling ("в" / "городе …")
    cuts = [k for k in range(1, len(words)) if words[k - 1].lower() not in _KEEP_LOWER]
    if not cuts:
        return None
    k = rng.choice(cuts)
    lines[i:i + 1] = [indent + " ".join(words[:k]), indent + " ".join(words[k:])]
    return _layout(case, lines)


def join_body(case: Case, rng) -> Case | None:
    """Two body lines that follow each other set as one."""
    h = _heading(case)
    if not h:
        return None
    lines, a, b = h
    body = _body_lines(lines, a, b, case)
    pairs = [i for i in body if i + 1 in body]
    if not pairs:
        return None
    i = rng.choice(pairs)
    lines[i:i + 2] = [lines[i].rstrip() + " " + lines[i + 1].strip()]
    return _layout(case, lines)


def blank_lines_added(case: Case, rng) -> Case | None:
    """A blank line between every two heading lines that follow each other."""
    h = _heading(case)
    if not h:
        return None
    lines, a, b = h
    out = lines[:a]
    for i in range(a, b):
        out.append(lines[i])
        if lines[i].strip() and i + 1 < b and lines[i + 1].strip():
            out.append("")
    return _layout(case, out + lines[b:])


def blank_lines_removed(case: Case, rng) -> Case | None:
    """The blank lines between heading lines taken out (before the title too)."""
    h = _heading(case)
    if not h:
        return None
    lines, a, b = h
    first = next((i for i in range(a, b) if lines[i].strip()), b)
    kept = [x for x in lines[first:b] if x.strip()]
    return _layout(case, lines[:first] + kept + lines[b:])


def _title_lines(case: Case) -> tuple[list[str], int, int] | None:
    """The text's lines and the span [a, b) of the title's lines (blank lines
    between them included), when they print the gold title whole."""
    lines = case.text.split("\n")
    a = _title_line(lines, case)
    if a is None:
        return None
    want = norm(case.gold["title"][0]).strip('"')
    b, got = a, ""
    while b < len(lines) and len(got) < len(want) - 2:
        if lines[b].strip():
            got = (got + " " + norm(lines[b])).strip()
        b += 1
    return (lines, a, b) if want.startswith(got[:20]) and len(got) <= len(want) + 5 else None


def title_case(case: Case, rng) -> Case | None:
    """The title's lines in capitals, or, when they are, as in a sentence."""
    t = _title_lines(case)
    if not t:
        return None
    lines, a, b = t
    letters = "".join(c for c in "".join(lines[a:b]) if c.isalpha())
    upper = sum(c.isupper() for c in letters) > 0.6 * max(1, len(letters))
    for i in range(a, b):
        lines[i] = _sentence_case(lines[i]) if upper else lines[i].upper()
    return _layout(case, lines)


def split_title(case: Case, rng) -> Case | None:
    """A title line of six words or more wrapped at a word boundary (never
    right after a preposition)."""
    t = _title_lines(case)
    if not t:
        return None
    lines, a, b = t
    long = [i for i in range(a, b) if len(lines[i].split()) >= 6]
    if not long:
        return None
    i = rng.choice(long)
    words = lines[i].split()
    cuts = [k for k in range(2, len(words) - 1) if words[k - 1].lower() not in _KEEP_LOWER]
    if not cuts:
        return None
    k = rng.choice(cuts)
    indent = re.match(r"\s*", lines[i]).group(0)
    lines[i:i + 1] = [indent + " ".join(words[:k]), indent + " ".join(words[k:])]
    return _layout(case, lines)


_COUNCIL = re.compile(r"(?i)совет|дума|собрани|хурал|курултай|ил тумэн|кенеш|хасэ|меджлис")


def convocation_line(case: Case, rng) -> Case | None:
    """A convocation line (шестого созыва) under a council's name."""
    bodies = [b for b in case.gold.get("body", ()) if b]
    if not bodies or not _COUNCIL.search(bodies[0]):
        return None
    h = _heading(case)
    if not h:
        return None
    lines, a, b = h
    body = _body_lines(lines, a, b, case)
    if not body:
        return None
    # right above the kind word under the name (not inside a name printed
    # over lines, nor under a place line that the name happens to contain)
    k = next((j for j in range(body[-1] + 1, min(b, body[-1] + 5))
              if lines[j].strip() and kind_line(clean(lines[j].strip()))), None)
    if k is None:
        return None
    near = " ".join(lines[max(a, k - 3):k]).lower()
    if "созыв" in near or "сесси" in near or "заседани" in near:
        return None
    line = rng.choice(("шестого созыва", "седьмого созыва", "третьего созыва"))
    up = next(j for j in range(k - 1, a - 1, -1) if lines[j].strip())  # under the name's last line
    indent = re.match(r"\s*", lines[up]).group(0)
    lines.insert(up + 1, indent + (line.upper() if lines[up].strip().isupper() else line))
    return _layout(case, lines)


def sign_spacing(case: Case, rng) -> Case | None:
    """No space after «№» where there was one, and one where there was none."""
    return _mapped(case, lambda s: re.sub(r"№(\s*)(?=\S)", lambda m: "№" if m.group(1) else "№ ", s))


EDITS = {
    "names": swap_names,
    "number": other_number,
    "date": other_date,
    "date-style": date_style,
    "case": heading_case,
    "title-case": title_case,
    "split-title": split_title,
    "split-body": split_body,
    "join-body": join_body,
    "blank+": blank_lines_added,
    "blank-": blank_lines_removed,
    "convocation": convocation_line,
    "no-spacing": sign_spacing,
}
