"""Who acted, where the text leaves it to the reader: the policy applied to a mention's resolved
source before it becomes an event.

* The coder's sector for the source wins over the actor dictionary's when the dictionary has none,
  and a police reading wins over a generic state one ("police commissioner R. Maria", "police and
  paramilitary personnel": the first conjunct leads).
* A generic security act ("an operation was carried out") is an event only when its agent is the
  police or the military.
* Agentless arrests, curfews and the like, done or tried, are, unless said otherwise, the
  police's, as are acts the coder knows for the police's by their means ("a case was
  registered", "tear gas shells were lobbed"); not in a story of war, where those captured or
  held by no one named were most often taken by the sides at war.
* Armed forces keeping order at home are in a policing role: a curfew or crowd control by the
  army, or an arrest, a patrol, a flag march or a deployment in a sentence about riots,
  curfews or keeping the peace, is police work, and its doer is coded as police ("the army
  (policing role)"); soldiers arresting militants or patrolling a war zone stay military.
* State agents with no country act for the authority of the event's place ("police in Lahore").
* An attack whose doer the text does not name, in a place its sentence says, is an unidentified
  armed group's of that place's country (as ACLED codes it), unless it is an air strike or
  shelling, which states' forces carry out.
* A protest that names no one it is against is against the government of its place (the
  protesters' own country when no place is known), as CAMEO codes it.
* Violence by a state's armed forces that says no other means ("soldiers killed three men") is
  the use of conventional military force (CAMEO 19), not an unconventional assault (18).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_conjuncts import joined_state_country
from .actor_describe import named_for_country
from .actor_dictionary import load_dictionary
from .actor_focus import seat_country
from .actor_foreign import foreign
from .actor_whereabouts import named_person, sent_abroad
from .agents_peoples import people_at_war
from .code.phrase_parties import venue
from .actors import LOCAL_SECTORS
from .records import Actor, Place
from .sentences import sentence_starts
from .tokens import per_doc, tags
from .tokens import words as doc_words
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .code import Mention
    from .sentences import Sentences

__all__ = ["MADE", "with_coder_sector", "has_security_agent", "implied_police", "war_story",
           "policing_role", "visiting", "with_state_country",
           "protested_authority", "unnamed_attackers", "cameo_root_by_doer", "FIGHTS"]

#: Modes whose agent, when the text names none, is the police.
IMPLIED_POLICE_MODES = frozenset({"arrest", "curfew", "crowd-control", "deport", "police"})
#: Verbs whose doer, when the text names none, is the police.
_IMPLIED_POLICE_VERBS = word_class("implied_police_verbs")
#: nouns of people taken by force ("their capture"), by whoever fought or chased them: no
#: police implied
_TAKEN_BY_FORCE = word_class("taking_nouns")


def with_coder_sector(source: Actor | None, m: Mention) -> Actor | None:
    if source is not None and m.source_sector and (
            source.sector is None or (source.sector in ("MIL", "GOV")
                                      and m.source_sector == "COP")):
        return replace(source, sector=m.source_sector)
    return people_at_war(source, m)  # "the Turks bombed": the Turkish forces


def has_security_agent(m: Mention, source: Actor | None) -> bool:
    """False for a generic security act whose agent is not the police or the military."""
    return not (m.construction == "generic_security_act" and (
        source is None or source.sector not in ("COP", "MIL")))


def implied_police(source: Actor | None, m: Mention, sents: Sentences) -> Actor | None:
    if source is None and m.status in ("actual", "attempted") and (
            m.source_sector == "COP"  # "an FIR was lodged against them"
            or not war_story(sents) and (
                m.sense.mode in IMPLIED_POLICE_MODES  # "tear gas was fired to disperse them"
                and m.sense.lemma not in _TAKEN_BY_FORCE
                or m.sense.lemma in _IMPLIED_POLICE_VERBS)):  # "were booked under the act"
        return Actor(text="", name="police (implied)", sector="COP")
    return source


#: Sectors of armed forces and groups at war.
_WARRING = frozenset({"MIL", "REB", "UAF"})
#: The fewest sentences that make a story (one sentence alone tells no kind of story).
_STORY_SENTENCES = 3


def war_story(sents: Sentences) -> bool:
    """Whether a document is a story of war, in which someone captured, held or rounded up by
    no one named is not the police's ("the two fighters captured in Syria", "held in a camp"):
    of at least :data:`_STORY_SENTENCES` sentences, more name armed forces or groups than the
    police, and at least a tenth of them do."""
    if len(sents.starts) < _STORY_SENTENCES or not sents.spans:
        return False
    return _war_story(sents.spans[0].doc)


@per_doc
def _war_story(doc: Doc) -> bool:
    agents = load_dictionary().agents
    lemmas, lowers = tags(doc).lemmas, doc_words(doc).lowers
    starts = sentence_starts(doc)
    armed = police = 0
    for start, end in zip(starts, (*starts[1:], len(doc)), strict=True):
        kinds = {agents.get(lemmas[i]) or agents.get(lowers[i]) for i in range(start, end)}
        armed += bool(kinds & _WARRING)
        police += "COP" in kinds
    return armed > police and armed >= 0.1 * len(starts)


#: Modes that keep order at home whoever carries them out.
POLICING_MODES = frozenset({"curfew", "crowd-control"})
#: Modes that are police work when armed forces carry them out at home.
_POLICE_WORK = frozenset({"arrest", "police"})
#: Words of keeping order at home: armed forces that arrest, patrol or are deployed in a sentence
#: that has one keep the peace.
_CIVIL_ORDER_WORDS = word_class("civil_order_words")


def policing_role(source: Actor | None, m: Mention, sent: Span) -> Actor | None:
    """The police reading of armed forces doing police work at home: a curfew or crowd control
    by the army, or an arrest, a patrol or a deployment in a sentence about riots, curfews or
    keeping the peace ("the army staged a flag march", "troops were rushed to the riot-hit
    town", "soldiers arrested dozens of rioters"); soldiers arresting militants or patrolling a
    war zone stay military."""
    if source is None or source.sector != "MIL" or m.status not in ("actual", "attempted"):
        return source
    if m.sense.mode in POLICING_MODES or (
            (m.sense.mode in _POLICE_WORK or m.sense.event_type == "MOBILIZE")
            and any(t.lemma_.lower() in _CIVIL_ORDER_WORDS for t in sent)):
        name = source.name or source.text
        return replace(source, sector="COP", name=f"{name} (policing role)")
    return source


def visiting(m: Mention, source: Actor | None, target: Actor | None) -> bool:
    """Whether the doer of ``m`` is away from home where it acts: a visitor is not of the place
    visited ("the minister arrived in Kabul on a visit"), nor a state's envoys of the place
    they meet in among themselves ("the foreign ministers met in Geneva"; not "officials met
    protest leaders in Bangkok", a meeting with the place's own people)."""
    return m.sense.mode == "visit" or m.sense.event_type == "CONSULT" and target is None and \
        source is not None and source.sector in ("GOV", "MIL")


def with_state_country(actor: Actor | None, place: Place | None, act: Token | None = None,
                       doc: Doc | None = None) -> Actor | None:
    """A state agent with no country of its own words, of the country of the place its act is
    told in; not of the place talks are held in ("negotiated with the government in Doha"),
    nor when it is joined to an agent of a state its words name ("US marines and soldiers":
    :func:`dateline.actor_conjuncts.joined_state_country`)."""
    if actor is None or actor.country or actor.sector not in LOCAL_SECTORS or foreign(actor) or \
            sent_abroad(actor) or seat_country(actor) or named_person(actor):
        # "the Foreign Office": its seat's state; "Prince Mohammed" travels
        return actor
    words = load_dictionary()
    joined = joined_state_country(doc or (act.doc if act is not None else None), actor, words)
    if joined is not None:
        name = named_for_country(words, actor, joined)
        return replace(actor, country=joined, name=name, country_from="conjunct")
    if act is not None and venue(act):
        return actor
    if place is None or not place.country:
        return actor
    name = named_for_country(load_dictionary(), actor, place.country)  # "Syria military"
    return replace(actor, country=place.country, name=name, country_from="event place")


def protested_authority(target: Actor | None, source: Actor | None, m: Mention,
                        where: str | None) -> Actor | None:
    """The recipient of a protest against no one named ("thousands demonstrated in Kirkuk"):
    the government of the country it happens in, else of the protesters' own country; so too
    for what a protest is for, coded as the protest ("rallied to demand reforms")."""
    protest = m.sense.event_type == "PROTEST" or m.sense.cameo_root == "14"  # CAMEO 14
    if target is not None or not protest or m.status == "negated":
        return target
    own = source.country if source is not None and source.country != "IGO" else None
    iso = where or own
    if not iso:
        return None
    name = load_dictionary().country_names.get(iso, iso)
    return Actor(text="", name=f"{name} government (implied)", country=iso, sector="GOV",
                 country_from="event place" if where else "protesters' country")


#: ACLED sub-types of attacks that armed forces of states carry out, not unnamed gunmen.
_STATE_WEAPONS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack",
                            "Chemical weapon"})


