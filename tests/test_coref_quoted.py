"""Who a quotation's "I", "me", "we" or "us" is when no speech verb attributes it: the person
the narrative sentence before it introduces (coref_quoted.py), on sentences written for the
project (table-driven)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (text, trigger, role, words of the antecedent): the first-person party is the speaker
SPEAKER_MEANT = [
    # an unattributed quotation after a sentence about a person named by name
    ("Farida Osman, a nurse, spoke to reporters in Kassala. “The soldiers arrested me on "
     "Monday.”", "arrested", "target", "Farida Osman"),
    ("Farida Osman, a nurse, described the raid in Kassala. “The soldiers arrested me on "
     "Monday. They beat me.”", "beat", "target", "Farida Osman"),
    ("Yusuf Adan was freed in Kassala on Monday. “We appealed to the governor for help.”",
     "appealed", "source", "Yusuf Adan"),
    # a person who heard what the quotation answers
    ("Farida Osman had heard the soldiers were coming to Kassala. “They arrested me on "
     "Monday.”", "arrested", "target", "Farida Osman"),
    ("Farida Osman learned that soldiers were coming to Kassala. “They arrested me on "
     "Monday.”", "arrested", "target", "Farida Osman"),
    # the speaker so found is not whom "she" in the quotation stands for
    ("Lina Haddad last saw her friend Maya Stone on a bus to Dorvale. With the town about to "
     "fall, Haddad had heard her commanders were withdrawing women from the front. “When I "
     "told her this she just laughed. She was killed a week later by a drone.”", "killed",
     "target", "Maya Stone"),
    # a quotation in guillemets
    ("Farida Osman, a nurse, spoke to reporters in Homs. «The militia beat us.»", "beat",
     "target", "Farida Osman"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "words"), SPEAKER_MEANT)
def test_coref_quoted_first_person_is_the_speaker(event_on_unfiltered, text, trigger, role,
                                                  words):
    party = getattr(event_on_unfiltered(text, trigger, PUBDATE), role)
    assert party is not None and words in (party.antecedent or ""), party


# (text, trigger): the sentence before the quotation introduces no one named as one who
# speaks it, so no one is said to speak it
SPEAKER_NOT_NAMED = [
    ("Police raided a house in Kassala on Monday. “The soldiers arrested me and beat me.”",
     "arrested"),
    ("Farida Osman and her brother fled to Kassala. “The soldiers arrested me on Monday.”",
     "arrested"),
    ("“The soldiers arrested me on Monday.” Farida Osman was a nurse.", "arrested"),
    # the dead do not speak; who did an act to others is not who it was done to
    ("Yusuf Adan was shot dead by soldiers on Monday. “The soldiers beat us before they shot "
     "him.”", "beat"),
    ("Judge Yusuf Adan sentenced the men to death on Monday. “The police tortured me for "
     "days.”", "tortured"),
    ("Yusuf Adan, the police chief, ordered the raid on Monday. “They beat me and took my "
     "phone.”", "beat"),
    # one who does not speak, or declines to
    ("Yusuf Adan, a farmer, did not speak to reporters. “The soldiers beat me.”", "beat"),
    ("Yusuf Adan declined to comment on Monday. “The soldiers beat us.”", "beat"),
    # a later clause with a subject of its own may name the one who speaks
    ("Yusuf Adan fled Kano in 2019, but his wife stayed behind. “The soldiers beat me.”",
     "beat"),
    # one who hears a person or a thing is not the one who speaks next; the one heard may be
    ("Judge Yusuf Adan heard testimony from a detainee in Kassala on Monday. “Guards beat me "
     "on Sunday.”", "beat"),
    ("Minister Yusuf Adan heard the complaints of protesters in Kassala on Monday. “Police "
     "shot at us.”", "shot"),
    ("Yusuf Adan learned the news from his wife in Kassala. “We were attacked at night.”",
     "attacked"),
]


@pytest.mark.parametrize(("text", "trigger"), SPEAKER_NOT_NAMED)
def test_coref_quoted_no_introduced_speaker_leaves_the_speaker_unknown(event_on_unfiltered,
                                                                       text, trigger):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is None or target.antecedent is None, target
