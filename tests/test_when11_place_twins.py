"""Stage ``locate``, across a document's events: an act the text places nowhere itself that is
the same happening as one whose place the text names takes that place
(:mod:`dateline.place_twins`). Short reports written for the project."""

from __future__ import annotations

import pytest

_OPENING = ("Police in London said on Tuesday they were questioning a man over a fraud. The "
            "inquiry began in London last year. Officers in London have charged three people."
            "\n\nSeparately, Romanian police arrested Ion Popescu in Cluj on Monday. He is wanted "
            "in Britain.\n\nA lawyer in London said the case was complex. ")


@pytest.mark.parametrize(("text", "place"), [
    # the same doer, the same act, the same named recipient: the place its first telling names
    (_OPENING + "Romanian police arrested Popescu after a tip-off, the lawyer said.",
     ("Cluj-Napoca", "carried")),
    # another doer's arrest is another happening (the actor's own country places it)
    (_OPENING + "Moldovan police arrested Popescu after a tip-off, the lawyer said.",
     ("Moldova", "focus")),
])
def test_when11_place_of_a_twin(events_in_unfiltered, text, place):
    events = [e for e in events_in_unfiltered(text) if e.trigger == "arrested"]
    last = max(events, key=lambda e: e.char_start)
    assert (last.location.name if last.location else None, last.place_source) == place
