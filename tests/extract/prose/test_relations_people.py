"""Relations between people: succession, alliance, rivalry, denunciation, executions ordered,
working under, informing, and the infobox date a prose succession adopts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.dates import parse_date
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.relations import adopt_infobox_dates, read_relations
from prosograph.extract.prose.view import SentenceView
from prosograph.models import Factoid, Source

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]
Row = tuple[str, str, str | None, str | None]


def _rows(make_view: MakeView, text: str, **kwargs: object) -> list[Row]:
    known = kwargs.pop("known", ())
    view, context = make_view(text, **kwargs)
    for name in known:  # type: ignore[attr-defined]
        context.registry.resolve(name)
    facts = read_relations(view, context)
    names = {key: record.name for key, record in context.registry.records.items()}
    return [
        (
            names[f.subject],
            f.value,
            names[f.other] if f.other else None,
            f.date.edtf if f.date else None,
        )
        for f in facts
    ]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (
            "He subsequently served as the People's Commissar, succeeding Felix Dzerzhinsky.",
            ["Felix Dzerzhinsky"],
            ("Alexander Beloborodov", "succeeded", "Felix Dzerzhinsky", None),
        ),
        (
            "In 1927 he was succeeded by Vladimir Tolmachyov.",
            ["Vladimir Tolmachyov"],
            ("Alexander Beloborodov", "succeeded by", "Vladimir Tolmachyov", "1927"),
        ),
        (
            "He was a political ally of Grigory Zinoviev, who was Chairman of Comintern.",
            ["Grigory Zinoviev"],
            ("Alexander Beloborodov", "ally of", "Grigory Zinoviev", None),
        ),
        (
            "He signed it in October 1923, making himself a lifelong enemy of future Soviet "
            "Leader Joseph Stalin.",
            ["Joseph Stalin"],
            ("Alexander Beloborodov", "enemy of", "Joseph Stalin", "1923-10"),
        ),
        (
            "In July 1918, Beloborodov ordered the execution of the former Tsar Nicholas II and "
            "his family.",
            ["Beloborodov", "Nicholas II"],
            ("Alexander Beloborodov", "ordered the execution of", "Nicholas II", "1918-07"),
        ),
        (
            "This brought him into a conflict with the new head of the bureau, Mikhail Tomsky.",
            ["Mikhail Tomsky"],
            ("Alexander Beloborodov", "rival of", "Mikhail Tomsky", None),
        ),
        (
            "In November, he wrote a tirade against Zinoviev's rival, Leon Trotsky.",
            ["Zinoviev", "Leon Trotsky"],
            ("Alexander Beloborodov", "denounced", "Leon Trotsky", None),
        ),
    ],
)
def test_relations_patterns(
    make_view: MakeView, text: str, persons: list[str], expected: Row
) -> None:
    assert expected in _rows(make_view, text, persons=persons)


def test_relations_worked_under_dated_by_the_appointment(make_view: MakeView) -> None:
    text = (
        "On 29 November 1921, Beloborodov was appointed Deputy Commissar of the Russian SFSR "
        "acting under Felix Dzerzhinsky, and on 30 August 1923 was named Commissar."
    )
    rows = _rows(make_view, text, persons=["Beloborodov", "Felix Dzerzhinsky"])
    assert rows == [
        ("Alexander Beloborodov", "worked under", "Felix Dzerzhinsky", "1921-11-29/"),
    ]


def test_relations_role_of_a_possessor(make_view: MakeView) -> None:
    text = "He wrote a tirade against Zinoviev's rival, Leon Trotsky."
    rows = _rows(make_view, text, persons=["Zinoviev", "Leon Trotsky"], known=["Grigory Zinoviev"])
    assert ("Leon Trotsky", "rival of", "Grigory Zinoviev", None) in rows


def test_relations_mutual_enmity(make_view: MakeView) -> None:
    text = "The account told of Kedrov's and Beria's mutual enmity."
    rows = _rows(
        make_view, text, subject="Mikhail Kedrov", persons=["Kedrov"], known=["Lavrentiy Beria"]
    )
    assert rows == [("Mikhail Kedrov", "enemy of", "Lavrentiy Beria", None)]


def test_relations_participle_shares_the_subjects(make_view: MakeView) -> None:
    text = "In 1939, Mikhail and Igor Kedrov jointly signed a letter, denouncing Lavrentiy Beria."
    rows = _rows(
        make_view,
        text,
        subject="Mikhail Kedrov",
        persons=["Mikhail", "Kedrov"],
        known=["Igor Kedrov"],
    )
    assert rows == [
        ("Mikhail Kedrov", "denounced", "Lavrentiy Beria", "1939"),
        ("Igor Kedrov", "denounced", "Lavrentiy Beria", "1939"),
    ]


def test_relations_hedged_approval_has_lower_confidence(make_view: MakeView) -> None:
    text = (
        "In June 1918, Beloborodov approved an initiative by the regional Cheka led by Gavril "
        "Myasnikov to execute Grand Duke Michael, either in advance, or after the fact."
    )
    view, context = make_view(text, persons=["Beloborodov", "Grand Duke Michael"])
    facts = read_relations(view, context)
    assert [(f.value, f.confidence < 0.7) for f in facts] == [("approved the execution of", True)]


def test_relations_no_relation_to_an_unnamed_group(make_view: MakeView) -> None:
    assert _rows(make_view, "He was an enemy of the people and denounced others.") == []


def test_relations_adopt_the_infobox_date_of_the_same_succession() -> None:
    source = Source("doc.txt", 0, 1, "x", "pattern")
    date = parse_date("1923-08-30")
    infobox = [Factoid("relation", "succeeded", "subject", source, date=date, other="infobox:P")]
    prose = [Factoid("relation", "succeeded", "subject", source, other="infobox:P")]
    assert adopt_infobox_dates(prose, infobox)[0].date == date
    other = [Factoid("relation", "succeeded", "subject", source, other="m:someone")]
    assert adopt_infobox_dates(other, infobox)[0].date is None
