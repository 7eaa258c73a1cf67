"""Actor and recipient of a predicate from the dependency parse: active and passive voice, "by"
agents, "at the hands of", relative clauses, participle modifiers, coordination, control verbs
(the controller's subject or object), and participial adjuncts ("…, killing two soldiers"); the
party a munition or fire is aimed or set to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_object, prep_objects, subject
from ..tokens import children, ent_types, fine_tags, heads, per_token, tags, words as doc_words
from .appraisals import judged_doer, judged_owner
from .asked import asking_clause, permitted
from .backed_acts import backed_doer
from .contacts import contacted
from .issuers import issuer_of, issuer_said
from .lost_subjects import lost_subject
from .noun_root_verbs import noun_root_verb
from .phrase_parties import deal_made_with, meeting, party_in, venue, where_not_whom
from .concerns import ABOUT_SOMEONE, AGAINST_AUTHOR, VOICED, concerned, party_word
from .makers import with_made
from .nearby import struck_near
from .owners import struck_owner
from .phrases import (condition, doer_in_modifier, doer_word as _doer, named_doer, np_span,
                      taken_from, thing, took_place)
from .role_asked_nouns import asked_in_noun
from .recipient_actives import acts_on_people, controlled
from .recipient_sayers import addressed_it, said_it
from .recipient_stranded import bare, stranded_party
from .recipient_destinations import gone_words
from .recipient_preps import party_preps
from .recipient_reduced import reduced_object
from .recipient_shifted import shifted_objects
from .recipient_relatives import bare_relative, complement_gap, nearest_subject
from .recipient_persuaded import persuader
from .recipient_requests import asked, asker
from .recipient_warned import warned_party
from .recipient_tags import not_a_noun, passive_in_series
from .role_datives import dative_party
from .sent_for import helped_party, own_people_sent
from .shared_objects import conjunct_agent, left_party, raised_object, up_to
from .words import (ARMED, DOCUMENTS as _DOCUMENTS, OWNERS, RELATIVE_PRONOUNS, TARGET_PREPS,
                    WRITING_TO as _WRITING, agent_words, counted, is_when, relative_antecedent)
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["np_span", "subject_of", "object_of", "agent_of", "is_passive", "bare_clause", "is_when",
           "party_in", "agent_words", "RELATIVE_PRONOUNS", "POSSESSIVE_PRONOUNS", "concerned",
           "thing", "shared_with", "doer_in_modifier", "own_claim", "condition", "with_made",
           "meeting", "venue", "gone_words"]

_SUBJ, _PASS = frozenset({"nsubj", "csubj"}), frozenset({"nsubjpass", "csubjpass"})
_SAYING, _REPLIES = word_class("speech_verbs_quote"), word_class("speaker_replies")
#: Verbs whose object controls the complement ("ordered troops to attack": troops attack), and
#: of contacting someone, whose purpose is the contacter's act (see ``contacts``).
_OBJECT_CONTROL, _CONTACTING = word_class("object_control"), word_class("contact_verbs")
#: Entity labels of what is named or counted but is no one.
_NOT_ACTORS = frozenset({"it", "this", "that", "which", "what", "there", "something", "anything",
                         "everything", "nothing", "who", "whom"})


@per_token
def bare_clause(verb: Token) -> bool:
    """A verb with no subject or auxiliary of its own: a participle that hangs on a noun or verb."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


@per_token  # asked of most verbs many times over
def is_passive(verb: Token) -> bool:
    doc, i = verb.doc, verb.i  # read from the document's arrays: a Token only for its head
    kids, deps, tag, head = children(doc)[i], tags(doc).deps, fine_tags(doc), heads(doc)[i]
    return any(deps[c] in ("auxpass", "nsubjpass") for c in kids) or (
        # "the first nurse killed working …": also one the tagger takes for a past tense; not
        # one acting on people of its own ("gunmen tied to the faction shot 12 farmers")
        deps[i] == "acl" and not any(deps[c] in _SUBJ or acts_on_people(doc[c]) for c in kids)
        and (tag[i] == "VBN" or tag[i] == "VBD" and i == head + 1) and not noun_root_verb(verb)
    ) or tag[i] == "VBN" and deps[i] in ("conj", "advcl") and head != i and (
        # "…, fired by the raiders,", "the clans, armed and funded by Vostria,": a
        # participle with its own agent; "were detained, beaten and tortured": a series
        any(deps[c] == "agent" for c in kids) and (deps[i] == "advcl" or not any(
            deps[c] in _SUBJ | {"aux"} for c in kids))
        or tag[head] == "VBN" and is_passive(doc[head])
        and not any(deps[c] in _SUBJ | {"aux"} for c in kids)) or passive_in_series(verb)


