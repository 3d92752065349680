"""Every weight of the plan in one place (tuned on tests/search_queries.yaml
and tests/reader_questions.yaml; bench/search_quality.py and
bench/reader_questions.py give the figures)."""

# title and requisites weigh more than body text
W_TITLE, W_META, W_TEXT = 3.0, 1.5, 1.0
# A requisite typed by the reader names the act: a match in the requisite
# fields must outweigh any number of word matches (a title that merely cites
# "№ 9" must not come before act № 9), hence weights an order above words.
W_NUMBER, W_NUMBER_BASE, W_DATE, W_NUMBER_TEXT, W_YEAR = 120.0, 60.0, 80.0, 0.5, 2.0
W_PHRASE = 2.0
W_ALT = 0.6   # a reader's word matched through the thesaurus (search/thesaurus.py)
W_KIN = 0.5   # a word of the same root in the index (тренировка -> тренировочный)
W_READING = 0.9  # another dictionary form of the typed word (Белых: белый, and белые)
# a topic question's kind word, year and bare number (see parse_text)
W_KIND, W_KIND_TITLE, W_KIND_SHARE = 2.0, 1.0, 0.5
W_YEAR_TITLE, W_YEAR_TEXT = 1.0, 0.3
W_LOOSE_NUMBER = 3.0
RANK_ONLY = 1e-6      # a copy of the question inside a ranking clause: adds (almost) nothing
# a plain question matched by all its words but one (search: relaxed "most")
# comes after the acts matching every word
MIN_MOST_WORDS, W_ALL_WORDS = 3, 10.0
