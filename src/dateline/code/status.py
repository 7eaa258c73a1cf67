"""The status of an event: actual, attempted, failed, threatened, proposed, demanded, denied,
alleged or negated, from negation and the verbs that govern the trigger."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..coref_phrases import DENYING
from ..deps import subject
from ..tokens import children, heads, per_token, tags, words
from ..wordclasses import word_class
from .forces import security_sector
from .frame_times import background, frame_of
from .frames import STATUSES, UNREAL, gerund_reached, load_frames, subjunctive_reached
from .intents import few_done, unlet
from .lasting_states import act_noun
from .negation import COOPERATION, failure
from .modality import auxes, guessed_past, possible, purpose, unreal
from .occasions import own_time
from .roles import RELATIVE_PRONOUNS
from .senses import actor
from .speakers import SPEECH_VERBS
from .undone import demanded_clause, nearly_done
from .words import CONFLICT_TYPES, WILL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .lexicon import Sense
    from .mention import Mention

__all__ = ["status_of", "planned_ahead", "deontic", "frame_root", "conditional_threat", "unnegated",
           "FRAME_ROOTS", "STATUSES", "UNREAL"]

_FRAME_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "dobj"})
# Which dependents carry a frame verb's status, by its reach in the data table. A participle
# clause beside the frame verb ("denied the reports, calling on the UN to investigate") is the
# speaker's own act, done, and takes none of the frame's status.
_REACH_DEPS = {"control": frozenset({"xcomp", "pcomp", "prep"}),
               "clause": frozenset({"xcomp", "pcomp", "prep", "ccomp"}),
               "any": _FRAME_DEPS - {"advcl"}, "passive": frozenset({"xcomp"}),
               "infinitive": frozenset({"xcomp"}), "gerund": frozenset({"xcomp"}),
               "subjunctive": frozenset({"xcomp", "pcomp", "prep"})}
#: The CAMEO root a non-actual event takes from its frame (a threatened attack is a threat).
# Appeals ("urged X to", "called on X to") are CAMEO 02; a denial is a statement (016); a
# promised concession keeps its PLOVER type (CONCEDE) but is CAMEO 035, intent to yield.
FRAME_ROOTS = {"threatened": "13", "proposed": "03", "demanded": "02", "denied": "01",
               "alleged": "11"}
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})


def _negated(tok: Token) -> bool:
    doc, i = tok.doc, tok.i  # read from the document's arrays: no Token made
    below, deps, lowers = children(doc), tags(doc).deps, words(doc).lowers
    if deps[i] in ("pobj", "pcomp") and lowers[heads(doc)[i]] == "without":
        return True  # "handed over without fighting", "withdrew without firing a shot"
    for c in below[i]:
        if deps[c] == "neg" or (deps[c] in ("advmod", "det") and lowers[c] in _NEG_WORDS):
            return True
        if deps[c] == "advmod" and lowers[c] in ("longer", "more") and any(
                lowers[g] == "no" for g in below[c]):
            return True  # "no longer threaten the capital": what has stopped is not told
    return False


def _passive(verb: Token) -> bool:
    """"is believed to", "the man said to have": a verb in the passive, with its auxiliary or as
    a participle that describes a noun."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl")


def _hearsay(tok: Token) -> bool:
    """"reportedly killed", "is believed to have killed": an act the writer passes on as others
    tell it (an adverb of hearsay on its verb, or the clause of a passive verb of believing)."""
    frames = load_frames()
    if any(c.dep_ == "advmod" and c.lower_ in frames.passed_on for c in tok.children):
        return True
    head = tok.head
    if head.i == tok.i or frames.verbs.get(head.lemma_.lower(), ("", ""))[1] != "passive" \
            or not _passive(head):
        return False
    # "is believed to have killed"; "it is believed that the militia killed": the clause of an
    # impersonal passive is what is believed or said, not what the writer tells as known
    return tok.dep_ == "xcomp" or tok.dep_ == "ccomp" and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in head.children)


def _moods(tok: Token) -> set[str]:
    return load_frames().moods(auxes(tok))


#: nouns of evidence, whose that-clause is a claim only of what is told as done
_EVIDENCE = frozenset({"evidence", "proof", "indication", "sign"})