def parsed_agent(verb: Token) -> Token | None:
    """The object of the "by" the parse marks as the verb's agent ("destroyed by the trial"),
    and nothing else (:func:`agent_of` also reads "at the hands of" and a misplaced "by")."""
    doc, kids, deps = verb.doc, children(verb.doc), tags(verb.doc).deps  # a Token when found
    return next((doc[g] for c in kids[verb.i] if deps[c] == "agent" for g in kids[c]
                 if deps[g] == "pobj"), None)


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive verb, or the X of "at the hands of X"."""
    doc = verb.doc  # read from the arrays: a Token only for the agent found
    kids, deps, lowers = children(doc), tags(doc).deps, doc_words(doc).lowers
    for c in kids[verb.i]:
        if deps[c] == "agent" or (deps[c] == "prep" and lowers[c] == "by"):
            for g in kids[c]:
                if deps[g] == "pobj" and ent_types(doc)[g] not in ("DATE", "TIME"):
                    return doc[g]  # not "by midnight"
        if deps[c] == "prep" and lowers[c] == "at":  # "at the hands of X"
            of = next((o for g in kids[c] if deps[g] == "pobj" and lowers[g] in ("hands", "hand")
                       for o in kids[g] if deps[o] == "prep" and lowers[o] == "of"), None)
            if of is not None:
                return prep_object(doc[of])
    if is_passive(verb):  # the parser may hang "by" from a noun after the verb: "denied
        # permission by police", "taken to the camp in buses by the police"; never "by bus"
        for c in kids[verb.i]:
            for g in (doc[c].subtree if deps[c] in ("dobj", "obj", "prep", "xcomp") else ()):
                if g.dep_ == "pobj" and g.head.lower_ == "by" and g.head.head.i != verb.i \
                        and _doer(g):
                    return g
    return None


def own_claim(verb: Token, subj: Token | None) -> bool:
    """"the Houthis claimed that they had attacked", "the group said it carried out the
    attack": a claim of one's own act (CAMEO 015)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in ("claim", "say", "announce", "admit"):
        return False
    claimant = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return claimant is not None and subj is not None and (
        subj.i == claimant.i or subj.lower_ in ("they", "it", "we", "he", "she"))


def _done_on(participle: Token, preps: tuple[str, ...]) -> Token | None:
    """Whom the act a participle describes is done to, for a participle on a thing that names
    its doer: "US sanctions imposed on Russia" (on Russia); not "PKK targets stationed in Iraq"."""
    if participle.dep_ != "acl" or not thing(participle.head):
        return None
    return next((g for g in prep_objects(participle, preps) if not is_when(g)), None)


def _behind(agent: Token | None) -> Token | None:
    """The doer behind a passive's agent that is an act or a weapon naming its doer in a
    modifier or its own passive: "was hit by a Turkish airstrike" (Turkish), "killed by
    Israeli fire", "hit by a round fired by militants"; a party stays itself ("by Syrian
    government forces")."""
    if agent is None or agent.pos_ != "NOUN" or party_word(agent):
        return agent
    fired = next((a for c in (*agent.children, *agent.head.head.children)
                  if (c.dep_ == "acl" or c.dep_ == "advcl" and c.i > agent.i)
                  and c.tag_ == "VBN" and (a := agent_of(c)) is not None), None)
    # "a round fired by Isis militants", "a round, fired by militants," (hung from the clause)
    if fired is not None:
        return fired
    named = named_doer(agent)
    return agent if named is None else named[0]


def _usable(tok: Token | None) -> Token | None:
    if tok is None or tok.lower_ in _NOT_ACTORS or not_a_noun(tok):  # not "the WHO readout"
        if tok is not None and tok.pos_ == "NUM":
            return tok
        return said_it(tok) or addressed_it(tok)  # "said it was", "urged it to attend"
    return tok


