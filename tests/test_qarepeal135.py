"""QA of the repealing act's wordings (helper qarepeal135): which of them leave
the repealed act of the fund without its status «утратил силу» (or the link).
Acts of the fictional Сосновское сельское поселение of Заречный муниципальный
район, in our own wording; each case failed before its fix."""
from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner

from cli import main
from ingest.links import body_matches, extract_links
from ingest.lost_force import lost_force_since
from ingest.requisites import extract_acts

G = "администрации Сосновского сельского поселения"
T12 = "«Об утверждении Положения о порядке ведения реестра муниципального имущества»"
T15 = "«О создании комиссии по землепользованию»"
HEAD = "АДМИНИСТРАЦИЯ\nСОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА\n"


def _post(date: str, n: str, title: str, body: str) -> str:
    return (f"{HEAD}ПОСТАНОВЛЕНИЕ\nот {date} № {n}\nс. Сосновка\n{title}\n{body}\n"
            "Глава Сосновского сельского поселения И.И. Иванов\n")


A12 = _post("10.02.2023", "12", T12[1:-1],
            "1. Утвердить Положение о порядке ведения реестра муниципального имущества.\n"
            "2. Настоящее постановление вступает в силу со дня его обнародования.")
A15 = _post("05.06.2023", "15-п", T15[1:-1],
            "1. Создать комиссию по землепользованию.\n2. Контроль за исполнением оставляю за собой.")
K12, K15 = ("постановление", "12", "2023-02-10"), ("постановление", "15-п", "2023-06-05")


def _repeals(body: str, title: str = "О признании утратившими силу некоторых постановлений"):
    act = extract_acts(_post("20.12.2024", "99", title, body))[0]
    return [c.key() for c in extract_links(act.title, act.text).repeals], act


# each wording left the repealed acts without the link (so without the status)
WORDINGS = {
    # the number printed before the date, in the clause and in a list
    "number_before_date": (f"1. Признать утратившим силу постановление {G} № 12 от 10.02.2023 {T12}.\n"
                           "2. Настоящее постановление обнародовать.", [K12]),
    "number_before_date_list": (f"1. Признать утратившими силу постановления {G}:\n- № 12 от 10.02.2023 {T12};\n"
                                f"- № 15-п от 05.06.2023 г. {T15}.\n2. Обнародовать.", [K12, K15]),
    "number_first_clause_number_before_date": (f"1. Постановление {G} № 12 от 10.02.2023 {T12} признать "
                                               "утратившим силу.\n2. Обнародовать.", [K12]),
    # the day (or another lead-in) before the words, or between them
    "day_before_the_words": (f"1. С 01.01.2025 признать утратившими силу следующие постановления {G}:\n"
                             f"- от 10.02.2023 № 12 {T12};\n- от 05.06.2023 № 15-п {T15}.\n2. Обнародовать.",
                             [K12, K15]),
    "day_between_the_words": (f"1. Признать с 1 января 2025 года утратившим силу постановление {G} "
                              f"от 10.02.2023 № 12 {T12}.\n2. Обнародовать.", [K12]),
    "on_entry_into_force": (f"1. Со дня вступления в силу настоящего постановления признать утратившим силу "
                            f"постановление {G} от 10.02.2023 № 12 {T12}.\n2. Обнародовать.", [K12]),
    "in_connection_with": (f"1. В связи с принятием нового Положения о реестре признать утратившим силу "
                           f"постановление {G} от 10.02.2023 № 12 {T12}.\n2. Обнародовать.", [K12]),
    "number_first_after_a_day": (f"1. С 1 января 2025 года постановление {G} от 10.02.2023 № 12 {T12} "
                                 "признать утратившим силу.\n2. Обнародовать.", [K12]),
    # the act named first: a head's «главы», an edition note's «изменениями» are no part nor change
    "number_first_of_the_head": ("1. Постановление главы Сосновского сельского поселения от 10.02.2023 № 12 "
                                 f"{T12} признать утратившим силу.\n2. Обнародовать.", [K12]),
    "number_first_with_edition_note": (f"1. Постановление {G} от 10.02.2023 № 12 {T12} (с изменениями, "
                                       f"внесенными постановлением {G} от 05.06.2023 № 15-п) признать "
                                       "утратившим силу.\n2. Обнародовать.", [K12]),
    # the kind and body named before the words, the list after them
    "listed_after_the_words": (f"1. Следующие постановления {G} признать утратившими силу:\n"
                               f"- от 10.02.2023 № 12 {T12};\n- от 05.06.2023 № 15-п {T15}.\n2. Обнародовать.",
                               [K12, K15]),
    # the list is the annex (its stamp names the repealer itself, which is no repealed act)
    "listed_in_the_annex": (f"1. Признать утратившими силу постановления {G} согласно приложению.\n"
                            "2. Обнародовать.\nГлава поселения И.И. Иванов\nПриложение\n"
                            f"к постановлению {G}\nот 20.12.2024 № 99\nПеречень утративших силу постановлений\n"
                            f"1. Постановление {G} от 10.02.2023 № 12 {T12}.\n"
                            f"2. Постановление {G} от 05.06.2023 № 15-п {T15}.", [K12, K15]),
    # a list of sub-points, one act a line: the file was cut into three «acts»
    "items_as_sub_points": (f"1. Признать утратившими силу:\n1.1. Постановление {G} от 10.02.2023 № 12 {T12}.\n"
                            f"1.2. Постановление {G} от 05.06.2023 № 15-п {T15}.\n2. Обнародовать.", [K12, K15]),
    "items_one_a_line": (f"1. Признать утратившими силу:\nПостановление {G} от 10.02.2023 № 12 {T12}.\n"
                         f"Постановление {G} от 05.06.2023 № 15-п {T15}.\n2. Обнародовать.", [K12, K15]),
}


