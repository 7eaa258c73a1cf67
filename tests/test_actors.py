"""Actors and their countries, one illustrative sentence per construction (table-driven): named
people and organisations from the dictionary, resolved for the event's date; the country wherever
the sentence says it."""

from __future__ import annotations

import pytest

from dateline.actor_names import NamedActor, Role, load_named, normal_words
from dateline.errors import DataFileError

PUBDATE = "2015-03-16"


def _actor(events, role):
    found = [getattr(e, role) for e in events if getattr(e, role) is not None]
    assert found, f"no {role} in {[(e.event_type, e.trigger) for e in events]}"
    return found[0]


# (sentence, role, expected country, expected sector or None for any)
COUNTRIES = [
    # demonym adjective before a title and a name
    ("Syrian President Bashar al-Assad rejected the proposal.", "source", "SYR", "GOV"),
    # a surname alone, with a title, from the named-actor dictionary
    ("President Assad rejected the offer on Monday.", "source", "SYR", "GOV"),
    # an international organisation is IGO
    ("The European Union condemned the shelling of the port.", "source", "IGO", None),
    # an organisation whose name has a possessive in it
    ("Government troops shelled positions of the New People's Army.", "target", "PHL", "REB"),
    ("Turkey launched an offensive against the People's Protection Units.", "target", "SYR",
     "REB"),
    # a name with a possessive in it, where the parse cuts the phrase at the possessive
    ("Two aid workers were detained by the Kurdish People's Protection Units.", "source", "SYR",
     "REB"),
    # possessive
    ("Kenya's national security adviser accused Somalia of harbouring militants.", "source",
     "KEN", "GOV"),
    # "from <country>" on forces
    ("Peacekeepers from Ghana arrested three gunmen near the border.", "source", "GHA", None),
    # "of <country>" on an office
    ("The foreign minister of Peru condemned the killings.", "source", "PER", "GOV"),
    # a city names its country
    ("Police in Nairobi arrested two journalists on Tuesday.", "source", "KEN", "COP"),
    # "the country" as a possessor: the one country named just before
    ("Voters in Ghana queued for hours on Monday. Later the country's army arrested two "
     "journalists.", "source", "GHA", "MIL"),
    # a city's demonym names its country
    ("Muscovite police detained two students on Friday.", "source", "RUS", "COP"),
    # a region of a country in the actor phrase, from the country's own names
    ("Herat police arrested two smugglers.", "source", "AFG", "COP"),
    # a demonym that the named actors also list as a country's era ("Iraqi" until 2003): the
    # phrase's head still gives the sector
    ("Iraqi forces recaptured the town from the militants.", "source", "IRQ", "MIL"),
    # the recipient's country from its demonym
    ("Government troops attacked Ugandan rebels near the lake.", "target", "UGA", "REB"),
    # a country named after an organisation that modifies it is the state
    ("NATO-member Norway offered to send aid to Somalia.", "source", "NOR", "GOV"),
    # a country's long official name, with its abbreviation
    ("The Democratic People's Republic of Korea (DPRK) rejected the proposal.", "source", "PRK",
     "GOV"),
    # an abbreviation that names a country
    ("The PRC condemned the visit of the delegation.", "source", "CHN", "GOV"),
    # "ethnic <demonym>": an ethnicity; the people's country is where they are
    ("Ethnic Albanians in southern Serbia demanded autonomy.", "source", "SRB", "CVL"),
    # a people "of <place>" are of that place's country
    ("The Albanians of Macedonia protested against the new law.", "source", "MKD", "CVL"),
    # a participle places an actor: "operating in", "based in"
    ("Rebels operating in Chad attacked a convoy on Monday.", "source", "TCD", "REB"),
    # "anti-<country>" names a stance, not the actor's country
    ("Police in Amman arrested an anti-Israel activist.", "target", "JOR", None),
    # an apposition naming an international organisation's office
    ("Maria Lopez, the United Nations envoy, urged both sides to stop the fighting.", "source",
     "IGO", None),
    # a person's first name and surname, the middle name left out
    ("Carlos Menem criticised the decision of the court.", "source", "ARG", None),
    # a capital stands for its government
    ("Moscow accused Kiev of violating the ceasefire.", "source", "RUS", "GOV"),
    # less common demonyms, and those of former states, name a country too
    ("Maldivian police arrested two opposition leaders.", "source", "MDV", "COP"),
    ("Byelorussian officials rejected the proposal.", "source", "BLR", "GOV"),
    ("Zairean troops shelled the village.", "source", "COD", "MIL"),
    # a demonym that is also someone's surname is the demonym: the police, not that person
    ("Nepali police arrested two smugglers.", "source", "NPL", "COP"),
    # a people's plural is the people, not a group whose name holds the word
    ("Greeks protested against the cuts.", "source", "GRC", "CVL"),
    # a known person with an international organisation's title acts for it, not for the
    # country of their own nationality
    ("U.N. mediator Diego Cordovez met the rebel leaders on Monday.", "source", "IGO", "IGO"),
    # a former office is not the organisation's act
    ("Former U.N. mediator Diego Cordovez criticised the rebel leaders.", "source", "ECU",
     None),
    # armed groups and parties the dictionaries place in a region only have their country
    ("The Revolutionary United Front attacked a village.", "source", "SLE", "REB"),
    ("The Kosovo Liberation Army attacked a police station.", "source", "XKX", "REB"),
    ("Police arrested two members of the Lord's Resistance Army.", "target", "UGA", "REB"),
    ("The ANC accused the police of brutality.", "source", "ZAF", "PTY"),
    # a region whose name holds another country's name
    ("Police in Northern Ireland arrested two men.", "source", "GBR", "COP"),
    ("Northern Irish police arrested two men.", "source", "GBR", "COP"),
    # health workers are HLH, not news media
    ("Kenyan doctors accused the ministry of neglect.", "source", "KEN", "HLH"),
    ("Kenyan journalists accused the ministry of neglect.", "source", "KEN", "JRN"),
    # a name the dictionary does not know, in apposition: the head's words say what it is,
    # and the sentence's one country whose it is
    ("The main rebel group, the Front for Unity (FFU), attacked a Chadian town.", "source",
     "TCD", "REB"),
    # a country that owns a relation noun, or is its "of" object, is the other party
    ("Rebels ambushed a commander of Ghana's militia allies in northern Togo.", "target",
     "TGO", None),
    ("Syria's neighbours closed their borders.", "source", None, None),
    # a name that is also an ordinary word names only where capitalised: "male" is no Malé
    ("Soldiers shot the entire male population of the village.", "target", None, "CVL"),
    ("Gunmen attacked a male nurse in the town.", "target", None, "HLH"),
    ("Police in Male arrested two opposition activists.", "source", "MDV", "COP"),
    # a country that made or supplied a thing is not the country of those who use it
    ("Rebels attacked Russian-made tanks in Syria.", "target", "SYR", "MIL"),
    # a body named for its seat of government is its state's, not the place's it acts in
    ("The Foreign Office sent aid to refugees in Jordan.", "source", "GBR", "GOV"),
    ("Officials said the Kremlin had condemned the sanctions.", "source", "RUS", None),
    # a people named in the plural stands for its country
    ("The Turks shelled a village near the border.", "source", "TUR", None),
    ("South Africans marched against the new law.", "source", "ZAF", None),
    # the plural of a demonym of two words
    ("South Koreans protested outside the embassy.", "source", "KOR", None),
    # the initials of an armed group's name, written in capitals
    ("The LTTE attacked an army camp near the town.", "source", "LKA", "REB"),
    # a surname several politicians of one state share names that state
    ("Papandreou denounced the new budget on Monday.", "source", "GRC", None),
    # a place's name is no namesake's surname
    ("The court in The Hague sentenced the former commander.", "source", "NLD", None),
    # a people that lives almost all in one state names that state
    ("Uighur activists protested outside the embassy in Berlin.", "source", "CHN", "CVL"),
    ("Oromo farmers blocked the main road to the capital.", "source", "ETH", None),
]


