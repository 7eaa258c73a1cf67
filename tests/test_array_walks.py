"""Rules that read the parse from the document's arrays (``tokens``) and make a ``Token`` only
for what they find answer as their walks over ``Token`` objects did: noun phrases
(``code/phrases``), doers and agents (``code/roles``, ``deps``), entities (``full_names``),
backers (``seats``) and a person's origin (``place_origins``)."""

from __future__ import annotations

import pytest

PHRASES = [  # (text, head word, the noun phrase it heads)
    ("Hundreds of protesters and the leaders of the union marched on Monday.", "Hundreds",
     "Hundreds of protesters and the leaders of the union"),
    ("How many foreign volunteers joined the rebels?", "volunteers", "foreign volunteers"),
    ("Both India and Pakistan tested missiles.", "India", "India and Pakistan"),
    ("Members of Hamas, the Islamist movement, fired rockets.", "Members",
     "Members of Hamas, the Islamist movement"),
    ("Those attempting to flee were stopped.", "Those", "Those attempting to flee"),
]

AGENTS = [  # (text, verb, agent_of, parsed_agent, subject_of)
    ("The convoy was attacked by gunmen on Monday.", "attacked", "gunmen", "gunmen", "gunmen"),
    ("He was killed at the hands of the militia.", "killed", "militia", None, "militia"),
    ("The talks were delayed by midnight.", "delayed", None, "midnight", None),
    ("Police arrested two men.", "arrested", None, None, "Police"),
]

SUBJECTS = [  # (text, verb, subject_of, deps.subject, deps.subjects)
    ("Britain and France, long silent, criticised the strikes.", "criticised", "Britain",
     "Britain", ["Britain"]),
    ("Rebels who seized the town fled.", "seized", "Rebels", "who", ["who"]),
    ("It also condemned the strikes.", "condemned", "It", "It", ["It"]),
    ("The army ordered troops to withdraw.", "withdraw", "troops", None, []),
]

ENTITIES = [  # (text, word, the entity it is in)
    ("The United Nations Security Council met in New York.", "Security",
     "The United Nations Security Council"),
    ("Abdel Fatah al-Sisi spoke.", "Fatah", "Abdel Fatah al-Sisi"),
]

BACKERS = [  # (text, word, a sponsor named before "-backed")
    ("Kremlin-backed separatists shelled the town.", "Kremlin", True),
    ("Russia-backed rebels attacked.", "Russia", True),
    ("Kremlin officials spoke.", "Kremlin", False),
]

ORIGINS = [  # (text, place, named as someone's origin)
    ("A dentist from Daraa was arrested.", "Daraa", True),
    ("He was born in Manchester.", "Manchester", True),
    ("A Leeds man was jailed.", "Leeds", True),
    ("Jac Holmes, of Bournemouth, was killed.", "Bournemouth", True),
    ("Troops shelled Daraa on Monday.", "Daraa", False),
    ("Rebels drove the group from Afrin.", "Afrin", False),
]


def _word(doc, word):
    return next(t for t in doc if t.text == word)


def _text(tok):
    return None if tok is None else tok.text


@pytest.mark.parametrize("text, word, phrase", PHRASES)
def test_phrases_np_span_from_arrays(nlp, text, word, phrase):
    from dateline.code.phrases import np_span

    doc = nlp(text)
    start, end = np_span(_word(doc, word))
    assert doc[start:end].text == phrase


@pytest.mark.parametrize("text, verb, agent, parsed, doer", AGENTS)
def test_roles_agents_from_arrays(nlp, text, verb, agent, parsed, doer):
    from dateline.code.roles import agent_of, parsed_agent, subject_of

    tok = _word(nlp(text), verb)
    assert _text(agent_of(tok)) == agent
    assert _text(parsed_agent(tok)) == parsed
    assert _text(subject_of(tok)) == doer


@pytest.mark.parametrize("text, verb, doer, first, subjects_found", SUBJECTS)
def test_roles_subject_of_from_arrays(nlp, text, verb, doer, first, subjects_found):
    from dateline.code.roles import subject_of
    from dateline.deps import subject, subjects

    tok = _word(nlp(text), verb)
    assert _text(subject_of(tok)) == doer
    assert _text(subject(tok)) == first
    assert [t.text for t in subjects(tok)] == subjects_found


def test_deps_prep_object_from_arrays(nlp):
    from dateline.deps import prep_object

    assert _text(prep_object(_word(nlp("Troops fired on protesters in the square."), "on"))) \
        == "protesters"
    assert prep_object(_word(nlp("Troops fired on."), "on")) is None


@pytest.mark.parametrize("text, word, entity", ENTITIES)
def test_full_names_entity_of_from_arrays(nlp, text, word, entity):
    from dateline.full_names import entity_of

    assert entity_of(_word(nlp(text), word)).text == entity


@pytest.mark.parametrize("text, word, expected", BACKERS)
def test_seats_backer_from_arrays(nlp, text, word, expected):
    from dateline.seats import _backer

    assert _backer(_word(nlp(text), word)) is expected


@pytest.mark.parametrize("text, place, expected", ORIGINS)
def test_place_origins_origin_of_someone_from_arrays(nlp, text, place, expected):
    from dateline.place_origins import origin_of_someone

    doc = nlp(text)
    tok = _word(doc, place)
    assert origin_of_someone(doc, doc[tok.i:tok.i + 1]) is expected
