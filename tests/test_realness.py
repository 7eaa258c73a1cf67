"""The real-event model: shipped weights load, its evidence moves confidence both ways, events
below the threshold are dropped (those told as intended or tried keep their confidence; an aim
of force a deed of force done pursues is left to its status), the threshold is configurable
with clear errors, and the verdicts hold no article text."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest

from dateline.errors import ConfigError, DataFileError
from dateline.realness import (THRESHOLD_ENV, RealnessModel, featurize, judge, load_realness,
                               read_realness, save_realness, threshold_from_env)

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "realness_labels.tsv"
N = 1 << 10


def test_realness_shipped_model_loads_with_its_card():
    model = load_realness()
    assert 0.0 <= model.threshold < 0.5  # drops at most the clearly unreal
    assert 0.0 < model.base_rate < 1.0
    assert np.count_nonzero(model.weights) > 500  # trained, not empty
    card = (ROOT / "src/dateline/data/model/REALNESS_CARD.md").read_text(encoding="utf-8")
    assert "benchmarks/train_realness.py" in card and "realness_labels.tsv" in card


@pytest.mark.parametrize("prior, p, direction", [
    (0.6, 0.9, 1),    # the model's evidence for the event raises it
    (0.6, 0.05, -1),  # against it lowers it
    (0.6, 0.4, 0),    # at the base rate leaves it
])
def test_realness_confidence_moves_with_evidence(prior, p, direction):
    model = RealnessModel(N, np.zeros(N, dtype=np.float32), 0.0, 0.2, 0.4)
    got = model.confidence(prior, p)
    assert 0.0 <= got <= 1.0
    assert np.sign(round(got - prior, 3)) == direction, got


def _coded(nlp, text):
    from dateline.genre import genre_of
    from dateline.pipeline import DocumentCoder, events_from_doc
    from dateline.records import Article

    art = Article(doc_id="t", text=text, pubdate="2024-05-15")
    doc = nlp(text)
    art = art.with_(genre=genre_of(text))
    events = events_from_doc(doc, art, realness=False)
    return doc, DocumentCoder(doc, art).sents.spans, events


def _model_against(feature: str, threshold: float) -> RealnessModel:
    """A model that finds every event real save those with ``feature``."""
    weights = np.zeros(N, dtype=np.float32)
    from dateline.learned import hashed

    weights[hashed({feature}, N)] = -8.0
    return RealnessModel(N, weights, 3.0, threshold, 0.5)


TEXT = ("Soldiers shelled the rebel positions outside the town on Monday. "
        "The rebels are generally attacking convoys on the northern road. "
        "The minister threatened to expel the envoy.")


@pytest.mark.parametrize("threshold, kept_generic", [(0.5, False), (0.0, True)])
def test_realness_judge_drops_below_threshold(nlp, threshold, kept_generic):
    doc, sents, events = _coded(nlp, TEXT)
    triggers = {e.trigger for e in events if e.status == "actual"}
    assert {"shelled", "attacking"} <= triggers, triggers
    out = judge(doc, sents, events, genre="news", pubdate="2024-05-15",
                threshold=threshold, model=_model_against("near:habitual_adverbs", 0.5))
    kept = {e.trigger for e in out}
    assert "shelled" in kept
    assert ("attacking" in kept) is kept_generic
    shelled = next(e for e in out if e.trigger == "shelled")
    before = next(e for e in events if e.trigger == "shelled")
    assert shelled.confidence > before.confidence  # the model's evidence for it raised it


@pytest.mark.parametrize("text, kept", [
    (TEXT, False),  # in an article the model's own threshold drops the generic attack
    ("The rebels generally attack convoys on the northern road.", True),  # alone: only weighed
])
def test_realness_model_threshold_drops_only_in_texts_of_several_sentences(nlp, text, kept):
    doc, sents, events = _coded(nlp, text)
    out = judge(doc, sents, events, genre="news", pubdate="2024-05-15",
                model=_model_against("near:habitual_adverbs", 0.5))
    assert bool({"attack", "attacking"} & {e.trigger for e in out}) is kept


UNDONE = TEXT + " The rebels tried to storm the base. The government plans to free the prisoners."


@pytest.mark.parametrize("against, kept", [
    ("status:proposed", False),  # the model finds the plan unlikely: dropped
    ("t:shell", True),            # it finds nothing against it: kept, its confidence as it was
])
def test_realness_judges_events_told_as_intended_without_weighing_them(nlp, against, kept):
    doc, sents, events = _coded(nlp, UNDONE)
    offers = [e for e in events if e.status == "proposed"]
    assert offers, [(e.trigger, e.status) for e in events]
    out = judge(doc, sents, events, genre="news", pubdate="2024-05-15",
                model=_model_against(against, 0.5))
    assert [e for e in out if e.status == "proposed"] == (offers if kept else [])


def test_realness_judges_events_told_as_tried(nlp):
    doc, sents, events = _coded(nlp, UNDONE)
    tried = [e for e in events if e.status == "attempted"]
    assert tried, [(e.trigger, e.status) for e in events]
    out = judge(doc, sents, events, genre="news", pubdate="2024-05-15",
                model=_model_against("status:attempted", 0.5))
    assert [e for e in out if e.status == "attempted"] == []


CLAIMED = (TEXT + " Hundreds of guards are said to have been killed during the siege."
           " The army denied that its troops had shelled the camp."
           " The troops did not shell the market.")


@pytest.mark.parametrize("status, screened", [
    ("alleged", False),  # a claim told as another's is left to its status ...
    ("denied", False),   # ... and one denied
    ("negated", False),  # an act told as not done too
])
def test_realness_leaves_claims_to_their_status(nlp, status, screened):
    doc, sents, events = _coded(nlp, CLAIMED)
    told = [e for e in events if e.status == status]
    assert told, [(e.trigger, e.status) for e in events]
    out = judge(doc, sents, events, genre="news", pubdate="2024-05-15",
                model=_model_against(f"status:{status}", 0.5))
    assert [e for e in out if e.status == status] == ([] if screened else told)


FORCED = TEXT + " Police fired tear gas to disperse the crowd."


def test_realness_leaves_an_aim_of_force_of_a_deed_of_force_to_its_status(nlp):
    doc, sents, events = _coded(nlp, FORCED)
    aims = [e for e in events if e.status == "attempted" and e.trigger == "disperse"]
    assert aims, [(e.trigger, e.status) for e in events]
    out = judge(doc, sents, events, genre="news", pubdate="2024-05-15", threshold=0.99,
                model=_model_against("status:attempted", 0.99))
    assert [e for e in out if e.status == "attempted"] == aims


def test_realness_features_read_the_coders_reading(nlp):
    doc, sents, events = _coded(nlp, TEXT)
    feats = featurize(doc, sents, events, genre="news", pubdate="2024-05-15")
    assert len(feats) == len(events) and events
    shelled = feats[[e.trigger for e in events].index("shelled")]
    assert {"t:shell", "type:ASSAULT", "status:actual", "genre:news", "ttense:ASSAULT/past",
            "tense:past"} <= shelled
    assert any(f.startswith("src:") for f in shelled)


def test_realness_features_of_the_statuses_asked_are_those_of_all(nlp):
    doc, sents, events = _coded(nlp, "If the rebels attack, the army will shell the town, "
                                     "which troops shelled in May.")
    every = featurize(doc, sents, events, genre="news", pubdate="2024-05-15")
    asked = featurize(doc, sents, events, genre="news", pubdate="2024-05-15", only=("actual",))
    assert any(e.status == "actual" for e in events)
    assert any(e.status != "actual" for e in events), [(e.trigger, e.status) for e in events]
    for e, all_feats, feats in zip(events, every, asked, strict=True):
        assert feats == (all_feats if e.status == "actual" else set())


@pytest.mark.parametrize("text, trigger, want", [
    # present perfect with a kind for subject and object: a generic statement's clause
    ("Militias have attacked villages in the north.", "attacked",
     {"tense:perfect", "subj:bare_plural", "obj:bare_plural"}),
    # a relative clause told in the pluperfect: background to the main happening
    ("Police arrested the man who had attacked the bank.", "attacked",
     {"tense:pluperfect", "relative", "up:relcl"}),
    # a count that runs since a time
    ("Troops have killed 40 protesters since the election.", "killed",
     {"cum:since/True", "tense:perfect"}),
    # a specific happening: past tense, a definite subject, no running count
    ("The army shelled the town on Monday.", "shelled", {"tense:past", "clause_tense:past"}),
    # a word of a class in the clause: an earlier time, background
    ("Police arrested the man who had previously robbed the bank.", "robbed",
     {"near:earlier_adverbs", "tense:pluperfect"}),
    # a verb of a class above the trigger: a decision, not yet a deed
    ("The government's decision to withdraw the troops angered its allies.", "withdraw",
     {"govclass:intent"}),
    # the nearest verb above the trigger, the trigger's lemma with its tense, a short sentence
    ("The rebels said they attacked the base.", "attacked",
     {"govverb:say", "tl:attack/past", "slen:0"}),
    # a plan: the verb that governs the infinitive
    ("The army plans to attack the town next week.", "attack",
     {"govverb:plan", "tl:attack/infinitive"}),
    # a noun trigger with a possessive; a habit told anywhere in the sentence
    ("In the north the army's attacks usually come at night.", "attacks",
     {"ndet:poss", "sent:habitual_adverbs"}),
    # a noun trigger of a light verb: the verb's tense tells the deed done; the trigger is not
    # its own clause's bare-plural object
    ("The council imposed sanctions on three ministers.", "sanctions",
     {"light:past", "light:sanction/past"}),
    # a named party for subject, a day named in the sentence: a specific happening
    ("Turkey shelled the town on Tuesday.", "shelled", {"subjent:GPE", "sent:short_times"}),
    # a passive with its agent named
    ("The convoy was attacked by rebels near the border.", "attacked",
     {"voice:passive/agent", "subjent:none"}),
    # a passive without an agent, a described subject: who did it is not said
    ("Many people were killed in the north.", "killed", {"voice:passive", "subjent:none"}),
    # a negation above the trigger: the deed is under "did not"
    ("The army did not say that it shelled the town.", "shelled", {"upneg"}),
    # a modal above the trigger: a report that may come
    ("The rebels could claim they attacked the base.", "attacked", {"upmodal"}),
    # a condition above the trigger
    ("If the council decides to impose sanctions, the talks end.", "impose", {"upmark:if"}),
    # the kinds of named entity the sentence holds: a date, a place
    ("Turkey shelled the town on 3 March.", "shelled", {"sentent:DATE", "sentent:GPE"}),
    # a pronoun for source: who did it is told elsewhere
    ("They attacked the convoy near the border.", "attacked", {"src:pronoun", "src_len:1"}),
    # the kind of the trigger's object: a named party, a description
    ("Police arrested Ahmed Khan in the town.", "arrested", {"objk:named"}),
    ("The police charged the protesters with rioting.", "charged", {"objk:definite"}),
    # a trigger that describes a noun
    ("Police arrested the man who attacked the bank.", "attacked", {"nounmod:relcl/VBD"}),
    # a question, a conditional in the sentence
    ("The army shelled the town. Did the rebels attack the base?", "attack", {"question"}),
    ("The rebels attacked the base, and they will leave if the army comes.", "attacked",
     {"sent_if"}),
])
def test_realness_features_read_the_clause(nlp, text, trigger, want):
    doc, sents, events = _coded(nlp, text)
    assert events, text
    start = text.index(trigger)  # the clause is read from the trigger, whatever the event
    event = events[0].with_(char_start=start, char_end=start + len(trigger), trigger=trigger)
    got = featurize(doc, sents, [event], genre="news", pubdate="2024-05-15")[0]
    assert want <= got, sorted(f for f in got if ":" in f and not f.startswith("near:"))
    if trigger == "shelled":
        assert not any(f.startswith(("cum:", "subj:bare", "relative", "light:", "voice:"))
                       for f in got)
    if trigger == "sanctions":
        assert "obj:bare_plural" not in got
    # the events judged have one status: nothing is read again with it
    assert not any(f.startswith(("ts:", "tagstatus:")) for f in got)
    assert any(f.startswith("cameo:") for f in got)  # the sense class the coder gave it
    if trigger in ("shelled", "attacked"):
        assert not {"question", "sent_if"} & got or "if" in text


def test_realness_model_round_trips(tmp_path):
    weights = np.zeros(N, dtype=np.float32)
    weights[[3, 700]] = (0.5, -1.25)
    save_realness(tmp_path, RealnessModel(N, weights, 0.1, 0.3, 0.4), {"note": "test"})
    back = read_realness(tmp_path)
    assert (back.threshold, back.base_rate, back.n_features) == (0.3, 0.4, N)
    assert np.allclose(back.weights, weights) and back.bias == pytest.approx(0.1)


@pytest.mark.parametrize("change, message", [
    ({"feature_version": 99}, "version"),
    ({"threshold": 1.5}, "out of range"),
    ({"base_rate": 0.0}, "out of range"),
    ({"bias": None}, "malformed"),
])
def test_realness_bad_model_files_are_clear_errors(tmp_path, change, message):
    save_realness(tmp_path, RealnessModel(N, np.ones(N, dtype=np.float32), 0.0, 0.2, 0.4), {})
    meta = json.loads((tmp_path / "realness.json").read_text(encoding="utf-8"))
    meta.update(change)
    (tmp_path / "realness.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        read_realness(tmp_path)


def test_realness_missing_files_are_a_clear_error(tmp_path):
    with pytest.raises(DataFileError, match="cannot be read"):
        read_realness(tmp_path)


@pytest.mark.parametrize("raw, want", [("", None), ("0", 0.0), (" 0.35 ", 0.35), ("1", 1.0),
                                       ("-0.1", ConfigError), ("high", ConfigError)])
def test_realness_threshold_from_environment(monkeypatch, raw, want):
    monkeypatch.setenv(THRESHOLD_ENV, raw)
    if want is ConfigError:
        with pytest.raises(ConfigError, match=THRESHOLD_ENV):
            threshold_from_env()
    else:
        assert threshold_from_env() == want


def test_realness_pipeline_threshold_is_checked(nlp):
    from dateline import Pipeline

    with pytest.raises(ConfigError, match="real_threshold"):
        Pipeline(real_threshold=2.0)
    assert Pipeline(real_threshold=0.0).real_threshold == 0.0


def test_realness_labels_hold_verdicts_not_text():
    with LABELS.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")),
                                   delimiter="\t"))
    assert len(rows) >= 1000
    parts = {r["part"] for r in rows}
    assert parts == {"train", "held"}
    train_docs = {r["doc"] for r in rows if r["part"] == "train"}
    assert not train_docs & {r["doc"] for r in rows if r["part"] == "held"}
    for r in rows:
        assert re.fullmatch(r"[0-9a-f]{12}", r["sentence"]), r
        assert re.fullmatch(r"[0-9a-f]{8}", r["source"]), r
        assert r["real"] in ("0", "1") and len(r["trigger"]) < 40


STORY = ("Rebels attacked the base on Monday. They attacked it again on Tuesday. "
         "Police arrested two men in the town. The minister condemned the attacks.")


@pytest.mark.parametrize("text, trigger, want", [
    # the story's kind told on: an attack after an attack in an earlier sentence
    (STORY, 41, {"typebefore:earlier", "typecount:1"}),
    # the first event of its kind in the article
    (STORY, 7, {"typebefore:none"}),
    # a kind the article names once among others: a lone event of its type
    (STORY, 78, {"typebefore:none", "typecount:0"}),
    # a text of two events tells no story to read them against: each act is named once
    ("Police arrested ten protesters in the city on Monday. Police later released them.", 67,
     set()),
])
def test_realness_features_read_the_event_in_its_article(nlp, text, trigger, want):
    doc, sents, events = _coded(nlp, text)
    feats = featurize(doc, sents, events, genre="news", pubdate="2024-05-15")
    got = [f for e, f in zip(events, feats, strict=True) if e.char_start == trigger]
    assert got, [(e.trigger, e.char_start) for e in events]
    story = {f for f in got[0] if f.startswith(("typecount", "typeshare", "typebefore"))}
    assert want <= story and (want or not story), sorted(story)
