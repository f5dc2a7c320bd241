"""Server-side rendering helpers: highlighted article text and small SVG charts.

Everything that comes from an article is escaped here with :func:`html.escape`
before it is wrapped in :class:`markupsafe.Markup`; templates add nothing raw.
SVG uses presentation attributes and CSS classes only (no ``style``), so the
page's Content-Security-Policy (``style-src 'self'``) holds.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from html import escape
from urllib.parse import quote

from markupsafe import Markup

from parley.models import ExtractedArticle, Span
from parley.store.base import EventLink, SearchHit

__all__ = [
    "PALETTE_SIZE",
    "actor_display_name",
    "bar_chart",
    "event_network_svg",
    "country_links",
    "fill_periods",
    "fmt_date",
    "highlight_article",
    "mark_matches",
    "snippet_html",
    "web_link",
    "speaker_colours",
]

PALETTE_SIZE = 10  # classes .sp-0 ... .sp-9 in parley.css


def fmt_date(value: str | None, with_time: bool = False) -> str:
    """``2025-03-14 20:30:26Z`` -> ``14 Mar 2025``; anything unparseable is shown as given."""
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value[:16]
    return parsed.strftime("%-d %b %Y %H:%M" if with_time else "%-d %b %Y")


def speaker_colours(article: ExtractedArticle) -> dict[str, int]:
    """Speaker name -> palette index, in order of first statement (unknown speakers share '?')."""
    colours: dict[str, int] = {}
    for attribution in article.attributions:
        name = attribution.speaker.name if attribution.speaker else "?"
        if name not in colours:
            colours[name] = len(colours) % PALETTE_SIZE
    return colours


def speaker_url(name: str) -> str:
    return "/speakers/" + quote(name, safe="")


def entity_url(name: str) -> str:
    return "/entities/" + quote(name, safe="")


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # content, cue, mention, entity
    index: int  # attribution index, or entity index


def highlight_article(article: ExtractedArticle) -> Markup:
    """The article text, escaped, with attribution content, cues, mentions and entities marked.

    The text is cut at every mark boundary; each piece carries the classes of all
    marks covering it, so overlapping marks (an entity inside a quote) both show.
    Quotes link to their entry in the statement list; entity mentions outside
    quotes link to the entity page (links cannot nest).
    """
    text = article.text
    colours = speaker_colours(article)
    marks: list[_Mark] = []
    for i, attribution in enumerate(article.attributions):
        marks.extend(_Mark(s.start, s.end, "content", i) for s in attribution.content)
        if attribution.cue:
            marks.append(_Mark(attribution.cue.start, attribution.cue.end, "cue", i))
        if attribution.source:
            marks.append(_Mark(attribution.source.start, attribution.source.end, "mention", i))
    for i, entity in enumerate(article.entities):
        marks.extend(_Mark(s.start, s.end, "entity", i) for s in entity.mentions)
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[_Mark]] = defaultdict(list)
    for mark in marks:
        starts[mark.start].append(mark)
    active: list[_Mark] = []
    first_piece: set[int] = set()
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > left] + starts.get(left, [])
        piece = escape(text[left:right])
        if not active:
            out.append(piece)
            continue
        # Where statements overlap, the innermost one (a quote inside a longer report) shows its colour.
        contents = [m for m in active if m.kind == "content"]
        content = min(contents, key=lambda m: (m.end - m.start, m.index)) if contents else None
        classes: list[str] = []
        title = ""
        href = ""
        for mark in sorted(active, key=lambda m: m is not content):
            if mark.kind == "content" and mark is not content:
                continue
            marked = article.attributions[mark.index] if mark.kind != "entity" else None
            name = marked.speaker.name if marked and marked.speaker else "?"
            if mark.kind == "content":
                classes += ["q", f"sp-{colours[name]}"]
                title = f"{name} · statement {mark.index + 1}"
                href = f"#a-{mark.index + 1}"
            elif mark.kind == "cue":
                classes.append("cue")
                title = title or f"cue of statement {mark.index + 1}"
            elif mark.kind == "mention":
                classes += ["mention", f"spt-{colours[name]}"]
                title = title or f"{name} (speaker of statement {mark.index + 1})"
                href = href or speaker_url(name) if name != "?" else href
            else:
                entity = article.entities[mark.index]
                classes.append("ent")
                if not title:
                    title = f"{entity.name} · {entity.type}" + (f" · {entity.code}" if entity.code else "")
                if not content and not href:
                    href = entity_url(entity.name)
        badge = ""
        if content is not None and content.index not in first_piece:
            first_piece.add(content.index)
            badge = f'<sup class="qn sp-{colours[_speaker_name(article, content.index)]}">{content.index + 1}</sup>'
        cls = escape(" ".join(dict.fromkeys(classes)))
        attrs = f' class="{cls}" title="{escape(title)}"'
        if content is not None:
            attrs += f' data-a="{content.index + 1}"'
        if href:
            out.append(f'{badge}<a href="{escape(href)}"{attrs}>{piece}</a>')
        else:
            out.append(f"{badge}<span{attrs}>{piece}</span>")
    return Markup("".join(out))


def _speaker_name(article: ExtractedArticle, index: int) -> str:
    speaker = article.attributions[index].speaker
    return speaker.name if speaker else "?"


def web_link(url: str | None) -> str | None:
    """The URL when it is safe to link (http or https); ``javascript:`` and the like are not links."""
    if not url:
        return None
    scheme = url.split(":", 1)[0].strip().lower() if ":" in url else ""
    return url if scheme in ("http", "https") else None


def snippet_html(hit: SearchHit) -> Markup:
    """A search hit's snippet, escaped, with its matched words in <mark>."""
    parts: list[str] = []
    at = 0
    for start, end in hit.marks:
        parts.append(str(escape(hit.snippet[at:start])))
        parts.append(f"<mark>{escape(hit.snippet[start:end])}</mark>")
        at = end
    parts.append(str(escape(hit.snippet[at:])))
    return Markup("".join(parts))


