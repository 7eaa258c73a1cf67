"""The police pack, one illustrative sentence per construction (table-driven): police measures
named by a noun alone, what is only asked for, the doer of a booking, forces named with a
hyphenated word."""

from __future__ import annotations

import pytest


def _police(events):
    return [e for e in events if e.source is not None and e.source.sector == "COP"]


# (sentence, mode of the police's act, its status; None when the police do nothing here)
MEASURES = [
    # nouns alone: arrests, detentions, security measures
    ("The arrests made in the district were not valid, the lawyer said.", "arrest", "actual"),
    ("The state accounted for most of the detentions under the old law.", "arrest", "actual"),
    ("Rahul Mehta's arrest has exposed the smuggling network.", "arrest", "actual"),
    ("His detention has angered the students.", "arrest", "actual"),
    ("The arrested traders were taken to the district jail.", "arrest", "actual"),
    ("The prisoner was brought to the court amid tight security.", "police", "actual"),
    ("Elaborate security arrangements have been made around the shrine.", "police", "actual"),
    ("The market town remained calm under a security blanket.", "police", "actual"),
    ("There was unprecedented security in the old quarter on Sunday.", "police", "actual"),
    # security raised by no one named, the verb coded or not
    ("Security has been beefed up around the old fort.", "police", "actual"),
    ("Security was enhanced near the two workshops.", "police", "actual"),
    ("Security will be beefed up around the old fort.", None, None),
    # booked under a law: a case the police registered
    ("Forty people have been booked under the anti-terror law.", "allege", "actual"),
    # only asked for, or a topic: no act of the police
    ("The rally demanded a ban on the group and the arrest of its leaders.", None, None),
    ("Some of them have called for the arrest of the organisers.", None, None),
    ("On national security, the minister said there was no plan.", None, None),
    ("The delegates voiced security concerns about the summit.", None, None),
    ("There was no security at the gate that night.", None, None),
    ("She booked a table at the restaurant.", None, None),
    # an arrest as a state or a background: the news is something else
    ("The government released the detained opposition leaders on Monday.", None, None),
    ("The court approved his extradition two months after his arrest.", None, None),
    ("Experts urged the government to empty places of detention.", None, None),
]


@pytest.mark.parametrize("text, mode, status", MEASURES)
def test_police_measures_named_by_a_noun(pipeline, text, mode, status):
    events = pipeline.extract(text)
    acts = [e for e in _police(events) if e.status not in ("failed", "negated", "demanded")]
    if mode is None:
        assert not acts, [(e.event_type, e.mode, e.status, e.trigger) for e in acts]
        return
    assert acts, [(e.event_type, e.mode, e.status, e.source) for e in events]
    assert any(e.mode == mode and e.status == status for e in acts), \
        [(e.event_type, e.mode, e.status, e.trigger) for e in acts]


def test_police_measures_asked_for_are_demanded(pipeline):
    events = pipeline.extract("The rally demanded a ban on the group and the arrest of its "
                              "leaders.")
    arrests = [e for e in events if e.mode == "arrest"]
    assert arrests, [(e.event_type, e.mode, e.trigger) for e in events]
    assert all(e.status == "demanded" and e.cameo_root != "17" for e in arrests), \
        [(e.status, e.cameo_root) for e in arrests]


@pytest.mark.parametrize("text, sector", [
    ("Six companies of para-military forces had been deployed inside the complex.", "COP"),
    ("The para-military forces conducted a flag march through the town.", "COP"),
    ("Two columns of the army were deployed in the city.", "MIL"),
])
def test_police_hyphenated_forces_keep_their_sector(pipeline, text, sector):
    events = [e for e in pipeline.extract(text) if e.source is not None]
    assert events, pipeline.extract(text)
    assert any(e.source.sector == sector for e in events), [(e.source.text, e.source.sector)
                                                            for e in events]


@pytest.mark.parametrize("text, patient, actor", [
    ("Rahul Mehta's arrest has exposed the smuggling network.", "Rahul Mehta", None),
    ("Her killing shocked the nation.", "Her", None),
    ("The army's arrest of three students angered the town.", "three students", "The army"),
])
def test_police_owner_of_an_act_done_to_someone(pipeline, text, patient, actor):
    events = [e for e in pipeline.extract(text) if e.event_type in ("COERCE", "ASSAULT")]
    assert events, pipeline.extract(text)
    e = events[0]
    assert e.target is not None and e.target.text == patient, e.target
    assert (e.source.text or None if e.source else None) == actor, e.source


