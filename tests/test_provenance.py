"""Provenance: publisher and the original source the text credits."""

from __future__ import annotations

import pytest

from parley.extract.provenance import canonical_outlet, find_provenance, outlet_for_domain
from parley.ingest.article import build_article
from parley.models import Addressee, Attribution, ExtractedArticle, Speaker, make_span


def _article(text: str, **fields: object) -> ExtractedArticle:
    return ExtractedArticle(**build_article(text=text, **fields).model_dump())


@pytest.mark.parametrize(
    "text, fields, publisher, source, channel, evidence",
    [
        ("Russia wants talks, Deputy Foreign Minister Sergei Ryabkov told TASS in an interview.",
         {"outlet": "ARTSAKHPRESS"}, "ARTSAKHPRESS", "TASS", "interview", "told TASS in an interview"),
        ("In an interview with Kommersant, the minister said the talks had failed.",
         {"url": "https://www.rferl.org/a/1"}, "RFE/RL", "Kommersant", "interview", "In an interview with Kommersant"),
        ("MOSCOW (Reuters) - Russia said on Monday it would not move troops.",
         {"url": "https://example.org/a"}, "example.org", "Reuters", "wire", "MOSCOW (Reuters) -"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.",
         {"outlet": "Daily Herald"}, "Daily Herald", "AP", "wire", "WASHINGTON (AP) —"),
        ("Troops massed near the border, according to Reuters.",
         {"outlet": "Kyiv Post"}, "Kyiv Post", "Reuters", "report", "according to Reuters"),
        ("Troops massed near the border, according to The Associated Press.",
         {"outlet": "Kyiv Post"}, "Kyiv Post", "AP", "report", "according to The Associated Press"),
        ("Xinhua reported that the talks would resume.",
         {"outlet": "Global Times"}, "Global Times", "Xinhua", "report", "Xinhua reported"),
        ("The minister spoke to TASS on Friday. The agency reported that talks would resume.",
         {"outlet": "Armenpress"}, "Armenpress", "TASS", "comment", "spoke to TASS"),
        ("The ceasefire held.\n\nThis article was originally published by Meduza.",
         {"outlet": "Kyiv Independent"}, "Kyiv Independent", "Meduza", "republication", "originally published by Meduza"),
        ("The ceasefire held.\n\nSome information for this report came from Reuters and AFP.",
         {"url": "https://www.voanews.com/a/x"}, "VOA", "Reuters", "wire", "Some information for this report came from Reuters"),
        ("The ceasefire held.\n\nReuters contributed to this report.",
         {"outlet": "VOA"}, "VOA", "Reuters", "wire", "Reuters contributed to this report"),
    ],
)
def test_provenance_phrases(
    text: str, fields: dict, publisher: str, source: str, channel: str, evidence: str
) -> None:
    provenance = find_provenance(_article(text, **fields))
    assert (provenance.publisher, provenance.original_source, provenance.original_channel) == (
        publisher, source, channel,
    )
    assert provenance.evidence is not None and provenance.evidence.text == evidence
    assert text[provenance.evidence.start : provenance.evidence.end] == evidence


@pytest.mark.parametrize(
    "text, fields, publisher",
    [
        # The publisher's own reporting: "told VOA" in a VOA story is not another source.
        ("The strike killed two, a local official told VOA.", {"url": "https://www.voanews.com/a/1"}, "VOA"),
        # "the Guardian Council" is an Iranian body, not the newspaper.
        ("The law was approved, according to the Guardian Council.", {"outlet": "IRNA"}, "IRNA"),
        ("He told reporters in Brussels that NATO would respond.", {"outlet": "Euronews"}, "Euronews"),
        ("According to the ministry, 40 people were detained.", {"outlet": "BBC"}, "BBC"),
        ("No source is named in this short story.", {}, None),
        # Citations deep in the story do not make the story theirs.
        ("Lead sentence here. " + "Filler sentence about the war. " * 40 + "He later told CNN in an interview that he was sorry.",
         {"outlet": "VOA"}, "VOA"),
    ],
)
def test_no_original_source(text: str, fields: dict, publisher: str | None) -> None:
    provenance = find_provenance(_article(text, **fields))
    assert provenance.publisher == publisher
    assert provenance.original_source is None and provenance.evidence is None


