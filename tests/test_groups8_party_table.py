"""A generic word for armed people takes the one named armed group of its kind the report names
(:mod:`dateline.actor_party_table`); with none, or two of its kind, it keeps its kind.
Sentences written for the project."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"

# (text, trigger, the actor's expected (name, country[, sector]))
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
    # one group under two of its names (a leader's name and "Isis") is one group
    ("Isis commander Abu Omar al-Shishani was killed in 2016. On Sunday, jihadists attacked a "
     "checkpoint near Deir ez-Zor.", "attacked", ("Islamic State", None)),
    # a group's name whose first word the parse takes for an adjective
    ("An Islamic State commander was killed in March. Jihadists attacked a checkpoint near "
     "Deir ez-Zor on Sunday.", "attacked", ("Islamic State", None)),
    # a group's name the parse takes for a common noun; the Peshmerga are a people's forces
    ("Peshmerga fighters guard the city. Kurdish forces detained two smugglers near Dohuk on "
     "Monday.", "detained", ("Peshmerga", "IRQ", "MIL")),
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
    # a group named after the word, as its event's other side, is not what the word stands for
    ("Rebels raided a Free Syrian Army post near Azaz on Sunday.", "raided",
     {"Free Syrian Army"}),
    # a group named after the word, in a later sentence
    ("Rebels ambushed a convoy near Homs on Thursday. The Free Syrian Army denied it.",
     "ambushed", {"Free Syrian Army"}),
    # a group named before the word and again as the other side of its event
    ("Turkish jets struck PKK bases last week. On Monday, Kurdish forces arrested three PKK "
     "suspects in Duhok.", "arrested", {"Kurdistan Workers' Party"}),
    # "another" group is not the one named
    ("Boko Haram has raided villages in Borno for years. Another jihadist group attacked an "
     "army base near Maiduguri on Tuesday.", "attacked", {"Boko Haram"}),
    # militias against the Kurds are not the Kurdish group named
    ("The PKK is active near Cizre. Anti-Kurdish militias burned a village near Cizre on "
     "Monday.", "burned", {"Kurdistan Workers' Party"}),
    # jihadists of a rival faction are not the jihadist group named
    ("Hayat Tahrir al-Sham holds Idlib. Jihadists from a rival faction attacked a checkpoint "
     "near Sarmada on Friday.", "attacked", {"Hayat Tahrir al-Sham"}),
]


def _actor(text: str, trigger: str):  # type: ignore[no-untyped-def]
    from dateline import extract

    found = [e for e in extract(text, pubdate=PUBDATE) if e.trigger == trigger]
    assert found, f"no event {trigger!r} in {text!r}"
    return found[0].source


@pytest.mark.parametrize(("text", "trigger", "expected"), TAKEN)
def test_actor_party_table_takes_the_one_group_of_the_kind(
        text: str, trigger: str, expected: tuple[str | None, ...]) -> None:
    actor = _actor(text, trigger)
    name, country, *sector = expected
    assert actor is not None and actor.name == name
    assert actor.sector == (sector[0] if sector else "REB")
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
    ("The FSA is named. Its rebel fighters fled.", None),
    ("The FSA is named. The former rebels fled.", None),
    ("The PKK is named. The non-Kurdish fighters fled.", None),
])
def test_actor_party_table_word_kind(root_text: str, kind: str | None) -> None:
    from dateline.actor_party_table import word_kind
    from dateline.annotate import load_model

    doc = load_model()(root_text)
    subject = [t for t in doc if t.dep_ == "nsubj"][-1]
    assert word_kind(subject) == kind


def test_actor_party_table_country_lent_only_from_the_group() -> None:
    # al-Qaeda has no country: the event place's country stays, not said to be the group's
    actor = _actor("Al-Qaeda is named in the report. Jihadists attacked a hotel in Bamako on "
                   "Friday.", "attacked")
    assert actor is not None and actor.name == "al-Qaeda"
    assert actor.country == "MLI" and actor.country_from != "antecedent"
