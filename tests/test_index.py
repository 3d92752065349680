"""The search index: building, incremental updates, healing, the writer lock.

``sample_records()`` is the shared realistic fixture (requisites and titles
from ../shared/realdocs/gold.jsonl, texts written in the acts' own style);
tests/test_query.py imports it.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import time

import pytest

from ingest.records import Publication, Record, Rubric, Source
from search import index as ix
from search import analysis


def _rec(i, kind, number, date, body, title, text, rubrics, level="municipal",
         pub=None, received="2025-01-15T10:00:00Z", file_name=None):
    return Record(
        id=f"r{i:02d}",
        source=Source(file_name=file_name or f"doc{i:02d}.pdf", sha256=f"{i:064x}",
                      media_type="application/pdf", pages=2),
        received_at=received, kind=kind, number=number, date=date, body=body,
        level=level, title=title,
        publication=Publication(name=pub, issue="12", date=date, page="3") if pub else None,
        rubrics=tuple(Rubric(c, c) for c in rubrics), text=text, warnings=())


BRYANSK = "Брянская городская администрация"
FSTEK = "ФЕДЕРАЛЬНАЯ СЛУЖБА ПО ТЕХНИЧЕСКОМУ И ЭКСПОРТНОМУ КОНТРОЛЮ (ФСТЭК России)"
RYBINSK = "Администрация Рыбинского муниципального района"


def sample_records() -> list[Record]:
    R = []
    R.append(_rec(1, "постановление", "1797-п", "2024-05-21", BRYANSK,
                  "О создании места погребения в р.п. Белые Берега Фокинского района города Брянска",
                  "В соответствии с Федеральным законом от 12.01.1996 № 8-ФЗ «О погребении и "
                  "похоронном деле» Брянская городская администрация постановляет:\n\n"
                  "1. Создать место погребения (кладбище) на земельном участке в р.п. Белые Берега.\n\n"
                  "2. Опубликовать настоящее постановление в газете «Брянск».",
                  ["housing", "land"], pub="Брянск"))
    R.append(_rec(2, "постановление", "2067-зп", "2024-06-03", BRYANSK,
                  "Об организации и проведении специализированной (тематической) ярмарки МУСП по ВПД г. Брянска",
                  "Руководствуясь Федеральным законом № 131-ФЗ «Об общих принципах организации местного "
                  "самоуправления в Российской Федерации», в целях обеспечения населения товарами "
                  "постановляю: провести специализированную ярмарку на площади Ленина. "
                  "Утвердить план мероприятий по организации ярмарки и продажи товаров.",
                  ["business"]))
    R.append(_rec(3, "постановление", "4772-зп", "2024-11-28", BRYANSK,
                  "Об организации и проведении специализированных ярмарок (ёлочных базаров) МУСП по ВПД г. Брянска",
                  "Организовать елочные базары с 15 декабря по 31 декабря. Места проведения ярмарок "
                  "определить согласно приложению. Контроль за исполнением возложить на заместителя главы.",
                  ["business"]))
    R.append(_rec(4, "постановление", "145-п", "2024-03-12", "Администрация Андроповского муниципального округа Ставропольского края",
                  "Об утверждении муниципальной программы «Социальная поддержка граждан»",
                  "Утвердить муниципальную программу социальной поддержки граждан, в том числе "
                  "инвалидов и семей с детьми, на 2024-2026 годы. Финансирование программы "
                  "осуществляется за счёт средств местного бюджета.",
                  ["social", "social.disabled", "budget"], pub="Призыв"))
    R.append(_rec(5, "постановление", "145", "2011-03-04", RYBINSK,
                  "О создании муниципального казенного образовательного учреждения дополнительного образования детей",
                  "Создать муниципальное казенное образовательное учреждение дополнительного "
                  "образования детей «Детско-юношеская спортивная школа». Утвердить устав учреждения.",
                  ["education", "culture"]))
    R.append(_rec(6, "распоряжение", "17-л/с", "2014-05-21", RYBINSK,
                  "О назначении на должность Григорьева М.В.",
                  "Назначить Григорьева Михаила Владимировича на должность директора спортивной "
                  "школы с 22 мая 2014 года.",
                  ["personnel"]))
    R.append(_rec(7, "решение", "12/3", "2023-09-14", "Совет депутатов Краснопольского сельского поселения",
                  "О назначении выборов депутатов Совета депутатов Краснопольского сельского поселения",
                  "Назначить выборы депутатов Совета депутатов на 10 сентября. Избирательной "
                  "комиссии обеспечить подготовку избирательных участков.",
                  ["elections"], received="2023-09-20T08:00:00Z"))
    R.append(_rec(8, "распоряжение", "45-р", "2023-06-01", RYBINSK,
                  "Об образовании избирательных участков для проведения выборов",
                  "Образовать избирательные участки для проведения голосования на выборах "
                  "депутатов. Списки участков опубликовать в газете.",
                  ["elections"], received="2023-06-05T08:00:00Z"))
    R.append(_rec(9, "распоряжение", "12-р", "2022-02-10", RYBINSK,
                  "О проведении выборов в органы ученического самоуправления",
                  "Провести в школах района выборы в органы ученического самоуправления.",
                  ["education"], received="2022-02-11T08:00:00Z"))
    R.append(_rec(10, "приказ", "17", "2013-02-11", FSTEK,
                  "Об утверждении Требований о защите информации, не составляющей государственную тайну, "
                  "содержащейся в государственных информационных системах",
                  "Утвердить прилагаемые Требования о защите информации, не составляющей "
                  "государственную тайну, содержащейся в государственных информационных системах.",
                  ["law"], level="federal"))
    R.append(_rec(11, "приказ", "17", "2019-08-27", "муниципальное учреждение «Спортивная школа Рыбинского муниципального района»",
                  "Об утверждении плана работы на 2019-2020 тренировочный год",
                  "Утвердить план работы спортивной школы. Ответственным назначить заместителя директора.",
                  ["culture"]))
    R.append(_rec(12, "закон", "131-ФЗ", "2003-10-06", "Президент Российской Федерации",
                  "Об общих принципах организации местного самоуправления в Российской Федерации",
                  "Настоящий Федеральный закон устанавливает общие правовые, территориальные, "
                  "организационные и экономические принципы организации местного самоуправления.",
                  ["lsg", "law"], level="federal"))
    R.append(_rec(13, "решение", "5", "2021-02-04", "Совет депутатов Краснопольского сельского поселения",
                  "О передаче осуществления части полномочий по решению вопросов местного значения",
                  "Передать полномочия по организации ритуальных услуг и содержанию мест "
                  "захоронения. Решение вступает в силу после опубликования.",
                  ["lsg", "housing"]))
    return R


@pytest.fixture()
def built(tmp_path):
    d = tmp_path / "index"
    n = ix.rebuild(d, sample_records())
    assert n == 13
    yield d
    ix.close_engines()


def test_analyzer_morphology_and_yo():
    a = analysis.RussianAnalyzer()
    got = [t.text for t in a("Ярмарки ярмарок ЁЛОЧНЫХ базаров 131-ФЗ 12/3")]
    assert got.count("ярмарка") == 2
    assert "елочный" in got and "ё" not in "".join(got)
    assert "131-фз" in got and "12/3" in got
    # й stays й (no generic accent folding)
    assert analysis.lemma("района") == "район"


def test_analyzer_is_picklable():
    import pickle
    a = pickle.loads(pickle.dumps(analysis.RussianAnalyzer()))
    assert [t.text for t in a("выборах")] == ["выборы"]


def test_requisite_normalisation():
    assert ix.norm_number("№ 145 - П") == "145-п"
    assert ix.norm_number("12 / 3") == "12/3"
    assert ix.number_base("06") == "6"
    assert ix.number_base("17-л/с") == "17"
    assert ix.norm_body("ФЕДЕРАЛЬНАЯ СЛУЖБА (ФСТЭК России)") == "федеральная служба"
    assert ix.rubric_keys(["social.disabled", "budget"]) == ["social", "social.disabled", "budget"]


def test_build_stamp_and_stats(built):
    st = json.loads((built / ix.STAMP_FILE).read_text())
    assert st["schema_version"] == ix.SCHEMA_VERSION
    assert ix.check(built) is None
    s = ix.stats(built)
    assert s["records"] == 13


def test_update_and_delete(built):
    from search.query import search
    r = sample_records()[0]
    changed = Record(**{**r.__dict__, "title": "О переносе кладбища в деревню Снежка"})
    ix.update(built, [changed])
    assert search(built, "Снежка").total == 1
    assert search(built, "Фокинского").total == 0
    assert ix.stats(built)["records"] == 13
    assert ix.delete(built, ["r01"]) == 1
    assert search(built, "Снежка").total == 0
    assert ix.on_catalog_commit(built, [r]) == 1
    assert search(built, "Фокинского").total == 1


def _heal_and_check(d, why_part):
    why = ix.check(d)
    assert why is not None and why_part in why
    msgs = []
    ix.open_index(d, records=sample_records, on_message=msgs.append)
    assert ix.check(d) is None
    assert any("rebuilding" in m for m in msgs)
    assert ix.stats(d)["records"] == 13


def test_heal_missing_toc(built):
    for f in built.glob("*.toc"):
        f.unlink()
    _heal_and_check(built, ".toc")


def test_heal_corrupt_segment(built):
    seg = max(built.glob("*.seg"), key=lambda f: f.stat().st_size)
    data = seg.read_bytes()
    seg.write_bytes(data[: len(data) // 3])
    _heal_and_check(built, "corrupt")


def test_heal_garbage_segment(built):
    seg = max(built.glob("*.seg"), key=lambda f: f.stat().st_size)
    seg.write_bytes(os.urandom(seg.stat().st_size))
    _heal_and_check(built, "corrupt")


def test_heal_version_mismatch(built):
    st = json.loads((built / ix.STAMP_FILE).read_text())
    st["schema_version"] = ix.SCHEMA_VERSION - 1
    (built / ix.STAMP_FILE).write_text(json.dumps(st))
    _heal_and_check(built, "outdated")


def test_heal_missing_dir_and_no_source(tmp_path, monkeypatch):
    monkeypatch.setattr(ix, "_default_source", lambda d: None)
    with pytest.raises(ix.SearchIndexError, match="actdesk reindex"):
        ix.open_index(tmp_path / "nothing" / "index")
    # an empty catalog is a valid, empty index
    d = tmp_path / "empty" / "index"
    ix.open_index(d, records=lambda: [])
    assert ix.check(d) is None


def _hold_lock(d, seconds, ready):
    with ix.writer_lock(d):
        ready.set()
        time.sleep(seconds)


def test_second_writer_waits_with_message(built):
    ctx = mp.get_context("fork")
    ready = ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(str(built), 1.0, ready))
    p.start()
    try:
        assert ready.wait(10)
        msgs = []
        t = time.monotonic()
        ix.update(built, sample_records()[:1], on_message=msgs.append)
        assert time.monotonic() - t >= 0.5
        assert msgs and "waiting" in msgs[0]
    finally:
        p.join(10)


def test_writer_gives_up_with_clear_error(built):
    ctx = mp.get_context("fork")
    ready = ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(str(built), 2.0, ready))
    p.start()
    try:
        assert ready.wait(10)
        with pytest.raises(ix.IndexBusy, match="still being written"):
            ix.update(built, sample_records()[:1], timeout=0.3)
    finally:
        p.join(10)


def test_search_while_writing(built):
    """A reader keeps answering from the last commit while a writer works."""
    from search.query import search
    assert search(built, "ярмарка").total >= 2
    with ix.writer_lock(built):
        assert search(built, "ярмарка").total >= 2


def test_rebuild_swaps_under_open_searcher(built):
    from search.query import search
    assert search(built, "выборы").total == 3
    ix.rebuild(built, sample_records()[:8])
    assert search(built, "выборы").total == 2


def test_own_scoring_equals_whooshs_exhaustive_scoring(built, monkeypatch):
    """Engine scores many matches leaf by leaf from posting blocks instead of
    Whoosh's matcher tree: same scores, same order (ties by document number)
    as Whoosh scoring every match — also with deletions and several
    segments, NOTs, phrases, requisites and filters."""
    from search.query import Query, search, more_like_this
    r = sample_records()
    # a second segment and a deletion in the first one
    ix.update(built, [Record(**{**r[1].__dict__, "title": r[1].title + " и базаров"})])
    ix.delete(built, ["r05"])
    queries = [Query(text=t) for t in (
        "ярмарка", "выборы депутатов", "спортивная школа", "организации ярмарки",
        '"местного самоуправления"', "выборы -ученического", "похороны",
        "постановление 145", "решение № 12/3", "кладбище OR ярмарка",
        "приказ 17", "муниципальной программы 2024 года")]
    queries += [Query(text="выборы", kind=["распоряжение"]),
                Query(text="организации", date_from="2003-01-01", date_to="2024-06-30"),
                Query(text="учреждение", sort="relevance", per_page=3, page=2)]

    def run(mode):
        monkeypatch.setattr(ix.Engine, "SCORER", mode)
        monkeypatch.setattr(ix.Engine, "SCORE_ALL", mode == "whoosh")
        out = [[(h.id, round(h.score, 6)) for h in search(built, q).hits] for q in queries]
        out.append([(h.id, round(h.score, 6)) for h in more_like_this(built, "r02").hits])
        return out

    own, whoosh = run("own"), run("whoosh")
    assert own == whoosh
    assert all(own[:5]) and "r05" not in {i for hits in own for i, _ in hits}


def test_date_range_by_whole_years_equals_the_dates_in_range(built):
    """A date range is read as whole years (the year field) plus the dates
    of the years it cuts; the documents are those of every date in range."""
    ix.update(built, [Record(**{**sample_records()[6].__dict__, "id": "r99", "date": "2023"})])
    e = ix.engine(built)
    for lo, hi in [("2024-01-01", "2024-12-31"), ("2003-01-01", "2024-06-03"),
                   ("2014-05-21", "2023-09-14"), ("2011-03-05", ""), ("", "2019-08-27"),
                   ("2023-01-01", "2023-12-31"), ("2023", "2023-06-01"), ("2030-01-01", ""),
                   ("2022-02-10", "2022-02-10"), ("", "")]:
        assert e._date_range_mask(lo, hi) == e._terms_range_mask("date", lo, hi), (lo, hi)
    assert e._date_range_mask("2024-01-01", "2024-12-31").bit_count() == 4


def test_segment_files_are_read_through_the_mmap_without_a_copy():
    """Whoosh's compound segments hand sub-files to ``BufferFile``; ours
    reads through the memoryview (no BytesIO copy of the whole sub-file)."""
    import pickle
    from whoosh.filedb import compound
    assert compound.BufferFile is ix._ViewFile
    data = pickle.dumps((1, 2, "x"), 2) + pickle.dumps([3], 2) + b"abc\n" + b"y" * 9000 + b"\nend"
    f = ix._ViewFile(memoryview(data))
    assert f.read_pickle() == (1, 2, "x") and f.read_pickle() == [3]
    assert f.readline() == b"abc\n" and f.readline() == b"y" * 9000 + b"\n"
    assert f.read() == b"end" and f.read() == b""
    f.seek(-3, 2)
    assert f.tell() == len(data) - 3 and f.get(0, 2) == data[:2]
    sub = f.subset(len(data) - 3, 3)
    assert sub.read() == b"end"
