"""What a pronoun or a description of a few people stands for, on sentences written for the
project (table-driven): a pronoun of the third person inside a quotation never stands for who
speaks it, by any name the speaking phrase gives them, nor one a report says died for who
reports it; "the pair" stands for people named
together, whatever label the model gives their names."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger): the recipient pronoun stands for no one named, as only the speaker agrees
SPEAKER_NOT_MEANT = [
    # the speaker named by the name a clause on them says they go by
    ("“The fighting was fierce and they expelled the losers,” said a militia commander near "
     "the river, who uses the nom de guerre Tomas Brandt. “It was a serious attempt to kill "
     "him.", "kill"),
    # the speaker named beside their title
    ("“The siege lasted for weeks,” said a militia commander, Tomas Brandt. “Then they tried "
     "to capture him.", "capture"),
    # a woman a few sentences back who speaks the quotation the pronoun is in
    ("A Danish woman who fled the camp said she knew the family. She described the shelling "
     "in detail. “It was a mortar or an airstrike,” she said. “She was killed in the "
     "shelling, and her sons were wounded.”", "killed"),
]


@pytest.mark.parametrize(("text", "trigger"), SPEAKER_NOT_MEANT)
def test_coref_speakers_quoted_pronoun_is_not_the_speaker(event_on_unfiltered, text, trigger):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is None or target.antecedent is None, target


def test_coref_speakers_who_reports_a_death_is_not_the_dead(event_on_unfiltered):
    text = ("A Danish woman who fled the camp said she knew the family. She referred to Maria "
            "Weber as Umm Ali, and confirmed she had been killed in January.")
    target = event_on_unfiltered(text, "killed", PUBDATE).target
    assert target is not None and target.antecedent in (None, "Maria Weber"), target
    assert target.country != "DNK", target


# (text, trigger, a word of the antecedent): a death only feared or supposed is no report of
# one, so the speaker may be the one the pronoun stands for
DEATH_NOT_REPORTED = [
    ("Karim Saleh, a Syrian reporter, fled to Jordan last year. He said he would be killed "
     "if he returned.", "killed", "Saleh"),
]


@pytest.mark.parametrize(("text", "trigger", "word"), DEATH_NOT_REPORTED)
def test_coref_speakers_feared_death_leaves_the_speaker_meant(event_on_unfiltered, text,
                                                                trigger, word):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None and word in (target.antecedent or ""), target


# (text, trigger, a word of the antecedent): "the pair" after people named together, whom the
# model may label places, stands for them
FEW = [
    ("Alexanda Kotey and El Shafee Elsheikh were raised in London. Kotey and Elsheikh are "
     "alleged to have guarded the hostages. The pair were captured by Kurdish fighters.",
     "captured", "Elsheikh"),
]


@pytest.mark.parametrize(("text", "trigger", "word"), FEW)
def test_coref_speakers_few_people_named_together(event_on_unfiltered, text, trigger, word):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None and word in (target.antecedent or ""), target


def test_coref_speakers_names_given_by_the_speaking_phrase(nlp):
    from dateline.coref_sayers import names_given

    doc = nlp("“It was hard,” said a commander, who uses the nom de guerre Tomas Brandt.")
    speaker = next(t for t in doc if t.lower_ == "commander")
    assert [t.text for t in names_given(speaker)] == ["Brandt"]
    doc = nlp("“It was hard,” said a commander, who uses the alias, Tomas Brandt.")
    speaker = next(t for t in doc if t.lower_ == "commander")
    assert [t.text for t in names_given(speaker)] == ["Brandt"]
    for text in ("“It was hard,” said a nurse who treated Tomas Brandt.",
                 "“It was hard,” said a nurse who treated her brother Tomas Brandt in the camp."):
        speaker = next(t for t in nlp(text) if t.lower_ == "nurse")
        assert names_given(speaker) == [], text


# (text, trigger, the actor's country or None): "we" right after a speaker's colon is theirs;
# the report's own "we" is no one's
AFTER_COLON = [
    ("The Norwegian ambassador Lars Dahl has addressed the security council. He said: We "
     "observe dangerous military preparations. We call on the leaders of these states to "
     "reconsider.", "call", "NOR"),
    ("The UN commission for the region said on Friday: The attacks must be "
     "investigated. We stress the need to preserve evidence.", "stress", "IGO"),
    # (a teller meeting them is no event at all: realness_private.press_at_work)
    ("Two sisters escaped captivity last year. We thank them at a bakery in Duhok.",
     "thank", None),
    # the colon opens a list inside what the minister reports, not the minister's own words
    ("The Norwegian minister said there were two options: war or talks. We call on both "
     "sides to choose talks.", "call", None),
]


@pytest.mark.parametrize(("text", "trigger", "country"), AFTER_COLON)
def test_coref_speakers_first_person_after_a_colon(event_on_unfiltered, text, trigger,
                                                   country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.country == country, source
