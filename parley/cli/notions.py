"""Notion commands: notion, compare, notions (discovery), provenance, groups (syndication)."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.table import Table
from rich.text import Text

from parley.cli.app import CONTEXT_SETTINGS, db_option, err, main, out


def _open_store(db: str) -> Any:
    from parley.cli.app import open_existing_store

    return open_existing_store(db)


def _notions(notions_file: str | None) -> list[Any]:
    if not notions_file:
        return []
    from parley.notions.matching import load_notions

    return load_notions(notions_file)


def _print_json(value: Any) -> None:
    out.print_json(json.dumps(value, ensure_ascii=False))


def _highlighted(statement: Any, width: int = 320) -> Text:
    """The statement text with its notion matches in bold, cut around the first match when long."""
    text = Text()
    offset = statement.content[0].start if statement.content else 0
    body = statement.text
    marks = [(m.start - offset, m.end - offset) for m in statement.matches if len(statement.content) == 1]
    start = 0
    if len(body) > width and marks:
        start = max(0, marks[0][0] - width // 3)
        if start:
            text.append("…")
    cursor = start
    for s, e in marks:
        if s < cursor or s > start + width:
            continue
        text.append(body[cursor:s])
        text.append(body[s:e], style="bold yellow")
        cursor = e
    end = min(len(body), start + width)
    text.append(body[cursor:end])
    if end < len(body):
        text.append("…")
    # Which wording matched, readable without colours too (pipes, logs).
    wordings = list(dict.fromkeys(f"“{m.text}”" for m in statement.matches))
    text.append(f"\nmatched: {', '.join(wordings)}", style="dim")
    return text


def _statement_line(statement: Any) -> str:
    who = statement.speaker or "(no speaker)"
    if statement.affiliation:
        who += f" [{statement.affiliation}]"
    date = (statement.published or "undated")[:10]
    also = ""
    if statement.also_published_by:
        also = "  also published by " + ", ".join(a.outlet or a.article_id[:10] for a in statement.also_published_by)
    return f"{who} · {statement.outlet or 'unknown outlet'} · {date} · {statement.article_id}{also}"


# --------------------------------------------------------------------------- notion
@main.command("notion", context_settings=CONTEXT_SETTINGS)
@click.argument("notion")
@db_option
@click.option("--notions-file", type=click.Path(dir_okay=False), help="TOML or YAML file of notions and their variants.")
@click.option("--since", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--until", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--no-reporter", is_flag=True, help="Only statements, not the reporter's own sentences.")
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def notion_command(
    notion: str, db: str, notions_file: str | None, since: str | None, until: str | None, no_reporter: bool,
    limit: int, fmt: str,
) -> None:
    """Find every statement (and reporter sentence) that speaks of a notion, in any wording.

    Inflection, derivation, word order, plural and hyphenation are matched:
    "indivisible security" also finds "indivisibility of security" and "security
    is indivisible". Statements repeated in syndicated copies are shown once.

    \b
    Examples:
      parley notion "indivisible security"
      parley notion "rules-based order" --notions-file parley/data/notions/notions.toml --format json
    """
    from parley.query.notions import notion_matches

    with _open_store(db) as store:
        result = notion_matches(
            store, notion, notions=_notions(notions_file), since=since, until=until, reporter=not no_reporter
        )
    if fmt == "json":
        data = result.model_dump(mode="json")
        data["statements"] = data["statements"][:limit]
        data["reporter"] = data["reporter"][:limit]
        _print_json(data)
        return
    wordings = f" (also: {', '.join(result.variants)})" if result.variants else ""
    out.print(  # the answer's headline: stdout, with the tables (it was on stderr)
        f"[bold]{result.notion}[/bold]{wordings}: {len(result.statements)} statements, "
        f"{len(result.reporter)} reporter sentences in {result.articles_searched} candidate articles"
        + (f", {result.repeats_collapsed} syndicated repeats counted once" if result.repeats_collapsed else "")
    )
    for title, items in (("Statements", result.statements), ("Reporter sentences", result.reporter)):
        if not items:
            continue
        table = Table(title=title, show_lines=True, expand=True)
        table.add_column("who · outlet · date · article", ratio=1)
        table.add_column("text", ratio=2)
        for statement in items[:limit]:
            table.add_row(_statement_line(statement), _highlighted(statement))
        out.print(table)


# --------------------------------------------------------------------------- compare
@main.command("compare", context_settings=CONTEXT_SETTINGS)
@click.argument("notion")
@click.option("--side", "sides", multiple=True, required=True,
              help="A country code, organisation, or name=MEMBER,MEMBER (repeat for each side).")
@db_option
@click.option("--notions-file", type=click.Path(dir_okay=False), help="TOML or YAML file of notions and their variants.")
@click.option("--since", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--until", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True, help="Timeline period.")
@click.option("--plot", type=click.Path(dir_okay=False), help="Write the timeline chart here (.svg or .png).")
@click.option("--top", type=click.IntRange(1, 50), default=3, show_default=True, help="Representative statements per side.")
@click.option("--terms", type=click.IntRange(0, 100), default=10, show_default=True,
              help="Key terms (words and phrases) per side.")
@click.option("--wider", is_flag=True,
              help="Also the wider debate: each side's other statements on the terms that co-occur with the notion "
                   "or sharing enough of the words around it.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def compare_command(
    notion: str, sides: tuple[str, ...], db: str, notions_file: str | None, since: str | None, until: str | None,
    by: str, plot: str | None, top: int, terms: int, wider: bool, fmt: str,
) -> None:
    """Compare what each side has said about a notion: counts, speakers, dates, words, timeline.

    Speakers belong to a side through their affiliation (USA, RUS, NATO, ...).
    Key terms are words and two-word phrases ("open door", "choose their own
    alliances") one side uses with the notion and the others do not (log-odds
    with an informative prior; parley/data/notions/key_terms.toml, stop-terms
    in discovery_stopwords.txt). Syndicated repeats count once. A
    statement made by two or more of the sides together (a joint statement,
    "the leaders agreed" on a call) counts once, in a joint row, in no side's.
    For each side: the passages that say what the notion means or requires
    (cues in parley/data/notions/meaning_cues.tsv), the documents it cites for
    it (parley/data/notions/documents.tsv) and its statements month by month;
    sentences of its own official pages (kremlin.ru, whitehouse.gov) with no
    speaker count apart as its own publications.

    With --wider, the wider debate as a section apart: each side's other
    statements on the same subject (its own statements on the notion left
    out), those on the terms that stand beside the notion across the corpus
    (in the windows around its mentions, weighted by their rarity) and those
    sharing enough of the words around its mentions (both sides' windows
    weighted alike; parley/data/notions/wider.toml), with its distinctive
    words there.

    \b
    Examples:
      parley compare "indivisible security" --side USA --side RUS
      parley compare "indivisible security" --side USA --side RUS --wider
      parley compare "indivisible security" --side west=USA,GBR,FRA,DEU,NATO,EU --side RUS --by week --plot t.svg
      parley compare tariffs --side USA --side CHN --format json
    """
    from parley.query.notions import compare

    with _open_store(db) as store:
        result = compare(
            store, notion, list(sides), notions=_notions(notions_file), since=since, until=until,
            by=by, top=top, terms=terms, wider=wider,  # type: ignore[arg-type]
        )
    if plot:
        from parley.query.charts import timeline_chart

        path = timeline_chart(result.timeline, plot)
        err.print(f"[green]wrote[/green] {path}")
    if fmt == "json":
        _print_json(result.model_dump(mode="json"))
        return
    wordings = f" (also: {', '.join(result.variants)})" if result.variants else ""
    summary = Table(title=f"“{result.notion}”{wordings}", expand=True)
    # Counts and dates never wrap (at 80 columns they were cut to "statemen…", "2022-02-…"); outlets
    # and key terms take the rest.
    for column in ("side", "statements", "speakers", "first", "last"):
        summary.add_column(column if column != "statements" else "stmts", no_wrap=True)
    summary.add_column("outlets", ratio=1)
    summary.add_column("key terms (z)", ratio=1)
    for side in result.sides:
        summary.add_row(
            side.side if side.members == [side.side] else f"{side.side} ({','.join(side.members)})",
            str(side.statements), str(side.speakers), (side.first or "-")[:10], (side.last or "-")[:10],
            ", ".join(f"{o} ({n})" for o, n in list(side.outlets.items())[:4]) or "-",
            _terms_z(side.key_terms[:6]),
        )
    joint = result.joint
    if joint.statements:
        summary.add_row(
            "joint", str(joint.statements), str(joint.speakers), (joint.first or "-")[:10], (joint.last or "-")[:10],
            ", ".join(f"{o} ({n})" for o, n in joint.by_sides.items()), "-",
        )
    out.print(summary)
    for side in result.sides:
        _print_statements(f"{side.side}: most representative statements", "statement",
                          [(_statement_line(s), _highlighted(s)) for s in side.representative])
    _print_statements("Joint: statements the sides made together (counted once, here only)", "statement",
                      [(_statement_line(s), _highlighted(s)) for s in joint.representative])
    _print_timeline(result.timeline)
    _print_meaning(result)
    _print_wider(result)
    notes = [f"{result.unassigned} statements by speakers on none of these sides"]
    if joint.statements:
        notes.insert(0, f"{joint.statements} joint statements ({', '.join(f'{k} {n}' for k, n in joint.by_sides.items())}) "
                        "counted once, in the joint row, not in each side's")
    if result.reporter_sentences:
        notes.append(f"{result.reporter_sentences} reporter sentences (see parley notion)")
    if result.repeats_collapsed:
        notes.append(f"{result.repeats_collapsed} syndicated repeats counted once")
    err.print("[dim]" + "; ".join(notes) + "[/dim]")


def _print_timeline(timeline: Any) -> None:
    """Statements per period and side (and joint ones), one row per period: the chart as a table."""
    if not timeline.periods:
        return
    table = Table(title=f"Statements on “{timeline.notion}” per {timeline.by}")
    table.add_column(timeline.by, no_wrap=True)
    for side in timeline.series:
        table.add_column(side, justify="right")
    if timeline.joint:
        table.add_column("joint", justify="right")
    for i, period in enumerate(timeline.periods):
        counts = [timeline.series[side][i] for side in timeline.series] + ([timeline.joint[i]] if timeline.joint else [])
        table.add_row(period, *(str(n) if n else "·" for n in counts))
    out.print(table)


def _terms_z(terms: Any) -> str:
    """Key terms with their z-scores: "allies 2.0, osce 1.5" (counts: --format json)."""
    return ", ".join(f"{t.term} {t.z:.1f}" for t in terms) or "-"


def _print_wider(result: Any) -> None:
    """The wider debate: co-occurring terms, then each side's statements on them and its distinctive words."""
    wider = result.wider
    if wider is None:
        return
    if not wider.statements:
        out.print(f"[bold]Wider debate[/bold]: no other statement of these sides is on a term beside “{result.notion}”"
                  " or shares enough of the words around it")
        return
    out.print(
        f"[bold]Wider debate[/bold] around “{result.notion}”: {wider.statements} other statements of these sides, "
        f"{wider.on_terms} on the terms beside it (statements; passages on the notion that hold the term): "
        + (", ".join(f"{t.term} ({t.statements}; {t.cooccurrences})" for t in wider.terms) or "none")
        + f"; {wider.statements - wider.on_terms} more share enough of the words around it: "
        + ", ".join(wider.words[:12]) + ". Its own statements are not counted here."
    )
    table = Table(title="Wider debate: each side", expand=True)
    for column in ("side", "stmts", "speakers"):
        table.add_column(column, no_wrap=True)
    table.add_column("on terms · on each term", ratio=1)
    table.add_column("distinctive terms (z)", ratio=1)
    for side in wider.sides:
        table.add_row(side.side, str(side.statements), str(side.speakers),
                      f"{side.on_terms} · " + (", ".join(f"{t} {n}" for t, n in side.terms.items() if n) or "-"),
                      _terms_z(side.key_terms[:8]))
    if wider.joint.statements:
        table.add_row("joint", str(wider.joint.statements), str(wider.joint.speakers),
                      ", ".join(f"{k} {n}" for k, n in wider.joint.by_sides.items()), "-")
    out.print(table)
    for side in wider.sides:
        _print_statements(f"{side.side}: in the wider debate", "around the term",
                          [(_statement_line(s), s.text) for s in side.representative])
    _print_statements("Joint: in the wider debate (counted once, here only)", "around the term",
                      [(_statement_line(s), s.text) for s in wider.joint.representative])


