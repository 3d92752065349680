"""PDF decompression bombs (pdfcap88): a PDF whose streams inflate to
hundreds of MB is refused before PDFium inflates it, with a reason naming
the limit, and the batch goes on; a normal multi-page text PDF and a scan
(whose white page image inflates 800:1 by right) still read. Every PDF is
made here, small: the bomb is a few hundred KB and the guard stops counting
at its cap instead of inflating it all."""
from __future__ import annotations

import functools
import time
import zlib
from pathlib import Path

import pytest

from ingest.formats import pdf, pdfbomb
from ingest.formats.limits import Limits
from ingest.records import IngestError, NeedsReader
from ingest.reasons import explain, key_of
from tests.pdfwrite import serialize
from tests.test_formats import _FONT, _pdf_string
from tests.test_qa85 import ACT, _run

MB = 1024 * 1024
LIMITS = Limits(ocr=False)


@functools.lru_cache(maxsize=4)
def _deflate_blank(size: int, byte: bytes = b" ") -> bytes:
    """``size`` bytes of one byte deflated, built a MB at a time (fast, small)."""
    c = zlib.compressobj(9)
    block = byte * MB
    parts = [c.compress(block) for _ in range(size // MB)]
    return b"".join(parts) + c.compress(byte * (size % MB)) + c.flush()


def _write(path: Path, pages: list[bytes], *, image: bytes | None = None,
           image_size: tuple[int, int] = (0, 0), length_ref: bool = False) -> Path:
    """A PDF whose pages have the given Flate-compressed content streams,
    and optionally one Flate page image (a scan) drawn on every page."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog, tree, font = add(b""), add(b""), add(_FONT)
    xobject = b""
    if image is not None:
        w, h = image_size
        im = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                 b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
                 % (w, h, len(image), image))
        xobject = b" /XObject << /Im1 %d 0 R >>" % im
    kids = []
    for body in pages:
        if length_ref:
            n = add(b"%d" % len(body))
            stream = add(b"<< /Filter /FlateDecode /Length %d 0 R >>\nstream\n%s\nendstream" % (n, body))
        else:
            stream = add(b"<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (len(body), body))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >>%s >> >>" % (tree, stream, font, xobject)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    path.write_bytes(serialize(objects, catalog))
    return path


def _page_text(n: int) -> bytes:
    lines = ACT.format(n=n).splitlines() + [f"Пункт {i}. Текст пункта о дорогах поселения." for i in range(40)]
    ops = [b"BT /F1 11 Tf 70 %d Td %s Tj ET" % (800 - 14 * i, _pdf_string(line))
           for i, line in enumerate(lines) if line]
    return zlib.compress(b"\n".join(ops))


def test_a_pdf_whose_content_stream_inflates_to_300_mb_is_refused_fast(tmp_path):
    bomb = _deflate_blank(300 * MB)
    path = _write(tmp_path / "bomb.pdf", [_page_text(1), bomb])
    assert path.stat().st_size < 600 * 1024
    started = time.perf_counter()
    with pytest.raises(IngestError) as ex:
        pdf.read_pdf(path, LIMITS)
    assert time.perf_counter() - started < 2.0   # counting stops at the cap
    reason = ex.value.reason
    assert reason.startswith("PDF decompression bomb: a stream of ") and "(limit 200:1)" in reason, reason
    assert key_of(reason) == "pdf_bomb_stream"
    assert explain(reason).startswith("PDF-бомба: поток в ")


def test_a_bomb_whose_length_is_indirect_or_split_in_small_streams_is_refused_too(tmp_path):
    # the stream's /Length is a reference: the file's budget (200 times its size) stops it
    path = _write(tmp_path / "ref.pdf", [_deflate_blank(300 * MB)], length_ref=True)
    with pytest.raises(IngestError, match=r"PDF decompression bomb: its streams inflate to over \d+ MB"):
        pdf.read_pdf(path, LIMITS)
    # a real 2 MB content stream whose /Length is a reference (``123 0 R``) reads
    body = zlib.compress(b"\n".join(b"BT /F1 11 Tf 70 %d Td (%d) Tj ET" % (i % 800, i) for i in range(60_000)))
    assert len(body) > 10_000
    ok = _write(tmp_path / "ok.pdf", [body] * 3, length_ref=True)
    assert pdfbomb.check_pdf_streams(ok.read_bytes(), LIMITS) > 6 * MB
    assert pdfbomb._LENGTH.search(b"/Length 123 0 R") is None
    # 300 streams of 1 MB (each under the stream floor): the file's own budget stops them
    one = _deflate_blank(MB)
    path = _write(tmp_path / "split.pdf", [one] * 300)
    with pytest.raises(IngestError) as ex:
        pdf.read_pdf(path, LIMITS)
    reason = ex.value.reason
    budget = 200 * path.stat().st_size // MB     # 200 times the file's size
    assert reason == (f"PDF decompression bomb: its streams inflate to over {budget} MB "
                      f"(limit {budget} MB for this file)")
    assert key_of(reason) == "pdf_bomb"
    assert explain(reason) == (f"PDF-бомба: потоки файла распаковываются более чем в {budget} МБ "
                               f"(предел для этого файла {budget} МБ)")
    # the cap is a Limits field
    assert pdfbomb.check_pdf_streams(path.read_bytes(), Limits(max_pdf_ratio=10_000)) == 300 * MB


def test_the_batch_refuses_the_bomb_and_goes_on(tmp_path):
    delivery = tmp_path / "delivery"
    delivery.mkdir()
    _write(delivery / "a_bomb.pdf", [_deflate_blank(300 * MB)])
    (delivery / "b_act.txt").write_text(ACT.format(n=147), encoding="utf-8")
    got = _run(tmp_path, delivery)
    assert got["a_bomb.pdf"].status == "failed"
    assert got["a_bomb.pdf"].reason.startswith("PDF decompression bomb"), got["a_bomb.pdf"].reason
    assert got["b_act.txt"].status == "new"


def test_a_long_text_pdf_and_a_scan_still_read(tmp_path):
    # 2,000 pages of text, each its own Flate content stream
    path = _write(tmp_path / "long.pdf", [_page_text(i) for i in range(2000)])
    assert pdfbomb.check_pdf_streams(path.read_bytes(), LIMITS) > 2000 * 1000
    parsed = pdf.read_pdf(path, LIMITS)
    assert parsed.page_count == 2000 and "Сосновского" in parsed.pages[-1]
    # a scan: a white A4 page at 300 dpi in Flate inflates 8.7 MB from ~10 KB
    # (800:1), on 30 pages; it is an image, never inflated by reading text
    w, h = 2480, 3508
    white = _deflate_blank(w * h, b"\xff")
    assert w * h / len(white) > 500
    path = _write(tmp_path / "scan.pdf", [zlib.compress(b"q 595 0 0 842 0 0 cm /Im1 Do Q")] * 30,
                  image=white, image_size=(w, h))
    with pytest.raises(NeedsReader, match=r"image-only PDF: needs OCR \(30 pages\)"):
        pdf.read_pdf(path, LIMITS)
