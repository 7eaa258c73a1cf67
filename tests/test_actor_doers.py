"""The doer named beside an act, one sentence written for these tests per construction: a name
or a leading country in a modifier of the act's noun, the act or weapon a passive is done by,
both sides of a call or of talks, and a bare claim of responsibility after an attack."""

from __future__ import annotations

import pytest


def _pairs(events, etype):
    found = [((e.source.country if e.source else None), (e.target.country if e.target else None))
             for e in events if e.event_type == etype]
    assert found, f"no {etype} in {[(e.event_type, e.trigger) for e in events]}"
    return found


# (text, event type, the one (actor country, recipient country) pair of that type, or the
# pairs of a reciprocal act)
DOERS = [
    # a group the actor dictionary knows, written as a name before the act's noun
    ("An Isis bombing killed twelve worshippers at a mosque in Kabul.", "ASSAULT",
     ("IRQ", "AFG")),
    # "<country>-led": the coalition the country leads did it
    ("A Saudi-led airstrike killed twelve civilians in Saada, Yemen.", "ASSAULT",
     ("SAU", "YEM")),
    # a passive done by an act or a weapon that names its doer
    ("Four civilians were killed by a Turkish airstrike near Afrin, Syria.", "ASSAULT",
     ("TUR", "SYR")),
    ("Two fishermen were killed by Israeli fire off the coast of Gaza.", "ASSAULT",
     ("ISR", "PSE")),
    # a party the passive is done by stays the doer
    ("Three civilians were killed by Syrian government forces in Idlib.", "ASSAULT",
     ("SYR", "SYR")),
    # a call both sides are named for as its doers: each is an actor with no recipient (the
    # PLOVER rule for reciprocal acts); one named with "with" is the other side
    ("Trump and Erdoğan spoke by phone on Sunday.", "CONSULT", [("USA", None), ("TUR", None)]),
    ("Macron talked by phone with Putin about Syria.", "CONSULT", ("FRA", "RUS")),
    # talks held by two sides somewhere, or on something: the place or matter is no recipient
    ("Putin and Erdoğan held talks in Sochi on Monday.", "CONSULT",
     [("RUS", None), ("TUR", None)]),
    ("Putin and Erdoğan held talks on Syria.", "CONSULT", [("RUS", None), ("TUR", None)]),
    # a claim of responsibility with nothing named as claimed claims the attack just reported
    ("A bomb exploded in a market in Baghdad, killing 20 people. Isis claimed responsibility.",
     "ASSAULT", ("IRQ", "IRQ")),
    ("A car bomb exploded outside a hotel in Mogadishu, killing nine people, and al-Shabaab "
     "claimed responsibility.", "ASSAULT", ("SOM", "SOM")),
]


@pytest.mark.parametrize("text, etype, pair", DOERS)
def test_roles_doer_named_beside_the_act(some_events_in, text, etype, pair):
    assert _pairs(some_events_in(text), etype) == (pair if isinstance(pair, list) else [pair])


# (text, trigger, actor's words): who does an act said beside a passive
PASSIVE_CLAUSES = [
    # a participle set off by commas after the agent says who fired it
    ("The patrol was hit by a mortar round, fired by Isis militants, near Raqqa.", "hit",
     "Isis militants"),
    # an act said as what someone decided or attempted is theirs
    ("Parliament opposed the president's decision to withdraw the troops from Mali.",
     "withdraw", "the president"),
    ("The junta's attempt to arrest the opposition leader failed.", "arrest", "The junta"),
    ("Senators welcomed the decision by the president to withdraw the troops from Mali.",
     "withdraw", "the president"),
    # a printed sheet's words are its distributors'
    ("Opposition activists circulated a leaflet calling for a general strike in Harare.",
     "calling", "Opposition activists"),
    # "in an attempt to": the attempt of the one who acts in the clause
    ("The army cut the roads in an attempt to dislodge the rebels.", "dislodge", "The army"),
    # a passive done in an act that names its doer
    ("Two fishermen were wounded in an Israeli raid near Gaza.", "wounded", "Israeli"),
    ("The commander was killed in coalition airstrikes near Mosul.", "killed", "coalition"),
    # a place the passive happens in names no doer
    ("Forty people were killed in the Bousraya neighbourhood of Raqqa.", "killed", None),
    # a clause of the passive's own: the one it befell acts, not its doer
    ("The medics, hit by a mortar round fired by Isis militants, were trying to evacuate "
     "wounded civilians.", "evacuate", "The medics"),
]


