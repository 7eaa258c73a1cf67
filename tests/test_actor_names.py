"""Which words name whom: a surname of the dictionary only where it is written as a name, names
whose country changed with the years, and the host of a visit (table-driven, one illustrative
sentence per construction)."""

from __future__ import annotations

import pytest

from dateline import Article
from dateline.actor_names import country_then, load_country_eras, load_named
from dateline.actors import resolve_actor
from dateline.errors import DataFileError

PUBDATE = "2019-03-23"


def _parties(events, role):
    return [getattr(e, role) for e in events if getattr(e, role) is not None]


# (sentence, the words that must not be read as a named person): a common word begins the
# sentence, capitalised only because it begins it, and is some official's surname
NOT_NAMES = [
    ("Power was cut across the town when the militants seized it.", "Power"),
    ("Some holdouts who surrendered to the army had bought the new message.", "Some"),
    ("During the night the rebels attacked the convoy near the border.", "During"),
]


@pytest.mark.parametrize("text, word", NOT_NAMES)
def test_actor_names_sentence_initial_common_word_is_no_surname(nlp, text, word):
    doc = nlp(text)
    assert doc[0].text == word
    actor = resolve_actor(doc, (0, doc[0].right_edge.i + 1 if doc[0].dep_ != "ROOT" else 1))
    assert actor.name is None or word.lower() not in actor.name.lower(), actor
    assert load_named().lookup([word.lower()], [True]) is not None  # a surname elsewhere


def test_actor_names_surname_still_found_as_a_proper_noun_first(some_events_in):
    source = _parties(some_events_in("Assad rejected the proposal on Monday.", "2015-03-16"),
                      "source")
    assert source and source[0].country == "SYR", source


def test_actor_names_sentence_initial_surname_that_is_also_a_word(some_events_in):
    # "trump" is an English word; a document that writes it as a name means the person
    text = "Donald Trump spoke on Monday. Trump criticised the court on Tuesday."
    events = some_events_in(text, "2018-12-21")
    sources = [e.source for e in events if e.source is not None and e.char_start > 30]
    assert sources and sources[0].country == "USA", sources


@pytest.mark.parametrize("words, cased", [
    # a given name before "bin"/"ibn" is no one's surname alone
    (["sheikh", "hamad", "bin"], [True, True, False]),
    (["hamad", "ibn"], [True, False]),
])
def test_actor_names_given_name_before_a_name_link_is_no_surname(words, cased):
    assert load_named().lookup(words, cased) is None
    assert load_named().lookup(words[:-1], cased[:-1]) is not None  # the surname alone is known


def test_actor_names_no_surname_of_a_region_ending_a_group_name():
    assert load_named().lookup(["europe"], [True]) is None


# (sentence, publication date, role, country): a name whose country depends on the date
ERAS = [
    ("Pakistan threatened to break off relations with Congo.", "1988-03-01", "target", "COG"),
    ("Pakistan threatened to break off relations with Congo.", "2019-03-01", "target", "COD"),
    ("Congolese troops attacked the rebels near the river.", "1990-06-01", "source", "COG"),
    ("Congolese troops attacked the rebels near the river.", "2010-06-01", "source", "COD"),
]


@pytest.mark.parametrize("text, date, role, country", ERAS)
def test_actor_names_country_of_a_name_on_the_date(some_events_in, text, date, role, country):
    parties = _parties(some_events_in(text, date), role)
    assert parties and parties[0].country == country, parties


@pytest.mark.parametrize("date, country", [
    ("1997-05-16", "COG"), ("1997-05-17", "COD"), (None, "COD"),
])
def test_actor_names_era_bounds_are_inclusive(date, country):
    assert "congo" in load_country_eras()
    assert country_then("congo", "COD", date) == country
    assert country_then("kenya", "KEN", "1990-01-01") == "KEN"  # no era: the usual country


def test_actor_names_bad_era_row_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "country_eras.tsv").write_text("congo\tCOG\t1997\t-\n",
                                                          encoding="utf-8")
    monkeypatch.setenv("DATELINE_DATA_PATH", str(tmp_path))
    with pytest.raises(DataFileError, match="country_eras.tsv line 1"):
        load_country_eras()


# (sentence, visitor's country, host's country): arriving or flying somewhere on a visit is a
# visit, hosted by the government of the country visited
VISITS = [
    ("The Iranian president arrived in Beirut on a two-day visit.", "IRN", "LBN"),
    ("Iraqi President Saddam Hussein arrived in Amman on an unannounced visit.", "IRQ", "JOR"),
    ("The Kenyan foreign minister flew to Addis Ababa on an official visit.", "KEN", "ETH"),
]


