"""The rubric scheme: loading and checking, Russian matching, scoring, manual decisions,
the CLI printing, and quality against the gold set."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.gold import REALDOCS, REALDOCS2
from click.testing import CliRunner

from ingest.records import Rubric
from ingest.rubrics import (Assignment, SchemeError, TOP_LEVEL, check_scheme, load_scheme,
                            merge_manual, strip_boilerplate)
from cli.rubrics import format_explanation, format_tree, rubrics

ROOT = Path(__file__).resolve().parent.parent
GOLD = REALDOCS / "gold.jsonl"

# the other 17 fixed top-level codes, rule-less, so small test schemes validate
_TOP_STUBS = "".join(
    f"  - {{code: {c}, label_ru: {c}, label_en: {c}}}\n" for c in TOP_LEVEL if c != "social")


def scheme_from(tmp_path: Path, rubrics_yaml: str, head: str = ""):
    p = tmp_path / "rubrics.yaml"
    p.write_text(head + "rubrics:\n" + textwrap.indent(textwrap.dedent(rubrics_yaml), "  ") + _TOP_STUBS, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def real():
    return load_scheme(ROOT / "rubrics.yaml")


def codes(scheme, title, text=""):
    return {a.code for a in scheme.assign(title, text)}


def sure(scheme, title, text=""):
    """The codes a rule assigned (not the uncertain best guess)."""
    return {a.code for a in scheme.assign(title, text) if not a.uncertain}


# --- the repository's scheme ----------------------------------------------------

def test_repository_scheme_is_valid_and_has_the_fixed_top_level(real):
    assert check_scheme(ROOT / "rubrics.yaml") == []
    tops = [n.code for n in real.tree()]
    assert sorted(tops) == sorted(TOP_LEVEL)
    for node in real.tree():
        assert 2 <= len(node.children) <= 6, node.code
        assert node.label and node.label_en


# --- morphology -------------------------------------------------------------------

@pytest.fixture()
def small(tmp_path):
    path = scheme_from(tmp_path, """\
      - code: social
        label_ru: Социальная защита
        label_en: Social defense
        rules:
          - terms: [социальная поддержка]
      - code: social.large-families
        label_ru: Многодетные семьи
        label_en: Large families
        rules:
          - terms: [многодетная семья]
      - code: social.disabled
        label_ru: Инвалиды
        label_en: Disabled
        threshold: 2
        rules:
          - phrases: [доступной среды]
          - regex: 'инвалид\\w*\\s+(?:i|ii|iii|1|2|3)\\s+группы'
            where: text
            weight: 4
    """)
    return load_scheme(path)


@pytest.mark.parametrize("form", ["многодетным семьям", "многодетной семьи", "многодетные семьи",
                                  "МНОГОДЕТНЫМИ СЕМЬЯМИ"])
def test_multiword_terms_match_every_form(small, form):
    assert "social.large-families" in codes(small, f"О поддержке {form}")


def test_terms_need_the_words_in_sequence(small):
    assert "social.large-families" not in codes(small, "О семьях, в том числе многодетных")


def test_real_scheme_matches_word_forms(real):
    assert "elections" in codes(real, "О назначении выборов депутатов")
    assert "elections" in codes(real, "О выборах главы поселения")
    assert "elections.polling-stations" in codes(real, "Об образовании избирательных участков")
    assert "social.large-families" in codes(real, "О мерах поддержки многодетным семьям")
    assert "housing.funeral" in codes(real, "О закрытии кладбищ для новых захоронений")


def test_phrases_and_regex(small):
    assert "social.disabled" in codes(small, "О формировании Доступной  среды")
    assert "social.disabled" in codes(small, None, "Выплата инвалидам II группы производится ежемесячно.")
    # the regex looks only in the text: in the title it does not count
    assert "social.disabled" not in codes(small, "Инвалидам II группы", "")


# --- scoring ------------------------------------------------------------------------

def test_title_counts_more_than_text(small):
    a = {x.code: x for x in small.assign("О социальной поддержке", "")}
    assert a["social"].score == 3
    b = {x.code: x for x in small.assign("Об изменениях", "Социальная поддержка оказывается.")}
    assert b["social"].uncertain  # one mention in the body is not enough: only a guess


def test_body_alone_needs_several_hits(real):
    one = "Администрации обеспечить выполнение плана. Многодетным семьям сообщить о сроках."
    assert "social" not in sure(real, "О плане мероприятий", one)
    many = ("Многодетным семьям предоставляется ежемесячная денежная выплата. Меры социальной поддержки "
            "многодетных семей включают бесплатный проезд. Инвалидам и семьям, имеющим детей-инвалидов, "
            "выплата назначается в двойном размере. Органу социальной защиты вести учёт многодетных семей.")
    assert "social" in sure(real, "О плане мероприятий", many)


def test_threshold(tmp_path):
    path = scheme_from(tmp_path, """\
      - code: social
        label_ru: Социальная защита
        label_en: Social defense
        threshold: 6
        rules:
          - terms: [пенсия]
          - terms: [льгота]
    """)
    s = load_scheme(path)
    assert "social" not in sure(s, "О пенсиях")             # 3 < 6
    assert "social" in sure(s, "О пенсиях и льготах")       # 3 + 3


def test_any_all_not(tmp_path):
    path = scheme_from(tmp_path, """\
      - code: social
        label_ru: Социальная защита
        label_en: Social defense
        rules:
          - all:
              - terms: [устав]
              - any:
                  - terms: [поселение]
                  - terms: [район]
              - not:
                  terms: [учреждение]
            where: title
          - not:
              terms: [проект]
    """)
    s = load_scheme(path)
    assert "social" in codes(s, "Об уставе сельского поселения")
    assert "social" in codes(s, "Об уставе района")
    assert "social" not in codes(s, "Об уставе")                       # all: needs the any-part
    assert "social" not in codes(s, "Об уставе учреждения района")     # not inside all
    assert "social" not in codes(s, "О проекте устава района")         # top-level not vetoes


def test_subrubric_implies_parent(small):
    got = {a.code: a for a in small.assign("О поддержке многодетных семей", "")}
    assert "social.large-families" in got
    assert "social" in got and got["social"].implied


def test_prefix_terms(tmp_path):
    path = scheme_from(tmp_path, """\
      - code: social
        label_ru: Социальная защита
        label_en: Social defense
        rules:
          - terms: [антикоррупц*]
    """)
    assert "social" in codes(load_scheme(path), "Об антикоррупционной экспертизе")


# --- boilerplate ----------------------------------------------------------------------

BOILER = (
    "В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации "
    "местного самоуправления в Российской Федерации», Уставом Андроповского муниципального округа "
    "Ставропольского края администрация ПОСТАНОВЛЯЕТ:\n"
    "1. Утвердить прилагаемый план работы.\n"
    "2. Опубликовать настоящее постановление в газете «Призыв» и разместить на официальном сайте "
    "администрации в информационно-телекоммуникационной сети «Интернет».\n"
    "3. Контроль за исполнением настоящего постановления возложить на заместителя главы администрации.\n"
    "4. Настоящее постановление вступает в силу со дня его официального опубликования.")


def test_boilerplate_is_stripped():
    out = strip_boilerplate(BOILER)
    assert "самоуправлени" not in out
    assert "устав" not in out
    assert "газете" not in out and "контроль" not in out
    assert "план работы" in out


def test_boilerplate_does_not_tag_lsg(real):
    for title in ("Об утверждении плана работы", None):
        assert not {c for c in sure(real, title, BOILER) if c.split(".")[0] in ("lsg", "law", "transport")}


def test_amending_title_keeps_the_cited_title(real):
    title = ('О внесении изменений в постановление от 08.09.2004 N 3077-п "Об утверждении Положения '
             'о порядке содержания кладбищ"')
    assert "housing" in codes(real, title, "Внести изменения в пункт 2.")


def test_words_inside_names_do_not_count(real):
    # "муниципальное бюджетное учреждение" is a name, not budget; "образование" of a commission is not education
    got = codes(real, "О режиме работы муниципального бюджетного учреждения «Центр досуга»")
    assert "budget" not in got
    assert "education" not in codes(real, "Об образовании избирательных участков")


# --- check: every problem with its line -------------------------------------------------

BROKEN = """\
rubrics:
  - code: social
    label_ru: Социальная защита
    label_en: Social defense
    rules:
      - terms: [пенсия]
  - code: social
    label_ru: Дубль
    label_en: Duplicate
  - code: socail.disabled
    label_ru: Инвалиды
    label_en: Disabled
  - code: health
    label_en: Health
    rules:
      - regex: '(инвалид'
      - colour: red
        terms: [врач]
      - where: title
      - terms: []
      - regex: '(\\w+\\s?)+$'
