"""Merges: verb and noun mentions of one act become one event ("carried out a raid", "agreed to
lift the curfew", "artillery shells struck a camp", "killed in an air strike")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..datafiles import per_overlay, table_rows
from ..deps import prep_objects
from ..errors import DataFileError
from ..wordclasses import word_class
from .casualties import cause_of, is_casualty
from .lexicon import PLOVER_TYPES, Lexicon
from .nouns import light_host
from .occasions import own_time
from .senses import ended_gerund, noun_sense
from .words import CONFLICT_TYPES, INJURE, is_kill, is_when

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention


def fold_light_verbs(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                     ) -> tuple[list[tuple[Mention, Token]], set[int]]:
    """Verb mentions that a noun's event stands for, left out, and the light verbs' tokens.

    Objects of light verbs carry the event ("carried out a raid"): the light verb itself is then
    not an event; "threaten a strike" stays a THREATEN (of a strike: :func:`threats_carried`);
    "an air strike hit the town" is one event, the noun's (victim verbs merge later)."""
    # "could order airstrikes": the strikes alone, threatened (the light verb is no second
    # event, whatever the noun's status)
    threat_verbs = {t.i for m, t in verbs if m.sense.event_type == "THREATEN"}
    light_heads = {i for m, tok in nouns if m.construction == "light_verb"
                   and (i := (h.head.head if (h := light_host(tok)).dep_ in ("conj", "pobj")
                              else h.head).i)
                   not in threat_verbs}
    light_heads |= {c.i for m, tok in nouns if m.construction == "light_verb_by"
                    for c in tok.children if c.dep_ == "acl"}
    described = {tok.head.i: m.sense.event_type for m, tok in nouns
                 if m.construction == "noun_subject"}
    verbs = [(m, t) for m, t in verbs if t.i not in light_heads and not (
        described.get(t.i) == m.sense.event_type and not is_kill(t)
        and t.lemma_.lower() not in INJURE)]
    return verbs, light_heads


_HELPING = word_class("helping_verbs")


def helped_acts(verbs: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"helped evacuate the wounded", "was determined to help defend the town": one act, the
    infinitive's (which takes the helper's status), not an AID beside it."""
    acts = {t.i for _, t in verbs}
    return [(m, t) for m, t in verbs if not (t.lemma_.lower() in _HELPING and any(
        c.dep_ == "xcomp" and c.i in acts for c in t.children))]


def concessions_agreed(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                       nouns: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"agreed to lift the curfew", "promised to withdraw": one future concession (CONCEDE),
    not an AGREE as well; "vowed to continue the offensive": one threatened act of conflict,
    not an AGREE as well; agreeing to cooperate stays AGREE."""
    types = {i: m.sense.event_type for i, m in _acts(lex, verbs, nouns).items()}
    agreeing = {t.i: k for k, (m, t) in enumerate(verbs) if m.sense.event_type == "AGREE"}
    out = list(verbs)
    drop: set[int] = set()
    for k, (m, t) in enumerate(verbs):
        host = agreeing.get(t.head.i) if t.dep_ == "xcomp" else None
        if m.sense.event_type == "AGREE" and m.status == "proposed" and host is not None:
            # "promised to meet union leaders": one promise (CAMEO 036) with the recipient,
            # not a second AGREE for the meeting
            hm, ht = out[host]
            out[host] = (replace(hm, target=hm.target or m.target), ht)
            drop.add(k)
    return [(m, t) for k, (m, t) in enumerate(out) if k not in drop and not (
        m.sense.event_type == "AGREE" and any(
            c.dep_ == "xcomp" and types.get(c.i) in _INTENDED
            for c in t.children))]


# Acts whose intent is their own event: promising them is not a second, cooperative one.
_INTENDED = CONFLICT_TYPES | {"CONCEDE", "RETREAT"}


#: What a threat may threaten (PLOVER THREATEN modes).
THREAT_MODES = frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"})
#: What a request asks for or a rejection turns down (the modes PLOVER's REQUEST and REJECT
#: share).
ASK_MODES = frozenset({"assist", "change", "yield", "meet"})


def _mode_table(path: str, column: str, modes: frozenset[str]) -> dict[tuple[str, str], str]:
    """(PLOVER type, mode or ``*``) of an act → the mode of the speech act that carries it."""
    out: dict[tuple[str, str], str] = {}
    for where, (event_type, mode, carried) in table_rows(path, ("event_type", "mode", column)):
        if event_type not in PLOVER_TYPES or carried not in modes:
            raise DataFileError(f"{where}: unknown PLOVER type {event_type!r} or {column} "
                                f"{carried!r} (one of {', '.join(sorted(modes))})")
        out.setdefault((event_type, mode or "*"), carried)
    return out


