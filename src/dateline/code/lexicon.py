"""Event lexicons kept as data: verb and noun triggers mapped to PLOVER, CAMEO and ACLED.

Files live in ``dateline/data/lexicon``; a user's ``lexicon/verbs.tsv`` or ``lexicon/nouns.tsv``
in a folder of ``DATELINE_DATA_PATH`` (see :mod:`dateline.datafiles`), or directly in the folder
named by ``DATELINE_LEXICON``, has the same columns and its rows are tried before the bundled ones.
``cameo_verbs.tsv``, derived from the CAMEO verb dictionary by ``tools/cameo_verbs.py``, adds the
verbs that no other file lists; ``verbs_first.tsv`` (the columns of ``verbs.tsv``) holds readings
tried before a verb's other rows without replacing the dictionary's ("gained control of the
airport" a seizure, the verb's other senses the dictionary's). ``non_events.tsv`` holds the
constructions in which a verb names no event whatever the other files say of it ("called them
traitors", "came to a head"): its readings are tried first.

A condition is one or more clauses joined by ``;``, all of which must hold; each clause is
``kind=options`` with ``|``-separated options (see the header of ``verbs.tsv``). An option of
several words ("mock attack") is a head with its modifiers; ``&name`` stands for a word set
defined in the same file by a line ``&name<TAB>word|word``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import data_files, describe, per_overlay
from ..errors import DataFileError
from ..wordclasses import word_class

__all__ = ["Sense", "Lexicon", "load_lexicon", "PLOVER_TYPES", "ACLED_SUBTYPES",
           "CONDITION_KINDS", "NOT_AN_EVENT"]

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)

#: ACLED event type → its sub-event types.
ACLED_SUBTYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack",
                                   "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}


#: The type of a reading that is no event ("expressed concern"): it stops the verb's other
#: readings under its condition.
NOT_AN_EVENT = "-"

#: The conditions a sense may set on its context (evaluated by ``code/senses.py``), and whether
#: they take options: the direct object, any object but, a prepositional object, a particle, a
#: preposition, a preposition with its object, the subject, the governing verb of a noun, the
#: passive, a passive subject that is a person or armed, a quarrel in words, an object
#: complement (naming or judging: "called them traitors"), a destination reached (a place, a
#: party or a gathering), a question asked (no infinitive, "that"-clause or "for"), a view
#: stated (a "that"-clause of what is, was or may be so, not of what is to be done), a
#: prediction (such a view, or what will or may befall others, not the speaker's side), an
#: infinitive complement ("sought to flee": the act sought has its own verb), an infinitive
#: complement of one of the verbs named ("vowed to crush them": the act vowed) and one that
#: names no party, place or fight besides (outcome: "vowed to win the vote"), a participle
#: describing a noun ("the forces fighting in the north": who they are, no happening told), a
#: participle clause of another verb (what it led to: "left the town, allowing the convoys to
#: enter"), a past participle describing a noun ("militias backed by Iran": who they are),
#: the speaker's own side's act to come ("insisted it would stay"), a passive
#: infinitive complement of one of the verbs named ("asked not to be named"), a verb negated or
#: only possible, wanted or planned ("were not allowed to", "should be allowed to"), the word
#: opening the verb's clause ("as opposed to"), a possessive on the word itself ("their
#: support for the regime": a party's standing tie), an object the doer's own ("defended its
#: position": the doer's case argued, no act on another party), a clause of the verb opened by
#: one of the words named ("called for the assault to be abandoned"), a noun the subject of
#: one of the verbs named ("its appeal faded": the pull a thing has), an infinitive of the
#: object's own ("rejected a suggestion to hold talks": a thing asked), each noun joined to the
#: object one of the words named ("the findings and recommendations": not all said). A clause
#: written ``!kind`` holds where ``kind`` does not.
CONDITION_KINDS: dict[str, bool] = {
    "obj": True, "objnot": True, "pobj": True, "prt": True, "prep": True, "pp": True,
    "subj": True, "verb": True, "pass": False, "passperson": False, "passarmed": False,
    "verbal": False, "predicative": False, "destination": False, "question": False,
    "statement": False, "prediction": False, "infinitive": False, "describes": False,
    "adjunct": False, "described": False, "own_act": False, "infpass": True, "inf": True,
    "unreal": False, "mark": True, "willclause": False, "poss": False, "ownobj": False,
    "vcomp": False, "clausemark": True, "subjof": True, "unarmed": False, "quarrel": False,
    "outcome": True, "objinf": False, "objand": True,
}


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word, possibly under a condition on its context."""

    lemma: str
    event_type: str
    mode: str | None
    cameo_root: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    condition: str | None = None
    #: the full CAMEO code, where the row gives one ("0841")
    cameo_code: str | None = None

    def with_type(self, event_type: str, cameo_root: str | None) -> Sense:
        return Sense(self.lemma, event_type, self.mode, cameo_root, None, None, self.condition)


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]
    #: verbs that end the event their object names → the particle they need ("" for none)
    ending_verbs: dict[str, str] = field(default_factory=dict)
    #: ended PLOVER type → (new type, mode, CAMEO root)
    endings: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    #: the words a noun trigger can end in: the nouns' keys, and what follows each space in
    #: them ("air strike" ends in "strike"); derived from ``nouns``
    noun_ends: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        ends = {k[i + 1:] for k in self.nouns for i, ch in enumerate(k) if ch == " "}
        object.__setattr__(self, "noun_ends", frozenset(ends | set(self.nouns)))

    def restrained(self, sense: Sense) -> Sense | None:
        """Another's act stopped: a restriction (CAMEO 17), no concession; a threat or danger
        that others pose, ended, is an aim, no act ("to end the threat from the militants")."""
        if sense.event_type == "THREATEN":
            return None
        return Sense(sense.lemma, "COERCE", "restrict", "17", None, None)

    def ended(self, sense: Sense) -> Sense | None:
        """The de-escalation that ending ``sense``'s event amounts to, if any."""
        found = self.endings.get(sense.event_type)
        if found is None:
            return None
        etype, mode, root = found
        return Sense(sense.lemma, etype, mode, root, None, None)


