"""The holder of a place struck, as the whole article states it.

The recipient of an act of force is the party it is done to. When the words struck are a place
("bombed Afrin", "an offensive on the enclave", "the capture of the final town") the party is
the side that holds the place, wherever the article says so:

- a participle of holding set before the place: "Isis-held Raqqa", "the rebel-controlled town";
- one set after it: "Douma, a town held by the rebels", "Douma, which is controlled by X";
- control: "Afrin is under the control of the YPG", "Manbij, under Kurdish control";
- a stronghold: "Manbij, the YPG's stronghold", "the rebel stronghold of Douma";
- a party word on a noun of held ground: "the Kurdish enclave of Afrin", "rebel positions";
- a side's fighters in a place or its defenders: "Isis fighters in Baghuz", "the Kurdish
  defenders of Kobani", "the YPG, the defenders of Kobani";
- a verb of holding with a side as its subject and ground as its object: "the YPG holds Afrin",
  "the militia, which controls the town", "the armed groups running the city", "Turkey controls
  Afrin" (not a holding told as over: "held the town until May", "no longer holds it").

A holder said in the words struck themselves counts first; else the latest statement about the
same place's name before the act (else the first after it); a place named by a common noun
("the city") is read as the place the event is located at.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..demonyms import load_demonyms
from ..deps import prep_object
from ..full_names import entity_of
from ..gazetteer import fold
from ..wordclasses import word_class
from .phrases import a_place, thing
from .roles import agent_of
from .words import RELATIVE_PRONOUNS, counted, is_when
from ..tokens import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Holding", "held_ground", "holder_named", "holder_of", "holder_word"]

#: Participles that say who holds a place ("held", "controlled").
_HOLDING = word_class("holding_participles") | {"occupied", "run", "dominated"}
#: The words of a holder a participle of holding set before a place hangs on ("rebel",
#: "Kurdish", "Isis").
HOLDER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod", "advmod"})
#: Participles that say who holds a place only when it is ground (a town, a land, a name:
#: "Isis-run Raqqa"), not an institution another runs ("a government-run hospital").
_RUNNING = frozenset({"run"})
#: Nouns of ground a side holds, which a party word before them names the holder of.
_HELD_GROUND = frozenset({
    "enclave", "stronghold", "bastion", "heartland", "pocket", "territory", "territories",
    "area", "areas", "zone", "zones", "positions", "base", "bases", "capital",
    "outpost", "outposts", "checkpoint", "checkpoints", "camp", "camps", "hideout", "hideouts",
    "redoubt", "enclaves", "strongholds", "convoy", "convoys", "headquarters", "nest", "nests",
    "refuge"})
#: Nouns saying a place is a side's own, which a state's name before them may name too ("the
#: Syrian stronghold"; but "Syrian territory" is only the state's land).
_STRONGHOLDS = frozenset({"stronghold", "strongholds", "bastion", "heartland", "redoubt",
                          "refuge"})
#: Nouns of held ground that are stretches of land, which a state's adjective before them
#: places ("the Syrian enclave of Ghouta" is in Syria), not gives a holder of (as it does of
#: "Turkish positions" or "a Russian base").
_LANDS = frozenset({"enclave", "enclaves", "territory", "territories", "area", "areas", "zone",
                    "zones", "pocket", "heartland"})
#: Nouns of a side's fighters whose place ("Isis fighters in Baghuz") or whose "of" ("the
#: defenders of Kobani") is ground the side holds.
_FIGHTERS = frozenset({"fighters", "militants", "jihadists", "insurgents", "militiamen",
                       "defenders"})
#: Nouns of towns and lands a side's word before them names the holder of ("a rebel town").
_TOWNS = frozenset({"city", "town", "village", "villages", "towns", "cities", "district",
                    "neighbourhood", "neighborhood", "suburb", "suburbs", "region"})
#: Verbs that set a place under a side's control ("is", "remains", "fell").
_BEING = frozenset({"be", "remain", "stay", "fall", "come", "lie"})
#: Verbs whose subject holds the ground that is their object ("the YPG holds Afrin").
_HOLDING_VERBS = frozenset({"hold", "control", "run", "occupy"})
#: Forms of those verbs the holdings are looked for at.
_HOLDING_FORMS = frozenset({"hold", "holds", "held", "holding", "control", "controls",
                            "controlled", "controlling", "run", "runs", "ran", "running",
                            "occupy", "occupies", "occupied", "occupying"})
#: Prepositions that tell a holding as over ("held the town until May").
_UNTIL = frozenset({"until", "till", "untill"})
#: Verbs of leaving whose object is a place left, not arrived at ("fled Mosul").
_LEAVING = frozenset({"flee", "leave", "escape", "quit"})
#: The words a holding is said by (the heads of :func:`_said_at`'s patterns).
_HEAD_WORDS = _HOLDING | _HELD_GROUND | _TOWNS | _HOLDING_FORMS | _FIGHTERS | {"control"}
#: Entity kinds that name a party.
_PARTY_ENTS = frozenset({"NORP", "ORG", "PERSON", "GPE"})
#: Common words for armed sides that hold ground.
_SIDES = word_class("armed") | {"rebel", "rebels", "regime", "opposition", "jihadist",
                                "insurgent", "militant", "militia", "government", "army"}


class Holding(NamedTuple):
    """A statement that a side holds a place: the place's token, its name (lower case; ``""``
    when the place is a common noun) and the holder's first and last token."""
    place: int
    name: str
    holder: tuple[int, int]