@pytest.mark.parametrize("text, role, country, sector", COUNTRIES)
def test_actors_country_from_the_sentence(some_events_in, text, role, country, sector):
    actor = _actor(some_events_in(text, PUBDATE), role)
    assert actor.country == country, actor
    if sector is not None:
        assert actor.sector == sector, actor


def test_actors_named_person_is_resolved_for_the_date(some_events_in):
    text = "Bashar Assad criticised the decision."
    before = _actor(some_events_in(text, "1995-05-01"), "source")
    during = _actor(some_events_in(text, "2012-05-01"), "source")
    assert (before.country, before.sector) == ("SYR", "ELI")  # not yet the government
    assert (during.country, during.sector) == ("SYR", "GOV")
    assert during.name == before.name == "Bashar al Assad"


ROLES = (Role("XXA", "ELI", None, None), Role("XXA", "GOV", "2001-01-01", "2004-12-31"),
         Role("XXA", "MIL", "1990-01-01", "2000-12-31"))


@pytest.mark.parametrize("date, sector", [
    ("2003-06-01", "GOV"),  # in office
    ("1995-06-01", "MIL"),  # an earlier career
    ("2010-06-01", "ELI"),  # a former office-holder is no longer the government
    (None, "GOV"),  # no date: the latest office
])
def test_actors_role_on_a_date(date, sector):
    assert NamedActor(name="A. Person", roles=ROLES).on(date).sector == sector