def _print_statements(title: str, column: str, rows: list[tuple[Any, Any]]) -> None:
    """A side's statements, one row each: who said it where and when, then what was said."""
    if not rows:
        return
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("who · outlet · date · article", ratio=1)
    table.add_column(column, ratio=2)
    for row in rows:
        table.add_row(*row)
    out.print(table)


def _print_meaning(result: Any) -> None:
    """Each side's defining passages, the documents it cites for the notion, and its months."""
    for side in result.sides:
        meaning = side.meaning
        if meaning is None or not (meaning.statements or meaning.joint_statements):
            continue
        kinds = ", ".join(f"{k} {n}" for k, n in meaning.kinds.items())
        out.print(
            f"[bold]{side.side}[/bold]: {meaning.defining} of {meaning.statements} statements say what "
            f"“{result.notion}” means or requires"
            + (f"; {meaning.principle_only} more only call it a principle" if meaning.principle_only else "")
            + (f"; its own publications: {meaning.publisher_sentences} sentences on it, {meaning.publisher_defining} "
               "defining" if meaning.publisher_sentences else "")
            + (f"; with another side: {meaning.joint_statements} joint statement{'s' if meaning.joint_statements != 1 else ''}, "
               f"{meaning.joint_defining} defining "
               "(counted in the joint section)" if meaning.joint_statements else "")
            + (f" (cues: {kinds})" if kinds else "")
        )
        out.print("  by month: " + " · ".join(
            f"{m.month} {m.statements}" + (f" ({m.defining} defining)" if m.defining else "")
            + (f" +{m.publisher} published" if m.publisher else "")
            for m in meaning.months
        ))
        if meaning.passages:
            table = Table(title=f"{side.side}: what it says “{result.notion}” means or requires", show_lines=True,
                          expand=True)
            table.add_column("who · date · article", ratio=1)
            table.add_column("passage", ratio=3)
            table.add_column("cues · documents", ratio=1)
            for p in meaning.passages:
                who = p.speaker or "(no speaker)"
                if p.voice == "publisher":
                    who = f"{p.outlet or 'publisher'}, own publication"
                elif p.voice == "joint":
                    who = f"{who}, joint statement"
                table.add_row(
                    f"{who} · {(p.published or 'undated')[:10]} · {p.article_id[:12]}",
                    p.text,
                    ", ".join(p.cues) + (f"\n→ {', '.join(p.documents)}" if p.documents else ""),
                )
            out.print(table)
        if meaning.documents:
            table = Table(title=f"{side.side}: documents cited for “{result.notion}”", expand=True)
            for column in ("document", "year", "with the notion", "same texts", "who", "first"):
                table.add_column(column)
            for d in meaning.documents:
                table.add_row(d.name, str(d.year or "-"), str(d.with_notion), str(d.same_texts), ", ".join(d.speakers[:3]),
                              (d.first or "-")[:10])
            out.print(table)


