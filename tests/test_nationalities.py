"""Whose a person is, from what the document says of them anywhere, on illustrative stories
written for the project (table-driven): in a report about one country, a person the dictionary
does not know takes the country the text gives them, before the one the report is about."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-02"


_KENYA = ("Police in Nairobi arrested dozens of protesters on Monday. Kenyan officials said the "
          "unrest would spread across Kenya. ")

# (text, trigger, the actor's country)
SAID = [
    # a place the person is from, on the name
    (_KENYA + "Tom Wexley, 31, from Leeds, joined the marches in Nairobi. On Tuesday Wexley "
     "criticised the Kenyan police.", "criticised", "GBR"),
    # a phrase set beside the name
    (_KENYA + "Maria Velloza, a Brazilian nurse, treated the wounded in Nairobi. Velloza "
     "accused the Kenyan police of beating the protesters.", "accused", "BRA"),
    # a demonym the model reads as part of the name
    (_KENYA + "Norwegian Erik Haugland filmed the arrests in Nairobi. Haugland later "
     "criticised the Kenyan police.", "criticised", "NOR"),
    # the complement of "became", said after the mention that acts
    (_KENYA + "Claire Fournel criticised the Kenyan police on Tuesday. Last year Claire Fournel "
     "became the first French journalist to be detained in Nairobi.", "criticised", "FRA"),
    # a relative clause of "be" that says where the person is from
    (_KENYA + "Tom Wexley was hurt in the marches. Wexley, who was from Leeds, had flown to "
     "Nairobi in May. On Tuesday Wexley criticised the Kenyan police.", "criticised", "GBR"),
    # a relative clause of "be" that says what the person is
    (_KENYA + "Erik Haugland, who is a Norwegian photographer, filmed the arrests in Nairobi. "
     "Haugland later criticised the Kenyan police.", "criticised", "NOR"),
    # a relative clause of holding the papers of a country
    (_KENYA + "Tom Wexley, who holds British citizenship, joined the marches in Nairobi. On "
     "Tuesday Wexley criticised the Kenyan police.", "criticised", "GBR"),
    # the name as the subject of holding them
    (_KENYA + "Erik Haugland has a Norwegian passport. On Tuesday Haugland criticised the "
     "Kenyan police.", "criticised", "NOR"),
    # a phrase beside the surname alone, which the model labels no person
    (_KENYA + "Police arrested Tom Carver in Nairobi. Carver, a Canadian nurse, was later "
     "freed. On Tuesday Carver criticised the Kenyan police.", "criticised", "CAN"),
    # the town of the person's home, in a clause they are a party of
    (_KENYA + "Police detained Tom Carver at his home in Leeds last year. On Tuesday Carver "
     "criticised the Kenyan police.", "criticised", "GBR"),
    # a holiday home may be anywhere: nothing said
    (_KENYA + "Police detained Tom Carver at his holiday home in Spain last year. On Tuesday "
     "Carver criticised the Kenyan police.", "criticised", "KEN"),
    # a phrase beside the surname outweighs the town of the home
    (_KENYA + "Police detained Tom Carver at his home in Kampala. Carver, a Canadian nurse, was "
     "later freed. On Tuesday Carver criticised the Kenyan police.", "criticised", "CAN"),
    # another person in the clause may own the home
    (_KENYA + "Tom Carver visited the minister at his home in Ankara last year. On Tuesday "
     "Carver criticised the Kenyan police.", "criticised", "KEN"),
    # a clause that tells where the person acted says nothing of whose they are
    (_KENYA + "Joseph Omwenga, who was arrested in Nairobi, criticised the Kenyan police on "
     "Tuesday.", "criticised", "KEN"),
    # a person of no known sector ("a member of ..."): of the country the report is about
    (_KENYA + "Joseph Omwenga, a member of a local committee, was hurt in the marches. Omwenga "
     "criticised the Kenyan police on Tuesday.", "criticised", "KEN"),
    # nothing said: the person is of the country the report is about
    (_KENYA + "Joseph Omwenga criticised the Kenyan police on Tuesday.", "criticised", "KEN"),
    # names set beside a common noun of people "from" a town: both are from it
    (_KENYA + "The two women from Leeds, Ana Ruiz and Tess Bellamy, joined the marches. On "
     "Tuesday Bellamy criticised the Kenyan police.", "criticised", "GBR"),
    # the names listed after the town they come from (parsed as conjuncts of the town)
    (_KENYA + "The minister wanted to send the two men from Leeds, Karl Osei and Dev Marlow, "
     "home. The pair criticised the Kenyan police on Tuesday.", "criticised", "GBR"),
    # guard: people joined by "and": one party, of the one country said of them
    (_KENYA + "Tom Wexley, from Leeds, and Sam Arlott, from Hull, joined the marches. Wexley and "
     "Arlott criticised the Kenyan police on Tuesday.", "criticised", "GBR"),
]


# (text, trigger, a country the text does not say the person is of): a "from" that names a
# sender is no origin of the names joined to its place
NOT_SAID = [
    # a name joined by "and" to the place of a "from" on a verb or an event's noun
    (_KENYA + "Condemnation came from Washington and Mark Pellow, the charity's director. "
     "Pellow criticised the Kenyan police on Tuesday.", "criticised", "USA"),
    (_KENYA + "He received funding from Qatar and Tom Wexley. Wexley criticised the Kenyan "
     "police on Tuesday.", "criticised", "QAT"),
    (_KENYA + "Support came from London and Tess Bellamy. Bellamy criticised the Kenyan police "
     "on Tuesday.", "criticised", "GBR"),
]


@pytest.mark.parametrize("text, trigger, country", NOT_SAID)
def test_nationalities_a_from_of_no_origin_says_nothing(event_on_unfiltered, text, trigger,
                                                        country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.country != country, source


@pytest.mark.parametrize("text, trigger, country", SAID)
def test_nationalities_person_takes_the_country_said_of_them(event_on_unfiltered, text, trigger,
                                                             country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.country == country, source


def test_nationalities_actor_words_stop_at_an_item_mark(event_on_unfiltered):
    # a letters page: the writer's name and town, then the next letter's first words
    text = ("Jane Marlow Bristol • Donald Trump criticised the decision of the German "
            "government on Monday.")
    source = event_on_unfiltered(text, "criticised", PUBDATE).source
    assert source is not None and source.name == "Donald Trump" and source.country == "USA", \
        source


# (text, the token span forced to be a PERSON name, another person's folded name): a name with
# no word of letters says nothing of anyone else
NAMELESS = [
    ("O'Neill, an Irish volunteer, was wounded. Later Smith spoke.", (0, 1), "smith"),
]


@pytest.mark.parametrize("text, span, other", NAMELESS)
def test_nationalities_a_name_of_no_word_is_no_one_elses(nlp, text, span, other):
    from spacy.tokens import Span

    from dateline.nationalities import said_nationality

    doc = nlp(text)
    doc.ents = [Span(doc, *span, label="PERSON")] + [e for e in doc.ents if e.start >= span[1]]
    assert said_nationality(doc, [other]) is None


# (text, the person's folded name words): a place named alone that ends a person's full name
# is the place, and what is set beside it is not said of the person
PLACES_NOT_PERSONS = [
    ("Police detained Tom Paris at the border. Paris, the French capital, hosted the talks on "
     "Monday.", ["tom", "paris"]),
]


@pytest.mark.parametrize("text, name", PLACES_NOT_PERSONS)
def test_nationalities_a_place_is_no_surname(nlp, text, name):
    from dateline.nationalities import said_nationality

    assert said_nationality(nlp(text), name) is None


# (a sentence of words with their heads, dependencies and parts of speech as a parse may give
# them; each row its verb (a base form, its own lemma), noun, the noun's dependency and the places
# read as the origin of the name beside the noun): a name set beside a common noun takes
# the noun's "from" only when the noun is of people and no object of a preposition or of a
# verb of sending or receiving, and the place is a town or country
_NOUN_FROM = ("{v} the nurse from Washington , Ana Hartwell .", [0, 2, 0, 2, 3, 2, 7, 2, 0],
              ["ROOT", "det", "dobj", "prep", "pobj", "punct", "compound", "appos", "punct"],
              ["VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"])
ORIGINS = [
    # guard: the people's noun's "from" is the name's origin
    ("Meet", "nurse", "dobj", ["Washington"]),
    # where a received or sent person came from is no origin
    ("Receive", "nurse", "dobj", []),
    ("Deport", "nurse", "dobj", []),
    # nor is the "from" of a preposition's object ("with the nurse from Washington")
    ("With", "nurse", "pobj", []),
    # a thing's "from" is no one's origin
    ("Meet", "parcel", "dobj", []),
]


@pytest.mark.parametrize("verb, noun, dep, origins", ORIGINS)
def test_nationalities_a_nouns_from_is_an_origin_only_of_people(nlp, verb, noun, dep, origins):
    from spacy.tokens import Doc, Span

    from dateline.nationalities import _origins

    text, heads, deps, pos = _NOUN_FROM
    words = text.format(v=verb).replace("nurse", noun).split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=[deps[0], deps[1], dep, *deps[3:]],
              pos=["ADP" if dep == "pobj" else "VERB", *pos[1:]],
              lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, 4, 5, label="GPE"), Span(doc, 6, 8, label="PERSON")]
    assert [t.text for t in _origins(doc[7])] == origins