def subject_of(verb: Token, _depth: int = 0) -> Token | None:
    """The doer of ``verb`` (active subject, passive agent), climbing through control verbs."""
    if (lost := lost_subject(verb, is_passive)) is not None:  # the parse hangs it elsewhere
        return lost
    if is_passive(verb):
        agent = _behind(agent_of(verb))
        if agent is None:  # "taken away by the police and released"; "held and beaten by X"
            agent = conjunct_agent(verb, is_passive, agent_of)
        if agent is None:  # "was killed in a Russian airstrike": the strike's doer
            agent = next((named[0] for g in prep_objects(verb, "in") if g.lemma_.lower() in
                          _ATTACKS_AND_ARMS and (named := named_doer(g)) is not None),
                         None)
        if agent is None and _done_on(verb, TARGET_PREPS["default"]) is not None:
            named = doer_in_modifier(verb.head)  # "US sanctions imposed on Russia"
            agent = named[0] if named is not None else None
        return agent if agent is not None else asked(verb, agent_of)  # "appeals to X ignored": X
    doc, kids, deps = verb.doc, children(verb.doc), tags(verb.doc).deps  # a Token when found
    if (c := next((doc[c] for c in kids[verb.i] if deps[c] in _SUBJ), None)) is not None:
        if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return relative_antecedent(verb, _ATTACKS_AND_ARMS)  # "a strike that killed"
        if c.lower_ == "it" and c.dep_ == "nsubj" and verb.pos_ == "VERB":
            return c  # "It also condemned the strikes": a state or body named before
        return _usable(c)
    hung = next((c for a in kids[verb.i] if deps[a] == "aux" or deps[a] in ("ccomp", "advcl")
                 and _aside(doc[a], verb) for c in kids[a] if deps[c] in _SUBJ), None)
    if hung is not None:  # "Britain and France however have opposed …", "ministers, long
        return _usable(doc[hung])  # silent, criticised …": the parse hangs the subject elsewhere
    head = verb.head
    if _depth >= 4 or head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" or controlled(verb):  # or "led the militia to plead"
        obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and head.lemma_.lower() in _OBJECT_CONTROL - _CONTACTING:
            return _usable(obj)  # not "called Erdogan to apologise": the caller does
        if is_passive(head) and (undergoer := _undergoer(head)) is not None:
            return undergoer  # "officers were ordered to disperse", "X is expected to launch"
        return subject_of(head, _depth + 1)
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and is_passive(head) and (
            any(c.dep_ == "mark" for c in verb.children) or verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and parsed_agent(head) is None):
        # "were hit while trying to help", "were sent back to fight": the one it befell acts
        undergoer = _undergoer(head.head if head.dep_ == "advcl" and head.tag_ == "VBN"
                               else head)
        if undergoer is not None:
            return undergoer
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and \
            verb.doc[verb.i - 1].lower_ == "," and verb.lemma_.lower() in _REPLIES and \
            head.dep_ == "ccomp" and (is_passive(head) or head.lemma_ == "be") and \
            head.head.lemma_.lower() in _SAYING:  # "X said Britain was not involved, rejecting
        return subject_of(head.head, _depth + 1)  # the claim": X rejects it
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX") or (
            verb.dep_ in ("acomp", "oprd") and head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("dobj", "obj") for c in head.children)):
        # "are likely to impose", "appears ready to negotiate"
        return subject_of(head, _depth + 1)
    if verb.dep_ in ("pcomp",) and head.head.pos_ == "VERB":
        return subject_of(head.head, _depth + 1)
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "Trump's decision to withdraw", "the government's attempt to use": the one whose
        # decision or attempt it is
        owner = next((c for c in head.children if c.dep_ == "poss"), None) or next(
            prep_objects(head, "by"), None)  # "the decision by Trump to …"
        if owner is not None:
            return _usable(owner)
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ == "VERB":
            # "launched an offensive in an attempt to prevent …": the one who launched it
            return subject_of(head.head.head, _depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "gunmen firing on the crowd"
        sent = _addressed_in(head)
        document = head if sent is None else sent
        if document.lemma_.lower() in _DOCUMENTS and issuer_said(document):  # its issuer's
            return issuer_of(document, lambda v: subject_of(v, _depth + 1))  # "a UN report urging"
        return _usable(head) if sent is None else subject_of(sent, _depth + 1) if sent.pos_ in (
            "VERB", "AUX") else None
    return None


def _aside(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is a participle or adjective phrase set off by commas between a
    subject and ``verb``, which the parse makes the subject's clause."""
    doc = verb.doc
    return clause.dep_ in ("ccomp", "advcl") and clause.tag_ in ("VBN", "VBG", "JJ") and any(
        c.dep_ == "nsubj" and any(t.lower_ == "," for t in doc[c.i + 1:clause.i])
        for c in clause.children
    ) and clause.right_edge.i + 1 < verb.i and doc[clause.right_edge.i + 1].lower_ == ","


def _undergoer(passive: Token) -> Token | None:
    """The subject of a passive verb, of two the nearest before it ("who": the clause's noun)."""
    subj = nearest_subject(passive, _PASS)  # "In X, scene of the attack, 200 were killed"
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and passive.dep_ == "relcl":
        return _usable(passive.head)
    return _usable(subj)


def _addressed_in(noun: Token) -> Token | None:
    """The document or the writing a noun is the addressee of: "a letter to the minister", "sent
    a message to the rebels calling for a truce" (the message calls, not the rebels), "wrote to
    the leaders opposing a plan" (the writer opposes); else ``None``."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    holder = noun.head.head
    if holder.lemma_.lower() in _DOCUMENTS or holder.lemma_.lower() in _WRITING:
        return holder
    return next((c for c in holder.children if c.dep_ in ("dobj", "obj")
                 and c.lemma_.lower() in _DOCUMENTS), None) if holder.pos_ == "VERB" else None


_MUNITIONS = word_class("munitions")
_ATTACKS_AND_ARMS = word_class("attack_nouns") | _MUNITIONS


def _aimed_at(tok: Token) -> Token | None:
    fire = any(c.dep_ == "dobj" and c.lemma_ == "fire" for c in tok.children)  # "set fire to"
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ in ("at", "on", "into", "upon", "towards", "toward")
                                 or c.lower_ == "to" and fire):
            pobj = prep_object(c)
            if pobj is not None:
                return pobj
    return None


_DESTINATIONS = word_class("destinations")

POSSESSIVE_PRONOUNS = OWNERS | {"our", "my"}
#: Acts that take a place from its holder.
_SEIZING = frozenset({"ASSAULT", "COERCE"})


def _own(obj: Token) -> bool:
    """An object that is the actor's own ("its troops", "some of their fighters"): the party the
    act concerns is the one it is sent to, taken from or shared with, when one is named."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
               for c in counted(obj).children)


def _given_to(thing: Token) -> Token | None:
    """The party a thing goes to or is shared with, where the parse hangs the phrase deep in the
    object: "sent supplies and personnel such as doctors to Nepal", "provide ammunition
    alongside humanitarian assistance to Turkey" (a phrase of the object's own head is found
    with the thing kept as the event's object, see ``ActorResolver.recipient``)."""
    for tok in thing.subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("to", "with") and tok.head.i != thing.i and \
                not any(h.pos_ in ("VERB", "AUX") for h in tok.ancestors if h.i > thing.i):
            pobj = prep_object(tok)
            if pobj is not None and not _destination(pobj) and not is_when(pobj) and (
                    party_word(pobj) or pobj.ent_type_ in ("GPE", "NORP")):
                return pobj
    return None


def shared_with(thing: Token) -> Token | None:
    """The party a thing is shared with or sent to, named in its own phrase: "shared
    intelligence information with the Israeli government" (not "with heavy artillery", a
    means)."""
    for c in counted(thing).children:
        if c.dep_ == "prep" and c.lower_ in ("to", "with"):
            pobj = prep_object(c)
            if pobj is not None and not _destination(pobj) and not is_when(pobj) and \
                    party_word(pobj):
                return pobj
    return None


_SENDING = word_class("sending_verbs")


def _sent_to(verb: Token) -> Token | None:
    """The party forces are sent to or put at the disposal of: "deployed 300 troops to Mali",
    "offered to US an armoured regiment" (not "sent troops to safety")."""
    return next((g for c in verb.children if c.dep_ in ("prep", "dative")
                 and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"
                 and not _destination(g) and not is_when(g)
                 and (party_word(g) or g.ent_type_ in ("GPE", "NORP"))), None)


def _destination(tok: Token) -> bool:
    """"escorted the families to safety": where to, not for whom."""
    return tok.lemma_.lower() in _DESTINATIONS or tok.ent_type_ in ("LOC", "FAC")


def object_of(verb: Token, event_type: str) -> Token | None:
    """The recipient of ``verb``: passive subject, direct object, or a prepositional object;
    the one contacted for an act that is the purpose of contacting them (``contacts``)."""
    return asker(verb, agent_of) or reduced_object(verb) or contacted(
        verb, persuader(verb, event_type, _own_object(verb, event_type), subject_of)) or \
        warned_party(verb, event_type)  # "warned it would not tolerate Iran's offensive"


def _own_object(verb: Token, event_type: str) -> Token | None:
    if is_passive(verb):  # of two subjects the parse gives, the nearest before the verb
        c = nearest_subject(verb, _PASS)
        if c is not None:
            if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            better = party_in(verb, event_type) if thing(c) else None
            if better is not None and better.head.lower_ != "in":
                return better  # "the statues were returned to Peru": as when active
            return (thing(c) and struck_owner(c, event_type)) or _usable(c)  # "her post"
        if verb.dep_ == "acl":  # "protesters killed by police"
            aimed = _done_on(verb, TARGET_PREPS.get(event_type, TARGET_PREPS["default"]))
            if aimed is not None and doer_in_modifier(verb.head) is not None:
                return aimed  # "US sanctions imposed on Russia": on Russia
            return backed_doer(verb, event_type) or _clause_subject(verb) or _usable(verb.head)
        if verb.dep_ == "relcl":
            return _usable(verb.head)
        sufferer = _shared_subject(verb) or _raised(verb)
        if sufferer is not None:
            return sufferer
    if event_type in ("AID", "SUPPORT"):  # "delivered food to the families": the families
        for c in verb.children:
            if c.dep_ == "dative" and c.pos_ != "ADP":
                return _usable(c)
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for"):
                if (pobj := prep_object(c)) is not None and not _destination(pobj) and not (c.lower_
                        == "for" and thing(pobj) and any(g.dep_ == "dobj" for g in verb.children)):
                    return _usable(pobj)  # (not "praised the army for its courage": the army)
    for c in (*verb.children, *shifted_objects(verb)):  # "condemned as illegal the ruling"
        if c.dep_ in ("dobj", "obj") or c.head.i != verb.i:
            if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            c = _named_after(c)
            if event_type == "MOBILIZE" and _forces(c):
                # "mobilised army reservists for a war against Iraq": the forces are the
                # actor's own; the party they are readied against is the recipient
                return _against(verb)
            if took_place(verb, c):  # "the clash took place in Keshma": where, not to whom
                return None
            held = taken_from(verb, c) if event_type in _SEIZING else None
            if held is not None:  # "seized the town from government forces": the forces
                return held
            owner = judged_owner(c, event_type)  # "rejected his offer": whose it is (not
            if owner is not None:  # whom "endorsed his plan for a congress" is for)
                return owner
            if c.lemma_.lower() in ABOUT_SOMEONE:  # "rejected a request for Puigdemont",
                about = concerned(c, author=event_type in AGAINST_AUTHOR)  # "lifted
                # restrictions on Olmert": who they concern
                if about is None and c.lemma_.lower() in VOICED and not is_passive(verb):
                    about = next((g for p in verb.children if p.dep_ in ("prep", "agent")
                                      and p.lower_ in ("by", "from") for g in p.children
                                      if g.dep_ == "pobj" and _doer(g)), None)
                if about is not None:
                    return about
            if c.lemma_.lower() in _MUNITIONS:  # "fired tear gas at the crowd": the crowd
                aimed = _aimed_at(verb) or _aimed_at(c)
                if aimed is not None:
                    return _usable(aimed)
                continue
            if thing(c):  # "lifted a blockade of Qatar", "withdrew its troops from Abyei"
                better = dative_party(verb) or concerned(  # "offered them access": them
                    c, author=event_type in AGAINST_AUTHOR) or deal_made_with(c) or where_not_whom(
                    party_in(verb, event_type), c) or _given_to(c) or helped_party(verb, event_type)
                if better is not None:  # whose act it is, if it is appraised
                    return judged_doer(c, event_type) or better
                if (left := left_party(verb, event_type)) is not None:  # "accused the US of … and
                    return left  # delivered an ultimatum": the ultimatum is the US's
                if (owner := struck_owner(c, event_type)) is not None:
                    return owner  # "attacked their homes": them
            elif _own(c):  # "surrendered their last town to government forces": the forces
                better = party_in(verb, event_type)  # ("met his counterpart in Paris": where
                if better is not None and better.head.lower_ != "in":  # they met, not whom)
                    return better
            elif verb.lemma_.lower() in _SENDING:  # those sent are its own: "sent troops to
                better = _sent_to(verb) or _given_to(c) or helped_party(  # Mali", "a team of
                    verb, event_type)  # experts to Haiti", "doctors to help the victims"
                if better is not None:
                    return better
                if _forces(c) or own_people_sent(verb, c, event_type):  # "sent 200 troops in
                    return None  # Syria", "sent doctors": its own, sent to no party
            return _usable(c)
    capped = up_to(verb) or raised_object(verb, event_type)  # "arrested and charged three men"
    if capped is not None:
        return _usable(capped)
    gap = _object_gap(verb) or _usable(complement_gap(verb))  # "the men they tried to kill"
    if gap is not None:
        return gap
    for c in verb.children:
        if c.dep_ == "dative" or (c.dep_ == "oprd" and c.ent_type_ == "PERSON"):
            return _usable(c)
    if (allowed := permitted(verb)) is not None:  # "would not allow the Kurds to attend"
        return _usable(allowed)
    if event_type in ("REQUEST", "AID", "SUPPORT", "COERCE", "ACCUSE"):
        # "demanded that Hamas renounce violence", "insisted on its demand that …": of whom it
        # is asked; "complained that the police had beaten them": who is blamed; "helped the
        # government try them", "called for Britain to stay": whom it is done for or to
        for c in verb.children:
            if asking_clause(c, event_type):
                asked = subject(c)
                if asked is not None and not (event_type == "ACCUSE" and asked.pos_ == "PRON"):
                    return _usable(asked)  # (one who complains that "they" did: often itself)
        if event_type == "REQUEST" and (asked := asked_in_noun(verb)) is not None:
            return _usable(asked)
    if event_type == "ASSAULT" and (near := struck_near(verb)) is not None:
        return near  # "a bomb exploded near him"
    preps = party_preps(verb, event_type)  # not "fled to Syria"; "hit back at the minister"
    if verb.lemma_.lower() in _WRITING:  # "pleaded with the presidents", "spoke to the envoy"
        preps = (*preps, "with", "to")
    # in the order of the prepositions: "fought with the US against Isis" is against Isis
    for c in sorted((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps),
                    key=lambda c: preps.index(c.lower_)):
        pobj = None if bare(c) else prep_object(c)  # not "that" of "that we met with"
        if pobj is not None and not is_when(pobj):  # "On 24 March, …" is no recipient
            # "conceded to the demands of the drivers": whom the thing concerns
            about = (concerned(pobj, author=event_type in AGAINST_AUTHOR) or deal_made_with(
                pobj)) if thing(pobj) else None
            return about if about is not None else _usable(pobj)
    if (stranded := stranded_party(verb, preps)) is not None or event_type != "REQUEST":
        return _usable(stranded)  # "the states that we met with": the states
    # "called for sanctions against Turkey", "appealed for the release of the journalists",
    # "called for dialogue with Russia": of no one asked, whom the act asked for concerns
    return next((about for g in prep_objects(verb, "for") if thing(g)
                 and (about := concerned(g, also=("with",))) is not None), None)


def _named_after(obj: Token) -> Token:
    """The person named right after an object, which the parse makes a second object of the
    verb ("will meet his counterpart President Ana Lopez"): the name says who the object is."""
    name = next((g for g in obj.head.children if g.dep_ == obj.dep_ and g.i > obj.i), None)
    if name is not None and name.ent_type_ == "PERSON" and name.left_edge.i == np_span(obj)[1]:
        return name
    return obj


def gapped_object(verb: Token) -> bool:
    """Whether relative clause ``verb`` has no relative word and no object of its own, so that
    the noun it hangs on is what its subject did it to ("the activists the army detained", "Kurds
    it had backed", "the atrocities the militia committed"); not where, when or why it did it
    ("Erbil, where refugees had fled", "the day they attacked", "the reason they attacked"),
    nor whom it did it with ("the unit with which he fought", "the camp they fled from")."""
    if not bare_relative(verb, ("nsubj",), ("NOUN", "PROPN", "PRON")) or is_passive(verb):
        return False
    return not any(
        c.dep_ in ("dobj", "obj", "ccomp", "acomp") or c.dep_ == "xcomp" and not _done(c)
        or (c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children))
        for c in verb.children)


