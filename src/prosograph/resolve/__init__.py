"""Cross-document person resolution: mention records in, persons (clusters) out.

Pure and database-free. Stages, one module each: :mod:`~prosograph.resolve.keys` (spelling-
blind keys), :mod:`~prosograph.resolve.forms` (name parsing), :mod:`~prosograph.resolve.profile`
(aggregates), :mod:`~prosograph.resolve.evidence` (pairwise reasons and weights),
:mod:`~prosograph.resolve.blocking`, :mod:`~prosograph.resolve.cluster`,
:mod:`~prosograph.resolve.identity` (display names and stable ids),
:mod:`~prosograph.resolve.curation` (manual merge/split) and
:mod:`~prosograph.resolve.engine` (full and incremental runs).

    >>> from prosograph.resolve import MentionRecord, resolve
    >>> records = [
    ...     MentionRecord("a.txt#subject", "a.txt", "Filipp Goloshchyokin", is_subject=True),
    ...     MentionRecord("b.txt#p1", "b.txt", "Filipp Goloshchekin"),
    ... ]
    >>> resolve(records).same("a.txt#subject", "b.txt#p1")
    True
"""

from prosograph.resolve.curation import CurationConflict, Decision
from prosograph.resolve.engine import resolve, resolve_incremental
from prosograph.resolve.evidence import Reason
from prosograph.resolve.explain import Explanation, explain
from prosograph.resolve.records import Cluster, MentionRecord, Resolution, records_from_entities

__all__ = [
    "Cluster",
    "CurationConflict",
    "Decision",
    "Explanation",
    "MentionRecord",
    "Reason",
    "Resolution",
    "explain",
    "records_from_entities",
    "resolve",
    "resolve_incremental",
]