def _condition(text: str, sets: dict[str, str], where: str, seen: dict[str, str]) -> str:
    """A row's condition checked and with its word sets spelled out; equal conditions share
    one string."""
    if text in seen:
        return seen[text]
    clauses = []
    for clause in text.split(";"):
        kind, eq, value = clause.strip().partition("=")
        bare = kind.removeprefix("!")
        if bare not in CONDITION_KINDS:
            raise DataFileError(f"{where}: unknown condition kind {kind!r}")
        if CONDITION_KINDS[bare] != bool(eq and value):
            raise DataFileError(f"{where}: condition {clause!r} "
                                + ("needs options" if CONDITION_KINDS[bare] else "takes none"))
        if bare == "pp" and ":" not in value:
            raise DataFileError(f"{where}: 'pp' needs a preposition and objects ('pp=on:town')")
        words = []
        for opt in value.split("|") if value else ():
            prep, colon, word = opt.rpartition(":")  # "pp=in:&fight": the set after the colon
            if word.startswith("&"):
                if word not in sets:
                    raise DataFileError(f"{where}: undefined word set {word!r}")
                opt = prep + colon + sets[word]
            elif word.startswith("@"):  # "pp=in:@posture_shows": a class of the word classes
                opt = prep + colon + "|".join(sorted(word_class(word[1:])))
            words.append(opt)
        clauses.append(f"{kind}={'|'.join(words)}" if eq else kind)
    seen[text] = ";".join(clauses)
    return seen[text]


def _word_set(row: list[str], sets: dict[str, str], where: str) -> bool:
    """Whether the row defines a word set (``&name<TAB>word|word``), kept in ``sets``."""
    if not row[0].startswith("&"):
        return False
    if len(row) != 2 or not row[1]:
        raise DataFileError(f"{where}: expected '&name<TAB>word|word'")
    sets[row[0].lower()] = row[1].lower()
    return True


def _rows(path: Path) -> Iterator[tuple[str, list[str]]]:
    """The rows of a lexicon file (no header), cells stripped, each with where it was read for
    error messages; blank and comment lines are skipped."""
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield f"{describe(path)} line {lineno}", [c.strip() for c in line.split("\t")]


def _read_senses(path: Path, table: dict[str, list[Sense]],
                 skip: frozenset[str] = frozenset()) -> None:
    """Rows of one lexicon file into ``table``; lemmas in ``skip`` are left to other files."""
    sets: dict[str, str] = {}
    seen: dict[str, str] = {}
    for where, row in _rows(path):
        if row[0].lower() in skip:
            continue
        if _word_set(row, sets, where):
            continue
        row += [""] * (8 - len(row))
        lemma, etype, mode, cameo, acled, acled_sub, cond, code = row[:8]
        if not lemma:
            raise DataFileError(f"{where}: empty lemma")
        if etype not in PLOVER_TYPES and etype != NOT_AN_EVENT:
            raise DataFileError(f"{where}: unknown PLOVER type {etype!r}")
        if cameo and not (cameo.isdigit() and len(cameo) == 2 and 1 <= int(cameo) <= 20):
            raise DataFileError(f"{where}: CAMEO root must be two digits 01-20")
        if acled and acled_sub not in ACLED_SUBTYPES.get(acled, ()):
            raise DataFileError(f"{where}: {acled_sub!r} is not an ACLED sub-type of {acled!r}")
        if code and not (code.isdigit() and code[:2] == cameo and 3 <= len(code) <= 4):
            raise DataFileError(f"{where}: CAMEO code {code!r} must extend the root {cameo!r}")
        table.setdefault(lemma.lower(), []).append(
            Sense(lemma.lower(), etype, mode or None, cameo or None, acled or None,
                  acled_sub or None, _condition(cond, sets, where, seen) if cond else None,
                  code or None)
        )


