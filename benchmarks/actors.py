"""Score who-did-it-to-whom on the development data, tune and check parts side by side.

    python benchmarks/actors.py [--data ../shared/data] [--errors N] [--losses] [--vetoed N]
                                [--classes]

The split is ../shared/data/splits/check_ids.json (the check part is about a quarter of each set;
read errors on the tune part only: ``--errors`` prints tune-part misses, never check-part ones;
``--losses`` classes the tune part's target errors, see ``target_losses.py``; ``--vetoed N``
prints up to N tune sentences whose main parties the pentacode head's class veto changes, with
the token F1 figures of the coder with the veto off beside the shipped ones; ``--classes``
counts the tune part's GSR triple errors by kind: root, actor country or recipient country
wrong, a triple missing or extra).
Figures:
- source/target token F1 on conflibert/cameo_ner_train.txt: the tokens of the sentence's main
  event's sources and targets (the first event with both, else the first; with the other events
  of its trigger, since an act of coordinated parties is one event per party) against the
  B-S/I-S and B-T/I-T tags, as the decided coder (what ``dateline extract`` gives) codes them;
- on the sentences of plover/PLOVER_GSR_CAMEO.txt whose gold actors name a country (or IGO): F1 of
  the set of (source country, target country, cameo_root) per sentence, a missing actor or country
  counting as ``---`` and international organisations as ``IGO`` (the held-out scoring in
  ../shared/data/README.md); the GSR is coded in PLOVER types, so a produced root matches when it is
  one of the CAMEO roots of the gold type; and the country pair of the main event alone, right
  when it is one of the gold pairs;
- the same triple F1 with the roots ignored (the country pairs as a set), to separate actor
  errors from event-type errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import DEFAULT_DATA, _read_ner, f1, main_parties, run, tokens_of  # noqa: E402
from target_losses import LossTable  # noqa: E402

from dateline import Article, Pipeline, annotate  # noqa: E402
from dateline.learned import load_classifier  # noqa: E402
from dateline.pipeline import events_from_doc  # noqa: E402

NONE = "---"
#: CAMEO roots of the GSR's PLOVER types (CAMEO2PLOVER's two-digit rows; DEMAND is the older
#: name of REQUEST, FIGHT of the conventional-war ASSAULT rows).
ROOTS = {"AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"},
         "AID": {"07"}, "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"},
         "DEMAND": {"10"}, "REQUEST": {"10"}, "DISAPPROVE": {"11"}, "ACCUSE": {"11"},
         "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"},
         "SANCTION": {"16"}, "COERCE": {"17"}, "ASSAULT": {"18", "20"}, "FIGHT": {"19"}}
#: Codes of the GSR that are CAMEO, not ISO 3166, spellings; codes that name no country.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NOT_COUNTRIES = {"NGO", "IMG", "ISM", "MNC"}


def check_ids(data: Path, key: str) -> set:
    split = json.loads((data / "splits/check_ids.json").read_text(encoding="utf-8"))
    return set(split["check"][key])


class Tally:
    """True/false positives and false negatives, per part of the split."""

    def __init__(self) -> None:
        self.counts = {"tune": [0, 0, 0], "check": [0, 0, 0]}

    def add(self, part: str, tp: int, fp: int, fn: int) -> None:
        c = self.counts[part]
        c[0] += tp
        c[1] += fp
        c[2] += fn

    def f1(self, part: str) -> float:
        return f1(*self.counts[part])


def main_event(evs: Iterable) -> object | None:
    evs = list(evs)
    return next((e for e in evs if e.source and e.target), None) or (evs[0] if evs else None)


def joined(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The tokens as one space-separated text, with each token's character offsets."""
    starts = accumulate((len(t) + 1 for t in tokens[:-1]), initial=0)
    return " ".join(tokens), [(a, a + len(t)) for a, t in zip(starts, tokens, strict=True)]


class _Span:
    """Character offsets of words found in the text (an event's ``object`` is text only)."""

    def __init__(self, lo: int, hi: int) -> None:
        self.char_start, self.char_end = lo, hi


