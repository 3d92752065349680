"""qastatus105: status in force and links between acts, end to end, as a
librarian uses them (import in two batches, ``show``, ``export``, ``search
--in-force``) on both engines. Each case failed before its fix. Composed acts
of a fictional municipality (Берёзовский муниципальный округ Лесной области)."""
from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner

from cli import main
from tests.fixtures import fund_of_texts

G = "администрации Берёзовского муниципального округа"


def _act(date: str, n: str, title: str, body: str, pre: str = "", signer: str = "И.И. Сидоров") -> str:
    return (f"{pre}АДМИНИСТРАЦИЯ БЕРЁЗОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nЛЕСНОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n"
            f"от {date} № {n}\n\nг. Берёзовск\n\n{title}\n\n{body}\n\n"
            f"Глава муниципального округа {signer}\n")


_IN_FORCE_FROM = "\n\n2. Настоящее постановление вступает в силу со дня его опубликования."

PLAYGROUNDS = _act("12.03.2024", "145-п", "Об утверждении порядка содержания детских игровых площадок",
                   "1. Утвердить порядок содержания детских игровых площадок на территории округа."
                   + _IN_FORCE_FROM)
# amends 145-п, citing its number without the hyphen
AMEND_145 = _act("10.05.2024", "301-п", f"О внесении изменений в постановление {G} от 12.03.2024 №145п",
                 f"1. Внести в постановление {G} от 12.03.2024 №145п «Об утверждении порядка содержания "
                 "детских игровых площадок» следующие изменения:\n\n1.1. пункт 1 дополнить словами "
                 "«и скверов»." + _IN_FORCE_FROM)
# two acts repeal 145-п: 610-п first, 802-п again later (another wording of the same act)
REPEAL_610 = _act("05.09.2024", "610-п", "О признании утратившим силу постановления от 12.03.2024 № 145-п",
                  "1. Признать утратившим силу постановление от 12.03.2024 № 145-п «Об утверждении "
                  "порядка содержания детских игровых площадок»." + _IN_FORCE_FROM)


def _repeal_802(signer: str) -> str:
    return _act("20.11.2024", "802-п", "О признании утратившими силу некоторых постановлений",
                f"1. Признать утратившим силу постановление {G} от «12» марта 2024 года N 145-П «Об "
                "утверждении порядка содержания детских игровых площадок»." + _IN_FORCE_FROM, signer=signer)


def _rid(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12] + "-1"


# the later repealer's record id sorts before the earlier one's: the order of
# ids must not decide which act the card names as the one the act lost force by
_SIGNER_802 = next(s for s in (f"И.И. Сидоров{'.' * k}" for k in range(40))
                   if _rid(_repeal_802(s)) < _rid(REPEAL_610))
REPEAL_802 = _repeal_802(_SIGNER_802)

# 55-п is repealed by an act citing «№ 55п» that arrives a batch before it
FAIRS = _act("03.02.2023", "55-п", "Об организации ярмарок выходного дня",
             "1. Организовать ярмарки выходного дня на площади Победы." + _IN_FORCE_FROM)
REPEAL_FAIRS = _act("10.10.2024", "700-п", "О признании утратившим силу постановления об организации ярмарок",
                    f"1. Признать утратившим силу постановление {G} от 03.02.2023 № 55п «Об организации "
                    "ярмарок выходного дня»." + _IN_FORCE_FROM)
# 60-п arrives first, its repealer (citing «№60П») a batch later
MARKETS = _act("06.02.2023", "60-п", "О порядке работы рынков выходного дня",
               "1. Утвердить порядок работы рынков выходного дня." + _IN_FORCE_FROM)
REPEAL_MARKETS = _act("11.10.2024", "701-п", "О признании утратившим силу постановления о рынках",
                      f"1. Признать утратившим силу постановление {G} от 06.02.2023 №60П «О порядке работы "
                      "рынков выходного дня»." + _IN_FORCE_FROM)
# a clause of 110-п repealed (the title says so): 110-п stays in force, amended
FIRE = _act("12.02.2024", "110-п", "О дополнительных мерах пожарной безопасности в весенне-летний период",
            "1. Установить особый противопожарный режим.\n\n2. Запретить разведение костров.\n\n"
            "3. Организовать патрулирование лесов.")
REPEAL_CLAUSE = _act("01.07.2024", "400-п",
                     f"О признании утратившим силу пункта 3 постановления {G} от 12.02.2024 № 110-п",
                     f"1. Признать утратившим силу пункт 3 постановления {G} от 12.02.2024 № 110-п "
                     "«О дополнительных мерах пожарной безопасности в весенне-летний период»." + _IN_FORCE_FROM)
