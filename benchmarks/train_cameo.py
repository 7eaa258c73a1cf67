"""The full training run (``benchmarks/train.py``): the pentacode head (CAMEO quad classes),
the plover head and the police head fitted together, their regularisation and thresholds chosen
by cross-validation within the tune parts, the figures and the model card."""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

import numpy as np

from dateline.learned import (FEATURE_VERSION, Classifier, hashed, save_classifier,
                              sentence_class)
from train_police import (POLICE_CLASS_WEIGHT, POLICE_GRID, acted, alone_police, any_counts,
                          police_any)
from train_shared import (CLASSES, FOLDS, N_FEATURES, NEVER, SEED, Unit, choose_thresholds, f1,
                          fit, folds_of, head_of, label_rows, matrix, out_of_fold, parse,
                          pentacode_of, pentacode_score, police_scores, revise)
from accuracy import POLICE_LABELS, police_labels


def class_defaults(units: list[Unit]) -> dict[int, tuple[str, str]]:
    """Per pentacode class, the PLOVER type and CAMEO root the rules most often give it on tune
    sentences of that class: what a sentence's main event becomes when the model raises it."""
    from collections import Counter

    seen: dict[int, Counter] = {c: Counter() for c in (1, 2, 3, 4)}
    for u in units:
        for e in u.rules:
            if e.cameo_root and e.status != "negated" and sentence_class([e]) == u.gold:
                seen.setdefault(u.gold, Counter())[(e.event_type, e.cameo_root)] += 1
    fallback = {1: ("CONSULT", "04"), 2: ("AID", "07"), 3: ("ACCUSE", "11"), 4: ("ASSAULT", "19")}
    return {c: (seen[c].most_common(1)[0][0] if seen.get(c) else fallback[c]) for c in fallback}


def story_accuracy(clf: Classifier, units: list[Unit]) -> dict[str, float]:
    """The plover head's type of each story (its headline's and lead's probabilities summed)
    against the story's label; GSR examples count as one-sentence stories."""
    from collections import defaultdict

    probs: dict[object, np.ndarray] = defaultdict(lambda: np.zeros(len(clf.plover.labels)))
    gold = {}
    for u in units:
        probs[u.key] += clf.plover.proba(hashed(u.feats, clf.n_features))
        gold[u.key] = u.gold
    right = sum(clf.plover.labels[int(np.argmax(p))] == gold[k] for k, p in probs.items())
    return {"model": right / max(1, len(probs)), "n": len(probs)}


