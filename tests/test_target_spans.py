"""A recipient's words run on over the phrases that say which one it is (code/target_spans),
never over a place the act is done in, a charge, or a clause (table-driven, one illustrative
sentence per construction)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # an "of" phrase on a person's noun
    ("The court freed another employee of the consulate.", "freed",
     "another employee of the consulate"),
    # the phrase ends before a clause or an apposition hung in it
    ("The court freed another employee of the consulate it had closed in May.", "freed",
     "another employee of the consulate"),
    ("The court freed the son of a former minister, a wealthy banker.", "freed",
     "the son of a former minister"),
    # a participle hung on the recipient's noun
    ("The treasury lifted sanctions on three companies linked to the tycoon.", "sanctions",
     "three companies linked to the tycoon"),
    ("The country agreed to take in more than 500 people now living in border camps.", "agreed",
     "more than 500 people now living in border camps"),
    # "like" names the ones meant
    ("The president urged partners like Norway to send more aid.", "urged",
     "partners like Norway"),
    # the initials of a name, in brackets after it
    ("The council imposed sanctions on the Free Workers Party of Zembla (FWP - Z) last year.",
     "sanctions", "the Free Workers Party of Zembla (FWP - Z)"),
    # the owner of a place acted on is named with the place, as an owner with a thing owned
    ("Soldiers demolished the home of a suspected militant.", "demolished",
     "the home of a suspected militant"),
    # where the act is done is no word of the recipient
    ("The army shelled a village in the northern province on Sunday.", "shelled", "a village"),
    # the charge of an accusing verb is no word of the accused
    ("The government accused the rebels of burning the village.", "accused", "the rebels"),
    # (also when the parse makes the charge's act a noun's modifier: "bombing" of "hospitals")
    ("The opposition at Velmora accused the government of bombing hospitals.", "accused",
     "the government"),
    # an "of" phrase that says which one the accused is stays with it
    ("The government accused the members of the farmers' union of burning the village.",
     "accused", "the members of the farmers' union"),
])
def test_target_spans_recipient_words_say_which_one(event_on, text, trigger, target):
    ev = event_on(text, trigger)
    assert ev.target is not None and ev.target.text == target, ev.target
