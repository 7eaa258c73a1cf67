"""The recipient of an event is the party it is done to, with or for, one illustrative sentence
per construction (table-driven): passive subjects shared through coordination and subordinate
clauses, parties a thing is shared with or handed to, the party a thing is surrendered to
rather than the place it lies in, and an accuser who is not also the accused."""

from __future__ import annotations

import pytest


# (sentence, trigger, recipient words, object words where the thing acted on is checked)
RECIPIENTS = [
    # a passive verb coordinated with another shares its subject
    ("Six Greek sailors, held for weeks off the coast, were freed by the navy.", "freed",
     "Six Greek sailors", None),
    # a passive in a subordinate clause: its sufferer is the main clause's subject
    ("The mayor resigned after being attacked by armed men in the square.", "attacked",
     "The mayor", None),
    # a thing shared with a party: the party is the recipient, the thing the object
    ("The agency shared raw intelligence files with the Kenyan government.", "shared",
     "the Kenyan government", None),
    ("The agency has been sharing raw intelligence information with the Kenyan government "
     "for years.", "sharing", "the Kenyan government", "raw intelligence information"),
    # a thing handed over to a party rather than the place where it lies
    ("The rebels surrendered their last stronghold in the valley to government forces.",
     "surrendered", "government forces", None),
    # counted things are things: the party they go to is the recipient
    ("The museum returned dozens of stolen statues to the Embassy of Peru.", "returned",
     "the Embassy of Peru", "dozens of stolen statues"),
    # a participle set off by a comma after a thing describes the clause's subject
    ("Government forces held the district, backed by allied militias.", "backed",
     "Government forces", None),
    # a thing that concerns a party: the party it is of
    ("The minister conceded to the demands of the striking dock workers.", "conceded",
     "the striking dock workers", None),
    ("The cabinet rejected demands by several neighbouring countries.", "rejected",
     "several neighbouring countries", None),
    # a share of a group is the group's members
    ("Only 10% of the detained protesters were beaten by the police.", "beaten",
     "Only 10% of the detained protesters", None),
    # kin are parties when harm is done to them
    ("The journalist's brother was killed by gunmen.", "killed", "The journalist's brother",
     None),
    # whom an act helps, named as the subject of what it helps them do
    ("Britain will help the Kenyan army patrol its borders.", "help", "the Kenyan army", None),
    # the place that locates the party, though the parse hangs it from the verb
    ("Police arrested 20 students in Dhaka on Sunday.", "arrested", "20 students in Dhaka",
     None),
    # an attack on a thing: those its killing or wounding clause names are its victims
    ("Gunmen attacked a checkpoint near the border, killing two soldiers.", "attacked",
     "two soldiers", "a checkpoint"),
    ("Militants ambushed a convoy on the highway, wounding five police officers.", "ambushed",
     "five police officers", "a convoy"),
    # people of any trade are parties the act goes to
    ("The two men supplied detailed maps to army interrogators.", "supplied",
     "army interrogators", None),
    # talks are with a party, on a topic: the topic is no recipient
    ("Chile renewed negotiations with Peru on a joint fishing accord.", "negotiations", "Peru",
     None),
    # a capped count parsed as a particle and a phrase ("up" "to 12 aid workers")
    ("Militants have kidnapped up to 16 Chinese road engineers from a village bazaar.",
     "kidnapped", "16 Chinese road engineers", None),
    # forces mobilised are the actor's own: the recipient is whom they are readied against
    ("Armenia mobilised its reservists for a war against Azerbaijan.", "mobilised",
     "Azerbaijan", None),
    # an attack named by a noun: the victims of the killing it is the subject of, or that
    # the verb carrying it goes on to; the town it is done in is the object
    ("A suicide attack on a fuel convoy killed nine soldiers near the capital.",
     "suicide attack", "nine soldiers", "a fuel convoy"),
    ("The navy carried out two air strikes in eastern Sirte, killing a dozen militia fighters.",
     "air strikes", "a dozen militia fighters", "eastern Sirte"),
    # forces sent or offered: the party they go to
    ("The prime minister has offered to send troops to Somalia.", "offered", "Somalia", None),
    ("The Dutch government offered to the United Nations a battalion of marines.", "offered",
     "the United Nations", None),
    # an ally fought with is no enemy fought against
    ("Kurdish fighters who fought with the coalition against the militants on Sunday were "
     "honoured.",
     "fought", "the militants", None),
    # a call for an act against someone, of no one asked: whom the act concerns
    ("The senator called for sanctions against Belarus.", "called", "Belarus", None),
    # what is "against" someone is aimed at them, whatever kind of body they are
    ("The minister called for sanctions against two state-owned shipping companies.",
     "called", "two state-owned shipping companies", None),
    # an act named by a noun, with a place and a party named: the party it is against
    ("The army launched an offensive on Kiribati Point against the rebel militia.",
     "offensive", "the rebel militia", None),
    ("The air force carried out raids on Port Sorel against the insurgents.", "raids",
     "the insurgents", None),
    # an "against" phrase the parse hangs on the place the act is done in is the act's
    ("The army launched an operation in the hill district of Varna against the tribal "
     "militia.", "operation", "the tribal militia", None),
    # a named person is not placed by where the act happens
    ("The chancellor will meet President Joe Biden in Washington next week.", "meet",
     "President Joe Biden", None),
    # the name right after a counterpart says who the counterpart is
    ("The chancellor met her counterpart Brazilian President Marco Silva at a dinner.", "met",
     "Brazilian President Marco Silva", None),
    # one's own counterpart met in a town is met there: the town is not whom, nor words of theirs
    ("The foreign minister met his Chilean counterpart in Lima on Monday.", "met",
     "his Chilean counterpart", None),
    # nor is a party by an act hung on it, nor a country by who is quoted after it
    ("Four gunmen killed 12 people in coordinated raids in Nairobi.", "killed", "12 people",
     None),
    ("Russia has started withdrawing some of its jets from Syria, Defence Minister Sergei "
     "Shoigu said.", "withdrawing", "Syria", None),
    # an apposition that names a thing says what the act was, not who the party is
    ("Britain withdrew its envoy from Chad, a move that angered the opposition.", "withdrew",
     "Chad", None),
    # a thing of a party judged: the owner, named with the thing owned up to its head noun
    ("The council rejected the mayor's latest budget proposal to cut school funds.",
     "rejected", "the mayor's latest budget proposal", None),
    # a thing handed over in the passive: the party it goes to, as in the active
    ("A stolen Roman helmet was returned to the Italian authorities by the gallery.",
     "returned", "the Italian authorities", None),
    # followers and a pair are people, whom an act can be done to
    ("The preacher urged his followers to boycott the vote.", "urged", "his followers", None),
    ("The pair were detained by border guards on Monday.", "detained", "The pair", None),
    # "those" described by a clause or a phrase are people
    ("The militia shot those attempting to leave the town.", "shot",
     "those attempting to leave the town", None),
    ("The prosecutor will charge those responsible for the fire.", "charge",
     "those responsible for the fire", None),
    # a speaker's own side, named in the first person plural
    ("Armed police surrounded us at the hotel.", "surrounded", "us", None),
    # an age standing as a noun is someone of that age
    ("The 36-year-old was abducted from her home by a militia.", "abducted",
     "The 36-year-old", None),
    # a passive ending a series of acts undergone by the series' subject
    ("The reporter flew to Cairo, met his sources and was detained by security forces.",
     "detained", "The reporter", None),
    # a passive reported or judged by a verb: undergone by that verb's subject
    ("The two engineers are believed to have been kidnapped by gunmen.", "kidnapped",
     "The two engineers", None),
    ("Three reporters appear to have been detained by the police.", "detained",
     "Three reporters", None),
    # a participle with its own agent, coordinated with an adjective, describes the noun
    ("The militias, armed and trained by the army, have held the pass for weeks.", "trained",
     "The militias", None),
    # an attack on a place named as held by a party is done to the holder
    ("Government forces shelled the rebel-held district for a third day.", "shelled",
     "the rebel-held district", None),
    ("The army captured an Isis-held village near the border.", "captured",
     "an Isis-held village", None),
    ("The army shelled the rebel-held town of Douma.", "shelled",
     "the rebel-held town of Douma", None),
    # a place a verbal act is said to, as its object, stands for those who hold it
    ("The minister criticised Europe for its silence.", "criticised", "Europe", None),
    # a demand named by a noun asks of the subject of its "that" clause
    ("The union repeated its demand that the company raise wages.", "demand", "the company",
     None),
    # a call for talks or ties with a party, of no one asked: the party they are to be with
    ("The chancellor called for closer dialogue with Norway.", "called", "Norway", None),
    # a complaint or an allegation that a party did something: the party blamed
    ("The envoy complained that the Danish government had refused him a visa.", "complained",
     "the Danish government", None),
    # a series of participles shares the first one's voice and sufferer (beating and torture
    # of the same people by the same doers are one happening, coded once)
    ("The villagers were detained, beaten and tortured by the militia.", "beaten",
     "The villagers", None),
    ("The prisoners were insulted, beaten or tortured to death.", "beaten", "The prisoners",
     None),
    # a month's name that names a person is no time
    ("The senators urged May to hold a vote.", "urged", "May", None),
    ("The cabinet backed Theresa May's plan for the border.", "backed", "Theresa May's plan",
     None),
    # a sum given is a thing: the party the aid it is part of goes to
    ("Norway gave $12 million in emergency aid to the flood victims.", "gave",
     "the flood victims", None),
    # banks, suppliers and organisations are parties an act is aimed at
    ("Prosecutors opened investigations against dozens of banks.", "investigations",
     "dozens of banks", None),
    ("The agency launched cyber-attacks on 40 organisations.", "cyber-attacks",
     "40 organisations", None),
    # those sent are the sender's own: the party they are sent to is the recipient
    ("The UN dispatched a team of inspectors to Iraq.", "dispatched", "Iraq", None),
    # an appraised act that names its doer before it is the doer's, not of whom it is with
    ("The senator denounced Belgian cooperation with the rebel militias.", "denounced",
     "Belgian cooperation", None),
    ("The minister praised Norwegian aid to the flood victims.", "praised", "Norwegian aid",
     None),
    # a town named before the act says where it was, not who did it: whom it was on
    ("The senator condemned the Tripoli bombing of Libyan police officers on Monday.",
     "condemned", "Libyan police officers", None),
    # a place taken from a party: the party that held it, not the place
    ("The rebels seized the hill town from government forces on Sunday.", "seized",
     "government forces", None),
    # a participle right after its noun, though tagged as a past tense: its noun undergoes it
    ("She was the first Danish nurse killed working beside the aid convoy in Sudan.", "killed",
     "the first Danish nurse", None),
    # people or money sent as aid with no party named: whom the purpose they serve acts on
    ("The ministry sent doctors and medicine to help victims of the earthquake.", "sent",
     "victims of the earthquake", None),
    ("The agency has provided 20 million euros to help families displaced by the floods.",
     "provided", "families displaced by the floods", None),
    # aid sent from a country comes from there: the party it goes to is the recipient
    ("The government delivered food from Kenya to help the flood victims.", "delivered",
     "the flood victims", None),
    # a place named as held by a party: taking or striking it is done to its holder
    ("The army captured 41 positions held by the militia.", "captured", "the militia", None),
    ("Government troops seized three villages controlled by the rebels.", "seized",
     "the rebels", None),
    # a passive coordinated with a passive in a clause of time: both undergone by the subject
    ("Witnesses said the foreign fighters lost the battle before being rounded up and "
     "executed.", "executed", "the foreign fighters", None),
]


