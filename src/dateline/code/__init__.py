"""Stage ``code``: event predicates, PLOVER type and mode, roles, status, fatalities.

Works on a parsed spaCy ``Doc`` and returns :class:`Mention` records with token spans; later
stages (actors, locate, date, attribute) turn them into :class:`~dateline.records.Event`.

Triggers are verbs and eventive nouns from the lexicons in ``dateline/data/lexicon``. Each
sentence goes through the passes of :func:`find_mentions`, in order, each in its own module:
``verbs`` and ``nouns`` find the triggers (with ``senses``, ``roles`` and ``appraisals``,
``speakers``, ``status`` and ``casualties``), ``merge`` makes one event of the verb and noun
mentions of one act, ``casualties`` folds victim verbs into their attack, ``refusals`` reads
"will not …" as a rejection, ``addressees`` finds whom a reported demand or a conditional threat
is put to, ``joint_parties`` takes the topic of talks out of their recipient ("met to discuss
Syria"), ``police`` adds what the police and armed forces did outside the lexicon,
``statements`` a stance told in a sentence with no other event ("said it is skeptical of"), and
``parties`` drops what is no political event (the writer's own requests, private life); over the
whole document, ``claims`` gives a claim of responsibility's claimer to the attack it refers to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..tokens import tags
from .addressees import addressed
from .cameo_obligations import duties_laid
from .aims import aims
from .casualties import merge_victims
from .charges_turned_away import charges_turned_away
from .claims import claimed_attacks
from .directives import directed
from .expectations import expected_of_others
from .hypotheticals import inverted_conditions
from .figures import figurative
from .opposed import opposed_acts
from .force_sentences import names_forces
from .lexicon import Lexicon, load_lexicon
from .mention import RULESET, Construction, Mention
from .merge import (agreed_once, asks_carried, concessions_agreed, covered_tokens,
                    fold_light_verbs, helped_acts, instrument_refine, merge_noun_subjects,
                    one_per_happening, threats_carried)
from .nouns import noun_mentions
from .parties import political
from .plea_content import plea_content
from .police import (police_context, police_means, police_measures, security_acts,
                     wanted_measures)
from .refusal_terms import unrefused
from .refusals import refusals, rejected_content
from .enabling_aims import enabling_aims
from .spoken_for import spoken_for
from .idle import idle
from .joint_parties import joint_parties
from .recipient_captives import captives
from .recipient_occupants import riders
from .statements import stance_mentions
from .status import UNREAL, unnegated
from .type_asks import asked_for
from .type_knowledge import shared_knowledge
from .type_parties import disowned_parties
from .type_visits import field_investigations
from .type_orders import orders_done
from .type_missions import missions_of_peace
from .type_promised import promised_content
from .type_offers import offers
from .type_promises import promised_acts, promised_withdrawals
from .type_vows import vowed_refusals
from .verbs import verb_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "Construction", "find_mentions", "RULESET"]


def reported(found: list[tuple[Mention, Token]]) -> list[tuple[Mention, Token]]:
    """The mentions the text reports: not a condition, wish, guess or question."""
    return [(m, tok) for m, tok in found if m.status != UNREAL]


def _sentence_mentions(doc: Doc, sent: list[Token], lex: Lexicon) -> list[Mention]:
    """The coder's passes over one sentence (its tokens, made once: every pass walks them)."""
    verbs = list(verb_mentions(sent, lex))                       # triggers from verbs
    verb_tokens = {tok.i for _, tok in verbs}
    nouns = list(noun_mentions(sent, lex, verb_tokens))          # triggers from nouns
    verbs, nouns = reported(verbs), reported(nouns)              # not "if they attack"
    if verbs or nouns:
        mentions, taken = _revised(doc, sent, lex, verbs, nouns)
    else:  # no trigger (most sentences): nothing for the passes that revise mentions
        mentions, taken = [], set()
    _, pos, deps, _ = tags(doc)
    # idle verbs ("released figures") are passed over by the police pack, and by the measures'
    # pass, which looks at no verb but a participle modifier ("the arrested workers")
    forces = bool(sent) and names_forces(doc, sent[0].i, sent[-1].i + 1)
    taken |= verb_tokens | {t.i for t in sent if pos[t.i] == "VERB" and t.i not in verb_tokens
                            and (forces or deps[t.i] == "amod") and idle(lex, t)}
    if forces:  # no doer in the sentence is a force else
        mentions += security_acts(sent, taken)                   # the police pack
    mentions += police_measures(sent, taken, frozenset(m.trigger for m in mentions))
    if not mentions:
        mentions += stance_mentions(sent)                        # "said it is skeptical"
    mentions = unnegated(doc, mentions)                          # "did not deny it"
    mentions = inverted_conditions(doc, mentions)                # "had they arrested him"
    return [spoken_for(doc, m) for m in mentions                 # "it said it would"
            if political(doc, m)]                                # not "I asked my father"


