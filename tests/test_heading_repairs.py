"""Repairs meant for scans never alter a word of typed text (issue 12, class 4).

A text layer, DOCX, TXT or HTML was typed: an unknown place name there is a
name, not two glued words or a word short of its first letter. Scans (text
recognised from images) keep every repair. Our own wording throughout
(fictional Тестовская область, Тестоград, Заречный район).
"""
from __future__ import annotations

from ingest.heading import PrintedWords, fix_glued, split_glued
from ingest.requisites.lines import prepare

TOWN = ("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА\n\nПОСТАНОВЛЕНИЕ\n\nот 12.03.2021 № 45\n\n"
        "О ДНЕ ГОРОДА\n\nАдминистрация города Тестограда постановляет:\n1. Провести День города.\n")


def test_the_splitter_alone_takes_the_towns_name_for_two_words():
    # the evidence below is what keeps it whole: the dictionary alone cannot
    assert split_glued("ТЕСТОГРАДА", True) == ("ТЕСТО", "ГРАДА")


def test_a_name_the_document_prints_whole_elsewhere_is_never_split():
    words = PrintedWords(TOWN)
    assert fix_glued("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА", strict=True, words=words) \
        == "АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА"


def test_a_longer_word_sharing_the_stem_is_evidence_too():
    words = PrintedWords("Об утверждении Правил благоустройства села Тестоград\n"
                         "В соответствии с Уставом Тестоградского сельского поселения")
    assert fix_glued("села Тестоград", strict=True, words=words) == "села Тестоград"


def test_a_seam_the_document_prints_apart_is_split_however_often_it_is_glued():
    assert split_glued("ЗАРЕЧНОГОРАЙОНА", True) == ("ЗАРЕЧНОГО", "РАЙОНА")
    words = PrintedWords("АДМИНИСТРАЦИЯ ЗАРЕЧНОГОРАЙОНА\nАДМИНИСТРАЦИЯ ЗАРЕЧНОГОРАЙОНА\n"
                         "Глава Заречного района постановляет:")
    assert fix_glued("АДМИНИСТРАЦИЯ ЗАРЕЧНОГОРАЙОНА", strict=True, words=words) \
        == "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА"


def test_a_token_printed_once_with_two_dictionary_parts_is_still_split():
    words = PrintedWords("ОТЧЕТ ЗАРЕЧНОГОРАЙОНА\nО работе за год")
    assert fix_glued("ОТЧЕТ ЗАРЕЧНОГОРАЙОНА", strict=True, words=words) == "ОТЧЕТ ЗАРЕЧНОГО РАЙОНА"


def test_typed_lines_keep_the_name_and_a_scan_still_gets_its_repair():
    typed, scan = prepare(TOWN), prepare(TOWN, scan=True)
    assert typed.fix("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА") == "АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА"
    assert scan.fix("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА") == "АДМИНИСТРАЦИЯ ГОРОДА ТЕСТО ГРАДА"