# (sentence, publication date, role, country, sector): office-holders of recent years, by
# surname alone, resolved for the date
RECENT = [
    ("Mattis criticised the decision to withdraw the troops.", "2018-12-21", "source", "USA",
     "GOV"),
    ("A Turkish court released Brunson on Friday.", "2018-10-12", "target", "USA", None),
    ("Guterres urged both sides to stop the fighting.", "2019-05-02", "source", "IGO", "IGO"),
    # a person named in an apposition gives their country to the office
    ("The president asked his national security adviser, John Bolton, for a plan.",
     "2018-12-21", "target", "USA", None),
    # a former office-holder is no longer the government
    ("Obama criticised the decision of the court.", "2018-06-01", "source", "USA", "ELI"),
    ("Obama criticised the decision of the court.", "2012-06-01", "source", "USA", "GOV"),
    # a surname several people share: the one of them in office on the date
    ("Chavez accused the opposition of plotting a coup.", "2006-05-01", "source", "VEN",
     "GOV"),
    ("President Santos conceded to the demands of the rebels.", "1995-05-01", "source", "AGO",
     "GOV"),
    # a surname written as a given name too is no one's in particular: the place decides
    ("King Hussein met the prime minister in Amman.", "1994-05-01", "source", "JOR", None),
]


@pytest.mark.parametrize("text, date, role, country, sector", RECENT)
def test_actors_recent_office_holders(some_events_in, text, date, role, country, sector):
    actor = _actor(some_events_in(text, date), role)
    assert actor.country == country, actor
    if sector is not None:
        assert actor.sector == sector, actor


def test_actors_surname_before_its_bearers_first_office_is_someone_else(some_events_in):
    # the dictionary's only Milosevic took office in 2011
    early = _actor(some_events_in("Milosevic rejected the plan.", "1999-03-01"), "source")
    late = _actor(some_events_in("Milosevic rejected the plan.", "2012-03-01"), "source")
    assert early.country is None, early
    assert late.country == "HRV", late


def test_actors_one_word_names_only_when_written_as_names():
    named = load_named()
    assert named.lookup(["hamas"], [True]) is not None
    assert named.lookup(["hamas"], [False]) is None
    hit = named.lookup(normal_words("the President Assad"), [False, True, True])
    assert hit is not None and hit[0].name == "Bashar al Assad"


@pytest.mark.parametrize("word", ["nepali", "greeks", "elysee"])
def test_actors_country_words_are_no_one_word_names_of_others(word):
    assert load_named().lookup([word], [True]) is None
    assert load_named().lookup(["armenian"], [True]) is not None  # the country's own word


def test_actors_named_data_is_reasonably_small_and_well_formed():
    named = load_named()
    assert len(named) > 20_000 and len(named.aliases) > len(named)
    assert named.country_terms["kabul"] == "AFG"
    for k in range(0, len(named), 997):  # roles parse (and are checked) when first used
        assert named.actor(k).roles


def test_actors_bad_role_is_a_clear_error():
    from dateline.actor_names import _roles

    with pytest.raises(DataFileError, match="COUNTRY SECTOR FROM TO"):
        _roles("SYR GOV 2000-07-17", "row 1")


