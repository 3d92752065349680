"""The literal prefilter of scheme regexes (ingest/rubrics/prefilter.py):
what it derives from a pattern, and that skipping a regex on a zone that
holds none of those literals never changes what the scheme assigns."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.acts import ALL
from ingest.rubrics import load_scheme, match, text
from ingest.rubrics.prefilter import Alternation, lowered, may_match, needed, scan, starts
from ingest.rubrics.text import normalize

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, want", [
    (r"\bналог", ("налог",)),
    (r"\bприн(?:яти|ят|им)\w*\s+полномочи", ("прин",)),
    (r"(?:субсиди|трансферт)\w*", ("субсиди", "трансферт")),
    (r"\bквот\w*[^.;]{0,120}?\bинвалид|\bинвалид\w*[^.;]{0,60}?\bквот", ("инвалид", "квот")),
    (r"(?<![а-я])Ярмарк", ("ярмарк",)),                # case folded: the text is lower-cased
    (r"(?:ярмарк)+", ("ярмарк",)),                     # at least once
    (r"о?плат(?:а|ы)", ("о", "плат")),                 # an optional start: it, or what follows
    (r"[жд]ом", None),                                 # a class: no filter
    (r"(?:^|\n)установить", None),                     # one branch starts with nothing
    (r"(?i:налог)", None),                             # inline flags: no filter
    (r"\p{Lu}\w+", None),                              # the regex package's own syntax
    (r"(?:(?<=выборы\s)|(?<=выборов\s))депутат", ("выборов", "выборы")),   # asked for just before
    (r"(?<=жизни\s)и\s+здоровь", ("жизни",)),          # "и" is in every text: the lookbehind tells
    (r"\b(?:по-)?видимо(?:му)?\b", ("видимо", "по-")),   # optional: its start or the next
])
def test_the_literals_every_match_starts_with(pattern, want):
    assert needed(pattern) == want


def test_a_zone_without_the_literals_cannot_match():
    need = needed(r"\bприн(?:яти|ят|им)\w*\s+(?:к\s+осуществлению\s+)?полномочи")
    assert not may_match(need, "передать осуществление части полномочий району")
    assert may_match(need, "принять к осуществлению полномочия поселения")
    assert may_match(None, "any text at all")


def _regex_leaves(scheme) -> list:
    out = []

    def walk(rule):
        if getattr(rule, "kind", None) == "regex":
            out.append(rule)
        for part in getattr(rule, "parts", None) or []:
            walk(part)
    for rd in scheme.rubrics:
        for rule in rd.rules:
            walk(rule)
    return out


def test_the_shipped_schemes_regexes_are_filtered_and_never_wrongly(monkeypatch):
    """Every regex of rubrics.yaml that matches one of the sample fund's acts
    (titles and texts, folded as the matcher folds them) has that act's
    literals; most regexes get a filter; the assignments of every act are
    those of the matcher without the filter."""
    scheme = load_scheme(ROOT / "rubrics.yaml")
    leaves = _regex_leaves(scheme)
    assert len(leaves) >= 20
    assert sum(leaf.items[1] is not None for leaf in leaves) >= 0.75 * len(leaves)
    texts = [normalize(t) for a in ALL for t in (a.title, "\n".join(a.paras))]
    texts += [normalize("Об освобождении от уплаты земельного налога многодетных семей"),
              normalize("О принятии к осуществлению части полномочий по дорожной деятельности")]
    matched = 0
    for leaf in leaves:
        rx, need = leaf.items[:2]
        for t in texts:
            if rx.search(t):
                matched += 1
                assert may_match(need, t), (leaf.shown[0], t[:80])
    assert matched > 0
    scanned = 0
    for leaf in leaves:   # tried only where a literal stands: the matches of the whole pass
        rx, _, lits = leaf.items
        for t in texts if lits else ():
            got = [m.span() for m in match._regex_matches(rx, lits, t, lowered(t))]
            assert got == [m.span() for m in rx.finditer(t)], (leaf.shown[0], t[:80])
            scanned += len(got)
    assert scanned > 10
    acts = [(a.title, "\n".join(a.paras)) for a in ALL]
    with_filter = [[(r.code, r.uncertain) for r in scheme.assign(t, x)] for t, x in acts]
    monkeypatch.setattr(match, "may_match", lambda need, s: True)
    monkeypatch.setattr(text.Doc, "lowered", lambda self, zone: None)   # every regex scanned whole
    assert [[(r.code, r.uncertain) for r in scheme.assign(t, x)] for t, x in acts] == with_filter
    assert any(with_filter)


@pytest.mark.parametrize("pattern, want", [
    (r"\bналог", ("налог",)),
    (r"(?:(?<=выборы\s)|(?<=выборов\s))депутат", None),   # a group of lookbehinds: not followed through
    (r"(?<=выборы\s)депутат", ("депутат",)),                     # the lookbehind stands before the match
    (r"(?<=жизни\s)и\s+здоровь", ("и",)),
    (r"(?=\w{5})прин\w*", ("прин",)),                              # a lookahead: the match still begins there
    (r"(?<=для\s)\w+", None),
    (r"^установить", ("установить",)),
])
def test_the_literals_every_match_begins_with(pattern, want):
    assert starts(pattern) == want


@pytest.mark.parametrize("pattern", [
    r"\bприн(?:яти|ят|им)\w*\s+полномочи", r"(?<!\w)ярмарк\w*", r"(?<=выборы\s)депутат\w*",
    r"^установить\b", r"\b(?:по-)?видимо(?:му)?\b", r"о?плат(?:а|ы)", r"аа", r"ab|abc",
])
@pytest.mark.parametrize("text", [
    "принять к осуществлению полномочия; непринятие полномочий; приняты полномочия",
    "ярмарка, ярмарки, выставка-ярмарка, Ярмарочная площадь",
    "выборы депутатов и выборов депутата; депутаты",
    "установить тариф\nустановить плату; оплата, плата, оплаты",
    "по-видимому, видимо, невидимо; аааа abc ab",
    "",
])
def test_a_scan_from_the_literals_gives_what_finditer_gives(pattern, text):
    """Tried only where a literal begins (``scan``), a pattern gives finditer's
    matches, with ``re`` and with the ``regex`` package the scheme runs on:
    the word boundary and the lookbehind still see the text before the place."""
    import re
    import regex
    lits = starts(pattern)
    assert lits
    for rx in (re.compile(pattern, re.IGNORECASE), regex.compile(pattern, regex.IGNORECASE | regex.V0)):
        low = lowered(text)
        got = [m.span() for m in scan(lambda q: rx.match(text, q), lits, low)]
        assert got == [m.span() for m in rx.finditer(text)]



@pytest.mark.parametrize("text", [
    "опубликовать настоящее решение; контроль за исполнением возложить",
    "абвгде вгдеёж где",                          # a branch's match overlaps the next one's
    "выборы депутатов и выборы главы; для ведения личного подсобного хозяйства",
    "по-видимому, допущена опечатка: следует читать «2024»",
    "",
])
def test_an_alternation_run_by_branches_gives_what_the_whole_regex_gives(text):
    patterns = [r"\bабвг\w*", r"вгде", r"\bгде\b", r"(?:(?<=выборы\s)|(?<=выборов\s))депутат\w*",
                r"\bопубликова\w*[^.;\n]{0,300}", r"\bконтроль\s+за\s+исполнением[^.;\n]{0,300}",
                r"\b(?:по-)?видимо(?:му)?\b[^\n]{0,100}?\bопечатк[^\n]{0,300}", r"(?<=для\s)ведени\w+",
                r"выборы\s+\w+", r"\w+ния\b"]
    alt = Alternation(patterns)
    whole = __import__("re").compile(alt.pattern)
    assert [m.span() for m in alt.finditer(text)] == [m.span() for m in whole.finditer(text)]
    assert alt.sub(" ", text) == whole.sub(" ", text)


def test_the_shipped_schemes_formulas_strip_the_same_as_one_regex():
    """The scheme's boilerplate and title patterns, run branch by branch over the
    sample fund's acts, remove exactly what the one joined regex removes."""
    import re
    scheme = load_scheme(ROOT / "rubrics.yaml")
    texts = [normalize(t) for a in ALL for t in (a.title, "\n".join(a.paras))]
    for alt in (scheme.boiler, scheme.title_boiler):
        whole = re.compile(alt.pattern)
        changed = 0
        for t in texts:
            got = alt.sub(" ", t)
            assert got == whole.sub(" ", t), t[:80]
            changed += got != t
        assert changed > 0
