"""The learned event classifier: shipped weights load, decide as expected on illustrative
sentences, give every event a confidence, and the training script runs end to end."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dateline.errors import DataFileError
from dateline.learned import (hashed, load_classifier, police_story, read_classifier,
                              save_classifier, unit_features)

ROOT = Path(__file__).resolve().parent.parent


def test_learned_shipped_model_loads_with_its_card():
    clf = load_classifier()
    assert clf.pentacode.labels == ("0", "1", "2", "3", "4")
    assert clf.police.labels == ("0", "1")
    assert clf.pentacode.weights.shape == (clf.n_features, 5)
    assert np.count_nonzero(clf.police.weights) > 1000  # trained, not empty
    assert set(clf.defaults) == {1, 2, 3, 4}
    card = ROOT / "src/dateline/data/model/MODEL_CARD.md"
    assert "benchmarks/train.py" in card.read_text(encoding="utf-8")


@pytest.mark.parametrize("doc, links_to", [
    # the card says what ships and points to the record of refits and trials
    ("MODEL_CARD.md", "MODEL_HISTORY.md"),
    # the record points back to what ships
    ("MODEL_HISTORY.md", "MODEL_CARD.md"),
])
def test_learned_card_and_history_link_each_other(doc, links_to):
    model = ROOT / "src/dateline/data/model"
    assert f"]({links_to}" in (model / doc).read_text(encoding="utf-8")
    assert (model / links_to).is_file()


def _probabilities(nlp, text):
    """The heads' probabilities for a one-sentence text, read with the rules' events."""
    from dateline.pipeline import events_from_doc
    from dateline.records import Article

    clf = load_classifier()
    doc = nlp(text)
    rules = events_from_doc(doc, Article(doc_id="t", text=text), learned=False)
    cols = hashed(unit_features(doc[:], rules), clf.n_features)
    return clf.pentacode.proba(cols), clf.police.proba(cols)[1]


@pytest.mark.parametrize("text, want", [
    ("Soldiers shelled the rebel positions outside the town, killing nine fighters.", 4),
    ("The two foreign ministers met in Geneva to discuss the border talks.", 1),
])
def test_learned_pentacode_head_reads_clear_sentences(nlp, text, want):
    p_class, _ = _probabilities(nlp, text)
    assert int(np.argmax(p_class)) == want
    assert abs(float(p_class.sum()) - 1.0) < 1e-5


def test_learned_police_head_tells_actions_from_talk(nlp):
    # the police acting is likelier than the police talking, and likely
    acting = [_probabilities(nlp, text)[1] for text in (
        "Police arrested twelve men after the riot in the old city on Monday night.",
        "The police lathi-charged the mob and fired tear gas shells to disperse it.")]
    _, talk = _probabilities(
        nlp, "A police spokesman said the inquiry would be completed by next month.")
    assert all(p >= 0.5 for p in acting), acting
    assert talk < min(acting), (talk, acting)


@pytest.mark.parametrize("text, police_source", [
    ("Police arrested twelve men after the riot in the old city on Monday night.", True),
    ("The weather in the capital stayed mild and sunny for most of the week.", False),
    ("Residents of the village sang songs and danced in the square until midnight.", False),
])
def test_learned_pipeline_events_by_text(pipeline, text, police_source):
    events = pipeline.extract(text)
    cops = [e for e in events if e.source and e.source.sector == "COP" and e.status == "actual"]
    assert bool(cops) is police_source
    if not police_source:
        # no police mention: the police head never fires; nothing happened: no confident event
        assert not any(e.rule.startswith("learned:police") for e in events)
        assert all(e.confidence < 0.5 for e in events)


def test_learned_every_event_has_a_confidence_in_range(pipeline, examples_dir):
    from dateline.pipeline import articles_from_paths

    events = [e for r in pipeline.process(articles_from_paths([str(examples_dir)]))
              for e in r.events]
    assert len(events) > 20
    assert all(0.0 <= e.confidence <= 1.0 for e in events)
    assert all(0.0 <= e.to_dict()["confidence"] <= 1.0 for e in events)
    assert len({e.confidence for e in events}) > 3  # graded, not a constant


def test_learned_confidence_survives_the_store_and_flat_formats(pipeline, tmp_path):
    from dateline.formats import flat_row
    from dateline.store import Store

    from dateline.records import Article

    text = "Police arrested twelve men after the riot in the old city."
    events = pipeline.extract(text)
    assert events
    assert all(flat_row(e)["confidence"] == e.confidence for e in events)
    article = Article(doc_id="text", text=text)
    with Store(tmp_path / "e.duckdb") as store:
        store.add([(article, list(events))])
        back = store.events()
    assert sorted(e.confidence for e in back) == sorted(e.confidence for e in events)


@pytest.mark.parametrize("damage", ["json", "weights"])
def test_learned_bad_model_files_are_a_clear_error(tmp_path, damage):
    clf = load_classifier()
    save_classifier(tmp_path, clf, {"note": "copy"})
    assert read_classifier(tmp_path).thresholds == clf.thresholds
    if damage == "json":
        (tmp_path / "classifier.json").write_text("{not json", encoding="utf-8")
    else:
        np.savez(tmp_path / "classifier.npz", pentacode_rows=np.array([1], dtype=np.int32))
    with pytest.raises(DataFileError):
        read_classifier(tmp_path)


_CLASS_SENTENCES = {
    0: ["The {a} spokesman said the {b} would issue a statement on {d}.",
        "Officials in {a} commented on the {b} budget on {d}.",
        "The {a} minister declined to discuss the {b} plan on {d}."],
    1: ["The {a} foreign minister met his {b} counterpart for talks on {d}.",
        "Leaders of {a} and {b} agreed to hold negotiations on {d}.",
        "The {a} president praised the {b} government on {d}."],
    2: ["The {a} government sent food aid to {b} on {d}.",
        "{a} released prisoners held in {b} on {d}.",
        "{a} and {b} signed a trade deal and opened the border on {d}."],
    3: ["The {a} government accused {b} of spying on {d}.",
        "{a} threatened {b} with sanctions on {d}.",
        "{a} rejected the {b} proposal and condemned its leaders on {d}."],
    4: ["{a} troops attacked {b} positions near the border on {d}.",
        "A bomb killed nine soldiers of {b} in {a} on {d}.",
        "{a} forces shelled villages in {b} on {d}."],
}
_POLICE = [("Police arrested {n} men in {a} on {d}.", ["ANY_ACTION", "ARREST"]),
           ("Police fired tear gas at the crowd in {a} on {d}.", ["ANY_ACTION", "FORCE"]),
           ("The police spokesman in {a} said on {d} that the inquiry goes on.", []),
           ("Police stood by as the mob burnt shops in {a} on {d}.", ["FAIL"]),
           ("Shops in {a} stayed shut on {d}.", [])]
_PLACES = ["Norland", "Sudaria", "Westmark", "Ostravia", "Kelmoria", "Tarsa"]
_DAYS = ["Monday", "Tuesday", "Friday", "Sunday"]


def _in_check(key) -> bool:
    return int(hashlib.sha1(str(key).encode()).hexdigest(), 16) % 4 == 0


def _tiny_data(folder: Path) -> None:
    """A small generated development set in the layout of ../shared/data."""
    lines = []
    for cls, patterns in _CLASS_SENTENCES.items():
        for i, pat in enumerate(patterns):
            for j, day in enumerate(_DAYS):
                a, b = _PLACES[(i + j) % 6], _PLACES[(i + j + 3) % 6]
                lines.append(f"{pat.format(a=a, b=b, d=day)}\t{cls}")
    (folder / "conflibert").mkdir(parents=True)
    (folder / "conflibert/cameo_class_train.tsv").write_text("\n".join(lines) + "\n",
                                                             encoding="utf-8")
    rows = []
    for doc in range(12):
        for k, (pat, labels) in enumerate(_POLICE):
            text = pat.format(n=doc + 2, a=_PLACES[doc % 6], d=_DAYS[doc % 4]).lower()
            rows.append({"doc_id": doc, "sent_id": k, "sent_labels": labels, "sent_text": text})
    (folder / "india_police_events").mkdir()
    (folder / "india_police_events/sents.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    stories = []
    for cls, kind in ((1, "CONSULT"), (2, "AID"), (3, "ACCUSE"), (4, "ASSAULT")):
        for line in lines:
            text, _, lab = line.partition("\t")
            if int(lab) == cls:
                stories.append({"text": text + " " + text, "title": text, "label": kind})
    (folder / "ngec").mkdir()
    with (folder / "ngec/synthetic_stories.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["text", "title", "label"])
        writer.writeheader()
        writer.writerows(stories)
    (folder / "splits").mkdir()
    check = {"conflibert/cameo_class_train.tsv": [i for i in range(len(lines)) if _in_check(i)],
             "india_police_events (doc_id)": [d for d in range(12) if _in_check(d)],
             "ngec/synthetic_stories.csv (row)": [i for i in range(len(stories)) if _in_check(i)]}
    (folder / "splits/check_ids.json").write_text(json.dumps({"check": check}),
                                                  encoding="utf-8")


def test_learned_train_script_runs_on_a_tiny_dataset(tmp_path):
    pytest.importorskip("sklearn")
    _tiny_data(tmp_path / "data")
    out = tmp_path / "model"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks/train.py"), "--data", str(tmp_path / "data"),
         "--out", str(out), "--c", "1"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for part in ("tune:", "check:"):
        assert part in proc.stdout
    clf = read_classifier(out)
    assert np.count_nonzero(clf.pentacode.weights) > 50
    card = json.loads((out / "classifier.json").read_text(encoding="utf-8"))["card"]
    assert set(card["figures"]) == {"tune", "check"}
    for part in card["figures"].values():
        assert set(part["pentacode macro-F1"]) == {"rules", "model", "both"}
        assert 0.0 <= part["pentacode macro-F1"]["both"] <= 1.0


def test_learned_train_script_keeps_the_shipped_police_head(tmp_path):
    pytest.importorskip("sklearn")
    _tiny_data(tmp_path / "data")
    out = tmp_path / "model"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks/train.py"), "--data", str(tmp_path / "data"),
         "--out", str(out), "--c", "1", "--keep-police"],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    clf, shipped = read_classifier(out), load_classifier()
    assert np.array_equal(clf.police.weights, shipped.police.weights)
    for key in ("police_add", "police_veto", "police_statement"):
        assert clf.thresholds[key] == shipped.thresholds[key]
    assert np.count_nonzero(clf.pentacode.weights) > 50  # refitted on the tiny set
    assert not (out / "MODEL_CARD.md").exists()  # the card's police sections stay by hand


@pytest.mark.parametrize("text", [
    "A police spokesman said the inquiry would be completed by next month.",
    "Gunmen ambushed a police convoy on the highway and fled into the hills.",
    "Protesters threw stones at the police outside the court.",
])
def test_learned_police_named_but_not_acting_gets_no_added_action(pipeline, text):
    events = pipeline.extract(text)
    assert not any(e.rule == "learned:police_action" for e in events), events


@pytest.mark.parametrize("text, doer", [
    ("The superintendent of police ordered a search of the market.", True),  # an office of
    ("Two companies of the reserve police patrolled the lanes all night.", True),  # a body of
    ("Extra police were deployed in the old quarter after the clashes.", True),  # posted
    ("Policemen were rushed to the village when the fighting began.", True),
    ("The district officer deployed extra police in the old quarter.", True),  # sent, active
    ("The governor requisitioned two companies of the river police for the fair.", True),
    ("The shopkeepers thanked the police for their help.", False),  # named, not sent
    ("The stone throwers were dispersed by the police.", True),
    ("The killing of two policemen shocked the town.", False),  # done to the police
    ("Rioters attacked the police near the bus stand.", False),
    ("Gunmen ambushed a police convoy on the highway.", False),  # a thing of theirs, done to
    ("Police were attacked near the bus stand.", False),
    ("The police said the curfew would stay.", False),  # a speaker
])
def test_learned_police_mention_as_doer(nlp, text, doer):
    from dateline.learned import _doer, police_mention

    doc = nlp(text)
    police = police_mention(doc[:])
    assert police is not None
    assert _doer(police) is doer, [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize("text, parties", [
    ("Norway and Denmark immediately suspended military aid and arms deals with Burma.",
     {("Norway", "Burma"), ("Denmark", "Burma")}),
    ("The Security Council has imposed sanctions on Sudan and Eritrea over the border war.",
     {("The Security Council", "Sudan"), ("The Security Council", "Eritrea")}),
    ("Canada and Australia cut off development aid to Fiji after the coup.",
     {("Canada", "Fiji"), ("Australia", "Fiji")}),
])
def test_learned_rerooted_act_keeps_every_coordinated_party(pipeline, text, parties):
    # the model reads these sentences as a lesser class than the rules' and re-roots the act:
    # every party's reading of it is re-rooted alike, none dropped
    events = [e for e in pipeline.extract(text) if e.event_type == "SANCTION"]
    assert events, text
    assert {(e.source.text, e.target.text) for e in events} == parties
    assert len({e.cameo_root for e in events}) == 1


@pytest.mark.parametrize("text", [
    "The two rival governments announced a ceasefire in the northern province on Sunday.",
    "The warring factions in the eastern region announced an immediate truce on Monday.",
])
def test_learned_proposed_act_takes_the_class_the_head_reads(pipeline, text):
    # an act the rules read as proposed is decided like a done one: the head reads an announced
    # ceasefire as material cooperation, and the event keeps its type and status
    events = pipeline.extract(text)
    assert [(e.event_type, e.status, e.cameo_root) for e in events] == [
        ("CONCEDE", "proposed", "08")]


@pytest.mark.parametrize("event_type, cls, root", [
    ("REQUEST", 3, "10"), ("REQUEST", 0, "02"), ("ACCUSE", 3, "11"), ("SANCTION", 3, "16"),
    ("SANCTION", 4, None), ("ASSAULT", 4, "19"), ("COOPERATE", 1, None),
])
def test_learned_type_roots_of_a_class(event_type, cls, root):
    from dateline.learned import pentaclass, type_roots

    found = [r for r in type_roots(event_type) if pentaclass(r) == cls]
    assert (found[0] if found else None) == root


@pytest.mark.parametrize("text, source, target", [
    # the model reads the cooperation the demand is about and a lower class than the rules':
    # the demand the main clause reports stays beside the act the sentence also tells of
    ("The opposition leader demanded fresh elections after a court acquitted him of all "
     "corruption charges.", "The opposition leader", None),
    ("Kenya's foreign minister demanded that Uganda allow humanitarian convoys to cross the "
     "border.", "Kenya's foreign minister", "Uganda"),
])
def test_learned_main_clause_demand_survives_a_lower_class(pipeline, text, source, target):
    events = pipeline.extract(text)
    assert events, text
    demands = [e for e in events if e.event_type == "REQUEST" and e.status == "actual"]
    assert [(e.source.text, e.target.text if e.target else None, e.cameo_root)
            for e in demands] == [(source, target, "10")]
    assert demands[0].trigger == "demanded"


@pytest.mark.parametrize("text, related", [
    ("Police arrested twelve men after the riot in the old city.", True),  # named
    ("Twelve men were arrested after the riot in the old city.", True),  # implied: an arrest
    ("Curfew was clamped on the old city after the clashes.", True),  # implied: a curfew
    ("The weather in the capital stayed mild and sunny all week.", False),
    ("Rebels shelled the town and set fire to the market.", False),
])
def test_learned_police_head_reads_sentences_about_police_acts(nlp, text, related):
    from dateline.learned import police_mention, police_related
    from dateline.pipeline import events_from_doc
    from dateline.records import Article

    doc = nlp(text)
    rules = events_from_doc(doc, Article(doc_id="t", text=text), learned=False)
    assert police_related(police_mention(doc[:]), rules) is related, rules


@pytest.mark.parametrize("text", [
    "Soldiers shelled the rebel positions outside the town, killing nine fighters.",
    "Police arrested twelve men after the riot in the old city on Monday night.",
    "The two foreign ministers met in Geneva to discuss the border talks.",
])
def test_learned_probas_read_once_equal_each_heads_own(nlp, text):
    clf = load_classifier()
    cols = hashed(unit_features(nlp(text)[:], []), clf.n_features)
    assert len(cols) > 5
    together = clf.probas(cols)
    alone = (clf.pentacode.proba(cols), clf.police.proba(cols), clf.plover.proba(cols))
    for both, one in zip(together, alone, strict=True):
        assert both.shape == one.shape and np.array_equal(both, one)


def _revised(nlp, text, **thresholds):
    """The rules' events of a one-sentence text as the shipped classifier decides them, with
    some of its thresholds replaced."""
    from dataclasses import replace

    from dateline.pipeline import DocumentCoder
    from dateline.records import Article

    clf = load_classifier()
    clf = replace(clf, thresholds={**clf.thresholds, **thresholds})
    doc = nlp(text)
    coder = DocumentCoder(doc, Article(doc_id="t", text=text))
    return clf.revise(doc, coder.sents.spans, coder.rule_events(), coder.event)


@pytest.mark.parametrize("text", [
    "The mob shouted slogans against the police outside the station.",  # done to them
    "Protesters threw stones at the police outside the court.",
])
def test_learned_police_word_not_the_doer_gets_no_added_action(nlp, text):
    # however sure the police head, an act is added only for a police word that is the doer
    # of its clause: here it would make the act at its verb theirs
    events = _revised(nlp, text, police_add=0.0)
    assert not any(e.rule == "learned:police_action" for e in events), events


def test_learned_police_doer_gets_an_action_by_the_threshold(nlp):
    # a police word that is the doer, the rules finding no act of theirs: the head decides
    text = "Police personnel had their lunch at the canteen."
    def added(th):
        return [e for e in _revised(nlp, text, police_add=th)
                if e.rule == "learned:police_action"]

    assert not added(1.01)
    got = added(0.0)
    assert got and all(e.source is not None and e.source.sector == "COP" for e in got)
    assert all(0.0 <= e.confidence <= 1.0 for e in got)


@pytest.mark.parametrize("text, added", [
    # one sentence naming the police is a police story
    ("Police personnel had their lunch at the canteen.", True),
    # a passing police word in a story of something else: no act of theirs is added
    ("The minister flew to the island on Monday. The talks on the new budget lasted all day. "
     "Farmers asked for cheaper diesel and more water. The harbour was busy with ferries. "
     "Exports of olive oil rose in the spring. Tourists filled the hotels of the coast. "
     "The schools reopened after the summer. A new bridge is planned over the river. "
     "The museum showed old maps of the bay. A choir sang in the square at dusk. "
     "Police personnel had their lunch at the canteen.",
     False),
])
def test_learned_police_act_added_only_in_a_police_story(nlp, text, added):
    got = [e for e in _revised(nlp, text, police_add=0.0) if e.rule == "learned:police_action"]
    assert bool(got) is added, got


@pytest.mark.parametrize("named, story", [
    ([True], True), ([False], False), ([], False),
    ([True] + [False] * 9, True), ([True] + [False] * 10, False),
])
def test_learned_police_story_by_share_of_sentences_naming_them(nlp, named, story):
    police = nlp("Police")[0]
    assert police_story([police if n else None for n in named]) is story


def test_learned_train_script_retrains_the_police_head_alone(tmp_path):
    # --police-only: a new police head and police thresholds; the shipped pentacode and plover
    # heads, their thresholds and card stay, and the card gains the police head's section
    pytest.importorskip("sklearn")
    _tiny_data(tmp_path / "data")
    out = tmp_path / "model"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks/train.py"), "--data", str(tmp_path / "data"),
         "--out", str(out), "--c", "1", "--police-only"], capture_output=True, text=True,
        timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    shipped, clf = load_classifier(), read_classifier(out)
    assert np.array_equal(clf.pentacode.weights, shipped.pentacode.weights)
    assert np.array_equal(clf.plover.weights, shipped.plover.weights)
    assert not np.array_equal(clf.police.weights, shipped.police.weights)
    for key in ("class_veto", "class_raise", "class_create"):
        assert clf.thresholds[key] == shipped.thresholds[key]
    card = json.loads((out / "classifier.json").read_text(encoding="utf-8"))["card"]
    head = card["police_head"]
    assert set(head["figures"]) == {"tune", "check"}
    assert set(head["thresholds"]) == {"police_add", "police_veto", "police_statement"}
    text = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert text.count("## The police head, retrained alone") == 1
    assert "pentacode" in text.split("## The police head")[0]
    # the hand-written trials below the generated section survive the retraining
    assert text.count("### Trials of the police head") == 1
    assert "Earlier trials" in text.split("### Trials of the police head")[1]


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_learned_revises_a_document_with_no_sentence(pipeline, text):
    from dateline.records import Article

    assert list(pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))) == []