@pytest.mark.parametrize("text, visitor, host", VISITS)
def test_actors_visit_is_hosted_by_the_place_visited(some_events_in, text, visitor, host):
    visits = [e for e in some_events_in(text, "2001-01-10")
              if e.event_type == "CONSULT"]
    assert visits, text
    e = visits[0]
    assert e.source is not None and e.source.country == visitor, e.source
    assert e.target is not None and (e.target.country, e.target.sector) == (host, "GOV"), \
        e.target


def test_actors_plain_arrival_is_no_event(pipeline):
    events = pipeline.extract(Article(doc_id="t", text="Thousands of migrants arrived in "
                                      "Greece on Monday.", pubdate="2016-01-10"))
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_actor_names_place_in_a_persons_name_is_no_country(some_events_in):
    # "Alexandria" is a city of Egypt; in a person's name it says nothing of her country
    events = some_events_in("Alexandria Ocasio-Cortez criticised the president's plan.",
                            "2019-01-10")
    sources = _parties(events, "source")
    assert sources and sources[0].text.startswith("Alexandria"), sources
    assert sources[0].country != "EGY", sources[0]


# (text, role of the party, its country, its sector): one person of a people is a person of
# that country, not the state, and a plural pronoun does not stand for them
ONE_OF_A_PEOPLE = [
    ("A Briton was arrested in Dubai on Monday.", "target", "GBR", "CVL"),
    ("An Iraqi was shot dead by soldiers at the checkpoint.", "target", "IRQ", None),
]


@pytest.mark.parametrize("text, role, country, sector", ONE_OF_A_PEOPLE)
def test_actor_names_one_of_a_people_is_a_person(some_events_in, text, role, country, sector):
    party = _parties(some_events_in(text, PUBDATE), role)[0]
    assert party.country == country, party
    assert party.sector != "GOV" and (sector is None or party.sector == sector), party


def test_actors_plural_pronoun_does_not_stand_for_one_person(some_events_in):
    text = ("She married a Bosnian, who was later killed. They urged patience in the "
            "camp.")
    events = some_events_in(text, PUBDATE)
    at = text.index("They")  # (a "they" found for no one is an empty doer at its offsets)
    they = [e.source for e in events if e.source is not None and e.source.char_start == at]
    assert they, [(e.event_type, e.source) for e in events]
    assert they[0].country != "BIH", they[0]


def _phoenix_tool():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "phoenix_actors.py"
    spec = importlib.util.spec_from_file_location("phoenix_actors", path)
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


# (name as the dictionaries write it, the common words known, the name shown)
TITLES = [
    ("us secretary of defense", {"secretary", "defense"}, "US Secretary of Defense"),
    ("un envoy", {"envoy"}, "UN Envoy"),
    ("nato", {"envoy"}, "NATO"),
    ("official ira", {"official"}, "Official IRA"),
    # a word of a name that is no common word: the short word is a name's, not an initialism
    ("us bharati", {"envoy"}, "Us Bharati"),
    ("riyad us saliheyn martyrs' brigade", {"martyr", "brigade"},
     "Riyad Us Saliheyn Martyrs' Brigade"),
    # a person's name (no common words given): capitalised only
    ("chi un hui", set(), "Chi Un Hui"),
    ("mahmoud al zahar", set(), "Mahmoud al Zahar"),
    # a regnal number ends a name in capitals; inside one, a word like the others
    ("abdullah ii", set(), "Abdullah II"),
    ("sin ii nam", set(), "Sin Ii Nam"),
]


@pytest.mark.parametrize("name, english, shown", TITLES)
def test_actor_names_initialisms_shown_in_capitals(name, english, shown):
    assert _phoenix_tool()._title(name, frozenset(english)) == shown


# (a group's name as the dictionaries write it, the country its name names or None)
GROUP_HOMES = [
    ("kosovo liberation army", "XKX"),
    ("sudan people liberation army", "SDN"),
    ("popular front for the liberation of palestine", "PSE"),
    # a region's people name no one country
    ("latin american patriotic army", None),
    # a stance towards a country is not its country
    ("anti american front", None),
    # two countries: none of them
    ("front for the liberation of chad and sudan", None),
    # a person's name that holds a country's name is no group's
    ("kulwinder mali", None),
]


