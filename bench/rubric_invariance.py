"""An act's top-level rubrics must not depend on how it is printed (issue 12).

    .venv/bin/python bench/rubric_invariance.py             # per-edit table
    .venv/bin/python bench/rubric_invariance.py --misses    # and each act whose rubrics changed
    .venv/bin/python bench/rubric_invariance.py --heldout bench/out/rubrics_heldout13 ...

For every act whose text and gold rubrics may be used while tuning (realdocs,
the odd half of realdocs2, read as ``bench/rubrics.py sets`` reads them, and
the samples ``bench/out/rubrics_heldout13..23``), the top-level rubrics are
computed as the import computes them (``extract_acts``, then the first act's
title and text tagged: ``bench/rubrics.py top_assignments``), then again after
edits that must not change them:

* ``site``, ``consultant``, ``garant``, ``kodeks``: the act as a municipal
  site's page (menus, breadcrumbs, a list of other acts with their titles,
  footer) or a legal database's print (``bench/wrapping.py``'s wrappers);
  A database's print always carries the act's title: an act whose title is
  neither in the gold nor read from the act as printed is left out of those;
* ``names``: the municipality's, region's, settlements' and streets' names
  swapped for real-looking ones holding topical stems (Пожарский район,
  Нефтеюганский, Лесозаводский, Промышленновский; п. Лесной, с. Рыбное,
  п. Дорожный, с. Школьное, с. Садовое, п. Водный; ул. Кладбищенская,
  Больничный переулок …), in every case form;
* ``title_case``: the title's lines in capitals, or as in a sentence (its first word
  capitalised, the lines it wraps onto going on in lower case);
* ``title_wrap``: the title's lines joined and wrapped again at 30 characters
  (``bench/title_wrap.py``'s way), or on one line when they are wrapped;
* ``body_wrap``: the body's paragraphs (lines over 70 characters after the title, table rows
  left alone) wrapped at 60 characters, as a PDF's text layer prints what a DOCX holds on one
  line per paragraph.

Each edit is seeded by the act's key: the same seed gives the same texts. An
act "changed" when its codes differ from those of the act as printed; per
edit the codes gained (+) and lost (-) are counted, and the F1 against gold
before and after.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from metamorphic_edits import (Case, _cased, _geox, _place_nouns, _place_stems, _sentence_case,  # noqa: E402
                               _title_lines)
from rubrics import Score, heldout_rows, parsed_for, top_assignments  # noqa: E402
from title_wrap import title_lines  # noqa: E402
from wrapping import WRAP, Act  # noqa: E402

from ingest.requisites import extract_acts  # noqa: E402
from ingest.rubrics import load_scheme  # noqa: E402
from tests.gold import REALDOCS, load_gold, load_gold2  # noqa: E402

FIELDS = ("kind", "number", "date", "title", "body")
EDITS = ("site", "consultant", "garant", "kodeks", "names", "title_case", "title_wrap", "body_wrap")


def cases(heldout: list[Path]):
    """(key, text, meta, requisites gold as tuples, gold rubrics) of each act."""
    for g in load_gold() + load_gold2("odd"):
        path = g.get("path") or REALDOCS / "files" / g["file"]
        p = parsed_for(path)
        if isinstance(p, str) or not p.text.strip():
            continue
        key = g["key"] if "key" in g else f"r{g['file'][:2]}"
        yield key, p.text, dict(p.meta), {f: (g[f],) for f in FIELDS if g.get(f)}, set(g.get("rubrics") or ())
    for d in heldout:
        for key, text, gold in heldout_rows(d):
            yield f"{d.name}/{key}", text, {}, {}, gold


def tag(scheme, text: str, meta: dict) -> set[str]:
    acts = extract_acts(text, meta)
    title, body = (acts[0].title, acts[0].text) if acts else (None, text)
    return top_assignments(scheme, title, body)[0]


def requisites(text: str, meta: dict, gold: dict) -> dict:
    """The requisites the wrappers print: gold where there is one, else as read."""
    acts = extract_acts(text, meta)
    got = {f: (getattr(acts[0], f),) for f in FIELDS if acts and getattr(acts[0], f, None)}
    got.update(gold)
    if got.get("date"):
        got["date"] = (str(got["date"][0])[:10],)
    return got


# --- names holding topical stems ---------------------------------------------------

# adjective stems of real districts and towns that are also words of the topics
_TOPICAL_STEMS = ["Пожарск", "Нефтеюганск", "Лесозаводск", "Промышленновск", "Лесосибирск", "Водопадск"]
# towns that are nouns in the dictionary
_TOPICAL_TOWNS = {"masc": ["Нефтеюганск", "Лесозаводск", "Лесосибирск"], "femn": ["Нефтеюганск"]}
# settlements after "с.", "п.", "пос.", "д.", "х.": written in the nominative after the marker
_SETTLEMENTS = ["Лесной", "Рыбное", "Дорожный", "Школьное", "Садовое", "Водный", "Культурный",
                "Больничный", "Пожарное", "Бюджетный"]
_STREETS = ["Кладбищенская", "Больничная", "Школьная", "Пожарная", "Дорожная", "Садовая", "Водопроводная"]
_SETTLEMENT = re.compile(r"(?<![\w])((?:с|п|пос|д|х|пгт|рп)\.[ \t]?)([А-ЯЁ][а-яё]{2,}(?:[ -][А-ЯЁ][а-яё]{2,})?)")
_STREET = re.compile(r"(?<![\w])((?:ул\.|улица|пер\.|переулок|пр\.|проспект)[ \t]?)([А-ЯЁ][а-яё]{2,})")


def topical_names(text: str, rnd: random.Random) -> str | None:
    """Place names swapped for topical ones, in every case form (None: no name found)."""
    stems = _place_stems(text)
    nouns = _place_nouns(text, stems)
    low = text.lower()
    pool = [s for s in _TOPICAL_STEMS if s.lower() not in low]
    rnd.shuffle(pool)
    stem_to = {s: pool[i % len(pool)] for i, s in enumerate(stems) if s.endswith("ск")}
    noun_to = {}
    for lemma, p in nouns.items():
        gender = "femn" if "femn" in p.tag else "masc"
        new = _geox(rnd.choice(_TOPICAL_TOWNS[gender]))
        if new is not None:
            noun_to[lemma] = new
    out = text
    if stem_to:
        out = re.sub("(?i)(" + "|".join(map(re.escape, stem_to)) + ")",
                     lambda m: _cased(m.group(0), stem_to[m.group(0).lower()]), out)
    if noun_to:
        def one_noun(m: re.Match) -> str:
            w = m.group(0)
            p = _geox(w)
            if p is None or p.normal_form not in noun_to:
                return w
            new = noun_to[p.normal_form].inflect({g for g in (p.tag.case, p.tag.number) if g})
            return _cased(w, new.word) if new else w
        out = re.sub(r"(?<![\w-])[А-ЯЁа-яё][а-яё]{2,}(?![\w-])|(?<![\w-])[А-ЯЁ]{3,}(?![\w-])", one_noun, out)
    out = _SETTLEMENT.sub(lambda m: m.group(1) + rnd.choice(_SETTLEMENTS), out)
    out = _STREET.sub(lambda m: m.group(1) + rnd.choice(_STREETS), out)
    return None if out == text else out


# --- the title ----------------------------------------------------------------------

def _title_span(text: str, title: str | None) -> tuple[list[str], int, int] | None:
    if not title:
        return None
    lines = text.split("\n")
    span = title_lines(lines, title)
    return (lines, *span) if span else None


def as_sentence(lines: list[str]) -> list[str]:
    """A title's lines in capitals set as one sentence: its first word capitalised (also «О»),
    the lines it wraps onto going on in lower case, proper names keeping their capital."""
    out, first = [], True
    for x in lines:
        if x.strip():
            # (a continuation line is cased as if a word stood before it on its line)
            x = _sentence_case(x) if first else _sentence_case("и " + x)[2:]
            if first:
                k = next((k for k, c in enumerate(x) if c.isalpha()), 0)
                x = x[:k] + x[k:k + 1].upper() + x[k + 1:]
            first = False
        out.append(x)
    return out


def recased(text: str, title: str | None) -> str | None:
    """The title's lines in capitals, or, when they are, as in a sentence (``as_sentence``)."""
    if not title:
        return None
    span = _title_lines(Case("", text, None, {"title": (title,)}))
    if span is None:
        span = _title_span(text, title)
    if not span:
        return None
    lines, i, j = span
    letters = [c for c in "".join(lines[i:j]) if c.isalpha()]
    upper = sum(c.isupper() for c in letters) > 0.6 * max(1, len(letters))
    lines[i:j] = as_sentence(lines[i:j]) if upper else [x.upper() for x in lines[i:j]]
    out = "\n".join(lines)
    return None if out == text else out


