"""Cluster ids derive from identity; display names prefer a subject's name."""

from __future__ import annotations

from collections.abc import Callable

from prosograph.resolve import MentionRecord, resolve

MentionFactory = Callable[..., MentionRecord]


def test_identity_id_depends_on_the_person_not_on_the_input(mention: MentionFactory) -> None:
    alone = resolve([mention("a#subject", "Mikhail Kedrov", is_subject=True, birth_year=1878)])
    crowded = resolve(
        [
            mention("z#p1", "Igor Kedrov"),
            mention("x#subject", "Mikhail Kedrov", is_subject=True, birth_year=1878),
            mention("y#p1", "Alexander Beloborodov"),
        ]
    )
    assert alone.cluster_of("a#subject").id == crowded.cluster_of("x#subject").id


def test_identity_romanisation_of_the_display_name_does_not_change_the_id(
    mention: MentionFactory,
) -> None:
    first = resolve([mention("a#subject", "Filipp Goloshchekin", is_subject=True)])
    second = resolve([mention("a#subject", "Filipp Goloshchyokin", is_subject=True)])
    assert first.cluster_of("a#subject").id == second.cluster_of("a#subject").id


def test_identity_homonyms_get_distinct_ids(mention: MentionFactory) -> None:
    resolution = resolve(
        [
            mention("a#p1", "Ivan Smirnov", is_subject=True, birth_year=1881, death_year=1938),
            mention("b#p1", "Ivan Smirnov", is_subject=True, birth_year=1881, death_year=1975),
        ]
    )
    assert len(resolution.clusters) == 2
    assert all(cluster_id.startswith("p-") for cluster_id in resolution.clusters)


def test_identity_display_name_is_the_subject_name(mention: MentionFactory) -> None:
    resolution = resolve(
        [
            mention(
                "a#subject",
                "Alexander Beloborodov",
                names=(("Alexander Georgiyevich Beloborodov", "alias"),),
                is_subject=True,
            ),
            mention("b#p1", "Aleksandr Georgievich Beloborodov"),
        ]
    )
    cluster = resolution.cluster_of("a#subject")
    assert cluster.name == "Alexander Beloborodov"
    assert "Alexander Georgiyevich Beloborodov" in cluster.aliases
    assert "Aleksandr Georgievich Beloborodov" in cluster.aliases


def test_identity_display_name_without_subject_is_the_fullest_latin_form(
    mention: MentionFactory,
) -> None:
    resolution = resolve(
        [
            mention("a#p1", "M. S. Kedrov"),
            mention("b#p1", "Михаил Сергеевич Кедров"),
            mention("c#p1", "Mikhail Sergeyevich Kedrov"),
        ]
    )
    assert resolution.cluster_of("a#p1").name == "Mikhail Sergeyevich Kedrov"
