"""Status frames as data, and modality: what the text reports, plans, demands, wishes or guesses
at. One illustrative sentence per construction, written for these tests."""

from __future__ import annotations

import pytest

from dateline.code.frames import STATUSES, load_frames, read_frames
from dateline.errors import DataFileError

PUBDATE = "2024-03-16"


def test_modality_bundled_frames_load():
    frames = load_frames()
    assert frames.verbs["fail"] == ("failed", "control")
    assert frames.verbs["deny"] == ("denied", "any")
    assert frames.verbs["threaten"] == ("threatened", "clause")
    assert frames.nouns["bid"] == "attempted"
    assert "allegation" in frames.claims
    assert frames.auxes["might"] == "possible" and frames.auxes["must"] == "demanded"
    assert frames.marks["if"] == "conditional"
    assert "wish" in frames.unreal
    assert all(s in STATUSES for s, _ in frames.verbs.values())


BAD_FRAMES = [
    ("verb\tfail\tflunked\n", "unknown status 'flunked'"),
    ("verb\tfail\tfailed\tsomewhere\n", "reach must be one of"),
    ("noun\tbid\tattempted\tany\n", "only verb rows take a reach"),
    ("aux\tmight\tmaybe\n", "an auxiliary's mood is one of"),
    ("mark\tif\tconditional\nmark\tif\tconditional\n", "listed twice"),
    ("claim\trumour\tdenied\n", "a claim noun's status is 'alleged'"),
    ("gloss\tword\tactual\n", "unknown kind 'gloss'"),
    ("hearsay\treportedly\tactual\n", "a hearsay adverb's status is 'alleged'"),
    ("verb\tfail\n", "expected 'kind<TAB>word<TAB>status"),
]


