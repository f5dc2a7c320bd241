"""Core commands: ingest, extract, search, show, stats, attributions, events, failures, export."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import click
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from parley.cli.app import CONTEXT_SETTINGS, db_option, err, main, open_existing_store, out
from parley.models import Article, ExtractedArticle, Failure

SPEAKER_COLOURS = ["cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta"]


def _open_store(db: str) -> Any:
    """Read commands: the database must exist (see :func:`open_existing_store`)."""
    return open_existing_store(db)


def _open_or_create_store(db: str) -> Any:
    from parley.store import open_store

    return open_store(db)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, ending in "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def actor_label(actor: Any) -> str:
    """"Islamic State (IMGMUSISI)": the name a reader knows, with the code the data uses."""
    if actor is None:
        return "—"
    name = getattr(actor, "entity", None) or actor.name
    code = actor.code
    if name and code and name.casefold() != code.casefold():
        return f"{name} ({code})"
    return str(code or name)


def _who(item: Any) -> Text:
    """Date, speaker (affiliation) and kind stacked in one narrow column, so the content gets the width."""
    a = item.attribution
    who = a.speaker.name if a.speaker else (a.source.text if a.source else "—")
    if a.speaker and a.speaker.affiliation:
        who += f" ({a.speaker.affiliation})"
    cell = Text((item.published or "")[:10], style="dim")
    cell.append("\n" + clip(who, 40), style="bold")
    cell.append(f"\n{a.kind}", style="dim")
    return cell


# --------------------------------------------------------------------------- ingest
@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extraction processes or Ray actors (default: number of cores).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: forked worker processes; ray: a Ray Data actor pool (needs parley[ray]).")
@click.option("--ray-address", envvar="RAY_ADDRESS", default=None,
              help="Ray cluster to join with --engine ray (default: $RAY_ADDRESS, else a local Ray).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True, help="Articles per transaction.")
@click.option("--fetch", is_flag=True, help="Fetch feed entries that only carry a link.")
@click.option("--allow-private", is_flag=True, help="Allow --fetch to reach loopback and private addresses.")
@click.option("-v", "--verbose", is_flag=True, help="Say which reader handled each input.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.option("--published", "published", metavar="DATE",
              help="Date for articles that carry none (plain text): YYYY-MM-DD[THH:MM].")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--progress-marks", is_flag=True, hidden=True,
              help="For `parley bench ingest`: a line 'parley-progress DONE EPOCH' on stderr per stored batch.")
def ingest(
    paths: tuple[str, ...], db: str, workers: int | None, engine: str, ray_address: str | None, batch_size: int,
    fetch: bool, allow_private: bool, verbose: bool, quiet: bool, published: str | None, fmt: str,
    progress_marks: bool = False,
) -> None:
    """Read articles from files, folders, globs or - (stdin), extract, and store them.

    Formats: .txt, .html/.htm(.gz), .jsonl/.json, RSS/Atom feeds, WARC(.gz).
    Inputs that cannot be read are recorded as failures and skipped. Re-ingesting
    the same article is a no-op; a changed text under a known URL is a new version.
    Exits 1 only when nothing at all could be read.

    \b
    Examples:
      parley ingest examples/voa/voa_stories.jsonl examples/seed/seed-article.txt
      parley ingest ~/news/ --db news.db --workers 2
      parley ingest examples/seed/seed-article.txt --published 2022-02-04
      parley ingest ~/news/ --db postgresql://parley@db.example.org/news --engine ray --workers 8
      curl -s https://example.org/feed.xml | parley ingest - --fetch
    """
    from parley.ingest import count_articles, read_paths
    from parley.runner import ingest as run_ingest

    log = (lambda line: err.print(f"[dim]{line}[/dim]")) if verbose else None
    default_date = _published_option(published)
    store = _open_or_create_store(db)
    try:
        items = _dated(read_paths(list(paths), fetch=fetch, allow_private=allow_private, log=log), default_date)
        if engine == "ray":
            if fetch or published:
                raise click.UsageError("--fetch and --published work with --engine local only")
            from parley.engines.ray import ingest_ray
            from parley.runner import default_workers

            summary = ingest_ray(list(paths), store.url, workers=workers or default_workers(),
                                 batch_size=batch_size, address=ray_address,
                                 progress=_progress_marks() if progress_marks else None)
        elif progress_marks:
            summary = run_ingest(items, store, workers=workers, batch_size=batch_size, progress=_progress_marks())
        elif quiet or fmt == "json":
            summary = run_ingest(items, store, workers=workers, batch_size=batch_size)
        elif not err.is_terminal:
            summary = run_ingest(items, store, workers=workers, batch_size=batch_size,
                                 progress=_progress_lines(count_articles(list(paths))))
        else:
            total = count_articles(list(paths))
            with Progress(
                SpinnerColumn(),
                TextColumn("[bold]ingesting[/bold]"),
                BarColumn(bar_width=None),
                TextColumn("{task.completed}" + ("/{task.total:.0f}" if total else "")
                           + " articles · {task.fields[failed]} failed · {task.fields[rate]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
            ) as bar:
                task = bar.add_task("ingest", total=total, failed=0, rate="")
                state = {"done": 0, "failed": 0}
                import time

                started = time.perf_counter()

                def progress(done: int, failed: int) -> None:
                    state["done"] += done
                    state["failed"] += failed
                    elapsed = max(time.perf_counter() - started, 1e-6)
                    bar.update(task, completed=state["done"], failed=state["failed"],
                               rate=f"{state['done'] / elapsed:.1f} articles/s")

                summary = run_ingest(items, store, workers=workers, batch_size=batch_size, progress=progress)
    finally:
        store.close()
    if fmt == "json":
        out.print_json(_dump(summary.to_dict()))
    elif not quiet:
        err.print(
            f"[bold]ingested {summary.ingested}[/bold] · duplicates {summary.duplicates} · "
            f"new versions {summary.new_versions} · failed {summary.failed} "
            f"· {summary.articles_per_second:.1f} articles/s · db {db}"
        )
        for reason, count in summary.failure_reasons.most_common():
            err.print(f"  [yellow]{count:>5}[/yellow] {reason}")
    if summary.nothing_read:
        err.print("[red]error:[/red] nothing could be read from the given inputs")
        sys.exit(1)


# Outside a terminal (a log, CI, nohup) progress is one line per this many articles, or per this
# many seconds when articles come slower (the spaCy workers take a while to start).
PROGRESS_EVERY = 50
PROGRESS_SECONDS = 10.0


def _published_option(value: str | None) -> str | None:
    from parley.ingest.dates import normalise_published

    if value is None:
        return None
    date = normalise_published(value)
    if date is None:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM", param_hint="--published")
    return date


def _dated(items: Iterator[Article | Failure], published: str | None) -> Iterator[Article | Failure]:
    """Articles without a date of their own get ``--published``; a date the input carries wins."""
    from parley.ingest.article import build_article

    for item in items:
        if published and isinstance(item, Article) and item.published is None:
            fields = item.model_dump(exclude={"id", "text", "published", "dateline"})
            item = build_article(text=item.text, published=published, **fields)
        yield item


def _progress_marks() -> Any:
    """A progress callback printing 'parley-progress DONE EPOCH' per stored batch: the clock a
    benchmark in another process reads to split start-up from steady state."""
    import time

    state = {"done": 0}

    def progress(done: int, _failed: int) -> None:
        if done:
            state["done"] += done
            # one write: print() writes the text and the newline apart, and Ray's log thread can write
            # between them, gluing its own output onto the mark's line
            sys.stderr.write(f"parley-progress {state['done']} {time.time():.3f}\n")
            sys.stderr.flush()

    return progress


def _progress_lines(total: int | None = None) -> Any:
    """A progress callback printing a plain line ("ingesting: 50/194 articles ...") every PROGRESS_EVERY
    articles or PROGRESS_SECONDS, whichever comes first (no bar outside a terminal)."""
    import time

    started = time.perf_counter()
    state = {"done": 0, "failed": 0, "shown": 0, "at": started}

    def progress(done: int, failed: int) -> None:
        state["done"] += done
        state["failed"] += failed
        now = time.perf_counter()
        if state["done"] - state["shown"] >= PROGRESS_EVERY or (now - state["at"] >= PROGRESS_SECONDS and done):
            state["shown"], state["at"] = state["done"], now
            rate = state["done"] / max(now - started, 1e-6)
            count = f"{state['done']}/{total}" if total else str(state["done"])
            err.print(f"ingesting: {count} articles · {state['failed']} failed · {rate:.1f} articles/s", soft_wrap=True)

    return progress


# --------------------------------------------------------------------------- extract
def _extract_records(paths: list[str], log: Any) -> Iterator[ExtractedArticle | Failure]:
    """Read and extract like ``ingest`` does, minus the store: an article that fails is reported, the rest go on."""
    from parley.ingest import read_paths
    from parley.runner import extract_batch

    batch: list[Article] = []
    for item in read_paths(paths, log=log):
        if isinstance(item, Failure):
            yield item
            continue
        batch.append(item)
        if len(batch) >= 16:
            extracted, failures = extract_batch(batch)
            yield from extracted
            yield from failures
            batch = []
    if batch:
        extracted, failures = extract_batch(batch)
        yield from extracted
        yield from failures


def extraction_json(article: ExtractedArticle) -> dict[str, Any]:
    """The documented output object (docs/schema.md), with its people. JSONL inputs keep their own ``id``."""
    from parley.query.people import with_people

    record = with_people(article).to_dict()
    if article.external_id is not None:
        record["parley_id"] = record["id"]
        record["id"] = article.external_id
    return record


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one object (or an array for several articles); jsonl: one article a line.")
@click.option("-v", "--verbose", is_flag=True, help="Say which reader handled each input.")
def extract(paths: tuple[str, ...], fmt: str, verbose: bool) -> None:
    """Print what parley extracts from articles, without a database.

    Offsets in every span index the article's text unchanged. For JSONL input each
    output line keeps the input's id and text. Unreadable inputs are reported on stderr.

    \b
    Examples:
      parley extract examples/seed/seed-article.txt
      parley extract examples/voa/voa_stories.jsonl --format jsonl > extracted.jsonl
    """
    log = (lambda line: err.print(f"[dim]{line}[/dim]")) if verbose else None
    records: list[dict[str, Any]] = []
    failures = 0
    wrote = 0
    for item in _extract_records(list(paths), log):
        if isinstance(item, Failure):
            failures += 1
            err.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason}")
            continue
        record = extraction_json(item)
        if fmt == "jsonl":
            sys.stdout.write(_dump(record) + "\n")
            wrote += 1
        else:
            records.append(record)
    if fmt == "json" and records:
        payload: Any = records[0] if len(records) == 1 else records
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if (fmt == "json" and not records) or (fmt == "jsonl" and failures and not wrote):
        err.print("[red]error:[/red] nothing could be read from the given inputs")
        sys.exit(1)


# --------------------------------------------------------------------------- search
@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("query")
@db_option
@click.option("--outlet", help="Only articles from this outlet.")
@click.option("--since", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--until", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def search(query: str, db: str, outlet: str | None, since: str | None, until: str | None, limit: int,
           offset: int, fmt: str) -> None:
    """Full-text search over article titles and texts.

    Words are all required; use double quotes for a phrase.

    \b
    Examples:
      parley search "indivisible security"
      parley search '"told TASS"' --since 2022-01 --format json
      parley search "Islamic State" --outlet VOA --limit 5
    """
    from parley.store.filters import ArticleFilter

    f = ArticleFilter(outlet=outlet, since=since, until=until)  # a bad date fails before the database opens
    with _open_store(db) as store:
        page = store.search(query, f, limit=limit, offset=offset)
    if fmt == "json":
        out.print_json(_dump({"total": page.total, "items": [h.model_dump() for h in page.items]}))
        return
    table = Table(title=f"{page.total} articles match {query!r}", show_lines=False, expand=True)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet")
    table.add_column("title / snippet", ratio=1)
    for hit in page.items:
        snippet = Text(hit.title or "", style="bold")
        body = Text(hit.snippet.replace("\n", " "))
        for start, end in hit.marks:
            body.stylize("bold yellow", start, end)
        snippet.append("\n")
        snippet.append(body)
        table.add_row(hit.id[:12], (hit.published or "")[:10], hit.outlet or "", snippet)
    out.print(table)


# --------------------------------------------------------------------------- show
def render_article(article: ExtractedArticle) -> Text:
    """The article text with each attribution's content coloured by speaker, cues underlined."""
    colours: dict[str, str] = {}
    styles: list[tuple[int, int, str]] = []
    for attribution in article.attributions:
        name = attribution.speaker.name if attribution.speaker else "?"
        colour = colours.setdefault(name, SPEAKER_COLOURS[len(colours) % len(SPEAKER_COLOURS)])
        for span in attribution.content:
            styles.append((span.start, span.end, colour))
        if attribution.cue:
            styles.append((attribution.cue.start, attribution.cue.end, "bold underline"))
        if attribution.source:
            styles.append((attribution.source.start, attribution.source.end, f"bold {colour}"))
    text = Text(article.text)
    for start, end, style in styles:
        text.stylize(style, start, end)
    legend = Text("\n\nspeakers: ")
    for name, colour in colours.items():
        legend.append(f"■ {name}  ", style=colour)
    return text + legend if colours else text


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(article_id: str, db: str, fmt: str) -> None:
    """Show one stored article with its attributions, events, people (also called: "he", a role) and entities.

    ARTICLE_ID is the parley id (a unique prefix of 6+ characters works) or the input's own id.

    \b
    Examples:
      parley show e65160f5018b
      parley show 8011115 --format json
    """
    from parley.query.people import with_people

    with _open_store(db) as store:
        article = store.get_article(article_id)
    people = with_people(article)
    if fmt == "json":
        sys.stdout.write(json.dumps(people.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    out.rule(article.title or article.id)
    meta = [f"id {article.id}", article.outlet or "", article.published or "", article.url or ""]
    if article.dateline:
        meta.append(f"dateline {article.dateline.place or ''} {article.dateline.outlet or ''}".strip())
    out.print(" · ".join(m for m in meta if m), style="dim")
    out.print(render_article(article))
    if article.attributions:
        table = Table(title="attributions", expand=True)
        for column in ("#", "kind", "speaker", "cue", "content"):
            table.add_column(column, ratio=1 if column == "content" else None)
        for i, a in enumerate(article.attributions):
            speaker = a.speaker.name if a.speaker else "—"
            if a.speaker and a.speaker.affiliation:
                speaker += f" ({a.speaker.affiliation})"
            table.add_row(str(i), a.kind, speaker, a.cue.text if a.cue else "—", clip(a.content_text, 200))
        out.print(table)
    if article.events:
        table = Table(title="events", expand=True)
        for column in ("type", "actor", "recipient", "trigger", "asserted by"):
            table.add_column(column)
        for event in article.events:
            asserter = "reporter"
            if event.asserted_by is not None and event.asserted_by < len(article.attributions):
                sp = article.attributions[event.asserted_by].speaker
                asserter = sp.name if sp else f"attribution {event.asserted_by}"
            table.add_row(
                event.type + (" (negated)" if event.negated else ""),
                actor_label(event.actor), actor_label(event.recipient), event.trigger.text, asserter,
            )
        out.print(table)
    if people.people:
        out.print(_people_table(people.people))
    if article.entities:
        out.print(_entities_table(article))


def _people_table(people: list[Any]) -> Table:
    """Each person with what the article also calls them ("China's U.N. ambassador", "he")."""
    table = Table(title="people", expand=True)
    table.add_column("person", ratio=1)
    table.add_column("role", ratio=1)
    table.add_column("also called", ratio=2)
    table.add_column("mentions", justify="right", no_wrap=True)
    for person in people:
        name = f"{person.name} ({person.affiliation})" if person.affiliation else person.name
        table.add_row(name, person.role or "", ", ".join(person.also_called), str(len(person.mentions)))
    return table


def _entities_table(article: ExtractedArticle) -> Table:
    """The entities ``show`` promises: name (code), type, affiliation, how often mentioned."""
    table = Table(title="entities", expand=True)
    table.add_column("entity", ratio=2)
    table.add_column("type", no_wrap=True)
    table.add_column("country / affiliation", ratio=1)
    table.add_column("mentions", justify="right", no_wrap=True)
    ranked = sorted(article.entities, key=lambda e: (-len(e.mentions), e.name))
    for entity in ranked:
        name = f"{entity.name} ({entity.code})" if entity.code and entity.code != entity.name else entity.name
        table.add_row(name, entity.type, entity.affiliation or entity.country or "", str(len(entity.mentions)))
    return table


# --------------------------------------------------------------------------- stats
@main.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(db: str, fmt: str) -> None:
    """Counts of what the store holds: articles, outlets, statements, speakers, events, failures.

    \b
    Examples:
      parley stats
      parley stats --db parley.db --format json
    """
    with _open_store(db) as store:
        corpus = store.stats()
    if fmt == "json":
        out.print_json(corpus.model_dump_json())
        return
    table = Table(title=f"parley store {db}", show_header=False)
    table.add_column("what", style="bold")
    table.add_column("count", justify="right")
    for label, value in (
        ("articles", corpus.articles), ("versions", corpus.versions), ("attributions", corpus.attributions),
        ("speakers", corpus.speakers), ("entities", corpus.entities), ("events", corpus.events),
        ("failures", corpus.failures),
        ("published", f"{(corpus.first_published or '')[:10]} … {(corpus.last_published or '')[:10]}"),
        ("outlets", ", ".join(f"{k} {v}" for k, v in list(corpus.outlets.items())[:8])),
    ):
        table.add_row(label, str(value))
    out.print(table)
    for reason, count in corpus.failure_reasons.items():
        err.print(f"  failures: {count:>5} {reason}")


# --------------------------------------------------------------------------- attributions
@main.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("-q", "--query", help="Full-text query over quote content.")
@click.option("--speaker", help="Exact speaker name, e.g. 'Victoria Nuland'.")
@click.option("--affiliation", "affiliations", multiple=True, help="Speaker affiliation code (USA, RUS, UN...); repeatable.")
@click.option("--outlet", help="Only statements published by this outlet.")
@click.option("--since", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--until", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
def attributions(db: str, query: str | None, speaker: str | None, affiliations: tuple[str, ...], outlet: str | None,
                 since: str | None, until: str | None, limit: int, offset: int, fmt: str) -> None:
    """List stored statements: who said what, where and when.

    \b
    Examples:
      parley attributions --limit 8
      parley attributions --speaker "Victoria Nuland"
      parley attributions --affiliation RUS -q ceasefire --format json
    """
    from parley.query.filters import attributions as find_attributions
    from parley.store.filters import StatementFilter

    f = StatementFilter(query=query, speaker=speaker, affiliation=affiliations, outlet=outlet, since=since, until=until)
    with _open_store(db) as store:
        page = find_attributions(store, f, limit=limit, offset=offset)
    if fmt != "table":
        rows = [item.model_dump(mode="json") for item in page.items]
        if fmt == "jsonl":
            for row in rows:
                sys.stdout.write(_dump(row) + "\n")
        else:
            out.print_json(_dump({"total": page.total, "items": rows}))
        return
    table = Table(title=f"{page.total} statements", expand=True, show_lines=True)
    table.add_column("date · speaker · kind", max_width=24, min_width=12)
    table.add_column("content", ratio=1, min_width=24)
    table.add_column("article", style="dim", no_wrap=True, min_width=12)
    for item in page.items:
        table.add_row(_who(item), clip(item.attribution.content_text, 240), item.article_id[:12])
    out.print(table)


# --------------------------------------------------------------------------- events
@main.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--type", "event_type", help="PLOVER event type, e.g. ACCUSE, ASSAULT, REJECT (several: ACCUSE,REJECT).")
@click.option("--actor", help="Actor code prefix (RUS, USAGOV) or name.")
@click.option("--recipient", help="Recipient code prefix or name.")
@click.option("--asserter", help="Speaker who asserts the event, or 'reporter'.")
@click.option("--partial/--no-partial", default=False, show_default=True,
              help="Also list partial events (low confidence: hypothetical, background, no coded party; see docs/events.md).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def events(db: str, event_type: str | None, actor: str | None, recipient: str | None, asserter: str | None,
           partial: bool, limit: int, offset: int, fmt: str) -> None:
    """List PLOVER-coded events: who does what to whom, and who says so.

    \b
    Examples:
      parley events --type ASSAULT
      parley events --actor RUS --asserter "Victoria Nuland"
      parley events --asserter reporter --format json
      parley events --partial          # also low-confidence (partial) events
    """
    from parley.store.filters import EventFilter, split_codes

    f = EventFilter(type=split_codes(event_type), actor=actor, recipient=recipient, asserter=asserter,
                    partial=partial)
    with _open_store(db) as store:
        page = store.events(f, limit=limit, offset=offset)
    if fmt == "json":
        out.print_json(_dump({"total": page.total, "items": [i.model_dump(mode="json") for i in page.items]}))
        return
    table = Table(title=f"{page.total} events", expand=True)
    table.add_column("date · type", no_wrap=True)
    table.add_column("actor → recipient", ratio=1, min_width=14)
    table.add_column("trigger", ratio=1, min_width=8, max_width=24)
    table.add_column("asserted by", ratio=1, min_width=10)
    table.add_column("article", style="dim", no_wrap=True)
    for item in page.items:
        e = item.event
        when = Text((e.date or item.published or "")[:10], style="dim")
        when.append("\n" + e.type + (" (neg)" if e.negated else ""), style="bold")
        if e.mode:
            when.append(" " + e.mode, style="dim")
        table.add_row(
            when, f"{actor_label(e.actor)}\n→ {actor_label(e.recipient)}", clip(e.trigger.text, 40),
            item.asserter or ("reporter" if e.asserted_by is None else "?"), item.article_id[:12],
        )
    out.print(table)


# --------------------------------------------------------------------------- failures
@main.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def failures(db: str, limit: int, fmt: str) -> None:
    """Inputs that could not be ingested, newest first, with the reason.

    \b
    Examples:
      parley failures
      parley failures --format json --limit 500
    """
    with _open_store(db) as store:
        page = store.failures(limit=limit)
    if fmt == "json":
        out.print_json(_dump({"total": page.total, "items": [f.to_dict() for f in page.items]}))
        return
    table = Table(title=f"{page.total} failures")
    for column in ("at", "reason", "source", "detail"):
        table.add_column(column)
    for f in page.items:
        table.add_row(f.at, f.reason, f.source, clip(f.detail or "", 120))
    out.print(table)


# --------------------------------------------------------------------------- export
_EXPORT_WHAT = ("articles", "attributions", "events", "entities")


def _export_rows(store: Any, what: str, fmt: str) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles():
        if fmt == "plover":
            from parley.extract.events.plover_export import to_plover_records

            yield from to_plover_records(article)
        elif what == "articles":
            yield article.to_dict() if fmt == "jsonl" else {
                "id": article.id, "url": article.url, "outlet": article.outlet, "title": article.title,
                "author": article.author, "published": article.published,
                "dateline_place": article.dateline.place if article.dateline else None,
                "dateline_outlet": article.dateline.outlet if article.dateline else None,
                "attributions": len(article.attributions), "events": len(article.events),
                "text": article.text,
            }
        elif what == "attributions":
            for i, a in enumerate(article.attributions):
                if fmt == "jsonl":
                    yield {"article_id": article.id, "index": i, "published": article.published,
                           "outlet": article.outlet, **a.to_dict()}
                else:
                    yield {
                        "article_id": article.id, "index": i, "published": article.published,
                        "outlet": article.outlet, "kind": a.kind, "content": a.content_text,
                        "content_start": a.content[0].start if a.content else None,
                        "content_end": a.content[-1].end if a.content else None,
                        "cue": a.cue.text if a.cue else None, "source": a.source.text if a.source else None,
                        "speaker": a.speaker.name if a.speaker else None,
                        "role": a.speaker.role if a.speaker else None,
                        "affiliation": a.speaker.affiliation if a.speaker else None,
                        "addressee": a.addressee.name if a.addressee else None,
                        "channel": a.addressee.channel if a.addressee else None, "inferred": a.inferred,
                    }
        elif what == "events":
            for i, e in enumerate(article.events):
                if fmt == "jsonl":
                    yield {"article_id": article.id, "index": i, **e.to_dict()}
                else:
                    yield {
                        "article_id": article.id, "index": i, "type": e.type, "mode": e.mode,
                        "negated": e.negated, "actor": e.actor.name if e.actor else None,
                        "actor_code": e.actor.code if e.actor else None,
                        "recipient": e.recipient.name if e.recipient else None,
                        "recipient_code": e.recipient.code if e.recipient else None,
                        "trigger": e.trigger.text, "trigger_start": e.trigger.start, "date": e.date,
                        "place": e.place, "asserted_by": e.asserted_by,
                    }
        else:
            for i, ent in enumerate(article.entities):
                if fmt == "jsonl":
                    yield {"article_id": article.id, "index": i, **ent.to_dict()}
                else:
                    yield {
                        "article_id": article.id, "index": i, "name": ent.name, "type": ent.type,
                        "code": ent.code, "country": ent.country, "sector": ent.sector, "role": ent.role,
                        "affiliation": ent.affiliation, "mentions": len(ent.mentions),
                    }


@main.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "plover"]), default="jsonl", show_default=True,
              help="plover: PLOVER JSON event records, one a line.")
