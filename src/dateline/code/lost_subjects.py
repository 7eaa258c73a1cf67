"""The subject of a verb the parse leaves without one, where the sentence still names it.

- an active verb coordinated with a passive one shares the passive's subject, not its agent
  ("it had been consulted and opposed it": it opposed; "he was questioned by police and
  denied the charge": he denied it), when it has an object of its own; after a comma, a
  verb coordinated with the complement of a verb of saying is the sayer's second act ("X
  said the prisoner should be freed at once, and condemned the transfer": X condemned it);
- a finite verb with no subject in the parse has for subject the noun phrase that ends just
  before it, which the parse hung elsewhere ("At one point Okonjo accused ...", "Peru
  objected and Chile had urged restraint", "northern militias, the Coastal Guard Brigades,
  have fought the rebels"), or, in a sentence whose root the parse made a noun, that noun
  ("Lawyers for the family asked for a hearing"), also after an opener set off by a comma
  ("On Friday, fighters on motorbikes attempted to storm a base": see ``openers``);
- a verb coordinated right after a relative clause, whose parse gives it the subject of the
  clause before, a thing, is the relative clause's second act: "The blockade alarmed Peru,
  which sent warships to the coast, and threatened to seize the port" (Peru threatened); not
  when that subject is an act ("The vote angered Peru, which had backed the plan, and
  threatened the truce": the vote threatened), nor when the noun is the object the verb would
  share for want of a party or an act of its own (the truce).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import children, tags
from ..wordclasses import word_class
from .noun_root_verbs import noun_root_verb
from .openers import OPENERS, opener_end
from .phrases import thing
from .recipient_reduced import reduced_subject
from .words import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["after_relative", "beside_passive", "lost_subject", "orphan_subject"]

_SUBJ = frozenset({"nsubj", "csubj", "nsubjpass", "csubjpass", "expl"})
_SAYING = word_class("speech_verbs_quote")
#: Verbs whose object does what their complement says ("ordered troops to leave").
_OBJECT_CONTROL = word_class("object_control")
#: Nouns of acts, which may themselves be the subject of a verb coordinated after a relative
#: clause ("the vote ... threatened the truce": the vote did).
_EVENT_NOUNS = word_class("of_doer_nouns") | word_class("attack_nouns") | frozenset(
    {"vote", "ballot", "referendum", "election", "ruling", "verdict", "move", "deal"})
#: Parse labels a noun phrase before a subjectless verb has when the parse hung it elsewhere.
_MISHUNG = frozenset({"appos", "conj", "prep", "npadvmod", "dep", "ROOT"})
#: Words a finite verb's subject may be separated from it by ("Russia had also urged").
_BETWEEN = frozenset({"ADV", "AUX", "PART"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: What only an active verb has: an object or a clause ("opposed it", "denied that ...").
_OBJECTS = frozenset({"dobj", "obj", "ccomp", "xcomp", "dative"})
#: Words that are no one.
_NO_ONE = frozenset({"it", "this", "that", "there", "what", "which", "who", "whom"})


def lost_subject(verb: Token, is_passive: Callable[[Token], bool]) -> Token | None:
    """The subject of ``verb`` by either rule of the module, ``None`` when neither applies or
    the word found is no one ("which", "there"; "it" may stand for a party named before)."""
    below, deps = children(verb.doc), tags(verb.doc).deps  # (read as indices: no Token made)
    if deps[verb.i] != "acl" and any(deps[g] in _SUBJ for c in below[verb.i] if deps[c] == "aux"
                                     for g in below[c]):
        return None  # "Britain and France however have opposed": the subject hung on the aux
    lost = beside_passive(verb, is_passive) or orphan_subject(verb) or after_relative(verb) or \
        reduced_subject(verb)  # "Kurds it had backed": it
    return None if lost is None or lost.lower_ in _NO_ONE and lost.lower_ != "it" else lost


def beside_passive(verb: Token, is_passive: Callable[[Token], bool]) -> Token | None:
    """The subject of an active verb coordinated with a passive one that has a subject of its
    own (see the module); ``None`` when ``verb`` is no such verb."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or is_passive(verb) or not is_passive(head) \
            or any(c.dep_ in _SUBJ for c in verb.children) or verb.tag_ not in ("VBZ", "VBP") \
            and not any(c.dep_ in _OBJECTS for c in verb.children):
        return None  # "were run over and killed": a participle the tagger took for a past
    subj = next((c for c in head.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    before = verb.i - 1  # the joining word right before it ("... and opposed it"), not a clause
    while before > head.i and verb.doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1  # "was killed after a missile struck the town" is no second act of the killed
    if subj is None or verb.doc[before].dep_ != "cc":
        return None
    sayer = head.head
    if head.dep_ == "ccomp" and sayer.lemma_.lower() in _SAYING and verb.i >= 2 and \
            verb.doc[verb.i - 1].dep_ == "cc" and verb.doc[verb.i - 2].lower_ == ",":
        return next((c for c in sayer.children if c.dep_ == "nsubj"), None)
    if subj.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
        return head.head
    return subj


def orphan_subject(verb: Token) -> Token | None:
    """The subject of a finite verb that has none in the parse (see the module)."""
    doc = verb.doc
    _, pos, deps, _ = tags(doc)  # (read as indices: no Token made for most verbs)
    if pos[verb.i] != "VERB" or any(deps[c] in _SUBJ or deps[c] in ("agent", "auxpass")
                                    for c in children(doc)[verb.i]):
        return None
    root = verb.sent.root
    if verb.dep_ == "acl":
        # "Lawyers for the family of a boy who died asked for a hearing": a sentence of
        # no other verb, whose verb the parse hangs on the noun before it
        far = verb.i > verb.head.i + 1
        # "raiders on horseback tried to seize": a verb that no passive controls its
        # complement with ("were ordered to leave" may be one)
        trying = verb.lemma_.lower() not in _OBJECT_CONTROL and any(
            c.dep_ == "xcomp" for c in verb.children)
        if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and not any(
                c.dep_ in OPENERS for c in root.lefts if c.i >= opener_end(root)) and (
                noun_root_verb(verb) or (verb.tag_ == "VBD" or far or trying) and any(
                    c.dep_ in ("dobj", "xcomp", "ccomp") or c.dep_ == "prep" and far
                    for c in verb.children)):
            return root
        return None
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or verb.tag_ not in _FINITE and not any(
            c.dep_ == "aux" and c.lower_ != "to" and c.i < verb.i for c in verb.children):
        return None
    i = verb.i - 1
    while i >= verb.sent.start and doc[i].pos_ in _BETWEEN and doc[i].lower_ != "to":
        i -= 1
    if i > verb.sent.start and doc[i].lower_ == "," and doc[i - 1].dep_ == "appos":
        i -= 1  # "militias, the Coastal Guard Brigades, have fought"
    if i < verb.sent.start:
        return None
    tok = doc[i]
    if tok.pos_ not in ("PROPN", "NOUN") or tok.lower_ in _NO_ONE or \
            tok.dep_ not in _MISHUNG and not _second_object(tok) or \
            tok.head.i > verb.i and tok.dep_ != "ROOT":
        return None
    return tok


def after_relative(verb: Token) -> Token | None:
    """The noun a relative clause describes, when ``verb`` is coordinated right after that
    clause with a verb whose subject is a thing (see the module)."""
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJ for c in verb.children) or \
            head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not thing(subj) or subj.lemma_.lower() in _EVENT_NOUNS:
        return None  # "the vote angered X, ..., and threatened the truce": the vote threatened
    doc = verb.doc
    for rel in doc[head.i + 1:verb.i]:
        if rel.dep_ == "relcl" and rel.head.pos_ in ("PROPN", "NOUN") and not thing(rel.head) \
                and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in rel.children) \
                and all(t.dep_ in ("punct", "cc") for t in doc[rel.right_edge.i + 1:verb.i]):
            return None if _acted_on(rel.head, head, verb) else rel.head
    return None


def _acted_on(noun: Token, head: Token, verb: Token) -> bool:
    """Whether ``noun``, the object of ``head``, would be the recipient ``verb`` shares with it:
    ``verb`` has no party of its own to act on and no act of its own to take ("alarmed X, ...,
    and threatened the truce", not "... and threatened to seize the port")."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.i != head.i:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "obj", "dative") and not thing(c) for c in verb.children)


def _second_object(tok: Token) -> bool:
    """Whether a noun is a preposition's second object, which no preposition has: the parse
    took the subject for one ("At one point Okonjo accused")."""
    return tok.dep_ == "pobj" and any(c.dep_ == "pobj" and c.i < tok.i for c in tok.head.children)