# --------------------------------------------------------------------------- notions
@main.command("notions", context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--min-speakers", type=click.IntRange(0, 1000), default=2, show_default=True,
              help="Drop notions fewer speakers use; 0 also lists notions only reporters use, after the others.")
@click.option("--since", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--until", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def notions_command(
    db: str, limit: int, min_speakers: int, since: str | None, until: str | None, fmt: str
) -> None:
    """List the notions most discussed in the store: phrases used by the most speakers and sides.

    Notions are the terms extraction found in the statements: noun phrases trimmed
    to the concept ("indivisible security", "rule of law", "sanctions") and defined
    terms (quoted or so-called). Wordings that differ only by inflection,
    derivation or word order count as one. Ranked by distinct speakers, then
    sides, then statements; a statement syndicated to several outlets counts once.

    \b
    Examples:
      parley notions
      parley notions --limit 50 --min-speakers 3 --format json
      parley notions --min-speakers 0 --since 2025-01
    """
    from parley.query.notions import discover_notions

    with _open_store(db) as store:
        found = discover_notions(store, limit=limit, min_speakers=min_speakers, since=since, until=until)
    if fmt == "json":
        _print_json([d.model_dump(mode="json") for d in found])
        return
    if not found:
        err.print("no notion is used by that many speakers yet; try --min-speakers 1")
        return
    out.print(_notions_table(found, out.width))


