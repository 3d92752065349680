"""Rubric classes taught by sample rubrics_heldout80 (rubrand149; untargeted, municipal and regional acts).

Cases in our own wording (a fictional Заречный район, Заречная область, город Заречный); each failed before its rule.
"""
from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# «Организация местного самоуправления» is local government's own subject (131-ФЗ's name, the spec's definition of
# lsg), no «орган местного самоуправления» said in passing: a concept or a law on it named at the head of a page with
# no title is local government's.
def test_organisation_of_local_self_government_at_the_head_is_lsg(real):
    text = ("КОНЦЕПЦИЯ ОРГАНИЗАЦИИ МЕСТНОГО САМОУПРАВЛЕНИЯ В ЗАРЕЧНОЙ ОБЛАСТИ\n(в ред. постановлений Правительства "
            "Заречной области от 14.02.2019 N 61-пп, от 03.03.2022 N 118-пп)")
    assert "lsg" in filed(real, None, text)


def test_bodies_of_local_self_government_said_in_passing_stay_boilerplate(real):
    text = ("1. Органам местного самоуправления Заречного района обеспечить уборку снега с тротуаров и дворовых "
            "территорий в зимний период.")
    assert "lsg" not in ruled(real, None, text)


# An annex printed without the act's title names its programme under the municipality's quoted name
# («Муниципальная программа муниципального образования "Город Заречный" "Развитие …"»): the second quoted name is
# the programme's, and the programme's field is read from it.
def test_programme_named_after_a_quoted_municipality_reads_its_own_name(real):
    text = ("Приложение 1\nк постановлению администрации\nмуниципального образования\n\"Город Заречный\"\nот 14 марта "
            "2022 г. N 211\nУтверждена\nпостановлением администрации\nмуниципального образования\n\"Город Заречный\"\n"
            "от 2 ноября 2016 г. N 3120\nМуниципальная программа\nмуниципального образования \"Город Заречный\" "
            "\"Поддержка малого и среднего предпринимательства в городе Заречном\"\n1. Паспорт\n2. Характеристика сферы "
            "реализации муниципальной программы")
    got = ruled(real, None, text)
    assert {"economy", "business"} <= got, got


# A subprogramme's annex opens with «Подпрограмма "…"» and «Паспорт подпрограммы "…"» on lines of their own, with no
# «муниципальная» or «государственная» before it: the quoted name is its title all the same (here under a print's
# anchor line «Par212 Par212», which a reader takes for a heading and which names nothing).
def test_subprogramme_heading_a_line_names_the_annex(real):
    text = ("Приложение к постановлению от 12.01.2021 г № 14-П\nPar212 Par212\nПодпрограмма\n\"Газификация сельских населенных пунктов "
            "Заречной области\"\nна 2021 - 2025 годы\nПаспорт подпрограммы \"Газификация сельских населенных пунктов "
            "Заречной области\"\nОтветственный исполнитель подпрограммы |\nкомитет по строительству Заречной области |\n"
            "Цель подпрограммы |\nобеспечение природным газом потребителей |")
    got = ruled(real, None, text)
    assert {"economy", "housing"} <= got, got


# An act read without its title whose head is its operative clause («…постановляет: утвердить областную
# государственную социальную программу «…» (прилагается)»): the programme approved is the act, as «Об утверждении …
# программы» is — «утвердить» is the verb's other stem.
def test_programme_approved_in_the_operative_clause_is_a_programme(real):
    text = ("В соответствии со статьей 7 Закона Заречной области «О государственных социальных программах Заречной "
            "области» Законодательное собрание постановляет:\nутвердить областную государственную социальную программу "
            "«Патриотическое воспитание граждан в Заречной области на 2025 - 2027 годы» (прилагается).\nПредседатель "
            "Законодательного собрания И.И. Петров")
    got = ruled(real, None, text)
    assert {"economy", "culture"} <= got, got


# A council takes its decisions by open, roll-call or secret vote (its rules of procedure): how deputies vote, no
# election.
def test_council_deciding_by_open_or_secret_vote_is_no_election(real):
    text = ("Статья 12. Решения Совета депутатов\n1. По вопросам, вносимым на заседание, Совет депутатов принимает "
            "решения открытым, в том числе поименным, или тайным голосованием.\n2. Решение считается принятым, если "
            "за него проголосовало более половины от установленного числа депутатов Совета.")
    assert "elections" not in filed(real, None, text)


def test_secret_ballot_at_elections_stays_elections(real):
    text = ("Выборы депутатов Совета депутатов Заречного сельского поселения проводятся на основе всеобщего равного и "
            "прямого избирательного права при тайном голосовании. Назначить выборы на 8 сентября.")
    assert "elections" in ruled(real, "О назначении выборов депутатов Совета депутатов Заречного сельского поселения",
                                text)


# «Охрана природы» names the environment as «охрана окружающей среды» does (a committee's, a programme's older name
# for the same): a statute of a «комитет охраны природы» is the environment's. (Whether a region's committee is also
# local government's is left to the lsg rule: the title as matched has lost the words that tell a region's
# administration from a district's, see NOTES.)
def test_statute_of_a_nature_protection_committee_is_environment(real):
    got = ruled(real, "Об утверждении Положения о комитете охраны природы администрации Заречной области")
    assert "environment" in got, got


def test_statute_of_a_district_department_stays_lsg(real):
    got = ruled(real, "Об утверждении Положения об отделе культуры администрации Заречного муниципального района "
                      "Тестовской области")
    assert "lsg" in got, got