#: Statuses of an attack that was made, whether or not it struck home ("an attempt on the
#: governor's life was thwarted"): someone made it.
MADE = frozenset({"actual", "attempted", "failed"})


#: Words of a fight, which two sides wage ("the battle for Raqqa", "fighting raged"): no one
#: armed group is its doer.
FIGHTS = frozenset({"battle", "fight", "fighting", "clash", "clashes", "combat", "skirmish",
                     "firefight", "gunbattle", "gunfight", "hostilities"})


def unnamed_attackers(source: Actor | None, m: Mention, place: Place | None,
                      acled_sub: str | None, target: Actor | None = None) -> Actor | None:
    """The doer of an attack the text names none for ("a roadside bomb near Samarra killed a
    soldier", "a plot to kill the mayor was foiled in Kandahar"): an unidentified armed group
    of the country of the place its sentence says; where no place is found, of the one country
    its sentence names, which its victims were given ("a journalist was killed by a car bomb in
    a district of Beirut"). A fight told by its word ("the battle", "fighting") has none: two
    sides wage it."""
    if source is not None or m.sense.event_type != "ASSAULT" or m.status not in MADE or \
            m.sense.mode == "aerial" or acled_sub in _STATE_WEAPONS or \
            m.sense.lemma.lower() in FIGHTS:
        return source
    if place is not None and place.country:
        country, where = place.country, "event place"
    elif target is not None and target.country not in (None, "IGO") and \
            target.country_from == "sentence focus":
        country, where = target.country, "sentence focus"
    else:
        return source
    name = load_dictionary().country_names.get(country, country)
    return Actor(text="", name=f"unidentified armed group ({name})", country=country,
                 sector="UAF", country_from=where)


