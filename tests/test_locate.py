"""Stage ``locate``: toponyms and each event's place."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.locate import distance_km, locator, toponyms
from dateline.records import Article

GOLD = Path(__file__).parent / "gold" / "geo_time" / "sentences.jsonl"


def _mention(doc, word: str, source=None):
    i = next(t.i for t in doc if t.text == word)
    return SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=source, target=None)


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    # the small model tags these as PERSON, ORG or NORP, or not at all
    ("Troops raided homes in Khan Younis on Monday.", "Khan Younis", "PSE", 1),
    ("Militants attacked a police station in Sheikh Zuweid.", "Sheikh Zuweid", "EGY", 1),
    ("Rebels shelled positions in eastern Aleppo.", "Aleppo", "SYR", 2),
    ("Gunmen attacked a checkpoint 20 km south of Mosul.", "Mosul", "IRQ", 2),
    ("Shells fell near Idlib overnight.", "Idlib", "SYR", 2),
    ("A strike hit a school in Jabalia refugee camp.", "Jabalia refugee camp", "PSE", 1),
    ("Fighting spread across North Darfur.", "North Darfur", "SDN", 3),
    ("Israeli troops demolished a house in Jenin.", "Jenin", "PSE", 1),
    # a name opening on a lower-case article; a capital named by its people's adjective
    ("Gunmen were moved back to fight in al-Bab, a town near the frontier.", "al-Bab", "SYR", 1),
    ("A suicide bomber struck a mosque in the Afghan capital.", "Afghan capital", "AFG", 1),
    # a verb of attack or conquest makes a place of its object, whatever the model calls it
    ("Rebels attacked Aleppo.", "Aleppo", "SYR", 1),
    ("Government forces shelled Hama on Monday.", "Hama", "SYR", 1),
    ("Rebels shelled Idlib on Monday. The Raqqa offensive ended six months later.", "Raqqa", "SYR",
     1),
    # "the" after "of" inside a country's name
    ("Protests ended in bloodshed in the Democratic Republic of the Congo.",
     "Democratic Republic of the Congo", "COD", 3),
])
def test_locate_toponyms(nlp, text, name, country, precision):
    found = toponyms(nlp(text), Article(doc_id="t", text=text))
    hit = [t for t in found if t.text == name]
    assert hit, found
    assert hit[0].place.country == country
    assert hit[0].place.precision == precision


@pytest.mark.parametrize("text", [
    "The Gaza Health Ministry said the toll had risen.",
    "Police said the men were released on Friday.",
    "President Mahmoud Abbas met reporters.",
    "He was named as Master Sgt Johnathan J Dunbar.",
    "It is one of the gravest injustices on Earth.",
])
def test_locate_no_false_places(nlp, text):
    assert toponyms(nlp(text), Article(doc_id="t", text=text)) == []


@pytest.mark.parametrize(("text", "name", "place"), [
    # a surname of someone named in full is the person, not the town
    ("National security adviser John Bolton arrived in Ankara. Turkish officials criticised "
     "Bolton for his remarks.", "Bolton", False),
    ("Secretary of State John Kerry flew to Geneva. The rebels praised Kerry for his efforts.",
     "Kerry", False),
    ("Trade minister Alice Preston opened a depot in Kisumu. Farmers thanked Preston for the "
     "new road.", "Preston", False),
    # ... though words that may lead to a person come before it elsewhere
    ("National security adviser John Bolton arrived in Ankara. Officials agreed with Bolton "
     "that the talks had failed, in a rebuke to Bolton's critics.", "Bolton", False),
    # ... unless place words say it is the town
    ("John Bolton spoke on Monday. Protesters gathered in Bolton on Tuesday.", "Bolton", True),
    # a place the model took for a person keeps its name
    ("The island hosts a base at RAF Akrotiri, where eight fighter bombers are stationed.",
     "Akrotiri", True),
])
def test_locate_surnames_are_not_places(nlp, text, name, place):
    found = toponyms(nlp(text), Article(doc_id="t", text=text))
    assert found, "the other place names of the text are found"
    assert any(t.text == name for t in found) is place


@pytest.mark.parametrize(("text", "word", "event_type", "country"), [
    ("The Astana talks ended without agreement on Tuesday.", "talks", "CONSULT", "KAZ"),
    ("Rebels shelled Idlib on Monday. The Raqqa offensive ended six months later.", "offensive",
     "ASSAULT", "SYR"),
])
def test_locate_town_naming_the_event_places_it(nlp, text, word, event_type, country):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    mention = _mention(doc, word, source=(i - 1, i))  # the doer read from the town's name
    mention.sense = SimpleNamespace(event_type=event_type)
    place, source = locator(doc, Article(doc_id="t", text=text))(mention)
    assert (place.country if place else None, source) == (country, "clause")


def test_locate_event_takes_the_place_of_its_clause(nlp):
    text = "Hamas officials said in Gaza that Israeli troops raided Jenin."
    doc = nlp(text)
    place, source = locator(doc, Article(doc_id="t", text=text))(_mention(doc, "raided"))
    assert source == "clause"
    assert place is not None and place.name.startswith("Jan")  # GeoNames: Janīn
    assert distance_km(place.lat, place.lon, 32.46, 35.30) < 5


def test_locate_country_as_actor_is_not_the_place(nlp):
    text = "Washington condemned the raid."
    doc = nlp(text)
    assert locator(doc, Article(doc_id="t", text=text))(_mention(doc, "condemned")) == (None, None)


def test_locate_falls_back_to_the_story_then_the_dateline(nlp):
    text = "Troops entered Tulkarm at dawn.\nThey arrested two men.\n\nOfficials met later."
    doc = nlp(text)
    art = Article(doc_id="t", text=text, dateline_place="Nablus")
    place_for = locator(doc, art)
    carried, source = place_for(_mention(doc, "arrested"))
    assert carried.country == "PSE" and source == "carried"
    dl, source = place_for(_mention(doc, "met"))
    assert dl is not None and dl.precision >= 2 and "Nablus" in dl.name and source == "dateline"


def test_locate_unknown_place_is_none_never_invented(nlp):
    text = "The two leaders met and agreed to talk again."
    doc = nlp(text)
    assert locator(doc, Article(doc_id="t", text=text))(_mention(doc, "met")) == (None, None)


def test_locate_gold_floors(nlp):
    """Floors for the illustrative gold set; they may only go up."""
    rows = [json.loads(x) for x in GOLD.read_text().splitlines() if x]
    topo_ok = topo_n = loc_ok = 0
    for r in rows:
        doc = nlp(r["text"])
        art = Article(doc_id=r["id"], text=r["text"], pubdate=r["pubdate"],
                      dateline_place=r.get("dateline"))
        found = toponyms(doc, art)
        for g in r["toponyms"]:
            topo_n += 1
            topo_ok += any(t.place.lat is not None and distance_km(
                t.place.lat, t.place.lon, g["lat"], g["lon"]) <= 25 for t in found)
        trig = next(t.i for t in doc if t.text.lower() == r["event"]["trigger"].lower())
        m = SimpleNamespace(trigger=trig, trigger_span=(trig, trig + 1), source=None, target=None)
        p, _ = locator(doc, art)(m)
        loc_ok += p is not None and p.lat is not None and distance_km(
            p.lat, p.lon, r["event"]["lat"], r["event"]["lon"]) <= 25
    assert topo_ok / topo_n >= 0.9
    assert loc_ok / len(rows) >= 0.9


def test_locate_and_date_the_design_example(pipeline):
    """The brief's example: the raid in Rafah yesterday, the similar raid a day before it."""
    text = ("Ramallah, Illustrative Wire- The Hamas movement recently failed to impose an "
            "agreement on the salafi groups in the Gaza Strip, informed sources said.\n\n"
            "Yesterday, Israeli planes carried out a raid on the tunnels area in the border strip "
            "in Rafah, one day after a similar raid that killed two Palestinians.")
    events = [e for e in pipeline.extract(text, pubdate="2009-06-10") if "Rafah" in e.sentence]
    assert events
    for e in events:
        assert e.location is not None and e.location.country == "PSE"
        assert distance_km(e.location.lat, e.location.lon, 31.30, 34.24) < 5
    assert {e.place_source for e in events} <= {"clause", "sentence"}
    assert {e.date_source for e in events} <= {"clause", "sentence"}
    for e in events:  # the raid yesterday, and the similar (killing) raid the day before it
        later = e.char_start - e.sent_start >= e.sentence.index("similar raid")
        expected = "2009-06-08" if later else "2009-06-09"
        assert e.date == expected, (e.trigger, e.char_start)


