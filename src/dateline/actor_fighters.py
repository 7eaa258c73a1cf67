"""A person who fights for an armed party is of that party, not a civilian.

ACLED counts as civilians only unarmed people not engaged in political violence; PLOVER and CAMEO
code a member of an armed group with the group's code. So a person the report says fights,
serves or volunteers with, for, in or alongside an armed party ("who fought with the YPG", "a
volunteer fighting alongside the militia", "died while fighting alongside Kurdish forces"),
joined or enlisted in it ("joined the PKK in 2015", "joined the ranks of the PKK"), or is its
member or fighter ("was a member of the PKK", "YPG fighter Jack Holm"), takes the party's
sector and, when no country of their own is said, the party's country; a British volunteer
stays British, and so does "Nur, a Kenyan". Any mention of the person's name in the report
may say it, and it holds for every later one.

Not a member: one who fights *against* a party (only "with", "for", "in", "alongside" and
"among" join a person to their side), or fights "with" a state's police or army (a clash with
it); one who is said not to ("never joined", "denied joining"), or only refused, planned,
vowed or tried to, or would have ("would have joined"); one who served a term in prison "for"
it; one said to have left or deserted an armed party (not a place), in any clause said of
them; a "former" member, or one who "once" or "used to" fight for it (a past allegiance is
history, not the side they act for now); and kin of fighters ("the wife of an Isis fighter",
"Anna Holm's father", "the father of Anna Holm, who fought with the YPJ": the person's own
noun is "wife" or "father"); a namesake ("Dirk Holm", when "Holm" alone may be Anna Holm). A
clause with a subject of its own ("after his brother fought with the PKK", "whose brother was
a member of the PKK") tells of that subject. A journalist or medic "with" a force keeps their
own sector: only a person with no sector of their own, an unidentified armed one, or one the
text left a civilian, is asked.

The name's mentions are read once per document (:mod:`dateline.actor_fighters_names`) and what
they say of the name is kept with the document, so the cost grows with the document's length,
not with its square.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .actor_describe import SECTOR_LABELS, describe, named_for_country
from .actor_kin import person_nationality
from .actor_peoples import stateless_people
from .actor_places import place_country
from .actor_fighters_names import name_tokens
from .actor_group_members import group_member, past_member
from .actor_party_table import party_of_kind
from .code.words import person_word
from .sectors import FORCE_SECTORS
from .tokens import doc_memo

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

    from .actor_dictionary import ActorDictionary
    from .records import Actor

__all__ = ["combatant", "fighter_in"]

#: Verbs of taking part in a party's fight; "join" and "enlist" name the party as their object.
_SERVE = frozenset({"fight", "serve", "volunteer", "battle", "fighting", "serving"})
_JOIN = frozenset({"join", "enlist", "rejoin"})
_COPULAS = frozenset({"be", "become", "remain"})
#: Verbs of leaving a party.
_LEAVE = frozenset({"leave", "flee", "desert", "defect", "quit", "escape", "renounce"})
#: Nouns that stand for a party left ("left the group", "deserted its ranks", "quit it").
_LEFT_NOUNS = frozenset({"group", "militia", "ranks", "army", "force", "forces", "movement",
                         "organisation", "organization", "unit", "battalion", "brigade", "it",
                         "them", "caliphate", "fighters", "rebels", "insurgency"})
#: Verbs whose clause ("refused to join", "planned to fight", "denied joining") says no act
#: was done, or one of the past only ("used to fight").
_UNDONE = frozenset({"refuse", "decline", "plan", "try", "want", "seek", "hope", "intend",
                     "attempt", "fail", "aim", "wish", "threaten", "consider", "avoid",
                     "deny", "vow", "promise", "pledge", "prepare", "expect", "offer", "swear",
                     "use"})
#: Modals of an act not done ("would have joined", "will fight").
_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "wo", "'d", "'ll"})
#: Adverbs of a past allegiance ("once fought for X"), history, not the side they act for now.
_ONCE = frozenset({"once", "formerly", "previously"})
#: Nouns of a party's body of members: "joined the ranks of X" joins X.
_RANKS = frozenset({"rank", "ranks"})
#: Objects of serving that make it a term served, and where one serves it ("in prison").
_TERMS = frozenset({"sentence", "term", "time", "penalty"})
_HELD = frozenset({"prison", "jail", "gaol", "custody", "detention", "bars"})
#: Verbs of fighting, whose "with" a state's force is a clash with it ("fought with police").
_CLASH = frozenset({"fight", "battle", "fighting"})
#: Sectors of a state's force.
_STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
#: Prepositions that join a fighter to their own side (not "against").
_WITH = frozenset({"with", "for", "in", "alongside", "among"})
#: Nouns of a party's member; "a volunteer with the YPJ", "a member of the PKK".
_MEMBERS = frozenset({"member", "fighter", "volunteer", "militant", "combatant", "recruit",
                      "militiaman", "guerrilla", "soldier"})
_MEMBER_PREPS = frozenset({"of", "with", "in", "for"})
#: Nouns of a person from abroad who joins a fight ("dozens of foreigners fighting with X"), and
#: the modifiers of a member's noun that say so ("foreign volunteers", "an international
#: fighter"); a bare "volunteer" says nothing of where one came from, unless the document
#: speaks of foreign volunteers.
_FOREIGNERS = frozenset({"foreigner"})
_ABROAD = frozenset({"foreign", "international"})
#: Nouns of a count a person is "one of" ("one of a handful of", "one of dozens of").
_COUNTS = frozenset({"handful", "dozen", "dozens", "hundred", "hundreds", "score", "scores",
                     "number", "group", "couple", "few", "thousands", "thousand", "several"})
#: Sectors a person is asked in: none said, unknown, or civilians by default.
_ASKED = frozenset({"UNK", "CVL", "UAF"})
#: Sectors of a kind of armed party that a named group it belongs to may replace.
_GROUP_KINDS = frozenset({"REB", "UAF"})


def fighter_in(focus: Any, actor: Actor | None) -> Actor | None:
    """A person ``actor`` of a document (``focus``, its
    :class:`~dateline.actor_focus.DocumentFocus`: its words, name and the document's other
    mentions of the name) as :func:`combatant` makes them; a kind of armed party whose words
    name its group, as :func:`~dateline.actor_group_members.group_member` makes it; any other
    actor as it is."""
    if actor is not None and actor.sector == "MIL" and actor.parent is None:
        words = focus._words(actor)  # "Kurdish forces": the report's one Kurdish armed group
        found = party_of_kind(actor, words, frozenset()) if words is not None else actor
        if found is not actor:
            return found
    if actor is not None and actor.sector in _GROUP_KINDS and focus._person(actor):
        abroad = _volunteer_home(focus, actor)  # "Bell, one of the foreign volunteers with X"
        if abroad is not actor:
            return abroad
    if actor is not None and actor.sector in _GROUP_KINDS:
        d = focus.dict
        kinds = {None, SECTOR_LABELS.get(actor.sector or ""), named_for_country(
            d, replace(actor, name=None), actor.country) if actor.country else None}
        words = focus._words(actor)
        member = group_member(actor, words, frozenset(kinds),
                              lambda span: _party(d, span, focus.date))
        if member is actor and words is not None:  # "jihadists": the report's one jihadist group
            member = party_of_kind(actor, words, frozenset(kinds))
        if member is not actor or actor.sector not in _ASKED:
            return member
    if actor is None or actor.sector not in (None, *_ASKED):
        return actor
    span = focus._words(actor)
    person = focus._person(actor)
    if span is None or not person and not _person_noun(span.root) or person and _kin(span):
        return actor
    words = tuple(_name_words(focus, actor, span)) if person else ()
    doc, d, date = focus.doc, focus.dict, focus.date
    memo = doc_memo(doc, "actor_fighters.named")
    key = (words, date)
    named = memo.get(key)
    if named is None:  # what the name's other mentions say, once per name of the document
        named = memo[key] = _served_at(d, date, _heads(doc, words))
    own_left, own_found = _served_at(d, date, [span.root])
    left, found = own_left or named[0], own_found + named[1]
    if left or not found:
        return actor  # "who fled Islamic State": a past side, not the one they act for now
    nationality = (person_nationality(doc, list(words)) or _said_beside(
        d, _heads(doc, words))) if words else None
    party = _first(found)
    if nationality is None and any(_foreign(h) for h in [span.root, *_heads(doc, words)]):
        # one said to come from abroad is not of the group's country, nor of one the actor
        # took from elsewhere than their own words ("a British foreign fighter" keeps Britain)
        home = _home(focus, party[1])
        party = (party[0], home, party[2])
        if place_country(d.countries, list(span)) != actor.country:
            actor = replace(actor, country=home, country_from="document focus" if home else None)
    return combatant(actor, d, nationality, party)


def _volunteer_home(focus: Any, actor: Actor) -> Actor:
    """A named person the words beside their name make a member of an armed group
    (``actor``, of the group's sector and country), as one the text says came from abroad: of
    the country the text says is theirs, else of none (the report's own country may be the
    other side's); ``actor`` itself when no mention says they came from abroad."""
    span = focus._words(actor)
    words = tuple(_name_words(focus, actor, span)) if span is not None else ()
    heads = _heads(focus.doc, words) if words else []
    if span is None or not any(_foreign(h) for h in [span.root, *heads]):
        return actor
    own = person_nationality(focus.doc, list(words)) or _said_beside(focus.dict, heads)
    if own is not None:
        return replace(actor, country=own)
    home = _home(focus, actor.country)
    if home is not None:
        return replace(actor, country=home, country_from="document focus")
    d, old = focus.dict, actor.country
    kind = {None, SECTOR_LABELS.get(actor.sector or ""), d.country_names.get(old or ""),
            named_for_country(d, replace(actor, name=None), old) if old else None}
    name = SECTOR_LABELS.get(actor.sector or "") if actor.name in kind else actor.name
    return replace(actor, country=None, country_from=None, name=name)


def _home(focus: Any, group: str | None) -> str | None:
    """The country of a volunteer from abroad whose own the text does not say: that of the
    people the report is about when it names them more than the country it is about (a
    report on Britons who fought in Syria), and they are not the group's; else none (the
    report's own country may be the side that fought them)."""
    home = focus.person_focus
    return home if home not in (None, focus.focus, group, "IGO") else None


def _heads(doc: Doc, words: tuple[str, ...]) -> list[Token]:
    """The heads of the document's mentions of the name ``words``."""
    return [doc[i] for i in name_tokens(doc, words)]


def _foreign(head: Token) -> bool:
    """Whether a person's mention says they came from abroad to fight ("Holm, one of the
    foreign volunteers with the YPG", "one of dozens of foreigners fighting with the YPJ"):
    a noun of foreigners, or a member's noun called foreign or international, that itself
    names the side they fight on; not a former one's, and not a bare "volunteer" (a group's
    volunteers are mostly its own people)."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos")]
    nouns += [o for n in nouns if n.lower_ == "one" for o in _ones_of(n)]
    verbs = [c for c in head.children if c.dep_ in ("relcl", "acl")]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    nouns += [c for v in verbs for c in v.children if c.dep_ == "attr"]
    said = _foreign_volunteers(head.doc)
    return any(_abroad(n, said) and not past_member(n) and any(_sides(n)) for n in nouns)


def _abroad(noun: Token, said: bool) -> bool:
    """Whether a noun calls a person one from abroad: "foreigners", "foreign volunteers"; a
    "volunteer" too in a document that speaks of foreign volunteers (``said``)."""
    lemma = noun.lemma_.lower()
    return lemma in _FOREIGNERS or lemma == "volunteer" and said or lemma in _MEMBERS and any(
        c.dep_ == "amod" and c.lower_ in _ABROAD for c in noun.children)


def _foreign_volunteers(doc: Doc) -> bool:
    """Whether a document speaks of volunteers from abroad ("since the first foreign
    volunteers joined the fight"): its volunteers are then such ones."""
    memo = doc_memo(doc, "actor_fighters.foreign")
    if "said" not in memo:
        memo["said"] = any(t.lemma_.lower() == "volunteer" and any(
            c.dep_ == "amod" and c.lower_ in _ABROAD for c in t.children) for t in doc)
    return memo["said"]


def _sides(noun: Token) -> Iterator[tuple[Span, bool]]:
    """The parties a noun of people names as theirs: its own ("volunteers with X", "X
    fighters") or its clause's ("foreigners fighting with X", "volunteers who joined X")."""
    yield from _of_member(noun)
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and _own_clause(c):
            yield from _of_verb(c)


def _said_beside(d: ActorDictionary, heads: list[Token]) -> str | None:
    """The one country the nouns set beside a person's mentions say they are of ("Nur, a
    Kenyan", "Nur, a Kenyan citizen"), for a surname alone the parse tags no PERSON."""
    found = {place_country(d.countries, [a, *(c for c in a.children if c.dep_ in (
        "amod", "compound"))]) for h in heads for a in h.children
        if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")} - {None, "IGO"}
    return found.pop() if len(found) == 1 else None


def _name_words(focus: Any, actor: Actor, span: Span) -> list[str]:
    """The folded words of the person's name: the name in the actor's own words when it is
    not the name of the person the actor was taken to stand for ("Dirk Holm, her father"
    read as "Anna Holm"), else the name the focus gives (a surname's full name)."""
    named = focus._name_words(actor)
    root = span.root
    own = [t.lower_ for t in span if t.ent_type_ == "PERSON" and t.is_alpha] or (
        [*(c.lower_ for c in root.children if c.dep_ in ("compound", "flat") and
           c.pos_ == "PROPN" and c.is_alpha), root.lower_] if root.pos_ == "PROPN" else [])
    return own if own and not set(own) <= set(named) else named


def _kin(span: Span) -> bool:
    """Whether a mention names a person only as another's kin or someone of theirs ("Anna
    Holm's father", "the wife of Jon Holm"): a common noun, the name in its possessor or in
    its "of", none beside it ("her father, Dirk Holm")."""
    root = span.root
    if root.pos_ != "NOUN" or root.ent_type_ == "PERSON":
        return False
    heads = [t for t in span if t.ent_type_ == "PERSON" and t.head.ent_type_ != "PERSON"]
    return not any(t.head == root and t.dep_ in ("appos", "compound", "flat") for t in heads)


def combatant(actor: Actor, d: ActorDictionary, nationality: str | None,
              found: tuple[str | None, str | None, str]) -> Actor:
    """``actor`` (a person, of no sector or one a person is asked in) as a member of the armed
    party ``found`` (its name, country and sector): the party's sector and parent, and its
    country unless ``nationality`` (the person's own, said by the text) or the actor's own
    words give one."""
    party, country, sector = found
    own = nationality or (actor.country if actor.country_from in (None, "antecedent") else None)
    iso = own or country or actor.country
    fighter = replace(actor, sector=sector, parent=actor.parent or party, country=iso,
                      country_from=actor.country_from if own or not country else "antecedent")
    old = actor.country  # the name the actor had for its old country and kind, if any
    kind = {None, SECTOR_LABELS.get(actor.sector or "")} | ({d.country_names.get(old),
            named_for_country(d, replace(actor, name=None), old)} if old is not None else set())
    if actor.name in kind:
        # "a British volunteer", named for the country and their kind: the country's fighters;
        # one of no country said is named for the kind of party they fight in
        unnamed = replace(fighter, name=None)
        fighter = replace(fighter, name=named_for_country(d, unnamed, iso) if iso is not None
                          else SECTOR_LABELS.get(sector))
    return fighter


def _first(found: list[tuple[bool, tuple[str | None, str | None, str]]]
           ) -> tuple[str | None, str | None, str]:
    """The party of a person's: a party's own name before a kind's ("the YPG" before "Kurdish
    forces")."""
    named = [f for own, f in found if own]
    return (named or [f for _, f in found])[0]


def _served_at(d: ActorDictionary, date: str | None, mentions: list[Token]
               ) -> tuple[bool, list[tuple[bool, tuple[str | None, str | None, str]]]]:
    """Whether one of a person's ``mentions`` says they left an armed party, and the parties
    the mentions say they serve, each with whether a proper name names it."""
    if any(True for head in mentions for _ in _left(d, date, head)):
        return True, []
    found = []
    for head in mentions:
        for span, clash in _parties(head):
            name, country, sector = _party(d, span, date)
            if sector in FORCE_SECTORS and not (clash and sector in _STATE_FORCES):
                # "fought with police" is a clash with the police, not service in it
                found.append((any(t.pos_ == "PROPN" for t in span), (name, country, sector)))
    return False, found


def _party(d: ActorDictionary, span: Span, date: str | None
           ) -> tuple[str | None, str | None, str | None]:
    """(name, country, sector) of a party's phrase; the forces of a people of no state
    ("Kurdish forces") are an armed group, not a state's army, and have no name of a state's
    ("military")."""
    name, country, sector, _ = describe(d, span, date)
    if sector == "MIL" and stateless_people([t.lower_ for t in span]) is not None:
        sector = "REB"
        name = None if name == SECTOR_LABELS.get("MIL") or name is None or name.islower() \
            else name
    return name, country, sector


def _parties(head: Token) -> Iterator[tuple[Span, bool]]:
    """The phrases naming the party a person's mention (its head ``head``) says they serve,
    each with whether it is the object of fighting "with" it, which may be a clash instead."""
    if head.lower_ in _SERVE:  # "a volunteer fighting alongside X", parsed as one noun
        yield from _of_verb(head)
    for child in head.children:
        if child.dep_ in ("relcl", "acl"):  # "who fought with", "a volunteer fighting with"
            if _own_clause(child) and not _kin_clause(head, child):
                yield from _of_verb(child)
        elif child.dep_ == "appos" and child.pos_ == "NOUN":
            yield from _of_noun(child)  # "Holm, a member of the PKK", "a Briton who fought"
        elif child.dep_ == "compound" and child.pos_ == "NOUN":
            yield from _of_member(child)  # "YPG fighter Holm"
        elif child.dep_ == "appos" and child.lower_ == "one":  # "one of the women fighting"
            yield from (v for o in _ones_of(child) for v in _of_noun(o))
    if head.dep_ in ("nsubj", "nsubjpass"):  # "Holm joined the YPG", "she was a YPJ fighter"
        yield from _of_verb(head.head)


def _ones_of(one: Token, depth: int = 0) -> Iterator[Token]:
    """The nouns a person is said to be one of: "one of the volunteers", and through a count's
    "of" ("one of a few dozen Welsh nurses", "one of dozens of foreigners"); not through
    another noun's ("one of the relatives of volunteers" is a relative)."""
    for p in one.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    yield o
                    if depth < 2 and o.lower_ in _COUNTS:
                        yield from _ones_of(o, depth + 1)


def _own_clause(verb: Token) -> bool:
    """Whether a clause set on a person's noun tells of the person: not one with a subject of
    its own ("whose brother fought with X", "a man whose son joined X")."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
                   for c in verb.children)


def _kin_clause(noun: Token, verb: Token) -> bool:
    """Whether a clause the parse set on a noun follows, after a comma, the person's name in
    the noun's "of" ("the father of Anna Holm, who fought with X"): it tells of that name."""
    at = verb.left_edge.i
    if at < 2 or noun.doc[at - 1].text != ",":
        return False
    named = noun.doc[at - 2]
    return named.ent_type_ == "PERSON" and named.dep_ == "pobj" and \
        named.head.lower_ == "of" and named.head.head == noun


def _left(d: ActorDictionary, date: str | None, head: Token) -> Iterator[Token]:
    """The verbs of leaving an armed party said of a person's mention: "who fled Islamic
    State", "Holm joined the YPG and later deserted the militia", "defected from the army";
    not leaving a place ("left the house")."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos")]  # "the woman who fled"
    verbs = [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl")]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    for verb in verbs:
        objects = [o for c in verb.children for o in (
            [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "from" else [])]
        if verb.lemma_.lower() in _LEAVE and any(_party_left(d, date, o) for o in objects):
            yield verb


def _party_left(d: ActorDictionary, date: str | None, obj: Token) -> bool:
    """Whether the object of a verb of leaving stands for an armed party."""
    return obj.lower_ in _LEFT_NOUNS or obj.lemma_.lower() in _LEFT_NOUNS or \
        _party(d, _phrase(obj), date)[2] in FORCE_SECTORS


def _person_noun(root: Token) -> bool:
    """Whether a phrase's head is a person's noun ("a British woman"), or a noun of fighting
    the parse made of one's participle ("a volunteer fighting")."""
    return person_word(root) or root.lower_ in _SERVE and any(
        c.dep_ == "compound" and person_word(c) for c in root.children)


def _of_verb(verb: Token, depth: int = 0) -> Iterator[tuple[Span, bool]]:
    """The parties a clause of serving says its subject serves: "fought with X", "joined X",
    "was a member of X", "was with X", "died while fighting alongside X"; not a term served
    ("served a sentence in"), nor what one refused or planned to do ("refused to join X"), nor
    what one would have done ("would have joined X"), nor a past allegiance ("once fought for
    X")."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS or
           c.dep_ == "advmod" and c.lower_ in _ONCE for c in verb.children):
        return  # "never joined the group", "would have joined", "formerly served with"
    lemma = verb.lemma_.lower()
    term = lemma in _SERVE and _term(verb)  # "served a sentence", "served years in prison"
    for child in verb.children:
        if lemma in _SERVE and not term and child.dep_ == "prep" and child.lower_ in _WITH:
            yield from ((o, lemma in _CLASH and child.lower_ == "with") for o in _objects(child))
        elif lemma in _JOIN and child.dep_ == "dobj" and child.lemma_.lower() in _RANKS:
            yield from ((o, False) for p in child.children  # "joined the ranks of X"
                        if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p))
        elif lemma in _JOIN and child.dep_ == "dobj":
            yield _phrase(child), False
        elif lemma in _JOIN and child.dep_ == "prep" and child.lower_ in ("in", "with"):
            yield from ((o, False) for o in _objects(child))
        elif lemma in _COPULAS and child.dep_ == "attr":
            yield from _of_noun(child)  # "was a member of X", "became the first woman to die"
        elif lemma in _COPULAS and child.dep_ == "prep" and child.lower_ in ("with", "among"):
            yield from ((o, False) for o in _objects(child))  # "she was with the YPJ"
        elif lemma == "attach" and child.dep_ == "prep" and child.lower_ == "to":
            yield from ((o, False) for o in _objects(child))  # "attached to the YPJ's unit"
        elif child.dep_ in ("advcl", "xcomp", "conj") and depth < 2 and child.pos_ == "VERB" \
                and not (child.dep_ == "xcomp" and lemma in _UNDONE) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            # "to die while fighting alongside X"; not "after police said he fought with X"
            yield from _of_verb(child, depth + 1)


def _term(verb: Token) -> bool:
    """Whether a verb of serving tells of a term served: a sentence or time as its object
    ("served a sentence for the PKK"), or served in prison ("served five years in jail")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.lemma_.lower() in _TERMS for c in objects) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "behind") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _HELD for o in c.children)
        for c in (*verb.children, *(c for o in objects for c in o.children)))