# a database's note names 950-п (not in the fund); the fund holds 650-п repealing the act
CLEANING = _act("14.04.2022", "70-п", "О порядке уборки территорий общего пользования",
                "1. Утвердить порядок уборки территорий общего пользования." + _IN_FORCE_FROM,
                pre="Утратил силу - Постановление Администрации Берёзовского муниципального округа "
                    "от 15.12.2024 N 950-п\n\n")
REPEAL_CLEANING = _act("01.10.2024", "650-п", f"О признании утратившим силу постановления {G} от 14.04.2022 № 70-п",
                       f"1. Признать утратившим силу постановление {G} от 14.04.2022 № 70-п «О порядке "
                       "уборки территорий общего пользования»." + _IN_FORCE_FROM)
# a database's note says 900-п repealed the act; the fund's 900-п only amends it
KIOSKS = _act("05.05.2022", "90-п", "О порядке размещения нестационарных торговых объектов",
              "1. Утвердить порядок размещения нестационарных торговых объектов." + _IN_FORCE_FROM,
              pre="Постановлением Администрации Берёзовского муниципального округа от 1 декабря 2024 г. "
                  "N 900-п настоящее постановление признано утратившим силу\n\n")
AMEND_KIOSKS = _act("01.12.2024", "900-п", f"О внесении изменений в постановление {G} от 05.05.2022 № 90-п",
                    f"1. Внести в постановление {G} от 05.05.2022 № 90-п «О порядке размещения "
                    "нестационарных торговых объектов» следующие изменения: пункт 1 изложить в новой "
                    "редакции." + _IN_FORCE_FROM)

FIRST = {"a145.txt": PLAYGROUNDS, "m301.txt": AMEND_145, "r610.txt": REPEAL_610, "r802.txt": REPEAL_802,
         "r700.txt": REPEAL_FAIRS, "x60.txt": MARKETS, "t110.txt": FIRE, "p400.txt": REPEAL_CLAUSE,
         "q70.txt": CLEANING, "r650.txt": REPEAL_CLEANING, "y90.txt": KIOSKS, "n900.txt": AMEND_KIOSKS}
# the later batch: the act its repealer preceded, a repealer of an act already
# in the fund, and 610-п again in another file (a linked copy)
SECOND = {"x55.txt": FAIRS, "r701.txt": REPEAL_MARKETS,
          "r610_copy.txt": REPEAL_610.replace("И.И. Сидоров", "И.И. Сидоров\n\nВерно: специалист")}


def _cli(home, *args):
    r = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.fixture(scope="module")
def fund(engine, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"qastatus105_{engine}")
    for k, files in enumerate((FIRST, SECOND)):
        src = root / f"in{k}"
        src.mkdir()
        for name, text in files.items():
            (src / name).write_text(text, encoding="utf-8")
        _cli(root / "fund", "ingest", str(src), "--jobs", "1", "--no-ocr")
    recs = {}
    for line in _cli(root / "fund", "export").splitlines():
        d = json.loads(line)
        recs[d["source"]["file_name"]] = d
    return root / "fund", recs


def _in_force(home, question: str) -> set[str]:
    out = json.loads(_cli(home, "search", question, "--in-force", "--format", "json", "--limit", "50"))
    return {h["id"] for h in out["hits"]}


def test_an_act_repealed_twice_names_the_first_repealer_and_each_act_once(fund):
    home, recs = fund
    assert _rid(REPEAL_802) < _rid(REPEAL_610)  # the id order would pick the later one
    st = recs["a145.txt"]["status"]
    assert st["state"] == "repealed" and st["source"] == "fund"
    assert "№ 610-п" in st["repealed_by"], st
    card = _cli(home, "show", recs["a145.txt"]["id"])
    lost = [ln for ln in card.splitlines() if ln.strip().startswith("Утратил силу:")]
    assert len(lost) == 2, card  # 610-п (its linked copy is the same act) and 802-п
    assert any(recs["r610.txt"]["id"] in ln for ln in lost), card
    assert not any(recs["r610_copy.txt"]["id"] in ln for ln in lost), card


def test_a_number_cited_without_its_hyphen_links_both_ways(fund):
    home, recs = fund
    card = _cli(home, "show", recs["a145.txt"]["id"])
    assert any(ln.strip().startswith("Изменён:") and recs["m301.txt"]["id"] in ln
               for ln in card.splitlines()), card
    card = _cli(home, "show", recs["m301.txt"]["id"])
    assert any(ln.strip().startswith("Изменяет:") and recs["a145.txt"]["id"] in ln
               for ln in card.splitlines()), card


