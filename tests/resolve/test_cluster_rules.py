"""The clustering rules on records modelled on the seed texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from prosograph.resolve import MentionRecord, resolve

MentionFactory = Callable[..., MentionRecord]


def _groups(records: Sequence[MentionRecord]) -> set[frozenset[str]]:
    resolution = resolve(records)
    return {frozenset(cluster.members) for cluster in resolution.clusters.values()}


def test_cluster_seed_mentions(seed_mentions: tuple[MentionRecord, ...]) -> None:
    groups = _groups(seed_mentions)
    expected = [
        {"000#subject", "000#p4", "001#subject", "001#p2"},  # Beloborodov, all spellings
        {"000#p2", "001#p4", "001#p5"},  # Goloshchekin / Goloshchyokin / F. I.
        {"000#p1", "000#p3"},  # Vladimir Tolmachyov and "Tolmachyov" in his document
        {"001#p1"},  # N. G. Tolmachyov is not Vladimir
        {"001#p3", "safarov#subject"},  # G. I. Safarov
        {"000#p5", "001#p6"},  # Nicholas II
        {"000#p6"},  # Grand Duke Michael is not Nicholas II
        {"kedrov#subject", "kedrov#p2", "kedrov#p3"},  # Kedrov, "Kedrov", M. S. Kedrov
        {"kedrov#p1"},  # his son Igor
    ]
    assert groups == {frozenset(group) for group in expected}


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Filipp Goloshchekin", "Filipp Goloshchyokin"),
        ("Vladimir Tolmachyov", "Vladimir Tolmachev"),
        ("Georgy Petrovsky", "Georgii Petrovskii"),
        ("Yakov Sverdlov", "Iakov Sverdlov"),
        ("Yury Andropov", "Iurii Andropov"),
        ("Alexander Beloborodov", "Алекса́ндр Белоборо́дов"),
        ("Mikhail Kedrov", "Михаил Кедров"),
        ("Nicholas Krestinsky", "Nikolai Krestinskii"),
    ],
)
def test_cluster_romanisations_merge(mention: MentionFactory, left: str, right: str) -> None:
    records = [mention("a#subject", left, is_subject=True), mention("b#p1", right)]
    assert resolve(records).same("a#subject", "b#p1")


def test_cluster_cyrillic_native_name_links_latin_mentions(mention: MentionFactory) -> None:
    records = [
        mention("a#subject", "Lev Mekhlis", names=(("Лев Заха́рович Ме́хлис", "native"),)),
        mention("b#p1", "L. Z. Mekhlis"),
        mention("c#p1", "Лев Захарович Мехлис"),
    ]
    resolution = resolve(records)
    assert resolution.same("a#subject", "b#p1") and resolution.same("a#subject", "c#p1")


def test_cluster_initials_apart_from_another_given_name(mention: MentionFactory) -> None:
    records = [
        mention("a#p1", "Vladimir Tolmachyov"),
        mention("b#p1", "N. G. Tolmachyov"),
        mention("c#p1", "Nikolai Gurevich Tolmachyov"),
    ]
    resolution = resolve(records)
    assert not resolution.same("a#p1", "b#p1")
    assert resolution.same("b#p1", "c#p1")


def test_cluster_father_and_son_stay_apart(mention: MentionFactory) -> None:
    records = [
        mention("kedrov#subject", "Mikhail Kedrov", is_subject=True, birth_year=1878),
        mention("kedrov#p1", "Igor Kedrov"),
        mention("letter#p1", "Mikhail Kedrov"),
        mention("letter#p2", "Igor Kedrov"),
    ]
    resolution = resolve(records)
    assert not resolution.same("kedrov#subject", "kedrov#p1")
    assert resolution.same("kedrov#subject", "letter#p1")
    assert resolution.same("kedrov#p1", "letter#p2")


def test_cluster_surname_in_document_goes_to_the_subject(mention: MentionFactory) -> None:
    records = [
        mention("kedrov#subject", "Mikhail Kedrov", is_subject=True),
        mention("kedrov#p1", "Igor Kedrov"),
        mention("kedrov#p2", "Kedrov"),
    ]
    resolution = resolve(records)
    assert resolution.same("kedrov#subject", "kedrov#p2")


def test_cluster_surname_in_document_goes_to_the_only_bearer(mention: MentionFactory) -> None:
    records = [
        mention("doc#subject", "Alexander Beloborodov", is_subject=True),
        mention("doc#p1", "Filipp Goloshchekin"),
        mention("doc#p2", "Goloshchyokin"),
    ]
    assert resolve(records).same("doc#p1", "doc#p2")


def test_cluster_ambiguous_surname_in_document_stays_alone(mention: MentionFactory) -> None:
    records = [
        mention("doc#subject", "Joseph Stalin", is_subject=True),
        mention("doc#p1", "Mikhail Kedrov"),
        mention("doc#p2", "Igor Kedrov"),
        mention("doc#p3", "Kedrov"),
    ]
    resolution = resolve(records)
    assert resolution.cluster_of("doc#p3").members == ("doc#p3",)


def test_cluster_bare_surname_across_documents_is_weak(mention: MentionFactory) -> None:
    records = [
        mention("a#subject", "Mikhail Kedrov", is_subject=True),
        mention("b#p1", "Kedrov"),
    ]
    assert not resolve(records).same("a#subject", "b#p1")


def test_cluster_no_chaining_through_ambiguous_mentions(mention: MentionFactory) -> None:
    records = [
        mention("a#subject", "Mikhail Kedrov", is_subject=True, birth_year=1878),
        mention("b#subject", "Igor Kedrov", is_subject=True, birth_year=1908),
        mention("c#p1", "Kedrov"),
        mention("d#p1", "Kedrov"),
        mention("e#p1", "A. Kedrov"),
    ]
    resolution = resolve(records)
    assert not resolution.same("a#subject", "b#subject")
    for record_id in ("c#p1", "d#p1", "e#p1"):
        assert not resolution.same(record_id, "a#subject")
        assert not resolution.same(record_id, "b#subject")


def test_cluster_homonyms_with_incompatible_dates_stay_apart(mention: MentionFactory) -> None:
    records = [
        mention("a#subject", "Ivan Smirnov", is_subject=True, birth_year=1881, death_year=1938),
        mention("b#subject", "Ivan Smirnov", is_subject=True, birth_year=1915, death_year=1975),
        mention("c#subject", "Ivan Smirnov", is_subject=True, birth_year=1882),
        mention("d#p1", "Ivan Smirnov"),
    ]
    resolution = resolve(records)
    assert not resolution.same("a#subject", "b#subject")
    assert resolution.same("a#subject", "c#subject")
    assert not resolution.same("d#p1", "a#subject")  # ambiguous: could be either
    assert not resolution.same("d#p1", "b#subject")
    assert resolution.cluster_of("a#subject").id != resolution.cluster_of("b#subject").id


def test_cluster_context_picks_between_namesakes(mention: MentionFactory) -> None:
    circle_a = ("Pyotr Voykov", "Yakov Yurovsky", "Filipp Goloshchekin")
    circle_b = ("Lev Mekhlis", "Viktor Abakumov", "Martin Latsis")
    records = [
        mention("a#subject", "Ivan Smirnov", is_subject=True, birth_year=1881, context=circle_a),
        mention("b#subject", "Ivan Smirnov", is_subject=True, birth_year=1915, context=circle_b),
        mention("c#p1", "Ivan Smirnov", context=circle_b),
    ]
    assert resolve(records).same("b#subject", "c#p1")


def test_cluster_birth_name_is_a_name_of_the_same_person(mention: MentionFactory) -> None:
    records = [
        mention(
            "latsis#subject",
            "Martin Latsis",
            names=(("Jan Sudrabs", "birth"), ("Мартын Иванович Лацис", "native")),
            is_subject=True,
        ),
        mention("other#p1", "Jan Sudrabs"),
        mention("third#p1", "M. I. Latsis"),
    ]
    resolution = resolve(records)
    assert resolution.same("latsis#subject", "other#p1")
    assert resolution.same("latsis#subject", "third#p1")


def test_cluster_initials_in_document_go_to_the_person_they_fit(mention: MentionFactory) -> None:
    records = [
        mention("doc#subject", "Mikhail Kedrov", is_subject=True),
        mention("doc#p1", "Igor Kedrov"),
        mention("doc#p2", "I. Kedrov"),
        mention("doc#p3", "M. Kedrov"),
    ]
    resolution = resolve(records)
    assert resolution.same("doc#p1", "doc#p2")
    assert resolution.same("doc#subject", "doc#p3")


def test_cluster_well_documented_namesake_wins_a_close_call(mention: MentionFactory) -> None:
    famous = [
        mention(f"bio{n}#subject", "Sergei Kirov", is_subject=True, birth_year=1886)
        for n in range(10)
    ]
    records = [
        *famous,
        mention("other#subject", "Sergei Kirov", is_subject=True, birth_year=1920),
        mention("letter#p1", "Sergei Kirov"),
    ]
    resolution = resolve(records)
    assert resolution.same("letter#p1", "bio0#subject")
    assert not resolution.same("other#subject", "bio0#subject")
