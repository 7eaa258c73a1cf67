"""Stage ``date`` across events: an act that befalls a person once (an arrest, a death, a
release), told again after the lead in the simple past with no time of its own, is the lead's
act, dated as the lead's (``story``), not an act of the report's day."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Every event is read: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


_LEAD = ("The parents of a British student who was arrested in Georgia have said he is "
         "innocent. ")
_DATED = "Tom Hale, 23, was staying at a hostel in Batumi on 2 April when police raided it. "
_GAP = "His parents have not spoken to him since. "
_REPORT = ("2018-04-10", None, "publication")

# (article written for the project, trigger, char offset of the trigger's sentence,
# (date, precision, date_source)); published on 10 April 2018
CASES = [
    # told again in another's account, sentences after the day the lead's act is given
    (_LEAD + _DATED + _GAP + "His girlfriend said they were arrested as they came back.",
     "arrested", ("2018-04-02", "day", "story")),
    # ... also told of by the definite noun the lead named
    (_LEAD + _DATED + _GAP + "His girlfriend said the student was arrested as they came back.",
     "arrested", ("2018-04-02", "day", "story")),
    # ... but not when others are arrested, however alike: in people's present account, a past
    # act is recalled, on no day the text gives (:mod:`dateline.date_recalled`)
    (_LEAD + _DATED + _GAP + "Monitors say many students were arrested during the strikes.",
     "arrested", (None, None, "before publication")),
    # ... nor in a report of the day made by an office
    (_LEAD + _DATED + _GAP + "The ministry says many students were arrested during the strikes.",
     "arrested", _REPORT),
    # ... nor in a speaker's own words, which tell their own story: recalled, on no day the
    # text gives (:mod:`dateline.date_recalled`)
    (_LEAD + _DATED + _GAP + "“They were arrested as we came back,” his girlfriend said.",
     "arrested", (None, None, "before publication")),
    # ... nor when the text gives the lead's act no time
    (_LEAD + _GAP + "His girlfriend said they were arrested as they came back.", "arrested",
     _REPORT),
    # ... nor an act of another kind than the lead's (a beating is no arrest told again)
    (_LEAD + _DATED + _GAP + "His girlfriend said police beat them as they came back.", "beat",
     _REPORT),
]


@pytest.mark.parametrize(("text", "word", "want"), CASES)
def test_date_lead_again_dates_the_act_told_again(pipeline, text, word, want):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2018-04-10"))
    found = [e for e in events if e.trigger == word and e.char_start > len(_LEAD)]
    assert found, f"no later event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    assert (found[0].date, found[0].date_precision, found[0].date_source) == want