def mark_matches(content: Sequence[Span], matches: Sequence[Span]) -> Markup:
    """Statement text (its content spans joined by " … ") with the notion's matches in <mark>, escaped."""
    pieces = []
    for span in content:
        out, cursor = [], span.start
        for match in sorted(matches, key=lambda m: m.start):
            if match.start < cursor or match.end > span.end:
                continue
            out.append(escape(span.text[cursor - span.start : match.start - span.start]))
            out.append(f"<mark>{escape(match.text)}</mark>")
            cursor = match.end
        out.append(escape(span.text[cursor - span.start :]))
        pieces.append("".join(out))
    return Markup(" … ".join(pieces))


# ------------------------------------------------------------------------------------------ charts
def fill_periods(points: Sequence[tuple[str, int]], *, max_months: int = 48) -> list[tuple[str, int]]:
    """Month counts (``YYYY-MM``) with the empty months in between, so bar gaps show silence.

    Spans longer than ``max_months`` are counted per year instead (every year shown).
    Periods that are not ``YYYY-MM`` are kept as given, in order.
    """
    months = {p: c for p, c in points if len(p) == 7 and p[4] == "-" and p[:4].isdigit() and p[5:].isdigit()}
    if len(months) != len(points) or not months:
        return list(points)
    first, last = min(months), max(months)
    y0, m0, y1, m1 = int(first[:4]), int(first[5:]), int(last[:4]), int(last[5:])
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span > max_months:
        years: dict[str, int] = {str(y): 0 for y in range(y0, y1 + 1)}
        for period, count in months.items():
            years[period[:4]] += count
        return list(years.items())
    filled = []
    for i in range(span):
        y, m = divmod(m0 - 1 + i, 12)
        key = f"{y0 + y:04d}-{m + 1:02d}"
        filled.append((key, months.get(key, 0)))
    return filled


def bar_chart(points: Sequence[tuple[str, int]], *, width: int = 640, height: int = 160, label: str = "") -> Markup:
    """Vertical bars, one per period, with the count above each bar and every label readable."""
    if not points:
        return Markup('<p class="muted">No dated statements.</p>')
    left, bottom, top = 8, 28, 18
    peak = max(c for _, c in points) or 1
    slot = (width - 2 * left) / len(points)
    bar = max(min(slot * 0.7, 48), 3)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{escape(label)}">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - left}" y2="{height - bottom}" class="axis"/>',
    ]
    every = max(1, math.ceil(len(points) / 12))  # at most ~12 period labels
    for i, (period, count) in enumerate(points):
        h = (height - bottom - top) * count / peak
        x = left + i * slot + (slot - bar) / 2
        y = height - bottom - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" class="bar">'
            f"<title>{escape(period)}: {count}</title></rect>"
        )
        if count:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" class="val">{count}</text>')
        if i % every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" class="tick">{escape(period)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# Event types grouped by what an analyst reads in them; each group has its own colour class in parley.css.
