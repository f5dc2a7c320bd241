"""Issue 12: event precision and recall that generalise, as behaviour tables.

Each sentence is written for the test (none is taken from an evaluation set). A row gives the
(type, actor country, recipient country) that must be among the sentence's events, or says the
sentence must code no event at all.
"""

from __future__ import annotations

import pytest
from event_triples import triples

from parley.extract.pipeline import extract


def _triples(text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(text, published="2024-03-04T10:11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X and Y agreed / signed / held": the second conjoined subject is the other party
        ("India and Pakistan agreed to a ceasefire along the border.", ("AGREE", "IND", "PAK")),
        ("Canada and Chile signed a trade agreement on Monday.", ("SUPPORT", "CAN", "CHL")),
        ("Egypt and Jordan held joint exercises near the Red Sea.", ("COOPERATE", "EGY", "JOR")),
        # ... but an object that is a party still wins
        ("France and Britain imposed sanctions on Iran.", ("SANCTION", "FRA", "IRN")),
        # an everyday verb with a named organisation as subject is still an event
        ("UNICEF provided food to Yemen.", ("AID", "IGO", "YEM")),
        # call, receive, host, charge read as themselves act on a party or an event
        ("The French president called the German chancellor on Sunday.", ("CONSULT", "FRA", "DEU")),
        ("Singapore is hosting the regional summit this week.", ("CONSULT", "SGP", None)),
        ("Refugees from Sudan are seeking asylum in Chad.", ("REQUEST", "SDN", "TCD")),
        # second pass: verb + object entries, failures, light nouns, reported "would"
        ("Greece summoned the Turkish ambassador on Monday.", ("ACCUSE", "GRC", "TUR")),
        ("Britain and the European Union failed to reach a deal on fishing.", ("REJECT", "GBR", "IGO")),
        # an agreement reached is finalised: SUPPORT (PLOVER: "finalize an agreement"), no longer AGREE
        ("Canada and Chile reached an agreement on trade.", ("SUPPORT", "CAN", "CHL")),
        ("Kenya launched a mediation effort between Sudan and Chad.", ("CONSULT", "KEN", "SDN")),
        ("Nigeria said it would boycott the conference in South Africa.", ("THREATEN", "NGA", "ZAF")),
        ("Colombia announced a ceasefire with the rebels.", ("RETREAT", "COL", None)),
        ("The United States rolled back tariffs on Chinese goods.", ("CONCEDE", "USA", "CHN")),
        ("Britain withdrew a batch of 200 peacekeepers from Cyprus.", ("SANCTION", "GBR", "CYP")),
        # a passive's recipient; a reduced passive's noun as the object; a fronted phrase is no object
        ("The painting was returned by US officials to Spanish authorities.", ("RETREAT", "USA", "ESP")),
        ("The people evacuated from Haiti by Canada arrived on Monday.", ("AID", "CAN", None)),
        # (USAID, which the tagger reads as an adverb, is the subject: it was None before the mistagged-subject repair)
        ("In cooperation with partners, USAID provided shelter materials to families in Haiti.", ("AID", "USA", "HTI")),
        ("The Kenyan government accepted demands from Somali elders.", ("CONCEDE", "KEN", "SOM")),
        # a noun's source after "from"; the subject of "face"/"receive" undergoes the event noun
        ("Iran faces criticism from the United Nations over detentions.", ("ACCUSE", "IGO", "IRN")),
        # holding a party to blame is an accusation by whoever says so
        ("The Afghan government said Taliban militants were responsible.", ("ACCUSE", "AFG", "AFG")),
        ("Prosecutors said Iran was behind the plot.", ("ACCUSE", None, "IRN")),
        ("Kosovo awarded its highest order to former U.S. President Bill Clinton.", ("SUPPORT", "XKX", "USA")),
        ("Putin met with Xi Jinping in Beijing.", ("CONSULT", "RUS", "CHN")),
        ("Israel shared intelligence with Jordan.", ("COOPERATE", "ISR", "JOR")),
        # "no longer" negates: a withdrawn recognition or support is a refusal (negated_adverb, modality.tsv)
        ("Egypt no longer supports the rebels in Libya.", ("REJECT", "EGY", "LBY")),
        # ... but refusing to respond to a request is a refusal
        ("The Bank of Nova Scotia refused to respond to a request from the U.S. authorities.", ("REJECT", "MNC", "USA")),
        # ... while a coded actor's purpose stays coded
        ("France sent experts to Saudi Arabia to investigate the attacks.", ("ACCUSE", "FRA", None)),
        # protests without an object, visits to a party, honours conferred
        ("Thousands of Kenyans demonstrated in Nairobi on Friday.", ("PROTEST", "KEN", "KEN")),
        ("The Indian prime minister visited Mauritius in March.", ("CONSULT", "IND", "MUS")),
        ("Mauritius conferred its highest honour on the Indian prime minister.", ("SUPPORT", "MUS", "IND")),
        # material support is AID; light verbs of taking part; a counted event noun
        ("The EU gives military support to Ukraine.", ("AID", "IGO", "UKR")),
        ("Ghanaian troops participate in peacekeeping operations in Lebanon.", ("AID", "GHA", "LBN")),
        ("Jordan and the United States began a new round of joint exercises.", ("COOPERATE", "JOR", "USA")),
        ("North Korea issued a series of threats against South Korea.", ("THREATEN", "PRK", "KOR")),
        # a subject that says no one did it negates the event
        ("No country has recognized the new government of Niger.", ("REJECT", None, "NER")),
    ],
)
def test_coded(text: str, expected: tuple[str, str | None, str | None]) -> None:
    found = _triples(text)
    assert expected in found, found


