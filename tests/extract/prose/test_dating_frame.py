"""Which date of a sentence belongs to a frame; relative dates against anchors."""

from __future__ import annotations

from collections.abc import Callable

from prosograph.dates import parse_date
from prosograph.extract.prose.context import DocumentContext
from prosograph.extract.prose.dating import as_interval, clause_window, frame_date
from prosograph.extract.prose.view import SentenceView

MakeView = Callable[..., tuple[SentenceView, DocumentContext]]


def _date(make_view: MakeView, text: str, verb: str, **kwargs: object) -> str | None:
    view, context = make_view(text, **kwargs)
    start = view.text.index(verb)
    window = clause_window(view, start, start + len(verb))
    value = frame_date(view, context, start, window)
    return value.edtf if value else None


def test_dating_frame_prefers_its_own_clause(make_view: MakeView) -> None:
    text = "Born in Perm in 1891, he joined the party in 1907."
    assert _date(make_view, text, "joined") == "1907"
    assert _date(make_view, text, "Born") == "1891"


def test_dating_frame_takes_the_clause_opening_date(make_view: MakeView) -> None:
    assert _date(make_view, "In March 1919 he was elected a member.", "was elected") == "1919-03"


def test_dating_frame_skips_a_date_of_another_verb(make_view: MakeView) -> None:
    text = "Arrested in 1910, he was exiled to the north and worked as party secretary."
    assert _date(make_view, text, "worked") is None


def test_dating_frame_joins_from_and_until(make_view: MakeView) -> None:
    text = "Appointed a member from 9 October 1919, he served in this capacity until 28 June 1920."
    assert _date(make_view, text, "Appointed") == "1919-10-09/1920-06-28"


def test_dating_frame_skips_the_lead_life_dates(make_view: MakeView) -> None:
    text = "Ivan Petrov (1 May 1890 – 2 June 1940) was head of the Cheka."
    assert _date(make_view, text, "was head") is None


def test_dating_frame_resolves_an_age_against_the_birth(make_view: MakeView) -> None:
    view, context = make_view("He left school at 14 to work in a factory.")
    context.birth = parse_date("26 October 1891")
    start = view.text.index("left")
    value = frame_date(view, context, start, clause_window(view, start, start + 4))
    assert value is not None and value.edtf == "[1905-10-26..1906-10-25]"


def test_dating_frame_year_from_context(make_view: MakeView) -> None:
    text = "On 15 or 16 July, the Soviet informed him."
    assert _date(make_view, text, "informed", year=1918) == "[1918-07-15,1918-07-16]"


def test_dating_as_interval_opens_a_point() -> None:
    value = as_interval(parse_date("1907"))
    assert value is not None and value.edtf == "1907/"
