"""Direct-quote scanner: quote marks of every style, stray marks, multi-paragraph quotes."""

from __future__ import annotations

import pytest

from parley.extract.attributions.quotes import find_quotes


def contents(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.parts] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"A," she said, "B."', [["A,"], ["B."]]),
        ("He said: “This is it.” Then he left.", [["This is it."]]),
        ("``Latex style,'' he said.", [["Latex style,"]]),
        ("''Folks recognize,'' Mr. Coleman said, ''but not a lot.''", [["Folks recognize,"], ["but not a lot."]]),
        ("''I would use the word 'old-school,''' said Gregory.", [["I would use the word 'old-school,'"]]),
        ("«Nous verrons», a-t-il dit.", [["Nous verrons"]]),
        ("She called it ‘a very bad deal’ on Monday.", [["a very bad deal"]]),
        # Inward-pointing guillemets (German, Danish), double primes and full-width marks.
        ("»Wir schaffen das«, sagte Merkel.", [["Wir schaffen das"]]),
        ("″We will not give up,″ Merkel said.", [["We will not give up,"]]),
        ("＂We will not give up,＂ Merkel said.", [["We will not give up,"]]),
        ("„We will not give up,“ Merkel said.", [["We will not give up,"]]),
        # A quote running over two paragraphs: the first never closes, the second re-opens.
        ("“One thing.\n\n“Another thing,” he said.", [["One thing.", "Another thing,"]]),
        ("''One.\n\n''Two,'' he said.", [["One.", "Two,"]]),
        # Stray closing mark first: skipped, the real quote still found.
        ('stray ” mark and "a real one" here', [["a real one"]]),
        # Two openers in a row: the first was stray.
        ('He said "hi. Then she said "bye now" and left.', [["bye now"]]),
        # An opener that never closes and is not continued: kept up to the paragraph end ...
        ('He said "this never closes.\n\nNext paragraph.', [["this never closes."]]),
        # ... or to the end of its sentence, when the paragraph runs on (abbreviations do not end it).
        ('He said "Gen. Lee and the U.S. Army will win. Exantus said more.', [["Gen. Lee and the U.S. Army will win."]]),
        ('"Is it over? It is," she said "and then.', [["Is it over? It is,"], ["and then."]]),
        # Nested quotes belong to the outer quote.
        ("“He told me ‘no way’ twice,” she said.", [["He told me ‘no way’ twice,"]]),
    ],
)
def test_quotes_found(text: str, expected: list[list[str]]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No quotes at all here.",
        "Russia's army and the states' rights; don't, won't, the '90s.",
        "Rock 'n' roll is 'em all.",
        "A lone ” closer and a lone ’ apostrophe.",
        "He was 6' tall.",
    ],
)
def test_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_bug_unclosed_quote_swallowed_the_rest_of_a_flattened_story() -> None:
    """Issue 11: in a VOA story with no line breaks, '"... safety. What's next? Exantus said ...' ran
    to the end of the article and hid every later statement."""
    text = 'Levin tweeted. "Moise is costing lives. What is next? Exantus said three commissions were set up.'
    assert contents(text) == [["Moise is costing lives."]]


def test_odd_number_of_quote_marks_does_not_stop_the_article() -> None:
    text = 'First "stray.\n\nThen "a proper quote," she said. And "another one" later.'
    assert [["a proper quote,"], ["another one"]] == contents(text)[-2:]