@pytest.mark.parametrize("text, message", BAD_FRAMES)
def test_modality_frames_file_is_validated(tmp_path, text, message):
    path = tmp_path / "status_frames.tsv"
    path.write_text("# a comment\n" + text, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        read_frames(path)


# What no one reports or commits to is no event: (sentence, a trigger that must not be coded)
UNREAL = [
    ("The rebels will surrender if the army storms the town.", "storms"),       # conditional
    ("Unless the talks resume, the militia will stay in the hills.", "resume"),  # unless
    ("The strike could trigger clashes between the two militias.", "clashes"),  # writer's guess
    ("The rebels would have stormed the city without the air cover.", "stormed"),  # counterfactual
    ("Will the army attack the town?", "attack"),                               # question
    ("Residents fear that the militia will attack the village.", "attack"),     # fear
    ("Farmers wish that the government would lift the ban.", "ban"),            # wish
    ("The pact gave the neighbour a green light to invade the valley.", "invade"),  # a licence
    ("Wars kill civilians.", "kill"),                                           # generic
    ("The militia frequently kidnapped travellers on that road.", "kidnapped"),  # a practice
    ("The governor may now feel free to launch an assault on the port.", "assault"),
    ("The ruling gave the unions the right to strike.", "strike"),              # permission
    ("It is lawful and right to kill them.", "kill"),                           # judged
    ("He said it would be safe to rescue the children.", "rescue"),
    ("It is no longer enough to condemn the attacks.", "condemn"),
    ("They are cast as radicals to be denounced.", "denounced"),                # what for
    # what anyone or a kind of party does as a rule, or what a description says it does
    ("Human rights groups say the militia killed anyone who criticised its commanders.",
     "criticised"),                                                             # anyone who
    ("Anyone who attacks a convoy faces prison.", "attacks"),
    ("Local charities, which provide food to the displaced, face deep cuts.", "provide"),
    ("Detainees are routinely beaten in the prison.", "beaten"),                # habitual
    # opinion and advocacy: what a kind of party, or "we", ought to do
    ("Governments must sanction the junta.", "sanction"),
    ("We should impose sanctions on the regime.", "sanctions"),
    # an act of no particular occasion, an open question, a past that did not happen
    ("Parliament wants a vote before any military intervention in the region.",
     "intervention"),
    ("The two capitals are at odds over where the suspects should be prosecuted.",
     "prosecuted"),
    ("Perhaps the guards could have stopped the raid.", "stopped"),
    ("The police should have arrested him months ago.", "arrested"),
    # wishes, and nouns of pretext and desire
    ("The volunteer wanted to help the villagers rebuild their homes.", "help"),
    # nouns of pretext and desire
    ("The crisis gave the generals an excuse to seize power.", "seize"),
    ("Her desire to prevent a war shaped the talks.", "prevent"),
    # a question put, what is yet to come, what happens wherever someone goes
    ("Asked why the army had withdrawn, the minister said the order came from the capital.",
     "asked"),
    ("The army will withdraw after the rebels surrender the town.", "surrender"),
    ("Everywhere we go, the airstrikes follow.", "airstrikes"),
    # acts repeated over a stretch of time, in the perfect or the present: background
    ("Government forces have repeatedly hit civilian targets in the north.", "hit"),
    ("The regime has long attacked the independence of the courts.", "attacked"),
    ("Clinics in the valley have been repeatedly targeted by warplanes.", "targeted"),
    ("The militia constantly raids the camps along the river.", "raids"),
    # a time clause in the present: not yet; what was not done in place of what was; what
    # a noun of chance or fear holds
    ("The allies must keep arming the rebels until the regime gets the message.", "gets"),
    ("Sanctions will not work until the army withdraws its troops from the east.",
     "withdraws"),
    ("Instead of warning the general off the offensive, the president abandoned his allies.",
     "warning"),
    ("Rather than attack the town, the rebels withdrew to the hills.", "attack"),
    ("The crews were at risk of being hit every minute of every night.", "hit"),
    # every occasion of a kind; an act as the subject of a judgement; a role or a leaning
    ("She would leave the house at six every day for her class.", "leave"),
    ("Every Friday, the protesters march to the square.", "march"),
    ("The council meets twice a month in the capital.", "meets"),
    ("The committee meets once a year in September.", "meets"),
    ("Boycotting the conferences is nowhere near enough.", "Boycotting"),
    ("One of her tasks was to go from door to door to ask neighbours to vote.", "ask"),
    ("The general's instinct is to crush any dissent in the ranks.", "crush"),
    ("The plan was to attack at dawn, but the rebels withdrew.", "attack"),
    ("All they wanted was to attack the barracks before dawn.", "attack"),
    # not yet; there is no way to; on the brink of; a class of people to whom something is
    # done as a rule
    ("The council is yet to offer a safe home to the refugees.", "offer"),
    ("There is no way to bomb the country into peace.", "bomb"),
    ("The town was on the brink of being overrun by the militia.", "overrun"),
    ("In the south, reporters are killed merely for filming the abuses.", "killed"),
    # a world only supposed; a clause hung on a verb in a condition; an ability; a doubt
    ("It is hard to imagine a scenario in which the navy shells the port.", "shells"),
    ("The country will suffer if the council allows the militia to seize the dam.", "seize"),
    ("Few of the groups have shown the capability to strike the capital.", "strike"),
    ("The rebels are unlikely to attack the airport before the winter.", "attack"),
    # what happened on each occasion of another thing, no one occasion
    ("Every time the commander sent men to the ridge, they were killed.", "killed"),
    ("Every time the commander sent men to the ridge, they were killed.", "sent"),
    ("Each time the army shelled the town, the rebels withdrew.", "withdrew"),
    # what was done as a rule, on a schedule or over years: a record, no one occasion
    ("Requests to send food to the camps were routinely denied.", "denied"),
    ("Many residents were detained on a daily basis for small offences.", "detained"),
    ("There are killings every week carried out by the gunmen.", "killings"),
    ("Hundreds of reporters visit the camp each year.", "visit"),
    ("Since 2014 the air force has bombed the rebel towns.", "bombed"),
    ("The guerrillas have been fighting for autonomy since 1984.", "fighting"),
    ("For decades the army has shelled the border villages.", "shelled"),
    ("The navy has shelled the port since the war began.", "shelled"),
    ("The war has killed more than half a million people.", "killed"),
    # ties a party holds, in a clause that describes it
    ("The president, who has been backed by Russian forces, visited the front.", "backed"),
    ("The rebels attacked groups backed by the neighbouring state.", "backed"),
    ("The exiles trusted the countries that were backing the opposition.", "backing"),
    ("Rebels fight the president, who is backed by Russia in the six-year-old war.", "backed"),
    # an attack named as a purpose: a goal, no fighting told
    ("Volunteers travelled to the country to fight the militia.", "fight"),
    # a war to end: an aim, no act (a war is ended by no single act)
    ("Talks designed to end the war in the north have collapsed.", "war"),
    ("The failure of the council to end the war has damaged the institutions.", "war"),
    ("The envoys oversee talks aimed at ending the war.", "war"),
    ("Two thousand soldiers are stationed along the eastern border.", "stationed"),
    ("The unit has soldiers stationed on the ridge.", "stationed"),
    # a war's toll
    ("Half a million people have been killed in the war.", "killed"),
    ("Thousands of children were killed as a result of the conflict.", "killed"),
    ("Thousands of dissidents were jailed throughout his reign.", "jailed"),
    ("Relatives say hundreds of people detained during the group's reign of terror are missing.",
     "detained"),
    ("The fate of thousands imprisoned by the militia during its four years in control is unknown.",
     "imprisoned"),
    # acts of a kind said to go on
    ("There are random arrests of farmers in the valley.", "arrests"),
    # a war named is a stretch of years
    ("Seven years of war have left the region in ruins.", "war"),
    # a count of acts over a stretch of time: a tally
    ("Access to the camps was denied 80 times in 2019 alone.", "denied"),
    ("The militia has attacked the pipeline dozens of times this year.", "attacked"),
    ("Last year there were 240 attacks on schools, the report says.", "attacks"),
    ("Tear gas, which has been used frequently by the police, was banned.", "used"),
    # the past perfect of a clause describing a party, or of what was done before: background
    ("Volunteers who had fought with the coalition joined the new army.", "fought"),
    ("She spoke about her brother, who had been arbitrarily detained.", "detained"),
    ("The sergeant had previously fought in the northern provinces.", "fought"),
    # a long activity told in the perfect, describing a party or dating another act: a record
    ("The minister warned against attacking militias that have fought beside the army.",
     "fought"),
    ("Volunteers from three countries have fought alongside the militia in the valley.",
     "fought"),
    ("The charges relate to his years in the south, where he fought with the rebels.",
     "fought"),
    ("The driver was detained after he fought with the militia in the hills.", "fought"),
    # an ability held now or of a kind, what an amount of doing is for, what a way or a wish is
    ("The army is able to strike any town in the province.", "strike"),
    ("Rebels capable of attacking the capital gathered in the hills.", "attacking"),
    ("The neighbour has done the most to support the rebels.", "support"),
    ("The only way to end the siege is to arrest the commanders.", "arrest"),
    # the simple present in a clause hung on another: what is so, or done as a rule
    ("Officials believe that the militia attacks from the schools.", "attacks"),
    ("The governor, who starves and massacres his own people, spoke on Monday.", "massacres"),
    # the second of two bare verbs shares what the first is, a wish here
    ("The government wants to contain the group and hunt down its fighters.", "hunt"),
    # a participle clause is as little told as the clause it hangs on
    ("The rebels could storm the city, killing hundreds of civilians.", "killing"),
    # an act named as what is wished for or feared
    ("The general wants a military intervention in the north.", "intervention"),
    # what a means or plan, or a count of no one named, will do: a forecast, no party's plan
    ("The new measure will provide aid to the valley towns.", "provide"),
    ("Only a negotiated solution will allow the return of the refugees.", "allow"),
    ("The drafted bill would extend funding for the border guards.", "funding"),
    ("The siege is long because so many will fight to the end.", "fight"),
    # what a forecast lets or makes a party do is the forecast's too
    ("The new measure will allow the troops to withdraw from the valley.", "withdraw"),
    ("The measure will force the army to withdraw from the ridge.", "withdraw"),
    # an act of a kind named as the subject of a forecast
    ("Any attack on the valley towns will trigger an exodus to the coast.", "attack"),
    # what did not happen, done by no force whose task it was: no event ("there was no …",
    # "without", "no longer", a denial of one's own act)
    ("There was no attack on the convoy on Monday.", "attack"),
    ("The militia withdrew from the ridge without firing a shot.", "firing"),
    ("The rebel factions no longer threaten the capital.", "threaten"),
    ("We are not attacking the northern villages, the envoy said.", "attacking"),
    ("His spokesman did not deny the report on Monday.", "deny"),
    # a question put is no appeal
    ("Asked on the radio whether the party would back the strikes, the minister said no.",
     "asked"),
    ("The reporter asked the general why the troops had left the town.", "asked"),
    ("The envoy asked if the talks would resume next week.", "asked"),
    ("Asked about the raid, the spokesman said nothing.", "asked"),
    # a participle of standing used as a noun names people, no act
    ("The accused were granted bail by the court on Monday.", "accused"),
    ("Of the six accused, four were held in the city jail.", "accused"),
    # an act on whoever it may be: a power or a practice, no occasion
    ("The new law allows the police to arrest anyone without a warrant.", "arrest"),
    ("Troops will detain any suspect found near the base.", "detain"),
    # what a standing leave lets a party do, and what a plan pictures ahead
    ("The accord allows the troops to attack the rebels inside the border zone.", "attack"),
    ("He objects to the articles of the decree that allow the army to detain suspects.",
     "detain"),
    ("The plan envisages the army withdrawing from the city.", "withdrawing"),
]


# The same infinitives where they report what was done: (sentence, trigger)
DONE = [
    ("He was the first journalist to be killed in the city this year.", "killed"),
    ("The police dispersed the crowd, and it was the army that arrested them.", "arrested"),
    # the same constructions where they report what was done
    ("Troops who killed three protesters were arrested.", "killed"),
    ("The militia, which attacked the convoy on Monday, withdrew.", "attacked"),
    ("Police arrested everyone at the rally.", "arrested"),
    ("Troops fired on anyone who approached the gate.", "fired"),
    ("Police detained anyone who approached the gate on Monday.", "detained"),
    ("Detainees are routinely beaten, and scores of men were detained last year.", "detained"),
    ("When the army took the town, it executed dozens of men.", "executed"),
    ("The army withdrew after the rebels surrendered the town.", "surrendered"),
    ("In the province the police routinely torture suspects.", "torture"),  # a named party's
    ("In a country where the police routinely torture detainees, confessions are worthless.",
     "torture"),                                                                # practice
    # one past occasion, however often the act was repeated in it; a time clause in the past
    ("Government forces repeatedly shelled the village on Tuesday.", "shelled"),
    ("Rebels have attacked the base twice this week.", "attacked"),
    ("The army held the town until the rebels withdrew on Friday.", "withdrew"),
    ("The plan was to attack at dawn, but the rebels withdrew.", "withdrew"),
    ("Protesters marched to the square on Friday.", "marched"),
    ("Three journalists were killed in the city on Monday.", "killed"),
    ("Civilians were killed by the airstrikes on the market.", "killed"),
    # a record of days, a party's own practice, a war declared, a tie taken up on a date
    ("The militia, which backed the coup in January, was disbanded.", "backed"),
    ("Two thousand soldiers were stationed along the border on Monday.", "stationed"),
    ("There was an explosion near the market.", "explosion"),
    ("Three soldiers were killed in the war on Tuesday.", "killed"),
    ("Police have arrested 20 people since Monday.", "arrested"),
    ("Detainees were routinely beaten by the prison guards.", "beaten"),
    ("The rebels waged war against the government.", "war"),
    ("Rebels fought government troops in the suburbs on Tuesday.", "fought"),
    ("Government forces and rebels have fought fierce battles in the town.", "fought"),
    # a count of acts on one day; a pair of acts; a past perfect with a time of its own
    ("Police raided the office three times on Tuesday.", "raided"),
    ("Two journalists were detained during the protest on Monday.", "detained"),
    ("Three soldiers were killed during the night.", "killed"),
    ("The army shelled the town twice last year.", "shelled"),
    ("The reporter, who had been detained by police on Monday, was released.", "detained"),
    ("Rebels had seized the town before the army arrived on Tuesday.", "seized"),
    ("The rebels have violated the truce more than 200 times in two weeks.", "violated"),
    ("Two fishermen who had been recently arrested for illegal fishing were released.",
     "arrested"),
    ("Police were able to arrest the gunmen on Monday.", "arrest"),  # a past ability used
    ("Smoke rises as an airstrike hits the depot.", "airstrike"),  # the present of a scene
    ("Witnesses saw the gunmen attack and burn the village.", "burn"),  # a seen act's twin
    # a participle clause of a told act is told; so is one of a negated or attempted act
    ("The army did not stop at the checkpoint, killing three guards.", "killing"),
    ("The rebels stormed the barracks at dawn, seizing the armoury.", "seizing"),
]


@pytest.mark.parametrize("text, trigger", DONE)
def test_modality_reported_infinitives_stay(events_in, text, trigger):
    events = events_in(text, PUBDATE)
    assert [e.status for e in events if e.trigger.lower() == trigger] == ["actual"], \
        [(e.event_type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", UNREAL)
def test_modality_unreal_clauses_are_not_events(events_in, text, trigger):
    _assert_none_coded(events_in, text, trigger)


def _assert_none_coded(events_in, text, trigger, unless=()):
    """No event of the trigger, but for one of the ``unless`` statuses."""
    events = events_in(text, PUBDATE)
    assert not [e for e in events if trigger in e.trigger.lower() and e.status not in unless], \
        [(e.event_type, e.trigger, e.status) for e in events]


def test_modality_a_verb_of_effort_is_no_movement(events_in):
    events = events_in("The army moved to seize the airport.", PUBDATE)
    assert [(e.event_type, e.status) for e in events] == [("COERCE", "attempted")]


def test_modality_the_real_clause_beside_a_condition_stays(events_in):
    events = events_in("The army stormed the town after the rebels refused to leave.", PUBDATE)
    assert [e.status for e in events if e.trigger == "stormed"] == ["actual"]


# Modality that sets a status: (sentence, event type, trigger, status)
STATUS = [
    # aid, talks or force other than an attack named as a purpose: what the means carry out
    ("Police fired tear gas to disperse the protesters.", "COERCE", "disperse", "attempted"),
    ("The agency sent trucks of food to help the villagers.", "AID", "help", "attempted"),
    ("The minister said the country could suspend relations with its neighbour.", "SANCTION",
     "suspend", "threatened"),
    # a vowed act of conflict is what the vow threatens: one THREATEN, made
    ("The rebels vowed to continue their offensive against the army.", "THREATEN", "vowed",
     "actual"),
    ("Gunmen may have launched attacks on the power station.", "ASSAULT", "attacks",
     "alleged"),
    ("The army is poised to storm the town.", "ASSAULT", "storm", "proposed"),
    ("The ministry is keen to negotiate with the rebels.", "CONSULT", "negotiate", "proposed"),
    # an act that a verb of planning in the passive is said of, not in the past
    ("The president's visit to the capital is planned for May.", "CONSULT", "visit", "proposed"),
    ("The rebels were eager to attack the town.", "ASSAULT", "attack", "proposed"),
    ("The police could not stop the mob.", "COERCE", "stop", "negated"),
    ("The garrison handed the fort to the army without fighting.", "ASSAULT", "fighting",
     "negated"),
    # an act helped takes the status of the helping
    ("She was determined to help defend the town.", "ASSAULT", "defend", "proposed"),
    ("The medics tried to help evacuate the wounded.", "AID", "evacuate", "attempted"),
    # a verb of effort: what it is for is attempted, not told done
    ("The government moved to ban the party.", "COERCE", "ban", "attempted"),
    ("The envoys worked to free the hostages.", "RETREAT", "free", "attempted"),
    ("The ministry sought to expel the diplomats.", "SANCTION", "expel", "attempted"),
    ("Rescuers scrambled to evacuate the villagers.", "AID", "evacuate", "attempted"),
    # a push the lexicon codes as no act of its own: its aim is attempted by it
    ("The push to oust the militants from the valley intensified in March.", "COERCE", "oust",
     "attempted"),
    # an event noun that is what a threat or a demand is of
    ("The senator threatened military action against the militia.", "MOBILIZE", "action",
     "threatened"),
    ("After the president's threats of military action, the militia withdrew.", "MOBILIZE",
     "action", "threatened"),
    # imperatives, quoted or not, are demands
    ('"Arrest them," the villagers pleaded.', "COERCE", "arrest", "demanded"),
    ('"Stop the shelling," a woman shouted at the soldiers.', "RETREAT", "shelling",
     "demanded"),
    ('"Please help us and open the roads," the mayor told reporters.', "AID", "help",
     "demanded"),
    # a modal the parse makes the head of the infinitive
    ('"The government ought to negotiate with the rebels," he said.', "CONSULT", "negotiate",
     "demanded"),
    # an obligation now or to come, as "must"; a conjunct shares its conjunct's status
    ('"We have to fight for our survival," the commander said.', "ASSAULT", "fight",
     "demanded"),
    ("The two parties will have to agree on a new constitution.", "AGREE", "agree",
     "demanded"),
    ("The reporter should be given a visa and allowed to enter the country, the union said.",
     "CONCEDE", "allowed", "demanded"),
    ('"We must see the great powers commit to talks," she said.', "AGREE", "commit",
     "demanded"),
    # a "that"-clause of a noun of demanding: what is wanted, no report
    ("The senator's demand that the police arrest the officials angered ministers.", "COERCE",
     "arrest", "demanded"),
    # the same words reported as done stay actual
    ("We saw the great powers commit to talks in Geneva.", "AGREE", "commit", "actual"),
    ("The police arrested the men and charged them with murder.", "ACCUSE", "charged",
     "actual"),
    ("The villagers helped the wounded across the river.", "AID", "helped", "actual"),
    ("Troops stopped the shelling of the town on Monday.", "RETREAT", "shelling", "actual"),
    ("The peace deal ended the war.", "RETREAT", "war", "actual"),
    ("The government negotiated with the rebels in Doha.", "CONSULT", "negotiated",
     "actual"),
    ("The army launched strikes on the town on Monday.", "ASSAULT", "strikes", "actual"),
    # a failure or a refusal named by a noun frames its infinitive
    ("The fighters had been instructed to fight for the city until their deaths.", "ASSAULT",
     "fight", "demanded"),
    # an infinitive on a noun that names no doer is what the thing is for; the doer ranked by
    # the noun did it; so did the one said to be meant to
    ("New talks to find a solution to the dispute open in Vienna today.", "AGREE", "find",
     "attempted"),
    ("The village militia was the first to attack the convoy on Monday.", "ASSAULT", "attack",
     "actual"),
    ("The envoys were meant to be visiting the camp on Friday.", "CONSULT", "visiting",
     "proposed"),
    # "be going to" and "be to": what is planned or due
    ("We are going to withdraw our troops from the valley.", "CONCEDE", "withdraw",
     "proposed"),
    ("The minister is to visit the capital next week.", "CONSULT", "visit", "proposed"),
    # a party's own "will" stays its plan, as does a count of a party named
    ("The army will withdraw from the valley next week.", "CONCEDE", "withdraw", "proposed"),
    ("Many of the rebels will surrender on Friday.", "CONCEDE", "surrender", "proposed"),
    # a participle clause shares the modality of the clause it hangs on
    ("We will leave the valley while continuing to fight the militants.", "ASSAULT", "fight",
     "proposed"),
    # an act named as a verb's object is as little told as the verb's own act (one asked not
    # to be done is no event at all: test_nonevent_senses)
    ("The army did not take military action in the valley.", "MOBILIZE", "take", "negated"),
    # a modal contracted with a typographic apostrophe is a modal all the same
    ("\u201cThey\u2019ll attack the town next,\u201d the commander said.", "ASSAULT", "attack",
     "proposed"),
    # a decision that carried is what was decided, no aim
    ("The assembly passed a motion to expel the envoy.", "SANCTION", "expel", "actual"),
    # hearsay: an adverb of hearsay, or a passive verb of believing or saying, passes the act
    # on as others tell it
    ("The gunmen reportedly abducted two engineers.", "ASSAULT", "abducted", "alleged"),
    ("The commander is believed to have ordered the shelling.", "ASSAULT", "shelling",
     "alleged"),
    ("The militia is said to have seized the airport.", "COERCE", "seized", "alleged"),
    # ... unless a frame above it says more
    ("The army denied that it had reportedly shelled the village.", "ASSAULT", "shelled",
     "denied"),
    # what a court or a prosecutor holds against someone
    ("The soldier was prosecuted for torturing the prisoners.", "ASSAULT", "torturing",
     "alleged"),
    # what one is not let do, or will be let do, is as little told as the leave; what has
    # stopped is not told
    # (what one is not let do is dropped, even a force's: tests/test_status15_intents.py)
    ("The army allowed the convoys to enter the town on Monday.", "CONCEDE", "allowed",
     "actual"),
    # an act named as what reports, allegations or charges are of is passed on as told
    ("Aid agencies cited reports of airstrikes that killed dozens of civilians in the town.",
     "ASSAULT", "airstrikes", "alleged"),
    # an appeal stays an appeal
    ("The governor asked the army to withdraw from the town.", "REQUEST", "asked", "actual"),
    ("The mayor asked for more police in the district.", "REQUEST", "asked", "actual"),
    # ... and so does one a later clause wonders about
    ("Kenya asked Britain's help on Monday, but nobody knew whether London would agree.",
     "REQUEST", "asked", "actual"),
    ("Kenya asked Britain's help if the violence spreads.", "REQUEST", "asked", "actual"),
    ("Two men accused of the killing were arrested.", "COERCE", "arrested", "actual"),
    ("The minister accused the army of torturing prisoners.", "ACCUSE", "accused", "actual"),
    ("Rebels attacked the convoys three times last week.", "ASSAULT", "attacked", "actual"),
    # what one is pressured, encouraged or begged to do is not yet done
    ("The envoy pressured the militia to release the hostages.", "RETREAT", "release",
     "demanded"),
    ("The ministers encouraged the rebels to negotiate with the government.", "CONSULT",
     "negotiate", "demanded"),
    ("The villagers begged the soldiers to stop the shelling.", "RETREAT", "shelling",
     "demanded"),
    # an invitation is a meeting put forward, one event with the talks it names
    ("The mediators invited the rebels to join the talks in Geneva.", "CONSULT", "invited",
     "proposed"),
]


@pytest.mark.parametrize("text, etype, trigger, status", STATUS)
def test_modality_sets_the_status(events_in, text, etype, trigger, status):
    events = events_in(text, PUBDATE)
    found = [e for e in events if e.event_type == etype and trigger in e.trigger.lower()]
    assert found, [(e.event_type, e.trigger, e.status) for e in events]
    assert found[0].status == status


# An act in the background of a framed clause ("after the killing", "in the wake of the
# bombing") or what an inquiry is into is not what the frame threatens, demands or plans.
BACKGROUND = [
    ("The union called for an inquiry into the killing of two miners.", "killing"),
    ("The senator urged the army to withdraw following the massacre of villagers.", "massacre"),
    ("The mayor called for calm in the wake of the bombing of the bridge.", "bombing"),
]


@pytest.mark.parametrize("text, trigger", BACKGROUND)
def test_modality_a_frame_does_not_reach_the_background(events_in, text, trigger):
    _assert_none_coded(events_in, text, trigger, unless=("actual",))


# One act, one event: the frame or light verb is no second event beside its complement.
ONE_EVENT = [
    ("The rebels vowed to continue their offensive against the army.", ["THREATEN"]),
    ("Officials said the government could order more airstrikes.", ["ASSAULT"]),
    ("The army planned to cross the river at dawn.", ["MOBILIZE"]),
    ("The soldiers helped evacuate the wounded.", ["AID"]),
]


@pytest.mark.parametrize("text, types", ONE_EVENT)
def test_modality_one_act_one_event(events_in, text, types):
    assert [e.event_type for e in events_in(text, PUBDATE)] == types


# One bombing, one event: its dead and wounded, however their verbs are joined to it, are
# counts of the attack, no attack of their own: (sentence, trigger kept, fatalities)
ONE_ATTACK = [
    ("Twelve people were killed and 30 injured when a car bomb struck a market.",
     "car bomb", 12),
    ("Twelve people were killed in the bombing, which also injured 30.", "bombing", 12),
    ("A car bomb struck a market in the capital, killing 12 people and injuring 30.",
     "car bomb", 12),
]


@pytest.mark.parametrize("text, trigger, fatalities", ONE_ATTACK)
def test_modality_one_attack_one_event(events_in, text, trigger, fatalities):
    events = events_in(text, PUBDATE)
    assert [(e.event_type, e.trigger, e.fatalities) for e in events] == [
        ("ASSAULT", trigger, fatalities)]


# Word senses checked against the parties: (sentence, trigger, event type or None for none)
SENSES = [
    ("The students were charging their phones in the library.", "charging", None),
    ("The prosecutor charged the two men with murder.", "charged", "ACCUSE"),
    ("The minister clashed with the president over the budget.", "clashed", "ACCUSE"),
    ("Rebels clashed with soldiers near the border.", "clashed", "ASSAULT"),
    ("The court put the officers on trial.", "put", None),
    ("The general put the garrison on alert.", "put", "MOBILIZE"),
    ("The crimes committed by the gang shocked the town.", "committed", None),
    ("The mayor was given credit for the new bridge.", "given", None),
    ("The donors gave the ministry two million dollars.", "gave", "AID"),
    # idioms and metaphors: evidence given is talk; feelings, speech and abstract dangers
    ("The ministry provided evidence of the fraud to the court.", "provided", None),
    ("Residents are fed up with the power cuts.", "fed", None),
    ("The senator shoots off his mouth at every rally.", "shoots", None),
    ("It is striking how little the border has changed.", "striking", None),
    ("Rising tensions threaten to plunge the region into war.", "threaten", None),
    ("The rebels threatened to shell the port.", "threatened", "THREATEN"),
    ("Police pushed back the protesters.", "pushed", "COERCE"),
    # defending: a town or a line is fought for, a decision is backed in words, oneself is a
    # stance; one commits oneself to a cause, not the atrocities a relative clause names
    ("Kurdish fighters defended the town against the assault.", "defended", "ASSAULT"),
    ("The minister defended the decision to close the border.", "defended", "SUPPORT"),
    ("The fighters say they are only defending themselves.", "defending", None),
    ("Witnesses described the atrocities the militia committed in the village.", "committed",
     None),
    ("The ministers committed themselves to the new talks.", "committed", "AGREE"),
    # what enables is no party conceding; what a greed destroys is no attack; names linked
    ("The chaos allowed the militias to regroup in the hills.", "allowed", None),
    ("The council allowed aid convoys to enter the city.", "allowed", "CONCEDE"),
    ("Countless lives were destroyed by the greed of the warlords.", "destroyed", None),
    ("The report links the party with the banned militia.", "links", None),
    # an act named by a clause enables; deals are thrashed out; radios are picked up
    ("Driving the militia out of the valley allowed the army to claim a victory.", "allowed",
     None),
    ("The two ministers will try to thrash out a deal this week.", "thrash", None),
    ("The soldiers picked up radios left behind by the fighters.", "picked", None),
    ("Police picked up two suspects in the market.", "picked", "COERCE"),
    # a force's weapons, acts and senses are no doers of a force's act
    ("Then the artillery fire starts up again.", "starts", None),
    ("The army offensive resulted in the expulsion of the rebels.", "resulted", None),
    ("Soldiers said they had seen women with guns among the fighters.", "seen", None),
    ("Government troops are massing around the northern province.", "massing", "MOBILIZE"),
    # a craft that goes its way is the scene; talks that collapse are no one's walkout; what
    # others go through, warned of, is no threat
    ("Army helicopters hovered above the stadium.", "hovered", None),
    ("The talks between the two parties collapsed on Sunday.", "collapsed", None),
    ("Aid agencies warn families face a hungry winter in the valley.", "warn", None),
    ("The general warned the rebels to leave the town.", "warned", "THREATEN"),
    # the party warned will face a harm at the warner's hands: a threat to it
    ("The government warned smugglers could face prosecution.", "warned", "THREATEN"),
    # what is captured: a place or a stretch of land is seized in battle, people are arrested
    ("The militia said it had captured the city's stadium.", "captured", "COERCE"),
    ("Government forces captured large swathes of territory near the river.", "captured",
     "COERCE"),
    # fighters captured by an armed group are abducted (PLOVER ASSAULT abduct), not arrested
    ("Kurdish fighters captured two militants near the border.", "captured", "ASSAULT"),
]


@pytest.mark.parametrize("text, trigger, etype", SENSES)
def test_modality_word_sense_by_the_parties(events_in, text, trigger, etype):
    events = events_in(text, PUBDATE)
    got = [e.event_type for e in events if e.trigger == trigger]
    assert got == ([etype] if etype else []), [(e.event_type, e.trigger) for e in events]


AUXILIARIES = [
    ("Rebels might have attacked the convoy.", "attacked", ("might", "have")),
    ("The prisoners were released on Monday.", "released", ("were",)),
    ("Troops shelled the village.", "shelled", ()),
    ("The government ought to negotiate with the strikers.", "negotiate", ("to", "ought")),
    # contractions with a typographic apostrophe read as with a straight one; a contracted
    # modal is "would", a contracted "had" stays a past
    ("They\u2019ll storm the town.", "storm", ("'ll",)),
    ("They\u2019d storm the town.", "storm", ("would",)),
    ("They'd stormed the town.", "stormed", ("'d",)),
    ("They\u2019d already stormed the town.", "stormed", ("'d",)),  # an adverb between
    ("They'd never storm the town.", "storm", ("would",)),
]


@pytest.mark.parametrize("text,verb,expected", AUXILIARIES)
def test_modality_auxiliaries_of_a_verb_read_once(nlp, text, verb, expected):
    from dateline.code.occasions import auxes

    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    found = auxes(tok)
    assert found == expected
    assert auxes(doc[tok.i]) is found  # the same reading for the same word of the document
