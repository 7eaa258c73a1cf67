"""The police pack: acts of police and armed forces outside the lexicon ("police firing",
"17 policemen were on duty", "the police looked the other way"), and agentless acts of force
in a sentence about the police taken as theirs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..sentences import first_conjunct
from ..tokens import doc_span, tags
from ..wordclasses import word_class
from .casualties import SHOTS
from .forces import owner_by_of, security_sector
from .frames import load_frames
from .idle import idle
from .lexicon import Sense, load_lexicon
from .mention import RULESET, Mention, span_of
from .police_speech import reporting
from .views import predicative
from .roles import agent_words, bare_clause, np_span, object_of, subject_of
from .speakers import SPEECH_VERBS, accused_actor, reported_clause, speaker_of
from .status import frame_root, status_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_POLICE_ACT_NOUNS = word_class("police_act_nouns")
_CARRIED_OUT = word_class("carrying_out_verbs") | word_class("posting_verbs")


# Failing to act: "police inaction", "the police looked the other way", "stood and watched",
# "remained mute spectators", "turned a blind eye".
_FAILURE_NOUNS = word_class("failure_nouns")
_FAILURE_WORDS = word_class("failure_words")


_ASIDE = ("prt", "advmod", "prep")


def _inaction(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in _FAILURE_NOUNS:
        return True
    if lemma in ("stand", "look") and any(
            c.lower_ == ("by" if lemma == "stand" else "on") and c.dep_ in _ASIDE
            and not any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return True  # "the police stood by", "looked on as the shops burned": no one named
    if _looked_on(tok):
        return True
    if lemma in ("watch", "look", "remain", "stand", "turn", "stay"):
        words = {t.lower_ for t in tok.subtree}
        return bool(words & _FAILURE_WORDS) or (lemma == "look" and "other" in words) or (
            lemma == "watch" and any(c.dep_ == "conj" or c.lemma_ == "stand"
                                     for c in [tok.head, *tok.children]))
    return False


#: What others do that a force watching it fails to stop: an act of force.
_FORCEFUL = frozenset({"ASSAULT", "COERCE"})
#: Words opening a clause told beside another as happening at the same time.
_WHILE = frozenset({"as", "while"})


def _looked_on(tok: Token) -> bool:
    """Watching an act of force done by others, a failure to intervene by the definition of
    one ("the mob burned the shops as fifty policemen watched", "watched as the houses were
    set on fire", "watched a mob lynch two men"); watching what is no act of force ("watched
    as the marchers passed") is no failure."""
    if tok.lemma_.lower() not in ("watch", "look"):
        return False
    seen = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj") or c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _WHILE for m in c.children)]
    if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHILE
                                   for m in tok.children):
        seen.append(tok.head)
    lex = load_lexicon()
    return any(s.event_type in _FORCEFUL for t in seen if t.i != tok.i
               for table in (lex.verbs, lex.nouns) for s in table.get(t.lemma_.lower(), ()))


def _lacking(tok: Token) -> bool:
    """A police act named as missing: "the lack of police action", "the absence of police
    protection", "the failure of police intervention" (a failure to act, not an act)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in _LACK_NOUNS


_LACK_NOUNS = word_class("lack_nouns")
_ON_DUTY = word_class("on_duty")


def _on_hand(verb: Token) -> bool:
    """"were present", "remained on high alert", "are on duty": forces at their posts."""
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ == "present":
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lower_ in _ON_DUTY for g in c.children):
            return True
    return False


_SPEECH = word_class("speech_verbs_police")
# Perceiving, knowing and bringing about are no acts of a force: "soldiers saw women among the
# fighters", "the campaign resulted in the removal of the militants"
_NO_ACTS = word_class("no_act_verbs")
#: Dying is no one's act, a force's men's no more than an army's.
DYING = frozenset({"die", "perish", "succumb"})
# Who may act: a force, its men, a unit, a person, a body
_PARTIES = word_class("person_nouns") | word_class("armed") | word_class("unit_nouns_of")
_AGENTLESS_TYPES = frozenset({"COERCE", "ASSAULT", "MOBILIZE"})


def _party(tok: Token) -> bool:
    """The phrase headed by ``tok`` names a party that can act (a force, a unit, a person, a
    body, a name or a pronoun), not a thing it fires or an act it wages ("artillery fire", "the
    military campaign", "machine gunfire")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("PRON", "PROPN", "NUM") or tok.ent_type_ in (
        "PERSON", "ORG", "NORP", "GPE") or lemma in _PARTIES or tok.lower_ in _PARTIES or \
        agent_words().get(lemma) is not None


