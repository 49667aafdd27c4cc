"""Residence, education, burial, occupation and brief statements on hand-built views."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.dates import parse_date
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.events_life import read_life
from prosograph.extract.prose.occupations import job_value, read_occupations
from prosograph.extract.prose.statements import read_statements
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Factoid

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]
Reader = Callable[[SentenceView, DocumentContext], list[Factoid]]
Row = tuple[str, str, str | None, str | None, str]


def _rows(reader: Reader, make_view: MakeView, text: str, **kwargs: object) -> list[Row]:
    birth = kwargs.pop("birth", None)
    view, context = make_view(text, **kwargs)
    context.birth = parse_date(str(birth)) if birth else None
    facts = reader(view, context)
    names = {key: record.name for key, record in context.registry.records.items()}
    return [
        (f.type, f.value, f.date.edtf if f.date else None, f.place, names[f.subject]) for f in facts
    ]


def test_events_life_move_and_study_where(make_view: MakeView) -> None:
    text = "He moved to Yaroslavl, where he studied law, joined the party in 1901."
    assert _rows(read_life, make_view, text, subject="Mikhail Kedrov") == [
        ("residence", "residence", None, "Yaroslavl", "Mikhail Kedrov"),
        ("education", "law", None, "Yaroslavl", "Mikhail Kedrov"),
    ]


def test_events_life_move_with_family_gives_an_interval(make_view: MakeView) -> None:
    text = "Released after two years in prison, he moved with his family to Switzerland in 1911."
    assert _rows(read_life, make_view, text, subject="Mikhail Kedrov") == [
        ("residence", "residence", "1911/", "Switzerland", "Mikhail Kedrov"),
    ]


def test_events_life_was_in_a_place(make_view: MakeView) -> None:
    text = "By the end of March 1917, he was in Petrograd, where he edited Soldatskaya Pravda."
    rows = _rows(read_life, make_view, text, subject="Mikhail Kedrov", places=["Petrograd"])
    assert [(kind, place) for kind, _, _, place, _ in rows] == [("residence", "Petrograd")]


def test_events_life_was_in_charge_is_no_residence(make_view: MakeView) -> None:
    text = "He was in charge of the family's incarceration."
    assert _rows(read_life, make_view, text) == []


def test_events_life_graduated_from_school_in_town(make_view: MakeView) -> None:
    text = (
        "After graduating from a gymnasium in Kerch in 1869, Zhelyabov got into a Law School of "
        "the Novorossiysky University in Odessa."
    )
    rows = _rows(
        read_life,
        make_view,
        text,
        subject="Andrei Zhelyabov",
        persons=["Zhelyabov"],
        places=["Kerch", "Odessa"],
    )
    assert rows == [
        ("education", "gymnasium", "1869", "Kerch", "Andrei Zhelyabov"),
        (
            "education",
            "Law School of the Novorossiysky University",
            None,
            "Odessa",
            "Andrei Zhelyabov",
        ),
    ]


def test_events_life_self_education_takes_the_where_place(make_view: MakeView) -> None:
    text = "He was exiled to Siberia, where he spent about four years educating himself."
    rows = _rows(read_life, make_view, text, places=["Siberia"])
    assert rows == [("education", "self-education", None, "Siberia", "Alexander Beloborodov")]


def test_events_life_burial_place(make_view: MakeView) -> None:
    text = "He was buried in the Kremlin Wall Necropolis in 1953."
    assert _rows(read_life, make_view, text, subject="Lev Mekhlis") == [
        ("burial", "burial", "1953", "Kremlin Wall Necropolis", "Lev Mekhlis"),
    ]


def test_events_life_occupations_of_the_lead(make_view: MakeView) -> None:
    text = (
        "Alexander Beloborodov was a Russian Bolshevik revolutionary, Soviet politician, party "
        "figure and statesman best known for his role as one of the chief regicides."
    )
    rows = _rows(read_occupations, make_view, text, persons=["Alexander Beloborodov"])
    assert [value for _, value, *_ in rows] == [
        "revolutionary",
        "politician",
        "party figure",
        "statesman",
    ]


def test_events_life_occupation_is_not_an_office(make_view: MakeView) -> None:
    text = "He was a Russian revolutionary and member of the executive committee of the party."
    rows = _rows(read_occupations, make_view, text)
    assert [value for _, value, *_ in rows] == ["revolutionary"]


def test_events_life_worked_as_dated_by_age(make_view: MakeView) -> None:
    text = "He left school at 14 to work in a factory as an apprentice electrician."
    assert _rows(read_occupations, make_view, text, birth="1891-10-26") == [
        (
            "occupation",
            "apprentice electrician",
            "[1905-10-26..1906-10-25]",
            None,
            "Alexander Beloborodov",
        ),
    ]


def test_events_life_job_written_before_a_name(make_view: MakeView) -> None:
    text = (
        "It was found by White investigator Nikolai Sokolov and a fellow NKVD officer, "
        "Alexander Orlov."
    )
    rows = _rows(read_occupations, make_view, text, persons=["Nikolai Sokolov", "Alexander Orlov"])
    assert [(value, name) for _, value, _, _, name in rows] == [
        ("White investigator", "Nikolai Sokolov"),
        ("NKVD officer", "Alexander Orlov"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Along with Pyotr Voykov, he directed letters claiming to be a monarchist officer.",
        "Born in the family of a Latvian farmworker, Latsis was a member of the party.",
        "He became a member of the revolutionary Felix Volkhovsky group.",
    ],
)
def test_events_life_no_occupation_that_is_not_theirs(make_view: MakeView, text: str) -> None:
    persons = [n for n in ("Pyotr Voykov", "Latsis", "Felix Volkhovsky") if n in text]
    rows = _rows(read_occupations, make_view, text, subject="Martin Latsis", persons=persons)
    assert rows == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["Russian", "Bolshevik", "revolutionary"], "revolutionary"),
        (["Hungarian-born", "grain", "merchant"], "grain merchant"),
        (["high-level", "Soviet", "security", "official"], "security official"),
        (["secret", "policeman"], "secret policeman"),
    ],
)
def test_events_life_job_value_drops_nationality_and_praise(words: list[str], value: str) -> None:
    assert job_value(words) == value


def test_events_life_statements_keep_the_place_apart(make_view: MakeView) -> None:
    text = "He also set up an extermination camp at Kholmogory, near Arkhangelsk."
    rows = _rows(read_statements, make_view, text, subject="Mikhail Kedrov", places=["Kholmogory"])
    assert rows == [
        ("other", "set up an extermination camp", None, "Kholmogory", "Mikhail Kedrov"),
    ]


def test_events_life_statement_of_a_named_person_not_the_subject(make_view: MakeView) -> None:
    text = "After Trotsky was evicted from the Kremlin in 1927, he lodged in a flat."
    view, context = make_view(text, persons=["Trotsky"])
    context.registry.resolve("Leon Trotsky")
    names = {key: record.name for key, record in context.registry.records.items()}
    facts = read_statements(view, context)
    assert [(f.value, names[f.subject], f.date.edtf if f.date else None) for f in facts] == [
        ("evicted from the Kremlin", "Leon Trotsky", "1927"),
    ]