def _name(tok: Token) -> str:
    """The lower-case name a place token stands for: its own proper name with its compounds,
    a name it is apposed to ("Afrin, a Kurdish enclave"), or the name of its "of" phrase ("the
    city of Afrin"); ``""`` for none."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        start = min((c.i for c in tok.lefts if c.dep_ in ("compound", "amod")
                     and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC"))), default=tok.i)
        return tok.doc[start:tok.i + 1].text.lower()
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return _name(tok.head)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = prep_object(c)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in ("GPE", "LOC")):
                return _name(pobj)
        if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC")):
            return _name(c)
    return ""


def _party_word(tok: Token) -> bool:
    """Whether a modifier names a side: a group's or a people's name, or a word for armed
    sides ("rebel", "regime", "Isis", "Kurdish")."""
    return tok.ent_type_ in _PARTY_ENTS or tok.lower_ in _SIDES or (
        tok.pos_ == "PROPN" and not a_place(tok))


def _of_side(tok: Token) -> Token | None:
    """The side an "of" phrase on a noun of held ground names ("the final refuge of the
    militia", "a stronghold of the rebels"), as a possessor would ("the militia's refuge");
    not a place ("the stronghold of Douma" names the ground itself) unless a known
    organisation's name."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    side = prep_object(of) if of is not None else None
    if side is None or not (_party_word(side) or _organisation(side)):
        return None
    return side if not held_ground(side) or _organisation(side) else None


def _organisation(tok: Token) -> bool:
    """Whether a name the gazetteer may read as a place is an organisation the actor
    dictionary knows ("Isis")."""
    from ..actor_dictionary import load_dictionary

    return " ".join(t.lower_ for t in entity_of(tok) if t.lower_ != "the") in \
        load_dictionary().organisations


def _words(tok: Token) -> tuple[int, int]:
    """The words of a holder: the token with its compounds and determiner, and a possessor in
    its name ("the People's Protection Units")."""
    start = min((c.i for c in tok.lefts if c.dep_ in ("compound", "det", "amod") or c.dep_ ==
                 "poss" and c.ent_type_ and tok.ent_iob_ == "I" and c.ent_type_ == tok.ent_type_),
                default=tok.i)
    return start, tok.i + 1


def held_ground(tok: Token) -> bool:
    """Whether a noun can name ground a side holds: a place's word or name, or held ground."""
    return tok.ent_type_ not in ("PERSON", "ORG", "NORP") and (
        a_place(tok) or tok.lower_ in _HELD_GROUND or tok.ent_type_ in ("GPE", "LOC", "FAC")
        or tok.pos_ in ("NOUN", "PROPN") and bool(_name(tok)))  # "the suburb of Douma"


def _run_ground(tok: Token) -> bool:
    """Whether a place "run" by a side is ground it holds: a town's or land's word, held
    ground or a name ("Isis-run Raqqa", "a rebel-run town"), not a hospital or a school."""
    return tok.lower_ in _TOWNS or tok.lower_ in _HELD_GROUND or bool(_name(tok))


def holder_word(part: Token) -> Token | None:
    """The word of the side a participle of holding names: the modifier of one set
    before the place ("the rebel-held enclave", "Isis-controlled villages"), else the object of
    the "by" of one set after it ("the town, held by the militia", "which is controlled by X");
    ``None`` for none, or a time ("held by midnight")."""
    if part.dep_ == "amod":
        return next((c for c in part.children if c.dep_ in HOLDER_DEPS and c.i < part.i), None)
    by = agent_of(part)
    return None if by is None or is_when(by) else by


def _holding_verb(tok: Token) -> Holding | None:
    """The holding an active verb of holding states: its subject (the noun a relative clause
    or a participle is set on, for "which controls", "the groups controlling") holds its
    object, when the subject is a side (a state too, not another place), the object ground and
    the holding not told as over."""
    from ..actor_dictionary import load_dictionary

    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HOLDING_VERBS or any(
            c.dep_ in ("auxpass", "nsubjpass", "neg") for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("acl", "relcl") or subj is not None and \
            subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        subj = tok.head
    if obj is None or subj is None or not (_party_word(subj) or any(  # "armed groups"
            c.dep_ in ("amod", "compound") and (_party_word(c) or c.lower_ == "armed")
            for c in subj.children)) or \
            held_ground(subj) and _name(subj) not in load_dictionary().countries or \
            not held_ground(obj) or tok.lemma_.lower() == "run" and not _run_ground(obj) or \
            _told_over(tok):
        return None
    return Holding(obj.i, _name(obj), _words(subj))


def _told_over(verb: Token) -> bool:
    """Whether a verb of holding tells the holding as over: "held the town until May", "until
    it fell", "before it fell", "no longer holds", "from 2012 to 2018", "before 2018"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _UNTIL or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _UNTIL | {"before"} for m in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(
                n.lower_ == "no" for n in c.children):
            return True
        if c.dep_ == "prep" and (c.lower_ in ("to", "before") and _dated(c) or c.lower_ == "from"
                                 and any(g.dep_ == "prep" and g.lower_ in ("to", *_UNTIL)
                                         and _dated(g) for g in c.children)):
            return True
    return False


def _dated(prep: Token) -> bool:
    """Whether a preposition's object is a date ("to 2018", "to May"), a year's number too."""
    obj = prep_object(prep)
    return obj is not None and (obj.ent_type_ == "DATE" or obj.shape_ == "dddd")


def _fighters_in(tok: Token) -> Holding | None:
    """The holding a side's fighters in a town or its defenders state: "Isis fighters in
    Baghuz", "the Kurdish defenders of Kobani", "the YPG, the defenders of Kobani"; the side is
    a group's or a people's word (not a state's adjective), the place a name (not a
    country's)."""
    from ..actor_dictionary import load_dictionary

    preps = ("of",) if tok.lower_ == "defenders" else ("in", "inside")
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps), None)
    place = prep_object(prep) if prep is not None else None
    if place is None or not _name(place) or _name(place) in load_dictionary().countries:
        return None
    side = next((c for c in tok.children if c.dep_ in ("compound", "amod", "poss")
                 and c.i < tok.i and (_party_word(c) or _organisation(c))
                 and c.lower_ not in _state_words()), None)
    if side is None and tok.dep_ == "appos" and tok.lower_ == "defenders" and (
            _party_word(tok.head) or _organisation(tok.head)):
        side = tok.head  # "the YPG, the defenders of Kobani"
    return None if side is None else Holding(place.i, _name(place), _words(side))


def _said_at(tok: Token) -> list[Holding]:
    """The holdings a token states, as the head of one of the patterns in the module's
    docstring."""
    out: list[Holding] = []
    low = tok.lower_
    held = _holding_verb(tok) if low in _HOLDING_FORMS else None
    if held is not None:  # "the YPG holds Afrin"
        out.append(held)
    elif low in _HOLDING and tok.dep_ == "amod":  # "Isis-held Raqqa"
        by = holder_word(tok)
        if by is not None and _party_word(by) and held_ground(tok.head) and (low not in _RUNNING
                                                     or _run_ground(tok.head)):
            out.append(Holding(tok.head.i, _name(tok.head), _words(by)))
    elif low in _HOLDING and tok.dep_ in ("acl", "relcl", "ROOT", "conj") and tok.tag_ == "VBN":
        place = tok.head if tok.dep_ in ("acl", "relcl") else next(
            (c for c in tok.children if c.dep_ == "nsubjpass"), None)
        by = holder_word(tok)
        if place is not None and by is not None and _party_word(by) and held_ground(place) and (
                low not in _RUNNING or _run_ground(place)):
            for noun in (place, place.head if place.dep_ == "appos" else place):
                out.append(Holding(noun.i, _name(noun), _words(by)))
    elif low == "control" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        by = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                   and _party_word(c)), None)
        if by is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            by = prep_object(of) if of is not None else None
        where = tok.head.head
        place = where if where.pos_ in ("NOUN", "PROPN") else next(
            (c for c in where.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if where.lemma_ in _BEING else None
        if by is not None and place is not None and _party_word(by) and held_ground(place):
            out.append(Holding(place.i, _name(place), _words(by)))
    elif low in _HELD_GROUND and tok.pos_ == "NOUN":  # "the YPG's stronghold", "rebel positions"
        by = next((c for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                   and c.i < tok.i and _party_word(c)), None) or _of_side(tok)
        if by is not None and not (by.ent_type_ == "GPE" and low not in _STRONGHOLDS) and not (
                low in _LANDS and by.lower_ in _state_words()):  # "the Syrian enclave": where
            out.append(Holding(tok.i, _name(tok), _words(by)))
            if tok.dep_ == "appos":  # "Manbij, the YPG's stronghold"
                out.append(Holding(tok.head.i, _name(tok.head), _words(by)))
    elif low in _FIGHTERS and tok.pos_ == "NOUN":  # "Isis fighters in Baghuz"
        held = _fighters_in(tok)
        if held is not None:
            out.append(held)
    elif low in _TOWNS and tok.pos_ == "NOUN":  # "the Kurdish city of Afrin", "a rebel town"
        by = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                   and _party_word(c) and c.ent_type_ != "GPE"
                   and c.lower_ not in _state_words()), None)
        if by is not None:  # (not "the Syrian city of Aleppo": a state's land, not a side's)
            out.append(Holding(tok.i, _name(tok), _words(by)))
    return out


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The adjectives of states ("Syrian"), which name a country, not a side holding a town."""
    return frozenset(w.lower() for w, _ in load_demonyms("actors"))


def _told_name(place: Token) -> str:
    """The name a definite town's noun with no name of its own stands for ("heading into
    Afrin to defend the besieged Kurdish city"): the latest name of a place before it in its
    sentence that is no country's (a city is none), unless that name is a place the sentence
    leaves; ``""`` for none."""
    from ..actor_dictionary import load_dictionary

    if place.lower_ not in _TOWNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in place.children):
        return ""
    countries = load_dictionary().countries
    for tok in reversed(place.doc[place.sent.start:place.i]):
        if tok.ent_type_ in ("GPE", "LOC") and tok.pos_ == "PROPN":
            if _left(tok):
                return ""  # "moved from Mosul to the rebel city": another town
            name = " ".join(t.lower_ for t in entity_of(tok) if t.lower_ != "the")
            if name not in countries:
                return name
    return ""


def _left(tok: Token) -> bool:
    """Whether a place's name is one the sentence leaves ("from Mosul", "out of Mosul", "fled
    Mosul"), not the town it arrives at."""
    head = tok.head
    return tok.dep_ == "pobj" and (head.lower_ == "from" or head.lower_ == "of"
                                   and head.head.lower_ == "out") or \
        tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in _LEAVING


