"""The per-line memory of the heading parser: same answers, bounded memory."""
from ingest.linememo import per_line
from ingest.requisites.kind_line import kind_line
from ingest.ru_dates import find_date


def test_memo_answers_as_the_function_does_and_keeps_no_long_string():
    seen = []

    @per_line(maxsize=4, longest=20)
    def upper(s: str, k: int = 1) -> str:
        seen.append(s)
        return s.upper() * k

    assert upper("решение") == "РЕШЕНИЕ"
    assert upper("решение") == "РЕШЕНИЕ"
    assert seen == ["решение"]                      # asked twice, read once
    assert upper("решение", 2) == "РЕШЕНИЕРЕШЕНИЕ"  # another argument, another answer
    long = "постановление " * 5
    upper(long)
    upper(long)
    assert seen.count(long) == 2                    # a long string is never kept
    assert upper.cache_info().currsize == 2
    for w in ("а", "б", "в", "г", "д"):
        upper(w)
    assert upper.cache_info().currsize == 4         # bounded


def test_memoised_readers_of_a_heading_line():
    kl = kind_line("ПОСТАНОВЛЕНИЕ")
    assert kl is not None and kl.kind == "постановление"
    assert kind_line("ПОСТАНОВЛЕНИЕ") == kl
    assert find_date("от «12» марта 2024 г. № 145-п")[0] == "2024-03-12"
    assert find_date("12.03.2024 и 14.05.2024", 11)[0] == "2024-05-14"
    assert find_date("12.03.2024 и 14.05.2024", start=11)[0] == "2024-05-14"