def test_dateline_outlet_is_the_publisher() -> None:
    text = "STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS: The talks went on."
    assert find_provenance(_article(text)).publisher == "ARTSAKHPRESS"


def test_attribution_addressee_gives_the_interview() -> None:
    text = "Peace is possible, the envoy told Izvestia in an interview on Monday."
    cue = text.index("told")
    attribution = Attribution(
        kind="indirect", content=[make_span(text, 0, 17)], cue=make_span(text, cue, cue + 4),
        speaker=Speaker(name="The envoy"), addressee=Addressee(name="Izvestia", channel="interview"),
    )
    article = _article(text, outlet="Armenpress").model_copy(update={"attributions": [attribution]})
    provenance = find_provenance(article)
    assert (provenance.original_source, provenance.original_channel) == ("Izvestia", "interview")
    assert provenance.evidence is not None and provenance.evidence.text == "told Izvestia in an interview"


def test_addressee_that_is_not_an_outlet_is_not_a_source() -> None:
    text = "Peace is possible, the envoy told lawmakers on Monday."
    attribution = Attribution(
        kind="indirect", content=[make_span(text, 0, 17)], cue=make_span(text, 29, 33),
        addressee=Addressee(name="lawmakers", channel=None),
    )
    article = _article(text, outlet="Armenpress").model_copy(update={"attributions": [attribution]})
    assert find_provenance(article).original_source is None


@pytest.mark.parametrize(
    "name, canonical",
    [("Associated Press", "AP"), ("The Associated Press", "AP"), ("Artsakhpress", "ARTSAKHPRESS"),
     ("ITAR-TASS", "TASS"), ("Some Blog", "Some Blog"), ("www.voanews.com", "VOA"), ("news.example.org", "news.example.org"),
     (None, None)],
)
def test_canonical_outlet(name: str | None, canonical: str | None) -> None:
    assert canonical_outlet(name) == canonical


@pytest.mark.parametrize(
    "url, outlet",
    [("https://www.voanews.com/a/x.html", "VOA"), ("https://tass.com/politics/1", "TASS"),
     ("https://news.example.org/x", "news.example.org"), (None, None)],
)
def test_outlet_for_domain(url: str | None, outlet: str | None) -> None:
    assert outlet_for_domain(url) == outlet


def test_seed_provenance(seed_text: str) -> None:
    """Done-when of issue 5: published by ARTSAKHPRESS, the interview given to TASS."""
    from parley.extract.pipeline import extract

    provenance = extract(seed_text, published="2022-02-04T10:11").provenance
    assert provenance is not None
    assert (provenance.publisher, provenance.original_source, provenance.original_channel) == (
        "ARTSAKHPRESS", "TASS", "interview",
    )
    assert provenance.evidence is not None and "told TASS" in provenance.evidence.text


def test_lead_size_is_a_setting(tmp_path) -> None:
    """A citation past the lead does not count; how long the lead is comes from provenance/settings.toml."""
    import shutil
    from importlib import resources
    from pathlib import Path

    from parley.datafiles import DataFiles
    from parley.extract.provenance import load_rules

    article = _article("The ceasefire held. " * 40 + "Troops massed, according to Reuters.", outlet="Kyiv Post")
    assert find_provenance(article).original_source is None
    root = Path(shutil.copytree(Path(str(resources.files("parley").joinpath("data"))), tmp_path / "data"))
    settings = root / "provenance" / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("lead_fallback_chars = 600", "lead_fallback_chars = 2000"))
    assert find_provenance(article, rules=load_rules(DataFiles(root))).original_source == "Reuters"
