"""E-mail (``.eml``) and mailboxes (mbox): administrations send acts by mail.

A message is a delivery, not a document: the batch keeps the message
itself (byte for byte, like an archive) and imports what it carries as
items of their own, each with the sender, date and subject as its
provenance:

- the **body**, when it holds an act (a kind word and a date or number in
  its heading) -- the text part, else the HTML part;
- every **attachment** as a file (a zip attached is opened in turn, a
  message attached is a message).

A mailbox is split into its messages, each handled as above. Only the
standard library is used (``email``, ``mailbox``-style ``From_`` split).
"""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath

from .. import textio
from ..records import IngestError, Parsed
from . import tnef
from .limits import DEFAULT_LIMITS, Limits
from . import html as html_reader  # one HTML-to-text: tables, entities, chrome as for web pages

EML = "message/rfc822"
MBOX = "application/mbox"

_FROM_LINE = re.compile(rb"^From \S*.*$", re.MULTILINE)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class Part:
    name: str
    data: bytes


@dataclass(frozen=True)
class Mail:
    sender: str | None
    date: str | None        # ISO 8601 when the Date header parses
    subject: str | None
    body: Part | None       # the body as a file, only when it holds an act
    attachments: tuple[Part, ...] = ()
    body_text: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def provenance(self) -> dict:
        return {"mail_from": self.sender, "mail_date": self.date, "mail_subject": self.subject}

    def summary(self) -> str:
        who = self.sender or "unknown sender"
        when = f", {self.date}" if self.date else ""
        what = f" «{self.subject}»" if self.subject else ""
        parts = []
        if self.body is not None:
            parts.append("the body")
        if self.attachments:
            parts.append(f"{len(self.attachments)} attachment" + ("s" if len(self.attachments) != 1 else ""))
        carried = " and ".join(parts) if parts else "nothing to import"
        notes = "".join(f"; {n}" for n in self.notes)
        return f"e-mail from {who}{when}{what}: {carried}{notes}"


def split_mbox(data: bytes) -> list[bytes]:
    """The raw messages of an mbox (``From_`` lines separate them)."""
    data = data.replace(b"\r\n", b"\n")
    starts = [m.start() for m in _FROM_LINE.finditer(data)
              if m.start() == 0 or data[m.start() - 1:m.start()] == b"\n"]
    messages = []
    for a, b in zip(starts, starts[1:] + [len(data)]):
        chunk = data[a:b]
        chunk = chunk.split(b"\n", 1)[1] if b"\n" in chunk else b""
        # mboxrd/mboxo quoting of body lines that started with "From "
        chunk = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)
        if chunk.strip():
            messages.append(chunk)
    return messages


