"""Resolve mention records into persons, from scratch or incrementally.

Both entry points run the same pipeline (profile, block, cluster each block, name and id the
clusters); the incremental one skips the blocks that neither gained nor lost a record and
copies their clusters from the previous resolution. Since a block's clusters depend only on
the block's records and the curation decisions, the two always agree, which the test suite
checks.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from prosograph.resolve.blocking import block_records
from prosograph.resolve.cluster import cluster_block
from prosograph.resolve.curation import Constraints, Decision, compile_decisions
from prosograph.resolve.identity import make_clusters
from prosograph.resolve.profile import Profile, surname_keys
from prosograph.resolve.records import Cluster, MentionRecord, Resolution


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector while resolving.

    Resolution allocates millions of small sets and dicts that form no reference cycles;
    the generational collector would rescan the growing heap again and again, which at
    200,000 mentions doubled the run time. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Prepared:
    """Records sorted by id, their constraints and blocks; profiles are built per block, so
    an incremental run profiles only the blocks it clusters again."""

    def __init__(self, records: Iterable[MentionRecord], decisions: Sequence[Decision]) -> None:
        self.records = sorted(records, key=lambda record: record.id)
        for previous, current in zip(self.records, self.records[1:], strict=False):
            if previous.id == current.id:
                raise ValueError(
                    f"Two mention records share the id {current.id!r}; "
                    "give each record a unique id such as '<document>#<entity key>'."
                )
        self.ids = [record.id for record in self.records]
        self.constraints: Constraints = compile_decisions(self.records, decisions)
        self.tags = self.constraints.tags()
        keys = [surname_keys(record) for record in self.records]
        self.blocks = block_records(self.ids, keys, self.constraints.together)
        self.group_of = {
            record_id: index
            for index, group in enumerate(self.constraints.together)
            for record_id in group
        }

    def cluster(self, block: list[int]) -> list[Cluster]:
        """The clusters of one block."""
        records = [self.records[index] for index in block]
        members = [record.id for record in records]
        groups_here = sorted({self.group_of[m] for m in members if m in self.group_of})
        groups = cluster_block(
            records,
            [Profile.of(record) for record in records],
            together=[self.constraints.together[index] for index in groups_here],
            tags={m: self.tags[m] for m in members if m in self.tags},
        )
        by_id = {record.id: record for record in records}
        return make_clusters([[by_id[record_id] for record_id in group] for group in groups])


def _assemble(
    clusters: Iterable[Cluster], decisions: Sequence[Decision], prepared: _Prepared
) -> Resolution:
    assignment: dict[str, str] = {}
    by_id: dict[str, Cluster] = {}
    for cluster in sorted(clusters, key=lambda cluster: cluster.id):
        by_id[cluster.id] = cluster
        for member in cluster.members:
            assignment[member] = cluster.id
    blocks = {
        prepared.ids[index]: prepared.ids[block[0]] for block in prepared.blocks for index in block
    }
    return Resolution(
        assignment=dict(sorted(assignment.items())),
        clusters=by_id,
        decisions=tuple(decisions),
        blocks=blocks,
    )


def resolve(records: Iterable[MentionRecord], *, decisions: Sequence[Decision] = ()) -> Resolution:
    """Cluster ``records`` into persons, honouring the curation ``decisions``.

    The result does not depend on the order of ``records``; cluster ids derive from each
    person's name and birth year (see :mod:`prosograph.resolve.identity`).
    """
    with _collector_paused():
        prepared = _Prepared(records, decisions)
        clusters = [cluster for block in prepared.blocks for cluster in prepared.cluster(block)]
        return _assemble(clusters, decisions, prepared)


def resolve_incremental(
    previous: Resolution,
    all_records: Iterable[MentionRecord],
    new_records: Iterable[MentionRecord],
    *,
    decisions: Sequence[Decision] | None = None,
) -> Resolution:
    """Resolve ``all_records`` re-clustering only the blocks touched since ``previous``.

    ``new_records`` are the records added (or changed) since ``previous``; records of
    ``previous`` missing from ``all_records`` count as removed. The result equals
    ``resolve(all_records, decisions=...)``. ``decisions`` default to those of
    ``previous``; different decisions can move any block, so they trigger a full run.
    """
    active = previous.decisions if decisions is None else tuple(decisions)
    if tuple(active) != tuple(previous.decisions) or (previous.assignment and not previous.blocks):
        return resolve(all_records, decisions=active)
    with _collector_paused():
        prepared = _Prepared(all_records, active)
        current = set(prepared.ids)
        changed = {record.id for record in new_records}
        changed |= {record_id for record_id in prepared.ids if record_id not in previous.assignment}
        changed |= {record_id for record_id in previous.assignment if record_id not in current}
        # A block that lost or changed a record must be clustered again, and so must any block
        # now holding one of its records.
        stale_blocks = {previous.blocks[r] for r in changed if r in previous.blocks}
        clusters: list[Cluster] = []
        for block in prepared.blocks:
            ids = [prepared.ids[index] for index in block]
            if any(i in changed or previous.blocks.get(i) in stale_blocks for i in ids):
                clusters.extend(prepared.cluster(block))
            else:
                kept = {previous.assignment[record_id] for record_id in ids}
                clusters.extend(previous.clusters[cluster_id] for cluster_id in sorted(kept))
        return _assemble(clusters, active, prepared)
