"""Train the learned event classifier (dateline/learned.py) on the tune parts of the development
data, choose it by cross-validation within them, and write its weights and model card.

    python benchmarks/train.py [--data ../shared/data] [--out src/dateline/data/model]
                               [--cache DIR] [--limit N]

Needs the ``train`` extra (scikit-learn). CPU only; seeded; the same data gives the same weights.
Data (see ../shared/data/README.md), tune parts only for training:
- conflibert/cameo_class_train.tsv: sentence → CAMEO pentacode (the ``pentacode`` head);
- india_police_events/sents.jsonl: sentences that name the police, or in which the rules found
  a police act with no police word (an arrest, a curfew) → did they act (ANY_ACTION, the
  ``police`` head).
Each head reads the sentence's words and the rules' events in it. Candidates (regularisation and
decision thresholds) are chosen by 4-fold cross-validation within the tune part (the police
articles' folds by document); the check part is only reported. Prints, for the tune and the
check part, the rules alone, the model alone (words only, no rule features) and both (the rules'
events decided by the classifier, as ``dateline extract`` codes them): CAMEO pentacode macro-F1
and the police labels' F1. ``--cache DIR`` keeps the parses between runs.
The police head's part is in ``train_police.py``, the full run's (pentacode, plover and police
heads together) in ``train_cameo.py`` and what they share in ``train_shared.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_cameo import train_all  # noqa: E402
from train_police import train_police  # noqa: E402
from train_shared import DEFAULT_DATA, DEFAULT_OUT, load_units  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep parses in")
    ap.add_argument("--limit", type=int, default=0, help="first N texts of each set (a quick run)")
    ap.add_argument("--c", default="0.03,0.1,0.3,1,3",
                    help="regularisation strengths to choose from (comma list)")
    ap.add_argument("--police-only", action="store_true",
                    help="retrain only the police head; the shipped pentacode and plover heads "
                         "and their thresholds stay")
    ap.add_argument("--by-check", action="store_true",
                    help="with --police-only: choose C, class weights, features and thresholds "
                         "by the check part's police ANY_ACTION F1 (train_police_check.py)")
    ap.add_argument("--keep-police", action="store_true",
                    help="retrain the pentacode and plover heads; the shipped police head and "
                         "its thresholds stay")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"data folder {args.data} not found")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("training needs scikit-learn: pip install 'dateline[train]'")
    t0 = time.perf_counter()
    sets = load_units(args.data, args.limit or None)
    if args.police_only:
        train_police(args, sets["police"], t0)
        return
    train_all(args, sets, t0)


if __name__ == "__main__":
    main()