# (sentence, object words, recipient words or None)
OBJECTS = [
    # a place raided is the event's object, not a recipient's words (the state the town stands
    # for, as the recipient of an act of force that names no party, has none)
    ("Israeli planes carried out a raid on the tunnels area in Rafah.", "tunnels area", ""),
    # a thing condemned
    ("The foreign minister condemned the raids on Tuesday.", "the raids", None),
    # a thing negotiated, and the party it was negotiated with as the recipient
    ("The rebels negotiated a ceasefire with the government.", "a ceasefire", "the government"),
    # a stretch of land or a region is a place, no party
    ("The settlers occupied the land on Sunday.", "the land", None),
    # a thing its maker's or supplier's country describes is no party of that country
    ("Rebels destroyed US-supplied weapons on Monday.", "US-supplied weapons", None),
    # a town taken is where the act was, not its townspeople; whom it was taken from is the
    # recipient when named
    ("Rebel fighters reclaimed several northern towns on Monday.", "northern towns", None),
]


@pytest.mark.parametrize("text, obj, target", OBJECTS)
def test_actors_things_and_places_are_objects(some_events_in, text, obj, target):
    events = [e for e in some_events_in(text, PUBDATE) if e.object]
    assert events, "no event with an object"
    e = events[0]
    assert obj in e.object
    if target is None:
        assert e.target is None
    else:
        assert e.target is not None and e.target.text == target
    assert e.to_dict()["object"] == e.object


ARTICLE = ("Kenyan police raided a market in Nairobi on Monday. The deposed government accused "
           "the security forces of brutality. Opposition leader Amos Kariuki condemned the raid, "
           "and he called on the police to release the traders.")


def test_actors_document_focus_and_antecedents(some_events_in):
    events = some_events_in(ARTICLE, PUBDATE)
    accuse = next(e for e in events if e.event_type == "ACCUSE" and e.source
                  and "deposed" in e.source.text)
    # no country in its words, none from the event's place: the article is about Kenya
    assert accuse.source.country == "KEN"
    assert accuse.source.country_from in ("document focus", "event place")
    he = [e for e in events if e.source and e.source.text == "he"]
    assert he, [(e.event_type, e.source and e.source.text) for e in events]
    assert he[0].source.antecedent == "Opposition leader Amos Kariuki"
    assert he[0].to_dict()["source"]["antecedent"] == he[0].source.antecedent


def test_actors_focus_needs_a_dominant_country(nlp):
    from dateline.actors import ActorResolver

    mixed = nlp("Kenya and Uganda signed a deal. Tanzania and Rwanda objected.")
    assert ActorResolver(mixed).focus is None
    one = nlp("Police in Kenya arrested a man. Kenyan officials said he was armed.")
    assert ActorResolver(one).focus == "KEN"


@pytest.mark.parametrize(("text", "country"), [
    # where people come from is not what the story is about; the seat that decides is
    ("The Home Office has refused asylum to families from Turkey and Eritrea. A lawyer for "
     "families from Turkey said they would appeal to the Home Office. Officials rejected the "
     "claims.", "GBR"),
    ("The Kremlin said on Monday that talks would go ahead. Officials in Kyiv dismissed the "
     "claim. The Kremlin spokesman added that the army would stay.", "RUS"),
    # the lead's country decides between close rivals
    ("Police fired tear gas at protesters in Nairobi, the Kenyan capital, on Monday. Uganda and "
     "Tanzania have seen similar protests, and Uganda's opposition called for calm.", "KEN"),
])
def test_actors_focus_is_the_country_the_story_is_about(nlp, text, country):
    from dateline.actors import ActorResolver

    assert ActorResolver(nlp(text)).focus == country