@pytest.mark.parametrize("text, trigger, recipient, acted_on", RECIPIENTS)
def test_recipients_party_acted_on(event_on, text, trigger, recipient, acted_on):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient
    if acted_on is not None:
        assert event.object == acted_on


@pytest.mark.parametrize("text, trigger", [
    ("Israel has strengthened its forces along the northern border.", "strengthened"),
    ("The governor deployed extra police units in the old city.", "deployed"),
])
def test_recipients_forces_mobilised_are_none(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.source is not None, event
    assert event.target is None, event.target


@pytest.mark.parametrize("text, trigger", [
    # an act named by the subject of a verb that makes someone act: they are made to act, not
    # the ones it was done to
    ("The bombing forced the regional government to close the schools.", "bombing"),
    ("The raid prompted the European Union to review its policy.", "raid"),
])
def test_recipients_one_an_act_makes_act_is_none(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None, event.target


def test_recipients_where_an_act_took_place_is_no_party(event_on):
    event = event_on("A witness said the clash took place in Varna, a town near the border.",
                     "clash")
    assert event.target is None, event.target


def test_recipients_a_portrait_of_someone_is_not_them(event_on):
    event = event_on("The gallery returned a portrait of a young girl to its owner.",
                     "returned")
    assert event.target is not None and event.target.text == "its owner"


def test_recipients_side_fought_for_is_not_fought(event_on):
    event = event_on("Hundreds of young men fought for the militia in the north.", "fought")
    assert event.target is None


@pytest.mark.parametrize("text, trigger, recipient, antecedent", [
    # words rejected that a pronoun owns: put to the one it stands for
    ("The council asked for a recount. The governor rejected its request.", "rejected",
     "its request", "The council"),
    # remarks or a decision condemned: another's
    ("The interior minister spoke on Tuesday. The opposition condemned his remarks about the "
     "strikers.", "condemned", "his remarks", "The interior minister"),
    # a plan praised or endorsed: another's, not the party it is for
    ("The prime minister unveiled a peace plan. The three mediators endorsed his plan for a "
     "national congress.", "endorsed", "his plan", "The prime minister"),
])
def test_recipients_act_appraised_is_its_owners(event_on, text, trigger, recipient, antecedent):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient
    assert event.target.antecedent == antecedent


@pytest.mark.parametrize("text, trigger", [
    # one denies one's own part in an act: a statement, with no event and so no recipient
    ("The ministry denied its involvement in the raid on the newspaper on Monday.", "denied"),
])
def test_recipients_own_act_defended_is_no_recipient(events_in, text, trigger):
    assert not [e for e in events_in(text, "2024-03-16") if e.trigger == trigger]


def test_recipients_accuser_is_not_also_the_accused(event_on):
    event = event_on("Ministers dismissed a request by the union to reopen talks.",
                     "request")
    assert event.source is not None and event.source.text == "the union"
    assert event.target is None


# (sentence, trigger, recipient words, its country): an act that names no party it is done
# to stands for the state of the country or capital it is done in or to
SCENES = [
    ("The army mounted a long-planned invasion of South Lebanon.", "invasion",
     "South Lebanon", "LBN"),
    ("The president threatened to impose a curfew in Algiers.", "threatened", "Algiers", "DZA"),
    ("The forum agreed to set up an energy research centre in Tokyo.", "agreed", "Tokyo",
     "JPN"),
    ("Germany gave 50 million euros to promote economic development in Ethiopia.", "gave",
     "Ethiopia", "ETH"),
    # a condition declared is the act's object, not a state
    ("The cabinet declared a state of emergency in Ecuador.", "declared", "Ecuador", "ECU"),
]


@pytest.mark.parametrize("text, trigger, recipient, country", SCENES)
def test_recipients_country_an_act_is_done_in(event_on, text, trigger, recipient, country):
    event = event_on(text, trigger)
    assert event.target is not None, event
    assert (event.target.text, event.target.country) == (recipient, country)


# (sentence, trigger, the place struck, its country): an act of force that names no party it
# is done to is done to the country of the town or area it strikes, as event coders count it;
# no words name that party, so the recipient has no text and the town stays the event's place
STRUCK = [
    ("Israeli planes carried out a raid on the tunnels area in Rafah.", "raid", "Rafah", "PSE"),
    ("Soldiers carried out raids on farms in Jericho overnight.", "raids", "Jericho", "PSE"),
    # a name of several words is the place's whole name
    ("Troops launched raids on olive groves in Deir ez-Zor at night.", "raids", "Deir ez-Zor",
     "SYR"),
    ("Tanks fired four shells at targets in Jericho.", "fired", "Jericho", "PSE"),
    ("The army reimposed blockades in the West Bank on Friday.", "blockades", "the West Bank",
     "PSE"),
    ("Rebels exploded a series of bombs in the capital, Kabul.", "exploded", "Kabul", "AFG"),
    # the event's place, resolved in context, gives the country, not an old name's reading
    ("LONDON - Agents used a nerve agent in an attack in Salisbury, the English city.", "used",
     "Salisbury", "GBR"),
    # a doer of another country strikes the place's state
    ("Russian jets bombed a bridge in Kharkiv on Tuesday.", "bombed", "Kharkiv", "UKR"),
]


@pytest.mark.parametrize("text, trigger, recipient, country", STRUCK)
def test_recipients_country_of_a_town_struck(event_on, text, trigger, recipient, country):
    event = event_on(text, trigger)
    assert event.target is not None, event
    assert (event.target.text, event.target.country, event.target.country_from) == \
        ("", country, "place struck")
    assert event.location is not None and recipient.endswith(event.location.name), event


@pytest.mark.parametrize("text, trigger", [
    # where an attack is launched from is not what it strikes
    ("Militants fired rockets from Gaza on Monday.", "fired"),
    # talks two sides hold in a third country have it as their host, not as the other side
    ("Kenya and Uganda held talks in Tanzania on Monday.", "talks"),
    # a state does not strike itself: its agent of the place's country by its own words,
    # or police and authorities acting in the place
    ("Police in Pakistan searched several houses in Lahore on Sunday.", "searched"),
    ("Nigeria bombed several camps in Maiduguri.", "bombed"),
    ("Officials ordered a curfew in Mombasa after the unrest.", "curfew"),
    # a town named for a people of no state is theirs, not the state's it lies in
    ("Rebels attacked the Kurdish town of Kobani on Sunday.", "attacked"),
])
def test_recipients_place_no_act_strikes_is_none(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None, event.target


# (sentence, trigger, the recipient's country or None): a common word for a town or a village
# taken, left or threatened is where an act is done, not its townspeople (one shelled or bombed
# stands for them); a country adjective of its own gives that country's state (no words name it,
# the town is the object), unless the doer is that state's own agent
TOWNS = [
    ("Rebel fighters reclaimed several northern towns on Monday.", "reclaimed", None),
    ("Eritrea threatened to shell Ethiopian villages near the border.", "threatened",
     "ETH"),
    ("Russian troops seized two Ukrainian villages on Tuesday.", "seized", "UKR"),
    ("Ethiopian troops retook two Ethiopian towns on Sunday.", "retook", None),
    # a town withdrawn from, named in a phrase of the verb
    ("The militia retreated from the eastern towns into the desert.", "retreated", None),
]


@pytest.mark.parametrize("text, trigger, country", TOWNS)
def test_recipients_town_word_is_no_party(event_on, text, trigger, country):
    event = event_on(text, trigger)
    assert event.object is not None and event.object.endswith(("towns", "villages")), event
    if country is None:
        assert event.target is None, event.target
    else:
        assert event.target is not None and (event.target.text, event.target.country) == (
            "", country)



def test_recipients_own_forces_sent_are_not_the_recipient(event_on):
    # forces a state sends are its own: with no party they go to, the country they are sent in
    event = event_on("The French army sent 300 soldiers in Chad to train local units.", "sent")
    assert event.target is not None, event
    assert (event.target.text, event.target.country) == ("Chad", "TCD")


# (sentence, trigger): a town aid is brought to or evacuated stands for its people
TOWNS_AIDED = [
    ("The UN delivered food to the besieged town on Monday.", "delivered"),
    ("The government evacuated the town on Sunday.", "evacuated"),
]


@pytest.mark.parametrize("text, trigger", TOWNS_AIDED)
def test_recipients_town_aided_stands_for_its_people(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.sector == "CVL", event


# (sentence, trigger, actor words, recipient words): an act named "between" two sides is the
# first side's, with the second; a withdrawal of one's staff or troops, told in the passive, is
# done to the party they leave; what a letter says is addressed to whom it is sent
SIDES = [
    ("Talks between the government and the rebels began on Monday.", "Talks",
     "the government", "the rebels"),
    ("Clashes between police and protesters broke out in the capital.", "Clashes",
     "police", "protesters"),
    ("The talks between Iran and the United States ended without a deal.", "talks",
     "Iran", "the United States"),
    ("All embassy staff will be withdrawn from Syria.", "withdrawn", None, "Syria"),
    ("The troops were withdrawn from Mali last year.", "withdrawn", None, "Mali"),
    ("The foreign minister sent a letter to the UN secretary general asking for help.",
     "asking", "The foreign minister", "the UN secretary general"),
    # the same with a named addressee, parsed as if the addressee were the one asking
    ("Rep. Maria Stone, the new chair of the budget committee, sent a letter to Chief of "
     "Staff John Kelly asking for records tied to the vetting process.", "asking",
     "Rep. Maria Stone", "Chief of Staff John Kelly"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", SIDES)
def test_recipients_sides_and_addressees(event_on, text, trigger, actor, recipient):
    event = event_on(text, trigger)
    assert (event.source.text if event.source else None) == actor
    assert event.target is not None and event.target.text == recipient


# (sentence, trigger, recipient words): nouns of groups and of people by their stance are
# parties, not things; a relative clause whose complement does its own act to its own object
# leaves the gap in the clause ("the fighters the US had backed to fight Isis": the fighters)
GROUPS = [
    ("The families urged the factions to help them.", "urged", "the factions"),
    ("The minister met the opposition's critics on Monday.", "met", "the opposition's critics"),
    ("The Kurdish fighters the US had backed to fight Isis were ready to withdraw.", "backed",
     "The Kurdish fighters"),
]


@pytest.mark.parametrize("text, trigger, recipient", GROUPS)
def test_recipients_group_nouns_and_gaps(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient


# (sentence, trigger, recipient words): an act that is the purpose of phoning, summoning or
# meeting someone is addressed to them when its own clause names only a pronoun or a thing;
# a request "for" someone "to" act is asked of them
ADDRESSED = [
    ("The general phoned the Egyptian president to apologize for the incident.", "apologize",
     "the Egyptian president"),
    ("The prime minister rang the French president to thank him for his support.", "thank",
     "the French president"),
    ("The minister telephoned the Iranian ambassador to protest against the arrests.",
     "protest", "the Iranian ambassador"),
    ("The senator has called for the government to stay out of the war.", "called",
     "the government"),
    ("The opposition called on Friday for the prime minister to resign.", "called",
     "the prime minister"),
    ("The union appealed for the ministry to reopen the talks.", "appealed", "the ministry"),
    # "called" someone (no "on"): a call made to them, whose purpose is the caller's act
    ("The foreign minister called his Kenyan counterpart to apologize for the delay.",
     "apologize", "his Kenyan counterpart"),
]


@pytest.mark.parametrize("text, trigger, recipient", ADDRESSED)
def test_recipients_contacted_and_asked_for(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient


def test_recipients_caller_acts(event_on):
    # the purpose of a call is the caller's act, not the one called (no "called on")
    event = event_on("The foreign minister called his Kenyan counterpart to apologize for the "
                     "delay.", "apologize")
    assert event.source is not None and event.source.text == "The foreign minister"


@pytest.mark.parametrize("text, trigger", [
    ("The minister called for calm after the riots.", "called"),
    ("The envoy phoned his office to ask for a car.", "ask"),
])
def test_recipients_no_one_asked_or_contacted(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None


# (sentence, trigger, actor words, recipient words): backing an act named by a noun backs its
# doer, named before the noun or by its possessor; the backer is not the act's doer
BACKED = [
    ("The city fell after a Kurdish assault, backed by US airstrikes.", "backed", "US",
     "Kurdish"),
    ("The town was quiet before Syria's offensive, backed by Russian jets.", "backed", "Russian",
     "Syria's offensive"),
    # an attack with no recipient of its own is done to those its clause says it killed
    ("Syria's offensive, backed by Russian jets, killed hundreds.", "offensive", "Syria",
     "hundreds"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", BACKED)
def test_recipients_act_backed_is_its_doers(event_on, text, trigger, actor, recipient):
    event = event_on(text, trigger)
    assert event.source is not None and event.source.text == actor
    assert (event.target.text if event.target else None) == recipient
