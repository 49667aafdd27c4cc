"""Relations read from the other side, other persons, and free statements in the scorer."""

from __future__ import annotations

from prosograph.evaluate.converse import converse_supports, others_match, statements_match


def test_converse_son_of_supports_father_of() -> None:
    raw = {"other_person": "Mikhail Kedrov"}
    assert converse_supports(
        ["Mikhail Kedrov"], "father of", "Igor Kedrov", ["Igor Kedrov"], "son of", raw
    )
    assert not converse_supports(
        ["Mikhail Kedrov"], "rival of", "Igor Kedrov", ["Igor Kedrov"], "son of", raw
    )
    assert not converse_supports(
        ["Lavrentiy Beria"], "father of", "Igor Kedrov", ["Igor Kedrov"], "son of", raw
    )


def test_converse_other_person_forms() -> None:
    raw = {"other_person": "Vyacheslav Molotov", "other_as_written": "Molotov"}
    assert others_match("Molotov", raw)
    assert not others_match("Lazar Kaganovich", raw)
    assert not others_match(None, raw)
    assert others_match(None, {"other_person": None})


def test_converse_statements_compare_by_words() -> None:
    gold = "directed the smuggling of letters to the imprisoned Romanovs"
    said = "directed the smuggling of letters written in French to the imprisoned Romanovs"
    assert statements_match(said, gold)
    assert statements_match("sent Turkestan", "sent to Turkestan")
    assert not statements_match("sent", "sent a coded telegram")
    assert not statements_match("resumed his political activities", "recanted")