# Acts that are the police's by what is done, no doer named: (sentence, PLOVER type, mode)
POLICE_BY_THEIR_MEANS = [
    ("A case was registered against the shopkeeper under the Arms Act.", "ACCUSE", "investigate"),
    ("An FIR was lodged against five unidentified persons.", "ACCUSE", "investigate"),
    ("A case has been registered and investigation is on.", "ACCUSE", "investigate"),
    ("Tear gas shells were lobbed to disperse the crowd.", "ASSAULT", "crowd-control"),
    ("Tear gas was used to scatter the stone-throwers.", "ASSAULT", "crowd-control"),
    # firing done to disperse or control a crowd is crowd control
    ("Several rounds were fired in the air to control the crowd.", "ASSAULT", "crowd-control"),
    ("Shots were fired to scatter the crowd near the bus depot.", "ASSAULT", "crowd-control"),
    # resorting to an act is doing it
    ("Police resorted to a lathi-charge near the mosque.", "ASSAULT", "crowd-control"),
    # arms, explosives or drugs seized with no one named
    ("Two rifles and forty cartridges were recovered from the shed.", "COERCE", "seize"),
    ("Acid bulbs and petrol bombs were seized during the searches.", "COERCE", "seize"),
]


@pytest.mark.parametrize("text, event_type, mode", POLICE_BY_THEIR_MEANS)
def test_police_acts_known_by_their_means(pipeline, text, event_type, mode):
    acts = [e for e in _police(pipeline.extract(text)) if e.status == "actual"]
    assert acts, [(e.event_type, e.mode, e.source) for e in pipeline.extract(text)]
    assert any(e.event_type == event_type and e.mode == mode for e in acts), \
        [(e.event_type, e.mode) for e in acts]


@pytest.mark.parametrize("text", [
    "The sisters filed a case in the High Court against the builder.",  # a litigant's case
    "Rebels lobbed grenades at the convoy.",  # a bombing, no crowd control
    "The tenants lodged a complaint with the housing board.",
    "Shots were fired at the convoy near the border.",  # no crowd, no crowd control
    "The fishing boat was seized off the coast.",  # no arms: whose seizure is not said
])
def test_police_means_need_the_police_record_or_arms(pipeline, text):
    assert not _police(pipeline.extract(text)), [(e.event_type, e.mode, e.source)
                                                  for e in pipeline.extract(text)]


@pytest.mark.parametrize("text", [
    "Para-military troops staged a flag march in the old city.",
    "CRPF jawans were deployed at the temple gates.",
    "The SHO and two constables reached the spot and took the injured to hospital.",
    "The cops picked up three youths from the market.",
    # a police speaker's own men act for the police
    "The superintendent of police said his officers had arrested the two accused.",
])
def test_police_kinds_of_force_are_police(pipeline, text):
    assert _police(pipeline.extract(text)), [(e.event_type, e.source) for e in
                                             pipeline.extract(text)]


# Ordinary news, none of it a police act (words the police pack reads: case, custody, force,
# inspector, station, charge, fire, gas, encounter, register)
ORDINARY_NEWS = [
    "The court registered a sharp rise in the number of pending cases this year.",
    "Gas prices rose for the third month in a row, the ministry said.",
    "The school inspector praised the new library at the village school.",
    "The railway station will be renovated at a cost of 40 crore rupees.",
    "Voters registered in large numbers ahead of the municipal election.",
    "The fire brigade put out a blaze at a textile mill on Monday.",
    "The couple were granted custody of their grandchildren by the family court.",
    "The new tax rules come into force on April 1.",
    "The electricity board will charge consumers a higher tariff from next month.",
    "A chance encounter with a film director changed her career.",
    "The company filed a case against its former chief executive in the civil court.",
    # a force's men dying is no act of theirs
    "Two policemen died in hospital on Monday.",
]


@pytest.mark.parametrize("text", ORDINARY_NEWS)
def test_police_ordinary_news_is_no_police_event(pipeline, text):
    assert not _police(pipeline.extract(text)), [(e.event_type, e.mode, e.trigger, e.source)
                                                  for e in pipeline.extract(text)]


# (sentence, whether the armed forces' act is police work): armed forces keeping order at home
POLICING_ROLE = [
    ("The army conducted a flag march through the old quarter on Friday.", True),
    ("Troops were rushed to the riot-hit town on Monday night.", True),
    ("Soldiers were deployed to restore calm after the communal clashes.", True),
    ("Soldiers rounded up twenty rioters in the village.", True),
    ("The army imposed a curfew on the town on Sunday.", True),
    ("Soldiers arrested two militants near the border.", False),
    ("Troops patrolled the streets of Kandahar.", False),
    ("Troops were deployed along the northern frontier.", False),
    ("The navy sent two frigates to the gulf.", False),
]