def _done(purpose: Token) -> bool:
    """Whether a complement does its own act to an object of its own, so that the gap is the
    clause's ("the Kurds it had backed to oust Isis"), not the complement's ("the town they
    tried to take")."""
    return purpose.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") for c in purpose.children)


def _object_gap(verb: Token) -> Token | None:
    """The noun a relative clause with no relative word hangs on (:func:`gapped_object`)."""
    return _usable(verb.head) if gapped_object(verb) else None


def _forces(tok: Token) -> bool:
    """Armed forces or police ("army reservists", "its forces", "extra police units")."""
    tok = counted(tok)
    words = [tok] + [c for c in tok.children if c.dep_ == "compound"]
    return any(w.lemma_.lower() in ARMED or agent_words().get(w.lemma_.lower()) in (
        "MIL", "COP") or agent_words().get(w.lower_) in ("MIL", "COP") for w in words)


def _against(verb: Token) -> Token | None:
    """The party a phrase of the verb or of its object's phrase names with "against"."""
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "against" and not any(
                h.pos_ in ("VERB", "AUX") for h in tok.ancestors if h.i != verb.i
                and verb.i in {a.i for a in h.ancestors}):
            pobj = prep_object(tok)
            if pobj is not None:
                return _usable(pobj)
    return None


def _clause_subject(participle: Token) -> Token | None:
    """A participle set off by a comma after a thing the clause acts on describes the clause's
    subject, not the thing: "the guards kept shelling the hill, helped by their allies"."""
    thing_acted_on = participle.head
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].lower_ != "," or \
            thing_acted_on.dep_ not in ("dobj", "obj", "pobj") or not thing(thing_acted_on):
        return None
    clause = _through_prep(thing_acted_on)
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(clause)
    return subj if subj is not None and not thing(subj) else None


