"""Arrest, exile, imprisonment, sentence and rehabilitation on hand-built views (issue 5)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.dates import parse_date
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.events_legal import read_legal
from prosograph.extract.prose.view import SentenceView

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]
Row = tuple[str, str, str | None, str | None, str]


def _facts(make_view: MakeView, text: str, **kwargs: object) -> list[Row]:
    birth = kwargs.pop("birth", None)
    death = kwargs.pop("death", None)
    view, context = make_view(text, **kwargs)
    context.birth = parse_date(str(birth)) if birth else None
    context.death = parse_date(str(death)) if death else None
    facts = read_legal(view, context)
    names = {key: record.name for key, record in context.registry.records.items()}
    return [
        (f.type, f.value, f.date.edtf if f.date else None, f.place, names[f.subject]) for f in facts
    ]


def test_events_legal_arrest_sentence_exile_in_one_sentence(make_view: MakeView) -> None:
    text = (
        "He was arrested early in 1908 and as a juvenile, aged 16, was sentenced to confinement "
        "in a young offenders' institute, and subsequently exiled to Siberia, where he spent "
        "about four years educating himself."
    )
    assert _facts(make_view, text, places=["Siberia"], birth="1891-10-26") == [
        ("arrest", "arrest", "1908~", None, "Alexander Beloborodov"),
        ("exile", "exile", "1908~/", "Siberia", "Alexander Beloborodov"),
        (
            "sentence",
            "confinement in a young offenders' institute",
            "[1907-10-26..1908-10-25]",
            None,
            "Alexander Beloborodov",
        ),
    ]


def test_events_legal_coordinated_verbs_share_the_date(make_view: MakeView) -> None:
    text = "He moved to Yaroslavl, and was arrested and deported to Vologda in 1902."
    assert _facts(make_view, text, subject="Mikhail Kedrov", places=["Vologda"]) == [
        ("arrest", "arrest", "1902", None, "Mikhail Kedrov"),
        ("exile", "deportation", "1902/", "Vologda", "Mikhail Kedrov"),
    ]


def test_events_legal_direction_word_stays_in_the_place(make_view: MakeView) -> None:
    text = "Arrested in 1910, he was exiled to north Russia, and emigrated to Switzerland."
    rows = _facts(make_view, text, subject="Georgy Safarov", places=["Russia"])
    assert ("exile", "exile", "1910/", "north Russia", "Georgy Safarov") in rows
    assert ("arrest", "arrest", "1910", None, "Georgy Safarov") in rows


def test_events_legal_coordinated_subjects_each_get_the_arrest(make_view: MakeView) -> None:
    text = "In September 1912, Safarov and Inessa Armand were arrested."
    rows = _facts(make_view, text, subject="Georgy Safarov", persons=["Safarov", "Inessa Armand"])
    assert rows == [
        ("arrest", "arrest", "1912-09", None, "Georgy Safarov"),
        ("arrest", "arrest", "1912-09", None, "Inessa Armand"),
    ]


def test_events_legal_sentence_as_written_and_by_decree(make_view: MakeView) -> None:
    text = (
        "On 16 January 1935, he was again sentenced to 2 years of exile in the so-called case, "
        "and he was sentenced to death by a decree of the NKVD on 16 July 1942."
    )
    rows = _facts(make_view, text, subject="Georgy Safarov")
    assert ("sentence", "2 years of exile", "1935-01-16", None, "Georgy Safarov") in rows
    assert ("sentence", "death", "1942-07-16", None, "Georgy Safarov") in rows


def test_events_legal_bare_sentence_next_to_execution_is_death(make_view: MakeView) -> None:
    text = (
        "He was shot on 10 February 1938 at Kommunarka firing range after being sentenced the "
        "same day."
    )
    assert _facts(make_view, text, places=["Kommunarka"]) == [
        ("sentence", "death", "1938-02-10", None, "Alexander Beloborodov"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 1958, he was posthumously rehabilitated.", "posthumous rehabilitation"),
        ("He was rehabilitated in 1958.", "posthumous rehabilitation"),
        ("He was rehabilitated in 1930.", "rehabilitation"),
    ],
)
def test_events_legal_rehabilitation_posthumous_by_word_or_date(
    make_view: MakeView, text: str, value: str
) -> None:
    rows = _facts(make_view, text, death="1938-02-10")
    assert [(kind, found) for kind, found, *_ in rows] == [("rehabilitation", value)]


def test_events_legal_imprisonment_in_prison_and_fellow_prisoner(make_view: MakeView) -> None:
    text = "Subsequently, in 1938–1940, during his time in prison, Safarov was used as a witness."
    assert _facts(make_view, text, subject="Georgy Safarov", persons=["Safarov"]) == [
        ("imprisonment", "prison", "1938/1940", None, "Georgy Safarov"),
    ]
    text = "A fellow prisoner reported hearing him being dragged along a prison corridor."
    assert _facts(make_view, text) == [
        ("imprisonment", "prison", None, None, "Alexander Beloborodov"),
    ]


def test_events_legal_imprisoned_group_gives_each_member(make_view: MakeView) -> None:
    text = (
        "Safarov was a party to the decision to execute the Romanovs imprisoned in "
        "Yekaterinburg, who included the deposed Emperor Nicholas II and Alexei Romanov."
    )
    view, context = make_view(
        text,
        subject="Georgy Safarov",
        persons=["Safarov", "Nicholas II", "Alexei Romanov"],
        places=["Yekaterinburg"],
    )
    for name in ("Nicholas II", "Alexei Romanov"):
        context.registry.resolve(name)
    facts = read_legal(view, context)
    names = {key: record.name for key, record in context.registry.records.items()}
    assert [(f.type, names[f.subject], f.place) for f in facts] == [
        ("imprisonment", "Nicholas II", "Yekaterinburg"),
        ("imprisonment", "Alexei Romanov", "Yekaterinburg"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He was not arrested in 1936.",
        "He narrowly escaped being arrested in 1936.",
        "He would have been exiled to Siberia.",
        'Stalin wrote: "Where is he, in prison or in a hotel?"',
        "He avoided arrest and was never imprisoned.",
    ],
)
def test_events_legal_no_fact_the_text_does_not_assert(make_view: MakeView, text: str) -> None:
    persons = [name for name in ("Stalin",) if name in text]
    assert _facts(make_view, text, persons=persons) == []
