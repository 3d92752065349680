"""What a reader asked and what they get back: the query layer's model.

``Query`` is our own structure; saved queries, SDI profiles and web links
store ``Query.to_dict()``, never engine syntax.

Snippets: ``Hit.snippet`` is plain, unescaped text; ``Hit.highlights`` lists
``(start, end)`` offsets of matched words in it (``title_highlights`` the
same for the title). Front ends escape the text and wrap the spans;
``Hit.marked("[[", "]]")`` does it for plain-text output.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date as _date
from typing import Any

QUERY_VERSION = 1
MAX_PER_PAGE = 200
# the orders of hits: by score; by adoption date, newest ("date") or oldest
# first; by number (145 before 1164, 12-п before 12-р); undated or unnumbered
# acts last
SORTS = ("relevance", "date", "oldest", "number")


@dataclass
class Query:
    """What a reader asked: free text plus filters. JSON-safe via to_dict."""

    text: str = ""
    kind: list[str] = field(default_factory=list)
    body: str | None = None
    number: str | None = None
    date_from: str | None = None        # adoption date, ISO, inclusive
    date_to: str | None = None
    received_from: str | None = None    # received_at, ISO date, inclusive
    received_to: str | None = None
    rubric: list[str] = field(default_factory=list)   # any of them, with subrubrics;
    #                                   a subrubric given with its parent narrows it
    level: str | None = None
    publication: str | None = None
    in_force: bool = False              # leave out acts known to be repealed
    region: str | None = None           # the act's region (ingest/territory/); "-": not named
    municipality: str | None = None     # its municipality, or the district of its settlement
    sort: str = "relevance"             # one of SORTS
    page: int = 1
    per_page: int = 10
    facets: bool = True

    def __post_init__(self):
        if isinstance(self.kind, str):
            self.kind = [self.kind]
        if isinstance(self.rubric, str):
            self.rubric = [self.rubric]
        self.kind = list(self.kind or [])
        self.rubric = list(self.rubric or [])
        if self.sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")
        self.page = max(1, int(self.page))
        self.per_page = max(1, min(MAX_PER_PAGE, int(self.per_page)))
        for name in ("date_from", "date_to", "received_from", "received_to"):
            v = getattr(self, name)
            if v:
                _date.fromisoformat(v[:10])  # ValueError on nonsense

    def to_dict(self) -> dict:
        """Plain dict (only non-default fields, plus ``v``): what saved
        queries, SDI profiles and web links store."""
        out: dict[str, Any] = {"v": QUERY_VERSION}
        default = Query()
        for f in fields(self):
            val = getattr(self, f.name)
            if val != getattr(default, f.name):
                out[f.name] = list(val) if isinstance(val, list) else val
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Query":
        d = dict(d)
        v = d.pop("v", QUERY_VERSION)
        if v != QUERY_VERSION:
            raise ValueError(f"unsupported saved query version {v}")
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown query fields: {', '.join(sorted(unknown))}")
        return cls(**d)


@dataclass
class Hit:
    id: str
    kind: str | None
    number: str | None
    date: str | None
    title: str | None
    body: str | None
    rubrics: list[dict]
    source: dict
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    title_highlights: list[tuple[int, int]] = field(default_factory=list)
    level: str | None = None
    received_at: str | None = None
    territory: dict | None = None      # ingest/territory/: region, municipality

    def marked(self, open: str = "[[", close: str = "]]", what: str = "snippet") -> str:
        """The snippet (or title) with highlights wrapped in markers."""
        text = (self.snippet if what == "snippet" else self.title) or ""
        spans = self.highlights if what == "snippet" else self.title_highlights
        out, last = [], 0
        for s, e in spans:
            out.append(text[last:s])
            out.append(open + text[s:e] + close)
            last = e
        out.append(text[last:])
        return "".join(out)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["highlights"] = [list(x) for x in self.highlights]
        d["title_highlights"] = [list(x) for x in self.title_highlights]
        return d


@dataclass
class Results:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    # how we widened: None | "fuzzy" | "any" (any word) | "most" (acts matching
    # all words but one follow those matching all) | "kind" (no act of the kind typed)
    # | "layout" (typed with the Latin layout on: the question read in Cyrillic,
    # which ``suggestion`` holds) | "year" (no act of the number in the year typed:
    # those of other years)
    relaxed: str | None = None
    understood: dict = field(default_factory=dict)  # requisites recognised
    query: dict = field(default_factory=dict)
    page: int = 1
    per_page: int = 10
    took_ms: float = 0.0
    repealed_out: int = 0   # acts the question finds that «in force only» left out

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "relaxed": self.relaxed,
            "understood": self.understood,
            "query": self.query,
            "page": self.page,
            "per_page": self.per_page,
            "took_ms": round(self.took_ms, 1),
            "repealed_out": self.repealed_out,
        }
