"""Issue 12, recall pass 3: trigger senses and type choice for AID, COOPERATE, SUPPORT and COERCE,
as behaviour tables.

Every sentence is written for the test (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest
from event_triples import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of giving (verb_classes.tsv giving) with material or money as its object is AID
        ("Japan pledged $50 million to Pakistan after the floods.", ("AID", "JPN", "PAK")),
        ("India dispatched relief supplies to Nepal.", ("AID", "IND", "NPL")),
        ("The United States offered humanitarian assistance to Turkey.", ("AID", "USA", "TUR")),
        ("South Korea shipped 10,000 tons of rice to North Korea.", ("AID", "KOR", "PRK")),
        ("The European Union allocated 50 million euros for refugees in Greece.", ("AID", "IGO", "GRC")),
        # a verb + object entry is kept: pledged support is voiced support
        ("Hungary pledged its full support for Poland.", ("SUPPORT", "HUN", "POL")),
        # arming a party; hosting refugees
        ("Iran is arming Houthi rebels in Yemen.", ("AID", "IRN", "YEM")),
        ("Jordan is hosting more than 600,000 Syrian refugees.", ("AID", "JOR", "SYR")),
        # what a count counts ("hundreds of doctors"); an amount "in" aid received from a giver
        ("Cuba sent hundreds of doctors to Brazil.", ("AID", "CUB", "BRA")),
        ("Ukraine received $2 billion in military aid from the United States.", ("AID", "USA", "UKR")),
        ("Pakistan received a $1 billion loan from China.", ("AID", "CHN", "PAK")),
        # refuge, equipment, vaccines and debt relief
        ("Germany offered asylum to 800 Afghan interpreters.", ("AID", "DEU", "AFG")),
        ("Canada admitted 25,000 Syrian refugees.", ("AID", "CAN", "SYR")),
        ("Poland welcomed two million Ukrainian refugees.", ("AID", "POL", "UKR")),
        ("The United States equipped the Lebanese army with new rifles.", ("AID", "USA", "LBN")),
        ("UNICEF vaccinated 500,000 children in Somalia.", ("AID", "IGO", "SOM")),
        ("France cancelled the debt of Mali.", ("AID", "FRA", "MLI")),
        # arrests and restrictions in other words; "into custody" after a verb of placing
        ("Indian police took 20 Pakistani fishermen into custody.", ("COERCE", "IND", "PAK")),
        ("Thai police nabbed a Russian drug dealer in Phuket.", ("COERCE", "THA", "RUS")),
        ("Venezuela blocked access to Twitter.", ("COERCE", "VEN", None)),
        ("Myanmar's military shut down the internet in Rakhine state.", ("COERCE", "MMR", None)),
        # trade stopped by a ban is a sanction, as "banned imports" is (PLOVER SANCTION discontinue; session 46)
        ("China prohibited imports of Australian coal.", ("SANCTION", "CHN", "AUS")),
        ("Israeli authorities evicted a Palestinian family from their home.", ("COERCE", "ISR", "PSE")),
        # cooperation widened, ties deepened, alliances formed, working with a party
        ("Vietnam and the United States expanded defense cooperation.", ("COOPERATE", "VNM", "USA")),
        ("Greece and Israel deepened their military ties.", ("COOPERATE", "GRC", "ISR")),
        ("Brazil and Argentina formed an alliance against drug trafficking.", ("COOPERATE", "BRA", "ARG")),
        ("Kenyan police are working with the FBI to track the suspects.", ("COOPERATE", "KEN", "USA")),
        ("Colombia and Ecuador are working together to fight drug gangs.", ("COOPERATE", "COL", "ECU")),
        ("Israel and the UAE launched a joint venture in defence technology.", ("COOPERATE", "ISR", "ARE")),
        # voiced support in other nouns
        ("Japan voiced its backing for the Indian proposal.", ("SUPPORT", "JPN", "IND")),
        ("Moscow expressed appreciation for China's position.", ("SUPPORT", "RUS", "CHN")),
        ("The EU expressed its sympathy to the people of Turkey.", ("SUPPORT", "IGO", "TUR")),
        # an offer of condolences, support or criticism is that act, not an agreement
        ("Turkey offered condolences to Iran after the crash.", ("SUPPORT", "TUR", "IRN")),
        ("France offered its support to Lebanon.", ("SUPPORT", "FRA", "LBN")),
        ("Sweden offered sharp criticism of the Hungarian government.", ("ACCUSE", "SWE", "HUN")),
        # an exercise held with a party is cooperation; held alone, a mobilisation
        ("Russia held military exercises with Belarus.", ("COOPERATE", "RUS", "BLR")),
        ("Indonesia conducted naval drills with Australia.", ("COOPERATE", "IDN", "AUS")),
        ("China is holding military exercises near Taiwan.", ("MOBILIZE", "CHN", "TWN")),
    ],
)
def test_types_coded(text: str, expected: tuple[str, str | None, str | None]) -> None:
    found = triples(text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # what is given is a military unit or a weapon of war, or no material: not AID
        ("Russia sent tanks to the border.", "AID"),
        ("The minister offered a new plan to the unions.", "AID"),
        ("The company pledged to cut its emissions.", "AID"),
    ],
)
def test_types_not_coded(text: str, absent: str) -> None:
    found = triples(text)
    assert absent not in [t[0] for t in found], found


@pytest.mark.parametrize(
    "text",
    [
        "The bakery shipped 200 cakes to the wedding.",
        "The farmers sent their wheat to the mill.",
        "The hotel hosted a wedding.",
        "The club received $2 million in ticket sales.",
        "The school admitted 200 new pupils.",
        "The workshop equipped the vans with new tyres.",
        "The bank cancelled the debt of its clients.",
        "The man died in custody last year.",
        "The judge gave the mother custody of the children.",
        "The company shut down its factory in the north.",
        "The landlord evicted the tenants.",
        "The coach worked with the young players all summer.",
        "The team strengthened its defence.",
        "The alliance has 32 members and a large budget.",
        "The audience showed little sympathy for the actor.",
    ],
)
def test_types_no_event(text: str) -> None:
    assert triples(text) == []
