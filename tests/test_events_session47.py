"""Issue 12, session 47: general constructions found by writing ordinary wire-report sentences for every PLOVER type
(a checklist, none taken from a gold set) and by reading shown events of the bundled corpora outside the labelled
sentences, as behaviour tables, with the cases that must code nothing."""

from __future__ import annotations

import pytest
from event_triples import triples

from parley.extract.pipeline import extract

Triple = tuple[str, str | None, str | None]


# -- an official's journey to another state is a visit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Modi arrived in Washington on Monday.", ("CONSULT", "IND", "USA")),
        ("Blinken flew to Kyiv on Wednesday.", ("CONSULT", "USA", "UKR")),
        # a journey announced is an intention to visit, as "will visit" (PLV codes "will meet" AGREE)
        ("Modi will travel to Washington next month.", ("AGREE", "IND", "USA")),
    ],
)
def test_an_officials_journey_to_another_state_is_a_visit(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese foreign minister did not travel to India.",  # no journey, and no refusal either
        "Blinken flew back to Washington on Wednesday.",  # home
        "The tourists flew to Kyiv on Wednesday.",  # no official
        "The troops flew home.",
    ],
)
def test_a_journey_that_is_no_visit_codes_nothing(text: str) -> None:
    assert not [t for t in triples(text) if t[0] in {"CONSULT", "AGREE", "MOBILIZE"}], triples(text)


def test_a_journey_made_for_talks_is_coded_once_by_the_talks() -> None:
    found = [t for t in triples("Putin flew to Beijing for talks with Xi.") if t[0] == "CONSULT"]
    assert len(found) == 1, found


# -- a warning, a charge, a list ----------------------------------------------------------------------------------------


def test_bug_warning_that_it_would_respond_was_read_as_declining_to_comment() -> None:
    text = "Russia warned Poland that it would respond if NATO troops were deployed on its territory."
    assert ("THREATEN", "RUS", "POL") in triples(text, shown=True), triples(text)


def test_declining_to_respond_is_still_no_refusal() -> None:
    assert not [t for t in triples("The ministry declined to respond.") if t[0] == "REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon charged that Chinese hackers had stolen defence secrets.", [("ACCUSE", "USA", "CHN")]),
        # no party named in the clause: a claim, not an accusation
        ("The company charged that it was owed money.", []),
    ],
)
def test_a_charge_laid_in_a_that_clause_names_its_party_there(text: str, expected: list[Triple]) -> None:
    assert [t for t in triples(text) if t[0] == "ACCUSE"] == expected, triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain has added 10 Iranian officials to its sanctions list.", ("SANCTION", "GBR", "IRN")),
        ("The United States removed Cuba from its list of state sponsors of terrorism.", ("CONCEDE", "USA", "CUB")),
        ("The EU delisted three Russian businessmen.", ("CONCEDE", "IGO", "RUS")),
    ],
)
def test_a_party_put_on_or_taken_off_a_blacklist(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government added Mexico to the list of countries eligible for visas.",
        "The coach added three players to the list.",
    ],
)
def test_a_list_that_is_no_blacklist_codes_nothing(text: str) -> None:
    assert not [t for t in triples(text) if t[0] in {"SANCTION", "CONCEDE"}], triples(text)


# -- who gives, and what is given ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway is one of the biggest donors to the Palestinian Authority.", ("AID", "NOR", "PSE")),
        ("The United States remains the largest single donor of humanitarian assistance in Iraq.", ("AID", "USA", "IRQ")),
    ],
)
def test_the_subject_of_a_linking_verb_is_the_donor(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_what_a_donor_gives_is_one_act_with_the_donor() -> None:
    found = [t for t in triples("The United States remains the largest single donor of humanitarian assistance in Iraq.")
             if t[0] == "AID"]
    assert found == [("AID", "USA", "IRQ")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soon, the White House will post it online and release it to the press.", []),
        ("Sudan released 30 political prisoners to the Red Cross on Monday.", [("RETREAT", "SDN", "NGO")]),
    ],
)
def test_what_is_released_to_the_press_is_published_not_freed(text: str, expected: list[Triple]) -> None:
    assert [t for t in triples(text) if t[0] in {"RETREAT", "CONCEDE", "AGREE"}] == expected, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll have more to come in the coming days, I promise.",
        "It doesn't take long to send out a tweet — promise you.",
    ],
)
def test_a_promise_said_as_an_aside_is_no_promise(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "AGREE"], triples(text)


def test_a_promise_with_its_clause_after_it_stays() -> None:
    assert [t[0] for t in triples("Russia promised to withdraw its troops.")] == ["AGREE"]