@pytest.mark.parametrize("name", sorted(WORDINGS))
def test_a_repealing_wording_links_the_acts_it_repeals(name):
    body, want = WORDINGS[name]
    got, act = _repeals(body)
    assert sorted(got) == sorted(want)
    assert act.number == "99"


# wordings that are no repeal of the act, and must stay none
NOT_REPEALS = {
    "a_part_named_first": f"1. Постановление {G} от 10.02.2023 № 12 {T12} в части раздела 3 признать утратившим силу.",
    "all_but_a_point": f"1. Постановление {G} от 10.02.2023 № 12 {T12}, за исключением пункта 5, признать "
                       "утратившим силу.",
    "asking_another_body": "1. В целях приведения актов в соответствие предложить Совету депутатов признать "
                           "утратившим силу решение Совета депутатов Сосновского сельского поселения от "
                           "12.05.2020 № 45.",
    "a_ground_in_the_lead_in": f"1. В связи с принятием постановления {G} от 01.12.2024 № 90 «Об утверждении "
                               f"Положения» признать утратившим силу постановление {G} от 10.02.2023 № 12 {T12}.",
}


@pytest.mark.parametrize("name", sorted(NOT_REPEALS))
def test_no_repeal_of_the_act_in_these_wordings(name):
    got, _act = _repeals(NOT_REPEALS[name] + "\n2. Обнародовать.")
    assert ("постановление", "90", "2024-12-01") not in got
    assert ("решение", "45", "2020-05-12") not in got
    if name != "a_ground_in_the_lead_in":
        assert got == []
    else:
        assert got == [K12]


def test_the_day_a_wording_with_a_lead_in_gives():
    _got, act = _repeals(WORDINGS["day_before_the_words"][0])
    assert lost_force_since(act.text, act.date, "15-п") == "2025-01-01"
    _got, act = _repeals(WORDINGS["number_first_after_a_day"][0])
    assert lost_force_since(act.text, act.date, "12") == "2025-01-01"


