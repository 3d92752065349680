"""``textio.unmangle``'s signature check and why it runs twice on an imported file
(code80): once in ``decode`` on the bytes, again in ``extract_acts`` on the text it is
handed. Fictional acts of «Заречный район»."""
from __future__ import annotations

import re

import pytest

from ingest import textio
from ingest.requisites import extract_acts

ACT = ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 12.03.2024 № 145\n"
       "О ремонте дорог Сосновского сельского поселения\n\n"
       + "В целях содержания дорог администрация постановляет провести ремонт. " * 6)
MOJIBAKE = ACT.encode("cp1251").decode("cp1252")


@pytest.mark.parametrize("s", ["", "ПОСТАНОВЛЕНИЕ", MOJIBAKE, "café Ñ ÿ À¿ ĀŁ \ud800 😀 Ё", "\u00bf\u00c0\u00ff\u0100"])
def test_the_signature_count_is_the_letters_of_a_latin1_reading(s):
    assert textio.mangled_letters(s) == len(re.findall("[\u00c0-\u00ff]", s))


def test_plain_russian_is_returned_as_the_same_object():
    assert textio.unmangle(ACT) is ACT


def test_a_pasted_page_is_read_back_by_extract_acts_alone():
    a = extract_acts(MOJIBAKE)[0]
    assert (a.kind, a.number, a.date) == ("постановление", "145", "2024-03-12")


def test_a_long_head_hides_the_signature_from_decode_not_from_extract_acts():
    from ingest.formats.html import extract
    page = ("<html><head><script>" + "var x = 1;\n" * 2000 + "</script></head><body><pre>"
            + MOJIBAKE + "</pre></body></html>")
    decoded = textio.decode(page.encode("utf-8"))
    assert decoded.how == "utf-8"  # the markup filled decode's sample
    a = extract_acts(extract(decoded.text).text)[0]
    assert (a.kind, a.number, a.date) == ("постановление", "145", "2024-03-12")


def test_a_page_whose_head_hid_the_signature_is_stored_in_cyrillic(tmp_path):
    """The record's text (what search and rubrics read) is read back too, not only the
    requisites ``extract_acts`` takes from its own repaired copy."""
    from ingest.formats import read
    page = ("<html><head><title>" + MOJIBAKE.splitlines()[3] + "</title><script>"
            + "var x = 1;\n" * 2000 + "</script></head><body><pre>"
            + MOJIBAKE + "</pre></body></html>")
    f = tmp_path / "act.html"
    f.write_bytes(page.encode("utf-8"))
    parsed = read(f)
    assert "О ремонте дорог Сосновского сельского поселения" in parsed.text
    assert "Ï" not in parsed.text
    assert parsed.meta["html_title"] == "О ремонте дорог Сосновского сельского поселения"
    assert parsed.meta.get("unmangled") is True


def test_a_plain_page_is_returned_untouched(tmp_path):
    from ingest.formats import read
    f = tmp_path / "act.html"
    f.write_bytes(("<html><body><pre>" + ACT + "</pre></body></html>").encode("utf-8"))
    parsed = read(f)
    assert "О ремонте дорог" in parsed.text and "unmangled" not in parsed.meta


# --- a cp1251 page read as Mac Cyrillic (the small letters come through, the capitals
# and «я» turn into Serbian letters and symbols), saved again as UTF-8 -----------------

DECREE = ("ПРАВИТЕЛЬСТВО ЗАРЕЧНОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 12 марта 2024 г. № 145-п\n"
          "О порядке предоставления субсидий Сосновскому району\n\n"
          + "В соответствии с Бюджетным кодексом Российской Федерации Правительство Заречной "
            "области постановляет: утвердить прилагаемый Порядок. Заявления принимаются "
            "в течение года. " * 5)
MAC = DECREE.encode("cp1251").decode("mac_cyrillic")


def test_a_mac_cyrillic_reading_is_read_back():
    assert MAC.startswith("ѕ–ј¬»“≈Ћ№—“¬ќ")
    assert textio.unmangle(MAC) == DECREE
    a = extract_acts(MAC)[0]
    assert (a.kind, a.number, a.date) == ("постановление", "145-п", "2024-03-12")
    assert a.title == "О порядке предоставления субсидий Сосновскому району"


def test_a_mac_cyrillic_file_is_imported_in_cyrillic(tmp_path):
    from ingest.formats import read
    f = tmp_path / "decree.txt"
    f.write_bytes(MAC.encode("utf-8"))
    parsed = read(f)
    assert "О порядке предоставления субсидий Сосновскому району" in parsed.text
    assert "ѕ" not in parsed.text


@pytest.mark.parametrize("text", [
    DECREE,
    DECREE + " Стоимость участия 100 €, взнос 20 €." * 8,        # prices in euros stay
    "Пастанова выканаўчага камітэта аб добраўпарадкаванні вуліц. " * 20,   # Belarusian
    "Рішення виконавчого комітету про затвердження порядку. Її розглянуто. " * 20,  # Ukrainian
    "Прописная «ѕ» и «ќ» в македонской азбуке; Ћирилица, Џ, ј — буквы сербской азбуки. " * 3,
])
def test_other_texts_are_left_as_they_are(text):
    assert textio.unmangle(text) is text
