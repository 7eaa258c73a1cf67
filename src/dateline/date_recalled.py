"""Stage ``date``, across a document's events: past acts told as recalled, not as the news.

An act the text gives no time of has the publication date, marked as such: what a report tells
as done is mostly of its day. Three ways of telling a past act put it before the story's own
time instead, at a time the text leaves to the stretch it belongs to:

* **in someone's own words**: an act told in the simple past inside a quotation ("“They beat
  me and took my phone,” she says"), or reported by a person's saying told in the present
  ("she says they beat her"), is the speaker's account of what happened before the telling
  (not what a saying in the past reports, "officials said troops killed ten", nor what a state,
  a force or an official says in the present, "the army says its jets destroyed ten
  positions": the news style of a party's report, maybe news of the day). It
  takes the time of the happening the sentence before dates (the account goes on with it:
  "She said they were arrested on 22 July. “Police searched the house,” she said"), else it
  has no date (``before publication``);
* **as what describes a party**: a relative clause or a participle telling in the past what a
  party did or underwent ("the foundation, which was accused of fraud", "troops deployed in the
  fight against the militants", "the force that led the battle") describes who the party is,
  by what it did before; it has no date. Not in the article's first sentence, whose news a
  clause may tell ("A man who stabbed three people has been arrested"), nor when the noun
  described is a happening ("an attack which killed ten": that attack's time), nor a
  participle whose doer is a happening ("people wounded by the blast": hurt in the story's own
  happening, at its time), nor what a party is said to be ("he is the first person charged
  under the law": the news itself).

* **as what someone is judged or blamed for**: "charged with smuggling arms", "facing a
  prosecution for fighting abroad", "held responsible for killing the hostages" (the deed is
  done before the charge, by a span the text does not say); not what someone is arrested or
  thanked for, which may be of the same day ("arrested for blocking the road").

Only acts dated by the publication date alone change; a time the text gives is kept. What the
clause tells as recent ("who recently visited the town") is not recalled here: it was done a
while before the report, at a time the text does not give (:mod:`dateline.date_ongoing`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence, Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of, past_perfect, past_progressive, simple_past
from .date_charged import charge_gerund, first_noun_conjunct, judged
from .date_clauses import reported_by
from .date_story import happening_word
from .sentences import event_token, in_quotation, sentence_starts
from .tokens import parse_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event

__all__ = ["BEFORE_PUBLICATION", "recalled", "in_own_words", "describes_party", "judged_for"]

#: Adverbs putting an act in the report's days: "who recently visited the town".
_LATELY = word_class("recent_adverbs")
#: Speakers whose present "says" reports the news of the day: forces, officials, offices.
_PARTY_SPEAKERS = word_class("armed") | word_class("speaks_for_nouns") | word_class("offices")
#: Named-entity kinds of a party that speaks as a body (a named person may speak for herself).
_BODIES = frozenset({"NORP", "ORG", "GPE"})
#: Nouns of happenings that can be the doer of a harm: "wounded by the blast".
_HARMING = word_class("deed_nouns") | word_class("death_causes")
#: Sources of a date the text tells for an act.
_TOLD = ("clause", "sentence", "carried", "story")
#: Precisions fine enough for a recalled act to share: a year is a scene, not a happening.
_SHARED = ("day", "week", "month")
#: ``date_source`` of an act told as done before the report at a time the text does not give.
BEFORE_PUBLICATION = "before publication"


def recalled(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` with the past acts dated by the publication date alone that the text tells
    as recalled: in someone's own words (:func:`in_own_words`) given the time of the happening
    told just before them, else no date; describing a party (:func:`describes_party`) or as
    what someone is judged for (:func:`judged_for`), no date."""
    tokens = [event_token(doc, e) for e in events]
    triggers = {t.i for t in tokens if t is not None}
    out: list[Event] = []
    for e, tok in zip(events, tokens, strict=True):
        if tok is None or e.date_source != "publication" or e.date_precision is not None or (
                _lately(clause_of(tok))):
            out.append(e)
            continue
        if in_own_words(tok):  # (an account goes on with the time given to the act before)
            told = _told_just_before(doc, tok, list(zip(out, tokens, strict=False)))
            e = replace(e, date=told[0], date_precision=told[1], date_source="carried") if (
                told is not None) else replace(e, date=None, date_precision=None,
                                               date_source=BEFORE_PUBLICATION)
        elif describes_party(tok, triggers) or judged_for(tok):
            e = replace(e, date=None, date_precision=None, date_source=BEFORE_PUBLICATION)
        out.append(e)
    return out


def _lately(verb: Token) -> bool:
    """``verb``'s clause tells its act as of the report's days: "who recently visited"."""
    return any(c.dep_ == "advmod" and c.lower_ in _LATELY for c in verb.children)