def rewrapped(text: str, title: str | None, width: int = 30) -> str | None:
    span = _title_span(text, title)
    if not span:
        return None
    lines, i, j = span
    one = " ".join(" ".join(x.strip() for x in lines[i:j]).split())
    new = textwrap.wrap(one, width, break_long_words=False, break_on_hyphens=False) if j - i == 1 else [one]
    return "\n".join(lines[:i] + new + lines[j:])


def body_wrapped(text: str, title: str | None, width: int = 60) -> str | None:
    """The body's long lines (over 70 characters: paragraphs, not the heading's lines) wrapped at
    ``width`` characters, as a PDF's text layer prints them; from the line after the title, or
    the whole text when the title is not found."""
    span = _title_span(text, title)
    lines = text.split("\n")
    start = span[2] if span else 0
    out = lines[:start]
    for x in lines[start:]:
        if len(x) > 70 and "\t" not in x and "|" not in x:   # (table rows stay as they are)
            out += textwrap.wrap(x, width, break_long_words=False, break_on_hyphens=False)
        else:
            out.append(x)
    new = "\n".join(out)
    return None if new == text else new


def edited(edit: str, key: str, text: str, meta: dict, gold: dict, seed: int) -> tuple[str, dict] | None:
    """The act's text (and the meta it is read with) after one edit; None when it does not apply."""
    rnd = random.Random(f"{seed}|{key}|{edit}")
    req = requisites(text, meta, gold)
    title = (req.get("title") or (None,))[0]
    if edit in WRAP:   # a page or a print is pasted text: no reader's meta
        if edit != "site" and not title:
            return None    # a database prints the title: an act whose title is not read makes no print
        return WRAP[edit](text, Act(req, rnd), req), {}
    if edit == "names":
        new = topical_names(text, rnd)
        meta = {k: topical_names(v, rnd) or v if isinstance(v, str) else v for k, v in meta.items()}
    elif edit == "title_case":
        new = recased(text, title)
    elif edit == "body_wrap":
        new = body_wrapped(text, title)
    else:
        new = rewrapped(text, title)
    return (new, meta) if new and new != text else None