# (text, trigger, actor's words): a party near the act that is not its doer
NOT_THE_DOER = [
    # "the US" is a country, not the pronoun "us" standing for the one who speaks
    ("The spokeswoman confirmed that the US had begun withdrawing its troops from Iraq.",
     "withdrawing", "the US"),
    # the addressee of a message does not say what the message says
    ("The minister sent a message to the rebels calling for a ceasefire.", "calling",
     "The minister"),
]


@pytest.mark.parametrize("text, trigger, actor", NOT_THE_DOER)
def test_roles_doer_not_a_party_beside_it(event_on, text, trigger, actor):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source


# (text, trigger, the actor's name): a pronoun whose own possessive names the speaker ("his
# lawyer said he …") stands for the possessor, not for the speaker
OWNERS_SPEAKING = [
    ("The former minister Karl Brandt was detained on Monday. His lawyer said he had refused "
     "to meet the investigators.", "refused", "Karl Brandt"),
    ("Karl Brandt was detained on Monday. He later called for talks with the rebels, his "
     "office said.", "called", "Karl Brandt"),
]


@pytest.mark.parametrize("text, trigger, name", OWNERS_SPEAKING)
def test_roles_pronoun_of_the_speakers_owner(event_on, text, trigger, name):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.name == name, event.source


@pytest.mark.parametrize("text, trigger, actor", PASSIVE_CLAUSES)
def test_roles_doer_beside_a_passive(event_on, text, trigger, actor):
    event = event_on(text, trigger)
    if actor is None:
        assert event.source is None or event.source.text == "", event.source
    else:
        assert event.source is not None and event.source.text == actor, event.source


# (text, event type): the act keeps no doer, or its own
UNCHANGED = [
    # "-backed" says who supports the doer, not who acts
    ("A US-backed offensive killed 20 people in Raqqa.", "ASSAULT", None),
    # no group claimed it
    ("A bomb exploded in a market in Baghdad, killing 20 people. No group has claimed "
     "responsibility.", "ASSAULT", None),
    # talks with a third party: each side talks with it
    ("Putin and Erdoğan held talks with Rouhani.", "CONSULT", "Rouhani"),
]


@pytest.mark.parametrize("text, etype, recipient", UNCHANGED)
def test_roles_doer_not_taken_from_a_supporter_or_a_denial(some_events_in, text, etype, recipient):
    events = [e for e in some_events_in(text) if e.event_type == etype]
    assert events, text
    if recipient is None:
        # no doer named: none, or the unidentified party a doerless attack implies
        assert all(e.source is None or e.source.text == "" for e in events), events[0].source
    else:
        assert len(events) == 2 and all(e.target is not None and e.target.text == recipient
                                        for e in events)


# (text, the subject's words, whether they name a doer): a common noun for a thing is no one
# who acts; words for people, capitalised names the parse took for nouns and acronyms are
THING_SUBJECTS = [
    ("The decision threatened the ceasefire in the north.", "The decision", False),
    ("The only way forward is to prevent a new war.", "The only way", False),
    ("The new policy blocked the convoy at the border.", "The new policy", False),
    ("Local critics condemned the raid on the village.", "Local critics", True),
    ("Opposition analysts rejected the new plan.", "Opposition analysts", True),
    ("Yesterday ICE deported forty migrants to Honduras.", "ICE", True),
    ("Trump urges the council to renew the sanctions.", "Trump", True),
]


