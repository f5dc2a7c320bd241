"""Notion matching: variants that must match, phrases that must not, spans, notions files."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import ConfigError, InputError
from parley.models import Attribution, ExtractedArticle, Speaker, make_span
from parley.notions.matching import (
    Notion,
    find,
    load_notions,
    match_article,
    reporter_sentences,
    resolve_notion,
    stem,
)

INDIVISIBLE = Notion("indivisible security")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States believes in indivisible security.", "indivisible security"),
        ("We all believe in indivisibility of security.", "indivisibility of security"),
        ("How we understand the indivisibility of security matters.", "indivisibility of security"),
        ("For Moscow, security is indivisible.", "security is indivisible"),
        ("He spoke of the indivisible nature of security in Europe.", "indivisible nature of security"),
        ("Securities are indivisible, the lawyer joked.", "Securities are indivisible"),
        ("an indivisible-security doctrine", "indivisible-security"),
        ("INDIVISIBLE SECURITY was the slogan.", "INDIVISIBLE SECURITY"),
        ("the principle that security is truly indivisible", "security is truly indivisible"),
        ("Security, which is indivisible, came first.", "Security, which is indivisible"),
        ("security is indivisibly linked", "security is indivisibly"),
    ],
)
def test_variants_match(text: str, expected: str) -> None:
    matches = find(INDIVISIBLE, text)
    assert [m.text for m in matches] == [expected]
    assert text[matches[0].start : matches[0].end] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine wants security guarantees from the West.",
        "The four freedoms are indivisible. Security is another matter.",
        "Security matters and, as everyone knows, the four freedoms are indivisible.",
        "The alliance is indivisible.",
        "Collective security was discussed.",
        "Divisible security is a contradiction.",
        "The security council met; the union is indivisible.",
        "",
    ],
)
def test_must_not_match(text: str) -> None:
    assert find(INDIVISIBLE, text) == []


@pytest.mark.parametrize(
    "notion, text, expected",
    [
        ("rules-based order", "a rules based order", "rules based order"),
        ("rules-based order", "the order, rules-based and fair", "order, rules-based"),
        ("rules based order", "the rules-based international order", "rules-based international order"),
        ("nonaggression pact", "a non-aggression pact was signed", "non-aggression pact"),
        ("sphere of influence", "Russia's spheres of influence", "spheres of influence"),
        ("NATO enlargement", "NATO's enlargement to the east", "NATO's enlargement"),
        ("NATO enlargement", "the enlargement of NATO", "enlargement of NATO"),
        ("security guarantees", "guarantees for its security", "guarantees for its security"),
        ("security guarantees", "guaranteed security", "guaranteed security"),
    ],
)
def test_other_notions(notion: str, text: str, expected: str) -> None:
    assert [m.text for m in find(Notion(notion), text)] == [expected]


@pytest.mark.parametrize(
    "notion, text",
    [
        ("security guarantees", "We believe in indivisible security."),
        ("rules-based order", "The rules were based on an old law, and order was restored."),
        ("NATO enlargement", "NATO met. The enlargement of the EU followed."),
    ],
)
def test_other_notions_must_not_match(notion: str, text: str) -> None:
    assert find(Notion(notion), text) == []


@pytest.mark.parametrize(
    "a, b",
    [
        ("indivisible", "indivisibility"),
        ("indivisibly", "indivisible"),
        ("security", "securities"),
        ("sovereignty", "sovereign"),
        ("guarantees", "guaranteed"),
        ("families", "family"),
        ("militarization", "militarisation"),
    ],
)
def test_stem_folds_together(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("divisible", "indivisible"), ("security", "guarantee"), ("order", "border")])
def test_stem_keeps_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


def test_offsets_inside_a_window_index_the_full_text() -> None:
    text = "Preamble. She said security is indivisible. End."
    start = text.index("She")
    [match] = find(INDIVISIBLE, text, start, text.index(" End"))
    assert text[match.start : match.end] == "security is indivisible"


def test_notion_of_only_function_words_is_an_input_error() -> None:
    with pytest.raises(InputError):
        Notion("of the")


def test_resolve_notion_uses_bundled_variants() -> None:
    notion = resolve_notion("indivisibility of security")
    assert notion.name == "indivisible security"
    assert "equal and indivisible security" in notion.variants
    assert resolve_notion("the doctrine of restraint").name == "the doctrine of restraint"


def _article(text: str, contents: list[tuple[str, str]]) -> ExtractedArticle:
    """A real record: sentences split on '. ', attributions on the given content strings."""
    sentences, cursor = [], 0
    for piece in text.split(". "):
        end = cursor + len(piece) + (1 if cursor + len(piece) < len(text) else 0)
        sentences.append(make_span(text, cursor, min(end, len(text))))
        cursor = end + 1
    attributions = []
    for content, speaker in contents:
        start = text.index(content)
        attributions.append(Attribution(
            kind="direct", content=[make_span(text, start, start + len(content))],
            speaker=Speaker(name=speaker, affiliation="USA"),
        ))
    return ExtractedArticle(id="a1", text=text, sentences=sentences, attributions=attributions)


def test_match_article_separates_statements_from_reporter_sentences() -> None:
    text = ('Officials spoke of indivisible security. "Security is indivisible," Nuland said. '
            'She also mentioned security guarantees.')
    article = _article(text, [("Security is indivisible,", "Victoria Nuland")])
    matches = match_article(INDIVISIBLE, article)
    assert [(m.kind, m.matches[0].text) for m in matches] == [
        ("attribution", "Security is indivisible"),
        ("reporter", "indivisible security"),
    ]
    assert matches[0].attribution_index == 0
    assert matches[0].attribution is not None and matches[0].attribution.speaker.name == "Victoria Nuland"


def test_reporter_sentences_exclude_attribution_content() -> None:
    text = 'He said "we believe in indivisible security" yesterday. Rain fell.'
    article = _article(text, [("we believe in indivisible security", "X")])
    pieces = [p.text for p in reporter_sentences(article)]
    assert pieces == ['He said "', '" yesterday.', "Rain fell."]
    assert match_article(INDIVISIBLE, article, reporter=True)[0].kind == "attribution"
    assert len(match_article(INDIVISIBLE, article)) == 1


def test_seed_statements_match(seed_text: str) -> None:
    """On the seed text alone: the title and three quotes speak of the notion, with both wordings."""
    phrases = {seed_text[m.start : m.end].lower() for m in find(INDIVISIBLE, seed_text)}
    assert phrases == {"indivisible security", "indivisibility of security"}
    assert len(find(INDIVISIBLE, seed_text)) == 6


@pytest.mark.parametrize(
    "filename, body",
    [
        ("n.toml", '[[notion]]\nname = "strategic stability"\nvariants = ["strategic balance"]\n'),
        ("n.yaml", "notions:\n  - name: strategic stability\n    variants: [strategic balance]\n"),
        ("n.yml", "strategic stability:\n  - strategic balance\n"),
    ],
)
def test_notions_file_formats(tmp_path: Path, filename: str, body: str) -> None:
    path = tmp_path / filename
    path.write_text(body, encoding="utf-8")
    [notion] = load_notions(path)
    assert notion == Notion("strategic stability", ("strategic balance",))
    resolved = resolve_notion("strategic balance", load_notions(path))
    assert resolved.name == "strategic stability"
    assert [m.text for m in find(resolved, "a new strategic balance in Europe")] == ["strategic balance"]


@pytest.mark.parametrize(
    "filename, body",
    [("bad.toml", "[[notion]\nname="), ("bad.yaml", "- variants: [x]\n"), ("bad.yaml", "notions: 3\n")],
)
def test_bad_notions_file_is_a_config_error(tmp_path: Path, filename: str, body: str) -> None:
    path = tmp_path / filename
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_notions(path)


def test_missing_notions_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_notions(tmp_path / "nope.toml")
