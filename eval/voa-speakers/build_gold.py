"""Build the blind VOA speaker gold on even-line stories (eval/voa-speakers/voa-speakers-even-gold.jsonl).

    python eval/voa-speakers/build_gold.py > eval/voa-speakers/voa-speakers-even-gold.jsonl
    python eval/voa-speakers/build_gold.py --second > eval/voa-speakers/voa-speakers-even2-gold.jsonl
    python eval/voa-speakers/build_gold.py --third > eval/voa-speakers/voa-speakers-even3-gold.jsonl
    python eval/voa-speakers/build_gold.py --fourth > eval/voa-speakers/voa-speakers-even4-gold.jsonl
    python eval/voa-speakers/build_gold.py --fifth > eval/voa-speakers/voa-speakers-even5-gold.jsonl
    python eval/voa-speakers/build_gold.py --sixth > eval/voa-speakers/voa-speakers-even6-gold.jsonl
    python eval/voa-speakers/build_gold.py --seventh > eval/voa-speakers/voa-speakers-even7-gold.jsonl
    python eval/voa-speakers/build_gold.py --eighth > eval/voa-speakers/voa-speakers-even8-gold.jsonl
    python eval/voa-speakers/build_gold.py --ninth > eval/voa-speakers/voa-speakers-even9-gold.jsonl
    python eval/voa-speakers/build_gold.py --tenth > eval/voa-speakers/voa-speakers-even10-gold.jsonl
    python eval/voa-speakers/build_gold.py --eleventh > eval/voa-speakers/voa-speakers-even11-gold.jsonl

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


# The second part, labelled the same way later on 2026-12-05 (after the first part's fixes), before parley
# was run on these stories: ``python eval/voa-speakers/build_gold.py --second``.
SECOND: dict[str, list[Record]] = {
    # line 22: Eyewitnesses give harrowing account of Pakistan train attack
    "8009314": [
        ("indirect", "all hostages were rescued", "said",
         "Lt. Gen. Ahmed Sharif Chaudhry, director general of military’s media wing, Inter Services Public Relations",
         "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("direct", "They shot and killed people on the train. They said, 'Come out quietly and we will let you go.' We "
         "came outside and sat down,", "said", "Jamshed Ajmal", "Jamshed Ajmal", "person", None, False),
        ("indirect", "The militants then asked passengers of Punjabi and Saraiki ethnicity to come forward", "said", "he",
         "Jamshed Ajmal", "person", None, False),
        ("direct", "Then they picked out police officers and tied their hands and shot them several times. At night, "
         "they picked out 10 more people and shot them,", "said", "Ajmal", "Jamshed Ajmal", "person", None, False),
        ("direct", "Whoever didn’t leave the train, they killed them,", "said", "he", "Jamshed Ajmal", "person", None,
         False),
        ("direct", "We planned to run away. We escaped and came to our [armed] forces.", None, None, "Jamshed Ajmal",
         "person", None, True),
        ("indirect", "he and several others ran for their lives after militants pulled them off the train", "told VOA",
         "Another passenger, Allah Ditta,", "Allah Ditta", "person", None, False),
        ("direct", "When we saw two people quietly escape, then we all braved up and started running. Still 150 to 200 "
         "people were left sitting,", "said", "Ditta", "Allah Ditta", "person", None, False),
        ("direct", "Some soldiers also ran and that’s when we felt brave, too, and we ran for about 2 kilometers and "
         "reached a frontier corps post.", None, None, "Allah Ditta", "person", None, True),
        ("indirect", "close to 200 passengers had been freed before the final push Wednesday evening", "According to",
         "earlier reports", "earlier reports", "group", None, False),
        ("indirect", "responsibility for the attack", "claimed", "Separatists belonging to the banned BLA",
         "Baloch Liberation Army", "organization", "BLA", False),
        ("indirect", "the army, air force, paramilitary frontier corps, and commandos of the Special Services Group took "
         "part in the operation that lasted almost 30 hours", "said", "The military spokesperson",
         "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("direct", "Since terrorists were holding passengers as human shields, the operation was conducted with skill "
         "and caution,", "said", "Chaudhry", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "snipers killed suicide bombers before forces advanced to clear the train’s nine cars", "adding",
         "Chaudhry", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "no passengers were killed during the operation", "said", "The spokesperson",
         "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "21 passengers died in the initial attack by the BLA", "said", "he", "Ahmed Sharif Chaudhry",
         "person", "PAK", False),
        ("indirect", "Four frontier corps personnel were also killed, including one during the clearance operation",
         "said", "Chaudhry", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "A bomb disposal squad searched the area for explosives, while passengers who escaped in several "
         "directions were gathered up", "said", "he", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("direct", "This incident of Jaffar Express changes the rules of the game,", "said", "Chaudhry",
         "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "terrorists will not be spared", "warning", "Chaudhry", "Ahmed Sharif Chaudhry", "person", "PAK",
         False),
        ("indirect", "it would execute security personnel among the hostages if the state did not release political "
         "prisons, missing persons, and what it called resistance workers held in Balochistan prisons within 48 hours",
         "had warned", "The BLA", "Baloch Liberation Army", "organization", "BLA", False),
        ("indirect", "responsibility for several deadly attacks", "claimed", "BLA", "Baloch Liberation Army",
         "organization", "BLA", False),
        ("indirect", "Pakistan of exploiting the rich natural resources of their impoverished province", "accuses",
         "The separatist group", "Baloch Liberation Army", "organization", "BLA", False),
        ("indirect", "claims that their joint ventures are depriving ethnic Baloch of economic opportunities and their "
         "share in the province's mineral wealth", "reject", "Both Pakistan and China", "Pakistan and China", "group",
         None, False),
        ("indirect", "BLA is one of two militant groups driving a surge in violence that has pushed Pakistan to the "
         "second spot on the list of countries most affected by terrorism", "According to",
         "the Global Terrorism Index 2025", "Global Terrorism Index 2025", "group", None, False),
        ("indirect", "the separatist militant group and its ideological allies launched 504 attacks in 2024, compared "
         "with 116 in 2023", "According to", "the report", "Global Terrorism Index 2025", "group", None, False),
        ("indirect", "Tuesday's attacker were in touch with planners in Afghanistan", "claimed",
         "Military spokesperson Chaundry", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "several recent attacks on militants present on Afghan soil", "has blamed", "Islamabad", "Pakistan",
         "country", "PAK", False),
        ("indirect", "providing sanctuary to anti-Pakistan fighters", "deny", "Afghan Taliban", "Afghan Taliban",
         "organization", "Taliban", False),
    ],
    # line 28: China boosting development of AI for use in trade war with US
    "8007739": [
        ("indirect", "AI an important tool to handle U.S. restrictions on Chinese business", "considers", "China",
         "China", "country", "CHN", False),
        ("direct", "The government in China works directly with the private sector and universities in the advancement "
         "and deployment of AI technology and are reducing their dependence on imports of high-technology products,",
         "said", "Lourdes Casanova, director of Cornell University's Emerging Markets Institute", "Lourdes Casanova",
         "person", None, False),
        ("indirect", "can rival the latest model of ChatGPT", "say", "experts", "experts", "group", None, False),
        ("direct", "China and the U.S. have pulled way out front in the AI race. China used to be one to two years behind "
         "the U.S. Now, it is likely two to three months,", "told VOA",
         "Jeffrey Towson, owner of Beijing-based TechMoat Consulting", "Jeffrey Towson", "person", None, False),
        ("direct", "Alibaba's Qwen is now a clear leader internationally in LLMs [large language models]. Chinese Kling "
         "AI and Minimax are arguably the global leaders in video generation,", "said", "Towson", "Jeffrey Towson",
         "person", None, False),
        ("indirect", "AI would be adopted across different sectors and drive economic transformation", "said",
         "The government's Next Generation Artificial Intelligence Development Plan", "China", "country", "CHN", False),
        ("direct", "China has the most elaborate AI strategy compared to any other country,", "told VOA",
         "Rogier Creemers, assistant professor in Modern Chinese Studies at Leiden University in the Netherlands",
         "Rogier Creemers", "person", None, False),
        ("indirect", "In the U.S., each company must fend for itself", "said", "Creemers", "Rogier Creemers", "person",
         None, False),
        ("mixed", "his firm was under \"huge pressure and a sense of crisis\" after seeing the updated ChatGPT", "said",
         "Baidu chief Robin Li", "Robin Li", "person", "Baidu", False),
        ("direct", "the gap [between China] and leading international levels [in the field] has widened.", "said",
         "Baidu", "Baidu", "organization", "Baidu", False),
        ("direct", "AI plus robotics is likely where China will take a commanding lead over the U.S., just like in EVs,",
         "said", "Towson", "Jeffrey Towson", "person", None, False),
        ("direct", "Chinese companies like Unitree are already pulling ahead. Watch for China to surprise everyone in "
         "personalized robots, industrial robots and speciality robots,", "said", "he", "Jeffrey Towson", "person",
         None, False),
        ("mixed", "them to \"show your talent\" in overcoming challenges such as an economic slowdown and U.S. "
         "restrictions on Chinese business", "calling on", "Chinese President Xi Jinping", "Xi Jinping", "person",
         "CHN", False),
        ("direct", "There are discussions that the growth of large language models — the technology behind chatbots "
         "like DeepSeek and ChatGPT — may be hindered by media censorship, because the models will have less diverse "
         "data to work with,", "said", "Creemers", "Rogier Creemers", "person", None, False),
        ("direct", "It will take some time, but it would not be a surprise if China is also soon capable of building "
         "advanced chips for AI,", "said", "Cornell’s Casanova", "Lourdes Casanova", "person", None, False),
        ("indirect", "Companies such as Huawei have shown that they can design and manufacture advanced chips "
         "successfully, thereby overcoming restrictions imposed by the U.S.", "said", "she", "Lourdes Casanova",
         "person", None, False),
        ("indirect", "China is 100% dedicated to building an independent semiconductor supply chain", "said", "Towson",
         "Jeffrey Towson", "person", None, False),
        ("direct", "It is advancing faster than anyone thought possible. But the frontier is always advancing, and it's "
         "unclear how this will play out over time,", "said", "he", "Jeffrey Towson", "person", None, False),
        ("direct", "But you can do a lot with software,", "said", "Creemers", "Rogier Creemers", "person", None, False),
        ("direct", "China can work with more chips with less computing power or with fewer sophisticated chips.", None,
         None, "Rogier Creemers", "person", None, True),
        ("indirect", "China's air force is using AI-powered biometric tests to screen potential pilots as part of a "
         "rigorous hiring process", "according to", "state broadcaster CCTV", "CCTV", "organization", "CCTV", False),
        ("direct", "AI now plays a crucial role in interpreting candidates' biological signals, revealing underlying "
         "health risks that might not be immediately apparent to human evaluators,", "said", "CCTV", "CCTV",
         "organization", "CCTV", False),
        ("direct", "This data-driven approach allows the air force to predict long-term risks, ultimately ensuring that "
         "only the most suitable candidates are chosen.", None, None, "CCTV", "organization", "CCTV", True),
        ("indirect", "the Chinese army has been using Meta's publicly available Llama model to develop an AI tool for "
         "potential military applications", "revealed", "Chinese researchers", "Chinese researchers", "group", None,
         False),
    ],
    # line 44: US Sanction of Former Albanian PM Sends Message but Raises Questions
    "6206085": [
        ("mixed", "Berisha \"was involved in corrupt acts\" during his term as prime minister of Albania, including "
         "\"misappropriation of public funds and interfering with public processes.\"", "said",
         "U.S. Secretary of State Antony Blinken", "Antony Blinken", "person", "USA", False),
        ("mixed", "Berisha had used power \"for his own benefit and to enrich his political allies and his family members "
         "at the expense of the Albanian public's confidence in their government institutions and public officials.\"",
         "added", "Blinken", "Antony Blinken", "person", "USA", False),
        ("indirect", "the allegations", "rejected", "Berisha", "Sali Berisha", "person", None, False, "rejected the"),
        ("direct", "There is no one in Albania or the world that can say that I am implicated in any corrupt affair,",
         "said", "he", "Sali Berisha", "person", None, False),
        ("indirect", "him of undermining democracy and allowing graft and organized crime to flourish", "accused",
         "Berisha's opponents", "Berisha's opponents", "group", None, False),
        ("direct", "The timing is not good,", "said", "Janusz Bugajski of the Jamestown Foundation", "Janusz Bugajski",
         "person", None, False),
        ("direct", "I don't understand why a former political leader who's no longer in office is being singled out. I "
         "mean, this should be something that needs to be done domestically at home. If there's hard evidence, they "
         "should push for some sort of trial for some sort of investigations and so on and so forth,", "told", "he",
         "Janusz Bugajski", "person", None, False),
        ("mixed", "one should not \"read too much into the timing of this.\"", "said",
         "Matthew Palmer, U.S. deputy assistant secretary of state in the Bureau of European and Eurasian Affairs",
         "Matthew Palmer", "person", "USA", False),
        ("direct", "What I would do is, is underscore the seriousness with which the United States takes the issue of "
         "public corruption,", "told VOA", "he", "Matthew Palmer", "person", "USA", False),
        ("direct", "This is a demonstration of our commitment to using those instruments that we have available, "
         "including sanctions, as appropriate, in order to reinforce the fight against public corruption and to ensure "
         "that there is accountability for those who abuse the public trust.", None, None, "Matthew Palmer", "person",
         "USA", True),
        ("mixed", "the administration has used the authority given it by the U.S. Congress to deny entry visas \"in "
         "hundreds of cases.\"", "said", "Thomas Countryman, a former senior State Department official",
         "Thomas Countryman", "person", None, False),
        ("direct", "Certainly not just in southeast Europe, but from Ukraine, from Russia, from Latin America, from "
         "Africa,", "said", "he", "Thomas Countryman", "person", None, False),
        ("indirect", "the move as reflecting new foreign policy priorities for the United States under President Joe "
         "Biden", "sees", "Countryman", "Thomas Countryman", "person", None, False),
        ("direct", "I think the Biden administration has made clear that fighting global corruption is going to be a "
         "priority and it has already made several designations similar to that affecting Mr. Berisha in other cases,",
         "said", "he", "Thomas Countryman", "person", None, False),
        ("indirect", "the news did not surprise him", "said", "He", "Thomas Countryman", "person", None, False),
        ("direct", "I don't think that the audience in Albania is unaware of the degree of public corruption that has "
         "affected politicians from multiple parties, so there is a factual basis for the designation,", "said",
         "Countryman", "Thomas Countryman", "person", None, False),
        ("indirect", "Washington will be seen as taking sides in Albania's domestic politics", "worries", "Bugajski",
         "Janusz Bugajski", "person", None, False),
        ("direct", "Is this now going to include other political leaders? I mean, there's been a lot of discussion "
         "actually about the current Albanian government, the prime minister, the president. What are their positions "
         "going to be? What about neighboring countries?", "asked", "Bugajski", "Janusz Bugajski", "person", None,
         False),
        ("mixed", "the action against Berisha \"is not a partisan step\" by the United States", "maintains",
         "Countryman", "Thomas Countryman", "person", None, False),
        ("direct", "It should be seen as a clear signal that continued corruption by any party in Albania, by any party "
         "in other countries, has consequences that go beyond the immediate local consequences that affect the "
         "relationship with the United States as well,", "said", "he", "Thomas Countryman", "person", None, False),
        ("mixed", "corruption in Albania is \"pervasive in all branches of government.\"", "said",
         "A 2020 report on human rights by the U.S. State Department", "U.S. State Department", "organization", "USA",
         False),
    ],
    # line 54: Experts: U.S. Shifts Focus Away From North Korea
    "6184244": [
        ("indirect", "U.S. President Donald Trump is shifting his priorities away from North Korea in his run up to the "
         "presidential election this year", "said", "experts", "experts", "group", None, False),
        ("direct", "I suspect the administration sees little opportunity for renewed nuclear diplomacy before the 2020 "
         "election,", "said", "Robert Manning, a senior fellow at the Atlantic Council", "Robert Manning", "person",
         None, False),
        ("indirect", "signals that his administration is putting less emphasis on denuclearization talks that failed to "
         "make a breakthrough last year", "think", "experts", "experts", "group", None, False),
        ("indirect", "Trump has nominated Alex Wong , the deputy special representative for North Korea at the State "
         "Department, to a post at the U.N.", "announced", "The White House", "White House", "organization", "USA",
         False),
        ("indirect", "Wong will be the alternative U.S. representative for special political affairs at the U.N. with a "
         "rank of ambassador", "said", "the White House", "White House", "organization", "USA", False),
        ("direct", "The reassignments of officials who have worked on North Korea, combined with Trump’s silence on the "
         "subject during his State of the Union address, suggest that no further engagement with Pyongyang is planned "
         "for the rest of this presidential term,", "said",
         "Joshua Pollack, a North Korean expert at the Middlebury Institute of International Studies in California",
         "Joshua Pollack", "person", None, False),
        ("indirect", "his first summit with North Korean leader Kim Jong Un", "praised", "Trump", "Donald Trump",
         "person", "USA", False),
        ("direct", "a good one,", "described", "Trump", "Donald Trump", "person", "USA", False),
        ("indirect", "his administration was working on a second summit", "announced", "Trump", "Donald Trump",
         "person", "USA", False),
        ("indirect", "Trump is turning away from North Korea because the lack of progress made on denuclearization does "
         "little to benefit him during an election year", "said", "Manning", "Robert Manning", "person", None, False),
        ("direct", "Trump has made North Korea a signature issue of his foreign policy, so the failure to achieve any "
         "serious steps toward denuclearization, while North Korea continues to improve its missile and nuclear "
         "capabilities is a stain on his record on a key issue in which he is heavily invested,", "said", "Manning",
         "Robert Manning", "person", None, False),
        ("indirect", "North Korea has been continuing to develop its nuclear and ballistic missile programs while it was "
         "engaged with the U.S. last year", "According to",
         "a confidential U.N. report to be released next month and seen by Reuters", "United Nations", "organization",
         "UN", False),
        ("indirect", "Trump told his top foreign policy advisers he does not want to meet with Kim before the "
         "presidential election in November", "reported", "CNN", "CNN", "organization", "CNN", False),
        ("indirect", "the president would meet with Kim if there is a prospect of making a deal", "said",
         "National Security Adviser Robert O’Brien", "Robert O’Brien", "person", "USA", False),
        ("direct", "If there is an opportunity to move the ball forward for the American people, he’s always willing to "
         "do that,", "said", "O’Brien", "Robert O’Brien", "person", "USA", False),
        ("direct", "We will have to see as to whether another summit between the leaders is appropriate.", None, None,
         "Robert O’Brien", "person", "USA", True),
        ("indirect", "attempting a summit with Kim could be risky for Trump, who is running for re-election", "said",
         "Douglas Paal, vice president at the Carnegie Endowment for International Peace", "Douglas Paal", "person",
         None, False),
        ("direct", "Doing deals with dictators in election years tends to benefit the opposition,", "said", "Paal",
         "Douglas Paal", "person", None, False),
        ("direct", "Trump sees no need for a summit now, but his national security adviser is covering for the possible "
         "downside.", None, None, "Douglas Paal", "person", None, True),
        ("indirect", "neither Trump nor Kim has much to gain if there is no progress made through another summit", "said",
         "Scott Snyder, director of the U.S.-Korea policy program at the Council on Foreign Relations", "Scott Snyder",
         "person", None, False),
        ("direct", "It stands to reason that Trump would seek political benefit from another meeting [with] Kim, but "
         "would not be interested in another meeting if it will not benefit him politically or advance the U.S. "
         "national security interest,", "said", "Snyder", "Scott Snyder", "person", None, False),
        ("direct", "It is in the interest of both Trump and Kim Jong Un to ensure that any future meetings are "
         "accompanied by meaningful achievements,", "added", "he", "Scott Snyder", "person", None, False),
        ("indirect", "there is little chance that another summit will take place between Washington and Pyongyang this "
         "year in the current stalemate", "think", "Experts", "experts", "group", None, False),
        ("direct", "There is little reason to think that the two leaders will meet this year or that any new agreements "
         "will be reached,", "said", "Pollack", "Joshua Pollack", "person", None, False),
        ("direct", "The sides simply aren’t talking to each other.", None, None, "Joshua Pollack", "person", None, True),
        ("direct", "for now, denuclearization diplomacy is dead.", "thinks", "Manning", "Robert Manning", "person", None,
         False),
        ("indirect", "North Korea could become a priority if it changes its position or tests more missiles",
         "according to", "experts", "experts", "group", None, False),
        ("direct", "It’s pretty [clear] North Korea is not a priority in an election year, unless North Korea decides to "
         "make it a priority through its actions,", "said", "Paal", "Douglas Paal", "person", None, False),
        ("indirect", "North Korea could either escalate threats by testing its weapons again in an attempt to gain the "
         "U.S. attention or stay conservative, hoping that Trump will win the election", "thinks",
         "Ken Gause, director of the Adversary Analytics Program at CNA", "Ken Gause", "person", None, False),
        ("direct", "That comes down to North Korean calculus,", "said", "Gause", "Ken Gause", "person", None, False),
        ("direct", "What does Kim think? Does Kim think that it’s better to be conservative, not cause a lot of problems "
         "and hopes that Trump wins? Or does he think, ‘Hey I need to force this issue before the election?’ And, we’ll "
         "find out in the next few months.", None, None, "Ken Gause", "person", None, True),
    ],
}


# The third part, labelled the same way (after the second part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --third``.
THIRD: dict[str, list[Record]] = {
    # line 18: Constitutional crisis shakes Bosnia
    "8010418": [
        ("indirect", "the arrest warrant", "rejected", "Dodik", "Milorad Dodik", "person", None, False),
        ("indirect", "it was politically motivated and that he would ask Russia to veto an extension of the presence of "
         "EUFOR, the European Union's peacekeeping force in Bosnia, at the U.N. Security Council", "telling", "Dodik",
         "Milorad Dodik", "person", None, False),
        ("indirect", "Dodik does not recognize either the Bosnian court or state prosecutor's office, and thus does not "
         "need legal defense", "said", "Dodik's lawyer, Anto Nobilo,", "Anto Nobilo", "person", None, False),
        ("direct", "I do not believe there will be Dodik's arrest,", "said", "Nobilo", "Anto Nobilo", "person", None,
         False),
        ("direct", "Mr. Dodik will not cooperate, or name his defense team, because he does not consider the proceedings "
         "legitimate. ... Bosnia needs this situation defused immediately. This is a huge constitutional and legal and "
         "political crisis and has to be resolved politically.", None, None, "Anto Nobilo", "person", None, True),
        ("indirect", "the moves against the Serb-controlled autonomous republic as an attack on the constitutional order",
         "denounced", "Nenad Stevandic, president of Republika Srpska's national assembly and a close ally of Dodik,",
         "Nenad Stevandic", "person", None, False),
        ("direct", "We are absolutely right,", "said", "he", "Nenad Stevandic", "person", None, False),
        ("direct", "However, to be right in Bosnia and Herzegovina means to be persecuted.", None, None,
         "Nenad Stevandic", "person", None, True),
        ("indirect", "Secretary of State Marco Rubio to prevent further deterioration in Bosnia", "calling on",
         "three members of the U.S. Senate — Chuck Grassley, Jeanne Shaheen and Jim Risch —",
         "Chuck Grassley, Jeanne Shaheen and Jim Risch", "group", "USA", False),
        ("direct", "We are deeply concerned about the recent actions of Milorad Dodik, the leader of the Republika Srpska "
         "entity within Bosnia and Herzegovina,", "wrote", "they", "Chuck Grassley, Jeanne Shaheen and Jim Risch",
         "group", "USA", False),
        ("direct", "For years, he has engaged in secessionist activity, challenging Bosnia and Herzegovina's state "
         "institutions, undermining the constitution and threatening the territorial integrity of the country.", None,
         None, "Chuck Grassley, Jeanne Shaheen and Jim Risch", "group", "USA", True),
        ("indirect", "the Trump administration did not want to see a partition of Bosnia", "said", "Rubio",
         "Marco Rubio", "person", "USA", False),
        ("direct", "The last thing the world needs is another crisis, and we've spoken out about that already,", "said",
         "he", "Marco Rubio", "person", "USA", False),
        ("direct", "As far as what we maybe do next, we're reviewing those options. But it's been abundantly clear that "
         "whatever differences may exist internally there, this cannot lead to a country breaking apart, and it cannot "
         "lead to another conflict.", None, None, "Marco Rubio", "person", "USA", True),
        ("indirect", "the actions of Dodik and the Republika Srpska national assembly have precipitated Bosnia's most "
         "serious constitutional crisis since 1995", "say", "Experts", "Experts", "group", None, False),
        ("direct", "First of all, it is a reflection of [Dodik's] disrespect for fundamental state institutions, "
         "meaning, the Court of Bosnia and Herzegovina, and the Constitutional Court of Bosnia and Herzegovina and all "
         "those fundamental postulates on which the constitutional-legal order rests,", "told",
         "Milos Davidovic, professor of law at the University of Sarajevo", "Milos Davidovic", "person", None, False),
        ("mixed", "the actions of Dodik and the Republika Srpska national assembly were among \"hybrid operations … "
         "realized at the behest of the Russian Federation and Serbia … therefore, it is a really dangerous situation "
         "where they are trying to show and prove that Bosnia and Herzegovina's survival is not possible as a "
         "democratic state.\"", "told VOA", "Ahmed Kico, a political and security expert", "Ahmed Kico", "person", None,
         False),
    ],
    # line 70: Analysts: Japan's new prime minister may seek nuclear consulting body with US
    "7810159": [
        ("direct", "The U.S.-ROK [Republic of Korea, or South Korea] approach is probably a good example of where the "
         "U.S. and Japan might go in the future if nuclear threats keep increasing,", "said",
         "James Schoff, a senior director of the U.S.-Japan NEXT Alliance Initiative at the Sasakawa Peace Foundation USA",
         "James Schoff", "person", None, False),
        ("direct", "It's not about nuclear sharing or Japan building its own nuclear forces — both politically impossible "
         "at the moment and not necessary — but [about] the alliance taking more practical steps to be prepared for U.S. "
         "nuclear retaliation, if it becomes necessary,", "said", "Schoff", "James Schoff", "person", None, False),
        ("indirect", "creating such a body would demonstrate resolve, credibility and readiness to any potential "
         "adversary and thus deter nuclear use in the first place", "said", "He", "James Schoff", "person", None,
         False),
        ("indirect", "A U.S.-Japan nuclear consultative body would focus on nuclear threats from China and Russia in "
         "addition to North Korea", "say", "analysts", "analysts", "group", None, False),
        ("mixed", "China's \"rapid expansion of its nuclear weapons arsenal\"", "shared", "Tokyo and Washington",
         "Tokyo and Washington", "group", None, False),
        ("direct", "Ishiba is likely to continue the strategies of [his predecessor Fumio] Kishida against China, and may "
         "in fact try to be bolder,", "said",
         "Ryo Hinata-Yamaguchi, a nonresident senior fellow at the Atlantic Council's Indo-Pacific Security Initiative",
         "Ryo Hinata-Yamaguchi", "person", None, False),
        ("indirect", "tends to view foreign relations through a security framework", "say", "analysts", "analysts",
         "group", None, False),
        ("direct", "Prime Minister Ishiba has spoken openly about the serious security challenges China poses to Japan,",
         "said", "Ken Weinstein, the Japan chair at Hudson Institute", "Ken Weinstein", "person", None, False),
        ("direct", "These challenges lie behind his desire for an Asian NATO and nuclear sharing, neither of which is "
         "likely to be policy,", "continued", "Weinstein", "Ken Weinstein", "person", None, False),
        ("direct", "Instead, we are likely to see a change in tone towards the PRC with a tougher line from the Kantei on "
         "Chinese provocations than we saw from the more establishmentarian Kishida government.", None, None,
         "Ken Weinstein", "person", None, True),
        ("indirect", "an Asian version of NATO that would consider sharing U.S. nuclear weapons or introducing nuclear "
         "weapons in the region", "advocating for", "he", "Shigeru Ishiba", "person", "JPN", False),
        ("mixed", "if nuclear threats by China and North Korea escalate in the region, \"the U.S. extended deterrence in "
         "the region will no longer function.\"", "said", "He", "Shigeru Ishiba", "person", "JPN", False),
        ("indirect", "its own nuclear weapons", "call for", "South Korea", "South Korea", "country", "KOR", False),
        ("indirect", "South Korea may have to consider developing its own nuclear weapons or ask the U.S. to redeploy "
         "nuclear weapons in South Korea", "said", "South Korean President Yoon Suk Yeol", "Yoon Suk Yeol", "person",
         "KOR", False),
        ("indirect", "South Korea will instead focus on enhancing deterrence with the United States to deal with North "
         "Korea's nuclear threat", "saying", "Yoon", "Yoon Suk Yeol", "person", "KOR", False),
        ("mixed", "Ishiba's call for a collective security arrangement like an Asian NATO and nuclear deployment and "
         "sharing options stems from uncertainty in relying \"solely on the security alliance with the U.S.,\"", "said",
         "Daniel Sneider, a lecturer in international policy focusing on Japanese foreign policy at Stanford University",
         "Daniel Sneider", "person", None, False),
        ("mixed", "\"the need to protect Taiwan from Chinese attempts to forcefully reunify\" the self-governed island",
         "sees", "Ishiba", "Shigeru Ishiba", "person", "JPN", False),
        ("mixed", "He also wants Japan \"to be prepared for any eventualities, including the retreat of the United States "
         "from global leadership,\" amid concerns over U.S. foreign policy after the presidential election in November",
         "said", "Sneider", "Daniel Sneider", "person", None, False),
        ("indirect", "enhanced deterrence was necessary to resist China's aggression in the Taiwan Strait", "told",
         "Ishiba", "Shigeru Ishiba", "person", "JPN", False),
        ("mixed", "Ishiba probably knows that a true Asian NATO is not feasible, but \"he is sending a signal to China "
         "and Russia that their aggressive use of military forces harassing other countries and penetrating their "
         "sovereign space is being noticed and will push Asian countries closer together in collective defense if they "
         "keep it up.\"", "said", "The Sasakawa Peace Foundation's Schoff", "James Schoff", "person", None, False),
        ("indirect", "a Chinese spy plane of violating its airspace for the first time in August", "accused", "Japan",
         "Japan", "country", "JPN", False),
        ("indirect", "instead of calling for an Asian NATO, Japan will likely increase cooperation with NATO countries, "
         "deepening security agreements, especially regarding joint technology sharing and production", "said",
         "Matthew Brummer, a professor at the National Graduate Institute for Policy Studies in Tokyo",
         "Matthew Brummer", "person", None, False),
    ],
    # line 66: Can Africa's Opposition Parties Be Liberated?
    "6181522": [
        ("indirect", "this is not just politics as usual", "say",
         "Members of opposition parties across the continent", "Members of opposition parties across the continent",
         "group", None, False),
        ("indirect", "he fears Africa's ruling parties are becoming bolder — and more dangerous", "says",
         "South African opposition politician Mmusi Maimane", "Mmusi Maimane", "person", None, False),
        ("direct", "The incarcerations that are taking place of opposition leaders, the violence that is taking place is "
         "a deep concern,", "said", "he", "Mmusi Maimane", "person", None, False),
        ("direct", "We're finding that it cannot be that you live in a continent where the leader of opposition in "
         "Tanzania is shot just for standing up for something. It cannot be that when you go to Zimbabwe, that in fact "
         "members of parliament from the opposition are being kicked out of their country.", None, None,
         "Mmusi Maimane", "person", None, True),
        ("indirect", "he has trouble even talking to voters in his quest to win the 2021 election", "says", "Wine",
         "Bobi Wine", "person", None, False),
        ("direct", "I cannot be allowed to engage to interact freely with the public,", "said", "he", "Bobi Wine",
         "person", None, False),
        ("direct", "I'm a member of parliament who cannot be allowed to address his constituents.", None, None,
         "Bobi Wine", "person", None, True),
        ("indirect", "it is a difficult process for the continent to split from the powerful ruling parties that often "
         "carried their nations through the hard process of independence from former colonial masters", "says",
         "Maimane", "Mmusi Maimane", "person", None, False),
        ("direct", "First, you must be liberated — and then soon after that you must liberate yourself from the "
         "liberators,", "said", "he", "Mmusi Maimane", "person", None, False),
        ("indirect", "he's hopeful — but also cynical — about how that will go for him", "says", "Wine", "Bobi Wine",
         "person", None, False),
        ("direct", "We believe that we are going to win massively,", "said", "he", "Bobi Wine", "person", None, False),
        ("indirect", "he felt it was important to launch his campaign two years early to capture the true sentiment of "
         "voters", "noting", "he", "Bobi Wine", "person", None, False),
        ("direct", "However, we also suspect that he's going to try to usurp the voice of the people, and my own "
         "prediction is that if President Museveni rigs the election right now, the people of Uganda will rise up "
         "against him.", None, None, "Bobi Wine", "person", None, True),
        ("indirect", "an uneven playing field, and of the ruling party using state resources to campaign",
         "have complained", "opposition parties", "opposition parties", "group", None, False),
        ("indirect", "the struggle is bigger than one party, or one country", "says", "he", "Mmusi Maimane", "person",
         None, False),
        ("direct", "I think what has become true is that institutional politics is being disrupted all over the world,",
         "said", "Maimane", "Mmusi Maimane", "person", None, False),
        ("direct", "I think we must realize that the struggle that we're engaged with is generational but not only that "
         "it must move beyond politics.", None, None, "Mmusi Maimane", "person", None, True),
    ],
    # line 76: Cambodian journalist thanks supporters after release on bail
    "7836916": [
        ("direct", "I am delighted [to be out], but my health is weak,", "said", "he", "Mech Dara", "person", None,
         False),
        ("direct", "I would like to thank everyone who supports me. I notice that my friends inside and outside the "
         "country do everything to help me [get] released.", None, None, "Mech Dara", "person", None, True),
        ("mixed", "the journalist had posted “provocative\" and \"false\" messages and pictures about the apparent "
         "destruction of the entrance to a religious site", "alleged", "A Phnom Penh court", "a Phnom Penh court",
         "organization", "KHM", False),
        ("indirect", "the journalist had written", "said", "the minister", "the country’s information minister",
         "unnamed_person", "KHM", False),
        ("indirect", "Mech Dara has been released on bail, but the charge has not been dropped", "told VOA",
         "The journalist’s lawyer, Duch Piseth,", "Duch Piseth", "person", None, False),
        ("direct", "I hope his charge will be dropped, and I will work with my client more to proceed [with] the case in "
         "accordance with his wish,", "said", "Duch Piseth", "Duch Piseth", "person", None, False),
        ("indirect", "the journalist is not allowed to leave the country and is required to report to police every "
         "month", "added", "He", "Duch Piseth", "person", None, False),
        ("indirect", "the release", "welcomed", "Media watchdog Reporters Without Borders", "Reporters Without Borders",
         "organization", "Reporters Without Borders", False),
        ("direct", "its call to the authorities to immediately drop all charges against him.", "reiterated",
         "Media watchdog Reporters Without Borders", "Reporters Without Borders", "organization",
         "Reporters Without Borders", False),
        ("indirect", "Mech Dara was released after apologizing to Senate head Hun Sen and Prime Minister Hun Manet",
         "said", "Independent Cambodian media association CamboJA", "CamboJA", "organization", "CamboJA", False),
        ("mixed", "the release on bail was a “good sign.”", "told VOA", "Nop Vy, the association’s executive director",
         "Nop Vy", "person", "CamboJA", False),
        ("mixed", "the charge to be dropped so that Mech Dara “has full freedom to continue working as a journalist.”",
         "called for", "He", "Nop Vy", "person", "CamboJA", False),
        ("direct", "[Mech] Dara’s work includes investigations into scam operations including the use of transnational "
         "human trafficking and torture within these compounds,", "said", "the rights group",
         "Cambodian League for the Promotion and Defense of Human Rights", "organization",
         "Cambodian League for the Promotion and Defense of Human Rights", False),
        ("indirect", "the journalist had worked for national and international media, including The Cambodia Daily , The "
         "Phnom Penh Post and Voice of Democracy", "noting", "the rights group",
         "Cambodian League for the Promotion and Defense of Human Rights", "organization",
         "Cambodian League for the Promotion and Defense of Human Rights", False),
    ],
}


# The fourth part, labelled the same way (after the third part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --fourth``.
FOURTH: dict[str, list[Record]] = {
    # line 30: Fate of 8 Uyghurs in Thailand in limbo after 40 deported to China
    "8006723": [
        ("indirect", "at least some of the eight ethnic minority Uyghurs who remain in Thailand’s custody since "
         "authorities deported 40 others to China last month are at risk of the same fate", "say",
         "Human rights advocates", "Human rights advocates", "group", None, False),
        ("indirect", "it was planning to repatriate any of the 48 Chinese Uyghurs it had held since arresting them for "
         "illegal entry in 2014", "denying", "Thailand", "Thailand", "country", "THA", False),
        ("indirect", "Thailand for sending Uyghurs back to China", "condemned",
         "The United States, United Nations and international rights groups",
         "The United States, United Nations and international rights groups", "group", None, False),
        ("indirect", "it violates Thailand’s international treaty obligations and, as of 2023, its own domestic law "
         "against deporting people to countries where they face a good chance of being abused or tortured", "say",
         "They", "The United States, United Nations and international rights groups", "group", None, False),
        ("indirect", "Beijing of genocide over its treatment of the Turkic-speaking Muslim minority Uyghurs in China’s "
         "western Xinjiang province", "accused", "The United States and others", "The United States and others",
         "group", None, False),
        ("indirect", "their treatment may amount to crimes against humanity", "says", "The United Nations",
         "United Nations", "organization", "UN", False),
        ("indirect", "the allegations", "denies", "Beijing", "China", "country", "CHN", False),
        ("indirect", "they have confirmed that all eight remain in Thai custody — three in immigration detention without "
         "charge, with the other five serving prison sentences since 2020 for robbery and attempted escape from a "
         "detention center", "tell VOA", "rights groups", "rights groups", "group", None, False),
        ("indirect", "the five in prison face the greatest risk of being deported once their prison terms end", "say",
         "They", "rights groups", "group", None, False),
        ("direct", "After they complete their sentence, they have to come back to the immigration detention centers. "
         "That is … worrisome, because if there [is] the push from the Chinese again, these five people might be the "
         "most vulnerable group of people that will be deported again,", "told VOA",
         "Kannavee Suebsang, an opposition lawmaker and deputy chair of the House of Representatives Committee on Legal "
         "Affairs, Justice and Human Rights", "Kannavee Suebsang", "person", "THA", False),
        ("indirect", "their sentences are due to end in 2029", "said", "He", "Kannavee Suebsang", "person", "THA",
         False),
        ("indirect", "the five could face a forced return to China much earlier than that if they are added to the lists "
         "of prisoners pardoned by Thailand’s king on royal holidays each year", "say", "Rights groups",
         "Rights groups", "group", None, False),
        ("mixed", "China had in fact asked for the return of 45 “Chinese nationals,”", "said", "the Thai government",
         "Thai government", "organization", "THA", False),
        ("indirect", "that number appears to include the five Uyghurs still in prison in Thailand — a sign, she "
         "believes, that China wants them returned as well", "says",
         "Krittaporn Semsantad, program director for the Peace Rights Foundation, a Thai rights group",
         "Krittaporn Semsantad", "person", "Peace Rights Foundation", False),
        ("direct", "So, yes, we are very … concerned,", "told VOA", "she", "Krittaporn Semsantad", "person",
         "Peace Rights Foundation", False),
        ("direct", "It could be very high risk and very high chance that these five will be sent back after they finish "
         "their sentence.", None, None, "Krittaporn Semsantad", "person", "Peace Rights Foundation", True),
        ("mixed", "For the eight Uyghurs still in Thai custody, “the danger is not passed yet,”", "agreed",
         "Polat Sayim, an ethnic Uyghur living in Australia and the executive committee vice chair of the World Uyghur "
         "Congress", "Polat Sayim", "person", "World Uyghur Congress", False),
        ("indirect", "she visited the five Uyghurs in prison the day after the 40 were deported", "told VOA", "She",
         "Chalida Tajaroensuk", "person", "People’s Empowerment Foundation", False),
        ("indirect", "they were terrified of being forced back to China as well", "said", "She", "Chalida Tajaroensuk",
         "person", "People’s Empowerment Foundation", False),
        ("direct", "They are afraid, and they also cried. They don’t want to go back,", "said", "she",
         "Chalida Tajaroensuk", "person", "People’s Empowerment Foundation", False),
        ("indirect", "their sources in the Thai government and inside its detained centers have told them the other "
         "three Uyghurs also remain in Thailand, in the custody of the Bureau of Immigration", "told VOA",
         "The rights groups", "rights groups", "group", None, False),
        ("indirect", "these three, who also hail from China, claimed to have come from other countries when they were "
         "first caught in Thailand, which may have helped to spare them from being sent back", "say",
         "Kannavee and the rights groups", "Kannavee and the rights groups", "group", None, False),
        ("direct", "But still we need to also closely monitor about the situation of the three, because they [have] "
         "already been disclosed, I mean their information has been disclosed that they are [from] the same group of "
         "the Uyghurs,", "said", "Kannavee", "Kannavee Suebsang", "person", "THA", False),
        ("indirect", "Beijing had assured it that the Uyghurs would be treated well and that Bangkok could send envoys to "
         "check up on them regularly", "said", "the Thai government", "Thai government", "organization", "THA", False),
        ("indirect", "they take little comfort in Beijing’s promises and still hope to persuade the Thai government to let "
         "the eight Uyghurs who remain in its custody settle elsewhere", "say",
         "Rights groups and opposition lawmakers such as Kannavee", "Rights groups and opposition lawmakers", "group",
         None, False),
        ("indirect", "no other country had offered to take in the Uyghurs", "claimed", "Thai officials",
         "Thai officials", "group", "THA", False),
        ("indirect", "some had, without naming them, and that Thailand turned them down for fear that China might "
         "retaliate", "acknowledged", "Thai officials", "Thai officials", "group", "THA", False),
        ("indirect", "Australia, Canada and the United States all offered to resettle the Uyghurs", "has reported",
         "The Reuters news agency", "Reuters", "organization", "Reuters", False),
        ("mixed", "it had been working with Thailand for years to avoid their return to China, “including by "
         "consistently and repeatedly offering to resettle the Uyghurs in other countries, including, at times, the "
         "United States.”", "told VOA", "A spokesperson for the U.S. State Department",
         "a spokesperson for the U.S. State Department", "unnamed_person", "USA", False),
        ("indirect", "those countries should keep their offers open for the eight Uyghurs Thailand still holds, and "
         "continue putting pressure on the Thai government to accept", "said", "Sayim, of the World Uyghur Congress",
         "Polat Sayim", "person", "World Uyghur Congress", False),
        ("direct", "We don’t have [a] country. That’s why we have to ask European countries if they can help. … Always "
         "we asking [the] U.S., Canada, U.K., Germany, Australia if they could make a decision and take them,", "said",
         "he", "Polat Sayim", "person", "World Uyghur Congress", False),
        ("direct", "The Thai government shouldn’t give these people back to China. They know it’s not good when they go "
         "back.", None, None, "Polat Sayim", "person", "World Uyghur Congress", True),
    ],
    # line 40: Report: Japan's PM to Visit India, Philippines to Strengthen Regional Ties
    "6204681": [
        ("indirect", "Suga’s travels will include meeting India's Prime Minister Narendra Modi and Philippine President "
         "Rodrigo Duterte", "according to", "Kyodo News", "Kyodo News", "organization", "Kyodo News", False),
        ("indirect", "Japan wants to strengthen ties in Asia to counter Beijing's growing clout in the region",
         "According to", "analysts", "analysts", "group", None, False),
        ("mixed", "Suga’s expected visit is aimed at boosting cooperation with India and the Philippines based on a "
         "shared vision of a \"free and open Indo-Pacific region.\"", "told VOA", "Analysts", "Analysts", "group",
         None, False),
        ("indirect", "there is an expectation that regional security cooperation will increase among countries "
         "including Japan, the United States, Australia, India and the Philippines as they perceive a growing threat "
         "from China", "said", "They", "Analysts", "group", None, False),
        ("direct", "At present, India, Japan and the Philippines are all facing challenges at the hands of China, with "
         "threats to their territorial integrity.", "said", "The Print , an Indian online publication", "The Print",
         "organization", "The Print", False),
        ("indirect", "India is the most reticent of the Quad members", "said",
         "Denny Roy, senior fellow and supervisor of the POSCO Fellowship Program at the East-West Center in Honolulu",
         "Denny Roy", "person", None, False),
        ("mixed", "India “will always be more cautious about confronting China because of its traditional nonalignment, "
         "its lack of consensus on its desired regional strategic role and its economic interdependence with China,”",
         "told", "he", "Denny Roy", "person", None, False),
        ("mixed", "the growing anxiety about Chinese dominance and the recent border skirmish “are making India "
         "increasingly supportive of security cooperation with Japan.”", "said", "Roy", "Denny Roy", "person", None,
         False),
        ("indirect", "although India and Japan are both concerned about Chinese aggression and threats, India is "
         "reluctant to join an alliance in opposition to China", "told",
         "Richard Weitz, director of the Hudson Institute's Center for Political-Military Analysis", "Richard Weitz",
         "person", None, False),
        ("direct", "That said,", "added", "he", "Richard Weitz", "person", None, False),
        ("direct", "holding an in-person Quad Summit on the sidelines of G-7 Summit in U.K. in June would not be that "
         "provocative a step and can be defined as a meeting of the world’s leading Asian democracies.", "added", "he",
         "Richard Weitz", "person", None, False),
        ("mixed", "a “separation” from the United States in 2016", "announced", "He", "Rodrigo Duterte", "person",
         "PHL", False),
        ("direct", "gesture of friendship and solidarity — the hallmark of the Philippines-China partnership,",
         "described", "Duterte", "Rodrigo Duterte", "person", "PHL", False),
        ("indirect", "more than 250 Chinese vessels had been spotted near six islands and reefs Manila claims as its own "
         "in the South China Sea", "reported", "the Philippine government", "Philippine government", "organization",
         "PHL", False),
        ("indirect", "the vessels were operated by the Chinese military", "believed", "which", "Philippine government",
         "organization", "PHL", False),
        ("indirect", "Beijing remove them immediately", "demanded", "The government", "Philippine government",
         "organization", "PHL", False),
        ("indirect", "it is hard to predict how Duterte will react to Suga’s visit, although Duterte and Suga spoke by "
         "phone late last year", "said", "Roy", "Denny Roy", "person", None, False),
        ("direct", "Duterte and Suga are off to a good start in their relationship based on their phone call last "
         "December,", "said", "Roy", "Denny Roy", "person", None, False),
        ("direct", "Duterte has been schizophrenic in his relationship with China, but currently he seems to be in "
         "anti-China mode after Chinese fishing boats swarmed Philippine-claimed Whitsun Reef, probably under orders "
         "from Beijing. Suga will certainly be interested in encouraging the Philippines to stand up to Chinese "
         "territorial encroachment.", None, None, "Denny Roy", "person", None, True),
    ],
}


# The fifth part, labelled the same way (after the fourth part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --fifth``.
FIFTH: dict[str, list[Record]] = {
    # line 2: Analysts see flaws in Syria's temporary constitution
    "8011117": [
        ("indirect", "its loopholes could deepen division and instability in the conflict-ridden country", "arguing",
         "legal experts and political groups", "legal experts and political groups", "group", None, False),
        ("mixed", "he hoped the document would mark “the beginning of a new history for Syria, where oppression is "
         "replaced by justice, destruction by construction, ignorance by education and torture by mercy.”", "said",
         "Al-Sharaa", "Ahmed al-Sharaa", "person", "SYR", False),
        ("indirect", "the constitution", "reject", "The Kurdish-led Autonomous Administration in north and east Syria",
         "Kurdish-led Autonomous Administration in north and east Syria", "organization", None, False,
         "first to reject"),
        ("direct", "The so-called constitutional declaration contains a framework and articles similar to those adopted "
         "by the Baath government,", "said", "it", "Kurdish-led Autonomous Administration in north and east Syria",
         "organization", None, False),
        ("indirect", "the 53-article document fails to adequately reflect Syria’s realities, particularly its ethnic and "
         "religious diversity", "argue", "Legal experts", "Legal experts", "group", None, False),
        ("direct", "The draft speaks generally of Syrians who resisted the regime, without distinguishing between Arabs, "
         "Kurds, Assyrians and other ethnic groups,", "said",
         "Jian Badrakhan, vice chairman of the Germany-based Kurdish Center for Studies and Legal Consultancy",
         "Jian Badrakhan", "person", None, False),
        ("direct", "However, Article 1 explicitly uses the term ‘Arab’ in the country’s name, undermining the inclusive "
         "language found elsewhere in the document.", None, None, "Jian Badrakhan", "person", None, True),
        ("direct", "the absence of any reference to the Kurds, as the second-largest ethnic group in the country, or to "
         "the Assyrians, one of Syria’s oldest indigenous peoples, is a clear rejection of Syria’s multicultural "
         "identity.", "told VOA", "Badrakhan", "Jian Badrakhan", "person", None, False),
        ("indirect", "the president must be Muslim", "mandates", "The constitution", "The constitution", "group", None,
         False),
        ("direct", "This effectively denies recognition to several long-standing religious communities in Syria, "
         "including the Yazidis and Druze,", "said", "Badrakhan", "Jian Badrakhan", "person", None, False),
        ("direct", "Over time, this provision could also be interpreted as a means to exclude the Ismaili and Alawite "
         "sects [of Shiite Islam] from formal recognition.", None, None, "Jian Badrakhan", "person", None, True),
        ("indirect", "Arabs constitute 50% of Syria’s nearly 24 million people, while Alawites, Kurds and Christians make "
         "up 35%", "According to", "the CIA World Factbook", "CIA", "organization", "USA", False),
        ("direct", "The constitution says there is separation between government branches, but that is clearly false,",
         "said", "Sarbast Nabi, professor of political philosophy at Koya University in Iraqi Kurdistan",
         "Sarbast Nabi", "person", None, False),
        ("direct", "Article 24 stipulates that the president gets to pick 20 percent of members of the transitional "
         "parliament, which shows there is no separation between the executive and legislative branches,", "told VOA",
         "he", "Sarbast Nabi", "person", None, False),
        ("mixed", "the document “will not achieve stability in Syria.”", "adding", "he", "Sarbast Nabi", "person", None,
         False),
        ("mixed", "the inclusion of the clause “to ensure fair representation and efficiency.”", "justifies",
         "The constitution", "The constitution", "group", None, False),
        ("indirect", "while the constitutional declaration has some promising provisions – such as the creation of a "
         "commission for transitional justice and the establishment of political parties and associations – there are "
         "significant concerns", "says",
         "Anwar al-Bunni, co-founder and executive director of the Syrian Center for Legal Studies and Research",
         "Anwar al-Bunni", "person", None, False),
        ("direct", "The declaration oversteps its role as a constitutional declaration, functioning more like a "
         "mini-constitution by predetermining the name of the republic, designating Islam as its main source of "
         "legislation and defining presidential powers – effectively undermining the will of the Syrian people,",
         "said", "he", "Anwar al-Bunni", "person", None, False),
        ("indirect", "Such matters, he told VOA, should be decided through referendums", "told VOA", "he",
         "Anwar al-Bunni", "person", None, False),
        ("direct", "All ethnicities and religions in the country want constitutional guarantees,", "said", "al-Bunni",
         "Anwar al-Bunni", "person", None, False),
        ("direct", "Since this is a temporary document, the formation of a permanent constitution must include "
         "discussions over all these points and issues.", None, None, "Anwar al-Bunni", "person", None, True),
        ("mixed", "he “hopes this [constitutional declaration] will move Syria toward restoring the rule of law and "
         "promoting an orderly inclusive transition.”", "said", "Geir Pedersen, the U.N. special envoy for Syria",
         "Geir Pedersen", "person", "UN", False),
        ("indirect", "an inclusive government in Syria that protects the country’s ethnic and religious groups",
         "called for", "the U.S. and other Western nations", "the U.S. and other Western nations", "group", None,
         False),
    ],
    # line 36: Homeland Security, rights group to meet in court over migrants at Guantanamo Bay
    "8010057": [
        ("indirect", "the U.S. government has overstepped its bounds by denying migrants sent to Guantanamo Bay access "
         "to legal representation and also by attempting to send migrants to the base's facilities without the proper "
         "legal authority in violation of the U.S. Constitution", "allege", "The suits", "The suits", "group", None,
         False),
        ("indirect", "the allegations", "denied", "they", "DHS officials", "group", "USA", False),
        ("direct", "The American Civil Liberties Union appears far more interested in promoting open borders and "
         "disrupting public safety missions than in protecting the civil liberties of Americans,", "told VOA",
         "a DHS spokesperson", "a DHS spokesperson", "unnamed_person", "USA", False),
        ("direct", "They should consider changing their name,", "added", "the spokesperson", "a DHS spokesperson",
         "unnamed_person", "USA", False),
        ("direct", "baseless.", "describing", "the spokesperson", "a DHS spokesperson", "unnamed_person", "USA", False),
        ("mixed", "the base, which features a secure prison to hold captured terrorists, would be used to house \"the "
         "worst of the worst.\"", "said", "Homeland Security's Noem", "Kristi Noem", "person", "USA", False),
        ("indirect", "the base could be used to hold up to 30,000 migrants while they awaited deportation", "suggested",
         "Trump and other U.S. officials", "Trump and other U.S. officials", "group", "USA", False),
        ("direct", "high threat illegal aliens", "described", "officials", "officials", "group", "USA", False),
        ("indirect", "the prison as currently configured can hold only 130 detainees, while the base's Migrant "
         "Operations Center and a temporary tent city can hold, at most, 550 people", "According to",
         "a U.S. defense official, who spoke to VOA on the condition of anonymity", "a U.S. defense official",
         "unnamed_person", "USA", False),
        ("direct", "The arbitrary and secret shuttling of people between Guantanamo and the U.S. demonstrates a complete "
         "disregard for human dignity, an affront to the rule of law, and a waste of public resources,", "said",
         "the International Refugee Assistance Project's Pedro Sepulveda", "Pedro Sepulveda", "person",
         "International Refugee Assistance Project", False),
        ("direct", "No one should be detained at Guantanamo,", "added", "Sepulveda", "Pedro Sepulveda", "person",
         "International Refugee Assistance Project", False),
        ("direct", "The Trump administration must stop these ill-conceived and cruel transfers and stop detaining "
         "immigrants at Guantanamo once and for all.", None, None, "Pedro Sepulveda", "person",
         "International Refugee Assistance Project", True),
    ],
    # line 42: Turkey Criticizes Israel over Response to Palestinian Protests
    "6205674": [
        ("indirect", "Israeli security forces fired tear gas, rubber bullets, and stun grenades at Palestinian "
         "demonstrators, some of whom threw rocks at police", "reported", "Witnesses", "Witnesses", "group", None,
         False),
        ("direct", "It’s time to stop Israel’s heinous and cruel attacks.", "tweeted",
         "Turkish President Recep Tayyip Erdogan’s communication chief, Fahrettin Altun", "Fahrettin Altun", "person",
         "TUR", False),
        ("indirect", "Israel", "denounced", "Erdogan", "Recep Tayyip Erdogan", "person", "TUR", False,
         "Erdogan denounced"),
        ("direct", "Israel, the cruel terrorist state, attacks the Muslims in Jerusalem, whose only concern is to protect "
         "their homes and their sacred values, in a savage manner devoid of ethics,", "said", "Erdogan",
         "Recep Tayyip Erdogan", "person", "TUR", False),
        ("mixed", "Israel “will continue to maintain freedom of worship for all faiths, but we will not allow violent "
         "disturbances.”", "said", "Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "person", "ISR",
         False),
        ("indirect", "he had met with security officials", "told", "The Israeli leader", "Benjamin Netanyahu", "person",
         "ISR", False),
        ("mixed", "to “enforce law and order decisively and responsibly.”", "vowed", "The Israeli leader",
         "Benjamin Netanyahu", "person", "ISR", False),
        ("indirect", "the recent violence", "condemning", "Turkish presidential adviser Mesut Casin", "Mesut Casin",
         "person", "TUR", False),
        ("indirect", "a reset in bilateral ties is still possible", "says", "Turkish presidential adviser Mesut Casin",
         "Mesut Casin", "person", "TUR", False),
        ("indirect", "Washington needs to act", "says", "Turkish presidential adviser Mesut Casin", "Mesut Casin",
         "person", "TUR", False),
        ("direct", "This is unacceptable during the prayers of the Muslims in the very important religious time, during "
         "the Ramazan (Ramadan); it is an unacceptable situation,", "said", "Casin", "Mesut Casin", "person", "TUR",
         False),
        ("direct", "So the radical groups do not want to normalize Turkey-Israel relations. However, Turkey-Israel "
         "economic relations are in good condition; why we not do change to normalize diplomatic relations. This "
         "depends also on a little bit of Washington to control some of the unlawful actions.", None, None,
         "Mesut Casin", "person", "TUR", True),
        ("indirect", "The United States has voiced concern over the violence in Israel, with National Security Advisor "
         "Jake Sullivan speaking by phone Sunday with Israeli counterpart Meir Ben-Shabbat", "according to",
         "the White House", "White House", "organization", "USA", False),
        ("indirect", "Sullivan expressed the Biden administration’s commitment to Israel’s security and to supporting "
         "peace and stability throughout the Middle East", "said", "A statement", "White House", "organization", "USA",
         False),
    ],
}


# The sixth part, labelled the same way (after the fifth part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --sixth``.
SIXTH: dict[str, list[Record]] = {
    # line 4: Exclusive: Second Iranian ship suspected of carrying missile ingredient leaves China
    "8010476": [
        ("indirect", "the Iranian-flagged cargo ship Jairan departed China on Monday, a month later than the expected "
         "departure cited by one of the news reports", "show", "Ship-tracking websites", "Ship-tracking websites",
         "group", None, False),
        ("indirect", "the purported shipment could be transformed into enough ammonium perchlorate — a key solid fuel "
         "propellant component — to produce 260 midrange Iranian missiles", "saying",
         "unnamed Western intelligence sources", "unnamed Western intelligence sources", "group", None, False),
        ("indirect", "it made a two-day stop at southern China's Zhuhai Gaolan port and delivered an unknown cargo to "
         "Iran", "according to", "ship-tracking website MarineTraffic", "MarineTraffic", "organization",
         "MarineTraffic", False),
        ("direct", "the preferred shipping line for Iranian proliferators and procurement agents.", "has called",
         "the State Department", "State Department", "organization", "USA", False),
        ("indirect", "The Iranian ship also reported a significant draught change upon leaving Zhuhai Gaolan, "
         "transmitting data showing it was sitting more than 2 meters deeper in the water and indicating it had taken "
         "on a major cargo at the port", "told VOA", "Kelly", "Martin Kelly", "person", "EOS Risk Group", False),
        ("indirect", "it was aware of the January news reports by The Financial Times and Wall Street Journal regarding "
         "Iran's purported use of the Golbon and Jairan to import sodium perchlorate from China", "told VOA",
         "the State Department", "State Department", "organization", "USA", False),
        ("mixed", "the State Department does not comment on intelligence matters but \"remains focused on preventing the "
         "proliferation of items, equipment, and technology that could benefit Iran's missile or other weapons "
         "programs and continues to hold Iran accountable through sanctions.\"", "said", "A spokesperson",
         "a spokesperson", "unnamed_person", "USA", False),
        ("indirect", "China abides by its own export controls and international obligations and rejects other "
         "countries' imposition of what Beijing considers illegal unilateral sanctions", "asserting",
         "Chinese Foreign Ministry spokesperson Mao Ning", "Mao Ning", "person", "CHN", False),
        ("indirect", "the Jairan would depart China in early February", "saying",
         "security officials in two Western countries", "security officials in two Western countries", "group", None,
         False),
        ("indirect", "Iran may have wanted to see if the Golbon could complete its voyage from China without being "
         "interdicted before sending the Jairan to follow it", "said",
         "Gregory Brew, a senior Iran analyst at the Eurasia Group, a New York-based political risk consultancy",
         "Gregory Brew", "person", None, False),
        ("direct", "Ships carrying highly sensitive materials related to Iran's missile industry, which is under U.S. "
         "sanctions, are at risk of interception, and the Iranians likely are conscious of that,", "said", "Brew",
         "Gregory Brew", "person", None, False),
        ("mixed", "him to work with global partners of the U.S. \"to intercept and stop the shipments currently "
         "underway\" if the press reports proved accurate", "urging",
         "Eight Republican U.S. senators led by Jim Risch and Pete Ricketts",
         "Eight Republican U.S. senators", "group", "USA", False),
        ("direct", "We do not comment on Congressional correspondence.", "said",
         "a U.S. State Department press officer", "a U.S. State Department press officer", "unnamed_person", "USA",
         False),
    ],
    # line 14: Somali forces kill 50 militants in airstrikes after ending hotel siege
    "8008152": [
        ("indirect", "they killed all six attackers who laid siege to a hotel in the central town of Beledweyne and later "
         "killed at least 50 al-Shabab militants in airstrikes", "say", "Security forces in Somalia",
         "Security forces in Somalia", "group", "SOM", False),
        ("indirect", "the hotel siege ended early Wednesday", "confirmed",
         "Beledweyne District Commissioner Omar Osman Alasow", "Omar Osman Alasow", "person", "SOM", False),
        ("direct", "Our security forces successfully got rid of six militants who attacked a hotel where traditional "
         "elders and security officials were meeting,", "said", "he", "Omar Osman Alasow", "person", "SOM", False),
        ("indirect", "responsibility for the hotel attack on Tuesday", "claimed",
         "Al-Shabab, a U.S.-designated terrorist group", "al-Shabab", "organization", "al-Shabab", False),
        ("indirect", "the government soldiers backed by African Union troops worked through the night to rescue elders, "
         "military officers and civilians trapped inside the hotel", "said", "Alasow", "Omar Osman Alasow", "person",
         "SOM", False),
        ("direct", "During 18 hours of siege, our brave soldiers shot dead two militants, and four of them desperately "
         "blew themselves up when they realized that they could not escape,", "said", "he", "Omar Osman Alasow",
         "person", "SOM", False),
        ("direct", "Seven other people, including government security officials and two prominent traditional elders, "
         "were killed.", None, None, "Omar Osman Alasow", "person", "SOM", True),
        ("mixed", "a “total war” against al-Shabab", "called for", "Somalian President Hassan Sheikh Mohamud",
         "Hassan Sheikh Mohamud", "person", "SOM", False),
        ("indirect", "the country’s security forces killed dozens of al-Shabab members elsewhere in Hirshabelle", "said",
         "Somalia’s National Intelligence and Security Agency, or NISA",
         "National Intelligence and Security Agency", "organization", "SOM", False),
        ("direct", "Coordinated airstrikes by the Somali army and international partners in the Middle Shabelle region "
         "have killed at least 50 al-Shabab militants, including senior leader in charge of the coordination of the "
         "group’s combat vehicles,", "said", "the NISA statement", "National Intelligence and Security Agency",
         "organization", "SOM", False),
        ("indirect", "the airstrikes targeted the Damasha and Shabeelow areas and killed Mansoor Tima-Weeyne, a senior "
         "al-Shabab leader who masterminded the preparation and use of combat vehicles for terrorist attacks", "said",
         "NISA", "National Intelligence and Security Agency", "organization", "SOM", False),
        ("direct", "The operation was a significant blow to the group's combat capabilities and part of ongoing efforts "
         "to weaken terrorism in the region.", "said", "the Somali Military Command", "Somali Military Command",
         "organization", "SOM", False),
        ("indirect", "it closed 12 media outlets and websites linked to the Khawarij", "said", "NISA",
         "National Intelligence and Security Agency", "organization", "SOM", False),
        ("direct", "The operation targeted platforms spreading extremist ideologies, inciting violence, and disseminating "
         "false information. During the operation the government seized critical data and identified individuals "
         "involved,", "said", "a statement posted by the government’s National News Agency", "National News Agency",
         "organization", "SOM", False),
    ],
    # line 20: Military says death toll in Pakistan's train hijacking rises to 31
    "8011076": [
        ("indirect", "31 people, including 23 security personnel, lost their lives in Tuesday’s train hijacking by armed "
         "militants in the country’s restive Balochistan province", "confirmed", "Pakistan officials",
         "Pakistan officials", "group", "PAK", False),
        ("indirect", "18 off-duty military and paramilitary Frontier Corps personnel, three railway staff and five "
         "civilian passengers were among those killed in the initial attack", "said",
         "Lieutenant General Ahmed Sharif Chaudhry", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "it killed 33 BLA terrorists", "said", "the Pakistan military", "Pakistan military",
         "organization", "PAK", False),
        ("indirect", "354 passengers were freed, 37 of whom were injured", "said",
         "Chaudhry, director general of military public relations", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "425 tickets were sold for the cross-country train", "said", "Balochistan Chief Minister Sarfraz Bugti",
         "Sarfraz Bugti", "person", "PAK", False),
        ("indirect", "which, Bugti said, largely explained the gap between the number of passengers and those rescued",
         "said", "Bugti", "Sarfraz Bugti", "person", "PAK", False),
        ("direct", "Maybe some did not travel; some were boarding later, maybe some of those who ran [from the "
         "terrorists] lost their way, and maybe some got caught [by the terrorists],", "said", "the chief minister",
         "Sarfraz Bugti", "person", "PAK", False),
        ("indirect", "archrival India", "blamed", "Pakistani officials", "Pakistani officials", "group", "PAK", False),
        ("indirect", "it of providing support to anti-Pakistan militants in Afghanistan", "accusing",
         "Pakistani officials", "Pakistani officials", "group", "PAK", False),
        ("direct", "We strongly reject the baseless allegations made by Pakistan,", "told reporters",
         "Indian foreign ministry spokesperson Randhir Jaiswal", "Randhir Jaiswal", "person", "IND", False),
        ("indirect", "the claim that Tuesday’s attack was orchestrated by militants with bases in Afghanistan",
         "reiterated", "Bugti and Chaudhry", "Sarfraz Bugti and Ahmed Sharif Chaudhry", "group", "PAK", False),
        ("indirect", "there was a security threat", "acknowledged", "Pakistani officials", "Pakistani officials",
         "group", "PAK", False),
        ("indirect", "questions that the brazen hijacking in the heavily militarized province was an intelligence "
         "failure", "rejected", "Pakistani officials", "Pakistani officials", "group", "PAK", False),
        ("direct", "There was a threat in the general area,", "said", "Chaudhry", "Ahmed Sharif Chaudhry", "person",
         "PAK", False),
        ("indirect", "it was not specifically about an attack on the train", "adding", "Chaudhry",
         "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("direct", "There are thousands of intelligence success stories too behind [such incidents], which you don’t "
         "know — incidents that did not happen because our intelligence was successfully able to detect them,", "said",
         "he", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "law enforcement agencies have conducted 11,654 intelligence-based operations across the country so "
         "far this year", "said", "The military spokesperson", "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "Nearly 60,000 such operations were conducted nationwide last year", "said", "he",
         "Ahmed Sharif Chaudhry", "person", "PAK", False),
        ("indirect", "they face discrimination and exploitation by the government in Islamabad", "say",
         "members of the ethnic Baloch minority", "members of the ethnic Baloch minority", "group", None, False),
        ("indirect", "In the last 15 months, 1,250 terrorists from various groups have been killed in Pakistan, along "
         "with 563 security personnel", "said", "Chaudhry", "Ahmed Sharif Chaudhry", "person", "PAK", False),
    ],
}


# The seventh part, labelled the same way (after the sixth part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --seventh``.
SEVENTH: dict[str, list[Record]] = {
    # line 6: Europe holds high-level talks on rearming continent, boosting Ukraine aid
    "8007271": [
        ("indirect", "the urgency of boosting Europe’s defense", "stressed", "Dutch Defense Minister Ruben Brekelmans",
         "Ruben Brekelmans", "person", "NLD", False),
        ("indirect", "Europeans can no longer take U.S. protection for granted", "said", "he", "Ruben Brekelmans",
         "person", "NLD", False),
        ("direct", "Europe therefore needs to fortify its security architecture. And we don’t have much time to get this "
         "right. We only have one shot,", "said", "Brekelmans", "Ruben Brekelmans", "person", "NLD", False),
        ("direct", "We need a surge in European defense, and we need it now,", "said", "she", "Ursula von der Leyen",
         "person", "EU", False),
        ("indirect", "an $873 billion plan for rearming Europe and supporting Ukraine", "has proposed",
         "The European Union’s executive arm", "European Commission", "organization", "EU", False),
        ("indirect", "increasing defense spending by an additional 1.5 percent of member states’ GDP yearly over four "
         "years", "has proposed", "It", "European Commission", "organization", "EU", False),
        ("indirect", "Russia may not stop at Ukraine", "are worried", "European leaders", "European leaders", "group",
         None, False),
        ("indirect", "three-quarters of French and half of Germans are concerned the Ukraine conflict will spread "
         "elsewhere in Europe", "found", "One Ipsos survey", "Ipsos", "organization", "Ipsos", False),
        ("indirect", "few Europeans want to pay more for defense", "found", "Another poll", "Another poll", "group", None,
         False),
        ("indirect", "Europe can’t afford to defend Ukraine", "suggest", "Critics, including Hungary’s Viktor Orban,",
         "Critics", "group", None, False),
        ("indirect", "Brussels is assuming too much power", "argue", "Others", "Others", "group", None, False),
        ("direct", "They want to continue to sell weapons to European counties.", "said",
         "Former French Ambassador Michel Duclos", "Michel Duclos", "person", None, False),
        ("indirect", "That’s one argument, he believes, for Washington’s at least short-term commitment to Europe’s "
         "security", "believes", "he", "Michel Duclos", "person", None, False),
        ("direct", "What I fear more is not that they [the U.S.] will disengage. It’s more that they will want the "
         "Europeans to pay more and more for European protection,", "said", "he", "Michel Duclos", "person", None,
         False),
    ],
    # line 10: Botswana hunting revenues almost double amid UK opposition
    "8010588": [
        ("indirect", "millions of dollars were generated through the sale of mostly elephant licenses in villages in "
         "wildlife areas", "told", "Wynter Mmolotsi, minister of environment and tourism", "Wynter Mmolotsi", "person",
         "BWA", False),
        ("direct", "In order to manage the wildlife population, the country is implementing a combination of both "
         "consumptive and nonconsumptive utilization of our wildlife resources to derive optimum economic benefit, "
         "particularly for our communities,", "said", "he", "Wynter Mmolotsi", "person", "BWA", False),
        ("direct", "For the 2024 hunting season, the community quotas generated the sum of 42,863,423 pulas. Further, a "
         "total of 15,633,950 pulas was realized from the sale of special elephant quotas to support elephant "
         "conservation and community-led projects within the elephant range.", None, None, "Wynter Mmolotsi", "person",
         "BWA", True),
        ("indirect", "the hunts face increasing Western opposition", "says", "Mmolotsi", "Wynter Mmolotsi", "person",
         "BWA", False),
        ("direct", "The country is facing opposition from animal rights organizations to our policy of sustainable "
         "wildlife utilization of using hunting as a tool and empowerment to our local communities. The ministry, "
         "working with the hunting industry and affected community trusts stepped up efforts to counter this growing "
         "opposition to sustainable hunting through engagements carried out in the U.K. and Germany,", "said", "he",
         "Wynter Mmolotsi", "person", "BWA", False),
        ("indirect", "communities will be the hardest hit if the U.K. imposes restrictions", "says",
         "Siyoka Simasiku, director at the conservation coalition, Ngamiland Council of Non-Governmental Organisations",
         "Siyoka Simasiku", "person", "Ngamiland Council of Non-Governmental Organisations", False),
        ("direct", "The U.K. ban is going to be bad on community benefits as the U.K. is an economic superpower and might "
         "influence other countries to actually follow suit and then communities might lose the market that already "
         "exists as more hunters will not be coming to Botswana to hunt in community concessions due to the trophy "
         "bans,", "said", "he", "Siyoka Simasiku", "person", "Ngamiland Council of Non-Governmental Organisations",
         False),
        ("indirect", "revenue accrued from hunting does not significantly benefit Botswanans", "argues", "He",
         "Oaitse Nawa", "person", "Elephant Protection Society", False),
        ("direct", "They are giving us figures of the money that they made from hunting, but also let us look at the "
         "compensation that they give the people. And also the result of hunting, what does hunting bring to the local "
         "people because the animals that experience hunting, they tend to change their behavior and they kill people. "
         "That is why we are saying there should be proper research in that regard,", "said", "Nawa", "Oaitse Nawa",
         "person", "Elephant Protection Society", False),
    ],
    # line 16: Gunmen attack hotel in Somalia, killing at least 5
    "8006503": [
        ("indirect", "Gunmen stormed a hotel in the Somali city of Beledweyne on Tuesday, leaving at least five people "
         "dead and triggering an ongoing siege", "according to", "witnesses and a Somali lawmaker",
         "witnesses and a Somali lawmaker", "group", None, False),
        ("indirect", "local elders and government officials were meeting at the Qahira Hotel in central Somalia", "said",
         "federal lawmaker Dahir Amin Jesow", "Dahir Amin Jesow", "person", "SOM", False),
        ("direct", "They attacked the hotel at dawn this morning, with an explosion and then gunmen stormed it. At least "
         "five people including two well-respected elders were killed, and five others were injured,", "said",
         "Jesow", "Dahir Amin Jesow", "person", "SOM", False),
        ("indirect", "at least six people have been confirmed dead, while the siege continues", "said",
         "A VOA reporter in the town", "a VOA reporter in the town", "unnamed_person", "VOA", False),
        ("indirect", "Somali security forces backed by Djiboutian soldiers, who are part of the African Union Support and "
         "Stabilization Mission in Somaila, AUSSOM, and units of Ethiopian soldiers could be seen surrounding the "
         "hotel", "said", "The reporter", "a VOA reporter in the town", "unnamed_person", "VOA", False),
        ("indirect", "the death toll may be higher — up to 10 fatalities, including five al-Shabab militants, who were "
         "involved in the assault, and government soldiers", "say", "Local media reports", "Local media reports",
         "group", None, False),
        ("indirect", "there has been ongoing gunfire", "said", "an eyewitness", "an eyewitness", "unnamed_person", None,
         False),
        ("direct", "We can still hear sporadic gunfire from the hotel as some militants are still resisting and fighting "
         "with the security forces,", "said", "Mohamed Qoone, a resident who witnessed the attack", "Mohamed Qoone",
         "person", None, False),
        ("indirect", "responsibility for the attack", "claimed", "The Islamist militant group al-Shabab", "al-Shabab",
         "organization", "al-Shabab", False),
        ("indirect", "it had killed more than 10 people", "said", "the group", "al-Shabab", "organization", "al-Shabab",
         False),
        ("direct", "The operation dealt a significant blow to al-Shabab, eliminating key members of the group. In "
         "addition to the fatalities, the operation also led to the destruction of combat vehicles used by the "
         "militants.", "According to", "NISA", "National Intelligence and Security Agency", "organization", "SOM",
         False),
    ],
    # line 24: Militants attack train, take hostages in Pakistan's Balochistan province
    "8006651": [
        ("indirect", "the Jaffar Express was traveling north from Quetta, the provincial capital of Balochistan, to "
         "Peshawar, the provincial capital of Khyber Pakhtunkhwa, when it came under intense fire, hours after "
         "departure", "say", "Authorities", "Authorities", "group", "PAK", False),
        ("indirect", "responsibility for the attack", "claimed", "The Baloch Liberation Army, or BLA",
         "Baloch Liberation Army", "organization", "BLA", False),
        ("indirect", "it had blown up tracks and taken more than 100 passengers hostage", "said",
         "the banned separatist militant outfit", "Baloch Liberation Army", "organization", "BLA", False),
        ("indirect", "they were holding over 200 hostages", "claimed", "It", "Baloch Liberation Army", "organization",
         "BLA", False),
        ("indirect", "104 passengers, including 58 men, 31 women and 15 children, had been rescued, while 17 injured "
         "people were shifted to a hospital", "According to", "security sources", "security sources", "group", "PAK",
         False),
        ("indirect", "16 terrorists had been killed", "said", "The sources", "security sources", "group", "PAK", False),
        ("direct", "So far, it's no foot on the ground,", "told VOA",
         "Imran Hayat, the divisional railway superintendent in Quetta", "Imran Hayat", "person", "PAK", False),
        ("direct", "It's a no-signal area. They [attackers] stopped the train at a spot where there is no signal "
         "support,", "said", "the railway official", "Imran Hayat", "person", "PAK", False),
        ("indirect", "A train carrying security officials to beef up support had departed Quetta", "added", "Hayat",
         "Imran Hayat", "person", "PAK", False),
        ("direct", "Mobile and wireless signals are not working and, unfortunately, we are not able to get in touch with "
         "the crew,", "told VOA", "railway deputy controller Muhammad Sharifullah in Quetta", "Muhammad Sharifullah",
         "person", "PAK", False),
        ("indirect", "security forces, a rescue train and ambulances had been dispatched", "told",
         "Provincial spokesperson Shahid Rind", "Shahid Rind", "person", "PAK", False),
        ("indirect", "Pakistan experienced a 45% increase in terrorism deaths last year, compared to 2023",
         "According to", "the Global Terrorism Index 2025 released last week", "Global Terrorism Index 2025", "group",
         None, False),
        ("indirect", "the government of robbing the province of its rich natural resources", "accusing",
         "The separatist group", "Baloch Liberation Army", "organization", "BLA", False),
        ("indirect", "the claims that their joint ventures are depriving ethnic Baloch from economic opportunities and "
         "their share in the province's mineral wealth", "reject", "Both Pakistan and China", "Pakistan and China",
         "group", None, False),
        ("indirect", "the handlers of Tuesday's attack are based in Afghanistan", "have said", "Security sources",
         "security sources", "group", "PAK", False),
        ("indirect", "several recent attacks on militants present on Afghan soil", "has blamed", "Islamabad", "Pakistan",
         "country", "PAK", False),
        ("indirect", "providing sanctuary to anti-Pakistan fighters", "deny", "Afghan Taliban", "Afghan Taliban",
         "organization", "Taliban", False),
        ("indirect", "for attacking a military vehicle securing a supply convoy for a mining company operated by China",
         "took credit", "the BLA", "Baloch Liberation Army", "organization", "BLA", False),
        ("indirect", "the convoy was passing through Kalat when it came under attack, resulting in injuries to eight "
         "security personnel", "reported", "Pakistani authorities", "Pakistani authorities", "group", "PAK", False),
    ],
}


# The eighth part, labelled the same way (after the seventh part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --eighth``.
EIGHTH: dict[str, list[Record]] = {
    # line 8: Archaeologists use song to herald findings in Guinea-Bissau dig
    "8011218": [
        ("direct", "The griots have already sung it, but now we know it’s real,", "recounts", "Nino Galissa",
         "Nino Galissa", "person", None, False),
        ("indirect", "The song performed by Galissa is being shared along with a report of the archaeological findings",
         "told VOA", "Sirio Canos-Donnay from the Spanish National Research Council", "Sirio Canos-Donnay", "person",
         "Spanish National Research Council", False),
        ("direct", "He’s combined all of the ways and methods and phrases that are the trade of the griot with the "
         "archaeological information and, hence, using that we’ll be able to transmit what we’ve done to the local "
         "population in a much more effective manner.", None, None, "Sirio Canos-Donnay", "person",
         "Spanish National Research Council", True),
        ("direct", "Griots are not just important,", "said", "he", "Antonio Queba Banjai", "person", None, False),
        ("direct", "They are the puzzle you cannot miss in African history, because to know what we know now is because "
         "of griots. I am from the tree of the last emperor of Kaabu. We were educated by the music of kora. The "
         "storytellers tell us where we come from.", None, None, "Antonio Queba Banjai", "person", None, True),
        ("indirect", "she hoped that including oral storytelling in this report would show the academic world that "
         "things can be done differently and more inclusively", "said", "Canos-Donnay", "Sirio Canos-Donnay", "person",
         "Spanish National Research Council", False),
        ("direct", "We should pay and need to pay respect to local ways of producing and consuming history. And the "
         "collaboration and the knowledge that can come from that dialogue from these two disciplines is something "
         "that is quite extraordinary.", None, None, "Sirio Canos-Donnay", "person",
         "Spanish National Research Council", True),
        ("direct", "Kansala had a fairly spectacular end in the 1860s, when the town was sieged by an enemy kingdom, and "
         "the local king realized he was going to lose the battle,", "said", "she", "Sirio Canos-Donnay", "person",
         "Spanish National Research Council", False),
        ("direct", "The legend is he set fire to the gunpowder house and blew the whole site up. So, this particular "
         "point of the site is where the elders said it happened. And one of the fun things is we proved that’s where "
         "it properly did.", None, None, "Sirio Canos-Donnay", "person", "Spanish National Research Council", True),
        ("indirect", "West African ways of recording history should be taken as seriously as European techniques",
         "says", "He", "Joao Paulo Pinto", "person", None, False),
        ("direct", "In our system, when you talk about the ritual of passage - everything has a process, everything has "
         "a code of conduct,", "said", "he", "Joao Paulo Pinto", "person", None, False),
        ("direct", "All our oral history systems have a commitment to the truth. I have a commitment to the truth as I "
         "speak, just the same as a book has a commitment to the truth.", None, None, "Joao Paulo Pinto", "person",
         None, True),
        ("indirect", "the project will allow others to learn about the histories and kingdoms of West Africa that he "
         "says are too often neglected in school", "hopes", "he", "Antonio Queba Banjai", "person", None, False),
    ],
    # line 32: US clears out remaining migrants from Guantanamo Bay
    "8008349": [
        ("mixed", "40 detainees, including 23 “high-threat illegal aliens” incarcerated at the base’s detention center, "
         "were flown to Louisiana on Tuesday", "told VOA", "Two U.S. defense officials", "Two U.S. defense officials",
         "group", "USA", False),
        ("indirect", "the detainees were flown aboard a nonmilitary aircraft at the direction of officials with "
         "Immigration and Customs Enforcement", "said", "The officials", "Two U.S. defense officials", "group", "USA",
         False),
        ("direct", "due to pending litigation.", "declined", "an ICE spokesperson", "an ICE spokesperson",
         "unnamed_person", "USA", False),
        ("mixed", "many of the “high-threat illegal aliens” sent to Guantanamo are members of the Venezuelan street gang "
         "Tren de Aragua and have confessed to or been charged with murder, attempted murder, assault, weapons "
         "trafficking and drug crimes", "said", "U.S. Homeland Security Secretary Kristi Noem", "Kristi Noem",
         "person", "USA", False),
        ("indirect", "plans to use the U.S. naval base at Guantanamo Bay to hold migrants slated for deportation",
         "announced", "The Trump administration", "Trump administration", "organization", "USA", False),
        ("mixed", "the facilities would be used to house “the worst of the worst.”", "told reporters", "Noem",
         "Kristi Noem", "person", "USA", False),
        ("direct", "the prefect place", "called", "Defense Secretary Pete Hegseth", "Pete Hegseth", "person", "USA",
         False),
        ("indirect", "the base’s migrant operations center, first built in the 1990s, would also be opened for nonviolent "
         "migrants awaiting deportation", "said", "Defense Secretary Pete Hegseth", "Pete Hegseth", "person", "USA",
         False),
        ("indirect", "the moves violate U.S. law", "alleging", "One suit", "One suit", "group", None, False),
        ("indirect", "the U.S. government had prevented family members and lawyers from contacting the detainees",
         "alleged", "An earlier lawsuit filed in February", "An earlier lawsuit", "group", None, False),
        ("indirect", "the allegations in the lawsuits", "has dismissed", "DHS", "DHS", "organization", "USA", False),
        ("direct", "The American Civil Liberties Union appears far more interested in promoting open borders and "
         "disrupting public safety missions than in protecting the civil liberties of Americans — they should "
         "consider changing their name,", "told VOA", "a DHS spokesperson", "a DHS spokesperson", "unnamed_person",
         "USA", False),
        ("direct", "In the meantime, we will continue working with DOJ (Department of Justice) to fend off these "
         "baseless legal challenges.", None, None, "a DHS spokesperson", "unnamed_person", "USA", True),
    ],
    # line 38: Afghan Taliban Chief Hails Troop Exit as Kabul Bombing Death Toll Soars
    "6205629": [
        ("indirect", "the ongoing withdrawal of U.S. and NATO troops from the country", "praised",
         "The leader of Afghanistan’s Taliban insurgency", "Mawlawi Hibatullah Akhundzada", "person", "Taliban",
         False),
        ("direct", "We consider the withdrawal of forces by America and other foreign countries a good step and strongly "
         "urge that all parts of the Doha agreement be implemented,", "said", "Mawlawi Hibatullah Akhundzada",
         "Mawlawi Hibatullah Akhundzada", "person", "Taliban", False),
        ("direct", "Unfortunately, the American side has so far violated the signed agreement repeatedly and caused "
         "enormous human and material loss to civilians,", "alleged", "Akhundzada", "Mawlawi Hibatullah Akhundzada",
         "person", "Taliban", False),
        ("indirect", "all U.S. troops would be out by September 11", "announcing", "U.S. President Joe Biden",
         "Joe Biden", "person", "USA", False),
        ("indirect", "the delay", "denounced", "The Taliban", "Taliban", "organization", "Taliban", False),
        ("indirect", "to break their cease-fire with international forces that has been in place since the signing of "
         "the deal", "threatened", "The Taliban", "Taliban", "organization", "Taliban", False),
        ("indirect", "the troop drawdown has been under way smoothly", "say", "U.S. commanders", "U.S. commanders",
         "group", "USA", False),
        ("mixed", "the insurgent group has not lived up to its commitment to ease violence and engage in a “genuine "
         "peace process” with Afghan rivals", "alleges", "Washington", "United States", "country", "USA", False),
        ("mixed", "his forces had also “killed and injured 1,000\" Taliban fighters in the past week", "said",
         "The Afghan army chief", "the Afghan army chief", "unnamed_person", "AFG", False),
        ("indirect", "the Taliban for the latest rise in violence", "have blamed", "U.S. officials", "U.S. officials",
         "group", "USA", False),
        ("indirect", "all warring parties to reduce hostilities and resume stalled peace talks, known as intra-Afghan "
         "negotiations", "called on", "U.S. officials", "U.S. officials", "group", "USA", False),
        ("indirect", "the other of delaying and trying to subvert the dialogue", "accusing", "both Afghan rivals",
         "both Afghan rivals", "group", None, False),
        ("direct", "We prioritize negotiations and understanding… However, the Kabul administration has repeatedly tried "
         "to sabotage the ongoing political process through various means and continues to engage in such activity,",
         "said", "Akhundzada", "Mawlawi Hibatullah Akhundzada", "person", "Taliban", False),
        ("indirect", "the accusations", "rejected", "A spokesman for Afghan President Ashraf Ghani", "Mohammad Ameri",
         "person", "AFG", False),
        ("direct", "If the Taliban are sincere in what they say, then they must stop killing Afghan civilians and return "
         "to the negotiation table to discuss peace,", "told VOA", "Mohammad Ameri", "Mohammad Ameri", "person", "AFG",
         False),
        ("indirect", "the death toll had risen to at least 63 from Saturday’s multiple blasts outside a girls’ school in "
         "Kabul’s western Dasht-e-Barchi neighborhood", "told", "officials and victims’ families",
         "officials and victims’ families", "group", None, False),
        ("indirect", "attackers detonated a car bomb and two improvised explosive devices during the evening rush hour",
         "said", "Afghan Interior Ministry spokesman Tariq Arian", "Tariq Arian", "person", "AFG", False),
        ("indirect", "the Taliban of plotting the attack on the girls’ school", "accused", "Afghan officials",
         "Afghan officials", "group", "AFG", False),
        ("indirect", "involvement", "denied", "The insurgent group", "Taliban", "organization", "Taliban", False),
        ("indirect", "it condemns any violence against Afghan civilians", "saying", "The insurgent group", "Taliban",
         "organization", "Taliban", False),
        ("mixed", "the insurgents “should know that they will not achieve their evil goals through war.”", "saying",
         "Ghani", "Ashraf Ghani", "person", "AFG", False),
        ("mixed", "the Taliban “will be crushed” by Afghan security forces", "said", "He", "Ashraf Ghani", "person",
         "AFG", False),
    ],
    # line 46: Cameroon Poultry Farmers Urge Europe to Ease Trade Restrictions
    "6205512": [
        ("indirect", "authorities at home and in Europe to loosen trade restrictions put in place over the coronavirus "
         "pandemic and avian influenza", "calling on", "Cameroon's poultry farmers and sellers",
         "Cameroon's poultry farmers and sellers", "group", None, False),
        ("indirect", "providing food and education for her four children is proving difficult", "says", "who",
         "Patricia Lamou", "person", None, False),
        ("indirect", "her business started to nosedive in March 2020 when Cameroon reported its first cases of COVID-19",
         "says", "Lamou", "Patricia Lamou", "person", None, False),
        ("indirect", "her supplier blamed COVID-19-related travel restrictions by Cameroon and Europe for making regular "
         "supplies of chicks and hatching eggs impossible", "says", "She", "Patricia Lamou", "person", None, False),
        ("indirect", "European countries and Cameroon reduced commercial flights to stop the spread of the coronavirus",
         "says", "François Djonou, president of Cameroon's Interprofessional Association of Poultry Farmers",
         "François Djonou", "person", "Interprofessional Association of Poultry Farmers", False),
        ("indirect", "multiple European countries had outbreaks of highly pathogenic avian influenza, also known as bird "
         "flu", "reported", "the European Commission", "European Commission", "organization", "EU", False),
        ("indirect", "authorities on both sides to drop the trade restrictions", "pleading with",
         "Cameroon's chicken sellers", "Cameroon's chicken sellers", "group", None, False),
        ("indirect", "the situation has forced more than a third of Central Africa's 45,000 large- and small-scale "
         "chicken farmers and sellers out of business", "says", "The poultry farmers group",
         "Interprofessional Association of Poultry Farmers", "organization",
         "Interprofessional Association of Poultry Farmers", False),
        ("indirect", "regional production cannot keep up with demand", "says", "The group",
         "Interprofessional Association of Poultry Farmers", "organization",
         "Interprofessional Association of Poultry Farmers", False),
        ("indirect", "Central African states provide less than 20 million of the 150 million chickens needed in "
         "Cameroon, the Central African Republic, Equatorial Guinea and Gabon", "according to", "the group",
         "Interprofessional Association of Poultry Farmers", "organization",
         "Interprofessional Association of Poultry Farmers", False),
        ("indirect", "they are negotiating to import eggs and chicks from Brazil", "says",
         "Cameroon Livestock Ministry official Denise Abanda", "Denise Abanda", "person", "CMR", False),
        ("direct", "The importation of chicks and eggs from Brazil can be justified by the fact that the national poultry "
         "sector, which imports chicks and eggs from Europe, has difficulties to supply the local market with day-old "
         "chicks,", "said", "Abanda", "Denise Abanda", "person", "CMR", False),
        ("direct", "So, the decision of the ministry is to find another partner from Brazil to supply the local "
         "market.", None, None, "Denise Abanda", "person", "CMR", True),
        ("indirect", "Brazil can provide the quantity of eggs and chicks that Cameroon needs", "says", "Abanda",
         "Denise Abanda", "person", "CMR", False),
    ],
}


# The ninth part, labelled the same way (after the eighth part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --ninth``.
NINTH: dict[str, list[Record]] = {
    # line 26: The story of Chinese Americans who call Texas home
    "8008697": [
        ("indirect", "The state of Texas has the third-largest Asian American population in the United States",
         "according to", "the U.S. census", "U.S. census", "group", "USA", False),
        ("direct", "Oral history gives you a sense of immediacy and maybe more informality. And it's also unfiltered,",
         "said", "Anne Chao, HAAA co-founder and program manager", "Anne Chao", "person", "HAAA", False),
        ("direct", "Albert found himself only around 11 years old, coming back to the United States,", "said",
         "his daughter Linda Wu", "Linda Wu", "person", None, False),
        ("direct", "He was just working — working and trying to send money back to his mother.", None, None,
         "Linda Wu", "person", None, True),
        ("indirect", "her parents saw themselves as Americans but never forget their roots", "said", "Wu", "Linda Wu",
         "person", None, False),
        ("direct", "I always remember different people coming to live with us at the grocery store, family members who "
         "would start their roots here,", "said", "she", "Linda Wu", "person", None, False),
        ("direct", "For the Gee family, it's been discerned that we've come from about three to four villages in China,",
         "said", "Rogene Gee Calvert", "Rogene Gee Calvert", "person", None, False),
        ("direct", "'Paper sons' and 'paper daughters' are the names given to people who buy false papers,", "said",
         "Casey Dexter-Lee, an educator at Angel Island State Park in San Francisco Bay", "Casey Dexter-Lee", "person",
         None, False),
        ("direct", "It's about $100 for each year of life that the person claims,", "said", "she", "Casey Dexter-Lee",
         "person", None, False),
        ("direct", "So a 10-year-old would cost about $1,000 to buy false papers.", None, None, "Casey Dexter-Lee",
         "person", None, True),
        ("direct", "There was discrimination and, of course, there were natural barriers of language and just knowing how "
         "to navigate … how to get around and what to do,", "said", "Calvert", "Rogene Gee Calvert", "person", None,
         False),
        ("direct", "So, there were some elders who were well-spoken that were respected in the mainstream community that "
         "really helped our family.", None, None, "Rogene Gee Calvert", "person", None, True),
        ("indirect", "the first large group of Chinese immigrants arrived in Houston in the 1940s and '50s", "said",
         "Chao", "Anne Chao", "person", "HAAA", False),
        ("direct", "Even though Houston also was subject to Jim Crow law, the law wasn't applied the same way as [in] the "
         "other Southern states. And so, there's a sense of more equitable equity in Houston.", "said", "Chao",
         "Anne Chao", "person", "HAAA", False),
        ("mixed", "people, including Chinese Americans, settled in Houston because there was a \"sense of business "
         "opportunity.\"", "adding", "Chao", "Anne Chao", "person", "HAAA", False),
        ("direct", "They were just in between and just dependent upon how well the neighborhood or people accepted them,",
         "said", "Ted Gong, senior adviser to the Chinese American Museum in Washington", "Ted Gong", "person", None,
         False),
        ("direct", "Our Asian American students in particular said they want to see themselves represented in the "
         "curriculum,", "said",
         "Jennifer Kapral, director of education and outreach at Asia Society Texas Center", "Jennifer Kapral",
         "person", "Asia Society Texas Center", False),
        ("indirect", "The Asian population in the U.S. nearly doubled from 2000 to 2019 and is expected to continue to "
         "grow", "according to", "the Pew Research Center", "Pew Research Center", "organization",
         "Pew Research Center", False),
        ("indirect", "the history of the Asians who settled in the U.S. is missing from many textbooks", "said",
         "Kapral", "Jennifer Kapral", "person", "Asia Society Texas Center", False),
        ("direct", "There was a study that looked at 30 U.S. history textbooks from across the U.S., and they found that "
         "Asian American history was only mentioned in half of them. And of that half, it was an average of about one "
         "to two pages in the entire textbook. So, it's been a big gap.", None, None, "Jennifer Kapral", "person",
         "Asia Society Texas Center", True),
    ],
    # line 48: Somalia's Farmajo Signs Controversial Measure Extending Mandate by 2 Years
    "6204569": [
        ("indirect", "it had no other choice", "saying", "parliament’s lower house", "parliament’s lower house",
         "organization", "SOM", False),
        ("indirect", "the extension", "have denounced", "Opposition lawmakers, including those in the upper house",
         "Opposition lawmakers", "group", "SOM", False),
        ("indirect", "the president to avoid decisions that threaten the country’s stability", "urged",
         "Ilyas Ali Hassan, a member of the upper house", "Ilyas Ali Hassan", "person", "SOM", False),
        ("indirect", "Farmajo to return to talks on establishing an electoral system", "urged", "He",
         "Ilyas Ali Hassan", "person", "SOM", False),
        ("direct", "It is unconstitutional, both Farmajo and lower house of the people – [the] mandate has expired so the "
         "decision to extend their mandate by two years is null and void and this is absolutely [a] threat to the "
         "stability and unity of Somalia and the peaceful transfer of power that Somalia has maintained last 20 years,",
         "said", "Hassan", "Ilyas Ali Hassan", "person", "SOM", False),
        ("direct", "So we urged Farmajo to return to Afisiyoni talks immediately in order to reach agreement based on 17 "
         "September.", None, None, "Ilyas Ali Hassan", "person", "SOM", True),
        ("indirect", "they will no longer recognize Farmajo as president", "have said", "Those leaders",
         "the leaders of Puntland and Jubaland", "group", None, False),
        ("indirect", "if the September 17 agreement cannot be implemented, other options could be explored", "argue",
         "Civil society groups", "Civil society groups", "group", None, False),
        ("indirect", "the election of a new caretaker government within the next two years", "calling for", "Wasuge",
         "Mahad Wasuge", "person", "Somali Public Agenda", False),
        ("direct", "I believe political agreement is fundamental for a peaceful elections and Somalia’s political "
         "stability,", "said", "Wasuge", "Mahad Wasuge", "person", "Somali Public Agenda", False),
        ("direct", "Somali Public Agenda has recently published proposals which come through a political agreement which "
         "allows the parliament to stay in power for two more years while electing the new speakers and a president. "
         "This could be a solution for the current political crisis similar alternatives can also be explored but only "
         "way out is a dialogue and agreement by political stakeholders.", None, None, "Mahad Wasuge", "person",
         "Somali Public Agenda", True),
        ("mixed", "the United States is “deeply disappointed” by the approval of the legislative bill", "saying",
         "U.S. Secretary of State Antony Blinken", "Antony Blinken", "person", "USA", False),
        ("indirect", "sanctions and visa restrictions", "threatened", "The statement", "Antony Blinken", "person", "USA",
         False),
        ("indirect", "the Somali government’s actions would divide the country", "warned", "The European Union",
         "European Union", "organization", "EU", False),
        ("indirect", "sanctions may be imminent", "says", "Mudane", "Hassan Mudane", "person", None, False),
        ("direct", "I think the expected punitive measures by the international community will have a dire "
         "consequence,", "said", "Mudane", "Hassan Mudane", "person", None, False),
        ("direct", "The possible actions will include target sanctions such as asset freeze and travel ban. "
         "Additionally, they may impose trade sanctions on Somalia, cutting foreign aid and strengthening army embargo "
         "which could affect the fight against al-Shabab.", None, None, "Hassan Mudane", "person", None, True),
        ("indirect", "Somali leaders to agree to a way forward to resolve the electoral crisis", "urged",
         "The United Nations", "United Nations", "organization", "UN", False),
    ],
    # line 50: Former NATO Chief Calls for Common Front to Counter Trade Aggression
    "6205843": [
        ("indirect", "democratic nations to establish collective defense in the economic domain, as trade is increasingly "
         "being weaponized by Beijing", "called on", "The organization", "Alliance of Democracies", "organization",
         "Alliance of Democracies", False),
        ("mixed", "Global security continues to require hard power capabilities, “but security is now also a question of "
         "soft power capabilities, cyber, energy security, supply chain security, resilience to disinformation "
         "campaigns and much more,”", "told VOA", "Rasmussen", "Anders Fogh Rasmussen", "person", None, False),
        ("direct", "In my view, we are seeing an increasing trend of our own freedoms weaponized.", None, None,
         "Anders Fogh Rasmussen", "person", None, True),
        ("direct", "social media platforms that have facilitated democratic discourse have been turned into tools to "
         "spread disinformation by Russian bots,", "noting", "Rasmussen", "Anders Fogh Rasmussen", "person", None,
         False),
        ("direct", "our open economies have made us susceptible to massive Chinese strategic investment that has then "
         "been leveraged to serve China’s campaign of economic coercion.", "expressed concern", "Rasmussen",
         "Anders Fogh Rasmussen", "person", None, False),
        ("direct", "If economic coercion is being weaponized, then the free world must find ways to counter it,",
         "continued", "he", "Anders Fogh Rasmussen", "person", None, False),
        ("direct", "united we stand, divided we fall.", "explained", "He", "Anders Fogh Rasmussen", "person", None,
         False),
        ("indirect", "like-minded individuals and governments to co-sign the Copenhagen Charter", "urging",
         "his organization", "Alliance of Democracies", "organization", "Alliance of Democracies", False),
        ("mixed", "democratic nations to form an alliance and enact an “economic Article 5” similar to the clause in the "
         "North Atlantic Treaty Organization that has often been summed up as “an attack on one is an attack on all”",
         "calls on", "The Charter", "Alliance of Democracies", "organization", "Alliance of Democracies", False),
        ("direct", "many other democracies have been threatened with economic consequences by China for standing up for "
         "our values.", "adding", "Rasmussen", "Anders Fogh Rasmussen", "person", None, False),
        ("indirect", "nations to look beyond immediate interests and take a principled stand", "urged", "He",
         "Anders Fogh Rasmussen", "person", None, False),
        ("direct", "Short-term interests will lead us to become silent and complicit in these human rights abuses. That "
         "is what China wants, but we must maintain our own autonomy.", "urged", "He", "Anders Fogh Rasmussen",
         "person", None, False),
        ("direct", "the United States will not leave Australia alone on the field, or maybe I should say alone on the "
         "pitch, in the face of economic coercion by China.", "assured", "U.S. Secretary of State Antony Blinken",
         "Antony Blinken", "person", "USA", False),
    ],
}


# The tenth part, labelled the same way (after the ninth part's fixes), before parley was run on these
# stories: ``python eval/voa-speakers/build_gold.py --tenth``.
TENTH: dict[str, list[Record]] = {
    # line 58: Indonesia Education Lags Behind Region
    "6181132": [
        ("indirect", "Indonesian students are among the lowest performers in Southeast Asia", "according to",
         "a recent report, The Program for International Student Assessment (PISA) , released this month by the "
         "Organization for Economic Cooperation and Development (OECD)", "OECD", "organization", "OECD", False),
        ("direct", "It’s a wake-up call for all of us in the education sector,", "said",
         "Totok Amin Soefijanto, a policy expert at Paramadina University in Jakarta", "Totok Amin Soefijanto",
         "person", None, False),
        ("indirect", "their teachers rarely provided direct feedback to them", "said",
         "Sixty-five percent of students surveyed by PISA", "Sixty-five percent of students surveyed by PISA", "group",
         None, False),
        ("indirect", "One in five teachers are regularly absent", "according to", "the World Bank", "World Bank",
         "organization", "World Bank", False),
        ("indirect", "The government has run teacher competency tests and in 2015, the average score for the nearly three "
         "million teachers who took it was 53 percent", "according to",
         "an analysis by University of Melbourne professor Andrew Rosser", "Andrew Rosser", "person", None, False),
        ("direct", "We have not repeated the competency assessment since 2015, which I think was another one of our "
         "mistakes, because if we don’t measure this, we don’t know where their skills are decreasing,", "said",
         "Soefijanto", "Totok Amin Soefijanto", "person", None, False),
        ("indirect", "Indonesian teachers also face chronically low salaries and are often appointed on the basis of "
         "cronyism or favor-trading", "according to", "Rosser", "Andrew Rosser", "person", None, False),
        ("direct", "We also have challenges when it comes to geographic inequities, as we have a lot of remote areas in "
         "the country,", "said", "Jakarta-based social worker and activist Ryan Febrianto", "Ryan Febrianto", "person",
         None, False),
        ("direct", "It's a big country that has a lot of administrative areas, languages, and cultures, so what's "
         "important is to develop policies that can accommodate that.", None, None, "Ryan Febrianto", "person", None,
         True),
        ("mixed", "last year’s country results “must be seen in the context of the vast strides that Indonesia has made "
         "in increasing enrolment.”", "notes", "The OECD report itself", "OECD", "organization", "OECD", False),
        ("mixed", "when accounting for the weakness of new entrants into a school system, the fact that Indonesia’s "
         "results have been relatively stable over this period actually indicates that “Indonesia has been able to "
         "raise the quality of its education system.”", "According to", "the report’s authors",
         "the report’s authors", "group", None, False),
        ("mixed", "the PISA results “should not be packaged as good news”", "told",
         "Indonesia’s high-profile education minister, Nadiem Makarim", "Nadiem Makarim", "person", "IDN", False),
        ("mixed", "a “paradigm shift” in educational standards", "called for",
         "Indonesia’s high-profile education minister, Nadiem Makarim", "Nadiem Makarim", "person", "IDN", False),
        ("indirect", "the country’s National Examination would be revamped as a Minimum Competency Assessment that tests "
         "students on math and literacy skills", "announced", "He", "Nadiem Makarim", "person", "IDN", False),
        ("indirect", "Math was a particularly sore subject for Indonesian students, with only one percent of them "
         "performing at the highest levels, compared to 44 percent in mainland China and 37 percent in Singapore",
         "according to", "the report", "OECD", "organization", "OECD", False),
        ("indirect", "55 percent of Indonesians who complete school are functionally illiterate", "has also claimed",
         "The World Bank", "World Bank", "organization", "World Bank", False),
        ("indirect", "Students at religious boarding schools typically score lower than students at nonreligious schools "
         "on exams", "according to", "one 2017 study", "one 2017 study", "group", None, False),
        ("direct", "In recent years, I think the government has been focusing on maintaining and improving enrollment "
         "levels as well as improving school facilities… but we [still] have issues in terms of quality improvement,",
         "said", "Febrianto", "Ryan Febrianto", "person", None, False),
        ("direct", "sometimes or always feeling happy,", "reported", "91 percent of them", "91 percent of them",
         "group", None, False),
    ],
    # line 62: Vietnam Turning into Medical Tourism Destination for Dental, Cosmetic Care
    "6181245": [
        ("indirect", "medical tourists will emerge from the threefold increase in arrivals between 2010 and 2018", "hope",
         "Vietnamese officials", "Vietnamese officials", "group", "VNM", False),
        ("indirect", "Vietnam’s political stability, affordability of healthcare and the relatively high quality of "
         "certain types of medicine are driving the incipient trend already", "say", "country analysts",
         "country analysts", "group", None, False),
        ("direct", "I do see a trend of people coming here. It is cheaper to get things done here than it is in Thailand "
         "and definitely Singapore,", "said",
         "Mike Lynch, managing director with SSI Institutional Brokerage in Ho Chi Minh City", "Mike Lynch", "person",
         None, False),
        ("direct", "The biggest group is cosmetic surgery. There’s a lot of it going on here.", None, None, "Mike Lynch",
         "person", None, True),
        ("mixed", "More than 80,000 foreigners have traveled to Vietnam so far for medical “examinations and "
         "treatments”", "says", "the government-run Vietnam Investment Review news website",
         "Vietnam Investment Review", "organization", "VNM", False),
        ("indirect", "The country’s medical sector grows 18% to 20% per cent every year", "adds", "the website",
         "Vietnam Investment Review", "organization", "VNM", False),
        ("direct", "Vietnam is emerging as a key player in Southeast Asia’s medical tourism industry,", "says",
         "the consultancy", "Dezan Shira & Associates", "organization", "Dezan Shira & Associates", False),
        ("mixed", "Tran Quoc Bao, the planning and marketing director at City International Hospital in Ho Chi Minh "
         "City, told a regional conference earlier this year that Vietnam was a “preferred hub for healthcare and "
         "wellness services”", "says", "the investment review", "Vietnam Investment Review", "organization", "VNM",
         False),
        ("indirect", "medical tourism pays", "suggest", "Revenue from Singapore and Thailand",
         "Revenue from Singapore and Thailand", "group", None, False),
        ("indirect", "The Tourism Authority of Thailand anticipated 26 billion baht ($860 million) in gross medical "
         "tourism revenue last year, up 14% over 2017", "report", "Thai media", "Thai media", "group", None, False),
        ("indirect", "Singapore’s medical tourism revenue grew at a 10% compound annual growth rate in the to 2017, when "
         "it stood at $1 billion Singapore dollars ($737 million)", "says", "online magazine Healthcare Asia",
         "Healthcare Asia", "organization", "Healthcare Asia", False),
        ("indirect", "Medical tourism generates at least one-third of private hospital revenue in most Southeast Asian "
         "countries, and the Asia Pacific was the world’s biggest medical tourism market as of 2017", "has found",
         "Zion Market Research", "Zion Market Research", "organization", "Zion Market Research", False),
        ("indirect", "more than 2.8 million Chinese tourists visited Vietnam from January through July this year and the "
         "number of South Korean tourists rose 22% over a period against the same span of 2018 to more than 2.4 million "
         "arrivals", "show", "General Statistics Office data", "General Statistics Office", "organization", "VNM",
         False),
        ("mixed", "resorts have “tried to integrate facilities to make them more suitable for medical tourism”", "says",
         "Dezan Shira", "Dezan Shira & Associates", "organization", "Dezan Shira & Associates", False),
        ("mixed", "Dentistry is attracting Australians in “droves” as cosmetic surgery draws South Koreans", "said",
         "Ralf Matthaes, founder of the Infocus Mekong Research consultancy in Ho Chi Minh City", "Ralf Matthaes",
         "person", "Infocus Mekong Research", False),
        ("indirect", "Some of the dentists studied overseas and returned to Vietnam for work", "said", "he",
         "Ralf Matthaes", "person", "Infocus Mekong Research", False),
        ("indirect", "Dental work costs one-tenth of the prices asked in North America and the quality of doctors is "
         "slowly picking up", "said", "Lynch", "Mike Lynch", "person", None, False),
        ("indirect", "Regional medical service firms will eventually set up offices in Vietnam if not there already",
         "forecast", "he", "Mike Lynch", "person", None, False),
        ("indirect", "hospital care in Vietnam", "warned", "Matthaes, a Vietnam dweller of 25 years", "Ralf Matthaes",
         "person", "Infocus Mekong Research", False),
        ("mixed", "doctors put in the “wrong hardware” after he broke a leg and that successful medical malpractice "
         "lawsuits are rare", "said", "He", "Ralf Matthaes", "person", "Infocus Mekong Research", False),
        ("direct", "I would say it’s spotty at best, but if it comes to dental, and if it comes to plastic surgery, yes,",
         "said", "he", "Ralf Matthaes", "person", "Infocus Mekong Research", False),
        ("indirect", "his wife stayed in a hospital for four days to give birth", "said",
         "American energy consultant John Rockhold, 67", "John Rockhold", "person", None, False),
        ("direct", "To me things have really improved,", "said", "Rockhold, a Vietnam War veteran", "John Rockhold",
         "person", None, False),
        ("direct", "We’ve had our children here. My wife had to have a caesarian and we stayed in one of the "
         "international hospitals. I paid for the extra to have a suite. My mother in- law could stay with her, and "
         "she could order from five or six different restaurants. She was in there like four days and I got a bill of "
         "$1,200.", None, None, "John Rockhold", "person", None, True),
    ],
    # line 68: Kenyan court lifts orders blocking swearing-in of deputy president nominee
    "7846440": [
        ("direct", "Public interest in this matter favors giving way to the constitution, which in any event is the will "
         "of the people,", "said", "Judge Antony Mrima", "Antony Mrima", "person", "KEN", False),
        ("direct", "We choose to abide by that calling, as such public interest demands that the office of the deputy "
         "president should not remain vacant.", None, None, "Antony Mrima", "person", "KEN", True),
        ("indirect", "the validity of their appointment and their own impartiality", "contesting",
         "Gachagua's lawyers", "Gachagua's lawyers", "group", None, False),
        ("indirect", "all the charges", "denied", "Gachagua", "Rigathi Gachagua", "person", "KEN", False),
        ("indirect", "they agree with the removal of Gachagua", "telling VOA", "some", "some", "group", None, False),
        ("direct", "The outgoing deputy president was too abrasive. He couldn't tone down his language. He seemed "
         "divisive,", "said", "James Chege", "James Chege", "person", None, False),
        ("direct", "It wasn't good, especially when you are impeaching someone who's in the hospital. It was so "
         "untimely,", "said", "Edwin Mugalo", "Edwin Mugalo", "person", None, False),
        ("indirect", "about being left out", "complained", "Gachagua", "Rigathi Gachagua", "person", "KEN", False),
        ("indirect", "he was surprised the Ruto-Gachagua partnership lasted as long as it did", "said",
         "Kenneth Ombongi", "Kenneth Ombongi", "person", None, False),
        ("direct", "If I look at historical patterns, what’s happening is not new and was expected. The office of the "
         "vice president or the deputy president has always been as delicate as it is now,", "said", "Ombongi",
         "Kenneth Ombongi", "person", None, False),
        ("direct", "The two are of the same characteristics … I know our president ... He's strong, determined, "
         "opinionated, same thing with Gachagua. We say two bulls cannot share the same corral.", None, None,
         "Kenneth Ombongi", "person", None, True),
    ],
    # line 74: CAR pleads with fleeing civilians to return after rebels attack villages
    "7686618": [
        ("indirect", "civilians to go back to their villages", "pleading with", "Central African Republic officials",
         "Central African Republic officials", "group", "CAF", False),
        ("indirect", "a rebel group known as the Return, Reclamation, Rehabilitation, or 3R, has relaunched hostilities in "
         "the central African nation", "say", "Officials", "Officials", "group", "CAF", False),
        ("indirect", "3R rebels attacked nearly 10 villages between the towns of Bocaranga and Bazoum in northeastern "
         "C.A.R., near the Cameroon border", "said", "military sources", "military sources", "group", "CAF", False),
        ("indirect", "bodies of five government troops and six civilians have been found in villages since the attacks "
         "began Tuesday", "says", "The C.A.R. military", "C.A.R. military", "organization", "CAF", False),
        ("indirect", "it is still searching for bodies and transporting injured civilians to hospitals for treatment",
         "says", "The military", "C.A.R. military", "organization", "CAF", False),
        ("indirect", "several hundred troops and humanitarian workers were deployed to the villages to push back the "
         "rebels and protect civilians", "said", "officials", "officials", "group", "CAF", False),
        ("indirect", "about 10,000 civilians — including children — are hiding in the bush, and are hungry, thirsty and "
         "malnourished", "says", "She", "Glwadys Siopathis", "person", None, False),
        ("indirect", "a majority are reluctant to return to their homes because they believe rebels have simply "
         "retreated and could again attack villages for supplies", "says", "She", "Glwadys Siopathis", "person", None,
         False),
        ("indirect", "besides its troops, forces of the United Nations Multidimensional Integrated Stabilization Mission "
         "in the Central African Republic, or MINUSCA, have been deployed to protect civilians and their goods", "says",
         "The C.A.R.", "Central African Republic", "country", "CAF", False),
        ("indirect", "huge quantities of ammunition were seized and several rebels were either neutralized or captured",
         "say", "Both forces", "Both forces", "group", None, False),
        ("indirect", "civilians to return to villages where they will be protected by government troops",
         "is pleading with", "The C.A.R", "Central African Republic", "country", "CAF", False),
        ("indirect", "the government of the Central African Republic has ordered its military to immediately seal border "
         "areas where rebels traditionally attempt to pass through when attacked by government troops", "says",
         "Bruno Yapande, C.A.R.’s territorial administration minister", "Bruno Yapande", "person", "CAF", False),
        ("indirect", "several border security checkpoints have been erected to sort out rebels who disguise themselves "
         "as cattle ranchers or infiltrate civilian communities to escape to neighboring countries", "says", "He",
         "Bruno Yapande", "person", "CAF", False),
        ("indirect", "increasing insecurity and criminality caused by armed gangs and rebels operating in towns and "
         "villages along their border", "describe", "they", "Cameroon and C.A.R. officials", "group", None, False),
        ("indirect", "the 3R, formed in 2015, is one of several rebel groups in the central African state", "says",
         "The C.A.R.", "Central African Republic", "country", "CAF", False),
        ("indirect", "they protect Muslim cattle ranching populations from regular attacks by Christian anti-Balaka "
         "militias", "claim", "3R rebels", "3R rebels", "group", None, False),
        ("indirect", "the rebel group has several hundred armed fighters who fight to control villages on the C.A.R. "
         "border and regularly escape to eastern villages in Cameroon when attacked by government forces", "say",
         "C.A.R. officials", "C.A.R. officials", "group", "CAF", False),
        ("indirect", "the rebel group of killing, maiming, raping, looting, and regularly displacing civilians from the "
         "villages", "accuses", "The C.A.R.", "Central African Republic", "country", "CAF", False),
        ("indirect", "fighting in the C.A.R. has forced close to a million Central Africans to flee to neighboring "
         "countries, including Cameroon, the Democratic Republic of Congo, Nigeria and Chad", "says", "The U.N.",
         "United Nations", "organization", "UN", False),
    ],
}


# The eleventh part, the last three even-line stories, labelled the same way (after the tenth part's fixes),
# before parley was run on these stories: ``python eval/voa-speakers/build_gold.py --eleventh``.
ELEVENTH: dict[str, list[Record]] = {
    # line 52: Reporter's Notebook: The Ups, But Mostly Downs of Traveling From West Virginia to Rome During COVID
    "6205362": [
        ("direct", "All changed, changed utterly,", "lamented", "Ireland’s WB Yeats", "WB Yeats", "person", None, False),
        ("direct", "I call it COVID-crazy,", "lamented", "a JetBlue pilot", "a JetBlue pilot", "unnamed_person", None,
         False),
        ("direct", "There are a lot of people traveling who don’t normally travel and don’t know how to behave. There were "
         "fisticuffs at my gate today,", "added", "he", "a JetBlue pilot", "unnamed_person", None, False),
        ("direct", "People just want to travel,", "told", "a receptionist", "a receptionist", "unnamed_person", None,
         False),
        ("direct", "I am trying to get to Sardinia to see my 89-year-old mom before she dies from COVID,", "confided",
         "Carmella, a dark-haired Italian woman", "Carmella", "person", None, False),
        ("indirect", "144 coronavirus-related deaths Sunday with a daily tally of new infections of 9,148", "reported",
         "Italian authorities", "Italian authorities", "group", "ITA", False),
        ("indirect", "they hope to allow tourism to resume by early next month", "say", "Government ministers",
         "Government ministers", "group", "ITA", False),
        ("indirect", "it will all depend on the progress of the vaccination campaign, which as in the rest of the EU has "
         "been sluggish", "stress", "they", "Government ministers", "group", "ITA", False),
    ],
    # line 56: New Law in Sudan Dismantles Foundations of Bashir's Government
    "6180206": [
        ("indirect", "the law was passed under the constitutional draft signed between the military and protest leaders",
         "said", "Minister of Justice Naser Eldin Abdel Bari, who proposed the law to the ministers' council",
         "Naser Eldin Abdel Bari", "person", "SDN", False),
        ("indirect", "this law is directed at the National Congress Party, and allows the government to seize the NCP's "
         "assets and hand them to the ministry of finance and strategic planning", "says", "Abdel Bari",
         "Naser Eldin Abdel Bari", "person", "SDN", False),
        ("indirect", "as Sudanese, this is the happiest day, the people finally get rid of the repressive 30-year-old "
         "Bashir organization", "says", "Bob", "Omar Bob", "person", None, False),
        ("indirect", "this is another achievement of the December revolution", "adds", "He", "Omar Bob", "person", None,
         False),
        ("indirect", "reforms and Bashir's ouster", "demanded", "They", "Tens of thousands of Sudanese", "group", None,
         False),
        ("indirect", "his National Congress Party be eliminated", "have demanded", "protesters", "protesters", "group",
         None, False),
        ("indirect", "the timing of this decision is important to Sudan’s current transition", "thinks",
         "Political analyst Alfatih Mahmoud", "Alfatih Mahmoud", "person", None, False),
        ("indirect", "the decision to dissolve the National Congress Party is a strategic decision issued at the right "
         "time, as the coming phase of political change will determine the directions of the revolution", "says",
         "Mahmoud", "Alfatih Mahmoud", "person", None, False),
        ("indirect", "that couldn't happen without dismantling the NCP", "says", "He", "Alfatih Mahmoud", "person", None,
         False),
        ("mixed", "\"illegal\" government is confiscating party assets because it had not solved the country's economic "
         "crisis", "says", "The National Congress Party", "National Congress Party", "organization",
         "National Congress Party", False),
    ],
    # line 64: Charity: 1.2 Million Nigerians Beyond Humanitarian Access
    "6183254": [
        ("indirect", "insecurity caused by the Boko Haram conflict has put more than a million Nigerians beyond the reach "
         "of humanitarian workers", "says", "The charity Doctors Without Borders", "Doctors Without Borders",
         "organization", "MSF", False),
        ("indirect", "the population of northeast Nigeria is being victimized by all sides in the Boko Haram conflict, "
         "which has been going on for 11 years", "reports", "The aid group, known by its French acronym MSF",
         "Doctors Without Borders", "organization", "MSF", False),
        ("indirect", "it has the upper hand over the Islamist insurgents", "says", "The Nigerian military",
         "Nigerian military", "organization", "NGA", False),
        ("indirect", "the humanitarian situation is still dire, especially in Borno state", "according to",
         "MSF and U.N. agencies", "MSF and U.N. agencies", "group", None, False),
        ("indirect", "peoples’ movements are limited by the two main Boko Haram factions and the government, depriving "
         "them of their traditional ways of life", "says",
         "Luis Eguiluz, who headed the agency’s mission in Nigeria for the past two years", "Luis Eguiluz", "person",
         "MSF", False),
        ("indirect", "people are subject to attacks, abductions, abuse and exploitation; women and girls are victims of "
         "rape and other forms of sexual assault", "says", "He", "Luis Eguiluz", "person", "MSF", False),
        ("direct", "We are talking about one of the most or biggest humanitarian crises of the last decades. "
         "Seven-point-one million people in need are dependent on humanitarian assistance for survival. They depend "
         "upon the most basic needs and services; food, water, health, shelter,", "said", "Eguiluz", "Luis Eguiluz",
         "person", "MSF", False),
        ("indirect", "despite insecurity, humanitarian workers can reach the majority of the people", "says", "He",
         "Luis Eguiluz", "person", "MSF", False),
        ("indirect", "MSF and other agencies have no access at all to the 1.2 million people living in areas controlled by "
         "Boko Haram’s largest faction, the one allied with Islamic State", "told VOA", "Eguiluz", "Luis Eguiluz",
         "person", "MSF", False),
        ("indirect", "these Nigerians live in 22 enclaves in Borno state", "According to", "recent U.N. figures",
         "United Nations", "organization", "UN", False),
        ("indirect", "the Nigerian army does not allow humanitarian agencies to go to these areas because this would be "
         "in violation of international counterterrorism laws", "says", "Equiluz", "Luis Eguiluz", "person", "MSF",
         False),
        ("direct", "These counterterrorism laws prevent humanitarian actors to negotiate with all actors, parties in "
         "conflict because they are considered terrorists. So, to collaborate with a terrorist is making you a "
         "terrorist,", "said", "he", "Luis Eguiluz", "person", "MSF", False),
        ("indirect", "these laws are preventing access because negotiating with armed groups is considered a crime",
         "notes", "Equiluz", "Luis Eguiluz", "person", "MSF", False),
        ("indirect", "the Nigerian government to allow international humanitarian law to supersede the one on "
         "counterterrorism", "calling on", "MSF", "Doctors Without Borders", "organization", "MSF", False),
        ("indirect", "This, he says, would enable humanitarian agencies to get access to the 1.2 million Nigerians in "
         "desperate need of aid", "says", "he", "Luis Eguiluz", "person", "MSF", False),
    ],
}

KEYS = ("kind", "content", "cue", "speaker_mention", "speaker_name", "speaker_type", "affiliation", "floating")


def build(gold: dict[str, list[Record]]) -> list[dict]:
    stories = {str(s["id"]): s for s in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())}
    docs = []
    for doc_id, records in gold.items():
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
    parts = {"--second": SECOND, "--third": THIRD, "--fourth": FOURTH, "--fifth": FIFTH, "--sixth": SIXTH, "--seventh": SEVENTH, "--eighth": EIGHTH, "--ninth": NINTH, "--tenth": TENTH, "--eleventh": ELEVENTH}
    part = next((parts[flag] for flag in sys.argv[1:] if flag in parts), GOLD)
    for doc in build(part):
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
