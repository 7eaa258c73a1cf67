"""The learned recipient chooser: its candidates are the sentence's noun phrases outside the
actor's words, its features read the path from the trigger, the shipped weights load with their
card, and on plain sentences it picks the party acted on (illustrative sentences)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dateline.learned_roles import candidate_features, candidates, load_recipient_model

ROOT = Path(__file__).resolve().parent.parent


def _token(doc, word):
    return next(t for t in doc if t.text == word)


# (sentence, trigger, actor words, candidate heads expected, words never candidates)
CANDIDATES = [
    ("Turkish troops shelled Kurdish positions near the border on Monday.", "shelled",
     "Turkish troops", {"positions", "border", "Monday"}, {"troops", "Turkish", "shelled"}),
    ("The minister met the Japanese ambassador in Tokyo.", "met", "The minister",
     {"ambassador", "Tokyo"}, {"minister", "Japanese"}),
]


@pytest.mark.parametrize("text,trigger,actor,wanted,never", CANDIDATES)
def test_learned_roles_candidates_are_phrase_heads(nlp, text, trigger, actor, wanted, never):
    doc = nlp(text)
    start = text.index(actor)
    span = doc.char_span(start, start + len(actor))
    found = {t.text for t in candidates(_token(doc, trigger), (span.start, span.end))}
    assert wanted <= found
    assert not found & never


# (sentence, trigger, candidate, event type, features expected)
FEATURES = [
    ("Turkish troops shelled Kurdish positions near the border.", "shelled", "positions",
     "ASSAULT", {"path=dobj", "prep=-", "side=after", "type=ASSAULT|path=dobj"}),
    ("The president met with the Japanese ambassador.", "met", "ambassador", "CONSULT",
     {"path=prep/pobj", "prep=with", "type=CONSULT|prep=with", "kind=party"}),
    ("Rebels were attacked by the army.", "attacked", "Rebels", "ASSAULT",
     {"path=nsubjpass", "side=before", "dep=nsubjpass"}),
]


@pytest.mark.parametrize("text,trigger,cand,etype,wanted", FEATURES)
def test_learned_roles_features_read_the_path_from_the_trigger(nlp, text, trigger, cand, etype,
                                                               wanted):
    doc = nlp(text)
    feats = set(candidate_features(_token(doc, trigger), _token(doc, cand), etype, None))
    assert wanted <= feats
    assert "rule=none" in feats


def test_learned_roles_shipped_model_loads_with_its_card():
    model = load_recipient_model()
    assert model.head.weights.shape == (model.n_features, 2)
    assert np.count_nonzero(model.head.weights) > 500  # trained, not empty
    assert 0.0 < model.threshold < 1.0
    card = (ROOT / "src/dateline/data/model/RECIPIENTS_CARD.md").read_text(encoding="utf-8")
    assert "benchmarks/train_roles.py" in card


# (sentence, trigger, actor words, event type, the rules' recipient words, the chooser's words)
CHOSEN = [
    # the rules' own recipient, where the chooser agrees, is kept as the rules cut it
    ("Government troops attacked the rebels in the northern hills on Sunday.", "attacked",
     "Government troops", "ASSAULT", "the rebels", "the rebels"),
    # a time is no recipient: the party acted on is chosen instead
    ("Government troops attacked the rebels in the northern hills on Sunday.", "attacked",
     "Government troops", "ASSAULT", "Sunday", "the rebels"),
    ("The court rejected the request of the opposition party on Monday.", "rejected",
     "The court", "REJECT", "Monday", "the opposition party"),
    # none more likely: the rules' recipient stays
    ("Security forces detained two activists, accusing them of plotting a coup.", "accusing",
     "Security forces", "ACCUSE", "them", "them"),
]


def _span(doc, text, words):
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    return span.start, span.end


@pytest.mark.parametrize("text,trigger,actor,etype,rules,recipient", CHOSEN)
def test_learned_roles_choose_the_party_acted_on(nlp, text, trigger, actor, etype, rules,
                                                 recipient):
    doc = nlp(text)
    got = load_recipient_model().choose(_token(doc, trigger), etype, _span(doc, text, rules),
                                        _span(doc, text, actor))
    assert got is not None
    assert doc[got[0]:got[1]].text == recipient


# (explicit value, DATELINE_LEARNED_RECIPIENTS, chooser used)
WANTED = [
    (None, None, False),
    (None, "1", True),
    (None, "yes", True),
    (None, "0", False),
    (True, None, True),
    (False, "1", False),
]


@pytest.mark.parametrize("value,env,used", WANTED)
def test_learned_roles_chooser_is_off_unless_asked(monkeypatch, value, env, used):
    from dateline.learned_roles import CHOOSER_ENV, chooser_wanted

    if env is None:
        monkeypatch.delenv(CHOOSER_ENV, raising=False)
    else:
        monkeypatch.setenv(CHOOSER_ENV, env)
    assert chooser_wanted(value) is used


def test_learned_roles_pipeline_uses_the_chooser_only_when_asked(nlp, monkeypatch):
    from dateline import pipeline
    from dateline.learned_roles import CHOOSER_ENV
    from dateline.records import Article

    monkeypatch.delenv(CHOOSER_ENV, raising=False)
    calls = []
    real = pipeline.load_recipient_model

    def counted():
        calls.append(1)
        return real()

    monkeypatch.setattr(pipeline, "load_recipient_model", counted)
    text = "Security forces detained two activists in the capital on Monday."
    doc = nlp(text)
    off = pipeline.events_from_doc(doc, Article(doc_id="a", text=text, pubdate="2024-05-06"))
    assert off and not calls
    on = pipeline.events_from_doc(doc, Article(doc_id="a", text=text, pubdate="2024-05-06"),
                                  recipients=True)
    assert on and calls


# (sentence, actor words, the rules' recipient words or None, candidate scores, the words picked)
PICKED = [
    # the best above the threshold, outside the rules' words, is spanned as a party
    ("Army units shelled the village and the rebel camp near the river.", "Army units",
     "the village", {"camp": 0.8, "river": 0.4}, "the rebel camp"),
    # none above the threshold: the rules' words stay
    ("Army units shelled the village near the river.", "Army units", "the village",
     {"river": 0.1}, "the village"),
    # the best inside the rules' words: their own cut stays
    ("The court rejected the appeal of the opposition leaders on Monday.", "The court",
     "the appeal of the opposition leaders", {"leaders": 0.9, "Monday": 0.5},
     "the appeal of the opposition leaders"),
    # no rules' recipient and none likely: none
    ("The court adjourned the hearing on Monday.", "The court", None, {"Monday": 0.2}, None),
]


@pytest.mark.parametrize("text,actor,rules,scores,picked", PICKED)
def test_learned_roles_pick_the_likeliest_party_outside_the_rules_words(nlp, text, actor, rules,
                                                                        scores, picked):
    from dateline.learned_roles import pick

    doc = nlp(text)
    scored = [(_token(doc, w), p) for w, p in scores.items()]
    rule_span = _span(doc, text, rules) if rules else None
    got = pick(scored, 0.3, rule_span, _span(doc, text, actor))
    assert (doc[got[0]:got[1]].text if got else None) == picked