# What may stand before an imperative in its clause: "please help us", "do not shoot"
_BEFORE_IMPERATIVE = frozenset({"please", "do", "not", "n't", "just", "now", "then", "so"})
# Frames whose status an event named by a noun takes where the noun is what the frame is of:
# "threatened military action", "threats of strikes", "calls for sanctions"
_NOUN_FRAMES = frozenset({"threatened", "demanded"})
# Frames of nouns whose "that"-clause says what is wanted or planned, no report: "the demand
# that they withdraw", "the proposal that the talks resume"
_CLAUSE_NOUN_FRAMES = frozenset({"demanded", "proposed"})


def _quoted(tok: Token) -> bool:
    """Whether a quotation mark opens the clause of ``tok``."""
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].is_quote or tok.doc[start].is_quote


def _same_form(conj: Token, head: Token) -> bool:
    """Whether a conjunct has its head's form: "fight and win"; "be given a visa and allowed
    to enter", a passive's participle the tagger may read as a past tense where it has no
    object (not "should be seen as a bystander, and denied the charges")."""
    return conj.tag_ == head.tag_ or head.tag_ == "VBN" and conj.tag_ == "VBD" and any(
        c.dep_ == "auxpass" for c in head.children) and not any(
        c.dep_ in ("dobj", "obj") for c in conj.children)


# Verbs of obligation, as "must": "we have to fight", "the army needs to withdraw"
_OBLIGATION = frozenset({"have", "need"})


def _obliged(tok: Token) -> bool:
    """"have to", "has to", "will have to", "needs to": an obligation now or to come, no
    report (unlike "had to flee", what was done under it)."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and "to" in auxes(tok) and \
        head.lemma_.lower() in _OBLIGATION and (head.tag_ in ("VBP", "VBZ") or head.tag_ == "VB"
                                                 and bool(_moods(head)))


def _wanted_done(tok: Token) -> bool:
    """"we must see the powers commit to talks", "they should let the convoys pass": a bare
    clause of what is to be done, under a verb of what must or should be."""
    head = tok.head
    return tok.dep_ == "ccomp" and head.i != tok.i and tok.tag_ in ("VB", "VBP") and not any(
        c.dep_ in ("mark", "aux", "auxpass") for c in tok.children) and (
        "demanded" in _moods(head) or _obliged(head))


def _imperative(tok: Token) -> bool:
    """"Help us", "Stop the bombing", "do not shoot": a bare verb with no subject that opens a
    sentence, or the words quoted, is a demand, no report."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and subject(tok) is None:
        tok = tok.head  # "stop the bombing and open the roads"
    if tok.tag_ != "VB" or not (tok.dep_ == "ROOT" or (
            tok.dep_ in ("ccomp", "parataxis", "advcl") and tok.i < tok.head.i and (
                tok.head.lemma_.lower() in SPEECH_VERBS or _quoted(tok)))):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "auxpass") or (
            c.dep_ == "aux" and c.lower_ not in _BEFORE_IMPERATIVE) for c in tok.children):
        return False
    return all(t.is_punct or t.is_quote or t.lower_ in _BEFORE_IMPERATIVE
               for t in tok.doc[tok.left_edge.i:tok.i])


def _due(tok: Token) -> bool:
    """"we are going to withdraw", "the minister is to visit Ankara": what is planned or due,
    told with "be going to" or "be to" (a thing that "is to" be done, "the only way is to
    talk", is no act at all, see :func:`~dateline.code.modality.unreal`)."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i == tok.i or "to" not in auxes(tok):
        return False
    lemma = head.lemma_.lower()
    if lemma == "go":
        return head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be"
                                          for c in head.children)
    return lemma == "be" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def deontic(tok: Token) -> bool:
    """"must withdraw", "should be arrested": what is called for."""
    return "demanded" in _moods(tok)


_RANKED = word_class("ranked_modifiers")
_EAGERNESS = word_class("eagerness_nouns")


def _aim(clause: Token, noun: Token) -> bool:
    """"talks to find a solution", "money to help the families": an infinitive on a noun that
    names no doer says what the thing is for, no act reported done. Not where the noun is who
    acts ("the rebels to surrender", "the first to leave", "the last convoy to cross"), nor
    where it is the doer's eagerness, which shows in the act ("their desperation to pin the
    blame")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
        subject(clause) is None and not actor(noun) and \
        noun.lower_ not in _RANKED and noun.lemma_.lower() not in _EAGERNESS and not any(
            c.lower_ in _RANKED or c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children) \
        and not _carried(noun)


_DECISIONS = frozenset({"vote", "motion", "resolution", "decision", "order", "law", "bill",
                        "ruling", "decree", "measure"})
_CARRIED = frozenset({"pass", "adopt", "approve", "carry"})


