"""A quoted "they" that does an act of force stands for the nearest plural party able to do it
named in the quotation or just before it opens, never the speaker's own side nor the act's
recipient; a "they" that stands for no one found is no doer's name (table-driven, one
illustrative text per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (text, the act's trigger, the antecedent's words; None: the pronoun stays unresolved)
QUOTED = [
    # the armed party of the narrative just before the quotation opened
    ("Militia fighters took control of the town on Sunday. “It was chaos,” she said from her "
     "base, where her unit has gone since. “The shelling was heavy. They hit the school.”",
     "hit", "Militia fighters"),
    # those who held the speaker, named two sentences before her words
    ("Her family paid a large sum to free her from captors who had held her in Syria. Her "
     "son waits at the door. “They beat me and my son,” she says.", "beat", "captors"),
    # a party named earlier in the quotation itself
    ("“The soldiers came at night to our village,” the farmer said. “They burned our houses "
     "and took our sheep.”", "burned", "The soldiers"),
    # the speaker's own unit ("her unit") is no antecedent; nothing else armed is named
    ("She spoke from her base, where her unit has gone since. “The shelling was heavy. They "
     "hit the school.”", "hit", None),
    # a quotation broken by who says it is one: the party before its first part
    ("Government troops took the valley on Sunday. Food ran short. “The shelling never "
     "stopped,” said a farmer from the valley. “They hit the clinic.”", "hit", "Government troops"),
    # the speaker's own body is not the other side
    ("YPG fighters held the line for weeks. Food ran short in the town. “The shelling never "
     "stopped,” said a YPG commander. “They hit the clinic.”", "hit", None),
    # the body a named speaker is said to be of ("Omar Saleh, a militia captain") is his own
    ("Militia fighters guarded the bridge for days. Bread ran out in the village. “The noise "
     "never ended,” said Omar Saleh, a militia captain. “They hit the bakery.”", "hit", None),
    # nor is the body a spokesman speaks for
    ("Navy units bombarded the port on Friday. Markets shut. “They shelled the docks too,” a navy "
     "spokesman told reporters.", "shelled", None),
    # a state's offices and lawmakers are not able to storm a building
    ("Pupils marched to the ministry on Friday. Dozens joined. “They stormed the office,” he "
     "said.", "stormed", None),
    # a mark glued to the word before it tells not where the quotation opens
    ("Insurgents shelled the port in 2018. Many left. Water ran out. Banks closed. Cafes closed. "
     "He said,“the sky was red. They shelled the school.”", "shelled", None),
    # a "they" taken for the civilian who speaks, in a strike only armies make
    ("The rebels and the navy fought for the harbour all month. Many left. “They shelled the "
     "school,” said a fisherman.", "shelled", "The rebels and the navy"),
    # quotations of different speakers are not one
    ("Insurgents shelled the port in 2018. “It was loud,” a nurse said. “It was long,” a driver "
     "said. “It was grim,” a farmer said. “They shelled the school,” he said.", "shelled", None),
    # a business is not able to storm a building
    ("“Her mother and I once held a sit-in at Acme Stores,” he says. “Most of her ideas came "
     "from her mother. They stormed the town hall in old clothes.”", "stormed", None),
]


@pytest.mark.parametrize(("text", "trigger", "antecedent"), QUOTED)
def test_doers5_quoted_they_stands_for_the_armed_party_named_before(
        some_events_in, text, trigger, antecedent):
    acts = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert acts
    doer = acts[0].source
    if antecedent is None:
        # no one found: the event shows no pronoun as its doer's name
        assert doer is None or not (doer.name or doer.text), doer
    else:
        assert doer is not None and doer.antecedent == antecedent, doer
        assert doer.text.lower() == "they", doer


# (text, trigger): acts that no test of ability tells the doer of keep none, and so does a
# pronoun no one is named for
UNRESOLVED = [
    ("She begged to go to the front for months. “She was strong and never gave up. In the end, "
     "they gave in.”", "gave"),
    ("“They were strong,” she said of the decision. “They urged patience and chose to stay.”",
     "urged"),
    # any pronoun of the third person found for no one: "she", "it"
    ("That is why she filed suit against the Acme Foundation over its accounts.", "filed"),
    ("He tried to disarm a mine on the road near the village and it exploded next to him.",
     "exploded"),
]


@pytest.mark.parametrize(("text", "trigger"), UNRESOLVED)
def test_doers5_quoted_they_unresolved_is_no_name(some_events_in, text, trigger):
    acts = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert acts
    for e in acts:
        assert e.source is None or not (e.source.name or e.source.text), e.source
