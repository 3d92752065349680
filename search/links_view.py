"""Links between acts as the card shows them: what this act amends and
repeals (resolved to records of the fund where the fund holds them) and
which acts of the fund amend or repeal it — its status in force as far as
the fund knows."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.fund import Fund
from ingest.links import body_matches, citations
from ingest.records import Record


@dataclass(frozen=True)
class Link:
    relation: str           # amends | repeals (outgoing); amended_by | repealed_by (incoming)
    text: str               # the reference, or the citing act's requisites
    record_id: str | None   # the other act when the fund holds it


def links_of(fund: Fund, rec: Record) -> list[Link]:
    """Everything the card shows: what the act amends and repeals, the
    amending acts its own print lists, and the acts of the fund that amend
    or repeal it (each act once)."""
    out = outgoing(fund, rec)
    seen = {link.record_id for link in out if link.record_id and link.relation == "amended_by"}
    return out + [link for link in incoming(fund, rec)
                  if not (link.relation == "amended_by" and link.record_id in seen)]


def outgoing(fund: Fund, rec: Record) -> list[Link]:
    out = []
    for relation, refs in (("amends", rec.amends), ("repeals", rec.repeals),
                           ("amended_by", rec.amended_by)):
        for text in refs:
            found = citations(text, first_only=True)
            target = None
            if found:
                c = found[0]
                target = fund.find_cited(c.kind, c.number, c.date)
                other = fund.get_record(target) if target else None
                if other is not None and not body_matches(c.body, other.body):
                    target = None  # the same requisites from another body
            out.append(Link(relation, text, target))
    return out


def incoming(fund: Fund, rec: Record) -> list[Link]:
    out = []
    for from_id, relation, _text in fund.cited_by(rec.kind, rec.number, rec.date, rec.body):
        if from_id == rec.id:
            continue
        other = fund.get_record(from_id)
        label = requisites_label(other) if other else from_id
        out.append(Link("amended_by" if relation == "amends" else "repealed_by", label, from_id))
    return out


def requisites_label(rec: Record) -> str:
    parts = [rec.kind or "акт"]
    if rec.body:
        parts.append(f"({rec.body})")
    if rec.date:
        d = rec.date
        parts.append(f"от {d[8:10]}.{d[5:7]}.{d[:4]}")
    if rec.number:
        parts.append(f"№ {rec.number}")
    label = " ".join(parts)
    return f"{label} «{rec.title}»" if rec.title else label


def hit_status(fund: Fund, hit, rec: Record | None) -> str | None:
    """The mark a hit in a result list carries: ``repealed_by`` (an act of
    the fund repeals it, or its print's note says it lost force),
    ``amended_by`` (an act of the fund amends it), else None. ``hit`` is a
    ``search.query.Hit``, ``rec`` its record; the page and the terminal
    table mark hits alike."""
    rels = {rel for _id, rel, _t in fund.cited_by(hit.kind, hit.number, hit.date, hit.body)}
    if rec is not None and (rec.status or {}).get("state") == "repealed":
        rels.add("repeals")  # the print's own note: "Утратил силу"
    if not rels:
        return None
    return "repealed_by" if "repeals" in rels else "amended_by"


def status_of(fund: Fund, rec: Record) -> dict | None:
    """The record's status in force for export and cards (ingest.status)."""
    from ingest.status import status_in_fund
    return status_in_fund(fund, rec)


def record_dict(fund: Fund, rec: Record) -> dict:
    """``Record.to_dict()`` with the status the fund knows: what ``export``
    writes and ``show --format json`` prints (spec/record.md)."""
    d = rec.to_dict()
    d["status"] = status_of(fund, rec)
    return d
