"""One number key for catalog, pipeline and index (they once disagreed)."""
import pytest

from ingest.numbers import normalize_number, number_base, number_key


@pytest.mark.parametrize("printed", [
    "№ 145-п", "145 - П", "№145‐п", "145‑п", "145–п", "145—п", "145−п", "N 145-п", "No 145-П",
])
def test_every_dash_and_case_give_one_key(printed):
    assert number_key(printed) == "145-п"


def test_yo_and_e_are_one_number():
    assert number_key("12-рё") == number_key("12-ре") == "12-ре"


def test_print_form_keeps_letters_and_case():
    assert normalize_number("№ 58 - Р") == "58-Р"
    assert normalize_number("12 / 3") == "12/3"


def test_base_is_leading_digits_or_empty():
    assert number_base("0145-п") == "145"
    assert number_base("000") == "0"
    assert number_base("б/н") == ""


def test_search_finds_a_hyphen_variant_by_the_plain_number(tmp_path, engine):
    """Word's U+2010 in the catalog and «ё» in a number: found by what a reader types."""
    from search import index as ix
    from search.query import search
    from tests.fixtures import make_record
    recs = [make_record(1, "постановление", "145‐п", "2024-03-12", "Администрация Заречного района",
                        "Об ярмарке выходного дня", "Провести ярмарку.", ["business"]),
            make_record(2, "распоряжение", "12-рё", "2024-04-01", "Администрация Заречного района",
                        "О субботнике", "Провести субботник.", ["housing"]),
            make_record(3, "постановление", "146-п", "2024-03-12", "Администрация Заречного района",
                        "О сквере", "Благоустроить сквер.", ["housing"])]
    d = tmp_path / "index"
    ix.rebuild(d, recs)
    try:
        assert [h.id for h in search(d, "постановление № 145-П").hits][:1] == ["r01"]
        assert [h.id for h in search(d, "распоряжение 12-ре").hits][:1] == ["r02"]
    finally:
        ix.close_engines()