def objects_of(text: str, evs: list) -> list[_Span]:
    """Where the objects of the main event's act that has no recipient stand in the text: the
    first place each is written from the trigger on, else anywhere (a thing or place acted on,
    which the design keeps out of the recipient)."""
    main = main_event(evs)
    if main is None:
        return []
    found = []
    for e in evs:
        if (e.char_start, e.char_end, e.event_type) != (main.char_start, main.char_end,
                                                        main.event_type) or not e.object \
                or e.target is not None:
            continue
        at = text.find(e.object, e.char_start)
        at = text.find(e.object) if at < 0 else at
        if at >= 0:
            found.append(_Span(at, at + len(e.object)))
    return found


def veto_off(pipe: Pipeline, texts: list[str]) -> list[list]:
    """Each text's events as extracted, but with the pentacode head's class veto off (its
    threshold above 1: no event of a class above the head's is dropped or re-rooted)."""
    clf = load_classifier()
    shipped = clf.thresholds["class_veto"]
    clf.thresholds["class_veto"] = 1.01
    try:
        docs = annotate.parse(texts, model=pipe.model, batch_size=pipe.batch_size)
        return [events_from_doc(doc, Article(doc_id=str(i), text=text))
                for i, (text, doc) in enumerate(zip(texts, docs, strict=True))]
    finally:
        clf.thresholds["class_veto"] = shipped


def _party_words(evs: list) -> str:
    main = main_event(evs)
    parties = main_parties(evs)
    return (f"{main.event_type if main else None} {main.cameo_root if main else None} "
            f"S={[a.text for a in parties['S']]!r} T={[a.text for a in parties['T']]!r}")


def vetoed(sents: list, offsets: tuple, texts: tuple, check: set, coded: list,
           uncoded: list, n: int) -> None:
    """The token F1 of the coder with the class veto off, and up to ``n`` tune sentences
    whose main parties the veto changes (better, worse or even against the gold tags)."""
    tally = {"both": Tally(), "S": Tally(), "T": Tally()}
    moves = {"better": 0, "worse": 0, "even": 0}
    shown = 0
    for i, (s, offs) in enumerate(zip(sents, offsets, strict=True)):
        part = "check" if i in check else "tune"
        score = []
        for evs in (coded[i], uncoded[i]):
            parties, tp = main_parties(evs), 0
            for role in ("S", "T"):
                pred = tokens_of(offs, parties[role])
                gold = {k for k, (_, tag) in enumerate(s) if tag.endswith("-" + role)}
                if evs is uncoded[i]:
                    for t in (tally[role], tally["both"]):
                        t.add(part, len(pred & gold), len(pred - gold), len(gold - pred))
                tp += len(pred & gold) - len(pred - gold)
            score.append(tp)
        if part == "check" or main_parties(coded[i]) == main_parties(uncoded[i]):
            continue
        move = "better" if score[0] > score[1] else "worse" if score[0] < score[1] else "even"
        moves[move] += 1
        if shown < n:
            shown += 1
            gold_s = " ".join(t for t, tag in s if tag.endswith("-S"))
            gold_t = " ".join(t for t, tag in s if tag.endswith("-T"))
            print(f"  {move:6} [{i}] {texts[i]}\n      gold S={gold_s!r} T={gold_t!r}\n"
                  f"      veto off: {_party_words(uncoded[i])}\n"
                  f"      shipped:  {_party_words(coded[i])}")
    print(f"class veto off: token F1 tune {tally['both'].f1('tune'):.3f} | check "
          f"{tally['both'].f1('check'):.3f}  (source {tally['S'].f1('tune'):.3f} | "
          f"{tally['S'].f1('check'):.3f}, target {tally['T'].f1('tune'):.3f} | "
          f"{tally['T'].f1('check'):.3f}); tune sentences whose main parties the veto changes: "
          + ", ".join(f"{k} {v}" for k, v in moves.items())
          + " (tokens right less tokens wrong)")


