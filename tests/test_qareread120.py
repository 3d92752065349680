"""QA of ``ingest --reread``, the day an act lost force by a repealer of the
fund, and a stored repealer read again (helper qareread120), on both engines.
Acts of the fictional Заречный муниципальный район."""
from __future__ import annotations

import hashlib
import json

from click.testing import CliRunner

from cli import main
from tests.fixtures import fund_of_texts

G = "администрации Заречного муниципального района"


def _act(date: str, n: str, title: str, body: str) -> str:
    return (f"АДМИНИСТРАЦИЯ\nЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА\nСОСНОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n"
            f"от {date} № {n}\nс. Заречное\n{title}\n{body}\n"
            "Глава Заречного муниципального района В.В. Петров\n")


FAIRS = _act("01.03.2024", "140-п", "Об организации ярмарок выходного дня на территории района",
             "1. Организовать ярмарки выходного дня по субботам на площади Победы.\n"
             "2. Настоящее постановление вступает в силу со дня его официального опубликования.")
REPEAL = _act("12.03.2024", "150-п", f"О признании утратившим силу постановления {G} от 01.03.2024 № 140-п",
              f"1. Признать утратившим силу с 01.04.2024 постановление {G} от 01.03.2024 № 140-п "
              "«Об организации ярмарок выходного дня на территории района».\n"
              "2. Настоящее постановление вступает в силу со дня его подписания.")
# an issue of the district's gazette printing the act and, further on, its repealer
ISSUE = ("ЗАРЕЧНЫЙ ВЕСТНИК\nОфициальное периодическое печатное издание Заречного муниципального района "
         "Сосновской области\n№ 5 (120)   15 марта 2024 г.\n\nОФИЦИАЛЬНОЕ ОПУБЛИКОВАНИЕ\n\n"
         + FAIRS + "\n" + REPEAL)


def _cli(home, *args):
    r = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout


def _in_force(home) -> set[str]:
    out = json.loads(_cli(home, "search", "ярмарки", "--in-force", "--format", "json"))
    return {h["id"] for h in out["hits"]}


def _stored_status(home, rid):
    from ingest.fund import Fund
    fund = Fund(home)
    try:
        return fund.get_record(rid).status
    finally:
        fund.close()


def test_an_issue_repealing_an_act_it_printed_leaves_it_out_of_those_in_force(engine, tmp_path, monkeypatch):
    """The card said «утратил силу с 01.04.2024» (computed afresh) while the
    stored status, which the index follows, stayed empty: the repealed act
    was written before its repealer in the same file, and the repealer only
    settled the acts of other files. ``--in-force`` listed a repealed act."""
    home = fund_of_texts(tmp_path, {"vestnik5.txt": ISSUE})
    sha = hashlib.sha256(ISSUE.encode("utf-8")).hexdigest()
    fairs, repealer = sha[:12] + "-1", sha[:12] + "-2"
    shown = json.loads(_cli(home, "show", fairs, "--format", "json"))["status"]
    assert shown["state"] == "repealed" and shown["since"] == "2024-04-01"
    assert (_stored_status(home, fairs) or {}).get("state") == "repealed"
    assert fairs not in _in_force(home) and repealer in _in_force(home)
    # read again as it is: still out
    _cli(home, "ingest", "--reread", "--jobs", "1", "--no-ocr")
    assert fairs not in _in_force(home)
    # read again by a reader that no longer sees the repeal: back in force, in the index too
    from ingest import pipeline
    from ingest.links import Links
    monkeypatch.setattr(pipeline, "extract_links", lambda title, text: Links())
    _cli(home, "ingest", "--reread", "--jobs", "1", "--no-ocr")
    assert _stored_status(home, fairs) is None
    assert fairs in _in_force(home)