@per_overlay
def threat_modes() -> dict[tuple[str, str], str]:
    """(PLOVER type, mode or ``*``) of a threatened act → the threat's mode
    (``lexicon/threat_modes.tsv``)."""
    return _mode_table("lexicon/threat_modes.tsv", "threat_mode", THREAT_MODES)


@per_overlay
def ask_modes() -> dict[tuple[str, str], str]:
    """(PLOVER type, mode or ``*``) of an act asked for or refused → the mode of the request
    or rejection (``lexicon/ask_modes.tsv``)."""
    return _mode_table("lexicon/ask_modes.tsv", "ask_mode", ASK_MODES)


def _carried_mode(table: dict[tuple[str, str], str], act: Mention) -> str | None:
    kind = act.sense.event_type
    return table.get((kind, act.sense.mode or "*")) or table.get((kind, "*"))


# The clauses that say what a speech act is about: "threatened to strike", "warned it would
# shell", "the demand that they withdraw" (a noun's).
_CONTENT_CLAUSES = frozenset({"xcomp", "ccomp"})
_NOUN_CONTENT_CLAUSES = _CONTENT_CLAUSES | {"acl"}


def _content(t: Token, acts: dict[int, Mention], objects: dict[int, Mention],
             clauses: frozenset[str] = _CONTENT_CLAUSES) -> Mention | None:
    """The act a speech act's word carries: its clause's, else the noun it takes ("threatened
    a new offensive")."""
    return next((acts[c.i] for c in t.children if c.dep_ in clauses and c.i in acts),
                objects.get(t.i))


def threats_carried(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                    nouns: list[tuple[Mention, Token]]
                    ) -> tuple[list[tuple[Mention, Token]], list[tuple[Mention, Token]]]:
    """"threatened to strike the bases", "warned it would shell the town", "threatened a new
    offensive": one THREATEN event, whose mode is what it threatens (PLOVER's THREATEN modes)
    and whose recipient is the threatened act's when it names none; the act, only threatened,
    is the threat's content, not an event of its own (when a mode can say what it is)."""
    acts = _acts(lex, verbs, nouns)
    objects = {light_host(t).head.i: m for m, t in nouns if m.construction == "light_verb"}
    content: dict[int, Mention] = {}  # the threat verb's index → its act
    for m, t in verbs:
        if m.sense.event_type != "THREATEN":
            continue
        act = _content(t, acts, objects)
        # an act no THREATEN mode names ("threatened to withdraw from the talks") stays its
        # own event, told as threatened: folded, what is threatened would be lost
        if act is not None and act is not m and act.status == "threatened" and \
                (m.sense.mode or _carried_mode(threat_modes(), act)) and \
                not _named_other(t.doc, m, act):
            content[t.i] = act
    return _carry(verbs, nouns, content, threat_modes())


# The speech acts whose content is an act not done, by the status that act then has.
_ASKED = {"REJECT": "negated", "REQUEST": "demanded"}


def asks_carried(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                 nouns: list[tuple[Mention, Token]]
                 ) -> tuple[list[tuple[Mention, Token]], list[tuple[Mention, Token]]]:
    """"refused to release the prisoners", "urged Iran to start talks", "the demand that they
    withdraw": one REJECT or REQUEST event, whose mode is what it turns down or asks for (the
    modes PLOVER's REJECT and REQUEST share) and whose recipient is the act's when it names
    none; the act, refused or only asked for, is its content, not a second event (when a mode
    can say what it is: "refused to register the complaint" keeps the complaint, not made)."""
    acts = _acts(lex, verbs, nouns)
    objects = {light_host(t).head.i: m for m, t in nouns if m.construction == "light_verb"}
    content: dict[int, Mention] = {}
    for m, t in verbs + nouns:
        status = _ASKED.get(m.sense.event_type)
        act = _content(t, acts, objects, _NOUN_CONTENT_CLAUSES) if status else None
        if act is not None and act is not m and act.status == status and \
                _carried_mode(ask_modes(), act):
            content[t.i] = act
    return _carry(verbs, nouns, content, ask_modes())