def source_target(pipe: Pipeline, data: Path, errors: int, losses: bool = False,
                  veto: int | None = None) -> None:
    sents = _read_ner(data / "conflibert/cameo_ner_train.txt")
    check = check_ids(data, "conflibert/cameo_ner_train.txt (sentence index)")
    texts, offsets = zip(*(joined([t for t, _ in s]) for s in sents), strict=True)
    tallies = {"S": Tally(), "T": Tally(), "both": Tally(), "T+object": Tally()}
    shown = 0
    table = LossTable()
    coded = run(pipe, list(texts))["both"]  # the rules decided by the classifier, as extracted
    for i, (s, offs, evs) in enumerate(zip(sents, offsets, coded, strict=True)):
        part = "check" if i in check else "tune"
        parties = main_parties(evs)
        wrong = False
        for role in ("S", "T"):
            pred = tokens_of(offs, parties[role])
            gold = {k for k, (_, tag) in enumerate(s) if tag.endswith("-" + role)}
            for t in (tallies[role], tallies["both"]):
                t.add(part, len(pred & gold), len(pred - gold), len(gold - pred))
            wrong = wrong or pred != gold
            if role == "T" and losses and part == "tune":
                main = main_event(evs)
                table.add([t for t, _ in s], [tag for _, tag in s], pred,
                          tokens_of(offs, parties["S"]), len(evs), bool(main and main.object))
            if role == "T":
                pred |= tokens_of(offs, objects_of(texts[i], evs))
                tallies["T+object"].add(part, len(pred & gold), len(pred - gold),
                                        len(gold - pred))
        if errors and wrong and part == "tune" and shown < errors:
            shown += 1
            gold_s = " ".join(t for t, tag in s if tag.endswith("-S"))
            gold_t = " ".join(t for t, tag in s if tag.endswith("-T"))
            print(f"  [{i}] {texts[i]}\n      gold S={gold_s!r} T={gold_t!r}; got "
                  f"S={[a.text for a in parties['S']]!r} T={[a.text for a in parties['T']]!r}")
    n_check = sum(1 for i in range(len(sents)) if i in check)
    print(f"source/target token F1: tune {tallies['both'].f1('tune'):.3f} | check "
          f"{tallies['both'].f1('check'):.3f}  (source {tallies['S'].f1('tune'):.3f} | "
          f"{tallies['S'].f1('check'):.3f}, target {tallies['T'].f1('tune'):.3f} | "
          f"{tallies['T'].f1('check'):.3f}; n={len(sents) - n_check} | {n_check} sentences)")
    extra = tallies["T+object"]
    print(f"  not the official figure: target F1 counting the object (a thing or place acted "
          f"on) of an event with no recipient as its target: tune {extra.f1('tune'):.3f} | "
          f"check {extra.f1('check'):.3f}")
    print("  published (all sentences): ConfliBERT 0.745, BERT 0.723")
    if losses:
        print("\n".join(table.lines()))
    if veto is not None:
        vetoed(sents, offsets, texts, check, coded, veto_off(pipe, list(texts)), veto)


def _code(actor: dict | None) -> str:
    code = (actor or {}).get("code") or NONE
    code = CAMEO_TO_ISO.get(code, code)
    return NONE if code in NOT_COUNTRIES else code


def _actors(rec: dict, role: str) -> list[dict]:
    value = rec.get(role)
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def gold_triples(rec: dict) -> set[tuple[str, str, str]]:
    sources = [_code(a) for a in _actors(rec, "source")] or [NONE]
    targets = [_code(a) for a in _actors(rec, "target")] or [NONE]
    return {(s, t, rec["event"]) for s in sources for t in targets}


def _country(actor) -> str:
    return (actor.country if actor is not None else None) or NONE


def _matches(p: tuple, q: tuple) -> bool:
    return p[:2] == q[:2] and p[2] in ROOTS[q[2]]


def error_classes(pred: set, gold: set) -> Counter:
    """The kinds of a sentence's triple errors: a gold triple missed or a produced one wrong,
    classed by what a produced (or gold) triple shares with the other side: the country pair
    (the root is wrong), the actor's country and the root (the recipient's country is wrong),
    the recipient's country and the root (the actor's), else a triple missing or extra."""
    kinds: Counter = Counter()
    for side, mine, other in (("missed", gold, pred), ("wrong", pred, gold)):
        for t in mine:
            if any(_matches(t, o) if side == "wrong" else _matches(o, t) for o in other):
                continue
            roots = [(o, o[2] in ROOTS[t[2]] if side == "missed" else t[2] in ROOTS[o[2]])
                     for o in other]
            if any(o[:2] == t[:2] for o in other):
                kinds[f"{side}: root wrong"] += 1
            elif any(o[0] == t[0] and same for o, same in roots):
                kinds[f"{side}: recipient country wrong"] += 1
            elif any(o[1] == t[1] and same for o, same in roots):
                kinds[f"{side}: actor country wrong"] += 1
            else:
                kinds["missing" if side == "missed" else "extra"] += 1
    return kinds