_FORMER = word_class("former_members")


def _former(subj: Token) -> bool:
    """Whether the doer was once of a force and no longer is ("a former British soldier",
    "Dmitri Trenin, a former Soviet military officer"): a retired man's acts are not the
    force's."""
    named = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    named += [g for t in named for g in t.children if g.dep_ == "conj"]
    return any(c.dep_ == "amod" and c.lower_ in _FORMER for t in named for c in t.children)


def _duty_failed(verb: Token) -> bool:
    """What a force failed to do, which the lexicon reads as no event ("the police failed to
    prevent the influx", "were unable to check the riots"): their failure to act all the same
    (the failure frame gives its status). A complement the lexicon codes is its own event."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or head.i == verb.i:
        return False
    frame = load_frames().verbs.get(head.lemma_.lower())
    return frame is not None and frame[0] == "failed" and idle(load_lexicon(), verb)


def _participle_clause(tok: Token) -> bool:
    """"leaving trails", "led by its commanders": a participle heading a clause that hangs on a
    noun or on another verb, with no subject or auxiliary of its own."""
    return tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("acl", "advcl") and bare_clause(tok)


def security_acts(sent: Sequence[Token], taken: set[int]) -> Iterator[Mention]:
    """Acts of police and armed forces outside the lexicon, as low-confidence generic events."""
    if not sent:
        return
    lemmas, pos, _, _ = tags(sent[0].doc)
    for tok in sent:
        i = tok.i
        if i in taken and not _duty_failed(tok) or pos[i] not in ("VERB", "NOUN") and \
                lemmas[i] not in ("be", "remain", "stay"):
            continue  # neither an act nor being on hand: most words
        if lemmas[i] in ("be", "remain", "stay") and _on_hand(tok):
            # "the police were present at the spot", "17 policemen were on duty"
            subj = subject_of(tok)
            if subj is None or (sector := security_sector(subj)) is None:
                continue
            if any(g.lower_ == "alert" for c in tok.children for g in c.subtree):
                continue  # "on high alert": the noun is coded as an alert
            yield Mention(
                trigger=tok.i, trigger_span=(tok.i, tok.i + 1),
                sense=Sense(lemmas[i], "MOBILIZE", "police", "15", None, None),
                status=status_of(tok), source=span_of(subj), target=None, fatalities=None,
                injuries=None, rule=f"{RULESET}:on_hand", construction="on_hand",
                confidence=0.5, source_sector=sector)
            continue
        if pos[i] == "VERB" and lemmas[i] not in _SPEECH and lemmas[i] not in (
                "be", "have", "say", "seem", "appear", "become", "feel", "think", "believe",
                "know", "want", "hope", "expect", "comment", "accord", "quote", "suspect",
                "belong", "number", "include", "remain") and tok.dep_ not in ("amod", "compound") \
                or lemmas[i] in ("remain", "stay") and _inaction(tok):
            subj = subject_of(tok)
            subj = speaker_of(subj) or subj
            if subj is None and tok.dep_ in ("pobj", "dobj", "nsubj"):  # "victims of police firing"
                subj = next((c for c in tok.children if c.dep_ in ("compound", "poss")
                             and security_sector(c)), None)
            if subj is None or tok.dep_ in ("acl", "relcl") and subj.i == tok.head.i:
                continue
            sector = security_sector(subj)
            if sector is None:
                continue  # most doers are no force: nothing more is asked of their act
            if lemmas[i] in DYING or sector != "COP" and i in taken:
                continue  # "two policemen died": their death, no act of the police; a failed
                # duty (:func:`_duty_failed`) is the police's inaction, not an army's
            if sector != "COP" and (lemmas[i] in _NO_ACTS or not _party(subj)
                                    or _former(subj)):
                continue  # "soldiers saw women among the fighters", "artillery fire starts
                # up", "the military campaign resulted in": an army's perceiving or bringing
                # about is no act, a force named only by what it fires or wages no doer, and
                # a former soldier no force ("a former British soldier fled the country")
            if sector != "COP" and (_participle_clause(tok) or any(
                    c.dep_ == "xcomp" for c in tok.children)):
                continue  # "jets soared above, leaving white trails", "divisions led by
                # Syrian commanders": an army's doing told in a participle clause describes a
                # side or a scene; and in "troops continue to pound the hills" the act is the
                # complement's, which the lexicon codes
            if any(g.i in taken for g in prep_objects(tok, "to")) and lemmas[i] == "resort":
                continue  # "police resorted to a lathi-charge": the act is the noun's
            target = object_of(tok, "default")
            if _noun_act_carried(target, tok):
                continue  # "the army launched a military intervention": one act, the noun's
        elif pos[i] == "NOUN" and (lemmas[i] in _POLICE_ACT_NOUNS
                                   or lemmas[i] in _FAILURE_NOUNS):
            # "police firing", "police protection", "army deployment", "inaction of the police"
            subj = next((c for c in tok.children if c.dep_ in ("compound", "poss", "amod")
                         and security_sector(c)), None) or owner_by_of(tok)
            if subj is None:
                continue
            sector = security_sector(subj)
            target = None
        else:
            continue
        carrier = subject_of(tok.head) if _noun_act_carried(tok, tok.head) else None
        source = (span_of(carrier) if carrier is not None and security_sector(carrier)
                  else _modifier_party(tok, subj))  # "the army launched a military operation"
        if sector is None or (status_of(tok) == "alleged" and accused_actor(tok) is not None):
            continue  # "accusing them of plotting": the accused's act, not the accuser's
        if sector != "COP" and pos[i] == "NOUN" and status_of(tok) == "actual" and not (
                tok.dep_ in ("dobj", "nsubj") and tok.head.lemma_.lower() in _CARRIED_OUT):
            continue  # an army's "action", "presence" or "intervention" is a deployment only
            # when carried out or posted ("launched a military operation", "the intervention
            # began", "posted a contingent"); told as done but named alone it is talk of such
            # acts or their description ("split over military action", "assured a military
            # presence", "blocked a new operation", "Russia's intervention saved him"), no act;
            # threatened, planned or demanded ones keep their status
        if pos[i] == "VERB" and predicative(tok) and not any(c.dep_ == "neg"
                                                              for c in tok.children):
            continue  # "inspectors deemed the house safe": a judgement, no act on it ("did
            # not consider it necessary to act" is the inaction of those who judge)
        frame = load_frames().verbs.get(lemmas[i])
        if frame is not None and frame[0] != "attempted" and any(
                c.dep_ == "xcomp" for c in tok.children):
            continue  # "troops planned to cross", "police failed to stop them": the crossing
            # is the act, with its status, and the stopping is what failed (trying to act is
            # an act of its own)
        if pos[i] == "VERB" and any(c.dep_ == "xcomp" and _inaction(c) for c in tok.children):
            continue  # "the policemen preferred to stand as onlookers": their inaction is all
        if tok.lower_ in SHOTS and (pos[i] == "NOUN" or tok.dep_ in (
                "pobj", "dobj", "nsubj", "nsubjpass", "conj")):  # "police firing": shooting
            sense = Sense(lemmas[i], "ASSAULT", "firearms", "19", None, None)
        else:
            sense = Sense(lemmas[i], "COERCE" if sector == "COP" else "MOBILIZE",
                          "police" if sector == "COP" else "troops", None, None, None)
        status = "failed" if _inaction(tok) or _lacking(tok) else status_of(tok)
        yield Mention(
            trigger=tok.i, trigger_span=(tok.i, tok.i + 1), sense=sense,
            status=status, source=source, target=span_of(target),
            fatalities=None, injuries=None, rule=f"{RULESET}:generic_security_act",
            construction="generic_security_act",
            confidence=0.3, source_sector=sector,
        )


_MEASURES = word_class("police_measure_nouns")
_ARREST_NOUNS = word_class("police_measure_arrests")
_SECURITY_HEADS = word_class("security_measure_heads")
_SECURITY_DEGREE = word_class("security_degree")
_WANTED = word_class("measure_wanted")
_ARREST_PARTICIPLES = word_class("arrest_participles")
_RELEASE = word_class("release_verbs")
_ARREST_BACKGROUND = word_class("arrest_background")
_ARREST_SITES = word_class("arrest_sites")
_ARREST = Sense("arrest", "COERCE", "arrest", "17", "Strategic developments", "Arrests")


def _security_measure(tok: Token) -> bool:
    """"security arrangements", "a security cordon", "tight security": security as something
    done, not as a topic ("national security", "security concerns")."""
    lemma = tok.lemma_.lower()
    if lemma in _SECURITY_HEADS:
        return any(c.dep_ in ("compound", "amod") and c.lower_ == "security"
                   for c in tok.children)
    return lemma == "security" and tok.dep_ != "compound" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _SECURITY_DEGREE for c in tok.children)


_RAISE_SECURITY = word_class("security_raise_verbs")


def _raised_security(tok: Token) -> bool:
    """"Security has been beefed up around the temple", "security was enhanced": security
    raised (the subject of a passive raising verb) by no one named."""
    if tok.lemma_.lower() != "security" or tok.dep_ != "nsubjpass":
        return False  # (asked of every noun: its head made only for security)
    verb = tok.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _RAISE_SECURITY \
        and not any(c.dep_ == "agent" for c in verb.children)


def _security_raised_at(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" and _raised_security(c) for c in verb.children)


_WATCH = word_class("police_watch_nouns")
_BEING = word_class("being_verbs")


def _watched(tok: Token) -> bool:
    """"The camps remained under surveillance", "were kept under strict surveillance": people or
    places watched by no one named (who puts them under it, "the state put them under
    surveillance", and any other surveillance, "the agency resumed surveillance", is the
    doer's)."""
    if tok.lemma_.lower() not in _WATCH or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return False
    holder = tok.head.head
    return holder.pos_ in ("NOUN", "PROPN") or holder.lemma_.lower() in _BEING or (
        subject_of(holder) is None)


def _wanted(tok: Token) -> bool:
    """Whether a measure is only asked for: "demanded the arrest of", "a call for tight
    security", "orders to tighten security" (what was done is the order)."""
    tok = first_conjunct(tok)
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _WANTED:
        return True
    return tok.dep_ == "pobj" and head.head.lemma_.lower() in _WANTED


#: The words a measure is named by: an arrest participle, a measure noun, security, a watch.
_MEASURE_WORDS = (_ARREST_PARTICIPLES | _MEASURES | _SECURITY_HEADS | _WATCH
                  | frozenset({"security"}))


def police_measures(sent: Sequence[Token], taken: set[int],
                    triggers: frozenset[int] = frozenset()) -> Iterator[Mention]:
    """Police measures named by a noun alone ("the arrests made in the state", "amid tight
    security", "the arrested workers") or raised by no one named ("security has been beefed
    up", where no event is found at the verb: ``triggers``), with no doer named: the
    police's, as an arrest or a curfew with no doer is (the actor stage supplies them)."""
    if not sent:
        return
    lemmas, pos, deps, _ = tags(sent[0].doc)
    for tok in sent:
        i = tok.i
        if i in taken or deps[i] != "amod" and (pos[i] != "NOUN" or deps[i] == "compound") \
                or lemmas[i] not in _MEASURE_WORDS:
            continue  # neither a participle nor a noun that can name a measure: most words
        lemma = lemmas[i]
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and lemma in _ARREST_PARTICIPLES:
            # "the arrested workers were taken to the jail": they were arrested
            held = first_conjunct(tok.head)
            if held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in _RELEASE:
                continue  # "released the detained leaders": the release is the news
            sense, target = _ARREST, span_of(tok.head)
        elif tok.pos_ == "NOUN" and tok.dep_ != "compound" and (
                lemma in _MEASURES or _security_measure(tok) or _watched(tok)
                or _raised_security(tok) and tok.head.i not in triggers):
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and lemma not in _ARREST_NOUNS or any(
                    c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children) \
                    or _wanted(tok):
                continue  # "the army's bandobast" (theirs), "no security", "demanded arrests"
            if lemma in _ARREST_NOUNS and tok.dep_ == "pobj" and (
                    tok.head.lower_ in _ARREST_BACKGROUND or tok.head.lower_ == "of"
                    and tok.head.head.lemma_.lower() in _ARREST_SITES):
                continue  # "two months after his arrest", "in detention", "places of detention"
            if owner_by_of(tok) is None and any(c.dep_ == "prep" and c.lower_ == "by"
                                                for c in tok.children):
                continue  # "arrests by the vigilantes": someone else's
            sense = _ARREST if lemma in _ARREST_NOUNS else Sense(
                lemma, "MOBILIZE", "police", "15", None, None)
            target = span_of(owner)  # "Asif's arrest": he was arrested
        else:
            continue
        # what is done to the measure is how it went: "failed to provide adequate security"
        status = status_of(tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB"
                           or _raised_security(tok) else tok)
        if status_of(tok) == "denied":
            status = "denied"  # "denied the detentions": the measure, denied, not done
        if status not in ("actual", "attempted", "failed", "denied"):
            continue
        yield Mention(
            trigger=tok.i, trigger_span=(tok.i, tok.i + 1), sense=sense, status=status,
            source=None, target=target, fatalities=None, injuries=None,
            rule=f"{RULESET}:police_measure", construction="nominal", confidence=0.5)


def wanted_measures(sent: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A police measure named as what someone asks for is demanded, not done: "demanded a ban
    on the group and the arrest of its leaders", "called for the arrest of"."""
    doc = sent[0].doc if sent else None
    out = []
    for m in mentions:
        if doc is not None and m.source is None and m.status == "actual" and \
                m.sense.mode in ("arrest", "police") and doc[m.trigger].pos_ == "NOUN" and \
                _wanted(doc[m.trigger]):
            m = replace(m, status="demanded", sense=frame_root(m.sense, "demanded"))
        out.append(m)
    return out


def _noun_act_carried(noun: Token | None, verb: Token) -> bool:
    """Whether ``noun`` is a force's act named by a noun ("a military intervention") that
    ``verb`` carries out as its object ("launched a military intervention", "stepped up its
    military presence"): the noun's event is the act, done by the verb's subject where that
    is a force."""
    return (noun is not None and noun.pos_ == "NOUN" and noun.dep_ == "dobj"
            and noun.head.i == verb.i and verb.lemma_.lower() in _CARRIED_OUT
            and noun.lemma_.lower() in _POLICE_ACT_NOUNS
            and any(c.dep_ in ("compound", "poss", "amod") and security_sector(c)
                    for c in noun.children))


def _modifier_party(act: Token, force: Token) -> tuple[int, int] | None:
    """The words of the force that does ``act``: a force named by a modifier of the act's noun
    goes with the act's owner or demonym before it ("Russia's military intervention", "a
    Russian military presence": Russia's military, not a military of no country)."""
    if force.head.i != act.i or force.dep_ not in ("amod", "compound"):
        return span_of(force)
    owner = next((c for c in act.lefts if c.i < force.i and (
        (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "amod" and c.ent_type_ == "NORP"))),
        None)
    if owner is None:
        return span_of(force)
    return owner.left_edge.i, force.i + 1


_RECORD_NOUNS = word_class("police_record_nouns")
_RECORD_CASES = word_class("police_record_cases")
_RECORD_VERBS = word_class("police_record_verbs")
_CASE_VERBS = word_class("police_case_verbs")
_CROWD_ARMS = word_class("crowd_control_arms")
_CROWD_GAS = word_class("crowd_control_gas")
_CROWD_AIMS = word_class("crowd_control_aims")
_CROWDS = word_class("crowds")
_CONTRABAND = word_class("contraband")
_OWN_MEN = word_class("own_men_nouns")


def _speakers_men(doc: Doc, m: Mention) -> Token | None:
    """The police speaker whose own people are the doer ("the superintendent said his officers
    had arrested the two accused", "'our men fired in the air,' the inspector said"): a
    reported act of the speaker's men is the speaker's force's."""
    if m.source is None:
        return None
    head = next((t for t in doc_span(doc, m.source[0], m.source[1])
                 if not m.source[0] <= t.head.i < m.source[1] or t.head.i == t.i), None)
    if head is None or head.lemma_.lower() not in _OWN_MEN and head.lower_ not in _OWN_MEN:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in head.children):
        return None
    # up to the verb that reports the act: "said his men had …"
    cur, reported = reported_clause(head, 6, verb_only=False)
    speaker = None
    if reported:
        speaker = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
    elif cur.head.i == cur.i and cur.lemma_.lower() in SPEECH_VERBS:
        speaker = next((c for c in cur.children if c.dep_ == "nsubj"), None)  # "'…,' X said"
    return speaker if speaker is not None and speaker.pos_ != "PRON" \
        and security_sector(speaker) == "COP" else None


#: The owners a speaker names their own people by ("his men", "our officers").
_OWNERS = frozenset({"his", "her", "their", "our", "my"})


def _recorded_by_police(tok: Token) -> bool:
    """"an FIR was lodged against them", "a case has been registered", "cases were booked":
    the police's record of an offence, made by them (a case "filed" is a litigant's)."""
    lemma = tok.lemma_.lower()
    verb = tok.head if tok.dep_ in ("nsubjpass", "dobj") else None
    if verb is None or verb.pos_ != "VERB":
        return False
    doer = any(c.dep_ in ("nsubj", "agent") for c in verb.children)
    verbs = _RECORD_VERBS if lemma in _RECORD_NOUNS else _CASE_VERBS if (
        lemma in _RECORD_CASES or tok.lower_ in _RECORD_CASES) else frozenset()
    return verb.lemma_.lower() in verbs and not doer


def _crowd_arm(tok: Token) -> bool:
    """Whether a noun phrase names what only the police use on a crowd: "tear gas",
    "teargas shells", "lathis", "water cannon"."""
    words = [t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1]]
    return any(w in _CROWD_ARMS and (w != "cannon" or "water" in words[:k])
               or w in _CROWD_GAS and "tear" in words[:k] for k, w in enumerate(words))