def _carry(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]],
           content: dict[int, Mention], table: dict[tuple[str, str], str]
           ) -> tuple[list[tuple[Mention, Token]], list[tuple[Mention, Token]]]:
    """The mentions with each speech act (``content``: its word's index → its act) carrying
    its act as its mode and, when it names none, its recipient, and without the act."""
    if not content:
        return verbs, nouns
    gone = {id(a) for a in content.values()}

    def carried(m: Mention, t: Token) -> Mention:
        act = content.get(t.i)
        if act is None:
            return m
        return replace(m, target=m.target or act.target, sense=replace(
            m.sense, mode=m.sense.mode or _carried_mode(table, act)))

    return ([(carried(m, t), t) for m, t in verbs if id(m) not in gone],
            [(carried(m, t), t) for m, t in nouns if id(m) not in gone])


def _named_other(doc: Doc, threat: Mention, act: Mention) -> bool:
    """The act's doer is a party named apart from the threat's maker ("Russia warned that
    Ukraine would attack Crimea"): a warning of another's act, not what the threat threatens
    (unlike "the rebels threatened that they would kill them")."""
    if act.source is None or act.source == threat.source:
        return False
    doer = doc[act.source[0]:act.source[1]]
    return any(w.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for w in doer)


def _acts(lex: Lexicon, verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
          ) -> dict[int, Mention]:
    """The verb tokens that carry an act, and the act: a verb's own, the act a gerund ends
    ("agreed to stop fighting"), a light verb's noun ("agreed to launch an offensive")."""
    acts = {t.i: m for m, t in verbs}
    acts.update({t.head.i: m for m, t in verbs if ended_gerund(lex, t)})
    acts.update({t.head.i: m for m, t in nouns if m.construction == "light_verb"})
    return acts


def agreed_once(verbs: list[tuple[Mention, Token]], nouns: list[tuple[Mention, Token]]
                ) -> list[tuple[Mention, Token]]:
    """"agreed to resume talks": one AGREE, the verb's; the talks are not a second."""
    agreeing = {t.i for m, t in verbs if m.sense.event_type == "AGREE"}
    return [(m, t) for m, t in nouns if not (
        m.construction == "light_verb" and m.sense.event_type == "AGREE"
        and m.status == "proposed" and t.head.dep_ == "xcomp" and t.head.head.i in agreeing)]


