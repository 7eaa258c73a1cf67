"""Stage ``locate``: what several parties say or agree together after a gathering the sentence
before tells of is said where they met (articles written for the project)."""

from __future__ import annotations

import pytest

_WAR = "The war in Ukraine has gone on for two years. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # the gathering told in the sentence before, by its verb or its noun
    (_WAR + "European leaders gathered in Brussels on Thursday. France and Germany agreed to "
     "fund a new air defence system.", "agreed", "Brussels"),
    (_WAR + "Emmanuel Macron and Olaf Scholz met in Berlin on Monday. The two leaders agreed to "
     "fund a new air defence system.", "agreed", "Berlin"),
    (_WAR + "Emmanuel Macron met Olaf Scholz in Berlin on Monday. France and Germany agreed to "
     "fund a new air defence system.", "agreed", "Berlin"),
    # ... and on through what the same parties go on to say
    (_WAR + "Emmanuel Macron and Olaf Scholz met in Berlin on Monday. The two leaders agreed to "
     "fund a new air defence system. They also called on Russia to withdraw its troops.",
     "called", "Berlin"),
    # a gathering only planned is no place of what is said after it
    (_WAR + "The EU will host a meeting in New York next week. France and Germany said they "
     "would contribute to the fund.", "contribute", None),
    # a meeting verb whose object is a thing tells of no gathering
    (_WAR + "The plan met fierce resistance in Brussels on Thursday. France and Germany agreed "
     "to fund a new air defence system.", "agreed", None),
    # one whose object is parties does
    (_WAR + "The two ministers met their counterparts in Vienna on Monday. France and Germany "
     "agreed to fund a new air defence system.", "agreed", "Vienna"),
])
def test_locate_joint_words_are_said_where_the_parties_met(event_on_unfiltered, text, trigger,
                                                            town):
    place = event_on_unfiltered(text, trigger).location
    assert (place.name if place is not None and place.precision < 3 else None) == town


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # nor is a gathering the place of one party's words: they are said at home (its country),
    # not in the town the others met in nor in the country they are about
    (_WAR + "Emmanuel Macron met Olaf Scholz in Berlin on Monday. The Polish president "
     "condemned the shelling of Kyiv.", "condemned", "POL"),
])
def test_locate_one_partys_words_not_where_others_met(event_on_unfiltered, text, trigger,
                                                      country):
    place = event_on_unfiltered(text, trigger).location
    assert place is not None and (place.country, place.precision) == (country, 3)


_AFRIN = "Turkish troops shelled Afrin in northern Syria on Monday. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a tally over a span of time is no one scene: the story's town does not carry to it
    (_AFRIN + "Anna Campbell was killed when a missile struck her position in Afrin. She was one "
     "of eight British volunteers killed since the first foreign fighters arrived in 2014.",
     "killed", None),
    # a place named only in what someone is is no scene of the story
    (_AFRIN + "Erdogan was once one of the loudest advocates of regime change in Damascus. His "
     "troops attacked Kurdish positions on Tuesday.", "attacked", None),
    # a scene goes on
    (_AFRIN + "The town was under heavy fire in the morning. They also attacked a village "
     "nearby.", "attacked", "\u2018Afr\u012bn"),
    ("Fighting raged in Afrin. Anna Campbell was in Afrin with her unit. She was killed two "
     "weeks later.", "killed", "\u2018Afr\u012bn"),
])
def test_locate_story_place_carries_only_to_one_scene(event_on_unfiltered, text, trigger, town):
    place = event_on_unfiltered(text, trigger).location
    assert (place.name if place is not None and place.precision < 3 else None) == town