EVENT_TONE = {
    "ACCUSE": "hostile", "THREATEN": "hostile", "REJECT": "hostile", "PROTEST": "hostile", "SANCTION": "hostile",
    "REDUCE": "hostile", "ASSAULT": "force", "COERCE": "force", "MOBILIZE": "force", "SEIZE": "force",
    "CONSULT": "talk", "REQUEST": "talk", "DEMAND": "talk", "AGREE": "coop", "SUPPORT": "coop", "AID": "coop",
    "COOPERATE": "coop", "RETREAT": "coop", "CONCEDE": "coop",
}


def event_tone(event_type: str) -> str:
    return EVENT_TONE.get(event_type.upper(), "other")


def country_links(links: Sequence[EventLink], *, max_nodes: int = 16) -> list[EventLink]:
    """Edges between countries and organisations: ``RUSGOV`` and ``RUSMIL`` both become ``RUS``.

    Events inside one actor (``PAK`` assaulting ``PAK``) are left out of the graph
    (they stay in the table), and only the ``max_nodes`` most connected actors are
    kept so that the graph stays readable.
    """
    from parley.notions.sides import member_code

    merged: dict[tuple[str, str, str], EventLink] = {}
    for link in links:
        actor, recipient = member_code(link.actor), member_code(link.recipient)
        if actor == recipient:
            continue
        key = (actor, recipient, link.type)
        if key in merged:
            old = merged[key]
            merged[key] = old.model_copy(update={
                "count": old.count + link.count, "asserters": sorted(set(old.asserters) | set(link.asserters)),
            })
        else:
            merged[key] = EventLink(actor=actor, recipient=recipient, type=link.type, count=link.count,
                                    asserters=list(link.asserters))
    degree: dict[str, int] = defaultdict(int)
    for link in merged.values():
        degree[link.actor] += link.count
        degree[link.recipient] += link.count
    keep = set(sorted(degree, key=lambda n: (-degree[n], n))[:max_nodes])
    kept = [link for link in merged.values() if link.actor in keep and link.recipient in keep]
    return sorted(kept, key=lambda link: (-link.count, link.actor, link.recipient, link.type))


@lru_cache(maxsize=1)
def _code_names() -> tuple[dict[str, str], frozenset[str]]:
    """Actor code -> name (ISO3 from the NGEC country table, organisations and their CAMEO codes from parley's
    list), and the ISO3 codes."""
    from parley.actors.dictionaries import DATA_DIR, data_path, read_tsv

    names: dict[str, str] = {}
    with data_path(DATA_DIR, "ngec-countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code, name = (row.get("CCA3") or "").strip().upper(), (row.get("Name") or "").strip()
            if len(code) == 3 and name:
                names.setdefault(code, name)
    countries = set(names)
    for code, name, _kind, _country, _sector, actor, _aliases in read_tsv(data_path(DATA_DIR, "organisations.tsv"), 7):
        names.setdefault(code, name)
        # The first listed is the main one: IGOUNO -> United Nations. A country's sector code (RUSGOV) is
        # shared by many bodies (the Kremlin, the foreign ministry): it is named by its country instead.
        if actor and len(actor) > 3 and not (len(actor) == 6 and actor[:3] in countries):
            names.setdefault(actor, name)
    return names, frozenset(countries)


def actor_display_name(code: str) -> str:
    """The name behind an actor code ("RUS" -> "Russia", "IGOUNO" -> "United Nations", "RUSGOV" -> "Russia":
    a country's sector code is named by its country); unknown codes as given."""
    names, countries = _code_names()
    upper = code.upper()
    if upper in names:
        return names[upper]
    if len(upper) == 6 and upper.isalpha() and upper[:3] in countries:
        return names[upper[:3]]
    return code


def _node_label(code: str, *, line: int = 11) -> list[str]:
    """The lines a graph node shows: the actor's name, on two lines at most ("United" / "States"),
    when it fits inside a circle, else its code (the tooltip names it)."""
    name = actor_display_name(code)
    if len(name) <= line:
        return [name]
    words = name.split()
    for cut in sorted(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:])))):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        if max(len(x) for x in lines) <= line:
            return lines
    return [code]


def _text_width(label: str, px: float = 11) -> float:
    """Rough width of bold sans text: capitals and wide letters count more than narrow ones."""
    wide, narrow = set("MWmw"), set("ilIjft.,' ")
    return sum(px * (0.9 if c in wide else 0.32 if c in narrow else 0.72 if c.isupper() else 0.6) for c in label)