def _carried(noun: Token) -> bool:
    """"the vote to suspend Russia passed", "passed a motion to expel the ambassador": a
    decision whose governing verb says it carried is what was decided, no aim."""
    if noun.lemma_.lower() not in _DECISIONS:
        return False
    heads = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") else []
    heads += [c for c in noun.children if c.dep_ == "acl"]  # "the vote ... passed by": a parse
    return any(h.lemma_.lower() in _CARRIED for h in heads)


@per_token
def status_of(tok: Token) -> str:
    """Status of the event whose trigger (or governing light verb) is ``tok``; :data:`UNREAL`
    when the text does not report it at all (a condition, a wish, a guess, a question). An act
    told as done but passed on as hearsay is alleged ("the militants reportedly killed ten
    soldiers"); a frame above it says more ("denied it had reportedly shot them": denied)."""
    return _status(tok, near=True)


@per_token
def frame_status(verb: Token) -> str:
    """The status ``verb`` passes to the act a noun it governs names ("carried out a raid",
    "doubled its attacks"): its own, but that an adverb of nearness on it tells how near the
    verb's own act came, not the noun's ("nearly doubled its attacks": attacks were made)."""
    return _status(verb, near=False)


def _status(tok: Token, near: bool) -> str:
    found = _told_status(tok)
    if found == "actual" and (demanded_clause(tok) or near and nearly_done(tok)):
        return "demanded" if demanded_clause(tok) else "attempted"  # (code/undone.py)
    return "alleged" if found == "actual" and _hearsay(tok) else found


_MEANS = word_class("means_nouns")
_CAMPAIGNS = word_class("campaign_nouns")
_VAGUE_COUNTS = word_class("vague_counts")


def _forecast(tok: Token) -> bool:
    """"a new law would provide the resources", "only a solution could allow it", "so many
    will fight to the death": what a means or plan, or a count of no one named, will or could
    do is the writer's or speaker's forecast, no party's plan (not "the army will withdraw",
    nor "many of the rebels will surrender"; nor what a particular means will do, nor a
    dated plan: "the decision will free them", "some will protest on Friday")."""
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    if lemma in _MEANS:
        return not _plan_of(subj, verb)
    return lemma in _VAGUE_COUNTS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subj.children) and not own_time(verb)


_PLANNED = frozenset({"will", "shall", "'ll"})
_HEDGED = frozenset({"would", "could", "may", "might", "can"})
# Determiners that point at one means the text has in view ("the decision", "this law")
_PARTICULAR = frozenset({"the", "this", "that", "these", "those"})


def _plan_of(means: Token, verb: Token) -> bool:
    """"The decision will free 200 prisoners", "its new law will ban the party": what a
    particular means will do (one the text points at or names as someone's, with "will") is
    a plan told, proposed; a means only thought of ("a solution", "only a deal"), what one
    would or could do, and what it will let or make others do are a forecast."""
    helpers = auxes(verb)
    if not any(a in _PLANNED for a in helpers) or any(a in _HEDGED for a in helpers) or any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False  # (what it will let or make others do is its effect, foretold)
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _PARTICULAR
               for c in means.children) and not any(
        c.dep_ in ("advmod", "amod") and c.lower_ == "only" for c in means.children)


def _coded_campaign(noun: Token) -> bool:
    """"the battle to retake the city", "an offensive to oust the rebels": a campaign the
    lexicon codes as an act of its own, whose aim is that act, no second happening (unlike "a
    campaign to arrest the dealers", "the push to oust them": no act but the aim's, attempted)."""
    lemma = noun.lemma_.lower()
    return lemma in _CAMPAIGNS and act_noun(noun)


