"""A long act is filed by what it is about, not by what its long body mentions in passing (issue 12).

    .venv/bin/python bench/rubric_long.py             # per-section table
    .venv/bin/python bench/rubric_long.py --misses    # and each act whose rubrics changed
    .venv/bin/python bench/rubric_long.py --heldout bench/out/rubrics_heldout34 ...

The acts are those ``bench/rubric_invariance.py`` reads (realdocs, the odd half of
realdocs2, the rubric samples given); each is tagged as the import tags it, then again
with one section a long act carries added to its body -- sections written here, in
the project's own wording (Тестовская область, Заречный район, Сосновское поселение),
the kinds the even half's long acts showed in passing:

* ``powers``: the enumerated powers of the administration (a charter's or a
  regulation's list of local issues: budget, property, utilities, roads, fire safety,
  culture, sport, waste, burials, terrorism, planning, business, youth);
* ``basis``: the basis paragraph of a regulation naming the codes and laws it
  follows (budget, housing, town-planning codes, the laws on waste, fire safety,
  personal data);
* ``closing``: the final clauses -- control given to a deputy head named by his
  fields, copies sent to the prosecutor and departments, the mailing list;
* ``form``: an annex's blank application (an address on a topical street, the
  documents attached, the one-stop centre's address, consent to personal data);
* ``orgs``: the organisations named as members or partners (a school, a house of
  culture, a hospital, the police, the fire unit, a water utility).

``all`` adds the five at once. Acts whose title is not read (a print opening at its
preamble, a page that lost its heading) are left out: their first words stand for the
title, and on a short text those would be the section added. Every section is neutral for the act's topic: a rubric
gained is a false positive, one lost a false negative. Per section the codes gained (+)
and lost (-) are counted, and the micro-F1 against gold before and after.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from rubric_invariance import cases, print_tallies, samples, tag, tally  # noqa: E402

from ingest.requisites import extract_acts  # noqa: E402
from rubrics import Score  # noqa: E402

from ingest.rubrics import load_scheme  # noqa: E402

SECTIONS = {
    "powers": """2. Полномочия администрации
2.1. К полномочиям администрации Сосновского сельского поселения в соответствии с Уставом относятся:
1) составление проекта местного бюджета, исполнение бюджета поселения;
2) владение, пользование и распоряжение имуществом, находящимся в муниципальной собственности поселения;
3) организация в границах поселения электро-, тепло-, газо- и водоснабжения населения, водоотведения;
4) дорожная деятельность в отношении автомобильных дорог местного значения в границах населенных пунктов;
5) обеспечение первичных мер пожарной безопасности в границах населенных пунктов поселения;
6) создание условий для организации досуга и обеспечения жителей поселения услугами организаций культуры;
7) обеспечение условий для развития на территории поселения физической культуры и массового спорта;
8) участие в организации деятельности по сбору и транспортированию твердых коммунальных отходов;
9) организация ритуальных услуг и содержание мест захоронения;
10) участие в профилактике терроризма и экстремизма;
11) утверждение генеральных планов поселения, правил землепользования и застройки;
12) содействие в развитии сельскохозяйственного производства, создание условий для развития малого и среднего предпринимательства;
13) организация и осуществление мероприятий по работе с детьми и молодежью в поселении.""",
    "basis": """1.2. Настоящее Положение разработано в соответствии с Бюджетным кодексом Российской Федерации, Жилищным кодексом Российской Федерации, Градостроительным кодексом Российской Федерации, Федеральным законом от 24.06.1998 № 89-ФЗ «Об отходах производства и потребления», Федеральным законом от 21.12.1994 № 69-ФЗ «О пожарной безопасности», Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных», Законом Тестовской области от 12.03.2015 № 41-ОЗ «О некоторых вопросах местного значения», Уставом Заречного муниципального района.""",
    "closing": """5. Контроль за исполнением настоящего постановления возложить на заместителя главы администрации района по вопросам жилищно-коммунального хозяйства, транспорта и связи Петрова П.П.
6. Направить копию настоящего постановления в прокуратуру Заречного района, финансовое управление, отдел образования, отдел социальной защиты населения и отдел культуры, спорта и молодежной политики администрации района.
Рассылка: в дело, прокуратура, финансовое управление, отдел ЖКХ и благоустройства, управление образования, МФЦ.""",
    "form": """Приложение № 2
к Порядку
Форма
Главе администрации Заречного района
от ____________________ (фамилия, имя, отчество заявителя),
проживающего по адресу: с. Сосновка, ул. Школьная, д. 3, кв. 1, тел. __________
ЗАЯВЛЕНИЕ
Прошу рассмотреть настоящее заявление.
К заявлению прилагаю: копию паспорта; справку о составе семьи; копию документа, подтверждающего полномочия представителя.
Заявление можно подать в многофункциональный центр предоставления государственных и муниципальных услуг по адресу: пос. Заречный, ул. Больничная, д. 5.
Даю согласие на обработку моих персональных данных.
_____________ (подпись)   «___» ____________ 20__ г.""",
    "orgs": """3.4. В работе рабочей группы участвуют по согласованию представители МБОУ «Сосновская средняя общеобразовательная школа», МБУК «Заречный районный дом культуры», ГБУЗ «Заречная центральная районная больница», ОМВД России по Заречному району, пожарной части № 12, МУП «Водоканал», Совета ветеранов Заречного района.""",
}
EDITS = (*SECTIONS, "all")


def lengthened(text: str, edit: str) -> str:
    """The act with one section (or all) added at the end of its body."""
    parts = SECTIONS.values() if edit == "all" else (SECTIONS[edit],)
    return text.rstrip() + "\n\n" + "\n\n".join(parts) + "\n"


def run(scheme, heldout: list[Path], only: tuple[str, ...] = EDITS):
    stats = {e: {"acts": 0, "changed": [], "gained": Counter(), "lost": Counter(),
                 "before": Score(), "after": Score()} for e in only}
    for key, text, meta, _req, rubrics in cases(heldout):
        acts = extract_acts(text, meta)
        if not (acts and acts[0].title):
            continue
        base = tag(scheme, text, meta)
        for e in only:
            tally(stats[e], key, rubrics, base, tag(scheme, lengthened(text, e), meta))
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each act whose rubrics changed")
    ap.add_argument("--edits", default=",".join(EDITS))
    ap.add_argument("--heldout", type=Path, action="append", default=[],
                    help="rubric samples (default: bench/out/rubrics_heldout13..34 that exist)")
    a = ap.parse_args(argv)
    heldout = a.heldout or samples(13, 34)
    only = tuple(e for e in a.edits.split(",") if e)
    print_tallies(run(load_scheme(ROOT / "rubrics.yaml"), heldout, only), "section", 8, 45, a.misses,
                  precision=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
