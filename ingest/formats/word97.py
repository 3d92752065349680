"""Word 97-2003 ``.doc``: the stories antiword and catdoc leave out or put last.

A form's letterhead often sits in the page header and its heading, date or
number in text boxes; Word keeps both in stories of their own after the
main text (``ccpHdd``, ``ccpTxbx`` of the FIB), which antiword does not
print and catdoc prints after the signature. This module reads just those
stories from the compound file (pure Python, no program): the first page's
header and the text boxes, so the ``.doc`` reader can put them on top,
where the form prints them, as the DOCX, RTF and ODT readers do.

Formats: [MS-CFB] (sectors, FAT, directory) and [MS-DOC] (FIB, the piece
table in the ``0Table``/``1Table`` stream, PlcfHdd). Anything unexpected
gives empty stories: the main text still comes from antiword.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

from .. import textio

_CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_END = 0xFFFFFFFE


@dataclass(frozen=True)
class Stories:
    header: str = ""      # the header printed on page 1
    footer: str = ""      # the first page's own footer (a register stamp), not a running one
    text_boxes: str = ""  # the text of every text box of the main document
    # pieces of the main text printed otherwise than stored, in order:
    # (character position, stored, printed) -- hidden text prints as "",
    # capitals as capitals
    restyled: tuple[tuple[int, str, str], ...] = ()


def doc_stories(path: Path) -> Stories:
    """The first page's header and footer and the text boxes of a ``.doc``; empty when
    the file does not parse (antiword's text is read all the same)."""
    try:
        streams = _cfb_streams(Path(path).read_bytes(), ("WordDocument", "0Table", "1Table"))
        return _stories(streams)
    except (ValueError, IndexError, KeyError, struct.error, OSError, UnicodeDecodeError):
        return Stories()


# -- compound file ---------------------------------------------------------------


def _cfb_streams(data: bytes, names: tuple[str, ...]) -> dict[str, bytes]:
    if data[:8] != _CFB_MAGIC:
        raise ValueError("not a compound file")
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini = 1 << struct.unpack_from("<H", data, 0x20)[0]
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    cutoff, first_minifat, n_minifat, first_difat, n_difat = struct.unpack_from("<IIIII", data, 0x38)

    def at(s: int) -> bytes:
        off = (s + 1) * sector
        if off >= len(data):
            raise ValueError("sector out of the file")
        return data[off:off + sector]

    difat = [x for x in struct.unpack_from("<109I", data, 0x4C) if x < _END]
    s, seen = first_difat, 0
    while s < _END and seen < n_difat:
        ids = struct.unpack(f"<{sector // 4}I", at(s))
        difat += [x for x in ids[:-1] if x < _END]
        s, seen = ids[-1], seen + 1
    fat: list[int] = []
    for s in difat[:n_fat]:
        fat += struct.unpack(f"<{sector // 4}I", at(s))

    def chain(start: int, table: list[int], size: int = sector) -> list[int]:
        most = len(data) // size + 1  # a chain that loops is cut at the file's size (in its sectors)
        out = []
        while start < _END and len(out) < most:
            out.append(start)
            start = table[start]
        return out

    def read(start: int) -> bytes:
        return b"".join(at(s) for s in chain(start, fat))

    directory = read(first_dir)
    entries = []
    for off in range(0, len(directory) - 127, 128):
        raw = directory[off:off + 128]
        name_len = struct.unpack_from("<H", raw, 0x40)[0]
        name = raw[:max(0, name_len - 2)].decode("utf-16-le", "replace")
        kind = raw[0x42]
        start, size = struct.unpack_from("<II", raw, 0x74)
        entries.append((name, kind, start, size))
    root = next(e for e in entries if e[1] == 5)
    ministream = read(root[2]) if root[2] < _END else b""
    minifat: list[int] = []
    if n_minifat:
        for s in chain(first_minifat, fat):
            minifat += struct.unpack(f"<{sector // 4}I", at(s))
    out = {}
    for name, kind, start, size in entries:
        if kind != 2 or name not in names:
            continue
        if size < cutoff:
            blob = b"".join(ministream[s * mini:(s + 1) * mini] for s in chain(start, minifat, mini))
        else:
            blob = read(start)
        out[name] = blob[:size]
    return out


# -- Word document -----------------------------------------------------------------

# FibRgLw97 character counts and FibRgFcLcb97 offsets, absolute in the FIB
_CCP = {"text": 0x4C, "ftn": 0x50, "hdd": 0x54, "atn": 0x5C, "edn": 0x60, "txbx": 0x64, "hdrtxbx": 0x68}
_FC_PLCFHDD = 0x9A + 11 * 8
_FC_PLCFBTECHPX = 0x9A + 12 * 8
_FC_CLX = 0x9A + 33 * 8
_FC_PLCSPAMOM = 0x9A + 40 * 8   # the main text's shapes and their places
_FC_PLCFTXBXTXT = 0x9A + 56 * 8  # the text-box story's boxes and their shapes
# character properties (sprm -> which look): hidden, deleted revision,
# capitals, small capitals
_SPRM_HIDDEN = frozenset({0x083C, 0x0800})
_SPRM_CAPS = frozenset({0x083B, 0x083A})
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
# Characters that are marks, not text: cell and row ends, fields, objects
_MARKS = {0x07: "\t", 0x0B: "\n", 0x0C: "\n", 0x0D: "\n", 0x1E: "-", 0x1F: "", 0x01: "",
          0x08: "", 0x02: "", 0x05: "", 0xA0: " "}


def _stories(streams: dict[str, bytes]) -> Stories:
    wd = streams["WordDocument"]
    if struct.unpack_from("<H", wd, 0)[0] != 0xA5EC:
        raise ValueError("not a Word 97 document")
    flags = struct.unpack_from("<H", wd, 0x0A)[0]
    table = streams["1Table" if flags & 0x0200 else "0Table"]
    ccp = {k: struct.unpack_from("<i", wd, off)[0] for k, off in _CCP.items()}
    fc_clx, lcb_clx = struct.unpack_from("<II", wd, _FC_CLX)
    pieces = _pieces(table[fc_clx:fc_clx + lcb_clx])

    try:
        looks = _looks(wd, table, pieces)
    except (ValueError, IndexError, struct.error):
        looks = []  # formats unreadable: the stories are still read, as stored

    def text(cp: int, n: int) -> str:
        return _clean(_printed(_chars(wd, pieces, cp, cp + n), cp, looks)) if n > 0 else ""

    hdd_start = ccp["text"] + ccp["ftn"]
    header = footer = ""
    fc_hdd, lcb_hdd = struct.unpack_from("<II", wd, _FC_PLCFHDD)
    if ccp["hdd"] > 0 and lcb_hdd >= 4 * 13:
        cps = struct.unpack_from(f"<{lcb_hdd // 4}i", table, fc_hdd)
        # 6 separator stories, then per section: even/odd header, even/odd
        # footer, first header, first footer
        for k in (10, 7):
            if k + 1 < len(cps):
                got = text(hdd_start + cps[k], cps[k + 1] - cps[k])
                if any(c.isalpha() for c in got):
                    header = got
                    break
        got = text(hdd_start + cps[11], cps[12] - cps[11]) if len(cps) > 12 else ""
        footer = got if any(c.isalpha() for c in got) else ""
    txbx_start = hdd_start + ccp["hdd"] + ccp["atn"] + ccp["edn"]
    try:
        boxes = _boxes_in_print_order(wd, table, txbx_start, text)
    except (ValueError, IndexError, struct.error):
        boxes = None  # the shapes' table unreadable: the story as stored
    if boxes is None:
        boxes = text(txbx_start, ccp["txbx"])
    if not header:
        # a header whose letterhead is a text box keeps it in the header
        # text-box story, after the main one (page numbers have no letters)
        got = text(txbx_start + ccp["txbx"], ccp["hdrtxbx"]) if ccp["hdrtxbx"] <= 2000 else ""
        header = got if any(c.isalpha() for c in got) else ""
    restyled = _restyled(_chars(wd, pieces, 0, ccp["text"]), looks, ccp["text"])
    return Stories(header=header, footer=footer, text_boxes=boxes, restyled=restyled)


def _boxes_in_print_order(wd: bytes, table: bytes, start: int, text) -> str | None:
    """The text-box story box by box, top to bottom and left to right on the
    page (each box's ``lid`` in ``PlcftxbxTxt`` names its shape, whose place
    ``PlcSpaMom`` holds): Word keeps boxes in the order they were drawn, the
    date's before the letterhead's. None when a box has no place."""
    fc_txbx, lcb_txbx = struct.unpack_from("<II", wd, _FC_PLCFTXBXTXT)
    fc_spa, lcb_spa = struct.unpack_from("<II", wd, _FC_PLCSPAMOM)
    if lcb_txbx < 4 + 4 + 22 or lcb_spa < 4 + 4 + 26:
        return None
    n_spa = (lcb_spa - 4) // 30
    places = {}
    for k in range(n_spa):
        spid, left, top = struct.unpack_from("<Iii", table, fc_spa + 4 * (n_spa + 1) + 26 * k)
        places[spid] = (top, left)
    n = (lcb_txbx - 4) // 26
    cps = struct.unpack_from(f"<{n + 1}i", table, fc_txbx)
    boxes = []
    for k in range(n - 1):  # the last entry closes the story
        lid = struct.unpack_from("<I", table, fc_txbx + 4 * (n + 1) + 22 * k + 14)[0]
        got = text(start + cps[k], cps[k + 1] - cps[k])
        if not got.strip():
            continue
        if lid not in places:
            return None
        boxes.append((*places[lid], got))
    if not boxes:
        return None
    return "\n".join(body for _, _, body in textio.print_order(boxes, 200))  # 10 pt, in twips


def _looks(wd: bytes, table: bytes, pieces) -> list[tuple[int, int, bool, bool]]:
    """(cp start, cp end, hidden, capitals) of every run that sets either
    directly (the CHPX pages of ``PlcBteChpx``); a run that takes them from
    its style is not seen (Word writes a form's capitals as direct format
    far more often)."""
    fc, lcb = struct.unpack_from("<II", wd, _FC_PLCFBTECHPX)
    if lcb < 12:
        return []
    n = (lcb - 4) // 8
    pns = struct.unpack_from(f"<{n}I", table, fc + 4 * (n + 1))
    runs: list[tuple[int, int, bool, bool]] = []
    for pn in pns:
        page = wd[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for k in range(crun):
            at = page[4 * (crun + 1) + k] * 2
            if not at:
                continue
            hidden, caps = _chpx(page[at + 1:at + 1 + page[at]])
            if hidden or caps:
                runs.extend((a, b, hidden, caps) for a, b in _fc_to_cp(rgfc[k], rgfc[k + 1], pieces))
    return sorted(runs)


def _chpx(grpprl: bytes) -> tuple[bool, bool]:
    hidden = caps = False
    i = 0
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        size = _OPERAND.get(sprm >> 13)
        if size is None:  # variable length: a byte of length first
            size = 1 + (grpprl[i] if i < len(grpprl) else 0)
        if sprm in _SPRM_HIDDEN or sprm in _SPRM_CAPS:
            on = i < len(grpprl) and grpprl[i] in (1, 0x81)
            if sprm in _SPRM_HIDDEN:
                hidden = hidden or on
            else:
                caps = caps or on
        i += size
    return hidden, caps


def _fc_to_cp(fa: int, fb: int, pieces):
    """The character ranges a byte range of the text stream holds."""
    for a, b, off, compressed in pieces:
        width = 1 if compressed else 2
        lo, hi = max(fa, off), min(fb, off + (b - a) * width)
        if lo < hi:
            yield a + (lo - off) // width, a + (hi - off + width - 1) // width


def _printed(raw: str, cp: int, looks) -> str:
    """Characters from ``cp`` on as printed: hidden ones dropped, capitals."""
    if not looks:
        return raw
    out = list(raw)
    for a, b, hidden, caps in looks:
        lo, hi = max(a - cp, 0), min(b - cp, len(raw))
        for i in range(lo, hi):
            out[i] = "" if hidden else out[i].upper() if caps else out[i]
    return "".join(out)


def _restyled(raw: str, looks, end: int) -> tuple[tuple[int, str, str], ...]:
    """(position, stored, printed) of each line piece of the main text whose look
    changes it, field codes left out (antiword does not print them)."""
    code = [False] * len(raw)
    depth: list[bool] = []
    for i, ch in enumerate(raw):
        o = ord(ch)
        if o == 0x13:
            depth.append(True)
        elif o == 0x14 and depth:
            depth[-1] = False
        elif o == 0x15 and depth:
            depth.pop()
        code[i] = any(depth)
    out = []
    for a, b, hidden, caps in looks:
        if a >= end:
            break
        piece = "".join(ch for i, ch in enumerate(raw[a:min(b, end)], a) if not code[i])
        for part in re.split(r"[\x00-\x1f]+", piece):
            if part.strip():
                out.append((a, part, "" if hidden else part.upper()))
    return tuple(out)


def _pieces(clx: bytes) -> list[tuple[int, int, int, bool]]:
    """(cp start, cp end, byte offset, 8-bit) of each piece of text."""
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # property modifiers
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 0x02:
        raise ValueError("no piece table")
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
    out = []
    for k in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc & 0x40000000)
        off = (fc & ~0x40000000) // 2 if compressed else fc
        out.append((cps[k], cps[k + 1], off, compressed))
    return out


def _chars(wd: bytes, pieces, lo: int, hi: int) -> str:
    parts = []
    for a, b, off, compressed in pieces:
        s, e = max(a, lo), min(b, hi)
        if s >= e:
            continue
        if compressed:
            parts.append(wd[off + s - a:off + e - a].decode("cp1252", "replace"))
        else:
            parts.append(wd[off + 2 * (s - a):off + 2 * (e - a)].decode("utf-16-le", "replace"))
    return "".join(parts)


def _clean(raw: str) -> str:
    """Field codes dropped (their results kept), marks turned into breaks."""
    out = []
    depth_code = []  # per open field: still in its code part
    for ch in raw:
        o = ord(ch)
        if o == 0x13:
            depth_code.append(True)
            continue
        if o == 0x14:
            if depth_code:
                depth_code[-1] = False
            continue
        if o == 0x15:
            if depth_code:
                depth_code.pop()
            continue
        if any(depth_code):
            continue
        out.append(_MARKS.get(o, ch) if o < 0x20 or o == 0xA0 else ch)
    return "".join(out).strip()
