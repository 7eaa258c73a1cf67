"""Pronouns acted on and far from their antecedent, on sentences written for the project
(table-driven): what the pronoun stands for, shown with the antecedent's words, or nothing."""

from __future__ import annotations

import pytest

PUBDATE = "2016-05-02"

# (text, trigger, the recipient's antecedent words or None, its country or None)
RECIPIENTS = [
    # an object pronoun may stand for a party named inside its doer's phrase ("for X"), not
    # for the doer, nor for a party named in a clause there ("who fled Kano")
    ("The lawyer for Amina Bello, the Nigerian teacher who fled Kano, has called for her to be "
     "released.", "called", "Amina Bello", "NGA"),
    # ... nor for the doer itself or a party coordinated with it
    ("The Kenyan police and the army attacked them.", "attacked", None, None),
    # one person brought in by "a" and a noun of her or his sex, through a pronoun of the chain
    ("In Irbid, a Jordanian man wanted to see me. He said that masked men had stormed "
     "his farm and beaten him.", "beaten", "a Jordanian man", "JOR"),
    # ... or by "there was a" and such a noun
    ("In Kano there was a woman in a cell for days. She said the governor had beaten her.",
     "beaten", "a woman", "NGA"),
    # "she" a few sentences back: the one woman named there, by part of her full name
    ("Anna Weber, a British volunteer, joined the militia in Kobani last year. By March, Anna "
     "was determined to fight. She asked her officers to post her to the front line. In "
     "the end, they agreed. Ten days on, she was killed.", "killed", "Anna Weber", "GBR"),
    # ... and none when two women are named there
    ("Anna Weber, a British volunteer, joined the militia in Kobani last year. By March, Anna "
     "Klein was determined to fight. She asked her officers to post her to the front line. "
     "In the end, they agreed. Ten days on, she was killed.", "killed", None, None),
]


@pytest.mark.parametrize("text, trigger, antecedent, country", RECIPIENTS)
def test_pronoun_acted_on_stands_for_its_antecedent_or_none(event_on_unfiltered, text, trigger,
                                                            antecedent, country):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    if antecedent is None:
        assert target is None or target.antecedent is None, target
        return
    assert target is not None and (target.antecedent, target.country) == (antecedent, country)


# (text, trigger, the actor's name or None, its parent): members of a body named by a possessive
# pronoun are the body's, as they are when the body is named
MEMBERS = [
    ("Islamic State lost Raqqa in October. Its leaders attacked the town.", "attacked",
     "Islamic State leaders", "Islamic State"),
    ("Hamas lost the vote. Its members attacked the police.", "attacked", "Hamas members",
     "Hamas"),
    # not a body's allies
    ("Hamas lost the vote. Its allies attacked the police.", "attacked", None, None),
]


@pytest.mark.parametrize("text, trigger, name, parent", MEMBERS)
def test_pronoun_owner_of_members_is_their_body(event_on_unfiltered, text, trigger, name,
                                                parent):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and (source.name, source.parent) == (name, parent), source
