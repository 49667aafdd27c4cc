"""Relations read the other way round, and the other person of a fact, for the seed scorer.

The gold writes a relation once ("Igor Kedrov son of Mikhail Kedrov"); the extractor states
it in both directions where both are persons of the document (issue 5). The converse of a
gold relation supports a prediction, and a relation or a signing is only the gold's when it
names the gold's other person.
"""

from __future__ import annotations

from typing import Any

from prosograph.evaluate.matching import content_words, persons_match
from prosograph.relation_types import converses

#: Share of a gold statement's words an ``other`` prediction must hold, and of its own
#: words the gold must hold (a free statement is compared by its words, not verbatim).
OTHER_OVERLAP = 0.66


def gold_others(raw: dict[str, Any]) -> list[str]:
    """The name forms of the gold fact's other person (empty when it names none)."""
    forms = [raw.get("other_person"), raw.get("other_as_written")]
    return [form for form in forms if form]


def others_match(predicted: str | None, raw: dict[str, Any]) -> bool:
    """True when the prediction names the gold's other person, or neither names one."""
    wanted = gold_others(raw)
    if not wanted:
        return predicted is None
    return predicted is not None and persons_match([predicted], wanted)


def statements_match(predicted: str, gold: str) -> bool:
    """True when a free statement (type ``other``) says what the gold says: most of the
    gold's content words are in it, and it adds little of its own."""
    mine, theirs = content_words(predicted), content_words(gold)
    if not mine or not theirs:
        return False
    found = sum(1 for word in theirs if word in mine) / len(theirs)
    kept = sum(1 for word in mine if word in theirs) / len(mine)
    return found >= OTHER_OVERLAP and kept >= 0.5


def converse_supports(
    prediction_person: list[str],
    prediction_value: str,
    prediction_other: str | None,
    gold_person: list[str],
    gold_value: str,
    raw: dict[str, Any],
) -> bool:
    """True when the prediction is the gold relation read from the other person's side."""
    if prediction_other is None or prediction_value not in converses(gold_value):
        return False
    wanted = gold_others(raw)
    return (
        bool(wanted)
        and persons_match(prediction_person, wanted)
        and persons_match([prediction_other], gold_person)
    )