# Count columns: full headers on a wide terminal, short ones (explained in the caption) on a narrow one.
_COUNTS = (("speakers", "spk"), ("sides", "sides"), ("statements", "stmt"), ("articles", "art"), ("reporter", "rep"))


def _notions_table(found: list[Any], width: int) -> Table:
    """Readable at 80 columns: the counts take what their numbers need, the notion (with its other
    wordings under it) and the speakers share the rest; names are cut with "…", never mid-word."""
    from parley.cli.core import clip

    wide = width >= 110
    table = Table(title="Most discussed notions", expand=True,
                  caption=None if wide else "spk speakers · stmt statements · art articles · rep reporter mentions")
    table.add_column("notion", ratio=2, min_width=14)
    for full, short in _COUNTS:
        table.add_column(full if wide else short, justify="right", no_wrap=True)
    table.add_column("who", ratio=3, min_width=16)
    names = 3 if wide else 2
    for d in found:
        notion = Text(d.phrase, style="bold")
        if d.variants:
            notion.append("\nalso " + ", ".join(d.variants[:2]), style="dim")
        who = ", ".join(clip(name, 40 if wide else 24) for name in d.speaker_names[:names])
        if d.speakers > names:
            who += f" +{d.speakers - names}"
        table.add_row(notion, str(d.speakers), str(d.sides), str(d.statements), str(d.articles), str(d.reporter), who)
    return table