@pytest.mark.parametrize("name, country", GROUP_HOMES)
def test_actor_names_regional_group_takes_the_country_its_name_names(name, country):
    tool = _phoenix_tool()
    words = {"kosovo": "XKX", "sudan": "SDN", "palestine": "PSE", "american": "USA",
             "chad": "TCD", "mali": "MLI"}
    assert tool.name_country(name, words) == country


def test_actor_names_regional_groups_have_their_home_in_the_data():
    named = load_named()
    hit = named.lookup(["kosovo", "liberation", "army"], [True, True, True])
    assert hit is not None
    assert hit[0].on("1999-04-01").country == "XKX"


def test_actor_names_block_of_names_shares_the_codes_after_it(tmp_path):
    # a head of state's names, each on a line of its own, their tenures indented after the last
    path = tmp_path / "actors.txt"
    path.write_text("ALAN_SMITHEE_  # CountryInfo.txt\nPRESIDENT_SMITHEE\nSMITHEE\n"
                    "\t[XXAGOV 900101-951231]\n\t[XXAELI]\n"
                    "OTHER_PERSON_  # CountryInfo.txt\n\t[XXAELI]\n"
                    "LONE_GROUP\nNEXT_GROUP [XXAREB]\n", encoding="utf-8")
    entries = _phoenix_tool().parse(path, {"XXA"})
    by_name = {e.name: e for e in entries}
    smithee = by_name["alan smithee"]
    assert smithee.aliases == ["alan smithee", "president smithee", "smithee"]
    assert ("XXA", "GOV", "1990-01-01", "1995-12-31") in smithee.roles
    assert by_name["other person"].roles == [("XXA", "ELI", "-", "-")]
    # outside such a block a line without codes stays an entry of its own
    assert by_name["lone group"].roles == []
    assert by_name["next group"].aliases == ["next group"]


# (words as written, whether each is written as a name, date, the actor found or None)
IN_OFFICE = [
    (["chavez"], [True], "2006-05-01", "Hugo Chavez"),
    # no one of the name in office then
    (["chavez"], [True], "1960-05-01", None),
    # a body's name is no one's surname: "the Secretary of State" is not "the Islamic State"
    (["secretary", "of", "state"], [True, False, True], "2015-05-01", None),
    # a word not written as a name
    (["chavez"], [False], "2006-05-01", None),
]


@pytest.mark.parametrize("words, cased, date, name", IN_OFFICE)
def test_actor_names_shared_surname_is_the_one_in_office(words, cased, date, name):
    hit = load_named().in_office(words, cased, date)
    assert (hit[0].name if hit else None) == name


# (words, cased, date, country): a surname that several people share, none of them (or more
# than one) in office on the date, names their country when they all served one state
FAMILIES = [
    (["papandreou"], [True], None, "GRC"),
    (["papandreou"], [True], "1960-05-01", "GRC"),
    # a body's word shared by groups of several states names none
    (["fighters"], [True], None, None),
]


@pytest.mark.parametrize("words, cased, date, country", FAMILIES)
def test_actor_names_shared_surname_of_one_country_names_it(words, cased, date, country):
    hit = load_named().in_office(words, cased, date)
    assert (hit[0].on(date).country if hit else None) == country


# (words as written, whether each is written as a name, the actor found or None): a name of
# several words spelt with a letter doubled or single where the dictionary's is not
MISSPELT = [
    (["president", "francois", "mitterand"], [True, True, True], "Francois Mitterrand"),
    (["tony", "blaire"], [True, True], None),  # another letter: no match
    # written in lower case: no name
    (["francois", "mitterand"], [False, False], None),
]


@pytest.mark.parametrize("words, cased, name", MISSPELT)
def test_actor_names_doubled_letter_misspelling_finds_the_name(words, cased, name):
    hit = load_named().lookup(words, cased)
    assert (hit[0].name if hit else None) == name


