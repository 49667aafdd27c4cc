"""Incremental resolution gives exactly the result of resolving everything again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prosograph.resolve import Decision, MentionRecord, resolve, resolve_incremental


def _corpus() -> tuple[MentionRecord, ...]:
    rows = [
        ("a#subject", "Alexander Beloborodov", True, 1891),
        ("a#p1", "Vladimir Tolmachyov", False, None),
        ("a#p2", "Tolmachyov", False, None),
        ("b#subject", "Alexander Beloborodov", True, None),
        ("b#p1", "N. G. Tolmachyov", False, None),
        ("b#p2", "A. G. Beloborodov", False, None),
        ("c#subject", "Mikhail Kedrov", True, 1878),
        ("c#p1", "Igor Kedrov", False, None),
        ("c#p2", "Kedrov", False, None),
        ("d#p1", "M. S. Kedrov", False, None),
        ("d#p2", "Ivan Smirnov", False, None),
        ("e#subject", "Ivan Smirnov", True, 1881),
        ("f#subject", "Ivan Smirnov", True, 1915),
        ("g#p1", "Filipp Goloshchyokin", False, None),
        ("h#p1", "Filipp Goloshchekin", False, None),
        ("h#p2", "Jan Sudrabs", False, None),
    ]
    records = [
        MentionRecord(id=i, document=i.split("#")[0], name=n, is_subject=s, birth_year=y)
        for i, n, s, y in rows
    ]
    records.append(
        MentionRecord(
            id="l#subject",
            document="l",
            name="Martin Latsis",
            names=(("Jan Sudrabs", "birth"),),
            is_subject=True,
        )
    )
    return tuple(records)


CORPUS = _corpus()
DECISIONS = (Decision("split", "Vladimir Tolmachyov", "Tolmachyov"),)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.booleans(), min_size=len(CORPUS), max_size=len(CORPUS)))
def test_engine_incremental_equals_full(is_new: list[bool]) -> None:
    old = [record for record, new in zip(CORPUS, is_new, strict=True) if not new]
    new = [record for record, new in zip(CORPUS, is_new, strict=True) if new]
    previous = resolve(old, decisions=DECISIONS)
    updated = resolve_incremental(previous, CORPUS, new)
    assert updated == resolve(CORPUS, decisions=DECISIONS)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.booleans(), min_size=len(CORPUS), max_size=len(CORPUS)))
def test_engine_incremental_handles_removed_records(keep: list[bool]) -> None:
    kept = [record for record, stays in zip(CORPUS, keep, strict=True) if stays]
    previous = resolve(CORPUS)
    assert resolve_incremental(previous, kept, []) == resolve(kept)


def test_engine_incremental_with_new_decisions_runs_in_full() -> None:
    previous = resolve(CORPUS)
    decisions = [Decision("merge", "Martin Latsis", "Ivan Smirnov")]
    updated = resolve_incremental(previous, CORPUS, [], decisions=decisions)
    assert updated == resolve(CORPUS, decisions=decisions)
    assert updated.same("l#subject", "d#p2")
