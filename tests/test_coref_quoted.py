"""Who a quotation's "I", "me", "we" or "us" is, what "it" stands for after a group the model
labels a person, and whom an "it" asked to act stands for, on sentences written for the
project (table-driven)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (text, trigger, role, words of the antecedent): the first-person party is the speaker
SPEAKER_MEANT = [
    # the frame that closes the quotation names its speaker, though a verb of telling in the
    # sentence before the quotation has a subject of its own
    ("Her son follows her in silence; his wide eyes tell of his fear. “The guards beat me "
     "around the head. I was so afraid for him,” Amina says.", "beat", "target", "Amina"),
    # an unattributed quotation after a sentence about a person named by name
    ("Farida Osman, a nurse, spoke to reporters in Kassala. “The soldiers arrested me on "
     "Monday.”", "arrested", "target", "Farida Osman"),
    ("Farida Osman, a nurse, described the raid in Kassala. “The soldiers arrested me on "
     "Monday. They beat me.”", "beat", "target", "Farida Osman"),
    ("Yusuf Adan was freed in Kassala on Monday. “We appealed to the governor for help.”",
     "appealed", "source", "Yusuf Adan"),
    # a pronoun in the closing frame stands for the one named where the quotation opened
    ("Rana Haddad said the camp was unsafe. “The militia beat us. We left,” she added.",
     "beat", "target", "Rana Haddad"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "words"), SPEAKER_MEANT)
def test_coref_quoted_first_person_is_the_speaker(event_on_unfiltered, text, trigger, role,
                                                  words):
    party = getattr(event_on_unfiltered(text, trigger, PUBDATE), role)
    assert party is not None and words in (party.antecedent or ""), party


# (text, trigger): the sentence before the quotation names no person as its subject, so no one
# is said to speak it
SPEAKER_NOT_NAMED = [
    ("Police raided a house in Kassala on Monday. “The soldiers arrested me and beat me.”",
     "arrested"),
    ("Farida Osman and her brother fled to Kassala. “The soldiers arrested me on Monday.”",
     "arrested"),
    ("“The soldiers arrested me on Monday.” Farida Osman was a nurse.", "arrested"),
]


@pytest.mark.parametrize(("text", "trigger"), SPEAKER_NOT_NAMED)
def test_coref_quoted_no_named_subject_leaves_the_speaker_unknown(event_on_unfiltered, text,
                                                                  trigger):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is None or target.antecedent is None, target


# (text, trigger, name): "it" after an armed group whose name the model labels a person's
GROUP_IT = [
    ("Al-Shabaab attacked the base on Monday. It also kidnapped two teachers.", "kidnapped",
     "al-Shabaab"),
    ("Boko Haram attacked the base on Monday. It also kidnapped two teachers.", "kidnapped",
     "Boko Haram"),
    ("Al-Shabaab attacked a base in Lamu on Monday. It also kidnapped two teachers.",
     "kidnapped", "al-Shabaab"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), GROUP_IT)
def test_coref_quoted_it_stands_for_a_group_labelled_a_person(event_on_unfiltered, text,
                                                              trigger, name):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.name == name, source


def test_coref_quoted_he_still_stands_for_a_person(event_on_unfiltered):
    text = "Abubakar Shekau attacked the base on Monday. He also kidnapped two teachers."
    source = event_on_unfiltered(text, "kidnapped", PUBDATE).source
    assert source is not None and source.antecedent == "Abubakar Shekau", source


# (text, trigger, name or None): an "it" asked, told or made to act is the party named before
# it, a thing to be dealt with none
ADDRESSED_IT = [
    ("Aid groups wrote to the British government on Monday. They urged it to fund the camps.",
     "urged", "United Kingdom government"),
    ("The UN criticised Israel on Monday. It asked it to allow aid convoys into Gaza.", "asked",
     "Israel"),
    ("The plan was rejected. Critics urged it to be withdrawn.", "urged", None),
]


@pytest.mark.parametrize(("text", "trigger", "name"), ADDRESSED_IT)
def test_coref_quoted_it_asked_to_act_is_a_party(event_on_unfiltered, text, trigger, name):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    if name is None:
        assert target is None or target.name is None, target
    else:
        assert target is not None and target.name == name, target
