"""One speaker across the corpus: who they are, what they said, when and where (the API and the page)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from parley.errors import NotFoundError
from parley.query.people import mention_kind
from parley.store.base import SpeakerSummary, Store, StoredAttribution

__all__ = ["FacetCount", "PeriodCount", "SpeakerDetail", "StatementPage", "speaker_detail"]

# The name filter is a substring: how many matches are read per step while looking for the exact one.
_STEP = 500
# A speaker has few roles; they are counted over at most this many of their statements.
_ROLE_SAMPLE = 1000


class FacetCount(BaseModel):
    value: str
    count: int


class PeriodCount(BaseModel):
    period: str  # YYYY-MM
    count: int


class StatementPage(BaseModel):
    """One page of a speaker's statements, newest first."""

    total: int
    limit: int
    offset: int
    items: list[StoredAttribution]


class SpeakerDetail(BaseModel):
    """A speaker: who they are, their statements (one page), when they spoke, and where."""

    speaker: SpeakerSummary
    roles: list[FacetCount] = Field(default_factory=list)
    affiliations: list[FacetCount] = Field(default_factory=list)
    outlets: list[FacetCount] = Field(default_factory=list)
    timeline: list[PeriodCount] = Field(default_factory=list)
    # How articles refer to the speaker at their statements besides the name: role descriptions and pronouns
    also_called: list[FacetCount] = Field(default_factory=list)
    statements: StatementPage


def speaker_detail(store: Store, name: str, limit: int = 50, offset: int = 0) -> SpeakerDetail:
    """The speaker called ``name`` (any case); NotFoundError when nobody is."""
    summary: SpeakerSummary | None = None
    seen = 0
    while summary is None:  # walk the substring matches until the exact one
        page = store.speakers(name=name, limit=_STEP, offset=seen)
        summary = next((s for s in page.items if s.name.casefold() == name.casefold()), None)
        seen += _STEP
        if summary is None and seen >= page.total:
            raise NotFoundError(f"no speaker named {name!r}")
    facets = store.attribution_facets(speaker=summary.name, size=100)
    statements = store.attributions(speaker=summary.name, limit=limit, offset=offset)
    roles: dict[str, int] = {}
    called: dict[str, FacetCount] = {}  # folded -> as first written, with its count
    for item in store.attributions(speaker=summary.name, limit=_ROLE_SAMPLE).items:
        role = item.attribution.speaker.role if item.attribution.speaker else None
        if role:
            roles[role] = roles.get(role, 0) + 1
        source = item.attribution.source
        if source is not None and mention_kind(source.text, summary.name) in ("role", "pronoun"):
            text = " ".join(source.text.split())
            called.setdefault(text.casefold(), FacetCount(value=text, count=0)).count += 1
    return SpeakerDetail(
        speaker=summary,
        roles=[FacetCount(value=r, count=c) for r, c in sorted(roles.items(), key=lambda rc: (-rc[1], rc[0]))],
        affiliations=[FacetCount(value=v, count=c) for v, c in facets["affiliation"]],
        outlets=[FacetCount(value=v, count=c) for v, c in facets["outlet"]],
        timeline=sorted((PeriodCount(period=v, count=c) for v, c in facets["month"]), key=lambda p: p.period),
        also_called=sorted(called.values(), key=lambda f: (-f.count, f.value.casefold())),
        statements=StatementPage(total=statements.total, limit=limit, offset=offset, items=statements.items),
    )
