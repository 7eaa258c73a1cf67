"""Stage ``locate``: a speaker's words are said where the story tells the speaker is: the place
they speak "from" (where they are, not one occasion) and the place they are visiting."""

from __future__ import annotations

import pytest

_STORY = "The war in Syria goes on. Turkish jets bombed Afrin. "


_THERE = [
    # where she speaks from holds for her words told before it, not only the sentence beside it
    (_STORY + "Dana Holt has come forward to urge Britain to help the volunteers. Holt spent "
     "a month in Afrin during the siege. “It was chaos,” she said from her base in the city "
     "of Qamishli.", "urge", "Al Qamishli"),
    # her own "we" in the quotation after the one said from there
    ("Carla Ruiz spent a month in Mosul during the siege. “It was chaos,” she said from her "
     "base in the city of Erbil. “We need support,” she added.", "need", "Erbil"),
    ("Carla Ruiz spent a month in Mosul during the siege. “It was chaos,” she said from her "
     "base in the city of Erbil. “I condemn the militia,” she added.", "condemn", "Erbil"),
    # his quoted words right after the speech's sentence go on with that speech
    ("Erdogan rejected the criticism. He said in a speech in Izmir on Monday that troops "
     "would stay. “We will not retreat, and we reject the demands of the US,” he said.",
     "reject", "Izmir"),
    # "he" two sentences on, each led by the same pronoun, still stands for the named speaker
    ("Binali Yildirim was speaking at a forum in London on Tuesday. He rejected the new "
     "sanctions. He accused Washington of arming the militia.", "accused", "London"),
    # a visitor is at the place visited: a relative clause, a participle
    ("Sergei Lavrov, who was visiting Ankara, warned Washington against arming the militia.",
     "warned", "Ankara"),
    ("Sergei Lavrov, visiting Ankara on Tuesday, warned Washington against arming the militia.",
     "warned", "Ankara"),
]
_NOT_THERE = [
    # the strikes she tells of were not made where she is
    (_STORY + "Dana Holt has come forward to urge Britain to help the volunteers. “It was "
     "chaos,” she said from her base in the city of Qamishli.", "bombed", "Al Qamishli"),
    # a meeting is held where the parties met, not where one of them speaks from
    (_STORY + "Dana Holt has come forward to urge Britain to help the volunteers. During "
     "that time she met Ana Lind. “It was chaos,” she said from her base in the city of "
     "Qamishli.", "met", "Al Qamishli"),
    # another speaker's words are not said where she is
    (_STORY + "The Kurdish commander Rojda Felat condemned the strikes. “It was chaos,” Dana "
     "Holt said from her base in the city of Qamishli.", "condemned", "Al Qamishli"),
    # what is said in one speech holds only for the words beside it
    (_STORY + "Erdogan rejected the demands of the opposition. Oil prices rose. Stocks "
     "fell. He said in a speech in Izmir on Monday that troops would stay.", "rejected",
     "Izmir"),
    # a visit still to come does not put the visitor there now
    ("Sergei Lavrov, who will be visiting Ankara next month, warned Washington against "
     "arming the militia.", "warned", "Ankara"),
    ("Sergei Lavrov, who is due to be visiting Ankara, warned Washington against arming the "
     "militia.", "warned", "Ankara"),
]


@pytest.mark.parametrize(("text", "trigger", "town", "there"),
                         [(*row, True) for row in _THERE] + [(*row, False) for row in _NOT_THERE])
def test_place_whereabouts_of_the_speaker(event_on, text, trigger, town, there):
    place = event_on(text, trigger).location
    assert (place is not None and place.name == town) is there
