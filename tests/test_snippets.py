"""Snippets of the hits shown (search.analysis.make_snippet): the window and
the highlighted words, whatever the text's punctuation, case, spacing and
compounds, and whatever the process has read before.

The snippet reads a text by its whitespace-separated chunks, each chunk
tokenised and lemmatised once per process, and a text once read is not
split again (issue 15: snippets were a third of a page of hits). These
tests pin what that must not change: every form of a query word is marked,
a compound's part too, the same text asked about other words marks those,
the first ``max_tokens`` words only are read, and the window is the one
with the most distinct words.
"""
from __future__ import annotations

from search import analysis
from search.analysis import make_snippet

TEXT = ("О проведении ярмарки «Заречная осень» на территории Заречного муниципального "
        "округа.\n\nВ целях развития торговли администрация постановляет:\n"
        "1. Провести  ярмарку-выставку\tс 1 по 5 октября 2024 года; ЯРМАРОК без участия "
        "торговых сетей не проводить.\n2. Ярмарками\u00a0считать также сельскохозяйственные "
        "рынки (ярмарки, базары).")


def marked_words(snippet: str, spans) -> list[str]:
    return [snippet[s:e] for s, e in spans]


def test_every_form_and_a_compounds_part_are_marked_in_any_case_and_spacing():
    snip, spans = make_snippet(TEXT, {"ярмарка"}, width=400)
    words = marked_words(snip, spans)
    assert [w.lower() for w in words] == ["ярмарки", "ярмарку", "ярмарок", "ярмарками",
                                          "ярмарки"]
    assert "  " not in snip and "\n" not in snip and "\t" not in snip
    snip, spans = make_snippet(TEXT, {"выставка"}, width=400)
    assert marked_words(snip, spans) == ["выставку"]          # the part of ярмарку-выставку


def test_the_same_text_asked_about_other_words_marks_those():
    make_snippet(TEXT, {"ярмарка"})
    snip, spans = make_snippet(TEXT, {"торговля", "рынок"}, width=400)
    assert [w.lower() for w in marked_words(snip, spans)] == ["торговли", "рынки"]
    snip, spans = make_snippet(TEXT, {"2024"}, width=400)
    assert marked_words(snip, spans) == ["2024"]
    assert make_snippet(TEXT, {"кладбище"})[1] == []


def test_only_the_first_max_tokens_words_are_read():
    text = "ярмарка " + "слово " * 10 + "рынок"
    assert [w for w in marked_words(*make_snippet(text, {"ярмарка", "рынок"}, max_tokens=11))] \
        == ["ярмарка"]
    assert marked_words(*make_snippet(text, {"ярмарка", "рынок"}, max_tokens=12)) \
        == ["ярмарка", "рынок"]


def test_the_window_holds_the_most_distinct_words():
    text = ("ярмарка " + "текст " * 60 + "Ярмарка и рынок рядом. " + "текст " * 60)
    snip, spans = make_snippet(text, {"ярмарка", "рынок"}, width=80)
    assert [w.lower() for w in marked_words(snip, spans)] == ["ярмарка", "рынок"]
    assert snip.startswith("…")


def test_the_words_read_are_forgotten_past_the_limit_without_losing_a_mark(monkeypatch):
    monkeypatch.setattr(analysis, "_CHUNKS_MAX", 3)
    for terms in ({"ярмарка"}, {"торговля"}, {"ярмарка"}):
        snip, spans = make_snippet(TEXT, terms, width=400)
        assert spans and all(analysis.lemma(analysis.fold(w)) in terms
                             for w in marked_words(snip, spans))
