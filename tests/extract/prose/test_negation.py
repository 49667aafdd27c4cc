"""Negation, modality and attribution across the event readers: no fact the text does not
assert, a lower confidence for a hedge, and the claimant in the value of a reported claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.extract.prose import hedges
from prosograph.extract.prose.attribution import ATTRIBUTED_CONFIDENCE
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.events import EVENT_READERS
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Factoid

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]


def _facts(make_view: MakeView, text: str, **kwargs: object) -> list[Factoid]:
    view, context = make_view(text, **kwargs)
    facts: list[Factoid] = []
    for reader in EVENT_READERS:
        facts.extend(reader(view, context))
    return facts


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Although his name was mentioned at the trial, he was not produced in court.", []),
        ("He was never arrested, nor was he exiled.", []),
        ("He smuggled letters, claiming to be a monarchist officer seeking to rescue them.", []),
        ("He hoped to emigrate to Switzerland.", []),
        ("He avoided arrest by fleeing abroad.", []),
        ("I am an old Bolshevik; I have honestly fought for almost 40 years in the Party.", []),
        ("Let my cry of horror reach your ears; take me under your protection.", []),
        ('Stalin wrote: "Where is he, in prison or in a hotel?"', ["Stalin"]),
    ],
)
def test_negation_no_fact(make_view: MakeView, text: str, persons: list[str]) -> None:
    assert _facts(make_view, text, persons=persons) == []


def test_negation_attributed_claim_keeps_its_claimant(make_view: MakeView) -> None:
    text = "Donald Rayfield wrote that Kedrov was arrested in 1937."
    facts = _facts(make_view, text, subject="Mikhail Kedrov", persons=["Donald Rayfield", "Kedrov"])
    assert [(f.type, f.value) for f in facts] == [
        ("arrest", "arrest (according to Donald Rayfield)")
    ]
    assert facts[0].confidence <= ATTRIBUTED_CONFIDENCE


def test_negation_according_to(make_view: MakeView) -> None:
    text = "According to Orlov, he was imprisoned in 1938."
    facts = _facts(make_view, text, persons=["Orlov"])
    assert [f.value for f in facts] == ["imprisonment (according to Orlov)"]


def test_negation_attribution_ends_with_its_clause(make_view: MakeView) -> None:
    text = (
        "Poretsky remembered him as a youth, and a fellow NKVD officer, Alexander Orlov "
        "believed he was ill."
    )
    facts = _facts(make_view, text, persons=["Poretsky", "Alexander Orlov"])
    assert [(f.value, f.confidence) for f in facts if f.type == "occupation"] == [
        ("NKVD officer", 0.7)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He approved it, either in advance, or after the fact.", True),
        ("It is not clear why he was shot.", True),
        ("He approved it in June.", False),
    ],
)
def test_negation_hedges(text: str, expected: bool) -> None:
    assert hedges.hedged(text) is expected


def test_negation_first_person_outside_quotations_only() -> None:
    assert hedges.first_person("I am firmly certain that it would be easy to prove.")
    assert not hedges.first_person('A prisoner heard him shouting, "I am Beloborodov!".')
    assert not hedges.first_person("He fought in World War I and returned.")