def test_demand_names_the_uncoded_party_asked() -> None:
    # the subject of a demand's complement is whom the demand is made of, coded or not
    events = extract("Several lawmakers demanded that the minister apologize for his remarks.").events
    request = next(e for e in events if e.type == "REQUEST")
    assert request.recipient is not None and request.recipient.name == "minister"


@pytest.mark.parametrize(
    "text",
    [
        # everyday verbs whose only coded party is one the sentence names elsewhere (issue 12 self-loops)
        "Together, these farms provided nearly one-fifth of Spain's electricity last year.",
        # naming is not calling (a disparaging name is an accusation: tests/test_events_epithet.py); money,
        # permission and documents are not parties
        "The opposition called the vote a success.",
        "Kenya received $94 million from donors last year.",
        "The ministry released a report on Tuesday about rising prices in Brazil.",
        "An assessment released Thursday by Malawi's disaster agency showed wide damage.",
        "The company is charging 25% more for electricity it sends to Canada.",
        # seeking work, fighting an illness: no party in the sentence
        "Many women face challenges when seeking employment.",
        "Doctors are still fighting the disease.",
        # a storm, neighbours, a stance about no one, an invitation to trouble
        "Cyclone Freddy slammed into the coast of Mozambique.",
        "Chad shares borders with Sudan and Libya.",
        "A rights activist from Kenya echoed their concerns.",
        "To put one region above another is to invite problems.",
        # showing is not demonstrating; visiting a place no party names; signing a law at home
        "We must demonstrate the added value of the European project.",
        "Many foreigners visit hospitals for full checkups.",
        "The president signed the legislation late Tuesday.",
        # a denied event without a refusal reading did not happen; a date is no march
        "The United Nations did not invite Afghan women to the talks.",
        "On March 24, the minister announced the new budget.",
        # declining to comment is no refusal between parties
        "Malawi's education authorities refused to comment.",
        "The Chinese foreign ministry declined to comment on Friday.",
        # receiving aid is not a visit; a purpose with no coded actor is an aim, not an event
        "People are seeking ways to oppose the limitations.",
        "Pakistan received aid after the floods.",
        # a word inside an organisation's name is not an event
        "The Organization for Economic Cooperation and Development published its outlook.",
        # agreeing with a view is no AGREE between parties (trigger senses; it was a hidden AGREE)
        '"The danger has not passed," agreed Polat Sayim, an activist living in Australia.',
        # a "with" partner that is no party: meeting with success, sharing with a news outlet (with_only_party)
        "Passengers of the hijacked train shared with VOA details of their ordeal.",
        "The reforms met with strong resistance in parliament.",
        # fourth pass (senses.tsv has_object, no_object): seeking to do is trying, not asking; a
        # byline's contributors; a reporter pressing a speaker; a compromised system is no concession
        "The state seeks to expand its influence in the Indian Ocean.",
        "Our correspondents in Nairobi and Kampala contributed from the region.",
        "Pressed on how sure he was, the spokesman said the police had identified the body.",
        "The agency said its computer network had been compromised.",
        # declining to be named is no refusal between parties (no_comment in verb_classes.tsv)
        "A ministry spokesperson, declining to be named, told reporters the budget was ready.",
    ],
)
def test_no_event(text: str) -> None:
    assert _triples(text) == []