_NAMES = ["Gaza", "Rafah", "US", "Us", "the", "south", "of", "Mosul", "near", "in", "eastern",
          "Al", "al-", "Bank", "West", "Khan", "Younis", ",", "and", "Deir", "camp", "Kennedy",
          "Center", "Israeli", "said", "Police", "raided", "Ma‘arrat", "Ḩalab", "12", "km",
          "\n", "Gaza Strip", "crossing", "’s", "of the", "Jenin"]


@given(st.lists(st.sampled_from(_NAMES), max_size=25))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_locate_hostile_text_never_crashes(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    art = Article(doc_id="h", text=text, dateline_place="Gaza")
    place_for = locator(doc, art)
    for tok in doc:
        m = SimpleNamespace(trigger=tok.i, trigger_span=(tok.i, tok.i + 1), source=None,
                            target=None)
        p, source = place_for(m)
        assert p is None or p.precision in (1, 2, 3)
        assert (p is None) == (source is None)


def test_locate_caseless_text_needs_place_context(nlp):
    """Some archives store text in lower case: names then count only after "in", "near" …"""
    text = ("ahmedabad: the violence-hit state of gujarat was returning to normal as police "
            "patrolled the streets of godhra and the temple town remained calm. a train was "
            "stopped near vadodara on thursday, officials said in the report, a level of calm "
            "that surprised residents. " * 2)
    found = {t.place.name for t in toponyms(nlp(text), Article(doc_id="t", text=text))}
    assert {"Godhra", "Vadodara"} <= found
    assert not found & {"Normal", "Temple", "Train", "Levél"}


def _where(nlp, text: str, word: str, dateline: str | None = None):
    doc = nlp(text)
    place, source = locator(doc, Article(doc_id="t", text=text, dateline_place=dateline))(
        _mention(doc, word))
    return (place.name if place else None, place.country if place else None, source)


# One sentence (or short report) per construction: (text, trigger, dateline, country, source)
@pytest.mark.parametrize(("text", "word", "dateline", "country", "source"), [
    # the event's own clause
    ("Gunmen kidnapped two aid workers in Idlib on Monday.", "kidnapped", None, "SYR",
     "clause"),
    # a relative clause opened by "where" happens in the place it tells of
    ("There is Sudan, where a civil war is intensifying, and Nigeria, where more protests "
     "ended in bloodshed last week.", "protests", None, "NGA", "clause"),
    # a deed told of is not where the telling was
    ("Putin said in Tehran on Friday that the offensive against the rebels had begun.",
     "offensive", None, None, None),
    ("In Jordan, one old farmer told us about his cousin, who had been detained for weeks.",
     "detained", None, None, None),
    # another attack the deed follows, even where "following" reads as a verb
    ("A Welsh plumber signed up to fight Islamic State following the Leeds bomb "
     "attack.", "fight", None, None, None),
    # a deed with no place of its own takes a town its sentence names in another clause
    ("The volunteer was killed when a suicide belt exploded as the unit he commanded cleared "
     "mines in Raqqa.", "exploded", None, "SYR", "sentence"),
    # a speech is where it was given, not where the reported act was
    ("On a visit to Geneva, the minister said that troops had shelled Mosul.", "said", None,
     "CHE", "clause"),
    ("On a visit to Geneva, the minister said that troops had shelled Mosul.", "shelled", None,
     "IRQ", "clause"),
    ("The minister said that troops had shelled Mosul.", "said", None, None, None),
    ("On a trip to the Oxford Union in 2011, the president praised the prime minister.",
     "praised", None, "GBR", "clause"),
    # the clause that governs the event
    ("In Kabul, officials said the army arrested a commander.", "arrested", None, "AFG",
     "sentence"),
    # an actor's nationality, a country standing for its people, a demonym: no place
    ("Gunmen kidnapped a US journalist and a British aid worker.", "kidnapped", None, None,
     None),
    ("American officials condemned the killing.", "condemned", None, None, None),
    ("Militants killed two American hostages in Syria.", "killed", None, "SYR", "clause"),
    # the story goes on in the next sentence: carried; a new story is not
    ("Troops entered Tulkarm at dawn. They arrested two men.", "arrested", None, "PSE",
     "carried"),
    ("Troops entered Tulkarm at dawn. The foreign minister met his counterpart.", "met", None,
     None, None),
    # a place phrase pointing back at the town named before carries on its place
    ("Troops shelled Tulkarm on Monday. Residents fled when the shelling intensified in the "
     "city.", "fled", None, "PSE", "carried"),
    ("Troops shelled Tulkarm on Monday. Residents fled when the shelling intensified in the "
     "village.", "fled", None, "PSE", "carried"),
    ("Troops shelled Tulkarm on Monday. Residents fled across the border.", "fled", None, None,
     None),
    # where words were said is not where what they tell of will happen
    ("Speaking at the Munich security conference, the minister said that anyone who returns "
     "can expect to be questioned.", "questioned", None, None, None),
    ("The Sochi peace conference has turned into a struggle over how the civil war will end.",
     "war", None, None, None),
    # a capital standing for its government, a party named after "according to" or "called on"
    ("The militia blamed Moscow for the shelling.", "blamed", None, None, None),
    ("Four soldiers were killed, according to the Pentagon.", "killed", None, None, None),
    ("The president called on Iran to release the sailors.", "called", None, None, None),
    ("The president invited the rebel leaders to Paris.", "invited", None, "FRA", "clause"),
    ("Having been promised support from Washington, the mission was stunned.", "promised", None,
     None, None),
    ("These are the latest of the allegations from Iran, who say no attack ever happened.",
     "attack", None, None, None),
    # a participle describing another thing keeps its place; so does the bound of a span
    ("He threatened a new offensive into Syria, similar to the one launched in Mosul.",
     "threatened", None, "SYR", "clause"),
    ("Turkey has threatened to push deeper since sending troops into Afrin in February.",
     "threatened", None, None, None),
    # a country named in apposition to a party is a party too
    ("Turkey is cooperating with the regime's backers, Iran and Russia.", "cooperating", None,
     None, None),
    # an attack that names only where it came from happened where the sentence says
    ("Officials in Iraq said militants stormed across the border from Syria.", "stormed", None,
     "IRQ", "sentence"),
    # an event inside a clause bounding a span takes that clause's places only
    ("The jihadists swept to power in Mosul after the US quit in 2011.", "quit", None, None,
     None),
    # a country says no more than the article's focus: only a town carries on
    ("Troops entered Syria at dawn. They arrested two men.", "arrested", None, None, None),
    # what only would happen does not carry on the story before
    ("Troops entered Tulkarm at dawn. They would arrest anyone who resisted.", "arrest", None,
     None, None),
    # a sentence opening on a definite noun the one before named carries on its story
    ("A group of boys spray-painted a wall in Jenin. The boys were arrested and tortured.",
     "tortured", None, "PSE", "carried"),
    ("Soldiers raided a house in Jenin. The minister condemned the raid.", "condemned", None,
     None, None),
    # where a person comes from is no event's place, nor does it break the story it is told in
    ("They were dubbed the Beatles, though they were from London. Their capture came after the "
     "group splintered.", "splintered", None, None, None),
    ("The soldier died in Manbij, northern Syria, on Thursday. He was named as John Dunbar from "
     "Austin, Texas. Three others were wounded in the blast.", "wounded", None, "SYR",
     "carried"),
    ("Turkey launched an offensive to clear the group from Afrin.", "offensive", None, "SYR",
     "clause"),
    # a place where something only may happen is that clause's own
    ("They are being held by the rebels and appear likely to be tried in America.", "held", None,
     None, None),
    # an attack against a country is on its ground
    ("There have been frequent attacks against Turkey by a band of zealots.", "attacks", None,
     "TUR", "clause"),
    # the invasion, occupation or battle of a country is on its ground
    ("In 1980 the dictator launched the invasion of Iran.", "invasion", None, "IRN", "clause"),
    ("Commandos from Italy and Spain have fought beside the militia in Syria.",
     "fought", None, "SYR", "clause"),
    # a capital named by its people's adjective
    ("Gunmen killed twelve worshippers in the Afghan capital on Monday.", "killed", None, "AFG",
     "clause"),
    # another attack the act follows lends it no place
    ("An engineer volunteered to fight the militia following the Manchester bomb attack.",
     "fight", None, None, None),
    ("Rebels were expelled to Iran in 1964.", "expelled", None, "IRN", "clause"),
    # a bare participle describing what a deed was done to sets its scene; a content clause
    # does not
    ("Troops fired on a convoy of fighters entering the Afrin region on Tuesday.", "fired", None,
     "SYR", "sentence"),
    ("The minister clashed with the claim that the militants had been defeated in Syria.",
     "clashed", None, None, None),
    # a clause joined on with a doer of its own tells another story
    ("The Kurds gained favour when they played a large part in the fight for Raqqa, but Ankara has "
     "long protested at the alliance.", "protested", None, None, None),
    # no place of its own: the dateline, else the country the article is about
    ("The two delegations met and agreed to talk again.", "met", "Beirut", "LBN", "dateline"),
    ("Rebels shelled Aleppo on Monday. Jets struck Idlib on Tuesday. The envoy urged restraint.",
     "urged", None, "SYR", "focus"),
])
def test_locate_sources_by_construction(nlp, text, word, dateline, country, source):
    name, got_country, got_source = _where(nlp, text, word, dateline)
    assert (got_country, got_source) == (country, source), name


# Words, not deeds: placed where they were said or met, never where what they are about happened
@pytest.mark.parametrize(("text", "word", "event_type", "country", "source"), [
    ("The opposition blamed the offensive against the enclave of Afrin.", "blamed", "ACCUSE",
     None, None),
    ("Turkey sought backing to use the airspace over Afrin.", "sought", "REQUEST", None, None),
    ("The envoys met in Geneva to discuss the siege of Aleppo.", "met", "CONSULT", "CHE",
     "clause"),
    ("The Vienna talks ended without a deal.", "talks", "CONSULT", "AUT", "clause"),
    # where the speaker spoke from
    ("Her father, speaking from Sunamganj district, accused the authorities of failing her.",
     "accused", "ACCUSE", "BGD", "clause"),
    # a deed is placed by the whole of its clause
    ("Rebels shelled the outskirts of Aleppo on Monday.", "shelled", "ASSAULT", "SYR", "clause"),
    # the scene set by the people, gatherings and places the words were said among
    ("At a large refugee camp in Jordan, the envoy met a group of women.", "met", "CONSULT",
     "JOR", "clause"),
    ("The envoy met the president and his foreign minister in Nairobi.", "met", "CONSULT",
     "KEN", "clause"),
    ("On a visit to the Cambridge Union, the president praised the prime minister.", "praised",
     "SUPPORT", "GBR", "clause"),
    ("Speaking at a press conference in Moscow, the minister condemned the rebels.",
     "condemned", "ACCUSE", "RUS", "clause"),
    ("The minister spoke after talks in Tehran at which the Turkish envoy pleaded with "
     "Russia to halt the offensive.", "pleaded", "REQUEST", "IRN", "clause"),
    ("The hospital in Raqqa was defended by foreign fighters.", "defended", "SUPPORT", "SYR",
     "clause"),
    # a town defended is the ground the defence is on
    ("Kurdish fighters defended Afrin for weeks.", "defended", "SUPPORT",
     "SYR", "clause"),
    ("The president invited the rebel leaders to Paris.", "invited", "AGREE", "FRA", "clause"),
    # ... but not what the words are about, nor a party they are sent or said to
    ("The envoy accused Russia of attacks in Syria.", "accused", "ACCUSE", None, None),
    ("Russia will send a formal request to the UK challenging the inquiry.", "request",
     "REQUEST", None, None),
    # ... nor a capital standing for its government: a party, which the text does not place
    ("Moscow will send a formal request to the UK challenging the inquiry.", "request",
     "REQUEST", None, None),
    ("The council members, in particular Russia, have been accused of blocking the inquiry.",
     "accused", "ACCUSE", None, None),
    ("Relations between the two kingdoms were strained by differences over Syria.", "strained",
     "SANCTION", None, None),
    # a country left or visited is where the words were said; a town named after its noun too
    ("The delegation left Syria after the talks.", "left", "CONSULT", "SYR", "clause"),
    # a country one goes to is where the going ends; one sends words to is a party
    ("A former nurse who went to Syria to volunteer was killed in Raqqa.", "went", "CONSULT",
     "SYR", "clause"),
    ("The minister sent a letter to Turkey.", "sent", "REQUEST", None, None),
    ("Turkmens in the city of Kirkuk backed the candidate.", "backed", "SUPPORT", "IRQ",
     "clause"),
    # a governing clause lends words its place only where it sets their scene
    ("In Moscow, the minister said he rejected the demands.", "rejected", "REJECT", "RUS",
     "sentence"),
    ("The senator was once a vocal backer of a new government in Damascus, but now finds "
     "himself seeking a deal with the regime.", "seeking", "REQUEST", None, None),
    # threats are words
    ("On Syria, the envoy says Russia has been warning for days of a faked raid.",
     "warning", "THREATEN", None, None),
    # an address sets where the words that follow it were said
    ("Addressing parliament in Ankara, the president vowed revenge.", "vowed", "THREATEN",
     "TUR", "clause"),
])
def test_locate_words_are_placed_where_said(nlp, text, word, event_type, country, source):
    doc = nlp(text)
    mention = _mention(doc, word)
    mention.sense = SimpleNamespace(event_type=event_type)
    place, got = locator(doc, Article(doc_id="t", text=text))(mention)
    assert (place.country if place else None, got) == (country, source)


def test_locate_attack_that_did_the_deed_places_it(nlp):
    text = "The gas attack on the town of Douma, which killed dozens of people, was condemned."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "gas")
    end = next(t.i for t in doc if t.text == "Douma") + 1
    place, source = locator(doc, Article(doc_id="t", text=text))(
        _mention(doc, "killed", source=(start, end)))
    # (the clause hangs on the town's name or on the attack: either way it is there)
    assert place is not None and place.name == "Duma" and source in ("clause", "sentence")


