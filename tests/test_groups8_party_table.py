"""A generic word for armed people takes the one named armed group of its kind the report names
(:mod:`dateline.actor_party_table`); with none, or two of its kind, it keeps its kind.
Sentences written for the project."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"

# (text, trigger, the actor's expected (name, country))
TAKEN = [
    # a jihadist word, the report's one jihadist group; the demonym keeps the person's country
    ("Islamic State lost its last village in Syria in March. Some Danish jihadists fled to "
     "Turkey in April.", "fled", ("Islamic State", "DNK")),
    # suicide bombers, the one jihadist group the report names
    ("Al-Shabaab holds much of southern Somalia. Two suicide bombers attacked a hotel in "
     "Mogadishu on Sunday.", "attacked", ("al-Shabaab", None)),
    # a pronoun is read by its antecedent's words, and keeps their demonym's country
    ("Islamic State lost its last village in Syria in March. Some Danish jihadists fled to "
     "Turkey in April. They attacked a checkpoint near Idlib on Sunday.", "attacked",
     ("Islamic State", "DNK")),
    # a Kurdish people's forces, the one Kurdish armed group named
    ("The Syrian Democratic Forces hold the town. Kurdish forces arrested two men in Raqqa on "
     "Monday.", "arrested", ("Syrian Democratic Forces", "SYR")),
    # rebels, the one rebel group named
    ("The Free Syrian Army holds the town. The rebels shelled an army post near Daraa on "
     "Sunday.", "shelled", ("Free Syrian Army", "SYR")),
]

# (text, trigger, a name the actor must not have)
KEPT = [
    # two jihadist groups named: the word keeps its kind, no group is guessed
    ("Islamic State and al-Qaeda both hold villages in the province. Two suicide bombers "
     "attacked a checkpoint near Idlib on Sunday.", "attacked", {"Islamic State", "al-Qaeda"}),
    # a word of another kind than the one group named: rebels are not Islamic State
    ("Islamic State lost its last village in Syria in March. Syrian rebels attacked an army "
     "post near Daraa on Sunday.", "attacked", {"Islamic State"}),
    # two Kurdish armed bodies named: Kurdish fighters keep their kind
    ("The Peshmerga and the PKK both hold ground near Sinjar. Kurdish fighters arrested two "
     "men in Sinjar on Monday.", "arrested", {"Peshmerga", "Kurdistan Workers' Party"}),
    # rebel groups are several groups, not the one named
    ("The Free Syrian Army holds the town. Rebel groups shelled an army post near Daraa on "
     "Sunday.", "shelled", {"Free Syrian Army"}),
    # rival fighters are someone else's than the group named
    ("Islamic State lost its last village in Syria in March. Rival jihadists attacked a "
     "checkpoint near Idlib on Sunday.", "attacked", {"Islamic State"}),
]


def _actor(text: str, trigger: str):  # type: ignore[no-untyped-def]
    from dateline import extract

    found = [e for e in extract(text, pubdate=PUBDATE) if e.trigger == trigger]
    assert found, f"no event {trigger!r} in {text!r}"
    return found[0].source


@pytest.mark.parametrize(("text", "trigger", "expected"), TAKEN)
def test_actor_party_table_takes_the_one_group_of_the_kind(
        text: str, trigger: str, expected: tuple[str, str | None]) -> None:
    actor = _actor(text, trigger)
    name, country = expected
    assert actor is not None and actor.name == name
    assert actor.sector == "REB"
    if country is not None:
        assert actor.country == country
    assert actor.antecedent  # the words of the report that named the group


@pytest.mark.parametrize(("text", "trigger", "not_names"), KEPT)
def test_actor_party_table_keeps_the_kind(text: str, trigger: str, not_names: set[str]) -> None:
    actor = _actor(text, trigger)
    assert actor is None or actor.name not in not_names


@pytest.mark.parametrize(("root_text", "kind"), [
    ("Islamic State is named. The jihadists fled.", "jihadist"),
    ("The PKK is named. The Kurdish fighters fled.", "kurdish"),
    ("The FSA is named. The rebels fled.", "rebel"),
    ("The FSA is named. The gunmen fled.", None),
    ("The FSA is named. Its fighters fled.", None),
    ("The FSA is named. The former rebels fled.", None),
])
def test_actor_party_table_word_kind(root_text: str, kind: str | None) -> None:
    from dateline.actor_party_table import word_kind
    from dateline.annotate import load_model

    doc = load_model()(root_text)
    subject = [t for t in doc if t.dep_ == "nsubj"][-1]
    assert word_kind(subject) == kind