@pytest.mark.parametrize("text, policing", POLICING_ROLE)
def test_police_armed_forces_in_a_policing_role(pipeline, text, policing):
    events = pipeline.extract(text)
    acts = [e for e in _police(events) if e.status == "actual"]
    if not policing:
        assert not acts, [(e.event_type, e.mode, e.source) for e in acts]
        return
    assert acts, [(e.event_type, e.mode, e.source) for e in events]
    assert any("policing role" in (e.source.name or "") for e in acts), \
        [e.source for e in acts]


@pytest.mark.parametrize("text", [
    "Stones were hurled at the police near the bus stand.",
    "Stones were thrown towards the police outside the court.",
    "A crowd pelted stones at the police after the match.",
])
def test_police_acts_aimed_at_the_police_are_not_theirs(pipeline, text):
    events = pipeline.extract(text)
    assert [e for e in events if e.event_type == "ASSAULT"], \
        [(e.event_type, e.trigger) for e in events]
    assert not _police(events), [(e.event_type, e.trigger, e.source) for e in _police(events)]


@pytest.mark.parametrize("text, doer", [
    ("Vigil was heightened along the river bank after the clash.", "police (implied)"),
    ("Security has been strengthened at the bus depot.", "police (implied)"),
    ("Surveillance was intensified on all roads into the old town.", "police (implied)"),
    ("Security has been tightened around the shrine.", "police (implied)"),
    ("The two camps remained under surveillance through the night.", "police (implied)"),
    ("Three suspects were kept under strict surveillance.", "police (implied)"),
])
def test_police_security_stepped_up_with_no_doer_is_theirs(pipeline, text, doer):
    acts = [e for e in _police(pipeline.extract(text)) if e.status == "actual"]
    assert acts, text
    assert any(e.mode == "police" and e.source.name == doer for e in acts), \
        [(e.mode, e.source) for e in acts]


@pytest.mark.parametrize("text", [
    "Mass surveillance by the intelligence agency was criticised.",  # someone else's
    "The agency's surveillance of journalists was criticised.",  # its owner's
    "The council demanded more surveillance of the estate.",  # only asked for
    "The government put the activists under surveillance.",  # the government's
    "The agency will resume surveillance of the border.",
])
def test_police_surveillance_kept_by_someone_named_is_not_theirs(pipeline, text):
    events = pipeline.extract(text)
    assert not [e for e in _police(events) if e.mode == "police"], \
        [(e.event_type, e.mode, e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text, arrest", [
    ("Soldiers helped to arrest the worsening situation in the district.", False),
    ("The new rules failed to arrest the decline in sales.", False),
    ("Soldiers arrested five men in the village.", True),
])
def test_police_arrest_a_situation_is_no_arrest(pipeline, text, arrest):
    events = pipeline.extract(text)
    assert events or not arrest, text
    assert any(e.mode == "arrest" for e in events) == arrest, \
        [(e.event_type, e.mode, e.trigger) for e in events]



# (sentence, whether the police act there): a failure to act is their only act there, with no
# act of theirs beside it at the verb that frames it ("preferred to stand", "failed to stop") or
# at an act named as missing; trying to act is an act
FAILURES = [
    ("Instead of stopping the looters, the constables preferred to stand as passive onlookers.",
     False),
    ("Residents said the police had failed to stop the looting of the market.", False),
    ("Shopkeepers said the police had failed to prevent the influx of outsiders.", False),
    ("Neither the police nor the army was deployed to guard the market.", False),
    ("Mobs looted the shops in the old town as the police stood by.", False),
    ("There was a complete lack of police action when the crowd set the shops alight.", False),
    ("Shopkeepers complained of the absence of police protection in the old town.", False),
    ("Constables tried to stop the looting of the market.", True),
    ("The police provided protection to the pilgrims in the old town.", True),
    # watching others' force is looking on; watching what is no force is no failure
    ("The mob burned the shops as fifty policemen watched.", False),
    ("The police watched as the houses were set on fire.", False),
    ("While the police watched, the crowd beat two men.", False),
    ("Police watched as the protesters marched to the square.", True),
]


@pytest.mark.parametrize("text, acted", FAILURES)
def test_police_failure_to_act_is_no_action(pipeline, text, acted):
    police = _police(pipeline.extract(text))
    assert police, text
    assert any(e.status not in ("failed", "negated") for e in police) == acted, \
        [(e.event_type, e.status, e.trigger) for e in police]


# (sentence, the status of the rules' own police act, or None when they give the police none):
# what a force fails to do is their failure to act even where the lexicon reads the verb as no
# event ("prevent the influx"), and "unable to" fails as "failed to" does; an army's failed
# duty of that kind and a failure of no force are no police act
DUTIES_FAILED = [
    ("Shopkeepers said the police had failed to prevent the influx of outsiders.", "failed"),
    ("The constables were unable to stop the looting of the market.", "failed"),
    ("The police were unable to check the riots in the old town.", "failed"),
    ("The police stopped the looting of the market.", "actual"),
    ("Troops failed to prevent the spread of the fire.", None),
    ("The council failed to prevent the spread of the disease.", None),
]


