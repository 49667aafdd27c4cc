"""Family relations, both directions where both people are persons of the document."""

from __future__ import annotations

from collections.abc import Callable

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.kinship import read_kinship
from prosograph.extract.prose.view import SentenceView

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]


def _rows(make_view: MakeView, text: str, **kwargs: object) -> set[tuple[str, str, str]]:
    view, context = make_view(text, **kwargs)
    facts = read_kinship(view, context)
    names = {key: record.name for key, record in context.registry.records.items()}
    return {(names[f.subject], f.value, names[f.other or ""]) for f in facts}


def test_relations_kinship_nth_son_takes_the_family_name(make_view: MakeView) -> None:
    view, context = make_view("The third son, Igor, was a Chekist.", subject="Mikhail Kedrov")
    facts = read_kinship(view, context)
    names = {key: record.name for key, record in context.registry.records.items()}
    assert {(names[f.subject], f.value, names[f.other or ""]) for f in facts} == {
        ("Igor Kedrov", "son of", "Mikhail Kedrov"),
        ("Mikhail Kedrov", "father of", "Igor Kedrov"),
    }
    assert context.registry.lookup("Igor") == context.registry.lookup("Igor Kedrov")


def test_relations_kinship_couple_and_children(make_view: MakeView) -> None:
    text = (
        "They executed the deposed Emperor Nicholas II, his wife Empress Alexandra, and their "
        "five children Olga, Tatiana, and Alexei."
    )
    rows = _rows(make_view, text, subject="Georgy Safarov", persons=["Nicholas II", "Olga"])
    assert {
        ("Empress Alexandra", "wife of", "Nicholas II"),
        ("Nicholas II", "husband of", "Empress Alexandra"),
        ("Nicholas II", "father of", "Olga"),
        ("Empress Alexandra", "mother of", "Alexei"),
        ("Tatiana", "child of", "Nicholas II"),
    } <= rows


def test_relations_kinship_widow_of(make_view: MakeView) -> None:
    text = "Elizabeth Poretsky, widow of a murdered agent Ignace Reiss remembered him."
    rows = _rows(make_view, text, persons=["Elizabeth Poretsky", "Ignace Reiss"])
    assert rows == {
        ("Elizabeth Poretsky", "widow of", "Ignace Reiss"),
        ("Ignace Reiss", "husband of", "Elizabeth Poretsky"),
    }


def test_relations_kinship_marriage_by_the_subjects_pronoun(make_view: MakeView) -> None:
    rows = _rows(make_view, "In 1897 he married Raissa Epstein.", subject="Alfred Adler")
    assert ("Alfred Adler", "husband of", "Raissa Epstein") in rows


def test_relations_kinship_unnamed_relatives_give_nothing(make_view: MakeView) -> None:
    text = "His father, an architect, was Armenian and his mother was Polish."
    assert _rows(make_view, text, subject="Georgy Safarov") == set()
