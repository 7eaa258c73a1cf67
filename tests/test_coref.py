"""Coreference-lite on illustrative sentences written for the project (table-driven): what a
pronoun stands for, shown with the antecedent's words and named after it."""

from __future__ import annotations

import pytest

PUBDATE = "2016-05-02"
# the realness veto is off (event_on_unfiltered): coreference is read on every event, and
# the veto, refitted as the coder changes, is not what these rows test


# (text, trigger, the actor's antecedent words, its name, its country)
CHAINS = [
    # a definite description with a possessive ending stands for what it stands for alone
    ("Boko Haram seized the town in May. The group's attack on the army base killed ten "
     "soldiers.", "attack", "Boko Haram", "Boko Haram", "NGA"),
    # a pronoun of the sentence before, in no event, stands for what it stands for
    ("The Norwegian prime minister, Lars Dahl, visited the border. He announced that the "
     "talks would resume. Instead, he would first seek the approval of parliament.", "seek",
     "The Norwegian prime minister, Lars Dahl", None, "NOR"),
    # a possessor is a party a later pronoun may stand for
    ("Portugal's plans have changed, and it sought talks with Brazil.", "sought",
     "Portugal", "Portugal", "PRT"),
    # a phrase describing an actor, in no event, is one too
    ("The regime in Asmara refused all mediation. It later arrested dozens of students.",
     "arrested", "The regime in Asmara", None, "ERI"),
    # "they": the people named before the body; the main subject before the embedded one
    ("Rebel commanders in Mali met the government envoy. They said they would reject any "
     "deal.", "reject", "Rebel commanders in Mali", None, "MLI"),
    # in a reported clause, its own subject before who reports it
    ("Officials in Niamey said the rebels surrounded the town before they attacked the army "
     "base.", "attacked", "the rebels", None, "NER"),
    # the object of a verb is no party its subject names, and a pronoun of the chain earlier
    # in the reported clause comes before that subject
    ("The protesters said police beat them when they refused to leave the square in Lagos.",
     "refused", "The protesters", None, "NGA"),
    # a party named inside a quotation is the speaker's ("my son"): a pronoun of the narrative
    # around it stands for who speaks
    ("Elena Novak fled the city in March. “I just want to return home and raise my child in "
     "peace,” she said. She praised the police in Lisbon, she told reporters.", "praised",
     "Elena Novak", "Elena Novak", None),
    # "he" never stands for a woman, whose head, title or apposition says she is one
    ("Greta Berg, the mother of the missing engineer, met reporters in Oslo. She said that on "
     "the day he left, he condemned the mayor.", "condemned", "the missing engineer", None,
     "NOR"),
    ("Mrs Novak visited the prison where the police chief worked. She said he had arrested "
     "her son.", "arrested", "the police chief", None, None),
    # "it" never stands for a person the document names in full, however the model labels
    # the short name
    ("The militia was led by Ibrahim Shaheen. Every village Shaheen occupied was emptied "
     "after it attacked the town.", "attacked", "The militia", None, None),
    # the given name a person's name begins with says the gender: "she" is not the man
    ("Viktor Lund met the Danish envoy Helena Moss in Oslo. She condemned the blockade.",
     "condemned", "Helena Moss", "Helena Moss", "DNK"),
    # "the country" stands for the one country its sentence or the one before names
    ("Voters in Ghana queued for hours on Monday. Later the country rejected the proposal.",
     "rejected", "Ghana", "Ghana", "GHA"),
    # a name the dictionary does not know names the pronoun too
    ("Tomas Brandt caused an uproar when he condemned the mayor of Riga.", "condemned",
     "Tomas Brandt", "Tomas Brandt", None),
    # the object of a verb of no subject of its own is no party the subject it shares names
    ("Lars Dahl, the Norwegian opposition leader, picked out the defence minister, Erik Berg, "
     "accusing him of arresting the protesters.", "arresting", "Erik Berg", "Erik Berg", None),
    # a surname the dictionary gives a person is a person's, however the model labels it
    ("De Mistura arrived in Geneva on Monday. Later that day he condemned the rebels.",
     "condemned", "De Mistura", "Staffan de Mistura", "IGO"),
    # a pronoun of the narrative looks back past sentences wholly inside a quotation
    ("The Norwegian envoy Helena Moss spoke in Oslo. \u201cWe are ready. The talks must "
     "begin.\u201d She condemned the blockade.", "condemned", "Helena Moss",
     "Helena Moss", "NOR"),
    # a body's noun that is a place's noun too ("office") names a body "it" stands for
    ("The Ugandan state security office arrested five activists on Monday. It released them "
     "on Tuesday.", "released", "The Ugandan state security office", None, "UGA"),
    # a body's noun of no other reading stands for the one phrase of the document that
    # described it, however far back, though no event made that phrase an actor
    ("Concerns are mounting over the cost of the US-led coalition's campaign to retake the "
     "city. Aid workers arrived on Monday. The town was quiet. Food was scarce. Prices rose. "
     "The coalition bombed the bridge on Tuesday.", "bombed", "the US-led coalition",
     "United States", "USA"),
    # a full name the dictionary gives a holder of offices is a person's, however the model
    # labels it
    ("Speaking in Geneva, Staffan de Mistura said the talks would resume in May. He criticised "
     "the rebels.", "criticised", "Staffan de Mistura", "Staffan de Mistura", "IGO"),
    # the subject of a statement's "that" clause is who makes the statement
    ("Somali officials met in Mogadishu. A Kenyan announcement that it would deploy troops on "
     "the border angered the Somali government.", "deploy", "Kenyan", "Kenya", "KEN"),
    # a branch of a body acts for it; a subject, even a passive one, before a party in a
    # phrase of its clause
    ("Hezbollah is allied with Tehran, but its branch in Quneitra has sought the aid of the "
     "Syrian army.", "sought", "Hezbollah", "Hezbollah", "LBN"),
    # "the group" stands for the body the sentence names, though in no event
    ("Hamas said the group's armed wing fired rockets at Israel.", "rockets", "Hamas", "Hamas",
     "PSE"),
    # of two doers, the one nearer the sentence's root: not the subject of a clause deep
    # inside another's phrase
    ("Although Tomas Brandt appears to have softened his wish to see Erik Berg removed, his "
     "remarks suggest he still distrusts him. He also condemned the blockade.", "condemned",
     "Tomas Brandt", "Tomas Brandt", None),
    # a reflexive pronoun stands for the subject of its clause
    ("The Malian army found itself fighting the rebels on two fronts.", "fighting",
     "The Malian army", "Mali military", "MLI"),
    ("The Norwegian prime minister, Lars Dahl, once opposed the talks but now finds himself "
     "seeking accommodation with the rebels.", "seeking",
     "The Norwegian prime minister", "Lars Dahl", "NOR"),
    # a statement's owner is the subject of the statement's "that" clause
    ("Officials dismissed Ukraine's claim that it had shelled the hospital.", "shelled",
     "Ukraine", "Ukraine", "UKR"),
    # a name the quotation itself says speaks is not who speaks the quotation
    ("“Hamas says it will fight on, and in the meantime it is asking supporters to rally,” "
     "the analyst said.", "asking", "Hamas", "Hamas", "PSE"),
    # a known name the model tags as no entity is a party a later pronoun may stand for; a
    # possessive before the pronoun, of its chain, stands for the same one
    ("Trump tweeted on Monday that the war was over. During his phone call with Erdogan, he "
     "promised to withdraw the troops.", "withdraw", "Trump", "Donald Trump", "USA"),
    # "they" as the subject of what a party brought in by "a" says is that party
    ("A group of Ogoni leaders in Nigeria announced on Monday that they would forgive the "
     "governor.", "forgive", "A group", None, "NGA"),
    # a delegation is a body "it" may stand for
    ("The envoy blamed the talks' failure on both sides. He said the Syrian government "
     "delegation had walked out, insisting instead it would only negotiate on security.",
     "negotiate", "the Syrian government delegation", None, "SYR"),
    # "they" for two people named together: both of them
    ("Tomas Brandt and Erik Berg met the minister in Oslo. They criticised the government.",
     "criticised", "Tomas Brandt and Erik Berg", "Tomas Brandt and Erik Berg", None),
    # the subject of what a participle of speech reports is who speaks: the noun a relative
    # "who" describes, not the object of its clause
    ("It is the Iranians who shell the towns, claiming they are shelling militants.",
     "shelling", "the Iranians", None, "IRN"),
    ("Then you have the Iranians who shell the towns, claiming they are shelling militants.",
     "shelling", "the Iranians", None, "IRN"),
    # a surname the model tags as a plural is one person's
    ("Renas says she and her friends now face an anxious wait. She says she would like to stay "
     "in Qamishli, and fight if she has to.", "fight", "Renas", "Renas", None),
]