@pytest.mark.parametrize("text, status", DUTIES_FAILED)
def test_police_duty_failed_by_the_rules(nlp, text, status):
    from dateline import Article
    from dateline.pipeline import DocumentCoder

    doc = nlp(text)
    police = _police(DocumentCoder(doc, Article(doc_id="t", text=text)).rule_events())
    assert {e.status for e in police} == ({status} if status else set()), \
        [(e.event_type, e.status, e.trigger) for e in police]


# (text, whether its inspectors or RAF are the police): a rank or force that other bodies have
# too is the police's by its own phrase, else its sentence, else the rest of the document
SHARED_RANKS = [
    ("A police inspector arrested two men at the bus stand.", True),
    ("The inspector of police raided the gambling den on Friday.", True),
    ("A sub-inspector detained the driver of the truck.", True),
    ("Inspector Verma arrested the shopkeeper on Tuesday.", True),
    ("Inspectors and constables searched the houses of the accused.", True),
    ("Weapons inspectors searched a warehouse outside the capital.", False),
    ("UN inspectors searched a factory outside the capital.", False),
    ("Inspectors from the watchdog searched the nuclear plant.", False),
    ("Health inspectors raided the restaurant on Friday.", False),
    ("The watchdog said chemical weapons had been used in the town. Its inspectors searched "
     "the hospital on Monday.", False),
    ("The RAF staged a flag march through the riot-hit town.", True),
    ("RAF jets bombed a convoy near the border.", False),
]


@pytest.mark.parametrize("text, police", SHARED_RANKS)
def test_police_shared_ranks_are_police_by_their_context(pipeline, text, police):
    events = pipeline.extract(text)
    by_rank = [e for e in events if e.source is not None and any(
        w in e.source.text.lower() for w in ("inspector", "raf"))]
    assert by_rank, [(e.event_type, e.trigger, e.source) for e in events]
    assert all((e.source.sector == "COP") == police for e in by_rank), \
        [(e.trigger, e.source.text, e.source.sector) for e in by_rank]
    if not police:
        assert not _police(events), [(e.trigger, e.source) for e in _police(events)]


WAR_STORY = ("Rebel fighters shelled the northern town on Monday. Government troops answered "
             "with air strikes on the rebels' positions. Two foreign fighters were captured near "
             "the border. The army said the offensive would go on.")
CRIME_STORY = ("Police raided a warehouse in the port city on Monday. Officers found stolen "
               "goods worth millions. Two brothers were arrested at the scene. Police said more "
               "arrests were likely.")


@pytest.mark.parametrize("text, trigger, police", [
    (WAR_STORY, "captured", False),  # the sides at war take prisoners
    (CRIME_STORY, "arrested", True),
    ("Two brothers were arrested at the scene.", "arrested", True),  # no story: the police's
])
def test_police_implied_only_outside_a_war_story(pipeline, text, trigger, police):
    acts = [e for e in pipeline.extract(text) if e.trigger == trigger]
    assert acts, text
    assert any(e.source is not None and e.source.sector == "COP" for e in acts) == police, \
        [(e.trigger, e.source) for e in acts]


@pytest.mark.parametrize("text, scene", [
    ("He said he had been beaten in prison before his release.", "prison"),
    ("A man was shot dead at the police station on Monday.", "station"),
])
def test_police_word_naming_the_scene_is_no_doer(pipeline, text, scene):
    events = pipeline.extract(text)
    assert [e for e in events if e.event_type == "ASSAULT"], \
        [(e.event_type, e.trigger) for e in events]
    assert not [e for e in events if e.source is not None and scene in e.source.text], \
        [(e.event_type, e.trigger, e.source) for e in events]


# (sentence, the army's generic act's trigger, or None when there is none): what a soldier does
# as a person, a former soldier's doings and a soldier's death are no acts of the army
ARMY_NON_ACTS = [
    ("A retired army officer left the country last year and settled abroad.", None),
    ("The colonel, a former army officer, wrote in a newspaper on Monday.", None),
    ("An army sergeant serving with the mission has died in a road accident.", None),
    ("The rebel commander smiled at the crowd.", None),
    ("The regiment had played a decisive role in the siege, officers recall.", None),
    ("The army sent a convoy of trucks to the border town on Monday.", "sent"),
]


@pytest.mark.parametrize("text,trigger", ARMY_NON_ACTS)
def test_police_army_non_acts_are_no_events(pipeline, text, trigger):
    acts = [e.trigger for e in pipeline.extract(text)
            if e.source is not None and e.source.sector == "MIL" and e.mode == "troops"]
    assert acts == ([trigger] if trigger else []), acts
