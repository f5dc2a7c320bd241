"""Write ``exchange-speakers-gold.jsonl`` from the hand annotations below (procedure in README.md).

Every record was written by reading the text: which words are a statement, who says them, and (for a
transcript) where each turn's label stands. Offsets are never typed: this script finds each anchor
with ``text.find`` after the previous one and checks ``text[start:end] == content.text``.

    python eval/transcripts-gold/build_gold.py ../shared/data/exchange/exchange.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# Narrative statements: (first words of the content, last words of the content, cue, mention,
# speaker name, speaker type, affiliation).
# Turns: ("TURN", label as written, speaker name or None for a question, speaker type, affiliation).
# A turn's content runs from after its label to the next label (or to the END anchor).
ANNOTATIONS: dict[str, list[tuple[Any, ...]]] = {
    "kremlin-67362": [
        ("discussing these problems", "EU representatives and Minsk", "spoke in favour of", "the President",
         "Vladimir Putin", "person", "RUS"),
        ("the importance of immediately", "primarily, Ukraine", "emphasised", "The President", "Vladimir Putin", "person", "RUS"),
        ("his French partners to be receptive", "take part in discussing them", "called on", "The President",
         "Vladimir Putin", "person", "RUS"),
        ("to continue to maintain close personal contact", "to continue to maintain close personal contact", "agreed",
         "The parties", "Vladimir Putin and Emmanuel Macron", "group", None),
    ],
    "kremlin-67657": [
        ("the Russian side would carefully study", "decide on further action", "made it clear", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("the importance of Kiev's strict compliance", "special status of Donbass", "emphasised", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("their commitment to continuing working", "working in this format", "reaffirmed", "the parties",
         "Vladimir Putin and Emmanuel Macron", "group", None),
        ("to stay in close communication", "to stay in close communication", "agreed",
         "The President of Russia and the President of France", "Vladimir Putin and Emmanuel Macron", "group", None),
    ],
    "kremlin-67487": [
        ("the negotiations needed to produce", "vicinity of its borders", "stressed", "He", "Vladimir Putin", "person", "RUS"),
        ("the security of any nation cannot be ensured", "strictly observed", "emphasised", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("to engage in a serious and substantive dialogue", "on these issues", "expressed willingness", "Both leaders",
         "Vladimir Putin and Joe Biden", "group", None),
        ("to personally supervise these negotiating tracks", "reaching results quickly", "agreed", "The presidents",
         "Vladimir Putin and Joe Biden", "group", None),
        ("Russia and the US shared a special responsibility", "offensive strike weapons in Ukraine", "emphasised",
         "Joseph Biden", "Joe Biden", "person", "USA"),
        ("this would be a grave error", "breakdown in Russia-US relations", "suggested", "He", "Vladimir Putin", "person", "RUS"),
        ("to continue regular contacts at the highest level", "to continue regular contacts at the highest level",
         "agreed", "The leaders", "Vladimir Putin and Joe Biden", "group", None),
    ],
    "whitehouse-2021-12-07-readout-of-president-bidens-video-call-with-president-vladimir-putin-of-russia": [
        ("the deep concerns of the United States", "forces surrounding Ukraine", "voiced", "President Biden",
         "Joe Biden", "person", "USA"),
        ("the U.S. and our Allies would respond", "event of military escalation", "made clear", "President Biden",
         "Joe Biden", "person", "USA"),
        ("his support for Ukraine’s sovereignty", "and territorial integrity", "reiterated", "President Biden",
         "Joe Biden", "person", "USA"),
        ("de-escalation and a return to diplomacy", "de-escalation and a return to diplomacy", "called for",
         "President Biden", "Joe Biden", "person", "USA"),
    ],
    "whitehouse-2022-02-12-readout-of-president-bidens-call-with-president-vladimir-putin-of-russia": [
        ("if Russia undertakes a further invasion", "severe costs on Russia", "was clear", "President Biden",
         "Joe Biden", "person", "USA"),
        ("a further Russian invasion of Ukraine would", "diminish Russia’s standing", "reiterated", "President Biden",
         "Joe Biden", "person", "USA"),
        ("while the United States remains prepared", "prepared for other scenarios", "was clear with President Putin",
         "President Biden", "Joe Biden", "person", "USA"),
    ],
    "kremlin-67682": [
        ("TURN", "President of Russia Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Prime Minister of Hungary Viktor Orban (retranslated)", "Viktor Orban", "person", "HUN"),
        ("TURN", "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Viktor Orban", "Viktor Orban", "person", "HUN"),
        ("TURN", "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("END", " <…>"),
    ],
    "kremlin-67761": [
        ("TURN", "Aide to the President Yury Ushakov", "Yury Ushakov", "person", "RUS"),
        *[item for _ in range(6) for item in (
            ("TURN", "Question:", None, "question", None),
            ("TURN", "Yury Ushakov:", "Yury Ushakov", "person", "RUS"),
        )],
    ],
    "whitehouse-2022-03-04-remarks-by-president-biden-and-president-niinisto-of-the-republic-of-finland-before-bilateral-meeting": [
        ("TURN", "PRESIDENT BIDEN", "Joe Biden", "person", "USA"),
        ("TURN", "PRESIDENT NIINISTÖ", "Sauli Niinistö", "person", "FIN"),
        ("TURN", "PRESIDENT BIDEN", "Joe Biden", "person", "USA"),
        ("TURN", "PRESIDENT NIINISTÖ", "Sauli Niinistö", "person", "FIN"),
        ("TURN", "PRESIDENT BIDEN", "Joe Biden", "person", "USA"),
        ("END", "\n\n2:59 P.M. EST"),
    ],
    "whitehouse-2021-06-14-remarks-by-president-biden-and-nato-secretary-general-jens-stoltenberg-during-greeting": [
        ("TURN", "SECRETARY GENERAL STOLTENBERG", "Jens Stoltenberg", "person", "NATO"),
        ("TURN", "PRESIDENT BIDEN", "Joe Biden", "person", "USA"),
        ("TURN", "SECRETARY GENERAL STOLTENBERG", "Jens Stoltenberg", "person", "NATO"),
        ("TURN", "PRESIDENT BIDEN", "Joe Biden", "person", "USA"),
        ("TURN", "SECRETARY GENERAL STOLTENBERG", "Jens Stoltenberg", "person", "NATO"),
        ("TURN", "PRESIDENT BIDEN", "Joe Biden", "person", "USA"),
        ("TURN", "SECRETARY GENERAL STOLTENBERG", "Jens Stoltenberg", "person", "NATO"),
        ("END", "\n\n12:32 P.M. CEST"),
    ],
    "whitehouse-2022-01-25-remarks-by-president-biden-in-press-gaggle-4": [
        *[("TURN", label, name, "person" if name else "question", "USA" if name else None) for label, name in [
            ("THE PRESIDENT", "Joe Biden"), ("Q", None), ("THE PRESIDENT", "Joe Biden"), ("Q", None),
            ("THE PRESIDENT", "Joe Biden"), ("Q", None), ("THE PRESIDENT", "Joe Biden"), ("Q", None),
            ("THE PRESIDENT", "Joe Biden"), ("Q", None), ("AIDE", "SKIP"), ("Q", None), ("THE PRESIDENT", "Joe Biden"),
            ("Q", None), ("THE PRESIDENT", "Joe Biden"), ("Q", None), ("THE PRESIDENT", "Joe Biden"), ("Q", None),
            ("THE PRESIDENT", "Joe Biden"), ("Q", None), ("THE PRESIDENT", "Joe Biden"), ("Q", None),
            ("THE PRESIDENT", "Joe Biden"),
        ]],
        ("END", "\n\n2:07 P.M. EST"),
    ],
}

# Labelled after the rules were frozen, to check them on texts they were not adjusted to (README).
HELD_OUT: dict[str, list[tuple[Any, ...]]] = {
    "kremlin-67683": [
        ("the importance of observing the fundamental principle", "signed at the highest level", "emphasising",
         "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("Russia's readiness to further ensure", "Russian natural gas to Italy", "reaffirmed", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("the outcome of his recent meeting", "leading Italian entrepreneurs", "expressed satisfaction with",
         "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("to continue the dialogue in the interests", "Russian-Italian relations", "agreed", "The leaders",
         "Vladimir Putin and Mario Draghi", "group", None),
    ],
    "kremlin-67359": [
        ("the importance of the complete and unconditional", "Minsk Package of Measures", "emphasised", "He",
         "Vladimir Putin", "person", "RUS"),
        ("in violation of the Minsk agreements, the Ukrainian", "on the use of force", "noted",
         "The President of Russia", "Vladimir Putin", "person", "RUS"),
        ("the importance of immediately starting talks", "the United States and NATO", "stressed", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("this fully conformed to the principle", "the 1999 Istanbul Charter", "emphasised", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("President Niinistö's initiative to convene", "Security and Cooperation in Europe", "supported",
         "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("their striving to continue developing", "including trade and the economy", "reaffirmed", "The leaders",
         "Vladimir Putin and Sauli Niinistö", "group", None),
    ],
    "whitehouse-2022-05-19-readout-of-president-bidens-meeting-with-prime-minister-andersson-of-sweden-and-president-niinist%d3%a7-of-finland": [
        ("their applications for NATO membership", "strengthen our collective security", "warmly welcomed",
         "President Joseph R. Biden, Jr.", "Joe Biden", "person", "USA"),
        ("his commitment to support both countries", "into the Alliance as quickly as possible", "underscored",
         "the President", "Joe Biden", "person", "USA"),
    ],
    "whitehouse-2022-02-18-remarks-by-vice-president-harris-and-nato-secretary-general-jens-stoltenberg-before-bilateral-meeting": [
        ("TURN", "VICE PRESIDENT HARRIS", "Kamala Harris", "person", "USA"),
        ("TURN", "SECRETARY GENERAL STOLTENBERG", "Jens Stoltenberg", "person", "NATO"),
        ("TURN", "VICE PRESIDENT HARRIS", "Kamala Harris", "person", "USA"),
        ("TURN", "SECRETARY GENERAL STOLTENBERG", "Jens Stoltenberg", "person", "NATO"),
        ("TURN", "VICE PRESIDENT HARRIS", "Kamala Harris", "person", "USA"),
        ("END", "\n\nEND 1:26 P.M. CEST"),
    ],
}

# A second held-out set, labelled on 2026-12-04 before the rules were scored on it, written to
# exchange-speakers-heldout.jsonl (its own file and floors, README): a White House background call,
# a Kremlin news conference with inline labels, call readouts from both sides.
RUS_USA = "Vladimir Putin and Joe Biden"
HELDOUT_FILE: dict[str, list[tuple[Any, ...]]] = {
    "whitehouse-2021-06-14-background-press-call-by-a-senior-administration-official-on-president-bidens-engagements-at-nato-summit": [
        ("TURN", "MODERATOR:", "SKIP", None, None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "Q", None, "question", None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", "SKIP", None, None),
    ],
    "kremlin-67320": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Prime Minister of Greece Kyriakos Mitsotakis (retranslated):", "Kyriakos Mitsotakis", "person", "GRC"),
        ("TURN", "Question(retranslated):", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Kyriakos Mitsotakis:", "Kyriakos Mitsotakis", "person", "GRC"),
        ("TURN", "Question:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Ksenia Golovanova:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Kyriakos Mitsotakis(retranslated):", "Kyriakos Mitsotakis", "person", "GRC"),
        ("TURN", "Question:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
    ],
    "whitehouse-2021-07-09-readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-russia-2": [
        ("the joint work of their respective teams", "in the UN Security Council", "commended", "The leaders",
         "Joe Biden and Vladimir Putin", "group", None),
        ("the need for Russia to take action", "ransomware groups operating in Russia", "underscored", "President Biden",
         "Joe Biden", "person", "USA"),
        ("he is committed to continued engagement", "broader threat posed by ransomware", "emphasized", "President Biden",
         "Joe Biden", "person", "USA"),
        ("the United States will take any necessary action", "face of this continuing challenge", "reiterated",
         "President Biden", "Joe Biden", "person", "USA"),
    ],
    "kremlin-67352": [
        ("the outcome of the 26th session", "under the United Kingdom's chairmanship", "expressed satisfaction with",
         "Both leaders", "Vladimir Putin and Boris Johnson", "group", None),
        ("the contribution that Russia had made", "Action on Forests and Land Use", "noted", "The Prime Minister",
         "Boris Johnson", "person", "GBR"),
        ("Russia's alleged large-scale troop movements", "near the Ukrainian border", "expressed concern about",
         "Boris Johnson", "Boris Johnson", "person", "GBR"),
        ("the need to immediately begin talks", "in neighbouring states, primarily Ukraine", "stated", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("to continue to discuss the issues raised", "through various channels", "agreed", "The leaders",
         "Vladimir Putin and Boris Johnson", "group", None),
    ],
    "kremlin-67427": [
        ("on the start of his work as Federal Chancellor", "on the start of his work as Federal Chancellor",
         "congratulated", "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("further developing bilateral ties", "contacts via different channels", "expressed interest in", "Both sides",
         "Vladimir Putin and Olaf Scholz", "group", None),
        ("Kiev still refuses to honour its commitments", "new summit in the Normandy format", "noting",
         "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
    ],
    "kremlin-67315": [
        ("the importance of consistent progress", "between Russia and the United States", "noting", "the two presidents",
         RUS_USA, "group", None),
        ("the fact that the two countries were allies", "allies during World War II", "recalled", "the presidents",
         RUS_USA, "group", None),
        ("the need to remember the sacrifices", "working together in today's reality", "emphasised", "They",
         RUS_USA, "group", None),
        ("serious concern about Kiev's provocative actions", "provocative actions against Donbass", "expressed", "He",
         "Vladimir Putin", "person", "RUS"),
        ("the sanctions the United States and its allies", "should the situation escalate any further", "outlined",
         "Joseph Biden", "Joe Biden", "person", "USA"),
        ("shifting the responsibility on Russia", "along the Russian border", "warned against", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("to instruct their representatives", "on these sensitive matters", "agreed", "The two leaders",
         RUS_USA, "group", None),
        ("the importance of the ongoing dialogue", "the ongoing dialogue on this topic", "emphasising", "both sides",
         RUS_USA, "group", None),
        ("their readiness to continue working together", "as well as using technical intelligence", "expressed", "They",
         RUS_USA, "group", None),
        ("the importance of ensuring that it is fully", "in its original version", "noted", "The Russian President",
         "Vladimir Putin", "person", "RUS"),
        ("the talks on this issue, which resumed", "acceptable to all the parties involved", "expressed hope",
         "The leaders", RUS_USA, "group", None),
        ("the level of cooperation between their countries", "remains unsatisfactory", "stating", "The two presidents",
         RUS_USA, "group", None),
        ("all this results from the policy line", "compelling Russia to respond in kind", "stressed", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("resetting all the existing restrictions", "between the two countries back to normal", "proposed", "Russia",
         "Russia", "country", "RUS"),
        ("considering their special responsibility", "continue their dialogue and the necessary contacts",
         "expressed the view", "The presidents", RUS_USA, "group", None),
    ],
}


# Four more readouts labelled after the fixes to the second held-out set, scored once before any
# further change (README, step 5).
HELDOUT_FILE.update({
    "kremlin-67798": [
        ("their mutual interest in their constructive", "including in trade and the economy", "reaffirmed",
         "The two leaders", "Vladimir Putin and Fumio Kishida", "group", None),
        ("to continue their contacts", "to continue their contacts", "agreed", "The two leaders",
         "Vladimir Putin and Fumio Kishida", "group", None),
    ],
    "whitehouse-2022-02-18-readout-of-vice-president-harriss-meeting-with-nato-secretary-general-stoltenberg": [
        ("our enduring commitment to the Transatlantic", "the Transatlantic Alliance", "underscored",
         "Vice President Kamala Harris", "Kamala Harris", "person", "USA"),
        ("their shared support for Ukraine", "sovereignty and territorial integrity", "emphasized", "They",
         "Kamala Harris and Jens Stoltenberg", "group", None),
        ("the U.S. commitment to Article 5", "NATO Allies is ironclad", "reiterated", "The Vice President",
         "Kamala Harris", "person", "USA"),
    ],
    "kremlin-67842": [
        ("the objective necessity to take that decision", "implement the Minsk Agreements", "stressed",
         "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("the US and NATO response which came down", "legitimate concerns and demands",
         "expressed his disappointment with", "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
        ("to continue Russian-Turkish contacts", "contacts in various formats", "agreed", "The presidents",
         "Vladimir Putin and Recep Tayyip Erdogan", "group", None),
    ],
    "whitehouse-2022-05-13-readout-of-president-bidens-call-with-prime-minister-andersson-of-sweden-and-president-niinisto-of-finland": [
        ("his support for NATO’s Open Door policy", "foreign policy, and security arrangements", "underscored",
         "President Biden", "Joe Biden", "person", "USA"),
        ("their shared commitment to continued coordination", "Ukrainian people affected by the war", "reiterated",
         "They", "Joe Biden, Magdalena Andersson and Sauli Niinistö", "group", None),
    ],
})


# Third file (README, step 6): eleven texts neither file above covers, labelled on 2026-12-04 by reading
# them, before any rule was changed for them. An eighth item, when present, is the record's kind
# ("direct" for a quoted message).
EUROPEAN_LEADERS = ("Joe Biden, Ursula von der Leyen, Charles Michel, Emmanuel Macron, Olaf Scholz, Mario Draghi, "
                    "Jens Stoltenberg, Andrzej Duda and Boris Johnson")
THIRD_FILE: dict[str, list[tuple[Any, ...]]] = {
    "whitehouse-2021-06-16-u-s-russia-presidential-joint-statement-on-strategic-stability": [
        ("the United States and Russia have demonstrated", "the threat of nuclear war", "note", "We",
         "Joe Biden and Vladimir Putin", "group", None),
        ("the principle that a nuclear war cannot be won", "must never be fought", "reaffirm", "we",
         "Joe Biden and Vladimir Putin", "group", None),
    ],
    "whitehouse-2021-12-06-readout-of-president-joe-bidens-call-with-european-allies": [
        ("Russia to de-escalate tensions", "Russia to de-escalate tensions", "called on", "They",
         "Joe Biden, Emmanuel Macron, Angela Merkel, Mario Draghi and Boris Johnson", "group", None),
        ("diplomacy, especially through the Normandy Format", "implementation of the Minsk Agreements", "agreed", "They",
         "Joe Biden, Emmanuel Macron, Angela Merkel, Mario Draghi and Boris Johnson", "group", None),
        ("their support for Ukraine’s sovereignty", "and territorial integrity", "underscored", "The leaders",
         "Joe Biden, Emmanuel Macron, Angela Merkel, Mario Draghi and Boris Johnson", "group", None),
        ("their teams will stay in close touch", "coordinated and comprehensive approach", "agreed", "They",
         "Joe Biden, Emmanuel Macron, Angela Merkel, Mario Draghi and Boris Johnson", "group", None),
    ],
    "whitehouse-2021-12-15-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-call-with-russian-presidential-foreign-pol": [
        ("our strong concerns about the Russian military build-up", "on the border with Ukraine", "reiterated",
         "Mr. Sullivan", "Jake Sullivan", "person", "USA"),
        ("the United States will continue to coordinate", "strategic matters through diplomacy", "emphasized",
         "Mr. Sullivan", "Jake Sullivan", "person", "USA"),
    ],
    "kremlin-67426": [
        ("the possibility of holding a new summit", "implement the Minsk Package of Measures", "emphasised",
         "The President of Russia", "Vladimir Putin", "person", "RUS"),
        ("how the situation has stabilised", "transport links in the region", "expressed satisfaction with",
         "the leaders", "Vladimir Putin and Emmanuel Macron", "group", None),
        ("the restrictions that continue to be imposed", "Russia Today news channel in France", "directed attention to",
         "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
    ],
    "kremlin-67759": [
        ("the absence of a substantive response", "to the Russian initiatives", "drew attention to", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("the reluctance of the leading Western powers", "political advisors to the Normandy format leaders", "stressed",
         "He", "Vladimir Putin", "person", "RUS"),
        ("to keep these issues on the agenda", "Russian-French top-level dialogue", "agreed", "The leaders",
         "Vladimir Putin and Emmanuel Macron", "group", None),
    ],
    "kremlin-67747": [
        ("on their professional day", "Diplomatic Worker's Day", "congratulated", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("The Russian Foreign Ministry has a glorious record", "consolidate Russia's position in the world arena",
         "reads", "The message", "Vladimir Putin", "person", "RUS", "direct"),
    ],
    "kremlin-67803": [],  # a meeting readout with topics only ('briefed ... about', 'exchanged opinions on')
    "whitehouse-2022-01-24-readout-of-president-bidens-video-call-with-european-leaders-on-russia-and-ukraine": [
        ("their continued concern about the Russian", "build-up on Ukraine’s borders", "reiterated", "They",
         EUROPEAN_LEADERS, "group", None),
        ("their support for Ukraine’s sovereignty", "and territorial integrity", "expressed", "They",
         EUROPEAN_LEADERS, "group", None),
        ("their shared desire for a diplomatic resolution", "to the current tensions", "underscored", "The leaders",
         EUROPEAN_LEADERS, "group", None),
        ("continued close consultation with transatlantic", "the EU, NATO, and the OSCE", "committed to", "They",
         EUROPEAN_LEADERS, "group", None),
    ],
    "whitehouse-2022-03-04-readout-of-president-bidens-meeting-with-president-of-finland-sauli-niinisto": [
        ("to start a process that would strengthen", "with other Nordic countries", "committed", "The Presidents",
         "Joe Biden and Sauli Niinistö", "group", None),
    ],
    "whitehouse-2021-07-09-background-press-call-by-senior-administration-officials-on-president-bidens-call-with-president-putin-of-russia": [
        ("TURN", "MODERATOR:", "SKIP", None, None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "Q", None, "question", None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "Q", None, "question", None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "Q", None, "question", None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "Q", None, "question", None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "OPERATOR:", "SKIP", None, None),
        ("TURN", "Q", None, "question", None),
        ("TURN", "OPERTATOR:", "SKIP", None, None),
        ("TURN", "Q", None, "question", None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA"),
        ("TURN", "MODERATOR:", "SKIP", None, None),
    ],
    "kremlin-67766": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Foreign Minister Sergei Lavrov:", "Sergei Lavrov", "person", "RUS"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Sergei Lavrov:", "Sergei Lavrov", "person", "RUS"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Sergei Lavrov:", "Sergei Lavrov", "person", "RUS"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Sergei Lavrov:", "Sergei Lavrov", "person", "RUS"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
    ],
}


# Six more texts labelled after the fixes for the third file, scored once before any further change
# (README, step 6).
THIRD_FILE.update({
    "whitehouse-2021-12-20-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-call-with-yuriy-ushakov-foreign-policy-adv": [
        ("U.S. readiness to engage in diplomacy", "the NATO-Russia Council, and the OSCE", "indicated", "He",
         "Jake Sullivan", "person", "USA"),
        ("any dialogue must be based on reciprocity", "with our European Allies and partners", "made clear", "He",
         "Jake Sullivan", "person", "USA"),
        ("substantive progress can only occur", "de-escalation rather than escalation", "noted", "He",
         "Jake Sullivan", "person", "USA"),
    ],
    "whitehouse-2021-12-30-statement-by-press-secretary-jen-psaki-on-president-bidens-phone-call-with-president-vladimir-putin-of-russia": [
        ("Russia to de-escalate tensions with Ukraine", "Russia to de-escalate tensions with Ukraine", "urged",
         "President Biden", "Joe Biden", "person", "USA"),
        ("the United States and its allies and partners", "if Russia further invades Ukraine", "made clear", "He",
         "Joe Biden", "person", "USA"),
        ("diplomacy, starting early next year", "Cooperation in Europe", "expressed support for", "President Biden",
         "Joe Biden", "person", "USA"),
        ("substantive progress in these dialogues", "de-escalation rather than escalation", "reiterated",
         "President Biden", "Joe Biden", "person", "USA"),
    ],
    "kremlin-67619": [
        ("Moscow was expecting a specific", "as promised by its partners", "noting", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("the importance of consistently and fully", "the only basic document for resolving the crisis", "reaffirmed",
         "both parties", "Vladimir Putin and Sauli Niinistö", "group", None),
        ("Kiev still refused to fulfil", "special status of Donbass in the constitution", "noted",
         "The President of Russia", "Vladimir Putin", "person", "RUS"),
    ],
    "kremlin-67673": [
        ("to continue contacts by telephone", "possibility of meeting in person", "agreed", "The two leaders",
         "Vladimir Putin and Emmanuel Macron", "group", None),
    ],
    "kremlin-67702": [],  # topics ('explained his principled approaches') and agentless passives only
    "kremlin-67709": [
        ("the provocative statements and actions", "run counter to the Minsk agreements", "emphasised",
         "Vladimir Putin", "Vladimir Putin", "person", "RUS"),
    ],
})


# Fourth file: texts none of the files above covers, labelled on 2026-12-04 by reading them, before any rule
# was changed for them (README, step 7).
_SAO = ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", None, "unnamed_person", "USA")
_Q = ("TURN", "Q", None, "question", None)
_PSAKI = ("TURN", "MS. PSAKI:", "Jen Psaki", "person", "USA")
FOURTH_FILE: dict[str, list[tuple[Any, ...]]] = {
    "kremlin-67435": [
        ("the idea of increasing contact", "EU structures and Russian representatives", "supported", "Xavier Bettel",
         "Xavier Bettel", "person", "LUX"),
    ],
    "kremlin-67818": [
        ("provocations from Ukrainian militants", "the reason for the escalation", "noted", "The President of Russia",
         "Vladimir Putin", "person", "RUS"),
        ("to step up the search for a diplomatic solution", "leaders of the Normandy format countries",
         "found it expedient", "the two presidents", "Vladimir Putin and Emmanuel Macron", "group", None),
        ("the need for the US and NATO to take", "to the point", "emphasised", "Vladimir Putin",
         "Vladimir Putin", "person", "RUS"),
        ("to maintain contact at various levels", "to maintain contact at various levels", "agreed", "The two leaders",
         "Vladimir Putin and Emmanuel Macron", "group", None),
    ],
    "whitehouse-2022-02-08-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-call-with-nato-secretary-general-jens-stol": [
        ("their commitment to Ukraine’s sovereignty", "and territorial integrity", "underscored", "They",
         "Jake Sullivan and Jens Stoltenberg", "group", None),
        ("the readiness of Allies to defend", "potential Russian aggression", "underscored", "They",
         "Jake Sullivan and Jens Stoltenberg", "group", None),
    ],
    # An announcement of a call: nothing may be attributed.
    "whitehouse-2021-12-29-statement-by-nsc-spokesperson-emily-horne-on-president-bidens-upcoming-phone-call-with-president-vladimir-putin-of-russia": [],
    "whitehouse-2022-02-12-background-press-call-by-a-senior-administration-official-on-the-presidents-call-with-russian-president-vladimir-putin": [
        ("TURN", "MODERATOR:", "SKIP", None, None),
        _SAO, ("TURN", "MODERATOR:", "SKIP", None, None),
        _Q, _SAO, _Q, _SAO, _Q, _SAO,
        ("TURN", "MODERATOR:", "SKIP", None, None),
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", "SKIP", None, None),
    ],
    "whitehouse-2021-12-30-background-press-call-on-president-bidens-call-with-president-putin-of-the-russian-federation": [
        ("TURN", "MODERATOR:", "SKIP", None, None),
        _SAO, ("TURN", "MODERATOR:", "SKIP", None, None),
        _Q, _SAO, _Q, _SAO, _Q, _SAO, _Q, _SAO,
        ("TURN", "SENIOR ADMINISTRATION OFFICIAL:", "SKIP", None, None),
    ],
    "kremlin-67749": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "President of Kazakhstan Kassym-Jomart Tokayev:", "Kassym-Jomart Tokayev", "person", "KAZ"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Question:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Kassym-Jomart Tokayev:", "SKIP", None, None),
    ],
    "kremlin-67809": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "President of the Republic of Belarus Alexander Lukashenko:", "Alexander Lukashenko", "person", "BLR"),
        ("TURN", "Kommersant newspaper correspondent Andrei Kolesnikov:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Alexander Lukashenko:", "Alexander Lukashenko", "person", "BLR"),
        ("TURN", "Alyona Syrova:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Alexander Lukashenko:", "Alexander Lukashenko", "person", "BLR"),
    ],
    # 135 line-initial labels, read in order: the press secretary answers, every "Q" is a journalist.
    "whitehouse-2022-01-20-press-briefing-by-press-secretary-jen-psaki-january-20-2022": [
        *[_PSAKI if label == "P" else _Q for label in "PQ" * 17 + "QQ" + "PQ" * 49 + "P"],
        ("END", "\n\n2:35 P.M. EST"),
    ],
}

# Labelled after the rules above were changed for the fourth file, scored once blind (README, step 7).
FOURTH_FILE.update({
    "whitehouse-2022-01-19-statement-from-press-secretary-jen-psaki-on-russian-aggression-towards-ukraine": [
        ("If any Russian military forces move", "the United States and our Allies", "has been clear with",
         "President Biden", "Joe Biden", "person", "USA"),
        ("those acts of Russian aggression will be met", "and united response", "affirmed", "he",
         "Joe Biden", "person", "USA"),
    ],
    "whitehouse-2022-06-28-statement-by-president-biden-on-trilateral-agreement-between-turkey-finland-and-sweden": [
        ("the United States strongly supports their membership", "the United States strongly supports their membership",
         "told", "I", "Joe Biden", "person", "USA"),
    ],
})


# Fifth file (README, step 8): texts in no file above, labelled on 2026-12-04 by reading them, before any rule
# was changed for them and before parley was run on them. A ("BREAK", anchor) item ends the running turn
# where an editor's note begins; narrative items may stand before and between turns.
US_FR = "Joe Biden and Emmanuel Macron"


def _joint(first: str, last: str, cue: str, mention: str = "They", name: str = US_FR, kind: str = "group",
           affiliation: str | None = None) -> tuple[Any, ...]:
    return (first, last, cue, mention, name, kind, affiliation)


FIFTH_FILE: dict[str, list[tuple[Any, ...]]] = {
    # A Kremlin readout of talks followed by the two leaders' opening remarks with inline labels.
    # "spoke about promoting ..." is a topic; "which the Chinese side supported" has no content of its own;
    # "They also discussed ..." and "the two leaders discussed ..." are topics; "thanked ... for" is no statement.
    "kremlin-67712": [
        ("the intention to increase bilateral trade", "to US$250 billion", "mentioned", "The President of China",
         "Xi Jinping", "person", "CHN"),
        ("TURN", "President of the People's Republic of China Xi Jinping(retranslated):", "Xi Jinping", "person", "CHN"),
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("END", " <…>"),
    ],
    # Announcements of a call or a meeting: "will discuss", "will underscore" are plans, nothing is attributed.
    "whitehouse-2021-12-04-statement-by-press-secretary-jen-psaki-on-president-bidens-upcoming-call-with-president-vladimir-putin-of-russia": [],
    "whitehouse-2022-05-17-statement-by-white-house-press-secretary-karine-jean-pierre-on-the-meeting-between-president-biden-and-prime-minister-andersson-": [],
    "kremlin-67713": [],
    # A joint statement after a meeting: "They"/"The Presidents" are both signatories; "The United States" alone
    # is that country. Purposes ("met ... to reaffirm"), intentions ("intend to"), states ("share a commitment",
    # "understand") and "committed additional assets" are not statements.
    "whitehouse-2021-10-29-united-states-france-joint-statement": [
        _joint("the strength of the longstanding", "defense and security cooperation", "underscore"),
        _joint("a shared commitment to adapt", "and shared interests", "reiterate"),
        _joint("to ensure that democracy delivers", "counter injustice and inequality", "resolve"),
        _joint("our shared responsibility to lead", "multi-lateral, rules-based order", "acknowledge",
               "The United States and France", "United States and France"),
        _joint("plans to launch a “US-France", "by the end of the year", "welcome", "The Presidents"),
        _joint("the launch of the Trade and Technology Council", "for the 21st century economy", "welcome",
               "the two Presidents"),
        _joint("a bilateral dialogue on the impact", "our economies and societies", "support"),
        _joint("to maintain our collective defense", "the full range of modern threats", "resolve", "The Presidents"),
        _joint("that a credible and united nuclear Alliance", "is essential", "reaffirm", "we"),
        _joint("the importance of a stronger and more capable European defense", "is complementary to NATO",
               "recognizes", "the United States", "United States", "country", "USA"),
        _joint("European Allies’ and Partners’ growing investments", "more committed European partners", "supports",
               "The United States", "United States", "country", "USA"),
        _joint("their support for strengthening the NATO-EU", "of the Euro-Atlantic area", "reaffirm", "The Presidents"),
        _joint("the invitation of the EU and other partners", "in Madrid in 2022", "support"),
        _joint("support for a U.S.-EU dialogue", "at the U.S.-EU Summit in June", "reaffirm", "The Presidents"),
        _joint("the importance of stronger and interoperable", "to the benefit of the Alliance", "affirm",
               "The Presidents"),
        _joint("the importance of robust collaboration", "strategic challenges there", "recognize", "The Presidents"),
        _joint("France’s enduring role as an Indo-Pacific partner", "a free and open Indo-Pacific", "welcomes",
               "The United States", "United States", "country", "USA"),
        _joint("the EU strategy on the Indo-Pacific", "the EU strategy on the Indo-Pacific", "welcomes",
               "The United States", "United States", "country", "USA"),
        _joint("further dialogue and practical cooperation", "partners in the Indo-Pacific", "support"),
        _joint("the importance of combined efforts", "common approaches to global challenges", "noting"),
        _joint("the historic efforts of the Global Coalition", "the Global Coalition to Defeat ISIS", "commend",
               "The two Presidents"),
        _joint("essential reforms in Lebanon", "essential reforms in Lebanon", "support"),
        _joint("the need to ensure Iran never develops", "acquires a nuclear weapon", "concur on"),
        _joint("the importance of the November 12 Paris", "on December 24", "underscore"),
        _joint("the sovereignty and independence of Iraq", "to violent extremist groups", "support"),
    ],
    # A background press call: MODERATOR skipped, a one-word answer is a turn.
    "whitehouse-2022-02-16-background-press-call-previewing-the-vice-presidents-trip-to-munich-germany": [
        ("TURN", "MODERATOR:", "SKIP", None, None),
        _SAO, ("TURN", "MODERATOR:", "SKIP", None, None),
        _SAO, _SAO, ("TURN", "MODERATOR:", "SKIP", None, None),
        _Q, _SAO, _Q, _SAO,
    ],
    # A Kremlin news conference with inline labels; "Remark:" is a journalist's follow-up (a question); colons
    # inside answers ("I will say the following:", "my stance here is absolutely clear:") are no labels.
    "kremlin-67774": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Federal Chancellor of Germany Olaf Scholz (retranslated):", "Olaf Scholz", "person", "DEU"),
        ("TURN", "Question(retranslated):", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Olaf Scholz:", "Olaf Scholz", "person", "DEU"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Question:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Olaf Scholz:", "Olaf Scholz", "person", "DEU"),
        ("TURN", "Question(retranslated):", None, "question", None),
        ("TURN", "Olaf Scholz:", "Olaf Scholz", "person", "DEU"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Remark:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Question:", None, "question", None),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "Olaf Scholz:", "Olaf Scholz", "person", "DEU"),
    ],
    # A Kremlin meeting: the President's turns, with the editor's notes on the guest's words in parentheses.
    # "also presented the two proposals" is a topic.
    "kremlin-68287": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("BREAK", "(In his remarks"),
        ("the situation in Ukraine", "the situation in Ukraine", "expressed concern over", "the UN Secretary General",
         "Antonio Guterres", "person", "UN"),
        ("the need for a multilateral world order", "the UN Charter and international law", "emphasising",
         "the UN Secretary General", "Antonio Guterres", "person", "UN"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("BREAK", "(Antonio Guterres noted"),
        ("the United Nations did not recognise Kosovo", "the United Nations did not recognise Kosovo", "noted",
         "Antonio Guterres", "Antonio Guterres", "person", "UN"),
        ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("END", " <…>"),
    ],
}


# Sixth file (README, step 9): two Kremlin texts in no file above, labelled on 2026-12-04 after the rules were
# changed for the fifth file, and scored once, blind.
_PUTIN = ("TURN", "Vladimir Putin:", "Vladimir Putin", "person", "RUS")
_LUKASHENKO = ("TURN", "Alexander Lukashenko:", "Alexander Lukashenko", "person", "BLR")
_PESKOV = ("TURN", "Dmitry Peskov:", "SKIP", None, None)  # the press secretary moderating
_QUESTION = ("TURN", "Question:", None, "question", None)
SIXTH_FILE: dict[str, list[tuple[Any, ...]]] = {
    # A joint news conference: the press secretary's moderation and the closing thanks are skipped; "Remark:" asking
    # to put a question is the journalist's.
    "kremlin-68182": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
        ("TURN", "President of Belarus Alexander Lukashenko:", "Alexander Lukashenko", "person", "BLR"),
        ("TURN", "Presidential Press Secretary Dmitry Peskov:", "SKIP", None, None),
        _QUESTION, _PUTIN, _LUKASHENKO, _PESKOV, _QUESTION, _PUTIN, _LUKASHENKO, _PUTIN, _QUESTION, _LUKASHENKO,
        _PESKOV, _QUESTION, _LUKASHENKO, _PUTIN, _LUKASHENKO, _PUTIN, _PESKOV, _PUTIN,
        ("TURN", "Remark:", None, "question", None),
        _PUTIN, _QUESTION, _PUTIN, _LUKASHENKO, _PUTIN, _PESKOV,
        ("TURN", "Vladimir Putin:", "SKIP", None, None), ("TURN", "Alexander Lukashenko:", "SKIP", None, None),
    ],
    # An address to a summit after a short readout ("The participants discussed ...": a topic).
    "kremlin-67010": [
        ("TURN", "President of Russia Vladimir Putin:", "Vladimir Putin", "person", "RUS"),
    ],
}


# Seventh file (README, step 10): three White House transcripts in no file above, labelled on 2026-12-05 by
# reading them (turn labels in order, with the person behind each), before parley was run on them, and scored once.
_BIDEN = ("TURN", "PRESIDENT BIDEN:", "Joe Biden", "person", "USA")
_STOLTENBERG = ("TURN", "SECRETARY GENERAL STOLTENBERG:", "Jens Stoltenberg", "person", "NATO")
_MODERATOR = ("TURN", "MODERATOR:", "SKIP", None, None)
SEVENTH_FILE: dict[str, list[tuple[Any, ...]]] = {
    # A background call: the moderator and the operator say nothing; the official's one-word "Yeah." interrupting
    # a question is a turn, and the rest of the question after it ("Q — on down the line.") is a question again.
    "whitehouse-2022-01-08-background-press-call-by-a-senior-administration-official-on-russia": [
        _MODERATOR, _SAO, _Q, _SAO, _MODERATOR, ("TURN", "OPERATOR:", "SKIP", None, None),
        _Q, _SAO, _Q, _SAO, _Q, _SAO, _Q, _SAO, _Q, _SAO, _Q, _SAO, _MODERATOR,
    ],
    # Two heads of state, one turn each; the time stamp after the last turn is not part of it.
    "whitehouse-2022-03-26-remarks-by-president-biden-and-president-andrzej-duda-of-poland-before-expanded-bilateral-meeting": [
        ("TURN", "PRESIDENT DUDA:", "Andrzej Duda", "person", "POL"), _BIDEN,
        ("END", "\n\n1:57 P.M. CET"),
    ],
    # Remarks with NATO's secretary general; the closing thanks are turns of their speakers, as in the first file.
    "whitehouse-2022-06-29-remarks-by-president-biden-and-nato-secretary-general-jens-stoltenberg-madrid-spain": [
        _BIDEN, _STOLTENBERG, _BIDEN, _STOLTENBERG, _BIDEN, ("END", "\n\n10:23 A.M. CEST"),
    ],
}


# Eighth file (README, step 11): the two texts left in the corpus with statements outside speaker turns, labelled
# on 2026-12-05 by reading them, before parley was run on them. Conventions as in the fifth file's joint statement.
US_UA = "Joe Biden and Volodymyr Zelenskyy"


def _usa(first: str, last: str, cue: str, mention: str = "The United States") -> tuple[Any, ...]:
    return (first, last, cue, mention, "United States", "country", "USA")


EIGHTH_FILE: dict[str, list[tuple[Any, ...]]] = {
    # A leaders' joint statement: "we" is both signatories, "The United States" alone that country. Intentions and
    # plans ("intend to", "plans to"), states ("are committed to", "remain committed", "continue to oppose"), acts
    # ("have finalized", "have signed", "has committed $2.5 billion") and the negated "will never recognize" are
    # not statements; "has committed to <doing>" is (the third file's readout cue).
    "whitehouse-2021-09-01-joint-statement-on-the-u-s-ukraine-strategic-partnership": [
        _usa("its full support for international efforts", "including the UN Charter", "reaffirms", "The United States"),
        _usa("Ukraine’s efforts to use the Crimea Platform", "in accordance with international law", "supports"),
        _joint("Russia to recommit to the ceasefire", "efforts to end the war", "call on", "we", US_UA),
        _usa("Ukraine’s right to decide its own future foreign policy course", "Ukraine’s aspirations to join NATO",
             "supports", "the United States"),
        _usa("a new $60 million security assistance package", "defend itself against Russian aggression",
             "is announcing"),
        _usa("Ukraine’s continued progress on defense", "a new defense industry strategy", "welcomes"),
        _usa("Ukraine’s plan to reform the Security Service", "provide for effective public oversight", "supports"),
        _joint("a seven-year extension of the Agreement", "bolster regional and international security", "agreed to",
               "We", US_UA),
        _joint("that living up to these values at home", "advancing them around the world", "recognize", "We", US_UA),
        ("prioritizing reforms that strengthen its democratic institutions", "and deliver justice", "has committed to",
         "Ukraine", "Ukraine", "country", "UKR"),
        _joint("their intent to achieve ambitious reductions", "Nationally Determined Contributions (NDCs)",
               "have both reaffirmed", "Ukraine and the United States", "Ukraine and United States"),
        _joint("efforts to increase capacity for gas supplies", "from diversified sources", "support",
               "The U.S. and Ukrainian governments", "United States and Ukraine"),
    ],
    # A fact sheet: an epigraph quote signed by its speaker, the government's stance in the first paragraph, and
    # the list of calls and meetings (topics and announcements: nothing to attribute). The European Council
    # Conclusions' own "expressed" is a document's statement inside the Administration's and is not annotated.
    "whitehouse-2022-01-10-fact-sheet-u-s-diplomatic-engagement-with-european-allies-and-partners-ahead-of-talks-with-russia": [
        ("We are absolutely committed to the principle", "nothing about Europe without Europe.", "",
         "Secretary of State Tony Blinken", "Antony Blinken", "person", "USA", "direct"),
        _usa("its readiness to impose significant costs on Russia", "further military action against Ukraine",
             "has underscored"),
        _usa("our preference for de-escalation through diplomacy", "our preference for de-escalation through diplomacy",
             "have stressed", "we"),
        ("the **December 2021 European Council Conclusions**", "if Russia further invades Ukraine", "welcomed",
         "The Administration", "Biden Administration", "organisation", "USA"),
    ],
}


def _find(text: str, needle: str, at: int, doc_id: str) -> int:
    found = text.find(needle, at)
    if found < 0:
        raise SystemExit(f"{doc_id}: {needle!r} not found after {at}")
    return found


def _narrative(doc_id: str, text: str, item: tuple[Any, ...], cursor: int) -> tuple[dict[str, Any], int]:
    first, last, cue, mention, name, kind, affiliation = item[:7]
    start = _find(text, first, cursor, doc_id)
    end = _find(text, last, start, doc_id) + len(last)
    record = {
        "kind": item[7] if len(item) > 7 else "indirect", "content": {"start": start, "end": end, "text": text[start:end]}, "cue": cue,
        "speaker_mention": mention, "speaker_name": name, "speaker_type": kind, "affiliation": affiliation,
        "floating": False,
    }
    return record, end


def _turns(doc_id: str, text: str, items: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Each turn from after its label to the next label: labels found in order, at line starts or inline."""
    placed: list[tuple[int, int, tuple[Any, ...]]] = []
    narrative: list[dict[str, Any]] = []
    cursor = 0
    for item in items:
        if item[0] not in ("TURN", "END", "BREAK"):  # a narrative statement before or between turns
            record, cursor = _narrative(doc_id, text, item, cursor)
            narrative.append(record)
            continue
        needle = item[1]
        start = _find(text, needle, cursor, doc_id)
        after = start + len(needle)
        if item[0] == "TURN" and not needle.endswith(":"):
            after += 1 if text[after] in ": " else 0  # the colon, or the space after "Q"
        while item[0] == "TURN" and text[after] == " ":
            after += 1
        placed.append((start, after, item))
        cursor = after
    records = []
    for index, (_, after, item) in enumerate(placed):
        if item[0] != "TURN" or item[2] == "SKIP":
            continue
        end = placed[index + 1][0] if index + 1 < len(placed) else len(text)
        while text[end - 1].isspace():
            end -= 1
        question = item[2] is None and item[3] == "question"
        records.append({
            "kind": "turn", "content": {"start": after, "end": end, "text": text[after:end]}, "cue": ":",
            "speaker_mention": item[1].rstrip(":"), "speaker_name": item[2],
            "speaker_type": "unnamed_person" if question else item[3], "affiliation": item[4],
            "floating": False, **({"question": True} if question else {}),
        })
    return sorted(records + narrative, key=lambda record: record["content"]["start"])


