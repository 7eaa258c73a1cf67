"""The event coder, one sentence per construction (table-driven)."""

from __future__ import annotations

import pytest

from dateline.code.lexicon import ACLED_SUBTYPES, NOT_AN_EVENT, PLOVER_TYPES, load_lexicon

PUBDATE = "2024-03-16"


def _find(events, event_type, trigger=None):
    for e in events:
        if e.event_type == event_type and (trigger is None or e.trigger.lower() == trigger):
            return e
    raise AssertionError(f"no {event_type} {trigger or ''} in "
                         f"{[(e.event_type, e.trigger) for e in events]}")


# (sentence, event type, trigger, source words, target words)
ROLES = [
    ("Rebels attacked an army checkpoint near Goma.", "ASSAULT", "attacked", "Rebels",
     "an army checkpoint"),
    ("The protester was shot by police.", "ASSAULT", "shot", "police", "The protester"),
    ("Three villagers were killed at the hands of militants.", "ASSAULT", "killed", "militants",
     "Three villagers"),
    ("The army and the police arrested the suspects.", "COERCE", "arrested",
     "The army and the police", "the suspects"),
    # the place raided is the event's object, not a recipient (tests/test_actors.py)
    ("Israeli planes carried out a raid on the tunnels area in Rafah.", "ASSAULT", "raid",
     "Israeli planes", None),
    ("Kenyan and Somali officials held talks in Nairobi.", "CONSULT", "talks",
     "Kenyan and Somali officials", None),
    ("The president granted a pardon to the journalists.", "CONCEDE", "pardon", "The president",
     "the journalists"),
    ("Police failed to arrest the gunmen.", "COERCE", "arrest", "Police", "the gunmen"),
    ("The government sought to dissolve the opposition party.", None, None, None, None),
    ("The army launched an offensive against the rebels.", "ASSAULT", "offensive", "The army",
     "the rebels"),
    ("The court sentenced the opposition leader.", "SANCTION", "sentenced", "The court",
     "the opposition leader"),
    ("The United Nations delivered food aid to displaced families.", "AID", "aid",
     "The United Nations", "displaced families"),
]


@pytest.mark.parametrize("text, etype, trigger, source, target", ROLES)
def test_code_roles(events_in, text, etype, trigger, source, target):
    events = events_in(text, PUBDATE)
    if etype is None:
        assert events == [] or all(e.event_type != "ASSAULT" for e in events)
        return
    e = _find(events, etype, trigger)
    if source is None:
        assert e.source is None
    else:
        assert e.source is not None and e.source.text == source
    if target is not None:
        assert e.target is not None and e.target.text == target


# (sentence, event type, trigger, expected status)
STATUS = [
    ("Police failed to capture the gunmen.", "COERCE", "capture", "failed"),
    ("The militants tried to storm the prison.", "ASSAULT", "storm", "attempted"),
    ("The rebels threatened to attack Goma.", "THREATEN", "threatened", "actual"),
    ("The army did not attack the village.", "ASSAULT", "attack", "negated"),
    ("Hamas accused Israel of killing five civilians.", "ASSAULT", "killing", "alleged"),
    ("Hamas accused Israel of killing five civilians.", "ACCUSE", "accused", "actual"),
    ("The opposition demanded that the government release the prisoners.", "REQUEST",
     "demanded", "actual"),
    ("The government offered to release the prisoners.", "CONCEDE", "release", "proposed"),
    ("The minister denied that police had beaten the students.", "ASSAULT", "beaten", "denied"),
    ("No one was arrested.", "COERCE", "arrested", "negated"),
    ("Neither the police nor the army was deployed in the old town.", "MOBILIZE", "deployed",
     "negated"),
    # modals, framing nouns and adjectives, conditions
    ("Those who planned the attack should be arrested.", "COERCE", "arrested", "demanded"),
    ("The police must arrest the culprits.", "COERCE", "arrest", "demanded"),
    ("The congress urged him to take steps to arrest the rioters.", "COERCE", "arrest",
     "demanded"),
    ("The army foiled a bid to storm the palace.", "ASSAULT", "storm", "attempted"),
    ("The cabinet took a decision to deploy the army.", "MOBILIZE", "deploy", "proposed"),
    ("The leaders are likely to be arrested on Friday.", "COERCE", "arrested", "proposed"),
    ("He said they are free to arrest us.", "COERCE", "arrest", "proposed"),
    ("The police did nothing to stop the mob.", "COERCE", "did", "negated"),
    ("Russia says Israel must end its attacks on Syria.", "RETREAT", "attacks", "demanded"),
    ("The police were unwilling to register cases against the rioters.", "ACCUSE", "cases",
     "negated"),
]


