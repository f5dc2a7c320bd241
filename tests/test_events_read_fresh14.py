"""Issue 12, read from fresh14's errors once fresh15 took its place as the blind check (session 38): general
constructions behind them, as behaviour tables."""

from __future__ import annotations

import pytest
from event_triples import triples

Triple = tuple[str, str | None, str | None]


# -- vocabulary: outlets closed, cells broken up, hostages held, tariffs in retaliation -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Feb. 24, the Moroccan counterterror agency broke up a terrorist cell in Rabat.", ("COERCE", "MAR", "MAR")),
        ("Kenyan police broke up a protest outside parliament.", ("COERCE", "KEN", None)),
        ("The Russian government shut down the independent radio station.", ("COERCE", "RUS", None)),
        ("The Somali government closed 12 media outlets and websites.", ("COERCE", "SOM", None)),
        ("The European Union retaliated with its own tariffs on U.S. exports.", ("SANCTION", "IGO", "USA")),
        ("Hungarian Prime Minister Viktor Orban has long railed against the European Union.", ("ACCUSE", "HUN", "IGO")),
    ],
)
def test_phrase_lexicon_entries(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_hostages_held_are_an_abduction() -> None:
    assert any(t[0] == "ASSAULT" for t in triples("Suicide bombers were holding hostages in three different places."))


def test_a_world_held_hostage_is_a_figure() -> None:
    assert triples("They are worried that Putin will weaponize energy supply and hold the world hostage.") == []


def test_trade_retaliation_with_tariffs_is_a_sanction_not_an_attack() -> None:
    assert triples("Canada retaliated with tariffs on steel.") == [("SANCTION", "CAN", None)]


def test_the_object_of_a_verb_preposition_object_entry_is_not_a_second_event() -> None:
    found = triples("The European Union retaliated with its own tariffs on U.S. exports.")
    assert found == [("SANCTION", "IGO", "USA")], found


# -- "to lobby the EU to abandon the tariffs": the object is asked -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Chinese Commerce Minister Wang Wentao visited Europe and met with officials in the EU to lobby the EU to abandon the tariffs.",
         ("REQUEST", "CHN", "IGO"), ("CONCEDE", "CHN", None)),
        ("Tokyo lobbied Washington to lift the sanctions.", ("REQUEST", "JPN", "USA"), ("CONCEDE", "JPN", None)),
    ],
)
def test_bug_object_control_infinitive_parsed_as_adverbial_was_coded_for_the_asker(text: str, expected: Triple, wrong: Triple) -> None:
    found = triples(text)
    assert expected in found and wrong not in found, found


# -- an event noun that is the subject of its own verb: one event -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coordinated airstrikes by the Somali army and international partners have killed at least 50 al-Shabab militants.",
         ("ASSAULT", "SOM", "SOM")),
        # the noun's own words lend the recipient the verb's object does not code
        ("A Taliban attack on a government compound in western Badghis province has killed at least 20 troops and policemen.",
         ("ASSAULT", "AFG", "AFG")),
    ],
)
def test_bug_event_noun_subject_of_its_verb_was_a_second_event(text: str, expected: Triple) -> None:
    found = [t for t in triples(text) if t[0] == "ASSAULT"]
    assert found == [expected], found


# -- "told Trump in phone conversations": talks set by a verb of saying --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexican President Claudia Sheinbaum told Trump in phone conversations last week that she had sent troops to the border.",
         ("CONSULT", "MEX", "USA")),
        ("Putin told Biden in a phone call that Russia would respond.", ("CONSULT", "RUS", "USA")),
        ("Macron said in a phone call with Zelensky that France would send more weapons.", ("CONSULT", "FRA", "UKR")),
    ],
)
def test_talks_that_set_a_verb_of_saying(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "He told reporters in a briefing that talks would resume.",
        "In a meeting with publishers, the Taliban officials said that books need a permit.",
    ],
)
def test_talks_with_no_party_talked_with_are_not_coded(text: str) -> None:
    assert not any(t[0] == "CONSULT" for t in triples(text)), triples(text)


# -- a region as the subject acts for itself ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Europe imposed tariffs on Chinese cars.", ("SANCTION", "CHN", "CHN")),
        ("Africa condemned the coup in Niger.", ("ACCUSE", "NER", "NER")),
    ],
)
def test_bug_region_subject_took_the_country_it_acts_on(text: str, wrong: Triple) -> None:
    assert wrong not in triples(text), triples(text)


# -- read from a corpus sample of shown events (seeds 38001, 38002) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.N. says fighting in the C.A.R. has forced close to a million Central Africans to flee to Cameroon.", None),
        ("The floods forced thousands to leave their homes.", None),
        ("Indian Air Force fighter jets forced a Georgian cargo plane to land in Jaipur.", ("COERCE", "IND", "GEO")),
    ],
)
def test_bug_war_or_want_that_drives_people_out_was_coercion(text: str, expected: Triple | None) -> None:
    found = [t for t in triples(text) if t[0] == "COERCE"]
    assert found == ([expected] if expected else []), found


def test_bug_deporter_was_one_of_the_destinations() -> None:
    text = "At times, the facilities held close to 200 detainees, many of whom were deported to Honduras, Venezuela or other countries."
    assert ("COERCE", None, "HND") in triples(text), triples(text)