def build(exchange: Path, annotations: dict[str, list[tuple[Any, ...]]] | None = None) -> list[dict[str, Any]]:
    texts = {obj["id"]: obj for obj in map(json.loads, exchange.read_text(encoding="utf-8").splitlines())}
    docs = []
    for doc_id, items in (annotations if annotations is not None else {**ANNOTATIONS, **HELD_OUT}).items():
        text = texts[doc_id]["text"]
        if any(item[0] == "TURN" for item in items):
            records = _turns(doc_id, text, items)
        else:
            records, cursor = [], 0
            for item in items:
                record, cursor = _narrative(doc_id, text, item, cursor)
                records.append(record)
        for record in records:
            content = record["content"]
            assert text[content["start"] : content["end"]] == content["text"], (doc_id, content)
        docs.append({"doc_id": doc_id, "title": texts[doc_id]["title"], "attributions": records,
                     **({"held_out": True} if doc_id in HELD_OUT else {})})
    return docs


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "examples/exchange/exchange.jsonl")
    for name, annotations in (
        ("exchange-speakers-gold.jsonl", None), ("exchange-speakers-heldout.jsonl", HELDOUT_FILE),
        ("exchange-speakers-third.jsonl", THIRD_FILE), ("exchange-speakers-fourth.jsonl", FOURTH_FILE),
        ("exchange-speakers-fifth.jsonl", FIFTH_FILE), ("exchange-speakers-sixth.jsonl", SIXTH_FILE),
        ("exchange-speakers-seventh.jsonl", SEVENTH_FILE), ("exchange-speakers-eighth.jsonl", EIGHTH_FILE),
    ):
        out = HERE / name
        with out.open("w", encoding="utf-8") as handle:
            for doc in build(source, annotations):
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {out}")