@pytest.mark.parametrize("text, etype, trigger, status", STATUS)
def test_code_status(events_in, text, etype, trigger, status):
    e = _find(events_in(text, PUBDATE), etype, trigger)
    assert e.status == status


def test_code_accused_act_has_the_accused_as_actor(events_in):
    e = _find(events_in("Hamas accused Israel of killing five civilians.", PUBDATE), "ASSAULT")
    assert e.source is not None and e.source.country == "ISR"
    assert e.cameo_root == "11"  # an unproven act counts as the accusation in CAMEO terms


def test_code_negated_event_has_no_cameo_or_acled(events_in):
    e = _find(events_in("The army did not attack the village.", PUBDATE), "ASSAULT")
    assert e.cameo_root is None and e.acled_event_type is None


# (sentence, fatalities, injuries)
COUNTS = [
    ("Gunmen killed three soldiers in Maiduguri.", 3, None),
    ("An air strike that killed four civilians hit the market.", 4, None),
    ("Dozens were wounded when a car bomb exploded in Kabul.", None, 24),
    ("The protester was shot dead by police.", 1, None),
    ("Soldiers killed twelve militants and wounded five.", 12, None),
]


@pytest.mark.parametrize("text, fatalities, injuries", COUNTS)
def test_code_casualty_counts(events_in, text, fatalities, injuries):
    events = [e for e in events_in(text, PUBDATE) if e.event_type == "ASSAULT"]
    assert events
    if fatalities is not None:
        assert max(e.fatalities or 0 for e in events) == fatalities
    if injuries is not None:
        assert max(e.injuries or 0 for e in events) == injuries


# (sentence, ACLED sub-event type expected on some event)
ACLED = [
    ("Israeli warplanes bombed a house in Khan Younis.", "Air/drone strike"),
    ("A drone strike hit a car near Mir Ali.", "Air/drone strike"),
    ("Russian forces shelled residential areas of Kharkiv with artillery.",
     "Shelling/artillery/missile attack"),
    ("A roadside bomb killed five soldiers near Mopti.", "Remote explosive/landmine/IED"),
    ("A suicide bomber attacked a mosque in Peshawar.", "Suicide bomb"),
    ("Militants threw a grenade at a police post in Srinagar.", "Grenade"),
    ("Government forces attacked the town with chemical weapons.", "Chemical weapon"),
    ("Rebels clashed with government troops near Bunia.", "Armed clash"),
    ("The army recaptured the town of Kidal from the rebels.", "Government regains territory"),
    ("Militants seized the town of Palma.", "Non-state actor overtakes territory"),
    ("Gunmen abducted twenty students from a school in Kaduna.",
     "Abduction/forced disappearance"),
    ("Soldiers raped two women in the village.", "Sexual violence"),
    ("Gunmen shot dead a farmer in Benue.", "Attack"),
    ("Thousands of teachers marched peacefully in Nairobi.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters in Dhaka.", "Protest with intervention"),
    ("Rioters torched shops in the market.", "Violent demonstration"),  # ACLED: by rioters
    ("A mob lynched a man accused of theft.", "Mob violence"),
    ("Protesters rioted and clashed with police in the capital.", "Violent demonstration"),
    ("Police arrested eleven protesters in Beirut.", "Arrests"),
    ("The government and the rebels signed a peace agreement.", "Agreement"),
    ("Soldiers defused a bomb planted near the bridge.", "Disrupted weapons use"),
    ("Looters ransacked government offices in the town.", "Looting/property destruction"),
    ("Police shot dead two protesters in Khartoum.", "Excessive force against protesters"),
    ("The two rebel factions merged into a single group.", "Change to group/activity"),
    ("The militia established a new base near the border.", "Headquarters or base established"),
    ("The rebels withdrew from the town without a fight.", "Non-violent transfer of territory"),
    ("The army mobilized troops along the border.", "Other"),
]