def _of_noun(noun: Token) -> Iterator[tuple[Span, bool]]:
    """The parties a person's noun said of the subject names: a member's ("a member of X") or
    one its clause of serving tells ("the first woman to die while fighting alongside X")."""
    yield from _of_member(noun)
    if person_word(noun):
        for child in noun.children:
            if child.dep_ in ("relcl", "acl") and _own_clause(child):
                yield from _of_verb(child)


def _of_member(noun: Token) -> Iterator[tuple[Span, bool]]:
    """The party a member's noun names: "a member of X", "a volunteer with X", "X fighter";
    not a former one's."""
    if noun.lemma_.lower() not in _MEMBERS or not person_word(noun) or past_member(noun):
        return
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS:
            yield from ((o, False) for o in _objects(child))
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            yield _phrase(child), False


def _objects(prep: Token) -> Iterator[Span]:
    """The objects of a preposition, the names set beside them and their possessors ("the
    YPJ's battalion": the YPJ)."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.lemma_.lower() in _RANKS:  # "in the ranks of X"
            yield from (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in _objects(p))
        elif obj.dep_ == "pobj":
            # the possessor first: "the YPJ's battalion" is the YPJ's, not a state's army
            yield from (_phrase(c) for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN")
            yield _phrase(obj)  # "the Kurdish forces, the YPG": the name set beside them too
            yield from (_phrase(c) for c in obj.children if c.dep_ == "appos")


def _phrase(tok: Token) -> Span:
    """The words of a noun's phrase up to the noun ("the Kurdish YPG militia")."""
    return tok.doc[tok.left_edge.i:tok.i + 1]