def train_all(args: argparse.Namespace, sets: dict[str, list[Unit]], t0: float) -> None:
    """Fit the three heads on the tune parts, choose C and the thresholds by cross-validation
    within them, report the tune and check parts, and write the weights and the model card."""
    for name, units in sets.items():
        parse(units, name, args.cache)
    print(f"parsed and coded by the rules in {time.perf_counter() - t0:.0f} s: "
          + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    cameo, police = sets["cameo"], sets["police"]
    c_tune = [u for u in cameo if not u.check]
    c_check = [u for u in cameo if u.check]
    gated = [u for u in police if u.police]
    p_tune = [u for u in gated if not u.check]
    acts = [u for u in police if "ANY_ACTION" in u.gold]
    print(f"police sentences naming the police or with a police act: {len(gated)} of "
          f"{len(police)}; of those with a "
          f"police action: {sum(u.police for u in acts)} of {len(acts)}")

    # regularisation and thresholds, chosen by cross-validation within the tune part (folds by
    # document for the police articles); the check part only reports
    c_folds, p_folds = folds_of(c_tune), folds_of(p_tune)
    best = None
    for c in (float(x) for x in args.c.split(",")):
        score = pentacode_score(c_tune, [int(x) for x in out_of_fold(
            c_tune, c_folds, [str(u.gold) for u in c_tune], c)])
        pol = f1(*any_counts(p_tune, out_of_fold(p_tune, p_folds, acted(p_tune), c,
                                              POLICE_CLASS_WEIGHT)))
        print(f"  C={c}: cross-validated pentacode macro-F1 {score:.3f} (model on words and "
              f"rules), police ANY_ACTION F1 {pol:.3f} (sentences naming the police)")
        # (a kept police head is not refitted: its figure does not choose C)
        total = score + (0.0 if args.keep_police else pol)
        if best is None or total > best[0]:
            best = (total, c)
    assert best is not None
    c = best[1]
    pm = fit(c_tune, [str(u.gold) for u in c_tune], c)
    if args.keep_police:  # the shipped police head and its thresholds, as they are
        from dateline.learned import load_classifier

        shipped = load_classifier()
        police_head = shipped.police
        kept = {k: shipped.thresholds[k] for k, _ in POLICE_GRID}
    else:
        police_head = head_of(fit(p_tune, acted(p_tune), c, class_weight=POLICE_CLASS_WEIGHT),
                              ("0", "1"))
        kept = {}
    plover = sets["plover"]
    v_tune = [u for u in plover if not u.check]
    types = tuple(sorted({u.gold for u in v_tune}))
    vm = fit(v_tune, [u.gold for u in v_tune], c)
    defaults = class_defaults(c_tune)
    start = {"police_add": 0.5, "police_veto": 0.0, "police_statement": NEVER, "class_veto": 0.6,
             "class_raise": 0.6, "class_create": NEVER, **kept}
    base = Classifier(N_FEATURES, head_of(pm, CLASSES), police_head,
                      head_of(vm, types), start, defaults)
    # each fold's sentences are decided by heads trained on the other folds
    plover_head = head_of(vm, types)
    fold_clfs = []
    for k in range(FOLDS):
        c_in = [u for u, f in zip(c_tune, c_folds, strict=True) if f != k]
        p_in = [u for u, f in zip(p_tune, p_folds, strict=True) if f != k]
        fold_clfs.append((k, Classifier(
            N_FEATURES, head_of(fit(c_in, [str(u.gold) for u in c_in], c), CLASSES),
            police_head if args.keep_police else head_of(
                fit(p_in, acted(p_in), c, class_weight=POLICE_CLASS_WEIGHT), ("0", "1")),
            plover_head, start, defaults)))
    # thresholds: first the police head's, then the pentacode's; a model adds, vetoes or
    # raises an event only when its answer is more likely than not
    chosen = choose_thresholds(fold_clfs, (
            *((k, g, p_tune, p_folds, police_any) for k, g in POLICE_GRID
              if k not in kept),
            ("class_veto", (0.5, 0.6, 0.7, 0.8, 0.9, 1.01), c_tune, c_folds, pentacode_of),
            ("class_raise", (0.5, 0.6, 0.7, 0.8, 0.9, 1.01), c_tune, c_folds, pentacode_of)),
        start)
    clf = replace(base, thresholds=chosen)

    results: dict[str, dict] = {}
    # figures: rules alone, model alone (words only), both; tune and check
    alone_p = fit(c_tune, [str(u.gold) for u in c_tune], c, words_only=True)
    alone_q = fit(p_tune, acted(p_tune), c, words_only=True, class_weight=POLICE_CLASS_WEIGHT)
    for part, cu, pu in (("tune", c_tune, [u for u in police if not u.check]),
                         ("check", c_check, [u for u in police if u.check])):
        both_c, both_p = revise(clf, cu), revise(clf, pu)
        alone_pred = [int(x) for x in alone_p.predict(matrix(cu, words_only=True))]
        alone_q_pred = alone_police(alone_q, pu)
        vu = [u for u in plover if u.check == (part == "check")]
        results[part] = {
            "PLOVER type accuracy, headline and lead (model)": story_accuracy(clf, vu),
            "pentacode macro-F1": {
                "rules": pentacode_score(cu, [sentence_class(u.rules) for u in cu]),
                "model": pentacode_score(cu, alone_pred),
                "both": pentacode_score(cu, [sentence_class(evs) for evs in both_c])},
            "police ANY_ACTION F1": {
                "rules": police_scores(pu, [police_labels(u.rules) for u in pu])["ANY_ACTION"],
                "model": police_scores(pu, alone_q_pred)["ANY_ACTION"],
                "both": police_scores(pu, [police_labels(e) for e in both_p])["ANY_ACTION"]},
            "police labels F1 (both)": police_scores(pu, [police_labels(e) for e in both_p]),
            "police labels F1 (rules)": police_scores(pu, [police_labels(u.rules) for u in pu]),
            "n": {"cameo": len(cu), "police": len(pu), "plover": len(vu)},
        }
    for part in ("tune", "check"):
        print(f"{part}:")
        for what, fig in results[part].items():
            print(f"  {what}: " + ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in fig.items()))
    card = {"trained_with": "python benchmarks/train.py", "seed": SEED, "C": c,
            "C_candidates": args.c,
            "feature_version": FEATURE_VERSION, "n_features": N_FEATURES,
            "trained_on": {"conflibert/cameo_class_train.tsv (tune part)": len(c_tune),
                           "india_police_events sentences naming the police or with a police "
                           "act (tune docs)":
                               len(p_tune),
                           "ngec synthetic stories' headlines and leads and PLOVER GSR examples "
                           "(tune part)": len(v_tune)},
            "figures": results}
    if args.keep_police:
        import json

        from train_shared import DEFAULT_OUT

        card["trained_with"] += " --keep-police"
        shipped_card = json.loads((DEFAULT_OUT / "classifier.json").read_text(encoding="utf-8"))
        card["police_head"] = shipped_card["card"].get("police_head")
    save_classifier(args.out, clf, card)
    if args.keep_police:  # the card's police sections describe the kept head: edited by hand
        print("MODEL_CARD.md left as it is: its figures are in classifier.json's card")
    else:
        (args.out / "MODEL_CARD.md").write_text(model_card(card, chosen), encoding="utf-8")
    print(f"wrote {args.out}/classifier.npz and classifier.json "
          f"({(args.out / 'classifier.npz').stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t0:.0f} s")