# --------------------------------------------------------------------------- provenance
@main.command("provenance", context_settings=CONTEXT_SETTINGS)
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def provenance_command(article_id: str, db: str, fmt: str) -> None:
    """Where a stored article came from: publisher, original source, channels, syndicated copies.

    ARTICLE_ID is a stored id, a unique prefix of one, or the id given in the input.

    \b
    Examples:
      parley provenance e65160f5018b
      parley provenance 8011115 --format json
    """
    with _open_store(db) as store:
        article = store.get_article(article_id)
        group = store.syndication_group(article.id)
    provenance = article.provenance
    channels = [
        {
            "attribution": i, "speaker": a.speaker.name if a.speaker else None,
            "addressee": a.addressee.name if a.addressee else None,
            "channel": a.addressee.channel if a.addressee else None,
        }
        for i, a in enumerate(article.attributions)
        if a.addressee and (a.addressee.name or a.addressee.channel)
    ]
    if fmt == "json":
        _print_json({
            "article_id": article.id, "title": article.title,
            "provenance": provenance.model_dump(mode="json") if provenance else None,
            "statement_channels": channels,
            "syndication": group.model_dump(mode="json") if group else None,
        })
        return
    table = Table(show_header=False, title=article.title or article.id)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("article", article.id)
    table.add_row("publisher", (provenance.publisher if provenance else None) or "unknown")
    if provenance and provenance.original_source:
        table.add_row("original source", f"{provenance.original_source} ({provenance.original_channel or 'unspecified'})")
        if provenance.evidence:
            table.add_row("evidence", f"“{provenance.evidence.text}” [{provenance.evidence.start}:{provenance.evidence.end}]")
    else:
        table.add_row("original source", "none credited: the publisher's own reporting")
    for c in channels:
        table.add_row(
            f"statement {c['attribution']}",
            f"{c['speaker'] or '(no speaker)'} → {c['addressee'] or '-'} ({c['channel'] or 'unspecified'})",
        )
    if group:
        others = [m for m in group.members if m.article_id != article.id]
        origin = next((m for m in group.members if m.is_origin), None)
        table.add_row("syndication", f"group {group.id}, {group.size} copies; origin {origin.outlet if origin else '?'} "
                                     f"({group.origin_id})")
        table.add_row("also published by", ", ".join(f"{m.outlet or '?'} ({m.article_id[:10]})" for m in others))
    out.print(table)


# --------------------------------------------------------------------------- groups
@main.command("groups", context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def groups_command(db: str, limit: int, offset: int, fmt: str) -> None:
    """List syndication groups: copies of one story republished across outlets, largest first.

    Copies are found when articles are stored (MinHash-LSH over word shingles,
    then an exact Jaccard check); the origin is the copy the others credit,
    else the earliest.

    \b
    Examples:
      parley groups
      parley groups --limit 100 --format json
    """
    with _open_store(db) as store:
        page = store.syndication_groups(limit=limit, offset=offset)
    if fmt == "json":
        _print_json({"total": page.total, "limit": page.limit, "offset": page.offset,
                     "items": [g.model_dump(mode="json") for g in page.items]})
        return
    if not page.items:
        err.print(f"no syndication groups ({page.total} in total)")
        return
    table = Table(title=f"Syndication groups ({page.total})", expand=True)
    for column in ("group", "copies", "origin", "title", "also published by"):
        table.add_column(column)
    for group in page.items:
        origin = next((m for m in group.members if m.is_origin), group.members[0] if group.members else None)
        table.add_row(
            str(group.id), str(group.size),
            f"{origin.outlet or '?'} · {(origin.published or '')[:10]} · {origin.article_id[:12]}" if origin else "-",
            (origin.title or "") if origin else "",
            ", ".join(m.outlet or m.article_id[:10] for m in group.members if not m.is_origin),
        )
    out.print(table)
