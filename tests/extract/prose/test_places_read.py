"""Reading place phrases into the comma list infoboxes use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.places import read_place
from prosograph.extract.prose.view import SentenceView

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]

CASES = [
    (
        "Born in Alexandrovsk, in the Solikamsky Uyezd of the Perm Governorate of the Russian "
        "Empire, he joined the party.",
        "Alexandrovsk, Solikamsky Uyezd, Perm Governorate, Russian Empire",
    ),
    ("Born in Saint Petersburg in 1891.", "Saint Petersburg"),
    ("Born in Moscow, into a family of the nobility.", "Moscow"),
    (
        "Born in Aloja in the Governorate of Livonia (modern Latvia), to parents.",
        "Aloja, Governorate of Livonia",
    ),
    ("Born in Rudolfsheim, a village on the western fringes of Vienna.", "Rudolfsheim"),
    ("Shot at Kommunarka firing range after a trial.", "Kommunarka firing range"),
    ("Died in Alapayevsk.", "Alapayevsk"),
]


@pytest.mark.parametrize(("text", "place"), CASES)
def test_places_read_comma_list(make_view: MakeView, text: str, place: str) -> None:
    view, _ = make_view(text)
    start = view.text.index(" ", view.text.index(" in " if " in " in text else " at ") + 1) + 1
    found = read_place(view, start)
    assert found is not None
    assert found.text == place


@pytest.mark.parametrize(
    "text", ["Born in to a family of serfs.", "Born in the family of a farmer."]
)
def test_places_read_nothing_lower_case(make_view: MakeView, text: str) -> None:
    view, _ = make_view(text)
    assert read_place(view, text.index(" in ") + 4) is None


def test_places_read_stop_before_a_person(make_view: MakeView) -> None:
    text = "Born in Perm, Beloborodov's parents were workers."
    view, _ = make_view(text, persons=["Beloborodov"])
    found = read_place(view, text.index(" in ") + 4)
    assert found is not None
    assert found.text == "Perm"
