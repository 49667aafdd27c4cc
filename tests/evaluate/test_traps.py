"""Date traps: read right, wrong, or not dated by any fact citing the passage."""

from __future__ import annotations

from prosograph.evaluate.predictions import Prediction
from prosograph.evaluate.traps import check_traps


def _prediction(date: str | None, text: str = "On 15 or 16 July, the Soviet met.") -> Prediction:
    return Prediction(
        document="doc.txt",
        type="other",
        value="met",
        date=date,
        place=None,
        person="X",
        forms=("X",),
        other=None,
        text=text,
        method="pattern",
        subject=True,
    )


def _status(expected: list[str | None], *dates: str | None) -> str:
    trap = {"doc": "doc.txt", "text": "On 15 or 16 July", "expected": expected}
    return check_traps([trap], [_prediction(date) for date in dates])[0].status


def test_traps_statuses() -> None:
    assert _status(["[1918-07-15,1918-07-16]"], "[1918-07-15, 1918-07-16]") == "right"
    assert _status(["1908"], "1908~") == "right"
    assert _status(["1918-01"], "1918-01/") == "right"
    assert _status(["1918-07-17"], "1918-07-18") == "wrong"
    assert _status(["1918-07-17"], None) == "not dated"
    assert _status([None], None) == "right"
    assert _status([None], "1940") == "wrong"


def test_traps_only_the_trap_document_counts() -> None:
    trap = {"doc": "other.txt", "text": "On 15 or 16 July", "expected": ["1918-07-15"]}
    assert check_traps([trap], [_prediction("1918-07-15")])[0].status == "not dated"
