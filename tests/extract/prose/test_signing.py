"""Signing a document: one fact per signer and co-signer; the passive names the signers."""

from __future__ import annotations

from collections.abc import Callable

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.signing import read_signings
from prosograph.extract.prose.view import SentenceView

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]
Row = tuple[str, str | None, str, str | None]


def _rows(make_view: MakeView, text: str, **kwargs: object) -> list[Row]:
    known = kwargs.pop("known", ())
    view, context = make_view(text, **kwargs)
    for name in known:  # type: ignore[attr-defined]
        context.registry.resolve(name)
    facts = read_signings(view, context)
    names = {key: record.name for key, record in context.registry.records.items()}
    return [
        (
            f.value,
            f.date.edtf if f.date else None,
            names[f.subject],
            names[f.other] if f.other else None,
        )
        for f in facts
    ]


def test_signing_lone_signer_has_no_other_person(make_view: MakeView) -> None:
    text = "A member of the Left Opposition, he signed the Declaration of 46 in October 1923."
    assert _rows(make_view, text) == [
        ("Declaration of 46", "1923-10", "Alexander Beloborodov", None),
    ]


def test_signing_signatory_of(make_view: MakeView) -> None:
    text = "In October 1923, Beloborodov was one of the signatories of the Declaration of 46."
    assert _rows(make_view, text, persons=["Beloborodov"]) == [
        ("Declaration of 46", "1923-10", "Alexander Beloborodov", None),
    ]


def test_signing_coordinated_signers_sign_with_each_other(make_view: MakeView) -> None:
    text = (
        "In February or March of 1939, Mikhail and Igor Kedrov jointly signed a letter to "
        "Stalin, denouncing Lavrentiy Beria."
    )
    rows = _rows(make_view, text, subject="Mikhail Kedrov", known=["Igor Kedrov"])
    assert rows == [
        ("letter to Stalin", "[1939-02,1939-03]", "Mikhail Kedrov", "Igor Kedrov"),
        ("letter to Stalin", "[1939-02,1939-03]", "Igor Kedrov", "Mikhail Kedrov"),
    ]


def test_signing_passive_list_names_the_signers_not_the_subject(make_view: MakeView) -> None:
    text = (
        "His name was on a death list signed by Stalin, Molotov, and Voroshilov on 21 October 1937."
    )
    rows = _rows(make_view, text, persons=["Stalin"], known=["Joseph Stalin"])
    assert {(signer, other) for _, _, signer, other in rows} == {
        ("Joseph Stalin", "Molotov"),
        ("Joseph Stalin", "Voroshilov"),
        ("Molotov", "Joseph Stalin"),
        ("Molotov", "Voroshilov"),
        ("Voroshilov", "Joseph Stalin"),
        ("Voroshilov", "Molotov"),
    }
    assert {value for value, *_ in rows} == {"death list"}
    assert {date for _, date, *_ in rows} == {"1937-10-21"}


def test_signing_relative_date_after_the_document(make_view: MakeView) -> None:
    text = (
        "He was sentenced to death on 16 July 1942, ironically on the same day Safarov had "
        "signed the death warrant for the Romanovs 24 years prior."
    )
    rows = _rows(make_view, text, subject="Georgy Safarov", persons=["Safarov", "Romanovs"])
    assert rows == [("death warrant for the Romanovs", "1918-07-16", "Georgy Safarov", None)]


def test_signing_two_treaties(make_view: MakeView) -> None:
    text = "He participated in signing the Treaty of Riga and the Treaty of Brest-Litovsk."
    rows = _rows(make_view, text, subject="Grigory Petrovsky")
    assert [value for value, *_ in rows] == ["Treaty of Riga", "Treaty of Brest-Litovsk"]


def test_signing_not_a_document(make_view: MakeView) -> None:
    assert _rows(make_view, "He signed up for the army and signed off in 1920.") == []
    assert _rows(make_view, "He never signed the confession.") == []