#: Sectors of a state's armed forces, whose violence is conventional military force.
_ARMED_FORCES = frozenset({"MIL"})
#: Modes of an assault that CAMEO counts as conventional military force whoever the doer:
#: fighting with artillery and tanks (194), employing aerial weapons (195).
_MILITARY_MEANS = frozenset({"aerial", "heavy-weapons"})
#: Force of crowd control (PLOVER ASSAULT crowd-control: tear gas, water cannon, baton and lathi
#: charges, shots in the air) is violent repression, CAMEO 175 (root 17; the CAMEO verb
#: dictionary codes "fire tear gas" 175), not a fight or an assault.
_REPRESSION = "crowd-control"
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def cameo_root_by_doer(root: str | None, mode: str | None, source: Actor | None) -> str | None:
    """The CAMEO root of an act, with its doer and means known: an assault (18) of no
    particular means by a state's armed forces, or by aircraft or artillery, is a fight (19), as
    CAMEO tells conventional military force from unconventional violence; force of crowd
    control is violent repression (17)."""
    if mode == _REPRESSION and root in _FORCE_ROOTS:
        return "17"
    if root == "18" and (mode in _MILITARY_MEANS or (
            mode is None and source is not None and source.sector in _ARMED_FORCES)):
        return "19"
    return root
