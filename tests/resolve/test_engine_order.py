"""Resolution does not depend on the order of its input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prosograph.resolve import MentionRecord, resolve

# Namesakes, initials and bare surnames: the records whose placement could depend on order.
RECORDS: tuple[MentionRecord, ...] = tuple(
    MentionRecord(id=record_id, document=record_id.split("#")[0], name=name, **extra)  # type: ignore[arg-type]
    for record_id, name, extra in [
        ("a#subject", "Ivan Smirnov", {"is_subject": True, "birth_year": 1881}),
        ("b#subject", "Ivan Smirnov", {"is_subject": True, "birth_year": 1915}),
        ("c#p1", "Ivan Smirnov", {}),
        ("c#p2", "I. Smirnov", {}),
        ("d#p1", "Smirnov", {}),
        ("d#p2", "I. P. Smirnov", {}),
        ("e#subject", "Mikhail Kedrov", {"is_subject": True, "birth_year": 1878}),
        ("e#p1", "Igor Kedrov", {}),
        ("e#p2", "Kedrov", {}),
        ("f#p1", "M. S. Kedrov", {}),
        ("f#p2", "A. Kedrov", {}),
        ("g#p1", "Kedrov", {}),
        ("g#p2", "Михаил Кедров", {}),
        ("h#p1", "Ivan Petrovich Smirnov", {"context": ("Igor Kedrov",)}),
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.permutations(RECORDS))
def test_engine_order_does_not_matter(shuffled: list[MentionRecord]) -> None:
    assert resolve(shuffled) == resolve(RECORDS)


@settings(max_examples=20, deadline=None)
@given(st.permutations(RECORDS))
def test_engine_seed_order_does_not_matter(
    seed_mentions: tuple[MentionRecord, ...], shuffled: list[MentionRecord]
) -> None:
    records = [*seed_mentions, *shuffled]
    assert resolve(records[::-1]) == resolve(records)


def test_engine_rejects_duplicate_ids() -> None:
    record = RECORDS[0]
    try:
        resolve([record, record])
    except ValueError as error:
        assert "unique id" in str(error)
    else:  # pragma: no cover - the assertion documents the failure
        raise AssertionError("duplicate ids were accepted")