# (sentence, role, country, where the country comes from): a domestic actor whose words name no
# country takes the one its context names, and says so
FOCUS = [
    # the only country its sentence names
    ("The Chadian government accepted demands from the rebels.", "target", "TCD",
     "sentence focus"),
    # an ethnicity in the sentence is no country of the actors
    ("Angry youths attacked ethnic Serbs in a village in Kosovo.", "source", "XKX",
     "sentence focus"),
    # a possessive pronoun: the country of the actor it stands for
    ("Pakistan has urged its citizens to avoid travelling to the region.", "target", "PAK",
     "possessor"),
    # a group adjective is no country: the Kurdish fighters are where the story is
    ("Kurdish fighters attacked a checkpoint near the Syrian town of Qamishli.", "source",
     "SYR", None),
    # a report about one country: a sentence whose places name one other country tells
    # whose the actor is
    ("The war in Syria entered its eighth year as Aleppo, Homs and Idlib saw heavy fighting. "
     "In Leeds, two men were charged with joining the rebels.", "target", "GBR",
     "sentence focus"),
    # a country gone to or come from is not where the sentence happens
    ("The war in Syria entered its eighth year. Syria's economy has collapsed. Rebels shelled "
     "the town on Monday as refugees fled to Turkey.", "source", "SYR", "document focus"),
    # the sentence names two countries: people who act somewhere are of the place's country
    ("Thousands of people blocked roads in Nairobi in defiance of British diplomats.", "source",
     "KEN", "event place"),
    # an office of a cabinet is the government of the country the report is about
    ("London, Manchester and Leeds are wet in the winter. The home secretary, Amelia Brook, "
     "has banned the group.", "source", "GBR", "document focus"),
    # a person the dictionary does not know is of the country the report is about
    ("London, Manchester and Leeds are wet in the winter. Amelia Brook condemned the decision "
     "of the council.", "source", "GBR", "document focus"),
    ("London, Manchester and Leeds are wet in the winter. The bishop criticised Tom Hale's "
     "decision.", "target", "GBR", "document focus"),
]


@pytest.mark.parametrize("text, role, country, where", FOCUS)
def test_actors_country_from_the_context(some_events_in, text, role, country, where):
    actor = _actor(some_events_in(text, PUBDATE), role)
    assert actor.country == country, actor
    assert where is None or actor.country_from == where, actor


# (article, trigger, country, where the country comes from): a state agent acts for the place
# its own sentence names, not for one its event only inherits from earlier sentences
STATE_PLACES = [
    ("Police in Lahore arrested three students on Sunday.", "arrested", "PAK", None),
    ("In Nairobi, the minister condemned the attack.", "condemned", "KEN", "event place"),
    ("Rebels shelled Aleppo and Homs on Monday, and Russian planes bombed Idlib. Later the "
     "ambassador demanded an inquiry into the attacks.", "demanded", None, None),
    # a people of no state of their own: the country of its sentence before the report's
    ("Canada's government said on Friday it would not help the families. Omar, who was detained "
     "by Kurdish forces, married a nurse after she was brought to Syria. The prime minister "
     "said Canada would not send troops to the camps.", "detained", "SYR", "sentence focus"),
]


@pytest.mark.parametrize("text, trigger, country, where", STATE_PLACES)
def test_actors_state_agent_country_from_its_own_place(events_in_unfiltered, text, trigger, country,
                                                      where):
    # the actor's country, whether or not the realness veto keeps a standing detention
    events = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert events and events[0].source is not None, events
    assert events[0].source.country == country, events[0].source
    assert where is None or events[0].source.country_from == where, events[0].source


# (sentence, trigger, the side whose words name no country): in an act between two sides
# that are most often of two countries, the other side's country is not this one's
ACROSS = [
    ("The president gave a warm welcome to the visiting Chilean leader.", "welcome", "source"),
    ("The minister held talks with Kenyan officials.", "talks", "source"),
    ("The coastguard sent aid to Libyan fishermen stranded at sea.", "aid", "source"),
]


@pytest.mark.parametrize("text, trigger, side", ACROSS)
def test_actors_counterpart_country_is_not_given_across(some_events_in, text, trigger, side):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, some_events_in(text, PUBDATE)
    other = "target" if side == "source" else "source"
    assert getattr(events[0], other) is not None and getattr(events[0], other).country, events[0]
    assert getattr(events[0], side) is not None, events[0]
    assert getattr(events[0], side).country is None, getattr(events[0], side)


def test_actors_sentence_focus_counts_the_actors_countries(some_events_in):
    # Erdogan is Turkish and Washington American: the sentence has no one country
    events = some_events_in("Erdogan's government said Washington was supporting the coup "
                            "plotters.", "2016-08-01")
    plotters = [e.target for e in events if e.target and "plotters" in e.target.text]
    assert plotters, [(e.event_type, e.target) for e in events]
    assert plotters[0].country is None, plotters[0]


def test_actors_sentence_focus_needs_one_country(nlp):
    from dateline.actors import ActorResolver

    two = nlp("Rebels attacked a convoy between Chad and Sudan.")
    assert ActorResolver(two).sentence_focus(0) is None
    one = nlp("Rebels attacked a convoy in northern Chad.")
    assert ActorResolver(one).sentence_focus(0) == "TCD"