@click.option("--what", type=click.Choice(_EXPORT_WHAT), default="articles", show_default=True,
              help="Which records to export (ignored for --format plover).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def export(db: str, fmt: str, what: str, output: str | None) -> None:
    """Export stored records as JSONL, CSV or PLOVER event records.

    \b
    Examples:
      parley export > corpus.jsonl
      parley export --what attributions --format csv -o statements.csv
      parley export --format plover -o events.jsonl
    """
    store = _open_store(db)  # first: a missing database must not leave an empty output file behind
    stream: TextIO = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    count = 0
    try:
        with store:
            writer: csv.DictWriter[str] | None = None
            for row in _export_rows(store, what, fmt):
                if fmt == "csv":
                    if writer is None:
                        writer = csv.DictWriter(stream, fieldnames=list(row))
                        writer.writeheader()
                    writer.writerow(row)
                else:
                    stream.write(_dump(row) + "\n")
                count += 1
    finally:
        if output:
            stream.close()
    if output:
        err.print(f"wrote {count} {what if fmt != 'plover' else 'PLOVER records'} to {output}")


# --------------------------------------------------------------------------- schema
@main.command(context_settings=CONTEXT_SETTINGS)
def schema() -> None:
    """Print the JSON Schema of the article objects that `parley extract` prints.

    \b
    Examples:
      parley schema > extract.schema.json
    """
    from parley.schema import output_schema

    sys.stdout.write(json.dumps(output_schema(), indent=2, ensure_ascii=False) + "\n")