def merge_noun_subjects(found: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """"Artillery shells struck a camp": one event, the verb's, with the weapon's mode."""
    verbs = {tok.i: k for k, (m, tok) in enumerate(found) if m.construction == "verb"}
    drop: set[int] = set()
    out = list(found)
    for k, (m, tok) in enumerate(found):
        host = verbs.get(tok.head.i)
        if m.construction != "noun_subject" or host is None:
            continue
        vm, vt = out[host]
        if vm.sense.event_type != m.sense.event_type or is_kill(vt) or \
                vt.lemma_.lower() in INJURE:
            continue
        sense = replace(vm.sense, mode=m.sense.mode or vm.sense.mode,
                        acled_event_type=m.sense.acled_event_type or vm.sense.acled_event_type,
                        acled_sub_event_type=m.sense.acled_sub_event_type
                        or vm.sense.acled_sub_event_type)
        out[host] = (replace(vm, sense=sense, source=m.source), vt)
        drop.add(k)
    return [x for k, x in enumerate(out) if k not in drop]


def instrument_refine(m: Mention, tok: Token, lex: Lexicon) -> Mention:
    """"killed in an air strike", "was hit by an air strike": the verb takes the weapon's mode
    and ACLED sub-type."""
    if m.sense.event_type != "ASSAULT" or m.sense.mode not in (None, "firearms"):
        return m
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    for g in [*prep_objects(tok, ("in", "during", "by", "with")), *agents]:
        found = noun_sense(lex, g)
        if found and found[0].event_type == "ASSAULT" and found[0].mode:
            s = found[0]
            return replace(m, sense=replace(
                m.sense, mode=s.mode, acled_event_type=s.acled_event_type
                or m.sense.acled_event_type,
                acled_sub_event_type=s.acled_sub_event_type
                or m.sense.acled_sub_event_type))
    return m


def covered_tokens(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                   nouns: list[tuple[Mention, Token]], light_heads: set[int]) -> set[int]:
    """Tokens the events found so far stand on: nouns, light verbs, the gerunds that end an
    act, the participles describing a noun's event, the force that caused a death."""
    taken = {tok.i for _, tok in nouns} | light_heads
    taken |= {tok.head.i for _, tok in verbs if ended_gerund(lex, tok)}
    taken |= {c.i for m, tok in nouns if m.construction == "noun_subject"
              for c in tok.children if c.dep_ == "acl"}
    taken |= {c.i for m, tok in verbs if m.sense.event_type == "THREATEN"  # what is threatened
              for c in tok.children if c.dep_ == "xcomp"}
    taken |= {c[0].i for _, tok in verbs
              if is_casualty(tok) and (c := cause_of(tok)) is not None}
    return taken


# How one act's words hang on another's: coordinated ("captured … and captured"), a purpose or
# manner clause ("met to discuss", "renewed the bombardment, attacking"), a reported clause, a
# clause or phrase on its noun ("an attack that killed", "help in storming"), an apposition.
_LINKS = frozenset({"conj", "xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "pobj",
                    "prep", "appos"})
# Statuses that deny the act happened: never one happening with one that says it did.
_NOT_DONE = frozenset({"negated", "denied", "failed"})
# Steps from one trigger up to another's.
_REACH = 4
# What sets a coordinated act at an occasion of its own ("struck again", "later marched") and
# the prepositions of the place it is set at ("in Herat", "outside the embassy").
_OCCASION = word_class("occasion_adverbs")
_PLACE_PREPS = word_class("where_preps_occasion")


def _anchors(doc: Doc, m: Mention) -> set[int]:
    """The tokens that stand for a mention's act: its trigger and, for a noun that a verb
    carries or describes ("carried out a raid", "shells struck"), that verb."""
    tok = doc[m.trigger]
    if m.construction in ("light_verb", "noun_subject"):
        return {tok.i, tok.head.i}
    return {tok.i}


def _path(doc: Doc, lower: Mention, upper: set[int], acts: set[int],
          links: frozenset[str] = _LINKS) -> list[Token] | None:
    """The tokens from ``lower``'s trigger up to one of the ``upper`` tokens when it hangs on
    them through a few links of the grammar and through no other act (``acts``: the triggers
    of the sentence: "having surrendered, implored them to hand over" is three acts), else
    ``None``."""
    tok = doc[lower.trigger]
    path = [tok]
    for _ in range(_REACH):
        if tok.dep_ not in links or tok.head.i == tok.i:
            return None
        tok = tok.head
        path.append(tok)
        if tok.i in upper:
            return path
        if tok.i in acts:
            return None
    return None


def _names_act(lex: Lexicon, path: list[Token], event_type: str) -> bool:
    """Whether the clause at the foot of ``path`` describes a noun that names the upper act
    ("killed in an attack that targeted a shrine"): what it is done to may then be a thing
    or a place beside the victims."""
    if len(path) < 2 or path[0].dep_ not in ("relcl", "acl") or path[1].pos_ != "NOUN":
        return False
    found = noun_sense(lex, path[1])
    return found is not None and found[0].event_type == event_type


def _same_party(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or a == b


def _evidence(m: Mention) -> tuple[bool, bool, bool]:
    """What makes one reading of a happening the better one: its toll, an actual status, an
    attack's own weapon (a named party is no better: the other's is folded in)."""
    return m.fatalities is not None or m.injuries is not None, m.status == "actual", \
        _armed_with(m)


def _armed_with(m: Mention) -> bool:
    """Whether ``m`` is an attack whose words name its weapon ("a Turkish airstrike hit the
    convoy"), not one told by fighting alone (small arms, PLOVER's firearms, by default)."""
    return m.sense.event_type == "ASSAULT" and m.sense.mode not in (None, "firearms")


def _hangs_on(doc: Doc, lex: Lexicon, lower: Mention, upper: Mention, acts: set[int]) -> bool:
    """Whether ``lower`` is another mention of ``upper``'s act: same type, same doer, same
    recipient or none, the same or no denial, and its words hang on the other's ("invaded
    and destroyed", "met to discuss", "an attack that killed"); "arrested X and killed Y"
    and "beat him and beat her" stay two."""
    if lower.sense.event_type != upper.sense.event_type or lower.conjunct or upper.conjunct:
        return False
    if (lower.status in _NOT_DONE) != (upper.status in _NOT_DONE):
        return False
    # modes of other types name distinct acts ("investigated and prosecuted", "arrested and
    # deported"); an attack's name its means, which one attack may combine
    modes = (lower.sense.mode, upper.sense.mode)
    if None not in modes and modes[0] != modes[1] and upper.sense.event_type != "ASSAULT":
        return False
    if not _same_party(lower.source, upper.source) or _two_occasions(doc, lower, upper):
        return False
    path = _path(doc, lower, _anchors(doc, upper), acts)
    if path is None:  # "killed by troops repelling an assault": through the doer named by "by"
        path = _path(doc, lower, _anchors(doc, upper), acts, _LINKS | {"agent"})
        return path is not None and _describes_doer(path)
    return _same_party(lower.target, upper.target) or _names_act(
        lex, path, upper.sense.event_type) or _elaborates(path) or _means(path)


def _means(path: list[Token]) -> bool:
    """Whether a gerund after "by" tells how the act it hangs on was done ("killed three
    civilians by shooting them"): one happening, its recipient named twice."""
    return len(path) == 3 and path[0].dep_ == "pcomp" and path[0].tag_ == "VBG" and \
        path[1].lower_ == "by"


def _elaborates(path: list[Token]) -> bool:
    """Whether a participle clause with no subject of its own tells more of the act it hangs
    on ("renewed their bombardment of the province, attacking the city"): one happening, its
    recipient named twice."""
    low = path[0]
    return len(path) == 2 and low.dep_ == "advcl" and low.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in low.children)


def _describes_doer(path: list[Token]) -> bool:
    """Whether a participle describes the doer or the means named in the "by" phrase of the act
    it hangs on ("killed by troops repelling an assault", "killed by a bomb planted by the
    militia", "killed by gunmen who shot them in the street"): the act of the same kind it
    tells is the one told, no second happening."""
    return len(path) == 4 and path[1].pos_ in ("NOUN", "PROPN") and path[2].dep_ == "agent" and (
        path[0].dep_ == "acl" and path[0].tag_ in ("VBG", "VBN") or path[0].dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")
                for c in path[0].children))  # "killed by gunmen, who shot them"