def test_a_body_under_its_charter_name_is_the_same_body():
    """«администрации муниципального образования «Сосновское сельское поселение»» cites the act of
    АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ (and the other way round); another
    municipality's is not."""
    mo = "администрации муниципального образования «Сосновское сельское поселение»"
    assert body_matches(mo, "АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА")
    assert body_matches(G, "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «СОСНОВСКОЕ СЕЛЬСКОЕ ПОСЕЛЕНИЕ»")
    assert not body_matches("администрации Сосновского муниципального района",
                            "АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ")
    assert not body_matches("администрации Сосновского городского поселения",
                            "АДМИНИСТРАЦИЯ СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ")
    assert not body_matches("администрации муниципального образования «Сосновский район»",
                            "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «СОСНОВСКОЕ СЕЛЬСКОЕ ПОСЕЛЕНИЕ»")


# --- end to end: both acts imported, either order, and read again ------------------------

REPEALER = _post(
    "20.12.2024", "99", "О признании утратившими силу некоторых постановлений",
    "1. С 01.01.2025 признать утратившими силу:\n"
    f"1.1. Постановление администрации муниципального образования «Сосновское сельское поселение» "
    f"№ 12 от 10.02.2023 {T12}.\n"
    f"1.2. Постановление {G} от 05.06.2023 № 15-п {T15}.\n"
    "2. Настоящее постановление обнародовать.")


def _cli(home, *args):
    r = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout


def _rid(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12] + "-1"


def _status(home, text):
    return json.loads(_cli(home, "show", _rid(text), "--format", "json")).get("status") or {}


def _in_force(home) -> set[str]:
    out = json.loads(_cli(home, "search", "Сосновского", "--in-force", "--format", "json"))
    return {h["id"] for h in out["hits"]}


@pytest.mark.parametrize("repealer_first", [False, True])
def test_the_repealed_acts_lose_force_whichever_arrives_first(engine, tmp_path, repealer_first):
    """A sub-point list under a lead-in day, one item with its number before its date and its
    body under the charter's name: the repealer was cut into three «acts» (the repealed acts'
    doubles), and neither act lost force."""
    src = tmp_path / "in"
    src.mkdir()
    home = tmp_path / "fund"
    files = [("a12.txt", A12), ("a15.txt", A15)]
    files = [("r99.txt", REPEALER)] + files if repealer_first else files + [("r99.txt", REPEALER)]
    for name, text in files:
        (src / name).write_text(text, encoding="utf-8")
        _cli(home, "ingest", str(src / name), "--jobs", "1", "--no-ocr")
    shown = json.loads(_cli(home, "show", _rid(REPEALER), "--format", "json"))
    assert shown["number"] == "99" and len(shown["repeals"]) == 2
    # no double of a repealed act: imported after the repealer, 12 was the linked copy of a fragment
    assert all(json.loads(_cli(home, "show", _rid(t), "--format", "json")).get("duplicate_of") is None
               for t in (A12, A15))
    for _ in range(2):   # as imported, and read again
        for text in (A12, A15):
            st = _status(home, text)
            assert st.get("state") == "repealed" and st.get("since") == "2025-01-01"
            assert "№ 99" in st.get("repealed_by", "")
        assert not {_rid(A12), _rid(A15)} & _in_force(home)
        _cli(home, "ingest", "--reread", "--jobs", "1", "--no-ocr")