def parse_message(data: bytes, limits: Limits = DEFAULT_LIMITS, max_parts: int = 10_000) -> Mail:
    """Sender, date, subject, the body if it holds an act, the attachments."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as ex:  # the email package raises many kinds on broken input
        raise IngestError(f"damaged e-mail message: {ex}") from ex
    sender = _header(msg, "From")
    subject = _header(msg, "Subject")
    date = _date(_header(msg, "Date"))
    plain, html = None, None
    attachments: list[Part] = []
    notes: list[str] = []
    names: set[str] = set()
    for part in msg.walk():
        if len(attachments) >= max_parts:
            notes.append(f"more than {max_parts} attachments: the rest is not imported")
            break
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        if disposition != "attachment" and not filename and ctype in ("text/plain", "text/html"):
            text = _text_of(part)
            if ctype == "text/plain" and plain is None:
                plain = text
            elif ctype == "text/html" and html is None:
                html = text
            continue
        if ctype == "message/rfc822" and part.is_multipart() is False and not filename:
            filename = "message.eml"
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        if payload is None:
            inner = part.get_payload()
            if isinstance(inner, list) and inner:  # an attached message
                payload = inner[0].as_bytes() if hasattr(inner[0], "as_bytes") else None
                filename = filename or "message.eml"
        if not payload:
            continue
        if ctype == tnef.MEDIA_TYPE or (filename or "").lower() == "winmail.dat" \
                or tnef.is_tnef(payload):
            inner, note = _unpack_tnef(payload, limits, names, len(attachments))
            notes.append(note)
            attachments.extend(inner)
            if inner:
                continue
            if "holds no files" in note:
                continue  # only Outlook's formatting: the message itself is kept
        attachments.append(Part(_unique(_safe_name(filename, ctype, len(attachments) + 1), names),
                                payload))
    body_text = plain if plain is not None else (html_reader.extract(html).text if html else "")
    body = None
    if body_text.strip() and holds_act(body_text):
        stem = _safe_name(subject, "text/plain", 0) if subject else "message"
        stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", stem)[:80] or "message"
        if plain is not None:
            body = Part(_unique(stem + ".txt", names), plain.encode("utf-8"))
        else:
            body = Part(_unique(stem + ".html", names), b"\xef\xbb\xbf" + (html or "").encode("utf-8"))
    return Mail(sender, date, subject, body, tuple(attachments), body_text, tuple(notes))


def tnef_parts(data: bytes, names: set[str] | None = None, first: int = 0, **bounds) -> list[Part]:
    """The files of an Outlook ``winmail.dat`` as parts with safe, unique
    names (``bounds``: ``tnef.attachments``' limits; ``TnefError`` when broken)."""
    names = set() if names is None else names
    return [Part(_unique(_safe_name(f.name, "", first + k), names), f.data)
            for k, f in enumerate(tnef.attachments(data, **bounds), 1)]


def _unpack_tnef(payload: bytes, limits: Limits, names: set[str], first: int) -> tuple[list, str]:
    """The files inside an Outlook ``winmail.dat`` and a note for the report."""
    try:
        parts = tnef_parts(payload, names, first, max_bytes=limits.max_unzipped_bytes)
    except tnef.TnefError as ex:
        return [], f"winmail.dat (Outlook TNEF) could not be unpacked: {ex}; kept as it is"
    if not parts:
        return [], "winmail.dat (Outlook TNEF) holds no files, only the message's formatting"
    return parts, f"winmail.dat (Outlook TNEF) unpacked: {len(parts)} file(s)"


def holds_act(text: str) -> bool:
    """Whether a message body is itself an act: a kind word with a date or number."""
    from ..requisites import extract_acts
    try:
        acts = extract_acts(textio.tidy(text))
    except Exception:
        return False
    return any(a.kind and a.kind != "публикация" and (a.number or a.date) for a in acts)


def messages_of(path: Path, media_type: str, limits: Limits = DEFAULT_LIMITS) -> list[bytes]:
    """The raw message(s) of an .eml (one) or an mbox (each)."""
    data = Path(path).read_bytes()
    if media_type == MBOX:
        return split_mbox(data)
    return [data]


def read_mail(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """A message as a document: its headers and body text.

    The batch opens messages like archives (``pipeline``); this reader
    serves ``ingest.formats.read`` callers outside a batch.
    """
    from ..detect import detect_file
    media = detect_file(Path(path))
    raws = messages_of(Path(path), media, limits)
    if not raws:
        raise IngestError("mailbox holds no messages")
    pages = []
    for raw in raws:
        m = parse_message(raw, limits)
        head = "\n".join(f"{k}: {v}" for k, v in (("From", m.sender), ("Date", m.date),
                                                   ("Subject", m.subject)) if v)
        names = "\n".join(f"[attachment] {a.name}" for a in m.attachments)
        pages.append(textio.tidy("\n\n".join(x for x in (head, m.body_text, names) if x)))
    first = parse_message(raws[0], limits)
    return Parsed(media_type=media, pages=tuple(pages),
                  page_count=len(pages) if media == MBOX else None,
                  meta=first.provenance())


# -- helpers -------------------------------------------------------------------


def _header(msg: EmailMessage, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:
        return None
    if value is None:
        return None
    value = re.sub(r"\s+", " ", str(value)).strip()
    return value or None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def _text_of(part) -> str:
    raw = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    return textio.decode(raw, declared=charset).text


_EXT = {"application/pdf": ".pdf", "application/msword": ".doc", "application/rtf": ".rtf",
        "application/zip": ".zip", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif",
        "text/plain": ".txt", "text/html": ".html", "message/rfc822": ".eml"}


def _safe_name(filename: str | None, ctype: str, index: int) -> str:
    name = PurePosixPath((filename or "").replace("\\", "/")).name
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name:
        name = f"attachment-{index}{_EXT.get(ctype, '.bin')}"
    return name[:200]


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
    used.add(candidate)
    return candidate
