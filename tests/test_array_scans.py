"""Whole-document scans read from the token arrays find what the walks over ``Token`` objects
found: the same words, in the same order, for every kind of sentence."""

import pytest

from dateline.actor_generic_groups import _named_groups, _places
from dateline.actor_places import _names_written, said_place_country
from dateline.code.recipient_held import _said_at, holdings
from dateline.code.recipient_reduced import _pair
from dateline.date_story import Tellings, happening_word

_TEXTS = [
    # names written inside sentences, and a first word in capitals
    "Officials in Douma said Hamas fighters shelled the town. Then Isis fighters left Raqqa.",
    # holdings: a participle, a stronghold, a town of a side, "under the control of"
    "The rebel-held town of Harbala fell after the Kurdish city of Marrow was taken by the army.",
    "Troops stormed the YPG's stronghold in Eastvale, which is under the control of militias.",
    # tellings: verbs and nouns of one happening, plural nouns
    "Police arrested the mayor on Monday. The arrest came after airstrikes hit the strikes' area.",
    # a doer named by a place earlier, then again by name
    "The Ohio governor Jane Roe met the Texas governor. Roe said the ministry of Ohio agreed.",
    # a verb with a noun subject and a pronoun subject right after it
    "The men they arrested were released, and the villages we attacked were emptied.",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_array_scans_names_written_as_walked(nlp, text):
    doc = nlp(text)
    assert _names_written(doc) == frozenset(
        t.text for t in doc if not t.is_sent_start and t.is_title)


@pytest.mark.parametrize("text", _TEXTS)
def test_array_scans_places_and_groups_as_walked(nlp, text):
    from dateline.actor_dictionary import load_dictionary
    from dateline.actor_places import place_country
    from dateline.sentences import doc_ents

    doc = nlp(text)
    d = load_dictionary()
    walked = [(e.start, iso) for e in doc_ents(doc) if e.label_ in ("GPE", "LOC")
              and (iso := place_country(d.countries, list(e))) is not None]
    walked += [(tok.i, iso) for tok in doc if tok.ent_type_ not in ("GPE", "LOC")
               and tok.dep_ != "compound" and (iso := said_place_country(tok)) is not None]
    assert _places(doc) == walked
    named = [tok.i for tok in doc if tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper()
             and not tok.ent_type_ and tok.lower_ in d.organisations
             and tok.lower_ not in d.agents]
    found = [i for i, _ in _named_groups(doc)]
    assert found[len(found) - len(named):] == named


@pytest.mark.parametrize("text", _TEXTS)
def test_array_scans_holdings_as_walked(nlp, text):
    doc = nlp(text)
    assert holdings(doc) == [h for tok in doc for h in _said_at(tok)]


@pytest.mark.parametrize("text", _TEXTS)
def test_array_scans_tellings_as_walked(nlp, text):
    doc = nlp(text)
    tellings = Tellings(doc)
    for tok in doc:
        if tok.pos_ not in ("VERB", "NOUN"):
            continue
        word = happening_word(tok)
        same = [t for t in doc if happening_word(t) == word and (
            t.pos_ == "VERB" or (t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS")))]
        assert [t.i for t in tellings.before(tok)] == [
            t.i for t in reversed(same) if t.i < tok.i and (t.tag_ != "NNS" or tok.tag_ == "NNS")]
        assert [t.i for t in tellings.after(tok)] == [
            t.i for t in same if t.i > tok.i and t.tag_ != "NNS"]


@pytest.mark.parametrize("text", _TEXTS)
def test_array_scans_pronoun_subject_pairs_as_walked(nlp, text):
    doc = nlp(text)
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        found = _pair(verb)
        if len(subjects) != 2 or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            assert found is None
        elif found is not None:
            assert (found[0].i, found[1].i) == (subjects[1].i, subjects[0].i)