def model_card(card: dict, thresholds: dict[str, float]) -> str:
    """The model card written beside the weights: what, from which data, how, how well."""
    rows = []
    for what in ("pentacode macro-F1", "police ANY_ACTION F1"):
        for coder in ("rules", "model", "both"):
            rows.append(f"| {what} | {coder} | {card['figures']['tune'][what][coder]:.3f} | "
                        f"{card['figures']['check'][what][coder]:.3f} |")
    story = "PLOVER type accuracy, headline and lead (model)"
    rows.append(f"| {story} | model | {card['figures']['tune'][story]['model']:.3f} | "
                f"{card['figures']['check'][story]['model']:.3f} |")
    labels = label_rows(card["figures"])
    sizes = "\n".join(f"- {k}: {v} texts" for k, v in card["trained_on"].items())
    return MODEL_CARD.format(
        sizes=sizes, c=card["C"], c_list=card["C_candidates"], seed=card["seed"],
        n_features=card["n_features"],
        thresholds=", ".join(f"{k} {v}" for k, v in thresholds.items()),
        figures="\n".join(rows), labels="\n".join(labels),
        label_names=" | ".join(POLICE_LABELS))


MODEL_CARD = """# Model card: dateline's event classifier

`classifier.npz` (weights) and `classifier.json` (labels, thresholds, figures) hold the three
logistic regressions that `dateline/learned.py` applies to every sentence after the rules:

- **pentacode**: the sentence's CAMEO class (0 statement, 1 verbal cooperation, 2 material
  cooperation, 3 verbal conflict, 4 material conflict);
- **police**: whether the police act in a sentence that names them or in which the rules
  found an act of theirs with no police word, an arrest or a curfew (IndiaPoliceEvents'
  ANY_ACTION);
- **plover**: the PLOVER type of the sentence's main event (it weighs the events' confidence).

Features, all binary and hashed (CRC-32 modulo {n_features}): lower-cased words, lemmas that differ
from their word, word bigrams, and the rules' reading of the sentence (event types, CAMEO roots,
type and status, rule names, actor sectors and statuses, the most conflictual class, whether a
word names the police). The weights are plain float32 arrays read with `numpy.load(...,
allow_pickle=False)`; nothing in them is executable, and they hold no text.

Refits and trials of earlier weights, with the reason each was kept or dropped:
[MODEL_HISTORY.md](MODEL_HISTORY.md).

## Data (tune parts only; the check part only reports)

The tune/check split is `../shared/data/splits/check_ids.json` (sha1 of the record's key mod 4 == 0
is check; police articles split by document).

{sizes}

- `conflibert/cameo_class_train.tsv`: news sentences with CAMEO quad classes, distributed with
  ConfliBERT (Hu et al., NAACL 2022; the sentences come from the authors' CAMEO corpus, see
  dl.acm.org/doi/abs/10.1145/3514094.3534178). Their authors keep the copyright; no licence
  file accompanies the copy used. For research use; cite the source.
- `india_police_events/sents.jsonl`: Times of India sentences on the 2002 Gujarat violence,
  labelled by Halterman et al., "Corpus-Level Evaluation for Event QA: The IndiaPoliceEvents
  Corpus Covering the 2002 Gujarat Violence", Findings of ACL 2021
  (github.com/slanglab/IndiaPoliceEvents). The articles' copyright stays with their publisher.
  Only the sentences that name the police or hold a police act by the rules train the police
  head (it never fires on others).
- `ngec/synthetic_stories.csv`: synthetic news stories written by a language model and marked
  synthetic by their author (Andy Halterman, for document-level PLOVER event classification),
  one PLOVER type per story; the headline and the first sentence of each story train the
  plover head.
- `plover/PLOVER_GSR_CAMEO.txt`: example sentences of the CAMEO manual coded in PLOVER by the
  Open Event Data Alliance (CC BY-SA 4.0).

dateline ships only the weights derived from these sets, never their text.

## Training

    pip install -e ".[train]"
    python benchmarks/train.py --cache /tmp/dateline-parses

CPU only, scikit-learn `LogisticRegression` (lbfgs, balanced class weights), seed {seed};
regularisation C = {c} (of {c_list}) and the decision
thresholds ({thresholds}) chosen by 4-fold cross-validation within the tune part (the police
articles' folds by document, so that no article is on both sides).

## Figures

Rules alone, the model alone (words only, no rule features) and both (the rules' events decided
by the classifier, as `dateline extract` gives them), by the held-out scoring of
`../shared/data/README.md`:

| figure | coder | tune | check |
|---|---|---|---|
{figures}

Police labels' F1 (sentence level):

| coder | part | {label_names} |
|---|---|---|---|---|---|---|
{labels}

The tune figures are those of models trained on the tune part and flatter them; the check part
took no part in training or in any choice, so its figures are the honest ones. The pentacode
head learns from wire sentences and the police head from one Indian newspaper in 2002: on other
prose they are less sure, and their decisions need their thresholds (a vetoed or added event
needs a confident model).
"""