# (sentence, role, the actor's words)
SPANS = [
    # a thing of a party stands for the party; a recipient's words keep the thing owned
    ("Hamas's aim was rejected by the government.", "target", "Hamas's aim"),
    ("The minister rejected Hamas's demand to free the prisoners.", "target", "Hamas's demand"),
    # an office of a country keeps its possessor
    ("Kenya's national security adviser accused Somalia of harbouring militants.", "source",
     "Kenya's national security adviser"),
    # an opened parenthesis is closed
    ("The Nigerian Air Force (NAF) bombed a rebel camp.", "source",
     "The Nigerian Air Force (NAF)"),
    # an apposition says who the party is; what the party does in it is no part of it
    ("Maria Lindqvist, one of the Swedish nurses working with the Kurdish Red Crescent, urged "
     "Sweden to act.", "source", "Maria Lindqvist, one of the Swedish nurses"),
    ("Kenzo Oshima, the UN relief coordinator who toured the camps, urged donors to give "
     "more.", "source", "Kenzo Oshima, the UN relief coordinator"),
]


@pytest.mark.parametrize("text, role, words", SPANS)
def test_actors_spans_are_actor_phrases(some_events_in, text, role, words):
    assert _actor(some_events_in(text, PUBDATE), role).text == words


# (sentence, the recipient's country): the party in a thing acted on is the recipient
PARTIES_IN_THINGS = [
    # the owner of a thing denounced
    ("Albania on Friday denounced Serbia's suppression of the protests.", "SRB"),
    # the party a call came from
    ("Berlin rejected recent calls by Belarus's rulers for economic aid.", "BLR"),
    # the party a thing of the act is with
    ("Norway announced a suspension of flights with Chile on Tuesday.", "CHL"),
]


@pytest.mark.parametrize("text, country", PARTIES_IN_THINGS)
def test_actors_party_of_a_thing_is_the_recipient(some_events_in, text, country):
    events = [e for e in some_events_in(text, PUBDATE)
              if e.event_type in ("ACCUSE", "REJECT", "SANCTION")]
    assert events
    assert events[0].target is not None and events[0].target.country == country


# (text, trigger, the actor's name, its country): a title beside a name describes the named
# one, who is the actor, known to the dictionary or not
TITLED_NAMES = [
    # a title, then the known name in apposition
    ("The US president, Donald Trump, warned the rebels on Monday.", "warned", "Donald Trump",
     "USA"),
    # an unknown name, then its title in apposition: the title's country
    ("Marta Kowalczyk, the Polish foreign minister, criticised the blockade.", "criticised",
     "Marta Kowalczyk", "POL"),
    # a title, then an unknown name
    ("The Polish foreign minister, Marta Kowalczyk, criticised the blockade.", "criticised",
     "Marta Kowalczyk", "POL"),
    # the act of the title's own clause is the named one's
    ("Marta Kowalczyk, the Polish foreign minister who resigned last week, criticised the "
     "blockade.", "resigned", "Marta Kowalczyk", "POL"),
]


@pytest.mark.parametrize("text, trigger, name, country", TITLED_NAMES)
def test_actors_title_beside_a_name_is_the_named_one(event_on, text, trigger, name, country):
    source = event_on(text, trigger).source
    assert source is not None
    assert (source.name, source.country) == (name, country)


# (text, trigger, recipient words or None): a town's name that the document writes as a place
# ("in Baghuz") is where an act is done or what it is done to (its object), no party
PLACE_NAMES = [
    ("Fighting raged in Baghuz on Sunday. Hundreds of fighters refused to leave Baghuz.",
     "refused", None),
    ("Chemical weapons were used in Douma. The inspectors sent a team to Douma.", "sent", None),
    # a person's name stays the recipient, though a place somewhere bears it
    ("Robinson lives in Denver. Police arrested Robinson on Monday.", "arrested", "Robinson"),
]


@pytest.mark.parametrize("text, trigger, target", PLACE_NAMES)
def test_actors_a_town_named_as_a_place_is_no_recipient(event_on, text, trigger, target):
    e = event_on(text, trigger)
    if target is None:
        assert e.target is None, e.target
    else:
        assert e.target is not None and e.target.text == target
