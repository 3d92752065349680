"""E-mail deliveries: .eml and mbox built here, opened like archives."""
from __future__ import annotations

import io
import json
import zipfile
from email.message import EmailMessage
from pathlib import Path

from ingest.formats import mail, read
from ingest.fund import Fund
from cli import main

ACT = ("АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОВСКА\n\nПОСТАНОВЛЕНИЕ\n\nот 12.03.2024 № 145-п\n\n"
       "Об утверждении порядка проверки\n\nВ соответствии с законом постановляю:\n"
       "1. Утвердить порядок.\n")


def _zip(**entries: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _message(body: str, *, subject="Постановление № 145-п", attachments=()) -> bytes:
    m = EmailMessage()
    m["From"] = "Администрация <adm@example.ru>"
    m["To"] = "lib@example.ru"
    m["Subject"] = subject
    m["Date"] = "Tue, 12 Mar 2024 10:00:00 +0300"
    m.set_content(body)
    for name, data, ctype in attachments:
        main_type, sub = ctype.split("/")
        m.add_attachment(data, maintype=main_type, subtype=sub, filename=name)
    return bytes(m)


def test_parse_message_keeps_provenance_and_attachments():
    raw = _message("Добрый день! Направляем постановление.",
                   attachments=[("акты.zip", _zip(**{"a.txt": ACT.encode("cp1251")}), "application/zip")])
    msg = mail.parse_message(raw)
    assert msg.sender == "Администрация <adm@example.ru>"
    assert msg.date == "2024-03-12T10:00:00+03:00"
    assert msg.subject == "Постановление № 145-п"
    assert msg.body is None  # a covering note is not an act
    assert [a.name for a in msg.attachments] == ["акты.zip"]


def test_a_body_that_is_an_act_becomes_an_item():
    msg = mail.parse_message(_message(ACT))
    assert msg.body is not None and msg.body.name.endswith(".txt")
    assert "№ 145-п" in msg.body.data.decode("utf-8")


def test_mail_with_a_zip_attachment_is_imported_recursively(tmp_path, runner):
    raw = _message("Добрый день! Направляем постановление.",
                   attachments=[("акты.zip", _zip(**{"postanovlenie.txt": ACT.encode("cp1251")}),
                                 "application/zip")])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "письмо.eml").write_bytes(raw)
    home = tmp_path / "fund"
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1", "-v", str(tmp_path / "in"),
                               "--report", str(tmp_path / "r.json")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rep = {Path(e["file"]).name: e for e in json.loads((tmp_path / "r.json").read_text("utf-8"))}
    assert rep["письмо.eml"]["status"] == "new"
    assert "adm@example.ru" in rep["письмо.eml"]["reason"] and "2024-03-12" in rep["письмо.eml"]["reason"]
    assert rep["акты.zip"]["status"] == "new"
    act = rep["postanovlenie.txt"]
    assert act["status"] == "new" and len(act["records"]) == 1
    assert "adm@example.ru" in res.output  # the report names the sender
    fund = Fund(home)
    rows = {f.file_name: f for f in fund.files()}
    assert rows["письмо.eml"].status == "archive"
    assert rows["письмо.eml"].provenance["mail_subject"] == "Постановление № 145-п"
    assert rows["акты.zip"].provenance["mail_from"] == "Администрация <adm@example.ru>"
    assert rows["акты.zip"].parent == rows["письмо.eml"].sha256
    rec = fund.get_record(act["records"][0])
    assert rec.number == "145-п" and rec.date == "2024-03-12"


def test_mbox_messages_are_items(tmp_path, runner):
    one = _message(ACT)
    two = _message("Второе письмо.", subject="Приложение",
                   attachments=[("act.txt", ACT.replace("145-п", "146-п").encode("utf-8"), "text/plain")])
    box = b"".join(b"From adm@example.ru Tue Mar 12 10:00:00 2024\n" + m.replace(b"\r\n", b"\n") + b"\n"
                   for m in (one, two))
    assert len(mail.split_mbox(box)) == 2
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "inbox.mbox").write_bytes(box)
    home = tmp_path / "fund"
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1", str(tmp_path / "in")],
                        catch_exceptions=False)
    assert res.exit_code == 0, res.output
    numbers = sorted(r.number for r in Fund(home).iter_records())
    assert numbers == ["145-п", "146-п"]


def test_read_outside_a_batch_gives_headers_and_body(tmp_path):
    path = tmp_path / "m.eml"
    path.write_bytes(_message(ACT))
    parsed = read(path)
    assert parsed.media_type == "message/rfc822"
    assert parsed.meta["mail_from"] == "Администрация <adm@example.ru>"
    assert "№ 145-п" in parsed.text


# -- Outlook's winmail.dat (TNEF, MS-OXTNEF) -----------------------------------

def _attr(level: int, attr_id: int, data: bytes) -> bytes:
    import struct
    return (struct.pack("<BII", level, attr_id, len(data)) + data
            + struct.pack("<H", sum(data) & 0xFFFF))


def _unicode_prop(prop_id: int, text: str) -> bytes:
    import struct
    raw = text.encode("utf-16-le") + b"\0\0"
    return (struct.pack("<HHII", 0x001F, prop_id, 1, len(raw)) + raw
            + b"\0" * (-len(raw) % 4))