def _through_prep(tok: Token) -> Token:
    """The word a phrase hangs from, through its preposition ("pound the area", "after being
    targeted")."""
    head = tok.head
    return head.head if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" else head


def _shared_subject(verb: Token) -> Token | None:
    """Who undergoes a passive verb that has no subject of its own: the subject of the verb it
    is coordinated with ("were held for weeks and freed by the army") or of the clause it hangs
    from ("the spokeswoman spoke after being targeted by the president")."""
    if any(c.dep_ in _SUBJ for c in verb.children):
        return None
    if verb.dep_ not in ("conj", "advcl", "pcomp"):
        return None
    head = _through_prep(verb)
    # "were detained, beaten and tortured", "the Christians, expelled and killed by Isis"
    while head.dep_ in ("conj", "advcl") and head.head.i != head.i and (
            head.tag_ == "VBN" or head.dep_ == "conj" and verb.dep_ == "conj") \
            and not any(c.dep_ in _SUBJ | _PASS for c in head.children):
        head = head.head  # "she flew abroad, came back, and was detained": a series of acts
    if head.dep_ == "acl" and head.tag_ in ("VBN", "JJ") and head.i != verb.i:
        return _usable(head.head)  # "the clans, armed and funded by Vostria,"
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in head.children if c.dep_ in _SUBJ | _PASS), None)
    if subj is None and head.dep_ in ("advcl", "pcomp") and is_passive(head):
        return _shared_subject(head)  # "lost the battle before being rounded up and shot"
    if subj is None or (subj.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl"):
        return _usable(head.head) if subj is not None else None
    return _usable(subj)


#: Verbs whose subject is the subject of their complement: "they appear to have been held".
_RAISING = frozenset({"seem", "appear"})


def _raised(verb: Token) -> Token | None:
    """Who undergoes a passive that is the complement of a verb reporting or judging it:
    "they are understood to have been interrogated", "fighters are believed to have been
    killed", "he appears to have been detained": the subject of that verb."""
    if verb.dep_ != "xcomp" or any(c.dep_ in _SUBJ | _PASS for c in verb.children):
        return None
    head = verb.head
    if head.pos_ in ("VERB", "AUX") and is_passive(head):
        return _undergoer(head)
    if head.lemma_.lower() in _RAISING:
        return _usable(next((c for c in head.children if c.dep_ == "nsubj"), None))
    return None
