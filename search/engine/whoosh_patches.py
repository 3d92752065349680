"""Whoosh, patched where it cost us memory or time (applied on import).

Whoosh itself stays unmodified on disk; importing this module (the Whoosh
store and engine do, first thing) swaps three pieces: segment sub-files are
read through the mmap instead of copied (``_ViewFile``), posting-id deltas
are summed in C, and a field's length bytes are read once per segment.
Each replacement gives Whoosh's own results (tests/test_index.py reads
segments through ``_ViewFile``).
"""
from __future__ import annotations

import itertools

from whoosh.codec import whoosh3 as _w3
from whoosh.filedb import compound as _wcompound
from whoosh.filedb.structfile import BufferFile as _BufferFile


class _ViewIO:
    """A read-only file over a memoryview (a slice of the segment's mmap).

    Whoosh's compound storage hands each sub-file (postings, term index,
    columns) to ``BufferFile``, which wraps it in ``BytesIO(buf)``: that
    *copies* the whole sub-file into the heap (at 100 k records ~870 MB of
    anonymous memory, plus every page of the mmap touched by the copy). Read
    through the view instead: only the pages a query touches are resident,
    and they are the kernel's (reclaimable) page cache."""

    __slots__ = ("_buf", "_pos", "_len", "closed")

    def __init__(self, buf):
        self._buf = buf
        self._pos = 0
        self._len = len(buf)
        self.closed = False

    def read(self, size=-1):
        p = self._pos
        e = self._len if size is None or size < 0 else min(self._len, p + size)
        if e <= p:
            return b""
        self._pos = e
        return self._buf[p:e].tobytes()

    def peek(self, size=0):
        # lets the C unpickler parse a block header from one prefetch
        # instead of calling read() per opcode
        p = self._pos
        return self._buf[p:min(self._len, p + max(size, 4096))].tobytes()

    def readline(self, size=-1):
        p = self._pos
        e = self._len if size is None or size < 0 else min(self._len, p + size)
        q = p
        while q < e:  # look for the newline a chunk at a time (no big copy)
            i = self._buf[q:min(e, q + 4096)].tobytes().find(b"\n")
            if i >= 0:
                return self.read(q + i + 1 - p)
            q += 4096
        return self.read(e - p)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._len
        self._pos = max(0, pos)
        return self._pos

    def tell(self):
        return self._pos

    def close(self):
        self.closed = True
        self._buf = memoryview(b"")


class _ViewFile(_BufferFile):
    """``BufferFile`` without the copy (see ``_ViewIO``)."""

    def __init__(self, buf, name=None, onclose=None):
        self._buf = buf
        self._name = name
        self.file = _ViewIO(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    def subset(self, position, length, name=None):
        return _ViewFile(self._buf[position:position + length], name=name or self._name)


_wcompound.BufferFile = _ViewFile
# posting ids are stored as deltas; Whoosh decodes them with a Python
# generator, itertools.accumulate yields the same running sums in C
_w3.delta_decode = itertools.accumulate


def _doc_field_length(self, docnum, fieldname, default=0):
    """Whoosh's ``W3PerDocReader.doc_field_length`` (same results) reading
    the field's length bytes once instead of a column lookup per call: it is
    called for every posting written at commit and every match it scores."""
    if docnum > self._doccount:
        raise IndexError("Asked for docnum %r of %d" % (docnum, self._doccount))
    cache = self.__dict__.get("_actdesk_lengths")
    if cache is None:
        cache = self._actdesk_lengths = {}
    codes = cache.get(fieldname)
    if codes is None:
        rd = self._cached_reader(_w3._lenfield(fieldname), _w3.LENGTHS_COLUMN)
        codes = cache[fieldname] = (False if rd is None
                                    else rd._dbfile.get(rd._basepos, rd._count))
    if codes is False:
        return default
    lbyte = codes[docnum] if docnum < len(codes) else 0
    if lbyte:
        return _w3.byte_to_length(lbyte)


_W3_DOC_FIELD_LENGTH = _w3.W3PerDocReader.doc_field_length  # Whoosh's own
_w3.W3PerDocReader.doc_field_length = _doc_field_length
