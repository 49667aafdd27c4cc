"""Date traps of the seed gold: passages whose dates are easy to read wrong (glued dates,
a year from context, ages, relative dates, seasons, Old Style fragments).

A trap is read right when the facts citing its passage carry every expected date, and no
fact dates a passage whose expected date is ``null`` (a date that must not be guessed).
"wrong" means the facts citing the passage carry dates, but not the expected ones (a date
read wrong, or one that belongs to another clause of the passage, which the list shows);
a passage no fact dates is "not dated": some passages state no fact at all.
Dates compare as EDTF, with ``~``/``?`` ignored and an open interval's start standing for
its point ("appointed in January 1918" opens ``1918-01/``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from prosograph.evaluate.matching import normalise_space
from prosograph.evaluate.predictions import Prediction


@dataclass(frozen=True, slots=True)
class TrapResult:
    """One trap: its passage, what was expected, what the facts citing it say."""

    document: str
    text: str
    expected: tuple[str | None, ...]
    found: tuple[str, ...]
    status: str  # "right", "wrong" or "not dated"


def _normal(edtf: str) -> str:
    return edtf.replace("~", "").replace("?", "").replace(", ", ",")


def _agrees(expected: str, found: str) -> bool:
    want, have = _normal(expected), _normal(found)
    if want == have:
        return True
    if "/" not in want and have.endswith("/"):
        return have[:-1] == want
    return False


def check_traps(traps: Iterable[dict[str, Any]], predictions: list[Prediction]) -> list[TrapResult]:
    """The result of each trap against the predictions of its document."""
    results: list[TrapResult] = []
    for trap in traps:
        passage = normalise_space(trap["text"])
        citing = [
            p
            for p in predictions
            if p.document == trap["doc"] and passage in normalise_space(p.text)
        ]
        found = tuple(sorted({p.date for p in citing if p.date}))
        expected = tuple(trap["expected"])
        if all(value is None for value in expected):
            status = "wrong" if found else "right"
        elif not found:
            status = "not dated"
        else:
            wanted = [value for value in expected if value is not None]
            ok = all(any(_agrees(value, date) for date in found) for value in wanted)
            status = "right" if ok else "wrong"
        results.append(TrapResult(trap["doc"], trap["text"], expected, found, status))
    return results