def _winmail(files) -> bytes:
    """A TNEF stream as Outlook writes it: version, OEM code page 1251, then
    per file its rendering record, 8-bit title, data and MAPI properties
    (the long Unicode name) — ``files`` is (title, long name or None, data)."""
    import struct
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _attr(1, 0x00089006, struct.pack("<I", 0x00010000))
    out += _attr(1, 0x00069007, struct.pack("<II", 1251, 0))
    for title, long_name, data in files:
        out += _attr(2, 0x00069002, struct.pack("<HIIIH", 1, 0xFFFFFFFF, 0, 0, 0))
        out += _attr(2, 0x00018010, title.encode("cp1251") + b"\0")
        out += _attr(2, 0x0006800F, data)
        props = [_unicode_prop(0x3707, long_name)] if long_name else []
        # a fixed-size property before the name (PR_ATTACH_METHOD, PT_LONG)
        props.insert(0, struct.pack("<HHI", 0x0003, 0x3705, 1))
        out += _attr(2, 0x00069005, struct.pack("<I", len(props)) + b"".join(props))
    return out


def test_winmail_dat_gives_its_files_with_russian_names():
    from ingest.formats import tnef
    second = ACT.replace("145-п", "146-п").encode("cp1251")
    data = _winmail([("POSTAN~1.TXT", "Постановление № 145-п.txt", ACT.encode("cp1251")),
                     ("Прил 2.txt", None, second)])
    files = tnef.attachments(data)
    assert [f.name for f in files] == ["Постановление № 145-п.txt", "Прил 2.txt"]
    assert files[1].data == second


def test_broken_winmail_dat_is_reported_and_kept():
    from ingest.formats import tnef
    data = _winmail([("a.txt", None, ACT.encode("cp1251"))])
    import pytest
    with pytest.raises(tnef.TnefError, match="past the end"):
        tnef.attachments(data[:-40])
    raw = _message("Во вложении.", attachments=[("winmail.dat", data[:-40], "application/ms-tnef")])
    msg = mail.parse_message(raw)
    assert [a.name for a in msg.attachments] == ["winmail.dat"]
    assert "could not be unpacked" in msg.summary()


def test_mail_from_outlook_with_winmail_dat_is_imported(tmp_path, runner):
    data = _winmail([("POSTAN~1.TXT", "Постановление № 145-п.txt", ACT.encode("cp1251"))])
    raw = _message("Направляем постановление.", attachments=[("winmail.dat", data, "application/ms-tnef")])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "письмо.eml").write_bytes(raw)
    home = tmp_path / "fund"
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1", str(tmp_path / "in"),
                               "--report", str(tmp_path / "r.json")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rep = {Path(e["file"]).name: e for e in json.loads((tmp_path / "r.json").read_text("utf-8"))}
    assert "winmail.dat (Outlook TNEF) unpacked: 1 file" in rep["письмо.eml"]["reason"]
    assert "winmail.dat" not in rep
    act = rep["Постановление № 145-п.txt"]
    assert act["status"] == "new"
    rec = Fund(home).get_record(act["records"][0])
    assert (rec.number, rec.date) == ("145-п", "2024-03-12")


def test_a_winmail_dat_saved_on_its_own_is_opened_like_an_archive(tmp_path, runner):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "winmail.dat").write_bytes(
        _winmail([("POSTAN~1.TXT", "Постановление № 145-п.txt", ACT.encode("cp1251"))]))
    (tmp_path / "in" / "broken.dat").write_bytes(
        _winmail([("a.txt", None, ACT.encode("cp1251"))])[:-40])
    home = tmp_path / "fund"
    res = runner.invoke(main, ["--home", str(home), "ingest", "--jobs", "1", str(tmp_path / "in"),
                               "--report", str(tmp_path / "r.json")], catch_exceptions=False)
    rep = {Path(e["file"]).name: e for e in json.loads((tmp_path / "r.json").read_text("utf-8"))}
    assert rep["winmail.dat"]["status"] == "new" and "1 file" in rep["winmail.dat"]["reason"]
    assert rep["Постановление № 145-п.txt"]["status"] == "new"
    assert rep["broken.dat"]["status"] == "failed"
    assert "could not be unpacked" in rep["broken.dat"]["reason"]
    fund = Fund(home)
    rows = {f.file_name: f for f in fund.files()}
    assert rows["winmail.dat"].status == "archive"
    assert rows["Постановление № 145-п.txt"].parent == rows["winmail.dat"].sha256
    # each entry is named by its own path, not the container's
    assert rows["Постановление № 145-п.txt"].provenance["delivered_as"].endswith(
        "winmail.dat/Постановление № 145-п.txt")
    assert rows["broken.dat"].status == "failed"  # kept, with the reason, for a later reader


def test_an_html_only_body_is_read_by_the_html_reader():
    """Outlook sends HTML alone: the table-laid heading, entities and a script
    are read as for a web page (one HTML-to-text in the readers)."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "adm@example.ru", "lib@example.ru", "Постановление"
    m.set_content("<html><head><style>p{color:red}</style><script>var x=1;</script></head><body>"
                  "<p>АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОВСКА</p><p>ПОСТАНОВЛЕНИЕ</p>"
                  "<table><tr><td>12.03.2024</td><td>№&nbsp;145-п</td></tr></table>"
                  "<p>Об утверждении порядка &laquo;проверки&raquo;</p>"
                  "<p>В соответствии с законом постановляю:</p><p>1. Утвердить порядок.</p>"
                  "</body></html>", subtype="html")
    msg = mail.parse_message(bytes(m))
    assert msg.body is not None and msg.body.name.endswith(".html")
    text = msg.body_text
    assert "«проверки»" in text and "var x" not in text and "color:red" not in text
    assert "12.03.2024" in text and "145-п" in text
    assert text.index("ПОСТАНОВЛЕНИЕ") < text.index("145-п") < text.index("Об утверждении")