def test_locate_captions_lend_no_place(nlp):
    text = ("Protesters marched through the old city.\nPhotograph: a crowd in Hebron, "
            "Illustrative Agency\nThey demanded the release of the prisoners.")
    assert _where(nlp, text, "demanded") == (None, None, None)


def test_locate_carried_and_focus_places_claim_no_town_precision(nlp):
    text = "Troops entered Tulkarm at dawn. They arrested two men."
    doc = nlp(text)
    place, source = locator(doc, Article(doc_id="t", text=text))(_mention(doc, "arrested"))
    assert source == "carried" and place.precision >= 2
    text = ("Rebels shelled Aleppo on Monday. Jets struck Idlib on Tuesday. "
            "The envoy urged restraint.")
    doc = nlp(text)
    place, source = locator(doc, Article(doc_id="t", text=text))(_mention(doc, "urged"))
    assert source == "focus" and place.precision == 3 and place.country == "SYR"


def test_locate_sources_kept_in_json_and_store(demo_db):
    """``place_source`` and ``date_source`` go through the event JSON and the store unchanged."""
    from dateline.date import DATE_SOURCES
    from dateline.locate import PLACE_SOURCES
    from dateline.records import Event
    from dateline.store import Store

    with Store(demo_db, read_only=True) as store:
        events = store.events()
    assert events
    assert {e.place_source for e in events} - {None} <= set(PLACE_SOURCES)
    assert {e.date_source for e in events} - {None} <= set(DATE_SOURCES)
    assert any(e.place_source for e in events) and any(e.date_source for e in events)
    for e in events:
        assert (e.location is None) == (e.place_source is None)
        d = e.to_dict()
        assert d["place_source"] == e.place_source and d["date_source"] == e.date_source
        assert Event.from_dict(d).place_source == e.place_source


def test_locate_sources_added_to_older_store_files(tmp_path):
    """A database written before ``place_source``/``date_source`` existed gains the columns."""
    import duckdb

    from dateline.store import Store

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL)")
    con.execute("CREATE INDEX events_doc ON events (doc_id)")
    con.close()
    with Store(db) as store:
        cols = {r[0] for r in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
        ).fetchall()}
    assert {"place_source", "date_source", "cluster_id"} <= cols