def in_own_words(tok: Token) -> bool:
    """``tok``'s act is told in the simple past or the past progressive in someone's words, past
    the article's first sentence: inside a quotation ("“They searched the house,” she said"),
    or reported by a person's saying in the present, the telling of now ("she says they
    searched the house", "she says they were beating him"; not a party's,
    :func:`_party_speaks`)."""
    verb = clause_of(tok)
    if tok.pos_ not in ("VERB", "AUX") or verb.sent.start == 0 or not (
            simple_past(verb) or past_progressive(verb)):  # "they were shelling": past too
        return False
    saying = reported_by(tok)
    # (the parse's text joined once: ``doc.text`` joins it anew, a Token a word, on each call)
    return in_quotation(parse_text(tok.doc), tok.idx) or bool(saying) and saying[0][0].tag_ in (
        "VBZ", "VBP") and not _party_speaks(saying[0][0])


def _party_speaks(saying: Token) -> bool:
    """The subject of ``saying`` is a state, a force, an official or an office ("the Syrian
    army", "a spokesman", "Norland"), whose present "says" is a report's news style."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _PARTY_SPEAKERS or any(
        t.ent_type_ in _BODIES for t in c.subtree)) for c in saying.children)


def describes_party(tok: Token, triggers: AbstractSet[int] = frozenset()) -> bool:
    """``tok``'s act is told in the past in a relative clause or a participle describing a
    party or a thing that is no happening, past the article's first sentence: "the charity,
    which was accused of fraud", "troops deployed in the fight against the militants" (not
    "an attack that killed ten", nor a noun that is itself one of the events, ``triggers``,
    nor what a party is said to be: "he is the first person charged under the law", nor what a
    clause of "where" or "when" tells was done at a place or a time: "flew on to Cairo, where
    he met the president": the clause's doer the main clause's, by the same word or a pronoun;
    not "visited Kessa, where rebels massacred 40 villagers": the place's past)."""
    verb = clause_of(tok)
    if not (tok.pos_ in ("VERB", "AUX") or _named_as_done(tok, verb)) or verb.sent.start == 0:
        return False
    if verb.dep_ == "relcl":  # "the foundation, which was (had been) accused of fraud"
        # (not a clause of "where" or "when": "travelled to Cairo, where he met the president"
        # goes on telling what was done there, not what the place is)
        past = (simple_past(verb) or past_perfect(verb)) and not (any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children)
            and _same_doer(verb))
    elif verb.dep_ == "acl":  # a reduced passive: "the charity, accused of fraud"
        past = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in (
            verb.children)) and not _done_by_happening(verb)
    else:
        return False
    noun = verb.head  # (not what a party is said to be: "is the first person charged")
    return past and noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.dep_ != "attr" and (
        noun.i not in triggers) and not happening_word(noun).startswith("happening_")


def _same_doer(verb: Token) -> bool:
    """The subject of the clause ``verb`` heads is the doer of the clause it hangs on, the same
    word or a pronoun ("flew to Cairo, where he met the president")."""
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    main = verb.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    own = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is None or own is None or doer.pos_ != "PRON":
        return doer is not None and own is not None and doer.lower_ == own.lower_
    if own.pos_ == "PRON":
        return doer.lower_ == own.lower_ or {doer.lower_, own.lower_} <= {"they", "we"}
    many = own.tag_ in ("NNS", "NNPS")  # (a pronoun of the doer's number)
    return doer.lower_ in (("they",) if many else ("he", "she", "it"))


def _named_as_done(tok: Token, verb: Token) -> bool:
    """``tok`` is a deed noun that the clause of ``verb`` names as what its doer did: the
    verb's object, or one joined to it ("the militias who led the assault", "which provided
    air cover and military support"): the clause's own act."""
    noun = first_noun_conjunct(tok)
    return tok.pos_ in ("NOUN", "PROPN") and noun.dep_ == "dobj" and noun.head.i == verb.i


def _done_by_happening(verb: Token) -> bool:
    """The participle's "by" phrase names a happening: "people wounded by the blast"."""
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in _HARMING or happening_word(
        g).startswith("happening_")) for c in verb.children if c.dep_ == "agent"
        for g in c.children)


def _told_just_before(doc: Doc, tok: Token, dated: Sequence[tuple[Event, Token | None]]
                      ) -> tuple[str, str | None] | None:
    """The date the text tells for the last act done before ``tok`` in its sentence or in the
    one before it, at a precision a happening has."""
    starts = sentence_starts(doc)
    k = max(0, bisect_right(starts, tok.i) - 1)
    first = starts[max(0, k - 1)]
    found = None
    for e, t in dated:
        if t is None or not first <= t.i < tok.i:
            continue
        if e.date_source in _TOLD and e.date and e.date_precision in _SHARED and (
                e.status == "actual"):
            found = (e.date, e.date_precision)
    return found


def judged_for(tok: Token) -> bool:
    """``tok``'s act is what someone is judged or blamed for ("charged with smuggling arms",
    "a prosecution under the law for fighting abroad", "responsible for killing")."""
    gerund = charge_gerund(tok)  # ... or a deed it orders or plans: "of ordering the murder"
    return gerund is not None and judged(gerund)
