"""Repairs meant for scans never alter a word of typed text (issue 12, class 4).

A text layer, DOCX, TXT or HTML was typed: an unknown place name there is a
name, not two glued words or a word short of its first letter. Scans (text
recognised from images) keep every repair. Our own wording throughout
(fictional Тестовская область, Тестоград, Заречный район).
"""
from __future__ import annotations

from ingest.formats import read
from ingest.heading import PrintedWords, fix_glued, split_glued
from ingest.requisites import extract_acts
from ingest.requisites.body import clean_body
from ingest.requisites.lines import prepare

TOWN = ("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА\n\nПОСТАНОВЛЕНИЕ\n\nот 12.03.2021 № 45\n\n"
        "О ДНЕ ГОРОДА\n\nАдминистрация города Тестограда постановляет:\n1. Провести День города.\n")


def test_the_splitter_alone_takes_the_towns_name_for_two_words():
    # the evidence below is what keeps it whole: the dictionary alone cannot
    assert split_glued("ТЕСТОГРАДА", True) == ("ТЕСТО", "ГРАДА")


def test_a_name_the_document_prints_whole_elsewhere_is_never_split():
    words = PrintedWords(TOWN.splitlines())
    assert fix_glued("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА", strict=True, words=words) \
        == "АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА"


def test_a_longer_word_sharing_the_stem_is_evidence_too():
    words = PrintedWords(["Об утверждении Правил благоустройства села Тестоград",
                          "В соответствии с Уставом Тестоградского сельского поселения"])
    assert fix_glued("села Тестоград", strict=True, words=words) == "села Тестоград"


def test_a_seam_the_document_prints_apart_is_split_however_often_it_is_glued():
    assert split_glued("ЗАРЕЧНОГОРАЙОНА", True) == ("ЗАРЕЧНОГО", "РАЙОНА")
    words = PrintedWords(["АДМИНИСТРАЦИЯ ЗАРЕЧНОГОРАЙОНА", "АДМИНИСТРАЦИЯ ЗАРЕЧНОГОРАЙОНА",
                          "Глава Заречного района постановляет:"])
    assert fix_glued("АДМИНИСТРАЦИЯ ЗАРЕЧНОГОРАЙОНА", strict=True, words=words) \
        == "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА"


def test_a_token_printed_once_with_two_dictionary_parts_is_still_split():
    words = PrintedWords(["ОТЧЕТ ЗАРЕЧНОГОРАЙОНА", "О работе за год"])
    assert fix_glued("ОТЧЕТ ЗАРЕЧНОГОРАЙОНА", strict=True, words=words) == "ОТЧЕТ ЗАРЕЧНОГО РАЙОНА"



def test_a_typed_split_must_read_as_two_words_of_a_phrase():
    # «тесто граде», «солнце град»: a noun then a noun in the locative or the
    # nominative is no phrase of Russian, so typed text keeps the name printed once
    assert split_glued("Тестограде", True) == ("Тестограде",)
    assert split_glued("Солнцеград", True) == ("Солнцеград",)
    assert split_glued("Солнцеграде", True) == ("Солнцеграде",)
    # a scan keeps the splitter as it was
    assert split_glued("Тестограде") == ("Тесто", "граде")


def test_a_name_after_a_noun_printed_once_stays_whole_in_typed_text():
    # «города солнце града»: the word after a noun continues it in the genitive
    words = PrintedWords(["Об утверждении Положения", "Администрация города Солнцеграда"])
    assert fix_glued("Администрация города Солнцеграда", strict=True, words=words) \
        == "Администрация города Солнцеграда"
    words = PrintedWords(["О празднике", "в городе Тестограде"])
    assert fix_glued("в городе Тестограде", strict=True, words=words) == "в городе Тестограде"
    assert fix_glued("Администрация города Солнцеграда") == "Администрация города Солнце града"


