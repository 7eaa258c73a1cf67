"""Who a pronoun that begins what a party says stands for, read from the parse alone.

* The subject of a statement noun's "that" clause is the statement's owner ("a US announcement
  that it would build a force", "Russia's claim that it had hit the base": the US, Russia).
* The subject of what a participle of speech reports ("..., saying they are targeting
  terrorists") is who speaks: the subject of the clause the participle hangs on, which a
  relative pronoun gives to the noun it describes ("the Iranians who shell the towns, claiming
  they ...": the Iranians, not the towns), as the focus of "it is ... who" is ("It is the
  Iranians who ..., claiming they ...", "you have the Iranians who ...").
* The subject of the clause a verb of speech reports is its sayer, when the sayer is named
  ("Downing Street said it had been consulted", "the ministry said it would respond"); the
  caller checks that the two agree in kind and gender.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.habits import PERFECT
from .code.recipient_sayers import SPEECH_VERBS
from .code.roles import RELATIVE_PRONOUNS
from .coref_kin import GENDERED_NOUNS
from .aspect import irrealis, simple_past
from .deps import subject
from .sentences import QUOTE_MARKS, in_quotation
from .tokens import doc_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["SPEECH_VERBS", "colon_speaker", "death_reporter", "names_given", "said_by"]

#: Nouns of what a party says, whose "that" clause says what the party itself does.
_STATEMENT_NOUNS = word_class("statement_nouns")
#: Pronouns that are no party themselves.
_EMPTY = frozenset({"it", "there"})
_OWNER_LABELS = ("GPE", "ORG", "NORP", "PERSON")


def said_by(pron: Token, pronouns: frozenset[str]) -> Token | None:
    """The word of the party whose words the clause that the pronoun ``pron`` is the subject of
    reports, by either rule above; ``None`` when neither applies."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return _statement_owner(pron, pronouns) or _participle_sayer(pron) or \
        _clause_sayer(pron, pronouns)


def _statement_owner(pron: Token, pronouns: frozenset[str]) -> Token | None:
    verb = pron.head
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or \
            noun.lemma_.lower() not in _STATEMENT_NOUNS or \
            not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    return next((c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and
                 c.ent_type_ in _OWNER_LABELS and c.lower_ not in pronouns), None)


def _participle_sayer(pron: Token) -> Token | None:
    verb = pron.head
    say = verb.head
    if verb.dep_ != "ccomp" or say.dep_ != "advcl" or say.tag_ != "VBG" or \
            say.lemma_.lower() not in SPEECH_VERBS or subject(say) is not None:
        return None
    host = say.head
    doer = subject(host)
    if doer is None:
        return None
    if doer.lower_ in _EMPTY or doer.lower_ == "you" and host.lemma_.lower() == "have":
        # "It is the Iranians who ..., claiming they ...", "you have the Iranians who ...": whom
        # the sentence presents
        return next((c for c in host.children if c.dep_ in ("attr", "dobj") and
                     c.pos_ != "PRON"), None)
    if doer.lower_ in RELATIVE_PRONOUNS:  # "the Iranians who shell the towns, claiming they ..."
        return host.head if host.dep_ == "relcl" and host.head.pos_ in ("NOUN", "PROPN") \
            else None
    return None  # a subject of its own: the one the pronoun's own rules find


def _clause_sayer(pron: Token, pronouns: frozenset[str]) -> Token | None:
    verb = pron.head
    say = verb.head
    if verb.dep_ != "ccomp" or say.i == verb.i or say.lemma_.lower() not in SPEECH_VERBS or \
            pron.lower_ in _EMPTY and pron.i + 1 < len(pron.doc) and \
            pron.doc[pron.i + 1].lemma_ == "be" and pron.dep_ == "nsubj" and \
            verb.lemma_ == "be":
        return None  # "said it was clear that ...": an "it" that stands for nothing
    sayer = subject(say)
    if sayer is None or sayer.pos_ not in ("PROPN", "NOUN") or sayer.lower_ in pronouns or \
            sayer.i > pron.i or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in sayer.children):
        return None  # "his lawyer said he had refused": he is the lawyer's client
    return sayer


