"""Blocking: split the records into groups that can be clustered independently.

Two records can only be one person if they share a surname key (family name, birth name or
alias, as a skeleton) or a curation decision joins them. The blocks are the connected
components of that relation, so each block is clustered on its own, the cost grows with the
sum of block sizes rather than with the square of the record count, and an incremental run
re-clusters only the blocks that new records touch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def block_records(
    ids: Sequence[str],
    keys: Sequence[Iterable[str]],
    together: Sequence[Sequence[str]] = (),
) -> list[list[int]]:
    """Indices of the records, grouped into blocks; each block and the list are sorted by
    record id, so the result does not depend on input order.

    ``keys[i]`` are the surname keys of record ``ids[i]``
    (:func:`prosograph.resolve.profile.surname_keys`).
    """
    parent = list(range(len(ids)))

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(left: int, right: int) -> None:
        left, right = find(left), find(right)
        if left != right:
            parent[max(left, right)] = min(left, right)

    holder: dict[str, int] = {}
    for index, record_keys in enumerate(keys):
        for key in record_keys:
            union(index, holder.setdefault(key, index))
    position = {record_id: index for index, record_id in enumerate(ids)}
    for group in together:
        members = [position[record_id] for record_id in group if record_id in position]
        for member in members[1:]:
            union(members[0], member)
    blocks: dict[int, list[int]] = {}
    for index in range(len(ids)):
        blocks.setdefault(find(index), []).append(index)
    result = [sorted(block, key=ids.__getitem__) for block in blocks.values()]
    result.sort(key=lambda block: ids[block[0]])
    return result