def test_glues_that_read_as_a_phrase_are_still_split_in_typed_text():
    words = PrintedWords(["О порядке"])
    for glued, split in [("ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВОСАМАРСКОЙ ОБЛАСТИ",
                          "ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВО САМАРСКОЙ ОБЛАСТИ"),
                         ("Правительства Самарскойобласти", "Правительства Самарской области"),
                         ("ГУБЕРНАТОР УЛЬЯНОВСКОЙОБЛАСТИ", "ГУБЕРНАТОР УЛЬЯНОВСКОЙ ОБЛАСТИ"),
                         ("СОВЕТ ДЕПУТАТОВКРАСНОПОЛЬСКОГО", "СОВЕТ ДЕПУТАТОВ КРАСНОПОЛЬСКОГО"),
                         ("работы натерритории поселения", "работы на территории поселения"),
                         ("в 2017году", "в 2017 году"),
                         ("наказы жителей городадепутатам", "наказы жителей города депутатам"),
                         ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГОРАЙОНА", "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА")]:
        assert fix_glued(glued, strict=True, words=words) == split, glued

def test_typed_lines_keep_the_name_and_a_scan_still_gets_its_repair():
    typed, scan = prepare(TOWN), prepare(TOWN, scan=True)
    assert typed.fix("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА") == "АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА"
    assert scan.fix("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА") == "АДМИНИСТРАЦИЯ ГОРОДА ТЕСТО ГРАДА"


COUNCIL = ("{name}\nТЕСТОВСКОЙ ОБЛАСТИ\n\nРЕШЕНИЕ\n\nот 14.05.2019 № 12\n\n"
           "Об утверждении Положения о Почетной грамоте\n\nСовет депутатов решил:\n1. Утвердить.\n")


def test_a_lost_first_letter_is_restored_on_a_scan_only():
    name = "ОРОДСКАЯ ДУМА ГОРОДА ТЕСТОГРАДА"
    scan = extract_acts(COUNCIL.format(name=name), {"ocr_pages": [1]})[0]
    typed = extract_acts(COUNCIL.format(name="ИТЕЙСКИЙ РАЙОННЫЙ СОВЕТ ДЕПУТАТОВ"))[0]
    assert scan.body.startswith("ГОРОДСКАЯ ДУМА")
    assert typed.body.startswith("ИТЕЙСКИЙ РАЙОННЫЙ СОВЕТ")


def test_a_stamps_latin_debris_is_dropped_on_a_scan_and_a_wrapped_hyphen_kept_in_typed_text():
    assert clean_body("СЛУЖБА- ot CS ПО ТАРИФАМ ТЕСТОВСКОЙ ОБЛАСТИ") \
        == "СЛУЖБА ПО ТАРИФАМ ТЕСТОВСКОЙ ОБЛАСТИ"
    assert clean_body("СОВЕТ ДЕПУТАТОВ ГОРОДСКОГО ОКРУГА ТЕСТОВО- ЗАРЕЧНЫЙ", scan=False) \
        == "СОВЕТ ДЕПУТАТОВ ГОРОДСКОГО ОКРУГА ТЕСТОВО-ЗАРЕЧНЫЙ"


def test_latin_look_alikes_are_made_cyrillic_in_ocr_output_only(tmp_path):
    # fix_script runs on Tesseract's output; a typed file keeps its Latin words
    page = tmp_path / "act.txt"
    page.write_text("ПОСТАНОВЛЕНИЕ\nО конкурсе «TOP» среди школ Тестограда\n", encoding="utf-8")
    assert "«TOP»" in read(page).text


def test_a_settlements_name_after_poselenie_or_quoted_alone_stays_whole_in_typed_text():
    # «сельское поселение Верескино», «МО «Верескино»»: 131-ФЗ names a settlement
    # after its noun or in quotes; «верес кино» is two dictionary words all the same
    words = PrintedWords(["О порядке"])
    assert split_glued("ВЕРЕСКИНО", True) == ("ВЕРЕС", "КИНО")
    assert fix_glued("ВЕРЕСКИНО", strict=True, words=words, before="СЕЛЬСКОЕ ПОСЕЛЕНИЕ") == "ВЕРЕСКИНО"
    assert fix_glued("АДМИНИСТРАЦИЯ МО «ВЕРЕСКИНО»", strict=True, words=words) == "АДМИНИСТРАЦИЯ МО «ВЕРЕСКИНО»"
    assert fix_glued("Совет депутатов сельского поселения Верескино", strict=True, words=words) \
        == "Совет депутатов сельского поселения Верескино"
    # a quoted title glued to its preposition is still mended, and a scan keeps its repair
    assert fix_glued("«Обутверждении порядка»", strict=True, words=words) == "«Об утверждении порядка»"
    assert fix_glued("АДМИНИСТРАЦИЯ МО «ВЕРЕСКИНО»") == "АДМИНИСТРАЦИЯ МО «ВЕРЕС КИНО»"
    act = extract_acts("АДМИНИСТРАЦИЯ\nСЕЛЬСКОГО ПОСЕЛЕНИЯ\nВЕРЕСКИНО\nЗаречного района Тестовской области\n\n"
                       "ПОСТАНОВЛЕНИЕ\n\nот 12.03.2024 № 45\n\nО проведении субботника\n\n"
                       "1. Провести субботник.\n")[0]
    assert act.body == "АДМИНИСТРАЦИЯ СЕЛЬСКОГО ПОСЕЛЕНИЯ ВЕРЕСКИНО Заречного района Тестовской области"