def _fired_at_crowd(verb: Token) -> bool:
    """Whether an act of force is done to disperse or control a crowd ("forty rounds were
    fired to disperse the mob", "shots were fired in the air to control the crowd"): crowd
    control, by its definition the police's."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _CROWD_AIMS
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               and any(g.dep_ == "dobj" and g.lemma_.lower() in _CROWDS for g in c.children)
               for c in verb.children)


def police_means(sent: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Acts that are the police's by what is done, when no doer is named: registering a case
    or an FIR, raising security ("security was enhanced"), and firing tear gas or wielding
    lathis ("tear gas shells were lobbed to disperse the crowd", a use of force on a crowd and
    no bombing), or firing to disperse or control a crowd; seizing arms, explosives or
    drugs ("petrol bombs were seized from the house"); and the acts a police speaker tells of
    their own men ("the commissioner said his men had detained 20 people")."""
    doc = sent[0].doc if sent else None
    out = []
    for m in mentions:
        if doc is not None and (speaker := _speakers_men(doc, m)) is not None:
            m = replace(m, source=np_span(speaker), source_sector="COP",
                        rule=m.rule + "+speakers_men")
        elif doc is not None and m.source is None and m.status in ("actual", "attempted"):
            tok = doc[m.trigger]
            if m.sense.mode == "investigate" and _recorded_by_police(tok):
                m = replace(m, source_sector="COP", rule=m.rule + "+police_record")
            elif m.sense.event_type == "MOBILIZE" and not m.sense.mode \
                    and _security_raised_at(tok):  # "security was enhanced"
                m = replace(m, sense=replace(m.sense, mode="police"), source_sector="COP",
                            rule=m.rule + "+raised_security")
            elif m.sense.mode == "seize" and tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubjpass" and any(t.lemma_.lower() in _CONTRABAND
                                                  or t.lower_ in _CONTRABAND for t in c.subtree)
                    for c in tok.children):  # "petrol bombs were seized from the house"
                m = replace(m, source_sector="COP", rule=m.rule + "+police_seizure")
            elif m.sense.event_type == "ASSAULT" and tok.pos_ == "VERB" and (any(
                    c.dep_ in ("nsubjpass", "dobj") and _crowd_arm(c) for c in tok.children)
                    or _fired_at_crowd(tok)):
                m = replace(m, sense=replace(m.sense, mode="crowd-control"),
                            source_sector="COP", rule=m.rule + "+crowd_control")
        out.append(m)
    return out