def _copula_subject(place: Token) -> Token | None:
    """The named place a noun of held ground is said to be ("Afrin is a rebel-held town"): the
    subject of the verb "be" the noun completes, when it is a place's name."""
    verb = place.head
    if place.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _name(subj) else None


def holdings(doc: Doc) -> list[Holding]:
    """Every statement in the document that a side holds a place, in text order; found once
    per document."""
    found = doc.user_data.get("dateline_holdings")
    if found is None:
        lowers = words(doc).lowers  # (a Token made for the words of a holding only)
        found = [h for i, low in enumerate(lowers) if low in _HEAD_WORDS for h in _said_at(doc[i])]
        found += [Holding(subj.i, _name(subj), h.holder) for h in found
                  if (subj := _copula_subject(doc[h.place])) is not None]
        found = [h if h.name else h._replace(name=_told_name(doc[h.place])) for h in found]
        found.sort(key=lambda h: h.place)
        doc.user_data["dateline_holdings"] = found
    return found


def holder_of(doc: Doc, struck: tuple[int, int], where: str | None) -> tuple[int, int] | None:
    """The words of the side holding the place the words ``struck`` name: one said in those
    words, else in the article for the same place's name (``where``, the event's place, for a
    common noun such as "the city"); ``None`` when none or more than one side is said."""
    said = holdings(doc)
    root = counted(doc[struck[0]:struck[1]].root)
    up = root.head.head if root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" else root
    own = [h for h in said if (struck[0] <= h.place < struck[1] or h.place == up.i)
           and not (struck[0] <= h.holder[0] < struck[1] and h.holder[1] > struck[1])]
    if own:  # "Isis-held Raqqa", "rebel positions in Idlib"
        return own[0].holder
    if thing(root) and not held_ground(root):
        return None
    name = _name(root)
    if not name and (root.lower_ in _TOWNS or root.lower_ in _HELD_GROUND):  # "the city"
        # (not a building in the town: "hit the hospital" is not done to the town's holder)
        sent = root.sent
        told = [h for h in said if h.name and sent.start <= h.place < struck[0]]
        name = told[-1].name if told else (where or "").lower()
    return holder_named(doc, name, struck[0])


