"""Manual merge and split decisions, and the constraints they put on clustering.

A historian who knows better than the rules says "these two are one person" or "these two
are not". Decisions name records by id or by any name form (compared with
:func:`prosograph.names.name_key`, so case and stress marks do not matter), and they are
re-applied on every resolution, so they survive re-ingesting everything. A decision about
names that match no record is kept and simply has nothing to act on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

from prosograph.names import name_key
from prosograph.resolve.records import MentionRecord

DecisionKind = Literal["merge", "split"]


@dataclass(frozen=True, slots=True)
class Decision:
    """``merge``: every record ``a`` names is the same person as every record ``b`` names.
    ``split``: no record ``a`` names is the same person as a record ``b`` names.

    ``a`` and ``b`` are record ids or name forms.
    """

    kind: DecisionKind
    a: str
    b: str

    def __post_init__(self) -> None:
        if self.kind not in ("merge", "split"):
            raise ValueError(
                f"A curation decision is 'merge' or 'split', not {self.kind!r}; "
                "use Decision('merge', a, b) or Decision('split', a, b)."
            )
        if not self.a.strip() or not self.b.strip():
            raise ValueError("A curation decision needs two non-empty names or record ids.")


class CurationConflict(ValueError):
    """Decisions that cannot all hold: a split between records that merges join."""


@dataclass(frozen=True, slots=True)
class Constraints:
    """Decisions compiled against a set of records.

    ``together`` lists groups of record ids that must be in one cluster. ``apart`` lists
    pairs of record-id groups that must never share a cluster.
    """

    together: tuple[tuple[str, ...], ...] = ()
    apart: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

    def tags(self) -> dict[str, set[int]]:
        """Per record, the "cannot-link" tags it carries: ``2i`` on side a of split ``i`` and
        ``2i + 1`` on side b, so two groups clash when one has ``t`` and the other ``t ^ 1``."""
        tags: dict[str, set[int]] = {}
        for index, (left, right) in enumerate(self.apart):
            for side, ids in ((0, left), (1, right)):
                for record_id in ids:
                    tags.setdefault(record_id, set()).add(2 * index + side)
        return tags


def clash(left: AbstractSet[int], right: AbstractSet[int]) -> bool:
    """True when two tag sets (see :meth:`Constraints.tags`) hold both sides of a split."""
    if not left or not right:
        return False
    return any(tag ^ 1 in right for tag in left)


def _ref(text: str) -> str:
    return name_key(text) or text.strip()


def effective(decisions: Sequence[Decision]) -> list[Decision]:
    """The decisions still in force: a later decision about the same two references replaces
    an earlier one, so a curator can undo a merge by splitting the same pair."""
    latest: dict[frozenset[str], Decision] = {}
    for decision in decisions:
        latest.pop(frozenset({_ref(decision.a), _ref(decision.b)}), None)
        latest[frozenset({_ref(decision.a), _ref(decision.b)})] = decision
    return list(latest.values())


def referenced(
    records: Iterable[MentionRecord], decisions: Sequence[Decision]
) -> dict[str, set[str]]:
    """For each reference (record id or normalised name) in ``decisions``, the ids of the
    records it names."""
    wanted_ids = {ref for d in decisions for ref in (d.a.strip(), d.b.strip())}
    wanted_names = {_ref(ref) for d in decisions for ref in (d.a, d.b)}
    matches: dict[str, set[str]] = {}
    for record in records:
        if record.id in wanted_ids:
            matches.setdefault(record.id, set()).add(record.id)
        for text, _ in record.all_names():
            key = name_key(text)
            if key in wanted_names:
                matches.setdefault(key, set()).add(record.id)
    return matches


def compile_decisions(
    records: Iterable[MentionRecord], decisions: Sequence[Decision]
) -> Constraints:
    """The constraints ``decisions`` put on ``records``; raises CurationConflict when a split
    separates records that merges (possibly through several steps) join."""
    active = effective(decisions)
    if not active:
        return Constraints()
    matches = referenced(records, active)

    def named(ref: str) -> set[str]:
        return matches.get(ref.strip(), set()) | matches.get(_ref(ref), set())

    parent: dict[str, str] = {}

    def find(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    groups: dict[str, set[str]] = {}
    apart: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for decision in active:
        left, right = named(decision.a), named(decision.b)
        if decision.kind == "merge":
            members = sorted(left | right)
            for member in members[1:]:
                parent[find(member)] = find(members[0])
        elif left and right:
            apart.append((tuple(sorted(left)), tuple(sorted(right))))
    for item in list(parent):
        groups.setdefault(find(item), set()).add(item)
    for left_ids, right_ids in apart:
        joined = {find(x) for x in left_ids if x in parent} & {
            find(y) for y in right_ids if y in parent
        }
        if joined or set(left_ids) & set(right_ids):
            raise CurationConflict(
                "Curation decisions contradict each other: a split separates records that "
                f"merge decisions join (records {', '.join(left_ids[:3])} and "
                f"{', '.join(right_ids[:3])}). Remove the merge or the split."
            )
    together = tuple(sorted(tuple(sorted(group)) for group in groups.values() if len(group) > 1))
    return Constraints(together=together, apart=tuple(sorted(apart)))
