"""``winmail.dat``: the attachments Outlook hides inside a TNEF part.

An administration's clerk who writes in Outlook with "Rich Text" format
sends one attachment, ``winmail.dat`` (``application/ms-tnef``), and the
decree is inside it. Without this module the batch would keep the message
and report an unreadable ``winmail.dat``; with it, the files inside become
batch items like any other attachment.

Only what carries files is read (MS-OXTNEF): attachment boundaries
(``attAttachRendData``), the 8-bit title (``attAttachTitle``, in the
message's OEM code page, cp1251 on Russian Windows), the bytes
(``attAttachData``) and, from the attachment's MAPI properties, the long
Unicode file name and the data when it is kept there. Embedded messages and
rendering pictures are skipped. The parser is bounded: it never reads past
the buffer, and the number and total size of attachments are limited.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

SIGNATURE = 0x223E9F78
MEDIA_TYPE = "application/ms-tnef"

LVL_MESSAGE, LVL_ATTACHMENT = 1, 2
ATT_OEM_CODEPAGE = 0x00069007
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005

PR_ATTACH_DATA_BIN = 0x3701
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_LONG_FILENAME = 0x3707
PR_DISPLAY_NAME = 0x3001

PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x001E, 0x001F, 0x0102, 0x000D
_FIXED = {0x0000: 0, 0x0001: 4, 0x0002: 4, 0x000B: 4, 0x0003: 4, 0x0004: 4, 0x000A: 4,
          0x0005: 8, 0x0006: 8, 0x0007: 8, 0x0014: 8, 0x0040: 8, 0x0048: 16}
_VARIABLE = {PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT}
_MULTI = 0x1000


class TnefError(ValueError):
    """Not TNEF, or a TNEF stream broken where it carries the files."""


@dataclass(frozen=True)
class TnefFile:
    name: str | None
    data: bytes


def is_tnef(data: bytes) -> bool:
    return len(data) >= 6 and struct.unpack_from("<I", data)[0] == SIGNATURE


def attachments(data: bytes, max_files: int = 1000, max_bytes: int = 200 * 1024 * 1024) \
        -> list[TnefFile]:
    """The files carried by a TNEF stream, in order."""
    if not is_tnef(data):
        raise TnefError("not a TNEF stream (no signature)")
    codepage = "cp1251"
    files: list[dict] = []
    total = 0
    offset = 6
    while offset + 9 <= len(data):
        level = data[offset]
        attr_id, length = struct.unpack_from("<II", data, offset + 1)
        start = offset + 9
        end = start + length
        if end + 2 > len(data):
            raise TnefError(f"attribute {attr_id:#010x} runs past the end of the stream")
        value = data[start:end]
        offset = end + 2  # the checksum is not needed to find the files
        if level == LVL_MESSAGE and attr_id == ATT_OEM_CODEPAGE and len(value) >= 4:
            codepage = _python_codepage(struct.unpack_from("<I", value)[0]) or codepage
        elif attr_id == ATT_ATTACH_REND_DATA:
            if len(files) >= max_files:
                raise TnefError(f"more than {max_files} attachments")
            files.append({})
        elif level == LVL_ATTACHMENT and files:
            current = files[-1]
            if attr_id == ATT_ATTACH_TITLE:
                current["title"] = _decode8(value, codepage)
            elif attr_id == ATT_ATTACH_DATA:
                current["data"] = value
                total += len(value)
            elif attr_id == ATT_ATTACHMENT:
                for prop_id, prop_type, prop_value in _mapi_props(value):
                    if prop_id == PR_ATTACH_LONG_FILENAME and prop_type in (PT_UNICODE, PT_STRING8):
                        current["long"] = _text(prop_value, prop_type, codepage)
                    elif prop_id == PR_ATTACH_FILENAME and prop_type in (PT_UNICODE, PT_STRING8):
                        current.setdefault("short", _text(prop_value, prop_type, codepage))
                    elif prop_id == PR_DISPLAY_NAME and prop_type in (PT_UNICODE, PT_STRING8):
                        current.setdefault("display", _text(prop_value, prop_type, codepage))
                    elif prop_id == PR_ATTACH_DATA_BIN and prop_type == PT_BINARY \
                            and "data" not in current:
                        current["data"] = prop_value
                        total += len(prop_value)
        if total > max_bytes:
            raise TnefError(f"attachments over {max_bytes // (1024 * 1024)} MB")
    out = []
    for f in files:
        if f.get("data"):
            name = f.get("long") or f.get("title") or f.get("short") or f.get("display")
            out.append(TnefFile(name.strip("\x00 ") or None if name else None, f["data"]))
    return out


def _mapi_props(data: bytes):
    """(id, type, value) of each single-valued property of a MAPI block;
    stops quietly at the first property it cannot size."""
    if len(data) < 4:
        return
    count = struct.unpack_from("<I", data)[0]
    pos = 4
    for _ in range(min(count, 10_000)):
        if pos + 4 > len(data):
            return
        prop_type, prop_id = struct.unpack_from("<HH", data, pos)
        pos += 4
        if prop_id >= 0x8000:  # a named property: GUID, kind, id or name
            if pos + 20 > len(data):
                return
            kind = struct.unpack_from("<I", data, pos + 16)[0]
            pos += 20
            if kind == 0:
                pos += 4
            else:
                if pos + 4 > len(data):
                    return
                n = struct.unpack_from("<I", data, pos)[0]
                pos += 4 + _pad4(n)
        multi = bool(prop_type & _MULTI)
        base = prop_type & ~_MULTI
        if base in _VARIABLE or multi:
            if pos + 4 > len(data):
                return
            values = struct.unpack_from("<I", data, pos)[0]
            pos += 4
        else:
            values = 1
        first = None
        for k in range(min(values, 100_000)):
            if base in _VARIABLE:
                if pos + 4 > len(data):
                    return
                n = struct.unpack_from("<I", data, pos)[0]
                pos += 4
                if pos + n > len(data):
                    return
                value = data[pos:pos + n]
                pos += _pad4(n)
            elif base in _FIXED:
                size = _FIXED[base]
                value = data[pos:pos + size]
                pos += size
            else:
                return  # an unknown type cannot be sized
            if k == 0:
                first = value
        if not multi and first is not None:
            yield prop_id, base, first


def _pad4(n: int) -> int:
    return (n + 3) & ~3


def _text(value: bytes, prop_type: int, codepage: str) -> str:
    if prop_type == PT_UNICODE:
        return value.decode("utf-16-le", errors="replace").split("\x00", 1)[0]
    return _decode8(value, codepage)


def _decode8(value: bytes, codepage: str) -> str:
    value = value.split(b"\x00", 1)[0]
    try:
        return value.decode(codepage)
    except (UnicodeDecodeError, LookupError):
        return value.decode("cp1251", errors="replace")


def _python_codepage(number: int) -> str | None:
    name = {65001: "utf-8", 20866: "koi8-r", 28595: "iso8859-5"}.get(number, f"cp{number}")
    try:
        "".encode(name)
    except LookupError:
        return None
    return name