def holder_named(doc: Doc, name: str, before: int) -> tuple[int, int] | None:
    """The words of the side the article says holds the place named ``name`` (or the place the
    gazetteer reads the name as: "Kobani" is "‘Ayn al ‘Arab"): the latest statement before the
    token ``before``, else the first after it; ``None`` when none or more than one side (one
    side under two names, "the YPG" and "the People's Protection Units", is one) is said to
    hold it."""
    name = fold(name)  # the gazetteer's key: "‘Afrīn" as "afrin"
    if not name:
        return None
    said = holdings(doc)
    where = _place_id(name)
    same = [h for h in said if h.name and (
        (plain := fold(h.name)) == name or plain.endswith(" " + name)
        or name.endswith(" " + plain) or where is not None and _place_id(plain) == where)]
    sides = {_side_key(doc[h.holder[0]:h.holder[1]]) for h in same}
    if len(sides) != 1:
        return None  # none, or sides that took it from each other: no one holder
    earlier = [h for h in same if h.place < before]
    return (earlier[-1] if earlier else same[0]).holder


@lru_cache(maxsize=1024)
def _place_id(name: str) -> int | None:
    """The gazetteer's id of the town a place's name stands for; ``None`` for none, or a
    country's or a region's."""
    from ..toponyms import resolve_name

    place = resolve_name(name)
    return place.geonameid if place is not None and place.precision == 1 else None


def _side_key(words: Span) -> str:
    """The side a holder's words name: the actor dictionary's name of the organisation they or
    their root's entity are ("YPG" and "the People's Protection Units" are one), else the
    lemma of the words' root."""
    from ..actor_dictionary import load_dictionary

    root = words.root
    text = (entity_of(root) if root.ent_type_ else words).text.lower()
    text = text[4:] if text.startswith("the ") else text
    known = load_dictionary()
    org = known.organisations.get(text)
    if org is not None:
        return org.name.lower()
    return text if text in known.organisation_names else root.lemma_.lower()