def _places(doc: Doc, tok: Token, m: Mention) -> set[str]:
    """The places a verb's act is set at or heads for ("in Kabul", "to parliament") and its
    recipient's words, lower case."""
    found = {g.lower_ for g in prep_objects(tok, _PLACE_PREPS) if not is_when(g)}
    if m.target is not None:
        found |= {t.lower_ for t in doc[m.target[0]:m.target[1]] if t.pos_ in ("PROPN", "NOUN")}
    return found


def _two_occasions(doc: Doc, lower: Mention, upper: Mention) -> bool:
    """Whether two coordinated verbs tell two happenings: the second set at another occasion
    ("struck again", "later marched"), each with a date of its own (a date on the last alone
    is both's: "invaded and destroyed the town on Monday"), or each at a place of its own or with a
    recipient of its own ("marched to parliament and demonstrated outside the embassy")."""
    low, up = doc[lower.trigger], doc[upper.trigger]
    if low.dep_ != "conj" or low.head.i != up.i:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _OCCASION for c in low.children) or (
            own_time(low) and own_time(up)):
        return True
    a, b = _places(doc, low, lower), _places(doc, up, upper)
    return bool(a) and bool(b) and not a & b


def _most(a: int | None, b: int | None) -> int | None:
    """One toll told twice: the larger count."""
    return b if a is None else a if b is None else max(a, b)


def _fold(keep: Mention, drop: Mention) -> Mention:
    """``keep`` with what ``drop``, another mention of its act, adds: actor, recipient, toll,
    mode."""
    sense = keep.sense
    if drop.sense.mode and (not sense.mode or _armed_with(drop) and not _armed_with(keep)):
        sense = replace(sense, mode=drop.sense.mode,
                        acled_event_type=sense.acled_event_type or drop.sense.acled_event_type,
                        acled_sub_event_type=sense.acled_sub_event_type
                        or drop.sense.acled_sub_event_type)
    doer = keep if keep.source is not None else drop
    return replace(keep, sense=sense, source=doer.source,
                   source_sector=doer.source_sector or keep.source_sector or drop.source_sector,
                   target=keep.target or drop.target,
                   fatalities=_most(keep.fatalities, drop.fatalities),
                   injuries=_most(keep.injuries, drop.injuries))


def one_per_happening(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """One event per happening in a sentence: of two mentions of one act (see
    :func:`_hangs_on`), the one the other hangs on is kept unless the other is better evidenced
    (:func:`_evidence`), with what the other adds."""
    out = list(mentions)
    acts = {m.trigger for m in mentions}
    gone: set[int] = set()
    for i in range(len(out)):
        for j in range(len(out)):
            if i == j or i in gone or j in gone or not _hangs_on(doc, lex, out[j], out[i],
                                                                    acts):
                continue
            keep, drop = (j, i) if _evidence(out[j]) > _evidence(out[i]) else (i, j)
            out[keep] = _fold(out[keep], out[drop])
            gone.add(drop)
    return [m for n, m in enumerate(out) if n not in gone]