"""


def test_check_reports_every_problem_with_its_line(tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text(BROKEN, encoding="utf-8")
    problems = check_scheme(p)
    found = {(pr.line, pr.message.split(" ")[0] + " " + pr.message.split(" ")[1]) for pr in problems}
    text = "\n".join(str(pr) for pr in problems)
    assert any(pr.line == 7 and "duplicate code 'social'" in pr.message for pr in problems), text
    assert any(pr.line == 10 and "unknown parent 'socail'" in pr.message for pr in problems), text
    assert any(pr.line == 13 and "missing label_ru" in pr.message for pr in problems), text
    assert any(pr.line == 16 and "bad regex" in pr.message for pr in problems), text
    assert any(pr.line == 17 and "unknown key 'colour'" in pr.message for pr in problems), text
    assert any(pr.line == 19 and "empty rule" in pr.message for pr in problems), text
    assert any(pr.line == 20 and "empty rule" in pr.message for pr in problems), text
    assert any(pr.line == 21 and "nests quantifiers" in pr.message for pr in problems), text
    assert any("missing top-level rubric 'lsg'" in pr.message for pr in problems), text
    assert found  # all of them at once
    with pytest.raises(SchemeError) as ei:
        load_scheme(p)
    assert len(ei.value.problems) == len(problems)


def test_check_reports_bad_yaml_with_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("rubrics:\n  - code: lsg\n    label_ru: [unclosed\n", encoding="utf-8")
    problems = check_scheme(p)
    assert len(problems) == 1 and problems[0].line >= 3 and "YAML" in problems[0].message


def test_check_duplicate_key_and_unknown_top_key(tmp_path):
    p = scheme_from(tmp_path, """\
      - code: social
        label_ru: Социальная защита
        label_ru: Ещё раз
        label_en: Social defense
    """, head="paths: [/tmp]\n")
    msgs = {(pr.line, pr.message) for pr in check_scheme(p)}
    assert any(line == 1 and "unknown key 'paths'" in m for line, m in msgs), msgs
    assert any(line == 5 and "duplicate key 'label_ru'" in m for line, m in msgs), msgs


def test_cli_check(tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text(BROKEN, encoding="utf-8")
    r = CliRunner().invoke(rubrics, ["check", str(p)])
    assert r.exit_code == 1
    assert f"{p}:7: duplicate code" in r.output and f"{p}:16: bad regex" in r.output
    r = CliRunner().invoke(rubrics, ["check", str(ROOT / "rubrics.yaml")])
    assert r.exit_code == 0, r.output


# --- manual decisions -------------------------------------------------------------------

def A(code, label=None):
    return Assignment(code, label or code, 3.0)


def test_merge_manual_librarian_wins(real):
    auto = [A("budget", "Бюджет и финансы"), A("budget.tariffs", "Тарифы и цены"), A("housing", "ЖКХ")]
    got = merge_manual(auto, {"social.disabled"}, {"budget"}, real)
    assert [(r.code, r.source) for r in got] == [
        ("social", "manual"), ("social.disabled", "manual"), ("housing", "auto")]
    assert got[1] == Rubric("social.disabled", "Инвалиды", "manual")


def test_merge_manual_addition_of_an_auto_code_becomes_manual():
    got = merge_manual([A("housing"), A("housing.funeral")], {"housing.funeral"}, set())
    assert {(r.code, r.source) for r in got} == {("housing", "auto"), ("housing.funeral", "manual")}


def test_merge_manual_removing_a_subrubric_keeps_the_parent():
    got = merge_manual([A("housing"), A("housing.funeral")], set(), {"housing.funeral"})
    assert [r.code for r in got] == ["housing"]


# --- printing -----------------------------------------------------------------------

def test_explain_names_the_words(real):
    out = format_explanation("О закрытии кладбищ", "Закрыть для новых захоронений кладбища "
                             "в р.п. Бежичи. Погребение производить на новом кладбище.", real)
    assert "housing.funeral" in out
    assert "«кладбищ»" in out and "title" in out
    assert "«захоронений»" in out and "text" in out


def test_format_tree_with_counts(real):
    out = format_tree(real, {"housing": 5, "housing.funeral": 3, "old.code": 1})
    lines = out.splitlines()
    assert any(l.startswith("housing ") and l.endswith("[5]") for l in lines)
    assert any(l.strip().startswith("housing.funeral") and l.endswith("[3]") for l in lines)
    assert any(l.strip().startswith("lsg ") and l.endswith("[0]") for l in lines)
    assert "old.code [1]" in out


def test_cli_tree_and_explain_use_the_hooks():
    class Obj:
        def rubric_counts(self):
            return {"social": 2}

        def record_text(self, rid):
            return ("О мерах поддержки инвалидов", "Текст.") if rid == "r1" else None

    r = CliRunner().invoke(rubrics, ["tree"], obj=Obj())
    assert r.exit_code == 0 and "[2]" in r.output
    r = CliRunner().invoke(rubrics, ["explain", "r1"], obj=Obj())
    assert r.exit_code == 0 and "social.disabled" in r.output and "«инвалидов»" in r.output
    r = CliRunner().invoke(rubrics, ["explain", "nope"], obj=Obj())
    assert r.exit_code == 1


# --- speed ------------------------------------------------------------------------

# --- gold -----------------------------------------------------------------------------

# measured with bench/rubrics.py quality (OCR off): 0.920 on the 30 gold files
# read without OCR (0.872 before issue 12), 0.923 on the 41 gold titles (0.906);
# after the classes found on an independent sample (tests/test_rubric_classes.py)
# 0.992 on the gold files as read here, 0.923 on the titles.
# Floors about one act under what was reached: titles move as ingest.requisites
# changes, and a title lost to the heading's first lines costs an act or two.
# Stop 30: the files are read without OCR, as the sets' test reads them (1.000 on
# the 30 files read so): OCR of every realdocs scan was most of the suite's time
# (10 min of 24 on a busy machine); scans' rubrics are bench/rubrics.py's.
GOLD_FLOOR_FILES = 0.95
GOLD_FLOOR_TITLES = 0.90

# issue 12, measured with `bench/rubrics.py sets --no-ocr` (every gold file of
# realdocs and realdocs2 read in place by the import pipeline's reader, OCR off:
# scans are left out): realdocs 0.909 (30 acts), realdocs2 odd half 0.901 (36),
# even half 0.800 (35); with OCR (bench/out cache) 0.944 / 0.891 / 0.825.
# After the classes found on an independent sample: realdocs 0.976, odd half
# 0.944 without OCR (0.992 / 0.929 with it); the even half's floor is the
# lead's, measured once. The even half is only measured, never tuned on.
# After the second topics (a close runner-up guessed too, money/rent/personnel
# sides of an act): odd half 0.956 without OCR (0.940 with it), realdocs unchanged.
# Every act gets a rubric. The even half, measured once at the end of that
# round: 0.816 without OCR (0.839 with it). After the fifth and sixth
# samples' classes (stop 22): realdocs 0.976, odd half 0.967 without OCR
# (0.992 / 0.961 with it); the even half, measured once: 0.839 with OCR, unchanged.
# After the rubric samples 10-15 (stops 24-25): realdocs 1.000, odd half 0.978
# without OCR (1.000 / 0.970 with it); the even half, measured once: 0.825
# without OCR (0.847 with it). After stop 27 (samples 22-24, invariance to page
# chrome and place names): the even half, measured once: 0.837 without OCR
# (0.857 with it). After stop 31 (six vocabulary lists mined, untargeted
# samples 33-36, words in passing of long acts): the even half, measured once:
# 0.854 without OCR (0.865 with it); its floor raised to what it reached.
SETS_FLOORS = {"realdocs": 0.99, "odd": 0.97, "even": 0.85}


def _bench():
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_rubrics", ROOT / "bench" / "rubrics.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not GOLD.exists(), reason="gold set ../shared/realdocs/gold.jsonl not present")
def test_gold_titles_micro_f1(real):
    bench = _bench()
    score = bench.Score()
    for g in bench.load_gold():
        if g.get("title"):
            score.add(g["file"], set(g["rubrics"]), bench.top_codes(real, g["title"], ""))
    p, r, f = score.prf()
    assert f >= GOLD_FLOOR_TITLES, score.table("gold titles")


@pytest.mark.skipif(not GOLD.exists(), reason="gold set ../shared/realdocs/gold.jsonl not present")
def test_gold_files_micro_f1(real):
    try:
        import ingest.formats  # noqa: F401
    except ImportError as ex:
        pytest.skip(f"readers (ingest.formats.read) not importable yet: {ex}")
    bench = _bench()
    score = bench.Score()
    for g in bench.load_gold():
        got = bench.read_gold_file(g["file"], ocr=False)
        if got is not None:
            score.add(g["file"], set(g["rubrics"]), bench.top_codes(real, *got))
    if score.n == 0:
        pytest.skip("no gold file readable by this build's readers")
    p, r, f = score.prf()
    assert f >= GOLD_FLOOR_FILES, score.table("gold files")


@pytest.mark.skipif(not (REALDOCS2 / "gold.jsonl").exists(),
                    reason="gold sets ../shared/realdocs2 not present")
def test_gold_sets_micro_f1_and_no_act_without_a_rubric(real):
    res = _bench().evaluate_sets(real, ocr=False)
    for name, floor in SETS_FLOORS.items():
        score = res[name]["score"]
        assert score.n >= 25, f"{name}: only {score.n} acts read"
        p, r, f = score.prf()
        assert f >= floor, score.table(name)
        assert not score.empty, f"{name}: acts with no rubric: {score.empty}"


def test_a_catastrophic_regex_is_stopped_by_the_time_limit(tmp_path, monkeypatch):
    """A pattern that passes the load-time check can still backtrack for ever
    on some text: the time limit turns it into "no match", the batch goes on."""
    import time
    import ingest.rubrics as rb
    src = rb.default_scheme_path().read_text(encoding="utf-8")
    anchor = "      - regex: 'переда"
    assert anchor in src
    src = src.replace(anchor, "      - regex: '(а|аа)+$'\n        where: text\n" + anchor, 1)
    p = tmp_path / "rubrics.yaml"
    p.write_text(src, encoding="utf-8")
    monkeypatch.setattr(rb.match, "REGEX_SECONDS", 0.05)   # where the regex leaves run
    scheme = rb.load_scheme(p)  # (а|аа)+ nests no quantifier: it loads
    t = time.perf_counter()
    got = scheme.assign("О порядке работы", "а" * 40 + "!")
    assert time.perf_counter() - t < 5
    assert "lsg" not in [a.code for a in got]


# --- general mechanisms ------------------------------------------------------------

def test_organisation_names_in_titles_say_who_acts(real):
    got = codes(real, "Об утверждении правил работы с персональными данными в Комитете по строительству "
                      "и архитектуре администрации города")
    assert "law" in got and "land" not in got
    assert "culture" not in codes(real, "О назначении на должность начальника отдела культуры администрации района")
    # ... but an act about the organisation itself keeps its topic
    assert "land" in codes(real, "Об утверждении Положения о комитете по управлению муниципальным имуществом")
    # "управление" as the activity is not a name
    assert "land" in codes(real, "О порядке управления муниципальным имуществом")


def test_an_amending_act_is_about_what_its_first_clause_amends(real):
    text = ("ПОСТАНОВЛЯЕТ: 1. Внести в ведомственную целевую программу «Физическая культура и спорт "
            "в районе» на 2017-2021 годы, утвержденную постановлением от 15.03.2017 № 477, изменения.")
    got = codes(real, "О внесении изменений в постановление администрации района от 15.03.2017 № 477", text)
    assert {"economy", "culture"} <= got
    # a title that quotes the amended act is left as it is
    assert "economy" not in codes(real, "О внесении изменений в решение от 01.02.2020 № 5 «О земельном налоге»", text)


def test_a_veto_takes_the_subrubrics_with_it(real):
    text = ("Обучение проводится в общеобразовательных организациях и образовательных учреждениях "
            "профессионального образования по учебным программам, дополнительного образования детей.")
    got = codes(real, "Об организации обучения населения в области гражданской обороны", text)
    assert "safety" in got and not any(c.startswith("education") for c in got)


def test_a_term_looking_elsewhere_does_not_hide_shorter_terms(real):
    # "предоставление субсидии" is a body-only term of budget.subsidies: in the
    # title it must not hide "субсидия"
    assert "budget" in codes(real, "Об утверждении Порядка предоставления субсидий субъектам малого и среднего "
                                   "предпринимательства")


# --- no act without a rubric: the best guess, marked for review (issue 12) --------------

def test_without_a_rule_passing_the_best_guess_is_assigned_uncertain(real):
    got = real.assign("Об изменениях", "Главе поручено провести смотр. Средства бюджета не выделяются.")
    assert [a.code for a in got] == ["budget"] and got[0].uncertain
    sure_ = real.assign("О бюджете поселения на 2025 год", "")
    assert sure_ and not any(a.uncertain for a in sure_)


def test_with_no_word_of_the_scheme_nothing_is_guessed(real):
    assert real.assign("Об утверждении", "Утвердить прилагаемое.") == []


def test_needs_review_and_the_warning():
    from ingest.rubrics import UNCERTAIN, Assignment, needs_review, with_review_warning
    guess = [Assignment("budget", "Бюджет", 0.3, uncertain=True)]
    sure_ = [Assignment("budget", "Бюджет", 3.0)]
    assert needs_review(guess, (), ["budget"]) and needs_review([], (), [])
    assert not needs_review(sure_, (), ["budget"])
    assert not needs_review(guess, {"housing"}, ["housing"])   # the librarian decided
    assert needs_review(sure_, (), [])                          # removed by hand, nothing left
    assert with_review_warning(("ocr",), True) == ("ocr", UNCERTAIN)
    assert with_review_warning(("ocr", UNCERTAIN), False) == ("ocr",)


MARKUP = "в деревне <b onmouseover=alert(1)>Ключи</b>"
GUESS_ACT = """АДМИНИСТРАЦИЯ ЛУГОВОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 12 марта 2024 г. № 15

