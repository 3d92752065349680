"""Plain text (.txt, .csv): decoded by ``textio``, one page."""
from __future__ import annotations

import re
from pathlib import Path

from .. import textio
from ..records import IngestError, Parsed
from .limits import DEFAULT_LIMITS, Limits


# C0 controls a text file carries that are no text: a DOS editor's end-of-file
# mark (Ctrl-Z) and stray bytes of old tools; they reached the record's
# text, its snippets and a dossier's full texts (tab, line ends, \v, \f stay)
_CONTROLS = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")


def read_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> Parsed:
    """The whole file as one page; the encoding used goes to ``meta``."""
    try:
        data = Path(path).read_bytes()
    except OSError as ex:
        raise IngestError(f"cannot read file: {ex.strerror or ex}") from ex
    if not data:
        raise IngestError("empty file: 0 bytes")
    if textio.looks_binary(data[:65536]):
        raise IngestError("binary data, not text")
    decoded = textio.decode(data)
    body, warnings = cap_text(textio.tidy(_CONTROLS.sub("", decoded.text)), limits)
    if not body.strip():
        raise IngestError("text file holds no text (only spaces or line breaks)")
    return Parsed(
        media_type="text/csv" if Path(path).suffix.lower() == ".csv" else "text/plain",
        pages=(body,),
        warnings=warnings,
        meta={"encoding": decoded.encoding},
    )


def cap_text(body: str, limits: Limits) -> tuple[str, tuple[str, ...]]:
    """Cut text over ``limits.max_text_chars``, saying so in a warning."""
    if len(body) <= limits.max_text_chars:
        return body, ()
    return body[: limits.max_text_chars], ("text_truncated",)
