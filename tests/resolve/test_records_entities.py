"""Entities of the extract step become mention records, and the public API is complete."""

from __future__ import annotations

import prosograph.resolve
from prosograph.models import Entity
from prosograph.resolve import records_from_entities


def test_records_from_entities_carry_names_dates_roles_and_context() -> None:
    entities = [
        Entity(
            key="subject",
            name="Mikhail Kedrov",
            names=(("Mikhail Kedrov", "name"), ("Михаи́л Сергеевич Кедров", "native")),
            is_subject=True,
            hints=(("birth_year", "1878"), ("death_year", "1941"), ("position", "Chekist")),
        ),
        Entity(key="infobox:Children", name="Bonifaty Kedrov", hints=(("role", "child"),)),
    ]
    subject, child = records_from_entities("kedrov.txt", entities)
    assert subject.id == "kedrov.txt#subject"
    assert subject.names == (("Михаи́л Сергеевич Кедров", "native"),)
    assert (subject.birth_year, subject.death_year) == (1878, 1941)
    assert subject.roles == ("Chekist",)
    assert subject.context == ("Bonifaty Kedrov",)
    assert child.roles == () and child.birth_year is None
    assert child.context == ("Mikhail Kedrov",)


def test_records_public_names_are_listed() -> None:
    exported = {name for name in dir(prosograph.resolve) if not name.startswith("_")}
    modules = {
        "blocking", "cluster", "curation", "engine", "evidence", "explain", "forms",
        "identity", "keys", "profile", "records",
    }  # fmt: skip
    listed = set(prosograph.resolve.__all__)
    assert listed <= exported
    assert exported - modules - listed == set()
