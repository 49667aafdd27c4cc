"""Why two mentions (or two clusters) are, or are not, one person: for ``prosograph why``.

The explanation is the resolver's own arithmetic (:func:`prosograph.resolve.evidence.assess`
with its reasons collected), plus any curation decision that overrides it, so what the
command prints is what the resolver did.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from prosograph.names import name_key
from prosograph.resolve.curation import Decision, effective, referenced
from prosograph.resolve.evidence import MERGE_SCORE, UNIQUE_SCORE, Reason, assess
from prosograph.resolve.profile import Profile
from prosograph.resolve.records import MentionRecord

Verdict = Literal["same", "different", "uncertain"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """The verdict on a pair, its score and the reasons for and against, strongest first.

    ``uncertain`` means compatible but too little evidence on its own: the resolver still
    merges such a pair when the candidate is the only compatible one and scores at least
    :data:`UNIQUE_SCORE`. ``decision`` is the curation decision that settled the pair.
    """

    verdict: Verdict
    score: float
    supporting: tuple[Reason, ...]
    opposing: tuple[Reason, ...]
    decision: Decision | None = None

    def lines(self) -> list[str]:
        """Human-readable lines: the verdict, then each reason with its weight."""
        if self.decision is not None:
            score = "curation decision"
        elif math.isinf(self.score):
            score = "contradiction"
        else:
            score = f"score {self.score:.2f}"
        out = [
            f"{self.verdict} ({score}; merge at {MERGE_SCORE:g}, or {UNIQUE_SCORE:g} "
            "when the only candidate)"
        ]
        out += [f"  + {_weight(reason.weight)} {reason.detail}" for reason in self.supporting]
        out += [f"  - {_weight(reason.weight)} {reason.detail}" for reason in self.opposing]
        return out


def _weight(weight: float) -> str:
    return "decisive" if math.isinf(weight) else f"{weight:+.2f}"


def _records(side: MentionRecord | Iterable[MentionRecord]) -> list[MentionRecord]:
    return [side] if isinstance(side, MentionRecord) else list(side)


def _decision(
    left: Sequence[MentionRecord], right: Sequence[MentionRecord], decisions: Sequence[Decision]
) -> Decision | None:
    active = effective(decisions)
    left_ids = {record.id for record in left}
    right_ids = {record.id for record in right}
    found: Decision | None = None
    for decision in active:
        matches = referenced([*left, *right], [decision])
        a = set().union(*(ids for ref, ids in matches.items() if _refers(ref, decision.a)))
        b = set().union(*(ids for ref, ids in matches.items() if _refers(ref, decision.b)))
        if (a & left_ids and b & right_ids) or (a & right_ids and b & left_ids):
            found = decision
    return found


def _refers(ref: str, text: str) -> bool:
    return ref in (text.strip(), name_key(text))


def explain(
    a: MentionRecord | Iterable[MentionRecord],
    b: MentionRecord | Iterable[MentionRecord],
    *,
    decisions: Sequence[Decision] = (),
) -> Explanation:
    """Explain whether ``a`` and ``b`` are one person.

    Each side is a record or the records of a cluster (a resolved person). A curation
    decision naming the two sides settles the verdict and is listed first.
    """
    left, right = _records(a), _records(b)
    reasons: list[Reason] = []
    score = assess(
        Profile.merged(Profile.of(record) for record in left),
        Profile.merged(Profile.of(record) for record in right),
        reasons,
    )
    verdict: Verdict = "different" if math.isinf(score) else "uncertain"
    if verdict == "uncertain" and score >= MERGE_SCORE:
        verdict = "same"
    decision = _decision(left, right, decisions)
    if decision is not None:
        weight = math.inf if decision.kind == "merge" else -math.inf
        detail = f"curation decision: {decision.kind} {decision.a!r} and {decision.b!r}"
        reasons.insert(0, Reason("curation", weight, detail))
        verdict = "same" if decision.kind == "merge" else "different"
        score = weight
    supporting = tuple(reason for reason in reasons if reason.weight > 0)
    opposing = tuple(reason for reason in reasons if reason.weight <= 0)
    return Explanation(verdict, score, supporting, opposing, decision)
