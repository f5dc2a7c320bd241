"""A constructed syndication set: stories, their republished copies, and same-topic stories that must stay apart.

Copies are made the way republishing sites make them: another dateline, the
site's boilerplate (navigation, "Read more", copyright), light edits (a word
changed, "U.S." for "US", a sentence or the last paragraph dropped). Gold
groups are the story families. Shared by ``tests/test_syndication.py`` and
the threshold measurement in ``docs/notions.md``.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    family: str  # gold group: copies of one story share it
    outlet: str
    published: str


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z])")

_EDITS = [
    ("U.S.", "US"), ("United States", "U.S."), (" said ", " says "), ("Tuesday", "on Tuesday"),
    ("percent", "%"), ("the US diplomat", "the American diplomat"), ("added", "stressed"),
    (" President ", " president "), ("Ukraine's", "Ukrainian"), ("according to", "per"),
]

_HEADERS = [
    "Home | World | Politics | Europe\nSubscribe to our newsletter\n",
    "Share this:\nFollow us on Telegram\n",
    "Advertisement\nRead more: Talks in Geneva end without result\n",
]
_FOOTERS = [
    "\nRelated: Kremlin comments on the talks\n© 2022 {outlet}. All rights reserved.",
    "\nTags: diplomacy, security\nSign up for our daily briefing",
    "\nPhoto: {outlet}\nThe views expressed in this article are the author's own.",
]


def republish(text: str, *, dateline: str, outlet: str, rng: random.Random, strength: int = 1) -> str:
    """A copy of ``text`` as another site would publish it."""
    sentences = _SENTENCE_END.split(text.strip())
    if strength >= 2 and len(sentences) > 6:
        sentences = sentences[: int(len(sentences) * 0.75)]  # the site cut the last quarter
    if strength >= 1 and len(sentences) > 4:
        del sentences[rng.randrange(1, len(sentences) - 1)]  # and one sentence in the middle
    body = " ".join(sentences)
    for old, new in rng.sample(_EDITS, 4):
        body = body.replace(old, new, 1)
    header = rng.choice(_HEADERS)
    footer = rng.choice(_FOOTERS).format(outlet=outlet)
    return f"{header}{dateline} {body}{footer}"


# Stories on the seed's topic (indivisible security, US-Russia talks) that are NOT copies of it.
SAME_TOPIC = [
    ("lavrov-letter", "Lavrov", "2022-02-01T09:00",
     "MOSCOW, February 1. Russian Foreign Minister Sergei Lavrov has sent a letter to his counterparts in the "
     "United States, Canada and European countries asking how they understand the principle of indivisible "
     "security. \"We want to know how each of them understands the obligation not to strengthen one's own "
     "security at the expense of the security of others,\" Lavrov said. The minister referred to the 1999 OSCE "
     "Charter for European Security and the Astana Declaration adopted at the 2010 OSCE summit. Russia expects "
     "a clear answer rather than a collective reply from NATO, he added. The letter follows the US written "
     "response to Russian proposals on security guarantees."),
    ("ryabkov-guarantees", "Interfax", "2022-02-03T14:20",
     "Deputy Foreign Minister Sergei Ryabkov said on Thursday that Moscow sees no progress on its demand for "
     "legally binding security guarantees. \"The key issues remain unanswered,\" Ryabkov told reporters. He "
     "said NATO's open door policy and the deployment of strike weapons near Russia's borders are the central "
     "problems. The United States has offered talks on arms control and transparency measures, which Ryabkov "
     "called a secondary track. Russia will decide on its next steps after studying the responses in full."),
    ("blinken-response", "State Department", "2022-02-02T18:00",
     "WASHINGTON — Secretary of State Antony Blinken said the United States delivered a written response to "
     "Moscow that sets out a serious diplomatic path if Russia chooses it. \"We are ready to discuss "
     "reciprocal transparency measures and arms control,\" Blinken said at a news conference. He said the "
     "response upholds the principle that countries are free to choose their own alliances. Under Secretary "
     "Victoria Nuland said separately that Washington believes in security for all of Europe and wants "
     "de-escalation on Ukraine's borders. NATO allies were consulted on every line of the document, Blinken added."),
]

_VOA_FAMILIES = ["8010030", "8007271", "8005899", "6205843", "8011115"]
_COPY_SITES = [
    ("KYIV, {date} (UNIAN) -", "UNIAN"), ("LONDON —", "Euronews"), ("NEW DELHI, {date} (ANI):", "ANI"),
    ("Geneva, {date} /dpa/ -", "dpa"), ("TORONTO —", "Global News"),
]


def constructed_set(seed_text: str, voa_path: Path | None = None) -> list[Doc]:
    rng = random.Random(5)
    docs = [Doc("seed", seed_text, "seed", "ARTSAKHPRESS", "2022-02-04T10:11")]
    body = seed_text.replace("STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS: ", "")
    body = body.replace("February 4, 2022, 10:11 US believes in indivisible security, wants to discuss it with Russia - US diplomat\n\n", "")
    docs.append(Doc("seed-tass", republish(body, dateline="WASHINGTON, February 4. /TASS/.", outlet="TASS", rng=rng),
                    "seed", "TASS", "2022-02-04T08:30"))
    docs.append(Doc("seed-armenpress",
                    republish(body, dateline="YEREVAN, FEBRUARY 4, ARMENPRESS.", outlet="Armenpress", rng=rng, strength=2),
                    "seed", "Armenpress", "2022-02-04T12:05"))
    for ident, outlet, published, text in SAME_TOPIC:
        docs.append(Doc(ident, text, ident, outlet, published))
    voa_path = voa_path or REPO / "examples" / "voa" / "voa_stories.jsonl"
    stories = [json.loads(line) for line in voa_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for story in stories:
        ident = f"voa-{story['id']}"
        date = story["published"][:10]
        docs.append(Doc(ident, story["text"], ident, "VOA", story["published"]))
        if story["id"] in _VOA_FAMILIES:
            for n, (dateline, outlet) in enumerate(rng.sample(_COPY_SITES, 2)):
                text = republish(story["text"], dateline=dateline.format(date=date), outlet=outlet, rng=rng,
                                 strength=1 + n)
                docs.append(Doc(f"{ident}-copy{n + 1}", text, ident, outlet, story["published"]))
    return docs


def pairwise_scores(docs: list[Doc], predicted_group: dict[str, object]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping against the families (singletons: no pairs)."""
    true_pairs, predicted_pairs = set(), set()
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            if a.family == b.family:
                true_pairs.add((a.id, b.id))
            group_a, group_b = predicted_group.get(a.id), predicted_group.get(b.id)
            if group_a is not None and group_a == group_b:
                predicted_pairs.add((a.id, b.id))
    hits = len(true_pairs & predicted_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    return precision, recall