# (sentence, date, role, country, sector): names written with their accents, and office-holders
# of recent years, found with the country and the sector of the office held on the date
NAMED_NOW = [
    # the dictionary spells the name without accents
    ("President Idriss Déby rejected the rebels' offer.", "2018-04-02", "source", "TCD", "GOV"),
    ("Ibrahim Boubacar Keïta met the French defence minister.", "2014-03-02", "source", "MLI",
     None),
    # a legislator of recent years
    ("Chuck Schumer criticised the White House over the shutdown.", "2019-01-10", "source",
     "USA", "LEG"),
    # a minister in office on the date, and after it an elite of the country
    ("Matteo Salvini refused to let the rescue ship dock.", "2018-07-01", "source", "ITA", "GOV"),
    ("Matteo Salvini accused the government of betrayal.", "2020-11-01", "source", "ITA", "ELI"),
    # a head of state of the dictionaries whose names stand on lines of their own, among
    # synonyms (one actor), and leaders of the 1990s it lacked
    ("Mikhail Gorbachev met the West German chancellor in Moscow.", "1989-06-12", "source",
     "RUS", "GOV"),
    ("Jonas Savimbi rejected the peace plan.", "1995-05-01", "source", "AGO", "REB"),
    ("Slobodan Milosevic refused to withdraw the troops.", "1999-03-20", "source", "SRB", "GOV"),
    # a king known by his title and given name
    ("King Salman received the Iraqi prime minister in Riyadh.", "2019-04-17", "source", "SAU",
     "GOV"),
    # a given name written in another of its forms than the dictionary's
    ("Nick Clegg criticised the minister over the deportations.", "2012-03-01", "source",
     "GBR", "GOV"),
    # an office of several words before a rank's word in it: no general
    ("Attorney General Marta Lindqvist accused the company of fraud.", "2019-04-17", "source",
     None, "GOV"),
    # a party's members in a chamber of the legislature
    ("Senate Democrats criticised the withdrawal from the treaty.", "2019-04-17", "source",
     "USA", "LEG"),
]


@pytest.mark.parametrize("text, date, role, country, sector", NAMED_NOW)
def test_actor_names_accented_and_recent_office_holders(some_events_in, text, date, role, country,
                                                        sector):
    actor = _parties(some_events_in(text, date), role)[0]
    assert actor.country == country, actor
    if sector is not None:
        assert actor.sector == sector, actor


# (name, roles, aliases besides the name, the surname alias made or None); common words:
# riot, star, yard, bush, flag, general
SURNAMES = [
    # a person in office (a tenure): a surname that is a common word stays
    ("harold bush", [("USA", "GOV", "1990-01-01", "1994-01-01")], [], "bush"),
    # an undated person known by a given name first, or by a title in an alias
    ("louise flag", [("XXA", "IGO", "-", "-")], [], "flag"),
    ("ivo yard", [("XXA", "GOV", "-", "-")], ["president ivo yard"], "yard"),
    # a group named like a person: no common word of its name alone
    ("pussy riot", [("RUS", "OPP", "-", "-")], ["maria alyokhina"], None),
    ("black star", [("GRC", "REB", "-", "-")], [], None),
    # a word no dictionary knows still names a group ("Nusra")
    ("jabhat al nusra", [("SYR", "REB", "-", "-")], [], "nusra"),
    # a body's name ("coalition") or an office's ("secretary general") names no person
    ("syrian national coalition", [("SYR", "OPP", "2012-11-01", "-")], [], None),
    ("un secretary general", [("IGO", "IGO", "1990-01-01", "-")], [], None),
]


@pytest.mark.parametrize("name, roles, aliases, surname", SURNAMES)
def test_actor_names_surname_rule_skips_groups_and_common_words(name, roles, aliases, surname):
    tool = _phoenix_tool()
    entry = tool.Entry(name=name, aliases=[name, *aliases], roles=roles)
    common = frozenset({"riot", "star", "yard", "bush", "flag", "general", "black", "pussy"})
    made = tool.surnames({name: entry}, set(), common)
    assert made == ({surname: name} if surname else {}), made


def test_actor_names_a_groups_word_is_no_persons_surname():
    # "jihad" ends a group's name and a person's: neither has it alone
    tool = _phoenix_tool()
    group = tool.Entry(name="islamic jihad", aliases=["islamic jihad"],
                       roles=[("-", "REB", "-", "-")])
    person = tool.Entry(name="abdullah jihad", aliases=["abdullah jihad"],
                        roles=[("XXA", "GOV", "2001-01-01", "-")])
    named = {"islamic jihad": group, "abdullah jihad": person}
    assert tool.surnames(named, set(), frozenset({"jihad", "islamic"})) == {}


# (word, written in capitals, the actor found or None): initials stand for a group's name only
# when written in capitals, and never three letters ("SAY" is a word before it is a group)
INITIALS = [
    ("ltte", True, "Liberation Tigers of Tamil Eelam"),
    ("mend", True, "Movement for the Emancipation of the Niger Delta"),
    ("mend", False, None),
]


@pytest.mark.parametrize("word, upper, name", INITIALS)
def test_actor_names_initials_of_a_groups_name_in_capitals(word, upper, name):
    hit = load_named().lookup([word], [True], [upper])
    assert (hit[0].name if hit else None) == name