def test_conjoined_steps_are_one_event() -> None:
    # the same type told in two conjoined steps is one event, with the second step's recipient
    found = [t for t in _triples("Rebels ambushed a convoy and killed six Malian soldiers.") if t[0] == "ASSAULT"]
    assert len(found) == 1 and found[0][2] == "MLI", found


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # an uncoded recipient: the party a thing goes to, before the thing; the maker of a request
        ("DHS returned a stolen painting to the Art Loss Register.", "Art Loss Register"),
        ("The president refused a request from the justice minister.", "justice minister"),
        ("The Islamic State group released at least 19 hostages on Sunday.", "hostages"),
    ],
)
def test_uncoded_recipient(text: str, recipient: str) -> None:
    events = extract(text).events
    assert events and events[0].recipient is not None and events[0].recipient.name.endswith(recipient), events


def test_reduced_passive_victim_is_not_the_actor() -> None:
    # ", killed in ...": a participle with no subject of its own was done to the governing subject,
    # which is not who did it (was SYR ASSAULT)
    found = [t for t in _triples("A Syrian army general is dead, killed in what Israeli officials describe as a strike.")
             if t[0] == "ASSAULT"]
    assert found and all(t[1] != "SYR" for t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the senses kept by the fourth pass: seeking a thing, compromising, contributing something
        ("Iran sought talks with Oman.", ("REQUEST", "IRN", "OMN")),
        ("Brazil contributed troops to the peacekeeping mission in Haiti.", ("AID", "BRA", "HTI")),
        # trade banned or blocked is a sanction (plover/verbs.tsv ban export, block sale ...); a party
        # banned stays repression and a road blocked a protest
        ("The United States blocked the sale of fighter jets to Turkey.", ("SANCTION", "USA", "TUR")),
        ("Washington has banned the export of advanced chips to China.", ("SANCTION", "USA", "CHN")),
        ("Egypt banned the opposition party.", ("COERCE", "EGY", None)),
        # a joint exercise held with others is cooperation even when they are not named parties
        ("India held a joint exercise with its neighbours.", ("COOPERATE", "IND", None)),
        ("China held military drills near Taiwan.", ("MOBILIZE", "CHN", "TWN")),
    ],
)
def test_sense_with_its_arguments_is_coded(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _triples(text), _triples(text)


def test_guilty_of_an_act_is_the_act() -> None:
    # "guilty of violating the ceasefire": the violation is the event, not a second accusation
    found = _triples("Both armies are guilty of violating the ceasefire, the monitors said.")
    assert [t[0] for t in found] == ["ASSAULT"], found


# -- confidence: events kept but hidden by default (partial) when their cues say nothing happened --


def _shown(text: str) -> list[tuple[str, bool, list[str]]]:
    return [(e.type, e.partial, e.cues) for e in extract(text, published="2024-03-04T10:11").events]


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # hypotheticals, conditions, obligations: nothing has happened
        ("Russia could invade Ukraine next year.", "ASSAULT", "aux:hypothetical"),
        ("If Russia invades Ukraine, Germany will impose sanctions on Moscow.", "ASSAULT", "condition"),
        ('"We may have to attack Iran," the Israeli minister said.', "ASSAULT", "quoted_modal"),
        # background clauses: an earlier event told as the setting of this one
        ("Ukraine has been in turmoil since Russia invaded Crimea in 2014.", "ASSAULT", "background_clause"),
        # a nominalisation a stance is about, with nobody acting on anybody
        ("Officials said they were concerned about Chinese aggression.", "ASSAULT", "stance_object"),
        # an opinion in a quote, read from an everyday verb, with no one it is about
        ('"We always respect territorial integrity," the Chinese minister said.', "SUPPORT", "type:SUPPORT"),
        # a country acting on itself, for a type not done to one's own people
        ("American volunteers helped Americans in Houston.", "AID", "self_loop"),
        # a reporter's request for comment; a verb that only reports a quote
        ("The ministry did not reply to an email from Reuters requesting comment.", "REQUEST", "asks_for_comment"),
        # a habit or a general stance ("always", modality.tsv habitual), not one event
        ("China always supports Pakistan in its disputes with India.", "SUPPORT", "habitual"),
        # no party named at all, coded or not (issue 12: events with neither actor nor recipient)
        ("Storm warnings were issued across the region on Friday.", "THREATEN", "no_party"),
        # a text or a fact as the subject, no party
        ('"This effectively denies recognition to religious communities in Syria," the lawyer said.', "REJECT",
         "demonstrative_subject"),
        # a lasting state: an uncounted plural time after "for" (modality.tsv duration)
        ("Vietnam and China have been disputing fishing rights for years.", "ACCUSE", "habitual"),
        ("Russia has backed the rebels for decades.", "SUPPORT", "habitual"),
        # an event noun said of something with "be" is a judgement
        ("The absence of any reference to the Kurds is a clear rejection of Syria's identity, Badrakhan told VOA.",
         "REJECT", "predicate_nominal"),
        # an everyday verb's commonest sense (entry reliability, confidence.tsv entry:PHRASE)
        ("Turkey moved to normalize diplomatic relations last year, the minister said.", "SUPPORT", "entry:normalize"),
        # third pass: everyday senses of allow, warn, threat, oppose (a rule in force, an analyst's
        # forecast, a danger faced, a comparison)
        ("Only residents of Spain are allowed to enter from Portugal under the new rules.", "CONCEDE", "entry:allow"),
        ("Doctors warn of a new wave of infections this winter.", "THREATEN", "entry:warn"),
        # (a warning of what another party could do is no threat at all since session 34: senses.tsv no_forecast)
        ("Kenya faces an ongoing threat of attacks by militants.", "THREATEN", "entry:threat"),
        ("Pilots will train in Moscow, as opposed to years of training in Germany.", "REJECT", "entry:oppose"),
        # private people do not hold diplomatic talks (confidence.tsv sector:SECTOR:TYPE); tourists code no visit at all
        # since session 41 (noun class private_visitor)
        ("Chinese businessmen visited Vietnam last year.", "CONSULT", "sector:BUS:CONSULT"),
        # a state that lasts, said with a linking verb, is no event (modality.tsv linking)
        ("After the attack the highway remains blocked near the Pakistani border.", "PROTEST", "standing_state"),
        # a figure of speech: an economic conflict is no armed assault (noun_classes.tsv figurative)
        ("The United States escalated its trade war with Mexico on Friday.", "ASSAULT", "figurative"),
        ("Serbia started a war of words with Kosovo over the border.", "ASSAULT", "figurative"),
        # telling the press is not cooperation with it (confidence.tsv recipient_sector:MED:TYPE)
        ("Residents held hostage in the restive Balochistan province shared with VOA disturbing details of the attack.",
         "COOPERATE", "recipient_sector:MED:COOPERATE"),
        ("Egypt cooperated with the BBC on the documentary.", "COOPERATE", "recipient_sector:MED:COOPERATE"),
        # fourth pass: inside an "if" clause even a promise is only supposed (in_condition); the act an
        # accusation is about (allegation_content); the infinitive of a negated verb (negated_governor)
        ("The minister said he hopes a truce could hold within days if Moscow agrees.", "AGREE", "in_condition"),
        ("Two Iranian agents were accused of planning to kidnap a journalist in New York.", "THREATEN",
         "allegation_content"),
        ('"No one is going to hold joint patrols with Manila," the Chinese minister said.', "COOPERATE",
         "negated_governor"),
        # a feared or risked event noun (modality.tsv prospect); a news outlet named with the speaker
        ("Kenya lives with the danger of al-Shabab attacks.", "ASSAULT", "prospect"),
        # will or would, in the "that" clause of a belief: a forecast, not a threat (modality.tsv belief)
        ("Analysts think that Russia will invade Ukraine again.", "THREATEN", "forecast"),
        ('"It was evident that they would impose restrictions on Afghan women," he said.', "THREATEN", "forecast"),
        # a news outlet acting (sector MED); the outlet named with a speaker is no guess for the actor (session 40:
        # test_events_session40.test_bug_the_outlet_of_an_interview_was_the_guessed_actor)
        ("The New York Times met with Iran's foreign minister in Tehran, the paper said.", "CONSULT", "media_actor"),
    ],
)
def test_low_confidence_event_is_hidden(text: str, kind: str, cue: str) -> None:
    found = [(partial, cues) for k, partial, cues in _shown(text) if k == kind]
    assert found and all(partial and cue in cues for partial, cues in found), _shown(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia invaded Ukraine in February.", "ASSAULT"),
        ("Japan gave $10 million in aid to Ukraine.", "AID"),
        ("France and Germany signed a treaty on Monday.", "SUPPORT"),
        # the type itself is the modality: a conditional threat, a stated intention
        ("If Russia invades Ukraine, Germany will impose sanctions on Moscow.", "THREATEN"),
        ("Washington said sanctions would only be imposed if Ankara activated the system.", "THREATEN"),
        ('"We will not negotiate with Iran," the Israeli minister said.', "REJECT"),
        # rebels and their government are two parties, not a self-loop
        ("The Taliban said they would not negotiate with the Afghan government.", "REJECT"),
        # one weak cue (a relative clause) does not hide an event between two named parties
        ("The sanctions that France imposed on Iran in 2012 are still in force.", "SANCTION"),
        # a negated everyday verb is a refusal, not the verb's everyday sense (no entry:PHRASE cue)
        ("Nigeria did not allow Chad to send troops across the border.", "REJECT"),
        # the act itself, not a lasting state; a war with no figurative modifier
        ("Protesters blocked the highway to the Pakistani border.", "PROTEST"),
        ("Russia waged a war against Ukraine in 2022.", "ASSAULT"),
        ("Britain shared intelligence with Ukraine on Russian troop movements.", "COOPERATE"),
        # the accusation is shown while the act it is about is hidden; a promise that sets a condition
        ("Two Iranian agents were accused of planning to kidnap a journalist in New York.", "ACCUSE"),
        ("Moscow said it would agree to a truce if Kyiv withdrew its troops.", "AGREE"),
        # a threat said by the one who makes it is no forecast
        ("Russia said it would impose sanctions on Georgia.", "THREATEN"),
        # an uncoded party still names who acted: the governing clause's subject of a participle
        ("Hundreds of dockworkers walked off the job, staging a strike over pay.", "PROTEST"),
        ("Militants ambushed a convoy near the border.", "ASSAULT"),
        ('"Syria denies recognition to religious communities," the lawyer said.', "REJECT"),
        # a counted time is a term, not a lasting state
        ("The court in Nairobi jailed the Kenyan activist for two years.", "COERCE"),
    ],
)
def test_confident_event_is_shown(text: str, kind: str) -> None:
    found = [partial for k, partial, _ in _shown(text) if k == kind]
    assert found and not any(found), _shown(text)
