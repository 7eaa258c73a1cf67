"""A doer the story lends to a passive act with no doer of its own is never one named among
those the act is done to ("a building he and Holm were guarding was set alight": the guards
are not its doer), while the story still lends one named apart from them (table-driven, one
illustrative text per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

_HOLM = ("Jac Holm, a British volunteer, joined the YPG in 2015. During his time with the YPG, "
         "Holm rose to the rank of commander, fighting alongside a Spaniard on some of the "
         "fiercest battlegrounds in the war against Isis, including Tabqa and Raqqa. ")

# (text, trigger, the lent doer's name; None: no doer)
LENT = [
    # the one named in the phrase of what is set alight guarded it: no doer lent
    (_HOLM + "Miguel recalls the morning a building he and Holm were guarding was set alight.",
     "set", None),
    # one named apart from those it is done to is still lent: the shelling's doer
    ("Turkish troops shelled the village of Kafr Aya on Monday. A house the family had built "
     "was set alight.", "set", "Türkiye military"),
    # a place named in what is done to is no party of it: its state still bans
    ("Nigeria's government banned the party in 2019. Rallies in Nigeria have been banned "
     "since it banned them in 1999.", "banned", "Nigeria government"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), LENT)
def test_story_doer_is_not_among_those_done_to(events_in_unfiltered, text, trigger, name):
    found = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    source = found[0].source
    assert (source.name if source is not None else None) == name
