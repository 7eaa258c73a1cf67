"""A name the model runs over a verb ends at the verb: "Jaafari accused de Mistura" is two
people's names, not one. Built on a document with hand-set tags, one per construction."""

from __future__ import annotations

import pytest

# (words, their parts of speech, the entity's tags, the word asked about, the name it is in)
ENTITIES = [
    (["Okafor", "accused", "de", "Lattre", "."], ["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
     ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"], 0, "Okafor"),
    (["Okafor", "accused", "de", "Lattre", "."], ["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
     ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"], 3, "de Lattre"),
    # a name of no verb stays whole
    (["Jan", "de", "Lattre", "spoke", "."], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
     ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"], 2, "Jan de Lattre"),
]


@pytest.mark.parametrize("words, pos, ents, at, name", ENTITIES)
def test_actor_entity_ends_at_a_verb(nlp, words, pos, ents, at, name):
    from spacy.tokens import Doc

    from dateline.full_names import entity_of

    doc = Doc(nlp.vocab, words=words, pos=pos, ents=ents)
    assert entity_of(doc[at]).text == name