def _told_status(tok: Token) -> str:
    """:func:`status_of`, hearsay aside."""
    if unreal(tok):
        return UNREAL
    if _negated(tok) or few_done(tok):
        return "negated"
    if _imperative(tok):
        return "demanded"
    # "no one was killed", "no arrests were made", "there was no attack", "neither the police
    # nor the army was deployed"
    kids, deps, lowers = children(tok.doc), tags(tok.doc).deps, words(tok.doc).lowers
    existential = any(deps[c] == "expl" for c in kids[tok.i])  # (no Token made)
    for c in kids[tok.i]:
        if (deps[c] in ("nsubjpass", "nsubj", "dobj") or deps[c] == "attr" and existential) and any(
            deps[g] in ("det", "preconj") and lowers[g] in DENYING for g in kids[c]
        ) or (deps[c] in ("nsubjpass", "nsubj") and lowers[c] in ("nobody", "none", "noone")) \
                or (deps[c] == "dobj" and lowers[c] == "nothing"):  # "the police did nothing"
            return "negated"
    frames = load_frames()
    cur = below = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i or ((cur.i != tok.i or cur.dep_ == "prep") and
                               background(cur, head, below)):
            break  # "threatened sanctions after the killing": the killing is no threat
        lemma = head.lemma_.lower()
        frame = frame_of(lemma)
        if cur.dep_ in _FRAME_DEPS and frame is not None:
            # "accused X of attacking": the pcomp hangs from "of" under accuse
            status, reach = frame
            if _negated(head):
                return "negated" if status not in ("negated", "denied") else "actual"
            # an infinitive with a subject of its own, parsed as a clause, is still what the
            # frame governs: "expected Turkey to hand over the town"
            reached = cur.dep_ in _REACH_DEPS[reach] or gerund_reached(reach, cur) or \
                subjunctive_reached(reach, cur) or \
                reach == "control" and cur.dep_ == "ccomp" and cur.pos_ in ("VERB", "AUX") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            if reached and (reach != "passive" or _passive(head)) or (
                    cur.dep_ == "dobj" and tok.pos_ == "NOUN" and status in _NOUN_FRAMES):
                return status  # "threatened military action", "demanded sanctions"
        if cur.dep_ == "prep" and cur.lower_ in ("of", "for") and head.pos_ == "NOUN" and \
                frames.nouns.get(lemma) in _NOUN_FRAMES:
            return frames.nouns[lemma]  # "threats of military action", "calls for sanctions"
        if cur.dep_ == "prep" and cur.lower_ == "of" and below.dep_ == "pobj" and \
                head.pos_ == "NOUN" and lemma in frames.claims:
            return "alleged"  # "reports of airstrikes", "allegations of torture"
        if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma in frames.claims \
                and not (lemma in _EVIDENCE and _moods(tok)):
            return "alleged"  # "rejected an allegation that he raped a girl"; "evidence that
            # they tortured him" (not "evidence that the army will withdraw": a forecast)
        if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and \
                frames.nouns.get(lemma) in _CLAUSE_NOUN_FRAMES and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            return frames.nouns[lemma]  # "the demand that Germany repatriate its citizens"
        if cur.dep_ in ("acl", "relcl", "advcl") and head.pos_ == "NOUN" and \
                lemma in frames.nouns and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in cur.children):
            # what a campaign is for ("the push to oust the militants") is the campaign
            # itself, no second happening (see _CAMPAIGNS)
            return UNREAL if cur.dep_ == "acl" and _coded_campaign(head) else frames.nouns[lemma]
        if cur.dep_ == "acl" and head.pos_ == "NOUN" and _aim(cur, head):
            # "talks to find a solution", "funds to help the families": what a thing is for
            # is attempted by it, as a purpose is by its means; what a campaign is for ("the
            # battle to retake the city") is the campaign itself, no second happening
            return UNREAL if _coded_campaign(head) else "attempted"
        if cur.dep_ in ("ccomp", "xcomp") and lemma in _PERMISSION and head.pos_ == "VERB":
            # "will not allow the troops to leave", "would let them go": what one is let do
            # is as little told as the leave given (given, the doer's act is told: "allowed
            # the convoys to enter")
            if _negated(head):
                return "negated"
            above = status_of(head)
            if above in _SHARED and (above != UNREAL or _forecast(head)):
                return above  # a forecast lets no one do anything ("the plan will allow")
            if above in ("actual", UNREAL) and _standing_leave(head):
                return UNREAL  # "the deal allows troops to enter": a standing leave, no entry
        if cur.dep_ in ("pcomp", "pobj", "prep"):
            below, cur = cur, head  # through "of" in "accused X of attacking"
            continue
        break
    moods = _moods(tok)
    if "demanded" in moods:
        return "demanded"
    if guessed_past(tok):
        return "alleged"  # "may have launched attacks"
    if "proposed" in moods or possible(tok):  # "will withdraw"; "said it could withdraw"
        return UNREAL if _forecast(tok) else "proposed"
    if _due(tok):
        return "proposed"  # "are going to withdraw", "is to visit Ankara next week"
    if _obliged(tok) or _wanted_done(tok):
        return "demanded"  # "we have to fight for our survival", "will have to agree"
    if tok.dep_ == "conj" and tok.head.i != tok.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "aux" and c.lower_ != "to"
            for c in tok.children):
        if _same_form(tok, tok.head):
            # "should be granted a pardon and allowed to go free": a verb of the same form
            # that shares its conjunct's subject and auxiliaries shares its status too (not
            # "do not consider it a threat, and have supported them", with auxiliaries of its
            # own); "wants to contain the group and hunt down its fighters": what the first
            # of two bare verbs is not reported as, the second is not either
            above = status_of(tok.head)
            if above != "actual" and (above != UNREAL or tok.tag_ == "VB"):
                return above
        elif tok.tag_ == "VB":
            # a bare verb hung on a told verb is the second of that verb's bare complements
            # ("saw them attack and burn the village"), or no report of its own: "the presence
            # would be long term, so the mistakes are not repeated, and prevent ..."
            first = next((c for c in tok.head.children if c.tag_ == "VB" and c.i < tok.i
                          and c.dep_ in ("ccomp", "xcomp")), None)
            above = UNREAL if first is None else status_of(first)
            if above != "actual":
                return above
    if tok.dep_ == "xcomp" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        # "was determined to help defend the town", "tried to help evacuate": the act shares
        # the status of the verb it completes, as far up as a frame reaches
        above = status_of(tok.head)
        if above not in ("actual", UNREAL) or above == UNREAL and _forecast(tok.head):
            return above  # "the measure will force the army to withdraw": a forecast too
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i and \
            tok.head.pos_ == "VERB":
        # "urged May not to take military action", "could order more airstrikes": an act
        # named as the object of a verb is as little told as that verb's own act; and what
        # is wished for or feared ("wants a military intervention") is no report at all
        if tok.head.lemma_.lower() in _WISHING:
            return UNREAL
        if tok.head.lemma_.lower() in REACTIONS:
            return "actual"  # "will investigate the raid": a stance's object keeps its own
        above = status_of(tok.head)
        if above in _SHARED or above == "negated":
            return above
    if _participle_clause(tok):
        # "could storm the city, killing hundreds", "will leave while continuing to fight":
        # a participle that tells more of its clause's act is as little told as that act
        above = status_of(tok.head)
        if above in _SHARED:
            return above
    if _participle_of_object(tok):
        # "will hand in a letter urging May to act": what a thing yet to be handed over says
        # or does is as little told as the handing over
        above = status_of(tok.head.head)
        if above in _SHARED:
            return above
    if purpose(tok):
        # a purpose is attempted by its means, or shares their status when they are not done:
        # "fired to disperse the crowd"; "urged him to take steps to arrest them"
        means = status_of(tok.head)
        return "attempted" if means == "actual" else means
    return "actual"


