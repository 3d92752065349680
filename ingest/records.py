"""Plain dataclasses passed between the stages of the pipeline.

Data flows one way: file -> ``Parsed`` (text by page) -> ``ActFields`` (the
requisites of each act found in the text) -> ``Record`` (what the catalog
keeps and what ``actdesk export`` writes, per ../shared/spec/record.md).
Nothing here does I/O, so every stage can be tested with literals.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any


class IngestError(Exception):
    """The one domain error raised at a reader's boundary.

    ``reason`` is a short human sentence naming what is wrong with the file
    ("encrypted PDF: needs a password"); the batch records it and goes on.
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class NeedsReader(IngestError):
    """The file is fine but no reader in this build can read it yet.

    The file is kept as ``pending`` in the fund and retried by a later
    reader (OCR, legacy Word, ...), never dropped.
    """


@dataclass(frozen=True)
class Parsed:
    """What a format reader returns: text by page plus what it noticed.

    Non-paged formats (DOCX, TXT, HTML) return one element in ``pages`` and
    ``page_count`` None. ``pending_pages`` lists 1-based pages that hold no
    usable text and wait for OCR (image-only or garbled text layer).
    ``meta`` carries format facts such as ``{"url": ..., "html_title": ...}``.
    """

    media_type: str
    pages: tuple[str, ...]
    page_count: int | None = None
    warnings: tuple[str, ...] = ()
    pending_pages: tuple[int, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(p for p in self.pages if p)


@dataclass(frozen=True)
class Publication:
    name: str | None = None
    issue: str | None = None
    date: str | None = None
    page: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ActFields:
    """The requisites of one act found in a text, and that act's own text.

    A field the heading does not give is None and named in ``warnings``
    (``no_date``, ``no_number``, ...); it is never guessed.
    """

    kind: str | None
    number: str | None
    date: str | None  # ISO YYYY-MM-DD
    body: str | None
    level: str | None  # federal | regional | municipal
    title: str | None
    publication: Publication | None
    text: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rubric:
    code: str
    label: str
    source: str = "auto"  # auto | manual

    def to_dict(self) -> dict:
        return {"code": self.code, "label": self.label, "source": self.source}


@dataclass(frozen=True)
class Source:
    file_name: str
    sha256: str
    media_type: str
    pages: int | None

    def to_dict(self) -> dict:
        return {"file_name": self.file_name, "sha256": self.sha256,
                "media_type": self.media_type, "pages": self.pages}


@dataclass(frozen=True)
class Record:
    """One act (or article) as the catalog keeps it; the export contract."""

    id: str
    source: Source
    received_at: str  # ISO 8601 date-time, UTC
    kind: str | None
    number: str | None
    date: str | None
    body: str | None
    level: str | None
    title: str | None
    publication: Publication | None
    rubrics: tuple[Rubric, ...]
    text: str
    warnings: tuple[str, ...]
    batch: str | None = None
    duplicate_of: str | None = None  # same act already in the fund (another file)
    # what was read from a hand-filled requisites line, for the librarian to
    # check and for search: {"date": ISO or None, "number": whole number or
    # None, "number_digits": the digits also when a suffix stayed unread}
    handwritten: dict | None = None
    # links to other acts as the text cites them (ingest/links.py), each a
    # reference "постановление … от 31.01.2024 № 296-п «…»"
    amends: tuple[str, ...] = ()
    repeals: tuple[str, ...] = ()
    amended_by: tuple[str, ...] = ()  # as a legal database's print lists them
    # the status in force: the print's own note (a legal database's) joined
    # with the acts of the fund that repeal it (ingest/status.py), stored by
    # the catalog at every commit that can change it; the index filters by it
    status: dict | None = None
    # where the act belongs (ingest/territory/): {"region", "municipality"}
    # and, for a settlement, its "district"; None for a federal body
    territory: dict | None = None

    def to_dict(self) -> dict:
        """The JSON object of ../shared/spec/record.md (plus added fields)."""
        return {
            "id": self.id,
            "source": self.source.to_dict(),
            "received_at": self.received_at,
            "kind": self.kind,
            "number": self.number,
            "date": self.date,
            "body": self.body,
            "level": self.level,
            "title": self.title,
            "publication": self.publication.to_dict() if self.publication else None,
            "rubrics": [r.to_dict() for r in self.rubrics],
            "text": self.text,
            "warnings": list(self.warnings),
            "batch": self.batch,
            "duplicate_of": self.duplicate_of,
            "handwritten": self.handwritten,
            "amends": list(self.amends),
            "repeals": list(self.repeals),
            "amended_by": list(self.amended_by),
            "status": self.status,
            "territory": self.territory,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Record":
        pub = d.get("publication")
        return cls(
            id=d["id"],
            source=Source(**d["source"]),
            received_at=d["received_at"],
            kind=d.get("kind"),
            number=d.get("number"),
            date=d.get("date"),
            body=d.get("body"),
            level=d.get("level"),
            title=d.get("title"),
            publication=Publication(**pub) if pub else None,
            rubrics=tuple(Rubric(**r) for r in d.get("rubrics", [])),
            text=d.get("text", ""),
            warnings=tuple(d.get("warnings", [])),
            batch=d.get("batch"),
            duplicate_of=d.get("duplicate_of"),
            handwritten=d.get("handwritten"),
            amends=tuple(d.get("amends") or ()),
            repeals=tuple(d.get("repeals") or ()),
            amended_by=tuple(d.get("amended_by") or ()),
            status=d.get("status"),
            territory=d.get("territory"),
        )