def test_a_repealer_and_its_copy_read_again_date_and_undo_the_repeal(engine, tmp_path, monkeypatch):
    """A repealer citing the act before «признать утратившим силу с …», in two
    files (linked copies): the card's day is the clause's, not the signing's;
    a reread whose reading no longer repeals puts the act back in force."""
    rep = _act("20.12.2024", "610-п", f"О признании утратившим силу постановления {G} от 01.03.2024 № 140-п",
               f"1. Постановление {G} от 01.03.2024 № 140-п «Об организации ярмарок выходного дня на "
               "территории района» признать утратившим силу с 01.02.2025.\n"
               "2. Настоящее постановление вступает в силу со дня его подписания.")
    home = fund_of_texts(tmp_path, {"a140.txt": FAIRS, "r610.txt": rep,
                                    "r610_copy.txt": rep.replace("Глава", "Глава ")})
    fairs = hashlib.sha256(FAIRS.encode("utf-8")).hexdigest()[:12] + "-1"
    shown = json.loads(_cli(home, "show", fairs, "--format", "json"))["status"]
    assert shown["state"] == "repealed" and shown["since"] == "2025-02-01"
    assert "утратил силу с 01.02.2025" in _cli(home, "show", fairs)
    assert fairs not in _in_force(home)
    from ingest import pipeline
    from ingest.links import Links
    monkeypatch.setattr(pipeline, "extract_links", lambda title, text: Links())
    _cli(home, "ingest", "--reread", "--jobs", "1", "--no-ocr")
    assert json.loads(_cli(home, "show", fairs, "--format", "json")).get("status") is None
    assert fairs in _in_force(home)


def test_a_kept_files_reason_keeps_the_abbreviation():
    from ingest.reasons import explain
    kept = "read again: image-only PDF: needs OCR (--no-ocr); the earlier reading is kept"
    assert explain(kept, "ru").startswith("При повторном чтении: PDF из одних сканов")


def test_a_copy_read_before_the_act_it_copied_claims_its_act_again(engine, tmp_path, monkeypatch):
    """The DOCX held 145-п and its PDF was its linked copy; today's reader
    reads the DOCX as another act (154-п). Read again copy first, the PDF
    stayed a copy of an act it is not: 145-п was out of the index
    (``search --number 145-п`` found nothing) and out of the counts."""
    from dataclasses import replace

    from ingest import pipeline
    from ingest.fund import Fund
    from ingest.pipeline import Batch

    def fairs(signer: str) -> str:
        return _act("12.03.2024", "145-п", "Об организации ярмарок выходного дня",
                    "1. Организовать ярмарки выходного дня.").replace("В.В. Петров", signer)
    owner, copy = fairs("В.В. Петров"), fairs("В. В. Петров")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_docx.txt").write_text(owner, encoding="utf-8")
    home = tmp_path / "fund"
    _cli(home, "ingest", str(src / "a_docx.txt"), "--jobs", "1", "--no-ocr")
    (src / "b_pdf.txt").write_text(copy, encoding="utf-8")
    _cli(home, "ingest", str(src / "b_pdf.txt"), "--jobs", "1", "--no-ocr")
    sha_owner = hashlib.sha256(owner.encode("utf-8")).hexdigest()
    sha_copy = hashlib.sha256(copy.encode("utf-8")).hexdigest()
    copy_id = sha_copy[:12] + "-1"
    assert json.loads(_cli(home, "show", copy_id, "--format", "json"))["duplicate_of"] == sha_owner[:12] + "-1"

    real = pipeline.parse_stored

    def todays_reader(path, limits, media_type=None, **kw):
        out = real(path, limits, media_type, **kw)
        if out.acts and "В.В. Петров" in out.acts[0].text:
            out = replace(out, acts=[replace(out.acts[0], number="154-п")] + list(out.acts[1:]))
        return out
    monkeypatch.setattr(pipeline, "parse_stored", todays_reader)
    fund = Fund(home)
    Batch(fund, jobs=1).reread([fund.get_file(sha_copy), fund.get_file(sha_owner)])
    fund.close()
    assert json.loads(_cli(home, "show", copy_id, "--format", "json")).get("duplicate_of") is None
    hits = json.loads(_cli(home, "search", "--number", "145-п", "--format", "json"))["hits"]
    assert [h["id"] for h in hits] == [copy_id]
    hits = json.loads(_cli(home, "search", "--number", "154-п", "--format", "json"))["hits"]
    assert [h["id"] for h in hits] == [sha_owner[:12] + "-1"]