def run(scheme, heldout: list[Path], seed: int = 12, only: tuple[str, ...] = EDITS):
    """Per edit: acts, acts changed, codes gained/lost, Score before and after; the misses."""
    stats = {e: {"acts": 0, "changed": [], "gained": Counter(), "lost": Counter(),
                 "before": Score(), "after": Score()} for e in only}
    for key, text, meta, gold, rubrics in cases(heldout):
        base = tag(scheme, text, meta)
        for e in only:
            got = edited(e, key, text, meta, gold, seed)
            if got is None:
                continue
            tally(stats[e], key, rubrics, base, tag(scheme, *got))
    return stats


def tally(s: dict, key: str, rubrics, base: set[str], codes: set[str]) -> None:
    """One act's rubrics before and after an edit, counted in the edit's figures
    (shared with bench/rubric_long.py, whose edits add text instead)."""
    s["acts"] += 1
    s["before"].add(key, rubrics, base)
    s["after"].add(key, rubrics, codes)
    if codes != base:
        s["changed"].append((key, sorted(codes - base), sorted(base - codes)))
        s["gained"].update(codes - base)
        s["lost"].update(base - codes)


def samples(first: int, last: int) -> list[Path]:
    """The rubric samples ``bench/out/rubrics_heldout<first..last>`` that exist here."""
    return [d for i in range(first, last + 1)
            if (d := ROOT / "bench" / "out" / f"rubrics_heldout{i}").joinpath("cases.jsonl").exists()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each act whose rubrics changed")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--edits", default=",".join(EDITS))
    ap.add_argument("--show", default="", help="print the edited texts of the act with this key")
    ap.add_argument("--heldout", type=Path, action="append", default=[],
                    help="rubric samples (default: bench/out/rubrics_heldout13..23)")
    a = ap.parse_args(argv)
    heldout = a.heldout or samples(13, 23)
    only = tuple(e for e in a.edits.split(",") if e)
    scheme = load_scheme(ROOT / "rubrics.yaml")
    if a.show:
        for key, text, meta, gold, _r in cases(heldout):
            if key == a.show:
                for e in only:
                    got = edited(e, key, text, meta, gold, a.seed)
                    print(f"===== {e}: {sorted(tag(scheme, *got)) if got else 'n/a'}\n{got[0] if got else ''}")
        return 0
    print_tallies(run(scheme, heldout, a.seed, only), "edit", 11, 40, a.misses)
    return 0


def print_tallies(stats: dict, name: str, width: int, key_width: int, misses: bool,
                  precision: bool = False) -> None:
    """The table of edits (or added sections) and the acts whose rubrics changed
    (shared with bench/rubric_long.py, which also shows precision)."""
    head = f"{'P before':>10}{'after':>7}" if precision else ""
    print(f"{name:>{width}}{'acts':>6}{'changed':>9}{head}{'F1 before':>11}{'after':>7}   gained / lost per code")
    total = defaultdict(int)
    for e, s in stats.items():
        total["acts"] += s["acts"]
        total["changed"] += len(s["changed"])
        codes = " ".join(f"+{c}:{n}" for c, n in s["gained"].most_common()) + "  " + \
            " ".join(f"-{c}:{n}" for c, n in s["lost"].most_common())
        pb, _rb, fb = s["before"].prf()
        pa, _ra, fa = s["after"].prf()
        p = f"{pb:>10.3f}{pa:>7.3f}" if precision else ""
        print(f"{e:>{width}}{s['acts']:>6}{len(s['changed']):>9}{p}{fb:>11.3f}{fa:>7.3f}   {codes.strip()}")
    print(f"{'all':>{width}}{total['acts']:>6}{total['changed']:>9}")
    if misses:
        for e, s in stats.items():
            for key, plus, minus in s["changed"]:
                print(f"{e:{width}} {key:{key_width}} {' '.join('+' + c for c in plus)} "
                      f"{' '.join('-' + c for c in minus)}")


if __name__ == "__main__":
    sys.exit(main())