def _read_endings(path: Path) -> tuple[dict[str, str], dict[str, tuple[str, str | None, str]]]:
    verbs: dict[str, str] = {}
    endings: dict[str, tuple[str, str | None, str]] = {}
    for where, row in _rows(path):
        if row[0] == "verb" and len(row) in (2, 3) and row[1]:
            verbs[row[1].lower()] = row[2].lower() if len(row) == 3 else ""
        elif row[0] == "type" and len(row) == 5:
            _, old, new, mode, root = row
            if old not in PLOVER_TYPES or new not in PLOVER_TYPES:
                raise DataFileError(f"{where}: unknown PLOVER type in {row[1:3]}")
            if not (root.isdigit() and len(root) == 2 and 1 <= int(root) <= 20):
                raise DataFileError(f"{where}: CAMEO root must be two digits 01-20")
            endings[old] = (new, mode or None, root)
        else:
            raise DataFileError(f"{where}: expected 'verb<TAB>lemma[<TAB>particle]' or "
                                "'type<TAB>old<TAB>new<TAB>mode<TAB>root'")
    return verbs, endings


def _read_non_events(path: Path) -> dict[str, list[Sense]]:
    """``non_events.tsv``: lemma, condition, an example; each row a reading that is no event.
    Word sets (``&name<TAB>word|word``) as in the other lexicon files."""
    out: dict[str, list[Sense]] = {}
    seen: dict[str, str] = {}
    sets: dict[str, str] = {}
    for where, row in _rows(path):
        if _word_set(row, sets, where):
            continue
        if len(row) < 2 or not row[0] or not row[1]:
            raise DataFileError(f"{where}: expected 'lemma<TAB>condition<TAB>example'")
        lemma = row[0].lower()
        out.setdefault(lemma, []).append(Sense(lemma, NOT_AN_EVENT, None, None, None, None,
                                               _condition(row[1], sets, where, seen)))
    return out


def _read_words(path: Path) -> set[str]:
    words = path.read_text(encoding="utf-8").split("\n")
    return {w.strip().lower() for w in words if w.strip() and not w.startswith("#")}


@per_overlay
def load_lexicon() -> Lexicon:
    verbs: dict[str, list[Sense]] = {}
    nouns: dict[str, list[Sense]] = {}
    user = os.environ.get("DATELINE_LEXICON")
    for name, table in (("verbs.tsv", verbs), ("nouns.tsv", nouns)):
        if user and (Path(user) / name).is_file():
            _read_senses(Path(user) / name, table)
        for path in data_files(f"lexicon/{name}"):
            _read_senses(path, table)
    ending_verbs: dict[str, str] = {}
    endings: dict[str, tuple[str, str | None, str]] = {}
    for path in reversed(data_files("lexicon/cessation.tsv")):  # the user's rows last: they win
        more_verbs, more_endings = _read_endings(path)
        ending_verbs.update(more_verbs)
        endings.update(more_endings)
    light = frozenset(w for path in data_files("lexicon/light_verbs.txt")
                      for w in _read_words(path))
    # the derived CAMEO verbs only where the project's own files say nothing of a verb
    for path in data_files("lexicon/cameo_verbs.tsv"):
        _read_senses(path, verbs, skip=frozenset(verbs) | light | frozenset(ending_verbs))
    first: dict[str, list[Sense]] = {}
    for path in data_files("lexicon/verbs_first.tsv"):
        _read_senses(path, first)
    for lemma, rows in first.items():
        verbs[lemma] = rows + verbs.get(lemma, [])
    # constructions that are no event, before every reading of the verb
    for path in reversed(data_files("lexicon/non_events.tsv")):
        for lemma, rows in _read_non_events(path).items():
            if lemma in verbs:
                verbs[lemma][:0] = rows
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        light_verbs=light,
        ending_verbs=ending_verbs,
        endings=endings,
    )
