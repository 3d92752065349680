"""Delivered HTML files of shapes held-out sample 88 showed (helper reqfile176), composed in our
own wording for the fictional Заречный округ and Сосновское поселение: an export whose first
tag a stray space parted from its bracket, and a portal's card holding the act as typed text."""
from __future__ import annotations

from pathlib import Path

from ingest.detect import detect_file
from ingest.formats import read
from ingest.formats.html import extract
from ingest.requisites import extract_acts

_PARTED = """< !DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN" >
<HTML>
<HEAD>
\t<META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=utf-8">
\t<TITLE></TITLE>
</HEAD>
<BODY LANG="ru-RU">
<P ALIGN=CENTER><FONT FACE="Arial, serif"><B>МИНИСТЕРСТВО
ЛЕСНОГО ХОЗЯЙСТВА<BR>ТЕСТОВСКОЙ
ОБЛАСТИ</B></FONT></P>
<P ALIGN=CENTER><FONT FACE="Arial, serif"><B>ПРИКАЗ<BR>от
3 марта 2015 г. N 41</B></FONT></P>
<P ALIGN=CENTER><FONT FACE="Arial, serif"><B>ОБ
УТВЕРЖДЕНИИ ПОРЯДКА<BR>ВЫДАЧИ ЛЕСОРУБОЧНЫХ
БИЛЕТОВ</B></FONT></P>
<P><FONT FACE="Arial, serif">В соответствии с Положением о министерстве
приказываю:</FONT></P>
<P><FONT FACE="Arial, serif">1. Утвердить прилагаемый Порядок.</FONT></P>
</BODY>
</HTML>
"""

_CARD = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head><body>
<div class="DocumentsDesc"><div>Документ № 15<br />от 12 марта 2020 г.</div></div>
<div class="DocumentsTitle"><b>О порядке уборки снега на улицах поселения</b></div>
<div class="DocumentsText">
\tТЕСТОВСКАЯ ОБЛАСТЬ
ЗАРЕЧНЫЙ РАЙОН
СОБРАНИЕ ДЕПУТАТОВ
СОСНОВСКОГО СЕЛЬСКОГО
 ПОСЕЛЕНИЯ

РЕШЕНИЕ
12.03.2020г.
№ С-4-2
село Сосновка



О порядке уборки снега на улицах поселения


Собрание депутатов Сосновского сельского поселения
 Р Е Ш И Л О:

1.\tУтвердить порядок уборки снега.
2.\tРешение вступает в силу со дня официального опубликования.
</div></body></html>
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    parsed = read(path)
    return path, parsed, extract_acts(parsed.text, dict(parsed.meta))[0]


def test_an_export_whose_doctype_lost_its_bracket_is_read_as_html(tmp_path):
    """``< !DOCTYPE …>`` (a space after the bracket) over a LibreOffice page: the page's own
    ``<HTML>``/``<BODY>`` tags make it HTML, so ``<BR>`` breaks lines and the heading reads."""
    path, parsed, act = _read(tmp_path, "prikaz.html", _PARTED)
    assert detect_file(path) == "text/html"
    assert "<BR>" not in parsed.text and "DOCTYPE" not in parsed.text
    assert (act.kind, act.number, act.date) == ("приказ", "41", "2015-03-03")
    assert act.body == "МИНИСТЕРСТВО ЛЕСНОГО ХОЗЯЙСТВА ТЕСТОВСКОЙ ОБЛАСТИ"
    assert act.title == "ОБ УТВЕРЖДЕНИИ ПОРЯДКА ВЫДАЧИ ЛЕСОРУБОЧНЫХ БИЛЕТОВ"


def test_plain_text_typed_into_a_portals_card_keeps_its_lines(tmp_path):
    """A portal's card holding the act as typed (newlines and blank lines, no markup): its
    lines are the act's heading lines, so the council's name and the title do not run together
    with the date, the place and the formula (the card's own ``Документ № 15`` is not the kind)."""
    _, parsed, act = _read(tmp_path, "reshenie.html", _CARD)
    assert "РЕШЕНИЕ\n12.03.2020г." in parsed.text
    assert (act.kind, act.number, act.date) == ("решение", "С-4-2", "2020-03-12")
    assert act.body.casefold().endswith("собрание депутатов сосновского сельского поселения")
    assert act.title == "О порядке уборки снега на улицах поселения"


def test_an_exporters_wrapped_source_lines_stay_one_paragraph():
    """Word's and LibreOffice's HTML wrap a paragraph's source lines with no blank line between
    them: those newlines are spaces, as before."""
    page = extract("<p>Об утверждении\nпорядка выдачи\nлесорубочных билетов</p><p>Текст.</p>")
    assert page.text.split("\n")[0] == "Об утверждении порядка выдачи лесорубочных билетов"