# What a participle clause shares with the clause it hangs on: its modality (what is only
# possible, planned, threatened or called for); not a negation or a failure ("did not stop,
# killing three": the killing happened), nor an attempt ("fired to disperse them, injuring
# dozens": the injuries are told as done), nor hearsay, which the participle's own verb bears
_WISHING = word_class("wishing_verbs")
#: verbs of a stance taken on a happening, after it (``date_reach``'s reactions)
REACTIONS = word_class("reaction_verbs")
_PERMISSION = word_class("permission_verbs")
_SHARED = frozenset({UNREAL, "proposed", "threatened", "demanded"})
_ALONGSIDE = frozenset({"while", "whilst"})


_PAST_BE = frozenset({"was", "were", "had"})


def planned_ahead(noun: Token) -> bool:
    """"the visit is planned for May", "talks have been scheduled for Monday": an act named as
    what a verb of planning (a frame verb of proposed acts), told in the passive and not in
    the past, is said of, is planned, not done (not "the attack was planned by the cell",
    which may tell of one carried out)."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or load_frames().verbs.get(verb.lemma_.lower(), ("",))[0] != \
            "proposed":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux) and not aux & _PAST_BE


def _standing_leave(verb: Token) -> bool:
    """"the law allows the police to arrest anyone", "the accord lets ships pass": a leave told
    in the simple present with no time of its own is a standing rule, and what it lets one do
    is no act told as done (not "allowed the convoys to enter", nor "today lets them pass")."""
    return verb.tag_ in ("VBZ", "VBP") and not auxes(verb) and not own_time(verb, clause=True)


def _participle_clause(tok: Token) -> bool:
    """"…, killing hundreds", "while continuing to fight": a gerund-participle clause with no
    subject of its own, hung on a verb with no subordinator but one of accompaniment (not
    "after withdrawing", whose act comes before)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i and \
        tok.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "mark" and c.lower_ not in _ALONGSIDE
            for c in tok.children)


