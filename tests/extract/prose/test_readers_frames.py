"""The fact readers on hand-built views: what each frame yields and what it must not."""

from __future__ import annotations

from collections.abc import Callable

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.offices import read_offices
from prosograph.extract.prose.parties import read_parties
from prosograph.extract.prose.view import SentenceView
from prosograph.extract.prose.vitals import read_vitals
from prosograph.models import Factoid

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]


def _facts(
    reader: Callable[[SentenceView, DocumentContext], list[Factoid]],
    make_view: MakeView,
    text: str,
    **kwargs: object,
) -> list[tuple[str, str, str | None, str | None, str]]:
    view, context = make_view(text, **kwargs)
    names = {key: record.name for key, record in context.registry.records.items()}
    found = []
    for fact in reader(view, context):
        names = {key: record.name for key, record in context.registry.records.items()}
        found.append(
            (
                fact.type,
                fact.value,
                fact.date.edtf if fact.date else None,
                fact.place,
                names[fact.subject],
            )
        )
    return found


def test_readers_appointment_with_date_between(make_view: MakeView) -> None:
    text = (
        "Following the capture of the city, Beloborodov was appointed in January 1919 Chairman "
        "of the Vyatka Provincial Revolutionary Committee, then the Executive Committee of the "
        "Vyatka Regional Soviet."
    )
    assert _facts(read_offices, make_view, text, persons=["Beloborodov"]) == [
        (
            "position",
            "Chairman of the Vyatka Provincial Revolutionary Committee",
            "1919-01/",
            None,
            "Alexander Beloborodov",
        ),
        (
            "position",
            "Chairman of the Executive Committee of the Vyatka Regional Soviet",
            None,
            None,
            "Alexander Beloborodov",
        ),
    ]


def test_readers_candidacy_is_never_a_position(make_view: MakeView) -> None:
    text = (
        "After the death of Yakov Sverdlov, he was considered a candidate for the post of "
        "Chairman of the All-Russian Central Executive Committee, the head of state of the "
        "Russian SFSR, but lost to Mikhail Kalinin."
    )
    view, context = make_view(text, persons=["Yakov Sverdlov", "Mikhail Kalinin"])
    facts = read_offices(view, context)
    mine = [(f.type, f.value) for f in facts if f.subject == "subject"]
    assert mine == [("candidacy", "Chairman of the All-Russian Central Executive Committee")]
    candidacy = next(f for f in facts if f.type == "candidacy")
    assert candidacy.other is not None
    assert context.registry.records[candidacy.other].name == "Mikhail Kalinin"
    winner = [f for f in facts if f.subject == candidacy.other]
    assert [(f.type, f.value) for f in winner] == [
        ("position", "Chairman of the All-Russian Central Executive Committee")
    ]


def test_readers_served_as_from_until(make_view: MakeView) -> None:
    text = "He served as People's Commissar for Posts from 1923 until 1927."
    assert _facts(read_offices, make_view, text) == [
        ("position", "People's Commissar for Posts", "1923/1927", None, "Alexander Beloborodov")
    ]


def test_readers_titles_next_to_names(make_view: MakeView) -> None:
    text = (
        "In May 1937, Stalin sent a note to Nikolai Yezhov, head of the NKVD, and to the "
        "military commissar Filipp Goloshchyokin."
    )
    facts = _facts(
        read_offices, make_view, text, persons=["Stalin", "Nikolai Yezhov", "Filipp Goloshchyokin"]
    )
    assert ("position", "head of the NKVD", None, None, "Nikolai Yezhov") in facts
    assert ("position", "military commissar", None, None, "Filipp Goloshchyokin") in facts


def test_readers_member_of_a_party_is_a_membership(make_view: MakeView) -> None:
    text = "He was a member of the Left Opposition and later a member of the Central Committee."
    assert _facts(read_offices, make_view, text) == [
        ("membership", "Left Opposition", None, None, "Alexander Beloborodov"),
        ("position", "member of the Central Committee", None, None, "Alexander Beloborodov"),
    ]


def test_readers_list_under_a_header(make_view: MakeView) -> None:
    view, context = make_view("N. G. Tolmachyov (Chairman)")
    header, _ = make_view("Members of the Presidium of the Ural Soviet:")
    view.list_header = header.sentence
    facts = [
        (f.type, f.value, context.registry.records[f.subject].name)
        for f in read_offices(view, context)
    ]
    assert facts == [
        ("position", "member of the Presidium of the Ural Soviet", "N. G. Tolmachyov"),
        ("position", "Chairman of the Presidium of the Ural Soviet", "N. G. Tolmachyov"),
    ]


def test_readers_join_expel_readmit(make_view: MakeView) -> None:
    text = (
        "He joined the Russian Social Democratic Labour Party in 1907, was expelled from the "
        "Communist Party in December 1927, and was readmitted to the party in 1930."
    )
    assert _facts(read_parties, make_view, text) == [
        (
            "membership",
            "Russian Social Democratic Labour Party",
            "1907/",
            None,
            "Alexander Beloborodov",
        ),
        ("expulsion", "Communist Party", "1927-12", None, "Alexander Beloborodov"),
        ("readmission", "Communist Party", "1930", None, "Alexander Beloborodov"),
    ]


def test_readers_negated_reinstatement_is_no_fact(make_view: MakeView) -> None:
    text = "He is one of the few victims not posthumously reinstated to the party."
    assert _facts(read_parties, make_view, text) == []


def test_readers_joining_a_non_party_is_no_membership(make_view: MakeView) -> None:
    assert _facts(read_parties, make_view, "He joined the Soviet Red Army in 1922.") == []


def test_readers_birth_with_date_and_place(make_view: MakeView) -> None:
    text = "Adler was born on February 7, 1870 at Mariahilfer Straße 208 in Rudolfsheim, a village."
    assert _facts(read_vitals, make_view, text, persons=["Adler"], subject="Alfred Adler") == [
        ("birth", "birth", "1870-02-07", "Mariahilfer Straße 208, Rudolfsheim", "Alfred Adler")
    ]


def test_readers_shot_is_an_execution_death(make_view: MakeView) -> None:
    text = "He was shot on 10 February 1938 at Kommunarka firing range after being sentenced."
    assert _facts(read_vitals, make_view, text) == [
        ("death", "execution", "1938-02-10", "Kommunarka firing range", "Alexander Beloborodov"),
        (
            "execution",
            "execution",
            "1938-02-10",
            "Kommunarka firing range",
            "Alexander Beloborodov",
        ),
    ]


def test_readers_death_of_another_person(make_view: MakeView) -> None:
    text = "After the death of Yakov Sverdlov in 1919, he was considered a candidate."
    assert _facts(read_vitals, make_view, text, persons=["Yakov Sverdlov"]) == [
        ("death", "death", "1919", None, "Yakov Sverdlov")
    ]


def test_readers_relatives_deaths_are_not_the_subjects(make_view: MakeView) -> None:
    assert _facts(read_vitals, make_view, "His father died of tuberculosis in 1900.") == []
    assert _facts(read_vitals, make_view, "Her husband was killed in 1919.") == []


def test_readers_illness_and_suicide(make_view: MakeView) -> None:
    assert _facts(read_vitals, make_view, "He died of tuberculosis in 1921.")[0][:3] == (
        "death",
        "illness",
        "1921",
    )
    assert _facts(read_vitals, make_view, "He committed suicide in 1937.")[0][:3] == (
        "death",
        "suicide",
        "1937",
    )
