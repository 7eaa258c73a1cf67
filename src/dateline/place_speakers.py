"""Where words were said: the place a verb of speaking says its speaker spoke from.

"The commander accused Turkey of war crimes, she said from Qamishli", "“We will not
surrender,” the commander said from Qamishli", "She said, speaking from the camp, that the
guards had beaten her": the accusation, the refusal, the words are made where the speaker is,
whatever the article is about. :mod:`dateline.locate` asks this of words (verbal events) only:
a deed the words tell of ("troops shelled the town, she said from Qamishli") is not done where
they were said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .place_origins import SPEAKING
from .place_roles import head_of_list, spoken_from
from .toponyms import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["speaks_from"]

#: Links by which a verb of speaking holds what was said: its reported clause.
_CONTENT = frozenset({"ccomp", "parataxis", "xcomp"})
_VERBAL = frozenset({"VERB", "AUX"})


def _says(verb: Token, tok: Token) -> bool:
    """``tok`` is ``verb`` itself or a word of what ``verb`` says (its reported clause, or a
    noun or verb within that clause)."""
    node = tok
    while node.i != verb.i:
        if node.head.i == node.i:
            return False
        if node.head.i == verb.i:
            return node.dep_ in _CONTENT
        node = node.head
    return True


def speaks_from(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place of ``t`` is where the speaker of the words ``tok`` spoke from: hung by "from"
    on a verb of speaking that says them ("…, she said from Qamishli"), by a speaking
    participle beside the verb that says them ("she said, speaking from the camp, that …"), or
    by a phrase of "from" on ``tok`` itself that opens the sentence before its speaker ("From a
    camp near Erbil, the women pleaded"), as well as the cases
    :func:`dateline.place_roles.spoken_from` reads ("Her father, speaking from Sunamganj,
    accused …")."""
    if spoken_from(doc, t, tok):
        return True
    root = _abode(head_of_list(doc, t))
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.i == tok.i and _fronted(doc, root, tok):
        return True  # ("From a camp near Erbil, the women pleaded to be brought home")
    if verb.pos_ not in _VERBAL or verb.lemma_.lower() not in SPEAKING:
        return False
    if _says(verb, tok):
        return True
    if root.i != head_of_list(doc, t).i and verb.tag_ == "VBG" and (
            verb.head.i == tok.i or (verb.dep_ in ("acl", "advcl") and verb.head.head.i == tok.i)):
        return True  # ("Speaking from his home in Sunamganj, the father urged …")
    # ("she said, speaking from the camp, that the guards beat her")
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and _says(verb.head, tok) \
        and verb.head.lemma_.lower() in SPEAKING


def _fronted(doc: Doc, root: Token, tok: Token) -> bool:
    """The phrase of "from" whose object is ``root`` opens the sentence of ``tok``, before its
    subject, and is closed by a comma ("From Kyiv, the president appealed"): one place, not a
    span of them ("From Paris to Tokyo, leaders condemned") nor a list."""
    prep = root.head
    subjects = [c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    end = prep.right_edge.i
    while end > prep.i and doc[end].is_punct:
        end -= 1
    return prep.i == prep.sent.start and bool(subjects) and end < min(subjects) \
        and end + 1 < len(doc) and doc[end + 1].text == "," \
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in prep.children) \
        and not any(c.dep_ == "conj" for c in root.children)


#: Prepositions by which a place says where a speaker's home or post lies ("his home in
#: Sunamganj", "her base in the city of Qamishli", "his home village of Kocho").
_LIES_IN = frozenset({"in", "of", "near", "outside"})
#: Nouns of a speaker's home or post that a place may say where lies ("his home in Sunamganj",
#: "her base in Qamishli"); not what speaking "from" also takes ("from experience of the siege").
_ABODES = frozenset({"home", "hometown", "house", "flat", "apartment", "base", "office",
                     "headquarters", "camp", "shelter", "hideout", "hospital", "village"})


def _abode(root: Token) -> Token:
    """For a place named as where the noun it hangs on lies, when that noun is spoken "from"
    ("from his home in Sunamganj", "from her base in the city of Qamishli"), that noun: the
    speaker speaks from the place; else ``root`` itself."""
    node = root
    for _ in range(2):  # ("… in the city of Qamishli")
        if node.dep_ != "pobj" or node.head.lower_ not in _LIES_IN or node.head.dep_ != "prep":
            return root
        node = node.head.head
        if node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ == "from":
            return node if node.lemma_.lower() in _ABODES else root
    return root