# -- read from a corpus sample of the exchange's shown events (seed 38003) -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have a question for each of you, but I will ask Daleep first.",
        "And I appreciate being able to ask all three.",
        "I was asked that yesterday.",
    ],
)
def test_bug_a_question_put_in_a_briefing_was_a_request(text: str) -> None:
    assert not any(t[0] == "REQUEST" for t in triples(text)), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There, North Korean leader Kim Jong Un asked U.S. President Donald Trump for sanctions relief.", ("REQUEST", "PRK", "USA")),
        ("Ukraine asked NATO for more weapons.", ("REQUEST", "UKR", "IGO")),
        ("Poland asked the United States to send more troops.", ("REQUEST", "POL", "USA")),
    ],
)
def test_a_party_asked_for_something_is_a_request(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Therefore, neither NATO nor the USA can accept all of Russia's demands.", ("REJECT", "IGO", "RUS"), ("AGREE", "IGO", "USA")),
        ("Neither Russia nor China supported the resolution.", ("REJECT", "RUS", None), ("SUPPORT", "RUS", None)),
    ],
)
def test_bug_neither_nor_subject_was_an_agreement_between_the_two(text: str, expected: Triple, wrong: Triple) -> None:
    found = triples(text)
    assert expected in found and wrong not in found, found


def test_bug_what_including_adds_to_a_topic_was_the_party() -> None:
    text = ("The leaders also discussed their joint efforts to deter further Russian aggression against Ukraine, "
            "including preparations to impose massive consequences on Russia.")
    assert ("CONSULT", None, None) in triples(text), triples(text)


def test_in_the_event_that_supposes() -> None:
    from event_triples import first_shown

    assert first_shown("In the event that Russia invades Ukraine, we will respond.", "ASSAULT") is False


# -- call readouts: views exchanged, a counterpart informed or briefed, talks on a topic ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vladimir Putin and Emmanuel Macron exchanged views on the situation in Ukraine.", ("CONSULT", "RUS", "FRA")),
        ("Vladimir Putin informed his French counterpart of Russia's diplomatic efforts in this area.", ("CONSULT", "RUS", "FRA")),
        ("Biden briefed Zelensky on his call with Putin.", ("CONSULT", "USA", "UKR")),
        ("Blinken held talks with Lavrov on Ukraine.", ("CONSULT", "USA", "RUS")),
    ],
)
def test_readout_constructions(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "He has been briefed.",  # the President by his own staff
        "The spokesman briefed reporters on the talks.",
        "The ministry informed the public about the new rules.",
    ],
)
def test_briefings_that_consult_no_party(text: str) -> None:
    assert not any(t[0] == "CONSULT" for t in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders exchanged views on the situation with Russia's recognition of the Donetsk and Lugansk people's republics.",
        "The two sides held talks on Syria.",
    ],
)
def test_bug_what_talks_are_on_was_a_party(text: str) -> None:
    assert [t for t in triples(text) if t[0] == "CONSULT"] == [("CONSULT", None, None)], triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States and President Biden has rallied the world, rallied Europe to stand up against the efforts of President Putin.",
        "Second, we have made a demonstration of the power of our financial sanctions.",
        "The President is healthy, as you saw from our release of his medical report from last week.",
    ],
)
def test_bug_rallying_others_a_show_of_power_and_a_report_released_were_events(text: str) -> None:
    assert triples(text) == [], triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of protesters rallied in Khartoum to demand the release of political prisoners.", "PROTEST"),
        ("Students held a demonstration against the government in Dhaka.", "PROTEST"),
        ("The rebels announced the release of 20 hostages.", "RETREAT"),
    ],
)
def test_protests_and_releases_stay(text: str, expected: str) -> None:
    assert any(t[0] == expected for t in triples(text)), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He pointed out that Indonesia does not recognize dog meat as edible.", []),
        ("Morocco recognized Israel in 2020.", [("SUPPORT", "MAR", "ISR")]),
        ("Russia does not recognize the new government in Kabul.", [("REJECT", "RUS", "AFG")]),
    ],
)
def test_bug_a_thing_not_recognized_as_something_was_a_refusal(text: str, expected: list[Triple]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The alleged coup plotters involved in the attempt to overthrow President Jovenel Moise on Feb. 7 are also detained there.", False),
        ("The journalists are detained in Evin prison.", False),
        ("The suspects were detained on Tuesday.", True),
        ("Dozens of protesters are detained in Minsk on Sunday.", True),
    ],
)
def test_bug_people_held_now_were_an_arrest(text: str, shown: bool) -> None:
    from event_triples import first_shown

    assert first_shown(text, "COERCE") is shown


def test_a_metro_station_closed_is_no_censorship() -> None:
    assert triples("Authorities closed the metro station after the attack.") == []
    assert ("COERCE", "NER", "NER") in triples("The junta closed two radio stations in Niamey.")


def test_bug_doctors_on_strike_were_a_news_outlet_acting() -> None:
    from event_triples import first_shown

    assert ("PROTEST", "KEN", None) in triples("Doctors in Kenya went on strike on Monday.")
    assert first_shown("Doctors in Kenya went on strike on Monday.", "PROTEST") is True