def names_given(speaker: Token) -> list[Token]:
    """The names the speaking phrase gives the speaker whose head is ``speaker``: a person's
    name set beside it ("a commander, Karim Saleh"), or one a clause on it gives as a name,
    after a noun of the name's own phrase ("a commander who uses the nom de guerre Karim
    Saleh", "a fighter known by the alias Sara"); not another party the clause names ("a
    nurse who treated Ali Hassan")."""
    found = [c for c in speaker.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for clause in (c for c in speaker.children if c.dep_ in ("relcl", "acl")):
        found += [t for t in clause.subtree if t.ent_type_ == "PERSON" and t.head.i != t.i
                  and t.dep_ != "compound" and _as_a_name(t)]
    return found


def _as_a_name(name: Token) -> bool:
    """Whether a person's name is given as one: set beside a common noun ("the alias, Sara")
    or after a common noun of its own phrase ("the nom de guerre Karim Saleh")."""
    if name.dep_ == "appos" and name.head.pos_ in ("NOUN", "PROPN") and not name.head.ent_type_:
        return _no_person(name.head)  # (the model may take "nom de guerre" for a name)
    return any(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ and _no_person(t)
               for t in name.doc[name.left_edge.i:name.i])


def _no_person(noun: Token) -> bool:
    """Whether a noun names no person ("the name", "the alias"; not "the boy, Ali", "his
    brother Ali": another person, whom the clause names)."""
    return noun.lemma_.lower() not in _PERSON_NOUNS and noun.lower_ not in _PERSON_NOUNS


#: Nouns of a person, beside which a name is that person's, not one the speaker goes by.
_PERSON_NOUNS = word_class("person_heads") | GENDERED_NOUNS | word_class("kin_nouns")
#: The subjects of a speaker speaking of themself.
_FIRST = frozenset({"i", "we"})


def colon_speaker(tok: Token) -> Token | None:
    """Who says the first-person word ``tok`` ("we", "I") outside quotation marks in the
    sentence after one in which a colon closes a speech verb's own clause, with no mark after
    it ("He said: We observe ... We call on the leaders"), or in the second sentence after one
    that ends with
    that colon: the unquoted words after the colon run on as the speaker's; ``None`` when a
    sentence from the colon to the word has quotation marks or another speaker's speech verb,
    or no such colon comes before."""
    doc, sent = tok.doc, tok.sent
    if sent.start == 0 or in_quotation(doc_text(doc), tok.idx) or _told_apart(sent):
        return None
    before = doc[sent.start - 1].sent
    colon = next((t for t in before if t.text == ":"), None)
    if colon is None and before.start > 0 and not _told_apart(before):
        before = doc[before.start - 1].sent  # "X said: " split off as a sentence of its own
        colon = before[-1] if before[-1].text == ":" else None
    if colon is None or any(m in doc[colon.i:before.end].text for m in QUOTE_MARKS):
        return None
    verb = _closed_by(colon)
    speaker = subject(verb) if verb is not None else None
    return speaker if speaker is not None and speaker.lower_ not in _FIRST else None


def _closed_by(colon: Token) -> Token | None:
    """The speech verb whose own clause the colon closes ("He said: ..."), or ``None`` when the
    colon opens something inside what the verb reports ("said there were two options: war or
    talks"): the colon hangs on the verb itself, after no clause the verb reports."""
    verb = colon.head
    if verb.i == colon.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS or \
            any(c.dep_ == "ccomp" and verb.i < c.i < colon.i for c in verb.children):
        return None
    return verb


def _told_apart(sent: Span) -> bool:
    """Whether a sentence has quotation marks or the speech verb of a speaker who is not "I" or
    "we" ("Officials said we ..."): words of their own, not the run of a speaker's."""
    return any(m in sent.text for m in QUOTE_MARKS) or any(
        t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and (s := subject(t)) is not None
        and s.lower_ not in _FIRST for t in sent)


#: Verbs of dying and of killing.
_DEATHS = word_class("deaths")


def death_reporter(pron: Token) -> Token | None:
    """Who reports the death of the one the pronoun ``pron`` stands for: the subject of the
    speech verb whose clause says ``pron`` died or was killed (that of the verb it is joined to
    when it has none: "She named the woman and confirmed that she had been killed"), who is
    alive to say so and so not the one ``pron`` stands for; ``None`` where no such report is,
    as where the death is only feared or supposed ("he said he would be killed if he returned":
    the speaker may be the one meant), or told in neither the simple nor the perfect past."""
    verb = pron.head
    lemma = verb.lemma_.lower()
    if lemma not in _DEATHS or not (pron.dep_ == "nsubjpass" or lemma == "die" and
                                    pron.dep_ == "nsubj") or verb.dep_ != "ccomp" or \
            irrealis(verb) or not (simple_past(verb) or _perfect(verb)):
        return None
    say = verb.head
    if say.lemma_.lower() not in SPEECH_VERBS:
        return None
    sayer = subject(say)
    while sayer is None and say.dep_ == "conj":
        say = say.head
        sayer = subject(say)
    return sayer


def _perfect(verb: Token) -> bool:
    """``verb`` is told in a perfect: "had been killed", "has died"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT
                                      for c in verb.children)
