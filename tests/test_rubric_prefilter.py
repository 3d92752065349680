"""The literal prefilter of scheme regexes (ingest/rubrics/prefilter.py):
what it derives from a pattern, and that skipping a regex on a zone that
holds none of those literals never changes what the scheme assigns."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.acts import ALL
from ingest.rubrics import load_scheme, match
from ingest.rubrics.prefilter import may_match, needed
from ingest.rubrics.text import normalize

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, want", [
    (r"\bналог", ("налог",)),
    (r"\bприн(?:яти|ят|им)\w*\s+полномочи", ("прин",)),
    (r"(?:субсиди|трансферт)\w*", ("субсиди", "трансферт")),
    (r"\bквот\w*[^.;]{0,120}?\bинвалид|\bинвалид\w*[^.;]{0,60}?\bквот", ("инвалид", "квот")),
    (r"(?<![а-я])Ярмарк", ("ярмарк",)),                # case folded: the text is lower-cased
    (r"(?:ярмарк)+", ("ярмарк",)),                     # at least once
    (r"о?плат(?:а|ы)", None),                          # an optional start: no filter
    (r"[жд]ом", None),                                 # a class: no filter
    (r"(?:^|\n)установить", None),                     # one branch starts with nothing
    (r"(?i:налог)", None),                             # inline flags: no filter
    (r"\p{Lu}\w+", None),                              # the regex package's own syntax
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
        rx, need = leaf.items
        for t in texts:
            if rx.search(t):
                matched += 1
                assert may_match(need, t), (leaf.shown[0], t[:80])
    assert matched > 0
    acts = [(a.title, "\n".join(a.paras)) for a in ALL]
    with_filter = [[(r.code, r.uncertain) for r in scheme.assign(t, x)] for t, x in acts]
    monkeypatch.setattr(match, "may_match", lambda need, s: True)
    assert [[(r.code, r.uncertain) for r in scheme.assign(t, x)] for t, x in acts] == with_filter
    assert any(with_filter)

