"""Stage ``locate``: words delivered on printed sheets are placed where the sheets were dropped
or handed out ("dropped leaflets over the enclave of X, urging …"), not where the sender sits nor
at the story's focus; sheets that say nothing of where they landed lend no place."""

from __future__ import annotations

import pytest

_STORY = "The war in Syria goes on. Fighting was reported near Aleppo. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a participle of words hanging on the verb of dropping, the place in a noun of region
    (_STORY + "Government helicopters dropped leaflets over the rebel enclave of Eastern "
     "Ghouta on Tuesday, urging the fighters to surrender.", "urging", "Eastern Ghouta"),
    # ... "on the town of"
    (_STORY + "Army planes dropped leaflets on the town of Saraqeb, calling on residents to "
     "leave.", "calling", "Saraqib"),
    # ... the sheet's own participle, the sheets the subject of a passive
    (_STORY + "Leaflets calling on the fighters to surrender were dropped over Saraqeb.",
     "calling", "Saraqib"),
    # ... the sheets the doer of the words
    (_STORY + "Leaflets dropped on Saraqeb urged residents to leave.", "urged", "Saraqib"),
    # ... handed out in a town
    (_STORY + "Soldiers distributed flyers in Saraqeb, ordering families to leave within a day.",
     "ordering", "Saraqib"),
    # the sheets their own verb's subject: "fell on"
    (_STORY + "Leaflets fell on Saraqeb, urging residents to leave.", "urging", "Saraqib"),
    # ... handed out "at" a place
    (_STORY + "Activists distributed leaflets at a market in Saraqeb, calling for a general "
     "strike.", "calling", "Saraqib"),
])
def test_place_dropped_words_where_sheets_land(event_on, text, trigger, town):
    event = event_on(text, trigger)
    # (the words' own clause places them: the sheets' landing, not another phrase of the sentence)
    assert event.location is not None and (event.location.name, event.place_source) == (
        town, "clause")


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # sheets with no phrase of where they landed: a place of the party urged is not theirs
    (_STORY + "Army planes dropped leaflets, urging the fighters in Saraqeb to surrender.",
     "urging", ("Syria", "focus")),
    # sheets denied: no words landed, the warning came by radio
    (_STORY + "Government helicopters did not drop leaflets over Saraqeb, but warned residents "
     "by radio to leave.", "warned", ("Syria", "focus")),
    # another act joined with "and" keeps its own place
    (_STORY + "Troops distributed flyers in Saraqeb and arrested three activists in Idlib.",
     "arrested", ("Idlib", "clause")),
    (_STORY + "Rebels spread leaflets across Idlib and shelled Aleppo.", "shelled",
     ("Aleppo", "clause")),
    # ... and a clause with a doer of its own
    (_STORY + "Soldiers handed out leaflets in Saraqeb after rebels attacked a checkpoint in "
     "Idlib.", "attacked", ("Idlib", "clause")),
    (_STORY + "Soldiers handed out leaflets in Saraqeb because rebels had attacked a checkpoint "
     "in Idlib.", "attacked", ("Idlib", "clause")),
    (_STORY + "Government helicopters dropped leaflets over Saraqeb before troops stormed Idlib.",
     "stormed", ("Idlib", "clause")),
])
def test_place_dropped_not_where_no_sheet_lands(event_on, text, trigger, place):
    event = event_on(text, trigger)
    assert event.location is not None and (event.location.name, event.place_source) == place
