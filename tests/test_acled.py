"""ACLED sub-event types decided by the codebook's decision table (data/acled/subtypes.tsv).

One illustrative sentence per sub-type, then one per construction the definitions turn on: who
the parties are, whether both sides fight, the weapon, territory, a crowd and its treatment.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dateline import Article
from dateline.code import acled
from dateline.datafiles import OVERLAY_ENV, REPLACE_MARK
from dateline.code.lexicon import ACLED_SUBTYPES, load_lexicon
from dateline.errors import DataFileError
from dateline.records import Actor

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

# (sentence, ACLED sub-event type of its first typed event): every sub-type once
SUB_TYPES = [
    ("Rebels clashed with government troops near Bunia.", "Armed clash"),
    ("The army recaptured the town of Kidal from the rebels.", "Government regains territory"),
    ("Militants seized the town of Palma.", "Non-state actor overtakes territory"),
    ("Government forces attacked the town with chemical weapons.", "Chemical weapon"),
    ("A drone strike hit a car near Mir Ali.", "Air/drone strike"),
    ("A suicide bomber attacked a mosque in Peshawar.", "Suicide bomb"),
    ("Rebels fired mortars at the airport in Goma.", "Shelling/artillery/missile attack"),
    ("A roadside bomb killed five soldiers near Mopti.", "Remote explosive/landmine/IED"),
    ("Militants threw a grenade at a police post in Srinagar.", "Grenade"),
    ("Soldiers raped two women in the village.", "Sexual violence"),
    ("Gunmen shot dead a farmer in Benue.", "Attack"),
    ("Gunmen abducted twenty students from a school in Kaduna.",
     "Abduction/forced disappearance"),
    ("Thousands of teachers marched peacefully in Nairobi.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters in Dhaka.", "Protest with intervention"),
    ("Security forces opened fire on demonstrators in Conakry, killing three.",
     "Excessive force against protesters"),
    ("Rioters burned tyres and threw stones at police in Lagos.", "Violent demonstration"),
    ("A mob lynched a man accused of theft.", "Mob violence"),
    ("The government and the rebels signed a peace agreement.", "Agreement"),
    ("Police arrested twelve opposition supporters in Harare.", "Arrests"),
    ("The militia disbanded and its fighters joined the national army.",
     "Change to group/activity"),
    ("Security forces defused an IED planted on the road near Kidal.", "Disrupted weapons use"),
    ("The Taliban established a new base in Kunar province.",
     "Headquarters or base established"),
    ("Looters ransacked government offices in the town.", "Looting/property destruction"),
    ("Rebels withdrew from the town of Mopti, leaving it to the army.",
     "Non-violent transfer of territory"),
    ("Rebels imposed a curfew on the town of Bunia.", "Other"),
]

# (construction, sentence, sub-type of its first typed event)
CONSTRUCTIONS = [
    ("both sides in one coordinated subject", "Al Shabaab fighters and Somali troops exchanged "
     "fire near Afgooye.", "Armed clash"),
    ("two-sided verb, no recipient", "Two rival militias fought a gun battle in Tripoli.",
     "Armed clash"),
    ("traded fire", "Rebels and militiamen traded gunfire near Kalehe.", "Armed clash"),
    ("a deployment for a campaign is no fight", "Kenyan troops, deployed in the fight against "
     "al-Shabaab, reached Kismayo on Monday.", "Other"),
    ("attack on a military position", "JNIM militants attacked an army base in Boni.",
     "Armed clash"),
    ("ambush of a convoy", "Rebels ambushed an army convoy near Beni, killing four soldiers.",
     "Armed clash"),
    ("armed men on civilians", "Armed men attacked villagers in Ouham, killing four civilians.",
     "Attack"),
    ("territory taken by rebels with a government verb",
     "Insurgents recaptured the district headquarters of Ghazni.",
     "Non-state actor overtakes territory"),
    ("territory taken by the state with a rebel verb",
     "Government troops seized the town of Marawi from the militants.",
     "Government regains territory"),
    ("weapon named beside a generic verb", "Houthi forces launched a missile at Marib city.",
     "Shelling/artillery/missile attack"),
    ("burning by armed men", "Gunmen set fire to a church in Kaduna.",
     "Looting/property destruction"),
    ("burning by protesters", "Protesters set fire to the governor's office in Jalalabad.",
     "Violent demonstration"),
    ("burning by a crowd", "A crowd of villagers set fire to the house of a suspected witch.",
     "Mob violence"),
    ("a mob of villagers", "Villagers beat a suspected cattle thief to death in Rwamagana.",
     "Mob violence"),
    ("arrests at a rally", "Police arrested dozens of demonstrators at a rally in Minsk.",
     "Protest with intervention"),
    ("arrests of protesters elsewhere", "Police arrested eleven protesters in Beirut.",
     "Arrests"),
    ("batons without deaths", "Police beat protesters with batons at a rally in Harare.",
     "Protest with intervention"),
    ("weapons cache destroyed", "Soldiers destroyed a weapons cache belonging to the rebels "
     "near Tessalit.", "Disrupted weapons use"),
    ("weapons cache seized", "Police seized a cache of weapons and explosives in Kismayo.",
     "Disrupted weapons use"),
    ("attack foiled", "Troops thwarted a suicide attack on a checkpoint in Kabul.",
     "Disrupted weapons use"),
    ("base set up", "Al Shabaab set up a headquarters in the village of Bulo Burte.",
     "Headquarters or base established"),
    ("ceasefire agreed by unnamed parties", "The warring parties agreed to a ceasefire in "
     "Khartoum.", "Agreement"),
    ("prisoner exchange", "The army and the rebels exchanged prisoners in Juba.", "Agreement"),
    ("a strike is a peaceful protest", "Around 200 farmers held a sit-in outside the ministry "
     "in Accra.", "Peaceful protest"),
    ("fighting between two sides, no doer", "Fighting broke out between two rebel factions in "
     "Pibor.", "Armed clash"),
    ("a bystander killed in crossfire", "A woman was killed in crossfire between soldiers and "
     "militants in Ngala.", "Armed clash"),
    ("violence named as sexual", "Armed men sexually assaulted two girls near Kalemie.",
     "Sexual violence"),
    ("people seized by a non-state group are abducted", "Rebels seized four aid workers near "
     "Kaga Bandoro.", "Abduction/forced disappearance"),
    ("hostages taken", "Armed men took nine travellers hostage near Dori.",
     "Abduction/forced disappearance"),
    ("ground retaken by the state, the verb mislemmatised", "Troops retook the town of Tessit "
     "from jihadists.", "Government regains territory"),
    ("ground taken back", "Soldiers took back the village of Dibi from the militants.",
     "Government regains territory"),
    ("ground taken over by a non-state group", "Militants took over the town of Djibasso.",
     "Non-state actor overtakes territory"),
    ("a withdrawal without a fight", "The militia withdrew from Goma without a fight.",
     "Non-violent transfer of territory"),
    ("ground entered unopposed", "Rebels entered the town of Bria unopposed after soldiers "
     "abandoned their positions.", "Non-violent transfer of territory"),
    ("a chemical weapon decides however delivered", "Helicopters dropped chlorine bombs on "
     "Kafr Zita.", "Chemical weapon"),
    ("a suicide bomber decides however delivered", "A suicide bomber rammed a car into a "
     "checkpoint in Kabul.", "Suicide bomb"),
    ("explosives found before use", "Soldiers discovered an IED on the road to Menaka.",
     "Disrupted weapons use"),
    ("explosives destroyed by the state", "The army destroyed a bomb factory used by militants "
     "near Kolofata.", "Disrupted weapons use"),
    ("a village burned and its people killed", "Gunmen burned a village and killed ten "
     "residents in Bankass.", "Attack"),
    ("herders who attack are a militia", "Herders attacked farmers in Agatu, killing five.",
     "Attack"),
    ("settlers who attack are a militia", "Settlers attacked Palestinian villagers near Nablus.",
     "Attack"),
    ("residents who beat a man to death", "Angry residents beat a suspected thief to death in "
     "Kisumu.", "Mob violence"),
    ("a mob that burns people", "A mob set fire to two suspected thieves in Aba.",
     "Mob violence"),
    ("arrests of activists at a protest", "Police detained activists who staged a protest "
     "outside the court in Moscow.", "Protest with intervention"),
    ("a death without a number is fatal", "Police beat protesters with iron bars in Lagos, "
     "leaving one dead.", "Excessive force against protesters"),
    ("fighters surrendering change the group", "Forty Boko Haram fighters surrendered to "
     "troops in Bama.", "Change to group/activity"),
    ("a group splitting", "The rebel group split into two factions.",
     "Change to group/activity"),
    ("groups merging into one", "Three armed groups merged to form a new coalition.",
     "Change to group/activity"),
    ("a group formed, in the passive", "A new armed group was formed in the hills above Goma.",
     "Change to group/activity"),
    ("a group taking a new name", "The militia renamed itself the Northern Defence Front.",
     "Change to group/activity"),
    ("a base opened by its noun", "The insurgents set up a base in the forest near Beni.",
     "Headquarters or base established"),
    ("ground handed over without a fight", "The garrison town was handed to the rebels "
     "without fighting.", "Non-violent transfer of territory"),
    ("people taken away by armed men", "Gunmen took away four herders near Katsina.",
     "Abduction/forced disappearance"),
    ("people taken away by the police", "Police took away six students from the campus.",
     "Arrests"),
    ("a weapon's fire is no disaster", "Mortar fire hit a market in Omdurman.",
     "Shelling/artillery/missile attack"),
    ("an armed group's threat to civilians", "Militants warned traders to close their shops "
     "in Mocimboa.", "Other"),
    ("an armed group's taxes", "The militia levied taxes on farmers near Bunia.", "Other"),
    ("driven out of a named place", "Government troops drove the militants out of Mosul.",
     "Government regains territory"),
    ("driven out of a town by rebels", "Rebels drove the soldiers out of the town.",
     "Non-state actor overtakes territory"),
]

# disasters, accidents and ordinary crime: no ACLED type and no assault
NOT_POLITICAL = [
    "A fire at a textile factory killed 12 workers in Dhaka.",
    "Floods killed 30 people in Sindh.",
    "A bus crash killed 20 passengers near Mombasa.",
    "A train derailed near Balasore, killing 200 passengers.",
    "A gas explosion at a restaurant killed five people in Nairobi.",
    "An earthquake killed 300 people in Herat.",
    "Armed robbers shot dead a security guard during a bank robbery in Lagos.",
    "A man stabbed his neighbour to death after a quarrel over land in Nakuru.",
    "Thieves killed a shopkeeper during a robbery in Nairobi.",
    "A minibus collided with a truck near Kisumu, killing nine passengers.",
    "A fire broke out at the central market in Kano, destroying 100 shops.",
    "A man killed his wife with a knife in Nakuru.",
    "A boat capsized on Lake Kivu, killing 12 passengers.",
]

# cooperation and diplomacy: an event, but no ACLED type
COOPERATIVE = [
    "The two presidents held talks in Kampala.",
    "The European Union sent food aid to Chad.",
    "The foreign ministers of Kenya and Ethiopia met in Nairobi to discuss border trade.",
]


def _first_sub(pipeline, text: str) -> str | None:
    events = pipeline.extract(Article(doc_id="a", text=text))
    assert events, f"no event in {text!r}"
    first = next((e for e in events if e.acled_sub_event_type), None)
    return first.acled_sub_event_type if first else None


def test_acled_sub_type_table_covers_every_sub_type():
    assert {sub for _, sub in SUB_TYPES} == set(acled.SUBTYPE_TO_TYPE)


@pytest.mark.parametrize("text, sub", SUB_TYPES)
def test_acled_sub_type_by_definition(pipeline, text, sub):
    assert _first_sub(pipeline, text) == sub


@pytest.mark.parametrize("construction, text, sub", CONSTRUCTIONS,
                         ids=[c for c, _, _ in CONSTRUCTIONS])
def test_acled_construction(pipeline, construction, text, sub):
    assert _first_sub(pipeline, text) == sub


@pytest.mark.parametrize("text", NOT_POLITICAL)
def test_acled_disasters_and_crime_are_no_political_violence(pipeline, text):
    events = pipeline.extract(Article(doc_id="a", text=text))
    assert not [e for e in events if e.event_type == "ASSAULT" or e.acled_event_type], events


@pytest.mark.parametrize("text", COOPERATIVE)
def test_acled_cooperation_has_no_acled_type(pipeline, text):
    events = pipeline.extract(Article(doc_id="a", text=text))
    assert events
    assert all(e.acled_event_type is None for e in events)


def test_acled_event_type_follows_the_sub_type(pipeline):
    events = pipeline.extract(Article(doc_id="a", text="Rebels fired mortars at the airport."))
    typed = [e for e in events if e.acled_sub_event_type]
    assert typed
    for e in typed:
        assert e.acled_sub_event_type in ACLED_SUBTYPES[e.acled_event_type]


@pytest.mark.parametrize("actor, kind", [
    (None, "none"),
    (Actor(text="FARDC soldiers", sector="MIL"), "forces"),
    (Actor(text="an army base"), "forces"),
    (Actor(text="M23 rebels", sector="REB"), "rebels"),
    (Actor(text="gunmen", sector="UAF"), "militia"),
    (Actor(text="hundreds of demonstrators", sector="CVL"), "protesters"),
    (Actor(text="rioters", sector="CVL"), "rioters"),
    (Actor(text="a mob"), "rioters"),
    (Actor(text="the ministry", sector="GOV"), "state"),
    (Actor(text="the bishop", sector="REL"), "civilians"),
    (Actor(text="armed robbers", sector="CRM"), "criminals"),
    (Actor(text="Kampala"), "unknown"),
    # a town struck stands for its state as the recipient but names no one hit
    (Actor(text="Kampala", country="UGA", country_from="place struck"), "none"),
    (Actor(text="UN peacekeepers"), "forces"),
    (Actor(text="unidentified assailants"), "militia"),
    (Actor(text="Fulani herders", sector="AGR"), "civilians"),
])
def test_acled_party_kind(actor, kind):
    assert acled.party_kind(actor) == kind


@pytest.mark.parametrize("actor, acting, kind", [
    (Actor(text="Fulani herders", sector="AGR"), True, "militia"),
    (Actor(text="Fulani herders", sector="AGR"), False, "civilians"),
    (Actor(text="Dozo hunters"), True, "militia"),
    (Actor(text="farmers", sector="AGR"), True, "civilians"),
])
def test_acled_party_kind_of_a_community_that_arms_itself(actor, acting, kind):
    assert acled.party_kind(actor, acting=acting) == kind


def test_acled_every_sub_type_is_reachable_from_the_table():
    rules = acled.load_rules().rules
    produced = {r.sub_event_type for r in rules} - {"=", None}
    lex = load_lexicon()
    suggested = {s.acled_sub_event_type for table in (lex.verbs, lex.nouns)
                 for senses in table.values() for s in senses} - {None}
    assert produced | suggested == set(acled.SUBTYPE_TO_TYPE)


@pytest.mark.parametrize("event_type", ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "CONSULT"])
def test_acled_rows_of_an_event_type_are_those_that_can_hold_in_table_order(event_type):
    rules = acled.load_rules()
    rows = rules.of_type(event_type)
    assert rows == tuple(r for r in rules.rules if r.plover is None or event_type in r.plover)
    assert rules.of_type(event_type) is rows  # read once for each type


@pytest.mark.parametrize("name, text, message", [
    ("subtypes.tsv", "plover\tmode\n", "header"),
    ("subtypes.tsv", "plover\tmode\tlexicon\tsource\ttarget\tcues\tfatal\tsub_event_type\t"
     "mode_out\nASSAULT\t*\t*\tsoldiers\t*\t*\t*\tAttack\t-\n", "party kind"),
    ("subtypes.tsv", "plover\tmode\tlexicon\tsource\ttarget\tcues\tfatal\tsub_event_type\t"
     "mode_out\nASSAULT\t*\t*\t*\t*\tweather\t*\tAttack\t-\n", "cue set"),
    ("subtypes.tsv", "plover\tmode\tlexicon\tsource\ttarget\tcues\tfatal\tsub_event_type\t"
     "mode_out\nASSAULT\t*\t*\t*\t*\t*\t*\tBattle\t-\n", "not an ACLED sub-event type"),
    ("subtypes.tsv", "plover\tmode\tlexicon\tsource\ttarget\tcues\tfatal\tsub_event_type\t"
     "mode_out\nFIGHT\t*\t*\t*\t*\t*\t*\tAttack\t-\n", "PLOVER type"),
    ("parties.tsv", "kind\tnouns\nwarlords\twarlord\n", "party kind"),
])
def test_acled_decision_table_is_validated_on_load(tmp_path, monkeypatch, name, text, message):
    (tmp_path / "acled").mkdir()
    (tmp_path / "acled" / name).write_text(f"{REPLACE_MARK}\n{text}", encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    with pytest.raises(DataFileError, match=f"acled/{name} line [0-9]+: .*{message}"):
        acled.load_rules()


def test_acled_snippets_weighted_f1_floor(pipeline):
    """The project's own illustrative snippets (tests/data/acled_snippets.tsv), scored as the
    held-out ACLED snippets are; the floor only rises."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import acled_subtypes as bench
    finally:
        sys.path.remove(str(BENCHMARKS))
    snippets = bench.load_snippets()
    assert len(snippets) >= 50
    arts = [Article(doc_id=str(i), text=t) for i, (_, t) in enumerate(snippets)]
    pred = [bench.label_of(r.events) for r in pipeline.process(arts)]
    assert bench.weighted_f1([g for g, _ in snippets], pred) >= 0.96


def test_acled_fresh_snippets_weighted_f1_floor(pipeline):
    """The second, fresher set of ACLED-style notes (tests/data/acled_snippets_fresh.tsv),
    at least five per sub-type; the floor only rises."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import acled_subtypes as bench
    finally:
        sys.path.remove(str(BENCHMARKS))
    snippets = bench.load_snippets(bench.SETS["fresh"])
    labels = [g for g, _ in snippets]
    assert len(snippets) >= 150
    assert all(labels.count(sub) >= 5 for sub in acled.SUBTYPE_TO_TYPE)
    arts = [Article(doc_id=str(i), text=t) for i, (_, t) in enumerate(snippets)]
    pred = [bench.label_of(r.events) for r in pipeline.process(arts)]
    assert bench.weighted_f1(labels, pred) >= 0.89
