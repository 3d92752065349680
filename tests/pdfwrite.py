"""The tests' own minimal PDF writer: numbered objects, the cross-reference
table and the trailer, so test files compose pages and streams and leave the
file's frame here (tests/test_formats.py, tests/test_pdfcap88.py)."""
from __future__ import annotations


def serialize(objects: list[bytes], catalog: int, trailer: bytes = b"") -> bytes:
    """A PDF file of ``objects`` (object N is ``objects[N - 1]``) whose root is
    ``catalog``; ``trailer`` adds entries to the trailer dictionary."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, (b" " + trailer) if trailer else b"", xref)
    return bytes(out)