# -- restating support; seas; both sides ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken reaffirmed U.S. support for Ukraine's sovereignty.", ("SUPPORT", "USA", "UKR")),
        # the commitment restated is to Ukraine, not the United States' own
        ("Biden reaffirmed the United States' commitment to Ukraine's sovereignty.", ("SUPPORT", "USA", "UKR")),
    ],
)
def test_support_reaffirmed_for_a_party_is_shown(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


def test_a_statement_reaffirmed_is_no_support() -> None:
    text = "But a State Department spokesperson reaffirmed that the United States calls for Lai's immediate release."
    assert not [t for t in triples(text) if t[0] == "SUPPORT"], triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "China sent warships to the South China Sea.",
        "India sent warships to the Indian Ocean.",
        "The United States supports a free and open Indian Ocean.",
    ],
)
def test_bug_a_sea_named_after_a_state_was_that_state(text: str) -> None:
    recipients = [r for _, _, r in triples(text)]
    assert "CHN" not in recipients and "IND" not in recipients, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        ("Following talks with Mauritius Prime Minister Navinchandra Ramgoolam, both leaders also reaffirmed their "
         "commitment to a free, safe, secure and open Indian Ocean."),
        "After talks with Kenyan President William Ruto, the two leaders condemned the attack.",
    ],
)
def test_bug_both_leaders_were_the_first_country_named_and_the_talks_before_named_the_recipient(text: str) -> None:
    shown = [t for t in triples(text, shown=True) if t[0] in {"SUPPORT", "ACCUSE"}]
    assert all(actor is None and recipient is None for _, actor, recipient in shown), triples(text)


def test_two_named_gunmen_are_still_their_country() -> None:
    assert ("ASSAULT", "KEN", None) in triples("Two Kenyan gunmen attacked the convoy.")


# -- the official record: "you" across a bilateral news conference --------------------------------------------------------


def _transcript_events(text: str) -> list[Triple]:
    found = extract(text, published="2022-02-15T10:00", outlet="Kremlin (President of Russia)",
                    title="News conference of Vladimir Putin and Olaf Scholz")
    return [(e.type, e.actor.code[:3] if e.actor and e.actor.code else None,
             e.recipient.code[:3] if e.recipient and e.recipient.code else None) for e in found.events]


def test_you_in_a_bilateral_news_conference_is_the_other_side() -> None:
    text = ("Vladimir Putin: Mr President, friends, good afternoon. I am glad to welcome you to Moscow.\n\n"
            "Olaf Scholz: Thank you, Mr President. Germany supports the territorial integrity of Ukraine.\n\n"
            "Vladimir Putin: We will certainly continue our dialogue with Germany.\n")
    found = _transcript_events(text)
    assert ("CONSULT", "RUS", "DEU") in found, found


def test_you_in_a_briefing_answer_is_the_journalist_not_a_side() -> None:
    text = ("MS. PSAKI: Good afternoon.\n\nQ Are you going to meet with them?\n\n"
            "MS. PSAKI: I will meet you after the briefing.\n")
    found = extract(text, published="2022-02-10T10:00", outlet="The White House (U.S.)",
                    title="Press Briefing by Press Secretary Jen Psaki").events
    assert all(not (e.recipient and e.recipient.code) for e in found if e.type in {"CONSULT", "AGREE"}), found


def test_bug_secretary_of_the_security_council_on_the_kremlins_page_was_the_un() -> None:
    text = ("Vladimir Putin: Good afternoon, colleagues. Mr Patrushev, please.\n\n"
            "Secretary of the Security Council Nikolai Patrushev: Mr President, colleagues, we support the decision.\n")
    found = extract(text, published="2022-02-21T10:00", outlet="Kremlin (President of Russia)",
                    title="Expanded meeting of the Security Council")
    speakers = {a.speaker.name: a.speaker.affiliation for a in found.attributions if a.kind == "turn" and a.speaker}
    assert speakers.get("Nikolai Patrushev") == "RUS", speakers


def test_a_role_naming_the_un_security_council_stays_the_un() -> None:
    from parley.extract.transcripts import _NAMES_THE_UN

    assert _NAMES_THE_UN.search("President of the UN Security Council")
    assert not _NAMES_THE_UN.search("Secretary of the Security Council")


# -- names given, penalties reimposed, executions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the name given as a second object, or the party as a dative with the name in apposition
        ("Pakistan designated BLA a terrorist group.", ("SANCTION", "PAK", "PAK")),
        ("The United States designated the Houthis a terrorist organization.", ("SANCTION", "USA", "YEM")),
        ("Washington reimposed sanctions on Iran's oil sector.", ("SANCTION", "USA", "IRN")),
        ("Iran hanged two men convicted of killing a policeman.", ("ASSAULT", "IRN", None)),
    ],
)
def test_designations_sanctions_reimposed_and_hangings(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The US designated Qatar a major non-NATO ally.",
        "They hung a portrait of the president in the hall.",
        "Opposition supporters hung banners outside the embassy.",
    ],
)
def test_a_name_that_proscribes_nothing_and_things_hung_code_nothing(text: str) -> None:
    assert not [t for t in triples(text) if t[0] in {"SANCTION", "ASSAULT"}], triples(text)