@pytest.mark.parametrize("text, words, doer", THING_SUBJECTS)
def test_actors_things_are_no_doers(nlp, text, words, doer):
    from dateline.actors import ActorResolver

    doc = nlp(text)
    start = next(t.i for t in doc if doc[t.i:].text.startswith(words))
    span = (start, start + len(nlp.tokenizer(words)))
    assert (ActorResolver(doc)(span) is not None) is doer


# (text, trigger, actor's words): the doer of a complement that has no subject of its own is
# the one the passive or the adjective it completes speaks of
SHARED_SUBJECTS = [
    # a passive's complement: the passive's subject acts, not its doer ("is expected to")
    ("The president is expected to launch a new offensive against the rebels.", "offensive",
     "The president"),
    ("The rebel commanders were forced by the army to withdraw from the town.", "withdraw",
     "The rebel commanders"),
    # a purpose clause of a passive: the ones sent do it
    ("Two hundred soldiers were sent to the border to arrest the smugglers.", "arrest",
     "Two hundred soldiers"),
    # an adjective's complement after a verb other than "be"
    ("The governor appears ready to negotiate with the strikers.", "negotiate",
     "The governor"),
    # a verb of seeing or imagining: its object is the doer of the gerund after it
    ("The minister said he saw Norway accepting the proposal.", "accepting",
     "Norway"),
]


def test_roles_the_dead_a_passive_speaks_of_are_no_doers(event_on):
    event = event_on("The commander is believed to have died in the clashes.", "died")
    assert event.source is None and event.target.text == "The commander", event


@pytest.mark.parametrize("text, trigger, actor", SHARED_SUBJECTS)
def test_roles_doer_shared_with_a_passive_or_adjective(event_on, text, trigger, actor):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source


# (text, trigger, actor country): who acts when a phrase set off by commas stands between the
# subject and its verb, an envoy is named with where they serve, or a spokesperson speaks
ASIDES_AND_ENVOYS = [
    # a participle or adjective phrase between the subject and the verb
    ("Hungarian ministers, long reluctant to speak out, openly criticised the Czech decision.",
     "criticised", "HUN"),
    # the ambassador to a body acts for their own country, not for the body
    ("The Dutch ambassador to the UN, Anna Visser, also criticised Russia on Monday.",
     "criticised", "NLD"),
    ("Dutch UN ambassador Anna Visser also criticised Russia on Monday.", "criticised", "NLD"),
    # a speaker's own act after what they said was done or so
    ("The Dutch envoy Anna Visser said that the Netherlands would not join the raid, "
     "rejecting a request by the Iranian government.", "rejecting", "NLD"),
    # a spokesperson of a government office speaks for the government
    ('A Home Office spokesperson said on Friday: "We have agreed to pause the talks with Iran."',
     "agreed", "GBR"),
]


def test_roles_a_place_an_attack_hit_kills_no_one(event_on):
    # "which" after the place an attack hit stands for the attack, not for the place
    event = event_on("Officials blamed the army for the gas attack on the rebel-held village of "
                     "Tarsun, which killed up to 40 people.", "killed")
    assert event.source is None or "Tarsun" not in event.source.text, event.source


@pytest.mark.parametrize("text, trigger, country", ASIDES_AND_ENVOYS)
def test_roles_doer_across_an_aside_or_an_envoys_post(event_on, text, trigger, country):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.country == country, event.source


@pytest.mark.parametrize("text, trigger", [
    ("The army said the town was shelled overnight, killing ten civilians.", "shelled"),
    ("Police said the market was bombed on Monday, wounding dozens of shoppers.", "bombed"),
])
def test_roles_a_speaker_is_not_the_doer_of_the_harm_reported(event_on, text, trigger):
    # the participle after "X said Y was ..." is X's own act only when it is a reply
    # ("rejecting the claim"); a killing there is the reported attack's, whose doer is unsaid
    event = event_on(text, trigger)
    assert event.source is None, event.source
