"""Build the blind VOA speaker gold on even-line stories (eval/voa-speakers/voa-speakers-even-gold.jsonl).

    python eval/voa-speakers/build_gold.py > eval/voa-speakers/voa-speakers-even-gold.jsonl

Each record below was written by reading the story alone, following the conventions of
``../shared/data/voa/VOA-SPEAKERS-README.md``, before parley was run on these stories. Offsets are
never typed: each content string is found with ``text.find`` after the previous record (or after an
anchor phrase), and ``text[start:end] == content`` is asserted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "voa" / "voa_stories.jsonl"

# kind, content, cue, speaker_mention, speaker_name, speaker_type, affiliation, floating[, anchor]
Record = tuple

GOLD: dict[str, list[Record]] = {
    # line 12: Zimbabwe journalist still in custody after case adjourned
    "8008998": [
        ("indirect", "he be bailed out", "requested", "Lawyers for the journalist", "Lawyers for the journalist",
         "group", None, False),
        ("indirect", "he was waiting for the High Court to announce when the case would resume", "told VOA",
         "Chris Mhike, who represents Mhlanga", "Chris Mhike", "person", None, False),
        ("mixed", 'it would be "improper" to go into the arguments because the case was active', "said", "Mhike",
         "Chris Mhike", "person", None, False),
        ("mixed", 'the judge "indicated that it was necessary for him to consider the issues that are at stake."',
         "said", "Mhike", "Chris Mhike", "person", None, False),
        ("indirect", "the arrest of Mhlanga sent a chilling message", "said", "Mhike", "Chris Mhike", "person", None,
         False),
        ("indirect", "he would mobilize public protests to push President Emmerson Mnangagwa out of office", "said",
         "Geza", "Blessed Geza", "person", None, False),
        ("indirect", "violating regulations in public comments about the president", "described", "the party",
         "Zanu PF", "organization", "Zanu PF", False),
        ("indirect", "he believed his client's arrest served as a warning to others to refrain from discussing "
         "political topics, such as whether Mnangagwa should seek a third term", "said", "Mhike", "Chris Mhike",
         "person", None, False),
        ("mixed", "Mhlanga's arrest \"has had a chilling effect on the practice of journalism, as is always the case "
         "when journalists are either harassed, or put through the legal process, really for activities that are "
         "directly linked to their work,\"", "told VOA", "Mhike", "Chris Mhike", "person", None, False),
        ("mixed", 'It is "worrisome to many in the journalistic fraternity,"', "added", "he", "Chris Mhike", "person",
         None, False),
        ("direct", "This has been the impact, and this has been my client's position: that he is being tormented "
         "purely on grounds of him carrying out his work as a journalist.", None, None, "Chris Mhike", "person",
         None, True),
        ("indirect", "the charges against him", "denies", "Mhlanga", "Blessed Mhlanga", "person", None, False),
        ("indirect", "his client's arrest also could be unconstitutional", "said", "Mhike", "Chris Mhike", "person",
         None, False),
        ("indirect", "he expected courts to preside fairly over the case", "said",
         "Farai Marapira, the Zanu PF information director", "Farai Marapira", "person", "Zanu PF", False),
        ("direct", "I believe people should allow the court process to pursue this matter as it is designed to find "
         "out what are the material facts of the matter, and I'm sure the courts will deal fairly with this issue,",
         "said", "Marapira", "Farai Marapira", "person", "Zanu PF", False),
        ("indirect", "Mhlanga's arrest was not a reflection of the state of press freedom in the country", "said",
         "Marapira", "Farai Marapira", "person", "Zanu PF", False),
        ("direct", "People write about Zanu PF every day — people write positively, people write negatively, some "
         "even write and insult Zanu PF,", "said", "he", "Farai Marapira", "person", "Zanu PF", False),
        ("direct", "Who is dead? No one is dead. So, what are they fearing for their lives from? Where is the "
         "example? Where are the examples of killed journalists? So, like I said, this is all overexcitement.",
         "asked", "Marapira", "Farai Marapira", "person", "Zanu PF", False),
        ("indirect", "conditions for journalists have improved since the end of longtime leader Robert Mugabe's rule",
         "said", "The media watchdog Reporters Without Borders", "Reporters Without Borders", "organization",
         "Reporters Without Borders", False),
        ("indirect", "media have faced greater persecution since the 2023 election", "noted", "it",
         "Reporters Without Borders", "organization", "Reporters Without Borders", False),
        ("indirect", "In the past two years, journalists have been blocked or harassed while covering events and "
         "briefly detained and assaulted", "said", "media groups", "media groups", "group", None, False),
        ("indirect", "Mhlanga's arrest", "condemned", "international and local media rights organizations",
         "international and local media rights organizations", "group", None, False, "have condemned"),
        ("indirect", "the Zimbabwean government to drop all charges against him", "urged",
         "international and local media rights organizations", "international and local media rights organizations",
         "group", None, False),
    ],
    # line 34: Trump to keep tariffs to pressure Mexico, Canada, China on fentanyl, aides say
    "8004380": [
        ("indirect", "U.S. President Donald Trump is keeping new tariffs in place on Mexico, Canada and China to "
         "pressure them to block the flow of the deadly opioid fentanyl into the United States", "said",
         "top White House economic officials", "top White House economic officials", "group", "USA", False),
        ("direct", "If fentanyl ends, I think these [tariffs] will come off,", "told",
         "Commerce Secretary Howard Lutnick", "Howard Lutnick", "person", "USA", False),
        ("direct", "But if fentanyl does not end, or he's uncertain about it, he will stay this way until he is "
         "comfortable,", "said", "he", "Howard Lutnick", "person", "USA", False),
        ("direct", "This is black and white. You got to save American lives.", None, None, "Howard Lutnick", "person",
         "USA", True),
        ("indirect", "25% U.S. tariffs on steel and aluminum imports will take effect Wednesday as scheduled", "said",
         "Lutnick", "Howard Lutnick", "person", "USA", False),
        ("indirect", "fears that Trump's global tariffs would cause a recession in the United States", "rebuffed",
         "The Commerce chief", "Howard Lutnick", "person", "USA", False),
        ("direct", "Absolutely not,", "said", "he", "Howard Lutnick", "person", "USA", False),
        ("direct", "There's going to be no recession in America.", None, None, "Howard Lutnick", "person", "USA",
         True),
        ("indirect", "the tariffs would lead to higher prices for U.S. consumers on foreign-made goods",
         "acknowledged", "Lutnick", "Howard Lutnick", "person", "USA", False),
        ("direct", "Some products that are made foreign might be more expensive, but American products will get "
         "cheaper, and that's the point,", "said", "Lutnick", "Howard Lutnick", "person", "USA", False),
        ("direct", "There is a period of transition because what we're doing is very big.", "said", "Trump",
         "Donald Trump", "person", "USA", False),
        ("direct", "There could be a little disruption,", "said", "he", "Donald Trump", "person", "USA", False),
        ("direct", "Look, what I have to do is build a strong country. You can't really watch the stock market. If "
         "you look at China, they have a 100-year perspective. We go by quarters. And you can't go by that.", None,
         None, "Donald Trump", "person", "USA", True),
        ("indirect", "his new tariffs are aimed at raising government revenue, protecting U.S. jobs and pressuring "
         "foreign manufacturers to relocate their operations to the U.S., and to curb the flow of fentanyl", "said",
         "Trump", "Donald Trump", "person", "USA", False),
        ("indirect", "Trump’s tariffs targeting Canada and Mexico, along with doubling a previous 10% duty on Chinese "
         "exports to 20%, are aimed at cutting the tens thousands of fentanyl deaths that have occurred in recent "
         "years", "said", "He", "Kevin Hassett", "person", "USA", False),
        ("direct", "We launched a drug war, not a trade war,", "said", "he", "Kevin Hassett", "person", "USA", False),
        ("direct", "We hope we’ll round up the cartels", None, None, "Kevin Hassett", "person", "USA", True),
        ("direct", "It is a big problem,", "said", "he", "Kevin Hassett", "person", "USA", False),
        ("direct", "Get the drug cartels out of Canada and Mexico.", None, None, "Kevin Hassett", "person", "USA",
         True),
        ("indirect", "they have made strides in curbing the flow of fentanyl into the U.S.", "told",
         "Both Mexican President Claudia Sheinbaum and outgoing Canadian Prime Minister Justin Trudeau",
         "Claudia Sheinbaum and Justin Trudeau", "group", None, False),
        ("indirect", "Trump’s economic concerns remain as important", "said", "Hassett", "Kevin Hassett", "person",
         "USA", False),
        ("direct", "He’s trying to make it so when we produce something, we produce it at home,", "said", "Hassett",
         "Kevin Hassett", "person", "USA", False),
        ("direct", "Bring the jobs home, bring the wealth home. If you want to increase the welfare of Americans, then "
         "produce the jobs here.", None, None, "Kevin Hassett", "person", "USA", True),
    ],
    # line 60: Ankara Defies Washington Over Russian Missiles
    "6180015": [
        ("indirect", "Ankara testing a Russian anti-aircraft weapon system", "report", "Turkish media",
         "Turkish media", "group", None, False),
        ("indirect", "the system poses a threat to NATO's defenses", "claims", "Washington", "United States",
         "country", "USA", False),
        ("direct", "There is room for Turkey to come back to the table. They know that to make this work, they need to "
         "either destroy or return or somehow get rid of the S-400,", "told reporters",
         "a senior State Department official", "a senior State Department official", "unnamed_person", "USA", False),
        ("indirect", "sanctions could follow if Ankara went ahead and activated the system", "added", "The official",
         "a senior State Department official", "unnamed_person", "USA", False),
        ("indirect", "sanctions would only be imposed if Ankara activated the system", "indicating", "Washington",
         "United States", "country", "USA", False),
        ("indirect", "the S-400 poses no threat to NATO systems", "reiterated", "Turkish Defense Minister Hulusi Akar",
         "Hulusi Akar", "person", "TUR", False),
        ("direct", "That's what we have been saying since the beginning [of the dispute with the [U.S.]. [S-400s] will "
         "definitely be a 'stand-alone' system. We are not going to integrate this with the NATO systems in any "
         "way. It will operate independently,", "said", "Akar", "Hulusi Akar", "person", "TUR", False),
        ("direct", "Russia has missiles, so do Iraq, Iran, Syria. So why doesn't the U.S. doesn't give us the patriot "
         "missile,", "said", "Professor Mesut Casin, a Turkish presidential foreign policy adviser", "Mesut Casin",
         "person", "TUR", False),
        ("direct", "Then we buy Russian S-400, and then you say you are the bad guy, you don't obey the regulations, "
         "NATO principles, you buy Russian missiles.", None, None, "Mesut Casin", "person", "TUR", True),
        ("indirect", "it will likely add to calls in Congress to impose CAATSA sanctions and other measures against "
         "Turkey", "claim", "Analysts", "Analysts", "group", None, False),
        ("direct", "Congress is somehow has become so anti-Turkish. We have only a few friends remaining in the "
         "Congress,", "said", "former Turkish ambassador Mithat Rende", "Mithat Rende", "person", None, False),
        ("direct", "It so difficult to understand how they become so anti-Turkish so emotional.", None, None,
         "Mithat Rende", "person", None, True),
        ("direct", "CAATSA sanctions are waiting, and they are fundamentally important for the Turkish economy,",
         "warned", "Asli Aydintasbas, a senior fellow at the European Council on Foreign Relations",
         "Asli Aydintasbas", "person", None, False),
        ("direct", "wonderful meeting.", "called", "he", "Donald Trump", "person", "USA", False),
        ("direct", "Turkish relations is so reduced to these two guys [Erdogan and Trump],", "said", "Aydintasbas",
         "Asli Aydintasbas", "person", None, False),
        ("direct", "The entire relationship is built on this relationship and will rely on Trump to restrict "
         "Congress's authority and make those bills go away.", None, None, "Asli Aydintasbas", "person", None, True),
        ("indirect", "it could turn to Russia's SU 35 as an alternative", "warning", "Ankara", "Turkey", "country",
         "TUR", False),
        ("direct", "All should be aware that Turkey will have to look for alternatives if F-35s [fighter jets] cannot be "
         "acquired for any reason,", "said", "Akar", "Hulusi Akar", "person", "TUR", False),
        ("indirect", "a large-scale purchase of Russian jets will likely have far-reaching consequences beyond Ankara's "
         "S-400 procurement", "point out", "Analysts", "Analysts", "group", None, False),
        ("indirect", "Washington of severe consequences if it has to turn to Moscow to meet its defense requirements",
         "warning", "Ankara", "Turkey", "country", "TUR", False),
        ("direct", "Turkey will buy Russian aircraft if the F-35 freeze is not lifted,", "said", "Casin", "Mesut Casin",
         "person", "TUR", False),
        ("direct", "If this happens, Turkey will not buy any more U.S. combat aircraft. This will be the end of the "
         "Turkish-U.S. relationship. I think like this; I am very serious.", None, None, "Mesut Casin", "person",
         "TUR", True),
    ],
    # line 72: UN human rights investigator confirms Taliban refused him access to Afghanistan
    "7750892": [
        ("indirect", "the Taliban, Afghanistan’s de facto leaders, had prohibited him from entering the country",
         "confirmed", "United Nations-appointed special rapporteur Richard Bennett", "Richard Bennett", "person", "UN",
         False),
        ("mixed", "the Taliban to lift the travel ban and establish a “constructive\" dialogue to resolve differences",
         "called for", "Bennett", "Richard Bennett", "person", "UN", False),
        ("mixed", "they had barred him from the country for allegedly “spreading propaganda.”", "reported",
         "the Taliban", "Taliban", "organization", "Taliban", False),
        ("mixed", "the U.N. envoy of misrepresenting \"the ground realities\" in the country and providing "
         "\"misleading\" information to the global community", "accused", "He", "Zabihullah Mujahid", "person",
         "Taliban", False),
        ("direct", "The Taliban’s public announcement that they will no longer grant me access to Afghanistan is a step "
         "backwards and sends a concerning signal about their engagement with the United Nations and the "
         "international community on human rights,", "said", "Bennett", "Richard Bennett", "person", "UN", False),
        ("direct", "Despite this announcement, the substance of which was conveyed to me previously, I will continue "
         "to engage with the people of Afghanistan, both inside and outside the country, as well as other relevant "
         "stakeholders, noting that I have not traveled to Afghanistan for over a year.", None, None,
         "Richard Bennett", "person", "UN", True),
        ("direct", "Mr. Bennett's travel to Afghanistan has been prohibited because he was assigned to spread "
         "propaganda in Afghanistan,", "said", "Mujahid", "Zabihullah Mujahid", "person", "Taliban", False),
        ("direct", "He is not someone we trust. … He used to exaggerate minor issues and propagate them.", None, None,
         "Zabihullah Mujahid", "person", "Taliban", True),
        ("mixed", "he had consistently sought to engage transparently with Taliban authorities to offer an “impartial "
         "assessment of facts” and make “practical recommendations” for improvement", "said", "Bennett",
         "Richard Bennett", "person", "UN", False),
        ("direct", "Where there are differences of view, constructive dialogue is the answer. I urge the Taliban to "
         "reverse their decision and reiterate my willingness and availability to travel to Afghanistan,", "said",
         "he", "Richard Bennett", "person", "UN", False),
        ("indirect", "they be immediately reversed", "demanding", "Bennett", "Richard Bennett", "person", "UN", False),
        ("mixed", "women and girls under Taliban rule “are being persecuted based on gender,”", "alleged", "Bennett",
         "Richard Bennett", "person", "UN", False),
        ("mixed", "the “institutionalized, systematic and widespread nature” of the activity justifies it being "
         "framed as “gender apartheid.”", "added", "He", "Richard Bennett", "person", "UN", False),
        ("indirect", "the U.N. findings and subsequent statements by Bennett as propaganda", "dismissed", "Mujahid",
         "Zabihullah Mujahid", "person", "Taliban", False),
        ("indirect", "the Taliban respect women’s rights in line with their interpretation of Islamic law and Afghan "
         "customs", "saying", "Mujahid", "Zabihullah Mujahid", "person", "Taliban", False),
        ("direct", "Even after repeatedly requesting Mr. Bennett to adhere to professionalism during work ... it was "
         "decided that ... his reports are based on prejudices and anecdotes detrimental to [the] interests of "
         "Afghanistan and the Afghan people,", "told", "Taliban Foreign Ministry spokesman Abdul Qahar Balkhi",
         "Abdul Qahar Balkhi", "person", "Taliban", False),
        ("direct", "The Taliban barring Bennett from entering the country is one of many signs that their crackdown on "
         "human rights, especially the rights of women and girls, is ongoing and continuing to deepen,", "said",
         "Heather Barr, the associate women’s rights director at Human Rights Watch", "Heather Barr", "person",
         "Human Rights Watch", False),
        ("direct", "The international community — and the U.N. — should respond to this provocation by the Taliban by "
         "committing to never discussing the future of Afghanistan without women on the agenda and at the table,",
         "told VOA", "she", "Heather Barr", "person", "Human Rights Watch", False),
    ],
}

KEYS = ("kind", "content", "cue", "speaker_mention", "speaker_name", "speaker_type", "affiliation", "floating")


def build() -> list[dict]:
    stories = {str(s["id"]): s for s in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())}
    docs = []
    for doc_id, records in GOLD.items():
        story = stories[doc_id]
        text = story["text"]
        position = 0
        attributions = []
        for record in records:
            kind, content, cue, mention, name, speaker_type, affiliation, floating = record[:8]
            if len(record) > 8:
                position = text.index(record[8], position)
            start = text.find(content, position)
            assert start >= 0, (doc_id, content)
            end = start + len(content)
            assert text[start:end] == content
            for words in (cue, mention):
                assert words is None or words == ":" or words in text, (doc_id, words)
            attributions.append({
                "kind": kind, "content": {"start": start, "end": end, "text": content}, "cue": cue,
                "speaker_mention": mention, "speaker_name": name, "speaker_type": speaker_type,
                "affiliation": affiliation, "floating": floating,
            })
            position = end
        docs.append({"doc_id": doc_id, "title": story["title"], "attributions": attributions})
    return docs


if __name__ == "__main__":
    for doc in build():
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