def _label_radius(lines: list[str], px: float = 11) -> float:
    """The radius of the smallest circle around the label's lines (each ``px`` high) with a small margin."""
    half_height = len(lines) * px * 1.1 / 2
    return math.hypot(max(_text_width(x, px) for x in lines) / 2, half_height) + 3


def _label_svg(x: float, y: float, lines: list[str], px: float = 11) -> str:
    if len(lines) == 1:
        return f'<text x="{x:.1f}" y="{y + 4:.1f}" class="nlabel">{escape(lines[0])}</text>'
    top = y + 4 - px * 1.1 * (len(lines) - 1) / 2
    spans = "".join(
        f'<tspan x="{x:.1f}" y="{top + i * px * 1.1:.1f}">{escape(text)}</tspan>' for i, text in enumerate(lines)
    )
    return f'<text class="nlabel">{spans}</text>'


def event_network_svg(links: Sequence[EventLink], *, size: int = 640) -> Markup:
    """Actors on a circle, one arrow per (actor, recipient, type), thicker with more events.

    Parallel edges between one pair are bent apart so each type stays visible;
    every edge has a tooltip naming the type, the count and who asserts it.
    """
    # An actor "acting on itself" is an artefact of folding actors to their country (RUSGOV -> RUS): no loop.
    links = [link for link in links if link.actor != link.recipient]
    if not links:
        return Markup('<p class="muted">No events with both an actor and a recipient.</p>')
    degree: dict[str, int] = defaultdict(int)
    for link in links:
        degree[link.actor] += link.count
        degree[link.recipient] += link.count
    nodes = sorted(degree, key=lambda n: (-degree[n], n))
    centre = size / 2
    radius = size / 2 - 70
    pos = {
        n: (centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
            centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2))
        for i, n in enumerate(nodes)
    }
    if len(nodes) == 1:
        pos = {nodes[0]: (centre, centre)}
    peak = max(link.count for link in links)
    parts = [
        f'<svg class="network" viewBox="0 0 {size} {size}" width="100%" role="img" '
        'aria-label="Network of events between actors">',
        "<defs>",
    ]
    for tone in ("hostile", "force", "talk", "coop", "other"):
        parts.append(
            f'<marker id="arrow-{tone}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="head-{tone}"/></marker>'
        )
    parts.append("</defs>")
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    labels = {n: _node_label(n) for n in nodes}
    titles = {n: actor_display_name(n) + (f" ({n})" if actor_display_name(n) != n else "") for n in nodes}
    # Big enough for the label with a margin on each side, bigger with more events.
    node_r = {n: max(16 + 10 * math.sqrt(degree[n] / max(degree.values())), _label_radius(labels[n])) for n in nodes}
    for link in links:
        key = (link.actor, link.recipient)
        k = pair_count[key]
        pair_count[key] += 1
        (x1, y1), (x2, y2) = pos[link.actor], pos[link.recipient]
        tone = event_tone(link.type)
        tip = (f"{titles[link.actor]} {link.type} {titles[link.recipient]} · {link.count} event(s)"
               f" · asserted by {', '.join(link.asserters)}")
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        ux, uy = dx / dist, dy / dist
        sx, sy = x1 + ux * node_r[link.actor], y1 + uy * node_r[link.actor]
        ex, ey = x2 - ux * (node_r[link.recipient] + 3), y2 - uy * (node_r[link.recipient] + 3)
        bend = 18 + 22 * k  # each further type between the same pair curves further out
        mx, my = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
        width = 1.5 + 3.5 * link.count / peak
        parts.append(
            f'<path d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" class="edge e-{tone}" '
            f'stroke-width="{width:.1f}" marker-end="url(#arrow-{tone})"><title>{escape(tip)}</title></path>'
        )
        if len(links) <= 30:  # beyond that, labels hide the graph; tooltips and the table still name each edge
            lx, ly = (sx + 2 * mx + ex) / 4, (sy + 2 * my + ey) / 4
            parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" class="elabel t-{tone}">{escape(link.type)}</text>')
    for n in nodes:
        x, y = pos[n]
        parts.append(
            f'<a href="/events?actor={quote(n, safe="")}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{node_r[n]:.1f}" '
            f'class="node"><title>{escape(titles[n])}: {degree[n]} event(s)</title></circle>'
            f"{_label_svg(x, y, labels[n])}</a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