О проведении смотра {script}

Администрация постановляет:
1. Провести смотр 20 марта.
2. Дополнительные средства из бюджета поселения на смотр не выделяются.

Глава поселения И.И. Иванов
"""
SURE_ACT = """АДМИНИСТРАЦИЯ ЛУГОВОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 13 марта 2024 г. № 16

Об организации ярмарки выходного дня

Администрация постановляет:
1. Организовать ярмарку выходного дня на площади.
2. Определить торговые места.

Глава поселения И.И. Иванов
"""


@pytest.fixture
def review_fund(tmp_path):
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from ingest.tagging import retag
    src = tmp_path / "in"
    src.mkdir()
    (src / "guess.txt").write_text(GUESS_ACT.format(script=MARKUP), encoding="utf-8")
    (src / "sure.txt").write_text(SURE_ACT, encoding="utf-8")
    home = tmp_path / "fund"
    fund = Fund(home)
    Batch(fund, jobs=1, scheme_path=ROOT / "rubrics.yaml").run([src])
    ids = {r.source.file_name: r.id for r in fund.iter_records()}
    fund.close()
    return home, ids


def test_import_marks_a_guessed_rubric_for_review(review_fund):
    """The import itself sets the warning: no retag is needed to list a guess."""
    from ingest.fund import Fund
    from ingest.rubrics import UNCERTAIN
    home, ids = review_fund
    fund = Fund(home)
    assert UNCERTAIN in fund.get_record(ids["guess.txt"]).warnings
    assert UNCERTAIN not in fund.get_record(ids["sure.txt"]).warnings
    fund.close()


def test_review_queue_and_confirming_another_rubric(review_fund, real):
    from ingest.fund import Fund
    from ingest.rubrics import UNCERTAIN
    from ingest.tagging import confirm, retag, review_queue
    home, ids = review_fund
    fund = Fund(home)
    queue = review_queue(fund)
    assert [r.id for r in queue] == [ids["guess.txt"]]
    rec = queue[0]
    assert UNCERTAIN in rec.warnings and [(r.code, r.source) for r in rec.rubrics] == [("budget", "auto")]
    new = confirm(fund, rec.id, "culture", real)       # the librarian chooses another rubric
    assert [(r.code, r.source) for r in new.rubrics] == [("culture", "manual")]
    assert UNCERTAIN not in new.warnings
    assert review_queue(fund) == []
    retag(fund, real)                                  # automation never undoes the decision
    assert [(r.code, r.source) for r in fund.get_record(rec.id).rubrics] == [("culture", "manual")]
    assert review_queue(fund) == []
    fund.close()


def test_cli_review_lists_and_confirm_keeps_the_guess(review_fund):
    from click.testing import CliRunner
    from cli import main
    home, ids = review_fund
    r = CliRunner().invoke(main, ["--home", str(home), "rubrics", "review", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [x["id"] for x in rows] == [ids["guess.txt"]]
    assert rows[0]["guess"] == [{"code": "budget", "label": "Бюджет и финансы"}]
    assert rows[0]["candidates"][0]["code"] == "budget"
    table = CliRunner().invoke(main, ["--home", str(home), "rubrics", "review"])
    assert ids["guess.txt"][:12] in table.output and "budget" in table.output
    r = CliRunner().invoke(main, ["--home", str(home), "rubrics", "confirm", ids["guess.txt"]])
    assert r.exit_code == 0, r.output
    assert "budget (manual)" in r.output
    r = CliRunner().invoke(main, ["--home", str(home), "rubrics", "review", "--format", "json"])
    assert json.loads(r.output) == []


def test_web_review_page_is_staff_only_escaped_and_confirms(review_fund):
    from ingest.fund import Fund
    from search.web import auth
    from search.web.app import App
    from tests.fixtures import PASSWORD, Client
    from dataclasses import replace
    home, ids = review_fund
    fund = Fund(home)
    auth.add_user(fund.db, "librarian", PASSWORD)
    rec = fund.get_record(ids["guess.txt"])   # document text is untrusted: markup in the title
    with fund.transaction() as db:
        fund.update_record_data(db, replace(rec, title=f"О проведении смотра {MARKUP}"))
    fund.close()
    client = Client(App(home, log=lambda m: None))
    r = client.get("/review")
    assert r.status == 303 and "/login" in r.headers["location"]
    client.get("/")
    assert client.post("/review", {"id": ids["guess.txt"], "code": "culture",
                                   "csrf": client.csrf()}).status == 403   # not logged in
    assert client.login().status == 303
    page = client.get("/review").text
    assert MARKUP not in page and "&lt;b onmouseover=alert(1)&gt;Ключи&lt;/b&gt;" in page
    assert ids["guess.txt"] in page and ids["sure.txt"] not in page
    assert client.post("/review", {"id": ids["guess.txt"], "code": "culture"}).status == 403  # no token
    assert "ждёт проверки библиотекаря" in client.get(f"/act/{ids['guess.txt']}").text
    token = client.csrf("/review")
    r = client.post("/review", {"id": ids["guess.txt"], "code": "culture", "csrf": token})
    assert r.status == 303
    rec = Fund(home).get_record(ids["guess.txt"])
    assert [(x.code, x.source) for x in rec.rubrics] == [("culture", "manual")]
    assert "rubric_uncertain" not in rec.warnings
    assert ids["guess.txt"] not in client.get("/review").text
    assert "ждёт проверки библиотекаря" not in client.get(f"/act/{ids['guess.txt']}").text


TWO_GUESS_ACT = """АДМИНИСТРАЦИЯ ЛУГОВОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ

