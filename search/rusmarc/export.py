"""Records of the fund → a RUSMARC file: each act once (a linked copy gives
its act's record), with what the fund knows about it (status, links, URLs),
and the warnings naming each record that lost characters to the code page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ingest.fund import Fund
from ingest.records import Record
from search.rusmarc.charset import CP1251, fit_record
from search.rusmarc.fields import CHARSET_CP1251, CHARSET_UTF8, Extras, Linked, Settings, to_marc
from search.rusmarc.serialize import UTF8, write

FORMATS = ("iso2709", "marcxml")
ENCODINGS = (UTF8, CP1251)
SUFFIX = {"iso2709": "iso", "marcxml": "xml"}
MIME = {"iso2709": "application/marc", "marcxml": "application/marcxml+xml"}


@dataclass(frozen=True)
class MarcExport:
    data: bytes
    count: int
    warnings: tuple[str, ...]


def primary_records(fund: Fund, records: Iterable[Record]) -> list[Record]:
    """Each act once: a linked copy (``duplicate_of``) stands for its act."""
    out, seen = [], set()
    for rec in records:
        if rec.duplicate_of:
            rec = fund.get_record(rec.duplicate_of) or rec
        if rec.id not in seen:
            seen.add(rec.id)
            out.append(rec)
    return out


def settings_of(fund: Fund, encoding: str = UTF8) -> Settings:
    """The library's code and the rubric scheme's name and labels."""
    from ingest.settings import library_code, region_code, scheme_path
    from search.lists import rubric_scheme
    labels, _order = rubric_scheme(fund.home)
    return Settings(library_code=library_code(fund.home), region_code=region_code(fund.home),
                    scheme_name=scheme_name(scheme_path(fund.home)),
                    rubric_labels=labels,
                    charset=CHARSET_CP1251 if encoding == CP1251 else CHARSET_UTF8)


def scheme_name(path: Path | None) -> str:
    """686 $2: the scheme's top-level ``name:`` if it has one, else
    ``actdesk`` (one line read: the scheme itself is parsed by its loader)."""
    if path is None or not Path(path).exists():
        return "actdesk"
    import yaml
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "actdesk"
    m = re.search(r"^name:[^\n]*$", text, re.MULTILINE)
    try:
        name = (yaml.safe_load(m.group(0)) or {}).get("name") if m else None
    except yaml.YAMLError:
        name = None
    return str(name).strip() if name and str(name).strip() else "actdesk"


def extras_of(fund: Fund, rec: Record, *, source_url: str | None = None,
              base_url: str | None = None) -> Extras:
    from search.links_view import links_of, status_of
    links = tuple(Linked(ln.relation, ln.text, fund.get_record(ln.record_id) if ln.record_id else None)
                  for ln in links_of(fund, rec))
    alone = len(fund.records_of_file(rec.source.sha256)) <= 1
    base = base_url.rstrip("/") if base_url else None
    return Extras(status=status_of(fund, rec), links=links, source_url=source_url,
                  file_url=f"{base}/file/{rec.id}" if base else None,
                  card_url=f"{base}/act/{rec.id}" if base else None, alone_in_file=alone)


def export_records(fund: Fund, records: Iterable[Record], fmt: str, encoding: str = UTF8,
                   base_url: str | None = None) -> MarcExport:
    """The RUSMARC file of ``records`` (copies folded into their acts)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {', '.join(ENCODINGS)}, not {encoding!r}")
    from search.lists import source_urls
    recs = primary_records(fund, records)
    st = settings_of(fund, encoding)
    urls = source_urls(fund, recs)
    out, warnings = [], []
    for rec in recs:
        m = to_marc(rec, extras_of(fund, rec, source_url=urls.get(rec.id), base_url=base_url), st)
        lost = fit_record(m, encoding)
        if lost:
            warnings.append(f"{rec.id}: characters outside {encoding} replaced: "
                            + " ".join(sorted(lost)))
        out.append(m)
    return MarcExport(write(out, fmt, encoding), len(out), tuple(warnings))
