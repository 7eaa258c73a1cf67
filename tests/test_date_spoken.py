"""Stage ``date`` across a speech: an act done by speaking, told by the speaker of a speech the
sentence before dates, is said in that speech (:mod:`dateline.date_spoken`)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline(nlp):
    """Dates are read on every event: the learned realness veto is not what these rows test."""
    from dateline import Pipeline

    return Pipeline(real_threshold=0)


# (article, publication date, trigger, date, precision, date_source); articles written for the
# project. 2017-11-29 is a Wednesday: "on Monday" is 2017-11-27.
CASES = [
    # an accusation, an appeal, a pledge the speaker goes on with: the speech's day
    ("The foreign minister said on Monday that the talks had failed. He accused the envoy of "
     "bias.", "2017-11-29", "accused", "2017-11-27", "day", "carried"),
    ("The foreign minister said on Monday that the talks had failed. She urged the council to "
     "act.", "2017-11-29", "urged", "2017-11-27", "day", "carried"),
    ("The foreign minister said on Monday that the talks had failed. He vowed to keep the "
     "border closed.", "2017-11-29", "vowed", "2017-11-27", "day", "carried"),
    # the speaker named again
    ("Jo Moreno, the foreign minister, said on Monday that the talks had failed. Moreno "
     "denounced the envoy's plan.", "2017-11-29", "denounced", "2017-11-27", "day", "carried"),
    ("The foreign minister, Jo Moreno, said on Monday that the talks had failed. Moreno urged "
     "the council to act.", "2017-11-29", "urged", "2017-11-27", "day", "carried"),
    # ... not another of that name
    ("The foreign minister, Jo Moreno, said on Monday that the talks had failed. Ana Moreno "
     "urged the council to act.", "2017-11-29", "urged", "2017-11-29", None, "publication"),
    # another speaker's act is not said in that speech
    ("The foreign minister said on Monday that the talks had failed. The envoy accused him of "
     "bias.", "2017-11-29", "accused", "2017-11-29", None, "publication"),
    # what others did, told in the speaker's own words
    ("The foreign minister said on Monday that the talks had failed. “They urged patience and "
     "stayed behind.”", "2017-11-29", "urged", None, None, "before publication"),
    # an act done by speaking told in the present perfect is news of the report's days
    ("The foreign minister said on Monday that the talks had failed. He has accused the envoy "
     "of bias.", "2017-11-29", "accused", "2017-11-29", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_spoken_acts_of_a_dated_speech(pipeline, text, pubdate, word, date, precision,
                                            source):
    from dateline import Article

    events = pipeline.extract(Article(doc_id="t", text=text, pubdate=pubdate))
    found = [e for e in events if e.trigger == word]
    assert found, f"no event on {word!r} in {[(e.event_type, e.trigger) for e in events]}"
    e = found[-1]
    assert (e.date, e.date_precision, e.date_source) == (date, precision, source)


# (sentence written for the project, word, an act done by speaking): a deed the verb lexicon
# also codes as words is none
ACTS = [
    ("He accused the envoy of bias.", "accused", True),
    ("She urged the council to act.", "urged", True),
    ("He sued the envoy for libel.", "sued", False),
    ("She signed the decree.", "signed", False),
    ("He inspected the troops at the border.", "inspected", False),
]


@pytest.mark.parametrize(("text", "word", "spoken"), ACTS)
def test_date_spoken_acts_are_speech_acts(nlp, text, word, spoken):
    from dateline.date_spoken import spoken_act

    verb = next(t for t in nlp(text) if t.text == word)
    assert spoken_act(verb) is spoken
