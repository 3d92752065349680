"""Hostile deliveries (qa85's security pass on import): each refused with a
reason naming the file, the rest of the batch imported, nothing read from
outside the delivered folder, nothing that hangs or floods the terminal.
Every input is generated here, small."""
from __future__ import annotations

import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.formats.limits import Limits
from ingest.fund import Fund
from ingest.pipeline import Batch

ACT = ("АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 12.03.2024 № {n}-п\n"
       "Об утверждении порядка содержания дорог Сосновского сельского поселения\n\nТекст.\n")


def _run(tmp_path: Path, *paths: Path, limits: Limits = Limits(ocr=False)) -> dict[str, object]:
    fund = Fund(tmp_path / "fund")
    try:
        results = Batch(fund, jobs=1, limits=limits).run(list(paths))
    finally:
        fund.close()
    return {Path(r.file).name: r for r in results}


posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks and pipes of POSIX")


@posix_only
def test_a_symlink_in_a_delivered_folder_is_not_followed_out_of_it(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ACT.format(n=900), encoding="utf-8")
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    (delivery / "act.txt").write_text(ACT.format(n=145), encoding="utf-8")
    (delivery / "link.txt").symlink_to(outside / "secret.txt")
    (delivery / "linkdir").symlink_to(outside, target_is_directory=True)
    (delivery / "inside.txt").symlink_to(delivery / "act.txt")   # inside: harmless
    got = _run(tmp_path, delivery)
    assert got["act.txt"].status == "new"
    assert got["link.txt"].status == "failed"
    assert "symbolic link" in got["link.txt"].reason and "outside" in got["link.txt"].reason
    assert got["linkdir"].status == "failed" and "symbolic link" in got["linkdir"].reason
    assert got["inside.txt"].status == "duplicate"
    fund = Fund(tmp_path / "fund")
    assert not any("900" in (r.number or "") for r in fund.iter_records())
    fund.close()


@posix_only
def test_a_named_pipe_in_a_delivered_folder_does_not_hang_the_batch(tmp_path):
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    os.mkfifo(delivery / "pipe.txt")          # opening it would wait for a writer forever
    (delivery / "z_act.txt").write_text(ACT.format(n=146), encoding="utf-8")
    got = _run(tmp_path, delivery)
    assert got["pipe.txt"].status == "failed"
    assert "not a regular file" in got["pipe.txt"].reason
    assert got["z_act.txt"].status == "new"


def _mail(path: Path, attachment: bytes) -> Path:
    m = EmailMessage()
    m["From"], m["Subject"] = "otdel@zarechny.example", "акты"
    m.set_content("см. вложение")
    m.add_attachment(attachment, maintype="application", subtype="octet-stream", filename="scan.bin")
    path.write_bytes(bytes(m))
    return path


def test_a_message_over_the_file_size_limit_is_refused_before_it_is_read_whole(tmp_path):
    """A message is unpacked in the batch's own process, whole in memory
    (the e-mail package holds several copies): the file size limit every
    reader obeys applies to it too, or one huge .eml takes the batch down."""
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    _mail(delivery / "big.eml", os.urandom(300_000))
    (delivery / "z_act.txt").write_text(ACT.format(n=147), encoding="utf-8")
    got = _run(tmp_path, delivery, limits=Limits(ocr=False, max_file_bytes=200_000))
    assert got["big.eml"].status == "failed"
    assert got["big.eml"].reason.startswith("file too large: ")
    assert got["z_act.txt"].status == "new"
    fund = Fund(tmp_path / "fund")
    kept = fund.stored_path(got["big.eml"].sha256)
    assert kept is not None and kept.read_bytes() == (delivery / "big.eml").read_bytes()
    fund.close()


def test_control_characters_of_a_file_name_do_not_reach_the_terminal(tmp_path):
    """A delivered name may carry ESC sequences (they recolour or rewrite the
    librarian's terminal) or a right-to-left override (``act\u202etxt.exe``
    shows as ``actexe.txt``): the printed report shows them escaped."""
    from cli.ingest import printable
    line = printable("a\x1b[31mred\x07.txt  rtl\u202etxt.exe\nnext")
    assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line
    assert "\\x1b[31mred\\x07.txt" in line and "\\u202e" in line
    assert line.endswith("\nnext")
    assert printable("Постановление № 5.txt") == "Постановление № 5.txt"