# -- a crime said to be committed; who "his" is; what is given --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secretary of State Antony Blinken said Russia was committing war crimes in Ukraine.", ("ACCUSE", "USA", "RUS")),
        ("U.N. investigators said Myanmar's military committed genocide against the Rohingya.", ("ACCUSE", "IGO", "MMR")),
        ("The State Department said Chinese officials had violated the agreement.", ("ACCUSE", "USA", "CHN")),
    ],
)
def test_a_speaker_saying_a_party_committed_a_crime_accuses_it(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Britain would commit troops to the mission.",  # a commitment, no crime
        "He said this conflict in Ukraine violated international law.",  # a thing, no party
    ],
)
def test_no_accusation_without_a_crime_or_a_party(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "ACCUSE"], triples(text)


def test_his_country_after_a_title_is_the_titles_country() -> None:
    text = "Serbia's president said his country was ready to restore relations with Kosovo."
    assert ("AGREE", "SRB", "XKX") in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken was in Kyiv for talks with Zelensky.", ("CONSULT", "USA", "UKR")),
        ("The United States provided rocket launchers to Ukraine.", ("AID", "USA", "UKR")),
        ("Japan announced new funding for Ukraine.", ("AID", "JPN", "UKR")),
        ("The United States suspended aid to Ethiopia.", ("SANCTION", "USA", "ETH")),
        ("The EU withheld funding from Hungary.", ("SANCTION", "IGO", "HUN")),
    ],
)
def test_talks_where_one_is_and_funding_given_or_withheld(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


def test_funding_given_with_no_party_named_is_no_event() -> None:
    assert triples("We are giving communities funding to fight crime.") == []


def test_the_readme_example_codes_what_the_readme_shows() -> None:
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "official-visit-and-blacklist.txt").read_text(encoding="utf-8")
    shown = [(e.type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None, e.trigger.text)
             for e in extract(text).events if not e.partial]
    assert shown == [("CONSULT", "INDGOV", "USA", "arrived"), ("SANCTION", "GBR", "IRNGOV", "added"),
                     ("ACCUSE", "USAGOV", "RUS", "committing")], shown


# -- a readout's "two leaders" ----------------------------------------------------------------------------------------------


def test_the_two_leaders_of_a_readout_are_the_two_sides_of_its_call() -> None:
    text = ("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. The two leaders "
            "continued their exchange of views on security guarantees. The Presidents agreed to continue contacts.")
    found = _transcript_events(text)
    assert ("CONSULT", "RUS", "FRA") in found and ("AGREE", "RUS", "FRA") in found, found


def test_the_two_presidents_in_the_news_are_not_the_last_pair_coded() -> None:
    # u078: the pair last coded (Trump hosting Erdogan) is not "the two presidents" of a later sentence (Putin, Erdogan)
    text = ("Earlier this month, Trump hosted Erdogan in the White House. Russian President Vladimir Putin is courting "
            "Erdogan. The two presidents are closely cooperating in Syria.")
    cooperating = [t for t in triples(text) if t[0] == "COOPERATE"]
    assert all(t[1] != "USA" for t in cooperating), cooperating


def test_bug_an_event_noun_under_another_of_its_type_was_dropped_when_that_one_was_not_coded() -> None:
    text = "The deployment of Russian troops to Belarus worried NATO."
    assert ("MOBILIZE", "RUS", "BLR") in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's threat to cut off gas supplies to Ukraine alarmed Europe.", [("THREATEN", "RUS", "UKR")]),
        ("Trump's threat to impose tariffs on Mexico rattled markets.", [("THREATEN", "USA", "MEX")]),
    ],
)
def test_a_threat_names_whom_its_act_is_done_to_and_the_act_is_only_threatened(text: str, expected: list[Triple]) -> None:
    assert triples(text, shown=True) == expected, triples(text)