@pytest.mark.parametrize("text, trigger, antecedent, name, country", CHAINS)
def test_coref_pronoun_stands_for_its_antecedent(event_on_unfiltered, text, trigger, antecedent,
                                                 name, country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.antecedent == antecedent, source
    assert source.country == country, source
    if name is not None:
        assert source.name == name, source


# (text, trigger): nothing before the pronoun agrees with it, or it stands for nothing
UNRESOLVED = [
    # a place is no person, though the dictionary reads it as its people
    ("Rescuers reached the town on Monday. She condemned the blockade.", "condemned"),
    # "she" never chains with "he"
    ("Marta Kovac resigned. He later criticised the government.", "criticised"),
    # "it" of "it appears" stands for nothing, and nothing before "it" is a body
    ("Rafael Ortiz resigned. It appears it attacked the convoy.", "attacked"),
    # "they" never stands for a state named only as what another's words belong to
    ("Norway's envoy left the talks in Oslo. They attacked the convoy the next day.",
     "attacked"),
]


@pytest.mark.parametrize("text, trigger", UNRESOLVED)
def test_coref_pronoun_without_agreeing_antecedent_stays_unresolved(event_on_unfiltered, text,
                                                                    trigger):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is None or source.antecedent is None, source


def test_coref_state_the_model_labels_a_person_is_a_body(nlp):
    from spacy.tokens import Span

    from dateline.coref import Antecedents
    from dateline.records import Actor

    doc = nlp("Ankara denies it is planning an offensive.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]  # a capital the model takes for a person
    found = Antecedents(doc)
    found.add(0, Actor(text="Ankara", name="Türkiye", country="TUR", sector="GOV"), doc[0],
              doer=True, state=True)
    antecedent = found.pronoun(2, "it")
    assert antecedent is not None and antecedent.country == "TUR"
    assert found.pronoun(2, "he") is None


def test_coref_kind_of_singular_nouns(nlp):
    from dateline.coref import kind_of

    doc = nlp("The soldier and the regime and the coalition and the rebels discussed the "
              "proposal.")
    agents = {"soldier", "regime", "coalition", "rebel"}
    kinds = {t.text: kind_of(t, lambda n: n.lemma_ in agents) for t in doc if t.pos_ == "NOUN"}
    # a thing made a party ("the proposal") is no person
    assert kinds == {"soldier": "person", "regime": "body", "coalition": "body",
                     "rebels": "people", "proposal": "body"}


# (text, trigger, the actor's words, its country): who an actor is from its own words
ACTOR_WORDS = [
    # a force named by a modifier of the act goes with the act's owner or demonym
    ("Chile's military intervention in Bolivia began in May.", "intervention",
     "Chile's military", "CHL"),
    ("The treaty expanded a Peruvian military presence in the border towns.", "presence",
     "Peruvian military", "PER"),
    # "<country>-backed": the country backs the actor, it is not the actor's
    ("Kenyan-backed Somali militias attacked the port of Kismayo.", "attacked",
     "Kenyan-backed Somali militias", "SOM"),
    # "pro-<leader>": a state's leader's partisans are of the leader's country
    ("Pro-Assad militiamen attacked Turkish troops near the border.", "attacked",
     "Pro-Assad militiamen", "SYR"),
]


@pytest.mark.parametrize("text, trigger, words, country", ACTOR_WORDS)
def test_coref_actor_words_name_its_country(event_on_unfiltered, text, trigger, words, country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.text == words, source
    assert source.country == country, source


# (text, trigger): a leader's backers or allies are others, not the leader the document names
# in full
NOT_THE_OWNER = [
    ("President Bashar al-Assad visited Aleppo on Monday. Assad\u2019s main backers met in Sochi "
     "to discuss the war.", "met"),
    ("Prime Minister Viktor Orban spoke in Budapest. Later Orban\u2019s allies criticised the "
     "European Commission.", "criticised"),
]


@pytest.mark.parametrize("text, trigger", NOT_THE_OWNER)
def test_coref_backers_of_a_named_person_are_not_the_person(event_on_unfiltered, text, trigger):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.antecedent is None, source


# (text, trigger, the definite description's antecedent, its country)
DESCRIPTIONS = [
    ("The Saudi-led coalition bombed a bridge on Monday. Residents said the coalition also "
     "struck a market.", "struck", "The Saudi-led coalition", "SAU"),
    ("The Ghanaian government accused the strikers of sabotage. Later the government arrested "
     "three union leaders.", "arrested", "The Ghanaian government", "GHA"),
    # far from its antecedent, the only one of the document with that head
    ("The Saudi-led coalition bombed a bridge in Hodeidah. Traders said prices had doubled. The "
     "port was closed for a week. Ships waited offshore. Aid groups asked for fuel. Residents "
     "said the coalition also struck a market.", "struck", "The Saudi-led coalition", "SAU"),
    # a common noun alone, modifying the act
    ("The Saudi-led coalition bombed a bridge in Hodeidah. Three fishermen were killed in a "
     "coalition raid on their boat.", "killed", "The Saudi-led coalition", "SAU"),
    # the description's antecedent in no act of its own
    ("The Eritrean regime has besieged the town for a year. Residents said the regime shelled "
     "the market on Monday.", "shelled", "The Eritrean regime", "ERI"),
    # an age standing as a noun: the person named before, whatever their gender
    ("Sgt Tom Barker, a British soldier, was wounded near Manbij on Thursday. The 33-year-old "
     "had attacked an Isis position.", "attacked", "Sgt Tom Barker, a British soldier", "GBR"),
    ("The Turkish journalist Ayse Demir was detained in Ankara last month. The 41-year-old "
     "accused the police of beating her.", "accused", "The Turkish journalist Ayse Demir", "TUR"),
]


@pytest.mark.parametrize("text, trigger, antecedent, country", DESCRIPTIONS)
def test_coref_definite_description_stands_for_same_head(event_on_unfiltered, text, trigger,
                                                         antecedent, country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.antecedent == antecedent, source
    assert source.country == country and source.country_from == "antecedent", source


# (text, trigger): an act or a weapon is how a party acts, never the actor
ACTS = [
    ("The colonel was killed by a drone strike near Tabqa.", "killed"),
    ("A soldier was killed by a roadside bomb near Kandahar.", "killed"),
]


@pytest.mark.parametrize("text, trigger", ACTS)
def test_coref_act_or_weapon_is_no_actor(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger, PUBDATE)
    assert event.target is not None, event
    # no actor, or one the text leaves implied (an unidentified armed group): never the weapon
    assert event.source is None or event.source.char_start is None, event.source


def test_coref_actor_of_no_country_takes_its_sectors_nearby_country(event_on_unfiltered):
    # the document names Mali and Niger as often: no focus; the rebels are the Malian ones
    text = ("Malian rebels clashed with Nigerien troops near the border. Niger and Mali blamed "
            "each other. The rebel fighters later attacked a convoy.")
    source = event_on_unfiltered(text, "attacked", PUBDATE).source
    assert source is not None and source.sector == "REB", source
    assert source.country == "MLI" and source.country_from == "nearby actor", source


# (text, trigger, the speaker's words, the actor's name, its country): "we" and "I" in a
# quotation stand for who speaks it
QUOTED = [
    # the quotation's own speech verb, with a pronoun for the speaker
    ("The Chilean interior minister, Rosa Vidal, toured the port. “We have arrested the "
     "smugglers,” she said.", "arrested", "Rosa Vidal", "Rosa Vidal", "CHL"),
    # a quotation its sentence does not attribute: the speaker of the sentence that opened it
    ("Rosa Vidal, the Chilean interior minister, said the port was calm. “We have arrested the "
     "smugglers and we will try them.”", "arrested", "Rosa Vidal", "Rosa Vidal", "CHL"),
    # ... a few sentences further on, when no other quotation comes between
    ("Rosa Vidal, the Chilean interior minister, said the port was calm. “The boats are back. "
     "The market is open. The schools are open again. We have arrested the smugglers.”",
     "arrested", "Rosa Vidal", "Rosa Vidal", "CHL"),
]


@pytest.mark.parametrize("text, trigger, speaker, name, country", QUOTED)
def test_coref_first_person_in_a_quotation_is_its_speaker(event_on_unfiltered, text, trigger,
                                                          speaker, name, country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None
    assert source.text.lower() == "we"
    assert (source.antecedent, source.name, source.country) == (speaker, name, country)


# (text, trigger, the speaker's words, the recipient's country): "us" and "me" in a quotation,
# acted on, are its speaker's side too
QUOTED_OBJECTS = [
    ("“The army shelled us all night,” the Chilean interior minister said.", "shelled",
     "the Chilean interior minister", "CHL"),
    ("“They arrested me at the border,” the British journalist said.", "arrested",
     "the British journalist", "GBR"),
]


@pytest.mark.parametrize("text, trigger, speaker, country", QUOTED_OBJECTS)
def test_coref_first_person_object_in_a_quotation_is_its_speaker(event_on_unfiltered, text,
                                                                 trigger, speaker, country):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.antecedent, target.country) == (speaker, country)


@pytest.mark.parametrize("text", [
    # the quotation closed before the sentence: "we" is the writer's, not the minister's
    "Rosa Vidal, the Chilean interior minister, said “the port is calm”. We arrested the "
    "smugglers.",
    # far from the speech verb, another quotation comes between: whose it is is unknown
    "Rosa Vidal, the Chilean interior minister, said the port was calm. “The boats are back.” "
    "The market reopened. The schools reopened. The roads reopened. “We have arrested the "
    "smugglers.”",
])
def test_coref_first_person_of_no_attributed_quotation_stays_unresolved(event_on_unfiltered, text):
    source = event_on_unfiltered(text, "arrested", PUBDATE).source
    assert source is not None
    assert source.antecedent is None


# (text, trigger, the actor's name or None): "the group" far from any sentence naming one
# stands for the organisation the report names far more than any other, and for none when two
# are named alike
DOCUMENT_BODIES = [
    ("Islamic State has lost most of its territory in Syria. Islamic State fighters still hold "
     "a village near the border. Analysts say Islamic State will turn to insurgency. Kurdish-led "
     "forces have surrounded the village. Officials expect a long siege. A day after the "
     "assault, the group claimed responsibility for a shooting at a church in Cairo.", "shooting",
     "Islamic State"),
    ("A report on Islamic State and on al-Shabaab was published. The weather was fine. "
     "Officials expect a long siege. A day later, the group claimed responsibility for a "
     "shooting at a church in Cairo.", "shooting", None),
]


@pytest.mark.parametrize("text, trigger, name", DOCUMENT_BODIES)
def test_coref_the_group_is_the_report_s_organisation(event_on_unfiltered, text, trigger, name):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.text == "the group", source
    assert source.name == name, source


# (text, trigger, the actor's name): "the militants" is the body of their kind named nearest
# before them, in their own sentence, though in no act, before one the report names more
NEAREST_BODIES = [
    ("The Syrian Democratic Forces took Raqqa in October. The Syrian Democratic Forces then "
     "arrested dozens of officials. Her appeals to Isis went nowhere, as the militants denied "
     "her request.", "denied", "Islamic State"),
]


@pytest.mark.parametrize("text, trigger, name", NEAREST_BODIES)
def test_coref_description_is_the_nearest_named_body(event_on_unfiltered, text, trigger, name):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.name == name, source


# (text, trigger, the actor's antecedent words or None): a pronoun of the third person in a
# quotation never stands for who speaks it, and one in reported speech stands for a party the
# reported clause names before it rather than for the speaker
NOT_THE_SPEAKER = [
    ("Karl Weber met reporters. “He attacked the convoy,” Weber said.", "attacked", None),
    ("The commander, Nesrin Abdullah, spoke on Sunday. “Before leaving, she had trained for "
     "months. She fought the militants,” said Abdullah.", "fought", None),
    ("Some women told us how armed groups would stage raids on villages, during which they "
     "raped everyone.", "raped", "armed groups"),
]


@pytest.mark.parametrize("text, trigger, antecedent", NOT_THE_SPEAKER)
def test_coref_third_person_pronoun_is_not_the_speaker(event_on_unfiltered, text, trigger,
                                                       antecedent):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    # the pronoun at the doer's offsets (one found for no one is an empty doer there)
    assert source is not None and source.char_start is not None, source
    said = text[source.char_start:source.char_end].lower()
    assert said in ("he", "she", "they"), source
    assert source.antecedent == antecedent, source


# (text, trigger, the recipient pronoun's country): the object pronoun of an act never stands
# for the one its doer pronoun stands for ("he would welcome him" are two people)
NOT_THE_DOER = [
    ("The Israeli president refused to meet Jordan's visiting king in Haifa, saying he would "
     "only welcome him in Jerusalem.", "welcome", "JOR"),
]


@pytest.mark.parametrize("text, trigger, country", NOT_THE_DOER)
def test_coref_object_pronoun_is_not_its_doer_pronouns_antecedent(event_on_unfiltered, text,
                                                                  trigger, country):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None and target.country == country, target


# (text, trigger, name): "it" after an armed group whose name the model labels a person's, the
# name read as written, with or without a phrase in apposition
GROUP_IT = [
    ("Al-Shabaab attacked the base on Monday. It also kidnapped two teachers.", "kidnapped",
     "al-Shabaab"),
    ("Boko Haram attacked the base on Monday. It also kidnapped two teachers.", "kidnapped",
     "Boko Haram"),
    ("Al-Shabaab attacked a base in Lamu on Monday. It also kidnapped two teachers.",
     "kidnapped", "al-Shabaab"),
    ("Boko Haram, the armed group, attacked the base on Monday. It also kidnapped two "
     "teachers.", "kidnapped", "Boko Haram"),
    # a group the dictionary does not list, known by the first word of its name
    ("Jaish al-Adl attacked the base on Monday. It also kidnapped two teachers.", "kidnapped",
     "Jaish al-Adl"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), GROUP_IT)
def test_coref_it_stands_for_a_group_labelled_a_person(event_on_unfiltered, text, trigger,
                                                       name):
    source = event_on_unfiltered(text, trigger, "2024-03-16").source
    assert source is not None and source.name == name, source


def test_coref_he_still_stands_for_a_person(event_on_unfiltered):
    text = "Tarek Nassif attacked the base on Monday. He also kidnapped two teachers."
    source = event_on_unfiltered(text, "kidnapped", "2024-03-16").source
    assert source is not None and source.antecedent == "Tarek Nassif", source


# (text, trigger, the name the pronoun recipient stands for): a name with a given name is a
# person's, though the document writes it after a preposition of place
GIVEN_NAMED = [
    ("Gunmen attacked the convoy of Ahmed Saleh near Kandahar. He said the men who tried to "
     "kill him were Taliban fighters.", "kill", "Ahmed Saleh"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), GIVEN_NAMED)
def test_coref_given_named_person_after_of(event_on_unfiltered, text, trigger, name):
    target = event_on_unfiltered(text, trigger).target
    assert target is not None and target.name == name, target