def test_a_long_cyrillic_upload_name_fits_the_file_system(tmp_path):
    """Names are limited in bytes (255 on Linux, ext4 and most others), and a
    Cyrillic letter takes two: a name of 200 letters could not be written and
    the whole upload failed. It is shortened in bytes, its extension kept."""
    from search.web.forms import upload_name
    raw = "Постановление администрации Заречного района " * 5 + "№ 145-п.docx"
    taken: set[str] = set()
    names = [upload_name(raw, taken) for _ in range(3)]
    for name in names:
        assert len(name.encode("utf-8")) <= 240 and name.endswith(".docx")
        (tmp_path / name).write_bytes(b"x")
    assert len(set(names)) == 3
    assert upload_name("акт.pdf", set()) == "акт.pdf"


_REAL_PARSE = None


def _parse_or_die(path, limits=Limits(), media_type=None):
    """A reader killed by the system on one file (the OOM killer on a PDF
    whose stream inflates to gigabytes, a crash in a C library)."""
    import signal
    if b"DIE" in Path(path).read_bytes():
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_PARSE(path, limits, media_type)


@posix_only
def test_a_file_that_kills_its_worker_fails_alone_and_the_batch_goes_on(tmp_path, monkeypatch):
    import multiprocessing
    import ingest.pipeline as pipeline
    global _REAL_PARSE
    _REAL_PARSE = pipeline.parse_stored
    monkeypatch.setattr(pipeline, "parse_stored", _parse_or_die)   # forked workers inherit it
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    for i in range(1, 61):
        (delivery / f"a{i:02d}.txt").write_text(ACT.format(n=i), encoding="utf-8")
    (delivery / "a30.txt").write_text("DIE " + ACT.format(n=30), encoding="utf-8")
    fund = Fund(tmp_path / "fund")
    try:
        results = Batch(fund, jobs=2, limits=Limits(ocr=False),
                        mp_context=multiprocessing.get_context("fork")).run([delivery])
    finally:
        fund.close()
    got = {Path(r.file).name: r for r in results}
    assert len(got) == 60
    assert got["a30.txt"].status == "failed" and "reader process died" in got["a30.txt"].reason
    assert {r.status for n, r in got.items() if n != "a30.txt"} == {"new"}
    fund = Fund(tmp_path / "fund")
    assert fund.count_records() == 59
    assert fund.stored_path(got["a30.txt"].sha256) is not None   # kept, for --retry
    fund.close()


def test_a_mailbox_of_more_messages_than_the_entry_limit_is_refused_like_a_zip(tmp_path):
    """A zip of more entries than ``max_entries`` is refused by its directory;
    a mailbox is an archive of messages and obeys the same bound (a million
    one-line messages were a million entries of the fund)."""
    from ingest.pipeline import ArchiveLimits
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    box = "".join(f"From otdel@zarechny.example Mon Apr  1 10:00:0{i} 2024\nFrom: otdel@zarechny.example\n"
                  f"Subject: {i}\n\nписьмо {i}\n\n" for i in range(8))
    (delivery / "box.mbox").write_text(box, encoding="utf-8")
    (delivery / "z_act.txt").write_text(ACT.format(n=148), encoding="utf-8")
    fund = Fund(tmp_path / "fund")
    try:
        results = Batch(fund, jobs=1, limits=Limits(ocr=False),
                        archive_limits=ArchiveLimits(max_entries=5)).run([delivery])
    finally:
        fund.close()
    got = {Path(r.file).name: r for r in results}
    assert got["box.mbox"].status == "failed"
    assert got["box.mbox"].reason == "mailbox has 8 messages, over the limit of 5"
    assert got["z_act.txt"].status == "new"
    assert not any("message-" in name for name in got)