ПОСТАНОВЛЕНИЕ

от 14 марта 2024 г. № 17

О мерах на 2024 год

Администрация постановляет:
1. Продлить маршрут регулярных перевозок № 5 до деревни Ключи; перевозчику выдать новое расписание движения.
2. Расходы бюджета на перевозки учесть при исполнении бюджета поселения в пределах бюджетных ассигнований на 2024 год.

Глава поселения И.И. Иванов
"""


@pytest.fixture
def two_guess_fund(tmp_path):
    """A fund whose one act the scheme could only guess between two close topics."""
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    src = tmp_path / "in"
    src.mkdir()
    (src / "two.txt").write_text(TWO_GUESS_ACT, encoding="utf-8")
    home = tmp_path / "fund"
    fund = Fund(home)
    Batch(fund, jobs=1, scheme_path=ROOT / "rubrics.yaml").run([src])
    rid = next(r.id for r in fund.iter_records())
    fund.close()
    return home, rid


def test_cli_confirm_files_both_close_guesses(two_guess_fund):
    from click.testing import CliRunner
    from cli import main
    home, rid = two_guess_fund
    rows = json.loads(CliRunner().invoke(main, ["--home", str(home), "rubrics", "review", "--format",
                                                "json"]).output)
    assert [x["id"] for x in rows] == [rid]
    assert {g["code"] for g in rows[0]["guess"] if "." not in g["code"]} == {"budget", "transport"}
    r = CliRunner().invoke(main, ["--home", str(home), "rubrics", "confirm", rid])
    assert r.exit_code == 0, r.output
    assert "budget (manual)" in r.output and "transport (manual)" in r.output
    assert json.loads(CliRunner().invoke(main, ["--home", str(home), "rubrics", "review", "--format",
                                                "json"]).output) == []


def test_web_review_confirms_both_close_guesses_in_one_click(two_guess_fund):
    from ingest.fund import Fund
    from search.web import auth
    from search.web.app import App
    from tests.fixtures import PASSWORD, Client
    home, rid = two_guess_fund
    fund = Fund(home)
    auth.add_user(fund.db, "librarian", PASSWORD)
    fund.close()
    client = Client(App(home, log=lambda m: None))
    client.get("/")
    assert client.login().status == 303
    page = client.get("/review").text
    assert "Бюджет и финансы, Транспорт" in page
    token = client.csrf("/review")
    r = client.post("/review", {"id": rid, "code": ["budget", "transport"], "csrf": token})
    assert r.status == 303
    rec = Fund(home).get_record(rid)
    assert {(x.code, x.source) for x in rec.rubrics if "." not in x.code} == {("budget", "manual"),
                                                                             ("transport", "manual")}
    assert "rubric_uncertain" not in rec.warnings
    assert client.post("/review", {"id": rid, "code": ["budget", "nonsense"], "csrf": token}).status == 400


def test_a_compound_matches_its_parts(real):
    assert "culture" in sure(real, "О городском фестивале-конкурсе детских хоров")
    assert "health" in sure(real, "О санитарно-противоэпидемических мероприятиях")


def test_place_names_and_agents_in_titles_are_not_topics(real):
    # "Лесное" is a place, not a forest; the enterprise is who holds the fairs
    assert "environment" not in codes(real, "Об утверждении Положения о совете депутатов Лесного сельского поселения")
    assert "lsg" in sure(real, "Об утверждении Положения о совете депутатов Лесного сельского поселения")
    got = sure(real, "Об организации ярмарок муниципальным унитарным предприятием по вопросам похоронного дела")
    assert got == {"business", "business.fairs"}
    # a place word is still a topic outside a place name
    assert "environment" in sure(real, "О мерах по охране лесов от пожаров")


def test_a_body_only_second_rubric_must_be_nearly_as_strong(real):
    text = ("Организовать ярмарку выходного дня. Организатору ярмарки определить торговые места, "
            "обеспечить уборку территории и вывоз мусора после ярмарки.")
    assert sure(real, "Об организации ярмарки выходного дня", text) & {"housing", "environment"} == set()