def _revised(doc: Doc, sent: list[Token], lex: Lexicon, verbs: list[tuple[Mention, Token]],
             nouns: list[tuple[Mention, Token]]) -> tuple[list[Mention], set[int]]:
    """The passes that revise the mentions of a sentence's triggers (each gives nothing when it
    is given none), and the tokens the triggers' events stand on."""
    verbs, light_heads = fold_light_verbs(verbs, nouns)          # "carried out a raid": one
    verbs = helped_acts(verbs)                                   # "helped evacuate": one
    verbs, nouns = promised_content(lex, verbs, nouns)           # "vowed to keep fighting"
    verbs = concessions_agreed(lex, verbs, nouns)                # "agreed to lift the curfew"
    nouns = agreed_once(verbs, nouns)                            # "agreed to resume talks"
    nouns = promised_acts(verbs, nouns)                          # "a promise to withdraw"
    verbs, nouns = promised_withdrawals(lex, verbs, nouns)       # "a pullout promised by"
    verbs, nouns = threats_carried(lex, verbs, nouns)            # "threatened to strike"
    verbs, nouns = orders_done(verbs, nouns)                     # "ordered troops to leave"
    verbs, nouns = asks_carried(lex, verbs, nouns)               # "refused to negotiate"
    found = sorted(verbs + nouns, key=lambda mt: mt[1].i)
    found = merge_noun_subjects(found)                           # "shells struck a camp": one
    found = [(instrument_refine(m, tok, lex), tok) for m, tok in found]  # "in an air strike"
    found = [(asked_for(m, tok, lex), tok) for m, tok in found]  # "asked for help"
    mentions = merge_victims(found)                              # "…, killing two"
    mentions = one_per_happening(doc, lex, mentions)             # "invaded and destroyed"
    mentions = unrefused(doc, mentions)                          # "will not attack"
    mentions = refusals(doc, mentions)                           # "will not release"
    mentions = vowed_refusals(doc, mentions)                     # "warned it would not allow"
    mentions = offers(doc, mentions)                             # "offered asylum", "invited"
    mentions = rejected_content(doc, mentions)                   # "rejected the proposal"
    mentions = charges_turned_away(doc, mentions)                # "denied the accusation"
    mentions = enabling_aims(doc, mentions)                      # "cleared it to allow"
    mentions = expected_of_others(doc, mentions)                 # "it is time for X to"
    mentions = plea_content(doc, mentions)                       # "pleaded with X to halt"
    mentions = shared_knowledge(doc, mentions)                   # "supplied intelligence"
    mentions = disowned_parties(doc, mentions)                   # "rejected the militants"
    mentions = aims(doc, mentions)                               # "rallied to demand"
    mentions = figurative(doc, mentions)                         # "a war of words"
    mentions = opposed_acts(doc, mentions)                       # "warned against attacking"
    mentions = field_investigations(doc, mentions)              # "visited to investigate"
    mentions = addressed(doc, mentions)                          # "said Sudan must return"
    mentions = directed(doc, mentions)                           # "told the army to leave"
    mentions = duties_laid(doc, mentions)                        # "told Iraq it must"
    mentions = joint_parties(doc, mentions)                      # "met to discuss Syria"
    mentions = captives(doc, mentions)                           # "took the mayor hostage"
    mentions = riders(doc, mentions)                             # "the convoy carrying X"
    mentions = police_context(sent, mentions)                    # agentless force by police
    mentions = police_means(sent, mentions)                      # "a case was registered"
    mentions = wanted_measures(sent, mentions)                   # "demanded the arrest of"
    mentions = missions_of_peace(doc, mentions)                  # "peacekeepers arrived"
    return mentions, covered_tokens(lex, verbs, nouns, light_heads)


def find_mentions(doc: Doc, sents: Iterable[Span] | None = None,
                  tokens: Sequence[list[Token]] | None = None) -> list[Mention]:
    """All event mentions in a parsed document, in text order (``sents``: its sentences, when
    the caller has them already; ``tokens``: their tokens, one list per sentence, when it has
    those too)."""
    lex = load_lexicon()
    out: list[Mention] = []
    bounds: list[tuple[int, int]] = []
    for k, span in enumerate(doc.sents if sents is None else sents):
        out.extend(_sentence_mentions(doc, list(span) if tokens is None else tokens[k], lex))
        bounds.append((span.start, span.end))
    out.sort(key=lambda m: m.trigger)
    return claimed_attacks(doc, out, bounds)                     # "claimed the attack"