def test_a_repealer_citing_the_number_otherwise_repeals_in_either_order(fund):
    home, recs = fund
    for name, by in (("x55.txt", "№ 700-п"), ("x60.txt", "№ 701-п")):
        st = recs[name]["status"]
        assert st and st["state"] == "repealed" and by in st["repealed_by"], (name, st)
    found = _in_force(home, "ярмарок выходного дня") | _in_force(home, "рынков выходного дня")
    assert recs["x55.txt"]["id"] not in found and recs["x60.txt"]["id"] not in found
    assert recs["r700.txt"]["id"] in found and recs["r701.txt"]["id"] in found


def test_a_repealed_clause_in_the_title_leaves_the_act_in_force(fund):
    home, recs = fund
    assert recs["t110.txt"]["status"] is None
    assert recs["p400.txt"]["repeals"] == [] and len(recs["p400.txt"]["amends"]) == 1
    assert recs["t110.txt"]["id"] in _in_force(home, "пожарной безопасности")
    card = _cli(home, "show", recs["t110.txt"]["id"])
    assert "Утратил силу:" not in card and "Изменён:" in card, card


def test_note_and_fund_both_repealing_name_the_fund_act_as_the_fund_source(fund):
    home, recs = fund
    st = recs["q70.txt"]["status"]
    assert st["source"] == "fund" and "№ 650-п" in st["repealed_by"], st
    card = _cli(home, "show", recs["q70.txt"]["id"])
    line = next(ln for ln in card.splitlines() if ln.strip().startswith("Статус:"))
    assert "650-п" in line and "950-п" in line, line  # the note's own act is not lost


def test_a_note_naming_a_fund_act_that_does_not_repeal_says_they_differ(fund):
    home, recs = fund
    st = recs["y90.txt"]["status"]
    assert st["state"] == "repealed" and st["source"] == "note" and st["differs"] == "in_force", st
    card = _cli(home, "show", recs["y90.txt"]["id"])
    assert "сведения расходятся" in card, card


def test_cite_key_drops_the_hyphen_before_a_letter_suffix_only():
    from ingest.numbers import cite_key
    assert cite_key("145п") == cite_key("145-п") == cite_key("№ 145-П")
    assert cite_key("12-3") != cite_key("123")


def test_a_repeal_title_opening_with_ob_otmene_is_read():
    from ingest.links import extract_links
    lk = extract_links(f"Об отмене постановления {G} от 12.02.2024 № 110-п", "")
    assert [c.number for c in lk.repeals] == ["110-п"]


def test_the_api_record_says_the_status_export_says(tmp_path):
    """The act the note names arrives a batch later and only amends the act:
    ``/api/records/ID`` gave the status stored at the act's own commit (no
    ``differs``), ``export`` and the card the one computed afresh."""
    from search.web.app import App
    from tests.fixtures import Client
    home = tmp_path / "fund"
    for k, (name, text) in enumerate((("y90.txt", KIOSKS), ("n900.txt", AMEND_KIOSKS))):
        src = tmp_path / f"in{k}"
        src.mkdir()
        (src / name).write_text(text, encoding="utf-8")
        _cli(home, "ingest", str(src), "--jobs", "1", "--no-ocr")
    exported = {json.loads(ln)["source"]["file_name"]: json.loads(ln) for ln in _cli(home, "export").splitlines()}
    y = exported["y90.txt"]
    assert y["status"]["differs"] == "in_force"
    api = json.loads(Client(App(home, log=lambda m: None)).get(f"/api/records/{y['id']}").text)
    assert api["record"]["status"] == y["status"]


def test_a_corrected_number_that_a_repealer_of_the_fund_cites_leaves_the_act_out(tmp_path):
    """The librarian corrects a misread number (146-п → 145-п) on the card; an
    act of the fund repeals 145-п: the card said «утратил силу» at once, the
    index (``--in-force``) kept the act as in force."""
    from ingest.corrections import correct
    from ingest.fund import Fund
    misread = PLAYGROUNDS.replace("№ 145-п", "№ 146-п")
    home = fund_of_texts(tmp_path, {"a146.txt": misread, "r610.txt": REPEAL_610})
    rid = _rid(misread)
    assert rid in _in_force(home, "детских игровых площадок")
    fund = Fund(home)
    correct(fund, rid, {"number": "145-п"})
    fund.close()
    assert rid not in _in_force(home, "детских игровых площадок")
    st = json.loads(_cli(home, "show", rid, "--format", "json"))["status"]
    assert st["state"] == "repealed" and "№ 610-п" in st["repealed_by"]