def test_a_lead_in_day_reaches_items_that_end_with_a_full_stop():
    """«1. С 01.01.2025 признать утратившими силу:» over «1.1. …», «1.2. …» (or «1)», «2)», or no
    mark) items each ending in «.»: the second item's act had no day, or the signing's (the step
    back stopped at the «.»)."""
    signed = "2. Настоящее постановление вступает в силу со дня его подписания."
    for marks in (("1.1. ", "1.2. "), ("1) ", "2) "), ("", "")):
        body = (f"1. С 01.01.2025 признать утратившими силу:\n{marks[0]}Постановление {G} от 10.02.2023 № 12 "
                f"{T12}.\n{marks[1]}Постановление {G} от 05.06.2023 № 15-п {T15}.\n{signed}")
        _got, act = _repeals(body)
        assert lost_force_since(act.text, act.date, "15-п") == "2025-01-01", marks
        _got, act = _repeals(body.replace("1. С 01.01.2025 признать", "1. Признать"))
        assert lost_force_since(act.text, act.date, "15-п") == "2024-12-20", marks


def test_an_act_listed_in_the_annex_takes_the_clause_s_day_not_the_signing():
    """«С 01.01.2025 признать утратившими силу постановления … согласно приложению» over a repealer
    in force from its signing: the acts its annex lists lost force on 1 January, not on the day
    it was signed (once the annex is read, the signing's day would be a wrong one on the card)."""
    signed = "2. Настоящее постановление вступает в силу со дня его подписания."
    body = WORDINGS["listed_in_the_annex"][0].replace("2. Обнародовать.", signed)
    _got, act = _repeals(body.replace("1. Признать", "1. С 01.01.2025 признать"))
    assert lost_force_since(act.text, act.date, "15-п") == "2025-01-01"
    _got, act = _repeals(body.replace("согласно приложению.", "согласно приложению с 1 марта 2025 года."))
    assert lost_force_since(act.text, act.date, "12") == "2025-03-01"
    _got, act = _repeals(body)   # no day in the clause: the signing's
    assert lost_force_since(act.text, act.date, "12") == "2024-12-20"


def test_a_part_named_first_amends_the_act():
    """«Пункт 3 постановления … признать утратившим силу» (the part before the words): the act is
    amended, as by «Признать утратившим силу пункт 3 постановления …»; it had no link at all."""
    for part in ("Пункт 3 постановления", "Приложение 2 к постановлению", "Абзац второй пункта 4 постановления"):
        act = extract_acts(_post("20.12.2024", "99", "О внесении изменений в постановление",
                                 f"1. {part} {G} от 10.02.2023 № 12 {T12} признать утратившим силу.\n"
                                 "2. Обнародовать."))[0]
        links = extract_links(act.title, act.text)
        assert [c.key() for c in links.amends] == [K12] and links.repeals == (), part


def test_a_named_first_clause_is_one_paragraph_never_the_act_s_own_heading():
    """A page whose first line is the act's reference («Решение от … № 3-44»), then its title and a
    preamble citing a law with its number before the date, and a point glued to its number
    («2.Решение … отменить.»): the heading line was read as a clause naming acts first, running on
    to the words of point 2 — the act «repealed» itself and every act its preamble cites (a
    federal law the fund holds was shown «утратил силу»)."""
    text = ("Решение от 23.04.2024 № 3-44\n\n"
            "О протесте прокурора Заречного района на решение от 15.08.2019 № 8-66\n\n"
            "Рассмотрев протест прокурора Заречного района на решение Совета депутатов от 15.08.2019 № 8-66 "
            "«О правилах благоустройства», в целях приведения его в соответствие с Федеральным законом "
            "№ 131-ФЗ от 06.10.2003 «Об общих принципах организации местного самоуправления в Российской "
            "Федерации» Совет депутатов решил:\n"
            "1.Протест прокурора Заречного района удовлетворить.\n"
            "2.Решение Совета депутатов Сосновского сельского поселения от 15.08.2019 № 8-66 «О правилах "
            "благоустройства» отменить.\n3.Решение обнародовать.\n")
    act = extract_acts(text)[0]
    assert (act.number, act.date) == ("3-44", "2024-04-23")
    links = extract_links(act.title, act.text)
    assert [c.key() for c in links.repeals] == [("решение", "8-66", "2019-08-15")]
