"""Reading people out of infobox values."""

from __future__ import annotations

import pytest

from prosograph.extract.infobox_people import OtherItem, PersonItem, looks_like_name, read_people


def test_infobox_people_several_people_with_notes() -> None:
    value = (
        "Leonid Korniyets , (as the chairman of Presidium), Mykhailo Burmystenko , "
        "(as the chairman of Verkhovna Rada)"
    )
    assert read_people(value) == [
        PersonItem("Leonid Korniyets", note="as the chairman of Presidium"),
        PersonItem("Mykhailo Burmystenko", note="as the chairman of Verkhovna Rada"),
    ]


def test_infobox_people_remark_and_person() -> None:
    value = "Post dissolved, Fyodor Sergeyev (All-Ukrainian Central MilRevKom)"
    assert read_people(value) == [
        OtherItem("Post dissolved"),
        PersonItem("Fyodor Sergeyev", note="All-Ukrainian Central MilRevKom"),
    ]


def test_infobox_people_language_link_gives_native_form() -> None:
    assert read_people("Ivan Bulat|ru|Булат, Иван Лазаревич") == [
        PersonItem("Ivan Bulat", native="Иван Лазаревич Булат")
    ]


def test_infobox_people_person_named_inside_a_remark_is_indirect() -> None:
    value = "(post revived, previously Volodymyr Zatonsky)"
    assert read_people(value) == [
        OtherItem(value),
        PersonItem("Volodymyr Zatonsky", note="post revived, previously", indirect=True),
    ]


@pytest.mark.parametrize(
    "value", ["Constituency established", "Constituency abolished", "Vacant", "None", "1920"]
)
def test_infobox_people_remarks_are_not_people(value: str) -> None:
    assert all(isinstance(item, OtherItem) for item in read_people(value))


def test_infobox_people_given_names_only_where_allowed() -> None:
    assert read_people("Tatyana, Natalya", allow_single=True) == [
        PersonItem("Tatyana"),
        PersonItem("Natalya"),
    ]
    assert not looks_like_name("Tatyana")
    assert looks_like_name("Maximilian A. Saveliev")
    assert looks_like_name("Ludwig van Beethoven")
    assert looks_like_name("Иван Лазаревич Булат")
