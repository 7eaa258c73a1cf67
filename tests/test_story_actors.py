"""The doer of an act its clause does not name, from the story around it, on illustrative
sentences and short articles written for the project (table-driven): filled only where it is
safe, with the earlier words shown, and never a party that received such an act."""

from __future__ import annotations

import pytest


def _event(events_in_unfiltered, text, trigger, nth=0):
    """The ``nth`` event on ``trigger``, the realness veto off: the doer from the story is read
    on every event, and the veto (refitted as the coder changes) is not what these rows test."""
    events = events_in_unfiltered(text)
    found = [e for e in events if e.trigger == trigger]
    assert len(found) > nth, [(e.event_type, e.trigger) for e in events]
    return found[nth]


# (text, trigger, which of its events, the actor's words, its antecedent, its country)
FILLED = [
    # a passive done "by" a party, said after another phrase of the verb
    ("Most of the dead were killed in breach of the law by the Belarusian army.", "killed", 0,
     "the Belarusian army", None, "BLR"),
    # a participle joined to an adjective, done by a party
    ("The Kurds, armed and supported by the Spanish government, have held the line.",
     "supported", 0, "the Spanish government", None, "ESP"),
    # the subject of a passive that only tells the act expected
    ("The Estonian president is set to host a summit of Baltic leaders in Tallinn.", "host", 0,
     "The Estonian president", None, "EST"),
    ("Chilean troops are expected to attack the camps this week.", "attack", 0,
     "Chilean troops", None, "CHL"),
    # the one whose decision the act is, named before the noun
    ("The Danish decision to expel two diplomats has angered Moscow.", "expel", 0,
     "Danish", None, "DNK"),
    # the subject of the verb that makes the plan
    ("Turkish troops are making final plans to attack the Kurdish militia.", "attack", 0,
     "Turkish troops", None, "TUR"),
    # "we" in a quotation its speaker closes a sentence later
    ("\u201cWe are pulling back from the border. We will not return,\u201d the Danish defence "
     "minister said.", "pulling", 0, "We", "the Danish defence minister", "DNK"),
    # the same act done again, in the passive: the one who did it before
    ("The Syrian army shelled the town of Douma on Monday. On Tuesday the town was shelled "
     "again.", "shelled", 1, "", "The Syrian army", "SYR"),
    ("Kenyan police arrested 12 protesters in Nairobi on Friday. Six more protesters were "
     "arrested on Saturday.", "arrested", 1, "", "Kenyan police", "KEN"),
    # the outcome of the act of force told just before, in a passive of another verb
    ("Chilean troops launched an offensive against the rebels near the border. Dozens of "
     "fighters were killed.", "killed", 0, "", "Chilean troops", "CHL"),
    ("Estonian police raided a warehouse in Tartu on Friday. Three men were arrested.",
     "arrested", 0, "", "Estonian police", "EST"),
]


@pytest.mark.parametrize("text, trigger, nth, words, antecedent, country", FILLED)
def test_story_actors_fill_the_doer_the_story_names(events_in_unfiltered, text, trigger, nth, words,
                                                    antecedent, country):
    source = _event(events_in_unfiltered, text, trigger, nth).source
    assert source is not None, source
    assert source.text == words, source
    assert source.antecedent == antecedent, source
    assert source.country == country, source
    if antecedent is not None:  # the country came with the antecedent
        assert source.country_from == "antecedent", source
    if not words:  # no words of its own
        assert source.char_start is None, source


# (text, trigger, which of its events): no actor is safe, so none is given
UNFILLED = [
    # two sides did such acts before: neither is the doer
    ("Syrian troops shelled Idlib on Monday. Rebel fighters shelled Aleppo on Tuesday. On "
     "Wednesday the town was shelled again.", "shelled", 2),
    # the party the act is done to is never its doer
    ("Ukrainian soldiers attacked a Russian convoy near Kharkiv. Later the Ukrainian soldiers "
     "were attacked in their trenches.", "attacked", 1),
    # the nearest act of the kind was done by no one named: its doer may have done this one
    ("Iran threatened to shell Iraqi towns in retaliation for an air raid on the city of "
     "Susangerd where, it said, 100 people were killed.", "killed", 0),
    # a passive act expected is done to its subject, not by it
    ("The rebels are expected to be attacked in the mountains.", "attacked", 0),
    # those said to have died are the dead, not the doers
    ("Three Estonian soldiers are said to have died in an airstrike near the border.", "died",
     0),
    # an act the story has not seen before has no doer from it
    ("Nigerian police arrested four students in Lagos. A church was burned on Sunday.",
     "burned", 0),
    # the outcome of an act of force told just before is not the doer's own forces' loss
    ("The Chilean army shelled rebel positions near the border. Two soldiers were killed.",
     "killed", 0),
    # nor of one told further back than the sentence before (and than a paragraph or two,
    # where the one side attacking lends its name: see actor_attackers)
    ("Estonian troops shelled a village near Tartu on Friday. The village stands near the "
     "border. Farmers grow rye there. Its roads are poor. Three men were killed.", "killed",
     0),
    # a coercion not done by force tells the outcome of no seizure after it
    ("The Danish government stripped two fighters of their citizenship. The two fighters were "
     "seized in Syria last month.", "seized", 0),
]


@pytest.mark.parametrize("text, trigger, nth", UNFILLED)
def test_story_actors_leave_the_doer_empty_where_it_is_not_safe(events_in_unfiltered, text,
                                                                trigger, nth):
    source = _event(events_in_unfiltered, text, trigger, nth).source
    assert source is None or source.antecedent is None and source.text, source
