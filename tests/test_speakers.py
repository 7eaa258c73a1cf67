"""Who speaks a quotation that no speech verb in its own sentence attributes (code/speakers.py),
on sentences written for the project (table-driven): the frame at its close when it follows in
the same sentence, else the one who opened it; a frame's pronoun only for an opener it fits."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (text, trigger, role, words of the antecedent): the first-person party is the speaker
SPEAKER_MEANT = [
    # the frame that closes the quotation names its speaker, though a verb of telling in the
    # sentence before the quotation has a subject of its own
    ("The letter in her hand tells of the night of the raid. “The guards beat me around the "
     "head. I could not see for days,” Leila Haddad says.", "beat", "target", "Leila Haddad"),
    # a pronoun in the closing frame stands for the one named where the quotation opened
    ("Leila Haddad said the camp was unsafe. “The militia beat us. We left,” she added.",
     "beat", "target", "Leila Haddad"),
    # a speech verb in a sentence of its own after the close is someone else's
    ("Leila Haddad said the camp was unsafe. “The militia beat us.” Officials said the camp "
     "was safe.", "beat", "target", "Leila Haddad"),
    ("Leila Haddad said the camp was unsafe. “We left. The militia beat us.” Tarek Nassif, a "
     "spokesman for the governor, said the camp was safe.", "beat", "target", "Leila Haddad"),
    ("Leila Haddad said the camp was unsafe: “We left. The militia beat us.” Officials, "
     "however, said the camp was safe.", "beat", "target", "Leila Haddad"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "words"), SPEAKER_MEANT)
def test_speakers_first_person_is_the_speaker(event_on_unfiltered, text, trigger, role,
                                              words):
    party = getattr(event_on_unfiltered(text, trigger, PUBDATE), role)
    assert party is not None and words in (party.antecedent or ""), party


# (text, trigger): a pronoun in the closing frame that does not fit the one who opened the
# quotation ("he" after a woman, or after a name that tells no gender) names no speaker
FRAME_NOT_THE_OPENER = [
    ("Leila Haddad said the camp was unsafe. “The militia beat us. We left,” he said.", "beat"),
    ("Rana Haddad said the camp was unsafe. “The militia beat us. We left,” he said.", "beat"),
]


@pytest.mark.parametrize(("text", "trigger"), FRAME_NOT_THE_OPENER)
def test_speakers_frame_pronoun_that_does_not_fit_names_no_one(event_on_unfiltered, text,
                                                               trigger):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is None or target.antecedent is None, target


# (text, trigger, words of the target's antecedent): "he" in a quotation whose speaker the
# sentence before introduces is not that speaker, who is "me"
HE_NOT_THE_SPEAKER = [
    ("Tarek Nassif, a farmer, spoke to reporters in Kano. “He beat me with a stick.”", "beat",
     "Tarek Nassif"),
]


@pytest.mark.parametrize(("text", "trigger", "words"), HE_NOT_THE_SPEAKER)
def test_speakers_third_person_in_an_introduced_quotation_is_not_its_speaker(
        event_on_unfiltered, text, trigger, words):
    event = event_on_unfiltered(text, trigger, PUBDATE)
    assert event.target is not None and words in (event.target.antecedent or ""), event.target
    assert event.source is None or words not in (event.source.antecedent or ""), event.source