@pytest.mark.parametrize("text, sub", ACLED)
def test_code_acled_subtypes(events_in, text, sub):
    subs = {e.acled_sub_event_type for e in events_in(text, PUBDATE)}
    assert sub in subs, subs


def test_code_every_acled_subtype_has_a_sentence_coded_to_it():
    # each sentence of the table is coded by test_code_acled_subtypes
    every = {sub for subs in ACLED_SUBTYPES.values() for sub in subs}
    assert every == {sub for _, sub in ACLED}


def test_code_every_plover_type_has_triggers():
    lex = load_lexicon()
    types = {s.event_type for senses in lex.verbs.values() for s in senses}
    assert types - {NOT_AN_EVENT} == PLOVER_TYPES


def test_code_topical_event_nouns_are_not_events(events_in):
    events = events_in("Residents voiced fears of an attack on the city.", PUBDATE)
    assert not [e for e in events if e.event_type == "ASSAULT"]


def test_code_events_carry_cameo_root_and_provenance(events_in):
    events = events_in("Police arrested three protesters in Lahore on Friday.", PUBDATE)
    assert events
    for e in events:
        assert e.rule.startswith("dateline.")
        assert e.cameo_root is None or len(e.cameo_root) == 2


def test_code_outlet_is_never_an_actor(events_in):
    events = events_in("Reuters reported that rebels attacked the town.", PUBDATE)
    assert events and all(e.source is None or e.source.text != "Reuters" for e in events)


def test_code_state_agents_take_the_country_of_the_place(events_in):
    e = _find(events_in("Police arrested three protesters in Lahore.", PUBDATE), "COERCE")
    assert e.source is not None and e.source.sector == "COP" and e.source.country == "PAK"


def test_code_user_lexicon_rows_come_first(tmp_path, monkeypatch):
    (tmp_path / "verbs.tsv").write_text("snub\tREJECT\t\t12\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_LEXICON", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        assert load_lexicon().verbs["snub"][0].event_type == "REJECT"
    finally:
        monkeypatch.delenv("DATELINE_LEXICON")
        load_lexicon.cache_clear()


def test_code_malformed_lexicon_is_a_clear_error(tmp_path, monkeypatch):
    from dateline.errors import DataFileError

    (tmp_path / "verbs.tsv").write_text("snub\tSNUB\t\t12\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_LEXICON", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="unknown PLOVER type"):
            load_lexicon()
    finally:
        monkeypatch.delenv("DATELINE_LEXICON")
        load_lexicon.cache_clear()


@pytest.mark.parametrize("text, expected", [
    ("Rebels attacked the convoy.", [("ASSAULT", "verb")]),
    ("Israeli planes carried out a raid on the tunnels.", [("ASSAULT", "light_verb")]),
    ("An air strike killed five people.", [("ASSAULT", "noun_subject")]),
    ("The government will not release the prisoners.", [("REJECT", "refusal")]),
])
def test_code_mentions_name_their_construction(nlp, text, expected):
    from dateline.code import find_mentions

    mentions = find_mentions(nlp(text))
    assert [(m.sense.event_type, m.construction) for m in mentions] == expected
    assert all(m.rule.endswith(":" + m.construction) for m in mentions)


@pytest.mark.parametrize("text, verb", [
    ("Troops seized the town on Monday.", "seized"),
    ("The army released figures on Monday.", "released"),
])
def test_code_verb_reading_read_once_per_lexicon(nlp, text, verb):
    """A verb's reading is kept for its document, but a reading under another lexicon is that
    lexicon's own."""
    from dataclasses import replace

    from dateline.code.lexicon import Sense
    from dateline.code.senses import verb_reading

    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    lex = load_lexicon()
    first = verb_reading(lex, tok)
    assert first is not None
    assert verb_reading(lex, tok) is first
    other = Sense(tok.lemma_, "PROTEST", None, "14", None, None)
    mine = replace(lex, verbs={**lex.verbs, tok.lemma_: (other,)})
    assert verb_reading(mine, tok) == other
    assert verb_reading(lex, tok) == first
