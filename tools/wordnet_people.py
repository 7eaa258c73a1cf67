"""Write ``src/dateline/data/lexicon/person_nouns.txt``: the common nouns whose most frequent
WordNet 3.0 sense is a kind of person ("teenager", "schoolgirl", "bishop", "dissident").

    python tools/wordnet_people.py [--wordnet /usr/share/wordnet]

WordNet's data files (Debian's ``wordnet-base``) are read directly: the noun synsets under
``person.n.01`` by hypernym links (not instance links: named people are the actor
dictionary's), then each single-word, lower-case lemma of ``index.noun`` whose first sense is
among them, when that sense is its only one or the most frequent in WordNet's tagged texts.
The list tells a party from a thing when an act's object is no known actor word.
"""

from __future__ import annotations

import argparse
from pathlib import Path

PERSON = "00007846"  # person.n.01
OUT = Path(__file__).resolve().parents[1] / "src/dateline/data/lexicon/person_nouns.txt"
NOTICE = """\
# Nouns whose most frequent sense is a kind of person, derived from WordNet 3.0 by
# tools/wordnet_people.py. WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# this copyright notice and these statements appear in all copies. THIS SOFTWARE AND DATABASE
# IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS
# OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database.
"""


def hyponyms(data: Path) -> dict[str, list[str]]:
    """Each noun synset's hyponyms (``~`` pointers; instance pointers left out)."""
    below: dict[str, list[str]] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, n_words = fields[0], int(fields[3], 16)
        at = 4 + 2 * n_words
        n_ptrs = int(fields[at])
        ptrs = fields[at + 1: at + 1 + 4 * n_ptrs]
        below[offset] = [ptrs[k + 1] for k in range(0, len(ptrs), 4) if ptrs[k] == "~"]
    return below


def people(wordnet: Path) -> list[str]:
    below = hyponyms(wordnet / "data.noun")
    seen, todo = {PERSON}, [PERSON]
    while todo:
        for h in below.get(todo.pop(), []):
            if h not in seen:
                seen.add(h)
                todo.append(h)
    words = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, n_senses = fields[0], int(fields[2])
        tagged = int(fields[-n_senses - 1])  # senses seen in WordNet's tagged texts
        if not lemma.isalpha() or not lemma.islower() or len(lemma) < 3:
            continue
        # the first sense, when it is the only one or the most frequent in the tagged texts
        # (an untagged word's senses are in no order: "fossil", "holdout")
        if fields[-n_senses] in seen and (n_senses == 1 or tagged > 0):
            words.append(lemma)
    return sorted(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    words = people(args.wordnet)
    OUT.write_text(NOTICE + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns written to {OUT}")


if __name__ == "__main__":
    main()
