"""Records and habits a story retells (dateline.habits): sentences written for the project."""

from __future__ import annotations

import pytest

from dateline.habits import retold

# (sentence, trigger, the form that makes its act a record, or None for a happening)
CASES = [
    ("Two activists have so far been deported under the new law.", "deported", "tally"),
    ("About 40 villagers have been deported to date.", "deported", "tally"),
    ("The ministry has requested loans in recent years.", "requested", "stretch"),
    ("An estimated 9,000 people were killed in the final months of the war.", "killed",
     "stretch"),
    ("The militia killed 3,000 villagers over five years.", "killed", "stretch"),
    ("The guards beat the prisoners every day.", "beat", "habit"),
    ("Each week the militia raided the camp.", "raided", "habit"),
    ("The ministry has been warning for weeks of an attack on the port.", "warning", "kept_up"),
    ("Norway has previously refused to take back the fighters.", "refused", "before"),
    ("The navy previously targeted the harbour.", "targeted", "before"),
    ("The senator has said in the past that he wants to withdraw the troops.", "withdraw",
     "before"),
    ("The ledgers were requested on two previous occasions.", "requested", "before"),
    ("The last time the army shelled the town, dozens died.", "shelled", "before"),
    ("Moscow first promised the talks in January.", "promised", "first"),
    ("The army killed thousands of villagers between 2011 and 2015.", "killed", "years"),
    ("The militia shelled the town from 2012 to 2016.", "shelled", "years"),
    ("Monitors said 80 children had been killed in the campaign.", "killed", "toll"),
    ("The rebels have killed 300 soldiers since 2014.", "killed", "toll"),
    ("Hundreds of guards were killed during the war.", "killed", "toll"),
    ("Many herders were killed during the war.", "killed", "toll"),
    ("Norway has backed the rebels against the regime.", "backed", "tie"),
    # happenings of a time: none of these forms
    ("Jets shelled the village every day last week, locals said.", "shelled", None),
    ("Police have so far detained four suspects.", "detained", None),
    ("Two activists have so far been charged under the new law.", "charged", None),
    ("Police have arrested eight men since Monday.", "arrested", None),
    ("The guards beat the prisoners on Tuesday.", "beat", None),
    ("Militants attacked the base this week.", "attacked", None),
    ("Norway refused on Monday to take back the fighters.", "refused", None),
    ("The rebels have been fighting in the suburbs since Tuesday.", "fighting", None),
    ("The prisoner had been detained for four months.", "detained", None),
    ("The prisoner was detained for two years.", "detained", None),
    ("Police first fired tear gas on Tuesday.", "fired", None),
    ("The ledgers were requested on two previous occasions.", "requested", "before"),
    ("The last time the army shelled the town, on 3 May, dozens died.", "shelled", None),
    ("The navy had previously targeted the harbour on 3 March.", "targeted", None),
    ("Rebels have killed 30 soldiers since Monday.", "killed", None),
    ("A drone killed 12 people in the campaign on Tuesday.", "killed", None),
    ("The army killed six villagers in 2015.", "killed", None),
    ("Norway has backed the peace plan.", "backed", None),
    ("Norway has backed the rebels since Tuesday.", "backed", None),
    ("Norway had backed the rebels in the Tromso campaign.", "backed", None),
    # a count of arrests, or a toll since a deed or "then", is news of the days told
    ("Guards in Varna have detained 30 strikers since the blast.", "detained", None),
    ("Guards have detained 15 people since then.", "detained", None),
    ("Gunmen have killed 40 miners since the raid.", "killed", None),
    ("Hundreds of farmers have been killed since the uprising began.", "killed", "toll"),
    # numbers that count people, not years; a clause dated to a day
    ("Guards detained between 1900 and 2050 strikers in Varna.", "detained", None),
    ("The army shelled the town between 2011 and 2015 on Friday.", "shelled", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "form"), CASES)
def test_habits_retold(nlp, sentence, trigger, form):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert retold(tok) == form


def test_habits_stay_in_a_one_sentence_text(events_in):
    text = "Two activists have so far been deported under the new law."
    assert [e.trigger for e in events_in(text)] == ["deported"]


def test_habits_dropped_from_a_story(events_in):
    text = ("Police arrested three men in the capital on Tuesday. Two activists have so far "
            "been deported under the new law.")
    assert "deported" not in [e.trigger for e in events_in(text)]
    assert "arrested" in [e.trigger for e in events_in(text)]


# (a story written for the project, the trigger of a real act it keeps)
KEPT = [
    ("Clashes broke out in Tarsin this month. Jets shelled the village every day last week, "
     "locals said.", "shelled"),
    ("A bomb went off in a Varna market on Monday. Police have so far detained four suspects.",
     "detained"),
    ("Guards in Varna have detained 30 strikers since the blast. The ministry confirmed the "
     "detentions.", "detained"),
    ("Guards have detained 15 people since then. The ministry confirmed it.", "detained"),
    ("Guards detained between 1900 and 2050 strikers in Varna on Friday. The ministry "
     "confirmed it.", "detained"),
]


@pytest.mark.parametrize(("text", "trigger"), KEPT)
def test_habits_keep_dated_habits_and_counted_arrests(events_in, text, trigger):
    assert trigger in [e.trigger for e in events_in(text)]
