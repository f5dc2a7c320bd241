"""Issue 12, a precision reading of unlabelled VOA sentences (2026-12-05 evening): clauses that report no
event (a wish, an inference, an alternative set aside, a negated claim, a habit, a period summed up, a
guess, an allegation, a government asking itself) and everyday senses (a plea in court, talk "about"
something, attending a hearing, recalling a memory, appealing a court order, offering an assessment,
approving a law at home).
Behaviour tables; every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from event_triples import triples

from parley.extract.pipeline import extract


@pytest.mark.parametrize(
    "text",
    [
        # a wish about another party: hypothetical, hidden
        "She hopes that Britain can coordinate its efforts with France.",
        "She hopes the United States and the United Kingdom can coordinate their efforts.",
        # an inference about what was done asks nothing of anyone
        "Former ambassador Jean-Marc Simon suggested high-level members of Gbagbo's government must have given the orders.",
        # the alternative set aside
        "The EU chose dialogue rather than imposing sanctions on Turkey.",
        # a negated claim: not said to be done
        "Omarov's lawyer said the evidence would not show that his client planned to kill Alinejad.",
        "Russia did not say that it had attacked Ukraine.",
        # a habit, and a period summed up
        "The government bans fishing in the northern part of the sea in the middle of each year.",
        "Since 2009, hundreds of people have been killed in suicide attacks.",
        # a participle used as an adjective
        "Based on his experience, the Japanese are friendly and accepting, Chin said.",
        # a guess, and what is alleged
        "Japan's security cooperation with India will likely develop slowly.",
        "Russia probably attacked the base on Monday.",
        "In 2018, Iranian officials allegedly offered to pay Alinejad's relatives.",
        # from the exchange corpus's briefings: a question, an intention denied, a possibility, an exercise
        "What have you guys agreed on to have Xi Jinping weigh in there?",
        "Q Are you trying to get other allies to join the United States in this diplomatic boycott?",
        "The President has no intention of sending U.S. troops to fight in Ukraine.",
        "Washington had no intention of deploying offensive strike weapons in Ukraine.",
        "It is possible to release the money for a specific purpose.",
        "You can go in and occupy Ukraine.",
        "These drills increasingly include simulated nuclear missile strikes at Russian targets.",
    ],
)
def test_bug_clause_that_reports_no_event_was_shown(text: str) -> None:
    assert triples(text, shown=True) == []


def test_bug_alternative_set_aside_was_a_request() -> None:
    text = "Japan will increase cooperation with NATO countries instead of calling for an Asian NATO."
    assert "REQUEST" not in [kind for kind, _, _ in triples(text, shown=True)]
    # kept, with the cue that says why it is hidden
    request = next(e for e in extract(text).events if e.type == "REQUEST")
    assert request.partial and "alternative" in request.cues


@pytest.mark.parametrize(
    "text",
    [
        # a plea in court is no request
        "Amirov and Omarov have pleaded not guilty.",
        "The suspect pleaded guilty to the charges on Monday.",
        # talk "about" something with no one is speech
        "\"I'm not talking about students,\" he said.",
        # a party to a case attends its hearing
        "Zamora attended the hearing on Monday.",
        # recalling is remembering unless an envoy is called home
        "The journey involved more paperwork than I recall having to have when entering the Soviet Union.",
        "He recalled the attack on the embassy.",
        # a court's order appealed, an assessment offered, a law approved at home
        "They have until Feb. 4 to appeal the High Court's order.",
        "Bennett sought to engage with Taliban authorities to offer an impartial assessment of facts.",
        "Sudanese authorities have approved a law to dismantle the foundations of Bashir's government.",
        # meeting "with" criticism is facing it, not consulting anyone
        "The plan met with criticism from the opposition.",
        # fighting crime is no assault; "execute on it" kills no one
        "We are giving communities funding to fight crime.",
        "And now we've got to actually execute on it.",
        # agreeing with what someone said; meeting or sharing a goal; receiving a thing
        "So, I agree with your characterization.",
        "Vladimir Putin: I totally agree with you, Shamil.",
        "He agreed with President Joe Biden's recent remark that the economy is on the move again.",
        "The minister agreed with the comments made by his Chinese counterpart.",
        # called "as" a witness is a role given in a trial, not a call
        "France's former ministers of defense have been called as witnesses in this trial.",
        "The commission was resourced to meet 21st century challenges.",
        "We drew attention to the reluctance of the Kiev authorities to meet their commitments under the Minsk agreements.",
        "We share the objective with others.",
        "Well, we look forward to receiving it, as Secretary Blinken has conveyed.",
        # a question put to the one spoken to
        "I'm just asking you — there are other countries.",
        "Let me ask you — the serious part of the question really is this.",
    ],
)
def test_bug_everyday_sense_was_an_event(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same words in their event sense stay events
        ("The mother pleaded with the rebels to free her son.", "REQUEST"),
        ("Putin talked with Erdogan about Syria.", "CONSULT"),
        ("Russia and Ukraine are talking about a ceasefire.", "CONSULT"),
        ("The Senate committee held a hearing on Russian interference.", "ACCUSE"),
        ("Turkey recalled its ambassador to the Netherlands.", "SANCTION"),
        ("Russia said Sudan must return the helicopter.", "REQUEST"),
        ("Russia attacked Ukraine on Monday.", "ASSAULT"),
        ("The pope appealed for calm in Kenya.", "REQUEST"),
        ("Turkey offered to mediate between Russia and Ukraine.", "AGREE"),
        ("The Islamic Revolutionary Guard Corps of Iran was allegedly behind the plot, according to prosecutors.", "ACCUSE"),
        # a call "for" something is a demand; a call "with" someone a conversation
        ("Washington's call for full denuclearization angered North Korea.", "REQUEST"),
        ("Biden's call with Putin lasted an hour.", "CONSULT"),
        ("Putin called Biden as tensions rose over Ukraine.", "CONSULT"),
        ("India agreed with Pakistan to hold talks.", "AGREE"),
        ("Iran executed three men on Monday.", "ASSAULT"),
        ("Russian troops fought Ukrainian forces near Kharkiv.", "ASSAULT"),
        # "can" on a verb of saying above the event does not make it a possibility
        ("We can confirm that Russia attacked the base.", "ASSAULT"),
        # a refusal's modality is the refusal
        ("Russia cannot accept NATO expansion.", "REJECT"),
        ("Russia and Ukraine agreed to a ceasefire.", "AGREE"),
        ("Iran agreed with the EU to resume talks.", "AGREE"),
        ("France shared intelligence with Britain.", "COOPERATE"),
        ("The Saudi king received the Iraqi prime minister on Monday.", "CONSULT"),
        ("Ukraine asked the United States to send more weapons.", "REQUEST"),
    ],
)
def test_event_sense_of_the_same_words_is_kept(text: str, expected: str) -> None:
    assert [kind for kind, _, _ in triples(text, shown=True)] == [expected]


@pytest.mark.parametrize(
    ("text", "self_loop"),
    [
        # the same government on both sides is a self-loop whatever the type (requests and arrests may be
        # done to one's own country's people, not by a body to itself)
        ("The Kenyan government urged the Kenyan government to act quickly.", True),
        ("U.S. officials urged U.S. lawmakers to act.", False),
        ("Chinese police arrested Chinese activists.", False),
    ],
)
def test_bug_government_asking_itself_was_no_self_loop(text: str, self_loop: bool) -> None:
    assert ("self_loop" in extract(text).events[0].cues) is self_loop