def police_context(sent: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Agentless acts of force in a sentence about the police are, unless said otherwise, the
    police's ("four were killed in the firing that followed, police said" is not one of them)."""
    if not any(m.source is None and m.sense.event_type in _AGENTLESS_TYPES
               and m.status == "actual" for m in mentions):
        return mentions
    police = next((t for t in sent if t.pos_ in ("NOUN", "PROPN") and
                   security_sector(t) == "COP" and not reporting(t)
                   and t.dep_ not in ("compound", "amod") and not _where(t)), None)
    if police is None or _inaction(police.head):  # "looted as the police looked on"
        return mentions
    span = np_span(police)
    out = []
    for m in mentions:
        if m.source is None and m.status == "actual" and _aimed_at(police, m.trigger):
            if m.target is None:  # "stones were hurled at the police": done to them
                m = replace(m, target=span, rule=m.rule + "+police_aimed_at")
        elif (m.source is None and m.status == "actual" and m.sense.event_type in _AGENTLESS_TYPES
                and not (m.target and m.target[0] <= police.i < m.target[1])
                and m.construction != "patient_of"):  # "after the murder of a shopkeeper"
            m = replace(m, source=span, confidence=min(m.confidence, 0.5),
                        rule=m.rule + "+police_context")
        out.append(m)
    return out


_AIMED_AT = word_class("aimed_at_preps")
_WHERE = word_class("where_preps")
_SCENE_PLACES = word_class("scene_places")


def _where(tok: Token) -> bool:
    """Whether a police word names the place where something happened rather than who did it
    ("was beaten in prison", "a man was shot at the police station"), not the doer ("killed
    in police firing")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _WHERE \
        and tok.lemma_.lower() in _SCENE_PLACES


def _aimed_at(police: Token, trigger: int) -> bool:
    """Whether the police word is what the act at ``trigger`` is aimed at ("stones were hurled
    at the police", "bombs thrown towards a police picket")."""
    prep = police.head
    return (prep.dep_ == "prep" and prep.lower_ in _AIMED_AT and police.dep_ == "pobj"
            and prep.head.i == trigger)