def test_a_dossiers_listing_marks_a_repealed_act(tmp_path):
    """``dossier show`` listed a repealed act unmarked; its export, the search
    table and the lists say «утратил силу»."""
    home = tmp_path / "fund"
    src = tmp_path / "in"
    src.mkdir()
    (src / "x55.txt").write_text(FAIRS, encoding="utf-8")
    (src / "r700.txt").write_text(REPEAL_FAIRS, encoding="utf-8")
    _cli(home, "ingest", str(src), "--jobs", "1", "--no-ocr")
    _cli(home, "dossier", "create", "Ярмарки", "--query", "ярмарок")
    out = _cli(home, "dossier", "show", "Ярмарки")
    line = next(ln for ln in out.splitlines() if _rid(FAIRS) in ln)
    assert "утратил силу" in line, out
    line = next(ln for ln in out.splitlines() if _rid(REPEAL_FAIRS) in ln)
    assert "— утратил силу —" not in line, out


def test_search_results_for_programs_mark_repealed_and_amended_hits(tmp_path):
    """``search --format json`` and ``/api/search`` gave no word of a hit's
    status (the terminal table and the page mark «утратил силу»/«изменялся»):
    a program showing results could not warn of a repealed act."""
    from search.web.app import App
    from tests.fixtures import Client
    home = tmp_path / "fund"
    src = tmp_path / "in"
    src.mkdir()
    for name, text in (("x55.txt", FAIRS), ("r700.txt", REPEAL_FAIRS), ("a145.txt", PLAYGROUNDS),
                       ("m301.txt", AMEND_145)):
        (src / name).write_text(text, encoding="utf-8")
    _cli(home, "ingest", str(src), "--jobs", "1", "--no-ocr")
    want = {_rid(FAIRS): "repealed_by", _rid(REPEAL_FAIRS): None, _rid(PLAYGROUNDS): "amended_by"}
    cli_hits = json.loads(_cli(home, "search", "постановление", "--format", "json", "--limit", "20"))["hits"]
    api_hits = json.loads(Client(App(home, log=lambda m: None)).get(
        "/api/search?text=постановление&per_page=20").text)["hits"]
    for hits in (cli_hits, api_hits):
        got = {h["id"]: h["mark"] for h in hits}
        assert {k: got.get(k, "missing") for k in want} == want


def test_a_repealer_read_again_without_its_repeal_puts_the_act_back_in_force(tmp_path, monkeypatch):
    """A stored repealer read again (``ocr --pending``, a retry with a newer
    reader) whose new reading no longer repeals 145-п: the card computed the
    status afresh and said «действует», the index (``--in-force``) kept the act
    out because its stored status was never written again."""
    from ingest import pipeline
    from ingest.fund import Fund
    from ingest.links import Links
    from ingest.pipeline import Batch
    home = fund_of_texts(tmp_path, {"a145.txt": PLAYGROUNDS, "r610.txt": REPEAL_610})
    rid = _rid(PLAYGROUNDS)
    assert rid not in _in_force(home, "детских игровых площадок")

    monkeypatch.setattr(pipeline, "extract_links", lambda title, text: Links())
    fund = Fund(home)
    repealer = fund.get_file(hashlib.sha256(REPEAL_610.encode("utf-8")).hexdigest())
    Batch(fund, jobs=1).retry([repealer])
    fund.close()
    shown = json.loads(_cli(home, "show", rid, "--format", "json"))
    assert (shown.get("status") or {}).get("state") != "repealed"
    assert rid in _in_force(home, "детских игровых площадок")


def test_stats_count_the_acts_that_lost_force(fund):
    """``stats`` says how many acts of the fund lost force, as export does
    (linked copies once), on both engines."""
    home, recs = fund
    s = json.loads(_cli(home, "stats", "--format", "json"))
    repealed = sum(1 for d in recs.values() if not d.get("duplicate_of")
                   and (d.get("status") or {}).get("state") == "repealed")
    assert repealed >= 4 and s["by_status"]["repealed"] == repealed
    assert sum(s["by_status"].values()) == s["acts"]
    assert any(line.split() == ["утратили", "силу", str(repealed)] for line in _cli(home, "stats").splitlines())