def gsr(pipe: Pipeline, data: Path, errors: int,
        classes: bool = False) -> None:
    recs = [g for g in json.loads((data / "plover/PLOVER_GSR_CAMEO.txt").read_text("utf-8"))
            if g.get("text") and g.get("event") in ROOTS]
    recs = [g for g in recs if any(c != NONE for s, t, _ in gold_triples(g) for c in (s, t))]
    check = check_ids(data, "plover/PLOVER_GSR_CAMEO.txt (id)")
    results = [r.events for r in pipe.process(
        [Article(doc_id=g["id"], text=g["text"], pubdate=g.get("date"))
         for g in recs])]
    triple, pairs, kinds = Tally(), Tally(), Counter()
    pair_right = {"tune": [0, 0], "check": [0, 0]}
    shown = 0
    for g, evs in zip(recs, results, strict=True):
        part = "check" if g["id"] in check else "tune"
        gold = gold_triples(g)
        evs = [e for e in evs if e.status != "negated"]
        pred = {(_country(e.source), _country(e.target), e.cameo_root) for e in evs}
        hit = {p for p in pred if any(_matches(p, q) for q in gold)}
        matched_gold = {q for q in gold if any(_matches(p, q) for p in pred)}
        triple.add(part, len(hit), len(pred) - len(hit), len(gold) - len(matched_gold))
        if part == "tune":
            kinds += error_classes(pred, gold)
        gold_pairs = {q[:2] for q in gold}
        pred_pairs = {p[:2] for p in pred}
        pairs.add(part, len(pred_pairs & gold_pairs), len(pred_pairs - gold_pairs),
                  len(gold_pairs - pred_pairs))
        main = main_event(evs)
        pair = (_country(main.source), _country(main.target)) if main else (NONE, NONE)
        pair_right[part][0] += pair in gold_pairs
        pair_right[part][1] += 1
        if errors and part == "tune" and pair not in gold_pairs and shown < errors:
            shown += 1
            print(f"  [{g['id']}] {g['text']}\n      gold {sorted(gold, key=str)}; "
                  f"got {sorted(pred, key=str)} "
                  f"main S={main.source.text if main and main.source else None!r} "
                  f"T={main.target.text if main and main.target else None!r}")
    acc = {p: pair_right[p][0] / max(1, pair_right[p][1]) for p in pair_right}
    n = {p: pair_right[p][1] for p in pair_right}
    print(f"GSR (source country, target country, cameo_root) F1: tune {triple.f1('tune'):.3f} | "
          f"check {triple.f1('check'):.3f}  (n={n['tune']} | {n['check']} sentences naming "
          f"countries)")
    print(f"GSR country pairs F1: tune {pairs.f1('tune'):.3f} | check {pairs.f1('check'):.3f}; "
          f"main event's pair right: tune {acc['tune']:.3f} | check {acc['check']:.3f}")
    print("  TABARI on held-out wire sentences (root + countries): 0.44")
    if classes:
        print("  tune triple errors by kind: " + ", ".join(f"{k} {n}"
                                                         for k, n in kinds.most_common()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--only", default="", help="comma list: ner,gsr")
    ap.add_argument("--errors", type=int, default=0, help="print up to N tune-part errors")
    ap.add_argument("--losses", action="store_true",
                    help="class the tune part's target errors (target_losses.py)")
    ap.add_argument("--vetoed", type=int, default=None, metavar="N",
                    help="the token F1 with the class veto off, and up to N tune sentences "
                         "whose main parties the veto changes")
    ap.add_argument("--classes", action="store_true",
                    help="class the tune part's GSR triple errors (root, actor country, "
                         "recipient country wrong; missing; extra)")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"data folder {args.data} not found")
    pipe = Pipeline()
    only = set(args.only.split(",")) if args.only else {"ner", "gsr"}
    if "ner" in only:
        source_target(pipe, args.data, args.errors, args.losses, args.vetoed)
    if "gsr" in only:
        gsr(pipe, args.data, args.errors, args.classes)


if __name__ == "__main__":
    main()