def test_a_journey_made_to_meet_is_coded_by_the_meeting() -> None:
    text = "Blinken will travel to Brussels next week to meet with NATO leaders."
    assert not [t for t in triples(text) if t[2] == "BEL"], triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China imposed a lockdown on Shanghai.", ("COERCE", "CHN", "CHN")),
        ("Turkey dropped its objections to Finland's NATO membership.", ("CONCEDE", "TUR", "FIN")),
        ("North Korea dismantled its nuclear test site.", ("RETREAT", "PRK", None)),
        ("Police dismantled a terror cell in Paris.", ("COERCE", "FRA", "FRA")),
    ],
)
def test_lockdowns_objections_dropped_and_sites_dismantled(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington is pushing Israel to allow more aid into Gaza.", ("REQUEST", "USA", "ISR")),
        ("The EU pushed Serbia to recognize Kosovo.", ("REQUEST", "IGO", "SRB")),
        ("China banned seafood imports from Japan.", ("SANCTION", "CHN", "JPN")),
    ],
)
def test_pushed_to_act_and_goods_banned_from_a_state(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize("text", ["Russia pushed its troops into the city to capture it.",
                                  "The protesters pushed the police back."])
def test_a_push_that_asks_nothing_is_no_request(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "REQUEST"], triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired a ballistic missile into the sea off its east coast.", ("MOBILIZE", "PRK", None)),
        ("Houthi rebels fired missiles at Saudi Arabia.", ("ASSAULT", "YEM", "SAU")),
    ],
)
def test_a_missile_fired_into_the_sea_is_a_test(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


# -- the country's officials; expulsions; water cannon ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia's government has rejected the report, and the country's foreign minister accused the U.N. of bias.",
         ("ACCUSE", "ETH", "IGO")),
        ("Mali ordered the French ambassador to leave the country within 72 hours.", ("SANCTION", "MLI", "FRA")),
        ("Niger's junta ordered French troops to leave the country.", ("SANCTION", "NER", "FRA")),
        ("Chinese coast guard vessels fired water cannon at a Philippine supply boat.", ("ASSAULT", "CHN", "PHL")),
    ],
)
def test_the_countrys_officials_expulsions_and_water_cannon(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The teacher asked the students to leave the room.",  # no party: no expulsion
        # "the country's" honour is a thing, not an official: Mauritius gives it, Modi receives it
        "Mauritius conferred the country's highest civilian honor on Modi.",
    ],
)
def test_no_expulsion_without_a_party_and_no_country_for_a_thing(text: str) -> None:
    found = triples(text)
    assert not [t for t in found if t[0] == "SANCTION"] and not [t for t in found if t[1] and t[1] == t[2]], found


# -- the official record: a pleasure to welcome; journeys spoken of; a state of readiness ---------------------------------


def test_it_is_a_pleasure_to_welcome_is_the_speakers_visit_hosted() -> None:
    text = ("President of Russia Vladimir Putin: Mr Federal Chancellor, ladies and gentlemen, It is a pleasure to welcome "
            "the Federal Chancellor of the Federal Republic of Germany in the Kremlin.\n\n"
            "Federal Chancellor of Germany Olaf Scholz: Thank you.\n")
    assert ("CONSULT", "RUS", "DEU") in _transcript_events(text), _transcript_events(text)


def test_it_is_irresponsible_to_accuse_stays_an_act_judged_in_general() -> None:
    found = [e for e in extract("It is irresponsible to accuse us of this.").events if e.type == "ACCUSE"]
    assert all(e.partial for e in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron came to Moscow on Monday.", ("CONSULT", "FRA", "RUS")),
        ("The Pentagon has put 8,500 troops on a heightened sense of readiness.", ("MOBILIZE", "USA", None)),
    ],
)
def test_a_leader_who_came_and_troops_on_a_state_of_readiness(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize("text", ["The minister went to war against corruption.", "Blinken went home."])
def test_going_nowhere_abroad_is_no_visit(text: str) -> None:
    assert not [t for t in triples(text) if t[0] in {"CONSULT", "AGREE"}], triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But I was also struck by the generosity of the people of Warsaw.", []),
        ("We were struck by a roadside bomb near Kandahar.", ["ASSAULT"]),
        ("The convoy was struck by a Russian missile.", ["ASSAULT"]),
    ],
)
def test_struck_by_generosity_is_a_feeling(text: str, expected: list[str]) -> None:
    assert [t[0] for t in triples(text)] == expected, triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy faced attacks from Taliban fighters.", ("ASSAULT", "AFG", None)),
        ("Russia faces new sanctions from the European Union.", ("SANCTION", "IGO", "RUS")),
        ("Zelensky faced criticism from Trump.", ("ACCUSE", "USA", "UKR")),
    ],
)
def test_what_a_party_faces_from_another_is_done_by_that_other(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


def test_attacks_a_named_person_faces_from_named_persons_are_words() -> None:
    text = "Entering the debate, Rubio and Christie faced increasing attacks from Bush and Kasich."
    assert not [t for t in triples(text) if t[0] == "ASSAULT"], triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "A rich investment banker makes a killing on mortgage-backed securities.",
        "He suspended his campaign at the beginning of this month.",
        "He is trying to force their hand by nominating a centrist judge.",
        "Trump signs autographs for supporters at the conclusion of a rally.",
    ],
)
def test_idioms_of_campaigns_and_markets_show_no_event(text: str) -> None:
    assert triples(text, shown=True) == [], triples(text)