def _participle_of_object(tok: Token) -> bool:
    """"a letter urging May to act": a gerund-participle with no subject of its own that
    describes the object of a verb."""
    noun = tok.head
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and noun.i != tok.i and \
        noun.dep_ in ("dobj", "obj") and noun.head.i != noun.i and \
        noun.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


# CAMEO 03x intent; aid and a meeting to come keep their type ("will send aid", "offered aid",
# "will hold talks", "invited them to talks": AID or CONSULT proposed, code/type_offers.py)
_FUTURE_RETYPE = {"RETREAT": ("CONCEDE", "03"), "AID": ("AID", "03"),
                  "COOPERATE": ("AGREE", "03"), "CONSULT": ("CONSULT", "03")}

_DELIBERATION = word_class("deliberation_verbs")


def _considered(verb: Token) -> bool:
    """"is considering sending aid", "mulled imposing sanctions": the act is an option weighed."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "dobj", "ccomp", "pcomp", "prep") or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _DELIBERATION:
            return True
    return False


def frame_root(sense: Sense, status: str, verb: Token | None = None) -> Sense:
    """Non-actual events take the CAMEO root of their frame and lose their ACLED type (an act
    passed on as hearsay keeps its own, as do its conjuncts, "likely stormed … and abducted");
    what someone "must" or "should" do is a demand (CAMEO 10), not an appeal (02); an option
    "considered" is a statement (CAMEO 014), no intent."""
    if status == "actual" or status in ("attempted", "failed") or status == "alleged" and (
            verb is not None and _hearsay(verb.head if verb.dep_ == "conj" else verb)):
        return sense  # (what is reportedly done is of its own kind, no accusation)
    if status == "negated":
        return replace(sense, cameo_root=None, acled_event_type=None, acled_sub_event_type=None)
    if status == "proposed" and verb is not None and _considered(verb):
        return replace(sense, cameo_root="01", acled_event_type=None, acled_sub_event_type=None)
    if status == "proposed" and sense.event_type in _FUTURE_RETYPE:
        etype, root = _FUTURE_RETYPE[sense.event_type]
        return sense.with_type(etype, root)
    root = FRAME_ROOTS.get(status, sense.cameo_root)
    if status == "demanded" and verb is not None and deontic(verb):
        root = "10"
    if status == "proposed" and sense.event_type in CONFLICT_TYPES:
        root = "13"  # "will attack": a threat
    return replace(sense, cameo_root=root, acled_event_type=None, acled_sub_event_type=None)


def conditional_threat(sense: Sense, status: str, verb: Token) -> str:
    """"will detain journalists if they publish", "could suspend relations": a conditional or
    possible act of conflict is a threat (PLOVER THREATEN; CAMEO 13)."""
    if status not in ("actual", "proposed") or sense.event_type not in CONFLICT_TYPES:
        return status
    if "possible" in _moods(verb):
        return "threatened"
    if status == "proposed" or any(a in WILL for a in auxes(verb)):
        for c in verb.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children):
                return "threatened"
    return status


def unnegated(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A negated or failed act is no event ("we are not attacking them", "did not deny it",
    "failed to halt the fighting"): what did not happen is not reported as happening. A refusal
    ("will not release the prisoners") has become a rejection before this, and so does a
    failure to cooperate ("failed to reach agreement": :func:`~.negation.failure`); a force's
    not acting ("the police did not stop the mob", "no arrests were made", "failed to control
    the mob") stays, the failure of those whose task it was. An act denied ("denied that its
    troops fired") stays with its status: someone holds that it happened."""
    out = []
    for m in (m for m in mentions if not unlet(doc, m)):
        if m.status not in _UNDONE or m.source_sector is not None or _by_a_force(doc, m):
            out.append(m)
        elif m.status == "failed" and m.sense.event_type in COOPERATION:
            out.append(failure(m))
    return out


#: Statuses of an act that did not happen: negated, or failed (tried and not achieved)
_UNDONE = frozenset({"negated", "failed"})


# Types of act that are a force's task whoever the text names: not done, they are a failure to
# act ("no arrests were made", "no one was detained")
_FORCE_TYPES = frozenset({"COERCE", "MOBILIZE"})


def _by_a_force(doc: Doc, m: Mention) -> bool:
    if m.source is None:
        return m.sense.event_type in _FORCE_TYPES
    return any(security_sector(doc[i]) is not None for i in range(*m.source))
